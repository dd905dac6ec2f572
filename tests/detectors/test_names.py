"""The shared name index: nicknames, fuzzy thresholds, hashtags, sentence starts."""

from __future__ import annotations

import pytest

from smscreen.detectors.names import (
    _RANKS,
    HANDLE_RE,
    TITLES,
    DeletionIndex,
    Mention,
    _nicknames_of,
    allowed_edits,
    fuzzy_equal,
    given_equal,
    handle_bodies,
    name_index,
    reads_as_name,
    sentence_initial,
    sound_equal,
    sound_key,
)
from tests.detectors.test_roster import ctx, profile


@pytest.mark.parametrize(
    ("name", "present", "absent"),
    [
        ("Elizabeth", {"libby", "beth"}, {"lisa"}),  # Lisa is a name of its own
        ("Alexander", {"alex", "xander"}, {"al", "sandy"}),  # too short / a name of its own
        ("William", {"will", "billy", "bill"}, set()),
        ("Amelia", {"millie"}, {"emily"}),  # Emily is not Amelia
        ("Joanna", {"jo"}, {"hannah"}),
    ],
)
def test_nicknames(name: str, present: set[str], absent: set[str]) -> None:
    nicks = _nicknames_of(name)
    assert present <= nicks
    assert not (absent & nicks)


@pytest.mark.parametrize(("length", "edits"), [(3, 0), (4, 0), (5, 1), (7, 1), (8, 2), (12, 2)])
def test_allowed_edits_tighten_for_short_names(length: int, edits: int) -> None:
    assert allowed_edits(length) == edits


@pytest.mark.parametrize(
    ("seen", "name", "ok"),
    [
        ("kowalczik", "kowalczyk", True),
        ("kowalzcyk", "kowalczyk", True),  # transposition
        ("kowlczk", "kowalczyk", True),  # two deletions, 9 letters
        ("ashwort", "ashworth", True),
        ("kahn", "khan", True),  # 4 letters: a swap only
        ("than", "khan", False),  # 4 letters: a substitution makes another word
        ("chan", "khan", False),
        ("smyth", "smith", True),  # 5 letters: one edit
        ("bmith", "smith", False),  # short names misspelt at the first letter are other words
    ],
)
def test_fuzzy_equal(seen: str, name: str, ok: bool) -> None:
    assert fuzzy_equal(seen, name) is ok


@pytest.mark.parametrize(
    ("seen", "name", "ok"),
    [
        ("milly", "millie", True),  # another pet-name ending: two edits, more than fuzzy_equal allows
        ("milli", "millie", True),
        ("katy", "katie", True),
        ("freddy", "freddie", True),
        ("abby", "abbey", True),
        ("harvy", "harvey", True),  # an ordinary misspelling still counts
        ("amelai", "amelia", True),
        ("hary", "harvey", False),  # two edits, not only at the ending
        ("molly", "millie", False),  # another name
        ("lilly", "millie", False),  # the ending alone does not make a name another's
        ("amy", "amie", True),
        ("rosy", "ross", False),  # a pet-name ending is not added to a name without one
    ],
)
def test_given_equal(seen: str, name: str, ok: bool) -> None:
    assert given_equal(seen, name) is ok


@pytest.mark.parametrize(
    ("seen", "name", "ok"),
    [
        ("blaise", "blaze", False),  # the roster name has five letters: one edit only
        ("amalie", "amelia", True),
        ("hamid", "hamza", False),  # five letters: two edits make another name
        ("marcus", "martin", False),  # three edits
        ("clarissa", "larissa", True),  # one edit: the ordinary misspelling rule
        ("flaise", "blaze", False),  # another first letter
        ("blayze", "blaize", True),
        ("hamida", "hamza", False),  # the roster name has five letters: one edit, however long the spelling
    ],
)
def test_given_equal_loose(seen: str, name: str, ok: bool) -> None:
    assert given_equal(seen, name, loose=True) is ok
    if ok and not given_equal(seen, name):
        assert len(name) >= 6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amilea Kowalczyk won the spelling bee", [("Amilea Kowalczyk", "full", "fuzzy")]),
        # Smith is an everyday word: two edits from Jacob beside it is somebody else
        ("Jakobe Smith won the spelling bee", []),
        # A given name of its own is a sibling, not a misspelling: Oliver Pemberton and Olivia Haworth are pupils
        # (the bare first name is still found, as a first name)
        ("Olivia Pemberton scored twice for the girls' team", [("Olivia", "first", "exact")]),
        ("Oliver Haworth passed his driving test", [("Oliver", "first", "exact")]),
        ("Harry Sinclair-Moss won the race", []),  # Harvey's surname
    ],
)
def test_two_edits_only_beside_a_rare_surname(text: str, expected: list[tuple[str, str, str]]) -> None:
    index = name_index(profile())
    assert [(m.text, m.form, m.variant) for m in index.analyse(ctx(text))] == expected


def test_misspelt_given_name_before_exact_surname() -> None:
    # "Milly" is not Amelia Kowalczyk's roster alias "Millie" but another spelling of it
    index = name_index(profile())
    found = [(m.text, m.form, m.variant) for m in index.analyse(ctx("Milly Kowalczyk won the spelling bee"))]
    assert found == [("Milly Kowalczyk", "full", "fuzzy")]
    assert index.analyse(ctx("Molly Kowalczyk won the spelling bee")) == []


def test_deletion_index_finds_close_surnames_only() -> None:
    index = DeletionIndex(["okafor", "oneill", "whitfield", "khan"])
    assert index.lookup("okafr") == {"okafor"}
    assert index.lookup("whitfeild") == {"whitfield"}
    assert index.lookup("kahn") == {"khan"}
    assert index.lookup("than") == set()
    assert index.lookup("ok") == set()


@pytest.mark.parametrize(
    ("text", "start", "initial"),
    [("Grace was here", 0, True), ("Well. Grace was here", 6, True), ("with Grace", 5, False),
     ("\n Grace", 2, True), ('"Grace', 1, True), ("and, Grace", 5, False)],
)
def test_sentence_initial(text: str, start: int, initial: bool) -> None:
    assert sentence_initial(text, start) is initial


@pytest.mark.parametrize(
    ("text", "name", "reads"),
    [
        ("Mo made my class laugh", "Mo", True),
        ("Hope in my class drew a dragon", "Hope", True),
        ("Hope in 3L finally cracked it", "Hope", True),
        ("Hope finally cracked long division", "Hope", True),
        ("Best drawer: Hope\nBest laugh: Mo", "Hope", True),
        ("Best laugh: Mo 😂", "Mo", True),
        ("Summer was the best Mary the nativity has ever seen", "Summer", True),
        ("Summer was a (slightly bossy) angel in the nativity", "Summer", True),
        ("Hope played a very loud shepherd", "Hope", True),
        ("Destiny's poem is painted on the library wall", "Destiny", True),
        ("Hope says it was not even muddy", "Hope", True),
        # the word, not the name
        ("Summer's day at last", "Summer", False),
        ("May's weather has been awful", "May", False),
        ("Rain stopped play", "Rain", False),
        ("Hope you're all well", "Hope", False),
        ("Will do, see you at school", "Will", False),
        ("Mark my words", "Mark", False),
        ("Rose tinted memories of school", "Rose", False),
        ("Joy.", "Joy", False),
        ("Snow day. Joy", "Joy", False),
        ("Note: Hope springs eternal", "Hope", False),
        ("Summer was a washout", "Summer", False),
        ("Summer is the best season for a nativity rehearsal", "Summer", False),
        ("Will be an angel and do the washing up", "Will", False),
    ],
)
def test_reads_as_name(text: str, name: str, reads: bool) -> None:
    start = text.index(name)
    m = Mention(start, start + len(name), "first", (), sentence_initial=True)
    assert reads_as_name(text, m) is reads


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("@jakesmith_16 hi", ["jakesmith_16"]),
        ("@aisha.begum.art!", ["aisha.begum.art", "aisha.begum", "aisha"]),
        ("thanks @jo.", ["jo"]),
        ("@jo.Great", ["jo.Great", "jo"]),
    ],
)
def test_handle_bodies_longest_first(text: str, bodies: list[str]) -> None:
    m = HANDLE_RE.search(text)
    assert m is not None
    found = list(handle_bodies(m))
    assert [b for b, _ in found] == bodies
    assert all(text[m.start(1) : end] == b for b, end in found)


def test_email_is_not_a_handle() -> None:
    assert HANDLE_RE.search("office@hollinsgreen.example.sch.uk") is None


@pytest.mark.parametrize(
    ("text", "form", "ids"),
    [
        ("#WellDoneAmeliaK", "hashtag", ["P0001"]),
        ("#JakeSmith", "hashtag", ["P0002"]),
        ("#GoHarveySinclairMoss", "hashtag", ["P0020"]),
        ("#ameliakowalczyk", "hashtag", ["P0001"]),
        ("#Amelia", "first", ["P0001"]),
        ("#HGAFamily", None, []),
        ("#summerholidays", None, []),
    ],
)
def test_hashtags(text: str, form: str | None, ids: list[str]) -> None:
    index = name_index(profile())
    mentions = index.analyse(ctx(text))
    assert [m.form for m in mentions][:1] == ([form] if form else [])
    assert [index.people[i].id for m in mentions for i in m.people] == ids


def test_partial_name_is_its_own_form() -> None:
    index = name_index(profile())
    (m,) = index.analyse(ctx("Amelia K was brilliant"))
    assert (m.form, m.text) == ("partial", "Amelia K")
    assert index.analyse(ctx("Amelia I think"))[0].form == "first"


def test_index_is_shared_and_analysis_memoised() -> None:
    assert name_index(profile()) is name_index(profile())
    c = ctx("Amelia Kowalczyk")
    index = name_index(profile())
    assert index.analyse(c) is index.analyse(c)


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("Jake Smiht was brilliant", True),  # capitalised exact half anchors the misspelling
        ("amelia kowalczik was brilliant", True),  # a rare name anchors it in any case
        ("Amelai Kowalczyk was brilliant", True),
        ("jake smith was brilliant", True),  # exact full names: any case
        ("jake smiht was brilliant", False),  # lower-case everyday-frequency name next to an unknown word
    ],
)
def test_misspelt_half_needs_a_name_like_anchor(text: str, full: bool) -> None:
    index = name_index(profile())
    assert any(m.form == "full" for m in index.analyse(ctx(text))) is full


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("Amelia K was brilliant", True),
        ("amelia went to the shop with a k", True),  # a bag, not an order: cheap and never misses
        ("Amelia was brilliant", False),  # no one-letter word: cannot be a partial name
        ("i will f off", False),  # an everyday word that is a name (William Fairbrother) counts only capitalised
        ("Will F was brilliant", True),
    ],
)
def test_partial_name_triggers(text: str, opens: bool) -> None:
    from smscreen.detectors.identifying import IdentifyingDetector

    detector = IdentifyingDetector(options={"kinds": ["partial"]}, profile=profile())
    c = ctx(text)
    assert detector.triggers.present(c.post, c.words) is opens


def test_name_words_of_some_people_are_a_part_of_everyones() -> None:
    index = name_index(profile())
    everyone = index.name_words(range(len(index.people)))
    assert everyone.full_bags == index.full_bags and everyone.initial_bags == index.initial_bags
    assert everyone.given_words == index.given_words and everyone.title_names == index.adult_name_words
    parents = index.name_words(i for i, p in enumerate(index.people) if p.role == "parent")
    assert {"dawn", "gary", "kowalczyk", "smith"} <= parents.full_words | parents.full_cased
    assert "amelia" not in parents.full_words | parents.full_cased | parents.given_words
    assert frozenset({"dawn", "kowalczyk"}) in parents.full_bags
    assert frozenset({"amelia", "kowalczyk"}) not in parents.full_bags
    assert parents.title_names == {"kowalczyk", "smith", "ashworth", "adeyemi"}
    assert index.name_words([]).full_bags == frozenset()


@pytest.mark.parametrize("title", sorted(TITLES))
@pytest.mark.parametrize("template", ["Thanks to {} Khan for today", "{} Khan", "thanks ({}\nKhan)", "Hi {} Okafr!"])
def test_every_title_is_found_where_it_stands(title: str, template: str) -> None:
    """Titles are found by the name matcher's pass (or, for one the tokenizer splits, by reading the tokens). A
    military rank is a title only in a post about the cadet force."""
    index = name_index(profile())
    text = template.format(title.capitalize())
    if title in _RANKS:
        assert not [m for m in index.analyse(ctx(text)) if m.form == "title"]
        text = f"CCF: {text}"
    mentions = [m for m in index.analyse(ctx(text)) if m.form == "title"]
    surname = "Okafor" if "Okafr" in template else "Khan"
    assert [(m.variant, index.people[m.people[0]].last_name) for m in mentions] == [
        ("fuzzy" if surname == "Okafor" else "exact", surname)
    ]
    assert not [m for m in index.analyse(ctx(f"#{title}Khan, {title}")) if m.form == "title"]


@pytest.mark.parametrize(
    "text",
    [
        "Amelia K was brilliant",
        "Amelia  K was brilliant",
        "amelia went to the shop with a k",
        "J. Smith has been moved up",
        "J Smith has been moved up",
        "A. Kowalczyk and I. Smith",
        "IM SMITH",  # the tokenizer splits "im": "i" "m"
        "5M Smith",  # and a unit after a number
        "Amelai Kowalczyk was brilliant",
        "amelia kowalczik was brilliant",
        "Jake Smiht was brilliant",
        "Harvey Sinclair-Mos told a joke",
        "Well done to Harvey Sinclair-\nMos",
        "Kowalczyk, Amelia",
        "Mrs O'Neil covered",
        "miss jo was here",
        "cannot wait, amelia",
        "#WellDoneAmeliaK and @kwame_a",
        "SO PROUD OF AMELIA KOWALCZYK",
        "Smith's dad dropped by",
        "the smith family",
        "",
    ],
)
def test_possible_forms_never_leave_out_a_form_the_analysis_finds(text: str) -> None:
    index = name_index(profile())
    c = ctx(text)
    possible = index.possible_forms(c)
    assert {m.form for m in index.analyse(c) if m.form not in ("handle", "hashtag")} <= possible


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("the smith family had a lovely day", {"full", "initial", "partial", "title"}),
        ("Amelia was brilliant", {"full", "initial", "partial", "title"}),
        ("Amelia. A great day", {"partial"}),  # the capital starts a sentence, not a surname initial
        ("GREAT SMITH", {"initial"}),  # "T" ends a word: no token of one letter
    ],
)
def test_possible_forms_rule_out_what_cannot_be_there(text: str, absent: set[str]) -> None:
    c = ctx(text)
    index = name_index(profile())
    assert name_index(profile()).possible_forms(c).isdisjoint(absent)
    assert not {m.form for m in index.analyse(c)} & absent


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("blaise", "blaze", True),
        ("aiden", "aidan", True),
        ("jayden", "jaden", True),
        ("isobel", "isabel", True),
        ("olivia", "oliver", False),  # siblings' names, not one name
        ("sophie", "sofia", False),  # too few consonants to compare
        ("zoe", "zoey", False),  # short
        ("katherine", "catherine", False),  # another first letter
        ("grace", "grase", True),  # soft c
    ],
)
def test_given_names_that_sound_alike(a: str, b: str, same: bool) -> None:
    assert sound_equal(a, b) is same
    assert sound_key("blaise") == sound_key("blaze") == "bls"
