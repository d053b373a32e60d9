"""The board app: polls the store in a worker thread and redraws what it read.

The store is opened and queried only in the worker, so a slow or unreachable database never
freezes the screen; the queries are read-only summaries, so players are never held up.
Build it with `make_board_app()` (the CLI and the tests do); pass `interval=None` to poll
only when asked (`r`, or `poll()` from a test) and `clock` to fix the time shown (and the
time students' idleness is measured against).

`v` opens the review of the class's wrong answers, where `a` accepts one as right: the
answer goes into the pack's `accept` list and the screen shows what a regrade would change.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable
from datetime import datetime, timedelta
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
from newsquiz.tui.board.progress import DEFAULT_IDLE_AFTER
from newsquiz.tui.board.review import ReviewScreen
from newsquiz.tui.board.state import (
    BoardReader,
    BoardState,
    PackLookup,
    WrongAnswer,
    find_pack_by_id,
)
from newsquiz.tui.board.widgets import BoardHeader, PlayersTable, QuestionBars, one_line
from newsquiz.tui.widgets.key_bar import KeyBar

DEFAULT_INTERVAL = 5.0  # seconds: lively enough for a projector, nothing for the database


def local_now() -> datetime:
    return datetime.now().astimezone()


class BoardApp(App[None]):
    CSS_PATH = "board.tcss"
    TITLE = "newsquiz board"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "refresh_now", "Refresh now", id="board.refresh"),
        Binding("v", "review", "Review wrong answers", id="board.review"),
        Binding("q", "quit", "Quit", id="board.quit"),
    ]
    # Side by side on a projector, stacked on a small terminal.
    # Side by side only when the bars keep 44 columns beside the 76 of the players table.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]  # noqa: RUF012

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
        idle_after: timedelta = DEFAULT_IDLE_AFTER,
    ) -> None:
        super().__init__()
        self._open_store = open_store
        self._pack = pack
        self._pack_id = pack_id
        self._group = group
        self.interval = interval
        self._clock = clock
        self._lookup = lookup
        self.idle_after = idle_after
        self._reader: BoardReader | None = None
        self._review: ReviewScreen | None = None
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
                    idle_after=self.idle_after,
                )
            state = self._reader.read()
        except StoreError as err:
            self.call_from_thread(self._show_error, str(err))
            return
        self.call_from_thread(self._show, state)

    # -- the review, and accepting an answer ------------------------------------------

    def action_review(self) -> None:
        self._review = ReviewScreen(self.state)
        self.push_screen(self._review)

    def on_review_screen_accept_answer(self, message: ReviewScreen.AcceptAnswer) -> None:
        self._accept_in_thread(message.wrong)

    @work(thread=True, group="board-accept", exit_on_error=False)
    def _accept_in_thread(self, wrong: WrongAnswer) -> None:
        message, refused = self._accept(wrong)
        if self._review is not None:
            self.call_from_thread(self._review.report, message, refused=refused)
        if not refused:
            self.call_from_thread(self.poll)

    def _accept(self, wrong: WrongAnswer) -> tuple[str, bool]:
        """Accept the answer in its pack, then plan a regrade dry run: (what to say, refused)."""
        from newsquiz.authoring.accept import AcceptRefused, accept_answer
        from newsquiz.store.regrade import plan_regrade

        reader = self._reader
        pack = reader.pack(wrong.pack_id) if reader is not None else None
        if reader is None or pack is None:
            return (
                f"pack `{wrong.pack_id}` is not on this machine: accepting an answer needs its "
                "pack.yaml (start the board with --pack PATH)",
                True,
            )
        try:
            accepted = accept_answer(pack.path, wrong.question_id, wrong.answer)
        except AcceptRefused as refused:
            return str(refused), True
        reader.use_pack(accepted.pack)
        if self._pack is not None and self._pack.id == accepted.pack.id:
            self._pack = accepted.pack
        done = (
            f"Accepted “{one_line(accepted.answer)}” for `{wrong.question_id}` "
            f"({accepted.path.name} line {accepted.line})."
        )
        try:
            with self._open_store() as store:
                plan = plan_regrade(store, accepted.pack)
        except StoreError as err:
            return f"{done} The regrade dry run could not read the results: {err}", False
        command = shlex.join(["newsquiz", "regrade", str(accepted.path.parent)])
        return (
            f"{done} Regrade dry run: {plan.figure(dry_run=True)}; `{command}` writes them.",
            False,
        )

    # -- drawing -----------------------------------------------------------------------

    def _show(self, state: BoardState) -> None:
        self.state, self.error = state, None
        self.query_one(BoardHeader).show(state)
        self.query_one(PlayersTable).show(state)
        self.query_one("#no-players").display = not state.players
        self.query_one(PlayersTable).display = bool(state.players)
        self.query_one(QuestionBars).show(state)
        self._status(None)
        if self._review is not None and self._review.is_attached:
            self._review.show(state)

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
    idle_after: timedelta = DEFAULT_IDLE_AFTER,
) -> BoardApp:
    return BoardApp(
        open_store,
        pack=pack,
        pack_id=pack_id,
        group=group,
        interval=interval,
        clock=clock,
        lookup=lookup,
        idle_after=idle_after,
    )
