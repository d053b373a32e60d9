"""The year a date written without one falls in: the article's, or the next one where the
article's own sentence looks ahead to that day and it is already past on the article's date
(`it would take effect on January 1`, in a report of November 13)."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from newsquiz.facts.text import tokenize
from newsquiz.facts.values import DATE, scan
from newsquiz.facts.words import MONTH_ABBREVIATIONS, MONTHS

# A verb that looks ahead, a few words before the preposition that sets the day: `will
# take effect on`, `is due to open on`, `is set to start from`.
_AHEAD = re.compile(
    r"\b(?:will|would|shall|takes? effect|comes? into force|due to|set to|scheduled to|"
    r"planned for|expected to)\b[^,.;:]{0,60}\b(?:on|from|by)\s+(?:\w+,?\s+)?$",
    re.IGNORECASE,
)
# A look back, even with those words: `had been due on February 20`.
_BACK = re.compile(r"\b(?:had|was|were|been)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def sentence_around(paragraph: str, start: int, end: int) -> str:
    """The sentence of `paragraph` that holds the span start:end."""
    before = [m.end() for m in _SENTENCE_END.finditer(paragraph, 0, start)]
    after = _SENTENCE_END.search(paragraph, max(start, end - 1))
    return paragraph[before[-1] if before else 0 : after.end() if after else len(paragraph)]


def year_meant(date_text: str, sentence: str, published: date) -> int:
    """The year `date_text`, a day and month with no year, falls in where `sentence` says
    it: the next year if the sentence looks ahead to that very day and it is already past
    on `published`, else the year of publication."""
    days = [
        (m.month, m.day)
        for m in scan(tokenize(date_text))
        if m.kind == DATE and m.month is not None and m.day is not None and m.year is None
    ]
    if len(days) != 1 or days[0] >= (published.month, published.day):
        return published.year
    before = _text_before_day(sentence, *days[0])
    if before is None or not _AHEAD.search(before) or _BACK.search(before[-60:]):
        return published.year
    return published.year + 1


def _text_before_day(sentence: str, month: int, day: int) -> str | None:
    """The sentence up to where it writes this day (`January 1`, `1 January`), if it does."""
    written = _day_written(month, day).search(sentence)
    return sentence[: written.start()] if written else None


@lru_cache(maxsize=512)
def _day_written(month: int, day: int) -> re.Pattern[str]:
    """The ways a day is written (`January 1`, `Jan. 1st`, `1 January`), compiled once a
    day: a corpus's other patterns pushed it out of `re`'s cache and it was compiled again."""
    month_names = "|".join(
        name for name, number in (*MONTHS.items(), *MONTH_ABBREVIATIONS.items()) if number == month
    )
    return re.compile(
        rf"\b(?:(?:{month_names})\.?\s+{day}(?:st|nd|rd|th)?\b|{day}(?:st|nd|rd|th)?\s+(?:{month_names})\b)",
        re.IGNORECASE,
    )
