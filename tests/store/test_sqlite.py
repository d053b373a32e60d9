"""What only the SQLite backend does: its file, pragmas, migrations and failure messages."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.store.store_helpers import answer

from newsquiz.cli import main
from newsquiz.store import (
    StoreCorruptError,
    StoreError,
    StoreLockedError,
    StoreReadOnlyError,
    StoreVersionError,
    open_store,
)
from newsquiz.store import sqlite as sqlite_store
from newsquiz.store.schema import LATEST_VERSION, MIGRATIONS, statements_for
from newsquiz.store.sqlite import SQLiteStore


def test_a_new_file_is_in_wal_mode_with_a_versioned_schema(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "folder" / "results.sqlite3"
    open_store(path).close()
    other = sqlite3.connect(path)
    assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert other.execute("SELECT version FROM schema_version").fetchall() == [(LATEST_VERSION,)]


def test_the_store_waits_for_a_busy_database_instead_of_failing(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    with SQLiteStore(path, busy_timeout=7.5) as store:
        timeout_ms = store._connection.execute("PRAGMA busy_timeout").fetchone()[0]
    assert timeout_ms == 7500


def test_an_old_database_is_migrated_and_keeps_its_answers(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    old.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    for statement in statements_for(MIGRATIONS[0], "sqlite"):
        old.execute(statement)
    old.execute("INSERT INTO schema_version VALUES (1)")
    old.execute(
        "INSERT INTO answers (run_id, player, group_name, pack_id, pack_digest, question_id, "
        "answer, verdict, score, reason, seconds, attempt, answered_at) VALUES "
        "('r', 'ada', '', 'p', 'd', 'q1', 'two hours', 'incorrect', 0, NULL, 3, 1, "
        "'2024-05-13T09:00:00.000000+00:00')"
    )
    old.commit()
    old.close()
    with open_store(path) as store:
        assert store.schema_version() == LATEST_VERSION
        (kept,) = store.answers()
        assert (kept.player, kept.answer, kept.disputed) == ("ada", "two hours", False)
        store.mark_disputed(kept.id, "now possible")


def test_a_database_from_a_newer_newsquiz_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    open_store(path).close()
    with sqlite3.connect(path) as newer:
        newer.execute("UPDATE schema_version SET version = ?", (LATEST_VERSION + 1,))
    with pytest.raises(StoreVersionError, match="newer newsquiz"):
        open_store(path)


def test_a_write_still_busy_after_the_timeout_is_tried_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "busy.sqlite3"
    open_store(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    pauses: list[float] = []

    def pause(seconds: float) -> None:  # the other game finishes while this one waits
        pauses.append(seconds)
        holder.execute("ROLLBACK")

    monkeypatch.setattr(sqlite_store, "_pause", pause)
    with SQLiteStore(path, busy_timeout=0.05, migrate=False) as store:
        store.record_answer(answer())
        assert len(store.answers()) == 1
    assert pauses == [0.5]


def test_a_locked_database_gives_a_clear_error_then_works_when_released(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_store, "_pause", lambda seconds: None)
    path = tmp_path / "locked.sqlite3"
    open_store(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    with SQLiteStore(path, busy_timeout=0.05, migrate=False) as store:
        with pytest.raises(StoreLockedError, match="locked by another program") as caught:
            store.record_answer(answer())
        assert str(path) in str(caught.value)
        holder.execute("ROLLBACK")
        store.record_answer(answer())
        assert len(store.answers()) == 1


def test_writing_a_read_only_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite3"
    open_store(path).close()
    with SQLiteStore(path, read_only=True) as store:
        assert store.answers() == []
        with pytest.raises(StoreReadOnlyError, match="read-only"):
            store.record_answer(answer())


def test_a_file_that_is_not_a_database_is_reported_as_such(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"these are my lesson notes, not a database\n" * 200)
    with pytest.raises(StoreCorruptError, match="not a usable results database"):
        open_store(path)


def test_someone_elses_sqlite_database_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(StoreCorruptError, match="not a newsquiz results database"):
        open_store(path)
    with sqlite3.connect(path) as other:
        tables = other.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    assert tables == [("recipes",)]


def test_a_damaged_database_is_reported_as_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    with open_store(path) as store:
        store.record_answers([answer(question_id=f"q{n}", typed="x" * 500) for n in range(200)])
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    data = bytearray(path.read_bytes())
    data[4096:12288] = b"\xff" * 8192  # smash pages 2 and 3 (the schema lives on page 1)
    path.write_bytes(bytes(data))
    with pytest.raises(StoreCorruptError):
        store = open_store(path)
        store.answers()


def test_reports_read_a_database_on_a_read_only_file_system(tmp_path: Path) -> None:
    """Reading needs no write rights: the report and the board open a store read-only."""
    path = tmp_path / "class.sqlite3"
    with open_store(path) as store:
        store.record_answer(answer())
    for extra in path.parent.glob("class.sqlite3-*"):
        extra.unlink()  # a closed WAL database leaves nothing else behind to read
    path.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        with open_store(path, read_only=True) as store:
            assert len(store.answers()) == 1
    finally:
        tmp_path.chmod(0o755)
        path.chmod(0o644)


def test_a_database_deleted_mid_game_is_noticed_not_written_into_the_void(tmp_path: Path) -> None:
    path = tmp_path / "class.sqlite3"
    with open_store(path) as store:
        store.record_answer(answer())
        for file in tmp_path.glob("class.sqlite3*"):
            file.unlink()
        with pytest.raises(StoreError, match="deleted or replaced"):
            store.record_answer(answer())


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A folder and a read-only view of it (a bind mount: as root, permissions alone do
    not stop writes, a read-only file system does)."""
    folder, view = tmp_path / "data", tmp_path / "view"
    folder.mkdir()
    view.mkdir()
    mounted = subprocess.run(["mount", "--bind", str(folder), str(view)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {mounted.stderr.decode().strip()}")
    try:
        remount = ["mount", "-o", "remount,ro,bind", str(view)]
        if subprocess.run(remount, capture_output=True).returncode != 0:
            pytest.skip("cannot make a read-only mount here")
        yield folder, view
    finally:
        subprocess.run(["umount", str(view)], check=True)


@pytest.mark.skipif(shutil.which("mount") is None, reason="needs mount(8)")
def test_report_reads_a_database_on_a_read_only_file_system(
    read_only_folder: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, view = read_only_folder
    with open_store(folder / "class.sqlite3") as store:  # a WAL database, closed cleanly
        store.record_answer(answer("ada"))
    with open_store(view / "class.sqlite3", read_only=True) as reading:
        assert [a.player for a in reading.answers()] == ["ada"]
    assert main(["report", "--db", str(view / "class.sqlite3")]) == 0
    assert "ada" in capsys.readouterr().out
