"""json (array) and jsonl: SPEC §3 result objects with the SPEC's field names, plus path."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from smscreen.models import Subject, Verdict
from smscreen.output import Report, write_reports

from .factories import report, span, whole_post

FINDING_FIELDS = ["rule", "category", "clause", "severity", "start", "end", "text", "message", "subject", "confidence"]
RESULT_FIELDS = ["id", "path", "verdict", "findings", "error", "source"]

TEXT = "Well done Jake Smith"
REPORTS = [
    report(
        span(TEXT, "Jake Smith", subject=Subject(id="P0012", role="pupil"), confidence=0.97),
        whole_post(),
        text=TEXT,
        path="a.txt",
        id="t-1",
        verdict=Verdict.BLOCK,
    ),
    report(text="fine", path="-"),
    report(text=None, path="posts.jsonl", id="t-3", error="line 3: invalid JSON"),
]


def records(fmt: str, reports: list[Report]) -> list[dict[str, Any]]:
    stream = io.StringIO()
    write_reports(reports, fmt, stream)
    out = stream.getvalue()
    if fmt == "json":
        data = json.loads(out)
        assert isinstance(data, list)
        return data
    return [json.loads(line) for line in out.splitlines()]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_records_have_spec_field_names_and_values(fmt: str) -> None:
    first, second, third = records(fmt, REPORTS)
    assert list(first) == RESULT_FIELDS
    assert [list(f) for f in first["findings"]] == [FINDING_FIELDS, FINDING_FIELDS]
    assert first["findings"][0] == {
        "rule": "people.pupil-full-name",
        "category": "pupil-reference",
        "clause": "tou-references",
        "severity": "high",
        "start": 10,
        "end": 20,
        "text": "Jake Smith",
        "message": "Names a pupil",
        "subject": {"id": "P0012", "role": "pupil"},
        "confidence": 0.97,
    }
    whole = first["findings"][1]
    assert (whole["start"], whole["end"], whole["text"], whole["subject"]) == (None, None, None, None)
    assert (first["id"], first["path"], first["verdict"], first["error"]) == ("t-1", "a.txt", "block", None)
    assert (second["path"], second["verdict"], second["findings"]) == ("stdin", "allow", [])
    assert (third["id"], third["error"], third["findings"]) == ("t-3", "line 3: invalid JSON", [])


@pytest.mark.parametrize(("fmt", "expected"), [("json", "[]\n"), ("jsonl", "")])
def test_no_reports(fmt: str, expected: str) -> None:
    stream = io.StringIO()
    write_reports([], fmt, stream)
    assert stream.getvalue() == expected


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_non_ascii_is_kept_and_line_separators_escaped(fmt: str) -> None:
    text = "Caf\u00e9 \U0001f600 line\u2028sep para\u2029sep"
    stream = io.StringIO()
    write_reports([report(span(text, "line\u2028sep"), text=text)], fmt, stream)
    out = stream.getvalue()
    assert "\u2028" not in out and "\u2029" not in out  # would split a JSONL record for splitlines()
    assert "Caf\u00e9 \U0001f600" not in out  # the post text itself is not in the record...
    assert "line\\u2028sep" in out  # ...but the span is, escaped
    parsed = records(fmt, [report(span(text, "line\u2028sep"), text=text)])
    assert parsed[0]["findings"][0]["text"] == "line\u2028sep"


def test_jsonl_is_one_line_per_post() -> None:
    stream = io.StringIO()
    write_reports(REPORTS, "jsonl", stream)
    assert len(stream.getvalue().splitlines()) == len(REPORTS)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_lone_surrogate_round_trips_as_an_escape(fmt: str) -> None:
    text = "cut \ud83d here"
    (record,) = records(fmt, [report(span(text, "\ud83d"), text=text)])
    assert record["findings"][0]["text"] == "\ud83d"
