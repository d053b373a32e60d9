"""Claims faults the blind judging of group 198 (85b) found, fixed in general; with
invented articles."""

from __future__ import annotations

import re

from tests.claims.helpers import small_bank
from tests.conftest import WritePack

GRAFTS = """\
Knee grafts last
Most patients keep between 70 and 85 per cent of their movement after ten years, the surgeons said.
"""


def test_a_range_is_never_widened_into_a_claim_still_true(write_pack: WritePack) -> None:
    """85b #9: `12 to 60 per cent` for 50 to 60: what falls in the article's range falls in
    the claim's, so the claim is accidentally true. A moved end narrows or shifts it."""
    (kept,) = small_bank(
        write_pack,
        GRAFTS,
        "  - id: kept\n    question: How much movement do most patients keep?\n"
        "    answer: 70 per cent\n    kind: number\n"
        "    cite: between 70 and 85 per cent\n",
    ).by_question
    false_ranges = [c.sentence for c in kept.false_claims]
    assert false_ranges
    for sentence in false_ranges:
        start = re.search(r"between (\d+)", sentence)
        assert start is not None, sentence
        # a lower start would take in the article's whole range
        assert float(start[1]) > 70, sentence
