"""Declared regex triggers (``triggers: {words: ...}``, with their ``within``/``between`` gate) are a promise that
a post without them cannot match: the first pass never tries the regex there. These tests hold every shipped
regex to that promise."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import smscreen
from smscreen.detectors.base import PostMarks
from smscreen.engine.matchers import RegexMatcherC, post_word_list

_RULESETS = {name: smscreen.Screener(ruleset=name) for name in ("uk-school-staff", "uk-school-official")}


def _regex_matchers(screener: smscreen.Screener) -> list[tuple[str, RegexMatcherC]]:
    engine = screener._engine
    out = []
    for rule in engine.rules:
        for name, index in rule.matchers.items():
            matcher = engine.matchers[index]
            if isinstance(matcher, RegexMatcherC) and not matcher.triggers.always:
                out.append((f"{rule.id}:{name}", matcher))
    return out


def _bare_match(screener: smscreen.Screener, matcher: RegexMatcherC, text: str) -> bool:
    """Whether the regex alone (no triggers, no gate) matches the text, as the matcher would run it."""
    norm = screener._engine.normalizer(text)
    subject = text if matcher._on_original else norm.text
    return any(m.end() > m.start() for m in matcher._pattern.finditer(subject, timeout=1.0))


def _opens(screener: smscreen.Screener, matcher: RegexMatcherC, text: str) -> bool:
    view = screener._engine.normalizer(text).text
    listed = post_word_list(view)
    words = frozenset(listed)
    if not matcher.triggers.present_in_text(text, words, PostMarks.of(text)):
        return False
    return matcher.gate is None or matcher.gate.passes_words(text, words, listed)


# Every fire and pass text of every shipped rule: over a thousand real-looking posts.
_TEXTS = sorted({
    case.text
    for screener in _RULESETS.values()
    for r in screener.rules
    for case in (*r.rule.spec.tests.fire, *r.rule.spec.tests.pass_)
})


@pytest.mark.parametrize("ruleset", sorted(_RULESETS))
def test_no_shipped_rule_text_matches_a_regex_its_triggers_would_skip(ruleset: str) -> None:
    screener = _RULESETS[ruleset]
    hidden = [
        (name, text)
        for name, matcher in _regex_matchers(screener)
        for text in _TEXTS
        if _bare_match(screener, matcher, text) and not _opens(screener, matcher, text)
    ]
    assert hidden == []


_STAFF = _RULESETS["uk-school-staff"]
_BY_NAME = dict(_regex_matchers(_STAFF))
_TITLES = ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "Rev", "Revd",
           "Father", "Cllr", "Councillor"]
_ORGS = ["Ltd", "Limited", "plc", "PLC", "LLP", "Inc", "Council", "Academy", "Trust", "FC", "Police", "Catering"]
_AROUND = ["", " ", "\n", ".", ",", "(", "'", '"', "-", "_", "é", "5", "x", "“", "…", "\u200b", "Ｍ", " the "]
_NAMES = ["Khan", "O'Neill", "McDonald", "Smith-Jones", "Le Roux", "Van Dyke", "Okafor", "A", "é"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_AROUND), st.sampled_from(_TITLES), st.sampled_from(["", ".", ". ", "  "]),
       st.sampled_from([" ", "\n", "\t", ""]), st.sampled_from(_NAMES), st.sampled_from(_AROUND))
def test_titled_person_triggers_keep_every_match(
    before: str, title: str, dot: str, space: str, name: str, after: str
) -> None:
    matcher = _BY_NAME["content.defamation.titled-person:titled"]
    text = f"liar{before}{title}{dot}{space}{name}{after}"
    if _bare_match(_STAFF, matcher, text):
        assert _opens(_STAFF, matcher, text)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_AROUND), st.lists(st.sampled_from(["Hollins", "Green", "J&B", "St", "O'Hara", "X"]),
       min_size=1, max_size=3), st.sampled_from(["", " ", "\n"]), st.sampled_from(_ORGS), st.sampled_from(_AROUND))
def test_organisation_triggers_keep_every_match(
    before: str, words: list[str], space: str, org: str, after: str
) -> None:
    matcher = _BY_NAME["content.defamation.organisation:organisation"]
    text = f"fraud{before}{' '.join(words)}{space} {org}{after}"
    if _bare_match(_STAFF, matcher, text):
        assert _opens(_STAFF, matcher, text)


def test_titled_and_organisation_triggers_shut_posts_without_them() -> None:
    titled = _BY_NAME["content.defamation.titled-person:titled"]
    organisation = _BY_NAME["content.defamation.organisation:organisation"]
    assert _opens(_STAFF, titled, "Allegedly Mrs Patel lied")
    assert not _opens(_STAFF, titled, "Allegedly Patel lied")
    assert _opens(_STAFF, organisation, "Acme Builders lied")
    assert not _opens(_STAFF, organisation, "Acme lied")
