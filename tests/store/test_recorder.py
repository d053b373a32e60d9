"""A game's answers reach the store as they are graded, and survive a failing store."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from tests.support.clock import FakeClock

from newsquiz.drill import DrillSession
from newsquiz.pack import Pack
from newsquiz.session import Session
from newsquiz.store import AnswerFilter, NullStore, Store, StoreError, StoreLockedError, open_store
from newsquiz.store.recorder import Recorder
from newsquiz.store.sqlite import SQLiteStore

MOMENT = datetime(2024, 5, 13, 10, 30, tzinfo=UTC)


def test_each_answer_is_in_the_store_the_moment_it_is_graded(store: Store, seed_pack: Pack) -> None:
    clock = FakeClock(50)
    session = Session(seed_pack, seed_pack.questions[:2], clock=clock)
    recorder = Recorder(store, "ada", "7b", seed_pack, now=lambda: MOMENT).attach(session)
    clock.now += 4.5
    first = session.submit("an hour or so")
    (stored,) = store.answers()  # before the game moves on
    assert stored.id == recorder.answer_id(first)
    assert (stored.player, stored.group, stored.pack_id) == ("ada", "7b", seed_pack.id)
    assert stored.pack_digest == seed_pack.digest and stored.run_id == recorder.run_id
    assert (stored.question_id, stored.answer) == (first.question.id, "an hour or so")
    assert (stored.verdict, stored.score) == (first.verdict.outcome.value, first.verdict.score)
    assert (stored.seconds, stored.attempt, stored.answered_at) == (4.5, 1, MOMENT)
    session.advance()
    session.submit(session.questions[1].expected)
    assert [a.verdict for a in store.answers()] == [first.verdict.outcome.value, "correct"]


def test_two_games_are_two_runs(store: Store, seed_pack: Pack) -> None:
    for _ in range(2):
        session = Session(seed_pack, seed_pack.questions[:1], clock=FakeClock(50))
        Recorder(store, "ada", "", seed_pack).attach(session)
        session.submit("x")
    assert len({a.run_id for a in store.answers()}) == 2
    assert store.player_summaries()[0].runs == 2


def test_a_drill_records_every_attempt_with_its_number(store: Store, seed_pack: Pack) -> None:
    drill = DrillSession(seed_pack, count=1, seed=3, clock=FakeClock(50))
    Recorder(store, "bob", "7b", seed_pack).attach(drill)
    for typed in ("nope", "still no"):
        drill.submit(typed)
        drill.advance()
    drill.submit(drill.drilled[0].expected)
    assert [(a.attempt, a.verdict) for a in store.answers()] == [
        (1, "incorrect"),
        (2, "incorrect"),
        (3, "correct"),
    ]


def test_disputing_through_the_recorder_marks_that_answer(store: Store, seed_pack: Pack) -> None:
    session = Session(seed_pack, clock=FakeClock(50))
    recorder = Recorder(store, "ada", "", seed_pack).attach(session)
    disputed = session.submit("an hour or so")
    session.advance()
    session.submit("an hour or so")  # the same words again: a different answer
    recorder.dispute(disputed, "I was right")
    (marked,) = store.answers(AnswerFilter(disputed=True))
    assert marked.id == recorder.answer_id(disputed) and marked.dispute_note == "I was right"


def test_a_locked_store_keeps_answers_pending_until_it_is_free(
    tmp_path: Path, seed_pack: Pack
) -> None:
    path = tmp_path / "r.sqlite3"
    open_store(path).close()
    store = SQLiteStore(path, busy_timeout=0.02)
    heard: list[StoreError] = []
    session = Session(seed_pack, clock=FakeClock(50))
    recorder = Recorder(store, "ada", "", seed_pack, on_error=heard.append).attach(session)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    first = session.submit("an hour or so")
    recorder.dispute(first, "while locked")
    session.advance()
    session.submit("84")
    assert isinstance(heard[0], StoreLockedError) and "locked" in str(recorder.last_error)
    assert recorder.pending == session.records
    holder.execute("ROLLBACK")
    assert recorder.retry() and recorder.pending == [] and recorder.last_error is None
    stored = store.answers()
    assert [a.answer for a in stored] == ["an hour or so", "84"]
    assert stored[0].disputed and stored[0].dispute_note == "while locked"
    store.close()


def test_choosing_to_play_on_without_recording(tmp_path: Path, seed_pack: Pack) -> None:
    path = tmp_path / "r.sqlite3"
    open_store(path).close()
    store = SQLiteStore(path, busy_timeout=0.02)
    session = Session(seed_pack, clock=FakeClock(50))
    recorder = Recorder(store, "ada", "", seed_pack, on_error=lambda err: None).attach(session)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    session.submit("an hour or so")
    assert recorder.stop_recording() == 1
    assert not recorder.recording and isinstance(recorder.store, NullStore)
    session.advance()
    session.submit("84")
    assert recorder.pending == [] and recorder.last_error is None
    holder.execute("ROLLBACK")
    assert store.answers() == []
    store.close()
