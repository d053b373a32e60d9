"""The embedded SQLite backend: one file, WAL, every answer committed on its own.

Durability: WAL with synchronous=FULL, so an answer is on disk when `record_answer` returns
and neither a killed process nor a power cut loses it. Several games can write to one file
at once; each waits up to `busy_timeout` seconds for the others.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsquiz.store.base import (
    ANOTHER_REGRADE,
    StoreCorruptError,
    StoreError,
    StoreLockedError,
    StoreReadOnlyError,
)
from newsquiz.store.schema import LATEST_VERSION
from newsquiz.store.sql import Cursor, SQLStore

DEFAULT_BUSY_TIMEOUT = 10.0  # seconds: a class of 40 saving at once waits milliseconds
# After a busy timeout, the write is tried again after these pauses (seconds) before failing.
_BACKOFF = (0.5, 1.0, 2.0, 4.0)
_pause = time.sleep

# Primary SQLite result codes (the low byte of an extended code).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


class SQLiteStore(SQLStore):
    mark = "?"

    def __init__(
        self,
        path: str | Path,
        *,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        read_only: bool = False,
        migrate: bool = True,
    ) -> None:
        super().__init__()
        self.path = Path(path)
        self.read_only = read_only
        self._busy_timeout = busy_timeout
        self._connection = self._connect(self._read_only_uri() if read_only else None)
        self._identity = self._file_identity()
        try:
            try:
                self._check_and_set_up()
            except StoreError:
                # A WAL database on a read-only file system (or in a folder this user may
                # not write) cannot get its shared-memory file: nobody can write it there
                # either, so it is read as it stands.
                if not read_only or os.access(self.path.parent, os.W_OK):
                    raise
                self._connection.close()
                self._connection = self._connect(self._read_only_uri(immutable=True))
                self._check_and_set_up()
            if migrate:
                self._migrate()
        except StoreError:
            self._connection.close()
            raise

    def _read_only_uri(self, *, immutable: bool = False) -> str:
        path = urllib.parse.quote(str(self.path.absolute()))
        return f"file:{path}?mode=ro" + ("&immutable=1" if immutable else "")

    def _connect(self, uri: str | None) -> sqlite3.Connection:
        try:
            return sqlite3.connect(
                uri or str(self.path),
                timeout=self._busy_timeout,
                isolation_level=None,  # we open transactions ourselves
                check_same_thread=False,  # guarded by self._lock
                uri=uri is not None,
            )
        except sqlite3.Error as err:
            raise self._translate(err) from err

    def _check_and_set_up(self) -> None:
        with self._cursor() as cursor:
            # Reading the header first tells a foreign or damaged file apart at once.
            cursor.execute("SELECT count(*) FROM sqlite_master")
            if not self.read_only:
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA foreign_keys=ON")

    @property
    def location(self) -> str:
        return str(self.path)

    @contextmanager
    def regrading(self) -> Iterator[None]:
        # An flock on the database file: independent of SQLite's own (fcntl) locks, and
        # released by the system if the regrade's process dies.
        with open(self.path, "rb") as held:
            try:
                fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as err:
                raise StoreLockedError(f"{self.path}: {ANOTHER_REGRADE}") from err
            yield

    def close(self) -> None:
        self._connection.close()

    # -- the backend's part of SQLStore ------------------------------------------------

    @contextmanager
    def _cursor(self) -> Iterator[Cursor]:
        try:
            yield self._connection.cursor()
        except sqlite3.Error as err:
            raise self._translate(err) from err

    @contextmanager
    def _transaction(self) -> Iterator[Cursor]:
        with self._cursor() as cursor:
            # IMMEDIATE takes the write lock up front, so waiting happens in the busy
            # handler instead of failing half-way when a reader tries to become a writer.
            self._begin(cursor)
            try:
                yield cursor
            except BaseException:
                self._connection.rollback()
                raise
            cursor.execute("COMMIT")

    def _file_identity(self) -> tuple[int, int] | None:
        try:
            info = os.stat(self.path)
        except OSError:
            return None
        return info.st_dev, info.st_ino

    def _begin(self, cursor: Cursor) -> None:
        """Take the write lock; a classroom machine under load may keep it busy past the
        busy timeout, so try again a few times, waiting longer each time, before failing.

        First, the file must still be the one opened: an answer written to a database
        deleted (or replaced) meanwhile would be lost without a word."""
        if self._identity is not None and self._file_identity() != self._identity:
            raise StoreError(
                f"the results database {self.path} was deleted or replaced while the game "
                "was running; answers from now on are not saved there"
            )
        for wait in (*_BACKOFF, None):
            try:
                cursor.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as err:
                code = getattr(err, "sqlite_errorcode", None)
                busy = isinstance(code, int) and code & 0xFF in (_BUSY, _LOCKED)
                if wait is None or not busy:
                    raise
                _pause(wait)

    def _insert_answer(self, cursor: Cursor, row: tuple[Any, ...]) -> int:
        cursor.execute(self._answer_insert_sql(), row)
        cursor.execute("SELECT last_insert_rowid()")
        return int(cursor.fetchone()[0])

    # -- schema ------------------------------------------------------------------------

    def _tables(self) -> set[str]:
        rows = self._query("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {row[0] for row in rows}

    def _migrate(self) -> None:
        tables = self._tables()
        if tables and "schema_version" not in tables:
            raise StoreCorruptError(
                f"{self.path} is an SQLite database, but not a newsquiz results database "
                "(choose another file with --db or NEWSQUIZ_DB)"
            )
        if "schema_version" in tables and self.schema_version() == LATEST_VERSION:
            return
        if self.read_only:
            raise StoreReadOnlyError(
                f"{self.path} needs upgrading to schema version {LATEST_VERSION}, "
                "but it is opened read-only"
            )
        with self._lock, self._transaction() as cursor:
            # Checked again inside the write lock: another game may have just migrated it.
            self._apply_migrations(cursor, "sqlite", str(self.path))

    def _translate(self, err: sqlite3.Error) -> StoreError:
        code = getattr(err, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        where = str(self.path)
        if primary in (_BUSY, _LOCKED):
            return StoreLockedError(
                f"the results database {where} is locked by another program "
                f"(still busy after waiting): {err}"
            )
        if primary == _READONLY:
            return StoreReadOnlyError(
                f"the results database {where} is read-only (check the file and folder "
                f"permissions, or choose another file with --db): {err}"
            )
        if primary in (_CORRUPT, _NOTADB):
            return StoreCorruptError(
                f"{where} is not a usable results database (damaged, or not an SQLite file): {err}"
            )
        if primary == _CANTOPEN:
            return StoreReadOnlyError(
                f"cannot open the results database {where} (is its folder there and writable?)"
            )
        if primary == _FULL:
            return StoreError(f"the disk holding {where} is full: {err}")
        if primary == _IOERR:
            return StoreError(f"reading or writing {where} failed: {err}")
        return StoreError(f"the results database {where} failed: {err}")
