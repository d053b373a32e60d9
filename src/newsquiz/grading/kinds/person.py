"""People: the surname is enough; titles are ignored; spellings and typos forgiven.

A first name alone is wrong, and so is any other name beside the right one
(`Kirby and Milley`, `Mark Austin`): the answer must name this person and no one else.
"""

from __future__ import annotations

import re

from newsquiz.facts.text import tokenize
from newsquiz.facts.words import FILLERS
from newsquiz.grading.kinds import Matcher
from newsquiz.grading.kinds.common import Context, denied_positions, hedged
from newsquiz.grading.normalize import CLOSE, EXACT, same_word
from newsquiz.grading.verdict import Verdict, correct, incorrect
from newsquiz.grading.vocab import NAME_SUFFIXES, TITLES

_PARTICLES = frozenset({"de", "van", "von", "der", "al", "el", "bin", "da", "di", "le", "la", "du"})

# Slavic surnames change their ending with gender: Zelensky and Zelenska (Zelenskaya),
# Chizhov and Chizhova, Putin and Putina are two people, never a typo of each other.
_MASCULINE = re.compile(r"(.+(?:sk|ck|tsk))(?:iy|yy|yi|ii|ij|yj|y|i)$|(.+(?:ov|ev|in|yn))$")
_FEMININE = re.compile(r"(.+(?:sk|ck|tsk))(?:aya|aia|a)$|(.+(?:ov|ev|in|yn))a$")
# A father's name beside a full name (Vladimir Vladimirovich Putin, Oleksiy Yuriyovych
# Reznikov) is part of the name, not another person; alone it is not the surname.
_PATRONYMIC = re.compile(r".{3,}(?:ovich|evich|ovych|evych|ovna|evna|ivna|ichna)$")


def _stem_of(pattern: re.Pattern[str], word: str) -> str | None:
    found = pattern.match(word)
    return None if found is None else (found.group(1) or found.group(2))


_gendered: dict[tuple[str, str], bool] = {}


def gendered_form(typed: str, surname: str) -> bool:
    """`Zelenska` for `Zelensky` (or the other way round): the same family, another person."""
    pair = (typed, surname)
    known = _gendered.get(pair)
    if known is None:
        known = _gendered_form(typed, surname)
        if len(_gendered) < 100_000:
            _gendered[pair] = known
    return known


def _gendered_form(typed: str, surname: str) -> bool:
    for masculine, feminine in ((typed, surname), (surname, typed)):
        stem_m, stem_f = _stem_of(_MASCULINE, masculine), _stem_of(_FEMININE, feminine)
        if stem_m and stem_f and same_word(stem_f, stem_m) is not None:
            return True
    return False


def patronymic(word: str) -> bool:
    return _PATRONYMIC.match(word) is not None


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
        relative: str | None = None
        for index, token in enumerate(toks):
            if not token[0].isalpha():
                continue
            if patronymic(token) and not patronymic(surname):
                continue
            if gendered_form(token, surname):
                if index not in denied:
                    relative = token  # another member of the family
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
        if relative is not None:
            return incorrect(f"{relative.capitalize()} is another person")
        if surname_hit is None:
            return incorrect("the surname is needed" if given_hit else None)
        if others or (echoed and hedged(toks)):
            return incorrect("name one person")
        if surname_hit == CLOSE:
            return correct(f"close: {shown}", close=True)
        assert surname_hit == EXACT
        return correct()

    return match
