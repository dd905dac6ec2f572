"""Write ``blind14-posts.jsonl``: the fourteenth blind, hand-labelled evaluation set (see ``BLIND14.md``).

    python corpora/posts/make_blind14_posts.py              # check, then write
    python corpora/posts/make_blind14_posts.py --warnings   # also list posts a reviewer should look at twice

This set is about a school the product has never seen: Tollgate Grammar School, a fictional selective boys' grammar
school (11-18, co-educational Sixth Form) in Sevenoaks, Kent (``corpora/blind14-school``). It has four houses named
after famous Kent figures (Becket, Caxton, Darwin, Marlowe; two of them are also roster surnames), forms named year +
house, a Combined Cadet Force, a chapel, rugby and cricket fixtures against other schools, and an Old Boys'
association (the Old Tollgatians). Every post and every label below was written by hand. Gold spans are marked
inline as ``[[text|cat:SUBJECT,cat:SUBJECT]]`` (``-`` for no subject; the marked text may span a line break);
whole-post gold goes in ``w`` as ``cat`` or ``cat:SUBJECT`` words. The checks in ``blind_kit.py`` must all pass,
against the blind14 school profile, before the file is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from blind_kit import ROOT, P, acct, main

HERE = Path(__file__).resolve().parent
OUT = HERE / "blind14-posts.jsonl"
SCHOOL = ROOT / "corpora" / "blind14-school"
SEED = 20261414
PREFIX = "b14"
N_POSTS = 240


# ---------------------------------------------------------------------------------------------------------
# Accounts. ``disc``: the bio says the views are the author's own. ``si_bio``: the bio self-identifies.

# official accounts. Approved: @TollgateGS on x and instagram, @TollgateGrammar on facebook (handles without case).
acct("ox", "official", "x", "@TollgateGS",
     "Tollgate Grammar School, Sevenoaks 🎓 Selective boys' grammar 11-18 with a co-ed Sixth Form. #TGSPride")
acct("ox_lc", "official", "x", "@tollgategs", "Tollgate Grammar School · Sevenoaks, Kent")
acct("oig", "official", "instagram", "@TollgateGS", "📸 Life at Tollgate Grammar School")
acct("ofb", "official", "facebook", "@TollgateGrammar", "Tollgate Grammar School · Tollgate Lane, Sevenoaks")
acct("ofb_lc", "official", "facebook", "@tollgategrammar", "Tollgate Grammar School")
# not approved
acct("u_fb", "official", "facebook", "@TollgateGS", "Tollgate Grammar School")
acct("u_ccf", "official", "x", "@TollgateCCF", "Tollgate Grammar School CCF · Army & RAF sections 🎖️")
acct("u_sport", "official", "x", "@TGS_Sport", "Rugby, cricket, hockey & more at Tollgate Grammar 🏉🏏")
acct("u_six", "official", "instagram", "@tgs.sixthform", "Tollgate Sixth Form ✨ co-ed, 16-18")
acct("u_ot", "official", "facebook", "@OldTollgatians",
     "The Old Tollgatians' Association · for former pupils of Tollgate Grammar School")
acct("u_music", "official", "instagram", "@TGSMusic", "Music at Tollgate Grammar 🎻🎺🎤")
acct("u_chapel", "official", "x", "@TollgateChapel", "The chapel at Tollgate Grammar School ✝️")

# staff
acct("orm_x", "personal", "x", "@cliveormerod",
     "Headmaster, Tollgate Grammar School. Classicist, Kent cricket tragic. Views my own.", "S001",
     disc=True, si_bio=True)
acct("orm_fb", "personal", "facebook", "@clive.ormerod", "", "S001")
acct("dar_x", "personal", "x", "@pauldarwin_maths", "Maths teacher. Dad of two. Arsenal. Views my own.", "S002",
     disc=True)
acct("dar_fb", "personal", "facebook", "@paul.darwin.77", "", "S002")
acct("gat_x", "personal", "x", "@fionagathercole", "History teacher & Head of Becket House at @TollgateGS 📜",
     "S003", si_bio=True)
acct("gat_fb", "personal", "facebook", "@fiona.gathercole", "", "S003")
acct("lew_x", "personal", "x", "@coach_llewellyn", "Director of Sport, Tollgate Grammar 🏉🏏 Views my own.",
     "S004", disc=True, si_bio=True)
acct("lew_ig", "personal", "instagram", "@rhod.llewellyn", "Swansea boy in Kent. Dad. Dog. Coffee.", "S004")
acct("mar_x", "personal", "x", "@sophiemarchbanks", "Physics teacher. CCF officer. Trail runner. ⚛️🏃‍♀️", "S005")
acct("hol_fb", "personal", "facebook", "@dean.hollingworth", "Ex-REME. Dad of three. Kent.", "S006")
acct("ogi_x", "personal", "x", "@revtamsin", "Priest. School chaplain. Cyclist. Views my own.", "S007", disc=True)
acct("ogi_ig", "personal", "instagram", "@tamsin.ogilvie",
     "Chaplain at Tollgate Grammar School ✝️ chapel, cake & conversation", "S007", si_bio=True)
acct("soh_x", "personal", "x", "@mrsohal_6th", "Head of Sixth Form | #TGSPride | Economics", "S008", si_bio=True)
acct("soh_fb", "personal", "facebook", "@harpal.sohal", "", "S008")
acct("cha_x", "personal", "x", "@mr_charalambous", "Languages teacher 🇩🇪🇫🇷 Opinions mine.", "S009", disc=True)
acct("cha_fb", "personal", "facebook", "@yiannis.charalambous", "", "S009")
acct("ama_ig", "personal", "instagram", "@fliss_music", "Director of Music at Tollgate Grammar School 🎶", "S010",
     si_bio=True)
acct("ama_fb", "personal", "facebook", "@fliss.amankwah", "", "S010")
acct("bla_x", "personal", "x", "@stublaikie", "Cricket coach. Left-arm spin. Views mine.", "S011", disc=True)
acct("ten_x", "personal", "x", "@roztennant", "English teacher. Books, dogs, sea swimming 🌊", "S012")
acct("far_fb", "personal", "facebook", "@mick.farrant", "", "S013")
# governors, a receptionist who is not on the roster, and three parents
acct("gov_mar", "personal", "x", "@drhelenmarlowe",
     "Chair of Governors, Tollgate Grammar School. GP. Views my own.", "G001", disc=True, si_bio=True)
acct("gov_fea", "personal", "x", "@nigelfeatherstone", "Retired solicitor. School governor. Cricket bore.", "G002")
acct("rec", "personal", "x", "@jan_at_the_desk", "Front desk at tollgate.example.sch.uk ☎️ · views my own",
     disc=True, si_bio=True)
acct("par_aga", "personal", "facebook", "@aga.wasik", "Mama x3 · Sevenoaks · pierogi on demand", "R001")
acct("par_daz", "personal", "facebook", "@dazkerridge", "Kerridge Tyres & Exhausts, Dunton Green", "R002")
acct("par_kate", "personal", "instagram", "@katepenfold", "Rugby mum. Gin. Labradors.", "R005")


# =========================================================================================================
# OFFICIAL ACCOUNTS
# =========================================================================================================

# --- @TollgateGS on x (approved) ---
P("ox", "2025-09-03 07:05",
  "Welcome back, everyone! A particularly warm welcome to our new Year 7s and to the 64 students joining our "
  "Sixth Form from other schools. Ties straight, shirts tucked in 👔 #TGSPride")
P("ox", "2025-09-18 16:30",
  "Our [[Sixth Form Open Evening|ev:E007]] is on Thursday 2 October, 6-8.30pm. Tours led by current Lower Sixth "
  "students; talks from the Headmaster at 6.30 and 7.30. No booking needed.", w="")
P("ox", "2025-09-25 19:00",
  "Reminder: open evening is next Thursday! Parking on Tollgate Lane will be very limited, so please use the Vine "
  "car park and walk up the hill 🙏")
P("ox", "2025-10-13 12:10",
  "What a weekend for our cadets on the [[CCF Field Weekend|ev:E004]]: section attacks, a night navigation "
  "exercise in the rain and ration-pack curry for breakfast. Thank you to [[Major Marchbanks|sr:S005]] and "
  "[[Sgt Maj Hollingworth|sr:S006]] for organising it all 🎖️")
P("ox", "2025-10-20 17:15",
  "U16 A XV 31-12 Ravensmere Grammar. A dominant display up front and a hat-trick for Rory on the wing. "
  "Well played, lads! 🏉")
P("ox", "2025-11-14 15:45",
  "Many congratulations to Deniz Arslan (Year 11), who has qualified for the British Mathematical Olympiad after his "
  "outstanding Senior Maths Challenge score. Brilliant, Deniz! 🥇")
P("ox", "2025-11-06 16:00",
  "Year 11 mathematicians: well done to everyone who sat the Senior Maths Challenge, especially "
  "[[Deniz|pr:P0014]], Rory and Nate, who all achieved gold certificates ➗")
P("ox", "2026-03-03 08:20",
  "Off to the county Maths Relay today: good luck to [[Deniz|pr:P0014]], [[Kai|pr:P0012]] and "
  "[[Szymon|pr:P0007]]! Bring that trophy home 🏆")
P("ox", "2025-12-17 09:00",
  "Thank you to everyone who filled the chapel for Nine Lessons and Carols last night. The Chamber Choir's "
  "'Bethlehem Down' was simply beautiful 🎄")
P("ox", "2025-11-20 14:30",
  "Tickets for the [[chapel carol service|ev:E005]] (Tuesday 16 December) are now on ParentPay. Limited to four "
  "per family, as the chapel is small.")
P("ox", "2026-02-20 12:00",
  "[[House Music|ev:E003]] is two weeks today! Rehearsals are in full swing in every house, and Caxton are "
  "rumoured to be attempting Queen 👀🎤")
P("ox", "2026-03-06 08:30",
  "House Music 2026 results 🎶\n1st Marlowe\n2nd Darwin\n3rd Becket\n4th Caxton\nAdjudicator's prize for best "
  "solo: [[Harmony|pr:P0017]] (12 Marlowe). Thank you to [[Mrs Amankwah|sr:S010]] and every musician who took "
  "part.")
P("ox", "2026-03-25 18:00",
  "Missed it? Highlights from [[House Music|ev:E003]] are now on our YouTube channel. Caxton's Queen medley "
  "deserves a second listen 😂")
P("ox", "2026-03-16 09:00",
  "[[Tollgate Sevens|ev:E008]]: what a day! 16 schools, glorious sunshine and a final won by St Aldric's in "
  "extra time. Thank you to our grounds team for a perfect pitch.")
P("ox", "2026-04-20 16:40",
  "Cricket season is here 🏏 Nets with our cricket professional Stuart Blaikie start this week: all years welcome, "
  "Tuesdays and Thursdays 4-5.30pm.")
P("ox", "2026-04-02 10:00",
  "Easter cricket camp for Years 7-9 starts on Tuesday, run by [[Mr Blaikie|sr:S011]] and the Kent Cricket "
  "Foundation. A few places left!")
P("ox", "2026-06-10 13:00",
  "Speech Day is on Friday 3 July at 2pm in the Great Hall. Our guest of honour will be announced next week 👀")
P("ox", "2026-06-02 15:00",
  "Save the date: [[Speech and Prize Day|ev:E001]], Friday 3 July, 2pm in the Great Hall. Prizewinners' families "
  "will receive tickets by email.")
P("ox", "2026-07-03 18:30",
  "Speech Day 2026 🎓 Congratulations to all our prizewinners, and to [[Arjun|pr:P0025]], our outgoing School "
  "Captain, for a superb speech.")
P("ox", "2026-01-28 16:00",
  "Our Sixth Form economics team have reached the national final of the Target 2.0 competition! Well done "
  "[[Sid|pr:P0019]], Verity and [[Lukáš|pr:P0020]] 📈")
P("ox", "2025-09-15 17:00",
  "[[Mr Llewellyn|sr:S004]]'s 1st XV squad for the new season is up on the sports noticeboard. Training Tuesdays "
  "and Thursdays on the Top Field.")
P("ox", "2025-11-29 12:00",
  "Congratulations to Mr Llewellyn, named Kent Schools Rugby Coach of the Year at last night's awards 🏉👏")
P("ox", "2026-02-25 09:15",
  "A reminder that Dr Ormerod's letter about the new mobile phone policy is on the website. Phones stay in "
  "lockers from September.")
P("ox", "2025-10-08 16:20",
  "Year 10 chemists have been exploring the noble gases this week 💡 The neon discharge tube was a big hit.")

# --- @tollgategs on x (the approved handle in lower case) ---
P("ox_lc", "2026-02-02 10:30",
  "Snow update ❄️ School will close at 1.30pm today. Bus companies have been asked to arrive early.")
P("ox_lc", "2026-01-31 10:00",
  "Over 200 Old Boys (and, these days, Old Girls!) back in the Great Hall for the [[OT Dinner|ev:E006]] last "
  "night. Thank you to everyone who came.")

# --- @TollgateGS on instagram (approved) ---
P("oig", "2025-09-10 15:30",
  "New term, new Year 7s 💙 Our house captains showed them round on their first morning. Becket, Caxton, Darwin "
  "or Marlowe: who will lift the house cup this year? 🏆")
P("oig", "2025-12-17 11:00",
  "Nine Lessons and Carols 🕯️ in the chapel last night. The Chaplain's Christmas jumper deserves a post of "
  "its own.")
P("oig", "2026-03-05 16:00",
  "House Music tonight 🎤 Good luck to all four houses!")
P("oig", "2026-03-27 08:45",
  "Guten Morgen! 🇩🇪 Day 4 of the [[Lower Sixth Berlin trip|ev:E002]] and our historians and linguists are at "
  "the Brandenburg Gate.")
P("oig", "2026-07-04 10:00",
  "Prize Day in pictures 🏆 Congratulations to every prizewinner, and to Verity (Lower Sixth) for the Headmaster's "
  "Prize for Service.")
P("oig", "2026-01-19 17:30",
  "Congratulations to [[Will|pr:P0026]] (Upper Sixth), who has been named in the England U18 squad for the Six "
  "Nations 🏉🏴󠁧󠁢󠁥󠁮󠁧󠁿")
P("oig", "2025-10-12 18:00",
  "Try of the day: Mason (7 Becket) in his first ever rugby match 🏉👏")
P("oig", "2026-06-22 16:10",
  "Art (7 Caxton) and Jack (8 Becket) showing off their ceramics for the Art department's summer exhibition 🎨")

# --- @TollgateGrammar on facebook (approved) ---
P("ofb", "2025-09-05 12:00",
  "A reminder that Year 7 photographs are on Tuesday. Blazers on, please! 7 Becket and 7 Caxton in the morning, "
  "7 Darwin and 7 Marlowe after lunch.")
P("ofb", "2025-10-06 16:00",
  "Our CCF contingent heads off on the [[field weekend|ev:E004]] this Friday. Kit lists have gone home with "
  "cadets; the coach leaves from the Tollgate Lane gate at 4.15pm.")
P("ofb", "2025-11-25 16:30",
  "The Parents' Association Christmas Fair is on Saturday 6 December in the Great Hall: stalls, a tombola, and "
  "mulled wine for the grown-ups 🎄")
P("ofb", "2026-01-26 17:00",
  "Thank you to Mrs Ogunleye and the Parents' Association for Saturday's Burns Night supper, which raised "
  "£3,460 towards the new minibus 🏴󠁧󠁢󠁳󠁣󠁴󠁿")
P("ofb", "2026-02-24 16:00",
  "Thank you to [[Funmi Ogunleye|par:R003]], who steps down as chair of the Parents' Association this week "
  "after four years of tireless work.")
P("ofb", "2025-12-08 15:00",
  "Our Parents' Association chair, [[Mrs Ogunleye|par:R003]], asks us to remind you that Christmas Fair raffle "
  "tickets need to be returned by Friday.")
P("ofb", "2026-03-09 16:30",
  "Congratulations to our U13 A team, Kent Cup semi-finalists! Special mention to [[Jot|pr:P0005]] "
  "(8 Darwin), player of the match.")
P("ofb", "2026-06-29 12:00",
  "[[Mr Farrant|sr:S013]] and the grounds team have worked miracles on the square after last week's storm. "
  "This week's home fixtures will go ahead 🏏")
P("ofb", "2026-06-19 16:00",
  "A fond farewell to [[Dr Helen Marlowe|sr:G001]], who steps down as Chair of Governors this summer after eight "
  "years of service. Thank you!")
P("ofb", "2026-05-14 17:00",
  "Three cheers for Ife (Upper Sixth), Maisie and Archer, our Kent Youth Awards winners 🏅")
P("ofb", "2026-02-11 16:00",
  "Congratulations to Old Tollgatian [[Esther Adjei|pr:P0037]] (Class of 2025), who has been elected president "
  "of her university's African-Caribbean Society ✨")

# --- @tollgategrammar on facebook (approved, lower case) ---
P("ofb_lc", "2025-09-12 13:00",
  "Lost property mountain alert! Ten unnamed blazers, three cricket bats and one trombone are waiting in the "
  "school office.")
P("ofb_lc", "2026-03-13 15:30",
  "Tomorrow we host the [[TGS Sevens|ev:E008]]: 16 schools, 9am to 5pm. Please avoid parking on the verges along "
  "Tollgate Lane.")
P("ofb_lc", "2026-07-17 15:30",
  "That's a wrap on 2025/26! Have a restful summer and we'll see you in September. A special farewell to our "
  "Upper Sixth leavers 💙")

# --- unapproved school-service accounts ---
P("u_fb", "2025-09-08 18:00",
  "Welcome to our new Facebook page! Follow us for news from Tollgate Grammar School.", w="ua")
P("u_fb", "2025-11-03 12:00",
  "Tickets for [[Nine Lessons and Carols|ev:E005]] go on sale on Monday.", w="ua")
P("u_fb", "2026-06-15 16:00",
  "Speech Day tickets: two per prizewinner's family. Any spares will be released on 26 June.", w="ua")
P("u_ccf", "2025-10-11 21:00",
  "Day 1 of [[field weekend|ev:E004]] done ✅ Cadets dug in, fed and watered. Night nav starts at 2300. Pray for "
  "dry socks.", w="ua")
P("u_ccf", "2025-11-09 13:00",
  "Remembrance Sunday parade in town. Proud of every cadet, and of parade commander Cdt Sgt "
  "[[Sage Whitmore|pr:P0022]] 🌺", w="ua")
P("u_ccf", "2026-01-21 17:00",
  "Congratulations to [[Sgt Maj Hollingworth|sr:S006]] on 22 years' service, Army then CCF. The contingent "
  "presented him with a framed cap badge.", w="ua")
P("u_ccf", "2026-05-02 14:00",
  "RAF section off to Biggin Hill for air experience flights ✈️ Thanks to [[Maj Marchbanks|sr:S005]] for "
  "driving the minibus.", w="ua")
P("u_sport", "2025-09-13 17:30",
  "1st XV 19-24 Cobtree Park. A tight one. [[Rhod|sr:S004]]'s post-match talk was short and to the point 😬",
  w="ua")
P("u_sport", "2025-10-04 17:30",
  "1st XV 27-10 St Aldric's. Coach Llewellyn: 'Our best forty minutes of the season.'", w="ua")
P("u_sport", "2026-03-14 18:00",
  "[[TGS Sevens|ev:E008]] final: St Aldric's 19-14 Hadlow Park (aet). Our 1st VII lost the plate semi to "
  "Ravensmere.", w="ua")
P("u_sport", "2026-05-09 18:30",
  "1st XI beat Bishop Wakeham by 6 wickets 🏏 [[Hamish|pr:P0024]] 54*, [[Reuben|pr:P0011]] 3-22.", w="ua")
P("u_sport", "2026-02-06 16:00",
  "U16 7s squad for Saturday: [[Joe D'Arcy|pr:P0016]] (c), Rory, Nate, [[Cip|pr:P0029]] and friends. KO 10am.",
  w="ua")
P("u_six", "2025-09-24 17:00",
  "Sixth Form Open Evening next Thursday 💫 Come and see what we're about.", w="ua")
P("u_six", "2026-02-05 12:30",
  "[[L6 Berlin trip|ev:E002]]: final payment due Friday 🇩🇪 Passports to [[Mr C|sr:S009]] by 27 Feb please!",
  w="ua")
P("u_six", "2025-12-11 13:00",
  "Christmas jumper day in the common room 🎄 Best jumper: [[Harmony Okwuosa|pr:P0017]], obviously.", w="ua")
P("u_six", "2026-04-20 16:00",
  "Good luck to our Upper Sixth artists starting their exam this week 🎨 [[Sage|pr:P0022]]'s final piece is a "
  "triumph.", w="ua")
P("u_ot", "2025-11-15 10:00",
  "Tickets for the [[Old Tollgatians' Dinner|ev:E006]] (Friday 30 January, Great Hall) are now on sale. Black "
  "tie. OTs of all vintages welcome.", w="ua")
P("u_ot", "2026-02-02 19:00",
  "Congratulations to [[Marcus Ennis-Lowe|pr:P0036]] (OT 2022), named Young Engineer of the Year by the Kent "
  "branch of the IET 🔧", w="ua")
P("u_ot", "2025-09-20 11:00",
  "Our youngest Old Tollgatian in the news! [[Leo Marchetti|pr:P0032]] (left 2025) has been picked for the Kent "
  "U17 cricket squad.", w="ua")
P("u_music", "2026-02-18 16:00",
  "[[House Music|ev:E003]] rehearsals are under way. Darwin's barbershop quartet are ready 💈🎶", w="ua")
P("u_music", "2025-12-02 17:00",
  "Chamber Choir rehearsing for the carol service 🎄 Solos go to Ernie (9 Marlowe) and [[Harmony|pr:P0017]] "
  "(12 Marlowe).", w="ua")
P("u_music", "2026-06-26 16:00",
  "Summer concert next Thursday: Big Band, Brass Group and the premiere of a new piece by "
  "[[Mrs Amankwah|sr:S010]] 🎺", w="ua")
P("u_chapel", "2025-11-30 08:00",
  "Advent Sunday. [[Rev Tamsin|sr:S007]]'s Advent reflections will be posted here every morning until "
  "Christmas.", w="ua")
P("u_chapel", "2026-03-27 15:00",
  "Thank you to [[Jot|pr:P0005]] and [[Saïd|pr:P0003]], who read their poems on hope so beautifully in this "
  "week's chapel service.", w="ua")


# =========================================================================================================
# PERSONAL ACCOUNTS
# =========================================================================================================

# --- the Headmaster, X (bio names the school, disclaimer) ---
P("orm_x", "2025-11-28 22:10",
  "Date night at the Marlowe Theatre: a superb Hamlet. Canterbury in the rain is still lovely.", w="si")
P("orm_x", "2026-01-31 08:30",
  "Glorious evening at the [[OT Dinner|ev:E006]]. The oldest Old Boy present left in 1951 and still remembers the "
  "cane.", w="si")
P("orm_x", "2026-03-06 07:15",
  "Marlowe won [[House Music|ev:E003]] with a Sondheim medley that I am still humming. Congratulations to every "
  "house.", w="si")
P("orm_x", "2026-05-15 19:00",
  "Proud of [[@fionagathercole|sr:S003]] and the Becket house team for raising £5,000 for the hospice 💛",
  w="si")
P("orm_x", "2026-07-03 21:00",
  "Speech Day done. Best line of the afternoon came from our School Captain, [[Arjun Bains|pr:P0025]], who "
  "thanked the staff 'for putting up with us, and sometimes even liking us'.", w="si")

# --- the Headmaster, Facebook (neither) ---
P("orm_fb", "2025-10-26 17:00",
  "Half term. Canterbury Cathedral this morning, where Becket was murdered in 1170. The boys were more interested "
  "in the gift shop.")
P("orm_fb", "2026-02-14 20:00",
  "Another week of budget spreadsheets and a finance committee. Headship is 40% education and 60% Excel.",
  w="md")
P("orm_fb", "2026-06-26 18:00",
  "Sad to say goodbye to [[Mick Farrant|sr:S013]], who retires this summer after 31 years of looking after our "
  "pitches. The square has never looked better.", w="md")
P("orm_fb", "2026-04-05 09:00",
  "Happy 21st birthday to my niece Sage in Edinburgh! Have a wonderful day x")
P("orm_fb", "2025-10-10 21:00",
  "[[I've been Headmaster of Tollgate Grammar|si:-]] for nine years and the first fortnight of October still "
  "floors me: open evening, the entrance test results and the [[field weekend|ev:E004]] all at once.", w="md")
P("orm_fb", "2026-03-18 19:30",
  "Lunch with the student council today. [[Harmony\nOkwuosa|pr:P0017]] made the case for a common-room "
  "microwave with the poise of a QC. I have conceded.", w="md")
P("orm_fb", "2025-11-22 20:00",
  "My own old school's Old Boys' dinner in Manchester. Still the worst school song in England, sung with "
  "feeling.")
P("orm_fb", "2026-07-12 11:00",
  "Thank you so much, that's really kind of you. Good luck for next year!", re_="@esther.adjei")

# --- Paul Darwin, maths, X (disclaimer) ---
P("dar_x", "2025-09-16 18:00",
  "Year 9 simultaneous equations went so well today that a boy asked for extra homework. I'm framing this day.")
P("dar_x", "2026-02-12 16:30",
  "Evolution joke #47 about my surname from a Year 7 today. He thought it was original. Bless him 🐒")
P("dar_x", "2026-03-06 07:00",
  "So proud of [[Freddie|pr:P0010]] singing in the Marlowe barbershop quartet at [[House Music|ev:E003]] last "
  "night 🎶 Dad tears.")
P("dar_x", "2026-01-28 20:00",
  "Cracking result in the olympiad, [[Kai|pr:P0012]]. Keep going!", re_="@kai.lam10", w="pc:P0012")
P("dar_x", "2026-02-03 17:00",
  "Good luck with the mocks, [[Theo|pr:P0034]]! Remember: draw the diagram first.", re_="@theo.gathercole",
  w="pc:P0034")
P("dar_x", "2026-04-21 18:00",
  "Your mum says tidy your room. I say the same. United front 😂", re_="@fred_darwin12")
P("dar_x", "2025-12-11 16:00",
  "[[Archer Whitlock Hayes|pr:P0004]] solved the Christmas puzzle before I'd finished handing it out. "
  "Humbling.")
P("dar_x", "2025-12-01 18:30",
  "[[Deniz|pr:P0014]]'s proof of the olympiad problem was more elegant than the official solution. It's pinned "
  "to my wall.")

# --- Paul Darwin, Facebook (neither) ---
P("dar_fb", "2025-09-21 18:00",
  "Down House with the kids today. Freddie asked if we're related to Charles. I said yes; his sister knows "
  "better.")
P("dar_fb", "2026-03-21 19:00",
  "Arsenal 2-0. Freddie and I are hoarse from singing. Great day out.")
P("dar_fb", "2026-06-12 22:00",
  "Thanks to Rhodri Llewellyn for the lift to Canterbury for the Kent T20 game. Spitfires win, everyone happy.")
P("dar_fb", "2025-11-01 10:00",
  "[[Twenty years teaching maths at Tollgate Grammar|si:-]] this term. Same classroom, three whiteboards, one "
  "very old calculator.", w="md")
P("dar_fb", "2026-01-21 21:00",
  "[[K in Year 10|id:P0012]] has finished the entire GCSE textbook. In January. He has asked for the A-level one.",
  w="md")
P("dar_fb", "2026-06-18 20:00",
  "The [[Lower Sixth girl who corrected my algebra in front of the whole set|id:-]] was right, and I've never "
  "been prouder or more embarrassed.", w="md")
P("dar_fb", "2025-10-25 21:00",
  "Darwin, Australia on the telly tonight: 40°C and crocodiles. My namesake city looks terrifying.")
P("dar_fb", "2026-05-03 13:00",
  "I'm a maths teacher, so yes, I did split the restaurant bill to the penny. You're welcome.")
P("dar_fb", "2025-12-14 17:00",
  "[[Szymon Wasik|pr:P0007]] corrected my working on the board today. Politely. Then he did it again. The boy "
  "is thirteen.", w="md")

# --- Fiona Gathercole, history, X (bio names the school, no disclaimer) ---
P("gat_x", "2026-01-15 17:30",
  "Proud of you, love. See you at tea x", re_="@theo.gathercole", w="si")
P("gat_x", "2026-03-06 07:30",
  "BECKET CAME THIRD AT [[HOUSE MUSIC|ev:E003]] 😭 Best third place in history. So proud of my house.",
  w="si md")
P("gat_x", "2026-05-09 17:00",
  "Becket's charity week smashed its target: £5,012 for the hospice. Thank you to [[Joe D'Arcy|pr:P0016]] and "
  "the house captains for organising everything.", w="si md")
P("gat_x", "2025-11-11 12:30",
  "In our Remembrance assembly, [[@emeka.obi|pr:P0009,pc:P0009]] read 'In Flanders Fields' without a single "
  "note. Goosebumps.", w="si md")
P("gat_x", "2025-12-09 16:30",
  "[[H in 13 Caxton|id:P0024]] has handed in his Extended Project. 11,000 words on the Hundred Years' War. "
  "I'll need a bigger desk.", w="si md")
P("gat_x", "2026-06-24 16:00",
  "[[Hayden Chan|pr:P0030]]'s Year 9 project on the Opium Wars was exceptional. Some of his sources were in "
  "Cantonese and he translated them himself.", w="si md")

# --- Fiona Gathercole, Facebook (neither) ---
P("gat_fb", "2025-09-28 19:00",
  "Theo's first month at college and he's already taller than me and cooking his own pasta. Where did the time "
  "go?")
P("gat_fb", "2026-04-11 18:00",
  "Lovely lunch in Tunbridge Wells with [[Roz Tennant|sr:S012]] and [[Sophie Marchbanks|sr:S005]]. We talked "
  "about everything except work, which is a first.", nowork=True)
P("gat_fb", "2026-07-18 12:00",
  "Congratulations on passing your driving test, [[Leo|pr:P0032]]! Terrifying news for the roads of "
  "Sevenoaks 😂", re_="@leo.marchetti", w="pc:P0032", nowork=True)
P("gat_fb", "2026-01-29 20:00",
  "Lovely email from [[Mr Dhillon|par:R004]] about [[Jot|pr:P0005]]'s history project on the Sikh regiments "
  "at Gallipoli. Made my week.", w="md")
P("gat_fb", "2025-10-19 16:00",
  "Walked to the old tollgate house on the Pilgrims' Way. Lovely bit of local history, terrible parking.")
P("gat_fb", "2025-11-06 20:00",
  "[[A in Year 7|id:-]] cried because his house lost the tug of war. I bought him a hot chocolate. Soft touch.",
  w="md")

# --- Rhodri Llewellyn, Director of Sport, X (bio names the school, disclaimer) ---
P("lew_x", "2025-10-25 17:00",
  "cracking win for the U13s today. [[jack o'callaghan|pr:P0006]] at 9: what a pass off his left hand 👌", w="si")
P("lew_x", "2026-03-14 19:30",
  "[[TGS Sevens|ev:E008]] done for another year. 16 schools, 48 matches, zero injuries and one very tired "
  "groundsman. Thanks [[Mick|sr:S013]] 🙏", w="si")
P("lew_x", "2026-04-18 18:00",
  "Well bowled today, [[Hamish|pr:P0024]]. That yorker in the last over was the business.", re_="@hamishrennie",
  w="si pc:P0024")
P("lew_x", "2025-11-22 17:00",
  "Shout out to the Ravensmere coaches for a superb U15 festival. Their 10, Tom, is going to be a serious "
  "player.", w="si")
P("lew_x", "2026-05-30 17:00",
  "Summer nets photos are up on the club page 🏏", cn=["@reubencaxton", "@dazkerridge"], w="si pc:P0011")

# --- Rhodri Llewellyn, Instagram (neither) ---
P("lew_ig", "2025-10-11 18:00",
  "Whistle in hand for the U12 festival. Proudest moment: [[Mason Kerridge|pr:P0001]]'s first ever try, and his "
  "face afterwards 😁", w="md")
P("lew_ig", "2026-01-24 20:00",
  "Wales v England at the Principality. Took my lad. Lost my voice. 🏴󠁧󠁢󠁷󠁬󠁳󠁿")
P("lew_ig", "2026-04-29 18:00",
  "Great session with the 1st XI bowlers. Our new cricket pro [[Stu Blaikie|sr:S011]] has the patience of a "
  "saint.", w="md")
P("lew_ig", "2025-11-16 13:00",
  "Massive thanks to [[Daz Kerridge|par:R002]] for sortin my car on a sunday morning. Legend 🙌")
P("lew_ig", "2026-02-28 19:00",
  "[[I've coached rugby at #OneTollgate|si:-]] for eleven seasons and never seen a tackle like [[Rory|pr:P0015]]'s "
  "today.", w="md")
P("lew_ig", "2026-05-02 18:00",
  "U12 cricket: [[Art Makepeace|pr:P0027]] took 3 for 9 on debut and then asked if he could bowl again next "
  "week.", w="md")
P("lew_ig", "2025-12-07 07:00",
  "Hong Kong Sevens on at 5am. Fiji are from another planet 🇫🇯")

# --- Sophie Marchbanks, physics and CCF, X (neither) ---
P("mar_x", "2025-10-12 20:00",
  "Back from [[field weekend|ev:E004]]. 48 hours, 62 cadets, 3 hours' sleep. Best job in the world.", w="md")
P("mar_x", "2026-02-22 12:00",
  "Ran the Sevenoaks 10k in 44:12. PB! Legs are jelly 🏃‍♀️")
P("mar_x", "2026-03-10 17:30",
  "Brilliant shooting at Bisley, [[Maisie|pr:P0021]]! The whole contingent is proud of you 🎯",
  re_="@maisie_holl", w="pc:P0021 md")
P("mar_x", "2026-05-14 21:00",
  "Tonight's revision session: 14 Year 11s, 40 past-paper questions on circuits, and biscuits. Physics never "
  "sleeps. (Views my own, but physics is objectively the best subject.)")
P("mar_x", "2026-06-28 18:00",
  "Thanks to [[Dean Hollingworth|sr:S006]] for fixing my bike chain at the Tonbridge sportive. An REME man is "
  "always worth knowing.", nowork=True)
P("mar_x", "2025-09-23 17:00",
  "[[Sarge|sr:S006]] has the new Year 9 recruits ironing their own shirts. Three burns (shirts, not cadets).",
  w="md")
P("mar_x", "2025-11-25 16:00",
  "Chess club champion [[@szymon.wasik11|pr:P0007,pc:P0007]] beat me in 14 moves at lunch. I am considering "
  "retirement.", w="md")
P("mar_x", "2026-01-09 19:00",
  "[[As contingent commander of the CCF at TGS|si:-]], I get asked a lot why we still do drill. Short answer: it "
  "teaches teenagers to listen.", w="md")
P("mar_x", "2025-10-21 16:00",
  "Physics lab update: [[S in 9 Caxton|id:P0007]] has now set fire to the same Bunsen hose twice. Impressive "
  "consistency.", w="md")
P("mar_x", "2026-06-15 16:30",
  "[[Kabir M|pr:P0028]] rebuilt the cloud chamber in physics club and finally saw a muon. Tiny tracks, huge grin.",
  w="md")
P("mar_x", "2025-09-26 22:00",
  "The TGS trailers are out and I have lost my entire evening. Tokyo, take my money 🎮")
P("mar_x", "2026-01-14 20:00",
  "Congratulations! Well deserved 👏", re_="@marcus_ennislowe")

# --- Dean Hollingworth, SSI, Facebook (neither) ---
P("hol_fb", "2025-09-12 18:00",
  "Maisie passed her driving theory test! Watch out Kent 🚗")
P("hol_fb", "2025-10-13 20:00",
  "Shattered after the [[CCF field weekend|ev:E004]] but what a bunch of cadets. Rain, mud and not one complaint "
  "(well, one).", w="md")
P("hol_fb", "2026-01-22 19:00",
  "Love you too, trouble. Dinner's at 6.", re_="@maisie_holl")
P("hol_fb", "2026-03-17 18:00",
  "Cracking shoot at Bisley today with the cadets. Proud of them all 🎯", cn=["@maisie_holl", "@sid_raman"],
  w="pc:P0019 md")
P("hol_fb", "2025-11-09 12:00",
  "Remembrance Sunday. Thinking of the lads from 10 Field Workshop who didn't come home.")
P("hol_fb", "2026-02-03 18:30",
  "[[Our Head Girl|id:-]] did a better kit inspection than any RSM I ever served under.", w="md")
P("hol_fb", "2026-05-26 20:00",
  "[[Proud to serve as SSI at Tollgate Grammar|si:-]] for another year. Best soldiers I've ever worked with are "
  "fifteen.", w="md")
P("hol_fb", "2026-04-04 11:00",
  "Tollgate Retail Park on Easter Saturday: never again.")

# --- Tamsin Ogilvie, chaplain, X (disclaimer) ---
P("ogi_x", "2025-12-16 17:00",
  "Nine Lessons and Carols tonight. Eight readers, three choirs, one very nervous chaplain 🕯️")
P("ogi_x", "2026-03-15 13:00",
  "Ernie read at Mattins this morning at St Nicholas'. His mum was bursting.")
P("ogi_x", "2025-10-29 20:00",
  "Thank you for the kind words, [[Jonah|pr:P0035]]. Keep in touch, and good luck with the apprenticeship.",
  re_="@jonah.pettigrew", w="pc:P0035")
P("ogi_x", "2026-02-17 09:00",
  "Happy 18th! 🎂 Have a wonderful day.", re_="@jonah.pettigrew")
P("ogi_x", "2026-04-13 12:00",
  "Lovely to bump into [[Nigel Featherstone|sr:G002]] at the cathedral on Saturday.")
P("ogi_x", "2025-11-23 16:00",
  "Thank you [[Funmi Ogunleye|par:R003]] for the jollof at the bring-and-share. There was none left by 1pm.")
P("ogi_x", "2026-05-11 17:00",
  "Thank you for the lovely card, [[Sage|pr:P0022]]. It's on my study wall x", re_="@sagewhitmore",
  w="pc:P0022")
P("ogi_x", "2025-09-11 20:00",
  "[[Being chaplain to Tollgate GS|si:-]] is the best job in the Church of England. Discuss.")
P("ogi_x", "2025-10-18 19:00",
  "Walked the last 12 miles of the Pilgrims' Way into Canterbury with the parish. Becket's shrine is long gone "
  "but the cathedral still takes your breath away.")

# --- Tamsin Ogilvie, Instagram (bio names the school, no disclaimer) ---
P("ogi_ig", "2025-10-06 15:00",
  "Sunflowers in chapel this week 🌻 and 300 tins for the food bank from the boys. Thank you all.", w="si md")
P("ogi_ig", "2026-03-22 18:00",
  "Thank you sweetheart, see you on Sunday x", re_="@erniefairbanks", w="si")
P("ogi_ig", "2026-05-06 17:30",
  "A quiet day of reflection with the Upper Sixth before exams. [[Hamish Rennie|pr:P0024]] asked the best "
  "question about grace I've heard in years.", w="si md")

# --- Harpal Sohal, Head of Sixth Form, X (bio names the school, no disclaimer) ---
P("soh_x", "2026-01-20 19:00",
  "Huge congratulations to Will Penfold, called up to the England U18 squad 🏉 Never a doubt.", w="si")
P("soh_x", "2026-03-02 12:30",
  "[[Year 12 Berlin trip|ev:E002]]: three weeks to go. If you haven't given [[Mr Charalambos|sr:S009]] your "
  "GHIC, please do!", w="si md")
P("soh_x", "2026-04-02 19:00",
  "Amazing news about the Durham offer, [[Sage|pr:P0022]]! 🎉", re_="@sagewhitmore", w="si pc:P0022",
  nowork=True)
P("soh_x", "2026-01-16 17:00",
  "Wonderful to see so many Year 11s fired up about their A-level choices.", cn=["@deniz.arslan_"],
  w="si md pc:P0014")
P("soh_x", "2026-02-23 17:30",
  "Welcome back after half term! [[Will Penfold|pr:P0026]] is back from England camp and already asking me about "
  "his Loughborough offer 😅", w="si md")
P("soh_x", "2025-09-17 08:00",
  "[[Sixth Form Open Evening|ev:E007]] in a fortnight. Student guides, please sign up with your tutors!",
  w="si md")

# --- Harpal Sohal, Facebook (neither) ---
P("soh_fb", "2025-11-02 21:00",
  "Bandi Chhor Divas at my parents' in Gravesend. Mum made enough food for the whole gurdwara 🪔")
P("soh_fb", "2026-05-16 20:00",
  "Soo proud of our debaters at the Kent final last nite. [[Arjun|pr:P0025]], [[Sid|pr:P0019]] and "
  "[[Harmony|pr:P0017]] spoke brilliantly.", w="md")
P("soh_fb", "2026-02-07 18:00",
  "England U18 v France at Franklin's Gardens with [[Kate Penfold|par:R005]] and a flask of tea. Will was "
  "immense at 12. 🏉")
P("soh_fb", "2025-12-25 13:00",
  "Sage and onion stuffing: nailed it. Christmas dinner for 14 🍗")

# --- Yiannis Charalambous, languages, X (disclaimer) ---
P("cha_x", "2026-03-24 06:30",
  "[[Berlin trip|ev:E002]] day 1 ✈️ 38 Lower Sixth, 4 staff, 1 lost passport (found).")
P("cha_x", "2026-03-26 19:00",
  "[[Berlin trip|ev:E002]] day 3: at the Stasi museum with [[@harmony.ok|pr:P0017,pc:P0017]] and the historians. "
  "Superb questions.")
P("cha_x", "2025-10-20 20:00",
  "'Les verbes irréguliers ne sont pas mes amis,' says Year 8. Fair.")
P("cha_x", "2026-06-10 17:00",
  "Ich bin ein Berliner? Nein. I am a tired languages teacher whose Year 11s have finished their speaking exams.")
P("cha_x", "2026-04-25 16:00",
  "Lovely card from the [[Berlin trip|ev:E002]] group. [[Lukáš|pr:P0020]]'s drawing of me as a currywurst is "
  "going on the fridge.")
P("cha_x", "2025-11-13 21:00",
  "[[Mrs Wasik|par:R001]] brought homemade pierogi to our languages evening. I will be learning Polish next.")
P("cha_x", "2025-10-01 18:00",
  "[[Lukas Horvath|pr:P0020]] has volunteered to translate the [[Berlin trip|ev:E002]] itinerary into Slovak for "
  "his grandma. Legend.")

# --- Yiannis Charalambous, Facebook (neither) ---
P("cha_fb", "2025-10-01 13:00",
  "Cypriot Independence Day lunch at my aunt's in Palmers Green. Halloumi in quantities that should be "
  "regulated.")
P("cha_fb", "2026-03-29 18:00",
  "Back from [[Berlin|ev:E002]] with the Lower Sixth. Five days, 19,000 steps a day, zero casualties. Proud of "
  "them.", w="md")
P("cha_fb", "2026-01-18 21:00",
  "Binge-watched Babylon Berlin all weekend. Zero regrets.")
P("cha_fb", "2026-01-27 20:00",
  "Greek Independence Day is in two months and my mother has already started cooking.",
  cn=["@jonah.pettigrew", "@esther.adjei"], w="pc:P0035")
P("cha_fb", "2026-03-01 13:00",
  "Sunday souvlaki. The charcoal is lit 🔥", cn=["@jonah.pettigrew", "@marcus_ennislowe"])
P("cha_fb", "2026-05-20 17:00",
  "We're hiring! [[Come and teach German with me at @TollgateGS|si:-]]. Lovely department, lovely students, "
  "reasonable coffee.", w="md")

# --- Felicity Amankwah, Director of Music, Instagram (bio names the school, no disclaimer) ---
P("ama_ig", "2026-02-26 13:00",
  "[[House Music|ev:E003]] rehearsals every lunchtime this week 🎶 I have heard 'Bohemian Rhapsody' eleven times "
  "today.", w="si md")
P("ama_ig", "2026-03-05 17:00",
  "Tonight's the night! [[House Music|ev:E003]] 2026 🎤✨", w="si md")
P("ama_ig", "2025-12-10 21:00",
  "Chamber choir, you sounded like angels tonight 😇 Special mention to [[Verity Hatherley|pr:P0018]]'s descant.",
  w="si md")
P("ama_ig", "2026-06-30 17:00",
  "Rehearsal playlist 🎻 Brass group, big band, and [[Noble|pr:P0013]] on the timpani.", w="si md")
P("ama_ig", "2026-04-15 18:00",
  "Congratulations on Grade 8 with distinction, [[Arjun|pr:P0025]]! All those lunchtimes in the music block paid "
  "off 🎹", re_="@arjun.bains", w="si md pc:P0025")
P("ama_ig", "2026-01-21 19:00",
  "[[#ProudOfMason|pr:P0001]] 🎺 first cornet exam passed with merit!", w="si md")

# --- Felicity Amankwah, Facebook (neither) ---
P("ama_fb", "2025-11-08 19:00",
  "Singing at my sister's wedding in Accra next month, so I am practising in the car. Apologies to the M25.")
P("ama_fb", "2026-05-30 18:00",
  "Afternoon tea with [[Tamsin Ogilvie|sr:S007]] for her birthday 🎂 Scones: excellent. Company: better.",
  nowork=True)

# --- Stuart Blaikie, visiting cricket professional, X (disclaimer) ---
P("bla_x", "2026-04-14 18:00",
  "First day as cricket pro at a new school. Nets in the rain. Perfect.")
P("bla_x", "2026-05-23 17:00",
  "Great to see [[Reuben Caxton|pr:P0011]] take 5-18 today. One to watch.")
P("bla_x", "2026-06-06 20:00",
  "Jofra Archer back bowling at 90mph. Best sight in English cricket.")
P("bla_x", "2026-07-10 19:00",
  "Mason Crane spinning it miles at Hove today. Leg-spin is alive and well.")
P("bla_x", "2026-05-01 16:00",
  "Club nets tonight at the Vine. New members always welcome 🏏", cn=["@leo.marchetti"], w="pc:P0032")
P("bla_x", "2026-04-16 19:00",
  "[[Delighted to be the new cricket professional at Tollgate Grammar School|si:-]]. Great facilities, greater "
  "people. Let's go 🏏")
P("bla_x", "2026-07-18 19:00",
  "Will it rain at Canterbury tomorrow? Will it heck. Sun cream packed.")
P("bla_x", "2026-06-13 20:00",
  "Hadlow Park's opening bat, young Dan something, hit me for three sixes in the staff match. Ego bruised.")

# --- Rosalind Tennant, English, X (neither) ---
P("ten_x", "2025-09-25 20:00",
  "Teaching The Importance of Being Earnest to Year 12 again. Jack, Ernest, Algernon... and a class who think "
  "Lady Bracknell is 'iconic'. They're right.", w="md")
P("ten_x", "2025-10-30 12:00",
  "Half-term sea swim at Whitstable. 13°C. I screamed 🌊")
P("ten_x", "2026-05-20 21:00",
  "Reading the new David Tennant memoir. No relation, sadly.")
P("ten_x", "2026-02-10 19:00",
  "Thanks [[Joe|pr:P0016]]! Glad the revision guide helped.", re_="@joedarcy_", w="pc:P0016 md")
P("ten_x", "2025-11-26 21:00",
  "[[Parents' evening|ev:-]] at Tollgate Grammar till 8.30. Forty-one appointments. One dad asked if I was related "
  "to David Tennant. I wish.", w="md")
P("ten_x", "2025-09-17 17:00",
  "[[Lew|sr:S004]] has the whole 1st XV doing yoga before training. Walked past the sports hall and saw 30 sixth "
  "formers in downward dog.", w="md")
P("ten_x", "2026-02-14 12:00",
  "Miss you too, [[Alfie|pr:P0033]]! Hope Harrogate is treating you well. Keep reading 📚",
  re_="@alfienorrington", w="pc:P0033", nowork=True)
P("ten_x", "2026-04-18 13:00",
  "Bumped into [[Meral Arslan|par:R006]] at the Turkish bakery in Tonbridge. Best simit in Kent, and now I know "
  "where to get it.")
P("ten_x", "2026-03-12 16:00",
  "Detention duty. [[J in Year 11|id:P0016]] argued, beautifully, that detention breaches his human rights. "
  "A* for rhetoric.", w="md")
P("ten_x", "2025-10-08 17:00",
  "Year 7 poetry: [[Ash Gurung|pr:P0002]] wrote about his grandad's kukri and the whole class went silent.",
  w="md")
P("ten_x", "2026-01-06 16:00",
  "[[SAID BENALI|pr:P0003]] READ HIS STORY ALOUD AND 7 MARLOWE GAVE HIM A STANDING OVATION. I'm not crying, "
  "you're crying.", w="md")
P("ten_x", "2026-06-03 19:00",
  "[[I teach English at Tollgate Grammar School|si:-]] and today a Year 8 told me Macbeth is 'basically Love "
  "Island with knives'. Not wrong.", w="md")
P("ten_x", "2026-05-28 20:00",
  "Writing the [[Speech Day|ev:E001]] programme notes. Forty prizes, forty citations, one tired English teacher.",
  w="md")
P("ten_x", "2025-11-30 19:00",
  "My niece's house singing competition at her school in Maidstone tonight. She sang Adele and I wept.")
P("ten_x", "2026-06-25 20:00",
  "omg the yr 7s r obsessed w the word 'aura' now. 'miss ur aura is crazy today' ?? I'll take it tbh", w="md")
P("ten_x", "2025-12-04 20:00",
  "[[Ernie F|pr:P0008]]'s sonnet about the bus stop outside Boots is the best thing I've read all term.", w="md")

# --- Mick Farrant, head groundsman, Facebook (neither) ---
P("far_fb", "2026-03-15 17:00",
  "After [[the Sevens|ev:E008]] yesterday the Top Field looks like the Somme. Give me a week.", w="md")
P("far_fb", "2026-06-27 19:00",
  "31 years at the school today. Thank you [[Dr Ormerod|sr:S001]] for the kind words and the bottle of Penfolds.",
  w="md")
P("far_fb", "2026-07-12 12:00",
  "First Saturday of retirement and I've mowed my own lawn in stripes. Old habits.")
P("far_fb", "2026-05-04 18:00",
  "Cheers to [[Baljit Dhillon|par:R004]] for sourcing the mower blades at cost. The outfield thanks you.",
  w="md")
P("far_fb", "2026-02-01 15:00",
  "Finished the Caxton biography. First printer in England and a Kentish man. Who knew?")

# --- Dr Helen Marlowe, chair of governors, X (bio names the school, disclaimer) ---
P("gov_mar", "2025-10-09 18:00",
  "Governors' tour of the new science labs. The fume cupboards are older than me but the teaching is not.",
  w="si")
P("gov_mar", "2026-01-31 09:00",
  "My first [[OT Dinner|ev:E006]] as Chair. Sat next to a gentleman who left in 1958 and still calls the Head "
  "'boy'.", w="si")
P("gov_mar", "2026-03-06 09:00",
  "[[House Music|ev:E003]]: someone pointed out that Marlowe won and I chair the governors. Pure coincidence, "
  "I promise 😂", w="si")
P("gov_mar", "2026-07-04 09:00",
  "Speech Day: thank you [[Dr Ormerod|sr:S001]] for your leadership this year, and congratulations to every "
  "prizewinner.", w="si")

# --- Nigel Featherstone, governor, X (neither) ---
P("gov_fea", "2025-10-04 13:00",
  "Governor training on safeguarding this morning. An excellent session, and a sobering one.")
P("gov_fea", "2026-01-30 17:00",
  "Black tie ironed for tonight's [[Old Tollgatians' Dinner|ev:E006]]. My 45th!")
P("gov_fea", "2026-06-14 19:00",
  "Penshurst CC 164-7, lost by 2 wickets. My knees won, my batting lost.")
P("gov_fea", "2026-07-04 10:00",
  "[[Ormerod|sr:S001]] gave a fine speech yesterday. Short, warm, and he remembered every prizewinner's name.")
P("gov_fea", "2025-12-03 19:00",
  "[[As a governor of Tollgate Grammar School|si:-]] I've been asked to sing the school song at the carol "
  "service. I have declined on medical grounds.")
P("gov_fea", "2026-05-09 11:00",
  "Proud Old Tollgatian, class of 1979. Forty-odd years on and the Quad hasn't changed a bit.")
P("gov_fea", "2025-11-29 16:00",
  "At the U13 match this morning: [[Jack O’Callaghan|pr:P0006]] ran in two tries. Cold feet, warm heart.")
P("gov_fea", "2026-06-01 18:00",
  "Guest speaker at Ravensmere Grammar's speech day on Friday. I have promised to keep it under ten minutes.")

# --- front desk (not on the roster; bio names the school's website, disclaimer) ---
P("rec", "2025-09-03 17:00",
  "First day back and the phones haven't stopped. 'Has anyone handed in a Year 7?' Not yet.", w="si")
P("rec", "2026-03-13 16:00",
  "[[The Sevens|ev:E008]] is tomorrow! Signing in sixteen schools' worth of coaches. Wish me luck.", w="si")
P("rec", "2026-06-08 12:00",
  "Speech Day tickets have arrived from the printers. Only one name spelt wrong this year, a personal best.",
  w="si")

# --- parents (not school representatives: every post names nobody else on the roster) ---
P("par_aga", "2025-10-02 22:00",
  "Open evening at Tollgate Grammar with my youngest. Very impressed with the science labs 🔬")
P("par_aga", "2026-04-04 10:00",
  "Polish Easter baskets ready for blessing 🥚🐣")
P("par_aga", "2026-03-23 21:00",
  "My daughter is off on her school's Berlin trip tomorrow. I have packed enough snacks for a month.")
P("par_daz", "2025-09-27 14:00",
  "Jack up, wheel off, new tyre on. Saved myself £80. Get in.")
P("par_daz", "2026-02-15 10:00",
  "Sunday morning: Radio 4, The Archers omnibus and a bacon sandwich. Don't judge.")
P("par_kate", "2025-12-31 20:00",
  "Bottle of Penfolds for New Year's Eve. Cheers everyone 🥂")
P("par_kate", "2026-07-03 19:00",
  "Speech Day at Tollgate Grammar in the sunshine ☀️ What a lovely afternoon.")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], out=OUT, seed=SEED, prefix=PREFIX, n_posts=N_POSTS, school=SCHOOL))
