"""What the article itself writes, read as the article writes it: people counted in its own
other words with the same figure (`nine men` of the nine workers it says were trapped), a
name written family first called by its last word as the article calls such names, a
company named after its chief executive, and an item as another accepted form writes it."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question, graded_person, make_question

from newsquiz.grading import Outcome, grade

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT

TUNNEL = (
    "Nine workers were trapped when the roof of a tunnel fell in at the Kessel mine on "
    "Monday, and two men who tried to reach them were hurt.",
    "Rescuers reached the nine men after 20 hours, the mine's owner said.",
    "In the cup final on Sunday, Lind scored 12 goals and the Oslo keeper Berg made 12 saves.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("nine men", C),  # the article's own words for the nine workers
        ("9 men", C),
        ("9 workers", C),
        ("two men", X),
        ("9 rescuers", X),
    ],
)
def test_people_counted_as_the_article_counts_them(typed: str, expected: Outcome) -> None:
    question = cited_question(
        "number", "9", "How many workers were trapped?", "Nine workers were trapped", *TUNNEL
    )
    assert grade(question, typed).outcome is expected


def test_a_thing_counted_with_the_same_figure_is_another_thing() -> None:
    question = cited_question(
        "number", "12", "How many goals did Lind score?", "Lind scored 12 goals", *TUNNEL
    )
    assert grade(question, "12 goals").outcome is C
    assert grade(question, "12 saves").outcome is X


HOI_AN = (
    "Nguyen Thi Mai, who chairs the district committee, said the fund would open in May.",
    "Mai said 300 households had applied.",
    "Another deputy chairman, Tran Quoc Hung, who oversees the water board, said the "
    "pipes would be replaced by June.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Hung", C),  # as the article calls Nguyen Thi Mai `Mai`
        ("Mr Hung", C),
        ("Tran Quoc Hung", C),
        ("Quoc", X),
        ("Mai", X),
    ],
)
def test_a_family_first_name_called_by_its_last_word(typed: str, expected: Outcome) -> None:
    assert graded_person(HOI_AN, "Tran Quoc Hung", "Tran Quoc Hung", 2, typed) is expected


HOTELS = (
    "Two of the fined hotels belong to Halvorsen Heritage Hotels (HHH), a company based in "
    "Bergen. Its chief executive, Erik J. Halvorsen, 58, said the company would appeal.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Halvorsen Heritage Hotels", X),  # the company, not its chief
        ("Halvorsen Heritage", X),
        ("Halvorsen", C),
        ("Erik Halvorsen of HHH", C),
    ],
)
def test_a_company_named_after_its_chief_is_not_the_chief(typed: str, expected: Outcome) -> None:
    assert graded_person(HOTELS, "Erik J. Halvorsen", "Erik J. Halvorsen", 0, typed) is expected


def test_an_item_as_another_accepted_form_writes_it() -> None:
    """`Upper Tamsa` is an item, though the accepted `the upper village of Tamsa` holds its
    words too: typed, it names that item, not the article's other name."""
    paragraph = "The channel runs first through Upper Tamsa and then on to Lower Tamsa."
    question = make_question(
        "list",
        ("Upper Tamsa", "Lower Tamsa"),
        question="Which two villages share the channel's water?",
        accept=(("the upper village of Tamsa", "the lower village of Tamsa"),),
        citations=cited_question("text", "x", "?", paragraph, paragraph).citations,
        article=(paragraph,),
    )
    assert grade(question, "Upper Tamsa and Lower Tamsa").outcome is C
    assert grade(question, "Upper and Lower Tamsa").outcome is C
    assert grade(question, "Upper Tamsa and Lower Tamas").outcome is C  # a slip
    assert grade(question, "Upper Tamsa").outcome is P
    assert grade(question, "Upper Tamsa and Bergen").outcome is X
