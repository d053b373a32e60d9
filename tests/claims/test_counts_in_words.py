"""A count answered in words (`seven`, `seven crew`) is changed like one in digits; a
number word inside a phrase (`the two armies`) is still no fact to change. Group 235's
author found such answers had no false claim. No changed count is bigger than the whole
the words after it give (`71 of the 64 apprentices`), and none is one before a plural
(`1 kilometres`): found comparing every claim of the seen packs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.claims.helpers import small_bank
from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.grading import grade
from newsquiz.pack import load_pack

RESCUE = """\
Crew rescued
The helicopter lifted seven crew from the life raft, and a ship picked up two more.
The two lifeboats returned to harbour before dawn.
"""


def test_a_count_in_words_gets_false_claims_the_grader_marks_wrong(
    write_pack: WritePack,
) -> None:
    (lifted, boats) = small_bank(
        write_pack,
        RESCUE,
        "  - id: lifted\n    question: How many crew did the helicopter lift?\n"
        "    answer: seven\n    kind: number\n    cite: lifted seven crew\n"
        "    claim: The helicopter lifted {answer} crew from the life raft.\n"
        "  - id: boats\n    question: What returned to harbour before dawn?\n"
        "    answer: the two lifeboats\n    kind: text\n    cite: The two lifeboats returned\n",
    ).by_question
    assert lifted.false_claims
    for claim in lifted.false_claims:
        assert "seven" not in claim.sentence
        assert not grade(lifted.question, claim.value).correct
    assert lifted.true_claim is not None
    assert grade(lifted.question, lifted.true_claim.value).correct
    assert not any("two" not in c.sentence for c in boats.false_claims)


BENCH = Path(__file__).parents[2] / "bench" / "grading" / "heldout-packs"


@pytest.mark.parametrize(
    ("pack", "question", "whole"),
    [
        ("westmount-shipyard-apprentices", "women", 64),  # `71 of the 64 apprentices`
        ("samoa-election-petitions-ruling", "allegations-proved", 11),
        ("waipara-valley-spring-frost", "insured-members", 62),
    ],
)
def test_no_part_bigger_than_the_whole_its_sentence_gives(
    pack: str, question: str, whole: int
) -> None:
    # Only these articles' other figures led the old rules there; an invented one did not.
    bank = ClaimBank(load_pack(BENCH / pack))
    (claims,) = [qc for qc in bank.by_question if qc.question.id == question]
    assert claims.false_claims
    for claim in claims.false_claims:
        assert float(claim.value.replace(",", "")) <= whole, claim.sentence


@pytest.mark.parametrize(
    ("pack", "question"),
    [
        ("tibar-bay-container-port-opens", "families-moved"),  # `1 kilometres inland`
        ("tunisia-olive-oil-harvest", "minimum-price"),  # `1 dinars per kilo`
        ("vallenar-student-comet-discovery", "sky-movement"),  # `about 1 degrees`
    ],
)
def test_no_one_before_a_plural(pack: str, question: str) -> None:
    bank = ClaimBank(load_pack(BENCH / pack))
    (claims,) = [qc for qc in bank.by_question if qc.question.id == question]
    for claim in claims.false_claims:
        assert not re.search(r"\b(?:1|one) \w+s\b", claim.sentence), claim.sentence


@pytest.mark.parametrize(
    ("pack", "question", "true_span"),
    [
        ("zimbabwe-maize-price-drought", "lowest-in", 4),  # the lowest in four decades
        ("amazon-deforestation-figures", "drought", 7),  # the worst in seven decades
    ],
)
def test_a_shorter_window_of_a_superlative_is_no_false_claim(
    pack: str, question: str, true_span: int
) -> None:
    # `the lowest in three decades` is true of the lowest in four (judged sample 97a).
    bank = ClaimBank(load_pack(BENCH / pack))
    (claims,) = [qc for qc in bank.by_question if qc.question.id == question]
    spans = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
    assert claims.false_claims
    for claim in claims.false_claims:
        assert spans[claim.value.split()[0]] > true_span, claim.sentence


def test_one_before_a_plural_inside_a_list() -> None:
    bank = ClaimBank(load_pack(BENCH / "sharqiya-sands-ultra-record"))
    (claims,) = [qc for qc in bank.by_question if qc.question.id == "rop-support"]
    assert claims.false_claims
    assert not any("one helicopters" in claim.sentence for claim in claims.false_claims)
