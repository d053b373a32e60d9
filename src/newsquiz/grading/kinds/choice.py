"""Multiple choice: the letter (`a`, `B`, `c)`, `(d)`) or the choice's text, typos forgiven."""

from __future__ import annotations

from newsquiz.grading.kinds import Matcher
from newsquiz.grading.kinds.common import Context, hedged
from newsquiz.grading.kinds.text import compile_text
from newsquiz.grading.verdict import Verdict, correct, incorrect
from newsquiz.grading.vocab import FILLERS

_LEAD = (FILLERS - {"a"}) | {"option", "choice", "letter", ",", "answer"}


def compile_choice(key: str, choices: tuple[str, ...], ctx: Context) -> Matcher:
    if key not in choices:
        return compile_text(key, ctx)
    key_index = choices.index(key)
    matchers = [compile_text(choice, ctx) for choice in choices]

    def match(toks: list[str]) -> Verdict:
        rest = [t for t in toks if t not in _LEAD]
        if len(rest) == 1 and len(rest[0]) == 1 and rest[0].isalpha():
            index = ord(rest[0]) - ord("a")
            if index >= len(choices):
                return incorrect(f"choose a letter from a to {chr(ord('a') + len(choices) - 1)}")
            return correct() if index == key_index else incorrect()
        if hedged(toks):
            return incorrect("choose one")
        verdicts = [m(toks) for m in matchers]
        right = [i for i, v in enumerate(verdicts) if v.correct]
        if right == [key_index]:
            return verdicts[key_index]
        if len(right) > 1 and key_index in right:
            return incorrect("choose one")
        return incorrect()

    return match
