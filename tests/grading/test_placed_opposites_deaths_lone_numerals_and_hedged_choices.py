"""A correction that places a thing on the side the quote denies (`false, it lies 80 metres
below it` where it lies above); a count of deaths or injuries for `How many people did …
kill?`; a lone `V` after a word the choices number with longer numerals (`level 5` for
level V beside level VI); a hedge of another kind before the one choice with that figure
(`about 16 percent` for `nearly 16 percent`). Invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, cited_question, graded_claim, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

CAVE = "The show cave is safe because it lies more than 80 metres above the flooded shaft."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, it lies 80 metres above it", C),
        ("false, above", C),
        ("false, it lies 80 metres below it", X),
        ("false, it lies below it", X),
    ],
)
def test_a_correction_on_the_denied_side(typed: str, expected: Outcome) -> None:
    outcome = graded_claim(
        "True or false: the show cave lies below the flooded shaft.",
        "it lies more than 80 metres above the flooded shaft",
        typed,
        paragraph=CAVE,
    )
    assert outcome is expected


FLOODS = ("Floods killed 23 people and injured 57 in the two provinces, officials said.",)


@pytest.mark.parametrize(
    ("asked", "typed", "expected"),
    [
        ("How many people did the floods kill?", "23 deaths", C),
        ("How many people did the floods kill?", "23 dead", C),
        ("How many people did the floods kill?", "23 fatalities", C),
        ("How many people did the floods kill?", "57 deaths", X),
    ],
)
def test_deaths_count_the_people_killed(asked: str, typed: str, expected: Outcome) -> None:
    question = cited_question("number", "23", asked, "killed 23 people", *FLOODS)
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("level V", C), ("level 5", C), ("Level 5", C), ("level 6", X), ("level 4", X)],
)
def test_a_lone_numeral_among_longer_ones(typed: str, expected: Outcome) -> None:
    question = make_question(
        "choice",
        "level V",
        question="On which level are the pumps?",
        choices=("level V", "level VI", "level IX", "level III"),
    )
    assert grade(question, typed).outcome is expected


def test_a_lone_letter_stays_a_letter_where_no_numeral_is_written() -> None:
    question = make_question(
        "choice", "Annex V", question="Which annex?", choices=("Annex V", "Annex B", "Annex C")
    )
    assert grade(question, "Annex 5").outcome is X


RISE = "The count, a rise of nearly 16 percent, was published on Monday."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("nearly 16 percent", C),
        ("about 16 per cent", C),
        ("around 16%", C),
        ("about 6 percent", X),
        ("about 31 percent", X),
    ],
)
def test_another_hedge_before_the_choices_figure(typed: str, expected: Outcome) -> None:
    question = make_question(
        "choice",
        "nearly 16 percent",
        question="By how much has the count risen?",
        choices=("nearly 16 percent", "nearly 6 percent", "about 31 percent"),
        citations=(cite("a rise of nearly 16 percent", RISE),),
        article=(RISE,),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("asked", "typed", "expected"),
    [
        ("How many people did the floods kill?", "23 injuries", X),
        ("How many people did the floods injure?", "57 injuries", C),
        ("How many people did the floods injure?", "57 deaths", X),
    ],
)
def test_a_count_of_another_fate(asked: str, typed: str, expected: Outcome) -> None:
    key, quote = ("23", "killed 23 people") if "kill" in asked else ("57", "injured 57")
    question = cited_question("number", key, asked, quote, *FLOODS)
    assert grade(question, typed).outcome is expected


LIFT = ("Nine chairs fell to the slope carrying 23 people, and 12 were taken to hospital.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("9", C), ("nine chairs", C), ("9 people", X), ("9 skiers", X), ("23 people", X)],
)
def test_how_many_things_fell_counts_the_things(typed: str, expected: Outcome) -> None:
    """`fell`, a past not written with `-ed`, ends what the question counts: `9 people` is
    a count of people where the question counts chairs."""
    question = cited_question(
        "number", "9", "How many chairs fell to the slope?", "Nine chairs fell", *LIFT
    )
    assert grade(question, typed).outcome is expected


COLONY = (
    "Only 48 percent of the burrows held a pair. The steepest fall was at Lower Brekka, on "
    "the main island, where occupancy dropped to 39 percent. At Upper Brekka, higher up the "
    "same slope, it held at 57 percent.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("39 percent", C),
        ("39 percent at Lower Brekka", C),
        ("39 percent at Upper Brekka", X),
    ],
)
def test_the_next_sentence_is_no_detail_of_a_figure(typed: str, expected: Outcome) -> None:
    """`… dropped to 39 percent. At Upper Brekka, …`: the words after the full stop are not
    written after the figure, so `39 percent at Upper Brekka` is no detail the article gives
    it, even where an accepted form places the figure (`39 percent at Lower Brekka`)."""
    question = cited_question(
        "number",
        "39 percent",
        "To what did occupancy drop at the colony with the steepest fall?",
        "where occupancy dropped to 39 percent",
        *COLONY,
        accept=("39 percent at Lower Brekka",),
    )
    assert grade(question, typed).outcome is expected
