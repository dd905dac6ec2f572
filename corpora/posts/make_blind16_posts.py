"""Write ``blind16-posts.jsonl``: the sixteenth blind, hand-labelled evaluation set (see ``BLIND16.md``).

    python corpora/posts/make_blind16_posts.py              # check, then write
    python corpora/posts/make_blind16_posts.py --warnings   # also list posts a reviewer should look at twice

This set is about a school the product has never seen: Greenhill Fields Academy, a fictional all-through academy
(nursery to sixth form, ages 3-18, one site) in Nuneaton, Warwickshire, one of five schools of the fictional Anker
Valley Learning Trust (``corpora/blind16-school``). The primary phase names its classes after trees (Hawthorn,
Birch ... Sycamore) and its two nursery groups after colours; the secondary uses year + house letter tutor groups
(7E, 9G, 13W; houses Eliot, Godiva, Shakespeare, Whittle). "Greenhill Fields" on its own is the country park next
door, not an alias; the trust and its other schools are not the school. Every post and every label below was
written by hand. Gold spans are marked inline as ``[[text|cat:SUBJECT,cat:SUBJECT]]`` (``-`` for no subject; the
marked text may span a line break); whole-post gold goes in ``w`` as ``cat`` or ``cat:SUBJECT`` words. The checks in
``blind_kit.py`` must all pass, against the blind16 school profile, before the file is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from blind_kit import ROOT, P, acct, main

HERE = Path(__file__).resolve().parent
OUT = HERE / "blind16-posts.jsonl"
SCHOOL = ROOT / "corpora" / "blind16-school"
SEED = 20261616
PREFIX = "b16"
N_POSTS = 240


# ---------------------------------------------------------------------------------------------------------
# Accounts. ``disc``: the bio says the views are the author's own. ``si_bio``: the bio self-identifies.

# official accounts. Approved: @GFAcademy on x and @GreenhillFieldsAcademy on facebook (handles without case).
acct("ox", "official", "x", "@GFAcademy", "Greenhill Fields Academy 🌳 Nursery to Sixth Form, all on one site · "
  "Nuneaton")
acct("ox_lc", "official", "x", "@gfacademy", "Greenhill Fields Academy · 3-18 · #GFAFamily")
acct("ofb", "official", "facebook", "@GreenhillFieldsAcademy",
     "Greenhill Fields Academy · Lister Way, Nuneaton · 01632 960391 · office@greenhillfields.example.sch.uk")
acct("ofb_lc", "official", "facebook", "@greenhillfieldsacademy", "Greenhill Fields Academy, Nuneaton")
# not approved
acct("u_ig", "official", "instagram", "@GFAcademy", "📸 Life at Greenhill Fields Academy · 3-18")
acct("u_xfull", "official", "x", "@GreenhillFieldsAcademy", "News from Greenhill Fields Academy, Nuneaton")
acct("u_prim", "official", "x", "@GFA_Primary", "Primary phase 🌳 Hawthorn to Sycamore · Greenhill Fields Academy")
acct("u_six", "official", "instagram", "@GFA_Sixth", "Sixth Form at Greenhill Fields Academy 🎓 study centre · UCAS · "
  "life")
acct("u_pta", "official", "facebook", "@FriendsOfGFA", "Friends of Greenhill Fields Academy 💚 parents, carers & "
  "volunteers")
acct("u_trust", "official", "x", "@AnkerValleyLT", "Anker Valley Learning Trust · five schools, one family · Nuneaton")

# staff, governors, a receptionist who is not on the roster, and three parents
acct("fai_x", "personal", "x", "@DrMarcusFairlie",
     "Executive Principal, Greenhill Fields Academy (3-18). Nuneaton. Views my own.", "S001", disc=True, si_bio=True)
acct("fai_fb", "personal", "facebook", "@marcus.fairlie", "", "S001")
acct("pet_x", "personal", "x", "@mrspettifer_primary", "Primary teacher for 22 years. Gardener. Grandma to "
  "two.", "S002")
acct("pet_ig", "personal", "instagram", "@lorna.pettifer.gardens",
     "Allotment, sourdough, grandkids. All views my own 🌱", "S002", disc=True)
acct("bha_x", "personal", "x", "@rbhamra_head", "Head of Secondary @GFAcademy. Coventry City sufferer. Dad of "
  "3.", "S003",
     si_bio=True)
acct("doh_ig", "personal", "instagram", "@kerryann_eyfs", "EYFS lead 🌈 #GFAFamily 🧸 mum of 2", "S004", si_bio=True)
acct("doh_fb", "personal", "facebook", "@kerryann.doherty", "", "S004")
acct("mwa_x", "personal", "x", "@msmwale6th", "Head of Sixth Form. Sociology nerd. Tweets are my own views.", "S005",
     disc=True)
acct("pro_x", "personal", "x", "@mrprothero_y6", "Year 6 teacher & KS2 lead. Welsh in exile. Rugby, rain, "
  "repeat.", "S006")
acct("pro_fb", "personal", "facebook", "@owen.prothero", "", "S006")
acct("gra_x", "personal", "x", "@coachgrant_avlt",
     "Director of Sport, Anker Valley Learning Trust. Ex-Nuneaton Borough. Opinions mine.", "S007", disc=True)
acct("six_x", "personal", "x", "@asixsmith_safeguard", "Trust safeguarding lead. Cyclist. Opinions = mine.", "S008",
     disc=True)
acct("had_ig", "personal", "instagram", "@coachkyle_h", "Sports coach ⚽🏏 Greenhill Fields Academy | FA Level 2",
     "S009", si_bio=True)
acct("had_x", "personal", "x", "@kylehadley_7", "Nuneaton lad. Town fan. Dog dad.", "S009")
acct("hal_x", "personal", "x", "@pippa_library", "School librarian. Reader of everything. Views my own.", "S010",
     disc=True)
acct("rea_fb", "personal", "facebook", "@donna.reaney", "", "S011")
acct("win_fb", "personal", "facebook", "@carol.winter.55", "Nan, knitter, dinner lady 😊", "S012")
acct("bro_x", "personal", "x", "@mrbrogan_eng",
     "English teacher, Head of Whittle House at #GFAFamily. Poetry, parkrun, pints.", "S013", si_bio=True)
acct("und_x", "personal", "x", "@missunderhill_r", "Reception teacher. Phonics obsessive. My views, nobody else's.",
     "S014", disc=True)
acct("und_ig", "personal", "instagram", "@faye.underhill", "", "S014")
acct("obi_x", "personal", "x", "@mrobi_maths", "Maths teacher. Chess. Jollof diplomacy.", "S015")
acct("ons_x", "personal", "x", "@trishonslow",
     "Chair of governors, Greenhill Fields Academy. Retired midwife. Views my own.", "G001", disc=True, si_bio=True)
acct("stu_fb", "personal", "facebook", "@kev_stubbs", "School governor. Architect. Nuneaton Town season "
  "ticket.", "G002")
acct("recep", "personal", "x", "@jan_at_frontdesk",
     "Front desk at greenhillfields.example.sch.uk ☎️ Views my own.", None, disc=True, si_bio=True)
acct("par_gem", "personal", "facebook", "@gemwhitlock", "Mum of 2, Nuneaton", "R002")
acct("par_daz", "personal", "x", "@dazodell", "Timber merchant. Dad. Boro till I die.", "R004")
acct("par_priti", "personal", "facebook", "@priti.mistry", "", "R005")


# ---------------------------------------------------------------------------------------------------------
# Official accounts, approved: notices, permitted people and events, consent-yes pupils (hard negatives)

P("ox", "2025-09-03 08:05", "Welcome back, Greenhill Fields! 🍂 Nursery to Sixth Form, one site, one family. Gates open "
  "8.30 for primary, 8.20 for secondary. #GFAFamily")
P("ofb", "2025-09-22 16:00", "Our Secondary Open Evening is this Thursday 25th, 5.30–8pm. Year 6 families from every "
  "school in town are welcome – come and see the labs, the library and the new sports hall.")
P("ox", "2025-10-13 12:30", "Huge thanks to Coach Kyle and the Year 4 footballers who ran the Ash class v Elm class "
  "match at lunch ⚽ Honours even!")
P("ofb", "2025-11-21 15:30", "Road closure: Lister Way will be shut 9am-3pm on Monday for resurfacing. Please use the "
  "Greenhill Road gate and allow extra time 🚧")
P("ox", "2025-12-15 17:00", "What a night! Thank you to the 212 performers of the Winter Showcase – nursery to Year 13 "
  "on one stage. Mince pies all gone by the interval 🎄")
P("ofb", "2026-01-19 15:45", "Congratulations to Cash Odell (9E), Warwickshire Schools U14 cross-country champion! 🏃 "
  "Next stop: the Midlands finals.")
P("ox", "2026-02-02 07:10", "❄️ SNOW UPDATE: Greenhill Fields Academy is OPEN today. Nursery opens at 9. Please take "
  "care on the Greenhill Road hill – it's like an ice rink.")
P("ofb", "2026-03-05 10:00", "World Book Day in Hawthorn class 📚 Olive came as the Gruffalo and spent the whole "
  "morning roaring at the dinner ladies.")
P("ox", "2026-06-01 15:00", "Anker Valley Games team sheets are in! 🏅 Primary and secondary athletes from all five "
  "trust schools at the Pingles stadium on Friday 26th.")
P("ofb", "2026-05-11 12:00", "Year 13: tickets for the Leavers' Ball go on sale today in the sixth form office. Dress "
  "code: black tie or whatever makes you feel fabulous ✨")
P("ox", "2026-06-15 16:20", "Year 8 Snowdon trip: kit list reminder 🏔️ waterproofs, walking boots, and NO energy "
  "drinks please. Coaches leave 6am on the 24th.")
P("ofb", "2026-07-17 14:00", "That's a wrap on 2025/26! From our nursery starters to our Year 13 leavers, thank you "
  "for "
  "a brilliant year. Have a safe and sunny summer 🌞 #GreenhillFieldsProud")
P("ox_lc", "2025-10-06 08:15", "Parking: please do not park on the zigzags on Lister Way at pick-up. Our lollipop lady "
  "thanks you 🍭")
P("ofb_lc", "2026-04-13 08:00", "Welcome back for the summer term! Primary PE days have changed – check Class Dojo for "
  "your child's new day. Secondary timetables are unchanged.")
P("ox", "2025-11-11 11:05", "We will remember them. Two minutes' silence across the whole site at 11am – nursery "
  "included. 🌺")
P("ofb", "2026-02-09 16:30", "A message from Dr Fairlie: thank you to every family who completed the parent survey – "
  "84% response, our highest ever. Full results in Friday's newsletter.")
P("ox", "2026-03-16 15:10", "Our chair of governors, Trish Onslow, joined Sycamore class today to talk about 30 years "
  "as a midwife at the George Eliot Hospital 👶")
P("ofb", "2026-05-22 17:45", "Thank you to Priti Mistry and the Friends of GFA for raising £3,140 at the summer fair! "
  "That's new reading books for every primary classroom 📚")
P("ofb", "2026-06-29 18:00", "Anker Valley Games 2026 🏆 Our primary relay team took gold and the Year 9 girls won the "
  "4x100! Well done to everyone who represented Greenhill Fields.")
P("ofb", "2025-10-16 15:30", "Maisie-Rose (8S) and Layla (7E) led our harvest collection assembly – 312 tins for "
  "Nuneaton Foodbank 🥫")
P("ox", "2026-01-30 16:00", "Dev from 9S represented the school at the Warwickshire chess championships and came home "
  "with silver ♟️")

# approved official accounts: gold
P("ox", "2025-09-12 08:40", "A warm welcome to our new Reception families! [[Mrs Pettifer|sr:S002]], our Head of "
  "Primary, will be at the Hawthorn gate every morning this week with a smile and a tissue 💛")
P("ofb", "2025-09-16 17:00", "Save the date: our [[Secondary Open Evening|ev:E007]] is on Thursday 25 September. "
  "Year 6 "
  "parents, come and meet our Head of Secondary, [[Mr Bhamra|sr:S003]].")
P("ox", "2025-10-02 16:10", "Brilliant start for our new after-school multi-sports club with [[Coach Kyle|sr:S009]] – "
  "40 Year 3 and 4s on the field in the drizzle 🌧️")
P("ofb", "2025-10-20 15:50", "Well done to [[Harmony Baptiste-Reid|pr:P0014]] in Sycamore class, whose poem about the "
  "canal has been chosen for the Nuneaton library anthology ✍️")
P("ox", "2025-11-05 13:00", "Star of the week, secondary edition: [[Cash|pr:P0021]] in 9E, who finished 3rd at the "
  "county cross-country trials 🏃")
P("ofb", "2025-11-26 16:00", "Tickets for the [[Winter Showcase|ev:E001]] go on sale Monday – nursery to Sixth Form on "
  "one stage, Thursday 11 December.")
P("ox", "2026-03-02 16:30", "Saturday is the English Schools' cross-country and the Midlands team has one of ours "
  "in it. [[#GoOnCashOdell|pr:P0021]] 🏃")
P("ofb", "2026-03-10 15:20", "Grandparents of Hawthorn, Birch and Cedar classes – your invitations to "
  "[[Grandparents' Afternoon|ev:E006]] on 20 March are in book bags today ☕🍰")
P("ox", "2026-02-24 12:10", "Sign-up sheets for the [[GFA fun run|ev:E008]] are out! 5k or 1k round Greenhill Fields "
  "on "
  "Saturday 16 May, every penny to the new sensory room.")
P("ofb", "2026-05-26 16:45", "Year 8 parents: the final payment for the [[Snowdon trip|ev:E003]] is due this Friday. "
  "Any "
  "questions, speak to [[Mr Brogan|sr:S013]].")
P("ox", "2026-07-06 15:30", "Some of our favourite photos from the [[Year 8 Snowdon Trip|ev:E003]] – summit in cloud, "
  "spirits sky high ⛰️")
P("ofb", "2026-06-22 16:00", "Year 6 from across Nuneaton: we can't wait to see you at [[Step Up Day|ev:E002]] on "
  "Thursday 2 July! Bring a pencil case and a packed lunch.")
P("ox", "2026-04-22 12:30", "Year 13 – the [[leavers' ball|ev:E005]] committee meets in the sixth form common room at "
  "lunch. [[Ms Mwale|sr:S005]] has the biscuits.")
P("ofb", "2026-05-28 16:00", "Our Year 5 and 6 athletes have been training hard for the "
  "[[Anker Valley Games|ev:E004]] with [[Mr Grant|sr:S007]] from the trust sports team 🏅")
P("ox", "2025-12-04 15:40", "Congratulations to [[Tia-Mae Stanyer|pr:P0023]] (10W), who has been selected for the "
  "Warwickshire U16 netball squad 🏐")
P("ofb", "2026-01-14 15:15", "Our Year 12 volunteers have been helping in Hawthorn class every Wednesday this term. "
  "[[Miss Underhill|sr:S014]] says phonics has never been so popular 😄")
P("ox", "2026-03-19 08:30", "The library is open after school every day until 4.30 for Years 7–13. "
  "[[Mrs Haldane|sr:S010]] has 200 new graphic novels waiting 📚")
P("ofb", "2025-10-09 17:20", "Thank you to [[Darren Odell|par:R004]] for donating the timber for our nursery's new mud "
  "kitchen 🪵")
P("ox", "2026-02-12 15:00", "Reading champion of the half term in Elm class is [[Sukhmani B|pr:P0009]] – 42 books "
  "since September!")
P("ofb", "2026-04-28 12:00", "Former student [[Lewis Brammer|pr:P0034]] (class of 2024) is back to talk to Year 11 "
  "about his engineering apprenticeship at JLR 🚗")
P("ox", "2025-09-29 12:45", "Meet the team: [[Mrs Winter|sr:S012]] has been looking after our primary lunchtimes for "
  "19 years and knows every child's favourite pudding 🍮")
P("ofb", "2026-06-08 19:00", "Thank you to [[Angela Sixsmith|sr:S008]], the trust's safeguarding lead, for tonight's "
  "online safety talk for parents.")
P("ox_lc", "2025-11-27 15:00", "Year 11 mock exams start Monday. Good luck to all – and to [[Jude Ferris|pr:P0025]], "
  "who asked us to announce that he is 'fully ready' 😂")
P("ofb_lc", "2026-03-24 09:00", "Nursery places for September 2026: come and see Orange and Purple groups in action "
  "with [[Mrs Doherty|sr:S004]], our EYFS lead, on Tuesday mornings.")
P("ox", "2026-05-05 16:00", "Sixth form ambassadors Bailey and Immy showed 30 Year 10s round the study centre today. "
  "Thanks to [[Simran|pr:P0027]] for the brilliant UCAS talk too.")
P("ox", "2026-04-20 15:30", "Well done to [[H in Birch class|id:P0006]], who wrote a whole sentence all by themselves "
  "this week ✏️ Ask them about it – they'll tell you!")

# unapproved school-service accounts
P("u_ig", "2025-09-08 15:30", "📸 First day smiles from Hawthorn class! 💛 [[Bear|pr:P0004]] insisted on a thumbs up "
  "#GFAFamily", w="ua")
P("u_ig", "2025-12-12 09:00", "Backstage at the Winter Showcase 🎭 Filip (Ash class) and Oscar (Sycamore) stole the "
  "show", w="ua")
P("u_ig", "2026-02-16 17:00", "Year 9 girls' football at the county finals 🥅 well played [[Linh|pr:P0020]]!", w="ua")
P("u_ig", "2026-04-21 15:00", "Spring term in pictures 🌸 Aanya, Clemmie and Raff in the primary garden", w="ua")
P("u_xfull", "2025-10-01 12:00", "Open evening was amazing – thank you to everyone who came!", w="ua")
P("u_xfull", "2026-01-21 16:00", "Congratulations [[Mr Obi|sr:S015]] on finishing the Coventry half marathon for the "
  "sensory room appeal 🏃‍♂️", w="ua")
P("u_xfull", "2026-05-20 08:00", "Reminder: [[Year 8 Snowdon trip|ev:E003]] meeting for parents tonight at 6 in the "
  "main hall.", w="ua")
P("u_prim", "2025-09-19 15:30", "Primary phase news 🌳 Elm, Ash and Oak classes have started swimming at the Pingles. "
  "Towels and hats please!", w="ua")
P("u_prim", "2025-11-20 15:00", "Birch class had a visit from a fire engine! Thank you to Nuneaton fire station 🚒 and "
  "to [[Hero|pr:P0006]]'s grandad, who drove it.", w="ua")
P("u_prim", "2026-03-20 14:10", "Our [[Grandparents' Afternoon|ev:E006]] is underway ☕ 140 grandparents and counting!",
  w="ua")
P("u_prim", "2026-06-26 15:20", "Sycamore class, this time next week it's [[transition day|ev:E002]]!! 😱 "
  "[[Mr Prothero|sr:S006]] is already crying.", w="ua")
P("u_prim", "2026-01-22 15:00", "Ash class have been learning about the Romans with [[Mrs Pettiffer|sr:S002]] 🏛️",
  w="ua")
P("u_six", "2025-10-23 16:00", "Sixth form study centre is now open till 6pm 📚☕ #GFASixth", w="ua")
P("u_six", "2026-05-18 12:30", "Leavers' ball countdown: 40 days 🕺 Tickets selling fast – see [[Ms Mwale|sr:S005]]",
  w="ua")
P("u_six", "2026-02-05 18:00", "UCAS offers are flooding in 🎉 Congratulations [[Ify|pr:P0029]] on your offer from "
  "Nottingham to study Pharmacy!", w="ua")
P("u_six", "2025-11-13 15:45", "Year 12s volunteering in Reception this term 🧸 Immy has read 'We're Going on a Bear "
  "Hunt' eleven times", w="ua")
P("u_six", "2026-03-12 16:00", "Sixth form charity bake sale raised £412 for Mind 🧁 Star baker: "
  "[[Simran Dhillon|pr:P0027]]", w="ua")
P("u_pta", "2026-04-30 20:00", "Summer fair planning meeting Tuesday 7pm at the Rose & Crown. All welcome! "
  "[[Priti Mistry|par:R005]] will bring the raffle book.", w="ua")
P("u_pta", "2026-05-12 19:00", "The [[fun run|ev:E008]] is this Saturday! Water stations need volunteers – can you "
  "help? 💦", w="ua")
P("u_pta", "2026-06-05 20:30", "THANK YOU from Priti Mistry and the whole Friends committee for another record summer "
  "fair 💚", w="ua")
P("u_trust", "2026-05-20 09:00", "[[Trust games|ev:E004]] entries close Friday! 🏅 All five Anker Valley schools, one "
  "stadium.", w="ua")
P("u_trust", "2025-09-15 10:00", "Welcome to [[Lorna Pettifer|sr:S002]], Head of Primary at Greenhill Fields, who "
  "joins "
  "our trust primary leadership group this term 👏", w="ua")
P("u_trust", "2026-06-29 09:30", "What a day at the Anker Valley Games 🏆 1,100 pupils from five schools. Thank you "
  "Coach Kyle for running the primary field events!", w="ua")


# ---------------------------------------------------------------------------------------------------------
# The executive principal

P("fai_x", "2025-09-03 07:20", "Day one of year three. 1,640 pupils from nursery to Year 13 and one very old coffee "
  "machine. Let's go. ☕", w="si")
P("fai_x", "2025-10-21 18:30", "Proud of our Year 11s today. [[Jude\nFerris|pr:P0025]] gave a speech at the trust "
  "conference that made grown headteachers cry.", w="si")
P("fai_x", "2026-01-16 09:10", "Watched [[Bailey|pr:P0028]] read to Hawthorn class this morning. The all-through model "
  "in one picture.", w="si")
P("fai_x", "2026-03-03 19:00", "Couldn't agree more, [[Raj|sr:S003]]. Best secondary results in the trust two years "
  "running.", w="si", re_="@rbhamra_head")
P("fai_x", "2026-06-29 20:00", "[[Coach Grant|sr:S007]] and his trust team ran the Anker Valley Games like a military "
  "operation. 1,100 children, zero lost. Remarkable.", w="si")
P("fai_x", "2025-12-02 13:30", "Our lunchtime supervisors are the unsung heroes of an all-through school. "
  "[[Donna|sr:S011]] and [[Carol|sr:S012]], you are legends.", w="si")
P("fai_x", "2026-05-21 18:00", "Thank you to the staff giving up three days for the [[Year 8 residential|ev:E003]] "
  "next "
  "month. Nobody goes into teaching for the sleep.", w="si")
P("fai_fb", "2025-11-16 17:00", "Sunday walk round the Ashby canal. Coots, one heron and a very muddy spaniel.")
P("fai_fb", "2026-02-14 21:00", "Half term at last. Lovely lunch with [[Trish Onslow|sr:G001]] and her husband – we "
  "promised not to talk about budgets and lasted eleven minutes.", nowork=True)
P("fai_fb", "2026-04-06 16:00", "Easter Monday. Eggs hidden, eggs found, one egg found by the dog first.")
P("fai_fb", "2025-10-08 21:30", "Ten days into the new safeguarding software and I'm dreaming in drop-down menus. "
  "Every "
  "headteacher I know is the same.", w="md")
P("fai_fb", "2026-06-15 20:00", "Coffee with Priti Mistry to plan next year's Friends calendar. She has a spreadsheet "
  "for her spreadsheets.", w="md")
P("fai_fb", "2026-03-28 12:00", "Bluebells already out at Hartshill Hayes. Spring is here.", w="pc:P0030",
  cn=["@lea.fontaine"])
P("fai_fb", "2025-09-28 22:00", "Finally watched Oppenheimer. Won seven Oscars and I still fell asleep in the middle "
  "bit.")
P("fai_fb", "2026-05-03 20:30", "Sunday read: a biography of Frank Whittle. Imagine inventing the jet engine in "
  "Coventry and then having to explain it to the Air Ministry.")

# Head of Primary
P("pet_x", "2025-09-05 17:00", "Reception's first full day. 30 new faces, 2 tears (mine) and [[Olive T|pr:P0003]] "
  "asking if I was the Queen.", w="md")
P("pet_x", "2025-10-23 16:30", "Primary phase assembly on kindness. [[Harmony|pr:P0014]] stood up and said 'it's in "
  "my name, Miss'. Can't argue.", w="md")
P("pet_x", "2026-01-08 17:15", "[[Miss Underhill|sr:S014]] has turned the Hawthorn role-play area into a vet's. Seven "
  "stuffed dogs have been 'operated on'.", w="md")
P("pet_x", "2026-03-20 18:00", "[[Grandparents' afternoon|ev:E006]] today and [[Hero|pr:P0006]]'s great-gran is 97 and "
  "danced to Abba with [[Mr Prothero|sr:S006]].", w="md")
P("pet_x", "2026-07-02 16:00", "[[Step Up Day|ev:E002]]: watched my Sycamore lot walk over to the secondary building. "
  "Thirteen years I've done this and it still gets me.", w="md")
P("pet_x", "2026-05-09 14:00", "Garden centre trip. Came home with a hawthorn hedge, two sycamore saplings and no "
  "money.")
P("pet_x", "2026-02-25 16:40", "[[M in Ash class|id:P0010]] asked why the Romans didn't just 'use Google Maps'. Fair.",
  w="md")
P("pet_x", "2025-11-23 10:00", "George Eliot Hospital A&E at 2am with my husband's finger. The staff were wonderful.")
P("pet_ig", "2025-11-30 11:00", "First frost on the allotment. Leeks are fine. I am not. 🥶")
P("pet_ig", "2026-04-09 15:00", "Easter holiday project: painted the reading shed in Birch class. Every colour the "
  "children voted for. It looks like a parrot exploded 🦜")
P("pet_ig", "2026-06-13 19:30", "Hawthorn blossom everywhere on the canal towpath. May really is the month for it 🌸")

# Head of Secondary (bio names the school)
P("bha_x", "2025-09-25 21:40", "Open evening done. 600 visitors, one fire alarm (not a drill, just toast), and "
  "[[Mateusz Zajac|pr:P0024]] gave fourteen tours. Thank you team.", w="si md")
P("bha_x", "2025-11-28 17:30", "Year 9 reports went home today. [[Mr Obi|sr:S015]] wrote 180 of them and is still "
  "smiling. How?", w="si md")
P("bha_x", "2026-01-10 17:05", "Coventry City top of the league in January. I'm not saying anything. I'm not saying "
  "ANYTHING.", w="si")
P("bha_x", "2026-03-05 20:10", "Proud of you. Keep going.", w="si pc:P0021", re_="@cash.odell")
P("bha_x", "2026-05-14 16:00", "Year 11 study leave starts tomorrow. To my Year 11s: you've got this. Sleep, water, "
  "past papers.", w="si md")
P("bha_x", "2026-06-18 13:00", "[[Cian D’Arcy|pr:P0031]] in 10E just asked me if Shakespeare house is named after 'the "
  "bloke from the Bard's Tale game'. We have work to do.", w="si md")
P("bha_x", "2025-10-31 21:00", "Trick-or-treating ended at [[Mrs Nguyen|par:R003]]'s famous bánh mì stall at the end "
  "of "
  "our street. Best Halloween in the Midlands.", w="si")
P("bha_x", "2026-04-21 18:00", "Happy birthday for yesterday! 🎂", w="si pc:P0029", re_="@ify.chukwu")
P("bha_x", "2025-09-19 18:00", "Prepping for [[open evening|ev:E007]]: 40 student guides, 12 science demos and one "
  "very "
  "nervous Head of Secondary.", w="si md")
P("bha_x", "2026-02-19 19:00", "Godiva Festival line-up announced. I'm too old and I'm going anyway.", w="si")

# EYFS lead (Instagram bio names the school by hashtag)
P("doh_ig", "2025-09-10 16:20", "Settling-in week in Orange group 🧡 [[Clemmie|pr:P0001]] has decided she lives here "
  "now.", w="si md")
P("doh_ig", "2025-10-30 19:00", "Halloween at home 🎃 my two as a pumpkin and a very grumpy bat", w="si")
P("doh_ig", "2026-03-18 20:30", "Baking 200 scones for [[grandparents' afternoon|ev:E006]] on Friday 🍰 send help",
  w="si md")
P("doh_ig", "2026-02-27 21:00", "Love you, proud of you, now tidy your room 💕", w="si", re_="@tiamae.s")
P("doh_ig", "2026-05-06 16:00", "Nursery garden is finally planted 🌱 sunflowers, peas and a LOT of worms. "
  "[[Arlo|pr:P0002]] named every single worm.", w="si md")
P("doh_ig", "2026-01-25 19:30", "What a goal!! 😍⚽", w="si pc:P0020", re_="@linh.ngn")
P("doh_fb", "2025-12-20 18:00", "Tia-Mae made the whole Christmas dinner this year. I sat down. I actually sat down.")
P("doh_fb", "2026-04-02 21:15", "Nursery admissions forms, 63 of them, on my kitchen table at 9pm. This job follows "
  "you "
  "home.", w="md")
P("doh_fb", "2026-06-04 22:00", "Nan's 90th at the Chase Hotel 🥂 four generations in one photo")
P("doh_fb", "2026-01-13 17:30", "[[The twins in Purple group|id]] have worked out how to open the nursery gate. Nobody "
  "tell them it's a fire door.", w="md")
P("doh_fb", "2025-10-25 20:00", "Girls' night with [[Priti M|par:R005]] and the yoga lot 🍷")
P("doh_fb", "2026-02-08 10:00", "A penny for my thoughts? They're all about the heating bill.")

# Head of Sixth Form (bio disclaimer)
P("mwa_x", "2025-10-14 21:00", "UCAS deadline for Oxbridge and medics tomorrow. Twelve personal statements read this "
  "weekend. Sociology teachers: we see you.")
P("mwa_x", "2026-02-03 18:00", "Fantastic news – Nottingham are lucky to have you 🎉", w="pc:P0029", re_="@ify.chukwu")
P("mwa_x", "2026-05-19 20:00", "Leavers' ball planning meeting number six. I have opinions about balloon arches now.")
P("mwa_x", "2026-03-11 19:30", "[[Lea Fontaine|pr:P0030]] won the trust's sixth-form debating final with a speech on "
  "rent controls. Genuinely brilliant.")
P("mwa_x", "2026-01-20 17:00", "Immy Whitlock, Warwickshire Young Volunteer of the Year. 80 hours in Reception since "
  "September. So proud.")
P("mwa_x", "2026-03-16 17:30", "[[Immy|pr:P0026]] has now done 100 hours in Reception and has been offered a Saturday "
  "job at a nursery on Edward Street.")
P("mwa_x", "2025-10-13 07:30", "Happy 18th for yesterday, [[Bailey|pr:P0028]]! 🎂", w="pc:P0028", re_="@baileyq13")
P("mwa_x", "2026-04-16 21:00", "Year 13 [[leavers' ball|ev:E005]] venue finally booked. 'Chicken or veg?' is "
  "apparently the most divisive question in Nuneaton.")
P("mwa_x", "2026-07-10 20:00", "Graduation season. Every year I feel about a hundred.", cn=["@lewisbrammer"])
P("mwa_x", "2025-11-06 22:00", "Open evening at my daughter's uni in Leicester. I asked more questions than she did.")
P("mwa_x", "2026-02-26 08:00", "Justice delayed is justice denied. Great Radio 4 documentary on the family courts this "
  "morning.")

# Year 6 teacher and KS2 lead
P("pro_x", "2025-09-17 19:00", "Sycamore class have named our class hamster 'Mr Prothero 2'. I have never been prouder "
  "or more insulted.", w="md")
P("pro_x", "2025-11-04 08:20", "[[Oscar|pr:P0015]] in my class has read the whole of Wonder in a weekend and wants to "
  "discuss it. At 8.15. Before my coffee.", w="md")
P("pro_x", "2026-01-31 17:10", "Wales 27 – 12 France and I'm on my own in a pub in Nuneaton singing Calon Lân. Worth "
  "it.")
P("pro_x", "2026-06-30 21:00", "[[Transition day|ev:E002]] Thursday. 29 Year 6s walking across the field to the big "
  "school. [[Harmony|pr:P0014]] has already packed her pencil case. I'm not ready.", w="md")
P("pro_x", "2026-03-27 18:00", "Ha! Mate, my SATs booster group would eat your Year 9s for breakfast", w="md",
  re_="@mrobi_maths")
P("pro_x", "2025-10-24 12:00", "Oscar Wilde: 'I can resist everything except temptation.' Me, half term, the Greggs on "
  "Abbey Street.")
P("pro_x", "2025-09-20 10:00", "Ha! I remember that volcano. Good luck at college mate", w="pc:P0032",
  re_="@tyreaney09")
P("pro_x", "2026-03-14 11:00", "Congratulations on the new job! 👏", re_="@phoebe.latham")
P("pro_x", "2025-12-11 16:00", "[[Christmas jumper day|ev:-]] at Greenhill Fields Academy and half of Sycamore class "
  "came as me in a tinsel beard. Flattered? Worried?", w="md")
P("pro_fb", "2025-12-27 16:00", "Boxing Day walk with [[Chinedu Obi|sr:S015]] and family up Hartshill Hayes. Mud to "
  "the "
  "knees.", nowork=True)
P("pro_fb", "2026-05-24 19:00", "Bank holiday barbecue. Lost at swingball to a seven-year-old. The seven-year-old is "
  "my niece and she is ruthless.")
P("pro_fb", "2026-02-01 20:00", "[[Twelve years I've taught Year 6 at GFA|si]] and I still can't do the bottle flip "
  "they all do at the end of every lesson.", w="md")
P("pro_fb", "2025-11-09 13:00", "Remembrance parade in town, proud to see [[@justice.boateng|pr:P0016,pc:P0016]] "
  "carrying the Scouts' flag.", nowork=True)
P("pro_fb", "2026-03-01 18:30", "St David's Day cawl at [[Darren Odell|par:R004]]'s – a Nuneaton man making better "
  "cawl than my mam. Disgraceful.")
P("pro_fb", "2026-05-15 20:00", "Running the [[fun run|ev:E008]] tomorrow dressed as a tree. Don't ask. (Sycamore "
  "class "
  "dared me.)", w="md")
P("pro_fb", "2026-06-21 10:00", "Hero of the day: the bloke at the Tesco petrol station who jump-started my car in the "
  "rain.")

# Trust staff: director of sport and safeguarding lead (both bios have disclaimers and name only the trust)
P("gra_x", "2025-10-07 20:00", "Trust-wide primary football festival at Bramcote Heath on Saturday. 22 teams, 5 "
  "schools, 1 very tired director of sport.")
P("gra_x", "2026-04-29 18:00", "Entries open for the [[Anker Valley Games|ev:E004]] – measured the long-jump pit at "
  "the "
  "Pingles three times today.")
P("gra_x", "2026-02-10 12:30", "I work for a trust, not a school, so I get to watch PE lessons in five schools a week. "
  "Best job in Warwickshire.")
P("gra_x", "2026-06-27 09:00", "Jude Bellingham started at a school sports day too, you know. Just saying to every kid "
  "who came last in the sack race.")
P("gra_x", "2025-11-19 17:00", "Great to see [[Bailey Quinton|pr:P0028]] coaching our Year 5s at the trust's hockey "
  "festival today.")
P("gra_x", "2026-06-18 21:00", "Anker Valley Games next Friday. Weather forecast: 'changeable'. Story of my life.")
P("gra_x", "2025-12-28 15:00", "Old Bailey tour with the in-laws. Grim, fascinating, would recommend.")
P("six_x", "2025-09-30 19:00", "New KCSIE, same message: if something feels wrong, tell someone. Training done for 400 "
  "staff across the trust this month.")
P("six_x", "2026-01-28 18:00", "Cycled across Nuneaton to four schools in one day, in sleet. Character building.")
P("six_x", "2026-04-15 20:00", "[[Mrs Pettifer|sr:S002]]'s primary team have the best safeguarding culture I've seen "
  "in 20 years. There, I said it in public.")
P("six_x", "2026-05-12 21:00", "[[I look after safeguarding for GFA|si]] and four other schools in the trust. This "
  "week: 11 referrals, 3 Teams meetings, 1 biscuit.")
P("six_x", "2025-10-29 17:00", "Thanks for coming to the anti-bullying ambassadors' meeting, [[Cian|pr:P0031]] – great "
  "ideas.", w="pc:P0031", re_="@cian.darcy")
P("six_x", "2026-06-30 08:00", "Reading Léa Seydoux's interview in the Observer. Cannes looked exhausting.")

# Sports coach (Instagram bio names the school)
P("had_ig", "2025-09-24 18:00", "After-school football is back ⚽ 38 kids, 12 bibs, 1 coach, and [[Miracle|pr:P0010]] "
  "from Ash class scored four before I'd found the cones", w="si md")
P("had_ig", "2026-02-21 16:00", "Nephew's first goal for Nuneaton Griff U13s 🥹⚽ Ash you absolute hero", w="si")
P("had_ig", "2026-06-08 17:00", "Anker Valley Games in 3 weeks 🏅 relay practice with Sycamore class went… "
  "interestingly", w="si md")
P("had_ig", "2025-11-26 18:30", "Class hat-trick at lunch today mate 👏⚽", w="si pc:P0016 md",
  re_="@justice.boateng")
P("had_ig", "2026-03-09 09:00", "Sunday league done, legs gone 🦵", w="si pc:P0025",
  cn=["@jude_ferris09", "@dazodell"])
P("had_x", "2025-10-11 21:00", "Mason Mount to start for England tonight? Bold.")
P("had_x", "2026-01-24 17:10", "Nuneaton Town 2-2 Alfreton. Cold pie, warm Bovril, no complaints.")
P("had_x", "2026-04-04 18:00", "Easter Saturday five-a-side at the Pingles, my knees have retired.", w="pc:P0024",
  cn=["@matzajac", "@lewisbrammer"])
P("had_x", "2026-05-30 20:00", "Miracle at the Sunday league final: our keeper saved a penalty with his face.")

# Librarian (bio disclaimer)
P("hal_x", "2025-10-02 17:00", "Year 7 library inductions done. One child asked if we had 'the book with the hungry "
  "caterpillar but for teenagers'. We do not. Yet.")
P("hal_x", "2026-03-05 17:30", "[[World Book Day|ev:-]] at Greenhill Fields Academy: 1,600 costumes, 11 Gruffalos "
  "and 1 "
  "very convincing Miss Trunchbull from Year 13.")
P("hal_x", "2026-05-07 21:00", "Reading Middlemarch for the third time because I live in George Eliot's town and "
  "feel I "
  "owe her.")
P("hal_x", "2025-12-09 16:00", "[[Maisie-Rose Tranter|pr:P0019]] has borrowed 61 books this term. Sixty-one. I'm "
  "writing to the council about her.")
P("hal_x", "2026-06-24 16:30", "[[Six years as librarian at Greenhill Fields All-Through Academy|si]] and today a "
  "Year 8 "
  "told me a book made him cry. Best review ever.")
P("hal_x", "2026-02-12 16:00", "Yes! The sequel is on the new-books trolley – come and grab it before Year 8 do 📚",
  w="pc:P0016", re_="@justice.boateng")
P("hal_x", "2026-06-10 16:00", "Lending every Year 8 on the [[Snowdon trip|ev:E003]] a paperback for the coach. "
  "Screens "
  "off, pages on.")
P("hal_x", "2025-11-14 21:00", "Re-reading Jude the Obscure for book club. Hardy really did hate happiness.")

# Lunchtime supervisors
P("rea_fb", "2025-09-06 19:00", "Proud of you starting college love xx", re_="@tyreaney09")
P("rea_fb", "2025-11-12 15:30", "Dinner duty in the rain again. [[Mason P|pr:P0012]] asked for 'double chips, no veg, "
  "thanks Donna'. Cheeky monkey.",
  w="md")
P("rea_fb", "2026-02-18 23:00", "Bingo night at the Griff Club. Won a hamper and a bottle of Baileys. Result 🎉")
P("rea_fb", "2026-04-24 16:00", "lovely little [[penny|pr:P0007]] from cedar class gave me a drawing of me with a "
  "whistle. framed it ❤️", w="md")
P("rea_fb", "2026-05-30 18:00", "Sunny day at Mallory Park with the family 🏎️", w="pc:P0035",
  cn=["@tyreaney09", "@keeley.w13"])
P("rea_fb", "2025-10-10 20:00", "[[Nine years a dinner lady at Greenhill Fields Academy|si]] and the chicken curry "
  "Thursday queue still scares me.", w="md")
P("rea_fb", "2026-01-29 16:10", "[[The lad in 9E whose dad runs the tyre place on Weddington Road|id]] helped me stack "
  "every dinner chair today without being asked. Raised right.", w="md")
P("rea_fb", "2026-06-06 22:00", "[[@gemwhitlock|par:R002]] thank you for the lift home hun xx")
P("rea_fb", "2025-12-22 19:00", "Christmas jumpers on, Quality Street out 🎄", cn=["@tyreaney09"])
P("win_fb", "2025-12-05 20:00", "Carols at church Sunday then mince pies at ours. First winter I've done the lot "
  "myself.")
P("win_fb", "2026-01-15 19:00", "Knitted 30 hats for the little ones in Hawthorn class ❄️ [[Mrs Doherty|sr:S004]] said "
  "she'd make sure they all get one.", w="md")
P("win_fb", "2026-03-03 17:00", "[[The new girl in Oak class who's just come from Poland|id]] said 'dziękuję' for her "
  "dinner every day this week. Manners!", w="md")
P("win_fb", "2025-12-13 12:00", "[[@ash_cooke08|pr:P0018,pc:P0018]] thank you for carrying my shopping up the hill, "
  "your nan would be proud x", nowork=True)
P("win_fb", "2026-05-16 09:30", "Watching the Greenhill Fields parkrun go past my kitchen window with a cuppa. Lovely "
  "to see.")

# English teacher, head of house (bio names the school)
P("bro_x", "2025-10-03 15:40", "Teaching Macbeth to Year 10 on a Friday afternoon. 'Is this a dagger' / 'no sir it's a "
  "glue stick' – thank you, [[Tia-Mae|pr:P0023]].", w="si md")
P("bro_x", "2025-11-20 21:00", "[[Mateusz|pr:P0024]] in my Year 10 set wrote a poem about his grandad's allotment in "
  "Łódź and I've read it four times.", w="si md")
P("bro_x", "2026-02-07 17:30", "Dinner's at 6, don't be late, your mum's doing lasagne 🍝", w="si", re_="@cian.darcy")
P("bro_x", "2026-06-02 20:00", "Risk assessment for the [[Y8 residential|ev:E003]] is 41 pages long. The mountain had "
  "better be worth it.", w="si md")
P("bro_x", "2026-04-11 10:30", "Parkrun PB at Greenhill Fields! 24:51 and only overtaken by one pushchair.", w="si")
P("bro_x", "2025-12-18 16:00", "[[Phoebe Latham|pr:P0033]] popped in to tell us she's got an apprenticeship at the "
  "George Eliot Hospital. Former Whittle house captain, always a star.", w="si md")
P("bro_x", "2026-02-09 08:00", "Happy 18th! 🎂 Have the best day.", w="si", re_="@phoebe.latham")
P("bro_x", "2026-02-06 19:00", "Good luck with the interview tomorrow, [[Phoebe|pr:P0033]]!", w="si pc:P0033",
  re_="@phoebe.latham", nowork=True)
P("bro_x", "2026-05-23 22:00", "Old boys' rugby reunion at my old school in Coleraine. Thirty years, same jokes.",
  w="si")

# Reception teacher
P("und_x", "2025-09-15 18:00", "Phonics week one: we have learned s, a, t, p and that glue sticks are not snacks.")
P("und_x", "2026-01-21 17:00", "[[Bear|pr:P0004]] told me his sister 'works at big school'. She's in Year 12 and helps "
  "us on Wednesdays. Best job title ever.")
P("und_x", "2026-03-06 16:00", "We went on a bear hunt round the school field. We found a bear (a teddy), a puddle "
  "and a "
  "lost glove.")
P("und_x", "2026-05-20 17:30", "Thank you for the cards for Hawthorn – they loved them!", w="pc:P0027",
  re_="@simran.dhillon")
P("und_x", "2025-11-25 16:00", "[[S in Elm class|id:P0009]] came back to Reception to read to us. She was in my class "
  "three years ago and now she's teaching ME words.")
P("und_x", "2026-03-17 19:00", "Practising songs for [[grandparents' tea|ev:E006]] on Friday – Hawthorn have learnt "
  "'You "
  "Are My Sunshine' and I will be weeping.")
P("und_x", "2026-01-03 14:00", "Clementines, mince pies and a jigsaw. The perfect first Saturday of the year.")
P("und_x", "2026-04-23 20:00", "Shakespeare's birthday, and I still think A Midsummer Night's Dream is the only one "
  "that's actually funny.")
P("und_ig", "2025-10-18 15:00", "Autumn walk at Arbury Hall 🍂 the ash trees are turning already")
P("und_ig", "2026-02-28 17:00", "Hawthorn class made pancakes and [[Olive|pr:P0003]] ate seven 🥞 She's four. Where "
  "does it go?", w="md")
P("und_ig", "2026-04-18 13:00", "Olive oil, garlic, chilli, done. Saturday pasta is the best pasta 🍝")
P("und_ig", "2026-06-19 19:00", "[[Proud to teach Reception at @GFAcademy|si]] 💛 last forest afternoon of the year "
  "and nobody fell in the pond.", w="md")
P("und_ig", "2026-02-05 20:00", "So proud of you! x", w="pc:P0033", re_="@phoebe.latham")
P("und_ig", "2025-12-16 19:30", "My niece's nativity at Riverside Meadows Primary 🌟 she was 'Star number 4' and took "
  "it "
  "very seriously.")

# Maths teacher
P("obi_x", "2025-09-09 21:00", "[[Linh|pr:P0020]] in Year 9 set 1 this morning: 'Sir, when will we ever use "
  "simultaneous "
  "equations?' Me, splitting a restaurant bill for 11 people last night:", w="md")
P("obi_x", "2025-11-01 18:00", "Chess club final: [[Dev Mistry|pr:P0022]] beat me in 23 moves. I'd like to say I let "
  "him win.", w="md")
P("obi_x", "2026-01-11 20:00", "Jollof war at my sister's. Ghanaians in the room, I'm saying nothing.")
P("obi_x", "2026-04-25 13:00", "Cash machine ate my card. Walked home. Good day.")
P("obi_x", "2026-03-26 19:00", "Your booster group wouldn't survive one lesson with my set 2 😂", w="md",
  re_="@mrprothero_y6")
P("obi_x", "2025-10-17 19:00", "[[I teach maths at Greenhill Fields Academy|si]] and today a Year 7 asked if 'pi' was "
  "'the one from the bakery'.", w="md")
P("obi_x", "2026-05-16 21:00", "Being a maths teacher means people at parties tell you they 'were never a numbers "
  "person'. Sandra, you're an accountant.")
P("obi_x", "2025-12-03 17:00", "Shout out to [[J in 11S|id:P0025]] who finally understood completing the square and "
  "shouted 'OH' so loud the class next door complained.", w="md")
P("obi_x", "2026-02-22 14:00", "Car fixed by [[Marek Zając|par:R006]] in an hour and he refused to charge me for the "
  "wiper blades. Legend.")
P("obi_x", "2026-01-07 19:00", "Good luck at the new school [[Keeley|pr:P0035]]! Leicester's gain.", w="pc:P0035",
  re_="@keeley.w13", nowork=True)
P("obi_x", "2025-11-10 20:00", "Great run on Saturday 👏", w="pc:P0021", re_="@cash.odell")
P("obi_x", "2025-11-28 21:30", "Maths department is doing a song in the [[Christmas showcase|ev:E001]]. I have been "
  "asked to play the tambourine. I have been asked NOT to sing.", w="md")
P("obi_x", "2026-06-25 19:00", "Watched my nephew's sports day at Bramcote Heath. The dads' race should be banned "
  "under the Geneva Convention.")

# Governors
P("ons_x", "2025-10-10 17:00", "Governor visit day: Hawthorn phonics, Year 9 science and a cracking school dinner. "
  "Thank you [[Dr Fairlie|sr:S001]].", w="si")
P("ons_x", "2026-03-13 12:00", "Retired midwife life: delivered a lamb this morning at my brother's farm near "
  "Atherstone. Still got it.", w="si")
P("ons_x", "2026-05-14 19:00", "Good luck to everyone running the [[Greenhill Fun Run|ev:E008]] on Saturday 🏃 I'll be "
  "on the water table.", w="si")
P("ons_x", "2025-11-22 13:00", "Lovely to bump into [[Folake Oduya-Barnes|par:R001]] at the farmers' market – her "
  "plantain chips sold out by ten.", w="si")
P("stu_fb", "2025-11-08 20:00", "New library extension at the Bramcote Heath site: 420m² GFA, timber frame, finished "
  "on budget. Rare as hen's teeth.")
P("stu_fb", "2026-02-20 21:00", "Governor training on Zoom. Three hours on finance. I've designed hospitals with less "
  "paperwork.")
P("stu_fb", "2026-05-02 22:00", "Quick pint with [[Marlon Grant|sr:S007]] after five-a-side. He still can't pass.")
P("stu_fb", "2026-01-09 18:00", "[[As a governor at Greenhill Fields Academy|si]] I got to see the new sixth form "
  "study "
  "centre today. Worth every penny of the capital bid.")

# Receptionist (not on the roster; bio names the website)
P("recep", "2025-09-04 16:00", "First week back: 214 lost jumpers already. Label them, I beg you. 🙏", w="si")
P("recep", "2026-03-20 16:30", "Signing in 140 grandparents for [[grandparents' afternoon|ev:E006]] ☕ my favourite "
  "day of the year", w="si")
P("recep", "2025-12-08 10:00", "[[Mr Obi|sr:S015]] just walked past the desk in a light-up jumper. We are all better "
  "for it.", w="si")

# Parents (hard negatives: they name nobody else on the roster, and only permitted events)
P("par_gem", "2025-12-12 09:00", "Winter Showcase last night – both my babies on one stage, one aged 4 and one aged "
  "17. "
  "I cried twice.")
P("par_gem", "2026-06-27 17:00", "Leavers' ball tonight 😭 where did the time go")
P("par_daz", "2026-06-26 13:00", "Anker Valley Games! Shouting myself hoarse at the Pingles 📣")
P("par_priti", "2026-05-23 21:00", "Summer fair done. Feet: destroyed. Heart: full.")


if __name__ == "__main__":
    sys.exit(main(sys.argv, out=OUT, seed=SEED, prefix=PREFIX, n_posts=N_POSTS, school=SCHOOL))
