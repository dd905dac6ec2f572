"""Forms as schools write them (a class named by a colour or an animal, the Lower and Upper Sixth), staff titles
from a cadet force and a Welsh department, and first names that are somebody else's or nobody's: the people rules
end to end on a fictional all-through school (``tests/fixtures/form-and-title-school``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from smscreen.detectors.school import _years_in
from tests.detectors.fixture_schools import school_findings

SCHOOL = Path(__file__).parent.parent / "fixtures" / "form-and-title-school"
STAFF_AUTHOR = {"author_id": "S001", "created_at": "2026-03-02T10:00:00Z"}


def findings(text: str, category: str, **options: Any) -> list[tuple[str | None, str | None]]:
    return school_findings(SCHOOL, text, category, **options)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A class whose own name says class needs only its capital
        ("Blue class made playdough today and Noor insisted hers was lemon flavour", [("Noor", "P0003")]),
        ("Noor in Blue class made playdough", [("Noor", "P0003")]),
        ("Noor painted the blue class door", []),  # lower case: a door's colour, no class named
        # A class named by an animal, right after "in" ("Zofia in Hedgehogs"), not a place of that name
        ("Zofia in Hedgehogs said her first sentence in English today", [("Zofia", "P0002")]),
        ("Zofia loved the walk in Hedgehogs Wood", []),
        ("Sunday walk in Otters Pool with Reuben and Zofia", []),  # a place: "in" is not after a child's name
        ("Zofia loved the walk", []),
        # An early-years key person's group ties its child
        ("Zofia in my key group said I love you at home time", [("Zofia", "P0002")]),
        # The Lower and Upper Sixth are years 12 and 13
        ("Good luck to the Upper Sixth artists starting their exam. Sage's final piece is a triumph.",
         [("Sage", "P0007")]),
    ],
)
def test_forms_as_schools_write_them(text: str, expected: list[tuple[str, str]]) -> None:
    assert findings(text, "pupil-reference", **STAFF_AUTHOR) == expected


@pytest.mark.parametrize(
    ("folded", "groups"),
    [
        ("the lower sixth are off to berlin", ["12"]),
        ("upper sixth form leavers' day", ["13"]),
        ("year 6 and the upper sixth", ["6", "13"]),
        ("the upper deck of the bus", []),
        ("sixth form open evening", []),  # both years: no one year group
    ],
)
def test_lower_and_upper_sixth_are_year_groups(folded: str, groups: list[str]) -> None:
    assert [g for g, _ in _years_in(folded, lambda s, e: (s, e))] == groups


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Somebody else's name or nobody's: a type of person, a patronymic, a sura, a prophet
        ("Year 10 essays on An Inspector Calls: one calls Mr Birling a bit of a Karen", []),
        ("Teaching Branwen ferch Emrys to Year 10 this week", []),
        ("Taught Surah Taha to Year 9 today. Musa (AS) at the burning bush held them silent.", []),
        # A name that is also a country needs its pupil's form
        ("Year 8 geography: Mali, the Niger and the salt roads of Timbuktu", []),
        # ... while the pupils themselves are found
        ("Emrys in Year 10 read Branwen aloud", [("Emrys", "P0008")]),
        ("Musa in Year 9 recited beautifully in assembly", [("Musa", "P0005")]),
        ("Taha in 9K finished his project", [("Taha", "P0006")]),
        ("Mali in 11C won the geography prize", [("Mali", "P0004")]),
    ],
)
def test_names_that_are_not_the_pupils(text: str, expected: list[tuple[str, str]]) -> None:
    assert findings(text, "pupil-reference", **STAFF_AUTHOR) == expected


def test_a_type_of_person_is_no_colleague() -> None:
    assert findings("Year 10 essays: one calls Mr Birling a bit of a Karen", "staff-reference", **STAFF_AUTHOR) == []
    assert findings("Karen covered my Year 10 lesson today", "staff-reference", **STAFF_AUTHOR) == [
        ("Karen", "S002")
    ]


@pytest.mark.parametrize(
    ("text", "bio", "expected"),
    [
        # A Year 1 teacher's bio ties a Year 1 pupil's name that reads as a person ...
        ("Sleepy Shepherd rehearsal, day three. Reuben has decided the shepherd is a pirate.", "Y1 teacher",
         [("Reuben", "P0001")]),
        # ... not a dish named after one, nor a partner or friend of that name in the author's own life
        ("Best Reuben sandwich in town is at the deli on North Street", "Y1 teacher", []),
        ("Happy 40th birthday Reuben! Love you x", "Y1 teacher", []),
        ("Reuben is making a curry tonight, pray for us", "Y1 teacher", []),
        ("Reuben made me dinner for our anniversary", "Y1 teacher", []),
        ("Sleepy Shepherd rehearsal, day three. Reuben has decided the shepherd is a pirate.", "Guitar, coffee", []),
    ],
)
def test_bio_year_group_and_a_name_that_reads_as_a_person(
    text: str, bio: str, expected: list[tuple[str, str]]
) -> None:
    assert findings(text, "pupil-reference", bio=bio, **STAFF_AUTHOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Cadet-force ranks before a colleague's surname, in a post about the cadets; Welsh titles
        ("RAF section off to Biggin Hill. Thanks to Maj Pennock for driving the minibus", [("Maj Pennock", "S004")]),
        ("Thank you to Sgt Maj Dunmore for organising the CCF field weekend", [("Maj Dunmore", "S005")]),
        ("Cofiwch: cerddi i Musus Bowen erbyn dydd Gwener", [("Musus Bowen", "S003")]),
        # A rank anywhere else is somebody else's; one that is also a word counts only capitalised
        ("Dad's Army repeats on a Sunday: Corporal Dunmore gets me every time", []),
        ("Year 6 loved learning about Captain Dunmore's voyages today", []),
        ("what a major dunmore moment that was, cadets", []),
    ],
)
def test_ranks_and_welsh_titles(text: str, expected: list[tuple[str, str]]) -> None:
    assert findings(text, "staff-reference", **STAFF_AUTHOR) == expected


def test_a_reply_to_a_name_words_own_handle_names_them() -> None:
    # "Lily" is an everyday word, at a sentence start; the reply to her own handle says it is her
    text = "Lily-Mae, you were a superstar on work experience this week. Blue class miss you."
    meta = {**STAFF_AUTHOR, "created_at": "2026-02-27T10:00:00Z"}
    assert findings(text, "pupil-reference", in_reply_to="@lilymae.ashcombe", **meta) == [("Lily-Mae", "P0009")]
    assert findings(text, "pupil-reference", in_reply_to="@someone_else", **meta) == []


def test_an_accented_name_is_capitalised_as_written() -> None:
    # "mor" is an everyday word (a trigger only capitalised); "Môr" is capitalised, its accent notwithstanding
    assert findings("Môr in 7P told me the sea is named after him", "pupil-reference", **STAFF_AUTHOR) == [
        ("Môr", "P0010")
    ]
    assert findings("the sea is called môr in welsh, 7P learnt today", "pupil-reference", **STAFF_AUTHOR) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The school's own account capitalises names: in lower case, in a post with capitals, a name is a word
        ("Blue class built a den for the class teddy today", []),
        ("Teddy in 2B built a den today", [("Teddy", "P0011")]),
        ("well done teddy in 2B for a brilliant den", [("teddy", "P0011")]),  # a post all in lower case
        ("Happy birthday to zofia! Have a lovely day #TeamBrackenridge", [("zofia", "P0002")]),
        # Welsh "a" is "and", not an article
        ("Diolch i Emrys a Zofia am helpu yn y ffair", [("Emrys", "P0008"), ("Zofia", "P0002")]),
        ("Sports day results, Group A\nZofia 1st, Reuben 2nd", [("Zofia", "P0002"), ("Reuben", "P0001")]),
        # A former pupil by full name needs their permission on the school's account
        ("Congratulations to Hollis Fairweather (class of 2022), Young Engineer of the Year", [
            ("Hollis Fairweather", "P0012")]),
        ("Congratulations to Hollis on his engineering award", []),  # a former pupil's first name alone
    ],
)
def test_the_official_account(text: str, expected: list[tuple[str, str]]) -> None:
    meta = {"created_at": "2026-03-02T10:00:00Z"}
    assert findings(text, "pupil-reference", kind="official", handle="@BrackenridgeATS", **meta) == expected


def test_a_name_word_in_a_reply_counts_only_said_to_them() -> None:
    meta = {**STAFF_AUTHOR, "in_reply_to": "@hope.baptiste"}
    assert findings("Hope the exams went well! Let us know how you get on", "pupil-reference", **meta) == []
    assert findings("Well done Hope, brilliant exams", "pupil-reference", **meta) == [("Hope", "P0013")]


def test_youth_work_words_are_no_school() -> None:
    text = "Proud of our young people at St Mark's youth club tonight. Zofia led the prayers."
    assert findings(text, "pupil-reference", **STAFF_AUTHOR) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Another spelling of the same-sounding given name beside the exact, rare surname
        # ("Blaise" is a given name of its own, two edits from the roster's "Blaze": no misspelling)
        ("Blaise Quillfeather corrected my spelling again", [("Blaise Quillfeather", "P0014")]),
        # ... not a name that sounds otherwise
        ("Bella Quillfeather corrected my spelling again", []),
        ("Bruce Quillfeather corrected my spelling again", []),
    ],
)
def test_a_same_sounding_given_name_beside_a_rare_surname(text: str, expected: list[tuple[str, str]]) -> None:
    assert findings(text, "pupil-reference", **STAFF_AUTHOR) == expected


@pytest.mark.parametrize(
    "text",
    ["Well done Ciara Ní\nBhriain for her poem", "Well done Ciara\nNí Bhriain for her poem",
     "Well done Ciara Ní Bhriain for her poem"],
)
def test_a_surname_of_two_words_broken_across_a_line(text: str) -> None:
    found = findings(text, "pupil-reference", **STAFF_AUTHOR)
    assert [subject for _, subject in found] == ["P0015"]
    assert found[0][0] is not None and found[0][0].split() == ["Ciara", "Ní", "Bhriain"]
