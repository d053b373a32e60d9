"""A count or a time given in a unit that belongs to another figure, each with invented
examples: the unit a quote writes after another figure is not the key's."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

SHELTER = ("The team of 14 volunteers ran the shelter for 40 days after the flood.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("14", C),
        ("fourteen", C),
        ("14 volunteers", C),
        ("14 days", X),  # the days measure how long the shelter ran, not the team
        ("14 weeks", X),
    ],
)
def test_a_count_typed_in_the_time_unit_of_another_figure(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number",
        "14",
        "How many people were in the team that ran the shelter?",
        "The team of 14 volunteers ran the shelter for 40 days",
        *SHELTER,
    )
    assert grade(question, typed).outcome is expected


def test_a_count_of_days_is_still_typed_in_days() -> None:
    question = cited_question(
        "number",
        "40",
        "For how many days did the volunteers run the shelter?",
        "ran the shelter for 40 days",
        *SHELTER,
    )
    assert grade(question, "40 days").outcome is C


RACE = ("The Dutch crew were 0.47 seconds ahead at the 1,000-metre mark.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("0.47 seconds", C),
        ("0.47 s", C),
        ("0.47", C),
        ("0.47 metres", X),  # a length, where the lead is a time
        ("0.47 km", X),
    ],
)
def test_a_time_typed_as_a_measure(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number",
        "0.47",
        "By how many seconds did the Dutch crew lead at the 1,000-metre mark?",
        "0.47 seconds ahead",
        *RACE,
        accept=("0.47 seconds",),
    )
    assert grade(question, typed).outcome is expected


HARBOUR_WORKS = (
    "The harbour will be closed for 60 days each winter while the breakwater is rebuilt.",
    "The council approved a 3.4 percent rise in mooring fees on Tuesday.",
    "Dredging began five months early, in May.",
)


@pytest.mark.parametrize(
    ("kind", "key", "asked", "quote", "typed", "expected"),
    [
        ("duration", "60 days", "For how long each winter will the harbour be closed?",
         "closed for 60 days each winter", "60 days each winter", C),
        ("duration", "60 days", "For how long each winter will the harbour be closed?",
         "closed for 60 days each winter", "60 days each summer", X),  # another season
        ("number", "3.4 percent", "By how much did the council raise mooring fees?",
         "a 3.4 percent rise", "3.4%", C),
        ("number", "3.4 percent", "By how much did the council raise mooring fees?",
         "a 3.4 percent rise", "a 3.4% cut", X),  # the fees rose
        ("duration", "five months", "By how long was dredging brought forward?",
         "began five months early", "five months early", C),
        ("duration", "five months", "By how long was dredging brought forward?",
         "began five months early", "five months late", X),
        ("duration", "five months", "By how long was dredging brought forward?",
         "began five months early", "five months, from May to October", C),
    ],
)  # fmt: skip
def test_a_word_after_the_value_that_turns_the_question_over(
    kind: str, key: str, asked: str, quote: str, typed: str, expected: Outcome
) -> None:
    question = cited_question(kind, key, asked, quote, *HARBOUR_WORKS)
    assert grade(question, typed).outcome is expected


def test_a_month_typed_beside_a_value_where_the_question_names_another() -> None:
    question = cited_question(
        "duration",
        "three weeks",
        "For how long will the ferry stop running in June?",
        "will not run for three weeks in June",
        "The ferry will not run for three weeks in June while its engines are replaced.",
    )
    assert grade(question, "three weeks in June").outcome is C
    assert grade(question, "three weeks in July").outcome is X


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("0.52 nanograms per millilitre", C),
        ("520 picograms per millilitre", C),  # the same concentration in picograms
        ("520 pg/mL", C),
        ("520 nanograms per millilitre", X),
        ("0.52 picograms per millilitre", X),
    ],
)
def test_a_concentration_in_picograms(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number",
        "0.52 nanograms per millilitre",
        "At what concentration was the drug found in the sample?",
        "a concentration of 0.52 nanograms per millilitre",
        "The laboratory found the drug at a concentration of 0.52 nanograms per millilitre.",
    )
    assert grade(question, typed).outcome is expected


FERRY_STRIKE = (
    "The ferry crews walked out on Tuesday, June 3, and the strike lasted nine days.",
    "In March the union had warned that talks with the operator were failing.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("nine days", C),
        ("nine days in June", C),
        ("9 days from Tuesday", C),
        ("nine days in October", X),  # a month the article never names
        ("nine days on Friday", X),
        ("nine days in the winter", X),
        # A month the article names, of another event: the strike began in June (see
        # test_time_given_a_figure).
        ("nine days in March", X),
        ("nine days, may be more", C),
        ("nine days but it may go on", C),  # `may` is no month here
    ],
)
def test_a_time_the_article_never_names_after_a_value(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "duration",
        "nine days",
        "How long did the ferry strike last?",
        "the strike lasted nine days",
        *FERRY_STRIKE,
    )
    assert grade(question, typed).outcome is expected
