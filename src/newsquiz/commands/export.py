"""`newsquiz export`: a pack in another format (Moodle GIFT or Moodle XML)."""

from __future__ import annotations

import argparse

HELP = "export a pack as Moodle GIFT or Moodle XML"
DESCRIPTION = """\
Write a pack in Moodle's GIFT format: short answers with `=` alternatives,
numbers with a tolerance, true/false, multiple choice, and the citation in
the feedback. A `// newsquiz:` comment above each question keeps its id, kind
and quote, so `newsquiz import` brings it back unchanged.

With --moodle-xml, write a Moodle XML question bank instead: feedback on every
answer (why a rejected answer is wrong), partial credit at Moodle's nearest
grade, and the cited article line as general feedback."""
EPILOG = """\
examples:
  newsquiz export austin-shoigu-call --gift > austin.gift
  newsquiz export my-pack --gift -o my-pack.gift
  newsquiz export my-pack --moodle-xml -o my-pack.xml
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("pack", metavar="PACK", help="a pack folder, pack.yaml, or bundled name")
    form = parser.add_mutually_exclusive_group(required=True)
    form.add_argument("--gift", action="store_true", help="write Moodle GIFT")
    form.add_argument("--moodle-xml", action="store_true", help="write a Moodle XML question bank")
    parser.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")


def run(args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    from newsquiz.authoring.gift import export_gift
    from newsquiz.authoring.moodle_xml import export_moodle_xml
    from newsquiz.commands.common import open_pack

    pack = open_pack(args.pack)
    if pack is None:
        return 1
    text = export_moodle_xml(pack) if args.moodle_xml else export_gift(pack)
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as err:
            print(f"newsquiz export: {args.output}: cannot write: {err.strerror}", file=sys.stderr)
            return 1
        print(f"wrote {len(pack.questions)} questions to {args.output}", file=sys.stderr)
        return 0
    sys.stdout.write(text)
    return 0
