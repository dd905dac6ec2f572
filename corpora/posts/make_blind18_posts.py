"""Write ``blind18-posts.jsonl``: the eighteenth blind, hand-labelled evaluation set (see ``BLIND18.md``).

    python corpora/posts/make_blind18_posts.py              # check, then write
    python corpora/posts/make_blind18_posts.py --warnings   # also list posts a reviewer should look at twice

This set is about a school the product has never seen: Fernhill Court School, a fictional small independent
preparatory school (ages 4-13, day and weekly boarding) in Ambersford, a fictional Wiltshire market town
(``corpora/blind18-school``). Forms are named by year (Form 3 ... Form 8, with a pre-prep of Reception, Form 1 and
Form 2), houses are named after local hills, boarders have houseparents and a matron, older pupils are called by
surname on the sports field, and staff are "Sir" to the children. "Fernhill" on its own is the hill, the lane and a
farm shop, not the school. Every post and every label below was written by hand. Gold spans are marked inline as
``[[text|cat:SUBJECT,cat:SUBJECT]]`` (``-`` for no subject); whole-post gold goes in ``w`` as ``cat`` or
``cat:SUBJECT`` words. The checks in ``blind_kit.py`` must all pass, against the blind18 school profile, before the
file is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from blind_kit import ROOT, P, acct, main

HERE = Path(__file__).resolve().parent
OUT = HERE / "blind18-posts.jsonl"
SCHOOL = ROOT / "corpora" / "blind18-school"
SEED = 20261818
PREFIX = "b18"
N_POSTS = 240

# ---------------------------------------------------------------------------------------------------------
# Accounts. ``disc``: the bio says the views are the author's own. ``si_bio``: the bio self-identifies.

# official. Approved: @FernhillCourt on x and on facebook (handles without case).
acct("ox", "official", "x", "@FernhillCourt",
     "Fernhill Court School · independent prep, 4-13, day & weekly boarding · Ambersford, Wiltshire #FernhillFamily")
acct("ox_lc", "official", "x", "@fernhillcourt", "Fernhill Court School, Ambersford 🌿")
acct("ofb", "official", "facebook", "@FernhillCourt",
     "Fernhill Court School · Fernhill Lane, Ambersford · 0117 496 0382 · fernhillcourt.example.sch.uk")
# not approved
acct("u_ig", "official", "instagram", "@FernhillCourt", "📸 Life at Fernhill Court School")
acct("u_sport", "official", "x", "@FernhillSport", "Fixtures & results from Fernhill Court #FCSSport 🏉🏑🏏")
acct("u_board", "official", "instagram", "@FCSBoarding", "Weekly boarding at Fernhill Court 🛏️🍕")
acct("u_friends", "official", "facebook", "@FriendsOfFernhill", "Friends of Fernhill Court: the parents' association")
acct("u_pp", "official", "instagram", "@FernhillPrePrep", "Reception to Form 2 at Fernhill Court 🌼")

# staff, governors and two parents
acct("pt_x", "personal", "x", "@piers_tremayne",
     "Headmaster, Fernhill Court School, Ambersford. Latin, cricket, Labradors. Views my own.", "S001",
     disc=True, si_bio=True)
acct("pt_fb", "personal", "facebook", "@piers.tremayne", "", "S001")
acct("kt_ig", "personal", "instagram", "@katetremayne", "Head of Pre-Prep at @FernhillCourt 🌼 mum of 1 · wild swimmer",
     "S002", si_bio=True)
acct("gp_x", "personal", "x", "@gilespargeter", "Bursar. Spreadsheets, steam railways and the Saints.", "S003")
acct("ds_x", "personal", "x", "@coachstubbs", "Director of Sport. Ex-Bath academy. Opinions mine.", "S004", disc=True)
acct("ds_fb", "personal", "facebook", "@dom.stubbs", "", "S004")
acct("wg_x", "personal", "x", "@will_garland_", "Housemaster. Boarding, bikes and bad puns.", "S005")
acct("wg_fb", "personal", "facebook", "@will.garland.77", "", "S005")
acct("to_x", "personal", "x", "@tunde_ogundipe", "Head of Science @FernhillCourt. Dad of 3. Views my own.", "S006",
     disc=True, si_bio=True)
acct("fv_fb", "personal", "facebook", "@fern.vickery", "", "S007")
acct("sn_x", "personal", "x", "@missnibhriain", "Form 3 teacher. Irish abroad ☘️", "S008")
acct("sn_fb", "personal", "facebook", "@sorcha.nibhriain", "", "S008")
acct("hd_x", "personal", "x", "@hamishdrummond_latin", "Classics teacher. Amo, amas, amat. Views my own.", "S009",
     disc=True)
acct("rp_ig", "personal", "instagram", "@rhodri.pugh", "gap yr @FernhillCourt 🏉 then Cardiff uni", "S010", si_bio=True)
acct("tb_ig", "personal", "instagram", "@tildabrackenbury", "gappie 🌿 cricket & coffee", "S011")
acct("is_fb", "personal", "facebook", "@imogen.starling", "Director of Music · organist · mum", "S012")
acct("dl_fb", "personal", "facebook", "@den.loveridge", "", "S013")
acct("jp_x", "personal", "x", "@julianpenrose",
     "Chair of Governors, Fernhill Court School. RAF (retd). Views my own.", "G001", disc=True, si_bio=True)
acct("hm_x", "personal", "x", "@drmarchetti", "GP in Wiltshire. School governor. Cyclist.", "G002")
acct("par_lf", "personal", "instagram", "@lavvy_fl", "mum of 2 · labradors · Ambersford", "R001")
acct("par_fm", "personal", "facebook", "@farahmirza_bakes", "Celebration cakes, Ambersford 🎂", "R005")

# ---------------------------------------------------------------------------------------------------------
# Approved official accounts

P("ox", "2025-09-04 08:05", "Welcome back, everyone! Forms 3–8 start today, pre-prep tomorrow. The boarders' trunks are already piled up in the hall 🎒 #FernhillFamily")
P("ox", "2025-09-12 16:40", "Fernhill Lane will be closed on Tuesday for resurfacing. Please use the Ambersford Road gate for drop-off.")
P("ox", "2025-09-18 12:00", "Save the date: our [[Open Morning|ev:E006]] is on Saturday 4 October, 9.30 to 12.")
P("ox", "2025-09-27 17:15", "1st XV v Hazelwood Prep: a gritty 20–15 win 🏉 Tries from [[Fairweather-Lyle|pr:P0001]] (2) and [[Cholmondeley|pr:P0003]], with [[Ibáñez|pr:P0005]] kicking the extras. #FCSSport")
P("ox", "2025-10-04 08:30", "Open Morning today from 9.30! Parking on the top field, follow the bunting. Coffee and brownies in the Old Library ☕")
P("ofb", "2025-10-08 15:30", "Congratulations to Hope in Form 8 on her Grade 6 cello, with distinction 🎻")
P("ofb", "2025-10-10 09:00", "A very warm welcome to [[Dom Stubbs|sr:S004]], who joins us after half term as our new Director of Sport.")
P("ofb", "2025-10-13 17:45", "Mr Stubbs has already been spotted measuring the cricket square with a piece of string. Welcome to Ambersford, Dom!")
P("ofb", "2025-09-30 18:10", "Meet this year's gap-year assistants: [[Rhodri|sr:S010]] (rugby, all the way from Cardiff) and [[Tilda|sr:S011]] (cricket, Ambersford born and bred). Say hello if you see them on the touchline!")
P("ox", "2025-11-05 13:00", "[[Bonfire Night|ev:E007]] is this Friday! Gates open 6pm, sparklers for pre-prep at 6.15, fireworks at 7. Wellies essential 🎆")
P("ofb", "2025-11-08 10:20", "Thank you to everyone who came to the [[Fernhill bonfire|ev:E007]] last night, and to the Friends for 400 hot chocolates.")
P("ox", "2025-11-20 16:00", "Pre-prep [[nativity|ev:E003]] rehearsals are well under way. There may be more sheep than the script strictly requires 🐑")
P("ox", "2025-12-09 15:50", "Today's Pre-Prep Nativity was a triumph. Rory's innkeeper delivered 'No room!' with real conviction ⭐")
P("ofb", "2025-11-26 17:30", "Choir practice for the [[carol service|ev:E002]] has begun in earnest 🎶 [[Dr Starling|sr:S012]] says the descants are 'nearly there'.")
P("ofb", "2025-12-03 12:30", "Tickets for the Carol Service at St Michael's on Thursday 11 December are now on the parent portal.")
P("ox", "2025-12-11 21:05", "Nine Lessons and Carols by candlelight. Thank you to our choristers, readers and everyone who braved the cold 🕯️")
P("ox", "2025-12-22 11:00", "Still humming the descants from our [[Nine Lessons and Carols|ev:E002]]. Happy Christmas from all of us!")
P("ofb", "2026-01-08 16:00", "Scholarship season: good luck to our Form 8s sitting senior school papers this month. Fuelled by Matron's flapjack.")
P("ox", "2026-02-06 12:15", "Huge congratulations to Hugo Fairweather-Lyle, awarded a sports scholarship to Kingsmead College 🏉🏏")
P("ox", "2026-03-18 16:30", "House cross-country: Melbury won the seniors, Windover the juniors. First home in the seniors: Fairweather-Lyle, again 🏃")
P("ox", "2026-03-24 17:00", "[[Hugo F-L|pr:P0001]] signed off his Fernhill hockey with a hat-trick in the county Plate final 🏑")
P("ofb", "2026-01-30 14:00", "The Headmaster, Mr Tremayne, and Air Commodore Penrose, our Chair of Governors, cut the ribbon on the refurbished boarding house this morning.")
P("ofb", "2026-02-10 15:45", "Well done to [[Noor|pr:P0016]] and Bee in Form 5, runners-up in the county junior maths challenge 🧮")
P("ox", "2026-03-06 12:30", "World Book Day in Form 3: two Gruffalos, a Matilda, and [[Mr Garland|sr:S005]] as a very convincing Mr Twit 📚")
P("ox", "2026-04-22 08:10", "Summer term begins! Cricket whites to Matron by Friday please 🏏")
P("ofb", "2026-05-11 16:20", "Form 6 set off on the [[Normandy trip|ev:E005]] next Monday. Passports to the office by Wednesday please!")
P("ox", "2026-05-20 19:00", "[[Normandy|ev:E005]] day 3: Form 6 have seen the Tapestry and eaten their body weight in crêpes 🇫🇷")
P("ofb", "2026-06-10 13:10", "Common Entrance is DONE. Well done, Form 8! Tuck shop open early today 🍭")
P("ox", "2026-06-20 12:00", "[[Parents v Staff cricket|ev:E004]] from 2pm on the top field. The Staff XI is captained by Mr Stubbs, who is 'quietly confident'.")
P("ofb", "2026-06-12 09:30", "Invitations to [[Speech Day|ev:E001]] have gone out in book bags. Marquee, hats and tissues advised.")
P("ofb", "2026-07-03 18:00", "Speech Day and Prize Giving 2026. The Headmaster's last words to Form 8: 'Be kind, be brave, and write home.' Congratulations to every prize winner, especially Isla (Leavers' Cup) and Archie (Music Prize).")
P("ofb", "2025-11-14 16:05", "Exeat weekend! Boarders home from 4pm Friday, back by 7pm Sunday. And please do read the nits letter 🙈")
P("ofb", "2025-10-17 16:30", "Half term! Thank you to our matrons, houseparents and gap-year team for a brilliant first half of term.")
P("ox", "2026-01-23 07:30", "Snow ❄️ School is OPEN. Pre-prep sledging on the top field at break, supervised by Mr Stubbs and the gap-year team.")
P("ofb", "2026-02-27 16:10", "Congratulations to [[Kit|pr:P0013]] in Form 6, the new county U12 chess champion ♟️")
P("ox", "2026-04-30 18:30", "U11A cricket beat Stoneleigh by 40 runs: 52* from [[Ashdown|pr:P0011]] and three wickets for Goldie 🏏")
P("ofb", "2026-05-29 10:00", "Half-term reading lists for Forms 3–5 are on the website: fernhillcourt.example.sch.uk/reading 📖")
P("ox", "2026-06-25 12:00", "Sunny in Form 7 has designed this year's Speech Day programme cover ☀️")
P("ofb", "2026-01-12 09:15", "Thank you to [[Den Loveridge|sr:S013]] and the grounds team, who had the drive gritted by 6am ❄️")
P("ox_lc", "2025-10-22 10:30", "Hedgehog spotted by the pre-prep pond 🦔 Form 1 have named him Sir.")
P("ox_lc", "2026-05-07 15:00", "Form 4's runner beans are now officially taller than [[Ivo|pr:P0020]]. Just. 🌱")
P("ofb", "2025-11-28 16:00", "Old Fernhillian [[Ned Harcourt-Vane|pr:P0033]] stroked the Durham novice eight to victory last weekend. Once a Windover, always a Windover 🚣")
P("ox", "2025-10-01 16:45", "Lost property mountain update: 14 jumpers, 3 left boots, 1 trombone. Please name EVERYTHING.")
P("ofb", "2026-03-27 15:30", "End of the Lent term. Happy Easter from everyone at Fernhill Court 🐣")
P("ox", "2026-05-15 11:00", "Form 8 revision timetable and Common Entrance dates: fernhillcourt.example.sch.uk/ce or call the office on 0117 496 0382.")

# ---------------------------------------------------------------------------------------------------------
# Unapproved official accounts

P("u_ig", "2025-10-01 08:00", "Autumn on the drive 🍂 #FernhillFamily", w="ua")
P("u_ig", "2025-11-10 11:00", "Form 7's poppy window, made by [[Clemmie|pr:P0006]] and [[Wren|pr:P0008]] 🌺", w="ua")
P("u_ig", "2026-06-16 19:00", "Speech Day prep: the marquee is UP ⛺", w="ua")
P("u_ig", "2026-02-14 13:00", "Form 8's Valentine's bake sale raised £212 for the hospice ❤️", w="ua")
P("u_ig", "2026-03-05 12:00", "[[Mrs Tremayne|sr:S002]]'s pre-prep World Book Day parade 📚🧙", w="ua")
P("u_sport", "2025-09-20 17:30", "U13A v Hazelwood: lost 12–24. [[Cholmondeley|pr:P0003]] tireless in the loose. Coach [[Mr Stubbs|sr:S004]] says we go again.", w="ua")
P("u_sport", "2025-10-18 09:00", "This account is now run by Coach Stubbs. Fixtures, results and the odd bad photo 📸", w="ua")
P("u_sport", "2025-11-22 15:30", "U11 hockey: 4–1 win at Stoneleigh. Goals from [[Freddie A|pr:P0011]] (2), Goldie and [[Kit|pr:P0013]] 🏑", w="ua")
P("u_sport", "2026-01-24 16:00", "1st XI hockey v Hazelwood, 2–2. [[Fairweather-Lyle|pr:P0001]] with the late equaliser!", w="ua")
P("u_sport", "2026-03-25 18:00", "Season stats: top scorer [[Hugo|pr:P0001]] (19), most improved Archie, best celebration [[Zain|pr:P0022]].", w="ua")
P("u_sport", "2026-05-16 14:10", "U12 cricket v St Anselm's abandoned. Rain ☔", w="ua")
P("u_sport", "2026-06-20 20:00", "[[Parents' match|ev:E004]] scorecard to follow 🏏 (it was close)", w="ua")
P("u_sport", "2026-06-27 17:00", "U10s: [[Mirza|pr:P0022]] 4 for 12 to bowl out Stoneleigh for 58!", w="ua")
P("u_board", "2025-09-07 20:00", "Boarders' first Sunday: pizza, Uno and a very competitive game of sardines 🍕", w="ua")
P("u_board", "2025-10-12 20:30", "Weekly boarders' film night: Paddington 2. Again. Nobody complained.", w="ua")
P("u_board", "2025-11-16 19:00", "Sunday roast in the boarding house 🍗 thanks to [[Mr Garland|sr:S005]] and his famous roast potatoes", w="ua")
P("u_board", "2026-01-18 19:30", "Exeat over, boarders back, and [[Matron Fern|sr:S007]] has hot water bottles ready 🧸", w="ua")
P("u_board", "2026-03-01 18:00", "[[Clemmie D'Arcy|pr:P0006]] won the boarders' bake-off with a lemon drizzle 🍋", w="ua")
P("u_board", "2026-05-03 16:00", "Bank holiday Sunday: water fight on the top lawn 💦", w="ua")
P("u_friends", "2025-10-20 20:00", "[[Bonfire Night|ev:E007]] volunteers needed! Sign up for a stall via the link 🔥", w="ua")
P("u_friends", "2025-10-28 19:30", "Welcome to our new chair, [[Saskia Lockhart|par:R003]] (mum to Bee in Form 5)!", w="ua")
P("u_friends", "2025-11-10 09:00", "A huge thank you to our chair Saskia Lockhart and every volunteer who ran the hot-chocolate stall on Friday ☕", w="ua")
P("u_friends", "2026-04-20 20:00", "Thank you [[Sas Lockhart|par:R003]] for three wonderful years as chair 💐", w="ua")
P("u_friends", "2026-06-05 19:00", "Tickets for the tea at the [[Parents v Staff cricket|ev:E004]] on 20 June: £5, scones included.", w="ua")
P("u_friends", "2026-02-09 18:00", "Second-hand uniform sale this Friday in the Old Library, 3.30–5pm.", w="ua")
P("u_pp", "2025-11-13 11:30", "Our pre-prep stars are learning their lines for the [[nativity|ev:E003]] ⭐", w="ua")
P("u_pp", "2025-12-10 16:00", "Thank you for coming to the nativity! [[Daisy|pr:P0025]] made a wonderful star ✨", w="ua")
P("u_pp", "2026-02-17 11:00", "Pancake day in Reception 🥞 Rory flipped his onto the ceiling.", w="ua")
P("u_pp", "2026-04-27 14:00", "[[Ada|pr:P0027]] in Form 1 found a frog in the pond dipping tray 🐸", w="ua")
P("u_pp", "2026-06-08 15:30", "Pre-prep sports day: egg and spoon carnage 🥄 Well run, [[Mrs T|sr:S002]]!", w="ua")

# ---------------------------------------------------------------------------------------------------------
# The Headmaster

P("pt_x", "2025-09-03 22:10", "New term tomorrow. Twenty-seven years in schools and I still can't sleep the night before.", w="si")
P("pt_x", "2025-10-04 14:00", "Open Morning done. Forty families, one escaped Labrador (ours), zero rain.", w="si")
P("pt_x", "2025-11-18 18:30", "Proud of [[Kit Okonkwo-Baird|pr:P0013]], who beat me at chess in eleven moves.", w="si")
P("pt_x", "2026-02-05 19:00", "Congratulations to Kit Okonkwo-Baird, county U12 chess champion. I have retired from playing him.", w="si")
P("pt_x", "2026-03-03 21:00", "Thank you to [[Julian Penrose|sr:G001]] for chairing a marathon governors' meeting with grace and biscuits.", w="si")
P("pt_x", "2026-06-05 12:30", "Common Entrance week. The silence in the Great Hall is the loudest sound in school.", w="si")
P("pt_x", "2026-01-10 17:00", "Reading Ovid with the Form 8 scholars this week. He still lands.", w="si")
P("pt_x", "2025-12-12 16:45", "Last day of term. To every matron, houseparent, gap student and groundsman: thank you.", w="si")
P("pt_x", "2026-07-04 09:00", "Speech Day yesterday. Goodbye, Form 8. Write home.", w="si")
P("pt_x", "2026-04-14 20:00", "Easter at the in-laws' in Padstow. Lost at Scrabble to a nine-year-old.", w="si")
P("pt_fb", "2025-10-25 18:00", "Half-term walk up Melbury Beacon. Jago carried a stick the size of himself the whole way.")
P("pt_fb", "2025-11-29 21:30", "Marking scholarship Latin papers at the kitchen table with a glass of red. Hic, haec, hoc.", w="md")
P("pt_fb", "2026-02-21 22:00", "Lovely supper at the Bell with [[Giles Pargeter|sr:S003]] and his wife. He paid, which must be a first.", nowork=True)
P("pt_fb", "2026-05-30 19:00", "Jago's first match for the village club under-11s. Scored 4, dropped 2 catches, utterly delighted.")
P("pt_fb", "2026-03-12 20:15", "Inspection next week. If you see me in Waitrose buying forty packets of biscuits, no you didn't.", w="md")
P("pt_fb", "2025-09-14 19:00", "[[Ned|pr:P0033]]! How's Durham treating you? Still rowing?", re_="@ned_hv", nowork=True)

# The Head of Pre-Prep (the Headmaster's wife; her bio self-identifies)
P("kt_ig", "2025-11-25 21:00", "Halos cut, tinsel glued, costumes DONE ✨ nativity here we come", w="si md")
P("kt_ig", "2025-11-21 20:00", "[[Nativity|ev:E003]] rehearsal 4 of 12 and the shepherds have unionised 🐑", w="si md")
P("kt_ig", "2026-01-20 17:00", "Reception phonics: [[Rory|pr:P0026]] has discovered 'ch' and now says 'chocolate' about everything 🍫", w="si md")
P("kt_ig", "2026-04-05 10:00", "Durdle Door at 9°C. Screamed the whole way in 🥶🌊", w="si")
P("kt_ig", "2025-09-29 18:00", "Forest school in the drizzle with Form 2. [[D in Form 2|id:P0025]] found a newt and named it Kevin 🦎", w="si md")
P("kt_ig", "2026-02-12 16:30", "Teatime summit with [[Fern|sr:S007]] about nits. Again. Pre-prep life 😂", w="si md")
P("kt_ig", "2026-05-17 09:00", "Jago did ten lengths without stopping this morning 🏊 proud mum", w="si")

# The Bursar
P("gp_x", "2025-09-19 17:30", "Fees reminders sent. Brace, brace.", w="md")
P("gp_x", "2025-10-11 17:00", "Saints 2-1. Get in.")
P("gp_x", "2026-01-14 08:10", "The boarding-house boiler has died. Again. I have spoken to it firmly.", w="md")
P("gp_x", "2026-03-28 16:00", "Swanage steam gala 🚂 my happy place")
P("gp_x", "2026-05-14 19:00", "Budget meeting with [[Piers|sr:S001]] ran three hours. We now own one fewer minibus.", w="md")
P("gp_x", "2025-12-05 13:00", "[[Carol service|ev:E002]] tickets: I have become a box office. Sold out by lunchtime.", w="md")
P("gp_x", "2026-06-28 12:00", "Golf with [[Jonty Ashdown|par:R004]]. He won. I am demanding a steward's enquiry.", nowork=True)

# The Director of Sport
P("ds_x", "2025-10-14 18:00", "[[First week as Director of Sport at Fernhill Court|si]] done. Every pitch measured, every bib counted.")
P("ds_x", "2025-11-15 17:30", "U13s: [[Fairweather-Lyle|pr:P0001]] and [[Cholmondeley|pr:P0003]] outstanding in the loose today 💪")
P("ds_x", "2026-02-16 18:00", "Hockey lot made me proud all season. [[Hugo F-L|pr:P0001]] off to Kingsmead on a sports scholarship 🏑")
P("ds_x", "2026-04-11 20:00", "Bath v Saints at the Rec. Ears still ringing.")
P("ds_x", "2026-03-01 18:30", "Brilliant stick work today mate 👏", w="pc:P0001", re_="@hugo.fl")
P("ds_x", "2026-06-20 19:00", "Staff XI lost the [[parents' cricket match|ev:E004]] by two runs. I blame the umpire (a parent).")
P("ds_x", "2025-12-01 07:30", "I'm a coach, not a magician. I cannot make eleven-year-olds love cross-country.")
P("ds_x", "2026-01-31 17:00", "Great try on Saturday, [[Quennell|pr:P0031]]. Kingsmead are lucky to have you.", w="pc:P0031", re_="@jasperquennell", nowork=True)
P("ds_fb", "2025-09-21 12:00", "Stag do in Newquay. Never again. My liver has filed a complaint 🍺")
P("ds_fb", "2026-01-25 15:00", "Hockey pitch frozen solid, fixture off. Sat in the pavilion doing risk assessments instead 🙃", w="md")
P("ds_fb", "2026-05-02 18:00", "Nets with [[Tilda|sr:S011]] and the U11s. She bowls quicker than me, which is annoying.", w="md")
P("ds_fb", "2026-03-08 21:00", "Sunday league: 3-0 win, clean sheet, knees in bits 😎", w="pc:P0003", cn=("@dannyp_77", "@barney_chum"))

# The Housemaster
P("wg_x", "2025-09-08 22:00", "Boarding house: 22 boys, 1 washing machine, 0 matching socks.", w="md")
P("wg_x", "2025-11-04 21:00", "Will the dog survive fireworks season? Will I? 🎆")
P("wg_x", "2026-02-05 07:00", "Exeat weekend = first lie-in since Christmas 😴", w="md")
P("wg_x", "2026-03-20 22:15", "[[Barney|pr:P0003]] has finally learned to iron a shirt. Scenes in the boarding house.", w="md")
P("wg_x", "2026-01-25 08:00", "Happy 13th, [[Rafa|pr:P0005]]! 🎂", w="pc:P0005", re_="@rafa_ibanez13", nowork=True)
P("wg_x", "2026-05-24 10:00", "Hung a garland of wild garlic on the back door. House now smells like a kebab shop.")
P("wg_x", "2026-06-14 18:00", "Cycled the Ridgeway, 80km. Legs gone.")
P("wg_fb", "2025-10-26 12:00", "Sunday roast with [[Tunde|sr:S006]] and family at the Crown. He still can't carve.", nowork=True)
P("wg_fb", "2026-04-18 11:00", "Garden centre haul: two roses, a fern and a bird box for the wrens 🐦")
P("wg_fb", "2026-05-21 22:30", "[[I'm Head of Boarding at Fernhill Court|si]] and tonight I lost the boarders' quiz to a team called 'Sir Is Old'.", w="md")

# The Head of Science (bio self-identifies, with a disclaimer)
P("to_x", "2025-10-02 16:30", "Form 7 made elephant toothpaste today. The lab ceiling will never be the same.", w="si")
P("to_x", "2026-01-28 17:00", "Kit O-B asked me what's inside a black hole. I said 'Form 8's homework'.", w="si")
P("to_x", "2026-03-04 16:00", "[[Kit O-B|pr:P0013]] has built a working periscope from two crisp tubes 🔭", w="si")
P("to_x", "2026-02-05 07:30", "Happy 15th, son 🎉 proud of you every day", w="si", re_="@felix.ogundipe")
P("to_x", "2025-11-22 16:00", "Natural History Museum with my own three. No lab coats, no risk assessments.", w="si")
P("to_x", "2026-04-26 20:00", "Barbecue for Felix's mates 🍔", w="si pc:P0034", cn=("@felix.ogundipe", "@tamsin.rowe12"))

# Matron (mother of a Form 1 pupil)
P("fv_fb", "2025-09-10 21:00", "First week in the san: 14 headlice checks, 3 lost retainers and [[one homesick little boy in Form 3 who just needed a cuddle|id]] 💙", w="md")
P("fv_fb", "2025-10-19 18:00", "Ada's first ballet show 🩰 so proud of my girl")
P("fv_fb", "2026-01-21 23:00", "Norovirus in the boarding house. Pray for me.", w="md")
P("fv_fb", "2026-03-15 10:00", "Fern fronds uncurling in the garden 🌿 spring is here")
P("fv_fb", "2026-02-20 19:00", "Glad the ankle's better lovely, pop into the san on Monday so I can check it x", w="pc:P0006 md", re_="@clemmie.darcy")
P("fv_fb", "2026-06-27 23:30", "Girls' night out with [[Sorcha|sr:S008]] and [[Tilda B|sr:S011]] 🍸💃", nowork=True)

# The Form 3 teacher
P("sn_x", "2025-09-05 17:00", "New Form 3! [[Flo|pr:P0023]] has already asked if we can have a class guinea pig.", w="md")
P("sn_x", "2025-12-14 06:00", "Dublin bound for Christmas ✈️☘️")
P("sn_x", "2026-03-17 09:00", "Lá Fhéile Pádraig sona daoibh! ☘️")
P("sn_x", "2026-02-26 16:00", "Spelling test: 'necessary'. 3 out of 16 got it. Including me, just.", w="md")
P("sn_x", "2026-05-19 16:30", "[[M in Form 3|id:P0024]] did a perfect cartwheel in PE, then cried because nobody saw it", w="md")
P("sn_x", "2026-04-24 20:00", "I'm a teacher. I own nine glue sticks and not one of them has a lid.")
P("sn_fb", "2025-10-31 21:00", "Halloween in Ambersford: fourteen trick-or-treaters, three of them dressed as Taylor Swift 🎃")
P("sn_fb", "2026-01-17 18:00", "Brownies from [[Farah Mirza|par:R005]] for my birthday. I may never share them.", nowork=True)
P("sn_fb", "2026-06-22 20:00", "[[Proud to teach Form 3 at Fernhill Court Prep|si]]. Today they wrote poems about clouds and one made me cry.", w="md")

# Classics
P("hd_x", "2025-10-07 18:00", "Scholarship Latin prep: [[Rafael Ibanez|pr:P0005]] translated 'Caesar' as 'salad man'. Not wrong, exactly.")
P("hd_x", "2026-01-16 22:00", "The Iliad never gets old. Hector's goodbye still gets me.")
P("hd_x", "2026-02-18 17:00", "Good luck to [[Hope Adeyinka|pr:P0002]] and [[Barney C|pr:P0003]] at their scholarship interviews tomorrow 🤞")
P("hd_x", "2025-09-25 19:00", "[[Twelve years teaching Latin at #FernhillFamily|si]] and the Romans still haven't given me a day off.")
P("hd_x", "2026-05-22 21:00", "Hope springs eternal: the Saints will stay up. (They will not.)")
P("hd_x", "2026-06-12 13:00", "Common Entrance Latin was kind this year. Ablatives absolute, the lot.")
P("hd_x", "2026-01-20 19:00", "Salve [[Tamsin|pr:P0034]]! Hope the new school is treating you well.", w="pc:P0034", re_="@tamsin.rowe12", nowork=True)

# Gap-year assistants
P("rp_ig", "2025-09-15 21:00", "first week as a gappie ✅ taught U9 tag rugby, got lost twice, ate 4 puddings", w="si md")
P("rp_ig", "2025-11-09 20:00", "Cardiff for the autumn internationals 🏴󠁧󠁢󠁷󠁬󠁳󠁿🏉", w="si")
P("rp_ig", "2026-02-07 22:00", "boarders movie night w [[Barney|pr:P0003]] and the form 8 lads, they made me watch mamma mia 😭", w="si md")
P("rp_ig", "2026-03-09 20:30", "haha class mate see u at training tmrw", w="si pc:P0009 md", re_="@archie.penhallow")
P("rp_ig", "2026-05-26 18:00", "Croyde 🌊 surf's up", w="si")
P("rp_ig", "2026-06-01 23:50", "night out in bristol w the lads 🍻", w="si pc:P0031", cn=("@ned_hv", "@jasperquennell"))
P("tb_ig", "2025-09-22 10:00", "coffee #3 and it's not even 10 ☕")
P("tb_ig", "2026-04-29 18:00", "nets with the U11 girls, [[Goldie|pr:P0012]] bowled me first ball 😂", w="md")
P("tb_ig", "2026-03-10 17:00", "omg [[georgie|pr:P0032]] congrats on the offer!!! 🎉", w="pc:P0032", re_="@georgie.mallender", nowork=True)
P("tb_ig", "2026-03-13 21:00", "cannot wait for saturday!!! 🎂🎈", w="pc:P0032", re_="@georgie.mallender", nowork=True)
P("tb_ig", "2026-03-16 12:00", "see u at the bell thurs x", re_="@georgie.mallender")
P("tb_ig", "2026-05-10 17:00", "ambersford water meadows in may 🌸")

# Director of Music
P("is_fb", "2025-12-11 15:00", "[[Carol service|ev:E002]] tonight. Sixty choristers, one organ, no heating in St Michael's 🥶", w="md")
P("is_fb", "2026-02-22 19:00", "Evensong at Salisbury. Bliss.")
P("is_fb", "2026-03-26 21:00", "Grade exams marathon: 31 candidates, 1 examiner, 9 cups of tea.", w="md")
P("is_fb", "2026-06-03 23:00", "Sat next to [[Lavinia Fairweather-Lyle|par:R001]] at the Ambersford Festival concert. She cried at the Elgar too 😭", nowork=True)
P("is_fb", "2025-10-15 19:00", "Starlings murmurating over the water meadows tonight 🐦")
P("is_fb", "2026-01-26 17:00", "[[Isla MacAskill|pr:P0004]]'s Grade 8 piano is booked. Terrified on her behalf.", w="md")

# Groundsman
P("dl_fb", "2025-10-06 17:00", "Rolled the square for the last time this season. Sad day.", w="md")
P("dl_fb", "2026-01-05 09:00", "Bit of snow at last ❄️ the Jack Russell is loving it")
P("dl_fb", "2026-04-18 16:00", "Marking out the athletics track. String, pegs and prayer.", w="md")
P("dl_fb", "2026-06-19 19:00", "Square's ready for the [[parents' match|ev:E004]] tomorrow 🏏", w="md")
P("dl_fb", "2025-11-30 10:00", "Happy birthday to [[Giles P|sr:S003]], best bursar I ever argued with 🎂", nowork=True)

# Governors
P("jp_x", "2025-10-04 15:00", "Open Morning at Fernhill Court this morning. A joy.", w="si")
P("jp_x", "2026-02-02 18:00", "Governors' strategy day: coffee strong, ambition stronger.", w="si")
P("jp_x", "2026-04-12 11:00", "Spitfire over the Downs this morning. Never gets old.", w="si")
P("jp_x", "2026-05-15 17:00", "With [[Mr Tremayne|sr:S001]] at the handover of the new science lab. Worth every penny.", w="si")
P("hm_x", "2025-10-27 19:00", "Flu clinic Saturday: 412 jabs, one fainter, zero regrets.")
P("hm_x", "2026-01-31 18:00", "[[As a governor of Fernhill Court School|si]] I sat in on Form 5 science today. Brilliant.")
P("hm_x", "2026-06-07 17:00", "Ashdown Forest sportive, 110km ⛰️")
P("hm_x", "2025-11-24 19:00", "Congrats to [[Tom Keppel|par:R006]] on the farm shop award 🥕")

# Parents (BLIND6 call 9: only permitted events, nobody else named)
P("par_lf", "2026-07-04 08:00", "Speech Day tears 😭 so proud of my boy")
P("par_lf", "2025-12-13 18:00", "Christmas lights on Ambersford high street ✨")
P("par_fm", "2025-10-04 12:30", "Open morning cake stall: 140 brownies gone by 11 🍫")
P("par_fm", "2026-02-12 10:00", "Valentine's cupcake orders now open! 💌")

# More staff posts: namesakes, words, permitted people, other schools, contacts
P("hd_x", "2025-11-11 11:05", "Two minutes' silence. Wilfred Owen never gets easier to read aloud.")
P("hd_x", "2026-03-21 10:00", "Ptolemy's Almagest on Radio 4 this morning. Nerd heaven.")
P("hd_x", "2026-04-02 12:00", "Easter reading: a new translation of the Aeneid. Dido deserved better.")
P("gp_x", "2025-11-19 20:00", "Hugo Boss sale. Bought a tie I will never wear.")
P("gp_x", "2026-02-03 09:00", "See you in court, says the man whose hedge I trimmed. Village life.")
P("ds_x", "2025-10-30 18:00", "Stubbs at the Tate Britain today. Whistlejacket is enormous 🐎")
P("ds_x", "2026-05-09 17:00", "Rory McIlroy's swing, my swing: two different sports.")
P("ds_fb", "2025-12-20 20:00", "Packing my hockey kit for the Boxing Day alumni match at my old club 🏑")
P("ds_fb", "2026-06-06 14:00", "Nephew's sports day at Kingsmead College. The dads' race was brutal, I pulled a hamstring.")
P("wg_x", "2025-12-23 16:00", "A wren on the bird table! First one this winter 🐦")
P("wg_x", "2026-04-03 12:00", "Fernhill Farm Shop sausage rolls are a national treasure.")
P("wg_fb", "2026-01-01 12:00", "Happy new year from a very cold Fernhill, where the dog has found a dead pheasant 🐕")
P("fv_fb", "2025-12-08 20:00", "Daisy chains and sunshine in December? Nope, just a photo from June to cheer me up 🌼")
P("fv_fb", "2026-05-05 19:00", "Give yourself time to grieve, they said. Nine months on and I still reach for the phone to ring Mum 💔")
P("sn_x", "2025-11-07 22:00", "Fireworks from the kitchen window. The cat is under the duvet 🎆")
P("sn_x", "2026-01-29 19:00", "Monty Don on Gardeners' World is my ASMR.")
P("sn_fb", "2026-05-03 10:00", "My niece's nativity photos finally arrived from Galway, only five months late 😂 little donkey forever")
P("is_fb", "2025-11-02 17:00", "Sunny afternoon, sunny mood ☀️ walked the dog to the top of Windover Hill")
P("is_fb", "2026-04-22 20:00", "It's an honor to accompany the Ambersford Choral Society at Salisbury next month 🎶")
P("tb_ig", "2026-02-01 14:00", "bee in my bonnet about oat milk prices tbh 🐝")
P("tb_ig", "2026-06-14 15:00", "playing for Ambersford CC 2nds today, 23 off 19 🏏")
P("rp_ig", "2025-10-18 22:00", "Jasper Carrott on telly and my mam crying laughing 😂", w="si")
P("dl_fb", "2026-03-14 15:00", "Wren's nest in the roller shed. Nobody touch the roller till June.", w="md")
P("dl_fb", "2026-05-16 10:00", "Court Farm car boot this morning, bought a lawnmower for a fiver")
P("pt_fb", "2026-04-07 16:00", "Isla Fisher film on the telly, Kate asleep by minute 12.")
P("to_x", "2026-06-10 19:00", "Ada Lovelace day in Form 6: they programmed a micro:bit to play the Countdown music.", w="si")
P("jp_x", "2025-12-24 10:00", "Christmas Eve at the cathedral. Peace to all.", w="si")
P("hm_x", "2026-03-30 21:00", "A doctor, a GP and a governor walk into a bar. It's just me, I'm all three, and I'm tired.")

# Permitted people and events on personal accounts
P("hd_x", "2025-10-20 17:00", "Coach Stubbs has the Form 8s doing burpees in the rain. I'm hiding in the Latin room.")
P("gp_x", "2026-06-16 18:00", "Speech Day marquee invoice paid. Phew.", w="md")
P("is_fb", "2026-07-03 21:00", "Prize-giving music went without a hitch. Well, one hitch. Nobody noticed the hitch.", w="md")
P("sn_fb", "2025-11-30 20:00", "Drinks with Saskia Lockhart and the Friends committee, planning the Christmas fair. Too much mulled wine.", nowork=True)
P("wg_x", "2026-02-11 19:00", "Kit O-B just beat the whole boarding house at chess, simultaneously. Legend.", w="md")
P("ds_fb", "2025-11-02 12:00", "Sunday run with Stubbsy's running club (that's me, I'm the club).")

# More references and contacts
P("sn_x", "2025-10-09 16:30", "[[Zain|pr:P0022]] from Form 4 popped in to read to my Form 3s at lunch. Total star.", w="md")
P("sn_x", "2026-06-30 16:45", "End-of-year card from [[Monty B|pr:P0024]] says I am 'the best teacher in the hole world' 🥲", w="md")
P("wg_x", "2025-10-15 21:30", "[[O in Form 7|id:P0010]] has lost her retainer for the fourth time this term. Boarding-house search party assembled.", w="md")
P("wg_fb", "2026-03-03 21:00", "Pizza with [[Dr Marchetti|sr:G002]] and the cycling lot. She beat me up Cley Hill, again.", nowork=True)
P("fv_fb", "2025-11-18 21:00", "[[Sorcha Ni Bhriain|sr:S008]] brought me soup when I was ill. Angel.", nowork=True)
P("gp_x", "2025-09-25 19:00", "[[Mr Okonkwo-Baird|par:R002]] has fixed the scoreboard for free. I could weep.", w="md")
P("kt_ig", "2026-03-02 20:00", "Coffee with [[Aoife Strachan|par:R007]] after yoga ☕ we solved the world", w="si", nowork=True)
P("is_fb", "2026-05-18 21:00", "Form 6 choir rehearsal minus Form 6, who are all in [[Normandy|ev:E005]]. So just me and the piano.", w="md")
P("ds_x", "2026-05-28 18:30", "[[Soren Lindgaard|pr:P0014]] took 5 wickets v Hazelwood. Absolutely buzzing for him.")
P("rp_ig", "2026-04-28 20:00", "us gappies have been promoted to cricket umpires 😅 lbw is a mystery to me", w="si md")
P("tb_ig", "2025-11-27 20:00", "[[the Form 6 lad whose dad owns the vineyard|id]] brought in grape juice for the whole class 🍇", w="md")
P("hm_x", "2026-04-25 18:00", "[[Clemmie Darcy|pr:P0006]] was in the library reading Virgil in Latin. For fun. Impressive.")
P("sn_fb", "2026-02-15 19:00", "Reunion with the Form 3 I taught in Kilkenny, all grown up now. Where did the years go.")
P("to_x", "2025-12-15 16:00", "Merry Christmas [[Jasper|pr:P0031]], good luck at your senior school carol concert 🎄", w="si pc:P0031", re_="@jasperquennell", nowork=True)
P("ds_fb", "2026-03-01 21:00", "Proper proud of the lads", w="pc:P0032", cn=("@georgie.mallender", "@ned_hv"))
P("kt_ig", "2026-06-18 18:00", "Reading buddies: [[B in Form 5|id:P0019]] read The Gruffalo to Reception with ALL the voices 🐭", w="si md")


if __name__ == "__main__":
    sys.exit(main(sys.argv, out=OUT, seed=SEED, prefix=PREFIX, n_posts=N_POSTS, school=SCHOOL))
