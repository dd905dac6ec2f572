"""The people rules end to end on a fictional sixth-form college (``tests/fixtures/college-school``): the college's
own words for itself ("from college"), a hyphenated given name whose first word is also a word ("Lily-Mae"), the
words its staff use for their students and their work, and bios of the roster's staff that name the college
without a job title."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.detectors.fixture_schools import school_findings

SCHOOL = Path(__file__).parent.parent / "fixtures" / "college-school"
# S003 is on the roster's staff; her empty bio ties nobody, so only the post can.
LECTURER = {"author_id": "S003", "handle": "@fiona_s"}


def findings(text: str, category: str, **options: Any) -> list[tuple[str | None, str | None]]:
    return school_findings(SCHOOL, text, category, **options)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A given name of two words is no everyday word, whatever its first word is, even at a sentence start
        ("Lily-Mae stole the show at Wharfside College", [("Lily-Mae", "P0001")]),
        ("Lily Mae stole the show at Wharfside College", [("Lily Mae", "P0001")]),
        # ... while a name-word alone at a sentence start still needs more ("Lily" is a flower)
        ("Lily stole the show at Wharfside College", []),
    ],
)
def test_a_two_word_given_name_is_no_everyday_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert findings(text, "pupil-reference", **LECTURER) == expected


def test_the_second_word_of_a_given_name_is_not_an_unlisted_name() -> None:
    # "Lily-Mae in 12B1" names Lily-Mae; it is not also an unlisted "Mae" singled out by her form
    text = "Well done Lily-Mae in 12B1"
    assert findings(text, "pupil-reference", **LECTURER) == [("Lily-Mae", "P0001")]
    assert findings(text, "identifying-detail", **LECTURER) == []
    # ... while "Mae" alone beside a form is still a name the roster does not list
    assert findings("Well done Mae in 12B1", "identifying-detail", **LECTURER) == [("Mae in 12B1", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A college's own word for itself ties a first name as "at school" does
        ("Tegan's first week on her placement from college and she loves it", [("Tegan", "P0002")]),
        ("So proud of Tegan, back to college after a tough year", [("Tegan", "P0002")]),
        # A driving lesson is nobody's school; a maths lesson is
        ("Tegan's first driving lesson today, pray for the instructor", []),
        ("Tegan's first maths lesson today", [("Tegan", "P0002")]),
        # A sixth form's years as their teachers call them
        ("Mock interviews with my second years today. Bailey turned up in a three-piece suit.", [("Bailey", "P0003")]),
        ("Mock interviews with the second XI today. Bailey turned up in a three-piece suit.", []),
        # ... not a university's, and not a college somewhere else
        ("Pub quiz with my first years from uni: Bailey won", []),
        ("My niece Tegan has started at college in Manchester", []),
        ("Tegan is in college today", []),
    ],
)
def test_a_colleges_own_words_tie_a_first_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert findings(text, "pupil-reference", **LECTURER) == expected


def test_college_is_the_schools_word_only_at_a_college() -> None:
    # At a school that is not a college, "from college" is a sixth form's or a university's elsewhere
    primary = Path(__file__).parent.parent / "fixtures" / "provision-school"
    text = "Marek's first week on his placement from college and he loves it"
    assert school_findings(primary, text, "pupil-reference", author_id="S004") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Invigilation rota done for the summer. If Paddy swaps with me once more I'm changing my number.",
         [("Paddy", "S001")]),
        ("Pub rota done for the summer. If Paddy swaps with me once more I'm changing my number.", []),
    ],
)
def test_invigilation_is_work(text: str, expected: list[tuple[str, str]]) -> None:
    assert findings(text, "staff-reference", **LECTURER) == expected


GEOGRAPHER = {"author_id": "S003", "bio": "Geography teacher #WharfsideProud", "handle": "@fiona_s"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A story's characters and a place are not the pupils who share their names
        ("Year 12 have been reading about Tegan and Bailey in the old legend", []),
        ("Year 12 loved the legend of Bailey and the giant", []),
        ("Great trip to Iona with the family at Easter. Ferry was bouncy", []),
        # ... while the same names doing something at the college are the pupils
        ("Year 12 have been reading with Tegan and Bailey", [("Tegan", "P0002"), ("Bailey", "P0003")]),
        ("Iona won the 800m at Wharfside College", [("Iona", "P0004")]),
        # ... and so are the same words before a pupil's own news or form
        ("Just heard about Tegan in 13A2 getting into Oxford!", [("Tegan", "P0002")]),
        ("Year 13 read about Tegan's win in the college newsletter", [("Tegan", "P0002")]),
    ],
)
def test_a_character_or_a_place_is_not_a_pupil(text: str, expected: list[tuple[str, str]]) -> None:
    assert findings(text, "pupil-reference", **GEOGRAPHER) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A full name in talk about professional sport is a player's as often, and needs school context
        ("Bailey Okafor with the assist again. Best in the Premier League, fight me.", []),
        ("Bailey Okafor with the assist again. Best in the Premier League, fight me. #WharfsideProud",
         [("Bailey Okafor", "P0003")]),
        ("Bailey Okafor with the assist again on Saturday", [("Bailey Okafor", "P0003")]),
        # ... but not a young player's own news, nor a name two sentences away from the sport
        ("So proud of Bailey Okafor, signed by a Premier League academy today!", [("Bailey Okafor", "P0003")]),
        ("Bailey Okafor is a useless lazy idiot. Off to the pub. Then MOTD.", [("Bailey Okafor", "P0003")]),
    ],
)
def test_a_full_name_in_professional_sport_needs_context(text: str, expected: list[tuple[str, str]]) -> None:
    assert findings(text, "pupil-reference", **LECTURER) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A place named like the trip, and the television's Bake Off, are not the college's events
        ("Family walk in Coldwell Forest Park, the stepping stones defeated my husband", []),
        ("Half term = duvet + Bake Off catch-up", []),
        ("Year 12 off to Coldwell on Monday!", ["Coldwell"]),
        ("Half term bake off for our students raised £200", ["bake off"]),
        # ... while a catch-up after the college's own event, and the place with the year group, are the college's
        ("Results day catch-up with my second years", ["Results day"]),
        ("Coldwell Forest here we come, Year 12!", ["Coldwell"]),
    ],
)
def test_a_place_or_a_programme_is_not_an_event(text: str, expected: list[str]) -> None:
    assert [t for t, _ in findings(text, "event-reference", **GEOGRAPHER)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A school's short name before a war memorial is the town's memorial, not the school
        ("Two minutes' silence at the Thornwick war memorial. We will remember them.", []),
        ("Two minutes' silence at Thornwick this morning. We will remember them.", ["Two minutes' silence"]),
    ],
)
def test_a_short_name_before_a_memorial_is_the_town(text: str, expected: list[str]) -> None:
    village = Path(__file__).parent.parent / "fixtures" / "word-forms-school"
    found = school_findings(village, text, "event-reference")
    assert [t for t, _ in found] == expected


@pytest.mark.parametrize(
    ("text", "author", "expected"),
    [
        # A member of staff named in full by a colleague ties the colleagues' first names beside them
        ("Lunch with Fiona Strickland and Raj to plan next year's timetable", "S004",
         [("Fiona Strickland", "S003"), ("Raj", "S002")]),
        ("Lunch with Mrs Strickland and Raj to plan next year's timetable", "S004",
         [("Mrs Strickland", "S003"), ("Raj", "S002")]),
        # ... not a first name alone, and not from an author who is not on the staff
        ("Lunch with Raj to plan next year's timetable", "S004", []),
        ("Lunch with Fiona Strickland and Raj to plan next year's timetable", None, [("Fiona Strickland", "S003")]),
        # ... nor a first name that is somebody's family, nor beside a neighbour or a club's member
        ("Fiona Strickland's husband Raj was on great form at the pub quiz", "S004", [("Fiona Strickland", "S003")]),
        ("Fiona Strickland and hubby Raj were on great form at the pub quiz", "S004", [("Fiona Strickland", "S003")]),
        ("Fiona Strickland and my Raj were on great form", "S004", [("Fiona Strickland", "S003")]),
        ("Mr Quinn from the rugby club and Raj were on great form", "S004", [("Mr Quinn", "S001")]),
    ],
)
def test_a_colleague_named_in_full_ties_a_colleagues_first_name(
    text: str, author: str | None, expected: list[tuple[str, str]]
) -> None:
    options: dict[str, Any] = {"author_id": author} if author else {}
    assert findings(text, "staff-reference", **options) == expected


@pytest.mark.parametrize(
    ("bio", "author", "expected"),
    [
        # The roster's staff: the college in the bio is where they work, however the job is put
        ("Careers & progression @WharfsideSFC 🎓 UCAS, apprenticeships. Tea first.", "S003", 1),
        ("Student Union & enrichment @WharfsideSFC 💜", "S003", 1),
        # ... unless the bio is about family, their own schooldays, a parents' body, the past or a denial, or
        # places a job elsewhere
        ("Proud aunty #WharfsideProud", "S003", 0),
        ("Proud mummy #WharfsideProud", "S003", 0),
        ("Wharfside College class of 2012", "S003", 0),
        ("Former pupil, now running a bakery. @WharfsideSFC", "S003", 0),
        ("PTA chair @WharfsideSFC", "S003", 0),
        ("Not affiliated with Wharfside College", "S003", 0),
        ("Formerly @WharfsideSFC", "S003", 0),
        ("Nurse at LGI | #WharfsideProud", "S003", 0),
        ("Mum of 2 | #WharfsideProud", "S003", 0),
        # Not on the roster: parents' and students' representatives are neither staff
        ("Parent Council, Year 12 rep @ Wharfside College", None, 0),
        ("Student union president, Year 13 @ Wharfside College", None, 0),
        # Jobs as much a council's or a university's: only beside the college
        ("Depute Provost, Fife Council | #WharfsideProud", None, 0),
        ("Board of Governors, Leeds Trinity University | #WharfsideProud", None, 0),
        ("Co-opted member, Leeds City Council scrutiny board | #WharfsideProud", None, 0),
        ("Chair of the Board of Governors, Wharfside College. GP.", None, 1),
        ("DHT @WharfsideSFC | baker", None, 1),
    ],
)
def test_self_identification_in_a_college_bio(bio: str, author: str | None, expected: int) -> None:
    options: dict[str, Any] = {"bio": bio, "author_id": author} if author else {"bio": bio}
    assert len(findings("Lovely sunny day on the beach", "self-identification", **options)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A festival's name alone is every family's and temple's, not the college's show of that name
        ("Staff Diwali party: the samosas were gone by six", []),
        ("Temple's Diwali celebration tonight, so many lights", []),
        ("Lit the lamps with the students this morning, then the temple's Diwali party tonight", []),
        ("Diwali show tonight, Year 12 were amazing", ["Diwali show"]),
        # ... while the festival alone, when the post says it is the college's, is its show
        ("Diwali at Wharfside College tonight, Year 12 were amazing", ["Diwali"]),
        ("Rehearsing for Diwali with Year 13 after college", ["Diwali"]),
    ],
)
def test_a_festival_alone_is_not_the_colleges_event(text: str, expected: list[str]) -> None:
    assert [t for t, _ in findings(text, "event-reference", **LECTURER)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The first person left out: "Been a TA at ...", "Coaching at ...", a role with its years at the college
        ("Been a TA at Wharfside College for 11 years and I still cry at results day", 1),
        ("Coaching at @WharfsideSFC has been the best move I've made", 1),
        ("Cook at WSFC for 9 years and still nobody has guessed the secret", 1),
        ("Been a TA at #WharfsideProud for six years now and the kids still make me laugh", 1),
        ("Visited 12B1 at Wharfside College as their link governor. Great maths.", 1),
        # ... not a headline, and not somebody else's job
        ("Cook at WSFC: fish and chips today", 0),
        ("My sister has been a TA at Wharfside College for 11 years", 0),
        # ... nor somebody else's in the sentence or the one before, nor a club's coaching
        ("Happy retirement Mrs Jones! Been a TA at Wharfside College for 20 years, you will be missed", 0),
        ("So proud of my mum. Been a TA at Wharfside College for 30 years", 0),
        ("Cook at WSFC for 9 years, Maureen, retires today. Thank you!", 0),
        ("Coaching at Wharfside College this Saturday, under 9s football on their field", 0),
        ("Coach at Wharfside College for 5 years with the Saturday Rovers, love that pitch", 0),
        ("Welcome to Mrs Ahmed who joins Wharfside College as a parent governor", 0),
    ],
)
def test_employment_without_the_first_person(text: str, expected: int) -> None:
    assert len(findings(text, "self-identification")) == expected


@pytest.mark.parametrize(
    ("text", "options", "expected"),
    [
        # A part in a play is not the pupil who plays it ... the pupil playing it is
        ("Tegan as Queen Esther in the Year 12 show", LECTURER, [("Tegan", "P0002")]),
        ("Year 12 show: Tegan as Queen Esther and Bailey as King Herod", LECTURER,
         [("Tegan", "P0002"), ("Bailey", "P0003")]),
        # A name-word at a sentence start reads as the name when it takes part in something
        ("Sports day 🏅 Chase in the sack race, enough said", {"kind": "official", "handle": "@WharfsideSFC"},
         [("Chase", "P0005")]),
        ("Sports day 🏅 Chase the dream, enough said", {"kind": "official", "handle": "@WharfsideSFC"}, []),
        ("Hope in the relay final was unstoppable", {"kind": "official", "handle": "@WharfsideSFC"},
         [("Hope", "P0007")]),
        # ... not a feeling, and a team's captain is no part in a play
        ("Hope in the team is high before Saturday's final", {"kind": "official", "handle": "@WharfsideSFC"}, []),
        ("Huge cheers as Captain Chase lifted the trophy for Year 12!", {"kind": "official", "handle": "@WharfsideSFC"},
         [("Chase", "P0005")]),
        # A verb in capitals is still a verb: a teacher's pupil doing something
        ("Iona actually WON. Cried in the kiln room.", {"author_id": "S003", "bio": "art teacher · painter"},
         [("Iona", "P0004")]),
    ],
)
def test_parts_and_people_taking_part(text: str, options: dict[str, Any], expected: list[tuple[str, str]]) -> None:
    assert findings(text, "pupil-reference", **options) == expected
