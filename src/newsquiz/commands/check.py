"""`newsquiz check`: report every problem of each pack, like a compiler."""

from __future__ import annotations

import argparse

HELP = "check packs for errors, like a compiler"
DESCRIPTION = "Check packs: every problem as path:line:col: error|warning: message [question]."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("packs", nargs="+", metavar="PACK", help="pack folders or pack.yaml files")


def run(args: argparse.Namespace) -> int:
    from newsquiz.commands.common import plural
    from newsquiz.library import find_pack
    from newsquiz.pack import PackError, Problem, load_pack

    problems: list[Problem] = []
    checked = 0
    for name in args.packs:
        path = find_pack(name)
        if path is None:
            print(f"newsquiz check: no pack at `{name}`")
            return 2
        checked += 1
        try:
            load_pack(path)
        except PackError as err:
            problems.extend(err.problems)
    for problem in problems:
        print(problem.format())
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = len(problems) - errors
    summary = f"{plural(errors, 'error')}, {plural(warnings, 'warning')}"
    print(f"{plural(checked, 'pack')} checked: {summary}")
    return 1 if errors else 0
