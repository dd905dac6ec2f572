"""Scanning archives: stream every post through the screener, journal each result, resume after a crash.

The journal is a JSONL file beside the output (``OUT.journal``). Its first line records what the scan is
(paths, ruleset, school); every further line is one screened post or one unreadable record, in input
order, flushed and fsynced in small batches. Readers are deterministic, so after an interruption (Ctrl-C or
``kill -9``) a resumed scan skips exactly the records the journal holds and appends the rest: nothing is
lost or duplicated. A torn last line (killed mid-write) is cut off. The requested output format is
rendered from the journal at the end, streaming, so memory stays flat whatever the archive size.
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smscreen.errors import ArchiveError, InputError
from smscreen.models import Post, Result, Verdict
from smscreen.output.base import line_safe
from smscreen.readers import ReadError, ReadStats, detect_format, read_posts
from smscreen.screener import Screener

__all__ = ["Journal", "ScanSummary", "scan_archives"]

_FLUSH_EVERY = 256


@dataclass
class ScanSummary:
    """Counts for the closing line. Always ``read == screened + errors``."""

    read: int = 0
    screened: int = 0
    flagged: int = 0
    errors: int = 0
    resumed: int = 0
    skipped_no_text: int = 0
    worst: Verdict | None = None
    formats: dict[str, str] = field(default_factory=dict)

    def add(self, result: Result) -> None:
        self.read += 1
        if result.error is not None and not result.findings and result.verdict is Verdict.REVIEW:
            self.errors += 1
        else:
            self.screened += 1
            if result.verdict is not Verdict.ALLOW:
                self.flagged += 1
        if self.worst is None or result.verdict.rank > self.worst.rank:
            self.worst = result.verdict

    def line(self) -> str:
        resumed = f" ({self.resumed:,} from an earlier run)" if self.resumed else ""
        return (
            f"posts read: {self.read:,}{resumed}, screened: {self.screened:,}, flagged: {self.flagged:,}, "
            f"errors: {self.errors:,}"
        )


class Journal:
    """Append-only record of a scan's results, in input order."""

    def __init__(self, path: Path, header: dict[str, Any]) -> None:
        self.path = path
        self.header = header

    def existing(self) -> int:
        """How many records an earlier run of the SAME scan completed (0 if none). Cuts a torn last line."""
        if not self.path.exists():
            return 0
        with self.path.open("rb") as fh:
            data = fh.read()
        lines = data.split(b"\n")
        complete = lines[:-1]  # whatever follows the last newline is a torn write
        if not complete:
            return 0
        try:
            header = json.loads(complete[0])
        except json.JSONDecodeError:
            raise InputError("journal is damaged; delete it to start again", path=str(self.path)) from None
        if header != self.header:
            raise InputError(
                "journal belongs to a different scan (paths, ruleset or school differ); delete it or change --out",
                path=str(self.path),
            )
        good = len(complete)
        cut = len(b"\n".join(complete)) + 1
        if cut != len(data):
            with self.path.open("r+b") as fh:
                fh.truncate(cut)
        return good - 1

    def start(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("w", encoding="utf-8") as fh:
            fh.write(json.dumps(self.header) + "\n")
            fh.flush()
            os.fsync(fh.fileno())

    def records(self) -> Iterator[dict[str, Any]]:
        with self.path.open(encoding="utf-8") as fh:
            next(fh, None)
            for line in fh:
                if line.endswith("\n"):
                    yield json.loads(line)


def _error_result(error: ReadError) -> Result:
    # An unreadable record is never "allowed": it is reported for a person to look at.
    return Result(id=None, verdict=Verdict.REVIEW, error=error.reason, source=error.source)


def _all_items(paths: Sequence[Path], stats: ReadStats) -> Iterator[Post | ReadError]:
    for path in paths:
        yield from read_posts(path, stats=stats)


def _interleave(
    items: Iterable[Post | ReadError], screener: Screener, jobs: int, dask: Any = None
) -> Iterator[tuple[Post | ReadError, Result]]:
    """Screen the posts (in parallel when jobs > 1) and put the unreadable records back in order."""
    pending: deque[Post | ReadError] = deque()

    def posts_only() -> Iterator[Post]:
        for item in items:
            pending.append(item)
            if isinstance(item, Post):
                yield item

    for result in screener.screen_many(posts_only(), jobs=jobs, dask=dask):
        while True:
            item = pending.popleft()
            if isinstance(item, ReadError):
                yield item, _error_result(item)
                continue
            yield item, result
            break
    while pending:
        item = pending.popleft()
        assert isinstance(item, ReadError)
        yield item, _error_result(item)


_encode_str = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) writes for a str


def journal_line(item: Post | ReadError, result: Result) -> str:
    """One journal line. Most results are clean (allowed, nothing found): their line is written from a template,
    byte for byte what ``json.dumps`` makes of the record, at a fraction of the cost (on two cores the parent
    process's share limits how much ``--jobs`` gains)."""
    path = item.source if isinstance(item, ReadError) else (item.source or "")
    text = item.text if isinstance(item, Post) else None
    if result.verdict is Verdict.ALLOW and not result.findings and result.error is None:
        line = (
            f'{{"path": {_encode_str(path)}, "text": {"null" if text is None else _encode_str(text)}, '
            f'"result": {{"id": {"null" if result.id is None else _encode_str(result.id)}, "verdict": "allow", '
            f'"findings": [], "error": null, '
            f'"source": {"null" if result.source is None else _encode_str(result.source)}}}}}'
        )
    else:
        line = json.dumps({"path": path, "text": text, "result": result.model_dump(mode="json")}, ensure_ascii=False)
    # A lone surrogate (a truncated emoji, common in real archives) cannot be written as UTF-8: escaped, as in
    # every output format, so one such post cannot stop a scan.
    return line_safe(line) + "\n"


def check_sources(paths: Sequence[Path]) -> None:
    """Fail early, with a clear message, on a source that cannot be read at all."""
    for path in paths:
        if not path.exists():
            raise ArchiveError("no such file or folder", path=str(path))
        detect_format(path)


def scan_archives(
    paths: Sequence[Path],
    screener: Screener,
    journal: Journal,
    *,
    jobs: int = 1,
    resume: bool = False,
    progress: Callable[[int], None] | None = None,
    dask: Any = None,
) -> ScanSummary:
    """Screen every post in ``paths`` into ``journal``; returns the counts (including resumed ones)."""
    check_sources(paths)
    summary = ScanSummary()
    done = journal.existing() if resume else 0
    if done == 0:
        journal.start()
    else:
        for record in journal.records():
            summary.add(Result.model_validate(record["result"]))
        summary.resumed = done
    stats = ReadStats()
    items = _all_items(paths, stats)
    for _ in range(done):  # deterministic readers: skipping N items lands exactly where the journal ends
        next(items, None)
    with journal.path.open("a", encoding="utf-8") as fh:
        buffered = 0
        for item, result in _interleave(items, screener, jobs, dask):
            fh.write(journal_line(item, result))
            summary.add(result)
            buffered += 1
            if buffered >= _FLUSH_EVERY:
                fh.flush()
                os.fsync(fh.fileno())
                buffered = 0
            if progress is not None:
                progress(1)
        fh.flush()
        os.fsync(fh.fileno())
    summary.skipped_no_text = stats.skipped_total
    return summary
