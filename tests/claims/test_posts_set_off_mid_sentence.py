"""A post set off before a name in the middle of a sentence (`signed by its general
manager, Ana Ruiz,`) is the person's: a pack choice whom the article gives another post
never stands where the cited sentence gives the asked one (`the orchestra's assistant
conductor, …`; judged a person of another role, held-out 49a #1). On a small article
written here."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.claims.generate import ArticleFacts
from newsquiz.pack import load_pack
from newsquiz.pack.model import Article

CHOIR = """\
Choir cancels its spring tour
The statement was signed by its chief conductor, Tomas Berg, and by its general manager, Ana Ruiz, who is his cousin.
The programme was arranged for the tour by the choir's assistant conductor, Lena Holm.
The choir's treasurer, Mia Sand, said refunds would take six weeks.
"""

ARRANGER = (
    "  - id: arranger\n    question: Who arranged the programme for the tour?\n"
    "    answer: Lena Holm\n    kind: choice\n"
    "    choices: [Lena Holm, Ana Ruiz, Mia Sand]\n"
    "    cite: arranged for the tour by the choir's assistant conductor, Lena Holm\n"
)


def test_posts_set_off_inside_a_sentence_are_read() -> None:
    facts = ArticleFacts.of(Article(Path("article.txt"), tuple(CHOIR.splitlines())))
    posts = dict(zip(facts.people, facts.posts_named, strict=True))
    assert posts["Ana Ruiz"] == {"manager"}
    assert posts["Tomas Berg"] == {"conductor"}
    assert posts["Lena Holm"] == {"conductor"}


def test_a_choice_of_another_post_never_takes_the_cited_post(write_pack: WritePack) -> None:
    yaml = (
        "format: newsquiz/1\nid: choir\ntitle: Choir\n"
        "article: {file: article.txt, published: 2025-04-02}\nquestions:\n" + ARRANGER
    )
    (arranger,) = ClaimBank(load_pack(write_pack(yaml, CHOIR))).by_question
    cited = [c for c in arranger.false_claims if "assistant conductor" in c.sentence]
    assert not cited, [c.sentence for c in cited]
