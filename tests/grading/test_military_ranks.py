"""A rank typed before a person's name that the article never gives them (`Major Ines Roe`
where it writes Lt. Col. Ines Roe) is another person's description, and wrong; their own
rank, a word of it (`Colonel Roe` for a lieutenant colonel) or none at all is right, and a
name that is also a rank's word (`Anne Marshal`) is a name."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded_person

from newsquiz.grading import Outcome

ARTICLE = (
    "Clearing the pass fell to a team of army engineers led by Lt. Col. Ines Okonjo.",
    "Okonjo said one lane would open within two days. Captain Tarik Bello flew the drones.",
    "The county fire service is led by Anne Marshal, who praised the engineers.",
)


@pytest.mark.parametrize(
    ("key", "line", "typed", "expected"),
    [
        ("Ines Okonjo", 0, "Major Ines Okonjo", Outcome.INCORRECT),
        ("Ines Okonjo", 0, "General Okonjo", Outcome.INCORRECT),
        ("Ines Okonjo", 0, "Captain Ines Okonjo", Outcome.INCORRECT),
        ("Ines Okonjo", 0, "Lt. Col. Ines Okonjo", Outcome.CORRECT),
        ("Ines Okonjo", 0, "Lieutenant Colonel Okonjo", Outcome.CORRECT),
        ("Ines Okonjo", 0, "Colonel Ines Okonjo", Outcome.CORRECT),
        ("Ines Okonjo", 0, "Ines Okonjo", Outcome.CORRECT),
        ("Anne Marshal", 2, "Anne Marshal", Outcome.CORRECT),
        ("Anne Marshal", 2, "anne marshall", Outcome.CORRECT),
    ],
)
def test_a_rank_the_article_never_gives_the_person_is_wrong(
    key: str, line: int, typed: str, expected: Outcome
) -> None:
    assert graded_person(ARTICLE, key, key, line, typed) is expected
