"""Build ``corpora/posts/blind-posts.jsonl``: a blind labelled evaluation set for the people/school rules.

Written by a helper session that never opened the detectors, the rulesets, the tests or the demo-set generator
(see ``BLIND.md``). Gold is decided from ``../shared/docs/SPEC.md``, the policy text and the Hollins Green profile only.

Markup used below: ``[[span|category[+category]|subject]]`` marks a gold span inside the text (``-`` = no subject);
whole-post gold (start/end null) is passed as ``whole=[(category, subject)]``. The markup is stripped, offsets are
computed from the stripped text and every span is asserted (``text[start:end] == span``).

Run from the repository root: ``python corpora/posts/make_blind_posts.py`` (deterministic output).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blind-posts.jsonl"

CATEGORIES = {
    "pupil-reference", "staff-reference", "parent-reference", "event-reference", "self-identification",
    "missing-disclaimer", "identifying-detail", "pupil-contact", "unapproved-account",
}

HANDLES = {
    "S001": "@jaspreet_reads", "S002": "@mrkhan_teaches", "S003": "@bernie_bakes", "S004": "@jo_teaches",
    "S005": "@tomokafor_runs", "S006": "@helenw_hga", "S007": "@gracelowry_art", "S008": "@seanmurphyTA",
}
DISC = [
    "Primary teacher. Views my own.",
    "Runner, reader, tea drinker. All opinions my own.",
    "Mum of two | gardening | views are mine, not my employer's",
    "Personal account. Views my own.",
    "Leeds Utd till I die. Tweets = my own views.",
    "Art, coffee, dogs. Opinions expressed are my own.",
]
NODISC = [
    "Runner, reader, tea drinker.",
    "Mum of two. Coffee first.",
    "Leeds Utd season ticket holder 💛💙",
    "Teacher. Cat person.",
    "",
    "Primary school teacher 🍎📚",
]
OFFICIAL_BIO = "News and celebrations from our school community."

MARK = re.compile(r"\[\[(.+?)\|([a-z+\-]+)\|([A-Z0-9]+|-)\]\]", re.S)
HANDLE_RE = re.compile(r"(?<![\w@])@\w+")

RECORDS: list[dict] = []


def P(raw: str, a: str | None = "S002", *, kind: str = "personal", plat: str = "x", handle: str | None = None,
      bio: str | None = None, at: str = "2025-11-20T18:00:00Z", reply: str | None = None,
      conns: tuple[str, ...] = (), whole: tuple[tuple[str, str | None], ...] = ()) -> None:
    n = len(RECORDS)
    text_parts: list[str] = []
    gold: list[dict] = []
    expected: list[tuple[int, int, str]] = []
    pos = 0
    out_len = 0
    for m in MARK.finditer(raw):
        before = raw[pos:m.start()]
        text_parts.append(before)
        out_len += len(before)
        span, cats, subj = m.group(1), m.group(2), m.group(3)
        start, end = out_len, out_len + len(span)
        for cat in cats.split("+"):
            assert cat in CATEGORIES, (raw, cat)
            gold.append({"category": cat, "start": start, "end": end, "subject": None if subj == "-" else subj})
        expected.append((start, end, span))
        text_parts.append(span)
        out_len += len(span)
        pos = m.end()
    text_parts.append(raw[pos:])
    text = "".join(text_parts)
    assert "[[" not in text and "]]" not in text, raw
    for start, end, span in expected:
        assert text[start:end] == span, (raw, start, end, span)
    for cat, subj in whole:
        assert cat in CATEGORIES, cat
        gold.append({"category": cat, "start": None, "end": None, "subject": subj})
    if kind == "personal":
        acc_handle = handle or HANDLES.get(a or "", "@" + f"user_{n:03d}")
        acc_bio = DISC[n % len(DISC)] if bio is None else bio
    else:
        acc_handle = handle or "@HollinsGreenAcad"
        acc_bio = OFFICIAL_BIO if bio is None else bio
    RECORDS.append({
        "id": f"blind-{n + 1:03d}",
        "text": text,
        "account": {"kind": kind, "platform": plat, "handle": acc_handle, "bio": acc_bio},
        "author_id": a,
        "created_at": at,
        "in_reply_to": reply,
        "connections": list(conns),
        "mentions": HANDLE_RE.findall(text),
        "gold": gold,
    })


def O(raw: str, **kw) -> None:
    """A post from a school (official) account; the approved X account unless told."""
    kw.setdefault("a", None)
    P(raw, kind="official", **kw)


PR, SR, RR, ER = "pupil-reference", "staff-reference", "parent-reference", "event-reference"
SI, MD, ID, PC, UA = ("self-identification", "missing-disclaimer", "identifying-detail", "pupil-contact",
                      "unapproved-account")

# =============================================================================================================
# 1. Pupil references on personal accounts (bios carry a disclaimer unless said otherwise)

P("So proud of [[Siobhan O'Rourke|pupil-reference|P0011]] today, what a reader she's become.", "S003")
P("Huge well done to [[Jake Smith|pupil-reference|P0002]] for finally cracking his 7 times table 🎉", "S002",
  at="2025-10-02T17:40:00Z")
P("[[Amelia Kowalczyk|pupil-reference|P0001]]'s poem about her nan had the whole room welling up. Kids are the best.",
  "S004", plat="facebook", at="2025-11-04T19:12:00Z")
P("honestly [[millie k|pupil-reference|P0001]] from 5B is the funniest 9 year old alive", "S008",
  at="2025-09-25T20:03:00Z")
P("[[A. Dunmore|pupil-reference|P0004]] (6R) - best handwriting in the whole year group, no contest.", "S003",
  plat="facebook", at="2025-10-14T18:30:00Z")
P("Can't believe [[Harvey Sinclair-Moss|pupil-reference|P0020]] is off to high school next September 😭", "S005",
  plat="instagram", at="2026-01-15T21:00:00Z")
P("Star reader this week! [[#WellDoneAmeliaK|pupil-reference|P0001]] 📚⭐", "S004", plat="instagram",
  at="2025-12-05T16:30:00Z")
P("[[#TeamZainab|pupil-reference|P0012]] 💪 hardest worker in 2M by a mile", "S007", at="2025-10-09T19:00:00Z")
P("Heartbroken saying goodbye to\n[[Aisha\nBegum|pupil-reference|P0025]] today, she's moving to Bradford. "
  "Bradford, you lucky lot.", "S002", plat="facebook", at="2026-02-06T18:45:00Z")
P("[[zainab chaudhry|pupil-reference|P0012]] asked me if I sleep at school lol", "S007", at="2025-11-12T20:20:00Z")
P("[[Siobahn O'Rourke|pupil-reference|P0011]] beat me at chess AGAIN. Third week running.", "S005",
  at="2025-11-27T19:10:00Z")
P("[[Harvey Sinclair Moss|pupil-reference|P0020]] with the best joke of the day: what do you call a fish with no eyes",
  "S008", at="2025-10-21T17:15:00Z")
P("[[Mo Rahman|pupil-reference|P0008]] told me my jumper looks like a settee. He's not wrong.", "S003",
  at="2025-12-18T16:20:00Z")
P("[[Hope|pupil-reference|P0010]] (3L) made me a card today and I'm not crying you are 🥹", "S003",
  plat="instagram", at="2025-12-17T19:00:00Z")
P("[[Rose|pupil-reference|P0015]] in 5B wrote the best story I've read all year. Dragons AND a twist.", "S004",
  at="2026-01-22T18:05:00Z")
P("[[Joy|pupil-reference|P0018]] from my Year 3 class asked if teachers have birthdays. Yes. We do.", "S007",
  at="2025-10-16T20:00:00Z")
P("[[Will Fairbrother|pupil-reference|P0006]] scored a hat-trick at lunch and did a knee slide on the tarmac. "
  "Ouch.", "S002", at="2025-09-30T18:00:00Z")
P("[[Billy F|pupil-reference|P0006]] in 5G has now explained Minecraft to me for 40 minutes", "S008",
  plat="facebook", at="2025-11-18T19:30:00Z")
P("[[Tommy Brierley|pupil-reference|P0021]] you absolute legend 👏", "S005", plat="instagram",
  at="2026-02-03T17:00:00Z")
P("[[Ollie P.|pupil-reference|P0026]] in 4R drew me as a potato. Framing it.", "S004", at="2025-11-06T18:40:00Z")
P("[[Grace Nwachukwu|pupil-reference|P0007]] read her story out and the room went silent. Goosebumps.", "S006",
  plat="facebook", at="2026-01-28T20:15:00Z")
P("[[Summer Whitcombe|pupil-reference|P0009]]'s volcano is going straight in the science hall of fame 🌋", "S008",
  at="2025-10-23T17:50:00Z")
P("[[May Lindquist|pupil-reference|P0017]] asked me what a fax machine was. I feel 100.", "S002",
  at="2025-11-25T19:45:00Z")
P("[[Ruby Beckham|pupil-reference|P0019]] (no relation, she'd like you to know) nailed her times tables today",
  "S007", at="2026-01-13T18:00:00Z")
P("[[freya mcallister|pupil-reference|P0024]] lost her first tooth in the middle of phonics and it was chaos",
  "S003", at="2025-10-07T16:55:00Z")
P("Still grinning about [[Mark Okonjo|pupil-reference|P0016]]'s leavers video. Genuinely talented kid.", "S005",
  at="2025-11-12T19:00:00Z")
P("[[Liv Haworth|pupil-reference|P0003]] got her reading award today and her face when she heard!! 😍", "S004",
  plat="facebook", at="2025-10-01T18:10:00Z")
P("Nobody tell [[J. Smith|pupil-reference|P0002]] (5B) that the PE kit has been in lost property since September",
  "S008", at="2025-12-01T17:30:00Z")
P("[[JS|pupil-reference|P0002]] in 5B remembered his homework. Alert the press.", "S002",
  at="2026-01-20T18:20:00Z")
P("Well done [[Z\u0430inab Chaudhry|pupil-reference|P0012]], superstar of the week!", "S007",
  at="2026-01-30T16:40:00Z")
P("Massive shout out to [[Jake Sm\u200bith|pupil-reference|P0002]] who stayed behind to help tidy up", "S003",
  at="2026-02-10T17:05:00Z")
P("[[Alexander Dunmore|pupil-reference|P0004]] has read more books this term than I have in ten years.", "S004",
  at="2025-12-10T20:30:00Z")
P("[[Xander|pupil-reference|P0004]] from 6R just told me Pluto is a planet again. Not sure he's right.", "S005", at="2025-11-19T18:15:00Z")
P("[[Beth Ashworth|pupil-reference|P0005]] - future prime minister. You heard it here first.", "S002",
  plat="facebook", at="2026-01-08T19:00:00Z")
P("Bumped into [[Declan Hughes|pupil-reference|P0027]] in the Co-op, he's a paramedic now! Made my week.", "S003",
  plat="facebook", at="2026-01-17T12:30:00Z")
P("[[Niamh Gallagher|pupil-reference|P0014]] is a newly qualified teacher now. I taught her fractions. I'm ancient.",
  "S003", at="2025-09-20T10:00:00Z")
P("[[Libby|pupil-reference|P0005]] and [[Siobhan|pupil-reference|P0011]] in 6R have started a book club at lunch "
  "and I want to join", "S002", at="2025-10-30T18:00:00Z")
P("[[Grace N|pupil-reference|P0007]] and [[Liv H|pupil-reference|P0003]] from 4R taught me a clapping game. "
  "My coordination is not what it was.", "S006", at="2025-11-14T19:20:00Z")
P("[[Mohammed|pupil-reference|P0008]] from 3L asked if my glasses are for reading minds.", "S007", at="2026-02-04T18:50:00Z")
P("Proud of [[Aisha Begum|pupil-reference|P0025]] and [[Alex Dunmore|pupil-reference|P0004]], "
  "our Year 6 maths champs 🏆", "S005", plat="instagram", at="2025-10-10T17:30:00Z")
P("[[RUBY B|pupil-reference|P0019]] IN 5G WITH THE COMEBACK OF THE CENTURY", "S008", at="2026-01-21T18:00:00Z")
P("[[Kowalczyk, Amelia|pupil-reference|P0001]] - first one to finish the mock every single time.", "S002", at="2026-01-26T19:10:00Z")
P("Happy to report [[Tommy B|pupil-reference|P0021]] (5G) has finally forgiven me for the seating plan", "S004",
  at="2025-09-18T18:30:00Z")
P("[[hope adeyemi|pupil-reference|P0010]] has the loudest laugh in the building and I love it", "S008",
  plat="instagram", at="2025-10-28T18:40:00Z")
P("A little bit in awe of [[Freya|pupil-reference|P0024]] in 2M who read to the whole class today", "S007",
  at="2026-02-11T17:10:00Z")

# =============================================================================================================
# 2. Staff and governor references (personal accounts)

P("[[Mrs O'Neill|staff-reference|S003]] has the patience of a saint, honestly", "S002", at="2025-10-03T19:00:00Z")
P("[[Mr Khan|staff-reference|S002]]'s pub quiz questions were SAVAGE. Still recovering.", "S004", at="2025-11-28T22:10:00Z")
P("[[Bernie O'Neill|staff-reference|S003]] makes the best brownies in West Yorkshire and I will fight anyone",
  "S007", plat="facebook", at="2025-12-06T15:00:00Z")
P("[[mr okafor|staff-reference|S005]] in a tutu for charity, I can't breathe 😂", "S008", plat="instagram",
  at="2025-11-14T20:30:00Z")
P("[[Miss Lowry|staff-reference|S007]] is an actual art genius, the corridor display is unreal", "S006",
  at="2026-01-19T18:00:00Z")
P("[[@seanmurphyTA|staff-reference|S008]] you owe me a brew after today", "S002", at="2025-10-17T17:00:00Z")
P("Congratulations to [[Jaspreet Patel|staff-reference|S001]] on twenty years in headship!", "S003",
  plat="facebook", at="2026-01-09T19:00:00Z")
P("[[J. Patel|staff-reference|S001]] (the boss) just did the worm at karaoke night. No further questions.", "S008",
  at="2025-12-19T23:00:00Z")
P("Lift share with [[Mrs Whitcombe|staff-reference|S006]] again, best part of my Monday", "S002",
  at="2025-09-15T18:00:00Z")
P("Lovely chat with [[Margaret Ellison|staff-reference|G001]] from the governing board about reading for pleasure",
  "S004", at="2025-10-08T19:30:00Z")
P("[[Mr Hollis|staff-reference|G002]] from the governors brought doughnuts. Best governor visit ever.", "S007",
  at="2026-02-02T16:30:00Z")
P("[[Mr Kahn|staff-reference|S002]] thinks he can out-sing the Year 5s. He cannot.", "S005",
  at="2025-11-21T18:20:00Z")
P("Lift home from [[Imran|staff-reference|S002]] from work again, what would I do without him", "S007",
  at="2025-10-20T18:05:00Z")
P("[[Tom Okafor|staff-reference|S005]] ran the Leeds half in 1:29. Machine.", "S003", plat="facebook",
  at="2025-10-12T14:00:00Z")
P("[[@mrkhan_teaches|staff-reference|S002]] told you the fire drill would be during PE", "S008",
  at="2025-09-24T16:10:00Z")
P("[[Grace Lowry|staff-reference|S007]] painting the staffroom mural at 7am. Dedication.", "S004",
  plat="instagram", at="2025-09-29T18:00:00Z")
P("[[Sean|staff-reference|S008]], our TA, has fixed the laminator with a paperclip. Hero.", "S002",
  at="2025-11-05T17:45:00Z")
P("Nobody does a register voice like\n[[Mrs\nO'Neill|staff-reference|S003]]", "S007", at="2026-01-14T18:00:00Z")
P("[[Helen W|staff-reference|S006]] and her emergency biscuit drawer saved my life today", "S008",
  at="2026-02-09T17:30:00Z")
P("Our governors [[peter hollis|staff-reference|G002]] and [[Mrs Ellison|staff-reference|G001]] are two of "
  "the kindest people I know", "S001", at="2025-11-11T21:30:00Z")
P("[[Mr Murphy|staff-reference|S008]] and his guitar. Every. Single. Friday.", "S005", plat="facebook",
  at="2025-10-24T17:00:00Z")

# =============================================================================================================
# 3. Parent references

P("Bumped into [[Dawn Kowalczyk|parent-reference|R001]] in Aldi, she's running the half marathon too!", "S004",
  plat="facebook", at="2025-10-11T13:00:00Z")
P("[[@gazsmith|parent-reference|R002]] cheers for the lift home mate", "S005", at="2025-11-08T18:00:00Z")
P("[[Mrs Ashworth|parent-reference|R003]] brought in the most incredible cake for the staffroom 🍰", "S003",
  at="2025-12-12T17:00:00Z")
P("Great to see [[Kwame Adeyemi|parent-reference|R004]] doing the fun run for the hospice", "S002",
  plat="facebook", at="2026-01-24T12:00:00Z")
P("[[Gary Smith|parent-reference|R002]] ([[Jake|pupil-reference|P0002]]'s dad) has offered to fix the minibus. "
  "What a man.", "S008", at="2025-09-26T18:30:00Z")
P("[[Lorraine Ashworth|parent-reference|R003]] - thank you for the flowers, you didn't have to!", "S006",
  plat="facebook", at="2025-12-20T11:00:00Z")
P("[[@kwame_a|parent-reference|R004]] thanks for the tickets, owe you one", "S001", at="2026-02-07T20:00:00Z")
P("[[mrs kowalczyk|parent-reference|R001]] you are an angel for the spare PE kits", "S007", plat="facebook",
  at="2025-11-03T18:00:00Z")
P("Had a good laugh with [[Mr Adeyemi|parent-reference|R004]] at the gate this morning, proper character",
  "S005", at="2025-10-06T19:00:00Z")
P("[[Dawn K.|parent-reference|R001]] from the parents' WhatsApp is an organisational genius", "S004",
  at="2026-01-12T20:00:00Z")

# =============================================================================================================
# 4. Events

P("[[Nativity|event-reference|E001]] rehearsals again. If I hear Little Donkey one more time I'll scream.", "S007",
  at="2025-12-05T17:30:00Z")
P("Hollins Green [[nativity|event-reference|E001]] tickets sold out in four minutes, that's a record", "S006",
  plat="facebook", at="2025-11-29T19:00:00Z")
P("[[Robinwood trip|event-reference|E003]] kit list sorted. 28 sleeping bags, 1 very tired teacher.", "S005",
  at="2026-03-01T19:00:00Z")
P("3 nights on [[residential|event-reference|E003]] with 30 Year 6s. Send coffee. Send help.", "S002",
  at="2026-03-08T20:00:00Z")
P("Already planning [[sports day|event-reference|E002]] and it's only March 🙃", "S008",
  at="2026-03-20T18:00:00Z")
P("Who's baking for the [[summer fair|event-reference|E004]] at HGA? Asking for a friend (me)", "S004",
  plat="facebook", at="2026-05-12T19:00:00Z")
P("[[Harvest festival|event-reference|-]] at Hollins Green today - 400 tins of beans for the food bank 🥫", "S003",
  plat="facebook", at="2025-10-03T16:30:00Z")
P("[[World Book Day|event-reference|-]] at Hollins Green: 27 Gruffalos and one very confused Where's Wally",
  "S007", plat="instagram", at="2026-03-05T17:00:00Z")
P("The HGA [[Christmas fair|event-reference|-]] is this Saturday, the tombola is STACKED", "S008",
  at="2025-12-02T18:30:00Z")
P("back from [[robinwood trip|event-reference|E003]]. slept 14 hours. no regrets", "S005", plat="instagram",
  at="2026-03-13T10:00:00Z")
P("Our [[nativity play|event-reference|E001]] has a dancing camel this year. Don't ask.", "S006",
  at="2025-12-08T19:00:00Z")
P("Hollins Green [[summer fete|event-reference|E004]] planning meeting tonight, bring ideas!", "S004",
  at="2026-04-30T18:00:00Z")
P("[[Year 6 residential|event-reference|E003]] is next week and I still haven't found my wellies", "S003",
  at="2026-03-02T19:30:00Z")
P("Roll on [[sports day|event-reference|E002]] at Hollins Green, the egg and spoon is getting competitive",
  "S002", at="2026-04-15T18:00:00Z")

# =============================================================================================================
# 5. Self-identification (in the post: span; in the bio: whole post)

P("[[I teach Year 5 at Hollins Green|self-identification|-]] and today a child told me I look like Shrek.", "S002",
  at="2025-10-01T19:00:00Z")
P("[[Proud to work at @HollinsGreenAcad|self-identification|-]] 💚", "S004", plat="instagram",
  at="2025-09-05T18:00:00Z")
P("Speaking [[as a teacher at HGA|self-identification|-]], the new bus timetable is a disaster.", "S003",
  at="2025-11-07T08:00:00Z")
P("Ten years [[teaching at Hollins Green Academy|self-identification|-]] today. Where did that go?", "S006",
  plat="facebook", at="2025-09-10T19:00:00Z")
P("[[i work at hga|self-identification|-]] and even i don't know what the new lunch menu is", "S008",
  at="2026-01-06T18:30:00Z")
P("[[Proud member of the #HGAFamily|self-identification|-]] 💚💚", "S007", plat="instagram",
  at="2025-09-12T17:00:00Z")
P("[[I'm the SENCo at Hollins Green|self-identification|-]], so yes, I've heard that one before.", "S003",
  at="2026-02-05T19:00:00Z")
P("[[My school, Hollins Green Primary|self-identification|-]], is the best place in Leeds to work. Fight me.",
  "S005", at="2025-10-18T11:00:00Z")
P("New term, new lanyard. [[Principal at Hollins Green|self-identification|-]], still can't find a parking space.",
  "S001", plat="facebook", at="2026-01-05T07:30:00Z")
P("Lovely walk round Roundhay Park with the dog this morning.", "S004", plat="instagram",
  bio="Year 4 teacher @HollinsGreenAcad | views my own", at="2025-10-19T10:00:00Z",
  whole=((SI, None),))
P("Anyone got a good lasagne recipe? Feeding eight tonight.", "S005", plat="facebook",
  bio="TA at Hollins Green Academy. Opinions my own.", at="2025-11-23T15:00:00Z", whole=((SI, None),))
P("New trainers day 👟 #running", "S008", plat="instagram",
  bio="Teaching & learning | hollinsgreen.example.sch.uk | all views my own", at="2026-01-11T09:00:00Z",
  whole=((SI, None),))
P("Watching the rugby with a cuppa. Perfect Saturday.", "S002",
  bio="Proud #HGAFamily teacher. Views my own.", at="2025-11-15T15:00:00Z", whole=((SI, None),))
P("[[We at Hollins Green|self-identification|-]] take reading seriously, which is why I'm gutted about the library "
  "closing in town.", "S004", at="2026-02-12T19:30:00Z")

# =============================================================================================================
# 6. Missing disclaimer (staff discussing their work; no disclaimer in bio or post)

P("Marking 60 books tonight. Why did I choose this job 😩", "S002", bio=NODISC[0], at="2025-11-18T20:30:00Z",
  whole=((MD, None),))
P("Hot take: the phonics screening check tells us nothing we don't already know.", "S007", bio=NODISC[3],
  at="2026-01-27T21:00:00Z", whole=((MD, None),))
P("The new inspection framework is a mess and teachers deserve better. There, I said it.", "S003",
  bio=NODISC[1], plat="facebook", at="2025-11-10T20:00:00Z", whole=((MD, None),))
P("SATs stress is real but my Year 6s are absolute troopers", "S005", bio=NODISC[2], at="2026-02-11T19:00:00Z",
  whole=((MD, None),))
P("Workload in primary is unsustainable. Something has to give before more of us leave.", "S006",
  bio=NODISC[4], at="2025-10-15T21:30:00Z", whole=((MD, None),))
P("My class learnt about volcanoes today and I have never seen such excitement over baking soda", "S004",
  bio=NODISC[5], plat="facebook", at="2025-10-22T18:00:00Z", whole=((MD, None),))
P("Behaviour in my class this week has been a nightmare. Full moon? Wind? Who knows.", "S008", bio=NODISC[0],
  at="2025-11-06T19:40:00Z", whole=((MD, None),))
P("Teaching assistants are the backbone of every primary school and are paid a pittance. Fact.", "S008",
  bio=NODISC[2], at="2026-01-16T20:10:00Z", whole=((MD, None),))
P("Reading scheme books are so dull, no wonder my Year 3s would rather read comics", "S007", bio=NODISC[1],
  plat="facebook", at="2025-12-03T19:00:00Z", whole=((MD, None),))
P("Honestly the best part of teaching is the kids, the worst part is the spreadsheets", "S002", bio=NODISC[4],
  at="2026-02-10T20:00:00Z", whole=((MD, None),))
P("So proud of [[Libby Ashworth|pupil-reference|P0005]] for her science homework project, my class are brilliant",
  "S003", bio=NODISC[3], at="2026-01-23T18:00:00Z", whole=((MD, None),))
P("Another staff meeting about data drops. Our time would be better spent planning lessons.", "S005",
  bio=NODISC[0], at="2025-10-29T17:30:00Z", whole=((MD, None),))
P("Year 5 maths curriculum is ridiculously crammed, no time to actually teach for understanding", "S002",
  bio="Year 5 teacher at Hollins Green 📐", at="2025-12-09T20:00:00Z", whole=((SI, None), (MD, None)))
P("[[I teach at Hollins Green|self-identification|-]] and our new reading scheme is the best thing we've done "
  "in years", "S006", bio=NODISC[1], plat="facebook", at="2025-11-26T19:00:00Z", whole=((MD, None),))
P("Parents, please stop sending in birthday sweets. My class cannot cope with the sugar. Love, every teacher.",
  "S004", bio=NODISC[2], at="2026-01-29T18:00:00Z", whole=((MD, None),))

# =============================================================================================================
# 7. Identifying detail (no name form; details single someone out)

P("Shout out to [[the girl in 5B who cried all the way through the spelling test|identifying-detail|-]] and "
  "still got 20/20", "S004", at="2025-10-10T18:00:00Z")
P("[[The boy in 6R whose dad runs the chippy on Mill Lane|identifying-detail|-]] brought me free chips. "
  "Best bribe ever.", "S002", at="2025-11-13T19:00:00Z")
P("[[The new lad in 3L who joined from Poland last week|identifying-detail|-]] is already teaching the others "
  "Polish swear words 🙈", "S007", at="2026-01-21T17:30:00Z")
P("[[J in Year 6|identifying-detail|-]] (you know who you are) was sick on the coach. Lovely.", "S005",
  at="2025-10-20T16:45:00Z")
P("Welcome back to [[the TA in Year 4 who's just back from maternity leave|identifying-detail|-]], we missed you!",
  "S003", at="2026-01-07T18:00:00Z")
P("[[A certain 4R parent who parks on the zigzags every morning in a yellow Mini|identifying-detail|-]]: "
  "we see you.", "S008", at="2025-11-20T08:00:00Z")
P("[[The tallest lad in 6R|identifying-detail|-]] just asked if he can be a shepherd because he's 'basically "
  "a grown up'", "S006", at="2025-11-24T19:00:00Z")
P("[[S in 5G whose mum teaches here|identifying-detail|P0009]] told the whole class what we're having "
  "for Christmas dinner", "S002", at="2025-12-10T18:00:00Z")
P("[[Priya in 4R|identifying-detail|-]] asked me if I was alive when the dinosaurs were. Rude.", "S004",
  at="2026-01-15T18:20:00Z")
P("[[Our only Year 2 girl with bright pink glasses|identifying-detail|-]] has declared herself class president",
  "S007", at="2026-02-03T17:00:00Z")
P("[[The twins in 2M|identifying-detail|-]] swapped jumpers and fooled the supply teacher all day 😂", "S005",
  at="2025-12-04T18:00:00Z")
P("[[The lollipop lady on Mill Lane with the purple hair|identifying-detail|-]] deserves a medal for this "
  "morning", "S008", at="2026-01-30T09:30:00Z")

# =============================================================================================================
# 8. Pupil contact (personal accounts; metadata: whole post; an @mention in the text: span)

P("Well done today, keep it up!", "S002", reply="@jakesmith_16", at="2025-10-15T18:00:00Z",
  whole=((PC, "P0002"),))
P("Great weekend at the coast 🌊", "S003", plat="instagram", conns=("@harvey_sm", "@coastal_walks"),
  at="2025-10-26T12:00:00Z", whole=((PC, "P0020"),))
P("Haha thank you, that's really kind", "S007", reply="@aishab_2015", at="2025-12-14T17:00:00Z",
  whole=((PC, "P0025"),))
P("New pb at parkrun this morning!", "S008", conns=("@billyfb_16", "@leedsparkrun"), at="2025-11-01T11:00:00Z",
  whole=((PC, "P0006"),))
P("Brilliant, see you Monday", "S004", reply="@summerw_16", at="2025-11-16T19:00:00Z", whole=((PC, "P0009"),))
P("Reading week recommendations below 👇", "S001", plat="instagram", conns=("@kdoyle09",),
  at="2026-02-01T19:00:00Z", whole=((PC, "P0023"),))
P("Good luck with your mocks mate, you'll smash them", "S005", reply="@callum_breck", at="2026-01-10T18:00:00Z",
  whole=((PC, "P0013"),))
P("Aw thank you, hope college is going well!", "S003", reply="@elliem_07", plat="instagram",
  at="2025-11-15T14:00:00Z", whole=((PC, "P0022"),))
P("Don't forget your reading book tomorrow!", "S006", reply="@jakesmith_16", at="2026-01-18T18:30:00Z",
  whole=((PC, "P0002"),))
P("[[@jakesmith_16|pupil-reference+pupil-contact|P0002]] great goal on Saturday!", "S005",
  at="2025-11-09T17:00:00Z")
P("[[@harvey_sm|pupil-reference+pupil-contact|P0020]] happy birthday!! 🎂", "S004", plat="instagram",
  at="2025-09-27T09:00:00Z")
P("[[@callum_breck|pupil-reference+pupil-contact|P0013]] good luck in your GCSEs, you've got this", "S003",
  at="2026-05-10T18:00:00Z")
P("Lovely sunset tonight", "S007", plat="instagram", conns=("@kdoyle09", "@dec_hughes"),
  at="2025-10-02T19:30:00Z", whole=((PC, "P0023"),))
P("[[@aishab_2015|pupil-reference+pupil-contact|P0025]] saw your dance video, amazing moves!", "S008",
  plat="instagram", at="2026-02-08T16:00:00Z")
P("Thanks for the follow! 😊", "S002", conns=("@summerw_16",), at="2025-09-21T20:00:00Z",
  whole=((PC, "P0009"),))
P("Congrats on the match result!", "S004", reply="@billyfb_16", at="2025-10-05T17:00:00Z",
  whole=((PC, "P0006"),))
P("[[@elliem_07|pupil-reference+pupil-contact|P0022]] so proud of you getting into college!", "S006",
  at="2025-09-08T18:00:00Z")
P("Sunday roast done right 🍗", "S003", plat="facebook", conns=("@aishab_2015", "@gazsmith"),
  at="2026-01-25T14:30:00Z", whole=((PC, "P0025"),))

# =============================================================================================================
# 9. Official accounts: approval, media consent, permissions

O("Look at our fabulous new library corner! 📚", plat="instagram", handle="@hollinsgreenacad",
  at="2025-10-06T15:00:00Z", whole=((UA, None),))
O("Our new PE kit has arrived and it looks fantastic!", handle="@HGA_PE", at="2025-09-16T15:30:00Z",
  whole=((UA, None),))
O("Thank you to everyone who donated to the food bank collection.", plat="facebook", handle="@HollinsGreenPTA",
  at="2025-10-24T16:00:00Z", whole=((UA, None),))
O("Reminder: school closes at 1:30pm on Friday.", handle="@HollinsGreenAcademy", at="2025-12-15T10:00:00Z",
  whole=((UA, None),))
O("Superstar of the week: [[Harvey|pupil-reference|P0020]] in 6R for his fantastic persuasive writing!",
  handle="@HGAYear6", at="2025-11-21T15:20:00Z", whole=((UA, None),))
O("Have a restful half term, everyone!", plat="facebook", handle="@HollinsGreenAcad", at="2025-10-24T15:30:00Z",
  whole=((UA, None),))
O("New books have landed in the library - come and borrow one!", plat="instagram", handle="@hga_library",
  at="2026-01-13T15:00:00Z", whole=((UA, None),))
O("Reception places for September: applications close 15 January.", handle="@HollinsGreenEYFS",
  at="2025-12-01T09:00:00Z", whole=((UA, None),))
O("Choir practice moved to Thursday this week.", handle="@HGA_Music", plat="instagram",
  at="2026-02-02T08:30:00Z", whole=((UA, None),))
O("Star of the week: [[Mo|pupil-reference|P0008]] in 3L for amazing kindness!", at="2025-10-17T15:00:00Z")
O("A big well done to [[Hope|pupil-reference|P0010]] in 3L for her brilliant reading!", plat="facebook",
  handle="@HollinsGreenAcademy", at="2025-11-14T15:10:00Z")
O("Congratulations to [[Ruby|pupil-reference|P0019]] (5G), our spelling bee champion!", at="2026-01-23T15:00:00Z")
O("[[Zainab|pupil-reference|P0012]] in 2M has earned her pen licence ✏️", at="2025-12-05T15:00:00Z")
O("Huge congratulations to [[Rose|pupil-reference|P0015]] from 5B on her poetry prize!", plat="facebook",
  handle="@HollinsGreenAcademy", at="2026-02-06T15:00:00Z")
O("Well done [[May|pupil-reference|P0017]] (4R) for 100 nights of reading!", at="2025-11-28T15:30:00Z")
O("Our 5B maths star this week is [[Jake|pupil-reference|P0002]]! 🌟", at="2025-10-10T15:00:00Z")
O("[[Aisha|pupil-reference|P0025]] in 6R represented us at the city debating final!", plat="facebook",
  handle="@HollinsGreenAcademy", at="2026-01-30T16:00:00Z")
O("[[Mr Khan|staff-reference|S002]]'s Year 5s have been busy building Roman shields this week 🛡️",
  at="2025-10-16T15:00:00Z")
O("A warm welcome to [[Miss Lowry|staff-reference|S007]], who joins our art team this term.", plat="facebook",
  handle="@HollinsGreenAcademy", at="2025-09-04T15:00:00Z")
O("Tickets for our [[Christmas Nativity|event-reference|E001]] go on sale on Monday!", at="2025-11-14T15:00:00Z")
O("Thank you for coming to our [[nativity|event-reference|E001]] - photos now in the gallery.", plat="facebook",
  handle="@HollinsGreenAcademy", at="2026-01-08T15:00:00Z")
O("Year 6 are packing for the [[Year 6 Residential|event-reference|E003]] - have a wonderful time!",
  at="2026-03-08T15:00:00Z")
O("Save the date: [[Sports Day|event-reference|E002]] is on 19 June!", at="2026-04-20T15:00:00Z")
O("Our [[Robinwood trip|event-reference|E003]] photos are up! 🧗", handle="@HGAYear6", at="2026-03-14T15:00:00Z",
  whole=((UA, None),))
O("Well done to [[Alex|pupil-reference|P0004]] and Libby in 6R on their maths challenge medals!", at="2025-11-07T15:00:00Z")
O("Congratulations to [[Mohammed Rahman|pupil-reference|P0008]] (3L) on his swimming certificate!",
  at="2026-02-10T15:30:00Z")

# =============================================================================================================
# 10. HARD NEGATIVES (empty gold)

# 10a. Names that are words, used as words (personal accounts)
P("Amazing grace at the funeral today, there wasn't a dry eye in the church.", "S003", plat="facebook",
  at="2025-10-04T16:00:00Z")
P("Will you lot stop asking me when I'm having kids 🙄", "S004", at="2025-12-27T13:00:00Z")
P("May half term can't come soon enough", "S002", at="2026-05-14T18:00:00Z")
P("Hope everyone has a lovely weekend! ☀️", "S007", at="2025-09-19T17:00:00Z")
P("Rose gold phone case arrived and I'm obsessed 🌹", "S008", plat="instagram", at="2025-10-25T12:00:00Z")
P("Summer holidays countdown: three weeks. Not that anyone's counting.", "S005", at="2026-07-01T19:00:00Z")
P("Mark my words, Leeds will go up this season.", "S002", at="2025-09-13T16:00:00Z")
P("Pure joy watching the sunrise over Whitby Abbey this morning.", "S006", plat="instagram",
  at="2025-10-27T07:30:00Z")
P("The Rose and Crown does the best Sunday roast in Otley. Fight me.", "S003", plat="facebook",
  at="2025-11-02T15:00:00Z")
P("Grace period on my library books ends tomorrow, oops", "S007", at="2026-01-04T19:00:00Z")
P("Finally reading 'Summer' by Ali Smith. Gorgeous.", "S004", at="2025-08-20T20:00:00Z")
P("Lost the will to live at the car dealership today", "S005", plat="facebook", at="2025-09-06T14:00:00Z")
P("Hope Street in Liverpool has the best little cafes", "S008", plat="instagram", at="2026-02-14T12:00:00Z")
P("Question mark hanging over my knee, physio on Monday", "S005", at="2025-10-18T19:00:00Z")
P("joy of joys, the boiler's broken again", "S002", at="2025-11-30T09:00:00Z")
P("I may or may not have bought a third sourdough starter", "S007", plat="instagram", at="2025-11-22T11:00:00Z")
P("Ruby anniversary for my parents this weekend ❤️ 40 years!", "S003", plat="facebook", at="2026-02-15T10:00:00Z")
P("Summer fruit pudding attempt #2. Better than attempt #1.", "S006", plat="instagram", at="2025-08-16T17:00:00Z")
P("Rose early, ran 10k, ate a croissant. Balance.", "S008", at="2025-09-14T09:30:00Z")
P("Where there's a will there's a way. Where there's cake there's me.", "S004", at="2026-01-03T15:00:00Z")
P("Full marks for the new bakery on Otley Road, the cinnamon buns are unreal", "S002", at="2026-01-31T11:00:00Z")
P("Saying grace before Christmas dinner and my nephew shouts AMEN halfway through 😂", "S007", plat="facebook",
  at="2025-12-25T15:00:00Z")
P("Spring has sprung! Summer can't be far behind, hope springs eternal.", "S001", at="2026-03-21T10:00:00Z")
P("Jumped for joy when the dishwasher man finally turned up", "S008", at="2026-02-12T13:00:00Z")
P("Harvey's Bristol Cream is out, it must be Christmas", "S003", plat="facebook", at="2025-12-21T18:00:00Z")

# 10b. Famous namesakes and people not on the roster
P("Watching a documentary about Imran Khan's 1992 World Cup win. What a side that was.", "S005",
  at="2025-10-09T21:00:00Z")
P("David Beckham's documentary has me in bits again", "S004", plat="instagram", at="2025-11-02T21:00:00Z")
P("Harvey Nichols sale, my bank account is crying", "S007", at="2025-12-27T16:00:00Z")
P("Treated myself to a bottle of Penhaligon's for my birthday. Smells like a posh library.", "S006",
  plat="instagram", at="2026-01-10T12:00:00Z")
P("Tom Holland is the best Spider-Man, this is not a debate", "S008", at="2025-12-28T20:00:00Z")
P("Oliver Twist at the Grand Theatre tonight - the workhouse scenes are brilliant", "S003", plat="facebook",
  at="2026-02-14T22:00:00Z")
P("Mo Farah's documentary was incredible and heartbreaking", "S002", at="2025-09-23T21:00:00Z")
P("Liv Tyler in Armageddon, still iconic", "S007", at="2026-01-02T21:00:00Z")
P("Sam Smith at the arena was a vibe", "S005", plat="instagram", at="2025-10-12T23:00:00Z")
P("Dawn French's new tour is hilarious, go if you can", "S004", plat="facebook", at="2025-11-09T22:00:00Z")
P("Happy birthday Kezia Blackwood! Thirty looks good on you 🎉", "S003", plat="facebook",
  at="2025-10-31T09:00:00Z")
P("Coffee with Priya and Dan this morning, much needed catch-up", "S007", plat="instagram",
  at="2025-11-01T12:00:00Z")
P("My GP Dr Patel is an absolute star, sorted my ear out in 5 minutes", "S008", at="2026-01-20T12:00:00Z")
P("Our neighbour Mr Khan fixed the fence after the storm, what a gent", "S003", plat="facebook",
  at="2026-02-01T14:00:00Z")
P("Tom from running club talked me into a marathon. Send help.", "S004", at="2025-09-28T10:00:00Z")
P("Prince William at the Earthshot awards looking very dapper", "S006", plat="facebook", at="2025-11-06T21:00:00Z")
P("Elizabeth line delays again, nightmare trip to London", "S002", at="2025-10-13T20:00:00Z")
P("My nephew Jake turned five today and demanded a dinosaur cake 🦖", "S005", plat="facebook",
  at="2025-11-16T16:00:00Z")
P("Aisha and I finally did that pottery class. My bowl is a plate now.", "S007", plat="instagram",
  at="2026-01-18T15:00:00Z")
P("Will and I are off to the Dales for the weekend 🥾", "S004", plat="instagram", at="2025-10-03T18:00:00Z")
P("My daughter Rose starts big school on Monday, where has the time gone", "S003", plat="facebook",
  at="2025-09-01T20:00:00Z")
P("Sean Paul came on at the wedding and my dad lost it", "S002", at="2025-08-30T23:00:00Z")
P("Ruby Wax's book on mindfulness is surprisingly funny", "S006", at="2026-01-26T20:00:00Z")
P("Joy Division t-shirt from Kirkgate Market, 3 quid, bargain", "S008", plat="instagram",
  at="2026-02-07T13:00:00Z")
P("Rest in peace Grandma Grace. 94 years of mischief.", "S007", plat="facebook", at="2025-11-27T20:00:00Z")
P("Ellie Goulding on the radio and suddenly it's 2010 again", "S005", at="2025-12-30T11:00:00Z")
P("Off to see Helen of Troy at the Playhouse, lovely night", "S001", plat="facebook", at="2026-02-13T18:00:00Z")
P("Big thanks to Jasper Okonkwo for fixing my bike, top bloke", "S002", at="2025-09-09T19:00:00Z")

# 10c. 'I'm a teacher' with no school named; work talk with a disclaimer
P("I'm a teacher and even I can't do this puzzle 😂", "S004", at="2025-12-29T12:00:00Z")
P("Teacher life: 6am gym before the chaos begins", "S002", at="2025-09-22T06:00:00Z")
P("I'm a TA in Leeds and I love my job, that's all", "S008", at="2025-10-05T20:00:00Z")
P("As a primary teacher, I think the new reading framework has real strengths.", "S003",
  bio="Teacher. Views my own, not those of my employer.", at="2025-11-19T20:00:00Z")
P("Marking done, wine poured. Teaching is the best job in the world (my views, obviously).", "S007",
  bio="Art lover.", at="2025-10-14T20:30:00Z")
P("Workload in teaching needs fixing, and quickly.", "S006", bio="Personal account - views are my own.",
  at="2026-01-22T21:00:00Z")
P("Hot take: every primary school needs a proper library. Personal opinion, not my employer's!", "S001",
  bio="", at="2025-10-01T21:00:00Z")
P("Being a teacher means knowing the words to every Disney song. Views mine.", "S004", bio="Books and cake.",
  at="2026-02-04T20:00:00Z")
P("Another teacher at the pub quiz asked which school I work at. Not telling!", "S005",
  at="2025-11-21T23:00:00Z")
P("Phonics is important but so is reading for fun. My own view, not my school's.", "S002", bio="Cyclist.",
  at="2026-02-09T20:00:00Z")
P("Hollins Green park run was muddy but glorious this morning", "S008", at="2025-11-29T10:30:00Z")
P("Gutted to miss the HGA conference - the Home Growers Association do the best veg talks", "S006",
  at="2025-09-27T19:00:00Z")

# 10d. Permitted people and events (permissions.csv / events.csv cover the account and date)
P("Congratulations to Ms Whitfield on ten years of teaching, what a star!", "S003", at="2025-10-22T19:00:00Z")
P("Jo Whitfield's baking is on another level. Lemon drizzle dreams.", "S007", plat="instagram",
  at="2026-01-09T18:00:00Z")
P("Huge thanks to Mark Okonjo for editing that video, genuinely talented kid.", "S005",
  at="2025-10-10T19:00:00Z")
P("Sports day at Hollins Green today - sun cream everywhere and the dads' race was a disgrace", "S002",
  at="2026-06-19T17:00:00Z")
P("Summer fair this Saturday, come along! Tombola, cakes and a bouncy castle", "S004", plat="facebook",
  at="2026-06-30T18:00:00Z")
P("Summer fete raised over £2,000 for the school, thank you all!", "S008", at="2026-07-05T12:00:00Z")
P("Sports day done. Egg and spoon record smashed.", "S007", plat="instagram", at="2026-06-19T19:00:00Z")
P("@jo_teaches you are a legend", "S002", at="2025-11-04T20:00:00Z")
O("Congratulations to Olivia Haworth in 4R on her reading award! 📚", at="2025-10-02T15:00:00Z")
O("Liv from 4R with her reading award certificate - so proud!", plat="facebook", handle="@HollinsGreenAcademy",
  at="2025-10-03T15:00:00Z")
O("Our Christmas Nativity was magical - thank you to all our performers!", at="2025-12-11T17:00:00Z")
O("Nativity photos are now on the school website 🌟", plat="facebook", handle="@HollinsGreenAcademy",
  at="2025-12-15T15:00:00Z")
O("Sports Day is on Friday 19 June - don't forget sun cream and water bottles!", at="2026-06-15T15:00:00Z")
O("Summer fair this Saturday from 12 - see you there!", plat="facebook", handle="@HollinsGreenAcademy",
  at="2026-07-01T15:00:00Z")
O("Ms Whitfield's class have been busy making Christmas cards for the care home.", at="2025-12-09T15:00:00Z")

# 10e. Family links (declared in family_links.csv) and former pupils over 18
P("Tea's at 6, don't be late", "S005", reply="@billyfb_16", at="2025-10-08T16:30:00Z")
P("Lovely family day at the coast 🌊", "S005", plat="instagram", conns=("@billyfb_16",),
  at="2025-10-19T18:00:00Z")
P("Love you, see you after netball x", "S006", reply="@summerw_16", at="2026-01-14T15:30:00Z")
P("New profile pic, who dis", "S006", plat="instagram", conns=("@summerw_16", "@bestbakesleeds"),
  at="2025-11-30T12:00:00Z")
P("Congratulations on qualifying, that's brilliant news!", "S003", reply="@niamhg", at="2026-02-01T19:00:00Z")
P("Great to see you at the match yesterday", "S002", conns=("@dec_hughes",), at="2025-11-23T12:00:00Z")
P("Happy new year! Hope uni's going well", "S006", reply="@elliem_07", at="2026-01-01T14:00:00Z")
P("Brilliant, well done you!", "S008", plat="instagram", conns=("@elliem_07",), at="2025-12-15T19:00:00Z")
P("Cheers for the recommendation, it was lovely", "S004", reply="@dec_hughes", at="2025-09-20T16:00:00Z")
P("Thanks for coming to the charity quiz!", "S001", conns=("@kwame_a", "@gazsmith"), at="2025-11-15T22:00:00Z")

# 10f. Official accounts: approved account, media consent yes, no names
O("Star of the week: Joy in 3L for being such a kind friend! 🌟", at="2025-10-03T15:00:00Z")
O("Well done to Freya (2M) and Tommy (5G) for their fantastic homework projects!", plat="facebook",
  handle="@HollinsGreenAcademy", at="2025-11-21T15:00:00Z")
O("Huge congratulations to Millie in 5B on her poetry certificate!", at="2025-12-12T15:00:00Z")
O("Summer in 5G has written a brilliant letter to the council about litter 🌍", plat="facebook",
  handle="@HollinsGreenAcademy", at="2026-01-16T15:00:00Z")
O("Mark (6R) gave a fantastic speech about recycling today!", at="2025-11-06T15:00:00Z")
O("Grace and Siobhan have been chosen as our new reading ambassadors!", at="2026-01-09T15:00:00Z")
O("Well done Libby and Ollie for the lovely display in the hall!", plat="facebook",
  handle="@HollinsGreenAcademy", at="2026-02-05T15:00:00Z")
O("We hope you all have a joyful summer holiday! May your days be filled with sunshine.",
  at="2026-07-17T15:00:00Z")
O("School is closed today due to snow. Stay safe and warm!", handle="@hollinsgreenacad",
  at="2026-01-07T07:00:00Z")
O("Reminder: the school office now closes at 4pm on Fridays.", plat="facebook", handle="@HollinsGreenAcademy",
  at="2025-10-13T15:00:00Z")
O("A gentle reminder that our car park is for staff only. Thank you!", at="2025-09-17T08:00:00Z")
O("Amelia in 5B has been awarded Reader of the Month!", plat="facebook", handle="@HollinsGreenAcademy",
  at="2025-10-31T15:00:00Z")
O("Congratulations to Siobhan, Grace and Tommy - our new school councillors!", at="2025-09-26T15:00:00Z")

# 10g. Not the school's events; neutral posts
P("My son's sports day at his school today, he came 4th in the sack race and was thrilled", "S003",
  plat="facebook", at="2026-06-24T17:00:00Z")
P("Took my niece to her church nativity, she was a very stroppy sheep", "S007", plat="facebook",
  at="2025-12-14T17:00:00Z")
P("Village summer fete at my mum's this weekend, the dog show is the highlight", "S008",
  at="2026-06-13T10:00:00Z")
P("Found a photo from my own Year 6 residential in 1998. The hair. The fleece.", "S002", plat="facebook",
  at="2026-02-15T20:00:00Z")
P("Parkrun tourism: Temple Newsam this week. Hills. So many hills.", "S005", at="2025-11-22T11:00:00Z")
P("Bake off final tonight, who are we backing?", "S004", at="2025-11-25T19:00:00Z")
P("Anyone know a good plumber in Headingley? Asking urgently.", "S006", plat="facebook",
  at="2026-01-27T08:00:00Z")
P("New glasses, who dis 🤓", "S007", plat="instagram", at="2025-10-30T18:00:00Z")
P("Flu jab done, arm like a brick", "S001", at="2025-10-11T12:00:00Z")
P("Christmas jumper on, mince pie in hand, the season has officially begun", "S003",
  at="2025-12-01T19:00:00Z")
P("Leeds in the rain is still Leeds. Love this city.", None, handle="@leeds_walker", bio="Walks and views.",
  at="2025-11-02T14:00:00Z")
P("Anyone else's kids obsessed with Minecraft? Mine talk about nothing else.", "S008", plat="facebook",
  at="2026-01-19T20:00:00Z")


# 10h. More hard negatives: namesakes, pets, look-alike handles, official greetings
P("Will Smith's new film is two hours I'll never get back", "S005", at="2025-12-26T22:00:00Z")
P("Grace Jones at the festival was otherworldly", "S007", plat="instagram", at="2026-07-12T23:00:00Z")
P("May the fourth be with you ✨", "S002", at="2026-05-04T08:00:00Z")
P("Alex from the bike shop says my chain is 'knackered'. Technical term.", "S008", at="2025-10-04T13:00:00Z")
P("Rewatching Peaky Blinders. Tommy Shelby is a terrible role model and I love him.", "S006",
  at="2026-01-05T21:00:00Z")
P("Harvey Specter would never wear these shoes", "S004", plat="instagram", at="2025-11-11T20:00:00Z")
P("Amelia Earhart biography finished. What a woman.", "S003", at="2025-09-16T21:00:00Z")
P("Rose Tyler was the best companion and I will not be taking questions", "S007", at="2025-11-23T20:30:00Z")
P("Going for a ruby with the lads tonight 🍛", "S005", at="2026-01-23T18:00:00Z")
P("Our new kitten Freya has already destroyed the curtains", "S004", plat="instagram", at="2025-10-26T16:00:00Z")
P("Oliver the puppy met the sea for the first time and barked at it", "S008", plat="instagram",
  at="2026-02-08T12:00:00Z")
P("Mo Salah with another screamer, unreal", "S002", at="2025-12-13T17:30:00Z")
P("Top plumber, sorted the leak in an hour", "S003", plat="facebook", reply="@jake_smith_plumbing",
  at="2026-01-28T13:00:00Z")
P("Love your photography!", "S007", plat="instagram", reply="@harvey_smphoto", at="2025-11-30T19:00:00Z")
P("Teachers, what's your go-to Friday treat? Mine's a chippy tea.", "S004", at="2025-10-17T18:00:00Z")
P("Summer Bay on the telly and a blanket. Perfect evening.", "S006", at="2026-01-31T20:00:00Z")
P("Mark Rylance was incredible at the Playhouse tonight", "S001", plat="facebook", at="2025-10-30T22:30:00Z")
O("Wishing all our families a joyful Christmas and a hopeful new year! 🎄", plat="facebook",
  handle="@HollinsGreenAcademy", at="2025-12-19T15:00:00Z")
O("Grace in 4R has been chosen as our eco-warrior of the month! 🌱", at="2026-02-06T15:10:00Z")
O("Tommy and Mark have designed our new recycling posters - well done boys!", at="2025-10-09T15:00:00Z")
O("Will the owner of a blue lunchbox left at the gate please collect it from the office?", plat="facebook", handle="@HollinsGreenAcademy",
  at="2026-01-12T15:00:00Z")


# =============================================================================================================
# 11. Extra positives: curly apostrophes, capitals, broken hyphenated names, nicknames, bare aliases

P("[[Siobhan O’Rourke|pupil-reference|P0011]] with the poem of the year. Tissues needed.", "S004",
  plat="facebook", at="2025-11-17T19:00:00Z")
P("[[#ThankYouMrKhan|staff-reference|S002]] from all of us on the corridor, you legend", "S008",
  plat="instagram", at="2025-12-18T18:00:00Z")
P("[[Mrs O’Neill|staff-reference|S003]]'s retirement cake is going to be ENORMOUS", "S005",
  at="2026-02-13T17:00:00Z")
P("Massive well done to [[Harvey Sinclair-\nMoss|pupil-reference|P0020]] on the county chess final", "S003",
  at="2026-02-02T19:00:00Z")
P("[[AISHA BEGUM|pupil-reference|P0025]] YOU LEGEND", "S002", plat="instagram", at="2025-11-28T17:00:00Z")
P("[[Zainab C|pupil-reference|P0012]] (2M) asked me if the moon follows her home. Obviously yes.", "S007",
  at="2025-12-09T18:00:00Z")
P("Off to [[Robinwood|event-reference|E003]] tomorrow with the Year 6 crew, wish me luck", "S002",
  at="2026-03-08T21:00:00Z")
P("Report writing season. 30 reports, each one a tiny novel. Send biscuits.", "S003", bio=NODISC[1],
  at="2026-02-12T20:00:00Z", whole=((MD, None),))
P("Unpopular opinion: homework in primary school is a waste of everyone's time", "S005", bio=NODISC[3],
  plat="facebook", at="2026-01-20T20:00:00Z", whole=((MD, None),))
P("[[@kdoyle09|pupil-reference+pupil-contact|P0023]] well done on the county trials!", "S002",
  at="2025-10-19T18:00:00Z")
P("Thanks so much, glad you enjoyed it", "S007", plat="facebook", reply="@harvey_sm", at="2026-01-11T13:00:00Z",
  whole=((PC, "P0020"),))
P("[[The Year 5 boy who set off the fire alarm on Tuesday|identifying-detail|-]] - we know it was you", "S008",
  at="2025-11-13T18:00:00Z")
O("Our football team kicks off the season on Saturday. Come and cheer!", plat="facebook", handle="@HGA_Sports",
  at="2025-09-11T15:00:00Z", whole=((UA, None),))
O("Look at these autumn leaf prints! 🍂", plat="instagram", handle="@HollinsGreenFriends",
  at="2025-10-21T15:00:00Z", whole=((UA, None),))
P("[[Gaz Smith|parent-reference|R002]] has volunteered to run the barbecue again, brave man", "S005",
  at="2026-02-10T19:00:00Z")
P("[[Lorraine A.|parent-reference|R003]] from the PTA is an absolute superstar", "S004", plat="facebook",
  at="2025-11-05T19:00:00Z")
P("[[Ms Patel|staff-reference|S001]], our head, danced in the rain at lunch. Iconic.", "S007",
  at="2025-10-23T18:00:00Z")

# 12. Extra hard negatives: surnames as places/businesses, look-alike handles, other people's Mrs Murphy
P("Mrs Murphy next door brought round soup when I was ill, proper neighbour", "S004", plat="facebook",
  at="2026-01-09T12:00:00Z")
P("Whitfield Road roadworks again, add 20 minutes to every journey", "S002", at="2025-10-07T08:00:00Z")
P("Hollis Coffee on the high street does the best flat white in town", "S007", plat="instagram",
  at="2025-11-08T10:00:00Z")
P("Ellison's Garden Centre has the Christmas grotto up already. It's October.", "S003", plat="facebook",
  at="2025-10-18T15:00:00Z")
P("Thanks for the follow!", "S008", conns=("@jakesmith_61", "@leedsrhinos"), at="2025-11-12T21:00:00Z")
P("Mum's 70th! Ruby, Grace and May (my nieces) made the cake and it's a masterpiece", "S006", plat="facebook",
  at="2026-02-01T18:00:00Z")
O("Joy (3L) and Freya (2M) have been brilliant buddies for our new starters this week!",
  plat="facebook", handle="@HollinsGreenAcademy", at="2025-09-19T15:00:00Z")
P("Penhaligon's Friendly Society sent my renewal. Adulting.", "S005", at="2026-01-14T20:00:00Z")


def check_against_profile() -> None:
    """Cross-check gold with the profile: subjects exist, and pupil-contact gold follows handles, ages and family links."""
    import csv
    from datetime import date

    prof = Path(__file__).resolve().parents[1] / "hollins-green"
    people = {r["id"]: r for r in csv.DictReader((prof / "people.csv").open(encoding="utf-8"))}
    events = {r["id"] for r in csv.DictReader((prof / "events.csv").open(encoding="utf-8"))}
    family = {(r["staff_id"], r["pupil_id"]) for r in csv.DictReader((prof / "family_links.csv").open(encoding="utf-8"))}
    by_handle = {h.lower(): pid for pid, r in people.items() for h in r["handles"].split(";") if h}
    for r in RECORDS:
        assert r["author_id"] is None or r["author_id"] in people, r["id"]
        assert r["account"]["platform"] in ("x", "facebook", "instagram"), r["id"]
        for g in r["gold"]:
            assert g["subject"] is None or g["subject"] in people or g["subject"] in events, r["id"]
        if r["account"]["kind"] != "personal":
            continue
        day = date.fromisoformat(r["created_at"][:10])
        expected = set()
        for h in [r["in_reply_to"], *r["connections"], *r["mentions"]]:
            pid = by_handle.get((h or "").lower())
            if pid is None or people[pid]["role"] not in ("pupil", "former-pupil"):
                continue
            if (r["author_id"], pid) in family:
                continue
            if people[pid]["role"] == "former-pupil":
                dob = date.fromisoformat(people[pid]["date_of_birth"])
                if date(dob.year + 18, dob.month, dob.day) <= day:
                    continue
            expected.add(pid)
        got = {g["subject"] for g in r["gold"] if g["category"] == "pupil-contact"}
        assert expected == got, (r["id"], expected, got)


def main() -> None:
    check_against_profile()
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    for r in RECORDS:
        for g in r["gold"]:
            if g["start"] is not None:
                assert 0 <= g["start"] < g["end"] <= len(r["text"])
                assert r["text"][g["start"]:g["end"]].strip() == r["text"][g["start"]:g["end"]], r["id"]
        assert "[[" not in r["text"]
    with OUT.open("w", encoding="utf-8") as fh:
        for r in RECORDS:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    per_cat = Counter(g["category"] for r in RECORDS for g in r["gold"])
    posts_cat = Counter(c for r in RECORDS for c in {g["category"] for g in r["gold"]})
    neg = sum(1 for r in RECORDS if not r["gold"])
    print(f"{len(RECORDS)} posts, {neg} negatives ({neg / len(RECORDS):.0%}), "
          f"{sum(per_cat.values())} gold findings")
    for cat in sorted(CATEGORIES):
        print(f"  {cat:22s} gold {per_cat[cat]:3d}  posts {posts_cat[cat]:3d}")
    print(f"  official posts: {sum(r['account']['kind'] == 'official' for r in RECORDS)}")


if __name__ == "__main__":
    main()
