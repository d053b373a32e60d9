"""The keys of the current screen along the bottom: what Textual's Footer shows, in one widget.

Textual's Footer is a container with a widget per key, filled in a frame or two
after its screen is drawn. On the start screen that was the costliest thing to
draw (13 ms of a 230 ms start-up) and the keys arrived 50 ms after everything
else. This bar draws the same line, as one widget, in the screen's first frame;
it follows the bindings as focus moves (the screen announces every change), and
a click on a key presses it, as on Textual's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding
from textual.events import Click, Leave, MouseMove
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget

SEPARATOR = "▏"


@dataclass(frozen=True)
class Key:
    """One key as shown: where it is on the bar, and what pressing it does."""

    binding: Binding
    label: str  # how the key is written: "^s", "f2"
    enabled: bool
    start: int = 0
    end: int = 0


# Never dropped from a narrow bar: how to leave, and where every other key is listed.
KEPT_ACTIONS = frozenset({"quit", "help"})


class KeyBar(Widget):
    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "key-bar--key",
        "key-bar--description",
        "key-bar--hover",
        "key-bar--separator",
    }

    # Its own defaults, as Textual's widgets have: the game and the board both use it.
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        color: $footer-foreground;
        background: $footer-background;
        & > .key-bar--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .key-bar--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .key-bar--hover {
            background: $block-hover-background;
        }
        & > .key-bar--separator {
            color: $foreground 20%;
        }
    }
    """

    hovered: reactive[int | None] = reactive(None)

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[Key] = []  # as last drawn, for clicks

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        self.refresh()

    def keys(self) -> tuple[list[Key], Key | None]:
        """The keys to show, in order (one per action), and the command palette's."""
        app = self.app
        bindings = self.screen.active_bindings
        shown: list[Key] = []
        actions: set[str] = set()
        for _node, binding, enabled, _tooltip in bindings.values():
            if binding.show and binding.action not in actions:
                actions.add(binding.action)
                shown.append(Key(binding, app.get_key_display(binding), enabled))
        palette = None
        if app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in bindings:
            _node, binding, enabled, _tooltip = bindings[app.COMMAND_PALETTE_BINDING]
            palette = Key(binding, app.get_key_display(binding), enabled)
        return shown, palette

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-bar--key")
        description_style = self.get_component_rich_style("key-bar--description")
        hover_style = self.get_component_rich_style("key-bar--hover")
        separator_style = self.get_component_rich_style("key-bar--separator")
        keys, palette = self.keys()
        keys, palette_description = self.fitting(keys, palette)
        line = Text(no_wrap=True, overflow="ellipsis", end="")
        placed: list[Key] = []

        def add(key: Key, description: str, key_text: str) -> None:
            start = len(line)
            line.append(key_text, key_style)
            line.append(description, description_style)
            if not key.enabled:
                line.stylize("dim", start)
            if self.hovered == len(placed):
                line.stylize(hover_style, start)
            placed.append(Key(key.binding, key.label, key.enabled, start, len(line)))

        for key in keys:
            add(key, f"{key.binding.description} ", f" {key.label} ")
        if palette is not None:
            tail = (
                1
                + len(palette.label)
                + (len(palette_description) + 2 if palette_description else 0)
            )
            line.append(" " * max(1, self.size.width - len(line) - tail))
            line.append(SEPARATOR, separator_style)
            add(palette, f" {palette_description} " if palette_description else "", palette.label)
        self.shown = placed
        return line

    def fitting(self, keys: list[Key], palette: Key | None) -> tuple[list[Key], str]:
        """The keys to show in the bar's width, and the palette's description ("" for none).

        A narrow terminal first loses the word "palette", then the last keys but Quit and
        Help (the screen's own keys come first, the most needed first; Help lists them all),
        rather than cutting the bar off in the middle of a key.
        """
        width = self.size.width

        def length(shown: list[Key], description: str) -> int:
            keys_length = sum(len(k.label) + len(k.binding.description) + 3 for k in shown)
            if palette is None:
                return keys_length
            return (
                keys_length + 1 + len(palette.label) + (len(description) + 2 if description else 0)
            )

        description = palette.binding.description if palette is not None else ""
        if length(keys, description) <= width:
            return keys, description
        shown = list(keys)
        while length(shown, "") > width:
            droppable = [k for k in shown if k.binding.action not in KEPT_ACTIONS]
            if len(droppable) <= 1:
                break
            shown.remove(droppable[-1])
        return shown, ""

    def key_at(self, x: int) -> int | None:
        return next((i for i, key in enumerate(self.shown) if key.start <= x < key.end), None)

    def on_mouse_move(self, event: MouseMove) -> None:
        self.hovered = self.key_at(event.x)

    def on_leave(self, event: Leave) -> None:
        self.hovered = None

    def on_click(self, event: Click) -> None:
        index = self.key_at(event.x)
        if index is None:
            return
        key = self.shown[index]
        if key.enabled:
            self.app.simulate_key(key.binding.key.split(",")[0])
        else:
            self.app.bell()
