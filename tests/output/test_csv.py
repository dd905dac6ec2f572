"""csv: one row per finding, one row for a post without findings or with an error, no formula cells."""

from __future__ import annotations

import csv
import io

import pytest

from smscreen.models import Subject, Verdict
from smscreen.output import write_reports
from smscreen.output.base import Report
from smscreen.output.formats.csv_rows import COLUMNS

from .factories import report, span, whole_post


def rows(*reports: Report) -> list[dict[str, str]]:
    stream = io.StringIO(newline="")
    write_reports(reports, "csv", stream)
    out = stream.getvalue()
    assert out.endswith("\r\n")  # RFC 4180 record ends
    reader = csv.DictReader(io.StringIO(out, newline=""))
    assert tuple(reader.fieldnames or ()) == COLUMNS
    return list(reader)


def test_columns() -> None:
    assert COLUMNS == (
        "post_id", "path", "verdict", "rule", "category", "clause", "severity", "start", "end", "text",
        "message", "subject_id", "subject_role", "confidence", "error", "source",
    )  # fmt: skip


def test_one_row_per_finding_with_post_columns_repeated() -> None:
    text = "Well done Jake Smith"
    got = rows(
        report(
            span(text, "Jake Smith", subject=Subject(id="P0012", role="pupil")),
            whole_post(),
            text=text,
            path="a.txt",
            id="t-1",
            verdict=Verdict.BLOCK,
        )
    )
    assert got[0] == {
        "post_id": "t-1",
        "path": "a.txt",
        "verdict": "block",
        "rule": "people.pupil-full-name",
        "category": "pupil-reference",
        "clause": "tou-references",
        "severity": "high",
        "start": "10",
        "end": "20",
        "text": "Jake Smith",
        "message": "Names a pupil",
        "subject_id": "P0012",
        "subject_role": "pupil",
        "confidence": "0.9",
        "error": "",
        "source": "",
    }
    assert (got[1]["rule"], got[1]["start"], got[1]["end"], got[1]["subject_id"]) == (
        "disclaimer.missing", "", "", "",
    )  # fmt: skip
    assert [r["post_id"] for r in got] == ["t-1", "t-1"]


FINDING_COLUMNS = COLUMNS[3:14]


@pytest.mark.parametrize(
    ("the_report", "expected"),
    [
        (report(text="fine", path="b.txt", id="t-2"), {"verdict": "allow", "error": ""}),
        (
            report(text=None, path="posts.jsonl", id="t-3", error="line 3: invalid JSON"),
            {"verdict": "allow", "error": "line 3: invalid JSON"},
        ),
    ],
)
def test_a_post_without_findings_still_gets_a_row(the_report: Report, expected: dict[str, str]) -> None:
    (row,) = rows(the_report)
    assert {k: row[k] for k in expected} == expected
    assert all(row[column] == "" for column in FINDING_COLUMNS)


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://x","click")', '\'=HYPERLINK("http://x","click")'),
        ("+44 113 496 0000", "'+44 113 496 0000"),
        ("-1+1", "'-1+1"),
        ("@OakfieldPrimary", "'@OakfieldPrimary"),
        ("\tcmd", "'\tcmd"),
        ("Jake = top of the class", "Jake = top of the class"),  # negative: only a leading sign counts
        ("Jake Smith", "Jake Smith"),
    ],
)
def test_formula_cells_are_neutralised(value: str, written: str) -> None:
    text = f"x {value}"
    (row,) = rows(report(span(text, value), text=text, id=value))
    assert row["text"] == written
    assert row["post_id"] == written
    assert row["start"] == "2"  # numbers untouched


def test_multiline_text_round_trips() -> None:
    text = 'a\r\nJake\nSmith, "the" star'
    (row,) = rows(report(span(text, 'Jake\nSmith, "the" star'), text=text))
    assert row["text"] == 'Jake\nSmith, "the" star'


def test_lone_surrogate_becomes_replacement_character() -> None:
    text = "cut \ud83d here"
    (row,) = rows(report(span(text, "\ud83d here"), text=text))
    assert row["text"] == "\ufffd here"
