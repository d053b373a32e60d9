"""`newsquiz serve`: the game in web browsers, one game process per tab."""

from __future__ import annotations

import argparse

from newsquiz.commands.names import player_name
from newsquiz.web.limits import MIN_COLUMNS, MIN_ROWS, ServeLimits

HELP = "serve a drill to web browsers (students need nothing installed)"
DESCRIPTION = (
    "Serve a drill on PACK to web browsers with textual-serve: every browser tab gets its own "
    "game, and every answer goes to the same results store under the name the student enters. "
    "Binds 127.0.0.1 unless --host says otherwise."
)
EPILOG = """\
examples:
  newsquiz serve austin-shoigu-call                    try it on this machine
  newsquiz serve my-pack --host 0.0.0.0 --port 8000 --count 10 --seed 7 --group 9b
                                                      the whole class gets the same drill
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("pack", metavar="PACK", help="pack folder, its pack.yaml, or a pack name")
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default: %(default)s; 0.0.0.0 for the class network)",
    )
    parser.add_argument(
        "--port", type=int, default=8000, help="port to listen on (default: %(default)s)"
    )
    parser.add_argument(
        "--public-url", metavar="URL", help="the address students type, when behind a proxy"
    )
    parser.add_argument("--count", type=int, metavar="N", help="ask a random subset of N questions")
    parser.add_argument(
        "--seed",
        type=int,
        metavar="S",
        help="fix order and subset so every student gets the same drill",
    )
    parser.add_argument(
        "--time", type=float, metavar="SECONDS", dest="time_limit", help="countdown per question"
    )
    parser.add_argument(
        "--group",
        metavar="LABEL",
        type=player_name,
        help="class or group label recorded with each answer",
    )
    limits = ServeLimits()
    parser.add_argument(
        "--max-games",
        type=int,
        metavar="N",
        default=limits.max_games,
        help="game processes this server runs at once (default: %(default)s)",
    )
    parser.add_argument(
        "--max-games-per-client",
        type=int,
        metavar="N",
        default=limits.max_games_per_client,
        help="browser tabs one computer may play in at once; 0 for no limit, behind a proxy "
        "where every student has the proxy's address (default: %(default)s)",
    )
    parser.add_argument(
        "--max-size",
        metavar="COLSxROWS",
        type=_size,
        default=(limits.max_columns, limits.max_rows),
        help="largest terminal a browser may ask for (default: %(default)s)",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="results store (default: NEWSQUIZ_DB or your data folder)",
    )


def _size(text: str) -> tuple[int, int]:
    columns, _, rows = text.lower().partition("x")
    if not (columns.isascii() and columns.isdigit() and rows.isascii() and rows.isdigit()):
        raise argparse.ArgumentTypeError(f"expected COLSxROWS, e.g. 300x100: {text!r}")
    if int(columns) < MIN_COLUMNS or int(rows) < MIN_ROWS:
        raise argparse.ArgumentTypeError(f"at least {MIN_COLUMNS}x{MIN_ROWS}: {text!r}")
    return int(columns), int(rows)


def run(args: argparse.Namespace) -> int:
    import sys

    from newsquiz.commands.common import open_pack
    from newsquiz.web.serving import ServeOptions, ServeUnavailableError, serve, share_address

    if open_pack(args.pack) is None:
        return 1
    options = ServeOptions(
        pack=args.pack,
        host=args.host,
        port=args.port,
        count=args.count,
        seed=args.seed,
        time_limit=args.time_limit,
        group=args.group,
        db=args.db,
        public_url=args.public_url,
        limits=ServeLimits(
            max_games=args.max_games,
            max_games_per_client=args.max_games_per_client,
            max_columns=args.max_size[0],
            max_rows=args.max_size[1],
        ),
    )
    print(
        f"newsquiz: students open {share_address(options)} in a browser (Ctrl+C stops)",
        file=sys.stderr,
    )
    try:
        serve(options)
    except ServeUnavailableError as err:
        print(f"newsquiz serve: {err}", file=sys.stderr)
        return 1
    except OSError as err:
        print(
            f"newsquiz serve: cannot listen on {args.host}:{args.port}: {err.strerror}",
            file=sys.stderr,
        )
        return 1
    return 0
