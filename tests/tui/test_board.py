"""The teacher's board, driven headless on a results database that grows while it is open."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from textual.geometry import Region
from textual.pilot import Pilot

from newsquiz.pack import Pack
from newsquiz.store import NewAnswer, Store, StoreError, open_store
from newsquiz.tui.board.app import BoardApp, make_board_app
from newsquiz.tui.board.state import BoardReader, find_pack_by_id
from newsquiz.tui.board.widgets import PlayersTable, QuestionBars

from .helpers import screen_lines, screen_text, until

MOMENT = datetime(2024, 5, 13, 9, 30, 15, tzinfo=UTC)
PROJECTOR = (120, 36)
SMALL = (80, 24)


def fixed_clock() -> datetime:
    return MOMENT


def answer(
    pack: Pack,
    player: str,
    number: int,
    right: bool,
    *,
    attempt: int = 1,
    group: str = "7b",
    ago: timedelta = timedelta(minutes=5),
) -> NewAnswer:
    """`player`'s answer to the pack's question `number` (1-based), `ago` before the board's
    clock reads."""
    question = pack.questions[number - 1]
    return NewAnswer(
        run_id=f"run-{player}",
        player=player,
        group=group,
        pack_id=pack.id,
        pack_digest=pack.digest,
        question_id=question.id,
        answer="right" if right else "wrong",
        verdict="correct" if right else "incorrect",
        score=1.0 if right else 0.0,
        reason=None,
        seconds=4.0,
        attempt=attempt,
        answered_at=MOMENT - ago,
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "class.sqlite3"


@pytest.fixture
def writer(db: Path) -> Store:
    """The players' side: a separate connection writing while the board reads."""
    return open_store(db)


def board(db: Path, pack: Pack | None, group: str | None = None) -> BoardApp:
    return make_board_app(
        lambda: open_store(db),
        pack=pack,
        group=group,
        interval=None,  # polls only when asked: the tests decide when answers "arrive"
        clock=fixed_clock,
    )


async def refreshed(app: BoardApp, pilot: Pilot[None]) -> None:
    """Ask for a reading (as the `r` key does) and wait until it is on screen: a new state
    (or a new error) taken, and the status line that goes with it drawn."""
    await app.workers.wait_for_complete()
    state, error = app.state, app.error
    await pilot.press("r")
    await until(pilot, lambda: app.state is not state or app.error is not error, "a new reading")
    status = "Reading the results" if app.error is None else "trying again"
    await until(pilot, lambda: status in screen_text(app), "its status line")


def class_of_five(pack: Pack, writer: Store) -> None:
    """Five players part-way through; question 3 is the one most of them missed."""
    rows = []
    for index, name in enumerate(["Ada", "Bob", "Cy", "Dee", "Eve"]):
        for number in range(1, 9 - index):
            right = not (number == 3 and index != 0) and not (number == 5 and index % 2)
            rows.append(answer(pack, name, number, right))
    writer.record_answers(rows)


async def test_the_board_grows_as_answers_arrive(db: Path, writer: Store, seed_pack: Pack) -> None:
    now = timedelta(seconds=20)  # still playing
    writer.record_answers(
        [answer(seed_pack, "Ada", 1, True, ago=now), answer(seed_pack, "Ada", 2, False, ago=now)]
    )
    app = board(db, seed_pack)
    async with app.run_test(size=PROJECTOR) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        text = screen_text(app)
        # No game has ended yet: how long Ada's is, is not known; her miss may come back.
        assert "Ada" in text and " 1/? " in text and "playing" in text and "Bob" not in text
        assert seed_pack.title in text and "1 player " in text and "updated 09:30:15" in text
        bars = app.query_one(QuestionBars).bars
        assert [b.question_id for b in bars] == ["call-length", "first-since-invasion"]

        # Bob joins and gets question 1 wrong, Ada answers a third one: while the board is open.
        writer.record_answer(answer(seed_pack, "Bob", 1, False, ago=now))
        writer.record_answer(answer(seed_pack, "Ada", 3, True, ago=now))
        await refreshed(app, pilot)
        text = screen_text(app)
        assert "Bob" in text and " 0/? " in text and " 2/? " in text and "2 players" in text
        bars = app.query_one(QuestionBars).bars
        assert [(b.question_id, b.right_first_time, b.first_attempts) for b in bars] == [
            ("call-length", 0, 1),
            ("first-since-invasion", 1, 2),
            ("who-requested", 1, 1),
        ]
        lines = screen_lines(app)
        weakest = next(n for n, line in enumerate(lines) if "Q2 " in line)
        half = next(n for n, line in enumerate(lines) if "Q1 " in line)
        assert weakest < half and "0%" in lines[weakest] and "50%" in lines[half]


async def test_a_retry_counts_for_progress_only_once(
    db: Path, writer: Store, seed_pack: Pack
) -> None:
    writer.record_answers(
        [answer(seed_pack, "Ada", 1, False), answer(seed_pack, "Ada", 1, True, attempt=2)]
    )
    app = board(db, seed_pack)
    async with app.run_test(size=PROJECTOR) as pilot:
        await refreshed(app, pilot)
        (row,) = app.state.players if app.state else ()
        assert (row.asked, row.settled, row.score, row.attempts) == (1, 1, 0.0, 2)
        assert " 1/1 " in screen_text(app) and "finished" in screen_text(app)


async def test_names_are_shown_literally_never_interpreted(
    db: Path, writer: Store, seed_pack: Pack
) -> None:
    names = ["[bold]Eve[/bold]", "[link=http://evil.test]click[/link]", "\x1b[31mMal\x07lory"]
    writer.record_answers([answer(seed_pack, name, 1, True) for name in names])
    app = board(db, seed_pack, group="7b")
    async with app.run_test(size=PROJECTOR) as pilot:
        await refreshed(app, pilot)
        text = screen_text(app)
        assert "[bold]Eve[/bold]" in text
        assert "[link=http://evil.t…" in text  # clipped at 20 characters, still literal
        assert "[31mMallory" in text  # the escape character itself is gone, the rest is shown
        assert "\x1b" not in text and "\x07" not in text
        assert "group 7b" in text


@pytest.mark.parametrize(
    "size",
    [PROJECTOR, (100, 36), SMALL],
    ids=["120x36", "100x36 (bars too narrow beside)", "80x24"],
)
async def test_everything_fits_on_a_projector_and_a_small_terminal(
    size: tuple[int, int], db: Path, writer: Store, seed_pack: Pack
) -> None:
    class_of_five(seed_pack, writer)
    long_name = "Maximilian-Alexander Featherstonehaugh"
    writer.record_answer(answer(seed_pack, long_name, 1, True, group="7b-extended"))
    app = board(db, seed_pack)
    async with app.run_test(size=size) as pilot:
        await refreshed(app, pilot)
        screen = Region(0, 0, *size)
        for selector in ("#board-header", "#players", "#bars", "#board-status", "KeyBar"):
            widget = app.query_one(selector)
            assert screen.contains_region(widget.region), f"{selector} is cut off at {size}"
        table = app.query_one(PlayersTable)
        assert table.max_scroll_x == 0 and table.max_scroll_y == 0, "players table clipped"
        assert app.query_one("#bars-scroll").max_scroll_y == 0, "bars clipped"

        text = screen_text(app)
        # Every game has been quiet for five minutes: Ada's, the longest, has ended, and
        # tells how long the others' are.
        players = [
            ("Ada", " 8/8 ", "finished"),
            ("Bob", " 7/8 ", "idle 5m"),
            ("Eve", " 4/8 ", "idle 5m"),
            (long_name[:19], " 1/8 ", "idle 5m"),
        ]
        for name, progress, status in players:
            row = next(line for line in screen_lines(app) if f" {name}" in line)
            assert progress in row and status in row
        bars = app.query_one(QuestionBars)
        assert len(bars.bars) == 8
        shown = [line for line in screen_lines(app) if "%" in line]
        assert len(shown) == 8, text
        # Weakest first: question 3, which four of five missed, heads the bars.
        assert "Q3 " in shown[0] and "20%" in shown[0] and "100%" in shown[-1]
        assert all(re.search(r"\d+% +\d+/\d+( |$)", line) for line in shown), shown
        # The wrong answer typed most often, beside its bar or under it.
        assert "✗ wrong ×4" in text
        wide = size == PROJECTOR
        assert app.screen.has_class("-wide" if wide else "-narrow")


async def test_an_unreachable_store_is_a_message_and_the_board_recovers(
    db: Path, writer: Store, seed_pack: Pack
) -> None:
    writer.record_answer(answer(seed_pack, "Ada", 1, True))
    attempts: list[int] = []

    def flaky_open() -> Store:
        attempts.append(1)
        if len(attempts) == 1:
            raise StoreError("cannot reach the results database postgresql://db/quiz")
        return open_store(db)

    app = make_board_app(flaky_open, pack=seed_pack, interval=None, clock=fixed_clock)
    async with app.run_test(size=SMALL) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        text = screen_text(app)
        assert "cannot reach the results database" in text and "trying again" in text
        assert app.error is not None and app.state is None
        await refreshed(app, pilot)
        assert app.error is None and "Ada" in screen_text(app)
        assert "cannot reach" not in screen_text(app)


def test_without_a_pack_the_board_looks_it_up_by_id(
    db: Path, writer: Store, seed_pack: Pack
) -> None:
    writer.record_answer(answer(seed_pack, "Ada", 2, True))
    looked_up: list[str] = []

    def lookup(pack_id: str) -> Pack | None:
        looked_up.append(pack_id)
        return find_pack_by_id(pack_id)

    reader = BoardReader(open_store(db), lookup=lookup, clock=fixed_clock)
    state = reader.read()
    reader.read()
    assert looked_up == [seed_pack.id]  # once, then remembered
    assert state.total == 43 and state.title == seed_pack.title
    assert state.questions[0].label.startswith("Q2 ")

    # Two packs: no single total, but scores and bars still show, labelled by id.
    writer.record_answer(
        NewAnswer(**{**answer(seed_pack, "Bob", 1, True).__dict__, "pack_id": "other-pack"})
    )
    mixed = BoardReader(open_store(db), lookup=lambda _: None, clock=fixed_clock).read()
    assert mixed.total is None and mixed.title == "all packs" and len(mixed.players) == 2


def test_a_pack_filter_and_a_group_filter_narrow_the_board(
    db: Path, writer: Store, seed_pack: Pack
) -> None:
    writer.record_answers(
        [
            answer(seed_pack, "Ada", 1, True, group="7a"),
            answer(seed_pack, "Bob", 1, True, group="7b"),
        ]
    )
    state = BoardReader(open_store(db), pack=seed_pack, group="7b", clock=fixed_clock).read()
    assert [p.player for p in state.players] == ["Bob"] and state.group == "7b"
    assert find_pack_by_id("no-such-pack") is None


def test_the_command_refuses_a_bad_database_clearly(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsquiz", "board", "--db", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith("newsquiz board: ") and "is a folder" in done.stderr
    bad = subprocess.run(
        [sys.executable, "-m", "newsquiz", "board", "--interval", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2 and "above 0 seconds" in bad.stderr


@pytest.mark.parametrize("size", [PROJECTOR, SMALL], ids=["120x36", "80x24"])
def test_snapshot_of_the_board(
    size: tuple[int, int],
    snap_compare: Callable[..., bool],
    db: Path,
    writer: Store,
    seed_pack: Pack,
) -> None:
    class_of_five(seed_pack, writer)
    writer.record_answer(answer(seed_pack, "[red]Zoë[/red]", 1, True))
    app = board(db, seed_pack, group="7b")

    async def settle(pilot: Pilot[None]) -> None:
        await app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=settle)
