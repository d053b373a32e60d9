"""How far each student is in their game, read from the answers recorded so far.

The store keeps answers, not games: a drill's length and its end are not recorded, so both
are read from what the student was asked.

- A finished run's **length** is the number of distinct questions it asked. While a student
  is still going, it is the length the class's ended runs of the same pack reached (a class
  plays the same drill), so `3/6`; before any run has ended it is not known (`3/?`).
- A question of a run is **settled** when it was answered right, or will not be asked
  again: a drill asks a missed question again `DEFAULT_GAP` answers later, up to
  `DEFAULT_TRIES` times, so a miss fewer answers ago may still come back. A game with no
  repeat yet may be a drill or a game that asks each question once: while it is being
  played its recent misses count as coming back, once it is quiet they do not.
- A run is **finished** when nothing in it is left to settle and it asked every question of
  the pack, or as many as the class's finished runs; a run quiet for `idle_after` with
  nothing left to settle has ended too (and tells the class's length). A run that has not
  finished is **idle** when its last answer is `idle_after` old, else **playing**.

Pure: no Textual, no store; the board reader hands it the answers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from newsquiz.drill import DEFAULT_GAP, DEFAULT_TRIES
from newsquiz.grading import Outcome
from newsquiz.store.base import StoredAnswer

DEFAULT_IDLE_AFTER = timedelta(minutes=3)


class Status(StrEnum):
    PLAYING = "playing"
    IDLE = "idle"
    FINISHED = "finished"


@dataclass(frozen=True)
class Run:
    """One student's game of one pack, as far as its answers tell."""

    run_id: str
    player: str
    group: str
    pack_id: str
    asked: int  # distinct questions met
    may_come_back: int  # missed lately, and asked again if this is a drill
    repeats: bool  # some question was asked again: a drill
    right_first_time: int
    score: float  # first attempts, as in the report
    attempts: int  # every answer, repeats included
    last_answer: datetime

    def quiet_for(self, now: datetime) -> timedelta:
        return max(timedelta(0), now - self.last_answer)


def run_of(answers: Sequence[StoredAnswer]) -> Run:
    """The run these answers (one run's, in the order recorded) make up."""
    first = answers[0]
    drill = any(a.attempt > 1 for a in answers)
    last_index: dict[str, int] = {}
    right: set[str] = set()
    for index, answer in enumerate(answers):
        last_index[answer.question_id] = index
        if answer.verdict == Outcome.CORRECT.value:
            right.add(answer.question_id)
    may_come_back = 0
    for question_id, index in last_index.items():
        last = answers[index]
        after = len(answers) - 1 - index
        if question_id not in right and last.attempt < DEFAULT_TRIES and after <= DEFAULT_GAP:
            may_come_back += 1
    firsts = [a for a in answers if a.attempt == 1]
    return Run(
        run_id=first.run_id,
        player=first.player,
        group=first.group,
        pack_id=first.pack_id,
        asked=len(last_index),
        may_come_back=may_come_back,
        repeats=drill,
        right_first_time=sum(1 for a in firsts if a.verdict == Outcome.CORRECT.value),
        score=sum(a.score for a in firsts),
        attempts=len(answers),
        last_answer=max(a.answered_at for a in answers),
    )


def latest_runs(answers: Iterable[StoredAnswer]) -> list[Run]:
    """Each student's (player and group) latest run, ordered by player then group."""
    by_run: dict[str, list[StoredAnswer]] = defaultdict(list)
    for answer in answers:
        by_run[answer.run_id].append(answer)
    latest: dict[tuple[str, str], Run] = {}
    for run_answers in by_run.values():
        run = run_of(sorted(run_answers, key=lambda a: a.id))
        key = (run.player, run.group)
        known = latest.get(key)
        if known is None or (run.last_answer, run.run_id) > (known.last_answer, known.run_id):
            latest[key] = run
    return [latest[key] for key in sorted(latest)]


@dataclass(frozen=True)
class Progress:
    """A run as the board shows it: how far against its length, and what the student does."""

    run: Run
    pending: int  # questions missed that will be asked again
    length: int | None  # None: not known yet
    status: Status

    @property
    def settled(self) -> int:
        return self.run.asked - self.pending


def progress(
    runs: Sequence[Run],
    pack_lengths: Mapping[str, int | None],
    now: datetime,
    idle_after: timedelta = DEFAULT_IDLE_AFTER,
) -> list[Progress]:
    """Each run's progress and status (see the module's docstring for the rules)."""

    def whole_pack(run: Run) -> bool:
        return run.asked == pack_lengths.get(run.pack_id)

    def quiet(run: Run) -> bool:
        return run.quiet_for(now) >= idle_after

    def pending(run: Run) -> int:
        return run.may_come_back if run.repeats or not quiet(run) else 0

    ended: dict[str, int] = {}  # per pack, the length the class's ended runs reached
    for run in runs:
        if pending(run) == 0 and (whole_pack(run) or quiet(run)):
            ended[run.pack_id] = max(ended.get(run.pack_id, 0), run.asked)
    shown: list[Progress] = []
    for run in runs:
        reached = ended.get(run.pack_id)
        left = pending(run)
        if left == 0 and (whole_pack(run) or (reached is not None and run.asked >= reached)):
            shown.append(Progress(run, 0, run.asked, Status.FINISHED))
            continue
        length = max(run.asked, reached) if reached is not None else None
        status = Status.IDLE if quiet(run) else Status.PLAYING
        shown.append(Progress(run, left, length, status))
    return shown
