"""The public surface of smscreen.readers does not drift."""

from __future__ import annotations

import smscreen.readers as readers


def test_all_is_sorted_and_complete() -> None:
    assert readers.__all__ == sorted(readers.__all__, key=lambda n: (not n.isupper(), n))
    for name in readers.__all__:
        assert hasattr(readers, name), name
    assert set(readers.__all__) == {"READERS", "ReadError", "ReadStats", "Reader", "detect_format", "read_posts"}


def test_read_error_is_frozen_with_source_and_reason() -> None:
    err = readers.ReadError("posts.jsonl:3", "missing field 'text'")
    assert str(err) == "posts.jsonl:3: missing field 'text'"
    try:
        err.reason = "x"  # type: ignore[misc]
    except AttributeError:
        pass
    else:
        raise AssertionError("ReadError must be immutable")
