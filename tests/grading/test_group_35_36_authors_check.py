"""Classes the authors of the thirty-fifth and thirty-sixth groups' packs found with `check`
on their own reject entries, before any answer was labelled; each with invented examples:
a given name that is also a word's prefix elsewhere (`Semi` beside `semi-finals`), a bare
surname in the sentence that names the other bearer, a given name that is a city's after a
title, the way a figure moved, and a price counted per another unit in a currency whose
name is also an English word."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT
P = Outcome.PARTIAL

CRICKET = (
    "Opener Tevita Vainikolo, 22, made 40, and his cousin, captain Semi Vainikolo, 29, made 61.",
    "Tevita Vainikolo's second fifty, cheered by Vainikolo from the balcony, came late.",
    "The side lost in the semi-finals last year and in the quarter-finals the year before.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Tevita Vainikolo", C), ("Semi Vainikolo", X), ("Vainikolo", X), ("Semi", X)],
)
def test_a_given_name_that_prefixes_a_word_is_still_a_name(typed: str, expected: Outcome) -> None:
    quote = "Opener Tevita Vainikolo, 22, made 40"
    outcome = graded(
        "person", "Tevita Vainikolo", "Who opened and made 40?", quote, typed, article=CRICKET
    )
    assert outcome is expected


@pytest.mark.parametrize(("typed", "expected"), [("Semi Vainikolo", C), ("Vainikolo", X)])
def test_a_bare_surname_beside_one_bearer_names_neither(typed: str, expected: Outcome) -> None:
    quote = "cheered by Vainikolo from the balcony"
    outcome = graded(
        "person", "Semi Vainikolo", "Who cheered from the balcony?", quote, typed, article=CRICKET
    )
    assert outcome is expected


def test_a_surname_father_and_son_share_names_neither_beside_their_firm() -> None:
    article = (
        "Gary Lunde, 63, owner of Lunde Pumps Ltd, was convicted on all five counts.",
        "The key witness was his son, Daniel Lunde, 36.",
        "Prosecutors said Lunde paid the bribes in cash.",
    )
    quote = "owner of Lunde Pumps Ltd"
    assert (
        graded("person", "Gary Lunde", "Who owns the firm?", quote, "Lunde", article=article) is X
    )


ATHENS = (
    "Dr. Lisbon Moraitis, 47, who led the dig, said the finds changed the map. "
    '"It was a busy crossroads," Moraitis said.',
    "Kostas Moraitis, 58, the project's chief engineer and no relation, said the machine sat idle.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Kostas Moraitis", C), ("Lisbon Moraitis", X), ("Moraitis", X), ("Dr. Moraitis", X)],
)
def test_a_city_s_name_after_a_title_is_a_given_name(typed: str, expected: Outcome) -> None:
    quote = "Kostas Moraitis, 58, the project's chief engineer"
    outcome = graded(
        "person", "Kostas Moraitis", "Who is the chief engineer?", quote, typed, article=ATHENS
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("11 percent", C),
        ("down 11 percent", C),
        ("an 11 percent drop", C),
        ("11 percent higher", X),
        ("an 11 percent increase", X),
        ("11 percent up", X),
    ],
)
def test_the_way_a_figure_moved_is_part_of_it(typed: str, expected: Outcome) -> None:
    quote = "the wheat crop came to 3.1 million tonnes, down 11 percent from last year"
    outcome = graded("number", "11 percent", "By how much did the wheat crop fall?", quote, typed)
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1,400 won a kilogram", C),
        ("1,400 won per kg", C),
        ("1,400 won", P),  # what it is per left off: half the fact
        ("1,400 won a tonne", X),
        ("1,400 won per ton", X),
    ],
)
def test_a_price_per_unit_in_a_currency_named_by_a_word(typed: str, expected: Outcome) -> None:
    quote = "cabbages sold for 1,400 won a kilogram at the market in Daegu"
    outcome = graded(
        "money", "1,400 won a kilogram", "What did cabbages sell for at the market?", quote, typed
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("3–1", C),
        ("Ghana 3, Mali 1", C),
        ("ghana 3 mali 1", C),
        ("Mali 3, Ghana 1", X),
        ("Ghana 1, Mali 3", X),
    ],
)
def test_a_score_s_sides_keep_their_figures(typed: str, expected: Outcome) -> None:
    quote = "Ghana beat Mali 3–1 in the final"
    outcome = graded(
        "text",
        "3–1",
        "What was the score of the final?",
        quote,
        typed,
        accept=("Ghana 3, Mali 1",),
    )
    assert outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Ingrid Holm", C), ("Holm", X), ("Prof. Holm", C), ("Kari Holm", X)],
)
def test_a_given_name_that_is_a_body_s_acronym_names_a_namesake(
    typed: str, expected: Outcome
) -> None:
    # `KARI` is a research institute's acronym; here it is only a given name.
    article = (
        'The board\'s chair, Prof. Ingrid Holm, 61, spoke first. "We wrote to them," Holm said.',
        "The board has three members. Beside the chair, they are Kari Holm, 39, a lawyer, "
        "and Dr. Lars Berg.",
    )
    quote = "The board's chair, Prof. Ingrid Holm"
    outcome = graded(
        "person", "Ingrid Holm", "Who chairs the board?", quote, typed, article=article
    )
    assert outcome is expected
