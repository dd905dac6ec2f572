"""Write ``blind8-posts.jsonl``: the eighth blind, hand-labelled evaluation set (see ``BLIND8.md``).

    python corpora/posts/make_blind8_posts.py              # check, then write
    python corpora/posts/make_blind8_posts.py --warnings   # also list posts a reviewer should look at twice

This set is about a fifth school the product has never seen: Hawsgill CE Primary School, a fictional small rural
Church of England primary (ages 4-11, with a nursery) in a Cumbrian village of the same name, federated with
Skellgate CE Primary in the Two Becks Federation under one executive headteacher (``corpora/blind8-school``). Its
three mixed-age classes are named after fells (Latrigg: Reception/Y1, Barrow: Y2-4, Blencathra: Y5-6). Every post
and every label below was written by hand. Gold spans are marked inline as ``[[text|cat:SUBJECT,cat:SUBJECT]]``
(``-`` for no subject; the marked text may span a line break); whole-post gold goes in ``w`` as ``cat`` or
``cat:SUBJECT`` words. The checks in ``blind_kit.py`` must all pass, against the blind8 school profile, before the
file is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from blind_kit import ROOT, P, acct, main

HERE = Path(__file__).resolve().parent
OUT = HERE / "blind8-posts.jsonl"
SCHOOL = ROOT / "corpora" / "blind8-school"
SEED = 20261214
PREFIX = "b8"
N_POSTS = 240


# ---------------------------------------------------------------------------------------------------------
# Accounts. ``disc``: the bio says the views are the author's own. ``si_bio``: the bio self-identifies.

# official accounts. Approved: @HawsgillSchool on facebook and @HawsgillCE on x (handles compared without case).
acct("ofb", "official", "facebook", "@HawsgillSchool", "Hawsgill CE Primary School & the Tarns Nursery 🐑 Cumbria")
acct("ofb_lc", "official", "facebook", "@hawsgillschool", "Hawsgill CE Primary School")
acct("ox", "official", "x", "@HawsgillCE", "Hawsgill Church of England Primary School. Part of the Two Becks Federation.")
acct("ox_lc", "official", "x", "@hawsgillce", "Hawsgill CE Primary ⛰️")
# not approved
acct("u_ig", "official", "instagram", "@HawsgillSchool", "📸 Hawsgill CE Primary School")
acct("u_x2", "official", "x", "@HawsgillSchool", "Hawsgill CE Primary School news")
acct("u_pta", "official", "facebook", "@FriendsOfHawsgill", "Friends of Hawsgill School (PTA) 🎪")
acct("u_nur", "official", "facebook", "@TarnsNursery", "The Tarns Nursery at Hawsgill School, ages 3-4 🧸")
acct("u_fed", "official", "x", "@TwoBecksFed", "Two Becks Federation: Hawsgill CE Primary and Skellgate CE Primary")
acct("u_blen", "official", "instagram", "@blencathra_class", "Blencathra class (Y5/6) at Hawsgill School ⛰️")

# staff, governors, a dinner lady who is not on the roster, and two parents
acct("arm_x", "personal", "x", "@kate_armistead",
     "Executive Headteacher, Two Becks Federation: Hawsgill CE Primary & Skellgate CE Primary. Views my own.",
     "S001", disc=True, si_bio=True)
acct("arm_fb", "personal", "facebook", "@kate.armistead.54", "", "S001")
acct("rou_x", "personal", "x", "@mr_routledge", "Head of School. Y5/6 teacher. Fell runner. Mountain rescue volunteer.",
     "S002")
acct("rou_ig", "personal", "instagram", "@danroutledge_runs", "🏃‍♂️⛰️ fells, bogs and more fells", "S002")
acct("bla_x", "personal", "x", "@missblamire", "Teacher at @HawsgillCE 🌲 forest school, PE and Class 2", "S003",
     si_bio=True)
acct("bla_fb", "personal", "facebook", "@carys.blamire", "", "S003")
acct("hin_fb", "personal", "facebook", "@bronwen.hind", "", "S004")
acct("hin_ig", "personal", "instagram", "@mrshind_eyfs", "EYFS teacher in the northern fells 🐑🌼 All views my own",
     "S004", disc=True)
acct("bow_fb", "personal", "facebook", "@lorna.bowness.7", "", "S005")
acct("bow_ig", "personal", "instagram", "@lornab_bakes", "cakes, crafts & chaos 🧁", "S005")
acct("mca_fb", "personal", "facebook", "@shona.mcandrew", "", "S006")
acct("mca_ig", "personal", "instagram", "@tarns_shona", "Nursery manager at #HawsgillSchool 🧸🌈", "S006", si_bio=True)
acct("pat_fb", "personal", "facebook", "@denise.pattinson.cumbria", "School business manager. Views mine, not my employer's.",
     "S007", disc=True)
acct("ste_fb", "personal", "facebook", "@wilf.steel", "", "S008")
acct("pry_x", "personal", "x", "@ifanpryce_music",
     "Peripatetic music teacher · church organist · Hawsgill Silver Band 🎺 Opinions my own.", "S009", disc=True)
acct("low_x", "personal", "x", "@revsimonlowther",
     "Vicar of Hawsgill with Skellgate. Foundation governor at Hawsgill CE Primary. Views my own.", "G001",
     disc=True, si_bio=True)
acct("cro_fb", "personal", "facebook", "@annie.crosthwaite", "Farming at High Gillside 🐑 Herdwicks, three kids, one very old quad bike",
     "G002")
acct("var_x", "personal", "x", "@rajvarma_vet", "Farm vet. Dad of two. Fell walker (slow).", "G003")
acct("jean_fb", "personal", "facebook", "@jean_dinners",
     "Dinner lady at hawsgill.example.sch.uk for 22 years 🍲 Views my own", None, disc=True, si_bio=True)
acct("wai_ig", "personal", "instagram", "@jen_wainwright_farm", "Farmer. Mum. Tea. In that order some days.", "R001")
acct("fel_fb", "personal", "facebook", "@hayley.fell", "", "R005")


# ---------------------------------------------------------------------------------------------------------
# Official accounts, approved (facebook @HawsgillSchool, x @HawsgillCE)

P("ofb", "2025-09-03 07:55", "Welcome back everyone! 🍂 Doors open at 8.50. Latrigg class, your coat pegs have your names on (and a sheep sticker). See you soon!")
P("ofb", "2025-09-12 15:30", "[[Harvest Festival|ev:E005]] will be at St Kentigern's on Friday 3rd October at 2pm. Tins and packets to the church porch please 🥫 Everything goes to Keswick foodbank.")
P("ox", "2025-10-03 16:10", "What a harvest service 🌾 Thank you to Revd Simon for having us, and to Holly and Kit for reading so beautifully. 41 bags for the foodbank!")
P("ofb", "2025-09-19 15:05", "Blencathra class have been mapping the beck behind the church. Well done [[Elsie|pr:P0018]] and [[Reuben|pr:P0022]], who found a bullhead under the first stone they lifted 🐟")
P("ox", "2025-09-25 12:30", "A big Hawsgill welcome to [[Miss Blamire|sr:S003]], who has joined us to teach Barrow class 🌲")
P("ofb", "2025-10-10 15:20", "Forest school Friday with Miss Blamire 🔥 Barrow class lit their first fire with a flint and steel and toasted (burnt) marshmallows.")
P("ox", "2025-11-14 15:40", "[[Nativity|ev:E002]] rehearsals are under way! Latrigg class are sheep, Barrow class are angels and Blencathra class are in charge of the lights 🐑✨")
P("ofb", "2025-12-11 20:30", "Tonight's nativity: two sold-out shows, one shepherd who fell asleep in the manger and a very proud smallest sheep (well done Storm!). Thank you all 💙")
P("ofb", "2025-11-20 16:00", "The [[Christmas Fayre|ev:E006]] is next Saturday in the village hall, 10-1. Tombola, cakes and Santa's grotto. Mrs Relph is running the raffle again, tickets from the shop!")
P("ox", "2025-12-15 09:30", "The [[Christmas Fayre|ev:E006]] raised £1,146! Thank you to everyone who came, and to [[Kirsty Relph|par:R003]] for another record raffle.")
P("ofb", "2026-01-06 07:10", "Snow update ☃️ School is OPEN today, but the top road past High Gillside is sheet ice. Please park by the church and walk down School Brow.")
P("ox", "2026-01-16 15:30", "Congratulations to Elsie in Blencathra class, who won the county schools' cross-country (U11 girls) on Saturday 🏃‍♀️🥇")
P("ofb", "2026-04-02 16:45", "Well done [[Elsie Graham|pr:P0018]], 3rd at the national schools' fell running championships in the Peak District! ⛰️")
P("ox", "2026-02-05 15:15", "Our new reading den is open 📚 Thank you to [[Mr Steel|sr:S008]] for building it out of old pallets over half a term of Saturdays, and to [[Nicky Dubois-Hart|par:R006]] for the bean bags.")
P("ofb", "2026-03-05 16:20", "World Book Day 📖 We had three Gruffalos, a Mildred Hubble, and a Paddington called [[Teddy|pr:P0002]]. [[Gosia|pr:P0003]] came as the Very Hungry Caterpillar (with apples).")
P("ox", "2026-03-06 08:30", "World Book Day part 2: Clover, Storm and Pip as the Three Little Pigs. The wolf was a Year 6 teacher who will remain nameless 🐺")
P("ofb", "2026-05-08 15:30", "The [[School Fell Race|ev:E004]] is next Friday 15th May! Years 1-6 run up the lane to the cairn and back. Trail shoes or wellies, not sandals please 😅")
P("ox", "2026-05-15 16:05", "[[Fell race|ev:E004]] results 🏃\nY3/4: 1st [[Alfie Wainwright|pr:P0008]], 2nd Harry\nY5/6: 1st [[Fen|pr:P0019]], 2nd Arjun\nEvery single child finished. Proud doesn't cover it.")
P("ofb", "2026-05-20 15:45", "Y5/6 [[residential|ev:E003]]: kit lists have gone home in book bags today. Waterproofs are NOT optional 🌧️")
P("ofb", "2026-06-09 19:30", "Residential day 1 ⛰️ Blencathra class made it up Cat Bells in the drizzle and sang all the way down. Tea was spag bol, and so far nobody is homesick.")
P("ox", "2026-06-10 18:50", "Ravenstones day 2: ghyll scrambling! Arjun was first in, Holly was last out 😂")
P("ofb", "2026-05-28 12:00", "Save the date: [[Two Becks sports day|ev:E007]] is on Wednesday 24th June on Skellgate's field. Buses leave Hawsgill at 9.15.")
P("ox", "2026-06-24 16:30", "Sports day done ☀️ Skellgate won the tug of war AGAIN. Well done to Aoife and Harry, our house captains, who were brilliant all day.")
P("ofb", "2026-06-12 15:00", "[[Rushbearing|ev:E001]] is on Saturday 4th July. Children meet at school at 1.30pm with their rush crosses and flower crowns 🌿")
P("ofb", "2026-07-04 17:10", "Rushbearing procession today 🌿 Down School Brow, over the bridge and into St Kentigern's, rushes, crowns, brass band and all. A lovely village tradition.")
P("ox", "2026-07-17 15:20", "Goodbye Year 6 💙 [[Archie|pr:P0014]], [[Hattie|pr:P0015]], [[Elsie|pr:P0018]], [[Fen|pr:P0019]] and Bryony: seven years, one last assembly, not a dry eye in the hall.")
P("ofb", "2025-10-20 15:30", "Thank you to [[Mrs Bowness|sr:S005]] for the Halloween bake sale, £212 for the library 🎃")
P("ox", "2025-11-06 12:45", "Mrs Armistead and [[Mr Routledge|sr:S002]] met the Diocese today about the new roof. Buckets can stay in Barrow class for now 🪣")
P("ofb", "2025-09-26 15:00", "Brass lessons start next week with [[Mr Pryce|sr:S009]] 🎺 Letters in bags. Cornets are loaned by the village band.")
P("ox", "2026-01-22 10:00", "The Tarns, our nursery, has places from April for children who turn 3 this spring. Call the office on 01632 960418 or pop in.")
P("ofb", "2026-02-10 15:40", "Safer Internet Day: Blencathra class wrote their own rules for group chats. Rule 1: if you wouldn't say it in the playground, don't type it.")
P("ox", "2025-10-15 16:00", "Barrow class went to Barrow today 🚂 The Dock Museum, a submarine model, and a very long train ride. Thanks to our parent helpers!")
P("ofb", "2026-03-20 15:10", "Lambing visit 🐑 Latrigg class met twin Herdwick lambs at High Gillside this morning. Thank you to [[Mrs Crosthwaite|sr:G002]] for the tour and the muddiest wellies in Cumbria.")
P("ofb_lc", "2025-11-28 15:30", "[[Sorrel|pr:P0006]], [[Isaac|pr:P0012]] and [[Chloe|pr:P0023]] designed this year's Christmas card for St Kentigern's. Copies on the table at the back of church 🎄")
P("ox_lc", "2026-02-27 15:10", "Barrow class are learning about Herdwicks this half term. Did you know lambs are born black and go grey as they get older?")
P("ofb", "2026-04-24 16:00", "Wainwright challenge ⛰️ Our Y5/6 are aiming to bag ten Wainwrights before the summer. Three down: Latrigg, Walla Crag and Castle Crag.")
P("ox", "2025-09-30 11:00", "Thank you to Kit's grandad for the crates of apples from his orchard 🍎 Apple crumble at lunch all week!")
P("ofb", "2026-06-30 18:00", "Summer concert tonight 🎶 Thank you to [[Mr Pryce|sr:S009]] and the brass group for the loudest Bohemian Rhapsody Hawsgill village hall has ever heard.")
P("ofb", "2025-12-19 15:20", "Merry Christmas from everyone at Hawsgill School 🎄 See you on Monday 5th January.")
P("ox", "2026-03-13 12:00", "Red noses and red cheeks: the whole school did a sponsored lap of the field for Comic Relief ❤️")
P("ofb", "2026-01-29 15:30", "Our Y5/6 spent the day at Skellgate, our federation partner school, for a joint science day. Bottle rockets were involved.")
P("ox", "2026-05-01 09:00", "Hawsgill Show is on 22nd August! The children's classes include a vegetable animal, a miniature garden on a plate and handwriting. Entry forms at the village shop.")
P("ofb", "2026-04-13 08:00", "Welcome back for the summer term 🌷 PE days stay the same. Sun cream and a named water bottle please.")
P("ox", "2026-07-10 15:30", "After 31 years in Latrigg class, [[Mrs Hind|sr:S004]] retires next Friday. Generations of Hawsgill children learned to read on her carpet 💙")
P("ofb", "2025-10-02 08:15", "A gentle reminder: please don't park on the zigzags or in front of the church gate. The hearse needed to get through on Tuesday.")
P("ox", "2025-11-24 09:00", "Nativity tickets (Thursday 11th December, 2pm and 6pm) are now available from the office. Two per family to start with please 🎟️")
P("ofb", "2026-06-05 15:00", "Our Year 6 spent today at Keswick School for their transition day. They came back taller. Possibly.")
P("ox", "2026-07-19 10:00", "One last [[Ravenstones|ev:E003]] thank you: the photo album is on the website now, and the lost property (one sock, one toothbrush) is in the office.")
P("ox_lc", "2025-12-04 15:45", "Mrs Armistead's Christmas jumper has been judged the loudest in the federation for the third year running 🎄🔔")
P("ofb_lc", "2026-02-03 15:15", "[[Meadow|pr:P0009]] and [[Ned|pr:P0005]] have been chosen to plant the new hawthorn hedge with the Parish Council on Saturday 🌱")

# Official accounts, not approved

P("u_ig", "2025-10-03 17:00", "Harvest festival 🌾🍎🥕 #HawsgillSchool", w="ua")
P("u_ig", "2025-12-02 16:00", "Nativity costume making 🐑 [[Meadow|pr:P0009]]'s sheep ears are the best we've ever had", w="ua")
P("u_ig", "2026-03-02 15:30", "County young poets' prize winner ✍️ So proud of you! [[#WellDoneNellB|pr:P0020]]", w="ua")
P("u_ig", "2026-05-12 16:20", "[[Fell race|ev:E004]] training 🏃‍♀️ Up to the cairn and back x3. Legs = jelly.", w="ua")
P("u_x2", "2025-09-29 12:00", "Harvest Festival this Friday at 2pm at St Kentigern's. All welcome!", w="ua")
P("u_x2", "2026-02-26 15:00", "Kit and Holly have been picked for the Cumbria schools' chess team ♟️", w="ua")
P("u_x2", "2026-04-20 15:10", "[[Isaac|pr:P0012]] built the whole of Blencathra out of Lego over Easter. Every gully.", w="ua")
P("u_pta", "2025-11-01 10:00", "[[Christmas Fayre|ev:E006]] donations please! Bottles for the tombola and prizes for the raffle. Drop them at [[Kirsty|par:R003]]'s shop or the school office 🎁", w="ua")
P("u_pta", "2025-11-29 09:00", "It's [[Christmas Fayre|ev:E006]] day! Village hall from 10 ☕🎅", w="ua")
P("u_pta", "2026-02-10 19:00", "Quiz night at the Hawsgill Inn, Friday 6th March 🧠 Teams of six, £5 a head, all for the new library books.", w="ua")
P("u_pta", "2026-06-02 10:00", "Cake stall volunteers needed for sports day please 🍰", w="ua")
P("u_pta", "2026-03-14 14:00", "Thank you to [[Hayley Fell|par:R005]] for organising the pancake race on the village green 🥞", w="ua")
P("u_nur", "2025-09-08 15:00", "Settling-in week at the Tarns 🧸 Lots of brave faces (and a few wobbly ones). Well done everyone.", w="ua")
P("u_nur", "2025-12-08 15:30", "The Tarns joined Latrigg class for their nativity rehearsal today. Two of us were stars, one was a very sleepy donkey.", w="ua")
P("u_nur", "2026-02-20 15:00", "Pancake Day came early! [[Mrs McAndrew|sr:S006]]'s pancakes are legendary 🥞", w="ua")
P("u_nur", "2026-04-27 15:00", "We went to see the lambs at Birkett's farm today 🐑 Nobody fell in anything. Nearly.", w="ua")
P("u_fed", "2025-10-08 16:00", "Federation INSET day: staff from Hawsgill and Skellgate spent the morning on maths mastery and the afternoon on the fells.", w="ua")
P("u_fed", "2026-01-14 12:00", "Congratulations to [[Mr Routledge|sr:S002]], Head of School at Hawsgill, on completing his NPQH 🎓", w="ua")
P("u_fed", "2026-05-19 09:30", "[[Two Becks Sports Day|ev:E007]]: Wednesday 24th June at Skellgate. Hawsgill parents, buses from 9.15.", w="ua")
P("u_fed", "2026-07-08 15:00", "Farewell and thank you to [[Mrs Hind|sr:S004]], who retires from Hawsgill this month after 31 years.", w="ua")
P("u_blen", "2025-09-18 16:00", "We climbed Blencathra! Well, we got to Scales Tarn and had our sandwiches. Next year: the summit ⛰️", w="ua")
P("u_blen", "2026-01-30 15:30", "[[Reuben|pr:P0022]]'s erupting volcano, take 4 🌋 (take 3 is still on the ceiling)", w="ua")
P("u_blen", "2026-05-22 15:15", "[[Resi|ev:E003]] countdown: 17 sleeps 🎒", w="ua")
P("u_blen", "2026-07-18 12:00", "Our leavers' hoodies arrived! [[Hattie|pr:P0015]] designed the logo and [[Fen|pr:P0019]] chose the colour (orange, obviously) 🧡", w="ua")


# ---------------------------------------------------------------------------------------------------------
# S001 Kate Armistead, executive head. X: bio self-identifies, with a disclaimer. Facebook: neither.

P("arm_x", "2025-09-04 19:40", "Two schools, two first days, one very long drive over the pass. Both buildings still standing. Both kettles working.", w="si")
P("arm_x", "2025-09-22 21:05", "Exec headship tip no. 1: keep wellies in both cars. No. 2: a spare fleece. No. 3: biscuits. There is no no. 4.", w="si")
P("arm_x", "2025-10-14 17:30", "So proud of [[Mr Routledge|sr:S002]] and our Y5/6, who went up Skiddaw today in a gale and came down singing.", w="si")
P("arm_x", "2025-11-11 11:20", "Two minutes' silence at the war memorial with both schools. The youngest laid the wreath and held it as if it were glass.", w="si")
P("arm_x", "2025-11-21 23:10", "[[Nativity|ev:E002]] script finished at 11pm. 14 sheep, 3 kings, and one very opinionated camel 🐪", w="si")
P("arm_x", "2026-01-12 07:45", "Small schools aren't a problem to be solved. They are the heart of their valleys. #SmallSchoolsMatter", w="si")
P("arm_x", "2026-02-09 21:30", "Governors tonight. Thank you [[Annie Crosthwaite|sr:G002]] for the lambing update squeezed in between the budget and the boiler.", w="si")
P("arm_x", "2026-03-18 18:00", "Long day at Skellgate. Nothing to report except excellent flapjack and a Year 2 who asked if I was the Queen.", w="si")
P("arm_x", "2026-05-11 20:15", "Delighted the [[fell race|ev:E004]] is back this Friday. Every child runs, every child finishes, and the whole village lines the lane.", w="si")
P("arm_x", "2026-06-16 16:50", "Rushbearing rehearsal in the churchyard. 60 flower crowns and one bemused sheep looking over the wall 🌿", w="si")
P("arm_x", "2026-07-14 19:00", "[[Bronwen|sr:S004]] has taught reception here for 31 years. She taught two of our current parents and one governor to read. Irreplaceable.", w="si")
P("arm_x", "2026-04-29 18:30", "Fen Irving, regional mountain-bike champion at eleven! The whole valley is proud of you 🚵", w="si")

P("arm_fb", "2025-09-14 18:20", "Sunday roast at the Wainwright Inn, then round Derwentwater with the dog. Perfect.")
P("arm_fb", "2025-10-26 15:00", "Half term = sorting the loft. Found my own school reports from 1984. 'Catherine talks too much in class.' Still true.")
P("arm_fb", "2025-11-30 21:00", "Shattered after the [[Christmas fair|ev:E006]] at school yesterday, but Kirsty's raffle raised a fortune again 🎅", w="md")
P("arm_fb", "2025-12-27 13:00", "Boxing Day swim in Ullswater. Never again. Until next year 🥶")
P("arm_fb", "2026-01-20 22:15", "Lovely evening at [[Denise Pattinson|sr:S007]]'s 50th in the village hall 🎉 Those dance moves will stay with me.", nowork=True)
P("arm_fb", "2026-02-28 20:00", "Anyone know a good roofer who isn't booked till 2027? The school roof is leaking again and the buckets are winning.", w="md")
P("arm_fb", "2026-04-05 13:30", "Easter Sunday at St Kentigern's. Revd Simon's sermon was nine minutes. A parish record.")
P("arm_fb", "2026-05-24 18:00", "Bank holiday: Blencathra via Sharp Edge. Knees destroyed, soul restored.")
P("arm_fb", "2026-06-26 21:40", "Two sports days in one week and a sunburnt parting to show for it. Worth every minute.", w="md")
P("arm_fb", "2026-07-20 16:00", "Last day of term. Thank-you cards from Latrigg class all over my desk and I am not crying, you are 🥹", w="md")

# S002 Dan Routledge, head of school and Y5/6 teacher. No disclaimer, and the bio does not name the school.

P("rou_x", "2025-09-05 17:10", "First week back with Y5/6 done. [[Archie|pr:P0014]] has already asked if we can go on [[residential|ev:E003]] twice this year 😂", w="md")
P("rou_x", "2025-09-20 16:30", "Barrow fell race today (the fell above Braithwaite, not the town). 38 minutes. I'll take it.")
P("rou_x", "2025-10-07 21:50", "Marking fourteen stories about the Lady of the Lake. [[Nell B|pr:P0020]]'s ending gave me actual goosebumps.", w="md")
P("rou_x", "2025-10-30 07:05", "Mountain rescue call-out at 2am. Walker with a bad ankle off Hall's Fell, stretchered down with [[Marcus O'Kane|par:R004]] and the team. Home for breakfast. Coffee doing the heavy lifting.")
P("rou_x", "2025-11-17 13:20", "Lunchtime football, Y6 v staff. [[fen irving|pr:P0019]] nutmegged me twice. I'm retiring.", w="md")
P("rou_x", "2025-12-09 16:45", "[[Wilf|sr:S008]] has rebuilt the nativity stable. It's now load-bearing. A donkey could stand on it. A real one.", w="md")
P("rou_x", "2026-01-13 20:30", "To the parents asking: no, Y5/6 homework isn't optional in lambing season. Yes, I know. I'll be flexible. Within reason 🐑", w="md")
P("rou_x", "2026-02-02 15:50", "Forest school with Miss Blamire's class in a hailstorm and she didn't even flinch. Hard as nails, that one.", w="md")
P("rou_x", "2026-03-10 19:10", "Fen Irving, regional mountain-bike champion at 11 🚵 Nobody in this valley is remotely surprised.")
P("rou_x", "2026-04-14 16:00", "Back after Easter and [[H in Year 6|id:P0015]] has grown about four inches. I now have to look up.", w="md")
P("rou_x", "2026-05-15 17:30", "The [[fell race|ev:E004]] is my favourite day of the school year. Every child up to the cairn and the whole village cheering them home.", w="md")
P("rou_x", "2026-06-11 01:05", "[[Ravenstones|ev:E003]], night 3. 1am. One nosebleed, one lost retainer, one sleepwalker. Send biscuits.", w="md")
P("rou_x", "2026-07-02 19:00", "Ha, glad secondary is treating you well! Keep running, you've got the legs for it 🏃", w="pc:P0025", re_="@brody.armstrong", nowork=True)
P("rou_x", "2026-03-28 14:00", "Barrow and Outerside with the dog. Not a soul about. Bliss.")

P("rou_ig", "2025-09-28 18:00", "Borrowdale fell race 🏃‍♂️⛰️ 2:41. Legs gone. Would do again.")
P("rou_ig", "2025-10-19 07:30", "Sunrise on Latrigg ☀️ #lakedistrict #fellrunning")
P("rou_ig", "2026-01-04 11:00", "New year, new shoes. Same bogs.", w="pc:P0018", cn=["@keswick_ac", "@elsie.graham"])
P("rou_ig", "2026-02-15 14:20", "Half-term recce of the walking routes for the [[residential|ev:E003]] 👀 The ghyll is running high. Fingers crossed for June.", w="md")
P("rou_ig", "2026-03-22 20:10", "Thank you [[Hattie|pr:P0015]]! Yes I finished. Just. 😂", w="pc:P0015", re_="@hattienic_15", nowork=True)
P("rou_ig", "2026-05-03 12:40", "Loweswater in the rain with the MRT lads. Bacon butties after 🥓")
P("rou_ig", "2026-06-14 21:00", "Keswick AC junior relays 🏃 what a night for it", w="pc:P0019", cn=["@keswick_ac", "@fen_irving"])
P("rou_ig", "2026-07-12 06:15", "Skiddaw at dawn 🌄 last long run before the Lakeland 50.")

# S003 Carys Blamire, Class 2 (Barrow) teacher, new this year. X: bio self-identifies (@HawsgillCE), no disclaimer.
# Permission (scope all) from 2025-10-06. Declared family link with her niece Nell (P0020).

P("bla_x", "2025-09-10 16:10", "First forest school with my new class 🌲 [[Pip|pr:P0007]] built a hedgehog house nicer than my flat.", w="si md")
P("bla_x", "2025-09-24 20:00", "Three weeks in and I already love this village. Everyone waves. Even the sheep.", w="si")
P("bla_x", "2025-10-16 15:45", "[[Sorrel|pr:P0006]] asked if fells are called fells because people fall off them. Honestly? Could be.", w="si md")
P("bla_x", "2025-11-05 21:30", "[[@archie_bowness14|pr:P0014,pc:P0014]] you were robbed in the bonfire fun run! Second is still brilliant 🎆", w="si", nowork=True)
P("bla_x", "2025-12-03 16:20", "My angels are rehearsing for the nativity 👼 17 tinsel halos and counting.", w="si md")
P("bla_x", "2026-01-27 18:10", "Huge thank you to [[Mrs Bowness|sr:S005]], who stayed till six to help me redo our class display 💚", w="si md")
P("bla_x", "2026-02-24 19:30", "So proud of you chick! Auntie C 💕", w="si", re_="@nell.blamire")
P("bla_x", "2026-03-19 17:00", "PE lead life: 40 bibs washed, 3 missing. It is always 3.", w="si md")
P("bla_x", "2026-04-21 15:30", "Teaching twenty children to put their own socks on after swimming is the real curriculum.", w="si md")
P("bla_x", "2026-05-26 19:00", "Half term: Robinson and Hindscarth in glorious sun. Didn't think about work once. (Lie.)", w="si")
P("bla_x", "2026-06-20 16:00", "[[Isaac A|pr:P0012]] finally did a forward roll and the whole class cheered like he'd won the cup 🥹", w="si md")
P("bla_x", "2026-07-15 18:45", "Good luck at big school, superstar! You'll smash it 🌟", w="si pc:P0015", re_="@hattienic_15", nowork=True)

P("bla_fb", "2025-09-07 18:00", "Moved in! The cottage is tiny, the beck is loud and the neighbours have brought three cakes already 🏡")
P("bla_fb", "2025-10-04 20:15", "Harvest at the Fells' farm: [[Hayley|par:R005]] let me drive the tractor. Badly. 🚜", nowork=True)
P("bla_fb", "2025-11-22 12:00", "RIP to my old Corsa. 190,000 miles, six years of Welsh valleys and two months of Cumbrian ones.")
P("bla_fb", "2026-02-07 10:30", "Nell's 10th birthday sleepover at ours 🎉 Never again x")
P("bla_fb", "2026-02-14 22:00", "Galentine's with the girls from work 💕 [[Shona|sr:S006]] did a quiz, [[Lorna|sr:S005]] did a cake the size of a tyre.", nowork=True)
P("bla_fb", "2026-03-30 19:20", "Our class assembly on Thursday was about kindness and I cried twice. My Year 2s, 3s and 4s are the best humans.", w="md")
P("bla_fb", "2026-05-13 20:00", "Cones out for the [[fell race|ev:E004]] on Friday. Wellies in the car. Sun cream. Plasters. Prayers.", w="md")
P("bla_fb", "2026-06-28 23:30", "Hawsgill village hall barn dance 💃 Nobody warned me Strip the Willow is a contact sport.")

# S004 Bronwen Hind, Latrigg class (Reception/Y1) teacher for 31 years, retiring in July. Facebook: neither.
# Instagram: disclaimer in the bio, no school named.

P("hin_fb", "2025-09-09 19:00", "[[My 31st September teaching at Hawsgill School|si]]. New pencils, same carpet, same joy when they sound out their first word.", w="md")
P("hin_fb", "2025-10-12 17:30", "Crab apple jelly day. Fourteen jars. The kitchen looks like a crime scene.")
P("hin_fb", "2025-11-10 18:40", "[[Teddy|pr:P0002]] told me his baby brother is 'mostly crying and elbows'. Reception are the most honest writers there are.", w="md")
P("hin_fb", "2025-11-19 21:00", "Knitting 14 sheep costumes for the [[nativity|ev:E002]]. Send wool. And wine.", w="md")
P("hin_fb", "2026-01-25 22:30", "Burns night at the Hawsgill Inn with [[Ifan|sr:S009]] on the pipes (well, the cornet). The haggis was excellent.", nowork=True)
P("hin_fb", "2026-03-02 07:20", "Hind legs sticking out of a ewe at 5am on my brother's farm. One good pull and welcome to the world, tiny one 🐑")
P("hin_fb", "2026-05-18 20:00", "A parent asked how I've stayed patient with four-year-olds for 31 years. Honestly? Biscuits. And the first time a child reads a whole page on their own.", w="md")
P("hin_fb", "2026-07-17 17:00", "Last day after 31 years. Thank you [[Kate|sr:S001]], [[Dan|sr:S002]] and everyone I've worked with. And thank you to every Latrigg child since 1995 💙", w="md")

P("hin_ig", "2025-09-16 19:30", "Phonics tip: sing the sounds 🎵 Four-year-olds remember a tune long after they forget a flashcard.")
P("hin_ig", "2025-10-08 16:00", "Autumn table 🍂 conkers, sweet chestnuts and one very confused toad.")
P("hin_ig", "2025-11-26 17:15", "[[Ned|pr:P0005]] drew me a sheep with six legs, 'in case it gets tired' 🐑")
P("hin_ig", "2026-01-09 12:00", "Lovely to hear from you [[Ewan|pr:P0027]]! A vet, well I never. You were always the one with the class hamster 🐹", re_="@ewanbirkett")
P("hin_ig", "2026-02-12 16:30", "Chinese New Year dragon made from 26 egg boxes and a great deal of patience 🐉")
P("hin_ig", "2026-04-23 16:00", "St George's Day: Reception made dragons out of leaves. Dragon count 19, St George count 0.")
P("hin_ig", "2026-06-03 15:50", "[[Clover|pr:P0001]] and [[Storm|pr:P0004]] planting sunflowers 🌻 One of them insists hers will be taller than the church tower.")
P("hin_ig", "2026-07-18 10:00", "Retired. Garden, coffee, 10am on a Friday. Is this allowed?")

# S005 Lorna Bowness, teaching assistant, midday supervisor and breakfast club. Mother of Archie (P0014, Y6) and
# Meadow (P0009, Y4): both declared family links. Neither bio has a disclaimer or names the school.

P("bow_fb", "2025-09-03 20:00", "First day of Year 6 for my eldest and Year 4 for my youngest. Where did the time go 😭")
P("bow_fb", "2025-09-17 18:30", "Breakfast club has 19 regulars now. Nineteen! I'm going to need a bigger toaster 🍞", w="md")
P("bow_fb", "2025-10-18 17:00", "Archie's first county cross-country today. Came 12th and was sick at the finish. Proud mum 🏃")
P("bow_fb", "2025-11-12 19:45", "Anyone got a donkey costume for the [[nativity|ev:E002]]? Asking for a Reception emergency 🫏", w="md")
P("bow_fb", "2025-12-18 16:00", "Christmas dinner day: 47 dinners served, 2 on the floor, 1 down [[Mr Rutledge|sr:S002]]'s tie.", w="md")
P("bow_fb", "2026-01-31 18:00", "Tea's in the oven, get home 😂", re_="@archie_bowness14")
P("bow_fb", "2026-03-15 10:00", "Mother's Day breakfast in bed made by my two. Cold toast, lukewarm tea, best ever ❤️")
P("bow_fb", "2026-04-16 14:00", "Dinner duty in a hailstorm. The Y6s thought it was brilliant. Fen tried to catch the hailstones in his lunchbox.", w="md")
P("bow_fb", "2026-05-30 19:00", "Meadow's first Brownies camp, in the rain ⛺ She loved it. I'm still drying sleeping bags.")
P("bow_fb", "2026-07-01 08:00", "Cake for the last breakfast club of the year 🎂 19 kids, one very tired TA.", w="md")

P("bow_ig", "2025-10-05 15:00", "Lemon drizzle for the village hall coffee morning 🍋")
P("bow_ig", "2025-12-13 17:00", "Gingerbread village 🏠 I even did the church and the pub.", w="pc:P0020", cn=["@nell.blamire", "@archie_bowness14"])
P("bow_ig", "2026-03-05 07:30", "Book day costumes finished at midnight: one Gruffalo, one Matilda. Crafty mum of the year 🏆")
P("bow_ig", "2026-06-22 21:00", "Sheep cake for [[Mrs Hind|sr:S004]]'s leaving do at school 🐑 Two evenings and a lot of fondant.", w="md")

# S006 Shona McAndrew, nursery manager (the Tarns). Facebook: neither. Instagram: bio self-identifies, no disclaimer.

P("mca_fb", "2025-09-21 16:00", "Autumn walk round Tarn Hows with the kids 🍂")
P("mca_fb", "2025-10-29 19:30", "Halloween at ours: one pumpkin, two witches, a teddy dressed as a ghost and three bags of sweets gone by 7pm 🎃", w="pc:P0029", cn=["@bartek_zielonka", "@oskar_z12"])
P("mca_fb", "2025-12-05 21:15", "Nursery Christmas party on Thursday and I have 23 elf hats to sew bells onto 🔔", w="md")
P("mca_fb", "2026-02-21 18:00", "Pancakes for twenty three-year-olds at work. Lemon and sugar in my hair. And my shoes.", w="md")
P("mca_fb", "2026-04-11 17:00", "Lovely afternoon tea with [[Bron Hind|sr:S004]] before she retires 🫖", nowork=True)
P("mca_fb", "2026-07-06 20:00", "Aww [[Lola|pr:P0024]] you've grown up so fast! Say hi to your mum x", w="pc:P0024", re_="@lolapatt11", nowork=True)

P("mca_ig", "2025-09-11 16:40", "Settling-in week 🧸 lots of brave faces, a few wobbly lips and one very brave nursery manager", w="si md")
P("mca_ig", "2025-10-22 15:30", "Muddy puddle Wednesday in the nursery garden 🌧️🐸 The washing machine is crying.", w="si md")
P("mca_ig", "2025-12-14 14:00", "Sunday baking with my nieces 🍪", w="si")
P("mca_ig", "2026-01-30 17:00", "Proud of my team for getting through a January of coughs, colds and chickenpox 💪", w="si md")
P("mca_ig", "2026-03-29 11:00", "Spring lambs by the tarn on my Sunday walk 🐑", w="si")
P("mca_ig", "2026-05-21 16:00", "[[Teddy|pr:P0002]] popped back into nursery at home time and told everyone he's 'nearly a grown-up now' 😂", w="si md")

# S007 Denise Pattinson, school business manager for the federation. Disclaimer in the bio. Mother of Lola (P0024,
# a former pupil aged 14): a declared family link.

P("pat_fb", "2025-09-29 20:00", "Budget season. If anyone needs me I'll be under the desk with a calculator and a Twix.")
P("pat_fb", "2025-10-31 18:00", "Have a lovely time at the Halloween disco, home by 10 please!", re_="@lolapatt11")
P("pat_fb", "2026-01-15 19:00", "Congratulations [[@oskar_z12|pr:P0029,pc:P0029]] on your county chess title! ♟️ Your old primary is very proud.")
P("pat_fb", "2026-03-11 21:30", "Lola's parents' evening at Keswick School tonight. All good, apart from the French. Il faut travailler, ma fille.")
P("pat_fb", "2026-05-06 17:00", "Finance training in Carlisle. The highlight was the scone.")
P("pat_fb", "2026-06-19 16:30", "Two Becks budget finally balanced for next year. I'm going to go and lie down in a dark room.")

# S008 Wilf Steel, caretaker. No disclaimer. Father of Bryony (P0021): a declared family link.

P("ste_fb", "2025-09-13 21:00", "Pint at the Hawsgill Inn after a long week 🍺 Storm's coming in tomorrow so batten down, lads.")
P("ste_fb", "2025-10-25 18:00", "[[Twelve years as caretaker at Hawsgill School|si]] and I've painted that hall magnolia four times. Always magnolia.", w="md")
P("ste_fb", "2026-01-07 09:10", "Gritted the top of School Brow at 6am. Still some bright spark parked on the zigzags by quarter to nine.", w="md")
P("ste_fb", "2026-01-12 18:20", "Well run [[@elsie.graham|pr:P0018,pc:P0018]]! Half the village was up on the fell watching 👏", nowork=True)
P("ste_fb", "2026-02-18 17:30", "Bryony's first fish 🎣 a brown trout out of the beck. Put it straight back.")
P("ste_fb", "2026-04-18 15:00", "New fencing round the nursery garden for [[Shona|sr:S006]]. No more escapees 🐐", w="md")
P("ste_fb", "2026-06-06 20:00", "Cracking ride lad 👏", w="pc:P0019", re_="@fen_irving")

# S009 Ifan Pryce, peripatetic music teacher across the federation and church organist. Disclaimer in the bio.

P("pry_x", "2025-09-18 21:00", "You were brilliant tonight. Keep going with those scales and you'll be on solo cornet by Christmas 🎺", w="pc:P0025", re_="@brody.armstrong")
P("pry_x", "2025-11-27 08:00", "Two Christmas concerts, three carol services, one nativity and a brass band on the village green. December has begun (early).")
P("pry_x", "2026-02-08 19:00", "[[Reuben Bell|pr:P0022]] and [[Nell Blamire|pr:P0020]] have passed Grade 1 cornet 🎺 Small school, big sound.")
P("pry_x", "2026-03-25 16:45", "[[I've taught brass at Hawsgill CE Primary|si]] for nine years and today, for the first time, a whole class played in tune. Briefly.")
P("pry_x", "2026-05-09 15:00", "Hawsgill Silver Band on the bandstand in Hope Park ☀️ Ice creams all round.")
P("pry_x", "2026-07-11 12:00", "Congratulations [[@ffiondixon|pr:P0028]] on your place at the Conservatoire! Told you you'd make it 🎶")

# G001 Revd Simon Lowther, vicar and foundation governor. Bio self-identifies, with a disclaimer. Permission
# (scope all, no expiry) for him to be named.

P("low_x", "2025-09-07 12:15", "Back-to-school service this morning. Prayers for every teacher, child, cook and lollipop lady in the valley.", w="si")
P("low_x", "2025-10-03 18:00", "Harvest festival with the school this afternoon. A marrow the size of a toddler 🌾", w="si")
P("low_x", "2025-12-11 21:30", "Nativity at school tonight. The innkeeper said 'yes, come in' and ruined the whole plot.", w="si")
P("low_x", "2026-02-26 16:30", "Governor visit to Blencathra class. [[Dan Routledge|sr:S002]] had them debating whether Herdwicks or Swaledales are the better sheep. Herdwicks won.", w="si")
P("low_x", "2026-04-10 17:00", "Good Friday walk of witness from Skellgate to Hawsgill. Seven miles, one hot cross bun.", w="si")
P("low_x", "2026-06-01 10:00", "[[Rushbearing|ev:E001]] this year is on Saturday 4th July. Rushes from the Flatts, crowns from the school, band from the pub.", w="si")
P("low_x", "2026-07-05 14:00", "Yesterday's rushbearing was glorious 🌿 Thank you to everyone who carried, sang and swept up.", w="si")
P("low_x", "2026-01-18 09:00", "Snow on Blencathra, frost on the churchyard. 'He giveth snow like wool.' Psalm 147.", w="si")

# G002 Annie Crosthwaite, farmer and parent governor (mother of Teddy, P0002). G003 Raj Varma, vet and local
# authority governor (father of Arjun, P0017). Neither bio has a disclaimer or names the school.

P("cro_fb", "2025-09-15 19:00", "Tup sales at Cockermouth 🐏 Came home with one more than planned. As per.")
P("cro_fb", "2025-11-07 21:00", "Governor training on Zoom with a ewe bleating in the background the whole time. Very professional.")
P("cro_fb", "2026-01-21 20:30", "[[Teddy|pr:P0002]]'s first school report says 'a very confident talker'. Well, he IS a Crosthwaite.")
P("cro_fb", "2026-03-21 12:00", "Thanks to Latrigg class for coming up to see the lambs yesterday! 24 small people, 2 big lambs, 0 tears 🐑")
P("cro_fb", "2026-05-02 18:00", "Top meadow's cut. Clipping starts next month if anyone wants to earn a bob or two 🐑✂️")
P("cro_fb", "2026-06-09 19:30", "Congratulations [[Kirsty Relf|par:R003]] on twenty years running the village shop 🎉 What would we do without you.")

P("var_x", "2025-09-26 06:00", "Calving at 3am. Vet life 🐄")
P("var_x", "2025-10-21 20:00", "[[As a governor of Hawsgill CE Primary|si]] I spent the afternoon judging the Y5/6 [[science fair|ev:-]]. Never judge a contest your own child is in.")
P("var_x", "2026-01-08 08:00", "The dog has eaten a tea towel. Third this year.")
P("var_x", "2026-03-04 13:00", "Sheep scab is back in the valley. [[Jen Wainwright|par:R001]] has been brilliant getting the word round the farms.")
P("var_x", "2026-04-25 22:00", "Skellgate PTA quiz tonight. We came ninth of nine. Ninth!")
P("var_x", "2026-06-27 16:00", "Walked Barrow with the kids and spotted a red squirrel 🐿️")

# A dinner lady who is not on the roster (author null). Bio self-identifies (the school's website), with a disclaimer.

P("jean_fb", "2025-09-08 14:00", "Roast dinner Monday 🍗 and the new little ones ate every single pea.", w="si")
P("jean_fb", "2025-11-25 13:30", "Mince pies for 94 🥧 and a sprig of holly on every table", w="si")
P("jean_fb", "2026-02-04 15:00", "[[Gosia|pr:P0003]] says my shepherd's pie is 'better than Tata's'. Sorry [[Bartek|par:R002]] 😂", w="si")
P("jean_fb", "2026-07-09 14:30", "Leaving card for [[Bronwen Hind|sr:S004]] going round the kitchen. 31 years. I'll miss her.", w="si")
P("jean_fb", "2026-06-24 20:00", "Sports day picnic lunches for 90 ☀️ Not one sandwich came back.", w="si")

# Two parents (BLIND6 call 9: they name nobody on the roster, and any school event is permitted on its date).

P("wai_ig", "2025-09-20 18:00", "Tup sales. Husband bought one. We did not need one. He's in the clover paddock looking very smug.")
P("wai_ig", "2025-12-11 21:00", "Nativity tonight 🐑 one sheep, one angel, one very proud mum at the back of the hall.")
P("wai_ig", "2026-04-02 17:30", "Bagged our 50th Wainwright as a family today 🥾 Haystacks in the sun.")
P("wai_ig", "2026-06-24 18:00", "Sports day and nobody cried. Well, I did.")
P("fel_fb", "2025-10-01 20:00", "Harvest is in 🌾🚜 Thank you to everyone who helped, especially the ones who brought cake.")
P("fel_fb", "2026-01-10 13:00", "Fell running in the snow is character building, they said.")
P("fel_fb", "2026-03-15 11:00", "Pancake race on the green raised £340 for the school library 🥞 Thank you all!")

# More staff posts: identifying detail, self-identification in the text, contact edges.

P("rou_x", "2025-10-23 15:40", "Note to self: check coat pockets. [[The Y5 who brought a ferret in for show and tell|id:-]] says it was 'a quiet one'.", w="md")
P("rou_x", "2026-02-11 08:00", "[[Ten years teaching at Hawsgill School|si]] and I've never seen the beck this high. The field is a lake 🌊", w="md")
P("bla_fb", "2026-01-22 16:10", "[[S in Barrow class|id:P0006]] lost her first tooth in a flapjack today. The tooth fairy is writing a note of apology.", w="md")
P("hin_fb", "2026-02-26 18:00", "[[T in Reception|id:P0002]] asked [[Mrs Armistead|sr:S001]] if she sleeps at school. She said yes. He believed her.", w="md")
P("arm_fb", "2026-03-12 19:00", "Two of the school hens have been named after [[the twins in Barrow class|id:-]], who are delighted 🐔", w="md")
P("bow_fb", "2026-02-25 16:30", "[[Six years doing dinners and breakfast club at Hawsgill CE Primary|si]] and today a Year 6 said thank you without being asked. Made my week.", w="md")
P("hin_fb", "2026-02-10 19:00", "Good luck with your interviews, sweetheart. Still got your reading book from 2012 somewhere!", w="pc:P0026", re_="@tamsinrelph", nowork=True)
P("hin_ig", "2026-02-19 08:30", "Happy 18th birthday! Have the best day 🎂", re_="@tamsinrelph")
P("bow_fb", "2026-05-31 20:00", "Garden's finally dry. Bring on summer 🌞", w="pc:P0015", cn=["@archie_bowness14", "@hattienic_15", "@jen_wainwright_farm"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], out=OUT, seed=SEED, prefix=PREFIX, n_posts=N_POSTS, school=SCHOOL))
