"""A list item the key counts with `a` typed with a 1 (`1 gable figure`), and an item of
several words typed by its initials (`NI` for national insurance). Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("three panels, a gable figure and a lintel", C),
        ("3 panels, 1 gable figure, 1 lintel", C),
        ("three panels, one gable figure and one lintel", C),
        ("3 panels, 2 gable figures, 1 lintel", X),
        ("1 panel, a gable figure and a lintel", X),
    ],
)
def test_an_item_counted_with_a_may_be_typed_with_a_one(typed: str, expected: Outcome) -> None:
    paragraph = "The museum returned three panels, a gable figure and a lintel to the hall."
    question = make_question(
        "list",
        "three panels, a gable figure, a lintel",
        question="Which carvings did the museum return?",
        citations=(cite("three panels, a gable figure and a lintel", paragraph),),
        article=(paragraph,),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("income tax, NI, VAT", C),
        ("income tax, national insurance and VAT", C),
        ("NI and VAT", P),
        ("income tax, NI, VAT, CT", X),
    ],
)
def test_an_item_may_be_typed_by_its_initials(typed: str, expected: Outcome) -> None:
    paragraph = "The club owes £410,000 in unpaid income tax, national insurance and VAT."
    question = make_question(
        "list",
        "income tax, national insurance, VAT",
        question="Which three kinds of tax does the club owe?",
        citations=(cite("income tax, national insurance and VAT", paragraph),),
        article=(paragraph,),
    )
    assert grade(question, typed).outcome is expected
