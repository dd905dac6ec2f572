"""Rule evaluation order: rules whose detectors read the other rules' findings."""

from __future__ import annotations

import smscreen
from smscreen.models import Post
from tests.conftest import DEMO_SCHOOL


def test_rules_that_read_findings_run_last_and_see_the_others() -> None:
    """A detector with reads_findings: its rules come after every other rule, and run on a candidate with
    findings even where their own triggers are absent (the disclaimer rule reads the people rules' findings)."""
    screener = smscreen.Screener.from_school(DEMO_SCHOOL, ruleset="uk-school-staff")
    engine = screener._engine
    assert engine.late_rules == {"people.missing-disclaimer"}
    assert engine.active_rules[-1].id == "people.missing-disclaimer"
    # No word of the disclaimer detector's own triggers: only the pupil-reference finding opens it.
    post = Post(text="Mohammed Rahman brought his pet snail in", author_id="S007")
    rules = [f.rule for f in screener.screen(post).findings]
    assert rules.count("people.missing-disclaimer") == 1 and "people.pupil.full-name" in rules
    assert not screener.screen(Post(text="Brought my pet snail in", author_id="S007")).findings
