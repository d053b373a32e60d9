"""`newsquiz schema`: the JSON Schema of pack.yaml, for editors."""

from __future__ import annotations

import argparse

HELP = "print the JSON Schema of pack.yaml (for editor completion and validation)"
DESCRIPTION = """\
Print a JSON Schema (draft 2020-12) of the newsquiz/1 pack format. Save it
and point your editor's YAML language server at it with a first line like

  # yaml-language-server: $schema=../newsquiz-1.schema.json"""
EPILOG = """\
examples:
  newsquiz schema > newsquiz-1.schema.json
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")


def run(args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    from newsquiz.authoring.schema import schema_json

    text = schema_json()
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as err:
            print(f"newsquiz schema: {args.output}: cannot write: {err.strerror}", file=sys.stderr)
            return 1
        return 0
    sys.stdout.write(text)
    return 0
