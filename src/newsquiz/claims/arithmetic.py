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

import bisect
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from newsquiz.facts.text import singular
from newsquiz.facts.words import FILLERS
from newsquiz.facts.written import Duration, Money, Number, Value

# A breakdown is a run of this many figures at most (a budget's payers, a rise's steps).
MAX_PARTS = 6
# How far (in paragraphs) a breakdown may stand from the whole it adds up to.
PARTS_NEAR = 2
# How far (in paragraphs) a range, a minimum or a maximum may stand from the answer's line
# and still bound it; a runner-up, from the winner's.
RULES_NEAR = 8
RUNNER_UP_NEAR = 3

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
        if value.year_like():
            return None
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
# `…$27 million, of which €6.5 million came from…`; `About 310 flights were cancelled,
# including 142 at Pearson`; `Of that, $310 million came from a loan`; `among them 14`.
_PART_BEFORE = re.compile(
    r"\b(?:of\s+(?:which|whom|that|this|these|those|them|it)|including|among\s+them|"
    r"among\s+(?:which|whom))\s*,?\s+$",
    re.IGNORECASE,
)
# `from 38 hours to 35`, `from €25 in standard class to €90 in first class`, `between 6
# and 8`: a range, whose steps lie inside it and whose ends keep their order.
_RANGE_OPENS = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_RANGE_LINK = re.compile(r"\s+(?:[^\W\d]+\s+){0,4}?(?:to|and)\s+(?:a\s+)?", re.IGNORECASE)
# `a (prescribed) minimum of 15 years`, `a maximum score of 42`, `up to a ceiling of 10
# percent`, `a cap of €2,000`, `capped at 5 percent`: a bound the article sets. A ceiling or
# a cap is a maximum; a `limit` is not read (a speed limit is broken, a ceiling never).
_BOUND = re.compile(
    r"\b(?:(?P<kind>minimum|maximum|ceiling|cap)\b(?:\s+[\w-]+){0,2}\s+of|capped\s+at)\s+$",
    re.IGNORECASE,
)
_BOUND_KIND = {"minimum": "minimum", "maximum": "maximum", "ceiling": "maximum", "cap": "maximum"}
# `a ceiling of 10 percent of the contract value, or 28.64 million birr`: the same bound
# again in another measure (the words between what the first counts).
_SAID_AGAIN = re.compile(
    r"(?:\s*%|(?:\s+[^\W\d]+){1,4})?\s*,?\s+or\s+(?:about\s+|some\s+|roughly\s+)?",
    re.IGNORECASE,
)
# `capped at 52 weeks' pay`: a length of time that counts another thing, no bound of a time.
_COUNTS_ANOTHER = re.compile(r"['’](?!\w)")
# `came second with 31.2 per cent`, `runner-up on 12 points`: the figure a winner's tops.
_RUNNER_UP = re.compile(
    r"\b(?:(?:came|finished|placed|ended|was|were)\s+second|runners?-up)\b"
    r"(?:\s+(?:place|with|on|at|in|overall))*,?\s+$",
    re.IGNORECASE,
)
# `€51.3 billion, down from €62.8 billion in the July draft`: the figure after is the same
# thing earlier, bigger (down) or smaller (up) than the one before.
_CHANGED_FROM = re.compile(
    r"\s*(?:%|per\s*cent|percent)?,?\s+(?:(?P<down>down|lower)|(?:up|higher))\s+from\s+"
    r"(?:a|an|the)?\s*$",
    re.IGNORECASE,
)
# `Around move 70 I felt…`, `on lap 52`: a position the thing counted reached, so a count of
# it (`lasted 94 moves`) is at least that.
_POSITION = re.compile(
    r"\b(move|lap|round|over|hole|stage|inning|innings|set|minute|mile|kilometre)\s+(\d{1,4})\b"
)
# Words of a claim about whoever came first.
_WINS = re.compile(r"\b(?:won|win|wins|winning|winner|victory|topped|came\s+first)\b", re.I)

# Words that announce a breakdown of a whole: `Of the fine, €6 million …`, `The remaining
# €3.5 million …`, `… covers the rest`.
_BREAKDOWN = re.compile(
    r"\b(?:the\s+(?:rest|remainder|remaining|balance)\b|of\s+(?:the|its|that)\s+[a-z]+,)",
    re.IGNORECASE,
)
_THE_REST = re.compile(r"\bthe\s+(?:rest|remainder|balance)\b(?!\s+of\b)", re.IGNORECASE)
# How far a far whole may be from a breakdown's sum and still be looked at (each is then
# held to its own rounding).
_FAR_SLACK = 0.05

# `nine of the 17 seats`: the figure is part of the one right after it.
_PART_OF_NEXT = re.compile(r"\s*(?:[^\W\d]+\s+)?of\s+(?:the|its|their|all)\s+$", re.IGNORECASE)
# `Of the 41 tin ingots, 17 are cracked`: the figure after the comma is part of the one the
# clause opens with.
_OF_THE_WHOLE = re.compile(r"\bof\s+(?:the|its|their|all|these|those)\s+$", re.IGNORECASE)
_WHOLE_THEN_PART = re.compile(r"(?:\s+[^\W\d]+){1,4}\s*,\s*")


_Item = TypeVar("_Item")


def _by_row(items: Iterable[_Item], row_of: Callable[[_Item], int]) -> dict[int, list[_Item]]:
    rows: dict[int, list[_Item]] = {}
    for item in items:
        rows.setdefault(row_of(item), []).append(item)
    return rows


def _near(rows: dict[int, list[_Item]], here: int, distance: int) -> Iterator[_Item]:
    """The items of the paragraphs within `distance` of `here`, in article order."""
    for row in range(here - distance, here + distance + 1):
        yield from rows.get(row, ())


class Figures:
    """The figures of an article, with what each is a part or a whole of."""

    def __init__(self, paragraphs: Sequence[str], stated: Sequence[Sequence[Stated]]) -> None:
        self.paragraphs = paragraphs
        self.stated = stated
        # For each figure (paragraph, start): the wholes it is a part of, the parts of it.
        self.wholes: dict[tuple[int, int], list[float]] = {}
        self.parts: dict[tuple[int, int], list[float]] = {}
        # Ranges (lowest, highest end), bounds ("minimum" or "maximum") and runners-up, each
        # with where it stands and what it measures.
        self.ranges: list[tuple[Stated, float, float, frozenset[str]]] = []
        self.bounds: list[tuple[Stated, str]] = []
        # What the sentence of each bound a ceiling or a cap sets is about (by figure): it
        # bounds only the thing it is set on (an insurer's cover capped at 60 million zlotys
        # is no bound of the ticket sales lost).
        self.bound_topics: dict[tuple[int, int], frozenset[str]] = {}
        self.runners_up: list[Stated] = []
        # Positions reached (`move 70`): paragraph, the word, the number.
        self.positions = [
            (row, m.group(1), float(m.group(2)))
            for row, paragraph in enumerate(paragraphs)
            for m in _POSITION.finditer(paragraph)
        ]
        # Every figure by what it measures, by size, made when a breakdown the words
        # announce (`Of the fine, …`, `The remaining …`) is first met: it may add up to a
        # whole stated paragraphs before.
        self._sized_index: dict[Measure, list[tuple[float, int, Stated]]] | None = None
        for row, figures in enumerate(stated):
            self._add_sums(row, figures)
            self._add_rest(row, figures)
            self._add_worded(row, figures)
            self._add_rules(row, figures)
        # By paragraph: a changed value is weighed against the rules of the paragraphs near
        # it only, so each look-up reads those, not the whole article (linear `check`).
        self._ranges_at = _by_row(self.ranges, lambda r: r[0].paragraph)
        self._bounds_at = _by_row(self.bounds, lambda b: b[0].paragraph)
        self._positions_at = _by_row(self.positions, lambda p: p[0])
        self._runners_up_at = _by_row(self.runners_up, lambda f: f.paragraph)

    def _add_rules(self, row: int, figures: Sequence[Stated]) -> None:
        text = self.paragraphs[row]
        # Each pattern below needs its own words before the figure, and most paragraphs hold
        # none of them: searching each figure's whole run-up for them read a long article
        # many times over. Letters only whose case the patterns' IGNORECASE folds as
        # `lower()` does (not `i` nor `s`, which it also matches to `ı` and `ſ`).
        lowered = text.lower()
        # minimum, maximum, cap, capped; ceiling (its `i` as `lower()` writes it: a ceiling
        # written with a dotless `ı` is not read)
        may_bound = "mum" in lowered or "cap" in lowered or "eiling" in lowered
        bound_before: str | None = None  # the kind of bound the figure before is
        new_word = False  # whether that bound is said by a ceiling or a cap
        may_runner_up = "cond" in lowered or "unner" in lowered  # second, runner(s)-up
        may_range = "rom" in lowered or "etween" in lowered  # from, between
        for at, figure in enumerate(figures):
            before = text[: figure.start]
            bound = _BOUND.search(before) if may_bound else None
            kind: str | None = None
            if bound is not None:
                word = (bound["kind"] or "cap").lower()
                kind = _BOUND_KIND[word]
                new_word = word not in ("minimum", "maximum")
            elif bound_before and _SAID_AGAIN.fullmatch(text[figures[at - 1].end : figure.start]):
                kind = bound_before
            if kind is not None and not (
                isinstance(figure.value, Duration) and _COUNTS_ANOTHER.match(text, figure.end)
            ):
                self.bounds.append((figure, kind))
                if new_word:
                    topic = _topic(_sentence_at(text, at=figure.start))
                    self.bound_topics[figure.paragraph, figure.start] = topic
            bound_before = kind
            if may_runner_up and _RUNNER_UP.search(before):
                self.runners_up.append(figure)
            following = figures[at + 1] if at + 1 < len(figures) else None
            changed = (
                _CHANGED_FROM.fullmatch(text[figure.end : following.start])
                if following is not None
                else None
            )
            if (
                changed
                and following is not None
                and (_part_of(following, figure) or _part_of(figure, following))
            ):
                # An order, not a part: the two keep their sides of each other.
                less, more = (figure, following) if changed["down"] else (following, figure)
                self._relate_sizes(less, more)
            if (
                following is not None
                and may_range
                and _RANGE_OPENS.search(before)
                and _RANGE_LINK.fullmatch(text[figure.end : following.start])
            ):
                other = _in_measure_of(following, figure)
                if other is not None:
                    low, high = sorted((figure.size, other))
                    self.ranges.append(
                        (figure, low, high, _topic(_sentence_at(text, at=figure.start)))
                    )

    def _relate(self, part: Stated, whole: Stated) -> None:
        if part.measure == whole.measure:
            self._relate_sizes(part, whole)

    def _relate_sizes(self, part: Stated, whole: Stated) -> None:
        """`part` is a part of `whole`, where it is the smaller: each bounds the other."""
        if part.size < whole.size:
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
        announced = len(figures) > 1 and _BREAKDOWN.search(self.paragraphs[row]) is not None
        for measure, run in by_measure.items():
            wholes = [f for f in near if f.measure == measure]
            if announced and len(run) > 1:
                wholes += self._far_wholes(measure, run, wholes)
            for first in range(len(run)):
                for last in range(first + 1, min(len(run), first + MAX_PARTS)):
                    parts = run[first : last + 1]
                    total = sum(p.size for p in parts)
                    for whole in wholes:
                        if whole in parts or abs(total - whole.size) > whole.unit / 2 + 1e-9:
                            continue
                        for part in parts:
                            self._relate(part, whole)

    def _far_wholes(
        self, measure: Measure, run: Sequence[Stated], near: Sequence[Stated]
    ) -> list[Stated]:
        """The like figures anywhere in the article that some run of `run` adds up to (each
        found by its size, not by reading every figure), besides those `near`."""
        if self._sized_index is None:
            self._sized_index = {}
            for row, figures in enumerate(self.stated):
                for at, figure in enumerate(figures):
                    self._sized_index.setdefault(figure.measure, []).append(
                        (figure.size, row * 10**6 + at, figure)
                    )
            for each in self._sized_index.values():
                each.sort(key=lambda item: (item[0], item[1]))
        sized = self._sized_index.get(measure, [])
        found: list[Stated] = []
        for first in range(len(run)):
            for last in range(first + 1, min(len(run), first + MAX_PARTS)):
                total = sum(p.size for p in run[first : last + 1])
                at = bisect.bisect_left(sized, total * (1 - _FAR_SLACK), key=lambda i: i[0])
                while at < len(sized) and sized[at][0] <= total * (1 + _FAR_SLACK):
                    whole = sized[at][2]
                    if whole not in near and whole not in found and whole not in run:
                        found.append(whole)
                    at += 1
        return found

    def _add_rest(self, row: int, figures: Sequence[Stated]) -> None:
        """`The project will cost A$52 million. Australia is providing A$30 million, … the
        island covers the rest, about A$1.8 million`: a paragraph that ends its breakdown
        with `the rest` makes each later like figure a part of its first one, where the
        payers' currencies do not add up."""
        if len(figures) < 2 or _THE_REST.search(self.paragraphs[row]) is None:
            return
        by_measure: dict[Measure, list[Stated]] = {}
        for figure in figures:
            by_measure.setdefault(figure.measure, []).append(figure)
        text = self.paragraphs[row]
        for run in by_measure.values():
            whole, parts = run[0], run[1:]
            if not isinstance(whole.value, Money):
                continue  # `40 percent …, 35 percent … and the rest`: shares of a hundred
            # The whole in a sentence of its own, before the breakdown (`… will cost A$52
            # million. Australia is providing …`).
            if not parts or not _SENTENCE_END.search(text, whole.end, parts[0].start):
                continue
            if sum(p.size for p in parts) < whole.size:
                for part in parts:
                    self._relate(part, whole)

    def _add_worded(self, row: int, figures: Sequence[Stated]) -> None:
        """Parts the words say: `of that`, `of which`, `nine of the 17`."""
        text = self.paragraphs[row]
        earlier = list(self.stated[row - 1]) if row else []
        for at, figure in enumerate(figures):
            before = [*earlier, *figures[:at]]
            if _PART_AFTER.match(text, figure.end) or _PART_BEFORE.search(text[: figure.start]):
                whole = next((f for f in reversed(before) if _part_of(figure, f)), None)
                if whole is not None:
                    self._relate_sizes(figure, whole)
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
            if (
                following is not None
                and _OF_THE_WHOLE.search(text, max(0, figure.start - 12), figure.start)
                and _WHOLE_THEN_PART.fullmatch(text, figure.end, following.start)
                and _part_of(following, figure)
            ):
                self._relate_sizes(following, figure)

    def at(self, line: int | None, span: tuple[int, int] | None) -> Stated | None:
        """The figure of the article at `span` of line `line` (1-based)."""
        if line is None or span is None or not 0 < line <= len(self.stated):
            return None
        return next(
            (f for f in self.stated[line - 1] if f.start < span[1] and span[0] < f.end), None
        )

    def limits(
        self,
        answer: Value,
        measure: Measure | None,
        line: int | None,
        span: tuple[int, int] | None,
        claim: str = "",
    ) -> Limits:
        """What the article's figures leave a changed value of `answer` (standing at `span`
        of line `line`, when found there; stated by the words `claim`) to be."""
        read = size_and_unit(answer)
        if read is None or measure is None:
            return NO_LIMITS
        size, unit = read
        limits = NO_LIMITS
        own = self.at(line, span)
        if own is not None and not _comparable(own.measure, measure):
            return NO_LIMITS
        if own is not None:
            key = (own.paragraph, own.start)
            if key in self.wholes:
                limits &= Limits(high=min(self.wholes[key]))
            if key in self.parts:
                limits &= Limits(low=max(self.parts[key]))
            measure = own.measure
        elif line is not None and 0 < line <= len(self.stated):
            limits &= self._derived(size, measure, self.stated[line - 1])
        if line is None:
            return limits
        here = line - 1
        slack = unit / 2 + 1e-9
        topic = _topic(claim)
        for figure, low, high, about in _near(self._ranges_at, here, RULES_NEAR):
            # The answer may be one of the range's own ends: the other end bounds it.
            if figure.measure != measure:
                continue
            if not about & topic:
                continue  # a range of something else (the patients' ages, not the campaign's)
            if low + slack < size < high - slack:
                limits &= Limits(low - slack, high + slack)  # a step between the two ends
            elif abs(size - high) <= slack:
                limits &= Limits(low=low)  # the top stays above the bottom
            elif abs(size - low) <= slack:
                limits &= Limits(high=high)
        for figure, kind in _near(self._bounds_at, here, RULES_NEAR):
            if figure is own or figure.measure != measure:
                continue
            set_on = self.bound_topics.get((figure.paragraph, figure.start))
            if set_on is not None and not set_on & topic:
                continue  # a ceiling or a cap of something else
            if kind == "minimum" and size >= figure.size - slack:
                limits &= Limits(low=figure.size - slack)
            elif kind == "maximum" and size < figure.size - slack:
                # An amount short of its cap is never the cap itself: the ceiling of a penalty
                # is no penalty charged so far (judged not plausible, held-out 151a #13).
                limits &= Limits(high=figure.size - slack)
            elif kind == "maximum" and size <= figure.size + slack:
                limits &= Limits(high=figure.size + slack)
        if measure[0] == "number" and measure[1:] and measure[1]:
            for _, word, reached in _near(self._positions_at, here, RULES_NEAR):
                # Only a count the position fits: a true count of at least the position.
                if word == measure[1] and size >= reached:
                    limits &= Limits(low=reached - 1)
        if _WINS.search(claim) and not YEAR.search(claim):  # another year's race has its own
            for figure in _near(self._runners_up_at, here, RUNNER_UP_NEAR):
                if figure is not own and figure.measure == measure and size > figure.size:
                    limits &= Limits(low=figure.size)
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


def _part_of(part: Stated, whole: Stated) -> bool:
    """Whether `part`, which the words single out of the figure before it, can be a part of
    `whole`: like figures, or a bare count (`including 142 at Pearson` counts nothing of its
    own: `at` is no thing counted) of a count of things."""
    if part.measure == whole.measure:
        return True
    return _bare(part) and whole.measure[0] == "number"


def _bare(figure: Stated) -> bool:
    """A count that says nothing of what it counts (`142 at Pearson`, `5.4% a year`)."""
    return figure.measure[0] == "number" and (not figure.measure[1] or figure.measure[1] in FILLERS)


def _comparable(one: Measure, other: Measure) -> bool:
    """Figures of one kind, and amounts of one currency, whatever each counts: the answer's
    own words may say less of what it counts than the article's do."""
    return one[:1] == other[:1] and (one[0] != "money" or one[1:3] == other[1:3])


YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")  # a year written in figures
_SENTENCE_END = re.compile(r"[.;!?](?=\s)")
_TOPIC_WORD = re.compile(r"[^\W\d_]{4,}")
# Units figures are counted in say nothing of what a sentence is about.
_UNIT_WORDS = frozenset(
    {"year", "month", "week", "hour", "minute", "second", "percent", "cent", "point"}
)


def _sentence_at(text: str, at: int) -> str:
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(text, 0, at))]
    end = _SENTENCE_END.search(text, at)
    return text[starts[-1] : end.start() if end else len(text)]


def _topic(text: str) -> frozenset[str]:
    """What a sentence is about, roughly: its longer words, cut to five letters (`fares`,
    `fare`; `sentenced`, `sentence`), leaving out filler words and units."""
    words = (word.lower() for word in _TOPIC_WORD.findall(text))
    return frozenset(
        word[:5] for word in words if word not in FILLERS and singular(word) not in _UNIT_WORDS
    )


def _in_measure_of(figure: Stated, like: Stated) -> float | None:
    """The size of `figure` in what `like` measures, where a range's end says no unit of its
    own (`from 38 hours to 35`); None when the two measure different things, or are lengths
    of time in two units (`from seven months to 58 years` is a spread, not a path)."""
    if isinstance(figure.value, Duration) and isinstance(like.value, Duration):
        return figure.size if figure.value.unit == like.value.unit else None
    if figure.measure == like.measure:
        return figure.size
    if not isinstance(figure.value, Number) or figure.measure != ("number", ""):
        return None
    if isinstance(like.value, Duration) and like.value.amount:
        return figure.size * like.size / like.value.amount
    if isinstance(like.value, Money) and not like.value.scale:
        return figure.size
    return None
