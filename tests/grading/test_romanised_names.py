"""Names written family first in another romanisation: `Choe` for Choi, `Chung` for Jung,
`Minjun` or `Min-joon` for Min-jun, the given name first (`Minjun Choi`). A given name
alone is still wrong, whatever order an accepted form writes the name in."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

ARTICLE = (
    "Shipyard union leader Choi Min-jun, 48, said the vote was close. Choi has worked at "
    "the yard since 1998.",
    "Jung Ha-eun, a welder who is not related to Choi, said she would vote yes. Choi "
    "Seo-yeon, the yard's safety officer, said the cranes were checked daily.",
)


def _person(key: str, typed: str, accept: tuple[str, ...] = ()) -> Outcome:
    quote = key
    question = make_question(
        "person",
        key,
        accept=accept,
        citations=(cite(quote, " ".join(ARTICLE)),),
        article=ARTICLE,
    )
    return grade(question, typed).outcome


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Choi Min-jun", C),
        ("Choe Min-jun", C),  # the McCune-Reischauer spelling of Choi
        ("Choi Minjun", C),  # the given name written as one word
        ("Minjun Choi", C),
        ("Choi Min-joon", C),
        ("Choe Min-chun", C),
        ("Min-jun", X),  # the given name alone
        ("Minjun", X),
        ("Choi Seo-yeon", X),  # the other Choi
        ("Choi Ha-eun", X),
        ("Jung Min-jun", X),
        ("Choi Ji-ho", X),
    ],
)
def test_the_union_leader(typed: str, expected: Outcome) -> None:
    assert _person("Choi Min-jun", typed, accept=("Min-jun Choi",)) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Jung Ha-eun", C),
        ("Chung Ha-eun", C),
        ("Jeong Haeun", C),
        ("Ha-eun Jung", C),
        ("Ha-eun", X),
        ("Choi Ha-eun", X),
        ("Jung Seo-yeon", X),
    ],
)
def test_the_welder(typed: str, expected: Outcome) -> None:
    assert _person("Jung Ha-eun", typed) is expected


def test_a_spelling_of_the_surname_that_is_not_in_the_table_is_another_name() -> None:
    assert _person("Jung Ha-eun", "Jang Ha-eun") is X
    assert _person("Jung Ha-eun", "Kim Ha-eun") is X
