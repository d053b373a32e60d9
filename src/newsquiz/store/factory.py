"""Choosing and opening the results store from `--db`, NEWSQUIZ_DB or the default place.

A location is a path (SQLite), an `sqlite:///path` URL, or a URL whose scheme names another
backend module (`postgresql://...` → `newsquiz.store.postgres`, added by the next issue).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from pathlib import Path

from newsquiz.store.base import Store, StoreError, StoreReadOnlyError
from newsquiz.store.location import (
    DEFAULT_FILE,
    ENV_VAR,
    default_path,
    redact,
    resolve_location,
    scheme_of,
)

__all__ = [
    "DEFAULT_FILE",
    "ENV_VAR",
    "default_path",
    "open_store",
    "redact",
    "resolve_location",
    "scheme_of",
]

# URL scheme → module with `open_url(url: str) -> Store`.
BACKEND_MODULES: dict[str, str] = {
    "postgresql": "newsquiz.store.postgres",
    "postgres": "newsquiz.store.postgres",
}


def open_store(
    location: str | Path | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    busy_timeout: float | None = None,
    read_only: bool = False,
) -> Store:
    """Open (creating and migrating when needed) the store at `location`.

    `read_only` is for reports and the board: they open an existing database without
    asking for write rights, so a read-only file system or role is enough.
    """
    chosen = resolve_location(location, environ)
    scheme = scheme_of(chosen)
    if scheme is None or scheme == "sqlite":
        return _open_sqlite(_sqlite_path(chosen), busy_timeout, read_only)
    module_name = BACKEND_MODULES.get(scheme)
    if module_name is None:
        raise StoreError(
            f"unknown results database `{redact(chosen)}`: give a file path, an sqlite:/// URL"
            " or a postgresql:// URL"
        )
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as err:
        raise StoreError(
            f"this newsquiz cannot use {scheme}:// databases ({err.name} is not available)"
        ) from err
    store: Store = module.open_url(chosen, read_only=read_only)
    return store


def no_file_at(location: str) -> bool:
    """The location is a file path (no URL) where no database exists yet: nothing was
    recorded there. A URL, sqlite:/// included, is left to `open_store` to answer for."""
    return scheme_of(location) is None and not Path(location).expanduser().exists()


def is_new_sqlite(location: str) -> bool:
    """The location is an SQLite file that does not exist yet."""
    scheme = scheme_of(location)
    return (scheme is None or scheme == "sqlite") and not _sqlite_path(location).exists()


def _sqlite_path(location: str) -> Path:
    if location.lower().startswith("sqlite:///"):
        return Path(location[len("sqlite:///") :])
    return Path(location).expanduser()


def _open_sqlite(path: Path, busy_timeout: float | None, read_only: bool = False) -> Store:
    from newsquiz.store.sqlite import DEFAULT_BUSY_TIMEOUT, SQLiteStore

    timeout = DEFAULT_BUSY_TIMEOUT if busy_timeout is None else busy_timeout
    if path.is_dir():
        raise StoreError(f"{path} is a folder; give a results database file with --db")
    if read_only:
        if not path.is_file():
            raise StoreError(f"no results database at {path}: nothing has been recorded there")
        return SQLiteStore(path, busy_timeout=timeout, read_only=True)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreReadOnlyError(
            f"cannot create the folder for the results database {path}: {err.strerror}"
        ) from err
    return SQLiteStore(path, busy_timeout=timeout)
