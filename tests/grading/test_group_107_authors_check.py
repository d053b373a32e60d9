"""Grader faults the hundred-and-seventh group's authors' `check` showed on their own reject
entries, fixed before that group's first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded, graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("unusually quick", C),
        ("very quick", C),
        ("unusualy quick", C),
        ("usually quick", X),
        ("un-usually quick", C),
    ],
)
def test_a_word_without_its_negating_prefix_says_the_opposite(
    typed: str, expected: Outcome
) -> None:
    quote = 'The curator said the return had been "unusually quick".'
    question = "How did the curator describe the return?"
    outcome = graded("text", "unusually quick", question, quote, typed, accept=("very quick",))
    assert outcome is expected


WAGONS = "Twenty-three of the goods train's 70 wagons left the rails near the junction."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("70", C), ("70 wagons", C), ("70 carriages", C), ("70 locomotives", X), ("70 trucks", X)],
)
def test_a_trains_wagons_are_not_its_locomotives(typed: str, expected: Outcome) -> None:
    question = "How many wagons did the goods train have?"
    assert graded("number", "70", question, WAGONS, typed) is expected


PAYMENT = "The operator will pay A$2,000 (about US$1,300) to each household in the zone."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("A$2,000", C),
        ("A$2,000 per household", C),
        ("A$2,000 each", C),
        ("A$2,000 per person", X),
        ("A$2,000 a head", X),
    ],
)
def test_an_amount_for_each_household_is_not_per_person(typed: str, expected: Outcome) -> None:
    question = "How much will the operator pay each household in the zone?"
    assert graded("money", "A$2,000", question, PAYMENT, typed) is expected


COST = "Engineers estimated the repairs would cost between $8 million and $11 million."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("A$8 million to A$11 million", C),
        ("$8 million to $11 million", C),
        ("US$8 million to US$11 million", X),
        ("8 to 11 million US dollars", X),
    ],
)
def test_a_plain_dollar_range_is_in_the_dollar_its_accepted_forms_name(
    typed: str, expected: Outcome
) -> None:
    question = "How much would the repairs cost?"
    accepted = ("A$8 million to A$11 million",)
    key = "between $8 million and $11 million"
    assert graded("money", key, question, COST, typed, accept=accepted) is expected


PORT = (
    "The coal train was travelling from the Port of Newcastle in New South Wales to "
    "Melbourne, in Victoria, Australia."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Newcastle", C), ("the Port of Newcastle", C), ("Newcastle upon Tyne", X)],
)
def test_a_fuller_name_of_a_namesake_abroad_is_another_place(typed: str, expected: Outcome) -> None:
    question = "From which port was the train travelling?"
    key, accepted = "Port of Newcastle", ("Newcastle",)
    assert graded("text", key, question, PORT, typed, accept=accepted) is expected


# Classes of the group's misses, fixed after its first run.

GUARD = "He worked at the depot as a night watchman from 2016 until last spring."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, he left last spring", C),
        ("false, he left in 2016", X),
        ("false, he quit in 2016", X),
    ],
)
def test_the_year_a_span_began_typed_as_its_end(typed: str, expected: Outcome) -> None:
    claim = "True or false: the watchman still worked at the depot at the time of the fire."
    assert graded_claim(claim, GUARD, typed, key="false") is expected


SPEED = "The logger showed the lorry travelling at 62 km/h, below the 70 km/h limit there."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, it was doing 62 km/h", C),
        ("false, 62 km/h, under the 70 km/h limit", C),
        ("false, it was doing exactly 70 km/h", X),
    ],
)
def test_a_figure_the_quote_gives_as_a_limit_typed_as_the_measured_one(
    typed: str, expected: Outcome
) -> None:
    claim = "True or false: the lorry was travelling above the speed limit."
    assert graded_claim(claim, SPEED, typed, key="false") is expected
