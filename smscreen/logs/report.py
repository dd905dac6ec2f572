"""Turn visits into the periodic monitoring report the policy asks ICT to produce.

Privacy by design: users appear only as keyed pseudonyms unless identities are revealed on recorded
grounds; special-category visits (UK GDPR Art. 9) appear only as per-category totals, suppressed when
fewer than ``min_group`` people are behind them, and are left out of every per-user and per-role figure.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

import duckdb
from pydantic import BaseModel

from smscreen.logs.calendar import SchoolCalendar
from smscreen.logs.model import FileSummary
from smscreen.logs.platforms import SPECIAL_CATEGORIES, Site
from smscreen.logs.visits import VISITS_TABLE, Visit, VisitRules
from smscreen.profile import Person

__all__ = [
    "PERIODS",
    "Figures",
    "LogReport",
    "PeriodKind",
    "PeriodSummary",
    "ReportOptions",
    "Reveal",
    "aggregate_visits",
    "build_report",
]

PeriodKind = Literal["day", "week", "month", "term"]
PERIODS: tuple[PeriodKind, ...] = ("day", "week", "month", "term")
UNIDENTIFIED = "(unidentified)"
UNKNOWN_ROLE = "unknown"


class Figures(BaseModel):
    visits: int = 0
    seconds: float = 0.0
    directed_visits: int = 0
    directed_seconds: float = 0.0
    outside_visits: int = 0
    outside_seconds: float = 0.0
    users: int = 0


class Row(BaseModel):
    key: str
    label: str
    figures: Figures


class SpecialRow(BaseModel):
    """One special category in one period: totals only, or nothing when too few people are behind them."""

    key: str
    label: str
    suppressed: bool
    visits: int | None = None
    seconds: float | None = None
    users: int | None = None


class PeriodSummary(BaseModel):
    key: str
    start: date
    end: date
    total: Figures
    by_site: list[Row]
    by_role: list[Row]
    special: list[SpecialRow]


class TrendRow(BaseModel):
    key: str
    label: str
    visits: list[int]
    seconds: list[float]
    change_percent: float | None  # visits in the last period against the one before


class UserRow(BaseModel):
    user: str  # a pseudonym unless revealed
    role: str
    person_id: str | None = None  # only when revealed
    figures: Figures
    top_sites: list[str]


class SpecialUserRow(BaseModel):
    user: str
    role: str
    category: str
    visits: int
    seconds: float


class MalformedRow(BaseModel):
    line: int
    reason: str


class SourceRow(BaseModel):
    path: str
    format: str
    lines: int
    requests: int
    ignored: dict[str, int]
    malformed_count: int
    malformed: list[MalformedRow]


class RevealRow(BaseModel):
    grounds: str
    by: str


class LogReport(BaseModel):
    title: str
    school: str | None
    generated_at: datetime
    period: PeriodKind
    timezone: str
    first_visit: datetime | None
    last_visit: datetime | None
    method: list[str]
    pseudonymised: bool
    reveal: RevealRow | None
    sources: list[SourceRow]
    totals: PeriodSummary | None
    periods: list[PeriodSummary]
    trends: list[TrendRow]
    top_users: list[UserRow]
    special_by_user: list[SpecialUserRow]


@dataclass(frozen=True)
class Reveal:
    grounds: str
    by: str


@dataclass(frozen=True)
class ReportOptions:
    period: PeriodKind = "week"
    top: int = 10
    min_group: int = 3
    reveal: Reveal | None = None
    rules: VisitRules = field(default_factory=VisitRules)


# count(*), time, in-directed count and time, distinct users: the figures every table shows.
_FIGURES_SQL = (
    "count(*), coalesce(sum(duration), 0), count(*) FILTER (WHERE directed), "
    "coalesce(sum(duration) FILTER (WHERE directed), 0), count(DISTINCT user_key)"
)


def _figures(visits: int, seconds: float, directed_visits: int, directed_seconds: float, users: int) -> Figures:
    return Figures(
        visits=visits,
        seconds=round(seconds, 3),
        directed_visits=directed_visits,
        directed_seconds=round(directed_seconds, 3),
        outside_visits=visits - directed_visits,
        outside_seconds=round(seconds - directed_seconds, 3),
        users=users,
    )


def build_report(
    visits: Iterable[Visit],
    *,
    calendar: SchoolCalendar,
    people: Mapping[str, Person],
    pseudonymise: Callable[[str], str],
    options: ReportOptions | None = None,
    sources: Sequence[FileSummary] = (),
    school: str | None = None,
) -> LogReport:
    """The report over ``visits``. ``people`` maps case-folded log-in names to people."""
    items = list(visits)
    sites = {v.site.name: v.site for v in items}
    with duckdb.connect() as con:
        con.execute(
            f"CREATE TEMP TABLE {VISITS_TABLE} AS SELECT unnest(?::VARCHAR[]) AS user_key, "
            "unnest(?::VARCHAR[]) AS site, unnest(?::DOUBLE[]) AS start_ts, unnest(?::DOUBLE[]) AS end_ts, "
            "unnest(?::BIGINT[]) AS requests, unnest(?::DOUBLE[]) AS duration",
            [
                [v.user_key for v in items],
                [v.site.name for v in items],
                [v.start for v in items],
                [v.end for v in items],
                [v.requests for v in items],
                [v.duration for v in items],
            ],
        )
        return aggregate_visits(
            con,
            sites=sites,
            calendar=calendar,
            people=people,
            pseudonymise=pseudonymise,
            options=options,
            sources=sources,
            school=school,
        )


def aggregate_visits(
    con: duckdb.DuckDBPyConnection,
    *,
    sites: Mapping[str, Site],
    calendar: SchoolCalendar,
    people: Mapping[str, Person],
    pseudonymise: Callable[[str], str],
    options: ReportOptions | None = None,
    sources: Sequence[FileSummary] = (),
    school: str | None = None,
) -> LogReport:
    """The report over the ``visits`` table in ``con``, aggregated in SQL so it scales with the store.

    Python decides only what needs the school's calendar and people: each distinct start minute's period
    and directed-time status (sessions are whole minutes, so a minute never straddles a boundary), and each
    user's role and shown name.
    """
    options = options or ReportOptions()
    revealed = options.reveal is not None
    labels = {name: site.label for name, site in sites.items()}
    first, last, count = _one(con, f"SELECT min(start_ts), max(end_ts), count(*) FROM {VISITS_TABLE}")
    report = LogReport(
        title="Social media use on school systems",
        school=school,
        generated_at=datetime.now(UTC).replace(microsecond=0),
        period=options.period,
        timezone=calendar.timezone,
        first_visit=calendar.local(first) if count else None,
        last_visit=calendar.local(last) if count else None,
        method=_method(calendar, options),
        pseudonymised=not revealed,
        reveal=RevealRow(grounds=options.reveal.grounds, by=options.reveal.by) if options.reveal else None,
        sources=[_source_row(s) for s in sources],
        totals=None,
        periods=[],
        trends=[],
        top_users=[],
        special_by_user=[],
    )
    if not count:
        return report

    periods = _classify_minutes(con, calendar, options.period)
    _fill_gaps(periods, calendar, options.period)
    user_keys = [
        k for (k,) in con.execute(f"SELECT DISTINCT user_key FROM {VISITS_TABLE} WHERE user_key IS NOT NULL").fetchall()
    ]
    shown = {k: (k if revealed else pseudonymise(k)) for k in user_keys}
    con.execute(
        "CREATE OR REPLACE TEMP TABLE report_users AS SELECT unnest(?::VARCHAR[]) AS user_key, "
        "unnest(?::VARCHAR[]) AS role, unnest(?::VARCHAR[]) AS shown",
        [user_keys, [_role(k, people) for k in user_keys], [shown[k] for k in user_keys]],
    )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE report_sites AS SELECT unnest(?::VARCHAR[]) AS site, "
        "unnest(?::VARCHAR[]) AS kind",
        [list(sites), [site.kind for site in sites.values()]],
    )
    con.execute(
        f"""
        CREATE OR REPLACE TEMP VIEW classified AS
        SELECT v.user_key, v.site, v.duration, m.period, m.directed, s.kind,
               coalesce(u.role, '{UNKNOWN_ROLE}') AS role, coalesce(u.shown, '{UNIDENTIFIED}') AS shown
        FROM {VISITS_TABLE} v
        JOIN minute_class m ON m.minute = CAST(floor(v.start_ts / 60) AS BIGINT)
        JOIN report_sites s ON s.site = v.site
        LEFT JOIN report_users u ON u.user_key = v.user_key
        """
    )
    ordinary = "FROM classified WHERE kind <> 'special'"
    # A NULL period is the all-periods total (the empty grouping set).
    by_site = _grouped(
        con, f"SELECT period, site, {_FIGURES_SQL} {ordinary} GROUP BY GROUPING SETS ((period, site), (site))"
    )
    by_role = _grouped(
        con, f"SELECT period, role, {_FIGURES_SQL} {ordinary} GROUP BY GROUPING SETS ((period, role), (role))"
    )
    totals = _grouped(con, f"SELECT period, '', {_FIGURES_SQL} {ordinary} GROUP BY GROUPING SETS ((period), ())")
    special = con.execute(
        "SELECT period, site, count(*), sum(duration), count(DISTINCT user_key) FROM classified "
        "WHERE kind = 'special' GROUP BY GROUPING SETS ((period, site), (site))"
    ).fetchall()

    def summary(key: str | None, start: date, end: date) -> PeriodSummary:
        def rows(table: dict[str | None, dict[str, Figures]], names: Mapping[str, str]) -> list[Row]:
            found = table.get(key, {})
            ordered = sorted(found.items(), key=lambda kv: (-kv[1].visits, kv[0]))
            return [Row(key=k, label=names.get(k, k), figures=f) for k, f in ordered]

        special_rows = []
        for period, site, visits, seconds, users in sorted(special, key=lambda r: r[1]):
            if period != key:
                continue
            label = SPECIAL_CATEGORIES.get(site, labels.get(site, site))
            if users < options.min_group:
                special_rows.append(SpecialRow(key=site, label=label, suppressed=True))
            else:
                special_rows.append(
                    SpecialRow(
                        key=site, label=label, suppressed=False, visits=visits, seconds=round(seconds, 3), users=users
                    )
                )
        return PeriodSummary(
            key=key if key is not None else "all",
            start=start,
            end=end,
            total=totals.get(key, {}).get("", _figures(0, 0.0, 0, 0.0, 0)),
            by_site=rows(by_site, labels),
            by_role=rows(by_role, {}),
            special=special_rows,
        )

    first_day, last_day = calendar.local(first).date(), calendar.local(last).date()
    ordered = sorted(periods.items(), key=lambda kv: (kv[1][0], kv[0]))
    # Holidays before the first and after the last term are open-ended; bound them by the data shown.
    report.periods = [
        summary(key, first_day if start == date.min else start, last_day if end == date.max else end)
        for key, (start, end) in ordered
    ]
    report.totals = summary(None, first_day, last_day)
    report.trends = _trends(report.periods, labels)
    report.top_users = _top_users(con, options.top, revealed, people, labels)
    if revealed:
        report.special_by_user = [
            SpecialUserRow(user=user, role=role, category=site, visits=visits, seconds=round(seconds, 3))
            for user, role, site, visits, seconds in con.execute(
                "SELECT shown, role, site, count(*), sum(duration) FROM classified WHERE kind = 'special' "
                "GROUP BY shown, role, site ORDER BY shown, site"
            ).fetchall()
        ]
    return report


def _one(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[Any, ...]:
    row = con.execute(sql).fetchone()
    if row is None:  # an aggregate query always returns one row
        raise RuntimeError(f"no row from {sql!r}")
    return tuple(row)


def _grouped(con: duckdb.DuckDBPyConnection, sql: str) -> dict[str | None, dict[str, Figures]]:
    out: dict[str | None, dict[str, Figures]] = {}
    for period, key, visits, seconds, directed, directed_seconds, users in con.execute(sql).fetchall():
        out.setdefault(period, {})[key] = _figures(visits, seconds, directed, directed_seconds, users)
    return out


def _classify_minutes(
    con: duckdb.DuckDBPyConnection, calendar: SchoolCalendar, kind: PeriodKind
) -> dict[str, tuple[date, date]]:
    minutes = [
        m
        for (m,) in con.execute(f"SELECT DISTINCT CAST(floor(start_ts / 60) AS BIGINT) FROM {VISITS_TABLE}").fetchall()
    ]
    periods: dict[str, tuple[date, date]] = {}
    keys: list[str] = []
    directed: list[bool] = []
    for minute in minutes:
        key, start, end = calendar.period(minute * 60, kind)
        periods[key] = (start, end)
        keys.append(key)
        directed.append(calendar.is_directed(minute * 60))
    con.execute(
        "CREATE OR REPLACE TEMP TABLE minute_class AS SELECT unnest(?::BIGINT[]) AS minute, "
        "unnest(?::VARCHAR[]) AS period, unnest(?::BOOLEAN[]) AS directed",
        [minutes, keys, directed],
    )
    return periods


def _top_users(
    con: duckdb.DuckDBPyConnection, top: int, revealed: bool, people: Mapping[str, Person], labels: Mapping[str, str]
) -> list[UserRow]:
    if top <= 0:
        return []
    rows = con.execute(
        f"""
        SELECT user_key, shown, role, {_FIGURES_SQL} FROM classified WHERE kind <> 'special'
        GROUP BY user_key, shown, role ORDER BY sum(duration) DESC, count(*) DESC, shown LIMIT ?
        """,
        [top],
    ).fetchall()
    shown_names = [row[1] for row in rows]
    per_site: dict[str, list[tuple[str, float]]] = {}
    for shown, site, seconds in con.execute(
        "SELECT shown, site, sum(duration) FROM classified WHERE kind <> 'special' AND list_contains(?, shown) "
        "GROUP BY shown, site",
        [shown_names],
    ).fetchall():
        per_site.setdefault(shown, []).append((labels.get(site, site), seconds))
    return [
        UserRow(
            user=shown,
            role=role,
            person_id=_person_id(key, people) if revealed else None,
            figures=_figures(visits, seconds, directed, directed_seconds, users),
            top_sites=[name for name, _ in sorted(per_site.get(shown, []), key=lambda kv: (-kv[1], kv[0]))[:3]],
        )
        for key, shown, role, visits, seconds, directed, directed_seconds, users in rows
    ]


# Periods with no visits still belong in a trend (a quiet week is information), but filling a decade of
# days would swamp the report; beyond this many days only periods with visits are listed.
_MAX_FILL_DAYS = 800


def _fill_gaps(periods: dict[str, tuple[date, date]], calendar: SchoolCalendar, kind: PeriodKind) -> None:
    first = min(start for start, _ in periods.values())
    last = max(end for _, end in periods.values())
    if first == date.min or last == date.max or (last - first).days > _MAX_FILL_DAYS:
        return
    day = first
    while day <= last:
        key, start, end = calendar.period_of_day(day, kind)
        periods.setdefault(key, (start, end))
        day = min(end, last) + timedelta(days=1)


def _role(user_key: str | None, people: Mapping[str, Person]) -> str:
    person = people.get(user_key.casefold()) if user_key is not None else None
    return person.role if person is not None else UNKNOWN_ROLE


def _person_id(user_key: str | None, people: Mapping[str, Person]) -> str | None:
    person = people.get(user_key.casefold()) if user_key is not None else None
    return person.id if person is not None else None


def _trends(periods: Sequence[PeriodSummary], labels: Mapping[str, str]) -> list[TrendRow]:
    totals: dict[str, int] = {}
    for p in periods:
        for row in p.by_site:
            totals[row.key] = totals.get(row.key, 0) + row.figures.visits
    # Busiest first, so a chart of the first few series shows the platforms that matter.
    keys = sorted(totals, key=lambda k: (-totals[k], k))
    rows: list[TrendRow] = []
    for key in ["(all)", *keys]:
        visits: list[int] = []
        seconds: list[float] = []
        for p in periods:
            figures = p.total if key == "(all)" else next((r.figures for r in p.by_site if r.key == key), None)
            visits.append(figures.visits if figures else 0)
            seconds.append(figures.seconds if figures else 0.0)
        change = None
        if len(visits) >= 2 and visits[-2] > 0:
            change = round((visits[-1] - visits[-2]) / visits[-2] * 100, 1)
        label = "All platforms" if key == "(all)" else labels.get(key, key)
        rows.append(TrendRow(key=key, label=label, visits=visits, seconds=seconds, change_percent=change))
    return rows


def _source_row(summary: FileSummary) -> SourceRow:
    return SourceRow(
        path=summary.path,
        format=summary.format,
        lines=summary.lines,
        requests=summary.requests,
        ignored=dict(summary.ignored),
        malformed_count=summary.malformed_count,
        malformed=[MalformedRow(line=m.line, reason=m.reason) for m in summary.malformed],
    )


def _method(calendar: SchoolCalendar, options: ReportOptions) -> list[str]:
    day_names = ", ".join(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[d] for d in sorted(calendar.days))
    sessions = ", ".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in calendar.sessions)
    terms = (
        "; days outside the term dates are out of directed time"
        if calendar.terms
        else "; no term dates are set, so holidays are not recognised"
    )
    notes = [
        options.rules.describe(),
        f"Directed time: {day_names}, {sessions} in {calendar.timezone} (daylight saving applied; logs are "
        f"UTC){terms}. A visit counts as in or out of directed time by its start.",
        f"Periods are by {options.period}, by the local date a visit starts.",
        "Special-category sites (political parties, religion, health, trade unions, sexual orientation) are "
        "counted only as per-category totals, left out of per-platform, per-role and per-user figures, and "
        f"suppressed where fewer than {options.min_group} people are behind a total.",
    ]
    if options.reveal is None:
        notes.append(
            "Users are shown as keyed pseudonyms (HMAC-SHA256 with the school's secret): stable between reports, "
            "not reversible without the secret. Revealing identities needs recorded grounds."
        )
    else:
        notes.append(
            f"Identities are revealed on the grounds: {options.reveal.grounds!r} (by {options.reveal.by}; "
            "recorded in the audit log). Handle this report as personal data."
        )
    return notes
