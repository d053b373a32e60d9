"""A player's name as typed on a command line: printable, and as long as the start screen's."""

from __future__ import annotations

from newsquiz.facts.text import printable

MAX_NAME = 40


def player_name(raw: str) -> str:
    """The name without control characters (an escape sequence names nobody), trimmed."""
    return printable(raw).strip()[:MAX_NAME]
