"""A name the article never shortens is read family first where the pack accepts its first
word alone (`Kheng` for Kheng Vanna): the last word alone is then the given name, and wrong;
with invented examples. A first word that is a known given name (`Elena` of Elena Rossi,
accepted as the author allows) leaves the reading as it was."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

LINE = "Kheng Vanna, a spokesman for the water ministry, said on Monday the gates would close."


@pytest.mark.parametrize(
    ("accept", "typed", "expected"),
    [
        (("Kheng",), "Kheng Vanna", C),
        (("Kheng",), "Kheng", C),
        (("Kheng",), "Mr Kheng", C),
        (("Kheng",), "Vanna", X),  # the given name alone
        ((), "Vanna", C),  # nothing says which is the family name: the last word
    ],
)
def test_the_family_name_the_pack_accepts(
    accept: tuple[str, ...], typed: str, expected: Outcome
) -> None:
    question = make_question(
        "person",
        "Kheng Vanna",
        question="Which spokesman said the gates would close?",
        accept=accept,
        citations=(cite("Kheng Vanna, a spokesman", LINE),),
        article=(LINE,),
    )
    assert grade(question, typed).outcome is expected


def test_a_known_given_name_accepted_alone_is_no_family_name() -> None:
    line = "The notary, Elena Rossi, said the winners would be paid within a month."
    question = make_question(
        "person",
        "Elena Rossi",
        accept=("Elena",),
        citations=(cite("Elena Rossi", line),),
        article=(line,),
    )
    assert grade(question, "Rossi").outcome is C
    assert grade(question, "Elena").outcome is C  # the author's own accepted form


def test_a_first_name_accepted_beside_a_namesake_is_no_family_name() -> None:
    line = "The welder Tavi Roan, 44, said his sister Ruth Roan had warned him."
    question = make_question(
        "person",
        "Tavi Roan",
        accept=("Tavi",),
        citations=(cite("Tavi Roan", line),),
        article=(line,),
    )
    assert grade(question, "Mr Roan").outcome is C


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Rennie", C), ("Tam Rennie", C), ("Tam Renie", C), ("Tam", X)],
)
def test_the_surname_the_pack_accepts_over_a_family_name_table(
    typed: str, expected: Outcome
) -> None:
    # `Tam` is a family name written first in the table's romanisations; the pack's
    # accepted `Rennie` says this name is written given name first.
    line = "Tam Rennie, 74, a retired shepherd, said about 60 people came to the meeting."
    question = make_question(
        "person",
        "Tam Rennie",
        accept=("Rennie", "Mr Rennie"),
        citations=(cite("Tam Rennie, 74", line),),
        article=(line,),
    )
    assert grade(question, typed).outcome is expected
