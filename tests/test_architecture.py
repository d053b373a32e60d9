"""The shape the project keeps: a core free of the UI, and a CLI that starts light."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "newsquiz"
UI_ONLY = {"tui", "web"}
UI_PACKAGES = ("textual", "textual_serve", "rich")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _core_modules() -> list[Path]:
    return [
        path
        for path in SRC.rglob("*.py")
        if path.relative_to(SRC).parts[0] not in UI_ONLY
        and path.relative_to(SRC).parts[0] != "commands"
    ]


@pytest.mark.parametrize("path", _core_modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_the_domain_core_imports_nothing_from_the_user_interface(path: Path) -> None:
    offending = {
        name
        for name in _imports(path)
        if name.split(".")[0] in UI_PACKAGES or name.startswith("newsquiz.tui")
    }
    assert not offending, f"{path} imports {offending}"


@pytest.mark.parametrize(
    "module", ["newsquiz.grading", "newsquiz.pack", "newsquiz.session", "newsquiz.cli"]
)
def test_each_core_package_imports_first_without_a_cycle(module: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_help_does_not_import_textual() -> None:
    probe = (
        "import sys\n"
        "from newsquiz.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('textual', 'rapidfuzz', 'yaml') if m in sys.modules]\n"
        "print('heavy:' + ','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "heavy:"
