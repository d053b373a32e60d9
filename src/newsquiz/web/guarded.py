"""textual-serve's server with newsquiz's limits on what a browser may ask (see `limits`).

Imported only by `newsquiz serve`, since it needs textual-serve (and its aiohttp).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging

from aiohttp import WSMsgType, web
from textual_serve.app_service import AppService
from textual_serve.server import Server

from newsquiz.web.limits import (
    ClientCount,
    InputBudget,
    ServeLimits,
    same_origin,
    size_from_query,
    terminal_size,
)

log = logging.getLogger("newsquiz.serve")


class BoundedAppService(AppService):
    """A game process that is killed when it does not quit in time (a process stuck on
    a flood of input must not outlive the tab that sent it)."""

    grace_seconds = 10.0

    async def stop(self) -> None:
        try:
            await asyncio.wait_for(super().stop(), self.grace_seconds)
        except TimeoutError:
            process = self._process
            if process is not None and process.returncode is None:
                process.kill()
                await process.wait()


class GuardedServer(Server):
    def __init__(self, command: str, *, limits: ServeLimits, **options: object) -> None:
        super().__init__(command, **options)  # type: ignore[arg-type]
        self.limits = limits
        self.games = ClientCount(limits)

    # A refused client gets a plain HTTP answer (403, 429) instead of a websocket.
    async def handle_websocket(self, request: web.Request) -> web.StreamResponse:  # type: ignore[override]
        limits = self.limits
        if not same_origin(request.headers.get("Origin"), request.host, self.public_url):
            return web.Response(status=403, text="newsquiz: a page from another site")
        client = request.remote or ""
        refusal = self.games.refusal(client)
        if refusal is not None:
            return web.Response(status=429, text=f"newsquiz: {refusal}")
        width, height = size_from_query(
            request.query.get("width"), request.query.get("height"), limits
        )
        websocket = web.WebSocketResponse(heartbeat=15, max_msg_size=limits.max_message_bytes)
        app_service: BoundedAppService | None = None
        self.games.started(client)
        try:
            await websocket.prepare(request)
            app_service = BoundedAppService(
                self.command,
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=websocket.close,  # type: ignore[arg-type]  # as textual-serve passes it
                download_manager=self.download_manager,
                debug=self.debug,
            )
            app_service.grace_seconds = limits.quit_grace_seconds
            await app_service.start(width, height)
            await self._relay(websocket, app_service)
        except asyncio.CancelledError:
            await websocket.close()
        except Exception as error:  # one client's failure must never stop the server
            log.warning("a browser client failed: %s", error)
        finally:
            if app_service is not None:
                await app_service.stop()
            self.games.ended(client)
        return websocket

    async def _relay(self, websocket: web.WebSocketResponse, app_service: AppService) -> None:
        """The browser's messages to the game: only well-formed ones, within the limits."""
        budget = InputBudget(self.limits)
        async for message in websocket:
            if message.type != WSMsgType.TEXT:
                continue
            envelope = _envelope(message.data)
            if envelope is None:
                continue
            kind, data = envelope
            if kind == "stdin" and isinstance(data, str):
                allowed = budget.allow(data.encode("utf-8", "replace"))
                if allowed:  # cut at a character, never inside one
                    await app_service.send_bytes(allowed.decode("utf-8", "ignore").encode("utf-8"))
            elif kind == "resize" and isinstance(data, dict):
                size = terminal_size(data.get("width"), data.get("height"), self.limits)
                if size is not None:
                    await app_service.set_terminal_size(*size)
            elif kind == "ping" and isinstance(data, str) and len(data) <= 64:
                await websocket.send_json(["pong", data])
            elif kind == "blur":
                await app_service.blur()
            elif kind == "focus":
                await app_service.focus()


def _envelope(text: str) -> tuple[str, object] | None:
    """`[kind, data]` as the page sends it; None for anything else."""
    with contextlib.suppress(ValueError, RecursionError):
        envelope = json.loads(text)
        if isinstance(envelope, list) and envelope and isinstance(envelope[0], str):
            return envelope[0], envelope[1] if len(envelope) > 1 else None
    return None
