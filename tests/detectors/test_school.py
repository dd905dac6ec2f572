"""The school detector and the school-context cues."""

from __future__ import annotations

from typing import Any

import pytest

from smscreen.detectors.school import SchoolDetector, school_index
from smscreen.models import Account
from tests.detectors.test_roster import ctx, profile


def kinds(text: str, options: dict[str, Any] | None = None, **meta: Any) -> list[tuple[str | None, str]]:
    det = SchoolDetector(options=options or {}, profile=profile())
    c = ctx(text, **meta)
    return [(text[h.start : h.end] if h.start is not None else None, h.evidence["kind"]) for h in det.find(c)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lovely day at Hollins Green Academy", [("Hollins Green Academy", "name")]),
        ("Lovely day at hollins green", [("hollins green", "alias")]),
        ("Off to HGA", [("HGA", "alias")]),
        ("Thanks @HollinsGreenAcad", [("@HollinsGreenAcad", "handle")]),
        ("So proud #HGAFamily", [("#HGAFamily", "hashtag")]),
        ("See hollinsgreen.example.sch.uk/news.", [("hollinsgreen.example.sch.uk/news", "website")]),
        ("See https://www.hollinsgreen.example.sch.uk", [("https://www.hollinsgreen.example.sch.uk", "website")]),
        ("Hollins Green's fete", [("Hollins Green", "alias")]),
        ("the hga", []),  # a short alias must be written in capitals
        ("Hollins Greenway cycle path", []),
        ("#HGAFamilyFun", []),
        ("oakfield.example.sch.uk is another school", []),
    ],
)
def test_school_mentions(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_bio_only_with_option() -> None:
    bio = Account(bio="Teacher @HollinsGreenAcad")
    assert kinds("Long day", account=bio) == []
    assert kinds("Long day", {"include_bio": True}, account=bio) == [(None, "handle")]


@pytest.mark.parametrize(
    ("text", "form", "year", "role", "level"),
    [
        ("Amelia in 5B", "5B", "5", "pupil", "form"),
        ("Amelia in Year 5", "5B", "5", "pupil", "form"),
        ("Amelia in Y5", "5B", "5", "pupil", "form"),
        ("Amelia in 6R", "5B", "5", "pupil", "school"),  # another form still ties the post to the school
        ("Amelia was pupil of the week", "5B", "5", "pupil", "school"),
        ("Amelia at HGA", "5B", "5", "pupil", "school"),
        ("Imran ran the staff meeting", None, None, "staff", "work"),
        ("Imran ran the staff meeting", "5B", "5", "pupil", "none"),  # work words do not tie a pupil
        ("Amelia came for tea", "5B", "5", "pupil", "none"),
        ("plan 5b", "5B", "5", "pupil", "none"),  # forms are written with a capital letter
    ],
)
def test_context_levels(text: str, form: str | None, year: str | None, role: str, level: str) -> None:
    cues = school_index(profile()).cues(ctx(text))
    assert cues.level_for(form, year, role) == level


def test_unknown_option() -> None:
    with pytest.raises(ValueError):
        SchoolDetector(options={"bio": True}, profile=profile())


@pytest.mark.parametrize(
    "text",
    ["Lovely day at Hollins Green Academy", "HGA sports", "See hollinsgreen.example.sch.uk/news", "Well done 5B",
     "The 5Bs were great", "Year 6 trip", "y6s did well", "Reception class play", "Yr10 exams"],
)
def test_word_gates_keep_every_school_cue(text: str) -> None:
    # Each regex is skipped when none of its words is in the post; these all hold one of each kind they need.
    cues = school_index(profile()).cues(ctx(text))
    assert cues.school or cues.forms or cues.years
