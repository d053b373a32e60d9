"""Lists: items in any order; all of them correct, some of them partial.

An item that is not in the key makes the whole answer wrong (dumping every
country you know is not knowing which ones), and so does offering a choice or
denying an item of the key (`Spain but not Portugal`). An item may be named by a
word only it has (`Tate` for `Tate Modern Art Gallery`), and may carry
what the article says beside it (`the Field Museum in Chicago`), but not a place
or qualifier of its own (`Puerto Rico rum` for `Virgin Islands rum`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import pairwise
from typing import NamedTuple

from newsquiz.facts.article import ORGANISATION_WORDS
from newsquiz.facts.clock import HALVES, as_24_hour
from newsquiz.facts.currencies import same_currency
from newsquiz.facts.infer import looks_like_a_name
from newsquiz.facts.memo import last_by_identity
from newsquiz.facts.numbers import NumberSpan, number_spans, roman_value
from newsquiz.facts.text import singular, tokenize
from newsquiz.facts.units import unit_at, units_named
from newsquiz.facts.values import MONEY, scan, split_items
from newsquiz.facts.words import (
    FILLERS,
    HONORIFICS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_TENS,
    ORDINAL_UNITS,
    UNITS,
    VALUE_WORDS,
)
from newsquiz.facts.world import places_in, world
from newsquiz.grading.kinds import Matcher
from newsquiz.grading.kinds.common import Context, denied_positions, hedged, short_forms_spelt_out
from newsquiz.grading.kinds.person import name_parts
from newsquiz.grading.kinds.text import as_the_key_names_places, places_named, short_name
from newsquiz.grading.normalize import CLOSE, EXACT, rewrite, same_word
from newsquiz.grading.verdict import Verdict, correct, incorrect, partial
from newsquiz.grading.vocab import HEDGES, POSITIONAL, QUALIFIERS

# Why a list answer is wrong when it types a word of no item (`WFP` where the key writes
# World Food Programme): a form that says so knows only that it does not name the item so.
NOT_AN_ITEM = "an item is not in the article"
PAIRED_OTHERWISE = "the items' parts are paired otherwise"
# And when it types a word of an item again as an item of its own: a form that says so
# may write that item otherwise than another form (`higher rents` beside `higher fares`,
# where the key writes `the rise in rents`).
NAMED_TWICE = "an item is named twice"
_SEPARATORS = frozenset({",", "and", "&", "+", "plus", "both", "also", "as", "well"})
_DENIERS = frozenset({"not", "never", "except", "excluding", "without"})
# Words too general to name an item on their own.
_GENERIC = FILLERS | ORGANISATION_WORDS | HONORIFICS


def _places_joined(toks: list[str]) -> list[str]:
    """A place of several words whose first word is itself a place (`Saxony-Anhalt` beside
    Saxony, `Guinea-Bissau`, `Mexico City`) is one word: its first word names another."""
    tables = world()
    out: list[str] = []
    at = 0
    spans = {start: end for start, end, _ in places_in(toks) if end - start >= 2}
    while at < len(toks):
        end = spans.get(at)
        if end is not None and (toks[at],) in tables.place_by_name:
            out.append("_".join(toks[at:end]))
            at = end
        else:
            out.append(toks[at])
            at += 1
    return out


_MERIDIEM = frozenset({"am", "pm"})
_HOUR = re.compile(r"\d{1,2}(:\d\d)?")


def _meridiem_shared(toks: list[str]) -> list[str]:
    """`5, 7 and 9 p.m.` as `5 pm, 7 pm and 9 pm`: the `a.m.` or `p.m.` after the last of a
    run of hours is every hour's of the run."""
    out = list(toks)
    for at in range(len(out) - 1, 0, -1):
        if out[at] not in _MERIDIEM or not _HOUR.fullmatch(out[at - 1]):
            continue
        half = out[at]
        hour = at - 3  # the hour before a `,` or `and`
        while hour >= 0 and out[hour + 1] in (",", "and") and _HOUR.fullmatch(out[hour]):
            out.insert(hour + 1, half)
            hour -= 2
    return out


def _figures_as_the_key_writes(
    toks: list[str], figures: dict[float, tuple[str, ...]], labels: frozenset[str]
) -> list[str]:
    """Each count typed that an item states, written as the item writes it: `2 hospitals`
    for `two hospitals`, `seventy-one` and `a hundred and four` for `71` and `104` (whose
    `and` then ends no item). An ordinal is left as typed (`a second key` is no count), and
    so is a count in words of what the key labels by a figure (`all three potlines` is no
    `Potline 3`)."""
    out: list[str] = []
    at = 0
    for span in _counts(toks):
        written = figures.get(span.value) if span.value is not None else None
        if written is None:
            continue
        following = toks[span.end] if span.end < len(toks) else ""
        if not span.digits and (following in labels or following.removesuffix("s") in labels):
            continue
        out.extend(toks[at : span.start])
        out.extend(written)
        at = span.end
    out.extend(toks[at:])
    return out


def _money_written(items: Iterable[str]) -> dict[float, tuple[str | None, tuple[str, ...]]]:
    """The amounts the items state, each with its currency and as the item writes it."""
    amounts: dict[float, tuple[str | None, tuple[str, ...]]] = {}
    for item in items:
        toks = tokenize(item)
        for m in scan(toks):
            if m.kind == MONEY and m.value is not None:
                amounts.setdefault(m.value, (m.currency, tuple(toks[m.start : m.end])))
    return amounts


# A dollar typed with nothing to say whose (`$500`, `500 dollars`).
_ANY_DOLLAR = frozenset({"$", "dollar", "dollars"})


def _money_as_the_key_writes(
    toks: list[str], amounts: dict[float, tuple[str | None, tuple[str, ...]]]
) -> list[str] | None:
    """Each amount typed that an item states, written as the item writes it (`$500` or
    `500 dollars` for `US$500`); None when one is typed in another currency than the
    item's (`£900` for `$900`). A bare `$` or `dollars` is any dollar the item gives."""
    out: list[str] = []
    at = 0
    for m in scan(toks):
        if m.kind != MONEY or m.value is None or m.value not in amounts:
            continue
        currency, written = amounts[m.value]
        typed = toks[m.start : m.end]
        if currency is not None and m.currency is not None:
            any_dollar = all(t in _ANY_DOLLAR or t[0].isdigit() for t in typed) and any(
                "$" in w or "dollar" in w for w in written
            )
            if not any_dollar and not same_currency(m.currency, currency):
                return None
        out.extend(toks[at : m.start])
        out.extend(written)
        at = m.end
    out.extend(toks[at:])
    return out


def _figures_written(texts: Iterable[str]) -> dict[float, tuple[str, ...]]:
    """The counts the texts state, each as they first write it (`two`, `1,200`)."""
    figures: dict[float, tuple[str, ...]] = {}
    for text in texts:
        toks = tokenize(text)
        for span in _counts(toks):
            if span.value is not None:
                figures.setdefault(span.value, tuple(toks[span.start : span.end]))
    return figures


# `a hundred and four`, `three and a half`
_JOINING = frozenset({"a", "an", "and", "half", "quarter", "quarters", "point"})
_MULTIPLES = frozenset({"once", "twice", "thrice"})


def _counts(toks: list[str]) -> list[NumberSpan]:
    """The cardinal counts the tokens write in digits or number words, not a word read as a
    slip of one (`twine` is no `twice`), nor a multiple (`twice`, `once`)."""
    return [
        span
        for span in number_spans(toks)
        if not span.ordinal
        and all(
            (t[0].isdigit() or t in NUMBER_WORDS or t in _JOINING) and t not in _MULTIPLES
            for t in toks[span.start : span.end]
        )
    ]


def _item_words(item: str) -> list[str]:
    toks = [
        t
        for t in _places_joined(rewrite(tokenize(item)))
        if t[0].isalnum() and t not in _SEPARATORS
    ]
    # `Paper I`: after a word, a capital I is a numeral, not the pronoun.
    numeral_i = {"i"} if re.search(r"\w\s+I\b", item) else set()
    words = [t for t in toks if t not in FILLERS or t in numeral_i]
    return words or toks


_MOST_ROMAN = 50  # numerals beyond name no paper, phase or division (`mix`, `mid`)


def _compounds_joined(toks: list[str], key_words: set[str]) -> list[str]:
    """`mud stone`, `lung-worm` (tokens keep no hyphen) typed for the item `mudstone`,
    `lungworm`: two words that make one word of the items, neither an item's word itself,
    are that word."""
    out: list[str] = []
    index = 0
    while index < len(toks):
        first = toks[index]
        second = toks[index + 1] if index + 1 < len(toks) else ""
        if (
            first.isalpha()
            and second.isalpha()
            and first + second in key_words
            and first not in key_words
            and second not in key_words
        ):
            out.append(first + second)
            index += 2
            continue
        out.append(first)
        index += 1
    return out


def _numeral(word: str) -> bool:
    """A figure or a small Roman numeral (`216`, `II`): what tells an item from its kind."""
    if word[0].isdigit():
        return True
    # `i` is an item's word only where `_item_words` read it as a numeral.
    value = 1 if word == "i" else roman_value(word) if len(word) <= 4 else None
    return value is not None and value <= _MOST_ROMAN


def _segments(toks: list[str]) -> list[int]:
    """For each word, which typed item it is in (items end at a comma, `and` or `&`; a comma
    before where an item is, `Ardle, County Lusk`, does not end it)."""
    segment: list[int] = []
    count = 0
    for at, token in enumerate(toks):
        within = token == "," and at + 1 < len(toks) and toks[at + 1] in _REGION_WORDS
        count += token in ITEM_BREAKS and not within
        segment.append(count)
    return segment


def _numerals_apart(
    words: list[str],
    places: list[list[tuple[int, int]]],
    best: list[tuple[int, int] | None],
    toks: list[str],
    segment: list[int],
    own: list[str],
) -> list[tuple[int, int] | None]:
    """An item's numeral counts only as itself (`II` is no slip of `I`) and in the typed
    item of its own words (`own`, those no other item has, where it has any): `Mathematics
    Paper II, Biology Paper I` names neither Mathematics Paper I nor Biology Paper II."""
    found = [
        (w, where)
        for w, b, where in zip(words, best, places, strict=True)
        if b is not None and not _numeral(w)
    ]
    # Where the item's own words are typed; else anywhere its other words are (`Camp II`
    # beside `Base Camp`: `camp` is typed in both).
    anchors = {segment[p[0]] for w, where in found if w in own for p in where} or {
        segment[p[0]] for _, where in found for p in where
    }
    kept = list(best)
    for index, word in enumerate(words):
        if not _numeral(word) or word[0].isdigit():
            continue
        beside = [
            p
            for p in places[index]
            if toks[p[0]] == word and (not anchors or segment[p[0]] in anchors)
        ]
        kept[index] = beside[0] if beside else None
    return kept


def _figure_of_another_item(toks: list[str], index: int, pairs: frozenset[tuple[str, str]]) -> bool:
    """A small count typed before a word that the article writes after another count only
    (`three patrol boats` where it writes two patrol boats and three fishing boats)."""
    typed = _count_of(toks[index])
    following = toks[index + 1] if index + 1 < len(toks) else None
    if typed is None or following is None:
        return False
    counts = {_count_of(first) for first, second in pairs if second == following} - {None}
    return bool(counts) and typed not in counts


_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


def _count_of(word: str) -> float | None:
    """The count a word or digits write (`three`, `3`, `3,200`)."""
    digits = word.replace(",", "")
    if digits.isdecimal() and (digits == word or _GROUPED.fullmatch(word)):
        return float(digits)
    return float(UNITS[word]) if word in UNITS else None


def _another_figure_before(
    words: list[str], best: list[tuple[int, int] | None], toks: list[str]
) -> bool:
    """An item's number word left out, and another typed where it stood: right before the
    item's next word (`five year delay` for `two year delay`)."""
    for at, (word, found) in enumerate(zip(words, best, strict=True)):
        if found is not None or word not in VALUE_WORDS or at + 1 >= len(words):
            continue
        following = best[at + 1]
        if following is not None and following[0] > 0:
            typed = toks[following[0] - 1]
            if typed in VALUE_WORDS and typed != word:
                return True
    return False


def _find(word: str, toks: list[str]) -> list[tuple[int, int]]:
    """(position, EXACT/CLOSE) of every typed token that is this word."""
    found = []
    month = MONTHS.get(word)
    for index, token in enumerate(toks):
        hit = same_word(token, word)
        if hit is None and month is not None and MONTH_ABBREVIATIONS.get(token) == month:
            hit = EXACT  # `Mar. 2011`: dates are written short
        if hit is not None:
            found.append((index, hit))
    return found


_OR = re.compile(r"\s+or\s+", re.IGNORECASE)
# The ends of a span written as one item: `Tarbert to Uig`, `Tarbert-Uig`.
_SPAN = re.compile(r"\s+(?:to|until|through)\s+|\s*[-–—]\s*(?=[A-Z])")
_FROM = re.compile(r"^\s*(?:from|between)\s+", re.IGNORECASE)


def _names_no_item(toks: list[str]) -> Verdict:
    return incorrect(NOT_AN_ITEM)


def _either_items(key: str | tuple[str, ...], ctx: Context) -> tuple[tuple[str, ...], bool]:
    """The items of an answer, and whether `or` joins them. An accepted form with fewer
    items than the answer, that `or` splits into as many (`pay it or appeal to the
    tribunal` for the steps `pay the levy` and `appeal to the tax tribunal`), has those:
    naming one step is not both, and the author writes the two steps as a choice. So has
    one that a span's ends split into as many (`from Tarbert to Uig`)."""
    items = key if isinstance(key, tuple) else split_items(key)
    wanted = len(split_items(ctx.key_texts[0])) if ctx.key_texts else 0
    if len(items) >= wanted:
        return items, False
    either = tuple(part for item in items for part in _OR.split(item) if part)
    if len(either) == wanted:
        return either, True
    # `from Tarbert to Uig`, `Tarbert-Uig` for the two ports Tarbert and Uig: one end of
    # a span typed alone names only that end.
    ends = tuple(part for item in items for part in _SPAN.split(_FROM.sub("", item)) if part)
    if len(ends) == wanted and all(_a_name(end) for end in ends):
        return ends, False
    return items, False


def _a_name(text: str) -> bool:
    """Written as a name: every word capitalised but the small ones (`the Head of Carrow`)."""
    words = [w for w in text.split() if w.lower() not in FILLERS]
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def compile_list(key: str | tuple[str, ...], ctx: Context) -> Matcher:
    items = [tokenize(item) for item in (key if isinstance(key, tuple) else (key,))]
    on_the_clock = [" ".join(as_24_hour(item)) for item in items]
    if on_the_clock != [" ".join(item) for item in items]:
        # Times of day with their half (`9:00 pm`): read on the 24-hour clock, typed ones
        # too, so that `21:00` is 9 pm and `9:00 am` is another time; a half typed once
        # after a run of hours is each one's (`5, 7 and 9 p.m.`).
        clocked = _compile_list(
            tuple(on_the_clock) if isinstance(key, tuple) else on_the_clock[0], ctx
        )
        return lambda toks: clocked(as_24_hour(_meridiem_shared(toks)))
    matcher = _compile_list(key, ctx)
    written = tokenize(ctx.key_texts[0]) if ctx.key_texts else []
    main = as_24_hour(written)
    if main == written:
        return matcher  # the answer gives no time with its half
    # An accepted form without the halves of the day (`9:00, 10:30`) takes no other half
    # than the answer's (`9:00 am` where it is 9:00 pm).
    times = frozenset(t for t in main if _ON_THE_CLOCK.fullmatch(t))

    def same_half(toks: list[str]) -> Verdict:
        if not HALVES.isdisjoint(toks) and any(
            _ON_THE_CLOCK.fullmatch(t) and t not in times for t in as_24_hour(toks)
        ):
            return incorrect("the other half of the day")
        return matcher(toks)

    return same_half


_ON_THE_CLOCK = re.compile(r"\d{1,2}:\d{2}")


def _compile_list(key: str | tuple[str, ...], ctx: Context) -> Matcher:
    split, joined_by_or = _either_items(key, ctx)
    if not split:
        return _names_no_item  # a form of no item (`accept: [","]`) is no way to the answer
    items = _shared_last_word(split, ctx)
    spelt = [t for item in items for t in (*tokenize(item), ",")]
    wanted = [_item_words(item) for item in items]
    total = len(wanted)
    counted_in_question = _counts_the_items(ctx.asked_tokens, total)
    every_key_word = {w for words in wanted for w in words}
    # An item's words no other item has, general ones too (`hospital` of a hospital in
    # Indonesia beside a university in Thailand).
    only_its = [
        {w for w in words if not any(w in other for j, other in enumerate(wanted) if j != i)}
        for i, words in enumerate(wanted)
    ]
    # A word names an item alone when no other item has it and it is not a general word.
    distinctive = [
        [w for w in words if w in only_its[i] and w not in _GENERIC]
        for i, words in enumerate(wanted)
    ]
    key_qualifiers = {w for w in every_key_word if w in QUALIFIERS}
    owners = _owners(ctx)
    # Items whose words all belong to a longer item too: read after it, from what it leaves.
    inside = [
        any(set(words) < set(other) for j, other in enumerate(wanted) if j != i)
        for i, words in enumerate(wanted)
    ]
    # The words that label an item's figure (`rooms` of `rooms 305`): `room 309` names
    # another item by its figure, with the same label.
    labels = {
        w
        for words in wanted
        if any(x[0].isdigit() for x in words)
        for w in words
        if not w[0].isdigit()
    }
    # The words any form of the answer writes before a figure (`Potline 3`): a count typed
    # before them in words (`all three potlines`) counts them, and names none by its figure.
    labels_before = frozenset(
        first
        for text in (*ctx.key_texts, ", ".join(items))
        for first, second in pairwise(tokenize(text))
        if second[0].isdigit() and first[0].isalpha()
    )
    key_figures = _figures_written(items)
    # An item of several words typed by their initials (`NI` for national insurance).
    by_initials = {
        initials: words
        for words in wanted
        if 2 <= len(words) <= 5
        and (initials := "".join(w[0] for w in words)).isalpha()
        and initials not in every_key_word
        and initials not in FILLERS
    }
    # An item by the short name the article gives it in brackets (`UNFPA` of the United
    # Nations Population Fund), beside items typed whole; not one the article gives an item
    # and the one before together (`Ministry of Environment, Forestry and Tourism (MEFT)`,
    # a name its comma cut in two).
    by_initials.update(
        (short, words)
        for at, (item, words) in enumerate(zip(items, wanted, strict=True))
        if (short := short_name(item, ctx.quotes)) is not None
        and short not in every_key_word
        and short not in FILLERS
        and not (at and short_name(f"{items[at - 1]}, {item}", ctx.quotes))
    )
    # The words the items count as one with `a` (`a tekoteko`): `1 tekoteko` is that item.
    counted_by_a = frozenset(
        second
        for item in items
        for first, second in pairwise(tokenize(item))
        if first in ("a", "an") and 1 not in key_figures
    )
    key_amounts = _money_written(items)
    # A person is named by the surname alone (`Macron and Scholz`), never by a first name.
    people = [isinstance(item, str) and looks_like_a_name(item) for item in items]
    persons = [
        ctx.names.person(tuple(words)) if people[i] else None for i, words in enumerate(wanted)
    ]
    surnames = [
        name_parts(item, persons[i])[0] if people[i] else None for i, item in enumerate(items)
    ]
    # Two items of one surname (`Ann Roe, Jo Roe`), or an item whose surname the article
    # gives someone else too, and not this one by it alone (`Herrera said` of her brother):
    # the surname alone names neither.
    shared = [
        s is not None
        and (
            surnames.count(s) > 1
            or (
                len(ctx.names.bearers(s)) > 1
                and (ctx.names.owner_of(s) is None or ctx.names.owner_of(s) is not persons[i])
            )
        )
        for i, s in enumerate(surnames)
    ]
    shared_surnames = frozenset(s for s, two in zip(surnames, shared, strict=True) if s and two)
    # Denying a word of the answer, or of an accepted form of it, denies an item.
    answer_words = (every_key_word | ctx.keys) - FILLERS
    # What the article writes beside each item (`the Field Museum in Chicago, Illinois`).
    written = [
        tuple(t for t in tokenize(item) if t[0].isalnum() and t not in FILLERS) for item in items
    ]
    beside = frozenset().union(*(ctx.names.words_beside(tuple(w)) for w in (*wanted, *written)))
    # What every item is (`oil` of sunflower oil and soybean oil) names none of them.
    shared_head = frozenset(set.intersection(*map(set, wanted))) if total > 1 else frozenset()
    harmless = (FILLERS | ctx.words | _SEPARATORS) - every_key_word
    # The units of what the article writes beside the items (`150 kilometres`): the same
    # unit written short beside a typed item (`150 km`) is the article's too.
    beside_units = frozenset(u for w in beside for u in units_named([w]))

    # Words an item itself denies (`cargo that was not secured`): `not secured` is the item.
    negated = frozenset(following for item in items for following in _denied_in(tokenize(item)))
    # An item that only begins with a place's short form names no such place: `Rio Grande`
    # is no Rio de Janeiro, and `Rio de Janeiro` typed for it is another item.
    key_place_words = {
        place: named
        for item in items
        for words in [[t for t in rewrite(tokenize(item)) if t[0].isalnum()]]
        for place, named in places_named(words).items()
        if words[len(words) - len(named) :] == named or tuple(named) == tuple(tokenize(place.name))
    }

    # Names the article writes that are part of an item's (`Social Democratic Party` of the
    # item Social Democratic Labour Party): typed without the rest, they name that other.
    # Read from the answer's items and every accepted form's, whichever this key is.
    every_item = {
        tuple(t for t in tokenize(item) if t[0].isalnum() and t not in FILLERS)
        for text in (*ctx.key_texts, ", ".join(items))
        for item in split_items(text)
    }
    part_names = [
        (tuple(rewrite(list(name))), set(rewrite(list(words))))
        for words in every_item
        for name in {n for w in words for n in ctx.names.names_by_word.get(w, ())}
        if len(name) >= 2
        and set(name) < set(words)
        and not _runs_in(words, name)
        # (Not a name that is an item as another accepted form writes it: `Upper Saifam`
        # of `the upper village of Saifam`.)
        and not any(_runs_in(other, name) for other in every_item)
    ]

    # Places of the world's that the article names and an item's word is a slip of
    # (`Nasarawa State` beside the item Nassarawa, a council area): typed, they name that
    # other place, not the item misspelt.
    slip_names = [
        name
        for word in every_key_word
        if word.isalpha() and len(word) > 3
        for other, names in ctx.names.names_by_word.items()
        if other[:1] == word[:1]
        and abs(len(other) - len(word)) <= 2
        and other != word
        and same_word(other, word) == CLOSE
        for name in names
        if len(name) >= 2
        and not any(set(name) <= set(words) for words in every_item)
        and world().place_by_name.get(name)
    ]

    def _named_before(toks: list[str], at: int) -> bool:
        before = toks[at - 1] if at > 0 else ""
        return before in ctx.names.proper_words and before not in every_key_word

    # An item named by its surname (`Park`) is the person the article names by it: a given
    # name of another bearer beside it (`Park Eun-ji`) names someone else.
    namesakes_given: dict[str, frozenset[str]] = {}
    named_items = {ctx.names.person(tuple(words)) for words in wanted if len(words) > 1}
    # An accepted form's bare surname (`Fourie and Salie`) the article gives two people names
    # the bearer the answer names in full.
    answered = [
        ctx.names.person(tuple(words))
        for item in split_items(ctx.key_texts[0] if ctx.key_texts else "")
        if len(words := _item_words(item)) > 1
    ]
    for words in wanted:
        person = (
            next((p for p in answered if p is not None and p.surname == words[0]), None)
            or ctx.names.owner_of(words[0])
            if len(words) == 1
            else None
        )
        if person is not None:
            namesakes_given[words[0]] = frozenset(
                g
                for p in ctx.names.bearers(words[0])
                if p is not person and p not in named_items
                for g in p.given
            ) - set(person.given)
    # An item named in full (`Oskar Roe`) where the article names another Roe: that other
    # bearer's given name typed before the surname (`Elin Roe`) names them, not the item.
    given_before: dict[str, frozenset[str]] = {}
    for index, words in enumerate(wanted):
        person = ctx.names.person(tuple(words)) if people[index] and len(words) > 1 else None
        if person is not None and person.surname in words:
            given_before[person.surname] = (
                (
                    given_before.get(person.surname, frozenset())
                    | frozenset(
                        g
                        for p in ctx.names.bearers(person.surname)
                        if p is not person and p not in named_items
                        for g in p.given
                    )
                )
                - set(person.given)
                - every_key_word
            )

    # What the quotes' paragraphs say was not there (`without a wetsuit`): typed as an item,
    # one the article denies.
    without = frozenset(
        word
        for paragraph in ctx.cited_paragraphs
        for toks in [tokenize(paragraph)]
        for at, word in enumerate(toks)
        if at
        and (toks[at - 1] == "without" or (at > 1 and toks[at - 2] == "without"))
        and word.isalpha()
        and word not in FILLERS
    )
    key_ordinals = not _ORDINAL_WORDS.isdisjoint(ctx.keys)
    # The key's own words two by two (`upper vranisht`).
    key_pairs = frozenset(
        pair for item in items for pair in pairwise(t for t in tokenize(item) if t[0].isalnum())
    )
    accepted_pairs = frozenset(pair for text in ctx.key_texts for pair in pairwise(tokenize(text)))
    # `an earlier deadline` for a later one: the opposite of an item's word, fillers too.
    raw = {t for item in items for t in tokenize(item)} | ctx.keys
    antonyms = world().antonyms
    opposed = frozenset(o for t in raw for o in antonyms.get(t, ())) - raw

    # An item's own `or` (`a national or international pool`) offers the player no choice.
    item_choices = frozenset(
        (words[at - 1], words[at + 1])
        for item in items
        for words in [rewrite(tokenize(item))]
        for at in range(1, len(words) - 1)
        if words[at] in HEDGES
    )

    def _a_choice_of_an_item(toks: list[str], at: int) -> bool:
        return (
            toks[at] in HEDGES
            and 0 < at < len(toks) - 1
            and (toks[at - 1], toks[at + 1]) in item_choices
        )

    def match(toks: list[str]) -> Verdict:
        if joined_by_or:  # the author's own `pay it or appeal`: `or` joins the items
            toks = ["and" if t == "or" else t for t in toks]
        toks = short_forms_spelt_out(toks, spelt)  # `Kettleby Rd and Mill Ln`
        if by_initials and not by_initials.keys().isdisjoint(toks):
            toks = [w for t in toks for w in by_initials.get(t, [t])]
        if key_amounts:
            as_written = _money_as_the_key_writes(toks, key_amounts)
            if as_written is None:
                return incorrect("wrong currency")
            toks = as_written
        toks = _figures_as_the_key_writes(toks, key_figures, labels_before)
        if counted_by_a:
            toks = [
                "a" if t == "1" and toks[i + 1 : i + 2] and toks[i + 1] in counted_by_a else t
                for i, t in enumerate(toks)
            ]
        written = tuple(rewrite(toks))
        for name in slip_names:
            if _runs_in(written, name):
                return incorrect(f"{' '.join(name).title()} is another of the article's names")
        toks = _places_joined(as_the_key_names_places(rewrite(toks), key_place_words))
        toks = _compounds_joined(toks, every_key_word)
        if hedged([t for i, t in enumerate(toks) if not _a_choice_of_an_item(toks, i)]):
            return incorrect("give the items, not a choice")
        for name, item_words in part_names:
            if _runs_in(tuple(toks), name) and not item_words <= set(toks):
                return incorrect(f"{' '.join(name).title()} is another of the article's names")
        for family, given in namesakes_given.items():
            if family in toks and not given.isdisjoint(toks):
                return incorrect(f"the article gives {family.capitalize()} to someone else too")
        for first, family in pairwise(toks):
            if first in given_before.get(family, ()):
                return incorrect(f"{first.capitalize()} {family.capitalize()} is someone else")
        denied = _denied(toks, negated)
        segments = _segments(toks)
        used: set[int] = set()
        held: set[int] = set()  # typed words an item found as exactly its own
        hits: set[int] = set()
        own: dict[int, list[int]] = {}
        alone: dict[int, list[int]] = {}  # where the words no other item has are typed
        item_at: dict[int, int] = {}  # the item each typed word that names one names
        close = False
        # Items typed whole first: `Douglas Roe` names Douglas Roe, and its `Roe` then names
        # no other Roe of the key alone.
        whole = [all(_find(w, toks) for w in words) for words in wanted]
        for index in sorted(range(total), key=lambda i: (inside[i], not whole[i])):
            words = wanted[index]
            places = [_find(w, toks) for w in words]
            if inside[index]:
                # `Democrats` beside `Sweden Democrats`: typed once, it names the longer item;
                # after a name of the article's own (`Social Democrats`), another party.
                places = [
                    [p for p in found if p[0] not in used and not _named_before(toks, p[0])]
                    for found in places
                ]
            # A word another item holds as its own (`Western` of Western Cape) is no slip of
            # this item's (`West` of North West); a word may serve both (`forces`, `stages`).
            places = [[p for p in found if p[1] == EXACT or p[0] not in held] for found in places]
            best = [min(p, key=lambda x: x[1]) if p else None for p in places]
            best = _numerals_apart(
                words,
                places,
                _qualifiers_beside(words, places, best),
                toks,
                segments,
                distinctive[index],
            )
            if any(
                b is None and (w in QUALIFIERS or w in POSITIONAL)
                for w, b in zip(words, best, strict=True)
            ):
                continue  # `mayor` is not `deputy mayor`, `East` not `Upper East`
            if not all(best):
                if any(b is None and _numeral(w) for w, b in zip(words, best, strict=True)):
                    continue  # `Paper II` does not name `Paper I`: the numeral is the fact
                named_alone = any(
                    b is not None and w in distinctive[index]
                    for w, b in zip(words, best, strict=True)
                )
                # A short form drops general words, or the words after its first: `Tate`
                # names `Tate Modern`, but `mistakes` does not name `avoid mistakes`.
                dropped = [w for w, b in zip(words, best, strict=True) if b is None]
                if any(w[0].isdigit() for w in dropped):
                    continue  # `cabin 216` does not name `cabins 212`: a figure is the fact
                if _another_figure_before(words, best, toks):
                    continue  # `a five-year delay` does not name `a two-year delay`
                first_kept = best[0] is not None
                if not people[index] and (
                    _another_place_of_the_article(words, best, ctx)
                    or _begins_another_name(words, best, ctx)
                ):
                    continue  # `Sydney` does not name `Sydney Mines` beside `Sydney, Australia`
                if people[index]:
                    surname = surnames[index]
                    if shared[index] or not any(
                        b is not None and w == surname and b[0] not in used
                        for w, b in zip(words, best, strict=True)
                    ):
                        continue  # `Jane and Ann`: first names name nobody
                elif not named_alone or not (first_kept or all(_general(w) for w in dropped)):
                    continue
            spots = [b for b in best if b is not None]
            hits.add(index)
            own[index] = [
                b[0] for w, b in zip(words, best, strict=True) if b and w in distinctive[index]
            ]
            alone[index] = [
                b[0] for w, b in zip(words, best, strict=True) if b and w in only_its[index]
            ]
            used.update(position for position, _ in spots)
            item_at.update((position, index) for position, _ in spots)
            held.update(position for position, hit in spots if hit == EXACT)
            close = close or any(hit == CLOSE for _, hit in spots)
        for index in denied:
            if any(same_word(toks[index], w) is not None for w in answer_words):
                return incorrect("an item of the answer is denied")
        if _crossed(toks, own, alone) or _word_given_another_item(toks, owners):
            return incorrect(PAIRED_OTHERWISE)
        hit_words = {w for index in hits for w in wanted[index]}
        for index, token in enumerate(toks):
            if index in used or index in denied or not token[0].isalnum():
                continue
            if (
                token in POSITIONAL
                and token in ctx.keys  # the key tells its own places apart by such words
                and index + 1 in used
                and toks[index + 1] in every_key_word
                and toks[index + 1] in ctx.names.proper_words  # a name, not `lower top rate`
                and (token, toks[index + 1]) not in key_pairs
                and (toks[index], toks[index + 1]) not in ctx.names.pairs
            ):
                # `Upper Drenovë` where the items are Upper Vranisht and Drenovë: a place
                # the article never names.
                return incorrect(f"the article names no {token} {toks[index + 1]}")
            if any(same_word(token, w) is not None for w in (*hit_words, *labels)):
                if (
                    _alone(toks, index, used)
                    and token not in labels
                    # A name of the article's typed again alone is a part of an item
                    # twice (`Kingsford North … and Kingsford`), unless it is an item of
                    # its own, typed with more words (`Kingsford district`), between commas
                    # (`Tarn (Upper Dale)`), or the name the article writes after a word
                    # read as a filler (`An Giang`).
                    and not (
                        token in ctx.names.proper_words
                        and (
                            [token] in wanted
                            or _segment_words(toks, index) != [token]
                            or toks[index + 1 : index + 2] == [","]
                            or (index > 0 and (toks[index - 1], token) in ctx.names.pairs)
                        )
                    )
                ):
                    # `school pupils, the disabled and pupils`: a word of an item, typed
                    # again as an item of its own, is one item too many.
                    return incorrect(NAMED_TWICE)
                continue  # `forces` of `ground forces` and of `naval forces`
            if token in shared_surnames:
                continue  # `Roe` of two Roes: names neither, but is no wrong item
            if any(same_word(token, w) is not None for w in every_key_word - _GENERIC):
                return incorrect("an item is not right")  # `make mistakes`, `avoid mistakes`
            if token in QUALIFIERS and token not in key_qualifiers:
                if token in ctx.cited and tuple(toks[index : index + 2]) in ctx.names.pairs:
                    continue  # `Deputy Mayor Pike` where the quote names Deputy Mayor Graham Pike
                return incorrect("a qualifier changes an item")
            if token in _ORDINAL_WORDS and token not in ctx.keys and key_ordinals:
                return incorrect("another one of them")  # `the first line` for the second
            if token in ctx.excluded:
                return incorrect(f"the question leaves out {token.capitalize()}")
            if (
                token in ctx.words
                and token in ctx.names.proper_words
                and token not in FILLERS  # `In` at the head of a sentence is no name
                and token not in ctx.keys  # an option the question lists may be a reject's
                and _alone(toks, index, used)
            ):
                # `Agege, Abule Egba and Ikeja` for the places beyond Ikeja: the question's own
                # name typed as an item of its own is one item too many.
                return incorrect(f"{token.capitalize()} is the question's, not an item")
            if token in opposed:
                return incorrect("the article says the opposite")
            if token in without and token not in every_key_word:
                return incorrect(f"the article says without {token}")  # `…, wetsuit`
            if _figure_of_another_item(toks, index, ctx.names.pairs):
                # `three patrol boats, two fishing boats` where the article writes two
                # patrol boats and three fishing boats
                return incorrect("the article gives another figure")
            misplaced = _placed_elsewhere(toks, index, wanted, ctx)
            if misplaced is not None:
                return incorrect(misplaced)
            if (
                index - 1 in item_at
                and not whole[item_at[index - 1]]  # typed in part, the rest another name's
                and token not in every_key_word
                and token in ctx.names.proper_words
                and token not in FILLERS
                and (toks[index - 1], token) in ctx.names.pairs
                and (toks[index - 1], token) not in key_pairs
                and (toks[index - 1], token) not in accepted_pairs
            ):
                # `Tanjung Seri` where the item is Tanjung Pelepas: the article's other name
                return incorrect(
                    f"the article's {toks[index - 1].capitalize()} {token.capitalize()} is another"
                )
            if (
                token in FILLERS
                and token in ctx.names.capitals
                and token not in every_key_word
                and _alone(toks, index, used)
            ):
                # `Gavi, UNICEF and WHO`: a short name the article writes in capitals, typed
                # as an item of its own, is an item, though it folds to a small word.
                return incorrect(NOT_AN_ITEM)
            if token in harmless or token in _DENIERS:
                continue
            unit = unit_at(toks, index) if index > 0 and toks[index - 1][0].isdigit() else None
            if unit is not None and unit[0] in beside_units:
                continue
            if (
                token in POSITIONAL
                and index > 0
                and toks[index - 1] in every_key_word
                and _follows_in_article(toks, index, ctx.names.pairs)
            ):
                # `Western North` where the item is Western: the article's other region
                return incorrect(f"the article's {toks[index - 1]} {token} is another place")
            if (
                token in POSITIONAL
                and token not in ctx.cited
                and token not in ctx.keys
                and index + 1 in used
                and toks[index + 1] in every_key_word
                and (toks[index], toks[index + 1]) in ctx.names.pairs
            ):
                # `North Ardfield` where the item is Ardfield and the article writes North
                # Ardfield of somewhere else: the article's compass word tells two places apart.
                return incorrect(f"the article's {token} {toks[index + 1]} is another place")
            if (
                index > 0
                and toks[index - 1] in POSITIONAL
                and index - 1 in used
                and token in ctx.names.proper_words
                and (toks[index - 1], token) in ctx.names.pairs
                and (toks[index - 1], token) not in key_pairs
            ):
                # `North Kivu` where the item is Idjwi North: the article's other place
                return incorrect(f"the article's {toks[index - 1]} {token} is another place")
            if (
                token in beside
                and token not in world().post_qualifiers
                and not (token in world().place_words and not _located(toks, index))
                and not _added_by_and(toks, index, used, shared_head)  # `…and the relay`
                and not (
                    token in ctx.names.proper_words
                    and _alone(toks, index, used)
                    and not (
                        _follows_in_article(toks, index, ctx.names.pairs)
                        and not _joined_by_and(toks, index)
                    )
                )
            ):
                continue  # what the article writes beside an item; a place only as where
            post = world().post_of.get((token,), ())
            if post and any(w in beside or f"{w}s" in beside for w in post):
                continue  # `Cr Moffat` where the article writes Councillors Helen Moffat
            return incorrect(NOT_AN_ITEM)
        if (
            len(hits) == total
            and counted_in_question
            and _an_item_too_many(toks, used, every_key_word)
        ):
            return incorrect(f"the question asks for {total}")  # `…, 81, 12` for six numbers
        if len(hits) == total:
            return correct("close", close=True) if close else correct()
        if hits:
            return partial(len(hits) / total, f"{len(hits)} of {total} items")
        return incorrect()

    return match


def _counts_the_items(asked: tuple[str, ...], total: int) -> bool:
    """The question says how many items it asks for (`What were the six winning numbers?`)."""
    return total >= 2 and any(_count_of(word) == total for word in asked)


def _an_item_too_many(toks: list[str], used: set[int], key_words: set[str]) -> bool:
    """A typed item none of whose words names an item of the key (`scaffolding` after the
    three projects); not what describes an item (`Glace Bay (2019)`, `McMinnville, Oregon,`,
    `in the province of Nuoro`, `not Portugal`), nor a slip of one (`southern leyt`)."""
    numbers = any(w[:1].isdigit() for w in key_words)
    segments: list[list[int]] = [[]]
    ends: list[str] = []  # what ends each segment
    for at, token in enumerate(toks):
        if token in (",", "and"):
            segments.append([])
            ends.append(token)
        elif token[0].isalnum():
            segments[-1].append(at)
    ends.append("")
    for index, spots in enumerate(segments):
        if not spots or used.intersection(spots):
            continue
        if ends[index] == "and" and used.intersection(segments[index + 1]):
            continue  # `blistered and clouded varnish`: two words of one item
        words = [toks[at] for at in spots]
        if words[0] in _NO_ITEM_OPENS or all(w in FILLERS for w in words):
            continue
        if not numbers and all(w[:1].isdigit() for w in words):
            continue  # an age, a year, a share beside an item
        if spots[-1] + 1 < len(toks) and toks[spots[-1] + 1] == ",":
            continue  # written between commas: where an item is, or what it is
        if any(same_word(w, k) is not None for w in words for k in key_words):
            continue
        return True
    return False


# Words an annotation of an item opens with, never an item of its own.
_NO_ITEM_OPENS = frozenset(
    {"in", "at", "of", "from", "on", "near", "not", "but", "except", "without", "including",
     "excluding", "aged", "up", "down", "the", "plus", "with", "by", "for", "all", "each"}
)  # fmt: skip


def _shared_last_word(items: tuple[str, ...], ctx: Context) -> tuple[str, ...]:
    """`Iain and Douglas McArdle` as Iain McArdle and Douglas McArdle, `North and South
    Korea` as North Korea and South Korea: a one-word item that the article writes before
    the last item's last word shares it."""
    last = items[-1].split()
    if len(items) < 2 or len(last) < 2:
        return items
    tail = tokenize(last[-1])
    shared = list(items)
    for index, item in enumerate(items[:-1]):
        words = [t for t in tokenize(item) if t[0].isalnum()]
        if len(words) == 1 and len(tail) == 1 and (words[0], tail[0]) in ctx.names.pairs:
            shared[index] = f"{item} {last[-1]}"
    return tuple(shared)


def _runs_in(toks: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """The name's words stand one after the other in the tokens."""
    return any(toks[at : at + len(name)] == name for at in range(len(toks) - len(name) + 1))


def _crossed(toks: list[str], own: dict[int, list[int]], alone: dict[int, list[int]]) -> bool:
    """Two typed items each hold words of the same two key items: the parts of the key's
    items are swapped between them (`March 2017 and June 2011` for March 2011 and June
    2017, `a 75 percent subsidy and a 25 percent bond`), so each typed item names neither.
    One typed item holding both (`25 and 75 percent, as subsidy and bond`) only joins two
    lists written side by side."""
    segment = _segments(toks)
    held = {index: {segment[p] for p in positions} for index, positions in own.items()}
    # Where the words only each item has, typed once, stand (a word typed twice may be read
    # at either place: `Yaquina Bay bar and Coos Bay bar`).
    once = {
        index: {segment[p] for p in positions if toks.count(toks[p]) == 1}
        for index, positions in alone.items()
    }
    return any(
        len(held[first] & held[second]) >= 2
        # `South Campus entrances, North Campus library`: one item's own words in two
        # typed items, one of them holding another item's own word
        or (len(once[first]) >= 2 and once[first] & once[second])
        or (len(once[second]) >= 2 and once[first] & once[second])
        for first in held
        for second in held
        if first < second
    )


class _Owners(NamedTuple):
    """The words only one item of the answer has (as singulars, not general ones), with the
    item's index; of those, the ones written before another word of their item (`gold` of
    `a gold pendant`), with the item's index and its other words."""

    items: dict[str, int]
    before: dict[str, tuple[int, frozenset[str]]]
    # (word, another item's word) an accepted form writes together, or the quotes write the
    # word reaching over an `and` to: `a new brewhouse and bottling line` makes `new
    # bottling line` no swap.
    reaching: frozenset[tuple[str, str]]


@last_by_identity
def _owners(ctx: Context) -> _Owners | None:
    """Read from the answer itself, not the form compiled, so that an accepted form without
    the words (`sword, scarab and pendant`) still tells the items apart; once per question,
    not for each form and mix of forms compiled."""
    answer = ctx.question.answer
    if not isinstance(answer, tuple) or len(answer) < 2:
        return None
    wanted = [[singular(w) for w in _item_words(item)] for item in _shared_last_word(answer, ctx)]
    counts = Counter(w for words in wanted for w in set(words))
    items = {
        word: index
        for index, words in enumerate(wanted)
        for word in words
        if counts[word] == 1 and word not in _GENERIC and word.isalpha()
    }
    before = {
        word: (items[word], frozenset(wanted[items[word]]) - {word})
        for words in wanted
        for word, after in pairwise(words)
        if word in items and after in items
    }
    if not before:
        return None
    # A pair any accepted form writes is no swap (`lower inflation` for the fall in it).
    reaching = {
        pair for text in ctx.key_texts for pair in pairwise(singular(t) for t in tokenize(text))
    }
    for quote in ctx.quotes:
        words = [singular(t) for t in tokenize(quote)]
        for at, word in enumerate(words):
            if word in before and "and" in words[at + 1 : at + 4]:
                joined = at + 1 + words[at + 1 : at + 4].index("and")
                reaching.update((word, w) for w in words[joined + 1 : joined + 4])
    return _Owners(items, before, frozenset(reaching))


def _word_given_another_item(toks: list[str], owners: _Owners | None) -> bool:
    """A word one item writes before its own (`gold` of a gold pendant) typed straight before
    another item's own word, while the rest of its item stands in another typed item: `a
    gold sword … a bronze pendant` for a bronze sword and a gold pendant, `gold sword,
    scarab and pendant`. The word then describes the wrong thing."""
    if owners is None:
        return False
    segment = _segments(toks)
    words = [singular(t) for t in toks]
    for at, (first, second) in enumerate(pairwise(words)):
        if (
            first not in owners.before
            or second not in owners.items
            or (first, second) in owners.reaching
        ):
            continue
        item, others = owners.before[first]
        if owners.items[second] != item and any(
            w in others and segment[j] != segment[at] for j, w in enumerate(words)
        ):
            return True
    return False


_LOCATIVES = frozenset({"in", "of", "at", "near", "from", "outside", "inside"})


def _qualifiers_beside(
    words: list[str],
    places: list[list[tuple[int, int]]],
    best: list[tuple[int, int] | None],
) -> list[tuple[int, int] | None]:
    """A qualifier or position of an item counts only beside the item's other words:
    `Blarney South, Tivoli North` names neither Blarney North nor Tivoli South."""
    anchors = [
        p[0]
        for w, found in zip(words, places, strict=True)
        if w not in QUALIFIERS and w not in POSITIONAL
        for p in found
    ]
    if not anchors:
        return best
    kept = list(best)
    for index, word in enumerate(words):
        if word in QUALIFIERS or word in POSITIONAL:
            # `South and East Ashford` names both: a qualifier reaches over an `and`.
            beside = [p for p in places[index] if any(abs(p[0] - a) <= 3 for a in anchors)]
            kept[index] = min(beside, key=lambda x: x[1]) if beside else None
    return kept


def _located(toks: list[str], index: int) -> bool:
    """The word at `index` says where (`in Chicago`, `in McMinnville, Oregon`), not what."""
    while index > 0:
        if toks[index - 1] in _LOCATIVES:
            return True
        if toks[index - 1] != "," or index < 2:
            return False
        index -= 2  # `McMinnville, Oregon`: where the word before the comma is
    return False


# Words between a place and the place it is in: `Navan, County Meath`, `Montaut in the Gers`.
_REGION_WORDS = frozenset({"county", "province", "state", "region", "department", "district"})
_PLACE_LINKS = _REGION_WORDS | {",", "in", "the"}


def _placed_after(toks: list[str] | tuple[str, ...], index: int) -> str | None:
    """The word the one at `index` is written as the place of, over a link of at most three
    words (`Navan, County Meath`: `navan` for `meath`); None where no link stands between."""
    at = _placed_at(toks, index)
    return None if at is None else toks[at]


def _placed_at(toks: list[str] | tuple[str, ...], index: int) -> int | None:
    """Where the word `_placed_after` reads stands."""
    before = index - 1
    while before >= 0 and index - before <= 4 and toks[before] in _PLACE_LINKS:
        before -= 1
    if before < 0 or before == index - 1 or index - before > 4 or not toks[before][0].isalpha():
        return None
    return before


@last_by_identity
def _placed_triples(sentences: tuple[tuple[str, ...], ...]) -> frozenset[tuple[str, str, str]]:
    """Every (word before, place, where it is) the article writes (`allied hospital in
    faisalabad`): where items end alike, the word before tells them apart."""
    return frozenset(
        (sentence[at - 1], sentence[at], token)
        for sentence in sentences
        for index, token in enumerate(sentence)
        if token[0].isalpha() and token not in _PLACE_LINKS
        for at in [_placed_at(sentence, index)]
        if at is not None and at > 0
    )


@last_by_identity
def _whence(sentences: tuple[tuple[str, ...], ...]) -> frozenset[tuple[str, str]]:
    """Every (word, word after `from` after it) the article writes (`boy from kutaisi`)."""
    return frozenset(
        (sentence[at - 2], sentence[at])
        for sentence in sentences
        for at in range(2, len(sentence))
        if sentence[at - 1] == "from"
    )


@last_by_identity
def _placed_pairs(sentences: tuple[tuple[str, ...], ...]) -> frozenset[tuple[str, str]]:
    """Every (place, where it is) the article writes. Read once per article."""
    return frozenset(
        (home, token)
        for sentence in sentences
        for index, token in enumerate(sentence)
        if token[0].isalpha() and token not in _PLACE_LINKS
        for home in [_placed_after(sentence, index)]
        if home is not None
    )


def _placed_elsewhere(
    toks: list[str], index: int, items: list[list[str]], ctx: Context
) -> str | None:
    """Why a name typed as where an item is puts it somewhere else, or None: where the
    article puts another item (`Ardle, County Kerr` where it writes Ardle, County Lusk
    and Brill, County Kerr), or where it puts a namesake the quotes never name (`Tolan in
    the Vars` where the article's Tolan in the Vars is another village)."""
    key_words = {w for words in items for w in words}
    token = toks[index]
    if (
        index > 1
        and toks[index - 1] == "from"
        and toks[index - 2] in key_words
        and token in ctx.names.proper_words
    ):
        # `a boy from Busan` where the item is a boy from Kutaisi
        whence = _whence(ctx.names.sentences)
        home = toks[index - 2]
        if (home, token) not in whence and any((home, w) in whence for w in key_words):
            return f"the article does not say {token.capitalize()} there"
    at = _placed_at(toks, index)
    # `a` of `…, a gold cross` is no place, whatever the article capitalises.
    if at is None or token in key_words or token in FILLERS or token not in ctx.names.proper_words:
        return None
    home = toks[at]
    first = toks[at - 1] if at > 0 else None
    if first is not None and first in key_words:
        # `Allied Hospital in Lahore` where the article writes Allied Hospital in
        # Faisalabad and Mayo Hospital in Lahore: where items end alike (or the key names
        # them short, `Allied`), the word before tells them apart
        triples = _placed_triples(ctx.names.sentences)
        others = {w for words in items if first not in words for w in words}
        if (first, home, token) not in triples and any(
            (other, home, token) in triples for other in others
        ):
            return f"the article puts {token.capitalize()} with another item"
    if home not in key_words:
        return None
    placed = _placed_pairs(ctx.names.sentences)
    if (home, token) not in placed:
        if any((other, token) in placed for other in key_words - {home}):
            return f"the article puts {token.capitalize()} with another item"
        if token in POSITIONAL and any((home, p) in placed for p in POSITIONAL - {token}):
            # `Mill Lane in North Brayford` where the article writes Mill Lane in South
            # Brayford: the other of two places named alike
            return f"the article does not say {token.capitalize()} there"
        return None
    if token not in ctx.cited and token not in ctx.words and home in ctx.cited:
        return f"the article's {home.capitalize()} in {token.capitalize()} is another place"
    return None


def _typed_item(toks: list[str], index: int) -> range:
    """Where the typed item the word at `index` stands in runs, between item breaks."""
    start, end = index, index
    while start > 0 and toks[start - 1] not in ITEM_BREAKS:
        start -= 1
    while end + 1 < len(toks) and toks[end + 1] not in ITEM_BREAKS:
        end += 1
    return range(start, end + 1)


def _alone(toks: list[str], index: int, used: set[int]) -> bool:
    """The word stands as an item of its own (`Gotthard, Tremola`), between commas or `and`
    with no item of the key: a name the article writes beside an item is then another."""
    return not any(i in used for i in _typed_item(toks, index))


def _segment_words(toks: list[str], index: int) -> list[str]:
    """The words, fillers apart, of the typed item the word at `index` stands in."""
    return [
        toks[i] for i in _typed_item(toks, index) if toks[i][0].isalnum() and toks[i] not in FILLERS
    ]


def _added_by_and(toks: list[str], index: int, used: set[int], shared_head: frozenset[str]) -> bool:
    """The word stands as an item of its own after `and` (`the discus, the 800 metres and
    the relay`): one item more, whatever the article writes beside the others. The word
    every item ends on, typed after it, is still its own (`hazelnut and argan oil`)."""
    typed = _typed_item(toks, index)
    return (
        typed.start > 0
        and toks[typed.start - 1] in _AND
        and not any(i in used and toks[i] not in shared_head for i in typed)
    )


# What ends one typed item and starts the next.
ITEM_BREAKS = frozenset({",", "and", "&"})
_ORDINAL_WORDS = frozenset(ORDINAL_UNITS) | frozenset(ORDINAL_TENS)


def _follows_in_article(toks: list[str], index: int, pairs: frozenset[tuple[str, str]]) -> bool:
    """The article writes the word straight after the answer's word before it: `Salem,
    Oregon` and `Kandy (Central)` say where, `Gotthard, Tremola` lists two."""
    before = index - 1
    while before >= 0 and toks[before] in ITEM_BREAKS:
        before -= 1
    if before < 0:
        return False
    return (toks[before], toks[index]) in pairs


def _joined_by_and(toks: list[str], index: int) -> bool:
    """The word is joined to the one before by `and`: it names one more item (`San Telmo and
    El Mirador`), where a comma may say where (`McMinnville, Oregon`)."""
    before = index - 1
    while before >= 0 and toks[before] in ITEM_BREAKS:
        if toks[before] in _AND:
            return True
        before -= 1
    return False


_AND = frozenset({"and", "&"})


def _general(word: str) -> bool:
    return word in _GENERIC or word in world().place_words


def _next_word(toks: list[str], index: int) -> str | None:
    """The first word after `index` that is not a small word (`not been secured`)."""
    for token in toks[index + 1 :]:
        if token not in FILLERS:
            return token
    return None


def _denied_in(toks: list[str]) -> set[str]:
    return {
        following
        for index, token in enumerate(toks)
        if token in _DENIERS and (following := _next_word(toks, index)) is not None
    }


def _denied(toks: list[str], negated: frozenset[str] = frozenset()) -> set[int]:
    """Positions named only to be denied: `but not Portugal`, `not Spain and Portugal`,
    `Spain rather than Andorra`; a denial the key's item makes itself (`not secured`) is
    part of the item."""
    own = {
        index
        for index, token in enumerate(toks)
        if token in _DENIERS and _next_word(toks, index) in negated
    }
    denied = set(denied_positions([t if i not in own else "_" for i, t in enumerate(toks)]))
    active = False
    for index, token in enumerate(toks):
        active = active or (token in _DENIERS and index not in own)
        if active:
            denied.add(index)
    return denied


def _another_place_of_the_article(
    words: list[str], best: list[tuple[int, int] | None], ctx: Context
) -> bool:
    """The words typed of an item's name, its last dropped (`Sydney` of `Sydney Mines`), make
    a city of the world's that the article writes as a place of its own: after a compass
    word (`North Sydney`) or before its country (`Sydney, Australia`)."""
    kept = tuple(w for w, b in zip(words, best, strict=True) if b is not None)
    if not kept or best[-1] is not None or best[0] is None:
        return False
    dropped = words[len(kept) :]
    tables = world()
    if (
        tuple(words[: len(kept)]) != kept
        or not any(p.kind == "city" for p in tables.place_by_name.get(kept, ()))
        or all(_general(w) for w in dropped)
    ):
        return False
    for sentence in ctx.names.sentences:
        for at in range(len(sentence) - len(kept) + 1):
            if sentence[at : at + len(kept)] != kept:
                continue
            after = sentence[at + len(kept) : at + len(kept) + 1]
            if after == (dropped[0],):
                continue
            if (at and sentence[at - 1] in POSITIONAL) or any(
                p.kind == "country" for p in tables.place_by_name.get(after, ())
            ):
                return True
    return False


def _begins_another_name(
    words: list[str], best: list[tuple[int, int] | None], ctx: Context
) -> bool:
    """The words typed of an item's name, its last dropped, begin another name the article
    writes with another ending: `Cam Ranh` names neither Cam Ranh Dong nor Cam Ranh Tay.
    Two words at least: one may be a city both names are in (`Milan` of Milan Linate, where
    the article names Milan Malpensa too), which names the destination all the same."""
    kept = tuple(w for w, b in zip(words, best, strict=True) if b is not None)
    if len(kept) < 2 or best[-1] is not None or tuple(words[: len(kept)]) != kept:
        return False
    dropped = words[len(kept)]
    return any(
        len(name) > len(kept) and name[: len(kept)] == kept and name[len(kept)] != dropped
        for name in ctx.names.names_by_word.get(kept[0], ())
    )
