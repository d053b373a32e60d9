"""Resolving verbatim quotes to the article lines that hold them.

Matching forgives whitespace, letter case and straight vs curly quotes,
and nothing else: a citation is a promise that the article says this.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from newsquiz.pack.model import Citation

_QUOTE_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
    }
)


@dataclass(frozen=True)
class FoldedText:
    """Text folded for matching, with a map back to the original indexes."""

    text: str
    origin: tuple[int, ...]  # origin[i] = index in the original of folded char i


def fold(text: str) -> FoldedText:
    out: list[str] = []
    origin: list[int] = []
    pending_space = False
    for index, char in enumerate(text):
        if char.isspace():
            pending_space = bool(out)
            continue
        if pending_space:
            out.append(" ")
            origin.append(index)
            pending_space = False
        for folded in char.translate(_QUOTE_FOLD).lower():
            out.append(folded)
            origin.append(index)
    return FoldedText("".join(out), tuple(origin))


class CitationIndex:
    """The article's paragraphs folded once, so many quotes resolve fast."""

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self._paragraphs = tuple(paragraphs)
        self._folded = tuple(fold(p) for p in self._paragraphs)

    def find(self, quote: str) -> Citation | None:
        needle = fold(quote).text
        if not needle:
            return None
        for number, folded in enumerate(self._folded, start=1):
            at = folded.text.find(needle)
            if at >= 0:
                start = folded.origin[at]
                end = folded.origin[at + len(needle) - 1] + 1
                return Citation(quote, number, self._paragraphs[number - 1], start, end)
        return None

    def closest(self, quote: str) -> tuple[int, str] | None:
        """The line most like the quote, as a hint when a quote is not found."""
        needle = fold(quote).text
        best: tuple[float, int] | None = None
        for number, folded in enumerate(self._folded, start=1):
            if not folded.text:
                continue
            score = fuzz.partial_ratio(needle, folded.text)
            if best is None or score > best[0]:
                best = (score, number)
        if best is None or best[0] < 50:
            return None
        return best[1], self._paragraphs[best[1] - 1]
