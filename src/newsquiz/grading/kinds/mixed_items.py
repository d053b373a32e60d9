"""A list answer that names each item as one or another accepted form of the answer
names it: `Kenya, the WFP and the International Red Cross` where the key writes `World
Food Programme, Kenya, Red Cross` and the accepted forms `WFP, Kenya, Red Cross` and `World
Food Programme, Kenya, International Red Cross`. Each accepted form with as
many items as the key gives its items as other ways to write the key's; a player who
mixes them has named every item the way the author accepts it.

An accepted item stands in for the key's item it is a form of: one sharing a word with
it, or its initials (`WFP`). Forms written in another order are read in the order that
pairs the most words; an accepted item that is a form of no key item adds nothing, so
the items of a form written otherwise are never shuffled into the wrong places.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import permutations

from newsquiz.facts.text import tokenize
from newsquiz.facts.values import CEILING, PLUS, scan, split_items
from newsquiz.facts.words import FILLERS, VALUE_WORDS
from newsquiz.grading.kinds import Matcher
from newsquiz.grading.kinds.common import split_at
from newsquiz.grading.kinds.items import ITEM_BREAKS
from newsquiz.grading.verdict import Verdict
from newsquiz.pack.model import Answer

# A matcher that may have nothing to say: None when the answer mixes no accepted forms.
MixedMatcher = Callable[[list[str]], Verdict | None]

# Beyond this many items the orders are not all tried: an accepted form is read in its
# own order, item by item.
_MOST_ITEMS_REORDERED = 6


def _items(answer: Answer) -> tuple[str, ...]:
    return answer if isinstance(answer, tuple) else split_items(answer)


def _words(item: str) -> frozenset[str]:
    return frozenset(t for t in tokenize(item) if t[0].isalnum() and t not in FILLERS)


def _initials(item: str) -> str:
    words = [t for t in tokenize(item) if t[0].isalpha() and t not in FILLERS]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _figures(item: str) -> frozenset[float]:
    return _figures_in(tokenize(item))


def _figures_in(toks: list[str]) -> frozenset[float]:
    return frozenset(m.value for m in scan(toks) if m.value is not None)


def _pairing(key_item: str, other: str) -> int:
    """How surely `other` writes `key_item`: the words they share, or one the other's
    initials (`WFP` of World Food Programme); 0 when it is no form of it, and when it leaves out
    the figures the key's item gives (`huts` for `nine of the twelve huts`: the
    author accepted it in a list written with fewer words, not as a count of its own)."""
    figures, their_figures = _figures(key_item), _figures(other)
    if figures and not (their_figures and their_figures <= figures):
        return 0
    mine, theirs = _words(key_item), _words(other)
    if shared := len(mine & theirs):
        return 2 * shared
    if (len(theirs) == 1 and _initials(key_item) in theirs) or (
        len(mine) == 1 and _initials(other) in mine
    ):
        return 1
    return 0


def _aligned(key: tuple[str, ...], form: tuple[str, ...]) -> list[str | None]:
    """The form's item standing for each key item, None where it writes none."""
    size = len(key)
    orders: Sequence[Sequence[int]] = (
        list(permutations(range(size))) if size <= _MOST_ITEMS_REORDERED else [range(size)]
    )
    scores = [[_pairing(k, f) for f in form] for k in key]
    best = max(orders, key=lambda order: sum(scores[i][j] for i, j in enumerate(order)))
    return [form[j] if scores[i][j] else None for i, j in enumerate(best)]


def _answer_items(toks: list[str]) -> list[list[str]]:
    """The typed answer's items, cut at commas and `and` (one empty item for none)."""
    return split_at(toks, ITEM_BREAKS) or [[]]


def item_slots(answer: Answer, accepted: Sequence[Answer]) -> tuple[tuple[str, ...], ...] | None:
    """Each key item with the accepted forms' ways of writing it, the key's own first;
    None when no accepted form offers another way to write any item."""
    key = _items(answer)
    slots = [[item] for item in key]
    for entry in accepted:
        form = _items(entry)
        if len(form) != len(key) or len(key) < 2:
            continue
        for slot, item in zip(slots, _aligned(key, form), strict=True):
            if item is not None and item not in slot:
                slot.append(item)
    if all(len(slot) == 1 for slot in slots):
        return None
    return tuple(tuple(slot) for slot in slots)


def mixed_forms(
    slots: tuple[tuple[str, ...], ...],
    forms: Sequence[Answer],
    compile_form: Callable[[tuple[str, ...]], Matcher],
) -> MixedMatcher:
    """A matcher of answers that mix the accepted ways of writing the items: each item is
    read as the way of writing it whose words the answer types most (the key's where none
    is typed more), and the answer is graded against that mix, compiled once."""
    written = {tuple(_items(form)) for form in forms}
    slot_words = [[_words(item) for item in slot] for slot in slots]
    compiled: dict[tuple[str, ...], Matcher] = {}

    def typed_of(words: frozenset[str], typed: list[set[str]]) -> tuple[float, int]:
        # Within one item of the answer: all of `AU` typed beats half of `African Union`
        # (whose `union` may be another item's).
        hits = max(len(words & item) for item in typed)
        return (hits / len(words) if words else 0.0, hits)

    def match(toks: list[str]) -> Verdict | None:
        typed = [set(item) for item in _answer_items(toks)]
        mix = tuple(
            slot[max(range(len(slot)), key=lambda n: (*typed_of(words[n], typed), -n))]
            for slot, words in zip(slots, slot_words, strict=True)
        )
        if mix in written or len({" ".join(tokenize(item)) for item in mix}) < len(mix):
            return None  # a form of its own, graded already; or one item twice
        matcher = compiled.get(mix)
        if matcher is None:
            matcher = compiled[mix] = compile_form(mix)
        return matcher(toks)

    return match


# An item of the key that gives figures: its words, and the figures.
FiguredItem = tuple[frozenset[str], frozenset[float]]
# Words that name no thing counted: small words, and the words of values (`million`).
_NOT_A_THING = FILLERS | VALUE_WORDS


# The figures a list key's items bound, each with its bound (`children aged 12 and under`).
ItemBounds = frozenset[tuple[float, str]]
# Bounds that put a whole number on the same side: `up to 12` and `12 and under`.
_SAME_SIDE = {CEILING: "most", PLUS: "least"}


def item_bounds(answer: Answer, accepted: Iterable[Answer]) -> ItemBounds:
    """The bounds the key's items, and the accepted lists', set on their figures."""
    if len(_items(answer)) < 2:
        return frozenset()
    return frozenset(
        (m.value, _SAME_SIDE.get(m.bound, m.bound))
        for form in (answer, *(a for a in accepted if isinstance(a, tuple)))
        for item in _items(form)
        for m in scan(tokenize(item))
        if m.value is not None and m.bound is not None and not m.denied
    )


def bound_of_an_item_changed(toks: list[str], bounds: ItemBounds) -> bool:
    """Whether a typed item bounds a key item's figure otherwise: `children under 12`
    where the key's item is `children aged 12 and under` (12 itself left out)."""
    for m in scan(toks):
        if m.value is None or m.bound is None or m.denied:
            continue
        given = {bound for value, bound in bounds if value == m.value}
        if given and _SAME_SIDE.get(m.bound, m.bound) not in given:
            return True
    return False


def figured_items(answer: Answer) -> tuple[FiguredItem, ...]:
    """The key's items that give figures (`course-record bonus of €15,000`), when it has
    two items or more: an accepted form may leave their figures out, never change them.
    An item of two parts (`14 treatment centres and 36 rehydration points`) gives each
    part's figures to that part, as a typed answer's items are cut."""
    items = _items(answer)
    if len(items) < 2:
        return ()
    parts = [part for item in items for part in _counted_parts(tokenize(item))]
    return tuple(
        (frozenset(w for w in part if w.isalpha() and w not in _NOT_A_THING), figures)
        for part in parts
        if (figures := _figures_in(part))
    )


def _counted_parts(toks: list[str]) -> list[list[str]]:
    """An item cut where each part counts a thing of its own (`14 treatment centres`, `36
    rehydration points`); else whole (`routes 501 and 502`: two figures of one thing)."""
    parts = _answer_items(toks)
    counted = all(
        any(
            m.value is not None
            and m.end < len(part)
            and part[m.end].isalpha()
            and part[m.end] not in _NOT_A_THING
            for m in scan(part)
        )
        for part in parts
    )
    return parts if counted else [toks]


def figure_of_another_item(toks: list[str], figured: tuple[FiguredItem, ...]) -> bool:
    """Whether a typed item gives the figure of another key item in place of its own:
    `€10,000 course-record bonus` where the record bonus is €15,000 and €10,000 another
    bonus. Read by the words it names its item with, the figures' own words apart."""
    others = frozenset().union(*(f for _, f in figured))
    for item in _answer_items(toks):
        figures = _figures_in(item)
        if not figures & others:
            continue
        words = {w for w in item if w.isalpha() and w not in _NOT_A_THING}
        shared = [len(words & item_words) for item_words, _ in figured]
        most = max(shared)
        if most == 0 or shared.count(most) > 1:
            continue
        own = figured[shared.index(most)][1]
        if not figures <= own and (figures - own) <= others:
            return True
    return False
