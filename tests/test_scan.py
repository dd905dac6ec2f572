from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from smscreen.cli import cli

ROOT = Path(__file__).resolve().parent.parent
MINI = str(ROOT / "tests" / "fixtures" / "rulesets" / "mini" / "mini.yaml")


def write_posts(path: Path, count: int, *, bad_every: int = 0) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(count):
            if bad_every and i % bad_every == bad_every - 1:
                fh.write('{"id": "broken", "text": \n')
                continue
            text = f"post {i}: you're a numpty" if i % 7 == 0 else f"post {i}: lovely day at the seaside"
            fh.write(json.dumps({"id": f"p{i}", "text": text}) + "\n")


def test_scan_counts_and_error_records(tmp_path: Path) -> None:
    src = tmp_path / "posts.jsonl"
    write_posts(src, 100, bad_every=10)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["scan", str(src), "--ruleset", MINI, "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 100
    errors = [x for x in lines if x["error"]]
    assert len(errors) == 10
    assert all(x["source"].startswith(str(src)) and x["verdict"] == "review" for x in errors)
    flagged = [x for x in lines if x["verdict"] == "block"]
    assert len(flagged) == len([i for i in range(100) if i % 7 == 0 and i % 10 != 9])
    assert f"posts read: 100, screened: 90, flagged: {len(flagged)}, errors: 10" in result.stderr
    assert not Path(str(out) + ".journal").exists()


@pytest.mark.parametrize("fmt", ["csv", "sarif", "jsonl"])
def test_scan_formats(tmp_path: Path, fmt: str) -> None:
    src = tmp_path / "posts.jsonl"
    write_posts(src, 20)
    out = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(cli, ["scan", str(src), "--ruleset", MINI, "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "numpty" in out.read_text(encoding="utf-8")


def test_fail_on(tmp_path: Path) -> None:
    src = tmp_path / "posts.jsonl"
    write_posts(src, 10)
    result = CliRunner().invoke(cli, ["scan", str(src), "--ruleset", MINI, "--fail-on", "block"])
    assert result.exit_code == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"\x00\x01\x02\x03garbage", "binary"), (b"PK\x03\x04not really a zip", "zip")],
)
def test_unreadable_archive_exit_2(tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "archive.zip"
    bad.write_bytes(content)
    result = CliRunner().invoke(cli, ["scan", str(bad), "--ruleset", MINI])
    assert result.exit_code == 2
    assert str(bad) in result.stderr and "Traceback" not in result.stderr


def test_missing_source_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["scan", str(tmp_path / "nope.jsonl"), "--ruleset", MINI])
    assert result.exit_code == 2 and "no such file" in result.stderr


def test_resume_needs_out_file(tmp_path: Path) -> None:
    src = tmp_path / "posts.jsonl"
    write_posts(src, 3)
    result = CliRunner().invoke(cli, ["scan", str(src), "--ruleset", MINI, "--resume"])
    assert result.exit_code == 2


def test_resume_refuses_a_journal_of_another_scan(tmp_path: Path) -> None:
    src = tmp_path / "posts.jsonl"
    write_posts(src, 3)
    out = tmp_path / "out.jsonl"
    Path(str(out) + ".journal").write_text('{"smscreen_scan": 1, "paths": ["elsewhere"]}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["scan", str(src), "--ruleset", MINI, "--out", str(out), "--resume"])
    assert result.exit_code == 2 and "different scan" in result.stderr


def _scan_cmd(src: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "smscreen", "scan", str(src), "--ruleset", MINI, "--out", str(out), *extra]


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_kill_9_and_resume_gives_the_same_results(tmp_path: Path, jobs: str) -> None:
    src = tmp_path / "posts.jsonl"
    write_posts(src, 60_000, bad_every=997)
    whole = tmp_path / "whole.jsonl"
    subprocess.run(_scan_cmd(src, whole, "--jobs", jobs), check=True, capture_output=True)

    out = tmp_path / "out.jsonl"
    journal = Path(str(out) + ".journal")
    proc = subprocess.Popen(_scan_cmd(src, out, "--jobs", jobs), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if journal.exists() and journal.stat().st_size > 2_000_000:
            break
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)  # the whole group: worker processes die too
    proc.wait()
    done = sum(1 for _ in journal.open(encoding="utf-8")) - 1
    assert 0 < done < 60_000, "the kill must land half way"
    resumed = subprocess.run(_scan_cmd(src, out, "--jobs", jobs, "--resume"), check=True, capture_output=True,
                             text=True)
    assert "from an earlier run" in resumed.stderr
    assert "posts read: 60,000" in resumed.stderr
    assert out.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.none(), st.text(max_size=20)),
    st.text(max_size=60),
    st.one_of(st.none(), st.text(max_size=20)),
    st.sampled_from(["allow", "review", "block"]),
)
def test_journal_lines_are_what_json_dumps_writes(post_id: str | None, text: str, source: str | None,
                                                  verdict: str) -> None:
    # Clean results take a template; every line must still be byte for byte the json.dumps of the record.
    from smscreen.models import Post, Result, Verdict
    from smscreen.output.base import line_safe
    from smscreen.readers import ReadError
    from smscreen.scan import journal_line

    post = Post(id=post_id, text=text, source=source)
    result = Result(id=post_id, verdict=Verdict(verdict), source=source)
    expected = line_safe(json.dumps(
        {"path": source or "", "text": text, "result": result.model_dump(mode="json")}, ensure_ascii=False
    )) + "\n"
    assert journal_line(post, result) == expected
    error = ReadError(source=source or "x.jsonl:1", reason="not JSON")
    bad = Result(id=None, verdict=Verdict.REVIEW, error="not JSON", source=error.source)
    assert journal_line(error, bad) == line_safe(json.dumps(
        {"path": error.source, "text": None, "result": bad.model_dump(mode="json")}, ensure_ascii=False
    )) + "\n"
    assert json.loads(journal_line(post, result))["text"] == text


def test_a_lone_surrogate_does_not_stop_a_scan(tmp_path: Path) -> None:
    # JSON archives hold truncated emoji ("\ud83d" alone), which UTF-8 cannot encode.
    source = tmp_path / "posts.jsonl"
    source.write_text('{"id": "1", "text": "broken \\ud83d emoji"}\n{"id": "2", "text": "fine"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["scan", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["1", "2"]
