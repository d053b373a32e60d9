"""A date key written without a year, in a sentence that looks ahead to a day already past
on the article's date, is in the next year (`it would take effect on January 1`, in a report
of November 13): typed with that year it is right, with the article's year wrong. Looking
back (`had been due on February 20`) it stays in the article's year, as docs/format.md says."""

from __future__ import annotations

from datetime import date

import pytest
from tests.conftest import WritePack

from newsquiz.facts.yearless import sentence_around, year_meant
from newsquiz.grading import grade
from newsquiz.pack import load_pack

PUBLISHED = date(2025, 11, 13)


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("He said it would take effect on January 1 and stay in force.", 2026),
        ("The first families will get their keys on Monday, January 12.", 2026),
        ("The plant is due to open on 3 February, the ministry said.", 2026),
        ("The verdict had been due on January 1 but was postponed.", 2025),
        ("Contracts signed on January 1 mean buyers will take most of it.", 2025),
        ("The city would review crowd control after the concert of January 1.", 2025),
        ("It will take effect on December 1.", 2025),  # still to come this year
        # a longer object between the verb and the day (group 103's Korçë article)
        ("The state would rebuild every destroyed house by January 1.", 2026),
        ("Nothing here names the day at all, though prices will rise.", 2025),
    ],
)
def test_the_year_a_yearless_key_falls_in(sentence: str, year: int) -> None:
    day = (
        "3 February"
        if "February" in sentence
        else "December 1"
        if "December" in sentence
        else ("January 12" if "12" in sentence else "January 1")
    )
    assert year_meant(day, sentence, PUBLISHED) == year


def test_a_key_with_its_year_keeps_it() -> None:
    sentence = "It would take effect on January 1, 2027."
    assert year_meant("January 1, 2027", sentence, PUBLISHED) == 2025  # the key says


def test_the_sentence_around_a_quote() -> None:
    paragraph = "Prices rose. He said it would take effect on January 1. Growers objected."
    start = paragraph.index("it would")
    assert sentence_around(paragraph, start, start + 10).strip() == (
        "He said it would take effect on January 1."
    )


def test_a_pack_grades_the_year_the_sentence_means(write_pack: WritePack) -> None:
    article = (
        "Banana price raised\n"
        "The minister said on November 11 that the new price would take effect on January 1.\n"
    )
    yaml = (
        "format: newsquiz/1\nid: bananas\ntitle: Bananas\n"
        "article: {file: article.txt, published: 2025-11-13}\nquestions:\n"
        "  - id: effective\n    question: When does the new price take effect?\n"
        "    answer: January 1\n    kind: date\n    cite: would take effect on January 1\n"
        "  - id: announced\n    question: When was the price announced?\n"
        "    answer: November 11\n    kind: date\n    cite: on November 11\n"
    )
    effective, announced = load_pack(write_pack(yaml, article)).questions
    assert grade(effective, "January 1, 2026").correct
    assert grade(effective, "Jan. 1").correct
    assert not grade(effective, "January 1, 2025").correct
    assert grade(announced, "November 11, 2025").correct
    assert not grade(announced, "November 11, 2026").correct


def test_a_day_typed_alone_for_a_key_of_the_year_it_next_comes(write_pack: WritePack) -> None:
    # Group 101's Dalhousie article (November 2016): `the mill will close for good on March
    # 31, 2017`; a teacher takes `March 31`, and still not another year.
    article = (
        "Mill to close\n"
        "The owner said the mill will close for good on March 31, 2027, and the union "
        "had struck on March 2, 2025.\n"
    )
    yaml = (
        "format: newsquiz/1\nid: mill\ntitle: Mill\n"
        "article: {file: article.txt, published: 2026-11-18}\nquestions:\n"
        "  - id: closing\n    question: When will the mill close?\n"
        "    answer: March 31, 2027\n    kind: date\n    cite: will close for good on March 31\n"
        "  - id: struck\n    question: When did the union strike?\n"
        "    answer: March 2, 2025\n    kind: date\n    cite: had struck on March 2, 2025\n"
    )
    closing, struck = load_pack(write_pack(yaml, article)).questions
    assert grade(closing, "March 31").correct
    assert grade(closing, "31 March 2027").correct
    assert not grade(closing, "March 31, 2026").correct
    assert not grade(struck, "March 2").correct  # looking back: the article's year
