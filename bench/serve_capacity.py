"""How many students one machine serves: `newsquiz serve` under N concurrent players.

Run: python bench/serve_capacity.py [--players 5,10,20,40] [--answers 5]

Starts `newsquiz serve` on a free local port for each N, then drives N browser
sessions the way textual-serve's page does (one websocket each: resize, stdin),
each typing a name and answering the drill's questions. Prints, per N: memory
per game process (PSS and RSS), the time from a submitted answer to its verdict
arriving on the page (median and 95th percentile), and answers recorded vs sent.
The baseline row is one player alone (N = 1) in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import re
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

from newsquiz.drill import plan_drill
from newsquiz.library import find_pack
from newsquiz.pack import load_pack

ANSI = re.compile(
    r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[PX^_].*?\x1b\\|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]"
)
VERDICT = re.compile(r"✓Correct|✓Closeenough|✗Wrong|Partlyright")
SEED = 11


@dataclass
class Player:
    name: str
    rng: random.Random
    latencies: list[float] = field(default_factory=list)
    sent: int = 0
    error: str | None = None


def _squash(text: str) -> str:
    return text.replace(" ", "")


class Page:
    """The text a browser page has been sent, ANSI stripped and squashed, kept as it arrives."""

    def __init__(self) -> None:
        self.text = ""
        self.changed = asyncio.Event()

    def feed(self, data: bytes) -> None:
        # Textual writes whole updates per message, so escape sequences do not straddle them.
        self.text += _squash(ANSI.sub("", data.decode("utf-8", "replace")))
        self.changed.set()

    def mark(self) -> int:
        return len(self.text)

    def since(self, mark: int) -> str:
        return self.text[mark:]

    async def wait_for(
        self, pattern: re.Pattern[str] | str, mark: int = 0, timeout: float = 60
    ) -> None:
        deadline = time.monotonic() + timeout
        while not re.search(pattern, self.since(mark)):
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"never saw {pattern!r}")
            self.changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.changed.wait(), left)

    async def settle(self, quiet: float = 0.15) -> None:
        """Wait until the page has been sent nothing for `quiet` seconds."""
        while True:
            self.changed.clear()
            try:
                await asyncio.wait_for(self.changed.wait(), quiet)
            except TimeoutError:
                return


async def play(
    url: str, player: Player, answers: list[tuple[str, str]], think: tuple[float, float]
) -> None:
    """One student: a name, then each (question, answer), typed once the question shows."""
    page = Page()
    async with (
        aiohttp.ClientSession() as http,
        http.ws_connect(f"{url}/ws?width=80&height=24") as ws,
    ):

        async def receive() -> None:
            async for message in ws:
                if message.type == aiohttp.WSMsgType.BINARY:
                    page.feed(message.data)

        reader = asyncio.create_task(receive())
        try:
            await ws.send_str(json.dumps(["resize", {"width": 80, "height": 24}]))
            await page.wait_for(r"Start")
            await ws.send_str(json.dumps(["stdin", player.name + "\r"]))
            shown_from = page.mark()
            for question, typed in answers:
                # Like a student, type only once the question is on screen, after a thought.
                await page.wait_for(re.escape(_squash(question)[:40]), shown_from)
                await page.settle()
                await asyncio.sleep(player.rng.uniform(*think))
                mark = page.mark()
                started = time.perf_counter()
                await ws.send_str(json.dumps(["stdin", typed + "\r"]))
                player.sent += 1
                await page.wait_for(VERDICT, mark)
                player.latencies.append(time.perf_counter() - started)
                await page.settle()
                shown_from = page.mark()
                await ws.send_str(json.dumps(["stdin", "\r"]))
        except Exception as err:  # a bench reports failures, it does not stop on them
            player.error = f"{type(err).__name__}: {err} after {player.sent} sent; page ends {page.text[-300:]!r}"
        finally:
            reader.cancel()


def _children(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    found, frontier = [], [root]
    while frontier:
        parent = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == parent:
                found.append(pid)
                frontier.append(pid)
    return found


def game_memory(serve_pid: int) -> tuple[float, float, int]:
    """Mean PSS and RSS (MB) of the game processes under the server, and their count."""
    pss, rss = [], []
    for pid in _children(serve_pid):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
            if b"newsquiz" not in cmdline or b"drill" not in cmdline or b"sh\x00-c" in cmdline:
                continue
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue
        values = {line.split(":")[0]: int(line.split()[1]) for line in rollup.splitlines()[1:]}
        pss.append(values["Pss"] / 1024)
        rss.append(values["Rss"] / 1024)
    if not pss:
        return 0.0, 0.0, 0
    return statistics.mean(pss), statistics.mean(rss), len(pss)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


async def run_level(
    pack_path: Path,
    players: int,
    answers: list[tuple[str, str]],
    folder: Path,
    think: tuple[float, float],
) -> str:
    port = free_port()
    db = folder / f"class-{players}-{'burst' if think == (0.0, 0.0) else 'classroom'}.db"
    server = subprocess.Popen(
        [sys.executable, "-m", "newsquiz", "serve", str(pack_path), "--port", str(port),
         "--seed", str(SEED), "--count", str(len(answers)), "--group", "bench", "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip
    try:
        for _ in range(300):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            await asyncio.sleep(0.1)
        url = f"http://127.0.0.1:{port}"
        everyone = [Player(f"student{i}", random.Random(i)) for i in range(players)]
        memory: tuple[float, float, int] = (0.0, 0.0, 0)

        async def sample_memory() -> None:
            nonlocal memory
            while True:
                await asyncio.sleep(1.0)
                reading = game_memory(server.pid)
                if reading[2] >= memory[2]:
                    memory = reading

        sampler = asyncio.create_task(sample_memory())
        started = time.perf_counter()
        await asyncio.gather(*(play(url, p, answers, think) for p in everyone))
        wall = time.perf_counter() - started
        sampler.cancel()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait()
    latencies = sorted(t for p in everyone for t in p.latencies)
    sent = sum(p.sent for p in everyone)
    with sqlite3.connect(db) as connection:
        recorded = connection.execute("SELECT count(*) FROM answers").fetchone()[0]
    errors = [p.error for p in everyone if p.error]
    median = statistics.median(latencies) * 1000 if latencies else float("nan")
    p95 = latencies[max(0, int(len(latencies) * 0.95) - 1)] * 1000 if latencies else float("nan")
    line = (
        f"  N={players:<3} {memory[0]:6.1f} MB PSS {memory[1]:6.1f} MB RSS ({memory[2]} games)"
        f"   verdict median {median:6.0f} ms  p95 {p95:6.0f} ms   recorded {recorded}/{sent}"
        f"   wall {wall:5.1f} s"
    )
    if errors:
        line += f"   errors {len(errors)}: {errors[0]}"
    return line


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--players", default="5,10,20,40")
    parser.add_argument("--answers", type=int, default=5)
    parser.add_argument(
        "--think", default="2-8", help="seconds a classroom player thinks, LOW-HIGH"
    )
    parser.add_argument("--pack", default="austin-shoigu-call")
    args = parser.parse_args()
    found = find_pack(args.pack)
    if found is None:
        raise SystemExit(f"no pack {args.pack}")
    pack = load_pack(found)
    answers = [
        (q.question, q.expected) for q in plan_drill(pack.questions, count=args.answers, seed=SEED)
    ]
    levels = [int(n) for n in args.players.split(",")]
    low, _, high = args.think.partition("-")
    classroom = (float(low), float(high or low))
    print(f"newsquiz serve capacity on {os.cpu_count()} cores, {args.answers} answers per player.")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for label, think in (
            (f"classroom: {args.think} s to think before each answer", classroom),
            ("burst: every player presses Enter at the same moment", (0.0, 0.0)),
        ):
            print(label)
            alone = asyncio.run(run_level(found, 1, answers, folder, think))
            print(alone + "   (baseline: one player)")
            for players in levels:
                print(asyncio.run(run_level(found, players, answers, folder, think)), flush=True)


if __name__ == "__main__":
    main()
