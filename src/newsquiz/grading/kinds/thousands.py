"""Figures written with dots between their thousands, as much of Europe and Latin America
writes them (`€771.200`, `Gs. 266.000`, `€48.312,15`): where the figure read as a decimal
is not the article's, it is read again with the dots as thousands separators."""

from __future__ import annotations

import re

from newsquiz.grading.kinds import Matcher
from newsquiz.grading.verdict import Verdict

# A whole of one to three digits, then groups of three after dots (a zero whole is a
# decimal: `0.412`), and perhaps a decimal comma with one or two digits (`48.312,15`).
_DOTTED = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d{1,2})?")
_ONLY_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:(?:\.\d{3}){2,}(?:,\d{1,2})?|\.\d{3},\d{1,2})")


def with_dotted_thousands(match: Matcher) -> Matcher:
    def dotted(toks: list[str]) -> Verdict:
        verdict = match(toks)
        if verdict.correct or not any(_DOTTED.fullmatch(t) for t in toks):
            return verdict
        again = match([_as_thousands(t) if _DOTTED.fullmatch(t) else t for t in toks])
        # `48.312,15` or `1.234.567` can only be thousands: its reason is the one to give.
        return (
            again if again.correct or any(_ONLY_THOUSANDS.fullmatch(t) for t in toks) else verdict
        )

    return dotted


def _as_thousands(figure: str) -> str:
    """`771.200` as `771,200`; `48.312,15` as `48,312.15`."""
    return figure.replace(",", "#").replace(".", ",").replace("#", ".")
