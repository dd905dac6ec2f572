"""Shared fixtures for the log-analyser tests. Every file here is synthetic; names are fictional."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SCHOOL = FIXTURES / "school"
TEST_SECRET = "test-secret-0123456789abcdef-not-for-production"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def school_dir() -> Path:
    return SCHOOL


@pytest.fixture
def secret_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("SMSCREEN_LOG_SECRET", TEST_SECRET)
    yield TEST_SECRET


def _squid_line(ts: float, user: str | None, url: str, *, client: str = "10.20.1.50", status: int = 200) -> str:
    """One Squid native access.log line."""
    method = "CONNECT" if "://" not in url else "GET"
    return (
        f"{ts:.3f} {57:6d} {client} TCP_MISS/{status:03d} 1234 {method} {url} {user or '-'} "
        f"HIER_DIRECT/192.0.2.1 text/html"
    )


SquidLine = Callable[..., str]


@pytest.fixture
def squid_line() -> SquidLine:
    """A factory for Squid native lines (a fixture, so tests need no imports from this conftest)."""
    return _squid_line
