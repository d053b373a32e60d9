"""Resolving verbatim quotes to the article lines that hold them.

Matching forgives whitespace, letter case and straight vs curly quotes,
and nothing else: a citation is a promise that the article says this.
Whitespace is dropped altogether, so a quote copied across a line break,
or with a space lost or gained around a hyphen, still resolves.
"""

from __future__ import annotations

import itertools
import operator
from bisect import bisect_right
from collections.abc import Iterator, Sequence
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

# A quote this long in an article this long is looked up through an index of the article's
# stretches of _GRAM characters, one every _STEP; a shorter one by reading the article.
_GRAM = 8
_STEP = 4
_INDEXED_LENGTH = 1 << 16

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
    lowered = text.translate(_QUOTE_FOLD).lower()  # translating maps one character to one
    if len(lowered) == len(text) and "\u03a3" not in text:
        # Each character lowered on its own is one character (lower() never shrinks one, and
        # Σ is the only one it lowers by its neighbours): the whole text is folded in C.
        keep = list(map(operator.not_, map(str.isspace, text)))
        return FoldedText(
            "".join(itertools.compress(lowered, keep)),
            tuple(itertools.compress(range(len(text)), keep)),
        )
    return fold_each(text)


def _folded_text(text: str) -> str:
    """`fold(text).text`, without the map back to the original."""
    lowered = text.translate(_QUOTE_FOLD).lower()
    if len(lowered) == len(text) and "\u03a3" not in text:
        return "".join(lowered.split())  # split() splits where isspace() is true
    return fold_each(text).text


def fold_each(text: str) -> FoldedText:
    """`fold`, a character at a time."""
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


def _whole_words(paragraph: str, start: int, end: int) -> bool:
    """The span neither begins nor ends inside a word or a number of the paragraph."""
    return not (
        (paragraph[start : start + 1].isalnum() and paragraph[start - 1 : start].isalnum())
        or (paragraph[end - 1 : end].isalnum() and paragraph[end : end + 1].isalnum())
    )


class CitationIndex:
    """The article's paragraphs folded once, so many quotes resolve fast.

    The folded paragraphs stand in one text, a line break between two (folding leaves none,
    so no quote runs from one paragraph into the next): one search finds a quote's first
    line, where a search per paragraph made a long pack quadratic. In a long article a long
    quote is looked up by its stretches of _GRAM characters, indexed every _STEP characters
    (one of a quote's first _STEP stretches starts on an indexed place wherever it stands).
    """

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.paragraphs = tuple(paragraphs)
        texts = [_folded_text(p) for p in self.paragraphs]
        self._whole = "\n".join(texts)
        self._starts: list[int] = []
        at = 0
        for text in texts:
            self._starts.append(at)
            at += len(text) + 1
        self._folded: dict[int, FoldedText] = {}  # by 0-based paragraph, when first needed
        self._grams: dict[str, list[int]] | None = None
        self._found: dict[str, tuple[int, int, int] | None] = {}

    def folded(self, index: int) -> FoldedText:
        """The 0-based `index`-th paragraph, folded with its map back to the original."""
        folded = self._folded.get(index)
        if folded is None:
            folded = self._folded[index] = fold(self.paragraphs[index])
        return folded

    def find(self, quote: str) -> Citation | None:
        """The first line holding the quote, with the quoted span, or None."""
        needle = _folded_text(quote)
        if not needle:
            return None
        if needle not in self._found:
            self._found[needle] = self._first(needle)
        found = self._found[needle]
        if found is None:
            return None
        number, start, end = found
        return Citation(quote, number, self.paragraphs[number - 1], start, end)

    def _first(self, needle: str) -> tuple[int, int, int] | None:
        """(line, start, end) of the first place the folded needle stands on whole
        characters and whole words (`May 2` is not the start of `May 26`), else of the first
        on whole characters only (a quote may cut a word: `40 metre` of `40 metres`), or
        None."""
        inside_a_word: tuple[int, int, int] | None = None
        for at in self._places(needle):
            number = bisect_right(self._starts, at)  # 1-based: the paragraph holding `at`
            folded = self.folded(number - 1)
            local = at - self._starts[number - 1]
            # A match must not start or end inside one character's folding (İ → i̇).
            if not folded.whole_characters(local, local + len(needle)):
                continue
            start, end = folded.span(local, local + len(needle))
            if _whole_words(self.paragraphs[number - 1], start, end):
                return number, start, end
            if inside_a_word is None:
                inside_a_word = number, start, end
        return inside_a_word

    def _places(self, needle: str) -> Iterator[int]:
        """Where the needle stands in the whole folded text, first to last."""
        if len(needle) >= _GRAM + _STEP - 1 and len(self._whole) >= _INDEXED_LENGTH:
            grams = self._gram_index()
            found: set[int] = set()
            for offset in range(_STEP):
                for at in grams.get(needle[offset : offset + _GRAM], ()):
                    if at >= offset and self._whole.startswith(needle, at - offset):
                        found.add(at - offset)
            yield from sorted(found)
            return
        at = self._whole.find(needle)
        while at >= 0:
            yield at
            at = self._whole.find(needle, at + 1)

    def _gram_index(self) -> dict[str, list[int]]:
        if self._grams is None:
            whole = self._whole
            grams: dict[str, list[int]] = {}
            for at in range(0, len(whole) - _GRAM + 1, _STEP):
                grams.setdefault(whole[at : at + _GRAM], []).append(at)
            self._grams = grams
        return self._grams

    def closest(self, quote: str) -> Hint | None:
        """The line and stretch most like the quote, as a hint when it is not found."""
        needle = fold(quote).text
        if not needle:
            return None
        best: tuple[float, int, int, int] | None = None
        for number, text in enumerate(self._whole.split("\n"), start=1):
            if not text:
                continue
            found = fuzz.partial_ratio_alignment(needle, text)
            if found is None or found.dest_end <= found.dest_start:
                continue
            if best is None or found.score > best[0]:
                best = (found.score, number, found.dest_start, found.dest_end)
        if best is None or best[0] < _HINT_CUTOFF:
            return None
        score, number, start, end = best
        first, last = self.folded(number - 1).span(start, end)
        paragraph = self.paragraphs[number - 1]
        # Shown in whole words: a stretch as long as a misspelt quote ends a letter short
        # of the word it should have (`on Thursda`).
        while first > 0 and paragraph[first - 1].isalnum() and paragraph[first].isalnum():
            first -= 1
        while last < len(paragraph) and paragraph[last].isalnum() and paragraph[last - 1].isalnum():
            last += 1
        return Hint(number, paragraph[first:last], score)
