"""One exception tree for the whole package.

::

    SmscreenError
    ├── InputError                 something a user handed us is wrong; knows the file, line and column
    │   ├── ProfileError           school.yaml or one of its CSV files
    │   ├── RulesetError           a rule or ruleset file (may carry many problems at once)
    │   ├── PostError              one post (JSONL/CSV record, archive item) that cannot be read
    │   ├── ArchiveError           an archive or export that cannot be read at all
    │   └── LogFormatError         a monitoring log that cannot be read at all
    └── ScreeningError             an internal failure while screening one post (names the post id)

Every error renders as ``path:line:col: message`` when it knows where it is, so a user can jump to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "ArchiveError",
    "InputError",
    "LogFormatError",
    "PostError",
    "Problem",
    "ProfileError",
    "RulesetError",
    "ScreeningError",
    "SmscreenError",
]


@dataclass(frozen=True, slots=True)
class Problem:
    """One located problem: where it is and what is wrong."""

    message: str
    path: str | None = None
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        return f"{where}{self.message}"


class SmscreenError(Exception):
    """Base of every error the package raises on purpose."""


class InputError(SmscreenError):
    """Something the user supplied is wrong. Carries one or more located problems."""

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        column: int | None = None,
        problems: Sequence[Problem] | None = None,
    ) -> None:
        self.path = str(path) if path is not None else None
        self.line = line
        self.column = column
        if problems:
            self.problems: tuple[Problem, ...] = tuple(problems)
        else:
            self.problems = (Problem(message, self.path, line, column),)
        super().__init__("\n".join(str(p) for p in self.problems))


class ProfileError(InputError):
    """The school profile (school.yaml or a CSV it points at) is invalid."""


class RulesetError(InputError):
    """A rule or ruleset file is invalid."""


class PostError(InputError):
    """One post cannot be read; ``post_id`` names it when it is known."""

    def __init__(
        self,
        message: str,
        *,
        post_id: str | None = None,
        path: str | Path | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.post_id = post_id
        if post_id is not None and path is None:
            message = f"post {post_id}: {message}"
        super().__init__(message, path=path, line=line, column=column)


class ArchiveError(InputError):
    """An archive or export cannot be read at all."""


class LogFormatError(InputError):
    """A monitoring log cannot be read at all (malformed single lines are counted, not raised)."""


class ScreeningError(SmscreenError):
    """An unexpected failure while screening one post."""

    def __init__(self, message: str, *, post_id: str | None = None) -> None:
        self.post_id = post_id
        prefix = f"post {post_id}: " if post_id is not None else ""
        super().__init__(prefix + message)
