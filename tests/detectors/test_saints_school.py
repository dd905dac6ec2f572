"""A Catholic school whose own name holds a pupil's first name ("Our Lady of Grace", pupil Grace), whose events are
named after a saint ("Joseph") and a shrine ("Walsingham"), and whose staff include a chaplain and learning support:
the people rules end to end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.detectors.fixture_schools import school_findings

SCHOOL = Path(__file__).parent.parent / "fixtures" / "saints-school"
STAFF_AUTHOR = {"author_id": "S001", "created_at": "2026-03-02T10:00:00Z"}


def findings(text: str, category: str, **options: Any) -> list[tuple[str | None, str | None]]:
    return school_findings(SCHOOL, text, category, **options)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # The school's own name, alias and hashtag hold the word "Grace": they name the school, not the pupil.
        ("Nine years as head of Our Lady of Grace and I still can't work the laminator.", "personal", []),
        ("Thank you to all the Our Lady of Grace families for the food bank tins", "personal", []),
        ("Grace High netball team are county champions!", "personal", []),
        ("What a night for our Year 11s #GraceFamily", "official", []),
        ("Welcome to our new page! News and photos from Our Lady of Grace", "official", []),
        # The pupil herself, beside the school's name, is still found.
        ("Well done Grace Adeyemi-Cole, Our Lady of Grace is proud of you", "personal",
         [("Grace Adeyemi-Cole", "P0001")]),
        ("Grace in 9 Agnes read beautifully at Mass #GraceFamily", "official", [("Grace", "P0001")]),
        # the alias "Grace High" only in letters: "high-fived" is no school
        ("Grace high-fived everyone in 9 Agnes today", "personal", [("Grace", "P0001")]),
    ],
)
def test_a_name_inside_the_schools_own_name_is_the_school(
    text: str, kind: str, expected: list[tuple[str, str]]
) -> None:
    meta = {} if kind == "official" else STAFF_AUTHOR
    handle = "@OLGraceHigh" if kind == "official" else "@someone"
    assert findings(text, "pupil-reference", kind=kind, handle=handle, **meta) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Joseph rehearsals every night this week, send coffee", [("Joseph", "E001")]),
        ("Walsingham trip forms are due back on Friday", [("Walsingham trip", "E002")]),
        ("Feast day tomorrow: mufti and a Mass in the hall", [("Feast day", "E003")]),
        # A saint before the name: the saint, or the saint's day, not the school's event.
        ("Solemnity of St Joseph today. A quiet, faithful man.", []),
        ("Happy St Patrick's feast day to all who celebrate", []),
        ("Saint Joseph, pray for us", []),
        # A shrine in a title is the shrine ("Our Lady of Walsingham"), not the school's trip there.
        ("Feast of Our Lady of Walsingham today", []),
        # The author's own pilgrimage long ago.
        ("Forty years since my own first Walsingham trip, with our parish youth group", []),
    ],
)
def test_saints_and_shrines_before_an_events_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert findings(text, "event-reference", **STAFF_AUTHOR) == expected


@pytest.mark.parametrize(
    ("bio", "expected"),
    [
        ("Lay chaplain @OLGraceHigh ✝️ youth ministry · coffee", True),
        ("School chaplain at Our Lady of Grace", True),
        ("Learning support @ OLG 💛 mama of 1", True),
        ("Learning mentor at Grace High. Views my own.", True),
        ("Cover supervisor at @OLGraceHigh", True),
        # A chaplain or learning support somewhere else, or no school.
        ("Lay chaplain at St Bede's parish ✝️", False),
        ("Learning support assistant. Cat person.", False),
        ("Mum of a Grace High girl 💛", False),
    ],
)
def test_chaplaincy_and_learning_support_roles_in_the_bio(bio: str, expected: bool) -> None:
    found = findings("Lovely sunny day for a walk", "self-identification", bio=bio, **STAFF_AUTHOR)
    assert bool(found) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr W was brilliant in assembly today", [("Mr W", "S001")]),
        # A roster alias with a title is a title: a neighbour of that name is no colleague.
        ("Mr W next door lent me his ladder again", []),
    ],
)
def test_a_titled_alias_next_door_is_a_neighbour(text: str, expected: list[tuple[str, str]]) -> None:
    assert findings(text, "staff-reference", author_id="S002", created_at="2026-03-02T10:00:00Z") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A form named by its year and a saint ("8 Brigid") ties its pupil, and its word is not the teacher Brigid
        ("Dervla from 8 Brigid brought cake for everyone", [("Dervla", "P0002")]),
        ("Brigid brought cake for 8 Brigid", [("Brigid", "S003")]),
        # written in lower case it is no form: "8 brigid" ties nobody
        ("Dervla from 8 brigid brought cake for everyone", []),
    ],
)
def test_forms_named_by_year_and_saint(text: str, expected: list[tuple[str, str]]) -> None:
    found = findings(text, "pupil-reference", **STAFF_AUTHOR) + findings(text, "staff-reference", **STAFF_AUTHOR)
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A colleague whose name is a word, named as a colleague
        ("Did the 5k on the Quayside with Joy from work. She ran, I ran-walked", [("Joy", "S004")]),
        ("Did the 5k on the Quayside with joy in my heart", []),
        ("Pure Joy from start to finish at the concert", []),  # no colleague: the word, at a sentence start
        # "acting head" is work: a colleague's first name in it is a colleague
        ("Acting head for the week. Teo, if you're reading this, the kettle's broken.", [("Teo", "S001")]),
    ],
)
def test_colleagues_named_at_work(text: str, expected: list[tuple[str, str]]) -> None:
    assert findings(text, "staff-reference", author_id="S002", created_at="2026-03-02T10:00:00Z") == expected


@pytest.mark.parametrize(
    ("text", "bio", "expected"),
    [
        ("Lovely sunny day for a walk", "PE & hydrotherapy @OLGraceHigh 🏊 views my own", True),
        ("I'm the OT at Our Lady of Grace and we're looking for a job-share partner", "", True),
        ("Lovely sunny day for a walk", "School nurse at Grace High. Mum of 3.", True),
        ("I'm an OT and we're looking for a job-share partner", "", False),  # no school named
    ],
)
def test_therapists_nurses_and_areas_before_a_handle(text: str, bio: str, expected: bool) -> None:
    assert bool(findings(text, "self-identification", bio=bio, **STAFF_AUTHOR)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Special-school life: a pupil's plans, therapy and equipment put the post in school
        ("Dervla used her eye-gaze board to tell me she'd had pizza for tea", [("Dervla", "P0002")]),
        ("Updated Dervla's seizure plan with her mam today", [("Dervla", "P0002")]),
        ("Dervla made me laugh so much today", []),
    ],
)
def test_special_school_words_tie_a_pupil(text: str, expected: list[tuple[str, str]]) -> None:
    assert findings(text, "pupil-reference", **STAFF_AUTHOR) == expected
