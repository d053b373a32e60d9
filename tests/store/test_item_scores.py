"""Store.item_scores: the first attempts the report's item statistics are computed over."""

from __future__ import annotations

from dataclasses import replace

from tests.store.store_helpers import answer

from newsquiz.store import MODE_FACTCHECK, MODE_QUESTION, AnswerFilter, Store
from newsquiz.store.base import ItemScore


def _record_two_games_and_a_drill(store: Store) -> None:
    store.record_answers(
        [
            # ada's first game: q1 missed, asked again in the drill and right; q2 half right.
            answer("ada", "q1", "two hours", "incorrect", run_id="ada-1", minutes=0),
            answer("ada", "q1", "an hour", "correct", attempt=2, run_id="ada-1", minutes=1),
            answer("ada", "q2", "Finland", "partial", score=0.5, run_id="ada-1", minutes=2),
            # ada plays again a day later: right now, but her first attempt stays the first.
            answer("ada", "q1", "an hour", "correct", run_id="ada-2", minutes=1440),
            answer("bob", "q1", "an hour", "correct", group="7a", minutes=3),
            answer("ada", "q1", "48", "incorrect", pack_id="pack-b", run_id="ada-b", minutes=4),
            # A fact-check call is no attempt at the question.
            replace(answer("bob", "q2", "true", "correct", minutes=5), mode=MODE_FACTCHECK),
        ]
    )


def test_each_players_first_attempt_at_each_question(store: Store) -> None:
    _record_two_games_and_a_drill(store)
    got = store.item_scores(AnswerFilter(mode=MODE_QUESTION))
    assert got == [
        ItemScore("pack-a", "q1", "ada", "7b", "ada-1", 0.0),
        ItemScore("pack-a", "q2", "ada", "7b", "ada-1", 0.5),
        ItemScore("pack-a", "q1", "bob", "7a", "run-bob", 1.0),
        ItemScore("pack-b", "q1", "ada", "7b", "ada-b", 0.0),
    ]
    # The generic reading every store inherits gives the same cells.
    assert Store.item_scores(store, AnswerFilter(mode=MODE_QUESTION)) == got


def test_every_game_gives_each_game_its_own_first_attempts(store: Store) -> None:
    _record_two_games_and_a_drill(store)
    where = AnswerFilter(mode=MODE_QUESTION, pack_id="pack-a", player="ada")
    got = store.item_scores(where, every_game=True)
    assert [(s.run_id, s.question_id, s.score) for s in got] == [
        ("ada-1", "q1", 0.0),
        ("ada-1", "q2", 0.5),
        ("ada-2", "q1", 1.0),
    ]
    assert Store.item_scores(store, where, every_game=True) == got


def test_filters_apply_before_the_first_attempt_is_picked(store: Store) -> None:
    _record_two_games_and_a_drill(store)
    got = store.item_scores(AnswerFilter(mode=MODE_QUESTION, group="7a"))
    assert got == [ItemScore("pack-a", "q1", "bob", "7a", "run-bob", 1.0)]
    assert store.item_scores(AnswerFilter(mode=MODE_QUESTION, player="nobody")) == []
