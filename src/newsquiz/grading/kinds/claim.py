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

    def match(toks: list[str]) -> Verdict:
        said = read_truth(toks)
        if said is None:
            return incorrect("answer true or false")
        return correct() if said == key_truth else incorrect()

    return match
