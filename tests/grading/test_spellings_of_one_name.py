"""Another spelling of a name is forgiven; other syllables that fold to the same letters are
another name."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsquiz.grading import Outcome, grade
from newsquiz.grading.normalize import same_word
from newsquiz.library import bundled_dir
from newsquiz.pack import load_pack


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("chaykovskiy", "tchaikovsky"),
        ("volodimir", "volodymyr"),
        ("hoefn", "hofn"),
        ("hakon", "haakon"),
        ("shroder", "schroeder"),
        ("sadornow", "zadornov"),
        ("hrushchev", "khrushchev"),
        ("aleksandr", "alexandr"),
        ("liou", "liu"),
    ],
)
def test_another_spelling_of_one_name_is_close(typed: str, key: str) -> None:
    assert same_word(typed, key) is not None


def test_a_whole_name_run_together_is_not_a_spelling_of_a_short_one() -> None:
    # `Li Jizhou` typed as one word folds letter by letter (zh, j, y, ou) to `liu`
    assert same_word("lijizhou", "liu") is None


def test_another_person_of_the_article_is_wrong_without_the_authors_reject() -> None:
    pack = load_pack(bundled_dir() / "china-bandit-king-life-sentence")
    question = pack.question("liu-liying")
    unguarded = replace(question, reject=())
    assert grade(unguarded, "Li Jizhou").outcome is Outcome.INCORRECT
    assert grade(unguarded, "Liu").outcome is Outcome.CORRECT
    assert grade(unguarded, "Liou Liying").outcome is Outcome.CORRECT
