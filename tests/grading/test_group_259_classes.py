"""Classes of misses that held-out group 259 showed (after its first figure), each with
invented examples:

- (a false accept) `no earlier than six weeks` is a floor, as `at least six weeks` is:
  `within six weeks` and `up to six weeks` set the opposite limit; `no later than` is a
  ceiling, and `earlier than` alone is less than;
- (a false reject) a count of the dead for a count of deaths (`21,930 dead`, `21,930 dead
  alpacas` for 21,930 deaths): one event under another stem, as `died` and `fatalities`
  are; the injured are still others; and a noun of the same class of things counted
  (`78 houses` for 78 homes, `14 buses` for 14 coaches), where no noun follows it
  (`33 match points` still counts other points than game points);
- (a false reject, brought by this stop's own reading of counts in list items) a word a
  slip away from a number word (`twine`, `twice`) is no count: see
  test_list_items_in_number_words.
"""

from __future__ import annotations

import pytest
from tests.grading.helpers import graded

from newsquiz.facts.text import tokenize
from newsquiz.facts.values import scan
from newsquiz.grading import Outcome

C, X = Outcome.CORRECT, Outcome.INCORRECT

QUOTE = 'the lift could reopen "no earlier than five days" after the cable is replaced'
ASKED = "How soon after the cable is replaced can the lift reopen?"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("no earlier than five days", C),
        ("at least five days", C),
        ("not sooner than 5 days", C),
        ("a minimum of five days", C),
        ("within five days", X),
        ("up to five days", X),
        ("no later than five days", X),
        ("at least four days", X),
    ],
)
def test_no_earlier_than_is_a_floor(typed: str, expected: Outcome) -> None:
    assert graded("duration", "no earlier than five days", ASKED, QUOTE, typed) is expected


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("no earlier than six weeks", "least"),
        ("no sooner than six weeks", "least"),
        ("no later than six weeks", "most"),
        ("earlier than six weeks", "less"),
        ("later than six weeks", "more"),
    ],
)
def test_the_bound_read(text: str, bound: str) -> None:
    (mention,) = scan(tokenize(text))
    assert mention.bound == bound


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("4,120", C),
        ("4,120 dead", C),
        ("4,120 dead sheep", C),
        ("4,120 fatalities", C),
        ("4,120 injured", X),
        ("4,210 dead", X),
    ],
)
def test_the_dead_are_the_deaths(typed: str, expected: Outcome) -> None:
    quote = "Inspectors verified 4,120 deaths among the flocks of the upper valley"
    article = (
        f"{quote}, against 5,800 the herders had reported.",
        "Herders said the dead sheep were buried at 12 sites; 300 more were injured.",
    )
    asked = "How many deaths among the flocks did the inspectors verify?"
    assert graded("number", "4,120", asked, quote, typed, article=article) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("61", C),
        ("61 homes", C),
        ("61 houses", C),
        ("61 flats", X),
        ("16 houses", X),
    ],
)
def test_houses_are_homes(typed: str, expected: Outcome) -> None:
    quote = "The flood destroyed 61 homes and 12 flats in the lower town"
    article = (f"{quote}, the council said.", "On the hill, 16 houses were damaged.")
    asked = "How many homes did the flood destroy?"
    assert graded("number", "61", asked, quote, typed, article=article) is expected
