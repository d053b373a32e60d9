"""`newsquiz key`: the teacher's answer sheet for a pack."""

from __future__ import annotations

import argparse

HELP = "print a pack's answer key (every answer, alternative and citation)"
DESCRIPTION = """\
Print the teacher's answer sheet: every question with its answer, the
alternatives accepted and refused, and the article line that proves it.
With --markdown, as Markdown for printing."""
EPILOG = """\
examples:
  newsquiz key austin-shoigu-call
  newsquiz key my-pack --markdown > key.md
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("pack", metavar="PACK", help="a pack folder, pack.yaml, or bundled name")
    parser.add_argument("--markdown", action="store_true", help="write Markdown")


def run(args: argparse.Namespace) -> int:
    import sys

    from newsquiz.authoring.key import key_markdown, key_text
    from newsquiz.commands.common import open_pack

    pack = open_pack(args.pack)
    if pack is None:
        return 1
    sys.stdout.write(key_markdown(pack) if args.markdown else key_text(pack))
    return 0
