from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from smscreen.detectors.base import PostMarks, Triggers
from smscreen.engine.evaluate import post_words
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
]
INDEX = TriggerIndex(TRIGGERS)
VOCAB = ["pillock", "numpty", "kill", "yourself", "nobody", "likes", "you", "will", "Will", "grace", "Grace",
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
