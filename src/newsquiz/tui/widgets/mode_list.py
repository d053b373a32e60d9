"""The ways to play, one a line, on the start screen: ↑ ↓ or a click choose one.

It works like a group of radio buttons in a browser form: the arrows move the
choice itself, so what is highlighted is always what will be played. Textual's
RadioSet, which this replaces, is five widgets and two stylesheets; drawn before
the first frame, that was a twentieth of the game's start-up. It also kept its
cursor on the first button whatever was chosen.

A mode is one row when it fits. In a narrow terminal the chosen mode's description
wraps (so the player reads all of what they chose) and the others' end in an ellipsis,
so the list takes six rows at 60 columns, not ten; its height is the same whichever
mode is chosen, so nothing below it moves as the arrows go through the modes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.events import Click
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from newsquiz.tui.modes import GameMode

CHOSEN = "●"
OTHER = "○"
HANGING = "  "  # a wrapped description starts under its label, clear of the marker


def hanging_rows(line: Text, width: int, indent_style: Style | str = "") -> list[Text]:
    """`line` wrapped at spaces to `width` cells, the rows after the first indented."""
    rows: list[Text] = []
    rest = line
    while True:
        room = width - (cell_len(HANGING) if rows else 0)
        plain = rest.plain
        if cell_len(plain) <= room or room <= 0:
            cut = len(plain)
        else:
            cut = 0  # the most characters that fit, then back to the last space among them
            while cell_len(plain[: cut + 1]) <= room:
                cut += 1
            space = plain.rfind(" ", 0, cut + 1)
            cut = space if space > 0 else cut  # a word longer than the row is cut there
        row = rest[:cut]
        row.rstrip()
        rows.append(Text.assemble((HANGING, indent_style), row) if rows else row)
        while cut < len(plain) and plain[cut] == " ":
            cut += 1  # the next row starts at a word
        if cut >= len(plain):
            return rows
        rest = rest[cut:]


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
        self._row_modes: list[int] = []  # which mode each row shows, as last drawn
        ids = [mode.id for mode in self.modes]
        self.set_reactive(ModeList.chosen, ids.index(chosen) if chosen in ids else 0)

    @property
    def mode(self) -> GameMode:
        return self.modes[self.chosen]

    def note(self, mode_id: str, text: str) -> None:
        """Show `text` after the mode's label, as in "Review (3 due)"; "" shows none."""
        self.notes[mode_id] = text
        self.refresh()

    def line(self, index: int) -> Text:
        """One mode in full: "● Review (3 due) — the facts due again, …"."""
        mode, note = self.modes[index], self.notes.get(self.modes[index].id)
        line = Text.assemble(
            f"{CHOSEN if index == self.chosen else OTHER} ",
            f"{mode.label} ({note})" if note else mode.label,
            (f" — {mode.description}", self.get_component_rich_style("mode-list--description")),
        )
        if index == self.chosen:
            line.stylize(self.get_component_rich_style("mode-list--chosen"))
        return line

    def rows_of(self, index: int, width: int, *, chosen: bool) -> list[Text]:
        """The rows one mode takes `width` cells wide: all of it if it is the chosen one."""
        line = self.line(index)
        if width <= 0 or cell_len(line.plain) <= width:
            return [line]
        if chosen:
            return hanging_rows(line, width, self.get_component_rich_style("mode-list--chosen"))
        line.truncate(width, overflow="ellipsis")
        return [line]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        # The tallest the list gets, whichever mode is chosen.
        wrapped = (len(self.rows_of(i, width, chosen=True)) for i in range(len(self.modes)))
        return len(self.modes) - 1 + max(wrapped, default=1)

    def render(self) -> Text:
        width = self.content_size.width
        rows: list[Text] = []
        self._row_modes = []
        for index in range(len(self.modes)):
            shown = self.rows_of(index, width, chosen=index == self.chosen)
            rows += shown
            self._row_modes += [index] * len(shown)
        return Text("\n").join(rows)

    def action_move(self, step: int) -> None:
        self.chosen = (self.chosen + step) % len(self.modes)

    def action_choose(self, index: int) -> None:
        self.chosen = index % len(self.modes)

    def on_click(self, event: Click) -> None:
        if 0 <= event.y < len(self._row_modes):
            self.chosen = self._row_modes[event.y]

    def watch_chosen(self, chosen: int) -> None:
        self.post_message(self.Changed(self.modes[chosen]))
