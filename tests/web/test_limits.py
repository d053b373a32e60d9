"""What one browser client may ask of the server (pure rules; the server test uses them)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.support.clock import FakeClock

from newsquiz.cli import main
from newsquiz.web.limits import (
    ClientCount,
    InputBudget,
    ServeLimits,
    same_origin,
    size_from_query,
    terminal_size,
)

LIMITS = ServeLimits(max_columns=300, max_rows=100)


def test_a_huge_terminal_is_cut_to_the_largest_allowed() -> None:
    assert terminal_size(20_000, 20_000, LIMITS) == (300, 100)
    assert terminal_size(120, 36, LIMITS) == (120, 36)
    assert terminal_size(-5, 0, LIMITS) == (20, 8)


@pytest.mark.parametrize("bad", ["80", 80.0, True, None, [80], {"w": 1}])
def test_what_is_not_a_whole_number_is_no_size(bad: object) -> None:
    assert terminal_size(bad, 24, LIMITS) is None and terminal_size(80, bad, LIMITS) is None


@given(st.text(max_size=30) | st.none(), st.text(max_size=30) | st.none())
def test_any_query_string_gives_a_size_within_the_limits(
    width: str | None, height: str | None
) -> None:
    columns, rows = size_from_query(width, height, LIMITS)
    assert 20 <= columns <= 300 and 8 <= rows <= 100


def test_keystrokes_beyond_the_budget_are_dropped_and_the_budget_refills() -> None:
    clock = FakeClock(0)
    budget = InputBudget(ServeLimits(input_bytes_per_second=100, input_burst_bytes=1000), clock)
    assert budget.allow(b"x" * 600) == b"x" * 600
    assert budget.allow(b"y" * 600) == b"y" * 400  # the burst is spent
    assert budget.allow(b"z") == b""
    clock.tick(2)
    assert budget.allow(b"w" * 500) == b"w" * 200
    clock.tick(3600)
    assert len(budget.allow(b"v" * 5000)) == 1000  # never more than one burst


def test_typing_and_pasting_an_answer_are_well_within_the_budget() -> None:
    clock = FakeClock(0)
    budget = InputBudget(ServeLimits(), clock)
    for _ in range(600):  # ten minutes of fast typing, ten keys a second
        for _ in range(10):
            assert budget.allow(b"\x1b[A") == b"\x1b[A"
        clock.tick(1)
    pasted = b"the defence minister of the country" * 10
    assert budget.allow(pasted) == pasted


@pytest.mark.parametrize(
    ("origin", "allowed"),
    [
        (None, True),  # not a browser page
        ("http://10.0.0.5:8000", True),
        ("http://quiz.school.lan", True),  # the address given as --public-url
        ("http://evil.example", False),
        ("null", False),
        ("http://10.0.0.5:8001", False),
    ],
)
def test_only_pages_from_this_server_may_open_a_game(origin: str | None, allowed: bool) -> None:
    assert same_origin(origin, "10.0.0.5:8000", "http://quiz.school.lan") is allowed


def test_games_are_counted_in_all_and_per_computer() -> None:
    games = ClientCount(ServeLimits(max_games=3, max_games_per_client=2))
    for _ in range(2):
        assert games.refusal("10.0.0.7") is None
        games.started("10.0.0.7")
    assert "at most 2 games from one computer" in (games.refusal("10.0.0.7") or "")
    games.started("10.0.0.8")
    assert "already runs 3 games" in (games.refusal("10.0.0.9") or "")
    games.ended("10.0.0.7")
    assert games.refusal("10.0.0.7") is None
    unlimited = ClientCount(ServeLimits(max_games=10, max_games_per_client=0))
    for _ in range(5):
        unlimited.started("proxy")
    assert unlimited.refusal("proxy") is None


def test_the_size_option_is_checked(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["serve", "pack", "--max-size", "10x3"])
    assert "at least 20x8" in capsys.readouterr().err


@pytest.mark.parametrize("text", ["²", "٣", "１２", "1e3", " 80"])
def test_digits_that_are_not_plain_ascii_are_no_size(text: str) -> None:
    assert size_from_query(text, text, LIMITS) == (80, 24)
