"""Keyed pseudonyms and the secret they depend on; the append-only audit log."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from smscreen.errors import InputError
from smscreen.logs import Pseudonymiser, load_secret
from smscreen.logs.audit import append_record, read_records

SECRET = b"0123456789abcdef0123456789abcdef"


def test_pseudonyms_are_stable_keyed_and_case_insensitive() -> None:
    first, again, other = Pseudonymiser(SECRET), Pseudonymiser(SECRET), Pseudonymiser(SECRET[::-1])
    assert first("tfoxglove") == again("tfoxglove") == first("TFoxglove")
    assert first("tfoxglove") != other("tfoxglove")
    assert first("tfoxglove") != first("mbramblewood")
    assert "tfoxglove" not in first("tfoxglove")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("u-0123456789ab", True),
        ("u-0123456789aB", False),
        ("u-0123", False),
        ("tfoxglove", False),
        ("x-0123456789ab", False),
    ],
)
def test_looks_like_pseudonym(text: str, expected: bool) -> None:
    assert Pseudonymiser.looks_like_pseudonym(text) is expected


def test_a_missing_secret_is_created_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SMSCREEN_LOG_SECRET", raising=False)
    path = tmp_path / "store.secret"
    created = load_secret(None, path)
    assert created.created and path.exists()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = load_secret(None, path)
    assert not again.created and again.secret == created.secret


def test_secret_precedence_file_then_environment_then_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    explicit = tmp_path / "explicit.secret"
    explicit.write_text("from-the-explicit-file-0123456789\n")
    monkeypatch.setenv("SMSCREEN_LOG_SECRET", "from-the-environment-0123456789")
    assert load_secret(explicit, tmp_path / "d").secret == b"from-the-explicit-file-0123456789"
    assert load_secret(None, tmp_path / "d").secret == b"from-the-environment-0123456789"
    assert not (tmp_path / "d").exists()


@pytest.mark.parametrize("content", ["short", "   "])
def test_weak_secrets_are_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "s"
    path.write_text(content)
    with pytest.raises(InputError, match="at least 16 bytes"):
        load_secret(path, tmp_path / "default")


def test_missing_secret_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such secret file"):
        load_secret(tmp_path / "nope", tmp_path / "default")


def test_audit_records_are_appended_never_rewritten(tmp_path: Path) -> None:
    log = tmp_path / "audit.jsonl"
    append_record(log, {"event": "reveal", "n": 1})
    append_record(log, {"event": "reveal", "n": 2})
    assert [r["n"] for r in read_records(log)] == [1, 2]
    assert all(json.loads(line) for line in log.read_text().splitlines())
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
