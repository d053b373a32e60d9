"""A duration set beside the opposite of the article's word (`two hours ahead` where the
town is two hours behind) is another fact, and a true-or-false answer's correction written
with a scale word (`false, it was six million`) must give the article's figure."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

ISLAND = "The island keeps its clocks two hours behind the capital all year."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("two hours", C),
        ("2 hrs behind", C),
        ("120 minutes", C),
        ("two hours behind", C),
        ("two hours ahead", X),
        ("2 hours ahead of the capital", X),
        ("three hours behind", X),
    ],
)
def test_the_opposite_word_beside_a_duration_is_another_fact(typed: str, expected: Outcome) -> None:
    question = make_question(
        "duration",
        "two hours",
        question="How far behind the capital's time is the island's?",
        accept=("2 hours",),
        citations=(cite("two hours behind the capital", ISLAND),),
        article=(ISLAND,),
    )
    assert grade(question, typed).outcome is expected


FERRY = (
    "Ferries carried about 4.3 million passengers last year; the bridge is expected to "
    "carry 7 million in its first year."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, it was about 4.3 million", C),
        ("false, four point three million", C),
        ("false, 4.3 million passengers", C),
        ("false, it was six million", X),
        ("false, it was 6 million", X),
        ("false, two million", X),
        ("true", X),
    ],
)
def test_a_correction_with_a_scale_word_gives_the_articles_figure(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "claim",
        "false",
        question="True or false: ferries carried about 7 million passengers last year.",
        citations=(cite("Ferries carried about 4.3 million passengers last year", FERRY),),
        article=(FERRY,),
    )
    assert grade(question, typed).outcome is expected
