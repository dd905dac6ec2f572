"""Parsing one JSON document (a line of JSONL, a Meta export file, the body of an X ``.js`` file)
with errors that say where it broke, and never more than that.

``json`` raises RecursionError on deeply nested input and ValueError on integers longer than
Python's digit limit; both are bad input, not crashes.
"""

from __future__ import annotations

import json
from typing import Any

from smscreen.readers.zipfs import MemberError, Tree
from smscreen.textio import decode_text

__all__ = ["JsonDocError", "load_js_assignment", "load_member", "parse_json"]

_DECODER = json.JSONDecoder()


class JsonDocError(ValueError):
    """Why a JSON document could not be parsed, with a 1-based line and column when known."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.line = line
        self.column = column

    def where(self) -> str:
        if self.line is None:
            return ""
        return f" at line {self.line}, column {self.column}" if self.column else f" at line {self.line}"


def parse_json(text: str, *, offset: int = 0) -> Any:
    """Parse exactly one JSON value from ``text[offset:]`` (trailing whitespace and ``;`` allowed)."""
    try:
        start = _skip_ws(text, offset)
        value, end = _DECODER.raw_decode(text, start)
    except json.JSONDecodeError as exc:
        raise JsonDocError(f"invalid JSON: {exc.msg}", exc.lineno, exc.colno) from None
    except RecursionError:
        raise JsonDocError("invalid JSON: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer beyond sys.get_int_max_str_digits()
        raise JsonDocError(f"invalid JSON: {exc}") from None
    rest = text[end:].strip().lstrip(";").strip()
    if rest:
        line = text.count("\n", 0, end) + 1
        raise JsonDocError("invalid JSON: unexpected data after the value", line)
    return value


def _skip_ws(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def load_member(tree: Tree, rel: str) -> Any:
    """Read and parse one JSON file of an export; MemberError (naming it) when either fails."""
    text = _member_text(tree, rel)
    try:
        return parse_json(text)
    except JsonDocError as exc:
        raise MemberError(str(exc), path=tree.display(rel), line=exc.line, column=exc.column) from None


def load_js_assignment(tree: Tree, rel: str) -> Any:
    """Parse an X archive ``.js`` file: ``window.YTD.tweets.part0 = [...]`` is JSON after the first ``=``."""
    text = _member_text(tree, rel)
    eq = text.find("=")
    if eq == -1:
        raise MemberError("not an X archive data file (no '=' before the JSON)", path=tree.display(rel))
    try:
        return parse_json(text, offset=eq + 1)
    except JsonDocError as exc:
        raise MemberError(str(exc), path=tree.display(rel), line=exc.line, column=exc.column) from None


def _member_text(tree: Tree, rel: str) -> str:
    return decode_text(tree.read_bytes(rel), path=tree.display(rel), error_cls=MemberError)
