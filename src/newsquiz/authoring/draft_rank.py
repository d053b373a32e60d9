"""Ranking drafted candidates: a score each, the best per fact, the best first.

Overgenerate, then rank (after Heilman and Smith's question generator): the drafter
proposes every question it can, each with flags saying what is known to spoil a
question, and this module turns them into a score, keeps only the best candidate
for each fact, drops the ones too flawed to be worth an author's time, and sorts
the rest best first. The weights were set by judging drafts of news articles against
the rubric in docs/authoring.md ("How good is a draft?").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

from newsquiz.facts.text import fold_text

# How likely a question on each kind of fact is to be kept as it is: a clear single
# fact (a date, an amount, a person's post) beats a bare number or a true/false claim.
BASE = {
    "date": 3.0,
    "money": 3.0,
    "post": 3.0,
    "quote": 2.8,
    "duration": 2.6,
    "list": 2.6,
    "counted": 2.4,  # a number with what it counts: `84,121 votes`
    "year": 2.2,
    "time": 2.4,  # a clock time, asked whole
    "weekday": 2.2,  # `launched on Wednesday`
    "place": 1.8,
    "cause": 2.0,
    # a true/false claim is kept least often: it tests one detail of a long sentence
    "claim": 1.5,
    "number": 0.8,  # a bare number: often part of a name, a model or a time
    "age": 0.5,  # `Sven Aho, 34,`: a detail of the person, not of the story
}
PENALTY = {
    "headline": 3.0,  # a headline is cut short and repeats the story's facts
    "pronoun": 2.5,  # `It had a magnitude of ____`: which one?
    "back_reference": 1.8,  # `Both men were charged in ____`: which men?
    "cut_left": 0.8,  # the excerpt starts mid-sentence
    "elided": 0.4,  # …its middle left out, the opening clause kept: `A survey … in ____`
    "dangling": 1.5,  # …and it starts with `which`, `and` or `with`
    "relative": 2.0,  # `____ later`: later than what?
    "in_quote": 1.5,  # a speaker's words, or a quotation cut in half
    "truncated": 2.0,  # the sentence has no end
    "long": 1.0,  # hard to read in a terminal
    "answer_shown": 2.0,  # the question gives the answer away
    "name_number": 4.0,  # `Vostok 1`: a number that is part of a name
    "few_words": 1.0,  # a quotation too short to recognise
    "topic": 1.0,  # the place the headline names: the story's subject, too easy to ask
    "adjective": 0.4,  # `the six-day fair`: a length written as a describing word
    "year_of_date": 1.0,  # the year of a date asked elsewhere: the same fact, or trivial
    "in_headline": 1.0,  # the headline gives it
    "vague_post": 2.0,  # `the Councillor`, when the article names two
    "fragment": 3.0,  # `Who said “start a long conversation”?`: words, not a statement
    "total_shown": 1.5,  # `____ gold, nine silver and eight bronze, 28 in all`: arithmetic
    "shared_name": 1.0,  # `Park said …` when two Parks are named: which one?
    "schedule_year": 1.5,  # `6.2% this year, 4.5% in 2026 and 3.8% in 2027`: the later years
    "trivial_claim": 2.0,  # a false claim changing only an age, or impossible on its face
    "dateline": 3.0,  # `TANA BRU, Norway, ____ –`: the report's own date
}
# A question that does not stand alone (its referent is in another sentence) or that is
# trivial (the headline gives it): ranked below every question free of these, whatever
# its kind, since an author keeps none of them as it is.
DEMOTED = {
    "pronoun",
    "back_reference",
    "shared_name",
    "in_headline",
    "schedule_year",
    "trivial_claim",
    "dateline",
}
# Below this a candidate is not worth the author's time to fix.
FLOOR = 1.0
# Each further question from a sentence already asked about counts this much less,
# so the first ten cover the article instead of one busy sentence.
SAME_SENTENCE = 0.7
LONG_QUESTION = 190


class Rankable(Protocol):
    what: str
    flags: set[str]
    question: str
    fact: tuple[str, ...]
    cite: str | tuple[str, ...]
    order: tuple[int, int]
    score: float

    @property
    def answer_text(self) -> str: ...


R = TypeVar("R", bound=Rankable)


@dataclass
class _Scored(Generic[R]):
    item: R
    score: float
    sentence: Hashable = field(default=None)

    @property
    def demoted(self) -> bool:
        return bool(self.item.flags & DEMOTED)


def score(candidate: Rankable) -> float:
    flags = set(candidate.flags)
    if len(candidate.question) > LONG_QUESTION:
        flags.add("long")
    answer = fold_text(candidate.answer_text)
    if candidate.what not in ("claim", "quote") and answer and _shown(answer, candidate):
        flags.add("answer_shown")
    total = BASE.get(candidate.what, 1.0) - sum(PENALTY.get(flag, 0.0) for flag in flags)
    return round(total, 3)


def _shown(answer: str, candidate: Rankable) -> bool:
    """The answer stands in the question itself (outside the gap)."""
    question = fold_text(candidate.question)
    return f" {answer} " in f" {question} "


def rank(candidates: Sequence[R]) -> list[R]:
    """The best candidate of each fact, the flawed ones dropped, best first."""
    best: dict[tuple[str, ...], _Scored[R]] = {}
    for candidate in candidates:
        scored = _Scored(candidate, score(candidate), candidate.cite)
        held = best.get(candidate.fact)
        if held is None or (scored.score, _earlier(candidate)) > (held.score, _earlier(held.item)):
            best[candidate.fact] = scored
    kept = [s for s in best.values() if s.score >= FLOOR]
    # a true claim restates its whole sentence: a sentence another candidate asks from
    # is asked already
    asked_from = {s.sentence for s in kept if s.item.what != "claim"}
    pool = sorted(
        (
            s
            for s in kept
            if not (
                s.item.what == "claim" and s.item.answer_text == "true" and s.sentence in asked_from
            )
        ),
        key=lambda s: (s.demoted, -s.score, s.item.order),
    )
    ranked: list[R] = []
    asked: Counter[Hashable] = Counter()
    while pool:
        pick = max(
            range(len(pool)),
            key=lambda i: (
                not pool[i].demoted,
                pool[i].score - SAME_SENTENCE * asked[pool[i].sentence],
                -i,
            ),
        )
        chosen = pool.pop(pick)
        asked[chosen.sentence] += 1
        chosen.item.score = chosen.score
        ranked.append(chosen.item)
    return ranked


def _earlier(candidate: Rankable) -> tuple[int, int]:
    """Ties go to the earlier candidate: negate so larger is earlier."""
    return (-candidate.order[0], -candidate.order[1])
