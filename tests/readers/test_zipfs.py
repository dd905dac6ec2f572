from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from smscreen.errors import ArchiveError
from smscreen.readers import read_posts, zipfs
from smscreen.readers.zipfs import DirTree, MemberError, ZipTree, open_tree


def _bomb(path: Path, size: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("data/tweets.js", b"window.YTD.tweets.part0 = [" + b" " * size + b"]")
    return path


def test_zip_bomb_member_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zipfs, "MAX_MEMBER_BYTES", 1 << 20)
    archive = _bomb(tmp_path / "bomb.zip", 4 << 20)
    assert archive.stat().st_size < 64 << 10  # a small file that inflates 4 MiB
    with pytest.raises(ArchiveError, match="expands to more than 1,048,576 bytes") as info:
        list(read_posts(archive))
    assert str(archive) in str(info.value)
    assert not isinstance(info.value, MemberError)  # a hostile archive stops the read


def test_member_under_the_cap_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zipfs, "MAX_MEMBER_BYTES", 8 << 20)
    assert list(read_posts(_bomb(tmp_path / "ok.zip", 4 << 20))) == []


def test_nothing_is_extracted(tmp_path: Path) -> None:
    archive = tmp_path / "a.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("../escape/tweets.js", 'window.YTD.tweets.part0 = [{"tweet": {"full_text": "hi"}}]')
    before = sorted(p.name for p in tmp_path.rglob("*"))
    assert [p.text for p in read_posts(archive)] == ["hi"]  # type: ignore[union-attr]
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_tree_listing_and_reads(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "top.json").write_text("1")
    (tmp_path / "a" / "b" / "deep.json").write_text("2")
    (tmp_path / "a" / "mid.json").write_text("3")
    with open_tree(tmp_path) as tree:
        assert isinstance(tree, DirTree)
        assert tree.files() == ["top.json", "a/mid.json", "a/b/deep.json"]
        assert tree.find(["deep.json"]) == ["a/b/deep.json"]
        assert tree.read_bytes("a/mid.json") == b"3"
        assert tree.head("missing.json") == b""
        with pytest.raises(MemberError, match="cannot read"):
            tree.read_bytes("missing.json")
    assert DirTree(tmp_path, max_depth=1).files() == ["top.json", "a/mid.json"]
    assert DirTree(tmp_path, max_depth=0).files() == ["top.json"]


def test_zip_tree(tmp_path: Path) -> None:
    archive = tmp_path / "a.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("x/", b"")
        zf.writestr("x/y.json", b"[]")
        zf.writestr("z.json", b"{}")
    with open_tree(archive) as tree:
        assert isinstance(tree, ZipTree)
        assert tree.files() == ["z.json", "x/y.json"]
        assert tree.display("x/y.json") == f"{archive}/x/y.json"
        assert tree.read_bytes("x/y.json") == b"[]"
        with pytest.raises(MemberError, match="no such member"):
            tree.read_bytes("nope")


def test_encrypted_member_is_a_member_error(tmp_path: Path) -> None:
    archive = tmp_path / "a.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("tweets.js", b"window.YTD.tweets.part0 = []")
    raw = bytearray(archive.read_bytes())
    # set the "encrypted" flag bit in the local and central headers
    for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = raw.find(sig)
        raw[at + off] |= 0x01
    archive.write_bytes(bytes(raw))
    with ZipTree(archive) as tree, pytest.raises(MemberError, match="encrypted"):
        tree.read_bytes("tweets.js")


def test_missing_path() -> None:
    with pytest.raises(ArchiveError, match="no such file or folder"):
        open_tree(Path("/nonexistent/export.zip"))
