"""One reader of values: what claims find in an article (with its style) is what the
grader reads from the same words, on every bundled article."""

from __future__ import annotations

import pytest

from newsquiz.facts.text import tokenize
from newsquiz.facts.values import DATE, DURATION, MONEY, NUMBER, scan
from newsquiz.facts.written import (
    DateValue,
    Duration,
    Found,
    Money,
    Number,
    find_durations,
    find_values,
    same_value,
)
from newsquiz.library import bundled_dir
from newsquiz.pack import load_pack

PARAGRAPHS = [
    (folder.name, paragraph)
    for folder in sorted(bundled_dir().iterdir())
    if (folder / "pack.yaml").is_file()
    for paragraph in load_pack(folder).article.paragraphs
]
FOUND = [(pack, found) for pack, paragraph in PARAGRAPHS for found in find_values(paragraph)]


def test_every_article_has_values_to_read() -> None:
    assert len({pack for pack, _ in FOUND}) >= 7
    assert len(FOUND) > 100


@pytest.mark.parametrize(("pack", "found"), FOUND, ids=[f"{p}:{f.text}" for p, f in FOUND])
def test_a_value_claims_find_is_the_value_the_grader_reads(pack: str, found: Found) -> None:
    value = found.value
    mentions = [m for m in scan(tokenize(found.text)) if not m.denied]
    assert len(mentions) == 1, mentions
    read = mentions[0]
    if isinstance(value, DateValue):
        assert read.kind == DATE and (read.month, read.day) == (value.month, value.day)
    elif isinstance(value, Money):
        assert read.kind in (MONEY, NUMBER) and read.value == pytest.approx(value.total)
    elif isinstance(value, Duration):
        assert read.kind == DURATION and read.value == pytest.approx(value.seconds)
    else:
        assert isinstance(value, Number)
        assert read.value == pytest.approx(value.value)
    assert same_value(value, value)


def test_values_written_differently_are_the_same_value() -> None:
    assert same_value(Money(Number(40.0), "billion"), Money(Number(40.0), "bn"))
    assert same_value(Duration(1.0, "hour", "article"), Duration(60.0, "minute"))
    assert same_value(DateValue(5, 13, 2022), DateValue(5, 13, None, "dm"))
    assert not same_value(DateValue(5, 13, 2022), DateValue(5, 31, 2022))
    assert not same_value(Money(Number(40.0), "million"), Money(Number(40.0), "billion"))


@pytest.mark.parametrize(
    ("text", "one_second"),
    [
        ("They return in June for a second season.", False),
        ("She won a second term as mayor.", False),
        ("The door opened a second later.", True),
        ("Wait a second or two.", True),
        ("It was over in a second.", True),
    ],
)
def test_a_second_before_a_noun_is_the_second_of_them_to_both_readers(
    text: str, one_second: bool
) -> None:
    found = [f for f in find_durations(text) if f.text.lower() == "a second"]
    read = [m for m in scan(tokenize(text)) if m.kind == DURATION]
    assert bool(found) is one_second and bool(read) is one_second
