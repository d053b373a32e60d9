"""Fact-check screens are readable and complete at 80×24; one snapshot on the small fixed pack.

Update the snapshot with
`pytest tests/tui/test_factcheck_layout.py --snapshot-update`, then look at the SVG.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from textual.pilot import Pilot

from newsquiz.claims import ClaimBank
from newsquiz.pack import Pack
from newsquiz.tui.screens.factcheck import FactCheckScreen
from newsquiz.tui.screens.factcheck_end import FactCheckEndScreen

from .helpers import SIZE, FakeClock, game, tiny_pack, type_answer, until_showing
from .test_tui_layout import assert_fits

SnapCompare = Callable[..., bool]
Drive = Callable[[Pilot[None]], Awaitable[None]]
SEED = 1


async def start(pilot: Pilot[None]) -> None:
    await pilot.press("enter")
    await until_showing(pilot, FactCheckScreen)
    assert isinstance(pilot.app.screen, FactCheckScreen)


def current_truth(pilot: Pilot[None]) -> bool:
    screen = pilot.app.screen
    assert isinstance(screen, FactCheckScreen)
    claim = screen.session.current
    assert claim is not None
    return claim.truth


async def to_a_false_claim(pilot: Pilot[None]) -> None:
    await start(pilot)
    while current_truth(pilot):
        await pilot.press("t", "enter")
        await pilot.pause()


async def correcting(pilot: Pilot[None]) -> None:
    await to_a_false_claim(pilot)
    await pilot.press("f")
    await pilot.pause()


async def false_feedback(pilot: Pilot[None]) -> None:
    await correcting(pilot)
    await type_answer(pilot, "a wrong value")


async def true_feedback(pilot: Pilot[None]) -> None:
    await start(pilot)
    while not current_truth(pilot):
        await pilot.press("t", "enter")
        await pilot.pause()
    await pilot.press("t")
    await pilot.pause()


async def help_screen(pilot: Pilot[None]) -> None:
    await start(pilot)
    await pilot.press("f1")
    await pilot.pause()


async def results(pilot: Pilot[None]) -> None:
    await start(pilot)
    while isinstance(pilot.app.screen, FactCheckScreen):
        await pilot.press("f", "ctrl+g", "enter")
        await pilot.pause()
    await until_showing(pilot, FactCheckEndScreen)
    assert isinstance(pilot.app.screen, FactCheckEndScreen)


STATES: dict[str, Drive] = {
    "claim": start,
    "correcting": correcting,
    "false-feedback": false_feedback,
    "true-feedback": true_feedback,
    "help": help_screen,
    "results": results,
}


@pytest.mark.parametrize("state", list(STATES))
async def test_fact_check_fits_80x24(state: str) -> None:
    name = "A rather long player name, to see it fit"
    app = game(tiny_pack(), player=name, fact_check=True, seed=SEED)
    async with app.run_test(size=SIZE) as pilot:
        await STATES[state](pilot)
        assert_fits(app)


@pytest.mark.parametrize("seed", [1])
async def test_every_seed_pack_feedback_shows_its_verdict_at_80x24(
    seed_pack: Pack, seed: int
) -> None:
    """Long claims and long article lines: the verdict is never scrolled out of sight."""
    claims = ClaimBank(seed_pack).round(seed)
    app = game(seed_pack, fact_check=True, seed=seed)
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        for claim in claims:
            await pilot.press("f" if claim.truth else "t")  # every call wrong: no correction
            await pilot.pause()
            await pilot.pause()  # the scroll to the verdict happens after a refresh
            assert_fits(app)
            play = app.screen.query_one("#play")
            verdict = app.screen.query_one("#fc-verdict")
            assert play.region.contains_region(verdict.region), claim.question_id
            await pilot.press("enter")
            await pilot.pause()


def test_snapshot_of_a_false_claim_corrected_wrong(snap_compare: SnapCompare) -> None:
    async def call_the_first_false_claim(pilot: Pilot[None]) -> None:
        await false_feedback(pilot)

    app = game(tiny_pack(), FakeClock(), player="Ana", fact_check=True, seed=SEED)
    assert snap_compare(app, terminal_size=SIZE, run_before=call_the_first_false_claim)
