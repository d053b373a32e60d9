"""`newsquiz draft`: candidate questions from an article, for the author to edit."""

from __future__ import annotations

import argparse

HELP = "draft candidate questions from an article or a pack's article"
DESCRIPTION = """\
Propose questions from the article, deterministically and offline: dates,
numbers, amounts, durations, people with a post, who said a quotation,
lists of countries, places or people, places, causes, and true/false
claims, ranked best first with one question per fact. Each candidate has
its `kind` and cites its sentence verbatim, so it passes `newsquiz check`
as it is; keep the good ones and reword them.

Given an article file, prints a whole pack.yaml to put next to it.
Given a pack, prints the new candidates; with --into PACK, appends them
to that pack's questions (its text and comments kept), skipping facts
the pack already asks."""
EPILOG = """\
examples:
  newsquiz draft my-pack --into my-pack
  newsquiz draft article.txt > pack.yaml
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="ARTICLE_OR_PACK", help="an article file or a pack")
    parser.add_argument("--into", metavar="PACK", help="append the candidates to this pack")


def run(args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    from newsquiz.authoring.draft_output import DraftError, draft_command
    from newsquiz.library import find_pack

    # A pack may be named as everywhere else: a folder, its pack.yaml, or a bundled name.
    source = Path(args.source)
    if not source.exists():
        source = find_pack(args.source) or source
    try:
        output, messages = draft_command(source, Path(args.into) if args.into else None)
    except DraftError as err:
        print(f"newsquiz draft: {err}", file=sys.stderr)
        return 1
    for message in messages:
        print(message, file=sys.stderr)
    if output:
        sys.stdout.write(output)
    return 0
