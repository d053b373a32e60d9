"""The rules of one game: order, answers, score, time and replays.

Pure: no user interface, the clock is injected so tests never sleep.
"""

from __future__ import annotations

import random
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from newsquiz.grading import Verdict
from newsquiz.grading.verdict import incorrect
from newsquiz.pack.model import Pack, Question

Clock = Callable[[], float]
Grade = Callable[[Question, str], Verdict]


def grade_answer(question: Question, typed: str) -> Verdict:
    """The grader, imported on the first answer rather than before the game's first screen."""
    from newsquiz.grading import grade

    return grade(question, typed)


@dataclass(frozen=True)
class AnswerRecord:
    """One graded answer, as the game and the results store see it."""

    question: Question
    typed: str
    verdict: Verdict
    seconds: float
    attempt: int
    # The time limit ran out before (or while) the player answered: counted as missed.
    timed_out: bool = False


TIME_UP = "time ran out"


class Graded(Protocol):
    @property
    def verdict(self) -> Verdict: ...


class Answered(Graded, Protocol):
    """What every game's records are to the results store: an answer to a question,
    graded (a question round's answer, a drill's attempt, a fact-check round's call)."""

    @property
    def question(self) -> Question: ...

    @property
    def typed(self) -> str: ...

    @property
    def seconds(self) -> float: ...

    @property
    def attempt(self) -> int: ...


class Recordable(Protocol):
    """A game the store can listen to: every record, the moment it is graded."""

    def subscribe(self, listener: Callable[[Answered], None]) -> None: ...


RecordT = TypeVar("RecordT", bound=Graded)
ItemT = TypeVar("ItemT")


class Tally(ABC, Generic[ItemT, RecordT]):
    """What every kind of game keeps alike: the items it asks one at a time (questions,
    claims), its graded records, announced to whoever listens (the results store) the
    moment they are graded, its score and its time."""

    records: list[RecordT]
    # A round over what an earlier one missed (see replay_missed): its screens say so.
    is_replay: bool = False

    @abstractmethod
    def _items(self) -> Sequence[ItemT]:
        """The items of the game in the order they are asked (a drill inserts repeats)."""

    def _begin(self, clock: Clock) -> None:
        self.records = []
        self._index = 0
        self._listeners: list[Callable[[RecordT], None]] = []
        self._start_clock(clock)

    def subscribe(self, listener: Callable[[RecordT], None]) -> None:
        """Call `listener` with every record the moment it is graded."""
        self._listeners.append(listener)

    def _announce(self, record: RecordT) -> None:
        for listener in self._listeners:
            listener(record)

    @property
    def total(self) -> int:
        return len(self._items())

    @property
    def position(self) -> int:
        """1-based number of the item being shown (or the last one)."""
        return min(self._index + 1, self.total)

    @property
    def current(self) -> ItemT | None:
        items = self._items()
        return items[self._index] if self._index < len(items) else None

    @property
    def finished(self) -> bool:
        return self._index >= self.total

    def _start_clock(self, clock: Clock) -> None:
        self._clock = clock
        self.started_at = clock()
        self._shown_at = self.started_at
        self.finished_at: float | None = None

    def _show_next(self, finished: bool) -> None:
        """The next item is on screen now (or, when `finished`, the game is over)."""
        self._shown_at = self._clock()
        if finished and self.finished_at is None:
            self.finished_at = self._shown_at

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


class Session(Tally[Question, AnswerRecord]):
    """A game over some of a pack's questions, asked one at a time."""

    def __init__(
        self,
        pack: Pack,
        questions: Sequence[Question] | None = None,
        *,
        seed: int | None = None,
        clock: Clock = time.monotonic,
        grader: Grade = grade_answer,
        time_limit: float | None = None,
    ) -> None:
        self.pack = pack
        chosen = list(pack.questions if questions is None else questions)
        if seed is not None:
            random.Random(seed).shuffle(chosen)
        self.questions: tuple[Question, ...] = tuple(chosen)
        self._grader = grader
        self._attempts: dict[str, int] = {}
        # Which place in `questions` the last answer was for: a drill may ask the same
        # question twice in a row, so the question alone cannot tell.
        self._answered_index: int | None = None
        if time_limit is not None and time_limit <= 0:
            raise ValueError("a time limit must be positive")
        self.time_limit = time_limit
        self._begin(clock)

    def _items(self) -> Sequence[Question]:
        return self.questions

    @property
    def answered_current(self) -> bool:
        return self.current is not None and self._answered_index == self._index

    def submit(self, typed: str) -> AnswerRecord:
        question = self.current
        if question is None:
            raise RuntimeError("the session is over")
        if self.answered_current:
            raise RuntimeError(f"question {question.id} is already answered")
        seconds = self._clock() - self._shown_at
        if self.time_limit is not None and seconds >= self.time_limit:
            return self._record(question, typed, incorrect(TIME_UP), seconds, timed_out=True)
        return self._record(question, typed, self._grader(question, typed), seconds)

    def remaining(self) -> float | None:
        """Seconds left to answer the current question; None without a time limit.

        Frozen once the question is answered, so a countdown stops where the player did.
        """
        if self.time_limit is None or self.current is None:
            return None
        if self.answered_current:
            return max(0.0, self.time_limit - self.records[-1].seconds)
        return max(0.0, self.time_limit - (self._clock() - self._shown_at))

    @property
    def expired(self) -> bool:
        """The time limit ran out and the current question is still unanswered."""
        return not self.answered_current and self.remaining() == 0.0

    def expire(self) -> AnswerRecord | None:
        """Count the current question as missed if its time is up (a UI timer calls this)."""
        question = self.current
        if question is None or not self.expired or self.time_limit is None:
            return None
        return self._record(question, "", incorrect(TIME_UP), self.time_limit, timed_out=True)

    def attempts(self, question: Question) -> int:
        """How many times `question` has been answered in this game."""
        return self._attempts.get(question.id, 0)

    def _record(
        self,
        question: Question,
        typed: str,
        verdict: Verdict,
        seconds: float,
        *,
        timed_out: bool = False,
    ) -> AnswerRecord:
        attempt = self._attempts.get(question.id, 0) + 1
        self._attempts[question.id] = attempt
        record = AnswerRecord(question, typed, verdict, seconds, attempt, timed_out)
        self.records.append(record)
        self._answered_index = self._index
        self._graded(record)
        self._announce(record)
        return record

    def _graded(self, record: AnswerRecord) -> None:
        """Called with each answer before listeners hear of it; rules such as drills extend it."""

    def advance(self) -> Question | None:
        """Go on to the next question; None when the game is over."""
        self._index += 1
        self._show_next(self.finished)
        return self.current

    def missed(self) -> tuple[Question, ...]:
        return tuple(r.question for r in self.records if not r.verdict.correct)

    def replay_missed(self) -> Session:
        """A new game over the questions this one got wrong, in the same order."""
        replay = Session(self.pack, self.missed(), clock=self._clock, grader=self._grader)
        replay.is_replay = True
        return replay
