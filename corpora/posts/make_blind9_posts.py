"""Write ``blind9-posts.jsonl``: the ninth blind, hand-labelled evaluation set (see ``BLIND9.md``).

    python corpora/posts/make_blind9_posts.py              # check, then write
    python corpora/posts/make_blind9_posts.py --warnings   # also list posts a reviewer should look at twice

This set is about a school the product has never seen: Our Lady of Mercy Catholic School for Girls, a fictional
Roman Catholic girls' secondary (11-16, no sixth form) in south London (``corpora/blind9-school``). Forms are named
by year + a saint (7 Bakhita ... 11 Teresa); the school has a chaplaincy and a partner boys' school nearby
(St Kentigern's, which is not this school). Every post and every label below was written by hand. Gold spans are
marked inline as ``[[text|cat:SUBJECT,cat:SUBJECT]]`` (``-`` for no subject; the marked text may span a line
break); whole-post gold goes in ``w`` as ``cat`` or ``cat:SUBJECT`` words. The checks in ``blind_kit.py`` must all
pass, against the blind9 school profile, before the file is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from blind_kit import ROOT, P, acct, main

HERE = Path(__file__).resolve().parent
OUT = HERE / "blind9-posts.jsonl"
SCHOOL = ROOT / "corpora" / "blind9-school"
SEED = 20261219
PREFIX = "b9"
N_POSTS = 240


# ---------------------------------------------------------------------------------------------------------
# Accounts. ``disc``: the bio says the views are the author's own. ``si_bio``: the bio self-identifies.

# official accounts. Approved: @OLMercyGirls on x and @OurLadyOfMercyGirls on facebook (compared without case).
acct("o_x", "official", "x", "@OLMercyGirls", "Our Lady of Mercy Catholic School for Girls, Lewisham · 11-16 💙")
acct("o_xl", "official", "x", "@olmercygirls", "Our Lady of Mercy Catholic School for Girls")
acct("o_fb", "official", "facebook", "@OurLadyOfMercyGirls", "Our Lady of Mercy Catholic School for Girls, SE4")
acct("o_fbl", "official", "facebook", "@ourladyofmercygirls", "Our Lady of Mercy · official page")
# not approved
acct("u_fb", "official", "facebook", "@OLMercyGirls", "Our Lady of Mercy Catholic School for Girls 💙 news")
acct("u_ig", "official", "instagram", "@OLMercyGirls", "📸 Our Lady of Mercy, Lewisham · #MercyFamily")
acct("u_chap", "official", "instagram", "@OLMChaplaincy", "Chaplaincy team at Our Lady of Mercy ✝️🕯️")
acct("u_pe", "official", "x", "@OLM_PE", "PE & school sport at Our Lady of Mercy 🏐🏃‍♀️")
acct("u_mus", "official", "instagram", "@OLMercyMusic", "Music at Our Lady of Mercy 🎶 choirs, bands, shows")
acct("u_pta", "official", "facebook", "@FriendsOfOLM", "Friends of Our Lady of Mercy (PTA)")
acct("u_y11", "official", "instagram", "@OLMYear11", "Year 11 2025-26 at OLM 💙 run by the Year 11 team")

# staff, governors, an exams officer who is not on the roster, and three parents
acct("kea_x", "personal", "x", "@SKearneyHead",
     "Headteacher, Our Lady of Mercy Catholic School for Girls, south London. Views my own.", "S001",
     disc=True, si_bio=True)
acct("kea_fb", "personal", "facebook", "@siobhan.kearney.52", "", "S001")
acct("ben_ig", "personal", "instagram", "@chaplainben", "Lay chaplain @OLMercyGirls ✝️ youth ministry · coffee · dad",
     "S002", si_bio=True)
acct("ben_x", "personal", "x", "@ben_osei_mensah", "Catholic. Husband, dad of three. Gooner. Views mine.", "S002",
     disc=True)
acct("moy_x", "personal", "x", "@clare_moynihan", "English teacher & Head of Year. Poetry, tea, Kerry.", "S003")
acct("moy_fb", "personal", "facebook", "@clare.moynihan.9", "", "S003")
acct("qui_ig", "personal", "instagram", "@profe.marisol", "Profe de español 🇨🇴 | SE London | opinions are my own",
     "S004", disc=True)
acct("qui_fb", "personal", "facebook", "@marisol.quintero.co", "", "S004")
acct("gan_x", "personal", "x", "@msganeshmaths", "Maths teacher at #OLMGirls 📐 ratios, Tamil cinema, chai", "S005",
     si_bio=True)
acct("gan_ig", "personal", "instagram", "@thulasi.cooks", "kitchen experiments 🌶️ amma's recipes", "S005")
acct("pop_x", "personal", "x", "@CoachPope_PE", "PE teacher. Netball umpire. Palace. Views mine alone.", "S006",
     disc=True)
acct("pop_ig", "personal", "instagram", "@dan.pope.runs", "🏃 10k · half · full · repeat", "S006")
acct("aga_x", "personal", "x", "@aga_w_science", "Science teacher, south London 🔬 Polish/British. Cat person.", "S007")
acct("ade_x", "personal", "x", "@MsAdebisiHistory",
     "History teacher & Head of Year 11 at Our Lady of Mercy. Views my own.", "S008", disc=True, si_bio=True)
acct("ade_fb", "personal", "facebook", "@yewande.adebisi", "", "S008")
acct("diz_fb", "personal", "facebook", "@maricel.dizon", "", "S009")
acct("diz_ig", "personal", "instagram", "@maricel_ta", "Learning support @ OLM Girls 💛 mama of 1 🇵🇭", "S009",
     si_bio=True)
acct("dev_x", "personal", "x", "@paddydevlinmusic", "Music teacher. Fiddle. Views my own, obviously.", "S010",
     disc=True)
acct("dev_fb", "personal", "facebook", "@patrick.devlin.77", "", "S010")
acct("mcb_x", "personal", "x", "@CanonFergal",
     "Parish priest, Holy Spirit, Brockley Vale. Chair of governors, Our Lady of Mercy. Views my own.", "G001",
     disc=True, si_bio=True)
acct("nna_fb", "personal", "facebook", "@adaeze.nnamdi", "Paediatrician. Mum of two. School governor.", "G002")
acct("exo_x", "personal", "x", "@janet_exams", "Exams officer at olmercy.example.sch.uk. Opinions my own.", None,
     disc=True, si_bio=True)
acct("par_com", "personal", "facebook", "@comfort.asante", "Wife, mum, Church of Pentecost 🇬🇭", "R001")
acct("par_greg", "personal", "x", "@greg_sadowski", "Builder. Dad. Legia Warszawa & Millwall 🇵🇱", "R002")
acct("par_jac", "personal", "facebook", "@jackieforbes58", "Mum of 3. Lewisham born and bred 🇯🇲", "R004")

# ---------------------------------------------------------------------------------------------------------
# Approved official accounts

P("o_x", "2025-09-03 07:45", "Welcome back, Mercy Girls! 💙 Gates open at 8.15 for Year 7 today and 8.30 for everyone "
  "else tomorrow. Blazers on, ties straight, big smiles.")
P("o_x", "2025-09-19 15:30", "[[Feast Day Mass|ev:E001]] is next Wednesday at 10am in the school hall. Parents and "
  "carers are warmly invited; please sign in at reception.")
P("o_x", "2025-09-24 07:30", "Happy [[feast day|ev:E001]], Mercy Girls! 💙 Non-uniform, cake sale at break and Mass "
  "at 10. Bring a pound.")
P("o_fb", "2025-09-25 16:10", "What a beautiful [[Mercy Day|ev:E001]] yesterday. Thank you to Canon McBride for "
  "celebrating Mass with us, and to the choir for an Ave Maria that had half the hall in tears 🙏💙")
P("o_fb", "2025-09-18 12:00", "[[Mr Pope|sr:S006]]'s Year 10 fitness club starts on Monday in the sports hall, "
  "3.15-4.15pm. Trainers and a water bottle, that's all you need!")
P("o_x", "2025-09-22 16:00", "Netball: a great start to the season for the U14s, 18-9 against St Saviour's. Thank you "
  "to Mr Pope for umpiring in the rain ☔")
P("o_fb", "2025-09-12 14:00", "Save the date: our [[Open Evening|ev:E006]] for Year 6 families is on Thursday 2 "
  "October. Booking link in the comments 👇")
P("o_x", "2025-10-01 09:00", "Open evening TOMORROW, 5.30-8pm. Come and meet our girls, see the labs and the chapel, "
  "and hear from Mrs Kearney at 6pm and 7pm. #MercyFamily")
P("o_fb", "2025-10-03 08:00", "Thank you to the 300+ families who came to Open Evening last night, and to our Year 9 "
  "tour guides, especially Ama and Clodagh who did five tours each!")
P("o_xl", "2025-10-06 08:30", "Reminder: [[Y7 retreat|ev:E002]] letters and the £25 contribution are due back TODAY "
  "please. Speak to the office in confidence if cost is a worry.")
P("o_x", "2025-10-10 17:20", "Year 7 are back from their [[retreat at Aylesford|ev:E002]]! Two days of prayer, walks "
  "by the Medway and far too many hot chocolates. Thank you to the Carmelite friars for their welcome.")
P("o_x", "2025-10-13 15:00", "Thank you Mrs Kearney and Canon McBride for leading this morning's Rosary in the chapel "
  "for the month of October 📿")
P("o_x", "2025-10-20 15:45", "Huge well done to [[Mercy|pr:P0001]] in 11 Bakhita, shortlisted for the Young Poet of "
  "London award. Fingers crossed! 🤞📝")
P("o_x", "2025-11-10 15:00", "We are thrilled to share that Mercy Asante (11 Bakhita) has been named Young Poet of "
  "London 2025 📝✨ Her poem 'Salt and Kente' will be read at City Hall next month.")
P("o_fb", "2026-02-28 11:00", "If you're near the Southbank this afternoon, Mercy Asante is reading at the Young "
  "Poets showcase at 3pm. Go and cheer her on! 💙")
P("o_fb", "2026-03-04 15:30", "Congratulations to [[Mercy Asante|pr:P0001]] (11 Bakhita), whose poem has been "
  "published in the diocesan anthology 📖")
P("o_fb", "2025-10-17 15:30", "Well done to [[Favour Adeyinka|pr:P0006]] in 10 Bakhita, who won the borough "
  "cross-country U16 race on Saturday 🏃🏾‍♀️")
P("o_x", "2025-09-30 12:00", "Congratulations to Zosia and Liberty (10 Teresa), selected for the Southwark & "
  "Lewisham schools girls' football squad! ⚽")
P("o_x", "2025-11-05 15:00", "Year 8 science fair winners: Maja (8 Clare) for her homemade water filter and Bia "
  "(8 Bakhita) for 'Why does toast always land butter side down?' 🔬🍞")
P("o_xl", "2025-11-21 16:00", "Shout-out to [[Kiara|pr:P0018]] in 8 Bakhita for her sketchbook, now on display in the "
  "entrance hall 🎨")
P("o_fb", "2025-11-20 15:00", "Our [[Advent carol service|ev:E003]] will be on Thursday 11 December at 7pm. Choir "
  "rehearsals are on Tuesdays and Fridays at lunch.")
P("o_x", "2025-11-27 16:00", "Tickets for the Advent Carol Service (Thursday 11 December, 7pm, in the chapel) are now "
  "available from the office. Free, but please book 🕯️")
P("o_x", "2025-12-12 09:00", "Thank you to everyone who came to the carol service last night. Keerthi's solo in O "
  "Holy Night will stay with us for a long time 🕯️✨")
P("o_x", "2026-01-09 15:00", "Last chance: the carol service recording is on our website until tonight. Thank you to "
  "[[Mr Devlin|sr:S010]] and the choir 🎶")
P("o_fb", "2026-01-12 16:00", "A few more photos from our [[Advent Carol Service|ev:E003]], now that everyone is back "
  "📸")
P("o_x", "2025-12-18 15:10", "Happy Christmas from all of us at Our Lady of Mercy. School reopens on Monday 5 "
  "January 🎄✨")
P("o_fb", "2026-01-06 07:10", "Snow update: school is OPEN today. Please take care on Abbotswell Road, it's very icy "
  "by the bus stop ❄️")
P("o_x", "2026-02-26 13:00", "Our office phone lines are down this afternoon. For anything urgent please call "
  "020 7946 0731 or email office@olmercy.example.sch.uk")
P("o_fb", "2025-09-08 16:00", "A warm welcome to our new staff this term: [[Ms Quintero|sr:S004]] (Spanish), "
  "[[Ms Wróblewska|sr:S007]] (science) and [[Mr Devlin|sr:S010]] (music) 👋")
P("o_fb", "2026-01-23 15:00", "Congratulations to [[Tami Bakare|pr:P0020]] (8 Bernadette), the new under-14 girls' "
  "national chess champion! ♟️")
P("o_fb", "2026-02-05 09:30", "Opening night of [[Joseph and the Amazing Technicolor Dreamcoat|ev:E008]] with our "
  "friends from St Kentigern's! Tickets for Thursday and Friday still available 🌈")
P("o_x", "2026-02-07 11:00", "[[The musical|ev:E008]] is a wrap! Bravo to the whole cast and crew, and to "
  "[[Holly Brathwaite|pr:P0003]], the most fabulous Narrator we have ever had 🌈")
P("o_x", "2026-02-24 15:00", "Sponsor forms for the [[CAFOD walk|ev:E007]] are coming home today. Every pound goes "
  "to CAFOD's Lent appeal 💚")
P("o_fb", "2026-02-25 16:00", "From Monday one of our wonderful Year 8 parents, [[Jackie Forbes|par:R004]], will run "
  "our Lenten food-bank collection 🥫🙏")
P("o_xl", "2026-03-09 08:00", "Mrs Forbes is collecting tins, pasta and toiletries for the Lewisham food bank all "
  "through Lent. Drop-off in the foyer every morning 🥫")
P("o_x", "2026-03-13 15:40", "[[Lourdes trip|ev:E005]]: final meeting for girls and parents on Monday at 6pm in the "
  "library. Passports, GHIC cards and consent forms please!")
P("o_fb", "2026-03-23 16:00", "£4,312 raised for CAFOD by our sponsored walk on Friday! Thank you to every girl, "
  "parent and member of staff who walked the 10k along the river 💚")
P("o_fb", "2026-04-14 16:00", "Our [[Lourdes pilgrimage|ev:E005]] group is home safe. Thank you to Fr Fergal and to "
  "the staff and girls who made the journey. Photos to follow.")
P("o_x", "2026-04-22 15:00", "Girls, you'll see a familiar face back in the chaplaincy this week: "
  "[[Mr Osei-Mensah|sr:S002]] is back from paternity leave! 👶🙌")
P("o_fb", "2026-05-05 16:00", "Thank you to [[Rosa Quispe|par:R003]] for a beautiful Peruvian embroidery workshop "
  "with Year 7 this afternoon 🧵🇵🇪")
P("o_fb", "2026-05-11 10:00", "[[Year 11 Prom|ev:E004]] tickets go on sale after half term. More details soon from "
  "[[Ms Adebisi|sr:S008]].")
P("o_x", "2026-05-18 16:00", "Prom is five weeks away, Year 11! Final payments to the office by 5 June please 💃")
P("o_x", "2026-06-27 10:00", "What a night. Our Year 11s at their leavers' prom, every one of them a credit to their "
  "families. #MercyFamily 💙")
P("o_x", "2026-06-12 13:00", "Bonnie and Cata from Year 7 read the bidding prayers beautifully at this morning's "
  "Mass for the feast of the Sacred Heart 🙏")
P("o_fb", "2026-06-19 15:00", "[[Rocio|pr:P0023]] in 7 Teresa has won the diocesan Laudato Si' poster competition "
  "🌍💚")
P("o_fb", "2026-07-02 15:00", "Congratulations to [[Senait Tesfamariam|pr:P0009]] (10 Bakhita) on her Young "
  "Translators' award for a Tigrinya-English poem 🏅")
P("o_xl", "2026-01-27 09:00", "Holocaust Memorial Day: Year 10 hear from a second-generation survivor in the hall "
  "today. Thank you to [[Ms Adebisi|sr:S008]] for organising.")
P("o_x", "2026-07-17 12:00", "That's a wrap on 2025-26! Thank you girls, families and staff. Have a restful summer "
  "and God bless 💙☀️")
P("o_fbl", "2025-11-28 16:00", "Well done to Honor (8 Teresa) and Keerthi (11 Bernadette), our new Mini Vinnies "
  "leaders 💙")
P("o_fbl", "2026-06-05 15:00", "Year 10 work experience starts Monday! Thank you to the 60 employers hosting our girls, "
  "including [[Nando Lopes-Carvalho|par:R005]]'s architecture practice 🏗️")
P("o_x", "2025-12-03 16:00", "Well done to [[Sorcha D’Arcy|pr:P0026]] in 7 Bernadette, whose Christmas card design "
  "was chosen by the Archbishop's office 🎄")
P("o_fb", "2026-03-19 14:00", "Happy Solemnity of St Joseph to all our families and to the Josephs among our staff "
  "and parents! 🙏")
P("o_xl", "2026-04-20 16:00", "Back at school after Easter and still glowing from [[Lourdes|ev:E005]]: [[Yordanos|pr:P0014]] in "
  "9 Teresa and [[Abi|pr:P0013]] in 9 Bernadette led a decade of the Rosary at the Grotto in Tigrinya and Tamil 🙏")

# ---------------------------------------------------------------------------------------------------------
# Official accounts that are not approved

P("u_fb", "2025-09-05 16:00", "Welcome to our new Facebook page! Follow us for news and photos from Our Lady of "
  "Mercy 💙", w="ua")
P("u_fb", "2025-10-15 16:00", "Well done to [[Angel Mae\nReyes|pr:P0016]] (9 Bernadette), who sang at the Filipino "
  "Chaplaincy Mass at Westminster Cathedral on Sunday 🇵🇭🎶", w="ua")
P("u_ig", "2025-09-26 16:00", "[[Mercy Day|ev:E001]] 2025 📸 #MercyFamily", w="ua")
P("u_ig", "2026-06-29 12:00", "Prom 2026 💃✨ Our Year 11s looked incredible.", w="ua")
P("u_ig", "2026-01-20 16:00", "Year 8 at the Horniman Museum today 🦒 The walrus says hello.", w="ua")
P("u_chap", "2025-10-08 07:30", "Pray for our Year 7s heading off on the [[Aylesford retreat|ev:E002]] tomorrow 🙏",
  w="ua")
P("u_chap", "2025-12-02 12:00", "Advent wreath blessed in the chapel this morning by [[Mr Osei Mensah|sr:S002]]. "
  "First candle lit 🕯️ #Advent", w="ua")
P("u_chap", "2026-03-06 12:00", "Stations of the Cross at lunchtime every Friday in Lent, led by girls from 9 Teresa "
  "and 9 Bernadette.", w="ua")
P("u_chap", "2026-04-09 21:00", "[[Lourdes pilgrimage|ev:E005]] day 3: torchlight procession tonight. "
  "[[Dulce|pr:P0017]] carried our banner the whole way 🕯️✨", w="ua")
P("u_pe", "2025-09-16 17:00", "U15 netball: 22-14 win v St Saviour's. Player of the match [[Favour A|pr:P0006]] 💪 "
  "Thanks [[Mr Pope|sr:S006]] for driving the minibus!", w="ua")
P("u_pe", "2025-11-12 17:00", "Cross-country: [[Favour|pr:P0006]], Liberty and [[Sorcha|pr:P0026]] all in the top 10 "
  "at the borough champs 🏃‍♀️ Mr Pope was very proud (and very muddy).", w="ua")
P("u_pe", "2026-05-21 16:00", "Sports day is on Friday 10 July this year 🏅 House captains, names to Mr Pope by "
  "Friday please.", w="ua")
P("u_pe", "2026-03-20 17:00", "10k done! The whole school walked for CAFOD today 💚", w="ua")
P("u_mus", "2025-11-18 17:00", "[[Carol service|ev:E003]] rehearsals have begun! Year 9 and 10 choir, Tuesdays and "
  "Fridays in M2 😇🎶", w="ua")
P("u_mus", "2026-02-03 20:00", "Dress rehearsal done ✅ [[Joseph|ev:E008]] opens tomorrow night with St Kentigern's. "
  "Break a leg, [[Princess|pr:P0011]] and [[Tami|pr:P0020]]! 🌈", w="ua")
P("u_mus", "2026-03-18 17:00", "Grade 6 violin: distinction for [[Ines|pr:P0008]] in 10 Bernadette 🎻 Parabéns!",
  w="ua")
P("u_pta", "2025-09-29 19:00", "Friends of OLM AGM on Tuesday 7 October at 7pm in the library. All parents welcome, "
  "tea and biscuits provided ☕", w="ua")
P("u_pta", "2025-11-30 10:00", "Christmas fair this Saturday! Thank you to [[Nando Lopes-Carvalho|par:R005]] for "
  "donating the pastéis de nata for the café 🥮", w="ua")
P("u_pta", "2026-03-05 19:00", "Collection boxes for Jackie Forbes's Lent food-bank drive are in the foyer. Thank "
  "you Jackie! 🥫", w="ua")
P("u_pta", "2026-06-01 19:00", "Second-hand prom dress rail in the hall this Friday, all proceeds to the Year 11 prom "
  "fund 👗", w="ua")
P("u_y11", "2026-04-30 17:00", "[[Prom|ev:E004]] countdown: 57 days!! 🪩 Have you paid your deposit?? #OLMYear11",
  w="ua")
P("u_y11", "2026-03-01 15:00", "Revision café every Tuesday in the library, cake by [[Holly B|pr:P0003]] 🍰 #Year11",
  w="ua")
P("u_y11", "2026-07-10 18:00", "Results day is 20 August. Good luck everyone and have a lovely summer 💙", w="ua")

# ---------------------------------------------------------------------------------------------------------
# Headteacher: X (bio names the school, with a disclaimer) and Facebook (neither)

P("kea_x", "2025-09-03 06:55", "First day of my ninth September as head. Still get the butterflies. Pray for all our "
  "Year 7s today 🙏💙", w="si")
P("kea_x", "2025-09-24 21:00", "[[Feast day|ev:E001]] done. 850 girls, one Mass, zero fire alarms. Thank you "
  "[[Canon McBride|sr:G001]], and thank you [[Mr Devlin|sr:S010]] for a choir that lifted the roof.", w="si")
P("kea_x", "2025-11-23 19:00", "Proud beyond words of [[Mercy Asante|pr:P0001]], Young Poet of London. Read 'Salt and "
  "Kente' if you get the chance. Then read it again.", w="si")
P("kea_x", "2026-03-11 20:00", "Sad news this week: [[Aga Wroblewska|sr:S007]] is leaving us at Easter to go home to "
  "Kraków. The science department won't be the same 💔", w="si")
P("kea_x", "2026-04-02 19:00", "So proud of you, [[Shanice|pr:P0032]]! King's is lucky to have you. Nursing needs "
  "people exactly like you 💙", w="si", re_="@shanice.mr")
P("kea_x", "2025-09-09 18:00", "Welcome to the team [[@paddydevlinmusic|sr:S010]]! Our girls have never sung so loud "
  "in assembly 🎶", w="si")

P("kea_fb", "2025-10-26 18:00", "Half-term walk on the Downs with the dog. Hilltop scone. Perfect.")
P("kea_fb", "2025-10-18 22:30", "Céilí at the Irish Centre tonight. [[Paddy Devlin|sr:S010]] on the fiddle, me "
  "pretending I still know the Siege of Ennis.", nowork=True)
P("kea_fb", "2026-01-31 21:00", "Eighteen years in headship across two schools, and the one thing I know for sure: "
  "the staffroom kettle matters more than any strategy document.", w="md")
P("kea_fb", "2026-02-11 19:00", "Feast of Our Lady of Lourdes today. Forty years since my own first Lourdes trip, with "
  "the Legion of Mary from our parish in Cork. I still have the plastic Virgin Mary water bottle 😄")
P("kea_fb", "2025-09-25 20:00", "[[Aoife|pr:P0031]]!! Lovely to hear from you. Sixth form sounds like it suits you. "
  "Say hello to your mam for me.", w="pc:P0031", re_="@aoifetierney_", nowork=True)
P("kea_fb", "2025-09-10 21:40", "Rewriting my [[open evening|ev:E006]] speech for the fourth time. It was fine the "
  "first time. It's always fine the first time.", w="md")
P("kea_fb", "2026-02-08 15:00", "Snowdrops in the garden at last 🤍", cn=["@tharshika_s", "@roisinmadigan"])
P("kea_fb", "2025-10-29 17:00", "Eden Project in the half-term rain. Cornwall, you were still gorgeous.")
P("kea_fb", "2026-03-26 21:00", "Nine years as head of Our Lady of Mercy and I still can't work the laminator.".replace(
    "Nine years as head of Our Lady of Mercy", "[[Nine years as head of Our Lady of Mercy|si]]"), w="md")
P("kea_fb", "2025-12-05 20:00", "The Year 11 girl who set off the fire alarm 'to see if it worked' knows who she is. "
  "It works.".replace("The Year 11 girl who set off the fire alarm", "[[The Year 11 girl who set off the fire "
                      "alarm|id:-]]"), w="md")

# ---------------------------------------------------------------------------------------------------------
# Chaplain: Instagram (bio names the school, no disclaimer) and X (disclaimer)

P("ben_ig", "2025-10-09 21:00", "[[Retreat|ev:E002]] day 1 ✅ 120 Year 7s, one torrential downpour, one rosary walk by "
  "the river. Exhausted and grateful.", w="si md")
P("ben_ig", "2025-12-11 22:00", "[[Carol service|ev:E003]] tonight. [[Keerthi|pr:P0004]]'s O Holy Night. That's it, "
  "that's the post 🕯️", w="si md")
P("ben_ig", "2025-09-20 12:00", "Saturday. Baby is teething. Coffee is strong. Pray for me.", w="si")
P("ben_ig", "2025-11-03 17:00", "Thank you [[Angel|pr:P0016]]! Bring your reflection to the chaplaincy at lunch and "
  "we'll put it in the newsletter 😊", w="si md pc:P0016", re_="@angelmae.r")
P("ben_ig", "2026-04-12 20:00", "Home from the [[Lourdes pilgrimage|ev:E005]]. Thank you [[@abi.rajend|pr:P0013,"
  "pc:P0013]] for leading the Tamil decade at the Grotto. I'm still thinking about it 🙏", w="si md")
P("ben_ig", "2026-02-02 12:00", "[[Ms Ganeshalingham|sr:S005]] brought in a box of laddus for the chaplaincy team "
  "meeting. Best meeting of the year.", w="si md")
P("ben_ig", "2026-05-31 19:00", "Eggs Benedict for the first time in my life. Given the name, I feel I should have "
  "tried them sooner 🍳", w="si")

P("ben_x", "2025-10-30 20:00", "Youth ministry in schools is not about numbers in the chapel. It's about being there "
  "when a girl needs someone to listen.")
P("ben_x", "2025-12-01 19:00", "Pope Leo's Advent message is worth ten minutes of anyone's evening.")
P("ben_x", "2026-05-02 20:00", "Great to catch up with Mr Pope at the Palace game, even if we lost 3-0. Long walk "
  "back to the station.")
P("ben_x", "2026-01-14 20:00", "Still thinking about our [[Year 7 retreat|ev:E002]] in October. Two days, no phones, "
  "and they talked to each other. Magic.")
P("ben_x", "2026-03-02 21:00", "[[Lourdes trip|ev:E005]] meeting tonight. 14 girls, 3 staff, 1 very patient travel "
  "agent.")
P("ben_x", "2025-11-25 18:00", "Thanks [[Kiara|pr:P0018]], the prayer you wrote is going up on the Advent board.",
  w="pc:P0018", re_="@kiaraforbes_")
P("ben_x", "2026-03-28 16:00", "Took my lad to Port Vale away. Long drive, worth every mile.")
P("ben_x", "2025-09-14 20:00", "I'm the chaplain at @OLMercyGirls and this week I'm asking every girl one question: "
  "who do you pray for?".replace("I'm the chaplain at @OLMercyGirls", "[[I'm the chaplain at @OLMercyGirls|si]]"))

# ---------------------------------------------------------------------------------------------------------
# English teacher and Head of Year 8 (mother of Orla, declared): X and Facebook, neither with a disclaimer

P("moy_x", "2025-09-11 21:00", "Marking 60 Year 8 baseline essays on 'A place I love'. Three about Nando's, two about "
  "Nan's house, one about the top deck of the 185 💛", w="md")
P("moy_x", "2025-11-19 20:00", "So proud of [[Dulce|pr:P0017]] in 8 Clare, who read her poem in Spanish and English in "
  "assembly today. Chills 🇧🇴", w="md")
P("moy_x", "2026-01-15 22:00", "Year 8 [[parents' evening|ev:-]] at OLM tonight. 34 appointments, one lost voice.",
  w="md")
P("moy_x", "2025-12-13 11:00", "You left your PE kit on the stairs AGAIN 🙄❤️", re_="@orlamoyn_")
P("moy_x", "2026-03-14 10:00", "Orla's first ever half marathon tomorrow. Mammy will be at mile 9 with the jelly "
  "babies 🏃‍♀️")
P("moy_x", "2026-06-06 15:00", "County Clare for a fortnight in August. Can't wait to see my mam ☘️")
P("moy_x", "2026-02-05 22:00", "[[Joseph|ev:E008]] opening night. [[Holly|pr:P0003]] as the Narrator. I have no more "
  "words, and I'm an English teacher.", w="md")
P("moy_x", "2025-10-22 18:00", "[[Vaish K|pr:P0022]] in 8 Teresa read the whole of Noughts & Crosses in a week and "
  "wants the sequel. Library, please order it!", w="md")
P("moy_x", "2025-11-10 19:00", "Send it over when it's done and I'll have a read. Good luck with UCAS!",
  w="pc:P0035", re_="@roisinmadigan")
P("moy_x", "2025-11-22 09:00", "Happy 18th [[Róisín|pr:P0035]]! 🎉 Have the best day.", re_="@roisinmadigan",
  nowork=True)
P("moy_x", "2026-01-20 20:00", "Tami Bakare in 8 Bernadette is the national U14 chess champion. Our Year 8s are "
  "ridiculously talented ♟️", w="md")
P("moy_x", "2025-12-17 20:00", "Holly and ivy on the mantelpiece. Finally feels like Christmas 🎄")
P("moy_x", "2026-04-22 21:00", "The girl in 8 Teresa who left a thank-you note on my desk: you made my week.".replace(
    "The girl in 8 Teresa who left a thank-you note on my desk", "[[The girl in 8 Teresa who left a thank-you note "
    "on my desk|id:-]]"), w="md")
P("moy_x", "2026-02-25 21:00", "[[Thulasi|sr:S005]]'s Year 11 maths revision sessions are so good that my Year 8s are "
  "asking if they can go.", w="md")
P("moy_x", "2025-09-30 20:00", "[[I've been teaching English at Our Lady of Mercy|si]] for eleven years and this is "
  "the first Year 8 class to ask for MORE poetry.", w="md")
P("moy_x", "2026-01-07 20:00", "Year 7 start Treasure Island next week and they've already asked if there's a film.",
  w="md")
P("moy_x", "2026-06-10 18:00", "[[@orlamoyn_|pr:P0005]] your dinner is in the oven. Do NOT let the dog near it.",
  nowork=True)

P("moy_fb", "2025-09-28 13:00", "Happy 80th birthday to my mam! ☘️🎂 Flying home for the party next month.")
P("moy_fb", "2026-01-02 12:00", "Orla and her cousins doing the Christmas jigsaw for the third day running.")
P("moy_fb", "2026-04-05 18:00", "Easter egg hunt in the garden. The girls are far too old for it and loved it anyway "
  "🐣", w="pc:P0015", cn=["@orlamoyn_", "@clodaghnb"])
P("moy_fb", "2026-03-01 11:00", "Treated myself to an Orla Kiely mug in the sale ☕ Don't tell my daughter.")

# ---------------------------------------------------------------------------------------------------------
# Spanish teacher (aunt of Vale, declared): Instagram (disclaimer) and Facebook (neither)

P("qui_ig", "2025-09-26 20:00", "Día Europeo de las Lenguas 🇪🇺 My Year 9s made paella in the food tech room. The fire "
  "alarm survived. Barely.")
P("qui_ig", "2025-10-31 18:00", "Día de Muertos altar in my classroom 💀🌼 [[Rocío|pr:P0023]] brought photos of her "
  "abuela from Cusco. Beautiful.")
P("qui_ig", "2025-12-06 12:00", "¡Qué orgullo, sobrina! 💛", re_="@vale_qg")
P("qui_ig", "2026-03-30 19:00", "Colombia 🇨🇴 for Semana Santa. Hasta pronto, London.")
P("qui_ig", "2026-05-14 20:00", "Spanish GCSE speaking exams done. [[Mercy A|pr:P0001]] made the examiner laugh (in a "
  "good way) with the story of her grandmother's parrot 🦜")
P("qui_ig", "2025-09-27 23:00", "Weekend in Barcelona for the last night of La Mercè 🎆 The whole city out partying "
  "for Our Lady of Mercy.")
P("qui_ig", "2025-09-04 21:00", "[[Mi primer año como profe de español en Our Lady of Mercy|si]] 🇨🇴💙 ¡Vamos!")

P("qui_fb", "2025-10-12 15:00", "Vale's sweet sixteen planning has taken over the family WhatsApp 😂 Five months to go!")
P("qui_fb", "2026-02-04 22:00", "Opening night tonight! I painted 40 metres of Egyptian backdrop for [[Joseph|ev:E008]] "
  "and I regret nothing 🎨🌈", w="md")
P("qui_fb", "2026-06-20 18:00", "Sunny afternoon at the Latin American festival in Burgess Park with "
  "[[Rosa Quispe|par:R003]] and family 💃🇵🇪", nowork=True)
P("qui_fb", "2026-04-20 12:00", "Back from Bogotá with 3 kilos of arequipe in my suitcase.", w="pc:P0001",
  cn=["@vale_qg", "@mercy.asante"])
P("qui_fb", "2025-11-08 16:00", "Princess Anne opened the new ward at my brother's hospital. Very efficient woman, he "
  "says.")

# ---------------------------------------------------------------------------------------------------------
# Maths teacher: X (bio names the school by hashtag, no disclaimer) and Instagram (neither)

P("gan_x", "2025-11-06 19:00", "omg [[Abi R|pr:P0013]] in 9 Bernadette found a mistake in my worked example n explained "
  "it 2 the whole class 😂 future maths teacher 🙌", w="si md")
P("gan_x", "2026-01-15 20:00", "Thai Pongal with my amma, sakkarai pongal overflowing exactly as it should 🍚☀️",
  w="si")
P("gan_x", "2026-03-03 17:00", "Yes! Bring your UKMT certificate to my room tomorrow and it's going on the wall 🏅",
  w="si md pc:P0013", re_="@abi.rajend")
P("gan_x", "2026-06-15 20:00", "To the girl who wrote 'I tried my best, Ms G' on the last page of her paper: I know "
  "you did ❤️", w="si md")
P("gan_x", "2026-02-27 16:00", "National champion Tami Bakare popped into Year 11 maths today to teach 'chess maths'. "
  "Brilliant.", w="si md")
P("gan_x", "2026-05-12 19:00", "To [[S in 10 Bakhita who stayed behind every Thursday since September|id:P0009]]: that "
  "grade 7 is all yours.", w="si md")
P("gan_x", "2026-03-14 12:00", "Pi Day! Mr Pope wore the giant pi costume for the whole of period 3 🥧", w="si md")

P("gan_ig", "2025-11-01 12:00", "Deepavali sweets production line: murukku, laddu, mysore pak. My kitchen is a sugar "
  "disaster 🪔")
P("gan_ig", "2026-04-14 13:00", "Puthandu vazhthukal! 🌸 My niece Abinaya (5) helped draw the kolam and mostly ate "
  "the rice flour.")
P("gan_ig", "2026-01-16 18:00", "Happy Pongal to you and all the family! 🌾", re_="@tharshika_s")
P("gan_ig", "2025-12-27 15:00", "Mrs K next door has adopted me. Third tray of samosas this week and I'm not "
  "complaining.")
P("gan_ig", "2026-06-21 20:00", "I'm a maths teacher, so yes, I did calculate the restaurant tip to the penny.")
P("gan_ig", "2026-02-15 17:00", "Dulce de leche brownies, recipe in the comments 🍫")
P("gan_ig", "2026-05-02 18:00", "[[Proud to be part of the #MercyFamily maths department|si]]. Our UKMT results came "
  "in today and I'm beaming 📐", w="md")

# ---------------------------------------------------------------------------------------------------------
# PE teacher (permitted everywhere from 2025-09-22): X (disclaimer) and Instagram (neither)

P("pop_x", "2025-10-04 18:00", "U14 netball beat St Saviour's 24-11, 14 goals from our GS 🏐 [[#WellDoneHonorF|pr:P0019]]")
P("pop_x", "2026-02-21 19:00", "Umpiring in the national netball league today. Unpaid, freezing, brilliant.")
P("pop_x", "2026-06-12 17:00", "Massive run [[Favour|pr:P0006]], 800m PB! 🔥", w="pc:P0006", re_="@favour.adey")
P("pop_x", "2025-09-19 19:00", "People who say PE is just games have never run a Year 9 netball trial with 48 girls "
  "and one whistle.")
P("pop_x", "2026-01-10 12:00", "[[Tami Bakare|pr:P0020]] (8 Bernadette) winning chess tournaments AND the Year 8 "
  "sprint. Some kids.")
P("pop_x", "2025-10-11 09:00", "[[Proud to coach netball at #OLMGirls|si]]. Nine teams, 120 girls, one minibus.")
P("pop_x", "2026-03-01 20:00", "Eden Hazard retiring still hurts.")
P("pop_x", "2025-12-09 17:00", "[[The new girl in 7 Bakhita who's just arrived from Asmara|id:-]] has already made the "
  "U12 netball team 🏐")

P("pop_ig", "2025-10-19 10:00", "Richmond Park 10k 🏃 43:12. Legs gone.")
P("pop_ig", "2026-05-16 16:00", "ran into [[favour adeyinka|pr:P0006]] at the crystal palace athletics meet, she's "
  "flying this season 🏃🏾‍♀️", nowork=True)
P("pop_ig", "2026-03-20 18:00", "10k sponsored walk with 800 girls. Feet destroyed. Worth it 💚", w="md")
P("pop_ig", "2026-04-04 08:00", "Easter Saturday long run. 18 miles along the Thames path.", w="pc:P0010",
  cn=["@libertyd_x"])
P("pop_ig", "2025-09-24 18:00", "[[Mercy Day|ev:E001]] rounders, staff v Year 11. We lost. Again.", w="md")
P("pop_ig", "2026-02-26 20:00", "Planning the route for the [[CAFOD walk|ev:E007]]: 10k, three bridges, zero hills "
  "(I promised).", w="md")
P("pop_ig", "2026-07-05 21:00", "Watched Step Brothers again. The Catalina Wine Mixer never gets old.")
P("pop_ig", "2026-05-09 12:00", "Liberty print running shorts? At that price?")

# ---------------------------------------------------------------------------------------------------------
# Science teacher: X (neither)

P("aga_x", "2025-10-14 20:00", "Year 10 made elephant toothpaste today. I am still finding foam in places foam should "
  "not be 🧪", w="md")
P("aga_x", "2025-11-11 17:00", "Narodowe Święto Niepodległości 🇵🇱 [[Zosia|pr:P0007]] from 10 Teresa brought pączki "
  "for the whole class. Dziękuję!", w="md")
P("aga_x", "2026-04-15 21:00", "Goodbye London, hello Kraków 🇵🇱 [[Six years teaching science at OLM|si]], so many "
  "girls, so many Bunsen burners. Dziękuję 💙", w="md")
P("aga_x", "2026-02-11 18:00", "Great question [[Inês|pr:P0008]]! We'll do it in Thursday's lesson.",
  w="md pc:P0008", re_="@ines.lc")
P("aga_x", "2025-12-20 14:00", "Wigilia prep starts now. Twelve dishes, one tiny oven.")
P("aga_x", "2025-12-24 19:00", "Wesołych Świąt to everyone celebrating Wigilia tonight 🎄✨", w="pc:P0007",
  cn=["@zosia_sad", "@greg_sadowski"])
P("aga_x", "2026-03-05 08:10", "Show some mercy, Southern Rail. 47 minutes to go four stops.")
P("aga_x", "2025-10-07 07:50", "Coffee with [[Marisol|sr:S004]] before period 1: the only way to face Year 10 on a "
  "Monday.", w="md")
P("aga_x", "2026-03-10 19:00", "[[Z in 10 Teresa|id:P0007]] got 100% on the chemistry mock. The only one in the "
  "year 🧪", w="md")
P("aga_x", "2025-11-20 20:00", "[[Science week|ev:-]] at OLM: Year 8 built a lemon battery that powered exactly one "
  "LED for exactly four seconds. Triumph.", w="md")
P("aga_x", "2026-01-22 20:00", "Valentina Tereshkova, first woman in space, 1963. My Year 10s had never heard of her. "
  "Fixed that.", w="md")

# ---------------------------------------------------------------------------------------------------------
# History teacher and Head of Year 11: X (bio names the school, with a disclaimer) and Facebook (neither)

P("ade_x", "2025-11-18 21:00", "[[Ms Quintero|sr:S004]] and I took 60 Year 10s to the Imperial War Museum. Zero girls "
  "lost, two lanyards lost. I call that a win.", w="si")
P("ade_x", "2026-06-26 23:30", "Leavers' prom. [[HOLLY BRATHWAITE|pr:P0003]] won best dressed in a gown she made "
  "herself. Not crying, you're crying.", w="si")
P("ade_x", "2025-12-04 19:00", "Deadline is Friday, [[Holly|pr:P0003]]. No extensions for dogs eating coursework 😂",
  w="si pc:P0003", re_="@hollybrathwaite")
P("ade_x", "2025-09-24 13:00", "[[Mercy|pr:P0001]] read the first reading at [[Mercy Day Mass|ev:E001]] this morning "
  "and the hall went silent. Year 11, you've set the bar.", w="si")
P("ade_x", "2026-03-02 20:00", "[[Tami|pr:P0020]] in Year 8 explained the Sicilian Defence to my Year 11s. They were "
  "humbled.", w="si")
P("ade_x", "2026-07-15 17:00", "Year 11 leavers' book signing today. [[@mercy.asante|pr:P0001,pc:P0001]] wrote me a "
  "poem in mine 😭", w="si")
P("ade_x", "2026-02-16 19:00", "Thank you [[@profe.marisol|sr:S004]] for teaching my Year 10s to pronounce "
  "'republicanos' properly 🇪🇸", w="si")

P("ade_fb", "2025-09-27 16:00", "Owambe season! Auntie's 60th in Peckham and the aso-ebi was ON POINT 💃🏾")
P("ade_fb", "2026-03-08 20:00", "International Women's Day. Thinking of my mum, who taught in Ibadan for 35 years, and "
  "of the women I teach alongside every day. [[Clare|sr:S003]], [[Marisol|sr:S004]], [[Thulasi|sr:S005]]: you "
  "are my heroes.", w="md")
P("ade_fb", "2026-04-20 21:00", "[[Prom|ev:E004]] planning meeting number 6. Year 11 want a chocolate fountain AND a "
  "photo booth AND a horse and carriage.", w="md")
P("ade_fb", "2025-11-16 09:00", "Do me a favour, church committee, and stop booking meetings for 8am on a Saturday.")
P("ade_fb", "2026-05-01 18:00", "Bank holiday weekend loading ☀️", w="pc:P0031",
  cn=["@aoifetierney_", "@tharshika_s"])
P("ade_fb", "2026-06-13 22:00", "My son got the history prize at St Kentigern's prize-giving tonight 🏆 Like mother, "
  "like son.")
P("ade_fb", "2025-10-24 18:00", "[[As Head of Year 11 at Mercy Girls|si]], my half-term plan is: sleep, jollof, "
  "sleep.", w="md")

# ---------------------------------------------------------------------------------------------------------
# Learning support assistant (mother of Princess, declared): Facebook (neither) and Instagram (bio names the school)

P("diz_fb", "2025-10-10 19:00", "Happy 14th birthday to my Princess 🎂👑 Love you, anak.")
P("diz_fb", "2026-02-05 22:30", "[[Princess|pr:P0011]] in [[Joseph|ev:E008]] tonight with her school 😭 Proud mama! "
  "Sorry to the people behind me, I filmed the whole thing.", nowork=True)
P("diz_fb", "2025-11-29 12:00", "Anak, bring the rice cooker back from Tita's pls", re_="@princess.dzn")
P("diz_fb", "2025-12-24 23:00", "Noche Buena 🎄🇵🇭 Lechon, pancit, leche flan, and my Princess on the karaoke.")
P("diz_fb", "2025-10-26 15:00", "Filipino community Mass in Camberwell, then merienda at ours 🇵🇭", w="pc:P0016",
  cn=["@princess.dzn", "@angelmae.r"])
P("diz_fb", "2026-05-30 22:00", "Girls' night with [[Marisol Quintero|sr:S004]] and [[Yewande Adebisi|sr:S008]], "
  "tapas in Peckham 🍷", nowork=True)

P("diz_ig", "2025-09-17 20:00", "Big week for our Year 7s with EHCPs. So proud of how they are settling in 💛",
  w="si md")
P("diz_ig", "2026-03-12 17:00", "[[Treasure|pr:P0028]] in 7 Bernadette read a whole page aloud today, first time "
  "ever. Happy tears in the learning support room.", w="si md")
P("diz_ig", "2026-01-21 21:00", "[[One of our Year 9 girls whose mum has just started chemo|id:-]] asked me to pray "
  "with her at break. Please keep them both in your prayers 🙏", w="si md")
P("diz_ig", "2025-11-04 07:30", "Don't forget your PE kit anak 🙄", w="si", re_="@princess.dzn")

# ---------------------------------------------------------------------------------------------------------
# Music teacher: X (disclaimer) and Facebook (neither)

P("dev_x", "2025-12-12 22:00", "[[Carol service|ev:E003]] done. 90 girls, one harp, and [[Clodagh O'Brien|pr:P0015]]'s tin "
  "whistle in the Wexford Carol. Goosebumps.")
P("dev_x", "2026-03-17 09:00", "Happy St Patrick's feast day to all who celebrate ☘️🎻")
P("dev_x", "2026-01-29 21:30", "Rehearsal for [[the musical|ev:E008]] tonight: the boys from St Kentigern's finally "
  "know the words to 'Any Dream Will Do'. Only took six weeks.")
P("dev_x", "2025-10-16 20:00", "[[Mrs Moynihan|sr:S003]]'s Year 8s wrote the words, I wrote the tune. Our Year 8 "
  "hymn is ready 🎶")
P("dev_x", "2026-02-18 13:00", "Althea & Donna on the staffroom radio. Uptown Top Ranking. Instant mood lift.")
P("dev_x", "2026-05-19 18:00", "Duffy's Mercy on the car radio, me singing along at the lights like an eejit.")

P("dev_fb", "2025-11-09 14:00", "Remembrance Sunday. Played the lament at our parish church.")
P("dev_fb", "2026-06-05 21:00", "Grade 8 results are in. Every one of my Year 10 musicians passed. Mo chroí 🎶",
  w="md")
P("dev_fb", "2026-02-26 20:00", "Brilliant cover, [[Shanice|pr:P0032]]! That voice 🎶", w="pc:P0032",
  re_="@shanice.mr", nowork=True)
P("dev_fb", "2026-03-04 20:00", "Still can't get over that high note 🎶", re_="@shanice.mr")
P("dev_fb", "2026-01-04 12:00", "Happy new year from a very rainy Galway!", w="pc:P0033", cn=["@leonor.cout"])
P("dev_fb", "2025-11-26 21:00", "[[C in 9 Teresa|id:P0015]] has perfect pitch. Don't tell her I said so.", w="md")
P("dev_fb", "2026-04-26 19:00", "Hiring! We need a peripatetic violin teacher to [[join me in the music department at "
  "OLM Girls|si]]. DM me.", w="md")
P("dev_fb", "2026-04-25 11:00", "My Bonnie lies over the ocean, and my luggage lies in Dublin airport.")

# ---------------------------------------------------------------------------------------------------------
# Governors: the chair (parish priest; bio names the school, with a disclaimer) and a parent-world governor

P("mcb_x", "2025-09-24 20:00", "[[Feast day Mass|ev:E001]] at Our Lady of Mercy this morning. 850 young women singing "
  "the Magnificat. Bless them.", w="si")
P("mcb_x", "2026-03-19 08:00", "Solemnity of St Joseph today. A quiet, faithful man who gets too little credit.",
  w="si")
P("mcb_x", "2026-05-27 21:00", "Governors met tonight. Thank you [[Mrs Kearney|sr:S001]] and her team for a superb "
  "report.", w="si")
P("mcb_x", "2025-10-25 11:00", "My new Canon camera has arrived. Expect a lot of photos of the church roof.", w="si")
P("mcb_x", "2025-12-14 12:00", "Parish carol service at Holy Spirit tonight, 7pm. Mulled wine after.", w="si")

P("nna_fb", "2025-10-22 20:00", "[[As a governor at Our Lady of Mercy|si]] I spent this morning in lessons. The Year 9 "
  "debate on AI was better than most I hear at work.")
P("nna_fb", "2026-02-12 21:00", "School governor homework: 140 pages of budget papers. Send coffee.")
P("nna_fb", "2026-01-08 20:00", "Thank you to [[Mr Osei-Mensah|sr:S002]] for a beautiful Epiphany reflection at this "
  "week's governors' meeting.")
P("nna_fb", "2026-06-06 17:00", "Gorgeous day for my nephew's first Holy Communion at Holy Spirit, Brockley Vale 🤍")

# ---------------------------------------------------------------------------------------------------------
# Exams officer (not on the roster; bio names the school's website, with a disclaimer)

P("exo_x", "2026-06-19 16:00", "Last GCSE paper done. Thank you to every invigilator, especially [[Ms Dizon|sr:S009]], "
  "who did 38 sessions.", w="si")
P("exo_x", "2026-01-14 12:00", "Year 11 mock results envelopes will be handed out by [[Ms Adebisi|sr:S008]] on "
  "Friday.", w="si")

# ---------------------------------------------------------------------------------------------------------
# Parents (not school representatives; their posts name nobody else and any event is permitted on its date)

P("par_com", "2025-11-15 20:00", "My daughter, Young Poet of London!! God is good 🙏🏾")
P("par_greg", "2026-03-20 18:00", "10k CAFOD sponsored walk with the girls of Our Lady of Mercy. Proud dad 🇵🇱")
P("par_jac", "2026-03-15 12:00", "Food bank total so far: 420 tins! Thank you to all the Our Lady of Mercy families ❤️")
P("par_com", "2026-06-27 11:00", "Prom queen 👑 My baby is all grown up.")


# ---------------------------------------------------------------------------------------------------------
# More hard negatives

P("o_x", "2026-04-13 07:30", "Welcome back for the summer term! Year 11, this is it. Ten weeks, then you fly 💪💙")
P("aga_x", "2026-02-19 21:00", "Strategic retreat from the biscuit tin. Lent is hard.")
P("kea_fb", "2026-02-16 10:00", "Three days of silent retreat at a convent in Kent. Phone off. "
  "Bliss.")
P("pop_x", "2026-04-25 20:00", "Dress shopping for my niece's prom in Leeds, all on FaceTime. I said 'nice' 40 times. "
  "Apparently that's not helpful 💃")
P("qui_ig", "2025-11-24 19:00", "Teaching tip: learners remember what THEY say, not what I say. Más hablar, menos "
  "escuchar 🗣️")
P("moy_fb", "2025-09-11 21:30", "Open evening at St Kentigern's with my nephew. Very shiny new sports hall, very "
  "small blazer.")

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], out=OUT, seed=SEED, prefix=PREFIX, n_posts=N_POSTS, school=SCHOOL))
