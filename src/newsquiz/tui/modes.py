"""Ways to play a pack, offered on the start screen.

A mode says how a round is built from the pack; the app shows it (this module knows no
screen, so screens may name their mode without an import circle).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsquiz.pack import Pack
    from newsquiz.session import Clock, Session
    from newsquiz.tui.options import GameOptions


def plain_session(pack: Pack, options: GameOptions, clock: Clock) -> Session:
    """Every question of the pack once, in order or shuffled by the seed."""
    from newsquiz.session import Session

    return Session(pack, seed=options.seed, clock=clock)


def drill_session(pack: Pack, options: GameOptions, clock: Clock) -> Session:
    """A drill: missed questions come back until answered right or retired."""
    from newsquiz.drill import DrillSession

    return DrillSession(
        pack,
        count=options.count,
        seed=options.seed,
        tries=options.tries,
        time_limit=options.time_limit,
        clock=clock,
    )


def review_session(pack: Pack, options: GameOptions, clock: Clock) -> Session:
    """The facts due for review (`options.due`), each once, most overdue first."""
    from newsquiz.session import Session

    by_id = {question.id: question for question in pack.questions}
    return Session(pack, [by_id[id_] for id_ in options.due if id_ in by_id], clock=clock)


@dataclass(frozen=True)
class GameMode:
    id: str
    label: str
    description: str
    # Show the article beside each question (open book).
    article_beside: bool = False
    build_session: Callable[[Pack, GameOptions, Clock], Session] = plain_session
    # Claims to judge rather than questions to answer: a FactCheckSession, built by the app.
    fact_check: bool = False
    # Asks the facts due for spaced review: the app fills `options.due` from the results
    # store before building the round (newsquiz.review schedules them).
    scheduled: bool = False


CLOSED_BOOK = GameMode("closed", "Closed book", "answer from memory; the article opens with F2")
OPEN_BOOK = GameMode("open", "Open book", "the article stays beside each question", True)

DRILL = GameMode(
    "drill",
    "Drill",
    "a missed question comes back until you get it right",
    build_session=drill_session,
)


FACT_CHECK = GameMode(
    "factcheck",
    "Fact-check",
    "judge claims true or false; correct the false ones",
    fact_check=True,
)

REVIEW = GameMode(
    "review",
    "Review",
    "the facts due again, spaced out as you learn them",
    build_session=review_session,
    scheduled=True,
)

# Review comes right after the two ways to play a pack: what was played comes back there.
MODES: tuple[GameMode, ...] = (CLOSED_BOOK, OPEN_BOOK, REVIEW, DRILL, FACT_CHECK)


def mode_by_id(mode_id: str) -> GameMode:
    for mode in MODES:
        if mode.id == mode_id:
            return mode
    raise KeyError(mode_id)
