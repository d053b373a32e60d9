"""People: the surname is enough; titles are ignored; spellings and typos forgiven.

A first name alone is wrong, and so is any other name beside the right one
(`Kirby and Milley`, `Mark Austin`): the answer must name this person and no one else.
"""

from __future__ import annotations

from newsquiz.grading.kinds import Matcher
from newsquiz.grading.kinds.common import Context, denied_positions, hedged
from newsquiz.grading.normalize import CLOSE, EXACT, same_word, tokenize
from newsquiz.grading.verdict import Verdict, correct, incorrect
from newsquiz.grading.vocab import FILLERS, NAME_SUFFIXES, TITLES

_PARTICLES = frozenset({"de", "van", "von", "der", "al", "el", "bin", "da", "di", "le", "la", "du"})


def name_parts(key: str) -> tuple[str, list[str]]:
    """(surname, other names) of a key such as `Gen. Mark Milley` or `Milley, Mark`."""
    toks = [t for t in tokenize(key) if t[0].isalpha() or t == ","]
    if "," in toks:
        comma = toks.index(",")
        toks = toks[comma + 1 :] + toks[:comma]
    words = [t for t in toks if t != "," and t not in TITLES]
    if not words:
        words = [t for t in toks if t != ","]
    return words[-1], [w for w in words[:-1] if w not in _PARTICLES]


def display_surname(key: str) -> str:
    pieces = [p.strip(".,") for p in key.replace(",", " ").split()]
    folded = name_parts(key)[0]
    for piece in pieces:
        if tokenize(piece) == [folded]:
            return piece
    return pieces[-1] if pieces else key


def compile_person(key: str, ctx: Context) -> Matcher | None:
    surname, given = name_parts(key)
    shown = display_surname(key)
    parts = {surname, *given}
    plain = (FILLERS | TITLES | _PARTICLES | NAME_SUFFIXES) - parts
    echoes = ctx.words - plain - parts

    def match(toks: list[str]) -> Verdict:
        denied = denied_positions(toks)
        surname_hit: int | None = None
        given_hit = False
        others = 0
        echoed = 0
        for index, token in enumerate(toks):
            if not token[0].isalpha():
                continue
            hit = same_word(token, surname)
            if hit is not None:
                if index not in denied and (surname_hit is None or hit < surname_hit):
                    surname_hit = hit
                continue
            if any(same_word(token, g) is not None for g in given):
                given_hit = True
                continue
            if token in plain or index in denied or len(token) == 1:
                continue
            if token in echoes:
                echoed += 1
                continue
            others += 1
        if surname_hit is None:
            return incorrect("the surname is needed" if given_hit else None)
        if others or (echoed and hedged(toks)):
            return incorrect("name one person")
        if surname_hit == CLOSE:
            return correct(f"close: {shown}", close=True)
        assert surname_hit == EXACT
        return correct()

    return match
