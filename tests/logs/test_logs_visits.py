"""Requests collapse into visits: user + site + idle gap."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from smscreen.logs import DomainMap, Store, Visit, VisitRules, build_visits

T0 = 1761205500.0  # Thursday 23 October 2025, 07:45 UTC

# (description, requests as (seconds after T0, user, url, status), rules, expected visits as
#  (user_key, site, requests, duration))
CASES: list[
    tuple[str, list[tuple[float, str | None, str, int]], VisitRules, list[tuple[str | None, str, int, float]]]
] = [
    (
        "a page and its CDN fan-out is one visit",
        [(0, "amy", "http://www.facebook.com/", 200)]
        + [(0.2 * i, "amy", f"http://scontent-{i}.xx.fbcdn.net/p.jpg", 200) for i in range(1, 30)]
        + [(6, "amy", "static.xx.fbcdn.net:443", 200)],
        VisitRules(),
        [("amy", "facebook", 31, 6.0)],
    ),
    (
        "a pause longer than the idle gap starts a new visit",
        [
            (0, "amy", "http://x.com/", 200),
            (100, "amy", "http://pbs.twimg.com/a", 200),
            (401, "amy", "http://x.com/", 200),
        ],
        VisitRules(idle_gap_seconds=300),
        [("amy", "x", 2, 100.0), ("amy", "x", 1, 0.0)],
    ),
    (
        "a pause of exactly the idle gap does not",
        [(0, "amy", "http://x.com/", 200), (300, "amy", "http://x.com/", 200)],
        VisitRules(idle_gap_seconds=300),
        [("amy", "x", 2, 300.0)],
    ),
    (
        "different platforms are different visits, even interleaved",
        [
            (0, "amy", "http://x.com/", 200),
            (1, "amy", "http://www.youtube.com/", 200),
            (2, "amy", "http://x.com/", 200),
        ],
        VisitRules(),
        [("amy", "x", 2, 2.0), ("amy", "youtube", 1, 0.0)],
    ),
    (
        "different users are different visits; log-in names are case-insensitive",
        [(0, "Amy", "http://x.com/", 200), (1, "amy", "http://x.com/", 200), (2, "ben", "http://x.com/", 200)],
        VisitRules(),
        [("amy", "x", 2, 1.0), ("ben", "x", 1, 0.0)],
    ),
    (
        "proxy log-in challenges (407) are not use",
        [(0, None, "www.tiktok.com:443", 407), (0.1, "amy", "www.tiktok.com:443", 200)],
        VisitRules(),
        [("amy", "tiktok", 1, 0.0)],
    ),
    (
        "the minimum duration is a floor",
        [(0, "amy", "http://x.com/", 200), (0, "ben", "http://x.com/", 200), (45, "ben", "http://x.com/", 200)],
        VisitRules(min_duration_seconds=30),
        [("amy", "x", 1, 30.0), ("ben", "x", 2, 45.0)],
    ),
    (
        "without a log-in name the client address is the user",
        [(0, None, "http://x.com/", 200)],
        VisitRules(),
        [("10.20.1.50", "x", 1, 0.0)],
    ),
    (
        "sites that are no platform or category make no visits",
        [(0, "amy", "http://www.bbc.co.uk/", 200), (1, "amy", "http://classroom.google.com/", 200)],
        VisitRules(),
        [],
    ),
]


@pytest.mark.parametrize(("why", "requests", "rules", "expected"), CASES, ids=[c[0] for c in CASES])
def test_visits(
    tmp_path: Path,
    squid_line: Callable[..., str],
    why: str,
    requests: list[tuple[float, str | None, str, int]],
    rules: VisitRules,
    expected: list[tuple[str | None, str, int, float]],
) -> None:
    log = tmp_path / "access.log"
    log.write_text("".join(squid_line(T0 + dt, user, url, status=status) + "\n" for dt, user, url, status in requests))
    with Store(None) as store:
        store.ingest(log)
        visits = build_visits(store.con, DomainMap.builtin(), rules)
    got = sorted((v.user_key, v.site.name, v.requests, round(v.duration, 3)) for v in visits)
    assert got == sorted(expected), why


@pytest.mark.parametrize(
    ("gap", "minimum"),
    [(0, 0), (-1, 0), (300, -1)],
)
def test_bad_rules_are_refused(gap: float, minimum: float) -> None:
    with pytest.raises(ValueError):
        VisitRules(idle_gap_seconds=gap, min_duration_seconds=minimum)


def test_rules_describe_how_visits_are_counted() -> None:
    text = VisitRules(idle_gap_seconds=300, min_duration_seconds=10).describe()
    assert "5 minutes" in text and "10 seconds" in text and "CDN" in text and "407" in text


def test_visit_is_a_value() -> None:
    site = DomainMap.builtin().match("x.com")
    assert site is not None
    assert Visit("a", site, 1.0, 2.0, 2, 1.0) == Visit("a", site, 1.0, 2.0, 2, 1.0)
