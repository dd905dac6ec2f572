"""The identifying-detail detector: initials, partial names, unlisted names, descriptions."""

from __future__ import annotations

from typing import Any

import pytest

from smscreen.detectors.identifying import IdentifyingDetector
from tests.detectors.test_roster import ctx, profile


def found(text: str, options: dict[str, Any] | None = None, **meta: Any) -> list[tuple[str, str | None, str]]:
    det = IdentifyingDetector(options=options or {}, profile=profile())
    return [
        (text[h.start : h.end] if h.start is not None else "", h.subject.id if h.subject else None,
         h.evidence["kind"])
        for h in det.find(ctx(text, **meta))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Well done J in 5B", [("J in 5B", "P0002", "initials")]),
        ("JS in 5B has improved", [("JS in 5B", "P0002", "initials")]),
        ("Well done A.K. in 5B", [("A.K. in 5B", "P0001", "initials")]),
        ("Special mention for AD (6R)", [("AD (6R)", "P0004", "initials")]),
        ("A in Year 5 was kind", []),  # "A" without a full stop is an article
        ("Amelia K was brilliant", [("Amelia K", "P0001", "partial")]),
        ("Zainab C lost a tooth", [("Zainab C", "P0012", "partial")]),
        ("Kyle in 5B was a star", [("Kyle in 5B", None, "unlisted")]),
        ("Book day: 14 Gruffalos in 5B", []),  # things counted, not a child
        ("three Elsas in 6R today", []),
        ("In 2019 Kyle in 5B was a superstar", [("Kyle in 5B", None, "unlisted")]),  # a year, not a count
        ("Shout out 2 Kyle in 5B", [("Kyle in 5B", None, "unlisted")]),  # text-speak "to"
        ("Amelia in 5B was a star", []),  # a roster name with its form is the roster detector's
        ("Maths in 5B after lunch", []),
        ("the boy in 6R whose dad runs the chippy cried",
         [("the boy in 6R whose dad runs the chippy cried", None, "description")]),
        ("The only girl in my class who can whistle", [("The only girl in my class who can whistle", None,
                                                        "description")]),
        ("the boys in 6R were brilliant", []),
        ("the boy who lived", []),
        ("#WellDoneAmeliaK", []),
    ],
)
def test_identifying(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Harvey Sinclair-Moss is in 6R, Amelia "Millie" Kowalczyk in 5B (Year 5)
        ("Harvy in 6R beat me at chess", [("Harvy", "P0020", "misspelt")]),
        ("Well done Harvie (6R)", [("Harvie", "P0020", "misspelt")]),
        ("Milly in Year 5 read beautifully", [("Milly", "P0001", "misspelt")]),
        # Not the pupil's own group: a name not on the roster, as before
        ("Harvy in 5B beat me at chess", [("Harvy in 5B", None, "unlisted")]),
        # Two edits from Harvey, with a different ending: not a spelling of it
        ("Hary in 6R beat me at chess", [("Hary in 6R", None, "unlisted")]),
        ("Maths in 6R after lunch", []),
        ("Harvey in 6R beat me at chess", []),  # the exact name is the roster detector's
    ],
)
def test_misspelt_given_name_with_own_group(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert found(text) == expected


def test_misspelt_is_a_name_form() -> None:
    assert found("Harvy in 6R was kind", {"name_forms": "exclude"}) == []
    assert found("Harvy in 6R was kind", {"kinds": ["misspelt"], "name_forms": "only"}) == [
        ("Harvy", "P0020", "misspelt")
    ]
    assert found("Kyle in 6R was kind", {"kinds": ["misspelt"]}) == []


def test_kinds_option() -> None:
    assert found("Amelia K and J in 5B", {"kinds": ["partial"]}) == [("Amelia K", "P0001", "partial")]
    with pytest.raises(ValueError):
        IdentifyingDetector(options={"kinds": ["photo"]}, profile=profile())


@pytest.mark.parametrize(
    "text",
    ["Well done JS in 5B", "Well done J.S. (Year5)", "Kyle in Y6 was great", "the boy in my class whose dad",
     "Well done J in 5B​", "JS in 5B!!!"],
)
def test_group_gate_keeps_every_group_form(text: str) -> None:
    # The detector skips its regexes when no form or year group word is present; each of these has one.
    assert found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Simran in 3L asked the best question", [("Simran in 3L", None, "unlisted")]),
        ("a certain 6R dad who always parks on the zigzags",
         [("a certain 6R dad who always parks on the zigzags", None, "description")]),
        ("the 6R parents who came to the fair were lovely", []),  # a group, nobody singled out
        # the year group as the noun, made definite, singles one child out
        ("The Y5 who brought a ferret in for show and tell", [
            ("The Y5 who brought a ferret in for show and tell", None, "description")]),
        ("a Year 2 who asked if I was the Queen", []),  # an anecdote about some child
        ("The Year 6s who came to the disco were great", []),  # a group
        ("The Year 6 who helped at the summer fair were brilliant", []),  # a year group, said so by "were"
        ("Thank you to the Reception who sang so beautifully", []),  # a whole class
    ],
)
def test_more_details(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our head boy's dad is apparently a magician", ["Our head boy's dad"]),
        ("Our Y5 goalkeeper, the tall lad with the red boots, saved three penalties",
         ["Our Y5 goalkeeper, the tall lad with the red boots"]),
        ("My 6R captain led the team out", ["My 6R captain"]),
        ("Our goalkeeper was brilliant at the club today", []),  # any club's: no form or year group
        ("Percy was head boy at Hogwarts", []),
        ("The head boy of Hogwarts", []),
        ("Leeds goalkeeper was awful", []),
    ],
)
def test_one_child_roles(text: str, expected: list[str]) -> None:
    det = IdentifyingDetector(options={}, profile=profile())
    assert [text[h.start : h.end] for h in det.find(ctx(text)) if h.start is not None] == expected


@pytest.mark.parametrize(
    ("name_forms", "text", "expected"),
    [
        ("include", "JS in 5B has improved", [("JS in 5B", "P0002", "initials")]),
        ("only", "JS in 5B has improved", [("JS in 5B", "P0002", "initials")]),
        ("exclude", "JS in 5B has improved", []),
        ("only", "Well done J in 5B", []),  # one initial is a detail, not a name
        ("exclude", "Well done J in 5B", [("J in 5B", "P0002", "initials")]),
        ("exclude", "Well done QZ in 5B", [("QZ in 5B", None, "initials")]),  # fits nobody: a detail
        ("only", "Well done QZ in 5B", []),
        ("only", "Amelia K was brilliant", [("Amelia K", "P0001", "partial")]),
        ("exclude", "Amelia K was brilliant", []),
        # The partial name wins the overlap before the option filters: never also "K in 5B".
        ("exclude", "Amelia K in 5B was brilliant", []),
        ("exclude", "Kyle in 5B was a star", [("Kyle in 5B", None, "unlisted")]),
        ("only", "Kyle in 5B was a star", []),
    ],
)
def test_name_forms_option(name_forms: str, text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert found(text, {"name_forms": name_forms, "kinds": ["initials", "partial", "unlisted"]}) == expected


def test_name_forms_option_is_checked() -> None:
    with pytest.raises(ValueError, match="name_forms"):
        IdentifyingDetector(options={"name_forms": "sometimes"}, profile=profile())
