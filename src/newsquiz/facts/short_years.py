"""Years written by their last two figures after an apostrophe (`'86`, `in '94`, `July '03`)."""

from __future__ import annotations

import re
from datetime import date

# An apostrophe that opens a word, two figures, and nothing more of the word: not a
# possessive or a decade (`the '90s`), not feet and inches nor minutes (`5'11`, `1h03'20`).
_QUOTES = "'\u2018\u2019\u02bc\u2032\u00b4`"
_SHORT_YEAR = re.compile(rf"(?<![\w{_QUOTES}])[{_QUOTES}](\d{{2}})(?![\w{_QUOTES}])")
# How far past the article's year a year written short may lie (`'30` in a report of 2025
# is a target of 2030; `'86` is 1986).
_AHEAD = 10


def short_years_written_out(text: str, year: int | None) -> str:
    """The typed text with each year written short in full (before folding, which drops the
    apostrophe): the latest year with those last two figures no more than ten years after
    `year` (the article's; else this year)."""
    if not any(quote in text for quote in _QUOTES):
        return text
    base = (year or date.today().year) + _AHEAD

    def whole(found: re.Match[str]) -> str:
        last = int(found[1])
        full = base - (base - last) % 100
        return str(full)

    return _SHORT_YEAR.sub(whole, text)
