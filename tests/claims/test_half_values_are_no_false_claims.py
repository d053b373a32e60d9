"""A value the grader takes as half the fact is no false claim: `about E85` over another
span, for an amount the article gives a month, is not false, only short of its rate (stop 50
made a bare amount half the fact). On a small article written here."""

from __future__ import annotations

from tests.claims.helpers import small_bank
from tests.conftest import WritePack

from newsquiz.grading import Outcome, grade

ARTICLE = """\
Repayments fall
Thandi Dlamini said the cut would save her household about E85 a month on its mortgage.
Her neighbour said his repayments would fall by about E60 a month.
The bank said 3.1 months of arrears would still lead to a warning letter.
"""

QUESTIONS = """\
  - id: saving
    question: How much will the cut save Dlamini's household?
    answer: about E85 a month
    kind: money
    cite: about E85 a month
    claim: The cut will save Dlamini's household {answer}.
"""


def test_every_false_claim_is_graded_wrong_not_half(write_pack: WritePack) -> None:
    bank = small_bank(write_pack, ARTICLE, QUESTIONS)
    question = bank.pack.questions[0]
    claims = bank.claims_of(0).false_claims
    assert claims, "the question should yield false claims"
    for claim in claims:
        assert grade(question, claim.value).outcome is Outcome.INCORRECT, claim.value
