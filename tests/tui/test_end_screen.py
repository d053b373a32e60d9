"""The end screen: score and time, a review that can show only what was missed, choices
by their text, a replay key only when there is something to replay, and replays that say so."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from newsquiz.claims import FactCheckSession
from newsquiz.tui.app import NewsQuizApp
from newsquiz.tui.screens.end import EndScreen
from newsquiz.tui.screens.factcheck import FactCheckScreen
from newsquiz.tui.screens.factcheck_end import FactCheckEndScreen
from newsquiz.tui.screens.question import QuestionScreen
from newsquiz.tui.widgets.review_item import ReviewItem

from .helpers import (
    FakeClock,
    game,
    screen_lines,
    shown_text,
    tiny_pack,
    type_answer,
    until_showing,
)

SnapCompare = Callable[..., bool]

# The tiny pack's questions: the vote, the cost, the material (a choice: a brick, b stone…),
# the mayor and a claim. Two of these are wrong: the cost, and the choice `a` (brick).
TWO_MISSED = ["7 to 2", "$30 million", "a", "Ines Carvalho", "false"]
ALL_RIGHT = ["7 to 2", "$3 million", "stone", "Ines Carvalho", "false"]


async def play(pilot: Pilot[None], clock: FakeClock, answers: list[str]) -> None:
    """Start (or go on with) a round and answer it; ends on the results."""
    if not isinstance(pilot.app.screen, QuestionScreen):
        await pilot.press("enter")
        await until_showing(pilot, QuestionScreen)
    for typed in answers:
        clock.tick(12)
        await type_answer(pilot, typed)
        await pilot.press("enter")
        await pilot.pause()
    await until_showing(pilot, EndScreen)


def key_bar(app: NewsQuizApp) -> str:
    return screen_lines(app)[-1]


def shown_reviews(app: NewsQuizApp) -> list[str]:
    return [item.label for item in app.screen.query(ReviewItem) if item.display]


async def test_the_review_shows_only_the_missed_answers_at_a_key_and_says_which() -> None:
    clock = FakeClock()
    app = game(tiny_pack(), clock, player="Ana")
    async with app.run_test(size=(80, 24)) as pilot:
        await play(pilot, clock, TWO_MISSED)
        summary = shown_text(app.screen.query_one("#summary"))
        assert "Ana, you got 3 of 5 right" in summary and "Time 1:00" in summary
        heading = app.screen.query_one("#review-heading")
        assert "Review: all 5 answers" in shown_text(heading)
        assert "m: only the 2 missed" in shown_text(heading)
        assert "m Missed only" in key_bar(app)
        assert len(shown_reviews(app)) == 5

        await pilot.press("m")
        await pilot.pause()
        assert shown_reviews(app) == ["✗ 2.", "✗ 3."]  # numbered as they were asked
        assert "Review: only the 2 missed, of 5" in shown_text(heading)
        assert "m Show all" in key_bar(app) and "Missed only" not in key_bar(app)

        await pilot.press("m")
        await pilot.pause()
        assert len(shown_reviews(app)) == 5
        assert "Review: all 5 answers" in shown_text(heading)


async def test_a_choice_is_reviewed_by_its_letter_and_text() -> None:
    clock = FakeClock()
    app = game(tiny_pack(), clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await play(pilot, clock, TWO_MISSED)
        await pilot.press("m")  # the choice question is among the missed: on screen
        await pilot.pause()
        choice = next(item for item in app.screen.query(ReviewItem) if item.label == "✗ 3.")
        text = shown_text(choice)
        assert "You: a) brick" in text
        assert "Answer: b) stone" in text


async def test_nothing_missed_offers_no_replay_and_no_missed_view() -> None:
    clock = FakeClock()
    app = game(tiny_pack(), clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await play(pilot, clock, ALL_RIGHT)
        bar = key_bar(app)
        assert "Replay" not in bar and "Missed only" not in bar  # not there, not greyed out
        assert "every one right" in shown_text(app.screen.query_one("#review-heading"))
        await pilot.press("r", "m")
        await pilot.pause()
        assert isinstance(app.screen, EndScreen) and not app.screen.missed_only


async def test_a_replay_says_it_is_one_on_its_questions_and_its_results() -> None:
    clock = FakeClock()
    app = game(tiny_pack(), clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await play(pilot, clock, TWO_MISSED)
        assert "r Replay missed" in key_bar(app)
        await pilot.press("r")
        await until_showing(pilot, QuestionScreen)
        status = shown_text(app.screen.query_one("#status"))
        assert "Question 1 of 2" in status and "Replay of 2 missed" in status
        await play(pilot, clock, ["$3 million", "a"])  # the choice missed again
        assert "Replay of 2 missed" in shown_text(app.screen.query_one("#results-heading"))
        assert "You got 1 of 2 right" in shown_text(app.screen.query_one("#summary"))

        await pilot.press("r")  # and a replay of the replay: only what is still missed
        await until_showing(pilot, QuestionScreen)
        assert "Replay of 1 missed" in shown_text(app.screen.query_one("#status"))

        # A new game from the start screen is no replay.
        await play(pilot, clock, ["stone"])
        await pilot.press("n")
        await pilot.pause()
        await play(pilot, clock, ALL_RIGHT)
        assert "Replay" not in shown_text(app.screen.query_one("#results-heading"))


async def test_a_fact_check_replay_says_it_is_one() -> None:
    clock = FakeClock()
    app = game(tiny_pack(), clock, fact_check=True, seed=1)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await until_showing(pilot, FactCheckScreen)
        screen = app.screen
        assert isinstance(screen, FactCheckScreen)
        session: FactCheckSession = screen.session
        while isinstance(app.screen, FactCheckScreen):
            claim = session.current
            assert claim is not None
            await pilot.press("f" if claim.truth else "t")  # every call wrong
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
        await until_showing(pilot, FactCheckEndScreen)
        assert f"all {session.total} claims" in shown_text(app.screen.query_one("#review-heading"))
        await pilot.press("r")
        await until_showing(pilot, FactCheckScreen)
        status = shown_text(app.screen.query_one("#status"))
        assert f"Replay of {session.total} missed" in status


@pytest.mark.parametrize("size", [(80, 24), (60, 20)], ids=["80x24", "60x20"])
@pytest.mark.parametrize("missed_only", [False, True], ids=["all", "missed-only"])
def test_snapshot_of_the_end_screen(
    snap_compare: SnapCompare, size: tuple[int, int], missed_only: bool
) -> None:
    clock = FakeClock()

    async def play_and_review(pilot: Pilot[None]) -> None:
        await play(pilot, clock, TWO_MISSED)
        if missed_only:
            await pilot.press("m")
            await pilot.pause()

    app = game(tiny_pack(), clock, player="Ana")
    assert snap_compare(app, terminal_size=size, run_before=play_and_review)


async def test_every_answer_missed_offers_replay_but_nothing_to_filter() -> None:
    clock = FakeClock()
    app = game(tiny_pack(), clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await play(pilot, clock, ["zzzz"] * 5)
        bar = key_bar(app)
        assert "r Replay missed" in bar and "Missed only" not in bar
        assert "all 5 answers, none right" in shown_text(app.screen.query_one("#review-heading"))
