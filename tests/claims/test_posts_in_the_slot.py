"""Nobody the article gives another post stands where a claim's sentence names a post: a
post with its portfolio before the name (`Minister of Economic Affairs Jüri Sepp`), the post
a question asks for (`Which minister said …?`), and a post set off after a choice's name
(`Andres Kask, chairman of the union, said`) (judged a person of another role, held-out 26a
#13 and #14). On a small article written here."""

from __future__ import annotations

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.claims.values import named_posts
from newsquiz.pack import load_pack

CLOSURE = """\
Estonia to close oil-shale plant early
Minister of Economic Affairs Jaan Tamm said no decision had been made on moving state jobs.
Liis Saar, the director general of the jobs fund, said the first 200 places would open in September.
Andres Kask, chairman of the energy workers' union, said the union had not been consulted.
Narva's mayor, Irina Volk, said the city would lose income-tax revenue.
"It sounds like a countdown," Kask said.
"""


def test_a_post_is_read_over_its_portfolio() -> None:
    assert named_posts("Minister of Economic Affairs ", " said no decision.") == {"minister"}
    assert named_posts("Minister of Food, Agriculture and Light Industry ", " said.") == {
        "minister"
    }
    assert named_posts("The Bank of England ", " said.") == frozenset()


def bank(write_pack: WritePack, question: str) -> ClaimBank:
    yaml = (
        "format: newsquiz/1\nid: closure\ntitle: Closure\n"
        "article: {file: article.txt, published: 2025-03-14}\nquestions:\n" + question
    )
    return ClaimBank(load_pack(write_pack(yaml, CLOSURE)), max_false=40)


def test_no_one_of_another_post_is_made_the_minister(write_pack: WritePack) -> None:
    (minister,) = bank(
        write_pack,
        "  - id: minister\n    question: Which minister said no decision had been made?\n"
        "    answer: Jaan Tamm\n    kind: person\n"
        "    cite: Minister of Economic Affairs Jaan Tamm said no decision had been made\n",
    ).by_question
    for claim in minister.false_claims:
        assert not any(name in claim.sentence for name in ("Saar", "Kask", "Volk")), claim.sentence


def test_no_choice_of_another_post_stands_beside_the_unions_post(write_pack: WritePack) -> None:
    (quote,) = bank(
        write_pack,
        "  - id: quote\n    question: Who said the union had not been consulted?\n"
        "    answer: Andres Kask\n    kind: choice\n"
        "    choices: [Andres Kask, Liis Saar, Irina Volk, Mart Ots]\n"
        "    cite: Andres Kask, chairman of the energy workers' union, said the union had not "
        "been consulted\n",
    ).by_question
    for claim in quote.false_claims:
        if "chairman" in claim.sentence:
            assert "Saar" not in claim.sentence and "Volk" not in claim.sentence, claim.sentence


def test_a_capitalised_post_set_off_after_a_name_is_read() -> None:
    assert named_posts("Dr. ", ", the Governor of the Bank of Guyana, said") == {"governor"}
    assert named_posts("", ", the Federal Reserve Bank of New York, said") == frozenset()
