"""After `about`, `nearly`, `roughly` a changed figure is as round as the true one: a train
that slowed to about 40 km/h believably slowed to about 30 or 50, never to "about 39" (an
approximation nobody makes). On small articles written here, not the benchmark's."""

from __future__ import annotations

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.claims.generate import _significant
from newsquiz.facts.written import find_values
from newsquiz.grading import grade
from newsquiz.pack import load_pack

ARTICLE = """\
Tram leaves the rails
The tram had slowed to about 60 km/h when it left the rails, the operator said.
Roughly 3,000 passengers were moved to buses, and the line will stay shut for 17 days.
The tram was carrying 143 passengers.
"""


def bank(write_pack: WritePack, questions: str) -> ClaimBank:
    yaml = (
        "format: newsquiz/1\nid: tram\ntitle: Tram\n"
        "article: {file: article.txt, published: 2024-05-02}\nquestions:\n" + questions
    )
    return ClaimBank(load_pack(write_pack(yaml, ARTICLE)))


def digits(text: str) -> int:
    return _significant(find_values(text)[0].value)


def test_a_rounded_figure_stays_as_round(write_pack: WritePack) -> None:
    speed, moved, carried = bank(
        write_pack,
        "  - id: speed\n    question: How fast was the tram going when it left the rails?\n"
        "    answer: about 60 km/h\n    kind: number\n    cite: about 60 km/h\n"
        "    claim: The tram had slowed to {answer} when it left the rails.\n"
        "  - id: moved\n    question: How many passengers were moved to buses?\n"
        "    answer: '3,000'\n    kind: number\n    cite: Roughly 3,000 passengers\n"
        "    claim: Roughly {answer} passengers were moved to buses.\n"
        "  - id: carried\n    question: How many passengers was the tram carrying?\n"
        "    answer: '143'\n    kind: number\n    cite: carrying 143 passengers\n"
        "    claim: The tram was carrying {answer} passengers.\n",
    ).by_question
    for claims, true_digits in ((speed, 1), (moved, 1)):
        values = [c.value for c in claims.false_claims]
        assert values, claims.problem
        assert all(digits(v) <= true_digits for v in values), values
        assert all(not grade(claims.question, v).correct for v in values)
    # Without a word of approximation an exact neighbour is still a believable slip.
    assert "142" in [c.value for c in carried.false_claims]


GOOD_ARTICLE = """\
Dam spillway opened
"We need a good 50 millimetres before the reservoir recovers," the engineer said.
The spillway stayed open for a full 20 hours, and well over 400 homes lost water.
The dam holds 137 million cubic metres.
"""


def test_a_lower_bound_in_round_words_stays_as_round(write_pack: WritePack) -> None:
    """Words such as "a good", "a full", "well over" mark a round lower bound as "about"
    marks a round figure: nobody says "a good 51 millimetres" or "well over 410 homes"."""
    yaml = (
        "format: newsquiz/1\nid: dam\ntitle: Dam\n"
        "article: {file: article.txt, published: 2024-05-02}\nquestions:\n"
        "  - id: rain\n    question: How much rain did the engineer say was needed?\n"
        "    answer: 50 millimetres\n    kind: number\n    cite: a good 50 millimetres\n"
        "    claim: The engineer said a good {answer} of rain was needed.\n"
        "  - id: open\n    question: How long did the spillway stay open?\n"
        "    answer: 20 hours\n    kind: number\n    cite: a full 20 hours\n"
        "    claim: The spillway stayed open for a full {answer}.\n"
        "  - id: homes\n    question: How many homes lost water?\n"
        "    answer: '400'\n    kind: number\n    cite: well over 400 homes\n"
        "    claim: Well over {answer} homes lost water.\n"
    )
    rain, open_, homes = ClaimBank(load_pack(write_pack(yaml, GOOD_ARTICLE))).by_question
    for claims in (rain, open_, homes):
        values = [c.value for c in claims.false_claims]
        assert values, claims.problem
        assert all(digits(v) <= 1 for v in values), values
        assert all(not grade(claims.question, v).correct for v in values)
