"""Write ``blind3-posts.jsonl``: the third blind, hand-labelled evaluation set (see ``BLIND3.md``).

    python corpora/posts/make_blind3_posts.py              # check, then write
    python corpora/posts/make_blind3_posts.py --warnings   # also list posts a reviewer should look at twice

Every post and every label below was written by hand. Gold spans are marked inline as
``[[text|cat:SUBJECT,cat:SUBJECT]]`` (``-`` for no subject); whole-post gold goes in ``w`` as ``cat`` or
``cat:SUBJECT`` words. The checks in ``blind_kit.py`` must all pass before the file is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from blind_kit import P, acct, main

HERE = Path(__file__).resolve().parent
OUT = HERE / "blind3-posts.jsonl"
SEED = 20261206
PREFIX = "b3"


# ---------------------------------------------------------------------------------------------------------
# Accounts. ``disc``: the bio says the views are the author's own. ``si_bio``: the bio self-identifies.

# official accounts (approved: @HollinsGreenAcad on x, @HollinsGreenAcademy on facebook)
acct("hga_x", "official", "x", "@HollinsGreenAcad",
     "The official account of Hollins Green Academy, Mill Lane, Leeds. Monitored in school hours.")
acct("hga_x_lc", "official", "x", "@hollinsgreenacad", "Hollins Green Academy news & updates 🏫")
acct("hga_fb", "official", "facebook", "@HollinsGreenAcademy",
     "Hollins Green Academy, a primary academy in Leeds. Page run by the school office.")
acct("hga_ig", "official", "instagram", "@HollinsGreenAcad", "Life at Hollins Green Academy 📸")
acct("hga_fb_wrong", "official", "facebook", "@HollinsGreenAcad", "Hollins Green Academy updates")
acct("hga_music", "official", "x", "@HGA_Music", "Music at Hollins Green Academy 🎵 choir, ukes, recorders")
acct("hga_eco", "official", "instagram", "@hga.ecowarriors", "Hollins Green Academy eco council 🌍♻️")
acct("hga_fs", "official", "facebook", "@HollinsGreenNursery", "Nursery & Reception at Hollins Green Academy")
acct("hga_friends", "official", "facebook", "@FriendsOfHGA",
     "Friends of Hollins Green Academy (PTA), fundraising for our children")

# staff, governors and one office worker who is not on the roster
acct("khan_x", "personal", "x", "@mrkhan_teaches", "Y6. Cyclist. Terrible at crosswords. Opinions = mine.",
     "S002", disc=True)
acct("khan_ig", "personal", "instagram", "@imran.cooks", "home cooking, mostly curries, sometimes disasters 🍛",
     "S002")
acct("oneill_fb", "personal", "facebook", "@bernadette.oneill.71", "", "S003")
acct("oneill_x", "personal", "x", "@bernie_reads_ks1", "KS1 teacher at Hollins Green Primary 📚 phonics obsessive",
     "S003", si_bio=True)
acct("whitfield_x", "personal", "x", "@jo_teaches",
     "Y5 | history nerd | tweets are my own views not my employer's", "S004", disc=True)
acct("whitfield_ig", "personal", "instagram", "@jo.whitfield.makes", "crochet + coffee ☕🧶", "S004")
acct("okafor_x", "personal", "x", "@tomokafor_pe", "PE & Year 4 at @HollinsGreenAcad 🏉 Leeds Rhinos till I die",
     "S005", si_bio=True)
acct("okafor_fb", "personal", "facebook", "@tom.okafor.leeds", "", "S005")
acct("whitcombe_x", "personal", "x", "@helenw_hga", "SENCo. Mum of 2. Parkrun plodder. Views my own.", "S006",
     disc=True)
acct("whitcombe_fb", "personal", "facebook", "@helen.whitcombe.leeds", "", "S006")
acct("lowry_ig", "personal", "instagram", "@gracelowry.art", "Year 2 teacher 🖍 Hollins Green | painting at weekends",
     "S007", si_bio=True)
acct("lowry_x", "personal", "x", "@glowry_teach", "teacher. reader. opinions my own ✌️", "S007", disc=True)
acct("murphy_x", "personal", "x", "@seanmurphyTA", "Teaching assistant. Grassroots coach. Views mine alone.", "S008",
     disc=True)
acct("murphy_fb", "personal", "facebook", "@sean.murphy.5432", "", "S008")
acct("patel_x", "personal", "x", "@jaspreet_leads", "Principal, Hollins Green Academy. Learner. Views my own.", "S001",
     disc=True, si_bio=True)
acct("patel_fb", "personal", "facebook", "@jaspreet.patel.fam", "", "S001")
acct("ellison_fb", "personal", "facebook", "@margaret.ellison.55", "Retired district nurse. Grandma x5. Parish council.",
     "G001")
acct("hollis_x", "personal", "x", "@peter_hollis_fca",
     "Chair of governors @HollinsGreenAcad. Chartered accountant. Views my own.", "G002", disc=True, si_bio=True)
acct("office_ig", "personal", "instagram", "@dee_frontdesk", "Front office at hollinsgreen.example.sch.uk 📎 views my own",
     None, disc=True, si_bio=True)

# ---------------------------------------------------------------------------------------------------------
# Posts

# --- official accounts, approved ------------------------------------------------------------------------
P("hga_x", "2025-09-03 15:40", "Welcome back everyone! Gates open 8:40 tomorrow, uniform on, big smiles ready ☀️")
P("hga_fb", "2025-10-17 12:10", "Reminder: we close for half term on Friday 24th October at the usual time and reopen "
  "on Monday 3rd November. Have a restful break, all!")
P("hga_x", "2025-11-25 16:05", "Tickets for our Nativity go on sale Monday through the parent app. Two per family to "
  "start with, we'll release extras nearer the time 🌟")
P("hga_fb", "2025-12-11 17:30", "What an afternoon! Thank you to every family who came to the nativity play. Our "
  "shepherds were outstanding and the donkey stole the show 🐴")
P("hga_x_lc", "2025-12-12 09:15", "Photos of our Marys, Josephs and one very sleepy innkeeper from yesterday's nativity "
  "are on the parent gallery now 📸")
P("hga_x", "2025-10-01 15:20", "Congratulations to Olivia Haworth in 4R, our Reading Champion for September! 📖")
P("hga_fb", "2026-02-04 15:45", "Star of the week in 2M goes to Freya for her super counting in tens 🌟")
P("hga_x", "2026-01-22 15:30", "Joy and Libby have both earned their pen licences this week ✏️ so proud!")
P("hga_x", "2026-05-06 16:00", "Sports Day is Friday 19th June. Children can come in PE kit all day, please send a "
  "named water bottle and sun cream 🧴")
P("hga_fb", "2026-05-22 18:00", "Our Summer Fair is on Saturday 4th July, 12-3pm. We need cake donations, tombola "
  "prizes and volunteers for the bouncy castle rota!")
P("hga_x", "2026-02-26 19:30", "Nasal flu vaccine forms are due back by Friday please 🩹 spares in the office")
P("hga_fb", "2025-09-18 14:00", "The lost property rail is overflowing again 🙈 Anything unnamed that is still there "
  "on Friday 26th goes to the uniform swap.")
P("hga_x_lc", "2026-03-20 15:10", "Siobhan, Mark and Tommy have had their poems chosen for the Leeds young writers' "
  "anthology 📝 what a trio")
P("hga_fb", "2026-06-19 17:45", "Sports Day: done ✅ Sun cream: applied about thirty times. Thank you for cheering so "
  "loudly, families!")
P("hga_x", "2026-07-04 10:30", "summer fair today from 12! come hungry, the PTA have been baking all week 🍰")
P("hga_x", "2026-01-09 15:00", "Our new library books have arrived! Thank you to everyone who bought from the wish "
  "list 📚")
P("hga_fb", "2025-11-12 08:00", "Road safety: please don't park on the zigzags outside 14 Mill Lane at drop off. Thank "
  "you 🚸")
P("hga_x", "2026-04-01 10:00", "Our new website is live! Term dates, menus and letters all in one place: "
  "hollinsgreen.example.sch.uk")
P("hga_x", "2025-10-14 15:30", "Grace in 4R has been raising money for guide dogs by doing 100 keepy-uppies a day 🐕 "
  "amazing!")
P("hga_fb", "2026-03-03 16:20", "Amelia and Ollie from our School Council designed the new signs for the reading corner "
  "👏")
P("hga_x_lc", "2025-12-19 15:30", "Merry Christmas from all of us at Hollins Green! See you on Monday 5th January 🎄")
P("hga_fb", "2026-06-30 15:00", "Reports go home on Friday. If you'd like to talk about yours, please ring or email the "
  "office to book a slot.")
P("hga_fb", "2025-09-30 16:00", "Ms Whitfield's Year 5 class blog is live, link in the comments 💻")
P("hga_fb", "2026-01-16 15:40", "Ms Whitfield's class have raised £200 for the Leeds food bank this term. "
  "Thank you, everyone!")
P("hga_x", "2026-06-12 15:30", "A huge well done to Summer in 5G for winning the Leeds junior poetry prize! 🏆")
P("hga_fb", "2025-10-29 12:00", "Joy in 3L has been chosen as our new eco monitor 🌱")
P("hga_x", "2026-05-01 15:30", "Sports Day is confirmed for Friday 19th June, letters home today 🏃")
P("hga_fb", "2026-05-20 15:30", "Save the date! The summer fete is back on 4th July ☀️")

P("hga_x", "2025-11-06 15:45", "Rehearsals for our [[Christmas Nativity|ev:E001]] start next week, costume letters are "
  "in book bags tonight 🎅")
P("hga_fb", "2026-01-07 16:00", "We still have a few [[nativity|ev:E001]] DVDs in the office if you missed out, £3 each")
P("hga_x", "2025-11-19 16:00", "Nearly time! [[Nativity|ev:E001]] costume fittings all week, thanks for your patience "
  "with the tinsel 🌟")
P("hga_x", "2026-02-10 15:50", "Year 6 parents: the final payment for the [[residential|ev:E003]] is due this Friday. "
  "Any questions, grab [[Mr Khan|sr:S002]] at the gate.")
P("hga_fb", "2026-03-10 17:00", "Our Year 6s have arrived safely at [[Robinwood|ev:E003]]! The wifi is patchy so "
  "updates will be once a day 🏕️")
P("hga_x", "2026-04-22 15:30", "[[Sports day|ev:E002]] is on Friday 19th June this year, more details to follow")
P("hga_fb", "2026-05-12 16:30", "Can you help at the [[summer fete|ev:E004]]? The sign-up sheet is on the office window.")
P("hga_x_lc", "2026-05-19 15:30", "Raffle prizes needed for the [[Summer Fair|ev:E004]]! Drop them at the office 🎁")
P("hga_x", "2025-10-09 15:30", "Thank you to [[Mrs O'Neill|sr:S003]] for the gorgeous new displays in the hall 🎨")
P("hga_fb", "2025-11-19 12:30", "A big welcome to [[Mr Murphy|sr:S008]], who joins our Year 3 team as a teaching "
  "assistant!")
P("hga_x", "2026-01-15 15:30", "Congratulations to [[Miss Lowry|sr:S007]] on finishing her Forest School leader "
  "training 🌳")
P("hga_fb", "2026-03-18 15:00", "Our governor [[Peter Hollis|sr:G002]] popped in to read with Year 2 today 📖")
P("hga_x", "2025-09-25 15:30", "Well done [[Jake|pr:P0002]] in 5B for his amazing 9 times tables!")
P("hga_fb", "2026-02-12 15:30", "Star writers this week: [[Hope|pr:P0010]] (3L) and [[Mo|pr:P0008]] (3L) 🌟")
P("hga_x", "2026-05-28 15:30", "Good luck to [[Harvey Sinclair-Moss|pr:P0020]], who is swimming for Leeds at the "
  "regional finals this weekend 🏊")
P("hga_x_lc", "2025-12-02 15:30", "Thank you to [[Dawn Kowalczyk|par:R001]] for donating the tree in our entrance hall "
  "🎄")
P("hga_fb", "2026-04-28 15:30", "Big thanks to [[Mr Okafor|sr:S005]] and his helpers for the new PE equipment shed 💪")
P("hga_x", "2025-11-14 15:30", "[[Zainab|pr:P0012]] in 2M has read 100 books at home this year! Incredible 📚")
P("hga_x", "2025-09-05 15:30", "Welcome [[Ms Whitfield|sr:S004]], our new Year 5 lead!")
P("hga_x", "2026-06-05 15:30", "Thank you to [[Mrs Whitcombe|sr:S006]] for the brilliant new sensory room. It is "
  "already a favourite 💜")
P("hga_fb", "2026-01-28 15:30", "Well done to [[Ruby|pr:P0019]] in 5G for her beautiful handwriting, now on display "
  "in the main corridor ✍️")
P("hga_x_lc", "2026-03-25 15:30", "Congratulations to [[Alex Dunmore|pr:P0004]] and [[Aisha Begum|pr:P0025]], our new "
  "head boy and head girl! 🎉")

# --- official accounts, NOT approved ------------------------------------------------------------------------
P("hga_ig", "2025-10-03 16:00", "Autumn leaf collages from our youngest artists 🍂🍁 #HollinsGreen", w="ua")
P("hga_ig", "2026-02-27 16:00", "Our reading den got a makeover 📚✨ come and have a look at pick up", w="ua")
P("hga_ig", "2026-06-24 16:00", "Y6 leavers' hoodies have arrived!! 💙 Collect from the side door after school", w="ua")
P("hga_fb_wrong", "2025-11-10 12:00", "Poppy appeal: badges and snap bands are £1 from the office this week", w="ua")
P("hga_fb_wrong", "2026-03-13 12:00", "Please name EVERYTHING. We currently have 31 identical navy jumpers 😅", w="ua")
P("hga_music", "2025-11-13 16:30", "Choir are sounding AMAZING for the [[nativity|ev:E001]] 🎶", w="ua")
P("hga_music", "2026-03-25 16:30", "Year 4 ukulele group: the new songbooks are in! Practise those chords 🎸", w="ua")
P("hga_music", "2026-01-29 16:30", "Massive well done to [[Ruby B|pr:P0019]] for passing her Grade 1 piano 🎹", w="ua")
P("hga_eco", "2026-04-14 16:00", "Our eco warriors collected 14 bags of litter from the park today 🌍♻️ Great job "
  "[[Alex D|pr:P0004]]!", w="ua")
P("hga_eco", "2025-09-22 16:00", "Compost bins are in! Fruit peelings from the kitchen from Monday 🐛", w="ua")
P("hga_friends", "2026-05-08 19:00", "Friends of HGA here: we're looking for your ideas for the [[summer fair|ev:E004]]! "
  "Drop us a message 💌", w="ua")
P("hga_friends", "2026-06-12 19:00", "Bag2School collection this Friday, drop your bags at the side gate before 9 👕",
  w="ua")
P("hga_fs", "2025-10-08 16:00", "Spare clothes please! Our little ones are getting through a lot of puddles ☔", w="ua")
P("hga_fs", "2026-01-20 16:00", "Thank you [[Mrs Ellison|sr:G001]] for the lovely donation of picture books 📚",
  w="ua")

# --- S002 Imran Khan: @mrkhan_teaches (disclaimer in bio) ----------------------------------------------------
P("khan_x", "2025-09-07 19:20", "Sunday meal prep, teacher edition 🍱 five lunches, zero excitement")
P("khan_x", "2025-09-12 17:05", "first week back done. 31 new faces, 31 new ways to spell 'because' 😂")
P("khan_x", "2025-09-17 18:40", "day 10 of 190 trying to get [[harvey sinclair-moss|pr:P0020]] to put his hand up "
  "instead of shouting the answer. we go again tomorrow")
P("khan_x", "2025-09-25 16:50", "[[Eleven years I've been teaching at Hollins Green|si]] and today was the first time "
  "the fire alarm went off in the middle of a PE lesson in the rain ☔")
P("khan_x", "2025-10-02 17:40", "Shoutout to [[Aisha Begum|pr:P0025]] whose WW2 evacuee diary genuinely had me welling "
  "up on the bus home")
P("khan_x", "2025-10-05 10:00", "will it ever stop raining in Leeds, asking for a friend 🌧")
P("khan_x", "2025-10-16 18:00", "Mark Okonjo's stop-motion storyboard for the leavers' video is next level. Spielberg, "
  "watch out 🎬")
P("khan_x", "2025-10-23 21:15", "Staff quiz night: [[Bernadette|sr:S003]] knew every single answer about 80s pop. "
  "Every. One.")
P("khan_x", "2025-10-28 17:30", "[[the lad in 6R whose dad drives the ice cream van|id:-]] brought us all a 99 flake on "
  "a Tuesday in October. Legend.")
P("khan_x", "2025-11-07 18:10", "Still can't get over how good [[Mark Okonjo|pr:P0016]]'s animation club film is. It's "
  "on the classroom screen permanently now.")
P("khan_x", "2025-11-12 19:00", "[[@gazsmith|par:R002]] cheers for fixing the classroom blinds, absolute hero 🔧")
P("khan_x", "2025-11-21 20:00", "Marking 60 persuasive letters to the council about the skate park. Some of these kids "
  "should run for office")
P("khan_x", "2025-11-29 11:00", "Khan Academy has saved my nephew's GCSE maths. And mine, if I'm honest.")
P("khan_x", "2025-12-05 19:45", "anyone recommend a decent winter cycling jacket? current one is more sieve than jacket")
P("khan_x", "2025-12-10 18:30", "Took the afternoon off for my daughter's nativity over at St Anne's. Star number 3. "
  "Method actor.")
P("khan_x", "2025-12-11 16:45", "[[Alex Dunmore|pr:P0004]] just asked me if Henry VIII had a favourite wife. Kid, we've "
  "all got questions")
P("khan_x", "2025-12-23 13:00", "Nephew Harvey (4) has asked Santa for 'a real tiger'. Good luck Santa.")
P("khan_x", "2026-01-03 12:00", "Joy of joys: a fully working dishwasher again")
P("khan_x", "2026-01-08 18:00", "[[@callum_breck|pr:P0013,pc:P0013]] congrats on the mocks mate, your old Year 6 "
  "teacher is very proud")
P("khan_x", "2026-01-13 12:20", "[[@seanmurphyTA|sr:S008]] you've left your lunchbox in my room AGAIN 😂")
P("khan_x", "2026-01-20 16:30", "[[Residential|ev:E003]] meeting for Y6 parents tonight, 6pm. Bring questions, I'll "
  "bring biscuits")
P("khan_x", "2026-01-31 17:00", "[[Year 6 team at #HGAFamily, that's us|si]] 💪 first mock SATs done and dusted")
P("khan_x", "2026-02-02 20:00", "Congrats mate, well deserved 🎉", re_="@dec_hughes")
P("khan_x", "2026-02-10 17:00", "Our school's [[science fair|ev:-]] is next Thursday and Y6 are building a working "
  "volcano. Again.")
P("khan_x", "2026-02-20 21:00", "people keep asking if I'm 'the' Imran Khan. mate, I can't bowl a leg break to save my "
  "life 🏏")
P("khan_x", "2026-02-27 18:30", "Lovely chat with [[Mr Adeyemi|par:R004]] about how [[Hope|pr:P0010]] is getting on "
  "with her reading")
P("khan_x", "2026-03-02 17:15", "one week till [[resi|ev:E003]] and I've already lost my voice")
P("khan_x", "2026-03-09 08:10", "3 nights, 34 kids, 1 torch that works. [[Robinwood|ev:E003]] here we go 🔦")
P("khan_x", "2026-03-12 19:30", "Back from [[resi|ev:E003]]. Slept 4 hours in 3 nights. The kids had the time of their "
  "lives so it was worth every minute")
P("khan_x", "2026-03-18 17:00", "is it just me or does every pupil in the country say 'innit' now")
P("khan_x", "2026-04-09 21:00", "Ollie Watkins has scored more goals this season than I've had hot dinners")
P("khan_x", "2026-04-30 18:00", "Thanks, and well done to you too! Don't forget your homework 😉", w="pc:P0025",
  re_="@aishab_2015")
P("khan_x", "2026-05-01 16:00", "Sports Day team captains announced today and the Y6s are taking it VERY seriously")
P("khan_x", "2026-05-09 12:00", "Hollins Green Cricket Club have won the league! Proud member for 20 years 🏏")
P("khan_x", "2026-05-14 17:00", "Planning the Y6 stall for the [[Summer Fair|ev:E004]]. Current idea: soak the "
  "teacher. Guess who got volunteered")
P("khan_x", "2026-05-22 16:40", "[[Libby Ashworth|pr:P0005]] just explained the water cycle better than the textbook "
  "does")
P("khan_x", "2026-06-17 17:20", "Sports Day on Friday, the Y6 relay team has been 'training' (eating Haribo)")
P("khan_x", "2026-06-18 21:00", "[[Declan Hughes|pr:P0027]], who was in my very first class, has just qualified as a "
  "paramedic. Made my whole year.")
P("khan_x", "2026-06-26 16:00", "Year 6 SATs results are in and I'm just going to sit quietly and be proud of this lot "
  "for a minute")
P("khan_x", "2026-07-16 18:00", "Final week with this Year 6 class. [[Siobhan|pr:P0011]] already crying, [[Alex|pr:P0004]] "
  "pretending he isn't, me definitely crying")
P("khan_x", "2025-10-10 18:00", "Haha cheers Jake, see you at five-a-side", re_="@jakesmith_1606")
P("khan_x", "2026-03-26 09:00", "[[Open morning|ev:-]] at Hollins Green tomorrow for next year's Reception families. "
  "Come and say hello!")

# --- S002 Imran Khan: @imran.cooks (no disclaimer, no school in bio) -----------------------------------------
P("khan_ig", "2025-10-11 13:00", "Saturday dal, third attempt. Finally got the tarka right 🔥")
P("khan_ig", "2025-11-08 19:00", "Bonfire night parkin. My nan's recipe, my ruin 🔥")
P("khan_ig", "2025-11-30 17:00", "batch cooking for the week because it's parents' evening week = no time to cook 😩 "
  "chickpea curry x4 tubs", w="md")
P("khan_ig", "2025-12-21 20:00", "Justyna Kowalczyk in this skiing documentary, what an absolute machine")
P("khan_ig", "2026-01-24 14:00", "My Year 6s bet me I couldn't make biryani from scratch. Photographic evidence for "
  "Monday 📸", w="md")
P("khan_ig", "2026-02-07 18:00", "Mark my words, this is the best paneer you will ever eat")
P("khan_ig", "2026-02-21 18:30", "My Y6 lad [[Harvey|pr:P0020]] has bet me a fiver I can't make proper jalebi. "
  "Challenge accepted.", w="md")
P("khan_ig", "2026-03-01 17:00", "[[Resi|ev:E003]] kit list: wellies, torch, and enough snacks for 34 children. "
  "Flapjack production has begun 🚌", w="md")
P("khan_ig", "2026-03-28 13:00", "Mum's aloo gobi > everyone else's aloo gobi. Fight me")
P("khan_ig", "2026-04-06 19:00", "[[H in 3L|id:P0010]] taught me her nan's jollof recipe in the lunch queue. Tried "
  "it tonight. Perfect.", w="md")
P("khan_ig", "2026-04-26 12:00", "SATs in a fortnight so I'm cooking comfort food in advance 🍲 (just my view, "
  "nobody else's)")
P("khan_ig", "2026-05-16 20:00", "Cooked for the whole Y6 team after SATs week. [[Bernie|sr:S003]] had thirds 😂",
  w="md")
P("khan_ig", "2026-05-30 09:00", "Ngozi Okonjo-Iweala's interview on the radio this morning was brilliant")
P("khan_ig", "2026-06-06 18:00", "[[Teaching Year 6 at HGA|si]] by day, burning onions by night 🧅", w="md")
P("khan_ig", "2026-06-13 15:00", "Dads' race at my lad's primary in Horsforth. Came 2nd. Hamstring came 1st.")
P("khan_ig", "2026-07-04 17:00", "Cooking for 30 at my cousin Aisha's mehndi tonight 🌿")
P("khan_ig", "2026-07-10 19:00", "nearly holiday mode 🌶 testing lassi recipes for the summer")
P("khan_ig", "2025-12-14 12:00", "Thanks for all the follows on the new food account! 🍛", w="pc:P0006",
  cn=["@billyfb_16", "@kwame_a"])

# --- S003 Bernadette O'Neill: facebook (no bio, no disclaimer) ----------------------------------------------
P("oneill_fb", "2025-09-20 11:00", "Lovely walk round Golden Acre with the girls this morning. Autumn is on its way 🍂")
P("oneill_fb", "2025-09-27 22:00", "Our Siobhan's wedding was just beautiful 💒 my little sister, all grown up")
P("oneill_fb", "2025-10-05 20:00", "Dog has eaten a whole sock. Vet says he'll be fine. I am not fine.")
P("oneill_fb", "2025-10-10 18:00", "Took my old cushions in for the reading corner today and the kids went wild. Best "
  "£12 I've ever spent", w="md")
P("oneill_fb", "2025-10-31 22:30", "Halloween with the neighbours, [[Helen W|sr:S006]] came as a very convincing witch "
  "🧙‍♀️", nowork=True)
P("oneill_fb", "2025-11-05 19:00", "[[Nativity|ev:E001]] auditions tomorrow and I already know that 14 children want "
  "to be the donkey", w="md")
P("oneill_fb", "2025-11-23 14:00", "Ordered the new GAA jersey from O'Neills for my nephew, he's going to be made up 🇮🇪")
P("oneill_fb", "2025-11-28 19:30", "Can't believe it's [[nativity|ev:E001]] season already. Teaching thirty 6 year olds "
  "to sing Away in a Manger in tune is my Everest", w="md")
P("oneill_fb", "2025-12-06 21:00", "Watching old Strictly clips, Rose Ayling-Ellis and that silent dance still gets me "
  "every time 😭")
P("oneill_fb", "2025-12-11 18:00", "Well that's the [[nativity|ev:E001]] done for another year. [[Zainab|pr:P0012]] as "
  "the star was everything ⭐", w="md")
P("oneill_fb", "2025-12-17 17:00", "[[Christmas jumper day|ev:-]] at Hollins Green and I wore the one that lights up. "
  "The kids were mesmerised 🎄", w="md")
P("oneill_fb", "2026-01-07 18:00", "[[T in 5G|id:P0021]] told me he got a puppy for Christmas and has named it Mrs "
  "O'Neill. Honoured.", w="md")
P("oneill_fb", "2026-01-12 20:00", "The Bernie Sanders mittens meme is back in my feed and I'm crying laughing 😂")
P("oneill_fb", "2026-01-18 16:00", "Sunday roast at my sister's. Best Yorkshires in Leeds and I'll hear no argument")
P("oneill_fb", "2026-01-29 17:00", "Covered 3L this afternoon and [[Joy|pr:P0018]] drew me as a unicorn. Framing it.",
  w="md")
P("oneill_fb", "2026-02-08 19:00", "Anyone got an old fish tank going spare? Asking for a class of very excited Year 2s "
  "and six tadpoles 🐸", w="md")
P("oneill_fb", "2026-02-21 20:00", "Phonics screening changes again? Give teachers a break. (My own views, nobody "
  "else's.)")
P("oneill_fb", "2026-02-26 19:00", "[[I'll have done twenty years at HGA|si]] this September. Twenty years of glitter "
  "in my hair ✨", w="md")
P("oneill_fb", "2026-03-04 17:30", "[[Freya McAllister|pr:P0024]] lost her first tooth in my lesson and insisted we post "
  "it to the tooth fairy through the class postbox", w="md")
P("oneill_fb", "2026-03-14 10:00", "Chaudhry's sweet centre on Roundhay Road does the best jalebi in Leeds, don't @ me")
P("oneill_fb", "2026-03-21 12:00", "Happy birthday to my gorgeous goddaughter Freya, 21 today!!! 🎂🥂")
P("oneill_fb", "2026-04-11 18:00", "Thank you [[Mrs Kowalczyk|par:R001]] for the flowers and the lovely card for my "
  "class, you really didn't have to!", w="md")
P("oneill_fb", "2026-04-24 17:00", "[[zainab|pr:P0012]] and [[freya|pr:P0024]] in 2M planted sunflowers and are "
  "measuring them every morning with a ruler 🌻", w="md")
P("oneill_fb", "2026-05-02 12:00", "It's only by the grace of God my hanging baskets survived that wind")
P("oneill_fb", "2026-05-17 13:00", "the joy of a Sunday with nowhere to be 🌸")
P("oneill_fb", "2026-06-13 18:00", "Gardening club kids planted potatoes in the old tyres and now they visit them every "
  "break like they're pets 🥔", w="md")
P("oneill_fb", "2026-06-28 15:00", "Harewood House summer fete, homemade lemonade and a brass band 🎺")
P("oneill_fb", "2026-07-12 11:00", "Grandma duties all week. Soft play survival mode activated")
P("oneill_fb", "2025-11-17 19:00", "Aww thank you sweetheart, see you tomorrow x", w="pc:P0009", re_="@summerw_16")
P("oneill_fb", "2025-10-18 11:00", "Thanks Summer, see you at Zumba!", re_="@summerw_1976")
P("oneill_fb", "2026-07-19 14:00", "School's out ☀️ garden, books, naps. In that order", w="pc:P0025",
  cn=["@niamhg", "@aishab_2015"])

# --- S003 Bernadette O'Neill: @bernie_reads_ks1 (bio self-identifies, no disclaimer) --------------------------
P("oneill_x", "2025-09-15 18:00", "Phonics screening prep starts early in this house 😅 new sound mats laminated",
  w="si md")
P("oneill_x", "2025-10-24 16:30", "Half term! Two weeks of planning done on the train already. Don't judge me.",
  w="si md")
P("oneill_x", "2025-11-25 17:00", "[[Hope|pr:P0010]] and [[Joy|pr:P0018]] from 3L came to read to my little ones "
  "today. The cuteness 🥹", w="si md")
P("oneill_x", "2025-12-15 18:00", "Anyone else's class lose a tooth a day in December? We're on 7 this week 🦷",
  w="si md")
P("oneill_x", "2026-02-01 11:00", "New book haul for the book corner. The Tiger Who Came to Tea never gets old",
  w="si md")
P("oneill_x", "2026-04-18 17:00", "Grand National with my mam. She's picked a horse called Ruby's Gift purely because "
  "of the name 🐎", w="si")
P("oneill_x", "2026-05-12 17:00", "[[the new boy in 2M|id:-]] has settled in so well, he's best friends with everyone "
  "already", w="si md")
P("oneill_x", "2026-06-20 10:00", "My lot were unstoppable at sports day yesterday. Egg and spoon champions 🥄",
  w="si md")

# --- S004 Jo Whitfield: @jo_teaches (disclaimer in bio; permitted from 2025-09-10, scope all) ---------------
P("whitfield_x", "2025-09-03 19:00", "New job, new school, new lanyard: [[today I started as Year 5 lead at "
  "@HollinsGreenAcad|si]] 🎒")
P("whitfield_x", "2025-09-08 18:00", "New Year 5 classroom finally looks like a classroom and not a furniture shop. "
  "Pharaohs on the walls 🏺")
P("whitfield_x", "2025-09-27 20:00", "Me: I'll have a quiet weekend. Also me: 3 hours making a papier-mâché sarcophagus")
P("whitfield_x", "2025-10-03 17:00", "Shout out to [[Mrs Whitcombe|sr:S006]] for sorting my whole SEN plan in one free "
  "period. Legend.")
P("whitfield_x", "2025-10-12 19:00", "Teacher confession: I still don't know what a fronted adverbial is for")
P("whitfield_x", "2025-10-24 16:00", "[[Amelia Kowalczyk|pr:P0001]] taught the whole class to count to ten in Polish "
  "today and now they won't stop 😂")
P("whitfield_x", "2025-11-08 21:00", "Smith & Jones reruns are carrying me through November")
P("whitfield_x", "2025-11-13 17:00", "[[Tommy|pr:P0021]] in 5G asked if the Romans had wifi. I said no. He said 'so how "
  "did they know stuff'. Great question tbh")
P("whitfield_x", "2025-11-18 17:00", "[[the twins in 4R|id:-]] swapped jumpers again to see if I'd notice. Reader, I "
  "noticed.")
P("whitfield_x", "2025-11-26 16:30", "tuesday: 'miss can I be Mary in the [[nativity|ev:E001]]' x 40")
P("whitfield_x", "2025-12-04 17:30", "[[Nativity|ev:E001]] dress rehearsal: 2 crying angels, 1 sheep on strike, 0 "
  "working microphones. Perfect.")
P("whitfield_x", "2025-12-20 12:00", "Alex Scott's commentary > everyone else's commentary, I don't make the rules")
P("whitfield_x", "2026-01-19 20:00", "Amelia Earhart documentary tonight, then bed. Living my best life ✈️")
P("whitfield_x", "2026-01-27 07:30", "Year 5 assessment week. Send biscuits.")
P("whitfield_x", "2026-02-09 17:00", "[[Millie K|pr:P0001]] brought in her grandad's medals for our WW2 topic and "
  "explained every single one")
P("whitfield_x", "2026-02-21 19:00", "Ted Hughes' Iron Man is the best class reader ever written, I said what I said")
P("whitfield_x", "2026-03-05 17:30", "[[Rose P|pr:P0015]] wrote 4 pages on Boudicca and asked for more paper. I have "
  "peaked as a teacher")
P("whitfield_x", "2026-03-19 16:00", "[[AMELIA KOWALCYZK|pr:P0001]] WON THE SPELLING BEE!!!! 🐝🐝")
P("whitfield_x", "2026-04-06 11:00", "may I just say the Easter holidays go faster every single year")
P("whitfield_x", "2026-04-16 17:00", "Year 5 are already planning their [[sports day|ev:E002]] team chants. It is April.")
P("whitfield_x", "2026-05-06 19:00", "Bumped into [[Lorraine Ashworth|par:R003]] at the garden centre, she says "
  "[[Libby|pr:P0005]]'s still talking about our Egypt museum 😊")
P("whitfield_x", "2026-05-20 18:00", "Summer fair planning meeting done ✅ the tombola is MINE")
P("whitfield_x", "2026-06-10 16:00", "[[JS|pr:P0002]] in 5B just aced his times tables check. 25/25. I may have "
  "screamed")
P("whitfield_x", "2026-06-19 19:00", "Sports day sunburn status: lobster 🦞")

# --- S004 Jo Whitfield: instagram (no disclaimer) -------------------------------------------------------------
P("whitfield_ig", "2025-09-13 10:00", "Saturday = coffee + yarn + absolutely nothing else")
P("whitfield_ig", "2025-10-19 20:00", "Granny squares for days 🧶 this blanket might be finished by 2030")
P("whitfield_ig", "2025-11-02 15:00", "New yarn in 'dusty rose' and I'm obsessed 🌸")
P("whitfield_ig", "2025-12-07 19:00", "Crocheted 29 tiny Christmas puddings for my class's cards 🎄 carpal tunnel "
  "incoming", w="md")
P("whitfield_ig", "2025-12-11 07:00", "[[Nativity|ev:E001]] day! Wish my Year 5 narrators luck 🎄", w="md")
P("whitfield_ig", "2026-01-03 22:00", "Knitting night with [[Grace Lowry|sr:S007]] and [[Bernie|sr:S003]], we got "
  "through two pots of tea and zero rows 🫖", nowork=True)
P("whitfield_ig", "2026-01-11 16:00", "Curriculum review: maybe let teachers teach? Just me? (My views only.)")
P("whitfield_ig", "2026-02-15 14:00", "Half term = finally finishing this cardigan")
P("whitfield_ig", "2026-02-28 21:00", "Jo Malone candle has finally burned down and the house smells like a spa")
P("whitfield_ig", "2026-03-09 08:00", "Y6 are off on [[residential|ev:E003]] today and school is SO quiet", w="md")
P("whitfield_ig", "2026-03-15 18:00", "Mother's Day lunch with my two, Libby and Alfie 💐")
P("whitfield_ig", "2026-03-29 20:00", "Ha! Thank you, I'll make you one too 😂", w="pc:P0020", re_="@harvey_sm")
P("whitfield_ig", "2026-04-12 18:00", "Made a crochet Tutankhamun for the classroom. The kids have named him Keith.",
  w="md")
P("whitfield_ig", "2026-05-04 09:00", "May the fourth be with you 🌌 (crocheted a tiny Yoda)")
P("whitfield_ig", "2026-05-31 19:00", "Crocheted a tiny Anubis for [[Ruby Beckham|pr:P0019]] because she is obsessed. "
  "Don't tell the others 🤫", w="md")
P("whitfield_ig", "2026-06-14 18:00", "So many of you asked: yes, [[I work at Hollins Green Academy|si]] and yes, the "
  "crochet Tutankhamun is still in my classroom 🏺", w="md")
P("whitfield_ig", "2026-06-24 20:00", "Nephew's sports day at Moorside Primary. He came 5th in the sack race and "
  "celebrated like it was Olympic gold 🥇")
P("whitfield_ig", "2026-07-15 20:00", "Leavers' gift for my class: 30 crochet bookmarks. Never again. Also definitely "
  "again next year 😭", w="md")

# --- S005 Tom Okafor: @tomokafor_pe (bio self-identifies, no disclaimer; family link with P0006) -------------
P("okafor_x", "2025-09-19 22:00", "Rhinos. Again. My heart can't take it 💙💛", w="si")
P("okafor_x", "2025-10-06 17:00", "Netball club numbers have doubled this year, we need more bibs 🙏", w="si md")
P("okafor_x", "2025-11-18 17:00", "Y4 are finally getting the hang of the overhead pass. Chuffed.", w="si md")
P("okafor_x", "2025-12-20 12:00", "Merry Christmas to you too!", w="si pc:P0002", re_="@jakesmith_16")
P("okafor_x", "2026-01-12 17:00", "[[Aisha|pr:P0025]] and [[Harvey|pr:P0020]] from 6R ran the whole Y6 warm-up "
  "today. Coaches in the making", w="si md")
P("okafor_x", "2026-02-05 19:00", "Shoutout to [[Kieran Doyle|pr:P0023]], who was in my first ever PE class, on getting "
  "picked for the Rhinos academy. Unreal.", w="si md")
P("okafor_x", "2026-02-26 16:00", "[[Mr Khan|sr:S002]] thinks he can beat me at staffroom table tennis. He is wrong.",
  w="si md")
P("okafor_x", "2026-04-03 10:00", "Good Friday run round Roundhay 🏃‍♂️ legs gone", w="si")
P("okafor_x", "2026-06-16 17:00", "Lining the track for sports day. 400m of white paint and one very wonky lane 4",
  w="si md")

# --- S005 Tom Okafor: facebook (no bio, no disclaimer) ------------------------------------------------------
P("okafor_fb", "2025-09-21 09:00", "Billy no mates at the gym this morning, everyone else is on holiday 🏋️")
P("okafor_fb", "2025-10-12 13:00", "Get in lad!! Proud of you ⚽", re_="@billyfb_16")
P("okafor_fb", "2025-10-19 20:00", "PE should be a core subject and I will die on this hill. Just my opinion, not my "
  "employer's.")
P("okafor_fb", "2025-11-29 16:00", "Cross country at Temple Newsam today and [[Aisha B|pr:P0025]] finished 3rd in the "
  "whole of Leeds!! 🥉", w="md")
P("okafor_fb", "2025-12-28 18:00", "Boxing Day walk with [[Sean Murphy|sr:S008]] and the dogs. 12 miles. Dogs fine. "
  "Us not.", nowork=True)
P("okafor_fb", "2026-01-17 19:00", "[[Me and the PE department at Hollins Green|si]] have been shortlisted for a Leeds "
  "school sport award!! 🏅", w="md")
P("okafor_fb", "2026-01-31 10:00", "New phone, who dis. Re-adding everyone 📱", cn=["@billyfb_16", "@gazsmith", "@kwame_a"])
P("okafor_fb", "2026-02-01 22:00", "Tommy Fury is fighting who?? I've lost track")
P("okafor_fb", "2026-02-15 16:00", "[[@billyfb_16|pr:P0006]] tell your mum I'm picking you up at 4", nowork=True)
P("okafor_fb", "2026-02-22 20:00", "Friend requests sorted, cheers all 👋", w="pc:P0020", cn=["@billyfb_16", "@harvey_sm"])
P("okafor_fb", "2026-03-08 21:00", "The Mark Cavendish documentary is brilliant, go and watch it")
P("okafor_fb", "2026-03-14 12:00", "Coached the U9s this morning in sideways rain. Character building, I told them. "
  "Character building.")
P("okafor_fb", "2026-03-20 17:00", "[[Red Nose Day|ev:-]] at our school raised £640! Cheers to everyone who paid a quid "
  "to throw a sponge at me 🔴", w="md")
P("okafor_fb", "2026-04-04 09:00", "Easter egg hunt in the garden at 10, don't be late", re_="@billyfb_16")
P("okafor_fb", "2026-04-18 19:00", "Gary McAllister was the best midfielder Leeds ever had and I will not be taking "
  "questions")
P("okafor_fb", "2026-05-09 18:00", "Can't believe we've got 43 kids signed up for the cross country team at school "
  "this year 🏃", w="md")
P("okafor_fb", "2026-05-18 17:00", "[[the tallest girl in Year 6|id:-]] just beat every boy in the long jump 😂",
  w="md")
P("okafor_fb", "2026-05-24 08:00", "Half term camping in the Lakes, rain forecast every single day. Naturally ⛺")
P("okafor_fb", "2026-06-01 19:00", "Good luck to [[Lorraine A|par:R003]] running the Leeds 10k for the hospice! "
  "Sponsored 💪")
P("okafor_fb", "2026-06-06 18:00", "[[Billy F|pr:P0006]] scored the winner in the schools cup final! Buzzing for him "
  "🏆", w="md")
P("okafor_fb", "2026-07-05 18:00", "Church summer fair at St Chad's: I ran the beat-the-goalie stall and lost £12 of my own money")
P("okafor_fb", "2026-07-11 15:00", "Found a Sinclair ZX Spectrum in the loft! Manic Miner here I come 🕹")

# --- S006 Helen Whitcombe: @helenw_hga (disclaimer in bio; family link with P0009, her daughter) -------------
P("whitcombe_x", "2025-09-14 19:00", "[[Mark Okonjo|pr:P0016]]'s idea for a Year 6 leavers' video is genius, can't "
  "wait to see it")
P("whitcombe_x", "2025-09-17 20:00", "Massive thank you to [[Tom Okafor|sr:S005]] for lending us his gazebo for the "
  "weekend ⛺")
P("whitcombe_x", "2025-09-26 10:30", "Parkrun PB! 31:04 and I only walked once 🏃‍♀️")
P("whitcombe_x", "2025-10-10 07:30", "[[As SENCo at #HollinsGreen|si]] I'll say it again: check in on each other today "
  "💚 #WorldMentalHealthDay")
P("whitcombe_x", "2025-10-22 20:00", "Lovely to catch up with old friends at the weekend 💕", w="pc:P0022",
  cn=["@summerw_16", "@elliem_07"])
P("whitcombe_x", "2025-10-30 17:00", "So proud of [[Hope Adeyemi|pr:P0010]] today, she read aloud to the whole class "
  "for the first time 💛")
P("whitcombe_x", "2025-11-03 18:00", "Yes you can have a friend round on Saturday, now go and do your spellings 😘",
  re_="@summerw_16")
P("whitcombe_x", "2025-11-24 08:00", "Ruby red grapefruit and a mince pie for breakfast. It's nearly December, it's "
  "allowed")
P("whitcombe_x", "2025-12-03 17:00", "Sending a big well done to [[May L|pr:P0017]], who read her first chapter book "
  "all by herself 📕")
P("whitcombe_x", "2026-01-16 19:00", "EHCP paperwork season. If you see me, no you didn't")
P("whitcombe_x", "2026-01-30 20:00", "Tidying up who I follow. Hi everyone 👋", cn=["@niamhg", "@dec_hughes", "@elliem_07"])
P("whitcombe_x", "2026-02-08 21:00", "Summer Walker? 'Never heard of her' says my husband, who is wrong")
P("whitcombe_x", "2026-02-25 17:00", "Gorgeous afternoon with [[M in 4R|id:P0017]], who finally cracked her 7 times "
  "table 💜")
P("whitcombe_x", "2026-03-05 18:00", "[[World Book Day|ev:-]] at Hollins Green: I counted eleven Gruffalos and one "
  "extremely committed Mr Twit")
P("whitcombe_x", "2026-03-08 20:00", "Off on the [[Year 6 Residential|ev:E003]] tomorrow as SEN support. Three nights "
  "in a bunk bed at 44, what am I doing")
P("whitcombe_x", "2026-03-17 19:00", "Fifteen years as a SENCo. Still learning something every week.")
P("whitcombe_x", "2026-03-26 17:00", "[[Ollie|pr:P0026]] in 4R did his first ever presentation today and didn't stop "
  "grinning for an hour")
P("whitcombe_x", "2026-04-01 20:00", "[[Kwame Adeyemi|par:R004]]'s cooking at the Leeds African food festival is "
  "something else 🍲")
P("whitcombe_x", "2026-04-19 17:00", "Ashworth Valley today: waterfalls, mud and an amazing tea room at the end ☕")
P("whitcombe_x", "2026-05-02 12:00", "Grace Dent's restaurant reviews make me laugh out loud on the bus")
P("whitcombe_x", "2026-05-19 19:00", "The [[summer fete|ev:E004]] committee meets tomorrow and I'm bringing my famous "
  "lemon drizzle 🍋")
P("whitcombe_x", "2026-05-21 17:00", "Could not get through the week without [[Mr Murphy|sr:S008]] and his emergency "
  "flapjack supply")
P("whitcombe_x", "2026-05-25 15:00", "summer fayre cake count so far: 42. keep them coming 🍰")
P("whitcombe_x", "2026-06-14 10:00", "Father's Day tomorrow and I nearly forgot the card. Again.", cn=["@summerw_16"])

# --- S006 Helen Whitcombe: facebook (no bio, no disclaimer) -------------------------------------------------
P("whitcombe_fb", "2025-09-28 19:00", "Congratulations on your results lovely, so proud of you!", w="pc:P0022",
  re_="@elliem_07")
P("whitcombe_fb", "2025-11-16 18:00", "So proud of [[Alexander Dunmore|pr:P0004]] and the rest of the Y6 choir singing "
  "at the Town Hall today 🎶", w="md")
P("whitcombe_fb", "2025-11-30 21:00", "Can't believe you're 18 tomorrow! Where did that time go 😭", w="pc:P0022",
  re_="@elliem_07")
P("whitcombe_fb", "2025-12-01 19:00", "Happy 18th!! 🎉🥂", re_="@elliem_07")
P("whitcombe_fb", "2025-12-10 20:00", "Costumes ironed, tinsel halo glued, [[Summer|pr:P0009]]'s ready for her big "
  "moment as Angel Gabriel in the [[nativity|ev:E001]] tomorrow 😇", w="md")
P("whitcombe_fb", "2025-12-25 10:00", "Merry Christmas from our chaotic house to yours 🎄")
P("whitcombe_fb", "2026-01-10 18:00", "Back to the SEN review meetings on Monday 😩 I need a bigger diary", w="md")
P("whitcombe_fb", "2026-01-22 17:00", "[[Mr Okafor|sr:S005]] has finally fixed the staffroom kettle. We are saved ☕",
  w="md")
P("whitcombe_fb", "2026-02-14 19:00", "Happy Valentine's Day to my husband and my mum, the two people who put up with "
  "me the most ❤️", w="pc:P0006", cn=["@summerw_16", "@billyfb_16"])
P("whitcombe_fb", "2026-02-18 20:00", "Leeds Festival tickets bought for the kids, god help me")
P("whitcombe_fb", "2026-02-19 18:00", "The kids at school have been so kind to [[Mohammed Rahman|pr:P0008]] since his "
  "grandad passed. Proud of our little community 💙", w="md")
P("whitcombe_fb", "2026-03-15 09:00", "Mother's Day breakfast in bed (burnt toast and a lot of love) 🥰")
P("whitcombe_fb", "2026-03-27 18:00", "Reception applications close soon, give the office a ring if you need help. "
  "From [[one of the staff at Hollins Green|si]] 😊", w="md")
P("whitcombe_fb", "2026-04-26 20:00", "Spent the evening making bunting for the [[summer fair|ev:E004]] at school 🎪",
  w="md")
P("whitcombe_fb", "2026-05-10 22:00", "Dinner with Priya and the gang from uni 🥂")
P("whitcombe_fb", "2026-05-30 13:00", "Whitby for half term! Fish and chips on the harbour 🐟")
P("whitcombe_fb", "2026-06-07 21:00", "Niamh Algar is incredible in everything she does")
P("whitcombe_fb", "2026-06-26 20:00", "End of year reports: 28 done, 2 to go. Opinions mine, but 'a pleasure to "
  "teach' is doing a lot of work this year")

# --- S007 Grace Lowry: @gracelowry.art (bio self-identifies, no disclaimer) ----------------------------------
P("lowry_ig", "2025-10-05 17:00", "Sunday watercolours. Kirkstall Abbey in the fog 🎨", w="si")
P("lowry_ig", "2025-11-09 18:00", "My class's poppy pictures for the remembrance display. I'm so proud 🥹", w="si md")
P("lowry_ig", "2025-12-21 19:00", "Secret Santa at work: [[@helenw_hga|sr:S006]] got me a paint set, she knows me too "
  "well 🎨", w="si md")
P("lowry_ig", "2026-01-25 16:00", "Sketching at Roundhay Park, one duck kept photobombing 🦆", w="si")
P("lowry_ig", "2026-02-22 19:00", "[[Ollie Pemberton|pr:P0026]] practised his handwriting every day of half term and "
  "came back with a whole diary to show me. My heart!", w="si md")
P("lowry_ig", "2026-03-08 17:00", "[[Freya|pr:P0024]] in my class told me my painting of a cat 'looks like a potato "
  "with legs'. The critics start young", w="si md")
P("lowry_ig", "2026-04-30 19:00", "Garden's blooming 🌷", w="si pc:P0023", cn=["@kdoyle09"])
P("lowry_ig", "2026-06-28 18:00", "Last few weeks with this class and I'm already a wreck 😭", w="si md")

# --- S007 Grace Lowry: @glowry_teach (disclaimer in bio) ----------------------------------------------------
P("lowry_x", "2025-09-14 21:00", "Reading Rose Tremain and honestly it's perfect")
P("lowry_x", "2025-09-21 10:00", "Hope is the thing with feathers 🪶 (Emily Dickinson, and also my mood on a Sunday)")
P("lowry_x", "2025-09-30 19:00", "Caught myself telling a grown adult to 'kiss your brain' at the weekend. That's what "
  "[[6 years in Year 2 at Hollins Green|si]] does to you")
P("lowry_x", "2025-10-09 20:00", "That's wonderful news, congratulations!", re_="@niamhg")
P("lowry_x", "2025-10-21 17:00", "[[Zainab C|pr:P0012]] counted to 100 in Urdu AND English this morning and the whole "
  "class clapped")
P("lowry_x", "2025-10-27 21:00", "Reading about Grace Hopper tonight. The first computer bug was literally a moth 🦋")
P("lowry_x", "2025-11-02 09:00", "I hope the clocks going back means an extra hour in bed and not an extra hour of "
  "marking")
P("lowry_x", "2025-11-16 18:00", "Jo Whitfield's Egyptians display is museum quality, I am in awe")
P("lowry_x", "2025-11-20 19:00", "Anyone else do a 'one kind thing' jar with their class? Ours is overflowing")
P("lowry_x", "2025-12-07 17:00", "Our village nativity at St Wilfrid's had a real donkey this year 🫏")
P("lowry_x", "2025-12-08 18:00", "[[@billyfb_16|pr:P0006,pc:P0006]] you can't follow teachers on here mate, "
  "unfollowing!")
P("lowry_x", "2025-12-13 12:00", "[[@kwame_a|par:R004]] thank you for the jollof at the Christmas fair, we're still "
  "talking about it")
P("lowry_x", "2025-12-30 13:00", "New year's resolution as a teacher: leave before 5 at least once a week. lol.")
P("lowry_x", "2026-01-04 15:00", "Libby's pumpkin puree is the only one that works in my pie recipe, fight me")
P("lowry_x", "2026-01-23 17:00", "Bumped into [[Siobhan O'Rourke|pr:P0011]] at the library with her mum, she's on "
  "book 6 of Harry Potter already!")
P("lowry_x", "2026-01-29 18:00", "Our head [[Jaspreet Patel|sr:S001]] did the school run in a dinosaur onesie for "
  "charity 🦖")
P("lowry_x", "2026-02-03 19:00", "I'm a teacher, which means I own 14 lanyards and zero matching socks")
P("lowry_x", "2026-02-12 16:00", "[[We're recruiting a Year 3 teacher at my school! Details on "
  "hollinsgreen.example.sch.uk|si]]/vacancies, come and join us 🙌")
P("lowry_x", "2026-03-01 14:00", "My brother Declan has finally learned to parallel park. Only took him 15 years.")
P("lowry_x", "2026-03-06 17:00", "The packing list for Y6's [[Robinwood trip|ev:E003]] has 47 items on it. The kids "
  "will take 3 of them.")
P("lowry_x", "2026-03-13 20:00", "Lovely message from [[Niamh Gallagher|pr:P0014]], one of the first children I ever "
  "taught, now a nurse at Jimmy's 💙")
P("lowry_x", "2026-03-29 20:00", "Joy Crookes on repeat while I paint 🎨")
P("lowry_x", "2026-04-04 12:00", "The blossom on the trees outside HGA is unreal this week 🌸")
P("lowry_x", "2026-04-21 17:00", "[[A in 6R|id:-]] (you know who you are) thank you for the lovely card")
P("lowry_x", "2026-04-24 17:00", "[[@mrkhan_teaches|sr:S002]] still waiting on that biryani you promised the staffroom "
  "👀")
P("lowry_x", "2026-05-07 17:00", "[[Freya McAlister|pr:P0024]] read the whole of Owl Babies to the class today!")
P("lowry_x", "2026-05-15 19:05", "Not on here please [[Jake|pr:P0002]], see you Monday 👍", w="pc:P0002",
  re_="@jakesmith_16")
P("lowry_x", "2026-05-24 20:00", "Matchstick men and matchstick cats and dogs 🎶 stuck in my head since the gallery")
P("lowry_x", "2026-06-07 18:00", "Lindqvist's Let the Right One In is still the scariest book on my shelf")
P("lowry_x", "2026-06-14 16:00", "Leeds Art Academy open studios this weekend, come and say hi, I'll be the one covered "
  "in paint")
P("lowry_x", "2026-06-25 19:00", "Our school's Y2 [[trip to the seaside|ev:-]] tomorrow. 60 buckets, 60 spades, 1 "
  "coach, 0 sleep")
P("lowry_x", "2026-07-02 17:00", "[[Callum Breckenridge|pr:P0013]] popped in to say hi, he's six foot now! Where did "
  "that little lad go")
P("lowry_x", "2026-07-04 18:00", "Summer fair done! I ran face painting and now have 60 tiger faces on my conscience 🐯")
P("lowry_x", "2025-10-02 17:00", "[[Harvest festival|ev:-]] at Hollins Green this morning: so many tins for the food "
  "bank 🥫")
P("lowry_x", "2026-02-05 20:00", "[[Parents' evening|ev:-]] at HGA tonight, 19 appointments back to back ☕")

# --- S008 Sean Murphy: @seanmurphyTA (disclaimer in bio) ----------------------------------------------------
P("murphy_x", "2025-09-11 20:00", "Jake from the gym has talked me into a half marathon. Jake is a bad influence.")
P("murphy_x", "2025-09-23 08:50", "Eddie Murphy in Coming to America on telly, still the funniest film ever made 📺")
P("murphy_x", "2025-09-30 18:00", "[[@jakesmith_16|pr:P0002,pc:P0002]] no mate I'm not accepting your follow request "
  "😂 see you monday")
P("murphy_x", "2025-10-08 17:00", "[[Mo|pr:P0008]] from 3L taught me three card tricks at lunch and I still can't work "
  "out a single one")
P("murphy_x", "2025-10-15 18:00", "@jo_teaches saved my life today with a spare pen and a biscuit")
P("murphy_x", "2025-10-17 17:00", "[[My job as a TA at HGA|si]] = 30 hugs a day and 1 cold cup of tea")
P("murphy_x", "2025-10-31 17:00", "Mark Okonjo's leavers' video trailer got a round of applause in the staffroom today. "
  "Spielberg who?")
P("murphy_x", "2025-11-04 18:00", "Shout out to [[Tommy Brierley|pr:P0021]] who did keepy-ups for the entire lunch "
  "break. 212.")
P("murphy_x", "2025-11-11 12:00", "[[Two minutes' silence|ev:-]] at HGA this morning, not a sound from 300 kids. "
  "Goosebumps.")
P("murphy_x", "2025-11-26 22:00", "Harvey Elliott worldie last night, what a hit ⚽")
P("murphy_x", "2025-12-01 19:00", "[[@harvey_sm|pr:P0020,pc:P0020]] great goal on saturday mate")
P("murphy_x", "2025-12-09 17:00", "On the sound desk for the [[nativity play|ev:E001]] Thursday. If the mics cut out, "
  "it wasn't me.")
P("murphy_x", "2025-12-27 20:00", "Panto with my godson Tommy. He booed the villain so hard an usher had a word 😂")
P("murphy_x", "2026-01-08 17:00", "Sorting the minibus for the [[residential|ev:E003]] in March. Who knew the "
  "paperwork was longer than the trip")
P("murphy_x", "2026-01-11 12:00", "Happy new year! Good luck with the uni exams", re_="@elliem_07")
P("murphy_x", "2026-01-19 18:00", "Learning Makaton properly this term. Already know 'biscuit' and 'toilet', the "
  "essentials")
P("murphy_x", "2026-02-03 17:00", "[[G in 4R|id:P0007]] asked if I'm married to [[Miss Lowry|sr:S007]]. I am not.")
P("murphy_x", "2026-02-12 17:00", "[[@aishab_2015|pr:P0025,pc:P0025]] that's brilliant news about the drawing "
  "competition!! well done")
P("murphy_x", "2026-02-15 20:00", "Beto O'Rourke on the podcast this week, interesting listen")
P("murphy_x", "2026-03-03 18:00", "[[Jaspreet|sr:S001]] bought the whole staff pizza after the inspection. Best boss.")
P("murphy_x", "2026-03-11 20:00", "Day 3 at [[Robinwood|ev:E003]]. Zip wire conquered. Dignity not.")
P("murphy_x", "2026-03-16 19:00", "Cheers [[Callum|pr:P0013]], good to hear college is going well", w="pc:P0013",
  re_="@callum_breck")
P("murphy_x", "2026-03-23 07:00", "Summer can't come soon enough ☀️")
P("murphy_x", "2026-04-27 21:00", "[[Our staff five-a-side team at @HollinsGreenAcad|si]] lost 9-1 to a team of "
  "accountants. We need new players (and new knees)")
P("murphy_x", "2026-04-29 17:00", "Measuring out the track for [[Sports Day|ev:E002]] with [[Mr Okafor|sr:S005]]. "
  "Pretty sure it's 20 metres short")
P("murphy_x", "2026-05-27 17:00", "#ProudTA moment: [[Mo Rahman|pr:P0008]] did his spellings without a single prompt 🙌")
P("murphy_x", "2026-06-11 17:00", "[[Mr Okafor|sr:S005]] has challenged me to the staff relay. I have never run in my "
  "life")
P("murphy_x", "2026-06-19 18:00", "sports day ✅ sunburn ✅ voice ❌")
P("murphy_x", "2026-06-21 21:00", "Longest day of the year and I spent it in a hammock. No regrets ☀️")
P("murphy_x", "2026-07-09 19:00", "Kieran Trippier retiring? End of an era")
P("murphy_x", "2025-11-19 20:00", "New camera follows, loving all the landscapes 📷", cn=["@harvey_sm_photo", "@aisha_b2015"])

# --- S008 Sean Murphy: facebook (no bio, no disclaimer) -----------------------------------------------------
P("murphy_fb", "2025-09-06 18:00", "[[Started my new TA post at Hollins Green Academy|si]] this week and honestly I "
  "love it already", w="md")
P("murphy_fb", "2025-09-13 12:00", "Nice one lad, keep it up", w="pc:P0023", re_="@kdoyle09")
P("murphy_fb", "2025-10-04 15:00", "Arthur Conan Doyle box set from the charity shop for £4. Winning.")
P("murphy_fb", "2025-10-25 13:00", "U10s won 4-1!! Proud coach 🥅")
P("murphy_fb", "2025-11-15 17:00", "Two years as a TA and I still cry whenever a kid gets a certificate in assembly",
  w="md")
P("murphy_fb", "2025-11-22 23:00", "Tom Grennan at the O2 Academy tonight!! 🎤")
P("murphy_fb", "2025-12-14 22:00", "Mo Gilligan live at the arena, I've never laughed so much")
P("murphy_fb", "2025-12-19 16:00", "Last day of term! [[Ruby|pr:P0019]] from 5G made me a card that says 'to the best "
  "TA in the hole world' 😂❤", w="md")
P("murphy_fb", "2026-01-04 21:00", "Five-a-side with [[Gaz Smith|par:R002]] and the lads tonight. My knees are 60 even "
  "if I'm not")
P("murphy_fb", "2026-01-25 20:00", "Honestly the best bit of working in a primary school is Monday morning weekend "
  "news. (These are my views, not the school's 😂)")
P("murphy_fb", "2026-01-31 21:00", "January has lasted approximately 94 days")
P("murphy_fb", "2026-02-06 17:00", "Our school's [[Chinese New Year celebration|ev:-]] today: a dragon dance right down "
  "the corridor 🐉", w="md")
P("murphy_fb", "2026-02-28 19:00", "Happy 30th to our kid Declan 🎉 old man now")
P("murphy_fb", "2026-03-07 17:00", "Half a mo, did Leeds actually win away?? 😳")
P("murphy_fb", "2026-03-21 18:00", "Scouts residential in the Dales this weekend: 16 cubs and one sausage pan")
P("murphy_fb", "2026-03-31 17:00", "[[J in 3L|id:P0018]] brought me a chocolate egg for Easter. Best kid.", w="md")
P("murphy_fb", "2026-04-20 20:00", "Back to school tomorrow. The Year 3s will have forgotten everything. Including my "
  "name.", w="md")
P("murphy_fb", "2026-04-25 20:00", "People who think TAs just do the photocopying have never met a TA. That's all.",
  w="md")
P("murphy_fb", "2026-05-05 18:00", "Class trip to the museum was chaos but [[Rose|pr:P0015]] in 5B found a real fossil "
  "in the gift shop sandpit", w="md")
P("murphy_fb", "2026-05-23 19:00", "Stag do for our Jake next weekend. Lord help us.")
P("murphy_fb", "2026-06-22 18:00", "Happy birthday to the one and only [[Imran Khan|sr:S002]] 🎂 (no, not that one)",
  nowork=True)
P("murphy_fb", "2026-06-28 19:00", "Lads' golf day: one ball in a lake, one in a car park, one on the green (not the "
  "one I was aiming at)")
P("murphy_fb", "2026-07-17 20:00", "Had a bit of a clear out of my friends list. Nothing personal!", w="pc:P0023",
  cn=["@kdoyle09", "@dec_hughes"])

# --- S001 Jaspreet Patel (principal) -------------------------------------------------------------------------
P("patel_x", "2025-09-04 17:00", "First INSET of the year done. Real energy in the room ✨", w="si")
P("patel_x", "2025-11-27 18:00", "Delighted to welcome [[Margaret Ellison|sr:G001]] back for another term on our "
  "governing body", w="si")
P("patel_x", "2026-01-05 07:00", "New year, same mission. Let's go.", w="si")
P("patel_x", "2026-02-24 17:00", "Lovely letter from [[Libby|pr:P0005]] in 6R asking for a school dog. The campaign "
  "continues 🐶", w="si")
P("patel_x", "2026-03-11 19:00", "Inspection-ready? We're always ready. (Please don't come this week though.)", w="si")
P("patel_x", "2026-05-13 17:00", "Thank you [[Mr Hollis|sr:G002]] for an excellent finance committee last night",
  w="si")
P("patel_x", "2026-06-09 17:00", "Thank you to [[Gary Smith|par:R002]] for the new planters at the front gate 🌷",
  w="si")
P("patel_fb", "2025-09-14 20:00", "School budgets are at breaking point. That's my view as a private citizen, not an official one.")
P("patel_fb", "2025-10-11 20:00", "Amelia Island? Never heard of it until this week, now it's on my bucket list 🌴")
P("patel_fb", "2025-10-26 19:00", "Diwali preparations underway, rangoli by the kids (mine, not school's 😄)")
P("patel_fb", "2025-11-22 18:00", "[[Leading Hollins Green Academy is the privilege of my working life|si]]. Thank you "
  "to the families who wrote to us this week", w="md")
P("patel_fb", "2025-12-18 17:00", "Our school [[Christmas dinner|ev:-]] today: 310 roast dinners and one very tired "
  "kitchen team 🎄", w="md")
P("patel_fb", "2025-12-27 20:00", "Amazing Grace sung by the whole family after Christmas dinner. My uncle hit notes I "
  "didn't know existed")
P("patel_fb", "2026-01-25 19:00", "Burns Night haggis from Patel's butchers down the road. Yes really. It was excellent.")
P("patel_fb", "2026-02-14 20:00", "Headship is the loneliest job and the best job. Both true at once.", w="md")
P("patel_fb", "2026-03-06 20:00", "Dusted off the bread maker. Result: a brick. A delicious brick.")
P("patel_fb", "2026-03-22 18:00", "Very proud moment: [[Grace Nwachukwu|pr:P0007]]'s letter to the council got the "
  "crossing fixed!", w="md")
P("patel_fb", "2026-04-15 19:00", "Get well soon [[Mrs O'Neill|sr:S003]], the whole team is missing you", w="md")
P("patel_fb", "2026-05-06 18:00", "Happy birthday [[Kieran|pr:P0023]]! Hope college is going well", w="pc:P0023",
  re_="@kdoyle09", nowork=True)
P("patel_fb", "2026-05-31 12:00", "Allotment update: courgettes taking over, send help")
P("patel_fb", "2026-07-05 09:00", "Granddaughter Hope arrived at 3am. Over the moon 💗")

# --- G001 Margaret Ellison (governor) ----------------------------------------------------------------------
P("ellison_fb", "2025-09-16 21:00", "Bridge club: Mo and I won by a mile")
P("ellison_fb", "2025-10-02 16:00", "Mill Lane is gridlocked again at home time, poor Hollins Green parents")
P("ellison_fb", "2025-10-20 19:00", "Lovely afternoon tea with [[Peter Hollis|sr:G002]] and his wife, thank you both")
P("ellison_fb", "2025-11-08 12:00", "Poppy sellers outside Morrisons this morning, lovely to see so many young people "
  "helping")
P("ellison_fb", "2025-12-12 10:00", "Yesterday's [[nativity|ev:E001]] at Hollins Green was a triumph, well done "
  "everyone")
P("ellison_fb", "2025-12-14 20:00", "The parish church carol service was lovely, the Brownies sang beautifully")
P("ellison_fb", "2026-01-13 19:00", "Larry Ellison is no relation, before anyone asks. I wish!")
P("ellison_fb", "2026-02-11 14:00", "[[Spent the morning at Hollins Green in my governor hat|si]], reading with the "
  "little ones. The best part of the job.")
P("ellison_fb", "2026-03-19 20:00", "Breckenridge photos from my son's ski trip, I'm so jealous ⛷")
P("ellison_fb", "2026-04-02 18:00", "My granddaughter Ruby is walking! 🥹")
P("ellison_fb", "2026-05-04 12:00", "Listened to [[Hope|pr:P0010]] and [[Mo|pr:P0008]] read in 3L this morning, both "
  "flying")
P("ellison_fb", "2026-05-28 19:00", "My diary is nothing but governor meetings and grandchildren these days 😄")
P("ellison_fb", "2026-07-04 17:00", "[[I've sat on the board of governors at Hollins Green Academy|si]] for nine "
  "years and today's summer fair was the best yet")
P("ellison_fb", "2026-07-14 18:00", "Sweet peas and roses in full bloom, grace and colour everywhere")

# --- G002 Peter Hollis (governor, bio self-identifies) ----------------------------------------------------------
P("hollis_x", "2025-10-15 20:00", "Budget season. Spreadsheets are my love language 📊", w="si")
P("hollis_x", "2026-01-28 19:00", "Great to read [[Mrs Whitcombe|sr:S006]]'s SEN report at committee, clear and "
  "thorough", w="si")
P("hollis_x", "2026-03-04 18:00", "Our school council reps [[Siobhan|pr:P0011]] and [[Mark|pr:P0016]] grilled the "
  "governors on playground equipment. Tough crowd!", w="si")
P("hollis_x", "2026-04-25 17:00", "Leeds United, why do you do this to me", w="si")
P("hollis_x", "2026-06-17 19:00", "Thanks to [[Mrs O’Neill|sr:S003]] for showing the governors round the new KS1 "
  "garden", w="si")
P("hollis_x", "2026-07-08 20:00", "Thank-you cards for the staff being written this weekend. What a year.", w="si")

# --- office worker, not on the roster (bio self-identifies) -------------------------------------------------
P("office_ig", "2025-09-09 16:00", "Lanyards given out: 84. Lanyards lost: 12. It's only day 5.", w="si")
P("office_ig", "2026-01-14 15:00", "[[Jake Smith|pr:P0002]] came to the office to report the class hamster has escaped. "
  "Again. 🐹", w="si")
P("office_ig", "2026-03-24 15:00", "Cake in the office for my birthday, thank you lovely colleagues 🎂", w="si")
P("office_ig", "2026-05-26 15:00", "The phones have not stopped about sports day tickets (there are no tickets, it's "
  "outside)", w="si")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:], out=OUT, seed=SEED, prefix=PREFIX))
