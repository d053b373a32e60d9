"""A list item's figure is its own: a comma between a figure's thousands splits no item, and
an item given another item's figure is wrong even where an accepted form leaves figures
out; a choice typed with another count than its own; the two sides of a deal, a letter or
two apart (`employers`, `employees`). Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.facts.values import split_items
from newsquiz.grading import Outcome, grade
from newsquiz.pack.model import Question

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT

GRANTS = (
    "The mill receives a restoration grant of £12,500, an energy loan of £3,000 "
    "and a training award of £1,200."
)


def test_a_thousands_comma_splits_no_item() -> None:
    assert split_items("£12,500 grant, £3,000 loan and £1,200 award") == (
        "£12,500 grant",
        "£3,000 loan",
        "£1,200 award",
    )
    assert split_items("1,2,3") == ("1", "2", "3")
    assert split_items("2019, 2020 and 2021") == ("2019", "2020", "2021")


def grants_question() -> Question:
    return make_question(
        "list",
        ("restoration grant of £12,500", "energy loan of £3,000", "training award of £1,200"),
        question="Which three payments does the mill receive?",
        accept=(
            "£12,500 restoration grant, £3,000 energy loan and £1,200 training award",
            ("restoration grant", "energy loan", "training award"),
        ),
        reject=("£12,500 restoration grant, £1,200 energy loan and £3,000 training award",),
        citations=(cite(GRANTS, GRANTS),),
        article=(GRANTS,),
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("£12,500 restoration grant, £3,000 energy loan and £1,200 training award", C),
        ("restoration grant, energy loan, training award", C),
        ("£12,500 restoration grant, £1,200 energy loan and £3,000 training award", X),
        ("£3,000 restoration grant, £12,500 energy loan and £1,200 training award", X),
        ("restoration grant of £1,200, energy loan, training award", X),
    ],
)
def test_an_item_given_another_items_figure_is_wrong(typed: str, expected: Outcome) -> None:
    assert grade(grants_question(), typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("cracks in five piers", C),
        ("cracks in 5 piers", C),
        ("cracks in three piers", X),
        ("cracks in 3 piers", X),
        ("the second one", X),
    ],
)
def test_a_choice_typed_with_another_count_is_wrong(typed: str, expected: Outcome) -> None:
    paragraph = "Engineers closed the viaduct after finding cracks in five of its piers."
    question = make_question(
        "choice",
        "cracks in five piers",
        question="Why was the viaduct closed?",
        choices=("cracks in five piers", "a landslide below the deck", "a lorry strike"),
        citations=(cite("cracks in five of its piers", paragraph),),
        article=(paragraph,),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Tarnbury Employers' Association", C),
        ("Tarnbury Employers Assocation", C),
        ("Tarnbury Employees' Association", X),
    ],
)
def test_employees_are_not_employers(typed: str, expected: Outcome) -> None:
    paragraph = "The Tarnbury Employers' Association rejected the claim."
    question = make_question(
        "text",
        "Tarnbury Employers' Association",
        question="Which body rejected the claim?",
        citations=(cite("Tarnbury Employers' Association", paragraph),),
        article=(paragraph,),
    )
    assert grade(question, typed).outcome is expected
