"""The Review mode's side of the game: the facts due for a player, found off the UI thread.

No Textual here: the app runs `find_due` in a thread (the store may be a server far away)
and shows what it found; the start screen shows `due_label` beside the Review mode.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from newsquiz.pack import Pack
    from newsquiz.review import PackDue
    from newsquiz.store import Store

NOT_RECORDED = "A review needs your recorded answers, and this game records none."


@dataclass(frozen=True)
class DueFound:
    """One player's standing with one pack at one moment."""

    player: str
    standing: PackDue
    due: tuple[str, ...]  # the ids of the facts due, in the order a review asks them
    # Why a review has nothing to ask ("" when it has), as the player reads it.
    nothing_due: str


def find_due(store: Store, player: str, pack: Pack, now: datetime) -> DueFound:
    """Rebuild the player's schedule from their answers: what is due in `pack` at `now`."""
    from newsquiz.review import nothing_due, schedule_of

    schedule = schedule_of(store, player)
    standing = schedule.standing(pack, now)
    due = tuple(question.id for question in schedule.due(pack, now))
    return DueFound(player, standing, due, "" if due else nothing_due(standing, now))


def due_label(standing: PackDue) -> str:
    """A few words beside the Review mode: "3 due", "nothing due" ("" before any answer)."""
    if standing.due:
        return f"{standing.due} due"
    return "nothing due" if standing.met else ""


@runtime_checkable
class CountsDue(Protocol):
    """An app that can tell a screen what is due for review (the start screen asks)."""

    def count_due(self, pack: Pack, player: str, reply: Callable[[DueFound], None]) -> None:
        """Call `reply` on the UI thread with what is due for `player` in `pack` (once the
        results store is open; never when answers are not recorded)."""
        ...
