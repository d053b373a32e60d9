"""Grader faults the sixty-sixth and sixty-seventh groups' authors' `check` showed on their
own reject entries, fixed before those groups' first run; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

FLEET = (
    "A census of 900 fishing boats found that 41 percent were built before 1995.",
    "The ministry will scrap boats built before 1995 from next spring.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("41 percent", C),
        ("41% before 1995", C),
        ("41 percent, built before 1995", C),
        ("41 percent until 1995", C),
        ("41 percent after 1995", X),
        ("41 percent built since 1995", X),
        ("41 percent, after 1995", X),
    ],
)
def test_a_year_on_the_other_side_is_another_fact(typed: str, expected: Outcome) -> None:
    # The article puts the boats before 1995 only: `after 1995` counts the others.
    outcome = graded(
        "number",
        "41 percent",
        "What share of the boats were built before 1995?",
        FLEET[0],
        typed,
        article=FLEET,
    )
    assert outcome is expected


def test_a_side_the_article_also_gives_stays_right() -> None:
    # Where the article writes both sides of the year, the typed side is not contradicted
    # by it; the figure decides.
    both = (
        "Of the boats, 41 percent were built before 1995 and the rest after 1995.",
        "Boats built after 1995 are exempt.",
    )
    outcome = graded(
        "number",
        "41 percent",
        "What share of the boats were built before 1995?",
        both[0],
        "41 percent after 1995",
        article=both,
    )
    assert outcome is C


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("$3.2 million", C), ("$3.2 million before 2010", C), ("$3.2 million after 2010", X)],
)
def test_an_amount_set_after_a_year_the_article_puts_it_before(
    typed: str, expected: Outcome
) -> None:
    quote = "The port collected $3.2 million in fees before 2010."
    outcome = graded(
        "money",
        "$3.2 million",
        "How much did the port collect in fees before 2010?",
        quote,
        typed,
        article=(quote,),
    )
    assert outcome is expected


# Groups 68 and 69: their authors' `check` on their own reject entries, before their runs.

BUILDERS = (
    "The managing director of the builder, Gregory Lam, 61, said the firm kept to the price.",
    "Lam said wet weather had cost 74 working days.",
    "Cr Susan Lam, who chairs the committee and is no relation to the builder's chief, said "
    "the council's share had grown.",
    '"Ratepayers were promised a fixed contribution," Cr Lam said.',
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Gregory Lam", C),
        ("Greg Lam", C),
        ("Lam", C),
        ("Susan Lam", X),
        ("Cr Lam", X),
        ("Cr Susan Lam", X),
    ],
)
def test_an_accepted_nickname_is_still_the_answers_person(typed: str, expected: Outcome) -> None:
    # `Greg` is no name the article writes: the accepted `Greg Lam` is Gregory Lam, not
    # whichever other Lam the article names.
    outcome = graded(
        "person",
        "Gregory Lam",
        "Who is the builder's managing director?",
        BUILDERS[0],
        typed,
        accept=("Greg Lam",),
        article=BUILDERS,
    )
    assert outcome is expected


HARBOUR = (
    '"This is the first limit," said Councillor Ingrid Solheim, 52, who proposed the rule.',
    "Harald Solheim, 58, the harbour master, said the timetable was tight. "
    '"We need 18 months," he said. He is not related to the councillor.',
    "The rule now goes to the coastal directorate, which has eight weeks to review it.",
    "Solheim said she expected approval before Christmas.",
)


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("Harald Solheim", "Harald Solheim", C),
        ("Harald Solheim", "Solheim", X),
        ("Ingrid Solheim", "Solheim", C),
    ],
)
def test_no_relation_said_later_in_the_paragraph_that_names_them(
    key: str, typed: str, expected: Outcome
) -> None:
    # The bare surname the article writes last is the councillor's: the harbour master is
    # set apart as no kin two sentences after he is named.
    quote = HARBOUR[1] if key.startswith("Harald") else HARBOUR[0]
    outcome = graded("person", key, "Who is it?", quote, typed, article=HARBOUR)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("a later deadline, a bigger loan", C),
        ("an earlier deadline, a bigger loan", X),
        ("a later deadline, a smaller loan", X),
        ("an earlier deadline", X),
    ],
)
def test_an_item_turned_to_its_opposite_is_wrong(typed: str, expected: Outcome) -> None:
    quote = "The riders listed two demands: a later deadline and a bigger loan."
    outcome = graded(
        "list",
        ("a later deadline", "a bigger loan"),
        "What two demands did the riders list?",
        quote,
        typed,
    )
    assert outcome is expected
