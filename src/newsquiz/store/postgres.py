"""The PostgreSQL backend, for a school running several game servers against one database.

Chosen by a `postgresql://` (or `postgres://`) URL from `--db` or NEWSQUIZ_DB. The queries
are the ones every SQL backend shares (`sql.SQLStore`); this module adds the connection,
the `%s` placeholder, `INSERT ... RETURNING id`, migrations under an advisory lock (so forty
games opening a fresh database at once migrate it exactly once), and clear messages for a
server that is down, a database that is missing or a role that may not write.

psycopg is imported only here, and only when such a URL is used: the game itself never
needs it (`pip install 'newsquiz[postgres]'`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from newsquiz.store.base import (
    ANOTHER_REGRADE,
    StoreCorruptError,
    StoreError,
    StoreLockedError,
    StoreReadOnlyError,
    StoreUnreachableError,
    StoreVersionError,
)
from newsquiz.store.factory import redact
from newsquiz.store.schema import LATEST_VERSION
from newsquiz.store.sql import Cursor, SQLStore

if TYPE_CHECKING:
    import psycopg

CONNECT_TIMEOUT = 10  # seconds: a school network may be slow, a dead server must not hang play
DEFAULT_LOCK_TIMEOUT = 10.0  # seconds, like SQLite's busy timeout: wait for a regrade, then say
# Any fixed numbers: the keys of the advisory locks that serialise migrations and regrades.
MIGRATION_LOCK = 7_461_833_001
REGRADE_LOCK = 7_461_833_002


def _psycopg() -> Any:
    try:
        import psycopg
    except ModuleNotFoundError as err:
        raise StoreError(
            "PostgreSQL results databases need the psycopg package: "
            "install it with `pip install 'newsquiz[postgres]'` (or `pip install 'psycopg[binary]'`)"
        ) from err
    return psycopg


def open_url(url: str, *, read_only: bool = False) -> PostgresStore:
    """The factory's entry point for postgresql:// and postgres:// URLs."""
    return PostgresStore(url, migrate=not read_only, read_only=read_only)


class PostgresStore(SQLStore):
    mark = "%s"
    lock_row = " FOR UPDATE"  # two regrades at once: the second sees the first's change

    def __init__(
        self,
        url: str,
        *,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
        migrate: bool = True,
        read_only: bool = False,
    ) -> None:
        super().__init__()
        self.url = url
        self.lock_timeout = lock_timeout
        self.read_only = read_only
        self._psycopg = _psycopg()
        self._connection: psycopg.Connection[Any] = self._connect()
        try:
            if migrate:
                self._migrate()
            elif read_only and self._current_version() != LATEST_VERSION:
                raise StoreVersionError(
                    f"{self.location} holds no results of this newsquiz yet (or older ones): "
                    "a game recording there creates or upgrades them"
                )
        except StoreError:
            self._connection.close()
            raise

    @property
    def location(self) -> str:
        return redact(self.url)

    def close(self) -> None:
        self._connection.close()

    # -- connecting --------------------------------------------------------------------

    def _connect(self) -> psycopg.Connection[Any]:
        try:
            connection: psycopg.Connection[Any] = self._psycopg.connect(
                self.url,
                autocommit=True,  # transactions are opened explicitly, as on SQLite
                connect_timeout=CONNECT_TIMEOUT,
                application_name="newsquiz",
            )
            connection.execute(f"SET lock_timeout = {round(self.lock_timeout * 1000)}")
            if self.read_only:  # the board and reports: nothing they do may write
                connection.execute("SET default_transaction_read_only = on")
        except self._psycopg.Error as err:
            raise self._translate(err) from err
        return connection

    def _live_connection(self) -> psycopg.Connection[Any]:
        # A server restart breaks the connection; the next call connects again, so a game
        # (or the teacher's board) recovers by itself once the server is back.
        if self._connection.closed or self._connection.broken:
            self._connection.close()
            self._connection = self._connect()
        return self._connection

    # -- the backend's part of SQLStore ------------------------------------------------

    @contextmanager
    def _cursor(self) -> Iterator[Cursor]:
        try:
            with self._live_connection().cursor() as cursor:
                yield cursor
        except self._psycopg.Error as err:
            raise self._translate(err) from err

    @contextmanager
    def _transaction(self) -> Iterator[Cursor]:
        try:
            connection = self._live_connection()
            with connection.transaction(), connection.cursor() as cursor:
                yield cursor
        except self._psycopg.Error as err:
            raise self._translate(err) from err

    def _insert_answer(self, cursor: Cursor, row: tuple[Any, ...]) -> int:
        cursor.execute(self._answer_insert_sql() + " RETURNING id", row)
        return int(cursor.fetchone()[0])

    # -- schema ------------------------------------------------------------------------

    def _current_version(self) -> int | None:
        """The schema version, or None when the database has no newsquiz tables yet."""
        (has_versions,) = self._query("SELECT to_regclass('schema_version')")[0]
        if has_versions is None:
            return None
        return self.schema_version()

    def _migrate(self) -> None:
        # Read first: an up-to-date database needs no lock and no DDL, so a role that may
        # only read (the teacher's board) can open it.
        if self._current_version() == LATEST_VERSION:
            return
        with self._lock, self._migration_lock(), self._transaction() as cursor:
            # Other games opening the database wait for the lock, then find it migrated.
            # PostgreSQL's DDL is transactional, so a failed migration leaves nothing.
            cursor.execute("SELECT to_regclass('schema_version'), to_regclass('answers')")
            has_versions, has_answers = cursor.fetchone()
            if has_versions is None and has_answers is not None:
                raise StoreCorruptError(
                    f"{self.location} has an `answers` table that is not newsquiz's "
                    "(choose another database or schema with --db or NEWSQUIZ_DB)"
                )
            self._apply_migrations(cursor, "postgresql", self.location)

    @contextmanager
    def _migration_lock(self) -> Iterator[None]:
        # Taken before the migration's transaction, not inside it: a transaction that began
        # before another game's migration committed can see a stale catalog (the tables half
        # there), so the transaction must start only once the lock is ours.
        with self._cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
        try:
            yield
        finally:
            with self._cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))

    @contextmanager
    def regrading(self) -> Iterator[None]:
        with self._cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", (REGRADE_LOCK,))
            (held,) = cursor.fetchone()
        if not held:
            raise StoreLockedError(f"{self.location}: {ANOTHER_REGRADE}")
        try:
            yield
        finally:
            with self._cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", (REGRADE_LOCK,))

    # -- errors ------------------------------------------------------------------------

    def _translate(self, err: Exception) -> StoreError:
        errors = self._psycopg.errors
        where = self.location
        detail = " ".join(str(err).split())  # libpq's messages span lines
        if isinstance(err, errors.InvalidCatalogName):
            return StoreError(
                f"the results database {where} does not exist: ask for it to be created "
                f"(see docs/school-setup.md): {detail}"
            )
        if isinstance(err, errors.InvalidPassword | errors.InvalidAuthorizationSpecification):
            return StoreError(f"the results database {where} refused the login: {detail}")
        if isinstance(err, errors.InsufficientPrivilege | errors.ReadOnlySqlTransaction):
            return StoreReadOnlyError(
                f"the results database {where} does not let this role write: {detail}"
            )
        if isinstance(err, errors.LockNotAvailable):
            return StoreLockedError(
                f"the results database {where} is busy with another program (still locked "
                f"after waiting): {detail}"
            )
        if isinstance(err, errors.DiskFull):
            return StoreError(f"the disk of the results database {where} is full: {detail}")
        if self._lost_connection(err):
            return StoreUnreachableError(
                f"cannot reach the results database {where} (is the PostgreSQL server "
                f"running, and the address right?): {detail}"
            )
        return StoreError(f"the results database {where} failed: {detail}")

    def _lost_connection(self, err: Exception) -> bool:
        """The server is down or unreachable (not a query the server refused)."""
        if not isinstance(err, self._psycopg.OperationalError):
            return False
        sqlstate: str | None = getattr(err, "sqlstate", None)
        # No SQLSTATE: libpq failed before the server answered. Class 08 is connection
        # exceptions; 57P01-57P03 are the server shutting down or starting.
        return sqlstate is None or sqlstate.startswith("08") or sqlstate in _SHUTDOWN_STATES


_SHUTDOWN_STATES = frozenset({"57P01", "57P02", "57P03"})
