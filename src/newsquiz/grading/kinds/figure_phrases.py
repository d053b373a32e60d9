"""The words the article gives another figure than the answer's, where it sets the two
side by side.

`Fares are capped at €3.20 for students and €5.80 for other riders`: typed after the
students' figure, `for other riders` says of it what the article says of the other one.
Each sentence of the article is cut where it joins one figure's phrase to the
next (a comma, `and`, `but`, `while`…; a part with no figure of the key's kind stays with
the one before it). In each part, the figure's words fall into slots: the words before
it, the words straight after it that say what it counts, and the phrase after each
preposition after it (`in`, `on` and `at` one slot) or after `have` or `are` (what is said
of it: `44 percent have high blood pressure`). A word is another figure's where its
part fills a slot with it that the key's part fills with other words: the article tells
the two figures apart there (`the vaccinated volunteers` and `those given a dummy
injection`). Where the key's part leaves the slot empty, the other's words are shared, not
contrasted (`4,200 litres of milk…, compared with 3,900 litres the year before`: that is
milk too). A figure that counts another thing is not set beside the key's (`three tries`
beside `12 tackles`). Beyond the cited paragraphs only names count (see
`figures_set_apart`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache

from newsquiz.facts.article import sentences_of
from newsquiz.facts.text import singular, tokenize
from newsquiz.facts.units import unit_at
from newsquiz.facts.values import Mention, scan
from newsquiz.facts.words import NOT_CONTENT

# Where a sentence joins one figure's phrase to the next.
_JOINS = frozenset(
    {",", ";", ":", "and", "or", "but", "while", "whereas", "against", "versus", "compared"}
)
# The prepositions that open a phrase after a figure, by the slot each fills.
_SLOTS = {
    "in": "where", "on": "where", "at": "where", "during": "where", "inside": "where",
    "across": "where", "within": "where", "outside": "where", "near": "where",
    "for": "for", "to": "for", "of": "of", "among": "of", "from": "from", "by": "by",
    "with": "with", "over": "over", "under": "under", "between": "between",
}  # fmt: skip
# The verbs after a figure that open what is said of it (`44 percent have high blood
# pressure`): one slot, as a preposition's.
_SAYING_OF = frozenset({"have", "has", "had", "are", "were", "is", "was"})
_SAID_OF = "said of"
# What a rate is per, and times, have rules of their own.
_RATE = "per"
_TIME_UNITS = frozenset(
    {"second", "minute", "hour", "day", "week", "weekend", "fortnight", "month", "quarter",
     "year", "decade", "century"}
)  # fmt: skip
# The words straight after a figure that say what it counts: its own slot.
_COUNTS = "counts"
_BEFORE = "before"

Slots = dict[str, frozenset[str]]


def stem(word: str) -> str:
    """A word in the singular: `riders` is typed `rider` too, `injuries` `injury`."""
    return word[:-3] + "y" if word.endswith("ies") and len(word) > 4 else singular(word)


def _content(word: str) -> bool:
    return word.isalpha() and word not in NOT_CONTENT and stem(word) not in _TIME_UNITS


def slots_after(toks: list[str], end: int, stop: int) -> Slots:
    """The phrases after a figure (ending at `end`) up to `stop`, by slot: after its unit,
    the words straight after it that say what it counts (`9 relief nurses`), then
    the phrase after each preposition."""
    hit = unit_at(toks, end)
    at = hit[1] if hit is not None else end
    found: dict[str, set[str]] = {}
    while at < stop and _content(toks[at]) and toks[at] not in _SLOTS:
        found.setdefault(_COUNTS, set()).add(stem(toks[at]))
        at += 1
    slot: str | None = None
    for index in range(at, stop):
        token = toks[index]
        if token in _SLOTS:
            slot = _SLOTS[token]
        elif token in _SAYING_OF:
            slot = _SAID_OF
        elif token == _RATE:
            slot = None
        elif slot is not None and _content(token) and unit_at(toks, index) is None:
            found.setdefault(slot, set()).add(stem(token))
    return {name: frozenset(words) for name, words in found.items()}


def _part_slots(toks: list[str], first: int, last: int, figure: Mention) -> Slots:
    slots = slots_after(toks, figure.end, last)
    before = frozenset(stem(t) for t in toks[first : figure.start] if _content(t))
    return {**slots, _BEFORE: before} if before else slots


def figures_set_apart(
    cited: Iterable[str], rest: Iterable[str], key: float, kind: str, proper: frozenset[str]
) -> tuple[Slots, list[Slots]]:
    """The slots of the key's figure, and of each other figure of its `kind`, each in its
    part of a sentence: every figure of the `cited` paragraphs; in the `rest` (the
    paragraphs near them), only the names (`proper`, as stems) that no part of theirs
    without such a figure writes (`Kellby` of `In Kellby, fares rose 12 percent`, where
    they name Kellby nowhere else): a word written all round is no figure's own, and a
    common word far from the figure more often describes it otherwise (`in prison` of a
    sentence the article gives `for taking bribes`). A figure in brackets is the one before
    it again (`400 metres (437 yards)`) and a number set off by commas is an age, not a
    figure."""
    own: dict[str, set[str]] = {}
    others: list[Slots] = []
    theirs_elsewhere: list[Slots] = []
    free: set[str] = set()
    for paragraphs, found in ((cited, others), (rest, theirs_elsewhere)):
        for paragraph in paragraphs:
            for figures, words in _figure_parts(paragraph, kind):
                mine = [slots for value, slots in figures if math.isclose(value, key)]
                if not figures:
                    free.update(words)
                elif mine:
                    for name, slot_words in mine[0].items():
                        own.setdefault(name, set()).update(slot_words)
                elif len(figures) == 1:  # a part with two figures sets neither apart
                    found.append(figures[0][1])
    others.extend(
        {name: (words & proper) - free for name, words in slots.items()}
        for slots in theirs_elsewhere
    )
    # A figure that counts another thing than the key's is no figure beside it (`three
    # tries in the second half` beside `12 tackles in the first`).
    counted = own.get(_COUNTS, set())
    return {name: frozenset(words) for name, words in own.items()}, [
        slots
        for slots in others
        if not (counted and slots.get(_COUNTS) and counted.isdisjoint(slots[_COUNTS]))
    ]


# A part of a sentence: each figure's value and slots, and the part's words as stems.
_Part = tuple[tuple[tuple[float, Slots], ...], frozenset[str]]


@lru_cache(maxsize=4096)
def _figure_parts(paragraph: str, kind: str) -> tuple[_Part, ...]:
    """The paragraph's sentences cut into parts, with the figures of the `kind` each holds:
    read once for every question whose figure stands near (a generated pack's questions
    share their paragraphs)."""
    found: list[_Part] = []
    for sentence in sentences_of(paragraph):
        toks = tokenize(sentence)
        figures = [
            m for m in scan(toks) if m.value is not None and m.kind == kind and not _aside(toks, m)
        ]
        for first, last in _parts(toks, figures):
            held = tuple(
                (m.value or 0.0, _part_slots(toks, first, last, m))
                for m in figures
                if first <= m.start < last
            )
            words = frozenset(stem(t) for t in toks[first:last] if _content(t))
            found.append((held, words))
    return tuple(found)


def _aside(toks: list[str], figure: Mention) -> bool:
    """A figure in brackets, the one before it again (`400 metres (437 yards)`), or a bare
    number set off by commas, an age (`Ana Ruiz, 41, of the Harbour Party`)."""
    before = toks[figure.start - 1 : figure.start]
    return before == ["("] or (
        before == [","]
        and figure.end - figure.start == 1
        and toks[figure.end : figure.end + 1] == [","]
    )


def _parts(toks: list[str], figures: list[Mention]) -> list[tuple[int, int]]:
    """The sentence cut where it joins one figure's phrase to the next, each part from a
    cut to the next: a part with no figure belongs with the one before it (`from Russia
    and Kazakhstan`)."""
    inside = {at for m in figures for at in range(m.start, m.end)}
    starts = {m.start for m in figures}
    parts: list[tuple[int, int]] = []
    first = 0
    cuts = [at for at, t in enumerate(toks) if t in _JOINS and at not in inside]
    for index, cut in enumerate(cuts):
        after = cuts[index + 1] if index + 1 < len(cuts) else len(toks)
        if any(cut < start < after for start in starts) and any(
            first <= start < cut for start in starts
        ):
            parts.append((first, cut))
            first = cut + 1
    parts.append((first, len(toks)))
    return parts


def another_figures_word(
    toks: list[str],
    end: int,
    own: Slots,
    others: list[Slots],
    known: frozenset[str],
) -> str | None:
    """The first word typed after the value (ending at `end`, up to a comma or the next
    figure), as typed, that another figure's part writes in a slot the key's part fills
    otherwise, and that is none of the key's part's, the question's or the answers' (`known`,
    as stems: not the quote's, which may set the other figure beside the key's)."""
    if not others:
        return None
    stop = end + next((m.start for m in scan(toks[end:]) if m.value is not None), len(toks) - end)
    if "," in toks[end:stop]:
        stop = toks.index(",", end)
    mine = frozenset().union(*own.values()) if own else frozenset()
    typed = slots_after(toks, end, stop)
    typed.pop(_COUNTS, None)  # other rules weigh what it counts
    for words in typed.values():
        for word in sorted(words - mine - known):
            for slots in others:
                for name, theirs in slots.items():
                    if name != _COUNTS and word in theirs and own.get(name, frozenset()) - theirs:
                        return next(t for t in toks[end:stop] if stem(t) == word)
    return None
