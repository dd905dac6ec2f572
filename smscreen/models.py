"""The data that crosses the package boundary: posts in, findings and results out (SPEC §3, §5).

All are pydantic models and serialise to the JSON the SPEC documents. Inputs a user writes
(``Post``, ``Account``) forbid unknown fields so a typo is an error, not a silent no-op.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = [
    "CATEGORY_CLAUSES",
    "SEVERITY_ORDER",
    "Account",
    "Category",
    "Clause",
    "Finding",
    "Post",
    "Result",
    "Severity",
    "Subject",
    "Verdict",
]


class Severity(enum.StrEnum):
    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return SEVERITY_ORDER[self]


SEVERITY_ORDER: dict[Severity, int] = {s: i for i, s in enumerate(Severity)}


class Verdict(enum.StrEnum):
    ALLOW = "allow"
    REVIEW = "review"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        return list(Verdict).index(self)


class Category(enum.StrEnum):
    """The fixed finding categories of SPEC §3."""

    PUPIL_REFERENCE = "pupil-reference"
    STAFF_REFERENCE = "staff-reference"
    PARENT_REFERENCE = "parent-reference"
    EVENT_REFERENCE = "event-reference"
    SELF_IDENTIFICATION = "self-identification"
    MISSING_DISCLAIMER = "missing-disclaimer"
    PERSONAL_DATA = "personal-data"
    IDENTIFYING_DETAIL = "identifying-detail"
    ABUSE = "abuse"
    HATE = "hate"
    DEFAMATION = "defamation"
    SEXUAL = "sexual"
    ILLEGAL = "illegal"
    COPYRIGHT = "copyright"
    REPUTATION = "reputation"
    PUPIL_CONTACT = "pupil-contact"
    UNAPPROVED_ACCOUNT = "unapproved-account"


class Clause(enum.StrEnum):
    """Stable policy clause ids of SPEC §2."""

    DIRECTED_HOURS = "directed-hours"
    SCHOOL_SERVICE_APPROVAL = "school-service-approval"
    TOU_LEGAL_RISK = "tou-legal-risk"
    TOU_ABUSIVE_HATEFUL = "tou-abusive-hateful"
    TOU_CONDUCT = "tou-conduct"
    TOU_MISCONDUCT_BULLYING = "tou-misconduct-bullying"
    TOU_PUPIL_FRIENDS = "tou-pupil-friends"
    TOU_SELF_IDENTIFICATION = "tou-self-identification"
    TOU_REFERENCES = "tou-references"
    TOU_REPUTATION = "tou-reputation"
    G_NO_PUPIL_INTERACTION = "g-no-pupil-interaction"
    G_NO_EX_PUPIL_UNDER_18 = "g-no-ex-pupil-under-18"
    G_FAMILY_LINKS = "g-family-links"
    G_PERSONAL_VIEWS = "g-personal-views"
    G_IDENTIFIABLE_DETAILS = "g-identifiable-details"
    CHILD_PROTECTION = "child-protection"
    MONITORING = "monitoring"


# SPEC §3: the policy clauses each finding category stands for.
CATEGORY_CLAUSES: dict[Category, tuple[Clause, ...]] = {
    Category.PUPIL_REFERENCE: (Clause.TOU_REFERENCES, Clause.G_IDENTIFIABLE_DETAILS),
    Category.STAFF_REFERENCE: (Clause.TOU_REFERENCES,),
    Category.PARENT_REFERENCE: (Clause.TOU_REFERENCES,),
    Category.EVENT_REFERENCE: (Clause.TOU_REFERENCES,),
    Category.SELF_IDENTIFICATION: (Clause.TOU_SELF_IDENTIFICATION,),
    Category.MISSING_DISCLAIMER: (Clause.G_PERSONAL_VIEWS,),
    Category.PERSONAL_DATA: (Clause.TOU_LEGAL_RISK,),
    Category.IDENTIFYING_DETAIL: (Clause.G_IDENTIFIABLE_DETAILS,),
    Category.ABUSE: (Clause.TOU_ABUSIVE_HATEFUL, Clause.TOU_MISCONDUCT_BULLYING),
    Category.HATE: (Clause.TOU_ABUSIVE_HATEFUL, Clause.TOU_LEGAL_RISK),
    Category.DEFAMATION: (Clause.TOU_LEGAL_RISK,),
    Category.SEXUAL: (Clause.TOU_LEGAL_RISK,),
    Category.ILLEGAL: (Clause.TOU_LEGAL_RISK,),
    Category.COPYRIGHT: (Clause.TOU_LEGAL_RISK,),
    Category.REPUTATION: (Clause.TOU_REPUTATION,),
    Category.PUPIL_CONTACT: (Clause.TOU_PUPIL_FRIENDS, Clause.G_NO_PUPIL_INTERACTION, Clause.G_NO_EX_PUPIL_UNDER_18),
    Category.UNAPPROVED_ACCOUNT: (Clause.SCHOOL_SERVICE_APPROVAL,),
}


class Subject(BaseModel):
    """The known person or event (from the school profile) a finding is about."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    role: str


class Finding(BaseModel):
    """One reason a post breaks the policy, with the exact span of the original text it concerns."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rule: str
    category: Category
    clause: Clause
    severity: Severity
    start: int | None = None
    end: int | None = None
    text: str | None = None
    message: str
    subject: Subject | None = None
    confidence: float = Field(ge=0.0, le=1.0)


class Account(BaseModel):
    """The account a post was (or will be) published from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["personal", "official"] = "personal"
    platform: str | None = None
    handle: str | None = None
    bio: str | None = None


class Post(BaseModel):
    """A text and what is known about where it was published (SPEC §5). Only ``text`` is required."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str | None = None
    text: str
    account: Account = Field(default_factory=Account)
    author_id: str | None = None
    created_at: datetime | None = None
    in_reply_to: str | None = None
    connections: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    is_repost: bool = False
    source: str | None = None  # where a reader found it: "file.jsonl:12", "tweets.js#1234"

    @field_validator("connections", "mentions", mode="before")
    @classmethod
    def _list_to_tuple(cls, value: object) -> object:
        return tuple(value) if isinstance(value, list) else value


class Result(BaseModel):
    """The verdict on one post."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str | None = None
    verdict: Verdict
    findings: tuple[Finding, ...] = ()
    error: str | None = None
    source: str | None = None
