"""Parallel parsing of byte ranges gives the same requests and line numbers as one process."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import smscreen.logs.ingest as ingest_module
from smscreen.logs import Store


def test_parallel_ranges_match_one_process(
    tmp_path: Path, squid_line: Callable[..., str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [squid_line(1761205500 + i, f"user{i % 7}", f"http://host{i % 11}.example/") for i in range(3000)]
    bad = {17, 1500, 2999}  # 1-based line numbers
    for n in bad:
        lines[n - 1] = "a broken line"
    path = tmp_path / "access.log"
    path.write_text("\n".join(lines) + "\n")
    monkeypatch.setattr(ingest_module, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(ingest_module, "_RANGE_BYTES", 16 * 1024)

    results = []
    for jobs in (1, 2):
        with Store(None) as store:
            summary = store.ingest(path, jobs=jobs, fast=False)
            rows = store.con.execute("SELECT * EXCLUDE (source_id) FROM requests ORDER BY ts").fetchall()
        results.append((summary, rows))
    (one, one_rows), (two, two_rows) = results
    assert one_rows == two_rows and len(two_rows) == 3000 - len(bad)
    assert [m.line for m in two.malformed] == sorted(bad) == [m.line for m in one.malformed]
    assert (two.lines, two.requests, two.malformed_count) == (3000, 2997, 3)
    assert two.accounted
