"""Claims faults the blind judging of group 311 (128a) found, fixed in general; with an
invented article."""

from __future__ import annotations

import re

from tests.claims.helpers import small_bank
from tests.conftest import WritePack

QUARRY = """\
Quarry inspectors seize samples
Inspectors took away the permit file and a 9-gram sample of the dust on Monday.
The agency found an 11-metre crack in the north face, it said.
It employs 83 people and moved 8 tonnes of stone a day before the closure.
"""

SAMPLE = (
    "  - id: sample-weight\n"
    "    question: How heavy was the dust sample the inspectors took?\n"
    "    answer: 9 grams\n"
    "    kind: number\n"
    "    cite: a 9-gram sample of the dust\n"
    "  - id: crack-length\n"
    "    question: How long is the crack the agency found?\n"
    "    answer: 11 metres\n"
    "    kind: number\n"
    "    cite: an 11-metre crack\n"
    "  - id: taken\n"
    "    question: What did the inspectors take away?\n"
    "    answer: [the permit file, a 9-gram sample of the dust]\n"
    "    kind: list\n"
    "    cite: the permit file and a 9-gram sample of the dust\n"
)


def test_a_changed_figure_takes_the_article_it_sounds_like(write_pack: WritePack) -> None:
    """128a #15: `a 8-gram sliver` where 9 grams was changed to 8; `an` before a figure
    said with a vowel (`eight`, `eleven`, `eighty`), `a` before any other. The figure
    stands alone before the unit the article joins to it (not `8 grams-gram`)."""
    sample, crack, taken = small_bank(write_pack, QUARRY, SAMPLE).by_question
    for claims, unit in ((sample, "gram"), (crack, "metre"), (taken, "gram")):
        sentences = [c.sentence for c in claims.false_claims]
        joined = [re.search(rf"\b(an?) (\d[\d,.]*)-{unit} ", s) for s in sentences]
        assert sentences and all(joined), sentences
        for found in joined:
            assert found is not None
            article, figure = found.groups()
            said_with_a_vowel = figure.startswith("8") or re.match(r"1[18](?!\d)", figure)
            assert article == ("an" if said_with_a_vowel else "a"), found.group(0)
