"""Reading a verdict of true or false in the usual words; a negated word means its opposite.

Only the first clause is the verdict: `false, it was Roe` is a correction.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

from newsquiz.facts.words import FILLERS

TRUE_WORDS = frozenset(
    {"true", "yes", "correct", "right", "accurate", "yep", "yeah", "yup", "agree", "indeed",
     "certainly", "affirmative", "real", "fact", "factual", "exactly", "truth"}
)  # fmt: skip
FALSE_WORDS = frozenset(
    {"false", "incorrect", "wrong", "untrue", "inaccurate", "nope", "nah", "fake", "disagree",
     "negative", "lie", "fiction", "myth", "falsehood", "bogus", "mistaken", "misleading"}
)  # fmt: skip
_FIRST_ONLY = {"t": True, "y": True, "f": False, "n": False, "no": False}
_NEGATORS = frozenset({"not", "never", "hardly"})
# `no idea` is no answer at all; `no or yes` is a hedge.
_NOT_A_VERDICT = frozenset({"idea", "clue", "comment", "answer", "or", "/", "either"})


# `partly true`, `probably false`, `kind of true`: a verdict held back is no verdict.
_HELD_BACK = frozenset(
    {"partly", "partially", "half", "mostly", "largely", "somewhat", "semi", "mainly", "kinda",
     "sorta", "arguably", "possibly", "maybe", "perhaps", "technically"}
)  # fmt: skip
# `not entirely true`: a denial of the whole is a verdict on a part.
_WHOLLY = frozenset({"entirely", "completely", "wholly", "totally", "fully", "quite", "exactly",
                     "altogether", "strictly", "100"})  # fmt: skip

# `the claim is totally false`: a verdict comes after a few words at most.
_MOST_BEFORE_VERDICT = 2

_TYPO_TARGETS = {"true": True, "false": False, "correct": True, "incorrect": False}


def _truth_word(token: str) -> bool | None:
    """True for a word meaning true (`tru`, `flase` forgiven), False for false, else None."""
    if token in TRUE_WORDS:
        return True
    if token in FALSE_WORDS:
        return False
    if len(token) < 3 or not token.isalpha():
        return None
    for word, truth in _TYPO_TARGETS.items():
        if word[0] == token[0] and OSA.distance(token, word) <= 1:
            return truth
    return None


def read_truth(toks: list[str]) -> bool | None:
    """True, False, or None when the answer gives no verdict (or hedges)."""
    if not toks:
        return None
    first = toks[0]
    verdict: bool | None = None
    if first in _FIRST_ONLY and (
        len(toks) == 1
        or toks[1] in (",", "it", "that", "this")
        # `no they refused`, `no direct change`: a leading `no` is the verdict
        or (first == "no" and toks[1] not in _NOT_A_VERDICT)
    ):
        verdict = _FIRST_ONLY[first]
        rest = toks[1:]
    else:
        negations = 0
        leading = 0  # words of the clause before the verdict that are not small words
        rest = []
        for index, token in enumerate(toks):
            if token == ",":
                break
            if token in _NEGATORS:
                negations += 1
            else:
                truth = _truth_word(token)
                if truth is None:
                    leading += token[0].isalpha() and token not in FILLERS
                    continue
                if leading > _MOST_BEFORE_VERDICT:
                    break  # `the jet flew on its right engine`: a word of a sentence
                before = toks[max(0, index - _MOST_BEFORE_VERDICT - 1) : index]
                if not _HELD_BACK.isdisjoint(before) or before[-2:] in (
                    ["kind", "of"],
                    ["sort", "of"],
                ):
                    return None  # `partly true`, `kind of false`
                if negations and not _WHOLLY.isdisjoint(before):
                    return None  # `not entirely true`
                verdict = truth != (negations % 2 == 1)
                rest = toks[index + 1 :]
                break
    if verdict is None:
        return None
    if rest[:1] == ["ish"]:
        return None  # `true-ish`
    # `true or false`, `true/false`: a hedge, not a verdict; `yes and no`, `true but
    # false`: both at once, which is none.
    if (
        rest[:1] in (["or"], ["/"], ["and"], ["&"], ["but"])
        and len(rest) > 1
        and (rest[0] in ("or", "/") or _opposite_follows(rest[1:], verdict))
    ):
        return None
    return verdict


def _opposite_follows(rest: list[str], verdict: bool) -> bool:
    """The words after `and`/`but` open with the other verdict: `yes and no`."""
    negations = 0
    for token in rest[:3]:
        if token in _NEGATORS:
            negations += 1
            continue
        truth = _FIRST_ONLY.get(token) if token in ("no", "n") else _truth_word(token)
        if truth is None:
            return False
        return (truth != (negations % 2 == 1)) != verdict
    return False
