"""A date the claim changes stays inside the span the article gives the event's whole
('the fireworks-night concert was on July 10' when the festival ran June 26 to July 6 was
judged impossible). On a small article written here."""

from __future__ import annotations

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank, Family
from newsquiz.claims.generate import date_ranges
from newsquiz.pack import load_pack

FAIR = """\
Book fair ends with record crowds
The book fair ran from May 3 to May 12 in the old market hall, organisers said on Monday, May 19.
The poetry night, its busiest evening, was on May 8, when some 4,000 people came.
The mayor had opened the new hall on April 2.
"""


def test_a_changed_date_stays_inside_the_span_of_the_whole(write_pack: WritePack) -> None:
    yaml = (
        "format: newsquiz/1\nid: fair\ntitle: Fair\n"
        "article: {file: article.txt, published: 2026-05-19}\nquestions:\n"
        "  - id: poetry\n    question: When was the poetry night?\n"
        "    answer: May 8\n    kind: date\n    cite: was on May 8\n"
        "    claim: The poetry night was on {answer}.\n"
    )
    (poetry,) = ClaimBank(load_pack(write_pack(yaml, FAIR))).by_question
    changed = [c for c in poetry.false_claims if c.family is not Family.ARTICLE]
    assert changed
    for claim in changed:
        month, day = claim.value.split()
        assert month == "May" and 3 <= int(day) <= 12, claim.sentence


def test_a_span_is_two_dates_joined_as_one() -> None:
    assert date_ranges(("It ran from June 26 to July 6, 2026.",)) == (((6, 26), (7, 6)),)
    assert date_ranges(("between March 1 and March 9",)) == (((3, 1), (3, 9)),)
    assert date_ranges(("on March 1 and on March 9",)) == ()
    assert date_ranges(("from December 28 to January 4",)) == ()  # across a year: left out
