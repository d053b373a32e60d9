"""Names written first (Korean, Chinese) in their other romanisations: `Pak` and `Bak` for
Park, `Choe` for Choi, `Chi-hun` for Ji-hoon. One family name's spellings come from a
generic table (`facts/data/surname-romanisations.tsv`); a given name's syllables are
compared by the sounds romanisations write differently (ch, j; k, g; t, d; p, b; eo, u; oo,
u)."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from newsquiz.facts.text import fold_text


@cache
def _families() -> dict[str, frozenset[int]]:
    """Each spelling, with the lines (families) it is a spelling of."""
    text = resources.files("newsquiz.facts").joinpath("data", "surname-romanisations.tsv")
    found: dict[str, set[int]] = {}
    lines = [line for line in text.read_text(encoding="utf-8").splitlines() if line.strip()]
    for number, line in enumerate(lines):
        if line.startswith("#"):
            continue
        for spelling in line.split("\t"):
            found.setdefault(fold_text(spelling), set()).add(number)
    return {spelling: frozenset(lines) for spelling, lines in found.items()}


def same_family_name(a: str, b: str) -> bool:
    """`pak` and `park`, `choe` and `choi`: one family name, romanised two ways."""
    if a == b:
        return True
    families = _families()
    return not families.get(a, frozenset()).isdisjoint(families.get(b, frozenset({-1})))


def is_romanised_family_name(word: str) -> bool:
    return word in _families()


_SOUNDS = (
    ("eo", "u"), ("eu", "u"), ("oo", "u"), ("ou", "u"), ("ee", "i"), ("ae", "e"),
    ("tch", "j"), ("ch", "j"), ("sh", "s"), ("k", "g"), ("t", "d"), ("p", "b"), ("r", "l"),
)  # fmt: skip
_DOUBLED = re.compile(r"([a-z])\1")


@cache
def romanised_sound(syllables: str) -> str:
    """What a romanised given name (`jihoon`, `chi hun`, `seong min`) sounds like, the same
    for its common spellings: `jihun`."""
    text = syllables.replace(" ", "").replace("-", "")
    for written, sound in _SOUNDS:
        text = text.replace(written, sound)
    return _DOUBLED.sub(r"\1", text)
