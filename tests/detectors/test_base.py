"""Bag keys: a bag is filed under its rarest and second rarest word (shorter than three letters last)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from smscreen.detectors.base import BagIndex, bag_keys
from smscreen.frequency import zipf

WORDS = ["the", "you", "amelia", "kowalczyk", "a", "b", "to", "smith", "jack", "year", "5b", "zzqx", "will"]


def _sorted_keys(bag: frozenset[str]) -> tuple[str, str]:
    ordered = sorted(bag, key=lambda w: (len(w) < 3, zipf(w), -len(w), w))
    return ordered[0], ordered[1] if len(ordered) > 1 else ""


# No deadline: the first non-ASCII word imports wordfreq.
@settings(deadline=None)
@given(st.frozensets(st.sampled_from(WORDS) | st.text(min_size=1, max_size=6), min_size=1, max_size=4))
def test_bag_keys_are_the_two_rarest_words(bag: frozenset[str]) -> None:
    assert bag_keys(bag) == _sorted_keys(bag)


def test_bag_index_finds_every_bag_whose_words_are_all_present() -> None:
    bags = [frozenset({"amelia", "kowalczyk"}), frozenset({"you", "idiot"}), frozenset({"jack"}), frozenset()]
    index = BagIndex((bag, i) for i, bag in enumerate(bags))
    assert sorted(index.matching(frozenset({"amelia", "kowalczyk", "jack", "you"}))) == [0, 2]
    assert list(index.matching(frozenset({"you"}))) == []


def test_keying_many_bags_at_once_gives_bag_keys() -> None:
    """key_bags ranks every word once and orders each bag by rank: the keys must be those bag_keys works out
    alone (rarest word, then second rarest), for bags of one, two and more words, new and already keyed."""
    from smscreen.detectors import base

    bags = [
        frozenset({"amelia", "smith"}), frozenset({"you", "year"}), frozenset({"zz9"}), frozenset({"a", "of", "the"}),
        frozenset({"nativity", "play", "the", "at"}), frozenset({"kh", "xq"}), frozenset({"will", "grace"}),
    ]
    expected = {bag: _sorted_keys(bag) for bag in bags}
    for bag in bags[:2]:
        base._BAG_KEYS.pop(bag, None)
    base.key_bags([*bags, frozenset()])
    assert {bag: base._BAG_KEYS[bag] for bag in bags} == expected
    assert frozenset() not in base._BAG_KEYS


@settings(deadline=None)
@given(st.lists(st.frozensets(st.sampled_from(WORDS) | st.text(min_size=1, max_size=6), min_size=1, max_size=4),
                max_size=6))
def test_key_bags_agrees_with_bag_keys_on_any_bags(bags: list[frozenset[str]]) -> None:
    from smscreen.detectors import base

    for bag in bags:
        base._BAG_KEYS.pop(bag, None)
    base.key_bags(bags)
    assert all(base._BAG_KEYS[bag] == _sorted_keys(bag) for bag in bags)
