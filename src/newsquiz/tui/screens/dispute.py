"""Disputing a verdict: "I was right", with an optional short note for whoever reads it."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from newsquiz.session import Answered
from newsquiz.tui.widgets.answer_input import AnswerInput
from newsquiz.tui.widgets.key_bar import KeyBar

NOTE_LENGTH = 200


class DisputeScreen(ModalScreen[str | None]):
    """Answers the note ("" for none) to record the dispute, or None to cancel."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="cancel-dispute"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="dispute"):
            yield Static(Text("Dispute this verdict", style="bold"), id="dispute-title")
            yield Static(
                Text(
                    # Said alike to a class and to a player on their own: the dispute goes
                    # where the answer went (the app's reply says which).
                    "Think your answer was right? The dispute is saved with your answer "
                    "for whoever reads the results. Your score does not change."
                )
            )
            yield AnswerInput(
                placeholder="why (optional), then Enter",
                id="dispute-note",
                max_length=NOTE_LENGTH,
            )
            yield Static(Text("Enter: send   Esc: cancel", style="italic"), id="dispute-keys")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#dispute-note", AnswerInput).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)


class DisputeRequested(Message):
    """A player disputes the verdict of `record`; the app records it and calls `reply`.

    `reply(text, ok)` tells the screen what to show: a confirmation, or why it failed.
    """

    def __init__(
        self, record: Answered, note: str | None, reply: Callable[[str, bool], None]
    ) -> None:
        super().__init__()
        self.record = record
        self.note = note
        self.reply = reply
