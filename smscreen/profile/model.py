"""Typed school profile. Every model a user writes forbids unknown keys."""

from __future__ import annotations

import datetime as dt
import re
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = [
    "DirectedTime",
    "Event",
    "FamilyLink",
    "Monitoring",
    "OfficialAccount",
    "Permission",
    "Person",
    "Role",
    "SchoolInfo",
    "SchoolProfile",
    "SchoolYaml",
]

Role = Literal["pupil", "former-pupil", "staff", "governor", "parent"]
Scope = Literal["personal", "official", "all"]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

_SESSION = re.compile(r"^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$")


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SchoolInfo(_Strict):
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    websites: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    # The school's own published contact details are not personal data (issue 4).
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()


class OfficialAccount(_Strict):
    platform: str
    handle: str
    approved_by: str
    approved_on: date


class DirectedTime(_Strict):
    timezone: str = "Europe/London"
    days: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri")
    sessions: tuple[str, ...] = ("08:30-15:30",)
    term_dates: tuple[tuple[date, date], ...] = ()

    @field_validator("sessions")
    @classmethod
    def _check_sessions(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for session in value:
            if not _SESSION.match(session):
                raise ValueError(f"session {session!r} is not HH:MM-HH:MM")
            start, end = session.split("-")
            if start >= end:
                raise ValueError(f"session {session!r} ends before it starts")
        return value

    @field_validator("timezone")
    @classmethod
    def _check_timezone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value

    @field_validator("term_dates")
    @classmethod
    def _check_terms(cls, value: tuple[tuple[date, date], ...]) -> tuple[tuple[date, date], ...]:
        for start, end in value:
            if end < start:
                raise ValueError(f"term {start}..{end} ends before it starts")
        return value


class Monitoring(_Strict):
    retain_days: int = Field(default=90, ge=1)


class SchoolYaml(_Strict):
    """The document in school.yaml."""

    school: SchoolInfo
    people: str | None = None
    events: str | None = None
    permissions: str | None = None
    family_links: str | None = None
    official_accounts: tuple[OfficialAccount, ...] = ()
    directed_time: DirectedTime = Field(default_factory=DirectedTime)
    monitoring: Monitoring = Field(default_factory=Monitoring)


class Person(_Strict):
    id: str
    role: Role
    first_name: str
    preferred_name: str | None = None
    last_name: str | None = None
    date_of_birth: date | None = None
    year_group: str | None = None
    form: str | None = None
    left_on: date | None = None
    media_consent: bool | None = None
    handles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    usernames: tuple[str, ...] = ()

    @property
    def display_name(self) -> str:
        first = self.preferred_name or self.first_name
        return f"{first} {self.last_name}" if self.last_name else first

    @property
    def is_pupil(self) -> bool:
        return self.role in ("pupil", "former-pupil")

    def age_on(self, day: date) -> int | None:
        if self.date_of_birth is None:
            return None
        dob = self.date_of_birth
        return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


class Event(_Strict):
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    date: dt.date | None = None
    permission: bool = False
    approved_by: str | None = None
    approved_on: dt.date | None = None

    def permitted_on(self, on: dt.date | None) -> bool:
        """Approved, and (when both dates are known) not after the post: the policy asks for *prior* permission."""
        return self.permission and (on is None or self.approved_on is None or self.approved_on <= on)


class Permission(_Strict):
    subject_id: str
    scope: Scope
    approved_by: str | None = None
    approved_on: date | None = None
    expires_on: date | None = None
    note: str | None = None

    def covers(self, account_kind: str, on: date | None) -> bool:
        """Whether it covers this account kind on this date: from ``approved_on`` (prior permission) to
        ``expires_on``, both inclusive. A post without a date is covered by any permission of its scope."""
        if self.scope != "all" and self.scope != account_kind:
            return False
        if on is None:
            return True
        return not (
            (self.expires_on is not None and on > self.expires_on)
            or (self.approved_on is not None and on < self.approved_on)
        )


class FamilyLink(_Strict):
    staff_id: str
    pupil_id: str
    declared_on: date | None = None


class SchoolProfile(BaseModel):
    """A loaded, cross-checked school profile."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    root: Path
    school: SchoolInfo
    people: tuple[Person, ...] = ()
    events: tuple[Event, ...] = ()
    permissions: tuple[Permission, ...] = ()
    family_links: tuple[FamilyLink, ...] = ()
    official_accounts: tuple[OfficialAccount, ...] = ()
    directed_time: DirectedTime = Field(default_factory=DirectedTime)
    monitoring: Monitoring = Field(default_factory=Monitoring)

    @cached_property
    def person_by_id(self) -> dict[str, Person]:
        return {p.id: p for p in self.people}

    @cached_property
    def event_by_id(self) -> dict[str, Event]:
        return {e.id: e for e in self.events}

    @cached_property
    def person_by_handle(self) -> dict[str, Person]:
        return {normalise_handle(h): p for p in self.people for h in p.handles}

    @cached_property
    def person_by_username(self) -> dict[str, Person]:
        return {u.casefold(): p for p in self.people for u in p.usernames}

    @cached_property
    def _permissions_by_subject(self) -> dict[str, tuple[Permission, ...]]:
        out: dict[str, list[Permission]] = {}
        for perm in self.permissions:
            out.setdefault(perm.subject_id, []).append(perm)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def _family_pairs(self) -> frozenset[tuple[str, str]]:
        return frozenset((link.staff_id, link.pupil_id) for link in self.family_links)

    def permitted(self, subject_id: str, *, account_kind: str, on: date | None) -> Permission | None:
        """The permission that covers ``subject_id`` for this account kind on this date, if any."""
        for perm in self._permissions_by_subject.get(subject_id, ()):
            if perm.covers(account_kind, on):
                return perm
        return None

    def has_family_link(self, staff_id: str, pupil_id: str) -> bool:
        return (staff_id, pupil_id) in self._family_pairs

    def is_official_account(self, platform: str | None, handle: str | None) -> bool:
        if handle is None:
            return False
        wanted = normalise_handle(handle)
        return any(
            normalise_handle(acc.handle) == wanted and (platform is None or acc.platform == platform)
            for acc in self.official_accounts
        )


def normalise_handle(handle: str) -> str:
    """Handles compare case-insensitively and with or without the leading ``@``."""
    return handle.strip().lstrip("@").casefold()
