"""Write ``blind7-posts.jsonl``: the seventh blind, hand-labelled evaluation set (see ``BLIND7.md``).

    python corpora/posts/make_blind7_posts.py              # check, then write
    python corpora/posts/make_blind7_posts.py --warnings   # also list posts a reviewer should look at twice

This set is about a third school the product has never seen: Saltmarsh Academy, a fictional 11-18 academy in
Birmingham in the (equally fictional) Meridian Learning Trust (``corpora/blind7-school``). Tutor groups are named
by year + the tutor's three-letter code (7HMA ... 13LFE) and pupils also belong to four houses (Cadbury,
Chamberlain, Boulton, Seacole). Every post and every label below was written by hand. Gold spans are marked inline
as ``[[text|cat:SUBJECT,cat:SUBJECT]]`` (``-`` for no subject; the marked text may span a line break); whole-post
gold goes in ``w`` as ``cat`` or ``cat:SUBJECT`` words. The checks in ``blind_kit.py`` must all pass, against the
blind7 school profile, before the file is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from blind_kit import ROOT, P, acct, main

HERE = Path(__file__).resolve().parent
OUT = HERE / "blind7-posts.jsonl"
SCHOOL = ROOT / "corpora" / "blind7-school"
SEED = 20261210
PREFIX = "b7"
N_POSTS = 240


# ---------------------------------------------------------------------------------------------------------
# Accounts. ``disc``: the bio says the views are the author's own. ``si_bio``: the bio self-identifies.

# official accounts. Approved: @SaltmarshAcademy on facebook and on instagram (handles compared without case).
acct("ofb", "official", "facebook", "@SaltmarshAcademy", "Saltmarsh Academy, Birmingham · an 11-18 academy")
acct("ofb_lc", "official", "facebook", "@saltmarshacademy", "Saltmarsh Academy")
acct("oig", "official", "instagram", "@saltmarshacademy", "📸 Saltmarsh Academy, Birmingham B21")
acct("oig_uc", "official", "instagram", "@SaltmarshAcademy", "Saltmarsh Academy 💚 official")
# not approved
acct("u_x", "official", "x", "@SaltmarshAcademy", "Saltmarsh Academy, Birmingham. News and notices.")
acct("u_pe", "official", "x", "@Saltmarsh_PE", "PE & school sport at Saltmarsh Academy ⚽🏀🏃🏽‍♀️")
acct("u_sea", "official", "instagram", "@SeacoleHouseSMA", "Seacole House 💚 Saltmarsh Academy")
acct("u_sci", "official", "x", "@SaltmarshScience", "Science department, Saltmarsh Academy 🔬")
acct("u_trust", "official", "x", "@MeridianLT", "Meridian Learning Trust: six academies across Birmingham")
acct("u_six", "official", "instagram", "@SaltmarshSixth", "Saltmarsh Sixth Form 🎓")
acct("u_pta", "official", "facebook", "@FriendsOfSaltmarsh", "Friends of Saltmarsh Academy (PTA)")

# staff, governors, a receptionist who is not on the roster, and three parents
acct("sid_x", "personal", "x", "@DrSiddiquiLeads",
     "Principal, Saltmarsh Academy · Meridian Learning Trust. Views my own.", "S001", disc=True, si_bio=True)
acct("sid_fb", "personal", "facebook", "@imran.siddiqui.brum", "", "S001")
acct("bre_x", "personal", "x", "@mrsbrennan_maths", "Maths teacher. Head of Year 9. Brummie. Tea.", "S002")
acct("bre_fb", "personal", "facebook", "@jo.brennan.71", "", "S002")
acct("kal_x", "personal", "x", "@mrkalsi_pe", "PE teacher at Saltmarsh Academy ⚽ Views my own.", "S003",
     disc=True, si_bio=True)
acct("kal_ig", "personal", "instagram", "@sanj.lifts", "gym · bhangra · Villa", "S003")
acct("dha_x", "personal", "x", "@ravi_d_science", "Science teacher in Brum. Opinions mine.", "S004", disc=True)
acct("dha_fb", "personal", "facebook", "@ravi.dhaliwal.b21", "", "S004")
acct("khe_ig", "personal", "instagram", "@ms_khera6th", "Head of Sixth Form @SaltmarshAcademy 🎓", "S005",
     si_bio=True)
acct("khe_x", "personal", "x", "@pooja_k_reads", "books · chai · Edgbaston on a Saturday", "S005")
acct("fee_x", "personal", "x", "@drfeeney_reads", "English teacher. Poetry, running. Views are my own.", "S006",
     disc=True)
acct("fee_fb", "personal", "facebook", "@laura.feeney.bham", "", "S006")
acct("nwo_ig", "personal", "instagram", "@tobinwosu_music", "music teacher 🎹 gigs & choirs", "S007")
acct("nwo_fb", "personal", "facebook", "@tobi.nwosu.90", "", "S007")
acct("may_x", "personal", "x", "@hmayfield_history", "History teacher #TeamSaltmarsh 📜", "S008", si_bio=True)
acct("may_fb", "personal", "facebook", "@hannah.mayfield.7", "", "S008")
acct("sow_fb", "personal", "facebook", "@magda.sowinska", "", "S009")
acct("cla_fb", "personal", "facebook", "@des.clarke.b23", "Learning mentor. Dad. Blues fan. My views only.",
     "S010", disc=True)
acct("rec_x", "personal", "x", "@yvette_frontdesk",
     "Front office at saltmarsh.example.sch.uk ☎️ Views my own.", None, disc=True, si_bio=True)
acct("lin_x", "personal", "x", "@winstonlindo",
     "Chair of the local governing board at Saltmarsh Academy. Retired engineer. Views my own.", "G001",
     disc=True, si_bio=True)
acct("ras_fb", "personal", "facebook", "@fatimarashid", "GP. Trustee. Mum of three. Handsworth.", "G002")
acct("par_mc", "personal", "facebook", "@marcia_campbell_b", "Mum, nurse, church choir 🎶", "R001")
acct("par_sr", "personal", "instagram", "@shabana.rehman", "henna artist ✋🏽 Birmingham", "R003")
acct("par_gw", "personal", "x", "@gavwhitehouse", "Plumber. Blues till I die.", "R004")


# ---------------------------------------------------------------------------------------------------------
# Official accounts, approved

P("ofb", "2025-09-03 07:45", "Welcome back, Saltmarsh! Year 7 start today at 8.35, everyone else tomorrow. Please use "
  "the Foundry Row gate.")
P("ofb", "2025-09-08 16:10", "[[Mr Kalsi|sr:S003]]'s Year 7 football trials are on Thursday after school. Boots and "
  "shin pads, please!")
P("ofb", "2025-09-10 08:05", "Our main phone line is down this morning. For absences today please call 0121 496 0919.")
P("ofb", "2025-09-19 15:30", "Congratulations to Blessing (9JBR) on reaching the national final of the Young Chemist "
  "challenge! 🧪")
P("ofb", "2025-09-26 15:45", "Huge well done to [[Kayden Whitehouse|pr:P0019]] in 9JBR, who raised £600 for Acorns "
  "with a sponsored silence. (His teachers would like to book him for more.)")
P("ofb", "2025-10-01 12:00", "[[Mr Dhaliwal|sr:S004]]'s Year 11 chemists have grown a salt marsh in a seed tray to "
  "study how coastal plants cope with salt 🌱")
P("ofb", "2025-10-08 17:00", "Our [[Sixth Form Open Evening|ev:E006]] is on Thursday 6 November, 5.30-8pm. Come and "
  "meet our tutors and students.")
P("oig", "2025-10-13 16:20", "Open evening is on 6 November: book a tour with [[Ms Khera|sr:S005]] and the sixth form "
  "team 🎓")
P("oig", "2025-10-16 15:10", "[[Mr Clarke|sr:S010]] and Seacole house raised £480 for Black History Month book boxes 📚")
P("ofb", "2025-10-20 16:00", "Look out for [[Destiny|pr:P0001]] in 10SKA at the Young Poets slam final this "
  "Saturday 🎤")
P("oig", "2025-11-07 09:00", "Thank you to the 300+ families who came to the Sixth Form Open Evening last night ✨")
P("ofb", "2025-11-12 15:30", "Destiny Campbell has won the West Midlands Young Poets slam! Read her winning poem, "
  "'Foundry Row', on our website.")
P("oig", "2025-11-20 12:30", "Congratulations to Dr Siddiqui, named Birmingham Education Leader of the Year! 🏆")
P("ofb", "2025-11-27 16:00", "Thank you to [[Mrs Mayfield|sr:S008]] and the history department for the Remembrance "
  "display in the atrium.")
P("ofb", "2025-12-04 15:00", "The [[Inter-House Quiz|ev:E007]] is on 12 December. Question-setters, get your "
  "entries to the library by Friday.")
P("ofb_lc", "2025-12-09 15:20", "Congratulations to [[Haleema Q|pr:P0016]] (8TNW) on her Grade 5 piano, with "
  "distinction 🎹")
P("ofb", "2025-12-13 10:00", "Congratulations to Seacole, this year's [[house quiz|ev:E007]] champions! Boulton "
  "finished a single point behind 🏆")
P("oig", "2025-12-18 15:15", "Merry Christmas and happy holidays from all of us at Saltmarsh Academy 🎄 See you on "
  "5 January.")
P("oig", "2026-01-12 16:00", "[[Careers Fair|ev:E004]], 11 February: 40 employers, from car plants to the NHS. "
  "Families of Years 10-13 welcome.")
P("oig", "2026-01-19 17:30", "Our careers fair is confirmed for Wednesday 11 February. Employers: three stalls are "
  "still free.")
P("oig", "2026-01-22 07:10", "Snow update: Saltmarsh is OPEN today. Foundry Row is gritted; Saltmarsh Road is not, "
  "so please walk carefully.")
P("ofb", "2026-01-26 15:40", "Thank you to [[Marcia Campbell|par:R001]] for organising the uniform swap rail in "
  "reception!")
P("oig", "2026-02-03 15:50", "[[Destiny|pr:P0001]]'s poem is now painted on the library corridor wall 💜")
P("ofb", "2026-02-12 16:30", "What a careers day! Thank you to every employer who came to Saltmarsh yesterday.")
P("oig_uc", "2026-02-18 17:00", "Mr Kalsi's under-15s are county cup finalists ⚽ Come and support them at Wast "
  "Hills on Saturday.")
P("ofb", "2026-02-26 15:30", "Well done to Precious and Tyler (both 7HMA), our Year 7 spelling bee champions 🐝")
P("ofb", "2026-03-02 16:00", "[[Eid celebration|ev:E003]]: families are invited to join us on 24 March for food, "
  "henna and nasheeds. Sign up on the app.")
P("ofb", "2026-03-09 15:30", "[[Ayesha Malik|pr:P0022]] in 11RDH has been selected for the Birmingham Youth "
  "Orchestra 🎻")
P("oig", "2026-03-12 16:10", "[[King|pr:P0008]] (11RDH) ran the fastest 400m at the county trials this weekend 🏃🏾‍♂️")
P("oig", "2026-03-16 12:00", "Eid party preparations are under way in the canteen 🌙")
P("ofb_lc", "2026-03-20 15:00", "Sunny (10SKA) has been shortlisted for the Big Bang young engineers award. Fingers "
  "crossed!")
P("oig", "2026-03-25 10:00", "Eid Mubarak from all of us! Photos from yesterday's Eid celebration are on our "
  "stories ✨ Amira and Ebony (8TNW) made the lanterns.")
P("oig", "2026-04-10 16:00", "The last few photos from our Eid celebration are now in the gallery 🌙")
P("ofb", "2026-04-13 08:00", "Welcome back for the summer term. Year 11: your revision timetable is on the app.")
P("ofb", "2026-04-14 16:00", "A reminder that the [[Eid party|ev:E003]] photos can be ordered from the office until "
  "Friday.")
P("ofb", "2026-04-28 15:30", "[[Prom|ev:E001]] tickets for Year 11 go on sale on Monday: £25, including the buffet.")
P("oig", "2026-05-05 15:45", "Our uniform swap is back! Thank you Mrs Campbell for sorting 400 jumpers 💚")
P("ofb", "2026-05-06 15:20", "[[DofE Silver|ev:E002]] groups: kit check in the sports hall on Wednesday at 3.15.")
P("ofb", "2026-05-14 17:00", "Year 11 Prom: the venue is confirmed! 25 June, at the Council House.")
P("ofb", "2026-05-19 15:30", "Our Year 13s' last day! Good luck to Tony and all of 13LFE in your exams 💚")
P("ofb", "2026-06-10 16:00", "Chamberlain house have raised £1,214 for Birmingham Children's Hospital. Thank you all!")
P("oig", "2026-06-15 12:00", "Our [[Duke of Edinburgh expedition|ev:E002]] teams walked 54km across the Long Mynd "
  "this weekend. Proud doesn't cover it.")
P("oig", "2026-06-26 09:30", "Our Year 11 leavers' ball last night 💙 You were stunning. And Zuzanna's band played "
  "the last song!")
P("ofb", "2026-06-30 15:00", "The [[Year 8 Alton Towers trip|ev:E005]] is on 9 July. Coaches leave at 7.30am sharp; "
  "please bring a packed lunch.")
P("oig", "2026-07-10 09:00", "Screams, smiles and one lost hat 🎢 Thanks Year 8 for a brilliant day at "
  "[[Alton Towers|ev:E005]].")
P("ofb", "2026-07-17 15:30", "That's a wrap on 2025/26. Have a safe, happy summer, Saltmarsh 🌞")

# Official accounts, not approved

P("u_x", "2025-09-15 12:00", "Saltmarsh Academy is now on X! Follow us for news and notices.", w="ua")
P("u_x", "2026-03-05 17:00", "Great to see [[Jade Li|pr:P0005]] (12PKH) on Midlands Today talking about her "
  "air-quality project 🌍", w="ua")
P("u_x", "2026-06-01 08:30", "Our [[Duke of Edinburgh|ev:E002]] Silver teams head out on the 13th. Good luck!", w="ua")
P("u_pe", "2025-09-25 17:30", "U14 girls beat Harborne 4-1 👏 Goals from [[Destiny C|pr:P0001]] (2), "
  "[[Khadra|pr:P0025]] and Ebony.", w="ua")
P("u_pe", "2025-10-09 12:30", "Mr Kalsi is looking for Year 9 runners for cross-country on Wednesdays.", w="ua")
P("u_pe", "2026-05-20 16:00", "[[Kayden|pr:P0019]] in 9JBR broke the school javelin record today 🏅", w="ua")
P("u_pe", "2026-06-04 15:00", "Team news for Saturday: [[Nasser Al-Hubaishi|pr:P0012]] captains the U18s.", w="ua")
P("u_pe", "2026-07-08 20:00", "Sports awards night: congratulations to [[King Ellis-Baptiste|pr:P0008]], our "
  "Sportsperson of the Year!", w="ua")
P("u_sea", "2025-12-13 11:00", "SEACOLE WIN THE [[HOUSE QUIZ|ev:E007]] 🏆💚 [[Ciarán|pr:P0015]], [[Jade|pr:P0005]] and "
  "[[Haleema|pr:P0016]] carried us", w="ua")
P("u_sea", "2026-02-06 12:00", "[[Mr Clarke|sr:S010]]'s famous house assembly quiz returns on Friday 🧠", w="ua")
P("u_sci", "2025-10-02 16:00", "Year 12 fieldwork on the salt marsh at Frampton this week. Mud everywhere 😂", w="ua")
P("u_sci", "2026-01-29 15:30", "Thanks to [[Dr Feeney|sr:S006]] for lending us her poetry books for our 'science in "
  "verse' display.", w="ua")
P("u_sci", "2026-03-10 16:00", "Congratulations to [[Marvel Adjei|pr:P0009]] (8TNW) on a Gold CREST award!", w="ua")
P("u_trust", "2025-11-18 10:00", "A warm welcome to [[Dr Fatima Rashid|sr:G002]], who joins our board of trustees "
  "this month.", w="ua")
P("u_trust", "2026-02-02 10:00", "Saltmarsh Academy's [[Mrs Brennan|sr:S002]] has been named Meridian maths lead "
  "for 2026. Well deserved!", w="ua")
P("u_six", "2025-10-10 16:00", "[[Open evening|ev:E006]] in four weeks! Our Year 12s are planning the tours 🎓",
  w="ua")
P("u_six", "2026-01-14 18:00", "UCAS deadline done ✅ Shout out to [[Ciarán Dunne|pr:P0015]] for finishing first (by "
  "a mile).", w="ua")
P("u_six", "2026-02-09 12:00", "Careers fair on Wednesday! Year 12, dress to impress.", w="ua")
P("u_six", "2026-06-17 13:00", "[[Ms Khera|sr:S005]]'s leaving tea for Year 13 is this Friday 🍰", w="ua")
P("u_pta", "2025-09-20 10:00", "Thanks to [[Chi Okonkwo|par:R005]] for running the second-hand uniform stall!",
  w="ua")
P("u_pta", "2025-11-24 19:00", "Our Christmas raffle raised £2,300! Thank you to [[Gavin Whitehouse|par:R004]] for "
  "the prizes.", w="ua")
P("u_pta", "2026-03-10 19:00", "Volunteers needed for the [[Eid party|ev:E003]] on 24 March: samosas, chaat, henna! "
  "Message us.", w="ua")
P("u_pta", "2026-05-22 18:00", "Prom dress swap this Saturday in the hall. Donations welcome!", w="ua")
P("u_pta", "2026-07-03 18:00", "[[Alton Towers trip|ev:E005]]: we've paid for six Year 8s who couldn't otherwise go "
  "❤️", w="ua")


# ---------------------------------------------------------------------------------------------------------
# Personal accounts

# S001 Dr Imran Siddiqui, principal: a self-identifying bio with a disclaimer, and a plain Facebook account
P("sid_x", "2025-10-14 19:00", "Proud of [[Mrs Brennan|sr:S002]]'s Year 9 team: attendance up 4% since September.",
  w="si")
P("sid_x", "2025-11-07 21:00", "Open evening: 300 families, 40 volunteers. Special thanks to [[Pooja Khera|sr:S005]].",
  w="si")
P("sid_x", "2025-12-15 17:30", "Congratulations on the offer, [[Ciarán|pr:P0015]]. Oxford is lucky to have you.",
  w="si pc:P0015", re_="@ciaran_dunne07")
P("sid_x", "2026-01-08 22:00", "Governors' meeting tonight. [[Winston Lindo|sr:G001]] chairs with the patience of a "
  "saint.", w="si")
P("sid_x", "2026-03-25 20:00", "Yesterday's [[Eid celebration|ev:E003]]: 900 plates of biryani. Thank you to every "
  "family who cooked.", w="si")
P("sid_x", "2026-05-06 18:00", "[[Ayesha Malik|pr:P0022]] and [[Zuzanna Kaminska|pr:P0014]] presented to the trust "
  "board today. Brilliant.", w="si")
P("sid_x", "2026-06-26 08:00", "Prom last night. Our Year 11s were a credit to their families.", w="si")
P("sid_fb", "2025-09-21 14:00", "Sunday lunch at Mum's. Best biryani in Small Heath, no arguments.")
P("sid_fb", "2025-10-18 15:00", "Autumn walk in Sutton Park 🍂", w="pc:P0031", cn=["@florin_io"])
P("sid_fb", "2025-12-31 23:00", "A blessing to see the new year in with family. Happy 2026 everyone.")
P("sid_fb", "2026-04-02 19:00", "Inspection week. Every single one of [[my staff at Saltmarsh Academy|si]] was "
  "brilliant.", w="md")
P("sid_fb", "2026-04-11 20:00", "Watched a documentary on Neville Chamberlain. A Brummie prime minister, who knew.")
P("sid_fb", "2026-06-21 22:00", "Surprise party for [[Jo Brennan|sr:S002]]'s 50th. Not a dry eye in the house.",
  nowork=True)

# S002 Mrs Joanne Brennan, maths, head of Year 9; mother of Finn (P0027, declared family link)
P("bre_x", "2025-09-12 17:00", "Year 9 assembly done. [[Zayan|pr:P0002]] in 9JBR asked if algebra is 'a "
  "conspiracy'. Fair.", w="md")
P("bre_x", "2025-09-26 18:00", "Huge thanks to [[Des Clarke|sr:S010]] for covering my Year 9s during the fire drill "
  "chaos.", w="md")
P("bre_x", "2025-11-19 16:30", "[[stef popescu|pr:P0013]] just asked me for EXTRA homework. Framing this moment.",
  w="md")
P("bre_x", "2025-12-17 17:00", "[[#WellDoneZay|pr:P0002]] 100% on the Year 9 algebra test!", w="md")
P("bre_x", "2026-01-15 16:00", "Well done on the maths challenge! 🥇", w="pc:P0013 md", re_="@stef_popescu")
P("bre_x", "2026-02-05 17:30", "[[Kayden W|pr:P0019]] in 9JBR has not missed a day since September. Certificate "
  "incoming 🏅", w="md")
P("bre_x", "2026-03-03 19:00", "Congratulations to my colleague [[Mr Dhaliwal|sr:S004]] on 20 years of teaching!",
  w="md")
P("bre_x", "2026-03-26 18:00", "[[S in 9JBR|id:P0013]] finally beat me at the times-tables race. I demand a rematch.",
  w="md")
P("bre_x", "2026-04-29 17:00", "@mrkalsi_pe owes me a coffee: my Year 9s beat his Year 10s at rounders.", w="md")
P("bre_x", "2026-05-02 09:00", "Amber warning for thunderstorms all weekend. Garden party cancelled.")
P("bre_x", "2026-06-24 22:00", "Precious few hours of sleep this week. Teething puppy.")
P("bre_x", "2025-10-09 19:30", "Thanks to [[Mrs Rehman|par:R003]] for the box of mithai for the Year 9 office 🥹",
  w="md")
P("bre_fb", "2025-09-14 13:00", "Saltmarsh Road roadworks again. 40 minutes to get to Tesco.")
P("bre_fb", "2025-12-11 19:00", "[[House quiz|ev:E007]] tomorrow. Boulton have been revising all week.", w="md")
P("bre_fb", "2025-12-19 18:00", "[[Finn|pr:P0027]] survived his first term at Saltmarsh. Lost: one blazer, two ties "
  "and a PE bag.", nowork=True)
P("bre_fb", "2026-02-12 19:00", "Pancake day prep 🥞", w="pc:P0001", cn=["@finnbrennan_", "@destinyc_10"])
P("bre_fb", "2026-02-21 17:00", "Tea's at 6, don't be late x", re_="@finnbrennan_")
P("bre_fb", "2026-03-22 11:00", "Mother's Day: Finn made breakfast. The smoke alarm agreed it was memorable.")
P("bre_fb", "2026-04-05 16:00", "Easter egg hunt with the cousins. Found a jade necklace in the hedge: not an egg, "
  "but Nan's happy.")
P("bre_fb", "2026-07-11 21:00", "[[Alton Towers|ev:E005]] done with 180 Year 8s. My voice has gone.", w="md")

# S003 Mr Sanjeev Kalsi, PE (permitted everywhere from 2025-09-15); uncle of Harpreet (P0017, family link)
P("kal_x", "2025-10-30 19:00", "Proud of you, [[Preet|pr:P0017]]! County champion 🏆", w="si", re_="@preet.sidhu")
P("kal_x", "2025-11-29 17:00", "U16 boys through to the cup quarter-final. Man of the match: [[King E-B|pr:P0008]] 👑",
  w="si")
P("kal_x", "2026-01-24 18:00", "Long Saturday on the touchline. Three fixtures, two wins, and sunburn in January "
  "somehow.", w="si pc:P0008", cn=["@king.eb"])
P("kal_x", "2026-02-24 17:00", "[[Sunny Z|pr:P0010]] and [[Harpreet S|pr:P0017]] picked for the Birmingham schools' "
  "badminton squad 🏸", w="si")
P("kal_x", "2026-04-08 12:00", "Sports leaders awards: [[H. Qadir|pr:P0016]] (8TNW) and [[T. Ashcroft|pr:P0018]] "
  "(7HMA) 👏", w="si")
P("kal_ig", "2025-09-28 19:00", "New PB on deadlift 💪 180kg. Villa won too. Perfect Sunday.")
P("kal_ig", "2025-12-26 22:00", "Boxing Day bhangra with the whole family. Preet out-danced everyone 😂")
P("kal_ig", "2026-01-03 12:00", "Good luck at the academy trials mate", w="pc:P0029", re_="@reecemullins09")
P("kal_ig", "2026-04-18 18:00", "Massive, [[Jay|pr:P0020]]! Basketball scholarship in the States 🇺🇸🏀", w="pc:P0020",
  re_="@jayforbes_13", nowork=True)
P("kal_ig", "2026-05-03 14:00", "Sunny Sunday, BBQ lit, Villa on the radio.")
P("kal_ig", "2026-06-14 21:00", "[[Duke of Edinburgh expedition|ev:E002]], day 2. Blisters: 14. Morale: high.",
  w="md")
P("kal_ig", "2026-07-14 23:00", "[[Tobi N|sr:S007]] on the decks at the staff leavers' do. Tunes.", w="md")

# S004 Mr Ravi Dhaliwal, science: a disclaimer on X, none on Facebook
P("dha_x", "2025-09-09 17:00", "Year 11 chemistry: 'Sir, is a salt marsh where salt comes from?' Teaching moment.")
P("dha_x", "2025-10-22 18:00", "[[A in 11RDH|id:-]] asked the best question of the term: why isn't the sky purple?")
P("dha_x", "2025-12-20 12:00", "Congratulations on qualifying! 🩺", re_="@keziabramwell")
P("dha_x", "2026-01-30 17:00", "Careers fair prep: 14 employers confirmed for the science zone.")
P("dha_x", "2026-02-27 19:00", "Being a science teacher means everything at home gets a hypothesis.")
P("dha_x", "2026-03-19 21:00", "[[Parents' evening|ev:-]] at Saltmarsh tonight. 31 appointments, 1 biscuit.")
P("dha_x", "2026-05-08 16:00", "[[Amber O'Sullivan|pr:P0003]] in my tutor group just argued her way out of a "
  "detention. Future barrister.")
P("dha_x", "2026-05-19 18:00", "[[Ms Kehra|sr:S005]] just beat me in the staff chess tournament. Again.")
P("dha_x", "2026-06-16 17:00", "omg [[Stef P|pr:P0013]] in 9JBR got 100% on his electrolysis test, u love 2 see it "
  "🔋🔋")
P("dha_x", "2026-07-07 16:00", "[[Ebony G-L|pr:P0004]] asked if she could start A-level chemistry in Year 8. Not yet. "
  "Give it four years.")
P("dha_fb", "2025-10-11 18:00", "Staff five-a-side: Sanj Kalsi scored 4, I scored an own goal.")
P("dha_fb", "2025-11-02 21:00", "Bandi Chhor Divas at the gurdwara with the kids, then fireworks in the park.")
P("dha_fb", "2026-01-16 20:00", "Roping my brother-in-law in for the [[careers fair|ev:E004]] at Saltmarsh. He's an "
  "actual rocket engineer.", w="md")
P("dha_fb", "2026-01-25 14:00", "Lunch in Chamberlain Square, then the library. Brum at its best.")
P("dha_fb", "2026-02-07 19:00", "Two of my Year 11s smashed their chemistry mocks, [[K in 11RDH|id:P0008]] "
  "especially.", w="md")
P("dha_fb", "2026-03-14 10:00", "[[Piotr Kaminski|par:R002]] fixed my boiler on a Sunday. Legend.")
P("dha_fb", "2026-04-21 18:00", "[[Nasser Al Hubaishi|pr:P0012]] got into medicine at Birmingham. Taught him GCSE "
  "chemistry. Buzzing.", w="md")
P("dha_fb", "2026-05-25 12:00", "Congrats on the offer, [[@nasser.hub|pr:P0012,pc:P0012]]! Told you so.",
  nowork=True)
P("dha_fb", "2026-06-03 20:00", "Exams start Monday. Revision sessions every lunchtime in S4.", w="pc:P0003 md",
  cn=["@amberosull"])
P("dha_fb", "2026-06-20 09:00", "Father's Day breakfast in bed. King of the house for one day.")
P("dha_fb", "2026-07-01 19:00", "Recruiting! Come and [[join me in the science department at "
  "saltmarsh.example.sch.uk|si]]", w="md")

# S005 Ms Pooja Khera, head of sixth form: a self-identifying Instagram bio, and a plain X account
P("khe_ig", "2025-10-08 18:00", "[[Open evening|ev:E006]] countdown: 4 weeks. Our Year 12 ambassadors are ready.",
  w="si md")
P("khe_ig", "2025-11-25 21:00", "UCAS references: 62 down, 14 to go. [[Nasser|pr:P0012]]'s is basically a love "
  "letter.", w="si md")
P("khe_ig", "2026-01-05 20:00", "Back to it. [[Ravi|sr:S004]] and I have 30 mock papers each to mark before Friday.",
  w="si md")
P("khe_ig", "2026-02-02 19:00", "lol [[@mrsbrennan_maths|sr:S002]] won the staff bake off AGAIN 🍰", w="si md")
P("khe_ig", "2026-04-09 17:00", "Shout out to [[Shannon D’Arcy|pr:P0021]] (12PKH) for organising the Ramadan food "
  "drive 🌙", w="si md")
P("khe_ig", "2026-05-27 19:00", "Proud of you! 🌍", w="si pc:P0005", re_="@jadeli_12")
P("khe_ig", "2026-07-02 18:00", "Results day plans sorted. 13LFE, [[Tony|pr:P0023]] and [[Jay|pr:P0020]]: the sixth "
  "form will miss you.", w="si md")
P("khe_x", "2025-09-27 19:00", "Edgbaston, last day of the season. Precious time with Dad.")
P("khe_x", "2025-10-26 20:00", "Mary Seacole biography for book club this month. What a life.")
P("khe_x", "2026-01-10 10:00", "My reading list for 2026 is 40 books long. Starting with Zadie Smith.")
P("khe_x", "2026-02-25 21:00", "[[As head of sixth form at Saltmarsh Academy|si]] I've read 200 personal statements "
  "this year.", w="md")
P("khe_x", "2026-03-31 20:00", "[[Dr Feeney|sr:S006]]'s Year 13 poetry evening was magic. So proud of our English "
  "team.", w="md")
P("khe_x", "2026-05-11 19:00", "3 days to finish the [[prom|ev:E001]] seating plan. 160 Year 11s. Pray for me.",
  w="md")
P("khe_x", "2026-06-30 17:00", "Good luck, [[Charlie|pr:P0028]]!", w="pc:P0028", re_="@charliewhit", nowork=True)

# S006 Dr Laura Feeney, English: a disclaimer on X, none on Facebook
P("fee_x", "2025-09-23 18:00", "[[Dr Siddiqui|sr:S001]]'s Year 7 welcome speech quoted Benjamin Zephaniah. Won me "
  "over.")
P("fee_x", "2025-10-06 19:00", "Poetry week: [[Destiny Campbell|pr:P0001]] in 10SKA wrote a sonnet about the 74 bus "
  "that made me cry.")
P("fee_x", "2025-11-21 20:00", "I'm a teacher, so yes, I own 30 red pens and none of them work.")
P("fee_x", "2026-02-19 19:00", "English teachers: best Macbeth opening line? Mine: 'When shall we three meet again... "
  "in detention?'")
P("fee_x", "2026-03-04 18:00", "[[Jade|pr:P0005]] in 12PKH wrote a 4,000-word EPQ on Brum's canals. Marking it with "
  "joy.")
P("fee_x", "2026-04-23 17:00", "Of course I'll read it, [[Ciarán|pr:P0015]]. Send it over.", w="pc:P0015",
  re_="@ciaran_dunne07")
P("fee_x", "2026-06-09 16:00", "13LFE's last tutor time. [[Tony H|pr:P0023]] gave the best speech.")
P("fee_x", "2026-06-28 11:00", "[[Kezia Bramwell|pr:P0032]], who I taught A-level English, has just published her "
  "first novel!")
P("fee_fb", "2025-09-16 18:00", "Good luck at uni!!", w="pc:P0030", re_="@samira.hassan")
P("fee_fb", "2025-10-04 10:00", "Our King Charles spaniel has eaten a whole birthday cake.")
P("fee_fb", "2025-11-28 23:00", "Quiz night at the Soho Tavern with [[Pooja|sr:S005]], [[Hannah M|sr:S008]] and "
  "[[Tobi|sr:S007]]. We came last.", nowork=True)
P("fee_fb", "2026-01-09 20:00", "My own views, but: Year 11 deserve better than the exam-factory narrative.")
P("fee_fb", "2026-01-21 19:00", "Happy 18th, [[Samira|pr:P0030]]! So glad you stayed in touch.", re_="@samira.hassan",
  nowork=True)
P("fee_fb", "2026-02-14 12:00", "Of course, happy to write you a reference x", re_="@samira.hassan")
P("fee_fb", "2026-03-06 19:00", "[[World Book Day|ev:-]] at Saltmarsh: I came as Miss Havisham. Nobody recognised me.",
  w="md")
P("fee_fb", "2026-03-15 14:00", "Hope the new school's treating you well!", w="pc:P0031", re_="@florin_io")
P("fee_fb", "2026-05-12 21:00", "[[CHARLIE WHITMORE|pr:P0028]]. A* predicted. After last year. I'm so proud I could "
  "burst.", w="md")
P("fee_fb", "2026-07-06 20:00", "[[Year 8 trip|ev:E005]] on Thursday and I've volunteered for queue duty at "
  "Nemesis.", w="md")

# S007 Mr Tobi Nwosu, music and drama: no disclaimer anywhere
P("nwo_ig", "2025-09-20 12:00", "My nephew Marvel turns 5 today!! 🎉")
P("nwo_ig", "2025-12-11 17:00", "[[Marvel|pr:P0009]] in 8TNW just nailed the drum solo in front of the whole of "
  "Year 8", w="md")
P("nwo_ig", "2026-01-17 21:00", "Marvel films ranked, a thread nobody asked for. 1. Black Panther. 2. ...")
P("nwo_ig", "2026-02-10 18:00", "shoutout to [[mrs mayfield|sr:S008]] for lending me her Tudor costume for the Year 8 "
  "drama. legend", w="md")
P("nwo_ig", "2026-03-21 18:00", "New single out Friday 🎶 link in bio", w="pc:P0001", cn=["@destinyc_10"])
P("nwo_ig", "2026-03-24 22:00", "[[Eid party|ev:E003]] DJ set done 🌙🎶 the Year 10 dhol crew stole the show", w="md")
P("nwo_ig", "2026-05-30 20:00", "HOUSE MUSIC FINAL: Boulton ran away with it. [[EBONY GRANT-LEWIS|pr:P0004]] on "
  "vocals 🔥", w="md")
P("nwo_ig", "2026-06-02 17:00", "[[A in 8TNW|id:P0026]] wrote a song about the Hagley Road. It slaps.", w="md")
P("nwo_fb", "2025-10-24 21:00", "[[shannon darcy|pr:P0021]]'s monologue in the Year 12 showcase. i'm not crying, you "
  "are", w="md")
P("nwo_fb", "2025-11-09 13:00", "The church choir sang at the Remembrance service. Proud of them.")
P("nwo_fb", "2026-01-20 20:00", "Thanks for coming back to sing at the concert, [[Samira|pr:P0030]]!",
  w="pc:P0030 md", re_="@samira.hassan")
P("nwo_fb", "2026-02-28 18:00", "[[Blessing Okonkwo|pr:P0007]] from my Year 9 choir has passed Grade 8 singing 🎤",
  w="md")
P("nwo_fb", "2026-04-04 23:00", "Saturday gig at the Jam House. Bring earplugs.")
P("nwo_fb", "2026-05-23 10:00", "(Personal view) Music in schools is being cut to the bone. Fund it.")
P("nwo_fb", "2026-06-27 08:00", "Count your blessings, not your emails. Off to Accra for the summer! 🇬🇭")
P("nwo_fb", "2026-03-11 19:00", "[[Proud to run the music department at #TeamSaltmarsh|si]]. Forty kids at choir "
  "tonight!", w="md")

# S008 Mrs Hannah Mayfield, history, tutor of 7HMA: a self-identifying X bio, and a plain Facebook account
P("may_x", "2025-10-05 17:00", "Great presentation on the Romans, [[@finnbrennan_|pr:P0027,pc:P0027]]!",
  w="si md")
P("may_x", "2025-11-11 12:00", "Two minutes' silence with Year 7. [[Ioana D|pr:P0024]] read the poem beautifully.",
  w="si md")
P("may_x", "2025-12-10 17:00", "Our Year 7 class debate winner:\n[[Hodan\nAbdullahi|pr:P0011]] 🏆", w="si md")
P("may_x", "2026-01-27 18:00", "History lesson on the Windrush generation. [[Precious Mensah|pr:P0006]] asked the "
  "question every adult should ask.", w="si md")
P("may_x", "2026-03-17 17:00", "[[Haleema|pr:P0016]] from Seacole won the Year 8 history essay prize!", w="si md")
P("may_x", "2026-05-05 17:00", "[[The girl in 7HMA who moved from Mogadishu in the summer|id:-]] has just written the "
  "best essay in the year.", w="si md")
P("may_x", "2026-06-18 18:00", "[[Hodan|pr:P0011]] in 7HMA has written 40 pages of her Tudors project. FORTY.",
  w="si md")
P("may_fb", "2025-10-12 15:00", "Matthew Boulton's grave at St Mary's, Handsworth. History nerd day out.")
P("may_fb", "2025-12-28 09:00", "Cadbury Dairy Milk for breakfast. It's Christmas, leave me alone.")
P("may_fb", "2026-02-03 18:00", "Cover lesson for [[Mr Dalliwal|sr:S004]]'s Year 10 chemists. I know nothing about "
  "moles.", w="md")
P("may_fb", "2026-03-01 20:00", "Chamberlain biography finished. Joseph, not Neville. Brummie history at its best.")
P("may_fb", "2026-05-16 14:00", "[[Mrs Brennan|sr:S002]] and I ran a 10k for Acorns today!", nowork=True)
P("may_fb", "2026-06-06 19:00", "[[Gav Whitehouse|par:R004]]'s van has rescued the Year 7 museum trip. What a man.",
  w="md")
P("may_fb", "2026-07-19 20:00", "Tyler Durden's rules apply to the family Monopoly game.")

# S009 Miss Magda Sowińska, languages; aunt of Zuzanna (P0014, family link)
P("sow_fb", "2025-09-07 19:00", "Pierogi night with my sister's family. Zuzia made the dough.")
P("sow_fb", "2025-10-29 17:00", "Powodzenia, kochanie! 🍀", re_="@zuzia.k")
P("sow_fb", "2025-11-14 18:00", "[[Ioana|pr:P0024]] in Year 7 spoke to me in Romanian, French and Polish in one "
  "sentence. Genius.", w="md")
P("sow_fb", "2025-12-24 16:00", "Wigilia tonight. Twelve dishes. My niece Zuzia is in charge of the barszcz.")
P("sow_fb", "2026-01-13 18:00", "Year 10 French speaking exams this week. [[Khadra|pr:P0025]] in 10SKA: 'Je suis une "
  "légende.' She is.", w="md")
P("sow_fb", "2026-02-08 15:00", "Destiny's Child on repeat all Sunday. Don't judge.")
P("sow_fb", "2026-03-12 19:00", "[[Dr Siddiqi|sr:S001]] popped into my Year 8 French lesson and ordered a croissant "
  "in perfect French.", w="md")
P("sow_fb", "2026-04-25 12:00", "Polish Saturday school starts again next week! Learn five words a day.")
P("sow_fb", "2026-06-06 16:00", "Sunny day in Cannon Hill Park 🌞", w="pc:P0013", cn=["@stef_popescu"])
P("sow_fb", "2026-07-15 20:00", "Ten years now that [[I teach French and Polish at SMA|si]]. Still love it.", w="md")

# S010 Mr Des Clarke, learning mentor and Seacole house lead: a disclaimer in the bio
P("cla_fb", "2025-09-30 18:00", "First mentoring session with [[the new boy in 7HMA with the Villa pencil "
  "case|id:-]] today. Top lad.")
P("cla_fb", "2025-10-31 21:00", "Seacole house won the pumpkin carving. I regret nothing.")
P("cla_fb", "2025-12-12 16:00", "[[House quiz|ev:E007]] tonight! Seacole to win, obviously.")
P("cla_fb", "2026-01-31 17:00", "Blues lost again. It's our destiny to suffer.")
P("cla_fb", "2026-03-27 20:00", "[[I've been a learning mentor at Saltmarsh Academy|si]] for twelve years and this "
  "term was the best yet.")
P("cla_fb", "2026-04-22 17:00", "Shout out to [[MR NWOSU|sr:S007]] for the loudest Seacole assembly in history 🎺")
P("cla_fb", "2026-05-28 19:00", "Proud of you, [[King|pr:P0008]]. Keep going.", w="pc:P0008", re_="@king.eb")
P("cla_fb", "2026-07-18 11:00", "Summer holidays! A blessing in disguise that it's raining: box set weekend.")

# A receptionist who is not on the roster: a self-identifying bio with a disclaimer
P("rec_x", "2025-11-05 15:00", "Open evening tomorrow! I've printed 600 name badges.", w="si")
P("rec_x", "2026-02-20 17:00", "[[Mr Nwosu|sr:S007]]'s choir sang happy birthday to me at the front desk 🥹", w="si")
P("rec_x", "2026-03-23 16:00", "[[Eid party|ev:E003]] tomorrow. The samosa order is 1,200.", w="si")

# G001 Mr Winston Lindo, chair of the local governing board
P("lin_x", "2025-10-07 18:00", "Visited the science block today. [[Mr Dhaliwal|sr:S004]]'s Year 11s were making "
  "soap.", w="si")
P("lin_x", "2025-12-03 20:00", "Thanks to [[Mrs Sowinska|sr:S009]] for translating our newsletter into Polish.", w="si")
P("lin_x", "2026-03-03 19:00", "Congratulations to [[@chiamaka_ok|par:R005]] on her nursing award. Richly deserved.",
  w="si")
P("lin_x", "2026-04-16 17:00", "Reading with Year 7s. [[Tyler Ashcroft|pr:P0018]] read faster than me.", w="si")
P("lin_x", "2026-05-31 18:00", "Thanks Marcia Campbell for the uniform swap: 600 items rehomed.", w="si")
P("lin_x", "2026-06-14 16:00", "[[DofE Silver|ev:E002]]: walked the first 5km with the groups, then retired to the "
  "tea van.", w="si")

# G002 Dr Fatima Rashid, a trustee of the trust (not of the school) and a governor on the roster
P("ras_fb", "2025-09-12 20:00", "Jade and amber beads for my niece's mehndi. Six hours of threading!")
P("ras_fb", "2025-10-19 18:00", "Flu clinic Saturday: 240 jabs. Feet up.")
P("ras_fb", "2026-01-18 19:00", "[[My first trustee visit to Saltmarsh Academy|si]]: lovely to meet "
  "[[Dr Siddiqui|sr:S001]] and his team.")
P("ras_fb", "2026-02-26 21:00", "As a trustee of the Meridian Learning Trust I spent today reading budgets. Thrilling.")
P("ras_fb", "2026-03-26 20:00", "Lovely to see [[Winston Lindo|sr:G001]] at the [[Eid celebration|ev:E003]] at "
  "Saltmarsh on Tuesday.")
P("ras_fb", "2026-05-09 12:00", "Handsworth Park 10k with my sister. A blessing of a morning.")
P("ras_fb", "2026-06-01 19:00", "Salt marsh birds on the Wirral this weekend: avocets!")

# Parents (not school representatives: BLIND6.md call 9; their posts name nobody else on the roster)
P("par_mc", "2025-11-22 18:00", "Church bazaar raised £800 for the food bank today!")
P("par_mc", "2026-05-11 19:00", "The uniform swap rail is full! Thank you to everyone who donated.")
P("par_sr", "2025-10-03 21:00", "Henna for my sister's wedding. 9 hours, 1 backache.")
P("par_sr", "2026-03-20 11:00", "Eid prep: 4kg of rice, 3 aunties, 1 kitchen 😂🌙")
P("par_sr", "2026-07-05 20:00", "Alton Towers with the cousins. Never again. (Going again next year.)")
P("par_gw", "2025-12-20 17:00", "Christmas raffle prizes delivered, van empty. Merry Christmas all.")
P("par_gw", "2026-02-22 18:00", "Blues lost, Villa won. House divided.")
P("par_gw", "2026-04-11 23:00", "Stag do in Dublin. King of the karaoke, apparently.")


if __name__ == "__main__":
    sys.exit(main(sys.argv, out=OUT, seed=SEED, prefix=PREFIX, n_posts=N_POSTS, school=SCHOOL))
