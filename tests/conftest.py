from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEMO_SCHOOL = ROOT / "corpora" / "hollins-green"
MINI_RULESET = ROOT / "tests" / "fixtures" / "rulesets" / "mini" / "mini.yaml"


@pytest.fixture(scope="session")
def mini_screener():  # type: ignore[no-untyped-def]
    import smscreen

    return smscreen.Screener(ruleset=MINI_RULESET)
