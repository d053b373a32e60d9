"""`newsquiz play --mode factcheck`: the options reach the game, and a bad count is refused plainly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsquiz.claims import ClaimBank
from newsquiz.claims.factcheck import Phase
from newsquiz.cli import main
from newsquiz.tui.screens.factcheck import FactCheckScreen

from .helpers import SIZE, TINY_PACK, capture_launch, game, tiny_pack, until, until_showing


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The options `newsquiz play` builds its game with (the game itself is not run)."""
    return capture_launch(monkeypatch)


def test_play_help_names_the_fact_check_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["play", "--help"])
    out = capsys.readouterr().out
    for option in (
        "--mode {closed,open,drill,factcheck}",
        "--seed SEED",
        "--count N",
        "--shuffle SEED",
    ):
        assert option in out


def test_a_count_below_one_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["play", str(TINY_PACK), "--mode", "factcheck", "--count", "0"]) == 2
    assert "--count must be at least 1" in capsys.readouterr().err


async def test_mode_seed_and_count_start_that_round(built: dict[str, Any]) -> None:
    args = ["play", str(TINY_PACK), "--mode", "factcheck", "--seed", "3", "--count", "2"]
    assert main([*args, "--no-record"]) == 0
    assert built["fact_check"] is True
    assert (built["seed"], built["count"]) == (3, 2)

    options = {k: built[k] for k in ("player", "open_book", "fact_check", "seed", "count")}
    app = game(tiny_pack(), **options)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await until_showing(pilot, FactCheckScreen)
        assert isinstance(app.screen, FactCheckScreen)
        assert app.screen.session.claims == ClaimBank(tiny_pack()).round(3, 2)


async def test_fact_check_calls_are_recorded_with_their_questions(tmp_path: Path) -> None:
    from newsquiz.store import open_store
    from newsquiz.tui.recording import results_at

    claims = ClaimBank(tiny_pack()).round(1)
    results = results_at(str(tmp_path / "class.sqlite3"))
    app = game(tiny_pack(), player="Ana", fact_check=True, seed=1, results=results)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("enter")
        await until_showing(pilot, FactCheckScreen)
        screen = app.screen
        assert isinstance(screen, FactCheckScreen)
        session = screen.session
        for called, _ in enumerate(claims):
            # Each key once the game waits for it: a loaded machine may still be writing the
            # last call when the next key comes.
            await until(pilot, lambda: session.phase is Phase.JUDGE, "a claim to call")
            await pilot.press("t")  # every claim called true
            await until(
                pilot,
                lambda: session.phase is not Phase.JUDGE and not screen.writing,
                "the call's verdict",
            )
            assert len(session.records) == called + 1
            await pilot.press("enter")
        assert app.line is not None
        await app.line.settled()  # answers are written off the UI thread
    with open_store(tmp_path / "class.sqlite3") as store:
        answers = store.answers()
    assert [(a.player, a.question_id, a.answer) for a in answers] == [
        ("Ana", c.question_id, "true") for c in claims
    ]
    assert [a.verdict for a in answers] == ["correct" if c.truth else "incorrect" for c in claims]


def test_play_offers_the_drill_the_start_screen_offers(built: dict[str, Any]) -> None:
    args = ["play", str(TINY_PACK), "--mode", "drill", "--seed", "4", "--count", "2"]
    assert main([*args, "--no-record"]) == 0
    assert built["drill"] is True and built["fact_check"] is False
    assert (built["seed"], built["count"]) == (4, 2)


def test_mode_closed_is_asked_for_and_no_mode_is_not(built: dict[str, Any]) -> None:
    # `--mode closed` must beat a remembered mode; with no --mode, the remembered one stands.
    assert main(["play", str(TINY_PACK), "--mode", "closed", "--no-record"]) == 0
    assert built["closed_book"] is True and not built["open_book"]
    assert main(["play", str(TINY_PACK), "--no-record"]) == 0
    assert built["closed_book"] is False
