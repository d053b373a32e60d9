"""What a player chooses before a game, from the command line or the start screen."""

from __future__ import annotations

from dataclasses import dataclass

from newsquiz.drill import DEFAULT_TRIES


@dataclass(frozen=True)
class GameOptions:
    player: str = ""
    mode: str = "closed"  # the id of a GameMode in newsquiz.tui.modes
    seed: int | None = None  # shuffle the questions with this seed; None keeps the pack's order
    group: str = ""  # class or group label recorded with each answer; "" when none
    # Drills: ask `count` questions (None: all), `time_limit` seconds each, `tries` before retiring.
    count: int | None = None
    time_limit: float | None = None
    tries: int = DEFAULT_TRIES
    # Review: the ids of the pack's facts due for this player, in the order they are asked
    # (newsquiz.review); the app fills them from the results store as the round starts.
    due: tuple[str, ...] = ()
