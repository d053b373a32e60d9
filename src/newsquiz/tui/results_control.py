"""The results store behind the game: opening it, recording every game, answers that wait,
retries and disputes. It decides; the app presents (through `StoreUI`). No Textual here, so
it is tested without a terminal.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Literal, Protocol

from newsquiz.facts.text import plural
from newsquiz.tui.recording import RecordingLine, Results
from newsquiz.tui.threaded import ThreadedUI

if TYPE_CHECKING:
    from newsquiz.pack import Pack
    from newsquiz.session import Answered, Recordable
    from newsquiz.store import Store, StoreError
    from newsquiz.store.recorder import Recorder

StoreChoice = Literal["retry", "continue"]

# Answers that may wait for a store that is briefly away before the player is asked.
MAX_WAITING_ANSWERS = 200


class StoreUI(ThreadedUI, Protocol):
    """What the control needs of the app around it."""

    @property
    def is_web(self) -> bool: ...

    def run_soon(self, work: Coroutine[Any, Any, None]) -> None: ...

    def later(self, seconds: float, callback: Callable[[], None]) -> None: ...

    def say(self, message: str, *, warning: bool = False) -> None: ...

    def ask_about_store(self, problem: str, pending: int) -> None:
        """Ask the player to try again or go on unrecorded; the answer comes to `choose`."""
        ...

    def answer_not_saved(self, error: StoreError, pending: int) -> None:
        """From the recording thread: an answer could not be written (comes to `not_saved`)."""
        ...

    def store_settled(self) -> None:
        """The store is open, or the player chose to go on without it: a game may start."""
        ...


class ResultsControl:
    # A write that failed for a passing reason (a server restarting, a busy file) is tried
    # again by itself after these many seconds; the last delay repeats.
    retry_delays: tuple[float, ...] = (1.0, 2.0, 5.0, 10.0, 30.0)

    def __init__(self, results: Results | None, ui: StoreUI) -> None:
        self.results = results  # None: this game records nothing (tests, --no-record)
        self.ui = ui
        self.store: Store | None = None  # set once opened; a NullStore once recording is off
        self.store_error: StoreError | None = None  # why opening failed, until retried
        self.line: RecordingLine | None = None  # the game's recorder, off the UI thread
        self.waiting = False  # a game waits for the store to open
        self._retries = 0  # tries since a write last failed for a passing reason
        self._retry_due = False
        self.on_open: Callable[[], None] | None = None  # told once the store has opened

    # -- opening ---------------------------------------------------------------------------

    def open(self) -> None:
        """Open the store in a thread: a server far away or a busy file must not freeze play."""
        if self.results is not None:
            self.store_error = None
            self.ui.run_in_thread(self._open)

    def _open(self) -> None:
        from newsquiz.store import StoreError

        assert self.results is not None
        try:
            store = self.results.open()
        except StoreError as err:
            self.ui.hand_back(self._failed_to_open, err)
        except Exception as err:  # anything else still reaches the player as one message
            failure = StoreError(f"cannot open the results database {self.results.where}: {err}")
            self.ui.hand_back(self._failed_to_open, failure)
        else:
            if not self.ui.hand_back(self._opened, store):
                store.close()  # the game was closed while the store was opening

    def _opened(self, store: Store) -> None:
        self.store = store
        if self.on_open is not None:
            self.on_open()
        if self.waiting:
            self.ui.store_settled()

    def _failed_to_open(self, error: StoreError) -> None:
        self.store_error = error
        if self.waiting:
            self.ui.ask_about_store(self.problem(error), 0)

    def ready(self) -> bool:
        """A game may start now (else call `wait`)."""
        return self.results is None or self.store is not None

    def wait(self) -> None:
        """A game waits for the store; `store_settled` comes once it may start."""
        self.waiting = True
        if self.store_error is not None:
            self.ui.ask_about_store(self.problem(self.store_error), 0)
        else:
            self.ui.say("Opening the results database…")

    # -- recording games -----------------------------------------------------------------

    def new_line(self, player: str, group: str, pack: Pack, mode: str) -> RecordingLine | None:
        """A recorder for the next game, on a line of its own; None when nothing records."""
        if self.store is None:
            return None
        from newsquiz.store.recorder import Recorder

        if self.line is not None:
            self.line.close()  # the last game's writes still finish, in order
        recorder = Recorder(self.store, player, group, pack, mode=mode)

        def failed(error: StoreError) -> None:  # on the recording thread
            self.ui.answer_not_saved(error, len(recorder.pending))

        recorder.on_error = failed
        self.line = RecordingLine(recorder)
        return self.line

    def record(self, session: Recordable, player: str, group: str, pack: Pack, mode: str) -> None:
        """Record every answer (or call) of any kind of game the moment it is graded; `mode`
        tells reports and regrades what kind of round it came from."""
        line = self.new_line(player, group, pack, mode)
        if line is not None:
            line.attach(session)

    @property
    def recorder(self) -> Recorder | None:
        """The recorder of the game being played."""
        return self.line.recorder if self.line is not None else None

    @property
    def recording(self) -> bool:
        """Answers go to a results store (or will, once it is open)."""
        return self.results is not None and (self.store is None or self.store.recording)

    def note(self) -> str:
        """Where answers go, said discreetly on the start and end screens ("" when never)."""
        if self.results is None:
            return ""
        if not self.recording:
            return "Recording is off: answers are not saved"
        # A student in a browser (`newsquiz serve`) has no business with the server's paths.
        where = "your teacher's results" if self.ui.is_web else self.results.where
        if self.recorder is not None and self.recorder.pending:
            return f"{len(self.recorder.pending)} answers not saved yet to {where}"
        if self.ui.is_web:
            return "Your answers go to your teacher's results"
        if not self.results.chosen:  # a player on their own: the path is no news to them
            return "Your answers are saved: `newsquiz report` shows them"
        return f"Results go to {where}"

    def problem(self, error: StoreError) -> str:
        """The store's failure as this player may read it."""
        if self.ui.is_web:
            return "Your teacher's results database is not available. Tell your teacher."
        return str(error)

    async def settled(self, timeout: float | None = None) -> None:
        """Wait until every answer graded so far has been written (or has failed)."""
        if self.line is not None:
            await self.line.settled(timeout)

    # -- failures --------------------------------------------------------------------------

    def not_saved(self, error: StoreError, pending: int) -> None:
        """An answer could not be written: it waits, and is tried again by itself when the
        failure passes by itself; otherwise the player chooses."""
        if self.store is None or not self.store.recording:
            return
        if error.transient and pending <= MAX_WAITING_ANSWERS:
            self._retry_later(error)
        else:
            self.ui.ask_about_store(self.problem(error), pending)

    def _retry_later(self, error: StoreError) -> None:
        if self._retry_due:
            return  # a try is already due
        if self._retries == 0:
            self.ui.say(
                f"{self.problem(error)} Your answers wait here and are saved by themselves "
                "once it is back.",
                warning=True,
            )
        delays = self.retry_delays
        delay = delays[min(self._retries, len(delays) - 1)]
        self._retries += 1
        self._retry_due = True
        self.ui.later(delay, self._retry_waiting)

    def _retry_waiting(self) -> None:
        self._retry_due = False
        line = self.line
        if line is not None:
            self.ui.run_soon(self._retry(line))

    async def _retry(self, line: RecordingLine) -> None:
        # A new failure comes back to `not_saved`, which asks again (or waits again).
        if await asyncio.wrap_future(line.call(line.recorder.retry)):
            self._retries = 0
            self.ui.say("Saved: every answer is in the results database.")

    def choose(self, choice: StoreChoice | None) -> None:
        """The player's answer to `ask_about_store`: try again, or go on without recording."""
        opening = self.store is None  # else an answer could not be written mid-game
        line = self.line
        if choice == "retry":
            if opening:
                self.open()
            elif line is not None:
                self.ui.run_soon(self._retry(line))
            return
        from newsquiz.store import NullStore

        store, self.store = self.store, NullStore()
        self.store_error = None
        if line is not None:
            self.ui.run_soon(self._stop_recording(line, store))
        else:
            if store is not None:
                store.close()
            self._recording_is_off(0)
        if self.waiting:
            self.ui.store_settled()

    async def _stop_recording(self, line: RecordingLine, store: Store | None) -> None:
        lost = await asyncio.wrap_future(line.call(line.recorder.stop_recording))
        if store is not None:
            line.call(store.close)
        self._recording_is_off(lost)

    def _recording_is_off(self, lost: int) -> None:
        if lost:
            self.ui.say(f"Recording is off: {plural(lost, 'answer')} not saved.")
        else:
            self.ui.say("Recording is off: your answers are not saved.")

    # -- disputes and closing -------------------------------------------------------------

    async def dispute(self, record: Answered, note: str | None) -> tuple[str, bool]:
        """The player's dispute of a verdict: (what to tell them, whether it was sent)."""
        from newsquiz.store import StoreError

        line = self.line
        if line is None or not self.recording:
            return "Not sent: answers are not recorded in this game.", False
        try:
            await asyncio.wrap_future(line.call(line.recorder.dispute, record, note))
        except StoreError as err:
            return f"Not sent: {err}", False
        if self.results is not None and not self.results.chosen and not self.ui.is_web:
            return "Dispute saved with your answer. Your score does not change.", True
        return "Dispute sent: your teacher will see it. Your score does not change.", True

    def close(self) -> None:
        if self.line is not None:
            if self.store is not None:
                self.line.call(self.store.close)  # after the answers still being written
            self.line.close()
        elif self.store is not None:
            self.store.close()
