"""Write ``blind2-posts.jsonl``: a second blind, hand-labelled evaluation set for the people rules.

Run from the repository root (or anywhere)::

    python corpora/posts/make_blind2_posts.py

Every post and every gold label is written by hand below, as data. The script only computes character offsets
(by locating the marked substring in the text), shuffles the posts with a fixed seed, numbers them ``b2-001`` ...,
and CHECKS the labels before writing:

- ``text[start:end]`` equals the marked span (a span that occurs more than once must say which occurrence);
- every subject id exists in the Hollins Green profile (people.csv or events.csv);
- ``pupil-contact`` gold agrees with the handles, dates of birth (age on the post date) and ``family_links.csv``;
- every roster ``@handle`` in a text has a matching reference span (unless the person is permitted or is the author);
- official accounts: ``unapproved-account`` gold exactly when (platform, handle) is not in ``official_accounts``;
- permissions and approvals (events.csv, permissions.csv, media consent) agree with the labels;
- whole-post categories have null spans, bio self-identification gives whole-post gold on every post of the account.

The labelling conventions are those of ``BLIND.md`` ("Judgement calls"); ``BLIND2.md`` describes this set.
See BLIND2.md for who wrote it and the blindness rule that was kept.
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SCHOOL = ROOT / "corpora" / "hollins-green"
OUT = HERE / "blind2-posts.jsonl"

CATS = {
    "PR": "pupil-reference",
    "SR": "staff-reference",
    "PA": "parent-reference",
    "EV": "event-reference",
    "SI": "self-identification",
    "MD": "missing-disclaimer",
    "ID": "identifying-detail",
    "PC": "pupil-contact",
    "UA": "unapproved-account",
}
WHOLE_POST_ONLY = {"MD", "UA"}

# ---------------------------------------------------------------------------------------------------------------
# Accounts. kind, platform, handle, author_id, bio; "disc": the bio says views are the author's own;
# "bio_si": the bio self-identifies with the school (whole-post self-identification on every post).

ACCOUNTS: dict[str, dict] = {
    # --- personal accounts of staff -------------------------------------------------------------------------
    "khan": dict(platform="x", handle="@mrkhan_teaches", author="S002",
                 bio="Year 6 teacher. Runner. Far too much tea. All views my own.", disc=True),
    "khan_ig": dict(platform="instagram", handle="@imran.runs.leeds", author="S002",
                    bio="parkrun 🏃‍♂️ | dad x2 | Leeds", disc=False),
    "khan_fb": dict(platform="facebook", handle="@imrank.1984", author="S002", bio="", disc=False),
    "jo": dict(platform="x", handle="@jo_teaches", author="S004",
               bio="Teacher, mum, allotment bodger. Views mine, not my employer's.", disc=True),
    "jo_fb": dict(platform="facebook", handle="@jo.whitfield.77", author="S004", bio="", disc=False),
    "jo_ig": dict(platform="instagram", handle="@jo.grows.veg", author="S004",
                  bio="🌱🥕 allotment life", disc=False),
    "bern": dict(platform="x", handle="@bernie_bakes", author="S003",
                 bio="Baking, books and the odd rant. Views my own.", disc=True),
    "bern_fb": dict(platform="facebook", handle="@bernadette.oneill.5", author="S003",
                    bio="Deputy Head at Hollins Green Academy 🍎", disc=False, bio_si=True),
    "tom": dict(platform="x", handle="@tomokafor_pe", author="S005",
                bio="PE lead & Y5. Rugby league nut. Opinions are mine.", disc=True),
    "tom_fb": dict(platform="facebook", handle="@tom.okafor.3", author="S005",
                   bio="Husband, stepdad, Rhinos season ticket holder", disc=False),
    "tom_ig": dict(platform="instagram", handle="@tom_okafor_coach", author="S005",
                   bio="U11s coach @ Kirkfield Rangers ARLFC 🏉", disc=False),
    "helen": dict(platform="x", handle="@helenw_hga", author="S006",
                  bio="SENCo. Mum to one sunshine girl. Views are my own.", disc=True),
    "helen_fb": dict(platform="facebook", handle="@helen.whitcombe.9", author="S006", bio="", disc=False),
    "helen_ig": dict(platform="instagram", handle="@helenw.bakes", author="S006",
                     bio="Cakes & chaos 🍰 views my own", disc=True),
    "grace_ig": dict(platform="instagram", handle="@miss.lowry.teaches", author="S007",
                     bio="ECT 📚 Year 2 ✏️ Leeds", disc=False),
    "grace_x": dict(platform="x", handle="@glowry_reads", author="S007",
                    bio="ECT at @HollinsGreenAcad | books | she/her", disc=False, bio_si=True),
    "sean": dict(platform="x", handle="@seanmurphyTA", author="S008",
                 bio="Teaching assistant. LUFC. Views my own.", disc=True),
    "sean_fb": dict(platform="facebook", handle="@sean.murphy.lufc", author="S008",
                    bio="TA at Hollins Green Primary | LUFC | dad", disc=False, bio_si=True),
    "sean_ig": dict(platform="instagram", handle="@sean_murph_8", author="S008", bio="", disc=False),
    "patel": dict(platform="x", handle="@jpatel_reads", author="S001",
                  bio="Principal. Reader. Walker. Views my own.", disc=True),
    "patel_fb": dict(platform="facebook", handle="@jaspreet.patel.12", author="S001", bio="", disc=False),
    # --- governors -------------------------------------------------------------------------------------------
    "marg": dict(platform="facebook", handle="@margaret.ellison.31", author="G001",
                 bio="Retired nurse | WI | nana of five | views my own", disc=True),
    "peter": dict(platform="x", handle="@pete_hollis", author="G002",
                  bio="Chair of Governors, Hollins Green Academy. Views my own.", disc=True, bio_si=True),
    "peter_ig": dict(platform="instagram", handle="@peterhollis_walks", author="G002",
                     bio="Fells, flasks and photos. Views my own.", disc=True),
    # --- office staff (not on the roster) ---------------------------------------------------------------------
    "office": dict(platform="instagram", handle="@deb_in_the_office", author=None,
                   bio="School office queen @ hollinsgreen.example.sch.uk 👑 | views my own", disc=True, bio_si=True),
    # --- official accounts ------------------------------------------------------------------------------------
    "off_x": dict(kind="official", platform="x", handle="@HollinsGreenAcad", author=None,
                  bio="Official account of Hollins Green Academy, Leeds."),
    "off_x_lc": dict(kind="official", platform="x", handle="@hollinsgreenacad", author=None,
                     bio="Hollins Green Academy news"),
    "off_fb": dict(kind="official", platform="facebook", handle="@HollinsGreenAcademy", author=None,
                   bio="Hollins Green Academy, 14 Mill Lane, Leeds"),
    "pe_x": dict(kind="official", platform="x", handle="@HGA_PE", author="S005",
                 bio="PE and sport at Hollins Green Academy"),
    "pta_fb": dict(kind="official", platform="facebook", handle="@HollinsGreenPTA", author=None,
                   bio="Friends of Hollins Green Academy (PTA)"),
    "lib_ig": dict(kind="official", platform="instagram", handle="@hga_library", author=None,
                   bio="The library at Hollins Green Academy 📚"),
    "acad_ig": dict(kind="official", platform="instagram", handle="@HollinsGreenAcad", author=None,
                    bio="Hollins Green Academy, Leeds"),
    "acad_x2": dict(kind="official", platform="x", handle="@HollinsGreenAcademy", author=None,
                    bio="Hollins Green Academy"),
    "acad_fb2": dict(kind="official", platform="facebook", handle="@HollinsGreenAcad", author=None,
                     bio="Hollins Green Academy"),
    "y6_x": dict(kind="official", platform="x", handle="@HGAYear6", author=None,
                 bio="Year 6 at Hollins Green Academy"),
    "eyfs_ig": dict(kind="official", platform="instagram", handle="@hollinsgreen_eyfs", author=None,
                    bio="Early Years at Hollins Green Academy 🌈"),
    "choir_fb": dict(kind="official", platform="facebook", handle="@HGA_Choir", author=None,
                     bio="Hollins Green Academy choir 🎶"),
}

POSTS: list[dict] = []


def P(acct: str, when: str, text: str, *gold: tuple, reply: str | None = None, conns: tuple = ()) -> None:
    """One post. ``gold`` items: (code, span or None, subject id or None, occurrence index if the span repeats)."""
    POSTS.append(dict(acct=acct, when=when, text=text, gold=gold, reply=reply, conns=tuple(conns), n=len(POSTS) + 1))


# ===============================================================================================================
# THE POSTS. Codes: PR pupil-reference, SR staff-reference, PA parent-reference, EV event-reference,
# SI self-identification, MD missing-disclaimer, ID identifying-detail, PC pupil-contact, UA unapproved-account.
# A gold item with span None is whole-post gold.
# ===============================================================================================================

# --- A. pupils named on personal accounts -------------------------------------------------------------------
P("khan", "2025-09-18T19:05",
  "Harvey Sinclair-Moss asking me at 3:14pm whether black holes can eat the sun. Mate, it's home time 😂",
  ("PR", "Harvey Sinclair-Moss", "P0020"))
P("jo_fb", "2025-10-03T20:11",
  "Can't stop smiling. Amelia Kowalczyk read her poem about her nan to the class today and half of them were in "
  "bits, me included. Those are the days you remember why you do this job.",
  ("PR", "Amelia Kowalczyk", "P0001"), ("MD",))
P("bern", "2025-10-09T17:30",
  "olivia haworth's handwriting this term 😍 someone's been practising over the summer",
  ("PR", "olivia haworth", "P0003"))
P("helen", "2025-11-12T21:40",
  "Sometimes the breakthrough is tiny. Today Mohammed Rahman read a whole page to me without stopping. "
  "Tiny for you, massive for him.",
  ("PR", "Mohammed Rahman", "P0008"))
P("tom", "2025-09-25T18:20",
  "Billy Fairbrother scored a worldie in PE today and has not stopped talking about it since. Neither have I tbh",
  ("PR", "Billy Fairbrother", "P0006"))
P("khan_ig", "2025-10-14T07:55",
  "Morning run done before 6R arrive. Libby Ashworth bet me I couldn't do 10k before school, so here's the proof 💪 "
  "#parkrun #teacherlife",
  ("PR", "Libby Ashworth", "P0005"), ("MD",))
P("jo", "2025-11-27T16:45",
  "Rose Penhaligon has written the best opening line I've read all year: 'The fog had teeth.'\n"
  "Year 5 writers, I tell you.",
  ("PR", "Rose Penhaligon", "P0015"))
P("sean", "2025-10-21T15:50",
  "Little Hope in 3L gave me a drawing of me as a dinosaur today. I'm framing it.",
  ("PR", "Hope", "P0010"))
P("grace_ig", "2025-09-30T18:00",
  "Zainab told me today that my classroom 'smells like crayons and happiness' 🥹 Year 2 you have my whole heart",
  ("PR", "Zainab", "P0012"), ("MD",))
P("bern", "2026-01-15T19:30",
  "May in 4R has finally stopped calling me 'Mum'. Only took four months 😅",
  ("PR", "May", "P0017"))
P("khan", "2026-02-03T18:10",
  "Xander Dunmore informed the class that he's 'basically a professional footballer now'. He is ten.",
  ("PR", "Xander Dunmore", "P0004"))
P("helen", "2025-12-02T20:05",
  "So proud of Siobhan O’Rourke reading at the carol service at St Chad's last night. Voice of an angel.",
  ("PR", "Siobhan O’Rourke", "P0011"))
P("tom", "2026-03-24T17:00",
  "tommy brierley's first ever goal for the school team. the celebration lasted longer than the match",
  ("PR", "tommy brierley", "P0021"))
P("jo", "2026-01-22T16:30",
  "JS in 5B: 'Miss, is it true the Romans had no phones?'\nYes J, it's true, and somehow they survived.",
  ("PR", "JS", "P0002"))
P("grace_x", "2025-11-05T19:00",
  "Freya McAllister came in today with a jar of conkers 'for the class'. There are now 412 conkers on my desk. "
  "I counted.",
  ("SI",), ("PR", "Freya McAllister", "P0024"), ("MD",))
P("khan", "2025-11-18T21:15",
  "Aisha B has read 30 books since September. THIRTY. I've managed two.",
  ("PR", "Aisha B", "P0025"))
P("bern", "2025-10-02T18:45",
  "Ollie Pemberton, aged 8, on the Great Fire of London: 'they should've just rung the fire brigade'. Can't argue.",
  ("PR", "Ollie Pemberton", "P0026"))
P("sean", "2026-02-26T16:10",
  "Joy in 3L read her whole book to me at break, doing all the voices. Best part of my week",
  ("PR", "Joy", "P0018"))
P("tom_fb", "2025-12-18T19:40",
  "Wore the reindeer jumper to work and Will Fairbrother told the whole of 5G it was 'a crime'. Cheers lad. "
  "Back in the drawer it goes 🦌",
  ("PR", "Will Fairbrother", "P0006"), ("MD",))
P("grace_ig", "2026-01-28T17:45",
  "when freya in 2M asks if you're 'a real grown up or a teacher' 🙃 #ectlife",
  ("PR", "freya", "P0024"), ("MD",))
P("khan", "2026-06-25T18:30",
  "Mark Okonjo's leavers' speech draft made me laugh and then cry. 6R, you're going to be fine.",
  ("PR", "Mark Okonjo", "P0016"))
P("bern", "2025-09-11T08:10",
  "Mark in 6R has been helping me set out the hall chairs every morning this week. A proper gentleman. Thank you!",
  ("PR", "Mark", "P0016"))
P("khan", "2025-11-06T17:20",
  "Mark Okonjo: still the only kid I know who brings a clipboard to football practice.",
  ("PR", "Mark Okonjo", "P0016"))
P("jo", "2025-12-03T19:10",
  "J\u0430ke Smith has learnt the whole of The Highwayman by heart. Show-off 😄",
  ("PR", "J\u0430ke Smith", "P0002"))
P("khan", "2026-01-09T18:25",
  "Har\u200bvey Sinclair-Moss is going to be an engineer. Today he fixed the pencil sharpener with a paperclip.",
  ("PR", "Har\u200bvey Sinclair-Moss", "P0020"))
P("bern", "2026-02-11T16:40",
  "Grace Nwachukwu's dinosaur fact file is better than anything on the telly. Ten out of ten.",
  ("PR", "Grace Nwachukwu", "P0007"))
P("helen", "2025-10-30T20:00",
  "Well done to Alexander\nDunmore for the most creative half-term homework I've ever seen (a working volcano, in a "
  "shoebox, carried on the bus).",
  ("PR", "Alexander\nDunmore", "P0004"))
P("khan", "2026-04-21T18:00",
  "Siobhan O'Rorke has finished the whole Percy Jackson series in a month. Someone get this girl a library card. "
  "Oh wait, she has three.",
  ("PR", "Siobhan O'Rorke", "P0011"))
P("jo", "2025-09-24T17:00",
  "Amelia Kowalczik (sorry if I've spelt that wrong, love) wants to know why I don't have a pet owl. "
  "Honestly a fair question.",
  ("PR", "Amelia Kowalczik", "P0001"))
P("tom", "2026-05-12T17:30",
  "Ruby Beckam in 5G beat me in a 60m race today. I'm 34. Retiring.",
  ("PR", "Ruby Beckam", "P0019"))
P("grace_ig", "2026-02-09T17:15",
  "Zainab Chaudry drew me as a unicorn in golden time. I'll take it 🦄",
  ("PR", "Zainab Chaudry", "P0012"), ("MD",))
P("jo", "2025-10-17T16:00",
  "Star of the week goes to our very own poet laureate 🌟 #WellDoneAmeliaK",
  ("PR", "#WellDoneAmeliaK", "P0001"))
P("tom", "2026-06-26T18:00",
  "Tag rugby taster session done ✅ #ProudOfYouTommyB #TryTime",
  ("PR", "#ProudOfYouTommyB", "P0021"))
P("sean", "2026-03-13T15:45",
  "Mo in 3L painted his whole face red in art this afternoon. Not just the nose. The WHOLE face.",
  ("PR", "Mo", "P0008"))
P("khan", "2025-12-16T20:30",
  "#LibbyAshworthForPM after today's class debate on school dinners. She destroyed me.",
  ("PR", "#LibbyAshworthForPM", "P0005"))
P("bern", "2025-11-25T18:00",
  "Olivia's gran has knitted the whole class a Christmas bauble each. I'm not crying, you're crying. #4R",
  ("PR", "Olivia", "P0003"))
P("khan", "2026-03-02T17:50",
  "Note to future me: never again let Alex Dunmore and Harvey Sinclair-Moss share a table during a science "
  "experiment. The ceiling has a mark on it now.",
  ("PR", "Alex Dunmore", "P0004"), ("PR", "Harvey Sinclair-Moss", "P0020"))
P("sean", "2025-11-14T16:20",
  "Hope Adeyemi brought me one of her dad's homemade samosas today because I 'looked hungry'. Reader, I was.",
  ("PR", "Hope Adeyemi", "P0010"))
P("patel", "2025-09-05T19:00",
  "First week done. Special mention to Zainab in Year 2 who held the door for me every single morning. "
  "Manners cost nothing.",
  ("PR", "Zainab", "P0012"))
P("patel_fb", "2026-07-17T20:00",
  "Leavers' assembly at our school today. Watching Aisha Begum, Libby Ashworth and Harvey Sinclair-Moss walk out of "
  "those doors for the last time... I have known them since they were four.\n\nGood luck at high school, all of you. "
  "You'll be brilliant.",
  ("EV", "Leavers' assembly", None), ("PR", "Aisha Begum", "P0025"), ("PR", "Libby Ashworth", "P0005"),
  ("PR", "Harvey Sinclair-Moss", "P0020"), ("MD",))
P("jo_fb", "2026-05-06T19:30",
  "Anyone else's class obsessed with Eurovision? Jake and Rose in 5B have choreographed an entire routine for the "
  "end of the day. I am the audience. Every. Single. Day. 🕺",
  ("PR", "Jake", "P0002"), ("PR", "Rose", "P0015"), ("MD",))
P("office", "2025-10-07T13:05",
  "The number of jumpers in lost property with no name in them 😩 Jake Smith's is the only one labelled. "
  "Gold star to whoever sewed that in.",
  ("SI",), ("PR", "Jake Smith", "P0002"))
P("marg", "2025-10-12T14:30",
  "Lovely to see Hope Adeyemi doing a reading in church this morning, she's come on so much.",
  ("PR", "Hope Adeyemi", "P0010"))
P("peter", "2025-10-15T20:00",
  "Met Alex Dunmore's grandad at the allotments. Turns out he grew up on Mill Lane when it was still fields.",
  ("SI",), ("PR", "Alex Dunmore", "P0004"))
P("khan", "2026-01-13T19:45",
  "Declan Hughes popped in to say hello today. One of my first ever Year 6s, now a paramedic. Made my year.",
  ("PR", "Declan Hughes", "P0027"))
P("bern", "2025-10-26T12:20",
  "Bumped into Niamh Gallagher in Boots and she's a nurse now! Where does the time go.",
  ("PR", "Niamh Gallagher", "P0014"))
P("jo", "2026-04-09T18:15",
  "Kieran Doyle has won the county cross-country! I taught him his times tables so I'm claiming partial credit.",
  ("PR", "Kieran Doyle", "P0023"))
P("sean", "2025-11-28T21:00",
  "callum breckenridge just served me in the chippy and called me 'sir'. I'm a TA, mate. Still chuffed.",
  ("PR", "callum breckenridge", "P0013"))
P("helen", "2026-02-20T17:30",
  "A. Dunmore, if you're reading this (you're not, you're ten), your persuasive letter about longer playtimes worked.",
  ("PR", "A. Dunmore", "P0004"))
P("jo", "2026-05-21T16:50",
  "Millie K has started a petition for a class hamster. 27 signatures. I'm doomed.",
  ("PR", "Millie K", "P0001"))
P("khan", "2025-12-09T18:40",
  "Beth Ashworth's Tudor fact file was so good I've laminated it for next year's lot.",
  ("PR", "Beth Ashworth", "P0005"))
P("tom", "2026-02-26T19:00",
  "Harvey Sinclair Moss is through to the regional chess finals!! ♟️ Told him that opening would work.",
  ("PR", "Harvey Sinclair Moss", "P0020"))
P("bern", "2026-05-13T17:05",
  "Grace N in 4R has written a book. An actual 14-page book. With a blurb and everything.",
  ("PR", "Grace N", "P0007"))
P("sean", "2025-10-30T16:00",
  "Mo Rahman told me his baby sister is 'mostly loud'. Accurate.",
  ("PR", "Mo Rahman", "P0008"))
P("grace_x", "2026-01-29T18:20",
  "Zainab C read to the whole class today. Tiny voice, huge bravery. 💛",
  ("SI",), ("PR", "Zainab C", "P0012"), ("MD",))
P("khan", "2026-03-17T17:10",
  "libby ashworth asked if she could mark MY work today. she gave me 6/10 and 'see me'.",
  ("PR", "libby ashworth", "P0005"))
P("jo", "2025-11-19T20:30",
  "Rose P in my class wants to be 'a scientist who also does ballet'. Fully supported.",
  ("PR", "Rose P", "P0015"))
P("helen", "2026-06-24T16:40",
  "Ruby in 5G just taught me a card trick and I still can't work it out.",
  ("PR", "Ruby", "P0019"))
P("tom", "2026-01-21T18:00",
  "Tommy (5G) has asked for 'more burpees'. Who raised this child.",
  ("PR", "Tommy", "P0021"))
P("bern", "2025-09-17T17:35",
  "Ollie from Year 4 brought me a conker 'for luck'. It's living on my desk forever now.",
  ("PR", "Ollie", "P0026"))
P("sean", "2026-04-29T16:30",
  "Joy Abara's laugh could power the National Grid.",
  ("PR", "Joy Abara", "P0018"))
P("khan", "2025-09-26T18:55",
  "Siobhan in 6R asked me if Shakespeare had a cat. Researching it now, will report back.",
  ("PR", "Siobhan", "P0011"))
P("grace_ig", "2026-06-04T17:25",
  "Freya's tooth came out in the middle of phonics and she was SO proud 🦷 Year 2 is never boring",
  ("PR", "Freya", "P0024"), ("MD",))
P("khan", "2025-10-10T18:00",
  "Massive thanks to Mark Okonjo for editing the leavers' video, it's brilliant 😂 on repeat in our house")
P("khan", "2025-10-23T17:00",
  "Mark Okonjo, you legend. Thank you for staying behind to finish the video edit.")

# --- B. staff and governors named on personal accounts ------------------------------------------------------
P("jo", "2025-09-26T20:10",
  "Mr Khan's leavers' hoodie order form has 43 hoodies on it and he only has 28 kids. Someone's ordering for the "
  "whole family 😂",
  ("SR", "Mr Khan", "S002"))
P("sean", "2025-10-08T16:05",
  "Shout out to Mrs O'Neill for the emergency biscuits in the staffroom. Hero.",
  ("SR", "Mrs O'Neill", "S003"))
P("khan", "2025-11-03T17:45",
  "First day back after half term and Miss Lowry has already redecorated her entire classroom. Does she sleep?",
  ("SR", "Miss Lowry", "S007"))
P("helen", "2026-01-12T18:30",
  "Staff meeting ran over by 40 minutes because Tom Okafor wanted to talk about the new PE kit. For 40 minutes. "
  "About shorts.",
  ("SR", "Tom Okafor", "S005"))
P("bern", "2026-02-05T19:15",
  "So proud of Grace Lowry, our ECT, who got a glowing write-up from her mentor visit today 🌱",
  ("SR", "Grace Lowry", "S007"))
P("patel", "2025-12-18T18:00",
  "Thank you to Mrs Ellison and Mr Hollis for giving up their afternoon to help sort the library. Governors who roll "
  "their sleeves up.",
  ("SR", "Mrs Ellison", "G001"), ("SR", "Mr Hollis", "G002"))
P("grace_ig", "2025-10-23T17:10",
  "Mr Murphy taught my class a sea shanty at lunch and now I can't get them to stop. Send help 🎶🌊",
  ("SR", "Mr Murphy", "S008"), ("MD",))
P("tom", "2026-01-30T16:20",
  "Mrs Patel doing the bleep test with Year 6 is the content I didn't know I needed 🏃‍♀️",
  ("SR", "Mrs Patel", "S001"))
P("khan", "2025-09-13T11:30",
  "Saturday parkrun with Sean from work. He beat me by four seconds. We don't talk about it.",
  ("SR", "Sean", "S008"))
P("helen", "2025-11-21T20:20",
  "Bernie O'Neill's lemon drizzle has ruined me for all other cakes.",
  ("SR", "Bernie O'Neill", "S003"))
P("jo", "2025-09-04T19:30",
  "Huge welcome to our new ECT Grace Lowry, she's going to be brilliant.",
  ("SR", "Grace Lowry", "S007"))
P("sean", "2026-03-18T17:00",
  "@mrkhan_teaches you owe me a brew after today 😂",
  ("SR", "@mrkhan_teaches", "S002"))
P("office", "2025-10-01T10:40",
  "Mr Okafor has locked himself out of the PE shed AGAIN. Third time this week. I have the spare key and a smug face.",
  ("SI",), ("SR", "Mr Okafor", "S005"))
P("marg", "2026-04-10T15:00",
  "Lovely chat with Jaspreet Patel about the plans for the new library. Exciting times for the school.",
  ("SR", "Jaspreet Patel", "S001"))
P("peter", "2025-11-26T17:30",
  "Thank you Mrs O’Neill and Miss Lowry for letting me sit in on phonics today. I learnt more than the children.",
  ("SI",), ("SR", "Mrs O’Neill", "S003"), ("SR", "Miss Lowry", "S007"))
P("jo_fb", "2026-02-27T21:05",
  "Eternally grateful to Helen Whitcombe, best SENCo in Leeds, for getting me through this week. I owe you wine.",
  ("SR", "Helen Whitcombe", "S006"), ("MD",))
P("khan", "2026-05-15T16:45",
  "mr murphy doing his famous friday flapjack run. the man is a legend",
  ("SR", "mr murphy", "S008"))
P("bern", "2026-06-03T17:15",
  "Tom Okafour has managed to get 60 children to line up in silence for the first time in recorded history.",
  ("SR", "Tom Okafour", "S005"))
P("grace_x", "2026-03-11T19:40",
  "Mrs Whitcombe's advice today has changed how I'm going to teach phonics to my little ones. So grateful.",
  ("SI",), ("SR", "Mrs Whitcombe", "S006"), ("MD",))
P("helen", "2025-09-08T19:00",
  "Ms Whitfield has the tidiest classroom in the north of England and I will not be taking questions.",
  ("SR", "Ms Whitfield", "S004"))
P("khan", "2025-09-02T18:00",
  "INSET day fuelled entirely by Ms Whitfield's famous flapjacks. Best start to a year.",
  ("SR", "Ms Whitfield", "S004"))
P("sean_fb", "2026-01-20T19:10",
  "Cheers to Mr Khan for covering my playground duty when the car wouldn't start this morning. Owe you one mate.",
  ("SI",), ("SR", "Mr Khan", "S002"), ("MD",))
P("patel", "2026-03-20T17:30",
  "A proper thank-you to Margaret Ellison, who has read with our Year 3s every Friday for six years.",
  ("SR", "Margaret Ellison", "G001"))
P("tom_fb", "2026-02-14T18:20",
  "Valentine's Day in a primary school: Sean Murphy got 11 cards from the kids. I got one. From him. 💌",
  ("SR", "Sean Murphy", "S008"), ("MD",))
P("helen", "2025-10-24T16:30",
  "Half term! Thank you @seanmurphyTA for the lift home every Friday this half. You're a star.",
  ("SR", "@seanmurphyTA", "S008"))
P("bern_fb", "2025-12-05T18:45",
  "Mr Hollis read 'Twas the Night Before Christmas to the infants this afternoon wearing a Santa hat. The children "
  "were spellbound. So was I.",
  ("SI",), ("SR", "Mr Hollis", "G002"), ("MD",))
P("jo", "2026-04-29T17:40",
  "Peter Hollis (our chair of governors) has offered to fix the wobbly bench. Again. Third bench this year.",
  ("SR", "Peter Hollis", "G002"))
P("grace_ig", "2025-11-20T20:15",
  "bernadette o'neill is the mentor every ECT deserves 💛 thank you for today",
  ("SR", "bernadette o'neill", "S003"), ("MD",))
P("tom", "2025-10-16T18:00",
  "Mrs O Neil has challenged me to a netball shoot-out. She has never seen me shoot.",
  ("SR", "Mrs O Neil", "S003"))
P("helen", "2026-05-22T17:20",
  "Jaspreet has been our head for nine years and still knows every child's name. Every single one.",
  ("SR", "Jaspreet", "S001"))
P("jo", "2026-06-11T16:15",
  "Sean, our TA, deserves a knighthood after this week.",
  ("SR", "Sean", "S008"))
P("bern", "2026-01-27T20:00",
  "Imran's Year 6 are doing Macbeth and he's acting out every part himself. Every. Part. The witches were a highlight.",
  ("SR", "Imran", "S002"))
P("khan", "2026-02-24T21:10",
  "helen from the SEN team is a genius. That's it, that's the tweet.",
  ("SR", "helen", "S006"))
P("patel", "2025-11-13T19:00",
  "Mr Okafor ran 10k in a Pudsey onesie for Children in Need. Absolute legend.",
  ("SR", "Mr Okafor", "S005"))
P("helen", "2025-09-09T20:30",
  "First week back and my daughter already says Mr Okafor is 'the funniest man alive'. Should I be worried 😂",
  ("SR", "Mr Okafor", "S005"))
P("grace_ig", "2026-01-08T17:50",
  "My mentor Bernie is the reason I'm still standing this term 💛 #ectlife",
  ("SR", "Bernie", "S003"), ("MD",))
P("sean", "2026-07-16T18:10",
  "Farewell to Tom Okafor who's off to be head of PE at a secondary. The playground won't be the same.",
  ("SR", "Tom Okafor", "S005"))
P("patel", "2026-02-09T18:35",
  "Grace Lowry has been shortlisted for the Leeds ECT of the Year award! Richly deserved.",
  ("SR", "Grace Lowry", "S007"))
P("helen", "2025-12-15T19:50",
  "Imran Khan (no, not that one, our Y6 teacher) has grown a Movember moustache that frightens small children.",
  ("SR", "Imran Khan", "S002"))
P("bern", "2026-04-22T08:05",
  "@seanmurphyTA thank you for the tea this morning, lifesaver ☕",
  ("SR", "@seanmurphyTA", "S008"))
P("tom", "2025-12-04T17:55",
  "@helenw_hga thank you for the advice on adapting PE for my lot, it worked a treat.",
  ("SR", "@helenw_hga", "S006"))
# staff negatives: the author themselves, permitted Ms Whitfield, namesakes, neighbours
P("khan", "2026-07-10T12:30",
  "Imran Khan, Year 6 teacher, reporting for duty as human sun cream dispenser. ☀️")
P("sean", "2025-12-12T16:20",
  "Mr Murphy's famous Christmas flapjacks are back. Form an orderly queue.")
P("khan", "2025-10-20T18:30",
  "Ms Whitfield's Year 5 Egyptian museum is genuinely better than the one in London.")
P("helen", "2025-10-06T19:10",
  "Jo Whitfield's Romans display deserves its own exhibition.")
P("sean", "2026-03-02T16:45",
  "@jo_teaches thanks for the sweets, you're a star!")
P("bern", "2025-10-05T12:00",
  "Our neighbour Mr Khan has fixed my fence again. Absolute gem of a man.")
P("sean", "2025-11-26T12:10",
  "Dr Patel at the surgery says it's just a virus. Lemsip and Netflix it is.")
P("jo", "2025-09-16T21:00",
  "Reading Imran Khan's cricket autobiography on the train. The 1992 World Cup chapter is brilliant.")
P("jo_fb", "2025-11-08T19:00",
  "Off to The Lowry in Salford to see The Lion King tonight! 🦁")
P("bern", "2025-11-08T09:40",
  "Murphy's law: the one day you leave the brolly at home.")
P("helen_fb", "2026-01-24T20:00",
  "Helen Mirren in anything = instant Saturday night plan.")
P("khan_fb", "2026-04-18T19:20",
  "Peter Kay tour tickets! Garlic bread?! 🍞")
P("patel_fb", "2025-10-18T10:15",
  "Finally reading Margaret Atwood's new memoir. Worth the wait.")
P("tom_ig", "2025-11-01T18:00",
  "Martin O'Neill's team talks would have been something to hear. Legend of the game.")
P("grace_ig", "2026-01-24T15:30",
  "Matinee at The Lowry today, then cake 🎭🍰")
P("sean_ig", "2025-09-20T22:00",
  "Cillian Murphy in Oppenheimer is still the best thing I've seen in years.")
P("tom", "2025-10-30T18:40",
  "Tom Daley knitting at the Olympics is still the most wholesome thing ever.")
P("marg", "2025-11-22T11:00",
  "Sadiq Khan on the radio this morning talking about buses. Wish he'd come and sort ours out.")

# --- C. parents ----------------------------------------------------------------------------------------------
P("jo", "2025-10-07T20:45",
  "Dawn Kowalczyk has organised the class WhatsApp better than I organise my entire life. Respect.",
  ("PA", "Dawn Kowalczyk", "R001"))
P("khan", "2025-11-10T19:20",
  "Bumped into Gary Smith (Jake's dad) at Headingley, says his lad hasn't stopped talking about the Romans.",
  ("PA", "Gary Smith", "R002"), ("PR", "Jake", "P0002"))
P("sean", "2026-01-16T09:30",
  "Big thanks to @gazsmith for gritting the staff car park at 7am ❄️ what a man",
  ("PA", "@gazsmith", "R002"))
P("helen", "2026-02-19T20:00",
  "Lorraine Ashworth is doing a sponsored skydive for the hospice on Saturday. Please sponsor her, link below 👇",
  ("PA", "Lorraine Ashworth", "R003"))
P("bern_fb", "2025-09-30T19:30",
  "Mrs Ashworth has donated 200 books to our library. Two hundred! I could cry. Thank you thank you thank you.",
  ("SI",), ("PA", "Mrs Ashworth", "R003"), ("MD",))
P("tom", "2026-04-16T18:50",
  "Kwame Adeyemi and his running club smashed the Leeds 10k. Chuffed to have run it with them.",
  ("PA", "Kwame Adeyemi", "R004"))
P("marg", "2025-12-09T15:20",
  "Dawn K and I have knitted 60 Christmas puddings for the hospice stall. Fingers like sausages.",
  ("PA", "Dawn K", "R001"))
P("jo_fb", "2026-03-12T19:45",
  "Shout out to @kwame_a for a brilliant talk to my class about being a paramedic 🚑 They all want to be paramedics "
  "now. All 28 of them.",
  ("PA", "@kwame_a", "R004"), ("MD",))
P("patel", "2026-05-08T17:00",
  "Gaz Smith, you are a gentleman. Thank you for repainting the railings on your day off.",
  ("PA", "Gaz Smith", "R002"))
P("helen_fb", "2025-11-29T13:10",
  "Saw Lorraine A in Aldi and she'd bought the last panettone. We are no longer friends 😤😂",
  ("PA", "Lorraine A", "R003"))
P("sean_ig", "2026-06-06T22:10",
  "pint with kwame adeyemi after five-a-side. legend 🍺",
  ("PA", "kwame adeyemi", "R004"))
P("peter", "2026-02-02T20:15",
  "Mr Adeyemi's first-aid session for the governors tonight was superb. Everyone should learn CPR.",
  ("SI",), ("PA", "Mr Adeyemi", "R004"))
P("bern", "2026-06-30T19:00",
  "Dawn Kowalczyk's Polish cheesecake recipe has changed my life. Making it for every occasion now.",
  ("PA", "Dawn Kowalczyk", "R001"))
# parent negatives
P("marg", "2025-09-24T10:30",
  "Lovely Lorraine Kelly on this morning talking about the menopause. Good on her.")
P("sean_ig", "2025-12-31T19:00",
  "Gary Lineker's last Match of the Day... not the same without him")
P("helen_ig", "2026-06-01T21:00",
  "Dawn French's new book is hilarious, read it in one sitting 📖")
P("peter_ig", "2025-10-04T06:50",
  "Up before dawn for Malham Cove at sunrise. Worth the 5am alarm.")
P("tom_fb", "2026-04-11T20:30",
  "Happy 40th to my big brother Gary! 🍻 Still can't beat me at darts.")
P("jo_fb", "2026-02-15T14:00",
  "Shout out to J. Smith & Sons Plumbing for coming out on a Sunday. Boiler fixed, house warm, I could weep.")
P("khan", "2025-09-21T08:00",
  "Dawn chorus on the canal this morning was unreal 🐦",
  conns=("@gazsmith", "@kwame_a", "@leedsrunners"))

# --- D. events on personal accounts ----------------------------------------------------------------------------
# E001 nativity: no permission for personal accounts at any time
P("jo_fb", "2025-11-24T21:30",
  "Nativity rehearsals again. If I hear 'Little Donkey' one more time I will become a little donkey.",
  ("EV", "Nativity", "E001"), ("MD",))
P("bern", "2025-12-11T19:45",
  "Best nativity play we've ever done. Three kings, one sheep with stage fright and a very confident star ⭐",
  ("EV", "nativity play", "E001"))
P("grace_ig", "2025-12-01T20:05",
  "Who knew 30 shepherds' tea towels could take an entire weekend 🐑 #nativity #ectlife",
  ("EV", "#nativity", "E001"), ("MD",))
P("khan", "2025-12-10T17:20",
  "Dress rehearsal for the Hollins Green nativity done. Bring tissues tomorrow, parents.",
  ("EV", "Hollins Green nativity", "E001"))
P("helen", "2025-12-12T20:40",
  "Summer was a (slightly bossy) angel in the nativity at HGA yesterday and I now have 400 photos.",
  ("PR", "Summer", "P0009"), ("EV", "nativity", "E001"))
P("sean_fb", "2025-12-06T16:00",
  "Spent my Saturday making a cardboard stable for the nativity. No regrets. Well, a few regrets. Glue everywhere.",
  ("SI",), ("EV", "nativity", "E001"), ("MD",))
P("patel", "2025-11-28T18:10",
  "Tickets for our nativity go on sale on Monday, and yes, there will be mince pies.",
  ("EV", "our nativity", "E001"))
P("jo", "2025-12-04T17:00",
  "Three shepherds down with chickenpox one week before the nativity. Understudies, assemble.",
  ("EV", "nativity", "E001"))
P("grace_ig", "2025-12-10T21:00",
  "Nativity eve 🌟 Year 2 angels, sheep and one very determined octopus (don't ask) #ectlife",
  ("EV", "Nativity", "E001"), ("MD",))
P("bern_fb", "2025-12-11T08:15",
  "Nativity day! 🌟 Good luck to all our little shepherds, angels and the one octopus.",
  ("SI",), ("EV", "Nativity", "E001"), ("MD",))
# E003 Year 6 residential: never permitted
P("khan", "2026-03-09T07:30",
  "Off to Robinwood with 28 Year 6s for three nights. Pray for me.",
  ("EV", "Robinwood", "E003"))
P("khan_ig", "2026-03-11T21:50",
  "Day 3 of residential. Zip wire conquered. Sleep: zero. Coffee: all of it. 🧗‍♂️",
  ("EV", "residential", "E003"), ("MD",))
P("tom", "2026-02-10T19:30",
  "Risk assessments for the Y6 residential finally done. Only took 14 pages.",
  ("EV", "Y6 residential", "E003"))
P("helen", "2026-01-21T17:00",
  "Parents' meeting tonight about the Robinwood trip, please bring your questions and your consent forms!",
  ("EV", "Robinwood trip", "E003"))
P("sean", "2026-03-12T20:15",
  "Back from residential. 3 nights, 4 hours' sleep, 1 lost retainer (found, in a welly). Would do it again.",
  ("EV", "residential", "E003"))
P("patel_fb", "2026-03-13T18:30",
  "Welcome home to our Year 6s after a brilliant week at Robinwood! Thank you to the staff who gave up their "
  "week and their sleep.",
  ("EV", "Robinwood", "E003"), ("MD",))
P("bern", "2026-03-06T20:00",
  "Packing list for the residential: 3 torches, 40 plasters, 1 very patient deputy.",
  ("EV", "residential", "E003"))
P("khan_fb", "2026-03-08T20:20",
  "Bags packed for Robinwood. Back Thursday. Wish me luck with 28 eleven-year-olds and a climbing wall.",
  ("EV", "Robinwood", "E003"), ("MD",))
P("khan", "2026-02-25T18:00",
  "Robinwood trip kit list has gone home in book bags. If your child needs a sleeping bag, let me know.",
  ("EV", "Robinwood trip", "E003"))
P("khan", "2026-03-27T19:30",
  "HGA's Year 6 Residential slideshow is finished and I've cried twice watching it back.",
  ("EV", "Year 6 Residential", "E003"))
# E002 sports day: approved from 2026-05-01 (scope all)
P("tom", "2026-03-30T18:10",
  "Already planning sports day. Egg and spoon is back, and this year the eggs are real.",
  ("EV", "sports day", "E002"))
P("tom_fb", "2026-04-20T20:00",
  "Sports Day kit order is in. 200 bibs. Why do I do this to myself.",
  ("EV", "Sports Day", "E002"), ("MD",))
P("jo", "2026-06-19T18:00",
  "Sports day survived. Sunburn acquired. Voice gone.")
P("khan", "2026-06-19T19:15",
  "The dads' race at sports day at HGA was the most competitive thing I've ever witnessed.")
P("grace_ig", "2026-06-20T10:00",
  "sports day aftermath: 1 lost shoe, 2 grazed knees, 30 very happy Year 2s 🏅",
  ("MD",))
P("tom", "2026-05-27T17:00",
  "Sports day bunting is up on the field. Forecast: 24° and sunny 🤞")
P("patel", "2026-05-06T16:30",
  "Sports Day 2026 is confirmed for Friday 19 June. All welcome!")
P("bern", "2026-06-19T20:30",
  "Sports day at Hollins Green went brilliantly today. Not a single cloud.")
# E004 summer fair: approved from 2026-05-20 (scope all)
P("bern", "2026-05-05T19:20",
  "Who's donating to the summer fair tombola this year? Asking for a desperate deputy.",
  ("EV", "summer fair", "E004"))
P("sean", "2026-04-28T18:00",
  "Hollins Green summer fete planning meeting tonight. I've been volunteered for the coconut shy. Again.",
  ("EV", "Hollins Green summer fete", "E004"))
P("jo", "2026-04-14T17:30",
  "Summer fete tombola prizes are already taking over my boot.",
  ("EV", "Summer fete", "E004"))
P("helen", "2026-07-04T11:00",
  "Summer fair today! Come and find me on the cake stall 🍰")
P("patel", "2026-07-05T10:00",
  "Thank you to everyone who came to the Summer Fair yesterday, over £2,000 raised!")
P("sean", "2026-05-30T21:00",
  "Summer fair prep: 300 jam jars washed. My kitchen looks like a factory 🫙")
P("jo", "2026-07-04T09:00",
  "Summer fair! Come and find me on the tombola, bring coins.")
# generic school activities tied to the school by name or "our school"
P("jo", "2025-10-02T17:40",
  "Harvest festival at Hollins Green this morning and the tin mountain was taller than Year 1.",
  ("EV", "Harvest festival", None))
P("khan", "2025-11-11T17:00",
  "Remembrance assembly at HGA this morning. 300 children, two minutes, not a sound. Proud.",
  ("EV", "Remembrance assembly", None))
P("helen", "2026-03-05T17:00",
  "Summer Whitcombe won best costume at Hollins Green's World Book Day! Yes I'm biased. Yes she's mine.",
  ("PR", "Summer Whitcombe", "P0009"), ("EV", "World Book Day", None))
P("bern", "2026-02-12T18:00",
  "Our school's Chinese New Year dragon parade went round the whole playground twice 🐉",
  ("EV", "Chinese New Year dragon parade", None))
P("sean", "2025-12-17T21:30",
  "Hollins Green Christmas disco. 300 children. One glitterball. Zero chill.",
  ("EV", "Christmas disco", None))
P("patel", "2026-01-29T18:00",
  "Parents' evening at Hollins Green is next week, the booking link is in your inbox.",
  ("EV", "Parents' evening", None))
P("jo_fb", "2026-02-04T20:30",
  "Royal Armouries trip with our school's Year 5 tomorrow. 28 kids, 4 adults, 1 packed lunch I will definitely forget.",
  ("EV", "Royal Armouries trip", None), ("MD",))
P("helen", "2025-09-26T17:10",
  "Hollins Green's Macmillan coffee morning raised £480 today. The carrot cake was mine, you're welcome.",
  ("EV", "Macmillan coffee morning", None))
P("khan", "2026-07-15T17:45",
  "Y6 leavers' show at Hollins Green tonight. I'm already emotional and it hasn't started.",
  ("EV", "leavers' show", None))
P("office", "2026-02-06T11:20",
  "Hollins Green Academy open morning for Reception 2026 is on Tuesday, come and say hi at the desk!",
  ("SI",), ("EV", "open morning", None))
P("peter", "2026-06-10T19:00",
  "Hollins Green Academy's Year 4 swimming gala: I have never heard a louder leisure centre.",
  ("SI",), ("EV", "swimming gala", None))
P("patel_fb", "2025-10-22T19:30",
  "Hollins Green Academy's first ever Diwali celebration assembly today. The children's rangoli designs were "
  "stunning. 🪔",
  ("EV", "Diwali celebration assembly", None), ("MD",))
P("jo", "2025-11-30T12:00",
  "Hollins Green Christmas fair on Saturday, I'm on the tombola, bring coins!",
  ("EV", "Christmas fair", None))
P("helen", "2026-02-11T17:30",
  "Our school's Safer Internet Day assembly was brilliant, the kids taught ME about privacy settings.",
  ("EV", "Safer Internet Day assembly", None))
# event negatives: other schools, churches, films, own childhood, non-school
P("marg", "2025-12-14T16:00",
  "St Chad's church nativity this afternoon. My granddaughter was the donkey and she took it very seriously.")
P("jo_fb", "2026-06-24T19:30",
  "My son's sports day at his high school was rained off. Again. Third year running.")
P("helen_ig", "2025-12-16T12:30",
  "Watched my niece's nativity at Oakfield Primary this morning. A very serious shepherd 🐑")
P("tom", "2026-03-07T10:00",
  "My own Year 6 residential in 1998 was a week in Whitby in the rain. Character building.")
P("sean_ig", "2026-03-16T19:00",
  "My nephew's off to Robinwood with his school next week. Jealous tbh")
P("khan_ig", "2026-07-11T17:00",
  "Summer fair at the cricket club today, won a bottle of Vimto on the tombola 🏏")
P("grace_ig", "2025-12-20T21:30",
  "Watching Nativity! for the 14th time this December. Mr Poppy forever 🌟")
P("bern", "2025-10-12T13:00",
  "Harvest festival at St Chad's this morning, the church looked beautiful.")
P("patel_fb", "2026-03-05T19:00",
  "World Book Day at my kids' school in Harrogate: they went as Matilda and the BFG.")
P("jo", "2026-06-27T18:00",
  "Leeds Rhinos family fun day. Face paint on everyone, including me.")
P("tom_fb", "2026-02-28T17:30",
  "Coaching the Kirkfield Rangers under-11s at their tournament today. Proud coach! 🏉")
P("marg", "2025-11-05T21:00",
  "Bonfire night at the rugby club. Sparklers and parkin.")
P("patel_fb", "2025-11-02T11:00",
  "Remembrance Sunday at the Cenotaph next week with the Scouts.")

# --- E. self-identification ------------------------------------------------------------------------------------
P("grace_ig", "2025-09-02T21:00",
  "My first day as an ECT at Hollins Green Academy is tomorrow and I have ironed everything I own 😅📚",
  ("SI", "My first day as an ECT at Hollins Green Academy", None), ("MD",))
P("khan_ig", "2025-09-15T20:30",
  "10 years teaching at Hollins Green this month. Still love it. Still tired.",
  ("SI", "10 years teaching at Hollins Green", None), ("MD",))
P("jo", "2025-10-13T18:20",
  "I teach Year 5 at Hollins Green and today a child asked whether I knew Henry VIII personally.",
  ("SI", "I teach Year 5 at Hollins Green", None))
P("sean", "2025-11-07T17:00",
  "Proud to be part of the #HGAFamily. Best staffroom in Leeds, fight me.",
  ("SI", "Proud to be part of the #HGAFamily", None))
P("tom", "2026-01-07T19:00",
  "As PE lead at HGA I am begging you: please name your child's plimsolls.",
  ("SI", "As PE lead at HGA", None))
P("helen_fb", "2026-02-23T21:15",
  "Being SENCo at Hollins Green Primary is the hardest and the best job I've ever had. Some weeks more hard than best.",
  ("SI", "Being SENCo at Hollins Green Primary", None), ("MD",))
P("patel", "2025-09-03T07:15",
  "Nine years as principal of Hollins Green Academy and the first day of term still gives me butterflies.",
  ("SI", "Nine years as principal of Hollins Green Academy", None))
P("bern", "2025-12-19T16:30",
  "Last day of term for us staff at @HollinsGreenAcad and I am officially running on mince pies.",
  ("SI", "us staff at @HollinsGreenAcad", None))
P("jo_fb", "2026-01-04T20:45",
  "Back to work at Hollins Green tomorrow and 30 reports still to finish. Where did the holidays go?!",
  ("SI", "Back to work at Hollins Green", None), ("MD",))
P("sean_ig", "2025-10-20T19:00",
  "New glasses day 🤓 I'm a TA at Hollins Green and the kids have voted them 'very Harry Potter'.",
  ("SI", "I'm a TA at Hollins Green", None), ("MD",))
P("khan", "2026-02-02T07:40",
  "We at Hollins Green don't do snow days. We do snowmen. ☃️",
  ("SI", "We at Hollins Green", None))
P("helen", "2026-04-23T16:10",
  "Working at HGA means someone always has cake. Today it was me.",
  ("SI", "Working at HGA", None))
P("tom_fb", "2026-05-18T20:00",
  "Proud to teach at Hollins Green Academy. My Year 5s wrote to the council about the potholes on Mill Lane and got "
  "a reply!",
  ("SI", "Proud to teach at Hollins Green Academy", None), ("MD",))
P("sean", "2026-01-23T17:20",
  "Fifteen years as a teaching assistant and HGA is the best school I've worked in. By a mile.",
  ("SI", "HGA is the best school I've worked in", None))
P("bern", "2026-03-26T18:40",
  "Deputy head life at Hollins Green: today I unblocked a toilet, taught Y4 fractions and ate lunch at 3pm.",
  ("SI", "Deputy head life at Hollins Green", None))
P("helen_ig", "2025-10-19T20:00",
  "Baking for my colleagues at Hollins Green tomorrow because Mondays need cake 🍰",
  ("SI", "Baking for my colleagues at Hollins Green", None))
P("patel_fb", "2026-04-13T20:10",
  "I've had the privilege of leading Hollins Green for nine years. This term our reading scores are the best they "
  "have ever been, and that is down to every single person in that building.",
  ("SI", "I've had the privilege of leading Hollins Green", None), ("MD",))
P("grace_ig", "2025-11-12T19:30",
  "Ten weeks into my ECT year at Hollins Green and I finally know where the laminator lives 🙌",
  ("SI", "my ECT year at Hollins Green", None), ("MD",))
P("jo", "2026-03-03T21:00",
  "Us Hollins Green staff are terrible at pub quizzes. Last again. Consistent, if nothing else.",
  ("SI", "Us Hollins Green staff", None))
P("helen", "2025-11-17T19:00",
  "I'm the SENCo at Hollins Green Academy and I will die on the hill that every child deserves a quiet corner.",
  ("SI", "I'm the SENCo at Hollins Green Academy", None))
P("tom", "2025-11-24T18:30",
  "Proud member of the #HGAFamily, even if I'm the only one who can't work the photocopier.",
  ("SI", "Proud member of the #HGAFamily", None))
P("patel", "2026-06-01T19:00",
  "Our school, Hollins Green Academy, turns 50 this year. I'm lucky to lead it.",
  ("SI", "Our school, Hollins Green Academy", None))
P("bern", "2025-09-22T17:00",
  "Twelve years at @HollinsGreenAcad today. They haven't got rid of me yet.",
  ("SI", "Twelve years at @HollinsGreenAcad", None))
P("grace_ig", "2026-07-17T18:30",
  "Last day of my first year teaching at Hollins Green. I cried in the car park. Twice. 💛",
  ("SI", "my first year teaching at Hollins Green", None), ("MD",))
P("peter_ig", "2026-01-26T19:00",
  "Honoured to chair the governing body at Hollins Green Academy for another year.",
  ("SI", "chair the governing body at Hollins Green Academy", None))
P("marg", "2025-10-27T11:40",
  "As a governor at Hollins Green I'm always amazed by what the children come up with.",
  ("SI", "As a governor at Hollins Green", None))
P("khan", "2025-09-29T20:00",
  "Does anyone else teach at Hollins Green? Of course you do, you're the only people who follow me.",
  ("SI", "teach at Hollins Green", None))
P("khan", "2025-12-22T11:00",
  "Merry Christmas from one very tired Year 6 teacher at Hollins Green! 🎄",
  ("SI", "Year 6 teacher at Hollins Green", None))
P("sean", "2026-05-07T17:45",
  "Teaching assistant at HGA, part-time footballer, full-time tea drinker.",
  ("SI", "Teaching assistant at HGA", None))
P("jo", "2026-06-15T07:00",
  "Allotment before work, work at Hollins Green, allotment after work. Living the dream 🌱",
  ("SI", "work at Hollins Green", None))
P("tom", "2026-07-18T13:00",
  "That's my fifth year at HGA done. Thanks for having me.",
  ("SI", "my fifth year at HGA", None))
P("helen_fb", "2025-09-10T20:40",
  "Joined the SEN team at Hollins Green Academy three years ago today. Best decision I ever made. This year we've "
  "got two new sensory rooms and I'm like a kid at Christmas.",
  ("SI", "Joined the SEN team at Hollins Green Academy", None), ("MD",))
# bio self-identification with text that says nothing about the school
P("sean_fb", "2025-09-27T12:00",
  "Leeds 2-0 up at half time. Do not jinx it. DO NOT JINX IT.",
  ("SI",))
P("grace_x", "2025-12-28T14:00",
  "Reading goal for 2026: 40 books. Currently on book 2 of 40. It's December 28th.",
  ("SI",))
P("peter", "2026-05-24T09:00",
  "Bank holiday walk along the Wharfe. Bliss.",
  ("SI",))
P("office", "2025-12-19T15:45",
  "Last day of term. The kettle has earned a rest and so have I 🎄",
  ("SI",))
# self-identification negatives: no school named, school named without a first-person claim, place names,
# the author as a parent, handles
P("jo", "2025-09-30T20:00",
  "I'm a teacher, so yes, I have strong opinions about glue sticks.")
P("khan", "2025-10-31T21:30",
  "Teacher by day, terrible guitarist by night. 🎸")
P("sean", "2026-04-08T19:30",
  "I'm a TA and proud of it. Best job in the world and I'll hear no different.")
P("marg", "2026-02-09T14:00",
  "I'm a school governor and a WI member, so I know a thing or two about committees.")
P("patel", "2026-01-20T20:15",
  "Being a head teacher is a privilege and a puzzle. Views, as ever, my own.")
P("helen", "2026-06-17T08:50",
  "SENCo life: 47 emails before 9am.")
P("helen", "2026-04-27T18:20",
  "I'm an SEN teacher, and yes, Brenda, I do know what ADHD stands for.")
P("sean_ig", "2025-09-28T09:15",
  "Dog walk round Hollins Green park this morning, proper autumn vibes 🍂")
P("helen", "2025-10-11T10:00",
  "Saturday = sourdough day 🍞")
P("helen", "2025-09-19T19:30",
  "Hollins Green Road shut AGAIN for the gas works. Diversion via Mill Lane, add twenty minutes.")
P("tom", "2026-04-02T19:00",
  "I taught at a school in Wakefield for six years before I moved. Still miss the chips.")
P("khan", "2025-10-27T13:00",
  "Half-term: finally finished marking and now I can actually read a book.")
P("jo", "2026-03-23T17:30",
  "Whoever invented the glue stick lid deserves a medal. Teacher opinions, my own.")
P("khan", "2025-09-10T21:30",
  "First proper week done. In bed by 9pm every night like a toddler.")
P("sean", "2026-07-18T17:00",
  "Six weeks off, they say. Six weeks of DIY, says my wife.")

# --- F. pupil contact ------------------------------------------------------------------------------------------
# a pupil's handle in the text: a pupil-contact span and a pupil-reference on the same span
P("sean", "2025-10-04T13:00",
  "@jakesmith_16 great goal this morning mate ⚽",
  ("PC", "@jakesmith_16", "P0002"), ("PR", "@jakesmith_16", "P0002"))
P("khan", "2025-11-08T18:00",
  "Congrats @harvey_sm on the chess trophy! Told you that opening would work ♟️",
  ("PC", "@harvey_sm", "P0020"), ("PR", "@harvey_sm", "P0020"))
P("tom_fb", "2025-12-19T07:30",
  "Happy birthday @aishab_2015 🎂 have a brilliant day",
  ("PC", "@aishab_2015", "P0025"), ("PR", "@aishab_2015", "P0025"))
P("helen", "2026-02-08T17:40",
  "@jakesmith_16 your mum says you've been practising your spellings every night. Proud of you!",
  ("PC", "@jakesmith_16", "P0002"), ("PR", "@jakesmith_16", "P0002"))
P("bern", "2026-03-21T10:30",
  "@callum_breck is that you on the Evening Post website?! Well done on the county trials!!",
  ("PC", "@callum_breck", "P0013"), ("PR", "@callum_breck", "P0013"))
P("jo", "2025-11-15T12:40",
  "@elliem_07 lovely to see you at the bus stop! Good luck with your mocks x",
  ("PC", "@elliem_07", "P0022"), ("PR", "@elliem_07", "P0022"))
P("khan", "2026-04-04T09:30",
  "Good luck at the regional gymnastics today @kdoyle09, your old teacher is cheering 🤸",
  ("PC", "@kdoyle09", "P0023"), ("PR", "@kdoyle09", "P0023"))
P("sean", "2026-06-22T17:00",
  "@summerw_16 what a run on Friday!! 🏃‍♀️💨",
  ("PC", "@summerw_16", "P0009"), ("PR", "@summerw_16", "P0009"))
P("bern", "2025-11-02T15:00",
  "@aishab_2015 that's a lovely drawing, well done!",
  ("PC", "@aishab_2015", "P0025"), ("PR", "@aishab_2015", "P0025"))
P("khan", "2026-06-27T10:00",
  "Good luck at high school @aishab_2015 and the rest of 6R! 💙",
  ("PC", "@aishab_2015", "P0025"), ("PR", "@aishab_2015", "P0025"))
# former pupil now 18: a reference, no longer contact
P("jo", "2025-12-15T18:00",
  "@elliem_07 congrats on passing your driving test!! Watch out Leeds 🚗",
  ("PR", "@elliem_07", "P0022"))
# family link: the stepdad's handle mention is still a reference, not contact
P("tom", "2026-05-02T16:45",
  "@billyfb_16 tea's at 6, don't be late mate",
  ("PR", "@billyfb_16", "P0006"))
# replies to a pupil (whole post)
P("khan", "2025-10-19T12:15",
  "Ha! Yes, I saw the match. Unlucky lads, you'll get them next time.",
  ("PC", None, "P0020"), reply="@harvey_sm")
P("jo", "2026-01-25T19:00",
  "Yes, homework is due on Friday 😉",
  ("PC", None, "P0002"), reply="@jakesmith_16")
P("sean_ig", "2026-02-14T11:00",
  "Aww thank you! Hope secondary is treating you well 👍",
  ("PC", None, "P0013"), reply="@callum_breck")
P("tom_fb", "2025-09-28T18:00",
  "Cheers! See you Monday 👍",
  ("PC", None, "P0009"), reply="@summerw_16")
P("patel", "2026-03-01T12:00",
  "Congratulations, very well deserved.",
  ("PC", None, "P0023"), reply="@kdoyle09")
P("helen", "2025-09-20T14:00",
  "You're welcome! Enjoy the match.",
  ("PC", None, "P0006"), reply="@billyfb_16")
P("sean_ig", "2026-05-23T13:20",
  "Thanks! Loving the new hair 👍",
  ("PC", None, "P0025"), reply="@aishab_2015")
P("tom", "2025-09-20T20:00",
  "Thanks, good to hear from you! All the best for sixth form.",
  ("PC", None, "P0022"), reply="@elliem_07")
P("bern_fb", "2025-10-18T16:30",
  "Thank you for the card, that's very kind of you.",
  ("SI",), ("PC", None, "P0002"), reply="@jakesmith_16")
# connected with a pupil (whole post; the text is about something else)
P("khan_ig", "2025-10-05T10:30",
  "Sunday long run in the rain. Why do I do this to myself.",
  ("PC", None, "P0020"), conns=("@harvey_sm", "@leedsrunners"))
P("jo_ig", "2026-04-18T16:00",
  "First broad beans of the year 🌱",
  ("PC", None, "P0002"), conns=("@jakesmith_16", "@allotment_alan"))
P("grace_ig", "2025-12-27T15:00",
  "Boxing Day walk at Golden Acre Park ❄️🥾",
  ("PC", None, "P0025"), conns=("@aishab_2015", "@missb_reads"))
P("sean_ig", "2026-02-21T17:30",
  "Away day at Elland Road. We don't talk about the result.",
  ("PC", None, "P0013"), conns=("@callum_breck", "@lufc_fan_84"))
P("tom_ig", "2026-01-31T12:00",
  "Under-11s training in the snow. Hardy lot. 🏉❄️",
  ("PC", None, "P0023"), conns=("@kdoyle09", "@kirkfield_rangers"))
P("helen_ig", "2025-11-30T16:00",
  "Advent calendar bakes: day 1 🍪",
  ("PC", None, "P0002"), conns=("@summerw_16", "@jakesmith_16", "@bakewithben"))
P("grace_x", "2026-04-07T14:30",
  "Easter holidays = finally reading for fun 📖",
  ("SI",), ("PC", None, "P0020"), conns=("@harvey_sm", "@leedsbookclub"))
P("jo", "2025-11-01T10:00",
  "Bonfire toffee: attempt three. Success!",
  ("PC", None, "P0022"), conns=("@elliem_07", "@jo_allotment_pals"))
# contact negatives: family links, adult former pupils, look-alike handles, parents
P("tom_fb", "2025-12-24T19:00",
  "Merry Christmas from our house to yours! 🎄",
  conns=("@billyfb_16", "@gazsmith"))
P("helen_fb", "2026-01-10T20:30",
  "Don't forget your PE kit tomorrow missy x",
  reply="@summerw_16")
P("helen_fb", "2026-03-15T18:00",
  "Love you too x Happy Mother's Day to me 😂",
  reply="@summerw_16")
P("tom_ig", "2026-06-13T18:30",
  "Great try today lad! 🏉",
  reply="@billyfb_16")
P("bern", "2026-06-28T15:00",
  "Strawberries from the garden 🍓",
  conns=("@elliem_07", "@niamhg"))
P("khan_fb", "2026-01-11T16:00",
  "Sunday roast at the Fox and Hounds. Yorkshires the size of your head.",
  conns=("@elliem_07", "@dec_hughes"))
P("patel", "2025-10-25T11:00",
  "Half-term reading pile 📚",
  conns=("@dec_hughes", "@niamhg"))
P("sean", "2026-01-03T12:00",
  "Happy new year to you too!",
  reply="@niamhg")
P("jo", "2026-02-02T19:00",
  "Congratulations on the new job! So proud.",
  reply="@dec_hughes")
P("jo", "2026-05-09T18:00",
  "Long weekend at the coast 🌊",
  conns=("@jakesmith_61", "@seaside_sue"))
P("khan", "2026-02-17T20:00",
  "Stunning shot of the Dales!",
  reply="@harvey_smphoto")
P("sean_ig", "2025-10-25T14:00",
  "Autumn leaves in Roundhay Park 🍁",
  conns=("@summer_w16", "@aishab2015_art"))
P("helen_ig", "2026-02-22T15:30",
  "Lemon drizzle, take two 🍋",
  conns=("@kwame_a", "@gazsmith"))

# --- G. identifying detail ---------------------------------------------------------------------------------------
P("jo", "2025-10-22T17:15",
  "S in 5G cried because her pencil case 'looked sad'. Honestly, I get it.",
  ("ID", "S in 5G", "P0009"))
P("khan", "2025-11-20T18:30",
  "The lad in 6R who broke his wrist at football is back and already asking when he can play again.",
  ("ID", "The lad in 6R who broke his wrist at football", None))
P("helen", "2026-01-14T19:00",
  "Priya in 4R is the kindest child I have ever taught. That's it. That's the post.",
  ("ID", "Priya in 4R", None))
P("sean", "2026-02-04T16:30",
  "The only set of twins in Year 3 swapped jumpers to trick the supply teacher. Genius level.",
  ("ID", "The only set of twins in Year 3", None))
P("bern", "2025-12-01T17:50",
  "M in 4R has lost her second tooth this week, the tooth fairy is going broke",
  ("ID", "M in 4R", "P0017"))
P("tom_fb", "2026-03-17T19:30",
  "Our Y5 goalkeeper, the tall lad with the red boots, saved three penalties today. Future England number 1. 🧤",
  ("ID", "Our Y5 goalkeeper, the tall lad with the red boots", None), ("MD",))
P("grace_ig", "2025-10-09T17:30",
  "The new girl in 2M whose mum runs the chippy on Mill Lane brought me a fishcake 😂 #ectlife",
  ("ID", "The new girl in 2M whose mum runs the chippy on Mill Lane", None), ("MD",))
P("khan_fb", "2026-05-13T20:00",
  "H in Year 6, you know who you are: chess club is yours next year. Oh wait, you're leaving. 😭",
  ("ID", "H in Year 6", "P0020"), ("MD",))
P("patel_fb", "2026-06-16T19:15",
  "The Year 6 girl who wrote to the council about the potholes got a reply from the leader of the council today! "
  "Democracy in action.",
  ("ID", "The Year 6 girl who wrote to the council about the potholes", None), ("MD",))
P("helen_fb", "2025-12-03T20:10",
  "Kayden in 3L, the little boy with the hearing aids, signed 'thank you' to me today and I melted.",
  ("ID", "Kayden in 3L, the little boy with the hearing aids", None), ("MD",))
P("jo_fb", "2026-04-22T18:00",
  "The tallest girl in Year 5 just beat the whole of Year 6 at high jump in PE. Watch this space.",
  ("ID", "The tallest girl in Year 5", None), ("MD",))
P("sean_fb", "2025-11-19T18:30",
  "Z in 2M read her first chapter book today. I'm not crying, it's hay fever. In November.",
  ("SI",), ("ID", "Z in 2M", "P0012"), ("MD",))
P("tom", "2026-06-09T17:00",
  "R in 5G won every race at Wednesday club. Watch this space.",
  ("ID", "R in 5G", "P0019"))
P("khan", "2026-01-19T18:45",
  "Our head boy's dad is apparently a professional magician. Year 6 is obsessed.",
  ("ID", "Our head boy's dad", None))
P("bern_fb", "2026-02-25T19:00",
  "The Year 4 boy who's been in hospital all month came back today and the whole class clapped him in. 💙",
  ("SI",), ("ID", "The Year 4 boy who's been in hospital all month", None), ("MD",))
P("helen", "2026-07-02T18:20",
  "Big shout out to the girl in 6R with the purple glasses who stood up for her friend today. Proper brave.",
  ("ID", "the girl in 6R with the purple glasses", None))
P("grace_x", "2026-05-19T17:40",
  "F in Year 2 asked if I live at school. Yes F, in the cupboard.",
  ("SI",), ("ID", "F in Year 2", "P0024"), ("MD",))
# identifying-detail negatives
P("jo", "2026-01-18T14:00",
  "My niece is in Year 5 at a school in York and she's obsessed with the Romans. Wonder where she gets that from.")
P("khan", "2025-12-29T17:00",
  "The boy next door has learnt the drums for Christmas. Pray for us.")
P("sean", "2026-05-04T12:00",
  "J says hi to everyone who asked after him. He's loving his new job in Manchester.")

# --- I. official accounts ----------------------------------------------------------------------------------------
# approved accounts, clean: consent-yes pupils by first name, permitted people and events, notices
P("off_x", "2025-09-12T15:30",
  "Well done to Amelia in 5B for her brilliant poem in our class anthology! 🌟")
P("off_fb", "2025-10-01T16:00",
  "Congratulations to Olivia Haworth, this month's Reading Award winner! 📚 Keep reading, Olivia!")
P("off_x", "2025-11-25T12:00",
  "Nativity tickets are now available from the school office. 🌟")
P("off_fb", "2025-12-11T17:30",
  "Our nativity play was simply magical today. Thank you to every family who came to watch. ⭐")
P("off_x", "2026-06-19T07:45",
  "Sports Day is ON! ☀️ Sun cream and water bottles, please.")
P("off_fb", "2026-07-04T09:00",
  "Summer Fair today, 12 till 3pm. See you there! 🎪")
P("off_x", "2025-10-15T15:20",
  "Star readers this week: Freya (2M), Joy (3L) and Libby (6R). Keep it up! 📖")
P("off_fb", "2026-01-09T15:00",
  "Our lost property rail is overflowing! Please check for your child's jumper before Friday.")
P("off_x", "2026-02-27T12:30",
  "Reminder: school closes at 1:30pm on Friday for staff training.")
P("off_x", "2026-04-02T15:30",
  "Have a lovely Easter break, everyone! We return on Monday 20 April. 🐣")
P("off_fb", "2026-03-04T16:10",
  "Huge well done to Grace and Ollie in 4R, our new school councillors! 🗳️")
P("off_x_lc", "2026-05-21T18:00",
  "Thank you for all your summer fair raffle donations! 🎟️")
P("off_fb", "2025-09-19T16:00",
  "We at Hollins Green are so proud of our new reading garden. Come and see it at pick-up!")
P("off_x", "2026-07-17T15:30",
  "Goodbye and good luck to our wonderful Year 6 leavers! You'll always be part of the #HGAFamily 💙")
P("off_fb", "2025-11-07T16:30",
  "Siobhan and Mark from 6R have been voted our new Head Girl and Head Boy! Congratulations both.")
P("off_x", "2026-05-12T10:00",
  "Ms Whitfield's class have hatched ducklings! 🐣 Come and say hello at the classroom window.")
P("off_fb", "2026-06-08T16:00",
  "Sports Day is on Friday 19 June. Parents are welcome from 1pm.")
P("off_x", "2025-09-22T16:00",
  "Summer from 5G has won the Leeds Young Artist prize! 🎨 Well done, Summer.")
P("off_fb", "2026-02-10T15:45",
  "Tommy (5G) and Mark (6R): our chess champions! ♟️")
P("off_x", "2025-12-18T16:00",
  "Merry Christmas from all of us at Hollins Green Academy! 🎄 See you on 5 January.")
P("off_x", "2026-03-19T15:10",
  "Olivia from 4R has read 100 books this year! 📚")
P("off_fb", "2025-12-02T16:40",
  "The office phone line is down today. Please call 07700 900123 for urgent messages.")
P("off_x", "2026-01-21T07:15",
  "Snow update: school is OPEN as normal today. Please take care on Mill Lane. ❄️")
# approved accounts, gold
P("off_x", "2025-10-28T15:40",
  "Well done to Jake in 5B for his fantastic Roman shield! 🛡️",
  ("PR", "Jake", "P0002"))
P("off_fb", "2025-11-12T17:00",
  "Congratulations to Harvey Sinclair-Moss on winning the under-11 chess championship! ♟️",
  ("PR", "Harvey Sinclair-Moss", "P0020"))
P("off_x", "2026-01-14T16:00",
  "A huge thank you to Mr Khan for the brand new reading corner in the Year 6 corridor! 📚",
  ("SR", "Mr Khan", "S002"))
P("off_fb", "2025-11-10T16:00",
  "Nativity auditions are this week! 🎭 Year 2, get practising those lines.",
  ("EV", "Nativity", "E001"))
P("off_x", "2026-01-08T16:30",
  "Thank you to everyone who came to our Nativity. Photos coming soon!",
  ("EV", "Nativity", "E001"))
P("off_fb", "2026-03-10T19:00",
  "Year 6 are having a wonderful time on their residential at Robinwood! Photos to follow.",
  ("EV", "residential at Robinwood", "E003"))
P("off_x", "2026-04-15T15:00",
  "Save the date: Sports Day is Friday 19 June!",
  ("EV", "Sports Day", "E002"))
P("off_fb", "2026-05-02T10:00",
  "Can you help at our Summer Fair? Volunteers needed, please contact the office.",
  ("EV", "Summer Fair", "E004"))
P("off_x", "2026-02-06T15:20",
  "Well done to Miss Lowry's 2M, our class of the week for attendance! 👏",
  ("SR", "Miss Lowry", "S007"))
P("off_fb", "2026-06-12T16:20",
  "Well done Mohammed and Hope from 3L for their brilliant Eid poster! 🌙",
  ("PR", "Mohammed", "P0008"), ("PR", "Hope", "P0010"))
P("off_fb", "2026-04-24T15:30",
  "Thank you to Mrs Ellison, one of our governors, for donating the new reading chairs.",
  ("SR", "Mrs Ellison", "G001"))
P("off_x", "2025-12-01T16:15",
  "Rose (5B) and May (4R) have designed this year's school Christmas card! 🎄",
  ("PR", "Rose", "P0015"), ("PR", "May", "P0017"))
P("off_x", "2026-03-25T15:50",
  "Congratulations to Aisha in 6R on her place in the Leeds Maths Challenge final! ➗",
  ("PR", "Aisha", "P0025"))
P("off_fb", "2026-05-28T16:00",
  "Thank you, Mrs O'Neill and Mr Okafor, for repainting the playground games over half term!",
  ("SR", "Mrs O'Neill", "S003"), ("SR", "Mr Okafor", "S005"))
P("off_x", "2026-07-08T16:00",
  "Congratulations to Ruby Beckham (5G) on her county gymnastics medal! 🥇",
  ("PR", "Ruby Beckham", "P0019"))
P("off_x_lc", "2025-11-18T16:00",
  "Nativity costume letters have gone home today. 🐑",
  ("EV", "Nativity", "E001"))
# unapproved school-service accounts
P("pe_x", "2025-10-09T16:00",
  "New PE kit has arrived! 🏃 Thank you to the PTA.",
  ("UA",))
P("pe_x", "2026-04-22T16:00",
  "Sports Day practice starts next week! Get those trainers ready.",
  ("UA",), ("EV", "Sports Day", "E002"))
P("pe_x", "2026-06-20T10:00",
  "Thank you Mrs Patel for presenting the medals yesterday! 🥇",
  ("UA",), ("SR", "Mrs Patel", "S001"))
P("pta_fb", "2026-05-25T19:00",
  "Summer fair tombola donations can be left at the school office. Thank you!",
  ("UA",))
P("pta_fb", "2025-11-14T19:30",
  "The Christmas Nativity raffle is open: tickets £1 from the office!",
  ("UA",), ("EV", "Christmas Nativity", "E001"))
P("lib_ig", "2025-10-20T12:00",
  "New books alert 📚 The shelves are full of spooky stories this week 👻",
  ("UA",))
P("lib_ig", "2026-02-12T15:00",
  "Well done Zainab for borrowing 20 books this term! 📖",
  ("UA",), ("PR", "Zainab", "P0012"))
P("acad_ig", "2026-01-21T08:00",
  "Snowy morning at Hollins Green ❄️ School is open as normal.",
  ("UA",))
P("acad_x2", "2025-12-05T12:00",
  "Our office will be closed on Friday afternoon. Thank you for your patience.",
  ("UA",))
P("acad_fb2", "2026-03-02T16:00",
  "Reminder: please label all uniform! 🏷️",
  ("UA",))
P("y6_x", "2026-03-11T20:00",
  "Robinwood day 3: the zip wire was conquered by EVERYONE! 🧗",
  ("UA",), ("EV", "Robinwood", "E003"))
P("y6_x", "2026-06-30T16:00",
  "Alex and Harvey have been chosen as Year 6 sports captains for the last term! 🏅",
  ("UA",), ("PR", "Alex", "P0004"), ("PR", "Harvey", "P0020"))
P("eyfs_ig", "2025-09-15T15:00",
  "Our Reception children have settled in beautifully 💛",
  ("UA",))
P("eyfs_ig", "2025-11-18T15:30",
  "Rehearsing for the nativity! 🐑⭐",
  ("UA",), ("EV", "nativity", "E001"))
P("choir_fb", "2026-02-20T18:00",
  "New choir songbooks have arrived! 🎶",
  ("UA",))

# --- J. more hard negatives on personal accounts -------------------------------------------------------------------
# names that are also words
P("jo", "2025-09-14T10:00",
  "Will someone please tell me why the washing machine beeps 14 times when it finishes.")
P("khan_ig", "2025-10-11T07:20",
  "Rose early for a 10k along the canal. Worth it for the mist alone 🌫️")
P("grace_ig", "2025-09-21T19:00",
  "Summer's officially over and I'm not ready 🍂☕")
P("sean_ig", "2026-01-01T13:00",
  "New year, new me. Hope everyone had a good one 🎉")
P("bern", "2026-05-04T15:00",
  "May Day bank holiday and I've made three dozen scones. Don't judge.")
P("helen_ig", "2025-10-26T16:00",
  "Pure joy is a warm scone and a pot of tea ☕")
P("tom_ig", "2026-02-22T18:00",
  "Have to mark this down as the muddiest match of the season 🏉")
P("marg", "2026-06-21T17:00",
  "The roses are out! Grace Darling (the rose, not the lifeboat heroine) is still my favourite 🌹")
P("jo_ig", "2025-09-27T17:30",
  "Ruby chard is thriving, the courgettes less so 🌱")
P("khan", "2026-07-19T10:00",
  "Summer holidays: day 1. Already lost track of what day it is.")
P("jo_fb", "2026-05-17T21:00",
  "Thank you all for the birthday wishes! By the grace of God and a lot of coffee I've made it to 45 🎂")
P("helen_fb", "2026-04-05T17:30",
  "Easter egg hunt in the garden with the family. Hope you've all had a lovely day 🐣")
P("sean", "2026-05-25T14:00",
  "Bank holiday BBQ. Will it rain? Obviously.")
P("tom_fb", "2025-10-26T11:00",
  "Our Joy (the dog, not the emotion) has eaten another sock. Vet on speed dial.")
P("grace_ig", "2026-05-09T12:00",
  "May is the month of blossom 🌸 and hay fever 🤧")
P("sean", "2025-09-19T21:00",
  "Hope Leeds win tomorrow. Just hope.")
P("jo_ig", "2026-05-24T09:30",
  "Sweet William in full bloom 🌸 (the flower, before anyone asks)")
P("tom_ig", "2026-04-26T19:00",
  "Summer training schedule for the club starts in May. Keen lads.")
P("grace_ig", "2026-07-05T20:00",
  "Summer evenings in the garden with a good book 📖☀️")
P("marg", "2026-07-12T12:00",
  "Ruby wedding anniversary for me and Ken today! 40 years and he still can't load a dishwasher.")
P("peter_ig", "2026-04-30T16:00",
  "Hope Farm open day: lambs everywhere 🐑")
# famous namesakes
P("khan_ig", "2025-11-01T21:00",
  "Will Smith in Bad Boys is still the best Friday film.")
P("sean_ig", "2026-03-28T17:10",
  "Mo Salah again. Unbelievable player, even if he does score against everyone.")
P("tom_ig", "2025-09-30T21:00",
  "David Beckham documentary on Netflix is a must watch.")
P("helen_fb", "2026-01-18T21:30",
  "Liv Tyler in Armageddon is my comfort film. Don't @ me.")
P("grace_ig", "2025-11-09T20:00",
  "Tom Holland as Spider-Man >>> every other Spider-Man")
P("bern", "2025-10-29T21:00",
  "Grace Jones at the Royal Festival Hall? Bucket list.")
P("patel", "2026-02-15T20:00",
  "Queen Elizabeth's corgis documentary on BBC Two tonight. Cosy.")
P("khan", "2026-04-12T09:00",
  "Sir Alex Ferguson's autobiography on audiobook for the drive to Wales.")
P("jo_fb", "2025-12-06T20:00",
  "Declan Donnelly is 50?! Ant and Dec are older than my mortgage.")
P("sean", "2026-06-14T21:30",
  "Declan Rice's free kicks. What a player.")
P("tom_fb", "2026-03-08T20:00",
  "Noel Gallagher's new album has been on repeat all week.")
P("helen", "2025-11-23T21:00",
  "Finished Children of Blood and Bone by Tomi Adeyemi. Wow. Just wow.")
P("jo_ig", "2026-07-12T10:30",
  "Ellie Goulding on the radio while weeding. Perfection.")
P("grace_ig", "2026-03-14T10:00",
  "Olivia Rodrigo tickets secured!!! 🎫🎫")
P("khan_fb", "2026-01-10T17:05",
  "Callum Wilson with a header in the 90th minute. Scenes.")
P("bern", "2026-04-19T16:00",
  "Bob Hope films all afternoon with my dad.")
P("khan", "2025-12-28T15:00",
  "Watching Thomas the Tank Engine with my nephew for the ninth time today. Send help.")
P("patel_fb", "2026-05-31T11:00",
  "Mark Rylance was incredible at the Grand Theatre last night.")
P("grace_ig", "2026-06-13T23:00",
  "Freya Ridings live in Leeds 😭💛")
P("patel", "2025-12-27T18:00",
  "Mo Farah's documentary about his childhood is incredibly moving. Watch it.")
P("grace_ig", "2026-04-18T19:00",
  "Just realised I've never seen Grace Kelly in anything. Weekend sorted 🎬")
P("khan_ig", "2026-02-08T11:00",
  "Joy Division on vinyl, Sunday sorted.")
P("bern", "2026-01-31T20:00",
  "Jake from State Farm is the best advert character ever made, fight me.")
# people who are not on the roster
P("jo_fb", "2025-10-19T18:00",
  "My nephew Jake turned 5 today! The dinosaur cake was a triumph 🦖")
P("helen_ig", "2026-02-01T17:00",
  "My niece Ruby baked her first Victoria sponge today! Proud auntie 🍰")
P("khan_ig", "2026-06-07T19:00",
  "Our Grace (my sister) ran her first marathon today. Absolute legend. 🏅")
P("marg", "2026-03-22T16:00",
  "My granddaughter Rose has started ballet. Tutus everywhere.")
P("grace_ig", "2025-10-04T11:00",
  "Brunch with my best friend Liv before she moves to Manchester 🥞")
P("bern", "2026-03-31T19:00",
  "Ollie the cockapoo has eaten a whole Easter egg. Vet says he'll be fine.")
P("khan_fb", "2025-09-27T22:00",
  "Jake's Bar in town still does the best wings in Leeds.")
# surnames as shops, streets, places
P("helen_fb", "2025-12-13T19:00",
  "Penhaligon's sale is ON. My bank account is crying.")
P("jo_fb", "2025-09-20T12:00",
  "Anyone know if the bakery on Whitfield Road is still open on Sundays?")
P("patel", "2026-04-06T18:00",
  "Day out in Haworth: the Brontë Parsonage and a very steep hill.")
P("khan_ig", "2025-10-18T10:00",
  "Run over Marsden Moor this morning. Brutal hills, beautiful views.")
P("sean_ig", "2026-02-07T21:00",
  "Brierley Hill for my cousin's wedding. Long drive, great do.")
P("tom_ig", "2026-05-09T10:30",
  "parkrun at Pemberton this morning, new PB! 🏃")
P("jo", "2026-02-28T14:00",
  "New WH Smith stationery haul. Teachers and stationery, name a more iconic duo.")
P("helen", "2026-05-03T20:00",
  "Skiing in Breckenridge is on the bucket list. One day.")
P("marg", "2026-01-14T13:00",
  "Fairbrother's butchers still do the best pork pies in Leeds.")
P("jo_ig", "2026-03-28T15:00",
  "Visited the Dunmore Pineapple in Scotland. Yes, it's a real building.")
# disclaimer in the post (no disclaimer in the bio)
P("jo_fb", "2025-11-16T15:00",
  "Marking 30 books on the Romans this weekend. Honestly love it. (Views my own, obviously!)")
P("tom_fb", "2026-01-25T20:00",
  "Hot take: PE should be a core subject in every primary school. My views, not my school's.")
P("grace_ig", "2026-03-07T18:00",
  "ECT year is the hardest thing I've ever done but I love my class to bits. Views my own 💛")
P("khan_ig", "2026-05-16T18:30",
  "Marking mock papers all weekend. Proud of every one of them. (All views my own.)")
P("helen_fb", "2026-02-25T21:00",
  "Sector view: SEND funding is broken and everyone knows it. Views mine alone.")
P("patel_fb", "2026-03-27T20:00",
  "Inspection framework changes again. My personal view: schools need stability. "
  "(Views my own, not my employer's.)")
# ordinary life
P("jo", "2025-11-02T09:00",
  "Clocks went back and my body has not noticed.")
P("khan", "2026-05-30T14:00",
  "Half term in Northumberland. No signal. Bliss.")
P("jo_fb", "2026-01-02T12:00",
  "Happy new year from the Whitfields! 🎉")
P("grace_ig", "2025-11-15T10:00",
  "Rainy Saturday = crumpets and Bake Off catch-up ☔")
P("sean", "2026-02-13T21:00",
  "Valentine's Day tomorrow and I've forgotten. Again.")
P("helen_fb", "2025-09-14T21:00",
  "Wedding anniversary meal tonight. 15 years!")
P("patel", "2026-07-20T10:00",
  "Term's over. Holiday reading list: 11 novels. Realistic target: 3.")
P("helen_ig", "2025-09-07T16:00",
  "New school shoes bought for the little one. Why are they £45?!")
P("peter_ig", "2026-02-28T08:00",
  "Frost on the Chevin this morning. Worth the early start.")
P("tom_ig", "2025-11-22T17:00",
  "Kirkfield under-11s won 24-12 today. Buzzing for them 🏉")


# --- K. more official posts: permission and approval edges, more clean notices -------------------------------------
P("off_x", "2025-09-03T07:30",
  "Welcome back, everyone! Doors open at 8:40am. 🎒")
P("off_fb", "2025-10-24T15:30",
  "Half term starts today, have a restful break! We're back on Monday 3 November.")
P("off_x", "2025-11-20T16:00",
  "Libby in 6R has had her poem published in the Yorkshire Post! ✍️")
P("off_fb", "2025-12-15T17:00",
  "Nativity photos are now on the parent app. 📸")
P("off_x", "2026-05-20T16:00",
  "Summer Fair update: we now have a bouncy castle! 🏰")
P("off_fb", "2026-05-01T12:00",
  "Sports Day letters have gone home today ☀️")
P("off_x", "2026-03-06T15:30",
  "Well done to Freya in 2M and Joy in 3L, our star writers this week! ✏️")
P("off_fb", "2026-06-26T16:00",
  "Ms Whitfield and Year 5 have planted a wildflower meadow by the gate 🌼")
P("off_x", "2026-02-13T15:00",
  "Grace in 4R has won the Leeds schools' spelling bee! 🐝")
P("off_fb", "2025-10-10T16:00",
  "Olivia Haworth's reading certificate is now on display in the entrance hall. 🏅")
P("off_x", "2026-01-27T08:00",
  "Please remember that the car park is for staff only. Thank you!")
P("off_x_lc", "2026-06-03T16:00",
  "Tommy and Mark have been picked for the city under-11s chess team! ♟️")
P("off_x", "2025-11-19T16:00",
  "Nativity rehearsals are going brilliantly! 🌟",
  ("EV", "Nativity", "E001"))
P("off_fb", "2026-05-19T18:00",
  "Summer Fair: only seven weeks to go! Can you bake? 🧁",
  ("EV", "Summer Fair", "E004"))
P("off_x", "2026-04-30T15:00",
  "Sports Day volunteers: the sign-up sheet is in the office.",
  ("EV", "Sports Day", "E002"))
P("off_fb", "2026-02-03T16:00",
  "Thank you, Mr Murphy, for fixing the school gate! 🔧",
  ("SR", "Mr Murphy", "S008"))
P("off_x", "2026-01-16T15:30",
  "Well done to Billy in 5G for his super science model! 🔬",
  ("PR", "Billy", "P0006"))
P("off_fb", "2025-09-25T16:00",
  "Congratulations to Jacob Smith, our first Star of the Week this year! ⭐",
  ("PR", "Jacob Smith", "P0002"))
P("off_x", "2026-07-10T16:00",
  "Thank you to Peter Hollis and the governors for our new outdoor classroom! 🌳",
  ("SR", "Peter Hollis", "G002"))
# --- L. a few more personal negatives ---------------------------------------------------------------------------------
P("khan", "2026-03-04T19:00",
  "Grace under pressure: my nephew's first driving lesson, and I was the passenger.")
P("jo", "2025-10-25T16:00",
  "Rose gold phone case has arrived. I'm basically a teenager now.")
P("sean_ig", "2026-04-12T13:00",
  "Harvey Nichols in Leeds has a new cafe, worth a visit ☕")
P("helen_ig", "2026-03-21T15:00",
  "Hope springs eternal: third attempt at macarons.")
P("bern", "2026-02-21T10:00",
  "Summer can't come soon enough. Roll on the long evenings.")
P("tom_fb", "2025-11-16T18:00",
  "Will Greenwood on the rugby punditry today was spot on.")
P("patel", "2026-06-07T20:00",
  "Aisha, my goddaughter, graduated from Leeds Uni today! So proud 🎓")

# ===============================================================================================================
# Build, check, write.
# ===============================================================================================================

FIRST_DAY, LAST_DAY = date(2025, 9, 1), date(2026, 7, 20)
HANDLE_RE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_]+")
DISCLAIMER_RE = re.compile(r"views?,? (as ever, )?(are )?(my own|mine)|my (personal )?views|not my (school|employer)'s",
                           re.IGNORECASE)


def _read_csv(name: str) -> list[dict[str, str]]:
    with (SCHOOL / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _official_accounts() -> set[tuple[str, str]]:
    text = (SCHOOL / "school.yaml").read_text(encoding="utf-8")
    pairs = re.findall(r"\{\s*platform:\s*(\w+)\s*,\s*handle:\s*\"(@\w+)\"", text)
    if not pairs:
        raise SystemExit("could not read official_accounts from school.yaml")
    return {(p, h.casefold()) for p, h in pairs}


def _d(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def _age(dob: date, on: date) -> int:
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


class Profile:
    def __init__(self) -> None:
        self.people = {r["id"]: r for r in _read_csv("people.csv")}
        self.events = {r["id"]: r for r in _read_csv("events.csv")}
        self.links = {(r["staff_id"], r["pupil_id"]): _d(r["declared_on"]) for r in _read_csv("family_links.csv")}
        self.permissions = _read_csv("permissions.csv")
        self.official = _official_accounts()
        self.handles: dict[str, str] = {}
        for pid, row in self.people.items():
            for h in filter(None, (row.get("handles") or "").split(";")):
                self.handles[h.strip().casefold()] = pid

    def role(self, pid: str) -> str:
        return self.people[pid]["role"]

    def permitted(self, subject: str, kind: str, on: date) -> bool:
        """A permissions.csv row (or an approved event) covers this subject, account kind and date."""
        for row in self.permissions:
            if row["subject_id"] != subject or row["scope"] not in (kind, "all"):
                continue
            start, end = _d(row["approved_on"]), _d(row["expires_on"])
            if start and on >= start and (end is None or on <= end):
                return True
        event = self.events.get(subject)
        if event and event["permission"] == "approved" and on >= _d(event["approved_on"]):
            return True
        return False

    def contactable(self, pid: str, author: str | None, on: date) -> bool:
        """Contact with this person is a pupil-contact finding for this author on this date."""
        row = self.people[pid]
        if row["role"] == "pupil":
            pass
        elif row["role"] == "former-pupil":
            if _age(_d(row["date_of_birth"]), on) >= 18:
                return False
        else:
            return False
        declared = self.links.get((author or "", pid))
        return not (declared is not None and declared <= on)


def build(profile: Profile) -> tuple[list[dict], list[str], list[str]]:
    errors: list[str] = []
    warnings: list[str] = []
    seen_texts: set[str] = set()
    rng = random.Random(20260720)
    order = list(POSTS)
    rng.shuffle(order)
    records = []
    for i, post in enumerate(order, 1):
        pid_ = f"b2-{i:03d}"
        where = f"{pid_} (post #{post['n']} in the script)"
        acct = ACCOUNTS[post["acct"]]
        kind = acct.get("kind", "personal")
        author = acct["author"]
        text = post["text"]
        on = date.fromisoformat(post["when"][:10])
        if not FIRST_DAY <= on <= LAST_DAY:
            errors.append(f"{where}: date {on} outside {FIRST_DAY}..{LAST_DAY}")
        if text in seen_texts:
            errors.append(f"{where}: duplicate text")
        seen_texts.add(text)
        mentions = list(dict.fromkeys(HANDLE_RE.findall(text)))
        gold = []
        for item in post["gold"]:
            code = item[0]
            span = item[1] if len(item) > 1 else None
            subject = item[2] if len(item) > 2 else None
            occurrence = item[3] if len(item) > 3 else None
            if code not in CATS:
                errors.append(f"{where}: unknown category code {code}")
                continue
            start = end = None
            if span is not None:
                hits = [m.start() for m in re.finditer(re.escape(span), text)]
                if not hits:
                    errors.append(f"{where}: span {span!r} not in text")
                    continue
                if occurrence is None and len(hits) > 1:
                    errors.append(f"{where}: span {span!r} occurs {len(hits)} times; say which")
                    continue
                start = hits[occurrence or 0]
                end = start + len(span)
                if text[start:end] != span:
                    errors.append(f"{where}: text[{start}:{end}] != {span!r}")
            gold.append({"category": CATS[code], "start": start, "end": end, "subject": subject, "_code": code})

        # -- subjects exist and have the right role
        for g in gold:
            s, code = g["subject"], g["_code"]
            if s is None:
                if code in ("PR", "SR", "PA", "PC"):
                    errors.append(f"{where}: {code} needs a subject")
                continue
            if s not in profile.people and s not in profile.events:
                errors.append(f"{where}: unknown subject {s}")
                continue
            want = {"PR": {"pupil", "former-pupil"}, "PC": {"pupil", "former-pupil"}, "ID": {"pupil", "former-pupil"},
                    "SR": {"staff", "governor"}, "PA": {"parent"}}.get(code)
            if code == "EV":
                if s not in profile.events:
                    errors.append(f"{where}: EV subject {s} is not an event")
            elif want is None or s not in profile.people or profile.role(s) not in want:
                errors.append(f"{where}: {code} subject {s} has the wrong role or category")
            if code == "SR" and s == author:
                errors.append(f"{where}: the author naming themselves is not a staff-reference")

        codes = Counter(g["_code"] for g in gold)
        # -- whole-post categories
        for g in gold:
            if g["_code"] in WHOLE_POST_ONLY and g["start"] is not None:
                errors.append(f"{where}: {g['_code']} must be whole-post")
        # -- account kind
        if kind == "official":
            for code in ("SI", "MD", "PC"):
                if codes[code]:
                    errors.append(f"{where}: {code} on an official account")
            approved = (acct["platform"], acct["handle"].casefold()) in profile.official
            if approved == bool(codes["UA"]):
                errors.append(f"{where}: unapproved-account gold should be {not approved}")
            for h in [post["reply"], *post["conns"], *mentions]:
                if h and profile.handles.get(h.casefold(), "").startswith("P"):
                    errors.append(f"{where}: official post touching a pupil handle {h}")
        else:
            if codes["UA"]:
                errors.append(f"{where}: UA on a personal account")
            # self-identification: bio gives whole-post gold on every post, otherwise spans in the text
            si = [g for g in gold if g["_code"] == "SI"]
            if acct.get("bio_si"):
                if len(si) != 1 or si[0]["start"] is not None:
                    errors.append(f"{where}: bio self-identifies: exactly one whole-post SI expected")
            elif any(g["start"] is None for g in si):
                errors.append(f"{where}: whole-post SI on an account whose bio does not self-identify")
            if len(si) > 1:
                errors.append(f"{where}: more than one SI")
            # missing disclaimer: staff author, no disclaimer in bio or post
            if codes["MD"]:
                if not (author or "").startswith("S"):
                    errors.append(f"{where}: MD needs a staff author")
                if acct.get("disc"):
                    errors.append(f"{where}: MD but the bio has a disclaimer")
                if DISCLAIMER_RE.search(text):
                    errors.append(f"{where}: MD but the post has a disclaimer")
                if codes["MD"] > 1:
                    errors.append(f"{where}: more than one MD")
            # pupil contact: what handles, dates of birth and family links give
            expected = None
            for h in mentions:
                p = profile.handles.get(h.casefold())
                if p and profile.contactable(p, author, on):
                    expected = expected or (h, p)
            if expected is None:
                for h in [post["reply"], *post["conns"]]:
                    p = profile.handles.get((h or "").casefold())
                    if p and profile.contactable(p, author, on):
                        expected = expected or (None, p)
                        break
            pc = [g for g in gold if g["_code"] == "PC"]
            if expected is None and pc:
                errors.append(f"{where}: pupil-contact gold but no contactable pupil")
            elif expected is not None:
                h, p = expected
                if len(pc) != 1:
                    errors.append(f"{where}: expected one pupil-contact with {p}, got {len(pc)}")
                else:
                    g = pc[0]
                    if g["subject"] != p or (g["start"] is None) != (h is None) or (
                            h is not None and text[g["start"]:g["end"]] != h):
                        errors.append(f"{where}: pupil-contact should be {p} on {h or 'the whole post'}")
        # -- every roster handle in the text is a reference (unless permitted or the author's own)
        for h in mentions:
            p = profile.handles.get(h.casefold())
            if p is None or p == author:
                continue
            role = profile.role(p)
            code = {"pupil": "PR", "former-pupil": "PR", "staff": "SR", "governor": "SR", "parent": "PA"}[role]
            permitted = profile.permitted(p, kind, on) or (kind == "official" and code == "PR"
                                                           and profile.people[p]["media_consent"] == "yes")
            ok = any(g["_code"] == code and g["subject"] == p and g["start"] is not None
                     and text[g["start"]:g["end"]] == h for g in gold)
            if ok == permitted:
                errors.append(f"{where}: handle {h} should {'not ' if permitted else ''}be a {code} span")
        # -- permissions, approvals and media consent
        for g in gold:
            s, code = g["subject"], g["_code"]
            if code in ("PR", "SR", "PA", "EV") and s and profile.permitted(s, kind, on):
                errors.append(f"{where}: {code} {s} is permitted on {on} for {kind} accounts")
            if kind == "official" and code == "PR" and s and profile.people[s]["media_consent"] == "yes":
                errors.append(f"{where}: {s} has media consent; not a finding on the official account")

        # -- review aids (not errors): full names, event aliases and school names left unlabelled
        low = text.casefold()
        labelled = {g["subject"] for g in gold}
        for p, row in profile.people.items():
            names = {row["first_name"], row["preferred_name"]} - {""}
            for first in names:
                full = f"{first} {row['last_name']}".casefold()
                if full in low and p not in labelled and p != author:
                    warnings.append(f"{where}: full name of {p} unlabelled: {text!r}")
        if re.search(r"nativity|sports day|summer f[ae]|residential|robinwood", low) and not codes["EV"]:
            warnings.append(f"{where}: event word, no event gold ({kind}, {on}): {text!r}")
        if (kind == "personal" and not acct.get("bio_si") and not codes["SI"]
                and re.search(r"hollins ?green|\bhga|hgafamily", low)):
            warnings.append(f"{where}: school named, no self-identification: {text!r}")

        for g in gold:
            del g["_code"]
        gold.sort(key=lambda g: (g["start"] is None, g["start"] or 0, g["category"]))
        records.append({
            "id": pid_,
            "text": text,
            "account": {"kind": kind, "platform": acct["platform"], "handle": acct["handle"], "bio": acct["bio"]},
            "author_id": author,
            "created_at": post["when"] + ":00Z",
            "in_reply_to": post["reply"],
            "connections": list(post["conns"]),
            "mentions": mentions,
            "gold": gold,
        })
    return records, errors, warnings


def summary(records: list[dict]) -> str:
    kinds = Counter(r["account"]["kind"] for r in records)
    platforms = Counter(r["account"]["platform"] for r in records)
    negatives = [r for r in records if not r["gold"]]
    neg_kinds = Counter(r["account"]["kind"] for r in negatives)
    lines = [f"{len(records)} posts: {kinds['personal']} personal, {kinds['official']} official; "
             + ", ".join(f"{v} on {k}" for k, v in sorted(platforms.items())),
             f"{len(negatives)} hard negatives ({100 * len(negatives) / len(records):.0f}%): "
             f"{neg_kinds['personal']} personal, {neg_kinds['official']} official",
             "category: gold findings (span / whole-post), posts"]
    for cat in CATS.values():
        gs = [g for r in records for g in r["gold"] if g["category"] == cat]
        posts = sum(1 for r in records if any(g["category"] == cat for g in r["gold"]))
        spans = sum(1 for g in gs if g["start"] is not None)
        lines.append(f"  {cat}: {len(gs)} ({spans} / {len(gs) - spans}), {posts} posts")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    profile = Profile()
    records, errors, warnings = build(profile)
    if "--warnings" in argv:
        print("\n".join(warnings) or "no warnings")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} errors; nothing written", file=sys.stderr)
        return 1
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(summary(records))
    print(f"written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
