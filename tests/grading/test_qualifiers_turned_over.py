"""A word typed beside a noun of the question that turns the question's own word for it
over (`international flights` where it asks of domestic ones), each with invented
examples: the figure is then of another thing, even where the article's names use the
word elsewhere."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

AIRPORT = (
    "Storm Hale closed Port Arden International Airport for two days.",
    "The airport cancelled 58 domestic flights on Monday; its long-haul services ran.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("58", C),
        ("58 flights", C),
        ("58 domestic flights", C),
        ("58 international flights", X),  # the airport's name writes `international` too
    ],
)
def test_a_count_typed_with_the_opposite_of_the_questions_word(
    typed: str, expected: Outcome
) -> None:
    question = cited_question(
        "number",
        "58",
        "How many domestic flights did Port Arden International Airport cancel?",
        "cancelled 58 domestic flights",
        *AIRPORT,
    )
    assert grade(question, typed).outcome is expected


SCHOOLS = ("The province will spend $40 million on public schools next year.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("$40 million", C),
        ("$40 million for public schools", C),
        ("$40 million on private schools", X),
    ],
)
def test_an_amount_typed_with_the_opposite_of_the_questions_word(
    typed: str, expected: Outcome
) -> None:
    question = cited_question(
        "money",
        "$40 million",
        "How much will the province spend on public schools?",
        "$40 million on public schools",
        *SCHOOLS,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true, it is refunded if the bid succeeds", C),
        ("true, it is refunded if the bid fails", X),  # the table's `fail`, as `-s` form
    ],
)
def test_the_s_form_of_an_opposite_turns_a_correction_over(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "claim",
        "true",
        "True or false: the deposit is refunded if the bid succeeds.",
        "the deposit is refunded if the bid succeeds",
        "Bidders pay a deposit of 500 euros; the deposit is refunded if the bid succeeds.",
    )
    assert grade(question, typed).outcome is expected


FEES = ("The federation charges judges' fees of $900 a day for each judge, paid by the organiser.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("$900 a day for each judge", C),
        ("$900 a day per judge", C),
        ("$900 a day for both judges together", X),
        ("$900 a day for all the judges", X),
        ("$900 a day between them", X),
    ],
)
def test_one_amount_for_several_where_each_gets_it(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "money",
        "$900 a day for each judge",
        "What are the federation's fees for judges?",
        "fees of $900 a day for each judge",
        *FEES,
    )
    assert grade(question, typed).outcome is expected


TICKET = (
    "The last record jackpot went unclaimed on a ticket sold in Moncton, New Brunswick, in 2019.",
    "This year the lottery sold most of its tickets in Nova Scotia.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Moncton, New Brunswick", C),
        ("Moncton", C),
        ("b", C),
        ("Moncton, Nova Scotia", X),  # where the other choices lie
        ("Truro", X),
    ],
)
def test_a_choice_typed_with_the_province_of_another(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "choice",
        "Moncton, New Brunswick",
        "Where was the ticket sold?",
        "a ticket sold in Moncton, New Brunswick",
        *TICKET,
        choices=("Truro, Nova Scotia", "Moncton, New Brunswick", "Antigonish, Nova Scotia"),
    )
    assert grade(question, typed).outcome is expected


OVERTIME = ("The union says a driver is owed about $14.50 for every extra hour worked.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("$14.50", C),
        ("$14.50 per hour", C),
        ("$14.50 per extra hour", C),  # the hour's word of kind: still per hour
        ("$14.50 an additional hour", C),
        ("$14.50 per extra day", X),
        ("$14.50 a working day", X),
    ],
)
def test_a_rate_per_a_period_with_its_word_of_kind(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "money",
        "about $14.50",
        "How much does the union say a driver is owed for every extra hour?",
        "owed about $14.50 for every extra hour worked",
        *OVERTIME,
    )
    assert grade(question, typed).outcome is expected


COUNT = ("At the close of counting on Friday, Ortega was 12 votes in front of Ruiz.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12", C),
        ("12 votes", C),
        ("12 votes in front", C),
        ("12 votes ahead", C),
        ("12 votes behind", X),
    ],
)
def test_a_lead_typed_as_behind_where_the_question_says_in_front(
    typed: str, expected: Outcome
) -> None:
    question = cited_question(
        "number",
        "12",
        "By how many votes was Ortega in front at the close of counting?",
        "Ortega was 12 votes in front of Ruiz",
        *COUNT,
    )
    assert grade(question, typed).outcome is expected
