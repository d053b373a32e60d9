"""`newsquiz accept`: add a player's answer to a question's `accept` list in pack.yaml."""

from __future__ import annotations

import argparse

HELP = "add an answer to a question's accept list in pack.yaml (comments and layout kept)"
DESCRIPTION = (
    "Add ANSWER to the `accept` list of question QUESTION of PACK, editing pack.yaml in "
    "place: its comments, blank lines, key order and list styles stay as written, and only "
    "the one entry is added. The edited pack is checked before it replaces the old one (it "
    "loads, and ANSWER now grades right); otherwise pack.yaml is left as it was and the "
    "reason is printed. Answers already stored are not changed: `newsquiz regrade PACK "
    "--dry-run` shows which verdicts the new entry would change."
)
EPILOG = """\
examples:
  newsquiz accept path/to/my-pack days "48 days"
  newsquiz accept path/to/my-pack days "48 days" --regrade-dry-run --db class.sqlite3
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from newsquiz.commands.report import add_db_argument

    parser.add_argument("pack", metavar="PACK", help="pack folder, pack.yaml or bundled pack name")
    parser.add_argument("question", metavar="QUESTION", help="the question's id")
    parser.add_argument("answer", metavar="ANSWER", help="the answer to accept, as it was typed")
    parser.add_argument(
        "--regrade-dry-run",
        action="store_true",
        help="then show what `newsquiz regrade PACK --dry-run` would change",
    )
    add_db_argument(parser)


def regrade_command(pack: str, db: str | None) -> str:
    """The exact command line that shows what a regrade would change."""
    import shlex

    words = ["newsquiz", "regrade", pack, "--dry-run"]
    if db is not None:
        words += ["--db", db]
    return shlex.join(words)


def run(args: argparse.Namespace) -> int:
    import sys

    from newsquiz.authoring.accept import AcceptRefused, accept_answer
    from newsquiz.commands.common import say_no_pack
    from newsquiz.facts.text import printable
    from newsquiz.library import find_pack

    path = find_pack(args.pack)
    if path is None:
        say_no_pack(args.pack, "newsquiz accept")
        return 2
    try:
        accepted = accept_answer(path, args.question, args.answer)
    except AcceptRefused as refused:
        print(f"newsquiz accept: {printable(str(refused))}", file=sys.stderr)
        return 1
    shown = printable(accepted.answer).replace("\n", "\\n")
    print(
        f"Accepted “{shown}” for `{accepted.question.id}`: "
        f"{accepted.path}:{accepted.line} (comments and layout kept)."
    )
    command = regrade_command(args.pack, args.db)
    if not args.regrade_dry_run:
        print(f"Answers already stored keep their verdicts; to see what would change: {command}")
        return 0
    from newsquiz.commands import regrade

    print(f"$ {command}")
    sys.stdout.flush()
    return regrade.run(argparse.Namespace(pack=args.pack, db=args.db, dry_run=True))
