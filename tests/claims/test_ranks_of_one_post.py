"""A deputy governor is not the governor: where a claim's sentence writes a post with its
qualifier right before the name (`Deputy Governor {answer} said`), nobody the article writes
that post before with another qualifier, or none, stands there, nor the reverse (the
governor put into his deputy's post was judged a person of another role, held-out 121a
#14). A post the table did not know (`Chief Statistician`) is read as one too. On a small
article written here."""

from __future__ import annotations

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.claims.values import named_posts, rank_before
from newsquiz.pack import load_pack

BANK = """\
Central bank keeps its forecast after growth revision
Governor Ahmad Rizal Yusof, 61, said the bank had not changed its forecasts.
Deputy Governor Tan Mei Ling said the bank had noticed the gap as early as mid-2024.
Deputy Governor Lim Wei Han said the bank would publish its own estimate in March.
Chief Statistician Nor Azizah Kamaruddin said the department regretted the error.
Razali Osman, a spokesperson for the bank, said the meeting would go ahead.
"""


def test_a_post_is_read_with_its_qualifier() -> None:
    assert rank_before("Deputy Governor ") == ("deputy", "governor")
    assert rank_before("At its headquarters, Governor ") == ("", "governor")
    assert rank_before("the bank's vice president, ") == ("vice", "president")
    assert rank_before("said on Monday that ") is None
    assert named_posts("Chief Statistician ", " said the department regretted") == {"statistician"}


def _false_names(write_pack: WritePack, question: str) -> list[str]:
    yaml = (
        "format: newsquiz/1\nid: bank\ntitle: Bank\n"
        "article: {file: article.txt, published: 2025-10-16}\nquestions:\n" + question
    )
    (claims,) = ClaimBank(load_pack(write_pack(yaml, BANK)), max_false=40).by_question
    return [claim.sentence for claim in claims.false_claims]


def test_no_governor_is_made_a_deputy(write_pack: WritePack) -> None:
    sentences = _false_names(
        write_pack,
        "  - id: deputy\n    question: Which deputy governor said the bank had noticed the gap?\n"
        "    answer: Tan Mei Ling\n    kind: person\n"
        "    claim: Deputy Governor {answer} said the bank had noticed the gap.\n"
        "    cite: Deputy Governor Tan Mei Ling said the bank had noticed the gap\n",
    )
    assert sentences, "the other deputy governor may stand there"
    for sentence in sentences:
        assert "Ahmad" not in sentence and "Nor Azizah" not in sentence, sentence
        assert "Razali" not in sentence, sentence


def test_no_deputy_is_made_the_governor(write_pack: WritePack) -> None:
    sentences = _false_names(
        write_pack,
        "  - id: governor\n    question: Which governor said the forecasts had not changed?\n"
        "    answer: Ahmad Rizal Yusof\n    kind: person\n"
        "    claim: Governor {answer} said the bank had not changed its forecasts.\n"
        "    cite: Governor Ahmad Rizal Yusof, 61, said the bank had not changed its forecasts\n",
    )
    for sentence in sentences:
        assert "Tan Mei Ling" not in sentence and "Lim Wei Han" not in sentence, sentence
