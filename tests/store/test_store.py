"""The store interface, run against every backend."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from tests.store.store_helpers import T0, Backend, answer

from newsquiz.store import (
    AnswerFilter,
    Store,
    StoreError,
    VerdictChange,
)
from newsquiz.store.schema import LATEST_VERSION


def test_an_answer_comes_back_exactly_as_recorded(store: Store) -> None:
    sent = answer(
        player="Zoë \x1b[31m[bold]",
        typed="=1+1, 'quoted'\n",
        verdict="partial",
        score=0.5,
        reason="one of two",
        seconds=12.25,
        attempt=2,
    )
    answer_id = store.record_answer(sent)
    (got,) = store.answers()
    assert got.id == answer_id
    assert got.player == "Zoë \x1b[31m[bold]" and got.answer == "=1+1, 'quoted'\n"
    assert (got.verdict, got.score, got.reason) == ("partial", 0.5, "one of two")
    assert (got.seconds, got.attempt, got.group, got.pack_id) == (12.25, 2, "7b", "pack-a")
    assert got.pack_digest == "digest-1" and got.run_id == "run-Zoë \x1b[31m[bold]"
    assert got.answered_at == T0 and got.answered_at.utcoffset() == timedelta(0)
    assert not got.disputed and not got.regraded


def test_answers_are_kept_after_reopening_in_recording_order(backend: Backend) -> None:
    with backend.open() as first:
        ids = [first.record_answer(answer(question_id=f"q{n}")) for n in range(5)]
    with backend.open() as again:
        assert [a.id for a in again.answers()] == ids
        assert [a.question_id for a in again.answers()] == [f"q{n}" for n in range(5)]
        assert again.schema_version() == LATEST_VERSION


def test_filters_pick_by_pack_group_player_run_and_time(store: Store) -> None:
    store.record_answers(
        [
            answer("ada", group="7a", minutes=0),
            answer("ada", group="7a", pack_id="pack-b", minutes=10),
            answer("bob", group="7b", minutes=20, run_id="r2"),
            answer("cy", group="7b", minutes=30, run_id="r3"),
        ]
    )

    def players(where: AnswerFilter) -> list[str]:
        return [a.player for a in store.answers(where)]

    assert players(AnswerFilter(pack_id="pack-b")) == ["ada"]
    assert players(AnswerFilter(group="7b")) == ["bob", "cy"]
    assert players(AnswerFilter(player="ada", pack_id="pack-a")) == ["ada"]
    assert players(AnswerFilter(since=T0 + timedelta(minutes=20))) == ["bob", "cy"]
    assert players(AnswerFilter(run_id="r3")) == ["cy"]


def test_a_dispute_is_kept_with_its_note_and_never_changes_the_score(store: Store) -> None:
    wrong = store.record_answer(answer("ada", typed="an hour or so", verdict="incorrect"))
    store.record_answer(answer("bob"))
    store.mark_disputed(wrong, "I was right: the article says about an hour")
    (disputed,) = store.answers(AnswerFilter(disputed=True))
    assert disputed.id == wrong and disputed.dispute_note is not None
    assert disputed.dispute_note.startswith("I was right")
    assert disputed.verdict == "incorrect" and disputed.score == 0.0
    assert [a.player for a in store.answers(AnswerFilter(disputed=False))] == ["bob"]
    with pytest.raises(StoreError, match="no recorded answer"):
        store.mark_disputed(wrong + 1000)


def test_player_summaries_score_first_attempts_and_count_every_try(store: Store) -> None:
    store.record_answers(
        [
            answer("ada", "q1", verdict="incorrect", seconds=10),
            answer("ada", "q2", verdict="partial", score=0.5, seconds=20),
            answer("ada", "q1", attempt=2, seconds=4),
            answer("ada", "q2", attempt=2, seconds=3),
            answer("bob", "q1", seconds=7),
            answer("bob", "q2", seconds=8),
            answer("bob", "q1", seconds=6, run_id="bob-again"),
        ]
    )
    ada, bob = store.player_summaries()
    assert (ada.player, ada.group, ada.runs) == ("ada", "7b", 1)
    assert (ada.questions, ada.score, ada.right_first_time) == (2, 0.5, 0)
    assert (ada.attempts, ada.seconds) == (4, 37.0)
    assert (bob.runs, bob.questions, bob.score, bob.right_first_time) == (2, 3, 3.0, 3)


def test_question_summaries_give_share_right_first_time_and_time(store: Store) -> None:
    store.record_answers(
        [
            answer("ada", "q1", verdict="incorrect", seconds=10),
            answer("ada", "q1", attempt=2, seconds=2),
            answer("bob", "q1", seconds=6),
            answer("cy", "q1", seconds=6),
            answer("ada", "q2", seconds=1),
        ]
    )
    store.mark_disputed(store.answers()[0].id)
    q1, q2 = store.question_summaries()
    assert (q1.question_id, q1.players, q1.first_attempts, q1.right_first_time) == ("q1", 3, 3, 2)
    assert q1.share_right_first_time == pytest.approx(2 / 3)
    assert q1.attempts == 4 and q1.average_seconds == 6.0 and q1.disputed == 1
    assert (q2.question_id, q2.share_right_first_time, q2.disputed) == ("q2", 1.0, 0)


def test_wrong_answers_are_counted_per_question_exactly_as_typed(store: Store) -> None:
    store.record_answers(
        [
            answer("ada", "q1", "two hours", "incorrect"),
            answer("bob", "q1", "two hours", "incorrect"),
            answer("cy", "q1", "Two hours!", "incorrect"),
            answer("dee", "q1", "an hour"),
            answer("eve", "q1", "about", "partial", score=0.5),
            answer("ada", "q2", "two hours", "incorrect"),
        ]
    )
    counts = {(w.question_id, w.answer): w.count for w in store.wrong_answer_counts()}
    assert counts == {
        ("q1", "two hours"): 2,
        ("q1", "Two hours!"): 1,
        ("q1", "about"): 1,
        ("q2", "two hours"): 1,
    }


def test_a_regrade_replaces_verdicts_and_keeps_the_old_ones(store: Store) -> None:
    first = store.record_answer(answer("ada", typed="an hour or so", verdict="incorrect"))
    store.mark_disputed(first, "I was right")
    store.apply_regrade([VerdictChange(first, "correct", 1.0, None)], pack_digest="digest-2")
    (now,) = store.answers()
    assert (now.verdict, now.score, now.regraded, now.disputed) == ("correct", 1.0, True, True)
    (history,) = store.regrades(first)
    assert (history.old_verdict, history.old_score) == ("incorrect", 0.0)
    assert (history.new_verdict, history.new_score, history.pack_digest) == (
        "correct",
        1.0,
        "digest-2",
    )
    assert store.player_summaries()[0].score == 1.0


def test_a_second_regrade_of_the_same_change_adds_no_history(store: Store) -> None:
    """Two regrades planned at once: the one that writes second finds the change made."""
    first = store.record_answer(answer("ada", typed="an hour or so", verdict="incorrect"))
    change = VerdictChange(first, "correct", 1.0, None)
    store.apply_regrade([change], pack_digest="digest-2")
    store.apply_regrade([change], pack_digest="digest-2")
    assert len(store.regrades(first)) == 1


def test_a_regrade_is_all_or_nothing(store: Store) -> None:
    kept = store.record_answer(answer("ada", verdict="incorrect"))
    with pytest.raises(StoreError):
        store.apply_regrade(
            [
                VerdictChange(kept, "correct", 1.0, None),
                VerdictChange(kept + 99, "correct", 1, None),
            ],
            pack_digest="d",
        )
    assert store.answers()[0].verdict == "incorrect" and store.regrades() == []


def test_batches_and_single_answers_share_one_table(store: Store) -> None:
    store.record_answers([answer("p", question_id=f"q{n}") for n in range(100)])
    one = store.record_answer(replace(answer("p"), question_id="last"))
    assert len(store.answers()) == 101 and store.answers()[-1].id == one


def test_every_backend_takes_the_same_text_without_nul(store: Store) -> None:
    """NUL, which PostgreSQL refuses, never reaches a stored answer; every other
    character is kept as typed."""
    store.record_answer(answer("a\x00da\x1b[2J", typed="an\x00 hour", group="7\x00b"))
    (kept,) = store.answers()
    assert (kept.player, kept.answer, kept.group) == ("ada\x1b[2J", "an hour", "7b")
