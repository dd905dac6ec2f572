"""Write ``blind11-posts.jsonl``: the eleventh blind, hand-labelled evaluation set (see ``BLIND11.md``).

    python corpora/posts/make_blind11_posts.py              # check, then write
    python corpora/posts/make_blind11_posts.py --warnings   # also list posts a reviewer should look at twice

This set is about a school the product has never seen: Lantern Street Primary School, a fictional three-form-entry
community primary in Plaistow, east London (``corpora/blind11-school``). Classes are named by year + a children's
author (3 Dahl, 5 Blackman, 6 Rauf ...); some authors share a surname with a family on the roster. The deputy head
runs the school's X account; the school has a breakfast club and a busy PTA. Every post and every label below was
written by hand. Gold spans are marked inline as ``[[text|cat:SUBJECT,cat:SUBJECT]]`` (``-`` for no subject; the
marked text may span a line break); whole-post gold goes in ``w`` as ``cat`` or ``cat:SUBJECT`` words. The checks
in ``blind_kit.py`` must all pass, against the blind11 school profile, before the file is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from blind_kit import ROOT, P, acct, main

HERE = Path(__file__).resolve().parent
OUT = HERE / "blind11-posts.jsonl"
SCHOOL = ROOT / "corpora" / "blind11-school"
SEED = 20261311
PREFIX = "b11"
N_POSTS = 240


# ---------------------------------------------------------------------------------------------------------
# Accounts. ``disc``: the bio says the views are the author's own. ``si_bio``: the bio self-identifies.

# official accounts. Approved: @LanternStPrimary on x and @LanternStreetPrimary on facebook (handles without case).
acct("ox", "official", "x", "@LanternStPrimary",
     "Lantern Street Primary School, Plaistow E13 🏮 Nursery to Year 6. Tweets by our deputy head.")
acct("ox_lc", "official", "x", "@lanternstprimary", "Lantern Street Primary · E13")
acct("ofb", "official", "facebook", "@LanternStreetPrimary", "Lantern Street Primary School · 41 Lantern Street, E13")
acct("ofb_lc", "official", "facebook", "@lanternstreetprimary", "Lantern Street Primary School")
# not approved
acct("u_ig", "official", "instagram", "@lanternstprimary", "📸 Lantern Street Primary School, E13")
acct("u_fb", "official", "facebook", "@LanternStPrimary", "Lantern Street Primary")
acct("u_pta", "official", "facebook", "@FriendsOfLanternStreet", "Friends of Lantern Street (PTA) 💛 raising funds for our children")
acct("u_pe", "official", "x", "@LanternSt_PE", "PE & sport at Lantern Street Primary ⚽️🏃🏾‍♀️")
acct("u_eyfs", "official", "instagram", "@LanternStEYFS", "Nursery & Reception at Lantern Street 🌱")
acct("u_choir", "official", "x", "@LanternStChoir", "Lantern Street Primary choir 🎶 rehearsals Weds 3.30")

# staff, governors, an office worker who is not on the roster, and three parents
acct("gill_x", "personal", "x", "@gillfairweather",
     "Headteacher. East Londoner by choice. Swimmer, allotment, far too many cookbooks.", "S001")
acct("gill_fb", "personal", "facebook", "@gill.fairweather", "", "S001")
acct("rah_x", "personal", "x", "@MrRahmanDH",
     "Deputy Head @LanternStPrimary (I run that account too; this one is just me). Views my own.", "S002",
     disc=True, si_bio=True)
acct("rah_ig", "personal", "instagram", "@faisal.rahman.cooks", "biryani experiments · West Ham · dad of 3", "S002")
acct("wal_x", "personal", "x", "@kerryann_teach", "Year 3 teacher 📚 #TeamLantern ✨", "S003", si_bio=True)
acct("wal_fb", "personal", "facebook", "@kerryann.walcott", "", "S003")
acct("dom_x", "personal", "x", "@domodriscoll", "PE lead & Y6 teacher. Views my own. ⚒️ COYI", "S004", disc=True)
acct("dom_fb", "personal", "facebook", "@dom.odriscoll.e7", "", "S004")
acct("tra_ig", "personal", "instagram", "@trang.pham.eyfs", "EYFS lead 🌱 play, mud and phonics · opinions mine",
     "S005", disc=True)
acct("asa_x", "personal", "x", "@abena_asante", "SENCo · inclusion · mum of two · Twi & English", "S006")
acct("asa_fb", "personal", "facebook", "@abena.asante.7", "", "S006")
acct("ayd_ig", "personal", "instagram", "@sevgi_bakes", "Breakfast club at Lantern Street Primary 🥞☕ & weekend baker",
     "S007", si_bio=True)
acct("ayd_fb", "personal", "facebook", "@sevgi.aydin.35", "", "S007")
acct("pen_x", "personal", "x", "@ms_penny_reads", "Year 5 teacher. Children's books, always. All views my own.", "S008",
     disc=True)
acct("pen_ig", "personal", "instagram", "@ruthpenny_paints", "watercolours & long walks", "S008")
acct("pet_fb", "personal", "facebook", "@rasa.petrauskiene", "", "S009")
acct("del_fb", "personal", "facebook", "@delbaptiste", "", "S010")
acct("tat_ig", "personal", "instagram", "@imogentate_music", "Music teacher & choir at Lantern Street 🎶 Views mine.",
     "S011", disc=True, si_bio=True)
acct("sou_fb", "personal", "facebook", "@marta.sousa.e13", "", "S012")
acct("miah_x", "personal", "x", "@harunmiah_e13",
     "Chair of Governors, Lantern Street Primary School. Cricket, Newham, family. Views my own.", "G001",
     disc=True, si_bio=True)
acct("wil_x", "personal", "x", "@carolinewilsonE7", "GP in Forest Gate. School governor. 🚲", "G002")
acct("off_fb", "personal", "facebook", "@rukhsana.office",
     "Front office at lanternstreet.example.sch.uk · views my own", None, disc=True, si_bio=True)
acct("par_akt", "personal", "facebook", "@shirinakter", "", "R001")
acct("par_pot", "personal", "facebook", "@staceypotter_x", "", "R006")
acct("par_fer", "personal", "instagram", "@leandroferreira_br", "🇧🇷 em Londres · pai · futebol", "R004")


# ---------------------------------------------------------------------------------------------------------
# Posts. Official accounts, approved.

P("ox", "2025-09-03 08:05", "Welcome back, Lantern Street! 🏮 Gates open 8.40am and breakfast club runs from 7.45 as usual. "
  "Reception families: your staggered start letters are in book bags.")
P("ox", "2025-09-12 15:40", "Star of the week in 4 Lewis goes to Comfort, for the kindest start to Year 4 we've ever seen 🌟")
P("ox", "2025-09-19 16:10", "Huge well done to [[Sorin|pr:P0016]] in 6 Rauf, who finished the summer reading challenge "
  "with 31 books. 31!! 📚")
P("ox", "2025-09-25 17:20", "[[Mr O'Driscoll|sr:S004]]'s Year 6 footballers won their first league game of the season 4-1 "
  "at Memorial Park ⚽")
P("ox", "2025-10-02 16:45", "Another win for the Y6 girls, 3-0 away at Abbey Marsh. Mr O'Driscoll says the defending "
  "was 'frankly heroic' 🧤")
P("ox", "2025-10-06 12:00", "Reception open morning for September 2026 entry: Wednesday 12 November, 9.30am. No need to "
  "book, just come along 🌱")
P("ox_lc", "2025-10-03 09:15", "Save the date! Our [[open morning|ev:E009]] for families of children starting Reception "
  "in 2026 is on 12 Nov.")
P("ox", "2025-11-28 15:30", "Lanterns are drying on every windowsill in Year 2 🏮 The [[Winter Lantern Parade|ev:E001]] "
  "sets off from the playground at 4pm on Thursday 11 Dec.")
P("ofb", "2025-12-12 09:00", "What a night. Over 400 lanterns and one very wet [[lantern walk|ev:E001]] round the block. "
  "Thank you to every family who came out in the drizzle 🏮💛")
P("ox", "2026-01-07 10:00", "The spring term clubs list is now on the website: lanternstreet.example.sch.uk/clubs "
  "Sign-ups close Friday.")
P("ox", "2026-01-20 15:55", "Congratulations to Rokas (6 Agard), who won bronze in the chess at the London Youth Games! ♟️🥉")
P("ofb", "2026-04-02 16:00", "[[Rokas|pr:P0019]] from 6 Agard is off to the national junior chess finals in May. "
  "Good luck from all of us! ♟️")
P("ofb_lc", "2026-01-08 18:30", "Chess club news: [[Rokas P|pr:P0019]] has qualified for the London Youth Games team!")
P("ox", "2026-02-05 09:40", "Year 4 have swapped their book bags for shields today. [[Roman Day|ev:E006]] is in full "
  "swing: testudo formation on the MUGA at 10 🛡️")
P("ofb", "2026-02-24 17:00", "International Evening is back! Thursday 12 March, 5-7pm in the hall. Bring a dish from home "
  "(labelled with ingredients please) 🌍🍲")
P("ofb", "2026-02-12 16:30", "Families, can you help with our [[International Evening|ev:E003]]? We need volunteers to "
  "run the food tables. Sign up at the office.")
P("ox", "2026-03-06 08:30", "Thank you to the 300+ neighbours, families and staff who broke their fast with us at the "
  "school iftar last night 🌙 Special thanks to the masjid down the road for the dates.")
P("ox", "2026-03-23 12:10", "Photos from our [[community iftar|ev:E007]] are now up on the Facebook page 🌙")
P("ofb", "2026-02-13 15:15", "Our [[Community Iftar|ev:E007]] will be on Thursday 5 March at 6pm. All welcome, whatever "
  "your faith or none.")
P("ox", "2026-05-18 19:00", "The Lantern Street Carnival is ON: Saturday 4 July, 12-4pm. Steel band, bouncy castle and "
  "the staff tug of war 🎉")
P("ofb", "2026-05-08 11:00", "PTA meeting tonight to plan the [[summer carnival|ev:E004]], 6pm in the library. Tea and "
  "samosas provided!")
P("ox", "2026-06-24 11:30", "[[SPORTS DAY|ev:E005]] ☀️ 3 Dahl are leading the Year 3 table after the sack race. "
  "Sun cream on please!")
P("ofb", "2026-06-25 16:20", "[[Sports day|ev:E005]] photos: the best ones are in the gallery. Well done Thaís, Elif and "
  "everyone in Year 2 who ran the relay 🏃🏽‍♀️")
P("ox", "2026-07-17 11:45", "Not a dry eye in the hall at this morning's [[leavers' assembly|ev:E008]]. Go well, Year 6. "
  "You have been brilliant 💛")
P("ofb", "2026-07-18 10:00", "Dot (6 Agard) and Linh (6 Pullman) read the poems they wrote for the "
  "[[leavers assembly|ev:E008]]. We've put both on the website.")
P("ox", "2026-06-12 15:00", "Year 6 are packed and ready! Coach leaves for [[Bramley Oaks|ev:E002]] at 9am Monday. "
  "Check-in 8.15 at the front gate 🎒")
P("ofb", "2026-06-17 20:00", "Day 3 of the [[Y6 residential|ev:E002]]: zip wire, raft building and one lost welly. "
  "Everyone is safe, happy and very muddy 🌲")
P("ox", "2025-10-15 14:00", "Thanks to [[Mrs Sousa|sr:S012]] and the office team for sorting 650 flu vaccine consent "
  "forms in a week 💉")
P("ofb", "2025-11-14 08:30", "Our new SENCo [[Ms Asante|sr:S006]] is running a coffee morning for parents on Friday at "
  "9am in the community room.")
P("ox", "2026-03-05 08:20", "Mr Rahman here, taking over the account for World Book Day. The staff are dressed as... "
  "can you guess? 🧐📚")
P("ox", "2026-01-26 13:00", "Mrs Fairweather was on the Newham Recorder podcast this week talking about school "
  "readiness. Link on our website.")
P("ox", "2025-09-30 16:00", "Welcome to [[Mrs Petrauskienė|sr:S009]], who joins us to teach 1 Donaldson. "
  "Sveiki atvykę! 🇱🇹")
P("ofb", "2025-09-10 07:50", "Breakfast club is full for September! [[Mrs Aydın|sr:S007]] and the team are serving 90 "
  "breakfasts a morning 🥣")
P("ox", "2026-05-20 16:30", "The PTA, led by their chair Mrs Akter, raised £2,140 at the Friday cake sale. Thank you! 🎂")
P("ofb", "2026-05-06 17:45", "Thank you to [[Shirin Akter|par:R001]] and the Friends of Lantern Street for the new "
  "playground markings!")
P("ox", "2026-03-10 15:10", "[[Ms Tate|sr:S011]]'s choir sang at Westfield Stratford for Comic Relief and raised £612 🎶")
P("ox", "2026-02-26 15:30", "Congratulations [[Can|pr:P0002]] from 5 Blackman on his first ever swimming badge 🏊")
P("ofb", "2025-11-20 10:30", "Ivy, [[Gift|pr:P0007]] and Thaís starred in our Key Stage 1 harvest songs this morning 🍎")
P("ox", "2025-12-03 12:30", "Free school meals? You may also be able to get a free holiday club place this Christmas. Ask "
  "at the office or call 020 7946 0418.")
P("ofb", "2026-01-05 07:10", "Snow update: school is OPEN. Please use the main gate on Lantern Street; the side gate "
  "is iced over.")
P("ox", "2026-04-29 16:00", "[[Idil|pr:P0005]] in 6 Rauf has won the Newham young poets' prize with her poem 'My Nan's "
  "Kitchen in Hargeisa' 🏆✍️")
P("ofb", "2026-03-27 15:30", "[[Hafsa|pr:P0027]] and [[Gift|pr:P0007]] from 2 Milne made the whole hall cry with their "
  "Mother's Day poem 💐")
P("ox", "2025-10-20 15:00", "Black History Month: 5 Zephaniah have been reading Benjamin Zephaniah's poems aloud all "
  "week. [[Esi|pr:P0026]] did 'Talking Turkeys' by heart!")
P("ox", "2025-11-06 08:00", "Parking reminder 🚗 please don't park on the zigzags on Lantern Street at pick-up. A "
  "child's safety is worth a two-minute walk.")
P("ofb", "2025-12-19 15:30", "Merry Christmas and happy holidays from all of us at Lantern Street Primary! Back on "
  "Monday 5 January ✨")
P("ox", "2026-07-10 18:00", "Huge thanks to Mrs Akter and the PTA for a carnival to remember! 🎉")
P("ofb", "2026-07-14 15:00", "[[Mrs Akter|par:R001]] steps down as PTA chair after six years. We can't thank her "
  "enough 💛")
P("ox", "2026-01-14 15:20", "[[Danny|pr:P0028]] in 3 Dahl counted to 100 in fives without stopping. Times tables "
  "champion in the making 💪")

# Official accounts, not approved.
P("u_ig", "2025-09-22 16:00", "New term, new reading corner in 2 Potter 📚✨ #TeamLantern", w="ua")
P("u_ig", "2025-12-11 14:00", "Lanterns ready 🏮 see you at 4pm for the [[lantern parade|ev:E001]]!", w="ua")
P("u_ig", "2026-03-13 09:00", "Jollof vs biryani vs pastel de nata: International Evening 2026 in photos 🌍", w="ua")
P("u_ig", "2026-05-12 15:45", "[[Sagal|pr:P0014]] (4 Tolkien) built a working volcano for science week 🌋", w="ua")
P("u_fb", "2025-10-09 15:30", "Lost property mountain is back 😱 Unnamed jumpers go to the uniform swap on Friday.", w="ua")
P("u_fb", "2026-02-03 16:00", "[[Year 4 Roman Day|ev:E006]] is this Thursday. Togas (a sheet is fine!) and sandals if "
  "you have them.", w="ua")
P("u_pta", "2025-11-25 19:30", "Lantern-making workshop this Saturday 10-12 in the hall, all materials provided, ready "
  "for the [[Winter Lantern Parade|ev:E001]] 🏮", w="ua")
P("u_pta", "2026-05-25 18:00", "Carnival raffle tickets on sale at pick-up all week. First prize: a Nintendo Switch! "
  "Thanks to Shirin for organising 🎟️", w="ua")
P("u_pta", "2026-04-28 20:15", "Can anyone lend a gazebo for the [[summer carnival|ev:E004]]? Message "
  "[[Stacey Potter|par:R006]] on here 🙏", w="ua")
P("u_pta", "2026-02-16 19:00", "We're starting to plan the [[school iftar|ev:E007]] for 5 March. If you can help with "
  "dates, water or washing up, comment below 🌙", w="ua")
P("u_pe", "2025-09-26 17:00", "Y6 boys 2-2 in the first borough fixture. [[Jayden L-B|pr:P0024]] with a worldie free "
  "kick ⚽ @LanternStPrimary", w="ua")
P("u_pe", "2025-10-14 16:30", "Cross-country at Wanstead Flats: 46 runners, 46 finishers. Mr O'Driscoll's legs have "
  "gone 😂", w="ua")

P("u_pe", "2026-01-28 16:40", "Year 5 netball squad are borough runners-up! 🥈 Special mention to [[Andreea M|pr:P0008]] "
  "for 9 goals", w="ua")
P("u_pe", "2026-06-20 12:00", "Only 4 days to [[sports day|ev:E005]] ☀️ practising our egg and spoon technique with "
  "1 Willems", w="ua")
P("u_eyfs", "2025-10-01 15:00", "Autumn walk round the park with R Carle 🍂 so. many. conkers.", w="ua")
P("u_eyfs", "2025-11-12 16:00", "Lovely to meet so many families at our open morning today! Applications close 15 "
  "January 🌱", w="ua")
P("u_eyfs", "2026-02-10 15:10", "[[Bao|pr:P0013]] in R Carle wrote his whole name all by himself for the first time "
  "today ✏️🥹", w="ua")
P("u_eyfs", "2026-05-14 14:30", "Alfie in R Rosen found a worm and has named it Michael 🪱", w="ua")
P("u_choir", "2025-12-09 17:00", "Last rehearsal before the [[lantern parade|ev:E001]]! Thank you [[Ms Tate|sr:S011]] "
  "for your patience 🎶", w="ua")
P("u_choir", "2026-03-18 18:00", "Choir sang at the Newham schools music festival today. Shout out to "
  "[[Tahmid|pr:P0003]] (6 Pullman) for his first ever solo 🎤", w="ua")
P("u_choir", "2026-07-02 09:00", "Summer concert this Thursday at 2pm. Parents of 6 Pullman, 6 Rauf and 6 Agard "
  "especially welcome: it's our Year 6s' last one 🥹", w="ua")
P("u_fb", "2026-06-29 16:00", "Carnival countdown: 5 days! We still need cakes for the cake stall 🎂", w="ua")
P("u_ig", "2026-07-08 15:30", "Last week of term vibes 🌞 @LanternStPrimary", w="ua")
P("u_fb", "2025-12-16 16:10", "A message from [[Mrs Walcott|sr:S003]]: 3 Dahl's Christmas card sale raised £187 for "
  "the food bank. Thank you!", w="ua")

# Personal accounts: the headteacher (no disclaimer, bio does not name the school).
P("gill_x", "2025-09-04 21:10", "First INSET day done. 86 staff, one working urn, and a new behaviour policy nobody "
  "has read yet. Onwards.", w="md")
P("gill_x", "2025-10-17 19:30", "Proud doesn't cover it. After [[eight years as head of Lantern Street Primary|si]] I "
  "still get a lump in my throat every September.", w="md")
P("gill_x", "2025-11-21 20:00", "Ofsted rumours are the worst kind of rumours. If you know, you know. #headteacherlife",
  w="md")
P("gill_x", "2026-01-31 10:00", "Swam 2k this morning at the Aquatics Centre and felt about 19 years old. Now for a nap.")
P("gill_x", "2026-03-12 22:30", "That was joyous. Jollof, pierogi, pastel de nata and a conga line through the hall at "
  "the end of International Evening. Bed now.", w="md")
P("gill_fb", "2025-12-27 18:00", "Christmas with my sister in Whitstable. Oysters, wind, more wind. Happy Christmas "
  "all x")
P("gill_fb", "2026-04-18 19:00", "Lovely afternoon tea with [[Harun Miah|sr:G001]] and his wife to celebrate their 30th "
  "anniversary. Pearl, apparently! 🫖", nowork=True)
P("gill_x", "2026-07-07 17:00", "Year 6 SATs results are in. Can't say anything yet but I've been smiling all "
  "afternoon 😊", w="md")
P("gill_x", "2025-09-29 20:40", "Brilliant, [[@ms_penny_reads|sr:S008]] 👏 That display is going straight in the "
  "newsletter.", w="md")

# The deputy head (bio names the school, with a disclaimer; he runs the official X account).
P("rah_x", "2025-09-08 21:00", "Running a school X account is 40% celebrating children, 40% parking reminders and 20% "
  "wondering if anyone reads it.", w="si")
P("rah_x", "2025-10-24 16:00", "Half term! Staff at our place have earned this one. Special shout out to "
  "[[Del|sr:S010]] who fixed the hall boiler with what I can only describe as wizardry 🔧", w="si")
P("rah_x", "2026-01-15 20:15", "Anyone else's Year 6 obsessed with the new Pullman? Ours are quoting it at lunch.", w="si")
P("rah_x", "2025-11-03 18:30", "Congratulations [[Kyle|pr:P0033]]! Knew you'd make the academy squad ⚽",
  w="si pc:P0033", re_="@kyle.mensah10")
P("rah_ig", "2025-12-26 14:00", "Boxing Day biryani for 22. My mum still says mine is 'nearly there' 🍛")
P("rah_ig", "2026-03-08 20:30", "Iftar at ours tonight. The kids made the date balls and ate half of them first 🌙")
P("rah_ig", "2026-05-02 17:05", "West Ham. Why do we do this to ourselves.")
P("rah_ig", "2026-06-16 23:10", "Day 2 on the [[resi|ev:E002]] with 89 Year 6s. I have slept 3 hours. Send coffee ☕",
  w="md")

# Year 3 teacher (bio names the school by hashtag, no disclaimer).
P("wal_x", "2025-09-05 19:00", "3 Dahl, you absolute stars. Day 3 and everyone knows where the pencil pots go ✏️",
  w="si md")
P("wal_x", "2025-10-10 16:45", "[[Ayaan|pr:P0015]] told me today that Roald Dahl 'wasn't very kind to the grown-ups'. "
  "Fair point tbh", w="si md")
P("wal_x", "2025-11-19 20:20", "Teaching the Romans with nothing but a bag of pasta and determination 🍝", w="si md")
P("wal_x", "2026-01-24 13:00", "Bottomless brunch with the girls in Shoreditch 🥂 Sunday reset", w="si")
P("wal_x", "2026-03-19 15:50", "[[D in 3 Dahl|id:P0028]] finally cracked column addition today and did a lap of honour "
  "round the classroom 🏃🏾", w="si md")
P("wal_fb", "2025-12-20 12:00", "Home for Christmas! Mum's curry goat and sorrel on the go. Nothing like it ❤️🇯🇲")
P("wal_fb", "2026-02-28 18:00", "So proud of my niece Ivy who passed her driving test first time!! 🚗")
P("wal_fb", "2026-05-23 19:30", "Half term! Reports drafted, and I've somehow taught my class the whole of The Twits "
  "in mime. Wine o'clock 🍷", w="md")

# PE lead and Year 6 teacher (disclaimer in the bio; permitted to be named from 2025-10-01; uncle of Clodagh).
P("dom_x", "2025-09-17 21:00", "Y6 footie trials tonight. 34 kids, one coach, one whistle that only works sometimes. "
  "Love it.")
P("dom_x", "2025-11-08 12:30", "Great finish today mate 👏 keep working on that left foot", w="pc:P0024",
  re_="@jaydenlb_")
P("dom_x", "2026-02-11 17:30", "Borough indoor athletics: [[Sorin|pr:P0016]] won the standing long jump by a clear "
  "20cm. Legend.")
P("dom_x", "2025-12-02 07:15", "I'm a PE teacher, which is why I own nine whistles and zero scarves ❄️")
P("dom_fb", "2025-09-20 18:00", "Clodagh's first Irish dancing feis today, 3rd place! Uncle Dom might have cried a "
  "bit ☘️")
P("dom_fb", "2026-06-24 21:00", "[[sports day|ev:E005]] is my Olympics. 11 hours, 1 sunburn, 0 regrets ☀️", w="md")
P("dom_fb", "2026-04-04 20:00", "Easter in Cork with the whole clan. 14 O'Driscolls in one kitchen.")
P("dom_fb", "2026-01-30 11:00", "Cracking game of chess at the library café this morning. Beaten fair and square 😅",
  w="pc:P0019", cn=["@rokas.p", "@harunmiah_e13"])

# EYFS lead (disclaimer in the bio).
P("tra_ig", "2025-09-15 19:00", "Settling-in week in Reception: 90 new faces, 3 classes, and one very brave little boy "
  "who hugged the guinea pig 🐹")
P("tra_ig", "2025-11-12 18:30", "Our open morning today was packed! So many lovely families 🌱")
P("tra_ig", "2026-02-09 16:15", "[[Bao|pr:P0013]] has started saying 'good morning Ms Pham' in a perfect Geordie accent "
  "and nobody knows why 😂")
P("tra_ig", "2026-04-14 21:00", "Tết photos from my mum's, finally uploaded 🧧 (yes I know it was February)")
P("tra_ig", "2026-06-04 20:00", "Transition visits for next year's Reception start next week. My favourite fortnight "
  "of the year 🌱")

# SENCo (no disclaimer; mother of Comfort, 4 Lewis).
P("asa_x", "2025-10-07 21:30", "EHCP annual reviews: 14 in 3 weeks. The paperwork mountain has its own weather system. "
  "#SENCo", w="md")
P("asa_x", "2025-11-26 18:00", "Nothing in inclusion beats the moment a child who couldn't come into the hall in "
  "September sits through a whole assembly. Today was that day.", w="md")
P("asa_fb", "2026-01-18 09:30", "Comfort lost her first tooth and is demanding £5 from the tooth fairy. Inflation 😂")
P("asa_fb", "2026-03-13 08:00", "[[Comfort|pr:P0001]] read her poem at our school's International Evening and I was a "
  "MESS 😭", nowork=True)
P("asa_x", "2026-05-15 20:45", "Reminder to every headteacher: your SENCo needs time, not a laminator. (Mine's lovely, "
  "to be clear.)", w="md")
P("asa_x", "2026-02-06 16:00", "Spent the morning with [[Mrs P|sr:S009]] and 1 Donaldson doing sensory circuits. I am "
  "now a human beanbag.", w="md")

# Breakfast club lead and TA (bio names the school, no disclaimer; aunt of Can, mother of Mehmet).
P("ayd_ig", "2025-09-09 09:30", "90 portions of porridge, 40 bagels and 1 toaster on its last legs 🥯 Breakfast club "
  "is back!", w="si md")
P("ayd_ig", "2025-11-01 15:00", "Weekend bake: simit, first attempt. Not bad for a beginner 🥯", w="si")
P("ayd_ig", "2026-01-22 10:10", "The Year 2s at breakfast club have invented a game called 'who can eat their toast "
  "slowest'. [[Gift|pr:P0007]] is undefeated 👑", w="si md")
P("ayd_fb", "2026-06-15 08:00", "14 today! Where did the time go, oğlum ❤️", re_="@mehmet.aydin12")
P("ayd_fb", "2026-02-01 17:30", "Can and his cousins took over my kitchen to make pide. Flour EVERYWHERE 😂")
P("ayd_fb", "2026-05-03 19:00", "Sunday barbecue at my sister's: 23 of us and one very small grill 🔥", w="pc:P0003",
  cn=["@mehmet.aydin12", "@tahmid.c14"])
P("ayd_ig", "2026-03-04 09:00", "Breakfast club tip: if [[Can|pr:P0002]] from 5 Blackman offers to 'help' with the "
  "toaster, say no 😂", w="si md")
P("ayd_fb", "2025-10-30 20:00", "Thank you for the card sweetheart 🥰", w="pc:P0024", re_="@jaydenlb_")
P("ayd_ig", "2025-12-03 09:15", "Shout out to [[the Year 1 who told me my porridge is 'better than McDonald's'|id]] 😂 "
  "highest praise", w="si md")

# Year 5 teacher (disclaimer in the X bio, none on Instagram).
P("pen_x", "2025-09-26 19:00", "Reading Malorie Blackman's Pig-Heart Boy with 5 Blackman, and the debate afterwards "
  "was better than anything on telly.")
P("pen_x", "2025-12-04 16:30", "[[Andreea|pr:P0008]] has asked if she can write a sequel to Noughts & Crosses. I've "
  "said yes, obviously.")
P("pen_x", "2026-03-04 20:00", "World Book Day costume count in my class: 4 Matildas, 3 Harry Potters and 1 very "
  "committed Gruffalo.")
P("pen_ig", "2025-10-26 11:00", "Epping Forest in October 🍂 watercolour no. 14")
P("pen_ig", "2026-02-22 21:00", "Last day of half term so naturally I've done all my marking and planned the whole "
  "week. Just kidding. Help.", w="md")
P("pen_ig", "2026-05-30 16:00", "Lovely lunch with [[Kerry-Ann|sr:S003]] and [[Trang|sr:S005]] in Walthamstow. Nobody "
  "mentioned SATs once 🍝", nowork=True)
P("pen_x", "2026-06-05 19:20", "Ahh thank you [[Idil|pr:P0005]]! I'll miss you too x", w="pc:P0005", re_="@idil.nur_")
P("pen_x", "2026-04-24 18:00", "So thrilled that Idil Nur, who I taught last year, has won the Newham young poets' "
  "prize 🏆")
P("pen_x", "2026-01-13 16:00", "[[A in 5 Blackman|id:P0008]] wrote 'the wind whispered like my nan's radio' and I had "
  "to leave the room for a minute")
P("pen_ig", "2025-11-30 12:00", "Good luck at your first grading [[Mehmet|pr:P0029]]! 🥋", w="pc:P0029",
  re_="@mehmet.aydin12", nowork=True)

# Year 1 teacher (no disclaimer).
P("pet_fb", "2025-10-05 18:00", "Mano pirmas mėnuo 🇱🇹 First month teaching in London done! 1 Donaldson are the best "
  "class in the world ❤️", w="md")
P("pet_fb", "2026-02-16 19:00", "Užgavėnės blynai 🥞 pancakes for the whole family")
P("pet_fb", "2026-06-05 20:00", "[[Proud to teach at Lantern Street Primary|si]], where 41 languages are spoken. Today "
  "my class taught me to count to ten in Somali 😊", w="md")
P("pet_fb", "2026-03-01 10:00", "Mărțișor from my neighbours! Spring is coming 🌸", w="pc:P0016", cn=["@sorin_popa14"])

# Site manager (no disclaimer).
P("del_fb", "2025-09-02 18:30", "New boiler in, playground relined, 14 classrooms painted. Ready for the kids "
  "tomorrow 💪", w="md")
P("del_fb", "2025-11-09 13:00", "Remembrance Sunday at the cenotaph with my dad. 84 and still stands for the whole two "
  "minutes.")
P("del_fb", "2026-01-06 07:30", "Gritted the whole pavement on Lantern Street at 6am so the mums and dads don't go "
  "flying 🧂❄️", w="md")
P("del_fb", "2026-04-25 23:00", "Happy 40th [[Marta Sousa|sr:S012]]! Best party in E13, and the best pastéis de nata "
  "I've ever had 🎉", nowork=True)
P("del_fb", "2026-02-20 18:00", "Five-a-side Friday 🔥", w="pc:P0012", cn=["@daniyalrauf", "@linhnguyen.art"])

# Music teacher (bio names the school, with a disclaimer).
P("tat_ig", "2025-12-11 20:30", "The choir sang all the way round the [[lantern walk|ev:E001]] tonight in the rain. "
  "Soggy, joyful, perfect 🏮🎶", w="si")
P("tat_ig", "2026-03-21 22:00", "Saturday gig with my folk band in Leytonstone 🎻", w="si")
P("tat_ig", "2026-03-10 19:00", "[[Amara|pr:P0030]]!! Look at you conducting! So proud ❤️", w="si pc:P0030",
  re_="@amara.okoye")
P("tat_ig", "2026-04-02 18:00", "Thank you for coming back to help with rehearsals! x", w="si", re_="@amara.okoye")
P("tat_ig", "2026-03-19 08:30", "Happy 18th [[Amara|pr:P0030]]! 🎂🎶", w="si", re_="@amara.okoye")

# School business manager (no disclaimer).
P("sou_fb", "2025-09-14 20:00", "Budget season 📊 If anyone needs me I'll be inside a spreadsheet until October.", w="md")
P("sou_fb", "2026-01-03 12:00", "Feliz Ano Novo from Lisbon 🇵🇹")
P("sou_fb", "2026-03-03 17:00", "40 trestle tables booked, 300 paper plates ordered and the hall floor will never be the "
  "same. See everyone at the [[school iftar|ev:E007]] on Thursday 🌙", w="md")

# Governors: the chair (bio names the school, with a disclaimer) and a GP governor (no school in the bio).
P("miah_x", "2025-09-23 22:00", "Governing body met tonight. Budget, buildings and a long conversation about school "
  "dinners. Thank you to the staff for everything they do.", w="si")
P("miah_x", "2026-03-06 09:00", "Humbled to break fast with 300 neighbours at the [[iftar|ev:E007]] last night. This is "
  "what a community school looks like 🌙", w="si")
P("miah_x", "2025-12-15 18:00", "Congratulations to [[Gill Fairweather|sr:S001]] on being named one of Newham's local "
  "heroes 👏", w="si")
P("miah_x", "2026-06-08 16:00", "England v Pakistan at Lord's with my brother 🏏 Perfect Sunday.", w="si")
P("miah_x", "2026-02-02 17:00", "Governor visit to Year 4 today. [[Mrs Sousa|sr:S012]] gave me a tour of the new "
  "library 📚", w="si")
P("wil_x", "2025-10-11 17:00", "Another Saturday, another 60 miles. Essex lanes are gorgeous in October 🚲")
P("wil_x", "2025-11-18 21:00", "As a school governor I spend a lot of time reading about attendance. As a GP I spend a "
  "lot of time seeing why it's low.")
P("wil_x", "2026-01-21 16:30", "[[My first governor visit at Lantern Street Primary|si]] today: phonics in Reception "
  "with [[Ms Pham|sr:S005]]. I can now do a 'sh' sound with actions.")
P("wil_x", "2026-05-26 20:00", "Got very excited to see a class called 3 Wilson on a school visit. Turns out it's named "
  "after Jacqueline, not me 😂")

# Front office (not on the roster; bio names the website, with a disclaimer).
P("off_fb", "2025-09-03 17:00", "Day 1: 47 phone calls before 9am. Nobody has ever needed a spare PE kit more than "
  "today's Year 1s 😂", w="si")
P("off_fb", "2026-02-27 15:00", "The biggest thank you to [[Stacey Potter|par:R006]] who dropped in a tin of brownies "
  "for the office 🍫", w="si")
P("off_fb", "2026-07-03 16:00", "See you all at the carnival tomorrow! I'm on the tombola 🎟️", w="si")

# Parents (not school representatives; they name nobody on the roster, and events only when permitted).
P("par_akt", "2026-05-19 21:00", "Carnival planning meeting number 4 ☕ We've got a steel band!! 🥁")
P("par_akt", "2025-10-19 21:30", "Sunday dinner done, PTA minutes done, now bed")
P("par_pot", "2026-03-14 10:00", "International Evening was amazing, never eaten so much in my life 😂 well done everyone")
P("par_pot", "2026-01-11 16:00", "Harry Potter marathon with the kids, we're on Azkaban 🧙")
P("par_fer", "2026-06-06 12:00", "Sábado no parque com as crianças ☀️⚽")
P("par_fer", "2025-11-12 13:00", "Went to the open morning for my youngest. Lovely school 💛")

# More contact, permission edges and identifying detail.
P("gill_x", "2025-10-04 10:30", "Lovely to see you at the gates [[Kyle|pr:P0033]], you're taller than me now!",
  w="pc:P0033", re_="@kyle.mensah10", nowork=True)
P("wal_x", "2025-12-05 17:00", "Friday feeling 💃🏾", w="si pc:P0005", cn=["@idil.nur_", "@staceypotter_x"])
P("asa_x", "2026-03-16 21:00", "Good luck with your interview tomorrow, you'll smash it", w="pc:P0030",
  re_="@amara.okoye")
P("asa_x", "2026-03-25 19:00", "So pleased for you! ❤️", re_="@amara.okoye")
P("rah_x", "2026-04-01 18:00", "Proud of you mate. Coaching at Spurs now, who'd have thought 😂", w="si",
  re_="@daniyalrauf")
P("dom_x", "2026-07-11 13:00", "Enjoy secondary, big man. Keep that first touch 👊", w="pc:P0003", re_="@tahmid.c14")
P("dom_x", "2026-05-22 21:30", "Idil N reading her winning poem at the borough awards tonight. Goosebumps.")
P("wal_x", "2026-05-26 18:40", "Still thinking about [[Idil|pr:P0005]]'s poem. That girl is going places ✍️",
  w="si md")
P("asa_x", "2026-04-17 16:00", "[[Idil Nur|pr:P0005]] shortlisted for the Newham young poets' prize! I remember her "
  "writing her first sentence in Reception 🥹", w="md")
P("asa_x", "2026-04-22 17:30", "[[the lad in 4 Rundell who hums through every test|id]] got his best reading score "
  "ever today", w="md")
P("gill_x", "2026-02-10 16:00", "[[Kemal in 5 Zephaniah|id]] asked me if headteachers get detention. Still thinking "
  "about it.", w="md")
P("wal_x", "2026-06-18 16:10", "[[J in 3 Morpurgo|id:P0006]] brought his grandad's 1970 football shirt in to show the "
  "whole of Year 3 ⚽🇧🇷", w="si md")
P("dom_x", "2026-03-03 16:00", "[[S in 6 Rauf|id:P0016]] has asked if he can be a ball boy at West Ham. I've said "
  "I'll ask.")

# Colleagues, governors and parents named; permission edges for the PE lead and the PTA chair.
P("gill_x", "2025-09-24 20:30", "Welcome to our newest governor, [[Dr Caroline Wilson|sr:G002]]. A GP, a cyclist, and "
  "already better at reading data than me.", w="md")
P("asa_x", "2025-09-24 09:10", "[[Mr O'Driscoll|sr:S004]] had the whole of Year 6 doing burpees in the rain at 8.45am. "
  "I watched from inside with a coffee ☕", w="md")
P("pen_x", "2025-11-20 19:00", "Dom O'Driscoll refereed the Year 5 v staff netball in a dinosaur onesie. Children in "
  "Need has never been so chaotic 🦖")
P("off_fb", "2026-01-09 10:00", "Someone has left a very muddy pair of football boots in reception. I think they're "
  "yours @domodriscoll 😂", w="si")
P("rah_x", "2026-01-27 17:45", "Huge thanks to [[Ms Walcott|sr:S003]] for covering my Year 6 maths group all week while "
  "I was on the budget. Hero.", w="si")
P("dom_fb", "2026-05-10 18:00", "Cheers to [[Yaw Boateng|par:R002]] for refereeing the under-10s on Saturday. Legend ⚽")
P("pet_fb", "2026-04-16 16:00", "Ačiū to [[Daiva K|par:R005]] for translating our class letter into Lithuanian 🇱🇹",
  w="md")
P("asa_x", "2026-06-02 17:00", "[[Mrs Nur|par:R003]] brought a whole tray of sambuusa to the parents' workshop today. "
  "I'm not sharing.", w="md")
P("rah_ig", "2026-03-29 21:00", "Five-a-side with the dads and [[Leandro F|par:R004]] scored a hat-trick. Brazilians 😩")
P("wal_x", "2026-06-01 18:00", "Shirin Akter and the PTA have bought every class in Year 3 a new set of reading books "
  "📚 Thank you!!", w="si md")
P("rah_ig", "2026-06-01 20:30", "Shirin Akter has roped me into running the BBQ at the carnival. I have never barbecued "
  "in my life.", w="md")

# Pupils and former pupils named by staff and governors.
P("tra_ig", "2026-01-12 17:00", "[[Alfie|pr:P0025]] told me his dad is 'a dinosaur scientist'. His dad drives the 69 "
  "bus. I love Reception 🦕")
P("pen_x", "2025-10-21 16:20", "[[Ugne|pr:P0004]] taught the whole class to say hello in Lithuanian this morning. "
  "Labas! 👋")
P("pen_x", "2026-02-25 18:10", "[[Nush|pr:P0021]] has now read every book in our class library. Every. Single. One.")
P("asa_x", "2025-12-09 16:40", "[[Abdi|pr:P0022]] in 4 Lewis read his whole part in the class assembly without a "
  "wobble. SENCo heart = full 💛", w="md")
P("wal_x", "2026-04-21 15:45", "[[daniel okafor reid|pr:P0028]] u are a STAR 🐝 spelling bee champ of 3 Dahl!!",
  w="si md")
P("ayd_ig", "2025-10-15 09:20", "[[Miracle A|pr:P0020]] from 1 Willems has eaten her weight in crumpets this week 😂 "
  "growing girl!", w="si md")
P("del_fb", "2026-03-13 17:00", "Big shout to [[Raihan|pr:P0011]] in 4 Rundell who helped me stack 200 chairs after "
  "International Evening 💪", w="md")
P("gill_x", "2026-05-07 16:30", "[[Tahmid Choudhury|pr:P0003]], our head boy, showed the Mayor round today and asked "
  "her about bin collections. Future councillor 😂", w="md")
P("pet_fb", "2025-11-25 16:00", "[[Ivy P|pr:P0009]] read her first whole book to me today. Best moment of my week 📖",
  w="md")
P("rah_x", "2026-06-20 18:00", "Former pupil [[Daniyal Rauf|pr:P0031]] came back to run a football session for Year 5 "
  "today. Brilliant.", w="si")
P("asa_fb", "2026-01-09 21:00", "Missing [[Gabija V|pr:P0032]] already. Good luck in Leicester, superstar ❤️",
  nowork=True)
P("dom_x", "2026-05-14 19:00", "[[@sorin_popa14|pr:P0016,pc:P0016]] congrats on the West Ham trial mate!! 🔥")
P("wal_fb", "2026-07-16 21:00", "[[@jaydenlb_|pr:P0024,pc:P0024]] good luck at secondary ❤️ you'll be brilliant",
  nowork=True)

# Events on personal accounts (events.csv ones, and one generic activity with the school named).
P("ayd_fb", "2025-12-10 20:00", "Made 60 hot chocolates for tomorrow's [[lantern parade|ev:E001]] 🏮☕ my arms are "
  "dead", w="md")
P("dom_fb", "2026-06-19 22:00", "Back from [[Bramley Oaks|ev:E002]]. 4 days, 89 kids, 0 lost. Sleeping till Monday.",
  w="md")
P("tra_ig", "2025-10-02 19:00", "Planning our Reception [[open morning|ev:E009]] and I've already laminated 40 name "
  "cards 🌱")
P("sou_fb", "2026-02-10 14:00", "Ordering 400 paper plates for the [[international food evening|ev:E003]]. Who knew "
  "plates cost this much", w="md")
P("off_fb", "2026-05-11 12:00", "Carnival wristbands arrived! [[Lantern Street Carnival|ev:E004]] here we come 🎉",
  w="si")
P("gill_fb", "2026-07-18 20:00", "Thirty-one years in teaching and the [[leavers' assembly|ev:E008]] still gets me every "
  "time. Tissues gone by 9.15.", w="md")
P("del_fb", "2026-03-20 16:00", "[[Red Nose Day|ev]] at Lantern Street Primary and I let Year 6 gunge me for £1 a go. "
  "Raised £340. Worth it 🔴", w="md")
P("wal_x", "2026-02-04 19:30", "[[Year 4 Roman Day|ev:E006]] tomorrow and I've been lent to Year 4 to make 30 shields "
  "out of pizza boxes 🛡️", w="si md")

# Self-identification in the text.
P("asa_x", "2025-09-01 20:00", "New term, new job: [[I'm the SENCo at Lantern Street Primary|si]] now and I could not be "
  "more excited (or more nervous)", w="md")
P("sou_fb", "2026-06-12 13:00", "[[Ten years as business manager at LSPS|si]] today. Still can't work the laminator.",
  w="md")
P("dom_fb", "2025-11-15 22:00", "[[Us Lantern Street School staff|si]] v the parents at netball tonight. We lost 14-2. "
  "I blame the referee (me).", w="md")

# Hard negatives: names as words, namesakes, the school's name as a place, other families' and schools' events.
P("gill_fb", "2026-02-08 19:00", "Comfort food Sunday: shepherd's pie and a box set. Don't judge me.")
P("wal_fb", "2026-03-28 14:00", "Told the man at the garden centre I'm a teacher and he gave me 10% off compost. "
  "Living the dream 🌱")
P("rah_ig", "2025-10-25 16:00", "Tate Modern with the kids. The youngest lay down in the Turbine Hall and refused to "
  "move. Art.")
P("asa_x", "2025-10-22 21:45", "Kyle Walker's crossing tonight 😬")
P("dom_x", "2026-02-14 17:10", "Gift Orban with a brace! What a signing ⚽")
P("dom_x", "2025-10-26 19:00", "Emre Can at the base of midfield. Who'd have thought.")
P("ayd_fb", "2025-11-22 11:00", "Anyone know a good fabric stall on Lantern Street market? Need 3m for curtains")
P("pen_ig", "2026-04-11 22:30", "Michael Rosen at the Southbank tonight. Still the best performer of poems alive 🎤")
P("par_pot", "2026-02-21 18:00", "Took the kids to see Julia Donaldson at the Barbican. Absolutely starstruck, all of "
  "them")
P("wal_fb", "2025-10-13 08:10", "It's a miracle: the 25 bus came on time 🚌")
P("dom_fb", "2026-02-17 21:00", "Chinese New Year lantern parade in Chinatown with the girlfriend 🏮🐎")
P("tra_ig", "2025-10-06 21:30", "Mid-Autumn festival lanterns with my nieces 🏮🥮")
P("rah_ig", "2026-07-01 19:00", "My nephew's sports day at his school in Ilford. Dads' race: came 4th. Hamstring: gone.")
P("gill_fb", "2026-07-15 21:00", "My goddaughter's leavers' assembly in Bristol today. I cried more than her mum did.")
P("sou_fb", "2026-03-07 22:00", "Iftar with my neighbours upstairs, my first one. Incredible food 🌙")
P("wil_x", "2026-04-12 15:00", "Dot-to-dot on the train with my grandson. He is ruthless.")
P("asa_x", "2026-01-04 22:00", "Rewatching Da 5 Bloods. Delroy Lindo deserved every award going.")
P("pen_x", "2026-07-04 20:00", "The summer carnival: 112 faces painted as tigers. I am now also a tiger 🐯")
P("ayd_fb", "2026-04-18 20:00", "Birthday party planning for this one! 🎈", cn=["@mehmet.aydin12"])
P("gill_fb", "2026-04-11 14:00", "Sunday lunch at the Queen's Market café. Best bhajis in E13 🥘", cn=["@daniyalrauf"])
P("par_akt", "2026-01-19 08:30", "Lantern Street bus stop has been out of action for 3 weeks now. Come on @TfL")
P("rah_ig", "2026-02-19 20:00", "Best birthday gift: the kids cooked. The kitchen is now a crime scene.")


if __name__ == "__main__":
    sys.exit(main(sys.argv, out=OUT, seed=SEED, prefix=PREFIX, n_posts=N_POSTS, school=SCHOOL))
