"""`latest_games`: each player's latest game, whole, on every backend (what the board follows)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from tests.store.store_helpers import T0
from tests.store.store_helpers import answer as recorded

from newsquiz.store import AnswerFilter, NewAnswer, Store, StoredAnswer
from newsquiz.store.base import MODE_FACTCHECK
from newsquiz.store.null import NullStore


def answer(player: str, game: str, question: str, *, minute: int, group: str = "7b") -> NewAnswer:
    """`player`'s answer to `question` in `game`, `minute` minutes after T0."""
    return recorded(player, question, group=group, run_id=game, minutes=minute)


def games(answers: Sequence[StoredAnswer]) -> list[tuple[str, str]]:
    return [(a.run_id, a.question_id) for a in answers]


def test_each_players_latest_game_is_read_whole(store: Store) -> None:
    store.record_answers(
        [
            answer("ada", "ada-monday", "q1", minute=0),
            answer("ada", "ada-monday", "q2", minute=1),
            # Bob's game and Ada's second one run at the same time: their ids interleave.
            answer("bob", "bob-1", "q1", minute=10),
            answer("ada", "ada-tuesday", "q1", minute=11),
            answer("bob", "bob-1", "q2", minute=12),
            answer("ada", "ada-tuesday", "q2", minute=13),
            answer("bob", "bob-1", "q3", minute=14),
            # The same name in another group is another student.
            answer("ada", "ada-7a", "q1", minute=5, group="7a"),
            replace(answer("cy", "cy-other-pack", "q1", minute=20), pack_id="pack-b"),
            replace(answer("dee", "dee-calls", "q1", minute=21), mode=MODE_FACTCHECK),
        ]
    )
    assert games(store.latest_games(AnswerFilter(pack_id="pack-a", mode="question"))) == [
        ("bob-1", "q1"),
        ("ada-tuesday", "q1"),
        ("bob-1", "q2"),
        ("ada-tuesday", "q2"),
        ("bob-1", "q3"),
        ("ada-7a", "q1"),
    ]
    assert games(store.latest_games(AnswerFilter(group="7a"))) == [("ada-7a", "q1")]
    assert {a.run_id for a in store.latest_games()} == {
        "ada-7a",
        "ada-tuesday",
        "bob-1",
        "cy-other-pack",
        "dee-calls",
    }
    # `since` keeps only the answers from then on, of the games it finds.
    since = AnswerFilter(pack_id="pack-a", mode="question", since=T0 + timedelta(minutes=12))
    assert games(store.latest_games(since)) == [
        ("bob-1", "q2"),
        ("ada-tuesday", "q2"),
        ("bob-1", "q3"),
    ]


def test_hundreds_of_games_apart_are_all_found(store: Store) -> None:
    """Each game of pack-a lies apart, answers to another pack between them: hundreds of
    stretches of ids, more than one query's worth."""
    rows = []
    for n in range(250):
        rows.append(answer(f"p{n:03}", f"g{n}", "q1", minute=n))
        rows.append(replace(answer(f"other{n}", f"o{n}", "q1", minute=n), pack_id="pack-b"))
    store.record_answers(rows)
    found = store.latest_games(AnswerFilter(pack_id="pack-a"))
    assert [a.run_id for a in found] == [f"g{n}" for n in range(250)]


def test_a_store_that_records_nothing_has_no_games() -> None:
    assert NullStore().latest_games() == []
