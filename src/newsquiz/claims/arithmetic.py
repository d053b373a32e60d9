"""What the article's own figures rule out for a changed value.

A false claim must be false, but not one the article's arithmetic makes impossible: on
articles the generator was never tuned on, "the government paid 650 million of that"
(650 million being the whole), "the trial cost €6.5 million" (one of its parts) and a total
rise of 2.8% (below its first step of 4.5%) were judged nonsense every time. A part is
smaller than its whole, and a whole bigger than each of its parts; which figures are parts
of which the article says by adding up (`C$1.35 billion and C$1.05 billion` of
`C$2.4 billion`) or in words (`of that`, `of which`, `nine of the 17`).

Only figures that measure the same thing are compared: amounts in one currency, counts of
one word, lengths of time.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsquiz.facts.written import Duration, Money, Number, Value

# A breakdown is a run of this many figures at most (a budget's payers, a rise's steps).
MAX_PARTS = 6
# How far (in paragraphs) a breakdown may stand from the whole it adds up to.
PARTS_NEAR = 2

Measure = tuple[str, ...]


@dataclass(frozen=True)
class Stated:
    """A figure of the article, where it stands and what it measures."""

    paragraph: int  # 0-based
    start: int
    end: int
    value: Value
    measure: Measure
    size: float
    unit: float  # half of this is how far off its rounding may be


def measure_of(value: Value, before: str, counted: str | None) -> Measure | None:
    """What a figure measures, so that only like figures are compared: an amount by its
    currency (with the letters before its sign: C$ is not US$) and what it is paid per; a
    count by the word it counts; a length of time as time. None for a date or a year."""
    if isinstance(value, Money):
        letters = re.search(r"([A-Z]{1,3})$", before)
        return ("money", letters.group(1) if letters else "", value.symbol.lower(), counted or "")
    if isinstance(value, Duration):
        return ("time",)
    if isinstance(value, Number):
        if not value.grouped and not value.decimals and 1800 <= value.value <= 2100:
            return None  # a year
        return ("number", counted or "")
    return None


def size_and_unit(value: Value) -> tuple[float, float] | None:
    """How much a figure is, and the step of its last written digit."""
    if isinstance(value, Money):
        scale = value.total / value.amount.value if value.amount.value else 1.0
        return value.total, 10.0**-value.amount.decimals * scale
    if isinstance(value, Duration):
        step = 1.0 if value.amount == int(value.amount) else 0.1
        return value.seconds, step * value.seconds / value.amount if value.amount else 1.0
    if isinstance(value, Number):
        return value.value, 10.0**-value.decimals
    return None


@dataclass(frozen=True)
class Limits:
    """The sizes a changed value may take: strictly between `low` and `high`."""

    low: float = -math.inf
    high: float = math.inf

    def admits(self, size: float) -> bool:
        return self.low < size < self.high

    def __and__(self, other: Limits) -> Limits:
        return Limits(max(self.low, other.low), min(self.high, other.high))


NO_LIMITS = Limits()

# `paid 400 million tögrög of that`: the figure is part of the one before it.
_PART_AFTER = re.compile(
    r"\s*(?:[^\W\d]+\s+){0,2}?of\s+(?:that|it|this|which|them|these|those|the\s+total)\b",
    re.IGNORECASE,
)
# `…$27 million, of which €6.5 million came from…`
_PART_BEFORE = re.compile(r"\bof\s+which\s+$", re.IGNORECASE)
# `nine of the 17 seats`: the figure is part of the one right after it.
_PART_OF_NEXT = re.compile(r"\s*(?:[^\W\d]+\s+)?of\s+(?:the|its|their|all)\s+$", re.IGNORECASE)


class Figures:
    """The figures of an article, with what each is a part or a whole of."""

    def __init__(self, paragraphs: Sequence[str], stated: Sequence[Sequence[Stated]]) -> None:
        self.paragraphs = paragraphs
        self.stated = stated
        # For each figure (paragraph, start): the wholes it is a part of, the parts of it.
        self.wholes: dict[tuple[int, int], list[float]] = {}
        self.parts: dict[tuple[int, int], list[float]] = {}
        for row, figures in enumerate(stated):
            self._add_sums(row, figures)
            self._add_worded(row, figures)

    def _relate(self, part: Stated, whole: Stated) -> None:
        if part.measure == whole.measure and part.size < whole.size:
            self.wholes.setdefault((part.paragraph, part.start), []).append(whole.size)
            self.parts.setdefault((whole.paragraph, whole.start), []).append(part.size)

    def _add_sums(self, row: int, figures: Sequence[Stated]) -> None:
        """Runs of like figures in one paragraph that add up to a like figure nearby."""
        near = [
            f
            for r in range(max(0, row - PARTS_NEAR), min(len(self.stated), row + PARTS_NEAR + 1))
            for f in self.stated[r]
        ]
        by_measure: dict[Measure, list[Stated]] = {}
        for figure in figures:
            by_measure.setdefault(figure.measure, []).append(figure)
        for measure, run in by_measure.items():
            wholes = [f for f in near if f.measure == measure]
            for first in range(len(run)):
                for last in range(first + 1, min(len(run), first + MAX_PARTS)):
                    parts = run[first : last + 1]
                    total = sum(p.size for p in parts)
                    for whole in wholes:
                        if whole in parts or abs(total - whole.size) > whole.unit / 2 + 1e-9:
                            continue
                        for part in parts:
                            self._relate(part, whole)

    def _add_worded(self, row: int, figures: Sequence[Stated]) -> None:
        """Parts the words say: `of that`, `of which`, `nine of the 17`."""
        text = self.paragraphs[row]
        earlier = list(self.stated[row - 1]) if row else []
        for at, figure in enumerate(figures):
            before = [*earlier, *figures[:at]]
            if _PART_AFTER.match(text, figure.end) or _PART_BEFORE.search(text[: figure.start]):
                whole = next((f for f in reversed(before) if f.measure == figure.measure), None)
                if whole is not None:
                    self._relate(figure, whole)
            following = figures[at + 1] if at + 1 < len(figures) else None
            if (
                following is not None
                and isinstance(figure.value, Number)
                and isinstance(following.value, Number)
                and _PART_OF_NEXT.fullmatch(text[figure.end : following.start])
            ):
                # `nine of the 17 seats`: the first counts nothing of its own (`of`).
                self.wholes.setdefault((row, figure.start), []).append(following.size)
                self.parts.setdefault((row, following.start), []).append(figure.size)

    def at(self, line: int | None, span: tuple[int, int] | None) -> Stated | None:
        """The figure of the article at `span` of line `line` (1-based)."""
        if line is None or span is None or not 0 < line <= len(self.stated):
            return None
        return next(
            (f for f in self.stated[line - 1] if f.start < span[1] and span[0] < f.end), None
        )

    def limits(
        self, answer: Value, measure: Measure | None, line: int | None, span: tuple[int, int] | None
    ) -> Limits:
        """What the article's figures leave a changed value of `answer` (standing at `span`
        of line `line`, when found there) to be."""
        read = size_and_unit(answer)
        if read is None or measure is None:
            return NO_LIMITS
        size = read[0]
        limits = NO_LIMITS
        own = self.at(line, span)
        if own is not None and _comparable(own.measure, measure):
            key = (own.paragraph, own.start)
            if key in self.wholes:
                limits &= Limits(high=min(self.wholes[key]))
            if key in self.parts:
                limits &= Limits(low=max(self.parts[key]))
        elif own is None and line is not None and 0 < line <= len(self.stated):
            limits &= self._derived(size, measure, self.stated[line - 1])
        return limits

    @staticmethod
    def _derived(size: float, measure: Measure, figures: Sequence[Stated]) -> Limits:
        """An answer the article does not write but works out from two figures of its line:
        the difference of two (`cost €9.6 billion, against a budget of €6.2 billion`) is a
        part of the bigger, the sum of two a whole of both."""
        like = [f for f in figures if _comparable(f.measure, measure)]
        limits = NO_LIMITS
        for i, one in enumerate(like):
            for other in like[i + 1 :]:
                if one.measure != other.measure:
                    continue
                big, small = max(one.size, other.size), min(one.size, other.size)
                slack = (one.unit + other.unit) / 2 + 1e-9
                if abs(big - small - size) <= slack:
                    limits &= Limits(high=big)
                elif abs(big + small - size) <= slack:
                    limits &= Limits(low=big)
        return limits


def _comparable(one: Measure, other: Measure) -> bool:
    """Figures of one kind, and amounts of one currency, whatever each counts: the answer's
    own words may say less of what it counts than the article's do."""
    return one[:1] == other[:1] and (one[0] != "money" or one[1:3] == other[1:3])
