"""Proxifier's client-side log: ``[MM.DD HH:MM:SS] program[ *64] - host:port event``.

The timestamps carry no year and no zone: the year is ``--year`` or, failing that, the year the file was last
modified; the zone is ``--log-timezone`` (the machine's local time). Each connection is logged when it opens
(or fails) and again when it closes; the opening or failed attempt is the request, the close line is
understood and counted but not a second request.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

from smscreen.logs.formats.registry import FileContext, LogParser, ParseResult, register
from smscreen.logs.hosts import host_from_url
from smscreen.logs.model import Ignored, Malformed, Request

__all__ = ["ProxifierParser"]

_LINE = re.compile(r"\[(\d{2})\.(\d{2}) (\d{2}):(\d{2}):(\d{2})\] (.+?) - (\S+) (.+)")
_CLOSE = Ignored("connection-close")


@register
class ProxifierParser(LogParser):
    name = "proxifier"
    description = "Proxifier client log ([MM.DD HH:MM:SS], no year: --year or the file's modification year)"
    stateless = True

    def parse(self, lines: Iterable[tuple[int, str]], ctx: FileContext) -> Iterator[ParseResult]:
        year = ctx.options.year or ctx.mtime_year
        zone = ZoneInfo(ctx.options.local_timezone)
        for lineno, text in lines:
            if not text.strip():
                yield Ignored("blank")
                continue
            m = _LINE.fullmatch(text.rstrip())
            if m is None:
                yield Malformed(lineno, "not a Proxifier line ([MM.DD HH:MM:SS] program - host:port event)")
                continue
            month, day, hh, mm, ss, _program, target, event = m.groups()
            if event.startswith("close,"):
                yield _CLOSE
                continue
            if not event.startswith(("open ", "error")):
                yield Malformed(lineno, "unknown Proxifier event (expected open, close or error)")
                continue
            try:
                when = datetime(year, int(month), int(day), int(hh), int(mm), int(ss), tzinfo=zone)
            except ValueError:
                yield Malformed(lineno, f"{month}.{day} {hh}:{mm}:{ss} is not a valid time in {year}")
                continue
            host = host_from_url(target)
            if not host:
                yield Malformed(lineno, "target is not host:port")
                continue
            yield Request(when.timestamp(), host)
