"""Command-line entry: parses arguments and hands over to the core.

Each command lives in `newsquiz.commands.<name>` with `HELP`, `DESCRIPTION`,
`add_arguments(parser)` and `run(args) -> int`. Those modules import only the
standard library at the top, so `newsquiz --help` stays instant (no Textual).
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any

from newsquiz import __version__
from newsquiz.facts.text import printable

COMMANDS = (
    "play",
    "packs",
    "grade",
    "check",
    "new",
    "draft",
    "key",
    "schema",
    "export",
    "import",
    "claims",
    "drill",
    "review",
    "report",
    "accept",
    "regrade",
    "board",
    "serve",
)

EPILOG = """\
examples:
  newsquiz play                          choose a pack and play
  newsquiz play austin-shoigu-call       play a bundled pack by name
  newsquiz play path/to/my-pack          play a pack folder (or its pack.yaml)
  newsquiz packs                         every pack, with your best scores
  newsquiz check path/to/my-pack         lint a pack like a compiler would

Run `newsquiz COMMAND --help` for a command's options.
"""


def _command_module(name: str) -> ModuleType:
    return importlib.import_module(f"newsquiz.commands.{name.replace('import', 'import_')}")


def _wrapped(text: str, width: int = 79) -> str:
    """Prose paragraphs folded to the terminal's usual width; indented lines (examples,
    tables) kept as written."""
    import textwrap

    paragraphs = text.split("\n\n")
    return "\n\n".join(
        p
        if any(line.startswith((" ", "\t")) for line in p.splitlines())
        else textwrap.fill(" ".join(p.split()), width)
        for p in paragraphs
    )


def _described(module: ModuleType) -> dict[str, Any]:
    """How a command's own parser introduces it in --help."""
    return {
        "description": _wrapped(getattr(module, "DESCRIPTION", module.HELP)),
        "epilog": _wrapped(module.EPILOG) if getattr(module, "EPILOG", None) else None,
        "formatter_class": argparse.RawDescriptionHelpFormatter,
    }


def _wired(parser: argparse.ArgumentParser, module: ModuleType) -> argparse.ArgumentParser:
    module.add_arguments(parser)
    parser.set_defaults(run=module.run)
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsquiz",
        description="A fact-check quiz game for the terminal: questions about a news article, "
        "graded like a careful teacher, with the line of the article that proves each answer.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsquiz {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMANDS:
        module = _command_module(name)
        _wired(commands.add_parser(name, help=module.HELP, **_described(module)), module)
    return parser


def parse(argv: Sequence[str]) -> tuple[argparse.ArgumentParser, argparse.Namespace]:
    """Parse the command line; a line that starts with a command imports only that command.

    Importing and describing all fifteen commands costs more than Python's own start-up,
    and a game should not pay that before its first screen.
    """
    if argv and not argv[0].startswith("-") and argv[0] not in COMMANDS:
        close = difflib.get_close_matches(argv[0], COMMANDS, n=1)
        hint = f"; did you mean `{close[0]}`?" if close else ""
        print(
            f"newsquiz: no command `{printable(argv[0])}`{hint} (`newsquiz --help` lists them)",
            file=sys.stderr,
        )
        raise SystemExit(2)
    if argv and argv[0] in COMMANDS:
        module = _command_module(argv[0])
        parser = _wired(
            argparse.ArgumentParser(prog=f"newsquiz {argv[0]}", **_described(module)), module
        )
        return parser, parser.parse_args(argv[1:])
    parser = build_parser()
    return parser, parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    parser, args = parse(list(sys.argv[1:] if argv is None else argv))
    run = getattr(args, "run", None)
    if run is None:
        parser.print_help()
        return 2
    try:
        status: int = run(args)
        return status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
