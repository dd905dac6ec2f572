"""Write ``blind10-posts.jsonl``: the tenth blind, hand-labelled evaluation set (see ``BLIND10.md``).

    python corpora/posts/make_blind10_posts.py              # check, then write
    python corpora/posts/make_blind10_posts.py --warnings   # also list posts a reviewer should look at twice

This set is about a school the product has never seen: Staithe Bank School, a fictional community special school in
Dunston, Gateshead, for pupils aged 3-19 with severe and complex learning difficulties and autism
(``corpora/blind10-school``). Classes are named by number and key stage (Class 1 ... Class 6, KS3 Class 7 ...
KS4 Class 11) and the post-16 department ("Post-16", "Sixth Form") has its own base, the Boathouse. Every post and
every label below was written by hand. Gold spans are marked inline as ``[[text|cat:SUBJECT,cat:SUBJECT]]`` (``-``
for no subject; the marked text may span a line break); whole-post gold goes in ``w`` as ``cat`` or ``cat:SUBJECT``
words. The checks in ``blind_kit.py`` must all pass, against the blind10 school profile, before the file is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from blind_kit import ROOT, P, acct, main

HERE = Path(__file__).resolve().parent
OUT = HERE / "blind10-posts.jsonl"
SCHOOL = ROOT / "corpora" / "blind10-school"
SEED = 20261219
PREFIX = "b10"
N_POSTS = 240


# ---------------------------------------------------------------------------------------------------------
# Accounts. ``disc``: the bio says the views are the author's own. ``si_bio``: the bio self-identifies.

# official accounts. Approved: @StaitheBankSch on facebook and on x (handles compared without case).
acct("ofb", "official", "facebook", "@StaitheBankSch", "Staithe Bank School, Dunston · a community special school for ages 3-19")
acct("ofb_lc", "official", "facebook", "@staithebanksch", "Staithe Bank School 💙 Gateshead")
acct("ox", "official", "x", "@StaitheBankSch", "News from Staithe Bank School, Gateshead. Office: 0191 498 0316")
# not approved
acct("u_ig", "official", "instagram", "@StaitheBankSch", "📸 Staithe Bank School · life in our classes")
acct("u_p16", "official", "instagram", "@SBS_Post16", "Post-16 at Staithe Bank 🎓 The Boathouse")
acct("u_hydro", "official", "x", "@StaitheBankHydro", "Hydrotherapy pool, Staithe Bank School 🏊")
acct("u_friends", "official", "facebook", "@FriendsOfStaitheBank", "Friends of Staithe Bank School · parents & carers fundraising")
acct("u_salt", "official", "x", "@StaitheBankSALT", "Speech, language & OT team at Staithe Bank School")

# staff, governors and parents
acct("ram_x", "personal", "x", "@GillRamsayHead",
     "Headteacher, Staithe Bank School, Gateshead. Views my own.", "S001", disc=True, si_bio=True)
acct("ram_fb", "personal", "facebook", "@gill.ramsay.58", "", "S001")
acct("ade_x", "personal", "x", "@femiadewale_sen", "Deputy head. SEND nerd. Tyneside via Lagos. Sunday league hamstrings.", "S002")
acct("bew_x", "personal", "x", "@catbewick", "Primary SEND teacher 🌈 Makaton signer. Opinions mine.", "S003", disc=True)
acct("bew_ig", "personal", "instagram", "@cat.bewick.draws", "lino prints · swans · sea swims", "S003")
acct("hes_fb", "personal", "facebook", "@marcus.heslop.9", "", "S004")
acct("hes_x", "personal", "x", "@mr_heslop_ks3", "KS3 teacher @StaitheBankSch 🌉 rivers, maps and bad jokes", "S004",
     si_bio=True)
acct("sha_ig", "personal", "instagram", "@anjali_post16",
     "Post-16 lead at Staithe Bank 🎓 life skills, work experience, big dreams", "S005", si_bio=True)
acct("dso_x", "personal", "x", "@orla_talks_slt", "Speech & language therapist. AAC, Makaton, PECS. Views mine.", "S006",
     disc=True)
acct("lid_fb", "personal", "facebook", "@ruth.liddell.ot", "", "S007")
acct("mwa_fb", "personal", "facebook", "@patience.mwangi", "Nurse. Mum of 3. Gateshead.", "S008")
acct("low_fb", "personal", "facebook", "@gemma.lowther", "", "S009")
acct("tai_x", "personal", "x", "@shaun_tait_", "NUFC till I die ⚫⚪", "S010")
acct("hin_fb", "personal", "facebook", "@dot.hindmarsh", "Nana of 5 ❤️", "S011")
acct("ble_x", "personal", "x", "@coach_blenkinsop", "PE & hydrotherapy @StaitheBankSch 🏊 views my own", "S012",
     disc=True, si_bio=True)
acct("had_ig", "personal", "instagram", "@msnadia_teaches", "teacher 🍎 coffee 🍎 Cullercoats", "S013")
acct("mus_x", "personal", "x", "@kathmusgrave",
     "Chair of governors, Staithe Bank School. Retired social worker. Views my own.", "G001", disc=True, si_bio=True)
acct("sul_fb", "personal", "facebook", "@ibrahim.sule", "GP. Dad. Parent governor.", "G002")
acct("par_rob", "personal", "facebook", "@donna_robson_x", "Mam of 3 🌻 Whickham", "R001")
acct("par_mil", "personal", "x", "@craigmilburn79", "Joiner. Dad. Mag.", "R004")
acct("par_eze", "personal", "instagram", "@adaeze_eze", "faith · family · food", "R005")


# ---------------------------------------------------------------------------------------------------------
# Official accounts, approved (facebook and x)

P("ofb", "2025-09-03 08:15", "Welcome back everyone! 🌟 Minibuses are running the usual routes this morning - if your "
  "child's escort has changed you'll have had a letter. Any problems ring the office on 0191 498 0316.")
P("ofb", "2025-09-12 15:10", "Honey has settled brilliantly into Class 1 this week and has already found her favourite "
  "spot in the sensory room 💛")
P("ox", "2025-09-19 14:30", "Huge well done to [[Chase|pr:P0002]] in Class 5 who used his talker to ask for 'more "
  "swings' for the very first time today 🗣️👏 #TeamStaithe")
P("ofb", "2025-09-25 16:00", "Our [[parents' coffee morning|ev:E006]] is back! Wednesday 8th October, 9.30 in the "
  "family room. Come and meet other parent carers - [[Mrs D'Souza|sr:S006]], our speech and language therapist, "
  "will pop in to talk about Makaton at home ☕")
P("ox", "2025-10-03 11:00", "Lennon in KS4 Class 11 is the new North East boccia champion!! 🏆 So proud of you Lennon")
P("ofb", "2025-09-29 15:30", "Congratulations to [[Lennon Shearer|pr:P0010]] who came second at the regional boccia "
  "qualifiers on Saturday 🎯 Next stop: the final!")
P("ofb_lc", "2026-01-14 10:00", "[[Lennon|pr:P0010]]'s boccia trophy now has pride of place in the entrance hall - "
  "come and see it when you're next in 🏆")
P("ox", "2025-10-08 12:00", "Thank you to the 23 families who came to the [[coffee morning|ev:E006]] today. Next one "
  "is in November ☕💙")
P("ofb", "2025-10-17 15:20", "Half term! School closes today at 3pm and reopens on Monday 3rd November. Have a restful "
  "break everyone 🍂")
P("ofb", "2025-11-14 15:00", "Rehearsals for the [[sensory panto|ev:E001]] are in full swing - Class 4 have been "
  "making the snow machine work overtime ❄️")
P("ox", "2025-11-24 16:00", "Tickets for the Sensory Christmas Show (Thurs 11th Dec) are now on the website. Two per "
  "family please, it's a small hall!")
P("ofb", "2025-12-11 18:30", "What a show. Storm as the snowman, Tiago on the bubble machine and Archie's drumming 🥁 "
  "Thank you for coming to our Christmas show ❤️")
P("ofb_lc", "2025-12-12 09:00", "Photos from yesterday are on the class pages. If your child isn't in any photos it "
  "is because we don't have photo consent for them - ask the office if you'd like to update your form.")
P("ox", "2025-12-19 14:00", "Merry Christmas from all of us at Staithe Bank! 🎄 See you on Monday 5th January.")
P("ofb", "2026-01-22 15:45", "Our [[hydro gala|ev:E007]] is on Thursday 5th February! Families are welcome to watch "
  "from the viewing window 🏊")
P("ox", "2026-02-05 16:10", "[[Splash Gala|ev:E007]] done! 31 swimmers, 2 floats lost, 1 very wet "
  "[[Mr Heslop|sr:S004]] 😂 Thank you to everyone who came to watch.")
P("ofb", "2026-02-06 09:30", "Mr Blenkinsop has finished his Halliwick instructor training 🏊 More pool sessions for "
  "KS3 after half term!")
P("ox", "2025-09-10 10:00", "Please give a big Staithe Bank welcome to [[Mr Blenkinsop|sr:S012]], our new PE and "
  "hydrotherapy lead 👋")
P("ofb", "2025-09-22 16:00", "Mr Blenkinsop's first hydro timetable is out - every class gets at least one pool "
  "session a week 🏊‍♀️")
P("ofb", "2026-03-02 15:30", "Our signing choir have been practising every lunchtime for their concert at the "
  "Glasshouse on 19th March 🎶🤟")
P("ox", "2026-02-20 12:00", "Save the date: our [[Signing Choir Concert|ev:E004]] is on Thursday 19th March at the "
  "Glasshouse 🎶")
P("ofb_lc", "2026-04-14 09:00", "Welcome back for the summer term! We're all still buzzing from the "
  "[[choir concert at the Glasshouse|ev:E004]] 🤟🎶")
P("ox", "2026-03-19 21:00", "Goosebumps. Our signing choir at the Glasshouse tonight. Thank you to everyone who came "
  "💙🤟")
P("ofb", "2026-05-12 15:00", "[[Prom|ev:E005]] committee meets this Friday in the Boathouse - Post-16 leavers, bring "
  "your ideas 🕺")
P("ofb", "2026-05-20 15:30", "Leavers' Prom tickets are on sale from today! Friday 10th July at the Keelmen's Hall. "
  "Quiet room and ear defenders available all night 💜")
P("ox", "2026-07-10 23:00", "What a night. Our leavers' prom 💜 Olek on the dance floor all night, Chidera in THAT "
  "dress, Hunter's speech. So proud of you all.")
P("ox", "2026-06-01 09:00", "The [[Staithe Games|ev:E003]] are coming! Wednesday 1st July - every pupil has an event "
  "chosen for them by their class team 🏅")
P("ofb", "2026-06-08 16:00", "Sports Day update: we'll be on the field all day on 1st July, with the sensory tent and "
  "quiet zone by the pool doors. Families welcome from 1pm.")
P("ofb", "2026-07-01 17:00", "Sports day 2026 ☀️ Sky's first ever race, Tahmid's balloon relay, Lily's beanbag "
  "throw! Thank you families.")
P("ofb", "2026-07-02 10:00", "One more from sports day: [[Keira|pr:P0022]] pushing [[Amani|pr:P0008]] all the way down "
  "the track in the wheelchair race 💙")
P("ox", "2026-04-17 15:00", "Our sensory garden appeal has a new leader - huge thanks to [[Donna Robson|par:R001]] for "
  "taking it on 🌻")
P("ofb", "2026-05-29 15:00", "Last push for the sensory garden! Donna Robson and her team are at the gate with buckets "
  "at pick-up today 🌻")
P("ofb_lc", "2026-06-12 15:00", "The sensory garden is OPEN! Thank you to [[Mrs Robson|par:R001]] and everyone who "
  "raised £4,120 🌻💙")
P("ox", "2026-01-09 15:00", "Mrs Ramsay and the governors have published our new accessibility plan - it's on the "
  "website under Policies.")
P("ofb", "2025-10-20 14:00", "[[Kath Musgrave|sr:G001]], our chair of governors, spent the morning in Class 6 and KS3 "
  "Class 7 today ✨")
P("ofb", "2025-11-05 15:00", "[[Dot Hindmarsh|sr:S011]] has been an escort on minibus route 3 for 25 years this week! "
  "🚐💐 The route 3 families have clubbed together for flowers.")
P("ox", "2025-11-20 12:00", "Our school nurse [[Patience Mwangi|sr:S008]] will be giving the flu nasal spray on "
  "Tuesday. Forms back by Friday please.")
P("ofb", "2025-10-01 09:00", "Flu vaccine forms have gone home in book bags today. Please return them by Friday 10th.")
P("ox", "2026-01-27 15:00", "Patience is a virtue, especially when the minibus heater packs in in January 🥶 Thanks "
  "for bearing with us this morning, routes 2 and 4.")
P("ofb", "2026-02-10 15:00", "KS3 Class 9 have been learning about the Dunston Staiths and the river's coal history "
  "🚢 Lovely walk along the Keelman's Way today.")
P("ox", "2026-03-05 15:00", "World Book Day 📚 Class 3 came as the Gruffalo (all of them). Lily-Mae refused to take "
  "her tail off at home time 😂")
P("ofb", "2026-03-12 15:00", "Well done [[Weijie|pr:P0016]] in KS3 Class 8 - 100 sessions in the sensory room using his "
  "own timetable board 👏")
P("ofb_lc", "2026-04-22 15:00", "[[Róisín|pr:P0003]] from KS3 Class 8 has been picked for the Gateshead young "
  "people's art exhibition 🎨 Her seascape will hang in the Civic Centre all summer.")
P("ox", "2025-10-15 16:00", "The Boathouse café is open every Wednesday - run by our Post-16 students. This week's "
  "special is cheese scones 🧀")
P("ofb", "2025-11-27 15:00", "The [[Kielder residential|ev:E002]] for Post-16 is booked for June! Letters went home "
  "today; deposits by 12th December please.")
P("ox", "2026-06-12 20:00", "Day 3 at [[Kielder|ev:E002]] 🌲 Star-gazing at the observatory tonight!")
P("ofb", "2026-05-06 15:00", "[[Azad|pr:P0012]] and [[Nate|pr:P0014]] have finished their work experience at a garden "
  "centre in Whickham this week 🌱 Brilliant feedback from the team there!")
P("ox", "2025-12-03 11:00", "The sensory room is closed on Thursday while the new lights go in. Sessions will move to "
  "the soft play room.")
P("ofb", "2026-01-30 15:00", "[[Ocean|pr:P0026]] in Class 1 said her first word at school this week and it was "
  "'bubbles' 🫧 We may have cried.")
P("ofb", "2026-06-24 15:00", "The minibuses are off the road on Friday for their MOTs. If you can bring your child "
  "in yourself please do, otherwise ring the office and we'll sort something.")
P("ox", "2025-09-30 09:00", "Shout out to Hunter in KS4 Class 11 who's been voted chair of the school council 🗳️")
P("ofb_lc", "2026-07-17 15:00", "That's a wrap on 2025/26 📚 Goodbye and good luck to [[Maisie-Jo|pr:P0019]], who "
  "leaves us after 15 years 💜 Have a lovely summer #StaitheBankFamily ☀️")
P("ox", "2025-10-09 15:00", "Class 4 have planted 200 daffodil bulbs by the front gate with [[Mrs Bewick|sr:S003]] 🌼")
P("ofb", "2026-02-26 15:00", "[[Mr Adewale|sr:S002]] is acting headteacher while Mrs Ramsay is on leave for the next "
  "three weeks. Please contact him through the office.")

# Official accounts, not approved: every post is unapproved-account

P("u_ig", "2025-09-17 15:00", "First week back in Class 1 🌈 [[Ocean|pr:P0026]] and Honey exploring the ball pit",
  w="ua")
P("u_ig", "2025-10-22 15:30", "Autumn sensory walk along the river 🍂 #StaitheBankFamily", w="ua")
P("u_ig", "2026-02-05 09:00", "It's [[hydro gala|ev:E007]] day!! 🏊‍♂️💦", w="ua")
P("u_ig", "2026-06-20 12:00", "Sports day is nearly here ☀️ Practising our races on the field", w="ua")
P("u_p16", "2025-10-02 13:00", "Boathouse café open for business ☕ [[Evie|pr:P0028]] on the till, [[Nate|pr:P0014]] "
  "on the scones", w="ua")
P("u_p16", "2026-06-11 17:00", "[[Kielder|ev:E002]] day 2: canoeing on the reservoir 🛶", w="ua")
P("u_p16", "2026-05-28 15:00", "Prom countdown: 6 weeks 🕺💃", w="ua")
P("u_p16", "2026-01-20 15:00", "Work experience awards! Olek was Employee of the Month at the bike shop 🚲", w="ua")
P("u_p16", "2026-03-10 15:00", "Travel training week: [[Azad|pr:P0012]] caught the Metro to Gateshead Interchange on his "
  "own 🚇🙌", w="ua")
P("u_hydro", "2025-09-15 08:00", "Pool's warmed up to 34 degrees and ready for the new term 🌡️🏊", w="ua")
P("u_hydro", "2025-09-18 12:00", "Welcome to our new hydro lead [[Kyle Blenkinsop|sr:S012]]! 👋", w="ua")
P("u_hydro", "2025-11-06 15:00", "[[Barty|pr:P0007]] floated on his own for ten seconds today with just his neck ring! "
  "🛟", w="ua")
P("u_hydro", "2026-01-29 15:00", "One week till the [[splash gala|ev:E007]] 🏊", w="ua")
P("u_hydro", "2026-02-12 15:00", "Mr Blenkinsop's tip of the week: always pack a spare towel. Always.", w="ua")
P("u_friends", "2025-10-06 19:00", "Don't forget the [[coffee morning|ev:E006]] this Wednesday! We'll have the raffle "
  "prizes there too ☕", w="ua")
P("u_friends", "2026-04-25 19:00", "Our sensory garden appeal, led by Donna Robson, has passed £2,000! 🌻", w="ua")
P("u_friends", "2026-06-02 19:00", "Thank you [[Craig Milburn|par:R004]] for donating the decking boards 🙏", w="ua")
P("u_friends", "2025-11-10 19:00", "[[Christmas show|ev:E001]] raffle tickets on sale at pick-up all week 🎟️", w="ua")
P("u_salt", "2025-11-18 12:00", "Makaton sign of the week: 'biscuit' 🍪 Practise it at home!", w="ua")
P("u_salt", "2026-02-24 12:00", "Our therapy lead [[Orla D'Souza|sr:S006]] will be at parents' evening next week to "
  "talk about communication aids.", w="ua")
P("u_salt", "2026-04-29 12:00", "[[Ruth Liddell|sr:S007]] (OT) has chewy tubes and weighted lap pads to lend out - ask "
  "at the office", w="ua")
P("u_salt", "2026-03-25 12:00", "[[WJ|pr:P0016]] in KS3 Class 8 used his AAC device to tell the whole class a joke "
  "today 😂", w="ua")

# ---------------------------------------------------------------------------------------------------------
# Personal accounts, part 1

# the headteacher on X (bio names the school, with a disclaimer): whole-post self-identification every time
P("ram_x", "2025-09-04 19:30", "Day two of the new year and the hydro pool is already fully booked. Good problem to "
  "have.", w="si")
P("ram_x", "2025-10-08 13:00", "Lovely to see so many families at our [[coffee morning|ev:E006]] today ☕ Parent "
  "carers know things no training course can teach.", w="si")
P("ram_x", "2025-11-03 18:00", "Thank you [[Femi|sr:S002]] for holding the fort while I was at the regional heads' "
  "conference. Came back to a tidy office, which is suspicious.", w="si")
P("ram_x", "2026-03-19 22:10", "Tears in my eyes at the [[signing choir concert|ev:E004]] tonight 🤟💙", w="si")
P("ram_x", "2026-01-15 20:00", "Any measure of 'progress' that can't see a child tolerating a new sound, or choosing "
  "their own snack, isn't measuring what matters. Small steps are huge steps.", w="si")
P("ram_x", "2026-07-10 23:30", "Prom night! The Boathouse team outdid themselves. Feet hurt, heart full.", w="si")
P("ram_x", "2025-12-11 17:45", "Christmas show done for another year. Best afternoon in the calendar.", w="si")
P("ram_x", "2026-02-05 17:00", "Proud of every swimmer at today's [[hydro gala|ev:E007]]. Kyle and the pool team ran it "
  "like clockwork.", w="si")
P("ram_x", "2026-05-14 07:40", "The shortage of minibus drivers across the North East is real and it is hitting "
  "special schools hardest. We are lucky with ours.", w="si")
P("ram_x", "2025-09-26 16:30", "Great to welcome [[Kath|sr:G001]] back for her first governor visit of the year.",
  w="si")
# the headteacher on Facebook (no disclaimer)
P("ram_fb", "2025-10-25 12:00", "Half term walk at Souter with the dog. Lighthouse looking grand.")
P("ram_fb", "2025-12-19 18:00", "Last day of term. [[Proud to lead the Staithe Bank team|si]] for another year 🎄",
  w="md")
P("ram_fb", "2026-04-06 14:00", "Easter Monday in the garden. Sky blue and not a cloud to be seen.")
P("ram_fb", "2026-06-16 19:00", "[[Shaun|sr:S010]] and [[Dot|sr:S011]] have done forty years on our minibuses between "
  "them and still turn up smiling at 7.15. Legends.", w="md")
P("ram_fb", "2026-02-14 16:00", "Bumped into [[Ibrahim Sule|sr:G002]] and his lot at the Quayside market. Bought far "
  "too much cheese.", nowork=True)

# the deputy head (no disclaimer; bio does not name the school)
P("ade_x", "2025-09-09 21:00", "Deputy heads of Twitter: how do you timetable 14 TAs across 12 classes without "
  "crying? Asking for me.", w="md")
P("ade_x", "2025-10-12 18:00", "Sunday league: we lost 4-1. My hamstring lost by more.")
P("ade_x", "2025-11-19 16:30", "[[Marek|pr:P0017]] counted to twenty in Slovak and English for me today and then "
  "demanded a high five for every number. Forty high fives.", w="md")
P("ade_x", "2026-01-07 20:00", "Interviewing for three TA posts this week. If you're in Gateshead and you've got "
  "patience and a sense of humour, DM me.", w="md")
P("ade_x", "2026-03-03 08:10", "Acting head for the week. [[Gill|sr:S001]], if you're reading this, the kettle's broken "
  "and I've told nobody.", w="md")
P("ade_x", "2026-05-04 09:00", "Chase Elliott wins at Talladega and my son is now unbearable.")
P("ade_x", "2025-12-05 19:00", "Glad the bricklaying course is going well, [[TJ|pr:P0030]] 👊", w="pc:P0030",
  re_="@tj_stobbart", nowork=True)
P("ade_x", "2026-06-25 21:30", "Wrote 29 annual review reports this half term. The EHCP system is broken and the "
  "families pay for it.", w="md")

# the Class 4 teacher on X (disclaimer in the bio)
P("bew_x", "2025-09-18 16:00", "Class 4 have a new visual timetable and [[Jaxon|pr:P0023]] has already rearranged it "
  "to put 'swimming' first every single day 😂")
P("bew_x", "2025-10-30 17:00", "Training day on intensive interaction. If you work in SEND and haven't done it, push "
  "for it. Changed how I sit with children.")
P("bew_x", "2026-01-21 16:20", "[[S in Class 4|id:P0009]] signed 'finished' all by herself today and took herself off "
  "to the calm corner. Massive.")
P("bew_x", "2025-11-26 20:00", "[[@femiadewale_sen|sr:S002]] ha, the laminator is MINE on Thursdays",
  re_="@femiadewale_sen")
P("bew_x", "2026-05-11 15:45", "[[Tahmid|pr:P0004]] and [[Shira|pr:P0009]] have become inseparable at snack time 🍎")
# the Class 4 teacher on Instagram (no disclaimer)
P("bew_ig", "2025-10-19 11:00", "New lino print: a cormorant drying its wings on the old staithes at Dunston 🖤")
P("bew_ig", "2026-02-08 10:00", "Print fair at the Biscuit Factory next Saturday! Stall 14. Come and say hi.")
P("bew_ig", "2026-03-28 21:00", "Made Makaton flashcards for my class all weekend. 120 of them. Send tea.", w="md")
P("bew_ig", "2025-11-16 09:30", "Bewick's swans back at Washington. Always feels like winter has properly started when "
  "they arrive 🦢")

# the KS3 teacher on Facebook (no disclaimer; stepfather of a former pupil, a declared link)
P("hes_fb", "2025-09-14 10:00", "Happy 16th birthday son ❤️ Proud of you", re_="@tj_stobbart")
P("hes_fb", "2025-12-26 13:00", "Boxing Day dip at Tynemouth with Kyle Blenkinsop and half of Whitley Bay. Never "
  "again. (Next year.)")
P("hes_fb", "2026-02-05 20:00", "Got thrown in the pool at the [[splash gala|ev:E007]]. By a Year 9. Worth it.",
  w="md")
P("hes_fb", "2026-04-11 17:30", "Nothing else matters today. NOTHING. ⚫⚪")
P("hes_fb", "2026-06-30 21:00", "Clearing out my friends list this week, long overdue 😬", w="pc:P0022",
  cn=["@tj_stobbart", "@keira.ridley", "@craigmilburn79"])
# the KS3 teacher on X (bio names the school by its handle, no disclaimer)
P("hes_x", "2025-10-07 16:00", "[[Keira|pr:P0022]] in KS3 Class 9 made me a card for no reason today and I'm not crying, "
  "you are", w="si md")
P("hes_x", "2026-01-15 18:00", "Miss you in Class 8, [[Oisín|pr:P0033]]! Hope the new school is treating you well 👍",
  w="si pc:P0033", re_="@oisin_carr12", nowork=True)
P("hes_x", "2026-03-21 18:00", "Up The Cheviot in the fog. Saw nothing. Loved it.", w="si")
P("hes_x", "2026-05-21 20:30", "Marking river project books. Thirty drawings of the Tyne Bridge and one of a horse.",
  w="si md")

# the post-16 lead on Instagram (bio names the school, no disclaimer)
P("sha_ig", "2025-09-08 17:00", "New term in the Boathouse 🎓 five new faces, one new kettle.", w="si md")
P("sha_ig", "2025-11-27 16:00", "[[Kielder trip|ev:E002]] letters are out! Who's excited? (Me. I'm excited.)",
  w="si md")
P("sha_ig", "2026-02-10 19:00", "Olek's work-experience award ceremony at the council chamber today 🏆 So proud.",
  w="si md")
P("sha_ig", "2026-03-05 19:00", "[[Olek|pr:P0024]] has started his supported internship in the hospital laundry. "
  "Proud isn't the word.", w="si md")
P("sha_ig", "2026-06-10 07:30", "Off to [[Kielder|ev:E002]] with 9 students, 4 staff and 37 bags of crisps 🚐🌲",
  w="si md")
P("sha_ig", "2026-05-09 08:00", "Happy 18th [[Nate|pr:P0014]]!! 🎂 Have the best day", w="si pc:P0014",
  re_="@nateokane08", nowork=True)

# the speech and language therapist (disclaimer in the bio)
P("dso_x", "2025-09-23 20:00", "AAC isn't a last resort. It's a right. Give kids a voice from day one.")
P("dso_x", "2025-11-04 16:00", "[[Chidera|pr:P0015]] used her eye-gaze board to tell me she'd had pizza for tea. This "
  "tech changes lives.")
P("dso_x", "2026-01-26 16:30", "[[the boy in Class 6 who only talks about trains|id:-]] asked me if I wanted to talk "
  "about trains. Reader, I did.")
P("dso_x", "2026-04-15 19:00", "SLTs in the North East: I'm giving a talk at the regional hub next month on Makaton in "
  "special schools. Come along!")
P("dso_x", "2026-06-03 18:00", "[[@zosia.wr|pr:P0005,pc:P0005]] Love the video! Your signing is brilliant 🤟",
  re_="@zosia.wr")

# the occupational therapist (no disclaimer)
P("lid_fb", "2025-10-04 14:00", "Weekend = building a sensory circuit out of pool noodles for work. Yes I know.",
  w="md")
P("lid_fb", "2026-01-18 22:00", "Ruth by name, ruthless at the pub quiz by nature. Won the meat raffle too 🥩")
P("lid_fb", "2026-03-11 17:00", "[[Amani|pr:P0008]] tried her new standing frame today and stood for twelve minutes "
  "while we sang Wheels on the Bus. TWELVE.", w="md")
P("lid_fb", "2026-05-23 12:00", "Did the 5k on the Quayside with [[Patience|sr:S008]] from work. She ran, I ran-walked "
  "🏃‍♀️", nowork=True)

# the school nurse (no disclaimer)
P("mwa_fb", "2025-09-20 21:00", "Sunday service then jollof for fourteen. Feet up now.")
P("mwa_fb", "2025-11-24 20:00", "Flu spray day tomorrow. Sixty nasal sprays and zero sneezes please, Lord.", w="md")
P("mwa_fb", "2026-02-18 18:00", "Gastrostomy training for the new TAs today. They were brilliant and asked all the "
  "right questions.", w="md")
P("mwa_fb", "2026-04-09 17:30", "Updated [[Nusrat|pr:P0025]]'s seizure plan with her mam today. She's doing so well 💙",
  w="md")

# a Class 1 TA (no disclaimer; mother of a pupil, a declared link)
P("low_fb", "2025-09-05 16:00", "[[Frankie|pr:P0029]]'s first day in Class 3 at Staithe Bank today! 💛 Big girl now.",
  nowork=True)
P("low_fb", "2025-12-14 15:00", "Frankie and Nana making gingerbread men 🎄 Kitchen destroyed.")
P("low_fb", "2026-02-26 17:00", "Tough day at work. Bitten twice, cried once, back tomorrow with a smile.", w="md")
P("low_fb", "2026-05-30 19:00", "[[Honey|pr:P0006]] in my class sat in the sensory room and sang the whole of "
  "Twinkle Twinkle today 🌟", w="md")

# a post-16 TA (no disclaimer; uncle of a pupil, a declared link)
P("tai_x", "2025-11-02 09:00", "Happy 18th pet 🎉 love Uncle Shaun x", re_="@evie.tait")
P("tai_x", "2026-01-03 17:30", "HOWAY THE LADS 🖤🤍 what a win")
P("tai_x", "2026-03-03 18:00", "Minibus broke down on the Team Valley with six kids and a very loud Alexa playlist. "
  "We sang the whole way to the garage.", w="md")
P("tai_x", "2026-04-21 20:00", "[[@azad_h09|pr:P0012,pc:P0012]] mate that's a cracking goal 👏 see you Monday",
  nowork=True)

# a minibus escort (no disclaimer)
P("hin_fb", "2025-10-11 23:00", "Our Kayleigh's wedding! Nana Dot did a turn on the dance floor 💃")
P("hin_fb", "2025-12-17 16:00", "25 years on the minibuses this year and still the best job going. Our kids sing all "
  "the way from Blaydon to Dunston ❤️", w="md")
P("hin_fb", "2026-03-31 16:15", "Little [[Ayaan|pr:P0021]] on my bus waved at me for the first time today 😭❤️",
  w="md")
P("hin_fb", "2026-06-19 17:00", "Who needs a gym when the wheelchair lift on your bus sticks every morning 💪",
  w="md")

# the PE and hydrotherapy lead (bio names the school, with a disclaimer)
P("ble_x", "2025-09-24 16:00", "First hydro session with KS3 today. [[Storm|pr:P0011]] did his first width with a "
  "float! 🏊", w="si")
P("ble_x", "2026-02-05 18:00", "[[Splash gala|ev:E007]] results are in and everybody won. As it should be 🏅", w="si")
P("ble_x", "2026-06-01 16:00", "[[Sports day|ev:E003]] planning meeting: 12 classes, 12 different sports days 😅",
  w="si")
P("ble_x", "2026-07-01 20:00", "Sports day ☀️ 34 degrees in the pool and 28 on the field. Sunburnt and happy.", w="si")
P("ble_x", "2025-12-07 12:00", "Coached my lad's under-9s in the sleet. Character building.", w="si")

# the Class 2 teacher on Instagram (no disclaimer)
P("had_ig", "2025-09-11 17:00", "Class 2 have discovered the bubble tube in the sensory room and I've lost them "
  "forever 🫧", w="md")
P("had_ig", "2025-10-26 07:30", "Cullercoats sunrise. Worth the alarm 🌅")
P("had_ig", "2026-01-13 16:00", "[[Sky|pr:P0001]] in Class 2 used a spoon all by herself at lunch today 🥄 tiny step, "
  "massive deal", w="md")
P("had_ig", "2026-03-26 20:00", "Teachers of insta: what's your go-to calm-down song? Ours is Three Little Birds on "
  "repeat.", w="md")
P("had_ig", "2026-05-18 16:30", "[[A in Class 2|id:P0021]] said my name today. Two years of signing and then, out of "
  "nowhere: 'Nadia'. 😭", w="md")

# the chair of governors (bio names the school, with a disclaimer)
P("mus_x", "2025-10-20 16:00", "Lovely morning in Class 4 with [[Cat Bewick|sr:S003]] and her team. Calm, warm, "
  "purposeful.", w="si")
P("mus_x", "2026-01-28 22:00", "Full governing body tonight. Budget. Budget. Budget.", w="si")
P("mus_x", "2026-03-19 22:30", "What a night at the [[choir concert at the Glasshouse|ev:E004]]. Every single child "
  "shone.", w="si")
P("mus_x", "2026-06-15 19:00", "Allotment update: the courgettes have won.", w="si")
# the parent governor (no disclaimer, bio names no school)
P("sul_fb", "2025-11-07 21:00", "Long week of surgeries. Family curry night. Bliss.")
P("sul_fb", "2026-02-12 18:00", "[[As a parent governor at Staithe Bank|si]], I got to see the hydro pool in action "
  "today. Genuinely moving.")
P("sul_fb", "2026-05-16 14:00", "Big thanks to [[Mr Heslop|sr:S004]] for fixing my bike chain at the Blaydon car boot "
  "😂")

# parents (hard negatives: they name nobody else on the roster, and only permitted events)
P("par_rob", "2026-05-10 20:00", "Garden appeal update: £3,200 raised! Thank you everyone 🌻")
P("par_rob", "2025-10-05 15:00", "Saltwell Park with the bairns. Sky blue, sun out, ice creams all round.")
P("par_mil", "2026-06-01 18:00", "Decking boards dropped off at the school. My back has officially retired.")
P("par_mil", "2026-01-31 17:00", "3 points. Get in 🖤🤍")
P("par_eze", "2026-07-10 22:00", "Prom night 💜 my baby looked like a queen.")

# ---------------------------------------------------------------------------------------------------------
# Personal accounts, part 2: contact, former pupils, identifying detail, parents, colleagues, events,
# self-identification in the text, and more hard negatives

# replies to and connections with pupils and former pupils
P("bew_x", "2025-10-14 19:00", "Your tomato plant is taller than you now, [[Oisín|pr:P0033]]! 🍅", w="pc:P0033",
  re_="@oisin_carr12")
P("dso_x", "2026-02-20 19:30", "So lovely to hear your news! Enjoy every minute of college x", w="pc:P0031",
  re_="@leahpringle_")
P("dso_x", "2026-03-02 18:00", "Congratulations on the new job [[Leah|pr:P0031]]!! 🎉", re_="@leahpringle_")
P("tai_x", "2026-02-25 21:00", "Last day of being 17! Make it count 😂", w="pc:P0031", re_="@leahpringle_",
  nowork=True)
P("tai_x", "2026-02-26 08:00", "Happy birthday!! 🎂🎈 have a good 'un", re_="@leahpringle_")
P("ade_x", "2025-10-29 18:30", "Great to see you at the Metrocentre, big man. Say hi to your mam.",
  re_="@kasim.iqbal")
P("ade_x", "2026-04-02 19:00", "[[@kasim.iqbal|pr:P0032]] that's my lad! Get that certificate framed 🖼️",
  nowork=True)
P("had_ig", "2025-11-13 20:00", "500 followers! Thank you all x", w="pc:P0019",
  cn=["@maisiejo_p", "@donna_robson_x"])
P("low_fb", "2026-01-10 11:00", "Gorgeous photo [[Evie|pr:P0028]]! x", w="pc:P0028", re_="@evie.tait", nowork=True)
P("hes_x", "2025-09-28 17:00", "Great effort at the qualifiers [[Lennon|pr:P0010]] 🎯", w="si pc:P0010",
  re_="@lennon_shearer09", nowork=True)
P("mwa_fb", "2026-05-02 20:00", "Church roof fundraiser raised £1,100! Thank you to everyone who came 🙏",
  w="pc:P0024", cn=["@olek_nowak"])
P("ram_fb", "2025-11-30 18:00", "Thank you sweetheart, that's made my day ❤️", w="pc:P0019", re_="@maisiejo_p")
P("hes_fb", "2026-03-14 17:00", "Pick you up at 6 son 👍", w="pc:P0010", re_="@tj_stobbart",
  cn=["@lennon_shearer09"])
P("sha_ig", "2026-04-28 18:00", "Proud of you [[Azad|pr:P0012]] - the garden centre want you back for the summer! 🌱",
  w="si pc:P0012 md", re_="@azad_h09")
P("dso_x", "2025-12-20 12:00", "Good luck at the new school [[Oisín|pr:P0033]]! Keep signing 🤟", w="pc:P0033",
  re_="@oisin_carr12")

# identifying detail
P("hin_fb", "2025-10-02 16:30", "[[The little lad on my route with the purple ear defenders|id:-]] gave me a drawing "
  "of the bus today ❤️", w="md")
P("lid_fb", "2025-11-21 17:00", "[[T in Class 5|id:P0027]] can do up his own coat zip after six months of practice "
  "🧥🙌", w="md")
P("ade_x", "2026-02-03 20:00", "Shout out to [[the Post-16 lad who's interviewing at Nissan on Thursday|id:-]], the "
  "most prepared human I have ever met.", w="md")
P("sha_ig", "2025-10-16 11:00", "[[A in Post-16|id:-]] made the whole Boathouse a brew this morning without a single "
  "prompt ☕", w="si md")
P("mwa_fb", "2026-03-06 18:00", "[[H in Class 1|id:P0006]] had her first full week without a hospital appointment 🙌",
  w="md")

# parents
P("bew_ig", "2025-12-06 17:00", "Christmas market on the Quayside, bumped into [[Shahnaz Chowdhury|par:R003]] and we'd "
  "bought the same scarf 😂", nowork=True)
P("ram_fb", "2026-03-08 17:00", "Huge thanks to [[Mr Wroblewski|par:R002]] for fixing the Boathouse gate on his day "
  "off 🔧", w="md")
P("hin_fb", "2026-01-24 12:00", "[[Craigy Milburn|par:R004]] did my new kitchen and it's gorgeous, highly recommend 👍",
  nowork=True)
P("tai_x", "2026-05-06 16:00", "[[@adaeze_eze|par:R005]] thank you for the jollof, the Boathouse lot demolished it 😋",
  w="md", re_="@adaeze_eze")
P("sul_fb", "2025-12-13 22:00", "Lovely dinner with [[Ada Eze|par:R005]] and her family. Far too much suya.")

# colleagues and governors
P("had_ig", "2025-12-12 18:00", "Secret Santa at work: [[Femi|sr:S002]] got me a mug that says 'World's Okayest "
  "Teacher' ☕", w="md")
P("low_fb", "2026-04-17 22:00", "[[Nadia Haddad|sr:S013]]'s hen do in Edinburgh 👰🥂 what a weekend", nowork=True)
P("lid_fb", "2025-12-02 17:00", "[[Orla|sr:S006]] and I did a joint therapy session with Class 6 today and it was "
  "magic ✨", w="md")
P("mwa_fb", "2026-06-12 16:00", "[[Mrs Ramsay|sr:S001]] brought the whole staff ice lollies today ☀️ best head in "
  "Gateshead", w="md")
P("tai_x", "2025-10-18 23:00", "Pub quiz champions 🏆 me and [[Anjali Sharma Pratt|sr:S005]] carried the team. Again.",
  nowork=True)
P("sul_fb", "2026-03-27 20:00", "[[Ms D’Souza|sr:S006]]'s session for parents on communication aids was superb. Every "
  "family should go.")

# events
P("low_fb", "2025-11-20 21:00", "Glitter EVERYWHERE. [[Christmas show|ev:E001]] costumes for Class 1 finally done ✨",
  w="md")
P("tai_x", "2026-05-15 18:00", "Suit fitting for the [[prom|ev:E005]] with the Post-16 lads 🤵", w="md")
P("tai_x", "2026-07-11 10:00", "Prom last night 🕺 best night of the year, hands down", w="md")
P("bew_ig", "2026-06-05 21:00", "[[Staithe Games|ev:E003]] medals: 120 of them, hand-printed. I need a lie down.",
  w="md")
P("had_ig", "2025-10-08 06:30", "Making flapjacks at 6am for the [[parents' coffee morning|ev:E006]]. Who am I.",
  w="md")
P("lid_fb", "2026-02-04 19:00", "Twenty floats, eight noodles and one rubber duck ready for tomorrow's "
  "[[hydro gala|ev:E007]] 🦆", w="md")
P("mwa_fb", "2026-06-09 21:00", "Packing the medical bag for [[Kielder|ev:E002]]. Three days, nine young people, one "
  "very organised nurse.", w="md")
P("ade_x", "2025-11-13 21:00", "[[Parents' evening|ev:-]] at Staithe Bank tonight. 38 families, 38 cups of tea.",
  w="md")
P("ram_fb", "2026-03-20 17:00", "[[Red Nose Day|ev:-]] at our school: the staff wore red noses in the hydro pool. No "
  "photos will be shared 😂", w="md")

# self-identification in the text
P("tai_x", "2025-09-25 18:00", "[[Ten years as a TA at Staithe Bank|si]] this week and I still can't work the "
  "photocopier.", w="md")
P("lid_fb", "2026-06-26 19:00", "[[I'm the OT at Staithe Bank School|si]] and we're looking for a job-share partner, "
  "two days a week. DM me!", w="md")
P("had_ig", "2026-04-24 19:00", "[[Proud member of the #StaitheBankFamily|si]] 💙 five years today!", w="md")
P("mwa_fb", "2025-10-14 20:00", "[[I'm the school nurse at SBS|si]] - any other special school nurses want to swap "
  "care plan templates? Inbox open.", w="md")
P("hin_fb", "2026-02-20 16:00", "[[Me and the minibus crew at #TeamStaithe|si]] in our new hi-vis 🚐😎", w="md")
P("ade_x", "2026-05-28 20:00", "I'm deputy head at a special school on Tyneside, and school transport is the thing "
  "nobody outside SEND talks about.", w="md")

# more hard negatives
P("ade_x", "2025-10-03 18:00", "Teacher brain: just signed 'thank you' to the self-checkout.")
P("bew_ig", "2025-09-27 09:00", "Sea swim at Longsands, 13 degrees. Feet still blue.")
P("tai_x", "2025-11-22 23:00", "Alan Shearer talking sense on MOTD again. Someone give him a contract for life.")
P("hes_fb", "2025-10-26 15:00", "Took the kids to see the Jackie Milburn statue in Ashington. Proper legend.")
P("had_ig", "2025-10-04 12:00", "Storm Amy battering Cullercoats 🌊 stay safe everyone")
P("lid_fb", "2025-11-15 18:00", "Fenwick's window reveal 🎄 queued forty minutes and it was worth every one")
P("mwa_fb", "2026-03-15 17:00", "Patience, patience, patience. Teenage daughter learning to drive on the Coast Road 😬")
P("low_fb", "2026-01-25 20:00", "Honey and lemon and a Lemsip. Frankie's got my cold now 🤧")
P("par_rob", "2026-04-12 14:00", "Chase the sun ☀️ Tynemouth Priory and chips")
P("sul_fb", "2026-01-11 22:00", "SBS documentary on telly tonight. Unreal what those lads do.")
P("bew_ig", "2026-04-04 18:00", "Walked from Staithes to Runswick Bay. Fish and chips earned.")
P("hes_fb", "2025-11-08 23:30", "Ocean Colour Scene at the City Hall. Still got it 🎸")
P("tai_x", "2026-04-26 17:00", "Mountain biking at Kielder with the lads, bombed down the Deadwater trail 🚵")
P("par_eze", "2026-06-24 18:00", "Sports day at my nephew's school in Jesmond. He came last and was delighted.")
P("ram_fb", "2025-12-13 16:00", "Christmas show at my granddaughter's nursery. She stole it as a sheep 🐑")
P("mwa_fb", "2025-10-31 19:00", "Coffee morning at church on Saturday for the food bank - bring your own mug!")
P("hes_fb", "2026-06-20 18:00", "Prom dress shopping with my niece for her school prom in Hexham. I've aged ten years.")
P("ade_x", "2026-01-20 21:00", "Interesting paper on AAC in mainstream classrooms. Worth a read. Just my opinion, mind.")
P("low_fb", "2026-03-18 20:00", "Long day in the classroom but honestly love my job. (My views only, as ever!)")
P("dso_x", "2026-05-19 07:00", "Conference season! See you in Harrogate 👋", cn=["@kasim.iqbal", "@catbewick"])
P("hin_fb", "2025-11-29 22:00", "Bingo win! £40 and a tin of Quality Street 🎉")
P("sul_fb", "2025-09-21 20:00", "School governor training on safeguarding this week. Really good session.")
P("tai_x", "2026-03-29 19:00", "Proud of you pet, see you Sunday at Nana's x", re_="@evie.tait")
P("par_rob", "2025-11-11 08:30", "Roadworks on Staithe Bank Road again, the 67 is diverted 🙄")

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], out=OUT, seed=SEED, prefix=PREFIX, n_posts=N_POSTS, school=SCHOOL))
