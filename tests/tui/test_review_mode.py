"""The Review mode: the start screen counts the facts due, a round asks only those, then ends.

Answers are written into the results database hours or days before now, so which facts are
due does not depend on how fast the machine runs the test.
"""

from __future__ import annotations

from datetime import timedelta
from functools import partial
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from newsquiz.pack import Question
from newsquiz.store import NewAnswer, open_store
from newsquiz.store.base import utc_now
from newsquiz.tui.app import NewsQuizApp
from newsquiz.tui.recording import results_at
from newsquiz.tui.screens.end import EndScreen
from newsquiz.tui.screens.question import QuestionScreen
from newsquiz.tui.screens.start import StartScreen

from .helpers import SIZE, game, notices, shown_text, tiny_pack, type_answer, until, until_showing

RIGHT = {"vote": "7 to 2", "cost": "$3 million", "material": "stone"}


def played(path: Path, player: str, answers: list[tuple[str, str, timedelta]]) -> None:
    """Record `player`'s (question, verdict, how long ago) answers to the tiny pack."""
    pack, now = tiny_pack(), utc_now()
    with open_store(path) as store:
        store.record_answers(
            [
                NewAnswer(
                    run_id="earlier",
                    player=player,
                    group="",
                    pack_id=pack.id,
                    pack_digest=pack.digest,
                    question_id=question_id,
                    answer=RIGHT[question_id] if verdict == "correct" else "zzzz",
                    verdict=verdict,
                    score=1.0 if verdict == "correct" else 0.0,
                    reason=None,
                    seconds=4.0,
                    attempt=1,
                    answered_at=now - ago,
                )
                for question_id, verdict, ago in answers
            ]
        )


def review_line(app: NewsQuizApp) -> str:
    """The Review mode's line on the start screen, as shown."""
    modes = shown_text(app.screen.query_one("#mode"))
    return next(line.strip() for line in modes.splitlines() if "Review" in line)


def moved_on(app: NewsQuizApp, question: Question) -> bool:
    screen = app.screen
    return not isinstance(screen, QuestionScreen) or screen.session.current is not question


async def store_open(pilot: Pilot[None]) -> None:
    app = pilot.app
    assert isinstance(app, NewsQuizApp)
    await until(pilot, lambda: app.store is not None, "the results store open", rounds=5000)


async def test_a_review_asks_only_the_due_facts_most_overdue_first_then_ends(
    tmp_path: Path,
) -> None:
    path = tmp_path / "class.sqlite3"
    played(
        path,
        "Ana",
        [
            ("vote", "correct", timedelta(days=3)),  # due two days after: a day ago
            ("cost", "incorrect", timedelta(hours=1)),  # due ten minutes after: 50 min ago
            ("material", "correct", timedelta(hours=1)),  # not due for two days
        ],
    )
    played(path, "Bo", [("material", "incorrect", timedelta(days=1))])  # Bo's, not Ana's
    app = game(tiny_pack(), player="Ana", review=True, results=results_at(str(path)))
    async with app.run_test(size=SIZE) as pilot:
        await store_open(pilot)
        await until(pilot, lambda: "Review (2 due)" in review_line(app), "2 facts due")
        assert review_line(app).startswith("● Review (2 due) —")  # chosen by `review`
        await pilot.press("enter")
        await until_showing(pilot, QuestionScreen)
        asked = []
        while isinstance(app.screen, QuestionScreen):
            question = app.screen.session.current
            assert question is not None
            asked.append(question.id)
            await type_answer(pilot, RIGHT[question.id])
            await pilot.press("enter")
            await until(pilot, partial(moved_on, app, question), "the next due fact or the end")
        assert asked == ["vote", "cost"]
        await until_showing(pilot, EndScreen)
        assert app.line is not None
        await app.line.settled()
        # Both answered right: back on the start screen, nothing is due any more.
        await pilot.press("n")
        await until_showing(pilot, StartScreen)
        await until(pilot, lambda: "Review (nothing due)" in review_line(app), "nothing due")
    with open_store(path) as store:
        reviewed = [a for a in store.answers() if a.run_id != "earlier"]
    assert [(a.player, a.question_id, a.verdict) for a in reviewed] == [
        ("Ana", "vote", "correct"),
        ("Ana", "cost", "correct"),
    ]


async def test_the_due_count_follows_the_name_typed(tmp_path: Path) -> None:
    path = tmp_path / "class.sqlite3"
    played(path, "Bo", [("vote", "incorrect", timedelta(hours=2))])
    app = game(tiny_pack(), player="Ana", results=results_at(str(path)))
    async with app.run_test(size=SIZE) as pilot:
        await store_open(pilot)
        await pilot.pause()
        assert review_line(app).startswith("○ Review —")  # Ana has played nothing
        app.screen.query_one("#player", Input).value = "Bo"
        await until(pilot, lambda: "Review (1 due)" in review_line(app), "Bo's fact due")


async def test_a_review_with_nothing_due_says_when_the_next_fact_is(tmp_path: Path) -> None:
    path = tmp_path / "class.sqlite3"
    played(path, "Ana", [("material", "correct", timedelta(hours=1))])
    app = game(tiny_pack(), player="Ana", review=True, results=results_at(str(path)))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await store_open(pilot)
        await until(pilot, lambda: "Review (nothing due)" in review_line(app), "nothing due")
        await pilot.press("enter")
        await until(pilot, lambda: bool(notices(app)), "a notice")
        (notice,) = notices(app)
        assert "Nothing to review now: the next fact is due" in notice
        assert isinstance(app.screen, StartScreen)


async def test_a_review_needs_recorded_answers(tmp_path: Path) -> None:
    app = game(tiny_pack(), player="Ana", review=True)  # records nothing
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("enter")
        await until(pilot, lambda: bool(notices(app)), "a notice")
        assert "A review needs your recorded answers" in notices(app)[0]
        assert isinstance(app.screen, StartScreen)
