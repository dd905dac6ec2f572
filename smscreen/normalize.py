"""Normalised views of a post, with an exact map from every normalised character back to the original.

Detectors match a normalised view but must report offsets into the text the user wrote, so every view is
built together with a map: normalised character ``i`` came from ``original[starts[i]:ends[i]]``.

Views
=====

``folded`` is built in three steps, each composing its map with the previous one:

1. Per character (each distinct character is folded once per process and cached):
   NFKC (fullwidth, mathematical alphanumerics, ligatures, superscripts, enclosed letters), look-alike
   capitals (table ``_UPPER_LOOKALIKES``, checked before case folding because e.g. Cyrillic ``В`` looks like
   ``B`` while its lower case ``в`` does not look like ``b``), case folding (``ß`` -> ``ss``), canonical
   decomposition with every combining mark dropped (accents, Arabic harakat, enclosing keycaps), Latin
   letters that do not decompose (``ł ø đ æ œ``...) and look-alike small letters (``_LOOKALIKES``), then NFC so
   Hangul syllables come back together.
   Removed outright: every format character (Unicode category Cf: zero-width space/joiners, bidi controls,
   word joiner, BOM, soft hyphen, tag characters), every combining or enclosing mark (Mn/Me, which includes
   the variation selectors), and the Hangul fillers that render as blanks.
   A removed character joins the span of the PREVIOUS output character (so ``"e\\u0301"`` -> ``"e"`` covers
   both code points and a span never cuts a grapheme); removed characters at the very start join the first
   output character. An expansion (``ß`` -> ``ss``, ``ﬁ`` -> ``fi``) maps every output character to the whole
   source character.
2. A run of 3 or more of the same letter becomes one letter mapped to the whole run (``fuuuuck`` -> ``fuck``).
   Known casualties, harmless for word matching but worth knowing: ``www`` -> ``w``, ``viii`` -> ``vi``;
   and ``asssss`` -> ``as`` (a lexicon that wants it should also compare terms with doubled letters squeezed).
3. Single characters separated by one separator (one of ``_SEPARATORS``, the same one throughout) are joined
   when the joined word is in ``join_vocabulary`` (``f.u.c.k``, ``f u c k``): at least 3 characters,
   searched leftmost-longest inside a longer run (``u r a f u c k`` -> ``u r a fuck``). A character of the
   run may be a leet character when the de-leeted join is in the vocabulary and it has 2 ASCII letters
   (``s.h.1.t``); such a joined word is then always de-leeted in ``text``. Each joined letter maps to itself
   plus the separator after it; the whole word maps to the whole original run.

``text`` is ``folded`` with leetspeak undone one character for one character, so both views share one map.
Table (``_LEET``): ``0->o 1->i 3->e 4->a 5->s 7->t @->a $->s !->i |->l``. A "word" is a maximal run of
letters, digits and ``@ $ ! |``; trailing ``!``/``|`` are punctuation and never part of it. A word is
de-leeted only if all of these hold (each keeps real text intact):

* it holds a leet character, at least one ASCII letter, and ASCII letters plus ``@$!|`` number at least 2
  (``a$$`` yes; ``5b``, ``b4``, ``1v1`` no);
* it does not start with ``@`` and is not preceded by ``#`` (handles, hashtags: ``@ss``, ``#t3am``);
* it holds no digit outside the table (``covid19``, ``y6``, ``2nd``, ``gr8``: numbers and codes, not leet),
  and no more digits than letters (``ab1000``);
* it is not a number with a unit or ordinal (``10am``, ``1st``, ``5mins``: ``_UNITS``), not letters followed
  by a number (``yr7``, ``ks3``, ``top10``, ``mp3``; but ``cla55``-style trailing ``55`` is de-leeted), not
  money (``$5m``) and not the local part of an e-mail address.

Inside such a word a leet character is undone when next to an ASCII letter or another leet character.
Known misses, by choice: ``5h17`` (digits outnumber letters), ``a55`` (one letter), ``#b1tch``.

Identity fast path
==================

Most posts are plain ASCII with nothing to undo. For them ``folded is text == original.lower()``, no offset
lists are stored, and the check costs ``str.lower()``, a bytes XOR that looks for 3 equal bytes in a row,
one ``bytes.translate`` that looks for a spaced-out word, and, only in a text with a leet character (another
``translate`` tells), one regex ``search`` that only stops at digits and ``@ $ ! |``. The checks err towards
the full path, which then returns the identity map when nothing changed, so results never depend on which path
ran (the tests check this).

Other text is folded by one ``str.translate`` through the per-character cache; only the characters that
are dropped or expand are then visited in Python, and the offset lists exist only when something moved.
``to_original``/``from_original`` raise ``ValueError`` for a span outside the text: a detector bug, not
something to clamp silently.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, fields

__all__ = ["NormalizedText", "Normalizer"]


# --- character folding --------------------------------------------------------------------------------

# Capital letters from other scripts that are drawn like a Latin capital. Their lower case usually is not
# (Cyrillic в, н, т, м, к are small capitals), so these are looked up before case folding.
_UPPER_LOOKALIKES: dict[str, str] = {
    # Cyrillic
    "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p", "С": "c", "Т": "t",
    "У": "y", "Х": "x", "Ѕ": "s", "І": "i", "Ј": "j", "Һ": "h", "Ӏ": "l", "Ԛ": "q", "Ԝ": "w",
    # Greek
    "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n", "Ο": "o",
    "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x",
}  # fmt: skip

# Small letters drawn like a Latin small letter in common fonts, plus Latin letters that carry their
# diacritic inside the glyph and so survive decomposition. Kept short on purpose: every entry can merge
# two real words, so only shapes people actually substitute are listed.
_LOOKALIKES: dict[str, str] = {
    # Cyrillic
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
    "ԁ": "d", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "к": "k",
    # Greek
    "ο": "o", "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
    # Armenian
    "ո": "n", "ս": "u", "օ": "o",
    # Latin letters with no decomposition
    "ı": "i", "ɑ": "a", "ɡ": "g", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ŧ": "t",
    "æ": "ae", "œ": "oe", "þ": "th",
    # Typographic apostrophes and quotes: phones type “you’re”, lexicons say "you're"; the tokenizer
    # must see one spelling for contractions and possessives to match.
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
}  # fmt: skip

# Invisible "letters" (Hangul fillers) are category Lo, not Cf, yet render as nothing and are used to
# hide a word break; they go with the format characters.
_INVISIBLE_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")
_DROPPED_CATEGORIES = frozenset({"Cf", "Mn", "Me"})


def _fold_char(ch: str) -> str:
    """Fold one code point; "" means it is dropped (invisible, or a mark on the previous character)."""
    if ch in _INVISIBLE_LETTERS or unicodedata.category(ch) in _DROPPED_CATEGORIES:
        return ""
    s = unicodedata.normalize("NFKC", ch)
    s = "".join(_UPPER_LOOKALIKES.get(c, c) for c in s).casefold()
    s = unicodedata.normalize("NFD", s)
    s = "".join(
        _LOOKALIKES.get(c, c)
        for c in s
        if c not in _INVISIBLE_LETTERS and unicodedata.category(c) not in _DROPPED_CATEGORIES
    )
    return unicodedata.normalize("NFC", s)


class _FoldCache(dict[str, str]):
    """Folded form of every character seen; the cost of folding is paid once per process per character.

    The number of distinct code points bounds its size (a few MB at worst), so it is never evicted.
    """

    def __missing__(self, ch: str) -> str:
        folded = _fold_char(ch)
        self[ch] = folded
        return folded


_FOLD = _FoldCache()

# Stands in for a character that does not fold to exactly one character; a noncharacter, so real text
# rarely holds it (when it does, that character is simply checked like the others).
_IRREGULAR = "\uffff"


class _FoldTable(dict[int, str]):
    """``str.translate`` table: code point -> its one-character fold, or ``_IRREGULAR``.

    One C-level ``translate`` then folds a whole post, and the rare characters that are dropped or expand
    are found with ``str.find`` instead of a Python loop over every character.
    """

    def __missing__(self, code: int) -> str:
        folded = _FOLD[chr(code)]
        value = folded if len(folded) == 1 else _IRREGULAR
        self[code] = value
        return value


_FOLD_TABLE = _FoldTable()

# --- leetspeak ----------------------------------------------------------------------------------------

_LEET: dict[str, str] = {
    "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "l",
}  # fmt: skip
_LEET_DIGITS = frozenset("013457")
_LEET_SYMBOLS = frozenset("@$!|")
_LEET_CHARS = frozenset(_LEET)
_TRAILING_PUNCT = "!|"
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")

# Units and ordinals written straight after a number; "10am" and "3rd" are numbers, not leet.
_UNITS = (
    "st", "nd", "rd", "th", "am", "pm", "ish", "mm", "cm", "km", "kg", "mg", "ml", "lb", "lbs", "ft", "mph",
    "kph", "kb", "mb", "gb", "tb", "hz", "khz", "mhz", "ghz", "fps", "px", "pt", "hr", "hrs", "min", "mins",
    "sec", "secs", "yr", "yrs", "yo", "bn", "mil", "pc", "ps", "vs",
)  # fmt: skip
_UNIT_ALT = "|".join(sorted(_UNITS, key=len, reverse=True))

# A leet character that could be undone: next to an ASCII letter or another leet character, and for "!" and
# "|" not at the end of a word. Only these start the (Python) look at their word, so punctuation in long
# unspaced runs (CJK sentences) costs nothing.
_LEET_CANDIDATE_RE = re.compile(
    r"[013457@$!|](?:(?=[a-z013457@$!|])|(?<=[a-z013457@$!|][013457@$])|(?<=[a-z013457@$!|][!|])(?=[^\W_]|[@$!|]))"
)
# A word for leet purposes: letters and digits of any script plus the leet symbols.
_WORD_RE = re.compile(r"(?:[^\W_]|[@$!|])+")
_NUMBER_WITH_UNIT_RE = re.compile(rf"\d+(?:{_UNIT_ALT})")
_LETTERS_THEN_NUMBER_RE = re.compile(r"[a-z]+\d+")
_TRAILING_SS_RE = re.compile(r"[a-z]{2,}55+")

# --- runs and joins -----------------------------------------------------------------------------------

_RUN3_RE = re.compile(r"([^\W\d_])\1{2,}")
# Any character three times: far cheaper to scan for than a letter class, then checked with _RUN3_RE.
_TRIPLE_RE = re.compile(r"(.)\1\1", re.DOTALL)
_SEPARATORS = " ._*-"
# A run of single characters (letters or leet characters) with one and the same separator between them,
# not glued to a letter or digit at either end.
_ELEMENT = r"(?:[^\W\d_]|[013457@$!|])"
_SEP = f"[{re.escape(_SEPARATORS)}]"
# The match starts at the first separator, so the engine only stops at separators; the lookbehinds check
# the first element and that nothing alphanumeric is glued to it.
_JOIN_RUN_RE = re.compile(rf"({_SEP})(?<={_ELEMENT}{_SEP})(?<![^\W_]..){_ELEMENT}(?:\1{_ELEMENT})+(?![^\W_])")

# --- ASCII identity checks ----------------------------------------------------------------------------

# Every letter or leet character becomes "e" and anything else "s", so a spaced-out word of 3+ characters
# shows as "esese" with no "e" either side (a superset: the separators are not checked to be separators,
# or the same). A literal comes first so the regex engine scans for it instead of trying every position.
_JOIN_BYTES = bytes(
    ord("e") if (chr(i).isascii() and chr(i).isalpha()) or chr(i) in _LEET_CHARS else ord("s") for i in range(256)
)
_JOIN_HINT_SEARCH = re.compile(rb"esese(?!e)(?<!e.....)").search
_W = r"a-z0-9@$!|"
# Stops only at digits and @ $ ! |, then checks the neighbourhood for anything the leet rules could change.
# It may say yes when nothing changes (the full path then returns the identity map), never the reverse.
_LEET_HINT_RE = re.compile(
    rf"""
    [013457$!|@]
    (?:
        (?<=[a-z][013457]) [0-9]* (?:[a-z@$]|[!|]+[a-z0-9@$])        # letter, leet digit, more word
      | (?<=[a-z]5) 5+ (?![a-z0-9@$])                                # trailing 55
      | (?<=[013457]) (?<![{_W}].) [0-9]*                            # word starting with digits...
        (?!(?:{_UNIT_ALT})(?![a-z0-9@$]))                             # ...that is not a number with a unit
        (?:[a-z@$]|[!|]+[a-z0-9@$])
      | (?<=[{_W}]\$) | (?<=\$)(?=[a-z@$!|])                         # $ touching a word, not money
      | (?<=[!|]) [!|]* [a-z0-9@$]                                   # ! or | not at the end of a word
      | (?<=[{_W}]@)                                                 # @ inside a word, not a handle
    )
    """,
    re.VERBOSE,
)
_LEET_HINT_SEARCH = _LEET_HINT_RE.search


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """The original text, its normalised views and the map between them.

    ``folded``: look-alikes, case, accents, invisibles, repeated letters and spaced-out vocabulary words
    undone; ``text``: ``folded`` with leetspeak undone, same length. Offsets in both views are the same.
    """

    original: str
    folded: str
    text: str
    # Source span of normalised character i is original[_starts[i]:_ends[i]]; None means the identity.
    _starts: list[int] | None = field(default=None, repr=False)
    _ends: list[int] | None = field(default=None, repr=False)

    @property
    def is_identity(self) -> bool:
        """True when normalised offsets are original offsets (the views differ from it only by case)."""
        return self._starts is None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalised span ``[start, end)`` to the original span covering exactly those characters.

        An empty span maps to an empty span where its position maps. Raises ``ValueError`` when the span
        is not within the normalised text, since that is a detector bug that must not be silenced.
        """
        n = len(self.text)
        if not 0 <= start <= end <= n:
            raise ValueError(f"span [{start}, {end}) is not within the normalised text (length {n})")
        starts, ends = self._starts, self._ends
        if starts is None or ends is None:
            return start, end
        if start < end:
            return starts[start], ends[end - 1]
        if start < n:
            pos = starts[start]
        elif n:
            pos = ends[n - 1]
        else:
            pos = 0
        return pos, pos

    def from_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the original span ``[start, end)`` to the smallest normalised span covering it.

        A span inside one source unit (half of an expansion, a dropped mark) widens to that unit's
        normalised characters. An empty span maps to the first normalised character starting at or after it.
        """
        n = len(self.original)
        if not 0 <= start <= end <= n:
            raise ValueError(f"span [{start}, {end}) is not within the original text (length {n})")
        starts, ends = self._starts, self._ends
        if starts is None or ends is None:
            return start, end
        if start == end:
            pos = bisect_left(starts, start)
            return pos, pos
        first = bisect_right(ends, start)
        last = bisect_left(starts, end)
        if first >= last:  # only possible when nothing survived normalisation
            return first, first
        return first, last


@dataclass(slots=True)
class _Edit:
    """Replace ``[start, end)`` of the current view with ``out``; ``spans`` are the new source spans."""

    start: int
    end: int
    out: str
    spans: list[tuple[int, int]]


class Normalizer:
    """Builds :class:`NormalizedText` views. Construct once (per ruleset and roster), call per post.

    ``join_vocabulary``: the words that spaced-out letters may be joined into (lexicon terms, roster names);
    they are folded like posts are, so pass them as written.
    """

    __slots__ = ("_join_max", "_join_prefixes", "join_vocabulary")

    def __init__(self, *, join_vocabulary: frozenset[str] = frozenset()) -> None:
        words = set()
        for term in join_vocabulary:
            # One translate per term (thousands of lexicon terms and names); a character that folds to
            # other than one character shows as _IRREGULAR, and then the term is folded one character at a time.
            folded = term.translate(_FOLD_TABLE)
            if _IRREGULAR in folded:
                folded = "".join(_FOLD[c] for c in term)
            if len(folded) >= 3 and (folded.isalpha() or all(c.isalpha() or c in _LEET_CHARS for c in folded)):
                words.add(folded)
        self.join_vocabulary: frozenset[str] = frozenset(words)
        self._join_prefixes = frozenset(w[:k] for w in words for k in range(1, len(w) + 1))
        self._join_max = max((len(w) for w in words), default=0)

    def __call__(self, text: str) -> NormalizedText:
        view = self.plain_view(text)
        if view is not None:
            return identity(text, view)
        if text.isascii():
            low = text.lower()
            return self._normalize(text, low, low.encode("ascii"))
        return self._normalize(text, None, None)

    def plain_view(self, text: str) -> str | None:
        """The normalised view when it is just ``text.lower()`` with the same offsets (plain ASCII with nothing
        to undo), else None. Cheaper than :meth:`__call__` where only the view is needed; then
        ``identity(text, view)`` gives the same :class:`NormalizedText` as calling the normaliser."""
        if not text.isascii():
            return None
        low = text.lower()
        return low if self.is_plain(low, low.encode("ascii")) else None

    def is_plain(self, low: str, raw: bytes) -> bool:
        """:meth:`plain_view`'s test, for a caller that already has the lowered ASCII text ``low`` and its bytes
        ``raw`` (the screener's first pass reads the bytes for its words and marks too): True when ``low`` is the
        normalised view."""
        return (
            not _may_be_leet(raw, low) and not (self._join_max and _may_join(raw)) and not _may_collapse(raw, low)
        )

    # --- the full path ----------------------------------------------------------------------------

    def _normalize(
        self, original: str, low: str | None, raw: bytes | None, *, byte_checks: bool = True
    ) -> NormalizedText:
        """Every step, with maps. ``low``/``raw``: the lowered ASCII text and its bytes, if ASCII.

        ``byte_checks=False`` sends non-ASCII text through the regexes only (the reference the tests compare
        the byte checks against).
        """
        starts: list[int] | None
        ends: list[int] | None
        as_bytes = _bytes_view if byte_checks else _ascii_only
        if low is None:
            view, starts, ends = _fold(original)
            raw = as_bytes(view)
        else:
            view, starts, ends = low, None, None

        # The byte checks need one byte per character, so text that stays non-ASCII after folding (emoji,
        # other scripts) takes the regexes instead.
        if _may_collapse(raw, view) if raw is not None else _may_collapse_unicode(view):
            view, starts, ends = _apply(view, starts, ends, _collapse_edits(view, starts, ends))
            raw = as_bytes(view) if raw is not None else None

        forced: list[tuple[int, int]] = []
        # The byte check needs one byte per character; other text goes straight to the regex.
        if self._join_max and (raw is None or _may_join(raw)):
            edits = self._join_edits(view, starts, ends)
            if edits:
                view, starts, ends, forced = _apply_joins(view, starts, ends, edits)
                raw = None

        text = view if raw is not None and _LEET_HINT_SEARCH(view) is None else _undo_leet(view, forced)
        if starts is None or ends is None:
            return NormalizedText(original, view, text)
        return NormalizedText(original, view, text, starts, ends)

    def _join_edits(self, view: str, starts: Sequence[int] | None, ends: Sequence[int] | None) -> list[_Edit]:
        edits: list[_Edit] = []
        prefixes, vocab, longest = self._join_prefixes, self.join_vocabulary, self._join_max
        last_end = 0
        for m in _JOIN_RUN_RE.finditer(view):
            run_start, run_end = m.start() - 1, m.end()
            if run_start < last_end:
                # The regex starts at a separator, so it can reuse the previous run's last letter ("f.u.c.k
                # s h i t"); that letter already belongs to the previous run.
                run_start += 2
            last_end = run_end
            elements = view[run_start:run_end:2]
            count = len(elements)
            i = 0
            while i <= count - 3:
                best = 0
                cand = key = ""
                for t in range(i, min(count, i + longest)):
                    c = elements[t]
                    cand += c
                    key += _LEET.get(c, c)
                    if cand not in prefixes and key not in prefixes:
                        break
                    if t - i >= 2 and (cand in vocab or (key in vocab and sum(ch in _ASCII_LOWER for ch in cand) >= 2)):
                        best = t + 1
                if not best:
                    i += 1
                    continue
                first = run_start + 2 * i
                last = run_start + 2 * (best - 1)
                spans = []
                for p in range(first, last + 1, 2):
                    # A letter takes the separator after it, so the word covers the whole original run.
                    tail = p + 1 if p < last else p
                    spans.append((p, tail + 1) if starts is None or ends is None else (starts[p], ends[tail]))
                edits.append(_Edit(first, last + 1, view[first : last + 1 : 2], spans))
                i = best
        return edits


def _may_collapse(raw: bytes, view: str) -> bool:
    """Whether ``view`` (``raw``: one byte per character) has a run of 3 of the same letter."""
    # A byte equal to the one before it XORs to 0, so two zero bytes in a row are 3 equal bytes; the
    # regex then tells letters ("sooo") from punctuation ("...", "!!!"), which is the common hit.
    x = int.from_bytes(raw, "big")
    same = (x ^ (x >> 8)).to_bytes(len(raw), "big")
    i = same.find(b"\0\0")
    while i != -1:
        if _RUN3_RE.match(view, max(i - 1, 0)):
            return True
        i = same.find(b"\0\0", i + 1)
    return False


def _may_collapse_unicode(view: str) -> bool:
    return any(_RUN3_RE.match(view, m.start()) for m in _TRIPLE_RE.finditer(view))


def _may_be_leet(raw: bytes, low: str) -> bool:
    """Whether the leet rules could change ``low`` (``raw``: its bytes): ``_LEET_HINT_SEARCH``, after one
    ``bytes.translate`` that tells whether the text has any leet character at all (two thirds of posts have none,
    and the regex stops at every character to look for one)."""
    return len(raw.translate(None, _LEET_BYTES)) != len(raw) and _LEET_HINT_SEARCH(low) is not None


_LEET_BYTES = "".join(_LEET).encode("ascii")


def _may_join(raw: bytes) -> bool:
    """Whether ``raw`` may hold 3 single characters in a row, each between non-elements."""
    return _JOIN_HINT_SEARCH(raw.translate(_JOIN_BYTES)) is not None


def identity(original: str, low: str) -> NormalizedText:
    """``NormalizedText(original, low, low)`` at a third of the cost, for the fast path.

    The frozen dataclass ``__init__`` goes through ``object.__setattr__`` per field; the slot descriptors
    store the same values directly (equality and hashing are unaffected).
    """
    norm = _new_object(NormalizedText)
    _set_original(norm, original)
    _set_folded(norm, low)
    _set_text(norm, low)
    _set_starts(norm, None)
    _set_ends(norm, None)
    return norm


_new_object = object.__new__
_slot = vars(NormalizedText)
if [f.name for f in fields(NormalizedText)] != ["original", "folded", "text", "_starts", "_ends"]:
    raise RuntimeError("_identity must set every field of NormalizedText; update it with the fields")
_set_original = _slot["original"].__set__
_set_folded = _slot["folded"].__set__
_set_text = _slot["text"].__set__
_set_starts = _slot["_starts"].__set__
_set_ends = _slot["_ends"].__set__


def _ascii_only(view: str) -> bytes | None:
    return view.encode("ascii") if view.isascii() else None


def _bytes_view(view: str) -> bytes | None:
    """One byte per character for the byte checks: ASCII as is, and where every other character is inert (no
    letter or digit: emoji, symbols, punctuation) those become ``?``, which the checks treat as they treat
    any non-letter. None when a non-ASCII letter or digit is left (the regexes decide then)."""
    if view.isascii():
        return view.encode("ascii")
    if _NON_ASCII_WORD_CHAR(view) is not None:
        return None
    return view.encode("ascii", "replace")


# The range first: an ASCII character fails the class on it, before the costlier Unicode category test.
_NON_ASCII_WORD_CHAR = re.compile(r"[^\x00-\x7f\W]").search
# UTF-8 bytes as "a" (ASCII) or "n" (a byte of a non-ASCII character), to find the runs of each by bytes.find.
_RUN_KINDS = bytes(ord("a") if b < 0x80 else ord("n") for b in range(256))


def _fold_view(original: str) -> str:
    """Step 1's view, where every character folds to one: the ASCII runs by lower(), the others by the table.

    Most such posts are ASCII with an emoji or a curly quote: only the non-ASCII runs need the table (a
    per-character dict lookup). The runs are found in the UTF-8 bytes, where every byte of a non-ASCII character
    (a lone surrogate too, passed through) is 0x80 or above: bytes.find over one translated copy costs half of a
    regex split, which steps through the text's four-byte characters one at a time.
    """
    raw = original.encode("utf-8", "surrogatepass")
    kinds = raw.translate(_RUN_KINDS)
    pieces: list[str] = []
    pos = 0
    start = kinds.find(b"n")
    while start != -1:
        end = kinds.find(b"a", start)
        if end == -1:
            end = len(raw)
        pieces.append(raw[pos:start].decode("ascii").lower())
        pieces.append(raw[start:end].decode("utf-8", "surrogatepass").translate(_FOLD_TABLE))
        pos = end
        start = kinds.find(b"n", end)
    pieces.append(raw[pos:].decode("ascii").lower())
    return "".join(pieces)


def _fold(original: str) -> tuple[str, list[int] | None, list[int] | None]:
    """Step 1 for text that is not pure ASCII. The maps are None when every character folds to one."""
    view = _fold_view(original)
    irregular = view.find(_IRREGULAR)
    if irregular == -1:
        return view, None, None
    fold = _FOLD
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    while irregular != -1:
        if irregular > pos:
            pieces.append(view[pos:irregular])
            starts.extend(range(pos, irregular))
            ends.extend(range(pos + 1, irregular + 1))
        out = fold[original[irregular]]
        if out:
            pieces.append(out)
            for _ in out:
                starts.append(irregular)
                ends.append(irregular + 1)
        else:
            # Extend the previous source character's output (all of an expansion) over this one.
            k = len(ends) - 1
            while k >= 0 and ends[k] == irregular:
                ends[k] = irregular + 1
                k -= 1
        pos = irregular + 1
        irregular = view.find(_IRREGULAR, pos)
    if pos < len(view):
        pieces.append(view[pos:])
        starts.extend(range(pos, len(view)))
        ends.extend(range(pos + 1, len(view) + 1))
    if starts and starts[0]:
        # Characters dropped before any output belong to the first output character (all of an expansion).
        first = starts[0]
        k = 0
        while k < len(starts) and starts[k] == first:
            starts[k] = 0
            k += 1
    return "".join(pieces), starts, ends


def _collapse_edits(view: str, starts: Sequence[int] | None, ends: Sequence[int] | None) -> list[_Edit]:
    edits = []
    for m in _RUN3_RE.finditer(view):
        a, b = m.span()
        span = (a, b) if starts is None or ends is None else (starts[a], ends[b - 1])
        edits.append(_Edit(a, b, view[a], [span]))
    return edits


def _apply(
    view: str, starts: Sequence[int] | None, ends: Sequence[int] | None, edits: list[_Edit]
) -> tuple[str, list[int], list[int]]:
    """Apply sorted, disjoint edits to a view and its map (None map: the identity)."""
    if starts is None or ends is None:
        starts, ends = range(len(view)), range(1, len(view) + 1)
    pieces: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    pos = 0
    for e in edits:
        pieces.append(view[pos : e.start])
        new_starts.extend(starts[pos : e.start])
        new_ends.extend(ends[pos : e.start])
        pieces.append(e.out)
        new_starts.extend(s for s, _ in e.spans)
        new_ends.extend(t for _, t in e.spans)
        pos = e.end
    pieces.append(view[pos:])
    new_starts.extend(starts[pos:])
    new_ends.extend(ends[pos:])
    return "".join(pieces), new_starts, new_ends


def _apply_joins(
    view: str, starts: Sequence[int] | None, ends: Sequence[int] | None, edits: list[_Edit]
) -> tuple[str, list[int], list[int], list[tuple[int, int]]]:
    """Like :func:`_apply`, also returning where the joined words are in the new view."""
    placed = []
    shift = 0
    for e in edits:
        begin = e.start - shift
        placed.append((begin, begin + len(e.out)))
        shift += (e.end - e.start) - len(e.out)
    new_view, new_starts, new_ends = _apply(view, starts, ends, edits)
    return new_view, new_starts, new_ends, placed


def _undo_leet(view: str, forced: list[tuple[int, int]]) -> str:
    """``text`` from ``folded``: one character for one, inside words the rules in the module docstring allow."""
    chars: list[str] | None = None
    done = 0
    n = len(view)
    for m in _LEET_CANDIDATE_RE.finditer(view):
        p = m.start()
        if p < done:
            continue
        start = p
        while start > 0 and _is_word_char(view[start - 1]):
            start -= 1
        word_end = _WORD_RE.match(view, p)
        end = word_end.end() if word_end else p + 1
        done = end
        core_end = end
        while core_end > start and view[core_end - 1] in _TRAILING_PUNCT:
            core_end -= 1
        if core_end - start < 2 or not _leet_word(view, start, core_end, end, n):
            continue
        for q in range(start, core_end):
            c = view[q]
            if c not in _LEET_CHARS:
                continue
            before = view[q - 1] if q > start else ""
            after = view[q + 1] if q + 1 < core_end else ""
            if before in _ASCII_LOWER or before in _LEET_CHARS or after in _ASCII_LOWER or after in _LEET_CHARS:
                if chars is None:
                    chars = list(view)
                chars[q] = _LEET[c]
    for a, b in forced:
        for q in range(a, b):
            c = view[q]
            if c in _LEET_CHARS:
                if chars is None:
                    chars = list(view)
                chars[q] = _LEET[c]
    return view if chars is None else "".join(chars)


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c in _LEET_SYMBOLS


def _leet_word(view: str, start: int, core_end: int, end: int, n: int) -> bool:
    """Whether the word ``view[start:core_end]`` (trailing ``!|`` removed) is leetspeak to undo."""
    core = view[start:core_end]
    first = core[0]
    if first == "@" or (start > 0 and view[start - 1] == "#"):
        return False  # a handle or a hashtag names something; leave it as written
    if first == "$" and core[1].isdigit():
        return False  # money
    if "@" in core and end + 1 < n and view[end] == "." and view[end + 1].isalnum():
        return False  # the local part and domain of an e-mail address
    letters = symbols = digits = 0
    for c in core:
        if c in _ASCII_LOWER:
            letters += 1
        elif c in _LEET_SYMBOLS:
            symbols += 1
        elif c.isdigit():
            if c not in _LEET_DIGITS:
                return False
            digits += 1
    if letters < 1 or letters + symbols < 2 or digits > letters + symbols:
        return False
    if digits and _NUMBER_WITH_UNIT_RE.fullmatch(core):
        return False
    return not (digits and _LETTERS_THEN_NUMBER_RE.fullmatch(core) and not _TRAILING_SS_RE.fullmatch(core))
