"""Grader faults the two-hundred-and-sixty-first group's authors found with `check` on their
own reject entries, before the group was first measured; fixed in general, with invented
examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

PAYOUTS = (
    "The cooperative said it would pay a total of 9.6 million tenge to 41 fishing households "
    "on Friday. Households receive 30,000 tenge for each boat lost in the storm, and each "
    "household also receives a one-off allowance of 12,000 tenge.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("9.6 million tenge", C),
        ("9.6 million tenges", C),  # a currency's plural the table lacked
        ("9.6 million tenges per fisher", X),
        ("9.6 million tenge in total", C),
        ("9.6 million tenge per household", X),  # the households' total, not each one's
        ("9.6 million tenge per fisher", X),
    ],
)
def test_an_amount_per_something_where_the_article_gives_a_total(
    typed: str, expected: Outcome
) -> None:
    question = cited_question(
        "money",
        "9.6 million tenge",
        "What total will the cooperative pay to the fishing households?",
        "a total of 9.6 million tenge to 41 fishing households",
        *PAYOUTS,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize("plural", ["ouguiyas", "tenges", "somonis", "vatus", "ngultrums"])
def test_regular_plurals_of_currencies_read_as_money(plural: str) -> None:
    from newsquiz.facts.text import tokenize
    from newsquiz.facts.values import MONEY, scan

    assert [m.kind for m in scan(tokenize(f"400 {plural}"))] == [MONEY]


PLANT = (
    "Officials showed visitors round the new lab under a full moon on Monday.",
    "Moon Seo-jun, the firm's head of research, said the lab would open in May.",
    "Moon said the site had room for four more labs.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Moon Seo-jun", C),
        ("Moon", C),
        ("Seo-jun Moon", C),
        ("Mr Moon", C),
        ("Seo-jun", X),  # his given name alone
        ("Seojun", X),
        ("Mr Seo-jun", X),
    ],
)
def test_a_family_name_written_first_that_is_also_a_word(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "person",
        "Moon Seo-jun",
        "Who is the firm's head of research?",
        "Moon Seo-jun, the firm's head of research",
        *PLANT,
    )
    assert grade(question, typed).outcome is expected
