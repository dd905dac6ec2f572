"""``text``: linter-style lines, one per finding, then one summary line per post.

::

    notice.txt:3:14: high pupil-reference [people.pupil-full-name] Names pupil Jake Smith ...
    notice.txt: verdict: block (1 finding)
    broken.txt: error: not valid UTF-8 (byte 0xff); save the file as UTF-8

Findings are ordered by position, whole-post findings (at 1:1) first. A post id, when there is one, ends
the summary or error line as ``[post ID]``. Summary and error lines have no ``LINE:COL`` so an editor's
problem matcher for ``FILE:LINE:COL: ...`` never mistakes them for findings.

Colour (rich) only when the stream is a terminal and ``NO_COLOR`` is unset or empty (no-color.org).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import TextIO

from rich.console import Console
from rich.text import Text

from smscreen.models import Finding, Severity, Verdict
from smscreen.output.base import Report, RuleInfo, display_path, finding_span
from smscreen.output.positions import LineIndex, Position
from smscreen.output.registry import register_format

__all__ = ["finding_position", "write_text"]

Segment = tuple[str, str]  # (text, rich style); style "" is plain

_SEVERITY_STYLE = {
    Severity.CRITICAL: "bold red",
    Severity.HIGH: "red",
    Severity.MEDIUM: "yellow",
    Severity.LOW: "cyan",
    Severity.INFO: "dim",
}
_VERDICT_STYLE = {Verdict.BLOCK: "bold red", Verdict.REVIEW: "yellow", Verdict.ALLOW: "green"}

# Messages and paths quote post text, which anyone on social media can write. Control characters
# (terminal escape sequences), line and paragraph separators (which would split one finding over two
# lines), bidirectional overrides ("Trojan Source" reordering) and lone surrogates (not encodable) are
# shown escaped instead.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def _safe(value: str) -> str:
    return _UNSAFE.sub(_escape, value)


def finding_position(finding: Finding, index: LineIndex | None, text: str | None) -> Position:
    """Where a finding's line points: its first character; 1:1 for a whole-post (or unplaceable) finding."""
    span = finding_span(finding, text)
    if span is None or index is None:
        return Position(1, 1)
    return index.position(span[0])


def _order(finding: Finding, text: str | None) -> tuple[int, int, int]:
    span = finding_span(finding, text)
    return (0, 0, 0) if span is None else (1, span[0], span[1])


def _lines(report: Report) -> Iterator[list[Segment]]:
    result, text = report.result, report.text
    path = _safe(display_path(report.path))
    index = LineIndex(text) if text is not None else None
    for finding in sorted(result.findings, key=lambda f: _order(f, text)):
        line, column = finding_position(finding, index, text)
        yield [
            (f"{path}:{line}:{column}:", "bold"),
            (" ", ""),
            (finding.severity.value, _SEVERITY_STYLE[finding.severity]),
            (f" {finding.category.value} ", ""),
            (f"[{finding.rule}]", "dim"),
            (f" {_safe(finding.message)}", ""),
        ]
    post = f" [post {_safe(result.id)}]" if result.id is not None else ""
    if result.error is not None:
        yield [(f"{path}:", "bold"), (" ", ""), ("error:", "bold red"), (f" {_safe(result.error)}{post}", "")]
        return
    count = len(result.findings)
    yield [
        (f"{path}:", "bold"),
        (" verdict: ", ""),
        (result.verdict.value, _VERDICT_STYLE[result.verdict]),
        (f" ({count} finding{'' if count == 1 else 's'}){post}", ""),
    ]


def _wants_colour(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):  # closed or detached streams have no answer
        return False


@register_format(
    "text",
    description="linter lines FILE:LINE:COL: severity category [rule] message, and a verdict line per post",
    extension=".txt",
    streaming=True,
)
def write_text(
    reports: Iterable[Report],
    stream: TextIO,
    /,
    *,
    rules: Mapping[str, RuleInfo] | None = None,
) -> None:
    console = None
    if _wants_colour(stream):
        # soft_wrap: a linter line must never be wrapped; markup/emoji/highlight off: print text as is.
        console = Console(file=stream, force_terminal=True, soft_wrap=True, markup=False, emoji=False, highlight=False)
    for report in reports:
        for segments in _lines(report):
            if console is None:
                stream.write("".join(part for part, _ in segments) + "\n")
            else:
                console.print(Text.assemble(*segments))
