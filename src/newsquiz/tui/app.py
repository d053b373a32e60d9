"""The newsquiz Textual app: owns the flow between screens, nothing else.

Build it with `make_app()`, as the CLI and the tests do.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from newsquiz.pack import Pack
from newsquiz.session import Clock
from newsquiz.tui.messages import (
    NewGameRequested,
    PackChosen,
    ReplayRequested,
    RoundFinished,
    StartRequested,
)
from newsquiz.tui.modes import CLOSED_BOOK, OPEN_BOOK, GameMode, mode_by_id
from newsquiz.tui.options import GameOptions


class NewsQuizApp(App[None]):
    """A fact-check quiz on a news article."""

    CSS_PATH = "newsquiz.tcss"
    TITLE = "newsquiz"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help", id="help"),
        Binding("question_mark", "help", "Help", id="help-alt", show=False),
        Binding("ctrl+q", "quit", "Quit", id="quit", priority=True),
    ]

    def __init__(
        self,
        pack: Pack | None,
        options: GameOptions,
        *,
        clock: Clock = time.monotonic,
        cursor_blink: bool = True,
    ) -> None:
        super().__init__()
        self.pack = pack
        self.options = options
        self.clock = clock
        self.cursor_blink_enabled = cursor_blink

    def on_mount(self) -> None:
        if self.pack is None:
            from newsquiz.tui.screens.chooser import PackChooserScreen

            self.push_screen(PackChooserScreen())
        else:
            self.show_start(self.pack)

    @property
    def mode(self) -> GameMode:
        return mode_by_id(self.options.mode)

    def show_start(self, pack: Pack) -> None:
        from newsquiz.tui.screens.start import StartScreen

        self.pack = pack
        self.push_screen(StartScreen(pack, self.options))

    def on_pack_chosen(self, message: PackChosen) -> None:
        self.show_start(message.pack)

    def on_start_requested(self, message: StartRequested) -> None:
        if self.pack is None:
            return
        self.options = message.options
        mode = self.mode
        session = mode.build_session(self.pack, self.options, self.clock)
        self.switch_screen(mode.build_screen(session, mode, self.options))

    def on_round_finished(self, message: RoundFinished) -> None:
        from newsquiz.tui.screens.end import EndScreen

        self.switch_screen(EndScreen(message.session, player=self.options.player))

    def on_replay_requested(self, message: ReplayRequested) -> None:
        mode = self.mode
        self.switch_screen(mode.build_screen(message.session, mode, self.options))

    def on_new_game_requested(self, message: NewGameRequested) -> None:
        from newsquiz.tui.screens.start import StartScreen

        if self.pack is not None:
            self.switch_screen(StartScreen(self.pack, self.options))

    def action_help(self) -> None:
        from newsquiz.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.screen))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield SystemCommand("Help", "How to play, and the keys of this screen", self.action_help)
        article = getattr(screen, "action_article", None)
        if callable(article):
            yield SystemCommand("Read the article", "The whole article, with line numbers", article)
        replay = getattr(screen, "action_replay", None)
        if callable(replay):
            yield SystemCommand("Replay missed questions", "Play again what you got wrong", replay)
        yield from super().get_system_commands(screen)


def make_app(
    pack: Pack | None = None,
    *,
    player: str = "",
    open_book: bool = False,
    seed: int | None = None,
    clock: Clock = time.monotonic,
    cursor_blink: bool = True,
) -> NewsQuizApp:
    """The game on `pack` (or a pack chooser when None), as the CLI and the tests build it."""
    mode = OPEN_BOOK if open_book else CLOSED_BOOK
    options = GameOptions(player=player, mode=mode.id, seed=seed)
    return NewsQuizApp(pack, options, clock=clock, cursor_blink=cursor_blink)
