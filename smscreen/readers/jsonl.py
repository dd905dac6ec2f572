"""JSON Lines of posts (SPEC §5): one object a line, ``text`` required.

Read line by line from the raw bytes so one bad line (invalid UTF-8, broken JSON, a wrong type)
costs one ReadError and the rest of the file is still read; memory is bounded by the longest line.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, ClassVar

from smscreen.errors import ArchiveError
from smscreen.models import Post
from smscreen.readers.base import ReadError, ReadStats, build_post
from smscreen.readers.jsondoc import JsonDocError, parse_json
from smscreen.readers.zipfs import is_zip, read_head
from smscreen.textio import MAX_TEXT_BYTES

__all__ = ["JsonlReader"]

log = logging.getLogger(__name__)

# A post is screened in full up to textio's limit; a longer line is refused, not buffered.
MAX_LINE_BYTES = MAX_TEXT_BYTES

_BOM = b"\xef\xbb\xbf"


class JsonlReader:
    name: ClassVar[str] = "jsonl"
    # An empty file, or one whose first line is broken, should still be read as what it is named:
    # a broken first line costs one ReadError, not the whole file.
    suffixes: ClassVar[frozenset[str]] = frozenset({".jsonl", ".ndjson", ".jsonlines"})

    def sniff(self, path: Path) -> bool:
        if not path.is_file() or is_zip(path):
            return False
        head = read_head(path)
        if b"\x00" in head:
            return False
        first = next((ln.strip() for ln in head.removeprefix(_BOM).split(b"\n") if ln.strip()), b"")
        return first.startswith(b"{")

    def read(self, path: Path, stats: ReadStats | None = None) -> Iterator[Post | ReadError]:
        stats = ReadStats() if stats is None else stats
        try:
            fh = path.open("rb")
        except OSError as exc:
            raise ArchiveError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None
        with fh:
            for lineno, raw in _numbered_lines(fh):
                item = self._line(path, lineno, raw)
                if item is None:
                    continue
                if isinstance(item, ReadError):
                    stats.errors += 1
                else:
                    stats.posts += 1
                yield item
        log.debug("read %s: %d posts, %d errors", path, stats.posts, stats.errors)

    @staticmethod
    def _line(path: Path, lineno: int, raw: bytes | None) -> Post | ReadError | None:
        source = f"{path}:{lineno}"
        if raw is None:
            return ReadError(source, f"line is longer than {MAX_LINE_BYTES:,} bytes; not read")
        if lineno == 1:
            raw = raw.removeprefix(_BOM)
        if not raw.strip():
            return None  # blank lines separate nothing in JSONL; tolerating them costs nothing
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            return ReadError(source, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})")
        try:
            record = parse_json(line)
        except JsonDocError as exc:
            where = f" at column {exc.column}" if exc.column else ""
            return ReadError(source, f"{exc}{where}")
        fields = _fields(record, default_id=f"{path.name}:{lineno}")
        if isinstance(fields, str):
            return ReadError(source, fields)
        return build_post(fields, source=source)


_POST_FIELDS = frozenset(Post.model_fields) - {"source"}


def _fields(record: Any, *, default_id: str) -> dict[str, Any] | str:
    """The record as Post fields, or why it cannot be one."""
    if not isinstance(record, dict):
        return f"expected a JSON object with a 'text' field, got {_json_type(record)}"
    if "text" not in record:
        return "missing field 'text'"
    # Exports and labelled sets carry extra metadata (likes, urls, gold labels): it is ignored, while
    # the fields smscreen reads are validated strictly. A typo of `text` is still caught above.
    fields = {k: v for k, v in record.items() if k in _POST_FIELDS}
    post_id = fields.get("id")
    if isinstance(post_id, int) and not isinstance(post_id, bool):
        fields["id"] = str(post_id)  # numeric ids are common in exports and unambiguous
    elif post_id is None:
        fields["id"] = default_id
    return fields


def _json_type(value: Any) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return "null" if value is None else type(value).__name__


def _numbered_lines(fh: IO[bytes]) -> Iterator[tuple[int, bytes | None]]:
    """Each line with its 1-based number; ``None`` for a line too long to hold, which is skipped."""
    lineno = 0
    while True:
        raw = fh.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = fh.readline(1 << 20)
            yield lineno, None
            continue
        yield lineno, raw
