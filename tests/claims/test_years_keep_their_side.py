"""A year of the past stays in the past and a target year in the future: a record "set in
2030" from an article that looks forward to a pledge by 2030 is judged nonsense. On a small
article written here, not the benchmark's."""

from __future__ import annotations

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.grading import grade
from newsquiz.pack import load_pack

ARTICLE = """\
Forest loss falls for a second year
Clearing fell to 6,100 square kilometres in the year to July, the lowest since 2015.
The record, 27,800 square kilometres, was set in 2003.
The government has pledged to end illegal clearing by 2030 and to restore forest by 2035.
"""


def test_a_past_year_never_moves_past_the_articles_date(write_pack: WritePack) -> None:
    yaml = (
        "format: newsquiz/1\nid: forest\ntitle: Forest\n"
        "article: {file: article.txt, published: 2024-11-06}\nquestions:\n"
        "  - id: record\n    question: In which year was the record set?\n"
        "    answer: '2003'\n    kind: number\n    cite: was set in 2003\n"
        "    claim: The record was set in {answer}.\n"
        "  - id: pledge\n    question: By which year has the government pledged to end illegal"
        " clearing?\n    answer: '2030'\n    kind: number\n    cite: by 2030\n"
        "    claim: The government has pledged to end illegal clearing by {answer}.\n"
    )
    record, pledge = ClaimBank(load_pack(write_pack(yaml, ARTICLE))).by_question
    for claims, past in ((record, True), (pledge, False)):
        values = [c.value for c in claims.false_claims]
        assert values, claims.problem
        assert all((int(v) <= 2024) == past for v in values), values
        assert all(not grade(claims.question, v).correct for v in values)
    assert "2015" in [c.value for c in record.false_claims]
