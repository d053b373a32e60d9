"""The shape the project keeps: a core free of the UI, and a CLI that starts light."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "newsquiz"


def _lint_imports(
    folder: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`lint-imports` on the pyproject.toml in `folder`."""
    command = "from importlinter.cli import lint_imports_command; lint_imports_command()"
    return subprocess.run(
        [sys.executable, "-c", command], capture_output=True, text=True, cwd=folder, env=env
    )


def test_the_import_contracts_hold() -> None:
    """pyproject.toml's import-linter contracts: the layers (facts → pack → grading →
    session → claims → store/drill → reports/authoring → tui/web → commands → cli) and a
    core that imports nothing from the user interface."""
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_the_import_contracts_catch_a_layer_broken(tmp_path: Path) -> None:
    """The contract is live: a copy of the source where facts imports grading breaks it."""
    copy = tmp_path / "src"
    shutil.copytree(SRC.parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    facts = copy / "newsquiz" / "facts" / "__init__.py"
    facts.write_text(facts.read_text() + "\nimport newsquiz.grading  # noqa\n")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    result = _lint_imports(tmp_path, {**os.environ, "PYTHONPATH": str(copy)})
    assert result.returncode != 0
    assert "BROKEN" in result.stdout


@pytest.mark.parametrize(
    "module",
    ["newsquiz.facts", "newsquiz.grading", "newsquiz.pack", "newsquiz.session", "newsquiz.cli"],
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
