"""The roster detector: every form a roster name takes, and the names that must not flood the output."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

import pytest
import spacy

from smscreen.detectors.base import Hit, PostContext
from smscreen.detectors.roster import RosterDetector
from smscreen.models import Account, Post
from smscreen.normalize import Normalizer
from smscreen.profile import SchoolProfile, load_profile
from tests.conftest import DEMO_SCHOOL


@cache
def profile() -> SchoolProfile:
    return load_profile(DEMO_SCHOOL)


@cache
def _nlp() -> Any:
    return spacy.blank("en")


def ctx(text: str, **meta: Any) -> PostContext:
    post = Post(text=text, **meta)
    return PostContext(post=post, norm=Normalizer()(text), profile=profile(), make_doc=_nlp().make_doc)


def find(text: str, options: dict[str, Any] | None = None, **meta: Any) -> list[Hit]:
    return list(RosterDetector(options=options or {}, profile=profile()).find(ctx(text, **meta)))


def spans(text: str, options: dict[str, Any] | None = None, **meta: Any) -> list[tuple[str, str | None, str]]:
    return [
        (text[h.start : h.end] if h.start is not None else "", h.subject.id if h.subject else None,
         h.evidence["name_form"])
        for h in find(text, options, **meta)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Well done Amelia Kowalczyk!", [("Amelia Kowalczyk", "P0001", "full")]),
        ("amelia kowalczyk was great", [("amelia kowalczyk", "P0001", "full")]),
        ("AMELIA KOWALCZYK WON", [("AMELIA KOWALCZYK", "P0001", "full")]),
        ("Amelia Kowalczyk's poem", [("Amelia Kowalczyk", "P0001", "full")]),
        ("Siobhan O'Rourke’s project", [("Siobhan O'Rourke", "P0011", "full")]),
        ("Kowalczyk, Amelia by the window", [("Kowalczyk, Amelia", "P0001", "full")]),
        ("Well done Amelia\nKowalczyk", [("Amelia\nKowalczyk", "P0001", "full")]),
        ("Libby Ashworth sang", [("Libby Ashworth", "P0005", "full")]),
        ("Beth Ashworth sang", [("Beth Ashworth", "P0005", "full")]),  # nicknames package
        ("Xander Dunmore asked", [("Xander Dunmore", "P0004", "full")]),  # supplementary nicknames
        ("Billy Fairbrother scored", [("Billy Fairbrother", "P0006", "full")]),  # roster alias
        ("Amelia Rose Kowalczyk", [("Amelia Rose Kowalczyk", "P0001", "full")]),  # a middle name
        ("Amelia Kowalczik won", [("Amelia Kowalczik", "P0001", "full")]),  # transposition, 9 letters
        ("Harvey Sinclair-Mos won", [("Harvey Sinclair-Mos", "P0020", "full")]),  # multi-token surname
        ("J. Smith moved up", [("J. Smith", "P0002", "initial")]),
        ("Mr Khan taught", [("Mr Khan", "S002", "title")]),
        ("Mrs O'Neill retires", [("Mrs O'Neill", "S003", "title")]),
        ("Mr. Okafor ran it", [("Mr. Okafor", "S005", "title")]),
        ("Mrs O'Neil covered", [("Mrs O'Neil", "S003", "title")]),  # misspelt after a title
        ("Mr Kahn baked", [("Mr Kahn", "S002", "title")]),  # 4 letters: only a swap is allowed
        ("Mrs Oneil covered", [("Mrs Oneil", "S003", "title")]),  # compared by letters: one edit from O'Neill
        ("Mrs O Neil covered", [("Mrs O Neil", "S003", "title")]),  # the particle written apart
        ("Mrs O made tea", []),  # a particle alone is not a surname
        ("Mr O Neal covered", []),  # two edits from O'Neill
        ("Look @jakesmith_16", [("@jakesmith_16", "P0002", "handle")]),
        ("#WellDoneAmeliaK", [("#WellDoneAmeliaK", "P0001", "hashtag")]),
        ("#welldoneameliakowalczyk", [("#welldoneameliakowalczyk", "P0001", "hashtag")]),
        ("#GoHarveySinclairMoss", [("#GoHarveySinclairMoss", "P0020", "hashtag")]),
        ("Amelia in 5B read it all", [("Amelia", "P0001", "first")]),
        ("Millie was pupil of the week", [("Millie", "P0001", "first")]),
        ("Shout out to Grace in 4R", [("Grace", "P0007", "first")]),
        ("Tommy in 5G built a volcano", [("Tommy", "P0021", "first")]),  # roster name beats a nickname
    ],
)
def test_name_forms_found(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Amelia and I went for a run",  # first name, no school context
        "Grace was a lovely hymn to sing in assembly",  # name-word at a sentence start, not their form
        "Will you be at school tomorrow?",
        "I hope my class enjoy the holidays",  # lower-case word
        "May I say how lovely the weather is in Year 5",
        "Mark my words, the children in my class will ace it",
        "Joy and hope to all our pupils this Christmas",
        "Our Summer Fair for the pupils",
        "Rose Garden trip for the pupils",  # followed by another capitalised word: another name
        "Amelia Earhart flew the Atlantic",
        "Will Smith films",
        "Victoria Beckham's collection",  # a pupil shares the surname only
        "Imran Khan's party won the vote",  # famous namesake of a member of staff, no school context
        "Sadiq Khan announced",
        "Amelia B from book club",  # somebody else's Amelia
        "Dawn was lovely in my class",  # a parent's first name alone
        "Callum came to see my class",  # a former pupil's first name alone
    ],
)
def test_hard_negatives(text: str) -> None:
    assert spans(text) == []


def test_famous_namesake_counts_with_work_context() -> None:
    assert spans("Imran Khan ran a brilliant staff INSET today") == [("Imran Khan", "S002", "full")]


def test_extra_namesakes_option() -> None:
    assert spans("Summer Whitcombe is playing tonight", {"namesakes": ["Summer Whitcombe"]}) == []
    assert spans("Summer Whitcombe read in class", {"namesakes": ["Summer Whitcombe"]}) == [
        ("Summer Whitcombe", "P0009", "full")
    ]


def test_own_name_is_not_a_reference() -> None:
    assert spans("Mrs O'Neill retires this year", author_id="S003") == []
    assert spans("Mrs O'Neill retires this year", author_id="S002") == [("Mrs O'Neill", "S003", "title")]


@pytest.mark.parametrize(
    ("options", "text", "ids"),
    [
        ({"roles": ["pupil"]}, "Mr Khan and Amelia Kowalczyk", ["P0001"]),
        ({"roles": ["staff"]}, "Mr Khan and Amelia Kowalczyk", ["S002"]),
        ({"roles": ["parent"]}, "Mrs Kowalczyk and Amelia Kowalczyk", ["R001"]),
        ({"forms": ["handle"]}, "Amelia Kowalczyk and @jakesmith_16", ["P0002"]),
        ({"consent": ["no"]}, "Amelia Kowalczyk and Jake Smith", ["P0002"]),
        ({"consent": ["yes"]}, "Amelia Kowalczyk and Jake Smith", ["P0001"]),
        ({"context": "always"}, "Congratulations to Jake!", ["P0002"]),
        ({}, "Congratulations to Jake!", []),
    ],
)
def test_options_filter(options: dict[str, Any], text: str, ids: list[str]) -> None:
    assert [h.subject.id for h in find(text, options) if h.subject] == ids


def test_disabled_by_setting() -> None:
    on = {"disabled_by": "official.allow_pupil_surnames", "settings": {"official": {"allow_pupil_surnames": True}}}
    off = {"disabled_by": "official.allow_pupil_surnames", "settings": {"official": {"allow_pupil_surnames": False}}}
    assert find("Jake Smith", on) == []
    assert len(find("Jake Smith", off)) == 1


@pytest.mark.parametrize("bad", [{"roles": ["teacher"]}, {"forms": ["nickname"]}, {"context": "sometimes"},
                                 {"colour": "red"}])
def test_bad_options_are_errors(bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        RosterDetector(options=bad, profile=profile())


def test_offsets_index_the_original_text() -> None:
    text = "So proud of Ame\u200blia Kowalczyk today"
    (hit,) = find(text)
    assert text[hit.start : hit.end] == "Ame\u200blia Kowalczyk"


def test_confidence_orders_the_evidence() -> None:
    full = find("Well done Amelia Kowalczyk")[0].confidence
    fuzzy = find("Well done Amelia Kowalczik")[0].confidence
    form = find("Amelia in 5B read it")[0].confidence
    school = find("Amelia was pupil of the week")[0].confidence
    assert full > fuzzy and full > form > school > 0


def test_ambiguous_first_name_has_no_subject() -> None:
    from smscreen.profile.model import Person

    extra = Person(id="P9999", role="pupil", first_name="Amelia", last_name="Zed", form="3L", year_group="3")
    twins = profile().model_copy(update={"people": (*profile().people, extra)})
    detector = RosterDetector(options={}, profile=twins)
    post = Post(text="Amelia was pupil of the week")
    hits = detector.find(PostContext(post=post, norm=Normalizer()(post.text), profile=twins,
                                     make_doc=_nlp().make_doc))
    assert len(hits) == 1 and hits[0].subject is None and "one of 2" in hits[0].label
    post = Post(text="Amelia in 3L was pupil of the week")
    hits = detector.find(PostContext(post=post, norm=Normalizer()(post.text), profile=twins,
                                     make_doc=_nlp().make_doc))
    assert [h.subject.id for h in hits if h.subject] == ["P9999"]  # the written form decides


def test_triggers_cover_name_words_handles_and_hashtags() -> None:
    triggers = RosterDetector(options={}, profile=profile()).triggers
    assert {"kowalczyk", "amelia", "millie", "neill"} <= triggers.words
    assert "mrs" in triggers.cased  # a title opens capitalised, or in lower case beside an adult's name
    assert triggers.hash
    # A handle opens only when it is a roster handle, not on any "@" (every reply on X has one).
    c = ctx("@jakesmith_16 see you at the match")
    assert triggers.present(c.post, c.words)
    c = ctx("@someone see you at the match")
    assert not triggers.present(c.post, c.words)


def test_cost_does_not_scale_with_roster() -> None:
    """1,500 extra pupils: the per-post work stays dictionary look-ups (no per-person loop)."""
    import time

    from smscreen.profile.model import Person

    people = [Person(id=f"Z{i:05d}", role="pupil", first_name=f"Given{i}", last_name=f"Family{i}", form="4R")
              for i in range(1500)]
    big = profile().model_copy(update={"people": (*profile().people, *people)})
    small_det = RosterDetector(options={}, profile=profile())
    big_det = RosterDetector(options={}, profile=big)
    text = "So proud of Amelia Kowalczyk and Jake in 5B, and Mr Khan's class #WellDoneAmeliaK"

    def per_post(det: RosterDetector, prof: SchoolProfile) -> float:
        best = float("inf")
        for _ in range(5):
            t = time.perf_counter()
            for _ in range(50):
                det.find(PostContext(post=Post(text=text), norm=Normalizer()(text), profile=prof,
                                     make_doc=_nlp().make_doc))
            best = min(best, time.perf_counter() - t)
        return best / 50

    assert per_post(big_det, big) < 3 * per_post(small_det, profile()) + 0.0005


def test_dated_post_and_account_do_not_matter_to_names() -> None:
    hits = find("Jake Smith", created_at=datetime(2026, 1, 1), account=Account(kind="official"))
    assert [h.subject.id for h in hits if h.subject] == ["P0002"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harvey Sinclair Moss told a joke", [("Harvey Sinclair Moss", "P0020", "full")]),  # hyphen as a space
        ("Well done Harvey Sinclair-\nMoss today", [("Harvey Sinclair-\nMoss", "P0020", "full")]),  # line break
        ("#ThankYouMrKhan from us all", [("#ThankYouMrKhan", "S002", "hashtag")]),
        ("Gaz Smith ran the barbecue", [("Gaz Smith", "R002", "full")]),  # British diminutive
    ],
)
def test_more_name_forms(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert spans(text) == expected


def test_a_named_parent_ties_their_child() -> None:
    text = "Gary Smith (Jake's dad) fixed the minibus"
    assert ("Jake", "P0002", "first") in spans(text)
    # No family word: a Jake before Gary Smith is not taken for his son; after him, he is ("about how Hope is
    # getting on" after "Mr Adeyemi").
    assert ("Jake", "P0002", "first") not in spans("Jake and I went to the pub with Gary Smith")
    assert ("Jake", "P0002", "first") in spans("Lovely chat with Gary Smith about how Jake is getting on")
    assert ("Jake", "P0002", "first") in spans("Jake's dad Gary Smith fixed the minibus")


@pytest.mark.parametrize(
    ("text", "meta", "expected"),
    [
        # The reply (or an @mention in the metadata) says whose first name it is: a pupil's, or a former pupil's.
        ("Not on here please Jake, see you Monday", {"in_reply_to": "@jakesmith_16"}, [("Jake", "P0002", "first")]),
        ("Cheers Callum, good to hear college is going well", {"in_reply_to": "@callum_breck"},
         [("Callum", "P0013", "first")]),
        ("Cheers Callum, good to hear college is going well", {"mentions": ("@callum_breck",)},
         [("Callum", "P0013", "first")]),
        # Somebody else's reply, or none: a first name alone.
        ("Not on here please Jake, see you Monday", {"in_reply_to": "@someone_else"}, []),
        ("Cheers Callum, good to hear college is going well", {}, []),
    ],
)
def test_the_person_replied_to_is_named_by_first_name(
    text: str, meta: dict[str, Any], expected: list[tuple[str, str, str]]
) -> None:
    assert spans(text, {"roles": ["pupil", "former-pupil"]}, **meta) == expected


def test_a_neighbour_is_not_the_member_of_staff() -> None:
    assert spans("Mrs Khan from next door brought round a cake") == []
    assert spans("Mr Khan next door to my classroom lent me glue for my class") == [("Mr Khan", "S002", "title")]


@pytest.mark.parametrize(
    ("forms", "text", "opens"),
    [
        (["first"], "Amelia was brilliant today", False),  # a bare first name and no cue: nothing to report
        (["first"], "Amelia was brilliant in assembly", True),
        (["first"], "Amelia in 5B was brilliant", True),
        (["first"], "Gary Smith and his son Jake", True),  # a family word may tie a child's first name
        (["handle", "hashtag"], "Amelia Kowalczyk was brilliant", False),
        (["handle", "hashtag"], "well done #AmeliaK", True),
        (["full"], "amelia kowalczyk", True),
        (["full"], "a hall and a wood", False),  # everyday-frequency surnames, lower case, no full name
        (["title"], "mr murphy doing the flapjack run", True),  # a lower-case title beside an adult's name
        (["title"], "Mr Bean is on telly", True),  # capitalised: the title alone opens; the analysis decides
        (["title"], "mr bean is on telly", False),  # lower case and no roster name: nothing it can anchor
        (["title"], "miss murphy is great", True),  # an everyday word + an adult's name
        (["title"], "i miss you", False),
        (["title"], "miss you all", False),
    ],
)
def test_triggers_follow_the_requested_forms(forms: list[str], text: str, opens: bool) -> None:
    detector = RosterDetector(options={"forms": forms}, profile=profile())
    c = ctx(text)
    assert detector.triggers.present(c.post, c.words) is opens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # British diminutives the nicknames package lacks.
        ("My mentor Bernie covered my class today", [("Bernie", "S003", "first")]),
        ("Bernie Sanders is on the news again", []),
        ("Bernie and I went to the cinema", []),  # no work or school context
    ],
)
def test_british_diminutives(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shout out to J. Smith & Sons Plumbing for coming out", []),
        ("jake smith plumbing services, highly recommend", []),
        ("Mr Khan & Sons Builders fixed the roof", []),
        # Not a firm: the person, then ordinary words.
        ("Jake Smith and his mum came in", [("Jake Smith", "P0002", "full")]),
        ("Jake Smith and family came to the fair", [("Jake Smith", "P0002", "full")]),
        ("Well done Jake Smith building a great model", [("Jake Smith", "P0002", "full")]),
        ("Mr Khan and Co were brilliant at quiz night", [("Mr Khan", "S002", "title")]),
    ],
)
def test_a_firm_that_shares_a_name(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert spans(text) == expected


# -- triggers: only the names of the people a detector reports ---------------------------------------------


@cache
def _shipped_roster_options() -> tuple[tuple[str, dict[str, Any]], ...]:
    """Every roster matcher the shipped rulesets compile (``unless`` matchers too), with their options."""
    from smscreen import load_ruleset
    from smscreen.rules.schema import DetectorMatcher

    found: dict[str, tuple[str, dict[str, Any]]] = {}
    for name in ("uk-school-staff", "uk-school-official"):
        ruleset = load_ruleset(name)
        for rule in ruleset.rules.values():
            for spec in (*rule.matchers.values(), *(rule.unless or {}).values()):
                if isinstance(spec, DetectorMatcher) and spec.detector == "roster":
                    options = {**spec.options, "settings": ruleset.settings}
                    found.setdefault(repr(sorted(spec.options.items())), (f"{name}:{rule.id}", options))
    return tuple(found.values())


def _corpus_posts() -> list[Post]:
    from smscreen.readers import read_posts
    from tests.conftest import ROOT

    posts: list[Post] = []
    for name in ("demo-posts.jsonl", "blind-posts.jsonl", "blind2-posts.jsonl"):
        posts.extend(p for p in read_posts(ROOT / "corpora" / "posts" / name) if isinstance(p, Post))
    return posts


def test_triggers_hold_wherever_a_shipped_roster_matcher_hits() -> None:
    """Each matcher's triggers name only the people it may report (their roles and consent); on every post of
    the demo and blind corpora where it finds something, its triggers must be present."""
    posts = _corpus_posts()
    assert len(posts) > 500
    for label, options in _shipped_roster_options():
        detector = RosterDetector(options=options, profile=profile())
        hits = 0
        for post in posts:
            c = PostContext(post=post, norm=Normalizer()(post.text), profile=profile(), make_doc=_nlp().make_doc)
            if detector.find(c):
                hits += 1
                assert detector.triggers.present(post, c.words), (label, post.text)
        assert hits or detector.disabled, label


def test_triggers_hold_for_a_generated_school() -> None:
    """The same on a generated 400-person school, where parents, staff and pupils share names."""
    import random
    import tempfile
    from pathlib import Path

    from benchmarks.synthetic import make_posts, make_profile

    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as folder:
        school = load_profile(make_profile(Path(folder), 400, rng))
    texts = make_posts(school, 600, rng, clean_share=0.0)
    # Titles before staff and parents' surnames, and their full names, not only the pupils' of the templates.
    adults = [p for p in school.people if p.role in ("staff", "parent")]
    texts += [f"Thanks {rng.choice(['Mr', 'mrs', 'Miss'])} {p.last_name} and {p.first_name} {p.last_name} for today"
              for p in adults[:80]]
    opened = 0
    for label, options in _shipped_roster_options():
        detector = RosterDetector(options=options, profile=school)
        for text in texts:
            c = PostContext(post=Post(text=text), norm=Normalizer()(text), profile=school, make_doc=_nlp().make_doc)
            if detector.find(c):
                opened += 1
                assert detector.triggers.present(c.post, c.words), (label, text)
    assert opened > 500


@pytest.mark.parametrize(
    ("options", "text", "opens"),
    [
        # The parents' rule: a pupil's full name opens it only through a surname the pupil shares with a parent.
        ({"roles": ["parent"]}, "Olivia Haworth was brilliant today", False),
        ({"roles": ["parent"]}, "Dawn Kowalczyk was at the gate", True),
        ({"roles": ["parent"]}, "Libby Ashworth sang", True),  # Lorraine Ashworth is a parent
        ({"roles": ["parent"]}, "@jakesmith_16 see you later", False),  # a pupil's handle
        ({"roles": ["parent"]}, "@gazsmith see you later", True),
        ({"roles": ["parent"]}, "mrs kowalczyk was lovely", True),
        ({"roles": ["parent"]}, "mrs haworth was lovely", False),  # no parent of that name
        # The staff's rule: a pupil's name is not a colleague's.
        ({"roles": ["staff", "governor"]}, "Zainab Chaudhry won the prize", False),
        ({"roles": ["staff", "governor"]}, "Jaspreet Patel won the prize", True),
        # Only adults are named by title: a capitalised title opens nothing for the pupils.
        ({"roles": ["pupil"]}, "Mr Bean is on telly", False),
        ({"roles": ["staff"]}, "Mr Bean is on telly", True),
        # A bare first name never names a parent or a former pupil; on the school's own account (no context
        # needed) only the given names of the people reported open.
        ({"roles": ["parent", "former-pupil"], "forms": ["first"], "context": "always"}, "Dawn was lovely", False),
        ({"roles": ["pupil"], "forms": ["first"], "context": "always"}, "Well done Jaspreet", False),
        ({"roles": ["staff"], "forms": ["first"], "context": "always"}, "Well done Jaspreet", True),
        # Where context is needed, every first-name detector shares one conjunction: everyone's given names.
        ({"roles": ["pupil"], "forms": ["first"]}, "Jaspreet ran the school assembly", True),
        # Consent: the official account's rule reports only pupils without media consent.
        ({"roles": ["pupil"], "consent": ["no", "unknown"], "context": "always"}, "Well done Olivia!", False),
        ({"roles": ["pupil"], "consent": ["no", "unknown"], "context": "always"}, "Well done Zainab!", True),
        ({"roles": ["pupil"], "consent": ["no", "unknown"], "context": "always"}, "#WellDoneOliviaH", True),
    ],
)
def test_triggers_name_only_the_people_reported(options: dict[str, Any], text: str, opens: bool) -> None:
    detector = RosterDetector(options=options, profile=profile())
    c = ctx(text)
    assert detector.triggers.present(c.post, c.words) is opens
    if not opens:
        assert detector.find(c) == []


@pytest.mark.parametrize(
    "text",
    [
        "mrs khan from next door", "our neighbour mr khan", "the neighbours", "a neighbor", "neighbors again",
        "across the road", "over the street", "down the way", "on our street",
        "my dad", "daddy", "mum and mummy", "mom", "mother", "father", "parent", "parents", "son", "daughter",
        "child", "kid", "kids", "family", "grandad", "grandma", "nan", "stepdad", "stepmum", "stepson",
        "stepdaughter",
    ],
)
def test_word_gates_hold_wherever_their_regex_matches(text: str) -> None:
    """The neighbour regex runs only on posts with one of its gate's words (each match holds one); every family
    word is one word of the family set, as the post's words read it."""
    from smscreen.detectors.roster import _KIN_WORD_SET, _NEIGHBOUR, _NEIGHBOUR_WORDS

    words = ctx(text).words
    if _NEIGHBOUR.search(text):
        assert not _NEIGHBOUR_WORDS.isdisjoint(words), text
    else:
        assert not _KIN_WORD_SET.isdisjoint(words), text


def test_first_name_detectors_share_one_context_conjunction() -> None:
    """The trigger index tests a conjunction's context once per post for every detector that has it."""
    pupils = RosterDetector(options={"roles": ["pupil"], "forms": ["first"]}, profile=profile()).triggers
    staff = RosterDetector(options={"roles": ["staff", "governor"], "forms": ["first"]}, profile=profile()).triggers
    shared = staff.alternatives[0]
    assert shared.also is not None and shared in pupils.alternatives
    # The pupils' detector adds only its own conjunction: a pupil's given name with a pupil's rare surname.
    extra = [part for part in pupils.alternatives if part != shared]
    assert len(extra) == 1 and extra[0].also is not None and "chaudhry" in extra[0].also.words


@pytest.mark.parametrize(
    ("options", "text", "expected"),
    [
        ({"forms": ["partial"]}, "Amelia K was brilliant", [("Amelia K", "P0001", "partial")]),
        ({"forms": ["partial"]}, "Libby A. sang", [("Libby A", "P0005", "partial")]),
        ({"forms": ["partial"], "roles": ["parent"]}, "Dawn K was at the gate", [("Dawn K", "R001", "partial")]),
        ({"forms": ["partial"], "roles": ["parent"]}, "Amelia K was brilliant", []),  # a pupil, not a parent
        ({"forms": ["partial"]}, "Amelia B from the book club", []),  # no Amelia B on the roster
        ({"forms": ["partial"]}, "will a train come", []),  # everyday words, not a name and an initial
        ({}, "Amelia K was brilliant", []),  # not a default form: rules that list no forms are unchanged
    ],
)
def test_partial_name_form(options: dict[str, Any], text: str, expected: list[tuple[str, str, str]]) -> None:
    detector = RosterDetector(options=options, profile=profile())
    c = ctx(text)
    got = [(text[h.start : h.end].rstrip("."), h.subject.id if h.subject else "", h.evidence["name_form"])
           for h in detector.find(c)]
    assert got == expected
    if expected:
        assert detector.triggers.present(c.post, c.words)


def test_one_subject_per_person() -> None:
    from smscreen.detectors.roster import subject_of
    from smscreen.models import Subject

    person = profile().people[0]
    first, again = subject_of(person), subject_of(person)
    assert first == Subject(id=person.id, role=person.role)
    assert again is first  # frozen, so every hit may share it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A pupil's rare surname on its own is the family: their first name is tied
        ("Zainab has her grandad's stubbornness. A true Chaudhry.", [("Zainab", "P0012", "first")]),
        ("Zainab has her grandad's stubbornness.", []),
        ("Jake came round for tea. The Smiths are such a lovely family", []),  # a surname that is a word
        ("Zainab came for tea. The Chaudhrys are such a lovely family", [("Zainab", "P0012", "first")]),
        # a rare surname that is also a place ("Haworth", a Yorkshire village) is read as a family's only so
        ("Lovely walk around Haworth with Liv today", []),
        ("Liv and the Haworth family came round", [("Liv", "P0003", "first")]),
        # everyday words of adult life are no school context
        ("Chest day at the gym with Grace, pecs on fire", []),
        ("Took Nan to get her new walking frame, Hope came too", []),
        ("Physio session for my knee with Libby this morning", []),
        # inside a full name it is that person's name, not a family word
        ("Hope you are well. Summer Whitcombe is playing at the bandstand", [("Summer Whitcombe", "P0009", "full")]),
    ],
)
def test_a_pupils_rare_surname_ties_their_first_name(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert spans(text) == expected
