"""``csv``: one row per finding; a post without findings still gets one row (its verdict, empty finding
columns), so every screened post appears. Post columns (``post_id``, ``path``, ``verdict``, ``error``,
``source``) repeat on each of a post's rows; ``error`` is filled for a post that could not be screened.

A cell that begins ``=``, ``+``, ``-``, ``@``, tab or CR is prefixed with ``'``: spreadsheet programs would
run it as a formula (CSV injection), and post text is written by anyone. Numbers are never affected.
A lone surrogate (a truncated emoji in an archive) becomes U+FFFD: CSV has no escape, and it cannot be
encoded as UTF-8.
Open the stream with ``newline=""``: rows end in CRLF (RFC 4180).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from typing import TextIO

from smscreen.models import Finding
from smscreen.output.base import Report, RuleInfo, display_path
from smscreen.output.registry import register_format

__all__ = ["COLUMNS", "write_csv"]

COLUMNS: tuple[str, ...] = (
    "post_id",
    "path",
    "verdict",
    "rule",
    "category",
    "clause",
    "severity",
    "start",
    "end",
    "text",
    "message",
    "subject_id",
    "subject_role",
    "confidence",
    "error",
    "source",
)

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_SURROGATE = re.compile("[\ud800-\udfff]")
Cell = str | int | float | None


def _cell(value: Cell) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, str):
        value = _SURROGATE.sub("\ufffd", value)
        if value.startswith(_FORMULA_STARTS):
            return "'" + value
    return value


def _finding_cells(finding: Finding | None) -> list[Cell]:
    if finding is None:
        return [None] * 11
    subject = finding.subject
    return [
        finding.rule,
        finding.category.value,
        finding.clause.value,
        finding.severity.value,
        finding.start,
        finding.end,
        finding.text,
        finding.message,
        subject.id if subject else None,
        subject.role if subject else None,
        finding.confidence,
    ]


@register_format(
    "csv",
    description="one row per finding (a row for each post without findings or with an error)",
    extension=".csv",
    streaming=True,
)
def write_csv(
    reports: Iterable[Report],
    stream: TextIO,
    /,
    *,
    rules: Mapping[str, RuleInfo] | None = None,
) -> None:
    writer = csv.writer(stream)
    writer.writerow(COLUMNS)
    for report in reports:
        result = report.result
        head: list[Cell] = [result.id, display_path(report.path), result.verdict.value]
        tail: list[Cell] = [result.error, result.source]
        findings: Iterable[Finding | None] = result.findings or (None,)
        for finding in findings:
            writer.writerow([_cell(v) for v in (*head, *_finding_cells(finding), *tail)])
