"""`children under 12` where the list's item is `children aged 12 and under`: the figure
is the article's but the bound leaves 12 out, another fact. A bound written after the
figure (`12 and under`, `65 or older`) is read as one."""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.facts.text import tokenize
from newsquiz.facts.values import scan
from newsquiz.grading import Outcome

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT
EXEMPT = (
    "Residents of the town, children aged 12 and under and disabled visitors "
    "are exempt from the levy."
)
KEY = ("residents of the town", "children aged 12 and under", "disabled visitors")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("residents, children aged 12 and under and disabled visitors", C),
        ("residents, children 12 and under, disabled visitors", C),
        ("residents, children under 12 and disabled visitors", X),
        ("residents, children below 12, disabled visitors", X),
        ("residents, children over 12 and disabled visitors", X),
    ],
)
def test_the_bound_of_an_item(typed: str, expected: Outcome) -> None:
    asked = "Which three groups are exempt from the levy?"
    assert graded("list", KEY, asked, EXEMPT, typed) is expected


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("children aged 12 and under", "most"),
        ("pupils 11 or younger", "most"),
        ("people aged 65 and over", "least"),
        ("anyone 65 or older", "least"),
        ("children under 12", "less"),
    ],
)
def test_a_bound_written_after_the_figure(text: str, bound: str) -> None:
    assert [m.bound for m in scan(tokenize(text))] == [bound]


def test_and_over_a_time_is_no_bound() -> None:
    assert next(m.bound for m in scan(tokenize("14 and over the weekend 20"))) is None
