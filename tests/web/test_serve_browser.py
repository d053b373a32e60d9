"""`newsquiz serve` end to end in a real browser: Debian's Chromium driven by Playwright.

The page draws the terminal on a canvas, so what the player sees is read from the
terminal output the page receives over its websocket (ANSI stripped), and kept as
screenshots in test-artifacts/ for people to look at.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsquiz.drill import plan_drill
from newsquiz.pack import load_pack

from .serve_process import PACK, serving

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"
RIGHT = {"call-length": "an hour", "line-date": "March 1st"}
WRONG = {"call-length": "two hours", "line-date": "March 31"}
ANSI = re.compile(
    r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[PX^_].*?\x1b\\|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]"
)

playwright_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium package")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    db = tmp_path / "class.db"
    with serving(db, "--seed", "1", "--group", "9b") as (port, _):
        yield f"http://127.0.0.1:{port}", db


class Screen:
    """What the browser has been sent to show, as plain text."""

    def __init__(self) -> None:
        self.raw = ""

    def receive(self, payload: bytes | str) -> None:
        text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload
        self.raw += text

    @property
    def text(self) -> str:
        return ANSI.sub("", self.raw)

    def mark(self) -> int:
        return len(self.raw)

    def since(self, mark: int) -> str:
        return ANSI.sub("", self.raw[mark:])


def _wait_for(
    page: object, screen: Screen, pattern: str, since: int = 0, timeout: float = 20
) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        seen = screen.since(since)
        if re.search(pattern, seen.replace(" ", "")):
            return seen
        page.wait_for_timeout(100)  # type: ignore[attr-defined]
    raise AssertionError(f"never saw {pattern!r}; last screen text:\n{screen.since(since)[-2000:]}")


def _squash(text: str) -> str:
    return text.replace(" ", "")


def test_a_student_plays_in_the_browser_and_both_answers_are_stored(
    server: tuple[str, Path],
) -> None:
    url, db = server
    order = [q.id for q in plan_drill(load_pack(PACK).questions, seed=1)]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with playwright_api.sync_playwright() as driver:
        browser = driver.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 700})
            screen = Screen()
            page.on("websocket", lambda ws: ws.on("framereceived", screen.receive))
            page.goto(url)
            _wait_for(page, screen, "Twoministersspeak")
            # Where answers go is said, but the server's paths are not the student's business.
            _wait_for(page, screen, "Youranswersgotoyourteacher'sresults")
            page.screenshot(path=str(ARTIFACTS / "1-start.png"))
            assert db.name not in screen.text and str(db.parent) not in screen.text
            page.locator(".xterm-helper-textarea").focus()
            page.keyboard.type("Ana")
            page.keyboard.press("Enter")
            _wait_for(page, screen, "Question1")

            first, second = order
            at = screen.mark()
            page.keyboard.type(RIGHT[first])
            page.keyboard.press("Enter")
            seen = _wait_for(page, screen, "Articleline", since=at)
            page.screenshot(path=str(ARTIFACTS / "2-right.png"))
            assert "Correct" in _squash(seen)
            cited = load_pack(PACK).question(first).citations[0]
            assert f"Articleline{cited.line}" in _squash(seen)
            assert _squash(cited.quote) in _squash(seen)

            page.keyboard.press("Enter")
            _wait_for(page, screen, "Question2", since=at)
            at = screen.mark()
            page.keyboard.type(WRONG[second])
            page.keyboard.press("Enter")
            seen = _wait_for(page, screen, "Articleline", since=at)
            page.screenshot(path=str(ARTIFACTS / "3-wrong.png"))
            assert "Wrong" in _squash(seen)
            cited = load_pack(PACK).question(second).citations[0]
            assert f"Articleline{cited.line}" in _squash(seen)
        finally:
            browser.close()

    deadline = time.monotonic() + 10
    rows: list[tuple[str, str, str, str, str]] = []
    while time.monotonic() < deadline and len(rows) < 2:
        with sqlite3.connect(db) as connection:
            rows = connection.execute(
                "SELECT player, group_name, question_id, answer, verdict FROM answers ORDER BY id"
            ).fetchall()
        time.sleep(0.1)
    assert rows == [
        ("Ana", "9b", first, RIGHT[first], "correct"),
        ("Ana", "9b", second, WRONG[second], "incorrect"),
    ]
