"""The chooser says how many of each pack's facts are due for review for the player (issue 17).

The game stamps answers with the real time; the app counts what is due at a moment the test
holds, moved past a missed fact's due time (ten minutes after the miss) by hand, so nothing
depends on how fast the machine plays the round.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

import pytest
from textual.widgets import OptionList

from newsquiz.store.base import utc_now
from newsquiz.tui.app import NewsQuizApp
from newsquiz.tui.launch import make_app
from newsquiz.tui.recording import results_at
from newsquiz.tui.screens.chooser import PackChooserScreen
from newsquiz.tui.screens.end import EndScreen
from newsquiz.tui.screens.question import QuestionScreen
from newsquiz.tui.screens.start import StartScreen

from .helpers import (
    SIZE,
    TINY_PACK,
    FakeClock,
    screen_text,
    tiny_pack,
    type_answer,
    until,
    until_showing,
)
from .test_library_progress import TODAY, earlier_game, record


class Moment:
    """The app's `now`, moved by the test."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def games_read(chooser: PackChooserScreen) -> bool:
    return chooser.progress is not None


def tiny_line(app: NewsQuizApp) -> str:
    """The tiny pack's two lines in the chooser, as its prompt holds them."""
    chooser = app.screen
    assert isinstance(chooser, PackChooserScreen)
    index = [entry.folder_name for entry in chooser.entries].index("tiny")
    return str(chooser.query_one("#packs", OptionList).get_option_at_index(index).prompt)


async def test_a_missed_fact_shows_as_due_once_its_time_has_come(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSQUIZ_PACKS", str(TINY_PACK.parent))
    now = Moment(utc_now())
    app = make_app(
        None,
        player="Ana",
        clock=FakeClock(),
        cursor_blink=False,
        results=results_at(str(tmp_path / "results.sqlite3")),
        now=now,
    )
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await until_showing(pilot, PackChooserScreen)
        await until(pilot, lambda: "5 questions" in tiny_line(app), "the pack described")
        assert "due" not in tiny_line(app)  # nothing played yet
        chooser = app.screen
        assert isinstance(chooser, PackChooserScreen)
        packs = chooser.query_one("#packs", OptionList)
        packs.highlighted = [e.folder_name for e in chooser.entries].index("tiny")
        await pilot.press("enter")
        await until_showing(pilot, StartScreen)
        await pilot.press("enter")
        await until_showing(pilot, QuestionScreen)
        for typed in ["7 to 2", "$3 million", "b", "Ines Carvalho", "zzz"]:  # the last missed
            await type_answer(pilot, typed)
            await pilot.press("enter")
        await until_showing(pilot, EndScreen)
        await app.records_settled()

        async def to_the_chooser() -> None:
            await pilot.press("escape")  # from the pack's start screen: other packs
            await until_showing(pilot, PackChooserScreen)

        await pilot.press("n")
        await until_showing(pilot, StartScreen)
        await to_the_chooser()
        await until(pilot, lambda: "best 4/5" in tiny_line(app), "the game read back")
        assert "due" not in tiny_line(app)  # the miss comes back ten minutes after it
        now.at = utc_now() + timedelta(minutes=11)
        await pilot.press("enter")  # the tiny pack, still highlighted
        await until_showing(pilot, StartScreen)
        await to_the_chooser()
        await until(pilot, lambda: "1 due" in tiny_line(app), "the missed fact due")
        assert "5 questions · yours · 1 due · best 4/5 · played" in tiny_line(app)
        assert "1 due · best 4/5" in screen_text(app)


async def test_the_count_is_the_players_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Ana missed two facts yesterday; Bo, in the same database, has played nothing.
    monkeypatch.setenv("NEWSQUIZ_PACKS", str(TINY_PACK.parent))
    database = tmp_path / "class.sqlite3"
    record(database, earlier_game(tiny_pack(), 3, day=TODAY - timedelta(days=1), run_id="a"))
    now = Moment(datetime(TODAY.year, TODAY.month, TODAY.day, 9, tzinfo=UTC))
    for player, due in [("Ana", "2 due · best 3/5 · played yesterday"), ("Bo", "")]:
        app = make_app(
            None,
            player=player,
            clock=FakeClock(),
            cursor_blink=False,
            results=results_at(str(database)),
            today=lambda: TODAY,
            now=now,
        )
        async with app.run_test(size=SIZE) as pilot:
            await until_showing(pilot, PackChooserScreen)
            chooser = app.screen
            assert isinstance(chooser, PackChooserScreen)
            await until(pilot, partial(games_read, chooser), f"{player}'s games read")
            await pilot.pause()
            line = tiny_line(app).splitlines()[1]
            assert line.endswith(f"5 questions · yours{' · ' * bool(due)}{due}"), line
