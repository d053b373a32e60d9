"""`NOK 25 million for the fish ladder` where the article prices the lost power at NOK 25
million and the fish ladder at NOK 85 million, three paragraphs on: what an amount is typed
`for` must not be what the article gives only another amount of that kind."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT
DAM = (
    "Regulator renews Lysfoss dam licence with higher river flows",
    "The higher flows mean about 38 gigawatt-hours less electricity a year, the company said. "
    "At recent prices that is worth around NOK 25 million a year.",
    "The licence also requires the company to release 20,000 young salmon into the river each year.",
    "Engineers said work on the turbines would start in the spring.",
    "The fish ladder alone is expected to cost about NOK 85 million.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("NOK 25 million", C),
        ("NOK 25 million a year", C),
        ("NOK 25 million for the lost electricity", C),
        ("NOK 25 million for the fish ladder", X),
        ("25 million kroner, for the ladder", X),
    ],
)
def test_what_the_amount_is_for(typed: str, expected: Outcome) -> None:
    asked = "Roughly what is the lost electricity worth each year at recent prices?"
    quote = "worth around NOK 25 million a year"
    question = cited_question("money", "NOK 25 million", asked, quote, *DAM)
    assert grade(question, typed).outcome is expected


def test_another_form_of_the_keys_own_word_is_the_keys() -> None:
    """`for the prosecution` where the key's sentence writes `Prosecutors called 17
    witnesses`, and another sentence `the prosecution` beside an age."""
    trial = (
        "Former engineer Ana Tabora, 51, was acquitted, the court saying the prosecution had "
        "failed to prove her guilt.",
        "Prosecutors called 17 witnesses and the defence nine.",
    )
    asked = "How many witnesses did the prosecutors call?"
    question = cited_question("number", "17", asked, "Prosecutors called 17 witnesses", *trial)
    assert grade(question, "seventeen witnesses for the prosecution").outcome is C


def test_what_a_second_figure_typed_is_for_is_its_own() -> None:
    rules = ("Riders face a ban of two years for a first offence and five for a second.",)
    asked = "How long is the ban for a first offence?"
    question = cited_question("duration", "two years", asked, "a ban of two years", *rules)
    assert grade(question, "two years, five for a second offence").outcome is C
