"""Choosing where results go: --db, then NEWSQUIZ_DB, then the user data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsquiz.store import NullStore, StoreError, default_path, open_store, redact
from newsquiz.store.factory import resolve_location
from newsquiz.store.sqlite import SQLiteStore


def test_the_given_location_wins_over_the_environment(tmp_path: Path) -> None:
    env = {"NEWSQUIZ_DB": str(tmp_path / "env.sqlite3")}
    assert resolve_location(tmp_path / "arg.sqlite3", env) == str(tmp_path / "arg.sqlite3")
    assert resolve_location(None, env) == str(tmp_path / "env.sqlite3")


def test_without_either_results_go_to_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("NEWSQUIZ_DB", raising=False)
    assert default_path() == tmp_path / "data" / "newsquiz" / "results.sqlite3"
    with open_store() as store:
        assert store.location == str(tmp_path / "data" / "newsquiz" / "results.sqlite3")
    assert default_path().is_file()


def test_newsquiz_db_from_the_environment_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSQUIZ_DB", str(tmp_path / "class.sqlite3"))
    with open_store() as store:
        assert isinstance(store, SQLiteStore) and store.path == tmp_path / "class.sqlite3"


def test_an_sqlite_url_names_a_file_as_sqlalchemy_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(f"sqlite:///{tmp_path}/absolute.sqlite3") as store:  # four slashes
        assert store.location == str(tmp_path / "absolute.sqlite3")
    monkeypatch.chdir(tmp_path)
    open_store("sqlite:///relative.sqlite3").close()
    assert (tmp_path / "relative.sqlite3").is_file()


def test_unknown_schemes_and_folders_are_refused_clearly(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="unknown results database `mysql://u:\\*\\*\\*@h/db`"):
        open_store("mysql://u:secret@h/db")
    with pytest.raises(StoreError, match="is a folder"):
        open_store(tmp_path)


def test_passwords_never_appear_in_messages() -> None:
    assert redact("postgresql://teacher:s3cret@db.school/quiz") == (
        "postgresql://teacher:***@db.school/quiz"
    )
    assert redact("/home/t/results.sqlite3") == "/home/t/results.sqlite3"


def test_recording_off_keeps_nothing() -> None:
    from tests.store.store_helpers import answer

    off = NullStore()
    assert not off.recording and off.record_answer(answer()) != off.record_answer(answer())
    assert off.answers() == [] and off.player_summaries() == []
