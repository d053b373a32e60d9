"""The rules of one game: order, answers, score, time and replays.

Pure: no user interface, the clock is injected so tests never sleep.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsquiz.grading import Verdict, grade
from newsquiz.pack.model import Pack, Question

Clock = Callable[[], float]
Grade = Callable[[Question, str], Verdict]


@dataclass(frozen=True)
class AnswerRecord:
    """One graded answer, as the game and the results store see it."""

    question: Question
    typed: str
    verdict: Verdict
    seconds: float
    attempt: int


Listener = Callable[[AnswerRecord], None]


class Session:
    """A game over some of a pack's questions, asked one at a time."""

    def __init__(
        self,
        pack: Pack,
        questions: Sequence[Question] | None = None,
        *,
        seed: int | None = None,
        clock: Clock = time.monotonic,
        grader: Grade = grade,
    ) -> None:
        self.pack = pack
        chosen = list(pack.questions if questions is None else questions)
        if seed is not None:
            random.Random(seed).shuffle(chosen)
        self.questions: tuple[Question, ...] = tuple(chosen)
        self.records: list[AnswerRecord] = []
        self._index = 0
        self._clock = clock
        self._grader = grader
        self._listeners: list[Listener] = []
        self._attempts: dict[str, int] = {}
        self.started_at = clock()
        self._shown_at = self.started_at
        self.finished_at: float | None = None

    def subscribe(self, listener: Listener) -> None:
        """Call `listener` with every answer the moment it is graded."""
        self._listeners.append(listener)

    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def position(self) -> int:
        """1-based number of the question being asked (or the last one)."""
        return min(self._index + 1, self.total)

    @property
    def current(self) -> Question | None:
        return self.questions[self._index] if self._index < self.total else None

    @property
    def answered_current(self) -> bool:
        current = self.current
        return bool(self.records) and current is not None and self.records[-1].question is current

    @property
    def finished(self) -> bool:
        return self._index >= self.total

    def submit(self, typed: str) -> AnswerRecord:
        question = self.current
        if question is None:
            raise RuntimeError("the session is over")
        if self.answered_current:
            raise RuntimeError(f"question {question.id} is already answered")
        verdict = self._grader(question, typed)
        attempt = self._attempts.get(question.id, 0) + 1
        self._attempts[question.id] = attempt
        record = AnswerRecord(question, typed, verdict, self._clock() - self._shown_at, attempt)
        self.records.append(record)
        for listener in self._listeners:
            listener(record)
        return record

    def advance(self) -> Question | None:
        """Go on to the next question; None when the game is over."""
        self._index += 1
        self._shown_at = self._clock()
        if self.finished and self.finished_at is None:
            self.finished_at = self._shown_at
        return self.current

    @property
    def score(self) -> float:
        return sum(r.verdict.score for r in self.records)

    @property
    def correct_count(self) -> int:
        return sum(1 for r in self.records if r.verdict.correct)

    @property
    def elapsed(self) -> float:
        end = self.finished_at if self.finished_at is not None else self._clock()
        return end - self.started_at

    def missed(self) -> tuple[Question, ...]:
        return tuple(r.question for r in self.records if not r.verdict.correct)

    def replay_missed(self) -> Session:
        """A new game over the questions this one got wrong, in the same order."""
        return Session(self.pack, self.missed(), clock=self._clock, grader=self._grader)
