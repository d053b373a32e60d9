"""Regrading: every stored answer to a pack graded again with the current grader and pack.

Planning is separate from writing so `--dry-run` shows exactly what a real run would write.
Answers whose time ran out are left alone: there was nothing (in time) to grade. Fact-check
calls are left alone too: "false, 48" is a call on a claim, not an answer to the question,
and its verdict weighs the call as well as the value, so the question's grader cannot
redo it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from newsquiz.facts.text import plural
from newsquiz.grading import Outcome, Verdict, grade
from newsquiz.pack.model import Pack, Question
from newsquiz.session import TIME_UP
from newsquiz.store.base import (
    MODE_QUESTION,
    AnswerFilter,
    Store,
    StoredAnswer,
    VerdictChange,
)

Grade = Callable[[Question, str], Verdict]


@dataclass(frozen=True)
class Regraded:
    answer: StoredAnswer  # as stored, with the old verdict
    verdict: Verdict  # the new one


@dataclass(frozen=True)
class ScoreMove:
    """A player's first-attempt score on the pack, before and after the regrade."""

    player: str
    group: str
    before: float
    after: float
    questions: int


@dataclass(frozen=True)
class RegradePlan:
    pack: Pack
    checked: int  # answers graded again
    changes: tuple[Regraded, ...]
    timed_out: int  # left alone: the time ran out
    unknown: dict[str, int]  # question id no longer in the pack → answers left alone
    factcheck_skipped: int  # fact-check calls, never regraded with the question's grader
    score_moves: tuple[ScoreMove, ...]  # only players whose score changed

    @property
    def players(self) -> int:
        """How many players (a name within a group) have an answer whose verdict changes."""
        return len({(c.answer.player, c.answer.group) for c in self.changes})

    def figure(self, *, dry_run: bool) -> str:
        """What the regrade does, as Moodle's dry run says it: "would change 3 answers of 2
        players" (a dry run) or "changed 3 answers of 2 players"."""
        verb = "would change" if dry_run else "changed"
        if not self.changes:
            return f"{verb} no answers"
        return f"{verb} {plural(len(self.changes), 'answer')} of {plural(self.players, 'player')}"


def _changed(answer: StoredAnswer, verdict: Verdict) -> bool:
    return verdict.outcome.value != answer.verdict or abs(verdict.score - answer.score) > 1e-9


def plan_regrade(store: Store, pack: Pack, grader: Grade = grade) -> RegradePlan:
    questions = {q.id: q for q in pack.questions}
    changes: list[Regraded] = []
    unknown: dict[str, int] = defaultdict(int)
    timed_out = checked = 0
    before: dict[tuple[str, str], float] = defaultdict(float)
    after: dict[tuple[str, str], float] = defaultdict(float)
    firsts: dict[tuple[str, str], int] = defaultdict(int)
    factcheck_skipped = sum(c.calls for c in store.factcheck_summaries(AnswerFilter(pack.id)))
    # Only answers to the questions; scores before and after are question scores too.
    for answer in store.answers(AnswerFilter(pack_id=pack.id, mode=MODE_QUESTION)):
        new_score = answer.score
        question = questions.get(answer.question_id)
        if question is None:
            unknown[answer.question_id] += 1
        elif answer.reason == TIME_UP:
            timed_out += 1
        else:
            checked += 1
            verdict = grader(question, answer.answer)
            if _changed(answer, verdict):
                changes.append(Regraded(answer, verdict))
                new_score = verdict.score
        if answer.attempt == 1:
            key = (answer.player, answer.group)
            before[key] += answer.score
            after[key] += new_score
            firsts[key] += 1
    moves = tuple(
        ScoreMove(player, group, before[(player, group)], after[(player, group)], count)
        for (player, group), count in sorted(firsts.items())
        if abs(before[(player, group)] - after[(player, group)]) > 1e-9
    )
    return RegradePlan(
        pack, checked, tuple(changes), timed_out, dict(unknown), factcheck_skipped, moves
    )


def dispute_settled(store: Store, answer: StoredAnswer) -> bool:
    """A regrade has settled this disputed answer: its verdict was changed to right, or its
    score rose, and it stands so (compared with how it was first graded, which the store's
    regrade history keeps)."""
    if not (answer.disputed and answer.regraded):
        return False
    history = store.regrades(answer.id)
    if not history:
        return False
    first = history[0]
    if answer.verdict == Outcome.CORRECT.value and first.old_verdict != Outcome.CORRECT.value:
        return True
    return answer.score > first.old_score + 1e-9


def settled_disputes(store: Store, answers: Iterable[StoredAnswer]) -> frozenset[int]:
    """The ids of the disputed answers among `answers` that a regrade has settled."""
    return frozenset(a.id for a in answers if dispute_settled(store, a))


def apply_regrade_plan(store: Store, plan: RegradePlan) -> None:
    """Write the new verdicts; the old ones stay in the store's regrade history."""
    store.apply_regrade(
        [
            VerdictChange(c.answer.id, c.verdict.outcome.value, c.verdict.score, c.verdict.reason)
            for c in plan.changes
        ],
        pack_digest=plan.pack.digest,
    )
