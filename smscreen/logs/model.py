"""What a log parser produces: requests, malformed lines, and the per-file tally that accounts for every line."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from smscreen.logs.csvmap import CsvColumns

__all__ = ["MAX_KEPT_MALFORMED", "FileSummary", "Ignored", "Malformed", "ParseOptions", "Request"]

# A broken 5-million-line log could otherwise hold millions of problem records in memory; the count stays
# exact, only the located examples are capped.
MAX_KEPT_MALFORMED = 1000


class Request(NamedTuple):
    """One proxied request, reduced to what the reports need (never the full URL: data minimisation).

    A named tuple rather than a dataclass: millions are made per log, and a tuple is the cheapest record
    Python can build and the csv module can write.
    """

    ts: float  # UTC, seconds since the epoch
    host: str  # lower-case, no port; "" when the line names no host (e.g. Squid's ``error:`` URLs)
    user: str | None = None  # the log-in name as logged (ident / username field)
    client: str | None = None  # client address; identifies the user when there is no log-in name
    status: int | None = None


@dataclass(frozen=True, slots=True)
class Malformed:
    """A line that could not be read. ``reason`` never quotes the line: it may hold names or URLs."""

    line: int
    reason: str


@dataclass(frozen=True, slots=True)
class Ignored:
    """A line that was understood but is not a request (a ``#Fields:`` directive, a header, a blank line)."""

    kind: str


@dataclass
class FileSummary:
    """Every line of a file is a request, an ignored line of a known kind, or malformed with a reason."""

    path: str
    format: str
    lines: int = 0
    requests: int = 0
    ignored: dict[str, int] = field(default_factory=dict)
    malformed_count: int = 0
    malformed: list[Malformed] = field(default_factory=list)

    def add_malformed(self, problem: Malformed) -> None:
        self.malformed_count += 1
        if len(self.malformed) < MAX_KEPT_MALFORMED:
            self.malformed.append(problem)

    def add_ignored(self, kind: str) -> None:
        self.ignored[kind] = self.ignored.get(kind, 0) + 1

    @property
    def accounted(self) -> bool:
        return self.lines == self.requests + sum(self.ignored.values()) + self.malformed_count


@dataclass(frozen=True)
class ParseOptions:
    """Choices a log cannot tell us itself.

    ``year``: Proxifier timestamps carry no year; without this option the file's modification year is used.
    ``local_timezone``: the zone of timestamps that carry none (Proxifier, CSV exports with local times).
    ``log_format``: force a parser instead of detecting one.
    ``csv_columns``: the column mapping for CSV exports (default: recognised from the header).
    """

    year: int | None = None
    local_timezone: str = "UTC"
    log_format: str | None = None
    csv_columns: CsvColumns | None = None
