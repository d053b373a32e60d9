"""Values as an article writes them — dates, numbers, money, durations — found with
their style (`Feb. 11` or `February 11, 2022`, `$40 billion`, `about an hour`), so a
changed value reads as the original did.

Read with the same vocabulary as every other reader of values (`facts.words`); what a
value *is* (`same_value`) is what the grader's reader makes of it (`facts.values`), so
claims, grading and kind inference agree.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from newsquiz.facts import words
from newsquiz.facts.currencies import currencies
from newsquiz.facts.text import tokenize
from newsquiz.facts.values import scan

MONTHS = tuple(name.capitalize() for name in words.MONTHS)
_MONTH = (
    r"(?P<month>(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![A-Za-z])\.?)"
)
_DAY = r"(?P<day>[0-3]?\d)(?P<suffix>st|nd|rd|th)?(?![\d,]\d)"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?!\d)"
# The patterns of values below open with what their first character must be: everywhere
# else they fail at once, where the engine tried each of their assertions and alternatives
# at every character of every paragraph (a third of each pattern's time on an article).
_ON_A_DIGIT = r"(?=\d)"
_ON_A_MONTH = r"(?=[ADFJMNOS])"  # the capitals the months of `_MONTH` begin with
_DATE_MD = re.compile(rf"{_ON_A_MONTH}(?<![\w]){_MONTH}\s+{_DAY}(?:(?P<comma>,?)\s+{_YEAR})?(?!\w)")
_DATE_DM = re.compile(
    rf"{_ON_A_DIGIT}(?<![\w\d]){_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?(?!\w)"
)
_DATE_ISO = re.compile(
    rf"{_ON_A_DIGIT}(?<![\d-])(?P<year>\d{{4}})-(?P<month>\d{{2}})-(?P<day>\d{{2}})(?![\d-])"
)
# A year and a month the ISO way (`2026-06`, `2026/06`): two figures after the year, of a
# month (not a season's `2025-26`).
_ISO_MONTH = re.compile(
    r"(?<![\d/-])(?P<year>(?:1[89]|20)\d\d)[-/](?P<month>0[1-9]|1[0-2])(?![\d/-])"
)

# The counting words of the one vocabulary (facts.words), one to ninety.
NUMBER_WORDS = {
    word: value
    for word, value in (*words.UNITS.items(), *words.TENS.items())
    if value >= 1 and word not in ("once", "twice", "thrice", "nil", "nought", "naught")
}
_WORD_OF = {value: word for word, value in NUMBER_WORDS.items()}
# At most 30 digits: a longer run is no count or amount an article states.
_DIGITS = r"\d{1,3}(?:,\d{3}){1,9}(?:\.\d{1,9})?|\d{1,30}(?:\.\d{1,9})?"
_NUMBER = re.compile(rf"{_ON_A_DIGIT}(?<![\w.,$€£-])(?P<num>{_DIGITS})(?![\w]|[.,]\d)")
# On a word character (a letter any case-insensitive reading of a number word begins with).
_NUMBER_WORD = re.compile(r"(?=\w)\b(?P<num>" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)

SCALES = {
    word: words.SCALE_ABBREVIATIONS[word]
    for word in ("thousand", "k", "million", "m", "mn", "billion", "bn", "trillion", "tn")
}
_SCALE = r"(?P<scale>thousand|million|billion|trillion|bn|mn|tn|m|k)\b"
_MONEY_SYMBOL = re.compile(rf"(?P<symbol>[$€£])\s?(?P<num>{_DIGITS})(?:\s*{_SCALE})?")
_MONEY_WORD = re.compile(
    rf"{_ON_A_DIGIT}(?<![\w.,])(?P<num>{_DIGITS})(?:\s*{_SCALE})?"
    r"\s+(?P<word>dollars|euros|pounds)\b",
    re.IGNORECASE,
)

UNITS = ("second", "minute", "hour", "day", "week", "month", "year")
UNIT_SECONDS = {unit: words.TIME_UNITS[unit] for unit in UNITS}
# Units read only to be given in another (`a fortnight` is two weeks). Not `decade`: judged
# blind (claims sample 96a), its changed lengths read badly (`for 1 decade`).
_OTHER_UNITS = ("fortnight",)
_AMOUNT = r"(?P<amount>\d+(?:\.\d+)?|half an?|an?|" + "|".join(NUMBER_WORDS) + ")"
_HALF = r"\s+and\s+a\s+half"
_DURATION = re.compile(
    rf"(?<![\w.,]){_AMOUNT}(?P<half>{_HALF})?\s+(?P<unit>{'|'.join((*UNITS, *_OTHER_UNITS))})"
    rf"(?P<plural>s)?(?P<half_after>{_HALF})?\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Number:
    value: float
    decimals: int = 0
    grouped: bool = False  # 1,000 rather than 1000
    words: bool = False  # "two" rather than "2"

    def year_like(self) -> bool:
        """Written as a year is (2014, not 2,014 nor 2014.5)."""
        return not self.grouped and not self.decimals and words.could_be_year(self.value)

    def render(self) -> str:
        if self.words and self.value == int(self.value) and int(self.value) in _WORD_OF:
            return _WORD_OF[int(self.value)]
        if self.decimals:
            return (
                f"{self.value:,.{self.decimals}f}"
                if self.grouped
                else f"{self.value:.{self.decimals}f}"
            )
        whole = round(self.value)
        return f"{whole:,}" if self.grouped else str(whole)

    def with_value(self, value: float) -> Number:
        return replace(self, value=value, grouped=self.grouped or value >= 10000)


@dataclass(frozen=True)
class DateValue:
    month: int
    day: int
    year: int | None
    style: str = "md"  # md (May 13), dm (13 May) or iso (2022-05-13)
    month_form: str = "full"  # full, abbr or abbr. (with a dot)
    suffix: str = ""  # 13th
    comma: bool = True  # May 13, 2022

    def valid(self) -> bool:
        try:
            date(self.year or 2000, self.month, self.day)
        except ValueError:
            return False
        return True

    def render(self) -> str:
        if self.style == "iso" and self.year:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        name = MONTHS[self.month - 1]
        if self.month_form != "full" and len(name) > 4:
            name = name[:4] if name == "September" else name[:3]
            name += "." if self.month_form == "abbr." else ""
        day = f"{self.day}{_suffix(self.day) if self.suffix else ''}"
        if self.style == "dm":
            return f"{day} {name}" + (f" {self.year}" if self.year else "")
        return f"{name} {day}" + (
            (", " if self.comma else " ") + str(self.year) if self.year else ""
        )

    def same_day(self, other: DateValue) -> bool:
        years_agree = self.year is None or other.year is None or self.year == other.year
        return (self.month, self.day) == (other.month, other.day) and years_agree


@dataclass(frozen=True)
class Money:
    amount: Number  # the figure as written, before its scale word
    scale: str = ""  # billion, bn, m ...
    symbol: str = "$"  # or the currency word when written after the figure
    symbol_first: bool = True

    @property
    def total(self) -> float:
        return self.amount.value * SCALES.get(self.scale.lower(), 1.0)

    def render(self) -> str:
        figure = self.amount.render()
        if self.scale:
            figure += ("" if len(self.scale) <= 2 else " ") + self.scale
        return f"{self.symbol}{figure}" if self.symbol_first else f"{figure} {self.symbol}"


@dataclass(frozen=True)
class Duration:
    amount: float
    unit: str  # singular: hour, day ...
    amount_style: str = "digits"  # digits, words, article ("an hour"), half ("half an hour")

    @property
    def seconds(self) -> float:
        return self.amount * UNIT_SECONDS[self.unit]

    def render(self) -> str:
        unit = self.unit if self.amount <= 1 else self.unit + "s"
        if self.amount == 0.5:
            return f"half {_indefinite(self.unit)} {self.unit}"
        if self.amount == 1 and self.amount_style in ("article", "half"):
            return f"{_indefinite(self.unit)} {unit}"
        worded = self.amount_style in ("words", "article", "half")
        if worded and self.amount == int(self.amount) and int(self.amount) in _WORD_OF:
            return f"{_WORD_OF[int(self.amount)]} {unit}"
        return f"{Number(self.amount, decimals=0 if self.amount == int(self.amount) else 1).render()} {unit}"


Value = Number | DateValue | Money | Duration


@dataclass(frozen=True)
class Found:
    """A value found in a text, with its span."""

    start: int
    end: int
    text: str
    value: Value


def _suffix(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _indefinite(unit: str) -> str:
    return "an" if unit == "hour" else "a"


def _month_number(text: str) -> int:
    return next(i for i, name in enumerate(MONTHS, 1) if name.lower().startswith(text[:3].lower()))


def _number(text: str) -> Number:
    if text.lower() in NUMBER_WORDS:
        return Number(float(NUMBER_WORDS[text.lower()]), words=True)
    grouped = "," in text
    plain = text.replace(",", "")
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    return Number(float(plain), decimals=decimals, grouped=grouped)


def find_dates(text: str) -> list[Found]:
    found: list[Found] = []
    for match in _DATE_ISO.finditer(text):
        value = DateValue(int(match["month"]), int(match["day"]), int(match["year"]), "iso")
        if value.valid():
            found.append(Found(match.start(), match.end(), match.group(), value))
    for pattern, style in ((_DATE_MD, "md"), (_DATE_DM, "dm")):
        for match in pattern.finditer(text):
            month = match["month"]
            form = (
                "full"
                if month.rstrip(".") in MONTHS
                else ("abbr." if month.endswith(".") else "abbr")
            )
            year = int(match["year"]) if match["year"] else None
            comma = bool(match.groupdict().get("comma"))
            value = DateValue(
                _month_number(month),
                int(match["day"]),
                year,
                style,
                form,
                match["suffix"] or "",
                comma,
            )
            if value.valid() and not _overlaps(match.start(), match.end(), found):
                found.append(Found(match.start(), match.end(), match.group(), value))
    return sorted(found, key=lambda f: f.start)


# A currency the grader's reader knows (`facts.values`) written some other way: a letter
# sign or code before the figure (`R338.6 billion`, `KSh 900`, `US$18 bn`, `NOK 9.5m`), a sign
# of its own (`₹40`, `¥27 billion`), or named after it (`300 shillings`, `9.5 million Danish
# kroner`). A match is money only when the grader's reader takes it whole as money in a
# currency, so the claims change exactly the amounts the grader grades as money.
_OTHER_SIGNS = "".join(
    re.escape(sign) for sign in words.CURRENCY_SYMBOLS if len(sign) == 1 and sign not in "$€£"
)
_MONEY_LETTERS = re.compile(
    rf"(?=[A-Z{_OTHER_SIGNS}])(?<![\w$€£/.,-])"
    rf"(?P<symbol>[A-Z][A-Za-z]{{0,3}}\.?\$?\s?|[A-Z]/\s?|[{_OTHER_SIGNS}]\s?)"
    rf"(?P<num>{_DIGITS})(?:\s*{_SCALE})?(?![\w]|[.,]\d)"
)
_MONEY_NAMED = re.compile(
    rf"{_ON_A_DIGIT}(?<![\w.,$€£])(?P<num>{_DIGITS})(?:\s*{_SCALE})?"
    r"(?P<word>(?:\s+[A-Z][a-z]+){0,2}\s+[a-z]+)\b"
)


@functools.cache
def _currency_names() -> frozenset[str]:
    """Every word that names a currency (`shillings`, `kroner`, `euros`), lowered."""
    tables = currencies()
    plural = {f"{name}s" for names in tables.names.values() for name in names}
    every = {name for names in tables.names.values() for name in names}
    return frozenset(every | plural | set(words.CURRENCY_WORDS))


def _read_as_money(written: str) -> bool:
    """The grader's reader takes the whole of `written` as one amount in a currency."""
    toks = tokenize(written)
    mentions = scan(toks)
    return (
        len(mentions) == 1
        and mentions[0].kind == "money"
        and mentions[0].currency is not None
        and (mentions[0].start, mentions[0].end) == (0, len(toks))
    )


def find_money(text: str) -> list[Found]:
    found: list[Found] = []
    for match in _MONEY_LETTERS.finditer(text):
        if _read_as_money(match.group()):
            money = Money(_number(match["num"]), match["scale"] or "", match["symbol"])
            found.append(Found(match.start(), match.end(), match.group(), money))
    for match in _MONEY_SYMBOL.finditer(text):
        if _overlaps(match.start(), match.end(), found):
            continue
        money = Money(_number(match["num"]), match["scale"] or "", match["symbol"])
        found.append(Found(match.start(), match.end(), match.group(), money))
    for match in _MONEY_WORD.finditer(text):
        if not _overlaps(match.start(), match.end(), found):
            money = Money(_number(match["num"]), match["scale"] or "", match["word"], False)
            found.append(Found(match.start(), match.end(), match.group(), money))
    for match in _MONEY_NAMED.finditer(text):
        if _overlaps(match.start(), match.end(), found):
            continue
        # The fewest words after the figure that name its currency (`300 shillings each`).
        for word in re.finditer(r"\S+", match["word"]):
            if word.group().lower() not in _currency_names():
                continue  # most figures count things: the grader's reader is asked nothing
            end = match.start("word") + word.end()
            written = text[match.start() : end]
            if _read_as_money(written):
                named = text[match.start("word") : end].strip()
                money = Money(_number(match["num"]), match["scale"] or "", named, False)
                found.append(Found(match.start(), end, written, money))
                break
    return sorted(found, key=lambda f: f.start)


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def find_durations(text: str) -> list[Found]:
    found: list[Found] = []
    for match in _DURATION.finditer(text):
        amount_text = match["amount"].lower()
        if amount_text.startswith("half"):
            amount, style = 0.5, "half"
        elif amount_text in ("a", "an"):
            following = _NEXT_WORD.match(text, match.end())
            if match["unit"].lower() == "second" and words.second_as_ordinal(
                following[1].lower() if following else None
            ):
                continue  # `a second season`: the second of them, not one second
            amount, style = 1.0, "article"
        elif amount_text in NUMBER_WORDS:
            amount, style = float(NUMBER_WORDS[amount_text]), "words"
        else:
            amount, style = float(amount_text), "digits"
        if match["half"] or match["half_after"]:
            # `an hour and a half` is no `an hour`; its changed lengths read badly
            # (`9.5 years in custody`, claims sample 96a), so it is left unchanged
            continue
        unit = match["unit"].lower()
        if unit == "fortnight":
            # weighed and changed in weeks (`three weeks`), as nobody counts in fortnights
            unit, amount, style = "week", amount * 2, "words"
        value = Duration(amount, unit, style)
        found.append(Found(match.start(), match.end(), match.group(), value))
    return found


def find_numbers(
    text: str, *, words: bool = False, taken: Sequence[Found] | None = None
) -> list[Found]:
    """Bare numbers, leaving out those that are part of a date or an amount of money
    (`taken`: the dates and amounts of `text`, when the caller has found them already)."""
    if taken is None:
        taken = find_dates(text) + find_money(text)
    found = [
        Found(m.start("num"), m.end("num"), m["num"], _number(m["num"]))
        for m in _NUMBER.finditer(text)
    ]
    if words:
        found += [
            Found(m.start(), m.end(), m.group(), _number(m.group()))
            for m in _NUMBER_WORD.finditer(text)
        ]
    return sorted((f for f in found if not _overlaps(f.start, f.end, taken)), key=lambda f: f.start)


@functools.lru_cache(maxsize=1 << 14)
def find_values(text: str) -> tuple[Found, ...]:
    """Every value, the most specific reading winning where readings overlap.

    Remembered by text: a question's claims read the same answer, and each changed value
    of it, again and again (what it states, whether a bound keeps it true)."""
    found: list[Found] = []
    for batch in (
        find_dates(text),
        find_money(text),
        find_durations(text),
        find_numbers(text, words=True),
    ):
        found += [f for f in batch if not _overlaps(f.start, f.end, found)]
    return tuple(sorted(found, key=lambda f: f.start))


def _overlaps(start: int, end: int, found: Sequence[Found]) -> bool:
    return any(start < f.end and f.start < end for f in found)


def same_value(a: Value, b: Value) -> bool:
    """The two values are one fact, as the grader's reader reads them as written."""
    if type(a) is not type(b):
        return False
    first, second = _read(a), _read(b)
    if isinstance(a, DateValue) and isinstance(b, DateValue):
        years_agree = a.year is None or b.year is None or a.year == b.year
        return first[:2] == second[:2] and years_agree
    return first == second


def value_key(value: Value) -> tuple[object, ...]:
    """One key for the values `same_value` takes for one fact (a date's year kept apart)."""
    year = value.year if isinstance(value, DateValue) else None
    return (type(value).__name__, year, *_read(value))


@functools.lru_cache(maxsize=1 << 16)
def _read(value: Value) -> tuple[object, ...]:
    """What the grader's reader makes of a value as written: (month, day) for a date, the
    seconds of a duration, the amount of money, the number."""
    mentions = [m for m in scan(tokenize(value.render())) if not m.denied]
    if len(mentions) != 1:
        return (None, value.render())
    m = mentions[0]
    if isinstance(value, DateValue):
        return (m.month, m.day)
    amount = m.value if m.value is None else round(m.value, 6)
    return (amount,)


# --- numbers as words in a sentence ----------------------------------------------

ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth",
)  # fmt: skip
_TIMES = {1: "once", 2: "twice"}


def worded_like(original: str, number: str) -> str | None:
    """`number` written the way `original` writes numbers: third → fourth, twice → three times.

    None when `original` is not a number word this knows, or the number has no such word.
    """
    try:
        value = int(number)
    except ValueError:
        return None
    word = original.strip().lower()

    def cased(text: str) -> str:
        return text.capitalize() if original[:1].isupper() else text

    if re.fullmatch(r"\d+", word):
        return number
    if word in ORDINALS:
        return cased(ORDINALS[value - 1]) if 1 <= value <= len(ORDINALS) else None
    if re.fullmatch(r"\d+(st|nd|rd|th)", word):
        return f"{value}{_suffix(value)}"
    if word in _TIMES.values() or word.endswith(" times"):
        if value in _TIMES:
            return cased(_TIMES[value])
        return cased(f"{_WORD_OF.get(value, str(value))} times")
    if word in NUMBER_WORDS:
        return cased(_WORD_OF[value]) if value in _WORD_OF else None
    return None


def iso_months_written_out(text: str) -> str:
    """The text with each year and month written the ISO way (`2026-06`) in words (`June
    2026`): typed for a date, it is that month, not a range of two figures."""
    return _ISO_MONTH.sub(lambda m: f"{MONTHS[int(m['month']) - 1]} {m['year']}", text)
