"""Helpers the store tests share (a module of its own: pytest's conftest cannot be imported)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from newsquiz.store import NewAnswer, Store, open_store

BACKENDS = ["sqlite", "postgresql"]


@dataclass(frozen=True)
class Backend:
    name: str
    location: str

    def open(self) -> Store:
        return open_store(self.location)


T0 = datetime(2024, 5, 13, 9, 0, tzinfo=UTC)


def answer(
    player: str = "ada",
    question_id: str = "q1",
    typed: str = "an hour",
    verdict: str = "correct",
    *,
    score: float | None = None,
    attempt: int = 1,
    seconds: float = 5.0,
    group: str = "7b",
    pack_id: str = "pack-a",
    run_id: str | None = None,
    minutes: int = 0,
    reason: str | None = None,
) -> NewAnswer:
    """A recorded answer with sensible defaults; `minutes` after T0."""
    return NewAnswer(
        run_id=run_id or f"run-{player}",
        player=player,
        group=group,
        pack_id=pack_id,
        pack_digest="digest-1",
        question_id=question_id,
        answer=typed,
        verdict=verdict,
        score=(1.0 if verdict == "correct" else 0.0) if score is None else score,
        reason=reason,
        seconds=seconds,
        attempt=attempt,
        answered_at=T0 + timedelta(minutes=minutes),
    )
