"""The game as the command line asks for it: its flags made into the options of one game,
and which of them chose the mode (a mode asked for beats the one the player last used).

A module of its own so that the app stays the flow between screens; the CLI and the tests
build the game here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsquiz.drill import DEFAULT_TRIES
from newsquiz.tui.app import NewsQuizApp
from newsquiz.tui.modes import CLOSED_BOOK, DRILL, FACT_CHECK, OPEN_BOOK, REVIEW
from newsquiz.tui.options import GameOptions

if TYPE_CHECKING:
    from datetime import date, datetime

    from newsquiz.pack import Pack
    from newsquiz.session import Clock
    from newsquiz.tui.recording import Results


def make_app(
    pack: Pack | None = None,
    *,
    player: str = "",
    group: str = "",
    open_book: bool = False,
    drill: bool = False,
    fact_check: bool = False,
    review: bool = False,
    closed_book: bool = False,
    seed: int | None = None,
    count: int | None = None,
    time_limit: float | None = None,
    tries: int = DEFAULT_TRIES,
    results: Results | None = None,
    clock: Clock = time.monotonic,
    cursor_blink: bool = True,
    today: Callable[[], date] | None = None,
    now: Callable[[], datetime] | None = None,
) -> NewsQuizApp:
    """The game on `pack` (or a pack chooser when None), as the CLI and the tests build it.

    `results` says where answers are recorded; None records nothing. `today` is the
    player's calendar (for days in a row and "played yesterday"), fixed by tests; `now`
    the moment facts are due for review at (UTC), moved by tests.
    """
    chosen = (
        (review, REVIEW),
        (fact_check, FACT_CHECK),
        (drill, DRILL),
        (open_book, OPEN_BOOK),
        (closed_book, CLOSED_BOOK),  # `--mode closed`: asked for, so it beats a remembered mode
    )
    mode = next((mode for asked, mode in chosen if asked), CLOSED_BOOK)
    options = GameOptions(
        player=player,
        mode=mode.id,
        seed=seed,
        group=group,
        count=count,
        time_limit=time_limit,
        tries=tries,
    )
    return NewsQuizApp(
        pack,
        options,
        clock=clock,
        cursor_blink=cursor_blink,
        results=results,
        mode_given=any(asked for asked, _ in chosen),
        today=today,
        now=now,
    )
