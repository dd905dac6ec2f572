"""SARIF 2.1.0: valid against the official OASIS schema (vendored beside this file), and right in detail.

The schema is ``sarif-schema-2.1.0.json`` (OASIS SARIF 2.1.0 Errata 01, draft-04); provenance and licence in
``SARIF-SCHEMA-NOTICE.md``. Negative cases prove the validator really rejects broken logs.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import smscreen
from smscreen.models import Severity, Verdict
from smscreen.output import Report, write_reports
from smscreen.output.formats.sarif import FINGERPRINT_KEY, LEVELS, artifact_uri, sarif_log

from .factories import FAMILY_TEXT, RULES, finding, report, span, whole_post

SCHEMA_PATH = Path(__file__).with_name("sarif-schema-2.1.0.json")
SCHEMA_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"


@cache
def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def schema_errors(log: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator().iter_errors(log)]


def write(*reports: Report, rules: Any = None) -> dict[str, Any]:
    stream = io.StringIO()
    write_reports(reports, "sarif", stream, rules=rules)
    data = json.loads(stream.getvalue())
    assert isinstance(data, dict)
    return data


def results(log: dict[str, Any]) -> list[dict[str, Any]]:
    out = log["runs"][0]["results"]
    assert isinstance(out, list)
    return out


# -- the schema file itself ---------------------------------------------------------------------------------


def test_vendored_schema_is_the_official_unmodified_file() -> None:
    assert hashlib.sha256(SCHEMA_PATH.read_bytes()).hexdigest() == SCHEMA_SHA256
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["id"].endswith("/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    assert validator().__class__ is jsonschema.Draft4Validator


# -- valid output -------------------------------------------------------------------------------------------

TEXT = "Sports day \U0001f3c6\r\nWell done Jake Smith (5B)\rand Amy\n"
SCENARIOS: dict[str, tuple[list[Report], Any]] = {
    "no posts": ([], None),
    "allow only": ([report(text="Lovely day")], None),
    "spans and whole post": (
        [report(span(TEXT, "Jake Smith"), span(TEXT, "Amy"), whole_post(), text=TEXT, verdict=Verdict.BLOCK)],
        None,
    ),
    "with rule metadata, some rules unused": ([report(span(TEXT, "Jake Smith"), text=TEXT)], RULES),
    "errors only": ([report(text=None, path="posts.jsonl", id="t-1", error="line 1: invalid JSON")], None),
    "no text, span known": ([report(finding(start=3, end=7, text="Jake"), text=None)], None),
    "invalid spans": ([report(finding(start=9, end=99), finding(start=5, end=2), text="short")], None),
    "empty span": ([report(finding(start=2, end=2), text="abcd")], None),
    "odd paths": (
        [
            report(whole_post(), text="x", path="my posts/caf\u00e9 #1:draft?.txt"),
            report(whole_post(), text="x", path="-"),
            report(whole_post(), text="x", path=None),
            report(whole_post(), text="x", path="/nonexistent-root/abs path.txt"),
        ],
        None,
    ),
    "all severities": (
        [report(*(whole_post(severity=s, rule=f"r.{s.value}") for s in Severity), text="x", id="p1")],
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_output_is_valid_sarif_2_1_0(name: str) -> None:
    reports, rules = SCENARIOS[name]
    log = write(*reports, rules=rules)
    assert schema_errors(log) == []
    assert log["version"] == "2.1.0"
    assert len(log["runs"]) == 1


# -- the validator rejects broken logs (so the test above can fail) -------------------------------------------

Mutation = Callable[[dict[str, Any]], None]


def _first_result(log: dict[str, Any]) -> dict[str, Any]:
    return results(log)[0]


def _region(log: dict[str, Any]) -> dict[str, Any]:
    region = _first_result(log)["locations"][0]["physicalLocation"]["region"]
    assert isinstance(region, dict)
    return region


BROKEN: dict[str, Mutation] = {
    "no version": lambda log: log.pop("version"),
    "wrong version": lambda log: log.update(version="2.0.0"),
    "no runs": lambda log: log.pop("runs"),
    "unknown top-level property": lambda log: log.update(extra=1),
    "run without tool": lambda log: log["runs"][0].pop("tool"),
    "driver without name": lambda log: log["runs"][0]["tool"]["driver"].pop("name"),
    "our severity as level": lambda log: _first_result(log).update(level="critical"),
    "result without message": lambda log: _first_result(log).pop("message"),
    "startColumn 0": lambda log: _region(log).update(startColumn=0),
    "startLine as string": lambda log: _region(log).update(startLine="2"),
    "negative charLength": lambda log: _region(log).update(charLength=-1),
    "ruleIndex below -1": lambda log: _first_result(log).update(ruleIndex=-2),
    "unknown columnKind": lambda log: log["runs"][0].update(columnKind="graphemes"),
    "invocation without executionSuccessful": lambda log: log["runs"][0]["invocations"][0].pop("executionSuccessful"),
    "fingerprint not a string": lambda log: _first_result(log).update(partialFingerprints={"k": 1}),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_schema_rejects_broken_log(name: str) -> None:
    log = write(report(span(TEXT, "Jake Smith"), text=TEXT), rules=RULES)
    assert schema_errors(log) == []
    broken = copy.deepcopy(log)
    BROKEN[name](broken)
    assert schema_errors(broken), f"schema accepted a log with {name}"


def test_schema_rejects_a_non_sarif_document() -> None:
    assert schema_errors({"runs": "x"})
    assert schema_errors([])


# -- details ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        (
            "Well done Jake Smith",
            "Jake Smith",
            {"startLine": 1, "startColumn": 11, "endLine": 1, "endColumn": 21, "charOffset": 10, "charLength": 10},
        ),
        (
            TEXT,  # emoji, CRLF before, lone CR after
            "Jake Smith",
            {"startLine": 2, "startColumn": 11, "endLine": 2, "endColumn": 21, "charOffset": 24, "charLength": 10},
        ),
        (
            FAMILY_TEXT,  # ZWJ family: five columns
            "Jake",
            {"startLine": 2, "startColumn": 7, "endLine": 2, "endColumn": 11, "charOffset": 15, "charLength": 4},
        ),
        (
            "Jake\r\nSmith",  # a span over a CRLF ends on the next line
            "Jake\r\nSmith",
            {"startLine": 1, "startColumn": 1, "endLine": 2, "endColumn": 6, "charOffset": 0, "charLength": 11},
        ),
        (
            "name: Jake\n",  # a span whose last character is the newline ends on its own line
            "Jake\n",
            {"startLine": 1, "startColumn": 7, "endLine": 1, "endColumn": 12, "charOffset": 6, "charLength": 5},
        ),
    ],
)
def test_span_region(text: str, needle: str, expected: dict[str, int]) -> None:
    region = _region(write(report(span(text, needle), text=text)))
    assert region == {**expected, "snippet": {"text": needle}}


def test_empty_span_is_an_insertion_point() -> None:
    region = _region(write(report(finding(start=2, end=2), text="ab\ncd")))
    assert region == {
        "startLine": 1,
        "startColumn": 3,
        "endLine": 1,
        "endColumn": 3,
        "charOffset": 2,
        "charLength": 0,
    }


@pytest.mark.parametrize(
    ("case", "the_report", "region", "scope"),
    [
        ("whole post", report(whole_post(), text="a\nb"), {"startLine": 1}, "post"),
        ("span outside the text", report(finding(start=9, end=12), text="short"), {"startLine": 1}, "post"),
        ("no text", report(finding(start=3, end=7), text=None), {"charOffset": 3, "charLength": 4}, "span"),
    ],
)
def test_regions_without_a_line_and_column_span(
    case: str, the_report: Report, region: dict[str, int], scope: str
) -> None:
    result = _first_result(write(the_report))
    assert result["locations"][0]["physicalLocation"]["region"] == region, case
    assert result["properties"]["scope"] == scope


@pytest.mark.parametrize(
    ("severity", "level"),
    [
        (Severity.CRITICAL, "error"),
        (Severity.HIGH, "error"),
        (Severity.MEDIUM, "warning"),
        (Severity.LOW, "note"),
        (Severity.INFO, "note"),
    ],
)
def test_levels(severity: Severity, level: str) -> None:
    assert LEVELS[severity] == level
    assert _first_result(write(report(whole_post(severity=severity), text="x")))["level"] == level


def test_rules_from_metadata_and_from_findings() -> None:
    log = write(
        report(span(TEXT, "Jake Smith"), whole_post(), span(TEXT, "Amy"), text=TEXT),
        rules=RULES,
    )
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    # Every rule given, sorted, even those that did not fire; then rules seen only in findings.
    assert [r["id"] for r in rules] == ["lexicon.abuse", "people.pupil-full-name", "disclaimer.missing"]
    pupil = rules[1]
    assert pupil == {
        "id": "people.pupil-full-name",
        "name": "PeoplePupilFullName",
        "shortDescription": {"text": "Pupil named in full"},
        "fullDescription": {"text": "Remove the pupil's name, or record permission with the principal first."},
        "help": {
            "text": "Remove the pupil's name, or record permission with the principal first.\n\n"
            "Policy clause: tou-references."
        },
        "defaultConfiguration": {"level": "error"},
        "properties": {
            "category": "pupil-reference",
            "clause": "tou-references",
            "severity": "high",
            "tags": ["pupil-reference", "tou-references"],
            "messageTemplate": "Names pupil {name} ({form}) with no recorded permission",
        },
    }
    assert rules[2]["defaultConfiguration"] == {"level": "warning"}
    for result in results(log):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_result_fields() -> None:
    log = write(report(span(TEXT, "Jake Smith"), text=TEXT, path="a.txt", id="t-7", verdict=Verdict.BLOCK))
    (result,) = results(log)
    assert result["ruleId"] == "people.pupil-full-name"
    assert result["message"] == {"text": "Names a pupil"}
    assert result["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": "a.txt"}
    assert result["properties"] == {
        "category": "pupil-reference",
        "clause": "tou-references",
        "severity": "high",
        "confidence": 0.9,
        "scope": "span",
        "verdict": "block",
        "postId": "t-7",
    }
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["newlineSequences"] == ["\r\n", "\n"]
    assert run["invocations"] == [{"executionSuccessful": True}]


def test_errors_become_notifications() -> None:
    log = write(
        report(text="fine", path="a.txt"),
        report(text=None, path="posts.jsonl", id="t-3", error="line 3: invalid JSON"),
    )
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation == {
        "executionSuccessful": False,
        "toolExecutionNotifications": [
            {
                "level": "error",
                "message": {"text": "line 3: invalid JSON"},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": "posts.jsonl"}}}],
                "properties": {"postId": "t-3"},
            }
        ],
    }
    assert results(log) == []


def _fingerprints(log: dict[str, Any]) -> list[str]:
    return [r["partialFingerprints"][FINGERPRINT_KEY] for r in results(log)]


def test_fingerprints_survive_edits_elsewhere_and_tell_repeats_apart() -> None:
    before = "Well done Jake Smith"
    after = "New first line\n\nWell done, Jake Smith!"
    (fp_before,) = _fingerprints(write(report(span(before, "Jake Smith"), text=before)))
    (fp_after,) = _fingerprints(write(report(span(after, "Jake Smith"), text=after)))
    assert fp_before == fp_after
    assert re.fullmatch(r"[0-9a-f]{32}", fp_before)

    twice = "Jake Smith and Jake Smith"
    first, second = _fingerprints(write(report(span(twice, "Jake Smith"), span(twice, "Jake Smith", 2), text=twice)))
    assert first != second
    assert first == fp_before  # the first occurrence keeps its identity


@pytest.mark.parametrize(
    ("change", "the_report"),
    [
        ("other path", report(span("Jake Smith", "Jake Smith"), text="Jake Smith", path="other.txt")),
        ("other rule", report(span("Jake Smith", "Jake Smith", rule="x.y"), text="Jake Smith")),
        ("other post", report(span("Jake Smith", "Jake Smith"), text="Jake Smith", id="t-2")),
        ("other text", report(span("Amy Smith", "Amy Smith"), text="Amy Smith")),
    ],
)
def test_fingerprint_depends_on_rule_path_post_and_span(change: str, the_report: Report) -> None:
    base = _fingerprints(write(report(span("Jake Smith", "Jake Smith"), text="Jake Smith")))
    assert _fingerprints(write(the_report)) != base, change


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        (None, "stdin"),
        ("-", "stdin"),
        ("posts/a.txt", "posts/a.txt"),
        ("./posts/a.txt", "posts/a.txt"),
        ("my posts/a b.txt", "my%20posts/a%20b.txt"),
        ("x:1.txt", "x%3A1.txt"),  # unescaped, "x:" would read as a URI scheme
        ("a#1?.txt", "a%231%3F.txt"),  # nor a fragment or query
        ("caf\u00e9.txt", "caf%C3%A9.txt"),
    ],
)
def test_artifact_uri(path: str | None, uri: str) -> None:
    assert artifact_uri(path) == uri


def test_absolute_paths_are_made_relative_when_they_can_be(tmp_path: Path) -> None:
    inside = tmp_path / "sub" / "a b.txt"
    assert artifact_uri(str(inside), base=tmp_path) == "sub/a%20b.txt"
    outside = Path("/nonexistent-root/x.txt")
    assert artifact_uri(str(outside), base=tmp_path) == "file:///nonexistent-root/x.txt"


_URI_CHARS = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*")


def test_every_uri_is_a_valid_uri_reference() -> None:
    # jsonschema skips "format": "uri-reference" without extra packages, so check the characters here.
    reports, _ = SCENARIOS["odd paths"]
    for result in results(write(*reports)):
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert _URI_CHARS.fullmatch(uri), uri


def test_tool_version(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(smscreen, "__version__", "9.8.7", raising=False)
    assert write()["runs"][0]["tool"]["driver"]["version"] == "9.8.7"
    monkeypatch.delattr(smscreen, "__version__", raising=False)
    assert write()["runs"][0]["tool"]["driver"]["version"] == "0.1.0"


def test_sarif_log_is_the_written_document() -> None:
    reports = [report(span(TEXT, "Jake Smith"), text=TEXT)]
    assert sarif_log(reports) == write(*reports)


_PIECES = st.sampled_from(["\n", "\r", "\r\n", "\U0001f600", "\u200d", "\u2028", " ", "a"])
_TEXTS = st.lists(st.one_of(_PIECES, st.characters()), max_size=30).map("".join)


@settings(max_examples=60)
@given(data=st.data(), text=_TEXTS)
def test_property_regions_are_valid_and_match_the_span(data: st.DataObject, text: str) -> None:
    start = data.draw(st.integers(0, len(text)), label="start")
    end = data.draw(st.integers(start, len(text)), label="end")
    log = write(report(finding(start=start, end=end, text=text[start:end]), text=text))
    assert schema_errors(log) == []
    region = _region(log)
    assert (region["charOffset"], region["charLength"]) == (start, end - start)
    lines = text.split("\n")
    offset = sum(len(each) + 1 for each in lines[: region["startLine"] - 1]) + region["startColumn"] - 1
    assert offset == start
    if end > start:  # endLine/endColumn: the line of the last character, one column past it
        last = sum(len(each) + 1 for each in lines[: region["endLine"] - 1]) + region["endColumn"] - 2
        assert last == end - 1
