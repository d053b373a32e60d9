"""A currency whose sign is one letter glued to the figure (`P4.1 billion` pula, `M18.6
billion` maloti, `K3.1 million` kwacha or kina, `Q250,000` quetzales) is that currency, not
a bare figure that any currency's amount matches. One letter is also a motorway, a quarter, a
summit or a mountain (`the M5`, `Q3`, `G20`, `K2`): it is read as money only where the figure
is written as an amount is (a scale word, a thousands separator, cents)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.facts.text import tokenize
from newsquiz.facts.values import MONEY, scan
from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("key", "quote", "typed", "expected"),
    [
        # the key in a one-letter currency
        ("P4.1 billion", "The ministry will cut spending by P4.1 billion.", "$4.1 billion", X),
        ("P4.1 billion", "The ministry will cut spending by P4.1 billion.", "4.1 billion pula", C),
        ("P4.1 billion", "The ministry will cut spending by P4.1 billion.", "P4.1bn", C),
        ("M18.6 billion", "The tunnel will cost M18.6 billion.", "$18.6 billion", X),
        ("M18.6 billion", "The tunnel will cost M18.6 billion.", "18.6 billion maloti", C),
        ("K3.1 million", "The fund holds K3.1 million.", "3.1 million kwacha", C),
        ("K3.1 million", "The fund holds K3.1 million.", "€3.1 million", X),
        ("Q250,000", "The fine was Q250,000.", "250,000 quetzales", C),
        ("Q250,000", "The fine was Q250,000.", "$250,000", X),
        # another currency's key, the one-letter sign typed
        ("$11.2 million", "The parcel sold for $11.2 million.", "P11.2 million", X),
        ("$30 million", "The reserve price was $30 million.", "K30 million", X),
        ("€20 million", "The bank lent €20 million.", "L20 million", X),
        ("$2.5 million", "The grant was $2.5 million.", "$2.5 million", C),
    ],
)
def test_a_one_letter_sign_names_its_currency(
    key: str, quote: str, typed: str, expected: Outcome
) -> None:
    assert graded("money", key, "How much?", quote, typed) is expected


def test_a_letter_shared_by_currencies_is_the_one_the_article_names() -> None:
    # `K` is the kwacha, the kina and the kyat: the article's own kwacha settles it.
    quote = "The fund holds 3.1 million kwacha (K3.1 million)."
    assert graded("money", "K3.1 million", "How much?", quote, "3.1 million kina") is X
    assert graded("money", "K3.1 million", "How much?", quote, "K3.1m") is C


@pytest.mark.parametrize(
    "text",
    [
        "the G20 summit",
        "traffic on the M5 motorway",
        "results for Q3",
        "climbers on K2",
        "a P5 meeting",
        "the E10 fuel",
    ],
)
def test_a_letter_before_a_plain_figure_is_no_money(text: str) -> None:
    assert not [m for m in scan(tokenize(text)) if m.kind == MONEY]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("P527 million", 527e6),
        ("M1,200", 1200.0),
        ("K3.50", 3.5),
        ("Q2 billion", 2e9),
    ],
)
def test_a_letter_before_an_amount_is_money(text: str, value: float) -> None:
    money = [m for m in scan(tokenize(text)) if m.kind == MONEY]
    assert [m.value for m in money] == [value]


@pytest.mark.parametrize("text", ["an M6.9 earthquake", "the M5.2 aftershock"])
def test_a_magnitude_is_no_money(text: str) -> None:
    assert not [m for m in scan(tokenize(text)) if m.kind == MONEY]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("K10", C), ("10 kwacha", C), ("10", C), ("$10", X), ("$10 a day", X), ("K12", X)],
)
def test_a_money_key_of_a_sign_before_a_small_figure(typed: str, expected: Outcome) -> None:
    # `K10` alone reads as no money (`K2` is a mountain); as a money key it is ten kwacha
    # (the sixty-fourth group's authors' `check`: `$10` for a K10 levy).
    quote = "Traders pay a K10 daily levy, and the fund holds K45 million (about $1.7 million)."
    assert graded("money", "K10", "How much is the daily levy?", quote, typed) is expected
