"""Self-identification statements and the personal-views disclaimer."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smscreen.detectors.base import WORD, PostMarks
from smscreen.detectors.self_identification import (
    _DISCLAIMER,
    _OPINION,
    _OPINION_WORDS,
    _OWNER,
    _OWNER_WORDS,
    _SECTOR,
    _SECTOR_GATE,
    _TEACHER_HASHTAG,
    _WORK_TALK,
    _WORK_TALK_BAGS,
    _WORK_TALK_GATE,
    _WORK_TALK_PROBE,
    DisclaimerDetector,
    SelfIdentificationDetector,
    _disclaims,
    has_disclaimer,
)
from smscreen.models import Account
from tests.conftest import DEMO_SCHOOL
from tests.detectors.test_events import corpus_posts
from tests.detectors.test_roster import ctx, profile

FORBID = {"settings": {"self_identification": {"mode": "forbid-naming"}}}


def selfid(text: str, options: dict[str, Any] | None = None, **meta: Any) -> list[str | None]:
    det = SelfIdentificationDetector(options=options or {}, profile=profile())
    return [text[h.start : h.end] if h.start is not None else None for h in det.find(ctx(text, **meta))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I teach at Hollins Green and love it", ["I teach at Hollins Green"]),
        ("I'm a TA at @HollinsGreenAcad", ["I'm a TA at @HollinsGreenAcad"]),
        ("As a teacher at HGA, I think", ["As a teacher at HGA"]),
        ("Proud to be part of the #HGAFamily", ["Proud to be part of the #HGAFamily"]),
        ("Proud to lead music at #HGAFamily: 60 children", ["Proud to lead music at #HGAFamily"]),
        ("Lucky to coach the netball team at HGA", ["Lucky to coach the netball team at HGA"]),
        ("Proud to run the 10k at Hollins Green today for charity", []),  # a race, not a job
        # Job titles of a grammar school's staff, and first-person job phrases
        ("I've been Headmaster of Hollins Green Academy for nine years", [
            "I've been Headmaster of Hollins Green Academy"]),
        ("Proud to serve as SSI at Hollins Green for another year", ["Proud to serve as SSI at Hollins Green"]),
        ("As contingent commander of the CCF at HGA, I get asked about drill", [
            "As contingent commander of the CCF at HGA"]),
        ("Being chaplain to Hollins Green is the best job going", ["Being chaplain to Hollins Green"]),
        ("We're hiring! Come and teach maths with me at @HollinsGreenAcad", [
            "Come and teach maths with me at @HollinsGreenAcad"]),
        ("Delighted to be the new cricket professional at Hollins Green Academy", [
            "Delighted to be the new cricket professional at Hollins Green Academy"]),
        ("I've coached rugby at Hollins Green for twelve years", ["I've coached rugby at Hollins Green"]),
        ("Thirty years I've looked after the building at Hollins Green", [
            "I've looked after the building at Hollins Green"]),
        ("Come and see the play at Hollins Green on Friday", []),  # an invitation, not a job
        ("As head of the PTA at Hollins Green, I'd like to thank every family", []),  # a parent's role
        ("My son's headmaster at Hollins Green rang today", []),  # somebody else's headmaster
        ("As head of sixth form at Hollins Green Academy I've read 200 statements", [
            "As head of sixth form at Hollins Green Academy"]),
        ("Finn survived his first term at Hollins Green", []),  # somebody else's term
        ("My first term at Hollins Green is done", ["first term at Hollins Green"]),
        ("HGA teacher here!", ["HGA teacher here"]),
        ("Hollins Green is where I work", ["Hollins Green is where I work"]),
        ("Great first day at HGA as a TA", ["HGA as a TA"]),
        ("Can't believe my class at HGA did that", ["my class at HGA"]),
        ("I'm a teacher", []),
        ("I drove past Hollins Green", []),
        ("My son's teacher at HGA is lovely", []),
        ("My wife works at Hollins Green", []),
        ("I'm a teacher. Hollins Green fireworks were great", []),  # role and school in different sentences
        ("I'm a teacher at a school near Hollins Green", []),
        # a therapist's or nurse's short name counts only in "I'm the ... at <school>"
        ("I'm the OT at Hollins Green and we need a job-share partner", ["I'm the OT at Hollins Green"]),
        ("My physio said I should walk to Hollins Green every day", []),
        ("My OT said I should walk to Hollins Green more", []),
    ],
)
def test_statements(text: str, expected: list[str]) -> None:
    assert selfid(text) == expected


@pytest.mark.parametrize(
    ("bio", "fires"),
    [
        ("Year 5 teacher @HollinsGreenAcad | she/her", True),
        ("TA at Hollins Green Academy. Views my own.", True),
        ("Governor at Hollins Green Academy", True),
        ("Chair of the local governing board at Hollins Green Academy. Retired engineer.", True),
        ("GP. Trustee at Hollins Green Academy.", True),
        ("Mum of two HGA pupils. Runner.", False),
        ("Teacher. Runner.", False),
        ("Runner. Lives near Hollins Green.", False),
        # a parent's own job is not a job at the school
        ("NHS nurse. Hollins Green PTA", False),
        ("Paediatric OT | Hollins Green PTA chair", False),
        ("Worth my salt. Hollins Green PTA", False),
        ("School nurse at Hollins Green Academy", True),
    ],
)
def test_bio(bio: str, fires: bool) -> None:
    assert selfid("Long day.", account=Account(bio=bio)) == ([None] if fires else [])


def test_forbid_naming_reports_every_mention() -> None:
    assert selfid("Lovely day at Hollins Green", FORBID) == ["Hollins Green"]
    assert selfid("Lovely day at Hollins Green") == []
    assert selfid("Long day.", FORBID, account=Account(bio="Runner near Hollins Green")) == [None]


def test_pupils_and_parents_do_not_self_identify() -> None:
    assert selfid("I teach at Hollins Green", author_id="P0001") == []
    assert selfid("I teach at Hollins Green", author_id="R001") == []
    assert selfid("I teach at Hollins Green", author_id="S002") == ["I teach at Hollins Green"]


def disclaimer(text: str, options: dict[str, Any] | None = None, **meta: Any) -> bool:
    det = DisclaimerDetector(options=options or {}, profile=profile())
    hits = list(det.find(ctx(text, **meta)))
    assert all(h.start is None and h.end is None for h in hits)
    return bool(hits)


@pytest.mark.parametrize(
    ("text", "bio", "author", "fires"),
    [
        ("Ofsted is broken and needs scrapping", None, None, True),
        ("I think teacher pay should rise", None, "S002", True),
        ("Schools need proper funding, not more initiatives", None, None, True),
        ("Ofsted is broken. Views my own.", None, None, False),
        ("SATs are pointless", "Teacher. All opinions are mine.", None, False),
        ("SATs are pointless", "Personal account", None, False),
        ("Marking all weekend again", None, None, False),  # work, but no opinion given
        ("The trains are unacceptable again", None, None, False),  # an opinion, not about work
        ("Ofsted is broken", None, "R001", False),  # a parent
        ("Ofsted is broken", None, "G001", False),  # a governor: the policy asks it of staff
        ("SATs are pointless", "Y6. Cyclist. Opinions = mine.", None, False),
    ],
)
def test_disclaimer(text: str, bio: str | None, author: str | None, fires: bool) -> None:
    assert disclaimer(text, account=Account(bio=bio), author_id=author) is fires


@pytest.mark.parametrize(
    ("text", "author", "fires"),
    [
        ("Zainab Chaudhry read a whole page today", "S007", True),  # a pupil named: talk about the work
        ("Mr Khan wore a Santa suit all day", "S007", True),  # a colleague by title, as at school
        ("Knitting night with Grace Lowry", "S004", False),  # a colleague on a night out
        ("Billy Fairbrother tidied his room today", "S005", False),  # the author's own child (a family link)
        ("Zainab Chaudhry read a whole page today", "R001", False),  # a parent writes
    ],
)
def test_disclaimer_reads_the_people_rules_findings(text: str, author: str, fires: bool) -> None:
    """The rule learns who is named from the people rules' findings (the detector reads them, evaluated last)."""
    import smscreen
    from smscreen.models import Post

    screener = smscreen.Screener.from_school(DEMO_SCHOOL, ruleset="uk-school-staff")
    found = screener.screen(Post(text=text, author_id=author)).findings
    assert any(f.rule == "people.missing-disclaimer" for f in found) is fires
    assert [f.rule for f in screener.rule_findings(Post(text=text, author_id=author), "people.missing-disclaimer")] == (
        ["people.missing-disclaimer"] if fires else []
    )


def test_disclaimer_off_when_naming_is_forbidden() -> None:
    assert disclaimer("Ofsted is broken and needs scrapping", FORBID) is False
    off = {"settings": {"self_identification": {"disclaimer": False}}}
    assert disclaimer("Ofsted is broken and needs scrapping", off) is False


def test_bad_mode() -> None:
    with pytest.raises(ValueError):
        SelfIdentificationDetector(options={"settings": {"self_identification": {"mode": "shout"}}},
                                   profile=profile())


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Proud member of the #HGAFamily 💚", "Proud member of the #HGAFamily"),
        ("We at Hollins Green take reading seriously", "We at Hollins Green"),
        ("My school, Hollins Green, is the best place to work", "My school, Hollins Green"),
        ("Long day. Principal at Hollins Green, still no parking.", "Principal at Hollins Green"),
    ],
)
def test_statements_without_a_first_person_verb(text: str, span: str) -> None:
    hits = SelfIdentificationDetector(options={}, profile=profile()).find(ctx(text))
    assert [text[h.start : h.end] for h in hits if h.start is not None] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Teachers at Hollins Green are brilliant",
        "My son's school, Hollins Green, is great",
        "The head at Hollins Green said no",
        "Coach at Hollins Green leaves at 8",
    ],
)
def test_not_the_author(text: str) -> None:
    assert SelfIdentificationDetector(options={}, profile=profile()).find(ctx(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The workload this term is unsustainable", True),
        ("My class were a nightmare after wet play", True),
        ("Parents, please stop sending toys into school", True),
        ("My class were brilliant today. Views my own.", False),
        ("The new bakery in town is amazing", False),  # no work or sector word
        ("Marking all weekend again", False),  # the job mentioned in passing, no view on it
    ],
)
def test_views_on_work(text: str, expected: bool) -> None:
    assert bool(DisclaimerDetector(options={}, profile=profile()).find(ctx(text))) is expected


@pytest.mark.parametrize(
    ("text", "start", "end", "bounds"),
    [
        ("I teach at HGA", 11, 14, (0, 14)),
        ("Hi. I teach at HGA! Bye", 15, 18, (3, 18)),
        ("line one\nI teach at HGA\nline three", 20, 23, (9, 23)),
        ("no stops at all here", 5, 9, (0, 20)),
        ("a.b", 1, 2, (0, 3)),  # a span that starts on the full stop: bounds from the span outwards
    ],
)
def test_sentence_bounds(text: str, start: int, end: int, bounds: tuple[int, int]) -> None:
    from smscreen.detectors.names import sentence_bounds

    assert sentence_bounds(text, start, end) == bounds


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A clause that opens with the job and no subject.
        ("Being SENCo at Hollins Green Primary is the hardest job", "Being SENCo at Hollins Green Primary"),
        ("Working at HGA means someone always has cake", "Working at HGA"),
        ("Teaching at Hollins Green: never dull", "Teaching at Hollins Green"),
        ("Ten years teaching at Hollins Green this month", "years teaching at Hollins Green"),
        ("Gym before work, work at HGA, gym after", "work at HGA"),
        # Honours and offices, and a governor's role.
        ("Honoured to chair the governing body at Hollins Green Academy", "Honoured to chair the governing body at "
         "Hollins Green Academy"),
        ("Privileged to teach at HGA", "Privileged to teach at HGA"),
        # The school as the best place the author has worked.
        ("HGA is the best school I've worked in", "HGA is the best school I've worked"),
        ("Hollins Green was the first school I ever taught at", "Hollins Green was the first school I ever taught"),
        # The author as one of the staff.
        ("Us Hollins Green staff are terrible at quizzes", "Us Hollins Green staff"),
        ("We HGA teachers never learn", "We HGA teachers"),
        ("Last day for us staff at @HollinsGreenAcad", "us staff at @HollinsGreenAcad"),
        ("Merry Christmas from one very tired Year 6 teacher at Hollins Green!",
         "from one very tired Year 6 teacher at Hollins Green"),
        ("Does anyone else teach at Hollins Green?", "anyone else teach at Hollins Green"),
    ],
)
def test_more_employment_phrasings(text: str, span: str) -> None:
    assert selfid(text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "I sat on a chair at Hollins Green for the concert",
        "A letter from the head at Hollins Green arrived today",
        "A message from a teacher at HGA about the trip",
        "Parking at Hollins Green is a nightmare",
        "Us parents at Hollins Green are a tough crowd",
        "We Hollins Green parents are a patient lot",
        "My son loves working at Hollins Green",
        "Hollins Green is the best school my kids have been to",
        "Does anyone else's kid go to Hollins Green?",
        "Hollins Green staff are brilliant",
        "The team at Hollins Green were great",
        "Working hard at the allotment near Hollins Green",
    ],
)
def test_more_negatives(text: str) -> None:
    assert selfid(text) == []


@pytest.mark.parametrize(
    ("bio", "fires"),
    [
        ("School office queen @ hollinsgreen.example.sch.uk | views my own", True),
        ("Bursar, Hollins Green Academy", True),
        ("Chair of the governing body, Hollins Green Academy", True),
        ("Mum of two HGA pupils. Office manager in town.", False),
        # The part of school life before "at" the school: the owner's job there.
        ("Front office at hollinsgreen.example.sch.uk | views my own", True),
        ("PE & Year 4 at @HollinsGreenAcad | Leeds Rhinos till I die", True),
        ("Maths, KS2 @ Hollins Green Academy", True),
        ("EYFS team at Hollins Green", True),
        # ... unless it is somebody else's, or not at the school.
        ("Y6 parent at HGA | runner", False),
        ("Year 6 mum at Hollins Green Academy", False),
        ("Former pupil at Hollins Green Academy, now at Leeds Uni", False),
        ("PE lover | Leeds Rhinos | lives near Hollins Green", False),
        ("Reading at the weekends | Hollins Green parkrun", False),
        ("Class page for Year 6 at Hollins Green Academy", False),  # a class's account, not a person's job
        # A grammar school's and a nursery's job titles, and a front desk
        ("Headmaster, Hollins Green Academy. Classicist.", True),
        ("Director of Sport, Hollins Green Academy | views my own", True),
        ("Front desk at hollinsgreen.example.sch.uk", True),
        ("Early years practitioner #HGAFamily", True),
        # A parent's phrase elsewhere in the bio leaves the job standing; in the job's own part it does not.
        ("Principal, Hollins Green Academy. Mum of 3. Views my own.", True),
        ("Mum to Alfie 🧸 early years practitioner #HGAFamily", True),
        ("Mum of a Year 2 teacher at Hollins Green Academy", False),
        ("Mum of 2. Teacher at Leeds Grammar. #HGAFamily", False),  # the job elsewhere, the school as a parent
        ("Director of Photography | films | lives near Hollins Green", False),
    ],
)
def test_bio_office_roles(bio: str, fires: bool) -> None:
    assert selfid("Long day.", account=Account(bio=bio)) == ([None] if fires else [])


@pytest.mark.parametrize(
    ("text", "meta", "talk"),
    [
        # Talk about the author's own school day, with no opinion marker.
        ("The new girl in 2M brought me a fishcake", {}, "form"),
        ("30 very happy Year 2s after the egg and spoon", {}, "year"),
        ("Mr Murphy taught my class a sea shanty", {}, "work"),
        ("Zainab C read to the whole class today", {}, "work"),
        ("My mentor is the reason I'm still standing", {}, "work"),
        ("Valentine's Day in a primary school: 11 cards from the kids", {}, "work"),
        ("First day back and already on playground duty", {}, "work"),
        ("Staffroom biscuits have gone again", {}, "work"),
        ("Long week. #ectlife", {}, "work"),
        ("Ten years at Hollins Green this month", {}, "school"),
        ("Nativity rehearsals again", {"created_at": "2025-11-24T18:00:00Z"}, "event"),
        ("Bags packed for Robinwood. Back Thursday.", {"created_at": "2026-03-08T18:00:00Z"}, "event"),
    ],
)
def test_work_talk(text: str, meta: dict[str, Any], talk: str) -> None:
    hits = DisclaimerDetector(options={}, profile=profile()).find(ctx(text, **meta))
    assert [h.evidence.get("talk") for h in hits] == [talk]


@pytest.mark.parametrize(
    ("text", "meta"),
    [
        ("Marking all weekend again", {}),  # the job in passing
        ("Long day at work, early night", {}),
        ("My head hurts", {}),
        ("My spin class was brutal", {}),
        ("#tacotuesday with the family", {}),
        ("Walk around Hollins Green park this morning", {}),  # the school's name as a place
        ("Traffic on Hollins Green Road again", {}),
        ("My son's sports day at his high school was rained off", {"created_at": "2026-06-15T18:00:00Z"}),
        ("World Book Day at my kids' school in Harrogate", {}),
        ("Back in my own Year 6 days we had no phones", {}),
        ("Off to the garden nursery for bedding plants", {}),
        ("Summer fair at the cricket club today", {"created_at": "2026-06-20T18:00:00Z"}),
        ("The new girl in 2M brought me a fishcake. Views my own.", {}),
    ],
)
def test_not_work_talk(text: str, meta: dict[str, Any]) -> None:
    assert DisclaimerDetector(options={}, profile=profile()).find(ctx(text, **meta)) == []


def test_work_talk_needs_a_staff_author_and_no_disclaimer_in_the_bio() -> None:
    det = DisclaimerDetector(options={}, profile=profile())
    assert det.find(ctx("Mr Murphy taught my class a sea shanty", author_id="R001")) == []
    assert det.find(ctx("Mr Murphy taught my class a sea shanty", account=Account(bio="Views my own"))) == []
    # Without a profile only opinions on the job count.
    assert DisclaimerDetector(options={}, profile=None).find(ctx("Mr Murphy taught my class a song")) == []


# The shortcuts in front of the missing-disclaimer regexes must never skip a text the regex would match.
@pytest.mark.parametrize(
    ("pattern", "gate"),
    [(_SECTOR, _SECTOR_GATE), (_WORK_TALK, _WORK_TALK_GATE), (_OPINION, _OPINION_WORDS)],
    ids=["sector", "work-talk", "opinion"],
)
@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_word_gate_holds_every_match(pattern: re.Pattern[str], gate: frozenset[str], data: st.DataObject) -> None:
    text = data.draw(st.from_regex(pattern))
    assert not gate.isdisjoint(WORD.findall(text))


@settings(max_examples=400, deadline=None)
@given(st.from_regex(_DISCLAIMER))
def test_disclaimer_substrings_hold_every_match(text: str) -> None:
    assert _disclaims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("views my own", True),
        ("tweets are all mine", True),
        ("rts != endorsements", True),
        ("not representative of my employer", True),
        ("speaking for myself here", True),
        ("my own view is that", False),  # "own" before the head: not a disclaimer
        ("lovely walk into town", False),
        ("posting from the school trip", False),
    ],
)
def test_disclaims(text: str, expected: bool) -> None:
    assert _disclaims(text) is expected
    assert has_disclaimer(text.upper()) is expected


@settings(max_examples=400, deadline=None)
@given(st.from_regex(_WORK_TALK))
def test_talk_bags_hold_every_match(text: str) -> None:
    words = frozenset(WORD.findall(text))
    assert any(bag <= words for bag in _WORK_TALK_BAGS) or _TEACHER_HASHTAG.search(text) is not None


@settings(max_examples=400, deadline=None)
@given(st.from_regex(_WORK_TALK))
def test_work_talk_probe_holds_every_match(text: str) -> None:
    # The gate in front of the _WORK_TALK search: the bags, or a teacher's hashtag's name as a word.
    assert _WORK_TALK_PROBE.present_in_text(text, frozenset(WORD.findall(text)), PostMarks.of(text))


@settings(max_examples=400, deadline=None)
@given(st.from_regex(_OWNER))
def test_owner_substrings_hold_every_match(text: str) -> None:
    assert any(w in text for w in _OWNER_WORDS)


@pytest.mark.parametrize("with_profile", [True, False])
def test_disclaimer_triggers_hold_wherever_it_hits(with_profile: bool) -> None:
    det = DisclaimerDetector(options={}, profile=profile() if with_profile else None)
    hit = 0
    for post in corpus_posts():
        c = ctx(post.text, **post.model_dump(exclude={"text"}))
        if det.find(c):
            hit += 1
            # A known gap, older than the narrowed triggers (closing it would add findings): a year group
            # written "Year 3s" is two words, "year" and "3s", which no trigger opens on.
            assert det.triggers.present(c.post, c.words) or _YEAR_NS.search(post.text), post.id
    assert hit > 0


_YEAR_NS = re.compile(r"\byear\s+\d{1,2}s\b", re.IGNORECASE)


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("Ofsted is broken and needs scrapping", True),  # a sector word and an opinion word
        ("My class were a nightmare after wet play", True),
        ("Playground duty in the sleet again", True),  # work talk
        ("Star of the week went to the quietest boy", True),
        ("Long week. #ectlife", True),
        ("Marking all weekend again", False),  # a sector word alone: no opinion, no talk
        ("School run in the rain", False),
        ("Walked past the school gates", False),
        ("Parents, the car park is full", False),
    ],
)
def test_disclaimer_triggers(text: str, opens: bool) -> None:
    det = DisclaimerDetector(options={}, profile=profile())
    c = ctx(text)
    assert det.triggers.present(c.post, c.words) is opens
    if not opens:
        assert det.find(c) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Time in the job at the school.
        ("Twelve years at @HollinsGreenAcad today", ["Twelve years at @HollinsGreenAcad"]),
        ("my fifth year at HGA starts monday", ["fifth year at HGA"]),
        ("6 years in Year 2 at Hollins Green", ["6 years in Year 2 at Hollins Green"]),
        ("Nine years as principal of Hollins Green Academy", ["Nine years as principal of Hollins Green Academy"]),
        # A clause that opens with the job.
        ("As SENCo at #HollinsGreen I see it all", ["As SENCo at #HollinsGreen"]),
        ("Teaching Year 6 at HGA is the best job", ["Teaching Year 6 at HGA"]),
        ("Back to work at Hollins Green tomorrow", ["Back to work at Hollins Green"]),
        ("Leading Hollins Green Academy is a privilege", ["Leading Hollins Green Academy"]),
        ("I've had the privilege of leading Hollins Green", ["privilege of leading Hollins Green"]),
        ("Joined the SEN team at Hollins Green Academy today", ["Joined the SEN team at Hollins Green Academy"]),
        ("Deputy head life at Hollins Green", ["Deputy head life at Hollins Green"]),
        ("Year 6 team at #HGAFamily, that's us", ["Year 6 team at #HGAFamily"]),
        ("Me and the PE department at Hollins Green", ["Me and the PE department at Hollins Green"]),
        ("Spent the morning at Hollins Green in my governor hat", ["Hollins Green in my governor hat"]),
        # Somebody else's time there, or a place of the same name.
        ("My son's fifth year at HGA starts monday", []),
        ("My kids have had 7 happy years at HGA", []),
        ("Two years at HGA for my twins now", []),
        ("Twenty years at Hollins Green Cricket Club", []),
        ("Proud member of Hollins Green Cricket Club for 20 years", []),
        ("Leading Hollins Green Road residents in the litter pick", []),
        ("My daughter joined the choir at Hollins Green", []),
        ("Teaching my nephew to ride a bike at Hollins Green park", []),
        ("Parents' evening at Hollins Green on Thursday. Thirty appointments.", []),
    ],
)
def test_more_statements_of_the_job(text: str, expected: list[str]) -> None:
    assert selfid(text, {"where": ["post"]}, author_id="S002") == expected


def test_an_official_accounts_bio_describes_its_service() -> None:
    bio = "Speech, language & OT team at Hollins Green Academy"
    assert selfid("Long day.", account=Account(kind="official", bio=bio)) == []
    assert selfid("Long day.", account=Account(kind="personal", bio="Speech and language therapist at HGA")) == [None]
