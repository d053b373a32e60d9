"""Resolving verbatim quotes to the article lines that hold them.

Matching forgives whitespace, letter case and straight vs curly quotes,
and nothing else: a citation is a promise that the article says this.
Whitespace is dropped altogether, so a quote copied across a line break,
or with a space lost or gained around a hyphen, still resolves.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from newsquiz.pack.model import Citation

# Curly (and low-9) single and double quotes, folded to their straight forms.
_QUOTE_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
    }
)

# Below this rapidfuzz score a "closest line" hint would only mislead.
_HINT_CUTOFF = 60.0


@dataclass(frozen=True)
class FoldedText:
    """Text folded for matching, with a map back to the original indexes."""

    text: str
    origin: tuple[int, ...]  # origin[i] = index in the original of folded char i

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original `[start, end)` covering folded `[start, end)` (end > start)."""
        return self.origin[start], self.origin[end - 1] + 1

    def whole_characters(self, start: int, end: int) -> bool:
        """Whether folded `[start, end)` covers whole original characters only."""
        starts_clean = start == 0 or self.origin[start] != self.origin[start - 1]
        ends_clean = end == len(self.origin) or self.origin[end] != self.origin[end - 1]
        return starts_clean and ends_clean


def fold(text: str) -> FoldedText:
    """Text without whitespace, in lower case, with curly quotes made straight."""
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char.isspace():
            continue
        # lower() may turn one character into two (İ → i̇): both map back to it.
        for folded in char.translate(_QUOTE_FOLD).lower():
            out.append(folded)
            origin.append(index)
    return FoldedText("".join(out), tuple(origin))


@dataclass(frozen=True)
class Hint:
    """Where a quote that is not in the article comes closest."""

    line: int
    excerpt: str  # the most similar stretch of that line, as the article has it
    score: float


class CitationIndex:
    """The article's paragraphs folded once, so many quotes resolve fast."""

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.paragraphs = tuple(paragraphs)
        self._folded = tuple(fold(p) for p in self.paragraphs)

    def find(self, quote: str) -> Citation | None:
        """The first line holding the quote, with the quoted span, or None."""
        needle = fold(quote).text
        if not needle:
            return None
        for number, folded in enumerate(self._folded, start=1):
            at = folded.text.find(needle)
            while at >= 0:
                # A match must not start or end inside one character's folding (İ → i̇).
                if folded.whole_characters(at, at + len(needle)):
                    start, end = folded.span(at, at + len(needle))
                    return Citation(quote, number, self.paragraphs[number - 1], start, end)
                at = folded.text.find(needle, at + 1)
        return None

    def closest(self, quote: str) -> Hint | None:
        """The line and stretch most like the quote, as a hint when it is not found."""
        needle = fold(quote).text
        if not needle:
            return None
        best: tuple[float, int, int, int] | None = None
        for number, folded in enumerate(self._folded, start=1):
            if not folded.text:
                continue
            found = fuzz.partial_ratio_alignment(needle, folded.text)
            if found is None or found.dest_end <= found.dest_start:
                continue
            if best is None or found.score > best[0]:
                best = (found.score, number, found.dest_start, found.dest_end)
        if best is None or best[0] < _HINT_CUTOFF:
            return None
        score, number, start, end = best
        first, last = self._folded[number - 1].span(start, end)
        return Hint(number, self.paragraphs[number - 1][first:last], score)
