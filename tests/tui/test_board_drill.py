"""The board shows a drill as it is: its own length, who finished, who plays, who went quiet,
open disputes, the wrong answers, and a key to accept one of them. Real drills are played
into the store; the board's clock is a fake one the tests move."""

from __future__ import annotations

import difflib
import shutil
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable

from newsquiz.drill import DrillSession
from newsquiz.pack import Pack, Question, load_pack
from newsquiz.store import AnswerFilter, Store, open_store
from newsquiz.store.recorder import Recorder
from newsquiz.store.regrade import apply_regrade_plan, plan_regrade
from newsquiz.tui.board.app import BoardApp, make_board_app
from newsquiz.tui.board.progress import Status
from newsquiz.tui.board.review import ReviewScreen
from newsquiz.tui.board.state import BoardReader

from .helpers import screen_lines, screen_text, until

START = datetime(2024, 5, 13, 9, 0, tzinfo=UTC)
PROJECTOR = (120, 36)
SMALL = (80, 24)
COUNT, SEED = 6, 7  # the class's drill: six questions of the 43, the same for everyone


class Clock:
    """The board's clock, moved by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


Typed = Callable[[Question], str]


def right(question: Question) -> str:
    return question.expected


def wrong(question: Question) -> str:
    return "no idea"


def drill(
    store: Store, pack: Pack, player: str, answers: list[Typed] | Typed, at: datetime
) -> DrillSession:
    """`player` plays the class's drill at `at`: every answer of the list in turn, or
    answers with one typist until the drill ends."""
    session = DrillSession(pack, count=COUNT, seed=SEED)
    Recorder(store, player, "7b", pack, now=lambda: at).attach(session)
    typists = answers if isinstance(answers, list) else None
    while session.current is not None and (typists is None or typists):
        question = session.current
        typist = typists.pop(0) if typists is not None else answers
        assert callable(typist)
        session.submit(typist(question))
        session.advance()
    return session


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "class.sqlite3"


@pytest.fixture
def writer(db: Path) -> Store:
    return open_store(db)


def board(db: Path, pack: Pack, clock: Clock) -> BoardApp:
    return make_board_app(lambda: open_store(db), pack=pack, interval=None, clock=clock)


async def refreshed(app: BoardApp, pilot: Pilot[None]) -> None:
    await app.workers.wait_for_complete()
    state = app.state
    await pilot.press("r")
    await until(pilot, lambda: app.state is not state, "a new reading")
    await until(pilot, lambda: "Reading the results" in screen_text(app), "its status line")


def row_of(app: BoardApp, name: str) -> str:
    """The player's row of the players' table, as on screen (the bars beside it left out)."""
    return next(line for line in screen_lines(app) if f" {name} " in line).split("▕")[0]


def test_a_drill_of_six_is_six_long(writer: Store, seed_pack: Pack) -> None:
    clock = Clock(START + timedelta(minutes=30))
    finished = drill(writer, seed_pack, "Ada", right, START)
    assert len(finished.drilled) == 6 and len(seed_pack.questions) == 43
    state = BoardReader(writer, pack=seed_pack, clock=clock).read()
    (ada,) = state.players
    assert (ada.settled, ada.length, ada.status) == (6, 6, Status.FINISHED)


async def test_finished_playing_and_idle_each_as_it_is(
    db: Path, writer: Store, seed_pack: Pack
) -> None:
    clock = Clock(START + timedelta(minutes=20))
    drill(writer, seed_pack, "Ada", right, START + timedelta(minutes=10))  # all right
    drill(writer, seed_pack, "Dee", wrong, START + timedelta(minutes=10))  # all retired
    drill(writer, seed_pack, "Bob", [wrong, right, right], clock.now - timedelta(seconds=30))
    drill(writer, seed_pack, "Cy", [right, right], START)  # left after two questions
    app = board(db, seed_pack, clock)
    async with app.run_test(size=PROJECTOR) as pilot:
        await refreshed(app, pilot)
        ada, bob, cy, dee = (row_of(app, name) for name in ("Ada", "Bob", "Cy", "Dee"))
        # The finished drills count six, not the pack's 43; missed three times is settled too.
        assert " 6/6 " in ada and "finished" in ada and ada.split()[-1] == "6/6"
        assert " 6/6 " in dee and "finished" in dee and dee.split()[-1] == "0/6"
        # Bob missed his first question, which comes back: two settled of the drill's six.
        assert " 2/6 " in bob and "playing" in bob
        assert " 2/6 " in cy and "idle 20m" in cy
        assert "4 players, 2 finished" in screen_text(app)

        # Three minutes without an answer and Bob is idle; an answer and he plays again.
        clock.advance(minutes=3)
        await refreshed(app, pilot)
        assert "idle 3m" in row_of(app, "Bob")
        drill(writer, seed_pack, "Bob", [wrong, right, right, right], clock.now)  # a new game
        await refreshed(app, pilot)
        bob = row_of(app, "Bob")  # the missed question came back, and was right this time
        assert "playing" in bob and " 3/6 " in bob


async def test_before_any_drill_has_ended_its_length_is_not_guessed(
    db: Path, writer: Store, seed_pack: Pack
) -> None:
    clock = Clock(START + timedelta(minutes=1))
    drill(writer, seed_pack, "Ada", [right, right], START + timedelta(seconds=40))
    app = board(db, seed_pack, clock)
    async with app.run_test(size=SMALL) as pilot:
        await refreshed(app, pilot)
        ada = row_of(app, "Ada")
        assert " 2/? " in ada and "playing" in ada and "43" not in ada


@pytest.fixture
def pack_copy(tmp_path: Path, seed_pack: Pack) -> Path:
    folder = tmp_path / "austin-shoigu-call"
    shutil.copytree(seed_pack.folder, folder)
    return folder


def who_requested(store: Store, pack: Pack, player: str, typed: str, *, dispute: bool) -> None:
    from newsquiz.session import Session

    session = Session(pack, [pack.question("who-requested")])
    recorder = Recorder(store, player, "7b", pack, now=lambda: START).attach(session)
    record = session.submit(typed)
    if dispute:
        recorder.dispute(record, "it is the same man")


async def select(pilot: Pilot[None], review: ReviewScreen, answer: str) -> None:
    index = next(n for n, w in enumerate(review.rows) if w.answer == answer)
    while review.query_one(DataTable).cursor_row < index:
        await pilot.press("down")


@pytest.mark.parametrize("size", [PROJECTOR, SMALL], ids=["120x36", "80x24"])
async def test_the_review_accepts_a_wrong_answer_and_shows_the_dry_run(
    size: tuple[int, int], db: Path, writer: Store, pack_copy: Path
) -> None:
    pack = load_pack(pack_copy)
    who_requested(writer, pack, "Ada", "the Pentagon chief", dispute=True)
    who_requested(writer, pack, "Bob", "The Pentagon chief.", dispute=False)
    who_requested(writer, pack, "Cy", "Shoigu", dispute=True)
    before = (pack_copy / "pack.yaml").read_text(encoding="utf-8")
    app = board(db, pack, Clock(START + timedelta(hours=1)))
    async with app.run_test(size=size) as pilot:
        await refreshed(app, pilot)
        text = screen_text(app)
        assert "⚑2 open disputes" in text and "✗ the Pentagon " in text

        await pilot.press("v")
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen), "the review")
        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert [(w.answer, w.count, w.open_disputes) for w in review.rows] == [
            ("the Pentagon chief", 2, 1),
            ("Shoigu", 1, 1),
        ]

        # A wrong answer the pack rejects on purpose is refused, and the file left alone.
        await select(pilot, review, "Shoigu")
        await pilot.press("a", "y")
        await until(pilot, lambda: "`reject` list" in screen_text(app), "the refusal")
        assert (pack_copy / "pack.yaml").read_text(encoding="utf-8") == before

        # Asked, then cancelled by any other key: nothing is written.
        await pilot.press("up", "a")
        assert "y writes it to the pack's accept list" in " ".join(screen_text(app).split())
        await pilot.press("n")
        assert "Nothing was accepted." in screen_text(app)

        # Asked, and the board reads the results again before the teacher answers: the
        # question stands (a refresh is not a move to another answer).
        await pilot.press("a")
        state = app.state
        app.poll()
        await until(pilot, lambda: app.state is not state, "a new reading")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Nothing was accepted." not in screen_text(app)
        await pilot.press("y")
        await until(pilot, lambda: "would change" in screen_text(app), "the dry run")
        said = " ".join(screen_text(app).split())
        assert "Regrade dry run: would change 2 answers of 2 players;" in said
        assert "Accepted “the Pentagon chief” for `who-requested` (pack.yaml line 30)." in said
        after = (pack_copy / "pack.yaml").read_text(encoding="utf-8")
        diff = [d for d in difflib.ndiff(before.splitlines(), after.splitlines()) if d[0] in "+-"]
        assert diff == [
            "-     accept: [Austin, Secretary Austin]",
            '+     accept: [Austin, Secretary Austin, "the Pentagon chief"]',
        ]

        # The teacher regrades: Ada's dispute is settled, and leaves the board.
        apply_regrade_plan(writer, plan_regrade(writer, load_pack(pack_copy)))
        await pilot.press("escape")
        await refreshed(app, pilot)
        text = screen_text(app)
        assert "⚑1 open dispute " in text and "the Pentagon chief" not in text
        assert app.state is not None and [d.player for d in app.state.disputes] == ["Cy"]
        assert writer.answers(AnswerFilter(player="Ada"))[0].verdict == "correct"
