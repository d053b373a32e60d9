"""Shares of a whole as reports write them: `two-thirds`, `about a quarter`, `half`,
`one in four`, `3 out of 10`, `40%`, `2/3`.

A share is one fact however it is written, so `a third` and `33%` agree and `a third`
and `two-thirds` do not. A fraction of a scale or a unit (`half a million`, `a quarter of
an hour`) is an amount, not a share, and is left to the number reader.
"""

from __future__ import annotations

import re

from newsquiz.facts.numbers import read_digits
from newsquiz.facts.units import unit_at
from newsquiz.facts.words import SCALES, TIME_UNITS, UNITS

# Denominators by the word that names them; a singular ordinal (`third`) is a share only
# after `a`, `one` or another count, since `the third` is an ordinal.
_PARTS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}  # fmt: skip
_ONE = frozenset({"a", "an", "one"})
_OUT_OF = re.compile(r"([1-9]\d?)/([2-9]|[1-9]\d)")
# Two shares closer than this are one share written two ways (`a third`, `33%`, `0.34`).
SAME_SHARE = 0.011


def shares(toks: list[str]) -> list[float]:
    """Every share of a whole the tokens state, as a fraction of one."""
    found: list[float] = []
    for at, token in enumerate(toks):
        share = _share_at(toks, at, token)
        if share is not None and 0 < share <= 1:
            found.append(share)
    return found


def same_share(a: float, b: float) -> bool:
    return abs(a - b) <= SAME_SHARE


def _share_at(toks: list[str], at: int, token: str) -> float | None:
    if token in ("%", "percent") or (token == "per" and _next(toks, at) == "cent"):
        return _percent(toks, at)
    if token == "in" or (token == "out" and _next(toks, at) == "of"):
        return _one_in(toks, at)
    fraction = _OUT_OF.fullmatch(token)
    if fraction is not None and int(fraction[1]) < int(fraction[2]):
        return int(fraction[1]) / int(fraction[2])
    if token not in _PARTS or _of_an_amount(toks, at + 1):
        return None
    count = _count(toks[at - 1]) if at else None
    if count is None:
        return 0.5 if token == "half" else None
    return count / _PARTS[token]


def _percent(toks: list[str], at: int) -> float | None:
    if at == 0:
        return None
    value, ordinal = read_digits(toks[at - 1])
    return value / 100 if value is not None and not ordinal else None


def _one_in(toks: list[str], at: int) -> float | None:
    """`one in four`, `3 out of 10`: a count of a count."""
    after = at + 2 if toks[at] == "out" else at + 1
    if at == 0 or after >= len(toks):
        return None
    part, whole = _count(toks[at - 1]), _count(toks[after])
    if part is None or whole is None or whole <= part or whole > 1000:
        return None
    if after + 1 < len(toks) and toks[after + 1] in SCALES:
        return None  # `one in four million` is a chance, not a share of a whole
    return part / whole


def _count(token: str) -> float | None:
    if token in _ONE:
        return 1.0
    if token in UNITS:
        return float(UNITS[token])
    value, ordinal = read_digits(token)
    if value is None or ordinal or not value.is_integer():
        return None
    return value


def _of_an_amount(toks: list[str], at: int) -> bool:
    """`half a billion`, `a quarter of an hour`, `half a mile`: an amount, not a share."""
    while at < len(toks) and toks[at] in ("of", "a", "an"):
        at += 1
    if at >= len(toks):
        return False
    word = toks[at]
    return (
        word in SCALES
        or word in ("hundred", "dozen", "century", "decade")
        or word in TIME_UNITS
        or unit_at(toks, at) is not None
    )


def _next(toks: list[str], at: int) -> str | None:
    return toks[at + 1] if at + 1 < len(toks) else None
