"""Grader faults the two-hundred-and-sixty-seventh group's misses showed, fixed in general
after its first figure; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

VOTE = ("The Harwick district council approved the new bypass by 23 votes to 9 on Monday.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, it was 23 votes to 9", C),
        ("false, 23 to 9", C),
        ("false, nine councillors voted against", C),
        ("false, it was 9 votes to 23", X),  # the result turned over
        ("false, 9 to 23", X),
    ],
)
def test_a_vote_typed_the_other_way_round_turns_the_result_over(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "claim",
        "false",
        question="True or false: the council approved the bypass unanimously.",
        citations=(cite("approved the new bypass by 23 votes to 9", VOTE[0]),),
        article=VOTE,
    )
    assert grade(question, typed).outcome is expected


HARVEST = (
    "Growers may pick at most 410 tonnes of cloudberries a season under the licence. "
    "Last season they picked about 365 tonnes on the northern bogs.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, they picked about 365 tonnes", C),
        ("false, they picked less than 410 tonnes", C),
        ("false, they picked exactly 410 tonnes", X),  # the limit's figure, not the harvest
        ("false, they picked 410 tonnes", X),
    ],
)
def test_a_figure_the_claim_gives_another_thing_typed_after_a_quoted_act(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "claim",
        "false",
        question=(
            "True or false: last season the growers picked more than the licence's limit "
            "of 410 tonnes."
        ),
        citations=(
            cite("at most 410 tonnes of cloudberries a season", HARVEST[0]),
            cite("Last season they picked about 365 tonnes", HARVEST[0]),
        ),
        article=HARVEST,
    )
    assert grade(question, typed).outcome is expected


GRANT = ("The regional trust offered to pay a third of the cost of the new ambulance.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, it offered to pay a third", C),
        ("false, not the whole cost, only a third", C),
        ("false, it offered to pay the whole cost", X),  # the claim again
        ("false, it will pay the entire bill", X),
    ],
)
def test_a_correction_that_says_the_whole_where_the_article_gives_a_part(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "claim",
        "false",
        question="True or false: the trust offered to pay the full cost of the ambulance.",
        citations=(cite("offered to pay a third of the cost", GRANT[0]),),
        article=GRANT,
    )
    assert grade(question, typed).outcome is expected


HERDERS = ("The herders say they were never warned about the sale of the grazing land.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, they say they were never warned", C),
        ("false, they were not warned", C),
        ("false, they were warned but refused the sale", X),  # the refusal is another act
        ("false, they were warned", X),
    ],
)
def test_an_act_the_article_denies_affirmed_before_another_clause(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "claim",
        "false",
        question="True or false: the herders say they were warned about the sale.",
        citations=(cite("they were never warned about the sale", HERDERS[0]),),
        article=HERDERS,
    )
    assert grade(question, typed).outcome is expected
