"""Grader faults the hundred-and-forty-sixth and forty-seventh groups' authors' `check`
showed on their own reject entries, fixed before those groups' first runs; with invented
examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.facts.article import sentences_of
from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

ZOO = (
    "Dr Jane Holt, the society's chief executive, said the bears had been the heart of "
    "Brookfield Zoo.",
    "Dr Holt said the loan had cost the society about £14 million in all.",
    "Councillor Mark Holt, leader of the district council and no relation of Dr Holt, said "
    "the bears had been worth £20 million a year to the town.",
    '"The pandas put us on the map," Councillor Holt said.',
    "The panda team of 14 will be cut to five. No one at Brookfield will lose their job, "
    "Holt said.",
)


@pytest.mark.parametrize(
    ("typed", "expected"), [("Mark Holt", C), ("Councillor Holt", C), ("Holt", X)]
)
def test_a_namesake_set_apart_from_dr_holt_is_not_the_bare_holt(
    typed: str, expected: Outcome
) -> None:
    question = "Who leads the district council?"
    assert graded("person", "Mark Holt", question, ZOO[2], typed, article=ZOO) is expected


def test_a_short_words_dot_before_a_figure_ends_no_sentence() -> None:
    paragraph = "The wall alone accounts for Rs. 86 million, he said. It opens on Monday."
    assert sentences_of(paragraph) == [
        "The wall alone accounts for Rs. 86 million, he said.",
        "It opens on Monday.",
    ]


def test_a_claims_sentence_is_not_cut_at_a_short_words_dot_before_a_figure() -> None:
    from newsquiz.claims.sentences import split_sentences

    text = "The wall costs Rs. 4.5 million, that will stop trains. It opens in May."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The wall costs Rs. 4.5 million, that will stop trains.",
        "It opens in May.",
    ]


INSPECTED = (
    "The riser was last fully inspected on 4 March 2016, the records show.",
    "A second inspection, due on 12 May 2021, was put back twice.",
)


@pytest.mark.parametrize(
    ("typed", "expected"), [("4 March 2016", C), ("4/3/2016", C), ("3 April 2016", X)]
)
def test_an_accepted_numeric_date_is_read_day_first_where_the_article_writes_so(
    typed: str, expected: Outcome
) -> None:
    question = "When was the riser last fully inspected?"
    key, accept = "4 March 2016", ("4/3/2016",)
    assert (
        graded("date", key, question, INSPECTED[0], typed, accept=accept, article=INSPECTED)
        is expected
    )
