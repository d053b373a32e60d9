"""`newsquiz play`: the game in the terminal."""

from __future__ import annotations

import argparse

from newsquiz.commands.names import add_start_screen_player

HELP = "play a pack in the terminal"
DESCRIPTION = """\
Play a quiz on a news article. After each answer you see the verdict and the
line of the article that proves it; at the end, your score, your time and a
review, with a key to replay only the questions you missed.

With no PACK, choose among the bundled packs and those in your pack folder."""
EPILOG = """\
examples:
  newsquiz play                              choose a pack from a list
  newsquiz play austin-shoigu-call           a bundled pack, by name
  newsquiz play path/to/my-pack --open-book  a pack folder, article beside the questions
  newsquiz play my-pack/pack.yaml --player Ana --shuffle 7
  newsquiz play austin-shoigu-call --mode factcheck --seed 3 --count 10
  newsquiz play my-pack --no-record          practice: record nothing

keys in the game (F1 lists those that work on the screen you are on):
  Enter answer / go on     F2 read the article     F1 help
  Ctrl+G I don't know      Ctrl+P command palette  Ctrl+Q quit
  d      dispute a verdict
  at the end: r replay what you missed, m show only the missed answers

Quitting in the middle of a round says how many answers were recorded.

Every answer is recorded in the results database (--db PATH or URL, else
$NEWSQUIZ_DB, else the user data folder); `newsquiz report` shows them."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "pack",
        nargs="?",
        metavar="PACK",
        help="a pack folder, its pack.yaml, or the name of a bundled pack (default: choose)",
    )
    add_start_screen_player(parser)
    parser.add_argument(
        "--open-book",
        action="store_true",
        help="start in open-book mode: the article beside each question",
    )
    parser.add_argument(
        "--shuffle",
        metavar="SEED",
        type=int,
        help="ask the questions in a shuffled order; the same SEED gives the same order",
    )
    parser.add_argument(
        "--mode",
        choices=("closed", "open", "drill", "factcheck"),
        help="closed book (default), open book, drill (a missed question comes back until "
        "it is right; `newsquiz drill` has the class options), or factcheck: true-or-false "
        "claims about the article, each false one to correct",
    )
    parser.add_argument(
        "--seed",
        type=int,
        help="factcheck and drill: the round's seed; the same SEED gives the same round "
        "(default: random)",
    )
    parser.add_argument(
        "--count",
        type=int,
        metavar="N",
        help="factcheck and drill: at most N claims or questions (default: all that can be asked)",
    )
    from newsquiz.commands.drill import add_recording_arguments  # standard library only

    add_recording_arguments(parser)


def run(args: argparse.Namespace) -> int:
    if args.count is not None and args.count < 1:
        import sys

        print(f"newsquiz play: --count must be at least 1, got {args.count}", file=sys.stderr)
        return 2
    from newsquiz.commands.common import run_game

    return run_game(
        args,
        player=args.player,
        closed_book=args.mode == "closed" and not args.open_book,
        open_book=args.open_book or args.mode == "open",
        drill=args.mode == "drill",
        fact_check=args.mode == "factcheck",
        seed=args.seed if args.mode in ("factcheck", "drill") else args.shuffle,
        count=args.count if args.mode in ("factcheck", "drill") else None,
    )
