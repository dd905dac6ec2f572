"""W3C extended log format (Blue Coat / Symantec ProxySG, IIS, Forcepoint, ...).

A ``#Fields:`` directive names the columns and may appear again mid-file with different columns; values are
space-separated, ``-`` is empty, strings may be quoted (``"Mozilla/5.0 (Windows NT 10.0)"``) with ``""`` for a
quote inside. ``date`` and ``time`` are UTC; a file may give only ``time`` and put the day in ``#Date:``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from smscreen.logs.formats.registry import FileContext, LogParser, ParseResult, register
from smscreen.logs.hosts import host_from_url, normalise_host
from smscreen.logs.model import Ignored, Malformed, Request

__all__ = ["W3CParser"]

_TOKEN = re.compile(r'"(?:[^"]|"")*"|\S+')
_DATE_DIRECTIVE = re.compile(r"#Date:\s*(\d{4}-\d{2}-\d{2})", re.IGNORECASE)

_HOST_FIELDS = ("cs-host", "cs(host)", "r-host", "r-dns", "x-cs-host")
_URI_FIELDS = ("cs-uri", "cs-uri-stem", "cs-url")
_USER_FIELDS = ("cs-username", "cs-userdn", "cs-auth-user", "x-username")


@dataclass(frozen=True)
class _Columns:
    """Where each needed value sits, per the ``#Fields:`` directive on ``line``."""

    line: int
    count: int
    date: int | None
    time: int
    host: int | None
    uri: int | None
    user: int | None
    client: int | None
    status: int | None


def _columns(directive: str, line: int) -> _Columns | str:
    names = [n.lower() for n in directive.split(":", 1)[1].split()]

    def first(candidates: tuple[str, ...]) -> int | None:
        return next((names.index(c) for c in candidates if c in names), None)

    if "time" not in names:
        return f"the #Fields: directive on line {line} has no time field"
    host, uri = first(_HOST_FIELDS), first(_URI_FIELDS)
    if host is None and uri is None:
        return f"the #Fields: directive on line {line} has no host or URI field"
    return _Columns(
        line=line,
        count=len(names),
        date=first(("date",)),
        time=names.index("time"),
        host=host,
        uri=uri,
        user=first(_USER_FIELDS),
        client=first(("c-ip",)),
        status=first(("sc-status",)),
    )


def _value(token: str) -> str | None:
    if token.startswith('"') and token.endswith('"') and len(token) >= 2:
        token = token[1:-1].replace('""', '"')
    return None if token in ("-", "") else token


def _epoch(day: str, clock: str) -> float | None:
    try:
        return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=UTC).timestamp()
    except ValueError:
        return None


@register
class W3CParser(LogParser):
    name = "w3c"
    description = "W3C extended log format (#Fields: directive; Blue Coat, IIS, ...)"

    def parse(self, lines: Iterable[tuple[int, str]], ctx: FileContext) -> Iterator[ParseResult]:
        columns: _Columns | str = "no #Fields: directive before this line"
        day_directive: str | None = None
        for lineno, text in lines:
            if text.startswith("#"):
                if text[:8].lower() == "#fields:":
                    columns = _columns(text, lineno)
                elif (m := _DATE_DIRECTIVE.match(text)) is not None:
                    day_directive = m[1]
                yield Ignored("directive")
                continue
            if not text.strip():
                yield Ignored("blank")
                continue
            if isinstance(columns, str):
                yield Malformed(lineno, columns)
                continue
            tokens = _TOKEN.findall(text)
            if len(tokens) != columns.count:
                yield Malformed(
                    lineno,
                    f"expected {columns.count} fields (per #Fields: on line {columns.line}), found {len(tokens)}",
                )
                continue
            values = [_value(t) for t in tokens]
            result = self._request(values, columns, day_directive, lineno)
            yield result

    @staticmethod
    def _request(
        values: list[str | None], columns: _Columns, day_directive: str | None, lineno: int
    ) -> Request | Malformed:
        day = values[columns.date] if columns.date is not None else day_directive
        clock = values[columns.time]
        if day is None or clock is None:
            return Malformed(lineno, "no date or time")
        ts = _epoch(day, clock)
        if ts is None:
            return Malformed(lineno, "date/time is not YYYY-MM-DD HH:MM:SS")
        host: str | None = ""
        raw_host = values[columns.host] if columns.host is not None else None
        if raw_host is not None:
            host = normalise_host(raw_host.rpartition(":")[0] if raw_host.count(":") == 1 else raw_host)
        elif columns.uri is not None and values[columns.uri] is not None:
            host = host_from_url(values[columns.uri] or "")
        if host is None:
            return Malformed(lineno, "host or URI field has no valid host")
        status_text = values[columns.status] if columns.status is not None else None
        status = int(status_text) if status_text is not None and status_text.isdigit() else None
        user = values[columns.user] if columns.user is not None else None
        client = values[columns.client] if columns.client is not None else None
        return Request(ts, host, user, client, status)
