"""The readers the loader and kind inference use, and the kind guessed from an answer."""

from __future__ import annotations

from datetime import date

import pytest

from newsquiz.facts.infer import infer_kind
from newsquiz.facts.values import (
    read_date,
    read_duration,
    read_money,
    read_number,
    split_items,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("84", 84),
        ("eighty-four", 84),
        ("a hundred and twelve", 112),
        ("two thousand and five", 2005),
        ("1,000,000", 1_000_000),
        ("1.5", 1.5),
        ("third", 3),
        ("twenty-first", 21),
        ("fourty", 40),
        ("eigthy-for", 84),
        ("two and a half", 2.5),
    ],
)
def test_read_number(text: str, value: float) -> None:
    assert read_number(text) == value


def test_read_number_needs_one_number() -> None:
    assert read_number("84 or 85") is None
    assert read_number("there were many") is None


def test_read_money() -> None:
    assert read_money("$40bn") == 40e9
    assert read_money("US$ 1.5 million") == 1.5e6
    assert read_money("forty billion dollars") == 40e9
    assert read_money("40") is None


def test_read_duration() -> None:
    assert read_duration("an hour and a half") == 5400
    assert read_duration("half an hour") == 1800
    assert read_duration("a couple of days") == 2 * 86400
    assert read_duration("1 hour 30 minutes") == 5400
    assert read_duration("a few hours") is None


def test_read_date() -> None:
    assert read_date("May 13", 2022) == date(2022, 5, 13)
    assert read_date("the thirteenth of May 2021", 2022) == date(2021, 5, 13)
    assert read_date("13/5", 2022) == date(2022, 5, 13)
    assert read_date("5/6", 2022) == date(2022, 5, 6)  # month first when both are possible
    assert read_date("13.05.2022", None) == date(2022, 5, 13)
    assert read_date("May", 2022) is None
    assert read_date("February 30", 2022) is None


def test_split_items() -> None:
    assert split_items("Finland, Sweden and Norway") == ("Finland", "Sweden", "Norway")
    assert split_items("Kyiv & Kharkiv + Odesa") == ("Kyiv", "Kharkiv", "Odesa")


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        (("Finland", "Sweden"), "list"),
        ("true", "claim"),
        ("No", "claim"),
        ("$40 billion", "money"),
        ("March 24", "date"),
        ("Feb. 11", "date"),
        ("about an hour", "duration"),
        ("84", "number"),
        ("the third month", "number"),
        ("Lloyd Austin", "person"),
        ("Gen. Mark Milley", "person"),
        ("Vice President", "text"),
        ("European Union", "text"),
        ("Ukrainian Defense Minister", "text"),
        ("a deconfliction line", "text"),
        ("May", "text"),
    ],
)
def test_infer_kind(answer: str | tuple[str, ...], kind: str) -> None:
    assert infer_kind(answer) == kind
