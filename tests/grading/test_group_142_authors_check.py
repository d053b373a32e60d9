"""Grader faults the hundred-and-forty-second and forty-third groups' authors' `check` showed
on their own reject entries, fixed before those groups' first runs; with invented examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

MINUTES = ("Mele played 38 of the match's 40 minutes before he was replaced.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("38 minutes", C), ("38 of the 40 minutes", C), ("40 minutes", X)],
)
def test_a_key_written_as_a_part_of_a_whole_is_the_part(typed: str, expected: Outcome) -> None:
    question = "How long did Mele play?"
    key = "38 of the 40 minutes"
    assert graded("duration", key, question, MINUTES[0], typed) is expected


GROUNDED = ('The receivers said no flights would leave for "at least the next 10 days".',)


@pytest.mark.parametrize(("typed", "expected"), [("at least 10 days", C), ("up to 10 days", X)])
def test_a_bound_before_the_next_days_is_still_a_bound(typed: str, expected: Outcome) -> None:
    question = "For how long would no flights leave?"
    key = "at least the next 10 days"
    assert graded("duration", key, question, GROUNDED[0], typed) is expected


FOUNDERS = (
    "The firm was founded in 1990 by the brothers Karl and Otto Brenner.",
    'Otto Brenner, now 74, said he was "heartbroken". "Karl would have hated this," he said.',
)


@pytest.mark.parametrize(("typed", "expected"), [("Otto Brenner", C), ("Karl Brenner", X)])
def test_a_given_name_the_article_writes_alone_names_another_bearer(
    typed: str, expected: Outcome
) -> None:
    question = "Which founder said he was heartbroken?"
    assert (
        graded("person", "Otto Brenner", question, FOUNDERS[1], typed, article=FOUNDERS) is expected
    )


FINAL = (
    "Captain Tane Hoani scored 31 points.",
    "His younger brother, Rua Hoani, made the winning shot with 4.8 seconds left.",
    '"I have been throwing him that pass since he was eight," Hoani said afterwards.',
    "Rua Hoani, 21, grew up in Palmerston, the small Otago town, not in Palmerston North.",
    "Hoani, 26, said he had not decided whether to stay with the club.",
)


@pytest.mark.parametrize(("typed", "expected"), [("Rua Hoani", C), ("Hoani", X)])
def test_an_age_written_with_the_surname_alone_says_whose_it_is(
    typed: str, expected: Outcome
) -> None:
    question = "Who made the winning shot?"
    assert graded("person", "Rua Hoani", question, FINAL[1], typed, article=FINAL) is expected


@pytest.mark.parametrize(
    ("typed", "expected"), [("Palmerston", C), ("Palmerston, Otago", C), ("Palmerston North", X)]
)
def test_a_compass_word_after_the_keys_town_names_the_articles_other_town(
    typed: str, expected: Outcome
) -> None:
    question = "Where did Rua Hoani grow up?"
    key, accept = "Palmerston, Otago", ("Palmerston",)
    assert graded("text", key, question, FINAL[3], typed, accept=accept, article=FINAL) is expected
