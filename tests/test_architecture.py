"""The shape the project keeps: a core free of the UI, and a CLI that starts light."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "newsquiz"
CONTRACTS = {
    contract["type"]: contract["name"]
    for contract in tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"][
        "contracts"
    ]
}
LAYERS, ACYCLIC = CONTRACTS["layers"], CONTRACTS["acyclic_siblings"]


def _lint_imports(
    folder: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`lint-imports` on the pyproject.toml in `folder`."""
    command = "from importlinter.cli import lint_imports_command; lint_imports_command()"
    return subprocess.run(
        [sys.executable, "-c", command], capture_output=True, text=True, cwd=folder, env=env
    )


def test_the_import_contracts_hold() -> None:
    """pyproject.toml's import-linter contracts: every module of the package in its layer
    (facts → pack → grading → session → claims → store/drill/library → reports/authoring →
    tui/web → commands → cli), no circle inside a package, a core free of the UI."""
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def _lint_a_copy_where(tmp_path: Path, module: str, line: str) -> str:
    """`lint-imports` on a copy of the source where `module` (a path under src/newsquiz)
    ends with `line`; what it printed, its spaces and line breaks made single spaces."""
    copy = tmp_path / "src"
    shutil.copytree(SRC.parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / "newsquiz" / module
    target.write_text((target.read_text() if target.exists() else "") + f"\n{line}\n")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    result = _lint_imports(tmp_path, {**os.environ, "PYTHONPATH": str(copy)})
    assert result.returncode != 0, result.stdout
    return " ".join(result.stdout.split())


def test_the_layers_catch_an_upward_import(tmp_path: Path) -> None:
    """The layers are live: a copy of the source where facts imports grading breaks them."""
    shown = _lint_a_copy_where(tmp_path, "facts/__init__.py", "import newsquiz.grading  # noqa")
    assert f"{LAYERS} BROKEN" in shown
    assert "newsquiz.facts -> newsquiz.grading" in shown


def test_the_layers_catch_a_module_without_a_layer(tmp_path: Path) -> None:
    """The layers cover the whole package: a new top-level module must be given its layer."""
    shown = _lint_a_copy_where(tmp_path, "newcomer.py", "import newsquiz.facts  # noqa")
    assert f"{LAYERS} BROKEN" in shown
    assert "newsquiz.newcomer" in shown


def test_the_contracts_catch_a_circle_inside_a_package(tmp_path: Path) -> None:
    """No circle inside a package: a copy where grading.normalize imports grading.grader
    (which imports it) breaks the contract, though the layers still hold."""
    shown = _lint_a_copy_where(
        tmp_path, "grading/normalize.py", "import newsquiz.grading.grader  # noqa"
    )
    assert f"{ACYCLIC} BROKEN" in shown
    assert f"{LAYERS} KEPT" in shown
    assert ".normalize -> .grader" in shown or ".grader -> .normalize" in shown


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
