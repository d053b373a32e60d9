"""Money keys that are a range: both ends, written any way a range is written, in the key's
currency, counted per no other unit of time. Before, such a key was graded as text: `40-45
billion pesos` was wrong and the same range in dollars right.
And amounts per a unit: a minor unit before `per` (`14 cents per kWh`), the unit it names
(`MWh` is not kWh, though one letter apart), `a ton` said loosely for a tonne.
"""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

QUOTE = "losses of between 30 billion and 35 billion pesos a day"
ARTICLE = (
    "The chamber of commerce estimated losses of between 30 billion and 35 billion pesos a "
    "day (about US$25 million to $29 million), its president said.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("between 30 billion and 35 billion pesos a day", C),
        ("between 30 and 35 billion pesos a day", C),
        ("30-35 billion pesos a day", C),
        ("30 to 35 billion pesos per day", C),
        ("between 30 and 35 billion pesos", C),
        ("thirty to thirty-five billion pesos a day", C),
        ("between 35 billion and 30 billion pesos a day", C),
        ("between 30 billion and 35 billion dollars a day", X),
        ("$30bn-$35bn a day", X),
        ("30 billion pesos a day", X),
        ("35 billion pesos a day", X),
        ("between 30 and 36 billion pesos a day", X),
        ("between 30 and 35 million pesos a day", X),
        ("between 30 and 35 billion pesos a week", X),
    ],
)
def test_a_range_of_money(typed: str, expected: Outcome) -> None:
    question = "How much did the strike cost businesses a day, in pesos?"
    key = "between 30 billion and 35 billion pesos a day"
    assert graded("money", key, question, QUOTE, typed, article=ARTICLE) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Rs 1100-1250", C), ("between Rs 1,100 and Rs 1,250", C), ("1,100 to 1,250", C),
     ("Rs 1,100", X), ("$1,100-$1,250", X)],
)  # fmt: skip
def test_a_range_in_a_currency_written_first(typed: str, expected: Outcome) -> None:
    quote = "factory teas fetched Rs 1,100 to Rs 1,250 a kilo"
    question = "What range did factory teas fetch, in rupees a kilo?"
    assert graded("money", "Rs 1,100 to Rs 1,250", question, quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12 cents per kWh", C),
        ("12 cents a kilowatt-hour", C),
        ("€0.12 per kWh", C),
        ("12 euro cents per kWh", C),
        ("12 cents per MWh", X),
        ("12 cents per watt-hour", X),
        ("12 euros per kWh", X),
    ],
)
def test_a_price_in_a_minor_unit_per_a_unit(typed: str, expected: Outcome) -> None:
    quote = "assumed a power price of 12 cents per kilowatt-hour"
    question = "What power price did the contract assume?"
    outcome = graded("money", "12 cents per kilowatt-hour", question, quote, typed,
                     accept=("12 euro cents per kilowatt-hour",))  # fmt: skip
    assert outcome is expected


@pytest.mark.parametrize(("typed", "expected"), [("$45 a ton", C), ("$45 a kilogram", X)])
def test_a_ton_said_for_a_tonne(typed: str, expected: Outcome) -> None:
    quote = "prices had risen by about $45 a tonne"
    question = "By how much had prices risen?"
    assert graded("money", "about $45 a tonne", question, quote, typed) is expected
