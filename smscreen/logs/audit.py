"""Append-only JSON Lines records: identity reveals (the audit log) and purge receipts."""

from __future__ import annotations

import getpass
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from smscreen.errors import InputError

__all__ = ["append_record", "current_user", "now_utc", "read_records"]


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers)
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"


def append_record(path: str | Path, record: dict[str, Any]) -> None:
    """Append one JSON object as a line, opened O_APPEND so records are never rewritten, and fsync it.

    The file is created 0600: it names people and the grounds for looking at their data.
    """
    line = json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    except OSError as exc:
        raise InputError(f"cannot open for appending: {exc.strerror}", path=str(path)) from None
    try:
        os.write(fd, line.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def read_records(path: str | Path) -> list[dict[str, Any]]:
    p = Path(path)
    if not p.exists():
        return []
    records: list[dict[str, Any]] = []
    for lineno, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError:
            raise InputError("not a JSON record", path=str(p), line=lineno) from None
        if isinstance(value, dict):
            records.append(value)
    return records
