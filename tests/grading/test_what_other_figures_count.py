"""What a sentence's other figures count is another fact when typed with the key's figure,
however the sentence writes it: `a crew of 18` makes `44 crew` wrong for the 44 aboard, as
`26 scientists and students` makes `44 students`; a length of time the figure is kept for
(`300 jobs for five years`) typed otherwise is another fact too."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT
SHIP = (
    "The ship will carry a crew of 18 and has berths for 26 scientists and students, "
    "for a total of 44 people aboard."
)
TERMS = (
    "The terms required the buyer to keep at least 300 jobs for five years. The contract "
    "signed later cut the guarantee to 180 jobs for two years."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("44", C),
        ("44 people", C),
        ("forty-four people aboard", C),
        ("44 crew", X),
        ("44 crew members", X),
        ("44 students", X),
        ("44 scientists", X),
    ],
)
def test_what_the_other_figures_count(typed: str, expected: Outcome) -> None:
    asked = "How many people in total can be aboard the ship?"
    question = cited_question("number", "44", asked, "for a total of 44 people aboard", SHIP)
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("300", C),
        ("300 jobs", C),
        ("300 jobs for five years", C),
        ("300 for 5 years", C),
        ("300 jobs for two years", X),
        ("300 jobs for ten years", X),
    ],
)
def test_the_length_of_time_a_figure_is_kept_for(typed: str, expected: Outcome) -> None:
    asked = "At least how many jobs did the terms require the buyer to keep?"
    question = cited_question("number", "300", asked, "at least 300 jobs for five years", TERMS)
    assert grade(question, typed).outcome is expected


RENTS = (
    "Galway rents hit record high as homebuilding falls short of target",
    "Average monthly rents in Galway reached a record €2,412 in the third quarter of 2025, "
    "according to a report published on Thursday by the Rent Observatory (RO), a State-funded "
    "monitoring body based in Oranmore, County Galway.",
    "Nationally, rents rose 6.8% year-on-year to an average of €1,903 a month, the 14th "
    "consecutive quarter of growth, the RO said. The Galway figure, roughly £2,100 at current "
    "exchange rates, was up 8.3% on the same quarter of 2024.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("6.8%", C),
        ("6.8% nationally", C),
        ("6.8 percent across the country", C),
        ("6.8% in Galway", X),
    ],
)
def test_a_place_a_sentence_names_before_another_figure(typed: str, expected: Outcome) -> None:
    """The story is Galway's (its headline, its first line), so a figure typed `in Galway`
    may be right; not where a cited sentence gives Galway another figure (`The Galway
    figure … was up 8.3%`)."""
    asked = "By how much did rents rise nationally year-on-year?"
    quote = "rents rose 6.8% year-on-year"
    question = cited_question("number", "6.8%", asked, quote, *RENTS)
    assert grade(question, typed).outcome is expected


def test_a_place_the_keys_sentence_names_is_the_keys_too() -> None:
    homes = "In Galway, 400 homes were built last year and 250 were sold, the council said."
    asked = "How many homes were sold last year?"
    question = cited_question("number", "250", asked, "250 were sold", homes)
    assert grade(question, "250 in Galway").outcome is C
