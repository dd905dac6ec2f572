"""Write ``blind13-posts.jsonl``: the thirteenth blind, hand-labelled evaluation set (see ``BLIND13.md``).

    python corpora/posts/make_blind13_posts.py              # check, then write
    python corpora/posts/make_blind13_posts.py --warnings   # also list posts a reviewer should look at twice

This set is about a school the product has never seen: Meadowsweet Infant & Nursery School, a small fictional
infant and nursery school (ages 3-7) in Bedminster, south Bristol (``corpora/blind13-school``). The nursery has two
colour-named groups (Blue class, Yellow class); Reception, Year 1 and Year 2 are Hedgehogs, Otters and Foxes.
Children mostly appear by first name only, several first names are words or famous names, and two members of staff
have young children of their own who share a pupil's first name. Parents and the PTA are busy online. Every post and
every label below was written by hand. Gold spans are marked inline as ``[[text|cat:SUBJECT,cat:SUBJECT]]`` (``-``
for no subject; the marked text may span a line break); whole-post gold goes in ``w`` as ``cat`` or ``cat:SUBJECT``
words. The checks in ``blind_kit.py`` must all pass, against the blind13 school profile, before the file is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from blind_kit import ROOT, P, acct, main

HERE = Path(__file__).resolve().parent
OUT = HERE / "blind13-posts.jsonl"
SCHOOL = ROOT / "corpora" / "blind13-school"
SEED = 20261313
PREFIX = "b13"
N_POSTS = 240


# ---------------------------------------------------------------------------------------------------------
# Accounts. ``disc``: the bio says the views are the author's own. ``si_bio``: the bio self-identifies.

# official accounts. Approved: @MeadowsweetINS on x and @MeadowsweetInfants on facebook (handles without case).
acct("ox", "official", "x", "@MeadowsweetINS",
     "Meadowsweet Infant & Nursery School, Bedminster 🌼 Nursery, Reception, Y1 & Y2. Office 0117 496 0772")
acct("ox_lc", "official", "x", "@meadowsweetins", "Meadowsweet Infant & Nursery School 🌼 BS3")
acct("ofb", "official", "facebook", "@MeadowsweetInfants",
     "Meadowsweet Infant & Nursery School · 40 Meadowsweet Road, Bristol BS3 4QX")
acct("ofb_lc", "official", "facebook", "@meadowsweetinfants", "Meadowsweet Infant & Nursery School")
# not approved
acct("u_ig", "official", "instagram", "@meadowsweetinfants", "📸 Meadowsweet Infant & Nursery School, Bedminster")
acct("u_fbx", "official", "facebook", "@MeadowsweetINS", "Meadowsweet Infants 🌼")
acct("u_pta", "official", "facebook", "@FriendsOfMeadowsweet",
     "Friends of Meadowsweet (PTA) 🌼 cake, raffles and very long meetings")
acct("u_nur", "official", "instagram", "@MeadowsweetNursery",
     "Blue class & Yellow class 🌈 the nursery at Meadowsweet Infants")
acct("u_forest", "official", "x", "@Meadowsweet_Forest",
     "Forest school at Meadowsweet Infants 🌳🔥 mud is a learning resource")
acct("u_foxes", "official", "instagram", "@meadowsweet.foxes", "Year 2 Foxes class 🦊 Meadowsweet Infant School")

# staff, governors, an office worker who is not on the roster, and five parents
acct("rhi_x", "personal", "x", "@rhi_pj",
     "Headteacher @MeadowsweetINS 🌼 early years nerd · Bristol City season ticket · views my own", "S001",
     disc=True, si_bio=True)
acct("rhi_fb", "personal", "facebook", "@rhiannon.prycejenkins", "", "S001")
acct("mar_x", "personal", "x", "@mr_appiah", "Deputy head · SENCo · Year 2 teacher · Spurs · dad of two", "S002")
acct("mar_ig", "personal", "instagram", "@marcus.appiah.runs", "parkrun · sourdough · dad of 2 · opinions mine", "S002",
     disc=True)
acct("car_ig", "personal", "instagram", "@carys.eyfs",
     "Nursery manager at Meadowsweet Infants 🌼 early years is everything", "S003", si_bio=True)
acct("car_fb", "personal", "facebook", "@carys.beddoe", "", "S003")
acct("fern_x", "personal", "x", "@missTuckett_EYFS", "Reception teacher. Phonics, playdough & podcasts. Views my own.",
     "S004", disc=True)
acct("fern_fb", "personal", "facebook", "@fern.tuckett", "", "S004")
acct("joe_x", "personal", "x", "@joemarchetti",
     "Y1 teacher in Bristol 🎸 guitar, a dog called Bear, far too much coffee", "S005")
acct("kay_fb", "personal", "facebook", "@kayleigh.dunn.90", "", "S006")
acct("kay_ig", "personal", "instagram", "@kayleighs_littleworld",
     "Mum to Teddy 🧸 early years practitioner #TeamMeadowsweet", "S006", si_bio=True)
acct("jod_fb", "personal", "facebook", "@jodie.sampson.bs4", "", "S007")
acct("nom_fb", "personal", "facebook", "@nomvula.mbatha", "", "S008")
acct("nom_x", "personal", "x", "@nomvu_m", "TA • mum • Bafana Bafana • my views, nobody else's", "S008", disc=True)
acct("geth_x", "personal", "x", "@gethinparry_outdoors",
     "Forest school lead & HLTA at Meadowsweet Infants 🌳🔥 dad, climber, fire-lighter", "S009", si_bio=True)
acct("ani_fb", "personal", "facebook", "@anita.chopra.bristol", "", "S010")
acct("den_fb", "personal", "facebook", "@dennis.garraway", "Grandad x4 · Gashead forever · views my own", "S011",
     disc=True)
acct("rao_x", "personal", "x", "@nikhilrao_bs3",
     "Chair of governors, Meadowsweet Infant & Nursery School · GP · views my own", "G001", disc=True, si_bio=True)
acct("bec_fb", "personal", "facebook", "@becca.whitlock", "Mum of 2 · PTA · parent governor", "G002")
acct("off_x", "personal", "x", "@sue_frontdesk", "Front office at meadowsweet.example.sch.uk ☎️ all views my own",
     None, disc=True, si_bio=True)
acct("p_dami", "personal", "facebook", "@dami.mensah", "", "R001")
acct("p_gar", "personal", "x", "@gfortune_bris", "Dad, cyclist, unpaid printer mechanic", "R002")
acct("p_lei", "personal", "facebook", "@leila.alhakim", "", "R003")
acct("p_oks", "personal", "facebook", "@oksana.kov", "", "R005")
acct("p_rob", "personal", "instagram", "@robnp_photo", "Wedding & family photographer · Bristol 📷", "R006")


# ---------------------------------------------------------------------------------------------------------
# Official accounts, approved (x @MeadowsweetINS, facebook @MeadowsweetInfants)

P("ox", "2025-09-03 08:05",
  "Welcome back, everyone! 🌼 Gates open at 8.40 for Reception, Year 1 and Year 2. Nursery families, your settling-in "
  "times are in Friday's email. We can't wait to see you all.")
P("ofb", "2025-09-10 16:00",
  "Nursery settling-in is going beautifully. Mateo in Blue class already knows exactly where the biscuits live 🍪")
P("ox", "2025-09-16 15:30",
  "Our first [[Stay and Play|ev:E001]] of the year is Thursday 9th October, 9–10.30am in the nursery garden. "
  "Grown-ups, come and get muddy with us! Sign-up sheet on the nursery door 🪣")
P("ox", "2025-09-25 16:00",
  "Hedgehogs have been learning our names song 🦔 A special shout-out to Kian and Olive, who sang it to the whole hall "
  "in assembly!")
P("ofb", "2025-09-29 12:00", "Well done to [[Aarav|pr:P0006]] in Hedgehogs, our Kindness Star this week ⭐")
P("ox", "2025-10-01 15:00",
  "Little Fox Club, our new after-school club for Y1 and Y2, starts on Monday! Book a place through the office.")
P("ox", "2025-10-02 09:00",
  "A very warm welcome to [[Miss Tuckett|sr:S004]], who joins us as Hedgehogs' class teacher this term! 🦔")
P("ofb", "2025-10-09 11:00",
  "What a turnout for Stay and Play this morning! Thank you to every mum, dad, nan and grandad who dug, painted and "
  "sang 'Wind the Bobbin Up' with us 💛")
P("ofb", "2025-10-14 17:00",
  "Thank you to Miss Tuckett for running our Reception phonics workshop for parents. The slides are on the website.")
P("ox", "2025-10-20 15:45", "Harvest collection: 14 crates for the BS3 food bank 🍎🥫 Thank you, families!")
P("ox", "2026-03-10 16:00",
  "Checkmate! ♟️ Congratulations to [[Reuben|pr:P0014]] in Otters, Bristol's under-8 rapidplay chess champion.")
P("ox_lc", "2025-11-05 15:30",
  "Sparkler safety in Otters 🎆 [[Reuben|pr:P0014]], [[Yusuf|pr:P0012]] and [[Hana|pr:P0015]] drew brilliant posters "
  "about standing well back from bonfires.")
P("ox", "2025-11-12 12:00",
  "Road safety week 🚸 PCSO Daly visited Otters today. Lívia asked whether police horses get holidays. (They do.)")
P("ofb", "2025-11-18 16:00",
  "Costume letters for [[The Sleepy Shepherd|ev:E003]] have gone home in book bags! 🐑⭐ Nursery, Reception and KS1 are "
  "all taking part this year.")
P("ox", "2025-11-26 16:00", "Thank you to Dr Rao, our chair of governors, for reading Owl Babies to Blue class today 🦉")
P("ofb", "2025-12-04 10:00",
  "Nativity photos 📸 a gentle reminder that we ask families not to post pictures of other people's children online. "
  "Thank you 🙏")
P("ox", "2025-12-10 18:30",
  "The Sleepy Shepherd: two shows, three hundred mince pies and one very tired donkey. Thank you, families! 🌟")
P("ofb", "2025-12-17 15:00",
  "Today we said a sad goodbye to [[Seren|pr:P0034]], who is moving to Cardiff with her family. Hwyl fawr, we'll miss "
  "you in Hedgehogs! 💚")
P("ox", "2025-12-19 13:00",
  "Merry Christmas from all of us at Meadowsweet Infant & Nursery School! 🎄 School reopens on Monday 5th January.")
P("ofb", "2026-01-08 15:00",
  "New in our library: forty picture books chosen by the children. Iris and Kian in Hedgehogs helped unpack every "
  "single one 📚")
P("ox", "2026-01-13 07:15",
  "Snow update ❄️ School is OPEN today. Please take care on Meadowsweet Road: the hill by the bus stop is like an ice "
  "rink.")
P("ofb", "2026-01-21 16:00",
  "Mrs Pryce-Jenkins has launched a Headteacher's Award! Our first winners are [[Bear|pr:P0009]] and "
  "[[Yusuf|pr:P0012]] in Otters 🌟")
P("ox", "2026-01-28 15:30",
  "[[Teddy|pr:P0002]] in Hedgehogs has been practising his Suspension Bridge painting all week 🌉 watch this space…")
P("ofb", "2026-01-30 15:30",
  "Otters have been learning about animals in winter 🐻‍❄️ [[Bear|pr:P0009]] isn't sure about hibernation: \"I'd miss "
  "snack time.\"")
P("ox", "2026-02-04 15:30",
  "Chinese New Year in Yellow class 🐎🏮 [[Noor|pr:P0025]] and [[Clem|pr:P0027]] made the longest paper dragon in "
  "Bristol (probably).")
P("ofb", "2026-02-10 16:00",
  "Teddy in Hedgehogs has had his painting of the Suspension Bridge chosen for the Young Bristol Artists exhibition "
  "at M Shed! 🌉🖌️")
P("ofb", "2026-02-20 16:30",
  "[[PJ story night|ev:E008]] is next Thursday! 🌙 Come back to school at 5.30 in your pyjamas with your favourite "
  "teddy. Hot chocolate from the PTA.")
P("ox", "2026-02-24 16:00",
  "Save the date: our [[sponsored welly walk|ev:E005]] round Victoria Park, Friday 20th March 🥾")
P("ox", "2026-02-27 08:30",
  "Last night's [[Bedtime Story Night|ev:E008]] in pictures 🌙📚 [[Mr Marchetti|sr:S005]]'s Gruffalo voice will haunt "
  "us all.")
P("ofb", "2026-03-03 15:00",
  "The Sponsored Welly Walk is on Friday 20th March! Sponsor forms back by the 13th please. Every penny goes to the "
  "new outdoor classroom 🥾🌧️")
P("ox", "2026-03-05 15:00",
  "World Book Day 📚 We counted eleven Elsas, six Gruffalos and one very convincing Mrs Armitage.")
P("ofb", "2026-03-12 12:00",
  "[[Mrs Mbatha|sr:S008]]'s Year 2 football club beat the Avonmead Juniors Year 3s 4–2 🙌⚽ What a team!")
P("ox", "2026-03-20 14:00",
  "Welly Walk done! 🥾 Pip, Elsa and Mabel did an extra lap in the rain \"because it's more fun wet\".")
P("ox", "2026-03-26 15:00",
  "Easter bonnet parade 🐣 judged by [[Mrs Beddoe|sr:S003]]. June in Yellow class wore an actual nest. With actual "
  "(knitted) birds.")
P("ofb", "2026-04-22 15:30",
  "Letters for the [[Wild Place trip|ev:E007]] are out today. Foxes, get ready to meet the okapi! 🦒")
P("ox", "2026-04-28 16:00",
  "Our nursery is full for September but we keep a waiting list. Ring the office on 0117 496 0772 or email "
  "office@meadowsweet.example.sch.uk 📞")
P("ofb", "2026-05-05 16:00",
  "Can you help at our [[summer fete|ev:E006]]? [[Mrs Bellamy|par:R004]] is running the tombola again and needs "
  "helpers 🎟️")
P("ox", "2026-05-06 12:00",
  "Congratulations [[Teddy|pr:P0002]] (Hedgehogs), your painting is hanging at M Shed until June! 🖼️")
P("ox", "2026-05-11 09:00",
  "Summer Fete: Saturday 20th June, 12–3pm! 🎪 Mrs Bellamy and the Friends of Meadowsweet are after cake donations 🎂")
P("ox", "2026-05-14 17:00",
  "Foxes are back from [[Wild Place|ev:E007]], very sandy and very tired 🐆 Huge thanks to [[Mr Appiah|sr:S002]] and "
  "our parent helpers.")
P("ofb", "2026-06-08 12:00",
  "[[Sports Day|ev:E004]] is on Friday! Please send children in PE kit with a named water bottle and sun cream on. "
  "Grown-ups welcome from 1.30 on the back field.")
P("ox", "2026-06-10 16:00",
  "[[Teddy Bears' Picnic|ev:E002]] invitations are going home today 🧸🧺 Friday 3rd July: bring a bear and a blanket!")
P("ox", "2026-06-12 15:00",
  "[[Sports day|ev:E004]] sunshine ☀️🏅 Otters won the welly-wanging, Foxes won the tug of war and Hedgehogs won "
  "everyone's hearts.")
P("ofb", "2026-06-22 09:30",
  "Thank you for coming to the Summer Fete on Saturday: £2,140 raised 🎉 A special thank you to Sophie Bellamy, who "
  "ran the whole thing, and to [[Mr Garraway|sr:S011]] for wrangling the bouncy castle.")
P("ofb", "2026-06-29 16:00",
  "Hedgehogs' newest reader read his first whole book to [[Mr Garraway|sr:S011]] today 📖 [[#WellDoneWallace|pr:P0008]]")
P("ofb", "2026-07-03 15:00",
  "Teddy Bears' Picnic 2026 🧸☀️ Over 200 bears came to school today, including one roughly the size of "
  "[[Mr Parry|sr:S009]].")
P("ox_lc", "2026-07-13 10:00",
  "Lost property from the [[Teddy Bears' Picnic|ev:E002]]: one very loved brown bear with a red bow. He's in the "
  "office with [[Mrs Chopra|sr:S010]] 🧸")
P("ox", "2026-07-16 12:00",
  "Foxes' end-of-year awards 🏆\nKindness: [[Ayesha Siddique|pr:P0020]]\nBravery: [[Otis|pr:P0017]]\nBest question of "
  "the year: [[Theo|pr:P0019]] (\"do worms have grandparents?\")")
P("ofb", "2026-07-17 15:00",
  "Goodbye and good luck to our Foxes as they head next door to the juniors! 🦊 Special thanks to Zizi, Flo and Mabel "
  "for leading our last assembly.")
P("ofb_lc", "2026-07-17 15:30",
  "That's a wrap on 2025–26 🌼 Thank you to every child, family and member of staff. Have a wonderful summer and we'll "
  "see you on 3rd September.")

# Official accounts, not approved

P("u_ig", "2025-09-19 17:00",
  "Our first week in pictures 📸 Nursery, Reception, Y1 and Y2 all back and raring to go! #MeadowsweetMoments", w="ua")
P("u_ig", "2025-11-20 16:00",
  "Rehearsals for [[The Sleepy Shepherd|ev:E003]] are in full swing 🐑 (the sheep are the loudest)", w="ua")
P("u_ig", "2026-02-12 15:30",
  "[[Hana|pr:P0015]] and [[Yusuf|pr:P0012]] in Otters made a volcano 🌋 and it actually erupted", w="ua")
P("u_ig", "2026-06-13 10:00", "[[Sports day|ev:E004]] medals 🏅 Flo, Zizi and Pip showing off their gold.", w="ua")
P("u_fbx", "2025-10-13 09:00",
  "Hello Facebook! 👋 This is our new page for Meadowsweet Infant & Nursery School news 🌼 Please like and share.",
  w="ua")
P("u_fbx", "2025-10-30 15:00",
  "Pumpkin trail winners: [[Aarav C|pr:P0006]], [[Maryam|pr:P0007]] and [[Zofia Lukasik|pr:P0003]] 🎃", w="ua")
P("u_fbx", "2026-01-16 16:00",
  "Thank you to [[Mr Marcheti|sr:S005]] for running Otters' gymnastics display today! 🤸", w="ua")
P("u_pta", "2025-10-17 12:00",
  "Friends of Meadowsweet AGM on Tuesday, 7pm in the school hall. New members very welcome! 🌼 Tea, biscuits and "
  "absolutely no pressure to volunteer (there is some pressure).", w="ua")
P("u_pta", "2025-11-14 18:00",
  "Christmas card orders close on Friday! 🎄 We'll also be selling mince pies after [[The Sleepy Shepherd|ev:E003]].",
  w="ua")
P("u_pta", "2026-02-28 10:00",
  "[[Welly Walk|ev:E005]] sponsor forms are in book bags! 🥾 Let's smash last year's £900.", w="ua")
P("u_pta", "2026-03-23 19:00",
  "Welly Walk total: £1,312! 🥾💚 Thank you, families. Special mention to [[Gareth Fortune|par:R002]] for carrying the "
  "bucket for six laps.", w="ua")
P("u_pta", "2026-05-08 20:00",
  "[[Summer Fete|ev:E006]] planning meeting on Monday, 7pm at the Coronation Tap… kidding, it's in the school hall 😂 "
  "[[Sophie B|par:R004]] is bringing her famous lemon drizzle.", w="ua")
P("u_pta", "2026-06-12 19:00",
  "Next up: the [[Teddy Bears' Picnic|ev:E002]]! 🧸 We'll be selling squash and jam sandwiches.", w="ua")
P("u_pta", "2026-06-18 20:00",
  "Fete is SATURDAY! 🎪 Tombola, cakes, bouncy castle and the dads' welly-throw. Sophie Bellamy and "
  "[[Oksana Kovalenko|par:R005]] are on the gate from 11.30.", w="ua")
P("u_nur", "2025-09-24 15:00", "Blue class found a hedgehog in the leaf pile 🦔 (we left him to snooze)", w="ua")
P("u_nur", "2025-10-03 16:00", "Stay and Play is next week! Bring wellies 🥾", w="ua")
P("u_nur", "2025-11-28 15:00",
  "[[Indigo|pr:P0022]] and [[Ezra|pr:P0024]] in Blue class built a den for the class teddy 🧸", w="ua")
P("u_nur", "2026-01-23 15:00", "[[Mrs Dunn|sr:S006]]'s Yellow class have been making bird feeders 🐦", w="ua")
P("u_nur", "2026-03-06 11:00",
  "To [[the boy in Yellow class who brought his pet snail to nursery|id:-]]: Gary the snail has gone home with your "
  "mum 🐌", w="ua")
P("u_nur", "2026-04-17 15:00", "June and Mateo planted sunflowers 🌻 Place your bets on whose will be tallest!", w="ua")
P("u_forest", "2025-10-08 16:00",
  "Fire-lighting with Otters today 🔥 Every child struck a flint and steel safely. [[Mr Parry|sr:S009]] is very proud.",
  w="ua")
P("u_forest", "2026-03-11 15:30",
  "Rain, mud and meadowsweet seeds 🌱 Foxes planted a wildflower strip along the fence.", w="ua")
P("u_forest", "2026-05-20 15:00",
  "Slow worm alert 🐍 found by [[Reuben\nFox|pr:P0014]] (Otters), who would like everyone to know it is NOT a snake.",
  w="ua")
P("u_foxes", "2026-01-09 16:00",
  "Welcome to the Foxes class page 🦊 This is where we'll share what we're learning this term!", w="ua")
P("u_foxes", "2026-05-15 16:00",
  "What a day! 🦒 [[Otis|pr:P0017]] says the okapi looked \"like a zebra wearing a horse\".", w="ua")


# ---------------------------------------------------------------------------------------------------------
# The headteacher (S001). X: the bio names the school and has a disclaimer. Facebook: neither.

P("rhi_x", "2025-09-03 19:10",
  "First day of my ninth year as a head. Still get the butterflies. Still love it.", w="si")
P("rhi_x", "2025-10-09 20:00",
  "Stay and Play this morning: forty grown-ups on their knees in the mud kitchen. Best meeting I never had to chair.",
  w="si")
P("rhi_x", "2025-11-27 21:00",
  "Huge thanks to [[Mr Appiah|sr:S002]], who has rewritten our SEND information report in his own time. Unsung hero.",
  w="si")
P("rhi_x", "2026-01-17 18:00",
  "City 2-0 at Ashton Gate. Two points off the play-offs. Not getting excited. (I am getting excited.)", w="si")
P("rhi_x", "2026-03-04 20:30",
  "Deep dive on early reading today, led by our brilliant Reception team. Fern, you made it look easy.", w="si")
P("rhi_x", "2026-04-21 07:30", "Headteacher life: the boiler has opinions again.", w="si")
P("rhi_x", "2026-06-01 21:00",
  "[[Sports day|ev:E004]] is a week on Friday and I have already checked the forecast nine times.", w="si")
P("rhi_x", "2026-02-14 10:00",
  "Happy 18th birthday [[Oscar|pr:P0030]]! Your Year 2 teacher still has your dinosaur book 🦕",
  w="si", re_="@oscar.wyatt08")
P("rhi_fb", "2025-09-28 19:00", "Sunday roast at Mum's in Caerphilly, then up the mountain with the dog. Perfect.")
P("rhi_fb", "2025-12-11 22:00",
  "The Sleepy Shepherd, night two. Our donkey forgot every line and got a standing ovation anyway. I love my job.",
  w="md")
P("rhi_fb", "2026-01-06 21:00",
  "Back to it. Governors tonight (bless [[Becca Whitlock|sr:G002]] for the biscuits), budget tomorrow, snow forecast "
  "for Thursday. Deep breaths.", w="md")
P("rhi_fb", "2026-05-13 19:30",
  "[[L in Otters|id:P0013]] offered to \"fix\" my car at lunchtime if I lent her the keys. She is six.", w="md")
P("rhi_fb", "2026-05-30 20:00",
  "Half-term baking: my goddaughter Iris's 10th birthday cake. Three tiers, one collapse, no regrets 🎂")
P("rhi_fb", "2026-04-08 17:00", "Took my nephew to Wild Place for his birthday. The lemurs are outrageous 🐒")
P("rhi_fb", "2026-01-18 11:00",
  "Lovely to bump into [[@tamsinrowe_|pr:P0029]], now a student nurse at the BRI 💙 I remember her in a tinsel halo.",
  nowork=True)
P("rhi_fb", "2026-07-10 21:30",
  "Lovely evening at [[Nik Rao|sr:G001]]'s retirement-from-general-practice party. Enjoy the allotment, doctor! 🥂",
  nowork=True)
P("rhi_fb", "2026-03-01 12:00", "Good luck with the uni offers! You'll smash it.", re_="@oscar.wyatt08")

# The deputy head (S002). X: role in the bio but no school, no disclaimer. Instagram: disclaimer.

P("mar_x", "2025-09-12 20:00",
  "Y2 are already asking when the [[Wild Place trip|ev:E007]] is. It's in MAY, Foxes. It is September.", w="md")
P("mar_x", "2025-11-19 21:00", "EHCP paperwork until midnight again. Every SENCo I know is running on fumes.", w="md")
P("mar_x", "2025-11-29 13:00",
  "Anyone recommend a decent climbing wall in south Bristol? Asking for my knees.",
  w="pc:P0030", cn=["@oscar.wyatt08", "@tamsinrowe_"])
P("mar_x", "2025-12-06 09:00",
  "Anyone else's kids obsessed with the Elsa song again? We're on day four of Let It Go ❄️")
P("mar_x", "2026-01-22 17:30",
  "[[Otis|pr:P0017]] in my class told me my beard makes me look \"like a friendly bear\". I'll take it.", w="md")
P("mar_x", "2026-02-08 12:00",
  "My two have discovered the Gruffalo audiobook. It has been played fourteen times today.")
P("mar_x", "2026-02-12 16:00",
  "[[A in Foxes|id:P0020]] asked whether Henry VIII was \"a bit of a naughty king\". Correct.", w="md")
P("mar_x", "2026-03-01 18:00",
  "Finally beat my son at Mario Kart. He's eight. I'm not proud. I'm very proud.", w="pc:P0032", cn=["@arjun_plays13"])
P("mar_x", "2026-03-18 20:00",
  "Reading conferences with my Foxes today. [[Ayesha S|pr:P0020]] has read 41 books since September!! 📚", w="md")
P("mar_x", "2026-04-12 16:00",
  "Brilliant riding, [[Otis|pr:P0017]]! Those jumps are massive 🚲🔥", w="pc:P0017", re_="@otis.on.wheels", nowork=True)
P("mar_x", "2026-05-14 21:00",
  "[[Wild Place|ev:E007]]: 29 children, 6 adults, 1 okapi, 0 lost. Calling it a win. Thanks [[Nomvu|sr:S008]] for the "
  "sick bags.", w="md")
P("mar_x", "2026-06-11 19:00",
  "[[Sports day|ev:E004]] tomorrow. I have fourteen egg-and-spoon spoons and no eggs. Send eggs. "
  "[[@joemarchetti|sr:S005]], send eggs.", w="md")
P("mar_x", "2025-09-02 21:00", "[[My tenth year at @MeadowsweetINS|si]] starts tomorrow. Where did that go?? 🌼", w="md")
P("mar_ig", "2025-10-04 10:00", "Ashton Court parkrun PB 🏃🏾‍♂️ 22:41. That hill is still rude.")
P("mar_ig", "2026-02-21 09:30", "Sourdough attempt #37. Named the starter Wallace. Don't ask 🍞")
P("mar_ig", "2026-04-25 19:00",
  "Parents' evening prep done: thirty reports and one very supportive cat. Year 2 have made enormous progress this "
  "year.")
P("mar_ig", "2026-05-31 18:00", "Sunday soundtrack: Otis Redding, a roast, and the windows open ☀️")
P("mar_ig", "2025-11-09 12:00",
  "Cheers [[@robnp_photo|par:R006]] for the brilliant family photos, the kids actually smiled 📷")


# The nursery manager (S003). Instagram: the bio names the school, no disclaimer. Facebook: neither.
# Her own daughter, Olive (2), is not a pupil.

P("car_ig", "2025-09-22 19:00",
  "Settling-in week done. Eleven new three-year-olds, four tearful mums, one tearful nursery manager (me).", w="si md")
P("car_ig", "2025-10-12 10:00",
  "Sunday at Tyntesfield with my Olive (2) 🍂 she collected exactly one million leaves.", w="si")
P("car_ig", "2025-11-07 18:30",
  "[[Clem|pr:P0027]] in Yellow class finally let go of my hand at the door today and I nearly cried in the corridor.",
  w="si md")
P("car_ig", "2026-01-26 20:00",
  "Ratios in nursery are not a \"nice to have\". Anyone who thinks 1:13 is easy has never done snack time.", w="si md")
P("car_ig", "2026-02-27 17:00",
  "[[Lily-Mae|pr:P0031]], you were a superstar on work experience this week. Blue class are already asking when "
  "you're coming back 💙", w="si md pc:P0031", re_="@lilymae.sutton")
P("car_ig", "2026-04-02 16:00",
  "Chick hatching in the nursery 🐣 eleven out of twelve! [[Indigo|pr:P0022]] named one \"Crispy\".", w="si md")
P("car_ig", "2026-06-09 18:00",
  "[[E in Blue class|id:P0024]] finally ate a vegetable today. It was a pea. One pea. We celebrated like it was the "
  "World Cup.", w="si md")
P("car_ig", "2026-06-28 11:00", "Olive's first go on a balance bike 🚲 my heart can't take it.", w="si")
P("car_fb", "2025-12-24 22:00",
  "Christmas Eve. Olive has left Santa a mince pie and a very specific note about unicorns 🦄")
P("car_fb", "2026-01-18 12:00",
  "Congrats on passing your placement [[Tamsin|pr:P0029]]! Nursing suits you 💙", re_="@tamsinrowe_", nowork=True)
P("car_fb", "2026-03-08 21:00", "Mother's Day tea at the Lido with Mum and my sister Seren ☕")
P("car_fb", "2026-05-16 19:00",
  "[[Dennis Garraway|sr:S011]] has built us the best mud kitchen in Bristol and I will hear no arguments.", w="md")
P("car_fb", "2026-02-01 20:30", "Painted the hallway indigo. Husband says it's \"very dark\". Husband is wrong.")
P("car_fb", "2026-06-14 15:00",
  "Teddy bears' picnic at Olive's toddler group. She took a plastic stegosaurus instead of a bear, naturally 🦕")

# The Reception teacher (S004), who may be named (scope all) from 2025-10-06. X: disclaimer. Facebook: neither.

P("fern_x", "2025-09-05 19:00",
  "Two days into Reception and [[Olive T|pr:P0001]] has already told me every birthday in her family. In order.")
P("fern_x", "2025-09-18 20:00", "Reception baseline week. Thirty little faces, thirty ways of holding a pencil.")
P("fern_x", "2025-10-16 21:00",
  "[[Zofia|pr:P0003]] in Hedgehogs said her first full sentence in English today and the whole class clapped. I'm not "
  "crying, you're crying.")
P("fern_x", "2026-01-14 19:00",
  "Phonics tip: if they can't hear the 'sh', let them feel it. Hand in front of your mouth, whoosh.")
P("fern_x", "2026-02-26 22:00",
  "[[PJ story night|ev:E008]]. Read Owl Babies six times to six different groups. Voice: gone. Heart: full.")
P("fern_x", "2026-03-14 12:00",
  "These cupcakes look AMAZING, [[Bear|pr:P0009]] 🧁", w="pc:P0009", re_="@bear.bakes.bristol")
P("fern_x", "2026-05-02 10:00", "The ferns are unfurling in the garden 🌿 I take it personally.")
P("fern_x", "2026-05-23 11:00",
  "[[@bear.bakes.bristol|pr:P0009,pc:P0009]] can I put in an order for the staffroom please 🧁😂")
P("fern_x", "2026-04-19 22:00", "Ezra Collective at the Marble Factory. I have no voice left and no regrets 🎺")
P("fern_fb", "2025-10-29 20:00",
  "[[The little one in Hedgehogs with the dinosaur wellies|id:-]], who cried every morning in September, walked in "
  "singing today 🦖", w="md")
P("fern_fb", "2025-11-02 20:00", "Bonfire night at Ashton Court, sparklers and a hot chocolate the size of my head 🎆")
P("fern_fb", "2025-12-02 21:00",
  "Making fourteen pairs of sheep ears for The Sleepy Shepherd with [[Kayleigh Dunn|sr:S006]]. If you need us we'll "
  "be in the felt.", w="md")
P("fern_fb", "2026-06-14 18:00",
  "Writing reports, and the Hedgehogs' \"my favourite thing about school\" answers are killing me. "
  "[[Kian O’Halloran|pr:P0004]]: \"the hand dryer\".", w="md")
P("fern_fb", "2026-06-27 23:00", "Florence + the Machine on the Downs!!! 🎶 I will never recover.")
P("fern_fb", "2025-09-26 19:30",
  "Genuinely [[proud to be part of #TeamMeadowsweet|si]] after today. What a first month.", w="md")

# The Year 1 teacher (S005). X: role and city in the bio, no school, no disclaimer. His dog is called Bear.

P("joe_x", "2025-09-07 10:00", "Bear has eaten a tennis ball. Again. Vet on a Sunday 💸🐶")
P("joe_x", "2025-10-07 20:00",
  "[[Hana|pr:P0015]] in Otters read me a whole page of her reading book today. Three months ago she had no English at "
  "all. Kids are incredible.", w="md")
P("joe_x", "2025-10-11 13:00", "Best Reuben sandwich in Bristol is at Pickle & Rye on North Street. Fight me 🥪")
P("joe_x", "2025-11-21 19:30",
  "I'm a teacher, which means my guitar now has the chords to \"Wind the Bobbin Up\" taped to the neck.")
P("joe_x", "2025-11-27 17:00",
  "[[Sleepy Shepherd|ev:E003]] rehearsal, day three. [[Yusuf|pr:P0012]] has decided the shepherd is now a pirate. "
  "I've allowed it.", w="md")
P("joe_x", "2025-12-20 18:00",
  "Haha unlucky, you'll get him next time [[Arjun|pr:P0032]] 🎮", w="pc:P0032", re_="@arjun_plays13", nowork=True)
P("joe_x", "2026-01-16 21:00",
  "Gymnastics display with Otters today. Nobody fell off a bench, largely thanks to [[Gethin|sr:S009]] spotting like "
  "a hawk.", w="md")
P("joe_x", "2026-02-26 22:30",
  "[[Bedtime story night|ev:E008]]: Room on the Broom, forty kids in pyjamas, torches. Genuinely magic.", w="md")
P("joe_x", "2026-03-09 17:00", "Huge congratulations to Reuben Fox, Bristol under-8 rapidplay chess champion! ♟️")
P("joe_x", "2026-04-18 16:00",
  "What a finish, [[Theo|pr:P0019]]!! ⚽", w="pc:P0019", re_="@little_theo_footy", nowork=True)
P("joe_x", "2026-04-28 20:00", "[[reuben f|pr:P0014]] in otters beat me at chess at lunch. twice. im retiring", w="md")
P("joe_x", "2026-06-13 11:00", "Bear and I did the Harbourside 10k for the dogs' home 🐕 He was faster.")
P("joe_x", "2026-05-19 20:00",
  "[[I teach Year 1 at Meadowsweet Infants|si]] and today a child asked me if I was \"born old\". Brutal.", w="md")


# A nursery key-worker (S006). Facebook: neither. Instagram: the bio names the school by hashtag, no disclaimer.
# Her own son, Teddy (2), is not a pupil; the pupil Teddy Mensah is in Hedgehogs.

P("kay_fb", "2025-09-14 19:00", "Teddy's first day at the childminder's tomorrow 😭 my baby is TWO!!")
P("kay_fb", "2025-09-16 20:30",
  "[[Stay and play|ev:E001]] next month!! Mud kitchen, parachute and about 400 conkers ready to go 🌰", w="md")
P("kay_fb", "2025-10-19 12:00", "Farm park with Teddy and his nan. He called every single animal \"moo\" 🐑🐖🐄")
P("kay_fb", "2025-11-13 20:00",
  "[[Ezra|pr:P0024]] in my key group said \"I love you Kayleigh\" at home time and that's my whole week made 🥹", w="md")
P("kay_fb", "2026-01-31 21:30",
  "Girls' night at Za Za Bazaar 🍹 [[Jodie Sampson|sr:S007]] and [[Nomvula Mbatha|sr:S008]], you are a bad influence.",
  nowork=True)
P("kay_fb", "2026-02-07 18:00",
  "[[Zizi|pr:P0018]] you are SO talented!! 💃", w="pc:P0018", re_="@zizi.dances", nowork=True)
P("kay_fb", "2026-02-13 19:00",
  "Good luck with the driving test tomorrow!! 🚗 you've got this", w="pc:P0030", re_="@oscar.wyatt08")
P("kay_fb", "2026-03-25 20:00",
  "[[The smallest boy in Blue class, the one with the big curls|id:-]], said his first word at nursery today and it "
  "was \"digger\" 🚜", w="md")
P("kay_fb", "2026-05-22 21:00", "Teddy has learnt the word \"no\". Send help.")
P("kay_fb", "2026-06-06 11:00",
  "Took Teddy to see the Wallace & Gromit trail on the harbourside. He was not impressed by Gromit. He was very "
  "impressed by an ice cream.")
P("kay_ig", "2025-10-26 10:00",
  "Pumpkin picking with my little man 🎃 Teddy chose the biggest one and then refused to carry it.", w="si")
P("kay_ig", "2025-12-09 21:00",
  "Dress rehearsal for The Sleepy Shepherd today and my key children were the best sheep Bethlehem has ever seen 🐑",
  w="si md")
P("kay_ig", "2026-04-30 20:00",
  "Planting day in the nursery garden 🌻 [[Noor|pr:P0025]] and [[Indigo|pr:P0022]] watered everything, including me.",
  w="si md")
P("kay_ig", "2026-06-01 10:00", "Banana bread Sunday 🍌", w="si pc:P0009", cn=["@bear.bakes.bristol"])
P("kay_ig", "2026-07-04 19:00",
  "[[Teddy Bears' Picnic|ev:E002]] yesterday, and my own Teddy came along in the buggy. Two Teddies, one picnic 🧸🧸",
  w="si md")

# A nursery key-worker (S007), aunt of the former pupil Lily-Mae Sutton (declared). Facebook: neither.

P("jod_fb", "2025-10-02 09:00",
  "Happy 16th birthday to my gorgeous niece [[@lilymae.sutton|pr:P0031]] 🎂💖 love you to the moon and back", nowork=True)
P("jod_fb", "2025-11-24 19:00",
  "Yellow class made their own playdough today and [[Noor|pr:P0025]] insisted hers was \"lemon flavour\". It was not.",
  w="md")
P("jod_fb", "2025-12-14 17:00",
  "My nephew's nativity at St Mary's today. He was \"Innkeeper 2\" and took it VERY seriously 🌟")
P("jod_fb", "2026-01-11 12:00", "New year, new me. (Same me.)", w="pc:P0035", cn=["@lilymae.sutton", "@dexboyle_11"])
P("jod_fb", "2026-02-27 20:00", "So proud of you babe 💙 you were born for it", re_="@lilymae.sutton")
P("jod_fb", "2026-03-29 13:00", "Sunday lunch at Mum's with all the kids. Lily-Mae did the gravy and didn't burn it 😂")
P("jod_fb", "2026-04-11 16:00",
  "Bumped into [[Leila Al-Hakim|par:R003]] at Cabot Circus and we spent forty minutes outside the Lego shop 😂")
P("jod_fb", "2026-04-21 19:30",
  "[[The twins in Yellow class|id:-]] have worked out how to swap their name stickers and I have been fooled all week.",
  w="md")
P("jod_fb", "2026-05-27 21:00",
  "Nursery is the best job in the world and the worst paid. Both things are true.", w="md")
P("jod_fb", "2025-09-08 20:00",
  "[[Working at Meadowsweet Nursery|si]] for five years now and the first week back still wipes me out 😴", w="md")

# A teaching assistant (S008), mother of Theo (Foxes, declared). Facebook: neither. X: disclaimer.

P("nom_fb", "2025-09-06 16:00", "Theo's first football tournament of the season ⚽ so proud of my boy")
P("nom_fb", "2025-10-22 20:30",
  "omg [[wally|pr:P0008]] in hedgehogs asked me if i was \"the boss of the whole world\" 😂 obvs i said yes", w="md")
P("nom_fb", "2026-01-10 21:00", "Braai in January because we are South African and we fear nothing 🔥❄️")
P("nom_fb", "2026-01-27 19:00",
  "[[The new girl in Otters who arrived from Kharkiv in the summer|id:-]] said \"thank you, Miss\" in perfect English "
  "today 💛", w="md")
P("nom_fb", "2026-02-22 11:00",
  "Sunday league mums, where are we getting brunch?", w="pc:P0017", cn=["@little_theo_footy", "@otis.on.wheels"])
P("nom_fb", "2026-03-12 19:00",
  "My Year 2 footballers beat Avonmead Juniors 4–2 today!!! [[Theo|pr:P0019]] scored twice (no bias, he's my son, "
  "total bias) ⚽🔥", w="md")
P("nom_fb", "2026-04-18 16:30", "That's my boy!! 💛⚽", re_="@little_theo_footy")
P("nom_fb", "2026-05-21 18:00",
  "Year 2 cake sale raised £186 today 🧁 [[Otis|pr:P0017]] and [[Zizi|pr:P0018]] ran the till like pros.", w="md")
P("nom_fb", "2026-05-30 12:00", "Beautiful dancing 💃🏾", w="pc:P0018", re_="@zizi.dances")
P("nom_fb", "2025-11-11 20:00",
  "[[I'm a TA at MINS|si]] and today I was sick on by two different children. [[Mrs PJ|sr:S001]] brought me a tea "
  "after, so it's fine.", w="md")
P("nom_x", "2025-11-15 20:00", "Bafana qualified!!!! 🇿🇦🇿🇦 (fine, it was weeks ago, I'm still celebrating)")
P("nom_x", "2026-02-03 17:00", "TA pay is a scandal. That's it, that's the tweet.")
P("nom_x", "2026-06-12 21:00",
  "[[Ayesha|pr:P0020]] in Foxes helped me carry the [[sports day|ev:E004]] cones back in and told me I was \"quite "
  "strong for a grown-up\".")
P("nom_x", "2026-06-20 19:55", "5 mins to kick off and I'm already shouting at the telly 🇿🇦")


# The forest school lead and HLTA (S009). X: the bio names the school, no disclaimer.

P("geth_x", "2025-09-30 19:00", "First forest school session of the year. Mud: 1. New wellies: 0.", w="si md")
P("geth_x", "2025-10-18 10:00", "Cheddar Gorge with the climbing club. Legs are jelly 🧗", w="si")
P("geth_x", "2025-11-20 16:30",
  "A fox has moved into the forest school shelter. Honestly? Fair. It's a good shelter 🦊", w="si md")
P("geth_x", "2026-01-25 15:00",
  "Brilliant knots, [[Dexter|pr:P0035]]! Told you they'd come in handy one day 🪢",
  w="si pc:P0035", re_="@dexboyle_11", nowork=True)
P("geth_x", "2026-02-05 17:00",
  "Whittling with Foxes: every child still has ten fingers. [[Flo W|pr:P0016]] made a spoon you could actually eat "
  "soup with.", w="si md")
P("geth_x", "2026-03-20 19:00",
  "Welly walk in the rain: six laps of Victoria Park, 180 kids, one lost welly (found in a hedge by "
  "[[Mrs Chopra|sr:S010]]).", w="si md")
P("geth_x", "2026-04-05 12:00",
  "Look at [[@otis.on.wheels|pr:P0017,pc:P0017]] absolutely sending it at the pump track 🚲🔥", w="si", nowork=True)
P("geth_x", "2026-05-05 21:00",
  "Rewilding the back field this weekend. Cheers to [[Dennis|sr:S011]] for the loan of his trailer 🚜", w="si md")
P("geth_x", "2026-05-27 18:00",
  "Snowdon with the kids at half term and not one of them complained. Who ARE they.", w="si")

# The school business manager (S010), aunt of the former pupil Arjun Mehta (declared). Facebook: neither.

P("ani_fb", "2025-09-21 19:00", "Diwali shopping at Sweet Mart already. Don't judge me 🪔")
P("ani_fb", "2025-10-05 20:00",
  "Lovely family wedding in Leicester this weekend 💃 my feet may never forgive me",
  w="pc:P0031", cn=["@arjun_plays13", "@lilymae.sutton"])
P("ani_fb", "2025-10-31 21:00",
  "Budget monitoring, milk deliveries and 86 free school meal forms. The glamour of school business management.",
  w="md")
P("ani_fb", "2026-01-04 18:00",
  "Happy new year beta! Don't spend all your birthday money on Roblox 😂", re_="@arjun_plays13")
P("ani_fb", "2026-04-02 20:00",
  "Big thanks to [[Gareth Fortune|par:R002]] for fixing the school office printer for free. [[Mabel|pr:P0021]]'s dad "
  "is a legend 🖨️", w="md")
P("ani_fb", "2026-05-17 15:00", "Spent an absolute fortune at the garden centre again 🌿")
P("ani_fb", "2026-06-21 11:00",
  "Fete hangover 😵 [[Den|sr:S011]] and I had £2,140 counted by 10pm. Never letting the dads run the coconut shy again.",
  w="md")

# The site manager (S011), grandfather of Wilf (Blue class, declared). Facebook: disclaimer.

P("den_fb", "2025-09-20 17:00", "Well done love, your nan would have been so proud of you 💙", re_="@tamsinrowe_")
P("den_fb", "2025-10-12 19:00", "Rovers away at Exeter next week. Who's coming?", w="pc:P0035", cn=["@dexboyle_11"])
P("den_fb", "2025-10-25 12:00", "Half term = painting the nursery toilets. Ask me how I spend my holidays.")
P("den_fb", "2026-01-20 18:00",
  "Gritted Meadowsweet Road from the bus stop to the gates at 6am. Not one thank you. (Only joking, the lollipop lady "
  "brought me a Twix.)")
P("den_fb", "2026-03-01 15:00",
  "Wilf's 4th birthday party today 🎈 best grandson in the world (don't tell the other three)")
P("den_fb", "2026-03-28 19:00", "Lambing at my brother's farm in the Mendips. One very sleepy shepherd (him) 🐑")
P("den_fb", "2026-06-05 18:00",
  "Bouncy castle test for the fete 🎪 I can confirm it bounces. Miss Tuckett from Reception can confirm I can't.")
P("den_fb", "2026-07-08 20:00",
  "Thirty years [[I've looked after the building at Meadowsweet Infant School|si]]. Retiring next summer. Don't tell "
  "anyone yet.")

# The chair of governors (G001). X: the bio names the school and has a disclaimer.

P("rao_x", "2025-10-07 21:00",
  "Governor visit this morning: phonics in Reception. I left knowing more about \"tricky words\" than medical school "
  "ever taught me.", w="si")
P("rao_x", "2026-01-29 20:00",
  "Thank you to [[Anita Chopra|sr:S010]] for walking the finance committee through the budget with saintly patience.",
  w="si")
P("rao_x", "2026-02-19 21:00",
  "Full governing board tonight. Thank you [[Rhiannon Pryce-Jenkins|sr:S001]] for the clearest head's report I've "
  "read in years.", w="si")
P("rao_x", "2026-04-11 09:00", "Allotment season begins. The meadowsweet is already taking over the ditch 🌾", w="si")
P("rao_x", "2026-06-22 18:00",
  "Ran the plant stall at the summer fete. Sold every tomato seedling and a suspicious number of courgettes.", w="si")

# A parent governor and PTA member (G002), mother of Flo (Foxes) and of Jonah, who is at Avonmead Juniors.

P("bec_fb", "2025-09-13 18:00", "Jonah's first week at Avonmead Juniors done! Year 3, where did that come from 🥹")
P("bec_fb", "2025-11-08 20:00", "Avonmead Juniors' bonfire night was brilliant. Jonah Whitlock is still buzzing 🎆")
P("bec_fb", "2026-02-11 21:00",
  "Parent governor training done. I now know what a \"scheme of delegation\" is. Sort of.")
P("bec_fb", "2026-03-15 18:00", "Flo has decided she's a vegetarian. Except for sausages.")
P("bec_fb", "2026-05-09 19:00",
  "[[Meadowsweet Fete|ev:E006]] committee meeting at ours. [[Sophie Bellamy|par:R004]] brought wine, so that's the "
  "mins sorted 🍷")
P("bec_fb", "2026-06-27 12:00",
  "Jonah's sports day at Avonmead. He came fourth in the sack race and celebrated like he'd won the World Cup 🏆")
P("bec_fb", "2026-07-01 20:00",
  "[[As a governor at Meadowsweet Infants|si]] I've sat through a lot of meetings, but nothing beats our "
  "[[Year 2 leavers' assembly|ev:-]] this morning. Not crying. Definitely not.")

# A front-office worker who is not on the roster (author_id null). The bio names the website and has a disclaimer.

P("off_x", "2025-09-09 17:00", "Day five of term. Answered \"what time is pick-up?\" 212 times.", w="si")
P("off_x", "2025-12-03 16:00",
  "Lost property: fourteen cardigans, a tiara and a shepherd's tea towel. Nativity season is upon us.", w="si")
P("off_x", "2026-02-05 16:00",
  "To [[the Year 2 who left a whole roast potato in their book bag|id:-]]: it's at the front desk. Still warm, "
  "somehow.", w="si")
P("off_x", "2026-03-05 17:00",
  "World Book Day at the front desk: signed in three Elsas, a Gruffalo and a very sweaty Paddington.", w="si")
P("off_x", "2026-05-19 09:00",
  "[[Reuben|pr:P0014]] in Otters brought me a card he'd made \"for the lady who has the phone\" 💛", w="si")
P("off_x", "2026-06-24 15:00", "[[Dami Mensah|par:R001]], you've left your umbrella at the desk again ☂️😂", w="si")

# Parents (not school representatives: each post names nobody else on the roster, and any school event in it is
# permitted on the day, as in BLIND6 call 9)

P("p_dami", "2026-06-20 16:00",
  "Lovely afternoon at the Meadowsweet Fete ☀️ the boys spent all my money on the tombola")
P("p_dami", "2026-02-11 21:00", "So proud of my eldest, his painting is going in M Shed!!! 🖼️😭")
P("p_gar", "2026-03-20 18:00", "Did six laps of the welly walk carrying a collection bucket. Knees: destroyed 🥾")
P("p_lei", "2025-11-04 11:00",
  "Stay and play at the children's centre this morning with the baby. Chaos. Lovely chaos 👶")
P("p_lei", "2026-03-20 19:00", "Eid Mubarak from our house to yours 🌙✨")
P("p_oks", "2025-12-25 12:00", "Merry Christmas from our family to everyone who has made us feel at home in Bristol 💙💛")
P("p_rob", "2026-03-14 10:00",
  "Photographing a wedding at Ashton Court today, then home to help run a cupcake empire 🧁")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], out=OUT, seed=SEED, prefix=PREFIX, n_posts=N_POSTS, school=SCHOOL))
