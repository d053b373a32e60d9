"""Snapshots of the main screens at 80×24 (and the start screen at 60×20), on a small fixed
pack (so they outlive seed-pack edits).

Update with `pytest tests/tui/test_tui_snapshots.py --snapshot-update`, then look at the SVGs.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot

from .helpers import SIZE, FakeClock, game, tiny_pack, type_answer

SnapCompare = Callable[..., bool]


def test_start_screen(snap_compare: SnapCompare) -> None:
    assert snap_compare(game(tiny_pack(), player="Ana"), terminal_size=SIZE)


def test_start_screen_of_a_drill(snap_compare: SnapCompare) -> None:
    # Started by `newsquiz drill`: the drill is the chosen mode, its rules under the list.
    app = game(tiny_pack(), drill=True, group="9b", count=3, time_limit=20)
    assert snap_compare(app, terminal_size=SIZE)


def test_start_screen_of_a_drill_at_60x20(snap_compare: SnapCompare) -> None:
    # A short terminal: closer together, the chosen mode told in full, the others cut.
    app = game(tiny_pack(), drill=True, player="Ana", group="9b", count=3, time_limit=20)
    assert snap_compare(app, terminal_size=(60, 20))


def test_question_with_feedback(snap_compare: SnapCompare) -> None:
    async def answer_the_cost_question(pilot: Pilot[None]) -> None:
        await pilot.press("enter")  # start
        await pilot.pause()
        await type_answer(pilot, "7 to 2")
        await pilot.press("enter")
        await pilot.pause()
        await type_answer(pilot, "$30 million")  # wrong; the question has an `explain`

    assert snap_compare(
        game(tiny_pack(), player="Ana"), terminal_size=SIZE, run_before=answer_the_cost_question
    )


def test_choice_question_open_book(snap_compare: SnapCompare) -> None:
    async def go_to_the_choice_question(pilot: Pilot[None]) -> None:
        await pilot.press("enter")
        await pilot.pause()
        for _ in range(2):
            await pilot.press("ctrl+g", "enter")
            await pilot.pause()

    assert snap_compare(
        game(tiny_pack(), open_book=True), terminal_size=SIZE, run_before=go_to_the_choice_question
    )


def test_end_screen(snap_compare: SnapCompare) -> None:
    clock = FakeClock()
    answers = ["7 to 2", "$3 million", "b", "Ines Carvalo", "true"]

    async def play_everything(pilot: Pilot[None]) -> None:
        await pilot.press("enter")
        await pilot.pause()
        for typed in answers:
            clock.tick(12)
            await type_answer(pilot, typed)
            await pilot.press("enter")
            await pilot.pause()

    assert snap_compare(
        game(tiny_pack(), clock, player="Ana"), terminal_size=SIZE, run_before=play_everything
    )
