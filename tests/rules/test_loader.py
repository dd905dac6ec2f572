from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

import smscreen
from smscreen.errors import RulesetError
from smscreen.rules.lexicon import expand_term
from smscreen.rules.lint import lint_ruleset
from smscreen.rules.loader import load_ruleset

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "rulesets" / "mini" / "mini.yaml"


def school_ruleset(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "school.yaml"
    path.write_text(f"ruleset: my-school\nextends: {MINI}\n{body}", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("pillock", ["pillock"]),
        ("twat(s)", ["twat", "twats"]),
        ("wank(er|ers|ing)", ["wank", "wanker", "wankers", "wanking"]),
        ("kill  yourself", ["kill yourself"]),
        ("(s)", ["(s)"]),  # nothing before the brackets: taken literally
    ],
)
def test_expand_term(term: str, expected: list[str]) -> None:
    assert expand_term(term) == expected


def test_extends_disable_severity_add_terms_and_allow(tmp_path: Path) -> None:
    tomorrow = date.today() + timedelta(days=1)
    path = school_ruleset(
        tmp_path,
        "disable: [mini.number]\n"
        "severity: {mini.insult: low}\n"
        "add_terms: {insults: [muppet]}\n"
        f"allow:\n  - {{term: numpty, reason: our mascot is called Numpty, expires: {tomorrow}}}\n",
    )
    screener = smscreen.Screener(ruleset=path)
    assert screener.ruleset.chain == ("mini",)
    assert "mini.number" not in screener.ruleset.rules
    assert screener.screen("code 123456").findings == ()
    (finding,) = screener.screen("what a pillock").findings
    assert finding.severity.value == "low"  # the school's override is final
    assert [f.rule for f in screener.screen("what a muppet").findings] == ["mini.insult"]
    assert screener.screen("what a numpty").findings == ()  # allow-listed


def test_expired_allow_entry_no_longer_applies_and_is_linted(tmp_path: Path) -> None:
    path = school_ruleset(
        tmp_path, "allow:\n  - {term: numpty, reason: old exception, expires: 2020-01-01}\n"
    )
    screener = smscreen.Screener(ruleset=path)
    assert [f.rule for f in screener.screen("what a numpty").findings] == ["mini.insult"]
    assert any("expired" in str(w) for w in lint_ruleset(screener.ruleset))


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("disable: [no.such.rule]\n", "disable: no rule 'no.such.rule'"),
        ("severity: {no.such.rule: low}\n", "severity: no rule 'no.such.rule'"),
        ("add_terms: {nolex: [x]}\n", "add_terms: no lexicon named 'nolex'"),
        ("allow:\n  - {term: x, expires: 2030-01-01}\n", "missing required key 'allow.0.reason'"),
        ("allow:\n  - {term: x, reason: because}\n", "missing required key 'allow.0.expires'"),
        ("severity: {mini.insult: huge}\n", "severity.mini.insult: Input should be"),
        ("colour: blue\n", "unknown key 'colour'"),
    ],
)
def test_school_ruleset_errors(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(RulesetError) as info:
        load_ruleset(school_ruleset(tmp_path, body))
    assert message in str(info.value)
    assert "school.yaml:" in str(info.value)


def test_extends_cycle(tmp_path: Path) -> None:
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text(f"ruleset: a\nextends: {b}\n", encoding="utf-8")
    b.write_text(f"ruleset: b\nextends: {a}\n", encoding="utf-8")
    with pytest.raises(RulesetError, match="cycle"):
        load_ruleset(a)


def test_word_list_lexicon_and_comments() -> None:
    rs = load_ruleset(MINI)
    extra = rs.lexicons["extra"]
    assert [t.text for t in extra.terms] == ["nincompoop", "dimwit", "dimwits"]
    assert {t.severity.value for t in extra.terms} == {"high"}
    assert extra.terms[0].line == 2


def test_duplicate_rule_ids_are_errors(tmp_path: Path) -> None:
    rule = (
        "id: x.one\ntitle: t\ncategory: abuse\nclause: tou-conduct\nseverity: low\nmessage: m\n"
        "matchers:\n  a: {phrases: [x]}\n"
    )
    (tmp_path / "r.yaml").write_text(rule + "---\n" + rule, encoding="utf-8")
    (tmp_path / "rs.yaml").write_text("ruleset: d\ninclude: [r.yaml]\n", encoding="utf-8")
    with pytest.raises(RulesetError, match=r"duplicate rule id 'x\.one'"):
        load_ruleset(tmp_path / "rs.yaml")


def test_unknown_detector_and_lexicon(tmp_path: Path) -> None:
    (tmp_path / "r.yaml").write_text(
        "id: x.one\ntitle: t\ncategory: abuse\nclause: tou-conduct\nseverity: low\nmessage: m\n"
        "matchers:\n  a: {detector: telepathy}\n  b: {lexicon: nope}\n",
        encoding="utf-8",
    )
    (tmp_path / "rs.yaml").write_text("ruleset: d\ninclude: [r.yaml]\n", encoding="utf-8")
    with pytest.raises(RulesetError) as info:
        load_ruleset(tmp_path / "rs.yaml")
    text = str(info.value)
    assert "unknown detector 'telepathy'" in text and "unknown lexicon 'nope'" in text


def test_lint_warns_unused_matcher_and_missing_tests(tmp_path: Path) -> None:
    (tmp_path / "r.yaml").write_text(
        "id: x.one\ntitle: t\ncategory: abuse\nclause: tou-conduct\nseverity: low\nmessage: m\n"
        "matchers:\n  a: {phrases: [x]}\n  b: {phrases: [y]}\ncondition: a\n",
        encoding="utf-8",
    )
    (tmp_path / "rs.yaml").write_text("ruleset: d\ninclude: [r.yaml]\n", encoding="utf-8")
    warnings = [str(w) for w in lint_ruleset(load_ruleset(tmp_path / "rs.yaml"))]
    assert any("matcher 'b' is not used" in w for w in warnings)
    assert any("no fire and pass tests" in w for w in warnings)
