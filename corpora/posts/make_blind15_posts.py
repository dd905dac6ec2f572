"""Write ``blind15-posts.jsonl``: the fifteenth blind, hand-labelled evaluation set (see ``BLIND15.md``).

    python corpora/posts/make_blind15_posts.py              # check, then write
    python corpora/posts/make_blind15_posts.py --warnings   # also list posts a reviewer should look at twice

This set is about a school the product has never seen: Al-Hilal Academy, a fictional 11-18 Muslim-faith
voluntary-aided secondary in Manningham, Bradford (``corpora/blind15-school``). It is co-educational with a boys' site
and a girls' site; forms are year + site letter + number (9B1, 10G2), the sixth form is 12B/12G/13B/13G. Staff are
called Sister/Brother/Ustadh/Ustadha + first name as well as Mr/Mrs/Miss/Dr + surname. "Al-Hilal" on its own is not
an alias (the crescent moon, a Saudi football club, a travel agency). Every post and every label below was written
by hand. Gold spans are marked inline as ``[[text|cat:SUBJECT,cat:SUBJECT]]`` (``-`` for no subject; the marked text
may span a line break); whole-post gold goes in ``w`` as ``cat`` or ``cat:SUBJECT`` words. The checks in
``blind_kit.py`` must all pass, against the blind15 school profile, before the file is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from blind_kit import ROOT, P, acct, main

HERE = Path(__file__).resolve().parent
OUT = HERE / "blind15-posts.jsonl"
SCHOOL = ROOT / "corpora" / "blind15-school"
SEED = 20261515
PREFIX = "b15"
N_POSTS = 240


# ---------------------------------------------------------------------------------------------------------
# Accounts. ``disc``: the bio says the views are the author's own. ``si_bio``: the bio self-identifies.

# official accounts. Approved: @AlHilalAcademy on x and facebook, @AlHilalGirls on instagram (handles without case).
acct("ox", "official", "x", "@AlHilalAcademy",
     "Al-Hilal Academy, Bradford 🌙 11-18 Islamic voluntary-aided school · boys' & girls' sites · Bismillah")
acct("ox_lc", "official", "x", "@alhilalacademy", "Al-Hilal Academy · BD8")
acct("ofb", "official", "facebook", "@AlHilalAcademy", "Al-Hilal Academy · Manningham, Bradford · 01632 960274")
acct("oig", "official", "instagram", "@AlHilalGirls", "Al-Hilal Academy girls' site 🌸 Years 7-13")
acct("oig_lc", "official", "instagram", "@alhilalgirls", "Al-Hilal Academy · girls' site")
# not approved
acct("u_ig", "official", "instagram", "@AlHilalAcademy", "📸 Al-Hilal Academy Bradford")
acct("u_boys", "official", "x", "@AlHilalBoys", "Boys' site news · Al-Hilal Academy · Quarry Mill Road")
acct("u_par", "official", "facebook", "@AlHilalParents", "Al-Hilal Academy Parents' Association 💚 volunteers welcome")
acct("u_six", "official", "instagram", "@AlHilal_Sixth", "Sixth Form Centre · Al-Hilal Academy 🎓")
acct("u_sport", "official", "x", "@AlHilalSport", "PE & fixtures, boys' and girls' sites ⚽🏏🏐")
acct("u_gfb", "official", "facebook", "@AlHilalGirls", "Al-Hilal Academy Girls")

# staff, governors, a cover supervisor who is not on the roster, and two parents
acct("asl_x", "personal", "x", "@DrTahiraAslam",
     "Principal, Al-Hilal Academy Bradford. Mum of 3. Chemist once upon a time. Views my own.", "S001",
     disc=True, si_bio=True)
acct("asl_fb", "personal", "facebook", "@tahira.aslam", "", "S001")
acct("nav_x", "personal", "x", "@naveed_akhtar",
     "Head of boys' site. Bradford born & bred. Cricket, chai, Bradford City (sadly).", "S002")
acct("shz_fb", "personal", "facebook", "@shazia.hanif.77", "", "S003")
acct("shz_ig", "personal", "instagram", "@sister_shazia", "Head of girls' site @AlHilalGirls 🌸 mum · reader · baker",
     "S003", si_bio=True)
acct("bil_x", "personal", "x", "@ustadhbilal",
     "Teacher of Qur'an & Islamic studies. Husband, father, student of knowledge. Views my own, not my employer's.",
     "S004", disc=True)
acct("bil_fb", "personal", "facebook", "@bilal.hakim.bd", "", "S004")
acct("mar_ig", "personal", "instagram", "@ustadha.maryam", "Hifz teacher at #AlHilalFamily 📖 girls' site", "S005",
     si_bio=True)
acct("han_x", "personal", "x", "@missgreenwood_eng",
     "English teacher. Brontë obsessive. Haworth walks. Opinions = mine.", "S006", disc=True)
acct("han_fb", "personal", "facebook", "@hannah.greenwood.92", "", "S006")
acct("far_x", "personal", "x", "@farah_sci", "Science teacher 🔬 KS3/KS4. Khala to many. Chai > coffee.", "S007")
acct("raf_x", "personal", "x", "@coachrafiq", "Head of PE, Al-Hilal Academy Bradford ⚽🏏 views my own", "S008",
     disc=True, si_bio=True)
acct("raf_ig", "personal", "instagram", "@adnan.rafiq.fit", "runner · dad · 🏏", "S008")
acct("nas_fb", "personal", "facebook", "@nasreen.rehman.5", "", "S009")
acct("ogz_x", "personal", "x", "@oguz_maths", "Maths teacher. Istanbul → Bradford. Tweets are my own views.", "S010",
     disc=True)
acct("yah_x", "personal", "x", "@yahya_harper",
     "Learning mentor & Head of Year 9 (boys) at Al-Hilal Academy. Revert. Fell walker.", "S011", si_bio=True)
acct("yah_ig", "personal", "instagram", "@yahya.outdoors", "hills · tea · du'a", "S011")
acct("hod_ig", "personal", "instagram", "@miss_abdullahi", "Geography 🌍 HoY 9 girls. Opinions mine.", "S012", disc=True)
acct("hod_fb", "personal", "facebook", "@hodan.abdullahi", "", "S012")
acct("kaz_x", "personal", "x", "@shabbirkazi_bd",
     "Chartered accountant. Chair of governors at Al-Hilal Academy. Views my own.", "G001", disc=True, si_bio=True)
acct("imam_fb", "personal", "facebook", "@imamyaqub", "Imam. Husband. Student of knowledge. School governor.", "G002")
acct("cov_x", "personal", "x", "@saj_covers", "Cover supervisor at alhilal.example.sch.uk · views my own", None,
     disc=True, si_bio=True)
acct("gem_fb", "personal", "facebook", "@gemma_whitaker", "Mum of 2 · revert · baker of lemon drizzle", "R002")
acct("riz_fb", "personal", "facebook", "@rizwana_patel", "", "R005")


# ---------------------------------------------------------------------------------------------------------
# Official accounts

# @AlHilalAcademy on x (approved)
P("ox", "2025-09-03 07:55",
  "Assalamu alaikum and welcome back! 🌙 Boys' site gates open 8.15, girls' site 8.20. Year 7s: look for the big "
  "green banners and a member of staff will take it from there. #AlHilalFamily")
P("ox", "2025-10-01 16:30",
  "Save the date 🗓️ Our [[Sixth Form Open Evening|ev:E006]] is on Thursday 16 October, 5.30–8pm in the Sixth Form "
  "Centre. Meet subject staff, see the labs, ask us anything.")
P("ox", "2025-10-06 12:00",
  "Sixth form open evening is next Thursday! Parking on Southfield Terrace is very limited, so walk if you can "
  "🚶🏽‍♀️🚶🏾")
P("ox", "2025-09-26 15:45",
  "Mabrook to [[Zak|pr:P0016]] in 11B1, who won the Bradford Schools cross-country (U16) on Wednesday 🏃🏽‍♂️ "
  "Proud of you!")
P("ox", "2025-11-04 17:10",
  "Congratulations to [[Iman Saleh|pr:P0002]] (10G2), through to the national final of the Young Orators "
  "competition in London. MashaAllah! 🎤")
P("ox", "2025-11-21 16:05",
  "MashaAllah to Yusuf (13B), selected for the Yorkshire Schools U19 cricket squad 🏏 Keep that front foot going "
  "forward.")
P("ox", "2026-02-05 16:00",
  "[[Iman|pr:P0002]] from 10G2 will speak at the Bradford Youth Assembly next week on 'Young people and the city'. "
  "Do come along 🎤")
P("ox", "2026-03-10 15:30",
  "Rehearsals for the [[Eid assembly|ev:E001]] are in full swing on both sites. Nasheed group, we can hear you "
  "from the car park 😄")
P("ox", "2026-03-24 13:00",
  "Eid Mubarak! 🌙 Thank you for making this morning's Eid celebration assembly so special: nasheeds, poems and a "
  "LOT of sweets.")
P("ox", "2026-02-24 10:00",
  "Bookings are open for our [[Family Iftar|ev:E002]] on Saturday 7 March in the boys' site hall. Families "
  "welcome, please bring a dish to share 🍲🌙")
P("ox", "2026-03-08 11:00",
  "JazakAllah khair to every family who came to the Family Iftar last night. 412 people, 60 dishes, one very tired "
  "kitchen team 🤲")
P("ox", "2026-04-14 15:50",
  "Sponsor forms for the [[Wells Walk|ev:E004]] went home today. Every £150 helps fund a hand pump in Tharparkar "
  "💧")
P("ox", "2026-05-09 18:30",
  "8 miles, 600 walkers, £11,240 and counting. JazakAllah khair to everyone who did the Wells Walk today 💧🚶🏽‍♀️")
P("ox", "2026-06-24 16:00",
  "Boys' site: [[sports day|ev:E007]] has moved to Wednesday 8 July because of Year 10 exams. Whites and house "
  "colours as usual.")
P("ox", "2025-12-12 16:00",
  "A big thank you to [[Mr Yıldız|sr:S010]] and the maths team: 41 students sat the UKMT Senior Challenge this week "
  "and 12 came home with certificates.")
P("ox", "2026-05-26 09:00",
  "Eid al-Adha: both sites are closed on Wednesday 27 and Thursday 28 May. Eid Mubarak to all our families 🐑🌙")
P("ox", "2025-09-15 16:00",
  "Our Principal, Dr Aslam, has written to all families about the new lunch arrangements on the girls' site. "
  "Letters went home today.")

# @alhilalacademy on x (approved, lower case)
P("ox_lc", "2025-11-28 16:30",
  "Well done to Noor (8G1), whose Arabic calligraphy will be on display at Cartwright Hall this winter ✍🏽")
P("ox_lc", "2026-06-01 15:00",
  "Year 9: medical forms for the [[Kettlewell trip|ev:E003]] by Friday please! 🏕️")
P("ox_lc", "2026-01-20 16:00",
  "Our chair of governors, Mr Kazi, visited the boys' site today to see the new science labs. Thank you for your "
  "support!")

# @AlHilalAcademy on facebook (approved)
P("ofb", "2025-12-05 17:00",
  "🏆 NATIONAL CHAMPION 🏆 Iman Saleh from 10G2 won the Young Orators final in London yesterday, speaking on "
  "'What the city owes its teenagers'. We are so proud of her. MashaAllah.")
P("ofb", "2026-01-31 16:30",
  "Iman Saleh's winning speech is now on the school website for anyone who missed it. Worth ten minutes of your "
  "weekend.")
P("ofb", "2025-10-16 09:00",
  "TONIGHT: Sixth Form Open Evening, 5.30–8pm. Year 11s from other schools are very welcome too.")
P("ofb", "2026-03-16 16:00",
  "Eid assembly tickets for parents: two per family, from the office on either site. First come, first served!")
P("ofb", "2026-03-31 18:00",
  "A final thank you to our iftar volunteers: the dessert table alone raised £2,300 for Bradford Central Foodbank. "
  "Ramadan has gone but the barakah carries on 💚")
P("ofb", "2026-04-02 18:00",
  "Photos from our [[iftar evening|ev:E002]] are now in the gallery on the website. Thank you again to every cook!")
P("ofb", "2025-09-12 16:00",
  "Welcome to our new colleagues! [[Miss Greenwood|sr:S006]] (English), [[Mr Harper|sr:S011]] (learning "
  "mentor) and [[Mrs Siddiqui|sr:S007]] (science, girls' site) joined us this week.")
P("ofb", "2025-10-20 16:00",
  "Huge well done to our boys' U14 team and Coach Rafiq: Bradford Schools Cup quarter-finalists! ⚽")
P("ofb", "2025-09-30 16:00",
  "Well done to our boys' U12s and [[Mr Rafiq|sr:S008]], two wins from two!")
P("ofb", "2026-05-05 16:00",
  "Wells Walk update: our parents' association chair Rizwana Patel has found a marshal for every single mile. "
  "Thank you Rizwana!")
P("ofb", "2026-04-16 16:00",
  "Thank you to [[Mrs Rizwana Patel|par:R005]] and the parents' association for 400 bottles of donated water for "
  "the [[Wells Walk|ev:E004]] 💧")
P("ofb", "2026-06-10 16:00",
  "Year 9 girls spent the morning planning routes for the [[Year 9 residential|ev:E003]] with "
  "[[Miss Abdullahi|sr:S012]] 🗺️")
P("ofb", "2026-07-03 16:00",
  "What an evening. Eleven students completed the memorisation of the whole Qur'an this year, and we honoured them "
  "at last night's [[Hifz Celebration|ev:E005]]. Special mention to Sumayyah (11G1) and Taha (9B2) 🤍")
P("ofb", "2026-02-12 16:00",
  "Well done [[Rêbaz|pr:P0015]] (10B2) and [[Safiyyah|pr:P0017]] (9G1), winners of our first inter-site chess "
  "tournament ♟️")
P("ofb", "2026-01-16 16:00",
  "Congratulations to [[Bushra|pr:P0013]] in 13G on her offer to study Medicine at Leeds 🩺")
P("ofb", "2025-11-13 16:00",
  "Year 8 parents' evening is on Thursday 20 November, 4–7pm. Please book your slots on the app.")
P("ofb", "2026-07-17 16:00",
  "Salaam and goodbye to our Year 13s 🎓 We will miss you. Keep us in your du'as! #AlHilalFamily")
P("ofb", "2026-02-26 16:00",
  "Year 7 spelling bee finalists 🐝 are [[Dawud Ibrahim|pr:P0018]] (7B1) and [[Jannat\nAkhtar|pr:P0007]] (7G1). "
  "The final is on Friday in the girls' site hall.")

# @AlHilalGirls on instagram (approved)
P("oig", "2025-10-10 16:00",
  "Year 7 girls' first netball fixture 🏐 and a 9–4 win! Player of the match: Khadijah (7G2) ⭐")
P("oig", "2026-03-12 16:00",
  "Girls' site [[Eid assembly|ev:E001]] prep: the henna station is sorted 💚✋🏽")
P("oig", "2026-03-25 16:00",
  "Eid celebration assembly on the girls' site 🌙✨ nasheeds from 8G2, a poem from Ilham and the best-dressed "
  "teachers we have ever seen")
P("oig", "2026-06-17 16:00",
  "Day 3 of the girls' [[Year 9 resi|ev:E003]]! Gorge scramble done and nobody lost a shoe 🥾")
P("oig", "2025-11-18 16:00",
  "Science club made elephant toothpaste today with [[Mrs Siddiqui|sr:S007]] 🧪🐘")
P("oig", "2026-02-27 16:00",
  "Hope (9G2) and Zeynep (10G1) have been picked for the Bradford girls' futsal squad ⚽🧕🏽")
P("oig", "2025-09-18 16:00",
  "[[Ustadha Maryam|sr:S005]]'s Year 7 hifz circle has started! 📖 Bismillah")

# @alhilalgirls on instagram (approved, lower case)
P("oig_lc", "2025-12-10 16:00",
  "Huge congratulations to Huda in Year 12, who has won the regional young poets' prize 🖋️")
P("oig_lc", "2026-04-24 16:00",
  "Cupcakes for wells 🧁💧 Year 8's bake sale raised £312 for the charity walk.")

# @AlHilalAcademy on instagram (NOT approved: wrong platform)
P("u_ig", "2025-09-05 16:00",
  "First week done ✅ 200 new Year 7s, one lost blazer, zero tears (we think)", w="ua")
P("u_ig", "2026-03-05 16:00",
  "Two days to go until the Family Iftar! 🌙 Samosa count currently stands at 1,100", w="ua")
P("u_ig", "2026-06-18 16:00",
  "Y9 boys at the [[Kettlewell trip|ev:E003]] 🏕️ canoeing in the rain with [[Mr Harper|sr:S011]]", w="ua")
P("u_ig", "2025-11-25 16:00",
  "Well done [[Umar Farooq|pr:P0022]] (10B1), Yorkshire U16 boxing champion 🥊", w="ua")
P("u_ig", "2026-01-22 16:00",
  "Shoutout to Taha and Ameen for their Qur'an recitation at the Bradford interfaith evening 🎙️", w="ua")

# @AlHilalBoys on x (NOT approved)
P("u_boys", "2025-09-19 16:00",
  "Boys' site: prayers are in the sports hall from Monday while the musalla carpets are cleaned. "
  "[[Brother Yahya|sr:S011]] has the adhan rota 🕌", w="ua")
P("u_boys", "2025-10-03 16:00",
  "Brilliant to see so many of you at Jummah with [[Imam Yaqub|sr:G002]] today", w="ua")
P("u_boys", "2026-02-10 16:00",
  "Well done to [[Luqman Hakim|pr:P0027]] (8B2), who completed his first juz today 🤲", w="ua")
P("u_boys", "2026-06-23 16:00",
  "[[Boys' sports day|ev:E007]] heats this week! House points so far: Sina 112, Battuta 108, Khwarizmi 97, "
  "Fihri 90", w="ua")
P("u_boys", "2026-01-09 16:00",
  "Player of the week: [[Dawud|pr:P0018]] (7B1), for a perfect week of homework AND football ⚽", w="ua")
P("u_boys", "2026-07-14 16:00",
  "Boys' site sportsman of the year: [[Ameer Mahmood|pr:P0003]] (9B1) 🏆", w="ua")

# @AlHilalParents on facebook (NOT approved)
P("u_par", "2026-02-20 20:00",
  "Ramadan Mubarak everyone 🌙 We need volunteers for the [[Family Iftar|ev:E002]] on the 7th: cooks, setters-up, "
  "washers-up. Message us!", w="ua")
P("u_par", "2026-05-02 20:00",
  "One week to the Wells Walk! Rizwana's team will be at the boys' site gates from 8am with hi-vis.", w="ua")
P("u_par", "2026-01-29 20:00",
  "Coffee morning this Friday at the girls' site, 9am ☕ all parents welcome", w="ua")
P("u_par", "2025-11-07 20:00",
  "Thank you to [[Selma Hadžić|par:R004]] for the burek at the bake sale, gone in four minutes 😋", w="ua")

# @AlHilal_Sixth on instagram (NOT approved)
P("u_six", "2025-10-14 16:00",
  "Getting ready for Thursday's open evening ✨ our Year 12 ambassadors are ready for you", w="ua")
P("u_six", "2026-01-16 16:30",
  "Offers are landing 📩 MashaAllah [[Haris|pr:P0029]] (13B), Law at Manchester!", w="ua")
P("u_six", "2026-03-04 16:00",
  "13G, a reminder that mock results are with [[Mrs Hanif|sr:S003]] on Friday", w="ua")

# @AlHilalSport on x (NOT approved)
P("u_sport", "2025-10-08 16:00",
  "Mixed-age 7-a-side at Thornton: champions 🏆 Goals from [[Zak B|pr:P0016]] (2), Wahab and Taha.", w="ua")
P("u_sport", "2025-10-10 16:00",
  "Thanks to Coach Rafiq for giving up another Saturday morning 🙌", w="ua")
P("u_sport", "2026-07-01 16:00",
  "[[Girls' sports day|ev:E007]] is ON for Tuesday. Suncream, water bottles, spare hijab pins 🧕🏽☀️", w="ua")
P("u_sport", "2026-04-20 16:00",
  "Training walk round Lister Park this morning for the sponsored walk 🚶🏽", w="ua")

# @AlHilalGirls on facebook (NOT approved: wrong platform)
P("u_gfb", "2025-12-02 16:00",
  "Our girls' debating team with [[Miss Greenwood|sr:S006]] at the Bradford Literature Festival schools' day 📚",
  w="ua")
P("u_gfb", "2026-02-25 16:00",
  "[[Areeba|pr:P0028]] in 10G2 is this week's reader of the week 📖", w="ua")
P("u_gfb", "2026-04-10 16:00",
  "Easter holiday reading challenge! Three books, one review, prizes in the summer term.", w="ua")


# ---------------------------------------------------------------------------------------------------------
# Staff

# S001 Dr Tahira Aslam, principal. X: bio self-identifies, with a disclaimer.
P("asl_x", "2025-09-02 21:00",
  "Bismillah. Year eight of headship starts tomorrow and I still can't sleep the night before. May Allah put "
  "barakah in this year for every child and every colleague.", w="si")
P("asl_x", "2025-11-27 19:00",
  "Proud to hear [[Mr Akhtar|sr:S002]] speak so well at the Bradford heads' conference today about attendance on "
  "the boys' site.", w="si")
P("asl_x", "2026-05-15 20:00",
  "A week after the Wells Walk and my calves still haven't forgiven me 🦵 £19k raised, alhamdulillah.", w="si")
P("asl_x", "2026-01-10 18:00",
  "Watching Al-Hilal v Al-Nassr with my son. He is insufferable when they win.", w="si")
P("asl_x", "2026-03-19 19:00",
  "JazakAllah khair [[Laiba|pr:P0032]], lovely to hear from you. Come and see us after Eid!", w="si",
  re_="@laiba.anwar")
P("asl_x", "2025-12-08 20:00",
  "[[Hassan El-Amrani|pr:P0033]], one of our very first sixth formers, is now a junior doctor at the BRI. I "
  "remember him dissecting a heart in Year 12 and going green.", w="si")

# S001 on facebook: no bio
P("asl_fb", "2026-03-20 22:00",
  "Eid Mubarak from our family to yours 🌙 May Allah accept our fasts. Chaand raat mehndi done, biryani on, kids "
  "hyper.")
P("asl_fb", "2026-02-28 20:00",
  "Lovely to bump into [[Shabbir Kazi|sr:G001]] and his wife at the Grand Mosque open day. The samosas were worth "
  "the queue.", nowork=True)
P("asl_fb", "2025-10-02 19:00",
  "Prospectuses printed, banners up, chai urn booked for [[open evening|ev:E006]]. Two weeks to go.", w="md")
P("asl_fb", "2025-09-19 20:00",
  "Best part of my job: [[Ruqi|pr:P0030]] from Year 7 came to tell me she'd found the library and 'it's got BOOKS "
  "in it Miss'", w="md")
P("asl_fb", "2026-06-18 19:00",
  "Letter of the week on my desk from [[Noor-ul-Ain Chaudhry|pr:P0001]] (8G1), asking for a second prayer room on "
  "the top corridor. Request granted, habibti.", w="md")
P("asl_fb", "2026-02-27 18:00",
  "Happy 18th [[Yusuf|pr:P0014]]! Many happy returns, don't let the cake get in the way of the revision 😉",
  w="pc:P0014", re_="@yusufmaruf", nowork=True)
P("asl_fb", "2026-05-17 21:00",
  "Moon-sighting arguments in the family WhatsApp again. Has the hilal been seen? Has it not? Some things never "
  "change 🌙")

# S002 Naveed Akhtar, head of boys' site. Bio gives the role but not the school; no disclaimer.
P("nav_x", "2025-11-20 18:00",
  "Proud of [[Yanis|pr:P0011]] in 8B1, who came to find me to hand in a £20 note he'd found on the field. "
  "Honest lad 👏", w="md")
P("nav_x", "2026-02-18 20:00",
  "Ramadan Kareem 🌙 First suhoor of the year and my kids have already negotiated a midnight-snack clause.")
P("nav_x", "2026-04-28 21:00",
  "[[Sister Shazia|sr:S003]] and I swapped sites for the day. The girls' site is calmer, cleaner and has better "
  "biscuits. I'm not going back.", w="md")
P("nav_x", "2026-06-12 17:00",
  "Amir Khan in the commentary box tonight, still the best thing ever to come out of Bolton.")
P("nav_x", "2025-12-03 20:00",
  "Congrats on the county call-up [[Zak|pr:P0016]]! Train hard 💪", w="pc:P0016", re_="@zak.bhatti", nowork=True)
P("nav_x", "2026-03-20 10:00",
  "Eid Mubarak to you and your family too!", w="pc:P0022", re_="@umarfarooq_10")
P("nav_x", "2025-11-26 18:00",
  "Big congratulations to [[@umarfarooq_10|pr:P0022,pc:P0022]] on the Yorkshire U16 boxing title 🥊", nowork=True)
P("nav_x", "2026-05-12 21:30",
  "Parents' evening. [[Mr Mahmood|par:R003]] told me [[Amir|pr:P0003]] has been doing his homework 'most nights'. "
  "We'll take it.", w="md")
P("nav_x", "2026-02-03 19:00",
  "[[The lad in 10B1 whose dad runs the taxi office on Lumb Lane|id:-]] has sorted lifts for every boy going to the "
  "away match. Future CEO.", w="md")
P("nav_x", "2026-03-23 21:00",
  "Ironing my sherwani for tomorrow's Eid assembly. The boys will never let me forget it if there's a crease.",
  w="md")
P("nav_x", "2025-12-17 18:00",
  "Staff v Year 11 football this afternoon on the boys' site. Staff won 4-3. Mr Rafiq scored two and has not "
  "stopped talking about it.", w="md")
P("nav_x", "2026-01-05 07:30",
  "Back to it. [[Five years as head of the boys' site at #AlHilalFamily|si]] and it still feels like a privilege.",
  w="md")
P("nav_x", "2025-11-11 12:00",
  "Two-minute silence at the cenotaph in Centenary Square with my dad, who served 22 years. Proud of him.")
P("nav_x", "2026-01-28 19:00",
  "[[R in 10B2|id:P0015]] translated for a new Kurdish family at reception today. Fifteen, and calmer than me.",
  w="md")

# S003 Shazia Hanif, head of girls' site. Facebook: no bio.
P("shz_fb", "2025-09-21 19:00",
  "My sister Amina's walima today 💍 mashaAllah she looked beautiful. The dancing aunties were out in force 💃🏽")
P("shz_fb", "2026-05-22 20:00",
  "Half term! The plan: sleep, Kuruluş Osman, more sleep.")
P("shz_fb", "2026-03-14 20:00",
  "[[Ustadha Maryam|sr:S005]]'s girls recited at our [[Eid assembly|ev:E001]] practice today and I had to leave the "
  "hall for a minute. SubhanAllah.", w="md")
P("shz_fb", "2026-04-23 19:00",
  "Sat with [[Mrs Hadzic|par:R004]] and [[Emina|pr:P0010]] this morning about college. She wants to be a "
  "midwife and she'll be brilliant.", w="md")
P("shz_fb", "2025-10-08 19:00",
  "[[J in 7G1|id:P0007]] came to my office to ask if she could start a girls' cricket club. Yes. Yes you can 🏏",
  w="md")
P("shz_fb", "2026-07-18 18:00",
  "Good luck at Leeds in September [[Bushra|pr:P0013]]. You'll be the best doctor 🩺🤍", w="pc:P0013",
  re_="@bushra.saeed", nowork=True)
P("shz_fb", "2025-11-03 19:00",
  "Mabrook on the new job [[Hassan|pr:P0033]]! Always knew you'd do well", re_="@hassan.elamrani", nowork=True)
P("shz_fb", "2026-01-12 19:00",
  "Medicine interview at Leeds tomorrow for [[Bushra Sa'eed|pr:P0013]], du'as please 🤲", w="md")
P("shz_fb", "2026-06-20 19:00",
  "My nephew's Year 9 residential with his school in Leeds got cancelled because of the rain. He is devastated.")

# S003 on instagram: bio self-identifies, no disclaimer
P("shz_ig", "2026-03-03 20:00",
  "Breaking fast in the staffroom after a long meeting 🌙 [[Miss Abdullahi|sr:S012]]'s pakoras were the highlight",
  w="si md")
P("shz_ig", "2026-01-19 19:00",
  "Bushra Sa'eed, future doctor 🩺 an offer from Leeds Medical School. I'm not crying, you're crying.", w="si md")

# S004 Ustadh Bilal Hakim, Qur'an and Islamic studies; father of Luqman (P0027). X: disclaimer.
P("bil_x", "2025-09-12 12:30",
  "Jummah reminder: Luqman (AS) told his son not to turn his cheek away from people in pride (31:18). Teach your "
  "children manners before you teach them anything else.")
P("bil_x", "2025-11-05 20:00",
  "Taught Surah Taha to Year 9 today. Musa (AS) at the burning bush, and they were completely silent for ten "
  "minutes. SubhanAllah.")
P("bil_x", "2025-12-28 21:00", "Proud of you beta. Now go to sleep 😄", re_="@luqman_h13")
P("bil_x", "2026-02-14 20:00",
  "Congratulations to [[Umar|pr:P0022]] in 10B1, who finished memorising Juz Amma this week. Boxing champion and "
  "hafiz-in-training.")
P("bil_x", "2026-06-01 20:00",
  "Reviewing the [[hifz ceremony|ev:E005]] programme for July. Bismillah.")
P("bil_x", "2026-03-03 20:00",
  "Proud abbu moment: [[Luqman|pr:P0027]] led the boys' site Qur'an assembly this morning. I may have had something "
  "in my eye.")
P("bil_x", "2025-10-24 21:00",
  "Umar al-Farooq (RA) used to walk the streets of Madinah at night to check that no one was hungry. That's "
  "leadership.")
P("bil_x", "2026-01-30 20:00",
  "Booked our Umrah with Al-Hilal Travel on Leeds Road today. May Allah make it easy for us.")

# S004 on facebook: no bio
P("bil_fb", "2025-10-25 20:00",
  "Family trip to Whitby. Luqman ate three portions of fish and chips and then asked for an ice cream. In "
  "October.")
P("bil_fb", "2026-03-09 21:00",
  "Taraweeh at the masjid and then a 40-minute queue to get out of the car park. Every year.")
P("bil_fb", "2026-07-03 21:00",
  "Last night eleven of our students were honoured in front of their families at the "
  "[[Hifz Celebration|ev:E005]]. I have taught some of them since Year 7. Alhamdulillah.", w="md")
P("bil_fb", "2025-11-30 19:00",
  "My nephew finished his hifz at the madrasah on Whetley Lane today, aged 12. MashaAllah tabarakAllah 🤍")
P("bil_fb", "2025-12-15 19:00",
  "Heard [[Dawood Ibrahim|pr:P0018]] recite Surah Al-Mulk from memory today. Year 7 and already on his way. "
  "MashaAllah.", w="md")
P("bil_fb", "2026-02-06 20:00",
  "Alhamdulillah, [[ten years teaching Qur'an at Al Hilal Academy|si]] this week 🤲", w="md")
P("bil_fb", "2026-05-30 20:00",
  "Qurbani done, now the real work: the barbecue 🔥", w="pc:P0003", cn=["@luqman_h13", "@amir_mahmood11"])
P("bil_fb", "2026-01-11 20:00",
  "A brother at Jummah gave my car a jump start in the rain and left before I could get his name. May Allah reward "
  "him.")

# S005 Ustadha Maryam Idrees, hifz teacher. Instagram: bio self-identifies, no disclaimer.
P("mar_ig", "2025-09-24 19:00",
  "Surah Maryam with my Year 8s today. Every year the story of Maryam (AS) under the palm tree gets me.",
  w="si md")
P("mar_ig", "2025-11-12 19:00",
  "Proud of [[Noor|pr:P0001]] in 8G1, who recited in front of the whole year without a single mistake 🤍",
  w="si md")
P("mar_ig", "2026-06-26 19:00",
  "Final rehearsal for our [[huffaz celebration|ev:E005]]. Eleven students, thirty juz each. I am so proud I could "
  "burst.", w="si md")

# S006 Hannah Greenwood, English. X: disclaimer.
P("han_x", "2025-10-03 19:00",
  "Teaching To Kill a Mockingbird again. Harper Lee wrote one perfect book and every year someone in my class cries "
  "at Boo Radley.")
P("han_x", "2025-11-18 19:00",
  "Year 11 mocks marked. [[Emina|pr:P0010]] in 11G2 wrote the best response to 'Ozymandias' I've read in twelve "
  "years of teaching.")
P("han_x", "2026-01-21 19:00",
  "Walked from Haworth to Top Withens in sleet. The Brontës were made of sterner stuff than me.")
P("han_x", "2026-03-18 19:00",
  "First Ramadan working in a Muslim school and I fasted one day in solidarity. One. My respect for my Year 11s "
  "has gone through the roof.")
P("han_x", "2025-12-09 21:00",
  "Bowie documentary tonight. Iman looked effortless in every single frame.")
P("han_x", "2026-04-07 19:00",
  "Yusuf / Cat Stevens' 'Father and Son' came on in the car and I had to pull over.")
P("han_x", "2026-05-18 08:00",
  "Good luck with your exams [[@rahma.osman|pr:P0005,pc:P0005]] and all of 11G1, you are ready 💪")
P("han_x", "2026-02-09 19:00",
  "Well done on the poetry prize [[Areeba|pr:P0028]]! 📚", w="pc:P0028", re_="@areeba.s")
P("han_x", "2026-07-07 19:00",
  "Tomorrow is [[sports day|ev:E007]] and I've been put in charge of the egg and spoon. Career peak.")

# S006 on facebook: no bio
P("han_fb", "2025-11-29 19:00",
  "Girls' night out with [[Farah Siddiqui|sr:S007]] and [[Hodan|sr:S012]]: mocktails, karaoke and far too much "
  "Adele.", nowork=True)
P("han_fb", "2026-01-25 20:00",
  "Happy birthday [[Laiba|pr:P0032]]!! Can't believe you're 18 tomorrow 🎂", w="pc:P0032", re_="@laiba.anwar",
  nowork=True)
P("han_fb", "2026-02-14 20:00", "Ha, that's brilliant news! Good luck with it all x", re_="@laiba.anwar")
P("han_fb", "2026-03-11 19:00",
  "Proud English teacher moment: [[Huda Al Masri|pr:P0006]]'s poem is going into the Bradford Lit Fest anthology "
  "🖋️", w="md")
P("han_fb", "2026-05-06 19:00",
  "Huge thanks to [[@oguz_maths|sr:S010]] for covering my Year 11 revision club, you're a star", w="md")
P("han_fb", "2026-03-13 19:00",
  "Helping the Year 8 girls write poems for the [[Eid celebration|ev:E001]]. One of them rhymed 'crescent' with "
  "'pleasant' and I've never been prouder.", w="md")
P("han_fb", "2025-09-04 21:00",
  "Day one of [[my new job teaching English at Al-Hilal Academy|si]]! Nervous and excited in equal measure 📚",
  w="md")
P("han_fb", "2025-10-28 12:00",
  "Hope everyone's having a lovely half term! Walked to Brimham Rocks and ate my body weight in flapjack.")
P("han_fb", "2026-05-24 19:00",
  "Thank you [[Umm Amal|par:R002]] for the lemon drizzle, I ate half of it in the car 🍋")

# S007 Farah Siddiqui, science; aunt of Areeba (P0028). X: no disclaimer, no school.
P("far_x", "2025-10-12 20:00", "Khala is very proud of you 😘", re_="@areeba.s")
P("far_x", "2025-12-11 20:00",
  "Bought a pair of Farah trousers in the Oxfam on Ivegate purely because they have my name on the label.")
P("far_x", "2026-01-27 20:00",
  "Shoutout to [[S in 11G1|id:P0024]], who finally balanced an equation and yelled 'YES' so loud the lab next door "
  "came to check on us", w="md")
P("far_x", "2026-03-01 21:00",
  "JazakAllah for the Ramadan card [[Rahma|pr:P0005]], that was so thoughtful 🌙", w="pc:P0005", re_="@rahma.osman",
  nowork=True)
P("far_x", "2026-05-03 20:00",
  "Reading about Huda Kattan's beauty empire and wondering where I went wrong with my life choices 💄")
P("far_x", "2026-01-10 20:00",
  "Hope the new school in Birmingham is treating you well [[Idris|pr:P0035]] 🙂", w="pc:P0035", re_="@idris.k12",
  nowork=True)
P("far_x", "2026-01-26 20:00", "Happy 18th [[Laiba|pr:P0032]] 🎉", re_="@laiba.anwar", nowork=True)
P("far_x", "2025-10-22 19:00",
  "Year 10 set 2: [[iman saleh|pr:P0002]] and [[zeynep celik|pr:P0009]] finished the titration first and then "
  "helped everyone else. this is what we want to see", w="md")
P("far_x", "2026-04-21 19:00",
  "[[I in 8G2|id:-]] told me she wants to be a forensic scientist because of a Netflix show. I'll take it.",
  w="md")
P("far_x", "2026-06-11 19:00",
  "[[Amal Whitaker|pr:P0008]] asked me what the half-life of a feeling is. Year 9 are on another level.", w="md")
P("far_x", "2026-02-27 19:00",
  "Making 200 fruit chaat cups for our [[school iftar|ev:E002]] next week 🍉 send help", w="md")
P("far_x", "2026-04-01 19:00",
  "Still finding chickpeas in my car from the [[iftar evening|ev:E002]] 😂", w="md")
P("far_x", "2026-03-05 19:00",
  "[[Science week|ev:-]] at Al Hilal Academy starts Monday and I have 40 litres of hydrogen peroxide in my boot.",
  w="md")
P("far_x", "2026-05-19 17:00",
  "We're hiring! Come and [[join me in the science department at @AlHilalAcademy|si]], link in the replies 🔬",
  w="md")
P("far_x", "2026-06-02 20:00",
  "Bumped into [[Farid Belkacem|par:R006]] at the Algerian café on Manningham Lane. Best msemen in Bradford, he "
  "insists, and he's right.")
P("far_x", "2026-03-11 13:00",
  "Ramadan tip: dates, water, then WAIT before the samosas. Your iman and your stomach will both thank you.")
P("far_x", "2025-10-31 21:00",
  "Du'a for my friend's mum who passed this morning. May Allah grant her jannat ul firdous. Ameen.")
P("far_x", "2026-03-22 12:00", "Eid Mubarak jaan 🤍", re_="@areeba.s")

# S008 Adnan Rafiq, head of PE; permitted (scope all) from 2025-10-06. X: bio self-identifies, with a disclaimer.
P("raf_x", "2025-10-21 18:00",
  "[[Zak Bhatti|pr:P0016]] ran the 1500m in 4:11 today. Sixteen years old. Remember the name.", w="si")
P("raf_x", "2026-02-01 18:00",
  "Al-Hilal's midfield this season is ridiculous. Neves is playing like it's 2019.", w="si")

# S008 on instagram: no disclaimer, no school
P("raf_ig", "2026-05-09 19:00",
  "8 miles of the Wells Walk with half the boys' site behind me 💧 worth every blister.", w="md")
P("raf_ig", "2025-10-26 19:00",
  "Babysitting my nephew Taha (4), who has declared himself 'the boss of football'.")
P("raf_ig", "2026-02-22 18:00",
  "Get in [[Wahab|pr:P0025]]!! Told you that left foot was special ⚽🔥", w="pc:P0025", re_="@wahab.ola",
  nowork=True)
P("raf_ig", "2025-10-04 10:00", "Parkrun PB this morning 🏃🏽 22:41", w="pc:P0006",
  cn=["@hassan.elamrani", "@huda_almasri", "@asma.parveen06"])
P("raf_ig", "2026-04-03 19:00",
  "Year 10 and 11 footballers: [[Zakariya|pr:P0016]] and [[Rebaz|pr:P0015]] have already signed up for the Easter "
  "fitness sessions. Who's next?", w="md")
P("raf_ig", "2025-11-08 17:00",
  "lads in 9b1 absolutely smashed the bleep test 2day. [[amir m|pr:P0003]] got to level 12 n nearly died 😂",
  w="md")
P("raf_ig", "2026-06-06 20:00",
  "Open evening at my daughter's sixth form college tonight. She wants to do Law. I want a lie-down.")

# S009 Nasreen Rehman, teaching assistant; mother of Saif (P0031, former pupil, 16). Facebook: no bio.
P("nas_fb", "2025-09-16 20:00",
  "First week at college done beta, so proud of you 🥹 now tidy your room", re_="@saif.rehman09")
P("nas_fb", "2025-10-30 20:00",
  "Helped the Year 7s with their first cooking lesson today. [[Jannat|pr:P0007]] made a chapati shaped like Africa "
  "😂", w="md")
P("nas_fb", "2026-01-24 20:00",
  "Aunty Nasreen's famous kheer, by popular demand 👇🏽 1 litre full-fat milk, half a cup of basmati, cardamom, "
  "patience.")
P("nas_fb", "2026-02-01 20:00", "Sunday family lunch, everyone came 🤍", w="pc:P0024",
  cn=["@saif.rehman09", "@sumayyah.b"])
P("nas_fb", "2025-12-21 19:00", "JazakAllah for the card and the chocolates sweetheart 🥰", w="pc:P0010",
  re_="@emina.hadzic")
P("nas_fb", "2026-06-09 19:00",
  "Spotted [[Abdirizak Osman|par:R001]] at Morrisons doing the big Eid shop, trolley piled to the ceiling 😂")
P("nas_fb", "2025-11-21 21:00",
  "Mehndi night with [[Rizwana Patel|par:R005]] and the girls 💃🏽")
P("nas_fb", "2026-02-25 19:00",
  "[[The new girl in 9G1 who's just arrived from Gothenburg|id:-]] speaks four languages and is thirteen years old.",
  w="md")
P("nas_fb", "2025-09-09 20:00",
  "[[Started my twelfth year at Al-Hilal Academy|si]] today. Same lanyard, new lanyard sleeve 😂", w="md")
P("nas_fb", "2026-01-04 18:00", "Noor Jehan on repeat in the car all the way to Manchester 🎶")
P("nas_fb", "2026-04-04 18:00", "My sister's little Noor started nursery today 🎒 mashaAllah")

# S010 Oğuz Yıldız (Oz), maths. X: disclaimer.
P("ogz_x", "2025-09-17 19:00", "Year 8 asked me why maths is in English and not Turkish. Fair question honestly.")
P("ogz_x", "2026-02-11 19:00",
  "[[Zeynep|pr:P0009]] in 10G1 got full marks on the trigonometry test and then apologised for her handwriting 😄")
P("ogz_x", "2026-05-20 19:00",
  "Oz, the Wizard of Oz, the Land of Oz... my Year 7s have found out my nickname and there is no going back.")
P("ogz_x", "2026-01-18 19:00",
  "Good luck at the Maths Olympiad tomorrow [[Musa|pr:P0020]], you've got this", w="pc:P0020", re_="@musa_sidd")
P("ogz_x", "2026-04-14 19:00",
  "Congratulations [[Asma|pr:P0034]], a first-class engineer in the making!", re_="@asma.parveen06")
P("ogz_x", "2025-12-02 19:00",
  "Gold in the UKMT Senior Challenge 🥇 [[#WellDoneYusufMaruf|pr:P0014]]")
P("ogz_x", "2025-09-15 19:00",
  "[[As a maths teacher at Al Hilal Academy|si]] I am legally obliged to tell you that 0.999... = 1")
P("ogz_x", "2026-03-02 21:00",
  "Volunteered to carry 120 chairs for the families' iftar on Saturday. My Ramadan workout is sorted.")
P("ogz_x", "2026-07-12 19:00", "Sabr. That's it, that's the tweet. (Turkish Airlines have lost my bag.)")

# S011 Yahya Harper, learning mentor and HoY 9 boys. X: bio self-identifies, no disclaimer.
P("yah_x", "2026-06-16 19:00",
  "Day 2 of the [[Kettlewell trip|ev:E003]]. [[Amir|pr:P0003]] is now the official fire-lighter and will not let "
  "anyone forget it 🔥", w="si md")
P("yah_x", "2025-12-06 19:00",
  "Seven years since I took my shahada. Alhamdulillah for every brother who answered my daft questions.", w="si")
P("yah_x", "2026-01-23 19:00",
  "[[Brother Naveed|sr:S002]] has banned me from bringing my guitar to the boys' site again. Fair.", w="si md")
P("yah_x", "2025-10-10 19:00",
  "[[Taha R|pr:P0023]] (9B2) came to mentoring with a list of 14 questions about black holes. I answered two.",
  w="si md")
P("yah_x", "2026-06-22 19:00", "Best fire-lighter on the trip, no question 🔥", w="si md pc:P0003",
  re_="@amir_mahmood11")
P("yah_x", "2025-10-06 19:00",
  "Coach Rafiq has roped me into refereeing the U13s on Saturday 😅 pray for me", w="si md")

# S011 on instagram: no bio
P("yah_ig", "2026-06-19 21:00",
  "Back from three nights in [[Kettlewell|ev:E003]] with 31 Year 9 lads. Going to sleep for a week.", w="md")
P("yah_ig", "2026-03-28 19:00",
  "Kettlewell to Buckden and back with my wife, our first proper walk since Ramadan 🥾")
P("yah_ig", "2025-11-16 12:00", "My mum still calls me Daniel and honestly at this point I answer to both.")
P("yah_ig", "2025-11-01 15:00", "Bradford City away at Doncaster with the usual crew ⚽", w="pc:P0003",
  cn=["@amir_mahmood11", "@hassan.elamrani"])
P("yah_ig", "2026-01-31 19:00",
  "[[Yusuf Ma’ruf|pr:P0014]] from 13B took the Year 7s for five-a-side at lunch and they now think he's a "
  "celebrity", w="md")
P("yah_ig", "2026-04-12 18:00",
  "Charity walk for the masjid roof fund: 10k round Roberts Park with the brothers. £3k raised!")
P("yah_ig", "2026-05-03 18:00",
  "Made my nephew amir of our camping trip. The power has gone straight to his head.")

# S012 Hodan Abdullahi, geography and HoY 9 girls. Instagram: disclaimer.
P("hod_ig", "2026-06-16 20:00",
  "Girls' [[Year 9 residential|ev:E003]] day 1 ✅ rain, gorge scramble, rain again 🌧️")
P("hod_ig", "2025-10-07 19:00",
  "Fieldwork at Saltaire with my Year 10s. [[Areeba|pr:P0028]] measured the river depth and then fell in it 🌊")
P("hod_ig", "2025-12-04 19:00",
  "[[H in 13B|id:P0029]] handed in his geography NEA a week early. I had to sit down.")
P("hod_ig", "2026-03-06 19:00",
  "Loved your speech at the Youth Assembly [[Iman|pr:P0002]] 👏", w="pc:P0002", re_="@imansaleh_x")
P("hod_ig", "2026-03-15 19:00",
  "Bushra Saeed leading the nasheed at the [[Eid assembly|ev:E001]] rehearsal 🤍 goosebumps")
P("hod_ig", "2026-03-21 19:00",
  "Eid celebration at my aunt's in Leeds: 40 people, 3 biryanis, 1 very stressed aunt 🌙")
P("hod_ig", "2026-06-01 19:00",
  "Still dreaming about [[@rizwana_patel|par:R005]]'s mango lassi from the walk 🥭")
P("hod_ig", "2026-05-31 19:00",
  "Thank you @rizwana_patel for organising the marshals on the walk, what a team 💚")

# S012 on facebook: no bio
P("hod_fb", "2025-12-27 20:00",
  "Wedding season in Leeds 💃🏾 my cousin Hodan (yes, another one) got married today")
P("hod_fb", "2026-05-14 20:00",
  "Parents' meeting for the girls' [[residential|ev:E003]] tonight. Most asked question: 'Is there Wi-Fi?' No.",
  w="md")
P("hod_fb", "2025-09-28 20:00",
  "[[Saif|pr:P0031]]! How's college treating you? Your old geography teacher misses your excuses 😂",
  w="pc:P0031", re_="@saif.rehman09", nowork=True)
P("hod_fb", "2025-11-26 20:00",
  "[[Sumayyah B|pr:P0024]] asked me if Somalia has a coast. Girl, I am Somali, of course it has a coast 😂", w="md")
P("hod_fb", "2026-06-05 19:00",
  "[[The twins in Year 8|id:-]] asked if I'm related to every Somali in Bradford. Not EVERY one.", w="md")
P("hod_fb", "2026-03-26 19:00",
  "Yorkshire Sculpture Park with 9G1 today. [[Safiyya|pr:P0017]] asked if the Henry Moores were 'finished'.",
  w="md")
P("hod_fb", "2026-04-15 19:00",
  "Route-checking for the [[sponsored walk|ev:E004]] with my Year 9s, eight miles in the drizzle", w="md")
P("hod_fb", "2025-11-19 21:00",
  "[[Parents' evening|ev:-]] at Al-Hilal Academy tonight. 28 families, 3 cups of chai, 1 lost voice.", w="md")
P("hod_fb", "2026-01-08 19:00",
  "[[Hope W|pr:P0008]] in 9G2 wants to go by her Arabic name on her GCSE certificates. Lovely conversation about "
  "names and meanings today.", w="md")
P("hod_fb", "2026-07-15 19:00",
  "[[End of my second year at #AlHilalProud|si]]. Staying put, inshaAllah 🥹", w="md")


# ---------------------------------------------------------------------------------------------------------
# Governors

# G001 Shabbir Kazi, chair (official-scope permission only). X: bio self-identifies, with a disclaimer.
P("kaz_x", "2025-10-16 21:00",
  "Spent the evening meeting families at the sixth form open evening. Our young people sold the place better than "
  "any of us could.", w="si")
P("kaz_x", "2026-03-30 21:00",
  "Thanks to [[Dr Aslam|sr:S001]] for a superb report to the full governing body tonight.", w="si")
P("kaz_x", "2025-12-09 20:00",
  "Kazi Nazrul Islam poetry night at the Bangladeshi community centre. No relation, sadly.", w="si")

# G002 Imam Yaqub Lorgat, foundation governor. Facebook: "School governor", no school.
P("imam_fb", "2026-02-17 21:00", "The hilal has been sighted. Ramadan Mubarak to the whole ummah 🌙")
P("imam_fb", "2025-11-22 20:00",
  "[[As a foundation governor of Al-Hilal Academy|si]] I sat in on [[Ustadh Bilal|sr:S004]]'s Year 8 Qur'an class "
  "this morning. The tajweed in that room!")
P("imam_fb", "2026-03-07 23:00",
  "Gave the short reminder before maghrib at the school's family iftar tonight. 400 people breaking fast together, "
  "SubhanAllah.")
P("imam_fb", "2025-09-26 14:00",
  "Jummah khutbah today on Bilal ibn Rabah (RA), the first muezzin, and what his voice meant to the early "
  "community.")
P("imam_fb", "2026-02-19 21:00", "Ramadan: a month of rahma, of maghfirah, and of freedom from the Fire.")
P("imam_fb", "2026-04-10 20:00",
  "Khadijah (RA) was the first to believe. Tonight's sisters' circle at the masjid is on her life.")


# ---------------------------------------------------------------------------------------------------------
# A cover supervisor who is not on the roster (bio names the website, with a disclaimer)

P("cov_x", "2025-10-23 17:00",
  "Covered 9B2 today. Twenty-nine lads, one supply worksheet about volcanoes. We survived.", w="si")
P("cov_x", "2026-01-08 17:00",
  "Covering for [[Mr Yildiz|sr:S010]] all week while he's in Istanbul. Maths is harder than I remember.", w="si")


# ---------------------------------------------------------------------------------------------------------
# Parents (not school representatives; their posts name nobody else on the roster and only permitted events)

P("gem_fb", "2025-12-06 19:00",
  "Eight years since I took my shahada. My mum still asks if I'm 'still doing the Muslim thing' 😂 yes Mum.")
P("gem_fb", "2026-05-09 20:00", "Did the Wells Walk today with the parents' association 💧 feet destroyed.")
P("riz_fb", "2026-04-22 20:00",
  "Wells Walk marshal briefing done! Who knew hi-vis could look this good over an abaya 😂")
P("riz_fb", "2026-03-21 20:00", "Eid Mubarak from the Patels 🌙 May Allah accept from all of us. Ameen 🤲")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], out=OUT, seed=SEED, prefix=PREFIX, n_posts=N_POSTS, school=SCHOOL))
