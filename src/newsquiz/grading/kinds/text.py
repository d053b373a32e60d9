"""Free text: fuzzy on words, strict on what changes the fact.

Every word of the key that carries the fact must be there (typos forgiven);
numbers, negations and qualifiers (`vice`, `former`, `acting`…) must agree;
harmless words may be added, but not another answer (`Syria or Poland`,
`Syria and Poland`) or a pasted paragraph.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import cache

from rapidfuzz.distance import OSA

from newsquiz.facts.article import ORGANISATION_WORDS, ArticleNames, holds
from newsquiz.facts.clock import HALVES, as_clock_times
from newsquiz.facts.memo import last_by_identity
from newsquiz.facts.numbers import roman_value
from newsquiz.facts.text import singular, tokenize
from newsquiz.facts.units import Unit, unit_at, units_named
from newsquiz.facts.values import DATE, VAGUE, read_number, scan
from newsquiz.facts.words import (
    COMPASS,
    COMPASS_ABROAD,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    FILLERS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    PLACE_FEATURES,
    SCALES,
    WEEKDAYS,
    could_be_year,
)
from newsquiz.facts.world import Place, places_in, world
from newsquiz.facts.zones import zone_after, zones_in
from newsquiz.grading.kinds import Matcher
from newsquiz.grading.kinds.common import (
    Context,
    bracketed_at_end,
    denied_positions,
    hedged,
    initials_of,
    short_forms_spelt_out,
    word_figures,
    written_after_where,
)
from newsquiz.grading.normalize import (
    CLOSE,
    equivalents,
    negated_by_prefix,
    rewrite,
    rewritten_words,
    same_word,
    slips_mended,
    stem,
)
from newsquiz.grading.verdict import Verdict, correct, incorrect
from newsquiz.grading.vocab import (
    GUARDED_WORDS,
    HEDGES,
    MODIFIERS,
    NEGATIVE_WORDS,
    POSITIONAL,
    QUALIFIERS,
)

_KEY_STOP = frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "from", "and", "is",
     "was", "were", "are", "be", "it", "its", "that", "this", "his", "her", "their", "or",
     # the tense a verb is put in (`had never been replaced` for `was never replaced`)
     "been", "being", "had", "has", "have"}
)  # fmt: skip
_JOINERS = frozenset({",", "and", "&", "+", "plus"})
# Words that only intensify: dropping them does not change the fact.
_SOFT = frozenset({"so", "very", "quite", "really", "just", "also", "too", "such"})
# Words that only round the figure after them (`about 38 million rupees a month`): the same
# choice or fact typed without them. Not `nearly` or `almost`, which put it below.
_ROUNDING = frozenset({"about", "around", "approximately", "approx", "roughly", "circa", "some"})
_MAX_EXTRA = 5
RANGE = re.compile(r"\d+(?:\.\d+)?-\d+(?:\.\d+)?")


# Roman numerals up to twenty, read as numbers where the key writes one (`Camp II`,
# `World War I`): elsewhere `I`, `V` and `X` are a pronoun and letters.
_ROMANS = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
    "xi": 11, "xii": 12, "xiii": 13, "xiv": 14, "xv": 15, "xvi": 16, "xvii": 17, "xviii": 18,
    "xix": 19, "xx": 20,
}  # fmt: skip


# The highest numeral of a label read in the other writing (`Grade XX`, `Grade 20`).
_MOST_LABEL_NUMERAL = 20


def _numeral(token: str) -> int | None:
    """A numeral of a label, in digits or Roman (`4`, `iv`), up to twenty: not a lone `i`,
    `v` or `x`, which may be a letter of a label (`Annex V` is left as written)."""
    value = int(token) if token.isdigit() else roman_value(token)
    return value if value is not None and 0 < value <= _MOST_LABEL_NUMERAL else None


def _numerals_after_words(
    toks: list[str], numbered: frozenset[str] = frozenset()
) -> dict[tuple[str, int], str]:
    """The numerals the key writes after a word (`Level 4`, `Mk II`), by word and value; a
    lone `i`, `v` or `x` too after a word `numbered` by longer numerals (`level V` where the
    choices write level VI and level IX)."""
    return {
        (word, value): numeral
        for word, numeral in itertools.pairwise(toks)
        if word.isalpha()
        and word not in FILLERS
        and (
            value := _numeral(numeral) or (_LONE_ROMANS.get(numeral) if word in numbered else None)
        )
        is not None
    }


_LONE_ROMANS = {"i": 1, "v": 5, "x": 10}


def _numbered_by_romans(ctx: Context) -> frozenset[str]:
    """The words the choices and accepted forms write a Roman numeral of two letters or more
    after (`level` of `level VI`): a lone letter after them is a numeral too."""
    return frozenset(
        word
        for text in (*ctx.key_texts, *ctx.question.choices)
        for word, numeral in itertools.pairwise(tokenize(text))
        if word.isalpha() and roman_value(numeral) is not None
    )


def _numerals_as_the_key_writes(toks: list[str], numerals: dict[tuple[str, int], str]) -> list[str]:
    """A numeral typed after the word the key writes one after, with the key's value, in the
    key's writing (`Level IV` for Level 4, `Mk 2` for Mk II)."""
    out = list(toks)
    for at in range(1, len(toks)):
        value = _numeral(toks[at])
        written = numerals.get((toks[at - 1], value)) if value is not None else None
        if written is not None:
            out[at] = written
    return out


def values_of(toks: list[str], ctx: Context, romans: bool = False) -> list[float]:
    values: list[float] = [float(_ROMANS[t]) for t in toks if t in _ROMANS] if romans else []
    for m in scan(toks):
        if m.denied:
            continue
        if m.kind == DATE:
            values.append(float((m.month or 0) * 100 + (m.day or 0)))
            if m.year is not None:
                values.append(float(m.year))  # `July 2004` is not `July 2003`
        elif m.value is not None and toks[m.end : m.end + 1] in (["am"], ["pm"]):
            # `9 p.m.` is a time of day, the one `21:00` writes: `9 a.m.` is another.
            hour = int(m.value) % 12 + (12 if toks[m.end] == "pm" else 0)
            values.append(10_000.0 + hour * 60 + round((m.value % 1) * 100))
        elif m.value is not None:
            values.append(m.value)
        elif m.kind == VAGUE and RANGE.fullmatch(toks[m.start]):
            values.extend(float(part) for part in toks[m.start].split("-"))  # `1-2 times`
        elif (seconds := race_time(toks[m.start])) is not None:
            values.append(seconds)  # `14:38.90`, as `14 min 38.90 s` is read
        elif (clock := _CLOCK.fullmatch(toks[m.start])) is not None:
            # A time of day is a value: another time is another fact.
            values.append(10_000.0 + int(clock[1]) * 60 + int(clock[2]))
    return sorted(values)


def _countries_of(places: AbstractSet[Place]) -> frozenset[Place]:
    tables = world()
    found = {p for p in places if p.kind == "country"}
    for place in places:
        for home in (place.within, place.part_of):
            if home:
                found.update(tables.place_by_name.get(tuple(tokenize(home)), ()))
    return frozenset(p for p in found if p.kind == "country")


def _ordered_pairs(toks: list[str]) -> list[tuple[float, float]]:
    """Pairs of figures in the order written: `3-1`, `3 to 1`, `three to one`."""
    pairs = [(float(a), float(b)) for t in toks if RANGE.fullmatch(t) for a, b in [t.split("-")]]
    for at in range(1, len(toks) - 1):
        if toks[at] == "to":
            a, b = read_number(toks[at - 1]), read_number(toks[at + 1])
            if a is not None and b is not None:
                pairs.append((a, b))
    return pairs


def _has_roman(toks: list[str]) -> bool:
    """The key writes a Roman numeral after a capitalised word's place (`Camp II`): one of
    two letters or more, or a lone `I`, `V`, `X` after another word."""
    return any(
        t in _ROMANS and (len(t) > 1 or (i > 0 and toks[i - 1][0].isalpha()))
        for i, t in enumerate(toks)
    )


_CLOCK = re.compile(r"([01]?\d|2[0-3])[:.]([0-5]\d)")
# A time a race is run in: minutes, seconds and hundredths (`3:35.62`, `27.41.18`), or
# hours, minutes and seconds (`2:05:37`).
_RACE_TIME = re.compile(r"(\d{1,2})[:.]([0-5]\d)[.,](\d{1,3})|(\d{1,2}):([0-5]\d):([0-5]\d)")


def race_time(token: str) -> float | None:
    """The seconds a race time such as `14:38.90` or `2:05:37` stands for."""
    found = _RACE_TIME.fullmatch(token)
    if found is None:
        return None
    if found[1] is not None:
        return int(found[1]) * 60 + int(found[2]) + float(f"0.{found[3]}")
    return int(found[4]) * 3600 + int(found[5]) * 60 + int(found[6])


# The part of the day said in words after a time (`3:10 in the afternoon`): a.m. or p.m.
_PART_OF_DAY = {"morning": "am", "afternoon": "pm", "evening": "pm"}


def _parts_of_day_as_am_pm(toks: list[str]) -> list[str]:
    """`3:10 in the afternoon` as `3:10 pm`, `5:40 in the morning` as `5:40 am`."""
    out: list[str] = []
    at = 0
    while at < len(toks):
        part = toks[at + 2] if at + 2 < len(toks) else ""
        if (
            out
            and toks[at] == "in"
            and toks[at + 1 : at + 2] == ["the"]
            and part in _PART_OF_DAY
            and _CLOCK.fullmatch(out[-1])
        ):
            out.append(_PART_OF_DAY[part])
            at += 3
            continue
        out.append(toks[at])
        at += 1
    return out


_MONTH_NAMES = {number: name for name, number in MONTHS.items()}
_MONTH_AND_YEAR = re.compile(r"(0?[1-9]|1[0-2])/(\d{4})")


def numbering_dropped(toks: list[str]) -> list[str]:
    """`School No. 3`, `Pier no 4` as `School 3`: `No.` before a figure numbers the thing
    (`#3` reads the same), where it denies nothing."""
    if "no" not in toks:
        return toks
    return [t for at, t in enumerate(toks) if not (t == "no" and _a_figure_at(toks, at + 1))]


def _a_figure_at(toks: list[str], at: int) -> bool:
    return at < len(toks) and toks[at][:1].isdigit()


def _months_spelt_out(toks: list[str]) -> list[str]:
    """`Apr. 2024` and `04/2024` as `April 2024`: one way to write a month. An abbreviation
    is a month only beside a figure (`mar` and `dec` are words too)."""
    if MONTH_ABBREVIATIONS.keys().isdisjoint(toks) and not any("/" in t for t in toks):
        return toks
    out: list[str] = []
    for at, token in enumerate(toks):
        month = MONTH_ABBREVIATIONS.get(token)
        beside = toks[at - 1 : at] + toks[at + 1 : at + 2]
        if month is not None and any(t[:1].isdigit() for t in beside):
            out.append(_MONTH_NAMES[month])
        elif (written := _MONTH_AND_YEAR.fullmatch(token)) is not None and could_be_year(
            int(written[2])
        ):
            out.extend((_MONTH_NAMES[int(written[1])], written[2]))
        else:
            out.append(token)
    return out


def _on_the_24_hour_clock(toks: list[str]) -> list[str]:
    """`3:11 pm` as `15:11`, `12:05 am` as `0:05`: one way to write a time of day."""
    if "the" in toks and not _PART_OF_DAY.keys().isdisjoint(toks):
        toks = _parts_of_day_as_am_pm(toks)
    if "pm" not in toks and "am" not in toks:
        return toks
    out: list[str] = []
    for token in toks:
        clock = _CLOCK.fullmatch(out[-1]) if out and token in ("am", "pm") else None
        if clock is None:
            out.append(token)
            continue
        out[-1] = f"{_hours_of_day(int(clock[1]), token)}:{clock[2]}"
    return out


def _hours_of_day(hour: int, half: str) -> int:
    """The hour of a 12-hour clock (`3` and `pm`) on the 24-hour clock (15)."""
    return hour % 12 + (12 if half == "pm" else 0)


# Abbreviations of posts that are also words or units (`min`, `sec`, `can`): left as typed.
_ALSO_WORDS = frozenset(
    {"can", "card", "del", "ed", "min", "sec", "hr", "km", "ret", "det", "pr", "ch", "comm",
     "const", "br", "bt", "sig", "ens", "pres", "prem", "treas", "mr", "mrs", "ms"}
)  # fmt: skip


@cache
def _spelt_out() -> dict[str, str]:
    """Abbreviations of posts and their qualifiers, each as its one word: `assoc`, `dir`
    (read when a text answer is first graded, not when the grader is imported)."""
    tables = world()
    found: dict[str, str] = {}
    for token in tables.dotted:
        full = tables.post_of.get((token,))
        if len(token) >= 3 and token not in _ALSO_WORDS and full is not None and len(full) == 1:
            found[token] = full[0]
    return found


def _posts_spelt_out(toks: list[str]) -> list[str]:
    """`deputy assoc. administrator` as `deputy associate administrator`."""
    spelt_out = _spelt_out()
    if spelt_out.keys().isdisjoint(toks):
        return toks
    return [spelt_out.get(t, t) for t in toks]


@dataclass(frozen=True)
class _TextKey:
    """What a text key says, worked out once: what an answer must hold, may add, and must
    not change."""

    bare_numbering: bool  # the key is a number after `No.` alone (`No. 1`)
    shown: str  # the key as written, for a `close:` verdict
    words: list[str]  # the words that carry the fact
    word_set: frozenset[str]
    required: list[str]  # of those, the ones the question does not already say
    droppable: list[str]  # words of the main answer this shorter form lets players drop
    own_demonym: str | None  # the country's adjective a lone body's name may drop
    values: list[float]
    units: frozenset[Unit]  # the key's units of measure: another of their kind is another fact
    opposed: frozenset[str]
    currencies: frozenset[str]  # the currencies the key names by symbol or word
    scales: frozenset[str]  # `million`, `billion`: another is another amount
    romans: bool  # the key writes a Roman numeral: the answer's count as numbers too
    asked_places: frozenset[Place]  # one-word places the question names (`…of Amazonas?`)
    quoted_places: frozenset[Place]  # places the cited quotes name
    quoted_countries: frozenset[Place]  # the countries those and the key's places are in
    places_from: frozenset[str]  # what the quotes say the answer is from or in (`from Wanci`)
    scores: frozenset[tuple[float, float]]  # `3-1`: a pair whose order is part of the fact
    negated: bool
    qualifiers: frozenset[str]
    guarded: frozenset[str]  # its negating and qualifying words, which a slip may stand for
    has_or: bool
    joins: bool  # the key itself joins items (`A and B`)
    harmless: frozenset[str]  # words that may be added
    described: frozenset[str]  # modifiers that may be typed: the keys' and the article's
    place_words: dict[Place, list[str]]  # each place the key names, as it names it
    near_places: frozenset[Place]  # those places and the countries they are in
    # The regions the quotes write beside the key (`Dover, Delaware`) and their countries:
    # another region written there puts the key's place elsewhere.
    regions_beside: frozenset[str]
    # The countries the key's accepted forms name (`Vanga, Kenya`): a country typed beside
    # the key's place that is not one of them puts the place elsewhere.
    key_countries: frozenset[str]
    key_homes: frozenset[str]  # the countries those provinces are in (`Canada`)
    directions: frozenset[str]  # the points of the compass the key or its quote writes
    zones: frozenset[str]  # the time zones the key, its accepted forms or the question name
    clock: bool  # the key is a time of day: `twelve thirty-seven` and `1237 hrs` are times
    codes: frozenset[str]  # the key's codes of letters and digits (`6d` of `Euro 6d`)
    cited_years: frozenset[str]  # years the cited quotes give, which an answer may add
    cited_days: frozenset[tuple[str, str]]  # days they give (`october`, `14`), the same
    # The key's words a slip of which is mended before it is read: those `rewrite` makes
    # others (`head`) and its qualifiers (`acting`), which are never fuzzed otherwise.
    mended: frozenset[str]
    # A point of the compass (or upper, lower) typed in the other language than the key
    # writes it in, with the key's word (`north` for the key's `norte`, `sud` for `south`).
    compass_as_written: dict[str, str]
    # The key's numerals after a word (`level`, `4`; `mk`, `ii`), by their value: the same
    # numeral typed in the other writing is the key's (`Level IV`, `Garuda Mk 2`).
    numerals: dict[tuple[str, int], str]
    # Other names the article writes that hold a word of the key (`Central Business
    # District` beside the key's `Central District`): typed, they name that other thing.
    other_names: tuple[tuple[str, ...], ...]
    # Names the article writes on their own that are part of the key's (`Aarhus University`
    # of `Aarhus University Hospital`): typed without the rest, they name that other body.
    part_names: tuple[tuple[str, ...], ...]
    # The Roman numerals the key and its accepted forms write (`Commission IV`): another
    # typed in their place names another of its kind.
    romans_named: frozenset[int]
    # The words the keys and the question write two by two (`north otago`).
    pairs: frozenset[tuple[str, str]]
    # The article's names the keys and quotes write after `in` (`in Ernakulam district`).
    located_in: frozenset[str]
    of_place: frozenset[str]  # `deputy mayor of Reggio Calabria`: the place the keys give
    city: bool  # the keys name a city of the world's (`Frankfurt am Main`)
    times: list[int]  # the times of day the key writes, in its order (`10 pm to 7 am`)
    around_of: frozenset[tuple[str, str]]  # a name's words either side of its `of`
    # What the keys count per what (`metre`, `kilometre` of `1 metre per kilometre`).
    rate_sides: frozenset[tuple[str, str]]
    ctx: Context
    # A right answer, not one choice of several (where `3rd largest` must pick one) nor a
    # rejected entry: it may give figures of the cited paragraphs beside the key's (`Lower
    # Brennan, 41 km downstream`).
    details: bool = False
    # The letters the key's name is shortened to (`pli`): typed after it, the same name.
    initials: frozenset[str] = frozenset()
    # Typed alone, the initials of the whole name are the name; not among choices, whose
    # other names the article need not write (`ADB` beside the African Development Bank).
    alone_by_initials: bool = False


def compile_text(
    key: str,
    ctx: Context,
    main_key: str | None = None,
    *,
    choice: bool = False,
    details: bool = False,
) -> Matcher:
    """A matcher for `key`; `main_key` is the question's answer when `key` is a shorter
    accepted form of it, so that a word the author let players drop is not replaced. A
    `choice` is one of several: the countries the others name are no forms of it."""
    text_key = replace(
        _text_key(key, ctx, main_key, choice),
        details=details and not choice,
        alone_by_initials=not choice,
    )
    spelt = tokenize(key)
    # `Slovenian People's Party (SLS)`: the name is whole without the short form after it,
    # and the short form alone names it too.
    named = bracketed_at_end(key)
    alone = [
        replace(_text_key(part, ctx, main_key, choice), details=details and not choice)
        for part in (named if named is not None and _a_short_form(*named) else ())
    ]

    def match(toks: list[str]) -> Verdict:
        toks = short_forms_spelt_out(toks, spelt)  # `N. Sydney` for North Sydney
        typed_times = _times_of_day(toks) if len(text_key.times) >= 2 else []
        if sorted(typed_times) == sorted(text_key.times) and typed_times != text_key.times:
            return incorrect("the times the other way round")  # `from 7 am to 10 pm`
        verdict = _match(toks, text_key)
        if verdict.correct:
            return verdict
        return next((v for part in alone if (v := _match(toks, part)).correct), verdict)

    return match


def _a_short_form(name: str, bracketed: str) -> bool:
    """A name's short form in brackets after it: capitals, two at least (`(ICC)`, `(PPR)`)."""
    return (
        not name.endswith("(")
        and _SHORT_FORM.fullmatch(bracketed) is not None
        and sum(c.isupper() for c in bracketed) >= 2
    )


_SHORT_FORM = re.compile(r"[A-Z][A-Za-z0-9]*")


def _asked(word: str, asked: frozenset[str]) -> bool:
    """The question says the word already, or another form of it (`listed` of `What
    grade of listing…?`): a key's word it says need not be typed."""
    return word in asked or (
        len(word) >= 5 and any(stem(word) == stem(w) and len(stem(w)) >= 4 for w in asked)
    )


_TIME_OF_DAY = re.compile(r"(\d{1,2})(?::(\d{2}))?")


def _times_of_day(toks: list[str]) -> list[int]:
    """The times of day the tokens write, in their order, as minutes after midnight (`10 pm`,
    `22:00`)."""
    times = []
    for at, token in enumerate(toks):
        clock = _TIME_OF_DAY.fullmatch(token)
        if clock is None:
            continue
        half = toks[at + 1] if at + 1 < len(toks) else ""
        if half in HALVES:
            hours = _hours_of_day(int(clock[1]), half)
        elif clock[2] is not None:
            hours = int(clock[1])
        else:
            continue
        times.append(hours * 60 + int(clock[2] or 0))
    return times


def _text_key(key: str, ctx: Context, main_key: str | None, choice: bool) -> _TextKey:
    written = tokenize(key)
    numbered = numbering_dropped(written)
    # `No. 1` alone is the key's whole name for the thing: its `no` stays a word of it.
    bare_numbering = len(numbered) < len(written) and not any(t[0].isalpha() for t in numbered)
    key_toks = rewrite(
        _posts_spelt_out(
            _on_the_24_hour_clock(_months_spelt_out(written if bare_numbering else numbered))
        )
    )
    key_words = _content_words(key_toks)
    if not key_words:
        # A race time or a time of day is compared as a value, not as a word to be typed
        # (`11.30pm` is 11:30 p.m.).
        key_words = [
            t
            for t in key_toks
            if t[0].isalnum() and race_time(t) is None and _CLOCK.fullmatch(t) is None
        ]
    word_set = frozenset(key_words)
    content = [w for w in key_words if w not in NUMBER_WORDS]
    # `North Saskatchewan River`, asked of the river by North Battleford: the question's
    # `north` is another place's, and a compass word before a word of the key's own name
    # is part of that name (`Saskatchewan River` is another river).
    named_points = {
        point
        for point, word in itertools.pairwise(key_toks)
        if point in COMPASS and word in content and (point, word) not in ctx.asked_pairs
    }
    main_words = _content_words(rewrite(tokenize(main_key))) if main_key else []
    tables = world()
    # Places the answer may name: the key's own, the countries they are in (`Paris,
    # France`), and any the article names as it names them; another is another fact.
    # How the key names each of its places: `NYC` or `the States` typed for them is the
    # same place, written as the key writes it.
    place_words = {
        place: list(key_toks[start:end])
        for start, end, places in places_in(key_toks)
        for place in places
        # `East London` (in the Eastern Cape) is no London; `North Otago` is of Otago
        if not (start > 0 and key_toks[start - 1] in COMPASS and place.kind == "city")
        and _of_the_articles_world(place, ctx)
    }
    countries = {
        country
        for place in place_words
        for home in (place.within, place.part_of)
        if home
        for country in tables.place_by_name.get(tuple(tokenize(home)), ())
    }
    harmless = set((FILLERS | ctx.words) - word_set)
    romans = _has_roman(key_toks)
    quoted_places = frozenset(
        p
        for quote in ctx.quotes
        for _, _, ps in places_in(tokenize(quote))
        for p in ps
        if _of_the_articles_world(p, ctx)
    )
    harmless |= {w for country in countries for name in country.names for w in name}
    harmless |= {w for country in countries for w in country.demonyms}
    # The short name the quote gives the key, typed beside it as the quote writes it
    # (`Lake Volta Authority (LVA)`), is the key's own, not a second answer.
    short = short_name(key, ctx.quotes)
    if short is not None:
        harmless.add(short)
    # The regions the quote puts the key in (`Adelaide in South Australia`) and their
    # countries: `Adelaide, Australia` names where it is.
    regions_beside = _regions_beside(word_set, ctx.quotes)
    beside = frozenset(
        p for name in regions_beside for p in tables.place_by_name.get(tuple(tokenize(name)), ())
    )
    qualifiers = frozenset(t for t in key_toks if t in QUALIFIERS)
    accepted_regions = (
        frozenset() if choice else _regions_accepted(ctx.key_texts, word_set, key_toks)
    )
    legal_form_ends = _ends_in_a_legal_form(key)  # `Harrow Ditching Inc.`: `Inc.` may go
    own_demonym = _demonym_of_a_lone_body(key, ctx)  # `Omani` of the Omani Camel Heritage…
    rounding = {
        word
        for word, after in itertools.pairwise(key_toks)
        if word in _ROUNDING and (after[0].isdigit() or after in NUMBER_WORDS)
    }
    return _TextKey(
        initials=initials_of(key_words),
        bare_numbering=bare_numbering,
        shown=key.strip(),
        words=key_words,
        word_set=word_set,
        # The question's own words prove nothing: require the key's other words.
        required=[
            w
            for w in content
            if (not _asked(w, ctx.words) or w in named_points)
            and not (w in _LEGAL_FORMS and legal_form_ends)
            and w != own_demonym
            and w not in rounding
        ]
        or content,
        droppable=[w for w in main_words if not any(same_word(w, k) is not None for k in word_set)],
        own_demonym=own_demonym,
        values=values_of(key_toks, ctx, romans=romans),
        units=frozenset(units_named(key_toks)),
        currencies=_currencies(key_toks),
        scales=frozenset(t for t in key_toks if t in SCALES),
        # What an opposite typed beside the key contradicts: the key's and the accepted
        # forms' own words (`the federal Forest Restoration Fund`).
        # and the small words of its own with an opposite (`shortly after 4:40 a.m.`).
        opposed=(word_set | ctx.keys | ctx.words) - FILLERS
        | {
            t
            for text in (key, *ctx.key_texts)
            for t in tokenize(text)
            if t in FILLERS and t in world().antonyms
        },
        romans=romans,
        scores=frozenset((a, b) for a, b in _ordered_pairs(key_toks) if a > b),
        negated=any(t in NEGATIVE_WORDS for t in key_toks),
        guarded=qualifiers | frozenset(t for t in key_toks if t in NEGATIVE_WORDS),
        qualifiers=qualifiers,
        has_or=hedged(key_toks),
        joins=any(t in _JOINERS for t in key_toks),
        harmless=frozenset(harmless),
        described=frozenset({t for t in key_toks if t[0].isalpha()} | ctx.keys | ctx.cited),
        place_words=place_words,
        near_places=frozenset(place_words) | frozenset(countries) | beside,
        asked_places=frozenset(p for w in ctx.words for p in tables.place_by_name.get((w,), ())),
        quoted_places=quoted_places,
        quoted_countries=_countries_of(quoted_places | set(place_words)),
        places_from=_places_from(ctx.quotes, word_set, ctx.names.proper_words),
        regions_beside=regions_beside,
        other_names=_other_names(word_set, ctx),
        romans_named=frozenset(
            v for t in ctx.keys if (v := roman_value(t)) is not None and v <= _MOST_ROMAN
        ),
        pairs=frozenset(
            pair for text in ctx.key_texts for pair in itertools.pairwise(rewrite(tokenize(text)))
        )
        | ctx.asked_pairs,
        located_in=frozenset(
            second
            for text in (*ctx.key_texts, *ctx.quotes)
            for first, second in itertools.pairwise(tokenize(text))
            if first == "in" and second in ctx.names.proper_words
        ),
        times=_times_of_day(tokenize(key)),
        # A name's words either side of its `of` (`Pages of a Nation`), in their order.
        around_of=frozenset(
            pair
            for toks in [rewrite(tokenize(key))]
            for at in range(len(toks))
            if (pair := _around_of(toks, at)) != ("", "") and pair[0] != pair[1]
        ),
        rate_sides=frozenset(
            sides for text in ctx.key_texts for sides in _rate_sides(tokenize(text))
        ),
        city=any(
            place.kind == "city"
            for text in ctx.key_texts
            for _, _, found in places_in(tokenize(text))
            for place in found
        ),
        of_place=frozenset(
            word
            for text in ctx.key_texts
            for run in _places_after_of(tokenize(text), ctx.names.proper_words)
            for word in run
        ),
        part_names=tuple(
            sorted(
                {
                    name
                    for word in word_set
                    for name in ctx.names.names_by_word.get(word, ())
                    if len(name) >= 2 and set(name) < word_set
                }
            )
        ),
        key_countries=accepted_regions,
        key_homes=_homes(accepted_regions),
        directions=frozenset(
            point
            for w in (*key_toks, *ctx.cited, *ctx.keys, *ctx.words)
            if w in COMPASS
            for point in _points(w)
        ),
        zones=zones_in(frozenset(key_toks) | ctx.keys | ctx.words),
        clock=any(_CLOCK.fullmatch(t) for t in key_toks),
        codes=frozenset(c.lower() for c in _CODE.findall(key) if _a_code(c.lower())),
        cited_years=frozenset(
            t for quote in ctx.quotes for t in tokenize(quote) if _YEAR.fullmatch(t)
        )
        - frozenset(key_toks),
        cited_days=frozenset(day for quote in ctx.quotes for day in _days_in(tokenize(quote)))
        - frozenset(_days_in(key_toks)),
        mended=rewritten_words(written) | qualifiers,
        compass_as_written=_compass_as_written(key_words),
        numerals=_numerals_after_words(key_toks, _numbered_by_romans(ctx)),
        ctx=ctx,
    )


def _match(toks: list[str], key: _TextKey) -> Verdict:
    # Before places are read as the key names them: `Frankfurt am Main`, which the world's
    # tables call Frankfurt too, is the article's other Frankfurt.
    another = _another_name(toks, key)
    if another is not None:
        return another
    if _longer_name_abroad(toks, key.ctx):
        return incorrect("a place changes the fact")
    if key.clock:
        toks = as_clock_times(toks)
        halves = {t for t in toks if t in HALVES}
        if halves and key.ctx.keys & HALVES and halves.isdisjoint(key.ctx.keys):
            return incorrect("the other half of the day")  # `3:42 am` for 3:42 pm
    toks = slips_mended(toks, key.mended)  # `Haed` for `Head`, `actng` for `acting`
    if key.compass_as_written:
        toks = [key.compass_as_written.get(t, t) for t in toks]  # `North Ilocos`: Ilocos Norte
    if key.numerals:
        toks = _numerals_as_the_key_writes(toks, key.numerals)  # `Grade II` for Grade 2
    toks = as_the_key_names_places(
        rewrite(
            _posts_spelt_out(
                _on_the_24_hour_clock(
                    _months_spelt_out(toks if key.bare_numbering else numbering_dropped(toks))
                )
            )
        ),
        key.place_words,
    )
    toks = _years_set_apart(toks, key.cited_years)
    if key.cited_days:
        toks = _days_set_apart(toks, key.cited_days)
    toks = _abbreviations_spelt_out(toks, key)
    toks = _compass_slips_mended(toks)
    if not key.negated:
        denied = denied_positions(toks)
        if denied:
            toks = [t for i, t in enumerate(toks) if i not in denied]
    if any(_code_missing(code, toks) for code in key.codes):
        return incorrect("another code")  # `Euro 6c` for Euro 6d
    changed = _meaning_changed(toks, key)
    if changed is not None:
        return changed
    if key.own_demonym is not None and key.own_demonym not in toks:
        tables = world()
        other = next(
            (t for t in toks if t not in key.word_set and tables.place_by_demonym.get(t)), None
        )
        if other is not None:  # `the Spanish Water Agency` for the Catalan Water Agency
            return incorrect(f"the article does not call it {other.capitalize()}")
    words = [t for t in toks if t[0].isalpha()]
    close = _required_close(words, key)
    if close is None:
        return incorrect()
    too_much = _too_much(toks, words, key)
    if too_much is not None:
        return too_much
    if close:
        return correct(f"close: {key.shown}", close=True)
    return correct()


def qualifier_dropped(toks: list[str], key_words: list[str], names: ArticleNames) -> str | None:
    """The key's `South Canterbury` (or `Palmerston North`) typed as `Canterbury`, where the
    article also writes a Canterbury without the qualifier: that name, else None."""
    for qualifier, name in itertools.pairwise(key_words):
        if _qualifier_left_out(toks, qualifier, name, names) and any(
            second == name and first != qualifier and first not in POSITIONAL
            for first, second in names.pairs
        ):
            return name
    for at, (name, qualifier) in enumerate(itertools.pairwise(key_words)):
        if (
            _qualifier_left_out(toks, qualifier, name, names)
            # not the qualifier of the name after it (`Makola Market in Central Accra`)
            and not (at + 2 < len(key_words) and key_words[at + 2] in names.proper_words)
            # nothing typed after the name (`Palmerston Nth`, `Brandon Est` may be its slips)
            and _typed_last(toks, name)
            # the article writes the name alone, at a sentence's end or before a small word
            and any(
                first == name
                and second != qualifier
                and second not in POSITIONAL
                and (second in FILLERS or second in names.proper_words)
                for first, second in names.pairs
            )
        ):
            return name
    return None


def _first_word_dropped(toks: list[str], key_words: list[str], names: ArticleNames) -> str | None:
    """The key's `Oud Sabanapoe` typed as `Sabanapoe`, where the article also names a
    Nieuw Sabanapoe: the name the two share, which names neither; else None."""
    typed = [t for t in toks if t[0].isalnum() and t not in FILLERS]
    for first_word, name in itertools.pairwise(key_words):
        if (
            typed == [name]  # the shared word alone, with nothing that may be a slip
            and first_word in names.proper_words
            and first_word not in POSITIONAL  # `Canterbury` of South Canterbury: above
            and name in names.proper_words
            and any(
                second == name
                and first != first_word
                and first in names.proper_words
                and first not in FILLERS
                for first, second in names.pairs
            )
        ):
            return name
    return None


def _qualifier_left_out(toks: list[str], qualifier: str, name: str, names: ArticleNames) -> bool:
    """The key's name is typed and its compass qualifier is not, in any form (`N. Uist`,
    `Nort Shaft`: the qualifier typed short or with a slip counts), nor any other."""
    return (
        qualifier in POSITIONAL
        # a part of the name, as the article writes it (not `in central Accra`)
        and qualifier in names.proper_words
        and name in names.proper_words
        and name in toks
        and not any(t == qualifier[0] or same_word(t, qualifier) is not None for t in toks)
        and not any(t in POSITIONAL for t in toks)
    )


def _typed_last(toks: list[str], name: str) -> bool:
    """Nothing but small words typed after the name."""
    at = toks.index(name)
    return all(not t[0].isalnum() or t in FILLERS for t in toks[at + 1 :])


def qualifier_added(toks: list[str], key_words: list[str], names: ArticleNames) -> str | None:
    """`Palmerston North` typed for the key's Palmerston, where the article writes Palmerston
    North as a name of its own: that name, else None."""
    for first, second in itertools.pairwise(toks):
        for name, qualifier in ((first, second), (second, first)):
            if (
                qualifier in POSITIONAL
                and name in key_words
                and qualifier not in key_words
                and name in names.proper_words
                and (first, second) in names.names_by_word.get(name, ())
            ):
                return f"{first} {second}"
    return None


def _a_namesake_of_the_city(toks: list[str], key: _TextKey) -> bool:
    """`Frankfurt an der Oder` for Frankfurt am Main, where the article writes `Frankfurt
    (Oder)`: a proper word typed that the article writes straight after a word of the
    key's, and the keys, the quotes and the question never write."""
    ctx = key.ctx
    pairs = ctx.names.pairs
    return any(
        t in ctx.names.proper_words
        and t not in FILLERS
        and t not in key.word_set
        and t not in ctx.keys
        and t not in ctx.cited
        and t not in ctx.words
        and any((k, t) in pairs for k in key.word_set)
        for t in toks
    )


def _places_after_of(toks: list[str], proper: frozenset[str]) -> list[set[str]]:
    """The article's proper words of each name typed after `of` (`of Reggio Calabria`)."""
    runs: list[set[str]] = []
    for at, word in enumerate(toks):
        if word != "of":
            continue
        run: set[str] = set()
        for after in toks[at + 1 : at + 4]:
            if after not in proper or after in FILLERS:
                break
            run.add(after)
        if run:
            runs.append(run)
    return runs


def _located_elsewhere(toks: list[str], key: _TextKey) -> bool:
    """`North Paravur in Kollam district` where the quote writes `in Ernakulam district`: a
    name of the article's, typed after `in`, that neither the keys nor the quotes write."""
    ctx = key.ctx
    return any(
        first == "in"
        and second in ctx.names.proper_words
        and second not in FILLERS  # `The` opens many a sentence
        and second not in ctx.keys
        and second not in ctx.cited
        and second not in key.located_in
        # a country or region of the world's may hold the place (`in Kerala`)
        and not any(p.kind in _REGION_KINDS for p in world().place_by_name.get((second,), ()))
        for first, second in itertools.pairwise(toks)
    )


def _of_the_articles_world(place: Place, ctx: Context) -> bool:
    """A place of the tables as the article can mean it: where the tables give its name to
    places in several countries, only one in a country the article names (`Victoria` of an
    article on Malta is neither the Australian state nor the Seychelles' capital). A name
    of one place is kept wherever it is (`Geneva`, in an article that never says Switzerland)."""
    if place.kind == "country" or not place.within:
        return True
    tables = world()
    # (only a name the tables give to places in several countries is in doubt)
    homes = {
        other.within or other.name
        for name in place.names
        for other in tables.place_by_name.get(name, ())
    }
    if len(homes) < 2:
        return True
    article_countries = {p for p in ctx.names.places if p.kind == "country"}
    if not article_countries:
        return True
    within = tables.place_by_name.get(tuple(tokenize(place.within)), ())
    return any(c in article_countries for c in within)


def _another_region_quoted(places: Iterable[Place], quoted: AbstractSet[Place]) -> bool:
    """A region of a country typed where the quotes name another region of that country,
    and not this one."""
    typed = [p for p in places if p.kind == "subdivision"]
    return bool(typed) and all(
        p not in quoted
        and any(q.kind == "subdivision" and q.within == p.within and q != p for q in quoted)
        for p in typed
    )


def _prefixed(toks: list[str], word: str, key_word: str) -> bool:
    """`un-investable` for uninvestable: the prefix typed apart, before the word."""
    at = toks.index(word)
    before = [t for t in toks[:at] if t not in ("-", "–")]
    return bool(before) and before[-1] + word == key_word


def _longer_name_abroad(toks: list[str], ctx: Context) -> bool:
    """`Newcastle upon Tyne` where the article's Newcastle lies in Australia: a place's
    fuller name that the article never writes, in a country none of its other places is
    in."""
    for start, end, places in places_in(toks):
        if end - start < 2 or all(t in ctx.names.words for t in toks[start:end]):
            continue
        # The countries of the article's other places (its short `Newcastle` may read as
        # this very one)
        countries = {p.within or p.name for p in ctx.names.places if p not in places}
        if countries and all(p.within and p.within not in countries for p in places):
            return True
    return False


def short_name(name: str, quotes: tuple[str, ...]) -> str | None:
    """The short name a quote writes in brackets straight after the name (`the Dunav Tram
    Consortium (DTC)`, `Páirtí an Phobail (PnP)`), folded as a typed word is: written with
    two capitals at least (not a legal form, `Mzansi Generics (Pty)`)."""
    # Most quotes open no bracket: compiling a pattern per key (thousands a long corpus,
    # each pushing others out of `re`'s cache) is only worth it for those that do.
    bracketed = [quote for quote in quotes if "(" in quote]
    if not bracketed:
        return None
    pattern = re.compile(re.escape(name.strip()) + r"\s*\(([^\s()]{2,12})\)", re.IGNORECASE)
    for quote in bracketed:
        found = pattern.search(quote)
        if found is not None and sum(c.isupper() for c in found[1]) >= 2:
            short = tokenize(found[1])
            if len(short) == 1 and short[0][0].isalpha():
                return short[0]
    return None


def _currencies(toks: list[str]) -> frozenset[str]:
    return frozenset(
        code for t in toks if (code := CURRENCY_SYMBOLS.get(t) or CURRENCY_WORDS.get(t))
    )


def another_unit(unit: Unit, key_units: frozenset[Unit]) -> bool:
    """A unit of the key's kind but not the key's, nor a near twin of it (`tons` said for
    tonnes is the same fact; `litres` for hectolitres is not)."""
    return unit not in key_units and any(
        unit.dimension == k.dimension
        and (unit.offset != k.offset or not 0.9 <= unit.size / k.size <= 1.1)
        for k in key_units
    )


# Words a company's name may carry or drop (`Acme Mining Ltd`): no other name.
_LEGAL_FORMS = frozenset({"ltd", "inc", "plc", "co", "corp", "llc", "limited", "pty", "sa",
                          "incorporated"})  # fmt: skip


def _ends_in_a_legal_form(key: str) -> bool:
    """A company's name ending in its legal form (`Harrow Ditching Inc.`, `Corrigan Civil
    Pty Ltd`): a player may leave the form out. Not a word of another sense (`limited
    access`): the words before it are a capitalised name."""
    words = re.findall(r"\w+", key)
    count = 0
    while count < len(words) - 1 and words[-1 - count].lower() in _LEGAL_FORMS:
        count += 1
    return count > 0 and words[-1 - count][:1].isupper()


def _demonym_of_a_lone_body(key: str, ctx: Context) -> str | None:
    """The country's or region's adjective a body's capitalised name opens with (`Omani` of
    `the Omani Camel Heritage Committee`), where the article gives no other body the rest of
    the name (`the Camel Heritage Committee` then names it); None otherwise."""
    words: list[str] = [w for w in re.findall(r"[\w'-]+", key) if w.lower() != "the"]
    if len(words) < 4 or not all(w[:1].isupper() for w in words):
        return None  # (the rest a name of its own, three words at least: not `Water Agency`)
    first = words[0].lower()
    if not world().place_by_demonym.get(first):
        return None
    rest = tuple(tokenize(" ".join(words[1:])))
    size = len(rest)
    for sentence in ctx.names.sentences:
        for at in range(1, len(sentence) - size + 1):
            before = sentence[at - 1]
            if (
                sentence[at : at + size] == rest
                and before != first
                and before[:1].isalpha()
                and before not in FILLERS
            ):
                return None  # `the Saudi Camel Heritage Committee` too
    return first


def _other_names(word_set: frozenset[str], ctx: Context) -> tuple[tuple[str, ...], ...]:
    """The names of two words or more the article writes that hold a word of the key and
    a word of their own (not the question's); not those the cited quotes write, where the
    key is part of that name (`Volta` of `Lake Volta`), nor ones an accepted form spells."""
    by_word = ctx.names.names_by_word
    quoted = [tuple(t for t in tokenize(q) if t != ",") for q in ctx.quotes]
    known_places = world().place_by_name  # `South Korea` beside `South Jeolla`: its country
    found = {
        name
        for word in word_set
        for name in by_word.get(word, ())
        if set(name) - word_set - ctx.keys - ctx.words - FILLERS - _LEGAL_FORMS
        # a region the key lies in names where it is; a city is another place
        # (`Frankfurt am Main` beside Frankfurt (Oder))
        and not any(p.kind in _REGION_KINDS for p in known_places.get(name, ()))
        and not any(holds(q, name) for q in quoted)
    }
    return tuple(sorted(found))


# A code of digits and letters written together (`6d`, `A321LR`, `M25`), which the
# tokenizer splits (`6`, `d`).
_CODE = re.compile(r"\b(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]+\b(?![.,]\d)")


def _a_code(word: str) -> bool:
    """Not a figure with its suffix or unit (`15th`, `1990s`, `3pm`, `12km`)."""
    split = _FIGURE_AND_SUFFIX.fullmatch(word)
    return split is None or (split[2] not in _SUFFIXES and unit_at([split[2]], 0) is None)


_FIGURE_AND_SUFFIX = re.compile(r"(\d+(?:\.\d+)?)([a-z]+)")
_SUFFIXES = frozenset({"st", "nd", "rd", "th", "s", "am", "pm", "m", "bn", "k"})


def _code_missing(code: str, toks: list[str]) -> bool:
    """Whether the answer lacks the code: no run of up to three tokens spells it."""
    return not any(
        joined == code or joined.startswith(code + "-")  # `A330-300`
        for size in (1, 2, 3)
        for at in range(len(toks))
        if (joined := "".join(toks[at : at + size]))
    )


_MOST_ROMAN = 50  # numerals beyond name no commission or division (`mix`, `mid`)


def _another_name(toks: list[str], key: _TextKey) -> Verdict | None:
    """The answer holds a name of the article's own that shares a word with the key, or
    an acronym of the article's own that only looks like one of the key's (`KCAA`, `KAA`)."""
    ctx = key.ctx
    for token in toks:
        typed_roman = roman_value(token) if key.romans_named and len(token) <= 4 else None
        if (
            typed_roman is not None
            and typed_roman <= _MOST_ROMAN
            and typed_roman not in key.romans_named
        ):
            return incorrect(f"{token.upper()} is another number")  # `Commission II` for IV
        if (
            token in ctx.names.capitals
            and token not in ctx.keys
            and token not in key.word_set
            and any(same_word(token, k) == CLOSE for k in key.word_set)
        ):
            return incorrect(f"the article's {token.upper()} is another")
        if (
            len(token) > 4
            and token in ctx.names.proper_words
            and token not in ctx.keys
            and token not in key.word_set
            and token not in ctx.words
            and token not in ctx.cited
            and token not in world().place_words  # `Korean` beside the key's Korea
            and any(
                same_word(token, k) == CLOSE and token[:3] != k[:3]  # not an ending apart
                for k in key.word_set
            )
        ):
            # `Westrozebeke` for Oostrozebeke, where the article names both villages
            return incorrect(f"the article's {token.capitalize()} is another")
    for name in key.other_names:
        # `Malewa Roses` names `Malewa Roses Ltd` without its legal form, `Prairie Museum`
        # the article's `The Prairie Museum` at a sentence's head.
        short = tuple(w for w in name if w not in _LEGAL_FORMS)
        short = short[1:] if short[:1] == ("the",) else short
        if holds([t for t in toks if t != ","], short if len(short) >= 2 else name):
            shown = " ".join(short if len(short) >= 2 else name).title()
            return incorrect(f"the article's {shown} is another")
    for name in key.part_names:
        # Only the part's words (`Aarhus University`), not a description of the key's body.
        rest = set(tokenize(key.shown)) - set(name)
        if holds(toks, name) and all(
            t in name
            or t in _ARTICLES  # `the Supreme Court` as much as `Supreme Court`
            or (t not in rest and (t in FILLERS or t in key.ctx.words))
            for t in toks
            if t[0].isalnum()
        ):
            return incorrect(f"the article's {' '.join(name).title()} is another")
    return None


def _as_key_word(typed: str, key: _TextKey) -> str:
    """The key's negating or qualifying word the typed word is a slip of, else itself."""
    if typed in NEGATIVE_WORDS or typed in QUALIFIERS:
        return typed
    return next((word for word in key.guarded if same_word(typed, word) is not None), typed)


def _meaning_changed(toks: list[str], key: _TextKey) -> Verdict | None:
    """Why the answer states another fact than the key (a second answer, a negation, a
    qualifier, a modifier, a number, a place), or None; another of the article's names is
    weighed before (`_another_name`)."""
    if not key.has_or and hedged(toks):
        return incorrect("give one answer")
    # A slip of the key's own word is that word (`Litle Island`, `Uper Kessel`): the rule for
    # such words forgives only a letter left out or two swapped, where no other is as near.
    said = [_as_key_word(t, key) for t in toks]
    if any(t in NEGATIVE_WORDS for t in said) != key.negated:
        return incorrect("a negation changes the meaning")
    if frozenset(t for t in said if t in QUALIFIERS) != key.qualifiers:
        return incorrect("a qualifier changes the meaning")
    antonyms = world().antonyms
    if any(
        (b, a) in key.pairs and a in antonyms.get(b, ()) and (a, b) not in key.pairs
        for a, b in itertools.pairwise(toks)
    ):
        return incorrect("the name's halves are the other way round")  # `South-North Carrier`
    if any(_around_of(toks, at)[::-1] in key.around_of for at in range(len(toks))):
        return incorrect("the name's words are the other way round")  # `A Nation of Pages`
    # `2 hectares per tree` for 2 trees per hectare
    if any(
        sides[::-1] in key.rate_sides and sides not in key.rate_sides for sides in _rate_sides(toks)
    ):
        return incorrect("the rate the other way round")
    for t in toks:
        if t in MODIFIERS and not _described(t, key.described):
            return incorrect("a word changes the meaning")
        if t not in key.word_set and not key.opposed.isdisjoint(world().antonyms.get(t, ())):
            return incorrect("the article says the opposite")  # `state fund` for federal
        if t not in key.ctx.keys and any(
            (negated_by_prefix(k, t) and not _prefixed(toks, t, k)) or negated_by_prefix(t, k)
            for k in key.ctx.keys
        ):
            # `usually fast` for unusually fast, whichever accepted form it is read by
            return incorrect("the article says the opposite")
    if key.located_in and _located_elsewhere(toks, key):
        return incorrect("the article puts it in another place")  # `in Kollam district`
    if key.city and _a_namesake_of_the_city(toks, key):
        return incorrect("the article gives another place")  # `Frankfurt an der Oder`
    known = key.of_place | key.ctx.cited | key.ctx.words
    world_places = world().place_by_name  # `of NZ Golf`: a country's short form
    if key.of_place and any(
        run & key.of_place and any((w,) not in world_places for w in run - known)
        for run in _places_after_of(toks, key.ctx.names.proper_words)
    ):
        # `deputy mayor of Reggio Emilia` for Reggio Calabria's: the namesake place
        return incorrect("the article gives another place")
    dropped = qualifier_dropped(toks, key.words, key.ctx.names)
    if dropped is not None:
        # `Canterbury` for South Canterbury, where the article also names a Canterbury
        return incorrect(f"the article's {dropped.capitalize()} is another place")
    shared = _first_word_dropped(toks, key.words, key.ctx.names)
    if shared is not None:
        return incorrect(f"{shared.capitalize()} ends two of the article's names: which one?")
    added = qualifier_added(toks, key.words, key.ctx.names)
    if added is not None:
        return incorrect(f"the article's {added.title()} is another place")
    for first, second in itertools.pairwise(toks):
        named, qualifier = (second, first) if first in POSITIONAL else (first, second)
        if (
            qualifier in POSITIONAL
            and named in key.ctx.keys
            and named not in FILLERS
            and (first, second) in key.ctx.names.pairs
            and (first, second) not in key.pairs
            and first in key.ctx.names.proper_words
            and second in key.ctx.names.proper_words
        ):
            # `Palmerston North` for the article's Palmerston, where it names both
            return incorrect(f"the article's {first.capitalize()} {second.capitalize()} is another")
    # A point of the compass inside a name of the tables (`South Africa`) is the name's: the
    # places below weigh it.
    typed_places = places_in(toks)
    in_names = {at for start, end, _ in typed_places for at in range(start, end)}
    for index, token in enumerate(toks):
        if (
            token in COMPASS
            and index not in in_names
            and not key.directions.issuperset(_points(token))
            and not _compass_named(toks, index, key.ctx)
        ):
            return incorrect("the article gives another direction")  # `north Iceland`
    quoted_days = key.ctx.cited & WEEKDAYS
    if quoted_days and any(t in WEEKDAYS and t not in quoted_days for t in toks):
        return incorrect("the article gives another day")  # `rain on the Friday`
    if key.zones:
        for index, token in enumerate(toks):
            if _CLOCK.fullmatch(token) is not None:
                zone = zone_after(toks, index + 1)
                if zone is not None and zone not in key.zones:
                    return incorrect("a time in another time zone")  # `18:07 UTC` for IST
    if key.scores and not key.scores.isdisjoint((b, a) for a, b in _ordered_pairs(toks)):
        return incorrect("the score the other way round")  # `1-3` for a 3-1 win
    ctx = key.ctx
    if ctx.sides:
        sided = {word for word, _ in ctx.sides}
        if any(w in sided and (w, f) not in ctx.sides for w, f in word_figures(toks)):
            return incorrect("the score the other way round")  # `Fiji 24, Kenya 19`
    typed_values = _without_echoes(values_of(toks, ctx, key.romans), key.values, ctx.values)
    if typed_values != key.values and not (
        key.details and _cited_besides(typed_values, key.values, ctx)
    ):
        return incorrect("wrong number")
    if key.units and any(another_unit(unit, key.units) for unit in units_named(toks)):
        return incorrect("in another unit")  # `0 to 2 °F` for 0 to 2 °C
    typed_scales = {t for t in toks if t in SCALES}
    if key.scales and typed_scales and not typed_scales <= key.scales:
        return incorrect("another scale")  # `ISK 22-25 million` for 22-25 billion
    typed_currencies = _currencies(toks)
    if key.currencies and typed_currencies and key.currencies.isdisjoint(typed_currencies):
        return incorrect("in another currency")  # `$10-15 million` for €10-15 million
    # Three look-ups, not their union: the article's words are thousands, and uniting them
    # again for every answer graded cost more than the look-ups it saved.
    article_words, key_words = ctx.names.words, ctx.keys
    if (key.regions_beside or key.key_countries) and _region_elsewhere(toks, key):
        return incorrect("the article puts it in another place")
    if _from_elsewhere(toks, key):
        return incorrect("the article gives another place")  # `a teacher from Baubau`
    for start, end, places in typed_places:
        if not key.near_places.isdisjoint(places):
            continue
        if _inside_another_place(toks[start:end], key):
            return incorrect("a place changes the fact")  # `Northern Ireland` for North Leitrim
        if all(p.kind == "region" for p in places):
            if _region_for_the_country(places, typed_places, key):
                return incorrect("the article puts it in another place")  # `in the Balkans`
            continue  # `Kingston, Jamaica, in the Caribbean`; `East Africa Fund`
        if (
            all(p.kind == "country" for p in places)
            and key.quoted_countries
            and key.quoted_countries.isdisjoint(places)
        ):
            return incorrect("the article puts it in another country")  # `Porto-Novo, Nigeria`
        if (
            key.asked_places
            and not any(p in key.asked_places or p in key.quoted_places for p in places)
            and any(p.kind == a.kind for p in places for a in key.asked_places)
        ):
            return incorrect("the question asks about another place")  # `south of Pará`
        if ctx.names.places.isdisjoint(places):
            return incorrect("a place changes the fact")  # `New Mexico` for Mexico
        if all(p.kind == "country" for p in places) and not key.quoted_countries.isdisjoint(places):
            continue  # `Arica, Chile` where the quote says the Chilean port of Arica
        if _another_region_quoted(places, key.quoted_places):
            # `on the New South Wales side` where the quote says the Victorian side
            return incorrect("the article puts it in another place")
        if any(
            t not in article_words
            and t not in key_words
            and t not in key.word_set
            and not any(same_word(t, w) is not None for w in key.word_set)
            for t in toks[start:end]
        ):
            # `Paris, Texas` for Paris; `British Virgin Islands` for `Virgin Islands`.
            return incorrect("a place changes the fact")
    return None


def _inside_another_place(named: list[str], key: _TextKey) -> bool:
    """A word the key needs, typed only as part of the name of another place of the tables
    (`Northern` of `Northern Ireland` for North Leitrim)."""
    place_words = world().place_words
    return any(any(same_word(t, w) is not None for w in key.required) for t in named) and any(
        t in place_words and not any(same_word(t, w) is not None for w in key.word_set)
        for t in named
    )


_YEAR = re.compile(r"1\d{3}|20\d{2}")
_YEAR_APART = frozenset({"in", "dated", "from", "since"})


_REGION_KINDS = frozenset({"country", "subdivision"})


def _regions_accepted(
    texts: tuple[str, ...], key_words: frozenset[str], key_toks: list[str]
) -> frozenset[str]:
    """The countries and provinces the key's accepted forms write beside it (`Vanga,
    Kenya`, `Shippagan, New Brunswick`), not the key's own place in another tongue
    (`Südtirol` for South Tyrol)."""
    own = {p for _, _, places in places_in(key_toks) for p in places}
    found: set[str] = set()
    for text in texts:
        toks = tokenize(text)
        for start, end, places in places_in(toks):
            if key_words.issuperset(toks[start:end]) or not own.isdisjoint(places):
                continue
            found.update(place.name for place in places if place.kind in _REGION_KINDS)
    return frozenset(found)


def _region_after(toks: list[str], at: int, words: AbstractSet[str]) -> bool:
    """The region starting at `at` is written straight after one of `words` (`Dover,
    Delaware`, `Dover Delaware`)."""
    before = at - 1 if at >= 1 and toks[at - 1] != "," else at - 2
    return before >= 0 and toks[before] in words


def _regions_beside(words: AbstractSet[str], quotes: tuple[str, ...]) -> frozenset[str]:
    found: set[str] = set()
    for quote in quotes:
        toks = tokenize(quote)
        for start, end, places in places_in(toks):
            # `Dover, Delaware`; `Adelaide in South Australia`; `East London, in the
            # Eastern Cape` (not `in the German state of…`: a demonym names no region)
            named = any(tuple(toks[start:end]) in p.names for p in places)
            before = start - (named and start >= 1 and toks[start - 1] == "the")
            at = before - 1 - (before >= 2 and toks[before - 2] == ",")
            written_in = (
                before >= 1 and toks[before - 1] == "in" and at >= 1 and toks[at - 1] in words
            )
            if written_in or _region_after(toks, start, words):
                found.update(p.name for p in places if p.kind in _REGION_KINDS)
                found.update(p.within for p in places if p.kind in _REGION_KINDS and p.within)
    return frozenset(found)


def _region_for_the_country(
    region: tuple[Place, ...],
    typed: list[tuple[int, int, tuple[Place, ...]]],
    key: _TextKey,
) -> bool:
    """A continent or group of countries typed in place of the country the key names
    (`the second-largest city in the Balkans` for Bulgaria's), which the article never
    names."""
    countries = {p for p in key.near_places if p.kind == "country"}
    return (
        bool(countries)
        and key.ctx.names.places.isdisjoint(region)
        and not any(not countries.isdisjoint(places) for _, _, places in typed)
    )


def _region_elsewhere(toks: list[str], key: _TextKey) -> bool:
    """`Dover, New Jersey` where the quote writes `Dover, Delaware`; `Vanga, Tanzania` where
    an accepted form writes `Vanga, Kenya`."""
    for start, _end, places in places_in(toks):
        regions = [p for p in places if p.kind in _REGION_KINDS]
        if not regions or not _region_after(toks, start, key.word_set | _IN):
            continue
        if key.regions_beside:
            if all(p.name not in key.regions_beside for p in regions):
                return True
        elif key.key_countries and all(
            p.name not in key.key_countries
            and p.within not in key.key_countries  # `Vanga, Kwale County` of Vanga, Kenya
            and p.name not in key.key_homes  # `Shippagan, Canada`
            for p in regions
        ):
            return True
    return False


_IN = frozenset({"in"})


def _homes(regions: frozenset[str]) -> frozenset[str]:
    """The countries the named provinces are in (`Canada` of New Brunswick)."""
    by_name = world().place_by_name
    return frozenset(
        p.within for name in regions for p in by_name.get(tuple(tokenize(name)), ()) if p.within
    )


_WHERE = frozenset({"from", "in"})


def _places_from(
    quotes: tuple[str, ...], key_words: AbstractSet[str], proper: AbstractSet[str]
) -> frozenset[str]:
    """The places the cited quotes say the answer is from or in (`a teacher from Wanci`)."""
    found: set[str] = set()
    for quote in quotes:
        toks = tokenize(quote)
        found.update(
            toks[at + 1]
            for at in range(len(toks) - 1)
            if toks[at] in _WHERE
            and toks[at + 1] in proper
            and toks[at + 1] not in FILLERS
            and toks[at + 1] not in key_words
        )
    return frozenset(found)


def _from_elsewhere(toks: list[str], key: _TextKey) -> bool:
    """`from X` where X is a place the article names but its cited words (and the key) do
    not, while they name one beside the answer: another fact. A country is left alone
    (`a teacher from Indonesia` may still be true)."""
    ctx = key.ctx
    if not key.places_from:
        return False
    tables = world()
    for at in range(len(toks) - 1):
        if toks[at] not in _WHERE:
            continue
        place = toks[at + 1]
        if (
            place in ctx.names.proper_words
            and place not in FILLERS
            and place not in key.described
            and not any(p.kind == "country" for p in tables.place_by_name.get((place,), ()))
            and place not in tables.place_by_demonym
            # read last, and only then: they scan the article's sentences; a city of the
            # gazetteer is a place even in a body's name (`the Movement for a Greener Lyon`)
            and (
                place not in ctx.names.name_words
                or any(p.kind == "city" for p in tables.place_by_name.get((place,), ()))
                or _written_as_where(place, ctx)
            )
            and place not in ctx.names.words_beside(tuple(key.words))
        ):
            return True
    return False


def _written_as_where(word: str, ctx: Context) -> bool:
    """The article itself writes the word as where something is or comes from (`won in
    Ardfield`): a place, though a name it reads as a person's holds it (`North Ardfield`)."""
    return word in written_after_where(ctx.names.sentences)


def _years_set_apart(toks: list[str], years: frozenset[str]) -> list[str]:
    """The tokens without a year the cited quote gives, set apart as context (`JHD, dated
    1664`, `the Magna Carta, in 1215`): the year, the word before it and a comma before."""
    if not years or years.isdisjoint(toks):
        return toks
    dropped: set[int] = set()
    for i, t in enumerate(toks):
        if t in years and i and toks[i - 1] in _YEAR_APART:
            dropped.update((i, i - 1))
            if i >= 2 and toks[i - 2] == ",":
                dropped.add(i - 2)
    return [t for i, t in enumerate(toks) if i not in dropped] if dropped else toks


# Compass words long enough for a slip in one to be told from another word.
_LONG_COMPASS = tuple(sorted(w for w in COMPASS if len(w) >= 8 and "-" not in w))


def _compass_as_written(key_words: list[str]) -> dict[str, str]:
    """`North Ilocos` for Ilocos Norte, `Sud-Kivu` for South Kivu: each point of the compass
    (or upper, lower) a player may type in English where the key writes it in another
    language, or the other way round, with the word the key writes. Only beside a key that
    writes the counterpart: elsewhere the words are a name's (`Reggio Alta`)."""
    key_set = set(key_words)
    english = {COMPASS_ABROAD[w]: w for w in key_words if w in COMPASS_ABROAD}
    abroad = {w: e for w, e in COMPASS_ABROAD.items() if e in key_set}
    return {t: w for t, w in (english | abroad).items() if t not in key_set}


def _compass_slips_mended(toks: list[str]) -> list[str]:
    """`sotheast`, `norhteast`: a slip of one letter in a compound point of the compass,
    read as the one point it is a slip of. Compass words are never fuzzed, since
    `southwest` and `southeast` differ by little; a slip one edit from both
    (`southeest`) names neither."""
    out: list[str] | None = None
    for index, token in enumerate(toks):
        if len(token) < 8 or token in COMPASS or not token.isalpha():
            continue
        near = [w for w in _LONG_COMPASS if OSA.distance(token, w, score_cutoff=1) <= 1]
        if len(near) == 1:
            out = out if out is not None else list(toks)
            out[index] = near[0]
    return toks if out is None else out


def _days_in(toks: list[str]) -> list[tuple[str, str]]:
    """The days written as a month and its day (`October 14`, `14 October`)."""
    return [
        (month, day)
        for first, second in itertools.pairwise(toks)
        for month, day in ((first, second), (second, first))
        if month in MONTHS and day.isdecimal() and 1 <= int(day) <= 31
    ]


def _days_set_apart(toks: list[str], days: frozenset[tuple[str, str]]) -> list[str]:
    """The tokens without a day the cited quote gives, set apart as context after `on`
    (`5:40 in the morning on October 14`): the day, `on` and a comma before."""
    dropped: set[int] = set()
    for at in range(1, len(toks) - 2):
        if toks[at] != "on":
            continue
        pair = (toks[at + 1], toks[at + 2])
        if pair in days or pair[::-1] in days:
            dropped.update((at, at + 1, at + 2))
            if toks[at - 1] == ",":
                dropped.add(at - 1)
    return [t for i, t in enumerate(toks) if i not in dropped] if dropped else toks


def _points(direction: str) -> set[str]:
    """`south-eastern` is south and east: the points a direction word names."""
    return {p for p in ("north", "south", "east", "west") if p in direction}


def _compass_named(toks: list[str], index: int, ctx: Context) -> bool:
    """The article writes the compass word with the word beside it in the answer (`Western
    Norway` in a body's name, `North Sea`), not only somewhere (`Surulere North`)."""
    pairs = [toks[at : at + 2] for at in (index, index - 1) if at >= 0 and at + 1 < len(toks)]
    # (two compass words together are a direction, `to the north-east`, not a name)
    pairs = [p for p in pairs if p[0].isalpha() and p[1].isalpha() and not set(p) <= COMPASS]
    if not pairs:
        return _article_names(toks[index : index + 1], ctx)
    return any(_article_names(pair, ctx) for pair in pairs)


def _article_names(words: list[str], ctx: Context) -> bool:
    """The article writes these words together: `Western Norway` in a body's name."""
    size = len(words)
    return any(
        list(sentence[i : i + size]) == words
        for sentence in ctx.names.sentences
        if words[0] in sentence
        for i in range(len(sentence) - size + 1)
    )


def _required_close(words: list[str], key: _TextKey) -> bool | None:
    """Whether every required word of the key is there (True when one only closely), or
    None when one is missing."""
    pairs = [a + b for a, b in itertools.pairwise(words)]
    close = False
    for position, wanted in enumerate(key.required):
        found = _find(wanted, words)
        if found is None:
            # `ceasefire` typed for `cease fire`, or the other way round (not a letter of
            # its own, `category A` is no slip of `categoryB`; but a scale's letter after
            # `degrees` is one unit written apart: `degrees Celsius` for `degrees C`).
            letter_alone = len(wanted) == 1 and key.required[position - 1 : position] not in (
                ["degrees"],
                ["degree"],
            )
            joined = None if letter_alone else _joined_key(key.required, position)
            found = _find(joined[0], _compounds(words, wanted, joined[1])) if joined else None
            if found is None and any(same_word(p, wanted) is not None for p in pairs):
                continue
            if found is None:
                return None
        close = close or found == CLOSE
    return close


def _too_much(toks: list[str], words: list[str], key: _TextKey) -> Verdict | None:
    """Why the words beyond the key's make it another answer (or too long), or None."""
    word_set, ctx = key.word_set, key.ctx
    extras = 0
    uncited = 0
    own: set[int] = set()
    for index, token in enumerate(words):
        if token in key.harmless or any(same_word(token, w) is not None for w in word_set):
            continue
        if token in NUMBER_WORDS:
            continue  # a value, compared above (`twenty fourteen` for 2014)
        if _in_compound(words, index, word_set):
            continue
        extras += 1
        if token in ctx.cited or token in ctx.keys:
            continue
        if _placed_by(words, index) and _place_untold(words, index, key):
            # `Quillan Park in Brackwell`, where the article never names Brackwell
            return incorrect(f"the article does not put it in {token.capitalize()}")
        if (
            token in PLACE_FEATURES
            and index
            and words[index - 1] in word_set
            and words[index - 1] in ctx.names.proper_words
            and token not in ctx.words
        ):
            return incorrect("another place")  # `Regina Beach` for Regina
        if (
            index + 1 < len(words)
            and _key_word_at(words, index + 1, word_set)
            and (index == 0 or words[index - 1] not in _SUBJECTS)
        ):
            # `White House press secretary`, `a lasting ceasefire`: a word in front
            # changes whose post it is, or what kind of thing.
            return incorrect("a word changes the meaning")
        uncited += 1
        own.add(index)
    if key.joins and own:
        # The words with their commas: `black, white and amber` lists white apart.
        listed = [t for t in toks if t[0].isalpha() or t == ","]
        at = [i for i, t in enumerate(listed) if t != ","]
        if any(_an_item_of_its_own(listed, at[index], word_set) for index in own):
            return incorrect("an item is not in the article")  # `black, amber and white`
    if (
        extras
        and not key.joins
        and _names_another(
            toks,
            word_set,
            key.harmless,
            ctx.names.words_beside(tuple(key.words)),
            ctx.names.words,
            ctx.names.proper_words,
            key.initials,
        )
    ):
        return incorrect("give one answer")
    if own and _replaced(words, own, key):
        return incorrect("a word changes the meaning")  # `Liberal Front` for Liberal Party
    replaced = _asked_name_replaced(toks, key) if own else None
    if replaced is not None:
        return incorrect(replaced)  # `northern Zell` for northern Maro
    if uncited and any(_find(w, words) is None for w in key.droppable):
        # `press secretary for the White House` against `Treasury press secretary`:
        # the key's `Treasury` may be left out, not replaced by other words.
        return incorrect("a word changes the meaning")
    if extras > max(_MAX_EXTRA, len(key.words)):
        return incorrect("answer briefly")
    return None


# The words after a locative (`_LOCATIVES`, below) that make a phrase of another sense than
# a place (`in charge of`, `in favour`).
_NOT_PLACES = frozenset(
    {"charge", "favour", "favor", "total", "person", "part", "full", "turn", "fact", "general",
     "particular", "short", "time", "place", "power", "office", "public", "private", "response",
     "support", "addition", "advance", "return", "force", "use", "effect", "line", "front",
     "order", "case", "all", "practice", "principle", "theory", "cash", "kind"}
)  # fmt: skip
# A word of under four letters or with no vowel is a shortening the article may spell out
# (`in NSW`), not a name it never writes.
_VOWELS = frozenset("aeiouy")


def _placed_by(words: list[str], index: int) -> bool:
    """The word opens the phrase straight after a locative, as a place's name stands (`in
    Brackwell`); a common noun takes `the` (`in the port`)."""
    return index > 0 and words[index - 1] in _LOCATIVES and words[index] not in _NOT_PLACES


def _place_untold(words: list[str], index: int, key: _TextKey) -> bool:
    """The phrase from `index` (up to a small word) names a place no table knows with words
    the article, the question and the keys never write (`in Brackwell` where the article
    never names Brackwell): a place the article does not give; `at a fish farm` for a trout
    farm writes the article's farm."""
    end = index
    while end < len(words) and words[end] not in FILLERS:
        end += 1
    phrase = words[index:end]
    ctx = key.ctx
    if not phrase or len(phrase[0]) < 4 or not _VOWELS.intersection(phrase[0]):
        return False
    return not places_in(phrase) and all(
        w not in ctx.names.words and w not in ctx.keys and w not in ctx.words for w in phrase
    )


def _an_item_of_its_own(words: list[str], index: int, word_set: AbstractSet[str]) -> bool:
    """Where the key joins items (`black and amber`), the word stands between `and`s or
    commas with none of the key's words: one item more."""
    start = index
    while start > 0 and words[start - 1] not in _ITEM_BREAKS:
        start -= 1
    end = index
    while end + 1 < len(words) and words[end + 1] not in _ITEM_BREAKS:
        end += 1
    before = words[start - 1] if start > 0 else None
    after = words[end + 1] if end + 1 < len(words) else None
    # Listed: after `and`, or between a comma and `and` (`black, white and amber`), not a
    # remark after a comma (`black and amber, as always`).
    listed = before in _AND or (before == "," and after in _AND)
    return listed and all(w not in word_set for w in words[start : end + 1])


_AND = frozenset({"and", "&"})
_ITEM_BREAKS = _AND | {","}


def _replaced(words: list[str], own: set[int], key: _TextKey) -> bool:
    """The head of a body's name that the question states (`party`), left out for another
    head of the answer's own in its place, straight after the key's word before it: the
    question's word may be dropped, but `Liberal Front` is another body than Liberal Party
    (`Corp.` for Corporation only shortens it); a street's kind the same (`Church Lane` for
    Church Street, asked on which street)."""
    for before, word in itertools.pairwise(key.words):
        heads = (
            _STREET_KINDS
            if word in _STREET_KINDS
            else ORGANISATION_WORDS
            if word in ORGANISATION_WORDS
            else None
        )
        if word in key.required or heads is None or _find(word, words) is not None:
            continue
        for index, typed in enumerate(words[:-1]):
            head = words[index + 1]
            if (
                index + 1 in own
                and head in heads
                and not _abbreviates(head, word)
                and same_word(typed, before) is not None
            ):
                return True
    return False


# The kinds of street a name ends with: `Church Lane` is another street than Church Street.
_STREET_KINDS = frozenset(
    {"street", "road", "lane", "avenue", "drive", "way", "close", "crescent", "place",
     "square", "boulevard", "terrace", "row", "court", "gardens", "grove", "walk", "parade",
     "highway", "alley", "mews", "rise", "wynd", "esplanade", "promenade"}
)  # fmt: skip


_NAME_ENDS = frozenset({",", ";", "(", ")", "in", "at", "near", "from", "on"})


def _around_of(toks: list[str], at: int) -> tuple[str, str]:
    """The words either side of an `of` at `at` (`pages`, `nation` of `Pages of a Nation`),
    articles apart; ("", "") where there is none."""
    if toks[at] != "of" or at == 0:
        return ("", "")
    after = [t for t in toks[at + 1 : at + 3] if t not in _ARTICLES]
    return (toks[at - 1], after[0]) if after else ("", "")


_ARTICLES = frozenset({"a", "an", "the"})


def _rate_sides(toks: list[str]) -> list[tuple[str, str]]:
    """What each `per` counts per what, units by their names (`1 m per km`: metre,
    kilometre), other words in the singular (`trees`, `tree`)."""
    sides = []
    for at in range(1, len(toks) - 1):
        if toks[at] == "per":
            before, after = unit_at(toks, at - 1), unit_at(toks, at + 1)
            sides.append(
                (
                    before[0].name
                    if before is not None and before[1] == at
                    else singular(toks[at - 1]),
                    after[0].name if after is not None else singular(toks[at + 1]),
                )
            )
    return sides


def _asked_name_replaced(toks: list[str], key: _TextKey) -> str | None:
    """A name's word of the key that the question states may be left out (`northern` for
    northern Maro, asked which part of Maro), but not replaced, straight after the key's
    words before it: by a name of the article's or a place of the world's (`northern
    Zell`), or, inside a longer name, by any word (`Union of Teachers` for the Union of
    Nurses, asked which union the nurses have). Why it is another answer, or None."""
    ctx, tables = key.ctx, world()
    # The typed words, with what ends a name (`,`, `in`) kept: `the North Esk, in Launceston`
    # says where the river is.
    typed = [t for t in toks if (t[0].isalpha() and t not in FILLERS) or t in _NAME_ENDS]
    for at, word in enumerate(key.words):
        if at == 0 or word in key.required or word not in ctx.names.proper_words or word in toks:
            continue
        before, earlier = key.words[at - 1], key.words[at - 2] if at > 1 else None
        for index in range(1, len(typed)):
            other = typed[index]
            if (
                same_word(typed[index - 1], before) is None
                or other in _NAME_ENDS
                or other in key.word_set
                or other in key.harmless
                or other in ctx.cited
                or other in ctx.keys
                # `Bauska Latvia`: a country says where the key's place is
                or any(p.kind == "country" for p in tables.place_by_name.get((other,), ()))
            ):
                continue
            if other in ctx.names.proper_words or other in tables.place_words:
                return "a place changes the fact"
            if (
                earlier is not None
                and index > 1
                and same_word(typed[index - 2], earlier) is not None
            ):
                return "a word changes the meaning"
    return None


def _abbreviations_spelt_out(toks: list[str], key: _TextKey) -> list[str]:
    """`Development Corp.`, `Slavija Sq.`, `Mzimba SW`: a word of the answer's own that
    shortens words of the key the answer does not hold, as their first letters or as the
    first letter and some others in order, spelt out as the key writes them. Only beside
    another word of the key: alone a shortening may be any word (`Port` for Portugal)."""
    words = key.words
    if len(words) < 2:
        return toks
    article = key.ctx.names.words
    typed = set(toks)
    out: list[str] | None = None
    for index, token in enumerate(toks):
        if (
            len(token) < 2
            or not token.isalpha()
            or token in key.word_set
            or token in article
            or token in _NO_SHORTENING
            or (token,) in world().place_by_name  # `Europe` is no shortened `European`
            or _in_compound(toks, index, key.word_set)
            # a slip in another key's word (`Espra` for Espera) shortens none
            or any(same_word(token, w) is not None for w in key.ctx.keys)
            # `usually` is the opposite of `unusually`, not a shortening of it
            or any(negated_by_prefix(w, token) for w in key.word_set)
        ):
            continue
        missing = [w for w in words if w not in typed and _find(w, toks) is None]
        spelt = _spelt(token, words, missing)
        if spelt is None or not (
            any(w in typed for w in words if w not in spelt)
            or _initials_of_the_whole(token, spelt, key)
        ):
            continue
        out = out if out is not None else list(toks)
        out[index : index + 1] = [" ".join(spelt)]
    if out is None:
        return toks
    return [word for part in out for word in part.split(" ")]


def _initials_of_the_whole(token: str, spelt: list[str], key: _TextKey) -> bool:
    """`SCA` for the Supreme Court of Appeal: the initials of every word of a name of two
    or more, which no other name of the article shares."""
    if not key.alone_by_initials or len(spelt) != len(key.words) or len(token) != len(spelt):
        return False
    if any(len(w) < 3 or not w.isalpha() for w in spelt):
        return False  # `GI` is no genogroup II
    own = set(key.words)
    return not any(
        token in initials_of(name, 2)
        for names in key.ctx.names.names_by_word.values()
        for name in names
        if not own.issuperset(w for w in name if w not in FILLERS)
    )


def _spelt(token: str, words: list[str], missing: list[str]) -> list[str] | None:
    """The missing key words `token` shortens: a run of them by their initials (`sw` for
    south west), or one by its first letter and some of its others (`corp`, `addl`)."""
    for start in range(len(words)):
        for end in range(start + 2, min(len(words), start + len(token)) + 1):
            run = words[start:end]
            if (
                len(run) == len(token)
                and all(w in missing for w in run)
                and "".join(w[0] for w in run) == token
            ):
                return run
    found = [
        w
        for w in missing
        if len(w) >= len(token) + 2
        and _abbreviates(token, w)
        # a body's head of its own shortens another only as its start (`Corp.`, `Co.`):
        # `Fund` is no Foundation
        and (token not in ORGANISATION_WORDS or w.startswith(token))
    ]
    return found if len(found) == 1 else None


# Small words, joiners and words that are facts of their own: `or` is no `over`.
_NO_SHORTENING = (FILLERS | GUARDED_WORDS | HEDGES | _JOINERS) - ORGANISATION_WORDS


def _abbreviates(short: str, full: str) -> bool:
    """`corp` for `corporation`, `co` for `company`: the first letter, then some of the
    others in order."""
    if not short or short[0] != full[0]:
        return False
    rest = iter(full[1:])
    return all(letter in rest for letter in short[1:])


# Subjects of a sentence answer: the word after one is its verb (`He represents Ohio`),
# not a word in front of the key that changes it.
_SUBJECTS = frozenset({"he", "she", "it", "they", "i", "we", "you", "who", "which", "that"})


@last_by_identity
def _cited_values(ctx: Context) -> frozenset[float]:
    """The figures the cited paragraphs state. Read once per question."""
    return frozenset(v for text in ctx.cited_paragraphs for v in values_of(tokenize(text), ctx))


def _cited_besides(typed: list[float], key: list[float], ctx: Context) -> bool:
    """The answer gives the key's figures, and beside them only figures the cited paragraphs
    state (`Lower Brennan, 41 km downstream`): details of the article, not another fact."""
    extra = list(typed)
    for value in key:
        if value not in extra:
            return False
        extra.remove(value)
    cited = _cited_values(ctx)
    # Not a year: `the Act of 2007` names another act where the article says 2008.
    # Nor a small figure, often a word of the answer's own (`one and a half`, `a mile`).
    return bool(extra) and all(
        value in cited and value >= 2 and not could_be_year(value) for value in extra
    )


def _without_echoes(typed: list[float], key: list[float], echoes: frozenset[float]) -> list[float]:
    """The typed values less those the question itself states (`the first mission was
    STS-1` for "Which was the first mission?"), beyond as many as the key has."""
    kept = list(typed)
    for value in echoes:
        while kept.count(value) > key.count(value):
            kept.remove(value)
    return kept


def places_named(toks: list[str]) -> dict[Place, list[str]]:
    """Each place the tokens name, with the words they name it by."""
    return {
        place: list(toks[start:end]) for start, end, places in places_in(toks) for place in places
    }


def as_the_key_names_places(toks: list[str], key_places: dict[Place, list[str]]) -> list[str]:
    """The tokens with each place the key names written as the key writes it (`the USA`
    for `the United States`)."""
    if not key_places:
        return toks
    out: list[str] = []
    at = 0
    for start, end, places in places_in(toks):
        named = next((key_places[p] for p in places if p in key_places), None)
        if named is None:
            continue
        out += toks[at:start] + named
        at = end
    return out + toks[at:] if at else toks


def _described(modifier: str, words: AbstractSet[str]) -> bool:
    """The key or the article uses this modifier, perhaps in another form (`immediately`)."""
    return modifier in words or any(same_word(modifier, w) is not None for w in words)


def _content_words(toks: list[str]) -> list[str]:
    return [t for t in toks if t[0].isalpha() and t not in _KEY_STOP and t not in _SOFT]


def _key_word_at(words: list[str], index: int, key_words: AbstractSet[str]) -> bool:
    """The word at `index` is one of the key's, alone or as part of a compound."""
    return any(same_word(words[index], w) is not None for w in key_words) or _in_compound(
        words, index, key_words
    )


def _in_compound(words: list[str], index: int, key_words: AbstractSet[str]) -> bool:
    """`cease` and `fire` typed for the key's `ceasefire`."""
    joined = []
    if index + 1 < len(words):
        joined.append(words[index] + words[index + 1])
    if index >= 1:
        joined.append(words[index - 1] + words[index])
    return any(same_word(j, w) is not None for j in joined for w in key_words)


def _find(wanted: str, words: list[str]) -> int | None:
    best: int | None = None
    for word in words:
        hit = same_word(word, wanted)
        if hit is not None and (best is None or hit < best):
            best = hit
    return best


def _joined_key(required: list[str], position: int) -> tuple[str, str] | None:
    """The required word run together with its neighbour (`ceasefire` of `cease fire`), and
    the neighbour."""
    if position + 1 < len(required):
        return required[position] + required[position + 1], required[position + 1]
    if position >= 1:
        return required[position - 1] + required[position], required[position - 1]
    return None


def _compounds(words: list[str], wanted: str, neighbour: str) -> list[str]:
    """The typed words that may be a compound of the key's two. Where the wanted word tells
    a place from its namesake (`Sur`, `Upper`), not the neighbour alone, which a slip's
    allowance would let stand for both (`Cortaderas` is no `Cortaderas Sur`)."""
    if wanted not in POSITIONAL and wanted not in COMPASS_ABROAD:
        return words
    return [w for w in words if same_word(w, neighbour) is None]


def _names_another(
    toks: list[str],
    key_words: AbstractSet[str],
    harmless: frozenset[str],
    beside: AbstractSet[str] = frozenset(),
    article_words: AbstractSet[str] = frozenset(),
    proper: AbstractSet[str] = frozenset(),
    initials: AbstractSet[str] = frozenset(),
) -> bool:
    """`Syria and Poland` for `Syria`: a joined part with none of the key's words. A part
    that says where, in the article's words beside the key, is none (`Matarani, in
    Arequipa`; `Cotabambas province, Apurímac region`); nor is a description set off by a
    comma in the article's words (`the Fur Formation, a layer of moler`)."""
    part: list[str] = []
    parts: list[tuple[str, list[str]]] = []
    joiner = ""
    for token in toks:
        if token in _JOINERS:
            parts.append((joiner, part))
            part = []
            joiner = token
        else:
            part.append(token)
    parts.append((joiner, part))
    if len(parts) < 2:
        return False
    for joined_by, piece in parts:
        if joined_by == "," and len(piece) == 1 and piece[0] in initials:
            continue  # `Premier Lotteries Ireland (PLI)`: the name's own letters
        if joined_by == "," and _a_region(piece):
            continue  # `Lyon, France`: where it is, not a second answer
        if joined_by in ("", ",") and _where_beside(
            piece, beside, proper if joined_by else frozenset()
        ):
            continue
        if joined_by == "," and _describes(piece, article_words):
            continue
        words = [t for t in piece if t[0].isalpha() and t not in harmless]
        if words and not any(same_word(t, k) is not None for t in words for k in key_words):
            return True
    return False


# Words that say a part of an answer is where the key is, not another answer.
_LOCATIVES = frozenset({"in", "on", "near", "around", "outside", "off", "at"})
_AREAS = frozenset(
    {"region", "province", "county", "state", "district", "island", "department", "prefecture"}
)


def _describes(piece: list[str], article_words: AbstractSet[str]) -> bool:
    """The part opens as a description does (`a layer of moler`, `on the Limfjord`,
    `representing fishers`, `after the finder`) and says nothing the article does not."""
    words = [t for t in piece if t[0].isalpha()]
    if len(words) < 2 or not (
        words[0] in _DESCRIPTION_OPENERS
        or words[0] in _LOCATIVES
        or words[0] in _BEARINGS
        or words[0].endswith("ing")
        # `based in Tromsø`, `chaired by a judge`; not an act of its own (`voted
        # against the fares`)
        or (words[0].endswith("ed") and words[1] in _AFTER_PARTICIPLES)
    ):
        return False
    stems = _stems_of(article_words)
    return all(t in article_words or stem(t) in stems for t in words if t not in FILLERS)


@last_by_identity
def _stems_of(words: AbstractSet[str]) -> frozenset[str]:
    """The stems of the article's words, and of the words the synonyms read them as: a
    description says `who pay` (read as `salary`) where the article says pays."""
    read_as = equivalents()
    return frozenset(
        stem(form) for w in words for form in (w, *read_as.get(w, ()), *read_as.get(stem(w), ()))
    )


_DESCRIPTION_OPENERS = frozenset(
    {"a", "an", "the", "after", "which", "who", "where", "whose", "with", "by", "for", "led", "run"}
)
_AFTER_PARTICIPLES = frozenset({"in", "by", "at", "from", "on", "near", "for", "with"})
# Words that say where from somewhere else (`north of Colombo`, `across the river`).
_BEARINGS = frozenset(
    {"north", "south", "east", "west", "across", "along", "beside", "next", "close", "down", "up"}
)


def _where_beside(
    piece: list[str], beside: AbstractSet[str], proper: AbstractSet[str] = frozenset()
) -> bool:
    """The part starts with a locative or names an area (`in Arequipa`, `Cotabambas
    province`), or after a comma is a name (`proper`: `Mindelo, São Vicente`), and its names
    are words the article writes beside the key."""
    words = [t for t in piece if t[0].isalpha()]
    if not words:
        return False
    named = [t for t in words if t not in _LOCATIVES and t not in _AREAS and t not in FILLERS]
    if not (words[0] in _LOCATIVES or any(t in _AREAS for t in words)):
        return bool(named) and all(t in beside and t in proper for t in named)
    return bool(named) and all(t in beside for t in named)


def _a_region(piece: list[str]) -> bool:
    """The words name a country or a state and nothing else."""
    found = places_in(piece)
    covered = {i for start, end, _ in found for i in range(start, end)}
    named = [t for i, t in enumerate(piece) if i not in covered and t[0].isalpha()]
    regions = {p.kind for _, _, places in found for p in places}
    return (
        bool(found)
        and not [t for t in named if t not in FILLERS]
        and regions
        <= {
            "country",
            "subdivision",
        }
    )
