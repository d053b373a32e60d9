"""Days of the year known by a name that falls on the same date every year (`New Year's
Eve`, `Valentine's Day`): read as that month and day. Days whose date moves (Easter,
Thanksgiving) or differs between countries (Independence Day) are left out."""

from __future__ import annotations

from importlib import resources

from newsquiz.facts.text import tokenize


def _read() -> dict[tuple[str, ...], tuple[str, str]]:
    days: dict[tuple[str, ...], tuple[str, str]] = {}
    text = resources.files("newsquiz.facts").joinpath("data", "fixed-days.tsv")
    for line in text.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, month, day = line.split("\t")
            days[tuple(tokenize(name))] = (month, day)
    return days


# Folded words of each name, with its month and day (`facts/data/fixed-days.tsv`).
_FIXED_DAYS = _read()
_LONGEST = max(len(name) for name in _FIXED_DAYS)
_FIRST_WORDS = frozenset(name[0] for name in _FIXED_DAYS)


def fixed_days_as_dates(toks: list[str]) -> list[str]:
    """The tokens with each fixed day's name written as its month and day (`new year day
    2024` as `january 1 2024`)."""
    if not any(t in _FIRST_WORDS for t in toks):
        return toks
    out: list[str] = []
    at = 0
    while at < len(toks):
        for size in range(_LONGEST, 0, -1):
            date = _FIXED_DAYS.get(tuple(toks[at : at + size]))
            if date is not None:
                out.extend(date)
                at += size
                break
        else:
            out.append(toks[at])
            at += 1
    return out
