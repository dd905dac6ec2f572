from __future__ import annotations

import pytest

from smscreen.engine.merge import merge_findings, verdict_for
from smscreen.models import Category, Clause, Finding, Severity, Subject, Verdict
from smscreen.rules.schema import Thresholds

TEXT = "Jake Smith is a pillock and lives at LS6 3QW"


def f(rule: str, start: int | None, end: int | None, *, category: Category = Category.ABUSE,
      severity: Severity = Severity.MEDIUM, confidence: float = 0.9, subject: Subject | None = None) -> Finding:
    return Finding(
        rule=rule, category=category, clause=Clause.TOU_ABUSIVE_HATEFUL, severity=severity,
        start=start, end=end, text=TEXT[start:end] if start is not None else None,
        message="m", subject=subject, confidence=confidence,
    )


def test_overlapping_same_category_merge_to_most_severe_with_union_span() -> None:
    merged = merge_findings([f("a", 0, 4, severity=Severity.LOW), f("b", 0, 10, severity=Severity.HIGH)], TEXT)
    assert len(merged) == 1
    assert merged[0].rule == "b"
    assert (merged[0].start, merged[0].end, merged[0].text) == (0, 10, "Jake Smith")


def test_union_span_grows_beyond_the_winner() -> None:
    merged = merge_findings([f("a", 0, 10, severity=Severity.HIGH), f("b", 5, 15)], TEXT)
    assert [(m.rule, m.start, m.end, m.text) for m in merged] == [("a", 0, 15, "Jake Smith is a")]


def test_transitive_groups() -> None:
    merged = merge_findings([f("a", 0, 5), f("b", 4, 12), f("c", 11, 15)], TEXT)
    assert len(merged) == 1
    assert (merged[0].start, merged[0].end) == (0, 15)


@pytest.mark.parametrize(
    "pair",
    [
        (f("a", 0, 4), f("b", 4, 10)),  # touching is not overlapping
        (f("a", 0, 10), f("b", 0, 10, category=Category.PUPIL_REFERENCE)),  # different categories
    ],
)
def test_not_merged(pair: tuple[Finding, Finding]) -> None:
    assert len(merge_findings(list(pair), TEXT)) == 2


def test_whole_post_findings_dedupe_by_rule_and_subject() -> None:
    s1, s2 = Subject(id="P1", role="pupil"), Subject(id="P2", role="pupil")
    merged = merge_findings(
        [
            f("c", None, None, subject=s1),
            f("c", None, None, subject=s1, confidence=0.5),
            f("c", None, None, subject=s2),
        ],
        TEXT,
    )
    assert len(merged) == 2
    assert merged[0].start is None


def test_sorted_by_position() -> None:
    merged = merge_findings([f("b", 16, 23), f("a", 0, 4, category=Category.PUPIL_REFERENCE)], TEXT)
    assert [m.rule for m in merged] == ["a", "b"]


@pytest.mark.parametrize(
    ("severities", "thresholds", "expected"),
    [
        ([], Thresholds(), Verdict.ALLOW),
        ([Severity.LOW], Thresholds(), Verdict.ALLOW),
        ([Severity.MEDIUM], Thresholds(), Verdict.REVIEW),
        ([Severity.LOW, Severity.HIGH], Thresholds(), Verdict.BLOCK),
        ([Severity.CRITICAL], Thresholds(), Verdict.BLOCK),
        ([Severity.MEDIUM], Thresholds(block=Severity.MEDIUM, review=Severity.LOW), Verdict.BLOCK),
        ([Severity.LOW], Thresholds(block=Severity.MEDIUM, review=Severity.LOW), Verdict.REVIEW),
    ],
)
def test_verdict(severities: list[Severity], thresholds: Thresholds, expected: Verdict) -> None:
    findings = [f(str(i), i, i + 1, severity=s) for i, s in enumerate(severities)]
    assert verdict_for(findings, thresholds) is expected


def test_thresholds_must_be_ordered() -> None:
    with pytest.raises(ValueError, match="review threshold"):
        Thresholds(block=Severity.LOW, review=Severity.HIGH)


def test_no_finding_or_one_comes_back_as_it_is() -> None:
    one = f("a", 5, 10)
    whole = f("b", None, None)
    assert merge_findings([], TEXT) == []
    assert merge_findings([one], TEXT) == [one]
    assert merge_findings([whole], TEXT) == [whole]
    # The general path (any iterable) agrees with the short one.
    assert merge_findings(iter([one]), TEXT) == [one]
    assert verdict_for([], Thresholds()) is Verdict.ALLOW
    assert verdict_for((), Thresholds()) is Verdict.ALLOW
