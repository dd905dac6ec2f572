"""The whole analysis in one call: store -> visits -> report, with the school's calendar and people."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from smscreen.logs.calendar import SchoolCalendar
from smscreen.logs.model import FileSummary
from smscreen.logs.platforms import DomainMap
from smscreen.logs.pseudonym import Pseudonymiser
from smscreen.logs.report import LogReport, ReportOptions, aggregate_visits
from smscreen.logs.store import Store
from smscreen.logs.visits import create_visits_table
from smscreen.profile import SchoolProfile

__all__ = ["local_day_bounds", "report_from_store"]


def local_day_bounds(first: date | None, last: date | None, timezone: str) -> tuple[datetime | None, datetime | None]:
    """``[first, last]`` as whole local days -> naive UTC ``[since, until)`` for the store's timestamps."""
    zone = ZoneInfo(timezone)

    def midnight(day: date) -> datetime:
        return datetime.combine(day, time(0, 0), tzinfo=zone).astimezone(UTC).replace(tzinfo=None)

    since = midnight(first) if first is not None else None
    until = midnight(last + timedelta(days=1)) if last is not None else None
    return since, until


def report_from_store(
    store: Store,
    *,
    profile: SchoolProfile | None,
    pseudonymiser: Pseudonymiser,
    options: ReportOptions | None = None,
    domains: DomainMap | None = None,
    first_day: date | None = None,
    last_day: date | None = None,
    sources: Sequence[FileSummary] | None = None,
) -> LogReport:
    """Build the monitoring report over the store's requests (optionally only ``first_day..last_day``)."""
    options = options or ReportOptions()
    calendar = SchoolCalendar(profile.directed_time if profile is not None else None)
    since, until = local_day_bounds(first_day, last_day, calendar.timezone)
    sites = create_visits_table(store.con, domains or DomainMap.builtin(), options.rules, since=since, until=until)
    return aggregate_visits(
        store.con,
        sites=sites,
        calendar=calendar,
        people=profile.person_by_username if profile is not None else {},
        pseudonymise=pseudonymiser,
        options=options,
        sources=store.sources() if sources is None else sources,
        school=profile.school.name if profile is not None else None,
    )
