"""Evaluate compiled rules on one post: conditions, proximity, exceptions, permissions, allow-list."""

from __future__ import annotations

import bisect
import functools
import string
from datetime import date
from typing import Any

import regex

from smscreen.detectors.base import Hit, PostContext
from smscreen.engine.compiled import CompiledRule, CompiledRuleset
from smscreen.engine.matchers import PostState, RegexTimeoutError, post_word_list, post_words
from smscreen.errors import ScreeningError
from smscreen.models import Finding, Subject
from smscreen.rules.schema import Proximity

__all__ = ["evaluate_rules", "post_word_list", "post_words"]

_GAP_WORD = regex.compile(r"\w+")


def _hits(engine: CompiledRuleset, state: PostState, index: int) -> list[Hit]:
    """Hits of one matcher on this post, computed at most once, skipped when its triggers are absent."""
    cached = state.cache.get(index)
    if cached is not None:
        return cached
    hits: list[Hit] = []
    opened = index in state.open_matchers
    if opened or (state.ctx.findings and index in engine.reads_findings):
        matcher = engine.matchers[index]
        ctx = state.ctx
        if index in engine.reads_findings:
            ctx.triggered = opened  # see PostContext.triggered
        try:
            hits = matcher.find(state)
        except (RegexTimeoutError, ScreeningError) as exc:
            # One matcher giving up (a time limit) must not cost the post its other findings.
            state.warnings.append(str(exc))
        finally:
            ctx.triggered = None
    state.cache[index] = hits
    return hits


def _sentence_of(engine: CompiledRuleset, state: PostState, offset: int | None) -> int:
    if offset is None:
        return -1
    if state.sentence_starts is None:
        doc = engine.sentencizer(state.ctx.doc)
        norm = state.ctx.norm
        state.sentence_starts = [norm.to_original(s.start_char, s.start_char)[0] for s in doc.sents]
    return bisect.bisect_right(state.sentence_starts, offset)


def _word_gap(state: PostState, a: Hit, b: Hit) -> int:
    """How many words stand between two hits (0 when they touch or overlap), counted in the normalised
    text, so a spaced-out word ("f u c k i n g") counts as the one word it is."""
    assert a.start is not None and a.end is not None and b.start is not None and b.end is not None
    lo, hi = (a.end, b.start) if a.start <= b.start else (b.end, a.start)
    if hi <= lo:
        return 0
    norm = state.ctx.norm
    n_lo, n_hi = norm.from_original(lo, hi)
    return len(_GAP_WORD.findall(norm.text, n_lo, n_hi))


def _near(
    engine: CompiledRuleset, state: PostState, anchor: Hit, hit: Hit, within: Proximity | None, same_sentence: bool
) -> bool:
    if anchor.start is None or hit.start is None:
        return True  # whole-post hits are near everything
    if within is not None and _word_gap(state, anchor, hit) > within.tokens:
        return False
    return not same_sentence or _sentence_of(engine, state, anchor.start) == _sentence_of(engine, state, hit.start)


class _Fields(dict[str, Any]):
    """Message fields: an unknown field stays as written ("{nope}") rather than raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


_SUBJECT_FIELDS = frozenset({"subject", "subject_role", "subject_name", "form"})


@functools.lru_cache(maxsize=4096)
def _template_fields(template: str) -> frozenset[str] | None:
    """The field names a message template uses (parsed once per template), or None if it does not parse."""
    try:
        return frozenset(name.partition(".")[0].partition("[")[0] for _, name, _, _ in _FORMATTER.parse(template)
                         if name is not None)
    except ValueError:
        return None


_FORMATTER = string.Formatter()


def _message(
    rule: CompiledRule, anchor: Hit, text: str | None, subject: Subject | None, engine: CompiledRuleset
) -> str:
    template = rule.rule.spec.message
    names = _template_fields(template)
    if names is None:
        return template
    if not names:
        return template.format()  # only escaped braces, if any
    fields = _Fields({"match": text or "", "label": anchor.label, **anchor.evidence})
    # The roster look-ups are made only for a template that shows the subject.
    if subject is not None and not _SUBJECT_FIELDS.isdisjoint(names):
        fields["subject"] = subject.id
        fields["subject_role"] = subject.role
        profile = engine.profile
        person = profile.person_by_id.get(subject.id) if profile is not None else None
        if person is not None:
            fields["subject_name"] = person.display_name
            fields["form"] = person.form or (f"Year {person.year_group}" if person.year_group else person.role)
        event = profile.event_by_id.get(subject.id) if profile is not None else None
        if event is not None:
            fields["subject_name"] = event.name
    try:
        return template.format_map(fields)
    except (ValueError, IndexError):
        return template


def _permitted(engine: CompiledRuleset, ctx: PostContext, subject: Subject) -> bool:
    profile = engine.profile
    if profile is None:
        return False
    if subject.role == "event":
        event = profile.event_by_id.get(subject.id)
        if event is not None and event.permitted_on(ctx.on_date):
            return True
    return profile.permitted(subject.id, account_kind=ctx.post.account.kind, on=ctx.on_date) is not None


def _allowed(engine: CompiledRuleset, rule_id: str, text: str | None) -> bool:
    if text is None or not engine.allow:
        return False
    today = date.today()
    folded = engine.normalizer(text).text.strip()
    return any(
        term == folded and expires >= today and (not rules or rule_id in rules)
        for term, expires, rules in engine.allow
    )


def _anchor_fires(
    engine: CompiledRuleset, state: PostState, rule: CompiledRule, anchor: Hit
) -> tuple[bool, dict[str, list[Hit]]]:
    """Does the rule's condition hold around this anchor hit? Also returns the nearby hits per matcher."""
    spec = rule.rule.spec
    near_hits: dict[str, list[Hit]] = {}

    def holds(name: str) -> bool:
        if name == rule.rule.span:
            return True
        found = [
            h
            for h in _hits(engine, state, rule.matchers[name])
            if _near(engine, state, anchor, h, spec.within, spec.same_sentence)
        ]
        near_hits[name] = found
        return bool(found)

    if not rule.rule.condition.evaluate(holds):
        return False, near_hits
    excepted = any(
        _near(engine, state, anchor, h, spec.unless_within, False)
        for index in rule.unless.values()
        for h in _hits(engine, state, index)
    )
    return not excepted, near_hits


def evaluate_rules(engine: CompiledRuleset, state: PostState, *, only: str | None = None) -> list[Finding]:
    """Findings of every active rule (or of rule ``only``), before overlaps are merged."""
    ctx = state.ctx
    post_text = ctx.text
    allow = engine.allow  # usually empty: then no rule's anchor text needs the allow-list's normaliser
    findings: list[Finding] = []
    ctx.findings = findings  # what the rules evaluated last may read (Detector.reads_findings)
    # One rule asked for that reads the others' findings: they are worked out first, and left out of the answer.
    before_only = only is not None and only in engine.late_rules
    for rule in state.rules:
        if only is not None and rule.id != only and not (before_only and rule.id not in engine.late_rules):
            continue
        spec = rule.rule.spec
        # A rule that is its span matcher alone, with no exceptions, fires on every hit of it.
        bare = rule.simple and not rule.unless
        for anchor in _hits(engine, state, rule.span_matcher):
            if bare:
                near_hits: dict[str, list[Hit]] = {}
            else:
                fires, near_hits = _anchor_fires(engine, state, rule, anchor)
                if not fires:
                    continue
            subject = anchor.subject
            if subject is None and near_hits:
                positives = rule.rule.condition.positives()
                subject = next((h.subject for name in positives for h in near_hits.get(name, ()) if h.subject), None)
            if subject is not None and not spec.ignore_permissions and _permitted(engine, ctx, subject):
                continue
            text = post_text[anchor.start : anchor.end] if anchor.start is not None else None
            if allow and _allowed(engine, rule.id, text):
                continue
            # A term's own severity can raise a rule's, never lower it; a school's explicit
            # override of the rule's severity is final.
            severity = rule.rule.severity
            if anchor.severity is not None and not rule.severity_overridden and anchor.severity.rank > severity.rank:
                severity = anchor.severity
            # Validated from a dict: pydantic-core checks these already-typed fields in about half the time that
            # keyword construction or even model_construct() takes.
            findings.append(
                Finding.model_validate({
                    "rule": rule.id,
                    "category": spec.category,
                    "clause": spec.clause,
                    "severity": severity,
                    "start": anchor.start,
                    "end": anchor.end,
                    "text": text,
                    "message": _message(rule, anchor, text, subject, engine),
                    "subject": subject,
                    "confidence": round(min(1.0, spec.confidence * anchor.confidence), 3),
                })
            )
    return [f for f in findings if f.rule == only] if before_only else findings
