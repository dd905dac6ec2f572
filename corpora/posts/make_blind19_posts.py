"""Write ``blind19-posts.jsonl``: the nineteenth blind, hand-labelled evaluation set (see ``BLIND19.md``).

    python corpora/posts/make_blind19_posts.py              # check, then write
    python corpora/posts/make_blind19_posts.py --warnings   # also list posts a reviewer should look at twice

This set is about a school the product has never seen: Glenmorne Integrated Primary School, a fictional integrated
primary school (ages 4-11, about 200 pupils, with a nursery unit) on the edge of Kilbrenagh, a fictional market
town in County Down (``corpora/blind19-school``). Classes are P1 to P7 with composites (P3/4, P4/5), a Principal and
a Vice-Principal, classroom assistants, a Board of Governors, a Parents' Circle on Facebook, the P7 transfer test,
a residential at Tollymore, a shared-education partner (St Dallan's PS) and sacraments that belong to the parish.
"Glenmorne" on its own is the glen, the road and a football club, not the school. Every post and every label below
was written by hand. Gold spans are marked inline as ``[[text|cat:SUBJECT,cat:SUBJECT]]`` (``-`` for no subject);
whole-post gold goes in ``w`` as ``cat`` or ``cat:SUBJECT`` words. The checks in ``blind_kit.py`` must all pass,
against the blind19 school profile, before the file is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from blind_kit import ROOT, P, acct, main

HERE = Path(__file__).resolve().parent
OUT = HERE / "blind19-posts.jsonl"
SCHOOL = ROOT / "corpora" / "blind19-school"
SEED = 20261919
PREFIX = "b19"
N_POSTS = 240

# ---------------------------------------------------------------------------------------------------------
# Accounts. ``disc``: the bio says the views are the author's own. ``si_bio``: the bio self-identifies.

# official. Approved: @GlenmorneIPS on x and on facebook (handles without case).
acct("ox", "official", "x", "@GlenmorneIPS",
     "Glenmorne Integrated Primary School & Nursery Unit · Kilbrenagh, Co. Down · together not the same #GlenmorneFamily")
acct("ox_lc", "official", "x", "@glenmorneips", "Glenmorne Integrated PS 💙")
acct("ofb", "official", "facebook", "@GlenmorneIPS",
     "Glenmorne Integrated Primary School · Glenmorne Road, Kilbrenagh · 01632 960417 · glenmorneips.example.sch.uk")
# not approved
acct("u_ig", "official", "instagram", "@GlenmorneIPS", "📸 Life at Glenmorne Integrated PS")
acct("u_pc", "official", "facebook", "@GlenmorneParentsCircle",
     "Glenmorne Integrated PS Parents' Circle 💛 fundraising, craic & tea urns")
acct("u_p7", "official", "x", "@GIPS_P7", "P7 at Glenmorne Integrated 2025/26 🚀 run by Mr B")
acct("u_nur", "official", "instagram", "@GlenmorneNursery", "Glenmorne IPS Nursery Unit 🌈🐛")
acct("u_se", "official", "instagram", "@KilbrenaghSharedEd",
     "Shared Education partnership: Glenmorne Integrated PS & St Dallan's PS, Kilbrenagh 💙💚")

# staff, governors and two parents
acct("gc_x", "personal", "x", "@grainnecunningham",
     "Principal, Glenmorne Integrated Primary School. Integrated education believer. Sea swimmer. Views my own.",
     "S001", disc=True, si_bio=True)
acct("gc_fb", "personal", "facebook", "@grainne.cunningham", "", "S001")
acct("ab_x", "personal", "x", "@mrboyd_p7", "VP & P7 teacher. Transfer test survivor (x14). Ballymena United.", "S002")
acct("ab_fb", "personal", "facebook", "@alistair.boyd", "", "S002")
acct("rr_ig", "personal", "instagram", "@roisinreid",
     "P3/4 teacher @GlenmorneIPS 🍎 mammy of 3 · sea swims at Tyrella", "S003", si_bio=True)
acct("lk_x", "personal", "x", "@lyndsey_k_teach", "P1 teacher. Phonics, play, far too much tea. Views my own.",
     "S004", disc=True)
acct("pm_x", "personal", "x", "@paddymcconville", "Teacher. Down GAA. Trad fiddle. Opinions mine.", "S005", disc=True)
acct("pm_fb", "personal", "facebook", "@padraig.mcconville", "", "S005")
acct("hb_ig", "personal", "instagram", "@hannahbrownlee_", "Nursery teacher 🌈 messy play advocate · Newcastle",
     "S006")
acct("st_fb", "personal", "facebook", "@sineadtoner", "", "S007")
acct("mh_fb", "personal", "facebook", "@mc.hanna", "Classroom assistant at Glenmorne Integrated PS 💛", "S008",
     si_bio=True)
acct("bo_fb", "personal", "facebook", "@bill.orr.57", "Retired joiner, now caretaker. Linfield till I die.", "S009")
acct("ca_ig", "personal", "instagram", "@missadair_p2", "P2 teacher at Glenmorne IPS ✏️ NQT · views my own",
     "S010", disc=True, si_bio=True)
acct("jm_x", "personal", "x", "@jmegaw", "P4/5 teacher. Ulster-Scots, birds, bad puns. Views mine.", "S011",
     disc=True)
acct("nf_x", "personal", "x", "@nualafarrell", "SENCo, mum of 2, slow runner.", "S012")
acct("wm_fb", "personal", "facebook", "@wendymoore65", "", "S013")
acct("lc_fb", "personal", "facebook", "@lornacoulter", "Breakfast club & dinners 🍳", "S014")
acct("rc_x", "personal", "x", "@ruthcalvert_",
     "Chair of the Board of Governors, Glenmorne Integrated Primary School. GP. Views my own.", "G001",
     disc=True, si_bio=True)
acct("et_x", "personal", "x", "@eamontully", "Accountant. School governor. Down GAA season ticket.", "G002")
acct("om_fb", "personal", "facebook", "@orlamccartan", "", "R001")
acct("rh_ig", "personal", "instagram", "@rana.haddad", "Mum of 2 · baker · Kilbrenagh 🇸🇾🇬🇧", "R003")

# ---------------------------------------------------------------------------------------------------------
# Official, approved (@GlenmorneIPS on x and facebook)

P("ox", "2025-09-01 08:10", "Welcome back to all our families! 🍎 P1s, we can't wait to meet yous on Wednesday. "
  "#GlenmorneFamily")
P("ox", "2025-09-03 15:20", "A big welcome to [[Miss Adair|sr:S010]], who joins us after the October break to teach P2. "
  "We're delighted to have her.")
P("ofb", "2025-10-06 14:40", "Miss Adair's P2s have settled in beautifully this week 🌟 Thank you for all the lovely "
  "cards, families.")
P("ox", "2025-09-05 12:00", "Our Principal Mrs Cunningham met every P1 family at the gate this morning ☔ "
  "Not a single tear (from the children anyway).")
P("ox", "2025-09-12 13:15", "Well done Yara in P7 on being elected chair of our Eco-Council 🌱 Big plans for the "
  "compost bins!")
P("ofb", "2025-09-19 09:00", "Our harvest boxes go to the Kilbrenagh foodbank on Friday. Tins, pasta and cereal "
  "very welcome. Go raibh maith agaibh!")
P("ofb", "2025-09-26 11:30", "Every penny raised at this morning's Macmillan coffee morning goes straight to the "
  "nurses. £412 and counting ☕🧁")
P("ox", "2025-10-03 15:45", "Comhghairdeas to [[Caoimhe McCartan|pr:P0001]] (P7), named Young Irish Speaker of the "
  "Year for County Down! 🏆")
P("ofb", "2025-10-10 10:20", "Please give a warm welcome to [[Mr Orr|sr:S009]], our new caretaker. If the boiler "
  "works this winter, you know who to thank 🔧")
P("ox", "2025-10-16 14:00", "Meet our new school councillors: Heather from P6 and Cara from P4/5. Democracy in "
  "action 🗳️")
P("ofb", "2025-10-20 16:10", "Dr Calvert, Chair of our Board of Governors, joined P6 for their Victorians day "
  "today and was very nearly sent to the corner 😂")
P("ox", "2025-10-23 13:30", "P4/5 loved their Ulster-Scots workshop with [[Mr Megaw|sr:S011]] today. Och aye, "
  "they're fair scunnert wi' the rain, so they are.")
P("ox", "2025-11-13 15:05", "Reminder: the [[Good Luck Breakfast|ev:E005]] for P7 is tomorrow from 8.15am. Bacon baps "
  "courtesy of [[Mrs Coulter|sr:S014]] 🥓")
P("ox", "2025-11-14 15:30", "Our P7s sit their first SEAG paper tomorrow. Whatever the envelope says in January, "
  "we are proud of every one of yous. ⭐")
P("ox", "2025-11-19 11:00", "Dress rehearsal for the [[P1 nativity|ev:E002]] this morning. Three shepherds, one "
  "tea towel short. We'll sort it 🐑")
P("ox_lc", "2025-11-21 14:00", "Tickets for the nativity are going home in book bags today 🎄 Two per family please!")
P("ofb", "2025-11-27 18:00", "The Parents' Circle [[Christmas Craft Fair|ev:E006]] is this Saturday 11-2 in the "
  "hall. Santa's grotto, hot chocolate and a tombola 🎅")
P("ofb", "2025-12-10 19:45", "Our P1 & P2 Nativity was a triumph! Saoirse (P2) stole the show as a very sleepy "
  "innkeeper 😴 Thank you all for coming.")
P("ox", "2025-12-15 10:00", "Save the date: our [[Open Morning|ev:E007]] for Nursery and P1 places is Saturday 17 "
  "January, 10am–12pm.")
P("ox", "2025-12-19 12:05", "We say a sad goodbye to [[Ethan Kerr|pr:P0035]] (P4/5), who is moving to Inverness "
  "with his family. Haste ye back! 💙")
P("ox_lc", "2025-12-19 15:00", "Happy Christmas from everyone at Glenmorne Integrated! 🎄 School reopens on Monday "
  "5 January. Nollaig shona!")
P("ox", "2026-01-05 09:30", "Our open morning is a fortnight on Saturday. Tell your neighbours with wee ones! "
  "Nursery and P1 applications close on 29 January.")
P("ox", "2026-01-14 07:02", "SNOW DAY ❄️ School and Nursery are closed today. Stay safe and build a snowman for us.")
P("ofb", "2026-01-17 13:00", "Thank you to everyone who came to the Open Morning 💛 Our P7 tour guides were "
  "fantastic.")
P("ox", "2026-01-30 15:10", "Huge congratulations to [[Cormac Rafferty|pr:P0009]] (P6), whose poem has been chosen "
  "for the young poets' anthology at HomePlace in Bellaghy 📖")
P("ofb", "2026-01-31 12:00", "Transfer results today. Whatever the letter says, our P7s are kind, brave and clever "
  "in a hundred ways no test measures. The office is open Monday if you'd like a chat: 01632 960417.")
P("ox", "2026-02-05 14:20", "Later this month P5 and P6 spend a [[Shared Education Day|ev:E003]] with our friends at "
  "St Dallan's. Permission slips coming home.")
P("ox", "2026-02-10 13:00", "Safer Internet Day: P5-P7 made posters about what to do if something online makes "
  "you feel uneasy. Talk to a grown-up!")
P("ox_lc", "2026-02-16 15:00", "Shared Education Day is a week on Thursday. Packed lunches please, as we're eating "
  "at St Dallan's 🥪")
P("ofb", "2026-02-24 16:30", "Congratulations to [[Jonah Gilliland|pr:P0004]] (P7) on winning the Ulster juvenile "
  "side drum title at the weekend 🥁 All-Ireland next!")
P("ofb", "2026-02-26 17:15", "What a day at St Dallan's for our Shared Ed Day 💙💚 P5 and P6 built bug hotels, "
  "played rounders and swapped football cards.")
P("ox", "2026-03-05 12:30", "He's only gone and done it! Jonah Gilliland (P7) is the All-Ireland juvenile side drum "
  "champion 🥁🏆")
P("ox", "2026-03-06 14:45", "Star of the week goes to [[S in P3/4|id:P0018]] for helping a new friend settle in "
  "💛")
P("ox", "2026-03-13 13:00", "Our [[Spring Céilí|ev:E009]] is TONIGHT from 6pm in the hall. Bring your dancing feet "
  "💃🕺")
P("ofb", "2026-03-16 09:00", "Photos from our [[Shared Education Day|ev:E003]] are now on the website. Thank you, "
  "St Dallan's!")
P("ox_lc", "2026-03-17 10:00", "Beannachtaí na Féile Pádraig! Happy St Patrick's Day from all at Glenmorne Integrated "
  "☘️")
P("ofb", "2026-03-31 15:30", "Thank you Orla McCartan and the Parents' Circle for a brilliant Easter egg hunt 🐣")
P("ofb", "2026-04-03 11:00", "One last shout-out before the holidays for our All-Ireland champion, Jonah Gilliland "
  "🥁 Happy Easter everyone!")
P("ofb", "2026-04-08 10:00", "[[Jonah|pr:P0004]] from P7 brought his drum into assembly and nearly lifted the roof "
  "off 🥁")
P("ofb", "2026-04-20 17:00", "Thank you to [[Orla McCartan|par:R001]] and the Parents' Circle for the new "
  "playground markings 🎲")
P("ox", "2026-05-05 15:00", "Well done to [[Anika Varghese|pr:P0010]] (P6) and [[Tiernan O'Prey|pr:P0006]] (P7) on "
  "reaching the NI final of the Primary Maths Challenge ➗")
P("ox", "2026-05-11 16:00", "Bags are packed! P7 head off on their [[Tollymore residential|ev:E001]] on Wednesday. "
  "Dry socks, people. Dry socks.")
P("ofb", "2026-05-14 20:30", "Greetings from [[Tollymore|ev:E001]]! 🌲 Gorge walking done, hot chocolate drunk, "
  "nobody lost (yet).")
P("ox", "2026-05-20 09:45", "[[Sports Day|ev:E004]] is Friday 12 June. Reserve day the following Tuesday if the "
  "weather does its thing ☔")
P("ox_lc", "2026-06-01 12:00", "Sports Day timetable is now up on glenmorneips.example.sch.uk ☀️ Suncream on before "
  "school please!")
P("ofb", "2026-06-12 16:00", "Sports day done ☀️ Well done Skye (P1), the calmest egg-and-spoon runner in "
  "Kilbrenagh 🥄")
P("ofb", "2026-06-19 15:30", "Our P7s' last full week 😭 We're not crying, you're crying.")
P("ox", "2026-06-25 14:00", "Not a dry eye in the house at the [[P7 Leavers' Service|ev:E008]]. Go well, P7, and "
  "come back and see us.")
P("ox", "2026-06-29 11:00", "Congratulations to past pupil [[Ciarán Devlin|pr:P0034]] on qualifying as a paediatric "
  "nurse 👏 We knew you'd look after people.")
P("ofb", "2026-03-02 09:15", "Good luck to all the P4 children making their First Communion in St Dallan's parish "
  "and to the P7s being confirmed in St Mary's. Lovely weekend ahead for lots of families.")
P("ofb", "2025-11-06 16:00", "Road closure: the Glenmorne Road will be shut between the bridge and the roundabout "
  "on Saturday for resurfacing. Please allow extra time on Monday.")
P("ox", "2025-09-24 13:30", "Oisín and Yara (P7) showed the new P1s round the library today. Gentle giants 📚")
P("ofb", "2026-05-26 10:30", "[[Mason Quinn|pr:P0021]] in P2 has raised £230 for the Children's Hospice by "
  "walking up Slieve Croob. Legend!")
P("ox", "2025-10-02 10:45", "Harvest assembly this morning: P3/4 sang 'Autumn Days' and P2 made a tractor out of "
  "cereal boxes 🚜")
P("ofb", "2026-02-02 14:00", "A chara, our Irish club for P5-P7 restarts on Thursday. Fáilte roimh chách! "
  "(Everyone welcome.)")
P("ox", "2026-06-08 14:30", "Evie-Rose and Heather (P4/5 and P6) have designed our new litter-picking posters 🌍")
P("ofb", "2026-04-24 12:30", "Mrs Cunningham and Dr Calvert joined P6 to plant 30 hawthorn whips along the back "
  "fence 🌳 Thanks to the Woodland Trust.")

# ---------------------------------------------------------------------------------------------------------
# Official, not approved

P("u_ig", "2025-09-08 16:00", "First week photos 📸 P1 you were amazing 💛 #GlenmorneFamily", w="ua")
P("u_ig", "2025-10-30 15:00", "Halloween dress-up 🎃 [[Mason Quinn|pr:P0021]] as a very convincing Ninja Turtle 🐢",
  w="ua")
P("u_ig", "2025-12-11 09:00", "Nativity snaps 🎄 Saoirse the sleepy innkeeper has gone viral in the staffroom 😴",
  w="ua")
P("u_ig", "2026-06-12 17:30", "Sports day ☀️ [[Isaac|pr:P0015]] from P4/5 winning the sack race by a full sack 🥇",
  w="ua")
P("u_ig", "2026-03-18 15:00", "Green wellies, green ribbons, green everything ☘️ #GlenmorneIPS", w="ua")
P("u_pc", "2025-09-15 20:00", "Welcome to our new chair, [[Orla McCartan|par:R001]]! First meeting Thursday 7pm in "
  "the staffroom, tea provided ☕", w="ua")
P("u_pc", "2025-11-10 19:00", "Stallholders wanted for the [[Christmas Craft Fair|ev:E006]]! Tables £10, all "
  "proceeds to the P7 fund 🎄", w="ua")
P("u_pc", "2025-11-28 21:00", "Orla says a massive thank you to everyone who baked. See yous at the [[craft fair|ev:E006]] "
  "tomorrow 🎅", w="ua")
P("u_pc", "2026-01-20 19:30", "Uniform swap shop this Saturday in the community centre. Jumpers, pinafores, "
  "PE bags. All free 👕", w="ua")
P("u_pc", "2026-02-27 12:00", "Bun sale on Friday for the [[P7 residential|ev:E001]] fund. Traybakes gratefully "
  "received 🍰", w="ua")
P("u_pc", "2026-03-10 20:15", "We need 6 helpers for the [[céilí|ev:E009]] on Friday, mostly for the tea urn and "
  "the raffle. Shout if yous can!", w="ua")
P("u_pc", "2026-05-22 10:00", "Thanks to [[Stephen Dunwoody|par:R004]] for the loan of his trailer for the plant "
  "sale 🚜🌱", w="ua")
P("u_p7", "2025-09-10 08:30", "P7 2025/26, let's go! 🚀 [[Mr Boyd|sr:S002]]'s class have already named the class "
  "goldfish Transfer.", w="ua")
P("u_p7", "2025-11-14 16:00", "Transfer test tomorrow. Sleep, breakfast, deep breaths. You've got this P7 💪", w="ua")
P("u_p7", "2026-05-15 21:00", "[[Resi|ev:E001]] day 3: the midges are winning but morale is high 🦟🏕️", w="ua")
P("u_p7", "2026-06-22 15:15", "Last week of P7 😭 [[Penny K-M|pr:P0003]] has organised a class flash mob for the "
  "teachers. Act surprised.", w="ua")
P("u_p7", "2026-01-22 15:00", "Victorian classroom day: slates, chalk and absolutely no talking. P7 lasted 11 "
  "minutes.", w="ua")
P("u_nur", "2025-10-02 11:30", "Autumn walk down the glen 🍂 We found 41 conkers and one very surprised frog.",
  w="ua")
P("u_nur", "2025-12-04 14:00", "[[Jude|pr:P0028]] made a reindeer out of a toilet roll and called it Steve 🦌",
  w="ua")
P("u_nur", "2026-01-02 12:00", "Come and see us at the [[nursery open morning|ev:E007]]! Sand tray, snack table, "
  "tiny chairs 🌈", w="ua")
P("u_nur", "2026-03-03 13:00", "Hallie is our Star of the Week for being the kindest friend in the home corner ⭐",
  w="ua")
P("u_se", "2025-10-22 16:00", "P5 from both schools at Kilbrenagh library today, sharing stories and biscuits 📚🍪",
  w="ua")
P("u_se", "2026-01-28 15:00", "Planning for our [[Shared Education Day|ev:E003]] is well under way. Bug hotels, "
  "anyone? 🐞", w="ua")
P("u_se", "2026-04-22 15:30", "Thanks to [[Mr McConville|sr:S005]] and Mrs Lavery for running the joint hurling and "
  "hockey taster 🏑", w="ua")

# ---------------------------------------------------------------------------------------------------------
# The Principal (bio self-identifies with a disclaimer; Facebook has neither)

P("gc_x", "2025-09-03 19:00", "First day of a new year. 212 children, 17 home languages, one playground. "
  "Integrated education works.", w="si")
P("gc_x", "2025-10-09 22:10", "Long board meeting tonight. Thank you [[Dr Calvert|sr:G001]] for steering us through "
  "a monster agenda 🙏", w="si")
P("gc_x", "2025-11-15 08:00", "Thinking of every P7 in Northern Ireland this morning. Pencils sharpened, breakfasts "
  "eaten, nerves everywhere.", w="si")
P("gc_x", "2026-01-15 18:00", "Delighted for Cormac Rafferty, whose poem is off to be published at HomePlace. "
  "Seamus would approve.", w="si")
P("gc_x", "2026-05-14 21:00", "Drove down to see our P7s at [[Tollymore|ev:E001]]. Soaked, filthy and blissfully "
  "happy.", w="si")
P("gc_x", "2026-06-25 20:00", "My 9th [[leavers' service|ev:E008]] as principal. It never gets easier.", w="si")
P("gc_x", "2026-03-20 07:30", "Integrated schools aren't a nice extra. They're how a divided place learns to sit at "
  "the same table.", w="si")
P("gc_fb", "2025-09-20 17:00", "Lovely lunch in Dundrum with [[Ruth Calvert|sr:G001]] today, and we didn't mention "
  "school once 😂", nowork=True)
P("gc_fb", "2025-12-27 15:30", "Family walk in Tollymore Forest Park 🌲 The stepping stones defeated my husband.")
P("gc_fb", "2026-02-11 21:45", "The EA budget letter landed today. Another year of choosing between a classroom "
  "assistant and the heating.", w="md")
P("gc_fb", "2026-04-25 19:00", "My niece's Confirmation in Castlewellan today. The bishop was very patient with the "
  "sponsors 😂")
P("gc_fb", "2026-02-09 20:00", "[[Wendy Moore|sr:S013]] from the office and her traybakes are a national treasure. "
  "Best school secretary in the EA.", w="md")

# ---------------------------------------------------------------------------------------------------------
# The Vice-Principal (no disclaimer, no school in the bio)

P("ab_x", "2025-09-04 16:30", "New P7 class. 29 of them. Already know I'll miss them in June.", w="md")
P("ab_x", "2025-11-14 07:20", "Bacon for 60 in the boot. It's [[good luck breakfast|ev:E005]] day.", w="md")
P("ab_x", "2025-11-23 18:00", "Both transfer papers done. The kids handled it better than the parents did. And "
  "better than me.", w="md")
P("ab_x", "2026-01-31 10:30", "Results day. Whatever the letter says, I'd take any of my 29 on my team any day.",
  w="md")
P("ab_x", "2026-05-13 22:00", "[[Resi|ev:E001]] night 1. It is 10pm and I can hear a dormitory of giggling. "
  "Send coffee.", w="md")
P("ab_x", "2026-03-05 17:40", "Class act, wee man 🥁👏", re_="@jonahgilliland_drums", w="pc:P0004")
P("ab_x", "2025-10-25 17:05", "Ballymena United 2-2 Larne. Character-building, so it is.")
P("ab_x", "2026-02-02 19:00", "[[Clodagh|pr:P0031]]! Delighted you're loving first year. Keep that hockey stick "
  "swinging 🏑", re_="@clodaghbreslin_", w="pc:P0031", nowork=True)
P("ab_x", "2026-04-02 20:00", "Happy last day of being 17, [[Shannon|pr:P0033]]! Enjoy tomorrow 🎂",
  re_="@shannon.mccormick", w="pc:P0033", nowork=True)
P("ab_x", "2025-10-14 21:00", "The penny finally dropped with long division today. For me, I mean. Maths "
  "mastery is humbling.", w="md")
P("ab_x", "2026-06-15 18:00", "[[The P7 lad whose granda drives the 4.10 bus|id:-]] gave me a thank-you card "
  "that says 'you were alright sir'. Framing it.", w="md")
P("ab_fb", "2025-12-20 23:30", "Staff Christmas do at the Slieve Donard 🎄 [[Paddy McConville|sr:S005]] on the fiddle, "
  "[[Róisín Reid|sr:S003]] on the table. Great craic.", nowork=True)
P("ab_fb", "2026-06-26 21:00", "Fourteen years of P7 leavers. [[Fourteen years teaching P7 at Glenmorne Integrated|si]] "
  "and I still cry at the last bell.", w="md")
P("ab_fb", "2025-09-27 14:00", "Ballymena v Glenmorne Rangers in the cup tonight? Glenmorne Rangers are an amateur side, "
  "so it's not a fair fight 😂")

# ---------------------------------------------------------------------------------------------------------
# The P3/4 teacher (bio self-identifies, no disclaimer; mother of Lucas, Mia and a former pupil, Jamie)

P("rr_ig", "2025-09-05 16:00", "P3/4 week one done 🍎 I've learned 27 names and 4 new Minecraft facts.",
  w="si md")
P("rr_ig", "2025-09-13 10:00", "Lucas lost his first tooth 🦷 The tooth fairy is skint.", w="si")
P("rr_ig", "2025-10-11 12:00", "Proud of you son ❤️ Player of the match!", re_="@jamiereid_11", w="si")
P("rr_ig", "2025-12-10 21:00", "[[Mia|pr:P0027]] was the littlest angel in the Glenmorne nativity tonight and "
  "waved at me the whole time 😭👼", w="si", nowork=True)
P("rr_ig", "2026-03-12 20:00", "Making 28 sashes for the [[céilí|ev:E009]] tomorrow 💚🧡 My sewing machine has "
  "filed a complaint.", w="si md")
P("rr_ig", "2026-01-22 16:30", "Guided reading groups have been renamed after sea creatures. Nobody wants to be the "
  "sea cucumbers.", w="si md")
P("rr_ig", "2026-07-04 13:00", "Sea swim at Tyrella then chips. Summer holidays have officially started 🌊", w="si")
P("rr_ig", "2026-02-14 19:00", "Galentine's with the girls. Prosecco, a karaoke machine and a complaint from the "
  "neighbours 🥂", w="si")

# ---------------------------------------------------------------------------------------------------------
# The P1 teacher (disclaimer in the bio)

P("lk_x", "2025-09-03 17:00", "First day for 24 brand new P1s. One cried, one asked if we had a swimming pool, "
  "one called me Granny. Perfect.")
P("lk_x", "2025-09-29 20:00", "Can't wait for [[Chloe Adair|sr:S010]] to join us next week. Our P2 team will be "
  "complete 🎉")
P("lk_x", "2025-11-12 16:00", "[[Nativity|ev:E002]] rehearsal day 3. The donkey has gone rogue.")
P("lk_x", "2025-11-25 16:30", "Nativity costumes: 14 tinsel halos, 3 crowns, one inflatable camel. We're ready.")
P("lk_x", "2026-02-04 19:30", "I'm a teacher, so naturally I own more glue sticks than forks.")
P("lk_x", "2026-04-09 15:00", "[[Skye|pr:P0026]] in my class told me her dad can 'do the Macarena in Irish'. I have "
  "questions.")
P("lk_x", "2026-04-03 19:00", "Happy 18th! 🎉 Have the best day.", re_="@shannon.mccormick")
P("lk_x", "2025-10-21 21:00", "Booked a week on the Isle of Skye for the summer. Midges, I'm coming for you.")
P("lk_x", "2025-12-17 14:00", "Coffee with Chloe Adair and a mince pie: new colleagues are the best colleagues ☕")

# ---------------------------------------------------------------------------------------------------------
# The P6 teacher (X has a disclaimer; Facebook has none)

P("pm_x", "2025-09-15 22:00", "Down by four points in Newry and I've lost my voice. Same time next year.")
P("pm_x", "2026-01-14 17:00", "Cormac from my class has a poem in an actual published anthology. Eleven years old. "
  "I'm welling up.")
P("pm_x", "2026-02-23 16:00", "[[Cormac Rafferty|pr:P0009]] read his anthology poem at assembly and the whole hall "
  "went silent. Goosebumps.")
P("pm_x", "2026-02-26 19:30", "[[Shared ed day|ev:E003]] at St Dallan's. Hurling v hockey, then a ceasefire over "
  "Tayto sandwiches.")
P("pm_x", "2025-11-02 18:00", "Great to see you lining out for the Down minors, [[Lorcan|pr:P0036]] 👏",
  re_="@lorcan_magee", w="pc:P0036")
P("pm_x", "2026-04-22 20:00", "Well played [[Jamie|pr:P0032]], that was some score 🏐", re_="@jamiereid_11",
  w="pc:P0032")
P("pm_x", "2026-01-11 16:40", "Conor Bradley with the assist again. Best right back in the Premier League, "
  "fight me.")
P("pm_x", "2026-03-25 20:00", "Seisiún in Kilbrenagh tonight, bring a whistle 🎶", cn=["@shannon.mccormick",
  "@ciarandevlin_"], w="pc:P0033")
P("pm_x", "2025-10-08 19:00", "Teaching the Children of Lir this week. P6 are furious at the stepmother. As they "
  "should be.")
P("pm_fb", "2026-02-20 20:30", "Cormac Rafferty (P6) read his poem for the whole of P5 and P6 today. Proud teacher "
  "moment.", w="md")
P("pm_fb", "2025-10-18 23:00", "Trad session in Dundrum went on till 1am. Fiddle needs a new string and I need a "
  "new liver.")
P("pm_fb", "2026-03-14 12:00", "Last night's [[céilí|ev:E009]] 💚 The P6s out-danced every parent in the hall.",
  w="md")
P("pm_fb", "2025-11-20 17:00", "P6 have been reading about Oisín and Niamh in Tír na nÓg. Half of them now want a "
  "white horse for Christmas.", w="md")
P("pm_fb", "2026-05-06 16:30", "Marking maths assessments at the kitchen table. [[A in P6|id:P0010]] got 50/50 and "
  "drew a dinosaur on the back.", w="md")

# ---------------------------------------------------------------------------------------------------------
# The nursery teacher (no disclaimer, no school in the bio)

P("hb_ig", "2025-09-10 18:00", "Settling-in week in nursery 🥹 14 tiny coats, 14 tiny pegs, one lost welly.",
  w="md")
P("hb_ig", "2025-11-20 16:00", "[[Ruairí|pr:P0030]] in my nursery group told me he's 'four and a quarter and a bit'. "
  "Precision.", w="md")
P("hb_ig", "2026-01-02 15:00", "Back in early to get the room ready for [[open morning|ev:E007]] 🌈 Glitter "
  "everywhere.", w="md")
P("hb_ig", "2026-04-11 12:00", "Easter holidays 🐣 Lie-ins, coffee and zero glue.")
P("hb_ig", "2025-10-04 10:00", "Nursery teacher problems: finding playdough in my bra at the big Tesco.")
P("hb_ig", "2026-02-25 17:30", "[[Ten years teaching nursery at Glenmorne IPS|si]] 🌈 Some of my first wee ones are "
  "in P7 now. How.", w="md")
P("hb_ig", "2026-03-09 16:00", "Wee [[J in nursery|id:P0028]] has decided he's a dinosaur and only answers to "
  "'Rex'. Going with it.", w="md")
P("hb_ig", "2026-05-30 11:00", "Hey Jude on the radio in the car and I sang every word. Don't judge me.")
P("hb_ig", "2025-12-13 15:00", "Beach walk at Murlough with the dog 🐕 ", cn=["@pennykm_14"], w="pc:P0003")

# ---------------------------------------------------------------------------------------------------------
# Classroom assistants (Toner: aunt of Aoibhinn; Hanna: bio self-identifies)

P("st_fb", "2025-10-19 14:00", "Aoibhinn and me at the pumpkin patch 🎃 She picked the ugliest one on purpose.")
P("st_fb", "2025-12-02 20:00", "Helping in P3/4 today and [[Aveen|pr:P0020]] read the whole of Room on the Broom "
  "to me. Auntie tears.", w="md")
P("st_fb", "2026-06-05 19:00", "Classroom assistants are the glue. Six jobs a day, one wage, and we still love it.",
  w="md")
P("st_fb", "2026-01-18 13:00", "Sunday dinner at Mammy's. Aoibhinn ate all the roast potatoes.")
P("st_fb", "2026-03-27 21:00", "Thanks [[Dee Magennis|par:R005]] for doing my nails, they're class 💅")
P("mh_fb", "2025-09-22 15:30", "Playground duty in the sideways rain. Love my job, hate that coat.", w="si md")
P("mh_fb", "2025-11-03 16:00", "So proud of wee [[T in P4/5|id:P0012]], who read a whole page in English today. "
  "Eight weeks ago he had ten words.", w="si md")
P("mh_fb", "2026-02-15 11:00", "Valentine's night in with himself 🍷 and a Chinese.", w="si")
P("mh_fb", "2026-06-12 18:00", "Sports day survived ☀️ Sunburnt on one arm only. Classic.", w="si md")
P("mh_fb", "2026-04-28 16:00", "Covering lunch with [[Mrs Farrell|sr:S012]] today, she makes a mean cuppa ☕",
  w="si md")

# ---------------------------------------------------------------------------------------------------------
# The caretaker

P("bo_fb", "2025-11-24 08:00", "Gritting the front yard at 6am. Frost is lovely when you're not the one gritting.",
  w="md")
P("bo_fb", "2025-12-06 17:00", "Linfield 3-0. Electric bill came the same day. Swings and roundabouts.")
P("bo_fb", "2026-03-12 17:30", "Chairs out for the [[céilí|ev:E009]] tomorrow. 240 of them. My back has opinions.",
  w="md")
P("bo_fb", "2026-01-14 09:00", "Snow day for the kids, shovel day for me ❄️ Front steps clear by 8.", w="md")

# ---------------------------------------------------------------------------------------------------------
# The P2 teacher (bio self-identifies, with a disclaimer; named freely from 2025-10-06)

P("ca_ig", "2025-10-06 17:00", "First day with my P2s! 🌟 Twenty-six new best friends.", w="si")
P("ca_ig", "2025-12-05 16:00", "The P2 Christmas tree is 40% tinsel and 60% pipe cleaners. Perfect.", w="si")
P("ca_ig", "2026-05-28 15:30", "Practising the egg-and-spoon for [[sports day|ev:E004]] 🥄 We have lost three eggs "
  "and one spoon.", w="si")
P("ca_ig", "2026-03-22 12:00", "Mother's Day brunch in Newcastle with my mum 💐", w="si")
P("ca_ig", "2026-01-26 16:00", "[[Noah|pr:P0023]] in my class brought in a photo of his baby sister and we all "
  "said hello to her 🥹", w="si")

# ---------------------------------------------------------------------------------------------------------
# The P4/5 teacher (disclaimer in the bio)

P("jm_x", "2025-10-24 17:00", "Ulster-Scots word of the week: 'bonnie'. As in, a bonnie day for it, so it is.")
P("jm_x", "2026-02-26 16:30", "[[Shared Education Day|ev:E003]] done: 60 bug hotels and not one fall-out.")
P("jm_x", "2025-11-01 12:00", "Brent geese back at Murlough 🪿 The heather's still purple on the hill too.")
P("jm_x", "2026-03-13 16:00", "Practising the Siege of Ennis for the [[céilí|ev:E009]] tonight. My P4/5s keep "
  "spinning the wrong way.")
P("jm_x", "2025-12-12 15:00", "Cracking game today [[@tiernan_oprey|pr:P0006,pc:P0006]] ⚽ that free kick!")
P("jm_x", "2026-01-28 20:00", "Finished the new Cormac McCarthy biography. Bleak, brilliant, bed.")
P("jm_x", "2026-06-03 17:00", "[[Dara Lennon|pr:P0014]] taught the whole of P4/5 to count to ten in Ulster-Scots "
  "today. Ane, twa, three...")
P("jm_x", "2026-04-15 19:00", "Isaac Newton would have hated our fire drill. Gravity was very much in play on "
  "the stairs.")

# ---------------------------------------------------------------------------------------------------------
# The SENCo (no disclaimer; mother of Fionn, P1)

P("nf_x", "2025-09-18 21:00", "SENCo life: 14 IEPs, 3 annual reviews and a biscuit tin that's empty again.",
  w="md")
P("nf_x", "2025-10-30 19:00", "Fionn went as a digger for Halloween 🚜 He reversed into every door in the house.")
P("nf_x", "2026-01-19 20:00", "Statutory assessment paperwork for the third night running. The system is broken and "
  "the children wait.", w="md")
P("nf_x", "2026-03-24 16:00", "[[The wee P2 who hides under the table when the fire bell goes|id:-]] came out by "
  "himself today. Small steps, big day.", w="md")
P("nf_x", "2026-02-03 21:00", "Night class Irish homework: write a letter starting 'A chara'. Bhí sé deacair.")
P("nf_x", "2025-11-26 20:00", "[[Proud to be SENCo at Glenmorne Integrated|si]]: inclusion isn't a policy here, "
  "it's how we do things.", w="md")
P("nf_x", "2026-05-09 10:00", "Fionn's first parkrun at Castlewellan 🏃 He stopped to pat every dog.")

# ---------------------------------------------------------------------------------------------------------
# The office and breakfast club

P("wm_fb", "2025-09-26 15:00", "Dinner money week in the office. Counting coins till my fingers turned green.",
  w="md")
P("wm_fb", "2026-02-09 16:00", "[[Mrs Cunningham|sr:S001]] brought traybakes into the office today. Best boss "
  "in Co. Down 🍰", w="md")
P("wm_fb", "2025-12-21 12:00", "Christmas jumpers on, turkey in the oven at 6am. Mad house.")
P("wm_fb", "2026-04-14 17:00", "[[I've run the office at Glenmorne Integrated Primary|si]] for 19 years and today "
  "the phone system finally died.", w="md")
P("wm_fb", "2026-07-10 12:00", "Gary Moore on the radio, Parisienne Walkways. Still gives me chills.")
P("lc_fb", "2025-10-08 09:30", "Breakfast club record: 41 wee ones and a full loaf of toast gone by 8.30 🍞",
  w="md")
P("lc_fb", "2025-11-14 09:00", "120 bacon baps for the [[good luck breakfast|ev:E005]] and not a crumb left. Good "
  "luck P7 💙", w="md")
P("lc_fb", "2026-03-02 18:00", "Thanks [[Jinu Varghese|par:R006]] for the idlis for breakfast club tasting day, "
  "the kids went mad for them", w="md")
P("lc_fb", "2026-01-21 20:00", "[[Twelve years I've been the breakfast club lady at Glenmorne IPS|si]] and the "
  "porridge recipe hasn't changed once.", w="md")
P("lc_fb", "2025-12-28 14:00", "Phil Coulter at the Waterfront tonight! No relation, sadly.")

# ---------------------------------------------------------------------------------------------------------
# Governors

P("rc_x", "2025-10-09 22:30", "Thank you [[Mrs Cunningham|sr:S001]] and the whole staff for a superb term report to "
  "the Board.", w="si")
P("rc_x", "2026-06-12 18:30", "Sports day ☀️ I was given a whistle. Power went to my head.", w="si")
P("rc_x", "2026-01-22 21:00", "Inspired at the Integrated Education Fund conference today. Thirty years on, still "
  "work to do.", w="si")
P("et_x", "2025-11-29 16:00", "Bought far too much at the [[craft fair|ev:E006]] at Glenmorne Integrated today. "
  "Three candles and a crocheted owl.")
P("et_x", "2026-02-07 11:00", "[[As a governor at Glenmorne IPS|si]] I've just finished my safeguarding refresher. "
  "Worth every minute.")
P("et_x", "2025-09-27 19:00", "Down GAA season ticket renewed. Hope springs eternal.")
P("et_x", "2026-03-26 12:00", "Lunch with [[Alistair Boyd|sr:S002]], who still can't accept Ballymena are "
  "going down 😂")

# ---------------------------------------------------------------------------------------------------------
# Parents (names nobody else on the roster; events permitted on the day)

P("om_fb", "2025-10-12 21:00", "Chair of the Parents' Circle. What have I let myself in for 😅")
P("om_fb", "2026-06-12 19:00", "Sports day at Glenmorne Integrated ☀️ Best day of the year, sunburn and all.")
P("rh_ig", "2026-03-20 17:00", "Eid Mubarak from our kitchen to yours 🌙 Ma'amoul for days.")
P("rh_ig", "2026-01-17 14:00", "Open morning at Glenmorne IPS with my youngest 🌈 He didn't want to leave the sand "
  "tray.")

# ---------------------------------------------------------------------------------------------------------
# More, across accounts

P("ofb", "2025-09-30 15:00", "[[Mr Boyd|sr:S002]]'s P7s have started their WW2 topic with a visit from a real "
  "evacuee, now aged 92 🎖️")
P("ox", "2026-02-27 13:00", "Well done to [[Penny Kerr|pr:P0003]] (P7), whose design will be on the new Kilbrenagh "
  "recycling lorries ♻️")
P("ofb", "2026-06-16 08:00", "Heads up: Kilbrenagh Primary School's sports day is on Thursday, so the Glenmorne Road "
  "will be busy at pick-up. Allow extra time!")
P("gc_fb", "2026-06-28 18:00", "Brilliant results son, you earned every one 🎉", re_="@lorcan_magee", w="pc:P0036")
P("gc_x", "2025-11-29 17:00", "So proud of you. Look at you now 💙", re_="@ciarandevlin_", w="si")
P("gc_x", "2026-02-26 18:00", "[[Shared Education Day|ev:E003]] with St Dallan's today. Two uniforms, one bug hotel, "
  "zero difference.", w="si")
P("gc_x", "2026-03-31 17:00", "Thank you Orla McCartan for six months of tea urns, tombolas and patience.", w="si")
P("gc_fb", "2026-04-20 13:00", "Coffee and a scone with [[Orla McCartan|par:R001]] at the Pavilion. Put the world to "
  "rights.")
P("ab_x", "2026-03-09 16:00", "[[Penny|pr:P0003]] in my class asked if the Victorians had WiFi. Long day.", w="md")
P("ab_fb", "2026-05-17 12:00", "Home from [[resi|ev:E001]]. Slept 11 hours. Found a pine cone in my sock.", w="md")
P("ab_fb", "2026-06-29 19:00", "Well done [[Ciarán|pr:P0034]]! Always knew you'd end up looking after people 💙",
  re_="@ciarandevlin_", nowork=True)
P("rr_ig", "2026-06-30 15:00", "[[Lucas|pr:P0019]]'s last day in P3/4, with his mammy as his teacher. We both "
  "survived 😅", w="si", nowork=True)
P("rr_ig", "2026-05-23 11:00", "Saturday market in Kilbrenagh 🧺 Strawberries already!",
  cn=["@caoimhe.mccartan", "@jamiereid_11"], w="si pc:P0001")
P("lk_x", "2026-06-10 16:00", "[[Fionn Gallagher|pr:P0025]] from my class read his first chapter book today and "
  "then read it again to the class goldfish.")
P("lk_x", "2025-10-07 08:30", "Welcome to the corridor, Chloe Adair! 👋 The good kettle is in P1.")
P("lk_x", "2026-02-22 19:00", "Made a Noah's ark cake for my nephew's 4th. Two of every sweet.")
P("pm_fb", "2026-06-24 19:30", "Good luck at big school, [[Tiernan|pr:P0006]]! Keep kicking ⚽",
  re_="@tiernan_oprey", w="pc:P0006", nowork=True)
P("pm_x", "2026-03-10 22:00", "Dara Ó Briain on the telly doing maths jokes. My P6s would eat him alive.")
P("pm_x", "2026-05-09 19:00", "My godson's First Communion in St Dallan's today. He was more interested in the "
  "envelope money.")
P("hb_ig", "2026-06-20 17:00", "Nursery graduation caps made 🎓 That's 28 wee heads measured with a ribbon.",
  w="md")
P("hb_ig", "2025-11-08 20:00", "Deborah Kerr in The King and I on a wet Saturday. Shall we dance?")
P("hb_ig", "2026-01-25 18:00", "Mason jar salads for the week. Look at me being organised 🥗")
P("st_fb", "2026-02-24 16:00", "[[Mrs Reid|sr:S003]] let me take the phonics group on my own today 😊 Didn't lose "
  "a single sound.", w="md")
P("mh_fb", "2026-03-13 15:00", "Face paints ready for the [[céilí|ev:E009]] tonight 🎨 Green, white, orange and "
  "glitter.", w="si md")
P("bo_fb", "2026-06-30 16:00", "Last day of term. [[Mr Boyd|sr:S002]] gave me a bottle of Bushmills for fixing his "
  "blinds 😂", w="md")
P("bo_fb", "2025-09-09 19:00", "Well done son, proud of you 👏", re_="@lorcan_magee", w="pc:P0036")
P("jm_x", "2025-09-19 16:00", "[[Tomas Goncalves|pr:P0012]] taught the whole class 'obrigado' today and now we say it "
  "at the dinner hall. Lovely.")
P("jm_x", "2026-06-06 21:00", "Finished Richard Dunwoody's autobiography. Jockeys are a different breed.")
P("jm_x", "2026-05-30 10:00", "Dawn chorus walk at Castlewellan. Blackcap, chiffchaff, and a wren shouting at me.",
  cn=["@shannon.mccormick"])
P("nf_x", "2026-06-19 21:00", "Mark Hamill at a comic con in Belfast?! Somebody hold my lightsaber.")
P("wm_fb", "2025-10-01 16:30", "Thanks to [[Colin Kerr-McAleese|par:R002]] for fixing the office printer at 8am. "
  "Hero 🖨️", w="md")
P("wm_fb", "2026-05-05 15:00", "James Patterson on the sun lounger in Portrush. Bliss.")
P("lc_fb", "2026-04-21 09:15", "[[Bonnie Patterson|pr:P0011]] asked for my porridge recipe for her granny 🥣 "
  "Highest honour.", w="md")
P("rc_x", "2026-03-04 19:00", "Congratulations to [[Jonah Gilliland|pr:P0004]], All-Ireland drum champion. The "
  "whole Board is beaming.", w="si")
P("rc_x", "2025-12-10 22:00", "Nativity tonight. Not a dry eye among the governors.", w="si")
P("et_x", "2026-06-25 16:00", "Honoured to be at the [[P7 leavers' service|ev:E008]] at Glenmorne Integrated this "
  "morning. Some speeches!")
P("et_x", "2025-10-31 21:00", "My nephew's Halloween disco at Kilbrenagh Primary School. Best costume was a traffic "
  "cone.")
P("ca_ig", "2026-06-12 17:00", "Sports day ☀️ [[Mason|pr:P0021]] in my class did a cartwheel over the finish line.",
  w="si")

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], out=OUT, seed=SEED, prefix=PREFIX, n_posts=N_POSTS, school=SCHOOL))
