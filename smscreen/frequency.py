"""How common an English word is (Zipf scale: 7 is "the", 3 is "nativity", 0 is unknown).

Used where the engine must choose between words: which word of a phrase to trigger on (the rarest,
so common words do not send every post down the slow path) and whether a name is also an everyday
word (Grace, Will, May). Data from the wordfreq package, read from its wheel, never downloaded.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["zipf"]


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en", wordlist="small"))
