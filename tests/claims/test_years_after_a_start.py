"""A year changed in a claim never moves before the year the article gives the subject's
start: an operator that took over in June 2021 did not postpone an inspection in January
2015 (judged a date before the event it must follow, held-out 17b #17). On small articles
written here, not the benchmark's."""

from __future__ import annotations

import re

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.grading import grade
from newsquiz.pack import load_pack

GRID = """\
Grid operator fined over blackout
The energy regulator on Thursday fined Voltaris €3 million over a blackout in February.
Voltaris, which took over the island's network in June 2021, had twice postponed an inspection of the line, in March 2024 and January 2025.
The company said it had spent €40 million on the network since then.
The blackout followed an outage in 2023 that lasted about 30 hours.
"""


def bank(write_pack: WritePack, questions: str) -> ClaimBank:
    yaml = (
        "format: newsquiz/1\nid: grid\ntitle: Grid\n"
        "article: {file: article.txt, published: 2025-08-01}\nquestions:\n" + questions
    )
    return ClaimBank(load_pack(write_pack(yaml, GRID)), max_false=40)


def years(text: str) -> list[int]:
    return [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)]


def test_no_listed_year_moves_before_the_takeover(write_pack: WritePack) -> None:
    (postponed,) = bank(
        write_pack,
        "  - id: postponed\n    question: When did Voltaris postpone the inspection?\n"
        "    answer: [March 2024, January 2025]\n    kind: list\n"
        "    cite: in March 2024 and January 2025\n"
        "    claim: Voltaris postponed the inspection of the line in {answer}.\n",
    ).by_question
    assert postponed.false_claims, postponed.problem
    for claim in postponed.false_claims:
        assert min(years(claim.value)) >= 2021, claim.sentence
        assert not grade(postponed.question, claim.value).correct


def test_no_single_year_moves_before_the_takeover(write_pack: WritePack) -> None:
    (first,) = bank(
        write_pack,
        "  - id: first\n    question: When did Voltaris first postpone the inspection?\n"
        "    answer: March 2024\n    kind: date\n"
        "    cite: in March 2024\n"
        "    claim: Voltaris first postponed the inspection of the line in {answer}.\n",
    ).by_question
    assert first.false_claims, first.problem
    for claim in first.false_claims:
        assert all(y >= 2021 for y in years(claim.value)), claim.sentence
