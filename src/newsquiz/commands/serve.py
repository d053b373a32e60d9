"""`newsquiz serve`: the game in web browsers, one game process per tab."""

from __future__ import annotations

import argparse

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
        "--group", metavar="LABEL", help="class or group label recorded with each answer"
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="results store (default: NEWSQUIZ_DB or your data folder)",
    )


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
