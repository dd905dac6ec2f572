"""A school whose classes are named by words (birds, trees) that are also given names, whose short name ("Thornwick")
is not among its aliases, and whose Reception year is year group 0: the people rules end to end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import smscreen
from smscreen import Post
from smscreen.detectors.base import PostContext
from smscreen.detectors.school import _core_name, school_index
from smscreen.normalize import Normalizer
from smscreen.profile import load_profile
from tests.detectors.fixture_schools import school_findings, school_screener
from tests.detectors.test_roster import _nlp

SCHOOL = Path(__file__).parent.parent / "fixtures" / "word-forms-school"
STAFF_AUTHOR = {"author_id": "S001", "created_at": "2026-03-02T10:00:00Z"}


def screener() -> smscreen.Screener:
    return school_screener(SCHOOL)


def people(text: str, **options: Any) -> list[tuple[str | None, str | None]]:
    return school_findings(SCHOOL, text, "pupil-reference", "staff-reference", **options)


@pytest.mark.parametrize(
    ("name", "core"),
    [
        ("Thornwick Church of England Primary School", "thornwick"),
        ("Hollins Green Academy", "hollins green"),
        ("Kestrel Bank High School", "kestrel bank"),
        ("Oak Primary School", ""),  # three letters left: an everyday word
        ("St Mary's Church of England Primary School", ""),  # the church's name as much as the school's
        ("Thornwick", ""),  # nothing taken away: the name itself
    ],
)
def test_core_name(name: str, core: str) -> None:
    assert _core_name(name) == core


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Parents' evening at Thornwick tonight", True),
        ("Harvest service with Thornwick's children", True),
        ("I teach at Thornwick", True),
        ("Popped to Thornwick for coffee", False),  # a place one goes to
        ("Roadworks on Thornwick Road again", False),
        ("A walk round Thornwick village", False),
        ("Thornwick Rovers lost again", False),
        ("we drove through thornwick", False),  # lower case, and no "at/from/to"
    ],
)
def test_short_name_counts_where_a_school_is_meant(text: str, named: bool) -> None:
    index = school_index(load_profile(SCHOOL))
    ctx = PostContext(post=Post(text=text), norm=Normalizer()(text), profile=index.profile, make_doc=_nlp().make_doc)
    assert bool(index.mentions(ctx)) is named


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A class named after a bird is a form cue: Lukas is in Heron, so his first name is tied
        ("Lukas in Heron class sang a folk song", [("Lukas", "P0003")]),
        ("Lukas's grandmother came in to teach Heron class a song", [("Lukas", "P0003")]),
        # Robin (the pupil) is in Willow class; "Robin class" is the class
        ("Robin was brilliant in Willow class today", [("Robin", "P0001")]),
        ("Robin class went pond dipping today", []),
        ("Rowan and Willow classes have a short playtime", []),
        ("Well done Robin and his class at school today", [("Robin", "P0001")]),  # "and his" is no form
        # "Heron child", "Heron pupils": the class's children, so a cue for Lukas
        ("Lukas and every Heron child sang a folk song", [("Lukas", "P0003")]),
        ("Robin children went pond dipping today", []),
        # Alone, a class's word is a bird or a tree, not the form: no tie for Lukas
        ("Lukas saw a heron on the way to the shop", []),
    ],
)
def test_word_named_classes(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


def test_reception_is_year_group_zero() -> None:
    assert people("Alfie in Reception painted a dragon") == [("Alfie", "P0006")]
    assert people("Alfy in Reception painted a dragon") == [("Alfy", "P0006")]  # misspelt, beside his year


def test_word_form_without_class_is_no_group() -> None:
    # "Willow" is a class, but "Willow Lane" is a street: no name (not on the roster) with a group
    from smscreen.detectors.identifying import IdentifyingDetector

    text = "Kyle from Willow Lane brought cakes"
    det = IdentifyingDetector(options={}, profile=load_profile(SCHOOL))
    ctx = PostContext(post=Post(text=text), norm=Normalizer()(text), profile=load_profile(SCHOOL),
                      make_doc=_nlp().make_doc)
    assert det.find(ctx) == []
    text = "Kyle from Willow class brought cakes"
    ctx = PostContext(post=Post(text=text), norm=Normalizer()(text), profile=load_profile(SCHOOL),
                      make_doc=_nlp().make_doc)
    assert [h.evidence["kind"] for h in det.find(ctx)] == ["unlisted"]


@pytest.mark.parametrize(
    ("text", "bio", "expected"),
    [
        # "Year 6 teacher" in a staff bio ties a Year 6 pupil's first name, as the school named would
        # ... in a post about work
        ("Staff meeting ran late, so Heath and Summer tidied the room.", "Year 6 teacher. Rugby.",
         [("Heath", "P0004"), ("Summer", "P0005")]),
        ("Dinner with my husband Heath tonight after the staff meeting", "Year 6 teacher", []),
        ("Lovely walk with Heath and the dog", "Year 6 teacher", []),  # no work: a companion
        ("Heath and I finally did the Parkrun", "Year 6 teacher", []),
        # ... or in any post about the pupil that is not about the author's own company
        ("Borough indoor athletics: Heath won the standing long jump. Legend.", "Year 6 teacher",
         [("Heath", "P0004")]),
        ("Borough indoor athletics: Heath won the standing long jump. Legend.", "Rugby and cakes", []),
        ("Swift class rocked it today, well done Heath", "Swift class teacher", [("Heath", "P0004")]),
        # ... but not the author's own relative, nor a name-word at a sentence start read as a word
        ("My nephew Heath (4) wants a tiger for Christmas", "Year 6 teacher", []),
        ("Summer fair planning meeting done", "Year 6 teacher", []),
        # ... and a bio without a year group ties nothing
        ("Staff meeting ran late, so Heath and Summer tidied the room.", "Rugby and cakes", []),
    ],
)
def test_bio_year_group_ties_a_pupil(text: str, bio: str, expected: list[tuple[str, str]]) -> None:
    assert people(text, bio=bio, **STAFF_AUTHOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thank you Revd Ashcombe for the service", [("Revd Ashcombe", "G001")]),
        ("Thank you Rev Ashcombe for the service", [("Rev Ashcombe", "G001")]),
        ("gonna rev ashcombe's old van", []),  # "rev" in lower case is the verb
        ("loving this fr Prothero", []),  # "fr" in lower case is "for real"
        ("Coach Prothero had us running laps", []),  # a sports club's coach, not a title the school uses
    ],
)
def test_more_titles(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # On the school's approved account every pupil is in context; a name-word at a sentence start must read as
        # the name by what follows it
        ("Great walk today! Summer says it was not even muddy", [("Summer", "P0005")]),
        ("Rain stopped play for the Year 5 cricket", []),
        ("Rain poured all afternoon on the field", []),
        # ... but a pupil's own form makes the name the pupil whatever follows
        ("Summer came top in the Year 6 times tables test", [("Summer", "P0005")]),
    ],
)
def test_name_words_on_the_official_account(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text, kind="official", handle="@ThornwickCEP") == expected


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Heron class were brilliant on the trip today", True),
        # A class's word alone is a bird or a fell: a staff member's walk is not work talk
        ("Sunrise over Heron Lake this morning", False),
        ("Robin on the bird feeder again", False),
        ("Sunrise over Iris Lake this morning", False),  # a form ending in "s" is still the whole word
        ("Iris class made bird boxes today", True),
    ],
)
def test_a_word_named_form_alone_is_no_work_talk(text: str, work: bool) -> None:
    post = Post(text=text, account={"kind": "personal", "platform": "x", "handle": "@someone", "bio": ""},
                **STAFF_AUTHOR)
    result = screener().screen(post)
    assert any(f.category == "missing-disclaimer" for f in result.findings) is work


@pytest.mark.parametrize(
    ("bio", "expected"),
    [
        # The short name where a school is meant, in a bio, as in a post
        ("Music teacher & choir at Thornwick 🎶 Views mine.", True),
        ("Breakfast club at Thornwick CE Primary 🥞 & weekend baker", True),
        ("Walks around Thornwick Road with the dog", False),  # a road of that name
    ],
)
def test_short_name_and_clubs_in_a_bio(bio: str, expected: bool) -> None:
    post = Post(text="Lovely sunny day", account={"kind": "personal", "platform": "x", "handle": "@someone",
                                                  "bio": bio}, **STAFF_AUTHOR)
    result = screener().screen(post)
    assert any(f.category == "self-identification" for f in result.findings) is expected


@pytest.mark.parametrize(
    ("text", "author", "expected"),
    [
        # An event named with the school's own name is the school's, whoever writes it
        ("Carnival wristbands arrived! Thornwick Carnival here we come", None, ["Thornwick Carnival"]),
        ("Summer carnival wristbands arrived!", None, []),
        # A staff author's outing with family or friends is their own; a home is not the school
        ("Mountain biking at Kielderhope with the lads, bombed down the trail", "S001", []),
        ("Back from Kielderhope, slept 4 hours", "S001", ["Kielderhope"]),
        ("Iftar at ours tonight. The kids made the date balls", "S001", []),
    ],
)
def test_event_ties_from_a_name_and_from_company(text: str, author: str | None, expected: list[str]) -> None:
    post = Post(text=text, account={"kind": "personal", "platform": "x", "handle": "@someone", "bio": ""},
                author_id=author, created_at="2026-05-11T10:00:00Z")
    result = screener().screen(post)
    assert [f.text for f in result.findings if f.category == "event-reference"] == expected
