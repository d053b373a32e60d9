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


MONITORS = (
    "The West Atlantic Seabird Trust (WAST) agreed to fund the monitors, while the Coastal "
    "Parks Service (CPS) will train them.",
)
BODIES = (
    "Coastal Parks Service (CPS)",
    "West Atlantic Seabird Trust (WAST)",
    "Marine Rescue League (MRL)",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("West Atlantic Seabird Trust", C),
        ("WAST", C),  # the short name the choice itself gives
        ("the WAST", C),
        ("CPS", X),
        ("MRL", X),
    ],
)
def test_a_choice_picked_by_the_short_name_it_gives_in_brackets(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "choice",
        BODIES[1],
        question="Which body agreed to fund the monitors?",
        choices=BODIES,
        citations=(cite("The West Atlantic Seabird Trust (WAST) agreed", MONITORS[0]),),
        article=MONITORS,
    )
    assert grade(question, typed).outcome is expected


CAPS = (
    "a cap of 20 percent, reviewed every five years",
    "a cap of 40 percent, with no review",
    "a 5 percent reserve for returning residents",
    "no cap until the new campus opens",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("a cap of 20 percent, reviewed every five years", C),
        ("a cap of 20 percent", C),  # the clause it opens with, no other choice's
        ("cap of 20 per cent", C),
        ("a cap of 40 percent", X),
        ("a cap of 25 percent", X),
        ("a cap", X),
    ],
)
def test_a_choice_picked_by_the_clause_it_opens_with(typed: str, expected: Outcome) -> None:
    question = make_question(
        "choice",
        CAPS[0],
        question="What did the advisory board recommend instead of the quota?",
        choices=CAPS,
    )
    assert grade(question, typed).outcome is expected


TRAWLERS = (
    "Under the agreement 23 South Portuguese deep-water trawlers may fish the bank, carrying "
    "12 observers and creating 140 onshore jobs.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("23", C),
        ("23 trawlers", C),
        ("23 boats", C),  # the vessels in other words: the long name's noun is what counts
        ("23 tonnes", X),
        ("23 observers", X),  # what the article counts otherwise
        ("32", X),
    ],
)
def test_a_count_asked_of_a_long_name_counts_its_noun(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "23",
        question="How many South Portuguese deep-water trawlers may fish the bank?",
        citations=(cite("23 South Portuguese deep-water trawlers", TRAWLERS[0]),),
        article=TRAWLERS,
    )
    assert grade(question, typed).outcome is expected


STIPEND = ("Each trainee ranger is paid a stipend of KSh 9,000 a month during the course.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("KSh 9,000 a month", C),
        ("KSh 108,000 a year", C),  # the same stipend, per a period that holds 12 months
        ("KSh 9,000 a year", X),
        ("KSh 100,000 a year", X),
        ("$108,000 a year", X),  # another currency
        ("KSh 2,250 a week", X),  # a month holds no whole number of weeks
        ("not KSh 108,000 a year", X),
        ("KSh 108,000 or KSh 110,000 a year", X),
    ],
)
def test_an_amount_a_period_converted_exactly_to_another_period(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "money",
        "KSh 9,000 a month",
        question="How much is each trainee ranger paid during the course?",
        citations=(cite("a stipend of KSh 9,000 a month", STIPEND[0]),),
        article=STIPEND,
    )
    assert grade(question, typed).outcome is expected
