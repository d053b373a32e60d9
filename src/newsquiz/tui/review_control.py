"""Spaced review in the game: the facts due for a player, counted off the UI thread once the
results store is open, and a Review round started only when something is due.

A module of its own so that when what is due is counted, and what a Review with nothing to
ask says, are decided apart from the app's flow between screens (`tui.due` finds what is
due; this decides when to ask). No Textual here: the app shows the notices and plays the
round, through `ReviewUI`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, Protocol

from newsquiz.tui.due import NOT_RECORDED, DueFound
from newsquiz.tui.threaded import ThreadedUI

if TYPE_CHECKING:
    from datetime import datetime

    from newsquiz.pack import Pack
    from newsquiz.store import StoreError
    from newsquiz.tui.results_control import ResultsControl


class ReviewUI(ThreadedUI, Protocol):
    """What the control needs of the app around it (Textual's `App.notify` is its notify)."""

    @property
    def now(self) -> Callable[[], datetime]:
        """The moment facts are due for review at (UTC)."""
        ...

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: Literal["information", "warning", "error"] = "information",
        timeout: float | None = None,
    ) -> None: ...

    def awaiting_review(self) -> bool:
        """The player still waits on the start screen for the review they asked for."""
        ...

    def play_review(self, due: tuple[str, ...]) -> None:
        """A Review round of the facts `due` (ids, in the order they are asked)."""
        ...


class ReviewControl:
    def __init__(self, results: ResultsControl, ui: ReviewUI) -> None:
        self.results = results
        self.ui = ui
        # Asked what is due before the store was open: asked again then.
        self._asked: tuple[Pack, str, Callable[[DueFound], None]] | None = None

    def count_due(self, pack: Pack, player: str, reply: Callable[[DueFound], None]) -> None:
        """Call `reply` with what is due for `player` in `pack`, once the store is open."""
        store = self.results.store
        if store is None:
            if self.results.results is not None:
                self._asked = (pack, player, reply)  # the store is opening: asked then
            return
        if not store.recording:
            return

        def count() -> None:
            from newsquiz.store import StoreError
            from newsquiz.tui.due import find_due

            try:
                found = find_due(store, player, pack, self.ui.now())
            except StoreError as err:
                self.ui.hand_back(self._not_found, err)
            else:
                self.ui.hand_back(reply, found)

        self.ui.run_in_thread(count)

    def store_opened(self) -> None:
        asked, self._asked = self._asked, None
        if asked is not None:
            self.count_due(*asked)

    def _not_found(self, error: StoreError) -> None:
        self.ui.notify(self.results.problem(error), severity="warning", timeout=8)

    def start(self, pack: Pack, player: str) -> None:
        """A round of the facts due for `player` now; with none, say when the next one is."""
        store = self.results.store
        if store is None or not store.recording:
            self.ui.notify(NOT_RECORDED, severity="warning")
            return
        self.count_due(pack, player, self._found)

    def _found(self, found: DueFound) -> None:
        if not self.ui.awaiting_review():
            return  # the player has gone on meanwhile
        if not found.due:
            self.ui.notify(found.nothing_due, title="Review")
            return
        self.ui.play_review(found.due)
