"""A list item typed in part, with the rest of another name the article writes (`Tanjung
Seri` for the item Tanjung Pelepas, where the article names both ports), is that other name:
the item is not right. A word the article writes after a whole item (`Kratie Province`) is no
other name."""

from __future__ import annotations

import pytest
from tests.grading.helpers import make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

PORTS = (
    "Ships that skipped Tanjung Merah were sent to Singapore, Port Klang and Tanjung Sari.",
    "The strike at Tanjung Merah began in Kratie Province on Monday.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Singapore, Port Klang and Tanjung Sari", C),
        ("Singapore, Port Klang, Sari", C),
        ("Singapore, Port Klang and Tanjung Merah", X),
        ("Tanjung Merah, Singapore and Port Klang", X),
    ],
)
def test_a_port_of_another_name(typed: str, expected: Outcome) -> None:
    question = make_question(
        "list",
        ("Singapore", "Port Klang", "Tanjung Sari"),
        question="To which three ports were the ships that skipped Tanjung Merah sent?",
        article=PORTS,
    )
    assert grade(question, typed).outcome is expected


PROVINCES = ("The survey covered Stung Treng Province and Kratie Province last year.",)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Stung Treng Province and Kratie Province", C), ("Stung Treng and Kratie", C)],
)
def test_a_word_after_a_whole_item(typed: str, expected: Outcome) -> None:
    question = make_question(
        "list",
        ("Stung Treng", "Kratie"),
        question="Which two provinces did the survey cover?",
        article=PROVINCES,
    )
    assert grade(question, typed).outcome is expected
