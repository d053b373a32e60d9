"""Drill rules: every fact is met until it is answered right, or shown and retired.

A drill is a Session, so screens drive it with the same calls as any game
(`current`, `submit`, `advance`, `expire`, `remaining`, `subscribe`):

- a missed question (wrong, partly right, or out of time) comes back `gap` questions later
  in the same run, until it is answered right;
- after `tries` misses it is retired: the screen shows its citation and it is not asked again;
- `count` asks a random subset; `seed` fixes the subset and the order, so a whole class that
  shares a seed gets the same drill;
- `time_limit` gives each question that many seconds on the injected clock.
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence

from newsquiz.pack.model import Pack, Question
from newsquiz.session import AnswerRecord, Clock, Grade, Session, grade_answer

DEFAULT_TRIES = 3
DEFAULT_GAP = 2


def plan_drill(
    questions: Sequence[Question], count: int | None = None, seed: int | None = None
) -> tuple[Question, ...]:
    """The questions a drill asks, in order: shuffled, then the first `count` of them.

    The same seed always gives the same subset in the same order; no seed gives a fresh one.
    """
    if count is not None and count < 1:
        raise ValueError("a drill needs at least one question")
    chosen = list(questions)
    random.Random(seed).shuffle(chosen)
    return tuple(chosen if count is None else chosen[:count])


def comeback_index(queue_length: int, answered_index: int, gap: int) -> int:
    """Where a missed question goes back in the queue: after `gap` others, or last."""
    return min(answered_index + 1 + gap, queue_length)


class DrillSession(Session):
    """A game that repeats missed questions until each is answered right or retired."""

    def __init__(
        self,
        pack: Pack,
        *,
        count: int | None = None,
        seed: int | None = None,
        tries: int = DEFAULT_TRIES,
        gap: int = DEFAULT_GAP,
        time_limit: float | None = None,
        clock: Clock = time.monotonic,
        grader: Grade = grade_answer,
    ) -> None:
        if tries < 1:
            raise ValueError("a drill allows at least one try per question")
        if gap < 0:
            raise ValueError("the gap before a missed question returns cannot be negative")
        super().__init__(
            pack,
            plan_drill(pack.questions, count, seed),
            clock=clock,
            grader=grader,
            time_limit=time_limit,
        )
        self.tries = tries
        self.gap = gap
        self.drilled: tuple[Question, ...] = self.questions  # each fact once, in first order
        self.mastered: list[Question] = []  # answered right, in the order it happened
        self.retired: list[Question] = []  # missed `tries` times: shown with citation

    def _graded(self, record: AnswerRecord) -> None:
        question = record.question
        if record.verdict.correct:
            self.mastered.append(question)
        elif record.attempt >= self.tries:
            self.retired.append(question)
        else:
            queue = list(self.questions)
            queue.insert(comeback_index(len(queue), self._index, self.gap), question)
            self.questions = tuple(queue)

    def comes_back(self, record: AnswerRecord) -> bool:
        """This answer was missed and its question will be asked again."""
        return not record.verdict.correct and record.attempt < self.tries

    def retires(self, record: AnswerRecord) -> bool:
        """This answer used the last try: show the citation; the question is not asked again."""
        return not record.verdict.correct and record.attempt >= self.tries

    @property
    def score(self) -> float:
        """First attempts only, as in the teacher's report: repeats teach, they do not score."""
        return sum(r.verdict.score for r in self.records if r.attempt == 1)

    @property
    def right_first_time(self) -> int:
        return sum(1 for r in self.records if r.attempt == 1 and r.verdict.correct)

    @property
    def remaining_facts(self) -> int:
        """Questions not yet answered right nor retired."""
        return len(self.drilled) - len(self.mastered) - len(self.retired)
