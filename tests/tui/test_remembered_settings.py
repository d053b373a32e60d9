"""Remembered settings: a second run fills in the name, group, mode and theme of the first;
a damaged settings file is ignored with a note; a file that cannot be written loses no game."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Input

from newsquiz.tui.app import NewsQuizApp
from newsquiz.tui.screens.question import QuestionScreen
from newsquiz.tui.screens.start import StartScreen
from newsquiz.tui.widgets.mode_list import ModeList

from .helpers import SIZE, game, notices, tiny_pack, until, until_showing


def start_values(app: NewsQuizApp) -> tuple[str, str, str]:
    screen = app.screen
    assert isinstance(screen, StartScreen)
    return (
        screen.query_one("#player", Input).value,
        screen.query_one("#group", Input).value,
        screen.query_one("#mode", ModeList).mode.id,
    )


async def start_as(app: NewsQuizApp, name: str, group: str, mode_steps: int) -> None:
    """Type a name and group on the start screen, pick a mode, start, then quit."""
    async with app.run_test(size=SIZE) as pilot:
        await until_showing(pilot, StartScreen)
        screen = app.screen
        screen.query_one("#player", Input).value = name
        screen.query_one("#group", Input).value = group
        screen.query_one("#mode", ModeList).focus()
        for _ in range(mode_steps):
            await pilot.press("down")
        app.theme = "nord"  # as the command palette's "Change theme" does
        await pilot.press("ctrl+s")
        await until_showing(pilot, QuestionScreen)


async def test_a_second_run_fills_in_name_group_mode_and_theme(own_settings: Path) -> None:
    await start_as(game(tiny_pack()), "Zoë [bold]", "9b", mode_steps=1)
    saved = json.loads(own_settings.read_text(encoding="utf-8"))
    assert saved == {"player": "Zoë [bold]", "group": "9b", "mode": "open", "theme": "nord"}
    again = game(tiny_pack())
    async with again.run_test(size=SIZE) as pilot:
        await until_showing(pilot, StartScreen)
        assert start_values(again) == ("Zoë [bold]", "9b", "open")
        assert again.theme == "nord"


async def test_the_command_line_wins_over_what_was_remembered(own_settings: Path) -> None:
    await start_as(game(tiny_pack()), "Zoë", "9b", mode_steps=1)
    app = game(tiny_pack(), player="Ana", drill=True)
    async with app.run_test(size=SIZE) as pilot:
        await until_showing(pilot, StartScreen)
        assert start_values(app) == ("Ana", "9b", "drill")


@pytest.mark.parametrize(
    "content", ['{"player": "Zoë"', "[]", "\x00\xff"], ids=["cut", "a list", "binary"]
)
async def test_a_damaged_settings_file_is_ignored_with_a_note(
    own_settings: Path, content: str
) -> None:
    own_settings.parent.mkdir(parents=True, exist_ok=True)
    own_settings.write_text(content, encoding="latin-1")
    app = game(tiny_pack())
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await until_showing(pilot, StartScreen)
        assert start_values(app) == ("", "", "closed")
        await until(pilot, lambda: bool(notices(app)), "a note")
        (note,) = notices(app)
        assert note.startswith("Settings ignored:")
        await pilot.press("ctrl+s")  # and the game plays on
        await until_showing(pilot, QuestionScreen)


async def test_settings_that_cannot_be_written_lose_no_game(
    own_settings: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("")
    monkeypatch.setenv("NEWSQUIZ_CONFIG", str(blocker / "settings.json"))
    app = game(tiny_pack(), player="Ana")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await until_showing(pilot, StartScreen)
        await pilot.press("ctrl+s")
        await until_showing(pilot, QuestionScreen)
        await until(pilot, lambda: any("Settings not saved" in n for n in notices(app)), "note")


async def test_a_game_in_a_browser_neither_offers_nor_keeps_a_name(
    own_settings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Under `newsquiz serve` one server plays for a whole class: the last student's name
    # must not wait in the next one's name box.
    await start_as(game(tiny_pack()), "Zoë", "9b", mode_steps=1)
    remembered = own_settings.read_text(encoding="utf-8")
    monkeypatch.setattr(NewsQuizApp, "is_web", property(lambda app: True))
    app = game(tiny_pack())
    async with app.run_test(size=SIZE) as pilot:
        await until_showing(pilot, StartScreen)
        assert start_values(app) == ("", "", "closed") and app.theme != "nord"
        app.screen.query_one("#player", Input).value = "Kim"
        await pilot.press("ctrl+s")
        await until_showing(pilot, QuestionScreen)
    assert own_settings.read_text(encoding="utf-8") == remembered
