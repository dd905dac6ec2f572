"""Run the inline ``tests`` of every rule: texts that must fire the rule and texts that must not."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from smscreen.models import Account, Post
from smscreen.profile import SchoolProfile
from smscreen.rules.loader import Ruleset
from smscreen.rules.schema import TestCase
from smscreen.screener import Screener

__all__ = ["RuleTestOutcome", "run_rule_tests"]


@dataclass(frozen=True)
class RuleTestOutcome:
    rule_id: str
    kind: Literal["fire", "pass"]
    text: str
    status: Literal["ok", "failed", "skipped"]
    detail: str = ""
    location: str = ""


def _post(case: TestCase, account_kind: str) -> Post:
    account = Account.model_validate({"kind": account_kind, **(case.account or {})})
    created = datetime.fromisoformat(case.created_at.replace("Z", "+00:00")) if case.created_at else None
    return Post(
        id="test",
        text=case.text,
        account=account,
        author_id=case.author_id,
        created_at=created,
        in_reply_to=case.in_reply_to,
        connections=case.connections,
        mentions=case.mentions,
    )


def run_rule_tests(
    ruleset: Ruleset, *, profile: SchoolProfile | None = None, only: str | None = None
) -> list[RuleTestOutcome]:
    screener = Screener(ruleset=ruleset, profile=profile)
    inactive = screener.inactive_rules
    outcomes: list[RuleTestOutcome] = []
    for rule in ruleset.rules.values():
        if only is not None and rule.id != only:
            continue
        cases: list[tuple[Literal["fire", "pass"], TestCase]] = [
            *(("fire", c) for c in rule.spec.tests.fire),
            *(("pass", c) for c in rule.spec.tests.pass_),
        ]
        for kind, case in cases:
            if rule.id in inactive:
                outcomes.append(RuleTestOutcome(rule.id, kind, case.text, "skipped", inactive[rule.id],
                                                rule.location))
                continue
            findings = screener.rule_findings(_post(case, ruleset.account), rule.id)
            fired = bool(findings)
            ok = fired if kind == "fire" else not fired
            detail = ""
            if not ok:
                detail = (
                    "expected a finding, got none"
                    if kind == "fire"
                    else "expected no finding, got: " + ", ".join(repr(f.text) for f in findings)
                )
            outcomes.append(RuleTestOutcome(rule.id, kind, case.text, "ok" if ok else "failed", detail,
                                            rule.location))
    return outcomes
