"""Monitoring-log analyser speed: generate a big Squid native log, then time `wc -l`, ingest and report.

    python benchmarks/logs_speed.py --lines 5000000
    python benchmarks/logs_speed.py --lines 200000 --samples ../shared/data/proxy_logs   # also check real logs

Everything runs in one temporary directory, removed afterwards unless --keep. The target is ingest within 20x of
`wc -l` on the same file (a bound on how far from "reading the bytes" the parser may be). Ingest is timed two ways:
the DuckDB fast path (Squid lines in canonical shape are parsed inside DuckDB) and the line-by-line Python parser
(worker processes, then DuckDB's bulk CSV loader); and the two ways of bulk-inserting parsed rows are compared on a
sample: `executemany` in batches against a temporary CSV read by `read_csv`.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TypeVar

import duckdb

from smscreen.logs import DomainMap, LogReader, ParseOptions, Pseudonymiser, ReportOptions, Store, build_visits
from smscreen.logs.analyse import report_from_store
from smscreen.logs.formats.squid_native import CANONICAL_LINE, CANONICAL_PREFIX, SquidNativeParser
from smscreen.logs.ingest import default_jobs
from smscreen.logs.reader import is_printable_ascii
from smscreen.logs.render import render
from smscreen.logs.store import lines_relation
from smscreen.profile import load_profile

T = TypeVar("T")
ROOT = Path(__file__).resolve().parent.parent

# (host, relative weight): a school's mix of social platforms (and their CDNs) and everything else.
HOSTS = [
    ("www.facebook.com", 3), ("scontent-lhr8-1.xx.fbcdn.net", 8), ("static.xx.fbcdn.net", 4),
    ("www.instagram.com", 2), ("scontent.cdninstagram.com", 6), ("www.tiktok.com", 2),
    ("p16-sign-va.tiktokcdn.com", 6), ("v16.tiktokcdn-eu.com", 4), ("www.youtube.com", 3), ("i.ytimg.com", 5),
    ("rr3---sn-aigl6n7z.googlevideo.com", 9), ("x.com", 1), ("pbs.twimg.com", 3), ("www.snapchat.com", 1),
    ("discord.com", 1), ("cdn.discordapp.com", 2), ("www.reddit.com", 1), ("www.labour.org.uk", 0.05),
    ("www.nhs.uk", 0.1), ("www.google.com", 10), ("classroom.google.com", 8), ("www.bbc.co.uk", 6),
    ("login.microsoftonline.com", 6), ("outlook.office365.com", 6), ("www.oaknationalacademy.com", 4),
    ("cdn.jsdelivr.net", 4), ("fonts.gstatic.com", 5), ("update.googleapis.com", 3),
]  # fmt: skip
PATHS = ["/", "/feed/", "/v/t51.2885-15/img.jpg", "/watch?v=dQw4w9WgXcQ", "/static/app.js", "/api/graphql"]


def generate(path: Path, lines: int, seed: int = 2025) -> None:
    """A week of term-time traffic (Mon 20 Oct 2025 07:00 UTC onwards) from 1,200 users on 800 machines."""
    rng = random.Random(seed)
    hosts = [h for h, _ in HOSTS]
    weights = [w for _, w in HOSTS]
    users = [f"user{i:04d}" for i in range(1200)]
    start = datetime(2025, 10, 20, 7, tzinfo=UTC).timestamp()
    step = 5 * 24 * 3600 / lines
    batch = 100_000
    with path.open("w", encoding="ascii", buffering=1 << 22) as out:
        ts = start
        for first in range(0, lines, batch):
            n = min(batch, lines - first)
            chosen_hosts = rng.choices(hosts, weights, k=n)
            chosen_users = rng.choices(users, k=n)
            rows = []
            for i in range(n):
                ts += step * 2 * rng.random()
                user = chosen_users[i]
                client = f"10.{int(user[4:]) % 8}.{int(user[4:]) % 100}.{int(user[4:]) % 250 + 1}"
                host = chosen_hosts[i]
                if i % 100 == 0:  # a proxy log-in challenge, then the same request with credentials
                    rows.append(
                        f"{ts:.3f} {0:6d} {client} TCP_DENIED/407 3900 CONNECT {host}:443 - HIER_NONE/- text/html\n"
                    )
                if i % 3 == 0:
                    rows.append(
                        f"{ts:.3f} {rng.randint(1, 120000):6d} {client} TCP_TUNNEL/200 {rng.randint(300, 900000)} "
                        f"CONNECT {host}:443 {user} HIER_DIRECT/192.0.2.{i % 250 + 1} -\n"
                    )
                else:
                    rows.append(
                        f"{ts:.3f} {rng.randint(1, 9000):6d} {client} TCP_MISS/200 {rng.randint(300, 90000)} GET "
                        f"http://{host}{rng.choice(PATHS)} {user} HIER_DIRECT/192.0.2.{i % 250 + 1} text/html\n"
                    )
            out.writelines(rows)
    _trim(path, lines)


def _trim(path: Path, lines: int) -> None:
    """The 407 lines make the file slightly longer than asked; cut it to exactly ``lines`` lines."""
    with path.open("rb+") as f:
        count = 0
        while count < lines:
            if not f.readline():
                return
            count += 1
        f.truncate()


def cpu_seconds() -> float:
    """CPU time of this process (all DuckDB threads) and its finished children (workers, wc)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


CPU: dict[str, float] = {}
FAST = "ingest, DuckDB fast path"
PYTHON = "ingest, Python parser (--jobs workers) + read_csv"
REPORT = "report from store (visits + SQL aggregation, by day)"


def timed(func: Callable[[], T], label: str = "") -> tuple[float, T]:
    """Wall seconds; CPU seconds go to ``CPU[label]`` (less disturbed by other work on a shared machine)."""
    cpu = cpu_seconds()
    start = time.perf_counter()
    result = func()
    wall = time.perf_counter() - start
    if label:
        CPU[label] = cpu_seconds() - cpu
    return wall, result


def wc_seconds(path: Path, repeat: int = 3) -> float:
    """Best of three, warm cache; its CPU time goes to ``CPU["wc -l"]``."""
    best = float("inf")
    for _ in range(repeat):
        wall, _ = timed(lambda: subprocess.run(["wc", "-l", str(path)], check=True, capture_output=True), "wc")
        if wall < best:
            best, CPU["wc -l"] = wall, CPU["wc"]
    return best


def compare_inserts(log: Path, workdir: Path, rows: int) -> tuple[float, float]:
    """Rows/s for executemany in batches vs a temporary CSV and read_csv, on the first ``rows`` requests."""
    reader = LogReader(log)
    sample = []
    for request in reader:
        sample.append(request)
        if len(sample) >= rows:
            break
    schema = "CREATE TABLE r (ts DOUBLE, host VARCHAR, user_name VARCHAR, client VARCHAR, status INTEGER)"
    con = duckdb.connect(str(workdir / "insert-many.duckdb"))
    con.execute(schema)

    def many() -> None:
        for i in range(0, len(sample), 10_000):
            con.executemany("INSERT INTO r VALUES (?, ?, ?, ?, ?)", [tuple(x) for x in sample[i : i + 10_000]])

    many_seconds, _ = timed(many)
    con.close()
    con = duckdb.connect(str(workdir / "insert-csv.duckdb"))
    con.execute(schema)

    def via_csv() -> None:
        path = workdir / "sample.csv"
        with path.open("w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows(sample)
        con.execute(
            "INSERT INTO r SELECT * FROM read_csv(?, header = false, auto_detect = false, "
            "columns = {'ts': 'DOUBLE', 'host': 'VARCHAR', 'user_name': 'VARCHAR', 'client': 'VARCHAR', "
            "'status': 'INTEGER'})",
            [str(path)],
        )

    csv_seconds, _ = timed(via_csv)
    con.close()
    return len(sample) / many_seconds, len(sample) / csv_seconds


def time_report(store: Store, school: Path) -> tuple[float, int, float, float, float]:
    """Seconds to build visits as Python objects (and how many), the report from the store, and its renderings."""
    profile = load_profile(school) if (school / "school.yaml").exists() else None
    pseudonymiser = Pseudonymiser(b"benchmark-secret-0123456789abcdef")
    visits_s, visits = timed(lambda: build_visits(store.con, DomainMap.builtin()))
    options = ReportOptions(period="day")
    report_s, report = timed(
        lambda: report_from_store(store, profile=profile, pseudonymiser=pseudonymiser, options=options), REPORT
    )
    text_s, _ = timed(lambda: render(report, "text"))
    html_s, _ = timed(lambda: render(report, "html"))
    return visits_s, len(visits), report_s, text_s, html_s


def fetch_all(con: duckdb.DuckDBPyConnection, sql: str, params: list[str]) -> list[tuple[object, ...]]:
    return con.execute(sql, params).fetchall()


def stage_profile(log: Path, workdir: Path) -> list[tuple[str, float, float]]:
    """Wall and CPU seconds of the fast path's query cut short at each stage, to show where the time goes.

    Each stage repeats the ones before it, so the cost of a stage is its difference from the row above; the
    full ingest (the same query, inserted into the store and committed) is the last row of the table. The
    byte scan runs once before the query. The last two rows are the full-line check that files which are
    not printable ASCII (carriage returns, tabs, UTF-8 text) and gzip files still get, for comparison.
    """
    relation = lines_relation()
    prefix = CANONICAL_PREFIX.replace("'", "''")
    pattern = CANONICAL_LINE.replace("'", "''")
    parser = SquidNativeParser()
    query = parser.duckdb_select("lines", printable=True)
    full_query = parser.duckdb_select("lines", printable=False)
    assert query is not None and full_query is not None
    columns = "count(*), max(ts), max(host), max(user_name), max(client), max(status)"
    stages = [
        ("read lines (DuckDB read_csv, count)", f"SELECT count(*) FROM {relation}"),
        ("+ prefix regex", f"SELECT count(*) FROM {relation} WHERE regexp_matches(line, '{prefix}')"),
        (
            "+ split, shape, host, status (no insert)",
            f"WITH lines AS (SELECT line FROM {relation}) SELECT {columns} FROM ({query})",
        ),
        (
            "full-line regex instead (other files)",
            f"SELECT count(*) FROM {relation} WHERE regexp_full_match(line, '{pattern}')",
        ),
        (
            "whole query with it (no insert)",
            f"WITH lines AS (SELECT line FROM {relation}) SELECT {columns} FROM ({full_query})",
        ),
    ]
    out = []
    wall, _ = timed(partial(is_printable_ascii, log), "byte scan")
    out.append(("byte scan (numpy, before the query)", wall, CPU["byte scan"]))
    con = duckdb.connect()
    con.execute("SET preserve_insertion_order = false")  # as the store sets it
    for name, sql in stages:
        wall, _ = timed(partial(fetch_all, con, sql, [str(log)]), name)
        out.append((name, wall, CPU[name]))
    con.close()
    out.append(_floor(log, workdir))
    return out


def _floor(log: Path, workdir: Path) -> tuple[str, float, float]:
    """What any per-row store costs here: read the lines, split them, insert the fields into a table like the
    store's and commit, with no check at all, the URL stored as it is and the status as a constant. Not an
    ingest (it would store anything); it bounds how close to ``wc -l`` an ingest that stores every request
    as a row can get on this machine."""
    path = workdir / "floor.duckdb"
    con = duckdb.connect(str(path))
    con.execute("SET preserve_insertion_order = false")
    con.execute(
        "CREATE TABLE requests (ts TIMESTAMP, host VARCHAR, user_name VARCHAR, client VARCHAR, status INTEGER, "
        "source_id INTEGER)"
    )
    sql = f"""
        INSERT INTO requests
        SELECT make_timestamp(CAST(round(CAST(f[1] AS DOUBLE) * 1000000) AS BIGINT)), f[-4], nullif(f[-3], '-'),
               f[-8], 200, 1
        FROM (SELECT string_split(line, ' ') AS f FROM {lines_relation()})
    """
    name = "floor: split + insert, no checks, URL as host"
    wall, _ = timed(partial(fetch_all, con, sql, [str(log)]), name)
    con.close()
    path.unlink()
    return name, wall, CPU[name]


def check_samples(folder: Path) -> bool:
    """Every line of every file either parsed, ignored as a known kind, or malformed with a reason."""
    ok = True
    print(f"\nReal logs in {folder}")
    for path in sorted(folder.iterdir()):
        try:
            reader = LogReader(path, ParseOptions(local_timezone="Europe/London"))
            requests = sum(1 for _ in reader)
        except Exception as exc:  # report every kind of failure, whatever it is
            print(f"  {path.name:22} not read: {exc}")
            ok = ok and path.suffix != ".log"
            continue
        s = reader.summary
        reasons_ok = all(m.reason for m in s.malformed) and len(s.malformed) == s.malformed_count
        verdict = "every line accounted for" if s.accounted and reasons_ok else "LINES UNACCOUNTED"
        ok = ok and s.accounted and reasons_ok
        print(
            f"  {path.name:22} {s.format:12} {s.lines:6} lines = {requests:6} requests + "
            f"{sum(s.ignored.values()):5} ignored {dict(s.ignored)} + {s.malformed_count} malformed: {verdict}"
        )
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=5_000_000)
    parser.add_argument("--jobs", type=int, default=default_jobs(), help="worker processes for the Python parser")
    parser.add_argument("--school", type=Path, default=ROOT / "corpora" / "hollins-green")
    parser.add_argument("--skip-python-path", action="store_true", help="time only the DuckDB fast path")
    parser.add_argument("--repeat", type=int, default=3, help="fast-path ingests, each into a new store")
    parser.add_argument("--stages", action="store_true", help="also time the fast path's query stage by stage")
    parser.add_argument("--insert-sample", type=int, default=20_000, help="rows for the insert comparison")
    parser.add_argument("--samples", type=Path, help="also check every file in this folder of real logs")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args(argv)

    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    print(
        f"python {platform.python_version()}, duckdb {duckdb.__version__}, {os.cpu_count()} CPUs, "
        f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (other work on the machine slows every figure); "
        f"--jobs {args.jobs}"
    )
    workdir = Path(tempfile.mkdtemp(prefix="smscreen-logs-bench-"))
    try:
        log = workdir / "access.log"
        gen_s, _ = timed(lambda: generate(log, args.lines))
        size_mb = log.stat().st_size / 1e6
        print(f"generated {args.lines:,} lines ({size_mb:,.0f} MB) in {gen_s:.1f} s (not timed below)")

        wc_s = wc_seconds(log)
        results: list[tuple[str, float, str]] = [("wc -l", wc_s, "1.0x")]

        # The machine may be shared: each run records its CPU seconds (all DuckDB threads) and the load average.
        runs: list[tuple[float, float, float]] = []
        for run in range(max(1, args.repeat)):
            store_path = workdir / f"fast-{run}.duckdb"
            with Store(store_path) as store:
                wall, summary = timed(partial(store.ingest, log), FAST)
                assert summary.lines == args.lines and summary.malformed_count == 0, summary
                runs.append((wall, CPU[FAST], os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")))
                if run == 0:
                    visits_s, visits, report_s, text_s, html_s = time_report(store, args.school)
            if run > 0:
                store_path.unlink()
        fast_s, CPU[FAST], _ = min(runs)
        results.append((f"{FAST} (best of {len(runs)})", fast_s, f"{fast_s / wc_s:.1f}x"))
        CPU[results[-1][0]] = CPU[FAST]

        if not args.skip_python_path:
            with Store(workdir / "python.duckdb") as store:
                py_s, summary = timed(lambda: store.ingest(log, jobs=args.jobs, fast=False), PYTHON)
                assert summary.lines == args.lines
            results.append((PYTHON, py_s, f"{py_s / wc_s:.1f}x"))

        results.append(("build_visits() into Python objects", visits_s, f"{visits:,} visits"))
        results.append((REPORT, report_s, f"{report_s / wc_s:.1f}x"))
        results.append(("render text", text_s, ""))
        results.append(("render HTML", html_s, ""))

        print(f"\n{'step':52} {'wall s':>8} {'CPU s':>7} {'lines/s':>12}  wall vs wc -l")
        for name, seconds, note in results:
            rate = f"{args.lines / seconds:,.0f}" if name.startswith(("wc", "ingest")) else ""
            cpu = f"{CPU[name]:.2f}" if name in CPU else ""
            print(f"{name:52} {seconds:8.2f} {cpu:>7} {rate:>12}  {note}")

        many_rate, csv_rate = compare_inserts(log, workdir, args.insert_sample)
        print(
            f"\nbulk insert of {args.insert_sample:,} parsed rows: executemany {many_rate:,.0f} rows/s, "
            f"temporary CSV + read_csv {csv_rate:,.0f} rows/s ({csv_rate / many_rate:.0f}x)"
        )
        print("\nfast-path runs (wall s / CPU s / 1-minute load average after the run / wall vs wc -l):")
        for run_wall, run_cpu, load_after in runs:
            print(f"  {run_wall:6.2f} / {run_cpu:6.2f} / {load_after:5.2f} / {run_wall / wc_s:6.1f}x")
        typical = sorted(runs)[len(runs) // 2][0]
        target = 20 * wc_s
        verdict = "met" if fast_s <= target else "not met"
        print(
            f"target: ingest within 20x of wc -l = {target:.2f} s; fast path best {fast_s:.2f} s "
            f"({fast_s / wc_s:.0f}x), median {typical:.2f} s ({typical / wc_s:.0f}x): {verdict}"
        )
        if args.stages:
            print(f"\n{'fast-path query, stage by stage':52} {'wall s':>8} {'CPU s':>7}  wall vs wc -l")
            stages = [*stage_profile(log, workdir), (f"{FAST} (insert, commit; best run)", fast_s, CPU[FAST])]
            for stage, stage_wall, stage_cpu in stages:
                print(f"{stage:52} {stage_wall:8.2f} {stage_cpu:7.2f}  {stage_wall / wc_s:6.1f}x")
        ok = True
        if args.samples is not None:
            ok = check_samples(args.samples)
        return 0 if ok else 1
    finally:
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
