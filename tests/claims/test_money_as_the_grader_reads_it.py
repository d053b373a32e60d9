"""The claims read money in every currency the grader reads: an amount written with a
letter sign (`R2.4 billion`, `KSh 900`), a sign of its own (`₹40`) or a currency named after
it (`300 shillings`) is money, changed as money, and graded wrong once changed."""

from __future__ import annotations

import pytest
from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.facts.text import tokenize
from newsquiz.facts.values import MONEY, scan
from newsquiz.facts.written import Money, find_money, find_values
from newsquiz.grading import grade
from newsquiz.pack import load_pack


@pytest.mark.parametrize(
    ("text", "written", "total"),
    [
        ("a loan of R2.4 billion was agreed", "R2.4 billion", 2.4e9),
        ("the fee is KSh 900 a month", "KSh 900", 900.0),
        ("it cost ₹40 million", "₹40 million", 4e7),
        ("a fine of NOK 7.5m", "NOK 7.5m", 7.5e6),
        ("paid 300 shillings each", "300 shillings", 300.0),
        ("a budget of 9.5 million Danish kroner", "9.5 million Danish kroner", 9.5e6),
        ("US$18.4 billion in all", "US$18.4 billion", 18.4e9),
        ("an old $5 note", "$5", 5.0),
        ("up to Rs. 48.6 million each", "Rs. 48.6 million", 48.6e6),  # a sign with its point
        ("a fare of Tk. 350", "Tk. 350", 350.0),
    ],
)
def test_money_the_grader_reads_is_money_to_the_claims(
    text: str, written: str, total: float
) -> None:
    found = find_money(text)
    assert [f.text for f in found] == [written]
    money = found[0].value
    assert isinstance(money, Money)
    assert money.total == pytest.approx(total)
    assert money.render() == written
    mentions = scan(tokenize(written))
    assert [m.kind for m in mentions] == [MONEY]


@pytest.mark.parametrize(
    "text",
    ["an A4 sheet", "the M25 motorway", "5 million people", "G7 leaders", "the No. 5 bus"],
)
def test_what_the_grader_reads_as_no_money_is_none(text: str) -> None:
    assert not find_money(text)
    assert not any(isinstance(f.value, Money) for f in find_values(text))


ARTICLE = """\
Power utility gets a smaller rise than it asked for
The regulator allowed the utility R338.6 billion in revenue over two years, against the R412 billion it asked for.
The utility owes about R395 billion and pays R90 million a day in interest.
Smelters said the rise would cost them between R4 billion and R5 billion.
"""

QUESTIONS = """\
  - id: allowed
    question: How much revenue did the regulator allow the utility over two years?
    answer: R338.6 billion
    kind: money
    cite: The regulator allowed the utility R338.6 billion in revenue over two years
  - id: interest
    question: How much does the utility pay in interest each day?
    answer: R90 million
    kind: money
    cite: pays R90 million a day in interest
"""


def test_amounts_in_rand_get_false_claims_the_grader_marks_wrong(write_pack: WritePack) -> None:
    yaml = (
        "format: newsquiz/1\nid: tariff\ntitle: Tariff\n"
        "article: {file: article.txt, published: 2025-01-30}\nquestions:\n" + QUESTIONS
    )
    bank = ClaimBank(load_pack(write_pack(yaml, ARTICLE)))
    for claims in bank.by_question:
        assert claims.playable, claims.problem
        for claim in claims.false_claims:
            assert claim.value.startswith("R") and "$" not in claim.value
            assert not grade(claims.question, claim.value).correct
        assert claims.true_claim is not None
        assert grade(claims.question, claims.true_claim.value).correct
