"""Drills in the game: missed questions come back, a countdown on a fake clock, the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from newsquiz.cli import build_parser, main
from newsquiz.drill import DrillSession
from newsquiz.store import open_store
from newsquiz.tui.app import NewsQuizApp
from newsquiz.tui.recording import results_at
from newsquiz.tui.screens.end import EndScreen
from newsquiz.tui.screens.question import QuestionScreen
from newsquiz.tui.screens.start import StartScreen
from newsquiz.tui.widgets.countdown import Countdown

from .helpers import (
    SIZE,
    FakeClock,
    game,
    screen_text,
    shown_text,
    tiny_pack,
    type_answer,
    until,
    until_showing,
)

WRONG = "zzzz"


def drill_of(app: NewsQuizApp) -> DrillSession:
    screen = app.screen
    assert isinstance(screen, QuestionScreen)
    assert isinstance(screen.session, DrillSession)
    return screen.session


async def begin(pilot: Pilot[None]) -> None:
    assert isinstance(pilot.app.screen, StartScreen)
    await pilot.press("enter")
    await until_showing(pilot, QuestionScreen)


async def go_on(pilot: Pilot[None]) -> None:
    """Enter past the verdict: wait until the next question asks (or the round ended)."""
    screen = pilot.app.screen
    await pilot.press("enter")
    await until(
        pilot,
        lambda: pilot.app.screen is not screen or isinstance(pilot.app.focused, Input),
        "the next question",
    )


async def test_missed_questions_come_back_until_right_or_retired() -> None:
    clock = FakeClock()
    app = game(tiny_pack(), clock, player="Ana", drill=True, seed=3, tries=2)
    # "vote" is missed once then answered; "cost" is never answered right: retired.
    misses_left = {"vote": 1, "cost": 99}
    async with app.run_test(size=SIZE) as pilot:
        await begin(pilot)
        drill = drill_of(app)
        first_order = [q.id for q in drill.drilled]
        asked: list[str] = []
        while isinstance(app.screen, QuestionScreen):
            question = drill.current
            assert question is not None
            asked.append(question.id)
            # The status counts questions asked, one more each time, and the drill's five
            # facts as they stand; a question back again says which attempt it is.
            status = shown_text(app.screen.query_one("#status")).strip()
            tries_so_far = asked.count(question.id)
            again = f" · attempt {tries_so_far} of 2" if tries_so_far > 1 else ""
            facts = f"learnt {len(drill.mastered)} of 5"
            if drill.retired:
                facts += f", {len(drill.retired)} retired"
            assert status.startswith(f"Question {len(asked)}{again} · {facts} ")  # then its bar
            assert "  First-try score " in status  # not to be read as the count learnt
            assert len(drill.mastered) + len(drill.retired) + drill.remaining_facts == 5
            clock.tick(5)
            if misses_left.get(question.id, 0) > 0:
                misses_left[question.id] -= 1
                await type_answer(pilot, WRONG)
                record = drill.records[-1]
                note = shown_text(app.screen.query_one("#round-note"))
                if drill.comes_back(record):
                    assert "comes back later: that was attempt 1 of 2 at this question" in " ".join(
                        note.split()
                    )
                else:
                    assert "Retired after 2 misses: learn it from the proof below." in note
                    # Retired with its proof on screen.
                    assert f"Article line {question.citations[0].line}:" in screen_text(app)
            else:
                await type_answer(pilot, question.expected)
                assert drill.records[-1].verdict.correct
            await go_on(pilot)
            assert len(asked) < 20, "the drill never ends"

        # Every fact met: each asked once, the missed ones again later, never twice in a row.
        assert asked.count("vote") == 2 and asked.count("cost") == 2
        assert sorted(set(asked)) == sorted(first_order)
        assert asked.index("vote") + 1 < len(asked) - asked[::-1].index("vote")
        assert [q.id for q in drill.retired] == ["cost"]
        assert drill.remaining_facts == 0

        screen = app.screen
        assert isinstance(screen, EndScreen)
        summary = shown_text(screen.query_one("#summary"))
        assert "got 3 of 5 right first time" in summary
        assert "7 attempts in all" in summary
        assert "1 learnt on a later attempt" in summary
        assert "1 retired after 2 misses" in summary
        assert "Score 3 / 5" in summary


async def test_a_countdown_runs_on_the_clock_and_time_up_counts_as_missed() -> None:
    clock = FakeClock()
    app = game(tiny_pack(), clock, player="Ana", drill=True, seed=1, time_limit=20)
    async with app.run_test(size=SIZE) as pilot:
        await begin(pilot)
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        drill = drill_of(app)
        first = drill.current
        assert first is not None
        countdown = screen.query_one(Countdown)
        assert shown_text(countdown).strip() == "⏱ 0:20 left"
        assert (
            shown_text(screen.query_one("#status"))
            .strip()
            .startswith("Question 1 · learnt 0 of 5 ")
        )

        clock.tick(16.5)
        await screen.tick_clock()  # what the interval does every quarter second
        await until(pilot, lambda: "⏱ 0:04 left" in shown_text(countdown), "4 seconds left")
        assert countdown.has_class("-hurry")
        assert drill.records == []  # not yet out of time

        clock.tick(4)
        await screen.tick_clock()
        (record,) = drill.records
        assert record.question is first and record.timed_out and not record.verdict.correct
        await until(pilot, lambda: "Time is up" in shown_text(countdown), "time up shown")
        await until(pilot, lambda: bool(shown_text(screen.query_one("#round-note"))), "the note")
        note = shown_text(screen.query_one("#round-note"))
        assert "Time is up: this question counts as missed" in note
        assert "This one comes back later" in note
        assert "Wrong" in shown_text(screen.query_one("#verdict"))
        await screen.tick_clock()  # a later tick does not count it twice
        assert len(drill.records) == 1

        # Enter typed just as the time ran out does not skip the verdict; a moment later it does.
        await pilot.press("enter")
        await pilot.pause()  # (nothing to wait for: what must not happen)
        assert drill.current is first and drill.answered_current
        clock.tick(1)
        await go_on(pilot)

        # The next question gets a fresh countdown; answering in time stops it.
        await until(pilot, lambda: "⏱ 0:20 left" in shown_text(countdown), "a fresh countdown")
        clock.tick(3)
        second = drill.current
        assert second is not None and second is not first
        await type_answer(pilot, second.expected)
        clock.tick(30)
        await screen.tick_clock()
        assert drill.records[-1].verdict.correct and not drill.records[-1].timed_out
        assert "⏱ 0:17 left" in shown_text(countdown)


async def test_an_answer_typed_after_the_time_ran_out_is_missed() -> None:
    clock = FakeClock()
    app = game(tiny_pack(), clock, player="Ana", drill=True, time_limit=10)
    async with app.run_test(size=SIZE) as pilot:
        await begin(pilot)
        drill = drill_of(app)
        question = drill.current
        assert question is not None
        clock.tick(11)  # the tick has not come yet: Enter finds the time over
        await type_answer(pilot, question.expected)
        record = drill.records[-1]
        assert record.timed_out and not record.verdict.correct
        assert "Time is up" in shown_text(app.screen.query_one("#round-note"))


async def test_a_drill_needs_the_players_name() -> None:
    app = game(tiny_pack(), drill=True, group="9b", count=3, time_limit=15)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await until_showing(pilot, StartScreen)
        rules = shown_text(app.screen.query_one("#drill-rules"))
        assert rules == "Drill: 3 questions, 15 seconds each, up to 3 tries"
        await pilot.press("enter")
        # Refused, with the reason: wait for the reason, not for a moment of idleness.
        await until(
            pilot, lambda: "Type your name first" in screen_text(app), "a notice asking for a name"
        )
        assert isinstance(app.screen, StartScreen)
        await pilot.press(*"Bo", "enter")
        # The test used to end as soon as the screen was switched, before the question screen
        # had mounted; the app then shut down under it (a NoMatches from its on_mount).
        await until_showing(pilot, QuestionScreen)
        assert app.options.player == "Bo" and app.options.group == "9b"
        question = drill_of(app).current
        assert question is not None
        assert question.question in shown_text(app.screen.query_one("#question"))


def cli_drill(seed: str) -> list[str]:
    """The question ids `newsquiz drill tiny --count 3 --seed SEED` plans, from its options."""
    args = build_parser().parse_args(["drill", "tiny", "--count", "3", "--seed", seed])
    app = game(tiny_pack(), drill=True, count=args.count, seed=args.seed)
    session = app.mode.build_session(tiny_pack(), app.options, FakeClock())
    return [q.id for q in session.questions]


async def test_count_and_seed_give_two_players_the_same_drill(tmp_path: Path) -> None:
    results = results_at(str(tmp_path / "class.sqlite3"))
    orders: list[list[str]] = []
    for player in ("Ana", "Bo"):
        app = game(tiny_pack(), player=player, drill=True, count=3, seed=11, results=results)
        async with app.run_test(size=SIZE) as pilot:
            await app.workers.wait_for_complete()
            await begin(pilot)
            asked: list[str] = []
            while isinstance(app.screen, QuestionScreen):
                question = drill_of(app).current
                assert question is not None
                asked.append(question.id)
                await type_answer(pilot, question.expected)
                await go_on(pilot)
            assert isinstance(app.screen, EndScreen)
            await app.records_settled()
        orders.append(asked)
    assert orders[0] == orders[1] and len(orders[0]) == 3
    with open_store(tmp_path / "class.sqlite3") as store:
        answers = store.answers()
    for player in ("Ana", "Bo"):
        assert [a.question_id for a in answers if a.player == player] == orders[0]
    # The command line's --count/--seed plan that very drill; another seed plans another.
    assert cli_drill("11") == orders[0]
    assert cli_drill("12") != orders[0]


def test_drill_help_names_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["drill", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for option in (
        "PACK",
        "--count N",
        "--seed S",
        "--time SECONDS",
        "--tries N",
        "--player NAME",
        "--group LABEL",
        "--db PATH_OR_URL",
        "--no-record",
        "examples:",
    ):
        assert option in out


@pytest.mark.parametrize(
    ("option", "value", "complaint"),
    [("--count", "0", "at least 1"), ("--time", "-5", "above 0"), ("--tries", "x", "whole")],
)
def test_bad_drill_options_are_refused_plainly(
    option: str, value: str, complaint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["drill", "tiny", option, value])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert complaint in err and "Traceback" not in err
