"""Write ``blind6-posts.jsonl``: the sixth blind, hand-labelled evaluation set (see ``BLIND6.md``).

    python corpora/posts/make_blind6_posts.py              # check, then write
    python corpora/posts/make_blind6_posts.py --warnings   # also list posts a reviewer should look at twice

This set is about a second school the product has never seen: Larkfield Church of England Primary School, a
fictional primary in Bristol (``corpora/blind6-school``). Its classes are named after trees and birds (Hazel,
Rowan, Willow, Robin, Wren, Heron, Swift), and several of those are also first names. Every post and every label
below was written by hand. Gold spans are marked inline as ``[[text|cat:SUBJECT,cat:SUBJECT]]`` (``-`` for no
subject; the marked text may span a line break); whole-post gold goes in ``w`` as ``cat`` or ``cat:SUBJECT``
words. The checks in ``blind_kit.py`` must all pass, against the blind6 school profile, before the file is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from blind_kit import ROOT, P, acct, main

HERE = Path(__file__).resolve().parent
OUT = HERE / "blind6-posts.jsonl"
SCHOOL = ROOT / "corpora" / "blind6-school"
SEED = 20261209
PREFIX = "b6"
N_POSTS = 300


# ---------------------------------------------------------------------------------------------------------
# Accounts. ``disc``: the bio says the views are the author's own. ``si_bio``: the bio self-identifies.

# official accounts. Approved: @LarkfieldCEP on x, @LarkfieldPrimary on facebook (handles compared without case).
acct("lx", "official", "x", "@LarkfieldCEP", "Larkfield Church of England Primary School, Bristol. News and notices.")
acct("lx_lc", "official", "x", "@larkfieldcep", "larkfield ce primary 🌳 official")
acct("lfb", "official", "facebook", "@LarkfieldPrimary", "Larkfield CE Primary School · Chantry Lane, Bristol")
acct("lfb_lc", "official", "facebook", "@larkfieldprimary", "Larkfield CE Primary")
# not approved
acct("u_ig", "official", "instagram", "@larkfieldcep", "📸 Life at Larkfield CE Primary #LarkfieldFamily")
acct("u_fbcep", "official", "facebook", "@LarkfieldCEP", "Larkfield CE Primary School — like our page!")
acct("u_x2", "official", "x", "@LarkfieldPrimary", "Larkfield Primary School, Bristol 🐦")
acct("u_pta", "official", "facebook", "@FriendsOfLarkfield", "Friends of Larkfield (PTA) 💛")
acct("u_swift", "official", "instagram", "@larkfield_swifts", "Swift class (Year 6) at Larkfield CE Primary")
acct("u_sport", "official", "x", "@LarkfieldSport", "PE and sport at Larkfield CE Primary ⚽🏐🏃")
acct("u_choir", "official", "x", "@LarkfieldChoir", "Larkfield CE Primary school choir 🎶")

# staff, governors, a cook who is not on the roster, and three parents
acct("cast_x", "personal", "x", "@ruthcastleton_head",
     "Headteacher, Larkfield CE Primary School, Bristol. Views my own.", "S001", disc=True, si_bio=True)
acct("cast_fb", "personal", "facebook", "@ruth.castleton.bris", "", "S001")
acct("bev_x", "personal", "x", "@mrbevan_y6", "Year 6 teacher. Rugby, Welsh cakes and Wordle streaks.", "S002")
acct("bev_ig", "personal", "instagram", "@owainbevan_climbs", "climbing · coffee · views mine", "S002", disc=True)
acct("trem_fb", "personal", "facebook", "@lucy.tremlett.5", "", "S003")
acct("trem_x", "personal", "x", "@lucyt_TA", "Teaching assistant 🌳 #LarkfieldFamily", "S003", si_bio=True)
acct("rag_x", "personal", "x", "@mrsr_wren", "Year 4 teacher in Bristol. All views my own.", "S004", disc=True)
acct("rag_fb", "personal", "facebook", "@kavita.r.bristol", "", "S004")
acct("wro_x", "personal", "x", "@tomwrobel_music", "Music & Year 5. Trumpet. Opinions mine.", "S005", disc=True)
acct("wro_ig", "personal", "instagram", "@tomek.bakes", "sourdough & pierogi 🥟", "S005")
acct("had_x", "personal", "x", "@nadiahaddad_send", "SENCo at Larkfield Primary. Inclusion matters.", "S006",
     si_bio=True)
acct("had_fb", "personal", "facebook", "@nadia.haddad.bs5", "", "S006")
acct("pen_x", "personal", "x", "@coachpenhale", "PE lead & Year 3 teacher. Bristol Bears. Views are my own.", "S007",
     disc=True)
acct("pen_fb", "personal", "facebook", "@jamie.penhale", "", "S007")
acct("row_ig", "personal", "instagram", "@missrowlands_eyfs", "Reception teacher at Larkfield CE 🍂", "S008",
     si_bio=True)
acct("row_fb", "personal", "facebook", "@eleri.rowlands", "", "S008")
acct("oye_fb", "personal", "facebook", "@fran.oyelaran", "", "S009")
acct("oye_x", "personal", "x", "@fran_teaches_ks1", "KS1 teacher. Phonics nerd. My views, not my employer's.", "S009",
     disc=True)
acct("ash_x", "personal", "x", "@revmikeashdown",
     "Vicar of St Aldhelm's, Larkfield. Chair of governors at Larkfield CE Primary. Views my own.", "G001",
     disc=True, si_bio=True)
acct("ster_fb", "personal", "facebook", "@yvonnesterling", "Retired midwife. Allotment. Grandchildren.", "G002")
acct("cook_x", "personal", "x", "@larkfield_kitchen_bev", "Cook at larkfield.example.sch.uk 🍲 Views my own.",
     disc=True, si_bio=True)
acct("dawn_fb", "personal", "facebook", "@dawn_vanstone", "", "R001")
acct("femke_ig", "personal", "instagram", "@femke_vdb", "Dutch in Bristol 🇳🇱🚲", "R003")
acct("kobby_x", "personal", "x", "@kobby_osei", "Gooner. Dad of two. Accountant.", "R005")


# ---------------------------------------------------------------------------------------------------------
# Official accounts, approved (@LarkfieldCEP on x, @LarkfieldPrimary on facebook)

P("lx", "2025-09-03 08:10", "Welcome back, Larkfield! Gates open at 8.35 on Chantry Lane. New Reception families, "
  "please come to the Hazel classroom door.")
P("lx", "2025-09-19 15:40", "Star of the week in Robin class is... Star! ⭐ Brilliant persistence with column "
  "addition.")
P("lx", "2025-10-06 16:00", "[[Harvest festival|ev:E004]] donations can come in from Wednesday: tins and packets only "
  "please. Everything goes to the Easton food bank.")
P("lfb", "2025-10-10 14:30", "What a [[harvest service|ev:E004]]! Thank you to [[Revd Mike|sr:G001]] and St Aldhelm's "
  "for welcoming us. [[Pearl|pr:P0013]] in Wren class read her poem beautifully.")
P("lx", "2025-11-14 15:00", "Congratulations to Pearl Osei (Wren class), Bristol Young Poet of the Year! 📜")
P("lfb", "2026-03-02 09:15", "[[Pearl|pr:P0013]]'s winning poem is now framed and hanging in the library. Pop in and "
  "read it at parents' evening!")
P("lx", "2025-12-03 12:00", "Nativity tickets: two per family, from the office. Hazel class are rehearsing hard! 🌟")
P("lx", "2025-11-21 15:30", "[[Nativity|ev:E001]] costume letters went home in book bags today. Tea towels at the "
  "ready!")
P("lfb", "2026-01-09 10:00", "The last of our nativity photos. All the shepherds' tea towels have now been returned!")
P("lfb", "2026-01-12 16:20", "Thank you for all the [[nativity|ev:E001]] photo orders. They can be collected from the "
  "office.")
P("lx", "2025-12-16 12:30", "Christingle tonight at St Aldhelm's, 5pm. Oranges at the ready 🍊")
P("lx_lc", "2025-11-20 08:45", "[[christingle|ev:E006]] oranges: please send one per child by friday")
P("lx", "2026-05-18 17:00", "The Larkfield Fete is back on Saturday 4 July! Stall volunteers, please sign up at the "
  "office.")
P("lfb", "2026-05-06 15:10", "Save the date: our [[Summer Fair|ev:E003]] is on Saturday 4 July ☀️")
P("lx", "2026-06-01 15:20", "Sports day is on Wednesday 24 June. Sun cream and water bottles, please!")
P("lfb", "2026-05-27 14:00", "[[Sports day|ev:E005]] practice has started, and Swift class are taking the relay very "
  "seriously indeed 🏃")
P("lx", "2026-03-05 09:00", "Happy [[World Book Day|ev:E007]]! 📚 We have counted eleven Gruffalos so far.")
P("lfb", "2026-02-26 15:45", "[[Book day|ev:E007]] is next Thursday. Costumes are optional: a favourite book is all "
  "you need.")
P("lx", "2026-05-14 17:30", "Swift class are back from the [[Mendip trip|ev:E002]]: tired, muddy and very happy. "
  "Thank you [[Mr Bevan|sr:S002]] and [[Mrs Haddad|sr:S006]] for three brilliant days.")
P("lx_lc", "2026-04-20 16:00", "[[year 6 residential|ev:E002]] kit list is on the website. please label EVERYTHING")
P("lfb", "2025-09-25 15:30", "Mrs Raghunathan retires in July after 31 years at Larkfield. We will be celebrating all "
  "year!")
P("lx", "2025-09-08 15:45", "A huge thank you to [[Mrs Raghunathan|sr:S004]] for the new reading den in Wren class 📚")
P("lx", "2025-10-17 15:15", "Reading stars this week: Ruby (Willow), Miles (Wren) and Zoë (Heron) 🌟")
P("lfb", "2025-10-03 15:05", "Well done to [[Brooke|pr:P0003]] in Wren class for her 25m swimming certificate 🏊")
P("lx", "2026-02-06 16:10", "Cole in Swift class is the county cross-country champion! 🏃 What a run.")
P("lx", "2026-01-23 08:30", "Our headteacher, Mrs Castleton, will be on the gate on Friday mornings for a chat.")
P("lfb", "2025-11-07 15:50", "Thank you to [[Yvonne Sterling|sr:G002]], our safeguarding governor, for her visit "
  "today.")
P("lx", "2026-03-11 16:00", "Walk to School week starts on Monday! Thank you to Carlos de la Cruz for the route maps "
  "🚶")
P("lfb", "2026-05-05 15:30", "Thank you again to [[Mr de la Cruz|par:R002]] for the walk to school maps. 212 children "
  "walked at least once!")
P("lx", "2025-11-28 11:00", "Isla and Siân from Robin class led our worship this morning. Thank you both 🙏")
P("lfb", "2026-06-12 15:00", "[[Rain|pr:P0008]] in Rowan class has been picked for the Bristol schools' art "
  "exhibition 🎨")
P("lx", "2026-06-09 13:10", "Rain stopped play for Year 5 cricket this afternoon. Back on the field tomorrow ☔")
P("lx", "2025-09-30 15:30", "Robin class made bird feeders today and a real robin came to inspect them! 🐦")
P("lfb", "2026-03-20 07:15", "Snow update: school is OPEN. Rowan and Willow classes will have a short playtime only ❄️")
P("lx", "2026-07-17 15:30", "Goodbye and good luck to our Swift class leavers. Larkfield will miss you 💛")
P("lx_lc", "2026-02-11 09:05", "phone lines are down this morning. please ring 0117 496 0318 after 11am or email "
  "office@larkfield.example.sch.uk")
P("lfb", "2025-12-19 15:30", "Merry Christmas from all of us at Larkfield CE Primary 🎄 School reopens on 5 January.")
P("lx", "2026-04-24 15:30", "Well done to [[Bobby F|pr:P0011]] in Wren class for his 100 Club certificate 💯")
P("lfb", "2026-01-30 15:00", "[[Amara|pr:P0022]] (Robin class) read so confidently at our Candlemas worship today.")
P("lx", "2026-06-26 16:30", "Our Year 1 teacher [[Mrs Oyelaran|sr:S009]] ran the Bristol 10k for the school garden "
  "fund 🏃‍♀️")
P("lfb_lc", "2026-07-06 10:00", "Thank you to everyone who came to the summer fete! We raised £3,412 ☀️")
P("lx", "2025-10-21 15:40", "Hazel class's autumn walk: conkers, hazelnuts and one very brave squirrel 🐿")
P("lfb", "2026-06-25 16:00", "Sports day results: Kingfisher house won the cup! Thank you to [[Mr Penhale|sr:S007]] "
  "for organising a fantastic afternoon.")
P("lx", "2025-12-11 14:00", "Reception nativity 🌟 [[Seun|pr:P0028]] and [[Alfie|pr:P0026]] were magnificent sheep.")
P("lfb", "2026-04-17 15:30", "Our choir sang at Bristol Cathedral on Tuesday. Thank you to [[Mr Wrobel|sr:S005]] for "
  "conducting 🎶")
P("lx", "2025-10-08 15:00", "Rowan class have planted a rowan tree by the gate. Come and see the berries!")
P("lfb", "2026-02-10 15:15", "Safer Internet Day: Heron class wrote their own online safety promises 💻")
P("lx", "2026-01-07 08:00", "Happy new year! Reminder: PE kits on Tuesdays and Thursdays this term.")
P("lx_lc", "2025-11-12 15:25", "huge well done to [[joaquín|pr:P0019]] in wren class for his road safety poster 🚸")
P("lfb", "2026-03-27 15:00", "Easter bonnet parade 🐣 Well done Eshaal, Robin and Star, our winners!")
P("lx", "2025-12-12 16:40", "Thank you to [[Mrs Tremlett|sr:S003]] and [[Miss Rowlands|sr:S008]] for the 30 tea-towel "
  "headdresses for the Reception nativity!")
P("lfb", "2026-07-01 15:20", "Year 6 leavers' service at St Aldhelm's on 21 July. Thank you [[Reverend "
  "Ashdown|sr:G001]] for hosting.")
P("lx", "2026-04-14 08:20", "Welcome back for the summer term! Swimming for Wren class starts next week.")
P("lfb", "2025-09-17 15:10", "Meet our new school council: [[Hope|pr:P0001]], [[Heath|pr:P0005]], Zoë, Grace, Siân "
  "and Ruby! 🗳")
P("lx", "2026-05-01 15:00", "May Day dancing round the maypole this afternoon 🌸 Robin class, you were wonderful.")
P("lfb", "2025-10-14 15:30", "Black History Month: thank you to [[Kwabena Osei|par:R005]] for talking to Wren class "
  "about his work as an accountant in Accra and Bristol.")

# ---------------------------------------------------------------------------------------------------------
# Official-looking accounts with no approval (every post carries unapproved-account)

P("u_ig", "2025-09-12 16:00", "First week done ✅ Lovely to see every class so settled.", w="ua")
P("u_ig", "2025-10-09 15:30", "[[Harvest service|ev:E004]] tomorrow at 2pm at St Aldhelm's 🌾 All welcome.", w="ua")
P("u_ig", "2026-03-05 14:00", "[[World Book Day|ev:E007]] in Wren class 📚 Miles came as the BFG!", w="ua")
P("u_fbcep", "2025-11-12 15:30", "[[Nativity|ev:E001]] rehearsals are under way: Hazel class are angels, "
  "literally 😇", w="ua")
P("u_fbcep", "2026-02-27 15:30", "Thank you [[Mrs Tremlett|sr:S003]] for running our Friday reading café ☕", w="ua")
P("u_pta", "2026-05-10 19:00", "Friends of Larkfield: [[summer fair|ev:E003]] meeting on Tuesday at 7pm in "
  "the hall. Cake bakers needed! 🍰", w="ua")
P("u_pta", "2026-06-15 18:30", "Tombola donations for the Summer Fair are welcome at the office 🎁", w="ua")
P("u_pta", "2025-10-22 17:00", "Huge thanks to [[Dawn Vanstone|par:R001]] for running the uniform swap 👕", w="ua")
P("u_pta", "2026-03-18 18:00", "Walk to School prizes kindly donated by Carlos de la Cruz and his bike shop 🚲", w="ua")
P("u_swift", "2025-10-01 15:30", "Swift class's space topic kicks off with a visit from a real astronomer 🔭", w="ua")
P("u_swift", "2026-05-12 18:45", "Day 2 of the [[residential|ev:E002]]: gorge walk done! 🥾 "
  "[[Frank|pr:P0012]] says it was 'not even that muddy'.", w="ua")
P("u_swift", "2026-02-10 15:20", "[[Blaze|pr:P0009]] and [[Kai|pr:P0029]] built a working periscope in DT 👀", w="ua")
P("u_swift", "2026-06-30 15:30", "Leavers' hoodies have arrived! 💛", w="ua")
P("u_sport", "2025-11-19 17:10", "Larkfield U11s 4-2 Redland Green Primary. Goals from [[Heath|pr:P0005]] "
  "(2), Cole and [[Ibby|pr:P0021]] ⚽", w="ua")
P("u_sport", "2026-06-02 16:00", "Sports day heats start next week 🏅", w="ua")
P("u_sport", "2026-01-28 17:30", "County cross-country final: Cole B 1st, [[Hope M|pr:P0001]] 4th 🏃", w="ua")
P("u_sport", "2026-03-25 16:20", "Thank you [[Mr Penhale|sr:S007]] and [[Miss Rowlands|sr:S008]] for taking "
  "30 children to the tag rugby festival 🏉", w="ua")
P("u_x2", "2025-09-10 09:00", "Welcome to Larkfield Primary's new account! Follow us for news.", w="ua")
P("u_x2", "2025-12-17 09:30", "Christingle was beautiful. Thank you [[Revd Ashdown|sr:G001]] 🕯", w="ua")
P("u_x2", "2026-04-29 16:00", "[[Marley|pr:P0006]] and [[Reed|pr:P0015]] from Heron class represented us at "
  "the Bristol schools' chess congress ♟", w="ua")
P("u_choir", "2025-11-26 16:00", "Choir practice moves to Thursdays. [[Mr Wróbel|sr:S005]] says: bring water!", w="ua")
P("u_choir", "2026-03-14 18:00", "Our singers at the Bristol Beacon today 🎶 Star and Grace sang the solo.", w="ua")
P("u_choir", "2026-07-08 16:00", "Last rehearsal of the year. Thank you all 🎵", w="ua")
P("u_ig", "2026-01-20 15:10", "Reception have been exploring ice 🧊 [[Seun B|pr:P0028]] was fascinated.", w="ua")
P("u_ig", "2026-05-22 15:00", "Summer fair bunting making in Heron class 🎉", w="ua")
P("u_fbcep", "2025-09-26 15:00", "[[Year 6 Residential|ev:E002]] deposits are due by 3 October please.", w="ua")
P("u_fbcep", "2026-07-10 15:00", "Sports day photos coming soon!", w="ua")
P("u_pta", "2025-12-05 20:00", "Christmas raffle drawn by [[Kobby Osei|par:R005]]. Congratulations to all our "
  "winners! 🎄", w="ua")
P("u_sport", "2025-10-15 17:00", "Netball: Priya R player of the match 🏐", w="ua")
P("u_swift", "2025-11-05 15:30", "Bonfire safety talk from the fire service today 🚒", w="ua")

# ---------------------------------------------------------------------------------------------------------
# Ruth Castleton (S001), headteacher. @ruthcastleton_head: bio self-identifies, with a disclaimer.
# @ruth.castleton.bris: no bio.

P("cast_x", "2025-09-04 19:00", "First worship of the year. 212 children singing 'Give me oil in my lamp' and "
  "I am not crying, you are.", w="si")
P("cast_x", "2025-10-10 18:10", "[[Harvest service|ev:E004]] at St Aldhelm's: 40 boxes for the food bank. "
  "Thank you, [[Revd Mike|sr:G001]] 🌾", w="si")
P("cast_x", "2025-12-16 21:00", "Christingle tonight. Candles, oranges, and not one singed fringe 🕯", w="si")
P("cast_x", "2026-01-21 17:45", "So proud of [[Hope Mwangi|pr:P0001]], who spoke to the city council about "
  "school streets today and did not use a single note.", w="si")
P("cast_x", "2026-03-07 06:30", "The dawn chorus outside my window started at 5.10am. Spring, apparently.", w="si")
P("cast_x", "2026-05-20 20:00", "Thank you to [[Mr Bevan|sr:S002]] for giving up a Saturday to plan our "
  "outdoor classroom.", w="si")
P("cast_x", "2026-07-18 16:00", "Thirty-one years. Kav Raghunathan, you are irreplaceable. Happy retirement 💐", w="si")
P("cast_x", "2025-11-02 20:30", "Recharged after half term and ready for the long run to Christmas.", w="si")
P("cast_x", "2026-02-03 19:15", "Thank you [[Kai|pr:P0029]], the card made my "
  "day 💛", re_="@kai.jorgensen", w="si pc:P0029")
P("cast_x", "2026-04-22 18:00", "Interviewing for a Year 2 teacher tomorrow. Five excellent candidates and "
  "one very nervous head.", w="si")
P("cast_fb", "2025-09-21 12:00", "Ended the summer with a frank conversation with my sister about who is hosting "
  "Christmas 😂")
P("cast_fb", "2025-11-30 13:00", "Lovely to bump into [[Yvonne Sterling|sr:G002]] at the farmers' "
  "market. She had bought all the sourdough, obviously.", nowork=True)
P("cast_fb", "2026-02-14 21:30", "Long week. Our Year 5 teacher [[Tomasz Wróbel|sr:S005]] covered three "
  "classes on Thursday and still ran choir. Legend.", w="md")
P("cast_fb", "2026-06-20 17:00", "Garden finally tamed. Pearl everlasting by the path and new hazel hurdles along the "
  "border 🌿")
P("cast_fb", "2026-04-02 20:00", "Inspection over. I am so proud of every child and adult at [[Larkfield CE "
  "Primary, the school I am lucky to lead|si]].", w="md")
P("cast_fb", "2025-09-01 10:00", "Packing the car for a week in Pembrokeshire: 4 wetsuits, 2 dogs, 1 very small boot.")
P("cast_fb", "2025-12-28 15:00", "Family photos from Boxing Day 🎄", cn=["@jensonb13", "@natridley"], w="pc:P0031")
P("cast_fb", "2026-03-22 11:00", "Mothering Sunday lunch at the Cottage Inn with my mum. Ruby port for pudding, "
  "naturally.")

# ---------------------------------------------------------------------------------------------------------
# Owain Bevan (S002), Year 6 (Swift class). @mrbevan_y6: no disclaimer, bio names no school.
# @owainbevan_climbs: disclaimer.

P("bev_x", "2025-09-05 18:00", "New class, new seating plan. [[Blaze|pr:P0009]] and [[Heath|pr:P0005]] on "
  "opposite sides of the room, for everyone's sake.", w="md")
P("bev_x", "2025-10-04 17:30", "Bears by 12. What a game 🏉")
P("bev_x", "2025-11-18 19:00", "Told Swift class the [[Mendip residential|ev:E002]] deposit is due Friday. "
  "Cue 28 children telling me they'll pack their own Xbox.", w="md")
P("bev_x", "2026-01-08 20:00", "Glad you enjoyed our class reader, mate. The "
  "sequel is in the school library.", re_="@frankmac_15", w="pc:P0012 md")
P("bev_x", "2026-02-02 18:40", "[[Frankie M|pr:P0012]] in my class has read 43 books since September. "
  "Forty-three.", w="md")
P("bev_x", "2026-03-30 21:00", "[[I've taught Year 6 at Larkfield Primary|si]] for nine years and SATs "
  "revision still gives me the fear.", w="md")
P("bev_x", "2026-05-13 21:30", "[[Mendip|ev:E002]] day 2: caving done. [[IBBY HAIDARI|pr:P0021]], you "
  "absolute hero for going first.", w="md")
P("bev_x", "2026-06-07 08:00", "Is anyone else's hay fever the worst it has ever been? 🤧")
P("bev_x", "2025-12-06 16:00", "Ride round Chew Valley lake "
  "done, 60k 🚴", cn=["@blaze_thornbury", "@natridley"], w="pc:P0009")
P("bev_x", "2026-04-15 17:20", "Persuasive letters to the council about the zebra crossing were superb today. "
  "[[Kai J|pr:P0029]]'s especially.", w="md")
P("bev_x", "2026-02-25 19:30", "Keep going with the revision, you've got this.", re_="@hope.mwangi15", w="pc:P0001 md")
P("bev_x", "2025-10-22 20:15", "Ha! I still remember your volcano project, "
  "[[Jenson|pr:P0031]]. The ceiling never recovered.", re_="@jensonb13", w="pc:P0031 md")
P("bev_x", "2026-07-19 15:00", "Summer holidays. Phone off. Wordle streak: 412.")
P("bev_x", "2026-03-17 19:00", "The Six Nations has ruined me. Wales, why.")
P("bev_x", "2026-01-19 18:00", "Nice one [[@kai.jorgensen|pr:P0029,pc:P0029]], your letter is on the display "
  "board 👏", w="md")
P("bev_x", "2025-11-26 21:00", "Staff meeting ran till six. [[Ruth C|sr:S001]] brought doughnuts for all of "
  "us. Hero.", w="md")
P("bev_ig", "2025-09-27 18:00", "Cheddar Gorge, east face. Arms gone 🧗")
P("bev_ig", "2026-05-15 19:00", "Three days on [[residential|ev:E002]], 28 children, one lost welly. Home. Sleep.")
P("bev_ig", "2026-02-20 17:00", "Half-term climb with [[Tom Wróbel|sr:S005]], who is scared of heights and came "
  "anyway 💪")
P("bev_ig", "2025-11-09 19:00", "Of course I remember you, [[Nat|pr:P0035]]! Good luck with the "
  "PGCE 👏", re_="@natridley")
P("bev_ig", "2026-07-12 08:00", "Robin in the garden every morning this week, bold as you like 🐦")
P("bev_ig", "2025-12-01 18:30", "Good luck in the final, [[Connor|pr:P0033]] 🏉", re_="@connor_nash08", w="pc:P0033")
P("bev_ig", "2026-06-14 20:00", "Swift class leavers' assembly rehearsal today. I'm not emotional, it's the chalk "
  "dust.")

# ---------------------------------------------------------------------------------------------------------
# Lucy Tremlett (S003), teaching assistant; mother of Grace (P0002, declared link) and Alfie (P0026).
# @lucy.tremlett.5: no bio. @lucyt_TA: bio self-identifies (hashtag), no disclaimer.

P("trem_fb", "2025-09-14 19:00", "[[Alfie|pr:P0026]]'s first week in Reception done and he's already "
  "running the home corner 😂", nowork=True)
P("trem_fb", "2025-10-19 18:00", "Proud of you sweetheart, that cake was amazing 🎂", re_="@gracie_tremlett")
P("trem_fb", "2026-01-25 16:00", "Sunday walk on the Downs. The kids found a puddle the size of a lake.")
P("trem_fb", "2026-03-12 20:00", "Covering Willow class all week. [[Ruby|pr:P0014]] and [[Robin|pr:P0004]] "
  "have taught me three new dinosaur facts a day 🦕", w="md")
P("trem_fb", "2025-11-25 21:00", "[[Mrs Haddad|sr:S006]] and I have built a sensory room out of a store "
  "cupboard and 40 fairy lights ✨", w="md")
P("trem_fb", "2026-04-05 12:00", "Easter Sunday roast with the "
  "family 🐣", cn=["@gracie_tremlett", "@marley.dlc"], w="pc:P0006")
P("trem_fb", "2026-06-21 10:00", "Grace and favour: my husband did the ironing. Mark the date.")
P("trem_x", "2025-10-07 16:00", "Phonics group this morning. [[Rain B|pr:P0008]] sounded out 'crocodile' "
  "all by herself 🐊", w="si md")
P("trem_x", "2026-02-09 08:00", "Snowdrops out along the cycle path 🤍", w="si")
P("trem_x", "2026-05-19 17:00", "Reading with [[Hazel K|pr:P0017]] in Rowan class. She is flying now 📖", w="si md")
P("trem_x", "2025-12-10 20:00", "[[Nativity|ev:E001]] day! 14 tea towels, 3 crowns, 1 lost donkey ear. "
  "Where IS it.", w="si md")
P("trem_x", "2026-06-28 18:00", "Well done on the 100m at sports day, "
  "[[Heath|pr:P0005]]! 🏅", re_="@heath_penhale", w="si pc:P0005 md")
P("trem_x", "2025-09-29 19:30", "Sunset over the Severn tonight 🌅", cn=["@blaze_thornbury"], w="si pc:P0009")
P("trem_x", "2026-03-24 16:30", "Spelling support group: the [[boy in Swift class who can spell "
  "'onomatopoeia' backwards|id:-]] has officially overtaken me.", w="si md")

# ---------------------------------------------------------------------------------------------------------
# Kavita Raghunathan (S004), Year 4 (Wren class); permitted (scope all) from 2025-09-15; aunt of Priya (P0024).
# @mrsr_wren: disclaimer. @kavita.r.bristol: no bio.

P("rag_x", "2025-09-10 19:00", "My last September in Wren class. The pencils are still sharp. For now.")
P("rag_x", "2025-10-24 18:00", "[[Pearl O|pr:P0013]] in my class has written a poem about conkers that made me cry in "
  "the staffroom.")
P("rag_x", "2026-03-05 19:30", "[[World Book Day|ev:E007]] at Larkfield: I came as Miss Trunchbull. The children were "
  "not surprised.")
P("rag_x", "2026-04-30 20:00", "Niece [[@priya_r15|pr:P0024]] has beaten me at chess again. Retirement plan: practise "
  "♟")
P("rag_x", "2026-07-20 17:00", "[[I have taught at Larkfield CE Primary|si]] for 31 years. Today was my last day 💐")
P("rag_x", "2025-12-02 18:00", "Grace under pressure: my Year 4s when the fire alarm went off in the middle of a "
  "spelling test.")
P("rag_x", "2026-01-31 11:00", "Chai, a blanket, and the new Ann Cleeves. Perfect Saturday.")
P("rag_fb", "2025-11-15 22:00", "Ruby wedding for Mum and Dad today ❤️ Forty years.")
P("rag_fb", "2026-01-27 19:00", "[[Miles VdB|pr:P0010]] in Wren class has built a working lighthouse out of a "
  "crisp tube 🔦", w="md")
P("rag_fb", "2026-02-22 13:00", "Half-term coffee with [[Fran Oyelaran|sr:S009]] and [[Eleri "
  "Rowlands|sr:S008]], the best friends a girl could ask for ☕", nowork=True)
P("rag_fb", "2025-09-12 18:30", "[[Bobby Fairweather|pr:P0011]] asked me today if I was alive when the "
  "dinosaurs were. I said yes.", w="md")
P("rag_fb", "2025-12-25 10:00", "Merry Christmas beta! 💕", re_="@priya_r15")
P("rag_fb", "2026-05-02 15:00", "Bank holiday barbecue 🍢", cn=["@priya_r15", "@blaze_thornbury"], w="pc:P0009")
P("rag_fb", "2026-03-14 20:00", "Pi day tomorrow. Baked a pie. Forgot the maths.")

# ---------------------------------------------------------------------------------------------------------
# Tomasz Wróbel (S005), Year 5 (Heron class) and music. @tomwrobel_music: disclaimer. @tomek.bakes: none.

P("wro_x", "2025-10-01 17:00", "Heron class have learnt the recorder. My ears have not.")
P("wro_x", "2025-11-20 19:00", "Choir rehearsing for [[Christingle|ev:E006]]: [[Zoë L-N|pr:P0018]]'s solo gave me "
  "chills.")
P("wro_x", "2026-01-14 18:00", "Teaching Heron class about Chopin and [[Lukas Simkus|pr:P0023]] asked if we were "
  "related. We are not.")
P("wro_x", "2026-03-21 12:00", "Pierogi Saturday 🥟")
P("wro_x", "2026-06-12 18:30", "[[Proud to lead music at #LarkfieldFamily|si]]: 60 children and 3 ukulele chords 🎸")
P("wro_x", "2026-02-11 19:00", "Nice one [[@reed.pillai|pr:P0015,pc:P0015]], grade 2 piano passed! 🎹")
P("wro_x", "2025-09-18 20:00", "Taylor Swift at Ashton Gate next summer? My wallet says no.")
P("wro_ig", "2025-09-20 11:00", "Sourdough attempt 14. Better. Still flat.")
P("wro_ig", "2025-12-14 20:00", "Christingle practice today: [[Grace T|pr:P0002]] and [[Marley|pr:P0006]] hit "
  "every note 🕯", w="md")
P("wro_ig", "2026-02-28 17:00", "Staff bake-off: [[Nadia Haddad|sr:S006]]'s cardamom buns beat my babka. Fair.", w="md")
P("wro_ig", "2026-05-03 19:00", "[[Lukas|pr:P0023]]'s grandmother came in to teach Heron class a Lithuanian "
  "folk song 🎶", w="md")
P("wro_ig", "2026-04-18 16:00", "Thanks [[Marley|pr:P0006]], the recipe "
  "is on my page 🥟", re_="@marley.dlc", w="pc:P0006", nowork=True)
P("wro_ig", "2026-07-04 18:00", "Kraków for the summer. Babcia, here I come 🇵🇱")

# ---------------------------------------------------------------------------------------------------------
# Nadia Haddad (S006), SENCo. @nadiahaddad_send: bio self-identifies, no disclaimer. @nadia.haddad.bs5: none.

P("had_x", "2025-09-16 19:00", "EHCP paperwork season. Send coffee.", w="si md")
P("had_x", "2025-10-29 12:00", "Half term in Tenby. Rain, rain and more rain ☔", w="si")
P("had_x", "2026-01-13 17:30", "Meeting with [[Femke Van der Berg|par:R003]] about [[Miles|pr:P0010]]'s "
  "next steps went brilliantly.", w="si md")
P("had_x", "2026-04-21 18:00", "Our new nurture group has changed [[Joaquin|pr:P0019]]'s year.", w="si md")
P("had_x", "2026-07-03 16:00", "Last SEND review of the year done with [[Mrs Oyelaran|sr:S009]] ✅", w="si md")
P("had_x", "2025-11-23 13:00", "Sunday roast at my mum's 🍗", cn=["@ibby_h15"], w="si pc:P0021")
P("had_x", "2026-06-09 20:00", "You're welcome [[Tilly|pr:P0032]] "
  "x", re_="@tilly.fenwick", w="si pc:P0032", nowork=True)
P("had_fb", "2025-11-08 20:00", "Bonfire night with the nieces 🎆")
P("had_fb", "2026-02-18 19:00", "[[Amara N|pr:P0022]]'s reading age has jumped two years since September. "
  "This is why I do the job.", w="md")
P("had_fb", "2026-05-30 10:00", "Happy birthday [[Reed|pr:P0015]]! 🎉", re_="@reed.pillai", w="pc:P0015", nowork=True)
P("had_fb", "2026-03-29 18:00", "The reed beds at Slimbridge were full of warblers today 🐦")
P("had_fb", "2025-09-07 16:00", "Good luck at secondary, "
  "[[Tilly|pr:P0032]]! You'll smash it.", re_="@tilly.fenwick", w="pc:P0032", nowork=True)
P("had_fb", "2026-01-06 21:00", "Twelfth night: decorations down, fairy lights tangled for next year.")

# ---------------------------------------------------------------------------------------------------------
# Jamie Penhale (S007), PE lead and Year 3 (Robin class); father of Heath (P0005, declared link).
# @coachpenhale: disclaimer. @jamie.penhale: none.

P("pen_x", "2025-09-09 18:00", "[[I'm PE lead at Larkfield CE|si]]: 14 clubs this term and every one of them full ⚽🏐")
P("pen_x", "2025-10-11 17:00", "Great goal son ⚽", re_="@heath_penhale")
P("pen_x", "2026-01-22 18:00", "Cole Brannigan, county cross-country champion! 🏃")
P("pen_x", "2026-03-03 18:00", "[[Cole Brannigan|pr:P0016]] is still grinning about his county title.")
P("pen_x", "2026-06-24 19:00", "Sports day done. Sunburnt, hoarse, happy.")
P("pen_x", "2026-05-22 18:00", "[[Blaze T|pr:P0009]], player of the tournament at tag rugby today 🏉")
P("pen_x", "2025-12-20 10:00", "Christmas Day swim at Clevedon booked. Who's in? 🥶")
P("pen_x", "2026-02-19 17:00", "Good luck at the regionals, [[@blaze_thornbury|pr:P0009,pc:P0009]] 🏃")
P("pen_x", "2025-10-25 09:00", "Parkrun PB this morning 🎉", cn=["@heath_penhale", "@dawn_vanstone"])
P("pen_fb", "2025-11-01 18:00", "[[Heath Penhale|pr:P0005]]'s under-11s won 3-1 today. Proud dad 💙", nowork=True)
P("pen_fb", "2026-04-23 17:00", "Measured the track for [[sports day|ev:E005]] today. 80 metres is further "
  "than it looks.", w="md")
P("pen_fb", "2026-02-05 19:00", "Gymnastics display: [[Willow B|pr:P0027]] did a cartwheel into a perfect "
  "split 🤸", w="md")
P("pen_fb", "2025-09-28 20:00", "Dads-and-lads camping weekend at Croyde ⛺ Frank conversations round the fire about "
  "who snores.")
P("pen_fb", "2026-03-08 15:00", "Hike up Cheddar Gorge with the "
  "boys 🥾", cn=["@heath_penhale", "@frankmac_15"], w="pc:P0012")

# ---------------------------------------------------------------------------------------------------------
# Eleri Rowlands (S008), Reception (Hazel class). @missrowlands_eyfs: bio self-identifies, no disclaimer.
# @eleri.rowlands: none.

P("row_ig", "2025-09-08 17:00", "Hazel class, day 3: 30 new faces and only one tried to post a banana "
  "through the letterbox 🍌", w="si md")
P("row_ig", "2025-12-09 19:00", "Dress rehearsal for the [[Reception nativity|ev:E001]] tomorrow 🌟 "
  "[[Seun|pr:P0028]] is the best innkeeper Bristol has ever seen.", w="si md")
P("row_ig", "2026-03-15 16:00", "Sunday sketching at Leigh Woods 🍂", w="si")
P("row_ig", "2026-06-05 17:00", "Forest school: [[Alfie T|pr:P0026]] found a hazelnut and carried it all "
  "afternoon 🌰", w="si md")
P("row_ig", "2025-10-12 12:00", "Autumn leaves. That's the post.", w="si")
P("row_ig", "2025-09-15 20:00", "Golden hour at Clevedon pier 🌅", cn=["@esmecarver"], w="si pc:P0034")
P("row_fb", "2025-11-22 15:00", "Welsh cakes for Mam's birthday 🏴󠁧󠁢󠁷󠁬󠁳󠁿")
P("row_fb", "2026-02-12 18:00", "[[Eshaal|pr:P0025]] in my class told me my cardigan 'looks like a sofa'. "
  "Honesty is the best policy.", w="md")
P("row_fb", "2026-05-09 19:00", "Thank you [[Jamie Penhale|sr:S007]] for fixing our classroom tap with a "
  "shoelace 🛠", w="md")
P("row_fb", "2026-01-18 22:00", "Star Wars marathon with my brother. Rogue One is the best one, fight me.")
P("row_fb", "2025-09-20 19:00", "Good luck with UCAS, "
  "[[Esme|pr:P0034]]! 🎓", re_="@esmecarver", w="pc:P0034", nowork=True)
P("row_fb", "2025-10-05 09:00", "Happy 18th, [[Esme|pr:P0034]]! 🎂", re_="@esmecarver", nowork=True)

# ---------------------------------------------------------------------------------------------------------
# Frances "Fran" Oyelaran (S009), Year 1 (Rowan class). @fran.oyelaran: none. @fran_teaches_ks1: disclaimer.

P("oye_fb", "2025-10-04 17:00", "Phonics in Rowan class: [[Hazel|pr:P0017]] can now read 'splash' and "
  "demonstrated it in the water tray 💦", w="md")
P("oye_fb", "2026-03-01 18:00", "Our vicar, [[Revd Ashdown|sr:G001]], blessed the new school garden today 🌱", w="md")
P("oye_fb", "2025-12-07 12:00", "My great-aunt Frances would have been 100 today. She taught me to knit.")
P("oye_fb", "2026-04-25 19:00", "Miles walked this week: 31. Miles still to go before the Bristol 10k: too many 🏃‍♀️")
P("oye_fb", "2026-06-17 18:00", "[[Eshaal Q|pr:P0025]] asked me if clouds are 'sky sheep'. Yes. Yes they are.", w="md")
P("oye_fb", "2026-01-13 19:00", "Happy last day of being 17, "
  "[[Connor|pr:P0033]]!", re_="@connor_nash08", w="pc:P0033", nowork=True)
P("oye_fb", "2026-01-14 19:00", "New year, new running shoes 👟", cn=["@connor_nash08"])
P("oye_fb", "2025-11-16 17:00", "[[Nat|pr:P0035]]! Lovely to hear from you. A teacher! "
  "I'm so proud.", re_="@natridley", nowork=True)
P("oye_x", "2025-09-24 19:00", "Phonics tip: sound buttons under every letter, every time.")
P("oye_x", "2026-01-29 07:30", "[[I've spent ten years in KS1 at Larkfield Primary|si]] and I still love the first "
  "snow day ❄️")
P("oye_x", "2026-03-05 17:00", "[[Book day|ev:E007]]: 14 Gruffalos in Rowan class 📚")
P("oye_x", "2025-11-11 11:30", "Two minutes' silence in the playground with 200 children. Not a sound.")

# ---------------------------------------------------------------------------------------------------------
# Governors: Revd Michael Ashdown (G001, chair; bio self-identifies, disclaimer) and Yvonne Sterling (G002).

P("ash_x", "2025-10-10 17:00", "[[Harvest service|ev:E004]] at St Aldhelm's with Larkfield's children this "
  "afternoon. Their singing lifted the roof.", w="si")
P("ash_x", "2025-12-24 23:50", "Midnight mass, then sleep. Happy Christmas, all 🎄", w="si")
P("ash_x", "2026-02-04 16:00", "Governors' visit to Wren class: [[Brooke Vanstone|pr:P0003]] explained "
  "fractions to me better than my own maths teacher ever did.", w="si")
P("ash_x", "2026-05-24 09:00", "A pearl of great price (Matthew 13:46): this morning's sermon.", w="si")
P("ash_x", "2026-06-18 21:00", "Thank you [[Mrs Castleton|sr:S001]] for a thoughtful report to the full "
  "governing body tonight.", w="si")
P("ster_fb", "2025-10-18 16:00", "Grandchildren and grandparents day at the allotment 🥕")
P("ster_fb", "2026-01-16 18:00", "[[As a governor at Larkfield CE Primary|si]], I'm delighted our new library is open "
  "📚")
P("ster_fb", "2026-04-11 15:00", "Bumped into [[Sinéad Mac an tSaoir|par:R004]] at the garden centre. She sends her "
  "love to everyone.")
P("ster_fb", "2026-06-30 20:00", "[[Ruby Ferreira|pr:P0014]]'s granny and I trained as midwives together in 1986!")
P("ster_fb", "2025-12-12 19:00", "Hope you all have a peaceful Advent ✨")

# ---------------------------------------------------------------------------------------------------------
# A school cook who is not on the roster (bio names the school's website and has a disclaimer).

P("cook_x", "2025-09-17 13:30", "Roast dinner Wednesday! 212 Yorkshire puddings 🍽", w="si")
P("cook_x", "2026-02-24 14:00", "[[Owain Bevan|sr:S002]] has asked for thirds of jam sponge. There are no "
  "thirds.", w="si")
P("cook_x", "2026-05-14 07:00", "Packed lunches for the [[residential|ev:E002]]: 30 rolls, 30 apples, and one "
  "gluten-free for [[Kai|pr:P0029]].", w="si")
P("cook_x", "2026-07-02 14:30", "Fish and chips Friday is our best-selling day of the year.", w="si")
P("cook_x", "2025-11-05 19:00", "Extra roast potatoes it is, [[Ibby|pr:P0021]] 😂", re_="@ibby_h15", w="si pc:P0021")

# ---------------------------------------------------------------------------------------------------------
# Parents (not school representatives; these posts name nobody else on the roster)

P("dawn_fb", "2025-11-03 07:00", "Dawn walk with the dog along the harbour 🌅")
P("dawn_fb", "2026-05-23 19:00", "Baking for the Larkfield Fete on 4 July! 40 lemon drizzles 🍋")
P("femke_ig", "2025-10-27 12:00", "Amsterdam for half term 🇳🇱")
P("femke_ig", "2026-06-26 18:00", "Sports day at Larkfield: parents' race, I came last and I regret nothing 🏃‍♀️")
P("kobby_x", "2025-11-16 18:00", "Arsenal. Again. Pain.")
P("kobby_x", "2026-01-05 07:50", "Pearl Jam on repeat for the school run 🎸")


# ---------------------------------------------------------------------------------------------------------
# More posts by the same accounts: identifying details, colleagues, parents, events and name forms

P("bev_x", "2025-09-11 18:30", "[[B in Swift class|id:P0009]] finally cracked long division today, and "
  "[[Kavita R|sr:S004]] next door heard the cheer.", w="md")
P("had_x", "2026-03-03 17:00", "Welcome meeting for [[the new girl in Heron class who arrived from Lisbon "
  "last week|id:-]]. [[mrs tremlett|sr:S003]] has already made her a name badge.", w="si md")
P("pen_fb", "2025-10-16 19:00", "[[J in Wren class|id:P0019]] did 40 keepy-ups at lunch. [[Owain|sr:S002]] "
  "and I were speechless.", w="md")
P("oye_fb", "2025-11-20 18:00", "[[E in Rowan class|id:P0025]] wrote her whole name by herself for the first "
  "time today 🥹", w="md")
P("row_fb", "2026-01-22 19:00", "[[The twins in Hazel class|id:-]] swapped jumpers to confuse me. It worked.", w="md")
P("trem_fb", "2026-04-28 18:00", "[[W in Robin class|id:P0027]] read a whole chapter book to me today. [[Mr "
  "Penhall|sr:S007]] nearly cried.", w="md")
P("wro_ig", "2025-10-30 20:00", "[[M in Heron class|id:P0006]] has perfect pitch. I am not exaggerating 🎶", w="md")
P("pen_x", "2026-04-16 17:00", "[[S in Robin class|id:-]] scored the winning goal in the Year 3 match today ⚽")
P("row_ig", "2025-11-27 18:00", "[[Mrs Castelton|sr:S001]] read The Gruffalo to Hazel class today, with "
  "all the voices 🐭", w="si md")
P("pen_fb", "2025-12-15 17:30", "Thanks to [[Dawn V|par:R001]] for lending the school her gazebo for "
  "cross-country 🏃", w="md")
P("bev_x", "2026-03-13 18:00", "Thanks [[@sineadmac|par:R004]] for the Irish dancing workshop with Swift "
  "class ☘️", w="md")
P("had_fb", "2025-10-15 18:00", "Good chat with [[Mr Osei|par:R005]] after worship about the new reading "
  "scheme.", w="md")
P("ster_fb", "2026-05-10 12:00", "Well done [[Carlos de la Cruz|par:R002]] on the Walk to School appeal! 🚶")
P("row_fb", "2026-06-03 18:00", "[[Sinead Mac an tSaoir|par:R004]] brought her harp into Hazel class today 🎶", w="md")
P("cook_x", "2026-03-18 13:00", "[[@coachpenhale|sr:S007]] asking for protein pots. This is a primary school.", w="si")
P("wro_x", "2026-06-19 18:00", "Best SENCo in Bristol. [[#ThankYouMrsHaddad|sr:S006]] 💐")
P("ash_x", "2026-03-19 14:00", "[[Yvonne|sr:G002]] and I spent the morning in Robin class. Their Roman "
  "shields are fearsome.", w="si")
P("oye_fb", "2026-01-26 19:00", "[[Nadia|sr:S006]]'s attachment training this afternoon was the best staff "
  "training I've had in years.", w="md")
P("trem_x", "2026-03-10 16:00", "[[#WellDoneStarN|pr:P0007]] 🌟 first to finish her times-tables grid!", w="si md")
P("bev_x", "2026-07-09 17:00", "SATs results are in and [[HOPE M|pr:P0001]] got full marks in reading 📚", w="md")
P("pen_fb", "2026-02-26 18:00", "Robin class assembly: huge well done to [[Isla Mac an\ntSaoir|pr:P0030]] for "
  "reading in front of 200 people 👏", w="md")
P("had_x", "2026-06-22 17:00", "[[F. Mac an tSaoir|pr:P0012]]'s transition plan for secondary is signed "
  "off ✅", w="si md")
P("bev_x", "2026-01-15 19:00", "[[Blaise Thornbury|pr:P0009]] has corrected my spelling of 'rhythm'. Again.", w="md")
P("rag_x", "2025-11-06 18:00", "[[Kino|pr:P0019]] in Wren class taught us all to count to ten in Spanish 🇪🇸")
P("cast_x", "2026-02-27 18:30", "[[#ProudOfAmara|pr:P0022]], whose poem about her grandma made the whole hall "
  "go silent.", w="si")
P("bev_x", "2025-11-13 21:30", "[[Parents' evening|ev:-]] at Larkfield tonight. 28 appointments, 1 cold cup "
  "of tea.", w="md")
P("row_fb", "2025-12-11 20:00", "Survived the [[nativity|ev:E001]]. Thirty sheep, one donkey, zero tears "
  "(mine).", w="md")
P("oye_fb", "2025-10-09 18:00", "[[Harvest|ev:E004]] tomorrow: Rowan class are singing 'Cauliflowers fluffy' "
  "🥦", w="md")
P("had_fb", "2025-12-05 19:00", "[[Christmas jumper day|ev:-]] at Larkfield Primary raised £380 for Save the "
  "Children 🎄", w="md")
P("pen_fb", "2026-05-29 18:00", "[[Sports day|ev:E005]] planning: 212 children, 6 races, 1 megaphone 📣", w="md")
P("wro_ig", "2026-05-12 19:00", "Practising the brass fanfare for the [[summer fete|ev:E003]] 🎺", w="md")
P("bev_x", "2026-04-27 20:00", "Two weeks till Swift class's [[trip to the Mendips|ev:E002]] and I've already "
  "lost a head torch.", w="md")
P("cast_fb", "2026-03-05 20:00", "[[Dress-up day|ev:E007]]: I was the Very Hungry Caterpillar. 212 children "
  "laughed at me. Worth it.", w="md")

# hard negatives: names as words and namesakes, the school's name as a place, other schools' events,
# permitted people and events, adult former pupils and look-alike handles
P("oye_x", "2025-09-26 07:40", "Rowan berries everywhere this year. Hard winter coming?")
P("bev_x", "2025-10-12 10:00", "Willow the collie has eaten my left slipper. Only the left.")
P("wro_ig", "2025-11-29 16:00", "Hazelnut babka, attempt two 🌰")
P("ster_fb", "2025-12-30 19:00", "Robin Hood at the Tobacco Factory Theatre. Booked for the grandchildren 🏹")
P("rag_fb", "2026-01-10 20:00", "Frank Lampard on the telly again. Switched over.")
P("had_fb", "2025-09-19 20:00", "Reading The Story of Ruby Bridges with my niece tonight. What a woman.")
P("cast_fb", "2025-12-21 18:00", "Star anise in the mulled wine, and the tree is up ✨")
P("trem_fb", "2025-10-26 15:00", "Nothing beats a cup of Brooke Bond and a biscuit on a wet Sunday ☕")
P("oye_fb", "2026-02-07 22:00", "Heath Ledger film night. Still not over it.")
P("bev_ig", "2026-03-01 17:00", "Bob Marley on the crag speaker all afternoon ☀️")
P("kobby_x", "2026-02-15 13:00", "Went down in a blaze of glory at five-a-side. Hamstring gone.")
P("wro_x", "2025-10-18 11:00", "I'm a music teacher, which means I own four tambourines and no free time 🪇")
P("rag_x", "2026-02-21 10:00", "Hope springs eternal: third year on the allotment waiting list.")
P("cast_fb", "2025-10-30 08:30", "Larkfield Road roadworks again. Ten minutes to go 200 yards.")
P("pen_fb", "2026-04-19 17:00", "Larkfield Rovers vets lost 5-0. My knees have retired.")
P("oye_x", "2026-06-02 07:30", "A heron on the Feeder Canal this morning, still as a statue.")
P("trem_fb", "2026-05-17 09:00", "Wren in the hedge by the back door. Tiny and furious 🐦")
P("ster_fb", "2026-07-11 17:00", "Larkfield Allotment Society show: second place for my runner beans 🥈")
P("row_fb", "2025-12-14 19:00", "My niece was a very stern angel in the nativity at St Mary Redcliffe 😇")
P("pen_x", "2026-06-20 09:00", "Helping with my niece's Guides camp in the Forest of Dean this weekend ⛺")
P("oye_x", "2025-12-16 20:30", "Christingle at St Aldhelm's: 200 children holding lit candles and nobody panicked 🕯")
P("oye_fb", "2026-02-01 14:00", "Retirement-planning lunch with Kav Raghunathan. She has a spreadsheet 😂")
P("oye_x", "2026-03-20 19:00", "Well done Carlos de la Cruz on the walk to school maps. Brilliant idea.")
P("pen_x", "2026-02-10 20:00", "Rest day 🛋", cn=["@esmecarver"])
P("bev_ig", "2026-01-30 21:00", "Cheers Frank, see you at five-a-side on Thursday ⚽", re_="@frankmac")
P("had_fb", "2026-02-10 18:30", "Cole Brannigan on Points West tonight! 📺")
P("wro_x", "2026-04-11 16:00", "Trumpet practice done 🎺", cn=["@ibby_h", "@kai_jorgensen"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], out=OUT, seed=SEED, prefix=PREFIX, n_posts=N_POSTS, school=SCHOOL))
