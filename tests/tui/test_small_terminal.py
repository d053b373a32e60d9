"""Every screen and dialog of a game fits a 60×20 terminal: nothing past the right edge or
the bottom, nothing overlapping, words wrapped rather than cut (issue 16: help lost its
right border below 78 columns)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from newsquiz.tui.app import NewsQuizApp
from newsquiz.tui.recording import results_at
from newsquiz.tui.screens.article import ArticleScreen
from newsquiz.tui.screens.dispute import DisputeScreen
from newsquiz.tui.screens.end import EndScreen
from newsquiz.tui.screens.factcheck import FactCheckScreen
from newsquiz.tui.screens.factcheck_end import FactCheckEndScreen
from newsquiz.tui.screens.help import HelpScreen
from newsquiz.tui.screens.question import QuestionScreen
from newsquiz.tui.screens.store_problem import StoreProblemScreen

from .helpers import FakeClock, game, screen_lines, tiny_pack, type_answer, until, until_showing
from .test_tui_layout import assert_fits as fits

SMALL = (60, 20)
Drive = Callable[[Pilot[None]], Awaitable[None]]
LONG_NAME = "A rather long player name, to see it fit"


def assert_fits(app: NewsQuizApp, size: tuple[int, int] = SMALL) -> None:
    fits(app, size, inputs_scroll=True)


async def start(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.press("enter")
    await until_showing(pilot, QuestionScreen)


async def question(pilot: Pilot[None]) -> None:
    await start(pilot)


async def feedback(pilot: Pilot[None]) -> None:
    await start(pilot)
    await type_answer(pilot, "a wrong answer, long enough to wrap somewhere")


async def article(pilot: Pilot[None]) -> None:
    await feedback(pilot)
    await pilot.press("f2")
    await until_showing(pilot, ArticleScreen)


async def help_over_question(pilot: Pilot[None]) -> None:
    await start(pilot)
    await pilot.press("f1")
    await until_showing(pilot, HelpScreen)


async def dispute(pilot: Pilot[None]) -> None:
    await feedback(pilot)
    await until(pilot, lambda: "d Dispute" in screen_lines(pilot.app)[-1], "the Dispute key")
    await pilot.press("d")
    await until_showing(pilot, DisputeScreen)


async def store_problem(pilot: Pilot[None]) -> None:
    await start(pilot)
    problem = (
        "cannot write to /home/someone/.local/share/newsquiz/results.sqlite3: "
        "disk I/O error (the disk is full)"
    )
    pilot.app.push_screen(StoreProblemScreen(problem, pending=3))
    await until_showing(pilot, StoreProblemScreen)


async def results(pilot: Pilot[None]) -> None:
    await start(pilot)
    await type_answer(pilot, "7 to 2")  # one right, the rest missed: `m` has work to do
    await pilot.press("enter")
    await pilot.pause()
    while isinstance(pilot.app.screen, QuestionScreen):
        await pilot.press("ctrl+g", "enter")
        await pilot.pause()
    await until_showing(pilot, EndScreen)


async def results_missed_only(pilot: Pilot[None]) -> None:
    await results(pilot)
    await pilot.press("m")
    screen = pilot.app.screen
    assert isinstance(screen, EndScreen)
    await until(pilot, lambda: screen.missed_only, "only the missed answers shown")


async def help_over_results(pilot: Pilot[None]) -> None:
    await results(pilot)
    await pilot.press("f1")
    await until_showing(pilot, HelpScreen)


STATES: dict[str, Drive] = {
    "question": question,
    "feedback": feedback,
    "article": article,
    "help": help_over_question,
    "dispute": dispute,
    "store-problem": store_problem,
    "results": results,
    "results-missed-only": results_missed_only,
    "help-on-results": help_over_results,
}


@pytest.mark.parametrize("open_book", [False, True], ids=["closed", "open"])
@pytest.mark.parametrize("state", list(STATES))
async def test_game_screens_fit_60x20(state: str, open_book: bool, tmp_path: Path) -> None:
    app = game(
        tiny_pack(),
        player=LONG_NAME,
        open_book=open_book,
        results=results_at(str(tmp_path / "results.sqlite3")),
    )
    async with app.run_test(size=SMALL) as pilot:
        await STATES[state](pilot)
        assert_fits(app)


async def test_the_start_screen_fits_60x20() -> None:
    app = game(tiny_pack(), player=LONG_NAME, group="9b")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert_fits(app)


async def test_a_timed_drill_fits_60x20() -> None:
    clock = FakeClock()
    app = game(tiny_pack(), clock, player=LONG_NAME, drill=True, seed=1, time_limit=20)
    async with app.run_test(size=SMALL) as pilot:
        await start(pilot)
        assert_fits(app)
        await type_answer(pilot, "zzzz")  # a note that it comes back, then the verdict
        assert_fits(app)


async def test_fact_check_screens_fit_60x20() -> None:
    app = game(tiny_pack(), player=LONG_NAME, fact_check=True, seed=1)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("enter")
        await until_showing(pilot, FactCheckScreen)
        assert_fits(app)
        await pilot.press("f1")
        await until_showing(pilot, HelpScreen)
        assert_fits(app)
        await pilot.press("escape")
        await until_showing(pilot, FactCheckScreen)
        while isinstance(app.screen, FactCheckScreen):
            await pilot.press("f")  # false: a value to give (or the call settled)
            await pilot.pause()
            if app.screen.query_one("#fc-value").display:
                assert_fits(app)
                await pilot.press("ctrl+g")
                await pilot.pause()
            assert_fits(app)
            await pilot.press("enter")
            await pilot.pause()
        await until_showing(pilot, FactCheckEndScreen)
        assert_fits(app)
