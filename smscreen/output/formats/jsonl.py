"""``jsonl``: one result object (as in ``json``) a line, written as each post arrives."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TextIO

from smscreen.output.base import Report, RuleInfo, dumps, result_record
from smscreen.output.registry import register_format

__all__ = ["write_jsonl"]


@register_format(
    "jsonl",
    description="one result object per line (JSON Lines), streamed",
    extension=".jsonl",
    streaming=True,
)
def write_jsonl(
    reports: Iterable[Report],
    stream: TextIO,
    /,
    *,
    rules: Mapping[str, RuleInfo] | None = None,
) -> None:
    for report in reports:
        stream.write(dumps(result_record(report)) + "\n")
