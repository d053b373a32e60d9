"""Grader faults the hundred-and-fortieth and forty-first groups' authors' `check` showed on
their own reject entries, fixed before those groups' first runs; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

SPRINT = ("The Dutch pair won by three thousandths of a second after a long review.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("three thousandths of a second", C),
        ("3 thousandths of a second", C),
        ("0.003 seconds", C),
        ("three hundredths of a second", X),
        ("0.03 seconds", X),
    ],
)
def test_hundredths_and_thousandths_are_their_own_figures(typed: str, expected: Outcome) -> None:
    question = "By how much did the Dutch pair win?"
    key = "three thousandths of a second"
    assert graded("duration", key, question, SPRINT[0], typed) is expected


QUIET = ("The stricter limit applies between 11 pm and 6 am at 14 homes.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("11 pm to 6 am", C),
        ("between 11pm and 6am", C),
        ("between 6 am and 11 pm", X),
        ("from 6am to 11pm", X),
    ],
)
def test_two_times_of_day_the_other_way_round_are_another_span(
    typed: str, expected: Outcome
) -> None:
    question = "Between which hours does the stricter limit apply?"
    key = "between 11 pm and 6 am"
    assert graded("text", key, question, QUIET[0], typed) is expected


EAGLES = (
    'Dr Carys Pryce, the trust\'s head of science, said: "We have waited a long time."',
    "The land belongs to farmer Ifan Pryce, no relation to the trust's Carys Pryce, whose "
    'family has farmed it for a century. He said he had been "nervous at first".',
    "The nest was found in April on a ledge above the valley.",
    "Pryce said the trust would fit tags to both chicks. She said the cost was £4,000.",
)


@pytest.mark.parametrize(
    ("qid", "key", "typed", "expected"),
    [
        ("science", "Carys Pryce", "Pryce", X),
        ("science", "Carys Pryce", "Mr Pryce", X),
        ("land", "Ifan Pryce", "Pryce", X),
        ("land", "Ifan Pryce", "Mr Pryce", C),
    ],
)
def test_a_name_set_apart_as_no_kin_is_not_whom_the_pronouns_after_it_mean(
    qid: str, key: str, typed: str, expected: Outcome
) -> None:
    question = {"science": "Who is the trust's head of science?", "land": "Who owns the land?"}
    quote = EAGLES[0] if qid == "science" else EAGLES[1]
    assert graded("person", key, question[qid], quote, typed, article=EAGLES) is expected


ILL = ("Of the 203 people who fell ill, 170 are pupils aged five to 11 and 33 are adults.",)


@pytest.mark.parametrize(
    ("typed", "expected"), [("170", C), ("170 pupils", C), ("170 kids", C), ("170 adults", X)]
)
def test_adults_are_not_the_pupils_counted(typed: str, expected: Outcome) -> None:
    question = "How many of those who fell ill are pupils?"
    assert graded("number", "170", question, ILL[0], typed) is expected


PRIZE = ("Each winning crew receives €8,000, to be shared between its rowers.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("€8,000", C), ("€8,000 per crew", C), ("€8,000 per rower", X)],
)
def test_an_amount_shared_out_is_no_ones_share(typed: str, expected: Outcome) -> None:
    question = "How much does each winning crew receive?"
    assert graded("money", "€8,000", question, PRIZE[0], typed) is expected
