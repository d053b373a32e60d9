"""The newsquiz Textual app: owns the flow between screens, nothing else.

Build it with `make_app()`, as the CLI and the tests do.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer

from newsquiz.drill import DEFAULT_TRIES
from newsquiz.pack import Pack
from newsquiz.startup import release_collector
from newsquiz.tui.messages import (
    NewGameRequested,
    PackChosen,
    ReplayRequested,
    RoundFinished,
    StartRequested,
)
from newsquiz.tui.modes import CLOSED_BOOK, DRILL, FACT_CHECK, OPEN_BOOK, GameMode, mode_by_id
from newsquiz.tui.options import GameOptions
from newsquiz.tui.recording import RecordingLine, Results

# What only a game in progress needs loads with it, after the first screen is drawn.
if TYPE_CHECKING:
    from newsquiz.session import Clock, Session
    from newsquiz.store import Store, StoreError
    from newsquiz.store.recorder import Recorder
    from newsquiz.tui.screens.dispute import DisputeRequested
    from newsquiz.tui.screens.store_problem import StoreChoice


# Loaded in the background once the start screen is up, so Start and the first verdict
# do not wait for them.
WARM_UP_MODULES = (
    "newsquiz.grading.grader",
    "newsquiz.store.recorder",
    "newsquiz.tui.screens.question",
    "newsquiz.tui.screens.end",
)


class AnswerNotSaved(Message):
    """The recording thread could not write an answer (posted from that thread)."""

    def __init__(self, error: StoreError, pending: int) -> None:
        super().__init__()
        self.error = error
        self.pending = pending


# Answers that may wait for a store that is briefly away before the player is asked.
MAX_WAITING_ANSWERS = 200


class NewsQuizApp(App[None]):
    """A fact-check quiz on a news article."""

    # A write that failed for a passing reason (a server restarting, a busy file) is tried
    # again by itself after these many seconds; the last delay repeats.
    store_retry_delays: tuple[float, ...] = (1.0, 2.0, 5.0, 10.0, 30.0)

    CSS_PATH = "newsquiz.tcss"
    TITLE = "newsquiz"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help", id="help"),
        Binding("question_mark", "help", "Help", id="help-alt", show=False),
        Binding("ctrl+q", "quit", "Quit", id="quit", priority=True),
    ]

    def __init__(
        self,
        pack: Pack | None,
        options: GameOptions,
        *,
        clock: Clock = time.monotonic,
        cursor_blink: bool = True,
        results: Results | None = None,
    ) -> None:
        super().__init__()
        self.pack = pack
        self.options = options
        self.clock = clock
        self.cursor_blink_enabled = cursor_blink
        # Recording: None means this game records nothing (tests, --no-record).
        self.results = results
        self.store: Store | None = None  # set once opened; a NullStore once recording is off
        self.store_error: StoreError | None = None  # why opening failed, until retried
        self.recorder: Recorder | None = None  # records the session being played
        self.line: RecordingLine | None = None  # runs that recorder's calls off the UI thread
        self._start_waiting = False  # a game waits for the store to open
        self._retries = 0  # tries since a write last failed for a passing reason
        self._retry_timer: Timer | None = None

    def get_default_screen(self) -> Screen[Any]:
        # The first screen is the bottom of the stack, not pushed over an empty one:
        # one screen composed and styled before the first frame instead of two.
        if self.pack is None:
            from newsquiz.tui.screens.chooser import PackChooserScreen

            return PackChooserScreen()
        return self.start_screen(self.pack)

    def on_ready(self) -> None:
        # Ready comes as the first frame is laid out, a moment before it is written.
        self.call_after_refresh(self.after_first_frame)

    def after_first_frame(self) -> None:
        release_collector()  # held by the CLI while the game started
        # Importing and opening the store would otherwise compete with drawing the start
        # screen, and nobody answers before they have seen it.
        if self.results is not None:
            self.open_results()
        self.run_worker(self._warm_up, thread=True, group="warm-up", exit_on_error=False)

    def _warm_up(self) -> None:
        """Load what the first question and the first verdict need while the player reads."""
        from importlib import import_module

        for name in WARM_UP_MODULES:
            import_module(name)

    @property
    def mode(self) -> GameMode:
        return mode_by_id(self.options.mode)

    def start_screen(self, pack: Pack) -> Screen[None]:
        from newsquiz.tui.screens.start import StartScreen

        return StartScreen(pack, self.options, recording=self.recording_note())

    def show_start(self, pack: Pack) -> None:
        """The start screen of a pack picked in the chooser, over the chooser."""
        from newsquiz.tui.screens.start import ChosenPackStartScreen

        self.pack = pack
        self.push_screen(ChosenPackStartScreen(pack, self.options, recording=self.recording_note()))

    def on_pack_chosen(self, message: PackChosen) -> None:
        self.show_start(message.pack)

    def on_start_requested(self, message: StartRequested) -> None:
        if self.pack is None or self._start_waiting:
            return  # the first request stands: it holds the name the player confirmed
        self.options = message.options
        if self.results is None or self.store is not None:
            self.begin_game()
            return
        # The store is still opening (or failed to): the game starts once it is settled.
        from newsquiz.tui.screens.start import StartScreen

        self._start_waiting = True
        if isinstance(self.screen, StartScreen):
            self.screen.hold()
        if self.store_error is not None:
            self.ask_about_store(self.store_error)
        else:
            self.notify("Opening the results database…", timeout=2)

    def begin_game(self) -> None:
        from newsquiz.tui.screens.start import StartScreen

        for screen in self.screen_stack if self._start_waiting else ():
            if isinstance(screen, StartScreen):
                screen.hold(False)  # as the player finds it after this game
        self._start_waiting = False
        if self.pack is None:
            return
        mode = self.mode
        if mode.build_round is not None:  # a fact-check round: its screen attaches recording
            self.show_round(mode.build_round(self.pack, self.options, self.clock, mode))
            return
        session = mode.build_session(self.pack, self.options, self.clock)
        self.play(session, mode)

    def play(self, session: Session, mode: GameMode) -> None:
        """Show `session`, every answer recorded the moment it is graded."""
        if self.pack is not None and self.store is not None:
            if self.line is not None:
                self.line.close()  # the last game's writes still finish, in order
            from newsquiz.store.recorder import Recorder

            recorder = Recorder(self.store, self.options.player, self.options.group, self.pack)

            def failed(error: StoreError) -> None:  # on the recording thread
                self.post_message(AnswerNotSaved(error, len(recorder.pending)))

            recorder.on_error = failed
            self.recorder = recorder
            self.line = RecordingLine(recorder).attach(session)
        self.show_round(mode.build_screen(session, mode, self.options))

    def show_round(self, screen: Screen[Any]) -> None:
        """Show a round over the start screen, or in place of the last round's results."""
        from newsquiz.tui.screens.start import StartScreen

        if isinstance(self.screen, StartScreen):
            self.push_screen(screen)  # the start screen waits beneath, for the next game
        else:
            self.switch_screen(screen)

    def on_round_finished(self, message: RoundFinished) -> None:
        from newsquiz.tui.screens.end import EndScreen

        self.switch_screen(
            EndScreen(message.session, player=self.options.player, recording=self.recording_note())
        )

    def on_replay_requested(self, message: ReplayRequested) -> None:
        self.play(message.session, self.mode)

    def on_new_game_requested(self, message: NewGameRequested) -> None:
        from newsquiz.tui.screens.start import StartScreen

        # Back to the start screen beneath the results, as the player left it.
        if any(isinstance(screen, StartScreen) for screen in self.screen_stack[:-1]):
            self.pop_screen()
        elif self.pack is not None:
            self.switch_screen(self.start_screen(self.pack))

    # -- the results store -------------------------------------------------------------

    def open_results(self) -> None:
        """Open the store in a thread: a server far away or a busy file must not freeze play."""
        self.store_error = None
        self.run_worker(self._open_store, thread=True, group="results", exit_on_error=False)

    def _open_store(self) -> None:
        from newsquiz.store import StoreError

        assert self.results is not None
        try:
            store = self.results.open()
        except StoreError as err:
            self._settle(self._store_failed_to_open, err)
        except Exception as err:  # anything else still reaches the player as one message
            where = self.results.where
            self._settle(
                self._store_failed_to_open,
                StoreError(f"cannot open the results database {where}: {err}"),
            )
        else:
            if not self._settle(self._store_opened, store):
                store.close()  # the game was closed while the store was opening

    def _settle(self, callback: Callable[[Any], None], value: object) -> bool:
        """Hand the worker's result to the app's thread; False if the app has gone."""
        try:
            self.call_from_thread(callback, value)
        except RuntimeError:
            return False
        return True

    def _store_opened(self, store: Store) -> None:
        self.store = store
        if self._start_waiting:
            self.begin_game()

    def _store_failed_to_open(self, error: StoreError) -> None:
        self.store_error = error
        if self._start_waiting:
            self.ask_about_store(error)

    def ask_about_store(self, error: StoreError, pending: int = 0) -> None:
        """One clear message, and the player's choice: try again, or play without recording."""
        from newsquiz.tui.screens.store_problem import StoreProblemScreen

        if isinstance(self.screen, StoreProblemScreen):
            self.screen.more_pending(pending)  # already asking
            return
        self.push_screen(
            StoreProblemScreen(self.store_problem(error), pending=pending), self._store_choice
        )

    def store_problem(self, error: StoreError) -> str:
        """The store's failure as this player may read it."""
        if self.is_web:  # a student in a browser has no business with the server's paths
            return "Your teacher's results database is not available. Tell your teacher."
        return str(error)

    def _store_choice(self, choice: StoreChoice | None) -> None:
        opening = self.store is None  # else an answer could not be written mid-game
        # Every game's recorder (a question round's, a drill's, a fact-check round's) runs on
        # its recording line's thread; there is none before the first game.
        line = self.line if self.line is not None and self.line.recorder is self.recorder else None
        if choice == "retry":
            if opening:
                self.open_results()
            elif line is not None:
                self.run_worker(self._retry(line), group="results")
            elif self.recorder is not None and self.recorder.retry():
                self.notify("Saved: every answer is in the results database.")
            return
        from newsquiz.store import NullStore

        store, self.store = self.store, NullStore()
        self.store_error = None
        if line is not None:
            self.run_worker(self._stop_recording(line, store), group="results")
        else:
            lost = 0 if opening or self.recorder is None else self.recorder.stop_recording()
            if store is not None:
                store.close()
            self.said_recording_is_off(lost)
        if self._start_waiting:
            self.begin_game()

    def said_recording_is_off(self, lost: int) -> None:
        if lost:
            self.notify(f"Recording is off: {lost} answer{'s' * (lost != 1)} not saved.")
        else:
            self.notify("Recording is off: your answers are not saved.")

    async def _retry(self, line: RecordingLine) -> None:
        # A new failure posts AnswerNotSaved, which asks again (or waits again).
        if await asyncio.wrap_future(line.call(line.recorder.retry)):
            self._retries = 0
            self.notify("Saved: every answer is in the results database.")

    def _retry_later(self, error: StoreError) -> None:
        """Keep the answers waiting and try again by itself, less often the longer it lasts."""
        if self._retry_timer is not None:
            return  # a try is already due
        if self._retries == 0:
            self.notify(
                f"{self.store_problem(error)} Your answers wait here and are saved by "
                "themselves once it is back.",
                severity="warning",
                timeout=8,
            )
        delays = self.store_retry_delays
        delay = delays[min(self._retries, len(delays) - 1)]
        self._retries += 1
        self._retry_timer = self.set_timer(delay, self._retry_waiting)

    def _retry_waiting(self) -> None:
        self._retry_timer = None
        if self.line is not None and self.line.recorder is self.recorder:
            self.run_worker(self._retry(self.line), group="results")

    async def _stop_recording(self, line: RecordingLine, store: Store | None) -> None:
        lost = await asyncio.wrap_future(line.call(line.recorder.stop_recording))
        if store is not None:
            line.call(store.close)
        self.said_recording_is_off(lost)

    def on_answer_not_saved(self, message: AnswerNotSaved) -> None:
        """An answer could not be written: it waits, pending, and is tried again by itself
        when the failure passes by itself; otherwise the player chooses."""
        if self.store is None or not self.store.recording:
            return
        if message.error.transient and message.pending <= MAX_WAITING_ANSWERS:
            self._retry_later(message.error)
        else:
            self.ask_about_store(message.error, message.pending)

    async def records_settled(self, timeout: float | None = None) -> None:
        """Wait until every answer graded so far has been written (or has failed).

        With a `timeout` (a verdict about to be shown), wait at most that long: a slow store
        then leaves the answer pending, and a failing one asks the player as always.
        """
        if self.line is not None:
            await self.line.settled(timeout)

    @property
    def recording(self) -> bool:
        """Answers go to a results store (or will, once it is open)."""
        return self.results is not None and (self.store is None or self.store.recording)

    def recording_note(self) -> str:
        """Where answers go, said discreetly on the start and end screens ("" when never)."""
        if self.results is None:
            return ""
        if not self.recording:
            return "Recording is off: answers are not saved"
        # A student in a browser (`newsquiz serve`) has no business with the server's paths.
        where = "your teacher's results" if self.is_web else self.results.where
        if self.recorder is not None and self.recorder.pending:
            return f"{len(self.recorder.pending)} answers not saved yet to {where}"
        if self.is_web:
            return "Your answers go to your teacher's results"
        return f"Results go to {where}"

    def on_dispute_requested(self, message: DisputeRequested) -> None:
        if self.line is None or not self.recording:
            message.reply("Not sent: answers are not recorded in this game.", False)
            return
        self.run_worker(self._dispute(self.line, message), group="results")

    async def _dispute(self, line: RecordingLine, message: DisputeRequested) -> None:
        from newsquiz.store import StoreError

        call = line.call(line.recorder.dispute, message.record, message.note or None)
        try:
            await asyncio.wrap_future(call)
        except StoreError as err:
            message.reply(f"Not sent: {err}", False)
            return
        message.reply("Dispute sent: your teacher will see it. Your score does not change.", True)

    def on_unmount(self) -> None:
        if self.line is not None:
            if self.store is not None:
                self.line.call(self.store.close)  # after the answers still being written
            self.line.close()
        elif self.store is not None:
            self.store.close()

    def action_help(self) -> None:
        from newsquiz.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.screen))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield SystemCommand("Help", "How to play, and the keys of this screen", self.action_help)
        article = getattr(screen, "action_article", None)
        if callable(article):
            yield SystemCommand("Read the article", "The whole article, with line numbers", article)
        replay = getattr(screen, "action_replay", None)
        if callable(replay):
            yield SystemCommand("Replay missed questions", "Play again what you got wrong", replay)
        yield from super().get_system_commands(screen)


def make_app(
    pack: Pack | None = None,
    *,
    player: str = "",
    group: str = "",
    open_book: bool = False,
    drill: bool = False,
    fact_check: bool = False,
    seed: int | None = None,
    count: int | None = None,
    time_limit: float | None = None,
    tries: int = DEFAULT_TRIES,
    results: Results | None = None,
    clock: Clock = time.monotonic,
    cursor_blink: bool = True,
) -> NewsQuizApp:
    """The game on `pack` (or a pack chooser when None), as the CLI and the tests build it.

    `results` says where answers are recorded; None records nothing.
    """
    mode = FACT_CHECK if fact_check else DRILL if drill else OPEN_BOOK if open_book else CLOSED_BOOK
    options = GameOptions(
        player=player,
        mode=mode.id,
        seed=seed,
        group=group,
        count=count,
        time_limit=time_limit,
        tries=tries,
    )
    return NewsQuizApp(pack, options, clock=clock, cursor_blink=cursor_blink, results=results)
