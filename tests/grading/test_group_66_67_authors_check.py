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
        ("Lam", X),
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
        ("Ingrid Solheim", "Solheim", X),
    ],
)
def test_no_relation_said_later_leaves_the_bare_surname_ambiguous(
    key: str, typed: str, expected: Outcome
) -> None:
    # The bare surname the article writes last is the councillor's, but typed alone it
    # could be the harbour master's too.
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


# Groups 72 and 73: their authors' `check` on their own reject entries, before their runs.

LANDSLIDE = (
    '"The hillside is still moving," said Eng. Rosa Quispe Mamani, 44, the engineer. '
    "Quispe said the road would stay shut.",
    'Julio Quispe, 58, a lorry driver, waited. "It will rot," he said. He is no relation.',
)


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("Julio Quispe", "Julio Quispe", C),
        ("Julio Quispe", "Quispe", X),
        ("Julio Quispe", "Eng. Quispe", X),
        ("Rosa Quispe Mamani", "Quispe", C),
    ],
)
def test_a_first_surname_written_alone_just_after_its_bearer(
    key: str, typed: str, expected: Outcome
) -> None:
    # `Quispe said` follows the engineer Rosa Quispe Mamani: it is hers, though the
    # driver's surname is Quispe and hers reads as Mamani.
    quote = LANDSLIDE[1] if key.startswith("Julio") else LANDSLIDE[0]
    accept = () if key.startswith("Julio") else ("Quispe",)
    outcome = graded("person", key, "Who is it?", quote, typed, accept=accept, article=LANDSLIDE)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("88", C), ("88 against", C), ("88 in favour", X)],
)
def test_a_vote_to_oppose_counts_those_against(typed: str, expected: Outcome) -> None:
    quote = "Its members voted 88 to 30 to oppose any survey in the town."
    outcome = graded("number", "88", "How many members voted to oppose any survey?", quote, typed)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Rs 900", C), ("Rs 900 per 1,000 litres", C), ("Rs 900 per litre", X)],
)
def test_a_price_per_so_many_is_not_per_one(typed: str, expected: Outcome) -> None:
    quote = "Owners said they could not sell below Rs 900."
    outcome = graded("money", "Rs 900", "Below what price per 1,000 litres?", quote, typed)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("US$390 a tonne", C), ("$390 a tonne", C), ("ZiG 390 a tonne", X), ("390 ZiG", X)],
)
def test_zimbabwe_gold_is_a_currency_of_its_own(typed: str, expected: Outcome) -> None:
    quote = "The board set a price of US$390 a tonne, about ZiG 10,500."
    outcome = graded("money", "US$390 a tonne", "What price did the board set?", quote, typed)
    assert outcome is expected


# Groups 74 and 75: their authors' `check` on their own reject entries, before their runs.

HURLING = (
    "The winning point came from substitute Eoin Power, 21, of Portlaw Emmets.",
    "Waterford's captain, Ciarán Power, 29, of Knockanore Gaels, scored the opening goal.",
    'Power, who is no relation of the substitute, missed 18 months. "We knew," Power said.',
)


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("Ciarán Power", "Power", C),
        ("Ciarán Power", "Eoin Power", X),
        ("Eoin Power", "Power", X),
        ("Eoin Power", "Ciarán Power", X),
        ("Eoin Power", "Eoin Power", C),
    ],
)
def test_a_surname_that_is_also_a_bodys_word_after_a_name_with_an_age(
    key: str, typed: str, expected: Outcome
) -> None:
    # `Power` ends names of companies too; `Ciarán Power, 29,` is a person, and the bare
    # `Power` said to be no relation of the substitute is the captain.
    quote = HURLING[1] if key.startswith("Ciar") else HURLING[0]
    accept = ("Power",) if key.startswith("Ciar") else ()
    outcome = graded("person", key, "Who is it?", quote, typed, accept=accept, article=HURLING)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Waterford 2-21, Galway 1-23", C),
        ("Galway 1-23, Waterford 2-21", C),
        ("Galway 2-21, Waterford 1-23", X),
    ],
)
def test_a_score_of_goals_and_points_keeps_its_sides(typed: str, expected: Outcome) -> None:
    quote = "Waterford beat Galway 2-21 to 1-23 in the final."
    outcome = graded(
        "text", "Waterford 2-21, Galway 1-23", "What was the final score?", quote, typed
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"), [("JD180 million", C), ("180 million dinars", C), ("$180 million", X)]
)
def test_a_dinar_written_jd(typed: str, expected: Outcome) -> None:
    quote = "Six Jordanian banks will lend JD180 million."
    outcome = graded("money", "JD180 million", "How much will the banks lend?", quote, typed)
    assert outcome is expected


@pytest.mark.parametrize(("typed", "expected"), [("Sok Dara", C), ("Sok", C), ("Dara", X)])
def test_a_khmer_family_name_comes_first(typed: str, expected: Outcome) -> None:
    article = ("Sok Dara, 41, president of the union, said workers deserved more.",)
    outcome = graded(
        "person", "Sok Dara", "Who leads the union?", article[0], typed, accept=("Sok",)
    )
    assert outcome is expected
