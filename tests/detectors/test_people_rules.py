"""The inline tests of every people rule pass against the demo school, in both shipped rulesets."""

from __future__ import annotations

import pytest

from smscreen.profile import load_profile
from smscreen.rules.loader import load_ruleset
from smscreen.rules.testing import run_rule_tests
from tests.conftest import DEMO_SCHOOL


@pytest.mark.parametrize("name", ["uk-school-staff", "uk-school-official"])
def test_people_rule_tests(name: str) -> None:
    ruleset = load_ruleset(name)
    outcomes = [
        o for o in run_rule_tests(ruleset, profile=load_profile(DEMO_SCHOOL))
        if o.rule_id.startswith(("people.", "official."))
    ]
    assert outcomes, "no people rules in the ruleset"
    failed = [f"{o.rule_id} {o.kind} {o.text!r}: {o.detail}" for o in outcomes if o.status != "ok"]
    assert not failed, "\n".join(failed)
    assert {o.rule_id.split(".")[0] for o in outcomes} == ({"people"} if name == "uk-school-staff" else {"official"})
