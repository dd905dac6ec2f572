"""Write ``blind24-posts.jsonl``: the twenty-fourth blind, hand-labelled evaluation set (see ``BLIND24.md``).

    python corpora/posts/make_blind24_posts.py              # check, then write
    python corpora/posts/make_blind24_posts.py --warnings   # also list posts a reviewer should look at twice

This set is about a school the product has never seen: Penlowen Community School, a fictional 11-16 community
secondary (about 700 pupils) on Chapel Road in Penlowen, a fishing and farming town in west Cornwall
(``corpora/blind24-school``). Tutor groups have codes (7P, 9T ...), four houses are named after Cornish saints
(Piran, Ia, Senara, Petroc), and the school has a Principal and two assistant principals, a Cornish day (Gool Kernow),
a summer show, a Year 11 prom, a Ten Tors team and a Year 9 Scilly trip. Staff crew the town lifeboat, row gigs,
coach at a surf academy and run a beach cafe. "Penlowen" on its own is the town (harbour, lifeboat, gig club, show
field), not the school. Every post and every label below was written by hand. Gold spans are marked inline as
``[[text|cat:SUBJECT,cat:SUBJECT]]`` (``-`` or nothing for no subject); whole-post gold goes in ``w``. The checks in
``blind_kit.py`` must all pass, against the blind24 school profile, before the file is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from blind_kit import ROOT, P, acct, main

HERE = Path(__file__).resolve().parent
OUT = HERE / "blind24-posts.jsonl"
SCHOOL = ROOT / "corpora" / "blind24-school"
SEED = 20262424
PREFIX = "b24"
N_POSTS = 240

# ---------------------------------------------------------------------------------------------------------
# Accounts. ``disc``: the bio says the views are the author's own. ``si_bio``: the bio self-identifies.

# official. Approved: @PenlowenSchool on x and instagram, @PenlowenCommunitySchool on facebook.
acct("ox", "official", "x", "@PenlowenSchool",
     "Penlowen Community School · 11-16 · Chapel Road, Penlowen · #PenlowenProud")
acct("ofb", "official", "facebook", "@PenlowenCommunitySchool",
     "Penlowen Community School, Chapel Road, Penlowen TR19 9ZZ · 01632 960 418 · penlowen.example.sch.uk")
acct("oig", "official", "instagram", "@PenlowenSchool", "📸 Life at Penlowen Community School 🌊 11-16, west Cornwall")
# not approved
acct("u_fb", "official", "facebook", "@PenlowenSchool", "Penlowen School news and events")
acct("u_pe", "official", "x", "@PenlowenPE", "PE & fixtures at Penlowen Community School 🏉🏐🏄 #TeamPenlowenCS")
acct("u_pta", "official", "facebook", "@FriendsOfPenlowen", "Friends of Penlowen Community School (PTA) 💙")
acct("u_music", "official", "instagram", "@penlowen_music", "Music at Penlowen CS 🎶 bands, choir, shows")

# staff, governors and parents
acct("rt_x", "personal", "x", "@RachelTonkinPCS",
     "Principal, Penlowen Community School. Cornish by choice. Sea swimmer. Views my own.", "S001",
     disc=True, si_bio=True)
acct("rt_fb", "personal", "facebook", "@rachel.tonkin.7", "", "S001")
acct("dp_x", "personal", "x", "@dompenrose", "Assistant Principal. Rugby, rock pools, Radio 4.", "S002")
acct("nk_x", "personal", "x", "@nadiakarimi_ap",
     "Assistant Principal @PenlowenSchool · curriculum, data & far too much coffee", "S003", si_bio=True)
acct("st_ig", "personal", "instagram", "@samtrevaskis_surf", "PE teacher & surf coach 🏄 Gwenver local. Views mine.",
     "S004", disc=True)
acct("cb_x", "personal", "x", "@chrisbray_eng", "English teacher. Du Maurier obsessive. Opinions my own.", "S005",
     disc=True)
acct("gh_fb", "personal", "facebook", "@gareth.hooper.rnli", "", "S006")
acct("gh_x", "personal", "x", "@gaz_hooper", "Coxswain, Penlowen lifeboat 🚤 DT teacher. Dad of two.", "S006")
acct("pn_x", "personal", "x", "@priyasci", "Science teacher. Rock pools & rockets 🚀", "S007")
acct("tg_ig", "personal", "instagram", "@tomos_keys", "music · keys · choir 🎹 gigs & weddings", "S008")
acct("dpa_fb", "personal", "facebook", "@debs.pascoe", "", "S009")
acct("hy_x", "personal", "x", "@hannahyeo_geog", "Geography teacher. Moors, maps, mizzle. Views my own.", "S010",
     disc=True)
acct("oc_x", "personal", "x", "@olly_couch", "Maths. Gig rower 🚣 Penlowen Gig Club.", "S011")
acct("jk_fb", "personal", "facebook", "@jimkernick", "Site manager at Penlowen Community School 🔧", "S012",
     si_bio=True)
acct("sd_x", "personal", "x", "@siobhandaly", "SENCo. Tea. Dogs. 🐕", "S013")
acct("zm_ig", "personal", "instagram", "@zaramitchell.art", "art teacher · painter · views my own 🎨", "S014",
     disc=True)
acct("rj_x", "personal", "x", "@rossjelbert_pe", "Head of PE @PenlowenSchool 🏉 Cornish Pirates till I die", "S015",
     si_bio=True)
acct("ma_x", "personal", "x", "@magsangove",
     "Chair of governors, Penlowen Community School. Retired midwife. Views my own.", "G001", disc=True, si_bio=True)
acct("pe_fb", "personal", "facebook", "@pete.ellery", "Fisherman. School governor.", "G002")
acct("ls_fb", "personal", "facebook", "@leemoyle", "", "R004")
acct("jt_ig", "personal", "instagram", "@jennatremayne_surf", "Tremayne Surf School 🌊 lessons & hire", "R005")

# ---------------------------------------------------------------------------------------------------------
# Official, approved: @PenlowenSchool on X

P("ox", "2025-09-03 07:45", "Welcome back, everyone! Gates open 8.20 for Year 7, 8.35 for everyone else. Bring a water "
  "bottle, it's going to be a scorcher ☀️ #PenlowenProud")
P("ox", "2025-09-10 16:00", "Save the date: [[Open Evening|ev:E005]] is Thursday 25 September, 6-8pm. Tours led by our "
  "brilliant Year 10s.")
P("ox", "2025-09-15 12:30", "Open Evening is next Thursday! Mrs Tonkin will speak at 6.15 and 7.15 in the hall.")
P("ox", "2025-10-02 15:40", "Huge well done to [[Mr Jelbert|sr:S015]]'s Year 9 rugby squad, through to the county cup "
  "quarter-finals 🏉")
P("ox", "2025-10-20 15:30", "Congratulations to Coach J, who has just qualified as an RFU Level 3 coach! 🎉")
P("ox", "2025-11-10 17:00", "Well done to Piran (8K) and Wren (7P), who ran for Piran house in the county schools "
  "cross-country at Lanhydrock 🏃")
P("ox", "2025-12-01 16:00", "Tickets for the [[Christmas Concert|ev:E006]] (Tues 16 Dec, 7pm) are on ParentPay now 🎄")
P("ox", "2026-01-26 12:00", "Fantastic news: [[Lowenna|pr:P0021]] in Year 11 has been shortlisted for the Cornwall "
  "Young Artist award 🎨")
P("ox", "2026-02-05 12:00", "And she's WON! Lowenna Eddy, Year 11, is Cornwall Young Artist of the Year 2026 🏆 "
  "#PenlowenProud")
P("ox", "2026-03-16 12:00", "[[Lowenna|pr:P0021]]'s winning piece is on display at the Exchange in Penzance until "
  "Easter. Go and see it!")
P("ox", "2026-02-10 16:30", "Practising our Cornish for [[Kernow Day|ev:E001]] 🏴 Dydh da! Pasties are on order.")
P("ox", "2026-03-05 09:00", "Lowen dydh Sen Piran! Happy Gool Kernow Day from all of us. Black and white everywhere "
  "you look 🏴")
P("ox", "2026-04-14 16:00", "[[Ten Tors|ev:E004]] team: final training walk this Saturday from Okehampton camp. Kit "
  "check at 7am sharp.")
P("ox", "2026-05-09 08:00", "Good luck to our Ten Tors team setting off from Okehampton this morning! 🥾")
P("ox", "2026-06-04 15:00", "[[Ten Tors|ev:E004]] certificates presented in assembly today by our Principal, Mrs "
  "Tonkin. Proud of every one of you.")
P("ox", "2026-05-05 15:30", "Year 11: [[prom|ev:E003]] tickets go on sale next week. Dress code and bus times to "
  "follow.")
P("ox", "2026-05-11 12:00", "Prom tickets are now on sale! £25, including the bus from Chapel Road 🚌")
P("ox", "2026-06-22 15:30", "[[Sports day|ev:E008]] reminder: sun cream, hat, water and your house colours. Go "
  "Senara! 💛")
P("ox", "2026-01-08 07:10", "Snow and ice on Chapel Road hill. School is OPEN but buses from St Just are running late.")
P("ox", "2026-06-29 12:00", "Thank you to Mrs Angove, our Chair of Governors, for presenting the Year 11 leavers' "
  "awards this morning.")

# Official, approved: @PenlowenCommunitySchool on Facebook

P("ofb", "2025-09-20 18:00", "Open Evening this Thursday, 6-8pm! Come and meet our staff, see the new science labs and "
  "try a cream tea made by our catering students (jam first, obviously).")
P("ofb", "2025-10-08 16:00", "Congratulations to [[Mr Penrose|sr:S002]], our Assistant Principal, who has been "
  "elected to the lifeboat station committee.")
P("ofb", "2025-11-21 17:00", "Our Year 7s had a brilliant trip to the Eden Project today. Special mention to Ellis "
  "(7P) for the best question of the day 🌿")
P("ofb", "2025-12-10 09:00", "Thank you to everyone who donated to the foodbank collection. 412 tins and counting!")
P("ofb", "2025-12-17 08:30", "What a night! Thank you to everyone who came to the [[carol concert|ev:E006]], and to "
  "[[Mr Griffiths|sr:S008]] for 14 hours of rehearsals 🎶")
P("ofb", "2026-01-20 16:00", "Friends of Penlowen AGM: a big thank you to Lee Moyle, who takes over as chair this term.")
P("ofb", "2026-01-05 16:00", "Happy New Year from [[Lee Moyle|par:R004]] and the Friends committee. The spring quiz "
  "is on Friday 30 January.")
P("ofb", "2026-02-27 16:00", "Next Thursday is Gool Kernow! Black and white, please, and bring a pound for the lifeboat.")
P("ofb", "2026-03-20 15:00", "Our Year 10 geographers braved the wind at Porthleven this week for their coastal "
  "fieldwork. Data, drizzle and one lost clipboard.")
P("ofb", "2026-04-29 17:00", "Our Ten Tors team has finished its last training weekend on Dartmoor. 45 miles in thick "
  "fog! 🥾")
P("ofb", "2026-06-12 16:00", "Parents of Year 9: the final letter for the [[Scilly trip|ev:E007]] is in bags today. "
  "The Scillonian leaves Penzance at 9.15 sharp.")
P("ofb", "2026-07-03 16:00", "[[Sports day|ev:E008]] results: Senara 412, Petroc 398, Piran 390, Ia 377. "
  "Congratulations Senara! 🏆")
P("ofb", "2026-06-18 15:00", "Congratulations to Tamsin (10R) on her Grade 8 piano, with distinction! 🎹")
P("ofb", "2026-03-02 12:00", "A warm welcome to our new school counsellor. Drop-ins are in the library on Tuesdays and "
  "Thursdays.")

# Official, approved: @PenlowenSchool on Instagram

P("oig", "2025-09-12 15:00", "New term, new art room 🎨✨ Thank you [[Miss Mitchell|sr:S014]] for the mural!")
P("oig", "2025-10-15 16:00", "Wet weather PE: dodgeball edition 🏐😂 #PenlowenProud")
P("oig", "2025-11-14 15:00", "Loveday and Noah (9T) with their STEM ambassador certificates 🔬")
P("oig", "2025-12-16 20:30", "[[Christmas Concert|ev:E006]] ✨ 19 acts, 1 kazoo solo, 0 dry eyes.")
P("oig", "2026-02-16 12:00", "Ooh, look who's in the Cornishman this week! Lowenna with her Young Artist trophy 🏆")
P("oig", "2026-03-05 13:00", "Gool Kernow lunch: 700 pasties and one giant St Piran's flag 🏴")
P("oig", "2026-05-20 17:00", "Ten Tors kit laid out and ready for the big one 🥾🎒")
P("oig", "2026-06-26 21:00", "Prom 2026 ✨ Our Year 11s scrub up well 💃🕺")
P("oig", "2026-07-09 22:00", "[[Summer Show|ev:E002]] 2026, that's a wrap! 🎭 Thank you [[Mr G|sr:S008]] and the whole "
  "cast.")
P("oig", "2026-01-30 15:00", "Lunchtime surf club is back! 🏄 Well done [[Kai|pr:P0019]] (10R), who led the warm-up.")
P("oig", "2026-04-24 15:30", "Meet our new site dog, Pasty 🐶 (he's [[Mr Kernick|sr:S012]]'s, technically)")
P("oig", "2026-06-08 12:00", "Year 9 [[Isles of Scilly|ev:E007]] countdown: one week to go! 🐬")
P("oig", "2025-09-30 16:00", "Our new Year 7s planting the wildflower bank 🌼 [[Demelza|pr:P0011]] and Wren were our "
  "head gardeners.")
P("oig", "2026-06-30 15:00", "Year 11 signing shirts on their last day 🖊️💙 Go well, class of 2026.")

# Not approved: @PenlowenSchool on Facebook, @PenlowenPE, @FriendsOfPenlowen, @penlowen_music

P("u_fb", "2025-09-08 19:00", "Welcome to the new Penlowen School Facebook page! Follow us for news and updates.", w="ua")
P("u_fb", "2025-10-01 18:00", "Well done to [[Rhys Hocking|pr:P0013]] on his Cornwall U16 rugby call-up!", w="ua")
P("u_fb", "2025-11-27 17:00", "[[Christmas Concert|ev:E006]] rehearsals are well underway 🎶", w="ua")
P("u_fb", "2026-03-09 16:00", "Lost property is overflowing! 27 jumpers, 3 left shoes and a wetsuit.", w="ua")
P("u_fb", "2026-06-02 18:00", "[[Sports day|ev:E008]] is Thursday 2 July: volunteers needed for the tea tent please!",
  w="ua")
P("u_fb", "2026-01-15 18:00", "Congratulations to Tamsin (10R) on her county netball selection! 🏐", w="ua")

P("u_pe", "2025-09-24 16:30", "U14s beat Humphry Davy 24-12! Tries from [[Jory Pascoe|pr:P0025]] (2) and "
  "[[Ben N|pr:P0030]]. Coach: [[Mr Jelbert|sr:S015]] 🏉", w="ua")
P("u_pe", "2025-11-05 16:00", "Netball: Year 10 beat Cape Cornwall 18-9. Player of the match [[Honor B|pr:P0007]] 🏐",
  w="ua")
P("u_pe", "2026-01-22 16:00", "Well done to Coach Jelbert's Year 11 girls, county semi-finalists! 🏉", w="ua")
P("u_pe", "2026-04-16 16:00", "[[Ten Tors training|ev:E004]] route this weekend: Belstone to Yes Tor and back.", w="ua")
P("u_pe", "2026-06-25 16:00", "[[House athletics|ev:E008]] heats done! Finals next Thursday 💪", w="ua")
P("u_pe", "2026-02-11 16:00", "Surf results: [[Kai Tremayne|pr:P0019]] 1st and [[Maisie Hendy|pr:P0029]] 3rd in the "
  "Cornwall schools surf champs 🏄", w="ua")
P("u_pe", "2025-10-30 10:00", "Half-term fixture list now up on penlowen.example.sch.uk/sport", w="ua")

P("u_pta", "2025-11-02 19:00", "[[Christmas concert|ev:E006]] raffle: prizes needed! Drop them at reception or "
  "message [[Lee Moyle|par:R004]].", w="ua")
P("u_pta", "2026-02-01 19:00", "Our new chair Lee Moyle says THANK YOU for a record quiz night: £1,140 raised!", w="ua")
P("u_pta", "2026-04-03 19:00", "Thank you [[Lee Moyle|par:R004]] for three brilliant months keeping us all in line 💙",
  w="ua")
P("u_pta", "2026-06-10 19:00", "Bake sale at [[sports day|ev:E008]]! Cakes to the PE office by 9am please 🧁", w="ua")
P("u_pta", "2026-07-01 19:00", "[[Summer Show|ev:E002]] interval refreshments: we need 6 volunteers for the bar.",
  w="ua")
P("u_pta", "2026-03-04 19:00", "Pasty order forms for Kernow Day are due back by Friday!", w="ua")

P("u_music", "2025-12-05 17:00", "🎄 [[Christmas concert|ev:E006]] rehearsal: brass group sounding LUSH", w="ua")
P("u_music", "2026-06-30 17:00", "[[Summer Showcase|ev:E002]] band call: Tuesday 4pm, music block 🎸", w="ua")
P("u_music", "2026-02-02 16:00", "Grade results are in! Massive well done [[Tegen Hosking|pr:P0015]], Grade 6 violin "
  "with merit 🎻", w="ua")
P("u_music", "2026-03-11 16:00", "Ukulele club is full! A new session has been added on Wednesdays.", w="ua")
P("u_music", "2026-05-18 16:00", "Year 11 prom band auditions: the winners play the first set 🎤", w="ua")

# ---------------------------------------------------------------------------------------------------------
# Personal accounts

# S001, X: the bio self-identifies and has a disclaimer
P("rt_x", "2025-09-04 20:10", "Day 2 and I've been asked where the Year 7 toilets are 14 times. Signposting review "
  "incoming 😅", w="si")
P("rt_x", "2025-10-14 19:00", "So pleased Ross Jelbert has joined us as Head of PE. The rugby lads already think he "
  "walks on water.", w="si")
P("rt_x", "2025-11-19 21:00", "Proud doesn't cover it. Kai Tremayne, British junior surf champion at 14 🏄‍♂️🏆",
  w="si")
P("rt_x", "2026-01-09 17:00", "Chair of governors [[Mags Angove|sr:G001]] and I walked every corridor this morning "
  "checking the storm damage. Two skylights, one very wet library.", w="si")
P("rt_x", "2026-03-05 22:00", "Gool Kernow done. Hoarse from Trelawny, covered in flour from the pasty relay. Best day "
  "of the year.", w="si")
P("rt_x", "2026-04-02 18:00", "The call came at 11.52. Whole team were incredible. Can't say more yet 🤐", w="si")
P("rt_x", "2026-06-27 01:00", "Home from prom at 1am. Feet destroyed. Year 11, you were a credit to your families 💙",
  w="si")
P("rt_x", "2026-07-10 08:00", "Still buzzing from the [[summer show|ev:E002]]. [[Tomos Griffiths|sr:S008]], you are "
  "a magician.", w="si")

# S001, Facebook: no disclaimer
P("rt_fb", "2025-09-07 19:30", "Sunday roast at the Tinners Arms with my sister and a very muddy spaniel. Perfect end "
  "to the summer.")
P("rt_fb", "2025-10-25 11:00", "Half term = boat painting. Anyone got a spare tin of antifouling?")
P("rt_fb", "2025-12-20 18:00", "Dinner at the Mount Haven with [[Dom Penrose|sr:S002]] and [[Nadia Karimi|sr:S003]] "
  "and other halves. The pudding was criminal.", nowork=True)
P("rt_fb", "2026-02-14 10:00", "Budget spreadsheet open at 10am on a Saturday. The glamour of headship.", w="md")
P("rt_fb", "2026-05-02 15:00", "Watched the gig racing at Newlyn today. Penlowen ladies came 2nd! 🚣‍♀️")
P("rt_fb", "2026-06-03 20:00", "Thank you [[Shaun Pascoe|par:R001]] for the mackerel. BBQ sorted 🐟")
P("rt_fb", "2026-05-30 20:30", "Beautiful evening at Cape Cornwall 🌅", cn=["@arthurpolglase"])
P("rt_fb", "2025-11-30 18:00", "My brother's PCS branch is out on strike tomorrow. Solidarity, Rob ✊")

# S002: no disclaimer, no school in bio
P("dp_x", "2025-09-09 21:00", "Timetable finally balanced. Only took 3 weeks, 2 tantrums (mine) and a packet of "
  "Hobnobs.", w="md")
P("dp_x", "2025-09-22 17:30", "Open evening on Thursday. Currently ironing 20 'Ask me!' lanyards.", w="md")
P("dp_x", "2025-10-11 16:00", "No, I'm not related to Roger Penrose. Yes, I can draw the tiles. No, I won't.")
P("dp_x", "2025-11-04 18:00", "Great run at Penzance parkrun this morning [[Cal|pr:P0010]] 🏃 keep it up",
  w="pc:P0010", re_="@cal_osullivan", nowork=True)
P("dp_x", "2026-01-13 07:00", "Snow day call made at 5.40am. Sorry to everyone who was hoping for a lie-in.", w="md")
P("dp_x", "2026-02-26 20:00", "Rugby club dinner tonight, black tie. Wish me luck with the bow tie.")
P("dp_x", "2026-03-24 17:00", "Mock results meeting with [[Nadia|sr:S003]]: Year 11 maths up 11%. That's the post.",
  w="md")
P("dp_x", "2026-05-16 09:00", "Rock pooling at Porthgwarra with the kids. Found a cushion star! ⭐")
P("dp_x", "2026-06-16 21:00", "Day 1 of the [[Scillies|ev:E007]] trip. 42 Year 9s, 0 seasick. Tresco tomorrow.", w="md")
P("dp_x", "2025-12-03 19:00", "Christmas jumper bought. It lights up. I regret nothing 🎄", cn=["@jago.pascoe"],
  w="pc:P0001")
P("dp_x", "2025-11-21 17:00", "Twelve years as [[assistant principal at Penlowen Community School|si]] and I still get "
  "lost in the new block.", w="md")
P("dp_x", "2026-02-20 09:00", "Happy 18th [[Kensa|pr:P0042]]! 🎉 Have the best day", re_="@kensa.trewin", nowork=True)

# S003: the bio self-identifies, no disclaimer
P("nk_x", "2025-09-17 20:00", "Curriculum maps printed, laminated, colour-coded. I am at peace.", w="si md")
P("nk_x", "2025-10-18 10:00", "Parkrun PB at Penrose! 24:11 🏃‍♀️", w="si")
P("nk_x", "2025-11-26 19:00", "Data drop 2 done. [[Mr Couch|sr:S011]] made the spreadsheet sing.", w="si md")
P("nk_x", "2026-01-27 21:00", "[[Honor|pr:P0007]] that's brilliant, well done on passing your Grade 5 cello! 🎻",
  w="si pc:P0007", re_="@honorbolitho", nowork=True)
P("nk_x", "2026-03-17 17:00", "Options booklets proofread. Found 'Geograpy' on page 4. Crisis averted.", w="si md")
P("nk_x", "2026-05-23 12:00", "Half term! Flask, wetsuit, Sennen. Bliss 🌊", w="si")
P("nk_x", "2026-07-03 16:00", "[[Sports day|ev:E008]] sunburn report: left arm only. Senara won, and I'm told I'm not "
  "allowed favourites.", w="si md")
P("nk_x", "2025-12-12 20:00", "Staff panto rehearsal. I am the back half of the cow. This is what 15 years in "
  "education gets you.", w="si md")

# S004: disclaimer in the bio
P("st_ig", "2025-09-13 08:00", "Dawn patrol at Gwenver. Glassy 3ft and nobody out 🌅")
P("st_ig", "2025-10-04 14:00", "Surf academy grom session today: 14 kids and one very brave seal 🦭")
P("st_ig", "2026-01-10 11:00", "Still can't believe my old grom [[@kai_surfs|pr:P0019,pc:P0019]] is national junior "
  "champ 🏆🏄")
P("st_ig", "2025-11-20 19:00", "Kai Tremayne, British junior champion. Coached him since he was 7. Actual tears.")
P("st_ig", "2026-02-07 12:00", "[[E in 11W|id:P0009]] asked me to sign off her surf log in PE today. Proper grom now 🤙")
P("st_ig", "2026-03-28 10:00", "Year 10 GCSE PE moderation done. Shout out to the kids who filmed their badminton in a "
  "hurricane.")
P("st_ig", "2026-05-30 09:00", "Beach clean at Porthcurno with the surf academy crew. 3 bags of ghost net 😔")
P("st_ig", "2026-06-20 18:00", "Cheers [[Jenna T|par:R005]], the new boards are unreal 🙌")
P("st_ig", "2025-12-28 11:00", "Boxing Day dip done ❄️🥶", cn=["@maisiehendy", "@arthurpolglase"], w="pc:P0029")
P("st_ig", "2026-04-11 17:00", "[[Ten Tors training|ev:E004]] with the school team tomorrow. Fog forecast, obviously.")
P("st_ig", "2026-02-22 10:00", "Sick wave [[Lewis|pr:P0045]]! 🤙", re_="@lewishooper09", w="pc:P0045")

# S005: disclaimer in the bio
P("cb_x", "2025-09-25 21:00", "Rebecca with Year 10 this term. Last night I dreamt I went to Manderley again. Every "
  "night, actually.")
P("cb_x", "2025-10-21 20:00", "Marked 87 Inspector Calls essays. Mr Birling is a walking red flag and the kids know it.")
P("cb_x", "2025-11-08 16:00", "Poldark Saturday. Say what you like, Ross Poldark could not hold a gig oar.")
P("cb_x", "2026-01-19 19:00", "Year 11 poetry mock: [[Tristan Gilbert|pr:P0028]]'s essay on Tennyson made me put my "
  "pen down.")
P("cb_x", "2026-02-04 21:00", "Tristan and Iseult at the Minack this summer? Kneehigh forever 💔")
P("cb_x", "2026-03-05 18:00", "Read Causley aloud in my best Cornish accent for Kernow Day and a Year 8 cried. "
  "(Laughing. She was laughing.)")
P("cb_x", "2026-04-28 20:00", "[[Kensa|pr:P0042]]! So lovely to hear about the uni offers. Exeter would be lucky to "
  "have you.", re_="@kensa.trewin")
P("cb_x", "2026-05-14 19:00", "I'll be the Vicar of Bray about the new spec: whatever they decide, I'm in.")
P("cb_x", "2025-12-17 22:00", "Doing the reading at the [[carol concert|ev:E006]] last night was a career highlight. "
  "Even the brass stayed in tune.")

# S006, Facebook: no disclaimer; declared links with Kerensa (P0004) and Lewis (P0045)
P("gh_fb", "2025-09-14 18:00", "Kerensa's first county hockey trial today. Proud dad 🏑")
P("gh_fb", "2025-10-03 21:00", "Miss you already mate. Ring your mother.", re_="@lewishooper09")
P("gh_fb", "2025-11-12 20:00", "Year 10 have made 28 bird boxes in DT. 27 of them are square.", w="md")
P("gh_fb", "2026-01-31 19:00", "Lewis and [[Cador|pr:P0041]]'s band played the Acorn tonight 🎸 LOUD",
  cn=["@lewishooper09", "@cador.jewell"], w="pc:P0041", nowork=True)
P("gh_fb", "2026-02-21 10:00", "Two launches overnight. Both crews home safe. Bed.")
P("gh_fb", "2026-06-26 19:00", "[[Kerensa|pr:P0004]] off to her Year 11 prom at Penlowen School looking a million "
  "dollars. Who is this grown-up?!", nowork=True)
P("gh_fb", "2026-04-18 14:00", "Thanks to [[Mr Ellery|sr:G002]] for the oak offcuts. The Year 11 projects are going to "
  "be gorgeous.", w="md")
P("gh_fb", "2026-05-12 17:00", "Bring milk home please", re_="@kerensa_h")
P("gh_fb", "2025-12-09 20:00", "I'm a teacher, which means my car boot is 60% glue gun.")

# S006, X: the lifeboat (the town, not the school), no disclaimer
P("gh_x", "2025-09-28 08:00", "Shout at 03:10: yacht aground off Gwennap Head, 2 aboard, all safe. Cracking work from "
  "the crew.")
P("gh_x", "2025-12-06 15:00", "Lifeboat day: £3,480 raised on the quay. Thank you Penlowen! 🧡")
P("gh_x", "2026-02-09 17:00", "Cheers for the card [[Wenna|pr:P0003]], the whole crew signed it 🧡", re_="@wenna.trev",
  w="pc:P0003", nowork=True)
P("gh_x", "2026-03-25 18:00", "Year 9 hull-design challenge: the winning boat floated for 40 minutes. Engineers of the "
  "future.", w="md")
P("gh_x", "2026-05-03 09:00", "Crew training in Mount's Bay. Hooper the station cat not impressed.")
P("gh_x", "2026-04-09 12:00", "Congrats on passing out, [[Arthur|pr:P0043]]! The Navy suits you ⚓",
  re_="@arthurpolglase", nowork=True)
P("gh_x", "2026-06-13 10:00", "Joint exercise with the Sennen Cove crew this morning. Textbook.")

# S007: no disclaimer
P("pn_x", "2025-09-11 20:00", "Year 7 lab safety: 'Miss, can we set something on fire?' Not yet, [[Wren|pr:P0006]]. "
  "Not yet.", w="md")
P("pn_x", "2025-10-09 17:00", "Comet visible tonight, look west after 7pm 🌠 [[Bry|pr:P0018]] from my Year 8 tutor "
  "group spotted it first", w="md")
P("pn_x", "2025-11-18 19:00", "Yes [[Rhys|pr:P0013]], the revision guide is in the science office, grab it tomorrow",
  re_="@rhyshocking11", w="pc:P0013 md")
P("pn_x", "2026-01-24 12:00", "Rock pooling at Marazion with my niece. She named every crab Piran. Respect.")
P("pn_x", "2026-02-12 19:00", "Safeguarding refresher for the third time this year. Important, but I could recite it "
  "backwards.", w="md")
P("pn_x", "2026-03-13 19:00", "[[Science week|ev:-]] finale at Penlowen School: the elephant toothpaste went higher than "
  "the ceiling tile. [[Mr Kernick|sr:S012]] is not thrilled.", w="md")
P("pn_x", "2026-04-06 20:00", "Hope everyone's having a lovely Easter. Hope, grace and a week off.")
P("pn_x", "2026-06-11 21:00", "The [[Scilly trip|ev:E007]] kit list says 'waterproof' four times and I still know 10 "
  "kids will bring a hoodie", w="md")
P("pn_x", "2025-12-04 18:00", "Christmas jumper ordered. It has a flashing pudding and a squeaky robin.")
P("pn_x", "2026-02-19 19:00", "Happy last day of being 17! x", re_="@kensa.trewin", w="pc:P0042")
P("pn_x", "2026-05-09 11:00", "Fresh eggs from [[@kerrytrev_farm|par:R002]] 🥚 best in Cornwall")

# S008: no disclaimer
P("tg_ig", "2025-09-19 21:00", "Gig at the Star Inn tonight, sea shanties till late 🍻")
P("tg_ig", "2025-11-24 18:00", "Rehearsal 3 for the [[Christmas concert|ev:E006]]. The brass are... getting there 🎺",
  w="md")
P("tg_ig", "2025-12-16 23:00", "That's the [[carol concert|ev:E006]] done 🎄 [[Ruby-Jo|pr:P0027]]'s solo in O Holy "
  "Night stopped the room.", w="md")
P("tg_ig", "2026-01-17 11:00", "Shanty night at the Admiral Benbow with [[Pete Ellery|sr:G002]] on the squeezebox. "
  "Legend.", nowork=True)
P("tg_ig", "2026-04-30 20:00", "[[Summer show|ev:E002]] auditions: 61 kids, 9 Mamma Mia medleys.", w="md")
P("tg_ig", "2026-06-14 15:00", "Wedding gig in St Ives. The bride walked down the aisle to Trelawny. Perfect.")
P("tg_ig", "2026-07-08 21:00", "[[Elowen|pr:P0009]] you'll smash it tomorrow, just breathe 🎶", re_="@elowen.ch",
  w="pc:P0009 md")
P("tg_ig", "2026-02-28 18:00", "Recording the album in Tom's shed. Very Bleak House vibes.")
P("tg_ig", "2026-03-08 22:00", "Saw your band at the Acorn, [[Cador|pr:P0041]], absolute scenes 🤘",
  re_="@cador.jewell", w="pc:P0041", nowork=True)
P("tg_ig", "2026-05-26 19:00", "[[N in 9T|id:P0022]] absolutely nailed the drum fill in rehearsal today 🥁", w="md")
P("tg_ig", "2026-03-22 19:30", "Penlowen harbour at sunset, no filter 🌅")

# S009: no disclaimer; declared links with Jago (P0001) and Jory (P0025); runs a beach cafe in summer
P("dpa_fb", "2025-09-06 17:00", "Last weekend of the season at the Hidden Cove Café ☕ thanks for another cracking "
  "summer everyone!")
P("dpa_fb", "2025-10-10 20:00", "Jory's through to the county U14s! Jago's sulking because he wasn't picked at that "
  "age 😂")
P("dpa_fb", "2025-11-28 19:00", "Tea's in the oven. Do NOT bring your mates.", re_="@jago.pascoe")
P("dpa_fb", "2026-01-14 20:00", "Reading support with Year 7 today. One lad read a whole page without stopping and did "
  "a fist pump. Best job.", w="md")
P("dpa_fb", "2026-03-18 19:00", "Thank you [[Kerry Trevithick|par:R002]] for 4 trays of eggs from the farm, the café "
  "cakes are going to be epic")
P("dpa_fb", "2026-05-21 21:00", "Missing the old crowd tonight x", cn=["@demi.vosper"], w="pc:P0044")
P("dpa_fb", "2026-06-26 17:00", "[[Jago|pr:P0001]] in a suit! Year 11 prom at Penlowen Community School tonight and I "
  "am a mess 😭💙", nowork=True)
P("dpa_fb", "2026-02-25 20:00", "Lunch duty in the rain. 300 kids, one tiny canopy.", w="md")
P("dpa_fb", "2026-04-12 16:00", "Rained so hard today I nearly built an ark. Noah who? 🌧️")

# S010: disclaimer in the bio
P("hy_x", "2025-09-30 19:00", "Mizzle, mist and mud at Porthleven. [[The one in 10R who brought a flask of soup for "
  "the whole group|id]] deserves a medal.")
P("hy_x", "2025-11-01 09:00", "Walking the Tinners' Way with my dad. 16 miles, 4 pasties.")
P("hy_x", "2026-01-21 20:00", "[[Ten Tors|ev:E004]] selection this week: 23 applicants for 12 places.")
P("hy_x", "2026-04-25 19:00", "[[Ten Tors team|ev:E004]] out on the moor today. Proud of every blister.")
P("hy_x", "2026-05-10 18:00", "Everybody home from [[Dartmoor|ev:E004]]. 35 miles, 10 tors, 1 lost sock 🥾")
P("hy_x", "2026-06-17 19:00", "Bryher is the most beautiful place on earth. Fight me.")
P("hy_x", "2025-10-20 18:00", "Well done [[Cador|pr:P0041]], an A for your first geography essay at college! 🌍",
  re_="@cador.jewell", w="pc:P0041")

# S011: no disclaimer; declared link with his nephew Fisher (P0016)
P("oc_x", "2025-09-20 13:00", "Penlowen Gig Club won at the Newquay regatta! Ladies A crew, you beauts 🚣‍♀️")
P("oc_x", "2025-10-07 21:00", "Setting homework from the couch. Literally. My surname is a lifestyle.")
P("oc_x", "2025-11-09 12:00", "Good row today. Keep your blade square!", re_="@fisher.moyle")
P("oc_x", "2026-01-28 20:00", "Year 11 mocks: Q14 was a quadratic and half of 11H wrote a poem instead.", w="md")
P("oc_x", "2026-02-23 19:00", "My nephew [[Fisher Moyle|pr:P0016]] beat me at chess in maths club today. Year 9 and "
  "ruthless.", w="md")
P("oc_x", "2026-04-04 12:00", "Season opener at Mevagissey. Cox: [[Jenna Tremayne|par:R005]] (she's terrifying).")
P("oc_x", "2026-05-19 20:00", "Marking 90 mock papers and every single one thinks π = 3. Close enough?", w="md")
P("oc_x", "2026-06-06 18:00", "Rowed to St Michael's Mount and back. 2 hours. Arms gone.", cn=["@honorbolitho"],
  w="pc:P0007")
P("oc_x", "2026-03-05 20:00", "Gool Kernow at Penlowen CS: simultaneous equations in Cornish numbers. Onan, dew, tri!",
  w="md")
P("oc_x", "2025-12-19 16:00", "Good luck in Plymouth [[Demi|pr:P0044]], we'll miss you in set 2 maths 💙",
  re_="@demi.vosper", w="pc:P0044 md")
P("oc_x", "2026-03-01 17:00", "Mason Mount fit again. Fantasy team saved.")

# S012: the bio self-identifies, no disclaimer
P("jk_fb", "2025-09-02 17:00", "New fence done round the MUGA. 160 posts.", w="si md")
P("jk_fb", "2025-10-26 11:00", "Half term is when the real work happens. Roof, gutters, boiler.", w="si md")
P("jk_fb", "2025-12-22 10:00", "Christmas tree up at home, finally. Grandkids did the tinsel.", w="si")
P("jk_fb", "2026-01-10 08:00", "Gritted the hill at 6am. You're welcome.", w="si md")
P("jk_fb", "2026-04-19 14:00", "Allotment's looking grand. First earlies in.", w="si")
P("jk_fb", "2026-06-01 18:00", "Marked out the [[sports day|ev:E008]] track today. 100m, 200m and the mystery wobbly "
  "lane 4.", w="si md")

# S013: no disclaimer
P("sd_x", "2025-09-16 20:00", "Annual reviews: 11 this half term. Send tea.", w="md")
P("sd_x", "2025-10-30 14:00", "Long walk at Botallack with the dogs. Tin mines and a peregrine!")
P("sd_x", "2025-11-25 19:00", "[[The boy in 8K who told me he finally 'gets' fractions|id]] made my whole week.", w="md")
P("sd_x", "2026-01-15 21:00", "Every SENCo in the county is doing three jobs. Something has to give.", w="md")
P("sd_x", "2026-02-10 20:00", "[[Maisie|pr:P0029]], your reading age went up two years! So proud", re_="@maisiehendy",
  w="pc:P0029 md")
P("sd_x", "2026-03-21 10:00", "Dog show on the Penlowen Show field. Biscuit came 3rd in waggiest tail 🏆")
P("sd_x", "2026-05-06 19:00", "[[M in 8K|id:P0008]] read his whole paragraph aloud in assembly prep today. Huge.",
  w="md")
P("sd_x", "2026-06-23 20:00", "Exam access arrangements all wrapped up. Now to sleep until September.", w="md")
P("sd_x", "2026-02-24 18:00", "Lovely coffee on the harbour with old friends ☕", cn=["@kensa.trewin"])
P("sd_x", "2025-12-18 20:00", "[[Proud to be part of #TeamPenlowenCS|si]] 💙 What a first term.", w="md")

# S014: disclaimer in the bio
P("zm_ig", "2025-09-27 19:00", "Newlyn School painters always win. That Stanhope Forbes light 😍")
P("zm_ig", "2025-11-07 18:00", "Kiln day! [[H in 10R|id:P0007]]'s teapot survived. The rest of Year 10 ceramics... "
  "mostly")
P("zm_ig", "2026-01-25 16:00", "So proud of [[Lowenna Eddy|pr:P0021]], shortlisted for Cornwall Young Artist! Told you "
  "so 🎨")
P("zm_ig", "2026-02-20 18:00", "[[Lowenna|pr:P0021]] actually WON. Cried in the kiln room.")
P("zm_ig", "2026-04-07 11:00", "Plein air at Lamorna Cove. Windy. Paint on my face.")
P("zm_ig", "2026-06-30 19:00", "GCSE art exhibition: thank you to everyone who came. 11H and 11W, you were brilliant.")
P("zm_ig", "2026-03-29 17:00", "Love it [[Kerensa|pr:P0004]], the gulls look amazing", re_="@kerensa_h", w="pc:P0004")

# S015: the bio self-identifies, no disclaimer
P("rj_x", "2025-10-13 20:00", "First day as Head of PE. The rugby posts are older than me.", w="si md")
P("rj_x", "2025-11-15 17:00", "Cornish Pirates 31-17. Up the Pirates! 🏴‍☠️", w="si")
P("rj_x", "2026-01-24 14:00", "Great try for the Penzance & Newlyn U16s today [[Jago|pr:P0001]] 👊", re_="@jago.pascoe",
  w="si pc:P0001", nowork=True)
P("rj_x", "2026-03-12 19:00", "County cup final! [[Mr Penrose|sr:S002]] drove the minibus and only stalled twice.",
  w="si md")
P("rj_x", "2026-05-28 09:00", "[[Sports day|ev:E008]] planning meeting. 47 events. I may have overdone it.", w="si md")
P("rj_x", "2026-07-14 20:00", "End of my first year here. Thank you to everyone who made me so welcome.", w="si md")

# G001: the bio self-identifies and has a disclaimer
P("ma_x", "2025-09-18 19:00", "Finance committee. Three hours. Two biscuits.", w="si")
P("ma_x", "2025-10-29 20:00", "Lovely to sit next to [[Rachel Tonkin|sr:S001]] at the Penlowen Show dinner.", w="si")
P("ma_x", "2026-02-03 10:00", "Granddaughter Wren made me a St Piran's flag cake. Bless her 🏴", w="si")
P("ma_x", "2026-03-05 19:00", "Gool Kernow Day: the Year 7 choir singing Bro Goth Agan Tasow had the governors in tears.",
  w="si")
P("ma_x", "2026-05-13 18:00", "Governor visit to science today. [[Dr N|sr:S007]]'s Year 8s extracted DNA from "
  "strawberries!", w="si")
P("ma_x", "2026-07-06 19:00", "Twenty years on the board. Stepping down next summer.", w="si")

# G002: "School governor" with no school
P("pe_fb", "2025-09-23 05:00", "Out at 4. Pilchards running 🐟")
P("pe_fb", "2025-11-11 11:00", "Two minutes at the war memorial on the quay. We will remember them.")
P("pe_fb", "2026-01-06 18:00", "Boats tied up for the 5th day running. Not good for anyone.")
P("pe_fb", "2026-02-18 20:00", "[[As a governor at Penlowen School|si]] I'm proud to say the new science labs are "
  "finally open.")
P("pe_fb", "2026-04-22 19:00", "Sponsored swim for the RNLI. Thanks [[Gaz Hooper|sr:S006]] and the crew.")
P("pe_fb", "2026-06-27 09:00", "Grandson off to the Scillies on the boat today with his mum. Lucky lad.")

# parents (negatives: they name nobody on the roster, BLIND6 call 9)
P("ls_fb", "2025-10-19 12:00", "First gig race of the season at Penlowen! Freezing but brilliant.")
P("ls_fb", "2026-02-14 19:00", "Valentine's with the other half. Chips on the harbour wall ❤️")
P("ls_fb", "2026-07-02 18:00", "Cornish cream tea, jam first. Don't @ me.")
P("jt_ig", "2025-10-05 08:00", "Last lessons of the season this weekend 🌊")
P("jt_ig", "2025-11-22 18:00", "Celebration at the surf club tonight, come down and bring cake 🎉")
P("jt_ig", "2026-05-24 09:00", "Swell's up. Lessons on! Book via the link in bio.")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], out=OUT, seed=SEED, prefix=PREFIX, n_posts=N_POSTS, school=SCHOOL))
