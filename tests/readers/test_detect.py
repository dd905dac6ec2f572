from __future__ import annotations

import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from smscreen.errors import ArchiveError
from smscreen.readers import READERS, detect_format, read_posts

from .builders import FIXTURES, X_ARCHIVE, zip_dir

Make = Callable[[Path], Path]


def _file(name: str, content: bytes) -> Make:
    def make(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(content)
        return path

    return make


def _x_zip(tmp: Path) -> Path:
    return zip_dir(X_ARCHIVE, tmp / "archive.zip")


def _x_zip_named_jsonl(tmp: Path) -> Path:
    return zip_dir(X_ARCHIVE, tmp / "posts.jsonl")  # content wins over the name


POSITIVE: list[tuple[str, Make, str]] = [
    ("x folder", lambda tmp: Path(shutil.copytree(X_ARCHIVE, tmp / "x")), "x-archive"),
    ("x zip", _x_zip, "x-archive"),
    ("zip named .jsonl", _x_zip_named_jsonl, "x-archive"),
    ("tweets.js", _file("tweets.js", b"window.YTD.tweets.part0 = []"), "x-archive"),
    ("renamed part", _file("backup.txt", b"  window.YTD.tweets.part3 = []"), "x-archive"),
    ("manifest.js", _file("manifest.js", b"window.__THAR_CONFIG = {}"), "x-archive"),
    ("jsonl", lambda tmp: Path(shutil.copy(FIXTURES / "posts.jsonl", tmp)), "jsonl"),
    ("jsonl named .txt", _file("posts.txt", b'\n{"text": "a"}\n'), "jsonl"),
    ("empty .jsonl", _file("posts.jsonl", b""), "jsonl"),
    ("broken first line .ndjson", _file("p.ndjson", b'oops\n{"text": "a"}\n'), "jsonl"),
    ("csv", lambda tmp: Path(shutil.copy(FIXTURES / "posts.csv", tmp)), "csv"),
    ("csv named .txt", _file("posts.txt", b"id,text\n1,a\n"), "csv"),
    ("csv header without text, named .csv", _file("posts.csv", b"id,body\n"), "csv"),
    ("csv content named .jsonl", _file("posts.jsonl", b"id,text\n1,a\n"), "csv"),
    ("facebook json", _file("your_posts_1.json", b'[{"timestamp": 1, "data": []}]'), "facebook"),
    ("instagram json", _file("posts_1.json", b'[{"media": []}]'), "instagram"),
]


@pytest.mark.parametrize(("label", "make", "fmt"), POSITIVE, ids=[p[0] for p in POSITIVE])
def test_detects(tmp_path: Path, label: str, make: Make, fmt: str) -> None:
    assert detect_format(make(tmp_path)) == fmt


def _corrupt_zip(tmp: Path) -> Path:
    path = zip_dir(X_ARCHIVE, tmp / "archive.zip")
    path.write_bytes(path.read_bytes()[:-200])  # central directory cut off, as by a failed download
    return path


def _zip_without_export(tmp: Path) -> Path:
    path = tmp / "photos.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("holiday/1.jpg", b"\xff\xd8\xff\xe0")
    return path


def _folder(tmp: Path) -> Path:
    (tmp / "stuff").mkdir()
    (tmp / "stuff" / "notes.txt").write_text("hello")
    return tmp / "stuff"


NEGATIVE: list[tuple[str, Make, str]] = [
    ("missing", lambda tmp: tmp / "nope.jsonl", "no such file or folder"),
    ("empty, no name hint", _file("data", b""), "empty file"),
    ("binary", _file("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary file"),
    ("binary named .jsonl", _file("posts.jsonl", b"\x00\x01\x02{}"), "binary file"),
    ("binary named .csv", _file("posts.csv", b"text\x00\n"), "binary file"),
    ("prose", _file("notes.txt", b"Dear parents, sports day is on Friday.\n"), "unrecognised format"),
    ("json of numbers", _file("data.json", b"[1, 2, 3]"), "unrecognised format"),
    ("truncated zip", _corrupt_zip, "damaged or truncated"),
    ("zip magic then junk", _file("x.zip", b"PK\x03\x04" + b"junk" * 50), "damaged or truncated"),
    ("zip of photos", _zip_without_export, "this zip holds no known export"),
    ("folder of notes", _folder, "no known export in this folder"),
]


@pytest.mark.parametrize(("label", "make", "message"), NEGATIVE, ids=[n[0] for n in NEGATIVE])
def test_refuses(tmp_path: Path, label: str, make: Make, message: str) -> None:
    path = make(tmp_path)
    with pytest.raises(ArchiveError, match=re.escape(message)) as info:
        detect_format(path)
    assert str(path) in str(info.value)  # the error names the file
    with pytest.raises(ArchiveError):
        read_posts(path)  # raised at the call, before any iteration


def test_registry_names_match_reader_names() -> None:
    assert list(READERS) == ["x-archive", "facebook", "instagram", "jsonl", "csv"]
    for name, reader in READERS.items():
        assert reader.name == name


def test_unreadable_file_is_an_archive_error(tmp_path: Path) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip("root can read anything")
    path = tmp_path / "posts.jsonl"
    path.write_text('{"text": "a"}\n')
    path.chmod(0)
    with pytest.raises(ArchiveError, match="cannot read"):
        detect_format(path)
