"""What the grader says about one answer."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache


class Outcome(StrEnum):
    CORRECT = "correct"
    PARTIAL = "partial"
    INCORRECT = "incorrect"


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    score: float  # in [0, 1]
    reason: str | None = None
    # Right, but not spelt as the key spells it: show the player the right spelling.
    close: bool = False

    @property
    def correct(self) -> bool:
        return self.outcome is Outcome.CORRECT

    @property
    def label(self) -> str:
        if self.outcome is Outcome.CORRECT:
            return "Close enough" if self.close else "Correct"
        if self.outcome is Outcome.PARTIAL:
            return "Partly right"
        return "Wrong"


# Verdicts are immutable and graders give the same few again and again (each remembered
# answer keeps one): one object for each, from a bounded cache, rather than a new one each
# time for every garbage collection to walk.
@lru_cache(maxsize=4096)
def correct(reason: str | None = None, close: bool = False) -> Verdict:
    return Verdict(Outcome.CORRECT, 1.0, reason, close)


@lru_cache(maxsize=4096)
def incorrect(reason: str | None = None) -> Verdict:
    return Verdict(Outcome.INCORRECT, 0.0, reason)


@lru_cache(maxsize=4096)
def partial(score: float, reason: str | None = None) -> Verdict:
    return Verdict(Outcome.PARTIAL, round(score, 3), reason)
