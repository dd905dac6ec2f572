"""``json``: a JSON array of result objects (SPEC §3 plus ``path``), for ``check``.

Written one element at a time, one element a line, so a long list is never held as one string.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TextIO

from smscreen.output.base import Report, RuleInfo, dumps, result_record
from smscreen.output.registry import register_format

__all__ = ["write_json"]


@register_format(
    "json",
    description="a JSON array of result objects (id, path, verdict, findings, error)",
    extension=".json",
    streaming=True,
)
def write_json(
    reports: Iterable[Report],
    stream: TextIO,
    /,
    *,
    rules: Mapping[str, RuleInfo] | None = None,
) -> None:
    separator = "[\n"
    for report in reports:
        stream.write(separator + "  " + dumps(result_record(report)))
        separator = ",\n"
    stream.write("[]\n" if separator == "[\n" else "\n]\n")
