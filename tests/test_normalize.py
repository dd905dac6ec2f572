"""Normalisation: each transform with its negatives, and the offset map's guarantees on any input."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import smscreen.normalize as normalize_module
from smscreen.normalize import NormalizedText, Normalizer

VOCAB = frozenset({"fuck", "shit", "idiot", "ass", "bitch", "Zoë", "Amelia"})
PLAIN = Normalizer()
SCREEN = Normalizer(join_vocabulary=VOCAB)


def spans(norm: NormalizedText) -> list[tuple[int, int]]:
    return [norm.to_original(i, i + 1) for i in range(len(norm.text))]


LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "l"}


def check_map(norm: NormalizedText) -> None:
    """The guarantees every detector relies on."""
    n, size = len(norm.text), len(norm.original)
    assert len(norm.folded) == n
    for f, t in zip(norm.folded, norm.text, strict=True):
        assert t == f or t == LEET.get(f), "text may differ from folded only by the leet table"
    prev = (0, 0)
    for i in range(n):
        s, e = norm.to_original(i, i + 1)
        assert 0 <= s < e <= size, (i, s, e)
        assert s >= prev[0] and e >= prev[1], (i, prev, (s, e))
        if i:
            assert s <= prev[1], "an original character belongs to no normalised character"
        lo, hi = norm.from_original(s, e)
        assert lo <= i < hi
        prev = (s, e)
    whole = norm.to_original(0, n)
    assert 0 <= whole[0] <= whole[1] <= size
    if n:
        assert whole == (0, size)
        assert norm.from_original(0, size) == (0, n)
    for i in range(n + 1):
        s, e = norm.to_original(i, i)
        assert 0 <= s == e <= size


# --- step 1: per-character folding ---------------------------------------------------------------------

FOLD_CASES = [
    # (original, folded, source span of each folded character or None to skip)
    ("ＦＵＣＫ", "fuck", None),
    ("𝐟𝐮𝐜𝐤", "fuck", None),
    ("𝓯𝓾𝓬𝓴", "fuck", None),
    ("ﬁne", "fine", [(0, 1), (0, 1), (1, 2), (2, 3)]),
    ("x²", "x2", None),
    ("Straße", "strasse", [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (4, 5), (5, 6)]),
    ("café", "cafe", None),
    ("cafe\u0301", "cafe", [(0, 1), (1, 2), (2, 3), (3, 5)]),
    ("e\u0301", "e", [(0, 2)]),
    ("Ѕһіt", "shit", None),  # Cyrillic dze, shha, byelorussian i
    ("раураl", "paypal", None),  # Cyrillic а р у
    ("ВІТСН", "bitch", None),  # Cyrillic capitals
    ("κιτ", "kit", None),  # Greek
    ("ΑΣΣ", "aσσ", None),  # Greek sigma is no look-alike; kept
    ("Łukasz Søren", "lukasz soren", None),
    ("f\u200bu\u200cc\u200dk", "fuck", [(0, 2), (2, 4), (4, 6), (6, 7)]),
    ("\u202eabc\u202c", "abc", [(0, 2), (2, 3), (3, 5)]),
    ("\ufeffhi", "hi", [(0, 2), (2, 3)]),
    ("\u200b\u200bß", "ss", [(0, 3), (0, 3)]),
    ("sh\u00adit", "shit", [(0, 1), (1, 3), (3, 4), (4, 5)]),
    ("a\u2060b\u2066c\u2069", "abc", [(0, 2), (2, 4), (4, 6)]),
    ("☺\ufe0f ok", "☺ ok", [(0, 2), (2, 3), (3, 4), (4, 5)]),
    ("👩\u200d👩\u200d👧", "👩👩👧", [(0, 2), (2, 4), (4, 5)]),
    ("ß\u0301x", "ssx", [(0, 2), (0, 2), (2, 3)]),
    ("Ⓕⓤⓒⓚ", "fuck", None),
    ("\u3164hidden", "hidden", None),
    ("a\uffffß", "a\uffffss", [(0, 1), (1, 2), (2, 3), (2, 3)]),  # the translate table's stand-in, in real text
]


@pytest.mark.parametrize(("original", "folded", "expected_spans"), FOLD_CASES)
def test_fold(original: str, folded: str, expected_spans: list[tuple[int, int]] | None) -> None:
    norm = PLAIN(original)
    assert norm.folded == folded
    assert norm.text == folded
    if expected_spans is not None:
        assert spans(norm) == expected_spans
    check_map(norm)


@pytest.mark.parametrize(
    "original",
    [
        "Scunthorpe",
        "class",
        "assassin",
        "Fukuhara",
        "Shital",
        "Nishit",
        "Well done to Year 7 for a brilliant trip to the museum today!",
        "Back at 3pm; see @MrsSmith and #TeamWork on 2nd May, 10am. Y6 and KS3 too.",
        "Bookkeeper balloons: 1000 of them!!! Wow...",
        "E-mail info@school.org.uk or call 01234 567890",
        "",
    ],
)
def test_clean_ascii_is_identity(original: str) -> None:
    for normalizer in (PLAIN, SCREEN):
        norm = normalizer(original)
        assert norm.folded == norm.text == original.lower()
        assert norm.is_identity
        assert spans(norm) == [(i, i + 1) for i in range(len(original))]


def test_one_for_one_folding_keeps_the_identity_map() -> None:
    norm = PLAIN("Café Zoë 👏 ‘ok’")
    assert norm.folded == "cafe zoe 👏 'ok'"  # typographic quotes fold to ASCII, one for one
    assert norm.is_identity


@pytest.mark.parametrize(
    ("text", "folded"),
    [("you’re", "you're"), ("Amelia’s", "amelia's"), ("“hi”", '"hi"'), ("it`s", "it`s")],
)
def test_typographic_quotes_fold_to_ascii(text: str, folded: str) -> None:
    assert PLAIN(text).folded == folded


def test_identity_fast_path_shares_one_string() -> None:
    norm = SCREEN("Sports day is on Friday")
    assert norm.text is norm.folded
    assert norm.to_original(6, 9) == (6, 9)
    assert norm.from_original(6, 9) == (6, 9)


# --- step 2: runs of the same letter -------------------------------------------------------------------

RUN_CASES = [
    # (original, folded, index of the collapsed letter, its original span)
    ("fuuuuck", "fuck", 1, (1, 5)),
    ("sooo good", "so good", 1, (1, 4)),
    ("FuuUUck", "fuck", 1, (1, 5)),
    ("aaa", "a", 0, (0, 3)),
    ("f\u200buuu\u200bck", "fuck", 1, (2, 6)),
    ("ѕһһһit", "shit", 1, (1, 4)),
    ("so baaaad", "so bad", 4, (4, 8)),
]


@pytest.mark.parametrize(("original", "folded", "index", "run_span"), RUN_CASES)
def test_runs_collapse(original: str, folded: str, index: int, run_span: tuple[int, int]) -> None:
    norm = PLAIN(original)
    assert norm.folded == folded
    assert norm.to_original(index, index + 1) == run_span
    check_map(norm)


@pytest.mark.parametrize("original", ["balloon", "bookkeeper", "1000", "!!!", "...", "zz top", "aa bb"])
def test_runs_negatives(original: str) -> None:
    norm = PLAIN(original)
    assert norm.folded == original.lower()


def test_run_of_three_maps_to_whole_run_in_context() -> None:
    norm = PLAIN("so baaaad")
    assert norm.folded == "so bad"
    assert norm.to_original(3, 6) == (3, 9)


# --- step 3: spaced-out vocabulary words ---------------------------------------------------------------

JOIN_CASES = [
    # (original, folded, the joined word in folded, its original span)
    ("f.u.c.k", "fuck", (0, 4), (0, 7)),
    ("f u c k", "fuck", (0, 4), (0, 7)),
    ("f-u-c-k", "fuck", (0, 4), (0, 7)),
    ("f_u_c_k", "fuck", (0, 4), (0, 7)),
    ("f*u*c*k", "fuck", (0, 4), (0, 7)),
    ("F.U.C.K!", "fuck!", (0, 4), (0, 7)),
    ("you f u c k off", "you fuck off", (4, 8), (4, 11)),
    ("u r a f u c k", "u r a fuck", (6, 10), (6, 13)),
    ("i d i o t.", "idiot.", (0, 5), (0, 9)),
    ("Z o e", "zoe", (0, 3), (0, 5)),
    ("A.M.E.L.I.A", "amelia", (0, 6), (0, 11)),
    ("f\u200b.u.c.k", "fuck", (0, 4), (0, 8)),
    ("ѕ h і t", "shit", (0, 4), (0, 7)),
    ("f.u.c.k s h i t", "fuck shit", (5, 9), (8, 15)),
    ("f.u.c.k.s.h.i.t", "fuck.shit", (5, 9), (8, 15)),
]


@pytest.mark.parametrize(("original", "folded", "word", "word_span"), JOIN_CASES)
def test_join(original: str, folded: str, word: tuple[int, int], word_span: tuple[int, int]) -> None:
    norm = SCREEN(original)
    assert norm.folded == folded
    assert norm.to_original(*word) == word_span
    assert norm.from_original(*word_span) == word
    check_map(norm)


def test_join_maps_word_to_whole_run() -> None:
    norm = SCREEN("oh f.u.c.k off")
    assert norm.folded == "oh fuck off"
    assert norm.to_original(3, 7) == (3, 10)
    assert norm.from_original(3, 10) == (3, 7)


@pytest.mark.parametrize(
    "original",
    [
        "u r a star",
        "plan A B C",
        "f.u c-k",  # mixed separators
        "f..u..c..k",  # doubled separators
        "o k",  # two letters
        "a.b.c",  # not in the vocabulary
        "xf.u.c.k",  # glued to a word
        "f.u.c.kk",
        "i.e. e.g. a.m.",
    ],
)
def test_join_negatives(original: str) -> None:
    assert SCREEN(original).folded == original.lower()


def test_join_needs_the_word_in_the_vocabulary() -> None:
    assert Normalizer(join_vocabulary=frozenset({"star", "rat"}))("u r a star").folded == "u r a star"
    assert Normalizer(join_vocabulary=frozenset({"ura"}))("u r a star").folded == "ura star"
    assert PLAIN("f u c k").folded == "f u c k"


def test_join_with_leet_inside_is_de_leeted() -> None:
    norm = SCREEN("s.h.1.t")
    assert norm.folded == "sh1t"
    assert norm.text == "shit"
    assert norm.to_original(0, 4) == (0, 7)


def test_vocabulary_is_folded() -> None:
    assert "zoe" in SCREEN.join_vocabulary
    assert "amelia" in SCREEN.join_vocabulary


# --- leetspeak ---------------------------------------------------------------------------------------

LEET_CASES = [
    ("sh1t", "shit"),
    ("b!tch", "bitch"),
    ("$hit", "shit"),
    ("a$$", "ass"),
    ("n00b", "noob"),
    ("l33t", "leet"),
    ("b@stard", "bastard"),
    ("cla55", "class"),
    ("5hit", "shit"),
    ("1diot", "idiot"),
    ("h4x0r", "haxor"),
    ("b!tch!", "bitch!"),
    ("what a b!tch.", "what a bitch."),
    ("Sh1T", "shit"),
    ("a|b|e", "alble"),
    ("ѕh1t", "shit"),  # Cyrillic dze folded first
]


@pytest.mark.parametrize(("original", "text"), LEET_CASES)
def test_leet(original: str, text: str) -> None:
    norm = PLAIN(original)
    assert norm.text == text
    assert norm.folded == original.lower() or not original.isascii()
    assert spans(norm) == [(i, i + 1) for i in range(len(original))]


@pytest.mark.parametrize(
    "original",
    [
        "@ss",  # a handle
        "#b1tch",  # a hashtag
        "2nd",
        "5B",
        "y6",
        "10am",
        "1st",
        "3pm",
        "5mins",
        "yr7",
        "KS3",
        "top10",
        "covid19",
        "$5m",
        "£5",
        "wow!!",
        "hello! world",
        "info@sch00l.org",
        "1337",
        "100",
        "a55",
        "24-12",
        "1v1",
        "b4",
    ],
)
def test_leet_negatives(original: str) -> None:
    norm = SCREEN(original)
    assert norm.text == norm.folded == original.lower()


# --- the map's interface -------------------------------------------------------------------------------


def test_to_original_empty_spans() -> None:
    norm = PLAIN("\u200bhé\u0301")
    assert norm.folded == "he"
    assert norm.to_original(0, 0) == (0, 0)
    assert norm.to_original(1, 1) == (2, 2)
    assert norm.to_original(2, 2) == (4, 4)


def test_everything_dropped() -> None:
    norm = PLAIN("\u200b\u200d\ufe0f")
    assert norm.text == ""
    assert norm.to_original(0, 0) == (0, 0)
    assert norm.from_original(0, 3) == (0, 0)


@pytest.mark.parametrize(("start", "end"), [(-1, 1), (2, 1), (0, 99)])
def test_to_original_rejects_bad_spans(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="not within"):
        PLAIN("ﬁne").to_original(start, end)
    with pytest.raises(ValueError, match="not within"):
        PLAIN("fine").to_original(start, end)


def test_from_original_widens_to_whole_units() -> None:
    norm = PLAIN("ßa")
    assert norm.from_original(0, 1) == (0, 2)
    assert norm.from_original(1, 2) == (2, 3)
    assert norm.from_original(1, 1) == (2, 2)
    with pytest.raises(ValueError, match="not within"):
        norm.from_original(0, 5)


# --- properties ----------------------------------------------------------------------------------------

FRAGMENTS = [
    "👩\u200d👩\u200d👧",
    "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f",
    "❤\ufe0f",
    "1\ufe0f\u20e3",
    "e\u0301",
    "\u0301",
    "a\u0308\u0301",
    "\u200b",
    "\u200d",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\u00ad",
    "\u3164",
    "ѕһіt",
    "раураl",
    "ΑΒΓ",
    "שלום",
    "مرحبا",
    "ß",
    "ﬁ",
    "ﬀ",
    "𝐟𝐮𝐜𝐤",
    "İ",
    "ǅ",
    "한국",
    "½",
    "…",
    "f",
    "u",
    "c",
    "k",
    "s",
    "h",
    "a",
    "Z",
    "o",
    "e",
    "uuu",
    "1",
    "0",
    "5",
    "$",
    "!",
    "|",
    "@",
    "#",
    " ",
    ".",
    "_",
    "*",
    "-",
    "\n",
    "10am",
    "yr7",
    "cla55",
]
mixed_text = st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join)


@settings(max_examples=400)
@given(st.text())
@example("")
@example("\u0301abc")
@example("ß\u200b\u0301")
def test_any_unicode_keeps_the_map_valid(original: str) -> None:
    for normalizer in (PLAIN, SCREEN):
        check_map(normalizer(original))


@settings(max_examples=600)
@given(mixed_text)
def test_mixed_obfuscation_keeps_the_map_valid(original: str) -> None:
    for normalizer in (PLAIN, SCREEN):
        check_map(normalizer(original))


ASCII_PIECES = st.sampled_from(
    [*"aAbsSfuckhitzoe013457@$!|#._*- 2689\n", "10am", "1st", "yr7", "cla55", "5pm!", "info@x.org"]
)
ascii_text = st.one_of(
    st.text(alphabet=st.characters(max_codepoint=127), max_size=40),
    st.lists(ASCII_PIECES, max_size=25).map("".join),
)


@settings(max_examples=1500)
@given(ascii_text)
def test_ascii_fast_path_agrees_with_full_path(original: str) -> None:
    for normalizer in (PLAIN, SCREEN):
        fast = normalizer(original)
        low = original.lower()
        full = normalizer._normalize(original, low, low.encode("ascii"))
        assert (fast.folded, fast.text) == (full.folded, full.text)
        assert fast.is_identity == full.is_identity
        assert spans(fast) == spans(full)
        check_map(fast)


clean_ascii = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ,.?'\"()&:;\n", max_size=80)


@settings(max_examples=300)
@given(clean_ascii)
def test_clean_ascii_map_is_identity(original: str) -> None:
    low = original.lower()
    if any(low[i] == low[i + 1] == low[i + 2] and low[i].isalpha() for i in range(len(low) - 2)):
        return
    norm = PLAIN(original)
    assert norm.folded == norm.text == low
    assert norm.is_identity
    assert all(norm.to_original(i, i + 1) == (i, i + 1) for i in range(len(low)))


mixed_text = st.lists(
    st.one_of(ASCII_PIECES, st.sampled_from(["\U0001f602", "\u2764\ufe0f", "\u201c", "\u2019", "é", "д", "ß", "\u200d",
                                             "\u00a0", "ｆ", "😂😂😂", "ééé", "\u0301", "ｕ", "İ"])),
    max_size=25,
).map("".join)


@settings(max_examples=1500)
@given(st.one_of(mixed_text, st.text(max_size=40)))
def test_byte_checks_on_unicode_agree_with_the_regex_path(original: str) -> None:
    # Non-ASCII posts whose other characters are inert (emoji, quotes) take the byte checks; they must give
    # exactly what the regex-only path gives.
    for normalizer in (PLAIN, SCREEN):
        fast = normalizer._normalize(original, None, None)
        slow = normalizer._normalize(original, None, None, byte_checks=False)
        assert (fast.folded, fast.text) == (slow.folded, slow.text)
        assert spans(fast) == spans(slow)
        check_map(fast)


@settings(max_examples=800)
@given(st.one_of(mixed_text, st.text(max_size=40)))
def test_split_fold_matches_the_character_table(original: str) -> None:
    from smscreen.normalize import _FOLD

    view, _starts, _ends = normalize_module._fold(original)
    assert view == "".join(_FOLD[c] for c in original)


@settings(deadline=None)
@given(st.frozensets(st.text(min_size=1, max_size=8) | st.sampled_from(["ﬁne", "straße", "ᴋɪʟʟ", "f\u200bu", "naïve"])))
def test_join_vocabulary_folds_each_term_as_its_characters_fold(terms: frozenset[str]) -> None:
    # Normalizer folds a term with one translate and falls back to this where a character does not fold to one.
    expected = set()
    for term in terms:
        folded = "".join(normalize_module._FOLD[c] for c in term)
        if len(folded) >= 3 and all(c.isalpha() or c in normalize_module._LEET_CHARS for c in folded):
            expected.add(folded)
    assert Normalizer(join_vocabulary=terms).join_vocabulary == expected


@settings(max_examples=500)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_leet_byte_check_agrees_with_the_hint_regex(original: str) -> None:
    # The byte check only skips the regex on a text without any leet character, where it cannot match.
    low = original.lower()
    hint = normalize_module._LEET_HINT_SEARCH(low) is not None
    assert normalize_module._may_be_leet(low.encode("ascii"), low) is hint
