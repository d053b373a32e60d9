"""What kind of round each answer came from: question answers and fact-check calls kept apart.

Run against every backend, as the rest of the interface is.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from tests.store.store_helpers import Backend, answer

from newsquiz.claims import ClaimBank, FactCheckRecord, FactCheckSession
from newsquiz.cli import main
from newsquiz.pack import Pack
from newsquiz.session import AnswerRecord, Session
from newsquiz.store import (
    MODE_FACTCHECK,
    MODE_QUESTION,
    AnswerFilter,
    NewAnswer,
    Store,
    open_store,
)
from newsquiz.store.recorder import Recorder
from newsquiz.store.regrade import apply_regrade_plan, plan_regrade
from newsquiz.store.schema import LATEST_VERSION, MIGRATIONS, VERSION_TABLE, statements_for


def call(player: str, question_id: str, typed: str, verdict: str) -> NewAnswer:
    """A fact-check call as the fact-check screen records it."""
    score = {"correct": 1.0, "partial": 0.5, "incorrect": 0.0}[verdict]
    return replace(answer(player, question_id, typed, verdict, score=score), mode=MODE_FACTCHECK)


def test_every_answer_keeps_its_mode_and_question_is_the_default(store: Store) -> None:
    store.record_answers(
        [
            answer("ada", "q1", "an hour"),
            replace(answer("ada", "q1", "false, 48", "partial"), mode=MODE_FACTCHECK),
        ]
    )
    store.record_answer(replace(answer("bob", "q1", "true"), mode=MODE_FACTCHECK))
    assert [(a.player, a.mode) for a in store.answers()] == [
        ("ada", MODE_QUESTION),
        ("ada", MODE_FACTCHECK),
        ("bob", MODE_FACTCHECK),
    ]
    picked = store.answers(AnswerFilter(mode=MODE_FACTCHECK, player="ada"))
    assert [a.answer for a in picked] == ["false, 48"]


def test_an_unknown_mode_is_refused_before_anything_is_written(store: Store) -> None:
    with pytest.raises(ValueError, match="unknown answer mode 'quiz'"):
        store.record_answer(replace(answer(), mode="quiz"))
    assert store.answers() == []


def test_question_statistics_never_count_fact_check_calls(store: Store) -> None:
    store.record_answers(
        [
            answer("ada", "q1", "an hour"),
            answer("bob", "q1", "two hours", "incorrect"),
            # Calls on claims about q1: none of these is an answer to q1.
            replace(answer("ada", "q1", "true", "incorrect"), mode=MODE_FACTCHECK),
            replace(answer("cy", "q1", "false, 48", "incorrect"), mode=MODE_FACTCHECK),
        ]
    )
    questions_only = AnswerFilter(mode=MODE_QUESTION)
    (q1,) = store.question_summaries(questions_only)
    assert (q1.players, q1.first_attempts, q1.right_first_time) == (2, 2, 1)
    wrong = store.wrong_answer_counts(questions_only)
    assert [w.answer for w in wrong] == ["two hours"]
    ada, bob = store.player_summaries(questions_only)
    assert (ada.player, ada.questions, ada.attempts) == ("ada", 1, 1)
    assert bob.player == "bob"
    # Unfiltered, the store still gives everything (exports and tools need that).
    assert store.question_summaries()[0].first_attempts == 4


def test_fact_check_summaries_count_right_calls_and_which_way_the_wrong_ones_went(
    store: Store,
) -> None:
    store.record_answers(
        [
            call("ada", "q1", "true", "correct"),  # a true claim confirmed
            call("bob", "q1", "true", "incorrect"),  # fooled by a false claim
            call("cy", "q1", "false", "incorrect"),  # doubted a true claim
            call("dan", "q1", "false, an hour", "correct"),  # spotted and corrected
            call("eve", "q1", "false", "partial"),  # spotted, no value
            call("eve", "q2", "false, 48", "partial"),  # spotted, wrong value
            answer("ada", "q1", "an hour"),  # an answer to the question: not a call
        ]
    )
    q1, q2 = store.factcheck_summaries()
    assert (q1.question_id, q1.players, q1.calls, q1.right_calls) == ("q1", 5, 5, 3)
    assert (q1.fooled, q1.doubted, q1.spotted, q1.corrected) == (1, 1, 2, 1)
    assert q1.share_right == pytest.approx(0.6)
    assert (q2.calls, q2.right_calls, q2.spotted, q2.corrected) == (1, 1, 1, 0)
    # Filters narrow them like every other summary; a question mode filter is overruled.
    (only_bob,) = store.factcheck_summaries(AnswerFilter(player="bob", mode=MODE_QUESTION))
    assert (only_bob.calls, only_bob.fooled) == (1, 1)


def record_fact_check_round(store: Store, pack: Pack, player: str) -> FactCheckSession:
    """A whole fact-check round recorded as the game records it: every claim called true."""
    session = FactCheckSession(pack, ClaimBank(pack).round(seed=4, count=6))
    recorder = Recorder(store, player, "7b", pack, mode=MODE_FACTCHECK)

    def heard(settled: FactCheckRecord) -> None:
        recorder.record(
            AnswerRecord(settled.question, settled.typed, settled.verdict, settled.seconds, 1)
        )

    session.subscribe(heard)
    while not session.finished:
        session.judge(True)
        session.advance()
    return session


def test_a_recorder_stores_its_mode_with_every_answer(store: Store, seed_pack: Pack) -> None:
    played = Session(seed_pack, seed_pack.questions[:1])
    Recorder(store, "ada", "7b", seed_pack).attach(played)
    played.submit(seed_pack.questions[0].expected)
    round_ = record_fact_check_round(store, seed_pack, "bob")
    stored = store.answers()
    assert [a.mode for a in stored] == [MODE_QUESTION] + [MODE_FACTCHECK] * round_.total
    assert [a.answer for a in stored[1:]] == ["true"] * round_.total
    with pytest.raises(ValueError, match="unknown answer mode"):
        Recorder(store, "ada", "7b", seed_pack, mode="drill")


def test_regrade_never_grades_fact_check_calls_with_the_question_grader(
    store: Store, seed_pack: Pack
) -> None:
    round_ = record_fact_check_round(store, seed_pack, "bob")
    true_claims = sum(1 for c in round_.claims if c.truth)
    assert 0 < true_claims < round_.total
    # Graded by a question's grader, "true" is a wrong answer: a regrade that looked at the
    # calls would turn every confirmed true claim into a miss.
    question = round_.claims[0].question
    played = Session(seed_pack, [question])
    Recorder(store, "ada", "7b", seed_pack).attach(played)
    played.submit(question.expected)

    plan = plan_regrade(store, seed_pack)
    assert plan.checked == 1 and plan.changes == () and plan.score_moves == ()
    assert plan.factcheck_skipped == round_.total
    apply_regrade_plan(store, plan)
    calls = store.answers(AnswerFilter(mode=MODE_FACTCHECK))
    assert sum(1 for a in calls if a.verdict == "correct") == true_claims
    assert store.regrades() == []


def _old_database(backend: Backend, version: int) -> None:
    """A results database exactly as newsquiz left it at schema `version`, with one answer."""
    insert = (
        "INSERT INTO answers (run_id, player, group_name, pack_id, pack_digest, question_id, "
        "answer, verdict, score, reason, seconds, attempt, answered_at) VALUES "
        "('r', 'ada', '7b', 'p', 'd', 'q1', 'two hours', 'incorrect', 0, NULL, 3, 1, "
        "'2024-05-13T09:00:00.000000+00:00')"
    )
    statements = [VERSION_TABLE]
    for migration in MIGRATIONS:
        if migration.version <= version:
            statements += statements_for(migration, backend.name)
    statements += [f"INSERT INTO schema_version VALUES ({version})", insert]
    if backend.name == "sqlite":
        import sqlite3

        with sqlite3.connect(backend.location) as old:
            for statement in statements:
                old.execute(statement)
        old.close()
    else:
        import psycopg

        with psycopg.connect(backend.location, autocommit=True) as server:
            for statement in statements:
                server.execute(statement)


def test_the_previous_schema_is_migrated_and_old_answers_become_question_answers(
    backend: Backend,
) -> None:
    previous = LATEST_VERSION - 1
    assert MIGRATIONS[-1].description == "the kind of round each answer came from"
    _old_database(backend, previous)
    with open_store(backend.location) as store:
        assert store.schema_version() == LATEST_VERSION
        (kept,) = store.answers()
        assert (kept.player, kept.answer, kept.mode) == ("ada", "two hours", MODE_QUESTION)
        store.record_answer(replace(answer("bob", "q1", "true"), mode=MODE_FACTCHECK))
        (q1,) = store.question_summaries(AnswerFilter(mode=MODE_QUESTION))
        assert (q1.players, q1.first_attempts, q1.right_first_time) == (1, 1, 0)
        (calls,) = store.factcheck_summaries()
        assert (calls.calls, calls.right_calls) == (1, 1)
    with open_store(backend.location) as again:  # migrated once, opened as it is
        assert [a.mode for a in again.answers()] == [MODE_QUESTION, MODE_FACTCHECK]


def test_the_regrade_command_says_how_many_calls_it_skipped(
    tmp_path: Path, seed_pack_path: Path, seed_pack: Pack, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "class.sqlite3"
    with open_store(db) as store:
        round_ = record_fact_check_round(store, seed_pack, "bob")
    assert main(["regrade", str(seed_pack_path), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Regraded 0 answers to austin-shoigu-call" in out and "changed no answers" in out
    assert f"{round_.total} fact-check calls skipped" in out
