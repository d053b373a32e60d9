"""What one browser may ask of the server: checked before it reaches a game process.

Every browser client is hostile until checked. Each tab runs a game process of its own, so
without bounds one client can start dozens of them, feed one a megabyte of keystrokes (the
game parses every byte, and memory grows with it) or ask for a 20,000-column terminal (the
game allocates every cell). These rules are pure, so they are tested without a server.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class ServeLimits:
    max_games: int = 100  # game processes on this server at once (a few classes)
    max_games_per_client: int = 4  # tabs from one address; 0 means no limit (behind a proxy)
    max_columns: int = 300
    max_rows: int = 100
    # Typing is a few bytes a second, a pasted answer a few hundred: a client may send
    # `input_burst_bytes` at once, then `input_bytes_per_second`. The rest is dropped.
    input_bytes_per_second: int = 4096
    input_burst_bytes: int = 16384
    max_message_bytes: int = 65536  # one websocket message, whatever it holds
    quit_grace_seconds: float = 10.0  # a game asked to quit is killed after this long


MIN_COLUMNS, MIN_ROWS = 20, 8


def terminal_size(width: object, height: object, limits: ServeLimits) -> tuple[int, int] | None:
    """The size to give the game, within the limits; None when it is no size at all."""
    if type(width) is not int or type(height) is not int:  # bool and float are no sizes
        return None
    return (
        max(MIN_COLUMNS, min(width, limits.max_columns)),
        max(MIN_ROWS, min(height, limits.max_rows)),
    )


def size_from_query(width: str | None, height: str | None, limits: ServeLimits) -> tuple[int, int]:
    """The first size, from the page's query string (80×24 when it says nothing usable)."""

    def number(text: str | None, default: int) -> int:
        usable = text is not None and text.isascii() and text.isdigit() and len(text) <= 6
        return int(text) if usable and text is not None else default

    size = terminal_size(number(width, 80), number(height, 24), limits)
    assert size is not None
    return size


class InputBudget:
    """A token bucket: how many bytes of keystrokes a client may send now."""

    def __init__(self, limits: ServeLimits, clock: Callable[[], float] = time.monotonic) -> None:
        self._rate = limits.input_bytes_per_second
        self._burst = limits.input_burst_bytes
        self._clock = clock
        self._tokens = float(self._burst)
        self._at = clock()

    def allow(self, data: bytes) -> bytes:
        """The part of `data` the client may send now (all of it, a part, or nothing)."""
        now = self._clock()
        self._tokens = min(float(self._burst), self._tokens + (now - self._at) * self._rate)
        self._at = now
        allowed = min(len(data), int(self._tokens))
        self._tokens -= allowed
        return data[:allowed]


def same_origin(origin: str | None, host: str | None, public_url: str) -> bool:
    """A browser page from another site may not open a game here.

    Browsers always send `Origin` with a websocket; a client that sends none is not a page
    another site could use against a student, so it passes (its other limits still hold).
    """
    if origin is None:
        return True
    try:
        claimed = urlsplit(origin).netloc.lower()
    except ValueError:
        return False
    allowed = {urlsplit(public_url).netloc.lower()}
    if host:
        allowed.add(host.lower())
    return bool(claimed) and claimed in allowed


class ClientCount:
    """Games running, in all and per client address."""

    def __init__(self, limits: ServeLimits) -> None:
        self._limits = limits
        self._by_client: dict[str, int] = {}
        self.total = 0

    def refusal(self, client: str) -> str | None:
        """Why one more game for `client` is refused, or None when it may start."""
        if self.total >= self._limits.max_games:
            return f"this server already runs {self.total} games; try again in a minute"
        per_client = self._limits.max_games_per_client
        if per_client and self._by_client.get(client, 0) >= per_client:
            return f"at most {per_client} games from one computer at once; close a tab"
        return None

    def started(self, client: str) -> None:
        self.total += 1
        self._by_client[client] = self._by_client.get(client, 0) + 1

    def ended(self, client: str) -> None:
        self.total -= 1
        left = self._by_client.get(client, 1) - 1
        if left:
            self._by_client[client] = left
        else:
            self._by_client.pop(client, None)
