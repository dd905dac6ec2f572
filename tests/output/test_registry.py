"""The format registry, write_reports, the package's exports, and streaming for every streaming format."""

from __future__ import annotations

import io
import pkgutil
from collections.abc import Iterable, Iterator, Mapping
from typing import TextIO

import pytest

import smscreen.output
import smscreen.output.formats
from smscreen.models import Verdict
from smscreen.output import FORMATS, Report, RuleInfo, register_format, write_reports
from smscreen.output import registry as registry_module

from .factories import report, span, whole_post


def test_public_names_are_sorted_and_importable() -> None:
    names = smscreen.output.__all__
    assert names == sorted(names)
    assert {"FORMATS", "Report", "RuleInfo", "write_reports"} <= set(names)
    for name in names:
        assert getattr(smscreen.output, name) is not None


def test_builtin_formats() -> None:
    # SPEC §6: text/json/sarif for check; jsonl/csv/sarif (and html, elsewhere) for scan.
    assert {"text", "json", "jsonl", "csv", "sarif"} <= set(FORMATS)
    assert {name for name, f in FORMATS.items() if not f.streaming} >= {"sarif"}
    for name, fmt in FORMATS.items():
        assert fmt.name == name
        assert fmt.description
        assert fmt.extension.startswith(".")


def test_every_module_in_formats_registers_a_format() -> None:
    modules = {
        f"{smscreen.output.formats.__name__}.{m.name}" for m in pkgutil.iter_modules(smscreen.output.formats.__path__)
    }
    assert modules == {f.write.__module__ for f in FORMATS.values()}


def test_registry_is_read_only() -> None:
    with pytest.raises(TypeError):
        FORMATS["evil"] = FORMATS["text"]  # type: ignore[index]


def test_unknown_format_is_an_error_before_anything_is_written() -> None:
    stream = io.StringIO()
    consumed: list[Report] = []

    def reports() -> Iterator[Report]:
        consumed.append(report(text="x"))
        yield consumed[-1]

    with pytest.raises(ValueError, match=r"unknown output format 'xml'; choose one of: csv, .*text"):
        write_reports(reports(), "xml", stream)
    assert stream.getvalue() == ""
    assert consumed == []


def test_duplicate_registration_is_refused() -> None:
    with pytest.raises(ValueError, match="already registered"):
        register_format("text", description="again", extension=".txt", streaming=True)(FORMATS["text"].write)
    assert FORMATS["text"].description != "again"


def test_a_new_format_needs_only_a_registered_writer() -> None:
    def write_ids(reports: Iterable[Report], stream: TextIO, /, *, rules: Mapping[str, RuleInfo] | None = None) -> None:
        for r in reports:
            stream.write(f"{r.result.id}\n")

    register_format("ids-for-test", description="post ids", extension=".txt", streaming=True)(write_ids)
    try:
        stream = io.StringIO()
        write_reports([report(text="x", id="a"), report(text="y", id="b")], "ids-for-test", stream)
        assert stream.getvalue() == "a\nb\n"
    finally:
        del registry_module._REGISTRY["ids-for-test"]
    assert "ids-for-test" not in FORMATS


def test_write_summary() -> None:
    summary = write_reports(
        [
            report(whole_post(), whole_post(rule="x.y"), text="x", verdict=Verdict.REVIEW),
            report(text="y"),
            report(text=None, error="bad"),
        ],
        "jsonl",
        io.StringIO(),
    )
    assert (summary.posts, summary.findings, summary.errors) == (3, 2, 1)
    assert summary.by_verdict == {Verdict.REVIEW: 1, Verdict.ALLOW: 2}
    assert summary.worst_verdict is Verdict.REVIEW
    assert write_reports([], "jsonl", io.StringIO()).worst_verdict is None


STREAMING = sorted(name for name, f in FORMATS.items() if f.streaming)


@pytest.mark.parametrize("fmt", STREAMING)
def test_streaming_formats_write_each_report_as_it_arrives(fmt: str) -> None:
    stream = io.StringIO()
    seen_before_second: list[str] = []

    def reports() -> Iterator[Report]:
        yield report(whole_post(message="FIRST-POST"), text="x", id="first")
        seen_before_second.append(stream.getvalue())
        yield report(whole_post(message="SECOND-POST"), text="y", id="second")

    write_reports(reports(), fmt, stream)
    (before,) = seen_before_second
    assert "FIRST-POST" in before
    assert "SECOND-POST" not in before
    assert "SECOND-POST" in stream.getvalue()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_accepts_a_one_shot_iterator(fmt: str) -> None:
    stream = io.StringIO()
    write_reports(iter([report(whole_post(), text="x", id="p1")]), fmt, stream)
    assert "disclaimer.missing" in stream.getvalue()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_lone_surrogates_never_make_output_unencodable(fmt: str) -> None:
    # A tweet cut in the middle of an emoji leaves half a surrogate pair in the archive's text.
    text = "Well done \ud83d Jake"
    bad = report(span(text, "\ud83d Jake", message="Names \ud83d Jake"), text=text, id="t-\udc00", error="bad \ud800")
    stream = io.StringIO()
    write_reports([bad], fmt, stream, rules=None)
    stream.getvalue().encode("utf-8")  # strict: raises on any surrogate left in
