"""The store used when recording is off: the game plays on, nothing is kept."""

from __future__ import annotations

from collections.abc import Sequence

from newsquiz.store.base import (
    EVERY_ANSWER,
    AnswerFilter,
    FactCheckSummary,
    NewAnswer,
    PlayerSummary,
    QuestionSummary,
    RegradeEntry,
    Store,
    StoredAnswer,
    VerdictChange,
    WrongAnswerCount,
)
from newsquiz.store.schema import LATEST_VERSION


class NullStore(Store):
    """Accepts every call and remembers nothing, so screens need no special case."""

    recording = False

    def __init__(self) -> None:
        self._next_id = 0

    @property
    def location(self) -> str:
        return "nowhere (recording is off)"

    def record_answer(self, answer: NewAnswer) -> int:
        self._next_id += 1
        return self._next_id

    def record_answers(self, answers: Sequence[NewAnswer]) -> None:
        return None

    def mark_disputed(self, answer_id: int, note: str | None = None) -> None:
        return None

    def answers(self, where: AnswerFilter = EVERY_ANSWER) -> list[StoredAnswer]:
        return []

    def player_summaries(self, where: AnswerFilter = EVERY_ANSWER) -> list[PlayerSummary]:
        return []

    def question_summaries(self, where: AnswerFilter = EVERY_ANSWER) -> list[QuestionSummary]:
        return []

    def factcheck_summaries(self, where: AnswerFilter = EVERY_ANSWER) -> list[FactCheckSummary]:
        return []

    def wrong_answer_counts(self, where: AnswerFilter = EVERY_ANSWER) -> list[WrongAnswerCount]:
        return []

    def apply_regrade(self, changes: Sequence[VerdictChange], pack_digest: str) -> None:
        return None

    def regrades(self, answer_id: int | None = None) -> list[RegradeEntry]:
        return []

    def schema_version(self) -> int:
        return LATEST_VERSION

    def close(self) -> None:
        return None
