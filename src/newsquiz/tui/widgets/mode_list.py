"""The ways to play, one a line, on the start screen: ↑ ↓ or a click choose one.

It works like a group of radio buttons in a browser form: the arrows move the
choice itself, so what is highlighted is always what will be played. Textual's
RadioSet, which this replaces, is five widgets and two stylesheets; drawn before
the first frame, that was a twentieth of the game's start-up. It also kept its
cursor on the first button whatever was chosen.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.events import Click
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from newsquiz.tui.modes import GameMode

CHOSEN = "●"
OTHER = "○"


class ModeList(Widget, can_focus=True):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,left", "move(-1)", "Previous mode", show=False),
        Binding("down,right", "move(1)", "Next mode", show=False),
        Binding("home", "choose(0)", show=False),
        Binding("end", "choose(-1)", show=False),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"mode-list--chosen", "mode-list--description"}

    chosen: reactive[int] = reactive(0, init=False)

    class Changed(Message):
        """Another mode was chosen."""

        def __init__(self, mode: GameMode) -> None:
            super().__init__()
            self.mode = mode

    def __init__(self, modes: Sequence[GameMode], chosen: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.modes = tuple(modes)
        self.notes: dict[str, str] = {}  # a few words after a mode's label, by mode id
        ids = [mode.id for mode in self.modes]
        self.set_reactive(ModeList.chosen, ids.index(chosen) if chosen in ids else 0)

    @property
    def mode(self) -> GameMode:
        return self.modes[self.chosen]

    def note(self, mode_id: str, text: str) -> None:
        """Show `text` after the mode's label, as in "Review (3 due)"; "" shows none."""
        self.notes[mode_id] = text
        self.refresh()

    def render(self) -> Text:
        chosen_style = self.get_component_rich_style("mode-list--chosen")
        description_style = self.get_component_rich_style("mode-list--description")
        lines = []
        for index, mode in enumerate(self.modes):
            line = Text.assemble(
                f"{CHOSEN if index == self.chosen else OTHER} ",
                f"{mode.label} ({self.notes[mode.id]})" if self.notes.get(mode.id) else mode.label,
                (f" — {mode.description}", description_style),
            )
            if index == self.chosen:
                line.stylize(chosen_style)
            lines.append(line)
        return Text("\n").join(lines)

    def action_move(self, step: int) -> None:
        self.chosen = (self.chosen + step) % len(self.modes)

    def action_choose(self, index: int) -> None:
        self.chosen = index % len(self.modes)

    def on_click(self, event: Click) -> None:
        if 0 <= event.y < len(self.modes):
            self.chosen = event.y

    def watch_chosen(self, chosen: int) -> None:
        self.post_message(self.Changed(self.modes[chosen]))
