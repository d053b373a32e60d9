"""Reading an author's files: one clear message for each way it can fail."""

from __future__ import annotations

from pathlib import Path

MAX_TEXT_BYTES = 4 * 1024 * 1024


class InputError(Exception):
    """A file the author named cannot be used; the message says why."""


def read_text(path: Path, what: str = "file", limit: int = MAX_TEXT_BYTES) -> str:
    """The UTF-8 text of a file, refusing large, binary or unreadable ones quickly."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputError(f"{path}: {what} is a folder, expected a file")
        if size > limit:
            raise InputError(f"{path}: {what} is {size:,} bytes; at most {limit:,} are read")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: {what} not found") from None
    except PermissionError:
        raise InputError(f"{path}: cannot read {what}: permission denied") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read {what}: {err.strerror or err}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        line_start = data.rfind(b"\n", 0, err.start) + 1
        # Characters, not bytes, so the column is the one an editor shows.
        column = len(data[line_start : err.start].decode("utf-8", "replace")) + 1
        raise InputError(
            f"{path}:{line}:{column}: {what} is not valid UTF-8 "
            f"(byte 0x{data[err.start]:02x}); save it as UTF-8"
        ) from None


def write_text(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as err:
        raise InputError(f"{path}: cannot write: {err.strerror or err}") from None
