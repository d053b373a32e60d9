"""A plain, non-editable install finds its bundled packs from any folder."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with newsquiz installed from a built wheel.

    Its dependencies come from this test environment (through a .pth line) so
    the test needs no network beyond building the wheel.
    """
    work = tmp_path_factory.mktemp("install")
    wheels = work / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
    )
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    ours = sysconfig.get_paths()["purelib"]
    Path(purelib, "test-deps.pth").write_text("\n".join([ours, *site.getsitepackages()]) + "\n")
    wheel = next(wheels.glob("newsquiz-*.whl"))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "-q",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    return venv


def test_bundled_packs_ship_in_the_wheel_and_load_from_anywhere(
    installed_venv: Path, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["NEWSQUIZ_PACKS"] = str(tmp_path / "no-user-packs")
    located = subprocess.run(
        [
            str(installed_venv / "bin" / "python"),
            "-c",
            "from newsquiz.library import bundled_dir; import newsquiz; "
            "print(newsquiz.__file__); print(bundled_dir())",
        ],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    module_file, bundled = Path(located[0]), Path(located[1])
    assert installed_venv in module_file.parents, "imported the source tree, not the install"
    assert installed_venv in bundled.parents
    checked = subprocess.run(
        [str(installed_venv / "bin" / "newsquiz"), "check", "austin-shoigu-call"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "0 errors" in checked.stdout
