"""Spaced review across days: when each fact a player has met is due again, by FSRS.

Every (player, pack, question) is a card of the FSRS scheduler (the `fsrs` package, the
scheduler Anki uses). There is no table of cards: **the results store's answers are the
review log**. Every answer of every mode is recorded with its player, pack, question, verdict
and time, so a player's schedule is rebuilt by replaying FSRS over their answers in the order
they were given (`Schedule.replay`); an answer recorded by any game (a round, a drill, a replay
of missed questions, a review, a fact-check round) moves the schedule simply by being there.
A regrade changes a stored verdict, and so the schedule rebuilt from it: a player is never
kept drilling a fact the teacher has since accepted.

How an answer rates the player's recall (`rating_of`):

- a question answered right is Good; right but "close enough" (a misspelling the grader let
  pass, stored with the reason "close…") or partly right is Hard; wrong, "I don't know" or
  out of time is Again;
- a fact-check call is stored under the question its claim was made from (its
  question_id), so it counts for that fact, but as what it is: recognising a value is
  weaker evidence than recalling it. A wrong call (a false value believed, a true one
  doubted) is Again; a right call is Hard, unless the player called a false claim false
  *and* typed the value the article states (`false, <value>`, graded right), which is
  recall and so Good.

Disputed answers count as graded until a regrade says otherwise.

The scheduler runs without FSRS's random "fuzz", so a schedule rebuilt from the log is
exactly the one kept answer by answer. Its single learning step is ten minutes: a new fact
answered right first time is due again two days later (FSRS's initial stability for Good),
one missed comes back ten minutes later, and so does a learned fact that is missed; every
right answer after that spaces the next one further out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from fsrs import Card, Rating, Scheduler

from newsquiz.facts.text import plural
from newsquiz.pack.model import Pack, Question
from newsquiz.store.base import MODE_FACTCHECK, AnswerFilter, Store, StoredAnswer

# A missed fact (new or learned) comes back this long after the miss, not a day later.
RELEARN_AFTER = timedelta(minutes=10)

SCHEDULER = Scheduler(
    learning_steps=(RELEARN_AFTER,),
    relearning_steps=(RELEARN_AFTER,),
    enable_fuzzing=False,  # a schedule rebuilt from the log must equal the one kept live
)

# The grader's reason for an answer right but not spelt as the key spells it.
_CLOSE = "close"

FactKey = tuple[str, str]  # (pack id, question id)


def rating_of(answer: StoredAnswer) -> Rating:
    """How well one recorded answer shows the player recalled its fact (module docstring)."""
    if answer.verdict == "correct":
        if answer.mode == MODE_FACTCHECK:
            recalled = answer.answer.startswith("false,")
            return Rating.Good if recalled else Rating.Hard
        close = answer.reason is not None and (
            answer.reason == _CLOSE or answer.reason.startswith(f"{_CLOSE}:")
        )
        return Rating.Hard if close else Rating.Good
    if answer.verdict == "partial":
        return Rating.Hard
    return Rating.Again


def _utc(moment: datetime) -> datetime:
    # fsrs accepts only datetimes whose tzinfo is UTC itself.
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class PackDue:
    """Where one player stands with one pack's facts at one moment."""

    pack_id: str
    title: str
    due: int  # facts met before and due again now
    new: int  # facts never answered
    scheduled: int  # facts met and not due yet
    next_due: datetime | None  # when the first of those is due (UTC); None when none is

    @property
    def met(self) -> int:
        return self.due + self.scheduled


class Schedule:
    """One player's cards: when each fact they have met is due again."""

    def __init__(self, scheduler: Scheduler = SCHEDULER) -> None:
        self._scheduler = scheduler
        self._cards: dict[FactKey, Card] = {}

    @classmethod
    def replay(cls, answers: Iterable[StoredAnswer], scheduler: Scheduler = SCHEDULER) -> Schedule:
        """The schedule the answers make, replayed in the order they were given."""
        schedule = cls(scheduler)
        for answer in sorted(answers, key=lambda a: (_utc(a.answered_at), a.id)):
            schedule.record(answer)
        return schedule

    def record(self, answer: StoredAnswer) -> Card:
        """One more answer, later than every answer recorded so far."""
        return self.review(
            answer.pack_id, answer.question_id, rating_of(answer), answer.answered_at
        )

    def review(self, pack_id: str, question_id: str, rating: Rating, at: datetime) -> Card:
        """The fact reviewed with `rating` at `at`; its card as it now stands."""
        at = _utc(at)
        key = (pack_id, question_id)
        card = self._cards.get(key) or Card(card_id=0, due=at)  # an id skips fsrs's 1 ms wait
        card, _log = self._scheduler.review_card(card, rating, at)
        self._cards[key] = card
        return card

    def card(self, pack_id: str, question_id: str) -> Card | None:
        """The fact's card; None if the player never answered it."""
        return self._cards.get((pack_id, question_id))

    def due_at(self, pack_id: str, question_id: str) -> datetime | None:
        card = self.card(pack_id, question_id)
        return card.due if card is not None else None

    def due(self, pack: Pack, now: datetime) -> tuple[Question, ...]:
        """The pack's facts due at `now`, most overdue first (the pack's order on a tie)."""
        now = _utc(now)
        waiting = [
            (card.due, index, question)
            for index, question in enumerate(pack.questions)
            if (card := self.card(pack.id, question.id)) is not None and card.due <= now
        ]
        return tuple(question for _due, _index, question in sorted(waiting, key=_by_due))

    def standing(self, pack: Pack, now: datetime) -> PackDue:
        """How many of the pack's facts are due, new or scheduled later, at `now`."""
        now = _utc(now)
        due = new = 0
        later: list[datetime] = []
        for question in pack.questions:
            card = self.card(pack.id, question.id)
            if card is None:
                new += 1
            elif card.due <= now:
                due += 1
            else:
                later.append(card.due)
        return PackDue(pack.id, pack.title, due, new, len(later), min(later, default=None))


def _by_due(entry: tuple[datetime, int, Question]) -> tuple[datetime, int]:
    return entry[0], entry[1]


def schedule_of(store: Store, player: str) -> Schedule:
    """The player's schedule, rebuilt from every answer they have given (the review log)."""
    return Schedule.replay(store.answers(AnswerFilter(player=player)))


def due_counts(store: Store, player: str, packs: Sequence[Pack], now: datetime) -> list[PackDue]:
    """Per pack, in the order given: the player's due, new and later facts at `now`."""
    schedule = schedule_of(store, player)
    return [schedule.standing(pack, now) for pack in packs]


def due_questions(store: Store, player: str, pack: Pack, now: datetime) -> tuple[Question, ...]:
    """The pack's facts due for the player at `now`, in the order a review asks them."""
    return schedule_of(store, player).due(pack, now)


def when(moment: datetime, now: datetime, zone: tzinfo | None = None) -> str:
    """When `moment` comes, as a player reads it, in local time (or `zone`):
    "now", "in 10 minutes", "today at 17:30", "tomorrow at 09:10", "on Friday at 09:10",
    "on 24 May at 09:10"."""
    if moment <= now:
        return "now"
    if moment - now < timedelta(hours=1):
        minutes = max(1, round((moment - now).total_seconds() / 60))
        return f"in {plural(minutes, 'minute')}"
    local, today = moment.astimezone(zone), now.astimezone(zone).date()
    clock = local.strftime("%H:%M")
    days = (local.date() - today).days
    if days == 0:
        return f"today at {clock}"
    if days == 1:
        return f"tomorrow at {clock}"
    if days < 7:
        return f"on {local.strftime('%A')} at {clock}"
    year = f" {local.year}" if local.year != today.year else ""
    return f"on {local.day} {local.strftime('%B')}{year} at {clock}"


def nothing_due(standing: PackDue, now: datetime, zone: tzinfo | None = None) -> str:
    """Why a review of this pack has nothing to ask now, and what to do instead."""
    if standing.next_due is None:
        return "You have not answered any of its questions yet: play it first, and its facts come back here."
    return f"Nothing to review now: the next fact is due {when(standing.next_due, now, zone)}."
