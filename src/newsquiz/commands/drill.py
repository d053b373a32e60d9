"""`newsquiz drill`: a classroom drill in the terminal, every answer recorded."""

from __future__ import annotations

import argparse

from newsquiz.commands.names import add_start_screen_group, add_start_screen_player

HELP = "drill a pack: missed questions come back until answered right"
DESCRIPTION = """\
Drill a pack: a missed question comes back later in the same run until it is
answered right, or until it has been missed --tries times (then it is shown
with its proof and retired), so a drill ends with every fact met. Every answer
is recorded in the results database the moment it is graded, under the name
(and class or group) given on the start screen; `newsquiz report` shows them.

After a verdict, press d to dispute it ("I was right"): the dispute is recorded
for the teacher and never changes the score."""
EPILOG = """\
examples:
  newsquiz drill austin-shoigu-call --player Ana
  newsquiz drill my-pack --count 10 --seed 7 --time 30 --group 9b
                     the whole class gets the same 10 questions, 30 seconds each
  newsquiz drill my-pack --db /srv/quiz/class.sqlite3
  newsquiz report --group 9b      what the class got wrong

The results database is --db PATH (or a URL), else $NEWSQUIZ_DB, else the user data folder."""


def positive_int(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"`{text}` is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {text}")
    return number


def positive_seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"`{text}` is not a number of seconds") from None
    if not 0 < seconds < float("inf"):
        raise argparse.ArgumentTypeError(f"the time must be above 0 seconds, not {text}")
    return seconds


def add_recording_arguments(parser: argparse.ArgumentParser) -> None:
    """--db and --no-record, shared with `newsquiz play`."""
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="results database to record answers in "
        "(default: $NEWSQUIZ_DB, else the user data folder)",
    )
    where.add_argument(
        "--no-record", action="store_true", help="record nothing (practice on your own)"
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "pack",
        nargs="?",
        metavar="PACK",
        help="a pack folder, its pack.yaml, or the name of a bundled pack (default: choose)",
    )
    parser.add_argument(
        "--count", type=positive_int, metavar="N", help="ask a random subset of N questions"
    )
    parser.add_argument(
        "--seed",
        type=int,
        metavar="S",
        help="fix the order and the subset: the same S gives a whole class the same drill",
    )
    parser.add_argument(
        "--time",
        type=positive_seconds,
        metavar="SECONDS",
        dest="time_limit",
        help="a countdown on each question; when it runs out, the question counts as missed",
    )
    parser.add_argument(
        "--tries",
        type=positive_int,
        metavar="N",
        help="misses before a question is shown with its proof and retired (default: 3)",
    )
    add_start_screen_player(parser)
    add_start_screen_group(parser)
    add_recording_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from newsquiz.commands.common import run_game
    from newsquiz.drill import DEFAULT_TRIES

    return run_game(
        args,
        player=args.player,
        group=args.group,
        drill=True,
        seed=args.seed,
        count=args.count,
        time_limit=args.time_limit,
        tries=args.tries or DEFAULT_TRIES,
    )
