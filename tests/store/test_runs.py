"""Games as a whole (one row per run), as the pack library and the progress read them.

Run against every backend, as the rest of the interface is; the SQL backends answer in one
query, and the plain reading of every answer (any other store) must agree with them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from tests.store.store_helpers import T0, answer

from newsquiz.store import MODE_FACTCHECK, AnswerFilter, Store
from newsquiz.store.base import RunSummary


def recorded_games(store: Store) -> None:
    store.record_answers(
        [
            # ada's first game: 1½ of 3 first time, one repeat (a drill) right
            answer("ada", "q1", run_id="g1", minutes=0),
            answer("ada", "q2", verdict="partial", score=0.5, run_id="g1", minutes=1),
            answer("ada", "q3", verdict="incorrect", run_id="g1", minutes=2),
            answer("ada", "q3", attempt=2, run_id="g1", minutes=3),
            # bob plays in between; ada's second game is on another pack, a day later
            answer("bob", "q1", run_id="g2", minutes=5),
            answer("ada", "q1", pack_id="pack-b", run_id="g3", minutes=24 * 60),
            # a fact-check round of ada's, kept apart by its mode
            replace(
                answer("ada", "q1", typed="true", run_id="g4", minutes=30), mode=MODE_FACTCHECK
            ),
        ]
    )


def test_each_game_is_one_row_with_its_first_attempt_score_and_moments(store: Store) -> None:
    recorded_games(store)
    runs = store.run_summaries(AnswerFilter(player="ada"))
    assert [(r.run_id, r.pack_id, r.mode) for r in runs] == [
        ("g1", "pack-a", "question"),
        ("g4", "pack-a", "factcheck"),
        ("g3", "pack-b", "question"),
    ]
    first = runs[0]
    assert (first.questions, first.score, first.right_first_time, first.answers) == (3, 1.5, 1, 4)
    assert first.started_at == T0 and first.finished_at == T0 + timedelta(minutes=3)
    assert first.player == "ada"


def test_the_filter_picks_the_games_as_it_picks_answers(store: Store) -> None:
    recorded_games(store)
    assert [r.run_id for r in store.run_summaries()] == ["g1", "g2", "g4", "g3"]
    where = AnswerFilter(player="ada", pack_id="pack-a", mode="question")
    assert [r.run_id for r in store.run_summaries(where)] == ["g1"]
    assert store.run_summaries(AnswerFilter(player="nobody")) == []


def test_a_store_without_its_own_query_reads_the_same_games(store: Store) -> None:
    recorded_games(store)
    plain: list[RunSummary] = Store.run_summaries(store, AnswerFilter(player="ada"))
    assert plain == store.run_summaries(AnswerFilter(player="ada"))
