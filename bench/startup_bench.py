"""Start-up figures: `newsquiz --help`, and `newsquiz play` to its first screen
beside a bare Textual app started the same way.

Run: python bench/startup_bench.py [--runs N]
"First screen ready" is the moment a marker text appears in what the app writes
to a pseudo-terminal: "Hello" for the bare app; for newsquiz the pack's title and
then the footer's "palette", on the bottom row, so the whole start screen has been
received, not only its first lines.
Target: newsquiz play within 1.3x of the bare Textual app.

Both run as a user runs them: the `newsquiz` console script of this environment,
with newsquiz's bytecode compiled (as `pip install` does; an editable install
under PYTHONDONTWRITEBYTECODE would otherwise recompile it on every run). The
pack cache lives in a fresh folder: "first play" empties it before every run,
"played before" fills it once.
"""

from __future__ import annotations

import argparse
import compileall
import os
import pty
import select
import signal
import statistics
import subprocess
import sys
import tempfile
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


def time_to_marker(
    command: list[str], marker: bytes, timeout: float = 20.0, env: dict[str, str] | None = None
) -> float:
    """Seconds from spawning `command` in an 80x24 pty until `marker` is drawn."""
    leader, follower = pty.openpty()
    os.set_blocking(leader, False)
    env = dict(env or os.environ, TERM="xterm-256color", COLUMNS="80", LINES="24")
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
                flat = seen.replace(b"\x1b[", b"").replace(b" ", b"")
                if all(part in flat for part in marker.split(b"|")):
                    return time.perf_counter() - start
        raise RuntimeError(f"{marker!r} never appeared from {command}")
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        os.close(leader)


def interleaved(
    runs: int, trials: dict[str, tuple[list[str], bytes, dict[str, str]]]
) -> dict[str, float]:
    """Median seconds of each trial, run in turn so that a busy moment hits them all alike."""
    times: dict[str, list[float]] = {name: [] for name in trials}
    for run in range(runs):
        for name, (command, marker, env) in trials.items():
            if name == "cold":  # a pack never played before: an empty cache every run
                env = dict(env, NEWSQUIZ_CACHE_DIR=f"{env['NEWSQUIZ_CACHE_DIR']}-{run}")
            times[name].append(time_to_marker(command, marker, env=env))
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pack", default="austin-shoigu-call")
    args = parser.parse_args()
    python = sys.executable
    newsquiz = str(Path(python).parent / "newsquiz")
    import newsquiz as package

    compileall.compile_dir(Path(package.__file__).parent, quiet=1)
    help_times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run([newsquiz, "--help"], check=True, capture_output=True)
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
    title = load_pack(found).title.split()[0].encode() + b"|palette"
    play = [newsquiz, "play", args.pack]
    with tempfile.TemporaryDirectory(prefix="newsquiz-bench-") as folder:
        warm = dict(os.environ, NEWSQUIZ_CACHE_DIR=str(Path(folder) / "warm"))
        cold = dict(os.environ, NEWSQUIZ_CACHE_DIR=str(Path(folder) / "cold"))
        time_to_marker(play, title, env=warm)  # fills the cache
        medians = interleaved(
            args.runs,
            {
                "bare": ([python, "-c", BARE_APP], b"Hello", dict(os.environ)),
                "warm": (play, title, warm),
                "cold": (play, title, cold),
            },
        )
    bare = medians["bare"]
    print(f"Start-up, median of {args.runs} runs:")
    print(row("python -c pass (baseline)", statistics.median(bare_python)))
    print(row("newsquiz --help", statistics.median(help_times), statistics.median(bare_python)))
    print(row("bare Textual app to first screen (baseline)", bare))
    print(row("newsquiz play, pack played before", medians["warm"], bare, target=1.3))
    print(row("newsquiz play, first play of a pack", medians["cold"], bare))


if __name__ == "__main__":
    main()
