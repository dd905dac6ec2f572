"""The html format: a self-contained page with counts, charts and every flagged post highlighted.

Unit tests read the HTML with the standard library's parser; the browser test renders the page in
headless Chromium (Debian's ``chromium`` package) and reads the DOM the browser built, after its script
ran under the page's Content-Security-Policy. That test is skipped where no Chromium is on PATH.
All people in these fixtures are fictional.
"""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
from datetime import UTC, datetime
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smscreen.models import Category, Clause, Finding, Severity, Subject, Verdict
from smscreen.output import FORMATS, Report, RuleInfo, write_reports
from smscreen.output.formats import html as html_format
from smscreen.output.formats.html import (
    CATEGORY_TEXT,
    CLAUSE_TEXT,
    CONTENT_SECURITY_POLICY,
    EXCERPT_CONTEXT,
    LONG_TEXT,
    Label,
    highlight,
    html_report,
)

from .factories import FAMILY, FAMILY_TEXT, RULES, finding, report, span, whole_post

WHEN = datetime(2025, 11, 20, 18, 2, tzinfo=UTC)


def render(*reports: Report, rules: dict[str, RuleInfo] | None = None) -> str:
    return "".join(html_report(reports, rules=rules, generated_at=WHEN))


def abuse(text: str, needle: str, **overrides: Any) -> Finding:
    fields: dict[str, Any] = {
        "rule": "lexicon.abuse",
        "category": Category.ABUSE,
        "clause": Clause.TOU_ABUSIVE_HATEFUL,
        "severity": Severity.CRITICAL,
        "message": "Abusive language",
        "confidence": 0.8,
    }
    fields.update(overrides)
    return span(text, needle, **fields)


class Piece:
    """A run of a post's text as rendered: its characters and the findings (``data-f``) marking it."""

    def __init__(self, text: str, findings: frozenset[int], classes: frozenset[str]) -> None:
        self.text, self.findings, self.classes = text, findings, classes

    def __repr__(self) -> str:
        return f"Piece({self.text!r}, {sorted(self.findings)}, {sorted(self.classes)})"


class TextReader(HTMLParser):
    """Collects the pieces of each ``div.text`` (a post's text); footnote numbers are left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.posts: list[list[Piece]] = []
        self._depth = 0  # >0 while inside a div.text
        self._mark: tuple[frozenset[int], frozenset[str]] | None = None
        self._skip = 0  # >0 while inside a footnote <sup>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        classes = frozenset((a.get("class") or "").split())
        if tag == "div" and "text" in classes:
            self._depth = 1
            self.posts.append([])
        elif self._depth and tag == "div":
            self._depth += 1
        elif self._depth and tag == "mark":
            self._mark = (frozenset(int(n) for n in (a.get("data-f") or "").split()), classes)
        elif self._depth and tag == "sup":
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self._depth:
            self._depth -= 1
        elif tag == "mark":
            self._mark = None
        elif tag == "sup" and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._depth or self._skip:
            return
        found, classes = self._mark or (frozenset(), frozenset())
        self.posts[-1].append(Piece(data, found, classes))


def pieces(markup: str) -> list[list[Piece]]:
    reader = TextReader()
    reader.feed(f'<div class="text">{markup}</div>' if 'class="text"' not in markup else markup)
    reader.close()
    return reader.posts


def marked(post: list[Piece], number: int) -> str:
    return "".join(p.text for p in post if number in p.findings)


# --- registration -------------------------------------------------------------------------------------


def test_registered_as_a_non_streaming_html_format() -> None:
    fmt = FORMATS["html"]
    assert fmt.extension == ".html"
    assert fmt.streaming is False  # the counts come before the posts


def test_write_reports_writes_one_page() -> None:
    stream = io.StringIO()
    summary = write_reports([report(text="hello")], "html", stream)
    out = stream.getvalue()
    assert out.startswith("<!DOCTYPE html>\n")
    assert out.rstrip().endswith("</html>")
    assert summary.posts == 1


def test_template_autoescapes() -> None:
    assert html_format._template().environment.autoescape is True


# --- escaping ---------------------------------------------------------------------------------------------


def test_script_in_any_user_field_is_escaped() -> None:
    evil = "<script>alert('x')</script>"
    text = f"Hi {evil} Jake Smith"
    out = render(
        report(
            span(text, "Jake Smith", message=f"Names {evil}", subject=Subject(id=evil, role=evil), rule=evil),
            span(text, evil, message=evil),
            text=text,
            path=f"posts{evil}.jsonl",
            id=evil,
            verdict=Verdict.BLOCK,
            error=evil,
        ),
        report(text=None, path=evil, id=evil, error=evil),
    )
    # The page's own filter script is the only <script> element.
    assert out.count("<script") == 1
    assert "alert('x')" not in out
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in out
    (post,) = pieces(out)
    assert marked(post, 1) == evil  # escaped in the page, the same characters to a reader
    assert marked(post, 2) == "Jake Smith"


def test_attribute_breakout_is_escaped() -> None:
    text = 'Quote " onmouseover="alert(1)'
    out = render(report(span(text, text), text=text, id='" onload="x', verdict=Verdict.REVIEW))
    assert 'onmouseover="' not in out
    assert 'onload="' not in out


def test_controls_bidi_overrides_and_lone_surrogates_are_shown_not_obeyed() -> None:
    text = "Jake\u202e Smith\x1b[31m \ud83d end"
    out = render(report(span(text, "Jake"), text=text, id="t\u202e1", verdict=Verdict.BLOCK))
    for char in ("\u202e", "\x1b", "\ud83d"):
        assert char not in out
    assert ">U+202E</span>" in out
    assert ">U+001B</span>" in out
    assert ">U+D83D</span>" in out
    # A lone surrogate anywhere must not break a UTF-8 stream mid-report.
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8")
    write_reports([report(text="x", path="a\udcff.txt", error="bad \udcff", id="\ud800")], "html", stream)
    stream.flush()
    assert b"</html>" in raw.getvalue()


# --- highlights -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("Well done Jake Smith!", "Jake Smith"),
        ("\U0001f3c6\U0001f3c6 Jake Smith \U0001f3c6", "Jake Smith"),  # emoji: one code point each
        (FAMILY_TEXT, "Jake Smith"),  # ZWJ family: five code points
        (FAMILY_TEXT, FAMILY),  # the emoji itself
        ("Sports day\r\nWell done Jake Smith", "Jake Smith"),  # after a CRLF
        ("Jake Smith", "Jake Smith"),  # the whole text
    ],
)
def test_mark_covers_exactly_the_span(text: str, needle: str) -> None:
    f = span(text, needle)
    out = render(report(f, text=text, verdict=Verdict.BLOCK))
    (post,) = pieces(out)
    assert marked(post, 1) == needle
    before = text[: f.start].replace("\r\n", "\n")
    assert "".join(p.text for p in post).startswith(before + needle)
    assert re.search(rf"<mark [^>]*>{re.escape(needle)}</mark>", out)


def test_where_uses_the_same_line_and_column_as_the_other_formats() -> None:
    text = f"Sports day\r\n{FAMILY} Jake Smith"
    out = render(report(span(text, "Jake Smith"), text=text, verdict=Verdict.BLOCK))
    assert f"line 2, col 7 (characters {text.index('Jake')}–{text.index('Jake') + 10})" in out


def test_crlf_is_one_line_break_even_across_a_boundary() -> None:
    text = "Sports day\r\nWell done"
    # One finding ends between "\r" and "\n", another spans the break.
    cut = span(text, "day\r")
    across = abuse(text, "day\r\nWell")
    markup = highlight(text, {1: (cut.start or 0, cut.end or 0), 2: (across.start or 0, across.end or 0)})
    assert "\r" not in markup
    (post,) = pieces(markup)
    assert "".join(p.text for p in post) == "Sports day\nWell done"
    assert marked(post, 2) == "day\nWell"
    assert marked(post, 1) == "day"


def test_lone_cr_is_visible_not_a_line_break() -> None:
    markup = highlight("a\rb", {})
    assert "\r" not in markup
    assert ">U+000D</span>" in markup


def test_overlapping_findings_of_different_categories_split_into_pieces() -> None:
    text = "Jake Smith is an idiot, says Jake"
    out = render(
        report(
            span(text, "Jake Smith"),  # pupil-reference, high
            abuse(text, "Smith is an idiot"),  # abuse, critical, overlapping the name
            abuse(text, "idiot", rule="lexicon.insult", severity=Severity.MEDIUM),  # inside the abuse span
            text=text,
            verdict=Verdict.BLOCK,
        )
    )
    (post,) = pieces(out)
    shown = [(p.text, sorted(p.findings)) for p in post]
    assert shown == [
        ("Jake ", [1]),
        ("Smith", [1, 2]),
        (" is an ", [2]),
        ("idiot", [2, 3]),
        (", says Jake", []),
    ]
    smith = post[1]
    assert {"hl", "multi", "cat-pupil-reference", "cat-abuse", "sev-high", "sev-critical"} <= smith.classes
    assert "multi" not in post[0].classes
    assert marked(post, 1) == "Jake Smith"
    assert marked(post, 2) == "Smith is an idiot"
    assert marked(post, 3) == "idiot"
    # Footnote numbers after each span's last piece, in reading order.
    assert re.findall(r'<sup class="ref" data-f="[\d ]+">([\d,]+)</sup>', out) == ["1", "2,3"]


def test_identical_spans_share_one_mark() -> None:
    text = "call 07700 900123"
    markup = highlight(
        text,
        {1: (5, 17), 2: (5, 17)},
        {1: Label("cat-personal-data sev-high", "personal-data (high)"), 2: Label("cat-abuse sev-low", "abuse (low)")},
    )
    assert markup.count("<mark ") == 1
    assert 'data-f="1 2"' in markup
    assert 'title="finding 1: personal-data (high); 2: abuse (low)"' in markup


def test_whole_post_empty_and_unplaceable_findings_are_listed_not_marked() -> None:
    text = "Trip today"
    out = render(
        report(
            whole_post(),
            finding(start=4, end=4, message="empty span"),
            finding(start=3, end=99, message="span past the end"),
            text=text,
            verdict=Verdict.REVIEW,
        )
    )
    assert "<mark" not in out
    assert "whole post" in out
    assert "position not in the text" in out
    assert out.count('class="finding ') == 3


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cc", "Cs", "Zl", "Zp", "Cf"]), max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=6),
)
def test_every_span_is_marked_exactly(text: str, raw: list[tuple[int, int]]) -> None:
    spans = {n: (min(a, b), max(a, b)) for n, (a, b) in enumerate(raw, start=1) if max(a, b) <= len(text) and a != b}
    (post,) = pieces(highlight(text, spans))
    assert "".join(p.text for p in post) == text
    for n, (start, end) in spans.items():
        # The marked pieces of finding n are contiguous and spell exactly its span.
        at = 0
        covered = []
        for p in post:
            if n in p.findings:
                covered.append((at, at + len(p.text)))
            at += len(p.text)
        assert covered[0][0] == start
        assert covered[-1][1] == end
        assert all(a[1] == b[0] for a, b in pairwise(covered))
    for p in post:  # no piece is marked by a finding that does not cover it
        assert p.findings <= set(spans)


def test_long_text_is_shown_as_excerpts_around_findings() -> None:
    text = "x" * 30_000 + " Jake Smith " + "y" * 30_000
    assert len(text) > LONG_TEXT
    out = render(report(span(text, "Jake Smith"), text=text, verdict=Verdict.BLOCK))
    (post,) = pieces(out)
    assert marked(post, 1) == "Jake Smith"
    assert len(out) < 30_000
    assert "[… 29,601 characters not shown …]" in out  # 30,001 before the name, less the context
    shown = "".join(p.text for p in post)
    assert shown.count("x") == EXCERPT_CONTEXT - 1
    assert shown.count("y") == EXCERPT_CONTEXT - 1


# --- what is listed, what is counted ----------------------------------------------------------------------


def sample() -> list[Report]:
    """A small scan: two blocked, one for review, three allowed, one error. All people are fictional."""
    t1 = "Well done Jake Smith (5B) on sports day! \U0001f3c6"
    t2 = "Mrs Patel is a useless idiot\r\nCall her on 07700 900123"
    t3 = "Great trip to the museum with my class today"
    t4 = "What an idiot I was to forget my umbrella"
    return [
        report(
            span(t1, "Jake Smith", subject=Subject(id="P0012", role="pupil")),
            text=t1,
            path="archive.zip",
            id="t-1",
            verdict=Verdict.BLOCK,
        ),
        report(text="ALLOWED-POST-TEXT one", path="archive.zip", id="t-2"),
        report(
            abuse(t2, "useless idiot"),
            span(
                t2,
                "07700 900123",
                rule="pd.phone",
                category=Category.PERSONAL_DATA,
                clause=Clause.TOU_LEGAL_RISK,
                message="A phone number",
            ),
            span(t2, "Mrs Patel", rule="people.staff-name", category=Category.STAFF_REFERENCE, severity=Severity.LOW),
            text=t2,
            path="archive.zip",
            id="t-3",
            verdict=Verdict.BLOCK,
        ),
        report(whole_post(), text=t3, path="archive.zip", id="t-4", verdict=Verdict.REVIEW),
        report(abuse(t4, "idiot", severity=Severity.LOW), text=f"ALLOWED-POST-TEXT {t4}", path="posts.csv", id="r-5"),
        report(text="ALLOWED-POST-TEXT three", path="posts.csv", id="r-6"),
        report(text=None, path="posts.csv", id="r-7", error="line 7: text is empty"),
    ]


def test_allowed_posts_are_counted_not_listed() -> None:
    out = render(*sample())
    assert "ALLOWED-POST-TEXT" not in out
    assert "(5B) on sports day!" in out  # a flagged post is listed
    assert re.search(r'id="count-allow">3<', out)


def test_counts() -> None:
    out = render(*sample(), rules=RULES)
    assert re.search(r'id="posts-screened">7<', out)
    assert re.search(r'id="count-block">2<', out)
    assert re.search(r'id="count-review">1<', out)
    assert re.search(r'id="count-error">1<', out)
    assert re.search(r'id="count-findings">6<', out)
    assert "Flagged posts (3)" in out
    assert "Posts that could not be screened (1)" in out
    assert "including 1 finding in allowed posts" in out
    # Chart titles carry the numbers (screen readers read them; so can a test).
    assert "Findings by severity: critical 1, high 2, medium 1, low 2, info 0</title>" in out
    assert "archive.zip</code> (4 posts)" in out
    assert "posts.csv</code> (3 posts)" in out
    assert "2 rules (lexicon, people)" in out


def test_charts_rank_categories_and_clauses_by_count() -> None:
    out = render(*sample())
    assert (
        "Findings by category: abuse 2, missing-disclaimer 1, personal-data 1, pupil-reference 1, staff-reference 1"
        in out
    )
    assert (
        "Findings by policy clause: tou-abusive-hateful 2, tou-references 2, g-personal-views 1, tou-legal-risk 1"
        in (out)
    )


def test_findings_by_rule_cover_allowed_posts_too() -> None:
    out = render(*sample(), rules=RULES)
    table = out[out.index('<details id="rules-fired">') : out.index("</details>")]
    rows = re.findall(r"<tr><td><code>([^<]+)</code>.*?<td class=\"num\">(\d+)</td></tr>", table)
    assert rows == [
        ("lexicon.abuse", "2"),
        ("disclaimer.missing", "1"),
        ("pd.phone", "1"),
        ("people.pupil-full-name", "1"),
        ("people.staff-name", "1"),
    ]
    assert "Pupil named in full" in table


def test_blocked_first_then_review_and_errors_listed_with_the_error() -> None:
    out = render(*sample())
    order = [m.group(1) for m in re.finditer(r'<article class="post [^"]*" id="post-(\d+)"', out)]
    assert order == ["1", "3", "4"]
    assert "line 7: text is empty" in out
    assert '<tr id="error-7">' in out


def test_finding_details_are_beside_the_text() -> None:
    out = render(*sample(), rules=RULES)
    article = out[out.index('id="post-1"') : out.index('id="post-3"')]
    for expected in (
        "people.pupil-full-name",
        "Pupil named in full",  # rule title from RuleInfo
        "pupil-reference",
        "tou-references",
        CLAUSE_TEXT[Clause.TOU_REFERENCES],
        ">high<",
        "0.90",
        "P0012</code> (pupil)",
        "line 1, col 11 (characters 10–20)",
        "archive.zip",
        "t-1",
    ):
        assert expected in article, expected


def test_no_posts() -> None:
    out = render()
    assert "No post was blocked or sent for review." in out
    assert "Every post was screened." in out
    assert "<script" not in out  # nothing to filter


def test_every_category_and_clause_is_explained() -> None:
    assert set(CATEGORY_TEXT) == set(Category)
    assert set(CLAUSE_TEXT) == set(Clause)


# --- self-contained ---------------------------------------------------------------------------------------

_LOAD = re.compile(
    r"""\b(?:src|href|action|formaction|poster|data|srcset|xlink:href)\s*=\s*["']?\s*[a-z][a-z0-9+.-]*:""", re.I
)


def test_nothing_is_loaded_from_anywhere() -> None:
    out = render(*sample(), rules=RULES)
    assert not _LOAD.search(out)
    assert "http://" not in out
    assert "https://" not in out
    assert "url(" not in out
    assert "@import" not in out
    assert "<link" not in out
    assert "<img" not in out
    # Every href is an in-page anchor.
    assert all(h.startswith("#") for h in re.findall(r'href="([^"]*)"', out))


def test_strict_content_security_policy_comes_first() -> None:
    out = render(*sample())
    head = out[: out.index("</head>")]
    csp = f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">'
    assert csp in head
    assert CONTENT_SECURITY_POLICY.startswith("default-src 'none';")
    # Before any style or script, so it governs them.
    assert head.index(csp) < head.index("<style>")


def test_readable_without_javascript() -> None:
    out = render(*sample())
    # Filters are hidden until the script shows them; posts are never hidden in the markup itself.
    assert '<form id="filters" hidden' in out
    assert not re.search(r"<article[^>]* hidden", out)


def test_generated_time_is_shown() -> None:
    out = render(*sample())
    assert 'datetime="' in out
    stamp = WHEN.astimezone()
    assert stamp.strftime("%Y-%m-%d %H:%M") in out
    assert html.escape(stamp.isoformat(timespec="seconds")) in out


# --- in a real browser ------------------------------------------------------------------------------------


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _run_chromium(binary: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            binary,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-dev-shm-usage",  # containers often have a tiny /dev/shm
            f"--user-data-dir={profile}",
            # Console messages (script errors, CSP violations) go to stderr, so the test can see them.
            "--enable-logging=stderr",
            "--v=0",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_page_renders_in_headless_chromium(tmp_path: Path) -> None:
    binary = _chromium()
    if binary is None:
        pytest.skip("no chromium or chromium-browser on PATH")
    page = tmp_path / "report.html"
    with page.open("w", encoding="utf-8") as stream:
        write_reports(sample(), "html", stream, rules=RULES)

    done = _run_chromium(binary, tmp_path / "profile", "--dump-dom", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    # The DOM the browser built (not our string): marks at the right words, with their classes.
    assert re.search(r'<mark class="hl cat-pupil-reference sev-high"[^>]*>Jake Smith</mark>', dom)
    assert re.search(r'<mark class="hl cat-abuse sev-critical"[^>]*>useless idiot</mark>', dom)
    assert re.search(r'<mark class="hl cat-personal-data sev-high"[^>]*>07700 900123</mark>', dom)
    assert re.search(r'<mark class="hl cat-staff-reference sev-low"[^>]*>Mrs Patel</mark>', dom)
    assert "useless idiot</mark><sup" in dom
    # The CRLF became one line break: the parser keeps none of the "\r".
    assert "\r" not in dom[dom.index('id="post-3"') :]
    assert re.search(r'id="count-block">2<', dom)
    assert re.search(r'id="count-allow">3<', dom)
    assert re.search(r'id="posts-screened">7<', dom)
    assert "ALLOWED-POST-TEXT" not in dom
    # The filter script ran under the CSP: it revealed the form and wrote its status line.
    assert '<form id="filters" aria-label="Filter findings">' in dom
    assert "Showing 3 of 3 flagged posts." in dom
    # Nothing the CSP refused (a load, or our own inline style/script) and no script error.
    assert "Content Security Policy" not in done.stderr
    assert "Uncaught" not in done.stderr

    shot = tmp_path / "report.png"
    done = _run_chromium(
        binary,
        tmp_path / "profile",
        "--hide-scrollbars",
        "--window-size=1280,2200",
        f"--screenshot={shot}",
        page.as_uri(),
    )
    assert done.returncode == 0, done.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 10_000  # a real page, not a blank image


# Run after the page's own script: what a reader's clicks on two filter boxes would do.
_UNTICK = """<script>
["severity:critical", "category:missing-disclaimer"].forEach(function (key) {
  var parts = key.split(":");
  var box = document.querySelector("input[name=" + parts[0] + "][value=" + parts[1] + "]");
  box.checked = false;
  box.dispatchEvent(new Event("change", {bubbles: true}));
});
</script>
"""


@pytest.mark.slow
def test_filters_hide_findings_marks_and_posts_in_headless_chromium(tmp_path: Path) -> None:
    binary = _chromium()
    if binary is None:
        pytest.skip("no chromium or chromium-browser on PATH")
    page = tmp_path / "report.html"
    page.write_text(render(*sample(), rules=RULES).replace("</body>", _UNTICK + "</body>"), encoding="utf-8")

    done = _run_chromium(binary, tmp_path / "profile", "--dump-dom", page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    assert "Showing 2 of 3 flagged posts." in dom
    # Post 4 had only a missing-disclaimer finding; post 3 keeps its other findings.
    assert re.search(r'<article class="post v-review" id="post-4" hidden=""', dom)
    assert re.search(r'<article class="post v-block" id="post-3">', dom)
    assert re.search(r'<li class="finding sev-critical" id="post-3-f2"[^>]* hidden=""', dom)
    assert re.search(r'<li class="finding sev-high" id="post-3-f3"[^>]*>', dom)
    assert not re.search(r'id="post-3-f3"[^>]* hidden=""', dom)
    # The critical span loses its highlight and footnote; the others keep theirs.
    assert re.search(r'<mark class="hl cat-abuse sev-critical off"[^>]*>useless idiot</mark><sup class="ref off"', dom)
    assert re.search(r'<mark class="hl cat-personal-data sev-high"[^>]*>07700 900123</mark>', dom)
    assert "Uncaught" not in done.stderr
