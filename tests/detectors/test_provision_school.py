"""The people rules end to end on a fictional pupil referral unit (``tests/fixtures/provision-school``): a post that
names the school's own dated event, groups named by a word and called a group, staff bios that also say "mam of 2",
staff known by first name on the school's own account, a hyphenated first name written with a space, and a pupil
who shares a footballer's name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.detectors.fixture_schools import school_findings

SCHOOL = Path(__file__).parent.parent / "fixtures" / "provision-school"
# S004 is on the roster's staff; his bio names no school and no role, so only the post can tie a pupil's first name.
MENTOR = {"author_id": "S004", "bio": "Sea swimmer. Views my own.", "handle": "@dec_rourke"}


def findings(text: str, category: str, **options: Any) -> list[tuple[str | None, str | None]]:
    return school_findings(SCHOOL, text, category, **options)


@pytest.mark.parametrize(
    ("text", "created_at", "expected"),
    [
        # The school's own event, on its dates, ties the post to the school as naming the school does
        ("Farm Week day 2: Marek fed the lambs before breakfast", "2026-05-12T16:00:00Z", [("Marek", "P0003")]),
        ("Farm Week: Marek's mum came to help with the lambs", "2026-05-12T16:00:00Z", [("Marek", "P0003")]),
        ("Christmas dinner in the hall today: Marek carved the turkey", "2025-12-17T13:00:00Z", [("Marek", "P0003")]),
        # "our" alone is a family's as often ("Our Christmas dinner tonight"), and home life is nobody's school
        ("Our Farm Week starts Monday and Marek has packed already", "2026-01-12T16:00:00Z", []),
        ("Christmas dinner at ours: Marek carved the turkey like a pro", "2025-12-17T19:00:00Z", []),
        ("Our family Christmas dinner: Marek carved the turkey like a pro", "2025-12-18T19:00:00Z", []),
        # Far from its date, written by a member of staff and nothing else: the author alone ties nobody
        ("Farm Week day 2: Marek fed the lambs before breakfast", "2026-09-14T16:00:00Z", []),
        # No event named: the date alone ties nothing
        ("Marek fed the lambs before breakfast", "2026-05-12T16:00:00Z", []),
    ],
)
def test_the_schools_own_event_ties_a_first_name(text: str, created_at: str, expected: list[tuple[str, str]]) -> None:
    assert findings(text, "pupil-reference", created_at=created_at, **MENTOR) == expected


def test_the_schools_own_event_ties_a_first_name_without_a_bio() -> None:
    # The event's words alone must open the first-name rules (a bio field opened them in the first draft)
    text, when = "Farm Week day 2: Marek fed the lambs before breakfast", "2026-05-12T16:00:00Z"
    assert findings(text, "pupil-reference", author_id="S004", created_at=when) == [("Marek", "P0003")]
    assert findings(text, "pupil-reference", created_at=when) == [("Marek", "P0003")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A group named by a word is the group when it is called one ("Tern group", "my Tern lot")
        ("Tern group made soup for the whole centre and Kai peeled every carrot", [("Kai", "P0002")]),
        ("Tern and Gannet groups went to the beach and Marek found a crab", [("Marek", "P0003")]),
        # A capitalised "Group" is a firm's; "lot" is an auction's as often ("an Oak lot")
        ("Signed the contract with Tern Group today and Kai from their legal team was great", []),
        ("Christmas dinner with my Tern lot and Kai wore the tinsel as a scarf", []),
        ("The terns on the cliffs were back today and Kai spotted them first", []),  # the bird
        ("A tern group nested on the cliffs and Kai spotted them first", []),  # lower case: birds
        # A hyphenated first name written with a space, as people write it
        ("Tern group painted the mural and Rosie Leigh did the lettering", [("Rosie Leigh", "P0001")]),
        ("Tern group painted the mural and Rosie-Leigh did the lettering", [("Rosie-Leigh", "P0001")]),
    ],
)
def test_a_group_called_a_group(text: str, expected: list[tuple[str, str]]) -> None:
    assert findings(text, "pupil-reference", **MENTOR) == expected


@pytest.mark.parametrize(
    ("bio", "author", "expected"),
    [
        # Alternative provision's roles and governing body, with the school's hashtag, website or name
        ("keyworker @SandpiperHouse 🌊 sea swimmer", None, 1),
        ("Minibus driver at sandpiper.example.sch.uk 🚐 views my own", None, 1),
        ("Chair of the management committee at Sandpiper House. Views my own.", None, 1),
        ("Outreach worker #TeamSandpiper", None, 1),
        ("keyworker 💙 sea swimmer", None, 0),  # no school named
        # A job as much outside schools as in one counts only beside the school, or from the roster's staff
        ("NHS keyworker 💙 #TeamSandpiper", None, 0),
        ("NHS keyworker 💙 #TeamSandpiper", "S004", 1),
        ("Keyworker mum 💙 #TeamSandpiper", None, 0),
        ("Minibus driver for the bowls club. Proud #TeamSandpiper grandad", None, 0),
        ("Outreach worker @ Leeds Mind | #TeamSandpiper mum", None, 0),
        # "mam of 2" is a parent's phrase: from someone not on the staff, the role may be anyone's
        ("Mentor 🌈 #TeamSandpiper 🧸 mam of 2", None, 0),
        # ... but a member of the roster's staff is a parent beside the job
        ("Mentor 🌈 #TeamSandpiper 🧸 mam of 2", "S004", 1),
        ("Mentor 🌈 #TeamSandpiper 🧸 mum of 2", "S004", 1),
        ("Mentor 🌈 #TeamSandpiper 🧸 mum of 2", None, 0),
        # unless the school sits with the parent's phrase, or the role is placed elsewhere
        ("NHS keyworker 💙 proud mam of 2 #TeamSandpiper", "S004", 0),
        ("Mam of 2. Teacher at Leeds Grammar. #TeamSandpiper", "S004", 0),
        # The roster's staff need no role word: the school in their bio is where they work, however the job is put
        ("Careers & progression @SandpiperHouse 🎓 Tea first.", "S004", 1),
        ("Student services @ Sandpiper House 🌈 she/her", "S004", 1),
        ("Careers & progression @SandpiperHouse 🎓 Tea first.", None, 0),
        # ... unless that part of the bio is about their children or their own schooldays
        ("Sea swimmer | proud #TeamSandpiper mam", "S004", 0),
        ("Former pupil @SandpiperHouse 🌊", "S004", 0),
        ("Student at Sandpiper House 🌈", None, 0),
        # Scotland's and Northern Ireland's words for school jobs, and their short forms
        ("Classroom assistant at Sandpiper House 💛", None, 1),
        ("DHT @SandpiperHouse 🏫 | baker", None, 1),
        ("Depute Head Teacher, Sandpiper House", None, 1),
        ("Chair of the Board of Governors, Sandpiper House. GP. Views my own.", None, 1),
        ("Minister, Low Cragg Church. Co-opted member, Sandpiper House Parent Council.", None, 1),
        ("Parent Council chair, Sandpiper House. Mum of 3", None, 0),
    ],
)
def test_self_identification_in_a_bio(bio: str, author: str | None, expected: int) -> None:
    options: dict[str, Any] = {"bio": bio, "author_id": author} if author else {"bio": bio}
    assert len(findings("Lovely sunny day on the beach", "self-identification", **options)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine years a dinner lady at Sandpiper House and the curry queue still scares me",
         [("Nine years a dinner lady at Sandpiper House", None)]),
        ("Nine years a fan of Sandpiper House's bake sale", []),
    ],
)
def test_years_in_a_role_at_the_school(text: str, expected: list[tuple[str, None]]) -> None:
    assert findings(text, "self-identification") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bio naming the school ties a post about work ...
        ("Kai finished his first full week without a single walk-out", [("Kai", "P0002")]),
        # ... not one about the author's own family, where a pupil's name is a relative's
        ("Nephew's first goal for the U13s this morning. Kai you absolute hero", []),
        ("My nephew Kai scored twice this morning", []),
        # ... a pupil's own family is not the author's
        ("Kai's big sister picked him up today and he was beaming", [("Kai", "P0002")]),
        ("Kai asked if my husband is a real pirate", [("Kai", "P0002")]),
        ("Kids were amazing today. Kai scored twice", [("Kai", "P0002")]),  # the school's kids
        ("My boys played football today: Kai scored twice", []),
    ],
)
def test_a_staff_bio_does_not_tie_a_family_post(text: str, expected: list[tuple[str, str]]) -> None:
    bio = "Mentor at Sandpiper House. Views my own."
    assert findings(text, "pupil-reference", author_id="S004", bio=bio) == expected


@pytest.mark.parametrize(
    ("text", "created_at", "expected"),
    [
        ("Our awards evening is on Thursday: doors at six", "2026-07-06T10:00:00Z", [("awards evening", "E002")]),
        # The author's own child's, at another school
        ("My eldest's awards evening at Oakfield Academy tonight, proud mam", "2026-07-08T10:00:00Z", []),
    ],
)
def test_an_eldest_childs_event_is_not_the_schools(text: str, created_at: str, expected: list[tuple[str, str]]) -> None:
    assert findings(text, "event-reference", created_at=created_at, **MENTOR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Any questions about Farm Week, ask Tamsin in the office", [("Tamsin", "S003")]),
        ("Thank you Corinne for organising the beach clean", [("Corinne", "S001")]),
        # A pupil has that first name too: on the school's account the pupil is meant far more often
        ("Well done Imani for a brilliant week", []),
        ("Any questions about Farm Week, ask the office", []),
    ],
)
def test_staff_first_names_on_the_official_account(text: str, expected: list[tuple[str, str]]) -> None:
    assert findings(text, "staff-reference", kind="official", handle="@SandpiperHouse") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyle Walker to Burnley, who saw that coming", []),  # the footballer
        ("Kyle Walker in Gannet group got his first certificate today", [("Kyle Walker", "P0004")]),
    ],
)
def test_a_footballers_namesake_needs_school_context(text: str, expected: list[tuple[str, str]]) -> None:
    assert findings(text, "pupil-reference") == expected


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # School life that only a school has ties a first name ...
        ("Science in a PRU: Kai set fire to the paper and then explained combustion perfectly", "pupil-reference",
         [("Kai", "P0002")]),
        ("Wet play again and Marek built a cardboard castle for the whole group", "pupil-reference",
         [("Marek", "P0003")]),
        # not a parent's everyday school words, whose child may be at another school, nor a Pru
        ("Forgot Marek's PE kit again, what a morning", "pupil-reference", []),
        ("Lovely lunch with Pru, and Marek made us all laugh", "pupil-reference", []),
        ("Marek wrote the best opening paragraph I've read all year.", "pupil-reference", []),
        # ... but does not make a generic activity the school's: that is talk about the sector
        ("World Book Day in a PRU: one costume, forty-six eye rolls", "event-reference", []),
    ],
)
def test_school_life_ties_a_first_name_not_an_activity(
    text: str, category: str, expected: list[tuple[str, str]]
) -> None:
    assert findings(text, category, **MENTOR) == expected


@pytest.mark.parametrize(
    ("text", "author", "expected"),
    [
        # A member of the roster's staff whose bio gives a school role, naming a pupil doing something
        ("Marek wrote the best opening paragraph I've read all year", "S004", [("Marek", "P0003")]),
        ("Kai has finally finished the mural", "S004", [("Kai", "P0002")]),
        # ... not as the author's company, relative or private life
        ("Dinner with Marek tonight, lovely evening", "S004", []),
        ("Marek and I went to the match", "S004", []),
        ("My nephew Marek wrote a poem for his nan", "S004", []),
        ("Our wedding anniversary: Marek cooked a feast", "S004", []),
        ("Marek on the radio this morning", "S004", []),  # not doing anything
        # The same bio from someone not on the staff ties nothing
        ("Marek wrote the best opening paragraph I've read all year", None, []),
    ],
)
def test_a_staff_bio_role_ties_a_pupil_doing_something(
    text: str, author: str | None, expected: list[tuple[str, str]]
) -> None:
    options: dict[str, Any] = {"bio": "Learning mentor. Views my own."}
    if author:
        options["author_id"] = author
    assert findings(text, "pupil-reference", **options) == expected


@pytest.mark.parametrize(
    ("bio", "expected"),
    [
        ("Deputy head. SEND nerd. Sunday league hamstrings.", [("Marek", "P0003")]),
        ("EYFS teacher in the northern fells", [("Marek", "P0003")]),
        ("Teacher. Dog mum.", [("Marek", "P0003")]),
        ("Sunday league hamstrings. Dog dad.", []),  # no role with pupils
        ("Head of marketing at a bank", []),
        # a hobby's teacher or mentor, and thanks
        ("Yoga teacher in my spare time", []),
        ("Guitar tutor. Dog mum.", []),
        ("Office manager. Mentor at the local running club", []),
        ("School business manager. Ta for the follows!", []),
    ],
)
def test_which_bio_roles_work_with_pupils(bio: str, expected: list[tuple[str, str]]) -> None:
    text = "Marek counted to twenty in Polish for me today and demanded a high five for every number"
    assert findings(text, "pupil-reference", author_id="S004", bio=bio) == expected


@pytest.mark.parametrize(
    ("text", "author", "expected"),
    [
        # The author's own child by a declared family link, tied to school only by the author's bio: their family
        ("Kai did ten lengths without stopping this morning, proud mum", "S003", []),
        # ... the same post from a colleague is about a pupil, and a tie in the post itself counts for the parent too
        ("Kai did ten lengths without stopping this morning", "S004", [("Kai", "P0002")]),
        ("Tern group swimming: Kai did ten lengths without stopping", "S003", [("Kai", "P0002")]),
    ],
)
def test_a_linked_child_is_family_unless_the_post_says_school(
    text: str, author: str, expected: list[tuple[str, str]]
) -> None:
    assert findings(text, "pupil-reference", author_id=author, bio="Mentor at Sandpiper House.") == expected


@pytest.mark.parametrize(
    ("bio", "expected"),
    [
        ("gap yr @SandpiperHouse 🏉 then Cardiff uni", 1),
        ("Gap year in Peru 🌎 #TeamSandpiper", 0),  # a gap year of travel, the school in another part of the bio
    ],
)
def test_a_gap_year_at_the_school(bio: str, expected: int) -> None:
    assert len(findings("night out w the lads", "self-identification", bio=bio)) == expected


def test_a_gap_year_assistant_bio_ties_a_pupil_doing_something() -> None:
    text = "nets with the U11 girls, Marek bowled me first ball"
    assert findings(text, "pupil-reference", author_id="S004", bio="gappie 🌿 cricket & coffee") == [
        ("Marek", "P0003")
    ]


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        # A name after "a" in a list or after "as" is a character or a costume, nobody's name
        ("World Book Day: two Gruffalos, a Tamsin and a Mr Twit", "staff-reference", []),
        ("World Book Day: Marek came as a Corinne", "staff-reference", []),
        ("Thank you Corinne for organising the beach clean", "staff-reference", [("Corinne", "S001")]),
    ],
)
def test_a_name_after_an_article_in_a_list_is_a_character(
    text: str, category: str, expected: list[tuple[str, str]]
) -> None:
    assert findings(text, category, kind="official", handle="@SandpiperHouse") == expected
