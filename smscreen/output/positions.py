"""Code-point offsets to 1-based line and column (the rules are in ``smscreen.output.base``'s docstring)."""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

__all__ = ["NEWLINE_SEQUENCES", "LineIndex", "Position"]

# Declared in SARIF output as run.newlineSequences; also SARIF's default, so a consumer that ignores
# the property still agrees with us. "\r\n" ends in "\n", so scanning for "\n" finds every line start.
NEWLINE_SEQUENCES: tuple[str, ...] = ("\r\n", "\n")


class Position(NamedTuple):
    line: int
    column: int


class LineIndex:
    """Line starts of one text, built once so each finding costs a binary search, not a rescan."""

    __slots__ = ("_length", "_starts")

    def __init__(self, text: str) -> None:
        starts = [0]
        i = text.find("\n")
        while i != -1:
            starts.append(i + 1)
            i = text.find("\n", i + 1)
        self._starts = starts
        self._length = len(text)

    def position(self, offset: int) -> Position:
        """Line and column of the character at ``offset``; ``len(text)`` is the end-of-text position."""
        if not 0 <= offset <= self._length:
            raise ValueError(f"offset {offset} is outside the text (length {self._length})")
        row = bisect_right(self._starts, offset) - 1
        return Position(row + 1, offset - self._starts[row] + 1)
