"""What the board shows, read from the store with read-only summary queries.

Pure (no Textual): `read_board` turns the store's player and question summaries into a
`BoardState`; the app only draws it. Names stay exactly as typed apart from control
characters, which `printable` strips so a name can never drive the terminal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from newsquiz.pack.model import Pack
from newsquiz.store.base import MODE_QUESTION, AnswerFilter, QuestionSummary, Store

# C0 and C1 controls (ESC, BEL, CR...), DEL, and the bidirectional overrides that could
# make one name display as another.


@dataclass(frozen=True)
class PlayerRow:
    player: str
    group: str
    answered: int  # distinct questions met (first attempts), all runs
    total: int | None  # the pack's questions, when the pack is known
    score: float  # first-attempt score
    right_first_time: int
    attempts: int

    @property
    def progress(self) -> float | None:
        if not self.total:
            return None
        return min(1.0, self.answered / self.total)


@dataclass(frozen=True)
class QuestionBar:
    pack_id: str
    question_id: str
    label: str  # "Q7 How long did the call last?" or the bare id
    order: int  # position in the pack (for ties), or a large number when unknown
    players: int
    first_attempts: int
    right_first_time: int

    @property
    def share(self) -> float:
        return self.right_first_time / self.first_attempts if self.first_attempts else 0.0


@dataclass(frozen=True)
class BoardState:
    title: str  # the pack's title, or a description of what is shown
    group: str | None
    players: tuple[PlayerRow, ...]
    questions: tuple[QuestionBar, ...]  # weakest first
    total: int | None
    read_at: datetime

    @property
    def answers(self) -> int:
        return sum(p.attempts for p in self.players)


PackLookup = Callable[[str], Pack | None]


def find_pack_by_id(pack_id: str) -> Pack | None:
    """The pack with this id among bundled and user packs (by folder name), else None."""
    from newsquiz.library import find_pack
    from newsquiz.pack import PackError, load_pack

    path = find_pack(pack_id)
    if path is None:
        return None
    try:
        pack = load_pack(path)
    except (PackError, OSError):
        return None
    return pack if pack.id == pack_id else None


class BoardReader:
    """Reads a BoardState from a store; remembers packs it has looked up.

    Progress, scores and bars count answers to the questions only (`mode`, by default):
    a fact-check call on a claim about a question is not an answer to it, and counting
    "true" as a wrong answer would make the class look weak on a fact it checked well.
    `mode=None` counts every answer; `mode="factcheck"` only the calls.
    """

    def __init__(
        self,
        store: Store,
        *,
        pack_id: str | None = None,
        group: str | None = None,
        pack: Pack | None = None,
        lookup: PackLookup = find_pack_by_id,
        clock: Callable[[], datetime],
        mode: str | None = MODE_QUESTION,
    ) -> None:
        self.store = store
        self.where = AnswerFilter(pack_id=pack.id if pack else pack_id, group=group, mode=mode)
        self.group = group
        self._lookup = lookup
        self._clock = clock
        self._packs: dict[str, Pack | None] = {pack.id: pack} if pack else {}

    def _pack(self, pack_id: str) -> Pack | None:
        if pack_id not in self._packs:
            self._packs[pack_id] = self._lookup(pack_id)
        return self._packs[pack_id]

    def read(self) -> BoardState:
        questions = self.store.question_summaries(self.where)
        players = self.store.player_summaries(self.where)
        pack_ids = {q.pack_id for q in questions}
        if self.where.pack_id is not None:
            pack_ids.add(self.where.pack_id)
        # Progress has a meaning only for one pack; with several, scores and bars still do.
        pack = self._pack(next(iter(pack_ids))) if len(pack_ids) == 1 else None
        total = len(pack.questions) if pack else None
        bars = [_bar(q.pack_id, q.question_id, self._pack(q.pack_id), q) for q in questions]
        bars.sort(key=lambda b: (b.share, b.pack_id, b.order, b.question_id))
        if pack is not None:
            title = pack.title
        elif len(pack_ids) == 1:
            title = f"pack {next(iter(pack_ids))}"
        else:
            title = "all packs"
        return BoardState(
            title=title,
            group=self.group,
            players=tuple(
                PlayerRow(
                    player=p.player,
                    group=p.group,
                    answered=p.questions,
                    total=total,
                    score=p.score,
                    right_first_time=p.right_first_time,
                    attempts=p.attempts,
                )
                for p in players
            ),
            questions=tuple(bars),
            total=total,
            read_at=self._clock(),
        )


def _bar(
    pack_id: str, question_id: str, pack: Pack | None, summary: QuestionSummary
) -> QuestionBar:
    order, label = 10**6, question_id
    if pack is not None:
        for number, question in enumerate(pack.questions, start=1):
            if question.id == question_id:
                order, label = number, f"Q{number} {question.question}"
                break
    return QuestionBar(
        pack_id=pack_id,
        question_id=question_id,
        label=label,
        order=order,
        players=summary.players,
        first_attempts=summary.first_attempts,
        right_first_time=summary.right_first_time,
    )
