"""A changed value never turns a range or a score around: "within 63 to 48 hours" (36 with
its digits swapped) or "from 57 to 16 degrees" (the Fahrenheit twin moved into the Celsius
range) read as nonsense, and a winner level with the loser contradicts the verdict. On a
small article written here, not the benchmark's."""

from __future__ import annotations

import re

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.claims.generate import _order_turned
from newsquiz.grading import grade
from newsquiz.pack import load_pack

ARTICLE = """\
River crest expected
The flood wave is expected to reach the city within 36 to 48 hours, the engineers said.
Water temperatures ranged from 14 to 16 degrees Celsius (57 to 61 °F) near the weir.
The home side won the charity match 4–1 on Sunday, and 2,300 people watched.
Engineers said 12 pumps were running and a further 58 were on their way.
"""

QUESTIONS = """\
  - id: wave
    question: Within how many hours is the flood wave expected to reach the city?
    answer: 36 to 48 hours
    kind: duration
    cite: within 36 to 48 hours
    claim: The flood wave is expected to reach the city within {answer}.
  - id: temperature
    question: What were the water temperatures near the weir, in Celsius?
    answer: 14 to 16 degrees Celsius
    kind: number
    cite: from 14 to 16 degrees Celsius
    claim: Water temperatures ranged from {answer} near the weir.
  - id: score
    question: What was the score of the charity match?
    answer: 4–1
    kind: number
    cite: won the charity match 4–1
    claim: The home side won the charity match {answer}.
"""

PAIR = re.compile(r"(\d+)(?: to |–)(\d+)")


def bank(write_pack: WritePack) -> ClaimBank:
    yaml = (
        "format: newsquiz/1\nid: crest\ntitle: Crest\n"
        "article: {file: article.txt, published: 2024-08-14}\nquestions:\n" + QUESTIONS
    )
    return ClaimBank(load_pack(write_pack(yaml, ARTICLE)))


def test_no_false_claim_turns_a_range_or_score_around(write_pack: WritePack) -> None:
    made = 0
    for claims in bank(write_pack).by_question:
        question = claims.question
        low_first = question.id != "score"  # a range rises; the winner's score comes first
        for claim in claims.with_false_claims(40).false_claims:
            made += 1
            assert not grade(question, claim.value).correct
            first, second = (int(n) for n in PAIR.findall(claim.sentence)[0])
            assert (first < second) if low_first else (first > second), claim.sentence
    # The rule leaves the questions believable claims (a range is never widened, 85b #9).
    assert made >= 5


def test_an_order_turned_is_told_from_an_order_kept() -> None:
    assert _order_turned("within 36 to 48 hours", "within 63 to 48 hours")
    assert _order_turned("won 4–1", "won 1–1")
    assert _order_turned("between 1,200 and 1,500 homes", "between 1,700 and 1,500 homes")
    assert not _order_turned("within 36 to 48 hours", "within 30 to 48 hours")
    assert not _order_turned("passed 33 to 31", "passed 35 to 31")
    assert not _order_turned("in 36 hours", "in 63 hours")  # no pair, nothing to keep


TOLLS = """\
Toll rise
A private car now pays KSh 500 for the full length, up from KSh 360, a rise of 39 percent.
Matatus pay KSh 850, and buses KSh 1,200.
"""


def test_the_other_end_of_the_answer_s_own_change_is_no_false_value(
    write_pack: WritePack,
) -> None:
    yaml = (
        "format: newsquiz/1\nid: toll\ntitle: Toll\n"
        "article: {file: article.txt, published: 2025-03-14}\nquestions:\n"
        "  - id: car\n    question: What does a private car now pay for the full length?\n"
        "    answer: KSh 500\n    kind: money\n    cite: now pays KSh 500\n"
        "    claim: A private car now pays {answer} for the full length.\n"
    )
    (car,) = ClaimBank(load_pack(write_pack(yaml, TOLLS))).by_question
    values = [c.value for c in car.with_false_claims(20).false_claims]
    assert "KSh 850" in values  # another figure of the article still makes a claim
    assert "KSh 360" not in values  # "up from KSh 360": the toll it rose from


def test_a_range_of_amounts_keeps_its_order_across_units_and_scales() -> None:
    """'an extra $25 million to $14 million a year' (of '$11 million to $14 million')."""
    assert _order_turned(
        "an extra $11 million to $14 million", "an extra $25 million to $14 million"
    )
    assert not _order_turned(
        "an extra $11 million to $14 million", "an extra $9 million to $14 million"
    )
    assert _order_turned("€2 billion to €3 billion", "€4 billion to €3 billion")
    assert not _order_turned("$900,000 to $1.2 million", "$800,000 to $1.2 million")
    assert _order_turned("$900,000 to $1.2 million", "$1.9 million to $1.2 million")
    assert not _order_turned("11 to 14 million people", "12 to 14 million people")
