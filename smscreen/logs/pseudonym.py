"""Keyed pseudonyms for users in reports (privacy by design: ICO guidance on monitoring workers).

A pseudonym is HMAC-SHA256 over the case-folded user key with the school's secret, so it is stable across
reports (trends and holds can refer to it) but cannot be reversed, or recomputed by anyone without the
secret, by hashing a list of likely user names.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from smscreen.errors import InputError

__all__ = ["SECRET_ENV", "Pseudonymiser", "SecretSource", "load_secret"]

SECRET_ENV = "SMSCREEN_LOG_SECRET"
PREFIX = "u-"
# 48 bits: collisions stay negligible for a trust's tens of thousands of users, and a pseudonym stays short
# enough to read out in a meeting.
_HEX_CHARS = 12
_MIN_SECRET_BYTES = 16


@dataclass(frozen=True)
class SecretSource:
    secret: bytes
    origin: str  # "file PATH", "environment", or "new file PATH"
    created: bool = False


class Pseudonymiser:
    def __init__(self, secret: bytes) -> None:
        if len(secret) < _MIN_SECRET_BYTES:
            raise InputError(f"the pseudonym secret must be at least {_MIN_SECRET_BYTES} bytes")
        self._secret = secret
        self._cache: dict[str, str] = {}

    def __call__(self, user_key: str) -> str:
        key = user_key.casefold()
        found = self._cache.get(key)
        if found is None:
            digest = hmac.new(self._secret, key.encode("utf-8"), hashlib.sha256).hexdigest()
            found = self._cache[key] = PREFIX + digest[:_HEX_CHARS]
        return found

    @staticmethod
    def looks_like_pseudonym(text: str) -> bool:
        body = text[len(PREFIX) :]
        return text.startswith(PREFIX) and len(body) == _HEX_CHARS and all(c in "0123456789abcdef" for c in body)


def load_secret(secret_file: str | Path | None, default_file: str | Path) -> SecretSource:
    """The school secret: ``secret_file``, else ``$SMSCREEN_LOG_SECRET``, else ``default_file``.

    If none exists, a new random secret is written to ``default_file`` with 0600 permissions; the caller
    should tell the user (losing it means pseudonyms change, and holds by pseudonym no longer match).
    """
    if secret_file is not None:
        return SecretSource(_read_secret(Path(secret_file)), f"file {secret_file}")
    env = os.environ.get(SECRET_ENV)
    if env:
        return SecretSource(_check(env.strip().encode("utf-8"), SECRET_ENV), "environment")
    path = Path(default_file)
    if path.exists():
        return SecretSource(_read_secret(path), f"file {path}")
    value = secrets.token_hex(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process created it between our check and now
        return SecretSource(_read_secret(path), f"file {path}")
    except OSError as exc:
        raise InputError(f"cannot create the pseudonym secret: {exc.strerror}", path=str(path)) from None
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(value + "\n")
    return SecretSource(value.encode("ascii"), f"new file {path}", created=True)


def _read_secret(path: Path) -> bytes:
    try:
        data = path.read_bytes().strip()
    except FileNotFoundError:
        raise InputError("no such secret file", path=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read the secret file: {exc.strerror}", path=str(path)) from None
    return _check(data, str(path))


def _check(secret: bytes, where: str) -> bytes:
    if len(secret) < _MIN_SECRET_BYTES:
        raise InputError(f"the pseudonym secret must be at least {_MIN_SECRET_BYTES} bytes", path=where)
    return secret
