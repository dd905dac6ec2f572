"""School-service accounts without approval."""

from __future__ import annotations

from typing import Any

import pytest

from smscreen.detectors.accounts import AccountDetector
from smscreen.models import Account
from tests.detectors.test_roster import ctx, profile


def fires(account: dict[str, Any], options: dict[str, Any] | None = None) -> bool:
    det = AccountDetector(options=options or {}, profile=profile())
    hits = det.find(ctx("Welcome back!", account=Account(**account)))
    assert all(h.start is None for h in hits)
    return bool(hits)


@pytest.mark.parametrize(
    ("account", "expected"),
    [
        ({"kind": "official", "platform": "x", "handle": "@HollinsGreenAcad"}, False),
        ({"kind": "official", "platform": "facebook", "handle": "@HollinsGreenAcademy"}, False),
        ({"kind": "official", "platform": "facebook", "handle": "@HollinsGreenAcad"}, True),  # wrong platform
        ({"kind": "official", "platform": "x", "handle": "@HGA_Year6"}, True),
        ({"kind": "official", "platform": "x"}, True),  # no handle to check: reported at 0.5
        ({"kind": "personal", "platform": "x", "handle": "@HGA_Year6"}, True),
        ({"kind": "personal", "platform": "x", "handle": "@HollinsGreenPE"}, True),
        ({"kind": "personal", "platform": "x", "handle": "@helenw_hga"}, False),  # a person's own account
        ({"kind": "personal", "platform": "x", "handle": "@jo_teaches"}, False),
        ({"kind": "personal", "handle": "@y6_news", "bio": "Class page for Year 6 at Hollins Green Academy"}, True),
        ({"kind": "personal", "handle": "@y6_news", "bio": "Class page for my own kids"}, False),
    ],
)
def test_accounts(account: dict[str, Any], expected: bool) -> None:
    assert fires(account) is expected


def test_service_detection_can_be_switched_off() -> None:
    assert fires({"kind": "personal", "handle": "@HGA_Year6"}, {"detect_service": False}) is False
