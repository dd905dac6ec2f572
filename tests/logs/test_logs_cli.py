"""The `smscreen logs` command group: exit codes and clean errors."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from click.testing import CliRunner

import smscreen.logs
from smscreen.logs import logs


def invoke(args: list[str], cwd: Path) -> tuple[int, str, str]:
    runner = CliRunner()
    with contextlib.chdir(cwd):  # so default state files land in the test's directory
        result = runner.invoke(logs, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def test_ingest_reports_malformed_lines_and_continues(fixtures: Path, tmp_path: Path) -> None:
    store = tmp_path / "s.duckdb"
    code, out, err = invoke(
        ["ingest", str(fixtures / "squid_native.log"), str(fixtures / "w3c.log"), "--store", str(store)], tmp_path
    )
    assert code == 0
    assert f"{fixtures / 'squid_native.log'}:8: malformed: expected 10 fields, found 9" in err
    assert f"{fixtures / 'w3c.log'}:11: malformed:" in err
    assert "11 requests stored" in out


def test_one_unreadable_log_does_not_lose_the_others(fixtures: Path, tmp_path: Path) -> None:
    store = tmp_path / "s.duckdb"
    code, out, err = invoke(
        ["ingest", str(fixtures / "not-a-log.md"), str(fixtures / "squid_native.log"), "--store", str(store)], tmp_path
    )
    assert code == 2
    assert err.startswith(f"error: {fixtures / 'not-a-log.md'}: cannot tell the format")
    assert "7 requests stored" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "{log}", "--school", "{tmp}/no-school"], "error: "),
        (["report", "--school", "{school}"], "give LOG files or --store"),
        (["report", "{log}", "--store", "{tmp}/x.duckdb", "--school", "{school}"], "give LOG files or --store"),
        (["report", "--store", "{tmp}/missing.duckdb", "--school", "{school}"], "no such store"),
        (["report", "{tmp}/missing.log", "--school", "{school}"], "no such file"),
        (["report", "{log}", "--school", "{school}", "--categories", "chat"], "is not NAME=FILE"),
        (["report", "{log}", "--school", "{school}", "--categories", "chat={tmp}/nope.txt"], "no such file"),
        (["report", "{log}", "--school", "{school}", "--idle-gap", "soon"], "not a duration"),
        (["report", "{log}", "--school", "{school}", "--csv-map", "{fixtures}/bad-map.yaml"], "unknown key 'hostname'"),
        (["report", "{log}", "--school", "{school}", "--log-timezone", "Mars/Olympus"], "unknown time zone"),
        (["report", "{log}", "--school", "{school}", "--secret-file", "{tmp}/nope"], "no such secret file"),
        (["purge", "--store", "{tmp}/missing.duckdb", "--retain-days", "5"], "no such store"),
    ],
)
def test_errors_exit_2_without_a_traceback(
    fixtures: Path, school_dir: Path, tmp_path: Path, secret_env: str, args: list[str], message: str
) -> None:
    values = {
        "log": str(fixtures / "squid_native.log"),
        "school": str(school_dir),
        "tmp": str(tmp_path),
        "fixtures": str(fixtures),
    }
    code, out, err = invoke([a.format(**values) for a in args], tmp_path)
    assert code == 2
    assert message in err
    assert "Traceback" not in out + err


def test_report_tells_the_user_when_it_creates_a_secret(
    fixtures: Path, school_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SMSCREEN_LOG_SECRET", raising=False)
    store = tmp_path / "s.duckdb"
    assert invoke(["ingest", str(fixtures / "squid_native.log"), "--store", str(store)], tmp_path)[0] == 0
    code, _, err = invoke(["report", "--store", str(store), "--school", str(school_dir)], tmp_path)
    assert code == 0 and f"created a new pseudonym secret in {tmp_path / 's.secret'}" in err
    code, _, err = invoke(["report", "--store", str(store), "--school", str(school_dir)], tmp_path)
    assert code == 0 and "created" not in err


def test_categories_from_files_are_reported(fixtures: Path, school_dir: Path, tmp_path: Path, secret_env: str) -> None:
    log = tmp_path / "a.log"
    log.write_text(
        "1761205500.000 5 10.0.0.1 TCP_MISS/200 1 GET http://room.chat.example.net/ tfoxglove HIER_DIRECT/- -\n"
    )
    code, out, _ = invoke(
        ["report", str(log), "--school", str(school_dir), "--categories", f"chat={fixtures / 'lists' / 'chat.txt'}"],
        tmp_path,
    )
    assert code == 0 and "chat" in out


def test_formats_command_lists_parsers(tmp_path: Path) -> None:
    code, out, _ = invoke(["formats"], tmp_path)
    assert code == 0 and {line.split()[0] for line in out.splitlines()} == {
        "csv",
        "proxifier",
        "squid",
        "squid-common",
        "w3c",
    }


def test_public_names_are_sorted_and_exist() -> None:
    names = smscreen.logs.__all__
    assert names == sorted(names) and len(set(names)) == len(names)
    assert all(hasattr(smscreen.logs, name) for name in names)
    assert logs.name == "logs"
