"""Directed time: the school's working hours, in its own time zone, from the profile (SPEC §4).

Logs are in UTC; the school's sessions are in local time (Europe/London), so the same UTC hour is in
directed time in winter and out of it in summer. zoneinfo applies the daylight-saving rules.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from smscreen.profile import DirectedTime

__all__ = ["SchoolCalendar"]

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _clock(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


class SchoolCalendar:
    """Answers "is this moment directed time?" and "which period is it in?" for one school.

    A moment is in directed time when it falls on a school day, inside a session (start inclusive, end
    exclusive), and -- when the profile gives term dates -- inside a term.
    """

    def __init__(self, directed: DirectedTime | None = None) -> None:
        directed = directed or DirectedTime()
        self.timezone = directed.timezone
        self.zone = ZoneInfo(directed.timezone)
        self.days = frozenset(_WEEKDAYS.index(d) for d in directed.days)
        self.sessions = tuple((_clock(start), _clock(end)) for start, end in (s.split("-") for s in directed.sessions))
        self.terms = tuple(sorted(directed.term_dates))

    def local(self, ts: float) -> datetime:
        return datetime.fromtimestamp(ts, UTC).astimezone(self.zone)

    def term_of(self, day: date) -> tuple[date, date] | None:
        return next(((start, end) for start, end in self.terms if start <= day <= end), None)

    def is_directed(self, ts: float) -> bool:
        when = self.local(ts)
        if when.weekday() not in self.days:
            return False
        if self.terms and self.term_of(when.date()) is None:
            return False
        clock = when.time()
        return any(start <= clock < end for start, end in self.sessions)

    def period(self, ts: float, kind: str) -> tuple[str, date, date]:
        """The reporting period (key, first day, last day) that the local date of ``ts`` falls in."""
        return self.period_of_day(self.local(ts).date(), kind)

    def period_of_day(self, day: date, kind: str) -> tuple[str, date, date]:
        if kind == "day":
            return day.isoformat(), day, day
        if kind == "week":
            year, week, weekday = day.isocalendar()
            start = day - timedelta(days=weekday - 1)
            return f"{year}-W{week:02d}", start, start + timedelta(days=6)
        if kind == "month":
            start = day.replace(day=1)
            following = (start + timedelta(days=32)).replace(day=1)
            return f"{day:%Y-%m}", start, following - timedelta(days=1)
        if kind == "term":
            term = self.term_of(day)
            if term is not None:
                return f"term {term[0]}..{term[1]}", term[0], term[1]
            return self._holiday(day)
        raise ValueError(f"unknown period {kind!r}")

    def _holiday(self, day: date) -> tuple[str, date, date]:
        """The gap between terms that ``day`` is in (open-ended before the first and after the last term)."""
        before = [end for _, end in self.terms if end < day]
        after = [start for start, _ in self.terms if start > day]
        first = max(before) + timedelta(days=1) if before else date.min
        last = min(after) - timedelta(days=1) if after else date.max
        if not before and not after:
            return "out of term", first, last
        if not before:
            return f"out of term, before {last + timedelta(days=1)}", first, last
        if not after:
            return f"out of term, after {first - timedelta(days=1)}", first, last
        return f"out of term {first}..{last}", first, last
