"""Open a log (plain or gzip), detect its format, and stream its requests while accounting for every line."""

from __future__ import annotations

import gzip
import itertools
import logging
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

import numpy as np

from smscreen.errors import LogFormatError
from smscreen.logs.formats import FileContext, LogParser, get_parser, sniff
from smscreen.logs.model import FileSummary, Ignored, Malformed, ParseOptions, Request

__all__ = ["LogReader", "count_lines", "is_gzip", "is_printable_ascii", "open_text"]

log = logging.getLogger(__name__)

_GZIP_MAGIC = b"\x1f\x8b"
_SAMPLE_LINES = 50
_PROBE_BYTES = 8192
_SCAN_BLOCK = 1024 * 1024


def is_gzip(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(2) == _GZIP_MAGIC


def count_lines(path: Path) -> int:
    """Lines as ``LogReader`` counts them: newline-terminated, plus a last line without a newline."""
    opener = gzip.open if is_gzip(path) else Path.open
    count = 0
    last = b"\n"
    with opener(path, "rb") as f:
        while block := f.read(16 * 1024 * 1024):
            count += block.count(b"\n")
            last = block[-1:]
    return count + (last != b"\n")


def is_printable_ascii(path: Path) -> bool:
    """Whether every byte of a file is printable ASCII (0x20 to 0x7e) or a line feed; False if it is empty.

    Vectorised passes over 1 MiB blocks read into one reused buffer: about 0.03 CPU-seconds per 100 MB, far
    less than checking the same bytes per line inside a regular expression, so a fast path that knows this
    can leave the checks for control characters, tabs, carriage returns and non-ASCII text out of its
    per-line work. Read, not memory-mapped: as fast here, and no page-table cost on a multi-GB log.
    """
    buffer = bytearray(_SCAN_BLOCK)
    view = memoryview(buffer)
    data = np.frombuffer(buffer, dtype=np.uint8)
    seen = 0
    with path.open("rb", buffering=0) as f:
        while size := f.readinto(view):
            block = data[:size]
            if int(block.max()) > 0x7E:
                return False
            # Below 0x20 only the line feed is allowed: count both and compare.
            if np.count_nonzero(block < 0x20) != np.count_nonzero(block == 0x0A):
                return False
            seen += size
    return seen > 0


def open_text(path: Path) -> IO[str]:
    """Text lines split on ``\\n`` only (so line numbers match ``wc -l`` and editors); bad bytes become U+FFFD.

    A log is not refused for one undecodable byte: the line it is on is still read, and a host with a
    replacement character in it fails host validation, so that line is reported as malformed.
    """
    if is_gzip(path):
        return gzip.open(path, "rt", encoding="utf-8", errors="replace", newline="\n")
    return path.open(encoding="utf-8", errors="replace", newline="\n")


def _check_readable(path: Path) -> None:
    try:
        if path.is_dir():
            raise LogFormatError("is a directory, not a log file", path=str(path))
        with open_text(path) as f:
            probe = f.read(_PROBE_BYTES)
    except FileNotFoundError:
        raise LogFormatError("no such file", path=str(path)) from None
    except PermissionError:
        raise LogFormatError("permission denied", path=str(path)) from None
    except (OSError, EOFError, zlib.error) as exc:  # a truncated or corrupt gzip stream
        raise LogFormatError(f"cannot read: {exc}", path=str(path)) from None
    if "\x00" in probe:
        raise LogFormatError("this is a binary file, not a text log (NUL byte)", path=str(path))


def _numbered(stream: IO[str]) -> Iterator[tuple[int, str]]:
    for lineno, text in enumerate(stream, start=1):
        yield lineno, text.rstrip("\r\n")


class _Counted:
    """Numbered lines that remember how many were read (an iterator, not a generator: it is on the hot path)."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self.lines = 0

    def __iter__(self) -> _Counted:
        return self

    def __next__(self) -> tuple[int, str]:
        text = next(self._stream)
        self.lines += 1
        return self.lines, text.rstrip("\r\n")


class LogReader:
    """One log file. ``format`` is known after construction; iterate for requests; ``summary`` then tallies.

    >>> reader = LogReader("access.log")            # doctest: +SKIP
    >>> for request in reader: ...                  # doctest: +SKIP
    >>> reader.summary.malformed_count              # doctest: +SKIP
    """

    def __init__(self, path: str | Path, options: ParseOptions | None = None) -> None:
        self.path = Path(path)
        self.options = options or ParseOptions()
        _check_readable(self.path)
        mtime = self.path.stat().st_mtime
        self.context = FileContext(str(self.path), self.options, datetime.fromtimestamp(mtime, UTC).year)
        self.parser: LogParser | None = self._detect()
        self.format = self.parser.name if self.parser is not None else "empty"
        self.summary = FileSummary(path=str(self.path), format=self.format)

    def _detect(self) -> LogParser | None:
        if self.options.log_format is not None:
            return get_parser(self.options.log_format)
        with open_text(self.path) as stream:
            sample = [(n, t) for n, t in itertools.islice(_numbered(stream), _SAMPLE_LINES * 4) if t.strip()][
                :_SAMPLE_LINES
            ]
        if not sample:
            return None
        return sniff(sample, self.context)

    def __iter__(self) -> Iterator[Request]:
        summary = self.summary
        if self.parser is None:
            return
        try:
            with open_text(self.path) as stream:
                counted = _Counted(stream)
                for result in self.parser.parse(counted, self.context):
                    if type(result) is Request:
                        yield result
                    elif isinstance(result, Ignored):
                        summary.add_ignored(result.kind)
                    elif isinstance(result, Malformed):
                        summary.add_malformed(result)
                summary.lines = counted.lines
        except (OSError, EOFError, zlib.error) as exc:
            raise LogFormatError(f"cannot read past line {counted.lines}: {exc}", path=str(self.path)) from None
        summary.requests = summary.lines - summary.malformed_count - sum(summary.ignored.values())
        log.info(
            "read %s log: %d lines, %d requests, %d malformed",
            self.format,
            summary.lines,
            summary.requests,
            summary.malformed_count,
        )

    def malformed(self) -> list[Malformed]:
        return self.summary.malformed
