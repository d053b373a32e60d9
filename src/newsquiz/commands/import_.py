"""`newsquiz import`: a pack from a Moodle GIFT file and the article it is about."""

from __future__ import annotations

import argparse

HELP = "make a pack from a Moodle GIFT file and its article"
DESCRIPTION = """\
Read questions from a Moodle GIFT file and make a pack folder with the
article. Short answer, numerical, true/false and multiple choice questions
are imported, with partial credit (`=%50%Cat`) as scored `accept` entries and
multiple-answer choices as list questions; essays and matching questions are
listed, and noted in pack.yaml, not dropped silently. Each question cites
the quote in its feedback, or else the first article sentence holding its
answer; those found neither way are marked QUOTE NEEDED for you to fill in."""
EPILOG = """\
examples:
  newsquiz import bank.gift --article story.txt
  newsquiz import bank.gift --article story.txt --id my-pack --dir ~/packs
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gift", metavar="FILE.gift", help="the GIFT file")
    parser.add_argument("--article", required=True, metavar="FILE", help="the article as text")
    parser.add_argument("--id", metavar="SLUG", help="the pack id (default: from the file name)")
    parser.add_argument("--dir", default=".", metavar="D", help="where to make the pack folder")
    parser.add_argument("--force", action="store_true", help="overwrite an existing pack")


def run(args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    from newsquiz.authoring.files import InputError
    from newsquiz.authoring.gift import GiftError
    from newsquiz.authoring.gift_import import import_gift

    try:
        made = import_gift(Path(args.gift), Path(args.article), Path(args.dir), args.id, args.force)
    except GiftError as err:
        print(str(err), file=sys.stderr)
        return 1
    except InputError as err:
        print(f"newsquiz import: {err}", file=sys.stderr)
        return 1
    for skipped in made.skipped:
        print(f"{args.gift}:{skipped.line}: not imported: {skipped.reason}", file=sys.stderr)
    noun = "question" if made.questions == 1 else "questions"
    print(f"imported {made.questions} {noun} into {made.folder / 'pack.yaml'}")
    if made.uncited:
        print(
            f"{len(made.uncited)} need a citation written by hand (marked QUOTE NEEDED): "
            + ", ".join(made.uncited),
            file=sys.stderr,
        )
    print(f"next: newsquiz check {made.folder}")
    return 0
