"""smscreen.frequency answers ASCII words itself: it must give wordfreq's answer exactly, word for word."""

from __future__ import annotations

import itertools
import random

import pytest
from wordfreq import iter_wordlist, zipf_frequency

from smscreen import frequency


def _wordfreq(word: str) -> float:
    return float(zipf_frequency(word, "en", wordlist="small"))


def _ours(word: str) -> float:
    """Our own answer, never wordfreq's (zipf() would hand a word it cannot read to wordfreq)."""
    folded = word.lower()
    assert frequency._PLAIN.fullmatch(folded), word
    freqs = frequency._frequencies()
    assert freqs is not None
    return frequency._zipf_of_tokens(frequency._tokens(folded), freqs)


def _disagreements(words: list[str]) -> list[tuple[str, float, float]]:
    return [(w, got, want) for w in words if (got := _ours(w)) != (want := _wordfreq(w))]


def test_the_wordlist_is_read_without_wordfreq() -> None:
    freqs = frequency._frequencies()
    assert freqs is not None, "wordfreq's data file was not found: every look-up would import wordfreq"
    assert len(freqs) > 20_000


def test_every_ascii_word_of_the_list_agrees_with_wordfreq() -> None:
    words = [w for w in iter_wordlist("en", "small") if w.isascii() and frequency._PLAIN.fullmatch(w)]
    assert len(words) > 20_000
    assert not _disagreements(words)[:10]


def test_short_strings_agree_with_wordfreq() -> None:
    """Every string of up to four characters over letters (vowels and "h" start French elisions, "y" too),
    digits, the apostrophe and each separator: the tokenizer's rules, exhaustively."""
    wrong = []
    for sep in frequency._SEPARATOR:
        alphabet = f"ahy1b0'{sep}"
        for n in range(5):
            wrong += _disagreements(["".join(p) for p in itertools.product(alphabet, repeat=n)])
    assert not wrong[:10]


def test_numbers_and_random_strings_agree_with_wordfreq() -> None:
    rng = random.Random(5)
    words = [str(n) for n in range(2100)] + [f"{n:04d}" for n in range(0, 10000, 7)]
    words += [f"mp{n}" for n in range(40)] + [f"{n}d" for n in range(40)] + ["ebok30", "y2k", "90's", "1'000"]
    alphabet = "abeghlnostuy0123459'-*/&!?" + frequency._SEPARATOR
    words += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14))) for _ in range(20_000)]
    assert not _disagreements(words)[:10]


@pytest.mark.parametrize(
    "word",
    [
        "the", "The", "THE", "nativity", "Grace", "will", "MAY", "i", "I", "a", "x", "",
        "qzxv", "Kowalczyk", "Nwachukwu", "zzzzzzzzzzzz",  # not in the list: 0
        "i'l", "you'l", "fol's", "O'Neill", "l'arc", "qu'un", "rock'n'roll", "dogs'", "'tis",
        "sh*ty", "half-ased", "write-ofs", "mp3", "3d", "420", "2024", "1999", "2050",
        # Not read here: wordfreq itself answers.
        "O’Neill", "zoë", "straße", "İstanbul", "naïve", "e.g", "1,000", "a:b", "snake_case", "amig@s", " ", "a b",
    ],
)
def test_zipf_is_wordfreqs_zipf(word: str) -> None:
    assert frequency.zipf(word) == _wordfreq(word)


def test_ascii_words_do_not_import_wordfreq(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(word: str) -> float:
        raise AssertionError(f"{word!r} went to wordfreq")

    monkeypatch.setattr(frequency, "_wordfreq_zipf", refuse)
    frequency.zipf.cache_clear()
    for word in ("Amelia", "b*locks", "fol's", "420", "e-bok", ""):
        frequency.zipf(word)
    frequency.zipf.cache_clear()
