"""Write ``blind23-posts.jsonl``: the twenty-third blind, hand-labelled evaluation set (see ``BLIND23.md``).

    python corpora/posts/make_blind23_posts.py              # check, then write
    python corpora/posts/make_blind23_posts.py --warnings   # also list posts a reviewer should look at twice

This set is about a school the product has never seen: Thornbeck Junior School, a fictional junior school (ages
7-11, Years 3-6, about 300 pupils) beside an Army garrison in North Yorkshire (``corpora/blind23-school``). Most
families are service families: children arrive and leave mid-year on postings, parents deploy on operations, ranks
are used as titles, a Service Pupil Premium mentor runs a lunchtime forces club ("Heroes club"), and classes are
named after local rivers. "Thornbeck" on its own is the garrison, the moor and the community centre, not the school.
Every post and every label below was written by hand. Gold spans are marked inline as
``[[text|cat:SUBJECT,cat:SUBJECT]]`` (``-`` or nothing for no subject); whole-post gold goes in ``w``. The checks in
``blind_kit.py`` must all pass, against the blind23 school profile, before the file is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from blind_kit import ROOT, P, acct, main

HERE = Path(__file__).resolve().parent
OUT = HERE / "blind23-posts.jsonl"
SCHOOL = ROOT / "corpora" / "blind23-school"
SEED = 20262323
PREFIX = "b23"
N_POSTS = 240

# ---------------------------------------------------------------------------------------------------------
# Accounts. ``disc``: the bio says the views are the author's own. ``si_bio``: the bio self-identifies.

# official. Approved: @ThornbeckJuniors on x, @ThornbeckJuniorSchool on facebook, @thornbeckjuniors on instagram.
acct("ox", "official", "x", "@ThornbeckJuniors",
     "Thornbeck Junior School · Years 3-6 · proud to serve forces families · Thornbeck Garrison #ThornbeckFamily")
acct("ox_lc", "official", "x", "@thornbeckjuniors", "Thornbeck Junior School, North Yorkshire 🎖️")
acct("ofb", "official", "facebook", "@ThornbeckJuniorSchool",
     "Thornbeck Junior School · Gallowfields Road, Thornbeck Garrison DL9 4ZZ · 01632 960418")
acct("oig", "official", "instagram", "@thornbeckjuniors", "📸 Life at Thornbeck Junior School · #ThornbeckFamily")
# not approved
acct("u_fb", "official", "facebook", "@ThornbeckJuniors", "Thornbeck Junior School news")
acct("u_friends", "official", "facebook", "@FriendsOfTJS", "Friends of Thornbeck Juniors (PTA) 💙 cake, discos, raffles")
acct("u_heroes", "official", "instagram", "@TJS_HeroesClub", "Heroes club @ Thornbeck Juniors 🎖️ for our forces children")
acct("u_sport", "official", "x", "@TJS_Sport", "Fixtures and results, Thornbeck Junior School ⚽🏉🏃")

# staff, governors and parents
acct("hb_x", "personal", "x", "@catrionablakey",
     "Headteacher at Thornbeck Junior School. Forces-family champion. Half-marathon plodder. Views my own.", "S001",
     disc=True, si_bio=True)
acct("hb_fb", "personal", "facebook", "@catriona.blakey", "", "S001")
acct("op_x", "personal", "x", "@owainpritchard", "Deputy head. Cymro in Yorkshire. Rugby, maths, strong tea.", "S002")
acct("dr_fb", "personal", "facebook", "@donna_rudd", "Army wife x 18 years 💚 mum of 3", "S003")
acct("dr_ig", "personal", "instagram", "@donnarudd.heroes",
     "Service Pupil Premium mentor @thornbeckjuniors 🎖️ Heroes club every lunchtime", "S003", si_bio=True)
acct("gw_x", "personal", "x", "@gemwise", "Y6 teacher. Tea, fell walks, terrible puns. Views my own.", "S004",
     disc=True)
acct("tl_x", "personal", "x", "@tomlark", "Teacher. Leeds Rhinos. Dad of two.", "S005")
acct("tl_ig", "personal", "instagram", "@tom.lark.runs", "running 🏃 parkrun 200 club", "S005")
acct("pn_x", "personal", "x", "@priyanair_", "primary teacher | curriculum nerd | opinions my own", "S006", disc=True)
acct("sp_ig", "personal", "instagram", "@sianprobert", "Year 4 @thornbeckjuniors 🐑 Cymraes in Yorkshire", "S007",
     si_bio=True)
acct("ks_fb", "personal", "facebook", "@kellysowerby87", "", "S008")
acct("dh_x", "personal", "x", "@coachdale_h", "PE coach | Catterick Harriers | Boro till I die", "S009")
acct("jp_fb", "personal", "facebook", "@janicepick", "", "S010")
acct("tb_fb", "personal", "facebook", "@terrybulmer_", "", "S011")
acct("rh_x", "personal", "x", "@rachholloway", "SENCo. Mum. Slow runner. Views mine.", "S012", disc=True)
acct("nd_x", "personal", "x", "@mrdrury_y5", "Year 5 teacher at Thornbeck Juniors 📚 #ThornbeckFamily", "S013",
     si_bio=True)
acct("lg_ig", "personal", "instagram", "@lucygarbutt", "🌸 crafts, baking, my Esk babies 💛", "S014")
acct("mh_fb", "personal", "facebook", "@mo_hird", "", "S015")
acct("at_x", "personal", "x", "@angelathwaite",
     "Chair of Governors, Thornbeck Junior School. Retired nurse. Views my own.", "G001", disc=True, si_bio=True)
acct("sl_x", "personal", "x", "@stuartlennox", "Soldier. Dad. School governor. Swaledale on two wheels.", "G002")
acct("pf_fb", "personal", "facebook", "@dan_fairweather", "", "R001")
acct("aa_ig", "personal", "instagram", "@abena.adjei", "Army medic 🩺 mum of two · wherever the Army sends us", "R002")
acct("km_x", "personal", "x", "@karenmca_", "REME. Mum. Bootcamp queen.", "R004")
acct("mz_fb", "personal", "facebook", "@marek.zajac", "", "R006")

# ---------------------------------------------------------------------------------------------------------
# Official accounts (approved)

P("ox", "2025-09-04 08:10", "Welcome back to all our families, and a huge welcome to the 23 children who joined us over "
  "the summer from Germany, Cyprus, Tidworth and beyond 🇬🇧 Doors open 8.40. #ThornbeckFamily")
P("ox", "2025-09-03 16:05", "Mrs Blakey and all the staff would like to thank families for a calm, smiley first day. "
  "Lost property is already overflowing 🙃")
P("ox", "2025-09-12 15:30", "Our first [[Welcome Brew|ev:E006]] of the year is next Friday at 9am in the hall. New "
  "families, come and meet other forces families and the Friends ☕")
P("ofb", "2025-09-15 12:00", "Reminder: Welcome Brew this Friday, 9am, school hall. Bring the little ones, there will "
  "be toys and biscuits. If you've just arrived on posting and don't know a soul yet, this is for you 💙")
P("ox", "2025-09-05 16:00", "Please welcome [[Mr Hinchcliffe|sr:S009]], our new sports coach, who starts with us "
  "properly after half term ⚽")
P("ofb", "2025-10-10 15:20", "Coach Dale has got the Year 5s orienteering round the field this week 🧭 Map reading "
  "skills: improving.")
P("ox", "2025-10-20 12:30", "[[Remembrance Service|ev:E001]] on 11th November: families welcome from 10.40, please be "
  "seated by 10.50. Serving parents are very welcome to attend in uniform.")
P("ofb", "2025-11-11 13:15", "Thank you to the families, veterans and serving soldiers who stood with us at our "
  "Remembrance Service this morning. Major read the Kohima Epitaph beautifully. 🌺 We will remember them.")
P("oig", "2025-11-06 11:00", "Poppy crafts from Nidd class 🌺🌺🌺 #LestWeForget")
P("ox", "2025-11-25 16:30", "Tickets for the [[Christmas Production|ev:E003]] go on sale Monday via the app. Two per "
  "family please, the hall is small and you lot are many!")
P("ofb", "2025-12-10 08:05", "Break a leg to Rye and Wharfe classes tonight! 🎄 The [[Christmas show|ev:E003]] starts "
  "at 6pm, doors 5.30.")
P("oig", "2025-12-11 09:30", "Star of last night's [[Christmas production|ev:E003]]? Marley, our very own Rudolph 🦌 "
  "(sincere apologies to the sheep)")
P("ox", "2026-01-08 15:45", "Congratulations to [[Litia|pr:P0003]] in Ure class, who is off to the regional "
  "gymnastics finals next month! 🤸‍♀️")
P("oig", "2026-01-20 17:00", "Litia Vunivalu, REGIONAL CHAMPION on the beam 🤸‍♀️🥇 We could not be prouder.")
P("ofb", "2026-02-27 14:00", "Litia's beam medal is now in the trophy cabinet by reception. Come and have a look "
  "when you're in for parents' evening!")
P("ox", "2026-03-03 16:20", "[[Litia|pr:P0003]]'s county squad training starts this weekend. Good luck!")
P("ofb", "2026-01-28 12:00", "A message from our Chair of Governors, Angela Thwaite, about the new breakfast club "
  "hours from February.")
P("ox", "2026-02-05 15:30", "Thank you [[Maj Lennox|sr:G002]] and the garrison welfare team for running our forces "
  "families drop-in today.")
P("oig", "2026-04-17 12:10", "Everyone in purple for [[Purple Up Day|ev:E007]]! 💜 Celebrating our amazing military "
  "children this Month of the Military Child.")
P("ox", "2026-04-10 16:00", "Reminder: wear something purple on Friday 17th for [[Purple Up|ev:E007]]! Donations to "
  "SSAFA welcome.")
P("ofb", "2026-05-06 15:50", "[[Year 6 residential|ev:E004]] kit list is on the app. Coach leaves 8.30 Monday from "
  "the garrison gym car park. Labels on EVERYTHING please.")
P("oig", "2026-05-13 07:30", "[[Malham|ev:E004]] Cove at sunrise with Swale and Ure. Not a single moan about the "
  "climb (ok, maybe one)")
P("ox", "2026-06-10 15:00", "[[Sports Day|ev:E005]] is Wednesday 8th July. Parents welcome from 1.15, bring sun cream "
  "and a chair")
P("ofb", "2026-06-15 11:30", "Sports Day update: we'll be on the top field this year, with the Forces Families relay "
  "at 2.30. Mums and dads in uniform always welcome 😉")
P("oig", "2026-07-08 18:00", "Sports day 2026 🏅 [[Chase|pr:P0007]] in the sack race, enough said 😂")
P("ox", "2026-05-28 16:10", "Our [[Armed Forces Day Picnic|ev:E002]] is on Friday 26th June on the field. Picnic "
  "blankets, flags and grandparents welcome 🇬🇧")
P("ofb", "2026-06-26 17:45", "What a turnout for the forces picnic! Thank you to the band and to everyone who brought "
  "cake 🎖️")
P("oig", "2026-07-13 19:00", "One last look back at the [[Armed Forces Day picnic|ev:E002]] 📸 What a day.")
P("ox", "2026-06-19 16:30", "Armed Forces Day is tomorrow in Richmond market place. Our choir isn't performing this "
  "year but lots of our families will be there, enjoy it!")
P("ox_lc", "2026-01-07 07:05", "Snow update: school is OPEN. The garrison roads have been gritted but the top car park "
  "is an ice rink, please use the Gallowfields Road gate ❄️")
P("ofb", "2025-09-24 15:00", "Welcome to our new Year 4 teacher [[Mrs Probert|sr:S007]], who has joined us from a "
  "school in Brecon 🐑")
P("oig", "2025-10-03 13:30", "Reading den: done ✔️ Thank you [[Mr Bulmer|sr:S011]] for the shelves and the fairy "
  "lights 📚✨")
P("ofb", "2026-03-12 15:30", "Congratulations to Aarav (Ure) and Kavya (Swale), our Year 6 spelling bee winners 🐝")
P("oig", "2026-02-11 14:00", "Heroes club packed care parcels for families' loved ones on Op TOSCA this week 📦 "
  "Thank you [[Mrs Rudd|sr:S003]]!")
P("ox", "2026-01-14 15:40", "Well done [[Tevita|pr:P0017]] in Rye class, our times tables champion this week ✖️")
P("oig", "2026-03-05 16:00", "World Book Day 📚 Highlights include three Gruffalos, a very convincing Paddington and "
  "Niamh as Matilda")
P("ofb", "2026-04-22 12:00", "Welcome to the 9 children who joined us after Easter from Germany and Canada! Next "
  "Welcome Brew is Friday 1st May 💙")
P("ox", "2026-07-16 15:30", "Tomorrow's [[Year 6 Leavers' Assembly|ev:E008]] starts at 9.15, two tickets per family.")
P("ox", "2025-09-30 15:15", "A huge thank you to [[WO2 McAllister|par:R004]] and the REME workshop for getting our "
  "minibus back on the road for free 🔧")
P("ofb", "2026-03-02 12:00", "Our Friends chair Sunita Limbu is looking for volunteers for the spring disco. Can you "
  "spare an hour?")
P("oig", "2025-12-02 16:30", "[[Sunita Limbu|par:R005]] and the Friends team sold 300 mince pies at the Christmas "
  "fair! 🥧")
P("ox", "2026-04-14 15:00", "Thank you to [[Sunita Limbu|par:R005]], who steps down as Friends chair this term after "
  "four brilliant years 💐")
P("oig", "2025-10-22 15:00", "Rhys and Jaxon, our eco warriors, planted 40 bulbs by the gate today 🌷")
P("ofb", "2025-09-26 15:30", "Arlo in Nidd class made the 'welcome' sign for our new families. Isn't it gorgeous? 💙")
P("oig", "2026-02-04 15:30", "Brooke in Esk class showing off her 'my dad's ship' project ⚓ (yes, we are an Army "
  "school. Yes, her dad is in the Navy. We love it.)")
P("ox", "2026-02-26 15:20", "Major's speech at school council was better than most you'll hear in Parliament 👏")
P("ox_lc", "2026-05-19 15:30", "Year 4 trip to Pickering on the North York Moors Railway 🚂 Steam, sandwiches and one "
  "lost cap.")
P("ofb", "2026-01-23 14:30", "[[Oliwia Zajac|pr:P0006]] in Ure class, winner of the garrison art competition! 🎨")
P("ofb", "2026-03-26 16:00", "Former pupil [[Jordan Kettlewell|pr:P0043]] popped in to tell Heroes club about life "
  "in the Royal Logistic Corps 🎖️ Some of them are already signing up (in 2034).")
P("ox", "2025-11-03 16:00", "Our Remembrance Service is next Tuesday at 10.50. Poppies on sale in the office, 50p.")
P("oig", "2026-06-01 15:30", "Armed Forces Day Picnic countdown: 25 days. Bunting production has begun 🇬🇧")

# Official accounts (not approved)

P("u_fb", "2025-09-08 16:00", "Welcome back! Reminder that PE days have changed: Swale and Ure are now Tuesdays.",
  w="ua")
P("u_fb", "2025-11-05 15:00", "Remembrance Service next Tuesday. Poppies are on sale in the office, 50p each 🌺",
  w="ua")
P("u_fb", "2026-01-09 17:00", "Congratulations to [[Semi Tupou|pr:P0009]] in Tees class on his county rugby call-up 🏉",
  w="ua")
P("u_fb", "2026-03-25 15:00", "Easter bonnet parade on Friday. No real feathers please, we have allergies!", w="ua")
P("u_fb", "2026-04-24 15:30", "[[Year 6 residential|ev:E004]] balances are due this Friday please.", w="ua")
P("u_friends", "2025-09-22 19:00", "Thank you to everyone who came to the Welcome Brew! We raised £84 towards the "
  "[[Year 6 residential|ev:E004]] 💙", w="ua")
P("u_friends", "2025-11-27 18:30", "Christmas fair this Saturday 10-1. Santa's grotto is in the library "
  "([[Mrs Pickering|sr:S010]] has been sworn to secrecy 🤫)", w="ua")
P("u_friends", "2026-02-10 19:00", "Friends AGM Thursday 6pm in the hall. Cake provided. Sunita Limbu is standing for "
  "chair again!", w="ua")
P("u_friends", "2026-05-14 18:00", "Cake sale for the [[Armed Forces Day Picnic|ev:E002]] next month, bring your bakes "
  "to the gate 🍰", w="ua")
P("u_friends", "2026-07-10 19:30", "Leavers' hoodies are in! Collect from the office from Monday.", w="ua")
P("u_heroes", "2025-10-15 13:00", "This week in Heroes club: kit bags, rucksack packing and a LOT of giggling 🎒",
  w="ua")
P("u_heroes", "2025-11-12 13:00", "[[Honor|pr:P0005]] read her poem about her mum's tour at yesterday's Remembrance "
  "assembly. Not a dry eye 🌺", w="ua")
P("u_heroes", "2026-04-16 13:10", "[[Purple Up Day|ev:E007]] tomorrow! Heroes, wear your purple wristbands 💜", w="ua")
P("u_heroes", "2026-03-10 13:00", "[[Mrs Rudd|sr:S003]] and the Heroes club postcards have arrived in Estonia! 🇪🇪 "
  "Thank you to everyone's mums and dads on Op CABRIT for the photos", w="ua")
P("u_heroes", "2026-06-22 13:00", "Our display for Armed Forces Day is up in the corridor 🇬🇧", w="ua")
P("u_sport", "2025-09-25 17:30", "Great start to the season for the Y5/6 football team, 3-1 v Colburn. "
  "[[Coach Dale|sr:S009]]'s first match in charge! ⚽", w="ua")
P("u_sport", "2025-10-20 16:00", "Cross country results: 1st [[Amara M|pr:P0014]] (Aire), 2nd "
  "[[Chase O'Brien-Walsh|pr:P0007]] (Ure) 🏃", w="ua")
P("u_sport", "2026-07-06 15:00", "Sports Day team lists are on the board by the hall 🏃", w="ua")
P("u_sport", "2026-03-18 16:30", "Tag rugby festival at Dalton Park today. Proud of every single one of them 🏉",
  w="ua")
P("u_sport", "2026-05-21 17:00", "Well done [[Hunter|pr:P0020]] in Wharfe class, 2nd at the North Yorkshire junior "
  "motocross round 🏍️", w="ua")
P("u_sport", "2025-11-20 16:00", "Coach Dale's netball squad won the garrison schools tournament! 🏆", w="ua")

# ---------------------------------------------------------------------------------------------------------
# Personal accounts: headteacher

P("hb_x", "2025-09-04 19:30", "23 new starters on day one, 6 more promised by half term. Postings don't wait for "
  "September. Love this job.", w="si")
P("hb_x", "2025-10-28 20:00", "Sitting in on a Service Pupil Premium webinar. If you lead a school with forces "
  "families and SPP isn't funding emotional support, you're missing a trick.", w="si")
P("hb_x", "2025-11-11 18:00", "Two minutes' silence on the parade square, then back for our own service. Proud of "
  "every child. Proud of every family.", w="si")
P("hb_x", "2026-01-30 07:30", "Thank you [[Angela Thwaite|sr:G001]] for chairing a marathon of a budget meeting last "
  "night 🙏", w="si")
P("hb_x", "2026-06-26 20:15", "[[Armed Forces Day Picnic|ev:E002]], 400 sausage rolls and not one cloud. Best day of "
  "the year.", w="si")
P("hb_x", "2026-03-14 13:00", "Half marathon done in 2:08. Legs are no longer mine.", w="si")
P("hb_fb", "2025-12-21 11:00", "Christmas tree finally up, only three baubles smashed by the dog 🎄")
P("hb_fb", "2026-02-20 12:30", "Coffee with Sunita Limbu this morning, what a woman. Half term plans sorted ☕")
P("hb_fb", "2026-05-12 21:00", "Visited our Year 6 at [[Malham|ev:E004]] today. 58 children in the rain, zero "
  "complaints. [[Mr Lark|sr:S005]] deserves a medal.", w="md")
P("hb_fb", "2026-01-15 20:40", "Headship in a garrison school: I said goodbye to four children today and hello to "
  "three. The paperwork follows them like a shadow.", w="md")
P("hb_fb", "2025-12-06 18:00", "Lovely to see so many old faces at the garrison Christmas lights switch-on 🎄",
  w="pc:P0041", cn=["@mason.ridley", "@jkettlewell_rlc"], nowork=True)
P("hb_fb", "2026-04-02 17:00", "[[Capt Adjei|par:R002]] gave the most brilliant talk to Year 5 today about being an "
  "Army medic. Three future doctors signed up on the spot.", w="md")

# deputy head
P("op_x", "2025-09-11 18:30", "Maths lead meeting done, now to persuade eight classes that arrays are exciting",
  w="md")
P("op_x", "2025-10-07 12:50", "Running the forces club quiz at lunch. Who knew nine year olds could name every "
  "helicopter in the Army Air Corps", w="md")
P("op_x", "2025-11-22 17:05", "Wales 24-21!! Owain is a very happy man 🏴󠁧󠁢󠁷󠁬󠁳󠁿")
P("op_x", "2026-02-02 16:00", "Cheers [[Priya|sr:S006]] for covering my Year 5 maths group today, I owe you a brew",
  w="md")
P("op_x", "2026-02-28 10:00", "Brilliant news [[Tamsin|pr:P0042]]! Always knew you'd end up doing medicine 👩‍⚕️",
  w="pc:P0042", re_="@tamsin.hargreaves", nowork=True)
P("op_x", "2026-03-03 09:00", "Happy birthday! Have the best day 🎉", re_="@tamsin.hargreaves")
P("op_x", "2025-09-20 20:00", "[[Proud to be deputy head at Thornbeck Junior School|si]], where half our families are "
  "saying goodbye to someone in any given week.", w="md")
P("op_x", "2025-10-09 21:00", "Coach Dale running the staff netball. Carnage. Absolute carnage.")
P("op_x", "2025-12-13 19:00", "[[Catriona|sr:S001]]'s not leaving, she's turning 50. Surprise party Saturday, keep it "
  "shtum 🤫", nowork=True)
P("op_x", "2026-05-02 11:00", "[[Marek Zajac|par:R006]] has fixed my car AGAIN. Absolute legend 🔧", nowork=True)
P("op_x", "2026-06-05 18:00", "Ring the bell, it's Friday 🔔")
P("op_x", "2026-01-13 16:00", "[[Anais|pr:P0016]] in Wharfe class corrected my French today. Fair.", w="md")

# SPP mentor
P("dr_fb", "2025-09-17 19:00", "Seven new forces kids in this week, two from Cyprus and one straight from Canada, and "
  "every one of them walked into Heroes club like they owned the place 💚", w="md")
P("dr_fb", "2025-11-20 20:30", "Wrapping 60 Christmas boxes for the lads on Op TOSCA with [[Maureen|sr:S015]] and the "
  "Heroes club kids 🎁", w="md")
P("dr_fb", "2026-01-21 21:00", "When her dad has been away since September and she just wants to show someone her "
  "spelling test. That's my job. Best job in the world.", w="md")
P("dr_fb", "2026-04-05 18:00", "Family day at Scarborough with mine, the sea was FREEZING 🌊")
P("dr_fb", "2025-09-12 20:00", "Baking for next week's [[welcome brew|ev:E006]], 4 trays of flapjack in 🍪", w="md")
P("dr_fb", "2026-04-17 08:00", "[[Purple Up|ev:E007]] day 💜 purple wig on for my Heroes", w="md")
P("dr_fb", "2025-10-29 19:30", "[[As the Service Pupil Premium mentor at Thornbeck Junior School|si]] I get asked a "
  "lot what SPP is for. Short answer: everything a posting order forgets.", w="md")
P("dr_fb", "2026-01-10 12:00", "Look at you [[Jordan|pr:P0043]], all grown up and in the RLC! I remember you hiding "
  "under the table with the Lego 😂", re_="@jkettlewell_rlc", nowork=True)
P("dr_fb", "2026-03-22 18:00", "Sent a terrible pun to the family WhatsApp and got left on read. Tough crowd.")
P("dr_fb", "2025-10-11 16:00", "1 Yorks families day at the garrison gym, bouncy castle AND a tank 🪖")
P("dr_ig", "2025-10-02 14:00", "Heroes club made worry dolls today. We talked about the people we miss 💚",
  w="si md")
P("dr_ig", "2026-02-25 13:30", "Forces club: [[Litia|pr:P0003]] taught the whole group a Fijian clapping song 🇫🇯",
  w="si md")
P("dr_ig", "2026-06-24 13:20", "Our Heroes made bunting for Friday's [[forces picnic|ev:E002]] 🇬🇧", w="si md")
P("dr_ig", "2026-05-31 17:00", "Sunday roast and a long muddy dog walk 🐕", w="si")

# Year 6 teacher (Swale), disclaimer in bio
P("gw_x", "2025-09-18 21:00", "Marking 30 Year 6 writing assessments with a cold brew. Send biscuits.")
P("gw_x", "2025-11-04 16:00", "Told Swale class I'd wear a poppy hat if they nailed their fronted adverbials. They did. "
  "I am wearing the hat.")
P("gw_x", "2026-01-22 15:45", "[[Poppy F|pr:P0001]] just explained a Chinook is 'basically a flying bus with two "
  "hats'. Nailed it.")
P("gw_x", "2026-04-01 16:00", "April Fools' in a room of 30 ten-year-olds is not for the faint-hearted")
P("gw_x", "2026-05-11 06:45", "Off on the [[Y6 residential|ev:E004]]! Signal will be dreadful, see you Friday 🥾")
P("gw_x", "2025-10-12 20:30", "Rereading Lord of the Flies, for fun. Someone check on me.")
P("gw_x", "2026-03-15 18:00", "GREAT goal!! ⚽", w="pc:P0007", re_="@chaseob_footy")
P("gw_x", "2026-02-12 19:00", "Wise words from my niece: 'you can't be sad AND eat a crumpet'.")
P("gw_x", "2025-10-20 20:00", "[[Ruari|pr:P0045]]! How is Brunei? Still telling the world's worst jokes?",
  w="pc:P0045", re_="@ruari.drummond")
P("gw_x", "2025-10-29 16:30", "Rehearsing the [[Remembrance assembly|ev:E001]] with Swale class. The Last Post on a "
  "recorder is... brave.")
P("gw_x", "2026-07-17 12:00", "[[Leavers' assembly|ev:E008]]. I'm not crying, you're crying 😭")
P("gw_x", "2026-04-15 07:40", "Sending my nephew off to his school in Tidworth in head-to-toe purple for Purple Up 💜")
P("gw_x", "2025-09-29 17:00", "[[The new boy in Swale class who arrived from Canada last week|id]] has already "
  "been picked for football. Ice hockey's loss.")
P("gw_x", "2026-02-18 21:00", "Annie Lennox on shuffle, a pile of books and a very cross cat")

# Year 6 teacher (Ure), no disclaimer
P("tl_x", "2025-09-09 16:30", "Ure class are already asking when the [[residential|ev:E004]] is. It's in May. It is "
  "September.", w="md")
P("tl_x", "2025-10-19 18:00", "Rhinos season over, back to hating Wigan from a safe distance")
P("tl_x", "2025-12-03 19:00", "Staff Christmas do booked at the Bridge Inn. [[Gemma|sr:S004]] has already picked the "
  "playlist, god help us", nowork=True)
P("tl_x", "2025-12-12 16:10", "[[Evie M|pr:P0044]]'s last day with us before her family's posting to Cyprus. Nine "
  "years old and that's her fourth school. Forces kids are something else.", w="md")
P("tl_x", "2026-05-15 20:00", "Back from [[resi|ev:E004]]. Slept eleven hours. Still tired.", w="md")
P("tl_x", "2026-03-08 19:30", "Lark Rise to Candleford on the telly. My dad is in heaven.")
P("tl_x", "2025-11-28 18:00", "Ha! [[Mason|pr:P0041]], you were the worst goalkeeper I ever picked and now look at you "
  "😂 well done lad", w="pc:P0041", re_="@mason.ridley", nowork=True)
P("tl_x", "2025-10-30 17:30", "Congrats [[@chaseob_footy|pr:P0007,pc:P0007]] on the Richmond Town U11s captaincy ⚽",
  nowork=True)
P("tl_x", "2026-03-02 20:00", "Rain, rain, rain. The garden is now a pond.", w="pc:P0042",
  cn=["@tamsin.hargreaves", "@dan_fairweather"])
P("tl_x", "2026-03-05 18:30", "[[Tamsin|pr:P0042]]! Lovely to hear from you, good luck with the interviews 🤞",
  re_="@tamsin.hargreaves", nowork=True)
P("tl_x", "2025-11-11 19:00", "Remembrance Service this morning. 300 children silent for two minutes. It never gets "
  "easier.", w="md")
P("tl_x", "2026-06-27 10:00", "[[Forces picnic|ev:E002]] clean-up crew: found three lost shoes and a plastic tank",
  w="md")
P("tl_x", "2026-02-27 20:30", "[[I teach Year 6 at Thornbeck Juniors|si]] and I've never met kids so good at packing "
  "a suitcase.", w="md")
P("tl_x", "2026-01-28 15:45", "Massive thanks to [[Sgt Fairweather|par:R001]] for the Chinook talk to Ure class. Best "
  "lesson of the year and I didn't teach it.", w="md")
P("tl_x", "2025-12-24 21:00", "Morecambe and Wise Christmas special on. Best telly ever made, don't @ me")
P("tl_x", "2026-04-20 19:00", "I'm a teacher, so obviously I own fourteen lanyards and no pens.")
P("tl_ig", "2025-10-05 10:30", "parkrun #200 at Catterick Garrison 🏃 cheers to the marshals")
P("tl_ig", "2026-04-19 12:00", "Long run along the Swale this morning, 14 miles ☀️")
P("tl_ig", "2026-06-14 13:00", "Richmond 10k done. 48:12 🏅", cn=["@jkettlewell_rlc", "@dan_fairweather"])
P("tl_ig", "2026-02-08 10:00", "Thornbeck Moor in the snow. Worth the frozen fingers ❄️")

# Year 5 teacher (Tees), disclaimer in bio
P("pn_x", "2025-09-26 20:00", "Curriculum for a class where a third of the children will change schools before July: "
  "teach the big ideas, not the coverage.")
P("pn_x", "2025-11-13 16:00", "Tees class wrote letters to the Chelsea Pensioners and got replies!! [[Semi|pr:P0009]] "
  "read his out loud and the whole room went quiet")
P("pn_x", "2025-11-25 19:00", "Semi Tupou, county U11 rugby, what a kid 🏉")
P("pn_x", "2025-12-22 20:00", "[[Semi|pr:P0009]]'s mum sent me a video of him scoring at Otley. I may have cried.")
P("pn_x", "2026-05-04 16:00", "[[R in Tees class|id:P0013]] asked if the King knows his dad. I said probably not. He "
  "said 'he shook his hand at a parade though'.")
P("pn_x", "2026-06-12 20:00", "To every teacher who has held a child while they cried because a tour got extended: "
  "that is the real work.")
P("pn_x", "2025-09-19 17:30", "[[Dale Hinchcliffe|sr:S009]] has been here a week and already has Year 5 doing burpees "
  "at playtime")
P("pn_x", "2026-03-25 19:00", "[[We at Thornbeck Juniors|si]] are hiring a Year 3 teacher. Come and join the best "
  "staffroom on the garrison.")
P("pn_x", "2025-12-14 18:00", "My niece was a very serious innkeeper in her school's Christmas production in Ripon 🌟")
P("pn_x", "2026-01-17 20:00", "Paul Rudd has not aged in twenty years and I want answers")
P("pn_x", "2026-02-24 16:00", "[[Niamh D’Arcy|pr:P0010]] in my class has written an entire novel about a dog on a "
  "submarine")

# Year 4 teacher (Rye), bio self-identifies, no disclaimer
P("sp_ig", "2025-09-24 19:00", "First week at my new school done 🐑💛 everyone's been so kind", w="si md")
P("sp_ig", "2025-11-29 18:00", "Wales v Australia at the Principality 🏴󠁧󠁢󠁷󠁬󠁳󠁿 voice gone", w="si")
P("sp_ig", "2025-12-09 20:00", "Dress rehearsal for the [[Christmas production|ev:E003]]: two angels missing, one "
  "donkey in tears, zero tinsel left", w="si md")
P("sp_ig", "2026-03-02 16:00", "St David's Day in Rye class: cawl, daffodils and a LOT of dodgy Welsh accents. "
  "[[Isla|pr:P0019]]'s 'bore da' was perfect though", w="si md")
P("sp_ig", "2026-04-17 16:00", "[[Purple Up|ev:E007]]! 💜 for all our forces kids", w="si md")
P("sp_ig", "2026-05-24 17:00", "Pen y Fan with my sister, knees destroyed 🏔️", w="si")
P("sp_ig", "2026-02-15 12:00", "Gorgeous pony! 🐴", w="si pc:P0005", re_="@honor.mca", nowork=True)
P("sp_ig", "2026-03-22 12:00", "Distinction!! Amazing [[Ella-Rose|pr:P0012]] 🩰", w="si pc:P0012",
  re_="@ellarose_dance", nowork=True)
P("sp_ig", "2026-01-29 16:00", "Thanks Mr Hinchcliffe for the football skills session with Rye class ⚽", w="si md")

# TA (aunt of a Year 3 pupil), no disclaimer
P("ks_fb", "2025-10-09 19:00", "Reading with the Year 3s this morning and one told me his dad 'drives tanks for the "
  "King'. Obviously he does.", w="md")
P("ks_fb", "2025-12-25 12:00", "Merry Christmas from me, Lee and the dogs 🎄 and our Lewis who's just opened a Lego "
  "Chinook 😂")
P("ks_fb", "2026-03-11 19:00", "[[Lewis|pr:P0025]] in Esk class read me his whole book at break and didn't miss a word. "
  "Proud auntie AND proud TA 🥹", w="md")
P("ks_fb", "2026-06-06 22:00", "Hen do in York!!! 🍾🍾")
P("ks_fb", "2025-11-14 18:00", "Children in Need bake sale at the community centre Saturday, all welcome 🍰",
  w="pc:P0003", cn=["@litia.gym"], nowork=True)
P("ks_fb", "2026-05-27 20:00", "[[Been a TA at #ThornbeckFamily|si]] for six years now and the kids still make me "
  "laugh every single day", w="md")
P("ks_fb", "2026-01-26 19:30", "[[Donna Rudd|sr:S003]] is the reason half these kids cope when their mum or dad "
  "deploys. Nobody sees it.", w="md")
P("ks_fb", "2026-02-01 17:00", "Sunday dinner for nine and the Yorkshires didn't collapse 🙌", w="pc:P0044",
  cn=["@evie_in_cyprus"], nowork=True)
P("ks_fb", "2025-10-23 19:00", "[[The little girl in Nidd class whose daddy's in Estonia|id]] cried all through "
  "phonics today. Broke my heart.", w="md")
P("ks_fb", "2026-04-30 19:00", "[[Rosa Ferreira Lund|pr:P0026]] in Nidd class did her whole reading book with me "
  "today ⭐", w="md")
P("ks_fb", "2026-03-20 19:00", "Ivy is taking over the back fence again, anyone got a hedge trimmer I can borrow?")

# PE coach (permitted from 2025-10-06), no disclaimer
P("dh_x", "2025-09-16 17:00", "Year 5 tag rugby this afternoon. Never seen so much enthusiasm and so little passing",
  w="md")
P("dh_x", "2025-10-25 17:00", "Boro 0-2. Why do I do this to myself")
P("dh_x", "2026-02-26 15:30", "[[Semi|pr:P0009]] in Tees class, hat-trick at lunchtime footy. Told him to slow down, he "
  "said 'Sir, I'm a rugby player'", w="md")
P("dh_x", "2026-07-08 19:00", "Sports day done ☀️ 12 races, 300 kids, 1 sunburnt coach", w="md")
P("dh_x", "2026-05-18 18:00", "Mega result [[Hunter|pr:P0020]], proper rapid 🏍️", w="pc:P0020",
  re_="@hunterbeckwith_mx", nowork=True)
P("dh_x", "2025-09-27 09:00", "Catterick Harriers cross-country season starts Sunday, all welcome")
P("dh_x", "2025-11-06 20:00", "[[Coaching at @ThornbeckJuniors|si]] has been the best move I've made", w="md")
P("dh_x", "2026-06-05 16:30", "Marking out the track for [[sports day|ev:E005]]: four tins of white paint and one "
  "wonky line", w="md")
P("dh_x", "2026-03-01 12:00", "Unreal sidestep [[Semi|pr:P0009]] 👏", w="pc:P0009", re_="@semi.tupou", nowork=True)
P("dh_x", "2025-12-04 17:00", "[[H in Wharfe class|id:P0020]] did 41 keepy-ups at lunch. Forty-one!", w="md")
P("dh_x", "2026-04-21 17:30", "[[Maj Lennox|sr:G002]] and the garrison sports office lent us 20 bikes for "
  "Bikeability 🚲", w="md")
P("dh_x", "2026-01-24 10:00", "[[Karen McAllister|par:R004]]'s bootcamp on the garrison field is savage. Legs gone.",
  nowork=True)
P("dh_x", "2026-02-14 21:00", "The Chase tonight, Bradley Walsh in tears again 😂")
P("dh_x", "2025-10-18 09:00", "Thornbeck Moor 10k route is BRUTAL. Who designed this")

# business manager (mother of a Year 5 pupil), no disclaimer
P("jp_fb", "2025-10-02 19:00", "Budget monitoring report done ✔️ Now to chase 14 unpaid dinner money accounts", w="md")
P("jp_fb", "2026-01-18 18:00", "Beautiful darling, so proud of you 💖", re_="@ellarose_dance")
P("jp_fb", "2026-03-21 19:00", "Ella-Rose's ballet exam today, DISTINCTION!! 🩰")
P("jp_fb", "2025-12-11 20:00", "[[Ella-Rose|pr:P0012]] was a brilliant snowflake in the [[Christmas show|ev:E003]] "
  "last night ❄️ (proud mum)", nowork=True)
P("jp_fb", "2026-05-07 17:00", "Coach for the [[residential|ev:E004]] paid, finally. Only took three quotes and a "
  "prayer", w="md")
P("jp_fb", "2026-04-11 12:00", "Day out in Pickering, steam train and a cream tea 🚂")

# site manager, no disclaimer
P("tb_fb", "2026-01-07 08:30", "Gritted the top playground at 6am. Garrison roads worse than ours for once", w="md")
P("tb_fb", "2025-10-18 16:00", "Fishing on the Ure, nowt biting")
P("tb_fb", "2026-04-13 17:00", "New shelving in the Rye class reading corner. Ask [[Mrs Probert|sr:S007]], she's been "
  "on at me since September 😂", w="md")
P("tb_fb", "2025-11-08 14:00", "Poppy appeal collecting outside Tesco with the Legion lads")
P("tb_fb", "2026-03-16 18:00", "[[Caretaker at Thornbeck Junior School|si]] for 11 years and I've finally found the "
  "key to the loft", w="md")
P("tb_fb", "2026-06-20 15:00", "Bulmers in the garden, sun's out 🍺")
P("tb_fb", "2025-09-21 10:00", "Thornbeck Garrison Spar has run out of bread AGAIN")

# SENCo (mother of a Year 3 pupil), disclaimer in bio
P("rh_x", "2025-11-20 20:00", "EHCP reviews for forces children who've moved authority three times. If one more LA "
  "loses the paperwork I will drive there myself.")
P("rh_x", "2026-02-22 19:00", "Brooke lost her first wobbly tooth at the swimming pool. Gone forever. The tooth fairy "
  "will have to manage.")
P("rh_x", "2025-12-10 21:00", "[[Brooke|pr:P0024]] as a sheep in the [[Y3/4 Christmas show|ev:E003]]. 10/10, no "
  "notes 🐑")
P("rh_x", "2025-11-21 18:00", "[[Mr Pritchard|sr:S002]] in a tutu for Children in Need. I have photos.")
P("rh_x", "2026-05-20 17:00", "[[@litia.gym|pr:P0003,pc:P0003]] you are a superstar, regional team!! 🤸‍♀️")
P("rh_x", "2026-03-04 07:00", "Hunter wellies finally gave up after nine years. RIP.")

# Year 5 teacher (Aire), bio self-identifies
P("nd_x", "2025-09-10 20:00", "Year 5 class novel this term: Letters from the Lighthouse. Already hooked.", w="si md")
P("nd_x", "2025-10-31 16:00", "Halloween and I've been handed 46 sweets by Year 5 already. Dentist on speed dial.",
  w="si md")
P("nd_x", "2026-01-19 16:30", "[[Amara|pr:P0014]] in Aire class built a working periscope out of a cereal box and two "
  "compact mirrors. Engineers of tomorrow, right here.", w="si md")
P("nd_x", "2026-03-29 17:00", "Leeds United. That's it. That's the tweet.", w="si")
P("nd_x", "2026-06-30 18:00", "Looks amazing [[Evie|pr:P0044]]! Say hi to the sea for us 🌊", w="si pc:P0044",
  re_="@evie_in_cyprus", nowork=True)
P("nd_x", "2026-02-09 16:00", "[[Toby|pr:P0011]]'s rap about the water cycle deserves a record deal 🎤 "
  "#ThornbeckFamily", w="si md")
P("nd_x", "2026-04-04 15:00", "Thackray museum in Leeds with my nephews, the surgery gallery is grim 😬", w="si")

# Year 3 teacher (Esk; aunt of a former pupil abroad), no disclaimer
P("lg_ig", "2025-10-14 16:00", "Esk class autumn leaf art 🍂 my little artists", w="md")
P("lg_ig", "2025-11-02 19:00", "So proud of you lovely, Brunei suits you! Auntie Lu x", re_="@ruari.drummond")
P("lg_ig", "2026-01-05 20:00", "FaceTime with my nephew Ruari in Brunei, since when is he taller than me?!")
P("lg_ig", "2026-03-19 16:00", "[[Anjali|pr:P0022]] in my class wrote 'I love you' in Nepali on my whiteboard 🥹",
  w="md")
P("lg_ig", "2026-04-11 11:00", "Spring cleaning the craft cupboard at home 🌼", w="pc:P0041",
  cn=["@ruari.drummond", "@mason.ridley"], nowork=True)
P("lg_ig", "2026-05-09 20:00", "Birthday drinks for [[Kelly S|sr:S008]] tonight, happy 40th lovely 🥂", nowork=True)
P("lg_ig", "2026-02-21 12:00", "Bob Marley on in the kitchen, three little birds on the feeder 🐦")

# lunchtime supervisor, no disclaimer
P("mh_fb", "2025-09-23 14:00", "Dinner duty in the rain and [[Jaxon|pr:P0015]] from Wharfe class gave me his umbrella. "
  "Gentleman at eight 🥰", w="md")
P("mh_fb", "2026-04-25 12:00", "Bingo at Thornbeck Community Centre Friday, proceeds to Help for Heroes")
P("mh_fb", "2025-12-05 19:00", "[[Dinner lady at Thornbeck Juniors|si]] and they gave me a Christmas card signed by "
  "all of Wharfe class 😭", w="md")
P("mh_fb", "2026-02-07 21:00", "Honor Blackman in Goldfinger on ITV4, they don't make them like that any more")

# governors
P("at_x", "2025-10-04 12:00", "Lovely governor visit to see the phonics catch-up groups. Thank you "
  "[[Mrs Probert|sr:S007]] for the warm welcome.", w="si")
P("at_x", "2026-02-14 20:00", "Valentine's with the husband: chips in Whitby 🐟", w="si")
P("at_x", "2026-06-26 19:00", "Thank you [[Catriona Blakey|sr:S001]] for a magical [[forces picnic|ev:E002]] 💙",
  w="si")
P("sl_x", "2025-11-09 12:00", "Laid a wreath at the cenotaph in Richmond this morning. We will remember them.")
P("sl_x", "2026-03-07 21:00", "[[As a governor at Thornbeck Junior School|si]] I see how hard the staff work for "
  "children whose parents are away.")
P("sl_x", "2025-10-26 11:00", "School governor, part-time taxi for three teenagers, full-time tired.")
P("sl_x", "2026-01-11 15:00", "Found John Major's memoir in a charity shop for 50p. Couldn't resist.")

# parents (hard negatives: they name nobody else on the roster)
P("pf_fb", "2025-10-12 21:00", "Six months on Op CABRIT starts Tuesday. Going to miss my girls like mad. Look after "
  "your mum, princess 🌺")
P("pf_fb", "2026-04-14 16:00", "HOME!!! 🇬🇧 Surprised the little one at the school gate and she screamed the place down")
P("aa_ig", "2026-01-31 20:00", "Posted to Germany in the summer. Third school in five years for the kids. #ForcesFamily "
  "🫠")
P("aa_ig", "2025-11-16 13:00", "Wreath laid for the regiment today. Proud to serve.")
P("km_x", "2025-09-28 18:00", "Sports day at the REME workshop 😂 lads vs the officers, we won the tug of war")
P("km_x", "2026-07-08 17:00", "Sports day at school today, my two came 1st and 4th 🏅")
P("mz_fb", "2025-12-24 20:00", "Wesołych Świąt from Kraków! 🎄 Back to the garrison on the 2nd")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], out=OUT, seed=SEED, prefix=PREFIX, n_posts=N_POSTS, school=SCHOOL))
