"""CSV of posts: a header row naming a ``text`` column, one post a record (SPEC §5).

Optional columns: ``id, created_at, account_kind, platform, handle, bio, author_id, in_reply_to,
connections, mentions, is_repost``; list columns are ``;``-separated. Other columns are ignored,
as spreadsheets and scheduler exports carry many (likes, URLs) that mean nothing here.

Bytes are decoded with ``surrogateescape`` so an invalid byte costs only the record it is in; the
file is streamed record by record, quoted newlines included.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

from smscreen.errors import ArchiveError
from smscreen.models import Post
from smscreen.readers.base import ReadError, ReadStats, build_post
from smscreen.readers.zipfs import is_zip, read_head

__all__ = ["COLUMNS", "CsvReader"]

log = logging.getLogger(__name__)

COLUMNS = frozenset(
    {
        "id",
        "text",
        "created_at",
        "account_kind",
        "platform",
        "handle",
        "bio",
        "author_id",
        "in_reply_to",
        "connections",
        "mentions",
        "is_repost",
    }
)
_LIST_COLUMNS = ("connections", "mentions")
_ACCOUNT_COLUMNS = {"account_kind": "kind", "platform": "platform", "handle": "handle", "bio": "bio"}
_PLAIN_COLUMNS = ("author_id", "in_reply_to", "created_at", "is_repost")

_UNDECODABLE = re.compile("[\udc80-\udcff]")


class CsvReader:
    name: ClassVar[str] = "csv"
    suffixes: ClassVar[frozenset[str]] = frozenset({".csv"})

    def sniff(self, path: Path) -> bool:
        if not path.is_file() or is_zip(path):
            return False
        head = read_head(path)
        if b"\x00" in head:
            return False
        first = head.split(b"\n", 1)[0].decode("utf-8-sig", errors="replace")
        try:
            header = next(csv.reader([first]), [])
        except csv.Error:
            return False
        return "text" in {h.strip().lower() for h in header}

    def read(self, path: Path, stats: ReadStats | None = None) -> Iterator[Post | ReadError]:
        stats = ReadStats() if stats is None else stats
        try:
            raw = path.open("rb")
        except OSError as exc:
            raise ArchiveError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None
        with io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="") as fh:
            reader = csv.reader(fh)
            columns = _header(reader, path)
            while True:
                start = reader.line_num + 1
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    stats.errors += 1
                    yield ReadError(f"{path}:{start}", f"malformed CSV record: {exc}")
                    continue
                if not any(cell.strip() for cell in row):
                    stats.skipped["blank CSV row"] += 1
                    continue
                item = _record(row, columns, path=path, line=start)
                if isinstance(item, ReadError):
                    stats.errors += 1
                else:
                    stats.posts += 1
                yield item


def _header(reader: Any, path: Path) -> list[str]:
    """The normalised column names; ArchiveError when there is no usable header, as no record can be read."""
    try:
        header: list[str] = next(reader)
    except StopIteration:
        raise ArchiveError(
            "empty file; a CSV of posts needs a header row with a 'text' column", path=str(path)
        ) from None
    except csv.Error as exc:
        raise ArchiveError(f"malformed CSV header: {exc}", path=str(path), line=1) from None
    columns = [h.strip().lower() for h in header]
    if any(_UNDECODABLE.search(c) for c in columns):
        raise ArchiveError("the header row is not valid UTF-8; save the file as UTF-8", path=str(path), line=1)
    if "text" not in columns:
        raise ArchiveError(
            f"no 'text' column in the header (found: {', '.join(columns) or 'nothing'})",
            path=str(path),
            line=1,
        )
    dupes = sorted({c for c in columns if c in COLUMNS and columns.count(c) > 1})
    if dupes:
        raise ArchiveError(f"column(s) named twice in the header: {', '.join(dupes)}", path=str(path), line=1)
    ignored = [c for c in columns if c not in COLUMNS]
    if ignored:
        log.debug("%s: ignoring columns %s", path, ignored)
    return columns


def _record(row: list[str], columns: list[str], *, path: Path, line: int) -> Post | ReadError:
    source = f"{path}:{line}"
    if len(row) > len(columns):
        return ReadError(
            source,
            f"record has {len(row)} fields but the header has {len(columns)} (an unquoted comma or a stray quote?)",
        )
    if any(_UNDECODABLE.search(cell) for cell in row):
        return ReadError(source, "record is not valid UTF-8; save the file as UTF-8")
    cells = {c: v for c, v in zip(columns, row, strict=False) if c in COLUMNS}
    text = cells.get("text", "")
    if not text.strip():
        return ReadError(source, "the 'text' column is empty")
    fields: dict[str, Any] = {"text": text, "id": cells.get("id", "").strip() or f"{path.name}:{line}"}
    account = {key: cells[col].strip() for col, key in _ACCOUNT_COLUMNS.items() if cells.get(col, "").strip()}
    if account:
        fields["account"] = account
    for col in _PLAIN_COLUMNS:
        value = cells.get(col, "").strip()
        if value:
            fields[col] = value
    for col in _LIST_COLUMNS:
        value = cells.get(col, "")
        if value.strip():
            fields[col] = [v.strip() for v in value.split(";") if v.strip()]
    return build_post(fields, source=source)
