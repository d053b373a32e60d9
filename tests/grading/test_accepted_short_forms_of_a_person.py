"""An accepted short form of a person's name (`Dr. Roe`, `Roe`) names the answer's person,
not a namesake the article gives the same surname: found by the twenty-eighth group's
authors with `check` on their own reject entries, before any answer was labelled."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade
from newsquiz.pack.model import Question

C, X = Outcome.CORRECT, Outcome.INCORRECT

ARTICLE = (
    "Chief engineer Omar Haddad, 47, said all 56 gates were open. Haddad said the flow "
    "would peak on Wednesday.",
    "Dr. Leila Haddad, who heads the disaster authority and is not related to him, said "
    "140 villages had been cleared.",
    "The farmer Abdul Karim Zafar, 60, said the water came at night. His nephew Abdul "
    "Rahim Zafar, 19, carried the goats to the embankment. Zafar said everything was lost.",
)


def _question(answer: str, accept: tuple[str, ...], paragraph: int) -> Question:
    quote = ARTICLE[paragraph]
    return make_question(
        "person",
        answer,
        question="Who is it?",
        accept=accept,
        citations=(cite(quote, quote),),
        article=ARTICLE,
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Leila Haddad", C),
        ("Dr. Haddad", C),
        ("Dr Leila Haddad", C),
        ("Omar Haddad", X),
        ("Haddad", X),
        ("Chief Engineer Haddad", X),
    ],
)
def test_a_short_form_names_the_answers_person(typed: str, expected: Outcome) -> None:
    question = _question("Leila Haddad", ("Dr. Haddad",), 1)
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Abdul Rahim Zafar", C), ("Rahim Zafar", C), ("Zafar", X), ("Abdul Karim Zafar", X)],
)
def test_a_shared_given_name_does_not_make_the_surnames_owner(
    typed: str, expected: Outcome
) -> None:
    question = _question("Abdul Rahim Zafar", (), 2)
    assert grade(question, typed).outcome is expected
