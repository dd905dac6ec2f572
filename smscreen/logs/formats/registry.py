"""The log-parser registry: a parser registers itself by name, so adding a format touches one file.

Detection reads a sample of the file's first lines and asks every parser how much of it it can read;
the best score wins, and registration order breaks ties.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar, TypeVar

from smscreen.errors import LogFormatError
from smscreen.logs.model import Ignored, Malformed, ParseOptions, Request

__all__ = ["FileContext", "LogParser", "ParseResult", "available_formats", "get_parser", "register", "sniff"]

ParseResult = Request | Ignored | Malformed

# Below this share of readable sample lines a parser is not trusted to be the right one.
_MIN_SNIFF_SCORE = 0.5


@dataclass(frozen=True)
class FileContext:
    """What a parser may need to know about the file beyond its lines."""

    path: str
    options: ParseOptions
    mtime_year: int


class LogParser(ABC):
    """One log format. Subclasses set ``name`` and ``description`` and implement ``parse``."""

    name: ClassVar[str]
    description: ClassVar[str]
    # True when every line can be read on its own (no #Fields: or header state), so a big file may be
    # split into byte ranges and parsed in parallel.
    stateless: ClassVar[bool] = False

    @abstractmethod
    def parse(self, lines: Iterable[tuple[int, str]], ctx: FileContext) -> Iterator[ParseResult]:
        """Yield exactly one result per input line (line ends already stripped)."""

    def duckdb_select(self, relation: str, *, printable: bool = False) -> str | None:
        """Optional fast path: SQL that parses the whole file inside DuckDB.

        ``relation`` has one VARCHAR column ``line`` per physical line (NULL for a blank one). The query must
        yield one row per line -- ``ts`` (DOUBLE, UTC epoch seconds), ``host``, ``user_name``, ``client``,
        ``status`` -- and accept a line only if :meth:`parse` reads it as exactly that request; on any other
        line it must raise a DuckDB error (``error(...)``), never skip the line. The store keeps the result only
        if the query completes, and otherwise rolls it back and parses the file with :meth:`parse`, so
        malformed lines are still reported one by one with their numbers.

        ``printable`` means the caller has checked that every byte of the file is printable ASCII (0x20 to
        0x7e) or a line feed, so the query may leave out the checks that guarantee makes unnecessary.
        """
        return None

    def sniff(self, sample: Sequence[tuple[int, str]], ctx: FileContext) -> float:
        """Share of the sample's non-ignored lines this parser reads as requests."""
        readable = total = 0
        for result in self.parse(sample, ctx):
            if isinstance(result, Ignored):
                continue
            total += 1
            readable += isinstance(result, Request)
        return readable / total if total else 0.0


_REGISTRY: dict[str, type[LogParser]] = {}

P = TypeVar("P", bound=type[LogParser])


def register(cls: P) -> P:
    """Class decorator: make a parser available by its ``name`` and to detection."""
    if cls.name in _REGISTRY:
        raise ValueError(f"log format {cls.name!r} is registered twice")
    _REGISTRY[cls.name] = cls
    return cls


def available_formats() -> dict[str, str]:
    """Format name -> one-line description, in registration order."""
    return {name: cls.description for name, cls in _REGISTRY.items()}


def get_parser(name: str) -> LogParser:
    try:
        return _REGISTRY[name]()
    except KeyError:
        known = ", ".join(_REGISTRY)
        raise LogFormatError(f"unknown log format {name!r} (known: {known})") from None


def sniff(sample: Sequence[tuple[int, str]], ctx: FileContext) -> LogParser:
    """The parser that reads most of ``sample``; a ``LogFormatError`` naming the file if none fits."""
    best: LogParser | None = None
    best_score = 0.0
    for cls in _REGISTRY.values():
        parser = cls()
        score = parser.sniff(sample, ctx)
        if score > best_score:
            best, best_score = parser, score
    if best is None or best_score < _MIN_SNIFF_SCORE:
        known = ", ".join(_REGISTRY)
        raise LogFormatError(
            f"cannot tell the format of this log from its first {len(sample)} lines; "
            f"name it with --log-format (one of: {known})",
            path=ctx.path,
        )
    return best
