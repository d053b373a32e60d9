"""Spaced review against today's drill: simulated students, 30 days, recall tested on day 30.

Run: python bench/review_sim.py [--students N] [--facts N] [--per-day N] [--days N] [--seed S]
                                [--first-days D]

Every simulated student learns one pool of facts, the same number of questions a day,
under two ways of choosing the questions:

(a) the drill as the game plays it today (newsquiz.drill): facts in the pack's order, a
    missed one asked again two questions later until it is right (retired after three
    misses); the next day's drill goes on from the first fact not yet reached, and starts
    the pack again once it is through (the student plays the drill every day);
(b) FSRS review as `newsquiz review` schedules it (newsquiz.review: the same scheduler, the
    same ratings, the answers replayed into a Schedule one by one): first the facts due,
    most overdue first, then new facts in order while questions are left. A fact missed
    comes back ten minutes later, so it can return in the same sitting.

The students' memory is a model of its own, deliberately not FSRS's (FSRS forgets along a
power law with 21 fitted weights; these students forget exponentially, with three numbers
each):

- A fact never seen is not known. Seeing its answer (the feedback after any miss) stores
  it with a stability S0 (days): the student's own, times the fact's difficulty.
- Recall after t days since the fact was last met succeeds with probability exp(-t / S).
- A success strengthens the memory: S grows by the factor 1 + BASE_GAIN + growth * (1 - p),
  p being the chance of that recall. A recall that was nearly forgotten strengthens much
  more than one made minutes after the last (the spacing effect: Bjork's "desirable
  difficulty"); a recall made a minute later still adds BASE_GAIN, so massed repetition
  is not worthless either.
- A miss shows the answer again: S falls to LAPSE of itself, but not below S0.
- Either way the fact was just met: its clock starts again.

Students differ: S0 is log-normal around a day (--first-days; FSRS's own first stabilities
are 0.2 day after a miss and 2.3 days after a first right answer), growth uniform in [2, 5];
facts differ
by a log-normal difficulty. Everything is drawn from one seed, and each student meets both
ways with the same memory parameters; day 30's test asks every fact once, without feedback.
"""

from __future__ import annotations

import argparse
import math
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from newsquiz.drill import DEFAULT_GAP, DEFAULT_TRIES
from newsquiz.review import Schedule
from newsquiz.store import StoredAnswer

PACK_ID = "simulated"
START = datetime(2024, 9, 2, tzinfo=UTC)
SESSION_AT = 17 / 24  # each day's sitting begins at 17:00
QUESTION_DAYS = 1 / (24 * 60)  # a minute a question
BASE_GAIN = 0.1
LAPSE = 0.5


@dataclass
class Memory:
    """One student's memory of every fact (see the module docstring)."""

    first_stability: float  # S0 in days, before the fact's difficulty
    growth: float
    difficulty: list[float]  # per fact: multiplies S0
    rng: random.Random
    stability: dict[int, float] = field(default_factory=dict)
    last_met: dict[int, float] = field(default_factory=dict)  # in days since START
    asked: int = 0  # questions answered

    def chance(self, fact: int, at: float) -> float:
        """The probability of recalling `fact` at `at` (days since START)."""
        if fact not in self.stability:
            return 0.0
        return math.exp(-(at - self.last_met[fact]) / self.stability[fact])

    def answer(self, fact: int, at: float) -> bool:
        """Asked `fact` at `at`, then shown the answer: whether it was recalled."""
        floor = self.first_stability * self.difficulty[fact]
        p = self.chance(fact, at)
        recalled = self.rng.random() < p
        self.asked += 1
        if fact not in self.stability:
            self.stability[fact] = floor  # the answer, seen for the first time
        elif recalled:
            self.stability[fact] *= 1 + BASE_GAIN + self.growth * (1 - p)
        else:
            self.stability[fact] = max(floor, self.stability[fact] * LAPSE)
        self.last_met[fact] = at
        return recalled


def drill_day(memory: Memory, facts: int, per_day: int, cursor: int, at: float) -> int:
    """One day's drill (newsquiz.drill's rules) of `per_day` questions; the next cursor."""
    queue = [(cursor + k) % facts for k in range(per_day)]
    tries: dict[int, int] = {}
    index = 0
    while index < per_day and index < len(queue):  # `per_day` questions, repeats included
        fact = queue[index]
        tries[fact] = tries.get(fact, 0) + 1
        if not memory.answer(fact, at) and tries[fact] < DEFAULT_TRIES:
            queue.insert(min(index + 1 + DEFAULT_GAP, len(queue)), fact)  # comeback_index
        at += QUESTION_DAYS
        index += 1
    reached = len({fact for fact in queue[:index]})
    return (cursor + reached) % facts


def answered(fact: int, recalled: bool, at: float, number: int) -> StoredAnswer:
    """The answer as the results store would give it back to newsquiz.review."""
    return StoredAnswer(
        run_id="sim",
        player="sim",
        group="",
        pack_id=PACK_ID,
        pack_digest="",
        question_id=str(fact),
        answer="",
        verdict="correct" if recalled else "incorrect",
        score=1.0 if recalled else 0.0,
        reason=None,
        seconds=60.0,
        attempt=1,
        answered_at=START + timedelta(days=at),
        id=number,
    )


def review_day(
    memory: Memory, schedule: Schedule, facts: int, per_day: int, new_from: int, at: float
) -> int:
    """One day's FSRS review of `per_day` questions at most; the first fact still new."""
    for _ in range(per_day):
        now = START + timedelta(days=at)
        due = [
            (moment, fact)
            for fact in range(new_from)
            if (moment := schedule.due_at(PACK_ID, str(fact))) is not None and moment <= now
        ]
        if due:
            fact = min(due)[1]
        elif new_from < facts:
            fact, new_from = new_from, new_from + 1
        else:
            break  # nothing due and nothing new: the sitting ends early
        schedule.record(answered(fact, memory.answer(fact, at), at, int(at * 1e6)))
        at += QUESTION_DAYS
    return new_from


class Drill:
    """Today's drill, played every day from where the last one stopped."""

    def __init__(self, facts: int, per_day: int) -> None:
        self.facts, self.per_day, self.cursor = facts, per_day, 0

    def day(self, memory: Memory, at: float) -> None:
        self.cursor = drill_day(memory, self.facts, self.per_day, self.cursor, at)


class Review:
    """FSRS review every day, new facts after the due ones."""

    def __init__(self, facts: int, per_day: int) -> None:
        self.facts, self.per_day, self.new_from = facts, per_day, 0
        self.schedule = Schedule()

    def day(self, memory: Memory, at: float) -> None:
        self.new_from = review_day(
            memory, self.schedule, self.facts, self.per_day, self.new_from, at
        )


@dataclass(frozen=True)
class Outcome:
    recalled: float  # share of all facts recalled on the test day
    met: float  # share of facts met at least once
    recalled_of_met: float
    asked_a_day: float  # questions a student answered a day, on average


def simulate(
    students: int,
    facts: int,
    per_day: int,
    days: int,
    seed: int,
    way: str,
    first_days: float = 1.0,
) -> Outcome:
    recalled = met = asked = 0
    rng = random.Random(seed)
    difficulty = [rng.lognormvariate(0, 0.4) for _ in range(facts)]
    for student in range(students):
        traits = random.Random(f"{seed}-{student}")  # the same student under both ways
        memory = Memory(
            first_stability=first_days * traits.lognormvariate(0, 0.5),
            growth=traits.uniform(2, 5),
            difficulty=difficulty,
            rng=random.Random(f"{seed}-{student}-{way}"),
        )
        way_of_study = Drill(facts, per_day) if way == "drill" else Review(facts, per_day)
        for day in range(days):
            way_of_study.day(memory, day + SESSION_AT)
        test_at = days + SESSION_AT
        recalled += sum(memory.rng.random() < memory.chance(f, test_at) for f in range(facts))
        met += len(memory.stability)
        asked += memory.asked
    total = students * facts
    return Outcome(
        recalled / total, met / total, recalled / met if met else 0.0, asked / (students * days)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", type=int, default=200)
    parser.add_argument("--facts", type=int, default=100)
    parser.add_argument("--per-day", type=int, default=20, help="questions a day, either way")
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument(
        "--first-days",
        type=float,
        default=1.0,
        help="median days a fact first seen lasts (its stability S0)",
    )
    args = parser.parse_args()
    shape = (args.students, args.facts, args.per_day, args.days, args.seed)
    drill = simulate(*shape, "drill", args.first_days)
    review = simulate(*shape, "fsrs", args.first_days)
    print(
        f"{args.students} simulated students, {args.facts} facts, {args.per_day} questions "
        f"a day for {args.days} days (seed {args.seed}, S0 about {args.first_days:g} day{'s' * (args.first_days != 1)}); "
        f"every fact tested on day {args.days}."
    )
    print(f"  {'':<34}{'drill (today)':>15}{'FSRS review':>15}")
    for label, drilled, reviewed in (
        (f"facts recalled on day {args.days}", drill.recalled, review.recalled),
        ("facts met at least once", drill.met, review.met),
        ("recalled, of the facts met", drill.recalled_of_met, review.recalled_of_met),
    ):
        print(f"  {label:<34}{drilled:>15.1%}{reviewed:>15.1%}")
    print(
        f"  {'questions answered a day':<34}{drill.asked_a_day:>15.1f}{review.asked_a_day:>15.1f}"
    )


if __name__ == "__main__":
    main()
