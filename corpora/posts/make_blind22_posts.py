"""Write ``blind22-posts.jsonl``: the twenty-second blind, hand-labelled evaluation set (see ``BLIND22.md``).

    python corpora/posts/make_blind22_posts.py              # check, then write
    python corpora/posts/make_blind22_posts.py --warnings   # also list posts a reviewer should look at twice

This set is about a school the product has never seen: Ner Tamid Jewish Primary School, a fictional Jewish
voluntary-aided primary (ages 3-11, one form entry, with a nursery) on Heathfield Road, Prestwich, north Manchester
(``corpora/blind22-school``). Year 1-6 classes are named by Hebrew letters (Aleph ... Vav; "Kitah Gimmel"), Kodesh
(Jewish studies) and Chol (secular) staff teach side by side, and the rabbi of Heathfield Road Synagogue is a
foundation governor. Festivals (Sukkot, Chanukah, Purim, Shabbat, Lag BaOmer) belong to families and shuls as well as
the school; only the school's own events are references. "Ner Tamid" on its own is the synagogue's eternal lamp, not
the school. Every post and every label below was written by hand. Gold spans are marked inline as
``[[text|cat:SUBJECT,cat:SUBJECT]]`` (``-`` or nothing for no subject); whole-post gold goes in ``w``. The checks in
``blind_kit.py`` must all pass, against the blind22 school profile, before the file is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from blind_kit import ROOT, P, acct, main

HERE = Path(__file__).resolve().parent
OUT = HERE / "blind22-posts.jsonl"
SCHOOL = ROOT / "corpora" / "blind22-school"
SEED = 20262222
PREFIX = "b22"
N_POSTS = 240

# ---------------------------------------------------------------------------------------------------------
# Accounts. ``disc``: the bio says the views are the author's own. ``si_bio``: the bio self-identifies.

# official. Approved: @NerTamidPrimary on x and instagram, @NerTamidSchool on facebook (handles without case).
acct("ox", "official", "x", "@NerTamidPrimary",
     "Ner Tamid Jewish Primary School · Nursery to Year 6 · Prestwich, Manchester #NerTamidFamily")
acct("ox_lc", "official", "x", "@nertamidprimary", "Ner Tamid Jewish Primary 🕎 Prestwich")
acct("oig", "official", "instagram", "@NerTamidPrimary", "📸 Life at Ner Tamid Jewish Primary School · ages 3-11")
acct("ofb", "official", "facebook", "@NerTamidSchool",
     "Ner Tamid Jewish Primary School · Heathfield Road, Prestwich M25 9ZZ · 0161 496 0318 · nertamid.example.sch.uk")
# not approved
acct("u_fb", "official", "facebook", "@NerTamidPrimary", "Ner Tamid Jewish Primary School news")
acct("u_pta", "official", "facebook", "@NerTamidPTA", "Ner Tamid Primary PTA 🧁 raising money, raising smiles")
acct("u_nur", "official", "instagram", "@NerTamidNursery", "Ner Tamid Nursery 🧸 ages 3-4 · Prestwich")
acct("u_kod", "official", "x", "@NTJPS_Kodesh", "Kodesh department, Ner Tamid Jewish Primary 📜")

# staff, governors and two parents
acct("jh_x", "personal", "x", "@JHalpernHead",
     "Headteacher, Ner Tamid Jewish Primary School, Prestwich. Mum, runner, bad baker. Views my own.", "S001",
     disc=True, si_bio=True)
acct("jh_fb", "personal", "facebook", "@judith.halpern.7", "", "S001")
acct("mr_x", "personal", "x", "@malkarubin", "Morah. Mother of five. Challah evangelist.", "S002")
acct("db_x", "personal", "x", "@dan_brodie", "Deputy head @NerTamidPrimary. Maths, Man City, marathons.", "S003",
     si_bio=True)
acct("ao_x", "personal", "x", "@aidanoc_teach", "Teacher. Cork exile. Irish dancing dad. Views my own.", "S004",
     disc=True)
acct("yk_x", "personal", "x", "@yankykatz", "Rebbe, husband, father of 4, Bury FC sufferer", "S005")
acct("nb_fb", "personal", "facebook", "@naomi.bendavid", "", "S006")
acct("pd_ig", "personal", "instagram", "@priyadsouza_",
     "primary teacher 🍎 bullet journals · plants · Goa roots · opinions my own", "S007", disc=True)
acct("sw_ig", "personal", "instagram", "@shoshi.weiss",
     "EYFS lead at Ner Tamid Primary 🌈 messy play is serious business", "S008", si_bio=True)
acct("fl_fb", "personal", "facebook", "@faigy.lerner", "", "S009")
acct("lf_x", "personal", "x", "@lennyfox_m25", "Site manager. Grandad x4. Fixing things since 1979.", "S010")
acct("ts_x", "personal", "x", "@tovastern", "School business manager. Spreadsheets & strudel. Views mine.", "S011",
     disc=True)
acct("ob_ig", "personal", "instagram", "@orlybarlev_music", "singer · teacher · tel aviv ➡️ manchester 🎶", "S012")
acct("jl_x", "personal", "x", "@jonnylevy", "Year 5 teacher #NerTamidFamily. History geek. New dad.", "S013",
     si_bio=True)
acct("hk_fb", "personal", "facebook", "@hannah.kertesz", "", "S014")
acct("cb_x", "personal", "x", "@chloebarnes_eyfs",
     "Reception teacher. Phonics, playdough & parkrun. My views, not my employer's.", "S015", disc=True)
acct("ma_x", "personal", "x", "@coachmarcusa", "PE coach · FA Level 2 · Salford lad ⚽", "S016")
acct("eg_x", "personal", "x", "@rebbegrunfeld", "Rebbe. Learning & teaching Torah. Opinions mine.", "S017", disc=True)
acct("rc_x", "personal", "x", "@ruthcohen_teach", "Teacher, knitter, reader of crime novels.", "S018")
acct("dg_ig", "personal", "instagram", "@dinagold_cooks", "cook 🍲 kosher kitchen queen · Salford", "S019")
acct("rf_x", "personal", "x", "@RabbiFeldmann",
     "Rabbi, Heathfield Road Synagogue. Foundation governor of Ner Tamid Jewish Primary School. Views my own.", "G001",
     disc=True, si_bio=True)
acct("gm_x", "personal", "x", "@geraldmarcus", "Retired accountant. Chair of governors @NerTamidPrimary.", "G002",
     si_bio=True)
acct("la_x", "personal", "x", "@drleahabrahams", "GP. Mum of three. School governor.", "G003")
acct("rfr_fb", "personal", "facebook", "@rochel.friedman", "", "R001")
acct("mlp_ig", "personal", "instagram", "@mendel_lipschitz", "Lipschitz's Bakery, Prestwich 🥯 since 1988", "R005")

# ---------------------------------------------------------------------------------------------------------
# Official accounts, approved

P("ox", "2025-09-03 07:55", "Welcome back, Ner Tamid Jewish Primary School! Gates open at 8.40. Nursery and Reception "
  "families: staggered start times are in your email 🌞")
P("ox", "2025-09-19 15:40", "Shana tova from all of us 🍎🍯 School is closed Tuesday and Wednesday for Rosh Hashanah.")
P("ox", "2025-10-01 16:05", "[[Sukkah decorating|ev:E005]] is next Thursday! Please send in paper chains, plastic fruit "
  "and anything sparkly 🍋🌿")
P("ox", "2025-10-09 14:30", "What a [[Sukkah Decorating Day|ev:E005]]! Thank you Kitah Gimmel for the paper chains and "
  "[[Mrs Cohen|sr:S018]] for the ladder skills 🪜 #NerTamidFamily")
P("ox", "2025-11-05 12:10", "Nursery & Reception [[Shabbat Party|ev:E003]] is on Friday 14th. Challah rolls by "
  "[[Mrs Gold|sr:S019]], grape juice by the gallon 🍇")
P("ox", "2025-11-14 13:20", "Shabbat shalom! The Shabbat party in Nursery this morning: candles, a kiddush cup and "
  "twenty very serious little hosts 🕯️")
P("ox", "2025-12-15 16:00", "Chanukah Concert tomorrow at 2pm, doors 1.30. Kitah Vav are doing the dreidel song in three "
  "languages 🕎")
P("ox", "2025-11-26 09:15", "Tickets for the [[Chanukah concert|ev:E001]] go on sale Monday via the office.")
P("ox", "2025-12-22 10:00", "Thank you to everyone who came to the [[Chanukah concert|ev:E001]] last week. Video link "
  "on the parent app tonight 🎥")
P("ox", "2026-01-22 15:45", "Mazal tov Kitah Aleph on your [[Siddur Ceremony|ev:E007]] today! Thank you "
  "[[Rabbi Katz|sr:S005]] for months of preparation 📖")
P("ox", "2026-02-05 08:30", "PTA cake sale today from 3.15! 50p a slice, all proceeds to the library fund 🧁")
P("ox", "2026-01-20 17:30", "Bakers wanted for the [[PTA cake sale|ev:E004]] on 5 Feb. Nut-free bakes to the office "
  "please 🥧")
P("ox", "2026-03-03 15:50", "Purim sameach! Our [[Purim fancy dress|ev:E002]] had three Queen Esthers, two Mordechais "
  "and a very convincing Ninja Turtle 🎭")
P("ox", "2026-05-05 09:05", "Lag BaOmer sports day is ON ☀️ Blue v White. Bows and arrows strictly cardboard.")
P("ox", "2026-04-23 16:20", "[[Lag BaOmer sports day|ev:E008]] is on Tuesday 5 May. Kit: white top, blue shorts, "
  "sun cream.")
P("ox", "2026-06-15 13:10", "Kitah Vav have arrived in Llandudno! 🌊 Rooms sorted, first stop the Great Orme.")
P("ox", "2026-05-14 11:00", "[[Year 6 residential|ev:E006]] meeting for parents on Monday at 5pm in the hall.")
P("ox", "2025-10-13 12:00", "Welcome to Coach Marcus, our new PE coach! Football club starts Tuesday ⚽")
P("ox", "2025-09-24 15:15", "[[Coach Marcus|sr:S016]] has started lunchtime clubs already: football Tuesdays, netball "
  "Thursdays.")
P("ox", "2025-11-20 15:30", "Star reader of the week in Kitah Bet: Noa! 📚")
P("ox", "2026-01-08 16:40", "Well done [[Gabi|pr:P0027]] in Kitah Vav, through to the national gymnastics finals! 🤸")
P("ox", "2026-01-15 16:10", "Gabi Goldberg of Kitah Vav is off to the British Schools gymnastics final this weekend. "
  "Go Gabi! 🤸")
P("ox", "2026-02-16 09:00", "[[Gabi|pr:P0027]] is back from the nationals with a bronze medal 🥉 Mazal tov!")
P("ox", "2026-01-07 07:05", "SNOW ❄️ School is open but Nursery is closed today because the heating has failed. "
  "Updates on the app.")
P("ox", "2025-10-20 08:45", "Huge thanks to [[Mr Fox|sr:S010]], who fixed the sukkah roof in the rain on Sunday 🙏")
P("ox", "2025-09-11 14:00", "A message from Mrs Halpern: please drive slowly on Heathfield Road at drop-off. Thank you!")
P("ox", "2026-07-09 10:00", "Thank you to Gerald Marcus, chair of governors, for "
  "presenting the attendance cups this morning 🏆")
P("ox", "2026-02-06 09:20", "Thank you Rochel Friedman and the PTA for a record cake sale: £612! 🎉")
P("ox", "2025-12-10 15:00", "Thank you [[Mrs Friedman|par:R001]] and the PTA for the Chanukah doughnuts in every "
  "classroom 🍩")
P("ox", "2026-04-14 17:00", "[[Rochel Friedman|par:R001]] steps down as PTA chair after four years. Thank you for "
  "everything! 💐")
P("ox_lc", "2025-12-17 09:10", "What a Chanukah concert! Thank you [[Morah Orly|sr:S012]] for the songs and Kitah "
  "Dalet for the dancing latkes 🥔🕎")
P("ox_lc", "2026-03-25 14:15", "Kitah Gimmel's model seder plates 🍽️ Ariel's play-doh horseradish is a masterpiece")
P("oig", "2025-10-08 16:45", "Sukkah ready for [[Sukkah Decorating Day|ev:E005]] tomorrow 🍋🍇 #NerTamidFamily")
P("oig", "2025-11-14 15:00", "Nursery's Shabbos party 🕯️🍇 Ayala was our Shabbat Ima today!")
P("oig", "2025-12-18 17:00", "Chanukah concert: the highlights reel 🎶🕎")
P("oig", "2026-03-03 16:20", "[[Purim dress-up day|ev:E002]] 🎭 Kitah Hey came as the whole Megillah, scroll and all")
P("oig", "2026-01-22 16:00", "[[Chagigat Siddur|ev:E007]] 📖 Proud parents, proud teachers, one very proud Shira")
P("oig", "2026-02-27 15:30", "Look at this challah cover [[Rivka|pr:P0011]] made in Gimmel 🧵✨")
P("oig", "2026-05-05 17:30", "Lag BaOmer sports 🏹 Blue team won the tug of war (again)")
P("oig", "2026-06-16 18:00", "Llandudno day 2: Great Orme tram, then fish & chips (kosher, obviously) 🍟")
P("oig", "2025-09-30 12:30", "Meet [[Morah Shoshi|sr:S008]], our new Nursery lead 🌈")
P("oig", "2026-06-25 15:10", "Leavers' assembly rehearsal 🎓 Kitah Vav, we will miss you")
P("oig", "2025-11-20 13:00", "[[Natan|pr:P0025]] from Kitah Vav played a drum solo in assembly 🥁")
P("oig", "2025-10-16 15:40", "Chana built a sukkah out of lolly sticks 🌿")
P("ofb", "2025-09-05 10:00", "Nursery places for September 2026 are now open. Call the office on 0161 496 0318 or "
  "visit nertamid.example.sch.uk")
P("ofb", "2025-11-28 18:00", "The [[Chanukah concert|ev:E001]] is sold out! Thank you, everyone.")
P("ofb", "2026-01-27 09:00", "PTA Cake Sale next Thursday 🧁 Nut-free please!")
P("ofb", "2026-02-24 16:00", "[[Purim parade|ev:E002]] on Tuesday 3rd: costumes welcome, no toy weapons please.")
P("ofb", "2026-03-19 12:40", "Congratulations to [[Mr Levy|sr:S013]] and his wife on the birth of their daughter! 👶")
P("ofb", "2026-04-27 15:00", "Lag BaOmer Sports Day: Tuesday 5 May, 1.30pm on the field. Picnic blankets encouraged.")
P("ofb", "2026-06-02 16:00", "Year 6 residential packing list is on the website. Don't forget a waterproof!")
P("ofb", "2025-12-03 15:20", "Former pupil [[Ezra Weinberg|pr:P0045]] came back to talk to Kitah Vav about his "
  "engineering apprenticeship 🔧")
P("ofb", "2026-03-04 10:15", "[[Rabbi Grunfeld|sr:S017]]'s Purim shpiel had the whole hall crying with laughter 😂")
P("ofb", "2025-12-05 16:30", "Mazal tov to [[Rafi|pr:P0028]] in Kitah Vav on his Maccabi GB call-up ⚽")
P("ofb", "2026-06-10 13:30", "Srully and Benji from Kitah Hey won the North Manchester schools' chess cup ♟️")
P("ofb", "2026-02-12 16:00", "Lovely visit from former pupil [[Leah Goldberg|pr:P0043]], now at Beis Miriam Girls' "
  "High, who talked to Kitah Vav about GCSE options.")

# Official accounts, not approved
P("u_fb", "2025-09-10 18:00", "Ner Tamid Primary news: after-school clubs start on Monday.", w="ua")
P("u_fb", "2025-10-07 19:00", "[[Sukkot day|ev:E005]] photos coming soon!", w="ua")
P("u_fb", "2026-01-29 20:00", "Mazal tov to Kitah Aleph on a beautiful [[Siddur party|ev:E007]] 📖", w="ua")
P("u_fb", "2026-03-24 18:30", "Well done Miri in Kitah Vav on her bake-off win 🍰", w="ua")
P("u_fb", "2026-05-12 17:00", "Welcome back [[Tikva|pr:P0019]]! Kitah Hey missed you", w="ua")
P("u_pta", "2025-11-03 20:30", "PTA meeting Thursday at 8pm in the school hall. All welcome, biscuits provided.",
  w="ua")
P("u_pta", "2026-01-19 21:00", "[[Cake sale|ev:E004]] on 5 Feb! Sign-up sheet on the office door. Ta, PTA x", w="ua")
P("u_pta", "2026-02-06 21:15", "We raised £612 at the cake sale!!! 🧁🧁🧁 Thanks to Rochel and the whole team", w="ua")
P("u_pta", "2025-12-22 19:45", "Chanukah doughnut stall smashed it. Thank you [[Dov Schönfeld|par:R004]] for lending "
  "us the fryer 🍩", w="ua")
P("u_pta", "2025-11-24 20:00", "[[Mendel Lipschitz|par:R005]] is donating 200 doughnuts for the "
  "[[Chanukah concert|ev:E001]] 🍩 Todah rabbah!", w="ua")
P("u_nur", "2025-11-07 16:00", "Getting ready for our [[Shabbat party|ev:E003]] next Friday 🕯️", w="ua")
P("u_nur", "2026-01-13 15:45", "[[Leib|pr:P0002]] built a rainbow tower taller than [[Morah Shoshi|sr:S008]]!",
  w="ua")
P("u_nur", "2026-03-02 15:20", "Ayala's Purim costume preview 👑", w="ua")
P("u_kod", "2025-10-15 13:00", "Simchat Torah dancing in the hall today 💃📜", w="ua")
P("u_kod", "2026-01-16 14:00", "Kitah Aleph are practising their brachot for the [[Siddur Ceremony|ev:E007]] next "
  "week 📖", w="ua")
P("u_kod", "2026-02-10 12:30", "[[Rabbi Grunfeld|sr:S017]]'s Kitah Hey chumash quiz: winners announced Friday", w="ua")

# ---------------------------------------------------------------------------------------------------------
# Personal accounts: the Headteacher

P("jh_x", "2025-09-03 19:30", "First day of the year. 212 children, one lost shoe, zero tears (from me).", w="si")
P("jh_x", "2025-10-20 18:00", "Delighted to welcome Marcus Adeyemi as our PE coach. The children already adore him.",
  w="si")
P("jh_x", "2026-02-06 07:30", "Thank you to [[Gerald Marcus|sr:G002]] for chairing a marathon finance committee last "
  "night.", w="si")
P("jh_x", "2026-06-24 16:00", "Watching [[Esther Abrahams|pr:P0026]] give the leavers' speech. Not crying, you're "
  "crying.", w="si")
P("jh_fb", "2025-12-28 21:00", "Family Chanukah party at my sister's in Whitefield: 27 cousins and one very tired "
  "menorah 🕎")
P("jh_fb", "2026-01-26 19:00", "[[Proud to lead Ner Tamid Jewish Primary School|si]] into its 50th year. Where did "
  "the time go?", w="md")
P("jh_fb", "2026-04-19 14:00", "Ran the Manchester 10k with [[Naomi Ben-David|sr:S006]], who beat me by four "
  "minutes. Rematch next year.", nowork=True)
P("jh_fb", "2025-11-02 13:00", "Bumped into [[Dov Schönfeld|par:R004]] at the deli, he's still talking about that "
  "penalty in 1998.", nowork=True)

# Head of Kodesh
P("mr_x", "2025-10-10 17:00", "Best part of Kodesh today: Kitah Bet asking whether the ushpizin need a seat on the bus.",
  w="md")
P("mr_x", "2025-12-19 11:00", "Shabbos Malka comes in early these weeks. Challah dough rising by 1pm ✋")
P("mr_x", "2026-03-02 21:30", "Tomorrow is [[Purim dress-up day|ev:E002]] and I still haven't finished 26 crowns for "
  "Kitah Bet 👑", w="md")
P("mr_x", "2025-11-11 19:00", "[[As Head of Kodesh at Ner Tamid Primary|si]] I get asked one question every Cheshvan: "
  "when's the next Yom Tov? 😅", w="md")
P("mr_x", "2026-01-12 18:30", "[[Moishe|pr:P0041]]! Your bar mitzvah drasha was beautiful. Kol hakavod 👏",
  w="pc:P0041", re_="@moishe.r", nowork=True)
P("mr_x", "2026-03-12 08:00", "Mazal tov on 18! Ad meah v'esrim 🎂", re_="@dalia.marks")
P("mr_x", "2026-02-26 16:40", "[[Mrs Kertesz|sr:S014]]'s Kitah Aleph doing the Purim song in assembly 😍 I need a "
  "tissue", w="md")
P("mr_x", "2025-11-28 22:00", "My grandchildren's Shabbat party at their gan in Jerusalem, watched on WhatsApp 🥹")
P("mr_x", "2025-10-24 12:00", "A bracha on the new roof of the shul. Finally dry for Shabbos.")
P("mr_x", "2026-05-24 10:00", "Shavuos cheesecake from Lipschitz's, as always. Best in Prestwich 🍰")
P("mr_x", "2026-06-08 17:15", "[[The girl in Bet whose zaidy makes the kiddush wine|id]] asked if she could bring some "
  "in for show and tell. No.", w="md")

# Deputy head (bio self-identifies)
P("db_x", "2025-09-12 18:00", "Timetable finally done. Only took 11 versions and a packet of custard creams.",
  w="si md")
P("db_x", "2025-11-30 19:00", "Blue Moon at the Etihad. Grim afternoon.", w="si")
P("db_x", "2026-02-11 16:00", "Shout out to [[Tova Stern|sr:S011]], who found £1,400 in the budget for new reading "
  "books 📚", w="si md")
P("db_x", "2026-05-14 20:00", "Risk assessments for [[Llandudno|ev:E006]] done ✔️ Every rock pool accounted for.",
  w="si md")
P("db_x", "2025-10-30 17:30", "[[Yossi Marks|pr:P0012]] read a whole page of Bereishit aloud at assembly. In Year 3!",
  w="si md")
P("db_x", "2026-04-01 12:00", "Chag kasher v'sameach to everyone, especially [[Dina Gold|sr:S019]], who has kashered "
  "the school kitchen single-handed.", w="si md")
P("db_x", "2025-09-29 06:30", "Half marathon training week 6. Legs: gone.", w="si", cn=["@ezraweinberg"])
P("db_x", "2025-10-16 21:00", "Open evening at my son's secondary, Hadar High. Very impressive science labs.", w="si")

# Year 6 teacher (disclaimer bio)
P("ao_x", "2025-09-18 19:00", "[[Year 6 teacher at Ner Tamid Primary|si]] and still learning to say 'Kitah Vav' without "
  "sounding like Father Ted.")
P("ao_x", "2025-10-22 16:30", "[[Natan Adler|pr:P0025]]'s drum solo in assembly. I'm still buzzing 🥁")
P("ao_x", "2026-02-14 15:00", "Took Kitah Vav to the Jewish Museum in Manchester. [[Dovid F|pr:P0023]] asked the guide "
  "about forty questions.")
P("ao_x", "2026-05-18 21:00", "Great gig [[Natan|pr:P0025]]! 🤘", w="pc:P0025", re_="@natan.drums")
P("ao_x", "2026-04-02 18:00", "Irish dancing feis in Bolton today with my daughter. 4 medals, 1 blister.")
P("ao_x", "2026-06-17 20:30", "Llandudno, day 3. Kitah Vav have eaten their body weight in ice cream.")
P("ao_x", "2026-03-02 19:30", "Finally finished the Vav reports. Celebrating with a bath.", w="pc:P0044",
  cn=["@dalia.marks", "@aidanoc_teach"])
P("ao_x", "2025-11-10 16:00", "[[Rafael Ben-Ami|pr:P0028]] in Vav has been called up by Maccabi GB!")
P("ao_x", "2025-12-12 22:30", "Staff Chanukah party: [[Priya D'Souza|sr:S007]] won the latke-off and "
  "[[Jonny Levy|sr:S013]] demanded a recount.")
P("ao_x", "2025-12-20 17:00", "My nephew's nativity in Cork on the video call 🎄 He was a sheep. Type-casting.")
P("ao_x", "2026-01-14 07:45", "Ner Tamid means 'eternal light'. Apt, given the state of the hall heating this week.")
P("ao_x", "2026-03-18 15:45", "[[D in Vav|id:P0023]] got every arithmetic question right in the mock SATs 🎉")

# Kodesh teacher, father of a Reception pupil (linked)
P("yk_x", "2025-12-17 20:00", "[[Yudi|pr:P0003]] was the loudest candle in the Reception "
  "[[Chanukah concert|ev:E001]] and I've never been prouder 🕯️", nowork=True)
P("yk_x", "2026-01-22 17:00", "[[Siddur ceremony|ev:E007]] today. Twenty-four six-year-olds davening from their own "
  "siddurim. Worth every rehearsal.", w="md")
P("yk_x", "2026-03-05 21:30", "Bury 2-2. Singing in the rain. Never change.")
P("yk_x", "2025-10-30 08:30", "Lost my siddur on the 135 bus. If found please return, it has my bar mitzvah date in "
  "the front")
P("yk_x", "2026-02-20 16:15", "[[Rebbe Grunfeld|sr:S017]] and I marked the Kitah Dalet chumash test in record time.",
  w="md")
P("yk_x", "2025-11-06 20:00", "Cholent on a Thursday? Controversial.", w="pc:P0023", cn=["@dovidplayschess"])
P("yk_x", "2025-09-15 18:00", "Welcome to the team [[Morah Shoshi|sr:S008]]! Nursery is in good hands.", w="md")
P("yk_x", "2025-12-18 22:00", "Shul Chanukah party: latke-eating contest, I came third. Not proud.")
P("yk_x", "2026-05-26 11:00", "There's no simcha like a Shavuos with all the cousins round one table.")
P("yk_x", "2026-04-15 13:00", "Being a rebbe means every child in the shop calls you Rebbe. Even in Tesco.")
P("yk_x", "2025-09-04 19:30", "[[Proud to be starting my 10th year as a rebbe at Ner Tamid Jewish Primary School|si]] 📜",
  w="md")
P("yk_x", "2026-04-20 12:00", "[[Dalia|pr:P0044]]! Congratulations on the seminary place 👏", re_="@dalia.marks",
  nowork=True)

# SENCo, mother of a Year 5 pupil and a former pupil (both linked)
P("nb_fb", "2025-11-03 21:00", "Proud of you, boychik ❤️", re_="@eitan_bd")
P("nb_fb", "2026-02-02 17:00", "Tikva rode without stabilisers in Heaton Park today 🚲 Only one bush casualty.")
P("nb_fb", "2025-12-02 19:00", "Eitan's Hadar High report says 'a joy to teach'. Kvelling.")
P("nb_fb", "2026-03-03 18:00", "[[Tikva|pr:P0019]] as Queen Esther at the Ner Tamid [[Purim parade|ev:E002]] 👑",
  nowork=True)
P("nb_fb", "2026-05-20 19:30", "Good luck in your GCSEs [[Leah|pr:P0043]], you'll smash them ❤️", w="pc:P0043",
  re_="@leahgoldberg09", nowork=True)
P("nb_fb", "2026-06-21 16:00", "Father's Day barbecue, in the rain, as is tradition.", w="pc:P0041",
  cn=["@eitan_bd", "@moishe.r"])
P("nb_fb", "2026-04-10 19:00", "My girl 😍 that high note", re_="@tikva.sings")
P("nb_fb", "2025-10-21 16:30", "[[Chaim L|pr:P0006]] and [[Chana L|pr:P0016]] asked me the same question about the "
  "sukkah in the same week. Siblings!", w="md")

# Year 3 teacher (disclaimer bio)
P("pd_ig", "2025-09-27 11:00", "new term bullet journal spread 🌿 Gimmel class colours: teal + mustard")
P("pd_ig", "2025-10-17 16:00", "[[R in Gimmel|id:P0011]] finally cracked column addition and did a victory lap of the "
  "carpet 🏃")
P("pd_ig", "2026-01-09 20:00", "Golda Meir biography on the reading pile this month 📚")
P("pd_ig", "2026-02-23 16:30", "[[Golda|pr:P0013]] in my class asked if she was named after the prime minister. "
  "Reader, she was.")
P("pd_ig", "2026-04-20 18:00", "Goa for Easter 🌴 back to reality (and Kitah Gimmel) tomorrow")
P("pd_ig", "2025-12-21 12:00", "[[Yehudis Rosenthal|par:R003]]'s shakshuka recipe has changed my life 🍳")
P("pd_ig", "2026-03-02 17:00", "Gimmel costumes for the [[Purim parade|ev:E002]] tomorrow: six Mordechais and one "
  "Spider-Man 🎭")
P("pd_ig", "2025-11-01 14:00", "Garden of Eden vibes at RHS Bridgewater 🌸")
P("pd_ig", "2025-10-06 19:00", "I'm a teacher, so obviously I own 47 glue sticks")
P("pd_ig", "2026-04-10 20:00", "Beautiful singing [[Tikva|pr:P0019]] 🎤", w="pc:P0019", re_="@tikva.sings")
P("pd_ig", "2025-12-01 16:00", "[[Rebecca|pr:P0011]] in Gimmel (Rivka on Fridays, she tells me) made me a dreidel 🥹")

# EYFS lead (bio self-identifies)
P("sw_ig", "2025-11-21 19:00", "My little boy Leib turned 2 today 🎂 where did that go", w="si")
P("sw_ig", "2026-01-14 16:30", "[[L in Nursery|id:P0002]] built a tower taller than me today 🧱", w="si md")
P("sw_ig", "2025-11-14 17:00", "Shabbat party in Nursery 🕯️ twenty little hosts, one spilled grape juice", w="si md")
P("sw_ig", "2025-12-01 18:00", "Happy 17th [[Zev|pr:P0047]]!! Where did that little boy from Nursery go 😭",
  w="si pc:P0047", re_="@zev.adler", nowork=True)
P("sw_ig", "2026-02-10 16:00", "[[Ayala F|pr:P0001]] asked me why the moon follows her car 🌙", w="si md")
P("sw_ig", "2026-06-12 19:00", "My niece's sports day in Leeds: egg and spoon champion 🥚", w="si")

# Teaching assistant, aunt of a Year 3 pupil (linked)
P("fl_fb", "2026-02-08 20:00", "Rivky's 8th birthday at the soft play. I am broken.")
P("fl_fb", "2025-12-11 16:00", "Reading group this morning and [[Rivka|pr:P0011]] read a whole page without help. "
  "Best part of my job 😭", w="md")
P("fl_fb", "2025-09-20 22:00", "Rosh Hashanah menu planning, four kugels deep.", w="pc:P0025", cn=["@natan.drums"])
P("fl_fb", "2026-06-30 14:00", "Lunch with [[Malka Rubin|sr:S002]] at the kosher Italian, we put the world to rights 🍝",
  nowork=True)
P("fl_fb", "2025-11-06 20:30", "Friday's [[Shabbat party|ev:E003]] in Nursery: 30 mini challahs to plait tomorrow",
  w="md")
P("fl_fb", "2026-03-04 22:00", "The shul's Purim party was mayhem in the best way 🎭")
P("fl_fb", "2025-09-28 21:00", "L'chaim! My brother's engagement 🥂 Simcha season has started")
P("fl_fb", "2025-10-23 19:00", "[[Been a TA at Ner Tamid School|si]] for 11 years and I still cry at Simchat Torah",
  w="md")

# Site manager, grandfather of a Year 1 pupil (linked)
P("lf_x", "2025-10-05 06:30", "Up a ladder putting the sukkah roof on at school. 6am. Schach everywhere.", w="md")
P("lf_x", "2026-01-22 20:00", "My granddaughter Shira got her first siddur today. Grandad cried. Don't tell anyone.")
P("lf_x", "2026-04-28 07:00", "Urban fox has been in the school bins again. We are not related.", w="md")
P("lf_x", "2025-11-09 18:00", "[[Moishe|pr:P0041]], good to see you at Gigg Lane! Tell your dad I said hello",
  w="pc:P0041", re_="@moishe.r", nowork=True)
P("lf_x", "2026-03-22 17:00", "Thanks [[Sharon Goldberg|par:R006]] for the lift when the van died on Bury New Road",
  nowork=True)
P("lf_x", "2026-01-25 15:00", "[[Cake sale|ev:E004]] tables down from the loft ready for next week", w="md")

# Business manager (disclaimer bio)
P("ts_x", "2025-10-28 17:00", "Budget monitoring done. The photocopier lease is a work of fiction.")
P("ts_x", "2026-02-05 17:30", "Counting cake sale money with Rochel Friedman: £612, mostly in 20ps")
P("ts_x", "2025-11-19 12:30", "Thank you [[Avi Ben-Ami|par:R002]] for fixing the office printer for free 🙏")
P("ts_x", "2025-10-04 20:00", "Yom Kippur over. Bagels, now.", w="pc:P0043", cn=["@leahgoldberg09"])
P("ts_x", "2026-05-28 12:00", "[[Shmuel Abrahams|pr:P0008]], aged 6, came to the office to borrow a stapler 'for a "
  "project'. He's going places.")

# Ivrit and music teacher
P("ob_ig", "2025-12-16 18:00", "[[Chanukah concert|ev:E001]] done!!! 80 kids, 6 songs, 1 broken keyboard 🎹", w="md")
P("ob_ig", "2026-04-22 22:00", "Yom Ha'atzmaut gig tonight at the JCC with my band 🇮🇱🎶")
P("ob_ig", "2026-02-09 16:00", "Hatikvah rehearsal with Kitah Hey. Goosebumps every time.", w="md")
P("ob_ig", "2026-03-08 19:00", "Those hamantaschen look incredible [[Miri|pr:P0024]] 😍", w="pc:P0024",
  re_="@miri.bakes", nowork=True)
P("ob_ig", "2025-10-19 20:00", "[[Eitan|pr:P0042]] your guitar cover 🔥🔥 keep going", w="pc:P0042", re_="@eitan_bd",
  nowork=True)
P("ob_ig", "2025-11-28 17:00", "Rehearsing with [[Aidan|sr:S004]] on guitar for the [[Chanukah concert|ev:E001]] 🎸",
  w="md")
P("ob_ig", "2025-09-30 19:00", "Hey Manchester! Gig at the JCC Thursday 🎶")
P("ob_ig", "2026-04-05 21:00", "Thanks for coming to the gig! 🙏", re_="@ezraweinberg")
P("ob_ig", "2026-01-29 17:00", "[[I teach ivrit at #NerTamidFamily|si]] and today Dalet learnt to say 'I'm bored' in "
  "Hebrew 😂", w="md")

# Year 5 teacher (bio self-identifies)
P("jl_x", "2025-10-02 17:00", "Kitah Hey's Romans topic: a shield made of a pizza box. 10/10.", w="si md")
P("jl_x", "2026-03-21 21:00", "Our baby girl arrived on Thursday! We're naming her Shira 💕", w="si")
P("jl_x", "2025-11-26 19:00", "Good luck at the county chess champs [[Dovid|pr:P0023]] ♟️", w="si pc:P0023",
  re_="@dovidplayschess", nowork=True)
P("jl_x", "2026-03-11 20:00", "Happy last day of being 17, [[Dalia|pr:P0044]]! 🎉", w="si pc:P0044",
  re_="@dalia.marks", nowork=True)
P("jl_x", "2025-12-19 16:00", "Rafi's Maccabi call-up on the last day of term. What a boy.", w="si")
P("jl_x", "2026-05-18 19:00", "[[Llandudno|ev:E006]] risk assessment meeting. Every cliff in Wales is now a risk.",
  w="si md")
P("jl_x", "2026-02-25 16:30", "[[L in Hey|id:P0021]] read her poem at assembly and there wasn't a dry eye", w="si md")

# Year 1 teacher, mother of a Year 4 pupil (linked)
P("hk_fb", "2025-12-16 19:00", "[[Zsófi|pr:P0017]] playing the dreidel in the [[Chanukah concert|ev:E001]] at school "
  "🥹 my heart", nowork=True)
P("hk_fb", "2026-05-10 18:00", "Zsofi's first netball tournament with Maccabi. They lost 14-2 and had the best day.")
P("hk_fb", "2026-02-15 15:00", "Look what [[@miri.bakes|pr:P0024,pc:P0024]] made for Tu BiShvat: a seven species tart "
  "🍇🌾", nowork=True)
P("hk_fb", "2025-10-29 16:00", "[[Tzippy Adler|pr:P0007]] brought in a photo of her new baby brother and the whole class "
  "cooed", w="md")
P("hk_fb", "2025-09-08 19:00", "[[I'm back teaching Kitah Aleph at Ner Tamid Jewish Primary|si]] for a third year 🍎",
  w="md")

# Reception teacher (disclaimer bio)
P("cb_x", "2025-10-09 18:00", "Reception's first [[Sukkah Decorating Day|ev:E005]]! Glitter is now a permanent feature "
  "of my hair")
P("cb_x", "2026-04-11 11:00", "parkrun PB at Heaton Park 🏃‍♀️ 24:51")
P("cb_x", "2025-11-13 16:00", "[[E in Reception|id:P0004]] told me Shabbat is 'when the candles have a party'.")
P("cb_x", "2025-11-29 20:00", "Those rugelach!! [[Miri|pr:P0024]] you're a star", w="pc:P0024", re_="@miri.bakes")
P("cb_x", "2026-01-16 17:00", "[[Morah Shoshi|sr:S008]] and I have made 60 playdough menorahs. Don't ask.")
P("cb_x", "2026-02-07 14:00", "Bake sale at my son's nursery in Didsbury. Bought nine brownies. No regrets.")
P("cb_x", "2025-09-19 16:00", "[[Yudi Katz|pr:P0003]] asked if Reception gets homework. Already I love him.")

# PE coach (permitted from 2025-10-06 as a subject; here he is the author)
P("ma_x", "2025-10-14 17:00", "After-school football: Kitah Hey v Kitah Vav, 6-6, and nobody would accept a draw.",
  w="md")
P("ma_x", "2026-05-05 19:00", "Lag BaOmer sports day at Ner Tamid Primary. 212 kids, 1 whistle, no voice left.",
  w="md")
P("ma_x", "2025-09-27 13:00", "Sunday league: Salford Lads 3-1 up at half time ⚽")
P("ma_x", "2026-01-31 18:00", "[[Zev|pr:P0047]], saw your goal for the under-18s. Unreal 🔥", w="pc:P0047",
  re_="@zev.adler", nowork=True)
P("ma_x", "2025-11-20 16:00", "Rafi Ben-Ami picked for Maccabi GB under-11s! 💙⚽")
P("ma_x", "2026-01-07 15:30", "[[Rafi B|pr:P0028]] scored twice at lunchtime footie. Maccabi boy 🔥", w="md")
P("ma_x", "2026-02-28 12:00", "[[Ezra|pr:P0045]]! Still got that left foot 👟", re_="@ezraweinberg", nowork=True)
P("ma_x", "2025-10-07 18:00", "[[Started as PE coach at Ner Tamid Primary|si]] this week ⚽ buzzing", w="md")

# Kodesh teacher (disclaimer bio)
P("eg_x", "2025-10-14 22:00", "Simchat Torah in shul last night. Danced until my knees filed a complaint.")
P("eg_x", "2026-03-01 18:00", "Kitah Hey's Megillah practice: every time Haman is mentioned, chaos. As it should be.")
P("eg_x", "2025-12-03 17:00", "[[Srully W|pr:P0020]] asked if latkes count as a mitzvah. Sent him to "
  "[[Rabbi Feldmann|sr:G001]] for a psak 😂")
P("eg_x", "2026-02-17 21:00", "[[Eitan|pr:P0042]], so good to see you in shul on Shabbos! Hatzlacha with the exams",
  w="pc:P0042", re_="@eitan_bd")
P("eg_x", "2026-02-27 09:00", "D'var Torah for Tetzaveh: the ner tamid, a light that never goes out.")
P("eg_x", "2026-05-20 17:00", "Mazal tov [[@natan.drums|pr:P0025,pc:P0025]] on Grade 3 drums!")
P("eg_x", "2026-01-21 20:00", "Kitah Aleph's [[Chagigat Siddur|ev:E007]] tomorrow. [[Rebbe Katz|sr:S005]] is more "
  "nervous than the kids.")

# Year 4 teacher
P("rc_x", "2025-12-07 23:00", "Saw a Leonard Cohen tribute band at the Bridgewater Hall. No relation, before anyone asks.")
P("rc_x", "2026-03-03 19:00", "[[Purim fancy dress|ev:E002]]: I went as a packet of Bamba. The children approved.",
  w="md")
P("rc_x", "2026-01-28 18:00", "Cold, dark, soup. Lentil, since you ask.", w="pc:P0043",
  cn=["@leahgoldberg09", "@ezraweinberg"])
P("rc_x", "2026-06-12 20:00", "Well played in the Manchester junior open ♟️", w="pc:P0023", re_="@dovidplayschess")
P("rc_x", "2025-10-03 18:00", "[[Naomi B-D|sr:S006]] and I did the phonics training twilight. Feet up now.", w="md")
P("rc_x", "2026-02-01 17:00", "Tu BiShvat tomorrow, and [[I teach Kitah Dalet at @NerTamidPrimary|si]], so my classroom "
  "is basically a greenhouse 🌱", w="md")
P("rc_x", "2025-11-25 16:00", "[[The new boy in Dalet who just arrived from Antwerp|id]] taught us a Flemish song "
  "today.", w="md")
P("rc_x", "2025-09-30 17:00", "[[Mendy R|pr:P0018]] found a caterpillar in the sukkah and named it Moshiach.", w="md")
P("rc_x", "2025-12-19 15:30", "Last day for [[Yonatan L|pr:P0046]] before the move to London. Dalet won't be the "
  "same 💙", nowork=True)

# Cook
P("dg_ig", "2025-11-14 09:00", "Challah rolls for the Shabbat party ✅ 60 plaited, 2 eaten by me", w="md")
P("dg_ig", "2026-01-10 21:00", "Golden syrup cake for my nephew's sheva brachot 🍯")
P("dg_ig", "2026-05-02 18:00", "Gold star for my husband's first attempt at babka 🌟")
P("dg_ig", "2025-09-09 19:00", "[[Cook at NTJPS|si]] for 9 years and still nobody has guessed the secret in the fish "
  "balls", w="md")

# Governors
P("rf_x", "2025-10-08 12:00", "Our sukkah at Heathfield Road is open to all this Chol HaMoed. Come and shake a lulav!",
  w="si")
P("rf_x", "2025-12-18 21:30", "Lit the menorah with the children this morning, then the shul's Chanukah party tonight. "
  "Two hundred doughnuts between them.", w="si")
P("rf_x", "2026-03-03 21:00", "I had the honour of judging the [[Purim fancy dress|ev:E002]] at school today. Nobody "
  "envies me.", w="si")
P("rf_x", "2025-11-24 18:00", "Thank you [[Mrs Halpern|sr:S001]] and the staff for a wonderful governors' visit.",
  w="si")
P("rf_x", "2026-01-20 20:00", "Mazal tov to [[Gabi Goldberg|pr:P0027]] on reaching the gymnastics nationals!", w="si")
P("rf_x", "2025-10-27 19:00", "The ner tamid in our shul has been relit after the electrics were fixed. Small things. 🕯️",
  w="si")
P("gm_x", "2025-09-21 18:00", "Shana tova umetukah, everyone 🍎🍯", w="si")
P("gm_x", "2026-02-06 19:00", "Cake sale raised £612. Rochel Friedman and the PTA are miracle workers.", w="si")
P("gm_x", "2025-12-10 23:00", "Governors' meeting with [[Judith Halpern|sr:S001]] ran until 10pm. Worth it.", w="si")
P("la_x", "2025-10-25 19:00", "Surgery was packed today. Flu clinic on Saturday, bring your sleeves up.")
P("la_x", "2026-03-03 20:00", "Esther wanted to go as Queen Esther, obviously. Shmuli went as a falafel.")
P("la_x", "2025-11-18 14:00", "[[As a parent governor at Ner Tamid Jewish Primary|si]] I spent the morning in Kitah "
  "Bet. [[Shmuli|pr:P0008]] pretended not to know me.")
P("la_x", "2026-02-19 16:00", "[[Visited Kitah Vav at Ner Tamid Jewish Primary as their link governor|si]]. Great maths.")

# Parents
P("rfr_fb", "2026-02-05 08:00", "PTA cake sale today at school! Come hungry 🧁")
P("rfr_fb", "2025-10-15 12:00", "Simchat Torah at Heathfield Road with both kids on my shoulders. My back.")
P("mlp_ig", "2025-12-14 07:00", "3,000 doughnuts for Chanukah 🍩 jam, custard, lotus. Come early!")
P("mlp_ig", "2026-05-05 20:00", "Lag BaOmer bonfire on the rec tonight 🔥 bring potatoes")


if __name__ == "__main__":
    sys.exit(main(sys.argv, out=OUT, seed=SEED, prefix=PREFIX, n_posts=N_POSTS, school=SCHOOL))
