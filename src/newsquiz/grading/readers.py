"""Readers that turn typed text into numbers, amounts, durations and dates."""

from __future__ import annotations

import re
from datetime import date

_NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a": 1, "an": 1,
}  # fmt: skip
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}  # fmt: skip
_UNITS = {
    "second": 1, "sec": 1, "s": 1, "minute": 60, "min": 60, "hour": 3600, "hr": 3600,
    "h": 3600, "day": 86400, "week": 604800, "month": 2629800, "year": 31557600,
}  # fmt: skip

_NUM = r"\d+(?:[.,]\d+)*"


def _to_float(digits: str) -> float:
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", digits):
        digits = digits.replace(",", "")
    return float(digits.replace(",", "."))


def read_number(text: str) -> float | None:
    """The single number a short answer states, in digits or words."""
    cleaned = text.lower().replace("-", " ")
    found = re.findall(_NUM, cleaned)
    if len(found) == 1:
        return _to_float(found[0])
    if found:
        return None
    total = 0
    seen = False
    for word in re.findall(r"[a-z]+", cleaned):
        if word in ("a", "an"):
            continue
        value = _NUMBER_WORDS.get(word)
        if value is None:
            continue
        seen = True
        total = total * value if value == 100 and total else total + value
    return float(total) if seen else None


def read_money(text: str) -> float | None:
    lowered = text.lower()
    if not re.search(r"[$€£]|\bdollars?\b|\beuros?\b|\bpounds?\b|\busd\b", lowered):
        return None
    match = re.search(rf"({_NUM})\s*([a-z]+)?", lowered)
    if not match:
        return None
    value = _to_float(match.group(1))
    scale = _SCALES.get(match.group(2) or "", 1.0)
    return value * scale


def read_duration(text: str) -> float | None:
    """Seconds, for `about an hour`, `84 days`, `two weeks`."""
    lowered = text.lower()
    total = 0.0
    seen = False
    for match in re.finditer(r"([a-z0-9.,-]+(?:\s+[a-z-]+)?)?\s*\b([a-z]+?)s?\b", lowered):
        unit = _UNITS.get(match.group(2))
        if unit is None or match.group(2) in ("s", "h", "m"):
            continue
        amount_text = match.group(1) or ""
        amount: float | None = None
        if "half" in amount_text:
            amount = 0.5
        elif amount_text:
            amount = read_number(amount_text)
        if amount is None:
            amount = 1.0 if re.search(r"\b(a|an|one)\b", amount_text) else None
        if amount is None:
            continue
        total += amount * unit
        seen = True
    return total if seen else None


def read_date(text: str, default_year: int | None) -> date | None:
    lowered = text.lower()
    iso = re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", lowered)
    try:
        if iso:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        month_match = re.search(
            r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?", lowered
        )
        if month_match:
            day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", lowered)
            if not day:
                return None
            year = re.search(r"\b(\d{4})\b", lowered)
            y = int(year.group(1)) if year else (default_year or 2000)
            return date(y, _MONTHS[month_match.group(1)], int(day.group(1)))
    except ValueError:
        return None
    return None


def split_items(text: str) -> tuple[str, ...]:
    """`Finland, Sweden and Norway` as its items."""
    parts = re.split(r"\s*(?:,|;|&|\+|\band\b)\s*", text)
    return tuple(p.strip() for p in parts if p.strip())
