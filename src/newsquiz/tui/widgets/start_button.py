"""The start screen's Start button: a click, Enter or Space starts the game.

Textual's Button would do the same, but it brings seven kilobytes of stylesheet for
variants this screen never shows, and parsing them before the first frame was about
a twentieth of the game's start-up. This is the one button drawn before that frame.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.events import Click
from textual.message import Message
from textual.widgets import Static


class StartButton(Static, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,space", "press", "Start", show=False),
    ]

    class Pressed(Message):
        """The player pressed Start."""

    def __init__(self, label: str = "Start", *, id: str | None = None) -> None:
        super().__init__(label, id=id)

    def on_click(self, event: Click) -> None:
        event.stop()
        self.action_press()

    def action_press(self) -> None:
        self.post_message(self.Pressed())
