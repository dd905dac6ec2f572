"""Write ``blind21-posts.jsonl``: the twenty-first blind, hand-labelled evaluation set (see ``BLIND21.md``).

    python corpora/posts/make_blind21_posts.py              # check, then write
    python corpora/posts/make_blind21_posts.py --warnings   # also list posts a reviewer should look at twice

This set is about a school the product has never seen: Canalside Sixth Form College, a fictional 16-19 college
(about 1,800 students, called students or learners) on Wharf Street in Birmingham (``corpora/blind21-school``).
Tutor groups have codes (12B4, 13A2 ...), students call staff by first name, and the college has a Principal, two
Vice Principals, curriculum leaders, progression coaches, a student union, A-levels, BTECs and T-levels with work
placements. Many students are already 18; some former students are still 17. "Canalside" on its own is an ordinary
word (walks, pubs, flats), not the college. Every post and every label below was written by hand. Gold spans are
marked inline as ``[[text|cat:SUBJECT,cat:SUBJECT]]`` (``-`` or nothing for no subject); whole-post gold goes in
``w``. The checks in ``blind_kit.py`` must all pass, against the blind21 school profile, before the file is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from blind_kit import ROOT, P, acct, main

HERE = Path(__file__).resolve().parent
OUT = HERE / "blind21-posts.jsonl"
SCHOOL = ROOT / "corpora" / "blind21-school"
SEED = 20262121
PREFIX = "b21"
N_POSTS = 240

# ---------------------------------------------------------------------------------------------------------
# Accounts. ``disc``: the bio says the views are the author's own. ``si_bio``: the bio self-identifies.

# official. Approved: @CanalsideSFC on x and instagram, @CanalsideCollege on facebook (handles without case).
acct("ox", "official", "x", "@CanalsideSFC",
     "Canalside Sixth Form College · A-levels, BTECs & T-levels · Wharf Street, Birmingham #CanalsideProud")
acct("ox_lc", "official", "x", "@canalsidesfc", "Canalside Sixth Form College, Birmingham 🚤")
acct("oig", "official", "instagram", "@CanalsideSFC", "📸 Life at Canalside Sixth Form College · 16-19 · Brum")
acct("ofb", "official", "facebook", "@CanalsideCollege",
     "Canalside Sixth Form College · Wharf Street, Birmingham B7 4ZZ · 0121 496 0745 · canalside.example.ac.uk")
# not approved
acct("u_fb", "official", "facebook", "@CanalsideSFC", "Canalside Sixth Form College, news and events")
acct("u_su", "official", "instagram", "@CanalsideSU", "Canalside Student Union 💜 your voice, your college")
acct("u_sport", "official", "x", "@CSFC_Sport", "Fixtures & results from Canalside Sixth Form College #CSFCSport ⚽🏀🏐")
acct("u_careers", "official", "x", "@CanalsideCareers", "Progression, UCAS & apprenticeships at Canalside SFC 🎓")

# staff, governors and two parents
acct("cm_x", "personal", "x", "@ClaireMountford",
     "Principal, Canalside Sixth Form College, Birmingham. FE lifer. Parkrun plodder. Views my own.", "S001",
     disc=True, si_bio=True)
acct("cm_fb", "personal", "facebook", "@claire.mountford.5", "", "S001")
acct("rb_x", "personal", "x", "@raj_bhandari", "VP. Data, cricket, dad jokes. Moseley born and bred.", "S002")
acct("fs_x", "personal", "x", "@fionastrickland",
     "Vice Principal @CanalsideSFC. Safeguarding nerd, tea enthusiast. Views mine.", "S003", disc=True, si_bio=True)
acct("gl_x", "personal", "x", "@gareth_lamb", "Chemistry. Stepdad. Villa season ticket since '98.", "S004")
acct("mq_ig", "personal", "instagram", "@marisolq_art", "illustrator · lecturer · tea. commissions open ✏️", "S005")
acct("kb_x", "personal", "x", "@kwesiboateng",
     "Progression coach. Manager, Nechells Rangers U18s. Opinions mine.", "S006", disc=True)
acct("kb_fb", "personal", "facebook", "@kwesi.boateng.9", "", "S006")
acct("sh_x", "personal", "x", "@shereen_careers",
     "Careers & progression @CanalsideSFC 🎓 UCAS, apprenticeships, T-levels. Tea first.", "S007", si_bio=True)
acct("pn_x", "personal", "x", "@paddynolan_eng",
     "English teacher, Birmingham. Poetry & the Blues (the football kind). Views my own.", "S008", disc=True)
acct("bo_fb", "personal", "facebook", "@bridget.odowd", "", "S009")
acct("wc_x", "personal", "x", "@winstonbuilds", "Web dev & T-level Digital lecturer. I build things.", "S010")
acct("sm_x", "personal", "x", "@coachmaddox", "UEFA B. Women's football. BTEC Sport lecturer. Dodgy knee.", "S011")
acct("hp_x", "personal", "x", "@parkmaths", "Maths teacher. Integrals and instant noodles. All views my own", "S012",
     disc=True)
acct("lf_ig", "personal", "instagram", "@lornafairclough", "Student Union & enrichment @CanalsideSFC 💜", "S013",
     si_bio=True)
acct("fr_x", "personal", "x", "@ffionrh", "Psychology. Welsh in Brum. Mum, stepmum, rugby bore.", "S014")
acct("rc_x", "personal", "x", "@ravi_reads", "Librarian. Books, board games, bad coffee. Views are my own.", "S015",
     disc=True)
acct("cf_ig", "personal", "instagram", "@catfurlong_", "Student services @ Canalside College 🌈 she/her", "S016",
     si_bio=True)
acct("dg_ig", "personal", "instagram", "@djdwaynegrant", "DJ · lecturer · Brum 🎧 bookings in DMs", "S017")
acct("va_x", "personal", "x", "@veronicaadair",
     "Chair of Governors, Canalside Sixth Form College. Retired magistrate. Views my own.", "G001",
     disc=True, si_bio=True)
acct("tm_x", "personal", "x", "@tariqmalik_acc", "Accountant. School governor. Moseley CC.", "G002")
acct("bk_fb", "personal", "facebook", "@bukola_ob", "Mum of 3 · RCCG · Handsworth", "R001")
acct("sc_fb", "personal", "facebook", "@stevechamberlain_plumbing", "Gas Safe plumber, Birmingham & Solihull", "R002")

# ---------------------------------------------------------------------------------------------------------
# Official, approved: @CanalsideSFC (x)

P("ox", "2025-09-03 08:10", "Welcome back, second years! Enrolment for first years continues in the Atrium until 4pm. "
  "Bring your GCSE results slip and photo ID 📋")
P("ox", "2025-09-03 12:00", "[[Freshers' Fair|ev:E004]] is next Thursday 11 Sept: 60+ clubs, societies and employers "
  "in the sports hall. Free pizza while it lasts 🍕")
P("ox", "2025-09-11 15:30", "What a turnout at Freshers' Fair today! Our Student Union officers signed up over 400 of "
  "you to clubs. Huge thanks to everyone who ran a stall 👏 #CanalsideProud")
P("ox", "2025-09-15 10:00", "Welcome to [[Stacey Maddox|sr:S011]], our new Curriculum Leader for Sport and head coach "
  "of the women's football academy ⚽")
P("ox", "2025-10-08 16:00", "Stacey's academy squad are through to the AoC regional finals. Well played all 🙌")
P("ox", "2025-09-18 09:00", "Thinking about sixth form? Our [[Open Evening|ev:E002]] is on Thursday 9 October, 5–8pm. "
  "Meet staff and students, tour the labs and the new digital suite.")
P("ox", "2025-10-09 16:55", "Doors open for Open Evening in one hour! Parking on Wharf Street is limited, please use "
  "the NCP on Lionel Street.")
P("ox", "2025-11-12 12:00", "Year 13 parents and carers: [[UCAS evening|ev:E003]] is next Thursday 20 Nov, 6pm in "
  "the Lecture Theatre. [[Shereen|sr:S007]] and the progression team will walk you through personal statements, "
  "predicted grades and student finance.")
P("ox", "2026-01-08 13:00", "Congratulations to [[Sunday Ogunleye-Barr|pr:P0001]] (13A2) on an offer to read English "
  "at Oxford! 🎉")
P("ox", "2026-01-12 09:30", "A proud start to term: Sunday Ogunleye-Barr has been offered a place at Oxford to read "
  "English. Sunday joined us from a school in Handsworth two years ago and has never missed a deadline.")
P("ox", "2026-02-16 08:45", "Shout out to [[Sunday|pr:P0001]], whose poem about the Grand Union has been shortlisted "
  "for a national young poets' prize ✍️")
P("ox", "2025-11-05 17:20", "Amani and Peace represented the college at the Birmingham Youth Climate Summit today. "
  "Brilliant questions to the panel 🌍")
P("ox", "2026-01-28 11:00", "Results are in for the January BTEC resits. Well done to everyone who put the work in "
  "over Christmas.")
P("ox", "2026-03-05 10:15", "T-level Digital students: the [[Employer Showcase|ev:E008]] is on 12 March. Come with "
  "your CV and your portfolio link. @CanalsideCareers has the details.")
P("ox", "2026-03-30 12:30", "Grab your gloves 🧤 The [[Big Canal Clean-Up|ev:E007]] is back on Saturday 25 April, "
  "with the Canal & River Trust. Sign up at reception.")
P("ox", "2026-04-25 15:00", "Forty-two students, staff and a very muddy shopping trolley: the Big Canal Clean-Up was "
  "a triumph 🛒♻️ Thank you @CanalRiverTrust")
P("ox", "2026-05-20 09:00", "Tickets for our [[Awards Evening|ev:E001]] on 2 July are now available via the parent "
  "app.")
P("ox", "2026-06-10 16:30", "Awards Evening nominations are out! Check your college email 🏆")
P("ox", "2026-06-15 10:00", "Principal Dr Mountford and Chair of Governors Veronica Adair will present this year's "
  "awards on 2 July.")
P("ox", "2026-02-03 07:05", "Snow update: college is OPEN today. Buses on the 11A and 11C are running with delays. "
  "Stay safe on the towpath ❄️")
P("ox", "2025-12-18 15:45", "That's a wrap on autumn term! Thank you [[Raj|sr:S002]], [[Fiona|sr:S003]] and the "
  "whole site team for keeping us going through the boiler saga 😅 Back on 5 Jan.")
P("ox", "2026-05-12 08:30", "Exam season: the library is open until 7pm Mon–Thu. Be kind to yourselves 💙")

# Official, approved: the same handle in lower case (x)
P("ox_lc", "2025-10-02 09:00", "Missed [[Freshers' Fair|ev:E004]]? Clubs are still recruiting: chess, climbing, "
  "Model UN, gospel choir, Dungeons & Dragons and more. Ask at the SU desk.")
P("ox_lc", "2026-02-20 14:00", "Student of the week: [[C in 12C1|id:P0030]], for her accessibility app prototype. "
  "Full story in the newsletter 🌟")
P("ox_lc", "2026-06-24 12:00", "[[Leavers' Ball|ev:E005]] coaches leave from the front car park at 6:30pm sharp on "
  "Friday 🕺")
P("ox_lc", "2025-11-26 18:00", "Congrats to [[Tyler Newbold|pr:P0019]] on his England U18 futsal call-up! 🦁")

# Official, approved: @CanalsideSFC (instagram)
P("oig", "2025-09-08 15:10", "Freshers' Fair prep is well under way 🎈 See you Thursday!")
P("oig", "2025-10-20 13:00", "Art & Design Year 13s have taken over the gallery corridor 🎨 Featured: Chance's "
  "ceramics and Ife's lino prints.")
P("oig", "2025-11-20 18:40", "Live from [[UCAS evening|ev:E003]] 🎓 the Lecture Theatre is full!")
P("oig", "2026-01-22 12:15", "Meet [[Kwesi|sr:S006]], one of our progression coaches. Ask him anything about "
  "apprenticeships 💼")
P("oig", "2026-02-16 10:00", "Geography's [[Iceland|ev:E006]] crew have landed at Keflavík 🌋❄️ Updates all week!")
P("oig", "2026-03-12 17:00", "Our T-level students impressed at today's [[employer showcase|ev:E008]]: three "
  "placement offers on the day!")
P("oig", "2026-04-20 11:00", "Canal Clean-Up volunteers: litter pickers and hi-vis will be in the SU from Weds 🦺")
P("oig", "2026-07-02 21:30", "Awards Evening tonight ✨ Congratulations to all our winners, including Saff (12B4) for "
  "Outstanding Progress and Yusuf for the Community Award.")
P("oig", "2026-03-18 16:00", "Well done to [[Ezra Wolfe|pr:P0017]], whose short film 'Lock 19' has been selected for "
  "the Birmingham Film Festival youth strand 🎬")
P("oig", "2026-05-28 09:00", "Revision café in the library every lunchtime next week ☕📚")
P("oig", "2025-12-10 19:30", "Gospel choir closing the Christmas lights switch-on at Brindleyplace tonight 🎄")
P("oig", "2026-06-30 12:00", "Two days to Awards Evening 🏆 Who's ready?")

# Official, approved: @CanalsideCollege (facebook)
P("ofb", "2025-09-29 10:00", "Open Evening is on Thursday 9 October, 5–8pm. No need to book, just turn up. Canalside "
  "Sixth Form College, Wharf Street, B7 4ZZ · 0121 496 0745")
P("ofb", "2025-11-14 09:00", "Parents' information: [[UCAS Parents' Evening|ev:E003]] is on Thursday 20 November. "
  "Dr Mountford will open the evening at 6pm.")
P("ofb", "2026-01-15 16:00", "Our congratulations to Sunday Ogunleye-Barr (13A2) on her Oxford offer, and to everyone "
  "who has heard from universities this month.")
P("ofb", "2026-02-09 12:00", "[[Iceland trip|ev:E006]] families: the coach leaves at 3am on Monday from the front car "
  "park. Please check the kit list.")
P("ofb", "2026-04-17 10:30", "Could you help at the [[Canal Clean-Up|ev:E007]] on 25 April? We need parent volunteers "
  "with DBS checks to supervise the towpath teams.")
P("ofb", "2026-06-19 13:00", "[[Leavers' Ball|ev:E005]]: please remember the dress code is smart, and no alcohol. "
  "Parents can collect from 11:30pm.")
P("ofb", "2026-01-20 09:15", "Our Parents' Forum met last night, chaired by Anita Mistry. Minutes are on the website.")
P("ofb", "2025-12-02 17:00", "Thank you to [[Anita Mistry|par:R003]] and the Parents' Forum for the hamper raffle. "
  "£1,140 raised for student hardship funds!")
P("ofb", "2026-04-14 11:00", "[[Mrs Mistry|par:R003]] steps down as Parents' Forum chair after three years. Thank "
  "you, Anita!")
P("ofb", "2026-03-02 08:30", "Year 12 work placement week starts today. Good luck to all our T-level students "
  "starting their 45-day placements!")
P("ofb", "2025-10-23 15:00", "Half term: college closes Friday 24 Oct at 4pm and reopens Monday 3 Nov.")
P("ofb", "2026-07-06 14:00", "Former student [[Lucia Ferreira|pr:P0045]] popped in to talk to Year 12 medics about her "
  "first year at medical school 🩺")

# ---------------------------------------------------------------------------------------------------------
# Official, not approved

P("u_fb", "2025-09-02 10:00", "Welcome to our new Facebook page! Follow for news and events from Canalside Sixth Form "
  "College.", w="ua")
P("u_fb", "2025-10-15 18:00", "Well done to [[Bailey Chamberlain|pr:P0009]] for his part in the Rep's youth "
  "production 🎭", w="ua")
P("u_fb", "2026-01-08 08:00", "Good luck to our students sitting January exams this week!", w="ua")
P("u_fb", "2026-05-04 12:00", "[[Awards Evening|ev:E001]] is on 2 July. More details soon.", w="ua")
P("u_su", "2025-09-02 13:00", "SU stall at [[Freshers' Fair|ev:E004]] next week 💜 come and meet your officers!",
  w="ua")
P("u_su", "2025-10-21 16:00", "Meet your new SU President, [[Preet Sandhu|pr:P0006]] 🗳️ and VP Welfare "
  "[[Olek Nowak|pr:P0022]]!", w="ua")
P("u_su", "2025-11-28 15:30", "Bake sale in the Atrium raised £312 for Birmingham Children's Hospital 🧁 thank u all",
  w="ua")
P("u_su", "2026-03-07 12:00", "IWD panel tomorrow 1pm with [[Marisol|sr:S005]] and Stacey from staff + alumni "
  "speakers 💪", w="ua")
P("u_su", "2026-06-20 20:00", "[[Leavers' Ball|ev:E005]] tix SOLD OUT 🥳 see u on the dancefloor", w="ua")
P("u_su", "2026-02-02 12:30", "SU elections for next year open in March. Think about running! 🗳️", w="ua")
P("u_sport", "2025-09-24 17:30", "Pre-season friendly: women's academy 3-1 Solihull Sixth. Goals from "
  "[[Frankie Lowe|pr:P0016]] (2) and Amani. [[Coach Maddox|sr:S011]] pleased 💪", w="ua")
P("u_sport", "2025-11-19 17:00", "Men's first XI 2-2 vs Joseph Chamberlain College. Equaliser from "
  "[[Tyler Newbold|pr:P0019]] in the 89th!", w="ua")
P("u_sport", "2026-02-11 18:00", "Futsal: CSFC 6-4 Cadbury College. Hat-trick for [[Dean Holloway|pr:P0027]] ⚽⚽⚽",
  w="ua")
P("u_sport", "2026-04-29 19:00", "Netball squad through to the AoC national finals! Coach Maddox: 'So proud of this "
  "group.'", w="ua")
P("u_sport", "2026-06-03 09:00", "Sports presentation lunch moved to Weds 17 June. All squads welcome.", w="ua")
P("u_careers", "2025-10-01 09:00", "UCAS deadline for Oxbridge and medicine is 15 October! Book a 1:1 with the "
  "progression team.", w="ua")
P("u_careers", "2025-11-17 10:00", "Apprenticeship alert 🚨 JLR in Solihull is recruiting Level 3 engineering "
  "apprentices. Ask [[Kwesi|sr:S006]] in the Hub.", w="ua")
P("u_careers", "2026-03-09 10:00", "See you at the [[Employer Showcase|ev:E008]] on Thursday, 20+ employers "
  "confirmed.", w="ua")
P("u_careers", "2026-05-13 11:00", "Former student [[Marcus Fenwick|pr:P0044]] is now an apprentice electrician with "
  "a Midlands contractor 🔌", w="ua")
P("u_careers", "2026-01-26 09:30", "Student finance applications for 2026/27 are open. Don't leave it late!", w="ua")
P("u_careers", "2026-02-25 12:00", "Congratulations [[Keziah Appiah|pr:P0041]], now in her first year at Aston "
  "studying Pharmacy!", w="ua")
P("u_careers", "2025-12-04 10:00", "Work placement spaces still available with NHS trusts for Health T-level "
  "learners.", w="ua")

# ---------------------------------------------------------------------------------------------------------
# The Principal (S001): X bio names the college and has a disclaimer; Facebook has neither

P("cm_x", "2025-09-04 18:30", "Day 2 of enrolment. 600 first years through the doors and not one of them has lost "
  "their lanyard yet. Give it a week.", w="si")
P("cm_x", "2025-10-09 21:40", "Open Evening done. Feet gone. Heart full.", w="si")
P("cm_x", "2025-11-21 07:50", "Thank you [[Shereen Haddad|sr:S007]] and team for a superb [[UCAS evening|ev:E003]] "
  "last night. Parents left knowing more about student finance than I do.", w="si")
P("cm_x", "2026-01-30 20:00", "Sector thought: funding per 16-19 student is still below 2010 in real terms. We are "
  "doing more with less, and it shows.", w="si")
P("cm_x", "2026-03-14 10:20", "Saturday parkrun at Cannon Hill. PB by four seconds. Don't tell the VPs, they'll want "
  "a data dashboard.", w="si")
P("cm_x", "2026-06-27 09:10", "Who knew [[Raj Bhandari|sr:S002]] could waltz? [[Leavers' Ball|ev:E005]] was a joy.",
  w="si")
P("cm_x", "2026-07-03 08:00", "Awards Evening: 212 certificates, one lost shoe, zero dry eyes.", w="si")
P("cm_x", "2025-12-09 16:00", "Christmas lunch with the governors. [[Veronica|sr:G001]] brought mince pies she swears "
  "are homemade.", w="si")
P("cm_x", "2026-02-26 17:30", "Delighted to be appointing a new Vice Principal for Curriculum this spring. More "
  "soon.", w="si")
P("cm_fb", "2025-09-28 19:00", "Our Evie started at Leeds today. Two hours on the M1 and one IKEA bag of pans later, "
  "she's a fresher 😭")
P("cm_fb", "2026-04-11 14:00", "Allotment season begins. Broad beans in, slugs already plotting.")
P("cm_fb", "2025-11-01 21:00", "Fireworks at Cannon Hill tonight with the family 🎆")
P("cm_fb", "2026-05-16 15:00", "Lunch with [[Fiona Strickland|sr:S003]] and [[Raj|sr:S002]] to plan next year's "
  "timetable. Send coffee.", w="md")

# Vice Principal (S002): no disclaimer, no college in the bio
P("rb_x", "2025-09-16 17:00", "Attendance week 2: 94.1%. Year 12 punctuality needs work. Tutors, you know what to "
  "do 📊", w="md")
P("rb_x", "2025-10-11 12:00", "Cricket season over, so naturally I've bought a new bat.")
P("rb_x", "2025-12-05 16:45", "Dad joke of the week at briefing landed to silence. [[Gareth|sr:S004]] laughed "
  "though. Gareth always laughs.", w="md")
P("rb_x", "2026-01-17 13:00", "Moseley v Edgbaston nets on a Saturday in January. Lunatics, all of us.")
P("rb_x", "2026-02-04 19:30", "Well done on the Warwick maths offer [[Zoli|pr:P0004]] 👏", re_="@zoli.varga",
  w="pc:P0004", nowork=True)
P("rb_x", "2026-05-05 16:00", "Exam timetable clash of the year: Further Maths and Dance on the same afternoon. "
  "Fixed. I think.", w="md")
P("rb_x", "2026-06-01 18:00", "Half-term walk along the Worcester & Birmingham canal, canalside pub at the end. "
  "Perfect.")
P("rb_x", "2025-09-26 17:20", "Setting up for [[Open Evening|ev:E002]] already. Forty-one display boards and a "
  "laminator that hates me.", w="md")
P("rb_x", "2025-11-27 20:00", "Well done on getting the interview! Knock 'em dead", re_="@sunday.ob", w="pc:P0001")
P("rb_x", "2026-04-24 13:10", "[[Mr Park|sr:S012]] has put a 'please do not feed the Vice Principal' sign on the "
  "maths office door. I am wounded.", w="md")
P("rb_x", "2026-01-29 08:20", "[[Tyler|pr:P0019]] from 12B4 in the Birmingham Mail today, in the England futsal "
  "squad. We'll get the cutting framed for reception.", w="md")
P("rb_x", "2025-09-08 21:00", "Timetabling 1,800 students into 120 rooms. Tetris world champion, me.", w="md")
P("rb_x", "2026-03-06 16:00", "[[As Vice Principal at Canalside College|si]] I get to sign a lot of certificates. "
  "Today it was 312.", w="md")

# Vice Principal (S003): bio names the college, with a disclaimer
P("fs_x", "2025-09-20 11:00", "Safeguarding refreshers for all 180 staff done. Thank you to everyone who sat through "
  "my slides twice.", w="si")
P("fs_x", "2025-11-08 09:30", "Reading Keeping Children Safe in Education, again, with a cup of tea. Living the "
  "dream.", w="si")
P("fs_x", "2026-02-14 12:00", "Proud of [[Bridget|sr:S009]] in the exams office, who has somehow timetabled 4,000 "
  "entries. Legend.", w="si")
P("fs_x", "2026-06-08 18:00", "[[Awards Evening|ev:E001]] rehearsal tomorrow. Somebody find me a working lectern "
  "mic.", w="si")
P("fs_x", "2025-10-06 12:30", "Welcome to the team, Stacey Maddox! Our women's football academy is in good hands.",
  w="si")

# Chemistry (S004): no disclaimer; declared stepdaughter P0028
P("gl_x", "2025-09-12 19:00", "Lamb hotpot for tea. Yes, I've heard all the jokes.")
P("gl_x", "2025-10-14 16:40", "Titration practicals with Year 12 today. Only one burette casualty. Progress.", w="md")
P("gl_x", "2025-11-22 17:05", "Villa 2-0. Happy Saturday.")
P("gl_x", "2026-01-09 18:00", "Proud of you kiddo, driving lessons here we come 🚗", re_="@lilymae.birch")
P("gl_x", "2026-02-26 19:00", "[[Lily-Mae|pr:P0028]]'s first week on her T-level placement from college, at a vets "
  "in Erdington, and she loves it. Stepdad tears.", nowork=True)
P("gl_x", "2026-03-25 17:30", "Chemistry Olympiad round 2 results out tomorrow. Nervous for my lot.",
  cn=["@honeyblackwood"], w="pc:P0013 md")
P("gl_x", "2026-05-21 08:00", "Ash tree in the garden has dieback, tree surgeon coming Tuesday 😢")
P("gl_x", "2025-12-12 21:00", "Staff panto rehearsal for the students' last day: I'm the back half of the cow and "
  "[[Hyun-woo|sr:S012]] is the front.", w="md")
P("gl_x", "2026-06-10 17:00", "Awards Evening nominations in. Proud of my Year 13 chemists.", w="md")
P("gl_x", "2025-09-30 20:15", "Can someone tell Year 13 that 'chemical' is not an insult. Signed, Mr Lamb", w="md")
P("gl_x", "2026-04-16 18:30", "Good luck in the practical tomorrow, remember the safety specs", re_="@tegan_odowd",
  w="pc:P0003 md")

# Creative curriculum leader and freelance illustrator (S005)
P("mq_ig", "2025-09-21 10:00", "New commission for a Digbeth coffee roaster ☕ first sketches")
P("mq_ig", "2025-10-27 18:00", "Half-term = drawing time. Brindleyplace at dusk, ink and watercolour.")
P("mq_ig", "2026-01-14 20:00", "Portfolio reviews all week with my second years. [[Chance|pr:P0005]]'s ceramics "
  "brief is going to be special.", w="md")
P("mq_ig", "2026-03-07 09:00", "Market stall at the Custard Factory this Saturday, prints from £10 🖨️")
P("mq_ig", "2026-05-09 19:00", "Final crit for Year 13 art. Forty portfolios. One working stapler.", w="md")
P("mq_ig", "2026-06-14 22:00", "There's no chance I'm finishing this zine by Friday 😅")
P("mq_ig", "2026-02-20 12:00", "[[Iceland|ev:E006]] sketchbook from the geography trip. I tagged along as 'artist in "
  "residence' 🏔️", w="md")
P("mq_ig", "2025-12-06 17:00", "Loved your Christmas card design, get it in your portfolio!", re_="@nika.wojcik",
  w="pc:P0007 md")

# Progression coach (S006): X has a disclaimer; declared niece P0025
P("kb_x", "2025-10-05 13:00", "Nechells Rangers U18s 4-0 this morning. Proud of these boys.")
P("kb_x", "2025-11-10 21:00", "UCAS statement season. If I read 'ever since I was young' once more...")
P("kb_x", "2026-01-07 20:00", "Knew you'd smash the mocks. Your mum's buzzing 💪", re_="@blessing.chukwu")
P("kb_x", "2026-02-10 18:00", "[[Anaya|pr:P0043]]! Congrats on the Severn Trent apprenticeship, you've earned it",
  re_="@anaya.bhatt", w="pc:P0043")
P("kb_x", "2026-02-15 10:00", "Have a great birthday! 🎉", re_="@anaya.bhatt")
P("kb_x", "2026-04-03 09:00", "Blessings all round this Easter weekend 🙏")
P("kb_x", "2026-03-02 17:00", "Mentoring session with [[Keziah Appiah|pr:P0041]] today, now at Aston doing Pharmacy. "
  "She came back to talk to my Year 12s. Brilliant.")
P("kb_x", "2025-11-03 19:00", "Proud uncle moment: [[Blessing|pr:P0025]] got elected to the SU exec at college 🙌")
P("kb_x", "2026-05-14 21:00", "Sunday league final on Sunday. Sunday best on. 🏆")
P("kb_fb", "2025-12-20 22:00", "Bumped into [[Denise Lowe|par:R005]] at the Bullring, she's doing the Great "
  "Birmingham Run too 🏃🏾‍♂️")
P("kb_fb", "2026-05-24 09:00", "Five-a-side Sunday at Powerleague, anyone fancy it?",
  cn=["@elliot.vance_", "@kez.appiah"], w="pc:P0042")

# Careers and progression (S007): bio names the college, no disclaimer
P("sh_x", "2025-09-30 08:15", "Oxbridge and medicine applicants: 15 days to go. My door is open (literally, the "
  "hinge is broken).", w="si md")
P("sh_x", "2025-11-20 12:00", "[[UCAS Parents' Evening|ev:E003]] tonight. 300 chairs out. Wish me luck.",
  w="si md")
P("sh_x", "2026-01-13 14:00", "Offers coming in thick and fast. One student just ran into my office and hugged the "
  "printer.", w="si md")
P("sh_x", "2026-03-15 19:00", "Sunday roast at my mum's, then Line of Duty reruns. Bliss.", w="si")
P("sh_x", "2026-05-18 20:30", "Yes, send me the draft statement for your summer school application and I'll read "
  "it tonight", re_="@olek.nowak", w="pc:P0022 si md")
P("sh_x", "2026-07-11 11:00", "Wedding season: three this summer and one hat.", w="si")
P("sh_x", "2026-02-11 16:00", "Alumni panel line-up confirmed, so many brilliant people coming back to talk to my "
  "Year 12s!", cn=["@anaya.bhatt", "@lucia.ferreira"], w="pc:P0043 si md")
P("sh_x", "2026-02-14 09:00", "Valentine's tip for personal statements: it's a love letter to a subject. Go easy on "
  "the adjectives.", cn=["@anaya.bhatt"], w="pc:P0043 si md")
P("sh_x", "2026-03-02 18:00", "[[Anaya|pr:P0043]], thank you for coming in! My Year 12s haven't stopped talking "
  "about you", re_="@anaya.bhatt", w="si md")
P("sh_x", "2025-12-11 13:00", "[[Dean Holloway|pr:P0027]] just got his first uni offer, in his third year with us, "
  "and I cried in the Hub", w="si md")
P("sh_x", "2025-09-15 20:00", "[[Keziah|pr:P0041]] messaged to say she's settled in at Aston. This is why I do this "
  "job.", w="si md")

# English (S008): bio has a disclaimer and no college
P("pn_x", "2025-10-02 08:00", "National Poetry Day. Read something out loud today.")
P("pn_x", "2025-11-25 21:30", "Marked 64 coursework drafts this weekend, and the Blues lost. Sundays.")
P("pn_x", "2026-01-21 18:00", "Very proud of [[Sunday|pr:P0001]] in my A-level group, who's off to Oxford in the "
  "autumn.")
P("pn_x", "2026-02-27 19:00", "Great to hear the apprenticeship's going well, [[Elliot|pr:P0042]]. Keep reading!",
  re_="@elliot.vance_", w="pc:P0042")
P("pn_x", "2026-04-22 20:00", "Ezra Pound said 'make it new'. My Year 12s said 'make it shorter'.")
P("pn_x", "2026-06-12 22:00", "St Andrew's for the last home game. Ticket stub framed.")
P("pn_x", "2025-12-17 19:00", "Christmas reading: a Dickens, a Sally Rooney and a tin of Roses.")
P("pn_x", "2026-05-20 16:30", "[[Awards Evening|ev:E001]] shortlist meeting: English has nominated three. Fight me.")
P("pn_x", "2025-09-29 17:00", "Open Evening on the 9th, and English need volunteers to read poems to Year 11s. "
  "Bribe: biscuits.")

# Exams officer (S009): no bio; declared daughter P0003
P("bo_fb", "2025-09-09 19:00", "Tegan's first driving lesson today, pray for the instructor 🙏")
P("bo_fb", "2026-01-16 18:30", "Exams office survival kit: 4 staplers, 2 kinds of tape, 1 industrial vat of coffee. "
  "January resits start Monday.", w="md")
P("bo_fb", "2026-05-29 17:00", "Love you, see you at teatime x", re_="@tegan_odowd")
P("bo_fb", "2026-03-19 17:45", "Invigilation rota done for the summer. If [[Paddy|sr:S008]] swaps with me once more "
  "I'm changing my number.", w="md")
P("bo_fb", "2026-06-26 17:00", "Doing [[Tegan|pr:P0003]]'s hair for the [[leavers' ball|ev:E005]] tonight, 3 hours in "
  "and counting 💇‍♀️", nowork=True)
P("bo_fb", "2026-02-02 19:00", "Nipped to Iceland on the way home, came out with 3 bags and no bread.")

# T-level Digital and freelance web developer (S010)
P("wc_x", "2025-09-17 19:10", "Finally, a plumber who turns up when he says. Cheers [[Steve Chamberlain|par:R002]] 🔧")
P("wc_x", "2025-10-22 17:00", "T-level Digital first years built their first APIs today. One returned 'hello world' "
  "in Comic Sans somehow.", w="md")
P("wc_x", "2026-01-05 21:00", "Reading a biography of Churchill over the break. Still not sure how I feel about my "
  "name.")
P("wc_x", "2026-03-12 19:00", "Our [[employer showcase|ev:E008]] today: [[Cerys|pr:P0030]] pitched her accessibility "
  "app to a room of devs and didn't flinch.", w="md")
P("wc_x", "2026-05-15 16:00", "Send me the repo link and I'll look at your placement project before Monday",
  re_="@cerysbevan", w="pc:P0030 md")
P("wc_x", "2026-06-18 12:00", "Freelance gig: rebuilding a booking site for a narrowboat hire company in Gas Street "
  "Basin 🚤")
P("wc_x", "2025-11-06 22:00", "[[Hyun-woo Park|sr:S012]] and I lost the pub quiz on a tiebreak about canal locks. "
  "Rematch Thursday.", nowork=True)
P("wc_x", "2026-04-14 18:00", "Hackathon weekend with the T-level lot. [[Olek|pr:P0022]] debugged my code. I'll never "
  "live it down.", w="md")
P("wc_x", "2025-12-15 17:00", "[[Proud to be part of the #CanalsideProud team|si]]: our T-level Digital learners just "
  "passed their first occupational project, every single one 🎉", w="md")

# Sport (S011): starts in September; permission (all) from 2025-10-06
P("sm_x", "2025-09-13 18:00", "First week at a new college. New kit, new squad, same dodgy knee.", w="md")
P("sm_x", "2025-10-18 17:00", "Coaching badge day in Burton. UEFA A application in!")
P("sm_x", "2026-01-06 19:00", "Massive congrats on making the England futsal squad for the qualifiers, "
  "[[Tyler|pr:P0019]]! 🦁", re_="@tylernewbold9", w="pc:P0019", nowork=True)
P("sm_x", "2025-11-17 20:00", "Tyler Newbold, England U18 futsal squad. Buzzing for him 🦁")
P("sm_x", "2026-02-21 16:00", "Women's academy 2-0 at home. Clean sheet for [[Honey|pr:P0013]] in goal, her first "
  "start.", w="md")
P("sm_x", "2026-06-09 18:00", "[[@frankie.lowe|pr:P0016,pc:P0016]] player of the season, no contest 🏆", w="md")
P("sm_x", "2026-05-31 20:00", "Team photo from the end-of-season social, what a year with this squad 💛",
  cn=["@frankie.lowe", "@kez.appiah"], w="pc:P0016 md")
P("sm_x", "2025-09-24 18:30", "Watching [[Frankie|pr:P0016]] train today, what a left foot. The academy's in good "
  "hands.", w="md")
P("sm_x", "2026-03-14 12:00", "Saturday coaching at a community club: 40 nine-year-olds, 40 cones, 0 listening.")

# Maths (S012): bio has a disclaimer
P("hp_x", "2025-09-25 08:00", "Walked through the park to work. Saw a heron. Solved nothing.")
P("hp_x", "2025-11-12 21:00", "If your integration by parts has four lines of +C, we need to talk.")
P("hp_x", "2026-02-05 17:00", "Further Maths mock results: [[Zoltán|pr:P0004]] got 98%. The other 2% was a smudge.")
P("hp_x", "2026-04-08 13:00", "[[The lad in 12C1 who brought his own whiteboard to maths clinic|id]] has my "
  "respect forever.")
P("hp_x", "2026-03-26 21:00", "Yes the resit room is M12, see you at 9", re_="@deanholloway06", w="pc:P0027")
P("hp_x", "2026-06-15 18:00", "Congratulations on the UKMT gold, thoroughly deserved", re_="@zoli.varga",
  w="pc:P0004")
P("hp_x", "2025-10-20 19:00", "Overheard a student call me 'the guy from Squid Game'. Bold.")

# Student Union and enrichment (S013): bio names the college, no disclaimer
P("lf_ig", "2025-09-11 18:00", "[[Freshers' Fair|ev:E004]] day 💜 400 sign-ups and I've lost my voice",
  w="si md")
P("lf_ig", "2025-10-24 17:00", "SU officers' first exec meeting done ✅ [[Preet|pr:P0006]] runs a tighter meeting "
  "than SLT", w="si md")
P("lf_ig", "2026-01-24 22:00", "Birthday drinks in the Jewellery Quarter with the girls 🍸", w="si")
P("lf_ig", "2026-04-25 17:00", "Canal Clean-Up done ♻️ we pulled out two bikes, a traffic cone and a Greggs sign",
  w="si md")
P("lf_ig", "2026-03-03 19:00", "Yesss send me the motion and I'll put it on the agenda for Thursday",
  re_="@preet.sandhu", w="pc:P0006 si md")
P("lf_ig", "2026-06-06 13:00", "Peace and quiet at last. Exams have started and the SU office is basically a "
  "library.", w="si md")
P("lf_ig", "2025-11-15 15:00", "Planning meeting for the [[leavers ball|ev:E005]] 🪩 theme: 'a night at the Custard "
  "Factory'", w="si md")

# Psychology (S014): no disclaimer; declared stepson P0042 (a former student, 17)
P("fr_x", "2025-10-07 19:00", "Proud of you bach. First pay slip = takeaway on you 😂", re_="@elliot.vance_")
P("fr_x", "2025-11-04 16:30", "Year 12 psychology: Milgram today. Three students now refuse to press any buttons.",
  w="md")
P("fr_x", "2026-01-31 21:00", "Six Nations starts next week. Wales. Hope. Pain.")
P("fr_x", "2026-03-21 10:00", "Elliot's apprenticeship at the council is going so well. Stepmum brag.")
P("fr_x", "2026-05-07 12:00", "Covering [[Gareth Lamb|sr:S004]]'s chemistry class this afternoon. Did you know "
  "ethanol has a boiling point? Because I do now.", w="md")
P("fr_x", "2026-02-16 07:00", "The [[Iceland trip|ev:E006]] isn't mine this year but I've lent Geography my good "
  "thermals.", w="md")
P("fr_x", "2025-12-08 18:00", "Good luck with the apprenticeship, [[Marcus|pr:P0044]]! Psychology's loss is the "
  "electricians' gain", re_="@marcusfenwick09", w="pc:P0044", nowork=True)
P("fr_x", "2026-06-30 16:00", "Last lesson with my Year 13 psychologists. [[Peace|pr:P0018]] gave me a card that "
  "says 'thanks for the trauma (the module)'. 😭", w="md")
P("fr_x", "2025-09-22 20:00", "Still slipping and saying 'pupils'. [[Seven years teaching at CSFC|si]] and the "
  "secondary-school brain won't quit.", w="md")

# Librarian (S015): bio has a disclaimer
P("rc_x", "2025-10-16 16:00", "New graphic novel section is up. Students have already nicked the Heartstopper "
  "volumes. That's the point.")
P("rc_x", "2026-02-28 23:00", "Board game night at Geek Retreat with [[Winston|sr:S010]] and [[Hyun-woo|sr:S012]]. "
  "Catan friendships tested.")
P("rc_x", "2026-04-30 12:00", "To [[Z in 13D3|id:P0004]], who has renewed the same calculus book 14 times: it's "
  "yours now. Keep it.")
P("rc_x", "2026-06-10 11:00", "Quietest library I've ever seen. Year 13 on study leave, good luck all.")
P("rc_x", "2025-12-03 15:00", "The library elf on the shelf has been kidnapped. Ransom note signed 'the 13F1 "
  "massive'.")

# Student services (S016): bio names the college, no disclaimer
P("cf_ig", "2025-09-19 18:00", "Week 3 and my wellbeing drop-in is already booked solid. They're not ok, and that's "
  "ok, we're here.", w="si md")
P("cf_ig", "2025-10-10 12:00", "So proud of [[the new girl in 12E2 who only arrived from Kraków in September|id]]: "
  "she's already running the Polish society 🇵🇱", w="si md")
P("cf_ig", "2025-12-03 20:00", "Of course, come to student services at 11 and we'll sort your bursary form "
  "together 💛", re_="@honeyblackwood", w="pc:P0013 si md")
P("cf_ig", "2026-02-12 17:00", "[[Dija|pr:P0014]] from 13D3 ran the whole Time to Talk stall on her own today 🧡",
  w="si md")
P("cf_ig", "2026-04-18 13:00", "Brunch in Kings Heath then a charity shop crawl. Found a Le Creuset for £6!!",
  w="si")
P("cf_ig", "2026-06-22 16:00", "Someone in my Year 12 wellbeing group just told me I'm 'lowkey iconic'. Framing it.",
  w="si md")
P("cf_ig", "2025-11-13 19:00", "Thank you [[Paddy Nolan|sr:S008]] for reading his poem to my wellbeing group, there "
  "wasn't a dry eye.", w="si md")
P("cf_ig", "2026-03-27 21:00", "New candle from the Bullring market smells like a library 🕯️", cn=["@nika.wojcik"],
  w="pc:P0007 si")
P("cf_ig", "2026-05-12 18:00", "Glad the Selfridges interview went well, [[Ash|pr:P0024]] 💛", re_="@ashpryce_",
  w="pc:P0024 si", nowork=True)
P("cf_ig", "2025-10-28 22:00", "Half term = duvet + Bake Off catch-up 🍰", w="si")

# BTEC Business and weekend DJ (S017)
P("dg_ig", "2025-09-27 23:00", "Saturday set at the Mockingbird in Digbeth 🎧 come thru")
P("dg_ig", "2025-10-30 17:00", "BTEC Business Unit 2 deadline Friday. The excuses have started. 'My laptop got "
  "wet'.", w="md")
P("dg_ig", "2025-12-13 01:00", "Staff Christmas party DJ set done. Never again. (Until next year.)")
P("dg_ig", "2026-01-23 17:00", "Mock interviews with my second years today. [[Bailey|pr:P0009]] turned up in a "
  "three-piece suit. Respect.", w="md")
P("dg_ig", "2026-03-12 18:00", "[[T-level Employer Showcase|ev:E008]] today, my Business lot ran the welcome desk "
  "like pros", w="md")
P("dg_ig", "2026-05-23 14:00", "Wedding DJ booking for August in Coventry. Couple want 'only 90s R&B'. Say less.")
P("dg_ig", "2026-06-28 20:00", "Summer playlist drop 🔥 link in bio", cn=["@chancewhitlock"], w="pc:P0005")
P("dg_ig", "2026-02-07 15:00", "Still on for the Digbeth set next month? I'll put you on the list 🎧",
  re_="@kez.appiah")
P("dg_ig", "2025-11-24 20:00", "[[I teach Business at Canalside College|si]] and today a student asked if Lord Sugar "
  "is my uncle. No.", w="md")

# Chair of governors (G001): bio names the college, with a disclaimer
P("va_x", "2025-10-09 22:00", "Open Evening at Canalside tonight. Remarkable young people.", w="si")
P("va_x", "2026-01-27 19:00", "Governors' finance committee. Thank you [[Dr Mountford|sr:S001]] for a clear budget "
  "paper.", w="si")
P("va_x", "2026-05-02 16:00", "Magistrates' retirement lunch in Lichfield. Forty years of colleagues.", w="si")
P("va_x", "2026-06-27 10:00", "[[Leavers' Ball|ev:E005]] last night: [[Sunday Ogunleye-Barr|pr:P0001]]'s speech had "
  "the whole room on its feet.", w="si")
P("va_x", "2025-11-20 12:00", "[[UCAS evening|ev:E003]] tonight; I'll be on the welcome desk with a clipboard.",
  w="si")
P("va_x", "2026-03-09 21:00", "Joint meeting with the Parents' Forum tonight, ably chaired by Anita Mistry.", w="si")

# Governor (G002): "School governor" with no college named
P("tm_x", "2025-09-27 23:00", "Moseley CC end of season dinner. Bowler of the year, at 47. Thank you.")
P("tm_x", "2025-11-29 10:00", "[[As a governor at Canalside Sixth Form College|si]], I sat in on "
  "[[UCAS evening|ev:E003]] this week. Impressive stuff from the progression team.")
P("tm_x", "2026-02-18 18:00", "Iceland for chips and a frozen lasagne, the glamour of a governor's Wednesday.")
P("tm_x", "2026-04-09 21:00", "Governor training on the new inspection framework, online, three hours. Coffee "
  "required.")
P("tm_x", "2026-06-05 20:00", "Spotted [[Gareth Lamb|sr:S004]] at the Moseley nets. Turns out he can bowl.")
P("tm_x", "2026-07-04 09:00", "Well done [[Dr Mountford|sr:S001]] and everyone involved in Thursday's Awards "
  "Evening.")

# Parents (their posts name nobody else on the roster and no unpermitted event: BLIND6 call 9)
P("bk_fb", "2026-01-12 19:00", "My daughter got into OXFORD!!! 😭🙏 God is good")
P("bk_fb", "2026-05-10 14:00", "Sunday service was beautiful this week. The choir outdid themselves 🙌")
P("sc_fb", "2025-10-12 09:00", "Boiler servicing slots available for November, Birmingham & Solihull. Call 07700 "
  "900418")
P("sc_fb", "2026-03-28 16:00", "Walked past Chamberlain Square and told the lad it's named after us. He didn't buy "
  "it.")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], out=OUT, seed=SEED, prefix=PREFIX, n_posts=N_POSTS, school=SCHOOL))
