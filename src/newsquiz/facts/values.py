"""Reading the values an answer states: numbers, amounts, durations and dates.

`scan(tokens)` finds every value mention in one left-to-right pass, marks those
named only to be denied (`not May 31`, `rather than 41`) and those softened
(`about`) or bounded (`more than`). The kind graders then decide what counts.
No general-purpose date parser: a few token rules cover what players type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from rapidfuzz.distance import OSA

from newsquiz.facts.currencies import currency_abbreviated, currency_after, same_currency
from newsquiz.facts.memo import recent_by_content
from newsquiz.facts.numbers import NumberSpan, number_spans
from newsquiz.facts.text import tokenize
from newsquiz.facts.units import unit_at
from newsquiz.facts.words import (
    APPROXIMATE,
    COMPARATIVE,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DAY_KINDS,
    FILLERS,
    FOREIGN_MONTHS,
    LETTER_UNITS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    PLUS_SIGN,
    SCALE_ABBREVIATIONS,
    TIME_UNITS,
    second_as_ordinal,
)

NUMBER = "number"
MONEY = "money"
DURATION = "duration"
DATE = "date"
VAGUE = "vague"  # `a few hours`, `10-15`: a value, but not one value


@dataclass(slots=True)
class Mention:
    kind: str
    start: int
    end: int
    value: float | None  # the number, amount, or seconds
    number: float | None = None  # the count as typed: 84 in `84 days`
    ordinal: bool = False
    currency: str | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    bound: str | None = None
    denied: bool = False


_months: dict[str, int | None] = {}
_SHORT_MONTHS = tuple(
    (name, n) for name, n in (*MONTHS.items(), *MONTH_ABBREVIATIONS.items()) if len(name) == 3
)
_MONTH_FULL = tuple(MONTHS)


# English words and names a letter from a month's name: never a misspelt month (`20 match
# points` is no 20 March).
_NEAR_MONTHS = frozenset(
    {"match", "marsh", "marc", "mach", "jane", "jung", "junk", "jute", "juno", "jury", "jule",
     "augusta"}
)  # fmt: skip


def month_of(word: str) -> int | None:
    """The month a word names, forgiving typos in full names (`Febuary`)."""
    number = MONTHS.get(word) or MONTH_ABBREVIATIONS.get(word) or FOREIGN_MONTHS.get(word)
    if number is not None or len(word) < 3 or word in FILLERS or word in _NEAR_MONTHS:
        return number
    if len(word) == 3:  # only a swapped pair: `Mya`, `Jnu`
        return next(
            (n for a, n in _SHORT_MONTHS if sorted(a) == sorted(word) and a[0] == word[0]), None
        )
    if word in _months:
        return _months[word]
    found = {
        MONTHS[name]
        for name in _MONTH_FULL
        if name[0] == word[0]
        and len(name) >= 4
        and OSA.distance(word, name) <= (2 if len(name) >= 8 else 1)
    }
    result = found.pop() if len(found) == 1 else None
    if len(_months) < 100_000:
        _months[word] = result
    return result


@recent_by_content(1 << 16)
def scan(toks: list[str]) -> list[Mention]:
    """Every value mention, in order of appearance.

    The answer key and each accepted answer read the same typed tokens, and claims read
    the same values and sentences again and again, so results are kept by content
    (callers never mutate the tokens or the mentions).

    Room for 65,536: a long pack's article sentences are read once for the whole article
    and again as each question's cited paragraphs, and 4,096 (forgotten all at once when
    full) made `check` of a 10,000-question pack scan 61,955 times for 34,699 texts. A
    pack of ordinary size never fills it.
    """
    return _scan(toks)


def _scan(toks: list[str]) -> list[Mention]:
    spans = number_spans(toks)
    used: set[int] = set()
    mentions: list[Mention] = []
    _scaled_measures(toks, spans, used, mentions)
    _dates(toks, spans, used, mentions)
    _money(toks, spans, used, mentions)
    _durations(toks, spans, used, mentions)
    for index, span in enumerate(spans):
        if index in used:
            continue
        if span.value is None:
            mentions.append(Mention(VAGUE, span.start, span.end, None))
        else:
            mentions.append(
                Mention(NUMBER, span.start, span.end, span.value, span.value, span.ordinal)
            )
    mentions.sort(key=lambda m: m.start)
    mentions = _terms_counted(toks, mentions)
    for mention in mentions:
        _qualify(toks, mention)
    return mentions


def _terms_counted(toks: list[str], mentions: list[Mention]) -> list[Mention]:
    """`two four-year terms`: a count straight before a length written as one word with its
    thing (`four-year terms`) is that many of them, eight years in all."""
    out: list[Mention] = []
    skip = False
    for at, count in enumerate(mentions):
        length = mentions[at + 1] if at + 1 < len(mentions) else None
        if skip:
            skip = False
            continue
        if (
            length is not None
            and count.kind == NUMBER
            and length.kind == DURATION
            and count.end == length.start
            and count.value is not None
            and length.value is not None
            and count.value == int(count.value)
            and 1 < count.value <= 12
            and toks[length.end - 1] in _SINGULAR_UNITS
            and toks[count.start].isalpha()  # `two four-year terms`, not `9 two-minute …`
            and length.end < len(toks)
            and _a_plural_noun(toks[length.end])
        ):
            out.append(replace(length, start=count.start, value=count.value * length.value))
            skip = True
            continue
        out.append(count)
    return out


_SINGULAR_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute"})


def _a_plural_noun(word: str) -> bool:
    return word.isalpha() and len(word) > 3 and word.endswith("s") and word not in FILLERS


def _scaled_measures(
    toks: list[str], spans: list[NumberSpan], used: set[int], mentions: list[Mention]
) -> None:
    """`22.6m tonnes`, `3bn litres`: a scale's letter straight after a figure and before a
    unit of measure is that scale (millions of tonnes), not a unit of its own (minutes)."""
    for index, span in enumerate(spans):
        end = span.end
        if (
            span.digits
            and span.value is not None
            and not span.ordinal
            and end + 1 < len(toks)
            and toks[end] in _MILLIONS
            and unit_at(toks, end + 1) is not None
            and not _currency_named_at(toks, end + 1)
        ):
            value = span.value * SCALE_ABBREVIATIONS[toks[end]]
            mentions.append(Mention(NUMBER, span.start, end + 1, value, value, False))
            used.add(index)


# The scale letters a reader could take for a unit of their own (`m` for minutes or metres).
_MILLIONS = frozenset({"m", "mn", "mln", "bn", "bln"})


# --- dates -----------------------------------------------------------------------------

_NUMERIC_DATE = re.compile(r"(\d{1,4})([/.\-])(\d{1,2})(?:[/.\-](\d{2,4}))?$")


def _day(span: NumberSpan | None) -> int | None:
    if span is None or span.value is None or not 1 <= span.value <= 31:
        return None
    if span.value != int(span.value) or (span.digits and "." in span.raw):
        return None
    return int(span.value)


def _year(span: NumberSpan | None) -> int | None:
    """A year in digits (`1986`) or words (`nineteen eighty-six`, `two thousand three`)."""
    if span is None or span.ordinal or span.value is None or span.value != int(span.value):
        return None
    if span.digits and len(span.raw) != 4:
        return None
    if 1000 <= span.value <= 2999:
        return int(span.value)
    return None


def _dates(toks: list[str], spans: list[NumberSpan], used: set[int], out: list[Mention]) -> None:
    by_start = {s.start: n for n, s in enumerate(spans)}
    by_end = {s.end: n for n, s in enumerate(spans)}
    for n, span in enumerate(spans):
        if span.value is None and span.digits:
            numeric = _numeric_date(span.raw)
            if numeric is not None:
                used.add(n)
                out.append(Mention(DATE, span.start, span.end, None, None, False, None, *numeric))
    count = len(toks)
    for p, token in enumerate(toks):
        if not token[0].isalpha():
            continue
        month = month_of(token)
        if month is None:
            continue
        if token == "may" and not _month_context(toks, p, by_start, by_end):
            continue  # the verb `may`
        day_index: int | None = None
        start, end = p, p + 1
        # `13 May`, `the 13th of May`
        before = by_end.get(p)
        if before is None and p >= 1 and toks[p - 1] == "of":
            before = by_end.get(p - 1)
        if before is not None and before not in used and _day(spans[before]) is not None:
            day_index = before
            start = spans[before].start
        else:
            # `May 13`, `May the 13th`
            q = p + 1
            if q < count and toks[q] == "the":
                q += 1
            after = by_start.get(q)
            if after is not None and after not in used and _day(spans[after]) is not None:
                day_index = after
                end = spans[after].end
        year: int | None = None
        q = end
        if q < count and toks[q] == ",":
            q += 1
        year_index = by_start.get(q)
        if year_index is not None and year_index not in used:
            year = _year(spans[year_index])
            if year is not None:
                used.add(year_index)
                end = spans[year_index].end
        day = None
        if day_index is not None:
            used.add(day_index)
            day = _day(spans[day_index])
        out.append(Mention(DATE, start, end, None, None, False, None, month, day, year))


def _month_context(
    toks: list[str], p: int, by_start: dict[int, int], by_end: dict[int, int]
) -> bool:
    """`may` is the month only beside a day or year, after `in`/`of`/`on`, or at the end."""
    if p + 1 == len(toks) or toks[p + 1] == ",":
        return True
    if p + 1 in by_start or p in by_end or (p >= 1 and toks[p - 1] == "of" and p - 1 in by_end):
        return True
    if p + 2 in by_start and p + 1 < len(toks) and toks[p + 1] == "the":
        return True
    return p >= 1 and toks[p - 1] in ("in", "of", "on", "since", "early", "late", "mid")


def _numeric_date(raw: str) -> tuple[int | None, int | None, int | None] | None:
    """`5/13` (month first, unless impossible), `13.05.2022`, `2022-05-13`."""
    match = _NUMERIC_DATE.match(raw)
    if match is None:
        return None
    first, sep, second, third = match.groups()
    if len(first) == 4:
        if third is None:
            return None
        year: int | None = int(first)
        month, day = int(second), int(third)
    else:
        a, b = int(first), int(second)
        if sep != "/" and third is None:
            return None  # 13.05 is a decimal number, 1-2 a range
        year = None
        if third is not None:
            year = int(third) + (2000 if len(third) == 2 else 0)
        month, day = (b, a) if sep == "." else (a, b)
        if month > 12 and day <= 12:
            month, day = day, month
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return month, day, year


# --- money -----------------------------------------------------------------------------


def _money(toks: list[str], spans: list[NumberSpan], used: set[int], out: list[Mention]) -> None:
    count = len(toks)
    for n, span in enumerate(spans):
        if n in used or span.value is None or span.ordinal:
            continue
        start, end = span.start, span.end
        currency: str | None = None
        value = span.value
        scaled = False
        previous = toks[start - 1] if start >= 1 else ""
        if previous in CURRENCY_SYMBOLS:
            currency = CURRENCY_SYMBOLS[previous]
            start -= 1
            if start >= 1 and toks[start - 1] == "us":
                start -= 1
        elif previous in CURRENCY_WORDS and previous not in ("pound", "pounds"):
            currency = CURRENCY_WORDS[previous]
            start -= 1
        elif currency_abbreviated(previous) is not None and not _a_code(toks, span, previous):
            currency = currency_abbreviated(previous)  # `KSh 200`, `NOK 9.5m`, `P4.1 billion`
            start -= 1
        if end < count and toks[end] in SCALE_ABBREVIATIONS and end == span.start + 1:
            abbreviation = toks[end]
            # `30 m` after a bare number may be minutes; with a currency it is millions,
            # written before it or after (`6.2m euros`, `6.2m MNT`).
            if (
                currency is not None
                or abbreviation not in ("m", "t")
                or _currency_named_at(toks, end + 1)
            ):
                value *= SCALE_ABBREVIATIONS[abbreviation]
                scaled = True
                end += 1
        named = currency_after(toks, end) if end < count else None
        if named is not None and toks[end] not in CURRENCY_WORDS:
            # `9.5 million Danish kroner`, `200 shillings`: which currency, if it says.
            if currency is None or same_currency(currency, named[0]):
                currency = named[0] if currency is None else currency
                end = named[1]
        elif end < count and toks[end] in CURRENCY_WORDS:
            word_currency = CURRENCY_WORDS[toks[end]]
            if currency is None or currency == word_currency:
                currency = word_currency
                end += 1
        if end < count and toks[end] in CURRENCY_SYMBOLS and currency is None:
            currency = CURRENCY_SYMBOLS[toks[end]]
            end += 1
        if currency is None and not scaled:
            continue
        used.add(n)
        out.append(Mention(MONEY, start, end, value, span.value, False, currency))


def _currency_named_at(toks: list[str], at: int) -> bool:
    """A currency's word, symbol or code at toks[at] (`euros`, `€`, `MNT`)."""
    if at >= len(toks):
        return False
    word = toks[at]
    return (
        word in CURRENCY_WORDS
        or word in CURRENCY_SYMBOLS
        or currency_after(toks, at) is not None
        or currency_abbreviated(word) is not None
    )


def _a_code(toks: list[str], span: NumberSpan, letter: str) -> bool:
    """A letter before a small plain figure names a road, a quarter, a summit or a
    magnitude (`M5`, `Q3`, `G20`, `K2`, `M6.9`), not an amount in the currency the letter
    also writes (`P4.1 billion`, `R500`, `K3.50`)."""
    if len(letter) != 1 or span.end - span.start != 1 or span.value is None:
        return False
    if span.end < len(toks) and toks[span.end] in SCALE_ABBREVIATIONS:
        return False
    figure = toks[span.start]
    if figure.isdigit():
        return span.value < 100
    return _DECIMAL.fullmatch(figure) is not None and not _CENTS.fullmatch(figure)


_DECIMAL = re.compile(r"\d+\.\d+")
_CENTS = re.compile(r"\d+\.\d\d")


# --- durations -------------------------------------------------------------------------


_unit_typos: dict[str, float | None] = {}
_LONG_UNITS = tuple(u for u in TIME_UNITS if len(u) >= 4)
_FOUR_LETTER_UNITS = ("hour", "week", "year")
# Real words a letter or two from a unit: `74 yeas` counts votes, not years.
_NOT_UNITS = frozenset({"yeah", "your", "hoar", "tour", "were", "weed", "weep", "yeas", "yea"})


def _unit_seconds(word: str) -> float | None:
    """Seconds in a unit word, forgiving a typo in a long one (`weaks`, `minuets`)."""
    seconds = TIME_UNITS.get(word)
    if seconds is not None or len(word) < 4 or word in FILLERS or not word.isalpha():
        return seconds
    if word in _NOT_UNITS:
        return None
    if word in _unit_typos:
        return _unit_typos[word]
    # Read only after a number or `a`/`one`, so `a weak` is a week; never a short word
    # against a short unit (`mine` is not `mins`).
    units = _LONG_UNITS if len(word) >= 5 else _FOUR_LETTER_UNITS
    found = {TIME_UNITS[u] for u in units if u[0] == word[0] and OSA.distance(word, u) <= 1}
    result = found.pop() if len(found) == 1 else None
    if len(_unit_typos) < 100_000:
        _unit_typos[word] = result
    return result


def _unit(toks: list[str], index: int, after_digits: bool) -> float | None:
    if index >= len(toks):
        return None
    word = toks[index]
    if word in LETTER_UNITS and not after_digits:
        return None
    if (
        (measure := unit_at(toks, index)) is not None
        and measure[1] > index + 1
        and toks[measure[1] : measure[1] + 1] not in (["s"], ["sec"], ["secs"], ["seconds"])
    ):
        return None  # `2,800,000 m³`: cubic metres, not minutes and seconds (`2 m 3 s`)
    seconds = _unit_seconds(word)
    return float(seconds) if seconds is not None else None


# Words between a count and its unit of time that leave it a length of time: `two more
# years`, `a further three weeks` are two years, three weeks.
_ADDED = frozenset({"more", "further", "additional", "extra"})
_SLIPPED_KIND = 7  # a kind of day this long may be typed with a slip (`bussiness days`)


@lru_cache(maxsize=1 << 14)  # read after every number a scan meets
def day_kind(word: str) -> str | None:
    """The kind of day a word names (`business`, `bussiness`: working days), if any."""
    kind = DAY_KINDS.get(word)
    if kind is not None or len(word) < _SLIPPED_KIND:
        return kind
    found = {
        k for w, k in DAY_KINDS.items() if len(w) >= _SLIPPED_KIND and OSA.distance(word, w) <= 1
    }
    return found.pop() if len(found) == 1 else None


def day_compounds_apart(toks: list[str]) -> list[str]:
    """`15 workdays`, `ten schooldays`: a kind of day written as one word with its unit, as
    two (`work days`), so that the kind is read as beside a count of days."""
    if not any(t.endswith(("day", "days")) and len(t) > 4 for t in toks):
        return toks
    apart: list[str] = []
    for token in toks:
        unit = "days" if token.endswith("days") else "day"
        kind = token[: -len(unit)]
        if len(kind) > 1 and kind in DAY_KINDS:
            apart.extend((kind, unit))
        else:
            apart.append(token)
    return apart


def _between(word: str) -> bool:
    """A word between a count and its unit of time that leaves it a length of time: `two
    more years`; `ten working days`, whose kind of day has a rule of its own."""
    return word in _ADDED or day_kind(word) is not None


def _durations(
    toks: list[str], spans: list[NumberSpan], used: set[int], out: list[Mention]
) -> None:
    by_start = {s.start: n for n, s in enumerate(spans)}
    count = len(toks)
    found: list[Mention] = []
    i = 0
    while i < count:
        amount: float | None = None
        unit: float | None = None
        start = i
        end = i
        index = by_start.get(i)
        if index is not None and index not in used:
            span = spans[index]
            unit = _unit(toks, span.end, span.digits)
            added = 0
            if unit is None and toks[span.end : span.end + 1] and _between(toks[span.end]):
                unit = _unit(toks, span.end + 1, False)  # `two more years`: two years
                added = 1
            if unit is not None and not span.ordinal:
                amount = span.value
                end = span.end + 1 + added
                if amount is None:
                    found.append(Mention(VAGUE, start, end, None))
                    used.add(index)
                    i = end
                    continue
                used.add(index)
        if amount is None and unit is None:
            amount, unit, end = _worded_duration(toks, i, by_start, spans, used)
            if (
                unit == TIME_UNITS["second"]
                and toks[start] in ("a", "an")
                and second_as_ordinal(toks[end] if end < count else None)
            ):
                # `a second season`: the second of them, not one second
                found.append(Mention(NUMBER, end - 1, end, 2.0, 2.0, ordinal=True))
                i = end
                continue
        if amount is None or unit is None:
            i += 1
            continue
        if toks[end : end + 3] == ["and", "a", "half"]:
            amount += 0.5
            end += 3
        elif toks[end : end + 3] == ["and", "a", "quarter"]:
            amount += 0.25  # `an hour and a quarter` is 75 minutes, not an hour
            end += 3
        elif toks[end : end + 4] == ["and", "three", "quarters"]:
            amount += 0.75
            end += 4
        seconds = amount * unit
        end, seconds = _smaller_unit_left_out(toks, end, unit, seconds, by_start, spans, used)
        # `an hour and 30 minutes`, `1 hour 30 minutes`, `two years, four months`
        if found and found[-1].kind == DURATION and found[-1].value is not None:
            gap = toks[found[-1].end : start]
            if gap in ([], ["and"], [","], [",", "and"]) and unit < (found[-1].number or 0):
                last = found[-1]
                last.value = (last.value or 0) + seconds
                last.end = end
                last.number = unit
                i = end
                continue
        found.append(Mention(DURATION, start, end, seconds, amount))
        found[-1].number = unit  # the smallest unit so far, for joining
        i = max(end, i + 1)
    for mention in found:
        if mention.kind == DURATION and mention.value is not None:
            mention.number = mention.value / _unit_of(mention, toks)
        out.append(mention)


def _smaller_unit_left_out(
    toks: list[str],
    end: int,
    unit: float,
    seconds: float,
    by_start: dict[int, int],
    spans: list[NumberSpan],
    used: set[int],
) -> tuple[int, float]:
    """`1h30`, `2 hours 15`: a bare count after hours is minutes, after minutes seconds."""
    if unit not in (3600.0, 60.0):
        return end, seconds
    index = by_start.get(end)
    if index is None or index in used:
        return end, seconds
    span = spans[index]
    if not span.digits or span.ordinal or span.value is None:
        return end, seconds
    if not (0 < span.value < 60 and span.value == int(span.value)):
        return end, seconds
    if _unit(toks, span.end, True) is not None:
        return end, seconds  # `1 hour 30 minutes` is joined the usual way
    used.add(index)
    return span.end, seconds + span.value * unit / 60


def _unit_of(mention: Mention, toks: list[str]) -> float:
    """The unit a duration is counted in (its first unit word), for `number` questions."""
    for word in toks[mention.start : mention.end]:
        seconds = TIME_UNITS.get(word)
        if seconds is not None and word not in LETTER_UNITS:
            return float(seconds)
    for word in toks[mention.start : mention.end]:
        if word in TIME_UNITS:
            return float(TIME_UNITS[word])
    return 1.0


def _worded_duration(
    toks: list[str],
    i: int,
    by_start: dict[int, int],
    spans: list[NumberSpan],
    used: set[int],
) -> tuple[float | None, float | None, int]:
    """`an hour`, `half an hour`, `a couple of days`, `a fortnight`, `a few hours` (vague)."""
    token = toks[i]
    if token in ("a", "an", "one", "per"):
        unit = _unit(toks, i + 1, False)
        if unit is not None:
            _claim_span(by_start, spans, used, i + 1)
            return 1.0, unit, i + 2
        return None, None, i
    if token == "half":
        j = i + 1
        if j < len(toks) and toks[j] in ("a", "an"):
            j += 1
        unit = _unit(toks, j, False)
        if unit is not None:
            _claim_span(by_start, spans, used, j)
            return 0.5, unit, j + 1
    if token == "quarter":
        j = i + 1
        while j < len(toks) and toks[j] in ("of", "a", "an"):
            j += 1
        unit = _unit(toks, j, False)
        if unit is not None:
            return 0.25, unit, j + 1
    if token in ("couple", "few", "several", "many", "some") and (i == 0 or toks[i - 1] != "per"):
        j = i + 1
        if j < len(toks) and toks[j] == "of":
            j += 1
        unit = _unit(toks, j, False)
        if unit is not None:
            return (2.0 if token == "couple" else -1.0), unit, j + 1
    return None, None, i


def _claim_span(by_start: dict[int, int], spans: list[NumberSpan], used: set[int], at: int) -> None:
    """`a second` is a unit of time, not the ordinal read there."""
    index = by_start.get(at)
    if index is not None:
        used.add(index)


# --- softened, bounded and denied values -----------------------------------------------

# Words that set the same bound: `over 1,000` is `more than 1,000`.
# `up to 48 hours`: at most, but written beside a figure that is itself the most (`up to
# €100 million a day`) it adds nothing; it contradicts only a figure given as a floor.
CEILING = "ceiling"
# `just under five hours`: almost five hours, never more (see grading's `_bound_differs`).
JUST_UNDER = "just under"
# `40+ years`: more than the figure, or the figure and over (see grading's `_bound_differs`).
PLUS = "plus"
BOUNDS = {
    "over": "more", "above": "more", "exceeding": "more", "beyond": "more",
    "upwards": "more", "under": "less", "below": "less", "fewer": "less",
}  # fmt: skip
_SKIP_BACK = frozenset(
    {"the", "a", "an", "on", "in", "at", "for", "of", "by", "it", "was", "is", "be", "exactly",
     "just", "only", "until", "till", "to", "lasted", "last", "were", "are", "been", "from",
     "another", "further", "next", "coming", "following"}
)  # fmt: skip


_LIMITS = {"minimum": "least", "maximum": CEILING}  # `a maximum of` is `up to`
_JUST_UNDER = frozenset({"under", "below"})
_LENGTHS = {"longer": "more", "shorter": "less"}
# `earlier than six weeks` is less than six weeks; `no earlier than six weeks` at least six.
_SOONER = {"earlier": "less", "sooner": "less", "later": "more"}
_NO_SOONER = {"earlier": "least", "sooner": "least", "later": "most"}
# `no more than 12`, `12 or less`: the bound the other way round.
_NO_MORE = {"more": "most", "less": "least", "fewer": "least"}
_OR_LESS = {"less": "most", "fewer": "most", "more": "least", "over": "least"}
# `children aged 12 and under`, `65 or older`: the figure and the ages to one side of it.
_AND_BEYOND = {"under": "most", "below": "most", "younger": "most",
               "over": "least", "above": "least", "older": "least"}  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})


def _bound_after(toks: list[str], end: int) -> str | None:
    """`12 knots or less`, `20 or more`: a bound written after the value and its unit."""
    for at in range(end, min(end + 3, len(toks))):
        following = toks[at + 1] if at + 1 < len(toks) else ""
        if toks[at] == "at" and following in ("least", "most"):
            return following  # `a week at least`
        if toks[at] in _LIMITS and following != "of":
            return _LIMITS[toks[at]]  # `two years minimum`, `14 hours maximum`
        if toks[at] in ("or", "and") and following in _AND_BEYOND:
            if at + 2 == len(toks) or toks[at + 2] not in _DETERMINERS:
                return _AND_BEYOND[following]  # not `14 and over the weekend`
            return None
        if toks[at] == "or":
            if following in _OR_LESS and (at + 2 == len(toks) or toks[at + 2] != "than"):
                return _OR_LESS[following]
            return None
        if not toks[at][0].isalpha() or toks[at] in FILLERS:
            return None
    return None


def _qualify(toks: list[str], mention: Mention) -> None:
    if mention.kind == DURATION and mention.number is not None and mention.number < 0:
        mention.kind = VAGUE  # `a few hours`
    if mention.kind != DATE:
        mention.bound = _bound_after(toks, mention.end)
    j = mention.start - 1
    while j >= 0:
        word = toks[j]
        if word in APPROXIMATE:
            pass  # `about 84` is 84: softening words change nothing
        elif word == PLUS_SIGN:
            mention.bound = PLUS
            return
        elif word in _JUST_UNDER and j >= 1 and toks[j - 1] in ("just", "slightly"):
            mention.bound = JUST_UNDER  # `just under five hours` is almost five hours
            j -= 1
        elif word in COMPARATIVE:
            mention.bound = BOUNDS.get(word, word)
            if j >= 1 and toks[j - 1] in ("no", "not") and word in _NO_MORE:
                mention.bound = _NO_MORE[word]  # `no more than 12` is at most 12
                return
        elif word in _LENGTHS and toks[j + 1 : j + 2] == ["than"]:
            mention.bound = _LENGTHS[word]  # `longer than two hours` is more than two hours
        elif word in _SOONER and toks[j + 1 : j + 2] == ["than"] and mention.kind != DATE:
            # `no earlier than six weeks` after an event: six weeks at the least
            no = j >= 1 and toks[j - 1] in ("no", "not")
            mention.bound = _NO_SOONER[word] if no else _SOONER[word]
            return
        elif word in _LIMITS and j + 1 < len(toks) and toks[j + 1] == "of":
            mention.bound = _LIMITS[word]  # `a minimum of one week` is at least a week
        elif (word == "up" and toks[j + 1] == "to") or word == "within":
            mention.bound = CEILING  # `up to 48 hours`, `within 25 miles`
            return
        elif word in ("not", "never", "instead"):
            mention.denied = True
            return
        elif (
            word.endswith("ing")
            and toks[j + 1 : j + 2] == ["to"]
            and toks[j - 2 : j]
            in (
                ["instead", "of"],
                ["rather", "than"],
            )
        ):
            mention.denied = True  # `instead of rising to 245,000`
            return
        elif word == "than":
            if j >= 1 and toks[j - 1] in ("rather", "other"):
                mention.denied = True
                return
        elif word not in _SKIP_BACK:
            return
        j -= 1


# --- the single-value readers the loader and kind inference use --------------------------


def _single(text: str, kind: str) -> Mention | None:
    mentions = [m for m in scan(tokenize(text)) if not m.denied]
    if len(mentions) != 1 or mentions[0].kind != kind:
        return None
    return mentions[0]


def read_number(text: str) -> float | None:
    """The single number a short answer states, in digits or words."""
    mention = _single(text, NUMBER)
    return mention.value if mention else None


def read_money(text: str) -> float | None:
    """The amount of money a short answer states (`$40bn` → 4e10)."""
    mention = _single(text, MONEY)
    return mention.value if mention else None


def read_duration(text: str) -> float | None:
    """Seconds, for `about an hour`, `84 days`, `two weeks`, `an hour and a half`."""
    mention = _single(text, DURATION)
    return mention.value if mention else None


def read_date(text: str, default_year: int | None) -> date | None:
    """The full date a short answer states; a month alone or a day alone is not one."""
    mention = _single(text, DATE)
    if mention is None or mention.month is None or mention.day is None:
        return None
    try:
        return date(mention.year or default_year or 2000, mention.month, mention.day)
    except ValueError:
        return None


# A comma between a figure's thousands (`€40,000 winner's prize`) breaks no item.
_ITEM_BREAK = re.compile(
    r"\s*(?:(?<!\d),|,(?!\d{3}(?!\d))|;|&|\+|\band\b|\bas well as\b|\bplus\b)\s*",
    re.IGNORECASE,
)


def split_items(text: str) -> tuple[str, ...]:
    """`Spain, Portugal and Andorra` as its items; where an item is (`Navan, County Meath`)
    stays with it, unless the items are all such regions (`County Cork, County Kerry`)."""
    items: list[str] = []
    for part in (p.strip() for p in _ITEM_BREAK.split(text)):
        if not part:
            continue
        if items and _REGION_FIRST.match(part) and not _REGION_FIRST.match(items[-1]):
            items[-1] = f"{items[-1]}, {part}"
        else:
            items.append(part)
    return tuple(items)


_REGION_FIRST = re.compile(r"(?:County|Province|Region|Department|District)\s+[A-Z]")
