"""Screens reach the app through a typed protocol: the game's app is a host, a bare app
is not, and a screen's needs degrade gracefully without one."""

from __future__ import annotations

from textual.app import App

from newsquiz.tui.host import GameHost, host_of

from .helpers import game, tiny_pack


def test_the_game_app_is_a_host_and_a_bare_app_is_not() -> None:
    app = game(tiny_pack())
    assert isinstance(app, GameHost) and host_of(app) is app
    assert host_of(App()) is None


async def test_the_palette_offers_what_the_screen_can_do() -> None:
    app = game(tiny_pack())
    async with app.run_test(size=(80, 24)):
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Read the article" in titles  # the start screen opens the article
        assert "Replay missed questions" not in titles
