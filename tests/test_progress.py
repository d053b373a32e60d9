"""Progress: best and last score per pack, games, days in a row, streaks, what to celebrate."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from tests.store.store_helpers import answer

from newsquiz.pack import Pack
from newsquiz.progress import (
    Score,
    celebrate,
    current_streak,
    days_in_a_row,
    game_score,
    load_progress,
    played_when,
    player_progress,
)
from newsquiz.session import Session
from newsquiz.store import MODE_FACTCHECK, open_store
from newsquiz.store.base import RunSummary

TODAY = date(2024, 5, 20)


def game(
    run_id: str,
    score: float,
    questions: int = 5,
    *,
    day: date = TODAY,
    pack_id: str = "pack-a",
    mode: str = "question",
) -> RunSummary:
    moment = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    return RunSummary(
        run_id, "ada", pack_id, mode, questions, score, int(score), questions, moment, moment
    )


def days_before(days: int) -> date:
    return TODAY - timedelta(days=days)


def test_best_is_the_best_whole_round_and_last_is_the_last_game() -> None:
    runs = [
        game("g1", 3, day=days_before(3)),
        game("g2", 4.5, day=days_before(2)),
        # a replay of two missed questions, both right: not a whole round
        game("g3", 2, questions=2, day=days_before(2)),
        game("g4", 1, day=days_before(1)),
    ]
    progress = player_progress("ada", runs, today=TODAY, zone=UTC, questions_in_pack={"pack-a": 5})
    pack = progress.of("pack-a")
    assert pack is not None
    assert pack.best == Score(4.5, 5) and pack.last == Score(1, 5) and pack.games == 4
    assert pack.last_played == datetime(2024, 5, 19, 12, tzinfo=UTC)
    assert progress.of("pack-b") is None


def test_a_fact_check_round_counts_as_played_but_not_as_a_score() -> None:
    runs = [game("g1", 3), game("g2", 9, questions=10, mode=MODE_FACTCHECK)]
    pack = player_progress("ada", runs, today=TODAY, zone=UTC).of("pack-a")
    assert pack is not None
    assert (pack.games, pack.best, pack.last) == (2, Score(3, 5), Score(3, 5))


def test_days_in_a_row_end_today_or_yesterday_and_count_calendar_days() -> None:
    assert days_in_a_row({TODAY, days_before(1), days_before(2), days_before(4)}, TODAY) == 3
    # not played yet today: yesterday's run still stands
    assert days_in_a_row({days_before(1), days_before(2)}, TODAY) == 2
    assert days_in_a_row({days_before(2)}, TODAY) == 0
    assert days_in_a_row(set(), TODAY) == 0
    # late one evening and just after midnight: two days in UTC, one evening two hours west
    evening = datetime(2024, 5, 19, 23, 30, tzinfo=UTC)
    runs = [game_at("g1", evening), game_at("g2", evening + timedelta(hours=1))]
    assert player_progress("ada", runs, today=TODAY, zone=UTC).days_in_a_row(TODAY) == 2
    west = timezone(timedelta(hours=-2))
    assert player_progress("ada", runs, today=TODAY, zone=west).days_in_a_row(TODAY) == 1


def game_at(run_id: str, moment: datetime) -> RunSummary:
    return RunSummary(run_id, "ada", "pack-a", "question", 5, 3, 3, 5, moment, moment)


def test_the_streak_is_the_right_answers_in_a_row_up_to_the_last() -> None:
    assert current_streak([]) == 0
    assert current_streak([True, True, False, True, True, True]) == 3
    assert current_streak([True, False]) == 0


def test_a_new_best_needs_a_whole_round_beating_an_earlier_one() -> None:
    before = player_progress(
        "ada",
        [game("g1", 3, day=days_before(1))],
        today=TODAY,
        zone=UTC,
        questions_in_pack={"pack-a": 5},
    )
    better = celebrate(before, "pack-a", Score(4, 5), whole=True, today=TODAY)
    assert better.new_best and better.previous_best == Score(3, 5)
    assert better.days_in_a_row == 2 and not better.perfect and better
    assert not celebrate(before, "pack-a", Score(3, 5), whole=True, today=TODAY).new_best
    replay = celebrate(before, "pack-a", Score(4, 4), whole=False, today=TODAY)
    assert not replay.new_best and replay.perfect
    # the first game of a pack beats nothing; the first game at all is one day
    first = celebrate(None, "pack-a", Score(2, 5), whole=True, today=TODAY)
    assert not first.new_best and first.days_in_a_row == 1 and not first


def test_a_games_score_counts_first_attempts(seed_pack: Pack) -> None:
    session = Session(seed_pack, seed_pack.questions[:2], clock=lambda: 0.0)
    session.submit("zzzz")
    session.advance()
    assert game_score(session) == Score(0.0, 1)


def test_played_when_says_it_as_a_person_would() -> None:
    def at(day: date) -> datetime:
        return datetime(day.year, day.month, day.day, 8, tzinfo=UTC)

    assert played_when(at(TODAY), TODAY, UTC) == "today"
    assert played_when(at(days_before(1)), TODAY, UTC) == "yesterday"
    assert played_when(at(days_before(3)), TODAY, UTC) == "3 days ago"
    assert played_when(at(date(2024, 3, 2)), TODAY, UTC) == "2 Mar"
    assert played_when(at(date(2023, 3, 2)), TODAY, UTC) == "2 Mar 2023"


def test_progress_is_read_from_the_store_leaving_out_the_game_being_played(
    tmp_path: Path,
) -> None:
    with open_store(tmp_path / "results.sqlite3") as store:
        store.record_answers(
            [
                answer("ada", "q1", run_id="old"),
                answer("ada", "q2", verdict="incorrect", run_id="old"),
                answer("ada", "q1", run_id="now"),
                answer("ada", "q2", run_id="now"),
                answer("bob", "q1", run_id="bob's"),
            ]
        )
        progress = load_progress(store, "ada", today=date(2024, 5, 13), leaving_out="now")
    pack = progress.of("pack-a")
    assert pack is not None and pack.games == 1 and pack.best == Score(1.0, 2)
