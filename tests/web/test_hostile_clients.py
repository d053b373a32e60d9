"""`newsquiz serve` against hostile websocket clients: a flood of keystrokes, a giant
terminal, too many sockets, a page from another site. The server's games stay small, and
another student still plays."""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from .serve_process import serving

if TYPE_CHECKING:
    import aiohttp
else:
    aiohttp = pytest.importorskip("aiohttp")
pytest.importorskip("textual_serve")

ANSI = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")
# A game at rest is well under this; the attacks reported took one to 385 MB and 2.1 GB.
GAME_MEMORY_BOUND_MB = 250


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, int]]:
    limits = ("--max-games", "4", "--max-games-per-client", "3")
    with serving(tmp_path / "class.db", *limits) as (port, process):
        yield f"ws://127.0.0.1:{port}/ws", process.pid


def games_of(server_pid: int) -> dict[int, float]:
    """The server's game processes (its descendants running newsquiz drill): pid → RSS MB."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    found: dict[int, float] = {}
    stack = list(children.get(server_pid, []))
    while stack:
        pid = stack.pop()
        stack.extend(children.get(pid, []))
        try:
            command = (Path("/proc") / str(pid) / "cmdline").read_bytes()
            status = (Path("/proc") / str(pid) / "status").read_text()
        except OSError:
            continue
        if command.startswith(b"/bin/sh"):
            continue  # the shell textual-serve starts each game with
        if b"drill" in command:
            rss = re.search(r"VmRSS:\s+(\d+) kB", status)
            found[pid] = int(rss.group(1)) / 1024 if rss else 0.0
    return found


async def screen_text(ws: aiohttp.ClientWebSocketResponse, wanted: str) -> str:
    """Read what the game draws until `wanted` shows (the game is up and answering)."""
    seen = ""
    deadline = time.monotonic() + 90
    while wanted not in ANSI.sub("", seen):
        assert time.monotonic() < deadline, f"never drew {wanted!r}"
        message = await ws.receive(timeout=90)
        if message.type == aiohttp.WSMsgType.BINARY:
            seen += message.data.decode("utf-8", "replace")
        elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED):
            raise AssertionError(f"closed before drawing {wanted!r}")
    return seen


async def drain(ws: aiohttp.ClientWebSocketResponse) -> None:
    """Keep reading what the game draws (a client that stops reading is another attack)."""
    try:
        while not ws.closed:
            await ws.receive()
    except (asyncio.CancelledError, aiohttp.ClientError):
        pass


async def test_hostile_clients_leave_the_server_small_and_other_students_playing(
    server: tuple[str, int],
) -> None:
    url, server_pid = server
    async with aiohttp.ClientSession() as http:
        # A page from another site may not open a game.
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await http.ws_connect(url, headers={"Origin": "http://evil.example"})
        assert refused.value.status == 403

        # One computer: three games at most; the fourth socket is refused.
        hostile = [await http.ws_connect(url + "?width=20000&height=20000") for _ in range(3)]
        await screen_text(hostile[0], "Two ministers speak")
        readers = [asyncio.create_task(drain(ws)) for ws in hostile[1:]]
        with pytest.raises(aiohttp.WSServerHandshakeError) as too_many:
            await http.ws_connect(url)
        assert too_many.value.status == 429

        # A megabyte of keystrokes and a giant terminal.
        flood = json.dumps(["stdin", "a" * 10_000])
        for _ in range(100):
            await hostile[0].send_str(flood)
        await screen_text(hostile[0], "a" * 30)  # the flooded game is alive, typing its name
        readers.append(asyncio.create_task(drain(hostile[0])))
        await hostile[1].send_str(json.dumps(["resize", {"width": 20_000, "height": 20_000}]))
        await hostile[2].send_str(json.dumps(["resize", {"width": "wide", "height": None}]))
        await hostile[2].send_str("[[[[[[not json")
        # One message over the limit closes that socket only.
        await hostile[2].send_str(json.dumps(["stdin", "b" * 200_000]))

        # Another student, on another computer (another loopback address), still plays.
        other_computer = aiohttp.TCPConnector(local_addr=("127.0.0.2", 0))
        async with aiohttp.ClientSession(connector=other_computer) as elsewhere:
            student = await elsewhere.ws_connect(url + "?width=100&height=30")
            await screen_text(student, "Two ministers speak")
            await student.send_str(json.dumps(["stdin", "Ana"]))
            await screen_text(student, "Ana")
            memory = games_of(server_pid)
            await student.close()
        assert 3 <= len(memory) <= 4, memory  # the hostile tabs (one may be closing), a student
        assert max(memory.values()) < GAME_MEMORY_BOUND_MB, memory

        for ws in hostile:
            await ws.close()
        for reader in readers:
            reader.cancel()

    # Every game ends with its socket, even the one that was flooded.
    deadline = time.monotonic() + 60
    while games_of(server_pid):
        assert time.monotonic() < deadline, f"games left running: {games_of(server_pid)}"
        await asyncio.sleep(0.2)  # polling real processes, not timing the code under test
