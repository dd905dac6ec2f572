from __future__ import annotations

import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from smscreen.errors import ArchiveError
from smscreen.models import Post
from smscreen.readers import ReadError, ReadStats, detect_format, read_posts
from smscreen.readers.x_archive import XArchiveReader, parse_x_datetime

from .builders import X_ARCHIVE, split, tweet, write_js, zip_dir


def _check_fixture_posts(items: list[Post | ReadError], source_prefix: str) -> None:
    posts, errors = split(items)
    assert errors == []
    assert [p.id for p in posts] == ["1001", "1002", "1003"]
    first, reply, retweet = posts
    assert first.text == "Museum & park with year 5 <3 thanks to @sam_parent"
    assert first.mentions == ("@sam_parent",)
    assert first.created_at == datetime(2022, 10, 19, 20, 7, 25, tzinfo=UTC)
    assert first.in_reply_to is None and not first.is_repost
    assert first.source == f"{source_prefix}data/tweets.js#0"
    assert reply.in_reply_to == "@kim_y6"
    assert reply.created_at == datetime(2023, 1, 2, 8, 0, tzinfo=UTC)  # +0100 converted
    assert retweet.is_repost
    for p in posts:
        assert p.account.kind == "personal"
        assert p.account.platform == "x"
        assert p.account.handle == "@jo_teaches"  # manifest wins over account.js's older name
        assert p.account.bio == "Teacher & runner. Views my own."
        assert p.connections == ("900000000000000222", "900000000000000111")


def test_folder(x_folder: Path) -> None:
    assert detect_format(x_folder) == "x-archive"
    _check_fixture_posts(list(read_posts(x_folder)), f"{x_folder}/")


@pytest.mark.parametrize("prefix", ["", "twitter-2025-11-20-abc/"])
def test_zip(tmp_path: Path, prefix: str) -> None:
    archive = zip_dir(X_ARCHIVE, tmp_path / "archive.zip", prefix=prefix)
    assert detect_format(archive) == "x-archive"
    _check_fixture_posts(list(read_posts(archive)), f"{archive}/{prefix}")


def test_tweets_js_alone_takes_account_from_its_folder(x_folder: Path) -> None:
    path = x_folder / "data" / "tweets.js"
    assert detect_format(path) == "x-archive"
    _check_fixture_posts(list(read_posts(path)), f"{x_folder}/")


def test_tweets_js_alone_without_siblings(tmp_path: Path) -> None:
    path = shutil.copy(X_ARCHIVE / "data" / "tweets.js", tmp_path / "tweets.js")
    posts, errors = split(list(read_posts(path)))
    assert errors == [] and len(posts) == 3
    assert posts[0].account.handle is None and posts[0].connections == ()
    assert posts[0].source == f"{path}#0"


def test_account_js_used_without_manifest(x_folder: Path) -> None:
    (x_folder / "data" / "manifest.js").unlink()
    posts, errors = split(list(read_posts(x_folder)))
    assert errors == [] and len(posts) == 3
    assert posts[0].account.handle == "@jo_old_name"


def _split_archive(root: Path, *, counts: tuple[str, str, str] = ("2", "1", "1"), extra: str | None = None) -> Path:
    data = root / "data"
    write_js(data / "tweets.js", "YTD.tweets.part0", [tweet("1", "part zero a"), tweet("2", "part zero b")])
    write_js(data / "tweets-part1.js", "YTD.tweets.part1", [tweet("3", "part one")])
    write_js(data / "tweets-part2.js", "YTD.tweets.part2", [tweet("4", "part two")])
    files = [
        {"fileName": "data/tweets.js", "globalName": "YTD.tweets.part0", "count": counts[0]},
        {"fileName": "data/tweets-part1.js", "globalName": "YTD.tweets.part1", "count": counts[1]},
        {"fileName": "data/tweets-part2.js", "globalName": "YTD.tweets.part2", "count": counts[2]},
    ]
    if extra:
        files.append({"fileName": extra, "globalName": "YTD.tweets.part3", "count": "5"})
    write_js(
        data / "manifest.js",
        "__THAR_CONFIG",
        {"userInfo": {"userName": "jo_teaches"}, "dataTypes": {"tweets": {"files": files}}},
    )
    return root


def test_split_parts_in_manifest_order(tmp_path: Path) -> None:
    root = _split_archive(tmp_path / "x")
    posts, errors = split(list(read_posts(root)))
    assert errors == []
    assert [p.id for p in posts] == ["1", "2", "3", "4"]
    assert posts[2].source == f"{root}/data/tweets-part1.js#0"
    assert {p.account.handle for p in posts} == {"@jo_teaches"}


def test_split_parts_zip(tmp_path: Path) -> None:
    root = _split_archive(tmp_path / "x")
    posts, errors = split(list(read_posts(zip_dir(root, tmp_path / "x.zip"))))
    assert errors == [] and [p.id for p in posts] == ["1", "2", "3", "4"]


def test_split_parts_found_by_name_without_manifest(tmp_path: Path) -> None:
    root = _split_archive(tmp_path / "x")
    (root / "data" / "manifest.js").unlink()
    posts, errors = split(list(read_posts(root)))
    assert errors == [] and [p.id for p in posts] == ["1", "2", "3", "4"]


def test_flattened_copy_resolves_manifest_names(tmp_path: Path) -> None:
    """manifest.js and tweets.js side by side, as when someone copies the data folder's files out."""
    root = _split_archive(tmp_path / "x")
    flat = tmp_path / "flat"
    shutil.copytree(root / "data", flat)
    posts, errors = split(list(read_posts(flat)))
    assert errors == [] and len(posts) == 4


def test_manifest_count_mismatch_is_reported(tmp_path: Path) -> None:
    root = _split_archive(tmp_path / "x", counts=("2", "7", "1"))
    posts, errors = split(list(read_posts(root)))
    assert len(posts) == 4
    assert [(e.source, e.reason) for e in errors] == [
        (f"{root}/data/tweets-part1.js", "manifest.js says 7 tweets, the file holds 1")
    ]


def test_manifest_file_missing_from_archive_is_reported(tmp_path: Path) -> None:
    root = _split_archive(tmp_path / "x", extra="data/tweets-part3.js")
    posts, errors = split(list(read_posts(root)))
    assert len(posts) == 4
    assert len(errors) == 1 and "tweets-part3.js" in errors[0].source
    assert "listed in manifest.js but not in the archive" in errors[0].reason


def test_manifest_cannot_reach_outside_the_archive(tmp_path: Path) -> None:
    (tmp_path / "secret.js").write_text('window.YTD.tweets.part0 = [{"tweet": {"full_text": "x"}}]')
    root = _split_archive(tmp_path / "x", extra="../../secret.js")
    posts, errors = split(list(read_posts(root)))
    assert len(posts) == 4 and len(errors) == 1
    assert "not in the archive" in errors[0].reason


def test_old_archive_layout_tweet_js_unwrapped(tmp_path: Path) -> None:
    write_js(
        tmp_path / "old" / "data" / "tweet.js",
        "YTD.tweet.part0",
        [{"id_str": "7", "full_text": "old style", "created_at": "Tue Jan 01 10:00:00 +0000 2019"}],
    )
    posts, errors = split(list(read_posts(tmp_path / "old")))
    assert errors == [] and posts[0].id == "7" and posts[0].text == "old style"


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ("not an object", "expected a tweet object"),
        ({"tweet": {"id_str": "1"}}, "tweet has no full_text"),
        ({"tweet": {"id_str": "1", "full_text": 5}}, "tweet has no full_text"),
        ({"tweet": {"full_text": "a", "created_at": "yesterday"}}, "created_at is not a date: 'yesterday'"),
        ({"tweet": {"full_text": "a", "created_at": 5}}, "created_at is not a string"),
        ({"tweet": {"full_text": "a", "entities": {"user_mentions": "x"}}}, "entities.user_mentions is malformed"),
        ({"tweet": {"full_text": "a", "entities": {"user_mentions": [{"id": 1}]}}}, "entities.user_mentions"),
    ],
)
def test_malformed_tweet_is_one_error_and_reading_goes_on(tmp_path: Path, record: object, reason: str) -> None:
    path = write_js(tmp_path / "tweets.js", "YTD.tweets.part0", [tweet("1", "before"), record, tweet("3", "after")])
    posts, errors = split(list(read_posts(path)))
    assert [p.text for p in posts] == ["before", "after"]
    assert len(errors) == 1
    assert errors[0].source == f"{path}#1"
    assert reason in errors[0].reason


def test_tweet_without_id_gets_a_positional_one(tmp_path: Path) -> None:
    path = write_js(tmp_path / "tweets.js", "YTD.tweets.part0", [{"tweet": {"full_text": "no id"}}])
    (post,), _ = split(list(read_posts(path)))
    assert post.id == "tweets.js#0"  # stable: does not depend on where the archive is


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("window.YTD.tweets.part0 = [ {", "invalid JSON"),
        ("window.YTD.tweets.part0 = {}", "expected a JSON array of tweets"),
        ("window.YTD.tweets.part0 = [] garbage", "unexpected data after the value"),
        ("window.YTD.tweets.part0 = " + "[" * 100_000, "invalid JSON"),
    ],
)
def test_broken_tweets_file_is_one_error(tmp_path: Path, body: str, reason: str) -> None:
    path = tmp_path / "tweets.js"
    path.write_text(body)
    (error,) = read_posts(path)
    assert error.source == str(path)
    assert reason in error.reason  # type: ignore[union-attr]


def test_trailing_semicolon_and_bom_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "tweets.js"
    path.write_bytes(b'\xef\xbb\xbfwindow.YTD.tweets.part0 = [{"tweet": {"full_text": "ok"}}];\n')
    assert [p.text for p in read_posts(path)] == ["ok"]  # type: ignore[union-attr]


def test_corrupt_member_is_an_error_other_parts_still_read(tmp_path: Path) -> None:
    root = _split_archive(tmp_path / "x")
    archive = tmp_path / "x.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zf:
        for f in sorted((root / "data").iterdir()):
            zf.write(f, f"data/{f.name}")
    raw = bytearray(archive.read_bytes())
    at = raw.find(b"part one")
    raw[at] ^= 0xFF  # breaks the CRC of tweets-part1.js only
    archive.write_bytes(bytes(raw))
    posts, errors = split(list(read_posts(archive)))
    assert [p.id for p in posts] == ["1", "2", "4"]
    assert len(errors) == 1 and errors[0].source == f"{archive}/data/tweets-part1.js"
    assert "CRC" in errors[0].reason


def test_stats_count_posts_and_errors(tmp_path: Path) -> None:
    root = _split_archive(tmp_path / "x", counts=("2", "9", "1"))
    stats = ReadStats()
    list(read_posts(root, stats=stats))
    assert (stats.posts, stats.errors, stats.skipped_total) == (4, 1, 0)


def test_folder_without_tweets_is_not_an_x_archive(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "tweets.js").write_text("console.log('not an archive')")
    assert not XArchiveReader().sniff(tmp_path)
    with pytest.raises(ArchiveError, match="no known export"):
        detect_format(tmp_path)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Wed Oct 19 20:07:25 +0000 2022", datetime(2022, 10, 19, 20, 7, 25, tzinfo=UTC)),
        ("Sun Mar 26 01:30:00 -0230 2023", datetime(2023, 3, 26, 4, 0, tzinfo=UTC)),
        ("2022-10-19T20:07:25.000Z", datetime(2022, 10, 19, 20, 7, 25, tzinfo=UTC)),
    ],
)
def test_parse_x_datetime(value: str, expected: datetime) -> None:
    assert parse_x_datetime(value) == expected


@pytest.mark.parametrize(
    "value", ["", "Wed Foo 19 20:07:25 +0000 2022", "Wed Feb 30 20:07:25 +0000 2022", "2022-10-19T20:07:25"]
)
def test_parse_x_datetime_rejects(value: str) -> None:
    with pytest.raises(ValueError):
        parse_x_datetime(value)


def test_broken_manifest_and_no_tweets_raises_with_the_reason(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "manifest.js").write_text("window.__THAR_CONFIG = {broken")
    with pytest.raises(ArchiveError, match=r"no tweets\.js .*manifest\.js: line 1: invalid JSON") as info:
        list(read_posts(tmp_path))
    assert str(tmp_path) in str(info.value)
