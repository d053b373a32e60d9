"""The newsquiz Textual app: owns the flow between screens, nothing else.

Build it with `newsquiz.tui.launch.make_app()`, as the CLI and the tests do.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Coroutine
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import events
from textual.app import App
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen

from newsquiz.pack import Pack
from newsquiz.startup import release_collector
from newsquiz.tui.messages import (
    NewGameRequested,
    PackChosen,
    ReplayRequested,
    RoundFinished,
    StartRequested,
)
from newsquiz.tui.modes import (
    REVIEW,
    GameMode,
    mode_by_id,
)
from newsquiz.tui.options import GameOptions
from newsquiz.tui.palette import GameCommands, keys_panel_open
from newsquiz.tui.progress_control import ProgressControl
from newsquiz.tui.recording import RecordingLine, Results
from newsquiz.tui.results_control import ResultsControl
from newsquiz.tui.review_control import ReviewControl
from newsquiz.tui.settings_control import SettingsControl
from newsquiz.tui.warm_up import warm_up

# What only a game in progress needs loads with it, after the first screen is drawn.
if TYPE_CHECKING:
    from datetime import date, datetime

    from newsquiz.claims import FactCheckSession
    from newsquiz.session import Clock, Session
    from newsquiz.store import Store, StoreError
    from newsquiz.store.recorder import Recorder
    from newsquiz.tui.due import DueFound
    from newsquiz.tui.progress_control import GamesRead
    from newsquiz.tui.screens.dispute import DisputeRequested


# How long quitting waits for answers still being written before saying what was recorded.
QUIT_WAIT_SECONDS = 3.0


class AnswerNotSaved(Message):
    """The recording thread could not write an answer (posted from that thread)."""

    def __init__(self, error: StoreError, pending: int) -> None:
        super().__init__()
        self.error = error
        self.pending = pending


class NewsQuizApp(App[None]):
    """A fact-check quiz on a news article."""

    CSS_PATH = "newsquiz.tcss"
    TITLE = "newsquiz"
    COMMANDS = App.COMMANDS | {GameCommands}  # the palette offers the screen's own commands
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help", id="help"),
        Binding("question_mark", "help", "Help", id="help-alt", show=False),
        Binding("ctrl+q", "quit", "Quit", id="quit", priority=True),
        # Escape closes Textual's Keys panel when it is open (else Escape does what it does).
        Binding("escape", "hide_help_panel", show=False, priority=True),
    ]

    def __init__(
        self,
        pack: Pack | None,
        options: GameOptions,
        *,
        clock: Clock = time.monotonic,
        cursor_blink: bool = True,
        results: Results | None = None,
        mode_given: bool = True,
        today: Callable[[], date] | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__()
        self.pack = pack
        self.options = options
        self.clock = clock
        self.cursor_blink_enabled = cursor_blink
        # Recording: None means this game records nothing (tests, --no-record).
        self.results_control = ResultsControl(results, self)
        self.results_control.on_open = self._store_opened
        self._quit_asked = False  # Ctrl+C was just pressed once
        # The player's settings, remembered between runs.
        self.settings_control = SettingsControl(self, mode_given=mode_given)
        self.today = today or local_today
        self.now = now or utc_now  # when the facts due for review are counted
        self.progress_control = ProgressControl(self.results_control, self)
        self.review_control = ReviewControl(self.results_control, self)

    def get_default_screen(self) -> Screen[Any]:
        # The first screen is the bottom of the stack, not pushed over an empty one:
        # one screen composed and styled before the first frame instead of two.
        # The first screen shows the remembered name and mode.
        self.options = self.settings_control.recall(self.options)
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
        self.results_control.open()
        self.run_worker(warm_up, thread=True, group="warm-up", exit_on_error=False)

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
        if self.pack is None or self.results_control.waiting:
            return  # the first request stands: it holds the name the player confirmed
        self.options = message.options
        self.settings_control.remember(self.options)
        if self.results_control.ready():
            self.begin_game()
            return
        # The store is still opening (or failed to): the game starts once it is settled.
        from newsquiz.tui.screens.start import StartScreen

        if isinstance(self.screen, StartScreen):
            self.screen.hold()
        self.results_control.wait()

    def begin_game(self) -> None:
        from newsquiz.tui.screens.start import StartScreen

        for screen in self.screen_stack if self.results_control.waiting else ():
            if isinstance(screen, StartScreen):
                screen.hold(False)  # as the player finds it after this game
        self.results_control.waiting = False
        if self.pack is None:
            return
        mode = self.mode
        if mode.fact_check:
            from newsquiz.tui.screens.factcheck import fact_check_session

            self.play(fact_check_session(self.pack, self.options, self.clock), mode)
            return
        if mode.scheduled:
            self.review_control.start(self.pack, self.options.player)
            return
        self.play(mode.build_session(self.pack, self.options, self.clock), mode)

    def play(self, session: Session | FactCheckSession, mode: GameMode) -> None:
        """Show a round of any kind, every answer (or fact-check call) recorded the moment it
        is graded."""
        from newsquiz.claims import FactCheckSession
        from newsquiz.store import MODE_FACTCHECK, MODE_QUESTION

        player, group = self.options.player, self.options.group
        fact_check = isinstance(session, FactCheckSession)
        # Recorded the same way for every kind of game; fact-check calls are marked as such,
        # so reports keep them apart and a regrade never grades "false, 48" as an answer.
        kind = MODE_FACTCHECK if fact_check else MODE_QUESTION
        self.results_control.record(session, player, group, session.pack, kind)
        self.progress_control.read_before(session)
        if isinstance(session, FactCheckSession):
            from newsquiz.tui.screens.factcheck import FactCheckScreen

            self.show_round(FactCheckScreen(session, mode, player=player))
        else:
            from newsquiz.tui.screens.question import QuestionScreen

            self.show_round(QuestionScreen(session, mode, player=player))

    def show_round(self, screen: Screen[Any]) -> None:
        """Show a round over the start screen, or in place of the last round's results."""
        from newsquiz.tui.screens.start import StartScreen

        if isinstance(self.screen, StartScreen):
            self.push_screen(screen)  # the start screen waits beneath, for the next game
        else:
            self.switch_screen(screen)

    def on_round_finished(self, message: RoundFinished) -> None:
        from newsquiz.claims import FactCheckSession

        session, player = message.session, self.options.player
        note, headline = self.recording_note(), self.progress_control.headline(session)
        if isinstance(session, FactCheckSession):
            from newsquiz.tui.screens.factcheck_end import FactCheckEndScreen

            end = FactCheckEndScreen(session, player=player, recording=note, headline=headline)
            self.switch_screen(end)
            return
        from newsquiz.tui.screens.end import EndScreen

        self.switch_screen(EndScreen(session, player=player, recording=note, headline=headline))

    def on_replay_requested(self, message: ReplayRequested) -> None:
        self.play(message.session, self.mode)

    def on_new_game_requested(self, message: NewGameRequested) -> None:
        from newsquiz.tui.screens.start import StartScreen

        # Back to the start screen beneath the results, as the player left it.
        if any(isinstance(screen, StartScreen) for screen in self.screen_stack[:-1]):
            self.pop_screen()
        elif self.pack is not None:
            self.switch_screen(self.start_screen(self.pack))

    # -- the results store: ResultsControl decides, the app presents ----------------------

    @property
    def results(self) -> Results | None:
        """Where answers go (None: this game records nothing)."""
        return self.results_control.results

    @results.setter
    def results(self, results: Results | None) -> None:
        self.results_control.results = results

    @property
    def store(self) -> Store | None:
        return self.results_control.store

    @property
    def recorder(self) -> Recorder | None:
        return self.results_control.recorder

    @property
    def line(self) -> RecordingLine | None:
        return self.results_control.line

    @property
    def store_retry_delays(self) -> tuple[float, ...]:
        return self.results_control.retry_delays

    @store_retry_delays.setter
    def store_retry_delays(self, delays: tuple[float, ...]) -> None:
        self.results_control.retry_delays = delays

    def store_problem(self, error: StoreError) -> str:
        return self.results_control.problem(error)

    @property
    def recording(self) -> bool:
        return self.results_control.recording

    def recording_note(self) -> str:
        return self.results_control.note()

    async def records_settled(self, timeout: float | None = None) -> None:
        """Wait until every answer graded so far has been written (or has failed).

        With a `timeout` (a verdict about to be shown), wait at most that long: a slow store
        then leaves the answer pending, and a failing one asks the player as always.
        """
        await self.results_control.settled(timeout)

    def on_answer_not_saved(self, message: AnswerNotSaved) -> None:
        self.results_control.not_saved(message.error, message.pending)

    def on_dispute_requested(self, message: DisputeRequested) -> None:
        async def dispute() -> None:
            message.reply(*await self.results_control.dispute(message.record, message.note or None))

        self.run_worker(dispute(), group="results")

    # -- StoreUI: what ResultsControl asks of the app --------------------------------------

    def run_in_thread(self, work: Callable[[], None]) -> None:
        self.run_worker(work, thread=True, group="results", exit_on_error=False)

    def hand_back(self, callback: Callable[[Any], None], value: object) -> bool:
        try:
            self.call_from_thread(callback, value)
        except RuntimeError:
            return False  # the app has gone
        return True

    def run_soon(self, work: Coroutine[Any, Any, None]) -> None:
        self.run_worker(work, group="results")

    def later(self, seconds: float, callback: Callable[[], None]) -> None:
        self.set_timer(seconds, callback)

    def say(self, message: str, *, warning: bool = False) -> None:
        if warning:
            self.notify(message, severity="warning", timeout=8)
        else:
            self.notify(message)

    def ask_about_store(self, problem: str, pending: int) -> None:
        """One clear message, and the player's choice: try again, or play without recording."""
        from newsquiz.tui.screens.store_problem import StoreProblemScreen

        if isinstance(self.screen, StoreProblemScreen):
            self.screen.more_pending(pending)  # already asking
            return
        self.push_screen(StoreProblemScreen(problem, pending=pending), self.results_control.choose)

    def answer_not_saved(self, error: StoreError, pending: int) -> None:
        self.post_message(AnswerNotSaved(error, pending))

    def store_settled(self) -> None:
        self.begin_game()

    def _store_opened(self) -> None:
        self.progress_control.store_opened()
        self.review_control.store_opened()

    # -- ReviewUI: what ReviewControl asks of the app; CountsDue: what the start screen asks -

    def count_due(self, pack: Pack, player: str, reply: Callable[[DueFound], None]) -> None:
        self.review_control.count_due(pack, player, reply)

    def awaiting_review(self) -> bool:
        from newsquiz.tui.screens.start import StartScreen

        return self.pack is not None and isinstance(self.screen, StartScreen)

    def play_review(self, due: tuple[str, ...]) -> None:
        if self.pack is not None:
            self.options = replace(self.options, due=due)
            self.play(REVIEW.build_session(self.pack, self.options, self.clock), REVIEW)

    # -- ProgressUI: what ProgressControl asks of the app -----------------------------------

    def on_pack_chooser_screen_games_wanted(self, message: Message) -> None:
        self.progress_control.games_wanted()

    def show_games(self, read: GamesRead) -> None:
        from newsquiz.tui.screens.chooser import PackChooserScreen

        for screen in self.screen_stack:
            if isinstance(screen, PackChooserScreen):
                screen.show_games(read)

    # -- SettingsUI: what SettingsControl asks of the app -----------------------------------

    def show_theme(self, name: str) -> str:
        if name in self.available_themes:
            self.theme = name
        return self.theme

    def follow_theme(self, changed: Callable[[str], None]) -> None:
        self.theme_changed_signal.subscribe(self, lambda theme: changed(theme.name))

    # -- leaving, and help ------------------------------------------------------------------

    def on_unmount(self) -> None:
        self.results_control.close()

    async def action_quit(self) -> None:
        await self.leave()

    async def leave(self) -> None:
        """Quit; a player leaving a round half-played is told, after the game, what it
        recorded and where `newsquiz report` shows it (see farewell)."""
        from newsquiz.tui.farewell import quit_note

        # The last answer may still be on its way to the store: count it once written, but
        # never keep a player who wants to leave waiting on a stuck store for long.
        await self.results_control.settled(timeout=QUIT_WAIT_SECONDS)
        note = quit_note(self, self.results_control)
        self.exit(message=Text(note) if note else None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return keys_panel_open(self.screen) if action == "hide_help_panel" else True

    def action_help_quit(self) -> None:
        """Ctrl+C: players press it by reflex to leave, so the second press in a row quits
        (the first says so) instead of repeating how to quit."""
        if self._quit_asked:
            self.run_worker(self.leave(), group="quit", exclusive=True)
            return
        self._quit_asked = True
        self.notify("Press Ctrl+C again to quit (or Ctrl+Q).", title="Quit?")

    def on_key(self, event: events.Key) -> None:
        if event.key != "ctrl+c":
            self._quit_asked = False  # another key in between: the next Ctrl+C asks again

    def action_help(self) -> None:
        from newsquiz.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.screen))


def local_today() -> date:
    """Today where the player is."""
    from datetime import datetime

    return datetime.now().astimezone().date()


def utc_now() -> datetime:
    """Now, as answers are stamped (the store is loaded after the first frame)."""
    from newsquiz.store.base import utc_now as stamp

    return stamp()
