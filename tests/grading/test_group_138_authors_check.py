"""Grader faults the hundred-and-thirty-eighth and thirty-ninth groups' authors' `check`
showed on their own reject entries, fixed before those groups' first runs; with invented
examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X, P = Outcome.CORRECT, Outcome.INCORRECT, Outcome.PARTIAL

OPEN = (
    "The top seed, Grandmaster Ruben Sarkis of Lebanon, finished on seven points.",
    "Four players shared first place: Okafor, Sarkis, Lindqvist and Mendes.",
    '"Every player heard the same rules," said the chief arbiter, Maral Sarkis, who is not '
    "related to the grandmaster.",
    "Sarkis said on Monday that he would not appeal.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Ruben Sarkis", C), ("GM Sarkis", C), ("chief arbiter Sarkis", X), ("Maral Sarkis", X)],
)
def test_an_accepted_form_with_a_title_of_another_meaning_still_names_the_answers_person(
    typed: str, expected: Outcome
) -> None:
    accept = ("Sarkis", "GM Ruben Sarkis")
    question = "Who was the top seed?"
    assert (
        graded("person", "Ruben Sarkis", question, OPEN[0], typed, accept=accept, article=OPEN)
        is expected
    )


CAVE = (
    "The expedition was led by Mateo Ibarra, a surveyor from Oaxaca.",
    "Besides Ibarra, 34, the trapped cavers were his sister Lucía Ibarra, 29, and Jan Kowal, 41.",
    "Of the three, only Lucía Ibarra and Kowal were qualified cave divers.",
    '"The cave did nothing wrong," Ibarra told reporters.',
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Lucía Ibarra and Jan Kowal", C), ("Lucia Ibarra, Kowal", C), ("Ibarra and Kowal", P)],
)
def test_a_list_items_surname_alone_names_whom_the_article_calls_by_it(
    typed: str, expected: Outcome
) -> None:
    question = "Which two cavers were qualified cave divers?"
    key = ("Lucía Ibarra", "Jan Kowal")
    assert graded("list", key, question, CAVE[2], typed, article=CAVE) is expected


ASH = (
    "Deputy mayor Lina Greco said the city would pay for the clean-up of Reggio Marina.",
    "Among those stranded was a teacher from Reggio Alta who had flown in for a wedding.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("deputy mayor", C),
        ("deputy mayor of Reggio Marina", C),
        ("deputy mayor of Reggio Alta", X),
    ],
)
def test_a_post_of_the_articles_namesake_place_is_another_post(
    typed: str, expected: Outcome
) -> None:
    question = "What post does Lina Greco hold?"
    accept = ("deputy mayor of Reggio Marina",)
    assert (
        graded("text", "deputy mayor", question, ASH[0], typed, accept=accept, article=ASH)
        is expected
    )


ART = (
    "The painting was stolen from the town museum in Frankfurt (Oder) in 2015.",
    "Police found it last month in a storage unit in Frankfurt am Main.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Frankfurt am Main", C), ("Frankfurt an der Oder", X), ("Frankfurt Oder", X)],
)
def test_a_word_the_article_writes_after_a_namesake_of_the_city_is_another_place(
    typed: str, expected: Outcome
) -> None:
    question = "In which city was the painting found?"
    assert graded("text", "Frankfurt am Main", question, ART[1], typed, article=ART) is expected
