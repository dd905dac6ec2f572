"""What every output format reads: a screened post with where it came from, and rule metadata.

Positions. A finding's ``start``/``end`` are code-point offsets into the post's original text (SPEC §3).
Writers turn them into 1-based line and column against :attr:`Report.text`:

- line breaks are ``"\\n"`` and ``"\\r\\n"`` only (SARIF's default ``run.newlineSequences``), so a lone
  ``"\\r"`` is an ordinary character, and text and SARIF output always agree;
- a column counts code points (an emoji is one column, a ZWJ sequence several), as Python's ``str`` does
  and as SARIF's ``columnKind: unicodeCodePoints`` says;
- a finding about the whole post or account (``start`` is null), or whose span does not fit the text
  (it should never happen; a writer must not crash mid-scan on it), is placed at line 1, column 1.

Line and column mean a position in the file ``path`` when ``text`` is that file's content (``check``). For
a post read out of an archive (``scan``) they are positions within the post, and ``path`` should name the
archive; the post id travels alongside in every format.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TextIO

from smscreen.models import Category, Clause, Finding, Result, Severity

__all__ = [
    "STDIN_NAME",
    "Report",
    "RuleInfo",
    "Writer",
    "display_path",
    "dumps",
    "finding_span",
    "result_record",
]

# How standard input is named in every format (SARIF needs some URI; "-" would read as a file name).
STDIN_NAME = "stdin"


@dataclass(frozen=True, slots=True)
class Report:
    """One screened post as the writers see it.

    ``text`` is the post's original text (needed for line/column); ``path`` the file or source it came
    from, ``None`` or ``"-"`` for standard input.
    """

    result: Result
    text: str | None = None
    path: str | None = None


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What a SARIF consumer shows about a rule (from the ruleset); ``rules`` mappings are keyed by ``id``."""

    id: str
    title: str
    category: Category
    clause: Clause
    severity: Severity
    message_template: str = ""
    help_text: str = ""


class Writer(Protocol):
    """Writes every report to ``stream``. Streaming formats write each report as it arrives."""

    def __call__(
        self,
        reports: Iterable[Report],
        stream: TextIO,
        /,
        *,
        rules: Mapping[str, RuleInfo] | None = None,
    ) -> None: ...


def display_path(path: str | None) -> str:
    """The name a report's source goes by in output: the path as given, or ``stdin``."""
    return STDIN_NAME if path is None or path == "-" else path


def finding_span(finding: Finding, text: str | None) -> tuple[int, int] | None:
    """The finding's ``(start, end)`` when it is a usable span of ``text``, else ``None`` (whole post).

    Without the text only the offsets themselves can be checked; ``end`` missing means an empty span.
    """
    if finding.start is None:
        return None
    start = finding.start
    end = start if finding.end is None else finding.end
    limit = len(text) if text is not None else end
    if 0 <= start <= end <= limit:
        return start, end
    return None


def result_record(report: Report) -> dict[str, Any]:
    """A result object of SPEC §3 (id, verdict, findings, error) plus ``path``, as plain JSON data."""
    result = report.result
    return {
        "id": result.id,
        "path": display_path(report.path),
        "verdict": result.verdict.value,
        "findings": [finding.model_dump(mode="json") for finding in result.findings],
        "error": result.error,
        "source": result.source,
    }


# Escaped even though JSON allows them raw: U+2028/U+2029 are line breaks to ``str.splitlines`` and
# JavaScript (they would cut a JSONL record in two), and a lone surrogate (a truncated emoji, as found in
# real post archives) cannot be encoded as UTF-8, so one bad post would crash a whole scan's output.
_JSON_ESCAPE = re.compile("[\u2028\u2029\ud800-\udfff]")


def line_safe(json_text: str) -> str:
    """Serialised JSON with the characters above escaped (the same data for any JSON reader)."""
    if _JSON_ESCAPE.search(json_text) is None:
        return json_text
    return _JSON_ESCAPE.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)


def dumps(data: Any, *, indent: int | None = None) -> str:
    """JSON text that keeps non-ASCII readable (UTF-8) and is always encodable and line-safe.

    The escaped characters can only occur inside JSON strings, so escaping them in the serialised text
    yields the same data for any JSON reader.
    """
    separators = (",", ": ") if indent is not None else (",", ":")
    return line_safe(json.dumps(data, ensure_ascii=False, indent=indent, separators=separators))
