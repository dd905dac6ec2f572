"""Read-only access to the files of an export, whether it is a zip, a folder or a lone file.

Zip members are read in memory through :mod:`zipfile`, never extracted: nothing a hostile archive
names can be written to disk. Every read is capped, because a zip's declared sizes can lie and a
few kilobytes can inflate to terabytes.
"""

from __future__ import annotations

import os
import zipfile
from abc import ABC, abstractmethod
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import IO, Self

from smscreen.errors import ArchiveError

__all__ = [
    "MAX_DEPTH",
    "MAX_MEMBER_BYTES",
    "DirTree",
    "MemberError",
    "Tree",
    "ZipTree",
    "is_zip",
    "open_tree",
    "read_head",
]

# Far larger than any real tweets.js or Meta JSON file, small enough that a zip bomb stops early.
MAX_MEMBER_BYTES = 1 << 30

# Exports nest their files three or four folders deep (a zip often adds one more). Walking deeper
# would turn "scan my home folder" into a crawl of the disk.
MAX_DEPTH = 6

_CHUNK = 1 << 20
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


class MemberError(ArchiveError):
    """One file inside an export cannot be read; the rest of the export can.

    Readers turn it into a ReadError and carry on. A plain ArchiveError (a zip bomb, a corrupt
    central directory) means the export as a whole is not to be trusted and stops the read.
    """

    @property
    def reason(self) -> str:
        """The message without the path, for a ReadError whose source already names the file."""
        problem = self.problems[0]
        return (f"line {problem.line}: " if problem.line is not None else "") + problem.message


class Tree(ABC):
    """The files of one export, by POSIX path relative to its root."""

    def __init__(self, display_root: str) -> None:
        self.display_root = display_root

    @abstractmethod
    def files(self) -> list[str]:
        """Every file, shallowest first, then by name, so "the first match" is deterministic."""

    @abstractmethod
    def _open(self, rel: str) -> IO[bytes]: ...

    def display(self, rel: str) -> str:
        """How a user sees the file: a real path for folders, ``archive.zip/member`` for zips."""
        return f"{self.display_root}/{rel}" if self.display_root not in ("", ".") else rel

    def read_bytes(self, rel: str, limit: int | None = None) -> bytes:
        """The whole file, refusing (ArchiveError) to read past ``limit`` (default MAX_MEMBER_BYTES)."""
        return self._read(rel, MAX_MEMBER_BYTES if limit is None else limit, truncate=False)

    def head(self, rel: str, size: int = 512) -> bytes:
        """The first ``size`` bytes, for sniffing; empty when the file cannot be read."""
        try:
            return self._read(rel, size, truncate=True)
        except ArchiveError:
            return b""

    def _read(self, rel: str, limit: int, *, truncate: bool) -> bytes:
        chunks: list[bytes] = []
        total = 0
        try:
            with self._open(rel) as fh:
                while True:
                    chunk = fh.read(min(_CHUNK, limit + 1 - total))
                    if not chunk:
                        break
                    chunks.append(chunk)
                    total += len(chunk)
                    if total > limit:
                        if truncate:
                            break
                        raise ArchiveError(
                            f"{rel} expands to more than {limit:,} bytes; refusing to read it "
                            "(a damaged or malicious archive?)",
                            path=self.display_root,
                        )
        except ArchiveError:
            raise
        except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
            raise MemberError(f"cannot read: {exc}", path=self.display(rel)) from None
        except (RuntimeError, NotImplementedError) as exc:
            # zipfile's way of saying "encrypted" or "compression method not supported"
            raise MemberError(f"cannot read: {exc}", path=self.display(rel)) from None
        data = b"".join(chunks)
        return data[:limit] if truncate else data

    def find(self, names: Iterable[str]) -> list[str]:
        """Files whose base name is one of ``names``, shallowest first."""
        wanted = set(names)
        return [f for f in self.files() if PurePosixPath(f).name in wanted]

    @abstractmethod
    def close(self) -> None:
        """Release the underlying file, if any."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _depth_order(paths: Iterable[str]) -> list[str]:
    return sorted(paths, key=lambda p: (p.count("/"), p))


class DirTree(Tree):
    """A folder on disk: files up to ``max_depth`` folders down; symlinked folders are not followed."""

    def __init__(self, root: Path, *, max_depth: int = MAX_DEPTH, display_root: str | None = None) -> None:
        super().__init__(str(root) if display_root is None else display_root)
        self.root = root
        self.max_depth = max_depth
        self._files: list[str] | None = None

    def files(self) -> list[str]:
        if self._files is None:
            found: list[str] = []
            base_depth = len(self.root.parts)
            for dirpath, dirnames, filenames in os.walk(self.root):
                here = Path(dirpath)
                if len(here.parts) - base_depth >= self.max_depth:
                    dirnames.clear()
                rel_dir = here.relative_to(self.root).as_posix()
                for name in filenames:
                    if (here / name).is_file():
                        found.append(name if rel_dir == "." else f"{rel_dir}/{name}")
            self._files = _depth_order(found)
        return self._files

    def _open(self, rel: str) -> IO[bytes]:
        return (self.root / rel).open("rb")

    def close(self) -> None:
        """Nothing is held open between reads."""


class ZipTree(Tree):
    """A zip file, read member by member without extracting."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        try:
            self._zip = zipfile.ZipFile(path)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
            raise ArchiveError(f"not a readable zip file ({exc})", path=str(path)) from None
        self._names = {i.filename.lstrip("/"): i for i in infos if not i.is_dir()}

    def files(self) -> list[str]:
        return _depth_order(self._names)

    def _open(self, rel: str) -> IO[bytes]:
        info = self._names.get(rel)
        if info is None:
            raise MemberError("no such member", path=self.display(rel))
        return self._zip.open(info)

    def close(self) -> None:
        self._zip.close()


def read_head(path: Path, size: int = 65536) -> bytes:
    """The first bytes of a plain file (ArchiveError naming the file when it cannot be opened)."""
    try:
        with path.open("rb") as fh:
            return fh.read(size)
    except IsADirectoryError:
        raise ArchiveError("is a folder, not a file", path=str(path)) from None
    except OSError as exc:
        raise ArchiveError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None


def is_zip(path: Path) -> bool:
    """A zip by content; a file that starts like one but has no directory is a broken zip, not text."""
    if not path.is_file():
        return False
    if zipfile.is_zipfile(path):
        return True
    if read_head(path, 4) in _ZIP_MAGIC:
        raise ArchiveError("looks like a zip file but is damaged or truncated", path=str(path))
    return False


def open_tree(path: Path) -> Tree:
    """The export at ``path``: a folder, a zip, or (for a lone file) its folder's immediate files."""
    if path.is_dir():
        return DirTree(path)
    if is_zip(path):
        return ZipTree(path)
    if path.is_file():
        return DirTree(path.parent, max_depth=0, display_root=str(path.parent))
    raise ArchiveError("no such file or folder", path=str(path))
