"""Multiple choice: the letter (`a`, `B`, `c)`, `(d)`) or the choice's text, typos forgiven."""

from __future__ import annotations

import re
from functools import cache
from itertools import takewhile

from rapidfuzz.distance import OSA, Indel

from newsquiz.facts.article import ArticleNames, given_named_for_a_city
from newsquiz.facts.clock import HALVES
from newsquiz.facts.currencies import same_currency
from newsquiz.facts.infer import looks_like_a_name
from newsquiz.facts.numbers import number_word, roman_value
from newsquiz.facts.shares import SAME_SHARE, shares
from newsquiz.facts.text import fold_text, singular, tokenize, words_of
from newsquiz.facts.units import (
    POINTS_OF_A_PERCENTAGE,
    Unit,
    inches_at_end,
    letters_for,
    pounds_as_weight,
    unit_at,
    units_named,
)
from newsquiz.facts.values import DATE, DURATION, MONEY, NUMBER, read_number, scan
from newsquiz.facts.words import (
    APPROXIMATE,
    FILLERS,
    HONORIFICS,
    NUMBER_WORDS,
    TIME_UNITS,
    VALUE_WORDS,
)
from newsquiz.facts.world import bodies, places_in, world
from newsquiz.grading.kinds import Matcher
from newsquiz.grading.kinds.common import (
    Context,
    bracketed_at_end,
    hedged,
    initials_of,
    offers_alternatives,
    scores_apart,
    split_at,
)
from newsquiz.grading.kinds.person import compile_person, name_parts
from newsquiz.grading.kinds.text import (
    another_unit,
    compile_text,
    numbering_dropped,
    qualifier_dropped,
    short_name,
    values_of,
)
from newsquiz.grading.kinds.values import (
    change_asked_of,
    compile_date,
    compile_duration,
    compile_money,
    compile_number,
    other_side_of_change,
)
from newsquiz.grading.normalize import same_word
from newsquiz.grading.verdict import Verdict, correct, incorrect
from newsquiz.grading.vocab import (
    FALLING,
    GUARDED_WORDS,
    HEDGES,
    NEGATIVE_WORDS,
    POSITIONAL,
    QUALIFIERS,
    RATE_OPENERS,
    RISING,
)

_LEAD = (FILLERS - {"a"}) | {"option", "choice", "letter", ",", "answer"}


def compile_choice(key: str, choices: tuple[str, ...], ctx: Context) -> Matcher:
    # An accepted form that is a choice written in other capitals (`south korea`) is that
    # choice, told apart from the others as the key is (`Korea` fits North Korea too).
    key = next((c for c in choices if c == key or fold_text(c) == fold_text(key)), key)
    if key not in choices:
        return compile_text(key, ctx, choice=True)
    key_index = choices.index(key)
    # `Lalibela Tour Guides Association`: a name, whose every word is its own (no synonym
    # of one names it).
    key_a_name = _a_name(key)
    # What the quotes deny (`do not meet the standard`): a word of it typed where the
    # choice has none says what the article says is not so.
    denied = frozenset(
        word
        for quote in ctx.quotes
        for toks in [tokenize(quote)]
        for at, token in enumerate(toks)
        if token in _DENIERS
        for word in [_first_word_after(toks, at)]
        if word is not None
    ) - frozenset(tokenize(key))  # (`did not meet the standard`, a choice itself)
    # Choices that are all people are told apart by surname: a first name picks none.
    # Among names a city's name may be a given one (`Sofia Quintela` beside `Carlos Veloso`).
    posts = [_post_before_name(choice) for choice in choices]
    named = [
        looks_like_a_name(choice) or post is not None
        for choice, post in zip(choices, posts, strict=True)
    ]
    people = any(named) and all(
        is_name or given_named_for_a_city(words_of(choice))
        for choice, is_name in zip(choices, named, strict=True)
    )
    if people:
        matchers = [
            compile_person(choice, ctx) or compile_text(choice, ctx, choice=True)
            for choice in choices
        ]
        for index, post in enumerate(posts):
            if post is not None:  # `the committee chair` picks `committee chair Ruth Hallett`
                matchers[index] = _either(matchers[index], compile_text(post, ctx, choice=True))
        # A surname two choices share (`Joseph Roe`, `Dennis Roe`) picks neither alone.
        surnames = [name_parts(choice)[0] for choice in choices]
        shared = frozenset(s for s in surnames if surnames.count(s) > 1)
    else:
        matchers = [compile_text(choice, ctx, choice=True) for choice in choices]
    words = [_choice_words(choice) for choice in choices]
    # `Nova Direita Nacional` for the choice `NDN`: the name the article spells out.
    spelled = [
        _spelled_out(choice, ctx.names.sentences) or _body_named(choice) for choice in choices
    ]
    for index, name in enumerate(spelled):
        if name:
            full = compile_text(" ".join(name), ctx, choice=True)
            if full is not None:
                matchers[index] = _either(matchers[index], full)
                words[index] = [*words[index], *(w for w in name if w not in FILLERS)]
    # `DTC` for the choice `Dunav Tram Consortium`: the short name the quote gives it.
    for index, choice in enumerate(choices):
        short = short_name(choice, ctx.quotes) or _own_short_name(choice)
        if short and not any(short in other for i, other in enumerate(words) if i != index):
            matchers[index] = _either(matchers[index], compile_text(short, ctx, choice=True))
            words[index] = [*words[index], short]

    # The article's names only other choices hold (`Minj` of `the counting centre at Minj`
    # beside the key `a sports hall at Banz`): typed with the key's words, two choices mixed.
    others_proper = (
        frozenset(w for i, ws in enumerate(words) if i != key_index for w in ws)
        - frozenset(words[key_index])
        - ctx.words
    ) & ctx.names.proper_words
    key_figures = {t for t in tokenize(key) if t[0].isdigit()}
    key_values = _values(tokenize(key))
    key_figures_in_order = _figures_of(scores_apart(tokenize(key)))
    stated = [_figures(tokenize(choice), ctx) for choice in choices]
    shared_figures = _figures_of_every_choice(stated)
    figures = _figures_of_choices(stated, shared_figures)
    choices_period = _period_of_every_choice(choices)
    choices_rates = {period for choice in choices for period in _rate_periods(tokenize(choice))}
    # Words a figure may be typed with: the quote's, the key's own, and small words that
    # bound or move no figure (`before 2019` is another year, though the question says it).
    # The quote's own bound before the key's figure (`since 1931`) is the key's.
    beside_figures = (
        ((FILLERS | ctx.words | ctx.cited) - GUARDED_WORDS - _BOUNDS)
        | VALUE_WORDS
        | APPROXIMATE  # `about 16 per cent` for the choice `nearly 16 percent`
        | set(words[key_index])
        | {singular(w) for w in words[key_index]}  # `a 100-year storm` for `in 100 years`
        | _words_before(key_figures, ctx.quotes)
    )
    key_units = _units_written(tokenize(key))
    # `a limit of 15 percent` for the choice `a limit of 15 percent, reviewed every three
    # years`: the clause a choice opens with, where no other choice opens so.
    leads = [_content_words(tokenize(choice.split(",")[0])) for choice in choices]
    key_lead = leads[key_index] if "," in key and leads.count(leads[key_index]) == 1 else []
    # `Aberaeron` for the choice `Ysbyty Dyffryn Aeron in Aberaeron`: the place a choice
    # puts its thing in, where no other choice names it.
    places = [_place_at_end(choice) for choice in choices]
    key_measures = frozenset(units_named(tokenize(key)))
    key_currencies = {m.currency for m in scan(tokenize(key)) if m.currency}
    # `15 pounds` of a choice in kilograms is a weight, not money.
    weighed = ctx.weighs_in_pounds or any(u.dimension == "mass" for u in key_measures)

    directions = _directions_written(choices)
    # `by 52 percent` for the choice `52 percent`, where occupancy fell to 52 percent.
    key_value = [m.value for m in scan(tokenize(key)) if m.value is not None]
    change_asked = change_asked_of(ctx, key_value[0]) if len(key_value) == 1 else None
    by_value = _value_matchers(choices, ctx)
    choice_orders = [_figures_of(scores_apart(tokenize(choice))) for choice in choices]
    last_names = [_last_name(choice) for choice in choices]

    def match(toks: list[str]) -> Verdict:
        if directions:
            toks = [directions.get(t, t) for t in toks]  # `fell 38%` for `down 38 percent`
        toks = numbering_dropped(toks)  # `lifeboat no. 3` for `lifeboat number 3`
        if change_asked is not None and other_side_of_change(toks, change_asked[0]):
            return incorrect(change_asked[1])
        rest = [t for t in toks if t not in _LEAD]
        if len(rest) == 1 and len(rest[0]) == 1 and rest[0].isalpha():
            index = ord(rest[0]) - ord("a")
            if index >= len(choices):
                return incorrect(f"choose a letter from a to {chr(ord('a') + len(choices) - 1)}")
            return correct() if index == key_index else incorrect()
        if hedged(toks):
            picked = {_pick(part, matchers, words) for part in _alternatives(toks)}
            picked.discard(None)
            if len(picked) > 1:
                return incorrect("choose one")
            toks = _or_after_negation(toks)
            if hedged(toks) and offers_alternatives(toks):
                return incorrect("choose one")  # `the museum or the school`
        if people and shared and _only_a_shared_surname(toks, shared):
            titled = _titled(toks, choices, ctx)
            if titled is None:
                return incorrect("two of the choices bear that surname: which one?")
            return correct() if titled == key_index else incorrect()
        if not _AND.isdisjoint(toks) and _names_another(toks, key_index, choices, matchers, words):
            return incorrect("choose one")  # `the fourth and the first`
        if by_value:
            # `95 GEL per day` for the choice `95 lari a day`, beside `95 lari a week` and
            # `$95 a day`: read as the choices' kind of value, one choice holds it.
            held = [i for i, m in enumerate(by_value) if m(toks).correct]
            # (not with a word that turns or bounds it: `not number 2`, `before 2016`)
            turned = {t for t in toks if t in NEGATIVE_WORDS or t in _BOUNDS or t in _SIDES}
            if len(held) == 1 and turned <= set(tokenize(choices[held[0]])):
                return correct() if held == [key_index] else incorrect()
        apart = scores_apart(toks)
        written = _figures_of(apart)
        if (
            len(written) > 1
            and _SCORE_JOINS.intersection(apart)
            and written != key_figures_in_order
            and sorted(written) == sorted(key_figures_in_order)
        ):
            return incorrect("the other way round")  # `1-2` for two votes to one
        if len(written) > 1 and _SCORE_JOINS.intersection(apart) and HALVES.isdisjoint(apart):
            # `two to one` for the choice `2-1`: the one choice with the figures in that order
            # (not hours: `11 a.m. to 5 p.m.` is not 11 p.m. to 5 a.m.)
            in_order = [i for i, order in enumerate(choice_orders) if order == written]
            spans = [(m.start, m.end) for m in scan(apart)]
            in_figures = {at for start, end in spans for at in range(start, end)}
            between = range(spans[0][1], spans[-1][0]) if spans else range(0)
            if len(in_order) == 1 and all(
                at in in_figures
                or (t in _SCORE_JOINS and at in between)  # not `9-2 against`
                or t in beside_figures
                or t in _VOTES
                for at, t in enumerate(apart)
            ):
                return correct() if in_order == [key_index] else incorrect()
        verdicts = [m(toks) for m in matchers]
        right = [i for i, v in enumerate(verdicts) if v.correct]
        if right == [key_index] and _fits_another(toks, words, key_index):
            return incorrect("that fits two of the choices: which one?")  # `Korea`
        if right == [key_index] and _place_of_another(toks, words, key_index):
            return incorrect("that puts it where another choice is")  # `Moncton, Nova Scotia`
        if right == [key_index]:
            return verdicts[key_index]
        if len(right) > 1 and key_index in right:
            # `5-4` where the choices are five to four and four to five: the order of the
            # figures (two at least, as a score's) picks one
            in_order = [
                i
                for i in right
                if len(written) > 1 and _figures_of(tokenize(choices[i])) == written
            ]
            if in_order == [key_index]:
                return verdicts[key_index]
            # `International Cricket Council`, which the choice `New Zealand Cricket` takes
            # too (its place dropped, the others' words as extra ones): the one choice that
            # holds every word typed (the order of a denial is not read here: `X, not Y`).
            typed_words = _content_words(toks)
            whole = [i for i in right if all(_near(t, set(words[i])) for t in typed_words)]
            if typed_words and len(whole) == 1 and NEGATIVE_WORDS.isdisjoint(toks):
                return verdicts[key_index] if whole == [key_index] else incorrect()
            return incorrect("choose one")
        if right:
            return incorrect()
        if people:
            return verdicts[key_index]  # a person is named by surname, not guessed at
        if choices_period is not None:
            toks = _in_the_choices_period(toks, choices_period)  # `41` for 41 years old
        if key_units and figures:
            toks = _in_the_keys_units(toks, key_units, figures)  # `16,500 kg`
        measured = inches_at_end(pounds_as_weight(toks) if weighed else toks)
        if key_measures and any(another_unit(u, key_measures) for u in units_named(measured)):
            return incorrect("in another unit")  # `below 300 feet` for 300 metres
        typed_money = [m for m in scan(toks) if m.currency] if key_currencies else []
        if any(
            not any(same_currency(typed, c) for c in key_currencies)
            for m in typed_money
            if (typed := m.currency)
        ):
            return incorrect("in another currency")  # `55 euros` for 55 złoty
        if key_units:
            as_written = _as_the_key_writes_units(toks, key_units)  # `97.4 megahertz` for MHz
            if as_written != toks:
                # `30 kilometres per hour` for the choice `30 km/h`, beside `30 mph`
                right = [i for i, m in enumerate(matchers) if m(as_written).correct]
                if right == [key_index]:
                    return correct()
                if right:
                    return incorrect()
            toks = as_written
        if figures and (not choices_rates or _rate_periods(toks) <= choices_rates):
            # (`from three shifts a week to two` gives another rate than `a day`)
            by_figure = _picked_by_figure(toks, figures, ctx)
            if by_figure is not None:
                if by_figure != key_index:
                    return incorrect()
                if shared_figures and not set(values_of(_rates_dropped(toks), ctx)) <= (
                    shared_figures | set(figures[key_index][1])
                ):
                    return incorrect()  # `twice in 100 years` for `once in 100 years`
                # The key's currency written another way (`55 PLN` for 55 złoty) is its own.
                money_words = {t for m in typed_money for t in toks[m.start : m.end]}
                # (`sixteen and a half tonnes`: the words of a figure are the figure)
                in_figures = {at for m in scan(toks) for at in range(m.start, m.end)}
                # The key's unit in other words (`per kilo` for `a kilogram`).
                in_units = _key_units_at(toks, key_measures) if key_measures else set()
                if all(
                    t in beside_figures or t in money_words or at in in_figures or at in in_units
                    for at, t in enumerate(toks)
                    if t[0].isalpha()
                ):
                    return correct()  # `twenty nineteen`, `in 2019`, `8-12%`, `1/3`
        typed_figures = {t for t in toks if t[0].isdigit()}
        if key_figures and typed_figures and not typed_figures <= key_figures:
            return incorrect()  # `Hanul-2` for `Hanul-1`: the figure names another
        if key_values and _another_value(_values(toks), key_values):
            return incorrect()  # `under three turbines` for the choice `under six turbines`
        dropped = qualifier_dropped(toks, words[key_index], ctx.names)
        if dropped is not None:
            # `Canterbury` for the choice South Canterbury, where the article names both
            return incorrect(f"the article's {dropped.capitalize()} is another place")
        other = _another_name_of_the_article(toks, words[key_index], ctx.names)
        if other is not None:
            # `Scottish Government` for Transport Scotland, where the article names both
            return incorrect(f"the article's {other} is another")
        typed_words = _content_words(toks)
        if len(key_lead) >= 2 and _same_words(typed_words, key_lead):
            return correct()
        placed = [i for i, place in enumerate(places) if place and _same_words(typed_words, place)]
        if len(placed) == 1 and not any(
            set(places[placed[0]]) <= set(words[i]) for i in range(len(choices)) if i != placed[0]
        ):
            return correct() if placed[0] == key_index else incorrect()
        return _closest_choice(
            toks, words, key_index, denied, others_proper, last_names, key_a_name
        )

    return match


_VALUE_COMPILERS = {
    MONEY: compile_money,
    NUMBER: compile_number,
    DURATION: compile_duration,
    DATE: compile_date,
}


def _value_matchers(choices: tuple[str, ...], ctx: Context) -> list[Matcher]:
    """Each choice read as a value, where every choice states one value of the same kind
    (`95 lari a day`, `$95 a day`); none otherwise."""
    kinds = set()
    words: set[frozenset[str]] = set()
    for choice in choices:
        toks = tokenize(choice)
        stated = [m for m in scan(toks) if m.value is not None or m.month]
        # (a rate's period after the value, `a day`, is the value's own)
        if not stated or any(m.kind != DURATION for m in stated[1:]):
            return []
        kinds.add(stated[0].kind)
        spans = {at for m in stated for at in range(m.start, m.end)}
        words.add(frozenset(t for at, t in enumerate(toks) if at not in spans and t.isalpha()))
    if len(words) > 1:
        return []  # `provincial route 43` beside `national route 40`: more than values
    if len(kinds) != 1 or (kind := kinds.pop()) not in _VALUE_COMPILERS:
        return []
    compiled = [_VALUE_COMPILERS[kind](choice, ctx) for choice in choices]
    return [m for m in compiled if m is not None] if all(compiled) else []


def _values(toks: list[str]) -> set[tuple[str, bool, float]]:
    """The figures the words state, however written (`six`, `6`), each with its kind and
    whether it is an ordinal; never the pronoun `one` (`the second one`, `one another`)."""
    return {
        (m.kind, m.ordinal, m.value)
        for m in scan(toks)
        if m.value is not None and toks[m.start : m.end] != ["one"]
    }


def _another_value(typed: set[tuple[str, bool, float]], key: set[tuple[str, bool, float]]) -> bool:
    """A figure typed of a sort the key states (a count, an ordinal, a length of time) that
    is none of the key's of that sort."""
    sorts = {(kind, ordinal) for kind, ordinal, _ in key}
    return any(
        (kind, ordinal) in sorts and (kind, ordinal, value) not in key
        for kind, ordinal, value in typed
    )


def _directions_written(choices: tuple[str, ...]) -> dict[str, str]:
    """Where the choices tell a rise from a fall each with one word (`up 38 percent`, `down
    38 percent`), every word of a rise or a fall typed as that choice's word: `38 percent
    lower`, `it fell 38 percent` pick `down 38 percent`."""
    written = {t for choice in choices for t in tokenize(choice)}
    rising, falling = written & RISING, written & FALLING
    if len(rising) != 1 or len(falling) != 1:
        return {}
    up, down = next(iter(rising)), next(iter(falling))
    return {**dict.fromkeys(RISING, up), **dict.fromkeys(FALLING, down)}


def _own_short_name(choice: str) -> str | None:
    """The short name a choice writes in brackets after its name (`FFA` of `Pacific
    Islands Forum Fisheries Agency (FFA)`)."""
    found = bracketed_at_end(choice)
    short = tokenize(found[1]) if found is not None and 2 <= len(found[1]) <= 12 else []
    return short[0] if len(short) == 1 and short[0][0].isalpha() else None


# What joins the two sides of a vote or score as typed (`2 to 1`, `2-1` read apart).
_SCORE_JOINS = frozenset({"to", "against"})
_VOTES = frozenset({"vote", "votes", "by"})  # `by 2 votes to 1`


def _place_at_end(choice: str) -> list[str]:
    """The words after a choice's last `in`, `at` or `near`, where they end it (`Aberaeron`
    of `Ysbyty Dyffryn Aeron in Aberaeron`, `Ferrandina` of `the landfill near
    Ferrandina`), or after an `of` between a thing in lower case and a name (`Atyrau` of
    `the oil fields of Atyrau`; not `England` of `the Bank of England`, whose `of` is
    inside a name)."""
    toks = tokenize(choice)
    at = max((i for i, t in enumerate(toks) if t in ("in", "at", "near")), default=-1)
    if at < 0:
        words = choice.split()
        if (
            len(words) >= 3
            and words[-2] == "of"
            and words[-3].islower()
            and words[-1][:1].isupper()
            and toks[-2:-1] == ["of"]
        ):
            return _content_words(toks[-1:])
    return _content_words(toks[at + 1 :]) if 0 < at < len(toks) - 1 else []


def _content_words(toks: list[str]) -> list[str]:
    return [t for t in toks if t[0].isalnum() and t not in FILLERS]


def _same_words(typed: list[str], words: list[str]) -> bool:
    return len(typed) == len(words) and all(
        same_word(t, w) is not None for t, w in zip(typed, words, strict=True)
    )


def _post_before_name(choice: str) -> str | None:
    """The post of a choice that gives a person's post, then the person's name (`committee
    chair` of `committee chair Ruth Hallett`, `Fisheries Minister` of `Fisheries Minister
    Craig Loftus`): a choice of people, told apart as people are, or by that post."""
    words = choice.split()
    posts = _post_words()
    for start in range(len(words) - 2, max(0, len(words) - 5), -1):
        post = " ".join(words[:start])
        lead = tokenize(post)
        if lead and lead[-1] in posts and looks_like_a_name(" ".join(words[start:])):
            return post
    return None


@cache
def _post_words() -> frozenset[str]:
    """The words of posts, less fillers (not `the` of `the Southern Hemisphere`)."""
    return world().post_words - FILLERS


def labelled_choice(toks: list[str], count: int) -> tuple[int, list[str]] | None:
    """`(b) two weeks`, `b) two weeks`, `B: two weeks`: a choice's letter and a
    bracket or colon before its text, as the index of the letter and the text (without the
    bracket a letter may be an initial: `D. Ortiz`)."""
    at = 1 if toks[:1] == [","] else 0
    if len(toks) < at + 3 or len(toks[at]) != 1 or not toks[at].isalpha():
        return None
    index = ord(toks[at]) - ord("a")
    if not 0 <= index < count or toks[at + 1] != ",":
        return None
    return index, toks[at + 2 :]


_CHANGING = QUALIFIERS | NEGATIVE_WORDS | (GUARDED_WORDS - NUMBER_WORDS)
_DENIERS = frozenset({"not", "never", "no"})
_ARTICLES_AND_AUXILIARIES = frozenset({"the", "a", "an", "be", "been", "to", "yet", "even", "all"})


# Words that set a figure as a bound or move it in time: `since 2019`, `until 2019`.
_BOUNDS = frozenset({"since", "until", "till", "than", "ago", "later", "earlier", "by", "around"})
# Words that put a value on one side of the one written (`before 2016`, `over 40`).
_SIDES = frozenset({"before", "after", "over", "under", "above", "below"})


def _words_before(figures: set[str], quotes: tuple[str, ...]) -> set[str]:
    """The words the quotes write straight before one of these figures."""
    found: set[str] = set()
    for quote in quotes:
        toks = tokenize(quote)
        found.update(toks[at - 1] for at in range(1, len(toks)) if toks[at] in figures)
    return found


def _figures(toks: list[str], ctx: Context) -> tuple[str, list[float]]:
    """What a choice states as figures: a share of a whole in words (`roughly a third`),
    else its values (`2019`, `between 8 and 12 percent`, `twenty nineteen`)."""
    found = shares(toks)
    if found and not any(t[0].isdigit() for t in toks):
        return "share", found
    return "value", values_of(_rates_dropped(toks), ctx)


def _rates_dropped(toks: list[str]) -> list[str]:
    """The words without the unit of time a count is given per (`three shifts a day to
    two`): it is no figure of its own, and an answer may leave it out (`from three shifts
    to two`). A figure given per it stays (`2 a day`, `two a day`)."""
    at = _rate_places(toks)
    return [t for i, t in enumerate(toks) if i not in at and i - 1 not in at]


def _rate_periods(toks: list[str]) -> set[str]:
    """The units of time counts are given per (`day` of `three shifts a day`)."""
    return {toks[at + 1] for at in _rate_places(toks)}


def _rate_places(toks: list[str]) -> set[int]:
    """Where `a`, `per` or `each` opens a unit of time a counted noun is given per."""
    return {
        at
        for at in range(1, len(toks) - 1)
        if toks[at] in RATE_OPENERS
        and toks[at + 1] in TIME_UNITS
        # a counted noun, plural (`shifts a day`): not `within a fortnight`, `twice a day`,
        # `hours a day`, nor the unit of a speed (`km per hour`)
        and _PLURAL_NOUN.fullmatch(toks[at - 1]) is not None
        and toks[at - 1] not in TIME_UNITS
        and number_word(toks[at - 1]) is None
        and unit_at(toks, at - 1) is None
    }


_PLURAL_NOUN = re.compile(r"[a-z]{3,}[^s']s")


def _figures_of_choices(
    found: list[tuple[str, list[float]]], common: set[float]
) -> list[tuple[str, list[float]]] | None:
    """Each choice's figures (`found`) less those every choice states (`common`: `once` of
    `once in 100 years` tells none apart), where two choices at least state some and no two
    the same: then a figure written otherwise (`twenty nineteen` for 2019) picks its choice.
    A choice that states none (`the WorldTour` beside `category 2.1`) is picked by no
    figure."""
    found = [(kind, [v for v in values if v not in common]) for kind, values in found]
    stated = [(kind, tuple(values)) for kind, values in found if values]
    if len(stated) < 2 or len(set(stated)) < len(stated):
        return None
    return found


def _figures_of_every_choice(found: list[tuple[str, list[float]]]) -> set[float]:
    """The figures every choice states."""
    return set.intersection(*(set(values) for _, values in found)) if found else set()


def _key_units_at(toks: list[str], key_measures: frozenset[Unit]) -> set[int]:
    """Where the words name one of the key's units, with a `per` or `a` before it."""
    found: set[int] = set()
    for at in range(len(toks)):
        hit = unit_at(toks, at)
        if hit is not None and hit[0] in key_measures:
            found.update(range(at - (at > 0 and toks[at - 1] in RATE_OPENERS), hit[1]))
    return found


def _period_of_every_choice(choices: tuple[str, ...]) -> str | None:
    """The unit of time every choice writes straight after its one figure (`29 years old`,
    `41 years old`), or None."""
    written = set()
    for choice in choices:
        toks = tokenize(choice)
        at = [i for i, t in enumerate(toks) if t[0].isdigit()]
        if len(at) != 1 or at[0] + 1 >= len(toks) or toks[at[0] + 1] not in TIME_UNITS:
            return None
        written.add(toks[at[0] + 1])
    return written.pop() if len(written) == 1 else None


def _in_the_choices_period(toks: list[str], period: str) -> list[str]:
    """A bare figure typed where every choice is a length of time in one unit, read in it
    (`41` of the choices 29 and 41 years old); the tokens as typed where they write a unit of
    time or more than one figure."""
    mentions = scan(toks)
    if len(mentions) != 1 or mentions[0].kind != NUMBER or any(t in TIME_UNITS for t in toks):
        return toks
    end = mentions[0].end
    return [*toks[:end], period, *toks[end:]]  # (`forty-one` too)


def _picked_by_figure(
    toks: list[str], figures: list[tuple[str, list[float]]], ctx: Context
) -> int | None:
    """The one choice whose figures the answer states: all of them and no other's (`December
    2022` states 2022, and the day it gives beside it is no other choice's; `1/3` is the
    share `roughly a third` is)."""
    typed = {"value": values_of(_rates_dropped(toks), ctx), "share": shares(toks)}

    def same(kind: str, a: float, b: float) -> bool:
        return abs(a - b) < SAME_SHARE if kind == "share" else a == b

    def held(kind: str, values: list[float]) -> bool:
        return all(any(same(kind, v, t) for t in typed[kind]) for v in values)

    exact = [
        i
        for i, (kind, values) in enumerate(figures)
        if values and len(values) == len(typed[kind]) and held(kind, values)
    ]
    if len(exact) == 1:
        return exact[0]
    if exact:
        return None
    within = [i for i, (kind, values) in enumerate(figures) if values and held(kind, values)]
    if len(within) != 1:
        return None
    kind = figures[within[0]][0]
    others = {
        v for i, (k, values) in enumerate(figures) if i != within[0] and k == kind for v in values
    }
    if any(same(kind, t, o) for t in typed[kind] for o in others):
        return None
    return within[0]


def _units_written(toks: list[str]) -> dict[Unit, tuple[str, ...]]:
    """Each unit of measure the choice writes after a figure or `per`, as it writes it
    (`basis points` in two words, `square metre` of `six people per square metre`)."""
    found: dict[Unit, tuple[str, ...]] = {}
    for index in range(1, len(toks)):
        hit = unit_at(toks, index) if _before_a_unit(toks[index - 1]) else None
        if hit is not None:
            found.setdefault(hit[0], tuple(toks[index : hit[1]]))
    return found


def _before_a_unit(token: str) -> bool:
    """A figure, or the `per` of a rate (`per m2`): a unit's letters after it are one."""
    return token[0].isdigit() or token == "per"


def _in_the_keys_units(
    toks: list[str],
    key_units: dict[Unit, tuple[str, ...]],
    figures: list[tuple[str, list[float]]],
) -> list[str]:
    """A figure typed in another unit of the key's kind, converted exactly to one of the
    choices' figures (`16,500 kg` for the choice 16.5 tonnes, `1.5 percentage points` for
    150 basis points), as the key writes that unit; the tokens as typed where no choice
    states the converted figure (`below 300 feet` stays another unit for 300 metres), or
    where a share in percent is typed for points or the other way round (another fact)."""
    stated = {v for _, values in figures for v in values}
    for index in range(1, len(toks)):
        number = read_number(toks[index - 1]) if toks[index - 1][0].isdigit() else None
        hit = (unit_at(toks, index) or _letters_at(toks, index, key_units)) if number else None
        if number is None or hit is None:
            continue
        typed = hit[0]
        for unit, written in key_units.items():
            if (
                typed == unit
                or typed.dimension != unit.dimension
                or typed.offset
                or unit.offset
                or (typed.name in POINTS_OF_A_PERCENTAGE) != (unit.name in POINTS_OF_A_PERCENTAGE)
            ):
                continue
            value = number * typed.size / unit.size
            if any(abs(value - v) <= 1e-9 * max(1.0, abs(v)) for v in stated):
                shown = f"{value:.12g}"
                return [*toks[: index - 1], shown, *written, *toks[hit[1] :]]
    return toks


def _letters_at(
    toks: list[str], index: int, key_units: dict[Unit, tuple[str, ...]]
) -> tuple[Unit, int] | None:
    """A unit's letters that are one of the key's units' (`bp`, `pp`) at toks[index]."""
    for unit in key_units:
        lettered = letters_for(toks[index], unit)
        if lettered is not None:
            return lettered, index + 1
    return None


def _as_the_key_writes_units(toks: list[str], key_units: dict[Unit, tuple[str, ...]]) -> list[str]:
    """`400 m` as `400 metres` where the key measures in metres: the unit, or its letters,
    after a figure names the key's unit, and counts as its words (letters alone are no unit
    elsewhere: `m` may be minutes or millions)."""
    out: list[str] = []
    index = 0
    while index < len(toks):
        token = toks[index]
        after_a_figure = index > 0 and _before_a_unit(toks[index - 1])
        hit = unit_at(toks, index) if after_a_figure else None
        written = _key_unit_written(token, hit, key_units) if after_a_figure else None
        if written is None:
            out.append(token)
            index += 1
            continue
        out.extend(written)
        index = hit[1] if hit is not None and hit[0] in key_units else index + 1
    return out


def _key_unit_written(
    token: str, hit: tuple[Unit, int] | None, key_units: dict[Unit, tuple[str, ...]]
) -> tuple[str, ...] | None:
    """How the key writes the unit named at `token` (its unit `hit` there, its letters, or
    the first letter of the key's word), if one of the key's."""
    return next(
        (
            written
            for unit, written in key_units.items()
            if (hit is not None and hit[0] == unit)
            or letters_for(token, unit) == unit
            or (len(token) == 1 and written[0].startswith(token))
        ),
        None,
    )


def _either(first: Matcher, second: Matcher) -> Matcher:
    def match(toks: list[str]) -> Verdict:
        verdict = first(toks)
        return verdict if verdict.correct else second(toks)

    return match


@cache
def _bodies_by_short_name() -> dict[str, tuple[str, ...]]:
    """Each body of the generic table by its abbreviation (`nasa`), to its full name."""
    found: dict[str, tuple[str, ...]] = {}
    for body in bodies():
        full = tuple(tokenize(body.name))
        for form in body.forms:
            short = tokenize(form)
            if len(short) == 1 and short[0].isalpha() and len(full) > 1:
                found.setdefault(short[0], full)
    return found


def _body_named(choice: str) -> tuple[str, ...]:
    """The full name of a body an acronym choice abbreviates (`NASA`), from the table."""
    toks = tokenize(choice)
    return _bodies_by_short_name().get(toks[0], ()) if len(toks) == 1 else ()


def _spelled_out(choice: str, sentences: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """The words the article spells an acronym choice out in, written just before it
    (`Nova Direita Nacional (NDN)`, `Office of the Mayor (OM)`), if any."""
    toks = tokenize(choice)
    if len(toks) != 1 or not 2 <= len(toks[0]) <= 6 or not toks[0].isalpha():
        return ()
    acronym = toks[0]
    for sentence in sentences:
        for at, word in enumerate(sentence):
            if word != acronym:
                continue
            letters = len(acronym)
            start = at
            while start > 0 and letters:
                start -= 1
                if sentence[start] not in FILLERS:
                    letters -= 1
            name = sentence[start:at]
            if not letters and "".join(w[0] for w in name if w not in FILLERS) == acronym:
                return name
    return ()


def _or_after_negation(toks: list[str]) -> list[str]:
    """After a negation `or` joins, it does not hedge: `did not deter A or B` denies both,
    as `did not deter A and B` does."""
    out: list[str] = []
    negated = False
    for token in toks:
        if token == ",":
            negated = False
        elif token in NEGATIVE_WORDS:
            negated = True
        elif token == "or" and negated:
            token = "and"
        out.append(token)
    return out


_AND = frozenset({"and", "&"})


def _titled(toks: list[str], choices: tuple[str, ...], ctx: Context) -> int | None:
    """The one choice of a shared surname that the article gives the typed title
    (`Dr. Castillo`, where only Dr. Inés Castillo is a doctor): a title beside the surname
    tells the bearers apart as the article does."""
    titles = [t for t in toks if t in HONORIFICS]
    if not titles:
        return None
    found = []
    for index, choice in enumerate(choices):
        name = tuple(t for t in tokenize(choice) if t[0].isalpha())
        if name and all(_written_before(title, name, ctx) for title in titles):
            found.append(index)
    return found[0] if len(found) == 1 else None


def _written_before(title: str, name: tuple[str, ...], ctx: Context) -> bool:
    """The article writes the title straight before the whole name (`Dr. Inés Castillo`)."""
    size = len(name)
    return any(
        sentence[at] == title and sentence[at + 1 : at + 1 + size] == name
        for sentence in ctx.names.sentences
        if name[0] in sentence
        for at in range(len(sentence) - size)
    )


def _only_a_shared_surname(toks: list[str], shared: frozenset[str]) -> bool:
    named = [t for t in toks if t[0].isalpha() and t not in _LEAD and t not in HONORIFICS]
    return len(named) == 1 and named[0] in shared


def _names_another(
    toks: list[str],
    key_index: int,
    choices: tuple[str, ...],
    matchers: list[Matcher],
    words: list[list[str]],
) -> bool:
    """An answer joining two choices with `and` names one besides the key: a part of it
    the key's own words do not hold (`Spain` of `Spain and Portugal` does) picks another."""
    own = set(tokenize(choices[key_index]))
    for part in split_at(toks, _AND):
        if not own.issuperset(part):
            picked = _pick(part, matchers, words)
            if picked is not None and picked != key_index:
                return True
    return False


def _alternatives(toks: list[str]) -> list[list[str]]:
    return split_at(toks, HEDGES)


def _pick(toks: list[str], matchers: list[Matcher], words: list[list[str]]) -> int | None:
    """The one choice this part of an answer names, if it clearly names one."""
    rest = [t for t in toks if t not in _LEAD]
    if len(rest) == 1 and len(rest[0]) == 1 and rest[0].isalpha():
        return ord(rest[0]) - ord("a")
    right = [i for i, m in enumerate(matchers) if m(toks).correct]
    if len(right) == 1:
        return right[0]
    scores = _scores(toks, words)
    best = max(range(len(scores)), key=scores.__getitem__)
    runner_up = max((s for i, s in enumerate(scores) if i != best), default=0.0)
    if scores[best] >= 0.5 and scores[best] - runner_up >= 0.25:
        return best
    return None


def _scores(toks: list[str], choice_words: list[list[str]]) -> list[float]:
    every = {w for words in choice_words for w in words}
    # Among a few choices a slip is a slip even when it spells another word of its own
    # (`Colombia` for the shuttle `Columbia`), if it is near one choice's word only.
    slips = {t: _near(t, every) for t in toks if t.isalpha() and len(t) >= 5 and t not in every}
    scores = []
    for words in choice_words:
        if not words:
            scores.append(0.0)
            continue
        hits = sum(
            1 for w in words if any(same_word(t, w) is not None or slips.get(t) == w for t in toks)
        )
        scores.append(hits / len(words))
    return scores


def _near(token: str, words: set[str]) -> str | None:
    close = [w for w in words if w[0] == token[0] and OSA.distance(token, w, score_cutoff=1) <= 1]
    return close[0] if len(close) == 1 else None


def _led_by(typed: list[str], choice_words: list[list[str]]) -> int | None:
    """The one choice whose name starts with the typed words, led by a word no other
    choice holds: `Kumarakom` for the Kumarakom Town Boat Club, as a club is called by its
    first name (`Town Boat Club` alone would name none)."""
    if not typed:
        return None
    found = [
        index
        for index, words in enumerate(choice_words)
        if len(words) > len(typed)
        and all(same_word(t, w) is not None for t, w in zip(typed, words, strict=False))
        and not any(
            same_word(typed[0], w) is not None
            for other, others in enumerate(choice_words)
            if other != index
            for w in others
        )
    ]
    return found[0] if len(found) == 1 else None


def _ended_by(
    typed: list[str], choice_words: list[list[str]], last_names: list[list[str]]
) -> int | None:
    """The one choice whose last name (its last run of capitalised words) ends with the
    typed words and goes on before them, each a word no other choice holds, none of place
    or rank left out: `Hercules` for a Lockheed L-100 Hercules, as a make's model is called
    by the last of its names (not `North Bruny` for Dennes Point on North Bruny: that names
    where it is)."""
    if not typed or len(last_names) != len(choice_words):
        return None
    size = len(typed)
    found = [
        index
        for index, name in enumerate(last_names)
        if len(name) > size
        and all(same_word(t, w) is not None for t, w in zip(typed, name[-size:], strict=True))
        # `London Rowing Club` is not East London Rowing Club
        and (POSITIONAL | QUALIFIERS).isdisjoint(name[:-size])
        and not any(
            same_word(t, w) is not None
            for t in typed
            for other, others in enumerate(choice_words)
            if other != index
            for w in others
        )
    ]
    return found[0] if len(found) == 1 else None


def _last_name(choice: str) -> list[str]:
    """The words of a choice's last run of capitalised words or figures (`lockheed`,
    `hercules` of `a Lockheed L-100 Hercules`; `north`, `bruny` of `Dennes Point on North
    Bruny`)."""
    run = list(takewhile(lambda w: w[:1].isupper() or w[:1].isdigit(), reversed(choice.split())))
    return _choice_words(" ".join(reversed(run)))


def _fits_another(toks: list[str], choice_words: list[list[str]], key_index: int) -> bool:
    """`Korea` where the choices are North Korea and South Korea: the typed words leave out
    the key's word of place or rank, and are all words of another choice too."""
    if any(t[0].isdigit() for t in toks):
        return False
    typed = {t for t in toks if t[0].isalpha() and t not in FILLERS}
    key = set(choice_words[key_index])
    if not typed or not typed < key or not key - typed <= POSITIONAL | QUALIFIERS:
        return False
    return any(
        typed <= set(words) for index, words in enumerate(choice_words) if index != key_index
    )


def _place_of_another(toks: list[str], choice_words: list[list[str]], key_index: int) -> bool:
    """`Moncton, Nova Scotia` where the key is Moncton, New Brunswick and Nova Scotia is
    where other choices lie: a province or country of the tables typed after a comma that
    the key does not write and another choice does."""
    key = set(choice_words[key_index])
    for start, end, places in places_in(toks):
        named = [t for t in toks[start:end] if t not in FILLERS]
        if start == 0 or toks[start - 1] != "," or not named or not key.isdisjoint(named):
            continue  # only a province or country written after the name (`, Nova Scotia`)
        if not all(p.kind in ("subdivision", "country") for p in places):
            continue
        if any(
            set(named) <= set(other)
            for index, other in enumerate(choice_words)
            if index != key_index
        ):
            return True
    return False


def _choice_words(choice: str) -> list[str]:
    return [t for t in tokenize(choice) if t[0].isalpha() and t not in FILLERS]


def _another_name_of_the_article(
    toks: list[str], key_words: list[str], names: ArticleNames
) -> str | None:
    """The whole of a name of two words or more the article writes, typed as the answer,
    where the key is another such name (not a description, which a name may fit)."""
    typed = tuple(t for t in toks if t[0].isalnum() and t not in FILLERS)
    key = tuple(key_words)
    if len(typed) < 2 or set(typed) <= set(key) or set(key) <= set(typed):
        return None
    if not any(
        tuple(w for w in name if w not in FILLERS) == key
        for name in names.names_by_word.get(key[0] if key else "", ())
    ):
        return None
    for name in names.names_by_word.get(typed[0], ()):
        if tuple(w for w in name if w not in FILLERS) == typed:
            return " ".join(typed).title()
    return None


def _first_word_after(toks: list[str], at: int) -> str | None:
    """The word a denial at `at` denies (`do not meet`, `did not even reach`)."""
    for word in toks[at + 1 : at + 4]:
        if word.isalpha() and word not in _ARTICLES_AND_AUXILIARIES:
            return word
    return None


def _initialled(typed: list[str], choice_words: list[list[str]]) -> int | None:
    """The one choice a single word typed is the initials of (`ADB` for the Asian Development
    Bank, `UL` for the University of Limerick), with or without its small words."""
    if len(typed) != 1 or len(typed[0]) < 2:
        return None
    found = {index for index, words in enumerate(choice_words) if typed[0] in initials_of(words, 2)}
    return found.pop() if len(found) == 1 else None


_AT_PLACE = frozenset({"in", "at", "near", "from", "outside", "inside"})


def _closest_choice(
    toks: list[str],
    choice_words: list[list[str]],
    key_index: int,
    denied: frozenset[str] = frozenset(),
    others_proper: frozenset[str] = frozenset(),
    last_names: list[list[str]] | None = None,
    key_a_name: bool = False,
) -> Verdict:
    """A paraphrase that picks out one choice clearly (`Roe`, `it did little to deter them`);
    not with a word the quotes deny where the choice has none (`that meet Euro VI` for the
    choice `that fail Euro VI`, where the quote says they do not meet it)."""
    key_words = choice_words[key_index]
    mixed = next(
        (t for i, t in enumerate(toks) if t in others_proper and i and toks[i - 1] in _AT_PLACE),
        None,
    )
    if mixed is not None:
        return incorrect(f"`{mixed}` is another choice's")  # `the sports hall at Minj`
    said_not = next((t for t in toks if t in denied and t not in key_words), None)
    if said_not is not None:
        return incorrect(f"the article says not {said_not}")  # `that meet Euro VI`
    # A qualifier, negation or direction of its own changes the choice (`South Indian Ocean`).
    typed_extra = {t for t in toks if t in _CHANGING and t not in key_words}
    key_extra = {t for t in key_words if t in QUALIFIERS or t in NEGATIVE_WORDS}
    if typed_extra or key_extra - set(toks):
        return incorrect()  # `it deterred them` for `it did little to deter them`
    key_set = set(key_words)
    if _another_period(toks, key_words):
        return incorrect()  # `three times a day` for `three times a week`
    for token in toks:
        if token not in key_set and world().antonyms.get(token, frozenset()) & key_set:
            return incorrect()  # `far from each other` for `close to each other`
    key_places = {p for _, _, found in places_in(key_words) for p in found}
    every = {w for words in choice_words for w in words}
    for start, end, found in places_in(toks):
        slip = all(_near(t, every) is not None for t in toks[start:end])
        if key_places.isdisjoint(found) and not slip:
            return incorrect()  # `New Mexico` for `Mexico City`
    typed_words = [t for t in toks if t[0].isalpha() and t not in _LEAD and t not in FILLERS]
    initialled = _initialled(typed_words, choice_words)
    if initialled is not None:
        return correct() if initialled == key_index else incorrect()  # `ADB`
    replaced = _word_replaced(typed_words, key_words) if key_a_name else None
    if replaced is not None:  # `Lalibela Tour Operators Association`: another body
        return incorrect(f"the choice says `{replaced[1]}`, not `{replaced[0]}`")
    led = _led_by(typed_words, choice_words)
    if led is not None:
        if led != key_index:
            return incorrect()
        return correct(f"close: {' '.join(choice_words[key_index])}", close=True)
    ended = _ended_by(typed_words, choice_words, last_names or [])
    if ended is not None:
        return correct() if ended == key_index else incorrect()  # `Hercules`
    # (Figures apart, as the choices' words leave them out: `class 1` of `Class I`.)
    typed_set = set(typed_words)
    if (
        typed_set
        and not any(t[0].isdigit() or t in NUMBER_WORDS or roman_value(t) for t in toks)
        and typed_set <= set(key_words)
        and any(typed_set <= set(w) for i, w in enumerate(choice_words) if i != key_index)
    ):
        return incorrect("that fits two of the choices: which one?")  # `above it`
    scores = _scores(toks, choice_words)
    best = scores[key_index]
    runner_up = max((s for i, s in enumerate(scores) if i != key_index), default=0.0)
    if best >= 0.5 and best - runner_up >= 0.25:
        return correct(f"close: {' '.join(choice_words[key_index])}", close=True)
    return incorrect()


def _a_name(choice: str) -> bool:
    """Every word of the choice but the small ones is capitalised, and there are two."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", choice) if w.lower() not in FILLERS]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


_LIKE_A_WORD = 0.6  # `nite` is 0.67 like `night`, `operators` 0.27 like `guides`


def _word_replaced(typed: list[str], key_words: list[str]) -> tuple[str, str] | None:
    """A word typed in the place of one of the choice's, between the same words, that is
    neither it nor a slip of it (`Tour Operators Association` for Tour Guides Association):
    the typed word and the choice's."""
    key_set = set(key_words)
    for i, word in enumerate(typed):
        if word in key_set:
            continue
        for j, own in enumerate(key_words):
            if own in typed or not _another_word(word, own):
                continue
            left = i > 0 and j > 0 and typed[i - 1] == key_words[j - 1]
            right = (
                i + 1 < len(typed) and j + 1 < len(key_words) and typed[i + 1] == key_words[j + 1]
            )
            if left and right:
                return word, own
    return None


def _another_word(typed: str, own: str) -> bool:
    """Neither a shortening of the word (`admin`), nor a slip or a spelling of it as heard
    (`Counsel`, `Nite`): another word."""
    if own.startswith(typed) or typed.startswith(own):
        return False
    return Indel.normalized_similarity(typed, own) < _LIKE_A_WORD


def _another_period(toks: list[str], key_words: list[str]) -> bool:
    """A unit of time typed that the choice gives another of: how often, or how long, is
    another fact (`a day` against `a week`)."""
    key_periods = {TIME_UNITS[w] for w in key_words if w in TIME_UNITS and len(w) > 1}
    typed = {TIME_UNITS[t] for t in toks if t in TIME_UNITS and len(t) > 1}
    return bool(key_periods) and bool(typed) and typed.isdisjoint(key_periods)


def _figures_of(toks: list[str]) -> list[float]:
    """The figures the tokens state, in their order."""
    return [m.value for m in scan(toks) if m.value is not None]
