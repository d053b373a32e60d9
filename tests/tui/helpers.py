"""Driving the game headless: a fake clock, and reading what the screen shows."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypedDict, Unpack
from xml.etree import ElementTree

import pytest
from rich.cells import cell_len
from rich.text import Text
from tests.support.clock import FakeClock
from textual.app import App
from textual.geometry import Region
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Static

from newsquiz.pack import Pack, load_pack
from newsquiz.tui.app import NewsQuizApp
from newsquiz.tui.launch import make_app
from newsquiz.tui.recording import Results

TINY_PACK = Path(__file__).parent / "packs" / "tiny"
SIZE = (80, 24)
_SVG = "{http://www.w3.org/2000/svg}"
_ROW = re.compile(r"-line-(\d+)\)$")  # each run of text is clipped to its row
__all__ = ["SIZE", "FakeClock"]  # FakeClock, the one clock every test moves by hand


def tiny_pack() -> Pack:
    return load_pack(TINY_PACK)


class GameOptions(TypedDict, total=False):
    """make_app's keywords a test may give (the clock and the cursor are the helpers')."""

    player: str
    group: str
    open_book: bool
    drill: bool
    fact_check: bool
    review: bool
    seed: int | None
    count: int | None
    time_limit: float | None
    tries: int
    results: Results | None


def game(
    pack: Pack | None, clock: FakeClock | None = None, **options: Unpack[GameOptions]
) -> NewsQuizApp:
    """The app as the CLI builds it, with a fake clock and no cursor blinking."""
    return make_app(pack, clock=clock or FakeClock(), cursor_blink=False, **options)


def screen_lines(app: App[Any]) -> list[str]:
    """The terminal as the player sees it, one string per row (styles dropped).

    Read through Textual's public screenshot (an SVG of the screen, with any screens below
    a dialog): each run of text is placed at its row and column; blank runs are not drawn.
    """
    height = app.size.height
    rows: list[list[tuple[int, str]]] = [[] for _ in range(height)]
    for run in ElementTree.fromstring(app.export_screenshot()).iter(f"{_SVG}text"):
        row = _ROW.search(run.get("clip-path", ""))
        if row is None:
            continue  # the window's title, not the terminal
        text = (run.text or "").replace("\xa0", " ")
        cell_width = float(run.get("textLength", "0")) / len(text)
        rows[int(row.group(1))].append((round(float(run.get("x", "0")) / cell_width), text))
    lines = []
    for runs in rows:
        line, at = "", 0
        for column, text in sorted(runs):
            line += " " * (column - at) + text
            at = column + cell_len(text)
        lines.append(line.rstrip())
    return lines


def screen_text(app: App[Any]) -> str:
    """The whole terminal as the player sees it, its rows joined by line breaks."""
    return "\n".join(screen_lines(app))


def shown_text(widget: Widget, *, content_only: bool = False) -> str:
    """What a widget shows on screen now: the rows and columns of the terminal it covers
    (`content_only`: inside its border and padding)."""
    area = widget.content_region if content_only else widget.region
    region = area.intersection(Region(0, 0, *widget.app.size))
    rows = screen_lines(widget.app)[region.y : region.bottom]
    return "\n".join(row[region.x : region.right].rstrip() for row in rows)


def notices(app: App[Any]) -> list[str]:
    """The notifications on screen now (Textual's toasts), each as the player reads it,
    its lines joined by single spaces. Textual shows them in `run_test(notifications=True)`."""
    return [
        " ".join(shown_text(toast, content_only=True).split())
        for toast in app.screen.query("Toast")
    ]


def static_text(app: NewsQuizApp, selector: str) -> Text:
    """The Text a Static was given (to check highlighted spans)."""
    content = app.screen.query_one(selector, Static).content
    assert isinstance(content, Text), f"{selector} holds {type(content).__name__}, not Text"
    return content


async def type_answer(
    pilot: Pilot[None], typed: str, *, keystrokes: bool = False, taken: bool = True
) -> None:
    """Fill the focused input and press Enter; `keystrokes` types it key by key (slower).

    Then wait until the game has taken it: the input has let go of the keyboard (the
    question shows its verdict, the chooser its pack). `taken=False` when it must not
    (a path to no pack): the caller waits for what it expects instead.
    """
    focused = pilot.app.focused
    assert isinstance(focused, Input), f"expected an input to type into, not {focused}"
    if keystrokes:
        for char in typed:
            await pilot.press(char if char != " " else "space")
    else:
        focused.value = typed
    await pilot.press("enter")
    if taken:
        await until(pilot, lambda: pilot.app.focused is not focused, f"{typed!r} taken")
    else:
        await pilot.pause()


async def until(
    pilot: Pilot[None], condition: Callable[[], bool], what: str, *, rounds: int = 200
) -> None:
    """Let the app work until `condition()` holds; fail naming `what` if it never does.

    A key reaches its effect through several queues (app, screen, focused widget, then the
    messages it posts, bubbling up to the app), and `pilot.pause()` waits for one round of
    them plus a moment of CPU idleness that a loaded machine may fake. So wait for the
    outcome itself, one round at a time.
    """
    for _ in range(rounds):
        if condition():
            return
        await pilot.pause()
    raise AssertionError(f"the game never got to: {what}")


async def until_showing(pilot: Pilot[None], screen_type: type[Screen[Any]]) -> None:
    """Wait until `screen_type` is the current screen and has finished mounting."""
    app = pilot.app
    await until(
        pilot,
        lambda: isinstance(app.screen, screen_type) and app.screen.is_mounted,
        f"a mounted {screen_type.__name__}",
    )


def capture_launch(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The options a command builds its game with, as if on a terminal; the game itself is
    not run (`"run"` says whether the command would have run it)."""
    options: dict[str, Any] = {"run": False}

    class NotRun:
        return_code = 0

        def run(self) -> None:
            options["run"] = True

    def capture(pack: object, **given: Any) -> NotRun:
        options.update(given)
        return NotRun()

    monkeypatch.setattr("newsquiz.tui.launch.make_app", capture)
    monkeypatch.setattr("newsquiz.commands.common.output_is_terminal", lambda: True)
    return options
