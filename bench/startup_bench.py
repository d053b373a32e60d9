"""Start-up figures: `newsquiz --help`, and `newsquiz play` to its first screen
beside a bare Textual app started the same way.

Run: python bench/startup_bench.py [--runs N]
"First screen ready" is the moment a marker text (the pack title; "Hello" for
the bare app) appears in what the app writes to a pseudo-terminal.
Target: newsquiz play within 1.3x of the bare Textual app.
"""

from __future__ import annotations

import argparse
import os
import pty
import select
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _timing import row

BARE_APP = """
from textual.app import App
from textual.widgets import Static

class Bare(App[None]):
    def compose(self):
        yield Static("Hello")

Bare().run()
"""


def time_to_marker(command: list[str], marker: bytes, timeout: float = 20.0) -> float:
    """Seconds from spawning `command` in an 80x24 pty until `marker` is drawn."""
    leader, follower = pty.openpty()
    os.set_blocking(leader, False)
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="80", LINES="24")
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdin=follower, stdout=follower, stderr=follower, env=env, start_new_session=True
    )
    os.close(follower)
    seen = b""
    try:
        while time.perf_counter() - start < timeout:
            ready, _, _ = select.select([leader], [], [], 0.05)
            if ready:
                try:
                    seen += os.read(leader, 65536)
                except OSError:
                    break
                # Textual may split a word with cursor moves; compare on plain letters.
                if marker in seen.replace(b"\x1b[", b"").replace(b" ", b""):
                    return time.perf_counter() - start
        raise RuntimeError(f"{marker!r} never appeared from {command}")
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        os.close(leader)


def median_of(runs: int, command: list[str], marker: bytes) -> float:
    return statistics.median(time_to_marker(command, marker) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pack", default="austin-shoigu-call")
    args = parser.parse_args()
    python = sys.executable
    help_times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run([python, "-m", "newsquiz", "--help"], check=True, capture_output=True)
        help_times.append(time.perf_counter() - start)
    bare_python = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run([python, "-c", "pass"], check=True)
        bare_python.append(time.perf_counter() - start)

    from newsquiz.library import find_pack
    from newsquiz.pack import load_pack

    found = find_pack(args.pack)
    if found is None:
        raise SystemExit(f"no pack {args.pack}")
    title = load_pack(found).title.split()[0].encode()
    bare = median_of(args.runs, [python, "-c", BARE_APP], b"Hello")
    ours = median_of(args.runs, [python, "-m", "newsquiz", "play", args.pack], title)
    print(f"Start-up, median of {args.runs} runs:")
    print(row("python -c pass (baseline)", statistics.median(bare_python)))
    print(row("newsquiz --help", statistics.median(help_times), statistics.median(bare_python)))
    print(row("bare Textual app to first screen (baseline)", bare))
    print(row("newsquiz play to first screen", ours, bare, target=1.3))


if __name__ == "__main__":
    main()
