"""The player's progress, read from the results store off the UI thread: their games and
review schedule for the chooser (best scores, facts due), and what they had done before a
game, for its end screen to celebrate ("New best", days in a row).

A module of its own so that whose progress is shown, when it is read and what is worth
celebrating are decided apart from the app's flow between screens. No Textual here: the app
shows what is read, through `ProgressUI`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from newsquiz.tui.threaded import ThreadedUI

if TYPE_CHECKING:
    from datetime import date, datetime

    from rich.text import Text

    from newsquiz.claims import FactCheckSession
    from newsquiz.progress import PlayerProgress
    from newsquiz.review import Schedule
    from newsquiz.session import Session
    from newsquiz.store.base import RunSummary
    from newsquiz.tui.options import GameOptions
    from newsquiz.tui.results_control import ResultsControl


@dataclass(frozen=True)
class GamesRead:
    """What the results store holds of one player, as read off the UI thread."""

    player: str
    games: Sequence[RunSummary]
    today: date  # the player's calendar, for "played yesterday"
    schedule: Schedule | None  # their spaced review; None when it could not be read
    now: datetime  # the moment the facts due are counted at


class ProgressUI(ThreadedUI, Protocol):
    """What the control needs of the app around it."""

    @property
    def options(self) -> GameOptions:
        """What the player chose: whose progress it is."""
        ...

    @property
    def today(self) -> Callable[[], date]:
        """The player's calendar (for days in a row and "played yesterday")."""
        ...

    @property
    def now(self) -> Callable[[], datetime]:
        """The moment facts are due for review at (UTC)."""
        ...

    @property
    def is_web(self) -> bool: ...

    def show_games(self, read: GamesRead) -> None:
        """Show the player's games on the pack chooser, if it is there."""
        ...


class ProgressControl:
    def __init__(self, results: ResultsControl, ui: ProgressUI) -> None:
        self.results = results
        self.ui = ui
        self._games_wanted = False  # the chooser waits for the player's games
        # What the player had done before the game being played (read as it starts).
        self._before: tuple[Session | FactCheckSession, PlayerProgress] | None = None

    def player(self) -> str | None:
        """Whose progress to show: the player by name; a player with no name only in their
        own results file (in a class's database, nameless players are many)."""
        results = self.results.results
        if results is None or not self.results.recording:
            return None
        if self.ui.options.player:
            return self.ui.options.player
        return "" if not results.chosen and not self.ui.is_web else None

    def games_wanted(self) -> None:
        """The chooser would show the player's games: read them now, or once the store opens."""
        self._games_wanted = True
        self.read_games()

    def store_opened(self) -> None:
        if self._games_wanted:
            self.read_games()

    def read_games(self) -> None:
        """The player's games and review schedule for the chooser's best scores and facts
        due, once the store is open."""
        from newsquiz.store import AnswerFilter, StoreError

        store, player = self.results.store, self.player()
        if store is None or player is None:
            return  # asked again once the store is open (a store that failed: no scores)
        self._games_wanted = False
        today, now = self.ui.today(), self.ui.now()

        def read() -> None:
            from newsquiz.review import schedule_of

            try:
                games = store.run_summaries(AnswerFilter(player=player))
            except StoreError:
                return  # the chooser goes without scores; playing will say what is wrong
            try:
                schedule = schedule_of(store, player)
            except StoreError:
                schedule = None  # the scores still show; a review will say what is wrong
            self.ui.hand_back(self.ui.show_games, GamesRead(player, games, today, schedule, now))

        self.ui.run_in_thread(read)

    def read_before(self, session: Session | FactCheckSession) -> None:
        """What the player had done before this game, for its end screen to compare with."""
        from newsquiz.progress import load_progress
        from newsquiz.store import StoreError

        self._before = None
        store, recorder, player = self.results.store, self.results.recorder, self.player()
        if store is None or recorder is None or player is None:
            return
        pack, run_id, today = session.pack, recorder.run_id, self.ui.today()

        def read() -> None:
            try:
                before = load_progress(
                    store,
                    player,
                    today=today,
                    questions_in_pack={pack.id: len(pack.questions)},
                    leaving_out=run_id,
                )
            except StoreError:
                return  # no celebration this time; the answers are what matters
            self.ui.hand_back(self._read_before, (session, before))

        self.ui.run_in_thread(read)

    def _read_before(self, read: tuple[Session | FactCheckSession, PlayerProgress]) -> None:
        self._before = read

    def headline(self, session: Session | FactCheckSession) -> Text | None:
        """What is worth celebrating about the game just finished, if anything."""
        from newsquiz.progress import celebrate, game_score
        from newsquiz.session import Session
        from newsquiz.tui.celebration import celebration_text

        if self._before is None or self._before[0] is not session:
            return None  # not read (yet): better nothing than a wrong "New best"
        result = game_score(session) if isinstance(session, Session) else None
        whole = result is not None and result.questions >= len(session.pack.questions)
        today = self.ui.today()
        return celebration_text(
            celebrate(self._before[1], session.pack.id, result, whole=whole, today=today), result
        )
