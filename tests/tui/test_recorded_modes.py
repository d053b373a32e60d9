"""The game records what kind of round each answer came from: a fact-check round's calls are
stored as fact-check calls, a game's and a drill's answers as answers to the questions."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot

from newsquiz.claims import ClaimBank
from newsquiz.grading.verdict import incorrect
from newsquiz.reports import build_report
from newsquiz.session import AnswerRecord, Session
from newsquiz.store import MODE_FACTCHECK, MODE_QUESTION, StoredAnswer, open_store
from newsquiz.store.recorder import Recorder
from newsquiz.tui.app import NewsQuizApp
from newsquiz.tui.board.state import BoardReader
from newsquiz.tui.recording import results_at
from newsquiz.tui.screens.factcheck import FactCheckScreen
from newsquiz.tui.screens.factcheck_end import FactCheckEndScreen
from newsquiz.tui.screens.question import QuestionScreen

from .helpers import SIZE, game, screen_lines, tiny_pack, type_answer, until, until_showing


def stored(path: Path) -> list[StoredAnswer]:
    with open_store(path) as store:
        return store.answers()


async def started(pilot: Pilot[None]) -> None:
    """Let the store open (a worker thread, started after the first frame), then start
    from the start screen: wait for each outcome, not for a number of rounds."""
    app = pilot.app
    assert isinstance(app, NewsQuizApp)
    await until(pilot, lambda: app.store is not None, "the results store open", rounds=5000)
    await pilot.press("enter")
    await until(
        pilot,
        lambda: isinstance(app.screen, (QuestionScreen, FactCheckScreen)),
        "the first question or claim",
        rounds=5000,
    )


async def settled(app: NewsQuizApp) -> None:
    assert app.line is not None
    await app.line.settled()  # answers are written off the UI thread


def shown_bottom(app: NewsQuizApp) -> str:
    """The key bar, as shown."""
    return screen_lines(app)[-1]


def keys_for(value: str) -> tuple[str, ...]:
    return tuple("space" if c == " " else c for c in value)


async def test_a_fact_check_rounds_calls_are_stored_as_fact_check_calls(tmp_path: Path) -> None:
    path = tmp_path / "class.sqlite3"
    claims = ClaimBank(tiny_pack()).round(2)
    assert any(c.truth for c in claims) and not all(c.truth for c in claims)
    app = game(tiny_pack(), player="Ana", fact_check=True, seed=2, results=results_at(str(path)))
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        assert isinstance(app.screen, FactCheckScreen)
        for claim in claims:
            if claim.truth:
                await pilot.press("t")
            else:
                await pilot.press("f")
                await pilot.pause()
                if re.fullmatch(r"[A-Za-z0-9 ]+", claim.true_value):
                    await pilot.press(*keys_for(claim.true_value), "enter")
                else:
                    await pilot.press("ctrl+g")  # spotted, no value given
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
        await until_showing(pilot, FactCheckEndScreen)
        assert isinstance(app.screen, FactCheckEndScreen)
        await settled(app)
    answers = stored(path)
    assert [(a.question_id, a.mode) for a in answers] == [
        (c.question_id, MODE_FACTCHECK) for c in claims
    ]
    for claim, call in zip(claims, answers, strict=True):
        assert call.answer == "true" if claim.truth else call.answer.startswith("false")
        assert call.verdict in ("correct", "partial")  # every call was right
    # The teacher's report counts them as calls, never as answers to their questions.
    with open_store(path) as store:
        report = build_report(store)
    assert report.players == () and report.questions == ()
    assert report.factcheck.calls == len(claims)
    assert all(c.share_right == 1.0 for c in report.factcheck.claims)


async def test_a_games_and_a_drills_answers_are_stored_as_question_answers(
    tmp_path: Path,
) -> None:
    path = tmp_path / "class.sqlite3"
    plain: dict[str, object] = {}
    for options in (plain, {"drill": True, "count": 2, "seed": 5, "tries": 1}):
        app = game(tiny_pack(), player="Bo", results=results_at(str(path)), **options)
        async with app.run_test(size=SIZE) as pilot:
            await started(pilot)
            for _ in range(2):
                assert isinstance(app.screen, QuestionScreen)
                await type_answer(pilot, "zzzz")
                await settled(app)
                await pilot.press("enter")
                await pilot.pause()
    answers = stored(path)
    assert len(answers) == 4 and {a.mode for a in answers} == {MODE_QUESTION}


def test_the_board_counts_answers_to_the_questions_not_fact_check_calls(tmp_path: Path) -> None:
    pack = tiny_pack()
    vote = pack.question("vote")
    moment = datetime(2024, 5, 13, 9, 0, tzinfo=UTC)
    with open_store(tmp_path / "class.sqlite3") as store:
        played = Session(pack, [vote])
        Recorder(store, "Ana", "7b", pack).attach(played)
        played.submit("7 to 2")
        # Ana then calls a false claim about the vote; Bo only plays the fact-check round.
        calls = Recorder(store, "Ana", "7b", pack, mode=MODE_FACTCHECK)
        bo_calls = Recorder(store, "Bo", "7b", pack, mode=MODE_FACTCHECK)
        fooled = AnswerRecord(vote, "true", incorrect("the claim is false"), 3.0, 1)
        calls.record(fooled)
        bo_calls.record(fooled)

        board = BoardReader(store, pack=pack, clock=lambda: moment).read()
        assert [(p.player, p.asked, p.score, p.attempts) for p in board.players] == [
            ("Ana", 1, 1.0, 1)
        ]
        (bar,) = board.questions
        assert (bar.question_id, bar.first_attempts, bar.share) == ("vote", 1, 1.0)

        everything = BoardReader(store, pack=pack, clock=lambda: moment, mode=None).read()
        assert [p.player for p in everything.players] == ["Ana", "Bo"]
        assert everything.questions[0].share == pytest.approx(1 / 3)


async def test_a_fact_check_call_can_be_disputed_once_and_the_score_stands(
    tmp_path: Path,
) -> None:
    path = tmp_path / "class.sqlite3"
    claims = ClaimBank(tiny_pack()).round(2)
    app = game(tiny_pack(), player="Ana", fact_check=True, seed=2, results=results_at(str(path)))
    async with app.run_test(size=SIZE) as pilot:
        await started(pilot)
        screen = app.screen
        assert isinstance(screen, FactCheckScreen)
        assert not screen.can_dispute  # nothing judged yet
        # The first call right: nothing to dispute.
        await pilot.press("t" if claims[0].truth else "f")
        await pilot.pause()
        if not claims[0].truth:
            await pilot.press("ctrl+g")
            await pilot.pause()
        if screen.session.records[-1].verdict.correct:
            assert not screen.can_dispute
            assert "Dispute" not in shown_bottom(app)
        await pilot.press("enter")
        await pilot.pause()
        # The second call wrong: it may be disputed, once, with a note.
        await pilot.press("f" if claims[1].truth else "t")
        await pilot.pause()
        score = screen.session.score
        assert screen.can_dispute and "d Dispute" in shown_bottom(app)
        await pilot.press("d")
        await pilot.pause()
        await pilot.press(*keys_for("the claim is ambiguous"), "enter")
        await pilot.pause()
        await settled(app)
        await until(
            pilot,
            lambda: not screen.can_dispute and "Dispute" not in shown_bottom(app),
            "the dispute sent, its key gone",
        )
        assert screen.session.score == score
    (disputed,) = [a for a in stored(path) if a.disputed]
    assert disputed.mode == MODE_FACTCHECK
    assert disputed.question_id == claims[1].question_id
    assert disputed.dispute_note == "the claim is ambiguous"
    assert disputed.answer == ("false" if claims[1].truth else "true")
