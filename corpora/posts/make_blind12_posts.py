"""Write ``blind12-posts.jsonl``: the twelfth blind, hand-labelled evaluation set (see ``BLIND12.md``).

    python corpora/posts/make_blind12_posts.py              # check, then write
    python corpora/posts/make_blind12_posts.py --warnings   # also list posts a reviewer should look at twice

This set is about a school the product has never seen: Ysgol Uwchradd Caerfelin (Caerfelin High School), a fictional
bilingual 11-16 comprehensive in a Powys border town (``corpora/blind12-school``). It has a Welsh-medium stream
(forms named by year + a Welsh tree: 9 Celyn, 11 Derwen) and an English-medium stream (9B, 11A), four Eisteddfod
houses, and a town of the same name whose rugby club, bridge and primary school are not the school. A few posts
are partly or wholly in Welsh; they are labelled by the same rules. Every post and every label below was written by
hand. Gold spans are marked inline as ``[[text|cat:SUBJECT,cat:SUBJECT]]`` (``-`` or nothing for no subject; the
marked text may span a line break); whole-post gold goes in ``w`` as ``cat`` or ``cat:SUBJECT`` words. The checks
in ``blind_kit.py`` must all pass, against the blind12 school profile, before the file is written.
"""

from __future__ import annotations

import sys
from pathlib import Path

from blind_kit import ROOT, P, acct, main

HERE = Path(__file__).resolve().parent
OUT = HERE / "blind12-posts.jsonl"
SCHOOL = ROOT / "corpora" / "blind12-school"
SEED = 20261412
PREFIX = "b12"
N_POSTS = 240


# ---------------------------------------------------------------------------------------------------------
# Accounts. ``disc``: the bio says the views are the author's own. ``si_bio``: the bio self-identifies.

# official accounts. Approved: @YsgolCaerfelin on facebook and instagram, @CaerfelinHigh on x (handles without case).
acct("ofb", "official", "facebook", "@YsgolCaerfelin",
     "Ysgol Uwchradd Caerfelin | Caerfelin High School · Heol y Felin, Caerfelin · Dwyieithog / Bilingual 11-16")
acct("ofb_lc", "official", "facebook", "@ysgolcaerfelin", "Ysgol Uwchradd Caerfelin")
acct("oig", "official", "instagram", "@YsgolCaerfelin", "📸 Bywyd ysgol | school life · Ysgol Uwchradd Caerfelin")
acct("oig_lc", "official", "instagram", "@ysgolcaerfelin", "Ysgol Uwchradd Caerfelin 🏴󠁧󠁢󠁷󠁬󠁳󠁿")
acct("ox", "official", "x", "@CaerfelinHigh",
     "Caerfelin High School · Ysgol Uwchradd Caerfelin. News, fixtures, closures.")
acct("ox_lc", "official", "x", "@caerfelinhigh", "Caerfelin High School")
# not approved
acct("u_x", "official", "x", "@YsgolCaerfelin", "Ysgol Uwchradd Caerfelin – newyddion | news")
acct("u_fb", "official", "facebook", "@CaerfelinHigh", "Caerfelin High School – English stream news")
acct("u_pe", "official", "x", "@YUC_Chwaraeon", "Adran Chwaraeon | PE & sport, Ysgol Uwchradd Caerfelin 🏉⚽🏑")
acct("u_cym", "official", "instagram", "@AdranGymraegYUC", "Adran y Gymraeg, Ysgol Caerfelin ✍️ Cymraeg i bawb")
acct("u_pta", "official", "facebook", "@CyfeillionYUC", "Cyfeillion YUC | Friends of Caerfelin High (PTA) 💛")
acct("u_dofe", "official", "instagram", "@YUC_DofE", "Duke of Edinburgh's Award at Caerfelin High 🥾 Bronze & Silver")

# staff, governors, a receptionist who is not on the roster, and parents
acct("bea_x", "personal", "x", "@rhiannonbeddoes",
     "Pennaeth | Headteacher, Ysgol Uwchradd Caerfelin 🏴󠁧󠁢󠁷󠁬󠁳󠁿 Views my own.", "S001", disc=True, si_bio=True)
acct("bea_fb", "personal", "facebook", "@rhiannon.beddoes.5", "", "S001")
acct("iolo_x", "personal", "x", "@iolo_harries", "Deputy head. Dad of 3, slow runner, Cardiff City sufferer 🏃", "S002")
acct("sioned_x", "personal", "x", "@sionedgwilym", "Athrawes Gymraeg 🏴󠁧󠁢󠁷󠁬󠁳󠁿 Welsh teacher #TeuluCaerfelin", "S003",
     si_bio=True)
acct("sioned_fb", "personal", "facebook", "@sioned.gwilym", "", "S003")
acct("rhods_x", "personal", "x", "@rhodsvaughan", "PE & rugby 🏉 Scarlets till I die. Opinions my own.", "S004",
     disc=True)
acct("rhods_fb", "personal", "facebook", "@rhodri.vaughan.7", "", "S004")
acct("dai_ig", "personal", "instagram", "@daimeredith", "Geography & DofE at @YsgolCaerfelin ⛰️ maps, mud, more maps",
     "S005", si_bio=True)
acct("dai_fb", "personal", "facebook", "@dai.meredith.walks", "Hills. Maps. Dad.", "S005")
acct("elinor_ig", "personal", "instagram", "@elinorwyn_cerdd",
     "Cerddor | musician · choirs, harp & coffee ☕ Views my own", "S006", disc=True)
acct("nim_x", "personal", "x", "@missthapa_maths", "Maths teacher. Tea, puzzles, momos. Opinions mine.", "S007",
     disc=True)
acct("nim_fb", "personal", "facebook", "@nirmala.thapa", "", "S007")
acct("lowri_x", "personal", "x", "@lowrihaf", "Athrawes wyddoniaeth | science teacher 🔬 Ysgol Caerfelin", "S008",
     si_bio=True)
acct("lowri_ig", "personal", "instagram", "@lowri.haf.jones", "🐕 Mabon the spaniel · sea swims · Caerfelin", "S008")
acct("meinir_fb", "personal", "facebook", "@fferm.cwmhir", "Fferm Cwm Hir 🐑 Texels & Welsh Mules", "G001")
acct("karen_fb", "personal", "facebook", "@karen.bufton.71", "Mam of 2 · Shrewsbury Town · wine o'clock", "S009")
acct("sion_x", "personal", "x", "@mrmaddox_english", "English teacher. Reader of too many books. All views my own.",
     "S010", disc=True)
acct("sion_ig", "personal", "instagram", "@sionmaddox", "📷 photos, mostly of clouds", "S010")
acct("glyn_fb", "personal", "facebook", "@glyn.bevan.caerfelin", "", "S011")
acct("sandra_fb", "personal", "facebook", "@sandra.yeomans",
     "School business manager at caerfelin.example.sch.uk · views my own", "S012", disc=True, si_bio=True)
acct("meinir_x", "personal", "x", "@meinirhamer",
     "Ffermwraig | farmer 🐑 Chair of governors, Ysgol Uwchradd Caerfelin. Views my own.", "G001", disc=True,
     si_bio=True)
acct("nev_fb", "personal", "facebook", "@cllrnevpugh",
     "County councillor, Caerfelin North ward. School governor. Grandad. Shrewsbury Town season ticket.", "G002")
acct("delyth_fb", "personal", "facebook", "@delyth.swyddfa",
     "Front office at caerfelin.example.sch.uk 📞 views my own", None, disc=True, si_bio=True)
acct("ceri_fb", "personal", "facebook", "@cerihopkins", "", "R001")
acct("asia_fb", "personal", "facebook", "@asia.pawlak", "Księgowa · accountant · mama", "R002")
acct("hana_fb", "personal", "facebook", "@hana.alkhatib", "", "R004")
acct("gethin_fb", "personal", "facebook", "@gethinellis", "Ellis Motors, Caerfelin · MOTs & servicing", "R005")
acct("sharon_fb", "personal", "facebook", "@sharonmarchant_", "", "R006")

# ---------------------------------------------------------------------------------------------------------
# Official accounts, approved. Consent-yes pupils by first name are negatives; consent-no pupils are gold. The head
# (S001) and the chair of governors (G001) have official-scope permissions for the year; Mr Vaughan (S004) is
# permitted everywhere from 2025-10-06; Llŷr (P0010) on official accounts 2026-01-12..2026-03-31; the Eisteddfod
# (E001) on official accounts 2026-02-23..2026-03-06; Mrs Marchant (R006) everywhere 2026-04-20..2026-06-12.
# Approved events: Open Evening from 2025-09-15, Christmas Concert from 2025-12-01, Prom from 2026-05-18.

P("ofb", "2025-09-03 07:30",  # cy
  "Croeso nôl! Heulwen braf i ddechrau'r tymor ☀️\n\nWelcome back to everyone at Ysgol Uwchradd Caerfelin 👋 "
  "Year 7 start today at 8.45, everyone else tomorrow. Buses as normal.")
P("ofb", "2025-09-10 16:00",
  "Save the date: our [[Open Evening|ev:E006]] is on Thursday 2 October, 5.30–8pm. Come and see both our "
  "Welsh-medium and English-medium streams 🏫")
P("ofb", "2025-10-03 15:40",
  "Year 7 are off to [[Llangrannog|ev:E007]] on the 15th! 🌊 Kit lists went home in bags today. Any questions, "
  "please ring the office on 01632 960527.")
P("ofb", "2025-11-07 16:10",
  "Congratulations to [[Dewi|pr:P0007]] in 8 Celyn, who passed his Grade 5 piano with distinction! 🎹")
P("ofb", "2025-11-20 17:00",
  "Tickets for the [[Christmas concert|ev:E004]] go on sale on Monday – £4 adults, £2 children. The choir and the "
  "orchestra are sounding amazing already 🎄")
P("ofb", "2025-12-10 12:00",
  "Only a handful of tickets left for Tuesday's carol concert in St Mary's church. Doors open at 6.30 🕯️")
P("ofb", "2025-12-19 13:00",  # cy
  "Nadolig Llawen a Blwyddyn Newydd Dda! Gobeithio am Nadolig gwyn ❄️\n\nMerry Christmas from all of us at Ysgol "
  "Caerfelin. School reopens on Monday 5 January.")
P("ofb", "2026-01-13 16:30",
  "Huge congratulations to Llŷr Tudur (11 Celyn), selected for the Welsh Schools U16 squad 🏉🏴󠁧󠁢󠁷󠁬󠁳󠁿")
P("ofb", "2026-02-24 08:00",
  "Eisteddfod yr Ysgol is this Friday! Non-uniform in house colours, £1 towards the Urdd fund.")
P("ofb", "2026-03-02 16:00",
  "What a Steddfod! 🏆 Tŷ Glyndŵr took the shield, Heulwen (10 Celyn) won the chair and Hedd (7 Derwen) the "
  "under-12 recitation. Thank you, everyone!")
P("ofb", "2026-03-09 15:30",
  "Photos from the [[Eisteddfod|ev:E001]] are now on the website. The adjudicator said it was the best standard "
  "she'd heard in years 👏")
P("ofb", "2026-03-20 16:00",
  "Good luck to our U15 and U16 squads at the [[Border Schools Sevens|ev:E002]] on Wednesday – we're hosting 12 "
  "schools from both sides of Offa's Dyke 🏉")
P("ofb", "2026-04-14 18:00",
  "Thank you to [[Sharon Marchant|par:R006]] for organising the Easter egg raffle – £410 raised for the minibus "
  "fund! 🐣")
P("ofb", "2026-04-27 16:00",
  "Thank you to Sharon Marchant and the Friends for the new picnic benches by the canteen 🪵 They're already full "
  "at break.")
P("ofb", "2026-05-12 16:20",
  "Year 11: your [[prom|ev:E005]] deposit is due by Friday. Please see [[Mr Harries|sr:S002]] if you need help with "
  "the cost – no one should miss out.")
P("ofb", "2026-06-09 15:45",
  "Year 10 [[DofE|ev:E003]] walkers – final kit check is on Friday lunchtime in G4. Don't forget waterproofs! 🌧️")
P("ofb", "2026-07-17 13:00",  # cy
  "Diolch am flwyddyn wych! Thank you for a brilliant year. Have a safe summer – we reopen on Wednesday "
  "2 September ☀️")
P("ofb", "2025-10-20 16:00",
  "Well done to [[Zofia Pawlak|pr:P0016]] (10B), whose photograph of the Caerfelin bridge in the fog has been "
  "picked for the county library calendar 📷")
P("ofb", "2026-02-05 17:30",
  "Our Year 11 mock results evening went really well. Thank you to [[Miss Thapa|sr:S007]] and the maths "
  "department for all the after-school sessions.")
P("ofb", "2026-01-23 12:00",  # cy
  "Dydd Santes Dwynwen hapus ddydd Sul! 💕 Mae'r Adran Gymraeg yn gwerthu cardiau amser cinio heddiw – 50c yr un.")
P("ofb", "2025-09-22 16:00",
  "Mrs Beddoes will speak at 6pm and again at 7pm at our Open Evening next week. Tours are run by our Year 10 "
  "ambassadors.")
P("ofb", "2025-11-12 09:00",
  "Our chair of governors, Meinir Hamer, presented the Year 11 certificates at last night's awards evening 🎓 "
  "Well done to every one of last year's leavers.")
P("ofb_lc", "2026-01-07 06:45",
  "SNOW: school is CLOSED today. Stay safe and warm, and please look in on your neighbours ❄️")

P("ox", "2026-01-06 16:00",
  "[[Llŷr|pr:P0010]] in 11 Celyn has been called up to a national trial squad – good luck next week! 🏉")
P("ox", "2026-04-02 17:00",
  "Proud of [[Llyr Tudur|pr:P0010]] (11 Celyn), who captained Wales U16 Schools against Ireland yesterday "
  "🏴󠁧󠁢󠁷󠁬󠁳󠁿🏉")
P("ox", "2026-03-31 10:00",
  "Llŷr Tudur's first cap is on display in reception this week – come and have a look 👀")
P("ox", "2025-09-08 15:30",
  "Rugby trials for Years 8 and 9 tomorrow after school with [[Mr Vaughan|sr:S004]]. Boots and gumshields, "
  "please!")
P("ox", "2025-10-14 17:45",
  "Mr Vaughan's U14s beat Llanidloes 31-12 this afternoon 👏 Four tries in the second half.")
P("ox", "2025-11-03 16:00",
  "Seren in 7 Celyn has raised £230 for Tŷ Hafan by having 30cm of hair cut off 💇‍♀️ What a star.")
P("ox", "2026-03-04 12:30",
  "The Eisteddfod chair and crown are back in the trophy cabinet ✨ Thank you to [[Mr Bevan|sr:S011]] for the "
  "new shelving.")
P("ox", "2026-06-22 18:00",
  "All 46 of our Year 10 [[Bronze expedition|ev:E003]] walkers are back safe and very muddy. Thank you "
  "[[Mr Meredith|sr:S005]] and the team! ⛰️")
P("ox", "2025-12-01 16:00",
  "Christmas concert rehearsals are in full swing 🎶 Tickets from the office from tomorrow.")
P("ox", "2026-07-03 09:00",
  "What a night! Year 11, you looked incredible at prom 🥂 Carys and Bethan arriving on a vintage tractor will "
  "go down in history 🚜")
P("ox", "2026-01-15 16:15",
  "Congratulations to Mali (11 Celyn) and Gwyn (9 Celyn), through to the county final of the Urdd public "
  "speaking 🎤")
P("ox", "2025-09-12 16:00",
  "Well done [[Rima|pr:P0021]] (8A), who read her poem about Aleppo and Caerfelin at the town's Peace Day "
  "service 🕊️")
P("ox", "2026-05-06 17:00",
  "[[Tiago|pr:P0025]] in 9C has been picked for Shropshire's U14 futsal squad ⚽ A first for the school!")
P("ox", "2025-09-15 12:00",
  "Open evening: Thursday 2 October, 5.30–8pm. Both streams, every department, and free cawl 🥣")
P("ox", "2026-02-20 16:00",
  "One week to the [[Eisteddfod|ev:E001]]! House captains: final entry lists to [[Mrs Gwilym|sr:S003]] by Monday, "
  "please.")
P("ox", "2026-03-06 12:00",
  "Eisteddfod shield presented in assembly this morning – Tŷ Glyndŵr's third win in a row 🏆")
P("ox", "2026-04-21 16:30",
  "Congratulations to [[Gwawr Ellis|pr:P0005]] (11 Derwen), winner of the Powys Young Farmers public speaking "
  "final 🎤🐑")
P("ox_lc", "2026-02-26 15:00",
  "Non-uniform tomorrow for the eisteddfod – house colours only please! Tŷ Dewi red, Glyndŵr yellow, Hywel green, "
  "Llywelyn blue.")
P("ox_lc", "2025-10-06 16:00",
  "Year 7 [[Llangrannog trip|ev:E007]]: please return medical forms by Friday.")

P("oig", "2025-10-16 19:00",  # cy
  "Dyddiau da yn [[Llangrannog|ev:E007]]! 🐴 Year 7 on the dry ski slope, the beach and the ponies.")
P("oig", "2026-03-03 18:00",
  "Eisteddfod 2026 in pictures 📸 Swipe for the folk dancing, the choir and Heulwen's chairing ceremony 🪑")
P("oig", "2026-06-19 13:00",
  "Day 2 of the [[DofE expedition|ev:E003]] ☀️ Lunch stop above Cwm Du, everyone smiling (for now).")
P("oig", "2025-12-17 09:00",
  "Last night's Christmas concert 🎄✨ Thank you to everyone who came and sang along.")
P("oig", "2026-04-23 15:30",
  "Look what [[Eira|pr:P0002]] from 8 Derwen made in DT – a working bird box for the school garden 🐦")
P("oig", "2026-01-29 15:00",  # cy
  "Sesiwn ganu i Flwyddyn 7 gyda'r côr heddiw 🎶 Mae'r alaw newydd yn swnio'n wych!")
P("oig", "2026-03-18 16:00",
  "Thank you to [[Mrs Al-Khatib|par:R004]] for the trays of Syrian sweets at our languages day 🍬 Gone in four "
  "minutes.")
P("oig_lc", "2026-05-15 16:00",
  "Meet [[Mrs Yeomans|sr:S012]], our business manager, who has just run her first marathon 🏅 We're so proud!")

# ---------------------------------------------------------------------------------------------------------
# Official accounts that were never approved. Consent-yes pupils are left unlabelled there (BLIND5 call 11); the
# head, the chair, Llŷr and the Eisteddfod are never named inside their official-scope windows (the kit's open
# question).

P("u_x", "2025-09-05 12:00", "Our new bilingual website is live! caerfelin.example.sch.uk 🖥️", w="ua")
P("u_x", "2025-11-18 15:30",
  "Rehearsals for the [[Cyngerdd Nadolig|ev:E004]] tonight until 5pm. Parents, please collect from the music block.",
  w="ua")
P("u_x", "2026-02-10 16:00",
  "Entries for the [[Eisteddfod|ev:E001]] close on Friday – poems, posters and photos to [[Mrs Gwilym|sr:S003]].",
  w="ua")
P("u_x", "2026-01-19 16:00",
  "Gwen in 10 Derwen is reading the news on Radio Cymru this Saturday 📻 Tune in!", w="ua")
P("u_x", "2026-05-04 16:00",
  "[[Bikram Gurung|pr:P0018]] (11A) has been offered an apprenticeship with the Royal Engineers – proud of you!",
  w="ua")
P("u_fb", "2025-10-01 12:00",
  "Open evening tomorrow, 5.30–8pm. English stream tours start in the main hall.", w="ua")
P("u_fb", "2025-12-05 15:00",
  "The lost property mountain has reached base camp 🏔️ Anything unclaimed goes to the charity shop on the 19th.",
  w="ua")
P("u_fb", "2026-04-29 18:00",
  "Thanks to Sharon Marchant and the PTA for the cake stall at parents' evening 🍰", w="ua")
P("u_fb", "2026-06-15 16:00",
  "Sports day is on Friday, weather permitting. [[Mr Harries|sr:S002]] will text parents by 7am if it's off.",
  w="ua")
P("u_pe", "2025-09-15 17:00",
  "U16 rugby training Tuesdays and Thursdays with [[Mr Vaughan|sr:S004]]. All welcome, no experience needed 🏉",
  w="ua")
P("u_pe", "2026-03-26 08:00",
  "Semi-finalists at the [[Border Schools Sevens|ev:E002]]! Knocked out by the Hereford lads in a thriller. Player "
  "of the tournament: [[Tyler Price Davies|pr:P0019]] 🏉", w="ua")
P("u_pe", "2025-10-22 17:30",
  "Netball: the U13s won 14-6 at Builth today. Coach Vaughan is very, very proud 😄", w="ua")
P("u_pe", "2026-01-30 16:00",
  "Cross-country: Fern (9A) 3rd and Siân (8 Celyn) 5th in the county! 🏃‍♀️", w="ua")
P("u_pe", "2026-03-18 12:00",
  "The draw for next week's [[sevens|ev:E002]] is out – we open against Ysgol Glan Ithon at 10.20.", w="ua")
P("u_pe", "2026-05-11 16:00",
  "[[Llŷr|pr:P0010]] (11 Celyn) has signed an academy contract with the Scarlets! 🔴", w="ua")
P("u_cym", "2026-02-13 15:00",  # cy
  "Dim ond pythefnos tan yr [[Eisteddfod|ev:E001]]! Cofiwch: cerddi i [[Musus Gwilym|sr:S003]] erbyn dydd "
  "Gwener 🪑", w="ua")
P("u_cym", "2025-09-26 09:00",  # cy
  "Diwrnod Ewropeaidd yr Ieithoedd hapus! Happy European Day of Languages 🌍", w="ua")
P("u_cym", "2026-03-12 16:00",  # cy
  "Canlyniadau'r [[Steddfod|ev:E001]] 🏆 Llongyfarchiadau i [[Alaw|pr:P0009]] (9 Derwen), ail yn y llefaru!",
  w="ua")
P("u_pta", "2025-11-10 19:00",
  "Christmas Fayre at the Memorial Hall, Saturday 29th! Tombola donations to reception please 🎁", w="ua")
P("u_pta", "2026-04-15 20:00",
  "Huge thanks to our chair [[Sharon Marchant|par:R006]] for sorting the quiz night – 19 teams! 🧠", w="ua")
P("u_pta", "2026-05-28 19:00",
  "Sharon is asking for volunteers for the prom flowers – message her! 💐", w="ua")
P("u_pta", "2026-01-21 20:00",
  "Congratulations to our treasurer [[Asia Pawlak|par:R002]] on passing her final accountancy exams! 🎉", w="ua")
P("u_dofe", "2026-06-18 10:00",
  "[[Radnor Forest expedition|ev:E003]], day 1: all groups through the first checkpoint 🥾", w="ua")
P("u_dofe", "2026-02-03 16:00",
  "Navigation training in the snow today. Year 10 were brilliant ❄️🧭", w="ua")
P("u_dofe", "2026-05-21 16:00",
  "Practice walk this weekend. [[Mr Meredith|sr:S005]]'s top tip: pack your socks in a plastic bag 🧦", w="ua")

# ---------------------------------------------------------------------------------------------------------
# The headteacher. Her X bio names the school (whole-post self-identification on every post) and has a disclaimer;
# her Facebook has neither.

P("bea_x", "2025-09-04 16:45",
  "First assembly of the year done: told 900 young people that kindness is the bravest thing they'll do this term. "
  "Then got lost in our own new building 🙈", w="si")
P("bea_x", "2025-11-11 11:20",
  "Two minutes' silence at 11. The whole school out on the field, and the only sound a red kite over the hill.",
  w="si")
P("bea_fb", "2026-03-01 09:00",  # cy
  "Dydd Gŵyl Dewi hapus! Gwnewch y pethau bychain 🏴󠁧󠁢󠁷󠁬󠁳󠁿")
P("bea_x", "2026-02-27 13:00",
  "[[Eisteddfod|ev:E001]] day. The hall is a wall of noise and there is nowhere I'd rather be 💛", w="si")
P("bea_x", "2026-06-30 17:00",
  "Thirty-one years, [[Glyn Bevan|sr:S011]]. Nobody knows our buildings like you do. Enjoy every minute of "
  "retirement ❤️", w="si")
P("bea_x", "2025-10-02 21:30",
  "Open evening: 600 visitors, 40 staff, one brass band and a head who has now said \"both streams\" about 300 "
  "times.", w="si")
P("bea_x", "2026-01-21 18:00",
  "The Estyn letter arrived today. Deep breath. We know who we are.", w="si")
P("bea_x", "2026-02-06 15:30",
  "[[Tyler|pr:P0019]] and [[Kit|pr:P0014]] had their heads shaved for Tŷ Hafan in assembly this morning. The hall "
  "went wild.", w="si")
P("bea_x", "2025-12-12 10:00",
  "Christmas jumper day and I have been comprehensively out-jumpered by the site team 🎄", w="si")
P("bea_x", "2026-03-26 19:00",
  "Yesterday's [[sevens|ev:E002]]: 12 schools, no injury worse than a nosebleed, and [[Iolo|sr:S002]] had lost "
  "his voice by 11am 🏉", w="si")

P("bea_fb", "2025-09-27 19:00",
  "Rhiannon came on the radio in the car and my daughter groaned before the first chord. Every single time 😂 "
  "#FleetwoodMac")
P("bea_fb", "2026-01-09 21:00",
  "Budget meetings all week. Spent Friday night reading school funding tables instead of a novel. Send biscuits.",
  w="md")
P("bea_fb", "2026-04-18 18:30",
  "Lambing Saturday on [[Meinir Hamer|sr:G001]]'s farm. I bottle-fed a lamb and I am a changed woman 🐑",
  nowork=True)
P("bea_fb", "2026-02-13 22:00",
  "Quiz night at the Felin Arms raised £900 for the air ambulance 🚁 Thank you all!",
  w="pc:P0030", cn=["@niabellamy", "@gethinellis"])
P("bea_fb", "2025-11-29 20:00",
  "Ten years ago today I sat my interview in front of the governors. [[Proud to lead Ysgol Uwchradd Caerfelin|si]] "
  "every single day since 💛", w="md")
P("bea_fb", "2026-07-18 16:00",
  "Last day of term. 212 reports signed, one leaving speech cried all the way through, and now the empty hall. "
  "Bliss.", w="md")
P("bea_fb", "2026-06-06 19:00",
  "Gwyn and I finally walked the Offa's Dyke stretch from Knighton to Kington 🥾 Feet destroyed.")

# ---------------------------------------------------------------------------------------------------------
# The deputy head: a role in the bio but no school, and no disclaimer.

P("iolo_x", "2025-10-18 17:10", "Cardiff City. Why do I do this to myself.")
P("iolo_x", "2025-11-28 11:00",
  "Covering Year 9 French with my GCSE French from 1996. [[Jac P|pr:P0020]] had to translate \"pencil case\" for "
  "me. Je suis désolé, 9B.", w="md")
P("iolo_x", "2026-03-25 07:15",
  "Hosting the [[sevens|ev:E002]] today: 12 schools, 340 teenagers, 2 portaloos and one deputy head holding a "
  "clipboard like a shield.", w="md")
P("iolo_x", "2026-05-09 20:00",
  "Iolo Williams on Springwatch, crouched in a bog, whispering about a heron. Same, Iolo. Same. 🐦")
P("iolo_x", "2026-06-12 13:30",
  "Spent lunch counting prom deposits. 84 envelopes, 84 different spellings of \"Harries\" 🙃", w="md")
P("iolo_x", "2026-01-16 21:30",
  "Five-a-side with Rhods tonight. He's after my place in the staff team, I'm sure of it.")
P("iolo_x", "2025-09-19 22:00",
  "BBQ at Caerfelin RFC with [[Rhodri Vaughan|sr:S004]] on the grill. His burgers should be reported to the "
  "authorities 🍔", nowork=True)
P("iolo_x", "2025-09-11 16:30",
  "Planning [[open evening|ev:E006]] tours. Route 3 goes past the boiler room. Route 3 has been cancelled.",
  w="md")
P("iolo_x", "2026-04-07 18:00",
  "Congrats on the apprenticeship, [[Elis|pr:P0033]]! Knew you'd get it 👏", w="pc:P0033", re_="@elisgwilym",
  nowork=True)
P("iolo_x", "2026-02-09 08:00",
  "This week in 2016 [[I started as deputy head at Ysgol Caerfelin|si]]. Ten years on and I still can't work "
  "the photocopier.", w="md")
P("iolo_x", "2026-03-02 19:00",
  "Congrats on the offer from Cardiff Met! 🎉 Brilliant news.", re_="@niabellamy")
P("iolo_x", "2026-06-29 12:40",
  "[[S in Year 7|id]] just asked me if I'm \"the head's dad\". I am 41.", w="md")
P("iolo_x", "2026-05-14 13:00",
  "[[Year 11 prom|ev:E005]] committee at lunch. They want a helicopter. The budget says minibus.", w="md")

# ---------------------------------------------------------------------------------------------------------
# Head of Welsh. Her X bio names the school by hashtag, with no disclaimer; her Facebook has neither. Her son Elis
# (a former pupil, 17) is a declared family link.

P("sioned_x", "2025-09-26 16:00",  # cy
  "Diwrnod cyntaf y clwb barddoniaeth! 14 o ddisgyblion Blwyddyn 9 yn ysgrifennu englynion. Calon yn llawn 💛",
  w="si md")
P("sioned_x", "2026-02-20 17:00",
  "[[Eisteddfod|ev:E001]] week next week. I have laminated things that did not need laminating.", w="si md")
P("sioned_x", "2026-03-04 16:30",
  "So proud of [[Heulwen|pr:P0003]], who won the chair with a poem about her taid's farm. I cried in the hall.",
  w="si md")
P("sioned_fb", "2025-12-26 14:00",
  "Boxing Day walk up to the trig point. Snow on the tops, sunshine in the valley ❄️☀️")
P("sioned_x", "2026-01-15 15:40",
  "Reading Hedd Wyn's \"Rhyfel\" with Year 11 today. A hundred years on and every year it gets me.", w="si md")
P("sioned_x", "2026-04-20 19:00",
  "Your poem made the whole staffroom cry. Keep writing! ✍️", w="si md pc:P0006", re_="@gwenllian.m")
P("sioned_x", "2025-11-13 16:00",
  "Teaching Branwen ferch Llŷr to Year 10 this week, and they are FURIOUS about the starling 🐦", w="si md")
P("sioned_x", "2026-06-09 12:30",
  "[[G in 11 Derwen|id:P0005]] has just told me her last exam went \"fine\". Her face said otherwise 😅",
  w="si md")
P("sioned_x", "2026-05-15 15:30",
  "Last lesson with 11 Celyn before study leave 😭 [[Mali|pr:P0013]] baked a cake and [[Llŷr|pr:P0010]] made a "
  "speech.", w="si md")
P("sioned_fb", "2026-07-06 10:00",
  "Llangrannog for the weekend with my sister, no teenagers attached. Pure bliss 🌊")

P("sioned_fb", "2025-10-05 09:30",  # cy
  "Pob lwc yn y gêm heddiw cariad! Mam x", re_="@elisgwilym")
P("sioned_fb", "2026-02-14 08:00", "Happy 18th birthday! Have the best day x", re_="@niabellamy")
P("sioned_fb", "2026-02-10 19:30",
  "Good luck at the Aberystwyth audition, [[Nia|pr:P0030]]! You'll be brilliant.", w="pc:P0030",
  re_="@niabellamy", nowork=True)
P("sioned_fb", "2026-03-20 20:00",
  "So proud: Gwen Morgan's poem is on the shortlist for the Wales Young Poet prize! 🏆")
P("sioned_fb", "2025-12-31 23:10",
  "New Year's Eve with the family. Elis won Monopoly and has not stopped talking about it.")
P("sioned_fb", "2025-11-21 21:00",
  "Marking 60 Year 11 essays on \"Hon\" by T. H. Parry-Williams. Sixty ways of saying \"home is important\".",
  w="md")
P("sioned_fb", "2026-05-16 11:00",
  "Coffee with [[Ceri Hopkins|par:R001]] in the new café on Broad Street – the bara brith is elite 🫖")
P("sioned_fb", "2026-02-27 22:00",
  "Adjudicating at 8am, results at 4pm, home by 9pm. [[Steddfod|ev:E001]] done for another year.", w="md")

# ---------------------------------------------------------------------------------------------------------
# PE and rugby. Permitted everywhere from 2025-10-06. His stepson Tyler (@tyler.pd) is a declared family link.
# His X bio has a disclaimer; his Facebook has none.

P("rhods_x", "2026-03-25 18:00",
  "Proud of the boys at the [[sevens|ev:E002]] today. Semi-final against a side twice our size and we never took "
  "a backward step 🏉")
P("rhods_x", "2025-11-22 17:00", "Told you the left boot was the lucky one 😂 Well played.", re_="@tyler.pd")
P("rhods_x", "2026-01-24 10:00",
  "Six Nations fantasy league is up and running. Who's in? 🏉", w="pc:P0014", cn=["@tyler.pd", "@kitmarchant_"])
P("rhods_x", "2025-10-30 19:00", "Great try on Saturday. That step off the left foot 👌", re_="@iantoprobert")
P("rhods_x", "2026-02-08 18:00", "Massive performance. Scrum half of the future 🏉", w="pc:P0010", re_="@llyr_tudur")
P("rhods_x", "2026-03-06 21:00",
  "[[I've coached rugby at Caerfelin High for twelve years|si]] and this [[sevens|ev:E002]] squad is the best I've "
  "had.")
P("rhods_x", "2025-09-20 18:00",
  "Great to see [[@iantoprobert|pr:P0031]] back in a Caerfelin RFC shirt today. Still the quickest man in Powys.")
P("rhods_x", "2026-05-23 12:00", "The Caerfelin Sevens at the rugby club tomorrow, beer tent and all 🍺☀️")

P("rhods_fb", "2025-09-14 19:00",
  "Tyler's first game for the Caerfelin RFC youth today and the boy scored twice. Proud stepdad 🏉")
P("rhods_fb", "2026-03-27 21:30",
  "Marking GCSE PE coursework with a pint of tea. The [[sevens|ev:E002]] hangover is real.", w="md")
P("rhods_fb", "2025-12-20 23:45", "Dancing to Bonnie Tyler at 1am is my cardio now 🎶")
P("rhods_fb", "2025-11-15 17:30",
  "Pipped on the line in the Caerfelin fun run by [[@gwyn.bowen12|pr:P0001,pc:P0001]]. I want a rematch next year "
  "🏃‍♂️😂", nowork=True)
P("rhods_fb", "2026-02-21 19:00", "Wales v England at the clubhouse. We do not speak of the second half.")
P("rhods_fb", "2026-04-24 16:00",
  "Year 9 bleep test. [[Fern O’Leary|pr:P0015]] in 9A got to level 13 and didn't even look tired.", w="md")
P("rhods_fb", "2025-09-30 18:30",
  "[[Kit Marchant|pr:P0014]] scored a hat-trick for the U14s today, then asked if he could go home because he'd "
  "forgotten his kit 🤦", w="md")

# ---------------------------------------------------------------------------------------------------------
# Geography and DofE. His Instagram bio names the school's handle (no disclaimer); his Facebook has neither. His
# daughter Carys (@carysmeredith_) is a declared family link.

P("dai_ig", "2026-06-18 07:30",
  "[[DofE|ev:E003]] day 1. Sun cream on, 11 groups out, and one lost compass already found in a sheep field 🐑",
  w="si md")
P("dai_fb", "2025-10-11 08:00", "Pen y Fan at sunrise, the bracken and fern gone gold. Worth the 4am alarm 🌄")
P("dai_ig", "2026-04-30 18:00",
  "Shout out to [[the lad in 10B who navigated his group off the hill in fog|id]] on Saturday's practice walk. "
  "Future mountain leader 🧭", w="si md")
P("dai_ig", "2025-11-08 20:00", "Proud of you bach x", w="si", re_="@carysmeredith_")
P("dai_ig", "2026-06-20 19:00",
  "[[Expedition|ev:E003]] done. 46 Year 10s, zero blisters reported (lies), one very happy geography teacher.",
  w="si md")
P("dai_ig", "2025-11-26 16:00",
  "Year 8 geography: Mali, the Niger and the salt caravans of Timbuktu. Best unit of the year 🐪", w="si md")
P("dai_fb", "2026-01-25 15:00", "Snowdon horseshoe in full winter kit. Not for the faint-hearted ❄️")
P("dai_fb", "2026-05-30 17:00", "Radnor Forest on a Saturday with nobody about except the red kites 🪶")

P("dai_fb", "2026-01-14 21:00",
  "Risk assessments for the [[summer expedition|ev:E003]]. 43 pages. I have assessed the risk of me losing the "
  "will to live as HIGH.", w="md")
P("dai_fb", "2026-03-09 19:00",
  "Quiz in the chapel vestry on Friday – team Contour Lines are defending champions 🏆", w="pc:P0005",
  cn=["@gwawrellis_", "@gethinellis"])
P("dai_fb", "2025-09-28 12:00",
  "Carys got her first Saturday job, at the café on Broad Street ☕ Proud dad.")
P("dai_fb", "2025-12-08 08:30",
  "Staff Christmas do at the Felin Arms. Rhods did \"Delilah\" on the karaoke. Tom Jones would weep.")
P("dai_fb", "2026-05-05 21:00",
  "Year 10 flood-risk write-ups. [[Tiago M|pr:P0025]] has drawn the best annotated sketch map I've seen in twenty "
  "years.", w="md")
P("dai_fb", "2026-07-14 17:00", "Strawberries from Beddoes' farm shop on the Kington road 🍓 Summer has started.")
P("dai_fb", "2026-06-16 20:00",
  "Kit check for the [[Bronze expedition|ev:E003]]: one Year 10 packed a full-size frying pan. Respect.", w="md")

# ---------------------------------------------------------------------------------------------------------
# Music. Bio with a disclaimer, no school.

P("elinor_ig", "2025-11-25 18:00",
  "Three weeks to the [[Christmas concert|ev:E004]] and the brass section has discovered the key change 🎺🙏")
P("elinor_ig", "2026-04-02 10:30",  # cy
  "Ŵyn bach yn y cae y tu ôl i'r adran gerdd 🐑 Nobody is concentrating on scales today.")
P("elinor_ig", "2026-02-25 17:00",
  "[[Eisteddfod|ev:E001]] choir rehearsal number 11. [[Alaw|pr:P0009]] (9 Derwen) sang the solo like she'd been "
  "doing it for forty years.")
P("elinor_ig", "2025-12-15 21:00", "You're a star! See you tomorrow night 🎶", w="pc:P0013", re_="@maligruffydd")
P("elinor_ig", "2026-05-20 22:00", "Organ recital at St Mary's tonight. Bach, Mathias and one very nervous me.")
P("elinor_ig", "2025-09-30 16:00",
  "Sorting 200 copies of the Messiah. Someone has written \"Miss Wyn rocks\" inside one of them. I know who you "
  "are.")
P("elinor_ig", "2026-02-18 16:30",
  "[[Gwenllïan|pr:P0006]] (10 Derwen) has set her own poem to music for the [[Steddfod|ev:E001]] and I am not crying, "
  "you're crying")
P("elinor_ig", "2026-06-03 21:00",
  "Tickets booked for Llangollen International Eisteddfod in July. Last year's choir from Ghana still lives in my "
  "head 😍")
P("elinor_ig", "2025-10-15 16:00",
  "[[Hedd|pr:P0012]] in 7 Derwen has perfect pitch. I've checked three times.")

# ---------------------------------------------------------------------------------------------------------
# Maths. X bio has a disclaimer; Facebook has none.

P("nim_x", "2025-10-09 17:00",
  "Puzzle of the week: a farmer has 17 sheep and all but 9 run away... Year 8 cracked it in four minutes. "
  "[[Sian|pr:P0026]] in 8 Celyn took forty seconds.")
P("nim_x", "2026-01-22 16:00",
  "Thank you [[Lowri Haf|sr:S008]] for rescuing my Year 9 lesson with a Bunsen burner and a banana 🍌")
P("nim_x", "2026-03-19 20:30", "Yes! Send me a photo of your answer and I'll check it 👍", w="pc:P0016",
  re_="@zosia.pawlak")
P("nim_x", "2025-10-06 15:45",
  "Mr Vaughan has just challenged the maths department to a staff netball match. He has no idea what's coming 🏐")
P("nim_x", "2026-05-27 18:00",
  "[[I teach maths at Caerfelin High|si]] and even I can't work out the new car park pay machine.")
P("nim_x", "2025-12-11 21:00",
  "I'm a teacher, so naturally I spent my evening making a spreadsheet of my spreadsheets.")
P("nim_x", "2026-03-24 19:00",
  "On tea urn duty at tomorrow's [[rugby sevens|ev:E002]]. I have been training my whole life for this ☕")

P("nim_fb", "2025-10-21 20:00",
  "Happy Tihar from our family 🪔 My niece Sunita (4) made the best rangoli on the whole street.")
P("nim_fb", "2026-02-05 22:00",
  "Mock results day. I have seen things in Year 11 algebra that cannot be unseen.", w="md")
P("nim_fb", "2026-05-13 19:00",
  "So proud of [[Bikram|pr:P0018]], who has come to extra maths with me every Tuesday lunch since September. "
  "Grade 6, here we come 💪", w="md")
P("nim_fb", "2026-01-10 10:00", "Miss you too, [[Maisie|pr:P0032]]! Work hard at your new school 💕",
  w="pc:P0032", re_="@maisie_t13", nowork=True)
P("nim_fb", "2025-12-11 19:30",
  "My niece Sunita was a sheep in the nativity at Ysgol Gynradd Caerfelin and took it VERY seriously 🐑")
P("nim_fb", "2026-03-12 18:00",
  "Car wouldn't start this morning. [[Gethin Ellis|par:R005]] towed me to the garage and wouldn't take a penny. "
  "Legend.")

# ---------------------------------------------------------------------------------------------------------
# Science (Welsh stream). Bio names the school by an alias, no disclaimer.

P("lowri_x", "2025-09-09 19:00",  # cy
  "Gwyliau haf drosodd! Summer holidays over: 30 Year 7s and a Bunsen burner safety talk tomorrow 🥼", w="si md")
P("lowri_x", "2026-03-10 16:00",
  "[[Cai ap Dafydd|pr:P0011]] built a working seismometer out of an old speaker and a biro for his GCSE practical. "
  "Speechless.", w="si md")
P("lowri_x", "2026-06-04 16:30",
  "Staffroom bake-off: [[Nim|sr:S007]]'s cardamom buns were robbed of first place. I said what I said.",
  w="si md")
P("lowri_x", "2026-02-02 15:45",
  "[[L in 11 Celyn|id:P0010]] asked me today if the sun is \"basically a big campfire\". Honestly? Yes.",
  w="si md")
P("lowri_x", "2026-01-29 17:00",
  "Brilliant question in class today – and yes, the Moon really is drifting away from us 🌙", w="si md pc:P0028",
  re_="@lilymae.bufton")
P("lowri_ig", "2026-04-17 18:00",
  "Congratulations Gwen! 🏆 Wales Young Poet 2026. The whole staffroom is very proud.")
P("lowri_ig", "2025-10-24 16:00", "Half term! Off to Tenby with Mabon 🐕 Sea swim at 8am, obviously.")
P("lowri_x", "2025-10-01 20:00",
  "Open evening tomorrow: elephant toothpaste at the science stand, goggles compulsory 🐘", w="si md")

# ---------------------------------------------------------------------------------------------------------
# Learning-support TA. No disclaimer, no school in the bio. Her daughter Lily-Mae (@lilymae.bufton) is a declared
# family link.

P("karen_fb", "2025-10-17 16:30",
  "Half term!!! 🍷 Seven weeks of Year 10 maths support and I've forgotten how to do long division myself.",
  w="md")
P("karen_fb", "2026-01-08 17:45", "Your tea is in the oven, missus 😂", re_="@lilymae.bufton")
P("karen_fb", "2026-03-05 16:00",
  "My lovely [[Rima|pr:P0021]] read a whole chapter aloud in group today without stopping. Two years ago she had "
  "no English at all. Goosebumps.", w="md")
P("karen_fb", "2026-06-25 23:00", "Girls' night with [[Sharon M|par:R006]] and the netball mams 🍸💃")
P("karen_fb", "2025-09-24 20:00",
  "Training day on dyslexia-friendly worksheets. Came home and rewrote my shopping list in Comic Sans.", w="md")
P("karen_fb", "2026-05-01 12:00", "Bake sale for the hospice on Saturday, please share 🧁", w="pc:P0016",
  cn=["@lilymae.bufton", "@zosia.pawlak"])
P("karen_fb", "2025-11-19 21:00",
  "[[I've been a TA at YUC for nine years|si]] and today a Year 7 asked if I was \"the lady from the office or a "
  "real teacher\". Both, love. Both.", w="md")
P("karen_fb", "2026-02-12 19:00", "Lily-Mae made pancakes for the whole street 🥞 Proud mam.")
P("karen_fb", "2026-04-22 15:40",
  "[[E in 7C|id:P0027]] finally cracked his times tables after a term of flashcards 🙌", w="md")
P("karen_fb", "2026-01-16 16:00",
  "[[Môr|pr:P0004]] in 7 Derwen told me in class today that the sea is called môr because it's named after him. "
  "Can't argue with that 🌊", w="md")

# ---------------------------------------------------------------------------------------------------------
# English. X bio has a disclaimer; Instagram has none.

P("sion_x", "2025-10-02 12:00",
  "Open evening tonight. Yes, I will be doing the Macbeth witches' voices at the English stand. Again.")
P("sion_x", "2025-12-02 08:15",
  "Siôn Corn spotted in the staff car park. Definitely not [[Mistar Bevan|sr:S011]] in a beard 🎅")
P("sion_x", "2026-05-07 19:00",
  "Ha! Still can't spell \"necessary\" then, [[Osian|pr:P0029]] 😂 Good luck with the exams.", w="pc:P0029",
  re_="@osian_p09")
P("sion_x", "2026-03-21 18:00", "Good luck in the final tomorrow, mate 🏉", w="pc:P0019", re_="@tyler.pd")
P("sion_x", "2025-11-06 16:00",
  "[[The new girl in 8A who's just arrived from Kraków|id]] wrote the best opening line I've read all term.")
P("sion_x", "2026-02-07 21:00",
  "Dylan Thomas's boathouse in Laugharne, then a Seren Books poetry reading in Carmarthen. A perfect Saturday 📚")
P("sion_x", "2026-06-16 15:30",
  "Year 7 library lesson: [[Reuben S|pr:P0023]] has read 31 books since September. THIRTY-ONE.")
P("sion_x", "2025-09-25 16:00",
  "[[T in 9C|id:P0025]] has just handed in a poem about his grandad's fishing boat in Porto that made me put my "
  "pen down.")

P("sion_ig", "2026-04-11 20:00", "Golden hour on Caerfelin bridge 📷 #Caerfelin #Powys")
P("sion_ig", "2026-01-31 22:00",
  "Thirty Year 10 essays on An Inspector Calls. [[Bethan C|pr:P0022]] calls Mr Birling \"a bit of a Karen\". She's "
  "not wrong.", w="md")
P("sion_ig", "2025-09-13 13:00",
  "Bumped into [[Ianto Probert|pr:P0031]] at the market – a paramedic now! Made my day.", nowork=True)
P("sion_ig", "2026-03-28 21:00",
  "Lovely to see [[@carysmeredith_|pr:P0024,pc:P0024]] reading her poem at the library's open mic night 📚",
  nowork=True)
P("sion_ig", "2026-06-27 21:30", "Gwen John retrospective in Cardiff. All those quiet rooms, and the cats 🐈")
P("sion_ig", "2025-11-30 21:00", "Sunday night. Thirty Year 11 mock papers, one candle, zero hope 🕯️", w="md")
P("sion_ig", "2026-05-02 22:00", "Old Hornblower episodes on a Saturday night. Ioan Gruffudd in a tricorn hat 🎩")

# ---------------------------------------------------------------------------------------------------------
# Site manager (retires at the end of June). No bio.

P("glyn_fb", "2025-11-27 09:00", "Gritted the top yard at 6am, hall boiler sulking again. Tea, then the gutters.",
  w="md")
P("glyn_fb", "2026-01-20 23:00", "Darts at the Felin Arms. [[Dai Meredith|sr:S005]] couldn't hit a barn door 😂🎯",
  nowork=True)
P("glyn_fb", "2026-05-26 14:00", "Glyn Ceiriog for the bank holiday. \"Glyn in Glyn\", as the wife says 🙄")
P("glyn_fb", "2026-06-10 16:30",
  "Loaded 46 rucksacks into the minibus trailer for the [[DofE|ev:E003]] lot. My back has lodged a formal "
  "complaint.", w="md")
P("glyn_fb", "2025-09-05 18:00",
  "[[Thirty-one years I've looked after Ysgol Caerfelin|si]] and the hall roof still leaks in the same corner.",
  w="md")
P("glyn_fb", "2026-03-16 21:00",
  "Set out 300 chairs for [[parents' evening|ev]] at Caerfelin High. Then put away 300 chairs. Living the dream "
  "🪑", w="md")

# ---------------------------------------------------------------------------------------------------------
# Business manager: bio names the school's website, with a disclaimer.

P("sandra_fb", "2026-03-31 18:00", "Year end. Every receipt reconciled. I am a goddess 🧾", w="si")
P("sandra_fb", "2025-10-07 12:30",
  "[[Llangrannog|ev:E007]] coach invoice paid, a week early. Somebody stop me.", w="si")
P("sandra_fb", "2026-04-26 20:00", "Manchester marathon done! 4:47 and I can't feel my legs 🏅", w="si")

# ---------------------------------------------------------------------------------------------------------
# Governors. The chair's bio names the school (with a disclaimer); the councillor's says "School governor" and
# names only the town's ward.

P("meinir_fb", "2026-04-10 06:00", "Lambing nearly done. 212 lambs so far and one very tired border collie 🐑")
P("meinir_x", "2025-10-02 22:00", "Open evening at school tonight – our Year 10 guides were superb.", w="si")
P("meinir_x", "2026-02-27 18:00",
  "Judging the under-12 recitation at the [[Eisteddfod|ev:E001]]. Harder than judging sheep at the Royal Welsh.",
  w="si")
P("meinir_x", "2025-12-09 16:00",
  "Thank you [[Mrs Beddoes|sr:S001]] for a wonderful governors' Christmas lunch 🎄", w="si")
P("meinir_x", "2026-02-04 19:00",
  "Sat in on Year 11 mock interviews today. [[Bikram Gurung|pr:P0018]] was so impressive I nearly offered him a "
  "job on the farm.", w="si")
P("meinir_x", "2026-06-23 22:00",
  "Governors' meeting ran until 9pm. We approved the budget and ate all the Welsh cakes.", w="si")

P("nev_fb", "2025-11-05 22:30", "Bonfire night at the rugby club went off (literally) without a hitch. Thanks to "
  "all the volunteers 🎆")
P("nev_fb", "2026-01-28 22:00", "Full council tonight. The potholes on Heol y Felin are a disgrace, and I said so.")
P("nev_fb", "2026-03-11 13:00",
  "Governor visit this morning: sat in on a Year 9 Welsh lesson with [[Mrs Gwilym|sr:S003]]. I learnt more than "
  "the pupils did.")
P("nev_fb", "2026-05-28 20:00",
  "Proud grandad! My granddaughter Alaw sang at the Urdd National Eisteddfod today and got a third 🥉")
P("nev_fb", "2025-09-25 18:00",
  "[[As a governor at Caerfelin High|si]] I'd urge every parent to answer the school transport consultation. "
  "The 7.40 bus is a joke.")
P("nev_fb", "2026-04-09 12:00",
  "Congratulations to [[Dean Price-Davies|par:R003]] on opening his new plastering business in the old Co-op "
  "building 👏")

# ---------------------------------------------------------------------------------------------------------
# A receptionist who is not on the roster (author_id null); her bio names the school's website.

P("delyth_fb", "2025-09-16 16:00",
  "Lost: one Year 7 blazer, one Year 7 tie, one Year 7. Found all three by lunch 😅", w="si")
P("delyth_fb", "2026-01-07 11:00",
  "The phones haven't stopped since 7am. Snow day questions, mostly. No, the buses aren't running.", w="si")
P("delyth_fb", "2026-02-16 17:00",
  "Printing [[eisteddfod|ev:E001]] certificates until my eyes crossed. 412 of them.", w="si")
P("delyth_fb", "2026-05-13 15:00",
  "phoned home 4 [[reuben|pr:P0023]] in 7B, forgot his PE kit AGAIN 🙃 3rd time this wk", w="si")

# ---------------------------------------------------------------------------------------------------------
# Parents (not school representatives, BLIND6 call 9): every post is a hard negative and names nobody else on the
# roster.

P("ceri_fb", "2025-10-24 17:00", "Half term at last. Folly Farm tomorrow if it ever stops raining 🦒")
P("ceri_fb", "2026-03-01 18:00",  # cy
  "Cawl for tea and the kids in their Welsh costumes for chapel 🏴󠁧󠁢󠁷󠁬󠁳󠁿 Dydd Gŵyl Dewi hapus!")
P("asia_fb", "2025-09-06 12:00",
  "Polish Saturday school is back in Newtown – two hours of grammar and a bag of pączki 🍩")
P("hana_fb", "2025-12-31 21:00",
  "Our fourth New Year in Caerfelin. This town gave us a home. Thank you to every neighbour who knocked with a "
  "cake 🤍")
P("hana_fb", "2026-03-14 21:30", "Iftar with the other Syrian families at the community centre tonight 🌙")
P("gethin_fb", "2026-02-03 09:00", "MOT slots free next week at Ellis Motors. Call 07700 900461 🔧")
P("sharon_fb", "2026-05-02 20:00", "Carnival float planning meeting at mine tonight. Wine provided 🍷")


if __name__ == "__main__":
    sys.exit(main(sys.argv, out=OUT, seed=SEED, prefix=PREFIX, n_posts=N_POSTS, school=SCHOOL))
