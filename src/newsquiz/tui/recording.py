"""Where a game's answers go: the store to open, and the place to name to the player.

Kept apart from the screens: the app opens the store (in a worker thread), attaches a
Recorder to every Session it starts, and asks the player what to do when the store fails.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from newsquiz.store import Store


@dataclass(frozen=True)
class Results:
    """How to open the results store, and where it is (a path, or a URL without password)."""

    where: str
    open: Callable[[], Store]


def results_at(location: str | None = None, *, busy_timeout: float | None = None) -> Results:
    """The results store at `location` (else NEWSQUIZ_DB, else the user data folder)."""
    from newsquiz.store import open_store, redact, resolve_location

    chosen = resolve_location(location)

    def open_chosen() -> Store:
        return open_store(chosen, busy_timeout=busy_timeout)

    return Results(redact(chosen), open_chosen)
