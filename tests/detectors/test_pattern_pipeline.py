"""The process-wide pattern pipeline (names.tokenizer()) must split text exactly as the post pipeline does."""

from __future__ import annotations

from tests.detectors.test_roster import profile


def test_pattern_pipeline_splits_like_a_standard_english_pipeline() -> None:
    """Patterns are tokenised by a pipeline whose words carry no lexical attributes (they cost time and the
    matchers read token texts only): its tokens must be those a standard blank English pipeline makes, for
    every shipped lexicon term, every demo name and some awkward strings."""
    import spacy

    from smscreen import load_ruleset
    from smscreen.detectors.names import normalise_phrase, tokenizer

    reference = spacy.blank("en")
    texts = {
        normalise_phrase(term.text).strip()
        for name in ("uk-school-staff", "uk-school-official")
        for lexicon in load_ruleset(name).lexicons.values()
        for term in lexicon.terms
    }
    for person in profile().people:
        texts |= {normalise_phrase(n).strip() for n in (person.first_name, person.last_name, *person.aliases) if n}
    texts |= {"don't", "can't", "gonna", "he's", "Mr. O'Neill", "Sinclair-Moss", "e-mail", "U.K.", "5B", ":)",
              "3pm", "07700 900123", "#tag", "@user", "http://x.example/a?b=c", "jo(at)example(dot)com"}
    assert len(texts) > 3000
    different = [
        t for t in sorted(texts)
        if [tok.orth for tok in tokenizer().make_doc(t)] != [tok.orth for tok in reference.make_doc(t)]
    ]
    assert not different[:10]


def test_pattern_tokenizer_has_the_settings_of_a_blank_english_one() -> None:
    """The pattern tokenizer is made without spacy.blank: every setting must still be a blank pipeline's, and
    only the loading of spaCy's own exceptions skips their check (a special case added later is checked)."""
    import pytest
    import spacy
    from spacy.vocab import Vocab

    from smscreen.detectors.names import tokenizer

    ours, reference = tokenizer(), spacy.blank("en", vocab=Vocab())
    assert type(ours) is type(reference)
    assert ours.pipe_names == reference.pipe_names == []
    assert ours.max_length == reference.max_length
    mine, theirs = ours.tokenizer, reference.tokenizer
    assert isinstance(mine, type(theirs))
    assert mine.rules == theirs.rules
    assert mine.faster_heuristics == theirs.faster_heuristics
    for name in ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match"):
        a, b = getattr(mine, name), getattr(theirs, name)
        assert getattr(a, "__self__", a) == getattr(b, "__self__", b), name
    with pytest.raises(ValueError, match="E997"):
        mine.add_special_case("abc", [{"ORTH": "ab"}])
