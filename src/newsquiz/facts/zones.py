"""Time zones written after a time of day (`18:07 UTC`, `6:07 pm Indian Standard Time`):
which zone a time is given in is part of the fact."""

from __future__ import annotations

from functools import cache
from importlib import resources

from newsquiz.facts.text import words_of


@cache
def _zones() -> tuple[dict[str, str], dict[tuple[str, ...], str]]:
    """Abbreviations (`ist`), and the names each stands for, to their abbreviation."""
    text = resources.files("newsquiz.facts").joinpath("data", "time-zones.tsv")
    abbreviations: dict[str, str] = {}
    names: dict[tuple[str, ...], str] = {}
    for line in text.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        abbreviation, _, others = line.partition("\t")
        zone = abbreviation.strip().lower()
        abbreviations[zone] = zone
        for name in others.split(";"):
            words = words_of(name)
            if len(words) == 1:
                abbreviations[words[0]] = zone  # `PHST`
            elif words:
                names[words] = zone
    return abbreviations, names


def zone_after(toks: list[str] | tuple[str, ...], index: int) -> str | None:
    """The zone written at toks[index], straight after a time (`UTC`, `Japan Standard
    Time`), as its abbreviation."""
    abbreviations, names = _zones()
    for words, zone in names.items():
        if tuple(toks[index : index + len(words)]) == words:
            return zone
    return abbreviations.get(toks[index]) if index < len(toks) else None


def zones_in(words: frozenset[str]) -> frozenset[str]:
    """Every zone a set of words names, by its abbreviation or its whole name (a question's
    `Indian Standard Time`, an accepted answer's `UTC`)."""
    abbreviations, names = _zones()
    found = {abbreviations[w] for w in words if w in abbreviations}
    found.update(zone for name, zone in names.items() if words.issuperset(name))
    return frozenset(found)
