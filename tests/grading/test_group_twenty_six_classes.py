"""Classes of false accepts the twenty-sixth held-out group showed, each with invented
examples: a choice told apart by its figure, a correction counting in words after `were`,
a position the quote does not give, a unit of the key's kind but not the key's in a text
answer, an opposite (`state` for federal) beside the key's words, and `a percentage point`
read as one."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, graded_claim, make_question

from newsquiz.facts.text import tokenize
from newsquiz.facts.values import scan
from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Orion-3", C), ("Orion 3", C), ("Orion-4", X), ("orion 5", X)],
)
def test_a_choice_is_told_apart_by_its_figure(typed: str, expected: Outcome) -> None:
    quote = "the Orion-3 probe it carried was lost"
    question = make_question(
        "choice",
        "Orion-3",
        question="Which probe was lost?",
        choices=("Vega-1", "Orion-3", "Vega-2", "Atlas-4"),
        citations=(cite(quote, quote),),
        article=(quote,),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, there were three", C),
        ("false, there were four", X),
        ("false, they get two", X),
        ("false, the lower slopes", C),
        ("false, it was the middle slopes", X),
    ],
)
def test_a_correction_must_count_and_place_as_the_quote(typed: str, expected: Outcome) -> None:
    quote = "three units were hit, mostly on the lower slopes"
    claim = "True or false: five units were hit, mostly on the upper slopes."
    assert graded_claim(claim, quote, typed) is expected


ARTICLE = (
    "Lows of between 1 and 3 °C were forecast for the night.",
    "The loss was put at between 20,000 and 30,000 hectolitres of wine.",
)


def _text_graded(key: str, quote: str, typed: str) -> Outcome:
    question = make_question(
        "text",
        key,
        question="What does the report give?",
        citations=(cite(quote, quote),),
        article=ARTICLE,
    )
    return grade(question, typed).outcome


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("between 1 and 3 °C", C),
        ("between 1 and 3 degrees Celsius", C),
        ("between 1 and 3 °F", X),
        ("between 1 and 3 degrees Fahrenheit", X),
    ],
)
def test_a_temperature_in_the_other_scale_is_wrong(typed: str, expected: Outcome) -> None:
    assert _text_graded("between 1 and 3 °C", "Lows of between 1 and 3 °C", typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("between 20,000 and 30,000 hectolitres", C),
        ("between 20,000 and 30,000 litres", X),
    ],
)
def test_a_volume_in_another_unit_is_wrong(typed: str, expected: Outcome) -> None:
    key = "between 20,000 and 30,000 hectolitres"
    quote = "between 20,000 and 30,000 hectolitres of wine"
    assert _text_graded(key, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Coastal Recovery Fund", C),
        ("the federal Coastal Recovery Fund", C),
        ("the state Coastal Recovery Fund", X),
    ],
)
def test_an_opposite_of_the_keys_words_is_wrong(typed: str, expected: Outcome) -> None:
    quote = "into the federal Coastal Recovery Fund"
    question = make_question(
        "text",
        "Coastal Recovery Fund",
        question="Into which fund was the money paid?",
        accept=("the federal Coastal Recovery Fund",),
        citations=(cite(quote, quote),),
        article=("The state will pay the fine into the federal Coastal Recovery Fund.",),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("a percentage point", [1.0]),
        ("about a kilometre", [1.0]),
        ("€1.90 a litre", [1.9]),
        ("a degree in law", []),
    ],
)
def test_one_of_a_unit_is_read_where_no_figure_comes_before(text: str, values: list[float]) -> None:
    assert [m.value for m in scan(tokenize(text))] == values
