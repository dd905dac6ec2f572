"""Small builders for findings, results and reports, so each test states only what it is about."""

from __future__ import annotations

from typing import Any

from smscreen.models import Category, Clause, Finding, Result, Severity, Verdict
from smscreen.output import Report, RuleInfo


def finding(**overrides: Any) -> Finding:
    """A high pupil-reference finding about the whole post unless overridden."""
    fields: dict[str, Any] = {
        "rule": "people.pupil-full-name",
        "category": Category.PUPIL_REFERENCE,
        "clause": Clause.TOU_REFERENCES,
        "severity": Severity.HIGH,
        "message": "Names a pupil",
        "confidence": 0.9,
    }
    fields.update(overrides)
    return Finding(**fields)


def span(text: str, needle: str, occurrence: int = 1, **overrides: Any) -> Finding:
    """A finding over the ``occurrence``-th ``needle`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return finding(start=start, end=start + len(needle), text=needle, **overrides)


def whole_post(**overrides: Any) -> Finding:
    fields: dict[str, Any] = {
        "rule": "disclaimer.missing",
        "category": Category.MISSING_DISCLAIMER,
        "clause": Clause.G_PERSONAL_VIEWS,
        "severity": Severity.MEDIUM,
        "message": "Discusses work without saying the views are the author's own",
        "confidence": 0.6,
    }
    fields.update(overrides)
    return finding(**fields)


def report(
    *findings: Finding,
    text: str | None = "",
    path: str | None = "post.txt",
    verdict: Verdict = Verdict.ALLOW,
    id: str | None = None,
    error: str | None = None,
) -> Report:
    return Report(Result(id=id, verdict=verdict, findings=findings, error=error), text, path)


RULES: dict[str, RuleInfo] = {
    "people.pupil-full-name": RuleInfo(
        id="people.pupil-full-name",
        title="Pupil named in full",
        category=Category.PUPIL_REFERENCE,
        clause=Clause.TOU_REFERENCES,
        severity=Severity.HIGH,
        message_template="Names pupil {name} ({form}) with no recorded permission",
        help_text="Remove the pupil's name, or record permission with the principal first.",
    ),
    "lexicon.abuse": RuleInfo(
        id="lexicon.abuse",
        title="Abusive language",
        category=Category.ABUSE,
        clause=Clause.TOU_ABUSIVE_HATEFUL,
        severity=Severity.CRITICAL,
    ),
}

FAMILY = "\U0001f469\u200d\U0001f469\u200d\U0001f467"  # one glyph, five code points
FAMILY_TEXT = f"Our trip\n{FAMILY} Jake Smith"
