"""What every archive reader shares: the error record, the counters, the reader protocol, and
turning a loosely-typed record into a :class:`~smscreen.models.Post` with a readable reason when it
cannot be one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar, Protocol

from pydantic import ValidationError

from smscreen.models import Post

__all__ = [
    "ReadError",
    "ReadStats",
    "Reader",
    "build_post",
    "from_timestamp",
    "join_unique",
]


@dataclass(frozen=True, slots=True)
class ReadError:
    """One record (or one file inside an archive) that could not be read; the scan goes on.

    ``source`` says where: ``posts.jsonl:12`` (line), ``export.zip/data/tweets.js#40`` (array index),
    or a whole member ``export.zip/posts/your_posts_1.json``.
    """

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(slots=True)
class ReadStats:
    """What a read saw besides the posts it yielded, so a report can say nothing was silently lost.

    ``skipped`` counts items that are not errors but carry nothing to screen (a Facebook photo with
    no caption, a check-in), keyed by a short reason.
    """

    posts: int = 0
    errors: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())


class Reader(Protocol):
    """A source format. ``sniff`` looks at content, not the name, and must be cheap; ``read``
    streams posts and error records, raising :class:`~smscreen.errors.ArchiveError` only when the
    source as a whole cannot be read.

    ``suffixes`` are file name endings that decide only when no reader recognised the content (an
    empty ``.jsonl``, a ``.csv`` whose header lacks ``text``, which then gets a precise error).
    """

    name: ClassVar[str]
    suffixes: ClassVar[frozenset[str]]

    def sniff(self, path: Path) -> bool: ...

    def read(self, path: Path, stats: ReadStats | None = None) -> Iterator[Post | ReadError]: ...


def build_post(fields: Mapping[str, Any], *, source: str) -> Post | ReadError:
    """Validate ``fields`` as a Post; a record that does not fit becomes a ReadError naming the field.

    The reason never quotes the offending value: it may be post text, which is not ours to echo into
    error logs.
    """
    try:
        return Post.model_validate({**fields, "source": source})
    except ValidationError as exc:
        return ReadError(source, _describe(exc))


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors(include_input=False, include_url=False):
        loc = ".".join(str(x) for x in err["loc"]) or "record"
        if err["type"] == "extra_forbidden":
            parts.append(f"unknown field {loc!r}")
        elif err["type"] == "missing":
            parts.append(f"missing field {loc!r}")
        else:
            parts.append(f"field {loc!r}: {err['msg']}")
    return "; ".join(parts)


def from_timestamp(value: object) -> datetime | None:
    """Epoch seconds (as Meta exports write them) to an aware UTC datetime; anything else is None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return datetime.fromtimestamp(value, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def join_unique(items: list[str]) -> tuple[str, ...]:
    """De-duplicate, keeping first-seen order (a mention repeated in a tweet is one interaction)."""
    return tuple(dict.fromkeys(x for x in items if x))
