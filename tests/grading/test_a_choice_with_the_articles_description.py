"""A choice typed with the words the article writes straight after it, after a comma
(`the Pol-e Choum gauge, 20 km east of the city`), is the article's own description of
it, as it is of a short answer: neither a paste nor a second answer."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT
GAUGES = (
    '"The company measures at the Pol-e Choum gauge, 20 km east of the city, and everything '
    "that seeps away below that point never reaches a farmer's gate,\" she said. The farmers "
    "measure at the Varzaneh gauge, 90 km downstream."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("the Pol-e Choum gauge", C),
        ("the Pol-e Choum gauge, 20 km east of the city", C),
        ("the Pol-e Choum gauge, 20 km west of the city", X),  # not the article's words
        ("the Varzaneh gauge, 90 km downstream", X),  # the other choice, described
    ],
)
def test_a_choice_and_the_words_after_it(typed: str, expected: Outcome) -> None:
    asked = "Where does the company measure the water?"
    question = cited_question(
        "choice",
        "the Pol-e Choum gauge",
        asked,
        "The company measures at the Pol-e Choum gauge",
        GAUGES,
        choices=("the Pol-e Choum gauge", "the Varzaneh gauge"),
    )
    assert grade(question, typed).outcome is expected
