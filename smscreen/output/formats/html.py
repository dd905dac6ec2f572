"""``html``: one self-contained HTML page for the principal, HR or DSL who reads a scan after a concern.

What the page holds:

- a header (posts screened, where from, when, which rules), counts by verdict, findings by severity,
  category and policy clause as inline SVG bar charts, and a table of findings by rule;
- every post with verdict ``review`` or ``block``: its text with each finding's span in ``<mark>``, the
  findings beside it (rule, category, clause, severity, confidence, subject) and where it came from;
- every post that could not be screened, with its error.

Choices a reader (or a maintainer) may need to know:

- Posts with verdict ``allow`` are counted, never listed: the page is for a concern, not an archive, and
  a report that copies every post would spread personal data and grow with the archive. Only flagged
  posts are kept in memory, and a very long flagged text is kept as excerpts around its findings.
- Findings in allowed posts (low or info severity) are still counted in the charts and the rule table;
  the page says so. A post that could not be screened is counted as such, never as allowed.
- Overlapping spans: the text is cut at every finding boundary and each piece is one ``<mark>`` with the
  classes of every finding covering it (``cat-*``, ``sev-*``; ``multi`` when more than one), so nothing
  is nested and the strongest severity colour wins in CSS. A superscript number after a span's last
  piece names the finding it belongs to, as a footnote would (readable on paper and without JavaScript).
- Nothing is loaded from anywhere: no external CSS, JavaScript, fonts or images, and a
  Content-Security-Policy ``default-src 'none'`` so a browser refuses any load that slips in. The charts
  are SVG written here. Filters by category and severity are a few lines of inline script; with
  scripting off the filter panel stays hidden and every flagged post is shown.
- All user text (posts, messages, ids, paths, errors) is HTML-escaped by Jinja2's autoescape (the
  highlighted text is built with the same ``markupsafe.escape``). Characters that would hide or
  reorder what a reader sees (control characters, bidirectional overrides, line/paragraph separators,
  a lone ``\\r``) and lone surrogates (not encodable as UTF-8) are shown as a visible ``U+XXXX`` token.
  A ``\\r\\n`` is one line break, as in the other formats' line and column.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any, NamedTuple, TextIO

from jinja2 import Environment, StrictUndefined, Template
from markupsafe import Markup, escape

from smscreen.models import Category, Clause, Finding, Severity, Verdict
from smscreen.output.base import Report, RuleInfo, display_path, finding_span
from smscreen.output.positions import LineIndex
from smscreen.output.registry import register_format

__all__ = [
    "CATEGORY_TEXT",
    "CLAUSE_TEXT",
    "CONTENT_SECURITY_POLICY",
    "EXCERPT_CONTEXT",
    "LONG_TEXT",
    "Label",
    "highlight",
    "html_report",
    "visible",
    "write_html",
]

CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

# A flagged text longer than this (code points) is shown as excerpts of EXCERPT_CONTEXT characters either
# side of each finding: a pasted essay or a binary mistaken for a post must not make the page unreadable
# (or hold megabytes in memory until the counts are known).
LONG_TEXT = 10_000
EXCERPT_CONTEXT = 400

# Paths listed in the header; a `check` over thousands of files names the rest only as a number.
_MAX_PATHS_SHOWN = 20
_TEMPLATE = "report.html.j2"
_FALLBACK_VERSION = "0.1.0"

# Plain-English meaning of each category and clause (SPEC §2, §3), so a reader need not know the ids.
CATEGORY_TEXT: Mapping[Category, str] = {
    Category.PUPIL_REFERENCE: "names or points at an identifiable pupil or former pupil",
    Category.STAFF_REFERENCE: "names a member of staff or a governor",
    Category.PARENT_REFERENCE: "names a parent or carer",
    Category.EVENT_REFERENCE: "refers to a school activity or event with no recorded permission",
    Category.SELF_IDENTIFICATION: "the author presents as an employee or representative of the school",
    Category.MISSING_DISCLAIMER: "discusses work without making clear the views are the author's own",
    Category.PERSONAL_DATA: "an identifier, contact detail, date of birth, or health/SEN data of a person",
    Category.IDENTIFYING_DETAIL: "details that together single out an individual",
    Category.ABUSE: "abusive, insulting, harassing, threatening or bullying language",
    Category.HATE: "hateful or discriminatory content about a protected characteristic",
    Category.DEFAMATION: "an allegation that may damage the reputation of an identifiable person or body",
    Category.SEXUAL: "sexual content",
    Category.ILLEGAL: "illegal activity (drugs, weapons, violence, fraud)",
    Category.COPYRIGHT: "likely breach of copyright",
    Category.REPUTATION: "content likely to embarrass the school",
    Category.PUPIL_CONTACT: "interaction with a pupil, or an ex-pupil under 18",
    Category.UNAPPROVED_ACCOUNT: "publishing through a school-service account with no recorded approval",
}

CLAUSE_TEXT: Mapping[Clause, str] = {
    Clause.DIRECTED_HOURS: "social media on premises only where allowed; must not interfere with duties",
    Clause.SCHOOL_SERVICE_APPROVAL: "school-service social networking approved by the principal or SLT",
    Clause.TOU_LEGAL_RISK: "no content risking defamation, discrimination, copyright or data-protection claims",
    Clause.TOU_ABUSIVE_HATEFUL: "must not be used in an abusive or hateful manner",
    Clause.TOU_CONDUCT: "no breach of school codes of conduct or staff policies",
    Clause.TOU_MISCONDUCT_BULLYING: "no breach of misconduct, equal opportunities, bullying and harassment policies",
    Clause.TOU_PUPIL_FRIENDS: "no pupil, or former pupil under 18, as a friend",
    Clause.TOU_SELF_IDENTIFICATION: "employees should not identify themselves as representing the school",
    Clause.TOU_REFERENCES: "no reference to staff, pupils, parents or school events without permission",
    Clause.TOU_REPUTATION: "out-of-work activity that embarrasses the employer or harms its reputation",
    Clause.G_NO_PUPIL_INTERACTION: "no interaction with any pupil on social media",
    Clause.G_NO_EX_PUPIL_UNDER_18: "no interaction with an ex-pupil under 18",
    Clause.G_FAMILY_LINKS: "legitimate family links are declared to the principal",
    Clause.G_PERSONAL_VIEWS: "staff discussing their work make clear the views are their own",
    Clause.G_IDENTIFIABLE_DETAILS: "no details that make it possible to identify individuals",
    Clause.CHILD_PROTECTION: "a disclosure is recorded in line with the child protection policy",
    Clause.MONITORING: "ICT monitoring, reports, special-category data and retention",
}

_SEVERITIES_WORST_FIRST = sorted(Severity, key=lambda s: s.rank, reverse=True)

# Characters that would hide or reorder what a reader sees, or cannot be encoded: C0 controls except tab
# and line feed (a "\r" left here is a lone one: it is no line break in our line/column rules), DEL, C1,
# line/paragraph separators, bidirectional embeddings/overrides/isolates ("Trojan Source"), a BOM and lone
# surrogates (a truncated emoji from a real archive; writing one to a UTF-8 stream would raise).
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _token(char: str) -> str:
    code = ord(char)
    name = unicodedata.name(char, "")
    if not name:
        name = "broken character (lone surrogate)" if 0xD800 <= code <= 0xDFFF else "control character"
    label = f"U+{code:04X}"
    return f'<span class="ctl" title="{label} {escape(name)}">{label}</span>'


def visible(value: object) -> Markup:
    """``value`` as escaped HTML with every character of :data:`_UNSAFE` shown as a ``U+XXXX`` token."""
    text = str(value).replace("\r\n", "\n")
    out: list[str] = []
    last = 0
    for match in _UNSAFE.finditer(text):
        out.append(str(escape(text[last : match.start()])))
        out.append(_token(match.group()))
        last = match.end()
    out.append(str(escape(text[last:])))
    return Markup("".join(out))


# --- the highlighted text ---------------------------------------------------------------------------


def _windows(length: int, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of a text of ``length`` that are shown: all of it, or merged excerpts around ``spans``."""
    if length <= LONG_TEXT:
        return [(0, length)]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        lo, hi = max(0, start - EXCERPT_CONTEXT), min(length, end + EXCERPT_CONTEXT)
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    # A long post flagged only as a whole still shows its opening.
    return merged or [(0, min(length, 2 * EXCERPT_CONTEXT))]


def _gap(count: int) -> str:
    return f'<span class="gap">[… {count:,} character{"" if count == 1 else "s"} not shown …]</span>'


class Label(NamedTuple):
    """How a finding's mark looks: CSS classes (space-separated) and a few words for its tooltip."""

    classes: str
    title: str


def highlight(text: str, spans: Mapping[int, tuple[int, int]], labels: Mapping[int, Label] | None = None) -> Markup:
    """``text`` as HTML with ``<mark>`` over every span; ``spans`` maps a finding's number to ``(start, end)``.

    The text is cut at every span boundary; each piece covered by findings becomes one ``<mark>`` whose
    ``data-f`` lists their numbers, whose classes are those of ``labels[n]`` for each, plus ``multi`` when
    more than one finding covers it, and whose tooltip names each. A ``<sup class="ref">`` after the last
    piece of a span names the findings ending there. Empty spans are not marked (nothing to show).
    """
    labels = labels or {}
    usable = {n: se for n, se in spans.items() if se[0] < se[1]}
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for n, (start, end) in usable.items():
        starts.setdefault(start, []).append(n)
        ends.setdefault(end, []).append(n)

    out: list[str] = []
    active: set[int] = set()
    shown_to = 0
    for lo, hi in _windows(len(text), usable.values()):
        if lo > shown_to:
            out.append(_gap(lo - shown_to))
        # A span that began before this excerpt is still open at its first character.
        active = {n for n, (s, e) in usable.items() if s < lo < e}
        cuts = sorted({lo, hi, *(p for p in starts if lo < p < hi), *(p for p in ends if lo < p < hi)})
        for a, b in pairwise(cuts):
            for n in ends.get(a, ()):
                active.discard(n)
            active.update(starts.get(a, ()))
            piece = text[a:b]
            if piece.endswith("\r") and text[b : b + 1] == "\n":
                # "\r" then a boundary then "\n": one line break, as LineIndex counts it, not two.
                piece = piece[:-1]
            html = str(visible(piece))
            if active:
                numbers = sorted(active)
                classes = ["hl"]
                titles: list[str] = []
                for n in numbers:
                    label = labels.get(n, Label("", ""))
                    classes.extend(c for c in label.classes.split() if c not in classes)
                    titles.append(f"{n}: {label.title}" if label.title else str(n))
                if len(numbers) > 1:
                    classes.append("multi")
                out.append(
                    f'<mark class="{escape(" ".join(classes))}" data-f="{" ".join(map(str, numbers))}"'
                    f' title="finding {escape("; ".join(titles))}">{html}</mark>'
                )
            else:
                out.append(html)
            closing = sorted(ends.get(b, ()))
            if closing:
                refs = ",".join(str(n) for n in closing)
                out.append(f'<sup class="ref" data-f="{" ".join(map(str, closing))}">{refs}</sup>')
        shown_to = hi
    if shown_to < len(text):
        out.append(_gap(len(text) - shown_to))
    return Markup("".join(out))


# --- what the template reads ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _FindingView:
    number: int
    finding: Finding
    where: str  # "whole post", or "line 2, col 11 (characters 14–24)"
    rule_title: str


@dataclass(frozen=True, slots=True)
class _PostView:
    number: int  # position in the input, 1-based: the page's anchor, never the user's id
    id: str | None
    path: str
    source: str | None
    verdict: Verdict
    error: str | None
    text: Markup | None
    findings: tuple[_FindingView, ...]


@dataclass(frozen=True, slots=True)
class _Bar:
    label: str
    count: int
    css: str
    meaning: str


@dataclass(slots=True)
class _Tally:
    """Everything counted while reading the reports; only flagged posts are kept."""

    posts: int = 0
    findings: int = 0
    allowed_findings: int = 0
    errors: int = 0
    failed_allowed: int = 0  # posts with an error and verdict allow
    by_verdict: Counter[Verdict] = field(default_factory=Counter)
    by_category: Counter[Category] = field(default_factory=Counter)
    by_clause: Counter[Clause] = field(default_factory=Counter)
    by_severity: Counter[Severity] = field(default_factory=Counter)
    # Per rule id: (category, clause, severity) of its first finding, and how many findings it made.
    by_rule: dict[str, tuple[Finding, int]] = field(default_factory=dict)
    paths: dict[str, int] = field(default_factory=dict)
    flagged: list[_PostView] = field(default_factory=list)
    failed: list[_PostView] = field(default_factory=list)


def _order(item: tuple[Finding, tuple[int, int] | None]) -> tuple[int, int, int]:
    # As in the text format: whole-post findings first, then by position.
    span = item[1]
    return (0, 0, 0) if span is None else (1, span[0], span[1])


def _post_view(number: int, report: Report, rules: Mapping[str, RuleInfo]) -> _PostView:
    result, text = report.result, report.text
    index = LineIndex(text) if text is not None else None
    placed = sorted(((f, finding_span(f, text)) for f in result.findings), key=_order)
    views: list[_FindingView] = []
    spans: dict[int, tuple[int, int]] = {}
    labels: dict[int, Label] = {}
    for n, (f, span) in enumerate(placed, start=1):
        if span is None or index is None:
            where = "whole post" if f.start is None else "position not in the text"
        else:
            pos = index.position(span[0])
            where = f"line {pos.line}, col {pos.column} (characters {span[0]}–{span[1]})"
            spans[n] = span
            labels[n] = Label(
                f"cat-{f.category.value} sev-{f.severity.value}", f"{f.category.value} ({f.severity.value})"
            )
        info = rules.get(f.rule)
        views.append(_FindingView(n, f, where, info.title if info is not None else ""))
    return _PostView(
        number=number,
        id=result.id,
        path=display_path(report.path),
        source=result.source,
        verdict=result.verdict,
        error=result.error,
        text=highlight(text, spans, labels) if text is not None else None,
        findings=tuple(views),
    )


def _tally(reports: Iterable[Report], rules: Mapping[str, RuleInfo]) -> _Tally:
    tally = _Tally()
    for report in reports:
        result = report.result
        tally.posts += 1
        tally.by_verdict[result.verdict] += 1
        tally.findings += len(result.findings)
        path = display_path(report.path)
        tally.paths[path] = tally.paths.get(path, 0) + 1
        for f in result.findings:
            tally.by_category[f.category] += 1
            tally.by_clause[f.clause] += 1
            tally.by_severity[f.severity] += 1
            first, count = tally.by_rule.get(f.rule, (f, 0))
            tally.by_rule[f.rule] = (first, count + 1)
        flagged = result.verdict is not Verdict.ALLOW
        if not flagged:
            tally.allowed_findings += len(result.findings)
        if result.error is not None:
            tally.errors += 1
            tally.failed_allowed += not flagged
        if flagged or result.error is not None:
            view = _post_view(tally.posts, report, rules)
            if flagged:
                tally.flagged.append(view)
            if result.error is not None:
                tally.failed.append(view)
    # Worst first (block, then review); input order within a verdict (the sort is stable).
    tally.flagged.sort(key=lambda v: -v.verdict.rank)
    return tally


def _bars_by_severity(counts: Counter[Severity]) -> list[_Bar]:
    return [_Bar(s.value, counts[s], f"sev-{s.value}", "") for s in _SEVERITIES_WORST_FIRST]


def _bars(counts: Counter[Any], texts: Mapping[Any, str], css: str) -> list[_Bar]:
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].value))
    return [_Bar(key.value, count, css, texts[key]) for key, count in ranked if count]


@dataclass(frozen=True, slots=True)
class _RuleRow:
    id: str
    title: str
    category: str
    clause: str
    severity: str
    count: int


def _rule_rows(tally: _Tally, rules: Mapping[str, RuleInfo]) -> list[_RuleRow]:
    """One row per rule that fired, most findings first: for an audit, which checks drove the counts."""
    rows = []
    for rule_id, (first, count) in tally.by_rule.items():
        info = rules.get(rule_id)
        # The ruleset's own metadata when given; else what the rule's first finding said (the severity of
        # a finding may be adjusted, so it is the rule's default only when the ruleset says so).
        rows.append(
            _RuleRow(
                id=rule_id,
                title=info.title if info is not None else "",
                category=(info.category if info is not None else first.category).value,
                clause=(info.clause if info is not None else first.clause).value,
                severity=(info.severity if info is not None else first.severity).value,
                count=count,
            )
        )
    return sorted(rows, key=lambda r: (-r.count, r.id))


def _rule_groups(rules: Mapping[str, RuleInfo]) -> list[str]:
    # RuleInfo has no ruleset name today; use one if a later version carries it, else the rule-id prefixes.
    names = {str(getattr(info, "ruleset", "") or "") for info in rules.values()} - {""}
    if names:
        return sorted(names)
    return sorted({rule_id.split(".", 1)[0] for rule_id in rules})


def _tool_version() -> str:
    # Imported here, not at module level: smscreen/__init__ may itself import smscreen.output.
    import smscreen

    version = getattr(smscreen, "__version__", None)
    return version if isinstance(version, str) and version else _FALLBACK_VERSION


@cache
def _template() -> Template:
    env = Environment(autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["visible"] = visible
    source = resources.files("smscreen.output").joinpath("templates", _TEMPLATE).read_text(encoding="utf-8")
    return env.from_string(source)


def html_report(
    reports: Iterable[Report],
    *,
    rules: Mapping[str, RuleInfo] | None = None,
    generated_at: datetime | None = None,
) -> Iterator[str]:
    """The page, in chunks. Every report is read (and counted) before the first chunk is produced."""
    rules = rules or {}
    tally = _tally(reports, rules)
    when = (generated_at or datetime.now(UTC)).astimezone()
    categories = sorted(tally.by_category, key=lambda c: list(Category).index(c))
    context = {
        # Our own constant, written as is: escaped quotes would be decoded alike, but read less plainly.
        "csp": Markup(CONTENT_SECURITY_POLICY),
        "version": _tool_version(),
        "generated": when.strftime("%Y-%m-%d %H:%M %Z").strip(),
        "generated_iso": when.isoformat(timespec="seconds"),
        "t": tally,
        "paths": list(tally.paths.items())[:_MAX_PATHS_SHOWN],
        "more_paths": max(0, len(tally.paths) - _MAX_PATHS_SHOWN),
        "rule_count": len(rules),
        "rule_groups": _rule_groups(rules),
        "verdicts": {v.value: tally.by_verdict[v] for v in Verdict},
        # A post that could not be screened is not "allowed", whatever its (default) verdict says.
        "allowed": tally.by_verdict[Verdict.ALLOW] - tally.failed_allowed,
        "severity_bars": _bars_by_severity(tally.by_severity),
        "category_bars": _bars(tally.by_category, CATEGORY_TEXT, "bar-cat"),
        "clause_bars": _bars(tally.by_clause, CLAUSE_TEXT, "bar-clause"),
        "rule_rows": _rule_rows(tally, rules),
        "filter_categories": [(c.value, tally.by_category[c], CATEGORY_TEXT[c]) for c in categories],
        "filter_severities": [(s.value, tally.by_severity[s]) for s in _SEVERITIES_WORST_FIRST if tally.by_severity[s]],
        "category_text": {c.value: t for c, t in CATEGORY_TEXT.items()},
        "clause_text": {c.value: t for c, t in CLAUSE_TEXT.items()},
    }
    for chunk in _template().generate(**context):
        # Belt and braces: a lone surrogate from any field would make the UTF-8 stream raise mid-report.
        yield _SURROGATE.sub("\ufffd", chunk)


@register_format(
    "html",
    description="a self-contained HTML report for the principal: counts, charts, flagged posts highlighted",
    extension=".html",
    streaming=False,
)
def write_html(
    reports: Iterable[Report],
    stream: TextIO,
    /,
    *,
    rules: Mapping[str, RuleInfo] | None = None,
) -> None:
    stream.writelines(html_report(reports, rules=rules))
