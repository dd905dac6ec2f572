"""The store: ingest, duplicate detection, holds, and purge with receipts."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from smscreen.errors import InputError
from smscreen.logs import Pseudonymiser, Store, logs

SECRET = b"0123456789abcdef0123456789abcdef"


def utc(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp()


# (user or None, UTC time, count, expected outcome of a purge on 2025-12-01 keeping 30 days)
# The cutoff is local midnight starting 2025-11-01 in Europe/London (GMT by then), i.e. 00:00 UTC.
REQUESTS: list[tuple[str | None, str, int, str]] = [
    ("amy", "2025-10-10T09:00:00", 5, "deleted"),
    ("amy", "2025-10-12T09:00:00", 2, "deleted"),  # ben's hold covers ben, not amy
    ("amy", "2025-11-15T09:00:00", 3, "kept"),
    ("ben", "2025-10-12T09:00:00", 4, "held"),  # hold by log-in name, 2025-10-11..13
    ("cat", "2025-10-20T12:00:00", 2, "held"),  # hold by pseudonym, 2025-10-20 (local, BST)
    ("cat", "2025-10-20T23:30:00", 1, "deleted"),  # 00:30 BST on the 21st: outside the hold
    ("dan", "2025-10-05T09:00:00", 6, "deleted"),  # his hold was released
    (None, "2025-10-31T23:30:00", 1, "deleted"),  # client address only, just before the cutoff
    (None, "2025-11-01T00:30:00", 1, "kept"),  # just after
]


@pytest.fixture
def filled_store(tmp_path: Path, squid_line: Callable[..., str]) -> Path:
    log = tmp_path / "access.log"
    lines = []
    for user, when, count, _ in REQUESTS:
        for i in range(count):
            lines.append(squid_line(utc(when) + i, user, "http://www.facebook.com/", client="10.9.9.9"))
    log.write_text("\n".join(lines) + "\n")
    path = tmp_path / "logs.duckdb"
    with Store(path) as store:
        store.ingest(log)
        store.add_hold("BEN", date(2025, 10, 11), date(2025, 10, 13), "case 17", "dsl")
        store.add_hold(Pseudonymiser(SECRET)("cat"), date(2025, 10, 20), date(2025, 10, 20), "case 18", "dsl")
        dan = store.add_hold("dan", date(2025, 10, 1), date(2025, 10, 31), "case 19", "dsl")
        store.release_hold(dan.hold_id, "case closed", "dsl")
    return path


def expected(outcome: str) -> int:
    return sum(count for _, _, count, o in REQUESTS if o == outcome)


def test_purge_deletes_exactly_the_expired_records_not_on_hold(filled_store: Path) -> None:
    with Store(filled_store) as store:
        before = store.count()
        receipt = store.purge(
            retain_days=30, today=date(2025, 12, 1), timezone="Europe/London", pseudonymiser=Pseudonymiser(SECRET)
        )
        after = store.count()
        left = store.con.execute(
            "SELECT coalesce(user_name, client), count(*) FROM requests GROUP BY 1 ORDER BY 1"
        ).fetchall()
    assert before == sum(c for _, _, c, _ in REQUESTS) == 25
    assert (receipt.deleted, receipt.kept_on_hold) == (expected("deleted"), expected("held")) == (15, 6)
    assert after == receipt.remaining == expected("kept") + expected("held") == 10
    assert left == [("10.9.9.9", 1), ("amy", 3), ("ben", 4), ("cat", 2)]
    assert receipt.cutoff == datetime(2025, 11, 1, tzinfo=UTC)
    assert receipt.deleted_from == datetime(2025, 10, 5, 9, tzinfo=UTC)


def test_dry_run_deletes_nothing(filled_store: Path) -> None:
    with Store(filled_store) as store:
        receipt = store.purge(
            retain_days=30,
            today=date(2025, 12, 1),
            timezone="Europe/London",
            pseudonymiser=Pseudonymiser(SECRET),
            dry_run=True,
        )
        assert store.count() == 25
    assert receipt.deleted == 15 and receipt.dry_run and receipt.remaining == 10


def test_a_pseudonym_hold_needs_the_secret(filled_store: Path) -> None:
    with Store(filled_store) as store, pytest.raises(InputError, match="secret"):
        store.purge(retain_days=30, today=date(2025, 12, 1))


def test_purge_cli_writes_one_receipt_without_content(filled_store: Path, tmp_path: Path, school_dir: Path) -> None:
    secret = tmp_path / "key"
    secret.write_bytes(SECRET)
    receipts = tmp_path / "receipts.jsonl"
    result = CliRunner().invoke(
        logs,
        ["purge", "--store", str(filled_store), "--school", str(school_dir), "--today", "2025-12-01",
         "--secret-file", str(secret), "--receipts", str(receipts), "--by", "ict-lead"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in receipts.read_text().splitlines()]
    assert len(records) == 1
    record = records[0]
    # The fixture school keeps 30 days.
    assert (record["deleted"], record["kept_on_hold"], record["retain_days"]) == (15, 6, 30)
    assert record["by"] == "ict-lead" and record["event"] == "purge"
    text = receipts.read_text()
    assert not any(name in text for name in ("amy", "ben", "cat", "dan", "10.9.9.9", "facebook"))


def test_purge_without_retention_is_a_usage_error(filled_store: Path) -> None:
    result = CliRunner().invoke(logs, ["purge", "--store", str(filled_store)])
    assert result.exit_code == 2 and "retain" in result.output


def test_hold_commands(filled_store: Path) -> None:
    runner = CliRunner()
    added = runner.invoke(
        logs,
        ["hold", "add", "--store", str(filled_store), "--subject", "amy", "--from", "2025-10-01", "--to",
         "2025-10-31", "--reason", "case 20", "--by", "dsl"],
    )  # fmt: skip
    assert added.exit_code == 0 and "hold 4 placed" in added.output
    listed = runner.invoke(logs, ["hold", "list", "--store", str(filled_store)])
    assert listed.exit_code == 0 and [line.split("\t")[0] for line in listed.output.splitlines()] == ["1", "2", "4"]
    released = runner.invoke(logs, ["hold", "release", "4", "--store", str(filled_store), "--reason", "closed"])
    assert released.exit_code == 0
    again = runner.invoke(logs, ["hold", "release", "4", "--store", str(filled_store), "--reason", "closed"])
    assert again.exit_code == 2 and "already released" in again.output
    everything = runner.invoke(logs, ["hold", "list", "--all", "--store", str(filled_store)])
    assert len(everything.output.splitlines()) == 4


@pytest.mark.parametrize(
    ("subject", "first", "last", "reason", "error"),
    [
        ("", date(2025, 1, 1), date(2025, 1, 2), "r", "subject"),
        ("amy", date(2025, 1, 2), date(2025, 1, 1), "r", "ends"),
        ("amy", date(2025, 1, 1), date(2025, 1, 2), "  ", "reason"),
    ],
)
def test_bad_holds_are_refused(tmp_path: Path, subject: str, first: date, last: date, reason: str, error: str) -> None:
    with Store(tmp_path / "s.duckdb") as store, pytest.raises(InputError, match=error):
        store.add_hold(subject, first, last, reason, "dsl")


def test_the_same_log_is_not_loaded_twice(tmp_path: Path, fixtures: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        summary = store.ingest(fixtures / "squid_native.log")
        with pytest.raises(InputError, match="already in the store"):
            store.ingest(fixtures / "squid_native.log")
        store.ingest(fixtures / "squid_native.log", allow_duplicate=True)
        assert store.count() == 2 * summary.requests
        sources = store.sources()
    assert [s.malformed_count for s in sources] == [2, 2]
    assert [m.line for m in sources[0].malformed] == [8, 9]


def test_opening_a_missing_store_for_reading_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such store"):
        Store(tmp_path / "missing.duckdb", create=False)


def test_store_keeps_no_urls(tmp_path: Path, fixtures: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.ingest(fixtures / "squid_native.log")
        columns = [row[0] for row in store.con.execute("DESCRIBE requests").fetchall()]
        hosts = {row[0] for row in store.con.execute("SELECT host FROM requests").fetchall()}
    assert columns == ["ts", "host", "user_name", "client", "status", "source_id"]
    assert not any("/" in host for host in hosts)
