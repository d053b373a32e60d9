"""Grader faults the eighty-second group's authors' `check` showed on their own reject
entries (and one of the seventy-ninth group's misses of the same kind), fixed before the
eighty-second and eighty-third groups' first runs; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

FREIGHT = "In local currency the new rate is about 320,000 guaraníes a tonne."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("320,000 guaraníes a tonne", C),
        ("320000 guaranies per tonne", C),
        ("320,000 PYG a tonne", C),
        ("320,000 dollars a tonne", X),
        ("$320,000 a tonne", X),
    ],
)
def test_guaranies_in_the_spanish_plural_are_paraguayan_money(
    typed: str, expected: Outcome
) -> None:
    outcome = graded(
        "money",
        "about 320,000 guaraníes a tonne",
        "What is the new rate in local currency?",
        FREIGHT,
        typed,
    )
    assert outcome is expected


BENCH = (
    "The judgment was read by Presiding Judge Marie Ilunga, who sat with judges Albert Mbuyi "
    "and Grace Kalala.",
    "The provincial Environment Minister, Sylvie Kalala, said the province would ask for a share.",
    "Kalala added that the province had received none of the 2019 fine.",
)


@pytest.mark.parametrize(
    ("accept", "typed", "expected"),
    [
        ((), "Sylvie Kalala", C),
        ((), "Judge Kalala", X),  # `judges … and Grace Kalala`: the post is each one's
        ((), "G. Kalala", X),  # the initial of the other Kalala
        ((), "S. Kalala", C),
        (("Minister Kalala",), "Minister Kalala", C),
        (("Minister Kalala",), "Judge Kalala", X),  # an accepted post form is still hers
        (("Kalala",), "G. Kalala", X),
    ],
)
def test_a_namesakes_post_or_initial_names_the_namesake(
    accept: tuple[str, ...], typed: str, expected: Outcome
) -> None:
    outcome = graded(
        "person",
        "Sylvie Kalala",
        "Who is the provincial environment minister?",
        BENCH[1],
        typed,
        accept=accept,
        article=BENCH,
    )
    assert outcome is expected


EMBEZZLED = (
    "The manager admitted taking B$1.86 million (about US$1.38 million) from 41 accounts.",
    "The bank's fine, in Brunei dollars, was the largest the regulator has imposed.",
)


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("B$1.86 million", "B$1.86 million", C),
        ("B$1.86 million", "1.86 million Brunei dollars", C),
        ("B$1.86 million", "BND 1.86 million", C),
        ("B$1.86 million", "US$1.86 million", X),  # `B$` is the Brunei (or Bahamian) dollar
        ("US$1.38 million", "US$1.38 million", C),
        ("US$1.38 million", "B$1.38 million", X),
    ],
)
def test_a_sign_two_dollars_share_is_neither_the_us_dollar(
    key: str, typed: str, expected: Outcome
) -> None:
    outcome = graded("money", key, "How much did the manager take?", EMBEZZLED[0], typed)
    assert outcome is expected
