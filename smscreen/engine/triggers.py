"""Which matchers a post opens, in one pass: an inverted index over every matcher's triggers.

Asking each of ~80 matchers "are your triggers here?" costs more than the matching it saves; the index
answers for all of them at once from the post's words, marks and metadata.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from smscreen.detectors.base import (
    METADATA_FIELDS,
    PostMarks,
    Triggers,
    _capitalised_in,
    bag_keys,
    field_present,
    has_metadata,
    key_bags,
    unaccented,
    written_capitalised,
)
from smscreen.models import Post

__all__ = ["TriggerIndex"]

_EMPTY_BAG: frozenset[str] = frozenset()
# A first bag key's entry in TriggerIndex: (matchers of its one-word bag or None, its second keys, second key ->
# matchers of the two-word bags, second key -> larger bags with their matchers).
_BagEntry = tuple[
    frozenset[int] | None,
    frozenset[str],
    dict[str, frozenset[int]],
    dict[str, list[tuple[frozenset[str], frozenset[int]]]],
]


class TriggerIndex:
    """Inverted index over every matcher's triggers.

    Triggers without a conjunction are filed under the matcher itself. A part with ``also`` (and every
    alternative of :meth:`Triggers.any_of`) is filed under a pseudo id of its own, shared by every matcher with
    an equal part (the roster's name forms are the same for a dozen rules), and its ``also`` is tested once
    per post, only when the part opened.
    """

    def __init__(self, triggers: Sequence[Triggers]) -> None:
        words: dict[str, set[int]] = {}
        self._cased: dict[str, set[int]] = {}
        # Tens of thousands of bags, nearly all of one matcher each: a bag's first matcher, and only for the
        # few bags of several, the set of them (rather than a set for every bag).
        bag_first: dict[frozenset[str], int] = {}
        bag_several: dict[frozenset[str], set[int]] = {}
        self._always: set[int] = set()
        self._digits: dict[int, set[int]] = {}  # min_digits -> matchers
        self._at: set[int] = set()
        self._hash: set[int] = set()
        self._fields: dict[str, set[int]] = {f: set() for f in METADATA_FIELDS}
        self._patterns: list[tuple[re.Pattern[str], int]] = []
        self._at_patterns: list[tuple[re.Pattern[str], int]] = []
        self._hash_patterns: list[tuple[re.Pattern[str], int]] = []
        first_pseudo = len(triggers)
        conjunctive: dict[Triggers, int] = {}  # a part with also -> its pseudo id
        self._pseudo: dict[int, tuple[Triggers, frozenset[int]]] = {}
        owners: dict[int, set[int]] = {}

        def file(i: int, t: Triggers) -> None:
            for p in t.patterns:
                self._patterns.append((p, i))
            for p in t.at_patterns:
                self._at_patterns.append((p, i))
            for p in t.hash_patterns:
                self._hash_patterns.append((p, i))
            for w in t.words:
                words.setdefault(w, set()).add(i)
            for w in t.cased:
                self._cased.setdefault(w, set()).add(i)
            if t.phrases:
                # Set operations: the roster's bag sets are thousands, and most of a set is new or all of it is
                # seen (the same people for another matcher).
                new = t.phrases.difference(bag_first)
                if _EMPTY_BAG in new:
                    new = new - {_EMPTY_BAG}
                if len(new) < len(t.phrases):
                    for bag in t.phrases.difference(new):
                        first = bag_first.get(bag, i)  # i for the empty bag, which is never filed
                        if first != i:
                            several = bag_several.get(bag)
                            if several is None:
                                bag_several[bag] = {first, i}
                            else:
                                several.add(i)
                bag_first.update(dict.fromkeys(new, i))
            if t.digits:
                self._digits.setdefault(t.min_digits, set()).add(i)
            for flag, bucket in ((t.always, self._always), (t.at, self._at), (t.hash, self._hash)):
                if flag:
                    bucket.add(i)
            for f in t.fields:
                self._fields[f].add(i)

        for i, t in enumerate(triggers):
            for part in t.alternatives or (t,):
                if part.also is None:
                    file(i, part)
                    continue
                pseudo = conjunctive.get(part)
                if pseudo is None:
                    pseudo = conjunctive[part] = first_pseudo + len(conjunctive)
                    file(pseudo, part)
                owners.setdefault(pseudo, set()).add(i)
        for part, pseudo in conjunctive.items():
            assert part.also is not None
            self._pseudo[pseudo] = (part.also, frozenset(owners[pseudo]))
        self._also_words, self._also_pattern, self._also_digits = _split_tests(self._pseudo)
        self._pseudo_ids = frozenset(self._pseudo)
        # The same pattern is often the trigger of several matchers (a school's handle, the staff's handles): it is
        # searched once per post, for all of them.
        self._pattern_groups = _grouped(self._patterns)
        self._at_groups = _grouped(self._at_patterns)
        self._hash_groups = _grouped(self._hash_patterns)
        self._fields_used = tuple((f, m) for f, m in self._fields.items() if m)
        # Tens of thousands of words and bags open one of a few dozen sets of matchers: each set is one
        # shared object, which saves the build that many allocations and its final garbage collection as
        # many objects to visit.
        shared: dict[frozenset[int], frozenset[int]] = {}

        def frozen(matchers: set[int] | frozenset[int]) -> frozenset[int]:
            key = frozenset(matchers)
            return shared.setdefault(key, key)

        alone: dict[int, frozenset[int]] = {}

        def bag_payload(bag: frozenset[str], first: int) -> frozenset[int]:
            several = bag_several.get(bag)
            if several is not None:
                return frozen(several)
            payload = alone.get(first)
            if payload is None:
                payload = alone[first] = frozen({first})
            return payload

        self._word_keys = frozenset(words)
        self._word_matchers = {w: frozen(m) for w, m in words.items()}
        self._cased_keys = frozenset(self._cased)
        # A bag shared by several matchers (a full name is a trigger of every people rule) is checked once.
        # Filed as BagIndex files them (rarest word, then second rarest: ``bag_keys``), with the matchers of every
        # bag that the two keys complete (one- and two-word bags: nearly all of them) joined in advance, so the
        # usual post costs set look-ups and no subset test.
        complete: dict[str, dict[str, frozenset[int]]] = {}
        larger: dict[str, dict[str, list[tuple[frozenset[str], frozenset[int]]]]] = {}
        key_bags(bag_first)
        for bag, first in bag_first.items():
            first_key, second_key = bag_keys(bag)
            payload = bag_payload(bag, first)
            if len(bag) <= 2:
                # Most key pairs complete one bag of one matcher: the shared payload itself, no set of their own.
                by = complete.get(first_key)
                if by is None:
                    complete[first_key] = {second_key: payload}
                else:
                    joined = by.get(second_key)
                    by[second_key] = payload if joined is None else joined | payload
            else:
                larger.setdefault(first_key, {}).setdefault(second_key, []).append((bag, payload))
        # Per first key, everything open() reads, in one look-up: the matchers of its one-word bags (or None), the
        # second keys that complete something with it, and what each completes (two-word bags' matchers joined;
        # larger bags to compare whole).
        self._bags: dict[str, _BagEntry] = {}
        for f in set(complete) | set(larger):
            by = complete.get(f, {})
            pairs = {k: frozen(m) for k, m in by.items() if k}
            bigger = larger.get(f, {})
            self._bags[f] = (
                frozen(by[""]) if "" in by else None, frozenset(pairs) | frozenset(bigger), pairs, bigger
            )
        self._bag_keys = frozenset(self._bags)

    def open(self, text: str, words: frozenset[str], marks: PostMarks, post: Post | None = None) -> frozenset[int]:
        """The indices of the matchers whose triggers this text (and ``post``'s metadata, if given) has."""
        out = set(self._always)
        found = self._word_keys.intersection(words)
        if found:
            out.update(*map(self._word_matchers.__getitem__, found))  # one C call for all the words' matchers
        if not self._bag_keys.isdisjoint(words):
            bags = self._bags
            for first in self._bag_keys.intersection(words):
                alone, seconds, pairs, larger = bags[first]
                if alone is not None:
                    out |= alone
                if seconds.isdisjoint(words):
                    continue
                for second in seconds.intersection(words):
                    both = pairs.get(second)
                    if both is not None:
                        out |= both
                    for bag, bag_matchers in larger.get(second, ()):
                        if bag <= words:
                            out |= bag_matchers
        if not self._cased_keys.isdisjoint(words):
            bare: str | None = None  # the text without accents, made once if needed ("Môr" has the word "mor")
            for w in self._cased_keys.intersection(words):
                if written_capitalised(w, text):
                    out |= self._cased[w]
                elif not text.isascii():
                    if bare is None:
                        bare = unaccented(text)
                    if written_capitalised(w, bare):
                        out |= self._cased[w]
        if marks.digits:
            for least, matchers in self._digits.items():
                if marks.digits >= least:
                    out |= matchers
        if marks.at:
            out |= self._at
        if marks.hash:
            out |= self._hash
        tried = ((self._pattern_groups, True), (self._at_groups, marks.at), (self._hash_groups, marks.hash))
        for groups, present in tried:
            if present:
                for pattern, opens in groups:
                    if not opens <= out and pattern.search(text) is not None:
                        out |= opens
        metadata = post is not None and has_metadata(post)
        if metadata and self._fields_used:
            assert post is not None
            for f, matchers in self._fields_used:
                if field_present(f, post):
                    out |= matchers
        pseudo = self._pseudo_ids.intersection(out)
        if pseudo:
            out -= pseudo
            by_words, by_pattern, by_digits = self._also_words, self._also_pattern, self._also_digits
            for i in pseudo:
                also, owners = self._pseudo[i]
                # Inline for the usual shapes of ``also`` (see _split_tests): each decides what present_in_text does.
                if i in by_words:
                    plain, cased = by_words[i]
                    present = not plain.isdisjoint(words) or (
                        not cased.isdisjoint(words) and _capitalised_in(cased.intersection(words), text)
                    )
                elif i in by_pattern:
                    present = by_pattern[i].search(text) is not None
                elif i in by_digits:
                    present = marks.digits >= by_digits[i]
                else:
                    present = also.present_in_text(text, words, marks)
                if present or (metadata and also.present_in_fields(post)):  # type: ignore[arg-type]
                    out |= owners
        return frozenset(out)


def _grouped(patterns: list[tuple[re.Pattern[str], int]]) -> tuple[tuple[re.Pattern[str], frozenset[int]], ...]:
    """Each distinct pattern (same text and flags) once, with every matcher it opens, in order of first filing."""
    groups: dict[tuple[str, int], tuple[re.Pattern[str], set[int]]] = {}
    for pattern, i in patterns:
        groups.setdefault((pattern.pattern, pattern.flags), (pattern, set()))[1].add(i)
    return tuple((pattern, frozenset(matchers)) for pattern, matchers in groups.values())


def _split_tests(
    pseudo: dict[int, tuple[Triggers, frozenset[int]]],
) -> tuple[dict[int, tuple[frozenset[str], frozenset[str]]], dict[int, re.Pattern[str]], dict[int, int]]:
    """The pseudo parts whose ``also`` (on the text: metadata fields are tested apart) is words alone (its plain
    and cased words), one pattern alone, or digits alone (how many), for open() to test inline.

    Every pseudo part is tested on every post that opens it, and ``present_in_text``'s calls and generic checks
    cost several times the one set test, search or comparison that decides these shapes.
    """
    by_words: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
    by_pattern: dict[int, re.Pattern[str]] = {}
    by_digits: dict[int, int] = {}
    for i, (also, _) in pseudo.items():
        if also.alternatives or also.also is not None:
            continue
        # What is left of ``also`` without the one kind of trigger: nothing but metadata fields, for that kind.
        bare = Triggers(fields=also.fields, min_digits=also.min_digits)
        if (also.words or also.cased) and dataclasses.replace(also, words=frozenset(), cased=frozenset()) == bare:
            by_words[i] = (also.words, also.cased)
        elif len(also.patterns) == 1 and dataclasses.replace(also, patterns=()) == bare:
            by_pattern[i] = also.patterns[0]
        elif also.digits and dataclasses.replace(also, digits=False) == bare:
            by_digits[i] = also.min_digits
    return by_words, by_pattern, by_digits
