"""Claims faults the blind judging of groups 205 and 206 (89a, 89b) found, fixed in
general; with invented articles."""

from __future__ import annotations

from tests.claims.helpers import small_bank
from tests.conftest import WritePack

FLOUR = """\
Bread prices climb
A sack that cost ₲150,000 in May now sells for ₲210,000, the bakers said.
"""


def test_a_changed_amount_keeps_one_currency_sign(write_pack: WritePack) -> None:
    """89b #8: `A sack that cost ₲₲180,000`: the sign the article writes before the figure
    is not written again with the changed amount."""
    (price,) = small_bank(
        write_pack,
        FLOUR,
        "  - id: price\n    question: How much did a sack cost in May?\n"
        "    answer: ₲150,000\n    kind: money\n"
        "    cite: A sack that cost ₲150,000 in May\n",
    ).by_question
    sentences = [c.sentence for c in price.false_claims]
    assert sentences
    assert not [s for s in sentences if "₲₲" in s], sentences
    assert all("cost ₲" in s for s in sentences), sentences
