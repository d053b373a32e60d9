"""Units a careful teacher knows (micrograms, nautical miles written `nmi`, knots written
`kts`), an exact conversion to the typed figure's last digit, and a bound written the other
way round (`no more than 30`, `30 or less`)."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, make_question

from newsquiz.facts.text import tokenize
from newsquiz.facts.values import scan
from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

PARAGRAPH = (
    "Each tablet holds 400 micrograms of folic acid. The ferry was stopped about 20 nautical "
    "miles (37 kilometres) offshore and told to keep to 9 knots (17 km/h) or less."
)


def _number(key: str, typed: str, quote: str = "", accept: tuple[str, ...] = ()) -> Outcome:
    citations = (cite(quote, PARAGRAPH),) if quote else ()
    question = make_question("number", key, citations=citations, accept=accept)
    return grade(question, typed).outcome


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("400 mcg", C),
        ("400 μg", C),
        ("0.4 milligrams", C),
        ("400 milligrams", X),  # a thousand times the dose
        ("400 grams", X),
        ("400 mg", X),
    ],
)
def test_micrograms(typed: str, expected: Outcome) -> None:
    assert _number("400 micrograms", typed, "400 micrograms of folic acid") is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("20 nmi", C),
        ("37 km", C),  # the article's own figure
        ("37.0 km", C),
        ("37.04 km", C),  # exactly 20 nautical miles
        ("36 km", X),  # another rounding than the article's
        ("38 km", X),
        ("20 km", X),
        ("20 miles", X),
    ],
)
def test_nautical_miles_and_the_exact_conversion(typed: str, expected: Outcome) -> None:
    quote = "about 20 nautical miles (37 kilometres) offshore"
    assert _number("about 20 nautical miles", typed, quote) is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("9 kts", C),
        ("no more than 9 knots", C),
        ("9 knots or less", C),
        ("at most 9 knots", C),
        ("more than 9 knots", X),
        ("9 knots or more", X),
        ("no less than 9 knots", X),
    ],
)
def test_a_speed_limit_and_its_bound(typed: str, expected: Outcome) -> None:
    quote = "keep to 9 knots (17 km/h) or less"
    assert _number("9 knots", typed, quote, accept=("9 knots or less",)) is expected


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("no more than 30", "most"),
        ("30 or less", "most"),
        ("30 ships or fewer", "most"),
        ("no fewer than 30", "least"),
        ("not fewer than 30", "least"),
        ("not more than 30", "most"),
        ("30 or more", "least"),
        ("more than 30", "more"),
        ("30 or 40", None),
    ],
)
def test_bounds_written_either_side(text: str, bound: str | None) -> None:
    assert scan(tokenize(text))[0].bound == bound


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("65", C),
        ("65 degrees", C),
        ("at least 65 degrees", C),
        ("no less than 65 °C", C),
        ("not less than 65 degrees", C),
        ("below 65 degrees", X),
        ("less than 65 degrees", X),
        ("at most 65 degrees", X),
    ],
)
def test_a_floor_the_question_asks_with_no_less_than(typed: str, expected: Outcome) -> None:
    quote = "must be heated to no less than 65 degrees Celsius"
    question = make_question(
        "number",
        "65",
        question="To no less than how many degrees Celsius must the milk be heated?",
        citations=(cite(quote, quote),),
        accept=("65 degrees Celsius",),
    )
    assert grade(question, typed).outcome is expected
