"""A plural's apostrophe stays with its plural: where `two weeks' pay` is changed to one
week, the claim reads `one week's pay` (group 101's blind judging, 37a, counted `one week'
pay` a claim that gives itself away)."""

from __future__ import annotations

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.pack import load_pack

MILL = """\
Mill workers accept closure deal
Workers will get two weeks' pay for every year of service, the union said on Friday.
"""


def test_a_single_thing_takes_its_own_possessive(write_pack: WritePack) -> None:
    yaml = (
        "format: newsquiz/1\nid: mill\ntitle: Mill\n"
        "article: {file: article.txt, published: 2026-03-02}\nquestions:\n"
        "  - id: severance\n    question: How much severance pay will workers get?\n"
        "    answer: two weeks' pay\n    kind: duration\n"
        "    cite: two weeks' pay for every year of service\n"
        "    claim: Workers will get {answer} for every year of service.\n"
    )
    bank = ClaimBank(load_pack(write_pack(yaml, MILL)))
    (claims,) = bank.by_question
    sentences = [c.sentence for c in claims.false_claims]
    assert sentences, "the question yields false claims"
    assert not any("week' " in s or "day' " in s or "month' " in s for s in sentences)
    assert any("one week's pay" in s for s in sentences) or all(
        "one week" not in s for s in sentences
    )
