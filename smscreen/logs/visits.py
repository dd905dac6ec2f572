"""Requests collapse into visits, so a page's CDN and widget fan-out is one use, not dozens.

A visit is a run of one user's requests to one site (platform or category) with no gap longer than the idle
gap between consecutive requests. Its duration is last request minus first, but at least the minimum
duration. Proxy authentication challenges (HTTP 407) are not counts of use: the browser repeats the request
with credentials straight after, so they are left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import duckdb

from smscreen.logs.platforms import DomainMap, Site
from smscreen.logs.store import user_key_sql

__all__ = ["VISITS_TABLE", "Visit", "VisitRules", "build_visits", "create_visits_table"]


@dataclass(frozen=True)
class VisitRules:
    idle_gap_seconds: float = 300.0
    min_duration_seconds: float = 0.0
    excluded_statuses: frozenset[int] = field(default_factory=lambda: frozenset({407}))

    def __post_init__(self) -> None:
        if self.idle_gap_seconds <= 0:
            raise ValueError("the idle gap must be positive")
        if self.min_duration_seconds < 0:
            raise ValueError("the minimum visit duration cannot be negative")

    def describe(self) -> str:
        excluded = ", ".join(str(s) for s in sorted(self.excluded_statuses)) or "none"
        return (
            f"A visit is one user's requests to one platform or category with no gap longer than "
            f"{_span(self.idle_gap_seconds)} between them; requests to a platform's CDN and API hosts count "
            f"towards the platform, so a page that loads dozens of resources is one visit. Time is from the "
            f"first to the last request of a visit (at least {_span(self.min_duration_seconds)}), so it is a "
            f"lower bound on time spent. Requests with HTTP status {excluded} (proxy log-in challenges) are "
            f"not counted."
        )


def _span(seconds: float) -> str:
    if seconds and seconds % 60 == 0:
        minutes = int(seconds // 60)
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    return f"{seconds:g} seconds"


@dataclass(frozen=True, slots=True)
class Visit:
    user_key: str | None  # case-folded log-in name or client address; None when the log names neither
    site: Site
    start: float  # UTC epoch seconds of the first request
    end: float  # ... and of the last
    requests: int
    duration: float


VISITS_TABLE = "visits"


def create_visits_table(
    con: duckdb.DuckDBPyConnection,
    domains: DomainMap,
    rules: VisitRules | None = None,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
) -> dict[str, Site]:
    """Build the temporary ``visits`` table from ``requests`` with ``since <= ts < until`` (naive UTC).

    Columns: ``user_key, site, start_ts, end_ts, requests, duration`` (times in UTC epoch seconds). Returns the
    sites that occur, by name.
    """
    rules = rules or VisitRules()
    window, params = _window(since, until)
    where = "WHERE " + " AND ".join(window) if window else ""
    hosts = [h for (h,) in con.execute(f"SELECT DISTINCT host FROM requests q {where}", params).fetchall()]
    sites: dict[str, Site] = {}
    matched_hosts: list[str] = []
    matched_sites: list[str] = []
    for host in hosts:
        site = domains.match(host) if host else None
        if site is not None:
            sites[site.name] = site
            matched_hosts.append(host)
            matched_sites.append(site.name)
    con.execute(
        "CREATE OR REPLACE TEMP TABLE site_hosts AS SELECT unnest(?::VARCHAR[]) AS host, unnest(?::VARCHAR[]) AS site",
        [matched_hosts, matched_sites],
    )
    if rules.excluded_statuses:
        window.append("(q.status IS NULL OR NOT list_contains(?, q.status))")
        params = [*params, sorted(rules.excluded_statuses)]
    where = "WHERE " + " AND ".join(window) if window else ""
    # Gaps-and-islands: a request starts a new visit when the previous one by the same user to the same
    # site is more than the idle gap earlier; a running sum of those starts numbers the visits.
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE {VISITS_TABLE} AS
        WITH r AS (
            SELECT {user_key_sql("q")} AS user_key, m.site, epoch(q.ts) AS t
            FROM requests q JOIN site_hosts m ON q.host = m.host
            {where}
        ),
        g AS (
            SELECT user_key, site, t,
                   CASE WHEN t - lag(t) OVER w > ? THEN 1 ELSE 0 END AS starts
            FROM r WINDOW w AS (PARTITION BY user_key, site ORDER BY t)
        ),
        n AS (
            SELECT user_key, site, t,
                   sum(starts) OVER (PARTITION BY user_key, site ORDER BY t ROWS UNBOUNDED PRECEDING) AS visit
            FROM g
        )
        SELECT user_key, site, min(t) AS start_ts, max(t) AS end_ts, count(*) AS requests,
               greatest(max(t) - min(t), ?) AS duration
        FROM n GROUP BY user_key, site, visit
        """,
        [*params, rules.idle_gap_seconds, rules.min_duration_seconds],
    )
    return sites


def build_visits(
    con: duckdb.DuckDBPyConnection,
    domains: DomainMap,
    rules: VisitRules | None = None,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
) -> list[Visit]:
    """Visits from the ``requests`` table, for requests with ``since <= ts < until`` (naive UTC), by start."""
    sites = create_visits_table(con, domains, rules, since=since, until=until)
    rows = con.execute(
        f"SELECT user_key, site, start_ts, end_ts, requests, duration FROM {VISITS_TABLE} "
        "ORDER BY start_ts, user_key, site"
    ).fetchall()
    return [
        Visit(key, sites[site], start, end, int(count), float(duration))
        for key, site, start, end, count, duration in rows
    ]


def _window(since: datetime | None, until: datetime | None) -> tuple[list[str], list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if since is not None:
        clauses.append("q.ts >= ?")
        params.append(since)
    if until is not None:
        clauses.append("q.ts < ?")
        params.append(until)
    return clauses, params
