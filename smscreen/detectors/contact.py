"""The ``pupil-contact`` detector: a personal account interacting with a pupil, or an ex-pupil under 18.

Interaction (``evidence["how"]``):

``mention``     the pupil's ``@handle`` in the text (span: the handle)
``reply``       ``post.in_reply_to`` is the pupil's handle (whole post)
``tagged``      ``post.mentions`` holds the pupil's handle but the text does not (whole post)
``connection``  ``post.connections`` (friends / follows) holds the pupil's handle (whole post)

Who counts (``evidence["status"]``): a current pupil (``pupil``), or a former pupil under 18 on the post's date
(``ex-pupil-under-18``; age from ``date_of_birth`` at ``created_at``, or today's date for an undated post).
A former pupil of 18 or over is fine. A former pupil with no date of birth is reported with confidence 0.5
(``ex-pupil-age-unknown``) so a person checks.

A declared family link (``family_links.csv``) between ``post.author_id`` and the pupil exempts the contact.
Only personal accounts are screened (option ``account_kinds``, default ``[personal]``); a pupil's own account
(author is a pupil) is not staff contact. Options: ``statuses`` (default all three), ``how`` (default all four).

Permissions to *name* a pupil do not permit contact: rules using this detector set ``ignore_permissions``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, ClassVar, Final

from smscreen.detectors.base import Hit, PostContext, Triggers, register_detector, require_profile, tag_pattern
from smscreen.detectors.names import HANDLE_RE, known_handle
from smscreen.detectors.roster import subject_of
from smscreen.models import Subject
from smscreen.profile.model import Person, SchoolProfile, normalise_handle

__all__ = ["ContactDetector", "contact_status"]

STATUSES: Final = ("pupil", "ex-pupil-under-18", "ex-pupil-age-unknown")
HOW: Final = ("mention", "reply", "tagged", "connection")
_HOW_LABEL: Final = {
    "mention": "mentions",
    "reply": "replies to",
    "tagged": "tags",
    "connection": "is connected with",
}


def contact_status(person: Person, on: date) -> str | None:
    """Why contact with ``person`` on ``on`` is a concern, or None when it is not."""
    if person.role == "pupil":
        return "pupil"
    if person.role != "former-pupil":
        return None
    age = person.age_on(on)
    if age is None:
        return "ex-pupil-age-unknown"
    return "ex-pupil-under-18" if age < 18 else None


def _list(options: Mapping[str, Any], key: str, allowed: tuple[str, ...], default: Iterable[str]) -> frozenset[str]:
    value = options.get(key, list(default))
    items = [value] if isinstance(value, str) else list(value)
    bad = set(items) - set(allowed)
    if bad:
        raise ValueError(f"option {key}: unknown {sorted(bad)}; allowed: {', '.join(allowed)}")
    return frozenset(items)


@register_detector("pupil-contact")
class ContactDetector:
    """Staff interaction with pupils and under-18 ex-pupils (see the module docstring)."""

    name: ClassVar[str]
    requires_profile: ClassVar[bool] = True

    def __init__(self, *, options: Mapping[str, Any], profile: SchoolProfile | None) -> None:
        profile = require_profile("pupil-contact", profile, options, ("statuses", "how", "account_kinds"))
        self.statuses = _list(options, "statuses", STATUSES, STATUSES)
        self.how = _list(options, "how", HOW, HOW)
        self.account_kinds = _list(options, "account_kinds", ("personal", "official"), ("personal",))
        self.profile = profile
        # Handles of everyone who could ever be a concern; the per-post work is dictionary look-ups.
        self._pupils: dict[str, Person] = {
            normalise_handle(h): p for p in profile.people if p.is_pupil for h in p.handles
        }
        # Replies, tags and connections are metadata; a text mention needs a pupil's handle written with "@".
        mentions = tag_pattern("@", self._pupils) if "mention" in self.how else None
        self.triggers = Triggers(
            at_patterns=(mentions,) if mentions is not None else (),
            fields=frozenset({"in_reply_to", "mentions", "connections"}),
        )
        # One Subject per pupil, made at the first finding (a pydantic model costs more than the rest of a hit).
        self._subjects: dict[str, Subject] = {}

    def find(self, ctx: PostContext) -> list[Hit]:
        post = ctx.post
        if not self._pupils or post.account.kind not in self.account_kinds:
            return []
        author = post.author_id
        if author is not None:
            me = self.profile.person_by_id.get(author)
            if me is not None and me.is_pupil:
                return []
        found: dict[str, tuple[Person, str, int | None, int | None]] = {}  # pupil id -> first evidence

        def consider(handle: str, how: str, start: int | None = None, end: int | None = None) -> None:
            if how not in self.how:
                return
            person = self._pupils.get(normalise_handle(handle))
            if person is None:
                return
            key = f"{person.id}:{start}" if start is not None else person.id
            if key in found or (start is None and any(k.startswith(person.id + ":") for k in found)):
                return  # one finding per pupil per place; a text mention already covers the tag
            found[key] = (person, how, start, end)

        text_handles: set[str] = set()
        if "@" in ctx.text:
            for m in HANDLE_RE.finditer(ctx.text):
                body, stop = known_handle(m, self._pupils) or (m.group(1), m.end())
                text_handles.add(normalise_handle(body))
                consider(body, "mention", m.start(), stop)
        if post.in_reply_to:
            consider(post.in_reply_to, "reply")
        for handle in post.mentions:
            if normalise_handle(handle) not in text_handles:
                consider(handle, "tagged")
        for handle in post.connections:
            consider(handle, "connection")

        if not found:
            return []
        on = ctx.on_date or date.today()
        hits: list[Hit] = []
        for person, how, start, end in found.values():
            status = contact_status(person, on)
            if status is None or status not in self.statuses:
                continue
            if author is not None and self.profile.has_family_link(author, person.id):
                continue  # declared to the principal (g-family-links)
            who = "a pupil" if status == "pupil" else "a former pupil under 18"
            if status == "ex-pupil-age-unknown":
                who = "a former pupil whose age is not recorded"
            hits.append(
                Hit(
                    start,
                    end,
                    label=f"{_HOW_LABEL[how]} {who} ({person.display_name})",
                    confidence=0.5 if status == "ex-pupil-age-unknown" else 1.0,
                    subject=self._subject(person),
                    evidence={"how": how, "status": status},
                )
            )
        return hits

    def _subject(self, person: Person) -> Subject:
        subject = self._subjects.get(person.id)
        if subject is None:
            subject = self._subjects.setdefault(person.id, subject_of(person))
        return subject
