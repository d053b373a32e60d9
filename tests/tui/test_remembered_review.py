"""Review is never the mode a run starts in: a player who last reviewed opens a pack (one
they never played, where a review has nothing to ask) in the mode they played in before,
and Enter plays it."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import Input

from newsquiz.tui.recording import results_at
from newsquiz.tui.screens.question import QuestionScreen
from newsquiz.tui.screens.start import StartScreen
from newsquiz.tui.widgets.mode_list import ModeList

from .helpers import SIZE, game, notices, tiny_pack, until, until_showing


def chosen_mode(screen: object) -> str:
    assert isinstance(screen, StartScreen)
    return screen.chosen_mode()


async def test_a_review_leaves_the_mode_played_before_to_start_in(
    own_settings: Path, tmp_path: Path
) -> None:
    first = game(tiny_pack())
    async with first.run_test(size=SIZE) as pilot:
        await until_showing(pilot, StartScreen)
        first.screen.query_one("#player", Input).value = "Ana"
        first.screen.query_one("#mode", ModeList).focus()
        await pilot.press("down")  # Open book
        await pilot.press("ctrl+s")
        await until_showing(pilot, QuestionScreen)
    # A review of a pack never played: it has nothing to ask, and says so.
    reviewed = game(tiny_pack(), results=results_at(str(tmp_path / "new.sqlite3")))
    async with reviewed.run_test(size=SIZE, notifications=True) as pilot:
        await until_showing(pilot, StartScreen)
        reviewed.screen.query_one("#mode", ModeList).focus()
        await pilot.press("down")  # Review, right after Open book
        assert chosen_mode(reviewed.screen) == "review"
        await pilot.press("ctrl+s")
        await until(
            pilot,
            lambda: any("play it first" in notice for notice in notices(reviewed)),
            "the notice that a pack never played has nothing to review",
        )
    saved = json.loads(own_settings.read_text(encoding="utf-8"))
    assert (saved["player"], saved["mode"]) == ("Ana", "open")
    # The next pack opens in Open book, and Enter plays it.
    again = game(tiny_pack(), results=results_at(str(tmp_path / "other.sqlite3")))
    async with again.run_test(size=SIZE) as pilot:
        await until_showing(pilot, StartScreen)
        assert chosen_mode(again.screen) == "open"
        await pilot.press("enter")
        await until_showing(pilot, QuestionScreen)


async def test_a_review_remembered_by_an_earlier_version_is_not_where_a_run_starts(
    own_settings: Path,
) -> None:
    own_settings.parent.mkdir(parents=True, exist_ok=True)
    own_settings.write_text(json.dumps({"player": "Ana", "mode": "review"}), encoding="utf-8")
    app = game(tiny_pack())
    async with app.run_test(size=SIZE) as pilot:
        await until_showing(pilot, StartScreen)
        assert chosen_mode(app.screen) == "closed"
        await pilot.press("enter")
        await until_showing(pilot, QuestionScreen)
