"""A day the claims generator makes up stays on the true day's side of the article's own
date: a search the report says ended on October 11 never `ended on October 18`, after the
report itself (group 103's blind judging, 38a #9). Dates the article gives other events
may still stand in for it."""

from __future__ import annotations

from datetime import date

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.claims.model import Family
from newsquiz.pack import load_pack

QUAKE = """\
Search ends after earthquake
The search for survivors ended on October 11, two days after the earthquake of October 9.
The government says prefabricated homes will be ready by December 15.
"""


def test_a_past_day_is_never_changed_to_one_after_the_report(write_pack: WritePack) -> None:
    yaml = (
        "format: newsquiz/1\nid: quake\ntitle: Quake\n"
        "article: {file: article.txt, published: 2022-10-13}\nquestions:\n"
        "  - id: search-end\n    question: When did the search for survivors end?\n"
        "    answer: October 11\n    kind: date\n"
        "    cite: The search for survivors ended on October 11\n"
        "    claim: The search for survivors ended on {answer}.\n"
    )
    bank = ClaimBank(load_pack(write_pack(yaml, QUAKE)), max_false=20)
    (claims,) = bank.by_question
    made_up = [c for c in claims.false_claims if c.family is not Family.ARTICLE]
    assert made_up, "the generator makes up days of its own"
    for claim in made_up:
        month, day = claim.value.split()
        months = {"September": 9, "October": 10, "November": 11, "December": 12}
        assert date(2022, months[month], int(day)) <= date(2022, 10, 13), claim.sentence
