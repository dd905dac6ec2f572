"""The event detector: events.csv names and generic activities, tied to the school."""

from __future__ import annotations

from typing import Any

import pytest

from smscreen.detectors.events import EventDetector
from tests.detectors.test_roster import ctx, profile


def found(text: str, options: dict[str, Any] | None = None, **meta: Any) -> list[tuple[str, str | None, str]]:
    det = EventDetector(options=options or {}, profile=profile())
    return [
        (text[h.start : h.end] if h.start is not None else "", h.subject.id if h.subject else None,
         h.evidence["tie"])
        for h in det.find(ctx(text, **meta))
    ]


@pytest.mark.parametrize(
    ("text", "meta", "expected"),
    [
        ("Our nativity was wonderful", {}, [("nativity", "E001", "our")]),
        ("The nativity at HGA was magical", {}, [("nativity", "E001", "school")]),
        ("Year 6 Residential next week", {}, [("Year 6 Residential", "E003", "our")]),
        ("Sports day at HGA tomorrow", {}, [("Sports day", "E002", "school")]),  # approved: the engine drops it
        ("Robinwood trip packing done", {"created_at": "2026-03-01T10:00:00Z"}, [("Robinwood trip", "E003", "date")]),
        ("Nativity rehearsals again", {"created_at": "2025-09-01T10:00:00Z"}, [("Nativity", "E001", "work")]),
        ("Our school disco was chaos", {}, [("school disco", None, "our")]),
        ("Parents' evening with my class", {}, [("Parents' evening", None, "pupils")]),
        ("Year 4 swimming gala today", {}, [("swimming gala", None, "our")]),
    ],
)
def test_events_found(text: str, meta: dict[str, Any], expected: list[tuple[str, str | None, str]]) -> None:
    assert found(text, **meta) == expected


@pytest.mark.parametrize(
    ("text", "meta"),
    [
        ("Sports day tomorrow, fingers crossed", {}),
        ("I love the nativity story", {"created_at": "2025-09-20T10:00:00Z"}),
        ("Robinwood trip packing done", {"created_at": "2025-09-20T10:00:00Z"}),
        ("My son's school disco was loud", {}),
        ("Watching the panto with the family", {}),
    ],
)
def test_not_tied_to_the_school(text: str, meta: dict[str, Any]) -> None:
    assert found(text, **meta) == []


def test_sources_option() -> None:
    assert found("Our nativity and our school disco", {"sources": ["generic"]}) == [("school disco", None, "our")]
    assert found("Our nativity and our school disco", {"sources": "profile"}) == [("nativity", "E001", "our")]
    with pytest.raises(ValueError):
        EventDetector(options={"sources": ["calendar"]}, profile=profile())
