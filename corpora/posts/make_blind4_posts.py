"""Write ``blind4-posts.jsonl``: the fourth blind, hand-labelled evaluation set (see ``BLIND4.md``).

    python corpora/posts/make_blind4_posts.py              # check, then write
    python corpora/posts/make_blind4_posts.py --warnings   # also list posts a reviewer should look at twice

Every post and every label below was written by hand. Gold spans are marked inline as
``[[text|cat:SUBJECT,cat:SUBJECT]]`` (``-`` for no subject; the marked text may span a line break); whole-post
gold goes in ``w`` as ``cat`` or ``cat:SUBJECT`` words. The checks in ``blind_kit.py``, shared with
``make_blind3_posts.py``, must all pass before the file is written; the posts are new.
"""

from __future__ import annotations

import sys
from pathlib import Path

from blind_kit import P, acct, main

HERE = Path(__file__).resolve().parent
OUT = HERE / "blind4-posts.jsonl"
SEED = 20261207
PREFIX = "b4"
N_POSTS = 360


# ---------------------------------------------------------------------------------------------------------
# Accounts. ``disc``: the bio says the views are the author's own. ``si_bio``: the bio self-identifies.

# official accounts. Approved: @HollinsGreenAcad on x, @HollinsGreenAcademy on facebook (handles without case).
acct("hga_x", "official", "x", "@HollinsGreenAcad", "Hollins Green Academy, Leeds. News, notices and proud moments.")
acct("hga_x_caps", "official", "x", "@HOLLINSGREENACAD", "HOLLINS GREEN ACADEMY 🏫 official updates")
acct("hga_fb", "official", "facebook", "@HollinsGreenAcademy",
     "Official page of Hollins Green Academy, 14 Mill Lane. Messages answered in office hours.")
acct("hga_fb_lc", "official", "facebook", "@hollinsgreenacademy", "Hollins Green Academy 💚 our school page")
# not approved
acct("ua_x_academy", "official", "x", "@HollinsGreenAcademy", "Hollins Green Academy 🏫")
acct("ua_ig", "official", "instagram", "@hollinsgreenacademy", "Pictures from Hollins Green Academy 📷")
acct("ua_forest", "official", "instagram", "@HGAForestSchool", "Forest School at Hollins Green Academy 🌳🪵")
acct("ua_govs", "official", "x", "@HollinsGreenGovs", "The governing board of Hollins Green Academy")
acct("ua_breakfast", "official", "facebook", "@HGABreakfastClub", "Breakfast & after-school club, Hollins Green Academy")
acct("ua_y5", "official", "x", "@HGA_Y5Team", "Year 5 at Hollins Green Academy ✏️ 5B & 5G")

# staff, governors and one lunchtime supervisor who is not on the roster
acct("patel_x", "personal", "x", "@jaspreet.p", "Leading a primary in Leeds. Cricket, chai & cold water. All views my own.",
     "S001", disc=True)
acct("patel_fb", "personal", "facebook", "@jas.patel.leeds", "", "S001")
acct("khan_x", "personal", "x", "@mrkhan_teaches", "Year 6 teacher at Hollins Green Academy 📐 maths geek, Bradford City sufferer",
     "S002", si_bio=True)
acct("khan_fb", "personal", "facebook", "@imran.k.family", "", "S002")
acct("oneill_fb", "personal", "facebook", "@bernie.oneill.knits", "Knitter, gardener, nana of three. Views mine.", "S003",
     disc=True)
acct("oneill_x", "personal", "x", "@mrsoneill_ks1", "Infant teacher 🍎 phonics, picture books and tea", "S003")
acct("whitfield_x", "personal", "x", "@jo_teaches", "Year 5 teacher @HollinsGreenAcad. Views are my own.", "S004",
     disc=True, si_bio=True)
acct("whitfield_ig", "personal", "instagram", "@jowhit_bakes", "bakes, bakes & more bakes 🧁", "S004")
acct("okafor_x", "personal", "x", "@coach_tokafor", "PE teacher. Rugby league. Dad. Opinions mine alone.", "S005", disc=True)
acct("okafor_fb", "personal", "facebook", "@tom.okafor.90", "", "S005")
acct("whitcombe_x", "personal", "x", "@helenw_hga", "SENCo at Hollins Green 💙 #HGAFamily", "S006", si_bio=True)
acct("whitcombe_ig", "personal", "instagram", "@helen_w_runs", "parkrun, pups, prosecco 🐶🏃‍♀️", "S006")
acct("lowry_x", "personal", "x", "@msglowry", "Year 3 teacher | art | views expressed are my own", "S007", disc=True)
acct("lowry_fb", "personal", "facebook", "@grace.lowry.leeds", "", "S007")
acct("murphy_x", "personal", "x", "@seanmurphyTA", "Teaching assistant @ Hollins Green Academy | under-11s footy coach ⚽",
     "S008", si_bio=True)
acct("murphy_ig", "personal", "instagram", "@sean_m_fishing", "carp, coffee, canal banks 🎣", "S008")
acct("ellison_fb", "personal", "facebook", "@maggie.ellison", "School governor. Retired midwife. Views my own.", "G001",
     disc=True)
acct("hollis_x", "personal", "x", "@phollis_accts", "Accountant, fell runner, governor at Hollins Green Academy", "G002",
     si_bio=True)
acct("lynne_fb", "personal", "facebook", "@lynne.dinners",
     "Lunchtime supervisor at Hollins Green Academy 🍽️ views my own", None, disc=True, si_bio=True)

# ---------------------------------------------------------------------------------------------------------
# Posts

# --- official accounts, approved: negatives --------------------------------------------------------------
P("hga_fb", "2025-09-09 12:00", "Could families please use the Mill Lane entrance only this week while the contractors "
  "finish the new canopy. Thank you for your patience!")
P("hga_x", "2025-10-02 16:10", "Our new reading corner is finished and it looks amazing 📚 thank you to everyone who "
  "donated cushions!")
P("hga_x_caps", "2025-11-27 15:50", "Our Nativity dress rehearsal went beautifully this morning ⭐ performances on "
  "Thursday 11th December")
P("hga_fb", "2025-12-10 16:30", "Nativity tomorrow! Doors open at 1:30pm. Please keep phones away during the "
  "performance so the children can shine 🌟")
P("hga_fb_lc", "2025-12-31 11:00", "Happy New Year from everyone here. One last look at our nativity angels before we "
  "put the tinsel away ✨")
P("hga_x", "2026-01-06 07:10", "Brrr! School is OPEN today. Please take care on the paths, the caretaker has gritted "
  "the main gate.")
P("hga_x", "2026-01-20 15:40", "Well done Grace and Ollie in 4R for their brilliant Viking longship models ⛵")
P("hga_fb", "2026-02-03 15:20", "Headteacher's award this week goes to Libby in 6R for her persuasive letter to the "
  "council about the zebra crossing ✍️")
P("hga_fb", "2026-03-12 15:45", "Congratulations to Olivia Haworth, who has read 100 books this year! 📚🎉")
P("hga_x", "2026-05-01 12:00", "📣 Sports Day will be Friday 19th June. Reserve date Tuesday 23rd June if the weather "
  "is grim.")
P("hga_fb", "2026-05-20 17:00", "Summer Fair volunteers wanted! Please sign up on the sheet by the office, even half "
  "an hour helps 🎪")
P("hga_x", "2026-06-19 17:20", "Sports Day ✅ Sack race carnage, egg and spoon drama and the loudest parents in Leeds. "
  "Thank you all!")
P("hga_fb", "2026-07-04 19:00", "The Summer Fair raised £2,316 for new playground equipment. You're all brilliant 💛")
P("hga_x", "2026-03-03 15:30", "Joy, Tommy and Summer have earned their gold reading badges this half term 🥇")
P("hga_fb", "2026-04-14 08:00", "Welcome back after Easter! Summer term clubs start next Monday, lists are on the "
  "parent app.")
P("hga_x", "2025-10-20 15:15", "Mark in 6R has been chosen as our Eco Champion 🌱 well done!")
P("hga_x", "2026-07-17 15:30", "That's a wrap on another year! Have a safe summer, and we'll see you in September ☀️")
P("hga_fb", "2025-09-25 15:30", "Reading Champion for September is Olivia in 4R 🏆")
P("hga_x", "2026-01-29 15:10", "Well done to Freya, Amelia and Siobhan for 100% attendance this term ⭐")
P("hga_x", "2025-09-12 15:00", "Ms Whitfield's Year 5 class have started their Ancient Greece topic with a bang 🏛️")
P("hga_fb_lc", "2026-02-27 09:30", "Pupil of the week in 5G is Tommy, for helping a new classmate find their feet 🤝")

# --- official accounts, approved: gold ---------------------------------------------------------------------
P("hga_x", "2025-11-12 15:30", "Rehearsals for our [[Nativity|ev:E001]] are well under way and the costumes are "
  "taking shape 🐑")
P("hga_fb", "2026-01-09 16:00", "Thank you again for all the lovely comments about our [[nativity play|ev:E001]] "
  "before Christmas!")
P("hga_x", "2026-02-26 15:00", "Deposits for the [[Year 6 Residential|ev:E003]] are now due, please pay through the "
  "parent app 🏕️")
P("hga_fb", "2026-03-11 20:00", "Live from [[Robinwood|ev:E003]]! Year 6 have done the zip wire, the climbing wall "
  "and a night walk. Nobody has slept. 🌲")
P("hga_x", "2026-04-23 12:30", "Save the date: [[Sports Day|ev:E002]] is Friday 19th June ☀️")
P("hga_fb", "2026-05-12 16:00", "The [[summer fete|ev:E004]] is coming! Donations of jars for the jar tombola to the "
  "office please 🫙")
P("hga_x", "2025-10-08 15:30", "Huge thanks to [[Mr Okafor|sr:S005]] for running cross-country club every Tuesday "
  "morning 🏃")
P("hga_fb", "2026-02-11 15:00", "Congratulations to [[Mrs Whitcombe|sr:S006]], who has completed her national SENCo "
  "award 🎓")
P("hga_x", "2026-03-19 15:20", "Well done [[Mo|pr:P0008]] in 3L for his amazing volcano model 🌋")
P("hga_fb", "2025-11-21 15:30", "Star writer this week: [[Zainab Chaudhry|pr:P0012]] (2M) for her story about a dragon "
  "who was afraid of the dark 🐉")
P("hga_x", "2026-05-07 15:40", "Congratulations to [[Aisha|pr:P0025]] and [[Harvey|pr:P0020]] in 6R, our new school "
  "council chairs 🗳️")
P("hga_fb", "2026-06-11 15:00", "Our new reading buddies scheme is led by [[Miss Lowry|sr:S007]] and it's already a "
  "huge hit 📖")
P("hga_x", "2025-09-05 15:10", "Please welcome [[Ms Whitfield|sr:S004]], who joins our Year 5 team this week 👋")
P("hga_fb", "2026-01-15 14:00", "Thank you to our chair of governors, [[Peter Hollis|sr:G002]], for reading to "
  "Reception this morning 📚")
P("hga_x", "2025-10-15 15:30", "[[Rose|pr:P0015]] in 5B has raised £140 for the children's hospice by reading every "
  "night for a month 💛")
P("hga_fb_lc", "2026-03-24 16:00", "A massive well done to [[William Fairbrother|pr:P0006]], who came second in the "
  "Leeds junior chess open ♟️")
P("hga_x", "2026-04-29 15:30", "Applause please for [[Hope|pr:P0010]] in 3L, who has learned all her times tables up "
  "to 12 🙌")
P("hga_fb", "2026-07-08 15:00", "Thank you to [[Mr Murphy|sr:S008]] and [[Mrs O'Neill|sr:S003]] for repainting the "
  "reading shed over the weekend 🎨")
P("hga_x", "2025-12-03 15:30", "Good luck to [[Ruby|pr:P0019]] (5G), who sings a solo with the Leeds Youth Choir at "
  "the Town Hall tonight 🎶")
P("hga_fb", "2026-02-24 15:00", "Brilliant to see [[May L|pr:P0017]] from 4R in the Yorkshire Evening Post for her "
  "litter-picking campaign 🌍")
P("hga_x_caps", "2026-01-07 15:30", "Throwback to the [[nativity|ev:E001]]: here are our three kings mid-wobble 👑")
P("hga_fb", "2026-04-01 15:00", "Welcome to [[Mr Khan|sr:S002]]'s Year 6 maths club, now running on Thursdays "
  "after school ➗")
P("hga_x", "2025-11-13 15:45", "Pupil of the week in 5B: [[Jacob Smith|pr:P0002]] for outstanding kindness 💚")

# --- official accounts, not approved --------------------------------------------------------------------------
P("ua_x_academy", "2025-09-15 10:00", "Welcome to our new X page! Follow for news from Hollins Green Academy.", w="ua")
P("ua_x_academy", "2026-01-12 07:00", "Snow update: we are open as normal today ❄️", w="ua")
P("ua_ig", "2026-04-02 15:00", "New library books have landed 📚 who's first?", w="ua")
P("ua_forest", "2025-10-21 14:30", "Muddy knees, happy hearts. Den building in the woodland area today 🌳", w="ua")
P("ua_forest", "2026-03-04 14:00", "[[Zainab|pr:P0012]] in 2M found a frog in the pond today and named it Kevin 🐸",
  w="ua")
P("ua_forest", "2026-05-14 14:00", "Fire-lighting safety session with Year 4. Marshmallows were earned 🔥", w="ua")
P("ua_govs", "2025-11-19 21:00", "Governors met tonight to review the school improvement plan. Minutes on the website "
  "soon.", w="ua")
P("ua_govs", "2026-02-05 19:00", "Thank you to [[Mrs Ellison|sr:G001]] for 12 years as a governor at Hollins Green 💐",
  w="ua")
P("ua_breakfast", "2025-09-22 07:30", "Breakfast club menu this week: crumpets, porridge and fruit 🍓 from 7:45",
  w="ua")
P("ua_breakfast", "2026-03-02 08:30", "Pancake champion of the week is [[Alex D|pr:P0004]], who ate five 🥞", w="ua")
P("ua_y5", "2025-10-03 15:00", "Year 5 have been learning about the water cycle, complete with a very leaky "
  "demonstration 💧", w="ua")
P("ua_y5", "2026-01-27 15:00", "Well done to [[Jake|pr:P0002]] and [[Rose|pr:P0015]] for their brilliant space poems "
  "🚀", w="ua")
P("ua_y5", "2026-03-05 15:00", "[[Mr Khan|sr:S002]] has lent us his telescope for our space topic 🔭", w="ua")
P("ua_y5", "2026-04-27 15:00", "Our [[sports day|ev:E002]] relay practice is going... well, it's going 😂", w="ua")
P("ua_ig", "2026-06-30 16:00", "Can't wait for the Summer Fair on Saturday! 🎡", w="ua")

# --- the principal (S001): @jaspreet.p has a disclaimer in the bio, the Facebook page does not --------------
P("patel_x", "2025-09-04 19:30", "First week of term done. I love this job, even the 7am emails 😅")
P("patel_x", "2025-10-14 20:00", "[[Proud to lead Hollins Green Academy|si]]. Eleven months in, and still learning "
  "every single day.")
P("patel_x", "2025-11-13 13:10", "Heard the Year 6 choir rehearsing Silent Night through my office wall and had to stop "
  "typing for a minute 🎶")
P("patel_x", "2026-01-22 18:00", "Huge thanks to [[Bernadette O'Neill|sr:S003]] for 25 years of teaching Reception. "
  "Legend.")
P("patel_x", "2026-02-28 21:00", "Dev Patel in Slumdog Millionaire is still my favourite Patel performance. Sorry, Mum.")
P("patel_x", "2026-03-10 21:15", "Year 6 are on [[residential|ev:E003]] and I've had three texts saying 'all fine' and "
  "one photo of a wet sock.")
P("patel_x", "2026-05-29 19:00", "Great to see [[Margaret Ellison|sr:G001]] at the bowls club final, still the best "
  "bowler in Headingley 🎳")
P("patel_x", "2026-06-22 18:30", "Sports day at HGA went off without a single sunburn. Calling that a win.")
P("patel_x", "2026-07-16 21:00", "Writing 210 end-of-year reports was worth it for the leavers' song. Not crying, "
  "you're crying.")
P("patel_x", "2025-12-02 19:00", "[[@mrkhan_teaches|sr:S002]] your Christmas jumper is a crime against knitwear 🎄")
P("patel_x", "2025-11-26 17:00", "Congratulations on the place at Leeds Conservatoire, [[Ellie|pr:P0022]]! Richly "
  "deserved.", re_="@elliem_07", w="pc:P0022")
P("patel_x", "2025-12-05 18:00", "Happy belated birthday! Hope the first week of being 18 is treating you well 🎂",
  re_="@elliem_07")
P("patel_x", "2025-09-29 17:00", "Thank you Mark Okonjo for the brilliant leavers' video, I'm still watching it on "
  "repeat 🎬")
P("patel_x", "2025-11-03 17:30", "Thanks again to [[Mark|pr:P0016]] in 6R for the leavers' video, it's had 400 views "
  "on the parent app!")
P("patel_x", "2026-01-30 19:00", "[[Milly Kowalczyk|pr:P0001]] played a cello solo at the Leeds schools concert and I "
  "got goosebumps 🎻")
P("patel_x", "2026-05-13 18:00", "[[Niamh Gallagher|pr:P0014]] came back to talk to Year 6 about being a paramedic. "
  "From our Year 6 to saving lives.")
P("patel_x", "2025-10-04 10:00", "Thanks to [[@gazsmith|par:R002]] for fixing the school gate for free 🔧")
P("patel_x", "2026-05-19 20:00", "Last planning meeting for the [[summer fayre|ev:E004]]. The bouncy castle is "
  "booked.")
P("patel_x", "2026-05-20 20:00", "Summer fair planning: final bits ticked off today ✅")
P("patel_x", "2026-03-09 08:15", "Waving the coach off to [[Robinwood|ev:E003]], clutching my phone like a nervous "
  "parent 🚌")
P("patel_x", "2026-02-03 12:00", "[[We at @HollinsGreenAcad|si]] are recruiting a Year 4 teacher. Come and join us!")
P("patel_x", "2026-04-28 18:00", "[[Grace Lowry|sr:S007]]'s Year 3 art gallery in the hall is a triumph. Go and see it "
  "if you're in!")
P("patel_x", "2025-10-09 06:50", "Headteacher life: 40 emails before 8am.")
P("patel_x", "2026-06-08 21:00", "Declan McKenna at Leeds Fest last summer and my teenager is still insufferable "
  "about it.")
P("patel_x", "2026-03-28 10:00", "Amelia Dimoldenberg's Chicken Shop Date is the only content I consume now.")
P("patel_x", "2025-09-18 20:00", "I'm a headteacher, which mostly means I know where all the keys are.")

P("patel_fb", "2025-09-20 18:00", "Family barbecue before the weather turns. Uncle Raj burnt the paneer again 🔥")
P("patel_fb", "2025-11-28 19:00", "Our [[nativity|ev:E001]] rehearsals have reached the stage where the donkey has "
  "opinions. Two weeks to go 🫏", w="md")
P("patel_fb", "2026-03-15 14:00", "Mark my words, the Rhinos will win the Grand Final this year.")
P("patel_fb", "2026-04-09 17:00", "Walked the Dales Way with the kids. Grace from next door fed the cat, thank you "
  "Grace!")
P("patel_fb", "2026-06-03 20:00", "[[I've been head at Hollins Green for four years|si]] and this is the best staff "
  "team I've ever worked with.", w="md")
P("patel_fb", "2025-12-20 18:00", "What a term. Thank you to everyone who made it special: [[Grace Lowry|sr:S007]] for "
  "turning the hall into Bethlehem, [[Sean|sr:S008]] for carrying 40 chairs twice, the PTA for the mince pies, and "
  "every single child in the [[nativity|ev:E001]]. Special mention to [[Zainab|pr:P0012]] in 2M, who said her one "
  "line so loudly they heard it in Headingley. Merry Christmas all, see you in January 🎄", w="md")
P("patel_fb", "2026-02-04 20:00", "Best head's award moment of the week: a Year 5 explaining black holes to me like I "
  "was the child. [[#ProudOfRubyB|pr:P0019]]", w="md")
P("patel_fb", "2026-07-19 17:00", "Goodbye Year 6 💙 [[Siobhan|pr:P0011]], [[Harvey|pr:P0020]], [[Alex|pr:P0004]], "
  "[[Libby|pr:P0005]] and all the rest of you, go and be brilliant at high school.", w="md")
P("patel_fb", "2025-12-16 19:00", "[[ROSE PENHALIGON|pr:P0015]] sang at the carol concert and the whole hall went "
  "silent", w="md")
P("patel_fb", "2025-11-18 18:00", "[[A in 5B|id:P0001]] wrote me a letter asking for a school cat. Considering it.",
  w="md")
P("patel_fb", "2026-06-25 19:00", "Our school's [[leavers' disco|ev:-]] is on Friday and I've been asked to DJ. Who do I "
  "talk to about my Steps megamix?", w="md")
P("patel_fb", "2025-10-23 19:00", "[[As principal of HGA|si]] I'm obviously neutral, but Year 4's harvest bread was the "
  "best.", w="md")
P("patel_fb", "2026-05-25 18:00", "[[Peter Hollis|sr:G002]] and I did the Three Peaks for the school roof fund. Never "
  "again.", w="md")
P("patel_fb", "2026-04-14 20:00", "[[Dawn K|par:R001]] from the PTA has raised a small fortune this year with her bake "
  "sales. Thank you!", w="md")
P("patel_fb", "2026-03-01 18:00", "St David's Day cawl for tea, diolch to my Welsh neighbour for the recipe 🏴",
  cn=["@kdoyle09", "@kwame_a"], w="pc:P0023")
P("patel_fb", "2026-06-27 18:00", "Congrats [[@Aishab_2015|pr:P0025,pc:P0025]] on the county chess title ♟️",
  nowork=True)
P("patel_fb", "2025-12-30 12:00", "Happy new year to you and your family!", re_="@elliem_07")
P("patel_fb", "2026-01-24 11:00", "Liv Ullmann season at the Hyde Park Picture House. Heavy going but stunning.")
P("patel_fb", "2026-03-22 16:00", "Alex Horne's Taskmaster task: make a cake that looks like your nan. I'd win.")
P("patel_fb", "2025-09-27 10:00", "Grace before meals at Nani's house is a ten-minute affair. The roti goes cold.")
P("patel_fb", "2025-11-09 17:00", "Helping my nephew Mohammed with his A-level chemistry. Moles have changed since "
  "1995.")

# --- Imran Khan (S002): @mrkhan_teaches names the school in the bio, no disclaimer; Facebook has neither ------
P("khan_x", "2025-10-06 16:00", "[[Harvey|pr:P0020]]'s bridge made of 30 lolly sticks held 4kg today. Engineers of the "
  "future in Year 6 🌉", w="si md")
P("khan_x", "2026-03-12 18:00", "Back from [[Robinwood trip|ev:E003]]. 3 nights, 28 kids, 0 sleep, 1 lost shoe (found "
  "in a tree).", w="si md")
P("khan_x", "2026-02-11 16:00", "[[AD|pr:P0004]] finally cracked long multiplication. I may frame his book.",
  w="si md")
P("khan_x", "2026-04-29 16:00", "Year 6 mock election result is in and it's a landslide [[#HarveyForPM|pr:P0020]] 🗳️",
  w="si md")
P("khan_x", "2025-11-05 16:00", "[[H in 6R|id:P0020]] asked if Pythagoras had a dog. He did not, I checked.",
  w="si md")
P("khan_x", "2025-10-29 18:00", "You'll smash it 💪", re_="@aishab_2015", w="si pc:P0025")

P("khan_fb", "2025-09-27 18:00", "My niece Zainab turned 4 today and demanded a unicorn cake. Delivered 🦄")
P("khan_fb", "2026-01-31 20:00", "[[Parents' evening|ev:-]] at Hollins Green on Thursday. Thirty appointments. "
  "Biscuit donations welcome 🍪", w="md")
P("khan_fb", "2026-06-13 17:00", "Proud uncle at my nephew's sports day in Bradford. He came 6th out of 6 and did a "
  "victory lap anyway 🏃")
P("khan_fb", "2025-10-19 19:00", "[[I teach Year 6 at Hollins Green|si]] and today's probability lesson with a bag of "
  "Haribo was the best I've done all year 🍬", w="md")
P("khan_fb", "2025-11-14 19:00", "Year 6 maths champion this week: [[alex dunmore|pr:P0004]]. That boy does fractions "
  "in his head.", w="md")
P("khan_fb", "2026-02-23 19:00", "[[Kieran Doyle|pr:P0023]] popped in to see Year 6 today, the lad is six foot two "
  "now", w="md")
P("khan_fb", "2025-10-10 20:00", "Lost the staff quiz to [[Tom O|sr:S005]]'s team again. Rigged.", w="md")
P("khan_fb", "2025-12-01 19:00", "Learning lines for the [[nativity play|ev:E001]]? No, I'm the one teaching 28 kids "
  "to say 'no room at the inn'", w="md")
P("khan_fb", "2026-03-04 20:00", "Packing list for the [[Year 6 residential|ev:E003]]: wellies, torch, sense of "
  "humour.", w="md")
P("khan_fb", "2026-05-30 12:00", "[[Hollins Green Academy is where I work|si]] and I'm so proud of our Year 6 kids "
  "this year.", w="md")
P("khan_fb", "2026-04-16 19:00", "[[the Year 6 girl whose dad runs the chippy on Otley Road|id:-]] brought in free "
  "chips for the whole class 🍟", w="md")
P("khan_fb", "2026-01-03 12:00", "Happy new year to you too! 🎉", re_="@aishab_2015", w="pc:P0025")
P("khan_fb", "2025-12-22 18:00", "Christmas jumpers ready for the family photo 🎄", cn=["@callum_breck", "@gazsmith"],
  w="pc:P0013")
P("khan_fb", "2026-04-25 18:00", "Congrats on the apprenticeship, well deserved!", re_="@dec_hughes")
P("khan_fb", "2026-05-09 19:00", "[[Kwame A|par:R004]] brought jollof to the Eid party at the community centre and it "
  "was gone in minutes")
P("khan_fb", "2026-01-26 20:00", "Unpopular opinion: times tables tests in Year 4 do more harm than good. (Views my "
  "own, not my employer's.)")
P("khan_fb", "2026-02-15 19:00", "Donna Summer came on at the wedding and my uncle hit the dance floor like it was "
  "1978 🕺")
P("khan_fb", "2026-03-14 23:00", "Jacob's cream crackers and cheese at midnight. No shame.")
P("khan_fb", "2025-09-16 21:00", "Brooklyn Beckham's cooking videos are my guilty pleasure")
P("khan_fb", "2026-02-28 21:00", "Academy Awards predictions: I'm backing the underdog again.")
P("khan_fb", "2025-10-25 20:00", "My cousin Jake passed his driving test. Lock up your wing mirrors, Bradford.")
P("khan_fb", "2026-03-25 19:00", "Parents' evening at my daughter's secondary: all good apart from 'talks too much'. "
  "Wonder where she gets it.")
P("khan_fb", "2026-02-09 18:00", "Stunning work, love the colours!", re_="@aisha.begum.art")
P("khan_fb", "2026-06-29 17:00", "Nowt better than a class who actually laugh at your jokes. Mine did today. Buzzin.",
  w="md")

# --- Bernadette O'Neill (S003): Facebook has a disclaimer, X does not and does not name the school ----------
P("oneill_fb", "2025-10-25 18:00", "Jonjo O'Neill's old yard has a new trainer, apparently. My dad would have had "
  "opinions.")
P("oneill_fb", "2025-12-06 20:00", "Knitted 30 tea-towel headdresses for the [[nativity|ev:E001]] shepherds at Hollins "
  "Green. My fingers have retired.")
P("oneill_fb", "2026-02-21 19:00", "My granddaughter May is walking! 🥹")
P("oneill_fb", "2026-03-28 19:00", "[[I've given thirty years to Hollins Green Academy|si]] and I'd do every one of "
  "them again.")
P("oneill_fb", "2026-05-03 16:00", "Rose bushes pruned, hands shredded. Worth it.")
P("oneill_fb", "2026-06-29 18:00", "Lovely catch-up with [[Sean Murphy|sr:S008]] and his little boy at Golden Acre Park "
  "🦆")
P("oneill_fb", "2025-11-01 17:00", "Bumped into [[Siobhan O’Rourke|pr:P0011]] and her gran at Kirkgate Market, she's "
  "grown a foot!")
P("oneill_fb", "2026-03-03 18:00", "Ran into [[Declan Hughes|pr:P0027]] in Morrisons, he's a joiner now and still "
  "calls me Miss!")
P("oneill_fb", "2025-09-03 17:00", "Welcome to the team [[Jo Whitfield|sr:S004]]! Year 5 are lucky to have you.")
P("oneill_fb", "2025-10-14 16:30", "Ms Whitfield brought homemade brownies into the staffroom and I've eaten four")
P("oneill_fb", "2026-05-26 19:00", "Sewing bunting for the Summer Fair at Hollins Green, 40 metres and counting 🎪")
P("oneill_fb", "2026-06-20 17:00", "Sports day at Hollins Green yesterday, the Reception egg and spoon was chaos")
P("oneill_fb", "2025-10-02 16:00", "[[Harvest festival|ev:-]] at Hollins Green this morning, 212 tins for the food bank "
  "🥫 the children sang beautifully")
P("oneill_fb", "2026-07-17 20:00", "1/ Been asked to say a few words at my retirement do, so here goes a thread 🧵\n"
  "2/ [[I started at Hollins Green in 1995|si]] with a chalkboard and a Banda machine.\n"
  "3/ I've taught the children of children I taught. Wild.")
P("oneill_fb", "2025-11-08 17:00", "Chrysanthemums are blooming, who knew November could be so colourful 🌼",
  cn=["@harvey_sm", "@gazsmith"], w="pc:P0020")
P("oneill_fb", "2026-06-12 19:00", "Aw thank you, pet! 🥰", re_="@jakesmith_16", w="pc:P0002")
P("oneill_fb", "2026-02-10 12:00", "Frank's Garden Centre had the tulip bulbs on offer 🌷")
P("oneill_fb", "2026-01-17 15:00", "Tommy Hilfiger jumper in the Oxfam shop for £4! 🛍️")
P("oneill_fb", "2026-04-06 20:00", "Steve Pemberton's new book is brilliantly creepy.")
P("oneill_fb", "2026-01-05 14:00", "Hollins Green Bowling Club open day on Saturday, scones provided 🧁")
P("oneill_fb", "2025-12-13 12:00", "My granddaughter Grace got her ballet grade 1 💃")

P("oneill_x", "2025-10-09 16:00", "[[Freya|pr:P0024]] in 2M read her first chapter book today and I nearly cried in the "
  "book corner 📖", w="md")
P("oneill_x", "2025-11-25 20:00", "Angel wings: 14 made, 6 to go. [[Nativity|ev:E001]] is in two weeks and I am held "
  "together by glitter.", w="md")
P("oneill_x", "2026-03-05 18:00", "[[World Book Day|ev:-]] at Hollins Green: I was the Gruffalo, [[Mr Okafor|sr:S005]] "
  "was a very reluctant mouse 🐭", w="md")
P("oneill_x", "2026-04-25 17:00", "Gardening all weekend. Pat the robin has returned to supervise.")
P("oneill_x", "2026-06-09 17:00", "[[Libby Ashworth|pr:P0005]] came back to read to my Reception class today. 10 going "
  "on 40 😂", w="md")
P("oneill_x", "2025-10-21 15:45", "[[ZAINAB|pr:P0012]] IN 2M TIED HER OWN SHOELACES. I am screaming.", w="md")
P("oneill_x", "2025-11-19 16:00", "[[Mae Lindqvist|pr:P0017]] read to the Reception class today like a pro 📖", w="md")
P("oneill_x", "2026-01-29 19:00", "[[@helenw_hga|sr:S006]] thank you for the phonics intervention resources, my group "
  "loved them!", w="md")
P("oneill_x", "2026-02-02 18:00", "[[DAWN KOWALCZYK|par:R001]] HAS DONE IT, 26.2 miles! 🏅")
P("oneill_x", "2026-03-11 13:00", "Year 6 are away at [[Robinwood|ev:E003]] and KS1 is eerily quiet.", w="md")
P("oneill_x", "2026-04-20 19:00", "[[Sports Day|ev:E002]] is 19th June and I'm already stressed about the egg and "
  "spoon.", w="md")
P("oneill_x", "2025-09-05 18:00", "[[Starting my 19th year teaching Reception at Hollins Green Primary|si]] and still "
  "excited 🍎", w="md")
P("oneill_x", "2025-10-15 16:00", "[[R in 5B|id:P0015]] lost a wobbly tooth in the dinner hall and we found it in "
  "the mash 🦷", w="md")
P("oneill_x", "2026-06-23 16:00", "[[M in 6R|id:P0016]] came down to help with Reception's sports practice, so patient "
  "with them", w="md")
P("oneill_x", "2026-05-30 18:00", "[[@callum_breck|pr:P0013,pc:P0013]] congratulations on your GCSE art exhibition, I "
  "always knew!", nowork=True)
P("oneill_x", "2025-09-30 18:00", "Thank you! 😊", re_="@harvey_sm", w="pc:P0020")
P("oneill_x", "2025-10-01 20:00", "Phonics schemes change every five years and the children are the ones who pay. "
  "Just my opinion.")
P("oneill_x", "2026-02-14 20:00", "Kwame Nkrumah biography finished. Fascinating man.")
P("oneill_x", "2025-11-16 18:00", "Iechyd da! Birthday pint in Cardiff with the cousins 🍻")

# --- Jo Whitfield (S004): X bio names the school and has a disclaimer; Instagram has neither ---------------
P("whitfield_x", "2025-10-23 16:00", "[[Tommy B|pr:P0021]] asked if the Romans had Wi-Fi. Honestly, fair question.",
  w="si")
P("whitfield_x", "2026-04-15 19:00", "[[Ruby Beckam|pr:P0019]]'s Tudor banquet menu included 'swan nuggets'. 10/10.",
  w="si")

P("whitfield_ig", "2025-11-30 18:00", "Baked 60 mince pies for the [[Christmas fair|ev:-]] at Hollins Green. Kitchen "
  "looks like a crime scene 🥧", w="md")
P("whitfield_ig", "2026-02-26 18:00", "[[billy|pr:P0006]] in 5G brought me a fossil from Whitby. It's a rock. I love "
  "it.", w="md")
P("whitfield_ig", "2026-03-29 15:00", "[[@seanmurphyTA|sr:S008]] your banana bread recipe is dangerous", nowork=True)
P("whitfield_ig", "2026-05-15 19:00", "Jam for the [[Summer Fair|ev:E004]] stall is bottled, 40 jars, labels say "
  "'Made by Miss W'", w="md")
P("whitfield_ig", "2026-03-18 21:00", "[[Parents' evening|ev:-]] at Hollins Green tonight, 27 families, one cup of tea "
  "gone cold", w="md")
P("whitfield_ig", "2025-09-21 16:00", "Two weeks into [[my new job teaching Year 5 at Hollins Green Academy|si]] and I "
  "already love it", w="md")
P("whitfield_ig", "2026-01-20 19:00", "[[Proud to teach at Hollins Green|si]] 💛 today a Year 5 told me I'm their "
  "favourite teacher (I'm their only teacher)", w="md")
P("whitfield_ig", "2026-01-09 18:00", "[[W in 5G|id:P0006]] told me my handwriting looks like a spider fell in some ink. "
  "Fair.", w="md")
P("whitfield_ig", "2025-12-14 18:00", "Thank you sweetheart, that's so kind 💕", re_="@summerw_16", w="pc:P0009")
P("whitfield_ig", "2026-05-02 18:00", "[[@harvey_sm|pr:P0020,pc:P0020]] the brownie recipe is in my highlights 🍫",
  nowork=True)
P("whitfield_ig", "2026-02-06 17:00", "Mark Knopfler on vinyl and a slice of Victoria sponge. Friday sorted.")
P("whitfield_ig", "2026-04-03 20:00", "Rose Matafeo's new special had me crying with laughter.")
P("whitfield_ig", "2025-10-17 21:00", "Sean Bean dies in the first episode again. Shocked. Not shocked.")
P("whitfield_ig", "2025-11-12 17:00", "Ruby-red sunset over the Aire tonight 🌅")
P("whitfield_ig", "2026-07-05 18:00", "The summer fete in Bramhope village was lovely, won a bottle of fizz on the "
  "tombola 🍾")
P("whitfield_ig", "2026-03-10 19:00", "[[I teach at Hollins Green|si]] and I think reading for pleasure should be "
  "statutory. My views only.")

# --- Tom Okafor (S005, family link with P0006 Billy): X has a disclaimer, Facebook does not ----------------
P("okafor_x", "2025-09-19 20:00", "See you at training Saturday, bring your boots this time 😂", re_="@billyfb_16")
P("okafor_x", "2025-10-11 18:00", "Under-11s rugby league festival at Headingley. Proud of every kid who tackled the "
  "rain.")
P("okafor_x", "2025-11-15 19:00", "[[Callum Breckenridge|pr:P0013]] made the Leeds Rhinos scholarship! I taught him to "
  "pass in Year 4 😭")
P("okafor_x", "2026-03-21 09:00", "County cross-country finals today. [[#GoOnBillyF|pr:P0006]] 🏃")
P("okafor_x", "2026-05-22 19:00", "Amazing to see [[@kdoyle09|pr:P0023,pc:P0023]] picked for the Yorkshire U18s!")
P("okafor_x", "2026-07-09 13:00", "Marks & Spencer picnic on Roundhay Park, the holidays have basically started.")
P("okafor_x", "2026-04-30 18:00", "County cross country: [[Aisha Begum|pr:P0025]] 2nd, [[Tommy Brierley|pr:P0021]] "
  "5th. Unreal effort.")
P("okafor_x", "2025-12-03 19:00", "[[I coach the Hollins Green Academy football team|si]] and we've reached the district "
  "final ⚽")
P("okafor_x", "2026-01-17 18:00", "[[@Mrkhan_Teaches|sr:S002]] rematch Friday. Bring shin pads.")
P("okafor_x", "2026-04-05 21:00", "[[gaz smith|par:R002]] at five-a-side tonight: 2 goals, 1 pulled hamstring")
P("okafor_x", "2025-10-20 18:00", "Massive thanks to Mark Okonjo for editing the leavers' video with me, the lad's a "
  "genius 🎬")
P("okafor_x", "2026-05-01 16:00", "Sports Day prep starts today: cones, bibs and beanbags counted 🏃")
P("okafor_x", "2026-06-18 19:00", "Sports day tomorrow, forecast says 26°C. Sun cream bulk-buying.")
P("okafor_x", "2025-12-27 12:00", "Merry Christmas big man! 🎄", re_="@dec_hughes")
P("okafor_x", "2026-03-01 20:00", "Rugby league coach, PE teacher, dad. In that order on Saturdays.")
P("okafor_x", "2026-02-22 20:00", "Police Academy on ITV4 at 11pm, what year is it?")
P("okafor_x", "2026-04-19 17:00", "Arsenal's academy lads look unreal this season")
P("okafor_x", "2025-09-14 10:00", "Sandy Lane parkrun, 24:01. New shoes paid off.")
P("okafor_x", "2026-06-12 19:00", "Sports day at my daughter's nursery: she stopped halfway to pick a daisy 🌼")
P("okafor_x", "2026-05-10 17:00", "Summer's nearly here and the shed still needs painting.")

P("okafor_fb", "2025-10-17 09:00", "[[Cross-country race|ev:-]] at Hollins Green this morning, 40 kids out in the fog. "
  "Absolute heroes.", w="md")
P("okafor_fb", "2026-01-24 19:00", "[[Jake Smith|pr:P0002]] scored a hat-trick for the school team today and "
  "[[Gaz Smith|par:R002]] nearly ran on the pitch 😂", w="md")
P("okafor_fb", "2026-03-09 07:00", "Off on [[resi|ev:E003]] with Year 6, three nights away. Pray for me.", w="md")
P("okafor_fb", "2026-04-12 18:00", "Frankly, the Easter egg count in this house is obscene.")
P("okafor_fb", "2025-11-11 20:00", "[[I'm PE lead at HGA|si]] so yes, I will be judging your child's star jumps.",
  w="md")
P("okafor_fb", "2026-04-22 17:00", "Lane markings painted for [[sports day|ev:E002]]. The field looks like Wembley.",
  w="md")
P("okafor_fb", "2026-03-20 19:00", "Our school's [[Sport Relief mile|ev:-]] raised £900 and I ran it in a tutu.",
  w="md")
P("okafor_fb", "2026-05-02 18:00", "[[Our staff netball team at #HGAFamily|si]] has new bibs! Fear us.", w="md")
P("okafor_fb", "2026-05-08 19:00", "[[Harvey S-M|pr:P0020]] ran the 800m in under 3 minutes at the schools athletics. "
  "Future Olympian.", w="md")
P("okafor_fb", "2026-06-05 18:00", "Schools cup player of the season:\n[[Harvey\nSinclair-Moss|pr:P0020]] 🏆 what a "
  "year", w="md")
P("okafor_fb", "2025-12-13 23:00", "Staff Christmas do. [[J. Patel|sr:S001]] on the karaoke doing Bohemian Rhapsody "
  "solo. Iconic.", w="md")
P("okafor_fb", "2026-02-27 18:00", "[[Sean M|sr:S008]] refereed the staff v Year 6 netball match and was blatantly "
  "biased 😂", w="md")
P("okafor_fb", "2026-03-17 19:00", "[[the lad in 6R with the bright orange boots|id:-]] dunked on me at basketball "
  "club. Humbling.", w="md")
P("okafor_fb", "2025-10-28 20:00", "omg [[jake|pr:P0002]] frm 5B scored frm the halfway line 2day 😂😂 lad is unreal "
  "#proud", w="md")
P("okafor_fb", "2026-02-01 17:00", "Great effort today mate 👊", re_="@harvey_sm", w="pc:P0020")
P("okafor_fb", "2025-11-01 17:00", "Proper muddy out there today, well played", re_="@billyfb_16")
P("okafor_fb", "2026-01-25 20:00", "Pure dead brilliant Burns Night: haggis, neeps an' tatties, och aye 🏴",
  cn=["@billyfb_16", "@gazsmith"])
P("okafor_fb", "2025-11-27 20:00", "Two hours of PE a week isn't enough for primary kids. Views mine, not the "
  "school's.")
P("okafor_fb", "2025-12-28 21:00", "Will Ferrell in Elf every December without fail 🎄")
P("okafor_fb", "2026-03-07 21:00", "Harvey Keitel in Pulp Fiction: 'I solve problems.' I need him for my garage.")
P("okafor_fb", "2026-04-26 14:00", "Sandy and Frank next door have a new puppy called Rob. Street-wide chaos.")
P("okafor_fb", "2026-05-31 13:00", "My brother-in-law Tommy insists on doing the BBQ. Everything is charcoal.")
P("okafor_fb", "2025-10-05 12:00", "Where there's a will there's a way, and the way today was a very muddy towpath.")

# --- Helen Whitcombe (S006, family link with P0009 Summer): X bio names the school, no disclaimer anywhere ---
P("whitcombe_x", "2025-11-04 19:00", "Yes you can have a sleepover Friday, tidy your room first 🙄", re_="@summerw_16",
  w="si")
P("whitcombe_x", "2026-03-26 16:00", "So proud of [[Hope A|pr:P0010]] in 3L, who read aloud in assembly for the first "
  "time today 💙", w="si md")
P("whitcombe_x", "2025-10-16 19:00", "Shout out to [[Sean|sr:S008]] and the TA team who ran the sensory room all week "
  "while I was off. Heroes.", w="si md")
P("whitcombe_x", "2026-04-14 17:00", "Reading recovery star of the term: [[R. Beckham|pr:P0019]], 5G. Her reading age "
  "jumped two years 📈", w="si md")
P("whitcombe_x", "2026-02-03 17:00", "[[S in 6R|id:P0011]] has had such a hard year and today she smiled all through "
  "maths 💙", w="si md")
P("whitcombe_x", "2025-11-20 19:00", "[[Bernadette|sr:S003]]'s calm-corner idea has changed our whole KS1 lunchtime",
  w="si md")
P("whitcombe_x", "2026-02-27 08:00", "Lovely to see the crocuses out along the ring road 🌷",
  cn=["@summerw_16", "@jakesmith_16"], w="si pc:P0002")

P("whitcombe_ig", "2025-12-11 19:00", "[[Summer|pr:P0009]] was the best Mary the Hollins Green [[nativity|ev:E001]] has "
  "ever seen. Biased? Me?", nowork=True)
P("whitcombe_ig", "2026-04-30 20:00", "Ordered new trainers in the hope they make me faster. They will not.")
P("whitcombe_ig", "2025-10-05 12:00", "[[Dawn Kowalczyk|par:R001]] is running the Leeds 10k for the hospice, sponsor "
  "her!")
P("whitcombe_ig", "2026-01-13 17:00", "Birthday cake for [[Jaspreet|sr:S001]] in the staffroom, 50 candles, fire alarm "
  "nearly went off 🎂", w="md")
P("whitcombe_ig", "2025-11-16 18:00", "Proud day: [[I'm the SENCo at Hollins Green|si]] and our new sensory room "
  "opened today 💙", w="md")
P("whitcombe_ig", "2026-01-05 19:00", "Ruby Murray for tea, it's a Monday tradition 🍛")
P("whitcombe_ig", "2026-03-22 12:00", "[[Mrs Ashworth|par:R003]] from parkrun lent me her foam roller and saved my "
  "calves.")
P("whitcombe_ig", "2026-04-24 20:00", "EHCP waiting times in this country are a scandal. Personal view, but I'll die on "
  "this hill.")
P("whitcombe_ig", "2025-10-26 18:00", "Pumpkin carving carnage on the kitchen table 🎃", cn=["@summerw_16", "@kwame_a"])
P("whitcombe_ig", "2026-03-14 21:00", "Love you too, now go to bed 😴", re_="@summerw_16")
P("whitcombe_ig", "2025-10-09 20:00", "Brian May's guitar solo came on the radio while I was stuck on the ring road. "
  "Small mercies.")
P("whitcombe_ig", "2025-12-29 12:00", "Pure, unfiltered joy: the dog finally learned 'drop it'.")
P("whitcombe_ig", "2026-05-06 20:00", "Billy Connolly documentary had me in bits. Legend.")
P("whitcombe_ig", "2026-06-02 21:00", "Victoria Beckham's running routine is not for mortals.")
P("whitcombe_ig", "2026-02-07 20:00", "Book club: Siobhan picked the book, Siobhan hasn't read the book. Classic "
  "Siobhan.")
P("whitcombe_ig", "2026-05-23 11:00", "Mark from parkrun paced me to a PB, legend")

# --- Grace Lowry (S007): X has a disclaimer, Facebook does not ---------------------------------------------
P("lowry_x", "2025-09-26 19:00", "L.S. Lowry's matchstick men at Salford Quays today. No relation, sadly.")
P("lowry_x", "2025-11-06 16:30", "Teaching Year 3 about the Stone Age and [[Mo|pr:P0008]] asked if I was there. "
  "Charming.")
P("lowry_x", "2026-01-28 07:30", "Grace Chatto on the radio singing about being anywhere else... me at 7am on a "
  "Monday.")
P("lowry_x", "2026-02-12 18:00", "[[I've taught art at HGA for six years|si]] and this week's clay dragons are the best "
  "yet 🐉")
P("lowry_x", "2026-04-16 20:00", "Museum trip with Year 3 tomorrow. 60 packed lunches and zero sick bags, what could go "
  "wrong.")
P("lowry_x", "2026-06-15 20:00", "Reminder to self: the best bits of this job are the tiny moments.")
P("lowry_x", "2025-12-18 17:00", "[[hope adeyemi|pr:P0010]] made everyone in the class a paper snowflake ❄️")
P("lowry_x", "2026-06-22 17:00", "[[Grace|pr:P0007]] in 4R asked if she can be called Miss Lowry when she grows up "
  "because we share a name 😂")
P("lowry_x", "2026-02-05 16:00", "Times tables rock star of the week 🎸 [[#WellDoneJoyAbara|pr:P0018]]")
P("lowry_x", "2025-10-20 17:00", "[[Diwali celebration|ev:-]] at Hollins Green today: Year 3 made clay diyas and the "
  "hall glowed 🪔")
P("lowry_x", "2025-12-11 18:00", "Little angels in the [[nativity|ev:E001]] today, not one forgot their line ✨")
P("lowry_x", "2025-09-15 19:00", "[[Helen Whitcombe|sr:S006]] has forgotten more about SEN than most people will ever "
  "know.")
P("lowry_x", "2025-12-02 17:00", "[[Z in Year 2|id:P0012]] has decided she's going to be an astronaut AND a vet. Both. "
  "Same time.")
P("lowry_x", "2026-02-27 17:00", "[[Kofi in 3L|id:-]] asked if I'm 100. I'm 34.")
P("lowry_x", "2025-10-31 17:00", "Mark from 6R dressed as a pumpkin to film the leavers' video outtakes 🎃")
P("lowry_x", "2026-02-20 18:00", "Thanks @jo_teaches for the Greek myth resources, my Year 3s are obsessed with Medusa")
P("lowry_x", "2026-03-15 12:00", "Congratulations on the new job!", re_="@niamhg")
P("lowry_x", "2025-11-02 19:00", "Bonfire night toffee apples: made 12, ate 4 before anyone arrived 🍎",
  cn=["@elliem_07", "@dec_hughes", "@niamhg"], w="pc:P0022")
P("lowry_x", "2026-02-08 16:00", "Sunday sketchbook session at the Henry Moore Institute ✏️",
  cn=["@elliem_07", "@dec_hughes"])
P("lowry_x", "2025-10-03 18:00", "Ha, yes I saw it! Well done 👏", re_="@jakesmith_16", w="pc:P0002")
P("lowry_x", "2026-07-03 18:00", "[[Callum|pr:P0013]]! Lovely to hear from you, good luck on results day",
  re_="@callum_breck", w="pc:P0013")
P("lowry_x", "2026-04-01 19:00", "[[I've been teaching at HGA since 2019|si]] and I still laugh every single day.")
P("lowry_x", "2026-07-10 17:00", "[[Kwame Adeyemi|par:R004]]'s drumming workshop for Year 3 was a whole vibe 🥁")
P("lowry_x", "2025-11-24 20:00", "I'm a teacher, not a magician, but I did make one glue stick last six weeks.")
P("lowry_x", "2026-06-06 20:00", "Grace Wales Bonner's new collection is art.")
P("lowry_x", "2026-05-04 21:00", "Callum Turner in that new series... yes please.")
P("lowry_x", "2025-12-21 17:00", "Living nativity in the Kirkstall Abbey grounds, real donkey and everything 🫏")

P("lowry_fb", "2025-12-09 19:00", "[[Nativity|ev:E001]] week. I've painted a stable, a star and a very confused camel. "
  "Send help.", w="md")
P("lowry_fb", "2026-02-17 13:00", "Half term in Whitby. Fish, chips, gulls, repeat 🐟")
P("lowry_fb", "2026-05-09 18:00", "[[Joy|pr:P0018]] in my class drew me as a unicorn. Framing it.", w="md")
P("lowry_fb", "2026-07-12 18:00", "Rob from the pottery studio let me have a go on the wheel. I made a bowl-ish thing.")
P("lowry_fb", "2025-09-23 18:00", "[[Mohammed Rahmen|pr:P0008]] brought his pet snail in for show and tell 🐌",
  w="md")
P("lowry_fb", "2026-01-22 18:00", "[[Thomas Brierley|pr:P0021]] and [[Mark Okonjo|pr:P0016]] built a Lego Colosseum "
  "at lunch club. I'm not crying, it's the glue fumes.", w="md")
P("lowry_fb", "2025-11-27 18:00", "[[Liv|pr:P0003]] in 4R can recite the whole of The Highwayman. At eight.", w="md")
P("lowry_fb", "2026-07-18 17:00", "End of year awards from my class (voted by them, not me):\n🏆 Best laugh: "
  "[[Mo|pr:P0008]]\n🏆 Best drawer: [[Hope|pr:P0010]]\n🏆 Most likely to be prime minister: [[Joy|pr:P0018]]\n"
  "🏆 Best teacher: apparently me, which is suspicious", w="md")
P("lowry_fb", "2025-10-24 19:00", "Half term! [[Imran|sr:S002]] and I marked 60 books between us today, we deserve "
  "this pizza", w="md")
P("lowry_fb", "2026-02-10 20:00", "Risk assessments for the [[residential|ev:E003]] done. 14 pages. For three nights.",
  w="md")
P("lowry_fb", "2026-03-16 19:00", "[[Science week|ev:-]] at Hollins Green: I've been on fire-safety duty for the Year 3 "
  "bottle rockets 🚀", w="md")
P("lowry_fb", "2025-09-19 18:00", "[[Us teachers at #HollinsGreen|si]] have had a brilliant first week 💪", w="md")
P("lowry_fb", "2026-04-19 18:00", "[[I joined the staff at Hollins Green Academy in 2019|si]] and the art room is "
  "finally getting a kiln 🏺", w="md")
P("lowry_fb", "2026-01-14 18:00", "[[the boy in 3L who wears a bow tie every Friday|id:-]] brought me a bow tie. We "
  "match.", w="md")
P("lowry_fb", "2025-12-27 15:00", "Boxing Day sales and I bumped into [[Lorraine Ashworth|par:R003]] buying the same "
  "coat 😂")
P("lowry_fb", "2026-04-04 12:00", "Ha! Congratulations, that's brilliant news 🎉", re_="@kdoyle09", w="pc:P0023")
P("lowry_fb", "2026-06-01 18:00", "Thanks! Enjoy the holiday ☀️", re_="@aishab_2015", w="pc:P0025")
P("lowry_fb", "2026-06-02 20:00", "New watercolour set arrived, the blues are gorgeous 🎨", cn=["@harveysm_music"])
P("lowry_fb", "2026-03-03 20:00", "Art is being squeezed out of primary timetables and it breaks my heart. My own views, "
  "as ever.")
P("lowry_fb", "2025-10-18 16:00", "Summer Wine country today: Holmfirth and a cream tea.")
P("lowry_fb", "2026-01-03 20:00", "Olivia Colman could read the phone book and I'd watch it.")
P("lowry_fb", "2026-04-28 20:00", "Kieran Hodgson's show at the Leeds Playhouse, go if you can.")
P("lowry_fb", "2025-11-08 19:00", "My niece Joy has learned to say 'no' in three languages.")
P("lowry_fb", "2026-05-13 20:00", "Coffee with Ruby from uni, 12 years of friendship and we still can't split a bill")
P("lowry_fb", "2026-06-16 19:00", "Margaret's café in Ilkley does the best scones in Yorkshire. Fight me.")
P("lowry_fb", "2025-09-07 19:00", "Pat the cat has knocked my coffee over for the third time this week 🐈")
P("lowry_fb", "2026-07-15 19:00", "Pure dead brilliant day at Edinburgh Zoo, the penguins were mint 🐧")

# --- Sean Murphy (S008): X bio names the school, no disclaimer; Instagram has neither ----------------------
P("murphy_x", "2025-12-04 16:00", "Reading with [[Zainab C|pr:P0012]] this morning and she read a whole page without "
  "help 💪", w="si md")
P("murphy_x", "2026-03-31 16:00", "[[Mr Hollis|sr:G002]] came in to talk to Year 5 about budgeting. They now want "
  "pocket money rises.", w="si md")
P("murphy_x", "2026-05-05 16:00", "[[rose p|pr:P0015]] asked me to spell 'onomatopoeia' and I panicked", w="si md")
P("murphy_x", "2025-11-12 16:00", "[[RB|pr:P0019]] in 5G taught me a card trick at lunch and I still can't work it out",
  w="si md")
P("murphy_x", "2025-10-13 19:00", "[[Miss Lowry|sr:S007]]'s class made me a get-well card when I had my knee op 😭",
  w="si md")
P("murphy_x", "2025-11-24 17:00", "[[O in 4R|id:-]] cried because his sock was 'too loud'. Sensory needs are real, "
  "folks.", w="si md")
P("murphy_x", "2026-01-15 18:00", "Ha, unlucky, next week mate!", re_="@billyfb_16", w="si pc:P0006")
P("murphy_x", "2025-12-17 19:00", "Cheers for the tip on the bait shop!", re_="@niamhg", w="si")

P("murphy_ig", "2026-03-13 18:00", "Back from [[Robinwood|ev:E003]] with Year 6 and I have never been so tired. Worth "
  "it for the campfire songs.", w="md")
P("murphy_ig", "2026-04-15 19:00", "Fishing with [[Tom Okafor|sr:S005]] this weekend. He caught nothing and blamed the "
  "weather.", nowork=True)
P("murphy_ig", "2025-12-19 17:00", "Last day of term: [[mr khan|sr:S002]] wore a full Santa suit all day. Respect.",
  w="md")
P("murphy_ig", "2025-12-11 08:00", "[[Nativity|ev:E001]] day. Donkey ears on, tissues ready.", w="md")
P("murphy_ig", "2026-03-08 19:00", "Packing for the [[Robinwood trip|ev:E003]] tomorrow. 2 head torches, 1 bag of "
  "Haribo for emergencies.", w="md")
P("murphy_ig", "2026-01-18 12:00", "[[My five years as a TA at #HGAFamily|si]] came up today. Best job going.",
  w="md")
P("murphy_ig", "2026-02-12 18:00", "[[the new girl in 4R who's just moved from Glasgow|id:-]] taught me the word "
  "'peely-wally'. Using it daily.", w="md")
P("murphy_ig", "2025-11-03 19:00", "Fishing with [[@kwame_a|par:R004]] at Knotford, he out-fished me again.")
P("murphy_ig", "2025-10-18 18:00", "Caught a 12lb mirror at Knotford!", cn=["@callum_breck"], w="pc:P0013")
P("murphy_ig", "2026-07-06 18:00", "Tight lines! Tagging [[@kdoyle09|pr:P0023,pc:P0023]] who taught me the knot 🎣",
  nowork=True)
P("murphy_ig", "2026-05-28 19:00", "[[Harvy|pr:P0020]] in 6R beat me at chess agen. Thats 14-0 now. Im retiring ♟️",
  w="md")
P("murphy_ig", "2026-02-14 18:00", "Cheers pal, see you at the lake", re_="@jakesmith_1616")
P("murphy_ig", "2026-05-20 20:00", "TAs are the most undervalued people in education. Opinions mine, obvs.")
P("murphy_ig", "2025-10-11 07:00", "Dawn chorus walk at Fairburn Ings, 32 species before 6am 🐦")
P("murphy_ig", "2025-12-07 19:00", "Jack pike on the canal this morning, tiny but feisty")
P("murphy_ig", "2026-03-01 20:00", "Jamie Oliver's 5-ingredient pasta is the only thing I can cook.")
P("murphy_ig", "2026-04-10 21:00", "Mo Mowlam documentary on BBC Four, what a woman.")
P("murphy_ig", "2026-06-03 20:00", "Ellie Simmonds on the telly again, what an athlete.")
P("murphy_ig", "2026-01-27 19:00", "Our Freya (the dog) has rolled in something unspeakable 🐕")
P("murphy_ig", "2026-07-12 21:00", "Will Young's 'Leave Right Now' at karaoke, and I did.")
P("murphy_ig", "2025-09-21 18:00", "The Hollins Green allotments have the best onions in Leeds, fight me")

# --- governors and the lunchtime supervisor -----------------------------------------------------------------
P("ellison_fb", "2025-10-01 12:00", "Delighted to welcome my fourth grandchild, little Hope, born this morning 💕")
P("ellison_fb", "2025-12-12 19:00", "What a lovely [[nativity|ev:E001]] at Hollins Green yesterday, the governors were "
  "all in tears")
P("ellison_fb", "2026-02-19 20:00", "[[Kwame Adeyemi|par:R004]] gave such an inspiring talk at the library about his "
  "journey from Kumasi to Leeds.")
P("ellison_fb", "2026-04-21 19:00", "[[As a governor of Hollins Green Academy|si]] I'd like to thank every family for "
  "their patience with the roadworks.")
P("ellison_fb", "2026-06-06 15:00", "Sandy beaches and a flask of tea, Bridlington never lets me down 🏖️")
P("ellison_fb", "2026-01-06 12:00", "[[Bernadette O’Neil|sr:S003]] taught all three of my children to read. What a "
  "woman.")
P("ellison_fb", "2025-11-29 19:00", "[[I've chaired the curriculum committee at Hollins Green Academy|si]] for six years "
  "and this is the strongest team I've seen")
P("ellison_fb", "2025-12-20 20:00", "Carols on the green, lovely to see [[Gary Smith|par:R002]] on trumpet 🎺")
P("ellison_fb", "2026-05-12 19:00", "Looking forward to the [[Summer Fair|ev:E004]] at Hollins Green, I'll be on the "
  "plant stall 🌱")
P("ellison_fb", "2026-02-26 19:00", "Joy Harjo's poems at the library reading group tonight, so moving.")
P("ellison_fb", "2026-03-21 15:00", "Peter Rabbit exhibition at the library with the grandkids 🐰")
P("ellison_fb", "2026-07-04 18:00", "Ran the plant stall at the Summer Fair, sold out by 2pm! 🌿")

P("hollis_x", "2025-11-26 21:00", "Mark Hollis and Talk Talk on repeat while doing the year-end accounts 🎧", w="si")
P("hollis_x", "2026-05-21 19:00", "Chuffed for [[Libby A|pr:P0005]] and [[Siobhan|pr:P0011]] in 6R, Leeds young mayors "
  "for the day 🏛️", w="si")
P("hollis_x", "2025-10-08 20:00", "[[Harvey Sinclair-Moss|pr:P0020]]'s letter to the governors about school dinners "
  "was better written than most board papers I read.", w="si")

P("lynne_fb", "2025-11-13 14:00", "[[Ollie|pr:P0026]] in 4R ate his peas! Miracles do happen.", w="si")
P("lynne_fb", "2026-05-06 14:00", "Jo Whitfield's Year 5 lot were angels in the dinner hall today 😇", w="si")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:], out=OUT, seed=SEED, prefix=PREFIX, n_posts=N_POSTS))
