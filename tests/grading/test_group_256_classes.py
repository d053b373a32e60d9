"""Classes of misses that held-out group 256 showed (after its first figure), each with
invented examples:

- a compound a hyphen splits after a prefix of two letters (`co-operative`, `re-elected`)
  where the key writes it as one word;
- a claim's correction stating a score with a nil (`false, it was 2-0`): the article's 0 is
  one of its figures;
- common synonyms of things and posts (`heavy goods vehicle` for lorry, `financial director`
  for director of finance).
"""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded, graded_claim

from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("Harlow Dairy Cooperative", "Harlow Dairy Co-operative", C),
        ("Harlow Dairy Cooperative", "Harlow Dairy Co operative", C),
        ("the Road Coordination Unit", "the Road Co-ordination Unit", C),
        ("Harlow Dairy Cooperative", "Harlow Beef Co-operative", X),
    ],
)
def test_a_prefix_a_hyphen_sets_apart(key: str, typed: str, expected: Outcome) -> None:
    quote = f"the milk was collected by the {key}"
    assert graded("text", key, "Who collected the milk?", quote, typed) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("false, it was 2-0", C),
        ("no, they led 2-0", C),
        ("false, it was 3-0", X),
        ("false, it was 2-2", X),
    ],
)
def test_a_score_with_a_nil(typed: str, expected: Outcome) -> None:
    claim = "True or false: Kilbride were 3-1 up at half-time."
    quote = "Kilbride scored twice in the first half and were 2-0 up at half-time"
    assert graded_claim(claim, quote, typed) is expected


@pytest.mark.parametrize(
    ("key", "typed", "expected"),
    [
        ("a lorry", "a heavy goods vehicle", C),
        ("a lorry", "an HGV", C),
        ("a lorry", "a van", X),
        ("director of finance", "financial director", C),
        ("director of finance", "finance director", C),
        ("director of finance", "director of nursing", X),
    ],
)
def test_common_synonyms(key: str, typed: str, expected: Outcome) -> None:
    quote = f"Ines Barros, {key}, saw it"
    assert graded("text", key, "What did she see?", quote, typed) is expected
