"""Parse a log into CSV chunk files for DuckDB's bulk CSV loader, in parallel where the format allows.

Why CSV files: DuckDB reads CSV in parallel in C++, far faster than inserting Python rows
(``executemany``), and it needs neither pandas nor Arrow. Why processes: parsing is pure Python and
CPU-bound, so a big plain log whose lines stand alone is split into byte ranges parsed side by side.
"""

from __future__ import annotations

import csv
import itertools
import logging
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from smscreen.logs.formats import FileContext, get_parser
from smscreen.logs.model import MAX_KEPT_MALFORMED, FileSummary, Ignored, Malformed, ParseOptions, Request
from smscreen.logs.reader import LogReader, is_gzip

__all__ = ["CSV_COLUMNS", "ParsedFile", "default_jobs", "parse_to_csv"]

# The order ``Request`` fields are written in, and their DuckDB types.
CSV_COLUMNS: dict[str, str] = {
    "ts": "DOUBLE",
    "host": "VARCHAR",
    "user_name": "VARCHAR",
    "client": "VARCHAR",
    "status": "INTEGER",
}

log = logging.getLogger(__name__)

_BATCH_ROWS = 100_000
_MAX_CHUNK_FILE_BYTES = 256 * 1024 * 1024
# Below this size starting worker processes costs more than it saves.
PARALLEL_MIN_BYTES = 32 * 1024 * 1024
_RANGE_BYTES = 16 * 1024 * 1024


@dataclass
class ParsedFile:
    summary: FileSummary
    csv_files: list[Path] = field(default_factory=list)


def default_jobs() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def parse_to_csv(path: str | Path, options: ParseOptions, workdir: Path, *, jobs: int = 1) -> ParsedFile:
    """Parse ``path`` into CSV files under ``workdir``; the summary accounts for every line."""
    reader = LogReader(path, options)
    parser = reader.parser
    if (
        jobs > 1
        and parser is not None
        and parser.stateless
        and reader.path.stat().st_size >= PARALLEL_MIN_BYTES
        and not is_gzip(reader.path)
    ):
        try:
            return _parallel(reader, workdir, jobs)
        except (BrokenProcessPool, OSError) as exc:
            # Some hosts forbid or kill worker processes; the same parse in this process is only slower.
            log.warning("parallel parse failed (%s); parsing in one process", type(exc).__name__)
            for leftover in workdir.glob("range-*.csv"):
                leftover.unlink()
            reader = LogReader(path, options)
    parsed = ParsedFile(reader.summary)
    parsed.csv_files = _write_chunks(iter(reader), workdir, "chunk")
    return parsed


def _write_chunks(rows: Iterator[Request], workdir: Path, stem: str) -> list[Path]:
    files: list[Path] = []
    out = None
    try:
        while batch := list(itertools.islice(rows, _BATCH_ROWS)):
            if out is None or out.tell() > _MAX_CHUNK_FILE_BYTES:
                if out is not None:
                    out.close()
                files.append(workdir / f"{stem}-{len(files):05d}.csv")
                out = files[-1].open("w", newline="", encoding="utf-8")
                writer = csv.writer(out)
            writer.writerows(batch)
    finally:
        if out is not None:
            out.close()
    return files


@dataclass
class _RangeResult:
    lines: int
    ignored: dict[str, int]
    malformed_count: int
    malformed: list[Malformed]
    files: list[Path]


def _byte_ranges(path: Path) -> list[tuple[int, int]]:
    """Ranges that start and end on line boundaries, so no line (or UTF-8 sequence) is split."""
    size = path.stat().st_size
    starts = [0]
    with path.open("rb") as f:
        while starts[-1] + _RANGE_BYTES < size:
            f.seek(starts[-1] + _RANGE_BYTES)
            f.readline()
            if f.tell() >= size:
                break
            starts.append(f.tell())
    return list(itertools.pairwise([*starts, size]))


def _parse_range(
    path: str, start: int, end: int, fmt: str, options: ParseOptions, mtime_year: int, out_dir: str, index: int
) -> _RangeResult:
    """Worker: parse one byte range. Line numbers in the result are relative to the range."""
    with Path(path).open("rb") as f:
        f.seek(start)
        data = f.read(end - start)
    texts = data.decode("utf-8", errors="replace").split("\n")
    if texts and texts[-1] == "":
        texts.pop()
    lines = ((n, t.rstrip("\r")) for n, t in enumerate(texts, start=1))
    result = _RangeResult(len(texts), {}, 0, [], [])
    parser = get_parser(fmt)
    ctx = FileContext(path, options, mtime_year)

    def requests(results: Iterable[Request | Ignored | Malformed]) -> Iterator[Request]:
        for item in results:
            if type(item) is Request:
                yield item
            elif isinstance(item, Ignored):
                result.ignored[item.kind] = result.ignored.get(item.kind, 0) + 1
            elif isinstance(item, Malformed):
                result.malformed_count += 1
                if len(result.malformed) < MAX_KEPT_MALFORMED:
                    result.malformed.append(item)

    result.files = _write_chunks(requests(parser.parse(lines, ctx)), Path(out_dir), f"range-{index:05d}")
    return result


def _parallel(reader: LogReader, workdir: Path, jobs: int) -> ParsedFile:
    if reader.parser is None:
        return ParsedFile(reader.summary)
    ranges = _byte_ranges(reader.path)
    summary = reader.summary
    parsed = ParsedFile(summary)
    # spawn, not fork: the parent may hold DuckDB's threads, which a forked child must not inherit.
    with ProcessPoolExecutor(max_workers=min(jobs, len(ranges)), mp_context=get_context("spawn")) as pool:
        futures = [
            pool.submit(
                _parse_range,
                str(reader.path),
                start,
                end,
                reader.parser.name,
                reader.options,
                reader.context.mtime_year,
                str(workdir),
                i,
            )
            for i, (start, end) in enumerate(ranges)
        ]
        offset = 0
        for future in futures:
            part = future.result()
            for problem in part.malformed:
                if len(summary.malformed) < MAX_KEPT_MALFORMED:
                    summary.malformed.append(Malformed(problem.line + offset, problem.reason))
            summary.malformed_count += part.malformed_count
            for kind, count in part.ignored.items():
                summary.ignored[kind] = summary.ignored.get(kind, 0) + count
            offset += part.lines
            parsed.csv_files.extend(part.files)
    summary.lines = offset
    summary.requests = summary.lines - summary.malformed_count - sum(summary.ignored.values())
    return parsed
