from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from smscreen.errors import ArchiveError
from smscreen.readers import ReadStats, detect_format, read_posts
from smscreen.readers.csv_posts import CsvReader

from .builders import FIXTURES, split


def test_fixture_file() -> None:
    path = FIXTURES / "posts.csv"
    assert detect_format(path) == "csv"
    posts, errors = split(list(read_posts(path)))
    assert errors == []
    trip, bare = posts
    assert trip.id == "c-1"
    assert trip.text == "Trip to the farm, with year 2\r\nsee you all Monday"  # quoted newline kept as written
    assert trip.created_at == datetime(2025, 11, 20, 18, 2, tzinfo=UTC)
    assert trip.account.kind == "official" and trip.account.handle == "@OakfieldPrimary"
    assert trip.account.bio == "School news" and trip.account.platform == "x"
    assert trip.connections == ("@a", "@b")
    assert trip.author_id is None and trip.in_reply_to is None
    assert trip.source == f"{path}:2"
    # the record after a two-line record starts on line 4; its id comes from there
    assert (bare.id, bare.source, bare.text) == ("posts.csv:4", f"{path}:4", "Just text")
    assert bare.account.kind == "personal"


HEADER = b"id,text,created_at,account_kind,is_repost,mentions\n"


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (b"x1,,,,,", "the 'text' column is empty"),
        (b"x1", "the 'text' column is empty"),
        (b"x1,hello,,,,,extra", "record has 7 fields but the header has 6"),
        (b"x1,hello,not a date,,,", "field 'created_at'"),
        (b"x1,hello,,school,,", "field 'account.kind'"),
        (b"x1,hello,,,maybe,", "field 'is_repost'"),
        (b"x1,caf\xe9 au lait,,,,", "not valid UTF-8"),
        (b'x1,"' + b"x" * 200_000 + b'",,,,', "malformed CSV record"),
    ],
)
def test_bad_record_is_one_error_and_reading_goes_on(tmp_path: Path, row: bytes, reason: str) -> None:
    path = tmp_path / "posts.csv"
    path.write_bytes(HEADER + b"a1,before,,,,\n" + row + b"\na2,after,,,yes,@kim_y6;@sam\n")
    posts, errors = split(list(read_posts(path)))
    assert [p.text for p in posts] == ["before", "after"]
    assert posts[1].is_repost and posts[1].mentions == ("@kim_y6", "@sam")
    assert [e.source for e in errors] == [f"{path}:3"]
    assert reason in errors[0].reason
    assert "au lait" not in errors[0].reason


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"id,body\n1,hello\n", "no 'text' column in the header (found: id, body)"),
        (b"id,text,text\n1,a,b\n", "column(s) named twice in the header: text"),
        (b"id,t\xe9xt\n", "header row is not valid UTF-8"),
    ],
)
def test_unusable_header_raises(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "posts.csv"
    path.write_bytes(content)
    with pytest.raises(ArchiveError, match=re.escape(message)) as info:
        list(CsvReader().read(path))
    assert str(path) in str(info.value)


def test_empty_csv_raises(tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    path.write_bytes(b"")
    with pytest.raises(ArchiveError, match="empty file"):
        list(CsvReader().read(path))


def test_blank_rows_are_skipped_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    path.write_bytes(b"\xef\xbb\xbfText,Likes\nhello,1\n\n,,\nbye,2\n")
    stats = ReadStats()
    posts, errors = split(list(read_posts(path, stats=stats)))
    assert [p.text for p in posts] == ["hello", "bye"] and errors == []
    assert [p.source for p in posts] == [f"{path}:2", f"{path}:5"]
    assert stats.skipped == {"blank CSV row": 2}


def test_unknown_columns_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    path.write_text("text,retweets,url\nhello,3,https://example.org\n")
    (post,) = read_posts(path)
    assert post.text == "hello"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("content", "is_csv"),
    [
        (b"text\nhello\n", True),
        (b"ID, Text ,Date\n", True),
        (b'"id","text"\n', True),
        (b"id,body\n", False),
        (b"textual,notes\n", False),
        (b'{"text": "a"}\n', False),
        (b"text\x00\n", False),
    ],
)
def test_sniff(tmp_path: Path, content: bytes, is_csv: bool) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(content)
    assert CsvReader().sniff(path) is is_csv
