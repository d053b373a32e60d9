"""Which way a vote went: `8-5 against` where the council voted 8-5 to approve the budget
names the tally and the other side. A tally typed with the side the question asks of
(`7 to 2 in favour` of a board that voted 7-2 to scrap the fees) is the tally; with the
other side it is another fact."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Literal

from newsquiz.facts.words import NUMBER_WORDS

Side = Literal["for", "against"]

_SIDES: tuple[tuple[tuple[str, ...], Side], ...] = (
    (("in", "favour"), "for"),
    (("in", "favor"), "for"),
    (("for",), "for"),
    (("against",), "against"),
)
_TALLY = re.compile(r"\d+[-–]\d+")
_JOINS = (("to",), ("votes", "to"))
# What a question asks of a vote that passed, or of one that failed (`By what margin did
# councillors approve …?`, `… was the motion defeated?`).
_PASSING = frozenset(
    {"approve", "approved", "approves", "adopt", "adopted", "adopts", "pass", "passed",
     "passes", "back", "backed", "backs", "endorse", "endorsed", "ratify", "ratified",
     "support", "supported", "favour", "favor"}
)  # fmt: skip
_FAILING = frozenset(
    {"reject", "rejected", "rejects", "defeat", "defeated", "oppose", "opposed", "against",
     "block", "blocked", "refuse", "refused", "down"}
)  # fmt: skip
_VOTING = frozenset({"vote", "voted", "votes", "voting"})


def asked_side(question: Sequence[str], key: Sequence[str]) -> Side | None:
    """The side the question asks the tally of: the key's own (`2-1 in favour`), else the
    question's words (`approve`, `vote to scrap`: for; `defeated`, `against`: against),
    else none (`How did the panel divide?`)."""
    said = _side_at_end(key)
    if said is not None:
        return said[0]
    words = set(question)
    failing, passing = not _FAILING.isdisjoint(words), not _PASSING.isdisjoint(words)
    voted_to = any(w in _VOTING and after == "to" for w, after in pairwise(question))
    if failing != (passing or voted_to):
        return "against" if failing else "for"
    return None


def typed_side(toks: Sequence[str]) -> tuple[Side, list[str]] | None:
    """The side typed after a tally that ends the answer (`8-5 against`, `four to two in
    favour`), with the answer's words without it; None where there is no such side."""
    said = _side_at_end(toks)
    if said is None:
        return None
    side, rest = said
    if not _ends_on_a_tally(rest):
        return None
    return side, rest


def _side_at_end(toks: Sequence[str]) -> tuple[Side, list[str]] | None:
    for words, side in _SIDES:
        if len(toks) > len(words) and tuple(toks[-len(words) :]) == words:
            return side, list(toks[: -len(words)])
    return None


def _ends_on_a_tally(toks: Sequence[str]) -> bool:
    if toks and _TALLY.fullmatch(toks[-1]):
        return True
    for join in _JOINS:
        size = len(join) + 2
        if len(toks) >= size:
            first, *middle, last = toks[-size:]
            if tuple(middle) == join and _a_count(first) and _a_count(last):
                return True
    return False


def _a_count(word: str) -> bool:
    return word.isdigit() or word in NUMBER_WORDS
