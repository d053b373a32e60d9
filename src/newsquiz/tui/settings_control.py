"""The player's settings, remembered between runs: the name, group and mode they last started
with, and their theme.

A module of its own so that what is remembered, when, and what wins over it (the command
line; a browser a whole class shares) is decided apart from the app's flow between screens.
No Textual here: the app shows the theme and the notes, through `SettingsUI`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from newsquiz.tui.modes import MODES

if TYPE_CHECKING:
    from newsquiz.settings import Settings
    from newsquiz.tui.options import GameOptions


def preferred(mode_id: str) -> bool:
    """A mode the next run may start in: one the game knows, but not Review. A review asks
    only what is due, which changes by the hour, and in a pack never played is nothing: a
    player who last reviewed opens their next pack in the mode they played in before."""
    return any(mode.id == mode_id and not mode.scheduled for mode in MODES)


class SettingsUI(Protocol):
    """What the control needs of the app around it."""

    @property
    def is_web(self) -> bool: ...

    def say(self, message: str, *, warning: bool = False) -> None: ...

    def show_theme(self, name: str) -> str:
        """Show the theme called `name`, if there is one; the name of the theme shown."""
        ...

    def follow_theme(self, changed: Callable[[str], None]) -> None:
        """Call `changed` with the theme's name whenever the player changes it."""
        ...


class SettingsControl:
    def __init__(self, ui: SettingsUI, *, mode_given: bool) -> None:
        self.ui = ui
        self.mode_given = mode_given  # the command line chose the mode: it stands
        self.settings: Settings | None = None  # None: not remembered here

    def recall(self, options: GameOptions) -> GameOptions:
        """`options` with the name, group and mode the player last started with filled in,
        unless the command line said otherwise; their theme is shown."""
        from newsquiz.settings import load_settings

        if self.ui.is_web:
            return options  # one server, a whole class: nobody's name is offered to the next
        loaded = load_settings()
        if loaded.note:
            self.ui.say(loaded.note, warning=True)
        remembered = loaded.settings
        mode_stands = self.mode_given or not preferred(remembered.mode)
        recalled = replace(
            options,
            player=options.player or remembered.player,
            group=options.group or remembered.group,
            mode=options.mode if mode_stands else remembered.mode,
        )
        self.settings = replace(remembered, theme=self.ui.show_theme(remembered.theme))
        self.ui.follow_theme(self._theme_changed)
        return recalled

    def remember(self, options: GameOptions) -> None:
        """Keep the name, group and mode the player starts with, for the next run (a Review
        keeps the mode remembered before it)."""
        if self.settings is not None:
            mode = options.mode if preferred(options.mode) else self.settings.mode
            self._save(
                replace(self.settings, player=options.player, group=options.group, mode=mode)
            )

    def _theme_changed(self, theme: str) -> None:
        if self.settings is not None:
            self._save(replace(self.settings, theme=theme))

    def _save(self, settings: Settings) -> None:
        from newsquiz.settings import save_settings

        if settings == self.settings:
            return
        self.settings = settings
        problem = save_settings(settings)  # never raises: the game goes on regardless
        if problem:
            self.ui.say(problem, warning=True)
