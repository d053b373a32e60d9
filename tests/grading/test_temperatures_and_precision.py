"""A temperature keeps its sign and its scale (`-40 °C` is not `40 °C`, nor `-40 °F` unless
it is the same temperature), and a figure in another unit is right only to its own
precision: `31 cm` is not the 12.6 inches an article gives, nor `12 inches` where the
article writes 12.4."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("-18 °C", C),
        ("−18 °C", C),
        ("minus 18 degrees Celsius", C),
        ("minus eighteen degrees", C),
        ("0 °F", C),  # -17.8 °C
        ("-0.4 °F", C),  # exactly -18 °C
        ("18 °C", X),
        ("-18 °F", X),
        ("-81 °C", X),
        ("255 kelvin", C),
        ("-28 °C", X),
    ],
)
def test_a_temperature_below_zero(typed: str, expected: Outcome) -> None:
    paragraph = "Overnight the temperature in the valley fell to -18 °C, a record for March."
    question = make_question(
        "number",
        "-18 °C",
        question="To what temperature did the valley fall overnight?",
        citations=(cite("fell to -18 °C", paragraph),),
        article=(paragraph,),
    )
    assert grade(question, typed).outcome is expected


def test_a_sign_is_part_of_the_figure_and_a_range_no_sign() -> None:
    question = make_question("number", "5 percent", question="How much did exports change?")
    assert grade(question, "5%").outcome is C
    assert grade(question, "-5%").outcome is X
    assert grade(question, "(-5%)").outcome is X
    assert grade(question, "3-5%").outcome is X


_PANEL = "The tapestry measures 182 by 96 centimetres (71.7 by 37.8 inches)."


@pytest.mark.parametrize(
    ("key", "accept", "typed", "expected"),
    [
        ("182 centimetres", "71.7 inches", "182 cm", C),
        ("182 centimetres", "71.7 inches", "71.7 inches", C),
        ("182 centimetres", "71.7 inches", "183 cm", X),
        ("182 centimetres", "71.7 inches", "about 184 cm", X),
        ("37.8 inches", "96 centimetres", "37.8 in", C),
        ("37.8 inches", "96 centimetres", "96 cm", C),
        ("37.8 inches", "96 centimetres", "38 inches", X),
        ("37.8 inches", "96 centimetres", "37 inches", X),
    ],
)
def test_a_figure_in_another_unit_to_its_own_precision(
    key: str, accept: str, typed: str, expected: Outcome
) -> None:
    question = make_question(
        "number",
        key,
        accept=(accept,),
        question="How large is the tapestry?",
        citations=(cite(_PANEL, _PANEL),),
        article=(_PANEL,),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(("typed", "expected"), [("3 miles", C), ("4 miles", X)])
def test_an_exact_conversion_of_a_round_figure_is_still_right(
    typed: str, expected: Outcome
) -> None:
    question = make_question("number", "about 4.8 km", question="How long is the new bridge?")
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("below 12 knots", C), ("12 knots", C), ("above 12 knots", X), ("below 14 knots", X)],
)
def test_a_bound_the_question_asks_for_may_be_written(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number", "12 knots", question="Below what speed must ships stay in the harbour?"
    )
    assert grade(question, typed).outcome is expected


def test_a_bound_the_question_does_not_ask_for_is_another_fact() -> None:
    question = make_question("number", "12 knots", question="What speed limit was set?")
    assert grade(question, "below 12 knots").outcome is X


def test_over_how_long_asks_for_no_bound() -> None:
    question = make_question(
        "duration", "nearly four years", question="Over how long was the bridge built?"
    )
    assert grade(question, "four years").outcome is C
    assert grade(question, "more than four years").outcome is X
