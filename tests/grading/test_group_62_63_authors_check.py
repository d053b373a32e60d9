"""Grader faults the sixty-second to sixty-fifth groups' authors' `check` showed on their
own reject entries, fixed before those groups' first run; with invented examples (the
one-letter currency signs are in `test_one_letter_currency_signs.py`)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

HARVEST = (
    'Dr. Soa Andrianina, an agronomist, said the harvest fell by a third. "It was dry," '
    "Dr. Andrianina said.",
    "The union's president, Hery Andrianina, 44, is no relation of the agronomist.",
    '"We took the price," Andrianina said.',
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Hery Andrianina", C),
        ("Andrianina", C),
        ("Mr Andrianina", C),
        ("Dr. Andrianina", X),
        ("Dr Andrianina", X),
        ("Soa Andrianina", X),
    ],
)
def test_an_honorific_of_the_namesake_names_the_namesake(typed: str, expected: Outcome) -> None:
    # The accepted bare surname is the president's; `Dr.` is what the article calls the
    # other Andrianina, and is not read as one misspelt word `Drandrianina`.
    outcome = graded(
        "person",
        "Hery Andrianina",
        "Who leads the union?",
        HARVEST[1],
        typed,
        accept=("Andrianina",),
        article=HARVEST,
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "key", "expected"),
    [
        ("Wen hua Li", "Wenhua Li", C),
        ("Li Ming Zhou", "Liming Zhou", C),
        ("Dr Zhou", "Liming Zhou", C),
    ],
)
def test_a_name_word_typed_in_two_still_joins(typed: str, key: str, expected: Outcome) -> None:
    quote = f"{key}, a farmer, said the rain came late."
    assert graded("person", key, "Who said the rain came late?", quote, typed) is expected


QUARRY = (
    "The quarry lies 30 kilometres north of Palapye in the country's Eastern Region.",
    "The ore is sold at the exchange in the capital's Eastern Business Park, from May 2.",
    "Its owner, Serowe Minerals Ltd, said output would double.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Eastern Region", C),
        ("the Eastern Region", C),
        ("Eastern", C),
        ("Eastern Business Park", X),
        ("the Eastern Business Park", X),
    ],
)
def test_another_name_the_article_writes_is_another_place(typed: str, expected: Outcome) -> None:
    # The accepted `Eastern` is the region's; `Eastern Business Park` is the article's other
    # place, though it holds that word.
    question = "In which region is the quarry?"
    outcome = graded(
        "text", "Eastern Region", question, QUARRY[0], typed, accept=("Eastern",), article=QUARRY
    )
    assert outcome is expected


def test_a_company_named_with_its_legal_form_is_the_company() -> None:
    question = "Which company owns the quarry?"
    for typed in ("Serowe Minerals", "Serowe Minerals Ltd"):
        assert graded("text", "Serowe Minerals", question, QUARRY[0], typed, article=QUARRY) is C


MILL = (
    "Boiler attendant Anjali Naidu, 34, said the closure would end her family's income. "
    '"We have nothing else," Ms Naidu said.',
    "Union secretary Ravi Naidu, who is not related to her, said members would strike.",
    '"The company owes us an answer," Naidu said.',
)


@pytest.mark.parametrize(
    ("key", "question", "typed", "expected"),
    [
        ("Anjali Naidu", "Who works as a boiler attendant?", "Ms Naidu", C),
        ("Anjali Naidu", "Who works as a boiler attendant?", "Naidu", X),
        ("Ravi Naidu", "Who is the union secretary?", "Ms Naidu", X),
        ("Ravi Naidu", "Who is the union secretary?", "Naidu", X),
    ],
)
def test_an_honorific_the_article_writes_before_the_surname_alone(
    key: str, question: str, typed: str, expected: Outcome
) -> None:
    # `Ms Naidu said` after Anjali Naidu is named is hers: it tells her from the other Naidu
    # (the sixty-fifth group's authors' `check`: `Ms Prasad` for another Prasad).
    assert graded("person", key, question, MILL[0], typed, article=MILL) is expected


PLANT = (
    '"Trucks come at five in the morning," said Milan Horvat, 71, a retired teacher. '
    '"Nobody asked us."',
    "Peter Horvat, 34, a welder at the plant who is not related to Milan Horvat, said his "
    'job was safe. "We were afraid," Horvat said.',
)


@pytest.mark.parametrize(
    ("key", "question", "typed", "expected"),
    [
        ("Milan Horvat", "Who said nobody asked them?", "Milan Horvat", C),
        ("Milan Horvat", "Who said nobody asked them?", "Peter Horvat", X),
        ("Milan Horvat", "Who said nobody asked them?", "Horvat", X),
        ("Peter Horvat", "Who is the welder?", "Milan Horvat", X),
        ("Peter Horvat", "Who is the welder?", "Horvat", X),
    ],
)
def test_a_given_name_that_is_a_city(
    key: str, question: str, typed: str, expected: Outcome
) -> None:
    # `Milan` is a city's name, but before a surname the article gives a person it is a
    # given name, with no post before it (the sixty-fifth group's authors' `check`).
    assert graded("person", key, question, PLANT[0], typed, article=PLANT) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("80 million", C), ("80 million som", C), ("80 million dollars", X), ("$80 million", X)],
)
def test_an_accepted_bare_amount_is_in_the_key_s_spoken_currency(
    typed: str, expected: Outcome
) -> None:
    # `som` is a word too, read as money after the key's figure: the accepted `80 million`
    # is 80 million som (the sixty-sixth group's authors' `check`).
    quote = "had asked the national government for a further 80 million som"
    question = "How much more did the region ask for?"
    outcome = graded("money", "80 million som", question, quote, typed, accept=("80 million",))
    assert outcome is expected
