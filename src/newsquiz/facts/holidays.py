"""Days of the year known by a name that falls on the same date every year (`New Year's
Eve`, `Valentine's Day`): read as that month and day. Days whose date moves (Easter,
Thanksgiving) or differs between countries (Independence Day) are left out."""

from __future__ import annotations

from functools import cache

from newsquiz.facts.text import tokenize
from newsquiz.facts.world import table_rows


@cache
def _fixed_days() -> tuple[dict[tuple[str, ...], tuple[str, str]], int, frozenset[str]]:
    """The folded words of each name with its month and day (`facts/data/fixed-days.tsv`),
    the longest name's length and the names' first words: read when a date is first graded,
    not when the grader is imported."""
    days = {
        tuple(tokenize(name)): (month, day) for name, month, day in table_rows("fixed-days.tsv", 3)
    }
    return days, max(len(name) for name in days), frozenset(name[0] for name in days)


def fixed_days_as_dates(toks: list[str]) -> list[str]:
    """The tokens with each fixed day's name written as its month and day (`new year day
    2024` as `january 1 2024`)."""
    days, longest, first_words = _fixed_days()
    if not any(t in first_words for t in toks):
        return toks
    out: list[str] = []
    at = 0
    while at < len(toks):
        for size in range(longest, 0, -1):
            date = days.get(tuple(toks[at : at + size]))
            if date is not None:
                out.extend(date)
                at += size
                break
        else:
            out.append(toks[at])
            at += 1
    return out
