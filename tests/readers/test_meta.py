from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from smscreen.errors import ArchiveError
from smscreen.readers import ReadStats, detect_format, read_posts
from smscreen.readers.meta import FacebookReader, InstagramReader, fix_mojibake

from .builders import FB_POSTS, IG_COMMENTS, meta_escape, split, write_json

Build = Callable[[str], Path]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (meta_escape("Café"), "Café"),
        (meta_escape("Sports day 🏃"), "Sports day 🏃"),
        (meta_escape("Zoë & Siân"), "Zoë & Siân"),
        ("plain ascii", "plain ascii"),
        ("café", "café"),  # real Latin-1 é is not UTF-8 bytes: kept
        ("naïve façade", "naïve façade"),
        ("€5 and 🍎", "€5 and 🍎"),  # beyond Latin-1: cannot be mojibake, kept
        ("\u00c3", "\u00c3"),  # a lone lead byte does not decode: kept
    ],
)
def test_fix_mojibake(given: str, expected: str) -> None:
    assert fix_mojibake(given) == expected


@pytest.mark.parametrize("kind", ["fb2022", "fb2022-zip", "fb2024", "fb2024-zip"])
def test_facebook_posts(build: Build, kind: str) -> None:
    path = build(kind)
    assert detect_format(path) == "facebook"
    stats = ReadStats()
    posts, errors = split(list(read_posts(path, stats=stats)))
    texts = [p.text for p in posts]
    assert texts[:2] == ["Café trip with the team", "Sports day 🏃 with Sam"]
    # Facebook's generated titles are never screened as the author's words
    assert not any("shared a link" in t or "updated her status" in t or "commented on" in t for t in texts)
    café, photo = posts[:2]
    assert café.created_at == datetime.fromtimestamp(1666209000, tz=UTC)
    assert photo.mentions == ("Sam Parént",)
    assert {p.account.platform for p in posts} == {"facebook"}
    assert {p.account.kind for p in posts} == {"personal"}
    assert {p.connections for p in posts} == {("Sam Parént", "Renée Ex")}
    posts_file = (
        "posts/your_posts_1.json"
        if kind.startswith("fb2022")
        else ("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json")
    )
    assert café.id == f"{posts_file}#0"
    assert café.source == f"{path}/{posts_file}#0"
    assert photo.id == f"{posts_file}#2"
    # the malformed item is an error at its index; items without text are skipped and counted
    assert [(e.source, e.reason) for e in errors] == [(f"{path}/{posts_file}#3", "'data' is not a list")]
    assert stats.skipped["facebook post without text"] == 2
    assert stats.posts == len(posts) and stats.errors == 1


def test_facebook_2022_profile_name(build: Build) -> None:
    posts, _ = split(list(read_posts(build("fb2022"))))
    assert posts[0].account.handle == "Jo Téaches"


def test_facebook_2024_reads_every_file(build: Build) -> None:
    posts, _ = split(list(read_posts(build("fb2024"))))
    assert [p.text for p in posts] == [
        "Café trip with the team",
        "Sports day 🏃 with Sam",
        "second file",
        "Anyone selling a bike?",
        "Well done!",
    ]


@pytest.mark.parametrize("kind", ["ig", "ig-zip"])
def test_instagram(build: Build, kind: str) -> None:
    path = build(kind)
    assert detect_format(path) == "instagram"
    stats = ReadStats()
    posts, errors = split(list(read_posts(path, stats=stats)))
    assert [p.text for p in posts] == ["Beach day 🌊", "Two photos from the fair", "Well done Kim!"]
    beach, fair, comment = posts
    assert beach.created_at == datetime.fromtimestamp(1700000000, tz=UTC)
    assert fair.created_at == datetime.fromtimestamp(1700000100, tz=UTC)
    assert comment.in_reply_to == "@kim_y6"
    assert {p.account.handle for p in posts} == {"@jo_teaches"}
    assert {p.account.bio for p in posts} == {"Teacher 🍎"}
    assert {p.account.platform for p in posts} == {"instagram"}
    assert {p.connections for p in posts} == {("@kim_y6", "@sam_parent", "@oak_news")}
    assert beach.source == f"{path}/your_instagram_activity/content/posts_1.json#0"
    assert [e.source for e in errors] == [f"{path}/your_instagram_activity/content/posts_1.json#3"]
    assert errors[0].reason == "'media' is not a list"
    assert stats.skipped == {"instagram post without text": 1}


def test_instagram_old_comment_layout(tmp_path: Path) -> None:
    write_json(tmp_path / "ig" / "comments" / "post_comments_1.json", {"comments_media_comments": IG_COMMENTS})
    posts, errors = split(list(read_posts(tmp_path / "ig")))
    assert errors == [] and [p.text for p in posts] == ["Well done Kim!"]


@pytest.mark.parametrize(
    ("name", "value", "fmt", "texts"),
    [
        ("your_posts_1.json", FB_POSTS, "facebook", ["Café trip with the team", "Sports day 🏃 with Sam"]),
        ("renamed.json", FB_POSTS, "facebook", ["Café trip with the team", "Sports day 🏃 with Sam"]),
        ("post_comments_1.json", IG_COMMENTS, "instagram", ["Well done Kim!"]),
        ("anything.json", {"comments_media_comments": IG_COMMENTS}, "instagram", ["Well done Kim!"]),
    ],
)
def test_lone_json_file(tmp_path: Path, name: str, value: object, fmt: str, texts: list[str]) -> None:
    path = write_json(tmp_path / name, value)
    assert detect_format(path) == fmt
    posts, _ = split(list(read_posts(path)))
    assert [p.text for p in posts] == texts
    assert posts[0].source == f"{path}#0"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"[{", "invalid JSON"),
        (b'{"something": 1}', "not a facebook post file: unexpected JSON structure"),
        (b"\xff\xfe[]", "not valid UTF-8"),
    ],
)
def test_broken_posts_file_is_one_error_others_still_read(build: Build, content: bytes, reason: str) -> None:
    root = build("fb2024")
    broken = root / "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
    broken.write_bytes(content)
    posts, errors = split(list(read_posts(root)))
    assert [p.text for p in posts] == ["second file", "Anyone selling a bike?", "Well done!"]
    assert len(errors) == 1 and errors[0].source == str(broken)
    assert reason in errors[0].reason


def test_broken_friends_file_is_an_error_posts_still_read(build: Build) -> None:
    root = build("fb2022")
    (root / "friends_and_followers" / "friends.json").write_text("{oops")
    posts, errors = split(list(read_posts(root)))
    assert len(posts) == 2 and {p.connections for p in posts} == {()}
    assert len(errors) == 2  # the friends file, and the malformed post
    assert errors[0].source == f"{root}/friends_and_followers/friends.json"


@pytest.mark.parametrize(
    ("files", "expect"),
    [
        ({"posts/your_posts_1.json": []}, (True, False)),
        ({"content/posts_1.json": []}, (False, True)),
        ({"comments/post_comments_1.json": []}, (False, True)),
        ({"comments.json": {"comments_v2": []}}, (True, False)),
        ({"comments.json": {"something_else": []}}, (False, False)),  # a generic name alone is not enough
        ({"posts/your_posts_1.json": "not json"}, (True, False)),  # read, and reported as broken
        ({"photos/1.jpg": []}, (False, False)),
    ],
)
def test_sniff(tmp_path: Path, files: dict[str, object], expect: tuple[bool, bool]) -> None:
    for rel, value in files.items():
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(value, str):
            p.write_text(value)
        else:
            write_json(p, value)
    assert (FacebookReader().sniff(tmp_path), InstagramReader().sniff(tmp_path)) == expect


def test_reader_refuses_folder_without_posts(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError, match="no Facebook posts or comments found"):
        list(FacebookReader().read(tmp_path))
