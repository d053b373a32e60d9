"""A choice question's other choices stand in its false claims only where the article gives
them no post the question does not ask: the consortium's project director is no opposition
MP (judged a person of another role, held-out 19b #9). On small articles written here."""

from __future__ import annotations

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.claims.generate import QuestionClaims
from newsquiz.pack import load_pack

RAIL = """\
Rail link delayed again
Martins Kalnins, the project director of Daugava Builders, said the bridge would open in 2031.
Opposition member of parliament Dace Ozola called for a parliamentary inquiry on Tuesday.
Her colleague Inese Priede, also an opposition member of parliament, backed the call.
Anna Berzina, an opposition member of parliament, said the costs had doubled.
"""


def choice_claims(
    write_pack: WritePack, article: str, question: str, choices: str, cite: str
) -> QuestionClaims:
    """The claims of a one-question pack: a choice question whose answer is its first
    choice, cited from `article`."""
    yaml = (
        "format: newsquiz/1\nid: one\ntitle: One\n"
        "article: {file: article.txt, published: 2025-03-12}\nquestions:\n"
        f"  - id: asked\n    question: {question}\n"
        f"    answer: {choices.split(', ')[0]}\n    kind: choice\n"
        f"    choices: [{choices}]\n    cite: {cite}\n"
    )
    (claims,) = ClaimBank(load_pack(write_pack(yaml, article)), max_false=40).by_question
    return claims


def test_no_choice_of_another_post_stands_in_a_false_claim(write_pack: WritePack) -> None:
    caller = choice_claims(
        write_pack,
        RAIL,
        "Which opposition member of parliament called for an inquiry?",
        "Dace Ozola, Martins Kalnins, Janis Ozols, Anna Berzina",
        "Dace Ozola called for a parliamentary inquiry",
    )
    assert caller.false_claims, caller.problem
    assert all("Kalnins" not in claim.sentence for claim in caller.false_claims)


HARBOUR = """\
Harbour crane fine upheld
Harbour Commissioner Ruth Almqvist said the fine was the largest the port had set.
Deputy Harbour Commissioner Olle Brandt said the appeal had been heard in March.
Sato Keiko, 29, a welder from Kemi, spent three hours on the crane before she was freed.
Mira Talvi, a passenger on the ferry below, saw the jib fall.
"""


def test_no_choice_the_article_gives_a_calling_of_its_own_stands_in_a_false_claim(
    write_pack: WritePack,
) -> None:
    """`Sato Keiko, 29, a welder from Kemi`: a welder offered as the harbour commissioner
    is a person of another role, whether or not the article's people list reads the name
    (judged not plausible, held-out 100a #6); a choice the article gives no calling stays."""
    commissioner = choice_claims(
        write_pack,
        HARBOUR,
        "Who is the Harbour Commissioner who said the fine was the largest?",
        "Ruth Almqvist, Sato Keiko, Mira Talvi, Ossian Vikberg",
        "Harbour Commissioner Ruth Almqvist said the fine was the largest",
    )
    assert commissioner.false_claims, commissioner.problem
    said = " ".join(claim.sentence for claim in commissioner.false_claims)
    assert "Sato" not in said
    assert "Mira Talvi" not in said  # a passenger too
    assert "Ossian Vikberg" in said
