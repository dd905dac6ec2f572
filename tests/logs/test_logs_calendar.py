"""Directed time in Europe/London from UTC logs, across the October clock change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from smscreen.logs import DomainMap, SchoolCalendar, Store, build_visits
from smscreen.profile import DirectedTime

# The clocks went back at 01:00 UTC on Sunday 26 October 2025 (the last Sunday of October).
DIRECTED = DirectedTime(
    timezone="Europe/London",
    days=("mon", "tue", "wed", "thu", "fri"),
    sessions=("08:30-12:00", "13:00-16:00"),
    term_dates=((date(2025, 9, 3), date(2025, 10, 31)), (date(2025, 11, 10), date(2025, 12, 19))),
)


def utc(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp()


# (UTC start of a visit, local clock, in directed time?)
CASES = [
    ("2025-10-23T07:45:00", "08:45 BST Thu", True),
    ("2025-10-23T07:15:00", "08:15 BST Thu", False),
    ("2025-10-23T11:30:00", "12:30 BST Thu, lunch", False),
    ("2025-10-23T14:59:00", "15:59 BST Thu", True),
    ("2025-10-23T15:00:00", "16:00 BST Thu, session end is exclusive", False),
    ("2025-10-25T09:00:00", "10:00 BST Sat", False),
    ("2025-10-26T00:30:00", "01:30 BST Sun, just before the change", False),
    ("2025-10-26T01:30:00", "01:30 GMT Sun, just after", False),
    ("2025-10-27T07:45:00", "07:45 GMT Mon: same UTC time as Thursday's, now before school", False),
    ("2025-10-27T08:45:00", "08:45 GMT Mon", True),
    ("2025-10-27T11:30:00", "11:30 GMT Mon: Thursday's lunch hour in UTC, now a lesson", True),
    ("2025-10-27T15:59:00", "15:59 GMT Mon", True),
    ("2025-10-27T16:00:00", "16:00 GMT Mon", False),
    ("2025-11-04T09:00:00", "09:00 GMT Tue, half term (between terms)", False),
    ("2025-11-10T09:00:00", "09:00 GMT Mon, first day of the next term", True),
]


@pytest.mark.parametrize(("when", "why", "directed"), CASES)
def test_is_directed(when: str, why: str, directed: bool) -> None:
    assert SchoolCalendar(DIRECTED).is_directed(utc(when)) is directed, why


def test_generated_log_across_the_clock_change_puts_each_visit_in_or_out(
    tmp_path: Path, squid_line: Callable[..., str]
) -> None:
    # One user per case so every case is its own visit; each visit is a page plus CDN fan-out.
    lines: list[str] = []
    for i, (when, _, _) in enumerate(CASES):
        start = utc(when)
        user = f"casey{i:02d}"
        lines.append(squid_line(start, user, "http://www.facebook.com/"))
        lines.append(squid_line(start + 1.5, user, "static.xx.fbcdn.net:443"))
        lines.append(squid_line(start + 40, user, "http://scontent.xx.fbcdn.net/a.jpg"))
    log = tmp_path / "access.log"
    log.write_text("\n".join(lines) + "\n")
    with Store(None) as store:
        store.ingest(log)
        visits = build_visits(store.con, DomainMap.builtin())
    calendar = SchoolCalendar(DIRECTED)
    assert len(visits) == len(CASES)
    by_user = {v.user_key: v for v in visits}
    for i, (when, why, directed) in enumerate(CASES):
        visit = by_user[f"casey{i:02d}"]
        assert visit.start == utc(when) and visit.requests == 3
        assert calendar.is_directed(visit.start) is directed, why


@pytest.mark.parametrize(
    ("kind", "day", "key", "start", "end"),
    [
        ("day", date(2025, 10, 26), "2025-10-26", date(2025, 10, 26), date(2025, 10, 26)),
        ("week", date(2025, 10, 26), "2025-W43", date(2025, 10, 20), date(2025, 10, 26)),
        ("week", date(2025, 10, 27), "2025-W44", date(2025, 10, 27), date(2025, 11, 2)),
        ("month", date(2025, 12, 31), "2025-12", date(2025, 12, 1), date(2025, 12, 31)),
        ("term", date(2025, 10, 1), "term 2025-09-03..2025-10-31", date(2025, 9, 3), date(2025, 10, 31)),
        ("term", date(2025, 11, 4), "out of term 2025-11-01..2025-11-09", date(2025, 11, 1), date(2025, 11, 9)),
        ("term", date(2025, 8, 1), "out of term, before 2025-09-03", date.min, date(2025, 9, 2)),
        ("term", date(2026, 1, 5), "out of term, after 2025-12-19", date(2025, 12, 20), date.max),
    ],
)
def test_periods(kind: str, day: date, key: str, start: date, end: date) -> None:
    assert SchoolCalendar(DIRECTED).period_of_day(day, kind) == (key, start, end)


def test_without_term_dates_every_weekday_can_be_directed() -> None:
    calendar = SchoolCalendar(DirectedTime(sessions=("08:30-15:30",)))
    assert calendar.is_directed(utc("2025-08-13T09:00:00"))  # a Wednesday in the summer holiday
    assert not calendar.is_directed(utc("2025-08-16T09:00:00"))  # a Saturday
