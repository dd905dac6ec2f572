"""Archive readers: turn an X archive, a Facebook or Instagram export, or a JSONL/CSV file of posts
into SPEC §5 posts, auto-detecting the format by content.

::

    for item in read_posts("twitter-2025-01-01.zip"):
        if isinstance(item, ReadError):
            ...  # one record (or one file inside the archive) could not be read; go on
        else:
            ...  # a Post with its metadata and ``source`` set

A malformed record is a :class:`ReadError` and reading goes on; a source that cannot be read at
all raises :class:`~smscreen.errors.ArchiveError`. Readers are found through :data:`READERS`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from smscreen.models import Post
from smscreen.readers.base import Reader, ReadError, ReadStats
from smscreen.readers.registry import READERS, detect_format

__all__ = [
    "READERS",
    "ReadError",
    "ReadStats",
    "Reader",
    "detect_format",
    "read_posts",
]


def read_posts(path: str | Path, *, stats: ReadStats | None = None) -> Iterator[Post | ReadError]:
    """Every post in ``path`` (and an error record for each one that cannot be read), streamed.

    The format is detected now, so an unreadable or unknown source raises ArchiveError at the call,
    not at the first ``next()``. Pass ``stats`` to learn what was skipped as having no text.
    """
    p = Path(path)
    reader = READERS[detect_format(p)]()
    return reader.read(p, stats)
