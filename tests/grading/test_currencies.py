"""Money in a currency other than the dollar, euro or pound: which currency an amount is
in is part of the fact, read from a complete generic table of currencies."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.facts.text import tokenize
from newsquiz.facts.values import MONEY, scan
from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

PARAGRAPH = (
    "The city council approved 4.2 million Swedish kronor (about €370,000) for the harbour, "
    "and a grant of 80,000 Ugandan shillings went to the school."
)


def _money(key: str, typed: str, accept: tuple[str, ...] = (), quote: str = "") -> Outcome:
    citations = (cite(quote, PARAGRAPH),) if quote else ()
    question = make_question("money", key, accept=accept, citations=citations)
    return grade(question, typed).outcome


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("4.2 million Swedish kronor", "4.2 million kronor", C),  # the name, unqualified
        ("4.2 million Swedish kronor", "SEK 4.2m", C),  # its code, and `m` for million
        ("4.2 million Swedish kronor", "4,200,000 SEK", C),
        ("4.2 million Swedish kronor", "four and a half million kronor", X),
        ("4.2 million Swedish kronor", "four point two million kronor", C),
        ("4.2 million Swedish kronor", "4.2 million Danish kroner", X),  # another currency
        ("4.2 million Swedish kronor", "DKK 4.2 million", X),
        ("4.2 million Swedish kronor", "4.2 million euros", X),
        ("$3,000", "3,000 rupees", X),  # a rupee is no dollar
        ("$3,000", "3000 dollars", C),
        ("$3,000", "3000 US dollars", C),
        ("$3,000", "3000 Canadian dollars", X),
        ("Rs 900", "900 Indian rupees", C),
        ("Rs 900", "900 Pakistani rupees", C),  # `Rs` names no country: any rupee
        ("INR 900", "900 Pakistani rupees", X),
        ("TSh 500", "500 Kenyan shillings", X),
    ],
)
def test_the_currency_is_part_of_the_amount(key: str, typed: str, expected: Outcome) -> None:
    assert _money(key, typed) is expected


def test_a_bare_accepted_form_takes_the_currency_of_the_quote() -> None:
    """`kronor` accepted for Swedish kronor is still Swedish: Danish kroner are not."""
    quote = "4.2 million Swedish kronor"
    accept = ("4.2 million kronor",)
    assert _money(quote, "4.2 million Danish kroner", accept, quote) is X
    assert _money(quote, "4.2 million kronor", accept, quote) is C


def test_an_amount_in_another_currency_than_the_key() -> None:
    """The key in dollars, another accepted form in shillings: shillings are read as
    shillings, not as dollars."""
    accept = ("UGX 80,000",)
    assert _money("$21", "80,000 shillings", accept) is C
    assert _money("$21", "21 shillings", accept) is X


@pytest.mark.parametrize(
    ("text", "currency", "value"),
    [
        ("KSh 645,000", "KES", 645_000.0),
        ("NOK 9.5m", "NOK", 9_500_000.0),
        ("2 and a half million pesos", "pesos", 2_500_000.0),
        ("1,000,000 South African rand", "ZAR", 1_000_000.0),
    ],
)
def test_reading_currencies(text: str, currency: str, value: float) -> None:
    (mention,) = scan(tokenize(text))
    assert (mention.kind, mention.currency, mention.value) == (MONEY, currency, value)


@pytest.mark.parametrize("text", ["11 won", "all 3", "top 5", "5 km", "3 marks", "try 4"])
def test_english_words_are_no_currency(text: str) -> None:
    assert all(m.kind != MONEY for m in scan(tokenize(text)))


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("$12 million", "12 million sucres", X),  # Ecuador's currency before the dollar
        ("$12 million", "12 million cruzeiros", X),
        ("$12 million", "12 million intis", X),
        ("12 million sucres", "12 million sucres", C),
        ("12 million sucres", "ECS 12 million", C),
        ("12 million sucres", "$12 million", X),
        ("400,000 Yugoslav dinars", "400,000 dinars", C),  # the name, unqualified
        ("400,000 Yugoslav dinars", "400,000 Serbian dinars", X),
    ],
)
def test_a_currency_replaced_since_the_1980s_is_a_currency(
    key: str, typed: str, expected: Outcome
) -> None:
    assert _money(key, typed) is expected


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        # The abbreviations a currency's own press writes before its amounts.
        ("RO 18,500", "18,500 Omani rials", C),
        ("RO 18,500", "OMR 18,500", C),
        ("RO 18,500", "R.O. 18,500", C),
        ("RO 18,500", "$18,500", X),  # a dollar is no rial
        ("RO 18,500", "18,500 Saudi riyals", X),
        ("18,500 Omani rials", "RO 18,500", C),
        ("BD 40,000", "40,000 Bahraini dinars", C),
        ("BD 40,000", "40,000 Kuwaiti dinars", X),
        ("KD 40,000", "40,000 Kuwaiti dinars", C),
        ("QR 900", "900 Qatari riyals", C),
        ("Dh 250", "250 dirhams", C),  # the UAE's or Morocco's, as the article says
        ("Dh 250", "250 dollars", X),
        ("TL 75", "75 Turkish lira", C),
        ("1,200 Norwegian kroner", "1,200 kr", C),
        ("1,200 Norwegian kroner", "$1,200", X),
        ("5,000 CFA francs", "5,000 FCFA", C),
    ],
)
def test_a_currency_by_its_local_abbreviation(key: str, typed: str, expected: Outcome) -> None:
    assert _money(key, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("15 million tomans", C),  # a toman counts ten rials
        ("15,000,000 tomans", C),
        ("150 million tomans", X),  # ten times the fine
        ("1.5 million tomans", X),
        ("150 million rials", C),
    ],
)
def test_a_unit_of_account_counts_its_currency(typed: str, expected: Outcome) -> None:
    """Iranian prices are spoken in tomans, ten rials each: the amount is the rials'."""
    assert _money("150 million Iranian rials", typed) is expected
