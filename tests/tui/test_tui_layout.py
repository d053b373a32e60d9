"""Every screen is readable and complete at 80×24: nothing outside the terminal, nothing overlapping."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from itertools import combinations
from pathlib import Path

import pytest
from textual.containers import ScrollableContainer, VerticalScroll
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input

from newsquiz.pack import Pack
from newsquiz.tui.app import NewsQuizApp
from newsquiz.tui.recording import results_at
from newsquiz.tui.screens.article import ArticleScreen
from newsquiz.tui.screens.end import EndScreen
from newsquiz.tui.screens.question import QuestionScreen
from newsquiz.tui.screens.start import StartScreen
from newsquiz.tui.widgets.key_bar import KeyBar
from newsquiz.tui.widgets.mode_list import ModeList

from .helpers import SIZE, game, screen_lines, shown_text, tiny_pack, type_answer, until_showing

Drive = Callable[[Pilot[None]], Awaitable[None]]


def shown(widget: Widget) -> bool:
    return widget.visible and all(
        node.display for node in widget.ancestors_with_self if isinstance(node, Widget)
    )


def scrolls(widget: Widget) -> bool:
    return any(isinstance(node, ScrollableContainer) for node in widget.ancestors)


def assert_fits(
    app: NewsQuizApp, size: tuple[int, int] = SIZE, *, inputs_scroll: bool = False
) -> None:
    """`inputs_scroll`: an input's own line may scroll sideways within its box (that is how
    one types past it); every other pane must wrap."""
    terminal = Region(0, 0, *size)
    screen = app.screen
    widgets = [w for w in screen.query("*") if shown(w)]
    for widget in widgets:
        if isinstance(widget, ScrollableContainer) and not (
            inputs_scroll and isinstance(widget, Input)
        ):
            # Content wraps to the width: nothing hides past the right edge.
            assert widget.max_scroll_x == 0, f"{widget} scrolls sideways"
        if scrolls(widget):
            continue  # inside a scrolling pane: reachable by scrolling, clipped on purpose
        assert widget.region.area > 0, f"{widget} is squeezed to nothing"
        assert terminal.contains_region(widget.region), f"{widget} at {widget.region} is cut off"
    for parent in [screen, *widgets]:
        if isinstance(parent, ScrollableContainer) or scrolls(parent):
            continue
        children = [c for c in parent.children if shown(c)]
        for first, second in combinations(children, 2):
            assert not first.region.overlaps(second.region), f"{first} overlaps {second}"


async def nothing(pilot: Pilot[None]) -> None:
    pass


async def start(pilot: Pilot[None]) -> None:
    await pilot.press("enter")
    await pilot.pause()


async def answered(pilot: Pilot[None]) -> None:
    await start(pilot)
    await type_answer(pilot, "a wrong answer")


async def article(pilot: Pilot[None]) -> None:
    await answered(pilot)
    await pilot.press("f2")
    await pilot.pause()


async def help_screen(pilot: Pilot[None]) -> None:
    await start(pilot)
    await pilot.press("f1")
    await pilot.pause()


async def results(pilot: Pilot[None]) -> None:
    await start(pilot)
    while isinstance(pilot.app.screen, QuestionScreen):
        await pilot.press("ctrl+g", "enter")
        await pilot.pause()
    await until_showing(pilot, EndScreen)
    assert isinstance(pilot.app.screen, EndScreen)


STATES: dict[str, Drive] = {
    "start": nothing,
    "question": start,
    "feedback": answered,
    "article": article,
    "help": help_screen,
    "results": results,
}


@pytest.mark.parametrize("open_book", [False, True], ids=["closed", "open"])
@pytest.mark.parametrize("state", list(STATES))
async def test_screen_fits_80x24(state: str, open_book: bool) -> None:
    app = game(tiny_pack(), player="A rather long player name, to see it fit", open_book=open_book)
    async with app.run_test(size=SIZE) as pilot:
        await STATES[state](pilot)
        assert_fits(app)


async def test_seed_pack_feedback_fits_80x24(seed_pack: Pack) -> None:
    app = game(seed_pack)
    async with app.run_test(size=SIZE) as pilot:
        await answered(pilot)
        assert_fits(app)
        # The verdict is on screen without scrolling.
        verdict = app.screen.query_one("#verdict")
        assert app.screen.query_one("#play").region.contains_region(verdict.region)


async def test_chooser_fits_80x24() -> None:
    app = game(None)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert_fits(app)


@pytest.mark.parametrize("mode", ["closed", "open", "drill", "factcheck"])
async def test_start_screen_fits_80x24_without_scrolling(
    mode: str, seed_pack: Pack, tmp_path: Path
) -> None:
    # The seed pack's headline takes two rows; a long results path and name take their room too.
    app = game(
        seed_pack,
        player="A rather long player name, to see it fit",
        group="9b",
        open_book=mode == "open",
        drill=mode == "drill",
        fact_check=mode == "factcheck",
        time_limit=20 if mode == "drill" else None,
        results=results_at(str(tmp_path / "a-results-folder-with-a-long-name" / "class.sqlite3")),
    )
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StartScreen)
        start = screen.query_one("#start", VerticalScroll)
        # Nothing below the fold: what the screen holds is no taller than where it is shown.
        assert start.virtual_size.height <= start.region.height, "the start screen scrolls"
        assert start.max_scroll_y == 0
        assert_fits(app)
        for widget in start.query("*"):
            if shown(widget):
                assert widget.region.area > 0, f"{widget} is squeezed to nothing"
                assert start.region.contains_region(widget.region), f"{widget} is cut off"
        assert "Start" in shown_text(screen.query_one("#start-button"))
        assert "Results go to" in shown_text(screen.query_one("#recording-note"))
        # The mode the game was started in is the one chosen and highlighted.
        modes = screen.query_one("#mode", ModeList)
        assert modes.mode.id == mode
        chosen_line = next(line for line in shown_text(modes).splitlines() if "●" in line)
        assert f"● {modes.mode.label} —" in chosen_line
        assert screen.query_one("#drill-rules").display == (mode == "drill")


async def test_the_start_screen_draws_its_keys_in_its_first_frame(seed_pack: Pack) -> None:
    # Textual's own footer fills in a few frames later; a start-up figure that stops at the
    # title would not see it. The keys are part of the first screen.
    app = game(seed_pack)
    async with app.run_test(size=SIZE):
        bottom = screen_lines(app)[-1]
        assert "^s Start" in bottom and "f2 Read the article" in bottom
        assert bottom.endswith("^p palette")


async def test_the_keys_follow_focus_and_a_click_presses_one(seed_pack: Pack) -> None:
    app = game(seed_pack)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")  # the game starts: the question screen's keys
        await pilot.pause()
        bottom = screen_lines(app)[-1]
        assert "^g I don't know" in bottom and "^s Start" not in bottom
        bar = app.screen.query_one(KeyBar)
        article = next(key for key in bar.shown if key.binding.action == "article")
        assert await pilot.click(KeyBar, offset=(article.start + 1, 0))
        await until_showing(pilot, ArticleScreen)
        assert isinstance(app.screen, ArticleScreen)
