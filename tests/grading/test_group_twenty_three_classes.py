"""Classes of false accepts the twenty-third held-out group showed, each with invented
examples: a true-or-false correction that counts in words (`only five were flooded`), or
names a body, person or direction the quote does not (`most came from the Harlow Trust`,
`it lies west`)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, graded_claim, make_question

from newsquiz.facts.text import tokenize
from newsquiz.facts.values import scan
from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

ARTICLE = (
    "Water had entered seven of the school's 12 classrooms, the principal said.",
    "Most of the money came from the regional council, and the rest from the Harlow Trust.",
    "Marrick lies about 40 kilometres north of Dunmore.",
)


def _graded(claim: str, quote: str, typed: str) -> Outcome:
    return graded_claim(claim, quote, typed, article=ARTICLE)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, seven were flooded", C),
        ("false, only seven of the 12", C),
        ("false, only five were flooded", X),
        ("false, nine classrooms", X),
        ("false, it was one of the first to flood", C),
    ],
)
def test_a_correction_counting_in_words_must_count_as_the_quote(
    typed: str, expected: Outcome
) -> None:
    quote = "Water had entered seven of the school's 12 classrooms"
    assert _graded("True or false: water entered all 12 classrooms.", quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, most came from the regional council", C),
        ("false, the council paid most", C),
        ("false, most came from the Harlow Trust", X),
    ],
)
def test_a_correction_naming_another_body_of_the_article_is_wrong(
    typed: str, expected: Outcome
) -> None:
    quote = "Most of the money came from the regional council"
    claim = "True or false: most of the money came from the school's own fund."
    assert _graded(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, it lies north", C),
        ("false, north of it", C),
        ("false, it lies west", X),
        ("false, it is to the east", X),
    ],
)
def test_a_correction_giving_another_direction_is_wrong(typed: str, expected: Outcome) -> None:
    quote = "Marrick lies about 40 kilometres north of Dunmore"
    assert _graded("True or false: Marrick lies south of Dunmore.", quote, typed) is expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("four point three million", 4.3e6),
        ("fourteen point two million tonnes", 14.2e6),
        ("one point two miles", 1.2),
        ("two million", 2e6),
    ],
)
def test_decimals_in_words_take_their_scale(text: str, value: float) -> None:
    assert [m.value for m in scan(tokenize(text))] == [pytest.approx(value)]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("650 to 720 CE", C), ("AD 650 to 720", C), ("650 to 720 BCE", X), ("650 to 720 BC", X)],
)
def test_the_common_era_is_anno_domini(typed: str, expected: Outcome) -> None:
    quote = "The burial dates from between AD 650 and 720"
    question = make_question(
        "text",
        "AD 650 to 720",
        question="Between which years was the burial?",
        citations=(cite(quote, quote),),
        article=(quote,),
    )
    assert grade(question, typed).outcome is expected
