"""A correction that gives a figure to `last year` where the article gives it to another
year, and one that has a person do what the article says they did not. Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, 23 nests last year against 31 in 2019", C),
        ("false, it had 23 last year", C),
        ("false, 31 nests last year against 23 in 2019", X),
        ("false, it had 31 last year", X),
    ],
)
def test_a_figure_given_to_last_year_must_be_last_years(typed: str, expected: Outcome) -> None:
    quote = "the marsh held 23 nests of redshank last year, down from 31 nests in 2019"
    claim = "The marsh held more redshank nests last year than in 2019."
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, only Ines Duarte finished it", C),
        ("false, Tomas Leite did not finish it", C),
        ("false, Ines Duarte finished it and Tomas Leite did not", C),
        ("false, only Tomas Leite finished it", X),
    ],
)
def test_a_correction_never_has_someone_do_what_the_article_says_they_did_not(
    typed: str, expected: Outcome
) -> None:
    paragraph = (
        "Ines Duarte finished the 100 km trail in 11 hours; Tomas Leite did not, "
        "retiring at 60 km with a knee injury."
    )
    claim = "Both Ines Duarte and Tomas Leite finished the 100 km trail."
    assert graded_claim(claim, paragraph, typed) is expected
