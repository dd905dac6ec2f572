"""Write ``blind5-posts.jsonl``: the fifth blind, hand-labelled evaluation set (see ``BLIND5.md``).

    python corpora/posts/make_blind5_posts.py              # check, then write
    python corpora/posts/make_blind5_posts.py --warnings   # also list posts a reviewer should look at twice

This set is about a school the product has never seen: Kestrel Bank High School, a fictional secondary in
Stockport (``corpora/blind5-school``). Every post and every label below was written by hand. Gold spans are marked
inline as ``[[text|cat:SUBJECT,cat:SUBJECT]]`` (``-`` for no subject; the marked text may span a line break);
whole-post gold goes in ``w`` as ``cat`` or ``cat:SUBJECT`` words. The checks in ``blind_kit.py`` must all pass,
against the blind5 school profile, before the file is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from blind_kit import ROOT, P, acct, main

HERE = Path(__file__).resolve().parent
OUT = HERE / "blind5-posts.jsonl"
SCHOOL = ROOT / "corpora" / "blind5-school"
SEED = 20261208
PREFIX = "b5"
N_POSTS = 360


# ---------------------------------------------------------------------------------------------------------
# Accounts. ``disc``: the bio says the views are the author's own. ``si_bio``: the bio self-identifies.

# official accounts. Approved: @KestrelBankHigh on x and on instagram (handles compared without case).
acct("kb_x", "official", "x", "@KestrelBankHigh", "Kestrel Bank High School, Stockport. News and notices. Years 7-13.")
acct("kb_x_lc", "official", "x", "@kestrelbankhigh", "kestrel bank high 🦅 official")
acct("kb_ig", "official", "instagram", "@kestrelbankhigh", "📸 Life at Kestrel Bank High School #KestrelPride")
acct("kb_ig_caps", "official", "instagram", "@KestrelBankHigh", "Kestrel Bank High School · Stockport")
# not approved
acct("ua_fb", "official", "facebook", "@KestrelBankHigh", "Kestrel Bank High School — like our page for updates!")
acct("ua_x_long", "official", "x", "@KestrelBankHighSchool", "Kestrel Bank High School 🦅")
acct("ua_pe", "official", "x", "@KBHS_PE", "PE & school sport at Kestrel Bank High ⚽🏐🏉")
acct("ua_sixth", "official", "instagram", "@kbhs.sixthform", "Kestrel Bank Sixth Form 🎓 Years 12 & 13")
acct("ua_pta", "official", "facebook", "@FriendsOfKBHS", "Friends of Kestrel Bank High (PTA)")
acct("ua_music", "official", "x", "@KestrelBankMusic", "Music department, Kestrel Bank High School 🎺🎻")
acct("ua_dofe", "official", "instagram", "@KBHS_DofE", "Duke of Edinburgh's Award at Kestrel Bank High 🥾")

# staff (two accounts each for most), governors and a site manager who is not on the roster
acct("fraser_x", "personal", "x", "@catfraser_head", "Headteacher, Kestrel Bank High School. Views my own.", "S001",
     disc=True, si_bio=True)
acct("fraser_fb", "personal", "facebook", "@catriona.fraser.77", "", "S001")
acct("hartley_x", "personal", "x", "@mrhartley_pe", "PE teacher & rugby union nut. Opinions mine alone.", "S002",
     disc=True)
acct("hartley_fb", "personal", "facebook", "@bill.hartley.sk", "", "S002")
acct("sandhu_x", "personal", "x", "@msandhu_maths", "Maths teacher at Kestrel Bank 📐 #TeamKBHS", "S003", si_bio=True)
acct("sandhu_ig", "personal", "instagram", "@nav_bakes_and_climbs", "bouldering, baking, bhangra", "S003")
acct("lj_x", "personal", "x", "@mrlloydjones", "Head of Science. Cardiff born, Stockport by choice. Views are my own.",
     "S004", disc=True)
acct("lj_ig", "personal", "instagram", "@gareth_runs_hills", "fell running · Welsh cakes · 2 kids 1 dog", "S004")
acct("wojcik_fb", "personal", "facebook", "@dorota.wojcik", "", "S005")
acct("wojcik_x", "personal", "x", "@dot_w_languages", "MFL teacher 🇵🇱🇩🇪🇫🇷 tweets are my own views", "S005",
     disc=True)
acct("adeleke_x", "personal", "x", "@femi_teachesDT", "DT teacher and Head of Year 9 at @KestrelBankHigh", "S006",
     si_bio=True)
acct("adeleke_ig", "personal", "instagram", "@femi.makes", "woodwork, vinyl, jollof", "S006")
acct("ohara_fb", "personal", "facebook", "@rachel.ohara.stockport", "", "S007")
acct("ohara_x", "personal", "x", "@rohara_6th", "Head of sixth form. UCAS whisperer. Views my own.", "S007", disc=True)
acct("mahmood_x", "personal", "x", "@mr_mahmood_eng", "English teacher. Poetry, Test cricket, chai. All views mine.",
     "S008", disc=True)
acct("mahmood_fb", "personal", "facebook", "@tariq.mahmood.fam", "", "S008")
acct("birch_x", "personal", "x", "@heather_b_TA", "Teaching assistant at Kestrel Bank High 💜 SEN support", "S009",
     si_bio=True)
acct("birch_fb", "personal", "facebook", "@heather.birch.58", "", "S009")
acct("ashby_fb", "personal", "facebook", "@colin.ashby.sk",
     "Retired accountant. Chair of governors at Kestrel Bank High School. Views mine.", "G001", disc=True, si_bio=True)
acct("rahimi_x", "personal", "x", "@yasminrahimi", "Solicitor. Cyclist. Mum of two.", "G002")
acct("site_x", "personal", "x", "@steve_sitemgr", "Site manager at kestrelbank.example.sch.uk. Views my own.", None,
     disc=True, si_bio=True)


# ---------------------------------------------------------------------------------------------------------
# Official accounts

# approved, x
P("kb_x", "2025-09-04 08:15", "Mrs Fraser welcomed 212 new Year 7s this morning. Lanyards on, blazers two sizes too big, "
  "nerves everywhere. Welcome to Kestrel Bank! 🦅")
P("kb_x", "2025-09-03 07:30", "Welcome back! [[Mr Lloyd-Jones|sr:S004]] and the science team spent the summer having "
  "the labs refitted. Goggles on! 🥽")
P("kb_x", "2025-09-25 16:00", "Congratulations to [[Poppy Fitzgerald|pr:P0004]] (9D), runner-up at the Greater "
  "Manchester junior chess championships ♟️")
P("kb_x", "2025-11-10 12:00", "♟️ County champion! Poppy Fitzgerald in 9D won the Cheshire & Greater Manchester U14 "
  "title on Saturday. So proud of her.")
P("kb_x", "2026-03-31 15:30", "Last chess club of term, and Poppy F has been teaching Year 7 the Sicilian Defence. "
  "Thank you Poppy!")
P("kb_x", "2026-04-01 09:00", "[[Poppy|pr:P0004]] from 9D represents the school at the national chess finals in "
  "Daventry this weekend. Good luck!")
P("kb_x", "2026-02-10 16:10", "Well done to Faith (7A) and Autumn (7D), whose poems are in this year's Stockport Young "
  "Writers anthology ✍️")
P("kb_x", "2025-10-15 17:00", "Huge well done to [[Hunter|pr:P0009]] in 9B, who raised £340 for the food bank by "
  "shaving his head 💈")
P("kb_x", "2025-11-20 10:00", "Our [[Christmas Concert|ev:E003]] is on Tuesday 16 December at 7pm. Tickets £4 from "
  "the school office.")
P("kb_x", "2025-12-17 08:00", "What a night! Thank you to everyone who came to the Christmas Concert. The brass group "
  "brought the house down 🎺🎄")
P("kb_x", "2026-01-09 15:00", "Photos from the carol concert are now on the website. Thanks for your patience!")
P("kb_x", "2026-01-12 08:30", "Still a few lost coats from the [[winter concert|ev:E003]] in the music block. Please "
  "collect them by Friday.")
P("kb_x", "2026-04-24 16:00", "Good luck to [[Mr Mahmood|sr:S008]], who runs the Manchester Marathon on Sunday for "
  "Macmillan 🏃‍♂️")
P("kb_x", "2026-03-06 15:45", "Science week starts Monday! Mr Lloyd-Jones has promised the custard-walking demo again.")
P("kb_x", "2026-03-20 12:00", "Year 11: [[prom|ev:E001]] tickets go on sale after Easter. Dress code information to "
  "follow.")
P("kb_x", "2026-05-11 13:00", "Year 11 Prom is confirmed for Friday 26 June at the Alma Lodge. Tickets £35 from "
  "the school office.")
P("kb_x", "2026-05-20 08:00", "House captains: entries for the [[Kestrel Cup|ev:E004]] close on Friday! Arden are "
  "defending champions.")
P("kb_x", "2026-06-15 16:00", "Kestrel Cup day is Wednesday 8 July. Sun cream, water bottle, house colours 💛💙❤️💚")
P("kb_x", "2025-10-06 09:00", "Thinking about sixth form? Our [[Sixth Form Open Evening|ev:E006]] is on Thursday "
  "13 November. Save the date!")
P("kb_x", "2025-10-20 09:00", "Sixth Form Open Evening: Thursday 13 November, 6-8pm. Meet subject teachers and "
  "current students.")
P("kb_x", "2026-04-25 07:45", "Our Bronze [[DofE|ev:E002]] groups set off into the Peak District this morning "
  "🥾⛺ Forecast: changeable.")
P("kb_x", "2026-03-19 16:30", "The [[Year 9 Berlin Trip|ev:E005]] leaves at 4am on Monday. Please be at the coach "
  "bay by 3.30!")
P("kb_x", "2025-12-15 12:00", "Reminder: school closes at 12.20 on Friday 19 December. Have a restful break, everyone.")
P("kb_x", "2026-01-08 06:45", "Snow update: school is OPEN today. Buses are running but expect delays ❄️")
P("kb_x", "2026-02-25 11:00", "Phone lines are down this morning. Please call 0161 496 0420 after 11am or email "
  "office@kestrelbank.example.sch.uk")
P("kb_x", "2025-11-05 15:00", "Thank you to [[Clive Whitworth|par:R004]] for donating a trailer-load of oak offcuts "
  "to the DT department 🪵")
P("kb_x", "2026-03-06 18:00", "The PTA quiz raised £1,240! Huge thanks to Bola Adebayo for organising, and to "
  "everyone who came.")
P("kb_x", "2025-12-12 15:30", "Thank you to [[Mrs Adebayo|par:R001]] and the PTA for running the Christmas jumper "
  "stall today 🎅")
P("kb_x", "2026-01-21 13:00", "Our chair of governors, [[Colin Ashby|sr:G001]], joined Year 7 for lunch today. "
  "Verdict on the pasta bake: 'honest'.")
P("kb_x", "2025-09-18 15:00", "Eilidh in 11D has been picked for the Scotland U16 netball squad! 🏐")
P("kb_x", "2026-01-29 16:00", "Well played to [[Kuba|pr:P0002]] from 8B, Stockport schools' table tennis champion 🏓")
P("kb_x", "2026-06-30 10:00", "Mrs Fraser and the whole Year 11 team say a huge thank you to the parents who "
  "chaperoned prom.")
P("kb_x", "2026-07-17 15:00", "That's a wrap on 2025/26! Thank you, Kestrel Bank families. See you on 2 September.")
P("kb_x", "2025-10-02 08:00", "Flu vaccination forms for Years 7-11 are due back by Friday. Paper copies at reception.")
# approved, x, lower-case spelling
P("kb_x_lc", "2025-09-12 15:00", "Year 7 settling-in evening went brilliantly. Thank you to the 300+ parents who "
  "braved the rain.")
P("kb_x_lc", "2025-11-27 16:00", "Lovely to see [[Rocky|pr:P0010]] (7B) and his grandad planting the new hedge by the "
  "field 🌱")
P("kb_x_lc", "2026-02-04 08:30", "Year 10 parents' evening is tonight from 4pm. Appointments via the app.")
P("kb_x_lc", "2025-10-18 12:00", "Well done Clay and Amber (11B and 11C) on their Stockport Schools cross-country "
  "medals 🥈🥉")
P("kb_x_lc", "2026-05-14 16:30", "Exam season starts Monday. Year 11 and 13, you've got this. Breakfast club is free "
  "all fortnight 🥐")
# approved, instagram
P("kb_ig", "2026-03-13 17:00", "📸 GCSE art exhibition: work by Ivy, Bea and Clay. Open to families until Friday.")
P("kb_ig", "2025-10-09 16:00", "Our sixth formers [[Tegan|pr:P0029]] and Sunny visited Jodrell Bank today 🔭 (Sunny's "
  "photo of the Lovell telescope is on our story)")
P("kb_ig", "2026-05-22 16:00", "Year 13 leavers' hoodies have arrived 🎓 Collect them from [[Ms O'Hara|sr:S007]]'s "
  "office.")
P("kb_ig", "2025-12-08 18:00", "🎄 Christmas Concert rehearsal sneak peek! Tuesday 16th, 7pm. See you there.")
P("kb_ig", "2026-07-08 17:30", "🏆 House athletics results are in! Carrington take the Kestrel Cup for the first time "
  "since 2019 ❤️")
P("kb_ig", "2026-06-27 10:00", "Prom 2026 ✨ What a night, Year 11. You all looked incredible.")
P("kb_ig", "2026-04-28 12:00", "[[Prom|ev:E001]] dress swap shop in the library this Thursday lunchtime 👗👔")
P("kb_ig", "2025-12-03 16:00", "[[Daisy|pr:P0019]] from 7A made this incredible gingerbread version of the main "
  "building 🍪🏫")
P("kb_ig", "2026-02-12 16:00", "River (9A) and Patience (9C) led today's LGBT+ History Month assembly beautifully 🌈")
P("kb_ig", "2025-09-30 16:00", "Autumn on the field 🍂 Our Year 7 photography club's first shoot.")
P("kb_ig", "2026-06-10 12:00", "Sky blue hoodies are back in stock in the uniform shop 💙")
P("kb_ig", "2026-01-16 17:00", "🥉 Bronze for [[Oisin|pr:P0020]] (10B) at the North West climbing championships!")
P("kb_ig", "2025-11-13 21:00", "Thank you to everyone who came to the Sixth Form Open Evening tonight 💙")
P("kb_ig", "2026-05-05 15:30", "🦅 Year 8 trip to Chester Zoo today. Mei's penguin sketches are going on the wall.")
# approved, instagram, capitals
P("kb_ig_caps", "2025-10-24 15:30", "Half term! Have a lovely break, see you on Monday 3 November 🎃")
P("kb_ig_caps", "2026-04-20 12:00", "New library, who dis 📚 Thanks to the PTA for the beanbags.")
P("kb_ig_caps", "2025-11-28 16:30", "Final rehearsal for the [[Christmas Concert|ev:E003]] is on Tuesday. Choir, please "
  "bring your folders.")
P("kb_ig_caps", "2026-06-02 09:00", "Sports day is back! Wednesday 8 July. Forms for the 1500m go to your house "
  "captain.")
P("kb_ig_caps", "2026-03-02 16:00", "Congratulations to [[Mr Adeleke|sr:S006]], who has been named Stockport's Design "
  "& Technology Teacher of the Year 🛠️")

# not approved
P("ua_fb", "2025-09-08 18:00", "Welcome to the new Kestrel Bank High School Facebook page! Like and share 👍", w="ua")
P("ua_fb", "2025-12-18 17:00", "Sixth form applications for September close on 31 January. Link in the comments.",
  w="ua")
P("ua_fb", "2026-02-26 16:00", "Well done to Mei (8A) on her grade 5 piano exam! 🎹", w="ua")
P("ua_fb", "2026-04-16 12:00", "[[Year 9 Berlin Trip|ev:E005]] slideshow is in the comments. What a week!", w="ua")
P("ua_x_long", "2025-10-01 08:00", "Our new X account is live 🦅 Follow for updates from Kestrel Bank High!",
  w="ua")
P("ua_x_long", "2026-01-27 16:00", "Congratulations [[Hamza Iqbal|pr:P0005]] on your Manchester City academy "
  "scholarship! ⚽", w="ua")
P("ua_pe", "2025-11-19 17:30", "U13 boys beat Marple Hall 4-1 today ⚽ Goals from [[Chase|pr:P0013]] (2), "
  "[[Rocky|pr:P0010]] and [[Kuba|pr:P0002]]!", w="ua")
P("ua_pe", "2026-05-18 08:00", "[[Kestrel Cup|ev:E004]] training every lunchtime this week. Sprinters, field 1; "
  "throwers, by the sheds.", w="ua")
P("ua_pe", "2026-01-13 16:00", "Netball fixtures for the spring term are on the PE noticeboard 🏐", w="ua")
P("ua_pe", "2026-03-11 17:00", "Massive thanks to [[Mr Hartley|sr:S002]] for coaching the U15s to the county final 🏉",
  w="ua")
P("ua_sixth", "2026-01-14 09:00", "UCAS deadline is today! [[Ms O'Hara|sr:S007]]'s door is open 9-3 for last-minute "
  "panic.", w="ua")
P("ua_sixth", "2025-11-13 12:00", "Open evening tonight from 6pm! Come and meet us 🎓", w="ua")
P("ua_sixth", "2026-02-18 16:00", "Congrats [[Jasmine|pr:P0017]] on your offer to study medicine at Leeds!! 🩺🎉",
  w="ua")
P("ua_pta", "2026-02-20 19:00", "Quiz night tickets on sale now! £5 a head, teams of six. Bar and raffle 🍻 Questions "
  "set by Bola Adebayo, so expect a lot of Nollywood.", w="ua")
P("ua_pta", "2025-11-21 19:00", "Thank you to [[Dee Fitzgerald|par:R003]] for the fabulous raffle prizes!", w="ua")
P("ua_pta", "2026-06-05 19:00", "We need volunteers for the Kestrel Cup refreshments stall. Sign up below!", w="ua")
P("ua_music", "2025-11-24 16:00", "[[Carol concert|ev:E003]] rehearsals Monday and Wednesday after school 🎶", w="ua")
P("ua_dofe", "2026-04-07 12:00", "Practice expedition kit list is up in the PE corridor 🎒 [[#DofE|ev:E002]]", w="ua")


# ---------------------------------------------------------------------------------------------------------
# S001 Catriona Fraser, headteacher. x: the bio names the school (with a disclaimer); facebook: neither.

P("fraser_x", "2025-09-04 19:30", "First day of term and 212 new Year 7s. The noise in the dining hall at lunch was "
  "glorious.", w="si")
P("fraser_x", "2025-10-24 17:00", "Half term. A week of Highland drizzle and no emails. Bliss.", w="si")
P("fraser_x", "2025-10-29 20:00", "Proud of [[Amber Dwyer|pr:P0008]], whose letter about bus fares got a reply from "
  "the Mayor of Greater Manchester.", w="si")
P("fraser_x", "2025-11-26 18:00", "Brilliant to see [[Mr Hartley|sr:S002]]'s U15 rugby side reach the county semi.",
  w="si")
P("fraser_x", "2026-02-02 12:00", "Happy birthday to [[Heather|sr:S009]], who has kept our learning support team "
  "going for twenty-two years.", w="si")
P("fraser_x", "2025-11-13 22:00", "Sixth Form Open Evening done. Our students sold the place better than I ever "
  "could.", w="si")
P("fraser_x", "2026-03-27 23:30", "The [[Berlin trip|ev:E005]] coach is back safe. 48 tired Year 9s and five very "
  "tired staff.", w="si")
P("fraser_x", "2025-12-27 15:00", "Bill Bryson's Notes from a Small Island on the train north again. Still funny "
  "thirty years on.", w="si")
P("fraser_x", "2026-06-26 23:00", "Year 11 Prom: not one tear from me. (Several.)", w="si")
P("fraser_x", "2026-05-09 09:00", "Amber weather warning for wind today. Stay safe on the roads, Stockport.", w="si")
P("fraser_fb", "2025-10-26 14:00", "Bathgate for the weekend to see Mum. Haggis, neeps and a very competitive game of "
  "Scrabble.")
P("fraser_fb", "2025-12-16 22:30", "Lovely evening at the [[Christmas Concert|ev:E003]] at Kestrel Bank. That brass "
  "group!", w="md")
P("fraser_fb", "2026-05-28 19:00", "[[I've been head at Kestrel Bank|si]] for six years and I've never known a Year 11 "
  "so kind to each other.", w="md")
P("fraser_fb", "2025-12-19 18:00", "Our new head of sixth form [[Rachel O'Hara|sr:S007]] has had a cracking first term. "
  "Glad we found her.", w="md")
P("fraser_fb", "2026-01-04 10:00", "The cat has got into the Christmas tree again. Third time today. It's coming "
  "down.")
P("fraser_fb", "2026-02-14 20:00", "Saoirse Ronan in Brooklyn on the telly. Still the best film about homesickness "
  "there is.")
P("fraser_fb", "2026-04-11 09:30", "Easter holidays and I have already reorganised the spice rack twice. Send help.")
P("fraser_fb", "2026-03-05 21:00", "Governors tonight until half nine. [[Colin|sr:G001]] kept us going with "
  "shortbread and an accountant's patience.", w="md")

# ---------------------------------------------------------------------------------------------------------
# S002 Bill Hartley, PE. Family link with Rhys Pritchard (his stepson, @rhys_pritch).

P("hartley_x", "2025-10-04 18:00", "Well played today lad, proper grit in the second half 👏", re_="@rhys_pritch")
P("hartley_x", "2025-10-11 17:45", "Great effort on Saturday 💪 keep it up", re_="@hamza.iqbal10", w="pc:P0005")
P("hartley_x", "2026-01-24 13:00", "[[@hamza.iqbal10|pr:P0005,pc:P0005]] selected for the Stockport County academy "
  "trials. Buzzing for him.")
P("hartley_x", "2025-11-18 20:00", "Cross-country at Lyme Park tomorrow. Pray for dry weather and no deer.")
P("hartley_x", "2026-02-08 11:00", "Sat next to Bill Beaumont at the club dinner last night. Absolute gent.")
P("hartley_x", "2026-06-22 21:00", "Marking 90 practical write-ups. Please send biscuits.")
P("hartley_x", "2025-11-20 18:00", "Congrats on passing your test! Watch those roundabouts 🚗", re_="@danny_och07")
P("hartley_x", "2025-11-01 10:00", "Happy birthday mate, have a good one 🎂", re_="@danny_och07", w="pc:P0036")
P("hartley_x", "2026-04-19 19:00", "Rugby club tour photos are up 🏉", cn=["@rhys_pritch", "@sonny_od"], w="pc:P0015")
P("hartley_x", "2025-09-14 20:00", "Sonny Bill Williams' offload against France in 2011. Still the best thing I've seen "
  "on a rugby pitch.")
P("hartley_x", "2026-03-21 16:00", "Cheers for the lift back from Sale, much appreciated", re_="@rhys_pritch",
  cn=["@kris_nowak"])
P("hartley_fb", "2025-09-21 19:00", "Stepson's first rugby tour this weekend. Proud doesn't cover it.")
P("hartley_fb", "2025-12-06 18:30", "Shout out to [[Rhys Pritchard|pr:P0022]], first try for Cheadle U14s today 🏉 "
  "Get in!", nowork=True)
P("hartley_fb", "2025-10-08 17:00", "Year 9 boys' rugby this afternoon: [[Hunter G|pr:P0009]] tackled like a man "
  "possessed.", w="md")
P("hartley_fb", "2026-06-25 20:00", "Sports day at my daughter's primary in Bramhall. Lost the dads' race to a man in "
  "flip-flops.")
P("hartley_fb", "2025-09-01 08:00", "[[Ten years teaching PE at Kestrel Bank High|si]] this week. Where has it gone?",
  w="md")
P("hartley_fb", "2026-07-06 19:00", "House athletics on Wednesday. Long jump pit raked, twice. Hurdles counted, three "
  "times.", w="md")
P("hartley_fb", "2026-03-14 10:00", "Kestrel Bank Rugby Club AGM on Thursday in the clubhouse. All welcome, bring a "
  "pen.")
P("hartley_fb", "2026-02-22 19:00", "The bill for two burgers and a pint at the stadium: £31. Football has gone mad.")
P("hartley_fb", "2025-11-27 21:00", "Fair play to [[Chase Brennan|pr:P0013]] and [[ROCKY BAPTISTE|pr:P0010]], our two "
  "smallest U13s and the bravest on the pitch.", w="md")

# ---------------------------------------------------------------------------------------------------------
# S003 Navdeep Sandhu, maths. x: the bio names the school (no disclaimer); instagram: neither.

P("sandhu_x", "2025-10-02 16:30", "Simultaneous equations with 10C today and three of them said 'oh!' at the same "
  "moment. Best sound in teaching.", w="si md")
P("sandhu_x", "2025-11-04 17:00", "[[Liam D'Souza|pr:P0026]] asked whether negative numbers are 'actually real'. "
  "Philosophy department, he's all yours.", w="si md")
P("sandhu_x", "2026-01-15 16:00", "[[Wiki|pr:P0025]] in 10C corrected my arithmetic on the board today and honestly "
  "I've never been prouder.", w="si md")
P("sandhu_x", "2026-05-01 17:00", "UKMT Intermediate results: gold for [[ivy chen|pr:P0003]] 🥇 first in the "
  "school's history.", w="si md")
P("sandhu_x", "2025-10-20 19:00", "Happy Diwali to everyone celebrating 🪔", w="si")
P("sandhu_x", "2026-06-03 20:00", "Sunny evening, sunny mood. Bouldering then a mango lassi.", w="si")
P("sandhu_ig", "2025-09-27 18:00", "V4 at last!! Fingers in bits 🧗‍♀️")
P("sandhu_ig", "2025-10-19 11:00", "Sky's the limit 🧗‍♀️ Stanage edge this morning.")
P("sandhu_ig", "2025-11-30 16:00", "Made Gareth's birthday cake: a Bunsen burner in fondant 🔥🎂")
P("sandhu_ig", "2026-04-04 15:00", "Rocky road, round three. I think I've cracked the marshmallow ratio.")
P("sandhu_ig", "2026-02-27 19:00", "Baking for the [[staff charity bake-off|ev:-]] at Kestrel Bank: pistachio and rose. "
  "[[Mrs Wójcik|sr:S005]]'s sernik is the one to beat.", w="md")
P("sandhu_ig", "2025-12-21 13:00", "Jasmine tea and a fat novel. Holidays have begun.")

# ---------------------------------------------------------------------------------------------------------
# S004 Gareth Lloyd-Jones, head of science: permitted everywhere from 2025-09-08 (scope all, no expiry).

P("lj_x", "2026-03-08 19:00", "[[Science week|ev:-]] at Kestrel Bank starts tomorrow. Custard, cornflour and a lot of "
  "mopping.")
P("lj_x", "2026-03-13 17:00", "Diolch to everyone who came to the [[chemistry show|ev:-]] at Kestrel Bank High, and "
  "sorry about the eyebrows, [[Mr Mahmood|sr:S008]].")
P("lj_x", "2026-02-21 17:30", "Wales 24, England 19. Cwtches all round 🏴󠁧󠁢󠁷󠁬󠁳󠁿🏉")
P("lj_x", "2025-09-22 20:00", "[[I've been Head of Science at Kestrel Bank High|si]] since 2019 and I still can't work "
  "the fume cupboard blinds.")
P("lj_x", "2026-03-19 18:00", "So proud of [[Jasmine|pr:P0017]] in 13RO, who's off to study medicine 🩺")
P("lj_x", "2025-11-02 22:00", "Sky at night: Jupiter and the Moon, clear as a bell over Stockport 🔭")
P("lj_x", "2025-12-03 19:00", "Good luck with the interview tomorrow, you'll smash it", re_="@jas.warsame",
  w="pc:P0017")
P("lj_x", "2026-01-30 20:00", "Gareth Bale's autobiography is surprisingly good on the loneliness of Madrid.")
P("lj_x", "2025-10-14 06:45", "Five hours' sleep, 30 lab reports, one parents' meeting. Tuesday.")
P("lj_ig", "2025-09-28 16:00", "Kinder Scout in the clag. Dog soaked, me soaked, Welsh cakes dry. Priorities.")
P("lj_ig", "2025-09-05 20:00", "Missed the staff welcome barbecue but [[Dorota|sr:S005]] saved me a burger 🍔",
  w="md")
P("lj_ig", "2026-05-16 18:00", "Up Winter Hill with the kids. Chase the dog, chase the kids, chase the ice cream van.")
P("lj_ig", "2026-07-11 12:00", "Fell race at Rivington. 43rd of 200. Legs gone.")

# ---------------------------------------------------------------------------------------------------------
# S005 Dorota Wójcik, languages. facebook: no disclaimer; x: disclaimer.

P("wojcik_fb", "2025-12-24 18:00", "Wigilia with the family: twelve dishes, and a place laid for the unexpected guest "
  "🎄")
P("wojcik_fb", "2026-03-09 20:00", "[[Berlin trip|ev:E005]] countdown: 14 days, 48 passports, one very nervous "
  "languages teacher.", w="md")
P("wojcik_fb", "2025-12-25 10:00", "Wesołych Świąt! Merry Christmas from our house to yours ❤️")
P("wojcik_fb", "2025-09-10 21:00", "[[Kuba Nowak|pr:P0002]] translated for a new Year 7 on his first day. Polish kids "
  "looking after Polish kids 🇵🇱", w="md")
P("wojcik_fb", "2026-01-17 12:00", "Daisy the dachshund has eaten an entire pierogi. The vet is on standby.")
P("wojcik_fb", "2026-04-03 19:00", "Reading Olga Tokarczuk in the original again. Every sentence is a little house.")
P("wojcik_fb", "2025-11-11 11:00", "Two minutes' silence with my Year 10 German group. Not a sound. Poppies on every "
  "blazer.", w="md")
P("wojcik_fb", "2026-06-12 20:00", "Oral exams done! Twenty-two nervous Year 11s and not one froze. [[Wiktoria "
  "Zielinska|pr:P0025]] even made the examiner laugh (in French!)", w="md")
P("wojcik_x", "2025-09-01 20:00", "New term resolution: fewer worksheets, more songs.")
P("wojcik_x", "2025-09-09 19:00", "[[Eleven years teaching languages at KBHS|si]] and still nobody believes me that "
  "German is easy.")
P("wojcik_x", "2025-11-07 21:00", "Dziękuję [[@kris_nowak|par:R002]] for the pączki at parents' evening! 🍩")
P("wojcik_x", "2026-05-20 17:00", "Language teachers of the world: the subjunctive is not a punishment. Discuss.")
P("wojcik_x", "2026-02-05 20:00", "DELF results: proud of our Year 11 French group. 100% pass 🇫🇷")

# ---------------------------------------------------------------------------------------------------------
# S006 Femi Adeleke, DT and head of Year 9. x: the bio names the school (no disclaimer); instagram: neither.
# Family link with Sonny O'Driscoll (his nephew, @sonny_od).

P("adeleke_x", "2025-11-16 13:00", "Jollof debate at ours. Nigeria vs Ghana, round 47. Nigeria still winning.",
  w="si")
P("adeleke_x", "2026-01-12 16:00", "[[Berlin trip|ev:E005]] letters go out today, Year 9! Deposits by 30 January "
  "please.", w="si md")
P("adeleke_x", "2026-02-09 16:30", "[[Patience|pr:P0018]] in 9C built a working marble run out of cereal boxes 🤯",
  w="si md")
P("adeleke_x", "2026-03-04 19:00", "Well done on the DT mock, proper effort", re_="@sonny_od", w="si md")
P("adeleke_x", "2025-12-02 16:00", "Shout out to [[River O-B|pr:P0007]] for leading the Year 9 food bank drive. 600 "
  "tins!", w="si md")
P("adeleke_ig", "2025-10-12 15:00", "Walnut side table finished. Dovetails by hand, no regrets 🪵")
P("adeleke_ig", "2025-11-22 18:00", "Fela on vinyl, first pressing. Saturday sorted.")
P("adeleke_ig", "2026-01-31 17:00", "Proud uncle moment: [[Sonny O'Driscoll|pr:P0015]] got his black belt today 🥋",
  nowork=True)
P("adeleke_ig", "2026-04-18 14:00", "Hunter green for the shed. Bold choice, I'm told.")
P("adeleke_ig", "2026-06-06 12:00", "Clay pigeon shooting for my brother's stag. I hit one. One.")
P("adeleke_ig", "2025-09-20 10:00", "Chopping boards for my sister's wedding favours. Oak and walnut, forty of "
  "them.")

# ---------------------------------------------------------------------------------------------------------
# S007 Rachel O'Hara, head of sixth form. facebook: no disclaimer; x: disclaimer.

P("ohara_fb", "2025-09-19 19:00", "Bumped into [[Marta Wiśniewska|pr:P0032]] in Aldi, loving her apprenticeship at "
  "Airbus. I taught her chemistry for one year and she was a star.", w="md")
P("ohara_fb", "2025-10-05 12:00", "Happy 40th to my big sister Saoirse! Galway won't know what's hit it 🥂")
P("ohara_fb", "2026-05-04 19:00", "Galway for the bank holiday. Rain, Guinness, Granny's soda bread.")
P("ohara_fb", "2026-01-28 21:00", "[[Chidi Eze|pr:P0024]] has an offer from Oxford. I may have cried in the car "
  "park.", w="md")
P("ohara_fb", "2026-03-10 20:00", "[[Prom|ev:E001]] committee meeting number six. If I hear the words 'balloon arch' "
  "once more...", w="md")
P("ohara_fb", "2025-11-29 17:00", "Late Late Toy Show tonight. Tissues ready, phone off.")
P("ohara_fb", "2026-07-03 18:00", "Last day for Year 13 and [[Jas|pr:P0017]] made the whole common room sing. I'll "
  "miss that lot.", w="md")
P("ohara_x", "2025-11-13 17:00", "Sixth form open evening tonight. Bring your questions, we'll bring the biscuits.")
P("ohara_x", "2026-06-01 20:00", "Lovely message from [[@saoirseq|pr:P0034]], who graduates from Salford this "
  "summer 🎓")
P("ohara_x", "2026-01-20 09:00", "Happy 18th!! 🎉 Have the best day", re_="@marta.wisn")
P("ohara_x", "2026-01-12 19:00", "Thinking of you today, good luck with the assessment", re_="@marta.wisn",
  w="pc:P0032")
P("ohara_x", "2025-09-28 20:00", "Congratulations [[Sunny|pr:P0012]]! Thoroughly deserved 🏆", re_="@sunnygill_08",
  w="pc:P0012")
P("ohara_x", "2025-12-01 18:00", "Thank you [[Sunny|pr:P0012]] in 12TM for the Young Engineer talk to Year 12 today. "
  "Inspiring stuff.")
P("ohara_x", "2026-02-11 21:00", "Every personal statement this year begins 'From a young age'. Every. One.")
P("ohara_x", "2025-11-20 21:00", "Sunny Gill from 12TM talked to Year 12 about his award today. Brilliant.")

# ---------------------------------------------------------------------------------------------------------
# S008 Tariq Mahmood, English. x: disclaimer; facebook: no disclaimer.

P("mahmood_x", "2025-10-07 19:00", "Year 12 on The Handmaid's Tale today. The debate ran on into lunch.")
P("mahmood_x", "2026-03-17 17:00", "[[Tegan Prosser|pr:P0029]]'s poem has been shortlisted for the Foyle Young Poets "
  "award!")
P("mahmood_x", "2025-09-02 18:00", "England all out for 180. Tea, then despair.")
P("mahmood_x", "2026-04-23 20:00", "@KestrelBankHigh thank you for sharing the marathon fundraiser! £1,900 and "
  "counting.")
P("mahmood_x", "2026-04-12 19:00", "Running the Manchester Marathon for Macmillan in memory of Dad. 26.2 miles of Sade "
  "on repeat.")
P("mahmood_x", "2025-12-11 20:00", "Three things I learned marking Year 11 mocks: Lady Macbeth is 'a girlboss', Banquo "
  "is 'lowkey the main character', and I need a holiday.")
P("mahmood_x", "2026-02-26 18:00", "Gutted to hear [[Mr Hartley|sr:S002]] did his knee at staff five-a-side. Get well "
  "soon!")
P("mahmood_fb", "2026-03-20 19:00", "Eid Mubarak from all the Mahmoods 🌙")
P("mahmood_fb", "2025-09-25 21:00", "Teaching Macbeth to Year 10 for the fifth year running and I still find something "
  "new every time.", w="md")
P("mahmood_fb", "2025-11-15 20:00", "[[I teach English at Kestrel Bank High|si]] and we've got the best poetry club "
  "in the North West. Fight me.", w="md")
P("mahmood_fb", "2025-09-13 19:00", "Gutted for Lancashire. Again.")
P("mahmood_fb", "2026-01-25 16:00", "Bill Shankly's 'more important than life and death' line. Still wrong, still "
  "quoted at every funeral.")
P("mahmood_fb", "2026-05-30 11:00", "The Faith Museum in Bishop Auckland is worth the drive. Went in sceptical, came "
  "out quiet.")

# ---------------------------------------------------------------------------------------------------------
# S009 Heather Birch, teaching assistant. x: the bio names the school (no disclaimer); facebook: neither.
# Family link with Autumn Price (her niece, no handle).

P("birch_x", "2026-04-26 15:00", "Lovely walk at Etherow Country Park, bluebells out already 💜", w="si")
P("birch_x", "2026-02-05 16:00", "[[Abdi|pr:P0028]] in 11A read a whole page aloud today without stopping. Huge "
  "moment for him.", w="si md")
P("birch_fb", "2025-09-07 18:00", "My niece's first week at big school ❤️ she loves it already")
P("birch_fb", "2025-10-30 14:00", "Autumn leaves everywhere. The garden looks like a bonfire waiting to happen 🍂")
P("birch_fb", "2026-03-01 12:00", "The silver birch has finally gone. Tree surgeon was a saint.")
P("birch_fb", "2025-09-15 20:00", "[[Ten years as a TA at KBHS|si]] this month 💜 wouldn't change a day of it.",
  w="md")
P("birch_fb", "2025-11-25 17:00", "Reading with [[Sky|pr:P0006]] in 7C today. She's flying through the Wimpy Kid "
  "books.", w="md")
P("birch_fb", "2026-06-28 13:00", "Heather on the moors is starting to turn purple. Best time of year up there.")

# ---------------------------------------------------------------------------------------------------------
# Governors (no missing-disclaimer: governors are not staff) and the site manager (not on the roster)

P("ashby_fb", "2025-10-15 22:00", "Full governing board tonight. Budget, budget, and a surprisingly good debate about "
  "toilets.", w="si")
P("ashby_fb", "2026-05-24 18:00", "Narrowboat weekend on the Macclesfield Canal. Seventeen locks, one man overboard "
  "(me).", w="si")
P("ashby_fb", "2026-01-10 10:00", "Congratulations to [[Mrs Fraser|sr:S001]] on ten years as a headteacher. We are "
  "lucky to have her.", w="si")
P("ashby_fb", "2025-11-08 20:00", "Met [[Krzysztof Nowak|par:R002]] at the Polish club. Great conversation about "
  "school dinners, of all things.", w="si")
P("ashby_fb", "2026-03-28 12:00", "Colin Firth in Pride and Prejudice on the telly again. My wife sighed; I sighed "
  "louder.", w="si")
P("ashby_fb", "2025-12-16 23:00", "What a [[carol concert|ev:E003]]. The Year 7 choir had half the governing board in "
  "tears.", w="si")
P("rahimi_x", "2025-10-09 21:00", "I'm a school governor, which mostly means reading 200-page PDFs on a Sunday.")
P("rahimi_x", "2026-02-12 18:00", "[[As a governor at Kestrel Bank High|si]] I got to see the new DT workshop today. "
  "Stunning.")
P("rahimi_x", "2026-06-14 19:00", "Manchester to Blackpool ride done. 60 miles, one puncture, one ice cream.")
P("rahimi_x", "2026-04-02 20:00", "Lovely to meet [[Amina Warsame|par:R005]] at the Eid fair. What a cook.")
P("rahimi_x", "2026-02-20 08:00", "River Mersey flood warning again for Didsbury. Please stay safe.")
P("rahimi_x", "2026-05-06 20:00", "Sat next to [[@femi_teachesDT|sr:S006]] at the Stockport teaching awards. He won, "
  "obviously.")
P("rahimi_x", "2025-12-04 19:00", "Zara Tindall eventing documentary is much better than it has any right to be.")
P("site_x", "2026-01-07 06:10", "Gritted the whole site by 6am. Tea now.", w="si")
P("site_x", "2025-10-21 17:00", "Someone has parked across the fire exit on Fernhill Road again. You know who you are.",
  w="si")
P("site_x", "2025-11-26 16:00", "[[Mr Hartley|sr:S002]]'s rugby posts were wonky again. Fixed. Third time this "
  "month.", w="si")

# ---------------------------------------------------------------------------------------------------------
# More staff posts: contact, identifying detail, parents, name forms, hard negatives

acct("hartley_ig", "personal", "instagram", "@billh_rugbydad", "Rugby dad. Coach. Dog walker.", "S002")
acct("ohara_ig", "personal", "instagram", "@rach_ohara_runs", "parkrun tourist 🏃‍♀️ 47 and counting", "S007")
acct("wojcik_ig", "personal", "instagram", "@dot.in.the.garden", "allotment plot 14 🌱🥒", "S005")

P("sandhu_x", "2026-04-21 18:00", "Brilliant revision session today, keep going!", re_="@abdi_y09", w="si md pc:P0028")
P("mahmood_x", "2026-03-05 21:00", "Loved your speech at the debating final [[@amberdwyer_x|pr:P0008,pc:P0008]] 👏 "
  "Goosebumps.")
P("wojcik_x", "2026-01-29 17:00", "Brawo! 🇵🇱🏓", re_="@kuba_nowak12", w="pc:P0002")
P("birch_fb", "2025-12-12 20:00", "Christmas jumper pic 🎄🦌", cn=["@ellisfc_09", "@heather_b_TA"], w="pc:P0031")
P("lj_x", "2026-05-02 19:00", "Great to catch up with old faces at the Cheadle 10k.", cn=["@jmensah04", "@saoirseq"])
P("adeleke_ig", "2026-01-09 19:00", "Miss you in DT mate, hope Wales is treating you well 🏴󠁧󠁢󠁷󠁬󠁳󠁿",
  re_="@reggie_holt11", w="md pc:P0035")
P("hartley_ig", "2025-12-20 12:00", "Christmas walk with the dog and the stepson 🐕", cn=["@rhys_pritch", "@dee_fitz"])
P("adeleke_ig", "2026-02-16 18:00", "Half term workshop open day 🪚", cn=["@sonny_od", "@abdi_y09"], w="pc:P0028")
P("fraser_fb", "2026-03-16 19:00", "So proud of you, [[Jordan|pr:P0033]]. The NHS is lucky to have you.",
  re_="@jmensah04", nowork=True)
P("ohara_x", "2025-11-02 09:00", "Happy 18th [[Danny|pr:P0036]]! 🎉", re_="@danny_och07")
P("mahmood_fb", "2026-01-19 20:00", "Thanks for all the lovely messages, everyone 🙏", cn=["@marta.wisn"],
  w="pc:P0032")
P("wojcik_fb", "2026-03-01 13:00", "Powodzenia! 🍀", re_="@jas.warsame", w="pc:P0017")
P("mahmood_x", "2026-05-12 19:00", "Nice poem, really nice imagery in the second stanza!", re_="@rhys_pritch",
  w="pc:P0022")
P("sandhu_x", "2025-12-05 18:00", "Congrats on the award!! 🎉", re_="@sunnygill_08", w="si pc:P0012")
P("hartley_x", "2025-10-18 12:00", "Cheers for the tips mate 👍", re_="@hamza_iqbal10")
P("ohara_ig", "2026-02-07 10:00", "parkrun #48 at Bramhall Park with this legend", cn=["@amberdwyer"])
P("birch_x", "2025-11-14 19:00", "Thank you, lovely to hear from you!", re_="@ellisfc_1990", w="si")
P("mahmood_x", "2026-01-03 12:00", "Ha, cheers pal, same to you 😂", re_="@sonny_od_")
P("lj_x", "2026-07-02 18:00", "Well done on the results mate, proper chuffed for you", re_="@kuba_nowak")
P("hartley_fb", "2026-05-17 20:00", "Under-14s end-of-season do at the rugby club 🏉", cn=["@sonny_od", "@rhys_pritch"],
  w="pc:P0015")
P("ohara_ig", "2025-10-11 10:30", "Rainy parkrun PB. Cheers for pacing me!", re_="@reggie_holt11", w="pc:P0035")
P("birch_x", "2026-03-18 17:00", "Aww thank you sweetheart 💜", re_="@hamza.iqbal10", w="si pc:P0005")

# identifying detail
P("birch_x", "2025-10-08 16:00", "[[F in 7A|id:P0001]] finally let me sit next to her in science without crying. "
  "Tiny steps.", w="si md")
P("adeleke_x", "2025-11-05 16:00", "[[R in 9A|id:-]] has built a better bird box than I have ever managed.",
  w="si md")
P("sandhu_x", "2026-02-24 17:00", "[[H in 11A|id:P0005]] got 8/8 on the circle theorems quiz after failing it in "
  "January. Grinning all afternoon.", w="si md")
P("wojcik_fb", "2026-05-07 19:00", "[[the Year 8 girl whose mum runs the Polish deli on Castle Street|id:-]] did her "
  "whole presentation in three languages today.", w="md")
P("mahmood_fb", "2025-10-22 20:00", "[[T in 12TM|id:P0029]] wrote the best opening line I've read in ten years of "
  "teaching.", w="md")
P("ohara_fb", "2026-02-10 19:00", "[[C in 13RO|id:P0024]] had the hardest interview question I've ever heard and "
  "answered it beautifully.", w="md")
P("hartley_fb", "2026-04-28 19:00", "[[The lad in 10D with the purple quiff|id:-]] ran the 800 in 2:09 today. No "
  "spikes, no warm-up.", w="md")
P("birch_fb", "2026-01-13 18:00", "[[Hiba in 9B|id:-]] told me today I'm her favourite TA. Framing it.", w="md")
P("wojcik_fb", "2025-10-01 18:00", "[[K in 8B|id:P0002]] said 'dzień dobry' to the new Polish boy and the boy's whole "
  "face lit up.", w="md")
P("sandhu_ig", "2026-03-25 20:00", "[[M in 8A|id:P0027]] asked if she could stay in at lunch to do MORE maths. Is "
  "this a dream?", w="md")
P("adeleke_ig", "2026-06-09 19:00", "[[the new girl in 9C who's just arrived from Lagos|id:-]] recognised my accent "
  "and we spoke Yoruba for five minutes. Made my year.", w="md")
P("lj_ig", "2026-01-26 19:00", "[[E in 11D|id:P0021]] set the fire alarm off with a Bunsen and owned up straight "
  "away. Respect.", w="md")
P("ohara_ig", "2026-03-03 20:00", "[[The twins in Year 10|id:-]] turned up to Year 13 revision by mistake and stayed "
  "for the whole session.", w="md")
P("birch_x", "2026-05-19 16:00", "[[Z in 7B|id:P0023]] used her reading ruler all by herself today 💜", w="si md")
P("mahmood_fb", "2026-04-29 19:00", "[[O in 10B|id:P0020]] quoted Seamus Heaney back at me in an argument about "
  "homework. I lost.", w="md")
P("hartley_ig", "2026-06-18 20:00", "[[S in Year 7|id:P0006]] won the girls' 100m trial by a good three metres. One "
  "to watch.", w="md")


# name forms
P("mahmood_fb", "2025-12-08 20:00", "Year 11 mock results: [[H. Iqbal|pr:P0005]] went from a 4 to a 7 in English "
  "Language. Made my term.", w="md")
P("hartley_fb", "2026-02-14 20:00", "[[AD in 11C|pr:P0008]] knocked 40 seconds off her cross-country time. Relentless.",
  w="md")
P("sandhu_ig", "2026-06-20 18:00", "Year 11 leaving today and I'm not OK. [[Eilidh McLeod|pr:P0021]], thank you for "
  "never once letting me get away with a sign error.", w="md")
P("wojcik_ig", "2026-05-23 17:00", "Allotment courgettes are coming! First one of the year is named after "
  "[[Daisy Kaczmarak|pr:P0019]] in 7A because she asked so nicely 🥒", w="md")
P("adeleke_x", "2026-03-26 18:00", "[[#ProudOfPatience|pr:P0018]] 🥇 Young Designer of the Year, Greater Manchester!",
  w="si md")
P("hartley_ig", "2025-10-25 13:00", "[[#GoOnAmberD|pr:P0008]] 🏃‍♀️ English Schools cross-country, here she comes!",
  w="md")
P("ohara_fb", "2025-12-19 16:00", "End of term award for kindness goes to [[Tegan\nProsser|pr:P0029]]. Nobody "
  "deserved it more.", w="md")
P("birch_fb", "2026-02-25 19:00", "[[abdi yusuf|pr:P0028]] finished his first ever book today. 212 pages. I'm not "
  "crying, you are.", w="md")
P("mahmood_x", "2026-06-11 20:00", "[[Clay W|pr:P0011]] delivered the best Year 11 leavers' speech I've heard. Funny, "
  "kind, short.")
P("lj_x", "2025-10-30 19:00", "[[Liam D'Souza's|pr:P0026]] volcano actually erupted. Onto the ceiling. Memorable "
  "lesson.")
P("sandhu_x", "2025-09-17 17:00", "[[Osh|pr:P0020]] in 10B tried to convince me that 0.999... isn't 1. We are still "
  "arguing.", w="si md")
P("wojcik_fb", "2026-02-02 20:00", "[[Wiki Z|pr:P0025]] won the Stockport schools' Polish spelling bee! 🐝", w="md")
P("ohara_fb", "2025-10-16 21:00", "Mock UCAS interviews with [[CHIDI|pr:P0024]] and [[Jasmine W|pr:P0017]] tonight. "
  "I'd give them both a place.", w="md")
P("birch_fb", "2026-04-14 17:00", "First day back and [[Rocco Baptiste|pr:P0010]] had saved me a Creme Egg. "
  "That's 7B for you.", w="md")
P("adeleke_ig", "2025-12-05 18:00", "[[Sonny|pr:P0015]] and the rest of 10D made Christmas decorations on the laser "
  "cutter this afternoon 🎄", w="md")
P("lj_ig", "2026-04-30 18:00", "Year 10 physics: [[Bea Llewellyn|pr:P0014]] built an egg-drop parachute out of a "
  "bin bag and it survived three floors.", w="md")
P("sandhu_ig", "2025-11-19 19:00", "[[zara hussain|pr:P0023]] (7B) beat me at Countdown numbers round in form time. "
  "Two out of three.", w="md")
P("mahmood_fb", "2026-03-09 20:00", "[[Mei Zhao|pr:P0027]]'s short story about her grandmother's noodle shop is "
  "going in the school magazine.", w="md")
P("hartley_x", "2026-05-27 20:00", "[[Hunter Gillespie|pr:P0009]] and [[C. Brennan|pr:P0013]] both picked for "
  "Stockport schools' cricket. Chuffed for them.")
P("ohara_x", "2026-03-23 21:00", "Year 12 trip to the John Rylands today. [[Tegan|pr:P0029]] in 12TM found a 1611 "
  "Bible and went very quiet.")
P("wojcik_x", "2025-12-09 20:00", "[[Ivy C|pr:P0003]] wrote her whole German oral on Manchester United. I have "
  "learned a lot about Ruben Amorim.")
P("birch_x", "2025-12-18 16:00", "Lunch duty with our Year 7s. [[Autumn|pr:P0016]] made the whole table say thank "
  "you to the dinner ladies 💜", w="si md")

# staff references
P("sandhu_ig", "2025-10-10 19:00", "Staff quiz night champions 🏆 me, [[mr mahmood|sr:S008]] and [[Dot|sr:S005]] "
  "from languages. Nobody knew any football.", nowork=True)
P("ohara_fb", "2025-11-06 19:00", "Covering period 5 for [[Mrs Wojcik|sr:S005]] and her Year 8s taught me more Polish "
  "than she ever has.", w="md")
P("birch_fb", "2025-11-03 19:00", "Back after half term. [[Ms O’Hara|sr:S007]] brought in a tin of Roses for the "
  "whole learning support team 💜", w="md")
P("hartley_fb", "2025-09-30 21:00", "Five-a-side at the leisure centre: Gareth Lloyd-Jones in goal was a sight.")
P("mahmood_x", "2025-09-04 20:00", "Shout out to [[@msandhu_maths|sr:S003]], who covered my Year 13 class when the "
  "car died on the M60.")
P("lj_x", "2025-09-02 20:00", "First maths and science leads' meeting of the year. [[Navdeep|sr:S003]] brought the "
  "samosas, so we'll forgive her the 40-slide timetable.")
P("wojcik_fb", "2026-06-16 20:00", "Retirement do for our lovely site team! [[Miss Sandhu|sr:S003]] made a cake in the "
  "shape of the minibus.", w="md")
P("adeleke_ig", "2026-05-09 18:00", "Helped [[@heather_b_TA|sr:S009]] build raised beds for the learning support "
  "garden at school this afternoon 🌱", w="md")
P("ohara_ig", "2026-06-13 10:00", "parkrun #60 with [[Cat Fraser|sr:S001]] who beat me by a minute and won't let me "
  "forget it.", nowork=True)
P("mahmood_fb", "2026-02-18 19:00", "Half term lunch with [[Bill Hartley|sr:S002]], who still thinks Wigan are a "
  "rugby club.", nowork=True)
P("birch_x", "2026-06-24 17:00", "Huge thanks to [[Mr Adeleke|sr:S006]] for fixing the wobbly table in the support "
  "base. Again.", w="si md")
P("wojcik_x", "2026-04-16 19:00", "Congratulations [[Mrs Rahimi|sr:G002]] on finishing the Coast to Coast!")
P("lj_ig", "2026-02-11 20:00", "Science vs English bake-off: [[Tariq|sr:S008]]'s baklava beat my bara brith and I'm "
  "still bitter.", w="md")

# parents
P("hartley_fb", "2025-11-23 19:00", "[[Mr Whitworth|par:R004]] fixed the rugby club minibus for nothing. Legend.",
  nowork=True)
P("ohara_fb", "2026-04-10 20:00", "Thank you [[Bola Adebayo|par:R001]] for the jollof at the Year 7 parents' "
  "welcome. Still thinking about it.", w="md")
P("wojcik_fb", "2026-02-15 12:00", "PTA quiz night planning with Bola Adebayo. Round 5 is Eurovision, naturally. "
  "(My views on Eurovision are my own.)")
P("sandhu_ig", "2026-01-24 18:00", "Bouldering with [[Dee F|par:R003]] from the school PTA. She's terrifyingly good.",
  nowork=True)
P("rahimi_x", "2026-03-22 12:00", "Brunch with [[@dee_fitz|par:R003]] and the PTA committee. Exciting plans for the "
  "summer.")
P("mahmood_fb", "2026-05-31 18:00", "[[Mrs Warsame|par:R005]] brought Somali sambusa to the Year 13 celebration "
  "evening. I ate four.", w="md")
P("ohara_ig", "2025-09-27 10:00", "parkrun with [[Kris Nowak|par:R002]], who paced me to a PB and then ran another lap "
  "for fun.")
P("wojcik_ig", "2026-06-07 16:00", "Swapped seedlings with [[Clive Whitworth|par:R004]] at the allotments. His "
  "tomatoes are better than mine. Don't tell him.")

# events
P("hartley_x", "2026-04-24 19:00", "Kit checked, maps laminated, Kendal mint cake bought. [[Duke of Edinburgh "
  "expedition|ev:E002]] tomorrow. Please let it not rain.")
P("lj_ig", "2026-04-26 19:00", "Two days on Kinder with 30 Year 10s for the [[DofE expedition|ev:E002]]. Everyone "
  "back, everyone blistered.", w="md")
P("wojcik_fb", "2026-03-24 22:00", "[[Berlin trip|ev:E005]] day 2: Brandenburg Gate, a currywurst and a Year 9 who "
  "left his passport in a café. Found it.", w="md")
P("ohara_fb", "2026-05-08 20:00", "[[Leavers' prom|ev:E001]] playlist meeting. They want Oasis. I have never been "
  "prouder.", w="md")
P("birch_fb", "2025-12-10 19:00", "Ironing 40 white shirts for the [[carol concert|ev:E003]]. My living room is a "
  "laundry.", w="md")
P("adeleke_ig", "2025-10-15 19:00", "Building the stage flats for [[open evening|ev:E006]]. Sawdust in my eyebrows.",
  w="md")
P("sandhu_ig", "2026-05-26 18:00", "Measuring out the 400m track for [[sports day|ev:E004]]. Pythagoras would be "
  "proud.", w="md")
P("hartley_fb", "2026-05-21 20:00", "Arden, Bramhall, Carrington, Dane: [[house athletics|ev:E004]] heats start next "
  "week. May the best house win.", w="md")
P("mahmood_x", "2026-03-26 21:00", "Home from the [[Year 9 Berlin Trip|ev:E005]]. Best staff team I've ever travelled "
  "with.")
P("lj_x", "2025-10-09 20:00", "Cleaning test tubes for the [[Sixth Form Open Evening|ev:E006]] demo. The glamour.")
P("wojcik_x", "2026-06-26 23:30", "Year 11 Prom: the Polish contingent out-danced everyone. As expected.")
P("fraser_fb", "2025-12-11 19:00", "[[Open morning|ev:-]] at Kestrel Bank this Saturday for Year 6 families. Come and see us.",
  w="md")
P("hartley_x", "2026-02-06 20:00", "[[Parents' evening|ev:-]] at Kestrel Bank: 34 appointments, one lost voice.")
P("mahmood_fb", "2026-03-05 19:00", "[[World Book Day|ev:-]] at Kestrel Bank High. I came as Heathcliff; Year 8 "
  "thought I was a pirate.", w="md")
P("birch_x", "2025-09-06 12:00", "Sunny Saturday, my favourite kind.", w="si")

# self-identification in the text
P("mahmood_x", "2025-10-01 19:00", "[[Proud to be part of #TeamKBHS|si]] — twelve years this September.")
P("lj_ig", "2025-11-17 20:00", "[[We're hiring! Come and work with me in the science department at Kestrel Bank "
  "High|si]]. Chemistry specialist, good biscuits.", w="md")
P("hartley_fb", "2026-01-19 20:00", "[[I run the DofE at KBHS|si]] and this year's Year 10s are the keenest lot yet.",
  w="md")
P("wojcik_ig", "2026-03-30 18:00", "[[When I started at Kestrel Bank in 2014|si]] there was no Polish club. Now 40 kids "
  "come every Friday.", w="md")
P("ohara_fb", "2025-09-08 20:00", "[[My new job at Kestrel Bank High|si]] starts properly tomorrow. Head of sixth form! "
  "Terrified.", w="md")
P("sandhu_ig", "2026-07-14 20:00", "[[As a maths teacher at @KestrelBankHigh|si]] I have one request: stop buying "
  "them calculators with solar panels that don't work.", w="md")
P("adeleke_ig", "2026-04-22 20:00", "[[Twenty years at Kestrel Bank High|si]] today. I came for a year.", w="md")
P("birch_fb", "2026-07-17 19:00", "[[Us lot in learning support at #KestrelPride|si]] 💜 end-of-year curry.", w="md")
P("ohara_x", "2026-01-06 19:00", "[[I look after the sixth form at kestrelbank.example.sch.uk|si]] and we're "
  "recruiting a careers adviser.")

# hard negatives
P("sandhu_ig", "2025-09-11 19:00", "I'm a maths teacher in Stockport, which means I have opinions about the tram "
  "timetable.")
P("mahmood_fb", "2025-10-26 17:00", "Secondary teacher life: three cups of cold tea on my desk by Friday.")
P("hartley_ig", "2026-03-29 14:00", "Kestrel hovering over the river bank at Reddish Vale this morning. Magic.")
P("lj_ig", "2025-10-04 20:00", "Found a can of Kestrel lager in the shed from 1997. Museum piece.")
P("ohara_ig", "2026-01-31 10:00", "parkrun on Kestrel Bank Road this morning. Flat, fast, freezing.")
P("wojcik_ig", "2025-09-24 19:00", "The Kestrel Bank allotments society is looking for new members 🌱 DM me!")
P("adeleke_x", "2025-12-28 15:00", "Watched Rocky IV with my dad. Still the greatest training montage ever filmed.",
  w="si")
P("birch_fb", "2026-02-08 20:00", "Daisy Ridley in a survival film. Good, but I was stressed for two hours.")
P("fraser_fb", "2025-11-16 19:00", "River Phoenix in Stand By Me: could still cry at that ending.")
P("mahmood_x", "2025-11-30 20:00", "Amber Rudd on Question Time. I turned over.")
P("ohara_x", "2026-07-19 20:00", "Sky Brown's skateboarding documentary is on tonight. My nephew will be unbearable.")
P("lj_x", "2026-06-21 16:00", "Liam Gallagher at Heaton Park. 80,000 people and one of them was me, in a parka.")
P("hartley_ig", "2026-05-03 12:00", "Patience by Take That on in the car and the whole family sang. Bank holiday "
  "Sunday.")
P("wojcik_fb", "2025-09-28 19:00", "Marta and the Brazil women's team on the telly. What a player, even at 39.")
P("sandhu_x", "2026-01-11 19:00", "Just finished The Good Place. Chidi is all of us at a parents' meeting.", w="si")
P("birch_fb", "2026-05-10 13:00", "Faith restored in humanity: a stranger handed my purse back in Aldi.")
P("ohara_fb", "2026-06-21 15:00", "My nephew Hunter's christening today. Wore a hat. Regrets.")
P("mahmood_fb", "2025-12-23 19:00", "Our Jasmine (my niece, 6) has asked Father Christmas for a real camel.")
P("hartley_fb", "2026-01-02 12:00", "Poppy the springer rolled in fox poo on the first walk of the year. 2026 off to a "
  "flyer.")
P("lj_ig", "2026-02-28 19:00", "St David's Day tomorrow. Cawl on the hob, daffodils in the jar.")
P("fraser_fb", "2026-04-06 11:00", "Prom at my niece's school in Edinburgh. Photos are unbelievable, she looks 30.")
P("hartley_ig", "2026-04-04 11:00", "DofE with the Scouts this weekend, 14 teenagers and one stove between them.")
P("wojcik_fb", "2025-12-14 20:00", "Carol concert at St Mary's in Heaton Norris. Lovely, and only one fainting "
  "tenor.")
P("mahmood_fb", "2026-02-19 10:00", "Berlin trip with my wife for our anniversary. Museum Island, then currywurst.")
P("ohara_fb", "2025-10-18 19:00", "Open evening at my nephew's uni in Leeds. I had more questions than he did.")
P("adeleke_ig", "2026-07-01 18:00", "Sports day at my daughter's primary: won the parents' egg-and-spoon. Peaked.")
P("sandhu_ig", "2026-02-21 18:00", "Ivy growing up the back wall finally. Only took four years.")
P("sandhu_ig", "2025-12-20 19:00", "Teaching is the best job in the world and the hardest. Both can be true. (All views "
  "my own, as ever.)")
P("fraser_fb", "2026-06-08 20:00", "Proud of every one of our Year 11s sitting exams this month. My view, "
  "nobody else's, but they're the best year group I've known.")
P("wojcik_fb", "2026-01-08 19:00", "Mocks marked and my Year 11 French group nailed it. Just my opinion, but they "
  "are ready for June.")


# more hard negatives
P("kb_x", "2025-10-03 16:00", "Well done to Sunny in 12TM, North West Young Engineer of the Year! 🏆")
P("kb_ig", "2025-11-21 16:00", "Bea (10A) and Ivy (10C) are our Youth Parliament candidates 🗳️ Voting on Friday!")
P("mahmood_fb", "2026-04-18 21:00", "The Ivy in Spinningfields for my birthday. Overpriced, worth it.")
P("rahimi_x", "2025-11-12 08:00", "Hamza Yousaf on the radio this morning. Say what you like, he's a good interview.")
P("birch_fb", "2026-03-15 15:00", "Patience of a saint needed for flat-pack furniture. I do not have it.")
P("hartley_ig", "2026-06-27 17:00", "Eilidh Doyle took a hurdles masterclass at the Regional Arena. My daughter is "
  "starstruck.")
P("ohara_ig", "2026-07-05 11:00", "Ciara's 'Goodies' came on at the wedding and I regret everything I did next.")
P("sandhu_ig", "2026-05-02 23:00", "Tegan and Sara at the Albert Hall, Manchester. Seventeen-year-old me is "
  "screaming.")
P("fraser_fb", "2025-09-06 18:00", "Heather in full bloom on Kinder Scout. Walked twelve miles and saw nobody.")
P("adeleke_ig", "2026-03-07 12:00", "The bill for a new bandsaw blade: £84. Woodwork is an expensive love.")


if __name__ == "__main__":
    sys.exit(main(sys.argv, out=OUT, seed=SEED, prefix=PREFIX, n_posts=N_POSTS, school=SCHOOL))
