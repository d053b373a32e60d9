"""The kill test: `newsquiz drill` in a real terminal, killed with SIGKILL mid-drill, keeps
every answer whose verdict was on the screen.

The game runs in a detached tmux session (80×24), so the test reads the screen as a player
sees it; it waits for each verdict by polling that screen against a deadline.
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from newsquiz.store import open_store

from .helpers import TINY_PACK

TMUX = shutil.which("tmux")
DEADLINE_SECONDS = 30.0  # only reached when something is wrong; a run takes a few seconds
POLL_SECONDS = 0.05


def outside_tmux() -> dict[str, str]:
    """The test's environment as it is now (its own settings file among it) without TMUX:
    run inside tmux or not, the test starts a server of its own (named by -L)."""
    return {name: value for name, value in os.environ.items() if name != "TMUX"}


pytestmark = pytest.mark.skipif(TMUX is None, reason="needs tmux (a real terminal)")


class Terminal:
    """One tmux pane running a command: keys in, the screen's text out."""

    def __init__(self, socket: str) -> None:
        self.socket = socket

    def tmux(self, *args: str) -> str:
        assert TMUX is not None
        done = subprocess.run(
            [TMUX, "-L", self.socket, *args],
            capture_output=True,
            text=True,
            timeout=10,
            env=outside_tmux(),
        )
        assert done.returncode == 0, f"tmux {' '.join(args)}: {done.stderr.strip()}"
        return done.stdout

    def screen(self, history: bool = False) -> str:
        """What the pane shows; with `history`, the lines scrolled above it as well (a
        message printed after the game may scroll when the cursor was left low)."""
        scrolled = ("-S", "-") if history else ()
        return self.tmux("capture-pane", "-p", *scrolled, "-t", "game")

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", "game", "-l", text)

    def press(self, key: str) -> None:
        self.tmux("send-keys", "-t", "game", key)

    def pid(self) -> int:
        return int(self.tmux("display-message", "-p", "-t", "game", "#{pane_pid}").strip())

    def wait_for(self, text: str) -> None:
        """Poll the screen until it shows `text`; fail with the screen at the deadline."""
        deadline = time.monotonic() + DEADLINE_SECONDS
        while True:
            screen = self.screen()
            if text in screen:
                return
            if time.monotonic() > deadline:
                pytest.fail(f"never saw {text!r} on the screen:\n{screen}")
            time.sleep(POLL_SECONDS)


@contextmanager
def terminal(command: list[str], tmp_path: Path) -> Iterator[Terminal]:
    """`command` in a fresh tmux server of its own, 80×24; the server is gone afterwards."""
    socket = f"newsquiz-kill-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    config = tmp_path / "tmux.conf"
    # Keep the pane (and a traceback in it) if the game dies on its own.
    config.write_text("set -g remain-on-exit on\n")
    term = Terminal(socket)
    term.tmux("-f", str(config), "new-session", "-d", "-s", "game", "-x", "80", "-y", "24",
              "exec " + shlex.join(command))  # fmt: skip
    try:
        yield term
    finally:
        subprocess.run(
            [TMUX or "tmux", "-L", socket, "kill-server"], capture_output=True, env=outside_tmux()
        )


def gone(pid: int) -> bool:
    """The process has ended: no such process, or a zombie not yet reaped (it runs no more)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return True
    except OSError:  # no /proc: ask the kernel whether the pid still exists
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        return False
    return stat.rsplit(")", 1)[1].split()[0] == "Z"


def test_a_drill_killed_mid_game_keeps_every_answer_graded_before(tmp_path: Path) -> None:
    db = tmp_path / "class.sqlite3"
    answers = ["xyzzy", "plugh", "frotz"]  # wrong whatever is asked, so each says "You said:"
    command = [sys.executable, "-m", "newsquiz", "drill", str(TINY_PACK), "--db", str(db)]
    with terminal(command, tmp_path) as term:
        term.wait_for("needed for a drill")  # the start screen, its name box empty
        term.type("Kim")
        term.press("Enter")
        for number, typed in enumerate(answers, start=1):
            term.wait_for(f"Question {number} ·")
            term.type(typed)
            term.press("Enter")
            term.wait_for(f"You said: {typed}")  # its verdict
            if number < len(answers):
                term.press("Enter")
        # The third verdict is on the screen: kill the game, and all it started, at once.
        pid = term.pid()
        os.killpg(os.getpgid(pid), signal.SIGKILL)
        deadline = time.monotonic() + DEADLINE_SECONDS
        while not gone(pid) and time.monotonic() < deadline:
            time.sleep(POLL_SECONDS)
        assert gone(pid), "the game outlived SIGKILL"

    with open_store(db) as store:
        stored = store.answers()
    assert [(a.player, a.answer, a.verdict) for a in stored] == [
        ("Kim", typed, "incorrect") for typed in answers
    ]
