"""Faults the blind judges found in groups 174 to 177's claims (73b to 75a), fixed in
general: a date changed beside the weekday the sentence names, so the two disagree
(`since Wednesday, October 8` where October 8 was a Sunday, 74a #1), and a body named for
a place of two words standing where a person's name goes (`Mayor Binter Cabo Verde`, 75a
#12). On a small article written here."""

from __future__ import annotations

from datetime import date

from tests.claims.helpers import small_bank
from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.claims.people import article_people

TALKS = """\
Pilots walk out at Northern Air
A mediator has been assisting the talks since Wednesday, June 14.
The union gave strike notice on Sunday, October 8, and the pilots walked out on Wednesday, October 11.
Binter Cabo Verde said it had cancelled four flights, and Mayor Rui Gomes said the road was shut.
"""


def bank(write_pack: WritePack, questions: str) -> ClaimBank:
    return small_bank(write_pack, TALKS, questions, published="2023-10-13")


def test_a_date_changed_beside_a_weekday_falls_on_that_weekday(write_pack: WritePack) -> None:
    (since,) = bank(
        write_pack,
        "  - id: since\n    question: Since when has the mediator been assisting the talks?\n"
        "    answer: June 14\n    kind: date\n"
        "    cite: has been assisting the talks since Wednesday, June 14\n",
    ).by_question
    false = [c.sentence for c in since.false_claims]
    assert false, "no false claim was made"
    months = {"June": 6, "October": 10}
    for sentence in false:
        month, day = sentence.rsplit("Wednesday, ", 1)[1].rstrip(".").split()
        assert date(2023, months[month], int(day)).strftime("%A") == "Wednesday", sentence


def test_a_body_named_for_a_place_of_two_words_is_no_person() -> None:
    names = ["Binter Cabo Verde", "Rui Gomes"]
    assert article_people(TALKS.splitlines(), names) == ["Rui Gomes"]


def test_a_date_written_with_its_own_weekday_keeps_them_together(write_pack: WritePack) -> None:
    """79b #18: `on Monday, January 14` where January 14 was a Tuesday."""
    (raised,) = bank(
        write_pack,
        "  - id: raised\n    question: When did the union give strike notice?\n"
        "    answer: Sunday, October 8\n    kind: date\n"
        "    cite: The union gave strike notice on Sunday, October 8\n",
    ).by_question
    false = [c.sentence for c in raised.false_claims]
    assert false, "no false claim was made"
    months = {"September": 9, "October": 10, "November": 11}
    for sentence in false:
        weekday, rest = sentence.split("notice on ", 1)[1].split(", ", 1)
        month, day = rest.split()[:2]
        day = day.rstrip(",.")
        assert date(2023, months[month], int(day)).strftime("%A") == weekday, sentence
