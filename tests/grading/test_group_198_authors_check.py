"""Grader faults the hundred-and-ninety-eighth to two-hundred-and-second groups' misses
showed, fixed in general after they were measured; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

PRIZE = (
    "Each ticket is worth £2.5 million before tax, leaving each holder with about "
    "£2.1 million after tax.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("£2.5 million", C),
        ("£2.5 million before tax", C),
        ("£2.5 million after tax", X),  # the question asks before tax
    ],
)
def test_the_other_side_of_tax_is_another_amount(typed: str, expected: Outcome) -> None:
    question = make_question(
        "money",
        "£2.5 million",
        question="How much is each ticket worth before tax?",
        citations=(cite("Each ticket is worth £2.5 million before tax", PRIZE[0]),),
        article=PRIZE,
    )
    assert grade(question, typed).outcome is expected


WARDENS = ("The council will hire the four extra wardens at a cost of €260,000 over two years.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("€260,000", C),
        ("€260,000 over two years", C),
        ("€260,000 per warden", X),  # the cost of all four
    ],
)
def test_an_amount_for_them_all_is_no_amount_per_one(typed: str, expected: Outcome) -> None:
    question = make_question(
        "money",
        "€260,000 over two years",
        question="How much will the four extra wardens cost?",
        citations=(cite("at a cost of €260,000 over two years", WARDENS[0]),),
        article=WARDENS,
    )
    assert grade(question, typed).outcome is expected


def test_an_amount_for_each_one_may_be_given_per_one() -> None:
    """`bail of 5,000 each to the 12 suspects`: the question and quote give it each."""
    bail = ("The court granted bail of 5,000 dinars each to 12 of the suspects.",)
    question = make_question(
        "money",
        "5,000 dinars",
        question="How much bail did the court set for each of the 12 suspects?",
        citations=(cite("bail of 5,000 dinars each", bail[0]),),
        article=bail,
    )
    assert grade(question, "5,000 dinars per suspect").outcome is C


REVIEW = ("The amendment requires officers to review the scheme after three years.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("three years", C),
        ("after three years", C),
        ("within three years", X),  # a limit, where the article gives a delay
    ],
)
def test_a_delay_is_no_limit(typed: str, expected: Outcome) -> None:
    question = make_question(
        "duration",
        "three years",
        question="After how long must officers review the scheme?",
        citations=(cite("review the scheme after three years", REVIEW[0]),),
        article=REVIEW,
    )
    assert grade(question, typed).outcome is expected


def test_after_something_else_is_no_delay() -> None:
    """`waited more than eight weeks … after a positive test`: `after` is of the test."""
    waits = ("Patients had waited more than eight weeks for a scan after a positive test.",)
    question = make_question(
        "duration",
        "eight weeks",
        question="What is the target wait for a scan after a positive test?",
        citations=(cite("more than eight weeks for a scan after a positive test", waits[0]),),
        article=waits,
    )
    assert grade(question, "within eight weeks").outcome is C


DRAW = ("The winning numbers were 4, 15, 22, 37, 41 and 50, with 9 as the bonus ball.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("4, 15, 22, 37, 41, 50", C),
        ("4, 15, 22, 37, 41 and 50", C),
        ("4, 15, 22, 37, 41, 50, 9", X),  # the bonus ball is a seventh
    ],
)
def test_an_item_beyond_the_count_the_question_asks_for(typed: str, expected: Outcome) -> None:
    question = make_question(
        "list",
        ("4", "15", "22", "37", "41", "50"),
        question="What were the six winning numbers?",
        citations=(cite("4, 15, 22, 37, 41 and 50, with 9 as the bonus ball", DRAW[0]),),
        article=DRAW,
    )
    assert grade(question, typed).outcome is expected


WORKS = (
    "The grant pays for three projects: repairs to the bell tower, a new roof for the "
    "chapel and the restoration of the organ, once the scaffolding is up.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("bell tower, chapel roof, organ", C),
        ("bell tower, chapel roof, organ, scaffolding", X),
        ("bell tower, chapel roof and organ, not the scaffolding", C),
    ],
)
def test_a_fourth_project_of_three(typed: str, expected: Outcome) -> None:
    question = make_question(
        "list",
        ("repairs to the bell tower", "a new roof for the chapel", "restoration of the organ"),
        question="What three projects does the grant pay for?",
        accept=(("bell tower", "chapel roof", "organ"),),
        citations=(cite("repairs to the bell tower, a new roof for the chapel", WORKS[0]),),
        article=WORKS,
    )
    assert grade(question, typed).outcome is expected


TARGET = ("The appeal raised €62,000, or 124 percent of its target.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("124 percent", C),
        ("124% of its target", C),
        ("124 percent more than its target", X),  # 24 percent more
        ("124 percent above target", X),
    ],
)
def test_a_share_of_a_whole_is_not_that_much_more(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "124 percent",
        question="What percentage of its target did the appeal raise?",
        citations=(cite("124 percent of its target", TARGET[0]),),
        article=TARGET,
    )
    assert grade(question, typed).outcome is expected


def test_the_explanations_day_without_a_year_dates_a_correction() -> None:
    from tests.grading.helpers import graded_claim

    claim = "True or false: her ranking earns her a place in the main draw."
    quote = "Her new ranking would not earn her a place in the main draw"
    explain = "Entries had closed on March 4, so she must qualify."
    article = (quote + ", as entries had closed on March 4.",)
    for typed, expected in (
        ("false, entries closed on March 4", C),
        ("false, entries closed on March 14", X),
    ):
        assert graded_claim(claim, quote, typed, article=article, explain=explain) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, more than 400", C),
        ("false, not 4,000 but 400", C),
        ("false, 4,000", X),  # the claim's own figure
        ("false, more than 4,000 in a month", X),
    ],
)
def test_a_correction_may_not_restate_the_claims_own_figure(typed: str, expected: Outcome) -> None:
    from tests.grading.helpers import graded_claim

    claim = "True or false: the mayor said she had received more than 4,000 letters."
    quote = "she had received more than 400 letters about it"
    explain = "She said more than 400 letters, not 4,000."
    assert graded_claim(claim, quote, typed, explain=explain) is expected


def test_a_score_in_the_explanation_does_not_hide_a_denied_figure() -> None:
    """`7-2` is read as three words (`7 to 2`): the words before `300` are read in that
    same reading, so `not 300` is still seen as denied."""
    from tests.grading.helpers import graded_claim

    claim = "True or false: she received 300 letters."
    quote = "she received 30 letters"
    explain = "The vote went 7-2, and she got 30 letters, not 300."
    assert graded_claim(claim, quote, "false, 30", explain=explain) is C
    assert graded_claim(claim, quote, "false, 300", explain=explain) is X
