"""A count the article gives no unit (64 officials, the year 1999, a magnitude of 5.4) is
another fact with a unit typed beside it; a measure is another fact as a length of time
(`450 months` for 450 hectares), and a count is no amount of money unless money is asked."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

_QUAKE = "The survey put the tremor's magnitude at 5.6, the strongest since 1987."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("5.6", C),
        ("magnitude 5.6", C),
        ("5.6 metres", X),
        ("5.6 months", X),
        ("5.6 dollars", X),
        ("5.6 tonnes", X),
    ],
)
def test_a_count_without_a_unit(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number", "5.6", question="What magnitude did the survey give the tremor?",
        citations=(cite("magnitude at 5.6", _QUAKE),), article=(_QUAKE,),
    )  # fmt: skip
    assert grade(question, typed).outcome is expected


_FARM = "The farm covers 620 hectares (1,532 acres) of grazing land."


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("620 hectares", "620 ha", C),
        ("620 hectares", "620 months", X),
        ("620 hectares", "620 days", X),
        ("48.2 metres", "48.2 m", C),
        ("48.2 metres", "48.2 minutes", X),
    ],
)
def test_a_measure_is_no_length_of_time(key: str, typed: str, expected: Outcome) -> None:
    question = make_question(
        "number", key, question="How large is it?", accept=("48.2 m",) if "48" in key else (),
        citations=(cite("620 hectares", _FARM),), article=(_FARM,),
    )  # fmt: skip
    assert grade(question, typed).outcome is expected


def test_a_count_is_money_only_where_money_is_asked() -> None:
    seats = make_question("number", "12,000", question="How many seats are on sale?")
    assert grade(seats, "12,000 dollars").outcome is X
    euros = make_question("number", "4,200", question="How much, in euros, was paid?")
    assert grade(euros, "4,200 euros").outcome is C
    assert grade(euros, "4,200 dollars").outcome is X
