"""When the results store fails: say what is wrong, and let the player choose what to do."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from newsquiz.tui.results_control import StoreChoice
from newsquiz.tui.widgets.key_bar import KeyBar


def problem_text(message: str, pending: int) -> Text:
    text = Text("Your answers cannot be saved right now.", style="bold")
    text.append("\n\n")
    text.append(message)  # may quote a path or a player's folder: plain text, never markup
    text.append("\n\n")
    if pending:
        answers = "answer is" if pending == 1 else "answers are"
        text.append(f"{pending} {answers} waiting to be saved. ")
    text.append(
        "Try again once the problem is fixed, or play on without recording "
        "(answers already saved stay saved)."
    )
    return text


class StoreProblemScreen(ModalScreen[StoreChoice]):
    """Answers "retry" or "continue" (without recording); there is no third way out."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "choose('retry')", "Try again", id="store-retry"),
        Binding("c", "choose('continue')", "Continue without recording", id="store-continue"),
    ]

    def __init__(self, message: str, *, pending: int = 0) -> None:
        super().__init__()
        self.message = message
        self.pending = pending

    def compose(self) -> ComposeResult:
        with Vertical(id="store-problem"):
            yield Static(problem_text(self.message, self.pending), id="store-message")
            with Horizontal(id="store-choices"):
                yield Button("Try again (r)", variant="primary", id="retry")
                yield Button("Continue without recording (c)", id="continue")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#retry", Button).focus()

    def more_pending(self, pending: int) -> None:
        """More answers failed while the player was reading: say how many wait now."""
        if pending > self.pending:
            self.pending = pending
            self.query_one("#store-message", Static).update(problem_text(self.message, pending))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_choose("retry" if event.button.id == "retry" else "continue")

    def action_choose(self, choice: StoreChoice) -> None:
        self.dismiss(choice)
