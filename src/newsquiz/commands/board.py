"""`newsquiz board`: the teacher's live dashboard for the projector during a drill."""

from __future__ import annotations

import argparse

HELP = "a live board of the class's progress, for the teacher's projector"
DESCRIPTION = (
    "Show who is playing, how far each player is, their score so far, and the share of the "
    "class right first time on each question (weakest first), refreshed as answers arrive. "
    "It only reads the results database, so it never slows the players' games."
)
EPILOG = """\
examples:
  newsquiz board                                    everything in the results database
  newsquiz board --pack austin-shoigu-call --group 7b
  newsquiz board --db postgresql://quizboard@db.school.lan/newsquiz --interval 10

Keys: r refreshes now, q quits.
The results database is --db PATH (or a URL), else $NEWSQUIZ_DB, else the user data folder.
"""


def positive_seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"`{text}` is not a number of seconds") from None
    if not seconds > 0:
        raise argparse.ArgumentTypeError(f"the interval must be above 0 seconds, not {text}")
    return seconds


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="results database (default: $NEWSQUIZ_DB, else the user data folder)",
    )
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


def run(args: argparse.Namespace) -> int:
    import sys

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
    )
    app.run()
    return 0
