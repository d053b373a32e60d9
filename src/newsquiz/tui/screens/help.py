"""Help: how to play, and every key of the screen it was opened from."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from newsquiz.tui.host import HasOwnRules
from newsquiz.tui.palette import is_active, own_bindings
from newsquiz.tui.widgets.key_bar import KeyBar

HOW_TO_PLAY = (
    "Answer each question about the article in a few words and press Enter. "
    "Small typos are forgiven; numbers and dates must be exact. After each answer "
    "you see the verdict and the line of the article that proves it. "
    "Closed book: answer from memory (F2 still opens the article; its cited lines "
    "are marked only after you answer). Open book: the article stays beside the question. "
    "At the end, replay only the questions you missed."
)


def keys_table(screen: Screen[object]) -> Table:
    """The keys that work on `screen` now, from its bindings and the app's, described."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    seen: set[str] = set()
    app = screen.app
    for source in (screen, app):
        for binding in own_bindings(source):
            if not binding.description or binding.description in seen:
                continue
            if not is_active(source, binding):
                continue
            seen.add(binding.description)
            keys = ", ".join(
                app.get_key_display(Binding(key.strip(), binding.action))
                for key in binding.key.split(",")
            )
            table.add_row(keys, Text(binding.description))
    palette = app.get_key_display(Binding("ctrl+p", "command_palette"))
    table.add_row(palette, "Command palette: every command, searchable")
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q,question_mark", "close", "Close help", id="close-help")
    ]

    def __init__(self, under: Screen[object]) -> None:
        super().__init__()
        self.under = under

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(Text("How to play", style="bold"), classes="help-heading")
            # A screen with rules of its own (fact-check) says them in its HOW_TO_PLAY.
            rules = self.under.HOW_TO_PLAY if isinstance(self.under, HasOwnRules) else HOW_TO_PLAY
            yield Static(Text(rules))
            yield Static(Text("Keys here", style="bold"), classes="help-heading")
            yield Static(keys_table(self.under))
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#help", VerticalScroll).focus()

    def action_close(self) -> None:
        self.dismiss()
