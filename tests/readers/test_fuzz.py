"""Whatever bytes a user hands over, under whatever name, reading either raises ArchiveError naming
the file or yields Posts and ReadErrors: never another exception."""

from __future__ import annotations

import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smscreen.errors import ArchiveError
from smscreen.models import Post
from smscreen.readers import ReadError, read_posts

NAMES = ["tweets.js", "manifest.js", "your_posts_1.json", "posts_1.json", "posts.csv", "posts.jsonl", "data"]

PREFIXES = [
    b"",
    b"window.YTD.tweets.part0 = ",
    b"window.__THAR_CONFIG = ",
    b"text,id\n",
    b'[{"timestamp": 1, "data": ',
    b'[{"media": ',
    b'{"text": ',
]

_payload = st.tuples(st.sampled_from(PREFIXES), st.binary(max_size=200)).map(lambda t: t[0] + t[1])


def _read(path: Path) -> None:
    try:
        items = list(read_posts(path))
    except ArchiveError as exc:
        assert str(path) in str(exc) or path.name in str(exc)
        return
    assert all(isinstance(i, Post | ReadError) for i in items)
    assert all(i.source for i in items)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(NAMES), data=_payload)
def test_any_file(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    _read(path)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(member=st.sampled_from(["data/tweets.js", "posts/your_posts_1.json", "content/posts_1.json"]), data=_payload)
def test_any_zip_member(tmp_path: Path, member: str, data: bytes) -> None:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(member, data)
    _read(path)
