"""`newsquiz board`: the teacher's live dashboard for the projector during a drill."""

from __future__ import annotations

import argparse
from collections.abc import Callable

HELP = "a live board of the class's progress, for the teacher's projector"
DESCRIPTION = (
    "Show each student's game as it is: how far against the drill's own length, whether "
    "they finished, are playing or went idle, their score so far; the share of the class "
    "right first time on each question (weakest first) with the wrong answer typed most "
    "often; and the disputes no regrade has settled, refreshed as answers arrive. It only "
    "reads the results database, so it never slows the players' games; accepting a wrong "
    "answer (v, then a and y) edits the pack's pack.yaml, as `newsquiz accept` does."
)
EPILOG = """\
examples:
  newsquiz board                                    everything in the results database
  newsquiz board --pack austin-shoigu-call --group 7b
  newsquiz board --db postgresql://quizboard@db.school.lan/newsquiz --interval 10

Keys: r refreshes now, v reviews the wrong answers (a, then y, accepts the highlighted
one as right, then shows what a regrade would change), q quits.
The results database is --db PATH (or a URL), else $NEWSQUIZ_DB, else the user data folder.
"""


def above_zero(unit: str, what: str) -> Callable[[str], float]:
    """An argument type for a number of `unit` above 0; `what` names it in the message."""

    def parse(text: str) -> float:
        try:
            number = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"`{text}` is not a number of {unit}") from None
        if not number > 0:
            raise argparse.ArgumentTypeError(f"{what} must be above 0 {unit}, not {text}")
        return number

    return parse


positive_seconds = above_zero("seconds", "the interval")
positive_minutes = above_zero("minutes", "--idle")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from newsquiz.commands.report import add_db_argument  # standard library only

    add_db_argument(parser)
    parser.add_argument(
        "--pack", metavar="PACK", help="only this pack (a pack name, folder, or a pack id)"
    )
    parser.add_argument("--group", metavar="NAME", help="only this class or group")
    parser.add_argument(
        "--interval",
        metavar="SECONDS",
        type=positive_seconds,
        default=5.0,
        help="how often to read the results (default: %(default)g)",
    )
    parser.add_argument(
        "--idle",
        metavar="MINUTES",
        type=positive_minutes,
        default=3.0,
        help="a student with no answer for this long shows as idle (default: %(default)g)",
    )


def run(args: argparse.Namespace) -> int:
    import sys
    from datetime import timedelta

    from newsquiz.library import find_pack
    from newsquiz.pack import Pack, PackError, load_pack
    from newsquiz.store import StoreError, open_store, resolve_location
    from newsquiz.store.factory import is_new_sqlite
    from newsquiz.tui.board.app import make_board_app

    pack: Pack | None = None
    pack_id: str | None = None
    if args.pack:
        path = find_pack(args.pack)
        if path is None:
            pack_id = args.pack  # an id of a pack not on this machine: filter by it anyway
        else:
            try:
                pack = load_pack(path)
            except PackError as err:
                for problem in err.problems:
                    print(problem.format(), file=sys.stderr)
                return 1

    location = resolve_location(args.db)
    # The board only reads: an existing database is opened without write rights (a
    # read-only file system is enough); a class's first board creates it.
    read_only = not is_new_sqlite(location)
    try:  # open once here so a wrong --db is one clear message, not a board of errors
        open_store(location, read_only=read_only).close()
    except StoreError as err:
        print(f"newsquiz board: {err}", file=sys.stderr)
        return 1
    app = make_board_app(
        lambda: open_store(location, read_only=read_only),
        pack=pack,
        pack_id=pack_id,
        group=args.group,
        interval=args.interval,
        idle_after=timedelta(minutes=args.idle),
    )
    app.run()
    return 0
