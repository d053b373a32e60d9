"""A mistyped answer is weighed against the rejected entries by how near it is to each:
nearer a key's words than a rejected entry's, it is the key mistyped (seen on the ninety-ninth
group's first run: `Henrik Dalsgard` for the mayor Henrik Dalsgaard, whose pack rejects
`Professor Henrik Dalsgaard`); and a prefix that says the opposite is no typo."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

FIND = (
    "The skull was found by Anders Lund, a retired farmer, on the beach.",
    "Dr Birgit Lund, the museum's curator, who is no relation, led the dig.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Anders Lundd", C),  # the key, mistyped
        ("Andres Lund", C),
        ("Anders Lund", C),
        ("Lund", X),  # the rejected entry itself
        ("Lundd", X),  # the rejected entry mistyped
        ("Dr Anders Lund", X),
        ("Dr Andres Lund", X),  # nearer the rejected `Dr Anders Lund`
    ],
)
def test_a_mistyped_answer_nearer_the_key_than_a_rejected_entry(
    typed: str, expected: Outcome
) -> None:
    quote = "The skull was found by Anders Lund"
    question = make_question(
        "person",
        "Anders Lund",
        question="Who found the skull?",
        reject=("Lund", "Dr Anders Lund", "Birgit Lund"),
        citations=(cite(quote, FIND[0]),),
        article=FIND,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Journal of Asian Vertebrate Palaeontology", C),
        ("Journal of Asian Vertebrate Paleontology", C),
        ("Journal of Asian Invertebrate Palaeontology", X),
    ],
)
def test_a_negating_prefix_is_no_typo(typed: str, expected: Outcome) -> None:
    quote = "in the Journal of Asian Vertebrate Palaeontology"
    question = make_question(
        "text",
        "Journal of Asian Vertebrate Palaeontology",
        question="In which journal was the find described?",
        citations=(cite(quote, quote),),
        article=(quote,),
    )
    assert grade(question, typed).outcome is expected
