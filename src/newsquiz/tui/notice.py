"""A game that cannot start, said in the place the player is looking.

In a terminal the reason goes to stderr; a student in a browser sees no stderr, and a game
that exits at once leaves them an empty page. So in a browser, the notice is the game.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static

from newsquiz.tui.widgets.key_bar import KeyBar


class NoticeApp(App[None]):
    CSS_PATH = "newsquiz.tcss"
    TITLE = "newsquiz"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q,escape,enter", "quit", "Close", id="close"),
    ]

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        yield Static(Text(self.message), id="notice")  # plain text, never markup
        yield KeyBar()


CANNOT_START_IN_BROWSER = (
    "This quiz cannot start: its pack has a problem. Tell your teacher "
    "(`newsquiz check` shows them what to fix)."
)
