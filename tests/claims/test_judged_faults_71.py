"""Faults the blind judges found in group 170's claims (71b), fixed in general: a time of
day's own stop left behind when a length of time replaces a span written as two times
(`open 21 hours. every day`, #16), and the country after a place swapped alone, naming
no place (`Nyon, Portugal`, #1); and, found in checking that fix, a compass word of a
place's name turned into a name that is no place (`South Korea` → `West Korea`). On a small
article written here."""

from __future__ import annotations

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.pack import load_pack

HARBOUR = """\
Harbour office reopens after flood
The harbour office will run a telephone help line open from 9 a.m. to 5 p.m. every day.
The next meeting of the port board takes place in Lyon, France, on Tuesday, June 20.
The board's new cranes were built in Ulsan, South Korea.
"""


def bank(write_pack: WritePack, questions: str) -> ClaimBank:
    yaml = (
        "format: newsquiz/1\nid: harbour\ntitle: Harbour\n"
        "article: {file: article.txt, published: 2025-03-10}\nquestions:\n" + questions
    )
    return ClaimBank(load_pack(write_pack(yaml, HARBOUR)), max_false=40)


def test_a_length_of_time_for_two_times_of_day_takes_their_last_stop_too(
    write_pack: WritePack,
) -> None:
    (hours,) = bank(
        write_pack,
        "  - id: hours\n    question: For how many hours a day is the help line open?\n"
        "    answer: 8 hours\n    accept: [eight hours, from 9 a.m. to 5 p.m.]\n"
        "    kind: duration\n    cite: a telephone help line open from 9 a.m. to 5 p.m. every day\n",
    ).by_question
    false = [c.sentence for c in hours.false_claims]
    assert false, "no false claim was made"
    assert all(" hours every day." in s and ". every" not in s for s in false), false


def test_the_country_after_a_place_is_not_swapped_alone(write_pack: WritePack) -> None:
    (place,) = bank(
        write_pack,
        "  - id: place\n    question: Where does the port board meet next?\n"
        "    answer: Lyon, France\n    accept: [Lyon]\n    kind: text\n"
        "    cite: The next meeting of the port board takes place in Lyon, France\n",
    ).by_question
    assert not [
        c.sentence
        for c in place.false_claims
        if "Lyon, " in c.sentence and "France" not in c.sentence
    ]


def test_a_compass_word_of_a_country_is_turned_only_into_another_country(
    write_pack: WritePack,
) -> None:
    (built,) = bank(
        write_pack,
        "  - id: built\n    question: Where were the new cranes built?\n"
        "    answer: Ulsan, South Korea\n    kind: text\n"
        "    cite: The board's new cranes were built in Ulsan, South Korea\n",
    ).by_question
    sentences = [c.sentence for c in built.false_claims]
    assert not [s for s in sentences if "West Korea" in s or "East Korea" in s], sentences
