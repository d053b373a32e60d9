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
            mention = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
            # The substring test first: most paragraphs holding the rarest word lack the name.
            found = [
                (p, m.start(), m.end())
                for p in self.holding(name)
                if name in p
                for m in mention.finditer(p)
            ]
            self._found[name] = found
        return list(found)


@lru_cache(maxsize=8)
def mention_index(paragraphs: tuple[str, ...]) -> MentionIndex:
    """The index of an article's paragraphs, built once per article."""
    return MentionIndex(paragraphs)
