"""Parsers: every line is a request, an ignored line of a known kind, or malformed with a reason."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from pathlib import Path

import pytest

from smscreen.errors import InputError, LogFormatError
from smscreen.logs import LogReader, ParseOptions, Request, available_formats, load_csv_columns
from smscreen.logs.hosts import HostCache, host_from_url


def utc(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp()


def read(path: Path, **options: object) -> tuple[LogReader, list[Request]]:
    reader = LogReader(path, ParseOptions(**options))  # type: ignore[arg-type]
    return reader, list(reader)


@pytest.mark.parametrize(
    ("name", "fmt", "lines", "requests", "ignored", "malformed_lines"),
    [
        ("squid_native.log", "squid", 10, 7, {"blank": 1}, [8, 9]),
        ("squid_combined.log", "squid-common", 5, 3, {}, [4, 5]),
        ("w3c.log", "w3c", 11, 4, {"directive": 5}, [7, 11]),
        ("proxifier.log", "proxifier", 6, 3, {"connection-close": 1}, [5, 6]),
        ("export.csv", "csv", 8, 4, {"header": 1, "continuation": 1}, [7, 8]),
    ],
)
def test_every_line_is_accounted_for(
    fixtures: Path, name: str, fmt: str, lines: int, requests: int, ignored: dict[str, int], malformed_lines: list[int]
) -> None:
    reader, parsed = read(fixtures / name, year=2025)
    summary = reader.summary
    assert summary.format == fmt
    assert (summary.lines, summary.requests, len(parsed)) == (lines, requests, requests)
    assert summary.ignored == ignored
    assert [m.line for m in summary.malformed] == malformed_lines
    assert all(m.reason for m in summary.malformed)
    assert summary.accounted


@pytest.mark.parametrize(
    ("name", "index", "expected"),
    [
        ("squid_native.log", 0, Request(1761205500.12, "www.facebook.com", "tfoxglove", "10.20.1.11", 200)),
        ("squid_native.log", 2, Request(1761205502.1, "static.xx.fbcdn.net", "tfoxglove", "10.20.1.11", 200)),
        ("squid_native.log", 3, Request(1761205503.0, "www.tiktok.com", None, "10.20.1.12", 407)),
        ("squid_native.log", 5, Request(1761205505.0, "2001:db8::1", None, "[::1]", 200)),
        ("squid_native.log", 6, Request(1761205506.0, "", None, "10.20.1.13", 0)),
        (
            "squid_combined.log",
            0,
            Request(utc("2025-10-23T07:45:00"), "www.youtube.com", "tfoxglove", "10.20.1.11", 200),
        ),
        ("squid_combined.log", 1, Request(utc("2025-10-23T07:45:10"), "i.ytimg.com", None, "10.20.1.12", 200)),
        ("squid_combined.log", 2, Request(utc("2025-10-23T07:45:20"), "reddit.com", "ident7", "10.20.1.13", 304)),
        ("w3c.log", 0, Request(utc("2025-10-23T07:45:00"), "www.instagram.com", "tfoxglove", "10.20.1.11", 200)),
        (
            "w3c.log",
            1,
            Request(utc("2025-10-23T07:45:01"), "scontent.cdninstagram.com", "tfoxglove", "10.20.1.11", 200),
        ),
        # After the second #Fields: only a time, so the day comes from #Date:.
        ("w3c.log", 2, Request(utc("2025-10-23T07:46:00"), "www.snapchat.com", "iquillfeather", "10.20.1.12", 200)),
        ("w3c.log", 3, Request(utc("2025-10-23T07:46:01"), "", "iquillfeather", "10.20.1.12", 200)),
        ("export.csv", 0, Request(utc("2025-10-23T07:45:00"), "www.linkedin.com", "tfoxglove", "10.20.1.11", 200)),
        ("export.csv", 2, Request(1761205600.0, "www.pinterest.com", "iquillfeather", "10.20.1.12", 200)),
        ("export.csv", 3, Request(utc("2025-10-23T07:47:00"), "discord.com", "opennywhistle", "10.20.1.15", 200)),
    ],
)
def test_fields(fixtures: Path, name: str, index: int, expected: Request) -> None:
    _, parsed = read(fixtures / name)
    got = parsed[index]
    assert got._replace(ts=round(got.ts, 3)) == expected._replace(ts=round(expected.ts, 3))


@pytest.mark.parametrize(
    ("name", "line", "reason"),
    [
        ("squid_native.log", 8, "expected 10 fields, found 9"),
        ("squid_native.log", 9, "field 4 is not CODE/STATUS"),
        ("squid_combined.log", 4, "time is not dd/Mon/yyyy:HH:MM:SS +zone"),
        ("squid_combined.log", 5, "not a common/combined log line"),
        ("w3c.log", 7, "expected 10 fields (per #Fields: on line 4), found 9"),
        ("w3c.log", 11, "date/time is not YYYY-MM-DD HH:MM:SS"),
        ("proxifier.log", 5, "02.30 09:00:00 is not a valid time in 2025"),
        ("proxifier.log", 6, "unknown Proxifier event"),
        ("export.csv", 7, "time column is empty or not in the expected format"),
        ("export.csv", 8, "expected 6 columns (as in the header), found 3"),
    ],
)
def test_malformed_reasons_name_the_problem_not_the_content(fixtures: Path, name: str, line: int, reason: str) -> None:
    reader, _ = read(fixtures / name, year=2025)
    found = {m.line: m.reason for m in reader.summary.malformed}
    assert reason in found[line]
    # Reasons never quote user names or URLs from the line.
    assert not any(word in found[line] for word in ("tfoxglove", "iquillfeather", "reddit", "example.org"))


def test_w3c_handles_crlf_and_fields_changing_mid_file(tmp_path: Path) -> None:
    path = tmp_path / "crlf.log"
    path.write_bytes(
        b"#Fields: date time c-ip cs-username cs-host sc-status\r\n"
        b"2025-10-23 07:45:00 10.0.0.1 tfoxglove www.tumblr.com 200\r\n"
        b"#Fields: date time cs-host c-ip\r\n"
        b"2025-10-23 07:45:05 www.twitch.tv 10.0.0.2\r\n"
    )
    reader, parsed = read(path)
    assert [(r.host, r.user, r.client) for r in parsed] == [
        ("www.tumblr.com", "tfoxglove", "10.0.0.1"),
        ("www.twitch.tv", None, "10.0.0.2"),
    ]
    assert reader.summary.accounted and reader.summary.malformed_count == 0


def test_w3c_data_before_any_fields_directive_is_malformed(tmp_path: Path) -> None:
    path2 = tmp_path / "w3c2.log"
    path2.write_text("#Software: x\n2025-10-23 07:45:00 a.example\n#Fields: date time cs-host\n")
    reader, _ = read(path2, log_format="w3c")
    assert [m.reason for m in reader.summary.malformed] == ["no #Fields: directive before this line"]


@pytest.mark.parametrize(("year", "expected_year"), [(2024, 2024), (None, "mtime")])
def test_proxifier_year_comes_from_option_or_file_mtime(
    fixtures: Path, tmp_path: Path, year: int | None, expected_year: object
) -> None:
    path = tmp_path / "p.log"
    path.write_text((fixtures / "proxifier.log").read_text())
    import os

    os.utime(path, (utc("2023-06-01T00:00:00"), utc("2023-06-01T00:00:00")))
    _, parsed = read(path, year=year, local_timezone="Europe/London")
    first = datetime.fromtimestamp(parsed[0].ts, UTC)
    assert first.year == (2023 if expected_year == "mtime" else expected_year)
    # 08:45 British Summer Time is 07:45 UTC.
    assert (first.month, first.day, first.hour, first.minute) == (10, 23, 7, 45)


def test_gzip_is_read_transparently(fixtures: Path, tmp_path: Path) -> None:
    path = tmp_path / "access.log.1.gz"
    path.write_bytes(gzip.compress((fixtures / "squid_native.log").read_bytes()))
    reader, parsed = read(path)
    assert reader.format == "squid" and len(parsed) == 7 and reader.summary.accounted


def test_invalid_utf8_is_one_malformed_line_not_a_failed_file(tmp_path: Path) -> None:
    path = tmp_path / "access.log"
    good = b"1761205500.120 1 10.0.0.1 TCP_MISS/200 1 GET http://x.com/ - HIER_DIRECT/- -\n"
    path.write_bytes(
        good + b"1761205501.120 1 10.0.0.1 TCP_MISS/200 1 GET http://x\xff.com/ - HIER_DIRECT/- -\n" + good
    )
    reader, parsed = read(path)
    assert len(parsed) == 2
    assert [m.line for m in reader.summary.malformed] == [2]


def test_csv_with_a_column_map(fixtures: Path) -> None:
    columns = load_csv_columns(fixtures / "filter-map.yaml")
    reader, parsed = read(fixtures / "filter-export.csv", csv_columns=columns, log_format="csv")
    assert [(r.host, r.user, r.client) for r in parsed] == [
        ("www.twitch.tv", "mbramblewood", "LAB-PC-07"),
        ("static-cdn.jtvnw.net", "mbramblewood", "LAB-PC-07"),
    ]
    # 08:45 in London on 23 October 2025 (BST) is 07:45 UTC.
    assert parsed[0].ts == utc("2025-10-23T07:45:00")
    assert reader.summary.accounted


def test_csv_without_a_recognisable_header_is_not_guessed(fixtures: Path) -> None:
    with pytest.raises(LogFormatError, match="cannot tell the format"):
        LogReader(fixtures / "filter-export.csv")
    reader, parsed = read(fixtures / "filter-export.csv", log_format="csv")
    assert parsed == [] and reader.summary.malformed_count == 3
    assert "--csv-map" in reader.summary.malformed[0].reason


def test_column_map_rejects_unknown_keys_with_file_and_line(fixtures: Path) -> None:
    with pytest.raises(InputError) as caught:
        load_csv_columns(fixtures / "bad-map.yaml")
    text = str(caught.value)
    assert "unknown key 'hostname'" in text and "bad-map.yaml:2" in text


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (None, "no such file"),
        (b"\x00\x01\x02binary", "binary file"),
        (b"# Notes\nThese are meeting notes.\n", "cannot tell the format"),
    ],
)
def test_unreadable_files_raise_log_format_error(tmp_path: Path, content: bytes | None, error: str) -> None:
    path = tmp_path / "x.log"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(LogFormatError, match=error):
        LogReader(path)


def test_empty_file_has_no_lines_and_no_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.log"
    path.write_text("")
    reader, parsed = read(path)
    assert (reader.format, parsed, reader.summary.lines) == ("empty", [], 0)


def test_formats_are_registered() -> None:
    assert set(available_formats()) == {"squid", "squid-common", "w3c", "csv", "proxifier"}


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("http://www.Facebook.com/x?y", "www.facebook.com"),
        ("https://user:pw@static.xx.fbcdn.net:8443/a", "static.xx.fbcdn.net"),
        ("www.tiktok.com:443", "www.tiktok.com"),
        ("http://[2001:db8::1]:80/", "2001:db8::1"),
        ("http://example.com.", "example.com"),
        ("/relative/path", ""),
        ("error:transaction-end-before-headers", ""),
        ("-", ""),
        # negatives: something that claims to be a host but is not one
        ("http://bad host/", None),
        ("http://[2001:db8::1/", None),
        ("http:///nothing", None),
        ("http://exa%6dple.com/", None),
    ],
)
def test_host_from_url(url: str, host: str | None) -> None:
    assert host_from_url(url) == host
    assert HostCache().from_url(url) == host


def test_a_corrupt_gzip_is_a_log_format_error_not_a_crash(fixtures: Path, tmp_path: Path) -> None:
    data = gzip.compress((fixtures / "squid_native.log").read_bytes() * 200)
    path = tmp_path / "broken.log.gz"
    path.write_bytes(data[: len(data) // 2] + b"\x00garbage" * 50)
    with pytest.raises(LogFormatError):
        list(LogReader(path))
