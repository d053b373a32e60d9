"""What the board shows, read from the store with read-only queries.

Pure (no Textual): `BoardReader.read` turns the store's answers into a `BoardState`; the app
only draws it. Each student's row is their latest game (see `progress` for how its length
and its end are read); the bars and the wrong answers count every answer, the wrong ones
taken together when they differ only in case, accents, punctuation and articles. Names stay exactly as typed
apart from control characters, which `printable` strips so a name can never drive the
terminal.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from newsquiz.facts.text import fold_text
from newsquiz.pack.model import Pack
from newsquiz.store.base import (
    MODE_QUESTION,
    AnswerFilter,
    QuestionSummary,
    Store,
    StoredAnswer,
    WrongAnswerCount,
)
from newsquiz.store.regrade import dispute_settled
from newsquiz.tui.board.progress import (
    DEFAULT_IDLE_AFTER,
    Progress,
    Status,
    latest_runs,
    progress,
)


@dataclass(frozen=True)
class PlayerRow:
    """One student's latest game."""

    player: str
    group: str
    settled: int  # questions answered right, or not to be asked again
    length: int | None  # the game's length, None until it can be told (see progress.py)
    status: Status
    quiet: timedelta  # since the last answer
    score: float  # first-attempt score in this game
    right_first_time: int
    asked: int  # distinct questions met in this game
    attempts: int

    @property
    def progress(self) -> float | None:
        return min(1.0, self.settled / self.length) if self.length else None


@dataclass(frozen=True)
class WrongAnswer:
    """One wrong answer to one question, its spellings taken together."""

    pack_id: str
    question_id: str
    label: str  # "Q3 How long did the call last?" or the bare id
    answer: str  # the spelling typed most often
    count: int  # answers
    open_disputes: int


@dataclass(frozen=True)
class QuestionBar:
    pack_id: str
    question_id: str
    label: str  # "Q7 How long did the call last?" or the bare id
    order: int  # position in the pack (for ties), or a large number when unknown
    players: int
    first_attempts: int
    right_first_time: int
    common_wrong: WrongAnswer | None = None  # the most common wrong answer
    open_disputes: int = 0

    @property
    def share(self) -> float:
        return self.right_first_time / self.first_attempts if self.first_attempts else 0.0


@dataclass(frozen=True)
class OpenDispute:
    """A student says this verdict is wrong, and no regrade has settled it yet."""

    answer_id: int
    player: str
    pack_id: str
    question_id: str
    answer: str
    verdict: str
    note: str | None


@dataclass(frozen=True)
class BoardState:
    title: str  # the pack's title, or a description of what is shown
    group: str | None
    players: tuple[PlayerRow, ...]
    questions: tuple[QuestionBar, ...]  # weakest first
    total: int | None  # the pack's questions, when one pack is shown and known
    read_at: datetime
    wrong_answers: tuple[WrongAnswer, ...] = ()  # weakest question first, most typed first
    disputes: tuple[OpenDispute, ...] = ()

    @property
    def answers(self) -> int:
        return sum(p.attempts for p in self.players)

    def status_count(self, status: Status) -> int:
        return sum(1 for p in self.players if p.status is status)


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
        idle_after: timedelta = DEFAULT_IDLE_AFTER,
    ) -> None:
        self.store = store
        self.where = AnswerFilter(pack_id=pack.id if pack else pack_id, group=group, mode=mode)
        self.group = group
        self.idle_after = idle_after
        self._lookup = lookup
        self._clock = clock
        self._packs: dict[str, Pack | None] = {pack.id: pack} if pack else {}

    def pack(self, pack_id: str) -> Pack | None:
        """The pack with this id (looked up once), or None when it is not on this machine."""
        if pack_id not in self._packs:
            self._packs[pack_id] = self._lookup(pack_id)
        return self._packs[pack_id]

    def use_pack(self, pack: Pack) -> None:
        """Read with this pack from now on (it was edited: an answer was accepted)."""
        self._packs[pack.id] = pack

    def read(self) -> BoardState:
        games = self.store.latest_games(self.where)
        questions = self.store.question_summaries(self.where)
        now = self._clock()
        pack_ids = {a.pack_id for a in games} | {q.pack_id for q in questions}
        if self.where.pack_id is not None:
            pack_ids.add(self.where.pack_id)
        # The pack's length has a meaning only for one pack; with several, rows still do.
        pack = self.pack(next(iter(pack_ids))) if len(pack_ids) == 1 else None
        total = len(pack.questions) if pack else None
        lengths = {pack_id: self._length(pack_id) for pack_id in pack_ids}
        rows = [_row(p, now) for p in progress(latest_runs(games), lengths, now, self.idle_after)]
        disputes = self._open_disputes(self.store.answers(replace(self.where, disputed=True)))
        counts = self.store.wrong_answer_counts(self.where)
        wrong = _wrong_answers(counts, disputes, self._label)
        common: dict[tuple[str, str], WrongAnswer] = {}
        for found in wrong:  # most typed first within each question
            common.setdefault((found.pack_id, found.question_id), found)
        disputed: dict[tuple[str, str], int] = defaultdict(int)
        for dispute in disputes:
            disputed[(dispute.pack_id, dispute.question_id)] += 1
        bars = [
            _bar(q, *self._place(q.pack_id, q.question_id), common, disputed) for q in questions
        ]
        bars.sort(key=lambda b: (b.share, b.pack_id, b.order, b.question_id))
        rank = {(b.pack_id, b.question_id): n for n, b in enumerate(bars)}
        wrong.sort(key=lambda w: (rank.get((w.pack_id, w.question_id), len(rank)), -w.count))
        if pack is not None:
            title = pack.title
        elif len(pack_ids) == 1:
            title = f"pack {next(iter(pack_ids))}"
        else:
            title = "all packs"
        return BoardState(
            title=title,
            group=self.group,
            players=tuple(rows),
            questions=tuple(bars),
            total=total,
            read_at=now,
            wrong_answers=tuple(wrong),
            disputes=tuple(disputes),
        )

    def _length(self, pack_id: str) -> int | None:
        pack = self.pack(pack_id)
        return len(pack.questions) if pack else None

    def _place(self, pack_id: str, question_id: str) -> tuple[int, str]:
        """The question's position in its pack and its label ("Q3 How long…?")."""
        pack = self.pack(pack_id)
        if pack is not None:
            for number, question in enumerate(pack.questions, start=1):
                if question.id == question_id:
                    return number, f"Q{number} {question.question}"
        return 10**6, question_id

    def _label(self, pack_id: str, question_id: str) -> str:
        return self._place(pack_id, question_id)[1]

    def _open_disputes(self, answers: Iterable[StoredAnswer]) -> list[OpenDispute]:
        return [
            OpenDispute(
                a.id, a.player, a.pack_id, a.question_id, a.answer, a.verdict, a.dispute_note
            )
            for a in answers
            if a.disputed and not dispute_settled(self.store, a)
        ]


def _row(shown: Progress, now: datetime) -> PlayerRow:
    run = shown.run
    return PlayerRow(
        player=run.player,
        group=run.group,
        settled=shown.settled,
        length=shown.length,
        status=shown.status,
        quiet=run.quiet_for(now),
        score=run.score,
        right_first_time=run.right_first_time,
        asked=run.asked,
        attempts=run.attempts,
    )


def _wrong_answers(
    counts: Iterable[WrongAnswerCount],
    disputes: Iterable[OpenDispute],
    label: Callable[[str, str], str],
) -> list[WrongAnswer]:
    """Every question's wrong answers, spellings of one answer together, most typed first."""
    spellings: dict[tuple[str, str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for wrong in counts:
        key = (wrong.pack_id, wrong.question_id, fold_text(wrong.answer))
        spellings[key][wrong.answer] += wrong.count
    open_disputes: dict[tuple[str, str, str], int] = defaultdict(int)
    for dispute in disputes:
        open_disputes[(dispute.pack_id, dispute.question_id, fold_text(dispute.answer))] += 1
    found = [
        WrongAnswer(
            pack_id=pack_id,
            question_id=question_id,
            label=label(pack_id, question_id),
            answer=min(typed, key=lambda s: (-typed[s], *_plainness(s))),
            count=sum(typed.values()),
            open_disputes=open_disputes.get((pack_id, question_id, plain), 0),
        )
        for (pack_id, question_id, plain), typed in spellings.items()
    ]
    found.sort(key=lambda w: (w.pack_id, w.question_id, -w.count, w.answer))
    return found


def _plainness(spelling: str) -> tuple[int, int, str]:
    """The most typed spelling speaks for the others; on a tie the plainest: the fewest
    marks, then the fewest capitals, then the first alphabetically."""
    marks = sum(1 for c in spelling if not (c.isalnum() or c.isspace()))
    return marks, sum(1 for c in spelling if c.isupper()), spelling


def _bar(
    summary: QuestionSummary,
    order: int,
    label: str,
    common: dict[tuple[str, str], WrongAnswer],
    disputed: dict[tuple[str, str], int],
) -> QuestionBar:
    key = (summary.pack_id, summary.question_id)
    return QuestionBar(
        pack_id=summary.pack_id,
        question_id=summary.question_id,
        label=label,
        order=order,
        players=summary.players,
        first_attempts=summary.first_attempts,
        right_first_time=summary.right_first_time,
        common_wrong=common.get(key),
        open_disputes=disputed.get(key, 0),
    )
