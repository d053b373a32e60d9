"""The results store's interface: what the game, reports and regrading ask of a backend.

Kept small on purpose so that each backend (SQLite now, PostgreSQL next) implements the
same handful of calls. Everything crossing it is a plain frozen dataclass; timestamps are
aware UTC datetimes.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import Self


class StoreError(Exception):
    """The results store cannot do what was asked; the message is meant for the user."""

    # Passes by itself (a busy file, a server restarting): a game keeps the answer waiting
    # and tries again on its own rather than asking the player.
    transient = False


class StoreLockedError(StoreError):
    """Another program holds the database for longer than we are willing to wait."""

    transient = True


class StoreUnreachableError(StoreError):
    """The database server is down, restarting or out of reach."""

    transient = True


class StoreReadOnlyError(StoreError):
    """The database (or its folder) cannot be written."""


class StoreCorruptError(StoreError):
    """The file is not a results database, or it is damaged."""


ANOTHER_REGRADE = "another regrade of this database is running: run this one once it has finished"


class StoreVersionError(StoreError):
    """The database was written by a newer newsquiz than this one."""


# What kind of round an answer came from. A "question" answer is the player's answer to the
# question, graded by its grader (normal play and drills alike: a drill's repeats already
# show in `attempt`). A "factcheck" answer is a call on a generated claim about that
# question ("true", "false", "false, 7 to 2"), graded as a call: it must never be counted
# in the question's statistics or regraded with the question's grader.
MODE_QUESTION = "question"
MODE_FACTCHECK = "factcheck"
ANSWER_MODES = (MODE_QUESTION, MODE_FACTCHECK)


@dataclass(frozen=True)
class NewAnswer:
    """One graded answer about to be recorded."""

    run_id: str  # one play of one pack by one player
    player: str
    group: str  # class or group label; "" when none was given
    pack_id: str
    pack_digest: str  # Pack.digest: which version of the pack was played
    question_id: str
    answer: str  # exactly what was typed (untrusted)
    verdict: str  # an Outcome value: correct, partial, incorrect
    score: float
    reason: str | None
    seconds: float
    attempt: int
    answered_at: datetime  # aware, UTC
    mode: str = MODE_QUESTION  # one of ANSWER_MODES: what kind of round it came from


@dataclass(frozen=True)
class StoredAnswer(NewAnswer):
    """A recorded answer, with its id and dispute."""

    id: int = 0
    disputed: bool = False
    dispute_note: str | None = None
    regraded: bool = False  # the verdict was changed by a regrade (history in regrades())


@dataclass(frozen=True)
class AnswerFilter:
    """Which answers a query looks at; None means any."""

    pack_id: str | None = None
    group: str | None = None
    player: str | None = None
    since: datetime | None = None  # answered at or after this moment
    run_id: str | None = None
    disputed: bool | None = None
    mode: str | None = None  # one of ANSWER_MODES


EVERY_ANSWER = AnswerFilter()


@dataclass(frozen=True)
class PlayerSummary:
    """One player's results; scores count first attempts only, so drills compare fairly."""

    player: str
    group: str
    runs: int
    questions: int  # first attempts
    score: float  # sum of first-attempt scores
    right_first_time: int
    attempts: int  # every answer, repeats included
    seconds: float  # time spent answering, all attempts


@dataclass(frozen=True)
class QuestionSummary:
    pack_id: str
    question_id: str
    players: int
    first_attempts: int
    right_first_time: int
    attempts: int
    average_seconds: float
    disputed: int

    @property
    def share_right_first_time(self) -> float:
        return self.right_first_time / self.first_attempts if self.first_attempts else 0.0


@dataclass(frozen=True)
class FactCheckSummary:
    """The fact-check calls on claims about one question.

    A call is right when the player judged the claim as the article does (a false claim
    spotted counts even without the right value). Which way a wrong call went is read from
    the stored call: "true" on a false claim fooled the player; "false" on a true claim
    doubted it.
    """

    pack_id: str
    question_id: str
    players: int
    calls: int
    right_calls: int
    fooled: int  # called a false claim true
    doubted: int  # called a true claim false
    spotted: int  # called a false claim false
    corrected: int  # ... and gave the value the article states
    average_seconds: float

    @property
    def share_right(self) -> float:
        return self.right_calls / self.calls if self.calls else 0.0


@dataclass(frozen=True)
class WrongAnswerCount:
    """How often one exact wrong answer was typed to one question."""

    pack_id: str
    question_id: str
    answer: str
    count: int


@dataclass(frozen=True)
class VerdictChange:
    """A regrade's new verdict for one stored answer."""

    answer_id: int
    verdict: str
    score: float
    reason: str | None


@dataclass(frozen=True)
class RegradeEntry:
    """One verdict a regrade replaced, kept beside the new one."""

    answer_id: int
    regraded_at: datetime
    pack_digest: str  # the pack version the new verdict comes from
    old_verdict: str
    old_score: float
    old_reason: str | None
    new_verdict: str
    new_score: float
    new_reason: str | None


def utc_now() -> datetime:
    return datetime.now(UTC)


class Store(ABC):
    """Where graded answers are kept. Every write is durable when the call returns."""

    #: False only for the store that records nothing (recording turned off).
    recording: bool = True

    @property
    @abstractmethod
    def location(self) -> str:
        """Where the answers go, for messages (a path or a URL without its password)."""

    @abstractmethod
    def record_answer(self, answer: NewAnswer) -> int:
        """Record one answer, committed before returning; its id."""

    @abstractmethod
    def record_answers(self, answers: Sequence[NewAnswer]) -> None:
        """Record many answers in one transaction (imports, generators)."""

    @abstractmethod
    def mark_disputed(self, answer_id: int, note: str | None = None) -> None:
        """The player says this verdict is wrong. Never changes the score."""

    @abstractmethod
    def answers(self, where: AnswerFilter = EVERY_ANSWER) -> list[StoredAnswer]:
        """Recorded answers in the order they were recorded."""

    @abstractmethod
    def player_summaries(self, where: AnswerFilter = EVERY_ANSWER) -> list[PlayerSummary]:
        """One row per (player, group), ordered by player then group."""

    @abstractmethod
    def question_summaries(self, where: AnswerFilter = EVERY_ANSWER) -> list[QuestionSummary]:
        """One row per (pack, question), ordered by pack then question."""

    @abstractmethod
    def factcheck_summaries(self, where: AnswerFilter = EVERY_ANSWER) -> list[FactCheckSummary]:
        """One row per (pack, question) with fact-check calls, ordered by pack then question;
        only answers of mode "factcheck" are counted, whatever `where.mode` says."""

    @abstractmethod
    def wrong_answer_counts(self, where: AnswerFilter = EVERY_ANSWER) -> list[WrongAnswerCount]:
        """Every distinct not-correct answer per question, with how often it was typed."""

    @abstractmethod
    def apply_regrade(self, changes: Sequence[VerdictChange], pack_digest: str) -> None:
        """Replace verdicts, keeping each old one in the regrade history; all or nothing."""

    @abstractmethod
    def regrades(self, answer_id: int | None = None) -> list[RegradeEntry]:
        """The regrade history, oldest first."""

    def regrading(self) -> AbstractContextManager[None]:
        """Held while one regrade plans and writes: a second regrade of the same database
        at the same time fails at once with StoreLockedError instead of redoing the work."""
        return nullcontext()

    @abstractmethod
    def schema_version(self) -> int: ...

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def run_summaries(self, where: AnswerFilter = EVERY_ANSWER) -> list[RunSummary]:
        """One row per game (a run), the earliest finished first: how each went as a whole.

        The SQL backends answer in one query; this reads every answer, for any other store.
        """
        games: dict[tuple[str, str, str, str], list[StoredAnswer]] = {}
        for answer in self.answers(where):
            key = (answer.run_id, answer.player, answer.pack_id, answer.mode)
            games.setdefault(key, []).append(answer)
        return sorted(
            (RunSummary.of(answers) for answers in games.values()),
            key=lambda run: (run.finished_at, run.run_id),
        )

    def item_scores(
        self, where: AnswerFilter = EVERY_ANSWER, *, every_game: bool = False
    ) -> list[ItemScore]:
        """The score of each player's first attempt at each question (of each game, with
        `every_game`), in the order answered: the cells of the item statistics' matrix.

        The SQL backends answer in one query; this reads every answer, for any other store.
        """
        first: dict[tuple[str, ...], ItemScore] = {}
        for a in self.answers(where):
            key = (a.pack_id, a.question_id, a.player, *([a.run_id] if every_game else []))
            if a.attempt == 1 and key not in first:
                first[key] = ItemScore(
                    a.pack_id, a.question_id, a.player, a.group, a.run_id, a.score
                )
        return list(first.values())

    def latest_games(self, where: AnswerFilter = EVERY_ANSWER) -> list[StoredAnswer]:
        """The answers of each player's (name and group) latest game, in the order recorded:
        what a live board follows. The latest game is the one of the player's last answer.

        The SQL backends find the games with one grouped query and read only their answers;
        this reads every answer, for any other store.
        """
        answers = self.answers(where)
        last: dict[tuple[str, str], StoredAnswer] = {}
        for answer in answers:
            last[(answer.player, answer.group)] = answer
        games = {answer.run_id for answer in last.values()}
        return [a for a in answers if a.run_id in games]


@dataclass(frozen=True)
class RunSummary:
    """One game as a whole; its score counts first attempts only, as reports do."""

    run_id: str
    player: str
    pack_id: str
    mode: str
    questions: int  # first attempts: the questions (or claims) the game asked
    score: float  # sum of first-attempt scores
    right_first_time: int
    answers: int  # every answer, a drill's repeats included
    started_at: datetime  # the first answer's moment
    finished_at: datetime  # the last answer's moment

    @classmethod
    def of(cls, answers: Sequence[StoredAnswer]) -> RunSummary:
        """The summary of one game's answers (all of one run, player, pack and mode)."""
        first = [a for a in answers if a.attempt == 1]
        moments = [a.answered_at for a in answers]
        return cls(
            run_id=answers[0].run_id,
            player=answers[0].player,
            pack_id=answers[0].pack_id,
            mode=answers[0].mode,
            questions=len(first),
            score=sum(a.score for a in first),
            right_first_time=sum(1 for a in first if a.verdict == "correct"),
            answers=len(answers),
            started_at=min(moments),
            finished_at=max(moments),
        )


@dataclass(frozen=True)
class ItemScore:
    """A first attempt's score at one question: one cell of the item statistics' matrix."""

    pack_id: str
    question_id: str
    player: str
    group: str  # the group the player gave for that answer
    run_id: str  # the game it was asked in
    score: float
