"""The phrase index tokenises every phrase in one pass (PhraseIndex.compile); each pattern must be the tokens
that ``make_doc`` gives the phrase on its own, or posts would match differently."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import ORTH
from spacy.vocab import Vocab

from smscreen.engine.matchers import PhraseIndex
from smscreen.normalize import Normalizer

# Special cases ("can't", "gonna", "a.m."), affixes, hyphens, digits with units, spaces of other kinds.
PHRASES = [
    "can't stand you", "gonna get you", "see you at 9 a.m.", "e.g. this", "self-harm", "10km run", "(quoted)",
    "don't", "u.s.a", "£5 note", "it's mine", "a  b", "tab\there", "nbsp\u00a0here", "ends with dot.", ":)",
    "well... ok", "o'neill", "co-op's", "#tag", "@handle", "x", "“smart quotes”", "naïve café",
]


def _index() -> PhraseIndex:
    return PhraseIndex(spacy.blank("en", vocab=Vocab()), Normalizer())


def test_one_pass_gives_each_phrase_its_own_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    index = _index()
    texts = [added[0] for p in PHRASES if (added := index.add(p)) is not None]
    reference = spacy.blank("en", vocab=Vocab())
    expected = [reference.make_doc(text).to_array(ORTH).tolist() for text in texts]

    def one_at_a_time(text: str) -> None:
        raise AssertionError("tokenised on its own")

    monkeypatch.setattr(index._nlp, "make_doc", one_at_a_time)
    assert index._token_orths(texts) == expected


def test_a_phrase_with_a_line_break_is_tokenised_on_its_own() -> None:
    index = _index()
    texts = ["first line\nsecond line", "other phrase", "can't"]
    reference = spacy.blank("en", vocab=Vocab())
    assert index._token_orths(texts) == [reference.make_doc(t).to_array(ORTH).tolist() for t in texts]


@pytest.mark.parametrize("phrase", ["can't stand you", "see you at 9 a.m.", "self-harm"])
def test_compiled_phrases_match_posts(phrase: str) -> None:
    index = _index()
    key, _ = index.add(phrase)  # type: ignore[misc]
    index.add("another phrase")
    index.compile()
    post = spacy.blank("en").make_doc(f"well {key} then")
    found = {index._key_ids[m] for m, _, _ in index._matcher(post)}
    assert key in found


def test_words_are_tokenised_once_and_joined_special_cases_stay_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Phrases of single-spaced words are tokenised word by word (each distinct word once); a phrase whose tokens
    on both sides of a space spell a special case ("9 a.m." spells "9a.m.", "gon na" spells "gonna") is
    tokenised whole. Every phrase keeps the tokens make_doc gives it, and none is tokenised on its own."""
    index = _index()
    texts = [
        "see you at 9 a.m.", "gon na get you", "ca n't stand", "he 's here", "i m out", "you at 9", "at 9 am",
        "get you", "can't stand you", "don't you dare", "you  two", "e.g. this one",
    ]
    reference = spacy.blank("en", vocab=Vocab())
    expected = [reference.make_doc(text).to_array(ORTH).tolist() for text in texts]
    pieces: list[list[str]] = []
    joined = index._joined

    def record(parts: list[str]) -> list[list[int]] | None:
        pieces.append(parts)
        return joined(parts)

    def one_at_a_time(text: str) -> None:
        raise AssertionError("tokenised on its own")

    monkeypatch.setattr(index, "_joined", record)
    monkeypatch.setattr(index._nlp, "make_doc", one_at_a_time)
    assert index._token_orths(texts) == expected
    words, whole = pieces
    assert len(words) == len(set(words))
    assert {"see you at 9 a.m.", "gon na get you", "ca n't stand", "he 's here", "i m out"} <= set(whole)
    assert "get you" not in whole
