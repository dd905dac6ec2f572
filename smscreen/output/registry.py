"""Output formats by name. A format module registers itself with :func:`register_format`; every module in
``smscreen/output/formats/`` is imported on start-up, so adding a format touches that one file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TextIO, TypeVar

from smscreen.models import Verdict
from smscreen.output.base import Report, RuleInfo, Writer

__all__ = ["FORMATS", "Format", "WriteSummary", "register_format", "write_reports"]


@dataclass(frozen=True, slots=True)
class Format:
    """A registered output format."""

    name: str
    write: Writer
    description: str
    extension: str
    # True when each report is written as it arrives (memory stays flat on a long scan).
    streaming: bool


_REGISTRY: dict[str, Format] = {}
FORMATS: Mapping[str, Format] = MappingProxyType(_REGISTRY)

W = TypeVar("W", bound=Writer)


def register_format(name: str, *, description: str, extension: str, streaming: bool) -> Callable[[W], W]:
    """Register the decorated writer as format ``name``. A second format of the same name is an error,
    so two modules cannot silently replace each other."""

    def decorate(write: W) -> W:
        if name in _REGISTRY:
            raise ValueError(f"output format {name!r} is already registered")
        _REGISTRY[name] = Format(name, write, description, extension, streaming)
        return write

    return decorate


@dataclass(slots=True)
class WriteSummary:
    """What :func:`write_reports` wrote, so a caller that streamed its reports can still set an exit code."""

    posts: int = 0
    findings: int = 0
    errors: int = 0
    by_verdict: Counter[Verdict] = field(default_factory=Counter)

    @property
    def worst_verdict(self) -> Verdict | None:
        """The most severe verdict written, ``None`` when no post was."""
        return max(self.by_verdict, key=lambda v: v.rank, default=None)

    def _watch(self, reports: Iterable[Report]) -> Iterator[Report]:
        for report in reports:
            result = report.result
            self.posts += 1
            self.findings += len(result.findings)
            self.errors += result.error is not None
            self.by_verdict[result.verdict] += 1
            yield report


def write_reports(
    reports: Iterable[Report],
    fmt: str,
    stream: TextIO,
    *,
    rules: Mapping[str, RuleInfo] | None = None,
) -> WriteSummary:
    """Write ``reports`` to ``stream`` in format ``fmt`` (a key of :data:`FORMATS`).

    ``stream`` should be opened with ``encoding="utf-8"`` (and ``newline=""`` for csv, which writes its
    own CRLF record ends). Raises :class:`ValueError` for an unknown format, before writing anything.
    """
    try:
        chosen = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown output format {fmt!r}; choose one of: {', '.join(sorted(FORMATS))}") from None
    summary = WriteSummary()
    chosen.write(summary._watch(reports), stream, rules=rules)
    return summary
