"""What several commands share: opening a pack and reporting problems."""

from __future__ import annotations

import sys
from pathlib import Path

from newsquiz.library import find_pack
from newsquiz.pack import Pack, PackError, Problem, load_pack


def open_pack(name: str) -> Pack | None:
    """Load a pack named on the command line, printing problems to stderr."""
    path = find_pack(name)
    if path is None:
        print(
            f"newsquiz: no pack at `{name}` "
            "(give a pack folder, its pack.yaml, or a bundled pack name)",
            file=sys.stderr,
        )
        return None
    try:
        return load_pack(path)
    except PackError as err:
        print_problems(err.problems)
        return None


def print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        print(problem.format(), file=sys.stderr)


def display_path(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
