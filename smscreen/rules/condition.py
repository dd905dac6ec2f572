"""Rule conditions: ``and`` / ``or`` / ``not`` / parentheses over matcher names (Sigma style)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["And", "Atom", "ConditionError", "Expr", "Not", "Or", "parse_condition"]

_TOKEN = re.compile(r"\s*(?:(\()|(\))|([A-Za-z_][A-Za-z0-9_\-]*))")


class ConditionError(ValueError):
    """The condition text does not parse; the message says where."""


@dataclass(frozen=True, slots=True)
class Atom:
    name: str

    def evaluate(self, holds: Callable[[str], bool]) -> bool:
        return holds(self.name)

    def names(self) -> list[str]:
        return [self.name]

    def positives(self) -> list[str]:
        return [self.name]


@dataclass(frozen=True, slots=True)
class Not:
    inner: Expr

    def evaluate(self, holds: Callable[[str], bool]) -> bool:
        return not self.inner.evaluate(holds)

    def names(self) -> list[str]:
        return self.inner.names()

    def positives(self) -> list[str]:
        return []


@dataclass(frozen=True, slots=True)
class And:
    parts: tuple[Expr, ...]

    def evaluate(self, holds: Callable[[str], bool]) -> bool:
        return all(p.evaluate(holds) for p in self.parts)

    def names(self) -> list[str]:
        return [n for p in self.parts for n in p.names()]

    def positives(self) -> list[str]:
        return [n for p in self.parts for n in p.positives()]


@dataclass(frozen=True, slots=True)
class Or:
    parts: tuple[Expr, ...]

    def evaluate(self, holds: Callable[[str], bool]) -> bool:
        return any(p.evaluate(holds) for p in self.parts)

    def names(self) -> list[str]:
        return [n for p in self.parts for n in p.names()]

    def positives(self) -> list[str]:
        return [n for p in self.parts for n in p.positives()]


Expr = Atom | Not | And | Or


def parse_condition(text: str) -> Expr:
    """Parse ``a and (b or not c)``; ``not`` binds tighter than ``and``, which binds tighter than ``or``."""
    tokens: list[tuple[str, int]] = []
    pos = 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        m = _TOKEN.match(text, pos)
        if not m:
            raise ConditionError(f"unexpected character {text[pos:].lstrip()[:1]!r} at column {pos + 1}")
        value = m.group(1) or m.group(2) or m.group(3)
        tokens.append((value, m.start(m.lastindex or 0) + 1))
        pos = m.end()
    if not tokens:
        raise ConditionError("empty condition")
    parser = _Parser(tokens)
    expr = parser.parse_or()
    if parser.i != len(tokens):
        value, col = tokens[parser.i]
        raise ConditionError(f"unexpected {value!r} at column {col}")
    return expr


class _Parser:
    def __init__(self, tokens: list[tuple[str, int]]) -> None:
        self.tokens = tokens
        self.i = 0

    def _peek(self) -> str | None:
        return self.tokens[self.i][0] if self.i < len(self.tokens) else None

    def _next(self) -> tuple[str, int]:
        if self.i >= len(self.tokens):
            raise ConditionError("condition ends too early")
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def parse_or(self) -> Expr:
        parts = [self.parse_and()]
        while self._peek() == "or":
            self.i += 1
            parts.append(self.parse_and())
        return parts[0] if len(parts) == 1 else Or(tuple(parts))

    def parse_and(self) -> Expr:
        parts = [self.parse_not()]
        while self._peek() == "and":
            self.i += 1
            parts.append(self.parse_not())
        return parts[0] if len(parts) == 1 else And(tuple(parts))

    def parse_not(self) -> Expr:
        if self._peek() == "not":
            self.i += 1
            return Not(self.parse_not())
        return self.parse_atom()

    def parse_atom(self) -> Expr:
        value, col = self._next()
        if value == "(":
            expr = self.parse_or()
            closing, col2 = self._next()
            if closing != ")":
                raise ConditionError(f"expected ')' at column {col2}")
            return expr
        if value in (")", "and", "or", "not"):
            raise ConditionError(f"unexpected {value!r} at column {col}")
        return Atom(value)
