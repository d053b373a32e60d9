"""Answers pasted from the article: correct when the pasted words state the fact.

A player may copy a sentence from the article instead of typing the fact. That is
a right answer when the copied words are one run of a single sentence of a cited
paragraph and include a cited quote that is itself a right answer (`The call lasted
about an hour and was at the request of Roe` for "At whose request…?"); a copied
sentence that does not include the evidence proves nothing and is graded as usual.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from newsquiz.facts.text import tokenize
from newsquiz.pack.model import Citation

# A sentence ends at . ! or ? (perhaps before a closing quote) and a space.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+")


@dataclass(frozen=True, slots=True)
class Passage:
    words: tuple[str, ...]  # the paragraph's words, as answers are tokenised
    sentences: tuple[int, ...]  # the sentence each word belongs to
    start: int  # the cited quote's words: words[start:end]
    end: int


def _words(text: str) -> list[str]:
    return [t for t in tokenize(text) if t != ","]


def cited_passages(
    citations: Iterable[Citation], states_fact: Callable[[list[str]], bool]
) -> tuple[Passage, ...]:
    """The cited paragraphs whose quote states the answer: some run of its words, typed
    alone, would be a right answer (`84 days` in `the first call between the two in 84
    days`)."""
    passages: list[Passage] = []
    for citation in citations:
        quote = tokenize(citation.quote)
        if not _states(quote, states_fact):
            continue
        words: list[str] = []
        sentences: list[int] = []
        for number, sentence in enumerate(_SENTENCE_END.split(citation.text)):
            found = _words(sentence)
            words.extend(found)
            sentences.extend([number] * len(found))
        start = len(_words(citation.text[: citation.start]))
        end = start + len(_words(citation.quote))
        if words[start:end] == _words(citation.quote):
            passages.append(Passage(tuple(words), tuple(sentences), start, end))
    return tuple(passages)


# Longer runs than this are not tried: a cited quote states its fact in a few words.
_LONGEST_RUN = 12


def _states(quote: list[str], states_fact: Callable[[list[str]], bool]) -> bool:
    for size in range(1, min(len(quote), _LONGEST_RUN) + 1):
        for first in range(len(quote) - size + 1):
            if states_fact(quote[first : first + size]):
                return True
    return False


def quoted_words(citation: Citation) -> tuple[str, ...]:
    """A cited quote's words, as a passage holds them: an answer that does not hold them in
    a row quotes no passage of it."""
    return tuple(_words(citation.quote))


def holds_a_quote(typed: list[str], quotes: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the answer's words (commas left out) hold one of the quotes' words in a row,
    as every run `quotes_passage` takes does: an answer that holds none is no quote, and the
    passages need not be read for it."""
    for quote in quotes:
        if not quote:
            return True
        size, head = len(quote), quote[0]
        for first in range(len(typed) - size + 1):
            if typed[first] == head and tuple(typed[first : first + size]) == quote:
                return True
    return False


def quotes_passage(toks: list[str], passages: tuple[Passage, ...]) -> bool:
    """The answer is a run of one sentence of a passage that includes its cited quote."""
    typed = [t for t in toks if t != ","]
    for passage in passages:
        size = len(typed)
        if size < passage.end - passage.start:
            continue
        words = passage.words
        # The run must start at or before the quote and end at or after it.
        for first in range(max(0, passage.end - size), passage.start + 1):
            last = first + size
            if last > len(words) or words[first] != typed[0]:
                continue
            if passage.sentences[first] != passage.sentences[last - 1]:
                continue
            if list(words[first:last]) == typed:
                return True
    return False
