"""Choosing a pack when none is named: bundled packs, the player's own, or a typed path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import OptionList

from newsquiz.library import PackEntry, closest_pack, describe_packs
from newsquiz.tui.app import NewsQuizApp
from newsquiz.tui.screens.chooser import PackChooserScreen
from newsquiz.tui.screens.help import HelpScreen
from newsquiz.tui.screens.start import StartScreen

from .helpers import (
    SIZE,
    TINY_PACK,
    game,
    screen_text,
    shown_text,
    type_answer,
    until,
    until_showing,
)

WritePack = Callable[..., Path]  # the write_pack fixture of tests/conftest.py

GOOD = """\
format: newsquiz/1
id: my-pack
title: My very own pack
article: {file: article.txt}
questions:
  - id: length
    question: How long did the call last?
    answer: about an hour
    cite: The call lasted about an hour
"""

BROKEN = """\
format: newsquiz/1
id: broken-pack
title: Broken
article: {file: article.txt}
questions:
  - id: length
    question: How long did the call last?
    answer: about an hour
    cite: a sentence that is not in the article
"""


@pytest.fixture
def user_packs(write_pack: WritePack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_pack(GOOD, name="my-pack")
    write_pack(BROKEN, name="broken-pack")
    monkeypatch.setenv("NEWSQUIZ_PACKS", str(tmp_path))
    return tmp_path


def option_index(app: NewsQuizApp, folder: str) -> int:
    screen = app.screen
    assert isinstance(screen, PackChooserScreen)
    return [entry.folder_name for entry in screen.entries].index(folder)


async def test_lists_bundled_and_user_packs_with_their_titles(user_packs: Path) -> None:
    app = game(None)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await until_showing(pilot, PackChooserScreen)
        assert isinstance(app.screen, PackChooserScreen)
        # More packs than fit at 80x24: the arrows scroll the list through every one.
        text = screen_text(app)
        for _ in app.screen.entries:
            await pilot.press("down")
            text += screen_text(app)
        for described in describe_packs():
            if described.entry.source == "bundled":
                # each by its title (a long one cut with an ellipsis), date and questions
                assert described.title[:40] in text
                assert f"{described.questions} questions" in text
        assert "My very own pack" in text
        assert "1 question · yours" in text
        assert "broken-pack" in text and "does not load" in text
        # where the player's own packs go, and how one gets there
        assert "Your own packs:" in text and user_packs.name in text
        assert "Add a pack: `newsquiz new`, or copy a pack folder there." in text


async def test_choosing_a_pack_opens_its_start_screen_and_escape_comes_back(
    user_packs: Path,
) -> None:
    app = game(None)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        app.screen.query_one("#packs", OptionList).highlighted = option_index(app, "my-pack")
        await pilot.press("enter")
        await until_showing(pilot, StartScreen)
        assert isinstance(app.screen, StartScreen)
        assert app.screen.pack.title == "My very own pack"
        assert "My very own pack" in screen_text(app)
        assert "esc Other packs" in screen_text(app).splitlines()[-1]
        await pilot.press("f1")  # help names the key too (above the key bar, which does too)
        await until_showing(pilot, HelpScreen)
        await until(
            pilot,
            lambda: any("Other packs" in line for line in screen_text(app).splitlines()[:-1]),
            "help naming the key",
        )
        await pilot.press("escape")  # closes help
        await pilot.pause()
        await pilot.press("escape")
        await until_showing(pilot, PackChooserScreen)
        assert isinstance(app.screen, PackChooserScreen)


async def test_a_broken_pack_shows_its_problems_and_stays(user_packs: Path) -> None:
    app = game(None)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        app.screen.query_one("#packs", OptionList).highlighted = option_index(app, "broken-pack")
        await pilot.press("enter")
        await until_showing(pilot, PackChooserScreen)
        assert isinstance(app.screen, PackChooserScreen)
        assert app.screen.query_one("#problems-box").display
        text = screen_text(app)
        assert "error:" in text
        assert "[length]" in text  # the question id, shown literally (not eaten as markup)


async def test_a_typed_path_plays_that_pack(tmp_path: Path) -> None:
    app = game(None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab")  # from the pack list to the path input
        await type_answer(pilot, str(TINY_PACK / "pack.yaml"))
        await until_showing(pilot, StartScreen)
        assert isinstance(app.screen, StartScreen)
        assert app.screen.pack.id == "tiny-lighthouse"


async def test_a_typed_path_with_no_pack_says_so(tmp_path: Path) -> None:
    app = game(None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab")  # from the pack list to the path input
        await type_answer(pilot, str(tmp_path / "nowhere"), taken=False)
        await until(pilot, lambda: "No pack at" in screen_text(app), "the problem named")
        assert isinstance(app.screen, PackChooserScreen)


async def test_a_mistyped_pack_name_gets_a_suggestion(user_packs: Path) -> None:
    app = game(None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab")  # from the pack list to the name box
        await type_answer(pilot, "my-pakc", taken=False)
        await until(pilot, lambda: "No pack at" in screen_text(app), "the problem named")
        text = " ".join(screen_text(app).split())
        assert "No pack at `my-pakc`. Did you mean `my-pack`?" in text
        assert isinstance(app.screen, PackChooserScreen)


def test_the_suggestion_is_a_close_spelling_or_the_one_name_holding_what_was_typed() -> None:
    folders = ["chile-four-aftershocks", "china-bandit-king", "austin-shoigu-call"]
    entries = [PackEntry(Path(folder) / "pack.yaml", "bundled") for folder in folders]
    assert closest_pack("austin-shoigu-cal", entries) == "austin-shoigu-call"
    assert closest_pack("Chile", entries) == "chile-four-aftershocks"
    assert closest_pack("ch", entries) is None  # two packs hold it: no guess
    assert closest_pack("volcano", entries) is None


async def test_enter_at_once_plays_the_first_pack_listed(user_packs: Path) -> None:
    app = game(None)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        chooser = app.screen
        assert isinstance(chooser, PackChooserScreen)
        first = chooser.entries[0]
        await pilot.press("enter")
        await until_showing(pilot, StartScreen)
        assert isinstance(app.screen, StartScreen)
        assert app.screen.pack.path == first.path


def help_rules(app: NewsQuizApp) -> str:
    """The help box's text as read, its lines joined (inside its border)."""
    return " ".join(shown_text(app.screen.query_one("#help"), content_only=True).split())


async def test_help_on_the_chooser_and_start_screen_says_how_to_choose_and_start(
    user_packs: Path,
) -> None:
    """The pack list and the mode list take ↑ ↓ and Enter themselves (no binding says so):
    F1 tells a new player, on both screens."""
    app = game(None)
    async with app.run_test(size=(60, 20)) as pilot:
        await until_showing(pilot, PackChooserScreen)
        await pilot.press("f1")
        await until_showing(pilot, HelpScreen)
        await until(
            pilot,
            lambda: "Choose a pack with ↑ ↓ and press Enter" in help_rules(app),
            "the chooser's rules",
        )
        await pilot.press("escape")
        await until_showing(pilot, PackChooserScreen)
        await pilot.press("enter")
        await until_showing(pilot, StartScreen)
        # Opened from the chooser, the start screen has one key more; a narrow bar keeps Quit.
        assert "^q Quit" in shown_text(app.screen.query_one("KeyBar"))
        await pilot.press("f1")
        await until_showing(pilot, HelpScreen)
        await until(
            pilot,
            lambda: "↑ ↓ choose the mode; Enter or Ctrl+S starts" in help_rules(app),
            "the start screen's rules",
        )
