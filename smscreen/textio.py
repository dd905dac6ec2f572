"""Reading user files as text, with errors that say which file and line is wrong."""

from __future__ import annotations

from pathlib import Path

from smscreen.errors import InputError

__all__ = ["decode_text", "read_text"]

# A text file this large is a mistake or an attack; refuse it with a clear message rather than
# reading it into memory. Posts are screened in full up to this size.
MAX_TEXT_BYTES = 64 * 1024 * 1024


def decode_text(data: bytes, *, path: str, error_cls: type[InputError] = InputError) -> str:
    """Decode UTF-8 (with or without BOM); binary or invalid bytes raise with the line they are on."""
    nul = data.find(b"\x00")
    if nul != -1:
        line = data.count(b"\n", 0, nul) + 1
        raise error_cls("this is a binary file, not text (NUL byte)", path=path, line=line)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise error_cls(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8",
            path=path,
            line=line,
            column=column,
        ) from None
    return text


def read_text(path: str | Path, *, error_cls: type[InputError] = InputError) -> str:
    """Read a whole UTF-8 text file, refusing binary, invalid UTF-8 and oversized files."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise error_cls(f"file is {size:,} bytes; the limit is {MAX_TEXT_BYTES:,}", path=str(p))
        data = p.read_bytes()
    except IsADirectoryError:
        raise error_cls("is a directory, not a file", path=str(p)) from None
    except FileNotFoundError:
        raise error_cls("no such file", path=str(p)) from None
    except PermissionError:
        raise error_cls("permission denied", path=str(p)) from None
    return decode_text(data, path=str(p), error_cls=error_cls)
