from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smscreen.errors import ArchiveError
from smscreen.models import Post
from smscreen.readers import ReadError, ReadStats, detect_format, read_posts
from smscreen.readers import jsonl as jsonl_module
from smscreen.readers.jsonl import JsonlReader

from .builders import FIXTURES, split


def test_fixture_file() -> None:
    path = FIXTURES / "posts.jsonl"
    assert detect_format(path) == "jsonl"
    posts, errors = split(list(read_posts(path)))
    assert errors == []
    full, bare, numeric = posts
    assert full.id == "t-1"
    assert full.account.handle == "@jo_teaches" and full.account.bio == "Teacher"
    assert full.author_id == "S004"
    assert full.created_at == datetime(2025, 11, 20, 18, 2, tzinfo=UTC)
    assert full.in_reply_to == "@someone"
    assert full.connections == ("@a", "@b")
    assert full.source == f"{path}:1"
    assert (bare.id, bare.source) == ("posts.jsonl:3", f"{path}:3")  # line 2 is blank
    assert bare.account.kind == "personal"
    assert (numeric.id, numeric.account.kind) == ("42", "official")


BAD_LINES: list[tuple[bytes, str]] = [
    (b'{"text": "unterminated', "invalid JSON"),
    (b"not json at all", "invalid JSON"),
    (b'{"id": "x"}', "missing field 'text'"),
    (b'{"text": 5}', "field 'text': Input should be a valid string"),
    (b'{"text": null}', "field 'text'"),
    (b'{"text": "a", "created_at": "soon"}', "field 'created_at'"),
    (b'{"text": "a", "connections": "@a"}', "field 'connections'"),
    (b'{"text": "a", "account": {"kind": "school"}}', "field 'account.kind'"),
    (b'{"text": "a", "account": "@jo"}', "field 'account'"),
    (b'["text", "a"]', "expected a JSON object with a 'text' field, got an array"),
    (b'"just a string"', "got a string"),
    (b"42", "got a number"),
    (b"null", "got null"),
    (b'{"text": "caf\xe9"}', "not valid UTF-8 (byte 0xe9 at column 14)"),
    (b'{"text": "a"} {"text": "b"}', "unexpected data after the value"),
    (b"[" * 50_000, "nested too deeply"),
    (b'{"text": "a", "id": ' + b"9" * 5000 + b"}", "invalid JSON"),
    (b'{"text": "nul \x00 inside"}', "invalid JSON"),
]


@pytest.mark.parametrize(("line", "reason"), BAD_LINES)
def test_bad_line_is_one_error_and_reading_goes_on(tmp_path: Path, line: bytes, reason: str) -> None:
    path = tmp_path / "posts.jsonl"
    path.write_bytes(b'{"text": "before"}\n' + line + b'\n{"text": "after"}\n')
    items = list(JsonlReader().read(path))
    posts, errors = split(items)
    assert [p.text for p in posts] == ["before", "after"]
    assert [e.source for e in errors] == [f"{path}:2"]
    assert reason in errors[0].reason
    # the reason never echoes the record (it may be post text)
    assert "typo" not in errors[0].reason and "caf" not in errors[0].reason


@pytest.mark.parametrize(
    ("content", "texts"),
    [
        (b"\xef\xbb\xbf" + b'{"text": "bom"}\n', ["bom"]),
        (b'{"text": "crlf"}\r\n{"text": "two"}\r\n', ["crlf", "two"]),
        (b'{"text": "no final newline"}', ["no final newline"]),
        (b'\n\n  \n{"text": "after blanks"}\n\n', ["after blanks"]),
        (b'{"text": "line\\u2028separator"}\n', ["line\u2028separator"]),
        (b'{"text": ""}\n', [""]),  # empty text is a post; the screener decides what it means
    ],
)
def test_line_handling(tmp_path: Path, content: bytes, texts: list[str]) -> None:
    path = tmp_path / "posts.jsonl"
    path.write_bytes(content)
    posts, errors = split(list(read_posts(path)))
    assert errors == [] and [p.text for p in posts] == texts


def test_line_numbers_count_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text('\n{"text": "a"}\n\n{"text": 1}\n')
    items = list(read_posts(path))
    assert [i.source for i in items] == [f"{path}:2", f"{path}:4"]


def test_overlong_line_is_skipped_without_buffering(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonl_module, "MAX_LINE_BYTES", 64)
    path = tmp_path / "p.jsonl"
    exact = b'{"text": "' + b"y" * (64 - 12) + b'"}'
    assert len(exact) == 64
    path.write_bytes(b'{"text": "ok"}\n{"text": "' + b"x" * 5000 + b'"}\n' + exact + b"\n")
    posts, errors = split(list(read_posts(path)))
    assert [p.text for p in posts] == ["ok", "y" * 52]
    assert [e.source for e in errors] == [f"{path}:2"] and "longer than 64 bytes" in errors[0].reason


def test_source_overrides_a_record_source(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text('{"text": "a", "source": "elsewhere"}\n')
    (post,) = read_posts(path)
    assert post.source == f"{path}:1"


def test_stats(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text('{"text": "a"}\n{"text": 1}\n\n{"text": "c"}\n')
    stats = ReadStats()
    list(read_posts(path, stats=stats))
    assert (stats.posts, stats.errors) == (2, 1)


def test_first_line_broken_still_read_as_jsonl_by_name(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text('garbage\n{"text": "fine"}\n')
    assert detect_format(path) == "jsonl"
    posts, errors = split(list(read_posts(path)))
    assert [p.text for p in posts] == ["fine"] and [e.source for e in errors] == [f"{path}:1"]


def test_empty_jsonl_is_no_posts(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"")
    assert list(read_posts(path)) == []


def _non_blank_lines(data: bytes) -> int:
    return sum(1 for line in data.removeprefix(b"\xef\xbb\xbf").split(b"\n") if line.strip())


_json_ish = st.lists(
    st.one_of(
        st.binary(max_size=40),
        st.sampled_from([b'{"text": "a"}', b'{"text": 1}', b"{", b"\xff", b"\x00", b"\r", b"[]", b'{"text"']),
        st.text(max_size=30).map(lambda t: t.encode("utf-8")),
    ),
    max_size=12,
).map(lambda parts: b"\n".join(parts))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=300), _json_ish))
def test_any_bytes_as_jsonl_never_crash(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.jsonl"
    path.write_bytes(data)
    # The JSONL reader itself: every non-blank line is exactly one Post or ReadError.
    items = list(JsonlReader().read(path))
    assert len(items) == _non_blank_lines(data)
    assert all(isinstance(i, Post | ReadError) for i in items)
    assert all(i.source and i.source.startswith(f"{path}:") for i in items)
    # Through detection: only ArchiveError may escape, and a JSONL verdict reads the same.
    try:
        fmt = detect_format(path)
        items = list(read_posts(path))
    except ArchiveError as exc:
        assert str(path) in str(exc)
        return
    if fmt == "jsonl":
        assert len(items) == _non_blank_lines(data)


def test_unknown_top_level_fields_are_ignored(tmp_path: Path) -> None:
    # Exports and labelled sets carry metadata smscreen does not read; the post must still be screened.
    path = tmp_path / "posts.jsonl"
    path.write_bytes(b'{"id": "g1", "text": "hello", "gold": [{"category": "abuse"}], "likes": 3}\n')
    (post,) = list(read_posts(path))
    assert not isinstance(post, ReadError)
    assert post.text == "hello" and post.id == "g1"
