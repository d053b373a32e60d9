"""One game process per browser tab, all recording to the same store."""

from __future__ import annotations

import os
import shlex
import sys
from dataclasses import dataclass, field
from pathlib import Path

from newsquiz.store.location import ENV_VAR as DB_ENV_VAR
from newsquiz.web.limits import ServeLimits

TEMPLATES = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class ServeOptions:
    pack: str
    host: str = "127.0.0.1"
    port: int = 8000
    count: int | None = None
    seed: int | None = None
    time_limit: float | None = None
    group: str | None = None
    db: str | None = None
    public_url: str | None = None
    limits: ServeLimits = field(default_factory=ServeLimits)


def game_command(options: ServeOptions) -> str:
    """The shell command textual-serve runs for each tab: a drill on the pack."""
    words = [
        sys.executable,
        "-m",
        "newsquiz",
        "drill",
        str(Path(options.pack).resolve()) if Path(options.pack).exists() else options.pack,
    ]
    if options.count is not None:
        words += ["--count", str(options.count)]
    if options.seed is not None:
        words += ["--seed", str(options.seed)]
    if options.time_limit is not None:
        words += ["--time", f"{options.time_limit:g}"]
    if options.group:
        words += ["--group", options.group]
    # The store's location (a URL may hold a password) goes in the environment, never on
    # a command line that `ps` shows every user: see `game_environment`.
    return shlex.join(words)


def game_environment(options: ServeOptions) -> dict[str, str]:
    """What each tab's game adds to its environment: where its answers go."""
    return {DB_ENV_VAR: options.db} if options.db else {}


def share_address(options: ServeOptions) -> str:
    if options.public_url:
        return options.public_url
    host = options.host
    if host in ("0.0.0.0", "::"):
        import socket

        host = socket.gethostbyname(socket.gethostname())
    return f"http://{host}:{options.port}"


class ServeUnavailableError(Exception):
    """textual-serve is not installed."""


def serve(options: ServeOptions) -> None:
    try:
        from newsquiz.web.guarded import GuardedServer
    except ImportError as err:
        raise ServeUnavailableError(
            "serving needs textual-serve: pip install 'newsquiz[web]'"
        ) from err

    os.environ.update(game_environment(options))  # each tab's game inherits it
    server = GuardedServer(
        game_command(options),
        limits=options.limits,
        host=options.host,
        port=options.port,
        title="newsquiz",
        public_url=share_address(options),
        templates_path=str(TEMPLATES),
    )
    server.serve()
