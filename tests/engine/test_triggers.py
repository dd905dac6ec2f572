from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smscreen.detectors.base import PostMarks, Triggers
from smscreen.engine.evaluate import post_words
from smscreen.engine.matchers import ascii_word_list, post_word_list
from smscreen.engine.triggers import TriggerIndex
from smscreen.models import Account, Post

TRIGGERS = [
    Triggers(words=frozenset({"pillock", "numpty"})),
    Triggers(phrases=frozenset({frozenset({"kill", "yourself"}), frozenset({"nobody", "likes", "you"})})),
    Triggers(cased=frozenset({"will", "grace"})),
    Triggers(digits=True),
    Triggers(at=True, hash=True),
    Triggers(fields=frozenset({"in_reply_to", "official"})),
    Triggers(always=True),
    Triggers(),
    Triggers(patterns=(re.compile(r"\d[A-Z]"),)),
    Triggers(at_patterns=(re.compile(r"@jo\b"),), hash_patterns=(re.compile(r"#tag\b"),)),
    Triggers(words=frozenset({"pillock"}), also=Triggers(digits=True)),
    Triggers(cased=frozenset({"will"}), also=Triggers(words=frozenset({"you"}), at=True)),
    Triggers(digits=True, also=Triggers(patterns=(re.compile(r"[a-z]\d"),), fields=frozenset({"in_reply_to"}))),
    Triggers(phrases=frozenset({frozenset({"nobody", "likes"})}), also=Triggers(cased=frozenset({"grace"}))),
    Triggers.any_of([
        Triggers(words=frozenset({"x"}), also=Triggers(hash=True)),
        Triggers(cased=frozenset({"grace"})),
        Triggers(fields=frozenset({"official"}), also=Triggers(words=frozenset({"day"}))),
    ]),
]
INDEX = TriggerIndex(TRIGGERS)
VOCAB = ["x5", "pillock", "numpty", "kill", "yourself", "nobody", "likes", "you", "will", "Will", "grace", "Grace",
         "GRACE", "the", "5B", "@jo", "#tag", "day", "x"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(VOCAB), max_size=12),
    st.booleans(),
    st.sampled_from(["personal", "official"]),
)
def test_index_opens_exactly_what_each_matcher_would(words: list[str], reply: bool, kind: str) -> None:
    text = " ".join(words)
    post = Post(text=text, in_reply_to="@a" if reply else None, account=Account.model_validate({"kind": kind}))
    norm_words = post_words(text.lower())
    marks = PostMarks.of(text)
    expected = {i for i, t in enumerate(TRIGGERS) if t.present(post, norm_words, marks)}
    assert INDEX.open(text, norm_words, marks, post) == expected
    # Without the post, metadata cannot open anything.
    bare = {i for i, t in enumerate(TRIGGERS) if t.present_in_text(text, norm_words, marks)}
    assert INDEX.open(text, norm_words, marks) == bare


def test_bags_need_every_word() -> None:
    t = Triggers(phrases=frozenset({frozenset({"nobody", "likes", "you"})}))
    assert not t.present(Post(text="nobody knows"), post_words("nobody knows"))
    assert t.present(Post(text="you know nobody likes it"), post_words("you know nobody likes it"))


def test_cased_words_need_a_capital_in_the_original() -> None:
    t = Triggers(cased=frozenset({"will"}))
    assert not t.present(Post(text="i will go"), post_words("i will go"))
    assert t.present(Post(text="Will went"), post_words("will went"))


def test_also_is_a_conjunction() -> None:
    t = Triggers(words=frozenset({"pillock"}), also=Triggers(digits=True))
    assert not t.present(Post(text="a pillock"), post_words("a pillock"))
    assert not t.present(Post(text="room 5"), post_words("room 5"))
    assert t.present(Post(text="a pillock in room 5"), post_words("a pillock in room 5"))
    # A union is a necessary condition: it keeps the words and drops the conjunction.
    union = Triggers.union([t])
    assert union.also is None
    assert union.present(Post(text="a pillock"), post_words("a pillock"))


def test_also_cannot_nest() -> None:
    import pytest

    with pytest.raises(ValueError, match="also"):
        Triggers(digits=True, also=Triggers(at=True, also=Triggers(hash=True)))


def test_any_of_keeps_each_parts_conjunction() -> None:
    t = Triggers.any_of([Triggers(words=frozenset({"pillock"}), also=Triggers(digits=True)), Triggers(at=True)])
    assert t.present(Post(text="@jo hi"), post_words("@jo hi"))
    assert not t.present(Post(text="a pillock"), post_words("a pillock"))
    assert t.present(Post(text="a pillock in room 5"), post_words("a pillock in room 5"))
    # Without a conjunction it is the plain union.
    assert Triggers.any_of([Triggers(at=True), Triggers(hash=True)]) == Triggers(at=True, hash=True)


@pytest.mark.parametrize(
    ("mark", "tags", "text", "found"),
    [
        ("@", ["@JakeSmith_16"], "hi @jakesmith_16!", True),
        ("@", ["@JakeSmith_16"], "@JAKESMITH_16 hi", True),
        ("@", ["@JakeSmith_16"], "hi @jakesmith_167", False),  # another handle
        ("@", ["@JakeSmith_16"], "mail x@jakesmith_16", False),  # an address, not a handle
        ("@", ["@JakeSmith_16"], "@someone_else hi", False),
        ("#", ["#HGAFamily"], "proud #hgafamily", True),
        ("#", ["#HGAFamily"], "proud #HGAFamilyDay", False),
        ("#", ["#HGAFamily"], "&#HGAFamily;", False),  # an HTML entity
    ],
)
def test_tag_pattern_reads_tags_as_the_detectors_do(mark: str, tags: list[str], text: str, found: bool) -> None:
    from smscreen.detectors.base import tag_pattern

    pattern = tag_pattern(mark, tags)
    assert pattern is not None
    assert (pattern.search(text) is not None) is found


def test_tag_pattern_without_tags_is_none() -> None:
    from smscreen.detectors.base import tag_pattern

    assert tag_pattern("@", []) is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_ascii_marks_and_words_match_the_text_versions(text: str) -> None:
    # The first pass reads marks and words from the lowered text's bytes: the same as from the text itself.
    raw = text.lower().encode("ascii")
    assert PostMarks.of_ascii(raw) == PostMarks.of(text)
    assert ascii_word_list(raw) == post_word_list(text.lower())
