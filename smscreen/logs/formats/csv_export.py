"""CSV exports from filtering products: a header row, then one request per record.

Columns are recognised from the header ("Timestamp", "User Name", "Client IP", "URL", ...) or named in a
column-mapping file (``--csv-map``, see :class:`smscreen.logs.csvmap.CsvColumns`). Quoted fields may span
lines; the extra physical lines are counted as continuations.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

from smscreen.logs.csvmap import CsvColumns, column_key, guess_columns
from smscreen.logs.formats.registry import FileContext, LogParser, ParseResult, register
from smscreen.logs.hosts import host_from_url, normalise_host
from smscreen.logs.model import Ignored, Malformed, Request

__all__ = ["CsvExportParser"]

_DELIMITERS = ",;\t|"
_EPOCH = re.compile(r"\d{9,11}(?:\.\d+)?")
_EPOCH_MS = re.compile(r"\d{12,14}")


def _time_parser(fmt: str, zone: ZoneInfo) -> Callable[[str], float | None]:
    def localise(when: datetime) -> float:
        return (when if when.tzinfo is not None else when.replace(tzinfo=zone)).timestamp()

    def parse(text: str) -> float | None:
        text = text.strip()
        try:
            if fmt == "epoch" or (fmt == "auto" and _EPOCH.fullmatch(text)):
                return float(text)
            if fmt == "epoch_ms" or (fmt == "auto" and _EPOCH_MS.fullmatch(text)):
                return int(text) / 1000
            if fmt == "auto":
                return localise(datetime.fromisoformat(text.replace("Z", "+00:00")))
            return localise(datetime.strptime(text, fmt))
        except ValueError:
            return None

    return parse


class _Mapped:
    """Column positions for one file, resolved against its header."""

    def __init__(self, columns: CsvColumns, header: list[str], default_zone: str) -> None:
        keys = [column_key(h) for h in header]
        missing: list[str] = []

        def index(name: str | None) -> int | None:
            if name is None:
                return None
            key = column_key(name)
            if key not in keys:
                missing.append(name)
                return None
            return keys.index(key)

        self.width = len(header)
        self.time = index(columns.time)
        self.date = index(columns.date)
        self.host = index(columns.host)
        self.url = index(columns.url)
        self.user = index(columns.user)
        self.client = index(columns.client)
        self.status = index(columns.status)
        self.missing = missing
        self.parse_time = _time_parser(columns.time_format, ZoneInfo(columns.timezone or default_zone))

    def request(self, row: list[str], lineno: int) -> Request | Malformed:
        if len(row) != self.width:
            return Malformed(lineno, f"expected {self.width} columns (as in the header), found {len(row)}")

        def get(i: int | None) -> str | None:
            value = row[i].strip() if i is not None else ""
            return value if value and value != "-" else None

        stamp = get(self.time)
        if stamp is not None and self.date is not None:
            stamp = f"{get(self.date) or ''} {stamp}".strip()
        ts = self.parse_time(stamp) if stamp is not None else None
        if ts is None:
            return Malformed(lineno, "time column is empty or not in the expected format")
        raw_host = get(self.host)
        if raw_host is not None:
            host = normalise_host(raw_host.rpartition(":")[0] if raw_host.count(":") == 1 else raw_host)
        else:
            url = get(self.url)
            host = host_from_url(url) if url is not None else ""
        if host is None:
            return Malformed(lineno, "host/URL column has no valid host")
        status = get(self.status)
        return Request(ts, host, get(self.user), get(self.client), int(status) if status and status.isdigit() else None)


@register
class CsvExportParser(LogParser):
    name = "csv"
    description = "CSV export with a header row (columns recognised, or mapped with --csv-map)"

    def parse(self, lines: Iterable[tuple[int, str]], ctx: FileContext) -> Iterator[ParseResult]:
        current = [0]

        def texts() -> Iterator[str]:
            for lineno, text in lines:
                current[0] = lineno
                yield text + "\n"

        source = texts()
        header_text = next(source, None)
        if header_text is None:
            return
        header_line = current[0]
        configured = ctx.options.csv_columns
        delimiter = (configured.delimiter if configured else None) or max(_DELIMITERS, key=header_text.count)
        header = next(csv.reader([header_text], delimiter=delimiter), [])
        columns = configured or guess_columns(header)
        problem: str | None = None
        mapped: _Mapped | None = None
        if columns is None:
            problem = "the header has no recognisable time and host/URL columns; name them with --csv-map"
        else:
            mapped = _Mapped(columns, header, ctx.options.local_timezone)
            if mapped.missing:
                problem = f"the header on line {header_line} lacks the mapped column(s) {', '.join(mapped.missing)}"
        if problem is None:
            yield Ignored("header")
        else:
            yield Malformed(header_line, problem)
        last = header_line
        reader = csv.reader(source, delimiter=delimiter)
        while True:
            error: str | None = None
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                row, error = [], f"unreadable CSV record ({exc})"
            end = current[0]
            start = last + 1
            last = end
            for _ in range(start, end):
                yield Ignored("continuation")
            if error is not None:
                yield Malformed(start, error)
            elif not any(cell.strip() for cell in row):
                yield Ignored("blank")
            elif mapped is None or problem is not None:
                yield Malformed(end, problem or "no column mapping")
            else:
                yield mapped.request(row, start)
