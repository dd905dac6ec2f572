"""Which column of a CSV export holds what: a small YAML file a user writes, or a guess from the header."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Self

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from smscreen.errors import InputError
from smscreen.yamlsource import load_yaml_documents, validation_problems

__all__ = ["CsvColumns", "guess_columns", "load_csv_columns"]


class CsvColumns(BaseModel):
    """Column mapping for CSV exports. Column names compare case- and punctuation-insensitively.

    ``time_format``: ``auto`` (ISO 8601, ``YYYY-MM-DD HH:MM:SS`` or epoch seconds), ``epoch``, ``epoch_ms``,
    or a ``strptime`` pattern. Times without an offset are in ``timezone`` (default: ``--log-timezone``).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    time: str
    date: str | None = None
    time_format: str = "auto"
    timezone: str | None = None
    host: str | None = None
    url: str | None = None
    user: str | None = None
    client: str | None = None
    status: str | None = None
    delimiter: str | None = None

    @field_validator("delimiter")
    @classmethod
    def _one_character(cls, value: str | None) -> str | None:
        if value is not None and len(value) != 1:
            raise ValueError("delimiter must be one character")
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        if value is None:
            return value
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value

    @model_validator(mode="after")
    def _needs_a_site(self) -> Self:
        if self.host is None and self.url is None:
            raise ValueError("name a 'host' or a 'url' column")
        return self


def column_key(name: str) -> str:
    """Header names match whatever their case, spacing or punctuation ("Client IP" == "client_ip")."""
    return re.sub(r"[^a-z0-9]", "", name.casefold())


# Names seen in exports from common filtering products and proxies, in order of preference.
_TIMESTAMP_NAMES = ("timestamp", "datetime", "eventtime", "logtime", "accesstime", "requesttime", "time", "date")
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "host": ("host", "hostname", "domain", "cshost", "site", "destinationhost", "dsthost", "website"),
    "url": ("url", "uri", "requesturl", "csuri", "fullurl", "link"),
    "user": ("username", "user", "csusername", "login", "userid", "account", "upn"),
    "client": ("clientip", "cip", "sourceip", "srcip", "ipaddress", "ip", "client", "device"),
    "status": ("status", "statuscode", "scstatus", "httpstatus", "responsecode"),
}


def guess_columns(header: Sequence[str]) -> CsvColumns | None:
    """A mapping from a header row, or ``None`` when it lacks a time column or a host/URL column."""
    keys = {column_key(h): h for h in header}
    found: dict[str, str] = {}
    stamp = next((name for name in _TIMESTAMP_NAMES if name in keys), None)
    if stamp == "time" and "date" in keys:
        # Exports that split the timestamp (W3C-style) have a "date" and a "time" column.
        found["date"] = keys["date"]
    if stamp is not None:
        found["time"] = keys[stamp]
    for role, names in _SYNONYMS.items():
        name = next((n for n in names if n in keys), None)
        if name is not None:
            found[role] = keys[name]
    if "time" not in found or ("host" not in found and "url" not in found):
        return None
    return CsvColumns.model_validate(found)


def load_csv_columns(path: str | Path) -> CsvColumns:
    """Load a column-mapping YAML file; every problem names the file and line."""
    docs = load_yaml_documents(path, error_cls=InputError)
    if len(docs) != 1 or not isinstance(docs[0].data, dict):
        raise InputError("a CSV column mapping must be one mapping (time:, host:, ...)", path=str(path))
    try:
        return CsvColumns.model_validate(docs[0].data)
    except ValidationError as exc:
        raise InputError("invalid CSV column mapping", problems=validation_problems(exc, docs[0])) from None
