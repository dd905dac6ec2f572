"""Squid (and Apache-style) common and combined formats.

``%>a %[ui %[un [%tl] "%rm %ru HTTP/%rv" %>Hs %<st`` then, for combined, ``"referer" "user-agent"``, and
optionally Squid's ``%Ss:%Sh`` tag. The log-in name is the authenticated user, else the ident user.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta, timezone

from smscreen.logs.formats.registry import FileContext, LogParser, ParseResult, register
from smscreen.logs.hosts import host_from_url
from smscreen.logs.model import Ignored, Malformed, Request

__all__ = ["SquidCommonParser"]

_QUOTED = r'"(?:[^"\\]|\\.)*"'
_LINE = re.compile(
    r"(?P<client>\S+) (?P<ident>\S+) (?P<user>\S+) \[(?P<time>[^\]]+)\] "
    r'"(?P<method>[A-Za-z_-]+) (?P<url>\S+)(?: [A-Za-z]+/[\d.]+)?" (?P<status>\d{3}|-) (?P<size>\d+|-)'
    rf"(?: {_QUOTED} {_QUOTED})?(?: \S+:\S+)?\s*"
)
_TIME = re.compile(r"(\d{2})/([A-Za-z]{3})/(\d{4}):(\d{2}):(\d{2}):(\d{2})(?:\.\d+)? ([+-])(\d{2})(\d{2})")
# Fixed English month names: strptime's %b follows the locale and logs do not.
_MONTHS = {
    m: i
    for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)
}
_BLANK = Ignored("blank")


def _epoch(stamp: str) -> float | None:
    m = _TIME.fullmatch(stamp)
    if m is None:
        return None
    day, mon, year, hh, mm, ss, sign, oh, om = m.groups()
    month = _MONTHS.get(mon.lower())
    if month is None:
        return None
    offset = timedelta(hours=int(oh), minutes=int(om)) * (-1 if sign == "-" else 1)
    try:
        when = datetime(int(year), month, int(day), int(hh), int(mm), int(ss), tzinfo=timezone(offset))
    except ValueError:
        return None
    return when.astimezone(UTC).timestamp()


@register
class SquidCommonParser(LogParser):
    name = "squid-common"
    description = 'Squid common / combined format ([dd/Mon/yyyy:HH:MM:SS +zone] "GET url HTTP/1.1")'
    stateless = True

    def parse(self, lines: Iterable[tuple[int, str]], ctx: FileContext) -> Iterator[ParseResult]:
        for lineno, text in lines:
            if not text.strip():
                yield _BLANK
                continue
            m = _LINE.fullmatch(text)
            if m is None:
                yield Malformed(lineno, "not a common/combined log line")
                continue
            ts = _epoch(m["time"])
            if ts is None:
                yield Malformed(lineno, "time is not dd/Mon/yyyy:HH:MM:SS +zone")
                continue
            host = host_from_url(m["url"])
            if host is None:
                yield Malformed(lineno, "URL has no valid host")
                continue
            user = m["user"] if m["user"] != "-" else (m["ident"] if m["ident"] != "-" else None)
            status = int(m["status"]) if m["status"] != "-" else None
            yield Request(ts, host, user, m["client"], status)
