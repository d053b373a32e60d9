"""Grader faults the hundred-and-thirty-second and thirty-third groups' authors' `check`
showed on their own reject entries, fixed before those groups' first runs; with invented
examples."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

TEAM = (
    "Japan led when Sato beat Elena Marin, Romania's highest-ranked player.",
    "Kato restored the lead by beating Dana Marin 11-7, 11-9, 11-4.",
    "Dana Marin, 19, is no relation of her teammate Elena Marin.",
    "Elena Marin then kept Romania alive, beating Kato to level the tie.",
    "The coach put Vasile second, ahead of the younger Marin, so that she would face Kato.",
)


@pytest.mark.parametrize(
    ("typed", "expected"), [("Elena Marin", C), ("Marin", X), ("Dana Marin", X)]
)
def test_a_surname_written_only_with_what_tells_two_apart_names_neither(
    typed: str, expected: Outcome
) -> None:
    question = "Who is Romania's highest-ranked player?"
    assert graded("person", "Elena Marin", question, TEAM[0], typed, article=TEAM) is expected


NETWORK = (
    "The fireball was recorded by the Kessel Fireball Network, a set of all-sky cameras.",
    "The Kessel Museum of Natural History said on Thursday it had bought six fragments.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Kessel Fireball Network", C),
        ("the Kessel Fireball Network", C),
        ("Kessel Museum of Natural History", X),
    ],
)
def test_a_name_the_article_writes_at_a_sentences_head_is_another(
    typed: str, expected: Outcome
) -> None:
    question = "Which network of cameras recorded the fireball?"
    key = "Kessel Fireball Network"
    assert graded("text", key, question, NETWORK[0], typed, article=NETWORK) is expected
