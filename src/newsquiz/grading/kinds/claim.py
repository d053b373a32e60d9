"""True or false, in the usual words; a negated word means its opposite.

Only the first clause is the verdict: `false, it was Roe` is a correction.
"""

from __future__ import annotations

from newsquiz.facts.truth import read_truth
from newsquiz.grading.kinds import Matcher
from newsquiz.grading.kinds.common import Context
from newsquiz.grading.verdict import Verdict, correct, incorrect


def compile_claim(key: str, ctx: Context) -> Matcher | None:
    key_truth = read_truth([key.strip().lower()])
    if key_truth is None:
        return None

    negated_claim = not _DENIALS.isdisjoint(ctx.words)
    restatable = ctx.words | ({"yet"} if "already" in ctx.words else set())

    def match(toks: list[str]) -> Verdict:
        said = read_truth(toks)
        if said is None:
            said = _restated(toks, restatable, negated_claim)
        if said is None:
            return incorrect("answer true or false")
        return correct() if said == key_truth else incorrect()

    return match


_DENIALS = frozenset({"not", "never"})


def _restated(toks: list[str], question: frozenset[str] | set[str], negated: bool) -> bool | None:
    """`not related` for "…are related": the claim's own words, denied, deny it (and
    affirm a claim that itself says `not`); `not yet` denies `already`."""
    words = [t for t in toks if t[0].isalpha()]
    if len(words) < 2 or words[0] not in _DENIALS:
        return None
    if all(w in question for w in words[1:]):
        return negated
    return None
