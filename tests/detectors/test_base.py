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
