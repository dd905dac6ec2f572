"""Write ``blind20-posts.jsonl``: the twentieth blind, hand-labelled evaluation set (see ``BLIND20.md``).

    python corpora/posts/make_blind20_posts.py              # check, then write
    python corpora/posts/make_blind20_posts.py --warnings   # also list posts a reviewer should look at twice

This set is about a school the product has never seen: Craigbrae High School, a fictional Scottish state secondary
(S1-S6, about 900 pupils) in Craigbrae, a fictional Fife town (``corpora/blind20-school``). Register classes are
coded year + house letter + number (2C1, 4M2), houses are Carnegie, Melville, Wemyss and Lomond, the senior team
is a Head Teacher and Depute Head Teachers, Guidance and Pupil Support have Principal Teachers, pupils sit National
5s, Highers and prelims, S6 senior pupils act as buddies and captains, and there is a Parent Council, not a PTA.
"Craigbrae" on its own is the town, not the school. Every post and every label below was written by hand. Gold
spans are marked inline as ``[[text|cat:SUBJECT,cat:SUBJECT]]`` (``-`` for no subject); whole-post gold goes in
``w`` as ``cat`` or ``cat:SUBJECT`` words. The checks in ``blind_kit.py`` must all pass, against the blind20 school
profile, before the file is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from blind_kit import ROOT, P, acct, main

HERE = Path(__file__).resolve().parent
OUT = HERE / "blind20-posts.jsonl"
SCHOOL = ROOT / "corpora" / "blind20-school"
SEED = 20262020
PREFIX = "b20"
N_POSTS = 240

# ---------------------------------------------------------------------------------------------------------
# Accounts. ``disc``: the bio says the views are the author's own. ``si_bio``: the bio self-identifies.

# official. Approved: @CraigbraeHigh on x and on facebook (handles without case).
acct("ox", "official", "x", "@CraigbraeHigh",
     "Craigbrae High School · S1-S6 · Muirfield Road, Craigbrae, Fife · #CraigbraeHigh #TeamCHS")
acct("ox_lc", "official", "x", "@craigbraehigh", "Craigbrae High School, Fife 💙")
acct("ofb", "official", "facebook", "@CraigbraeHigh",
     "Craigbrae High School · Muirfield Road, Craigbrae · 01632 960418 · craigbraehigh.example.sch.uk")
# not approved
acct("u_ig", "official", "instagram", "@CraigbraeHigh", "📸 Life at Craigbrae High #TeamCHS")
acct("u_pe", "official", "x", "@CHS_PE", "Craigbrae High PE dept · fixtures, results, clubs 🏉⚽🏑")
acct("u_pc", "official", "facebook", "@CraigbraeHighPC", "Craigbrae High School Parent Council")
acct("u_dofe", "official", "x", "@CraigbraeDofE", "Duke of Edinburgh's Award at Craigbrae High ⛺🧭")
acct("u_mus", "official", "instagram", "@chs.music", "Music at Craigbrae High 🎻🎷🎤")

# staff, governors and two parents
acct("gc_x", "personal", "x", "@gcarmichael_ht",
     "Head Teacher, Craigbrae High School, Fife. Proud of our young people. Views my own.", "S001",
     disc=True, si_bio=True)
acct("gc_fb", "personal", "facebook", "@gill.carmichael", "", "S001")
acct("af_x", "personal", "x", "@alasdairferrie", "Depute Head. Physics, hillwalking, Raith Rovers. Opinions mine.",
     "S002", disc=True)
acct("pv_ig", "personal", "instagram", "@priya.v.bakes", "DHT @CraigbraeHigh 🏫 | baker | mum of two 🧁", "S003",
     si_bio=True)
acct("lg_x", "personal", "x", "@lornagreig", "PT Guidance. Wellbeing, wild swimming, strong tea.", "S004")
acct("cg_x", "personal", "x", "@coachgilchrist",
     "PE teacher & DofE leader. Kirkcaldy RFC youth coach. Views my own.", "S005", disc=True)
acct("cg_fb", "personal", "facebook", "@craig.gilchrist.5", "", "S005")
acct("fd_fb", "personal", "facebook", "@fiona.dalgleish", "", "S006")
acct("fd_x", "personal", "x", "@fionadalgleish", "Maths teacher at Craigbrae High. Sums & sourdough.", "S006",
     si_bio=True)
acct("rk_ig", "personal", "instagram", "@ms_kettle_drama",
     "English & Drama 🎭 | directing the #CraigbraeHigh show | views my own", "S007", disc=True, si_bio=True)
acct("tn_x", "personal", "x", "@tomasz_chem", "Chemistry teacher. Periodic puns. Opinions = mine.", "S008", disc=True)
acct("sh_ig", "personal", "instagram", "@shonahay_music", "music teacher | fiddle | folk sessions 🎻", "S009")
acct("jw_x", "personal", "x", "@jwhitelaw", "PT Pupil Support. Dad of 3. Hibs till I die.", "S010")
acct("dr_fb", "personal", "facebook", "@deek.rutherford", "", "S011")
acct("em_x", "personal", "x", "@elodie_marchand", "Prof de français 🇫🇷 in Fife | my views only", "S012", disc=True)
acct("ki_fb", "personal", "facebook", "@karen.imrie.72", "", "S013")
acct("hs_x", "personal", "x", "@mrsiddiqui_geog", "Probationer geography teacher 🌍 #CraigbraeHigh", "S014",
     si_bio=True)
acct("ml_fb", "personal", "facebook", "@moira.low", "", "S015")
acct("ng_ig", "personal", "instagram", "@niall_outdoors", "Outdoor ed instructor ⛰️ kayaks, crags & kids. Views my own.",
     "S016", disc=True)
acct("g1_fb", "personal", "facebook", "@rev.iain.moffat",
     "Minister, Craigbrae Parish Church. Co-opted member, Craigbrae High Parent Council.", "G001", si_bio=True)
acct("g2_x", "personal", "x", "@cllrsandhu", "Fife councillor, Craigbrae & District ward. Views my own.", "G002",
     disc=True)
acct("r1_fb", "personal", "facebook", "@janicedrysdale", "", "R001")
acct("r2_fb", "personal", "facebook", "@piotrk_joinery", "Kaczmarek Joinery · kitchens, stairs, sash windows", "R002")

# ---------------------------------------------------------------------------------------------------------
# Official, approved (@CraigbraeHigh on x and facebook)

P("ox", "2025-09-03 08:15", "Welcome back to all our S2-S6 pupils, and a big Craigbrae High welcome to our new S1s 👋 "
  "Buses are running to the usual timetable. #CraigbraeHigh")
P("ox", "2025-09-22 16:00", "Save the date: our [[P7 Open Evening|ev:E006]] is on Thursday 9 October, 6-8pm. Tours led "
  "by our S6 buddies. #TeamCHS")
P("ox", "2025-10-02 12:10", "Thank you to the 200+ families who have already booked for P7 open evening next week 🙌 "
  "Parking will be on the Muirfield Road playing fields.")
P("ox", "2025-10-09 21:30", "Huge thanks to Bonnie, Kofi and all our S6 buddies who led tours at tonight's P7 Open "
  "Evening 🌟 What ambassadors!")
P("ox", "2025-11-05 15:45", "Congratulations to [[Mr Ferrie|sr:S002]], who has been asked to lead the Fife secondary "
  "physics network this session ⚛️")
P("ox", "2025-11-20 17:00", "Well done to Hunter (4L2) who ran for Fife at the Scottish Schools cross-country on "
  "Saturday 🏃")
P("ox", "2025-12-04 13:00", "Save the date! Our [[Burns Supper|ev:E002]] returns on Friday 23 January. Tickets on "
  "sale in the new year.")
P("ox", "2026-01-14 09:00", "Burns Supper tickets are now on sale via ParentPay 🏴󠁧󠁢󠁳󠁣󠁴󠁿 Haggis, neeps, tatties and a "
  "ceilidh to finish.")
P("ox", "2026-01-24 10:20", "What a night at the Burns ceilidh! Thank you to [[Mrs Hay|sr:S009]] and the trad band 🎻")
P("ox", "2026-02-03 16:30", "Storm Mackenzie-Bell (5W1) is the new Scottish Schools U17 indoor 800m champion! 🥇 "
  "Unbelievable run.")
P("ox", "2026-01-27 19:00", "Amber warning for Storm Fenella tomorrow. School will open as normal unless we post "
  "otherwise here by 7am.")
P("ox", "2026-03-16 12:00", "Congratulations to [[Storm|pr:P0003]] (5W1), selected for the Scotland U17 "
  "athletics squad! 🏴󠁧󠁢󠁳󠁣󠁴󠁿")
P("ox", "2026-01-19 15:10", "Shout out to [[Storm M-B|pr:P0003]], 2nd at the Fife indoor champs at the weekend 👏")
P("ox", "2026-02-26 08:30", "Tickets for Sunshine on Leith, this year's school show, go on sale on Monday! "
  "19-21 March, 7pm.")
P("ox", "2026-02-10 11:00", "Rehearsals for the [[school show|ev:E001]] are in full swing. Could parents please "
  "collect from the drama studio at 5pm.")
P("ox", "2026-03-20 09:45", "Opening night of Sunshine on Leith 🎭 Thank you [[Ms Kettle|sr:S007]] and the cast, "
  "that was something else.")
P("ox", "2026-04-27 08:00", "Good luck to all S5 and S6 pupils starting their exams this week. Check the SQA "
  "timetable and bring two black pens!")
P("ox", "2026-05-12 12:30", "Last chance to buy [[S6 Prom|ev:E004]] tickets: Fairmont Hotel, Friday 5 June. "
  "Forms to the school office.")
P("ox", "2026-06-06 10:00", "What a night at the S6 prom ✨ Our leavers looked absolutely braw.")
P("ox", "2026-06-11 16:00", "[[Sports Day|ev:E005]] results: Melville take the trophy, Lomond a close second 🏆")
P("ox_lc", "2025-10-30 14:00", "S4 tracking reports going home next week. Any questions, contact your child's "
  "Guidance teacher.")
P("ox_lc", "2026-02-13 18:00", "The [[Krakow trip|ev:E007]] party has landed safely ✈️ Updates from "
  "[[Mr Nowicki|sr:S008]] through the week.")
P("ox_lc", "2025-11-28 12:00", "[[Mrs Greig|sr:S004]] and the Guidance team are running a wellbeing drop-in at "
  "lunch every Wednesday in G14.")
P("ox_lc", "2026-04-20 08:10", "Welcome back for the final term! Study leave info is on craigbraehigh.example.sch.uk")
P("ox", "2025-12-12 15:00", "Congratulations to Iona (3W1) and Sid (2L2), winners of the Fife Young Writers' "
  "competition ✍️")
P("ox", "2025-09-10 13:00", "A warm welcome to our new staff: [[Mr Siddiqui|sr:S014]] (Geography) and "
  "[[Mrs Low|sr:S015]] (Business Manager).")
P("ox", "2025-11-03 08:45", "Please welcome Mr Guthrie, our new outdoor education instructor! S4 kayaking starts "
  "this week 🛶")
P("ox", "2025-10-21 15:30", "Exciting news: [[Mr Guthrie|sr:S016]] joins us next week as our outdoor education "
  "instructor.")
P("ox", "2026-03-25 14:20", "Mrs Carmichael accepted our fourth Eco-Schools Green Flag today on behalf of "
  "everyone at Craigbrae High 🌱")
P("ox", "2025-09-29 18:00", "Road closures on the High Street on Friday for the Craigbrae Gala parade. Buses will "
  "drop off at the top of the brae instead.")
P("ox", "2026-02-27 12:00", "Norovirus is doing the rounds. Please keep young people off for 48 hours after "
  "symptoms stop.")
P("ox", "2025-11-27 16:00", "Congratulations to Kofi (6L1) and Bonnie (6C1), our new School Captains 🎉")
P("ox", "2026-06-26 15:40", "That's the session finished. Have a braw summer, everyone ☀️ School returns on "
  "Wednesday 12 August.")
P("ox_lc", "2026-03-04 09:00", "S2 parents' evening is on Thursday. Book your appointments on the app.")
P("ofb", "2025-09-15 18:30", "Parent Council AGM: Tuesday 30 September, 7pm in the library. All parents welcome. "
  "Chair [[Janice Drysdale|par:R001]] will present the annual report.")
P("ofb", "2025-11-17 17:00", "Thank you to Janice Drysdale and the Parent Council for funding our new outdoor "
  "classroom 🌳")
P("ofb", "2026-03-09 19:00", "Parent Council meets this Thursday at 7pm. Chair [[Mrs Drysdale|par:R001]] would "
  "love to see some new faces.")
P("ofb", "2026-01-08 12:00", "Our [[Burns Supper|ev:E002]] is back on Friday 23 January! Volunteers for the soup "
  "kitchen please call the office on 01632 960418.")
P("ofb", "2026-02-02 16:00", "Photos from the [[Burns Supper|ev:E002]] are now up in the gallery 📸")
P("ofb", "2025-12-18 15:00", "Merry Christmas from everyone at Craigbrae High School. We close at 2.30pm on Friday "
  "19 December.")
P("ofb", "2026-05-13 17:30", "This weekend's [[Lomond Hills expedition|ev:E003]]: please check kit lists tonight, "
  "the forecast is mixed 🌧️")
P("ofb", "2026-06-15 13:00", "Ellis (1M1) and Heather (1W2) raised £340 for the Kirkcaldy food bank with their "
  "bake sale 🍰")
P("ofb", "2025-10-06 16:00", "Lost property: a blue CHS hoodie, a Raith Rovers scarf and a single football boot "
  "(size 6). Collect from the janitor's office.")
P("ofb", "2025-11-12 15:30", "Well done to [[Rowan Sneddon|pr:P0008]] (4M2), Fife Schools chess champion ♟️")
P("ofb", "2026-01-20 16:10", "Félicitations to [[Anaïs|pr:P0027]] (4L1) on her Alliance Française essay prize 🇫🇷")
P("ofb", "2026-03-16 17:00", "Pi Day in [[Mrs Dalgleish|sr:S006]]'s S2 maths classes: 31 pies, 4 calculators, "
  "no survivors 🥧")
P("ofb", "2025-09-26 10:00", "Please note the school office number is now 01632 960418.")
P("ofb", "2026-06-25 12:00", "Farewell and thank you to [[Mr Whitelaw|sr:S010]], who leaves us after twelve years "
  "for a post in Inverness.")
P("ofb", "2025-11-10 19:30", "In-service day reminder: the school is closed to pupils on Tuesday 11 November.")
P("ofb", "2026-04-23 12:00", "Highers start next week. Good luck to all our S5 and S6 candidates! Study support in "
  "the library every day this week.")
P("ofb", "2026-05-27 16:00", "[[Mr Nowicki|sr:S008]]'s Higher chemists spent the day in the labs at the University "
  "of St Andrews 🧪")

# Official, not approved
P("u_ig", "2025-09-18 15:00", "📸 Our new S1s on their first full week! #TeamCHS", w="ua")
P("u_ig", "2026-03-21 22:00", "Sunshine on Leith night 2 🎭💛 [[Lily-Mae|pr:P0023]] stole the show AGAIN", w="ua")
P("u_ig", "2026-05-18 09:00", "[[Bronze expedition|ev:E003]] done ✅ Huge well done to [[Blessing|pr:P0016]], "
  "[[Zuzia|pr:P0005]] and [[Rory|pr:P0018]] who navigated the lot 🥾", w="ua")
P("u_ig", "2025-12-10 13:00", "Festive jumper day in S1 🎄🎅", w="ua")
P("u_pe", "2025-10-04 13:00", "S4 rugby: beat Kinnaird Academy 24-12 👏 Tries from [[Fraser I|pr:P0015]] and Hunter.",
  w="ua")
P("u_pe", "2026-06-09 15:00", "[[Sports Day|ev:E005]] tomorrow! Houses, get your colours on 🟥🟦🟩🟨", w="ua")
P("u_pe", "2026-03-20 16:00", "[[Storm M-B|pr:P0003]] 3rd at the Scottish Schools cross-country 🏃‍♀️", w="ua")
P("u_pe", "2025-11-26 12:00", "[[Mr Gilchrist|sr:S005]]'s lunchtime football moves to the games hall from Monday ❄️",
  w="ua")
P("u_pe", "2026-01-21 14:30", "Basketball club cancelled tonight due to the weather.", w="ua")
P("u_pc", "2025-10-14 20:00", "Thank you to everyone who came to the Parent Council quiz! Special thanks to our chair "
  "Janice Drysdale 💙", w="ua")
P("u_pc", "2025-09-24 19:00", "We're looking for volunteers for the tea stall at the [[P7 open evening|ev:E006]] ☕ "
  "Message us!", w="ua")
P("u_pc", "2026-03-05 20:30", "Minutes are on the website. Thanks to [[Gordie Auld|par:R004]] for building the new "
  "bike shelter 🚲", w="ua")
P("u_pc", "2026-04-29 18:00", "Our spring fundraiser raised £1,120 🎉 Thank you all!", w="ua")
P("u_pc", "2026-01-06 19:15", "[[Burns supper|ev:E002]] raffle prizes wanted! Please drop them at the school office.",
  w="ua")
P("u_dofe", "2026-05-15 16:00", "[[DofE Bronze|ev:E003]] groups head off tomorrow ⛺ Mr Guthrie and "
  "[[Mr Gilchrist|sr:S005]] leading.", w="ua")
P("u_dofe", "2025-10-01 17:00", "Silver practice expedition postponed because of the forecast. New date to follow.",
  w="ua")
P("u_dofe", "2026-04-18 08:00", "Navigation training in Tentsmuir forest this Saturday for all participants 🧭",
  w="ua")
P("u_mus", "2026-02-16 18:30", "[[school show|ev:E001]] band rehearsal tonight 🎷 with [[@shonahay_music|sr:S009]]",
  w="ua")
P("u_mus", "2025-12-16 12:00", "Christmas concert tonight at Craigbrae Parish Church, 7pm 🎄🎶", w="ua")
P("u_mus", "2026-03-26 16:00", "Congrats to Precious (5M1) on her Grade 8 singing distinction 🎤", w="ua")

# ---------------------------------------------------------------------------------------------------------
# The Head Teacher: a self-identifying bio with a disclaimer (X), and Facebook with neither

P("gc_x", "2025-09-04 19:30", "First week back done. Proud of every single one of our young people, and of a staff "
  "team who never stop.", w="si")
P("gc_x", "2025-10-10 08:00", "Nearly 300 P7 families through the doors at open evening last night. Exhausted and "
  "very happy.", w="si")
P("gc_x", "2025-11-20 17:45", "Delighted to watch [[Mrs Venkataraman|sr:S003]] lead our inclusion conference today. "
  "Standing room only.", w="si")
P("gc_x", "2026-01-23 23:10", "[[Burns Supper|ev:E002]] done. [[Rev Moffat|sr:G001]] addressed the haggis like a man "
  "possessed 😂", w="si")
P("gc_x", "2026-06-24 16:00", "Twenty-two years in teaching and I still greet at every S6 leavers' assembly.", w="si")
P("gc_x", "2026-05-02 14:00", "Anyone else's Saturday involve a wee walk up Largo Law? Braw views to the Bass Rock.",
  w="si")
P("gc_x", "2026-02-20 07:30", "Reading the Hayward report on attainment gaps over my porridge. Plenty to chew on.",
  w="si")
P("gc_fb", "2025-09-14 18:00", "Sunday lunch with [[Alasdair Ferrie|sr:S002]] and Kirsten. Never let a physicist "
  "carve a chicken 😂", nowork=True)
P("gc_fb", "2025-12-19 16:30", "Last day of term. Thank you to every member of staff at Craigbrae High, you have "
  "been magnificent through a tough few months.", w="md")
P("gc_fb", "2026-02-21 10:00", "Our [[school show|ev:E001]] opens in a month and I've been roped in as a dancing "
  "policeman. Pray for me.", w="md")
P("gc_fb", "2026-04-05 13:00", "Happy Easter from our house to yours 🐣 Lamb's in the oven, Raith are losing, all is "
  "normal.")
P("gc_fb", "2025-10-25 11:00", "Bumped into [[Leila Haddad|par:R003]] at the farmers' market, her baklava is "
  "dangerous 😋", nowork=True)

# Depute Head Teachers

P("af_x", "2025-09-30 21:00", "Prelim timetable drafted. Only 14 clashes this year, a personal best.")
P("af_x", "2025-11-14 12:30", "Physics is the best subject. I will not be taking questions.")
P("af_x", "2026-01-15 16:00", "Cracking session from [[Tomasz Nowicki|sr:S008]] on retrieval practice at our in-service "
  "day.")
P("af_x", "2026-02-20 17:00", "[[Krakow|ev:E007]] slides from Mr N in the staffroom. Stunning photos, and a very "
  "tired S5 history class this week.")
P("af_x", "2026-05-23 17:10", "Raith Rovers, why do you do this to me every single May.")
P("af_x", "2025-10-18 10:00", "Brilliant news [[Morven|pr:P0032]], St Andrews is lucky to have you. Join the physics "
  "society, mind!", w="pc:P0032", re_="@morvenlaing")
P("af_x", "2026-03-02 20:00", "Good luck for tomorrow! Don't do anything I wouldn't 😄", w="pc:P0032",
  re_="@morvenlaing")
P("af_x", "2026-03-03 09:00", "Happy birthday! Have a good one 🎂", re_="@morvenlaing")
P("af_x", "2025-12-05 18:00", "Thanks for the shout, [[Duncan|pr:P0033]]. Dundee physics clearly agrees with you.",
  re_="@dunc_oye")
P("pv_ig", "2025-09-28 15:00", "Sunday bake: cardamom buns 🌀 recipe in stories", w="si")
P("pv_ig", "2025-11-07 21:00", "Timetabling S3 electives for next session and my brain is soup 🥣", w="si md")
P("pv_ig", "2026-02-13 16:00", "Valentine's bakes for the staffroom ❤️ [[Deek|sr:S011]] ate four before the "
  "first bell", w="si md")
P("pv_ig", "2026-06-12 19:00", "[[Sports day|ev:E005]] sunburn 🥵 Lomond won the relay, Melville won everything "
  "else", w="si md")
P("pv_ig", "2026-04-12 10:00", "Eid Mubarak to everyone celebrating 🌙 the kids made ma'amoul with my neighbour",
  w="si")

# Principal Teachers (Guidance, Pupil Support)

P("lg_x", "2025-09-17 20:00", "Guidance is the best job in the school and the hardest. Three referrals before 10am "
  "today.", w="md")
P("lg_x", "2025-10-28 08:00", "Wild swim at Aberdour this morning, 9 degrees. Absolutely baltic 🥶")
P("lg_x", "2025-12-02 17:00", "[[@stormmb_|pr:P0003,pc:P0003]] you were brilliant at the S5 assembly today, so proud "
  "of you 💙", w="md")
P("lg_x", "2026-02-24 19:00", "Lovely card from [[the girl in 2M1 whose mum has been so poorly|id:-]]. That's why we "
  "do this job.", w="md")
P("lg_x", "2026-04-10 14:00", "Easter holidays: 3 novels, 2 swims, 1 very muddy spaniel.")
P("lg_x", "2026-05-05 18:00", "[[Kai|pr:P0031]]!! Delighted for you, the college course sounds perfect", w="pc:P0031",
  re_="@kai.ramsay09", nowork=True)
P("lg_x", "2026-01-13 17:30", "Happy birthday [[Skye|pr:P0012]]! Hope the driving test goes well next week 🚗",
  w="pc:P0012", re_="@skye.nicolson", nowork=True)
P("jw_x", "2025-09-13 17:00", "Hibs 2-0 up. Not counting any chickens.")
P("jw_x", "2025-11-04 21:00", "Pupil support meetings back to back today. Four coffees. Worth it when you see a "
  "young person turn a corner.", w="md")
P("jw_x", "2026-02-27 19:00", "[[Jodie|pr:P0034]]! We miss you at Craigbrae. Hope Aberdeen is treating you well 💛",
  w="pc:P0034", re_="@jodieswankie", nowork=True)
P("jw_x", "2026-06-23 20:00", "[[I've been PT Pupil Support at Craigbrae High|si]] for twelve years and on Friday I "
  "hand in my lanyard. Inverness, here we come.", w="md")
P("jw_x", "2025-12-09 16:00", "[[J in 5W2|id:P0025]] finally sat his N5 maths resit and passed. I may have cried in "
  "the corridor.", w="md")
P("jw_x", "2026-03-28 13:00", "Kids' football in the rain. Three kids, three different pitches, one dad.")

# PE and DofE (disclaimer on X; Facebook without)

P("cg_x", "2025-09-21 18:00", "Kirkcaldy RFC U18s win 31-7 at Howe of Fife. [[Flash Gilchrist|pr:P0009]] with a "
  "hat-trick, not that I'm biased 🙈")
P("cg_x", "2025-11-23 18:00", "Flash Gilchrist called up to the Caledonia U16 squad 🏉 Proud uncle.")
P("cg_x", "2026-05-17 20:00", "[[Bronze expedition|ev:E003]] weekend done. 38 S3s, 6 groups, 0 blisters (lies, many "
  "blisters).")
P("cg_x", "2025-10-08 17:00", "Good luck at the chess finals [[Rowan|pr:P0008]] 👊", w="pc:P0008",
  re_="@rowansneddon")
P("cg_x", "2026-03-07 12:00", "Six Nations day. Scotland to break my heart by 4pm.")
P("cg_x", "2025-12-14 19:00", "Training's off on Tuesday lads, pitch is frozen ❄️",
  cn=["@flashgilchrist", "@kai.ramsay09"], w="pc:P0031")
P("cg_fb", "2025-12-27 14:00", "Boxing Day dook at Kinghorn with the family. Flash went in first, the rest of us "
  "chickened out 🥶")
P("cg_fb", "2026-06-12 18:30", "[[Sports day|ev:E005]] done. Hoarse from shouting at the sack race. Need a lie down.",
  w="md")
P("cg_fb", "2025-10-19 20:00", "Hunter wellies, Hunter tent, hunter-gatherer. Camping in Glen Clova was a success 🏕️")
P("cg_fb", "2026-02-08 12:00", "Cheers to [[Kwesi Mensah-Boateng|par:R006]] for the lift back from Murrayfield, "
  "legend 🙌", nowork=True)

# Maths: Facebook (no disclaimer) and a self-identifying X bio. Linked with her two sons.

P("fd_fb", "2025-10-12 19:00", "Ross's first month at Edinburgh College and he's already phoning home for recipes 🍝")
P("fd_fb", "2025-11-01 09:00", "Phone your gran, she's been asking 😂", re_="@rossdalgleish_")
P("fd_fb", "2026-02-10 21:00", "Strange being on the other side of the table at [[Rory|pr:P0018]]'s "
  "[[parents' evening|ev:-]] at Craigbrae High tonight 😂 He's 'a delight', apparently.", nowork=True)
P("fd_fb", "2026-04-25 17:00", "Rory and his pals built a raft at Lochore Meadows today. It sank. Nobody drowned. "
  "Success.")
P("fd_x", "2025-09-09 18:00", "S1 have discovered that I know 40 digits of pi. Respect levels: rising.", w="si md")
P("fd_x", "2026-03-14 13:00", "Pi Day! 3.14 pies for the department 🥧", w="si md")
P("fd_x", "2025-11-30 16:00", "Sourdough attempt #7. Getting there.", w="si")
P("fd_x", "2026-01-09 17:00", "Well done [[Zuzia|pr:P0005]], that's a brilliant maths test result!",
  w="si md pc:P0005", re_="@zuzia.k")
P("fd_x", "2026-04-30 20:00", "Kenny Dalglish signed my programme in 1989 and people still ask if we're related. "
  "Different spelling, folks.", w="si")

# English and Drama: self-identifying bio with a disclaimer

P("rk_ig", "2026-02-09 21:00", "Week 5 of rehearsals. [[Cat Blyth|pr:P0021]] can belt a high note like nobody "
  "else 🎤 [[#SunshineOnLeith|ev:E001]]", w="si")
P("rk_ig", "2026-03-22 23:00", "Closing night. [[Lily-Mae Petrie|pr:P0023]], you absolute star 😭🎭", w="si")
P("rk_ig", "2025-10-26 17:00", "Sunshine on Leith came on the radio on the drive to Dundee and I sang every word. "
  "Hail Hail 💚", w="si")
P("rk_ig", "2026-01-31 20:00", "Marking 60 S4 essays on Macbeth. Send tablet.", w="si")
P("rk_ig", "2025-12-21 12:00", "Kettle's on, feet up, term's over ☕", w="si")

# Chemistry (disclaimer)

P("tn_x", "2026-02-18 22:00", "Back from [[Krakow|ev:E007]] with 24 S5s and no lost passports. Miracles do happen.")
P("tn_x", "2025-09-25 16:00", "Whoever invented the Bunsen burner rota deserves a medal. Or a fine.")
P("tn_x", "2026-04-02 18:00", "Pierogi for the department before Easter. Mama's recipe, no substitutions.")
P("tn_x", "2025-12-09 19:00", "Nice work on the olympiad round, [[Precious|pr:P0014]]!", w="pc:P0014",
  re_="@precious.ar")
P("tn_x", "2026-05-09 11:00", "Visiting Kraków for my cousin's wedding in July. Any Fife folk been to Zakopane?")

# Music (no disclaimer)

P("sh_ig", "2025-10-19 22:00", "Sunday session at the Ship Inn, Limekilns 🎻 braw tunes")
P("sh_ig", "2026-01-22 18:00", "Trad band rehearsing for the [[Burns ceilidh|ev:E002]] tomorrow, the weans are "
  "flying 🎻", w="md")
P("sh_ig", "2026-03-10 17:00", "[[Sid Rao|pr:P0022]] on keys at band practice, 13 and already better than me 🎹",
  w="md")
P("sh_ig", "2025-11-15 20:00", "Hay fever in November? Must be the tinsel 🎄🤧")
P("sh_ig", "2026-05-24 21:00", "Heather in bloom on the Lomonds already? Surely not. Fiddle case, flask, sandwiches "
  "🥪")

# Janitor (no disclaimer)

P("dr_fb", "2025-11-19 07:30", "Gritted the whole car park at 6am and a parent STILL parked on the zigzags. Classic.",
  w="md")
P("dr_fb", "2026-01-24 00:30", "[[Burns supper|ev:E002]] clear up done by midnight. Tables back in the dinner hall "
  "for Monday. Bed.", w="md")
P("dr_fb", "2025-10-25 17:00", "Raith v Ayr at Stark's Park. Freezing. Wouldn't be anywhere else.")
P("dr_fb", "2026-03-07 15:00", "Building the set for the school show wi [[Mr Siddiqui|sr:S014]], he's handier wi a "
  "drill than he looks 😂", w="md")
P("dr_fb", "2026-05-01 19:00", "Happy retirement to big Tam at the Gothenburg, 40 years at the pit and the bowling "
  "club. Legend.")

# French (disclaimer)

P("em_x", "2025-10-03 18:00", "Mes S3 ont découvert le subjonctif aujourd'hui. Il y a eu des larmes.")
P("em_x", "2026-02-11 12:00", "Madame Marchand's tip of the day: never say 'je suis plein' in a French restaurant.")
P("em_x", "2026-01-26 17:00", "[[Anaïs Ferrand|pr:P0027]], 100% in her French prelim 🇫🇷 tellement fière")
P("em_x", "2025-12-22 11:00", "Joyeux Noël depuis Lyon ! Home for the holidays 🎄")

# Pupil support assistant (no disclaimer); linked with her nephew Fraser

P("ki_fb", "2025-09-27 19:00", "Fraser's first game for Glenrothes Strollers U16s, proud auntie 💙⚽")
P("ki_fb", "2025-12-11 14:00", "Christmas lunch duty in the dinner hall. 300 crackers, 1 me 🎄", w="md")
P("ki_fb", "2026-03-27 18:00", "See you at Gran's on Sunday, bring your boots 👍", re_="@fraser_imrie09")
P("ki_fb", "2026-04-30 17:00", "Reading with [[Lachie|pr:P0013]] in 1C1 today, he has come on leaps this term 📚",
  w="md")
P("ki_fb", "2026-05-20 20:00", "Auld Jimmy at the bowling club says the green's never looked better. He's 91 and "
  "still bowls every day.")

# Geography probationer: self-identifying bio, no disclaimer

P("hs_x", "2025-09-05 18:00", "First full week as a probationer done. S2 fieldwork sketches were a joy.", w="si md")
P("hs_x", "2025-11-22 12:00", "Tentsmuir beach with the Glenrothes running club this morning. Cold but braw.",
  w="si")
P("hs_x", "2026-03-18 22:00", "Dress rehearsal for the school show, I'm on lights 💡", w="si md")
P("hs_x", "2026-05-19 16:00", "Great river notes, [[Tam|pr:P0017]] 👍", w="si md pc:P0017", re_="@tamauld12")

# Business manager (no disclaimer)

P("ml_fb", "2026-03-31 19:00", "Year-end accounts in. Spreadsheets 1, Moira 0.", w="md")
P("ml_fb", "2025-10-11 10:00", "Low tide at Elie this morning, perfect for the chain walk 🌊")

# Outdoor education (disclaimer); starts 2025-10-27

P("ng_ig", "2025-10-15 18:00", "Gorge walking in Perthshire before I start a new job. Nervous and excited ⛰️")
P("ng_ig", "2025-11-08 16:00", "First kayak session with the S4s at Loch Ore. [[Rowan Sneddon|pr:P0008]] capsized "
  "twice and laughed both times 😂")
P("ng_ig", "2026-05-18 20:00", "[[Lomond Hills expedition|ev:E003]]: 6 groups, 1 very lost compass 🧭")

# Governors (Parent Council co-optees)

P("g1_fb", "2025-12-14 12:00", "Advent carol service at Craigbrae Parish Church tonight, all welcome.", w="si")
P("g1_fb", "2026-01-25 14:00", "Addressed the haggis at the [[Burns Supper|ev:E002]] on Friday. "
  "[[Mrs Carmichael|sr:S001]] says I overdid the dirk.", w="si")
P("g2_x", "2025-10-17 17:00", "Visited Craigbrae High today with the education convener. Impressive S6 buddy scheme.")
P("g2_x", "2026-02-28 09:00", "Potholes on Kirk Brae reported again. I've chased Fife Council.")
P("g2_x", "2026-05-14 19:00", "[[As a co-opted member of the Parent Council at Craigbrae High|si]] I'm backing the "
  "new crossing on Muirfield Road.")

# Parents (negatives whatever a detector makes of the author)

P("r1_fb", "2026-06-06 11:00", "My girl at the S6 prom 😭💛 where did the years go")
P("r1_fb", "2025-11-09 18:00", "Raised £400 at the Craigbrae gala tombola. Thank you all!")
P("r2_fb", "2025-10-20 19:00", "New kitchen fitted in Kinghorn this week. Oak worktops 👌")

# ---------------------------------------------------------------------------------------------------------
# More: contact edges, identifying detail, parents, namesakes and words

P("ox", "2025-10-16 12:00", "The new bike racks are in at the Muirfield Road gate. Please lock your bikes, folks 🚲")
P("lg_x", "2026-03-03 19:00", "Happy 18th [[Morven|pr:P0032]]!! 🎉 Hope St Andrews spoils you today", re_="@morvenlaing",
  nowork=True)
P("lg_x", "2026-03-20 12:00", "Storm in a teacup over the staff car park again. Not my circus.")
P("lg_x", "2025-11-25 18:00", "[[Z in 3C2|id:P0005]] came to find me at lunch just to say she's settling in. Made my "
  "week.", w="md")
P("jw_x", "2026-01-16 16:00", "Congratulations [[Kofi|pr:P0020]], the Edinburgh offer is thoroughly deserved 🎓",
  w="pc:P0020", re_="@kofi.mb", nowork=True)
P("jw_x", "2025-10-22 20:00", "Glad the college course is going well, [[Ross|pr:P0035]]. Keep at it 💪",
  w="pc:P0035", re_="@rossdalgleish_", nowork=True)
P("fd_fb", "2026-01-02 12:00", "Ne'erday walk round Loch Leven with the boys 🦢", cn=["@rossdalgleish_", "@kai.ramsay09"],
  w="pc:P0031")
P("af_x", "2026-04-14 18:00", "Cheers for the photo, [[Duncan|pr:P0033]], that telescope looks incredible 🔭", re_="@dunc_oye")
P("af_x", "2025-09-08 19:00", "Storm clouds over the Lomonds on my walk home. Physics is just showing off now.")
P("cg_x", "2026-01-09 19:00", "Congrats on the new job at the leisure centre, [[Ailsa Baird|pr:P0036]]! Told you "
  "the coaching badges would pay off.")
P("cg_fb", "2026-04-18 12:00", "Flash flood on the Leven path this morning. Bike now 40% mud.")
P("em_x", "2026-03-12 08:00", "[[Cal|pr:P0002]], merci pour les croissants ce matin 🥐", re_="@cal_odalaigh", w="pc:P0002")
P("hs_x", "2026-02-02 17:00", "The Isle of Skye in February: sideways rain, zero regrets 🌧️🏔️", w="si")
P("hs_x", "2025-10-07 19:00", "Geography teacher confession: I still can't fold an OS map.", w="si")
P("ki_fb", "2025-11-27 18:00", "Thanks to [[Piotr Kaczmarek|par:R002]] for fixing my stairs, absolute craftsman 🪚",
  nowork=True)
P("ki_fb", "2026-06-18 20:00", "Precious wee granddaughter home from the hospital today 💕 7lb 2oz")
P("dr_fb", "2025-12-06 14:00", "Blessing in disguise that the boiler went in the hall on a Saturday. Fixed by 2.")
P("dr_fb", "2026-02-16 08:00", "[[@shell_ohare|par:R005]] cheers for the soup yesterday hen, saved my life 🍲",
  nowork=True)
P("sh_ig", "2026-06-02 19:00", "Brand new fiddle strings and a brand new tune. Summer session season 🎻")
P("tn_x", "2026-03-25 16:00", "[[C in 5C2|id:P0021]] just balanced a redox equation without help and I need a lie "
  "down.")
P("ng_ig", "2026-02-25 19:00", "Winter skills on Ben Vorlich with the club. Crampons, ice axes, a lot of "
  "swearing.")
P("ng_ig", "2026-04-24 18:00", "Good work on the canoe rescue today, [[Fraser|pr:P0015]] 🛶", w="pc:P0015",
  re_="@fraser_imrie09")
P("gc_fb", "2026-03-29 12:00", "Charles Rennie Mackintosh exhibition in Glasgow today. The Hill House chairs 😍")
P("gc_fb", "2025-11-30 17:00", "St Andrew's Day and the Carnegie Library in Dunfermline has a queue round the "
  "block. Love it.")
P("pv_ig", "2026-05-30 16:00", "Prom dress shopping with my niece in Edinburgh. Her school's prom is in June 💃",
  w="si")
P("pv_ig", "2025-09-25 19:00", "Our [[P7 open evening|ev:E006]] is in a fortnight and I have baked 200 shortbread "
  "stars for it ⭐", w="si md")
P("rk_ig", "2026-02-14 15:00", "Costume cupboard raid for the [[CHS show|ev:E001]]. Found a 1987 kilt and a "
  "mouse 🐭", w="si")
P("rk_ig", "2026-05-10 12:00", "Iona Abbey on a still May morning. Absolute peace.", w="si")
P("jw_x", "2026-04-21 16:00", "Fraser Island is on the bucket list. One day.")
P("jw_x", "2025-10-31 20:00", "Trick or treaters in Dalgety Bay: 41. Haribo left: 0.")
P("af_x", "2026-01-29 19:00", "Rowan Atkinson on the telly again. Mr Bean never gets old.")
P("g2_x", "2025-12-02 12:00", "Heather and gorse clearance on the Craigbrae common this Saturday, volunteers "
  "welcome.")
P("g2_x", "2026-04-08 16:00", "Kofi Annan's memoir is my holiday reading. Recommend.")
P("g1_fb", "2026-03-15 12:00", "A blessing to welcome the Mothering Sunday congregation today 💐", w="si")
P("g1_fb", "2025-11-11 11:00", "Two minutes' silence at the Craigbrae war memorial. We will remember them.", w="si")
P("lg_x", "2025-09-24 19:00", "I'm a guidance teacher, which means my car is 70% tissues and 30% Tunnock's.")
P("lg_x", "2026-05-28 17:00", "[[the S1 in 1W2 who brought a ferret to the bus stop|id:-]] has made the whole "
  "corridor's day 😂", w="md")
P("cg_x", "2026-06-04 21:00", "Ben Nevis by the CMD arête on Saturday. Bring on the midges.")
P("cg_fb", "2026-05-06 18:00", "[[R in 3L1|id:P0018]] has done 40 hours of DofE volunteering at the food bank. "
  "Brilliant lad.", w="md")
P("hs_x", "2026-06-09 18:00", "[[house sports|ev:E005]] tomorrow and the forecast is glorious. Suncream in the "
  "bag 🧴", w="si md")
P("fd_x", "2026-02-12 20:00", "[[the new lad in 2C1 who just moved up from Lancashire|id:-]] asked if Fife has "
  "its own money. I said yes.", w="si md")
P("ki_fb", "2026-02-03 17:00", "Congratulations to [[Storm Mackenzie-Bell|pr:P0003]], Scottish indoor champion at 16! "
  "Proud to see her in the corridor every day 🥇", w="md")
P("sh_ig", "2025-09-19 21:00", "Cheers to [[Gilly|sr:S005]] for carrying the drum kit up three flights at work "
  "today 🥁", w="md")
P("sh_ig", "2026-02-05 19:00", "Mrs Hay's life advice: make hay while the sun shines, then have a wee nap 😂")
P("em_x", "2025-11-21 17:00", "[[Priya Venkataraman|sr:S003]]'s chai at the staff quiz night was elite ☕")
P("tn_x", "2026-06-19 17:00", "End of the session drinks with [[Alasdair|sr:S002]] and [[Ros Kettle|sr:S007]]. "
  "Cheers to a good year 🍻")
P("ng_ig", "2026-03-08 17:00", "Sea kayaking off Kinghorn with [[Deek Rutherford|sr:S011]], who will never let me "
  "forget the capsize.")
P("dr_fb", "2025-09-12 17:00", "New minibus arrived at work today. Shiny. Already got a crisp packet under the "
  "seat.", w="md")
P("ml_fb", "2026-02-18 17:00", "Paid the coach firm for the [[S5 history trip|ev:E007]]. Never ask a business "
  "manager how much a bus to Edinburgh airport costs.", w="md")
P("ml_fb", "2025-12-15 18:00", "Thank you [[Lorna Greig|sr:S004]] for the Christmas card and the tablet 😋",
  nowork=True)
P("ml_fb", "2026-05-15 17:00", "Ordering prom tickets... no, wait, that's my daughter's school in Cupar. Phew.")
P("gc_fb", "2026-05-09 17:00", "Glad to hear Kaczmarek Joinery is booming, [[Piotr K|par:R002]] 👌 See you at the golf.",
  re_="@piotrk_joinery", nowork=True)
P("fd_fb", "2025-12-30 19:00", "Grace before dinner: 'Some hae meat and canna eat'. Happy Hogmanay-eve from the "
  "Dalgleish house 🥃")
P("pv_ig", "2026-01-11 15:00", "Snowed in with a tray of tablet and two bored kids ❄️", w="si")
P("g1_fb", "2026-05-31 15:00", "Bonnie day for the Craigbrae gala. Well done to the committee.", w="si")
P("r2_fb", "2026-03-01 12:00", "Storm damage on the sash windows in Crail, all sorted now 🪟")
P("r1_fb", "2026-02-15 13:00", "Kirkcaldy Links Market memories 🎡 who else had their first kiss on the waltzers?")
P("tn_x", "2025-11-03 08:00", "Glass Onion on a Sunday night: still the best murder mystery going.")
P("em_x", "2026-06-10 19:00", "Sports day in a French lycée? Ça n'existe pas 🤷‍♀️")
P("af_x", "2026-05-28 20:00", "Prom season. My cousin's boy in Glenrothes has hired a DeLorean. Not a joke.")
P("cg_x", "2025-11-29 18:00", "Precious few dry pitches in Fife this weekend. Postponed again.")
P("hs_x", "2026-04-22 17:00", "Great trip to Iona with the family at Easter. Ferry was bouncy 🌊", w="si")
P("jw_x", "2026-05-11 21:00", "Happy birthday [[Orla|pr:P0026]] 🎈 enjoy the sunshine", w="pc:P0026",
  re_="@orla.mcg", nowork=True)
P("ofb", "2026-02-06 07:05", "Due to heavy snow the school is closed today. Stay safe, and keep an eye on the Fife "
  "Council website for updates ❄️")
P("af_x", "2026-06-01 19:00", "House of Fraser in Edinburgh is a hotel now. Where am I supposed to buy a tie?")


if __name__ == "__main__":
    sys.exit(main(sys.argv, out=OUT, seed=SEED, prefix=PREFIX, n_posts=N_POSTS, school=SCHOOL))
