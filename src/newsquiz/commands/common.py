"""What several commands share: opening a pack and reporting problems."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from newsquiz.facts.text import printable
from newsquiz.library import available_packs, closest_pack, find_pack
from newsquiz.pack import Pack, PackError, Problem
from newsquiz.pack.cache import load_pack_cached


def open_pack(name: str) -> Pack | None:
    """Load a pack named on the command line, printing problems to stderr."""
    path = find_pack(name)
    if path is None:
        say_no_pack(name)
        return None
    try:
        return load_pack_cached(path)
    except PackError as err:
        print_problems(err.problems)
        return None


def say_no_pack(name: str, command: str = "newsquiz") -> None:
    """On stderr: nothing at `name`, with the pack the user most likely meant."""
    close = closest_pack(name, available_packs())
    hint = f"; did you mean `{close}`?" if close else ""
    print(
        f"{command}: no pack at `{printable(name)}`{hint} "
        "(give a pack folder, its pack.yaml, or a bundled pack name)",
        file=sys.stderr,
    )


def print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        print(problem.format(), file=sys.stderr)


def output_is_terminal() -> bool:
    """The full-screen game draws on standard output: a pipe would get escape codes."""
    return sys.stdout.isatty()


def served_in_browser() -> bool:
    """This game runs in a browser tab under `newsquiz serve` (textual-serve's driver)."""
    return "web_driver" in os.environ.get("TEXTUAL_DRIVER", "")


def run_game(args: argparse.Namespace, **options: Any) -> int:
    """Play the game on `args.pack` (or a chooser), recording where `--db`/`--no-record` say.

    The pack is loaded before Textual is imported, so a bad pack fails fast and plainly.
    """
    from newsquiz.startup import hold_collector, release_collector

    hold_collector()  # released by the game once its first screen is drawn
    try:
        return _play(args, **options)
    finally:
        release_collector()  # for a game that ended (or failed) before drawing anything


def _play(args: argparse.Namespace, **options: Any) -> int:
    pack = None
    if args.pack is not None:
        pack = open_pack(args.pack)
        if pack is None:
            if served_in_browser():
                from newsquiz.tui.notice import CANNOT_START_IN_BROWSER, NoticeApp

                NoticeApp(CANNOT_START_IN_BROWSER).run()
            return 1

    if not served_in_browser() and not output_is_terminal():
        print(
            "newsquiz: the game needs a terminal, and standard output is not one (a pipe or "
            "a file): run it without `| …` or `> …`",
            file=sys.stderr,
        )
        return 2
    from newsquiz.tui.launch import make_app
    from newsquiz.tui.recording import results_at

    app = make_app(pack, results=None if args.no_record else results_at(args.db), **options)
    app.run()
    return app.return_code or 0


def remembered_player(given: str | None) -> str:
    """The player a command is about: the one named with --player, else the name the game
    remembers from the last time it was played on this computer ("" when none)."""
    if given is not None:
        return given
    from newsquiz.settings import load_settings

    return load_settings().settings.player
