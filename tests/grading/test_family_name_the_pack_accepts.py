"""The word of a name the article never shortens that the pack accepts alone is its surname:
`Kheng` for Kheng Vanna makes `Vanna` alone the given name, and wrong; `Rennie` for Tam
Rennie overrules a table that reads `Tam` as a family name written first. Not a word a
table knows as a given name (`Elena`, accepted as the author allows), nor a first name
accepted beside a namesake; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade
from newsquiz.pack.model import Question

C, X = Outcome.CORRECT, Outcome.INCORRECT


def _person(answer: str, accept: tuple[str, ...], line: str) -> Question:
    """A question whose answer is a person the article names once, in `line`."""
    return make_question(
        "person",
        answer,
        question="Who is it?",
        accept=accept,
        citations=(cite(answer, line),),
        article=(line,),
    )


VANNA = "Kheng Vanna, a spokesman for the water ministry, said on Monday the gates would close."


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
    assert grade(_person("Kheng Vanna", accept, VANNA), typed).outcome is expected


RENNIE = "Tam Rennie, 74, a retired shepherd, said about 60 people came to the meeting."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Rennie", C), ("Tam Rennie", C), ("Tam Renie", C), ("Tam", X)],
)
def test_the_surname_the_pack_accepts_over_a_family_name_table(
    typed: str, expected: Outcome
) -> None:
    # `Tam` is a family name written first in the table's romanisations; the pack's
    # accepted `Rennie` says this name is written given name first.
    question = _person("Tam Rennie", ("Rennie", "Mr Rennie"), RENNIE)
    assert grade(question, typed).outcome is expected


def test_a_known_given_name_accepted_alone_is_no_family_name() -> None:
    line = "The notary, Elena Rossi, said the winners would be paid within a month."
    question = _person("Elena Rossi", ("Elena",), line)
    assert grade(question, "Rossi").outcome is C
    assert grade(question, "Elena").outcome is C  # the author's own accepted form


def test_a_first_name_accepted_beside_a_namesake_is_no_family_name() -> None:
    line = "The welder Tavi Roan, 44, said his sister Ruth Roan had warned him."
    assert grade(_person("Tavi Roan", ("Tavi",), line), "Mr Roan").outcome is C
