"""Pupil contact: mentions, replies, tags and connections; ages; family links."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from smscreen.detectors.contact import ContactDetector
from smscreen.models import Account, Post
from tests.detectors.test_roster import ctx, profile

NOV = datetime(2025, 11, 20, 18, 0)


def found(text: str, options: dict[str, Any] | None = None, **meta: Any) -> list[tuple[str | None, str, str, str]]:
    det = ContactDetector(options=options or {}, profile=profile())
    return [
        (text[h.start : h.end] if h.start is not None else None, h.subject.id if h.subject else "",
         h.evidence["how"], h.evidence["status"])
        for h in det.find(ctx(text, **meta))
    ]


@pytest.mark.parametrize(
    ("text", "meta", "expected"),
    [
        ("@jakesmith_16 great goal", {}, [("@jakesmith_16", "P0002", "mention", "pupil")]),
        ("thanks", {"in_reply_to": "@JakeSmith_16"}, [(None, "P0002", "reply", "pupil")]),
        ("good luck", {"mentions": ["@harvey_sm"]}, [(None, "P0020", "tagged", "pupil")]),
        ("hi @harvey_sm", {"mentions": ["@harvey_sm"]}, [("@harvey_sm", "P0020", "mention", "pupil")]),
        ("hi", {"connections": ["@someone", "@kdoyle09"], "created_at": NOV},
         [(None, "P0023", "connection", "ex-pupil-under-18")]),
        ("hi", {"in_reply_to": "@elliem_07", "created_at": datetime(2025, 11, 30)},
         [(None, "P0022", "reply", "ex-pupil-under-18")]),
        ("hi", {"in_reply_to": "@elliem_07", "created_at": datetime(2025, 12, 1)}, []),  # 18 that day
        ("hi", {"in_reply_to": "@niamhg", "created_at": NOV}, []),  # an adult ex-pupil
        ("hi", {"in_reply_to": "@gazsmith"}, []),  # a parent
        ("hi", {"in_reply_to": "@billyfb_16", "author_id": "S005"}, []),  # declared family link
        ("hi", {"in_reply_to": "@billyfb_16", "author_id": "S004"}, [(None, "P0006", "reply", "pupil")]),
        ("hi", {"in_reply_to": "@jakesmith_16", "author_id": "P0001"}, []),  # pupils among themselves
        ("hi", {"in_reply_to": "@jakesmith_16", "account": Account(kind="official")}, []),
        ("@jakesmith_17 hi", {}, []),
    ],
)
def test_contact(text: str, meta: dict[str, Any], expected: list[tuple[str | None, str, str, str]]) -> None:
    assert found(text, **meta) == expected


def test_age_unknown_is_reported_with_low_confidence() -> None:
    from smscreen.detectors.base import PostContext
    from smscreen.models import Post
    from smscreen.normalize import Normalizer
    from smscreen.profile.model import Person
    from tests.detectors.test_roster import _nlp

    ghost = Person(id="P9998", role="former-pupil", first_name="Casper", handles=("@casper",))
    prof = profile().model_copy(update={"people": (*profile().people, ghost)})
    det = ContactDetector(options={}, profile=prof)
    post = Post(text="hi", in_reply_to="@casper")
    (hit,) = det.find(PostContext(post=post, norm=Normalizer()("hi"), profile=prof, make_doc=_nlp().make_doc))
    assert hit.confidence == 0.5 and hit.evidence["status"] == "ex-pupil-age-unknown"


def test_options() -> None:
    assert found("hi", {"how": ["mention"]}, in_reply_to="@jakesmith_16") == []
    assert found("hi", {"statuses": ["ex-pupil-under-18"]}, in_reply_to="@jakesmith_16") == []
    with pytest.raises(ValueError):
        ContactDetector(options={"how": ["carrier pigeon"]}, profile=profile())


def test_a_handle_with_dots_is_one_handle() -> None:
    """Instagram handles hold dots: "@jake.smith.16" is Jake's handle, written whole, not "@jake" then text."""
    from smscreen.detectors.base import PostContext
    from smscreen.detectors.roster import RosterDetector
    from smscreen.normalize import Normalizer
    from tests.detectors.test_roster import _nlp

    base = profile()
    people = tuple(
        p.model_copy(update={"handles": ("@jake.smith.16",)}) if p.id == "P0002" else p for p in base.people
    )
    dotted = base.model_copy(update={"people": people})
    contact = ContactDetector(options={}, profile=dotted)
    roster = RosterDetector(options={"roles": ["pupil"], "forms": ["handle"]}, profile=dotted)
    for text, span in [("@jake.smith.16 great goal", "@jake.smith.16"), ("well done @jake.smith.16.", "@jake.smith.16"),
                       ("@jake.smith great goal", None)]:
        c = PostContext(post=Post(text=text), norm=Normalizer()(text), profile=dotted, make_doc=_nlp().make_doc)
        assert [text[h.start : h.end] for h in contact.find(c) if h.start is not None] == ([span] if span else [])
        assert [text[h.start : h.end] for h in roster.find(c) if h.start is not None] == ([span] if span else [])
