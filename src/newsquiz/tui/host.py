"""What a screen may ask of the app that hosts it, typed, without importing the app.

Screens get what they need from above through this protocol, never by probing the app's
attributes by name; a screen mounted in a bare test app simply finds no host.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable


@runtime_checkable
class GameHost(Protocol):
    clock: Callable[[], float]  # the game's clock (a fake one in tests)
    cursor_blink_enabled: bool

    @property
    def recording(self) -> bool:
        """Answers go to a results store (or will, once it is open)."""
        ...

    def recording_note(self) -> str:
        """Where answers go, said discreetly ("" when never)."""
        ...

    async def records_settled(self, timeout: float | None = None) -> None:
        """Wait until every answer graded so far is written (or `timeout` seconds)."""
        ...


@runtime_checkable
class HasOwnRules(Protocol):
    """A screen with rules of its own (fact-check): help shows them."""

    HOW_TO_PLAY: str


def host_of(app: object) -> GameHost | None:
    """The app as a game host, or None for another app (a screen tested on its own)."""
    return app if isinstance(app, GameHost) else None


# A verdict waits at most this long for its answer to be written, so a game killed after the
# verdict showed keeps that answer; a slower store leaves it pending, never frozen.
VERDICT_WRITE_WAIT_SECONDS = 0.5


async def verdict_written(app: object) -> None:
    """Let the recording thread write what was just graded (for a moment at most)."""
    host = host_of(app)
    if host is not None:
        await host.records_settled(VERDICT_WRITE_WAIT_SECONDS)
