"""A true-or-false correction that gives a share of a whole, a length of time or an old
year must give the article's: `false, about a third` where the quote says two-thirds,
`false, about an hour` where it says 40 minutes, `false, 1652` where the bell says 1651."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.grading.helpers import graded_claim

from newsquiz.facts.shares import shares
from newsquiz.facts.text import tokenize
from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT
_WORDS = ("a", "one", "two", "3", "10", "0", "half", "third", "thirds", "in", "out", "of",
          "per", "cent", "percent", "%", "1/3", "9/4", "million", "an", "hour", "the")  # fmt: skip


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, it is two-thirds", C),
        ("false, about 2/3", C),
        ("false, roughly 67%", C),
        ("false, not half but two thirds", C),
        ("false, it's about a third", X),
        ("false, three quarters", X),
        ("false, one in four", X),
    ],
)
def test_a_share_in_a_correction_must_be_the_articles(typed: str, expected: Outcome) -> None:
    quote = "About two-thirds of the fund is set aside for the harbour towns of the coast."
    claim = "True or false: about half of the fund is set aside for the harbour towns."
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, it was about 40 minutes", C),
        ("false, forty minutes", C),
        ("false, that was the northern district", C),
        ("false, it was about an hour", X),
        ("false, two hours", X),
    ],
)
def test_a_length_of_time_in_a_correction_must_be_the_articles(
    typed: str, expected: Outcome
) -> None:
    quote = "Cuts averaged five hours in the northern district, against about 40 minutes here."
    claim = "True or false: cuts here averaged five hours a day."
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, it says 1651", C),
        ("false, 1651, not 1658", C),
        ("false, it says 1652", X),
        ("false, 1560", X),
    ],
)
def test_a_year_long_ago_in_a_correction_must_be_the_articles(
    typed: str, expected: Outcome
) -> None:
    quote = "The bell carries the year 1651, when the ship was launched at the yard."
    claim = "True or false: the bell carries the year 1658."
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("about two-thirds of the money", [2 / 3]),
        ("a third", [1 / 3]),
        ("three quarters of the seats", [0.75]),
        ("one in four adults", [0.25]),
        ("3 out of 10 voters", [0.3]),
        ("40 per cent", [0.4]),
        ("more than half the money", [0.5]),
        ("half a billion dollars", []),
        ("a quarter of an hour", []),
        ("the third round", []),
        ("12 in Delhi", []),
    ],
)
def test_shares_are_read_however_they_are_written(text: str, expected: list[float]) -> None:
    assert shares(tokenize(text)) == pytest.approx(expected)


@given(st.lists(st.sampled_from(_WORDS), max_size=8))
def test_shares_are_always_parts_of_a_whole(words: list[str]) -> None:
    assert all(0 < share <= 1 for share in shares(words))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("true, 9 more in the capital", C),
        ("true, 9 died in the capital", C),
        ("true, 13 died in the capital", X),
        ("true", C),
    ],
)
def test_a_figure_in_digits_counting_something_else_is_still_the_quotes(
    typed: str, expected: Outcome
) -> None:
    quote = "Heatstroke killed 31 people in the eastern state, and 9 more in the capital."
    claim = "True or false: nine people died of heatstroke in the capital."
    assert graded_claim(claim, quote, typed, key="true") is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, it was defeated 41 to 43", C),
        ("false, it lost 41 to 44", X),
        ("false, it fell on move 59", C),
        ("false, it fell on move 58", X),
    ],
)
def test_the_authors_explanation_states_the_articles_figures_too(
    typed: str, expected: Outcome
) -> None:
    quote = "It was defeated 41 to 43, the narrowest vote of the day, before the flag fell."
    claim = "True or false: the amendment passed by one vote."
    explain = "It was defeated 41 to 43; the flag fell on move 59."
    assert graded_claim(claim, quote, typed, explain=explain) is expected
