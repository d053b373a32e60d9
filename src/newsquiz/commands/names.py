"""A player's name as typed on a command line: printable, and as long as the start screen's."""

from __future__ import annotations

import argparse

from newsquiz.facts.text import printable

MAX_NAME = 40


def player_name(raw: str) -> str:
    """The name without control characters (an escape sequence names nobody), trimmed."""
    return printable(raw).strip()[:MAX_NAME]


def add_start_screen_player(parser: argparse.ArgumentParser) -> None:
    """--player for a game whose start screen asks the name (play, drill)."""
    parser.add_argument(
        "--player",
        metavar="NAME",
        default="",
        type=player_name,
        help="your name, filled in on the start screen",
    )


def add_start_screen_group(parser: argparse.ArgumentParser) -> None:
    """--group for a game whose start screen asks the class or group (drill, review)."""
    parser.add_argument(
        "--group",
        metavar="LABEL",
        type=player_name,
        default="",
        help="class or group label, filled in on the start screen",
    )
