"""Two things set in an order by a word of place or time (`weathered rock under a layer of
soft clay`, `the audit before the vote`): typed the other way round with a word of the same
direction (`soft clay under weathered rock`), the answer says the opposite of the article,
however many of its words it shares. So does one that gives each of two things the word the
key sets before the other (`a diesel leak next to a gas generator` for a gas leak next to a
diesel generator)."""

from __future__ import annotations

from newsquiz.facts.text import tokenize
from newsquiz.facts.words import FILLERS
from newsquiz.grading.kinds import Matcher
from newsquiz.grading.normalize import stem
from newsquiz.grading.verdict import Verdict, incorrect

# Words that set one thing against another, by the direction they set it in.
_DIRECTION = {
    **dict.fromkeys(("under", "beneath", "below", "underneath"), "down"),
    **dict.fromkeys(("above", "over", "atop"), "up"),
    **dict.fromkeys(("before",), "earlier"),
    **dict.fromkeys(("after",), "later"),
}
# Words of a phrase that say nothing of what it names (`a layer of`).
_EMPTY = FILLERS | frozenset({"layer", "layers", "bed", "band", "sheet"})


def with_relation_order(match: Matcher, key: str) -> Matcher:
    """`match`, but wrong where the answer sets the key's two sides the other way round."""
    sides = _sides(tokenize(key))
    if sides is None:
        return match
    direction, before, after = sides

    def ordered(toks: list[str]) -> Verdict:
        typed = _sides(toks)
        if typed is not None and typed[0] == direction:
            typed_before, typed_after = typed[1], typed[2]
            if typed_before & after and typed_after & before and not typed_before & before:
                return incorrect("that is the other way round")
        return match(toks)

    return ordered


def _sides(toks: list[str]) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """The direction of the first word of order, with the stems of the words on each side
    of it; None where no such word stands between two things."""
    at = next((i for i, t in enumerate(toks) if t in _DIRECTION), None)
    if at is None:
        return None
    before = _stems(toks[:at])
    after = _stems(toks[at + 1 :])
    if not before or not after:
        return None
    return _DIRECTION[toks[at]], before, after


def _stems(toks: list[str]) -> frozenset[str]:
    return frozenset(stem(t) for t in toks if t.isalpha() and t not in _EMPTY)


def with_modifiers_kept(match: Matcher, key: str) -> Matcher:
    """`match`, but wrong where the answer sets before one of the key's things the word the
    key sets before another of them (`a diesel leak` where the diesel is the generator's)."""
    modifier_of = _modifiers(tokenize(key))
    if len(modifier_of) < 2:
        return match
    modifiers = set(modifier_of.values())
    if len(modifiers) < len(modifier_of):
        return match  # one word before two things: no swap to tell

    def kept(toks: list[str]) -> Verdict:
        typed = _modifiers(toks)
        for head, modifier in typed.items():
            own = modifier_of.get(head)
            if own is None or modifier == own or modifier not in modifiers:
                continue
            # Swapped both ways: the other thing takes this one's word.
            other = next(h for h, m in modifier_of.items() if m == modifier)
            if typed.get(other) == own:
                return incorrect("that gives each the other's word")
        return match(toks)

    return kept


def _modifiers(toks: list[str]) -> dict[str, str]:
    """The first two words of each run of words that are not fillers, by the stem of the
    second: the stem of the first (`a gas leak next to`: leak, gas)."""
    found: dict[str, str] = {}
    for index in range(1, len(toks)):
        before, word = toks[index - 1], toks[index]
        if _a_word(before) and _a_word(word) and (index < 2 or not _a_word(toks[index - 2])):
            found.setdefault(stem(word), stem(before))
    return found


def _a_word(token: str) -> bool:
    return token.isalpha() and token not in FILLERS
