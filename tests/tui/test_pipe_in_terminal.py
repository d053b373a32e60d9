"""`newsquiz play PACK | cat` typed in a real terminal: the keyboard is a terminal but the
output is a pipe, so the game says why it cannot run there and exits 2, instead of filling
the pipe with escape codes while it waits for keys nobody sees (issue 16)."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import pytest

from .helpers import TINY_PACK
from .test_kill import pytestmark, terminal

__all__ = ["pytestmark"]  # needs tmux, as the kill test does


@pytest.mark.parametrize("command", ["play", "drill"])
def test_a_game_piped_into_cat_says_why_and_exits_2(command: str, tmp_path: Path) -> None:
    game = shlex.join([sys.executable, "-m", "newsquiz", command, str(TINY_PACK), "--no-record"])
    shell = f'{game} | cat; echo "exit status ${{PIPESTATUS[0]}}"'
    with terminal(["bash", "--norc", "-c", shell], tmp_path) as term:
        term.wait_for("exit status")
        screen = term.screen(history=True)
    said = " ".join(screen.split())
    assert "needs a terminal" in said
    assert "exit status 2" in said
    assert "\x1b" not in screen and "Question 1" not in said
