"""A claim's correction that pairs what the quote keeps apart: a figure with the act the
quote gives another figure (`62 percent opposed` where 62 percent backed it), a
region's quarter, a way of carrying something, a bare `degrees`; and one that affirms
with `only` what the quote denies. Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, only 31 percent opposed it", C),
        ("false, 64 percent backed it", C),
        ("false, 64 percent opposed it", X),
        ("false, 31 percent backed it", X),
    ],
)
def test_a_figure_with_the_act_the_quote_gives_another(typed: str, expected: Outcome) -> None:
    claim = "True or false: most of the residents who replied opposed the new bus gate."
    quote = "64 percent of residents backed the bus gate and 31 percent opposed it"
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("false, four voted against", C), ("false, the vote was seven to four", C)],
)
def test_both_figures_of_a_tally_did_the_act(typed: str, expected: Outcome) -> None:
    claim = "True or false: the eleven-member panel approved the plan unanimously."
    quote = "The eleven-member panel voted seven to four for the plan"
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("false, from West Kerrin", C), ("false, from East Kerrin", X), ("false, Mid Kerrin", X)],
)
def test_another_quarter_of_the_region(typed: str, expected: Outcome) -> None:
    claim = "True or false: the winning oats came from a farm in North Kerrin."
    quote = "the winning oats came from a farm in West Kerrin"
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("false, by road", C), ("false, by rail", X), ("false, it goes by air", X)],
)
def test_another_way_of_carrying_it(typed: str, expected: Outcome) -> None:
    claim = "True or false: the turbine blades will be shipped to the site by sea."
    quote = "the turbine blades will be taken to the site by road in 14 convoys"
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("false, it is 4 degrees", C), ("false, it is 4 °C", C), ("false, it is 85 degrees", X)],
)
def test_a_bare_degrees_is_the_quotes_degree(typed: str, expected: Outcome) -> None:
    claim = "True or false: the cheese cave is kept at room temperature."
    quote = "The cave is held at 4 °C and a humidity of 85 percent"
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, only Dunmere is affected", X),
        ("false, only the Kelso line is affected", C),
        ("false, none of them is affected", C),
    ],
)
def test_only_still_affirms_the_denied_act(typed: str, expected: Outcome) -> None:
    claim = "True or false: the ferry strike affects the Dunmere crossing."
    quote = "the other routes, Dunmere and Holt Bay, are not affected by the strike"
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("false, it told them on June 3", C), ("false, it told them at once", X)],
)
def test_not_until_says_when_it_was_done(typed: str, expected: Outcome) -> None:
    claim = "True or false: the water company told residents about the leak the same day."
    quote = "the water company did not tell residents about the leak until June 3"
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, only 9 opened", C),
        ("false, 9 opened", C),
        ("false, only 9 of 14 opened", C),
        ("false, 5 were jammed", C),
        ("false, only 5 opened", X),
    ],
)
def test_a_figure_with_the_act_the_cited_paragraph_gives_another(
    typed: str, expected: Outcome
) -> None:
    """The quote only denies (`Not every gate opened.`); the figures stand beside it in its
    paragraph, each with its own act: a correction pairing them otherwise is wrong."""
    claim = "True or false: every floodgate on the Merrow embankment opened."
    quote = "Not every gate opened."
    paragraph = (
        "Not every gate opened. Of the 14 floodgates on the Merrow embankment, only 9 opened, "
        "the river authority said. Its engineers said 5 were jammed by silt."
    )
    assert graded_claim(claim, quote, typed, paragraph=paragraph) is expected


@pytest.mark.parametrize(
    ("quote", "typed", "expected"),
    [
        ("Turnout was 52 percent, down from 58 percent in 2019", "false, it fell to 52 percent", C),
        ("Turnout was 52 percent, down from 58 percent in 2019", "false, it fell to 58 percent", X),
        ("Turnout was 52 percent, down from 58 percent in 2019", "false, it fell from 58 to 52", C),
        (
            "Turnout was 52 percent, against 58 percent in 2019",
            "false, it dropped to 58 percent",
            X,
        ),
        ("Turnout was 52 percent, against 58 percent in 2019", "false, it was 52 percent", C),
    ],
)
def test_a_figure_moved_to_the_level_the_quote_sets_it_against(
    quote: str, typed: str, expected: Outcome
) -> None:
    """`down from 58`, `against 58 in 2019`: the level before; a correction saying the figure
    fell or rose to it gives the old level for the new one."""
    claim = "True or false: turnout in the Darrow ward was higher than at the last election."
    assert graded_claim(claim, quote, typed) is expected
