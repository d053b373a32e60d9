"""`newsquiz serve` as a real process for the web tests: started, listened for, killed."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.support.ports import free_port

PACK = Path(__file__).parent / "pack"


@contextmanager
def serving(db: Path, *options: str) -> Iterator[tuple[int, subprocess.Popen[bytes]]]:
    """The test pack served on a free port, recording to `db`; (port, process)."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "newsquiz", "serve", str(PACK), "--port", str(port), *options],
        env={**os.environ, "NEWSQUIZ_DB": str(db)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                break
        if process.poll() is not None:
            raise RuntimeError(process.stdout.read().decode() if process.stdout else "serve died")
        time.sleep(0.1)  # waiting for a real server to listen, not for the code under test
    try:
        yield port, process
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
