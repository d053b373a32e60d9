"""From groups 316 and 317's misses and the classes the authors of groups 322 and 323 saw in
`check`, each with invented examples: a correction that says something was refused where the
quote says it would be done; a correction that calls two things the same where the claim
compares them across a rate (`less per kilowatt-hour than`); a count typed with what the
article says was done to another figure's members (`61 arrested` for the 61 charged); a
family name written first that also begins places' names (`San`, `Sao`), and a family name
the article writes alone only at a sentence's start."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cited_question, graded_claim, make_question

from newsquiz.grading import Outcome, grade

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT

PROTEST = (
    "A spokesman for Harlow Civil, Ben Akers, said the firm would pay the penalty under "
    "protest and appeal to the regulator's review panel."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, it refuses to pay the penalty", X),
        ("false, it declined to pay", X),
        ("false, it will pay under protest and appeal", C),
        ("false, it will appeal", C),
        ("false", C),
    ],
)
def test_a_refusal_where_the_quote_says_it_would_be_done(typed: str, expected: Outcome) -> None:
    claim = "Harlow Civil has accepted the penalty without challenge."
    assert graded_claim(claim, PROTEST, typed) is expected


def test_a_refusal_the_quote_states_stays_right() -> None:
    quote = "Harlow Civil said it would not pay the penalty and would appeal."
    claim = "Harlow Civil has paid the penalty."
    assert graded_claim(claim, quote, "false, it refuses to pay") is C


TARIFF = (
    "Imported power will cost $160 per kilowatt-hour, the minister said, against the $48 per "
    "kilowatt-hour that the utility charges homes."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, it costs the same", X),
        ("false, it costs more", C),
        ("false, $160 against $48", C),
    ],
)
def test_the_same_where_the_claim_compares_across_a_rate(typed: str, expected: Outcome) -> None:
    claim = "Imported power will cost less per kilowatt-hour than the utility charges homes."
    assert graded_claim(claim, TARIFF, typed) is expected


ARRESTS = "Police arrested 84 people during the raids, of whom 37 have been charged."


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("37 arrested", X),
        ("37 people arrested", X),
        ("37", C),
        ("37 charged", C),
        ("37 people were charged", C),
        ("37 of those arrested", C),
        ("73 charged", X),
    ],
)
def test_a_count_typed_with_another_figures_act(typed: str, expected: Outcome) -> None:
    asked = "Of the people arrested, how many have been charged?"
    question = cited_question("number", "37", asked, "of whom 37 have been charged", ARRESTS)
    assert grade(question, typed).outcome is expected


def test_a_figure_with_no_act_of_its_own_shares_the_others() -> None:
    paragraph = "Police arrested 84 people on Friday and 37 on Saturday."
    asked = "How many people were arrested on Saturday?"
    question = cited_question("number", "37", asked, "37 on Saturday", paragraph)
    assert grade(question, "37 arrested").outcome is C


SAN = (
    "San Thidar, who runs the fishing cooperative at Kyauk Taw, said the ban came too late. "
    '"The boats have already gone," San said.'
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("San", C), ("Ms San", C), ("San Thidar", C), ("Thidar", X)],
)
def test_a_family_name_that_begins_places_names(typed: str, expected: Outcome) -> None:
    question = make_question(
        "person",
        "San Thidar",
        question="Who runs the fishing cooperative at Kyauk Taw?",
        article=(SAN,),
    )
    assert grade(question, typed).outcome is expected


def test_a_san_of_a_place_stays_a_place() -> None:
    article = ("Ana Ruiz, the mayor of San Telmo, said the road would reopen. Ruiz said so.",)
    question = make_question(
        "person", "Ana Ruiz", question="Who is the mayor of San Telmo?", article=article
    )
    assert grade(question, "Telmo").outcome is X
    assert grade(question, "Ruiz").outcome is C


SENTENCE_START = (
    "Officers also tore down six fence traps, said Pen Sothy, chief of the district "
    "fisheries office. Pen said the traps belonged to a trader from the city."
)


@pytest.mark.parametrize(("typed", "expected"), [("Pen", C), ("Pen Sothy", C), ("Sothy", X)])
def test_a_family_name_written_alone_only_at_a_sentences_start(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "person",
        "Pen Sothy",
        question="Who is chief of the district fisheries office?",
        article=(SENTENCE_START,),
    )
    assert grade(question, typed).outcome is expected
