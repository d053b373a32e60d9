"""The board app: polls the store in a worker thread and redraws what it read.

The store is opened and queried only in the worker, so a slow or unreachable database never
freezes the screen; the queries are read-only summaries, so players are never held up.
Build it with `make_board_app()` (the CLI and the tests do); pass `interval=None` to poll
only when asked (`r`, or `poll()` from a test) and `clock` to fix the time shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Label, Static
from textual.worker import Worker

from newsquiz.facts.text import printable
from newsquiz.pack.model import Pack
from newsquiz.store.base import Store, StoreError
from newsquiz.tui.board.state import (
    BoardReader,
    BoardState,
    PackLookup,
    find_pack_by_id,
)
from newsquiz.tui.board.widgets import BoardHeader, PlayersTable, QuestionBars
from newsquiz.tui.widgets.key_bar import KeyBar

DEFAULT_INTERVAL = 5.0  # seconds: lively enough for a projector, nothing for the database


def local_now() -> datetime:
    return datetime.now().astimezone()


class BoardApp(App[None]):
    CSS_PATH = "board.tcss"
    TITLE = "newsquiz board"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "refresh_now", "Refresh now", id="board.refresh"),
        Binding("q", "quit", "Quit", id="board.quit"),
    ]
    # Side by side on a projector, stacked on a small terminal.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # noqa: RUF012

    def __init__(
        self,
        open_store: Callable[[], Store],
        *,
        pack: Pack | None = None,
        pack_id: str | None = None,
        group: str | None = None,
        interval: float | None = DEFAULT_INTERVAL,
        clock: Callable[[], datetime] = local_now,
        lookup: PackLookup = find_pack_by_id,
    ) -> None:
        super().__init__()
        self._open_store = open_store
        self._pack = pack
        self._pack_id = pack_id
        self._group = group
        self.interval = interval
        self._clock = clock
        self._lookup = lookup
        self._reader: BoardReader | None = None
        self._poll_worker: Worker[object] | None = None
        self.state: BoardState | None = None
        self.error: str | None = None

    def compose(self) -> ComposeResult:
        yield BoardHeader("Reading the results…", id="board-header")
        with Horizontal(id="board-body"):
            with Vertical(id="players-panel"):
                yield Label("Players", classes="panel-title")
                yield PlayersTable(with_group=self._group is None, id="players")
                yield Static("No one has answered yet.", id="no-players")
            with Vertical(id="questions-panel"):
                yield Label("Right first time, weakest first", classes="panel-title")
                with VerticalScroll(id="bars-scroll"):
                    yield QuestionBars(id="bars")
        yield Static("", id="board-status")
        yield KeyBar()

    def on_mount(self) -> None:
        self.poll()
        if self.interval is not None:
            self.set_interval(self.interval, self.poll)

    def on_unmount(self) -> None:
        if self._reader is not None:
            self._reader.store.close()

    def action_refresh_now(self) -> None:
        self.poll()

    # -- polling -----------------------------------------------------------------------

    def poll(self) -> Worker[object] | None:
        """Read the store again in the worker thread, unless a read is still running."""
        if self._poll_worker is not None and self._poll_worker.is_running:
            return None
        self._poll_worker = self._read_in_thread()
        return self._poll_worker

    @work(thread=True, group="board-poll", exit_on_error=False)
    def _read_in_thread(self) -> None:
        try:
            if self._reader is None:
                self._reader = BoardReader(
                    self._open_store(),
                    pack=self._pack,
                    pack_id=self._pack_id,
                    group=self._group,
                    lookup=self._lookup,
                    clock=self._clock,
                )
            state = self._reader.read()
        except StoreError as err:
            self.call_from_thread(self._show_error, str(err))
            return
        self.call_from_thread(self._show, state)

    # -- drawing -----------------------------------------------------------------------

    def _show(self, state: BoardState) -> None:
        self.state, self.error = state, None
        self.query_one(BoardHeader).show(state)
        self.query_one(PlayersTable).show(state)
        self.query_one("#no-players").display = not state.players
        self.query_one(PlayersTable).display = bool(state.players)
        self.query_one(QuestionBars).show(state)
        self._status(None)

    def _show_error(self, message: str) -> None:
        self.error = message
        self._status(message)

    def _status(self, error: str | None) -> None:
        status = self.query_one("#board-status", Static)
        every = f"every {self.interval:g} s" if self.interval is not None else "when you press r"
        if error is None:
            status.update(Text(f"Reading the results {every} (read-only).", style="dim"))
            status.remove_class("-error")
        else:
            # The last good reading stays on screen; the message says why it is not moving.
            status.update(Text(f"{printable(error)} — trying again {every}."))
            status.add_class("-error")


def make_board_app(
    open_store: Callable[[], Store],
    *,
    pack: Pack | None = None,
    pack_id: str | None = None,
    group: str | None = None,
    interval: float | None = DEFAULT_INTERVAL,
    clock: Callable[[], datetime] = local_now,
    lookup: PackLookup = find_pack_by_id,
) -> BoardApp:
    return BoardApp(
        open_store,
        pack=pack,
        pack_id=pack_id,
        group=group,
        interval=interval,
        clock=clock,
        lookup=lookup,
    )
