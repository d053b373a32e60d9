"""Money as people say and write it beyond the dollar sign: a currency whose name is also an
English word (`won`, `real`), every currency sign (`₹`, `₦`, `₱`), minor units (`cents`,
`kobo`) and an amount spoken in units and hundredths (`six euros forty`)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.facts.infer import infer_kind
from newsquiz.grading import Outcome, grade
from newsquiz.pack.model import Kind

C, X = Outcome.CORRECT, Outcome.INCORRECT


def _money(key: str, typed: str) -> Outcome:
    return grade(make_question("money", key), typed).outcome


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        # A currency named by an English word is still the key's currency.
        ("40 million won", "40 million dollars", X),
        ("40 million won", "40 million yen", X),
        ("40 million won", "₩40 million", C),
        ("40 million won", "40m won", C),
        ("40 million won", "40 million", C),  # no currency typed: the amount is right
        ("7,000 rand", "7000 dollars", X),
        ("2.5 billion reals", "2.5 billion pesos", X),
        ("2.5 billion reals", "BRL 2.5 billion", C),
        # Every currency sign marks its own currency.
        ("₹450", "450 rupees", C),
        ("₹450", "$450", X),
        ("₦2,000", "2,000 naira", C),
        ("₦2,000", "2,000 cedis", X),
        ("¥900 million", "₩900 million", X),
        ("₱75", "75 pesos", C),
    ],
)
def test_the_currency_of_an_amount(key: str, typed: str, expected: Outcome) -> None:
    assert _money(key, typed) is expected


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("$6.40", "640 cents", C),
        ("$6.40", "64 cents", X),
        ("€0.75", "75 cents", C),
        ("£2.10", "210 pence", C),
        ("120 naira", "12,000 kobo", C),
        ("120 naira", "120 kobo", X),  # a kobo is a hundredth of a naira
        ("$6.40", "640 kobo", X),  # not a dollar's
        ("30 rupees", "30 paise", X),
    ],
)
def test_an_amount_in_minor_units(key: str, typed: str, expected: Outcome) -> None:
    assert _money(key, typed) is expected


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("€6.40", "six euros forty", C),
        ("€6.40", "6 euros and 40 cents", C),
        ("$12.25", "twelve dollars twenty-five", C),
        ("$12.25", "twelve dollars", X),
        ("€6.40", "six euros fourteen", X),
        ("€6.40", "€6 or €40", X),
    ],
)
def test_an_amount_spoken_in_units_and_hundredths(key: str, typed: str, expected: Outcome) -> None:
    assert _money(key, typed) is expected


def test_an_amount_in_won_is_money_when_the_kind_is_left_out() -> None:
    question = make_question("money", "40 million won")
    inferred = replace(question, kind=Kind(infer_kind(question.answer)), kind_inferred=True)
    assert inferred.kind is Kind.MONEY
    assert grade(inferred, "40 million dollars").outcome is X
    assert grade(inferred, "₩40m").outcome is C


RATE_PARAGRAPH = "Parking in the old town will cost €3 an hour from March, up from €1.50."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("€3 an hour", C),
        ("€3 per hour", C),
        ("3 euros each hour", C),
        ("€3", C),  # the rate is the question's
        ("€3 a day", X),  # another fact
        ("€3 per week", X),
    ],
)
def test_an_amount_counted_per_something_else(typed: str, expected: Outcome) -> None:
    quote = "will cost €3 an hour from March"
    question = make_question(
        "money", "€3", citations=(cite(quote, RATE_PARAGRAPH),), article=(RATE_PARAGRAPH,)
    )
    assert grade(question, typed).outcome is expected
