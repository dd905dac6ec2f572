"""``sarif``: one SARIF 2.1.0 log with one run, for code-scanning dashboards (GitHub, Azure DevOps, IDEs).

Choices a consumer may need to know:

- ``run.columnKind`` is ``unicodeCodePoints`` and ``run.newlineSequences`` is ``["\\r\\n", "\\n"]``, so lines,
  columns and ``charOffset``/``charLength`` are exactly the SPEC's code-point offsets.
- A span finding's region: ``startLine``/``startColumn`` at its first character, ``endLine`` at its last
  character and ``endColumn`` one past it (SARIF §3.30); an empty span has ``endColumn == startColumn``.
  A whole-post finding gets ``{"startLine": 1}`` (all of line 1): GitHub rejects a whole upload over one
  result without a usable location, so every result has an artifact and a line. Its
  ``properties.scope`` is ``"post"`` (else ``"span"``).
- ``partialFingerprints["smscreenFinding/v1"]`` hashes rule, URI, post id, span text and the occurrence
  number of that combination, not the line: the alert survives edits elsewhere in the file.
- A post that could not be screened is a ``toolExecutionNotifications`` entry at level ``error``, and
  ``executionSuccessful`` is false (as the CLI's exit code 2 is).
- URIs are relative and percent-encoded; an absolute path outside the working directory becomes a
  ``file:`` URI; standard input is ``stdin``.

The log is built in memory (rule indices and notifications must be known before the document closes).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from smscreen.models import Finding, Severity
from smscreen.output.base import Report, RuleInfo, display_path, dumps, finding_span
from smscreen.output.positions import NEWLINE_SEQUENCES, LineIndex
from smscreen.output.registry import register_format

__all__ = ["FINGERPRINT_KEY", "SARIF_SCHEMA_URI", "SARIF_VERSION", "artifact_uri", "sarif_log", "write_sarif"]

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "smscreenFinding/v1"
_FALLBACK_VERSION = "0.1.0"

LEVELS: dict[Severity, str] = {
    Severity.CRITICAL: "error",
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "note",
    Severity.INFO: "note",
}


def _tool_version() -> str:
    # Imported here, not at module level: smscreen/__init__ may itself import smscreen.output.
    import smscreen

    version = getattr(smscreen, "__version__", None)
    return version if isinstance(version, str) and version else _FALLBACK_VERSION


def artifact_uri(path: str | None, base: Path | None = None) -> str:
    """A SARIF artifact URI for ``path``: relative to ``base`` (default: the working directory) when it
    can be, percent-encoded (so ``a b:c#1.txt`` stays one relative path, never a scheme or fragment)."""
    if path is None or path == "-":
        return display_path(path)
    p = Path(path)
    if p.is_absolute():
        root = (base or Path.cwd()).resolve()
        try:
            p = p.resolve().relative_to(root)
        except ValueError:
            return p.resolve().as_uri()
    return quote(p.as_posix(), safe="/")


def _rule_name(rule_id: str) -> str:
    # SARIF's reportingDescriptor.name is a one-word, user-readable identifier: "people.pupil-full-name"
    # becomes "PeoplePupilFullName".
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", rule_id) if part) or "Rule"


def _descriptor(info: RuleInfo) -> dict[str, Any]:
    help_text = info.help_text or info.title
    properties: dict[str, Any] = {
        "category": info.category.value,
        "clause": info.clause.value,
        "severity": info.severity.value,
        "tags": [info.category.value, info.clause.value],
    }
    if info.message_template:
        # Not messageStrings: SARIF reads "{0}"-style placeholders there, and ours are not.
        properties["messageTemplate"] = info.message_template
    return {
        "id": info.id,
        "name": _rule_name(info.id),
        "shortDescription": {"text": info.title},
        "fullDescription": {"text": help_text},
        "help": {"text": f"{help_text}\n\nPolicy clause: {info.clause.value}."},
        "defaultConfiguration": {"level": LEVELS[info.severity]},
        "properties": properties,
    }


def _descriptor_from_finding(finding: Finding) -> dict[str, Any]:
    # A finding from a rule the caller gave no metadata for still needs a descriptor for ruleIndex.
    return _descriptor(
        RuleInfo(
            id=finding.rule,
            title=f"{finding.category.value} ({finding.clause.value})",
            category=finding.category,
            clause=finding.clause,
            severity=finding.severity,
        )
    )


def _region(finding: Finding, text: str | None, index: LineIndex | None) -> tuple[dict[str, Any], str]:
    """The SARIF region of a finding and the span text it covers ("" for a whole-post finding)."""
    span = finding_span(finding, text)
    if span is None:
        return {"startLine": 1}, ""
    start, end = span
    if text is None or index is None:
        # Without the text only character offsets are known; GitHub accepts those on their own.
        return {"charOffset": start, "charLength": end - start}, finding.text or ""
    first = index.position(start)
    last = index.position(end - 1) if end > start else None
    region: dict[str, Any] = {
        "startLine": first.line,
        "startColumn": first.column,
        "endLine": last.line if last else first.line,
        "endColumn": last.column + 1 if last else first.column,
        "charOffset": start,
        "charLength": end - start,
    }
    snippet = text[start:end]
    if snippet:
        region["snippet"] = {"text": snippet}
    return region, snippet


def sarif_log(reports: Iterable[Report], *, rules: Mapping[str, RuleInfo] | None = None) -> dict[str, Any]:
    """The whole SARIF log as JSON data."""
    rules = rules or {}
    descriptors = [_descriptor(rules[rule_id]) for rule_id in sorted(rules)]
    rule_index = {d["id"]: i for i, d in enumerate(descriptors)}
    results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    seen: Counter[tuple[str, ...]] = Counter()

    for report in reports:
        result, text = report.result, report.text
        uri = artifact_uri(report.path)
        location = {"physicalLocation": {"artifactLocation": {"uri": uri}}}
        index = LineIndex(text) if text is not None else None
        post_properties = {"postId": result.id} if result.id is not None else {}
        for finding in result.findings:
            if finding.rule not in rule_index:
                rule_index[finding.rule] = len(descriptors)
                descriptors.append(_descriptor_from_finding(finding))
            region, span_text = _region(finding, text, index)
            key = (finding.rule, uri, result.id or "", span_text)
            seen[key] += 1
            digest = hashlib.sha256("\0".join((*key, str(seen[key]))).encode("utf-8", "surrogatepass"))
            properties: dict[str, Any] = {
                "category": finding.category.value,
                "clause": finding.clause.value,
                "severity": finding.severity.value,
                "confidence": finding.confidence,
                "scope": "span" if finding_span(finding, text) is not None else "post",
                "verdict": result.verdict.value,
                **post_properties,
            }
            if finding.subject is not None:
                properties["subject"] = {"id": finding.subject.id, "role": finding.subject.role}
            results.append(
                {
                    "ruleId": finding.rule,
                    "ruleIndex": rule_index[finding.rule],
                    "level": LEVELS[finding.severity],
                    "message": {"text": finding.message or finding.rule},
                    "locations": [{"physicalLocation": {**location["physicalLocation"], "region": region}}],
                    "partialFingerprints": {FINGERPRINT_KEY: digest.hexdigest()[:32]},
                    "properties": properties,
                }
            )
        if result.error is not None:
            notification: dict[str, Any] = {
                "level": "error",
                "message": {"text": result.error},
                "locations": [location],
            }
            if post_properties:
                notification["properties"] = post_properties
            notifications.append(notification)

    invocation: dict[str, Any] = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "smscreen", "version": _tool_version(), "rules": descriptors}},
        "invocations": [invocation],
        "columnKind": "unicodeCodePoints",
        "newlineSequences": list(NEWLINE_SEQUENCES),
        "results": results,
    }
    return {"$schema": SARIF_SCHEMA_URI, "version": SARIF_VERSION, "runs": [run]}


@register_format(
    "sarif",
    description="SARIF 2.1.0, for code-scanning dashboards",
    extension=".sarif",
    streaming=False,
)
def write_sarif(
    reports: Iterable[Report],
    stream: TextIO,
    /,
    *,
    rules: Mapping[str, RuleInfo] | None = None,
) -> None:
    stream.write(dumps(sarif_log(reports, rules=rules), indent=2) + "\n")
