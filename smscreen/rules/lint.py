"""Warnings about rulesets that load but are probably not what their author meant."""

from __future__ import annotations

from datetime import date

from smscreen.errors import Problem
from smscreen.models import Clause
from smscreen.rules.loader import Ruleset
from smscreen.rules.schema import FuzzyMatcher, RegexMatcher

__all__ = ["lint_ruleset"]


def lint_ruleset(ruleset: Ruleset, *, today: date | None = None) -> list[Problem]:
    today = today or date.today()
    warnings: list[Problem] = []
    for rule in ruleset.rules.values():
        spec = rule.spec
        used = set(rule.condition.names()) | {rule.span}
        for name in rule.matchers:
            if name not in used:
                warnings.append(Problem(f"rule {rule.id}: matcher {name!r} is not used by the condition",
                                        rule.path, rule.line))
        if not spec.tests.fire or not spec.tests.pass_:
            missing = " and ".join(k for k, v in (("fire", spec.tests.fire), ("pass", spec.tests.pass_)) if not v)
            warnings.append(Problem(f"rule {rule.id}: no {missing} tests", rule.path, rule.line))
        span = rule.matchers[rule.span]
        if isinstance(span, RegexMatcher) and span.triggers is None:
            warnings.append(Problem(
                f"rule {rule.id}: regex matcher {rule.span!r} declares no triggers, so every post takes the slow path",
                rule.path, rule.line))
        if isinstance(span, FuzzyMatcher):
            warnings.append(Problem(
                f"rule {rule.id}: a fuzzy matcher as the span only fires in posts another rule made a candidate",
                rule.path, rule.line))
    if ruleset.clauses:
        coverage = ruleset.coverage()
        for clause in Clause:
            if clause not in ruleset.clauses:
                warnings.append(Problem(f"clause {clause.value} is missing from the clauses map", ruleset.path))
            elif not coverage[clause] and clause.value not in ruleset.notes:
                warnings.append(Problem(f"clause {clause.value} has no rule and no note saying why", ruleset.path))
    for entry in ruleset.allow:
        if entry.expires < today:
            warnings.append(Problem(f"allow entry {entry.term!r} expired on {entry.expires}", ruleset.path))
        for rule_id in entry.rules:
            if rule_id not in ruleset.rules:
                warnings.append(Problem(f"allow entry {entry.term!r} names unknown rule {rule_id!r}", ruleset.path))
    return warnings
