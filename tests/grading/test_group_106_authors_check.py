"""Grader faults the hundred-and-sixth group's authors' `check` showed on their own reject
entries, fixed before that group's first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, graded, graded_claim, make_question

from newsquiz.grading import Outcome, grade

C, X, P = Outcome.CORRECT, Outcome.INCORRECT, Outcome.PARTIAL

CREW = (
    "The winning crew of Tomas Berg, Jan Vik, Ole Dahl and Nils Aune crossed first. "
    "Aune, 24, took the lead late. Nils Aune is no relation of Sara Aune, the team's "
    "coach, who won the sculls earlier."
)
SCULLS = 'Sara Aune, 26, won in 7 minutes. "I will remember the crew," said Sara Aune.'


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Tomas Berg, Jan Vik, Ole Dahl, Nils Aune", C),
        ("Berg, Vik, Dahl and Nils Aune", C),
        ("Tomas Berg, Jan Vik, Ole Dahl, Sara Aune", X),
        ("Berg, Vik, Dahl and Sara Aune", X),
        ("Berg, Vik, Dahl and Aune", C),
    ],
)
def test_another_bearers_given_name_before_an_items_surname_names_them(
    typed: str, expected: Outcome
) -> None:
    key = ("Tomas Berg", "Jan Vik", "Ole Dahl", "Nils Aune")
    question = "Who made up the winning crew?"
    outcome = graded("list", key, question, CREW, typed, article=(CREW, SCULLS))
    assert outcome is expected


JOBS = "About 2,600 people work in the port's warehouses and on its tugs."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2,600", C),
        ("2,600 people", C),
        ("2,600 workers", C),
        ("about 2,600 employees", C),
        ("2,600 companies", X),
        ("2,600 firms", X),
        ("2,600 tugs", X),
        ("2,600 boats", X),
    ],
)
def test_people_who_work_are_counted_as_workers_never_as_firms_or_craft(
    typed: str, expected: Outcome
) -> None:
    question = "About how many people work in the port's warehouses and on its tugs?"
    assert graded("number", "2,600", question, JOBS, typed) is expected


def test_residents_are_not_workers() -> None:
    quote = "About 2,600 people live in the harbour district."
    question = "About how many people live in the harbour district?"
    assert graded("number", "2,600", question, quote, "2,600 workers") is X


# Classes of the group's misses, fixed after its first run.


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("0.6 m/s", C), ("a headwind of 0.6 m/s", C), ("a tailwind of 0.6 m/s", X)],
)
def test_a_tailwind_is_no_headwind(typed: str, expected: Outcome) -> None:
    quote = "She won the 200 metres into a headwind of 0.6 metres per second."
    question = "Into what headwind did she win the 200 metres?"
    assert graded("number", "0.6 metres per second", question, quote, typed) is expected


NOTIFIED = (
    "The bank notified the regulator on Tuesday, May 14, and first disclosed the theft to "
    "customers on Friday, May 24."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("true", C), ("true, on May 14", C), ("true, in May", C), ("true, on May 19", X)],
)
def test_a_day_the_quotes_do_not_give_in_a_month_they_do(typed: str, expected: Outcome) -> None:
    claim = "True or false: the bank told the regulator before it told customers."
    assert graded_claim(claim, NOTIFIED, typed, key="true") is expected


QUOTAS = (
    "In June, Ruritania raised its own sardine quota for the year.",
    "Freedonia, which had set its quota at 90,000 tonnes in February, protested.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, Freedonia set it in February", C),
        ("false, Freedonia set its quota first", C),
        ("false, Freedonia set it in June", X),
        ("false, Freedonia set its quota in February and Ruritania raised its own in June", C),
    ],
)
def test_a_month_typed_with_the_words_of_another_months_event(
    typed: str, expected: Outcome
) -> None:
    claim = "True or false: Freedonia set its quota only after Ruritania had raised its own."
    question = make_question(
        "claim",
        "false",
        question=claim,
        citations=tuple(cite(q, q, n) for n, q in enumerate(QUOTAS, 1)),
        article=QUOTAS,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(("typed", "expected"), [("true, in Lyon", C), ("true, in Vilnius", X)])
def test_a_world_city_the_article_never_names_in_a_correction(
    typed: str, expected: Outcome
) -> None:
    quote = "said Moreau, a firefighter in Lyon."
    claim = "True or false: Moreau is a firefighter in Lyon."
    assert graded_claim(claim, quote, typed, key="true") is expected


EVENTS = '"We lost the title in the discus and the women\'s 800 metres, not in the relay."'


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("discus, women's 800 metres", C),
        ("the discus and the women's 800 metres", C),
        ("discus, women's 800 metres and the relay", X),
    ],
)
def test_a_word_beside_the_items_typed_after_and_is_one_item_more(
    typed: str, expected: Outcome
) -> None:
    question = "In which two events did the coach say the title had been lost?"
    key = ("the discus", "the women's 800 metres")
    assert graded("list", key, question, EVENTS, typed) is expected
