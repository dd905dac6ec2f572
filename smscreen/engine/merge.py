"""Merging overlapping findings, and the verdict.

Merge policy (documented in the README):

1. Findings of DIFFERENT categories never merge: a span can be both abuse and a pupil's name.
2. Within one category, findings whose spans overlap (share at least one character) form a group,
   transitively. The group becomes one finding: the most severe member (ties: higher confidence,
   then the longer span, then the rule id) keeps its rule, message and subject; its span grows to
   the union of the group's spans, and ``text`` is re-read from the original.
3. Whole-post findings (no span) of one category merge when they have the same rule and subject.
4. The output is sorted by start offset (whole-post findings first), then category.
"""

from __future__ import annotations

from collections.abc import Iterable

from smscreen.models import Finding, Verdict
from smscreen.rules.schema import Thresholds

__all__ = ["merge_findings", "verdict_for"]


def _rank(f: Finding) -> tuple[int, float, int, str]:
    length = (f.end or 0) - (f.start or 0)
    return (f.severity.rank, f.confidence, length, f.rule)


def merge_findings(findings: Iterable[Finding], text: str) -> list[Finding]:
    if isinstance(findings, list) and len(findings) <= 1:
        # Most candidate posts end with no finding or one: nothing to group, merge or sort.
        return list(findings)
    spanned: dict[str, list[Finding]] = {}
    whole: dict[tuple[str, str, str | None], Finding] = {}
    for f in findings:
        if f.start is None or f.end is None:
            key = (f.category.value, f.rule, f.subject.id if f.subject else None)
            if key not in whole or _rank(f) > _rank(whole[key]):
                whole[key] = f
        else:
            spanned.setdefault(f.category.value, []).append(f)
    out: list[Finding] = list(whole.values())
    for group_list in spanned.values():
        group_list.sort(key=lambda f: (f.start, f.end))
        group: list[Finding] = []
        group_end = -1
        for f in group_list:
            assert f.start is not None and f.end is not None
            if group and f.start < group_end:
                group.append(f)
                group_end = max(group_end, f.end)
                continue
            if group:
                out.append(_merge_group(group, text))
            group, group_end = [f], f.end
        if group:
            out.append(_merge_group(group, text))
    out.sort(key=lambda f: (-1 if f.start is None else f.start, f.category.value, f.rule))
    return out


def _merge_group(group: list[Finding], text: str) -> Finding:
    if len(group) == 1:
        return group[0]
    best = max(group, key=_rank)
    start = min(f.start for f in group if f.start is not None)
    end = max(f.end for f in group if f.end is not None)
    if (start, end) == (best.start, best.end):
        return best
    return best.model_copy(update={"start": start, "end": end, "text": text[start:end]})


def verdict_for(findings: Iterable[Finding], thresholds: Thresholds) -> Verdict:
    if isinstance(findings, (list, tuple)) and not findings:
        return Verdict.ALLOW  # the clean candidate: no generator to run
    worst = max((f.severity.rank for f in findings), default=-1)
    if worst >= thresholds.block.rank:
        return Verdict.BLOCK
    if worst >= thresholds.review.rank:
        return Verdict.REVIEW
    return Verdict.ALLOW


