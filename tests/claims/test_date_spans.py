"""A date the claim changes stays inside the span the article gives the event's whole
('the fireworks-night concert was on July 10' when the festival ran June 26 to July 6 was
judged impossible), and never falls before every day the story dates (`left the trail on
February 11` in a race that started on March 7, judged impossible). On small articles
written here."""

from __future__ import annotations

from datetime import date, datetime

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


RACE = """\
Musher disqualified near the finish
Of the 58 teams that left Alta on Saturday, March 7, 41 had finished by Friday.
The leader left the marked trail late on Wednesday, March 11, the marshals said.
He crossed the finish line on Thursday, March 12, and was disqualified that morning.
The appeals committee will hear the case on Tuesday, March 24.
"""


def test_a_changed_date_is_never_before_every_day_the_story_dates(
    write_pack: WritePack,
) -> None:
    yaml = (
        "format: newsquiz/1\nid: race\ntitle: Race\n"
        "article: {file: article.txt, published: 2026-03-13}\nquestions:\n"
        "  - id: breach\n    question: When did the leader leave the marked trail?\n"
        "    answer: March 11\n    kind: date\n    cite: left the marked trail late on Wednesday, March 11\n"
        "    claim: The leader left the marked trail late on {answer}.\n"
    )
    (breach,) = ClaimBank(load_pack(write_pack(yaml, RACE))).by_question
    changed = [c for c in breach.false_claims if c.family is not Family.ARTICLE]
    days = [datetime.strptime(f"{c.value} 2026", "%B %d %Y").date() for c in changed]
    assert days
    assert min(days) >= date(2026, 3, 7), changed  # not February 11, nor March 4
