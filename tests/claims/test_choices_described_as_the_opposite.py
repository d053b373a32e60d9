"""A choice question's other choice never stands in a false claim where the article sets it
off with the opposite of the question's words: the Poljanska Sora, `the southern branch`, is
not put forward as the northern one (judged not plausible, held-out 25a #10). On a small
article written here."""

from __future__ import annotations

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.pack import load_pack

VALLEY = """\
Two rivers flood the valley
The Gorna Sava, the northern branch of the river, rose by 3 metres at Kamnik.
The Dolna Sava, the southern branch, peaked 40 centimetres lower.
The Bela Krka, a mountain stream, stayed within its banks.
"""


def bank(write_pack: WritePack, choices: str) -> ClaimBank:
    yaml = (
        "format: newsquiz/1\nid: valley\ntitle: Valley\n"
        "article: {file: article.txt, published: 2025-09-02}\nquestions:\n"
        "  - id: north\n    question: Which river is the northern branch?\n"
        f"    answer: Gorna Sava\n    kind: choice\n    choices: {choices}\n"
        "    cite: The Gorna Sava, the northern branch of the river\n"
        "    claim: The {answer} is the northern branch of the river.\n"
    )
    return ClaimBank(load_pack(write_pack(yaml, VALLEY)), max_false=40)


def test_a_choice_the_article_calls_the_opposite_makes_no_false_claim(
    write_pack: WritePack,
) -> None:
    (north,) = bank(write_pack, "[Gorna Sava, Dolna Sava, Mura]").by_question
    sentences = [claim.sentence for claim in north.false_claims]
    assert all("Dolna" not in s for s in sentences), sentences
    # A choice the article does not describe still stands in one.
    assert any("Mura" in s for s in sentences), sentences


def test_with_only_the_opposite_to_offer_the_question_makes_none(write_pack: WritePack) -> None:
    (north,) = bank(write_pack, "[Gorna Sava, Dolna Sava]").by_question
    assert not north.false_claims
