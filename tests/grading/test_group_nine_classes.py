"""Failure classes first seen on articles held out from the grader, with our own examples:
an accepted amount that names no currency is still in the key's (or the question's); the
West African signs `GH¢` and `N`; a word of a longer post that is a family name (`Tan` of
Tan Sri); two namesakes told apart only by `Mr` and `Ms`; a particle and surname typed as
one word; a `How many…?` that counts no unit; a pasted sentence in a true-or-false answer."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("40,000 cedis", C),
        ("GH₵40,000", C),
        ("GHS 40,000", C),
        ("40000", C),
        ("40,000 dollars", X),
        ("$40,000", X),
        ("40,000 naira", X),
    ],
)
def test_cedis_written_gh_cent_sign(typed: str, expected: Outcome) -> None:
    question = make_question("money", "GH¢40,000", question="How much did the school win?")
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("7.5 million naira", C), ("₦7,500,000", C), ("7.5 million cedis", X), ("$7.5m", X)],
)
def test_an_accepted_amount_without_a_currency_is_in_the_keys(
    typed: str, expected: Outcome
) -> None:
    # `N7.5 million` is how Nigerian papers write naira; `7.5 million` names no currency.
    question = make_question(
        "money", "₦7.5 million", question="How much will each winner get?",
        accept=("N7.5 million", "7.5 million"),
    )  # fmt: skip
    assert grade(question, typed).outcome is expected


def test_the_currency_the_question_asks_in_holds_for_a_bare_key() -> None:
    question = make_question("money", "18,000", question="How much, in rand, was raised?")
    assert grade(question, "R18,000").outcome is C
    assert grade(question, "18,000 dollars").outcome is X


_NAMESAKES = (
    "Goh Mei Ling, 31, a teacher from Ipoh, said the lights went out twice.",
    '"It was frightening," Ms Goh said.',
    "The company's founder, Goh Kok Wai, 70, said the fault was being fixed.",
    '"We are sorry," Mr Goh said.',
)


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("Goh Mei Ling", "Goh", X),
        ("Goh Mei Ling", "Ms Goh", C),  # as the pack accepts it
        ("Goh Mei Ling", "Mr Goh", X),
        ("Goh Mei Ling", "Mei Ling", X),
        ("Goh Mei Ling", "Goh Mei Ling", C),
        ("Goh Kok Wai", "Goh", X),
        ("Goh Kok Wai", "Goh Kok Wai", C),
    ],
)
def test_namesakes_told_apart_by_mr_and_ms(key: str, typed: str, expected: Outcome) -> None:
    honorific = "Ms Goh" if key == "Goh Mei Ling" else "Mr Goh"
    question = make_question("person", key, article=_NAMESAKES, accept=(honorific,))
    assert grade(question, typed).outcome is expected


def test_a_family_name_that_is_a_word_of_a_post_is_still_a_name() -> None:
    # `Tan Sri` is a Malaysian honorific; `Tan` is also a common family name.
    article = (
        "Tan Wei Jie, 40, a pilot, said the engine stopped.",
        "The airline's owner, Tan Hui Min, said it would pay.",
    )
    question = make_question("person", "Tan Wei Jie", article=article)
    assert grade(question, "Tan").outcome is X
    assert grade(question, "Tan Wei Jie").outcome is C


_BRIAIN = (
    "Minister Ciarán Ó Dálaigh, 48, said the plan would work.",
    '"We will act," Ó Dálaigh said.',
    "Nuala Ó Dálaigh, chair of the tenants' group and no relation, disagreed.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Ó Dálaigh", X), ("O'Dalaigh", X), ("Ciaran O'Dalaigh", C), ("Ciarán Ó Dálaigh", C)],
)
def test_a_particle_and_surname_typed_as_one_word(typed: str, expected: Outcome) -> None:
    question = make_question(
        "person", "Ciarán Ó Dálaigh", accept=("Ciaran O'Dalaigh",), article=_BRIAIN
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("9", C),
        ("nine", C),
        ("9 seasons", C),
        ("9 straight seasons", C),
        ("9 months", X),
        ("9 years", X),
        ("9 kilometres", X),
    ],
)
def test_a_count_of_something_that_is_no_unit(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number", "9", question="The club has won for how many straight seasons?"
    )
    assert grade(question, typed).outcome is expected


def test_a_count_of_years_still_takes_years() -> None:
    question = make_question("number", "9", question="How many years did she serve?")
    assert grade(question, "9 years").outcome is C


_FLIGHT = "The plane turned back on its left engine alone, climbing to 30,000 feet over the sea."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("The plane turned back on its left engine alone, climbing to 30,000 feet", X),
        ("true", C),
        ("true, the plane turned back on its left engine alone, climbing to 30,000 feet", C),
        ("the claim is totally true", C),
    ],
)
def test_a_pasted_sentence_is_no_verdict(typed: str, expected: Outcome) -> None:
    question = make_question(
        "claim", "true", question="True or false: the plane climbed to 30,000 feet.",
        citations=(cite("climbing to 30,000 feet", _FLIGHT),), article=(_FLIGHT,),
    )  # fmt: skip
    assert grade(question, typed).outcome is expected
