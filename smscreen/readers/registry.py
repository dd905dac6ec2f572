"""The readers, by format name, in the order their sniffers are tried.

Order matters where signatures overlap: archives (a folder, a zip, a ``window.YTD`` file, a Meta
JSON file) are recognised before the line formats, and JSONL (a line starting with ``{``) before
CSV (a header naming ``text``). To add a format, write its module and add one line here.
"""

from __future__ import annotations

from pathlib import Path

from smscreen.errors import ArchiveError
from smscreen.readers.base import Reader
from smscreen.readers.csv_posts import CsvReader
from smscreen.readers.jsonl import JsonlReader
from smscreen.readers.meta import FacebookReader, InstagramReader
from smscreen.readers.x_archive import XArchiveReader
from smscreen.readers.zipfs import is_zip, read_head

__all__ = ["READERS", "detect_format"]

READERS: dict[str, type[Reader]] = {
    XArchiveReader.name: XArchiveReader,
    FacebookReader.name: FacebookReader,
    InstagramReader.name: InstagramReader,
    JsonlReader.name: JsonlReader,
    CsvReader.name: CsvReader,
}


def detect_format(path: str | Path) -> str:
    """The name of the reader for ``path``, judged by content; ArchiveError (naming the file) if none fits."""
    p = Path(path)
    if not p.exists():
        raise ArchiveError("no such file or folder", path=str(p))
    if not (p.is_dir() or p.is_file()):
        raise ArchiveError("not a regular file or folder", path=str(p))
    try:
        for name, reader in READERS.items():
            if reader().sniff(p):
                return name
        if p.is_file() and not is_zip(p) and b"\x00" not in read_head(p):
            for name, reader in READERS.items():
                if p.suffix.lower() in reader.suffixes:
                    return name
    except ArchiveError:
        raise
    except OSError as exc:
        raise ArchiveError(f"cannot read: {exc.strerror or exc}", path=str(p)) from None
    raise ArchiveError(_unknown(p), path=str(p))


def _unknown(p: Path) -> str:
    known = "an X archive, a Facebook or Instagram export, JSONL or CSV of posts"
    if p.is_dir():
        return f"no known export in this folder (expected {known})"
    if is_zip(p):
        return f"this zip holds no known export (expected {known})"
    head = read_head(p)
    if not head.strip():
        return "empty file; cannot tell its format (name it .jsonl or .csv to say which it is)"
    if b"\x00" in head:
        return f"this is a binary file, not {known}"
    return f"unrecognised format (expected {known}; a CSV needs a header row with a 'text' column)"
