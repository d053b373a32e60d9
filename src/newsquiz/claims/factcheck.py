"""The rules of a fact-check round, as a session: pure, clock injected.

Each claim is judged true or false; after "false" the player gives the value
the article really states, graded by the question's own grader. Full marks
for a right call (and, on a false claim, the right value); half for spotting
a false claim without the right value; nothing for a wrong call.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from newsquiz.claims.model import Claim
from newsquiz.grading import Verdict, grade
from newsquiz.grading.verdict import correct, incorrect, partial
from newsquiz.pack.model import Pack, Question
from newsquiz.session import Clock, Grade, Tally

# What spotting a false claim is worth when the corrected value is wrong or missing.
SPOTTED_SCORE = 0.5


class Phase(StrEnum):
    JUDGE = "judge"  # waiting for true or false
    CORRECT = "correct"  # the player said false: waiting for the right value
    ANSWERED = "answered"  # this claim is settled: show feedback, then advance
    OVER = "over"


@dataclass(frozen=True)
class FactCheckRecord:
    """One settled claim, as the game, the review and the results store see it."""

    claim: Claim
    said_true: bool
    correction: str | None  # the value the player typed after "false"
    correction_verdict: Verdict | None  # the question's grader on that value
    verdict: Verdict  # the call as a whole: correct, partial (spotted only) or incorrect
    seconds: float

    @property
    def question(self) -> Question:
        return self.claim.question

    @property
    def typed(self) -> str:
        """The player's answer as one line: `true`, `false`, or `false, <value>`."""
        if self.said_true:
            return "true"
        return f"false, {self.correction}" if self.correction else "false"

    @property
    def attempt(self) -> int:
        return 1  # a claim is judged once (a replay is another round)

    @property
    def call_right(self) -> bool:
        return self.said_true == self.claim.truth


class FactCheckSession(Tally[Claim, FactCheckRecord]):
    """A round of claims, judged one at a time."""

    def __init__(
        self,
        pack: Pack,
        claims: Sequence[Claim],
        *,
        clock: Clock = time.monotonic,
        grader: Grade = grade,
    ) -> None:
        self.pack = pack
        self.claims: tuple[Claim, ...] = tuple(claims)
        self._said_true: bool | None = None
        self._grader = grader
        self._begin(clock)
        if not self.claims:
            self.finished_at = self.started_at

    def _items(self) -> Sequence[Claim]:
        return self.claims

    @property
    def phase(self) -> Phase:
        if self.finished:
            return Phase.OVER
        if len(self.records) > self._index:  # one record per settled claim, in order
            return Phase.ANSWERED
        return Phase.CORRECT if self._said_true is False else Phase.JUDGE

    def judge(self, says_true: bool) -> FactCheckRecord | None:
        """The player's call. Settles the claim unless it asks for a correction
        (the player said false): then `correct()` settles it."""
        if self.phase is not Phase.JUDGE:
            raise RuntimeError(f"cannot judge now: the round is at {self.phase}")
        claim = self.current
        assert claim is not None
        if says_true:
            verdict = correct() if claim.truth else incorrect("the claim is false")
            return self._settle(claim, True, None, None, verdict)
        if claim.truth:
            return self._settle(claim, False, None, None, incorrect("the claim is true"))
        self._said_true = False
        return None

    def correct(self, typed: str) -> FactCheckRecord:
        """The value the player says the article really gives (may be empty)."""
        if self.phase is not Phase.CORRECT:
            raise RuntimeError(f"no correction asked for: the round is at {self.phase}")
        claim = self.current
        assert claim is not None
        typed = typed.strip()
        value_verdict = self._grader(claim.question, typed) if typed else None
        if value_verdict is not None and value_verdict.correct:
            verdict = correct()
        else:
            earned = value_verdict.score if value_verdict else 0.0
            score = SPOTTED_SCORE + (1 - SPOTTED_SCORE) * earned
            verdict = partial(
                score, f"spotted the false claim; the article says {claim.true_value}"
            )
        return self._settle(claim, False, typed or None, value_verdict, verdict)

    def _settle(
        self,
        claim: Claim,
        said_true: bool,
        correction: str | None,
        correction_verdict: Verdict | None,
        verdict: Verdict,
    ) -> FactCheckRecord:
        record = FactCheckRecord(
            claim,
            said_true,
            correction,
            correction_verdict,
            verdict,
            self._clock() - self._shown_at,
        )
        self.records.append(record)
        self._said_true = None
        self._announce(record)
        return record

    def advance(self) -> Claim | None:
        """On to the next claim; None when the round is over."""
        if self.phase is not Phase.ANSWERED:
            raise RuntimeError(f"the current claim is not settled: the round is at {self.phase}")
        self._index += 1
        self._show_next(self.finished)
        return self.current

    def missed(self) -> tuple[Claim, ...]:
        return tuple(r.claim for r in self.records if not r.verdict.correct)

    def replay_missed(self) -> FactCheckSession:
        """A new round over the claims this one did not get fully right, in the same order."""
        replay = FactCheckSession(self.pack, self.missed(), clock=self._clock, grader=self._grader)
        replay.is_replay = True
        return replay
