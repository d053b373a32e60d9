"""Recording in the game: every answer in the store as graded, disputes, a failing store."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from newsquiz.claims import ClaimBank, Phase
from newsquiz.store import AnswerFilter, NewAnswer, NullStore, Store, StoreError, open_store
from newsquiz.store import sqlite as sqlite_store
from newsquiz.store.sqlite import SQLiteStore
from newsquiz.tui.app import NewsQuizApp
from newsquiz.tui.recording import Results, results_at
from newsquiz.tui.screens.dispute import DisputeScreen
from newsquiz.tui.screens.end import EndScreen
from newsquiz.tui.screens.factcheck import FactCheckScreen
from newsquiz.tui.screens.question import QuestionScreen
from newsquiz.tui.screens.start import StartScreen
from newsquiz.tui.screens.store_problem import StoreProblemScreen
from newsquiz.tui.widgets.claim_feedback import ClaimFeedback
from newsquiz.tui.widgets.feedback import FeedbackPanel

from .helpers import (
    SIZE,
    FakeClock,
    game,
    notices,
    screen_text,
    shown_text,
    tiny_pack,
    type_answer,
    until,
    until_showing,
)

WRONG = "zzzz"


def on_top(app: NewsQuizApp) -> object:
    """The active screen (a function, so type narrowing of app.screen does not stick)."""
    return app.screen


def stored(path: Path) -> list[tuple[str, str, str, str, str, float, int]]:
    with open_store(path) as store:
        return [
            (a.player, a.group, a.question_id, a.answer, a.verdict, a.seconds, a.attempt)
            for a in store.answers()
        ]


async def opened(pilot: Pilot[None]) -> None:
    """Let the store finish opening (a worker thread), then start from the start screen."""
    await pilot.app.workers.wait_for_complete()
    await until_showing(pilot, StartScreen)
    assert isinstance(pilot.app.screen, StartScreen)
    await pilot.press("enter")
    await pilot.pause()


async def settle(pilot: Pilot[None]) -> None:
    """Wait for the recording thread and the app's workers, then for the screen."""
    app = pilot.app
    assert isinstance(app, NewsQuizApp)
    await app.records_settled()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def answered(pilot: Pilot[None], typed: str) -> None:
    """Type an answer, and wait until the recording thread has written it (or failed)."""
    await type_answer(pilot, typed)
    await settle(pilot)


def question_screen(app: NewsQuizApp) -> QuestionScreen:
    assert isinstance(app.screen, QuestionScreen)
    return app.screen


async def test_every_answer_is_in_the_store_the_moment_it_is_graded(tmp_path: Path) -> None:
    path = tmp_path / "results.sqlite3"
    clock = FakeClock()
    name = "[bold]Ana[/bold]"  # untrusted: stored and shown exactly as typed
    app = game(tiny_pack(), clock, player=name, group="9b [red]", results=results_at(str(path)))
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        note = shown_text(app.screen.query_one("#recording-note"))  # said discreetly
        assert note.split()[:3] == ["Results", "go", "to"]
        assert str(path) in "".join(note.split()[3:])  # a long path wraps where it must
        await pilot.press("enter")
        await pilot.pause()
        typed = ["7 to 2", WRONG, "b"]
        for number, answer in enumerate(typed, start=1):
            clock.tick(4)
            await answered(pilot, answer)
            # Already in the store, before the player goes on.
            assert len(stored(path)) == number
            await pilot.press("enter")
            await pilot.pause()
        await until(
            pilot, lambda: "[bold]Ana[/bold]" in screen_text(app), "the name shown as typed"
        )
    rows = stored(path)
    assert rows == [
        (name, "9b [red]", "vote", "7 to 2", "correct", 4.0, 1),
        (name, "9b [red]", "cost", WRONG, "incorrect", 4.0, 1),
        (name, "9b [red]", "material", "b", "correct", 4.0, 1),
    ]


async def test_a_drill_records_each_attempt_and_the_end_screen_names_the_store(
    tmp_path: Path,
) -> None:
    path = tmp_path / "drill.sqlite3"
    app = game(tiny_pack(), player="Bo", drill=True, count=2, seed=5, tries=2)
    app.results = results_at(str(path))
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot)
        while isinstance(app.screen, QuestionScreen):
            await answered(pilot, WRONG)
            await pilot.press("enter")
            await pilot.pause()
        await until_showing(pilot, EndScreen)
        await until(pilot, lambda: bool(app.screen.query("#recording-note")), "the note")
        assert isinstance(app.screen, EndScreen)
        note = shown_text(app.screen.query_one("#recording-note"))
        assert note.split()[:3] == ["Results", "go", "to"]
        assert str(path) in "".join(note.split()[3:])  # a long path wraps where it must
    attempts = [(question, attempt) for _, _, question, _, _, _, attempt in stored(path)]
    first, second = sorted({q for q, _ in attempts})
    assert sorted(attempts) == [(first, 1), (first, 2), (second, 1), (second, 2)]


async def test_a_dispute_is_recorded_with_its_note_and_never_changes_the_score(
    tmp_path: Path,
) -> None:
    path = tmp_path / "results.sqlite3"
    app = game(tiny_pack(), player="Ana", results=results_at(str(path)))
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot)
        screen = question_screen(app)
        assert not screen.can_dispute  # nothing to dispute before a verdict
        await answered(pilot, "7 to 2")
        assert (
            "Dispute" not in screen_text(app).splitlines()[-1]
        )  # a right answer: nothing to dispute
        await pilot.press("enter")
        await pilot.pause()
        await answered(pilot, "$30 million")
        await until(
            pilot, lambda: "Dispute" in screen_text(app).splitlines()[-1], "the Dispute key"
        )
        score_before = screen.session.score
        await pilot.press("d")
        await until_showing(pilot, DisputeScreen)
        assert isinstance(app.screen, DisputeScreen)
        for key in ["[", "b", "]", "s", "a", "m", "e"]:
            await pilot.press(key)
        await pilot.press("enter")
        await pilot.pause()
        await settle(pilot)
        assert on_top(app) is screen
        assert "Dispute sent" in shown_text(screen.query_one("#round-note"))
        assert screen.session.score == score_before
        assert not screen.can_dispute  # once per answer
        await pilot.press("d")
        await pilot.pause()  # (nothing to wait for: what must not happen)
        assert on_top(app) is screen

        # Escape cancels a dispute: nothing recorded.
        await pilot.press("enter")
        await pilot.pause()
        await answered(pilot, WRONG)
        await pilot.press("d")
        await until_showing(pilot, DisputeScreen)
        await pilot.press("escape")
        await until(pilot, lambda: on_top(app) is screen, "the dispute cancelled")
        assert screen.can_dispute
    with open_store(path) as store:
        (disputed,) = store.answers(AnswerFilter(disputed=True))
        by_question = {a.question_id: a for a in store.answers()}
    assert disputed.question_id == "cost" and disputed.dispute_note == "[b]same"
    assert disputed.score == by_question["cost"].score == 0.0
    assert not by_question["material"].disputed


async def test_without_a_store_there_is_nothing_to_dispute() -> None:
    app = game(tiny_pack())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await answered(pilot, WRONG)
        assert not question_screen(app).can_dispute
        assert "Dispute" not in screen_text(app)


async def test_a_corrupt_database_is_named_and_the_game_goes_on_without_recording(
    tmp_path: Path,
) -> None:
    path = tmp_path / "results.sqlite3"
    notes = b"my lesson notes, not a database\n" * 200
    path.write_bytes(notes)
    app = game(tiny_pack(), player="Ana", results=results_at(str(path)))
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot)
        assert isinstance(app.screen, StoreProblemScreen)
        message = screen_text(app)
        assert "Your answers cannot be saved right now." in message
        assert "not a usable results database" in message
        await pilot.press("r")  # still broken: asked again
        await settle(pilot)
        await app.workers.wait_for_complete()
        await until_showing(pilot, StoreProblemScreen)
        assert isinstance(app.screen, StoreProblemScreen)
        await pilot.press("c")
        await settle(pilot)
        await pilot.pause()
        screen = question_screen(app)
        await answered(pilot, "7 to 2")
        assert screen.session.records[-1].verdict.correct
        assert isinstance(app.store, NullStore)
        while isinstance(app.screen, QuestionScreen):
            await pilot.press("enter")
            await pilot.pause()
            if isinstance(app.screen, QuestionScreen):
                await pilot.press("ctrl+g")
                await pilot.pause()
        await until(
            pilot, lambda: "Recording is off: answers are not saved" in screen_text(app), "the note"
        )
        await pilot.press("n")  # a new game: the start screen says so too
        await until_showing(pilot, StartScreen)
        assert isinstance(app.screen, StartScreen)
        assert "Recording is off: answers are not saved" in screen_text(app)
        assert "Results go to" not in screen_text(app)
    assert path.read_bytes() == notes  # the file was never touched


async def test_retrying_once_the_database_is_fixed_records_the_game(tmp_path: Path) -> None:
    path = tmp_path / "results.sqlite3"
    path.write_bytes(b"not a database\n" * 300)
    app = game(tiny_pack(), player="Ana", results=results_at(str(path)))
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot)
        assert isinstance(app.screen, StoreProblemScreen)
        path.unlink()  # the teacher points it at a fresh file
        await pilot.press("r")
        await settle(pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        await answered(pilot, "7 to 2")
    assert [row[2:5] for row in stored(path)] == [("vote", "7 to 2", "correct")]


def locked_results(path: Path) -> Results:
    """The store at `path`, waiting only a moment for a lock (the default waits seconds)."""
    open_store(path).close()
    return Results(str(path), lambda: SQLiteStore(path, busy_timeout=0.05))


async def worked_until(pilot: Pilot[None], condition: Callable[[], bool], what: str) -> None:
    """Let the app's workers and the recording thread run until `condition()` holds: each
    round waits for work to finish, never for time."""
    app = pilot.app
    assert isinstance(app, NewsQuizApp)
    for _ in range(100):
        if condition():
            return
        await app.workers.wait_for_complete()
        await app.records_settled()
        await pilot.pause()
    raise AssertionError(f"the game never got to: {what}")


async def test_a_locked_database_keeps_answers_waiting_and_saves_them_by_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_store, "_pause", lambda seconds: None)
    path = tmp_path / "results.sqlite3"
    app = game(tiny_pack(), player="Ana", results=locked_results(path))
    app.store_retry_delays = (0.01,)  # try again at once, however often it fails
    holder = sqlite3.connect(path, isolation_level=None)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await opened(pilot)
        await answered(pilot, "7 to 2")  # saved
        await pilot.press("enter")
        await pilot.pause()
        holder.execute("BEGIN EXCLUSIVE")  # another program holds the file
        await answered(pilot, WRONG)
        await worked_until(
            pilot, lambda: any("by themselves" in n for n in notices(app)), "the warning"
        )
        assert isinstance(app.screen, QuestionScreen)  # the player is not asked anything
        (warning,) = [n for n in notices(app) if "by themselves" in n]
        assert "locked by another program" in warning
        assert app.recorder is not None and len(app.recorder.pending) == 1
        holder.execute("ROLLBACK")
        await worked_until(
            pilot,
            lambda: "Saved: every answer is in the results database." in notices(app),
            "the waiting answer saved without a key pressed",
        )
        assert app.recorder.pending == [] and isinstance(app.screen, QuestionScreen)
    holder.close()
    assert [row[2:4] for row in stored(path)] == [("vote", "7 to 2"), ("cost", WRONG)]


async def test_past_the_waiting_bound_the_player_chooses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_store, "_pause", lambda seconds: None)
    monkeypatch.setattr("newsquiz.tui.results_control.MAX_WAITING_ANSWERS", 0)
    path = tmp_path / "results.sqlite3"
    app = game(tiny_pack(), player="Ana", results=locked_results(path))
    holder = sqlite3.connect(path, isolation_level=None)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await opened(pilot)
        await answered(pilot, "7 to 2")  # saved
        await pilot.press("enter")
        await pilot.pause()
        holder.execute("BEGIN EXCLUSIVE")
        await answered(pilot, WRONG)
        assert isinstance(app.screen, StoreProblemScreen)
        message = screen_text(app)
        assert "locked by another program" in message
        assert "1 answer is waiting to be saved" in message
        app.screen.more_pending(2)  # another answer failed behind it
        await until(
            pilot, lambda: "2 answers are waiting to be saved" in screen_text(app), "2 waiting"
        )
        await pilot.press("c")
        await settle(pilot)
        await until_showing(pilot, QuestionScreen)
        assert isinstance(app.screen, QuestionScreen)
        await until(
            pilot,
            lambda: "Recording is off: 1 answer not saved." in notices(app),
            "the notice that recording is off",
        )
        holder.execute("ROLLBACK")
        await pilot.press("enter")
        await pilot.pause()
        await answered(pilot, "Ines Carvalho")  # no store, no question asked
        assert isinstance(app.screen, QuestionScreen)
    holder.close()
    assert [row[2] for row in stored(path)] == ["vote"]


def test_a_student_in_a_browser_never_reads_the_servers_paths(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = game(tiny_pack())
    error = StoreError("cannot open the results database /srv/school/results.sqlite3: gone")
    assert "/srv/school" in app.store_problem(error)
    monkeypatch.setattr(NewsQuizApp, "is_web", property(lambda self: True))
    assert "/srv" not in app.store_problem(error)
    assert "Tell your teacher" in app.store_problem(error)


async def test_a_read_only_database_gives_its_message_and_play_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "results.sqlite3"
    open_store(path).close()

    def read_only() -> Store:
        return SQLiteStore(path, read_only=True)

    app = game(tiny_pack(), player="Ana", results=Results(str(path), read_only))
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot)
        await answered(pilot, "7 to 2")
        assert isinstance(app.screen, StoreProblemScreen)
        assert "read-only" in screen_text(app)
        await pilot.press("c")
        await settle(pilot)
        await pilot.pause()
        screen = question_screen(app)
        assert screen.session.records[-1].verdict.correct  # the verdict is still shown
        assert "Correct" in shown_text(screen.query_one("#verdict"))
    assert stored(path) == []


class GatedStore(NullStore):
    """A store whose writes wait until the test opens the gate (a busy file, a slow server)."""

    recording = True

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()
        self.written: list[str] = []

    @property
    def location(self) -> str:
        return "a slow server"

    def record_answer(self, answer: NewAnswer) -> int:
        assert self.gate.wait(10), "the test never opened the gate"
        self.written.append(answer.answer)
        return super().record_answer(answer)


async def test_a_slow_store_never_holds_up_the_verdict() -> None:
    store = GatedStore()
    app = game(tiny_pack(), player="Ana", results=Results(store.location, lambda: store))
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot)
        await type_answer(pilot, "7 to 2")
        await pilot.press("enter")
        await pilot.pause()
        await type_answer(pilot, WRONG)
        # Both verdicts came while the first answer is still being written.
        assert store.written == []
        assert "Wrong" in shown_text(question_screen(app).query_one("#verdict"))
        store.gate.set()
        await settle(pilot)
        assert store.written == ["7 to 2", WRONG]  # in the order they were graded


class WatchedStore(NullStore):
    """A quick store that notes, as it writes each answer, whether its verdict is on screen."""

    recording = True

    def __init__(self) -> None:
        super().__init__()
        self.verdict_shown: Callable[[], bool] = lambda: False
        self.verdict_shown_while_writing: list[tuple[str, bool]] = []

    def record_answer(self, answer: NewAnswer) -> int:
        self.verdict_shown_while_writing.append((answer.answer, self.verdict_shown()))
        return super().record_answer(answer)


async def test_a_verdict_waits_for_its_answer_to_be_written() -> None:
    # So a game killed with a verdict on screen has that answer in the store.
    store = WatchedStore()
    app = game(tiny_pack(), player="Ana", results=Results("a quick store", lambda: store))
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot)
        feedback = question_screen(app).query_one(FeedbackPanel)
        store.verdict_shown = lambda: bool(feedback.display)
        for typed in ("7 to 2", WRONG):
            await type_answer(pilot, typed)
            assert feedback.display  # the verdict came, once its answer was written
            await pilot.press("enter")
            await pilot.pause()
        await settle(pilot)
    assert store.verdict_shown_while_writing == [("7 to 2", False), (WRONG, False)]


def fact_check_game(store: Store) -> NewsQuizApp:
    """Ana's fact-check round on the tiny pack (seed 2), recording into `store`."""
    return game(
        tiny_pack(),
        player="Ana",
        fact_check=True,
        seed=2,
        results=Results(store.location, lambda: store),
    )


async def test_a_fact_check_verdict_waits_for_its_call_to_be_written() -> None:
    store = WatchedStore()
    claims = ClaimBank(tiny_pack()).round(2)
    app = fact_check_game(store)
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot)
        screen = app.screen
        assert isinstance(screen, FactCheckScreen)
        feedback = screen.query_one(ClaimFeedback)
        store.verdict_shown = lambda: bool(feedback.display)
        for number, claim in enumerate(claims[:2], start=1):
            await pilot.press("t" if claim.truth else "f")
            if not claim.truth:
                await until(pilot, lambda: screen.session.phase is Phase.CORRECT, "the value")
                await pilot.press("ctrl+g")  # spotted; no value given
            await until(pilot, lambda: bool(feedback.display), f"the verdict on claim {number}")
            await pilot.press("enter")
            await until(
                pilot, lambda: not feedback.display or on_top(app) is not screen, "play going on"
            )
        await settle(pilot)
    assert [shown for _call, shown in store.verdict_shown_while_writing] == [False, False]


async def test_a_slow_store_holds_a_fact_check_verdict_only_a_moment() -> None:
    store = GatedStore()
    claims = ClaimBank(tiny_pack()).round(2)
    app = fact_check_game(store)
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot)
        screen = app.screen
        assert isinstance(screen, FactCheckScreen)
        await pilot.press("t" if claims[0].truth else "f")
        if not claims[0].truth:
            await pilot.pause()
            await pilot.press("ctrl+g")
        # The write is held; the verdict comes all the same once the moment has passed.
        await until(pilot, lambda: screen.query_one(ClaimFeedback).display, "the verdict")
        assert store.written == []
        await pilot.press("enter")  # and play goes on
        await until(pilot, lambda: screen.session.position == 2, "the next claim")
        store.gate.set()
        await settle(pilot)
    assert len(store.written) == 1


class PlayersStore(NullStore):
    """A store that notes under which name each answer was written."""

    recording = True

    def __init__(self) -> None:
        super().__init__()
        self.players: list[str] = []

    def record_answer(self, answer: NewAnswer) -> int:
        self.players.append(answer.player)
        return super().record_answer(answer)


async def test_keys_typed_while_the_store_opens_never_change_who_plays() -> None:
    # Enter on the name before the store is open, then a first answer typed too soon:
    # the answer must not become the name every answer is recorded under.
    store = PlayersStore()
    gate = threading.Event()

    def slow_open() -> Store:
        assert gate.wait(10), "the test never opened the gate"
        return store

    app = game(tiny_pack(), results=Results("a slow server", slow_open))
    async with app.run_test(size=SIZE) as pilot:
        await type_answer(pilot, "Ana", keystrokes=True)  # and Enter: the store is not open
        start = app.screen
        assert isinstance(start, StartScreen)
        await until(pilot, lambda: start.query_one("#player").disabled, "the name box held")
        assert "Opening the results database" in screen_text(app)
        await pilot.press("7", "enter")
        assert start.query_one("#player", Input).value == "Ana"
        gate.set()
        await until(pilot, lambda: isinstance(app.screen, QuestionScreen), "the first question")
        await type_answer(pilot, "7 to 2")
        await settle(pilot)
        assert store.players == ["Ana"]
        assert not start.query_one("#player").disabled  # ready for the next game


async def test_a_dispute_answered_after_the_round_ended_is_told_not_a_crash(
    tmp_path: Path,
) -> None:
    """The store's reply to a dispute can come after the player has gone on past the last
    question (found playing in tmux: the game ended in a traceback). The reply is shown
    where the player is now."""
    path = tmp_path / "results.sqlite3"
    app = game(tiny_pack(), player="Ana", results=results_at(str(path)))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await opened(pilot)
        screen = question_screen(app)
        while isinstance(app.screen, QuestionScreen):
            await answered(pilot, WRONG)
            await pilot.press("enter")
            await pilot.pause()
        await until_showing(pilot, EndScreen)
        screen.dispute_answered("Dispute saved with your answer.", True)
        await until(pilot, lambda: bool(notices(app)), "the reply shown")
        assert any("Dispute saved with your answer." in n for n in notices(app))
        assert isinstance(app.screen, EndScreen)
