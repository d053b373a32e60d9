"""From groups 308 and 309's misses, each with invented examples: a name offered beside
another the article writes on its own (`Kirigamine or Asakaze`) is a hedge, even where an
accepted spelling is a letter from the name and `or` run together; a Korean given name with
another or swapped syllable is another person's, through an accepted bare family name too;
a time typed after `from`, `since`, `by`… straight after a figure must be the one the
article bounds that figure with; a figure the article writes only as what did not happen
(`instead of rising to 245,000`) is no detail of the answer, nor a correction; a rate after
what a figure measures (`95 tonnes of steam per hour`) is the figure's rate; a false claim
that denies what the quote says was done is corrected in the article's words, not in new
ones (`false, it paid the fine` where it appealed)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, graded_claim, make_question

from newsquiz.grading import Outcome, grade

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT

BASHO = (
    "Sekiwake Takanoyama won the title after beating ozeki Kirigamine in a playoff.",
    "Two directors, Asakaze and Mitsuumi, told the stable of the decision.",
    "Asakaze said the board had voted unanimously.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Kirigamine", C),
        ("ozeki Kirigamine", C),
        ("Kirigaminee", C),
        ("Kirigamine or Asakaze", X),
        ("Asakaze or Kirigamine", X),
        ("Kirigamine/Asakaze", X),
    ],
)
def test_a_name_offered_beside_another_the_article_writes_alone(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "person",
        "Kirigamine",
        question="Whom did Takanoyama beat in the playoff?",
        accept=("Kirigaminee",),
        citations=(cite("beating ozeki Kirigamine", BASHO[0]),),
        article=BASHO,
    )
    assert grade(question, typed).outcome is expected


PORT = ("Port authority president Kim Hye-won, 58, said the backlog would clear in a week.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Kim Hye-won", C),
        ("Hye-won Kim", C),
        ("Kim", C),
        ("Kim Hye-min", X),
        ("Kim Won-hye", X),
        ("Won-hye Kim", X),
    ],
)
def test_a_korean_given_name_with_another_or_swapped_syllable(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "person",
        "Kim Hye-won",
        question="Who is the port authority's president?",
        accept=("Kim",),
        citations=(cite("Kim Hye-won", PORT[0]),),
        article=PORT,
    )
    assert grade(question, typed).outcome is expected


FEES = (
    "Annual tuition will rise from 4.1 million pesos (about $4,400) to 4.5 million pesos "
    "(about $4,840) from March 2026, and the review is due by June 2025.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("4.5 million pesos", C),
        ("4.5 million pesos from March 2026", C),
        ("4.5 million pesos (about $4,840) from March 2026", C),
        ("4.5 million pesos from 2026", C),
        ("4.5 million pesos from March 2025", X),
        ("4.5 million pesos from April 2026", X),
        ("4.5 million pesos, from March 2027", X),
    ],
)
def test_a_time_typed_after_a_bounding_word(typed: str, expected: Outcome) -> None:
    question = make_question(
        "money",
        "4.5 million pesos",
        question="What will annual tuition be?",
        citations=(cite("to 4.5 million pesos", FEES[0]),),
        article=FEES,
    )
    assert grade(question, typed).outcome is expected


SURVEY = (
    "Field teams had inspected orchards in 146 villages by Monday, April 7, and the survey "
    "would be completed by April 18.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("146 villages by April 7", C),
        ("146 by Monday", C),
        ("146 villages by April 18", X),
        ("146 villages by April 8", X),
    ],
)
def test_only_the_bound_straight_after_the_figure_is_its_own(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "146",
        question="In how many villages had the teams inspected orchards?",
        citations=(cite("146 villages", SURVEY[0]),),
        article=SURVEY,
    )
    assert grade(question, typed).outcome is expected


ENROLMENT = ("The enrolment fee will stay at 210,000 pesos instead of rising to 245,000 pesos.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("210,000 pesos", C),
        ("210,000 pesos, instead of rising to 245,000", C),
        ("210,000 pesos, not 245,000", C),
        ("210,000 pesos, rising to 245,000 pesos", X),
    ],
)
def test_a_figure_the_article_says_did_not_happen_is_no_detail(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "money",
        "210,000 pesos",
        question="At what level will the enrolment fee stay?",
        citations=(cite("will stay at 210,000 pesos", ENROLMENT[0]),),
        article=ENROLMENT,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, it stays at 210,000 pesos", C),
        ("false, it will not rise to 245,000", C),
        ("false, it stays at 245,000 pesos", X),
    ],
)
def test_a_correction_with_the_figure_the_article_denies(typed: str, expected: Outcome) -> None:
    outcome = graded_claim("The enrolment fee will rise to 245,000 pesos.", ENROLMENT[0], typed)
    assert outcome is expected


STEAM = ("The well was still pouring out about 95 tonnes of steam per hour on Thursday.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("about 95 tonnes of steam per hour", C),
        ("95 tonnes an hour", C),
        ("roughly 95 tonnes per hour", C),
        ("95,000 kg per hour", C),
        ("95 tonnes a day", X),
        ("95 pounds per hour", X),
        ("95 tonnes per hour on Friday", X),
        ("59 tonnes per hour", X),
    ],
)
def test_a_rate_after_what_the_figure_measures(typed: str, expected: Outcome) -> None:
    question = make_question(
        "number",
        "about 95 tonnes of steam per hour",
        question="How much steam was the well pouring out on Thursday?",
        citations=(cite("about 95 tonnes of steam per hour", STEAM[0]),),
        article=STEAM,
    )
    assert grade(question, typed).outcome is expected


FEE = ("The contractor pays the town a disposal fee of 400 lek per tonne.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("400 lek per tonne", C),
        ("400 leks a tonne", C),
        ("400 leks", P),
        ("400 lek per kilogram", X),
    ],
)
def test_leks_are_the_lek(typed: str, expected: Outcome) -> None:
    question = make_question(
        "money",
        "400 lek per tonne",
        question="What disposal fee does the contractor pay the town?",
        accept=("400 leks per tonne",),
        citations=(cite("400 lek per tonne", FEE[0]),),
        article=FEE,
    )
    assert grade(question, typed).outcome is expected


APPEAL = ("The builder was fined in May. The company has appealed the fine.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false", C),
        ("false, it has appealed", C),
        ("false, it challenged the fine", C),
        ("false, the company appealed the fine", C),
        ("false, it has paid the fine", X),
        ("false, it paid it in June", X),
        ("true", X),
    ],
)
def test_a_correction_of_a_denied_act_in_words_of_its_own(typed: str, expected: Outcome) -> None:
    outcome = graded_claim(
        "The company has accepted the fine without challenge.",
        "The company has appealed the fine.",
        typed,
        paragraph=APPEAL[0],
    )
    assert outcome is expected
