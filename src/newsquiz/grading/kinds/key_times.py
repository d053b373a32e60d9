"""The time the article gives a figure: the weekday, month (with its day), year or season
its sentence writes straight after it or before it, else the last one written before it in
its paragraph or the two before. A time typed after the figure is that one or another
event's (`14 on Monday` where the committee voted 14 to 3 on Thursday; `87 in 2011` where
the survey of 2019 counted 87 pairs), and a true one adds nothing (`214 in 2017` of the
storm of March 2017, `61.2 metres in 2023` of a record set `last year`)."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from newsquiz.facts.article import sentences_of
from newsquiz.facts.text import tokenize
from newsquiz.facts.values import DATE, NUMBER, Mention, scan
from newsquiz.facts.words import APPROXIMATE, MONTHS, SEASONS, WEEKDAYS, could_be_year

# The sorts of time a figure may be given for; another of the same sort is another event.
WEEKDAY, MONTH, YEAR, SEASON = "weekday", "month", "year", "season"
_SEASONS = SEASONS - {"fall"}  # a verb as often
YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1}
_NOW = frozenset({"today", "now", "currently"})  # the article's year
# Words that may stand between a figure and the time typed after it (`in the spring of`).
_TIME_WORDS = frozenset(
    {"in", "on", "at", "of", "the", "during", "early", "late", "mid", "and", ","}
)  # fmt: skip


@dataclass(frozen=True)
class Time:
    sort: str
    value: str | int
    day: int | None = None  # a month's day, where written

    def agrees(self, other: Time) -> bool:
        """The same time, a day left out on either side being no other day."""
        return (
            self.sort == other.sort
            and self.value == other.value
            and (self.day is None or other.day is None or self.day == other.day)
        )


def times_in(toks: list[str], year: int | None) -> list[tuple[int, int, Time]]:
    """Each time the tokens write, where it stands; `last year` is the year before `year`
    (the article's), and a bare year is a four-figure one."""
    found: list[tuple[int, int, Time]] = []
    for m in scan(toks):
        if m.kind == DATE:
            if m.day is None and m.year is None and toks[m.start] not in MONTHS:
                continue  # `Mar` of `Mar del Plata`: a month's short form alone is no date
            if m.month is not None:
                found.append((m.start, m.end, Time(MONTH, m.month, m.day)))
            if m.year is not None:
                found.append((m.start, m.end, Time(YEAR, m.year)))
        elif _a_bare_year(toks, m):
            found.append((m.start, m.end, Time(YEAR, int(m.value or 0))))
    for at, token in enumerate(toks):
        if token in WEEKDAYS:
            found.append((at, at + 1, Time(WEEKDAY, token)))
        elif token in _SEASONS:
            found.append((at, at + 1, Time(SEASON, token)))
        elif token in _NOW and year is not None:
            found.append((at, at + 1, Time(YEAR, year)))
        elif (
            token == "year"
            and year is not None
            and at > 0
            and (offset := YEAR_OFFSETS.get(toks[at - 1])) is not None
        ):
            found.append((at - 1, at + 1, Time(YEAR, year + offset)))
    return sorted(found, key=lambda hit: hit[0])


def _a_bare_year(toks: list[str], m: Mention) -> bool:
    return (
        m.kind == NUMBER
        and not m.ordinal
        and m.end - m.start == 1
        and a_year_written(toks[m.start])
    )


def a_year_written(word: str) -> bool:
    """A word that is a year in four figures (`2017`)."""
    return len(word) == 4 and word.isdigit() and could_be_year(float(word))


KeyTimes = dict[str, tuple[Time, ...]]


def key_times(
    paragraphs: tuple[str, ...], before: tuple[str, ...], figure: Mention, year: int | None
) -> tuple[KeyTimes, KeyTimes]:
    """The times the article gives `figure`, by sort, read in the first cited paragraph that
    states it: those written straight after it in its sentence (`for six weeks in 2021`),
    else of each sort the nearest before it there (`On Tuesday, … a letter signed by
    640`), unless that one stands straight after another figure; where its sentence gives
    no time, the last of each sort before it in the paragraph, else in `before` (the
    paragraphs before, nearest last). Nothing where the paragraphs never state the figure.

    Two readings: the times read so, and those with the paragraph's own for a sort the
    sentence leaves out (what another typed time is weighed against)."""
    for paragraph in paragraphs:
        # A semicolon ends a figure's clause as a full stop does (`was €2.1 million; prices
        # have risen since 2011`).
        sentences = [tokenize(part) for s in sentences_of(paragraph) for part in s.split(";")]
        for index, toks in enumerate(sentences):
            stated = next((m for m in scan(toks) if states_figure(m, figure)), None)
            if stated is None:
                continue
            here = times_in(toks, year)
            earlier = [t for s in sentences[:index] for t in s]
            if not here:
                found = _last_before([earlier, *(tokenize(p) for p in reversed(before))], year)
                return found, found
            own = _in_its_sentence(here, stated, toks)
            # A sort its sentence leaves out may be the paragraph's (`began on Monday, May 5.
            # By Friday, about 48,000 people…`): another time of that sort is another event's,
            # though the paragraph's may be of yet another (`applied in 2020 … a loan agreed
            # in March`) and so never confirms one.
            written = {time.sort for _, _, time in here}
            in_paragraph = _last_before([earlier], year)
            return own, own | {s: g for s, g in in_paragraph.items() if s not in written}
    return {}, {}


def states_figure(m: Mention, figure: Mention) -> bool:
    """The mention states the figure: of its kind, with its value."""
    if m.kind != figure.kind or m.value is None or figure.value is None:
        return False
    return abs(m.value - figure.value) <= 1e-9 * max(1.0, abs(figure.value))


# How far after a figure a time is its own (`96 passengers on the ferry on Tuesday`).
_STRAIGHT_AFTER = 8


def _in_its_sentence(
    here: list[tuple[int, int, Time]], stated: Mention, toks: list[str]
) -> KeyTimes:
    # Straight after: before the next figure (`7.3 million in 2024, up from 5.9 million in
    # 2022`: 2022 is the 5.9 million's) and within a few words.
    starts = {start for start, _, _ in here}
    figures = [
        m for m in scan(toks) if m.value is not None and not m.ordinal and m.start not in starts
    ]
    after = [time for start, _, time in here if _straight_after(toks, stated, start, figures)]
    if after:
        return _by_sort(after)
    times: KeyTimes = {}
    for sort in (WEEKDAY, MONTH, YEAR, SEASON):
        before = [
            time
            for start, end, time in here
            if end <= stated.start
            and time.sort == sort
            # `from 340 in 1990 to 212 today`: 1990 is the 340's
            and not any(_straight_after(toks, f, start, figures) for f in figures if f != stated)
        ]
        if before:
            times[sort] = (before[-1],)
    return times


def _set_off(toks: list[str], figure: Mention, other: Mention) -> bool:
    """`4.2 metres (13.8 feet)`, `4.5 million pesos (about $4,840)`: the other figure set
    off straight after the figure's unit, the same amount put another way."""
    between = [t for t in toks[figure.end : other.start] if t not in APPROXIMATE]
    return 1 <= len(between) <= 2 and between[-1] == ","


# Words that end the clause of a figure after a comma (`for 12 days, and a flood … in
# 2009`).
_CLAUSE_JOINS = frozenset({"and", "but", "while", "whereas", "when", "which"})


def _straight_after(toks: list[str], figure: Mention, at: int, figures: list[Mention]) -> bool:
    """Whether a time at `at` stands straight after `figure`: within a few words, before any
    other figure and the end of its clause."""
    if not figure.end <= at < figure.end + _STRAIGHT_AFTER:
        return False
    # A figure set off straight after it is the same in another unit (`4.2 metres (13.8
    # feet) on March 9`), not another.
    if any(figure.end <= f.start < at and not _set_off(toks, figure, f) for f in figures):
        return False
    words = toks[figure.end : at]
    if toks[at] in _NOW and not _CLAUSE_JOINS.isdisjoint(words):
        return False  # `founded in 1958 by 24 growers and now packs…`
    return ";" not in words and not any(a == "," and b in _CLAUSE_JOINS for a, b in pairwise(words))


def _last_before(texts: list[list[str]], year: int | None) -> KeyTimes:
    times: KeyTimes = {}
    for toks in texts:
        found = _by_sort([time for _, _, time in times_in(toks, year)])
        for sort, given in found.items():
            times.setdefault(sort, (given[-1],))
    return times


def _by_sort(times: list[Time]) -> KeyTimes:
    grouped: dict[str, list[Time]] = {}
    for time in times:
        grouped.setdefault(time.sort, []).append(time)
    return {sort: tuple(group) for sort, group in grouped.items()}


def typed_times(toks: list[str], start: int, year: int | None) -> list[tuple[int, int, Time]]:
    """The times typed from `start` on, each with where it stands."""
    return [hit for hit in times_in(toks, year) if hit[0] >= start]


# Words that put a time as the figure's own (`14 on Monday`, `41 days in 2016`), and
# those a time may stand after within them (`in the spring of`, `early on`).
_OF_THE_FIGURE = frozenset({"in", "on", "during", "at", "of"})
_BETWEEN = frozenset({"the", "early", "late", "mid", "last", "this", "next"})


def times_of_the_figure(
    toks: list[str], start: int, typed: list[tuple[int, int, Time]]
) -> list[tuple[int, int, Time]]:
    """Of the times typed after the figure (ending at `start`), those given as its own:
    each straight after it or after `in`, `on`, `during`…, with no comma or end of a span
    before it back to the figure (not `two days, 14 and 15 May`, `from July 2 to July 12`,
    `since June`)."""
    found = []
    for hit in typed:
        words = toks[start : hit[0]]
        lead = [w for w in words if w not in _BETWEEN or w in _OF_THE_FIGURE]
        if _SPANS.isdisjoint(words) and (not words or (lead and lead[-1] in _OF_THE_FIGURE)):
            found.append(hit)
    return found


_SPANS = frozenset(
    {",", "from", "to", "until", "till", "since", "between", "through", "before", "after",
     "by", "and", "or", "than"}
)  # fmt: skip
# Words before a time that make it the end of a span or a bound of the figure, not its date.
_NOT_ITS_DATE = _SPANS | {"over"}


def another_time(typed: list[tuple[int, int, Time]], times: KeyTimes) -> tuple[Time, Time] | None:
    """A typed time of a sort the article gives the figure, and not its (the typed time
    and the article's)."""
    for _, _, time in typed:
        given = times.get(time.sort)
        if given and not any(time.agrees(g) for g in given):
            return time, given[0]
    return None


def without_its_times(
    toks: list[str], start: int, typed: list[tuple[int, int, Time]], times: KeyTimes
) -> list[str] | None:
    """The answer with the times typed after the figure (ending at `start`) taken out, where
    each is the article's for the figure and nothing but time words stands between them;
    None otherwise."""
    if not typed or another_time(typed, times) is not None:
        return None
    if any(not times.get(time.sort) for _, _, time in typed):
        return None
    first = typed[0][0]
    cut = first
    while cut > start and toks[cut - 1] in _TIME_WORDS:
        cut -= 1
    if toks[cut - 1] in _NOT_ITS_DATE:
        return None  # `41 percent after 1995` bounds the figure by the year
    covered = set(range(cut, first))
    for begin, end, _ in typed:
        covered.update(range(begin, end))
    if not all(at in covered or toks[at] in _TIME_WORDS for at in range(cut, len(toks))):
        return None
    return toks[:cut]


_MONTH_NAMES = {number: name.capitalize() for name, number in MONTHS.items()}


def describe(time: Time) -> str:
    if time.sort == MONTH:
        month = _MONTH_NAMES[int(time.value)]
        return f"{month} {time.day}" if time.day else month
    return str(time.value).capitalize() if isinstance(time.value, str) else str(time.value)
