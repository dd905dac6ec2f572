"""The event detector: events.csv names and generic activities, tied to the school."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest

from smscreen.detectors.events import EventDetector
from smscreen.models import Post
from tests.conftest import DEMO_SCHOOL
from tests.detectors.test_roster import ctx, profile


def found(text: str, options: dict[str, Any] | None = None, **meta: Any) -> list[tuple[str, str | None, str]]:
    det = EventDetector(options=options or {}, profile=profile())
    return [
        (text[h.start : h.end] if h.start is not None else "", h.subject.id if h.subject else None,
         h.evidence["tie"])
        for h in det.find(ctx(text, **meta))
    ]


@pytest.mark.parametrize(
    ("text", "meta", "expected"),
    [
        ("Our nativity was wonderful", {}, [("nativity", "E001", "our")]),
        ("The nativity at HGA was magical", {}, [("nativity", "E001", "school")]),
        ("Year 6 Residential next week", {}, [("Year 6 Residential", "E003", "our")]),
        ("Sports day at HGA tomorrow", {}, [("Sports day", "E002", "school")]),  # approved: the engine drops it
        ("Robinwood trip packing done", {"created_at": "2026-03-01T10:00:00Z"}, [("Robinwood trip", "E003", "date")]),
        ("Nativity rehearsals again", {"created_at": "2025-09-01T10:00:00Z"}, [("Nativity", "E001", "work")]),
        ("Our school disco was chaos", {}, [("school disco", None, "our")]),
        ("Parents' evening with my class", {}, [("Parents' evening", None, "pupils")]),
        ("Our Year 4 swimming gala today", {}, [("swimming gala", None, "our")]),
    ],
)
def test_events_found(text: str, meta: dict[str, Any], expected: list[tuple[str, str | None, str]]) -> None:
    assert found(text, **meta) == expected


@pytest.mark.parametrize(
    ("text", "meta"),
    [
        ("Sports day tomorrow, fingers crossed", {}),
        ("I love the nativity story", {"created_at": "2025-09-20T10:00:00Z"}),
        ("Robinwood trip packing done", {"created_at": "2025-09-20T10:00:00Z"}),
        ("My son's school disco was loud", {}),
        ("Watching the panto with the family", {}),
    ],
)
def test_not_tied_to_the_school(text: str, meta: dict[str, Any]) -> None:
    assert found(text, **meta) == []


def test_sources_option() -> None:
    assert found("Our nativity and our school disco", {"sources": ["generic"]}) == [("school disco", None, "our")]
    assert found("Our nativity and our school disco", {"sources": "profile"}) == [("nativity", "E001", "our")]
    with pytest.raises(ValueError):
        EventDetector(options={"sources": ["calendar"]}, profile=profile())


@pytest.mark.parametrize(
    ("text", "meta", "expected"),
    [
        # A generic activity word after a rare name: the name alone is the event.
        ("Off to Robinwood tomorrow with the Year 6 crew", {"created_at": "2026-03-08T10:00:00Z"},
         [("Robinwood", "E003", "form")]),
        ("Already planning sports day and it's only March", {"created_at": "2026-03-20T10:00:00Z"},
         [("sports day", "E002", "work")]),
    ],
)
def test_more_ties(text: str, meta: dict[str, Any], expected: list[tuple[str, str | None, str]]) -> None:
    assert found(text, **meta) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Took my niece to her church nativity, she was a sheep",
        "My son's sports day at his school was chaos",
        "My daughter's nativity tonight, she is a star",
        "Half term workshop open day in Year 5 colours",
        "Uni open day with my eldest, the pupils' favourite lecturer was there",
        "Found a photo from my own Year 6 residential in 1998",
        "My own nativity, when I was six, was a disaster: I was a sheep",
        "Our village nativity had a real donkey this year",
        "The parish carol service was lovely",
        "Our son's sports day was chaos",
        # a toddler group's
        "Nativity at Olive's toddler group, she was a very small sheep",
    ],
)
def test_somebody_elses_activity(text: str) -> None:
    assert found(text, created_at="2025-12-12T10:00:00Z") == []


@pytest.mark.parametrize(
    "text",
    [
        "Getting ready for our own sports day",  # "our own": still this school's
        "Year 6 residential next week, so excited",
        "My own class nativity is tomorrow",  # "my own class": the author's class, not childhood
        "First time leading my own Year 6 residential next week!",  # a teacher's own class: no past in the post
        "So proud of our village school nativity today",  # a village school's is a school's
        "Hollins Green Academy's sports day was glorious",  # this school's own, by its name
        "Y6's Robinwood trip packing list has 47 items",  # a year group's
    ],
)
def test_own_and_community_cues_keep_the_schools_activity(text: str) -> None:
    assert found(text, created_at="2025-12-12T10:00:00Z") != []


def test_common_words_are_not_event_names() -> None:
    from smscreen.detectors.events import _distinctive_head

    assert _distinctive_head("robinwood trip") == "robinwood"
    assert _distinctive_head("summer fair") is None
    assert _distinctive_head("sports day") is None
    assert _distinctive_head("nativity") is None
    # several words, distinctive together
    assert _distinctive_head("alton towers trip") == "alton towers"
    assert _distinctive_head("science museum trip") is None
    assert _distinctive_head("natural history visit") is None


@cache
def _screeners() -> dict[str, Any]:
    import smscreen

    rulesets = {"personal": "uk-school-staff", "official": "uk-school-official"}
    return {kind: smscreen.Screener.from_school(DEMO_SCHOOL, ruleset=name) for kind, name in rulesets.items()}


def _event_findings(text: str, kind: str, created_at: str | None) -> list[Any]:
    meta: dict[str, Any] = {"account": {"kind": kind, "handle": "@HollinsGreenAcad" if kind == "official" else None}}
    if created_at:
        meta["created_at"] = created_at
    if kind == "official":
        meta["account"]["platform"] = "x"
    result = _screeners()[kind].screen(Post(text=text, **meta))
    return [f for f in result.findings if f.category == "event-reference"]


@pytest.mark.parametrize(
    ("created_at", "kind", "expected"),
    [
        ("2026-04-15T10:00:00Z", "personal", True),  # before the approval date (2026-05-01): prior permission
        ("2026-05-01T10:00:00Z", "personal", False),
        ("2026-06-18T10:00:00Z", "official", False),
        (None, "personal", False),  # no date: the approval counts
    ],
)
def test_an_event_approval_counts_from_its_date(created_at: str | None, kind: str, expected: bool) -> None:
    assert bool(_event_findings("Sports day at HGA tomorrow", kind, created_at)) is expected


def test_a_permission_counts_from_approval_to_expiry_for_its_scope() -> None:
    text = "Our nativity at Hollins Green was magical"
    assert _event_findings(text, "official", "2025-11-19T10:00:00Z")  # before approved_on
    assert not _event_findings(text, "official", "2025-12-12T10:00:00Z")
    assert _event_findings(text, "official", "2026-01-02T10:00:00Z")  # expired
    assert _event_findings(text, "personal", "2025-12-12T10:00:00Z")  # scope: official only
    with pytest.raises(ValueError):
        EventDetector(options={"permissions": "dated"}, profile=profile())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Remembrance assembly at HGA this morning", [("Remembrance assembly", None, "school")]),
        ("Our school's Safer Internet Day assembly was brilliant", [("Safer Internet Day assembly", None, "our")]),
        ("Hollins Green Academy open morning is on Tuesday", [("open morning", None, "school")]),
        ("Coffee morning for our Reception families", [("Coffee morning", None, "our")]),
        ("Year 4 swimming gala at HGA today", [("swimming gala", None, "school")]),
        ("Our class assembly at HGA was about kindness", [("class assembly", None, "school")]),
        ("Christmas jumper day at HGA!", [("Christmas jumper day", None, "school")]),
    ],
)
def test_more_activities(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Remembrance Sunday with the Scouts, two minutes' silence at the memorial",
        "Coffee morning at church, lovely scones",
        "Safer Internet Day: change your passwords, folks",
        "Open morning at the allotment society",
        "My son's school book fair was a rip-off",
        # A class or year group says whose class, not which school: every school has a Year 4 swimming gala.
        "Year 4 swimming gala today, so loud",
        "Robin class assembly: well done everyone",
        "Swift class leavers' assembly rehearsal today",
        "The Year 7 museum trip was saved by a van",
        "Class trip to the museum with 5B",
        "Coffee morning for the Reception families",
        # "our class assembly" is the author's class's: it says no more than "class" does
        "Our class assembly on Thursday was about kindness",
        "Our class trip to the museum was chaos",
    ],
)
def test_more_activities_not_tied(text: str) -> None:
    assert found(text) == []


def test_two_names_of_one_event_are_one_reference() -> None:
    text = "Year 6 are having a wonderful time on the residential at Robinwood!"
    assert [span for span, _, _ in found(text, created_at="2026-03-10T10:00:00Z")] == ["residential at Robinwood"]
    text = "Robinwood residential kit list"
    assert [span for span, _, _ in found(text, created_at="2026-03-01T10:00:00Z")] == ["Robinwood residential"]


def test_official_tie_always() -> None:
    text = "Sports Day volunteers: the sign-up sheet is in the office."
    assert found(text) == []
    assert found(text, {"tie": "always"}) == [("Sports Day", "E002", "account")]
    # A distinctive name alone still needs a tie: it is a place as often as the trip.
    assert found("Lovely walk near Robinwood Road", {"tie": "always"}, created_at="2025-10-01T10:00:00Z") == []


def test_a_meal_is_not_an_activity() -> None:
    # "Christmas dinner" is everybody's, at home as often as in the hall.
    assert found("S in 5G told the whole class what we're having for Christmas dinner") == []


@pytest.mark.parametrize(
    "text",
    [
        "Summer fair at the cricket club today, won a bottle of Vimto",
        "Nativity at church this morning, lovely singing",
        "Sports day at the rugby club for the under-11s",
        "Summer fete in the village hall, great cakes",
    ],
)
def test_held_somewhere_else(text: str) -> None:
    # Dated inside every event's window: only the place after the activity makes it somebody else's.
    assert found(text, created_at="2026-06-20T10:00:00Z") == []
    assert found(text, created_at="2025-12-10T10:00:00Z") == []


def test_held_somewhere_else_unless_the_school_is_named() -> None:
    assert found("Our nativity at church with Year 2", created_at="2025-12-10T10:00:00Z") != []
    assert found("HGA summer fair at the cricket club", created_at="2026-06-20T10:00:00Z") != []


@cache
def corpus_posts() -> list[Post]:
    """The demo and blind posts, as the screener reads them (their gold labels dropped)."""
    posts = []
    for name in ("demo-posts.jsonl", "blind-posts.jsonl", "blind2-posts.jsonl"):
        for line in (DEMO_SCHOOL.parent / "posts" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                row.pop("gold", None)
                posts.append(Post(**row))
    return posts


@pytest.mark.parametrize("sources", [["profile"], ["generic"], ["profile", "generic"]])
def test_triggers_hold_wherever_the_detector_hits(sources: list[str]) -> None:
    # The triggers are the bags of the sources asked for only: still present on every post the detector hits.
    det = EventDetector(options={"sources": sources}, profile=profile())
    hit = 0
    for post in corpus_posts():
        c = ctx(post.text, **post.model_dump(exclude={"text"}))
        if det.find(c):
            hit += 1
            assert det.triggers.present(c.post, c.words), post.id
    assert hit > 0


def test_triggers_are_the_sources_asked_for() -> None:
    generic = EventDetector(options={"sources": ["generic"]}, profile=profile()).triggers
    own = EventDetector(options={"sources": ["profile"]}, profile=profile()).triggers
    disco, robinwood = ctx("Our school disco was chaos"), ctx("Robinwood trip kit list sorted")
    assert generic.present(disco.post, disco.words) and not own.present(disco.post, disco.words)
    assert own.present(robinwood.post, robinwood.words) and not generic.present(robinwood.post, robinwood.words)
    # A profile with no events.csv: the profile's events can never be named, so that matcher never opens.
    none = EventDetector(options={"sources": ["profile"]}, profile=profile().model_copy(update={"events": ()}))
    assert none.triggers.phrases == frozenset()
    assert not none.triggers.present(disco.post, disco.words)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "their" is the pupils' when the post names a form, a year group or pupils ...
        ("Year 5 are already planning their sports day team chants", [("sports day", "E002", "form")]),
        ("My class are practising their nativity songs", [("nativity", "E001", "pupils")]),
        # ... and somebody else's otherwise.
        ("The neighbours are planning their sports day", []),
        ("My nephew's class in Leeds did their nativity", []),
    ],
)
def test_their_with_our_pupils(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "author", "expected"),
    [
        # A member of staff writing about one of the school's listed events, far from its date.
        ("Sorting the minibus for the residential in March", "S008", [("residential", "E003", "author")]),
        ("The summer fete committee meets tomorrow", "S006", [("summer fete", "E004", "author")]),
        # A governor is the school's too.
        ("Robinwood trip kit list sorted", "G001", [("Robinwood trip", "E003", "author")]),
        # Not the school's: an author the profile does not know, a parent, or a generic activity.
        ("Sorting the minibus for the residential in March", None, []),
        ("Sorting the minibus for the residential in March", "R001", []),
        ("School disco tonight, earplugs ready", "S008", []),
        # Somebody else's, or part of another thing, whoever writes it.
        ("Scouts residential in the Dales this weekend", "S008", []),
        ("I love the nativity story", "S003", []),
        ("Our street is a residential area now", "S003", []),
    ],
)
def test_a_staff_author_ties_the_schools_own_events(
    text: str, author: str | None, expected: list[tuple[str, str | None, str]]
) -> None:
    assert found(text, author_id=author, created_at="2025-09-20T10:00:00Z") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Back from resi with Year 6, slept 4 hours", [("resi", "E003", "form")]),
        ("Our Y6 resi is next week", [("resi", "E003", "our")]),
        ("Our summer fayre raised £400", [("summer fayre", "E004", "our")]),
        ("Our school's Chinese New Year celebration today", [("Chinese New Year celebration", None, "our")]),
        ("Two minutes' silence at HGA this morning", [("Two minutes' silence", None, "school")]),
    ],
)
def test_other_spellings_and_more_activities(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert found(text, created_at="2025-09-20T10:00:00Z") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "of" before a trip's place is no title unless a capitalised word comes before it inside a sentence
        ("Day 2 of Robinwood and the kids are loving the zip wire", ["Robinwood"]),
        ("End of Robinwood, back on the coach", ["Robinwood"]),
        # company counts only in the event's own sentence, and a family is every school's audience
        ("Summer fair on Saturday - come along with the family!", ["Summer fair"]),
        ("Sports day tomorrow, fingers crossed for sun. Dinner with my wife tonight", ["Sports day"]),
        ("Sports day at the park with my wife, the kids' school is on holiday", []),
    ],
)
def test_staff_author_ties_beside_titles_and_company(text: str, expected: list[str]) -> None:
    found_spans = [span for span, _, _ in found(text, author_id="S001", created_at="2026-03-03T10:00:00Z")]
    assert found_spans == expected


def test_another_schools_activity_by_its_names_possessive() -> None:
    # From a member of staff, whose posts about an activity are otherwise tied to the school by the author alone
    meta = {"author_id": "S002", "created_at": "2026-06-01T10:00:00Z"}
    assert found("Guest speaker at Ravensmere Grammar's sports day on Friday", **meta) == []
    assert found("Cheering on the lads at Avonmead Academy's sports day", **meta) == []
    assert found("Sports day on Friday, fingers crossed for sun", **meta) != []
    # a grammar school writes "the School" of itself
    assert found("Can't wait for the School's sports day next week! Year 2 have worked so hard", **meta) != []
