"""A small pack written for a claims test: its article, its questions, its bank."""

from __future__ import annotations

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.pack import load_pack


def small_bank(
    write_pack: WritePack, article: str, questions: str, published: str = "2025-03-10"
) -> ClaimBank:
    """The claims of a pack of `questions` (YAML list items) over `article`, forty false
    ones a question at most."""
    yaml = (
        "format: newsquiz/1\nid: small\ntitle: Small\n"
        f"article: {{file: article.txt, published: {published}}}\nquestions:\n" + questions
    )
    return ClaimBank(load_pack(write_pack(yaml, article)), max_false=40)
