"""Offsets to line:column: CRLF is one break, a lone CR is not, columns count code points."""

from __future__ import annotations

import pytest

from smscreen.output.positions import LineIndex, Position

from .factories import FAMILY


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [
        ("Jake Smith", 0, (1, 1)),
        ("", 0, (1, 1)),  # the end of an empty text
        ("Hi\nJake", 3, (2, 1)),
        ("Hi\r\nJake", 4, (2, 1)),  # CRLF is one line break
        ("Hi\r\nJake", 2, (1, 3)),  # the CR belongs to the line it ends
        ("Hi\r\nJake", 3, (1, 4)),  # ... and so does the LF
        ("a\rb", 2, (1, 3)),  # a lone CR is not a line break (SARIF's default newlineSequences)
        ("\u2028x", 1, (1, 2)),  # nor is U+2028
        ("\U0001f600 Jake", 2, (1, 3)),  # an emoji is one column (code points, not UTF-16 units)
        (f"{FAMILY} Jake", 6, (1, 7)),  # a ZWJ sequence is as many columns as code points
        ("e\u0301 Jake", 3, (1, 4)),  # so is a combining accent
        ("one\n\nthree", 5, (3, 1)),  # an empty line counts
        ("abc\n", 3, (1, 4)),  # offset of the newline itself
        ("abc\n", 4, (2, 1)),  # end of text after a final newline
        ("\n\n\n", 3, (4, 1)),
    ],
)
def test_position(text: str, offset: int, expected: tuple[int, int]) -> None:
    assert LineIndex(text).position(offset) == Position(*expected)


@pytest.mark.parametrize(("text", "offset"), [("abc", -1), ("abc", 4), ("", 1)])
def test_offset_outside_text_is_rejected(text: str, offset: int) -> None:
    with pytest.raises(ValueError, match="outside the text"):
        LineIndex(text).position(offset)
