"""Screens reach the app through a typed protocol: the game's app is a host, a bare app
is not, and a screen's needs degrade gracefully without one."""

from __future__ import annotations

from textual.app import App

from newsquiz.tui.host import GameHost, host_of
from newsquiz.tui.palette import game_commands

from .helpers import game, screen_text, tiny_pack, until


def test_the_game_app_is_a_host_and_a_bare_app_is_not() -> None:
    app = game(tiny_pack())
    assert isinstance(app, GameHost) and host_of(app) is app
    assert host_of(App()) is None


async def test_the_palette_offers_what_the_screen_can_do() -> None:
    app = game(tiny_pack())
    async with app.run_test(size=(80, 24)):
        titles = [command.title for command in game_commands(app.screen)]
        assert "Read the article" in titles  # the start screen opens the article
        assert "Replay missed" not in titles


async def test_ctrl_c_twice_in_a_row_quits_and_once_only_says_how() -> None:
    app = game(tiny_pack())
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("tab", "tab")  # off the name box, where Ctrl+C copies
        await pilot.press("ctrl+c")
        await until(pilot, lambda: "Ctrl+C again" in screen_text(app), "the quit hint")
        assert app.is_running
        await pilot.press("down", "ctrl+c")  # another key in between: asks again
        assert app.is_running
        await pilot.press("ctrl+c")
        await until(pilot, lambda: not app.is_running, "the game quits")
