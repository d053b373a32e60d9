"""Faults the blind judges found in group 170's claims (71b), fixed in general: a time of
day's own stop left behind when a length of time replaces a span written as two times
(`open 21 hours. every day`, #16), and the country after a place swapped alone, naming
no place (`Nyon, Portugal`, #1); and, found in checking that fix, a compass word of a
place's name turned into a name that is no place (`South Korea` → `West Korea`). On a small
article written here."""

from __future__ import annotations

from tests.claims.helpers import small_bank
from tests.conftest import WritePack
from tests.grading.helpers import make_question

from newsquiz.claims import ClaimBank
from newsquiz.claims.people import article_people
from newsquiz.claims.sentences import answer_spans, question_frame

HARBOUR = """\
Harbour office reopens after flood
The harbour office will run a telephone help line open from 9 a.m. to 5 p.m. every day.
The next meeting of the port board takes place in Lyon, France, on Tuesday, June 20.
The board's new cranes were built in Ulsan, South Korea.
"""


def bank(write_pack: WritePack, questions: str, article: str = HARBOUR) -> ClaimBank:
    return small_bank(write_pack, article, questions)


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


FARMS = """\
Swine fever confirmed on two farms
All 3,100 pigs at the Nedre Ås farm are to be killed, together with 900 pigs at a second holding at Övre Ås, about 9 kilometres to the south, which is run by the same family.
Lund said no pigs at Övre Ås had shown signs of illness.
The Nedre Ås farm was founded in 1991 by Lars Berg, outside the village of Nedre Ås.
"This is the outbreak we have prepared for," said Maria Lund, the chief veterinary officer.
The county governor, Eva Strand, said on Tuesday that the bans, which took effect at midnight, would be reviewed weekly.
Lars Berg said he had lost everything.
Which class the tests gave the stone is not yet known.
"""


def test_a_name_written_only_where_a_place_goes_is_no_person() -> None:
    """72b #16: `said Södra Vi, the chief veterinary officer`: a village the tables do not
    know, written only after `at`, `the village of` or `the … farm`, is no one to say it."""
    paragraphs = FARMS.splitlines()
    names = ["Nedre Ås", "Övre Ås", "Maria Lund", "Lars Berg", "Eva Strand"]
    assert article_people(paragraphs, names) == ["Maria Lund", "Lars Berg", "Eva Strand"]


def test_a_cut_never_leaves_a_that_clause_without_its_verb(write_pack: WritePack) -> None:
    """72b #20: `said on Tuesday that the bans.`"""
    (governor,) = bank(
        write_pack,
        "  - id: governor\n    question: Who is the county governor?\n"
        "    answer: Eva Strand\n    kind: person\n"
        "    cite: The county governor, Eva Strand\n",
        FARMS,
    ).by_question
    assert not [c.sentence for c in governor.claims if c.sentence.endswith("that the bans.")]


def test_a_question_of_giving_puts_the_value_after_who_or_what_receives_it() -> None:
    """73a #9: `The tests gave iron meteorite the stone.`"""
    question = make_question(
        "choice",
        "L5 chondrite",
        question="Which class did the museum's first tests give the stone?",
        choices=("L5 chondrite", "iron meteorite"),
    )
    frame = question_frame(question)
    assert frame is not None
    assert (
        frame.fill("iron meteorite")[0] == "The museum's first tests gave the stone iron meteorite."
    )


def test_a_day_the_article_dates_to_another_year_is_not_the_answers() -> None:
    """`December 4` of `December 4, 2009` is no place for the answer December 4, 2019:
    a claim made there read `Friday, August 22, 2019, 2009`."""
    question = make_question(
        "date", "December 4, 2019", question="When did the pandas leave?", accept=("December 4",)
    )
    text = "The pandas arrived on Friday, December 4, 2009, under an agreement."
    assert answer_spans(question, text) == []
