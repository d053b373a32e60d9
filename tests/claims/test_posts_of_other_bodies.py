"""A person whom the article gives a post of another body, or another post past a
description, never stands where a claim gives the asked post: `The Harwick's director is
<the trust's director>` and `The board's medical director is <a retired surgeon who chairs a
charity>` were judged people of another role (held-out 50a #6 and #8). On a small article
written here."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.claims.generate import ArticleFacts
from newsquiz.claims.values import named_posts
from newsquiz.pack import load_pack
from newsquiz.pack.model import Article

MUSEUM = """\
Museum buys a psalter
"This is our most important purchase," the Harwick's director, Dr Clara Moss, said on Friday.
Jonas Ferrer, the trust's director, said the trust would try to match the price.
Dr Ivo Brandt, a retired surgeon who chairs the patients' charity Kidney Care, welcomed the news.
The board's medical director, Dr Nadia Osei, said waiting lists would fall.
"We never expected it," said Petra Lind, 34, a visitor from Leeds.
"""

QUESTIONS = (
    "  - id: museum-director\n    question: Who is the Harwick's director?\n"
    "    answer: Clara Moss\n    kind: person\n"
    "    cite: the Harwick's director, Dr Clara Moss\n"
    '    claim: "The Harwick\'s director is {answer}."\n'
    "  - id: medical-director\n    question: Who is the board's medical director?\n"
    "    answer: Nadia Osei\n    kind: person\n"
    "    cite: The board's medical director, Dr Nadia Osei\n"
    '    claim: "The board\'s medical director is {answer}."\n'
)


def test_posts_past_a_description_and_their_bodies_are_read() -> None:
    facts = ArticleFacts.of(Article(Path("article.txt"), tuple(MUSEUM.splitlines())))
    posts = dict(zip(facts.people, facts.posts_named, strict=True))
    bodies = dict(zip(facts.people, facts.bodies_described, strict=True))
    assert posts["Ivo Brandt"] == {"chair"}
    assert bodies["Clara Moss"] != bodies["Jonas Ferrer"]


def test_no_holder_of_another_bodys_post_takes_the_asked_one(write_pack: WritePack) -> None:
    yaml = (
        "format: newsquiz/1\nid: museum\ntitle: Museum\n"
        "article: {file: article.txt, published: 2025-06-06}\nquestions:\n" + QUESTIONS
    )
    museum, medical = ClaimBank(load_pack(write_pack(yaml, MUSEUM))).by_question
    assert "Jonas Ferrer" not in {c.value for c in museum.false_claims}
    assert "Ivo Brandt" not in {c.value for c in medical.false_claims}


def test_a_post_of_a_place_set_off_before_a_name_and_a_post_said_past_a_participle() -> None:
    assert named_posts("The governor of Tarvia, ", " said the road would reopen.") == {"governor"}
    assert named_posts("The office's senior statistician quoted was ", ".") == {"statistician"}


def test_one_of_the_public_has_a_role_of_their_own() -> None:
    assert named_posts("", ", who lives in Altona, said ash had fallen.") == {"resident"}
    assert named_posts("", ", a patient at the clinic, said she waited.") == {"patient"}


HEALTH = """\
Smoke warning lifted
Victoria's acting chief health officer, Dr Ruth Kane, lifted the warning on Monday.
Mia Dorset, who lives in Altona about 2 km from the plant, said ash had fallen on her garden.
"It smelt like burning tyres," Dorset said.
"""


def test_one_of_the_public_is_read_with_that_role() -> None:
    facts = ArticleFacts.of(Article(Path("article.txt"), tuple(HEALTH.splitlines())))
    posts = dict(zip(facts.people, facts.posts_named, strict=True))
    assert posts["Mia Dorset"] == {"resident"}
    assert posts["Ruth Kane"] == {"officer"}


def test_a_post_said_with_who_was_and_a_post_given_by_a_passive_verb() -> None:
    assert named_posts("The panel that heard the case was chaired by ", ".") == {"chair"}
    after = ", who was the paper's last editor and now lives in Bantry, said it was good."
    assert "editor" in named_posts("", after)
