"""Squid's fast path inside DuckDB must store exactly what the line-by-line parser would."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import smscreen.logs.store as store_module
from smscreen.logs import ParseOptions, Store
from smscreen.logs.formats.squid_native import SquidNativeParser
from smscreen.logs.ingest import ParsedFile
from smscreen.logs.reader import is_printable_ascii

SQUID = ParseOptions(log_format="squid")

GOOD = [
    "1761205500.120    120 10.20.1.11 TCP_MISS/200 5120 GET http://www.facebook.com/ tfoxglove HIER_DIRECT/1.2.3.4 "
    "text/html",
    "1761205500.5 1 10.20.1.11 TCP_MISS/200 5120 GET HTTP://WWW.Facebook.COM/Path?q=1 TFoxglove HIER_DIRECT/1.2.3.4 -",
    "1761205501 123456 10.20.1.12 TCP_TUNNEL/200 9000 CONNECT static.xx.fbcdn.net:443 - HIER_DIRECT/157.240.1.20 -",
    "1761205502.000 -1 ::1 TCP_DENIED/407 3900 CONNECT www.tiktok.com:443 - HIER_NONE/- text/html",
    "1761205503.000 5 10.20.1.13 TCP_MISS/304 0 GET https://a.b.example.co.uk:8443 - HIER_NONE/- -",
    "1761205504.000 5 10.20.1.13 TCP_MISS/200 0 GET http://host.example?x=/y - HIER_NONE/- -",
    "1761205505.000 5 10.20.1.13 TCP_MISS/200 0 GET http://host.example#frag/z - HIER_NONE/- -",
    "1761205506.123456 5 10.20.1.13 NONE/000 0 GET http://redirect.example/?u=http://other.example/ DOMAIN\\amy "
    "HIER_NONE/- -",
    "1761205507.000 5 10.20.1.13 TCP/200/5 0 GET http://x.com/ - A/B/C -",
    # The most padding Squid's six-wide elapsed field has; a port, then a query, with no path.
    "1761205508.000      0 10.20.1.13 TCP_DENIED/407 3900 CONNECT www.tiktok.com:443 - HIER_NONE/- text/html",
    "1761205509.000 5 10.20.1.13 TCP_MISS/200 0 GET http://Host.Example:8080?x=1 - HIER_NONE/- -",
    "1761205509.500 5 10.20.1.13 TCP_MISS/200 0 GET ftp://files.example:21 - HIER_NONE/- -",
]
# Lines the fast path must leave to the line-by-line parser (each still parses there, or is malformed).
ODD = [
    "1761205508.000 5 10.20.1.13 NONE_NONE/000 0 - error:transaction-end-before-headers - HIER_NONE/- -",
    "1761205509.000 5 10.20.1.13 TCP_MISS/200 0 GET http://[2001:db8::1]:8080/ - HIER_NONE/- -",
    "1761205510.000 5 10.20.1.13 TCP_MISS/200 0 GET http://amy:pw@x.com/ - HIER_NONE/- -",
    "1761205511.000\t5 10.20.1.13 TCP_MISS/200 0 GET http://x.com/ - HIER_NONE/- -",
    "  1761205512.000 5 10.20.1.13 TCP_MISS/200 0 GET http://x.com/ - HIER_NONE/- -",
    "1761205513.000 5 10.20.1.13 TCP_MISS/200 0 GET http://x.com/ - HIER_NONE/- -  ",
    "1761205514.000 5 10.20.1.13 TCP_MISS/200 0 GET /relative - HIER_NONE/- -",
    "1761205515.000 5 10.20.1.13 TCP_MISS/2000 0 GET http://x.com/ - HIER_NONE/- -",
    "1761205516.000 5 10.20.1.13 TCP_MISS/200 0 GET http://x.com/ café HIER_NONE/- -",
    # Numbers DuckDB's lenient casts would read but the parser refuses.
    "1761205517.000 5 10.20.1.13 TCP_MISS/1e2 0 GET http://x.com/ - HIER_NONE/- -",
    "1761205518.000 1_0 10.20.1.13 TCP_MISS/200 0 GET http://x.com/ - HIER_NONE/- -",
    "1761205519.000 5 10.20.1.13 TCP_MISS/200 0 GET http://x.com/ - HIER_NONE -",
    "1761205520.000 5 10.20.1.13 TCP_MISS/200 0 GET http://x.com:http/ - HIER_NONE/- -",
    "1761205521.000 5 10.20.1.13 TCP_MISS/200 0 GET http://x.com./ - HIER_NONE/- -",
    # A control character inside a field; a vertical tab, which Python's split() treats as a space.
    "1761205522.000 5 10.20.1.13 TCP_MISS/200 0 GET http://x.com/ a\x1bb HIER_NONE/- -",
    "1761205523.000 5 10.20.1.13 TCP_MISS/200 0 GET http://x.com/ - HIER_NONE/- -\x0b",
    "",
    "not a log line",
    # Shapes the printable-file check must refuse: more padding than Squid writes (the parser reads it), a
    # double space or an empty field after the URL, nine or eleven fields, padding with an extra field, the
    # URL as the last field, a port that is not a number, a host ending in a dash.
    "1761205524.000       0 10.20.1.13 TCP_MISS/200 0 GET http://x.com/ - HIER_NONE/- -",
    "1761205525.000 5 10.20.1.13 TCP_MISS/200 0 GET http://x.com/ -  HIER_NONE/- -",
    "1761205526.000 5 10.20.1.13 TCP_MISS/200 0 GET http://x.com/  HIER_NONE/- -",
    "1761205527.000 5 10.20.1.13 TCP_MISS/200 0 GET http://x.com/ HIER_NONE/- -",
    "1761205528.000 5 10.20.1.13 TCP_MISS/200 0 GET http://x.com/ - HIER_NONE/- - extra",
    "1761205529.000  5 10.20.1.13 TCP_MISS/200 0 GET http://x.com/ - HIER_NONE/- - extra",
    "1761205530.000     5 10.20.1.13 TCP_MISS/200 0 GET http://x.com/ - HIER_NONE/- - a b c",
    "1761205531.000 5 10.20.1.13 TCP_MISS/200 0 GET http://x.com/",
    "1761205532.000 5 10.20.1.13 TCP_MISS/200 0 CONNECT x.com:44a - HIER_NONE/- -",
    "1761205533.000 5 10.20.1.13 TCP_MISS/200 0 GET http://x-/ - HIER_NONE/- -",
    "1761205534.000 5 10.20.1.13 TCP_MISS/200 0 CONNECT x.com - HIER_NONE/- -",
    "1761205535.000 5 10.20.1.13 TCP_MISS/200 0 GET http://x.com/ - HIERNONE -",
    "1761205536.000 5 10.20.1.13 TCP_MISS/200 0 GET http://x.com/ - HIER_NONE/- - ",
    "1761205537.000 5 10.20.1.13 TCP_MISS/200 0 GET http://x.com/ - HIER_NONE/- -\t",
    # Sixteen fields whose split has its only empty item just after the URL: only the bound on the number
    # of items keeps the printable check from reading this as a padded line.
    "1761205538.000 5 10.20.1.13 TCP_MISS/200 0 GET http://x.com/  a b X/200 d e f g h/i j",
]


@pytest.fixture
def fallbacks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Records each file the store had to hand to the line-by-line parser."""
    seen: list[Path] = []
    real = store_module.parse_to_csv

    def spy(path: str | Path, *args: Any, **kwargs: Any) -> ParsedFile:
        seen.append(Path(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(store_module, "parse_to_csv", spy)
    return seen


def rows(store: Store) -> list[tuple[object, ...]]:
    return store.con.execute(
        "SELECT ts, host, user_name, client, status FROM requests ORDER BY ts, host, user_name"
    ).fetchall()


def ingest_both(path: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]], object, object]:
    with Store(None) as fast, Store(None) as slow:
        fast_summary = fast.ingest(path, SQUID, fast=True)
        slow_summary = slow.ingest(path, SQUID, fast=False)
        return rows(fast), rows(slow), fast_summary, slow_summary


@pytest.fixture(params=["printable", "full"])
def check(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Runs a test with each of the fast path's two line checks.

    A file of printable ASCII gets the prefix check; "full" makes the store believe the byte scan failed, so
    the same lines go through the full-line regex that files with carriage returns or UTF-8 text get.
    """
    if request.param == "full":
        monkeypatch.setattr(store_module, "is_printable_ascii", lambda path: False)
    return str(request.param)


@pytest.mark.parametrize("line", GOOD + ODD)
def test_each_line_is_stored_the_same_either_way(tmp_path: Path, line: str, check: str) -> None:
    path = tmp_path / "access.log"
    path.write_text(line + "\n")
    fast, slow, fast_summary, slow_summary = ingest_both(path)
    assert fast == slow
    assert fast_summary == slow_summary


def test_the_printable_check_is_used_only_on_printable_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[bool] = []
    real = SquidNativeParser.duckdb_select

    def spy(self: SquidNativeParser, relation: str, *, printable: bool = False) -> str | None:
        asked.append(printable)
        return real(self, relation, printable=printable)

    monkeypatch.setattr(SquidNativeParser, "duckdb_select", spy)
    plain, crlf = tmp_path / "plain.log", tmp_path / "crlf.log"
    plain.write_text("\n".join(GOOD) + "\n")
    crlf.write_bytes(("\r\n".join(GOOD) + "\r\n").encode())
    for path in (plain, crlf):
        with Store(None) as store:
            summary = store.ingest(path)
            assert store.count() == len(GOOD) and summary.malformed_count == 0
    # Each ingest first asks whether there is a fast path at all, then for the query it runs.
    assert asked == [False, True, False, False]


def test_a_log_that_grows_after_the_byte_scan_is_parsed_line_by_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fallbacks: list[Path]
) -> None:
    # The scan vouches for printable bytes; a line appended after it (here with a tab, which the parser
    # splits on and the printable check would not see) must not be stored as the printable check reads it.
    path = tmp_path / "access.log"
    path.write_text("\n".join(GOOD) + "\n")
    real = store_module.is_printable_ascii

    def scan_then_grow(scanned: Path) -> bool:
        result = real(scanned)
        with scanned.open("a") as f:
            f.write("1761205599.000 5 10.0.0.1 TCP_MISS/200 0 GET http://x.com/ a\tb HIER_NONE/- -\n")
        return result

    monkeypatch.setattr(store_module, "is_printable_ascii", scan_then_grow)
    with Store(None) as store:
        summary = store.ingest(path)
        assert store.count() == len(GOOD)
    assert fallbacks == [path]
    assert [(m.line, m.reason) for m in summary.malformed] == [(len(GOOD) + 1, "expected 10 fields, found 11")]


@pytest.mark.parametrize("good", [True, False])
def test_a_padding_only_the_full_check_accepts_is_still_stored(tmp_path: Path, good: bool) -> None:
    # Seven spaces after the stamp: the parser reads the line, the printable check refuses it, and the
    # file is then parsed line by line (never half-loaded).
    line = "1761205524.000       0 10.20.1.13 TCP_MISS/200 0 GET http://x.com/ u HIER_NONE/- -"
    path = tmp_path / "access.log"
    path.write_text("\n".join([*GOOD, line if good else "bad"]) + "\n")
    with Store(None) as store:
        summary = store.ingest(path)
        assert store.count() == len(GOOD) + good
    assert summary.malformed_count == (not good)


_FIELD = st.text(alphabet="0123456789aZ_.-:/?#@[]%", min_size=0, max_size=6)
_SEP = st.sampled_from(["  ", "      ", "\t"])


@st.composite
def squidish_lines(draw: st.DrawFn) -> str:
    """Lines near the canonical shape: each field valid or (one time in twenty) odd, separators likewise."""
    fields_ok = {
        "stamp": ["1761205500.120", "1761205500", "1761205500.1234567"],
        "elapsed": ["5", "-1", "000120", "1234567"],
        "client": ["10.0.0.1", "::1", "-"],
        "code": ["TCP_MISS/200", "NONE/000", "TCP/200/5", "/1"],
        "size": ["0", "5120", "-1"],
        "method": ["GET", "CONNECT", "-"],
        "url": [
            "http://www.Facebook.com/p?q=1",
            "https://x.com:8443",
            "x.com:443",
            "http://host.example?x=/y",
            "HTTP://X_Y.COM#f/z",
            "ftp://a.b:21/x",
            "s3://x-y.z/a://b",
            "h://1.2.3.4:0?x#y",
        ],
        "user": ["-", "Amy", "DOMAIN\\amy"],
        "hier": ["HIER_DIRECT/1.2.3.4", "HIER_NONE/-", "/"],
        "mime": ["-", "text/html"],
    }
    fields_odd = {
        "stamp": ["17612055001234.1", "1e9", ".5", "1761205500.", "-1"],
        "elapsed": ["1_0", "+5", "1e2", ""],
        "client": [""],
        "code": ["TCP_MISS/2000", "TCP_MISS/", "X/1e2", "200"],
        "size": ["1e3", "+1", "0x10"],
        "method": [""],
        "url": [
            "http://[::1]:80/",
            "http://a@b.com/",
            "error:transaction-end",
            "/rel",
            "http://x.com./",
            "x.com:44a",
            "http://-x.com/",
            "http://x.com:/",
            "x.com",
            "http://",
            "http://x.com:8a/",
            "x.com:443/p",
        ],
        "user": [""],
        "hier": ["HIER_NONE", ""],
        "mime": [""],
    }
    fields = []
    for name, good in fields_ok.items():
        # Hypothesis favours small numbers and the first item of a list, so 19 means "odd" and is rare.
        if draw(st.integers(0, 19)) == 19:
            fields.append(draw(st.one_of(st.sampled_from(fields_odd[name]), _FIELD)))
        else:
            fields.append(draw(st.sampled_from(good)))
    count = draw(st.sampled_from([10] * 8 + [9, 11]))
    fields = [*fields, "extra"][:count]
    line = fields[0] + draw(st.sampled_from([" ", " ", "  ", "      ", "       "]))
    for field in fields[1:-1]:
        line += field + (draw(_SEP) if draw(st.integers(0, 19)) == 19 else " ")
    return line + fields[-1] + draw(st.sampled_from(["", "", "", " "]))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(line=squidish_lines())
def test_generated_lines_are_stored_the_same_either_way(tmp_path: Path, line: str) -> None:
    path = tmp_path / "access.log"
    path.write_text(line + "\n")
    fast, slow, fast_summary, slow_summary = ingest_both(path)
    assert fast == slow, line
    assert fast_summary == slow_summary, line


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"abc ~\n xyz\n", True),
        (b"no final newline", True),
        (b"", False),
        (b"tab\there\n", False),
        (b"crlf\r\n", False),
        (b"del\x7f\n", False),
        (b"nul\x00\n", False),
        ("café\n".encode(), False),
        (b"\xef\xbb\xbfbom\n", False),
        # Past the first 1 MiB block, and the last byte of the file.
        (b"a" * (1024 * 1024 + 10) + b"\x1f", False),
        (b"a" * (3 * 1024 * 1024) + b"\n", True),
    ],
)
def test_is_printable_ascii(tmp_path: Path, content: bytes, expected: bool) -> None:
    path = tmp_path / "log"
    path.write_bytes(content)
    assert is_printable_ascii(path) is expected


def test_canonical_file_takes_the_fast_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "access.log"
    path.write_text("\n".join(GOOD) + "\n")
    with Store(None) as slow:
        slow.ingest(path, fast=False)
        expected = rows(slow)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the line-by-line parser should not have been needed")

    monkeypatch.setattr(store_module, "parse_to_csv", refuse)
    with Store(None) as fast:
        summary = fast.ingest(path)
        assert rows(fast) == expected
    assert (summary.lines, summary.requests, summary.malformed_count) == (len(GOOD), len(GOOD), 0)


@pytest.mark.parametrize("compress", [False, True])
def test_one_odd_line_sends_the_file_to_the_line_parser(tmp_path: Path, compress: bool) -> None:
    content = ("\n".join([*GOOD, "not a log line", *GOOD]) + "\n").encode()
    path = tmp_path / ("access.log.gz" if compress else "access.log")
    path.write_bytes(gzip.compress(content) if compress else content)
    with Store(None) as store:
        summary = store.ingest(path)
        assert store.count() == 2 * len(GOOD)
    assert [m.line for m in summary.malformed] == [len(GOOD) + 1]


def test_a_last_line_without_newline_counts(tmp_path: Path) -> None:
    path = tmp_path / "access.log"
    path.write_text("\n".join(GOOD))
    fast, slow, fast_summary, slow_summary = ingest_both(path)
    assert fast == slow and fast_summary == slow_summary


def test_invalid_utf8_falls_back_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "access.log"
    path.write_bytes(
        ("\n".join(GOOD) + "\n").encode() + b"1761205599.000 5 10.0.0.1 TCP_MISS/200 0 GET http://x\xff.com/ - H/- -\n"
    )
    with Store(None) as store:
        summary = store.ingest(path)
        assert store.count() == len(GOOD)
    assert summary.malformed_count == 1


@pytest.mark.parametrize("position", ["first", "middle", "last"])
def test_a_line_the_fast_path_refuses_is_reported_with_its_number(
    tmp_path: Path, fallbacks: list[Path], position: str
) -> None:
    # The fast path stops at the first line it does not accept and rolls back; the line-by-line parser then
    # reports that line by number and loads the rest, and nothing of the aborted attempt stays in the store.
    bad = "1761205600.000 1e3 10.20.1.13 TCP_MISS/200 0 GET http://x.com/ - HIER_NONE/- -"
    where = {"first": 0, "middle": len(GOOD), "last": 2 * len(GOOD)}[position]
    lines = [*GOOD, *GOOD]
    lines.insert(where, bad)
    path = tmp_path / "access.log"
    path.write_text("\n".join(lines) + "\n")
    with Store(None) as store:
        summary = store.ingest(path)
        assert store.count() == 2 * len(GOOD)
        assert len(store.sources()) == 1
    assert fallbacks == [path]
    assert [(m.line, m.reason) for m in summary.malformed] == [
        (where + 1, "field 2 (elapsed) or 5 (bytes) is not a number")
    ]
    assert (summary.lines, summary.requests) == (2 * len(GOOD) + 1, 2 * len(GOOD))


def test_blank_lines_send_the_file_to_the_line_parser(tmp_path: Path, fallbacks: list[Path]) -> None:
    path = tmp_path / "access.log"
    path.write_text("\n".join([*GOOD, "", *GOOD, ""]) + "\n")
    fast, slow, fast_summary, slow_summary = ingest_both(path)
    assert fast == slow and fast_summary == slow_summary
    assert fast_summary.ignored == {"blank": 2} and fast_summary.lines == 2 * len(GOOD) + 2
    assert fallbacks == [path, path]  # fast=True fell back; fast=False never tried


def test_crlf_line_ends_take_the_fast_path(tmp_path: Path, fallbacks: list[Path]) -> None:
    path = tmp_path / "access.log"
    path.write_bytes(("\r\n".join(GOOD) + "\r\n").encode())
    fast, slow, fast_summary, slow_summary = ingest_both(path)
    assert fast == slow and fast_summary == slow_summary
    assert fast_summary.lines == len(GOOD)
    assert fallbacks == [path]  # only the fast=False ingest


@pytest.mark.parametrize("content", [b"\r".join, lambda lines: b"\r\n".join(lines[:3]) + b"\n" + b"\n".join(lines[3:])])
def test_stray_carriage_returns_send_the_file_to_the_line_parser(
    tmp_path: Path, fallbacks: list[Path], content: Any
) -> None:
    path = tmp_path / "access.log"
    path.write_bytes(content([line.encode() for line in GOOD]) + b"\n")
    fast, slow, fast_summary, slow_summary = ingest_both(path)
    assert fast == slow and fast_summary == slow_summary
    assert fallbacks == [path, path]


def test_a_byte_order_mark_sends_the_file_to_the_line_parser(tmp_path: Path, fallbacks: list[Path]) -> None:
    # DuckDB's CSV reader drops a UTF-8 byte-order mark; the line-by-line reader keeps it in line 1, which is
    # then not a valid time. Both paths must agree, so the fast path is not tried.
    path = tmp_path / "access.log"
    path.write_bytes(b"\xef\xbb\xbf" + ("\n".join(GOOD) + "\n").encode())
    fast, slow, fast_summary, slow_summary = ingest_both(path)
    assert fast == slow and fast_summary == slow_summary
    assert [m.line for m in fast_summary.malformed] == [1]
    assert fallbacks == [path, path]


def test_a_time_too_big_for_the_store_is_a_malformed_line(tmp_path: Path) -> None:
    # Twelve digits before the point: the parser once accepted it and the load into a TIMESTAMP then failed
    # the whole ingest.
    path = tmp_path / "access.log"
    path.write_text("\n".join([GOOD[0], "176120550012.5" + GOOD[0][14:], GOOD[0]]) + "\n")
    with Store(None) as store:
        summary = store.ingest(path)
        assert store.count() == 2
    assert [(m.line, m.reason) for m in summary.malformed] == [(2, "field 1 (time) is not epoch seconds")]
