"""What a player chooses before a game, from the command line or the start screen."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GameOptions:
    player: str = ""
    mode: str = "closed"  # the id of a GameMode in newsquiz.tui.modes
    seed: int | None = None  # shuffle the questions with this seed; None keeps the pack's order
