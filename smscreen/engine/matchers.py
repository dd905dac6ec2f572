"""Compiled matchers. Each is built once per (ruleset, profile) and asked for hits per post.

Phrase-like matchers (lexicons, inline phrases) share ONE spaCy PhraseMatcher, run once per post;
each matcher then reads the phrases it owns from that single pass.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Protocol

import regex
from rapidfuzz import fuzz
from spacy.attrs import ORTH

from smscreen.detectors.base import WORD, Detector, Hit, PostContext, PostMarks, Triggers
from smscreen.frequency import zipf
from smscreen.models import Severity
from smscreen.rules.lexicon import Term

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher

    from smscreen.engine.compiled import CompiledRule
    from smscreen.normalize import Normalizer

__all__ = [
    "WORD",
    "CompiledMatcher",
    "DetectorMatcherC",
    "FuzzyMatcherC",
    "PhraseIndex",
    "PhraseMatcherC",
    "PostState",
    "ProximityGate",
    "RegexMatcherC",
    "RegexTimeoutError",
    "ascii_word_list",
    "post_word_list",
    "post_words",
]

# Words as the fast path sees them. The standard library's engine is faster than `regex` for this
# simple class, and posts and phrases must be split by the very same pattern.
_DOUBLE = regex.compile(r"(\w)\1+")
# The normaliser squeezes a run of 3+ letters to one ("pilllllock" -> "pilock"), so a term with a double
# letter also gets its squeezed spelling. Short results are skipped: they collide with real words.
MIN_SQUEEZED_LENGTH = 5
# A squeezed word at least this common in English is a real word, not a misspelling to catch.
SQUEEZED_WORD_MAX_ZIPF = 2.0


# ASCII letters and digits kept, every other byte a space: for ASCII text, splitting this on whitespace gives
# exactly WORD's runs (``[^\W_]+`` is ``[A-Za-z0-9]+`` there) at under half the cost of the regex.
_ASCII_WORD_BYTES = bytes(c if c < 128 and chr(c).isalnum() else 32 for c in range(256))


def post_words(text: str) -> frozenset[str]:
    """The post's normalised words, split exactly as phrases are (see ``matchers.phrase_words``)."""
    return frozenset(post_word_list(text))


def post_word_list(text: str) -> list[str]:
    """:func:`post_words` in order, repeats kept (cheaper where only a set test follows)."""
    if text.isascii():
        return ascii_word_list(text.encode("ascii"))
    if _NON_ASCII_WORD_CHAR(text) is None:
        # Most such texts are ASCII with emoji or symbols, which separate words as "?" does: the byte split then
        # gives the same words at half the cost of the regex (which steps through four-byte characters).
        return ascii_word_list(text.encode("ascii", "replace"))
    return WORD.findall(text)


# A letter or digit outside ASCII. The range comes first: an ASCII character fails the class on it, before the
# Unicode category test that costs several times as much.
_NON_ASCII_WORD_CHAR = re.compile(r"[^\x00-\x7f\W]").search


def ascii_word_list(raw: bytes) -> list[str]:
    """:func:`post_word_list` of an ASCII text given as its bytes (the first pass has them already)."""
    return raw.translate(_ASCII_WORD_BYTES).decode("ascii").split()


class RegexTimeoutError(Exception):
    """A regex matcher ran out of time on one post."""


@dataclass(slots=True)
class PostState:
    """Per-post scratch space shared by all matchers (computed lazily, at most once). Slots: one is made per
    candidate post, and every matcher reads it."""

    ctx: PostContext
    words: frozenset[str]
    marks: PostMarks
    open_matchers: frozenset[int] = frozenset()
    # The rules that could fire given the open matchers (CompiledRuleset.possible_rules); only these run.
    rules: tuple[CompiledRule, ...] = ()
    phrase_hits: dict[str, list[tuple[int, int]]] | None = None
    cache: dict[int, list[Hit]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    sentence_starts: list[int] | None = None


class CompiledMatcher(Protocol):
    triggers: Triggers
    requires_profile: bool

    def find(self, state: PostState) -> list[Hit]: ...


@lru_cache(maxsize=16384)
def squeezed_variants(phrase: str) -> tuple[str, ...]:
    """The phrase, plus its double-letters-squeezed spelling when that is safe: long enough, and no word the
    squeeze changed turns into an English word ("refugee" would become "refuge", "off" would become "of")."""
    original = phrase.casefold()
    if _DOUBLE.search(original) is None:  # most phrases: a search costs a third of a substitution
        return (phrase,)
    squeezed = _DOUBLE.sub(r"\1", original)
    if squeezed == original or len(squeezed.replace(" ", "")) < MIN_SQUEEZED_LENGTH:
        return (phrase,)
    changed = [new for old, new in zip(original.split(), squeezed.split(), strict=False) if old != new]
    if any(zipf(word) >= SQUEEZED_WORD_MAX_ZIPF for word in changed):
        return (phrase,)
    return (phrase, squeezed)


def phrase_words(text: str) -> list[str]:
    return WORD.findall(text)


_LINE = "\n"  # what PhraseIndex puts between phrases it tokenises together


def _joins_across(tokens: list[str], starts: list[int], spelt: set[str], longest: int) -> bool:
    """Whether some run of ``tokens`` crossing a word boundary (``starts``: where each word after the first
    begins) spells one of ``spelt`` when put together: then a special case could match across the space."""
    for boundary in starts:
        left = ""
        for s in range(boundary - 1, -1, -1):
            left = tokens[s] + left
            if len(left) >= longest:
                break
            run = left
            for e in range(boundary, len(tokens)):
                run += tokens[e]
                if len(run) > longest:
                    break
                if run in spelt:
                    return True
    return False


class PhraseIndex:
    """All phrases of all phrase-like matchers, in one PhraseMatcher keyed by the normalised phrase.

    ``nlp`` tokenises the phrases. It must split text as the screener's pipeline splits posts (the same
    spaCy tokenizer settings), but should not be that pipeline: a tokenizer that has split thousands of
    phrases stays about 1.8 times slower per post. The matcher compares token hashes, which do not depend
    on the vocabulary a post's doc was made with.
    """

    def __init__(self, nlp: Language, normalizer: Normalizer) -> None:
        from spacy.matcher import PhraseMatcher

        self._nlp = nlp
        self._normalizer = normalizer
        self._matcher: PhraseMatcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._keys: dict[str, str] = {}  # normalised phrase -> key
        self._key_ids: dict[int, str] = {}
        # Lexicon matchers overlap (the same terms filtered by different tags): a third of the phrases come
        # again, and are not normalised again.
        self._added: dict[str, tuple[str, frozenset[str]] | None] = {}
        # Normalised phrases registered but not yet in the matcher: compile() tokenises them together.
        self._pending: list[str] = []

    def add(self, phrase: str) -> tuple[str, frozenset[str]] | None:
        """Register a phrase; returns (key, its words), or None when nothing is left after normalising."""
        if phrase in self._added:
            return self._added[phrase]
        added = self._add(phrase)
        self._added[phrase] = added
        return added

    def _add(self, phrase: str) -> tuple[str, frozenset[str]] | None:
        norm = self._normalizer(phrase).text.strip()
        words = phrase_words(norm)
        if not words:
            return None
        key = norm
        if key not in self._keys:
            self._keys[key] = key
            self._pending.append(key)
        return key, frozenset(words)

    def compile(self) -> None:
        """Put the phrases registered since the last call into the matcher (the build calls it once, after
        every phrase matcher is made: a phrase is not matched before)."""
        pending, self._pending = self._pending, []
        strings = self._nlp.vocab.strings
        for key, orths in zip(pending, self._token_orths(pending), strict=True):
            # The matcher takes a pattern as its tokens' ORTH ids as well as a Doc (what it keeps of a Doc);
            # spaCy's annotations name only the Doc.
            self._matcher.add(key, [orths])  # type: ignore[list-item]
            self._key_ids[strings[key]] = key

    def _token_orths(self, texts: list[str]) -> list[list[int]]:
        """Each text's token ORTH ids, exactly as ``make_doc(text)`` has them.

        Thousands of phrases are tokenised as one text, one piece per line: a Doc each cost half as much again
        as the tokenising. That is the same split: the tokenizer cuts a text at whitespace and splits each piece
        on its own, and after that only a special case containing the line break itself could join tokens
        across one (none of the English ones does; checked here all the same).

        A text of words separated by single spaces is tokenised word by word, each distinct word once: the
        phrases repeat their words (9,400 words, 4,200 distinct), and the tokenizer's own cache of split words
        stays off for the rest of a text once one word is a special case (most of the one long text). The words
        of such a text are its pieces; what could join tokens across a space in the phrase is a special case
        spelt by the tokens on both sides together ("9 a.m." spells the special case "9a.m."), and the few texts
        where that could happen are tokenised whole, one per line of a second text. A text with a line break of
        its own is tokenised on its own, and so is everything when a split does not come out one list per piece.
        """
        nlp = self._nlp
        rules: dict[str, Any] | None = getattr(nlp.tokenizer, "rules", None)  # spaCy's Tokenizer; another cannot
        if rules is None or len(texts) <= 1 or any(_LINE in rule and rule != _LINE for rule in rules):  # be checked
            return [self._alone(text) for text in texts]
        pieces: dict[str, int] = {}  # piece -> its position in the one text
        plans: list[list[int] | None] = []
        for text in texts:
            if _LINE in text or len(text) > nlp.max_length:
                plans.append(None)
                continue
            words = text.split(" ")
            if len(words) > 1 and ("" in words or len(text.split()) != len(words)):  # other or repeated spaces
                words = [text]
            plans.append([pieces.setdefault(w, len(pieces)) for w in words])
        split = self._joined(list(pieces))
        if split is None:
            return [self._alone(text) for text in texts]
        spelt = {joined for rule in rules if (joined := "".join(rule.split()))}
        longest = max(map(len, spelt), default=0)
        strings = nlp.vocab.strings
        out: list[list[int] | None] = []
        for text, plan in zip(texts, plans, strict=True):
            if plan is None:
                out.append(self._alone(text))
            elif len(plan) == 1:
                out.append(split[plan[0]])
            else:
                orths = [orth for piece in plan for orth in split[piece]]
                starts = list(itertools.accumulate(len(split[piece]) for piece in plan[:-1]))
                tokens = [strings[orth] for orth in orths]
                out.append(None if _joins_across(tokens, starts, spelt, longest) else orths)
        # The few texts where a special case might span a space: whole, as the tokenizer would see them.
        unsure = [i for i, orths in enumerate(out) if orths is None]
        if unsure:
            whole = self._joined([texts[i] for i in unsure])
            for n, i in enumerate(unsure):
                out[i] = whole[n] if whole is not None else self._alone(texts[i])
        return [orths for orths in out if orths is not None]

    def _joined(self, pieces: list[str]) -> list[list[int]] | None:
        """The token ORTH ids of each piece (none with a line break), tokenised as one text with a line between
        pieces; None if that does not split into one list per piece."""
        nlp = self._nlp
        line = nlp.vocab.strings[_LINE]
        split: list[list[int]] = [[]]
        for orth in nlp.tokenizer(_LINE.join(pieces)).to_array(ORTH).tolist():
            if orth == line:
                split.append([])
            else:
                split[-1].append(orth)
        return split if len(split) == len(pieces) else None

    def _alone(self, text: str) -> list[int]:
        return self._nlp.make_doc(text).to_array(ORTH).tolist()  # type: ignore[no-any-return]

    @property
    def size(self) -> int:
        return len(self._keys)

    def run(self, state: PostState) -> dict[str, list[tuple[int, int]]]:
        """Phrase key -> original-text spans of its matches in this post."""
        if state.phrase_hits is None:
            out: dict[str, list[tuple[int, int]]] = {}
            if self._keys:
                doc = state.ctx.doc
                norm = state.ctx.norm
                key_ids = self._key_ids
                for match_id, start, end in self._matcher(doc):
                    # Offsets from the first and last tokens: a Span object costs five times as much.
                    last = doc[end - 1]
                    s, e = norm.to_original(doc[start].idx, last.idx + len(last))
                    out.setdefault(key_ids[match_id], []).append((s, e))
            state.phrase_hits = out
        return state.phrase_hits


class PhraseMatcherC:
    """A lexicon (filtered by tags/tier) or an inline phrase list."""

    requires_profile = False

    def __init__(self, index: PhraseIndex, entries: Iterable[tuple[str, Term | None]]) -> None:
        self._index = index
        self._entries: dict[str, Term | None] = {}
        words: set[str] = set()
        bags: set[frozenset[str]] = set()
        for phrase, term in entries:
            for variant in squeezed_variants(phrase):
                added = index.add(variant)
                if added is None:
                    continue
                key, phrase_word_set = added
                previous = self._entries.get(key)
                # The same phrase in two groups keeps its most severe reading.
                if previous is None or (term is not None and term.severity.rank > previous.severity.rank):
                    self._entries[key] = term
                if len(phrase_word_set) == 1:
                    words |= phrase_word_set
                else:
                    bags.add(phrase_word_set)
        self.triggers = Triggers(words=frozenset(words), phrases=frozenset(bags))

    @property
    def phrase_count(self) -> int:
        return len(self._entries)

    def find(self, state: PostState) -> list[Hit]:
        found = self._index.run(state)
        hits: list[Hit] = []
        entries = self._entries
        # Walk the phrases found in this post (a handful), not every phrase the matcher owns (thousands).
        for key, spans in found.items():
            if key not in entries:
                continue
            term = entries[key]
            if term is None:
                hits.extend(Hit(s, e, label=key) for s, e in spans)
                continue
            evidence = _term_evidence(term)
            hits.extend(
                Hit(s, e, label=term.lexicon, severity=term.severity, evidence=evidence) for s, e in spans
            )
        return hits


@lru_cache(maxsize=65536)
def _term_evidence(term: Term) -> Mapping[str, str]:
    """A lexicon entry's evidence, built once per entry (hits only read it)."""
    return MappingProxyType({"lexicon": term.lexicon, "tier": term.tier, "tags": ",".join(sorted(term.tags))})


@dataclass(frozen=True)
class ProximityGate:
    """``triggers.within`` of a regex matcher: some trigger word with a companion at most ``within`` words before
    it (in the normalised view), or an ``@`` in the post. Tried before the regex, which costs ten times more.

    ``between`` (optional): the only words that may stand between the companion and the trigger word (besides
    trigger and companion words); any other word breaks the pair.
    """

    words: frozenset[str]
    companions: frozenset[str]
    within: int
    between: frozenset[str] | None = None

    def passes(self, state: PostState) -> bool:
        return self.passes_words(state.ctx.text, state.words, post_word_list(state.ctx.norm.text))

    def passes_words(self, text: str, words: frozenset[str], listed: list[str]) -> bool:
        """The test on the original ``text``, the normalised view's word set and its words in order (what the
        first pass already has, so a post the gate shuts is decided there without becoming a candidate)."""
        if "@" in text:
            return True
        if self.words.isdisjoint(words):
            return False
        companions, within, targets, between = self.companions, self.within, self.words, self.between
        if companions.isdisjoint(words):
            return False
        never = -within - 1
        last = never  # where the last companion was seen (with only fillers since, when ``between`` is set)
        for i, word in enumerate(listed):
            if word in companions:
                last = i
            if word in targets:
                if i - last <= within:
                    return True
            elif between is not None and word not in between and word not in companions:
                last = never
        return False


class RegexMatcherC:
    requires_profile = False

    def __init__(
        self,
        pattern: str,
        *,
        view: str,
        timeout_ms: int,
        ignore_case: bool,
        triggers: Triggers,
        gate: ProximityGate | None = None,
    ) -> None:
        flags = regex.IGNORECASE if ignore_case else 0
        if ignore_case and view != "original":
            # The normalised view is already case-folded in full (NFKC + casefold), so the engine's own full
            # case folding (on by default with IGNORECASE in VERSION1) has nothing left to do, and it made
            # the shipped insult pattern about 2.7 times slower. Simple case folding stays on.
            pattern = "(?-f)" + pattern
        self._pattern = regex.compile(pattern, flags | regex.VERSION1)
        self._on_original = view == "original"
        self._timeout = timeout_ms / 1000.0
        self.triggers = triggers
        self.gate = gate

    def find(self, state: PostState) -> list[Hit]:
        # The gate, if any, was applied by the first pass: a post it shuts never opens this matcher.
        ctx = state.ctx
        subject = ctx.text if self._on_original else ctx.norm.text
        hits: list[Hit] = []
        try:
            for m in self._pattern.finditer(subject, timeout=self._timeout):
                if m.end() == m.start():
                    continue
                s, e = (m.start(), m.end()) if self._on_original else ctx.norm.to_original(m.start(), m.end())
                hits.append(Hit(s, e, label="pattern"))
        except TimeoutError:
            raise RegexTimeoutError(f"regex timed out after {self._timeout * 1000:.0f} ms") from None
        return hits


class FuzzyMatcherC:
    """Near-miss spellings of a few phrases, over token windows of the same length.

    Fuzzy matchers add no triggers: a misspelling is looked for only in posts something else
    already made a candidate (documented in the rule format).
    """

    requires_profile = False

    def __init__(self, phrases: Iterable[str], threshold: float, normalizer: Normalizer) -> None:
        self._phrases = [(p, len(p.split())) for p in (normalizer(x).text.strip() for x in phrases) if p]
        self._threshold = threshold
        self.triggers = Triggers()

    def find(self, state: PostState) -> list[Hit]:
        doc = state.ctx.doc
        norm = state.ctx.norm
        hits: list[Hit] = []
        for phrase, n in self._phrases:
            for i in range(max(0, len(doc) - n + 1)):
                window = doc[i : i + n]
                score = fuzz.ratio(window.text, phrase)
                if score >= self._threshold:
                    s, e = norm.to_original(window.start_char, window.end_char)
                    hits.append(Hit(s, e, label=phrase, confidence=round(score / 100.0, 3)))
        return hits


class DetectorMatcherC:
    def __init__(self, detector: Detector) -> None:
        self._detector = detector
        self.triggers = detector.triggers
        self.requires_profile = bool(getattr(detector, "requires_profile", False))
        self.reads_findings = bool(getattr(detector, "reads_findings", False))

    def find(self, state: PostState) -> list[Hit]:
        return list(self._detector.find(state.ctx))


def severity_or(hit: Hit, default: Severity) -> Severity:
    return hit.severity if hit.severity is not None else default


def freeze_options(options: Mapping[str, Any]) -> str:
    """A stable key for detector options, so identical detector configs are built once."""
    import json

    return json.dumps(options, sort_keys=True, default=str)
