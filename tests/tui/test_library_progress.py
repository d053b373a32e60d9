"""The pack library and progress in the game: best scores in the chooser, a new best and a
perfect round on the end screen, the streak and the progress bar during a round."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList

from newsquiz.pack import Pack
from newsquiz.store import NewAnswer, open_store
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
    shown_text,
    tiny_pack,
    type_answer,
    until,
    until_showing,
)

RIGHT = ["7 to 2", "$3 million", "b", "Ines Carvalho", "false"]
TODAY = date(2024, 5, 13)
SnapCompare = Callable[..., bool]


def earlier_game(pack: Pack, right: int, *, day: date, run_id: str) -> list[NewAnswer]:
    """A whole round of the tiny pack by Ana on `day`: the first `right` answers right."""
    moment = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    return [
        NewAnswer(
            run_id=run_id,
            player="Ana",
            group="",
            pack_id=pack.id,
            pack_digest=pack.digest,
            question_id=question.id,
            answer="x",
            verdict="correct" if number < right else "incorrect",
            score=1.0 if number < right else 0.0,
            reason=None,
            seconds=5.0,
            attempt=1,
            answered_at=moment + timedelta(minutes=number),
        )
        for number, question in enumerate(pack.questions)
    ]


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return tmp_path / "results.sqlite3"


def record(database: Path, answers: list[NewAnswer]) -> None:
    with open_store(database) as store:
        store.record_answers(answers)


def the_game(database: Path, *, today: date | None = None, **options: object) -> NewsQuizApp:
    return make_app(
        tiny_pack(),
        clock=FakeClock(),
        cursor_blink=False,
        results=results_at(str(database)),
        today=(lambda: today) if today is not None else None,
        **options,  # type: ignore[arg-type]
    )


async def play_round(pilot: Pilot[None], answers: list[str]) -> None:
    """From the start screen (once the store is open) to the end screen."""
    app = pilot.app
    await app.workers.wait_for_complete()
    await until_showing(pilot, StartScreen)
    await pilot.press("enter")
    await until_showing(pilot, QuestionScreen)
    for typed in answers:
        await type_answer(pilot, typed)
        await pilot.press("enter")
    await until_showing(pilot, EndScreen)


def headline_of(app: NewsQuizApp) -> str:
    found = app.screen.query("#headline")
    return shown_text(found.first()) if found else ""


async def test_a_new_best_a_perfect_round_and_days_in_a_row_on_the_end_screen(
    database: Path,
) -> None:
    pack = tiny_pack()
    record(database, earlier_game(pack, 2, day=TODAY - timedelta(days=1), run_id="yesterday"))
    app = the_game(database, player="Ana", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await play_round(pilot, RIGHT)
        headline = " ".join(headline_of(app).split())
        assert "★ New best: 5/5, up from 2/5" in headline
        assert "A perfect round" in headline
        assert "2 days in a row" in headline
        # above the score, where it is read first
        lines = screen_text(app).splitlines()
        best = next(row for row, line in enumerate(lines) if "New best" in line)
        assert best < next(row for row, line in enumerate(lines) if "Score" in line)


async def test_no_new_best_below_the_best_and_none_on_a_first_game(database: Path) -> None:
    pack = tiny_pack()
    record(database, earlier_game(pack, 4, day=TODAY - timedelta(days=5), run_id="old"))
    app = the_game(database, player="Ana", today=TODAY)
    async with app.run_test(size=SIZE) as pilot:
        await play_round(pilot, ["7 to 2", "$3 million", "b", "zzz", "zzz"])
        assert headline_of(app) == ""  # 3 < 4, and the last day played was days ago
    nobody = the_game(database, player="Bea", today=TODAY)
    async with nobody.run_test(size=SIZE) as pilot:
        await play_round(pilot, RIGHT)
        headline = headline_of(nobody)
        assert "New best" not in headline  # nothing to beat yet
        assert "perfect round" in headline and "days in a row" not in headline


async def test_the_status_bar_shows_the_streak_and_a_bar_through_the_round(
    database: Path,
) -> None:
    app = the_game(database, player="Ana")
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("enter")
        await until_showing(pilot, QuestionScreen)
        status = app.screen.query_one("#status")
        assert "Question 1 of 5 ╌╌╌╌╌╌╌╌╌╌" in shown_text(status)
        await type_answer(pilot, "7 to 2")
        assert "right in a row" not in shown_text(status)  # one is no streak yet
        await pilot.press("enter")
        await type_answer(pilot, "$3 million")
        assert "Question 2 of 5 ━━━━╌╌╌╌╌╌" in shown_text(status)
        assert "2 right in a row" in shown_text(status)
        await pilot.press("enter")
        await type_answer(pilot, "zzz")
        text = shown_text(status)
        assert "right in a row" not in text and "━━━━━━╌╌╌╌" in text


async def test_the_chooser_shows_best_score_and_last_played_after_a_game(
    database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSQUIZ_PACKS", str(TINY_PACK.parent))
    app = make_app(
        None, player="Ana", clock=FakeClock(), cursor_blink=False, results=results_at(str(database))
    )
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await until_showing(pilot, PackChooserScreen)
        chooser = app.screen
        assert isinstance(chooser, PackChooserScreen)
        index = [entry.folder_name for entry in chooser.entries].index("tiny")
        packs = chooser.query_one("#packs", OptionList)
        packs.highlighted = index

        def tiny_line() -> str:
            prompt = packs.get_option_at_index(index).prompt
            return str(prompt)

        await until(pilot, lambda: "5 questions" in tiny_line(), "the pack described")
        assert "best" not in tiny_line() and "played" not in tiny_line()
        await pilot.press("enter")
        await until_showing(pilot, StartScreen)
        await pilot.press("enter")
        await until_showing(pilot, QuestionScreen)
        for typed in ["7 to 2", "$3 million", "b", "zzz", "zzz"]:
            await type_answer(pilot, typed)
            await pilot.press("enter")
        await until_showing(pilot, EndScreen)
        await app.records_settled()
        await pilot.press("n")  # a new game: its start screen
        await until_showing(pilot, StartScreen)
        await pilot.press("escape")  # other packs
        await until_showing(pilot, PackChooserScreen)
        await until(pilot, lambda: "best 3/5" in tiny_line(), "the best score shown")
        assert "5 Mar 2024 · 5 questions · yours · best 3/5 · played today" in tiny_line()
        assert "best 3/5 · played today" in screen_text(app)


async def test_no_scores_for_a_nameless_player_in_a_class_database(
    database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSQUIZ_PACKS", str(TINY_PACK.parent))
    pack = tiny_pack()
    nameless = [
        NewAnswer(**{**a.__dict__, "player": ""})
        for a in earlier_game(pack, 5, day=TODAY, run_id="r")
    ]
    record(database, nameless)
    app = make_app(None, clock=FakeClock(), cursor_blink=False, results=results_at(str(database)))
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await until_showing(pilot, PackChooserScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "best" not in screen_text(app)  # many nameless players: none of them is you


# -- snapshots of the chooser, on fixed packs and games --------------------------------

LIBRARY = Path(__file__).parent / "library"


@pytest.fixture
def fixed_library(monkeypatch: pytest.MonkeyPatch, database: Path) -> Path:
    """The chooser on the tiny pack (as if bundled) and a folder of the player's own: a
    second pack and one that does not load; Ana played the tiny pack twice."""
    import newsquiz.library
    import newsquiz.tui.screens.chooser

    monkeypatch.setattr(newsquiz.library, "bundled_dir", lambda: TINY_PACK.parent)
    monkeypatch.setattr(newsquiz.library, "user_dir", lambda: LIBRARY)
    shown = Path("/home/ana/.local/share/newsquiz/packs")
    monkeypatch.setattr(newsquiz.tui.screens.chooser, "user_dir", lambda: shown)
    pack = tiny_pack()
    record(database, earlier_game(pack, 3, day=TODAY - timedelta(days=3), run_id="first"))
    record(database, earlier_game(pack, 2, day=TODAY - timedelta(days=1), run_id="second"))
    return database


@pytest.mark.parametrize("size", [(80, 24), (60, 20)], ids=["80x24", "60x20"])
def test_snapshot_of_the_chooser(
    snap_compare: SnapCompare, fixed_library: Path, size: tuple[int, int]
) -> None:
    app = make_app(
        None,
        player="Ana",
        clock=FakeClock(),
        cursor_blink=False,
        results=results_at(str(fixed_library)),
        today=lambda: TODAY,
        # The day after the second game: its three misses are due again, its hits are not.
        now=lambda: datetime(TODAY.year, TODAY.month, TODAY.day, 12, tzinfo=UTC),
    )

    async def scores_shown(pilot: Pilot[None]) -> None:
        await until(pilot, lambda: "best 3/5" in screen_text(app), "Ana's best score")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=scores_shown)


async def test_a_fact_check_round_counts_towards_days_in_a_row(database: Path) -> None:
    from newsquiz.tui.screens.factcheck import FactCheckScreen
    from newsquiz.tui.screens.factcheck_end import FactCheckEndScreen

    record(database, earlier_game(tiny_pack(), 2, day=TODAY - timedelta(days=1), run_id="y"))
    app = the_game(database, player="Ana", today=TODAY, fact_check=True, seed=1)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await until_showing(pilot, StartScreen)
        await pilot.press("enter")
        await until_showing(pilot, FactCheckScreen)
        while isinstance(app.screen, FactCheckScreen):
            await pilot.press("t")
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
        await until_showing(pilot, FactCheckEndScreen)
        headline = headline_of(app)
        assert "2 days in a row" in headline and "New best" not in headline
