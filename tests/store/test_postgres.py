"""What only the PostgreSQL backend does: migrations under a lock, roles, a server that goes
away and comes back, and never needing psycopg unless a postgresql:// URL is used.

The interface itself (and the 40 × 50 concurrency test) runs on PostgreSQL through the
`backend` fixture in test_store.py and test_concurrency.py.
"""

from __future__ import annotations

import secrets
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.store.postgres_helpers import fresh_database, running_server, with_database
from tests.store.store_helpers import answer
from tests.support import pgserver
from tests.support.clock import FakeClock
from tests.support.pgserver import PostgresServer

from newsquiz.pack import Pack
from newsquiz.session import Session
from newsquiz.store import (
    Store,
    StoreCorruptError,
    StoreError,
    StoreLockedError,
    StoreReadOnlyError,
    StoreUnreachableError,
    StoreVersionError,
    open_store,
)
from newsquiz.store.postgres import PostgresStore
from newsquiz.store.recorder import Recorder
from newsquiz.store.schema import LATEST_VERSION, MIGRATIONS, VERSION_TABLE, statements_for

psycopg = pytest.importorskip("psycopg")


@pytest.fixture
def database(postgres_server: PostgresServer) -> str:
    return fresh_database(postgres_server)


def _pg_ctl(server: PostgresServer, *args: str) -> None:
    pg_ctl = pgserver.find_tool("pg_ctl") or "pg_ctl"
    pgserver._run_as_owner([pg_ctl, "-D", str(server.folder / "data"), *args])


def crash(server: PostgresServer) -> None:
    """Stop the server the hard way (no shutdown checkpoint), keeping its data folder."""
    _pg_ctl(server, "-m", "immediate", "-w", "stop")


def restart(server: PostgresServer) -> None:
    options = f"-p {server.port} -k {server.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    _pg_ctl(server, "-o", options, "-l", str(server.folder / "log"), "-w", "start")


@pytest.fixture
def store_on_postgres(database: str) -> Iterator[Store]:
    with open_store(database) as store:
        yield store


@pytest.fixture
def own_server() -> Iterator[PostgresServer]:
    """A server of this test's own, since the test stops it."""
    yield from running_server()


def test_a_stopped_server_is_a_clear_message_and_loses_nothing_written(
    own_server: PostgresServer, seed_pack: Pack
) -> None:
    store = open_store(own_server.url)
    heard: list[StoreError] = []
    session = Session(seed_pack, clock=FakeClock(0))
    recorder = Recorder(store, "ada", "7b", seed_pack, on_error=heard.append).attach(session)
    for typed in ("an hour or so", "84", "Helsinki"):
        session.submit(typed)
        session.advance()
    assert len(store.answers()) == 3 and heard == []

    crash(own_server)
    session.submit("while the server is down")
    (error,) = heard
    assert "cannot reach the results database" in str(error)
    assert own_server.url in str(error) and "PostgreSQL server running" in str(error)
    assert len(recorder.pending) == 1  # kept, waiting, not lost
    with pytest.raises(StoreError, match="cannot reach the results database"):
        open_store(own_server.url)

    restart(own_server)
    assert recorder.retry() and recorder.pending == []  # the store reconnects by itself
    with open_store(own_server.url) as again:
        kept = [a.answer for a in again.answers()]
    assert kept == ["an hour or so", "84", "Helsinki", "while the server is down"]
    store.close()


def test_an_answer_after_a_restart_is_saved_without_anyone_pressing_a_key(
    own_server: PostgresServer, seed_pack: Pack
) -> None:
    # The server restarted while the game waited between answers: its connection is broken,
    # which only using it reveals. The next answer must still go in, with no error seen.
    store = open_store(own_server.url)
    heard: list[StoreError] = []
    session = Session(seed_pack, clock=FakeClock(0))
    Recorder(store, "ada", "7b", seed_pack, on_error=heard.append).attach(session)
    session.submit("an hour or so")
    session.advance()
    crash(own_server)
    restart(own_server)
    session.submit("84")
    assert heard == []
    with open_store(own_server.url) as again:
        assert [a.answer for a in again.answers()] == ["an hour or so", "84"]
    store.close()


def test_an_unreachable_server_is_a_passing_failure(own_server: PostgresServer) -> None:
    store = open_store(own_server.url)
    crash(own_server)
    with pytest.raises(StoreUnreachableError) as caught:
        store.record_answer(answer("ada"))
    assert caught.value.transient  # a game waits and tries again by itself
    store.close()


def test_the_cli_reports_a_stopped_server_without_a_traceback(own_server: PostgresServer) -> None:
    url = own_server.url
    open_store(url).close()
    crash(own_server)
    script = (
        "import sys\n"
        "from newsquiz.store import StoreError, open_store\n"
        "try:\n"
        "    open_store(sys.argv[1])\n"
        "except StoreError as err:\n"
        "    print(err)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, url], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert done.stdout.startswith(f"cannot reach the results database {url}")


def test_an_old_database_is_migrated_and_keeps_its_answers(database: str) -> None:
    with psycopg.connect(database, autocommit=True) as old:
        old.execute(VERSION_TABLE)
        for statement in statements_for(MIGRATIONS[0], "postgresql"):
            old.execute(statement)
        old.execute("INSERT INTO schema_version VALUES (1)")
        old.execute(
            "INSERT INTO answers (run_id, player, group_name, pack_id, pack_digest, "
            "question_id, answer, verdict, score, reason, seconds, attempt, answered_at) "
            "VALUES ('r', 'ada', '', 'p', 'd', 'q1', 'two hours', 'incorrect', 0, NULL, 3, 1, "
            "'2024-05-13T09:00:00.000000+00:00')"
        )
    with open_store(database) as store:
        assert store.schema_version() == LATEST_VERSION
        (kept,) = store.answers()
        assert (kept.player, kept.answer, kept.disputed) == ("ada", "two hours", False)
        store.mark_disputed(kept.id, "now possible")
        assert store.answers()[0].disputed
    with psycopg.connect(database) as check:
        assert check.execute("SELECT version FROM schema_version").fetchall() == [(LATEST_VERSION,)]


def test_a_database_from_a_newer_newsquiz_is_refused(database: str) -> None:
    open_store(database).close()
    with psycopg.connect(database, autocommit=True) as newer:
        newer.execute("UPDATE schema_version SET version = %s", (LATEST_VERSION + 1,))
    with pytest.raises(StoreVersionError, match="newer newsquiz"):
        open_store(database)


def test_another_programs_answers_table_is_left_alone(database: str) -> None:
    with psycopg.connect(database, autocommit=True) as other:
        other.execute("CREATE TABLE answers (id INTEGER, body TEXT)")
    with pytest.raises(StoreCorruptError, match="not newsquiz's"):
        open_store(database)


def test_a_read_only_role_can_watch_but_not_write(database: str) -> None:
    with open_store(database) as store:
        store.record_answer(answer("ada"))
    with psycopg.connect(database, autocommit=True) as admin:
        admin.execute("DROP ROLE IF EXISTS board_reader")
        admin.execute("CREATE ROLE board_reader LOGIN")
        admin.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO board_reader")
    base = database.replace("postgresql://postgres@", "postgresql://board_reader@")
    with open_store(base) as reader:
        assert [a.player for a in reader.answers()] == ["ada"]
        with pytest.raises(StoreReadOnlyError, match="does not let this role write"):
            reader.record_answer(answer("bob"))


def test_the_board_reads_with_a_role_that_may_only_select(database: str) -> None:
    with open_store(database) as store:
        store.record_answer(answer("ada"))
    with psycopg.connect(database, autocommit=True) as admin:
        admin.execute("DROP ROLE IF EXISTS board_only")
        admin.execute("CREATE ROLE board_only LOGIN")
        admin.execute("GRANT SELECT ON answers, schema_version TO board_only")
    reader_url = database.replace("postgresql://postgres@", "postgresql://board_only@")
    with open_store(reader_url, read_only=True) as reader:
        assert [a.player for a in reader.answers()] == ["ada"]
    with (
        open_store(database, read_only=True) as owner_reading,  # may write, but will not
        pytest.raises(StoreReadOnlyError),
    ):
        owner_reading.record_answer(answer("bob"))


def test_reading_an_empty_database_says_there_is_nothing_yet(database: str) -> None:
    with pytest.raises(StoreVersionError, match="holds no results of this newsquiz yet"):
        open_store(database, read_only=True)


def test_a_held_lock_is_waited_for_then_reported(database: str) -> None:
    with open_store(database) as store:
        first = store.record_answer(answer("ada", verdict="incorrect"))
    with psycopg.connect(database) as holder:
        holder.execute("LOCK TABLE answers IN ACCESS EXCLUSIVE MODE")
        with (
            PostgresStore(database, lock_timeout=0.05) as waiting,
            pytest.raises(StoreLockedError, match="busy with another program"),
        ):
            waiting.mark_disputed(first)
        holder.rollback()


def test_a_missing_database_and_a_password_are_reported_safely(
    postgres_server: PostgresServer,
) -> None:
    missing = with_database(postgres_server.url, "no_such_db").replace(
        "postgres@", "postgres:s3cret@"
    )
    with pytest.raises(StoreError, match="does not exist") as caught:
        open_store(missing)
    assert "s3cret" not in str(caught.value) and "postgres:***@" in str(caught.value)


def test_postgres_urls_choose_this_backend_and_hide_the_password(database: str) -> None:
    with_password = database.replace("postgres@", "postgres:s3cret@")  # trust ignores it
    for url in (with_password, with_password.replace("postgresql://", "postgres://")):
        with open_store(url) as store:
            assert isinstance(store, PostgresStore)
            assert "s3cret" not in store.location and ":***@" in store.location


def test_without_psycopg_the_message_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if it were not installed
    with pytest.raises(StoreError, match=r"pip install 'newsquiz\[postgres\]'"):
        open_store("postgresql://teacher@127.0.0.1:1/quiz")


def test_playing_on_sqlite_never_imports_psycopg(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from newsquiz.store import open_store\n"
        "open_store(sys.argv[1]).close()\n"
        "print('psycopg' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "r.sqlite3")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize("field", ["answer", "player"])
def test_an_answer_or_name_of_any_length_is_recorded(store_on_postgres: Store, field: str) -> None:
    pasted = secrets.token_hex(5000)  # 10,000 characters that do not compress
    # Run ids are ours (uuids), so only the untrusted fields are made long.
    sent = answer(typed=pasted) if field == "answer" else answer(player=pasted, run_id="run-1")
    answer_id = store_on_postgres.record_answer(sent)
    (kept,) = store_on_postgres.answers()
    assert (kept.id, getattr(kept, field)) == (answer_id, pasted)


def test_a_query_the_server_refuses_is_not_called_unreachable(store_on_postgres: Store) -> None:
    assert isinstance(store_on_postgres, PostgresStore)
    with pytest.raises(StoreError) as caught:
        store_on_postgres._query("SELECT 1/0")
    assert "failed" in str(caught.value) and "cannot reach" not in str(caught.value)
