"""A length of time answered by the dates that open and close it (`from July 1 to January
31` for seven months, `between March 24 and April 11` for 19 days, `from 1982 until
2023`): the span the article dates, read as the lengths it may mean."""

from __future__ import annotations

import datetime

from newsquiz.facts.text import tokenize
from newsquiz.facts.values import DATE, NUMBER, Mention, scan
from newsquiz.facts.words import could_be_year

ONE_DAY = 86_400.0  # seconds
# Words that open a span, join its two ends, or say the end is the last day of its month
# or year (`to the end of July`), besides the dates.
_OPENERS = frozenset({"from", "between"})
_JOINERS = frozenset({"to", "until", "till", "through", "thru", "and", "-", "–"})
_END_OF = ("the", "end", "of")
_ALSO = frozenset({",", "in", "on"})
# A leap year stands for an end the answer gives no year (February 29 is a date).
_ANY_YEAR = 2000


def span_lengths(
    toks: list[str], scanned: list[Mention], cited: tuple[str, ...]
) -> tuple[float, ...]:
    """The lengths in seconds the answer's span of two dates may mean, counted without and
    with its last day (month, year), where the words are the span alone and the cited
    paragraphs write both its ends; none otherwise."""
    ends = [m for m in scanned if m.kind == DATE or _a_year(m)]
    if len(ends) != 2 or len(scanned) != 2:
        return ()
    first, last = ends
    between = toks[first.end : last.start]
    before, after = toks[: first.start], toks[last.end :]
    to_the_end = tuple(between[-3:]) == _END_OF
    if to_the_end:
        between = between[:-3]
    if (
        not set(before) <= _OPENERS
        or after
        or not between
        or not set(between) <= _JOINERS | _ALSO
        or _JOINERS.isdisjoint(between)
    ):
        return ()
    article = [m for text in cited for m in scan(tokenize(text)) if m.kind == DATE or _a_year(m)]
    if not all(any(_same_date(end, written) for written in article) for end in ends):
        return ()
    try:
        start = _start_of(first, last)
        without, with_last = _ends_of(last, start)
    except ValueError:  # a day or a year no calendar holds (`December 9999` has no end)
        return ()
    closes = (with_last,) if to_the_end else (without, with_last)
    return tuple((close - start).days * ONE_DAY for close in closes)


def _a_year(m: Mention) -> bool:
    return m.kind == NUMBER and m.value is not None and not m.ordinal and could_be_year(m.value)


def _parts(m: Mention) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of a date or a year."""
    if m.kind == DATE:
        return m.year, m.month, m.day
    return int(m.value or 0), None, None


def _same_date(typed: Mention, written: Mention) -> bool:
    """The article's date is the typed one, in every part the answer gives (a month may be
    one the article dates by its day)."""
    mine, theirs = _parts(typed), _parts(written)
    if mine[1] is None and mine[0] is not None:  # a year alone
        return theirs[0] == mine[0]
    return all(
        part is None or other == part or (index == 0 and other is None)
        for index, (part, other) in enumerate(zip(mine, theirs, strict=True))
    )


def _start_of(first: Mention, last: Mention) -> datetime.date:
    """The first day of the span: its year the answer's, else the end's, a year earlier
    where the end's month comes before."""
    year, month, day = _parts(first)
    end_year, end_month, end_day = _parts(last)
    if year is None:
        year = end_year or _ANY_YEAR
        if (month or 1, day or 1) > (end_month or 12, end_day or 31):
            year -= 1
    return datetime.date(year, month or 1, day or 1)


def _ends_of(last: Mention, start: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The day the span closes on, without and with its last day (month, year)."""
    year, month, day = _parts(last)
    if year is None:
        year = start.year
        if (month or 12, day or 31) < (start.month, start.day):
            year += 1
    if month is None:
        return datetime.date(year, 1, 1), datetime.date(year + 1, 1, 1)
    if day is None:
        first = datetime.date(year, month, 1)
        after = datetime.date(year + month // 12, month % 12 + 1, 1)
        return first, after
    close = datetime.date(year, month, day)
    return close, close + datetime.timedelta(days=1)
