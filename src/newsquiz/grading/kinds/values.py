"""Numbers, amounts, durations and dates: one stated value must equal the key's.

Two different values (`May 13 or May 31`, `41 or 14`) are a hedge and wrong;
a value named only to be denied (`not May 31`) does not count; a value the
question itself states (`the two` in the question) is ignored.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import replace
from functools import cache
from itertools import pairwise, takewhile

from newsquiz.facts.article import ArticleNames, holds, sentences_of
from newsquiz.facts.currencies import (
    Subunit,
    currency_abbreviated,
    currency_after,
    currency_is_code,
    narrowed,
    same_currency,
    spoken_currency_at,
    subunit_at,
)
from newsquiz.facts.holidays import fixed_days_as_dates
from newsquiz.facts.memo import last_by_identity, once
from newsquiz.facts.numbers import number_spans, number_word_slips_mended, roman_value
from newsquiz.facts.shares import shares
from newsquiz.facts.text import singular, tokenize
from newsquiz.facts.units import (
    POINTS_OF_A_PERCENTAGE,
    UNITS_OF_MEASURE,
    Unit,
    convert,
    inches_at_end,
    inside_a_unit,
    letters_for,
    pounds_as_weight,
    unit_at,
    unit_slips_mended,
    units_named,
    without_unit_slashes,
)
from newsquiz.facts.values import (
    CEILING,
    DATE,
    DURATION,
    JUST_UNDER,
    MONEY,
    NUMBER,
    PLUS,
    VAGUE,
    Mention,
    day_compounds_apart,
    day_kind,
    scan,
)
from newsquiz.facts.words import (
    APPROXIMATE,
    COMPARATIVE,
    COMPASS,
    COUNTED_ALIKE,
    CRAFT,
    FILLERS,
    LETTER_UNITS,
    MONTHS,
    NOT_CONTENT,
    NUMBER_WORDS,
    ORDINAL_TENS,
    ORDINAL_UNITS,
    PAST_FORMS,
    PEOPLE_NOUNS,
    SCALE_ABBREVIATIONS,
    SEASONS,
    TIME_UNITS,
    UNITS,
    WEEKDAYS,
    could_be_year,
    one_event,
)
from newsquiz.facts.world import counted_class, places_in, world
from newsquiz.grading.kinds import Matcher
from newsquiz.grading.kinds.common import (
    HEADS,
    US_DOLLAR,
    Context,
    an_act_done,
    another_ordinal_of_asked,
    another_period_of_asked,
    asserted,
    hedged,
    offers_alternatives,
    opposite_of_asked,
    per_unit,
    per_what,
    scores_apart,
    slash_as_per,
    spans_apart,
    written_after_where,
    year_unsaid,
)
from newsquiz.grading.kinds.date_spans import ONE_DAY, span_lengths
from newsquiz.grading.normalize import rewrite, same_word
from newsquiz.grading.verdict import Verdict, correct, incorrect, partial
from newsquiz.grading.vocab import (
    FALLING,
    NEGATIONS,
    PREPOSITIONS,
    RATE_OPENERS,
    RATE_WORDS,
    RISING,
)

_ONE_VALUE = "give one answer"
DIRECTIONS = COMPASS | {"up", "down", "upstream", "downstream"}
_NO_BOUND = "the article gives no bound"


# Words that set a time on one side of a date: `registered before 2008`.
_EARLIER = frozenset({"before", "until", "till", "pre"})
_LATER = frozenset({"after", "since", "post"})


def _a_year_word(word: str) -> bool:
    return len(word) == 4 and word.isdecimal() and could_be_year(int(word))


def _side_of_year(word: str, year: str) -> str | None:
    """`earlier` for `before 2008`, `later` for `after 2008`; None where no year is sided."""
    if not _a_year_word(year):
        return None
    return "earlier" if word in _EARLIER else "later" if word in _LATER else None


def _sides_in(sentences: Collection[Collection[str]]) -> dict[str, set[str]]:
    """Which side of each year the texts put things on: `before 2008` gives 2008 the
    earlier side."""
    sides: dict[str, set[str]] = {}
    for toks in sentences:
        for word, year in pairwise(toks):
            if (side := _side_of_year(word, year)) is not None:
                sides.setdefault(year, set()).add(side)
    return sides


@last_by_identity
def _article_sides(sentences: tuple[tuple[str, ...], ...]) -> dict[str, set[str]]:
    return _sides_in(sentences)  # read once per article, not once per question


def _per_no_figure(toks: list[str]) -> bool:
    """`per gallon`: a rate per one of something, no figure written after `per`."""
    return any(
        word == "per" and following[:1].isalpha() and following not in ("cent", "annum")
        for word, following in pairwise(toks)
    )


def _years_sided(key_toks: list[str], ctx: Context) -> dict[str, frozenset[str]]:
    sides = {year: set(s) for year, s in _article_sides(ctx.names.sentences).items()}
    for year, more in _sides_in([key_toks, *(tokenize(q) for q in ctx.quotes)]).items():
        sides.setdefault(year, set()).update(more)
    return {year: frozenset(s) for year, s in sides.items()}


# Words that tie a figure to a year (`fallen 61 percent since 2018`).
_YEAR_WRITTEN = re.compile(r"(?:1[89]|20)\d\d")
_TYING_YEARS = frozenset({"since", "in", "from", "by", "until", "till", "before", "after"})


def _years_tied(texts: list[list[str]]) -> dict[str, frozenset[str]]:
    """The years the key, question and quotes write after each of `_TYING_YEARS`."""
    found: dict[str, set[str]] = {}
    for toks in texts:
        for word, year in pairwise(toks):
            if word in _TYING_YEARS and _YEAR_WRITTEN.fullmatch(year):
                found.setdefault(word, set()).add(year)
    return {word: frozenset(years) for word, years in found.items()}


def _another_year_tied(toks: list[str], tied: dict[str, frozenset[str]]) -> str | None:
    """`61 percent since 2013` where the question asks since 2018: the same tie to another
    year."""
    for word, year in pairwise(toks):
        years = tied.get(word)
        if years and _YEAR_WRITTEN.fullmatch(year) and year not in years:
            return f"{word} {sorted(years)[0]}"
    return None


def _other_side_of_year(toks: list[str], said: dict[str, frozenset[str]]) -> str | None:
    """`62 percent after 2008` where the article says only `before 2008`: the typed side
    of a year the article puts on the other side only."""
    for word, year in pairwise(toks):
        side = _side_of_year(word, year)
        if side is not None and side not in said.get(year, {side}):
            return f"{word} {year}"
    return None


def _unit_in_question(ctx: Context) -> float | None:
    counted = ctx.asked_count[:1]
    if counted and counted[0] in TIME_UNITS and len(counted[0]) > 2:
        return float(TIME_UNITS[counted[0]])  # `For how many hours… on a supply day?`
    units = {float(TIME_UNITS[w]) for w in ctx.words if w in TIME_UNITS and len(w) > 2}
    return units.pop() if len(units) == 1 else None


# `How old…?`, `at what age…?`: an age is counted in years.
_AGE_WORDS = frozenset({"old", "age", "aged", "ages"})


def _time_units(words: Collection[str]) -> frozenset[float]:
    units = {float(TIME_UNITS[w]) for w in words if w in TIME_UNITS and len(w) > 2}
    if not _AGE_WORDS.isdisjoint(words):
        units.add(float(TIME_UNITS["year"]))
    return frozenset(units)


def _time_units_of_others(
    quoted_scans: list[tuple[list[str], list[Mention]]],
    key_toks: list[str],
    ctx: Context,
    expected: float,
) -> frozenset[float]:
    """The units of time the quotes write only in lengths of time of other figures than the
    key's, and the key and question never name."""
    of_others: set[str] = set()
    own: set[str] = {*key_toks, *ctx.words}
    for toks, mentions in quoted_scans:
        inside: set[int] = set()
        for m in mentions:
            if m.kind != DURATION:
                continue
            inside.update(range(m.start, m.end))
            mine = m.number is not None and _close(m.number, expected)
            (own if mine else of_others).update(toks[m.start : m.end])
        own.update(t for at, t in enumerate(toks) if at not in inside)
    return _time_units(of_others) - _time_units(own)


def _unit_allowed(mention: Mention, units: frozenset[float]) -> bool:
    """A duration typed for a count is in a unit the question, key or quote names: `30
    months` is not the age 30."""
    if mention.value is None or not mention.number or not units:
        return True  # nothing says what the count counts
    per = mention.value / mention.number
    return any(_close(per, u, u * 1e-6) for u in units)


def _another_time_unit(toks: list[str], mention: Mention, units: frozenset[float]) -> bool:
    """A count or ordinal beside a unit of time the key, question and quote never name:
    `the ninth week` (or `week nine`) where the article counts days."""
    if not units:
        return False
    for at in (mention.start - 1, mention.end):
        if 0 <= at < len(toks):
            word = toks[at]
            if word in TIME_UNITS and len(word) > 2 and float(TIME_UNITS[word]) not in units:
                return True
    return False


# Words that make a share in words a bound or a guess (`nearly half`, `more than a third`).
_UNBOUNDED_SHARE = frozenset(
    {"nearly", "almost", "over", "under", "more", "less", "fewer", "least", "most", "just",
     "than", "up", "to"}
)  # fmt: skip
_PERCENT_WORDS = frozenset({"%", "percent", "cent", "pc", "percentage"})
# A change in points (or basis points) is no change in percent: `a rise of 4 points`.
_PERCENT_AND_POINTS = tuple(frozenset({"percent", points}) for points in POINTS_OF_A_PERCENTAGE)
_COMPARED_AFTER = frozenset(
    {"above", "below", "higher", "lower", "more", "less", "fewer", "over", "under"}
)
_SHARE_WORDS = frozenset({"percent", "%", "cent", "points", "point"})


def _share_bound(toks: Sequence[str]) -> list[str]:
    """The words that bound a share (`nearly`, `more than`), in their order."""
    return [t for t in toks if t in _UNBOUNDED_SHARE]


def _opposites(key: str, ctx: Context) -> frozenset[str]:
    """The opposites of the words the key, question and quote set beside the value: `an
    hour ahead` where Portugal is an hour behind states another fact."""
    said = {*tokenize(key), *ctx.words, *ctx.cited}
    tables = world()
    # `two days early` where the runway opened later: a comparative's base turned over.
    bases = {
        b for w in said if w.endswith("er") for b in _comparative_bases(w) if b in tables.antonyms
    }
    single = {o for w in said | bases for o in tables.antonyms.get(w, ())}
    # `9 against` where the question asks who voted for: the other phrase's own words.
    phrased = {
        o for phrase, other in tables.phrase_antonyms if said.issuperset(phrase) for o in other
    }
    return frozenset(o for o in single | phrased if o not in said and o not in bases)


# Words before a place that set what is counted there (`62 stores in Leinster`).
_AT_A_PLACE = frozenset({"in", "at", "near", "across", "outside", "inside", "throughout"})


def _places_here(ctx: Context) -> tuple[frozenset[str], frozenset[str]]:
    """The words of the question, key, quotes and their paragraphs, and the names of the
    places they name with the countries and regions those are in: where the figure is.
    No names where they name no place (a place typed then says nothing against them)."""
    toks = [*ctx.asked_tokens]
    for text in (*ctx.key_texts, *ctx.quotes, *ctx.cited_paragraphs):
        toks += [",", *tokenize(text)]
    named = {
        n.lower()
        for _, _, places in places_in(toks)
        for p in places
        for n in (p.name, p.within, p.part_of)
        if n
    }
    return frozenset(toks), frozenset(named)


def _place_unsaid(toks: list[str], here: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """`62 stores in Leinster` where the quote counts 62 stores in Munster and Connacht: a
    place typed after `in` (or `at`, `near`…) that the question, key, quotes and their
    paragraphs never name, nor one of the places they name lies in, where they name one."""
    words, named = here
    if not named:
        return None
    for start, end, places in places_in(toks):
        if not start or toks[start - 1] not in _AT_A_PLACE:
            continue
        if all(w in words for w in toks[start:end]) or any(p.name.lower() in named for p in places):
            continue
        return " ".join(toks[start:end])
    return None


def _moved_from(paragraphs: tuple[str, ...], expected: float) -> frozenset[str] | None:
    """The way the article says the key's figure moved (`38.6 percent of its electors,
    down from 42.1 percent`): RISING or FALLING, where a word of one of them stands before
    `from` or `to` and a figure in the key's own unit, later in the figure's sentence; None
    where it says no way."""
    ways: set[frozenset[str]] = set()
    for sentence in (s for paragraph in paragraphs for s in sentences_of(paragraph)):
        toks = tokenize(sentence)
        mentions = [m for m in scan(toks) if m.value is not None]
        for m in mentions:
            if not _close(m.value or 0, expected) or m.kind != NUMBER:
                continue
            unit = toks[m.end : m.end + 1]
            for later in mentions:
                at = later.start - 2
                if (
                    later.start > m.end
                    and toks[later.end : later.end + 1] == unit
                    and at >= m.end
                    and toks[at + 1] in ("from", "to")
                ):
                    if toks[at] in RISING:
                        ways.add(RISING)
                    elif toks[at] in FALLING:
                        ways.add(FALLING)
    return ways.pop() if len(ways) == 1 else None


# The words of a change either way: an answer typing none of them moves no figure.
_MOVES = RISING | FALLING


def _moved_other_way(toks: list[str], moved_from: Callable[[], frozenset[str] | None]) -> bool:
    """`up from 42.1 percent` typed where the article writes `down from` (`moved_from`: the
    way the article says the figure moved, read only when a word of a change is typed)."""
    if _MOVES.isdisjoint(toks):
        return False
    moved = moved_from()
    if moved is None:
        return False
    other = FALLING if moved is RISING else RISING
    return any(t in other and toks[i + 1 : i + 2] in (["from"], ["to"]) for i, t in enumerate(toks))


_SET_AGAINST = re.compile(r"\b(?:rather than|instead of)\s+([^.,;:()]+)", re.IGNORECASE)
_SET_AGAINST_WORDS = 5  # the words after the contrast that say what it is set against


def _set_against(quotes: tuple[str, ...]) -> frozenset[str]:
    """The words a quote sets against its fact (`must go to retraining rather than to roads
    and buildings`): an answer that gives the figure to them says the opposite."""
    return frozenset(
        word
        for quote in quotes
        for found in _SET_AGAINST.finditer(quote)
        for word in tokenize(found.group(1))[:_SET_AGAINST_WORDS]
        if word.isalpha() and word not in FILLERS and len(word) > 2
    )


def _content_words_of(words: frozenset[str]) -> frozenset[str]:
    """The words of content only: small words and bounds (`no more than 12 knots`) have
    rules of their own."""
    return frozenset(w for w in words if w not in FILLERS and w not in COMPARATIVE and len(w) > 2)


# Prefixes that make a word its own negation (`unsold`, `nonvoting`); `dis-` and `in-` are
# left out, for they make other words as often (`discount`, `income`).
_NEGATING_PREFIXES = ("un", "non")


_NEGATING_WORDS = frozenset({"not", "non", "never"})


def _negated(toks: list[str], said: frozenset[str]) -> bool:
    """`88 percent unsold` where the quote says sold: a word said, negated by its prefix or
    by a word before it (`36 percent not insured`)."""
    for token, after in pairwise((*toks, "")):
        if (
            token in _NEGATING_WORDS
            and token not in said
            and len(after) > 3
            and after in said
            and after not in FILLERS
            and after not in COMPARATIVE
        ):
            return True
        if token.startswith(_NEGATING_PREFIXES):
            word = token[3:] if token.startswith("non") else token[2:]
            if (
                len(word) > 3
                and word in said
                and token not in said
                and word not in FILLERS
                and word not in COMPARATIVE
            ):
                return True
    return False


def _less_for_more(toks: list[str], said: Collection[str]) -> bool:
    """`18 percent less dense` where the article says 18 percent denser: `less` before the
    base of a comparative the key, question or quote writes."""
    if "less" in said or "fewer" in said:
        return False
    return any(
        first in ("less", "fewer") and any(c in said for c in _comparatives_of(base))
        for first, base in pairwise(toks)
    )


def _counted_the_other_way(
    toks: list[str], other_way: frozenset[str], said: Collection[str]
) -> bool:
    """`11,800 fewer` where the number rose, `11,800 more` where it fell: the comparative
    after the figure says the other way (not a bound: `more than 11,800`)."""
    against = _FEWER if other_way == FALLING else _MORE if other_way == RISING else frozenset()
    return not against & set(said) and any(
        t in against
        and toks[i + 1 : i + 2] != ["than"]
        and i > 0
        and toks[i - 1] not in ("no", "than", "or", "any")
        for i, t in enumerate(toks)
    )


def _bound_turned_after_figure(toks: list[str], said: Collection[str]) -> bool:
    """`2,000 places for jobseekers over 25` where the quote says under 25: a bound that
    the key, question or quote give what is counted, turned (the answer's own bound before
    its figure has rules of its own)."""
    first = next((i for i, t in enumerate(toks) if t[:1].isdigit() or t in NUMBER_WORDS), None)
    if first is None:
        return False
    antonyms = world().antonyms
    return any(
        t in COMPARATIVE and t not in said and not antonyms.get(t, frozenset()).isdisjoint(said)
        for t in toks[first + 1 :]
    )


def _against(toks: Sequence[str]) -> list[str]:
    """The currencies a rate of exchange is given against (`to the euro`, `against the US
    dollar`, `per dollar`)."""
    found = []
    for at, word in enumerate(toks):
        if word in ("to", "against", "per"):
            start = at + 2 if toks[at + 1 : at + 2] in (["the"], ["one"], ["a"]) else at + 1
            named = currency_after(list(toks), start)
            if named is not None:
                found.append(named[0])
    return found


def _said_of(word: str, noun: str, ctx: Context) -> bool:
    """The article writes `word` before `noun` (or its singular), or `word` is one of its
    names' words or the question's."""
    pairs = ctx.names.pairs
    return (
        (word, noun) in pairs
        or (word, singular(noun)) in pairs
        or word in ctx.names.proper_words
        or word in ctx.asked_tokens
    )


def _modifier_swapped(
    toks: list[str],
    end: int,
    asked: tuple[str, ...],
    said: Collection[str],
    ctx: Context,
) -> str | None:
    """`7 red cards` where the question counts yellow cards: the thing it counts, typed after
    the figure with another word before it than the question's, one nothing else says of
    that thing (not a unit, nor a word that only says there are more: `extra`, `new`). A
    common word the article writes only before other nouns says nothing of it (`cargo` of
    `cargo loads on 187 jet flights`); one it writes before that thing, a name's word
    (`USAM officers`) or one of the question's own does."""
    if end + 1 >= len(toks) or len(asked) < 2:
        return None
    word, noun = toks[end], toks[end + 1]
    kind, asked_noun = asked[0], asked[1]
    if (
        len(word) < 3
        or not word.isalpha()
        or word in FILLERS
        or word in NEGATIONS
        or (word in said and _said_of(word, noun, ctx))
        or kind in _ONLY_MORE
        or not asked_noun.endswith("s")  # a thing counted, not a verb (`voted against`)
        or unit_at(toks, end) is not None
    ):
        return None
    if same_word(word, kind) is None and same_word(noun, asked_noun) is not None:
        return f"{word} {noun}"
    return None


_ONLY_MORE = frozenset({"more", "additional", "extra", "new", "other", "further"})


def _source_typed(toks: list[str]) -> str | None:
    """Where a share or an amount is typed as coming from (`96 percent from solar`): the
    word after `from` (and any `the`) where it is a word, not a figure or a date."""
    for at, word in enumerate(toks[:-1]):
        if word != "from":
            continue
        after = toks[at + 1 : at + 3]
        noun = after[1] if after[:1] == ["the"] and len(after) > 1 else after[0]
        if noun.isalpha() and noun not in FILLERS and noun not in MONTHS and noun not in WEEKDAYS:
            return noun
    return None


_FEWER = frozenset({"fewer", "less"})
_TOTALS = frozenset({"total", "altogether", "overall"})
_LOSSES = frozenset({"lose", "loses", "losing", "lost", "loss", "losses"})
_MORE = frozenset({"more"})


def _comparatives_of(base: str) -> tuple[str, ...]:
    """`denser` of `dense`, `higher` of `high`, `heavier` of `heavy`."""
    if len(base) < 3 or not base.isalpha():
        return ()
    if base.endswith("y"):
        return (base[:-1] + "ier",)
    return (base + "r",) if base.endswith("e") else (base + "er", base + base[-1] + "er")


def _comparative_bases(word: str) -> tuple[str, ...]:
    """The forms a comparative may come from: `later` from `late`, `earlier` from `early`,
    `higher` from `high` (the table's words pick the real one)."""
    if len(word) < 5:
        return ()
    if word.endswith("ier"):
        return (word[:-3] + "y",)
    return (word[:-1], word[:-2])


# The two ways one figure is compared with another: `54 cents higher` where the question
# asks how far below is the other side of the same gap.
# (`over` and `under` are left out: `over two years`, `under the deal` compare nothing.)
_UPWARD = frozenset({"above", "higher", "more", "greater", "up"})
_DOWNWARD = frozenset({"below", "lower", "less", "fewer", "down"})


def _other_side(said: set[str]) -> frozenset[str]:
    """The comparison words of the other side, where the key, question and quote compare
    one way only."""
    up, down = not _UPWARD.isdisjoint(said), not _DOWNWARD.isdisjoint(said)
    return _DOWNWARD if up and not down else _UPWARD if down and not up else frozenset()


def _compared_other_way(toks: list[str], other: frozenset[str]) -> bool:
    """A comparison word of the other side after an amount (`$0.54 more`, `54 cents
    higher`); before it, `more than $2` is a bound."""
    seen_figure = False
    for token in toks:
        if token[:1].isdigit():
            seen_figure = True
        elif seen_figure and token in other:
            return True
    return False


def _root(word: str) -> str:
    """A word without its inflection, so `exclude` and `excluding` are one word."""
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _turned_qualifier(
    toks: list[str], said: frozenset[str], sentences: tuple[tuple[str, ...], ...]
) -> str | None:
    """`including VAT` where the article writes that its figures exclude VAT, and never
    that any include it: the qualifier typed is the opposite of the article's."""
    antonyms = world().antonyms
    for word, thing in pairwise(toks):
        if word in said or word not in antonyms or not _a_noun(thing):
            continue
        own, opposite = _root(word), {_root(o) for o in antonyms[word]}
        before = _roots_before(sentences).get(thing, frozenset())
        if not opposite.isdisjoint(before) and own not in before:
            return f"{word} {thing}"
    return None


def _other_side_said(toks: list[str], said: frozenset[str]) -> str | None:
    """`after tax` where the question or quote says before tax: a qualifier typed before a
    thing they name, whose opposite they say and never it."""
    antonyms = world().antonyms
    for word, thing in pairwise(toks):
        if word in said or thing not in said or not _a_noun(thing) or word not in antonyms:
            continue
        if not antonyms[word].isdisjoint(said):
            return f"{word} {thing}"
    return None


@last_by_identity
def _roots_before(sentences: tuple[tuple[str, ...], ...]) -> dict[str, frozenset[str]]:
    """For each word of the article, the roots of the three words written before it
    anywhere: read once per article, not once per answer."""
    found: dict[str, set[str]] = {}
    # Each word's root worked out once (an article repeats its words), and each sentence's
    # roots once, not again for each of the three words after it: read on every claim and
    # grader of a pack, this was a few hundredths of a long pack's `check`.
    root_of: dict[str, str] = {}
    for sentence in sentences:
        roots = [root_of.get(t) or root_of.setdefault(t, _root(t)) for t in sentence]
        for at, token in enumerate(sentence):
            found.setdefault(token, set()).update(roots[max(0, at - 3) : at])
    return {word: frozenset(roots) for word, roots in found.items()}


def _scaled_count(toks: list[str], m: Mention, key_kind: str, expected: float) -> Mention:
    """`2.6m` read as minutes is 2.6 million where the key counts millions and no time."""
    scale = SCALE_ABBREVIATIONS.get(toks[m.end - 1])
    if key_kind == DURATION or scale is None or m.number is None or abs(expected) < scale:
        return m
    return replace(m, kind=NUMBER, value=m.number * scale, number=m.number * scale)


def _hedges(toks: list[str], mentions: list[Mention], asked: Sequence[str] = ()) -> bool:
    """`41 or 14`, `fifteen years or life`: two answers offered; not an `or` the question
    writes between the same words (`14 partial or full recounts` for `How many partial or
    full recounts…?`)."""
    toks = _echoed_ors_dropped(toks, asked)
    return hedged(toks) and (len(mentions) > 1 or offers_alternatives(toks))


def _echoed_ors_dropped(toks: list[str], asked: Sequence[str]) -> list[str]:
    """The tokens less each `or` that stands between the words the question puts it between."""
    if "or" not in asked or "or" not in toks:
        return toks
    triples = {tuple(asked[at - 1 : at + 2]) for at, w in enumerate(asked) if w == "or" and at}
    return [
        t
        for at, t in enumerate(toks)
        if not (t == "or" and at and tuple(toks[at - 1 : at + 2]) in triples)
    ]


def _bounds_quoted(ctx: Context, value: float) -> frozenset[str]:
    """The bounds the cited quotes set on the key's value (`at least 100 metres`), which a
    key may leave out."""
    found: set[str] = set()
    for toks in map(tokenize, ctx.quotes):
        for m in scan(toks):
            if m.value is None or not _close(m.value, value):
                continue
            if m.bound is not None and not _over(toks, m):  # `spread over ten years`
                found.add(_denied_bound(toks, m) or m.bound)
            if not _CAPS.isdisjoint(toks[max(0, m.start - 4) : m.start]):
                found.update((CEILING, "most"))  # `caps shifts at 24 hours`: at most 24
    return frozenset(found)


# A comparative denied by a word before its clause's verb (`no operator may fly more than
# 25`): the other bound.
_DENIED_BOUNDS = {"more": "most", "less": "least"}
_COMPARATIVE_OPENERS = frozenset({"more", "less", "fewer", "below", "above"})


def _denied_bound(toks: list[str], m: Mention) -> str | None:
    """`most` for the `more than 25` of `no operator may fly more than 25 flights`, `least`
    for `may not fall below…`; None where nothing denies the bound (`not` straight before
    `more than` is read with the figure already)."""
    other = _DENIED_BOUNDS.get(m.bound or "")
    if other is None:
        return None
    # Where the comparative begins: `more` of `more than 25`, else the word before the figure.
    at = m.start - 2 if m.start >= 3 and toks[m.start - 2] in _COMPARATIVE_OPENERS else m.start - 1
    before = toks[max(0, at - 4) : at]
    return other if not NEGATIONS.isdisjoint(before) and "," not in before else None


# Words that set the figure after them as a limit: `caps shifts at 24 hours`.
_CAPS = frozenset({"cap", "caps", "capped", "capping", "limit", "limits", "limited", "ceiling"})


def _bound_differs(
    m: Mention, bound: str | None, ctx: Context, quoted: frozenset[str] = frozenset()
) -> bool:
    """`less than 90` is not `90`, unless the question asks for that bound (`Below what…?`)
    or the quote sets it where the key leaves it out."""
    if m.bound == PLUS:
        # `40+ years`: more than 40, or 40 and over (`16+` for an age of 16); never below.
        return bound in ("less", "most", CEILING, JUST_UNDER)
    if m.bound == JUST_UNDER:
        # Almost the figure: right where it is exact or approximate, not above a floor.
        return bound in ("more", "least") or ctx.key_bound in ("more", "least")
    if bound == JUST_UNDER and m.bound == "less":
        return False  # `under 20.6 million` for just under
    if bound == CEILING and m.bound in (None, "most", "less"):
        # `11 weeks` for up to 11 weeks, `three years` for within three years; `at most 14
        # hours` for up to 14 hours
        return False
    if m.bound is None and bound == "least":
        # `six weeks` for at least six weeks: the floor itself, which careful markers take
        # as the figure (not `a decade` for more than a decade, nor `90` for less than 90).
        return False
    if m.bound == CEILING:
        # Against a floor, even one only the main answer states (`at least 48 hours`,
        # accepted as `48 hours`), a ceiling is the other bound.
        return (
            bound not in (None, "most", CEILING)
            or ctx.key_bound in ("least", "more")
            or ctx.asked_bound in ("least", "more")  # `What minimum distance…?`
        )
    return m.bound != bound and not (
        bound is None and (m.bound == ctx.asked_bound or m.bound in quoted)
    )


_OVER_A_SPAN = frozenset({"in", "for", "over", "within", "across", "during"})


def _years_of_other_figures(ctx: Context, expected: float) -> frozenset[str]:
    """The years the quotes write `in` straight after their other figures only (`from 29 in
    2015 to 11 last year`: 2015 is the 29's)."""
    own: set[str] = set()
    others: set[str] = set()
    for quote in ctx.quotes:
        toks = tokenize(quote)
        for m in scan(toks):
            if m.value is None or m.kind == DATE or _a_year_figure(m.value):
                continue
            after = toks[m.end : m.end + 2]
            if len(after) == 2 and after[0] == "in" and _YEAR_TOKEN.fullmatch(after[1]):
                # `74 working days in 2026`: a length of time counts the key's figure too
                counted = m.number if m.kind == DURATION else None
                same = _close(m.value, expected) or (
                    counted is not None and _close(counted, expected)
                )
                (own if same else others).add(after[1])
    return frozenset(others - own)


def _a_year_figure(value: float) -> bool:
    return value == int(value) and 1800 <= value <= 2100


_YEAR_TOKEN = re.compile(r"(?:18|19|20)\d\d")


def _words_of_other_figures(ctx: Context, expected: float) -> frozenset[str]:
    """The adverbs the quotes write after their other figures only, up to the next stop
    (`Nine people were injured, two of them seriously`: `seriously` is the two's): typed
    with the key's figure, they say of it what the article says of another."""
    own: set[str] = set()
    others: set[str] = set()
    for quote in ctx.quotes:
        toks = tokenize(quote)
        for m, value, words in _words_after_figures(toks, scan(toks), most=6):
            mine = _close(value, expected)
            (own if mine else others).update(w for w in words if w.isalpha())
            if mine:
                own.update(w for w in toks[max(0, m.start - 3) : m.start] if w.isalpha())
    # Only how the other figure's members were affected (`seriously`, `fatally`): its nouns
    # are what a typed answer may add of its own (`17 bids from nine countries`).
    return frozenset(w for w in others - own - ctx.words - FILLERS if w.endswith("ly"))


def _states_of_other_figures(ctx: Context, expected: float) -> frozenset[str]:
    """What the cited paragraphs say their other figures' members were, straight after the
    figure and a `were` (`3,860 were dead`), and never of the key's figure nor the words
    just before it (`11,240 were infested (23.1%)`): typed after the key's figure (`23.1
    percent dead`), it says of it what the article says of another."""
    own: set[str] = set()
    others: set[str] = set()
    for paragraph in ctx.cited_paragraphs:
        toks = tokenize(paragraph)
        for m, value, words in _words_after_figures(toks, _valued(scan(toks)), most=2):
            mine = _close(value, expected)
            if mine:
                own.update(toks[max(0, m.start - 4) : m.start])
            if len(words) == 2 and words[0] in ("were", "was") and words[1].isalpha():
                (own if mine else others).add(words[1])
    return frozenset(others - own - ctx.words - ctx.keys - FILLERS)


def _places_of_other_figures(ctx: Context, expected: float, kind: str) -> frozenset[str]:
    """The places (names the cited paragraphs always capitalise) and parts of the day they
    write straight after their other figures of the `kind` only (`about 4,300 were in
    Portugal and about 1,650 in Morocco`: Portugal is the 4,300's): typed after the key's
    figure, they give it what the article gives another."""
    own: set[str] = set()
    others: set[str] = set()
    proper = ctx.names.proper_words
    for paragraph in ctx.cited_paragraphs:
        toks = tokenize(paragraph)
        for m, value, words in _words_after_figures(toks, _valued(scan(toks))):
            named = {
                w
                for w in words
                if (w in proper and w not in FILLERS and _always_capitalised(w, paragraph))
                or w in _TIMES_OF_DAY
            }
            if _close(value, expected):
                own.update(named)
            elif m.kind == kind:  # not `14 hours from 8 p.m. on Friday`'s clock time
                others.update(named)
        # `The Dublin figure … was up 8.3%`: the places a sentence names before its first
        # figure of the kind are that figure's; the key's, where the sentence gives it.
        for sentence in sentences_of(paragraph):
            words = tokenize(sentence)
            figures = [m for m in _valued(scan(words)) if m.kind == kind]
            if not figures:
                continue
            named = {
                w
                for w in words[: figures[0].start]
                if w in proper
                and w not in FILLERS
                and _a_place_within(w, ctx)
                and _always_capitalised(w, paragraph)
            }
            keys = any(m.value is not None and _close(m.value, expected) for m in figures)
            (own if keys else others).update(named)
    return frozenset(others - own - ctx.words - ctx.keys)


def _a_place_within(word: str, ctx: Context) -> bool:
    """A place no larger than a region (`Dublin`, or one the article writes `in`), not
    a country, which a whole article's figures may share (`Give Ghana Ten Days`)."""
    found = world().place_by_name.get((word,), ())
    if found:
        return all(p.kind != "country" for p in found)
    return word not in MONTHS and word in written_after_where(ctx.names.sentences)


def _always_capitalised(word: str, text: str) -> bool:
    """The text writes the word, and always with a capital (`Galway`, not the `water` of a
    title-case `Regional Water Board`)."""
    found = [m.group() for m in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)]
    return bool(found) and all(f[0].isupper() for f in found)


def _words_after_figures(
    toks: list[str], mentions: list[Mention], most: int = 5
) -> list[tuple[Mention, float, list[str]]]:
    """Each of the mentions with a value, with that value and the words straight after it,
    up to the next mention or stop and `most` at most."""
    found = []
    for at, m in enumerate(mentions):
        if m.value is None:
            continue
        stop = mentions[at + 1].start if at + 1 < len(mentions) else len(toks)
        words = []
        for token in toks[m.end : min(stop, m.end + most)]:
            if not token[0].isalnum():
                break
            words.append(token)
        found.append((m, m.value, words))
    return found


def _valued(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.value is not None]


# Parts of the day and week a figure may be given for (`every 45 minutes at night`).
_TIMES_OF_DAY = frozenset(
    {"morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night",
     "nights", "overnight", "weekend", "weekends", "weekday", "weekdays", "peak", "off-peak"}
)  # fmt: skip


def _placed_after(
    toks: list[str], expected: float, places: Callable[[], frozenset[str]]
) -> str | None:
    """One of `places` typed straight after the key's figure; the places are read only
    where a word is typed there."""
    return next(
        (
            w
            for _, value, words in _words_after_figures(toks, _valued(scan(toks)))
            if _close(value, expected)
            for w in words
            if w in places()
        ),
        None,
    )


_THE_REST = re.compile(r"\bthe (?:rest|remainder|others)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_BE = frozenset({"was", "were", "is", "are", "be", "been"})


def _said_of_the_rest(ctx: Context) -> frozenset[str]:
    """What the cited paragraphs say the rest was (`About 40 percent was saved. The rest
    was recast`): `40 percent recast` says of the key's share what the article says of the
    rest."""
    found: set[str] = set()
    for paragraph in ctx.cited_paragraphs:
        for sentence in _SENTENCE_END.split(paragraph):
            if not _THE_REST.search(sentence):
                continue
            toks = tokenize(sentence)
            found.update(
                word
                for be, word in pairwise(toks)
                if be in _BE and word.isalpha() and word not in FILLERS
            )
    return frozenset(found - ctx.words - ctx.cited - ctx.keys)


def _places_in_order(paragraphs: tuple[str, ...], expected: float, mention: Mention) -> bool:
    """Whether the paragraphs set things in an order (an ordinal of 2 or more) where the
    key is a count they do not write as an ordinal themselves."""
    places = {
        m.value
        for paragraph in paragraphs
        for m in scan(tokenize(paragraph))
        if m.ordinal and m.value is not None and m.value >= 2
    }
    return bool(places) and not mention.ordinal and expected not in places


def _written_as_an_ordinal(written: list[str]) -> bool:
    """`16th`, `sixteenth`: an ordinal as written, not a slip of a count read as one
    (`eigth`)."""
    return any(
        (t[:1].isdigit() and t.endswith(("st", "nd", "rd", "th")))
        or t in ORDINAL_UNITS
        or t in ORDINAL_TENS
        for t in written
    )


def _close(a: float, b: float, tolerance: float = 0.0) -> bool:
    if not (math.isfinite(a) and math.isfinite(b) and math.isfinite(tolerance)):
        return a == b and math.isfinite(a)
    return abs(a - b) <= tolerance + 1e-9 * max(1.0, abs(a), abs(b))


def _a_unit_power(toks: list[str], m: Mention) -> bool:
    """The `3` of `m³` or `m3`: the power of the unit before it, no figure of its own."""
    return m.start > 0 and (hit := unit_at(toks, m.start - 1)) is not None and hit[1] > m.start


def _inside_units(toks: list[str], mentions: list[Mention]) -> list[Mention]:
    """The mentions but those inside a unit after a figure: the `per second` of `0.08
    gigabits per second` is part of its unit, not a length of time."""
    units = [(m.end, hit[1]) for m in mentions if (hit := unit_at(toks, m.end)) is not None]
    # `9,000 litres per second`: a unit per a unit of time is one unit
    units = [(start, _past_time_rate(toks, end)) for start, end in units]
    return [
        m
        for m in mentions
        if not any(start <= m.start < end for start, end in units)
        and not _a_unit_power(toks, m)
        # `3,600 per hour`: a rate in time after a figure, no length of time
        and not (
            m.kind == DURATION
            and m.start > 0
            and toks[m.start] in RATE_OPENERS
            and toks[m.start - 1][:1].isdigit()
        )
    ]


def _past_time_rate(toks: list[str], at: int) -> int:
    """Past `per second` or `a day` standing at `at`, if one does."""
    if toks[at : at + 1] in (["per"], ["a"], ["an"]) and toks[at + 1 : at + 2]:
        return at + 2 if toks[at + 1] in TIME_UNITS else at
    return at


def _units_said(said: frozenset[str]) -> frozenset[str]:
    """The units the key, question or quote write, by the words they write them with."""
    found = {w for w in said if unit_at([w], 0) is not None or w in TIME_UNITS}
    if not said.isdisjoint({"%", "percent", "pc"}):
        found.add("percent")
    return frozenset(found)


# Words that make a figure another fact: a suspended sentence, the seriously injured, a
# net sum, a provisional count.
_VALUE_QUALIFIERS = frozenset(
    {"suspended", "seriously", "severely", "critically", "net", "gross", "provisional",
     "provisionally", "conditional", "probation"}
)  # fmt: skip


def _unsaid_qualifier(toks: list[str], said: frozenset[str]) -> str | None:
    """A word of `_VALUE_QUALIFIERS` typed that the key, its question and quotes never say,
    and not denied (`six, none seriously`)."""
    return next(
        (
            t
            for at, t in enumerate(toks)
            if t in _VALUE_QUALIFIERS
            and t not in said
            and NEGATIONS.isdisjoint(toks[max(0, at - 2) : at])
        ),
        None,
    )


_DIMENSIONS = frozenset({"long", "wide", "deep", "high", "tall", "thick", "across"})


def _dimensions(toks: list[str], of: Callable[[float], bool] = lambda value: True) -> list[str]:
    """The words of dimension written after a measure (`38 km long`), of the figures `of`
    accepts."""
    found = []
    for m in scan(toks):
        hit = unit_at(toks, m.end)
        if hit is None or m.value is None or not of(m.value):
            continue
        after = toks[hit[1] : hit[1] + 1]
        if after and after[0] in _DIMENSIONS:
            found.append(after[0])
    return found


def _bases(key: str, ctx: Context) -> frozenset[str]:
    """What the key, its accepted forms and its quotes measure by (`by weight`, `by
    volume`)."""
    return frozenset(
        basis for text in (key, *ctx.key_texts, *ctx.quotes) for basis in _bases_in(tokenize(text))
    )


def _bases_in(toks: list[str]) -> list[str]:
    """The words straight after `by` that say what a figure is measured by: no small word,
    figure, hedge, month, weekday or season (`by 2024`, `by the council`, `by about 30%`)."""
    return [
        word
        for by, word in pairwise(toks)
        if by == "by" and word.isalpha() and word not in NOT_CONTENT
    ]


def _another_basis(
    toks: list[str], bases: Callable[[], frozenset[str]], asked: frozenset[str]
) -> str | None:
    """The article's basis, where the answer measures by another the question does not
    name (`64 percent by value` where the exports are 64 percent by weight). `bases` is
    read only for an answer that gives one: most give none."""
    typed = [word for word in _bases_in(toks) if word not in asked]
    if not typed:
        return None
    said = bases()
    return min(said) if said and not said.issuperset(typed) else None


def _said(key_toks: list[str], ctx: Context) -> frozenset[str]:
    """The words the key, its question and its quotes say."""
    return frozenset({*key_toks, *ctx.words, *ctx.cited})


def same_amount(a: float, b: float) -> bool:
    """Two amounts equal but for the float's own rounding."""
    return _close(a, b)


def _key_mention(key: str, kinds: tuple[str, ...]) -> Mention | None:
    toks = tokenize(key)
    found = [m for m in _inside_units(toks, asserted(scan(toks))) if m.kind in kinds]
    found = _periods_dropped(toks, found)
    return found[0] if len(found) == 1 else None


def _echoes_dropped(
    mentions: list[Mention], ctx: Context, key_value: float | None
) -> list[Mention]:
    # The question's `first round` is no echo of a typed `one or two weeks`.
    cardinal = ctx.values - ctx.ordinals
    return [
        m
        for m in mentions
        if m.kind == DATE
        or m.value is None
        or m.value not in (ctx.values if m.ordinal else cardinal)
        or (key_value is not None and _close(m.value, key_value))
    ]


def _measure_after(toks: list[str], end: int) -> tuple[Unit | None, str | None]:
    """The unit of measure (`feet`), or else the counted noun (`yeas`), after a number."""
    hit = unit_at(toks, end)
    if hit is not None:
        return hit[0], None
    if end < len(toks) and toks[end][0].isalpha() and toks[end] not in FILLERS:
        return None, toks[end]
    if (
        end + 1 < len(toks)
        and toks[end] in ORDINAL_UNITS
        and toks[end + 1].isalpha()
        and toks[end + 1] not in FILLERS
    ):
        return None, toks[end + 1]  # `9 First Nations`: a name that begins with an ordinal
    return None, None


# A value the cited quotes state: (its kind, the value, the unit or noun after it, what
# its last digit is worth).
_Quoted = tuple[str, float, Unit | None, str | None, float]


def _quoted_numbers(ctx: Context) -> list[_Quoted]:
    """Every value the cited quotes state, with the unit or noun after it."""
    found: list[_Quoted] = []
    for quote in ctx.quotes:
        toks = tokenize(quote)
        if ctx.weighs_in_pounds:
            toks = pounds_as_weight(toks)
        for m in scan(toks):
            if m.value is not None:
                found.append((m.kind, m.value, *_measure_after(toks, m.end), _last_digit(toks, m)))
    return found


def _key_measure(
    key: str,
    ctx: Context,
    expected: float,
    end: int,
    quoted: list[_Quoted],
) -> tuple[Unit | None, str | None]:
    """What the key's number counts: the unit or noun after it in the key, else the unit
    the question names, else what follows the same number in the cited quote."""
    unit, noun = _measure_after(tokenize(key), end)
    if unit is not None:
        return unit, noun
    if len(ctx.units) == 1:
        return ctx.units[0], noun
    for kind, value, cited_unit, cited_noun, _ in quoted:
        if kind == NUMBER and _close(value, expected):
            return cited_unit, noun or cited_noun
    return None, noun


def _rival_nouns(ctx: Context, expected: float, quoted: list[_Quoted]) -> frozenset[str]:
    """What the cited quotes count with their other numbers (`74 yeas and 25 nays`, `a
    crew of 18`, `26 scientists and students`): `74 nays`, `44 crew` state another fact."""
    nouns = {
        noun for _, value, _, noun, _ in quoted if noun is not None and not _close(value, expected)
    }
    for toks in _sentences_quoted(ctx):
        for m in scan(toks):
            if m.value is None or _close(m.value, expected):
                continue
            named = toks[m.start - 3 : m.start]
            if (
                len(named) == 3
                and named[0] in ("a", "an")
                and named[2] == "of"
                and _a_noun(named[1])
            ):
                nouns.add(named[1])  # `a crew of 18`
            after = toks[m.end : m.end + 4]
            if (
                len(after) >= 3
                and _a_noun(after[0])
                and after[1] == "and"
                and _a_noun(after[2])
                and not (after[3:4] and after[3][:1].isdigit())
            ):
                nouns.add(after[2])  # `26 scientists and students`
    return frozenset(n for n in nouns if n not in ctx.words)


# Ways of counting people that give different figures: so many people are not so many
# families, nor so many children.
_GROUPS_OF_PEOPLE = (
    frozenset({"people", "persons", "person", "individuals", "residents", "inhabitants"}),
    frozenset({"family", "families", "household", "households", "home", "homes"}),
    # Pupils are children counted at school: `23 children` for 23 pupils is the same count.
    frozenset({"child", "children", "kid", "kids", "minor", "minors", "boy", "boys", "girl",
               "girls", "pupil", "pupils", "schoolchildren", "schoolchild"}),
    frozenset({"adult", "adults"}),
    # A jury of seven women and five men: `7 men` counts the others.
    frozenset({"man", "men", "male", "males"}),
    frozenset({"woman", "women", "female", "females"}),
    # Where people live or work, counted by the building: `14,600 properties, home to
    # 31,000 people`.
    frozenset({"property", "properties", "premises", "building", "buildings"}),
    frozenset({"worker", "workers", "employee", "employees", "staff", "labourers", "laborers"}),
)  # fmt: skip


def _same_people(noun: str, others: Collection[str], ctx: Context) -> bool:
    """`41 workers` for 41 employees, `75 children` for 75 pupils: a word of the same group
    of people as one of `others`, which the cited quotes do not count apart."""
    return noun not in ctx.cited and any(
        noun in group and not group.isdisjoint(others) for group in _NAMED_ALIKE
    )


_WORKERS = len(_GROUPS_OF_PEOPLE) - 1  # workers are people: `31 people` still counts them
# Words that name the same people (not families for homes, nor boys for pupils).
_NAMED_ALIKE = (
    frozenset({"child", "children", "kid", "kids", "pupil", "pupils", "schoolchildren"}),
    _GROUPS_OF_PEOPLE[_WORKERS],
    # The members of an elected body, by what each holds: `38 MPs` or `38 seats` for 38
    # members, `9 councillors` for 9 members of the council.
    frozenset({"member", "members", "seat", "seats", "mp", "mps", "mep", "meps", "msp", "msps",
               "mla", "mlas", "mpp", "mpps", "td", "tds", "councillor", "councillors",
               "councilor", "councilors", "cllr", "cllrs", "senator", "senators", "deputy",
               "deputies", "lawmaker", "lawmakers", "legislator", "legislators",
               "parliamentarian", "parliamentarians", "representative", "representatives",
               "delegate", "delegates", "assemblyman", "assemblymen", "assemblywoman",
               "assemblywomen", "alderman", "aldermen", "alderwoman", "alderwomen"}),
)  # fmt: skip
_PEOPLE_COUNTED = _GROUPS_OF_PEOPLE[0] | _GROUPS_OF_PEOPLE[_WORKERS]
# A question's words that make the people it counts workers (`How many people work…?`).
_WORKING = frozenset({"work", "works", "worked", "working", "employ", "employs", "employed",
                      "employing", "job", "jobs"})  # fmt: skip


# Bodies that employ, own or field people, never the people in them.
_BODIES = frozenset({"company", "companies", "firm", "firms", "business", "businesses",
                     "organisation", "organisations", "organization", "organizations",
                     "employer", "employers", "operator", "operators", "team", "teams",
                     "squad", "squads", "club", "clubs"})  # fmt: skip


# A train's wagons, not its locomotives: `61 locomotives` for 61 wagons.
_ROLLING_STOCK = frozenset({"wagon", "wagons", "carriage", "carriages", "railcar", "railcars",
                            "boxcar", "boxcars"})  # fmt: skip


# Things a figure may count that are never one another: so many sheep are not so many
# cattle, nor so many families so many fishermen, nor rooms beds. Each set holds one kind's
# words.
_KINDS_COUNTED = (
    _GROUPS_OF_PEOPLE[1],
    frozenset({"cattle", "cow", "cows", "bull", "bulls", "oxen", "calves", "heifers"}),
    frozenset({"sheep", "ewe", "ewes", "lamb", "lambs"}),
    frozenset({"goat", "goats"}),
    frozenset({"pig", "pigs", "hog", "hogs", "swine", "sow", "sows"}),
    frozenset({"horse", "horses", "pony", "ponies", "mare", "mares"}),
    frozenset({"camel", "camels"}),
    frozenset({"yak", "yaks"}),
    frozenset({"chicken", "chickens", "hen", "hens", "poultry"}),
    frozenset({"bee", "bees", "hive", "hives", "beehive", "beehives"}),
    frozenset({"dog", "dogs"}),
    frozenset({"whale", "whales"}),
    frozenset({"elephant", "elephants"}),
    # A hotel's rooms are not its beds, nor its beds its guests.
    frozenset({"room", "rooms"}),
    frozenset({"bed", "beds"}),
    _BODIES,  # `3,800 companies` for 3,800 people
    CRAFT,
    _ROLLING_STOCK,
)


# What befell the people a figure counts: each set gives its own figure (`17 killed and 64
# injured`), so the dead are never the injured, nor the missing the rescued.
_FATES = (
    ("dead", frozenset({"killed", "dead", "died", "deaths", "fatalities", "drowned"})),
    ("injured", frozenset({"injured", "wounded", "hurt", "injuries", "hospitalised"})),
    ("missing", frozenset({"missing"})),
    ("rescued", frozenset({"rescued", "saved"})),
    ("arrested", frozenset({"arrested", "detained", "arrests"})),
    ("ill", frozenset({"ill", "sick", "sickened", "infected", "infections"})),
)


_FATE_WORDS = frozenset(word for _, words in _FATES for word in words)


def _another_fate(toks: list[str], asked: frozenset[str]) -> tuple[str, str] | None:
    """`61 killed` where the question asks how many were injured: (typed, asked) fates."""
    asked_fates = {name for name, words in _FATES if not words.isdisjoint(asked)}
    if len(asked_fates) != 1:
        return None
    typed_fates = {name for name, words in _FATES if not words.isdisjoint(toks)}
    other = typed_fates - asked_fates
    if not other or asked_fates <= typed_fates:
        return None
    return other.pop(), asked_fates.pop()


# Words between a figure and what its members had done to them (`96 people were arrested`,
# `61 have been charged`).
_BEFORE_THE_ACT = frozenset(
    {"people", "persons", "of", "them", "were", "was", "have", "has", "had", "been", "are", "is"}
)


def _an_act(word: str) -> bool:
    return word.isalpha() and word not in FILLERS and an_act_done(word)


def _act_after(toks: Sequence[str], end: int) -> str | None:
    """The word done to a figure's members, straight after it (`61 arrested`, `61 people
    were charged`), or None."""
    for word in toks[end : end + 4]:
        if word in _BEFORE_THE_ACT:
            continue
        return word if _an_act(word) else None
    return None


def _acts_of_other_figures(ctx: Context, expected: float) -> frozenset[str]:
    """What the cited paragraphs say was done to their other figures' members, straight
    before or after the figure (`Officers arrested 96 people, of whom 61 have been charged`:
    `arrested` is the 96's), where they say another act of the key's (`charged`): typed
    after the key's figure (`61 arrested`), it counts what another figure counts. Nothing
    where the key's figure has no act of its own (`arrested 96 on Monday and 40 on
    Tuesday`)."""
    own_acts: set[str] = set()
    own_words: set[str] = set()
    other_acts: set[str] = set()
    for paragraph in ctx.cited_paragraphs:
        toks = tokenize(paragraph)
        for m in scan(toks):
            if m.value is None or m.ordinal:
                continue
            acts = {toks[m.start - 1]} if m.start and _an_act(toks[m.start - 1]) else set()
            if (after := _act_after(toks, m.end)) is not None:
                acts.add(after)
            if _close(m.value, expected):
                own_acts |= acts
                own_words.update(toks[max(0, m.start - 4) : m.end + 4])
            else:
                other_acts |= acts
    return frozenset(other_acts - own_acts - own_words) if own_acts else frozenset()


def _phrase_after_figure(texts: list[str], expected: float) -> frozenset[str]:
    """The words the key and its quotes write within three words after the key's figure
    (`nearly 1,800 registered fishermen`): what it counts, adjectives and all."""
    return frozenset(
        word
        for text in texts
        for toks in [tokenize(text)]
        for m in scan(toks)
        if m.value is not None and _close(m.value, expected)
        for word in toks[m.end : m.end + 3]
        if word.isalpha()
    )


def _another_kind_counted(noun: str | None, counted: frozenset[str], ctx: Context) -> bool:
    """`1,800 families` for 1,800 fishermen, `120 cattle` for 120 hives: the typed noun is
    of a kind the key's own words after its figure are not, nor the question's (`three
    vessels` where it asks how many ferries), unless the question counts people (`How many
    people work on its trawlers?`: `3,800 trawlers` counts the craft)."""
    if noun is None or not counted:
        return False
    own = counted_class(noun)
    if own is not None and any(counted_class(word) == own for word in counted):
        return False  # `146 homes` for 146 houses: counted-apart.tsv counts them as one
    if noun in _GROUPS_OF_PEOPLE[0]:
        # `1,150 people` for 1,150 cars: people are no craft, body, beast or room (families
        # and households are another group of people, with their own rule).
        kinds = [k for k in _KINDS_COUNTED if k is not _GROUPS_OF_PEOPLE[1]]
        return any(not k.isdisjoint(counted) for k in kinds) and not any(
            word in _PEOPLE_COUNTED for before, word in ctx.asked_pairs if before == "many"
        )
    kind = next((k for k in _KINDS_COUNTED if noun in k), None)
    if kind is None or not kind.isdisjoint(counted):
        return False
    # What `How many…?` counts, where a kind holds it (`How many wagons…?`): the train it
    # also names is not counted.
    asked_kinds = {
        k
        for before, word in ctx.asked_pairs
        if before == "many"
        for k in _KINDS_COUNTED
        if word in k
    }
    if asked_kinds:
        return kind not in asked_kinds
    # Else the question's words not straight after `the` (`the train's 61 wagons` names a
    # train it does not count).
    asked = {word for before, word in ctx.asked_pairs if before not in _THE}
    return kind.isdisjoint(asked) or any(
        ("many", word) in ctx.asked_pairs for word in _PEOPLE_COUNTED
    )


_THE = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})


def _what_heads_count(counted: frozenset[str]) -> str | None:
    """`people` where the key's nouns count only people (`74 patients`), `things` where
    only things (`16 clubs`); None where both (`28 club players`) or neither."""
    people = not PEOPLE_NOUNS.isdisjoint(counted)
    things = any(_counts_things(word) for word in counted)
    return "people" if people and not things else "things" if things and not people else None


def _another_calling(noun: str | None, heads_count: str | None) -> bool:
    """`16 footballers` for a league's 16 clubs, `220 athletes` for 220 boats: people (of
    any calling) typed where the key counts only things; `74 clinics` or `74 towns` for 74
    patients: things typed where it counts only people."""
    if noun is None or heads_count is None:
        return False
    if heads_count == "things":
        return noun in PEOPLE_NOUNS and noun not in _GROUPS_OF_PEOPLE[0]  # `people`: own rule
    return _counts_things(noun)


# Nouns that may count people or the bodies and things they make up (`27 members`, `a crew
# of 12`, `4,000 breeding pairs`): no head of a count of things.
_PEOPLE_OR_BODIES = frozenset(
    {"member", "members", "contractor", "contractors", "customer", "customers", "donor",
     "donors", "winner", "winners", "bidder", "bidders", "staff", "crew", "crews", "team",
     "teams", "squad", "squads", "personnel", "workforce", "party", "parties", "side",
     "sides", "group", "groups", "unit", "units", "force", "forces", "class", "classes",
     "pair", "pairs", "couple", "couples", "entrant", "entrants", "applicant", "applicants",
     "player", "players", "participant", "participants", "signatory", "signatories",
     "voter", "voters", "user", "users", "subscriber", "subscribers", "passenger",
     "passengers", "guest", "guests", "case", "cases", "victim",
     "victims", "casualty", "casualties", "life", "lives", "soul", "souls", "head", "heads",
     "hand", "hands", "body", "bodies", "place", "places", "spot", "spots", "job", "jobs",
     "post", "posts", "position", "positions", "vacancy", "vacancies", "role", "roles",
     "contact", "contacts", "justice", "justices"}
)  # fmt: skip
# Endings of nouns for whoever does something (`ticket-holders`, `trainers`, `cyclists`,
# `migrants`, `residents`): a person, whether or not `people-nouns.txt` lists the word.
_AGENT_ENDINGS = ("ers", "ors", "ists", "ants", "ents", "ees", "ians")


def _asked_head(asked_count: tuple[str, ...]) -> tuple[str, ...]:
    """The noun a `How many…?` question counts: the last of its words before a verb."""
    nouns: list[str] = []
    for word in asked_count:
        if word in PAST_FORMS and nouns:
            break  # `How many chairs fell …?` counts chairs
        if not word.endswith("ed") and word not in COMPARATIVE:
            nouns.append(word)
    return tuple(nouns[-1:])


def _people_for_things(noun: str | None, heads: frozenset[str]) -> bool:
    """`1,340 sailors` for 1,340 mooring permits, `85 people` for 85 lanterns: people typed where
    everything the key, its quote and question count are plural nouns of no person."""
    if noun is None or noun not in PEOPLE_NOUNS or not heads:
        return False
    return all(
        h.isalpha()
        and len(h) > 3
        and h.endswith("s")
        and h not in PEOPLE_NOUNS
        and h not in _PEOPLE_OR_BODIES
        and not h.endswith(_AGENT_ENDINGS)
        and h not in _FATE_WORDS
        and not any(h in group for group in (*_GROUPS_OF_PEOPLE, *_NAMED_ALIKE))
        for h in heads
    )


def _named_in_question(noun: str | None, asked: tuple[str, ...]) -> bool:
    """`How many of the taxpayers are businesses?` names both what it counts and what
    they are: `61,000 businesses` or `61,000 firms` is the count."""
    return noun in asked or any(
        noun in kind and not kind.isdisjoint(asked) for kind in _KINDS_COUNTED
    )


def _may_count_people(word: str) -> bool:
    """`men`, `passengers`, `staff`, `survivors`: a noun that may count people."""
    return (
        word in PEOPLE_NOUNS
        or word in _PEOPLE_OR_BODIES
        or (word.endswith(_AGENT_ENDINGS) and not _counts_things(word))
    )


def _counts_things(word: str) -> bool:
    """A noun that counts what no person is: craft, bodies, beasts, rooms (`_KINDS_COUNTED`)
    or a set of `counted-apart.tsv` no person or fate is counted in (`towns`, `clinics`,
    `pages`, `flights`)."""
    if word in PEOPLE_NOUNS:
        return False  # `villagers`, though its letters begin `village`
    if any(word in kind for kind in _KINDS_COUNTED if kind is not _GROUPS_OF_PEOPLE[1]):
        return True
    found = counted_class(word)
    return found is not None and found[0] in _sets_of_things()


@cache
def _sets_of_things() -> frozenset[int]:
    """The sets of `counted-apart.tsv` that hold no person (`voter`) and no fate
    (`deaths`, `arrests`: so many people arrested are so many arrests)."""
    sets: dict[int, set[str]] = {}
    for word, (row, _) in world().counted_apart.items():
        sets.setdefault(row, set()).add(word)
    return frozenset(
        row
        for row, words in sets.items()
        if not any(
            form in PEOPLE_NOUNS or form in _FATE_WORDS for w in words for form in (w, w + "s")
        )
    )


def _word_after_figure(texts: list[str], expected: float) -> str | None:
    for text in texts:
        toks = tokenize(text)
        for m in scan(toks):
            if (
                m.value is not None
                and _close(m.value, expected)
                and m.end < len(toks)
                and toks[m.end][0].isalpha()
            ):
                return toks[m.end]
    return None


def _another_group(
    noun: str | None, key_noun: str | None, asked: frozenset[str] = frozenset()
) -> bool:
    """`86,000 families` or `11 children` where the article counts people; where the key
    names no group, the one group the question names (`How many of its families…?`)."""
    if noun is None:
        return False
    typed = next((i for i, group in enumerate(_GROUPS_OF_PEOPLE) if noun in group), None)
    key = next(
        (i for i, group in enumerate(_GROUPS_OF_PEOPLE) if key_noun and key_noun in group), None
    )
    if key is None:
        named = {i for i, group in enumerate(_GROUPS_OF_PEOPLE) if not group.isdisjoint(asked)}
        key = named.pop() if len(named) == 1 else None
    if typed == 0 and key == _WORKERS:
        return False
    if typed == _WORKERS and key == 0 and not _WORKING.isdisjoint(asked):
        return False  # `3,800 workers` where the question asks how many people work
    return typed is not None and key is not None and typed != key


# Words after a noun that end the phrase a `How many…?` counts: its verb.
_AUXILIARIES = frozenset({"are", "were", "was", "is", "have", "has", "had", "did", "do", "does",
                          "will", "would", "could", "can", "must"})  # fmt: skip


@last_by_identity
def _words_among_figures(
    sentences: tuple[tuple[str, ...], ...],
) -> dict[float, frozenset[str]]:
    """For each figure the article states, the words from the first figure of each sentence
    stating it to the sentence's end. Read once per article: every number question of a
    long pack looks its key up here."""
    found: dict[float, set[str]] = {}
    for sentence in sentences:
        spans = number_spans(list(sentence))
        if not spans:
            continue
        words = sentence[spans[0].start :]
        for span in spans:
            if span.value is not None:
                found.setdefault(span.value, set()).update(words)
    return {value: frozenset(words) for value, words in found.items()}


@last_by_identity
def _figures_before(sentences: tuple[tuple[str, ...], ...]) -> dict[str, frozenset[float]]:
    """For each word the article writes straight after a figure, those figures. Read once
    per article."""
    found: dict[str, set[float]] = {}
    for sentence in sentences:
        for span in number_spans(list(sentence)):
            if span.value is not None and not span.ordinal and span.end < len(sentence):
                word = sentence[span.end]
                if word.isalpha():
                    found.setdefault(word, set()).add(span.value)
    return {word: frozenset(figures) for word, figures in found.items()}


def _modifies_another_figure(
    word: str | None, expected: float, sentences: tuple[tuple[str, ...], ...]
) -> bool:
    """The article writes `word` after other figures, never after the key's: it tells
    counts apart (`240 seasonal workers` of 410 workers), so it is no mere modifier."""
    if not word:
        # No word is written after a figure there (only words of letters are kept): a bare
        # figure typed never has the article's every figure read for it.
        return False
    figures = _figures_before(sentences).get(word, frozenset())
    return bool(figures) and expected not in figures


def _head_after_modifier(
    noun: str | None,
    toks: list[str],
    end: int,
    key_noun: str | None,
    ctx: Context,
    beside_key: Callable[[], frozenset[str]],
) -> str | None:
    """`1,874 emergency calls`, `14 breeding pairs` for `How many calls…?`, `…pairs?`: the
    word after the figure qualifies what the question counts, written next, as the article
    writes the two together (not `23 female workers`, where it counts women apart), or
    the article writes the qualifier neither after another figure nor among the figures of
    the key's sentence (`62 police officers` where it says `Police said 62 officers…`; not
    `23 urgent recommendations` beside `23 recommendations, four of which it calls
    urgent`), so tells nothing the article counts apart. `beside_key` is read only where
    the words before it leave that open."""
    heads = (*_asked_heads(ctx.asked_count), *([key_noun] if key_noun else []))
    following = toks[end + 1 : end + 2]
    if (
        noun is None
        or not following
        or (
            (noun, following[0]) not in ctx.names.pairs
            and (
                # counted apart: after other figures, or among the figures of the key's
                # sentence (`23 recommendations, four of which it calls urgent`)
                noun in _figures_before(ctx.names.sentences)
                or noun in beside_key()
                or any(noun in group for group in _GROUPS_OF_PEOPLE)
            )
        )
        or any(same_word(noun, head) is not None for head in heads)
        or not any(same_word(following[0], head) is not None for head in heads)
    ):
        return noun
    return following[0]


def _asked_heads(asked: tuple[str, ...]) -> tuple[str, ...]:
    """The nouns a `How many…?` counts, not those that qualify them: `members` of `council
    members voted`, not `ballot` of `ballot boxes`."""
    return tuple(
        word
        for word, following in zip(asked, (*asked[1:], None), strict=False)
        if following is None or following in _AUXILIARIES or following.endswith("ed")
    )


def _counts_another(
    noun: str | None,
    key_noun: str | None,
    rivals: Callable[[], frozenset[str]],
    ctx: Context,
    after: list[str] | None = None,
    phrase: tuple[str, ...] = (),
    rival_forms: Callable[[], frozenset[tuple[str, ...]]] = frozenset,
) -> bool:
    """`74 nays` for 74 yeas, `88 children` for 88 schools: the number counts something
    else the article names. `after` are the typed words after the noun; `rival_forms` the
    rivals not in `phrase`, as the synonyms read them. Both are read only for a typed noun."""
    if (
        noun is not None
        and key_noun is not None
        and noun in key_noun
        and same_word(noun, key_noun) is None
        and after
        and _a_noun(after[0])
    ):
        noun = after[0]  # `40 fire engines` for 40 firefighters: what the compound counts
    if (
        noun is not None
        and key_noun
        and noun in rivals()
        and key_noun in noun
        and same_word(noun, key_noun) is None
    ):
        # `14 firefighters` where the quote counts 62 firefighters and 14 fire engines: a
        # rival word that only holds the key's (`fire`) is still the rival's
        return True
    if noun is not None and key_noun is not None and _modifies(noun, after or (), [key_noun], ctx):
        return False  # `9 new stops` for 9 stops: a word before the noun, not another noun
    if noun is not None and key_noun is not None and _same_people(noun, (key_noun,), ctx):
        return False  # `41 workers` for 41 employees, `75 children` for 75 pupils
    # `23 nations` for 23 countries: the thing counted, in other words (not `33 match
    # points` for game points, where the word qualifies another).
    in_other_words = key_noun is not None and not (after and _a_noun(after[0]))
    if noun is not None and key_noun is not None:
        if one_event(noun, key_noun):
            return False  # `21,930 dead (alpacas)` for 21,930 deaths
        if in_other_words and _counted_alike(noun, key_noun):
            return False  # `78 houses` for 78 homes (not `33 match points` for game points)
    if noun is None or (
        key_noun is not None
        and (
            _one_noun(noun, key_noun) or (in_other_words and rewrite([noun]) == rewrite([key_noun]))
        )
    ):
        return False
    if phrase and rewrite([noun]) == rewrite([phrase[-1]]):
        return False  # `112 trucks` for 112 tanker lorries: the thing counted, in other words
    heads = _asked_heads(ctx.asked_count)
    asks_people = key_noun in _PERSONS or (
        key_noun is None and any(p in _PERSONS for p in _after_how_many(ctx.asked_tokens))
    )
    asked = [_FATES_ASKED.get(word, word) for word in ctx.asked_tokens]
    if asks_people and any(one_event(noun, word) for word in asked):
        return False  # `19 deaths` for How many people did tigers kill?
    asked_events = {n for n, family in enumerate(COUNTED_ALIKE) if not family.isdisjoint(asked)}
    if asked_events and any(
        noun in family and n not in asked_events for n, family in enumerate(COUNTED_ALIKE)
    ):
        return True  # `23 injuries` for How many people did the floods kill?
    # `71 members` or `71 council members` for `How many council members voted…?`, which
    # the article counts in votes: the thing the question counts.
    if any(_one_noun(noun, head) for head in heads) or (
        noun in ctx.asked_count and any(_one_noun(w, h) for w in after or () for h in heads)
    ):
        return False
    # `212 nations` where the article counts 31 countries: a rival in other words.
    rival = noun in rivals() or tuple(rewrite([noun])) in rival_forms()
    if key_noun is None:
        return rival and noun not in ctx.words
    return rival or (noun in ctx.names.words | ctx.words and unit_at([noun], 0) is None)


def _sentences_quoted(ctx: Context) -> list[list[str]]:
    """The whole sentences of the cited paragraphs that hold a quote."""
    quotes = [tuple(tokenize(q)) for q in ctx.quotes if q]
    return [
        toks
        for paragraph in ctx.cited_paragraphs
        for sentence in sentences_of(paragraph)
        if any(holds(toks := tokenize(sentence), quote) for quote in quotes)
    ]


# What a count of people is written in: its deaths and injuries are those people's.
_PERSONS = frozenset({"people", "persons", "person"})
# A question's verb of a fate, as the fate's own words read it (`did tigers kill`).
_FATES_ASKED = {"kill": "killed", "injure": "injured", "wound": "wounded"}


def _after_how_many(asked: Sequence[str]) -> tuple[str, ...]:
    """The word after the question's `how many`, if it has one (`people`)."""
    return tuple(
        third
        for first, second, third in zip(asked, asked[1:], asked[2:], strict=False)
        if (first, second) == ("how", "many")
    )


def _a_noun(word: str) -> bool:
    return word.isalpha() and len(word) > 2 and word not in FILLERS


def _nouns_in(words: frozenset[str]) -> list[str]:
    return [w for w in words if _a_noun(w)]


@last_by_identity
def _counted_in(sentences: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The words the article writes straight after a figure (`86 pages`, `14 recommendations`):
    what it counts. Read once per article."""
    return frozenset(
        word
        for sentence in sentences
        for figure, word in pairwise(sentence)
        if figure[:1].isdigit() and word.isalpha() and word not in FILLERS
    )


@last_by_identity
def _modifiers_after_figures(sentences: tuple[tuple[str, ...], ...]) -> frozenset[tuple[str, str]]:
    """The word the article writes straight after a figure, with each of the two after it
    (`9,500 public health workers`: public health, public workers). Read once per article."""
    return frozenset(
        (sentence[at + 1], later)
        for sentence in sentences
        for at in range(len(sentence) - 2)
        if sentence[at][:1].isdigit() and sentence[at + 1].isalpha()
        for later in sentence[at + 2 : at + 4]
    )


# Words before a counted noun that say nothing of which were counted: what a count of
# things added or created holds anyway (`create 28 jobs`: `28 new jobs`). Any other word
# may pick out some of them (`27 urgent recommendations`, `23 urine samples`).
_UNRESTRICTIVE = frozenset({"new", "additional", "extra", "further", "more"})


def _modifies(word: str, after: Sequence[str], nouns: Collection[str], ctx: Context) -> bool:
    """`9 new stops` for 9 stops: `word` says nothing of which, stands before one of
    `nouns`, and the article does not write it after another figure before that noun
    (`14 new stops` beside the 9 stops rebuilt)."""
    return (
        word in _UNRESTRICTIVE
        and bool(after)
        and any(_one_noun(after[0], noun) for noun in nouns)
        and (word, after[0]) not in _modifiers_after_figures(ctx.names.sentences)
    )


_MORE_THAN = frozenset({"more", "higher", "above", "over"})
_LESS_THAN = frozenset({"less", "lower", "below", "under", "fewer"})
# Words that make a share one taken away (`lose 45 percent of its trade`, `cut 30 percent`),
# beside `FALLING`, whose words already make no share of a whole.
_LOST = frozenset(
    {"lose", "loses", "losing", "lost", "cut", "cuts", "cutting", "shed", "sheds", "shedding",
     "save", "saves", "saving", "saved", "lowers", "lowered", "reduce", "reduces", "reducing",
     "less", "fewer", "below", "under"}
)  # fmt: skip


def _share_of_a_whole(toks: list[str], m: Mention) -> bool:
    """The figure is written as a share of something (`124 percent of its target`)."""
    end = m.end
    if not any(t in _PERCENT_WORDS for t in toks[m.start : m.end]):
        if toks[end : end + 1] and toks[end] in _PERCENT_WORDS:
            end += 1
        else:
            return False
    return toks[end : end + 1] == ["of"]


def _counted_many(noun: str, texts: list[list[str]]) -> bool:
    """The question or the key's quotes (`texts`) count this thing, more than one of it
    (`the three additional compliance officers`), and never give an amount for one of them
    (`each of the 15 suspects`, `for a bottle`)."""
    for toks in texts:
        for before, word in pairwise(toks):
            if before in _ONE_OF and _noun_of(word, noun):
                return False
        if any(t in _EACH for t in toks):
            return False
    for toks in texts:
        # `both rounds` counts two as a figure would
        counts = [(m.end, m) for m in scan(toks)] + [
            (i + 1, None) for i, t in enumerate(toks) if t == "both"
        ]
        for end, m in counts:
            if m is not None and (m.kind != NUMBER or m.value is None or m.value < 2 or m.ordinal):
                continue
            if unit_at(toks, end) is not None:
                continue  # `a 20-foot container` is one container's size
            counted = [t for t in toks[end : end + 3] if t.isalpha()]
            if any(_noun_of(t, noun) for t in counted):
                return True
    return False


def _noun_of(word: str, noun: str) -> bool:
    """The same noun, in the singular or plural (`maps`, `map`) or with a slip."""
    return same_word(word, noun) is not None or singular(word) == singular(noun)


_ONE_OF = frozenset({"a", "an", "per", "every", "each", "one"})


def _counted_alike(a: str, b: str) -> bool:
    """Nouns of one class of things counted (`houses`, `homes`), or words that count one
    event under another stem (`dead`, `deaths`)."""
    if one_event(a, b):
        return True
    found = counted_class(a)
    return found is not None and found == counted_class(b)


def _one_noun(a: str, b: str) -> bool:
    """The same noun, or one inside the other (`children`, `schoolchildren`)."""
    return same_word(a, b) is not None or a in b or b in a


def _another_noun(noun: str | None, ctx: Context, key: str) -> bool:
    """A noun after a number that should have had the key's unit: `58 votes` for 58%."""
    return (
        noun is not None
        and noun not in ctx.words
        and noun not in _words_beside_shares(tokenize(key))
        and unit_at([noun], 0) is None
    )


def _words_beside_shares(toks: list[str]) -> set[str]:
    """The words of a key that are no part of a share's name: `cent` of `three per cent`
    is the percent, so `3 cent` typed is still another unit."""
    words: set[str] = set()
    at = 0
    while at < len(toks):
        hit = unit_at(toks, at)
        if hit is not None and hit[0].dimension == "ratio":
            at = hit[1]
            continue
        words.add(toks[at])
        at += 1
    return words


# The words after which `of` names the whole a share is of (`2.8 percent of GDP`).
_SHARE_NAMES = frozenset({"percent", "cent", "%", "percentage"})


# A question names the whole its share is of with these too (`What share of the cost…?`);
# its words are read in no order, so `share` and `of` anywhere in it.
_SHARE_ASKED = _SHARE_NAMES | {"share", "proportion", "fraction"}


def _wholes(toks: list[str], names: frozenset[str] = _SHARE_NAMES) -> list[tuple[str, ...]]:
    """The wholes the shares of a text are of: `gross domestic product` in `2.8 percent of
    gross domestic product`, `original cost` in `20% of the original cost`."""
    found = []
    for at in range(1, len(toks) - 1):
        if toks[at] != "of" or toks[at - 1] not in names:
            continue
        words: list[str] = []
        for word in toks[at + 1 : at + 6]:
            if not word[:1].isalpha() or (word in FILLERS and words):
                break
            if word not in FILLERS:
                words.append(word)
        found.append(tuple(words))
    return found


@last_by_identity
def _wholes_in(sentences: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """Every word of a whole the article gives a share of. Read once per article."""
    return frozenset(
        word
        for sentence in sentences
        for whole in _wholes(rewrite(list(sentence)))
        for word in whole
    )


@last_by_identity
def _counted_rewritten(names: ArticleNames) -> frozenset[str]:
    """What any number of the article counts (`ArticleNames.counted`, number words too, unlike
    `_counted_in`), as the grader rewrites them. Read once per article."""
    return frozenset(rewrite(list(names.counted)))


@last_by_identity
def _words_in(sentences: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """Every word the article writes, as the grader rewrites them. Read once per article."""
    return frozenset(rewrite([word for sentence in sentences for word in sentence]))


def _share_of_another_whole(
    toks: list[str],
    said: frozenset[str],
    wholes: frozenset[str],
    written: frozenset[str],
    counted: frozenset[str],
) -> bool:
    """`20 percent of GDP` where the quote's share is of the cost: a whole typed that the
    key, question and quote never name, and that the article gives another share of, or
    counts (`70 percent of passengers` for a share of the freight, where it counts 187
    passengers), or never writes at all (`60 percent of its profit` for its output)."""
    return any(
        whole
        and said.isdisjoint(whole)
        and (
            not wholes.isdisjoint(whole)
            or not counted.isdisjoint(whole)
            or written.isdisjoint(whole)
        )
        for whole in _wholes(rewrite(toks))
    )


def _share_of_one(value: float, key_unit: Unit | None, bare: Unit | None, expected: float) -> bool:
    """`0.58` for a percentage of 58: the same share, as a fraction of one."""
    ratio = (
        key_unit is not None and key_unit.name == "percent" and (bare is None or bare == key_unit)
    )
    return ratio and 0 < value <= 1 < expected and _close(value * 100, expected)


# A conversion between units is right within the rounding an article gives it.
_CONVERSION_SLACK = 0.03


def _written_in(
    unit: Unit, expected: float, key_unit: Unit, quoted: list[_Quoted]
) -> tuple[float, float] | None:
    """The figure the cited quotes give for the key's value in another unit, if any, with
    what its last digit is worth."""
    for kind, value, cited_unit, _, digit in quoted:
        if kind == NUMBER and cited_unit == unit:
            converted = convert(value, unit, key_unit)
            if _close(converted, expected, abs(expected) * _CONVERSION_SLACK):
                return value, digit
    return None


def _significant_step(toks: list[str], m: Mention, value: float) -> float:
    """What the last significant digit of a figure is worth, relative to the figure: `11.5`
    0.1/11.5, `28` 1/28, `500` 100/500 (a round figure's zeros hold no precision)."""
    step = _last_digit(toks, m)
    if step == 1.0 and value:
        whole = abs(round(value))
        while whole and whole % 10 == 0:
            whole //= 10
            step *= 10
    return step / abs(value) if value else 1.0


def _rounder(toks: list[str], m: Mention, typed: float, key_toks: list[str], key: Mention) -> bool:
    """Whether a typed figure is written much rounder than the key it converts (`28 acres`
    for 11.5 hectares: a figure of two digits for one of three)."""
    expected = key.number if key.kind == DURATION else key.value
    if not expected or not typed:
        return False
    return _significant_step(toks, m, typed) > 3 * _significant_step(key_toks, key, expected)


def _last_digit(toks: list[str], m: Mention) -> float:
    """What the last digit of a number is worth (`14.8`, `fourteen point eight`: 0.1); any
    other number in words, or a round one (`400`), is taken to the unit."""
    written = toks[m.start : m.end]
    if "point" in written:
        return 10.0 ** -(len(written) - 1 - written.index("point"))
    typed = toks[m.end - 1] if m.end - m.start == 1 or toks[m.start] == "minus" else ""
    if typed[:1].isdigit() and "." in typed:
        return 10.0 ** -len(typed.rsplit(".", 1)[1])
    return 1.0


# Words that set a second value apart from the answer: `nine of the 17`, `up from 49.2`,
# `since 2011`, `range 68-79%`, `for up to nine days`.
_APART = frozenset({"from", "of", "since", "range", "for", "out", "between", "versus", "vs"})
_APART_SKIPS = frozenset({"up", "down", "to", "the", "a", "an", "about", "some", "nearly"})


def _cited_values(ctx: Context) -> frozenset[float]:
    """The values the cited quotes state."""
    return frozenset(
        m.value for quote in ctx.quotes for m in scan(tokenize(quote)) if m.value is not None
    )


def _set_apart(toks: list[str], m: Mention, cited: frozenset[float] = frozenset()) -> bool:
    """A value the answer sets apart as context; a year only where the cited quote gives it
    (`$3.4 million, set in 1998`, not the article's other years)."""
    at = m.start - 1
    while at >= 0 and toks[at] in _APART_SKIPS:
        at -= 1
    return at >= 0 and (
        toks[at] in _APART or (toks[at] in _YEAR_APART and _a_year(m) and m.value in cited)
    )


# Words that set a year apart from the answer: `$3.4 million, set in 1998`, `dated 1664`.
_YEAR_APART = frozenset({"in", "dated", "year"})


def _a_year(m: Mention) -> bool:
    return m.kind == NUMBER and m.value is not None and could_be_year(m.value)


def _companions(
    toks: list[str],
    mentions: list[Mention],
    expected: float,
    key_noun: str | None,
    ctx: Context,
    cited: frozenset[float] = frozenset(),
) -> list[Mention]:
    """The mentions left once values the article states beside the answer are set apart:
    `38.4 per cent and eight seats`, `53.7 per cent, up from 49.2`, `14 years, since 2011`.
    Only where the answer's own value is there too, and no choice is offered."""
    if len(mentions) < 2 or hedged(toks):
        return mentions
    stated = ctx.names.numbers

    def own(m: Mention) -> bool:
        return any(v is not None and _close(v, expected) for v in (m.value, m.number))

    if not any(own(m) for m in mentions):
        return mentions
    kept = []
    for m in mentions:
        if not own(m) and m.kind != DATE:
            if m.kind == VAGUE:
                if _set_apart(toks, m):
                    continue  # `(range 68-79%)`
            elif m.number is not None and any(_close(m.number, v) for v in stated):
                _, noun = _measure_after(toks, m.end)
                counts_other = (
                    m.kind == DURATION
                    or (noun is not None and noun not in FILLERS and noun != key_noun)
                ) and key_noun is not None
                if (
                    (_set_apart(toks, m, cited) and not _range_to(toks, m, mentions, own))
                    or counts_other
                    or _part_or_whole(toks, m, mentions, own)
                ):
                    continue
        kept.append(m)
    return kept


def _part_or_whole(
    toks: list[str], m: Mention, mentions: list[Mention], own: Callable[[Mention], bool]
) -> bool:
    """The whole the answer is a part of (`120 of her 160 goats`, `23 out of the
    association's 41 members`), or a part of the answer (`eleven, two of them children`)."""
    before = next((n for n in reversed(mentions) if n.end <= m.start), None)
    if before is not None and own(before):
        between = toks[before.end : m.start]
        if between[:2] == ["out", "of"]:
            between = between[2:]
        elif between[:1] == ["of"]:
            between = between[1:]
        else:
            between = ["-"]
        if len(between) <= 3 and all(t.isalpha() and t not in _NOT_A_WHOLE for t in between):
            return True
    return (
        any(own(n) and n.end <= m.start for n in mentions)
        and toks[m.start - 1 : m.start] == [","]
        and toks[m.end : m.end + 2] in (["of", "them"], ["of", "which"], ["of", "whom"])
    )


# Words that join a second answer, not a whole: `140 or 190`, `140 and 190`.
_NOT_A_WHOLE = frozenset({"and", "or", "to", "nor", "not", "than"})


def _range_to(
    toks: list[str], m: Mention, mentions: list[Mention], own: Callable[[Mention], bool]
) -> bool:
    """`between €15 and €240` where the answer is €240: a range that ends at the answer,
    two values where one is asked. (`from €15 to €240` is kept apart: labelled answers
    read it as what the value changed to.)"""
    following = next((n for n in mentions if n.start > m.start), None)
    if following is None or not own(following) or following.start != m.end + 1:
        return False
    at = m.start - 1
    while at >= 0 and toks[at] in _APART_SKIPS:
        at -= 1
    return at >= 0 and toks[at] == "between" and toks[m.end] == "and"


# What may stand between the two sides of a tally: `29 to 16`, `29 votes to 16`.
_TALLY_JOINS = (["to"], ["votes", "to"])


def _tallies(toks: list[str], scanned: list[Mention]) -> list[tuple[float, float]]:
    """The pairs of figures written as a tally (`by 29 votes to 16`): each side's count."""
    mentions = [m for m in scanned if m.kind == NUMBER and m.value is not None]
    return [
        (m.value or 0.0, n.value or 0.0)
        for m, n in pairwise(mentions)
        if toks[m.end : n.start] in _TALLY_JOINS
    ]


def _tally_read(
    toks: list[str], mentions: list[Mention], tallies: frozenset[tuple[float, float]]
) -> list[Mention]:
    """The mentions less the other side of a tally the article states, typed after the
    answer as the article writes it (`29 to 16` where it says by 29 votes to 16)."""
    for m, n in pairwise(mentions):
        if (
            m.value is not None
            and n.value is not None
            and toks[m.end : n.start] in _TALLY_JOINS
            and any(_close(m.value, a) and _close(n.value, b) for a, b in tallies)
        ):
            return [x for x in mentions if x is not n]
    return mentions


def _class_asked(word: str) -> tuple[int, int] | None:
    """The class of things a word of the question counts, its verb's too (`voted`: votes,
    `crashed`: crashes)."""
    found = counted_class(word)
    if found is None and word.endswith("ed"):
        found = counted_class(word[:-1]) or counted_class(word[:-2])
    return found


def _counted_apart(typed: str, counted: tuple[str, ...], asked: Collection[str]) -> str | None:
    """The noun the answer should count, where the typed one counts another thing of the
    same set (`chapters` for pages, `deaths` for crashes) or of another set the question
    never names (`villages` for shops); else None."""
    typed_class = counted_class(typed)
    if typed_class is None:
        return None
    classes = [(word, counted_class(word)) for word in counted]
    if any(c == typed_class for _, c in classes):
        return None
    same_set = next((word for word, c in classes if c is not None and c[0] == typed_class[0]), None)
    if same_set is not None or any(_class_asked(word) == typed_class for word in asked):
        return same_set
    return next((word for word, c in classes if c is not None), None)


def _modifies_the_counted(toks: list[str], at: int, counted: tuple[str, ...]) -> bool:
    """The word at `at` qualifies the noun after it, which is what the question counts
    (`stone` of `214 stone blocks` where it counts blocks): a compound, not another count."""
    following = toks[at + 1 : at + 2]
    return bool(following) and any(same_word(following[0], word) is not None for word in counted)


def _tons_for_tonnes(typed: Unit | None, key: Unit | None, toks: list[str]) -> bool:
    """`tons` typed where the article weighs in tonnes: the everyday word for the metric
    unit, unless the answer says it means the short ton."""
    return (
        typed is not None
        and key is not None
        and (typed.name, key.name) == ("ton", "tonne")
        and "short" not in toks
    )


def _romans(toks: list[str]) -> list[int]:
    """Roman numerals typed as words (`XVII`); not a unit's letters after a figure (`450
    mm`, `45 cm`), which spell numerals too."""
    return [
        v
        for at, t in enumerate(toks)
        if (v := roman_value(t)) is not None
        and not (at and toks[at - 1][:1].isdigit() and (t,) in UNITS_OF_MEASURE)
    ]


def _a_change(toks: list[str], at: int) -> bool:
    """`up from 49.2`, `down by 3`, `up 5.3%`: a change, not a direction."""
    following = toks[at + 1 : at + 2]
    return toks[at] in ("up", "down") and (
        following in (["from"], ["by"], ["to"])
        or (following != [] and (following[0][:1].isdigit() or following[0] in NUMBER_WORDS))
    )


def _counted_phrase(toks: list[str] | tuple[str, ...], end: int) -> tuple[str, ...]:
    """The words after a number that say what it counts: `severe cases`."""
    phrase: list[str] = []
    while end < len(toks) and toks[end][0].isalpha() and toks[end] not in FILLERS:
        phrase.append(toks[end])
        end += 1
    return tuple(phrase[:4])


def _key_phrase(key: str, ctx: Context, expected: float, end: int) -> tuple[str, ...]:
    """What the key's number counts as the key or its quote writes it (`severe cases`)."""
    phrase = _counted_phrase(tokenize(key), end)
    if len(phrase) >= 2:
        return phrase
    for quote in ctx.quotes:
        toks = tokenize(quote)
        for m in scan(toks):
            if m.value is not None and _close(m.value, expected):
                found = _counted_phrase(toks, m.end)
                if len(found) >= 2 and (not phrase or found[-1] == phrase[-1]):
                    return found
    return phrase


def _head_dropped(toks: list[str], end: int, phrase: tuple[str, ...]) -> bool:
    """`143 ballots` for 143 ballot boxes: the counted thing's first word made its noun,
    the noun itself left out."""
    if len(phrase) < 2 or end >= len(toks):
        return False
    typed = _counted_phrase(toks, end)
    return (
        len(typed) == 1
        and same_word(typed[0], phrase[0]) is not None
        and same_word(typed[0], phrase[-1]) is None
        and typed[0] != phrase[0]  # `143 ballot` is a slip for the phrase, `ballots` a noun
    )


def _another_kind(toks: list[str], end: int, phrase: tuple[str, ...], ctx: Context) -> str | None:
    """`212 mild cases` for 212 severe cases: a word the article never uses put in place of
    the one that says which were counted."""
    if len(phrase) < 2:
        return None
    typed = _counted_phrase(toks, end)
    if len(typed) < 2 or same_word(typed[-1], phrase[-1]) is None:
        return None
    added = typed[:-1]
    if any(same_word(w, k) is not None for w in added for k in phrase[:-1]):
        return None
    for word in added:
        if word not in ctx.words and word not in ctx.cited and word not in ctx.keys:
            return word
    return None


def _measured_of(toks: list[str], end: int, ctx: Context) -> str | None:
    """`1.8 tons of paper` for the equipment's 1.8 tonnes: what a measure typed after the
    figure is of, where that is a thing the article names elsewhere and neither the
    question, its quotes nor its answers say; or, as the answer's last word, a thing the
    article never names (`1.9 tonnes of nitrogen` for its phosphorus)."""
    hit = unit_at(toks, end)
    if hit is None or toks[hit[1] : hit[1] + 1] != ["of"] or hit[1] + 1 >= len(toks):
        return None
    if hit[0].dimension == "ratio":
        return None  # `4.5% of sales`: the whole of a share has its own rule
    word = toks[hit[1] + 1]
    said = ctx.words | ctx.cited | ctx.keys
    if not _a_noun(word) or any(same_word(word, w) is not None for w in said):
        return None
    named = any(same_word(word, w) is not None for w in ctx.names.words)
    if named:
        return word
    # Nowhere in the article, though it may join words it writes (`coastline` of its coast).
    compound = any(len(w) >= 4 and word.startswith(w) for w in said | ctx.names.words)
    return word if hit[1] + 2 == len(toks) and not compound else None


def _unit_noun(unit: Unit | None) -> str | None:
    return None if unit is None else unit.name


def _per_in_quotes(ctx: Context, expected: float) -> tuple[str, ...] | None:
    for quote in ctx.quotes:
        toks = tokenize(quote)
        for m in scan(toks):
            if m.value is not None and _close(m.value, expected):
                found = per_unit(toks[m.end : m.end + 5])
                if found is not None:
                    return found  # `per person`, though `person` is a filler
    return None


def _same_per(typed: tuple[str, ...], key: tuple[str, ...]) -> bool:
    """`per kWh` is `per kilowatt-hour`; `per watt-hour` is not."""
    typed_unit, key_unit = unit_at(typed, 0), unit_at(key, 0)
    if typed_unit is not None and key_unit is not None:
        return typed_unit[0] == key_unit[0]
    return same_word(typed[0], key[0]) is not None


_OUT_OF = re.compile(r"(\d+(?:\.\d+)?)/(\d+)")


def _out_of_figures(toks: list[str]) -> list[float]:
    """The figures a score is written out of (`out of 100`, `38/100`)."""
    found = [
        float(toks[at + 2].replace(",", ""))
        for at in range(len(toks) - 2)
        if toks[at] == "out" and toks[at + 1] == "of" and _FIGURE.fullmatch(toks[at + 2])
    ]
    found += [float(score[2]) for t in toks if (score := _OUT_OF.fullmatch(t))]
    return found


_FIGURE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def _out_of_asked(toks: list[str], asked: frozenset[float]) -> list[str]:
    """`87.5/100` for `How many points out of 100…?`: the score, out of the question's own
    figure."""
    out = []
    for token in toks:
        score = _OUT_OF.fullmatch(token)
        out.append(score[1] if score and float(score[2]) in asked else token)
    return out


def compile_number(key: str, ctx: Context) -> Matcher | None:
    if ctx.weighs_in_pounds:
        key = " ".join(pounds_as_weight(key.split()))
    key = _part_of_whole(key)
    key_toks = tokenize(key)
    said = _said(key_toks, ctx)  # each rule below reads its own words in them
    bases = once(lambda: _bases(key, ctx))  # `by weight`: another basis is another figure
    units_said = _units_said(said)
    mention = _key_mention(key, (NUMBER, DURATION, MONEY))
    if mention is None:
        romans = _romans(key_toks)  # `XVII`, `part XVII`
        if len(romans) != 1:
            return None
        mention = Mention(NUMBER, 0, 0, float(romans[0]), float(romans[0]))
    expected = mention.number if mention.kind == DURATION else mention.value
    if expected is None:
        return None
    tolerance = ctx.tolerance or 0.0
    bound = mention.bound
    bounds_quoted = _bounds_quoted(ctx, mention.value) if mention.value is not None else frozenset()
    key_digit = _last_digit(key_toks, mention) if mention.end else 1.0
    # A key the article gives as it is, not `about 4.8 km`: a conversion keeps its precision.
    key_exact = APPROXIMATE.isdisjoint(key_toks[max(0, mention.start - 2) : mention.start])
    # `How many days…?` answered `12 weeks`: count a duration in the question's unit.
    unit = _unit_in_question(ctx)
    quoted = _quoted_numbers(ctx)
    key_unit, key_noun = _key_measure(key, ctx, expected, mention.end, quoted)
    # The word after the figure where the key or its quote writes it, filler or not
    # (`86,000 people`): what a count of people counts them as.
    # A bare key counts what its accepted forms write after it (`25 pupils` beside `25`).
    counted_word = _word_after_figure([key, *ctx.quotes, *ctx.key_texts], expected)
    # The calendar period the answer gives its figure per (`190 km a week`), where the
    # question asks per none: the figure typed with no rate at all is half the fact, in
    # every accepted form (`190 km/wk`). Not a year's: a yearly quantity is commonly stated
    # without it (`the plant burns 4.6 million tonnes`); nor an hour's, a minute's or a
    # second's, which make a speed or a flow its unit holds (`90 kph`).
    key_period = time_rate_in(tokenize(ctx.key_texts[0]))
    period_left_off = (
        key_period
        if key_period is not None
        and any(_same_period(key_period, period) for period in _CALENDAR_PERIODS)
        and not ctx.asked_per
        and time_rate_in(list(ctx.asked_tokens)) is None
        else None
    )
    # What the question and key count (`How many pages…?`): a count of another thing of the
    # same kind (`96 chapters`) is another fact.
    counted_nouns = tuple(w for w in (*ctx.asked_count, counted_word) if w)
    # The votes the quotes give as a tally beginning with the key (`by 29 votes to 16`).
    # Each quote's words and the values they state, read once for the rules below.
    quoted_scans = [(toks, scan(toks)) for toks in map(tokenize, ctx.quotes)]
    tallies = frozenset(
        (a, b)
        for toks, mentions in quoted_scans
        for a, b in _tallies(toks, mentions)
        if _close(a, expected)
    )
    counted_phrase = _phrase_after_figure([key, *ctx.quotes], expected) | set(ctx.asked_count)
    # The nouns the key's figure counts, as the key, its quote and the question write them
    # (`74 patients`, `How many patients…?`), without the words after them (`heat`).
    heads_count = _what_heads_count(
        frozenset(w for w in (counted_word, key_noun, *ctx.asked_count) if w)
    )
    # The nouns the key counts: what `How many…?` counts, else the words after its figure.
    counted_heads = frozenset(
        w for w in _asked_head(ctx.asked_count) or (key_noun, counted_word) if w
    )
    # The words the article writes after the first figure of a sentence stating the key's
    # (`23 recommendations, four of which it calls urgent`; `64 samples, 41 of urine and
    # 23 of blood`), not before it (`Police said 60 officers…`).
    # Read when an answer first types a word after the figure that the article counts apart
    # (see `_head_after_modifier`): most never do, and it reads every sentence's figures.
    beside_key = once(lambda: _words_among_figures(ctx.names.sentences).get(expected, frozenset()))
    key_phrase = _key_phrase(key, ctx, expected, mention.end) if key_unit is None else ()
    cited = frozenset(value for _, value, *_ in quoted)  # the values the quotes state
    # The cited paragraphs set things in an order beside the count (`from 31 points to 16
    # and from sixth to 11th`): an ordinal typed for the count (`16th`) is a place. (Not
    # where they write the count itself so: `his 17th goal of the season`.)
    # Read when an answer first types an ordinal: most never do.
    places_cited = once(lambda: _places_in_order(ctx.cited_paragraphs, expected, mention))
    # A bare number is in the unit the question asks for, else in the key's.
    bare_unit = ctx.units[0] if len(ctx.units) == 1 else key_unit
    # Roman numerals are read only where the key or its quote writes one (`part XVII`):
    # elsewhere `mm`, `cd` or `Li` are no numbers.
    romans_in_play = bool(_romans([*key_toks, *(t for q in ctx.quotes for t in tokenize(q))]))
    # What the article counts with its other numbers: `25 nays`, `88 schools`. Read when an
    # answer first types a noun after its figure (see `_counts_another`): a bare figure
    # never does, and the article's counted words come from every number it writes.
    rivals = once(lambda: _rival_nouns(ctx, expected, quoted) | (ctx.names.counted - set(key_toks)))
    # Read when an answer first types more than its figure: most never do.
    others_said = once(
        lambda: (
            (
                _words_of_other_figures(ctx, expected)
                | _said_of_the_rest(ctx)
                | _states_of_other_figures(ctx, expected)
            )
            - set(key_toks)
        )
    )
    # Read when an answer first types a word after its figure.
    others_acted = once(lambda: _acts_of_other_figures(ctx, expected) - set(key_toks))
    # Read when an answer first types a word after its figure.
    others_placed = once(
        lambda: (
            _places_of_other_figures(ctx, expected, mention.kind) - set(key_toks)
            if mention.kind != DURATION  # its figure is a count here, the quotes' in seconds
            else frozenset()
        )
    )
    years_of_others = (
        frozenset() if _a_year_figure(expected) else _years_of_other_figures(ctx, expected)
    )
    # The lengths of time the key's forms and quotes measure the figure over (`34% in five
    # years`): a figure typed over another (`34% in three years`) is another fact.
    spans_given = frozenset(
        m.value
        for text in (*ctx.key_texts, *ctx.quotes)
        for m in scan(tokenize(text))
        if m.kind == DURATION and m.value is not None
    )
    # Each rival as the synonyms read it, once per key (`countries` is `nations` too).
    rival_forms = once(
        lambda: frozenset(tuple(rewrite([r])) for r in rivals() if r not in key_phrase)
    )
    # The words the quotes write after their other figures only (`seven GVB shares for every
    # ten Aaretal shares`): `7 Aaretal shares` counts what the other figure counts.
    others_counted = {n for _, v, _, n, _ in quoted if n and not _close(v, expected)} - {
        n for _, v, _, n, _ in quoted if n and _close(v, expected)
    }

    # The units of time a count may be given in: those the key, question or quote name,
    # save a quote's that measures another figure only (`the crew of 11 lived on the col
    # for 68 days`: `11 days` is no count of the crew).
    time_units = _time_units(said) - _time_units_of_others(quoted_scans, key_toks, ctx, expected)
    # `64 km east` where the article says west: a direction is part of the fact.
    directions = frozenset(
        t
        for toks in (key_toks, list(ctx.asked_tokens), *(tokenize(q) for q in ctx.quotes))
        for i, t in enumerate(toks)
        if t in DIRECTIONS and not _in_a_name(toks, i, ctx)
    )
    # The side of a vote the figure counts: the question's and key's words say it before the
    # quote's, which may name both sides (`41,220 in favour and 39,870 against`).
    vote_side = (
        _vote_side({*key_toks, *ctx.words})
        or _vote_side(set(said))
        # `How many musicians voted to authorise a strike?` counts those for it.
        or ("for" if "voted" in ctx.words and _AGAINST.isdisjoint(ctx.words) else None)
    )
    # `14 percent higher` where the crop fell: the way the figure moved is part of it too,
    # where the key, question and quote give one way only.
    # A loss is a fall (`expected to lose 60 percent`: `60 percent more` is the other way).
    moved = said | ({"fall"} if not _LOSSES.isdisjoint(said) else set())
    level = moved.isdisjoint(_MOVES)  # `71 percent full`: no change is said
    # `had fallen to 14 percent`: the level a change reached, where `down 14 percent` is
    # a change by the figure.
    reached = any(
        m.start > 0
        and toks[m.start - 1] == "to"
        and m.value is not None
        and _close(m.value, expected)
        for toks, mentions in quoted_scans
        for m in mentions
    )
    other_way = (
        RISING
        if moved & FALLING and not moved & RISING
        else FALLING
        if moved & RISING and not moved & FALLING
        else frozenset()
    )
    # `11.5 euros` for a rise of 11.5 percent: money is another fact than a share or a
    # count, unless the key or its quote gives the figure as money.
    money_figure = mention.kind == MONEY or any(
        kind == MONEY and _close(value, expected) for kind, value, *_ in quoted
    )

    # `How many quarters…?` counts no unit of measure or time: `14 months` or `14 metres`
    # is another fact.
    counts_no_unit = bool(ctx.asked_count) and all(
        unit_at([w], 0) is None and w not in TIME_UNITS for w in ctx.asked_count
    )
    counted = " ".join(ctx.asked_count)
    # `62.48 m` reads as minutes, but a lone letter says no more than `62.48`.
    key_in_time = mention.kind == DURATION and key_toks[mention.end - 1] not in LETTER_UNITS
    # A plain count (`64` officials, the year `1999`, magnitude `5.4`): neither the key, its
    # question nor its quote gives it a unit, so a unit typed beside it makes another fact.
    # (Without a quote nothing says what the figure counts.)
    unplain = key_unit is None and mention.kind == NUMBER and bool(ctx.quotes)
    percent_key = key_unit is not None and key_unit.name == "percent"
    key_currency = ctx.key_currency  # the key's, or the one the question asks in
    asks_money = key_currency is not None

    # `191.3 cents per kilowatt-hour`; where the key writes none, what its quote counts the
    # same figure per (`110 litres per person per day`: not per household).
    key_per = per_what(key_toks) or ctx.key_per or _per_in_quotes(ctx, expected) or ctx.asked_per
    # `17.40 to the US dollar`: the currency a rate of exchange is given against.
    rated_against = frozenset(
        c
        for text in (key_toks, ctx.asked_tokens, *map(tokenize, ctx.quotes))
        for c in _against(text)
    )
    per_times = time_rates(key, ctx)
    counted_per_time = bool(per_times)  # `a day`, `daily`, `per hour` somewhere
    # What the key or its quotes count the figure per with `a` (`420 rupees a kilogram`),
    # and whether anything is counted per one of something (`per`, `each`) at all.
    said_per = not _PER_ONE.isdisjoint(said)
    shared_out = _shared_out(key, ctx)
    # Words of content only (bounds have their rule): `no more than 12 knots` stays right.
    turned_over = _opposites(key, ctx)
    opposites = _content_words_of(turned_over)
    set_against = _set_against(ctx.quotes) - frozenset(key_toks) - ctx.words
    # `38.6 percent, down from 42.1 percent` in the article: `up from` is the other way.
    # Read when an answer first types a word of a change: it reads every cited sentence.
    moved_from = once(lambda: _moved_from(ctx.cited_paragraphs, expected))
    places_here = _places_here(ctx)
    seasons_said = said & SEASONS
    months_said = {w for w in said if w in MONTHS}
    days_said = said & WEEKDAYS
    year_sides = _years_sided(key_toks, ctx)
    years_tied = _years_tied([key_toks, list(ctx.asked_tokens), *map(tokenize, ctx.quotes)])
    # The words of every whole the article gives a share of, where the key is a share.
    # Only where the question, key or quote says what the share is of: `3% of sales` may be
    # the very whole the question leaves unsaid.
    whole_named = ("of" in ctx.words and not _SHARE_ASKED.isdisjoint(ctx.words)) or any(
        any(_wholes(tokenize(text))) for text in (key, *ctx.quotes)
    )
    share_of_named_whole = key_unit is not None and key_unit.dimension == "ratio" and whole_named
    article_wholes = _wholes_in(ctx.names.sentences) if share_of_named_whole else frozenset()
    # What the article counts (`187 passengers`): no whole of the key's share.
    counted_wholes = _counted_rewritten(ctx.names) if share_of_named_whole else frozenset()
    said_wholes = said | frozenset(rewrite(key_toks))
    # A comparison after the figure is no bound (`64% below average` for 64% above it).
    compared = frozenset(w for w in turned_over if w in _COMPARED_AFTER)
    # `124 percent of its target`: a share of a whole, never that much more than it; nor
    # that much less, unless the share is one to lose (`lose about 45 percent of her trade`).
    shares_lost = not _LOST.isdisjoint(said)
    share_of = (
        not (_COMPARED_AFTER & said)
        and not (FALLING & said)
        and any(
            _share_of_a_whole(toks, m)
            for toks in map(tokenize, (key, *ctx.quotes))
            for m in scan(toks)
            if m.value is not None and _close(m.value, expected)
        )
    )

    # `38 points out of 100`: the figure a score is out of, as the key or quote give it
    # (or any figure the question states).
    out_of = frozenset(f for text in (key, *ctx.quotes) for f in _out_of_figures(tokenize(text)))

    # `a band about 38 km long and up to 4 km wide`: `38 km wide` is the other measure.
    key_dimensions = frozenset(
        d
        for quote in ctx.quotes
        for d in _dimensions(tokenize(quote), lambda value: _close(value, expected))
    )

    change_asked = change_asked_of(ctx, expected)

    per_period = _period(key_per[0]) if key_per is not None else None

    def match(toks: list[str]) -> Verdict:
        toks = number_word_slips_mended(unit_slips_mended(toks, units_said))  # `21 pecent`
        toks = _in_the_keys_period(toks, per_period)  # `3,480 litres a minute` for 58 a second
        toks = _below_zero_as_minus(toks)  # `9.4 degrees below zero`
        if change_asked is not None and other_side_of_change(toks, change_asked[0]):
            return incorrect(change_asked[1])  # `to 30%` for a cut by 30%
        toks = _out_of_asked(without_unit_slashes(toks), ctx.values)
        if out_of and not (out_of | ctx.values).issuperset(_out_of_figures(toks)):
            return incorrect("the article scores it out of another figure")  # `38 out of 50`
        if ctx.weighs_in_pounds:
            toks = pounds_as_weight(toks)
        toks = inches_at_end(toks)  # `12 in` for 12 centimetres
        qualified = _unsaid_qualifier(toks, said)
        if qualified is not None:
            return incorrect(f"the article does not say {qualified}")  # `11 seriously injured`
        if key_dimensions and not key_dimensions.issuperset(_dimensions(toks)):
            return incorrect(f"the article gives it as {'/'.join(sorted(key_dimensions))}")
        if not seasons_said.issuperset(t for t in toks if t in SEASONS):
            # `autumn 2027` for spring; `spring 2027` where the article says only 2027
            return incorrect("the article gives another season" if seasons_said else "no season")
        if days_said and not days_said.issuperset(t for t in toks if t in WEEKDAYS):
            return incorrect("the article gives another day")  # `112 drops on Saturday`
        if months_said and not months_said.issuperset(t for t in toks if t in MONTHS):
            return incorrect("the article gives another month")  # `14,000 NTU in July`
        if (side := _other_side_of_year(toks, year_sides)) is not None:
            return incorrect(f"the article does not say {side}")
        if (tied := _another_year_tied(toks, years_tied)) is not None:
            return incorrect(f"the article gives it {tied}")  # `61 percent since 2013`
        if share_of and (
            beyond := next(
                (
                    t
                    for i, t in enumerate(toks)
                    if (t in _MORE_THAN or (t in _LESS_THAN and not shares_lost))
                    and i > 0
                    and toks[i - 1] in _SHARE_WORDS
                ),
                None,
            )
        ):
            # `124 percent more than`; `31 percent below average` of a reservoir 31 percent full
            how = "more" if beyond in _MORE_THAN else "less"
            return incorrect(f"a share of it, not that much {how}")
        if compared and any(
            t in compared
            and i > 0
            and (
                toks[i - 1][0].isdigit()
                or toks[i - 1] in _SHARE_WORDS
                # `172 metres below sea level` where the question asks how far above it
                or (i > 1 and toks[i - 2][0].isdigit() and unit_at(toks, i - 1) is not None)
            )
            for i, t in enumerate(toks)
        ):
            return incorrect("the article says the opposite")
        if any(
            t in DIRECTIONS
            and t not in directions
            and not _a_change(toks, i)
            and not _in_a_name(toks, i, ctx)
            for i, t in enumerate(toks)
        ):
            return incorrect("the article gives another direction")
        if vote_side is not None and _vote_side_typed(toks) not in (None, vote_side):
            return incorrect("that is the other side of the vote")  # `1,442,310 no votes`
        if (elsewhere := _place_unsaid(toks, places_here)) is not None:
            return incorrect(f"the article does not say in {elsewhere}")  # `in Leinster`
        if level and any(
            t in _MOVES
            and toks[i + 1 : i + 2] not in (["to"], ["from"])
            and not _in_a_name(toks, i, ctx)  # `1 in Lower Lenjeri`
            for i, t in enumerate(toks)
        ):
            return incorrect("the article gives a level, not a change")  # `71 percent lower`
        if reached and any(
            _a_change(toks, i) and toks[i + 1] not in ("to", "from") for i in range(len(toks))
        ):
            return incorrect("the article gives the level it reached, not a change")
        if (
            not opposites.isdisjoint(toks)
            or not other_way.isdisjoint(toks)
            or _negated(toks, said_wholes)
            or _less_for_more(toks, said)
            or _counted_the_other_way(toks, other_way, said)
            or _bound_turned_after_figure(toks, said)
            or _moved_other_way(toks, moved_from)
        ):
            return incorrect("the article says the opposite")  # `247 in favour` for noes
        if not set_against.isdisjoint(toks):
            # `60 percent to roads` where it must go to retraining rather than to roads
            return incorrect("the article sets that against the figure")
        source = _source_typed(toks)
        if source is not None and source not in said and "from" in said:
            return incorrect(f"the article does not say from {source}")  # `96% from solar`
        if "plus" not in said and any(
            a == "plus" and b.isalpha() and b not in FILLERS and b not in NUMBER_WORDS
            for a, b in pairwise(toks)
        ):
            return incorrect("the article adds nothing to the figure")  # `4% plus inflation`
        typed_per = per_what(toks)
        typed_against = _against(toks) if rated_against else []
        if any(not any(same_currency(t, given) for given in rated_against) for t in typed_against):
            return incorrect("the article gives the rate against another currency")
        if typed_against:
            typed_per = None  # `R17.40 per US dollar` where the article writes `to the dollar`
        if key_per is not None:
            if typed_per is not None and not _same_per(typed_per, key_per):
                return incorrect(f"per {' '.join(key_per)}, not per {' '.join(typed_per)}")
            key_period = _period(key_per[0])
            rate = time_rate_in(toks) if typed_per is None and key_period else None
            if rate is not None and key_period and same_word(rate, key_period) is None:
                return incorrect(f"per {key_period}, not per {rate}")  # `3,600 per day`
            rate = time_rate_in(toks) if not key_period and counted_per_time else None
            if rate is not None and not any(_same_period(rate, r) for r in per_times):
                # `412 mg per square metre per year` where the article's is per day
                return incorrect(f"the article gives it a {_periods_shown(per_times)}")
            if not key_period and not counted_per_time:
                unsaid = _rate_unsaid(toks, key_unit, ctx)  # `22% a year` of 22% per litre
                if unsaid is not None:
                    return incorrect(unsaid)
        elif typed_per is not None and _period(typed_per[0]) is not None and not counted_per_time:
            return incorrect(f"the article gives no figure per {typed_per[0]}")  # `180 mm per hour`
        elif (
            typed_per is not None
            and _period(typed_per[0]) is None  # a rate in time has the rules around
            and typed_per[0] != "annum"  # `9 percent per annum`
            and not _as_per(toks)
            and not _per_said(typed_per, said_per, _rates(key, expected, ctx.quotes))
        ):
            # `1,150 cars per site` where the article gives the total only, `420 per bale`
            # where it gives 420 rupees a kilogram
            return incorrect(f"the article gives no figure per {' '.join(typed_per)}")
        elif counted_per_time and (rate := time_rate_in(toks)) is not None:
            if not any(_same_period(rate, r) for r in per_times):
                return incorrect(f"the article gives it a {_periods_shown(per_times)}")
        elif not counted_per_time and (unsaid := _rate_unsaid(toks, key_unit, ctx)) is not None:
            return incorrect(unsaid)
        if share_of_named_whole and _share_of_another_whole(
            toks, said_wholes, article_wholes, _words_in(ctx.names.sentences), counted_wholes
        ):
            return incorrect("a share of another whole")  # `20 percent of GDP` for the cost
        turned = _turned_qualifier(toks, said_wholes, ctx.names.sentences)
        if turned is not None:
            return incorrect(f"the article does not say {turned}")  # `including VAT`
        if (basis := _another_basis(toks, bases, ctx.words)) is not None:
            return incorrect(f"the article says by {basis}")  # `64 percent by value`
        if (opposite := opposite_of_asked(toks, ctx)) is not None:
            return incorrect(f"the question does not ask of {opposite}")
        if (asked := another_ordinal_of_asked(toks, ctx)) is not None:
            return incorrect(f"the question asks of the {asked}")
        if (period := another_period_of_asked(toks, ctx)) is not None:
            return incorrect(f"the question does not ask of {period}")
        if (fate := _another_fate(toks, ctx.words)) is not None:
            return incorrect(f"the question asks of the {fate[1]}, not the {fate[0]}")
        if (
            not years_of_others.isdisjoint(toks)
            and len([m for m in scan(toks) if m.value is not None and not _a_year_figure(m.value)])
            == 1
        ):  # (`ten, up from six in 2021` gives the other figure its year)
            # `11 in 2015` where the article goes `from 29 in 2015 to 11 last year`
            return incorrect("the article gives that year to another figure")
        if not others_said().isdisjoint(toks):
            said_of_another = next(t for t in toks if t in others_said())
            return incorrect(f"the article says `{said_of_another}` of another figure")
        if (
            (typed_figure := next((m for m in scan(toks) if m.value is not None), None))
            and (act := _act_after(toks, typed_figure.end)) is not None
            and act in others_acted()
        ):
            return incorrect(f"the article says `{act}` of another figure")  # `61 arrested`
        if place := _placed_after(toks, expected, others_placed):
            return incorrect(f"the article gives `{place}` to another figure")
        if spans_given and any(
            m.kind == DURATION
            and m.value is not None
            and m.value not in spans_given
            and m.start > 0
            and toks[m.start - 1] in _OVER_A_SPAN
            for m in scan(toks)
        ):
            return incorrect("the article gives it over another length of time")
        if not shared_out and not _EACH.isdisjoint(toks) and "each" not in ctx.words:
            return incorrect("the article gives a total, not each one's")  # `37 km on each bank`
        if _totalled(toks, key, ctx, shared_out, bool(per_times)):
            return incorrect(_NOT_A_TOTAL if shared_out or not per_times else _A_RATE)
        if percent_key and _PERCENT_WORDS.isdisjoint(toks):
            worded = shares(toks)
            # `two-fifths` for 40 percent, `four-fifths` for about 80: the share itself,
            # where nothing bounds it (`nearly half`) and it rounds to the key's figure.
            if len(worded) == 1 and _UNBOUNDED_SHARE.isdisjoint(toks):
                if abs(worded[0] * 100 - expected) < 0.5 * key_digit:
                    return correct()
                return incorrect("another share")
            if (
                len(worded) == 1
                and abs(worded[0] * 100 - expected) < 0.5 * key_digit
                and _share_bound(toks) == _share_bound(key_toks)
            ):
                return correct()  # `nearly two-fifths` for nearly 40 percent: its own bound
        mentions = _periods_dropped(
            toks, _inside_units(toks, _echoes_dropped(asserted(scan(toks)), ctx, expected))
        )
        mentions = _companions(
            toks, mentions, expected, key_noun or _unit_noun(key_unit), ctx, cited
        )
        if tallies:
            mentions = _tally_read(toks, mentions, tallies)  # `29 to 16` for 29 votes for
        values: set[float] = set()
        slack = tolerance
        for m in mentions:
            if m.kind == VAGUE:
                return incorrect(_ONE_VALUE)
            if m.kind == DATE:
                continue
            if m.ordinal and _written_as_an_ordinal(toks[m.start : m.end]) and places_cited():
                return incorrect("a place in an order, not a count")  # `16th` for 16 points
            if _bound_differs(m, bound, ctx, bounds_quoted):
                return incorrect(_NO_BOUND)  # `less than 90` is not `90`
            if m.kind == MONEY and m.currency and not money_figure:
                if key_unit is not None:
                    return incorrect(f"an amount of money, not {key_unit.name}")
                if not asks_money:
                    return incorrect("an amount of money: the article counts no money here")
            if (
                m.kind == MONEY
                and m.currency
                and key_currency
                and not same_currency(m.currency, key_currency)
            ):
                return incorrect("wrong currency")
            if m.kind == DURATION:
                m = _scaled_count(toks, m, mention.kind, expected)  # `2.6m` for 2.6 million
            if (
                m.kind == DURATION
                and not key_in_time
                and key_unit is not None
                and letters_for(toks[m.end - 1], key_unit) is not None
            ):
                # `60 m` where the article gives 60 cm: metres, not minutes.
                m = replace(m, kind=NUMBER, value=m.number, end=m.end - 1)
            value = m.value
            if m.kind == DURATION and not key_in_time:
                if key_unit is not None and key_unit.dimension == "ratio":
                    return incorrect("a length of time, not a share")  # `31.4 weeks` for 31.4%
                if counts_no_unit:
                    return incorrect(f"the question counts {counted}, not a length of time")
                if ctx.quotes and not time_units and toks[m.end - 1] not in LETTER_UNITS:
                    # `450 months` for 450 hectares, `58 months` for 58%: nothing counts time.
                    return incorrect("a length of time: the article counts no time here")
            if m.kind == DURATION:
                if (
                    unit is None
                    and toks[m.end - 1] not in LETTER_UNITS  # `1.8 m` may be metres
                    and not _unit_allowed(m, time_units)
                ):
                    return incorrect("not in the article's unit")  # `30 months` for an age
                value = m.value / unit if unit and m.value is not None else m.number
            elif value is not None and m.kind == NUMBER:
                if _another_time_unit(toks, m, time_units):
                    return incorrect("not in the article's unit")  # `the ninth week` for day
                typed_unit, noun = _measure_after(toks, m.end)
                if typed_unit is not None and _same_people(toks[m.end], ctx.asked_count, ctx):
                    typed_unit, noun = None, toks[m.end]  # `38 MPs` for members: no speed
                # `11 men` where the article itself writes `eleven men` of the 11 miners: the
                # same people, counted as the article counts them too. (Not things: the
                # `12 saves` of another player is no count of goals.)
                counted_so = (
                    noun is not None
                    and noun in ctx.names.counted_with(expected)
                    and _may_count_people(noun)
                )
                if (
                    noun is not None
                    and not counted_so
                    and (apart := _counted_apart(noun, counted_nouns, ctx.asked_tokens))
                ):
                    return incorrect(f"the question counts {apart}, not {noun}")  # `96 chapters`
                measured_of = _measured_of(toks, m.end, ctx)
                if measured_of is not None:
                    return incorrect(f"the article does not say of {measured_of}")
                swapped = _modifier_swapped(toks, m.end, ctx.asked_count, said, ctx)
                if swapped is not None:
                    return incorrect(f"the question counts {counted}, not {swapped}")
                lettered = None if noun is None or key_unit is None else letters_for(noun, key_unit)
                if lettered is not None:
                    typed_unit, noun = lettered, None  # `620 ha` for 620 hectares
                if typed_unit is not None and key_in_time and toks[m.end] not in LETTER_UNITS:
                    # `0.31 metres` for a lead of 0.31 seconds: a measure, not a time.
                    return incorrect(f"a length of time, not {toks[m.end]}")
                if (
                    typed_unit is not None
                    and toks[m.end] not in ctx.words
                    and (hit := unit_at(toks, m.end)) is not None
                    and hit[1] == m.end + 1  # one word, not `percentage points`
                    and unit_at(toks, m.end + 1) is None
                    and _modifies_the_counted(toks, m.end, counted_nouns)
                ):
                    typed_unit = None  # `214 stone blocks` where it counts blocks
                if typed_unit is not None and key_unit is None and typed_unit.dimension != "ratio":
                    if counts_no_unit:
                        return incorrect(f"the question counts {counted}, not {toks[m.end]}")
                    if (
                        unplain
                        and toks[m.end] not in LETTER_UNITS
                        and typed_unit not in ctx.units_asked_in  # `170 µg/m³` asked in micrograms
                    ):
                        return incorrect(f"the article gives this figure no unit ({toks[m.end]})")
                if (
                    key_noun is not None
                    and noun in ctx.cited | ctx.words
                    and noun not in others_counted
                    and key_noun in toks[m.end + 1 : m.end + 3]
                ):
                    noun = key_noun  # `212 severe cases`: the article's word for what is counted
                if not _modifies_another_figure(noun, expected, ctx.names.sentences):
                    noun = _head_after_modifier(noun, toks, m.end, key_noun, ctx, beside_key)
                if (
                    typed_unit is not None
                    and typed_unit.dimension == "ratio"
                    and (key_unit is None or key_unit.dimension != "ratio")
                ):
                    return incorrect("a percentage is another fact")  # `70%` for 70 seats
                if typed_unit is None and key_unit is not None and _another_noun(noun, ctx, key):
                    return incorrect(f"not in the article's unit ({key_unit.name})")  # `58 votes`
                if (
                    typed_unit is None
                    and key_unit is not None
                    and key_unit.dimension == "ratio"
                    and noun is not None
                    and noun not in key_toks
                    and noun not in _NOT_COUNTED
                ):
                    # `81 reefs` for 81 percent of reefs: a count, not the share asked for.
                    return incorrect(f"a count of {noun}, not a {key_unit.name}")
                if typed_unit is None and _share_of_one(value, key_unit, bare_unit, expected):
                    value *= 100  # `0.58` for 58%
                typed_unit = typed_unit or bare_unit
                if _tons_for_tonnes(typed_unit, key_unit, toks):
                    typed_unit = key_unit  # `52,000 tons` where the article writes tonnes
                if key_unit is not None and typed_unit is not None and typed_unit != key_unit:
                    if {typed_unit.name, key_unit.name} in _PERCENT_AND_POINTS:
                        # A rise of 4 percentage points is not a rise of 4 percent.
                        return incorrect(f"not in the article's unit ({key_unit.name})")
                    if typed_unit.dimension != key_unit.dimension:
                        return incorrect(f"not in the article's unit ({key_unit.name})")
                    written = _written_in(typed_unit, expected, key_unit, quoted)
                    converted = convert(value, typed_unit, key_unit)
                    scale = typed_unit.size / key_unit.size
                    typed_digit = _last_digit(toks, m)
                    if written is not None:
                        # The article gives this very value in the typed unit too
                        # (`412 metres (1,352 feet)`): its figure, or the exact conversion
                        # to a typed figure at least as precise as the article's (`14.8 km`
                        # for 8 nautical miles written `15 km`), not a rounder one (`20
                        # inches` where the article writes 20.1).
                        figure, digit = written
                        precise = min(typed_digit * scale / 2, abs(expected) * _CONVERSION_SLACK)
                        value = (
                            expected
                            if _close(value, figure, tolerance)
                            or (typed_digit <= digit and _close(converted, expected, precise))
                            else math.nan
                        )
                    else:
                        # A conversion of the typed figure's own precision, beside the key's:
                        # `3 miles` for about 4.8 km, not `65 cm` for 25.2 inches.
                        rounding = (typed_digit * scale + key_digit) / 2
                        rounder = key_exact and _rounder(toks, m, value, key_toks, mention)
                        if rounder:
                            # `28 acres` for 11.5 hectares: the conversion rounded past the
                            # article's precision is another figure; `28.4 acres` is it.
                            rounding = key_digit / 2
                        value = converted
                        slack = max(slack, min(rounding, abs(expected) * _CONVERSION_SLACK))
                        if rounder and not APPROXIMATE.isdisjoint(
                            toks[max(0, m.start - 2) : m.start]
                        ):
                            # `about 30 miles` for a 48-kilometre crossing: a conversion
                            # rounded on purpose past the article's precision is not its
                            # figure (`about 1.24 miles` for 2 km keeps it)
                            value = math.nan
                if (
                    len(key_phrase) >= 2
                    and noun is not None
                    and same_word(noun, key_phrase[-1]) is not None
                    and all(w in ctx.words for w in key_phrase[:-1])
                ):
                    noun = key_noun  # `212 cases` where the question asks for severe ones
                other_kind = _another_kind(toks, m.end, key_phrase, ctx)
                if other_kind is not None:
                    return incorrect(f"the article does not say {other_kind}")
                if _head_dropped(toks, m.end, key_phrase):
                    return incorrect(f"that counts {noun}, not {' '.join(key_phrase)}")
                # `people` is a filler word elsewhere; after a figure it counts people.
                counted_as = noun or (
                    toks[m.end] if toks[m.end : m.end + 1] == ["people"] else None
                )
                if not counted_so and (
                    _another_group(counted_as, key_noun or counted_word, ctx.words)
                    or _another_kind_counted(counted_as, counted_phrase, ctx)
                    or (
                        (
                            _another_calling(counted_as, heads_count)
                            or _people_for_things(counted_as, counted_heads)
                        )
                        and not _named_in_question(counted_as, ctx.asked_tokens)
                    )
                ):
                    return incorrect(f"that counts {counted_as}, not what was asked")
                if (
                    _counts_another(
                        noun,
                        key_noun,
                        rivals,
                        ctx,
                        toks[m.end + 1 : m.end + 3],
                        key_phrase,
                        rival_forms,
                    )
                    and not counted_so
                ):
                    return incorrect(f"that counts {noun}, not {key_noun or 'what was asked'}")
                if (
                    counted_as is not None
                    and not counted_so
                    and _a_noun(counted_as)
                    and ctx.asked_count
                    # counted elsewhere, or named by the quote (`22 ambulances and a bus`) or
                    # the article (`86 teachers` for pupils, where it names teachers)
                    and (
                        counted_as in ctx.names.words
                        or any(
                            _one_noun(counted_as, w)
                            for w in (*_counted_in(ctx.names.sentences), *_nouns_in(ctx.cited))
                        )
                    )
                    and not any(
                        _one_noun(said, asked) or _counted_alike(said, asked)
                        for said in rewrite([counted_as])
                        for asked in rewrite(list(ctx.asked_count))
                    )  # `48 nations` for `How many countries…?`, `68 boats` for vessels
                    and (key_noun is None or not _one_noun(counted_as, key_noun))
                    and counted_as not in ctx.words  # its synonyms too: `nations`, `countries`
                    # `6 new platforms` for `How many platforms…?`: a word before the noun
                    and not _modifies(counted_as, toks[m.end + 1 : m.end + 2], ctx.asked_count, ctx)
                    and not _same_people(counted_as, ctx.asked_count, ctx)  # `41 workers`
                ):
                    # `14 pages` for `How many recommendations…?`, where the article counts
                    # pages too: another thing counted.
                    return incorrect(f"the question counts {counted}, not {counted_as}")
            if value is not None:
                values.add(value)
        if romans_in_play:
            values.update(float(v) for v in _romans(toks))  # `XVII` typed for 17
        if not values:
            return incorrect("no number")
        if len(values) > 1 or _hedges(toks, mentions, ctx.asked_tokens):
            return incorrect(_ONE_VALUE)
        value = values.pop()
        if _close(value, expected, slack):
            if period_left_off and time_rate_in(toks) is None and _PER.isdisjoint(toks):
                return partial(0.5, f"{RATE_LEFT_OFF} {period_left_off}")  # `190 km`
            return correct()
        return incorrect()

    return match


def _resolved_currency(currency: str | None, ctx: Context) -> str | None:
    """An accepted form's bare `kroner` is the currency the cited quote names (`Norwegian
    kroner`): `Danish kroner` is then another currency, not a closer reading."""
    if currency is None or currency_is_code(currency):
        return currency
    quoted = {m.currency for quote in ctx.quotes for m in scan(tokenize(quote)) if m.currency}
    named = {c for c in quoted if currency_is_code(c) and same_currency(c, currency)}
    return named.pop() if len(named) == 1 else narrowed(currency, quoted)


def _minor_unit_at(toks: list[str], at: int) -> tuple[Subunit, ...]:
    """The minor units named at `toks[at]`; in an amount of money `c` after the figure is
    cents too (`85c`), though elsewhere it is Celsius."""
    if at < len(toks) and toks[at] == "c":
        return subunit_at(["cents"], 0)
    return subunit_at(toks, at)


def _subunit_of(subunits: tuple[Subunit, ...], currency: str | None) -> Subunit | None:
    """The minor unit (`cents`, `pesewas`) of the key's currency, if the typed one is one."""
    for subunit in subunits:
        if currency is None or any(same_currency(code, currency) for code in subunit.codes):
            return subunit
    return None


def _named_minor(toks: list[str], m: Mention) -> float:
    """How many of the minor unit written after an amount's currency make one of it
    (`8 euro cents`: 100), else 1."""
    if m.currency is None:
        return 1.0
    minor = _subunit_of(_minor_unit_at(toks, m.end), m.currency)
    return 1.0 if minor is None else minor.per_unit


def _cents_after(previous: Mention, m: Mention, toks: list[str]) -> bool:
    """`three dollars eighty`, `$3 and 80 cents`: the second number is the first amount's
    hundredths, spoken after it."""
    if previous.kind != MONEY or previous.value is None or m.number is None:
        return False
    if not (previous.value.is_integer() and m.number.is_integer() and 0 < m.number < 100):
        return False
    joined = (
        m.start < previous.end
        or (m.start == previous.end + 1 and toks[previous.end] == "and")
        # `six pounds eighty`: straight after the currency's word
        or (m.start == previous.end and toks[previous.end - 1].isalpha())
    )
    # what follows is its subunit, a rate (`four dollars ten per pound`) or nothing
    return joined and (
        m.end == len(toks) or bool(subunit_at(toks, m.end)) or toks[m.end] in RATE_OPENERS
    )


_PER_ONE = frozenset({"per", "each", "every", "apiece"})


def _per_said(typed: tuple[str, ...], said_per: bool, rates: frozenset[str]) -> bool:
    """The key or its quotes count the figure per the typed thing (`420 rupees a kilogram`
    for `420 per kg`), or count something per one of something (`per`, `each`) where they
    give the figure no rate with `a`."""
    if not rates:
        return said_per
    return any(same_rate(typed[0], r) or same_rate(" ".join(typed), r) for r in rates)


def _as_per(toks: list[str]) -> bool:
    """`as per the report`: `per` that gives a source, not a rate."""
    return any(a == "as" and b == "per" for a, b in pairwise(toks))


# A rate said in one word after an amount (`$340 weekly`), as the noun it counts per.
_RATE_ADVERBS = {
    "hourly": "hour",
    "daily": "day",
    "nightly": "night",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annually": "year",
    "annual": "year",  # `What is its annual budget?`: `2.6 billion pesos a year`
    "quarterly": "quarter",
}
# Words between an amount and its rate that leave the rate the amount's: `€520 more a month`.
_BEFORE_RATE = frozenset({"more", "less", "extra", "additional"})
_EACH = frozenset({"each", "apiece"})
# Words after a share that leave it a share (`81 of them`, `81 overall`).
_NOT_COUNTED = frozenset({"overall", "altogether", "in", "total", "nationally", "more", "less"})


# The two sides of a vote, as the key, question and quote name them, and as a player types
# them (`no` only beside `votes`: `no, 1,442,310` is no side).
_FOR = frozenset(
    {"favour", "favor", "favoured", "favored", "yes", "ayes", "aye", "yea", "yeas", "supported"}
)
_AGAINST = frozenset({"against", "nays", "nay", "noes", "opposed", "oppose", "opposes", "opposing"})
_VOTES = frozenset({"vote", "votes", "voters", "ballots"})


def _signed(toks: list[str]) -> bool:
    """The words give the figure below zero (`negative ₹214 crore`, `-₹214 crore`, a
    deficit of it)."""
    return not _BELOW_ZERO.isdisjoint(toks)


_SIGNS = frozenset({"negative", "minus"})
_BELOW_ZERO = _SIGNS | {"deficit", "shortfall", "loss", "losses"}


def _in_a_name(toks: list[str], at: int, ctx: Context) -> bool:
    """The word is part of a name the article writes (`north` of Havelock North), not a
    direction."""
    names = ctx.names
    if toks[at] not in names.proper_words:
        return False
    before = toks[at - 1] if at else None
    after = toks[at + 1] if at + 1 < len(toks) else None
    return (before in names.proper_words and (before, toks[at]) in names.pairs) or (
        after in names.proper_words and (toks[at], after) in names.pairs
    )


def _vote_side(said: set[str]) -> str | None:
    """Which side of a vote the figure counts, where its words name one side only."""
    favour, against = not _FOR.isdisjoint(said), not _AGAINST.isdisjoint(said)
    return "for" if favour and not against else "against" if against and not favour else None


def _vote_side_typed(toks: list[str]) -> str | None:
    said = set(toks) | {"noes" for a, b in pairwise(toks) if a == "no" and b in _VOTES}
    return _vote_side(said)


_TOTAL = frozenset({"total", "altogether", "combined", "overall", "together"})
# `for both observers`, `between them`, `for the lot`: one amount for several.
_FOR_SEVERAL = frozenset(
    {
        ("for", "both"),
        ("for", "all"),
        ("between", "them"),
        ("among", "them"),
        ("the", "lot"),
        ("whole", "lot"),
    }
)


_NOT_A_TOTAL = "the article gives each one's, not a total"  # `KSh 500,000 in total`
_A_RATE = "the article gives a rate, not a total"  # `500,000 marks in total` for a year's


def _totalled(
    toks: list[str], key: str, ctx: Context, shared_out: bool, per_time: bool = False
) -> bool:
    """`500,000 shillings in total` where each player gets 500,000, or where the article
    gives 500,000 a year: a total is another fact than each one's share or a rate, which
    the key, quote or question gives (`each`, `apiece`, `a year`)."""
    if not (shared_out or per_time or "each" in ctx.words):
        return False
    return _totals(toks) and not _totals([*ctx.asked_tokens, *tokenize(key)])


def _totals(toks: list[str]) -> bool:
    """The words say a total: `in total`, `altogether`, `in all`, `for both`."""
    pairs = set(pairwise(toks))
    return (
        not _TOTAL.isdisjoint(toks) or ("in", "all") in pairs or not _FOR_SEVERAL.isdisjoint(pairs)
    )


def _spans_paid_over(toks: list[str]) -> list[float]:
    """The lengths of time an amount is paid over (`for three years`, `over five years`), not
    its rate (`a year`)."""
    return [
        m.value
        for m in scan(toks)
        if m.kind == DURATION and m.value and m.start and toks[m.start - 1] in ("for", "over")
    ]


_SHARED_BETWEEN = re.compile(r"\b(?:shared|split|divided)\s+(?:between|among)\b", re.IGNORECASE)


def _each_of(key: str, ctx: Context) -> frozenset[str]:
    """What the key, its quotes and the question give an amount to each of (`to each
    household`): a rate typed per something else (`per person`) is another fact."""
    # The words up to four after `each` (`each displaced household`): its adjectives too,
    # as no table tells them from its noun.
    found: set[str] = set()
    for toks in map(tokenize, (key, *ctx.quotes)):
        for at, word in enumerate(toks):
            if word in _EACH:
                found.update(t for t in toks[at + 1 : at + 5] if t.isalpha())
    found.update(following for word, following in ctx.asked_pairs if word in _EACH)
    return frozenset(w for w in found if w not in FILLERS and w not in TIME_UNITS)


# Words for one of a group of people that no table of jobs and roles holds (`each member`).
_ONE_OF_A_GROUP = HEADS | {"member", "family", "household", "resident", "participant",
                           "recipient", "applicant", "victim", "beneficiary"}  # fmt: skip


def _people_for_each_thing(rate: str | None, each_of: frozenset[str], ctx: Context) -> bool:
    """An amount typed per people (`per toddler`) where the key, its quotes and the question
    give it for each of some thing (`for each carton bought`) and never name those people."""
    return (
        rate is not None
        and rate in PEOPLE_NOUNS
        and PEOPLE_NOUNS.isdisjoint(each_of)
        and _ONE_OF_A_GROUP.isdisjoint(singular(w) for w in each_of)
        and rate not in ctx.words | ctx.cited
    )


def _shared_out(key: str, ctx: Context) -> bool:
    """The key or its quotes give each one's share (`each`, `apiece`, `per person`): else
    `$11 million each` for a total between them is another fact. A quote's `per person`
    may count another of its figures, so only the key's own is read."""
    key_toks = tokenize(key)
    return any(a in RATE_OPENERS and b in HEADS for a, b in pairwise(key_toks)) or any(
        not _EACH.isdisjoint(toks) or ("a", "single") in pairwise(toks)
        for toks in (key_toks, *map(tokenize, ctx.quotes))
    )  # `fitting out a single classroom costs about €4,500`: each classroom's


# Shares that are rates a year by nature: `2.1% a year` for an interest rate of 2.1%.
_YEARLY_BY_NATURE = frozenset(
    {"interest", "inflation", "rate", "rates", "growth", "yield", "annual", "annualised",
     "annualized", "apr"}
)  # fmt: skip


# Stretches of time that are no unit of measure but a figure may be counted per
# (`180,000 litres per season`, `18,000 cars each weekday`).
_PERIODS = {"weekday": "day", "weekdays": "day", "season": "season", "seasons": "season",
            "term": "term", "semester": "semester", "weekend": "weekend",
            "quarter": "quarter", "night": "night", "nights": "night"}  # fmt: skip


def _period(word: str) -> str | None:
    """The unit of time a rate's word counts per (`month`, `weekday` as a day)."""
    return word if word in TIME_UNITS else _PERIODS.get(word)


def _periods_shown(periods: Collection[str]) -> str:
    """`hour/year`: the periods a figure is given per, as a reason names them."""
    return "/".join(sorted({singular(p) for p in periods}))


def _same_period(a: str, b: str) -> bool:
    """One unit of time, however written: `yr` is a year, `hr` an hour."""
    if a in TIME_UNITS and b in TIME_UNITS and a not in LETTER_UNITS and b not in LETTER_UNITS:
        return TIME_UNITS[a] == TIME_UNITS[b]
    return same_word(a, b) is not None


def _below_zero_as_minus(toks: list[str]) -> list[str]:
    """`9.4 degrees below zero` as `minus 9.4 degrees`, `1.04 m below zero` as `minus 1.04
    m`; `above zero` says the figure is what it is."""
    for at in range(len(toks) - 1):
        if toks[at + 1] != "zero" or toks[at] not in ("below", "above"):
            continue
        start = next((m.start for m in scan(toks[:at]) if m.value is not None), None)
        if start is None:
            return toks
        rest = toks[start:at]
        sign = ["minus"] if toks[at] == "below" else []
        return [*toks[:start], *sign, *rest, *toks[at + 2 :]]
    return toks


def per_one(period: str) -> str:
    """`a day`, `an hour`: a period as a rate is said."""
    return f"an {period}" if period[:1] in "aeiou" or period == "hour" else f"a {period}"


def _rate_unsaid(toks: list[str], key_unit: Unit | None, ctx: Context) -> str | None:
    """Where the article counts nothing per unit of time: why a rate in time typed after
    the figure is another fact (`180,000 litres a season`; `6.5 percent a year` for 6.5
    percent over two years, unless the share is yearly by nature, as interest is)."""
    rate = time_rate_in(toks)
    if rate is None:
        return None
    if key_unit is None or key_unit.dimension != "ratio":
        return f"the article gives no figure {per_one(rate)}"
    if _YEARLY_BY_NATURE.isdisjoint(ctx.words | ctx.cited) or "since" in ctx.words:
        return f"the article gives no share {per_one(rate)}"  # `inflation since the last change`
    if not _same_period(rate, "year"):
        return f"the article gives no share {per_one(rate)}"  # interest of 2.75% is no `a month`
    return None


def _converted_rate(
    toks: list[str], typed: str, key: str, expected: float, currency: str | None
) -> bool:
    """One amount typed per another period than the key's, exactly the key's amount where
    the one period holds a whole number of the other (`£440 a month` for £5,280 a year,
    `€161,000 a week` for €23,000 a day), in the key's currency."""
    held = _PERIODS_HELD.get((singular(typed), singular(key)))
    mentions = scan(toks)
    amounts = [m for m in mentions if m.kind == MONEY and m.value is not None]
    if held is None or len(amounts) != 1 or amounts[0].value is None:
        return False
    if any(m.denied for m in mentions) or hedged(toks):
        return False  # `not £440 a month`, `£440 or £450 a month`
    typed_currency = amounts[0].currency
    if currency is not None and (
        typed_currency is None or not same_currency(typed_currency, currency)
    ):
        return False
    return math.isclose(amounts[0].value * held, expected, rel_tol=1e-6)


# How many of the first period one of the second holds, for periods that hold a whole
# number of each other (a year holds 52 weeks and a day: no exact conversion).
_PERIODS_HELD = {
    ("month", "year"): 12.0,
    ("year", "month"): 1 / 12,
    ("day", "week"): 7.0,
    ("week", "day"): 1 / 7,
    ("week", "fortnight"): 2.0,
    ("fortnight", "week"): 0.5,
}


def _in_the_keys_period(toks: list[str], key_period: str | None) -> list[str]:
    """A figure typed per another unit of time than the key's, one a whole number of the
    other (`3,480 litres per minute` for 58 litres per second, `600 a year` for 50 a
    month), as the figure per the key's: an exact conversion states the same fact. Not
    between units that hold no whole number of each other (weeks and months)."""
    typed_period = time_rate_in(toks)
    if (
        key_period is None
        or typed_period is None
        or key_period not in TIME_UNITS
        or typed_period not in TIME_UNITS
    ):
        return toks
    ratio = TIME_UNITS[key_period] / TIME_UNITS[typed_period]
    if ratio == 1 or not any(abs(r - round(r)) < 1e-9 for r in (ratio, 1 / ratio)):
        return toks
    figures = [m for m in scan(toks) if m.kind == NUMBER and m.value is not None]
    period_at = next(
        (
            at
            for at in range(1, len(toks))
            if toks[at] == typed_period and toks[at - 1] in RATE_OPENERS
        ),
        None,
    )
    if len(figures) != 1 or period_at is None or figures[0].end > period_at:
        return toks
    figure = figures[0]
    value = (figure.value or 0) * ratio
    written = f"{value:.6g}"
    if "e" in written:
        return toks
    return [
        *toks[: figure.start],
        written,
        *toks[figure.end : period_at],
        key_period,
        *toks[period_at + 1 :],
    ]


_CALENDAR_PERIODS = frozenset({"day", "week", "fortnight", "month", "quarter"})


def time_rate_in(toks: list[str]) -> str | None:
    """A rate in time the tokens state (`a year`, `per month`, `annually`), if any."""
    toks = _without_period_kinds(toks)
    for at, token in enumerate(toks):
        if token in _RATE_ADVERBS:
            return _RATE_ADVERBS[token]
        if (
            token in RATE_OPENERS
            and at + 1 < len(toks)
            and (period := _period(toks[at + 1]))
            and toks[at + 2 : at + 3] != ["of"]  # `a quarter of the votes` is a share
            and toks[at - 1 : at] != ["and"]  # `one and a quarter percent` is a figure
            # `about a quarter`, no figure before it: a share, not `per quarter`
            and (toks[at + 1] != "quarter" or any(m.value is not None for m in scan(toks[:at])))
            and not inside_a_unit(toks, at)  # `metres per second` is a speed
        ):
            unit = unit_at(toks, at + 1)
            if unit is None or unit[1] == at + 2:  # `per m²` is no `per minute`
                return period
    return None


# Words that say which of a period's kind is counted (`per extra hour`), not another period.
_PERIOD_KINDS = frozenset(
    {"extra", "additional", "further", "single", "working", "calendar", "school", "full"}
)


def _without_period_kinds(toks: list[str]) -> list[str]:
    """The tokens without a period's word of kind straight after a rate's word (`per extra
    hour`, `a working day` read as per hour, a day); the same list where there is none."""
    if _PERIOD_KINDS.isdisjoint(toks):
        return toks
    return [
        t
        for at, t in enumerate(toks)
        if not (
            t in _PERIOD_KINDS and at > 0 and toks[at - 1] in RATE_OPENERS and at + 1 < len(toks)
        )
    ]


def time_rates(key: str, ctx: Context) -> frozenset[str]:
    """The units of time the key, its question and quotes count anything per (`a day`,
    `daily`, `for each extra hour`): a rate typed in another is not the article's."""
    found = {_RATE_ADVERBS[w] for w in ctx.words if w in _RATE_ADVERBS}
    for text in (key, *ctx.quotes):
        toks = tokenize(text)
        found.update(_RATE_ADVERBS[w] for w in toks if w in _RATE_ADVERBS)
        # `a day`, `for each extra hour`, `in any single month`, `each weekday`; not `a
        # two-year campaign`, which lasts two years
        found.update(
            period
            for at in range(len(toks) - 1)
            if toks[at] in RATE_OPENERS or toks[at] == "any"
            for offset, word in enumerate(toks[at + 1 : at + 3])
            if (period := _period(word)) is not None
            and not (offset and (toks[at + 1][:1].isdigit() or toks[at + 1] in NUMBER_WORDS))
        )
    # `in any single month`, `each weekday` in the question (its words, in no order).
    return frozenset(found | _periods_asked(ctx, {"any", "each", "every", "per"}))


def _periods_asked(ctx: Context, rate_words: Collection[str]) -> set[str]:
    """The periods the question counts per, where it has one of `rate_words` (its words are
    read in no order): `How long each day…?` asks of a day."""
    if ctx.words.isdisjoint(rate_words):
        return set()
    return {period for w in ctx.words if (period := _period(w)) is not None}


@last_by_identity
def _units_priced_per(names: ArticleNames) -> frozenset[Unit]:
    """The units of measure the article gives an amount of money per (`$8,200 a tonne`)."""
    found: set[Unit] = set()
    for sentence in names.sentences:
        toks = list(sentence)
        for m in scan(toks):
            rate = rate_after(toks, m.end) if m.kind == MONEY else None
            measure = unit_at(rate.split(), 0) if rate is not None else None
            if measure is not None:
                found.add(measure[0])
    return frozenset(found)


def rate_after(toks: list[str], end: int) -> str | None:
    """What an amount is counted per (`€4 a night`, `$3.80 per dose`, `€520 more a month`,
    `$340 weekly`): the word after it, past a conversion in brackets (`1,800 CFA francs
    (about $3.20) per kilogram`, whose brackets read as commas)."""
    end = _past_brackets(toks, end)
    if spoken_currency_at(toks, end) is not None:
        end += 1  # `9,200 dong a kilogram`: a currency read as money only where it is asked
    elif end < len(toks) and len(toks[end]) > 1 and currency_abbreviated(toks[end]) is not None:
        end += 1  # `9,800 francs CFA per tonne`, `9,800 XOF a tonne`
    if _minor_unit_at(toks[end : end + 1], 0):
        end += 1  # `14 cents per kilowatt-hour`
    elif _minor_unit_at(toks, end):
        end += 2  # `14 euro cents per kilowatt-hour`
    if end < len(toks) and toks[end] in _BEFORE_RATE:
        end += 1
    if _for_each_at(toks, end):
        end += 1  # `38 lari for each tonne`; not `for a year`, a length of time
    if end < len(toks) and toks[end] in _RATE_ADVERBS:
        return _RATE_ADVERBS[toks[end]]
    if end + 1 < len(toks) and toks[end] == "per" and toks[end + 1] == "annum":
        return "year"
    toks = [*toks[:end], *_without_period_kinds(toks[end:])]  # `₱98 per extra hour`
    if end + 1 < len(toks) and toks[end] in RATE_OPENERS:
        word = toks[end + 1]
        if word in ("square", "cubic") and end + 2 < len(toks):
            return f"{word} {toks[end + 2]}"  # `€16.40 per square foot`, not per square metre
        if word in _UNIT_KINDS and unit_at(toks, end + 2) is not None:
            return toks[end + 2]  # `€0.42 per gross tonne`: per tonne, of a kind
        unit = unit_at(toks, end + 1)
        if unit is not None and unit[1] - end > 2:
            return " ".join(toks[end + 1 : unit[1]])  # `per kilowatt hour`, not per kilowatt
        if (
            word[0].isalpha()
            and (word not in FILLERS or word in TIME_UNITS or word in HEADS)
            and word != "cent"
        ):
            return word  # `per person` too, though `person` wraps many an answer
    return None


# Words that say which of a unit's kinds a rate is per (`per gross tonne`, `a metric ton`).
_UNIT_KINDS = frozenset({"gross", "net", "metric", "dry", "deadweight", "imperial"})


def _for_each_at(toks: list[str], at: int) -> bool:
    """`for each tonne` (`of rock`) at `at`: a rate written with `for`; not `for each
    destroyed colony`, where the word after `each` need not be what the amount is per."""
    after = at + 3
    return (
        after <= len(toks)
        and toks[at] == "for"
        and toks[at + 1] in RATE_WORDS
        and (after == len(toks) or not toks[after][0].isalpha() or toks[after] in PREPOSITIONS)
    )


def same_rate(a: str, b: str) -> bool:
    """`a kilo` and `per kilogram`: one rate, by the unit it names, else by the word
    (`MWh` is one letter from `kWh`, and another unit). A thing paid per pound is weighed
    in it: `per lb` is per pound."""
    if a in TIME_UNITS and b in TIME_UNITS:
        return _same_period(a, b)  # `/yr` is `a year`
    first, second = _rate_unit(a), _rate_unit(b)
    if first is not None and second is not None:
        # `a ton` for a tonne is said loosely; a megawatt-hour is a thousand kilowatt-hours.
        return first.dimension == second.dimension and (
            max(first.size, second.size) <= 1.25 * min(first.size, second.size)
        )
    if a in HEADS and b in HEADS:
        return True  # `a head` and `per person`
    return same_word(a, b) is not None


def _rate_factor(typed: str, key: str) -> float | None:
    """What an amount per one unit is multiplied by to be the amount per another of the
    same dimension (`per kilogram` to `a tonne`: 1,000), or None where they measure apart."""
    unit_typed, unit_key = _rate_unit(typed), _rate_unit(key)
    if unit_typed is None or unit_key is None or unit_typed.dimension != unit_key.dimension:
        return None
    if unit_typed.offset or unit_key.offset:
        return None  # a price per degree is no price
    return unit_key.size / unit_typed.size


def _rate_unit(rate: str) -> Unit | None:
    """The unit of measure a rate is per (`a kilo`, `per lb`), if it names one."""
    hit = unit_at(_weighed(rate).split(), 0)
    return None if hit is None else hit[0]


def _weighed(rate: str) -> str:
    return "lb" if rate in ("pound", "pounds") else rate


def _past_brackets(toks: list[str], end: int) -> int:
    if end >= len(toks) or toks[end] != ",":
        return end
    if end + 1 < len(toks) and toks[end + 1] in RATE_OPENERS:
        return end + 1  # the bracket closing after the converted amount
    close = next((i for i in range(end + 1, min(end + 7, len(toks))) if toks[i] == ","), None)
    if close is not None and any(t[0].isdigit() for t in toks[end + 1 : close]):
        return close + 1
    return end


def _rates(key: str, expected: float, quotes: tuple[str, ...]) -> frozenset[str]:
    """What the key counts its amount per (`a night`): its own rate if it writes one, else
    the rate its quotes give that amount (`$10.40 a bushel (about $382 a tonne)`: $382 is
    per tonne, not per bushel), else any rate the quotes give."""
    every: set[str] = set()
    anyhow: set[str] = set()  # every rate the key and quotes give, whatever its amount
    for text in (key, *quotes):
        toks = tokenize(text)
        found = {
            (r, m.value is not None and _close(m.value, expected))
            for m in scan(toks)
            if (r := rate_after(toks, m.end)) is not None
        }
        own = {r for r, same in found if same}
        if own and text is key:
            return frozenset(own)
        if found and text is key:  # `$110 to $140 per kilogram`: the range's rate is each end's
            return frozenset(r for r, _ in found)
        every.update(own)
        # `about $400 per person` of another amount says nothing of the key's
        anyhow.update(r for r, _ in found if r not in HEADS)
    return frozenset(every or anyhow)


# The reason of a half verdict for an amount typed without its rate: a rejected entry
# that qualifies the amount otherwise (`£94,000 in total`) does not make it wrong.
RATE_LEFT_OFF = "half: the article gives the amount per"


def _rate_left_off(toks: list[str], m: Mention) -> bool:
    """The typed amount says nothing of what it is per: no rate after it (`a day`, `/kg`,
    `for each game`), none anywhere."""
    return (
        rate_after(toks, m.end) is None
        and time_rate_in(toks) is None
        and _PER.isdisjoint(toks[m.end :])
    )


_PER = RATE_OPENERS | {"/"}  # `/kg` too


def _period_left_off(toks: list[str], m: Mention) -> bool:
    """The typed amount gives what it is per (`€0.42 per gross tonne`) but not the period of
    a rate of two parts (`per gross tonne a day`); the thing left off, the amount typed per
    the period alone (`€0.42 a day`), is another fact, which the rate's own rule finds."""
    return time_rate_in(toks[m.end :]) is None and _per_a_thing(toks, m.end)


def _per_a_thing(toks: list[str], end: int) -> bool:
    """The words after an amount give it per a thing, not a period (`per gross tonne`)."""
    return any(
        rate not in TIME_UNITS
        for at in range(end, len(toks))
        if (rate := rate_after(toks, at)) is not None
    )


def _plain_dollar(toks: list[str], m: Mention) -> bool:
    """A dollar the amount does not say is the US one (`$61,000`, `61,000 dollars`)."""
    return m.currency == "USD" and US_DOLLAR.isdisjoint(toks[m.start : m.end])


def _local_dollar(
    key_toks: list[str], mention: Mention, ctx: Context, currency: str | None
) -> str | None:
    """The key's own dollar (`C$`) an accepted form's plain `$61,000` stands for: then
    `US$61,000` is another currency, while a plain `$61,000` typed is still that dollar.
    A key written in another dollar (`B$1.86 million`, resolved as `currency`) is its own."""
    own = ctx.key_currency
    if (
        own is not None
        and own != "USD"
        and _plain_dollar(key_toks, mention)
        and (same_currency(own, "dollars") or same_currency(own, "dollar"))
    ):
        return own
    if currency and currency != "USD" and same_currency(currency, "dollars"):
        return currency
    return None


_PART_OF_WHOLE = re.compile(
    r"^(?P<part>.*?\b\d[\d,.]*)\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her|a)\s+)?"
    r"(?:[A-Za-z]+'s\s+)?(?P<whole>\d[\d,.]*)(?P<rest>\s.*)?$",
    re.IGNORECASE,
)


def _part_of_whole(text: str) -> str:
    """`47 of the game's 50 minutes` as `47 minutes`: the first figure is the fact, the
    second the whole it is part of."""
    found = _PART_OF_WHOLE.match(text.strip())
    if found is None:
        return text
    part, whole = (float(x.replace(",", "")) for x in (found["part"].split()[-1], found["whole"]))
    return f"{found['part']}{found['rest'] or ''}" if part < whole else text


def compile_money(key: str, ctx: Context) -> Matcher | None:
    key_toks = tokenize(key)
    mention = _key_mention(key, (MONEY, NUMBER))
    if mention is None or mention.value is None:
        return None
    expected = mention.value
    # `€4 a week` where the article charges €4 a night: the rate is part of the fact; where
    # neither key nor quotes give one, the question's (`How much … per kilo of olives?`).
    rates = (
        _rates(key, expected, ctx.quotes)
        or (
            frozenset(ctx.asked_per[:1])
            if ctx.asked_per and _period(ctx.asked_per[0]) is None
            else frozenset()
        )
        # `US$335` accepted as `US$335 a tonne`: the author says what it is per.
        or frozenset(r for text in ctx.key_texts for r in _rates(text, expected, ()))
    )
    # `€4.1 billion a year` where the article gives €4.1 billion over four years: the units
    # of time the key, question and quotes count anything per (`a day`, `daily`).
    per_times = time_rates(key, ctx)
    shared_out = _shared_out(key, ctx)
    each_of = _each_of(key, ctx) if not rates else frozenset()
    # `€12 each` of €12 a vial: where the key is per a thing, `each` is per that thing.
    each_a_thing = any(_period(rate) is None for rate in rates)
    # `to be shared between its paddlers`: no one's share is the whole amount.
    shared_between = any(_SHARED_BETWEEN.search(quote) for quote in ctx.quotes)
    # `1.5 million won`: a currency's name that is also a word is money in a money key.
    spoken = spoken_currency_at(key_toks, mention.end) if mention.currency is None else None
    # `10,000 annual tax units`: an amount the key counts in a unit of its own, no currency.
    counted_in = (
        " ".join(takewhile(lambda t: t.isalpha() and t not in FILLERS, key_toks[mention.end :]))
        if mention.currency is None
        and spoken is None
        and mention.number is not None
        and not _minor_unit_at(key_toks, mention.end)  # `14 cents`: money all the same
        and not _minor_unit_at(key_toks[mention.end + 1 :], 0)  # `14 euro cents`
        else ""
    )
    # `K10` read as no money (`K2` may be a mountain): in a money key, ten kwacha.
    sign = key_toks[mention.start - 1] if mention.currency is None and mention.start else ""
    signed = currency_abbreviated(sign) if len(sign) == 1 else None
    cited = _cited_values(ctx)
    # An accepted form that names no currency (`N2.5 million`, `25,000`) is in the key's.
    currency = _resolved_currency(mention.currency or spoken or signed, ctx) or ctx.key_currency
    if (
        currency is not None
        and ctx.key_currency is not None
        and currency_is_code(ctx.key_currency)
        and not currency_is_code(currency)
        and same_currency(currency, ctx.key_currency)
    ):
        currency = ctx.key_currency  # `kroner` that the accepted forms call Danish kroner
    # `40 centavos`, `865p`: a key in a minor unit is that fraction of its currency (₱0.40),
    # in the currency the quotes name among those divided into it.
    key_subunits = _minor_unit_at(key_toks, mention.end) if mention.currency is None else ()
    expected /= _named_minor(key_toks, mention)
    if key_subunits:
        subunit = key_subunits[0]
        expected /= subunit.per_unit
        named = {
            m.currency
            for quote in ctx.quotes
            for m in scan(tokenize(quote))
            if m.currency in subunit.codes
        }
        only = named or (set(subunit.codes) if len(subunit.codes) == 1 else set())
        currency = currency or (only.pop() if len(only) == 1 else None)
    # Where no one currency is known, any divided into the key's minor unit (pence: GBP, …).
    key_codes = frozenset(key_subunits[0].codes) if key_subunits and currency is None else None
    local_dollar = _local_dollar(key_toks, mention, ctx, currency)
    if local_dollar is not None:
        currency = local_dollar
    bound = mention.bound
    bounds_quoted = _bounds_quoted(ctx, mention.value)
    # `86.4 billion won ($62.6 million)`: the amount as the article itself converts it.
    conversions = _conversions_beside(ctx.cited_paragraphs, expected, currency)
    said = _said(key_toks, ctx)
    bases = once(lambda: _bases(key, ctx))  # `by weight`: another basis is another figure
    other_side = _other_side(set(said))
    year_sides = _years_sided(key_toks, ctx)
    opposites = _content_words_of(_opposites(key, ctx))
    places_here = _places_here(ctx)
    others_placed = once(lambda: _places_of_other_figures(ctx, expected, MONEY) - set(key_toks))

    # The words the key, its quotes and the question may count an amount by.
    per_words = frozenset(said) | ctx.words | ctx.cited
    # The units of measure the key and the question name, and those the article prices
    # anything per (`1,500 CFA francs per kilogram`); not those it only weighs or measures
    # by (`a sack, about 30 kilograms, sold for …`).
    # Read when an answer first types an amount per a unit of measure: most never do, and
    # the article's prices are read from every sentence of it (a long pack's first money
    # key paid for scanning the whole article).
    units_cited = once(
        lambda: (
            frozenset(
                unit for toks in (key_toks, list(ctx.asked_tokens)) for unit in units_named(toks)
            )
            | _units_priced_per(ctx.names)
        )
    )
    # `R6 million a year for three years`: how long the key pays it is part of the fact.
    key_spans = [
        span for text in (key, *ctx.key_texts) for span in _spans_paid_over(tokenize(text))
    ]

    # The lengths of time the quotes' paragraphs give: a span typed beside a rate may be one.
    spans_around = [
        m.value
        for paragraph in ctx.cited_paragraphs
        for m in scan(tokenize(paragraph))
        if m.kind == DURATION and m.value
    ]
    below_zero = not _SIGNS.isdisjoint(key_toks)  # `negative ₹214 crore`
    # The question's words and the quotes', read once: a rate typed per one of several
    # they count (`€260,000 per warden`) is weighed against them.
    asked_and_quoted = [list(ctx.asked_tokens), *map(tokenize, ctx.quotes)]

    change_asked = change_asked_of(ctx, expected)
    # What the key itself counts its amount per (`₱270,000 a day`), unless the question
    # says it (`How much does it pay each year?`): typed without it, the amount is half.
    key_time_rate = time_rate_in(key_toks)
    own_rates = _rates(key, expected, ()) or frozenset(
        rate for rate in [key_time_rate] if rate is not None
    )
    asked = list(ctx.asked_tokens)
    rate_asked = (
        bool(ctx.asked_per)
        or time_rate_in(asked) is not None
        # `How much is it fined for each cubic metre of rock removed?`: the key's own rate
        # named by the question, which the answer need not repeat
        or any(rate_after(asked, at) in own_rates for at, w in enumerate(asked) if w in RATE_WORDS)
    )
    # The key's unit of time, where it gives its amount per a thing as well (`€0.42 per
    # gross tonne a day`): a rate of two parts, whose period left off is half the fact.
    key_period = key_time_rate if any(rate not in TIME_UNITS for rate in own_rates) else None
    # The unit of time the key or its quote gives the amount per (`€6.8 million a year`).
    key_rate = next(
        (
            rate
            for toks in (key_toks, *asked_and_quoted[1:])  # the key, then its quotes
            for m in scan(toks)
            if m.value is not None
            and _close(m.value, expected)
            and (rate := time_rate_in(toks[m.end : m.end + 3])) is not None
        ),
        None,
    )

    # `about $294,000` for ₦450 million, where the article writes `₦450 million (about
    # $294,000)` and the question asks in no currency: the article's own conversion names
    # the same amount, and is read as the key's.
    in_the_key = key_toks[mention.start : _past_currency(key_toks, mention)]
    converts = (
        _conversions_beside(ctx.cited_paragraphs, expected, currency, after=True)
        if not ctx.asks_in_a_currency and mention.currency
        else ()
    )

    def match(toks: list[str]) -> Verdict:
        toks = slash_as_per(toks)  # `$2.36/lb` is counted per pound
        if converts:
            toks = _conversion_as_the_key(toks, converts, in_the_key, ctx.answer_currency)
        if change_asked is not None and other_side_of_change(toks, change_asked[0]):
            return incorrect(change_asked[1])  # `to $30` for a rise by $5
        if below_zero and not _signed(toks):
            return incorrect("the article gives a figure below zero")  # `₹214 crore`
        if key_spans and any(
            not any(_close(span, k) for k in key_spans) for span in _spans_paid_over(toks)
        ):
            return incorrect("the article gives another length of time")  # `for five years`
        if (
            not key_spans
            and per_times
            and any(
                not any(_close(span, d) for d in spans_around) for span in _spans_paid_over(toks)
            )
        ):
            # `NZ$48,000 over two years` where the article gives NZ$48,000 a year (not
            # `£1 a year for 25 years` where the quote's paragraph gives the 25-year lease)
            return incorrect(f"the article gives it a {_periods_shown(per_times)}")
        if key_rate is not None and _spans_paid_over(toks) and time_rate_in(toks) is None:
            # `€6.8 million over five years` where it is €6.8 million a year for five years:
            # the amount typed as the total over the span
            return incorrect(f"the article gives it a {key_rate}")
        if not opposites.isdisjoint(toks):
            return incorrect("the article says the opposite")  # `Rs 14,500 return` for one way
        if ctx.asked_per_figure not in (None, 1.0) and _per_no_figure(toks):
            # `Rs 5,000 per gallon` where the question prices 1,000 gallons
            return incorrect(f"per {ctx.asked_per_figure:,g}, not per one")
        if (side := _other_side_of_year(toks, year_sides)) is not None:
            return incorrect(f"the article does not say {side}")  # `$40 after 2008`
        if other_side and _compared_other_way(toks, other_side):
            return incorrect("the article says the opposite")  # `54 cents higher` for below
        turned = _turned_qualifier(toks, said, ctx.names.sentences)
        if turned is not None:
            return incorrect(f"the article does not say {turned}")  # `including VAT`
        if (basis := _another_basis(toks, bases, ctx.words)) is not None:
            return incorrect(f"the article says by {basis}")  # `€3.1 million by volume`
        if (elsewhere := _place_unsaid(toks, places_here)) is not None:
            return incorrect(f"the article does not say in {elsewhere}")  # `in Edinburgh`
        if placed := _placed_after(toks, expected, others_placed):
            return incorrect(f"the article gives `{placed}` to another figure")
        if (turned := _other_side_said(toks, said)) is not None:
            return incorrect(f"the question is not of {turned}")  # `after tax` for before
        if (opposite := opposite_of_asked(toks, ctx)) is not None:
            return incorrect(f"the question does not ask of {opposite}")
        if (period := another_period_of_asked(toks, ctx)) is not None:
            return incorrect(f"the question does not ask of {period}")
        if _totalled(toks, key, ctx, shared_out, bool(per_times or rates)):
            return incorrect(_NOT_A_TOTAL if shared_out or not (per_times or rates) else _A_RATE)
        typed_time = time_rate_in(toks)
        if typed_time is not None and not any(_same_period(typed_time, r) for r in per_times):
            if key_rate is not None and _converted_rate(
                toks, typed_time, key_rate, expected, ctx.key_currency
            ):
                return correct()  # `£440 a month` for £5,280 a year
            # `$175 per TEU per day`: a rate in time the article gives no amount of this key.
            return incorrect(f"the article gives no amount {per_one(typed_time)}")
        mentions = _echoes_dropped(asserted(scan(toks)), ctx, expected)
        hedged_toks = toks
        if conversions and (kept := _conversion_kept(mentions, conversions)):
            mentions = kept  # `86.4 billion won ($62.6 million)`: the article's own aside
            # `NZ$150,000, or about US$90,000`: the aside's `or` offers no second amount
            hedged_toks = [t for t in toks if t != "or"]
        if _from_the_wrong_side(toks, mentions, expected):
            return incorrect("the article says the opposite")  # `60,000 won, down from 50,000`
        if counted_in and any(m.currency is not None for m in mentions):
            return incorrect(f"the article counts it in {counted_in}")  # `10,000 pesos`
        mentions = [m for m in mentions if not _a_unit_power(toks, m)]  # `€16.40/m²`
        mentions = _companions(toks, mentions, expected, None, ctx, cited)  # `from €2 to €4`
        amounts: dict[float, Mention] = {}
        previous: Mention | None = None
        for m in mentions:
            if m.kind == VAGUE:
                return incorrect(_ONE_VALUE)
            if m.kind in (MONEY, NUMBER) and _bound_differs(m, bound, ctx, bounds_quoted):
                return incorrect(_NO_BOUND)
            if m.kind == DURATION and m.end - m.start == 2 and toks[m.end - 1] == "m":
                m = replace(m, kind=NUMBER, value=(m.number or 0) * 1e6)  # `15m`: millions
            if m.kind in (MONEY, NUMBER) and not m.ordinal and m.value is not None:
                rate = rate_after(toks, m.end)
                if (
                    rate is not None
                    and not rates
                    and rate in TIME_UNITS
                    and not any(_same_period(rate, r) for r in per_times)
                ):
                    return incorrect(
                        f"the article gives no amount {per_one(rate)}"
                    )  # `€4bn a year`
                per_rate = 1.0
                if (
                    rate is not None
                    and rates
                    and not any(same_rate(rate, r) for r in rates)
                    # `$1.15 a week per gross tonne`: the two parts of the key's rate
                    and not (
                        key_period is not None
                        and _same_period(rate, key_period)
                        and _per_a_thing(toks, m.end)
                    )
                ):
                    factor = next((f for r in rates if (f := _rate_factor(rate, r))), None)
                    if factor is None:
                        return incorrect(f"the article gives it a {'/'.join(sorted(rates))}")
                    per_rate = factor  # `95 kwacha per kilogram` for 95,000 kwacha a tonne
                if (
                    rate is not None
                    and (rate in HEADS or _people_for_each_thing(rate, each_of, ctx))
                    and each_of
                    and not any(same_rate(rate, r) for r in each_of)
                ):
                    # `A$1,500 per person` where each household is paid A$1,500; `K60 per
                    # toddler` where the scheme refunds K60 for each carton
                    return incorrect(f"the article gives it each {'/'.join(sorted(each_of))}")
                if (
                    rate is not None
                    and not rates
                    and not each_of
                    and not shared_between
                    and rate not in TIME_UNITS
                    and unit_at([rate], 0) is None
                    and _counted_many(rate, asked_and_quoted)
                ):
                    # `A$410,000 per officer` where three officers cost A$410,000 in all
                    return incorrect(f"the article gives it for them all, not per {rate}")
                if (
                    rate is not None
                    and rate not in TIME_UNITS
                    and shared_between
                    and not any(same_rate(rate, r) for r in each_of)
                ):
                    # `€6,000 per paddler` where each crew's €6,000 is shared between them
                    return incorrect("the article says it is shared")
                if (
                    rate is not None
                    and not rates
                    and unit_at([rate], 0) is not None
                    and not _TOTALS.isdisjoint(ctx.words | ctx.cited)
                    and not any(same_word(rate, w) is not None for w in per_words)
                ):
                    # `NZ$39,552 a kilogram` where the bale fetched NZ$39,552 in total
                    return incorrect(f"the article gives a total, not an amount per {rate}")
                if (
                    rate is not None
                    and not rates
                    and not shared_out
                    and "each" not in ctx.words  # `How much will each member receive?`
                    and rate not in TIME_UNITS
                    and unit_at([rate], 0) is None  # a price per kilo may be the article's
                    and not any(same_word(rate, w) is not None for w in per_words)
                ):
                    # `$750 per person` where the article gives the total: an amount per
                    # something the key, its quotes and the question never count it by.
                    return incorrect(f"the article gives no amount per {rate}")
                if (
                    rate is not None
                    and not rates
                    and (measure := unit_at(rate.split(), 0)) is not None
                    and measure[0] not in units_cited()
                ):
                    # `K300 a kilogram` where a bag of 50 kilograms sells for K300: a price per
                    # a unit of measure the key and the question never name, nor the article
                    # price anything per
                    return incorrect(f"the article gives no amount per {rate}")
                after = m.end + (spoken_currency_at(toks, m.end) is not None)  # `180 billion kip`
                if (
                    not shared_out
                    and not each_a_thing
                    and "each" not in ctx.words  # `What will it pay each player…?`
                    and not _EACH.isdisjoint(toks[after : after + 2])
                    and rate is None  # `3 euros each hour` is a rate
                    # `GH¢9 for each delivery` where the key gives GH¢9 per delivery
                    and not any(same_rate(w, r) for w in toks[after : after + 4] for r in rates)
                ):
                    return incorrect("the article gives a total, not each one's share")
                value = m.value
                typed_currency = m.currency
                if value is not None:
                    value = value / _named_minor(toks, m) * per_rate
                if typed_currency is None and m.kind == NUMBER and unit_at(toks, m.end):
                    return incorrect("a measure, not money")  # `4 million tonnes`
                if typed_currency is None:
                    typed_currency = spoken_currency_at(toks, m.end)
                    subunits = _minor_unit_at(toks, m.end)
                    if subunits:
                        subunit = _subunit_of(subunits, currency)
                        if subunit is None or (
                            key_codes is not None and key_codes.isdisjoint(subunit.codes)
                        ):
                            return incorrect("wrong currency")  # `85 pence` for 85 cent
                        value /= subunit.per_unit  # `380 cents` for $3.80
                if local_dollar is not None and _plain_dollar(toks, m):
                    typed_currency = local_dollar
                if typed_currency is None and m.start > 0:
                    # `K40` for US$40: a one-letter sign the article names no currency of is
                    # still a currency's, and here not the key's
                    typed_currency = (
                        currency_abbreviated(toks[m.start - 1])
                        if len(toks[m.start - 1]) == 1
                        else None
                    )
                if currency and typed_currency and not same_currency(typed_currency, currency):
                    return incorrect("wrong currency")
                if (
                    key_codes
                    and typed_currency
                    and not any(same_currency(typed_currency, code) for code in key_codes)
                ):
                    return incorrect("wrong currency")
                following = toks[m.end] if m.kind == NUMBER and m.end < len(toks) else ""
                if following in SCALE_ABBREVIATIONS:
                    value *= SCALE_ABBREVIATIONS[following]  # `15m` in a money answer
                if previous is not None and _cents_after(previous, m, toks):
                    # `fifteen dollars twenty`: one amount, in units and hundredths
                    amounts.pop(previous.value or 0.0, None)
                    value = (previous.value or 0.0) + (m.number or 0.0) / 100
                    m = replace(m, kind=NUMBER)
                amounts[value] = m
                previous = m
        if not amounts:
            return incorrect("no amount")
        if len(amounts) > 1 or _hedges(hedged_toks, mentions):
            return incorrect(_ONE_VALUE)
        amount = next(iter(amounts))
        if _close(amount, expected):
            if own_rates and not rate_asked and _rate_left_off(toks, amounts[amount]):
                # `₱270,000` for ₱270,000 a day: the amount, without what it is per
                return partial(0.5, f"{RATE_LEFT_OFF} {min(own_rates)}")
            if (
                key_period is not None
                and not rate_asked
                and _period_left_off(toks, amounts[amount])
            ):
                # `€0.42 per gross tonne` for €0.42 per gross tonne a day
                return partial(0.5, f"{RATE_LEFT_OFF} {key_period}")
            return correct()
        ratio = amount / expected if expected else 0.0
        for power in (1e3, 1e6, 1e9, 1e-3, 1e-6, 1e-9):
            if _close(ratio, power):
                return incorrect("wrong scale")
        return incorrect()

    return match


_TIMES = {"once": 1.0, "twice": 2.0, "thrice": 3.0}


def _as_intervals(toks: list[str], mentions: list[Mention]) -> list[Mention]:
    """`twice a year` as the six months between two times, `three times a week` as a
    third of a week: a frequency is the interval it keeps."""
    out: list[Mention] = []
    for m in mentions:
        if m.kind != DURATION or m.value is None or m.start == 0:
            out.append(m)
            continue
        before = toks[m.start - 1]
        times = _TIMES.get(before)
        first = m.start - 1
        if times is None and before == "times" and out and out[-1].end == m.start - 1:
            times, first = out[-1].value, out[-1].start
        if not times or toks[m.start] not in ("a", "an", "per", "every"):
            out.append(m)
            continue
        if out and out[-1].start == first:
            out.pop()  # `three` of `three times a week`, `twice`
        out.append(replace(m, start=first, value=m.value / times, number=None))
    return out


_BEFORE_A_PERIOD = frozenset({"the", "next", "first", "last", "past", "coming", "following"})


def _over(toks: list[str], m: Mention) -> bool:
    """The length of time is spent `over` (`over 12 days`, `over the next three years`)."""
    at = m.start - 1
    while at >= 0 and (toks[at] in _BEFORE_A_PERIOD or toks[at] in APPROXIMATE):
        at -= 1
    return at >= 0 and toks[at] == "over"


@last_by_identity
def _answer_unit(ctx: Context) -> float | None:
    """The unit of time, in seconds, of the one length of time the question's answer
    writes (`about an hour`: 3,600), if it writes one. Read once per question, as every
    accepted form asks it."""
    if not ctx.key_texts:
        return None
    toks = tokenize(ctx.key_texts[0])
    found = [(m.value, m.number) for m in asserted(scan(toks)) if m.kind == DURATION and m.value]
    if len(found) != 1:
        return None
    value, number = found[0]
    return value / number if value and number else None


def _days_of_kind(words: Iterable[str]) -> frozenset[str]:
    return frozenset(kind for w in words if (kind := day_kind(w)) is not None)


def compile_duration(key: str, ctx: Context) -> Matcher | None:
    key = _part_of_whole(key)
    # `3-5 weeks`: a range written as one token reads as its two ends, as a typed one does.
    key_toks = day_compounds_apart(spans_apart(tokenize(key)))
    durations = [m for m in _as_intervals(key_toks, asserted(scan(key_toks))) if m.kind == DURATION]
    mention = durations[0] if len(durations) == 1 else None
    if mention is None or mention.value is None:
        return None
    expected = mention.value
    # `six minutes, from 2:47 to 2:53 a.m.`: the times of day the cited paragraphs give.
    clock_times = _clock_times(ctx.cited_paragraphs)
    bound = mention.bound
    bounds_quoted = _bounds_quoted(ctx, expected)
    # `viewed the stones over 12 days`: where the quote spends the key's time `over` it, a
    # typed `over 12 days` is the article's word for the period, not a lower bound.
    spread_over = bound is None and any(
        m.kind == DURATION and m.value is not None and _close(m.value, expected) and _over(q, m)
        for q in map(tokenize, ctx.quotes)
        for m in scan(q)
    )
    # `How many days…?` answered `84`: a bare number counts in the unit the question names,
    # else in the answer's own (`19` for 19 years; not an accepted form's: `60` is no answer
    # for about an hour, accepted as `60 minutes`).
    unit_in_question = _unit_in_question(ctx)
    key_unit = expected / mention.number if mention.number else None
    # A span typed by its dates is the key's length to within half the key's unit (seven
    # months from July 1 to January 31), to the day where the key counts days.
    span_slack = (key_unit or ONE_DAY) / 2
    if key_unit is not None and _answer_unit(ctx) not in (None, key_unit):
        key_unit = None
    opposites = _opposites(key, ctx)
    said = _said(key_toks, ctx)
    units_said = _units_said(said)
    others_placed = once(lambda: _places_of_other_figures(ctx, expected, DURATION) - set(key_toks))
    # `four to six weeks`: the range's first end is part of the fact.
    key_start = _range_start(key_toks, scan(key_toks), mention)
    # `ten working days`: the kind of day the key counts, and those the question and quotes
    # name (which a key may leave unsaid).
    key_days = _days_of_kind(key_toks)
    said_days = _days_of_kind(said)
    # `within ten days`: a limit; `after ten days` is a delay of at least that long.
    within = "within" in said or any(_time_given(tokenize(text)) for text in (key, *ctx.quotes))
    # `review it after two years`: a delay, where the key's quotes never give a limit.
    delayed = not within and any(
        m.start > 0 and toks[m.start - 1] == "after" and _close(m.value or 0, expected)
        for toks in map(tokenize, (key, *ctx.quotes))
        for m in scan(toks)
        if m.kind == DURATION
    )
    # `one every ten weeks`: how many come each time is part of the rate, whichever of the
    # key's forms writes it (an accepted `every ten weeks` leaves it unsaid, not changed;
    # `twice every four hours` is the same rate).
    each_time = next(
        (
            count
            for text in (key, *ctx.key_texts)
            if (count := _count_each_time(tokenize(text))) is not None
        ),
        None,
    )
    # `eight weeks of each year`: the length of time is given per year.
    periods = _periods_of(expected, (key, *ctx.key_texts, *ctx.quotes), ctx)

    def match(toks: list[str]) -> Verdict:
        # `10-12 days`, `15 workdays`
        toks = _intervals_spelt_out(scores_apart(day_compounds_apart(toks), before=TIME_UNITS))
        typed_each_time = _count_each_time(toks) if each_time is not None else None
        if (
            typed_each_time is not None
            and each_time
            and not _close(typed_each_time, each_time, each_time / 100)
        ):
            return incorrect("the article gives another count each time")  # `two every…`
        qualified = _unsaid_qualifier(toks, said)
        if qualified is not None:
            return incorrect(f"the article does not say {qualified}")  # `four years suspended`
        toks = number_word_slips_mended(unit_slips_mended(toks, units_said))  # `fiev dyas`
        if placed := _placed_after(toks, expected, others_placed):
            return incorrect(f"the article gives `{placed}` to another figure")
        if not opposites.isdisjoint(toks) or _negated(toks, said):
            return incorrect("the article says the opposite")  # `an hour ahead` for behind
        if within and "after" in toks and "within" not in toks:
            return incorrect("the article gives a limit, not a delay")
        typed_days = _days_of_kind(toks)
        if typed_days != key_days and (key_days or not typed_days <= said_days):
            shown = f"{'/'.join(sorted(key_days))} days" if key_days else "days of any kind"
            return incorrect(f"the article counts {shown}")  # `eight days` for working days
        if delayed and "within" in toks and "after" not in toks:
            return incorrect("the article gives a delay, not a limit")  # `within two years`
        scanned = _as_intervals(toks, asserted(scan(toks)))
        if periods:
            given_per = f"the article gives it a {_periods_shown(periods)}"
            if not _IN_ALL.isdisjoint(toks):
                return incorrect(f"{given_per}, not in all")  # `eight weeks in total`
            typed = {_period_after(toks, m.end) for m in scanned if m.kind == DURATION} - {None}
            if any(not any(_same_period(t, p) for p in periods) for t in typed if t):
                return incorrect(given_per)  # `eight weeks a month`
            scanned = _periods_dropped(toks, scanned)  # `eight weeks a year`
        # `extended from three days to 10 days`: the value the article says it changed from.
        mentions = _companions(toks, _echoes_dropped(scanned, ctx, expected), expected, None, ctx)
        if clock_times:
            mentions = [m for m in mentions if not _a_clock_time_of(toks, m, clock_times)]
        ends = {
            _range_start(toks, scanned, m)
            for m in scanned
            if m.kind == DURATION and m.value is not None and _close(m.value, expected)
        }
        if ends and not any(_same_start(e, key_start) for e in ends):
            typed_start = next((e for e in ends if e is not None), None)
            if key_start is None:
                return incorrect("not a range")
            return incorrect("another range" if typed_start else "the article gives a range")
        if (unsaid := _year_unsaid(toks, scanned, ctx)) is not None:
            return incorrect(f"the article gives no date in {unsaid}")  # `two years, to June 2026`
        if _date_unsaid(scanned, ctx):
            return incorrect("the article gives another date")  # `a year, until June 30, 2025`
        seconds: set[float] = set()
        numbers: list[float] = []
        for m in mentions:
            if m.kind == VAGUE:
                clock = _clock_length(toks[m.start : m.end], expected, toks[m.end : m.end + 1])
                if clock is None:
                    return incorrect("too vague")
                seconds.add(clock)  # `1:47` for 1 minute 47 seconds, `2:21:58`
                continue
            if m.kind == DURATION and m.value is not None:
                if _bound_differs(m, bound, ctx, bounds_quoted) and not (
                    spread_over and _over(toks, m)
                ):
                    return incorrect(_NO_BOUND)
                seconds.add(m.value)
            elif m.kind == NUMBER and m.value is not None:
                numbers.append(m.value)
        if not seconds and (lengths := span_lengths(toks, scanned, ctx.cited_paragraphs)):
            # `from July 1 to January 31` for seven months: the span the article dates.
            if any(_close(length, expected, span_slack) for length in lengths):
                return correct()
            return incorrect("the article's dates make another length")
        if not seconds and len(numbers) == 1 and unit_in_question is not None:
            seconds.add(numbers[0] * unit_in_question)
        elif (
            not seconds
            and len(numbers) == 1
            and key_unit is not None
            and all(not t[0].isalpha() or t in FILLERS or t in NUMBER_WORDS for t in toks)
        ):
            seconds.add(numbers[0] * key_unit)  # `19` for 19 years: the key's unit is meant
        if not seconds:
            return incorrect("no duration" if not numbers else "give a unit")
        if key_start is not None:
            # `three or four weeks` for three to four weeks: the range's own `or`
            toks = [t for i, t in enumerate(toks) if not _joins_range(toks, scanned, i)]
        if len(seconds) > 1 or _hedges(toks, mentions):
            return incorrect(_ONE_VALUE)
        if _close(seconds.pop(), expected):
            return correct()
        return incorrect()

    return match


# Adverbs of an interval, as the interval they name (`fortnightly`: every two weeks).
# `biannually` is left out: readers take it for twice a year and for every two years.
_INTERVAL_ADVERBS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("semi", "annually"): ("every", "six", "months"),
    ("semiannually",): ("every", "six", "months"),
    ("half", "yearly"): ("every", "six", "months"),
    ("six", "monthly"): ("every", "six", "months"),
    ("half", "hourly"): ("every", "30", "minutes"),
    ("quarter", "hourly"): ("every", "15", "minutes"),
    ("fortnightly",): ("every", "two", "weeks"),
    ("biennially",): ("every", "two", "years"),
    ("triennially",): ("every", "three", "years"),
}


def _intervals_spelt_out(toks: list[str]) -> list[str]:
    """The answer with an adverb of an interval written as the interval (`half-hourly`:
    every 30 minutes), and `every other week` as every two weeks."""
    out: list[str] = []
    at = 0
    while at < len(toks):
        for words, interval in _INTERVAL_ADVERBS.items():
            if tuple(toks[at : at + len(words)]) == words:
                out.extend(interval)
                at += len(words)
                break
        else:
            if toks[at] == "other" and out[-1:] == ["every"] and toks[at + 1 : at + 2]:
                unit = toks[at + 1]
                if unit in TIME_UNITS and not unit.endswith("s"):
                    out.extend(("two", unit + "s"))
                    at += 2
                    continue
            out.append(toks[at])
            at += 1
    return out


_CLOCK_LENGTH = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?(\.\d+)?")


def _clock_length(written: list[str], expected: float, following: list[str]) -> float | None:
    """A length written as a stopwatch does (`1:47`, `2:21:58`, `0:54.37`), in seconds: of
    `m:ss` and `h:mm` the reading that is the key's, else the first. None for anything else,
    and for a time of day (`4:21 p.m.`)."""
    found = _CLOCK_LENGTH.fullmatch(written[0]) if len(written) == 1 else None
    if found is None or (following and following[0] in _TIME_OF_DAY):
        return None
    first, second, third, fraction = found.groups()
    tail = float(fraction) if fraction else 0.0
    if third is not None:
        return int(first) * 3600 + int(second) * 60 + int(third) + tail
    readings = [int(first) * 60 + int(second) + tail]
    if not fraction:
        readings.append(int(first) * 3600 + int(second) * 60)
    return next((r for r in readings if _close(r, expected)), readings[0])


_TIME_OF_DAY = frozenset({"am", "pm", "a", "p", "gmt", "utc", "local", "hours", "hrs", "h"})


def _joins_range(toks: list[str], scanned: list[Mention], at: int) -> bool:
    """The `or` between a range's ends a unit apart (`three or four weeks`); `six or eight
    weeks` offers two lengths."""
    if toks[at] != "or":
        return False
    before = next((m for m in scanned if m.end == at and m.kind == NUMBER), None)
    return before is not None and any(
        m.kind == DURATION
        and m.start == at + 1
        and m.number is not None
        and before.value is not None
        and m.number - before.value == 1
        for m in scanned
    )


# Words between an amount and the article's conversion of it: `(about $18)`, `, or $247m`.
_CONVERSION_JOINS = frozenset({",", "about", "around", "some", "roughly", "approximately", "or",
                               "nearly", "almost", "just", "over", "under"})  # fmt: skip


def _conversions_beside(
    paragraphs: tuple[str, ...], expected: float, currency: str | None, after: bool = False
) -> tuple[Mention, ...]:
    """The amounts in another currency the cited paragraphs write straight beside the key's
    (`86.4 billion won ($62.6 million)`, `Rs 5,000 (about $18)`, `€1.4 million ($1.6
    million)` where the key is the dollars): its conversions; with `after`, only those
    written after it (not the `$278,000` of `36 million shillings ($278,000), or 12 million
    shillings a year`, which converts the 36 million)."""
    if currency is None:
        return ()
    found: list[Mention] = []
    for paragraph in paragraphs:
        toks = tokenize(paragraph)
        mentions = scan(toks)
        for m, n in pairwise(mentions):
            if not all(t in _CONVERSION_JOINS for t in toks[_past_currency(toks, m) : n.start]):
                continue
            for key, other in ((m, n),) if after else ((m, n), (n, m)):
                if (
                    key.value is not None
                    and _close(key.value, expected)
                    and other.kind == MONEY
                    and other.value is not None
                    and other.currency is not None
                    and not same_currency(other.currency, currency)
                ):
                    found.append(other)
    return tuple(found)


def _conversion_as_the_key(
    toks: list[str], conversions: tuple[Mention, ...], in_the_key: list[str], written: str | None
) -> list[str]:
    """The tokens with the one amount typed, where it is the article's conversion of the
    key's, written as the key writes the amount; else as they are. Not an amount written
    in the answer's own sign (`$1.8 million` where the answer's `$2.5 million` is Canadian and
    the conversion `about US$1.8 million`): that is another amount of the key's currency."""
    typed = [m for m in scan(toks) if m.kind == MONEY and m.value is not None]
    if len(typed) != 1:
        return toks
    (m,) = typed
    if m.currency == written or not _a_conversion(m, conversions):
        return toks
    return [*toks[: m.start], *in_the_key, *toks[_past_currency(toks, m) :]]


def _a_conversion(m: Mention, conversions: tuple[Mention, ...]) -> bool:
    """The typed amount is one of the article's conversions of the key's: its currency,
    its amount."""
    return (
        m.currency is not None
        and m.value is not None
        and any(
            c.currency is not None
            and c.value is not None
            and same_currency(m.currency, c.currency)
            and _close(m.value, c.value)
            for c in conversions
        )
    )


def _past_currency(toks: list[str], m: Mention) -> int:
    """Where an amount ends, past a currency named after it (`86.4 billion won`)."""
    return m.end + (m.currency is None and spoken_currency_at(toks, m.end) is not None)


def _conversion_kept(mentions: list[Mention], conversions: tuple[Mention, ...]) -> list[Mention]:
    """The typed amounts less the article's own conversion of the key, where the answer
    types the key's amount too; else none. (The conversion alone is read as the key's where
    the question asks in no currency: `_conversion_as_the_key`.)"""
    typed = [m for m in mentions if m.kind == MONEY and _a_conversion(m, conversions)]
    rest = [m for m in mentions if m not in typed]
    return rest if typed and rest else []


def _from_the_wrong_side(toks: list[str], mentions: list[Mention], expected: float) -> bool:
    """`60,000 won, down from 50,000 won`: the answer says it fell from less (or rose from
    more) than itself, which its own figures contradict."""
    for m in mentions:
        if m.value is None or _close(m.value, expected) or m.start < 2:
            continue
        if toks[m.start - 1] != "from":
            continue
        word = toks[m.start - 2]
        if (word in RISING and m.value >= expected) or (word in FALLING and m.value <= expected):
            return True
    return False


_CLOCK = re.compile(r"0?(\d{1,2}):(\d\d)")


def _clock_time(token: str) -> str | None:
    """The time of day a token writes (`02:47`), without a leading zero (`2:47`)."""
    hit = _CLOCK.fullmatch(token)
    return None if hit is None else f"{int(hit.group(1))}:{hit.group(2)}"


def _clock_times(paragraphs: tuple[str, ...]) -> frozenset[str]:
    """The times of day the paragraphs write (`2:47`), without a leading zero."""
    return frozenset(
        time
        for paragraph in paragraphs
        for token in tokenize(paragraph)
        if (time := _clock_time(token)) is not None
    )


def _a_clock_time_of(toks: list[str], m: Mention, clock_times: frozenset[str]) -> bool:
    """The mention is one of `clock_times`, typed as a time of day (`from 2:47 to 2:53`)."""
    return m.kind == VAGUE and m.end - m.start == 1 and _clock_time(toks[m.start]) in clock_times


@last_by_identity
def _article_dates(names: ArticleNames) -> frozenset[tuple[int | None, int | None, int | None]]:
    """Every date the article writes with its month: (month, day, year), either of the
    last two None where it leaves them out. Read once per article."""
    dates: set[tuple[int | None, int | None, int | None]] = set()
    for sentence in names.sentences:
        for m in scan(list(sentence)):
            if m.kind != DATE or m.month is None:
                continue
            dates.add((m.month, m.day, m.year))
            after = sentence[m.end : m.end + 2]
            if m.day is not None and len(after) == 2 and after[0] in _DAY_JOINS:
                day = after[1]
                if day.isdecimal() and 1 <= int(day) <= 31:
                    dates.add((m.month, int(day), m.year))  # `January 28 and 29`
    return frozenset(dates)


_DAY_JOINS = frozenset({"and", "to", "or", "-", "–", "through"})


def _date_unsaid(mentions: list[Mention], ctx: Context) -> bool:
    """A date typed beside a length of time (`a year, until June 30, 2025`, `from August 1`)
    that the article never gives: its day of the month nowhere, or that day or month only
    in other years."""
    dated = [m for m in mentions if m.kind == DATE and m.month is not None]
    if not dated or not ctx.names.sentences:
        return False
    article = _article_dates(ctx.names)
    for m in dated:
        same = [
            year
            for month, day, year in article
            if month == m.month and (m.day is None or day == m.day)
        ]
        if m.day is not None and not same:
            return True
        years = {ctx.default_year if year is None else year for year in same}
        if m.year is not None and same and m.year not in years:
            return True
    return False


def _year_unsaid(toks: list[str], mentions: list[Mention], ctx: Context) -> int | None:
    """A year typed beside a length of time (`two years, to June 2026`, `since 2019`) that
    the article never writes, nor is the year it was published in: a date of its own."""
    for m in mentions:
        if (
            m.kind == DATE
            and m.year is not None
            and m.year not in ctx.names.years
            and m.year != ctx.default_year
        ):
            return m.year
    return year_unsaid(toks, ctx)


# Words that sum a length of time given per period (`eight weeks in total`).
_IN_ALL = frozenset({"total", "altogether", "overall", "all", "whole"})


def _period_after(toks: list[str], end: int) -> str | None:
    """The period a length of time is given per, written after it: `a year`, `of each
    year`, `per day`, `daily`."""
    if toks[end : end + 1] == ["of"]:
        end += 1
    if end < len(toks) and toks[end] in _RATE_ADVERBS:
        return _RATE_ADVERBS[toks[end]]
    if end + 1 < len(toks) and toks[end] in RATE_OPENERS:
        return _period(toks[end + 1])
    return None


def _periods_of(expected: float, texts: tuple[str, ...], ctx: Context) -> frozenset[str]:
    """The periods the key's length of time is given per, in the key's forms and quotes
    (`four hours a day, six days a week`: a day) or the question (`each day`)."""
    found = {
        period
        for toks in map(tokenize, texts)
        for m in scan(toks)
        if m.kind == DURATION
        and m.value is not None
        and _close(m.value, expected)
        and (period := _period_after(toks, m.end)) is not None
    }
    return frozenset(found | _periods_asked(ctx, {"each", "every", "per"}))


def _periods_dropped(toks: list[str], mentions: list[Mention]) -> list[Mention]:
    """The figures less the periods they are given per: `a year` of `eight weeks a year`
    (or `per year`) is no second length of time, nor `a day` of `12 flights a day` (or
    `95 tonnes of steam per hour`) a figure beside the count."""
    return [
        m
        for n, m in enumerate(mentions)
        if not (
            n
            and m.kind == DURATION
            and m.end - m.start == 2
            and toks[m.start] in RATE_OPENERS
            and mentions[n - 1].kind in (DURATION, NUMBER)
            and _one_phrase(toks[mentions[n - 1].end : m.start])
        )
    ]


def _one_phrase(between: list[str]) -> bool:
    """Words between a figure and its rate that keep them one phrase: its unit and what it
    measures (`tonnes of steam`), no clause of their own."""
    return len(between) <= 4 and all(
        w.isalpha() and w not in ("and", "or", "but", "then") for w in between
    )


# `has 20 days to rule`, `was given a week to leave`: the time someone has to act.
_GIVEN = frozenset({"has", "have", "had", "given", "gets", "get", "got"})
_GIVEN_SKIPS = frozenset({"a", "an", "only", "just", "up", "to", "another", "further"})


def _time_given(toks: list[str]) -> bool:
    """A length of time someone has to do something in (`the PPO has 20 days to rule`): a
    limit, so `after 20 days` is another fact."""
    for m in scan(toks):
        if m.kind != DURATION or toks[m.end : m.end + 1] != ["to"]:
            continue
        at = m.start - 1
        while at >= 0 and toks[at] in _GIVEN_SKIPS:
            at -= 1
        if at >= 0 and toks[at] in _GIVEN:
            return True
    return False


# `two or three months` is a range too: its one end alone is not what was said.
_RANGE_WORDS = frozenset({"to", "-", "and", "or"})


def _same_start(one: float | None, other: float | None) -> bool:
    """Two ranges' first ends agree: both none (no range), or the same length of time."""
    if one is None or other is None:
        return one is other
    return _close(one, other)


def _range_start(toks: list[str], mentions: list[Mention], duration: Mention) -> float | None:
    """The first end of a range a length of time closes (`four to six weeks`, `between 12
    and 18 months`), in seconds; None when it stands alone."""
    at = duration.start
    if at < 2 or toks[at - 1] not in _RANGE_WORDS or not duration.number or not duration.value:
        return None
    for m in mentions:
        if m.end == at - 1 and m.kind == NUMBER and m.value is not None:
            return m.value * duration.value / duration.number
    return None


def compile_date(key: str, ctx: Context) -> Matcher | None:
    day_first = _writes_day_first(ctx.names.sentences)
    if day_first:
        # An accepted `9/3/2016` is 9 March too, as a typed one is.
        key = _NUMERIC_DAY_FIRST_IN_TEXT.sub(lambda m: _month_first(m[0]), key)
    if _a_year_word(key.strip()):
        return compile_number(key.strip(), ctx)  # `in 2011`, `twenty eleven` for 2011
    mention = _key_mention(key, (DATE,))
    if mention is None or mention.month is None or mention.day is None:
        return None
    month, day = mention.month, mention.day
    # An accepted form without a year (`June 4`) is the key's date (`June 4, 2024`): typed
    # with another year it is another date; typed without one it is what the author accepts.
    stated = mention.year
    year_of_key = (
        ctx.key_date[2] if ctx.key_date is not None and ctx.key_date[:2] == (month, day) else None
    )
    year = stated or year_of_key or _year_of_quoted_weekday(month, day, ctx) or ctx.default_year
    yearless = stated is None or ctx.default_year is None or stated == ctx.default_year
    question_dates = ctx.dates - {(month, day)}
    # `Sunday, March 8` where March 8 of the key's year is a Saturday: another day. The
    # year is sure where the key states it, or where the quote names that very weekday
    # (a December date in a January report may be of the year before).
    weekday = _weekday_of(year, month, day)
    quoted_days = {t for quote in ctx.quotes for t in tokenize(quote) if t in WEEKDAYS}
    if stated is None and weekday not in quoted_days:
        weekday = None

    def match(toks: list[str]) -> Verdict:
        toks = fixed_days_as_dates(toks)  # `New Year's Eve` for December 31
        if day_first:
            toks = [
                _month_first(t) for t in toks
            ]  # `5/6/2017` is 5 June where the article writes `5 June`
        mentions = [
            m
            for m in asserted(scan(toks))
            if m.kind in (DATE, VAGUE, NUMBER) and (m.month, m.day) not in question_dates
        ]
        full = {(m.month, m.day) for m in mentions if m.kind == DATE and m.day is not None}
        if not full:
            if any(m.kind == DATE for m in mentions):
                return incorrect("a month alone is not a date")
            if mentions:
                return incorrect("a day alone is not a date")
            return incorrect("no date")
        if len(full) > 1 or _hedges(toks, mentions):
            return incorrect(_ONE_VALUE)
        if full.pop() != (month, day):
            return incorrect()
        years = {m.year for m in mentions if m.year is not None}
        if year is not None and years and years != {year}:
            return incorrect("wrong year")
        if not years and not yearless:
            # A date typed without a year is in the article's year (docs/format.md).
            return incorrect(f"the year is needed: {year}")
        if weekday is not None and any(t in WEEKDAYS and t != weekday for t in toks):
            return incorrect(f"that date was a {weekday.capitalize()}")
        return correct()

    return match


# The days of the week in `date.weekday()` order (English, whatever the locale).
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@last_by_identity
def _writes_day_first(sentences: tuple[tuple[str, ...], ...]) -> bool:
    """The article writes its dates day first (`21 August`), as British, Irish and
    Australian reports do, more often than month first (`August 21`). Read once per
    article."""
    day_first = month_first = 0
    for sentence in sentences:
        for first, second in pairwise(sentence):
            if first.isdigit() and len(first) <= 2 and second in MONTHS:
                day_first += 1
            elif first in MONTHS and second.isdigit() and len(second) <= 2:
                month_first += 1
    return day_first > month_first


_NUMERIC_DAY_FIRST = re.compile(r"(\d{1,2})/(\d{1,2})((?:/\d{2,4})?)")
_NUMERIC_DAY_FIRST_IN_TEXT = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/])")


def _month_first(token: str) -> str:
    """A numeric date written day first, put month first as the reader takes it."""
    match = _NUMERIC_DAY_FIRST.fullmatch(token)
    return f"{match[2]}/{match[1]}{match[3]}" if match else token


def _year_of_quoted_weekday(month: int, day: int, ctx: Context) -> int | None:
    """`on Tuesday, August 14` in a report of March 2019: the year next to the report's in
    which the quote's own weekday falls on that date (2018), where the report's year's does
    not."""
    if ctx.default_year is None:
        return None
    written = set()
    for quote in ctx.quotes:
        toks = [t for t in tokenize(quote) if t != ","]
        for at, token in enumerate(toks[:-1]):
            if token in WEEKDAYS:
                following = toks[at + 1 : at + 4]
                months = [m for w in following if (m := MONTHS.get(w)) is not None]
                if month in months and str(day) in following:
                    written.add(token)
    if not written or _weekday_of(ctx.default_year, month, day) in written:
        return None
    return next(
        (
            y
            for y in (ctx.default_year - 1, ctx.default_year + 1)
            if _weekday_of(y, month, day) in written
        ),
        None,
    )


def _weekday_of(year: int | None, month: int, day: int) -> str | None:
    """The day of the week a date fell on, in lower case, where its year is known."""
    if year is None:
        return None
    try:
        return _WEEKDAY_NAMES[datetime.date(year, month, day).weekday()]
    except ValueError:
        return None  # `February 30`


# `By how much…?` asks for a change, `To what…?` for the level it reached: a figure typed
# after the other word is the other fact (`to 30 percent` for a cut by 30 percent).
_CHANGE_REASONS = {
    "by": "the question asks by how much it changed, not what it changed to",
    "to": "the question asks what it changed to, not by how much",
}
_QUOTED_CHANGE_REASONS = {
    "by": "the article gives by how much it changed, not what it changed to",
    "to": "the article gives what it changed to, not by how much",
}
_CHANGE_HEDGES = frozenset({"about", "around", "some", "nearly", "almost", "roughly", "just"})


def change_asked_of(ctx: Context, expected: float) -> tuple[str, str] | None:
    """`by` or `to`, with why the other is wrong, where the question opens `By how much…?`
    or `To what level…?`; else where a cited quote writes the key's figure after a move and
    one of them (`fell to 71 percent`: `fell by 71 percent` is another fact)."""
    asked = ctx.asked_tokens
    if len(asked) >= 2 and asked[0] in _CHANGE_REASONS and asked[1] in ("how", "what"):
        return asked[0], _CHANGE_REASONS[asked[0]]
    for quote in ctx.quotes:
        toks = tokenize(quote)
        for m in scan(toks):
            if m.value is None or not _close(m.value, expected):
                continue
            at = _before_hedges(toks, m.start)
            if at >= 1 and toks[at] in _CHANGE_REASONS and toks[at - 1] in _MOVES:
                return toks[at], _QUOTED_CHANGE_REASONS[toks[at]]
    return None


def _before_hedges(toks: Sequence[str], start: int) -> int:
    """Where the word before a figure at `start` stands, past any hedge (`by about 5%`);
    -1 at the start."""
    at = start - 1
    while at >= 0 and toks[at] in _CHANGE_HEDGES:
        at -= 1
    return at


def _figures_after(toks: list[str], word: str) -> bool:
    """A figure typed straight after `word` (past a hedge), not closing a range (`40 to
    45`)."""
    for m in scan(toks):
        if m.kind == DATE:
            continue  # `7 percent, backdated to July 1`
        at = _before_hedges(toks, m.start)
        if at >= 0 and toks[at] == word and not (at > 0 and toks[at - 1][:1].isdigit()):
            return True
    return False


def other_side_of_change(toks: list[str], asked: str) -> bool:
    """A figure given only as the other side of the change than the question asks."""
    other = "to" if asked == "by" else "by"
    if _figures_after(toks, "from"):
        return False  # `from 23% to 27%`: both ends, the change among them
    return _figures_after(toks, other) and not _figures_after(toks, asked)


def _count_each_time(toks: list[str]) -> float | None:
    """How many come each second, where a count is written straight before `every` and a
    length of time after it (`one every ten weeks`, `twice every four hours`)."""
    for at, word in enumerate(toks[1:], start=1):
        if word != "every":
            continue
        before = toks[at - 1]
        count = float(before) if before.isdecimal() else UNITS.get(before)
        period = next(
            (m.value for m in scan(toks[at + 1 :]) if m.kind == DURATION and m.start == 0),
            None,
        )
        if count is None or not period:
            return None
        return count / period
    return None
