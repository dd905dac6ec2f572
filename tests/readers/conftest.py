"""Fixtures for the reader tests; the exports themselves are built by :mod:`.builders`."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from .builders import X_ARCHIVE, build_fb_2022, build_fb_2024, build_ig, zip_dir


@pytest.fixture
def x_folder(tmp_path: Path) -> Path:
    return Path(shutil.copytree(X_ARCHIVE, tmp_path / "twitter-archive"))


@pytest.fixture
def build(tmp_path: Path) -> Callable[[str], Path]:
    """``build("fb2022-zip")`` etc.: an export of the named kind under tmp_path."""

    def make(kind: str) -> Path:
        name, _, container = kind.partition("-")
        folder = {"fb2022": build_fb_2022, "fb2024": build_fb_2024, "ig": build_ig}[name](tmp_path / name)
        if container == "zip":
            return zip_dir(folder, tmp_path / f"{name}.zip")
        return folder

    return make
