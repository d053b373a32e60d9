"""How a player is doing: per pack their best and last score, games and days played in a row,
and inside a game the streak of right answers. Read from the results store in one query.

A game is a run in the store. Its score counts first attempts only, as reports do, so a
drill's repeats teach without scoring. The best score is that of a whole round (every
question the pack has now): a replay of three missed questions, or a game left after two,
is not compared with whole games. Days are calendar days where the player is.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from newsquiz.drill import DrillSession
from newsquiz.session import Session
from newsquiz.store.base import MODE_QUESTION, AnswerFilter, RunSummary, Store


@dataclass(frozen=True)
class Score:
    """A game's score out of the questions it asked: 3.5 of 5."""

    score: float
    questions: int

    @property
    def perfect(self) -> bool:
        return self.questions > 0 and self.score >= self.questions


@dataclass(frozen=True)
class PackProgress:
    """One player on one pack."""

    pack_id: str
    games: int  # every game of the pack, fact-check rounds included
    best: Score | None  # the best whole round of questions (None before the first)
    last: Score | None  # the last game of questions, whole or not
    last_played: datetime | None  # the last answer of any game of the pack
    days_in_a_row: int  # days in a row ending today (or yesterday: today may still come)


@dataclass(frozen=True)
class PlayerProgress:
    """One player on every pack they played, and the days they played at all."""

    player: str
    packs: Mapping[str, PackProgress] = field(default_factory=dict)
    days: frozenset[date] = frozenset()

    def of(self, pack_id: str) -> PackProgress | None:
        return self.packs.get(pack_id)

    def days_in_a_row(self, today: date) -> int:
        return days_in_a_row(self.days, today)


def day_of(moment: datetime, zone: tzinfo | None = None) -> date:
    """The calendar day of `moment` in `zone` (None: where this computer is)."""
    return moment.astimezone(zone).date()


def days_in_a_row(days: Collection[date], today: date) -> int:
    """How many days in a row up to today were played; a run that ended yesterday still
    counts (the player may play today), one that ended before is over (0)."""
    end = today if today in days else today - timedelta(days=1)
    count = 0
    while end - timedelta(days=count) in days:
        count += 1
    return count


def pack_progress(
    pack_id: str,
    runs: Sequence[RunSummary],
    *,
    today: date,
    zone: tzinfo | None = None,
    questions_in_pack: int | None = None,
) -> PackProgress:
    """The progress on one pack from its games (as `Store.run_summaries` orders them)."""
    scored = [r for r in runs if r.mode == MODE_QUESTION]
    whole = [r for r in scored if questions_in_pack is None or r.questions >= questions_in_pack]
    best = max(whole, key=lambda r: r.score, default=None)
    last = scored[-1] if scored else None
    return PackProgress(
        pack_id=pack_id,
        games=len(runs),
        best=Score(best.score, best.questions) if best is not None else None,
        last=Score(last.score, last.questions) if last is not None else None,
        last_played=max((r.finished_at for r in runs), default=None),
        days_in_a_row=days_in_a_row({day_of(r.finished_at, zone) for r in runs}, today),
    )


def player_progress(
    player: str,
    runs: Iterable[RunSummary],
    *,
    today: date,
    zone: tzinfo | None = None,
    questions_in_pack: Mapping[str, int] | None = None,
) -> PlayerProgress:
    """A player's progress on every pack from their games; `questions_in_pack` says how many
    questions each pack has now (a pack not named there counts every game as whole)."""
    by_pack: dict[str, list[RunSummary]] = {}
    days: set[date] = set()
    for run in runs:
        by_pack.setdefault(run.pack_id, []).append(run)
        days.add(day_of(run.finished_at, zone))
    sizes = questions_in_pack or {}
    packs = {
        pack_id: pack_progress(
            pack_id, games, today=today, zone=zone, questions_in_pack=sizes.get(pack_id)
        )
        for pack_id, games in by_pack.items()
    }
    return PlayerProgress(player, packs, frozenset(days))


def load_progress(
    store: Store,
    player: str,
    *,
    today: date,
    zone: tzinfo | None = None,
    questions_in_pack: Mapping[str, int] | None = None,
    leaving_out: str | None = None,
) -> PlayerProgress:
    """A player's progress as the store has it (one query); `leaving_out` a run (the game
    being played, so that what it is compared with is what came before it)."""
    runs = [r for r in store.run_summaries(AnswerFilter(player=player)) if r.run_id != leaving_out]
    return player_progress(
        player, runs, today=today, zone=zone, questions_in_pack=questions_in_pack
    )


# -- inside a game ---------------------------------------------------------------------


def current_streak(right: Sequence[bool]) -> int:
    """Right answers in a row, up to the last one."""
    count = 0
    for was_right in reversed(right):
        if not was_right:
            break
        count += 1
    return count


def game_score(session: Session) -> Score:
    """A finished game's score as the store will count it: first attempts only."""
    if isinstance(session, DrillSession):
        return Score(session.score, len(session.drilled))
    return Score(session.score, len([r for r in session.records if r.attempt == 1]))


@dataclass(frozen=True)
class Celebration:
    """What is worth saying at the end of a game, beyond its score."""

    new_best: bool = False
    previous_best: Score | None = None
    perfect: bool = False
    days_in_a_row: int = 0

    def __bool__(self) -> bool:
        return self.new_best or self.perfect or self.days_in_a_row > 1


def celebrate(
    before: PlayerProgress | None,
    pack_id: str,
    result: Score | None,
    *,
    whole: bool,
    today: date,
) -> Celebration:
    """Compare a game just finished (`whole`: it asked every question of the pack) with the
    games before it; the game itself counts as played today. With no `result` (a round
    scored otherwise, such as a fact-check), only the days in a row are counted."""
    earlier = before.of(pack_id) if before is not None else None
    best = earlier.best if earlier is not None else None
    days = (before.days if before is not None else frozenset()) | {today}
    return Celebration(
        new_best=whole and result is not None and best is not None and result.score > best.score,
        previous_best=best,
        perfect=result is not None and result.perfect,
        days_in_a_row=days_in_a_row(days, today),
    )


# -- said in words ---------------------------------------------------------------------


def played_when(moment: datetime, today: date, zone: tzinfo | None = None) -> str:
    """ "today", "yesterday", "3 days ago", "12 May", "12 May 2023"."""
    day = day_of(moment, zone)
    ago = (today - day).days
    if ago <= 0:
        return "today"
    if ago == 1:
        return "yesterday"
    if ago < 7:
        return f"{ago} days ago"
    return f"{day.day} {day:%b}" if day.year == today.year else f"{day.day} {day:%b %Y}"
