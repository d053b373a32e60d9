"""The start screen in a 60×20 terminal: Start on screen without scrolling, the mode list six
rows that do not move, and a pack titled with its headline showing it once (issue 16)."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.geometry import Region

from newsquiz.library import bundled_dir
from newsquiz.pack import Pack, load_pack
from newsquiz.tui.app import NewsQuizApp
from newsquiz.tui.modes import GameMode
from newsquiz.tui.recording import results_at
from newsquiz.tui.screens.end import EndScreen
from newsquiz.tui.screens.question import QuestionScreen
from newsquiz.tui.screens.start import StartScreen, same_words
from newsquiz.tui.widgets.mode_list import ModeList

from .helpers import (
    SIZE,
    game,
    screen_lines,
    screen_text,
    shown_text,
    tiny_pack,
    until,
    until_showing,
)
from .test_small_terminal import LONG_NAME, SMALL, assert_fits


def start_screen_of(app: NewsQuizApp) -> StartScreen:
    screen = app.screen
    assert isinstance(screen, StartScreen)
    return screen


def chosen(modes: ModeList, mode: GameMode) -> bool:
    return modes.mode is mode


def assert_start_on_screen(app: NewsQuizApp) -> None:
    """Start is where the player sees it, and nothing on the screen needs scrolling to."""
    screen = start_screen_of(app)
    start = screen.query_one("#start", VerticalScroll)
    assert start.max_scroll_y == 0, f"the start screen scrolls by {start.max_scroll_y} rows"
    button = screen.query_one("#start-button")
    assert Region(0, 0, *app.size).contains_region(button.region), f"Start at {button.region}"
    assert start.region.contains_region(button.region)
    assert shown_text(button).strip() == "Start"


@pytest.mark.parametrize("mode", ["closed", "drill", "factcheck"])
async def test_start_is_on_screen_at_60x20_without_scrolling(
    mode: str, seed_pack: Pack, tmp_path: Path
) -> None:
    # The seed pack's title takes two rows at 60 columns and its headline differs; a drill
    # shows its rules too; the player's own results file says where answers go.
    own_file = replace(results_at(str(tmp_path / "results.sqlite3")), chosen=False)
    app = game(
        seed_pack,
        player=LONG_NAME,
        group="9b",
        drill=mode == "drill",
        fact_check=mode == "factcheck",
        time_limit=20 if mode == "drill" else None,
        results=own_file,
    )
    async with app.run_test(size=SMALL) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert_start_on_screen(app)
        assert_fits(app)
        text = screen_text(app)
        assert "Your answers are saved" in text
        assert (mode == "drill") == ("Drill: 43 questions, 20 seconds each" in text)


async def test_a_short_terminal_keeps_the_headline_to_one_line(seed_pack: Pack) -> None:
    app = game(seed_pack)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        headline = start_screen_of(app).query_one("#headline")
        assert headline.region.height == 1
        assert shown_text(headline).endswith("…")
        await pilot.resize_terminal(*SIZE)  # room enough: all of it, wrapped
        await until(pilot, lambda: headline.region.height == 2, "the headline wrapped")
        assert "Russia invaded Ukraine" in shown_text(headline)


async def test_the_chosen_mode_is_told_in_full_and_the_list_does_not_move() -> None:
    app = game(tiny_pack(), player="Ana")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        screen = start_screen_of(app)
        modes = screen.query_one("#mode", ModeList)
        button = screen.query_one("#start-button")
        await pilot.press("tab", "tab")  # name, group, then the modes
        assert app.focused is modes
        places = set()
        for number, mode in enumerate(modes.modes):
            await until(pilot, partial(chosen, modes, mode), f"{mode.label} chosen")
            await pilot.pause()
            shown = shown_text(modes, content_only=True)
            # The chosen mode's description, all of it (wrapped under its label); the other
            # modes' cut with an ellipsis where they do not fit.
            assert mode.description.split()[-1] in " ".join(shown.split())
            for other in modes.modes:
                if other is not mode:
                    row = next(r for r in shown.splitlines() if f"○ {other.label}" in r)
                    assert row.endswith("…") or row.endswith(other.description), row
            # (a drill's rules show under the list, and move Start down a row)
            places.add((modes.region, button.region if mode.id != "drill" else None))
            if number < len(modes.modes) - 1:
                await pilot.press("down")
        assert len({list_at for list_at, _ in places}) == 1, "the list moved"
        assert len({start_at for _, start_at in places if start_at}) == 1, "Start moved"
        assert modes.region.height == len(modes.modes) + 1  # one mode wraps at a time


async def test_a_click_on_a_row_under_a_wrapped_mode_chooses_that_row() -> None:
    app = game(tiny_pack(), player="Ana")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        modes = start_screen_of(app).query_one("#mode", ModeList)
        assert modes.mode.label == "Closed book"
        first_rows = shown_text(modes, content_only=True).splitlines()[:3]
        assert first_rows[1].strip() == "with F2"  # Closed book's description, wrapped
        assert await pilot.click(ModeList, offset=(4, 2))  # the third row: Open book
        await until(pilot, lambda: modes.mode.label == "Open book", "Open book chosen")
        await pilot.click(ModeList, offset=(4, 1))  # Open book's row now, not a wrap
        await pilot.pause()
        assert modes.mode.label == "Open book"


async def test_a_pack_titled_with_its_headline_shows_it_once() -> None:
    pack = load_pack(bundled_dir() / "chile-four-aftershocks")
    assert pack.title == pack.article.headline
    app = game(pack)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        lines = screen_lines(app)
        assert sum(pack.title in line for line in lines) == 1
        assert not start_screen_of(app).query("#headline")


def test_same_words_ignores_case_spacing_and_a_closing_stop() -> None:
    assert same_words("Hackers attack  a website", "hackers attack a website.")
    assert not same_words("A lighthouse comes back", "Harbour town votes to rebuild")
    assert not same_words("Four aftershocks hit Chile", "Four aftershocks hit Chile again")


async def test_a_terminal_shrunk_during_a_game_finds_the_start_screen_compact() -> None:
    app = game(tiny_pack(), player="Ana")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await until_showing(pilot, QuestionScreen)
        await pilot.resize_terminal(*SMALL)
        while isinstance(app.screen, QuestionScreen):
            await pilot.press("ctrl+g", "enter")  # "I don't know", next
            await pilot.pause()
        await until_showing(pilot, EndScreen)
        await pilot.press("n")  # a new game: the start screen beneath
        await until_showing(pilot, StartScreen)
        await pilot.pause()
        assert_start_on_screen(app)


async def test_the_arrows_choose_the_mode_while_the_name_is_typed() -> None:
    app = game(tiny_pack())
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        screen = start_screen_of(app)
        modes = screen.query_one("#mode", ModeList)
        assert app.focused is screen.query_one("#player")
        await pilot.press("A", "n", "a", "down", "down")
        await until(pilot, lambda: modes.mode.label == "Review", "two modes down")
        await pilot.press("up")
        await until(pilot, lambda: modes.mode.label == "Open book", "one back up")
        assert app.focused is screen.query_one("#player")  # still typing the name
        assert "↑ ↓ to choose a mode" in shown_text(screen.query_one("#start-hint"))
        await pilot.press("enter")
        await until_showing(pilot, QuestionScreen)
        assert app.options.mode == "open" and app.options.player == "Ana"
