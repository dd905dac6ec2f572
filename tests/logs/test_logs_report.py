"""Reports: figures, formats, and privacy (pseudonyms, special categories, audited reveals)."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from smscreen.logs import DomainMap, Pseudonymiser, ReportOptions, SchoolCalendar, Visit, build_report, logs

# (log-in name or None, client, UTC time, url). Thursday 23 October 2025 is in term; 07:45 UTC is 08:45 BST.
TRAFFIC: list[tuple[str | None, str, str, str]] = [
    ("tfoxglove", "10.20.1.11", "2025-10-23T07:45:00", "http://www.facebook.com/"),
    ("tfoxglove", "10.20.1.11", "2025-10-23T07:45:02", "static.xx.fbcdn.net:443"),
    ("tfoxglove", "10.20.1.11", "2025-10-23T19:00:00", "http://www.facebook.com/"),  # 20:00 BST: outside
    ("mbramblewood", "10.20.1.12", "2025-10-23T09:00:00", "http://x.com/home"),
    ("MBRAMBLE", "10.20.1.12", "2025-10-24T09:00:00", "http://pbs.twimg.com/a.jpg"),
    ("iquillfeather", "10.20.1.13", "2025-10-23T10:00:00", "www.tiktok.com:443"),
    ("opennywhistle", "10.20.1.14", "2025-10-27T10:00:00", "http://www.youtube.com/watch"),  # half term
    ("visitor7", "10.20.1.15", "2025-10-23T12:00:00", "http://www.reddit.com/"),
    (None, "10.20.9.9", "2025-10-23T12:10:00", "http://www.instagram.com/"),
    # Special categories: four people on a party site, one on a health site, and one person who visits
    # nothing but a special-category site (they must never appear per user).
    ("tfoxglove", "10.20.1.11", "2025-10-23T08:00:00", "http://www.labour.org.uk/"),
    ("mbramblewood", "10.20.1.12", "2025-10-23T08:10:00", "http://www.labour.org.uk/"),
    ("iquillfeather", "10.20.1.13", "2025-10-23T08:20:00", "http://www.labour.org.uk/"),
    ("othistlecombe", "10.20.1.16", "2025-10-23T08:30:00", "http://www.labour.org.uk/"),
    ("othistlecombe", "10.20.1.16", "2025-10-23T08:40:00", "http://www.nhs.uk/conditions/"),
]
USER_NAMES = ["tfoxglove", "mbramblewood", "mbramble", "iquillfeather", "opennywhistle", "othistlecombe", "visitor7"]
REAL_NAMES = ["Tamsin", "Foxglove", "Marcus", "Bramblewood", "Odile", "Thistlecombe", "Ivy", "Quillfeather", "Otto"]
CLIENTS = ["10.20.1.11", "10.20.1.12", "10.20.1.13", "10.20.1.14", "10.20.1.15", "10.20.1.16", "10.20.9.9"]
FORMATS = ["text", "csv", "json", "html"]


@pytest.fixture
def traffic_log(tmp_path: Path, squid_line: Callable[..., str]) -> Path:
    log = tmp_path / "access.log"
    log.write_text(
        "".join(
            squid_line(datetime.fromisoformat(when).replace(tzinfo=UTC).timestamp(), user, url, client=client) + "\n"
            for user, client, when, url in TRAFFIC
        )
    )
    return log


def run(args: list[str], cwd: Path) -> tuple[int, str, str]:
    runner = CliRunner()
    with contextlib.chdir(cwd):  # so default state files land in the test's directory
        result = runner.invoke(logs, args)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_report_without_reveal_names_nobody(
    traffic_log: Path, school_dir: Path, tmp_path: Path, secret_env: str, fmt: str
) -> None:
    code, out, err = run(["report", str(traffic_log), "--school", str(school_dir), "--format", fmt], tmp_path)
    assert code == 0, err
    for word in USER_NAMES + REAL_NAMES + CLIENTS:
        assert not re.search(rf"(?<![\w.]){re.escape(word)}(?![\w.])", out, re.IGNORECASE), (
            f"{word!r} is in the {fmt} report"
        )
    # The person who only visited special-category sites must not show up even as a pseudonym.
    assert Pseudonymiser(secret_env.encode())("othistlecombe") not in out
    # ... while everyone else is there, pseudonymised.
    assert Pseudonymiser(secret_env.encode())("tfoxglove") in out
    assert "Political parties" in out or "political-parties" in out


def test_special_categories_only_in_aggregate(
    traffic_log: Path, school_dir: Path, tmp_path: Path, secret_env: str
) -> None:
    code, out, _ = run(["report", str(traffic_log), "--school", str(school_dir), "--format", "json"], tmp_path)
    assert code == 0
    report = json.loads(out)
    assert report["special_by_user"] == []
    special = {row["key"]: row for row in report["totals"]["special"]}
    assert special["political-parties"]["suppressed"] is False
    assert (special["political-parties"]["visits"], special["political-parties"]["users"]) == (4, 4)
    # One person behind the health total: suppressed.
    assert special["health"] == {
        "key": "health", "label": "Health", "suppressed": True, "visits": None, "seconds": None, "users": None,
    }  # fmt: skip
    # No per-user or per-role figure includes a special-category visit.
    assert all(
        site not in {"Political parties", "Health"} for user in report["top_users"] for site in user["top_sites"]
    )
    assert sum(user["figures"]["visits"] for user in report["top_users"]) == report["totals"]["total"]["visits"] == 8
    assert sum(role["figures"]["visits"] for role in report["totals"]["by_role"]) == 8


def test_figures(traffic_log: Path, school_dir: Path, tmp_path: Path, secret_env: str) -> None:
    code, out, _ = run(
        ["report", str(traffic_log), "--school", str(school_dir), "--format", "json", "--period", "week"], tmp_path
    )
    assert code == 0
    report = json.loads(out)
    totals = report["totals"]
    sites = {row["key"]: row["figures"] for row in totals["by_site"]}
    # The facebook.com + fbcdn.net pair at 07:45 is one visit; the evening one is another, outside directed time.
    assert (sites["facebook"]["visits"], sites["facebook"]["directed_visits"], sites["facebook"]["outside_visits"]) == (
        2,
        1,
        1,
    )
    assert sites["facebook"]["seconds"] == 2.0
    # Users are counted by log-in: MBRAMBLE is a second log-in of the same member of staff.
    assert (sites["x"]["visits"], sites["x"]["users"]) == (2, 2)
    # Half term (27 October) is out of directed time even at 10:00 on a Monday.
    assert sites["youtube"]["directed_visits"] == 0
    roles = {row["key"]: row["figures"]["visits"] for row in totals["by_role"]}
    assert roles == {"staff": 4, "pupil": 2, "unknown": 2}
    assert [p["key"] for p in report["periods"]] == ["2025-W43", "2025-W44"]
    trend = {row["key"]: row["visits"] for row in report["trends"]}
    assert trend["(all)"] == [7, 1] and trend["youtube"] == [0, 1]
    assert any("5 minutes" in note for note in report["method"])


def test_periods_without_visits_are_listed_for_trends(
    traffic_log: Path, school_dir: Path, tmp_path: Path, secret_env: str
) -> None:
    code, out, _ = run(
        ["report", str(traffic_log), "--school", str(school_dir), "--format", "json", "--period", "day"], tmp_path
    )
    assert code == 0
    keys = [p["key"] for p in json.loads(out)["periods"]]
    assert keys == ["2025-10-23", "2025-10-24", "2025-10-25", "2025-10-26", "2025-10-27"]


def test_reveal_with_grounds_adds_exactly_one_audit_record(
    traffic_log: Path, school_dir: Path, tmp_path: Path, secret_env: str
) -> None:
    audit = tmp_path / "audit.jsonl"
    audit.write_text(json.dumps({"event": "reveal", "earlier": True}) + "\n")
    grounds = "HR referral 2025-17: suspected misuse in lessons"
    args = ["report", str(traffic_log), "--school", str(school_dir), "--format", "json", "--reveal",
            "--grounds", grounds, "--by", "head", "--audit-log", str(audit)]  # fmt: skip
    code, out, err = run(args, tmp_path)
    assert code == 0, err
    records = [json.loads(line) for line in audit.read_text().splitlines()]
    assert len(records) == 2 and records[0] == {"event": "reveal", "earlier": True}
    record = records[1]
    assert record["grounds"] == "HR referral 2025-17: suspected misuse in lessons"
    assert record["who"] == "head" and record["event"] == "reveal" and record["when"]
    assert record["scope"]["period"] == "week" and record["scope"]["logs"] == [str(traffic_log.resolve())]
    report = json.loads(out)
    assert report["pseudonymised"] is False
    assert "tfoxglove" in {u["user"] for u in report["top_users"]}
    assert {(s["user"], s["category"]) for s in report["special_by_user"]} >= {("othistlecombe", "health")}


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--reveal"], "--grounds"),
        (["--reveal", "--grounds", "   "], "--grounds"),
        (["--grounds", "because"], "only used with --reveal"),
    ],
)
def test_reveal_without_grounds_is_a_usage_error(
    traffic_log: Path, school_dir: Path, tmp_path: Path, secret_env: str, extra: list[str], message: str
) -> None:
    audit = tmp_path / "audit.jsonl"
    code, out, err = run(
        ["report", str(traffic_log), "--school", str(school_dir), "--audit-log", str(audit), *extra], tmp_path
    )
    assert code == 2 and message in err
    assert not audit.exists() and "tfoxglove" not in out


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_and_html_is_self_contained(
    traffic_log: Path, school_dir: Path, tmp_path: Path, secret_env: str, fmt: str
) -> None:
    out_file = tmp_path / f"report.{fmt}"
    code, out, err = run(
        ["report", str(traffic_log), "--school", str(school_dir), "--format", fmt, "--out", str(out_file)], tmp_path
    )
    assert code == 0, err
    assert out == ""
    text = out_file.read_text()
    if fmt == "html":
        assert text.startswith("<!DOCTYPE html>") and "<svg" in text
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text)
        assert "<script" not in text and "@import" not in text and "url(" not in text
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert {r["section"] for r in rows} == {"total", "platform", "role", "special", "user"}
    elif fmt == "json":
        assert json.loads(text)["period"] == "week"
    else:
        assert "How this report counts" in text


def test_report_from_the_store_matches_the_report_from_the_logs(
    traffic_log: Path, school_dir: Path, tmp_path: Path, secret_env: str
) -> None:
    store = tmp_path / "logs.duckdb"
    code, _, err = run(["ingest", str(traffic_log), "--store", str(store)], tmp_path)
    assert code == 0, err
    _, from_store, _ = run(["report", "--store", str(store), "--school", str(school_dir), "--format", "json"], tmp_path)
    _, from_logs, _ = run(["report", str(traffic_log), "--school", str(school_dir), "--format", "json"], tmp_path)
    a, b = json.loads(from_store), json.loads(from_logs)
    for key in ("totals", "periods", "trends", "top_users"):
        assert a[key] == b[key]


def test_date_filter(traffic_log: Path, school_dir: Path, tmp_path: Path, secret_env: str) -> None:
    code, out, _ = run(
        [
            "report",
            str(traffic_log),
            "--school",
            str(school_dir),
            "--format",
            "json",
            "--from",
            "2025-10-27",
            "--to",
            "2025-10-27",
        ],
        tmp_path,
    )
    assert code == 0
    assert json.loads(out)["totals"]["total"]["visits"] == 1


def test_a_revealed_report_file_is_private(
    traffic_log: Path, school_dir: Path, tmp_path: Path, secret_env: str
) -> None:
    out = tmp_path / "revealed.html"
    audit = tmp_path / "audit.jsonl"
    args = ["report", str(traffic_log), "--school", str(school_dir), "--format", "html", "--out", str(out),
            "--reveal", "--grounds", "DSL safeguarding referral", "--audit-log", str(audit)]  # fmt: skip
    code, _, err = run(args, tmp_path)
    assert code == 0, err
    assert out.stat().st_mode & 0o777 == 0o600
    assert "tfoxglove" in out.read_text() and "Identities revealed" in out.read_text()


def test_build_report_api_with_only_special_category_visits() -> None:
    site = DomainMap.builtin().match("www.nhs.uk")
    assert site is not None and site.kind == "special"
    visits = [Visit(f"user{i}", site, 1761205500.0 + i, 1761205560.0 + i, 2, 60.0) for i in range(4)]
    report = build_report(
        visits,
        calendar=SchoolCalendar(),
        people={},
        pseudonymise=Pseudonymiser(b"0123456789abcdef0123").__call__,
        options=ReportOptions(period="month"),
    )
    assert report.totals is not None
    assert report.totals.total.visits == 0 and report.totals.by_site == [] and report.top_users == []
    assert [(s.key, s.visits, s.users, s.suppressed) for s in report.totals.special] == [("health", 4, 4, False)]


def test_build_report_with_no_visits() -> None:
    report = build_report([], calendar=SchoolCalendar(), people={}, pseudonymise=str)
    assert report.totals is None and report.periods == [] and report.first_visit is None
