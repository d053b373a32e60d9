"""Where a value in a sentence is not a fact of its own, for drafting.

A news sentence often states one quantity twice (`12 kilometres (7.5 miles)`, `KSh 1.3
billion (about $10 million)`), writes a value in several parts (`14 minutes 38.90
seconds`, `a week and a half`, `between 6 and 8 per cent`, `June 8 to 13, 2027`), or
gives a total that the other values add up to (`11 gold, nine silver and eight bronze
medals, 28 in all`). The drafter asks a value only whole, never a conversion on its own,
never with its conversion beside the blank, and makes no false claim its own sentence
contradicts. Generic English patterns only: nothing here knows any one article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsquiz.facts.currencies import currency_abbreviated, currency_after
from newsquiz.facts.text import words_of

_NUMBER_WORD = (
    r"(?:a|an|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|quarter|third)"
)
_QUALIFIER = (
    r"(?:about|approximately|approx\.|around|roughly|some|nearly|almost|just over|"
    r"just under|over|under|more than|less than|c\.|~)"
)
_CURRENCY = r"(?:[A-Z]{1,3}\$|[$€£¥₹]|[A-Z][A-Za-z]{0,3}\.?\s?)"
# `(7.5 miles)`, `(about $10 million)`, `(about KSh 645,000)`: a bracket opening with a value
# `(range 68–79%)`, `(95% CI 61–76)`: a confidence range all but gives the estimate
_RANGE_LABEL = r"(?:(?:95%\s)?(?:range|CI|confidence interval|interval)[:,]?\s)"
_BRACKET = re.compile(
    rf"\s?\(\s*(?:{_QUALIFIER}\s|{_RANGE_LABEL})?{_CURRENCY}?\s?\d[^()]{{0,40}}\)",
)
# `1.3 trillion won, or roughly 110 billion won a day`, `$3.80 a dose, or $15.20 for the
# course`: the same quantity restated in another form, up to the clause's end
_RESTATED = re.compile(
    rf",\s(?:or|i\.e\.|that is)\s(?:{_QUALIFIER}\s)?{_CURRENCY}?\s?\d[^,;]*?(?=[,;]|\.?$)"
)
# between a value and its restatement: its unit's words, and perhaps a bracket
_UNIT_BETWEEN = re.compile(
    r"\s?[^\W\d][\w°%’'.-]*(?:\s[^\W\d][\w°’'.-]*){0,3}?(?:\s?\([^()]*\))?|\s?\([^()]*\)|%?"
)
# a value (digits or a number word), then up to four words of unit, just before the bracket
_VALUE_BEFORE = re.compile(
    rf"(?:\d|\b{_NUMBER_WORD}\b)[\d,.]*\s?(?:%|°\s?[CFK]\b|[^\W\d][\w°’'.-]*)?"
    rf"(?:[\s-][^\W\d][\w°’'.-]*){{0,3}}\s?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Conversion:
    """A bracket restating the value before it in other units, and where that value ends."""

    start: int  # the bracket's start, the space before it included
    end: int
    after: int  # where the converted value's text ends (its unit included)


def conversions(sentence: str) -> list[Conversion]:
    """The brackets of a sentence that convert the value just before them."""
    found: list[Conversion] = []
    for match in _BRACKET.finditer(sentence):
        before = sentence[: match.start()]
        if _VALUE_BEFORE.search(before[-60:]):
            found.append(Conversion(match.start(), match.end(), len(before.rstrip())))
    return found


def restatements(sentence: str) -> list[Conversion]:
    """The clauses of a sentence restating the value before them in another form (`, or
    roughly 110 billion won a day`): `after` is where the text before them ends."""
    found: list[Conversion] = []
    for match in _RESTATED.finditer(sentence):
        before = sentence[: match.start()]
        if re.search(r"\d", before[-60:]):
            found.append(Conversion(match.start(), match.end(), len(before)))
    return found


def restated_after(found: list[Conversion], sentence: str, end: int) -> Conversion | None:
    """The restatement of the value ending at `end`: nothing but its unit, and perhaps a
    bracket, between them."""
    for restated in found:
        if end <= restated.start and _UNIT_BETWEEN.fullmatch(sentence[end : restated.start]):
            return restated
    return None


def conversion_after(
    conversions_found: list[Conversion], start: int, end: int, sentence: str = ""
) -> Conversion | None:
    """The conversion of the value at start:end: the bracket after it, with nothing but
    the value's unit between them (no other value: `Over the first ____, efficacy was 74%
    (range 68–79%)` keeps the bracket of `74%`), unless the bracket converts both sides of
    a size (`64 by 51 centimetres (25.2 by 20.1 inches)`)."""
    for conversion in conversions_found:
        between = sentence[end : conversion.after]
        other_value = re.search(r"\d", between) and not re.match(r"\s?(?:by|x|×)\s\d", between)
        if end <= conversion.start and conversion.after - end <= 40 and not other_value:
            return conversion
    return None


def without(text: str, cut: Conversion | None, start: int, end: int) -> tuple[str, int, int]:
    """`text` without the bracket `cut`, and the span start:end moved to match."""
    if cut is None:
        return text, start, end
    shift = cut.end - cut.start
    moved = (start - shift if start >= cut.end else start, end - shift if end >= cut.end else end)
    return text[: cut.start] + text[cut.end :], moved[0], moved[1]


def money_around(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """A number that is an amount of a currency the generic table knows, written by its
    abbreviation before it (`KSh 1.3 billion`, `NOK 400`) or its name after it (`9.5
    million Norwegian kroner`): the whole amount's start and end."""
    before = re.search(r"\b([A-Za-z]{1,4})\.?\s?$", sentence[:start])
    if before and before.group(1)[:1].isupper() and currency_abbreviated(before.group(1).lower()):
        return before.start(), end
    # Whole words only (`krónur`, never its `kr`).
    after = re.match(r"\s((?:[^\W\d_]+\b\s?){1,3})", sentence[end:])
    if after:
        toks = list(words_of(after.group(1)))
        found = currency_after(toks, 0)
        if found is not None:  # a code (`NOK`), a qualified name or a bare one (`denars`)
            words = after.group(1).split()[: found[1]]
            tail = re.match(r"\s" + r"\s".join(re.escape(w) for w in words), sentence[end:])
            if tail:
                return start, end + tail.end()
    return None


MONTHS = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_AMOUNT = rf"(?:\d+(?:\.\d+)?|{_NUMBER_WORD})"
_TO = r"\s?(?:–|-|to|and|until|through)\s?"
# Values written in parts: asked whole or not at all.
_PARTED = re.compile(
    # `2 minutes 31.40 seconds`, `3 hours and 12 minutes`
    rf"\b{_AMOUNT}[\s-](?:hours?|minutes?|min)\b,?\s(?:and\s)?\d+(?:\.\d+)?\s(?:minutes?|seconds?|min|sec|s)\b"
    # `a week and a half`, `two and a half years`
    rf"|\b{_AMOUNT}\s(?:[a-z]+\s)?and\s(?:a\s)?half\b"
    # `from July 9 to 14, 2026`, `9-14 July 2026`
    rf"|\b{MONTHS}\s\d{{1,2}}{_TO}\d{{1,2}}\b(?!:)(?:,?\s\d{{4}})?"
    rf"|\b\d{{1,2}}{_TO}\d{{1,2}}\s{MONTHS}(?:\s\d{{4}})?"
    # `2/3`: a fraction
    r"|\b\d+/\d+\b",
    re.IGNORECASE,
)
# `between 4 and 7 per cent`: the unit after the end is the start's too
_SHARED_UNIT = re.compile(
    r"\b(\d(?:[\d,]*\d)?(?:\.\d+)?)\s?(?:and|to|–|-)\s?(\d(?:[\d,]*\d)?(?:\.\d+)?)\s?"
    r"(%|per\s?cent|percent|[a-z]+)"
)
_NOT_A_UNIT = {
    "in", "on", "at", "to", "of", "and", "or", "for", "by", "with", "from", "the", "a", "an",
    "was", "is", "were", "are", "has", "had", "have", "will", "which", "who", "that", "as",
    "than", "when", "after", "before", "but", "while",
}  # fmt: skip


def parted_values(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence writes one value in parts, so that no part is a fact alone."""
    found = [(m.start(), m.end()) for m in _PARTED.finditer(sentence)]
    for match in _SHARED_UNIT.finditer(sentence):
        low, high = (float(g.replace(",", "")) for g in match.group(1, 2))
        year = re.fullmatch(r"(?:1[89]|20)\d\d", match.group(1))
        # `in 2020 to 30 months` is no range: a range runs upwards, a year to a year
        if low < high and not year and match.group(3).lower() not in _NOT_A_UNIT:
            found.append((match.start(), match.end()))
    return found


_COUNT = rf"(?:\d(?:[\d,]*\d)?|{_NUMBER_WORD})"
_TOTAL = re.compile(
    rf"\b{_COUNT}\s(?:[a-z]+\s)?(?:in all|in total|altogether|combined)\b", re.IGNORECASE
)


def total_of_parts(sentence: str) -> tuple[int, int] | None:
    """`12 gold, seven silver and five bronze medals, 24 in all`: where the total stands,
    when the sentence also gives two or more of the values it adds up. A blank on one
    of them is given away, and a false claim changing one contradicts the total."""
    total = _TOTAL.search(sentence)
    if total is None:
        return None
    # the parts stand in the list just before it: `12 gold, seven silver and five bronze,`
    parts = re.findall(rf"\b{_COUNT}\b", sentence[max(0, total.start() - 80) : total.start()])
    parts = [p for p in parts if p.lower() not in ("a", "an")]
    return (total.start(), total.end()) if len(parts) >= 2 else None


_AGE = re.compile(
    r"(?:\b[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*,\s|\baged\s|,\snow\s)\d{1,3}(?=[,;]|\.(?!\d)|\s(?:years?\sold)\b|-year-old|$)"
)


def is_age(sentence: str, start: int, end: int) -> bool:
    """`Sven Aho, 34, saved …`, `aged 34`, `…, now 71.`: a number that is a person's age."""
    return any(m.end() == end and m.start() < start for m in _AGE.finditer(sentence))
