"""Ctrl+Q mid-round in a real terminal: once the game has closed, the player reads how many
answers were recorded and how `newsquiz report` shows them (issue 16)."""

from __future__ import annotations

import sys
from pathlib import Path

from newsquiz.store import open_store

from .helpers import TINY_PACK
from .test_kill import pytestmark, terminal

__all__ = ["pytestmark"]  # needs tmux, as the kill test does


def test_quitting_mid_round_prints_what_was_recorded(tmp_path: Path) -> None:
    db = tmp_path / "class.sqlite3"
    command = [sys.executable, "-m", "newsquiz", "play", str(TINY_PACK), "--db", str(db)]
    with terminal(command, tmp_path) as term:
        term.wait_for("Start")
        term.press("Enter")
        term.wait_for("Question 1 of 5")
        term.type("7 to 2")
        term.press("Enter")
        term.wait_for("Enter: next question")
        term.press("Enter")
        term.wait_for("Question 2 of 5")
        term.type("zzzz")
        term.press("Enter")
        term.wait_for("You said: zzzz")
        term.press("C-q")
        term.wait_for("shows them.")
        screen = term.screen(history=True)
    said = " ".join(screen.split())
    assert "You quit after 2 of 5 questions: 2 answers recorded;" in said
    # (a long path may be folded at the terminal's edge)
    assert f"`newsquizreport--db{db}`showsthem." in "".join(screen.split())
    with open_store(db) as store:
        assert [a.answer for a in store.answers()] == ["7 to 2", "zzzz"]
