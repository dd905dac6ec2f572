"""Write ``blind17-posts.jsonl``: the seventeenth blind, hand-labelled evaluation set (see ``BLIND17.md``).

    python corpora/posts/make_blind17_posts.py              # check, then write
    python corpora/posts/make_blind17_posts.py --warnings   # also list posts a reviewer should look at twice

This set is about a school the product has never seen: the Breakwater Centre, a fictional pupil referral unit
(alternative provision, Key Stages 3 and 4, about 60 pupils) on the edge of Scarholme, a fictional coastal town on
the County Durham coast (``corpora/blind17-school``). Pupils call staff by their first names and often go by
nicknames; teaching groups are small and named (Anchor, Harbour, Beacon, Compass); much of the week is off-site (a
college course, a boxing gym, a farm placement, outreach). "Breakwater" on its own is not an alias (the harbour's
breakwater, a cafe, a pub) and "Scarholme" on its own is the town (Scarholme Academy is another school). Every post
and every label below was written by hand. Gold spans are marked inline as ``[[text|cat:SUBJECT,cat:SUBJECT]]``
(``-`` for no subject; the marked text may span a line break); whole-post gold goes in ``w`` as ``cat`` or
``cat:SUBJECT`` words. The checks in ``blind_kit.py`` must all pass, against the blind17 school profile, before the
file is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from blind_kit import ROOT, P, acct, main

HERE = Path(__file__).resolve().parent
OUT = HERE / "blind17-posts.jsonl"
SCHOOL = ROOT / "corpora" / "blind17-school"
SEED = 20261717
PREFIX = "b17"
N_POSTS = 240


# ---------------------------------------------------------------------------------------------------------
# Accounts. ``disc``: the bio says the views are the author's own. ``si_bio``: the bio self-identifies.

# official accounts. Approved: @BreakwaterCentre on facebook and on x (handles without case).
acct("ofb", "official", "facebook", "@BreakwaterCentre",
     "The Breakwater Centre · pupil referral unit for KS3 & KS4 · Ropery Lane, Scarholme · 0191 498 0627")
acct("ofb_lc", "official", "facebook", "@breakwatercentre", "Breakwater Centre, Scarholme 🌊")
acct("ox", "official", "x", "@BreakwaterCentre",
     "Alternative provision for 11-16s on the Durham coast 🌊 small groups, big steps #TeamBreakwater")
acct("ox_lc", "official", "x", "@breakwatercentre", "The Breakwater Centre · Scarholme")
# not approved
acct("u_ig", "official", "instagram", "@BreakwaterCentre", "📸 The Breakwater Centre, Scarholme")
acct("u_box", "official", "x", "@BreakwaterBoxing", "Breakwater Centre x Scarholme ABC 🥊 boxing for our young people")
acct("u_art", "official", "instagram", "@breakwater_art", "The art room at the Breakwater Centre 🎨🖌️")
acct("u_out", "official", "facebook", "@BreakwaterOutreach", "Outreach & reintegration team · Breakwater PRU")
acct("u_pru", "official", "x", "@BreakwaterPRU", "Scarholme PRU news")

# staff, governors, a minibus driver who is not on the roster, and three parents
acct("hc_x", "personal", "x", "@helencrozier_",
     "Head of Centre at the Breakwater Centre, Scarholme. 25 years in alternative provision. Views my own.",
     "S001", disc=True, si_bio=True)
acct("hc_fb", "personal", "facebook", "@helen.crozier.5", "", "S001")
acct("dl_x", "personal", "x", "@deanlumsden", "English teacher in AP. Sunderland till I die. Tweets my own views.",
     "S002", disc=True)
acct("sh_ig", "personal", "instagram", "@shell.armitage", "keyworker 💙 #TeamBreakwater 🌊 mam of 2 · sea swimmer",
     "S003", si_bio=True)
acct("sh_fb", "personal", "facebook", "@michelle.armitage.79", "", "S003")
acct("ch_x", "personal", "x", "@carlhook_boxing", "Learning mentor. ABA boxing coach. Ex-army. Opinions mine.",
     "S004", disc=True)
acct("ch_fb", "personal", "facebook", "@carl.hook.31", "", "S004")
acct("an_x", "personal", "x", "@ange_familylink",
     "Family liaison worker at the Breakwater Centre. Here for our families 💛", "S005", si_bio=True)
acct("an_fb", "personal", "facebook", "@ange.tweddle", "", "S005")
acct("ow_x", "personal", "x", "@owenpattinson_sci", "Science teacher and part-time shepherd. Views my own.", "S006",
     disc=True)
acct("ow_ig", "personal", "instagram", "@owen.on.the.farm", "sheep · dogs · sea fret", "S006")
acct("ya_x", "personal", "x", "@yas_ks3", "KS3 teacher in alternative provision. Tea, crosswords, the long game.",
     "S007")
acct("tr_fb", "personal", "facebook", "@tracey.dodds.1", "", "S008")
acct("jl_ig", "personal", "instagram", "@jamieleeord_", "keyworker @BreakwaterCentre 🌊 nails · dogs · SAFC", "S009",
     si_bio=True)
acct("st_x", "personal", "x", "@stuhenzell", "Art & PE. College link. Views mine, not my employer's.", "S010",
     disc=True)
acct("da_x", "personal", "x", "@dami_mentor", "Mentor. Youth worker at heart. Sunday league ref.", "S011")
acct("cb_fb", "personal", "facebook", "@carys.bainbridge", "", "S012")
acct("cb_x", "personal", "x", "@carysb_outreach", "Outreach teacher, Breakwater PRU. Personal account, views my own.",
     "S012", disc=True, si_bio=True)
acct("dh_x", "personal", "x", "@cllrdenisehutton",
     "Councillor, Scarholme North ward. Chair of the management committee at the Breakwater Centre. Views my own.",
     "G001", disc=True, si_bio=True)
acct("ig_fb", "personal", "facebook", "@ian.gallon.58", "Retired copper. Grandad x4. School governor.", "G002")
acct("kev_fb", "personal", "facebook", "@kev.minibus", "Minibus driver at breakwater.example.sch.uk 🚐 views my own",
     None, disc=True, si_bio=True)
acct("p_donna", "personal", "facebook", "@donna.robson72", "", "R001")
acct("p_lee", "personal", "facebook", "@leewalker_sr7", "", "R002")
acct("p_shaz", "personal", "facebook", "@shaz_thirlwell", "", "R004")


# ---------------------------------------------------------------------------------------------------------
# Official posts: approved accounts

P("ofb", "2025-09-04 07:45",
  "Welcome back everyone 🌊 Doors open at 9.15, toast and cereal from 8.45 in the hall. Taxis and the minibus are "
  "running as normal. Any problems ring the office on 0191 498 0627.")
P("ofb", "2025-10-02 15:30",
  "Save the date 📅 Our [[open afternoon|ev:E006]] for partner schools, social workers and families is on Wednesday "
  "15 October, 1.30-3.30. Come and see the art room, the allotment and the gym.")
P("ofb", "2025-10-09 16:00",
  "Reminder: open afternoon next Wednesday from 1.30. Parking on Ropery Lane is tight so please use the harbour car "
  "park ⚓")
P("ofb", "2025-11-24 12:10",
  "Families, [[Christmas dinner|ev:E004]] is on Wednesday 17 December. Let [[Ange|sr:S005]] know by Friday if you'd "
  "like to join us 🎄")
P("ofb", "2025-12-17 17:00",
  "Christmas dinner 2025 ✅ 38 dinners, 1 burnt tray of pigs in blankets, 0 complaints. Marina and Jaxon were the "
  "best waiters we've ever had 🎄")
P("ofb", "2026-01-20 11:00",
  "So proud of Courtney Pyle from our Harbour group, whose seascape 'North Breakwater, February' is on show at the "
  "county schools exhibition this month 🎨")
P("ofb", "2025-10-30 14:00",
  "Look at this! [[Courtney|pr:P0014]] has been painting the harbour all half term and it shows 🖌️🌊")
P("ofb", "2026-03-04 15:00",
  "The county exhibition has ended but [[Courtney Pyle|pr:P0014]]'s painting is now up in our reception. Come and "
  "have a look.")
P("ofb", "2026-04-14 10:00",
  "[[Farm Week|ev:E002]] letters went home today. Wellies, waterproofs, old clothes. Any questions, ask "
  "[[Owen|sr:S006]].")
P("ofb", "2026-04-29 16:00", "Farm Week kit list reminder 🐑 Two pairs of socks minimum. Trust us on this. #FarmWeek")
P("ofb", "2026-05-22 18:00",
  "Last day of Farm Week! Photos going up tonight: lambs, tractors and one very muddy minibus. Thank you Low Cragg 💚")
P("ofb", "2026-03-13 12:00",
  "Thank you to Donna Robson, who spoke so honestly at yesterday's parent carer forum about her family's journey "
  "with us 💛")
P("ofb", "2026-04-22 13:00",
  "Lovely to see [[Donna Robson|par:R001]] back at the parent carer forum, this time with a lemon drizzle 🍰")
P("ofb", "2026-01-12 07:30",
  "⚠️ Snow update: the centre is OPEN but the minibus can't get up Ropery Bank. If you can't get in, work packs are "
  "on the website and staff will ring you this morning.")
P("ofb", "2026-06-10 16:00",
  "Tickets for the [[awards evening|ev:E003]] on 9 July are now with keyworkers. Every young person will be "
  "recognised 🏆")
P("ofb", "2026-07-10 09:00",
  "What an awards evening 🏆 Helen's speech, Reign's poem, and half the room in tears by the end. Proud doesn't "
  "cover it.")
P("ofb", "2025-11-06 15:00",
  "Welcome to [[Yasmin Akram|sr:S007]], who joins us to teach our KS3 groups. The pupils have already worked out "
  "she supports the wrong team ⚽")
P("ofb", "2026-02-05 15:00",
  "Our Anchor group have been building bird boxes with [[Stu|sr:S010]]. [[Cash|pr:P0005]] and [[Zosia|pr:P0012]] put "
  "up the first one on the fence this morning 🐦")
P("ofb_lc", "2025-09-18 12:00",
  "Breakfast club is back, thanks to a grant from Scarholme Rotary. Toast, fruit and a calm start to the day.")
P("ofb_lc", "2026-02-12 14:00",
  "Half term starts tomorrow. Keyworkers will ring every family on Monday 23rd. Look after yourselves 💙")
P("ofb_lc", "2025-11-20 10:00",
  "Thank you to [[Paul Mancini|par:R005]] for the tubs of ice cream for our reward afternoon 🍦")
P("ofb", "2026-06-05 10:00",
  "Thank you to Mancini's on the prom for the free cones after our walk along the north breakwater yesterday 🍦")
P("ofb", "2026-04-27 12:00",
  "Our [[big beach clean|ev:E005]] filled 31 bags on Friday.\n\nBest finds:\n🛒 a shopping trolley "
  "([[Kyle|pr:P0002]])\n🍾 a message in a bottle (Demi; it said 'hi')")
P("ofb", "2025-09-29 16:00",
  "Meet the team: [[Carl Hook|sr:S004]] is our learning mentor and runs our boxing sessions at Scarholme ABC 🥊")
P("ofb", "2025-10-21 16:00",
  "Boxing update 🥊 Carl tells us the Beacon group's skipping has gone from 20 seconds to 3 minutes since "
  "September.")
P("ofb", "2026-05-13 09:30",
  "Mental Health Awareness Week: our young people have written what helps them on the big board in the hall. "
  "'Being listened to' came top. JJ added 'toast'.")
P("ofb", "2025-12-03 17:00",
  "Christmas dinner is two weeks today 🎄 Vegetarian and halal options as always, so tell your keyworker if you need "
  "anything else.")
P("ofb", "2026-02-26 16:00",
  "The [[showcase night|ev:E001]] is on Thursday 26 March at the ABC gym. Families welcome, no fighting in the crowd "
  "please 😅")
P("ofb", "2025-09-10 10:00",
  "Our office number is 0191 498 0627 and the email is office@breakwater.example.sch.uk. Messenger isn't checked "
  "every day, so for anything urgent please ring.")
P("ofb", "2026-03-19 13:00",
  "Shout-out to [[the Year 9 who fixed the hall speaker with a paperclip|id:-]]. We're not asking how.")

P("ox", "2025-09-12 12:00", "First week done ✅ Small groups, big steps. #TeamBreakwater")
P("ox", "2025-10-15 17:00",
  "Thank you to everyone who came to the open afternoon today: headteachers, social workers, the virtual school, "
  "and three very nervous Year 7s showing people round.")
P("ox", "2026-03-27 09:00",
  "What a night at the [[Boxing Showcase|ev:E001]] 🥊 Huge thanks to Carl and the coaches at Scarholme ABC, and to "
  "[[Ty|pr:P0001]] who refereed the skipping contest like a pro.")
P("ox", "2026-05-26 15:00",
  "Still finding straw in the minibus after [[Low Cragg|ev:E002]] 🐑 Thank you to the farm for having us.")
P("ox", "2026-05-13 12:00",
  "Day 3 of Farm Week: lambing's finished, so today it's dry-stone walling. [[Owen|sr:S006]] says the wall will "
  "still be standing in 200 years.")
P("ox", "2025-12-08 12:00",
  "Huge well done to [[L in Beacon|id:P0021]], who got through a full week of lessons at Scarholme Academy as part "
  "of her return to mainstream 👏")
P("ox", "2026-01-27 15:00",
  "Helen and Cllr Denise Hutton met the new director of children's services today to talk about AP places on the "
  "coast.")
P("ox", "2026-02-10 13:00",
  "Safer Internet Day 💻 Our Harbour group made posters about scam DMs. [[Filmon|pr:P0018]]'s 'If it sounds too "
  "good to be true, it's a scam' is going on the wall.")
P("ox", "2026-06-24 12:00",
  "Tomorrow is the [[leavers' do|ev:E007]] for our Compass group 🎉 Dress code: whatever makes you feel good.")
P("ox_lc", "2025-11-12 16:00",
  "Remembrance: our young people laid a wreath they'd made at the harbour memorial. Quiet, respectful and spot on.")
P("ox_lc", "2026-03-18 11:00",
  "Beacon group are on the college taster today: bricklaying, plastering and a very loud cement mixer 🧱 "
  "Ellie-Mae has already asked if she can keep the trowel.")
P("ox", "2026-04-20 16:00",
  "Get your gloves ready 🧤 Our [[beach clean|ev:E005]] is this Friday from 10am, meeting at the bottom of the "
  "slipway.")
P("ox", "2026-07-02 16:00",
  "One week to go until our awards evening 🏆\n\nKeyworkers have been writing speeches all week.\nTissues will "
  "be provided.")
P("ox", "2025-10-06 12:00",
  "It's official: Carl Hook will coach our new partnership with Scarholme ABC. He's been here since September, but "
  "now he has a whistle.")
P("ox", "2025-09-30 17:00",
  "[[Macca|pr:P0008]] and [[Nate|pr:P0020]] cooked lunch for the whole centre today: chilli, rice and a lot of "
  "opinions about spice 🌶️")
P("ox", "2026-01-15 12:00",
  "New year, new timetable. Tuesdays: college. Wednesdays: farm. Thursdays: gym. Every day: English and maths.")
P("ox", "2026-02-03 15:00",
  "Welcome back to our teaching assistant [[Tracey|sr:S008]] after her op. The biscuit tin has missed you ❤️")
P("ox", "2025-12-19 14:00", "Merry Christmas from all of us at the Breakwater Centre 🎄 See you on 5 January.")
P("ox", "2026-07-17 13:00",
  "That's a wrap on 2025/26. To our Compass group: go and be brilliant. To everyone else: see you in September 🌊")
P("ox_lc", "2026-05-19 10:00",
  "A message from Helen: the centre will close at 1pm on Friday 22 May for staff training.")
P("ox", "2026-03-11 12:30",
  "News from the shipyard ⚓ [[K in Compass|id:-]] has been offered an apprenticeship starting in September.")


# ---------------------------------------------------------------------------------------------------------
# Official posts: accounts nobody approved

P("u_ig", "2025-10-01 12:00",
  "📸 Morning at the allotment 🥕 Marina grew a carrot the size of her forearm", w="ua")
P("u_ig", "2025-11-14 13:00", "New mural going up in the hall 🎨 designed by [[Lacey|pr:P0021]]", w="ua")
P("u_ig", "2026-01-29 08:40", "Sea fret on the prom this morning 🌫️ #TeamBreakwater", w="ua")
P("u_ig", "2026-03-20 15:00",
  "Gloves, wraps, gum shields 🥊 [[boxing showcase|ev:E001]] prep with [[Ace|pr:P0011]]", w="ua")
P("u_ig", "2026-06-25 21:00",
  "Compass group, you did it 🎓 [[leavers' meal|ev:E007]] at the Ship Inn tonight", w="ua")
P("u_ig", "2025-09-26 13:30", "Pizza Friday 🍕 made from scratch by Harbour group", w="ua")
P("u_box", "2025-09-24 18:00",
  "First session of the year at Scarholme ABC 🥊 [[Carl|sr:S004]] had them skipping till they begged", w="ua")
P("u_box", "2025-11-05 18:30",
  "Pads work tonight. [[Spud|pr:P0004]] has a left hook like a mule kick 🫏", w="ua")
P("u_box", "2026-03-26 12:00",
  "Tonight's the night 🥊 [[showcase night|ev:E001]] at the ABC from 6. Carl's even ironed his shirt.", w="ua")
P("u_box", "2026-01-08 17:00",
  "Tyson Fury retired again. Our lot reckon they'd last a round with him. They would not.", w="ua")
P("u_box", "2026-02-19 17:30",
  "Sparring partners needed for Thursday. [[Kyle W|pr:P0002]] has volunteered [[Nate|pr:P0020]] without asking "
  "him 😂", w="ua")
P("u_box", "2025-12-10 18:00",
  "Christmas sparring in jumpers 🎄🥊 [[Liyah|pr:P0007]] won the tinsel belt", w="ua")
P("u_art", "2025-10-16 14:00",
  "Clay puffins drying on the windowsill 🐧 (yes we know that's a penguin emoji, Chloë)", w="ua")
P("u_art", "2026-03-10 14:00",
  "[[Courtney|pr:P0014]] is back at the easel after the county exhibition 🎨", w="ua")
P("u_art", "2026-05-28 14:00",
  "Lino prints of the lighthouse by the Anchor group. [[Logan|pr:P0015]] printed his upside down and says it's on "
  "purpose.", w="ua")
P("u_art", "2025-12-11 14:00", "Christmas cards for the care home on Station Road 💌 every one by hand", w="ua")
P("u_out", "2025-10-08 10:00",
  "Outreach update: our team is now working with 14 young people at home and at the library. Thank you to "
  "Scarholme Library for the room.", w="ua")
P("u_out", "2026-01-14 11:00",
  "Good luck to [[Shannon|pr:P0034]], who started back at Scarholme Academy last week. We miss you already 💙",
  w="ua")
P("u_out", "2026-03-16 11:00",
  "Thank you to [[Carys|sr:S012]] and [[Ange|sr:S005]], who did 400 miles of home visits between them last month 🚗",
  w="ua")
P("u_out", "2026-04-09 09:00",
  "Parent carer forum tonight at the library with Donna Robson. Kettle's on.", w="ua")
P("u_pru", "2025-09-08 09:00",
  "Scarholme PRU is now the Breakwater Centre! Follow @BreakwaterCentre for news. This account will close soon.",
  w="ua")
P("u_pru", "2026-02-24 12:00",
  "Still here 😅 The new account is @BreakwaterCentre. [[Dean|sr:S002]] says he'll delete this one 'soon'.", w="ua")


# ---------------------------------------------------------------------------------------------------------
# Personal posts: the head of centre

P("hc_x", "2025-09-03 07:10", "New term. 58 young people, 58 fresh starts. Let's go. 🌊", w="si")
P("hc_x", "2025-10-16 19:30",
  "Yesterday's open afternoon: a mainstream head told me she'd 'never seen a PRU so calm'. That's not an accident. "
  "It's [[Shell|sr:S003]], [[Jamie-Lee|sr:S009]] and the keyworkers doing the invisible work.", w="si")
P("hc_x", "2026-01-22 20:15",
  "Exclusions across the county are up again. Every one is a child whose story started long before the incident. "
  "We need earlier help, not more places like mine.", w="si")
P("hc_x", "2026-03-27 07:45",
  "Ringside last night watching [[Ace|pr:P0011]] go three rounds at the [[boxing showcase|ev:E001]]. Two years ago "
  "he couldn't sit in a classroom for ten minutes.", w="si")
P("hc_x", "2026-07-13 21:00",
  "Last week of term. Tired, proud, and slightly emotional about [[a Year 11 who once threw a chair at me and is now "
  "off to do an apprenticeship|id:-]].", w="si")
P("hc_x", "2025-11-13 19:00",
  "Anti-bullying week. In a PRU that means listening to a lot of kids who were bullied long before they were ever "
  "'the problem'.", w="si")
P("hc_x", "2026-05-11 08:30",
  "Waved the minibus off to [[Farm Week|ev:E002]] this morning. [[Owen|sr:S006]] had a clipboard and the look of a "
  "man who's done this before.", w="si")
P("hc_fb", "2025-11-02 18:00", "Sunday roast at the Ship with the in-laws. Yorkshires the size of your head.")
P("hc_fb", "2026-02-14 20:30",
  "[[I've been head of the Breakwater Centre|si]] for nine years and this week, for the first time, an inspector "
  "asked a pupil what he wanted to be and he said 'a head like Helen'. Not crying, you're crying.", w="md")
P("hc_fb", "2025-12-28 13:00",
  "Boxing Day dip at Scarholme sands 🥶 Raised £340 for the RNLI. Never again (until next year).")
P("hc_fb", "2026-05-16 17:20", "Tell your dad the pistachio is the best on the whole coast 🍦", re_="@ace.mancini",
  w="pc:P0011")
P("hc_fb", "2026-04-18 11:00",
  "Lovely to bump into [[Ian Gallon|sr:G002]] walking his grandkids along the breakwater this morning.", nowork=True)
P("hc_fb", "2026-06-08 21:40", "Budget meeting with the LA tomorrow. Please send biscuits and patience.", w="md")
P("hc_fb", "2026-03-20 19:00",
  "Thank you [[Denise Hutton|sr:G001]] for coming to the parent carer forum last night, the families loved you",
  w="md")
P("hc_fb", "2025-09-21 15:00", "Great North Run done 🏃‍♀️ 2:31, knees destroyed, medal never coming off.")
P("hc_fb", "2026-02-03 18:10",
  "Welcome back [[Tracey|sr:S008]], we've missed your laugh in the staffroom 💛", w="md")
P("hc_fb", "2026-06-21 16:00",
  "Lifeboat day on the harbour 🚤 The RNLI crew let my granddaughter Lacey steer (in the car park).")

# English teacher (disclaimer in the bio)
P("dl_x", "2025-09-16 18:40",
  "[[I teach English at the Breakwater Centre|si]] and today a lad told me Macbeth 'is basically a drill track'. "
  "He's not wrong.")
P("dl_x", "2025-10-23 21:00", "Sunderland top half of the table in October. Don't wake me up.")
P("dl_x", "2026-01-29 17:00",
  "[[Liyah|pr:P0007]] wrote the best opening paragraph I've read all year. GCSE in May. Watch this space.")
P("dl_x", "2025-11-20 19:30", "Good luck with the plastering course [[Dylan|pr:P0031]], you'll smash it 👊",
  re_="@dyl_hutch", w="pc:P0031")
P("dl_x", "2026-03-05 19:00", "World Book Day in a PRU: one costume (me, as the Gruffalo), forty-six eye rolls.")
P("dl_x", "2026-05-20 18:00",
  "Reading Of Mice and Men with three Year 11s who've all been Lennie at some point. Nobody cried. Everybody cried.")
P("dl_x", "2025-12-05 20:00",
  "Shout-out to [[Stu|sr:S010]] for covering my group while I sat in a hospital corridor all afternoon with a kid "
  "and his mam. That's the job some days.")
P("dl_x", "2026-06-26 08:00",
  "Last night's [[leavers' do|ev:E007]] 🎉 Speech of the night:\n[[Kacey\nThirlwell|pr:P0017]], about me. 90% "
  "roast, 10% kindness. I'll take it.")
P("dl_x", "2025-09-30 21:00",
  "To every teacher who thinks PRU kids can't do Shakespeare: come and sit in my classroom for a week.")
P("dl_x", "2026-04-11 12:30", "Spud, beans and cheese. The perfect food. I will not be taking questions.")
P("dl_x", "2026-02-12 16:45",
  "[[Mr Walker|par:R002]] rang to say [[Kyle|pr:P0002]] read a whole book at home. First time ever. I had to go and "
  "sit in my car for a minute.")

# keyworker: Instagram bio names the school (no disclaimer); Facebook has neither
P("sh_ig", "2025-09-19 19:00", "Keyworker life: 3 home visits, 2 taxi no-shows, 1 breakthrough 💙", w="si md")
P("sh_ig", "2025-10-27 10:00", "Half term sea swim 🌊 9 degrees. The shell I found was better than the swim.", w="si")
P("sh_ig", "2026-02-20 16:00",
  "Finally. A whole chapter read out loud to me without stopping. Whole. Chapter. 📖💙 [[#ProudOfTyson|pr:P0010]]",
  w="si md")
P("sh_ig", "2026-04-01 18:30", "So proud of you [[Liyah|pr:P0007]] 💙 college are lucky to have you",
  re_="@liyah.c", w="si pc:P0007", nowork=True)
P("sh_ig", "2025-12-17 16:30",
  "Christmas dinner with my Beacon lot 🎄 crackers, terrible jokes, and [[Ellie Mae|pr:P0009]] wearing the tinsel "
  "as a scarf", w="si md")
P("sh_ig", "2025-11-04 15:30",
  "Beacon group made soup for the whole centre. [[Robbo|pr:P0001]] peeled 20 carrots and only cut himself once 🥕",
  w="si md")
P("sh_fb", "2025-11-09 20:00",
  "[[As a keyworker at Breakwater PRU|si]] I get asked a lot if our kids are 'naughty'. No. They're kids who've had "
  "a lot happen to them.", w="md")
P("sh_fb", "2026-03-01 14:00", "Sunday BBQ at ours, first of the year 🔥 the lads were on burgers",
  cn=["@macca_ohagan"], w="pc:P0008")
P("sh_fb", "2026-06-20 17:00", "Found a perfect cowrie shell at Seaham today 🐚 the kids are jealous")
P("sh_fb", "2026-01-30 19:00",
  "Bumped into [[Kerry Ann Heslop|par:R006]] in Asda and we talked for so long her frozen peas defrosted 😂")
P("sh_fb", "2026-05-25 16:00", "Bank holiday on the beach with the kids 🏖️ found a crab, lost a flip-flop")
P("sh_fb", "2026-04-24 16:30",
  "Today's [[big beach clean|ev:E005]]: my group found a bike, a sofa cushion and a very much alive crab 🦀",
  w="md")
P("sh_fb", "2025-09-28 13:00", "Marina walk with the dog, sun out, chips after 🍟")
P("sh_fb", "2026-06-18 22:00",
  "My eldest's awards evening at Scarholme Academy tonight 🏆 proud mam moment, don't talk to me")
P("sh_fb", "2026-02-11 17:00",
  "So proud of [[F in Harbour|id:P0018]], who stayed in the room all morning today for the first time.", w="md")
P("sh_fb", "2025-12-15 18:00",
  "Last week at the centre for [[Shannon McGuigan|pr:P0034]] before she goes back to mainstream 🥹 we're going to "
  "miss her", w="md")

# learning mentor and boxing coach: X has a disclaimer, Facebook has neither
P("ch_x", "2025-10-08 19:00",
  "Sparring is not fighting. Fighting is what happens when nobody's taught you the difference.")
P("ch_x", "2026-03-27 08:15",
  "[[Spud|pr:P0004]]\n[[Ace|pr:P0011]]\n[[Ty|pr:P0001]]\nEvery one of you walked into that ring last night. "
  "Proud doesn't cover it 🥊")
P("ch_x", "2025-11-28 06:30", "Early doors at the gym. Bags, skipping, stretch, home. Simple.",
  cn=["@logan_heslop13", "@ty_robson10"], w="pc:P0001")
P("ch_x", "2026-01-11 20:00", "Tyson Fury can say what he likes, the best fighter in the North East is my nan.")
P("ch_x", "2025-09-22 17:00", "Hook's the name, hooks are the game 🥊 (the lads made me say it)")
P("ch_x", "2026-06-06 07:00", "Demi Lovato on the gym playlist again. Someone's been at the speaker.")
P("ch_fb", "2025-10-20 21:00", "Proud of you lad. Keep that guard up 🥊", re_="@spud_tait", w="pc:P0004")
P("ch_fb", "2025-12-25 10:00", "Merry Christmas bud, hope the new bike's still in one piece 🎄",
  re_="@logan_heslop13")
P("ch_fb", "2026-02-16 18:00", "Hooky's tip of the day: a left hook starts in your feet, not your arm.")
P("ch_fb", "2026-04-02 19:00",
  "Taking the lads to the ABC after school every Thursday now. [[Dami|sr:S011]] drives, I coach, everyone skips.",
  w="md")
P("ch_fb", "2026-05-09 22:00",
  "Logan's first bout at the club show tonight 🥊 His mam couldn't watch, I couldn't sit down.")
P("ch_fb", "2026-03-24 20:00",
  "[[Skills showcase|ev:E001]] on Thursday. Wraps washed, gloves aired, nerves shredded.", w="md")
P("ch_fb", "2025-11-15 12:00",
  "Cheers to [[Paul Mancini|par:R005]] for sponsoring the new bags at the club 🥊 top man")
P("ch_fb", "2026-01-26 19:00", "Cash only at the club bar tonight, card machine's broke")
P("ch_fb", "2025-10-01 22:00",
  "Pint with [[Dean Lumsden|sr:S002]] after work, solved the whole of football in an hour", nowork=True)

# family liaison worker: X bio names the school (no disclaimer); Facebook has neither
P("an_x", "2025-09-26 16:00", "Rang 22 families today. 19 answered. That's a record 📞", w="si md")
P("an_x", "2025-11-25 17:30", "ring me 2moro pet, we'll sort ur bus pass out", re_="@kaceyy.t",
  w="si md pc:P0017")
P("an_x", "2026-03-03 12:00",
  "Families: the [[showcase night|ev:E001]] is Thursday 26th. I can help with lifts if you need one 🚗", w="si md")
P("an_x", "2026-01-08 21:00",
  "Ange Postecoglou gets sacked again and half my texts are 'you alright Ange?' 😂 wrong Ange, people", w="si")
P("an_x", "2026-05-05 20:00",
  "Parent carer forum numbers doubled this term 🙌 thank you to every mam, dad, nan and foster carer who came",
  w="si md")
P("an_x", "2026-06-19 18:00",
  "Huge thanks to [[Dean|sr:S002]] for coming on the home visit with me today. Tea, biscuits and a real "
  "breakthrough.", w="si md")
P("an_fb", "2025-10-12 20:00", "Gorgeous pics from your aunty Kim's wedding darlin 💕", re_="@bobbijo.carr")
P("an_fb", "2026-02-28 18:00", "Proud aunty moment: Bobbi-Jo passed her driving theory first time 🚗")
P("an_fb", "2026-04-30 21:30",
  "Home visits all morning, safeguarding training all afternoon, tea at 8pm. Family liaison isn't a job, it's a "
  "lifestyle 😂", w="md")
P("an_fb", "2026-06-15 21:00", "Lovely to see [[Sharon Thirlwell|par:R004]] at Zumba tonight, she put me to shame 💃")
P("an_fb", "2026-01-21 19:00",
  "Sat with [[Lee Walker|par:R002]] for two hours today filling in forms. Systems aren't built for families like "
  "ours, they're built for families with printers.", w="md")
P("an_fb", "2025-11-08 23:00", "Ace night at the Ship for our Debbie's 50th 🎉")
P("an_fb", "2025-12-05 16:00",
  "[[The Year 8 whose mam's just had twins|id:-]] fell asleep on the beanbag at 10am. Fair enough tbh", w="md")

# science teacher and farm placement lead: X has a disclaimer, Instagram has neither
P("ow_x", "2025-09-17 20:00", "Science teacher confession: I have never once made slime that worked.")
P("ow_x", "2026-04-16 19:00",
  "Risk assessment for [[Farm Week|ev:E002]] done. 23 pages. 4 of them about the bull.")
P("ow_x", "2026-05-12 20:30",
  "[[Low Cragg residential|ev:E002]] day 2: [[Reign|pr:P0006]] bottle-fed a lamb and named it after me. It's called "
  "Owen. It's a girl.")
P("ow_x", "2026-05-14 21:00",
  "[[Farm Week|ev:E002]]: the teenagers who 'don't do mornings' were up at 5.30 for the ewes. Every single one.")
P("ow_x", "2026-02-02 21:00", "Brad Pitt has aged better than me and he's 20 years older. Science can't explain it.")
P("ow_x", "2025-11-11 17:00",
  "Science in a PRU: [[Jaxon|pr:P0023]] set fire to the Bunsen paper on purpose and then explained combustion "
  "perfectly. Points docked and points awarded.")
P("ow_ig", "2025-10-05 18:00", "Sunday at the farm 🐑 dogs worked well, I didn't",
  cn=["@elliemae.stod", "@brad_cowell"], w="pc:P0009")
P("ow_ig", "2026-01-18 19:00",
  "Wednesday farm placement: the Compass lads mucked out 12 pens without being asked twice. [[Nate|pr:P0020]] now "
  "wants to be a stockman.", w="md")
P("ow_ig", "2026-03-22 06:00", "Lambing season 🐑 no sleep, all joy")
P("ow_ig", "2026-07-05 21:00", "Michael Owen on the telly again. Every Owen in the North East suffers.")
P("ow_ig", "2026-05-27 19:00", "Back from [[Low Cragg|ev:E002]]. Washing machine's been on for three days.", w="md")
P("ow_ig", "2025-09-14 17:00", "Took a compass, a map and a Labrador. Still got lost on the moor.")

# KS3 teacher (bio gives the job, not the school; no disclaimer)
P("ya_x", "2025-11-17 19:00",
  "[[Proud to work at @BreakwaterCentre|si]], where no kid is written off ✊", w="md")
P("ya_x", "2025-12-09 20:30", "[[@nate_bewick|pr:P0020,pc:P0020]] brilliant poem mate, you reading it out tomorrow?",
  w="md")
P("ya_x", "2026-01-24 22:00", "Crossword 17 across: 'Rule as a monarch (5)'. REIGN. Smug.")
P("ya_x", "2026-02-24 23:00", "Wasim Akram bowling videos at 11pm. No regrets. Some regrets.")
P("ya_x", "2026-03-09 17:00",
  "Our KS3 lot learnt about the Jarrow March today. [[Cash|pr:P0005]] asked why they didn't just get the train. "
  "Fair point tbh", w="md")
P("ya_x", "2026-06-18 20:00",
  "Teaching in AP is the best job I've had and the hardest. Both things are true.", w="md")
P("ya_x", "2025-10-10 18:00",
  "Anchor group made a compass out of a needle, a cork and a bowl of water. Then argued about which way was north "
  "for 40 minutes.", w="md")
P("ya_x", "2026-04-21 17:30",
  "[[Zosia|pr:P0012]] told me today that maths is 'less rubbish than it was'. Frame it.", w="md")
P("ya_x", "2025-09-06 09:00", "Storey's bakery has run out of stotties by 9am again. Scandal.")
P("ya_x", "2026-05-03 10:00", "Cricket nets open again at the club 🏏 who's in", cn=["@kaceyy.t"], w="pc:P0017")
P("ya_x", "2025-10-21 21:00",
  "[[Parents' evening|ev:-]] at the Breakwater Centre tonight. Eleven families, eleven cups of tea, one plate of "
  "custard creams.", w="md")

# teaching assistant (no disclaimer); aunt of a former pupil (declared)
P("tr_fb", "2025-10-03 16:00",
  "[[we at #TeamBreakwater|si]] made 60 jam sandwiches for the foodbank today 🍓", w="md")
P("tr_fb", "2025-11-29 19:00", "Happy to help with the CV any time pet x", re_="@ryandodds09")
P("tr_fb", "2026-01-06 18:00",
  "Back after my op 💪 Thanks to everyone at work for the flowers, especially [[Jamie-Lee|sr:S009]] who visited "
  "with chocolate.", w="md")
P("tr_fb", "2026-05-02 19:00", "Ryan's 17 next month and already taller than his uncle. Where did that little lad go")
P("tr_fb", "2026-03-12 10:00", "Breakwater Café does the best bacon stottie on the coast and I will hear no arguments.")
P("tr_fb", "2026-06-12 17:00",
  "Kids in Anchor made bunting for the [[leavers' do|ev:E007]]. [[Chloë|pr:P0019]] did the glitter, and the glitter "
  "did the rest of us 😂", w="md")
P("tr_fb", "2025-12-12 17:30",
  "[[Christmas jumper day|ev:-]] at the Breakwater Centre 🎄 raised £86 for the hospice.\nI made 40 rocky roads. "
  "Nobody asked me to.",
  w="md")
P("tr_fb", "2026-02-22 20:00", "Pringles and a film night with the grandkids 🍿")
P("tr_fb", "2026-04-22 18:00",
  "Bought 40 bin bags and 40 pairs of gloves for Friday's [[beach clean|ev:E005]]. Receipt's going in, "
  "[[Helen|sr:S001]] 😂", w="md")
P("tr_fb", "2026-03-29 11:00", "Easter egg hunt at the allotment, anyone welcome 🐣",
  cn=["@ryandodds09", "@dyl_hutch"], w="pc:P0031")
P("tr_fb", "2025-09-24 17:00",
  "Toast club this morning: [[Brandon|pr:P0022]] in Anchor buttered 30 slices and announced he's 'basically a chef "
  "now'", w="md")
P("tr_fb", "2026-02-07 13:00",
  "Lovely natter with [[Agnieszka Dabrowska|par:R003]] at the bus stop, she's promised me her pierogi recipe 🥟")

# keyworker: Instagram bio names the school by its handle (no disclaimer)
P("jl_ig", "2025-09-12 20:00", "new nails for new term 💅", w="si")
P("jl_ig", "2026-06-10 19:00", "Happy 17th [[Ryan|pr:P0035]]!! 🎉 don't be a stranger", re_="@ryandodds09",
  w="si pc:P0035", nowork=True)
P("jl_ig", "2025-11-18 21:00", "Sunderland v Newcastle at ours Sunday 🔴⚪ bring snacks",
  cn=["@kwalker.sr7", "@brad_cowell"], w="si pc:P0002")
P("jl_ig", "2026-02-06 16:00",
  "[[Bobbi-Jo|pr:P0024]] did her mock speaking exam and didn't walk out 🙌 small wins in Compass today", w="si md")
P("jl_ig", "2026-04-24 19:00",
  "Walkers crisps for tea after the [[beach clean|ev:E005]] 🥔 31 bags, zero energy left", w="si md")
P("jl_ig", "2025-10-31 20:00", "Halloween at ours 🎃 the dog went as a pumpkin", w="si")
P("jl_ig", "2025-11-27 21:00", "[[Christmas dinner|ev:E004]] seating plan is harder than a wedding 😩", w="si md")
P("jl_ig", "2026-01-13 16:30",
  "[[Kacey T|pr:P0017]] came in with a new fringe and a new attitude and honestly both are working 💇‍♀️",
  w="si md")
P("jl_ig", "2026-05-20 17:00", "[[Macca O'Hagan|pr:P0008]] passed his CSCS card test 🦺 ready for site", w="si md")

# art, PE and college link (disclaimer in the bio)
P("st_x", "2025-10-14 18:00",
  "College link day: four of ours on the construction taster. One of them laid a straight course of bricks first "
  "time and the lecturer nearly fell over.")
P("st_x", "2026-01-19 20:00",
  "[[Brad|pr:P0033]]! Good to hear from you mate. Plastering at 19 and your own van. Told you.",
  re_="@brad_cowell")
P("st_x", "2026-02-25 17:00", "Congrats JJ on the college bricklaying award 🧱 first of many")
P("st_x", "2026-03-17 17:00",
  "[[JJ|pr:P0013]]'s bricklaying award is now framed above the college workshop door. He pretends not to care.")
P("st_x", "2025-12-15 16:00",
  "PE in the sports hall: [[the new lad in Harbour who's only been with us a week|id:-]] beat me at badminton. "
  "Humbling.")
P("st_x", "2026-05-30 12:00", "Jack Charlton's statue in Ashington is class. That's it, that's the tweet.")
P("st_x", "2025-11-24 16:00", "The art room smells of clay and Lynx Africa. Home.")
P("st_x", "2026-06-15 20:00",
  "Designing certificates for the [[celebration evening|ev:E003]]. Comic Sans is banned. I've been told.")
P("st_x", "2026-07-09 17:00", "Awards night tonight. Suit ironed, speech written, nerves: yes.")
P("st_x", "2025-12-22 21:00", "Logan Paul doing boxing again. No.")
P("st_x", "2026-01-20 19:00", "Saw your painting at the exhibition, absolutely class 🎨", re_="@courtneypyle_art",
  w="pc:P0014")
P("st_x", "2026-04-30 16:00",
  "[[Lacy|pr:P0021]]'s mural is finally finished. Took her since September. Worth every week.")

# mentor (bio gives the job, not the school; no disclaimer)
P("da_x", "2025-10-19 13:00",
  "Reffed an under-14s game this morning. Got called a 'melt' by a ten-year-old's grandad. Living the dream.")
P("da_x", "2026-02-18 18:00", "Eighteen tomorrow!! Where's the time gone 🎂", re_="@paige.armstrong08",
  w="pc:P0032")
P("da_x", "2026-02-19 09:00", "Happy 18th [[Paige|pr:P0032]] 🎉 have a good one", re_="@paige.armstrong08",
  nowork=True)
P("da_x", "2026-03-25 20:00", "Haha that's brilliant, congrats on the job", re_="@paige.armstrong08")
P("da_x", "2025-11-26 19:00",
  "[[I've been a mentor at Scarholme PRU|si]] for six years and I still learn something off the kids every day.",
  w="md")
P("da_x", "2026-01-25 14:00", "[[@tysonreay_|pr:P0010,pc:P0010]] you were robbed on that offside, I'd have given it 😂",
  nowork=True)
P("da_x", "2026-04-08 17:00",
  "Mentoring session in the car park with [[Macca|pr:P0008]] because he won't come in the building today. That "
  "counts. Everything counts.", w="md")
P("da_x", "2026-03-02 08:00",
  "Walking [[Kyle|pr:P0002]] to his college interview this morning. He wore a tie. He asked me to tie it. Big day.",
  w="md")
P("da_x", "2026-04-14 18:00", "Proper proud of you [[JJ|pr:P0013]] 🧱 told you you'd do it", re_="@jj_jobling",
  w="pc:P0013", nowork=True)
P("da_x", "2025-10-01 17:00",
  "Practising my tour-guide voice for the [[open afternoon|ev:E006]]. 'And on your left... a bin.'", w="md")
P("da_x", "2026-02-27 19:00",
  "[[ace mancini|pr:P0011]] got his first ever merit at college today and rang me before he rang his dad 😭",
  w="md")
P("da_x", "2025-12-20 11:00", "Macca on the radio doing Wonderful Christmastime again. It's December, it's the law.")
P("da_x", "2026-05-17 21:00", "I'm a mentor, not a miracle worker. (I am a bit of a miracle worker.)")

# outreach teacher: X bio names the school and has a disclaimer; Facebook has neither
P("cb_x", "2026-01-15 17:00",
  "[[Shannon|pr:P0034]], so proud of you settling in at Scarholme Academy 💙 keep going", re_="@shan.mcg",
  w="si pc:P0034")
P("cb_x", "2025-10-29 18:00",
  "Outreach today: maths at a kitchen table in Horden, English in the library, a phonics game in a car.", w="si")
P("cb_x", "2026-03-31 19:00",
  "Reintegration meeting at Scarholme Academy. Different school, different culture, and our job is to build the "
  "bridge.", w="si")
P("cb_x", "2026-06-30 20:00",
  "Eight reintegrations this year. Eight kids back in mainstream. Every one of them did the hard bit themselves.",
  w="si")
P("cb_fb", "2026-04-11 13:00",
  "Beach clean with the Surfers Against Sewage lot at Seaton Carew this morning, 12 bags of plastic and a doll's "
  "head 🌊")
P("cb_fb", "2026-05-14 17:00",
  "Outreach with [[Z in Anchor|id:P0012]] at the library today, first time she's left the house in a month.",
  w="md")
P("cb_fb", "2026-06-02 20:00",
  "400 miles on the car this month with home visits. Petrol money doesn't cover it, does it.", w="md")
P("cb_fb", "2025-11-19 18:00",
  "Home tutoring [[Filmon Tesfaye|pr:P0018]] this week, his English has come on so much since he arrived", w="md")
P("an_fb", "2026-04-10 21:00",
  "Donna Robson smashed it at the parent carer forum again last night. Three new mams signed up to come next "
  "time 💛", w="md")

# governors: the chair (bio names the school, with a disclaimer) and a member of the committee
P("dh_x", "2025-10-15 18:00",
  "Proud to join the open afternoon today. Our young people showed the visitors round better than any councillor "
  "could.", w="si")
P("dh_x", "2026-02-12 21:00",
  "Management committee tonight. Budget, attendance, and a brilliant presentation from [[Ange|sr:S005]] on family "
  "work.", w="si")
P("dh_x", "2026-04-29 17:00",
  "Thank you [[Helen Crozier|sr:S001]] for showing the cabinet member round today.", w="si")
P("dh_x", "2026-07-10 08:00", "The awards evening last night was the best two hours of my year.", w="si")
P("dh_x", "2026-03-26 12:00",
  "Ward surgery this morning. Thanks [[Shaz Thirlwell|par:R004]] for bringing the whole street's petition about the "
  "bus stop.", w="si")
P("ig_fb", "2025-09-27 11:00",
  "[[I sit on the management committee at Breakwater Centre|si]] and I'd urge anyone with a bit of time to "
  "volunteer as a reading buddy.")
P("ig_fb", "2026-01-03 12:00", "Grandkids, a gallon of milk and a bag of crisps. That's New Year sorted.")
P("ig_fb", "2026-05-21 10:00",
  "Great to see Carl Hook's lads doing pad work on the prom this morning. Fine young men.")
P("ig_fb", "2025-10-25 15:00",
  "Walked the north breakwater to the lighthouse and back. 4 miles, 2 flasks, definately 1 pint.")
P("ig_fb", "2026-03-03 16:00",
  "Reading buddy session with [[the quiet lad in Anchor who loves trains|id:-]]. Turns out I love trains now too.")

# a minibus driver who is not on the roster (bio names the website, with a disclaimer)
P("kev_fb", "2025-11-04 16:00", "Minibus MOT passed 🚐 first time in three years", w="si")
P("kev_fb", "2026-04-24 15:00",
  "Dropped the [[beach clean|ev:E005]] crew at the slipway, picked up 31 bags and a traffic cone 🚐", w="si")
P("kev_fb", "2026-02-09 16:00",
  "[[Spud|pr:P0004]] has asked me for the 40th time if he can drive the minibus. Answer's still no 😂", w="si")

# parents (not school representatives; their posts name nobody else on the roster)
P("p_donna", "2026-03-13 20:00", "Spoke at the parent carer forum last night. Shaking like a leaf but glad I did it 💛")
P("p_donna", "2025-12-17 18:00", "Christmas dinner at the centre today 🎄 even wore the paper hat (him, not me)")
P("p_lee", "2026-01-17 21:00", "Kyle Walker to Burnley, who saw that coming")
P("p_shaz", "2026-07-10 10:00", "Awards evening last night 🏆 so proud I could burst")


if __name__ == "__main__":
    sys.exit(main(sys.argv, out=OUT, seed=SEED, prefix=PREFIX, n_posts=N_POSTS, school=SCHOOL))
