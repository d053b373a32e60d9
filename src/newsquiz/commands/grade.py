"""`newsquiz grade`: grade answers in batch, JSON Lines (or CSV) in and out."""

from __future__ import annotations

import argparse
import io
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from newsquiz.grading.batch import Batch

HELP = "grade a file of answers against a pack (JSON Lines or CSV)"
DESCRIPTION = """\
Grade answers in batch. Each input line is a JSON object with `question` (an id)
and `answer`; other keys pass through. Each output line adds `verdict` (correct,
partial or incorrect), `score`, `expected`, `reason` (when there is one) and
`source` (the cited line). Lines that cannot be graded get `error` instead, and
the exit status is then 1."""
EPILOG = """\
examples:
  newsquiz grade austin-shoigu-call answers.jsonl
  echo '{"question": "call-length", "answer": "60 minutes"}' | newsquiz grade austin-shoigu-call
  newsquiz grade --csv path/to/pack answers.csv > graded.csv

With --csv the input needs a header row with `question` and `answer`; the output
has the input's columns plus verdict, score, expected, reason, source_line,
source_text and error.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("pack", metavar="PACK", help="a pack folder, its pack.yaml, or a name")
    parser.add_argument(
        "answers",
        metavar="ANSWERS",
        nargs="?",
        default="-",
        help="a JSON Lines (or CSV) file of answers; standard input when absent or `-`",
    )
    parser.add_argument("--csv", action="store_true", help="read and write CSV instead")


def run(args: argparse.Namespace) -> int:
    from newsquiz.commands.common import open_pack
    from newsquiz.grading.batch import Batch

    pack = open_pack(args.pack)
    if pack is None:
        return 1
    batch = Batch(pack)
    # Undecodable bytes become that line's error (see Batch), never the end of the run.
    if isinstance(sys.stdin, io.TextIOWrapper):
        sys.stdin.reconfigure(errors="surrogateescape")
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="backslashreplace")
    if args.answers == "-":
        _grade(batch, sys.stdin, args.csv)
    else:
        try:
            with open(
                args.answers, encoding="utf-8", errors="surrogateescape", newline=""
            ) as source:
                _grade(batch, source, args.csv)
        except OSError as err:
            print(f"newsquiz grade: cannot read `{args.answers}`: {err.strerror}", file=sys.stderr)
            return 1
    if batch.errors:
        noun = "line" if batch.errors == 1 else "lines"
        print(f"newsquiz grade: {batch.errors} {noun} could not be graded", file=sys.stderr)
        return 1
    return 0


def _grade(batch: Batch, source: TextIO, as_csv: bool) -> None:
    if as_csv:
        batch.csv(source, sys.stdout)
    else:
        batch.jsonl(source, sys.stdout.write)
