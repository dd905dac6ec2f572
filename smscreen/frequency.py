"""How common an English word is (Zipf scale: 7 is "the", 3 is "nativity", 0 is unknown).

Used where the engine must choose between words: which word of a phrase to trigger on (the rarest,
so common words do not send every post down the slow path) and whether a name is also an everyday
word (Grace, Will, May). Data from the wordfreq package, read from its wheel, never downloaded.

Building a screener asks for a few thousand words. Importing wordfreq costs about a quarter of a second
(it finds its own folder with ``inspect.stack()``, which walks every loaded module), and each of its
look-ups runs a Unicode tokenizer: together about a fifth of the screener's cold start. The words asked
for are nearly all ASCII (``amelia``, ``b*locks``, ``fol's``, ``420``), and for ASCII text wordfreq's
tokenizer reduces to a few rules of Unicode word segmentation, so such words are answered here, from the
same wordlist file with the same arithmetic; anything else still goes through wordfreq itself.
tests/test_frequency.py checks that both give the same answer, bit for bit.
"""

from __future__ import annotations

import gzip
import importlib.util
import math
import re
from functools import cache, lru_cache
from pathlib import Path

__all__ = ["zipf"]

# wordfreq's floor for zipf_frequency(minimum=0.0): zipf_to_freq(0.0).
_MINIMUM_FREQ = 10**0.0 / 1e9

# ASCII that wordfreq ("en") always splits at and never starts a token with: Word_Break=Other in Unicode's
# word segmentation (UAX #29), and not \w or a symbol of category So. Left out on purpose, and so sent to
# wordfreq: '.' ':' ',' ';' (they join letters or digits on both sides), '_' (joins), '@' (wordfreq keeps
# "@s" endings), '"' (Double_Quote) and all whitespace.
_SEPARATOR = "!#$%&()*+-/<=>?[\\]^`{|}~"
_PLAIN = re.compile(rf"[a-z0-9'{re.escape(_SEPARATOR)}]*")
_SPLIT = re.compile(rf"[{re.escape(_SEPARATOR)}]+")
# wordfreq's French-elision rule ("l'arc" is "l'" + "arc"): one or two word characters, an apostrophe and a
# vowel or "h" (its INITIAL_VOWEL_EXPR, lower case: the text is case-folded before it is split).
_ELISION = re.compile(r"[a-z0-9]{1,2}'[aehiouy]")
_MULTI_DIGIT = re.compile(r"[0-9]{2,}")  # wordfreq's MULTI_DIGIT_RE on text without '.' or ','

# wordfreq.numbers' estimates for digit sequences, copied (tests/test_frequency.py compares with wordfreq).
_DIGIT_FREQS = (0.009, 0.300, 0.175, 0.124, 0.096, 0.078, 0.066, 0.057, 0.050, 0.045)
_YEAR_LOG_PEAK = -1.9185
_NOT_YEAR_PROB = 0.1
_REFERENCE_YEAR = 2019
_PLATEAU_WIDTH = 20


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    if word.isascii():
        folded = word.lower()  # wordfreq case-folds first; for ASCII that is lower()
        if _PLAIN.fullmatch(folded):
            freqs = _frequencies()
            if freqs is not None:
                return _zipf_of_tokens(_tokens(folded), freqs)
    return _wordfreq_zipf(word)


def _wordfreq_zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en", wordlist="small"))


def _tokens(text: str) -> list[str]:
    """wordfreq's tokens of lower-case ASCII text made of letters, digits, apostrophes and :data:`_SEPARATOR`.

    Within a run of letters, digits and apostrophes, an apostrophe joins two letters or two digits (UAX #29
    WB6/7, WB11/12) and splits anything else; it never starts a token and is stripped from a token's ends.
    """
    tokens: list[str] = []
    for run in _SPLIT.split(text):
        pos, end = 0, len(run)
        while pos < end:
            if run[pos] == "'":
                pos += 1
                continue
            elided = _ELISION.match(run, pos)
            if elided is not None:
                stop = elided.end() - 1  # the elided particle, apostrophe included
            else:
                stop = pos + 1
                while stop < end:
                    if run[stop] != "'":
                        stop += 1
                    elif stop + 1 < end and (
                        (run[stop - 1].isalpha() and run[stop + 1].isalpha())
                        or (run[stop - 1].isdigit() and run[stop + 1].isdigit())
                    ):
                        stop += 2
                    else:
                        break
            tokens.append(run[pos:stop].strip("'"))
            pos = stop
    return tokens


def _zipf_of_tokens(tokens: list[str], freqs: dict[str, float]) -> float:
    """wordfreq's zipf_frequency(text, "en", wordlist="small") from the text's tokens, step by step
    (``_word_frequency`` then ``zipf_frequency``), so that every rounding is the same."""
    value = _MINIMUM_FREQ  # no tokens, or one not in the list
    one_over_result = 0.0
    for token in tokens:
        smashed = _MULTI_DIGIT.sub(lambda m: "0" * len(m.group()), token)
        if smashed not in freqs:
            break
        freq = freqs[smashed]
        if smashed != token:
            freq *= _digit_freq(token)
        one_over_result += 1.0 / freq
    else:
        if tokens:
            unrounded = max(1.0 / one_over_result, _MINIMUM_FREQ)
            leading_zeroes = math.floor(-math.log(unrounded, 10))
            value = round(unrounded, leading_zeroes + 3)
    return round(math.log(value, 10) + 9, 2)


def _digit_freq(token: str) -> float:
    """wordfreq.numbers.digit_freq: how likely these digit sequences are, among sequences of their length."""
    freq = 1.0
    for digits in _MULTI_DIGIT.findall(token):
        freq *= _year_freq(digits) if len(digits) == 4 else _benford_freq(digits)
    return freq


def _benford_freq(digits: str) -> float:
    scale: int = 10 ** (len(digits) - 1)
    return _DIGIT_FREQS[int(digits[0])] / scale


def _year_freq(digits: str) -> float:
    year = int(digits)
    if year <= _REFERENCE_YEAR:
        year_log_freq = _YEAR_LOG_PEAK - 0.0083 * (_REFERENCE_YEAR - year)
    elif _REFERENCE_YEAR < year <= _REFERENCE_YEAR + _PLATEAU_WIDTH:
        year_log_freq = _YEAR_LOG_PEAK
    else:
        year_log_freq = _YEAR_LOG_PEAK - 0.2 * (year - (_REFERENCE_YEAR + _PLATEAU_WIDTH))
    year_prob: float = 10.0**year_log_freq
    return year_prob + _NOT_YEAR_PROB * _benford_freq(digits)


@cache
def _frequencies() -> dict[str, float] | None:
    """wordfreq's get_frequency_dict("en", "small"), read without importing wordfreq; None when its data file
    is not where this wordfreq keeps it (then every look-up goes through wordfreq)."""
    spec = importlib.util.find_spec("wordfreq")  # finds the package without running its __init__
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations)), "data", "small_en.msgpack.gz")
    if not path.is_file():
        return None
    import msgpack

    with gzip.open(path, "rb") as infile:
        data = msgpack.load(infile, raw=False)
    header = data[0]
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        return None
    freqs: dict[str, float] = {}
    # The cBpack format: the bucket at index i holds the words of frequency -i centibels.
    for index, bucket in enumerate(data[1:]):
        freq = 10 ** (-index / 100)
        for word in bucket:
            freqs[word] = freq
    return freqs
