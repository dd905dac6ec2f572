"""Output formats for screening results: text, json, jsonl, csv and SARIF 2.1.0.

Writers take :class:`Report` items (a result, the post's text and where it came from) and write to a text
stream; :data:`FORMATS` maps each format name to its writer and :func:`write_reports` picks one by name.
"""

from __future__ import annotations

# Imported for its side effect: each built-in format module registers itself in FORMATS.
from smscreen.output import formats as _formats  # noqa: F401
from smscreen.output.base import Report, RuleInfo
from smscreen.output.registry import FORMATS, Format, WriteSummary, register_format, write_reports

__all__ = [
    "FORMATS",
    "Format",
    "Report",
    "RuleInfo",
    "WriteSummary",
    "register_format",
    "write_reports",
]
