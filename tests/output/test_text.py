"""The text format: linter lines whose LINE:COL point at the finding, a verdict line per post."""

from __future__ import annotations

import io
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smscreen.models import Finding, Severity, Verdict
from smscreen.output import Report, write_reports

from .factories import FAMILY_TEXT, finding, report, span, whole_post


def render(*reports: Report) -> str:
    stream = io.StringIO()
    write_reports(reports, "text", stream)
    return stream.getvalue()


@pytest.mark.parametrize(
    ("text", "needle", "where"),
    [
        ("Well done Jake Smith!", "Jake Smith", "1:11"),
        ("Sports day\nWell done Jake Smith", "Jake Smith", "2:11"),
        ("Sports day\r\nWell done Jake Smith", "Jake Smith", "2:11"),  # CRLF: one break
        ("Sports day\rWell done Jake Smith", "Jake Smith", "1:22"),  # lone CR: no break
        ("\U0001f3c6\U0001f3c6 Jake Smith", "Jake Smith", "1:4"),  # emoji: one column each
        (FAMILY_TEXT, "Jake Smith", "2:7"),  # ZWJ family: five columns
        ("Jake Smith\n", "Jake Smith", "1:1"),
    ],
)
def test_line_and_column_point_at_first_character(text: str, needle: str, where: str) -> None:
    out = render(report(span(text, needle), text=text, path="notice.txt", verdict=Verdict.BLOCK))
    assert out.splitlines()[0] == (f"notice.txt:{where}: high pupil-reference [people.pupil-full-name] Names a pupil")


def test_full_output_for_several_posts() -> None:
    text = "Trip photos\nWell done Jake Smith"
    out = render(
        report(span(text, "Jake Smith"), whole_post(), text=text, path="a.txt", verdict=Verdict.BLOCK),
        report(text="Lovely day", path="b.txt"),
        report(text=None, path="c.txt", error="not valid UTF-8 (byte 0xff); save the file as UTF-8"),
    )
    assert out == (
        "a.txt:1:1: medium missing-disclaimer [disclaimer.missing] "
        "Discusses work without saying the views are the author's own\n"
        "a.txt:2:11: high pupil-reference [people.pupil-full-name] Names a pupil\n"
        "a.txt: verdict: block (2 findings)\n"
        "b.txt: verdict: allow (0 findings)\n"
        "c.txt: error: not valid UTF-8 (byte 0xff); save the file as UTF-8\n"
    )


def test_findings_are_sorted_by_position_whole_post_first() -> None:
    text = "Jake and Amy and Tom"
    findings = [span(text, "Tom"), span(text, "Jake"), whole_post(), span(text, "Amy")]
    lines = render(report(*findings, text=text)).splitlines()
    assert [line.split(": ", 1)[0] for line in lines[:4]] == [
        "post.txt:1:1",  # whole post
        "post.txt:1:1",  # Jake
        "post.txt:1:10",
        "post.txt:1:18",
    ]
    assert "[disclaimer.missing]" in lines[0]


@pytest.mark.parametrize(
    ("case", "the_finding", "text"),
    [
        ("whole post", whole_post(), "Some text\nmore"),
        ("span past the end of the text", finding(start=40, end=45), "short"),
        ("end before start", finding(start=3, end=1), "short text"),
        ("no text given", finding(start=6, end=10), None),
    ],
)
def test_findings_without_a_usable_span_are_at_1_1(case: str, the_finding: Finding, text: str | None) -> None:
    out = render(report(the_finding, text=text, path="p.txt"))
    assert out.splitlines()[0].startswith("p.txt:1:1: "), case


def test_stdin_and_missing_path_are_named_stdin() -> None:
    out = render(report(text="x", path="-"), report(text="y", path=None))
    assert out == "stdin: verdict: allow (0 findings)\nstdin: verdict: allow (0 findings)\n"


def test_post_id_ends_summary_and_error_lines() -> None:
    out = render(
        report(text="x", path="posts.jsonl", id="t-1", verdict=Verdict.REVIEW),
        report(text=None, path="posts.jsonl", id="t-2", error="line 2: invalid JSON"),
    )
    assert out == (
        "posts.jsonl: verdict: review (0 findings) [post t-1]\nposts.jsonl: error: line 2: invalid JSON [post t-2]\n"
    )


def test_a_post_with_an_error_prints_its_findings_then_the_error_not_a_verdict() -> None:
    out = render(report(whole_post(), text="x", error="rule crashed", verdict=Verdict.REVIEW))
    assert out.splitlines()[1:] == ["post.txt: error: rule crashed"]
    assert "verdict" not in out


def test_one_finding_is_singular() -> None:
    assert render(report(whole_post(), text="x")).endswith("verdict: allow (1 finding)\n")


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        ("two\nlines", "two\\x0alines"),  # a newline would split one finding over two lines
        ("a\r\nb", "a\\x0d\\x0ab"),
        ("clear\x1b[2Jscreen", "clear\\x1b[2Jscreen"),  # terminal escape sequences
        ("abc\u202eevil", "abc\\u202eevil"),  # bidi override ("Trojan Source")
        ("para\u2029graph", "para\\u2029graph"),
        ("half \ud83d emoji", "half \\ud83d emoji"),  # a lone surrogate cannot be encoded
        ("emoji \U0001f600 and caf\u00e9 stay", "emoji \U0001f600 and caf\u00e9 stay"),  # negative
        (f"family {FAMILY_TEXT[:5]} stays", f"family {FAMILY_TEXT[:5]} stays"),  # ZWJ is not escaped
    ],
)
def test_unsafe_characters_in_messages_are_escaped(message: str, shown: str) -> None:
    out = render(report(whole_post(message=message), text="x"))
    first = out.splitlines()[0]
    assert first.endswith(f"[disclaimer.missing] {shown}")
    assert len(out.splitlines()) == 2


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _coloured(monkeypatch: pytest.MonkeyPatch, no_color: str | None) -> str:
    monkeypatch.setenv("TERM", "xterm-256color")
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)
    if no_color is None:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", no_color)
    stream = FakeTerminal()
    text = "Well done Jake Smith " + "and everyone else " * 20
    write_reports([report(span(text, "Jake Smith"), text=text, verdict=Verdict.BLOCK)], "text", stream)
    return stream.getvalue()


def test_terminal_output_is_coloured_but_reads_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    out = _coloured(monkeypatch, None)
    assert ANSI.search(out)
    plain = ANSI.sub("", out)
    assert plain == (
        "post.txt:1:11: high pupil-reference [people.pupil-full-name] Names a pupil\n"
        "post.txt: verdict: block (1 finding)\n"
    )


@pytest.mark.parametrize("value", ["1", "true"])
def test_no_color_turns_colour_off(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    assert not ANSI.search(_coloured(monkeypatch, value))


def test_empty_no_color_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    # no-color.org: only a non-empty NO_COLOR counts.
    assert ANSI.search(_coloured(monkeypatch, ""))


def test_not_a_terminal_means_no_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich would honour it; our non-TTY rule comes first
    out = render(report(whole_post(severity=Severity.CRITICAL), text="x"))
    assert "\x1b" not in out


def test_long_coloured_lines_are_not_wrapped(monkeypatch: pytest.MonkeyPatch) -> None:
    message = "word " * 100
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "40")
    stream = FakeTerminal()
    write_reports([report(whole_post(message=message), text="x")], "text", stream)
    assert len(stream.getvalue().splitlines()) == 2


# Pieces that make line/column hard: CRLF, lone CR, astral emoji, ZWJ, combining marks, U+2028.
_PIECES = st.sampled_from(["\n", "\r", "\r\n", "\U0001f600", "\u200d", "e\u0301", "\u2028", " ", "a"])
_TEXTS = st.lists(st.one_of(_PIECES, st.characters()), max_size=40).map("".join)


@given(data=st.data(), text=_TEXTS)
def test_property_line_col_points_at_the_spans_first_character(data: st.DataObject, text: str) -> None:
    start = data.draw(st.integers(0, len(text)), label="start")
    end = data.draw(st.integers(start, len(text)), label="end")
    out = render(report(finding(start=start, end=end, text=text[start:end]), text=text, path="p.txt"))
    match = re.match(r"p\.txt:(\d+):(\d+): high pupil-reference \[people\.pupil-full-name\] Names a pupil\n", out)
    assert match, out
    line, column = int(match[1]), int(match[2])
    # Independent of the implementation: rebuild the offset from lines split on "\n" only.
    lines = text.split("\n")
    assert sum(len(each) + 1 for each in lines[: line - 1]) + column - 1 == start
    if start < len(text):
        assert (lines[line - 1] + "\n")[column - 1] == text[start]
