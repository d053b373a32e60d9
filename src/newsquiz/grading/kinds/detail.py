"""A value answered with a detail of the article's after it (`412 crews, up 18%`, `2,291
(95.5 percent)`, `26 months, eight months longer than planned`): the value is graded
alone, where every figure of the detail is one the cited paragraphs state and the detail
neither hedges, denies nor turns the change around (`38.6 percent, up from 42.1`). A time
typed after the value must be the one the article gives it (see `key_times`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from newsquiz.facts.article import ArticleNames, sentences_of
from newsquiz.facts.memo import once
from newsquiz.facts.text import tokenize
from newsquiz.facts.units import unit_at
from newsquiz.facts.values import DURATION, NUMBER, Mention, scan
from newsquiz.facts.words import APPROXIMATE, FILLERS, NUMBER_WORDS, could_be_year
from newsquiz.facts.world import world
from newsquiz.grading.kinds import Matcher
from newsquiz.grading.kinds.common import Context, figures_by_value, hedged
from newsquiz.grading.kinds.figure_phrases import (
    Slots,
    another_figures_word,
    figures_set_apart,
    stem,
)
from newsquiz.grading.kinds.key_times import (
    KeyTimes,
    Time,
    a_year_written,
    another_time,
    describe,
    key_times,
    states_figure,
    times_in,
    times_of_the_figure,
    typed_times,
    without_its_times,
)
from newsquiz.grading.kinds.times_named import (
    SIBLINGS,
    VERB_MONTHS,
    names_a_time,
    time_never_told,
)
from newsquiz.grading.kinds.values import same_amount
from newsquiz.grading.verdict import Verdict, incorrect
from newsquiz.grading.vocab import FALLING, NEGATIONS, RISING


def with_detail_after(match: Matcher, ctx: Context, *, items_of_time: bool) -> Matcher:
    """`items_of_time`: a length of time typed after `and` is an item of its own (beside a
    value of another kind than a length of time; beside one, it may close a range:
    `between 5 and 8 days`)."""
    # Sentence by sentence: what a sentence's last figure is followed by is not the next
    # sentence (`… dropped to 39 percent. At Upper Dalfjall, …` writes no `39 percent at
    # Upper Dalfjall`).
    cited = [
        (toks, scan(toks))
        for paragraph in ctx.cited_paragraphs
        for toks in map(tokenize, sentences_of(paragraph))
    ]
    cited_words = frozenset(t for toks, _ in cited for t in toks)
    # The ways a figure moved that the cited paragraphs write: `down 18%` where they say
    # only `up 18 percent` turns the change around.
    moves = {words for words in (RISING, FALLING) if not words.isdisjoint(cited_words)}
    # Not a figure it denies (`instead of rising to 245,000`).
    stated = frozenset(
        m.value for _, mentions in cited for m in mentions if m.value is not None and not m.denied
    )

    @once
    def spans() -> frozenset[float]:
        # The lengths of time they give, not a rate's period (`3 percent a year`); read
        # when an answer first types a length of time as the value's span.
        return frozenset(
            m.value
            for toks, mentions in cited
            for m in mentions
            if m.kind == DURATION
            and m.value is not None
            and not m.denied
            and _RATE_WORDS.isdisjoint(toks[max(0, m.start - 1) : m.start + 1])
        )

    # The word the cited paragraphs write before each year (`since 1995`): `after 1995`
    # in a detail is another fact.
    years_after = frozenset(
        (toks[m.start - 1], m.value)
        for toks, mentions in cited
        for m in mentions
        if m.value is not None and could_be_year(m.value) and m.start > 0
    )

    known = ctx.words | ctx.keys | ctx.cited
    # Not the quote's words: a quote may set another figure beside the key's.
    asked = ctx.words | ctx.keys
    year = ctx.default_year

    @once
    def article_times() -> tuple[KeyTimes, KeyTimes]:
        # Read when an answer first types a time: most answers never do.
        figure = _key_figure(ctx)
        if figure is None or _key_is_a_year(ctx.key_texts[0]):
            return {}, {}
        return key_times(ctx.cited_paragraphs, ctx.paragraphs_before, figure, year)

    @once
    def set_apart() -> tuple[Slots, list[Slots], frozenset[str]]:
        # Read when an answer first types a word of its own after the figure.
        figure = _key_figure(ctx)
        if figure is None or figure.value is None:
            return {}, [], frozenset()
        proper = frozenset(stem(w) for w in ctx.names.proper_words)
        own, others = figures_set_apart(
            ctx.cited_paragraphs, ctx.nearby, figure.value, figure.kind, proper
        )
        return own, others, frozenset(stem(w) for w in asked)

    @once
    def purposes() -> frozenset[str]:
        # Read when an answer first types `for` after the figure: most never do.
        figure = _key_figure(ctx)
        if figure is None or figure.value is None:
            return frozenset()
        return _words_beside_other_figures(ctx.names, figure, asked)

    @once
    def counted() -> dict[str, set[float]]:
        # Read when an answer first types a figure after the value's: most never do.
        return _counts_by_noun([toks for toks, _ in cited])

    @once
    def wholes() -> frozenset[float]:
        # Read when an answer first types `of` and a figure after the value.
        figure = _key_figure(ctx)
        if figure is None:
            return frozenset()
        return frozenset(
            whole
            for toks, mentions in cited
            for m in mentions
            if states_figure(m, figure) and (whole := _whole_after(toks, m.end)) is not None
        )

    @once
    def bounds_written() -> dict[tuple[str, str], tuple[Time, ...]]:
        figure = _key_figure(ctx)
        return {} if figure is None else _bounds_of(figure, cited, year)

    def detailed(toks: list[str]) -> Verdict:
        verdict = match(toks)
        end = _value_end(toks)
        if end is not None and (typed := typed_times(toks, end, year)):
            own_times, times = article_times()
            clash = another_time(times_of_the_figure(toks, end, typed), times)
            if clash is not None:  # `14 on Monday` where the vote was on Thursday
                given, said = describe(clash[1]), describe(clash[0])
                return incorrect(f"the article gives it {given}, not {said}")
            bounded = _another_bound(toks, end, typed, bounds_written())
            if bounded is not None:  # `4.5 million from March 2025`: it says March 2026
                lead, given, said = bounded
                return incorrect(f"the article gives it {lead} {given}, not {said}")
            head = None if verdict.correct else without_its_times(toks, end, typed, own_times)
            if head is not None and (alone := match(head)).correct:
                return alone  # `214 in 2017` of the storm of March 2017
        if verdict.correct:
            if (
                end is not None
                and not asked.issuperset(w for w in toks[end:] if w.isalpha())
                and (word := another_figures_word(toks, end, *set_apart())) is not None
            ):  # `42 among those given a dummy injection` of the vaccinated 42
                shown = word.capitalize() if word in ctx.names.proper_words else word
                return incorrect(f"the article says `{shown}` of another figure")
            if end is not None and (purpose := _purpose_of_another(toks[end:], purposes)):
                return incorrect(f"the article gives `{purpose}` another figure")
            if (
                end is not None
                and (untold := _figure_never_given(toks[end:], stated, counted)) is not None
            ):
                return incorrect(f"the article gives no {untold}")  # `on 23 servers`
            if (
                end is not None
                and (whole := _whole_after(toks, end)) is not None
                and wholes()
                and not any(same_amount(whole, w) for w in wholes())
            ):  # `64 of 212` where the yard sent home 64 of its 87 workers
                return incorrect(
                    f"the article says of {_shown(min(wholes()))}, not {_shown(whole)}"
                )
            if (
                end is not None
                and (span := _span_never_given(toks[end:], spans, items_of_time)) is not None
            ):
                return incorrect(f"the article gives it no span of {span}")  # over 12 months
            if all(word in known or not word.isalpha() for word in toks):
                return verdict  # nothing typed beyond the question's, answers' and quote's
            start = _detail_after_value(toks)
            if start is None:
                return verdict
            other = _other_than_asked(toks, start, known)
            if other is not None:
                return incorrect(f"the article says {other[1]}, not {other[0]}")
            untold = time_never_told(toks, start, known, ctx.names.words)
            if untold is not None:
                return incorrect(f"the article names no {untold.capitalize()}")
            return verdict
        # `₱24.3 million in three instalments`: a detail without a comma is taken only as
        # the cited paragraphs write it, straight after the value (then it needs no figure).
        as_written = "," not in toks[1:]
        if as_written:
            cut = _detail_written_after(toks, cited)
            if cut is None:
                return verdict
            head, detail = toks[:cut], toks[cut:]
        else:
            cut = toks.index(",", 1)
            head, detail = toks[:cut], toks[cut + 1 :]
        figures = [m.value for m in scan(detail) if m.value is not None]
        if (
            (not figures and not as_written)
            or not any(t.isalpha() and t not in NUMBER_WORDS for t in detail)  # `412, 349`
            or hedged(detail)
            or not NEGATIONS.isdisjoint(detail)
            or not all(any(same_amount(f, s) for s in stated) for f in figures)
            or any(not words.isdisjoint(detail) for words in {RISING, FALLING} - moves)
            or _turned_around(head, detail)
            or _year_set_otherwise(detail, years_after)
        ):
            return verdict
        alone = match(head)
        if not alone.correct:
            return verdict
        untold = _figure_never_given(detail, stated, counted)
        # `162 tonnes, up 14 percent`: 14 is a figure of theirs, but not of a percentage
        return alone if untold is None else incorrect(f"the article gives no {untold}")

    return detailed


# Words that make a time a bound of the figure (`from March 2026`, `until 2030`).
_BOUNDS = frozenset({"from", "since", "until", "till", "by", "before", "after"})


def _bounds_of(
    figure: Mention, cited: list[tuple[list[str], list[Mention]]], year: int | None
) -> dict[tuple[str, str], tuple[Time, ...]]:
    """The times the sentences stating `figure` bound it with straight after it, by the
    bounding word and the time's sort (`by Monday, April 7`: by, weekday and month)."""
    found: dict[tuple[str, str], tuple[Time, ...]] = {}
    for toks, mentions in cited:
        for m in mentions:
            if not states_figure(m, figure):
                continue
            for word, time in _bounding(toks, m.end, times_in(toks, year)):
                found[(word, time.sort)] = (*found.get((word, time.sort), ()), time)
    return found


def _bounding(
    toks: list[str], end: int, times: list[tuple[int, int, Time]]
) -> list[tuple[str, Time]]:
    """The times a bounding word straight after a figure (ending at `end`) gives it, each
    with that word: `146 villages by Monday, April 7`, not a later clause's `by April 18`."""
    end = _past_conversion(toks, end)
    at = next((i for i in range(end, min(end + 3, len(toks))) if toks[i] in _BOUNDS), None)
    if at is None:
        return []
    bound = [
        (start, stop, time)
        for start, stop, time in times
        if at < start <= at + 3 and _SPAN_ENDS.isdisjoint(toks[at + 1 : start])
    ]
    # `from June 1 to September 30`: the span's other end bounds the figure too.
    ends = [
        ("until", time)
        for _, stop, _ in bound
        if toks[at] in _OPENS_A_SPAN and toks[stop : stop + 1] and toks[stop] in _TO
        for start, _, time in times
        if start == stop + 1
    ]
    return [(toks[at], time) for _, _, time in bound] + ends


# Words after which a time ends a span, not the bound's (`from 2013 to 2020`).
_SPAN_ENDS = frozenset({"to", "until", "till", "through", "and", "or"})
_OPENS_A_SPAN = frozenset({"from", "since"})
_TO = frozenset({"to", "until", "till", "through"})


def _past_conversion(toks: list[str], end: int) -> int:
    """Past the same amount set off in brackets straight after a figure (`4.5 million pesos
    (about $4,840)`, whose brackets read as commas)."""
    if toks[end : end + 1] != [","]:
        return end
    close = next((i for i in range(end + 1, min(end + 6, len(toks))) if toks[i] == ","), None)
    between = toks[end + 1 : close]
    if close is None or not any(m.value is not None for m in scan(between)):
        return end
    if any(t.isalpha() and t not in APPROXIMATE and len(t) > 3 for t in between):
        return end  # a clause of its own, not a conversion
    return close + 1


def _another_bound(
    toks: list[str],
    end: int,
    typed: list[tuple[int, int, Time]],
    bounds: dict[tuple[str, str], tuple[Time, ...]],
) -> tuple[str, str, str] | None:
    """A time typed after a bounding word straight after the figure, where the article bounds
    the figure with that word too and with none of its time of that sort: (the word, the
    article's time, the typed one)."""
    for word, time in _bounding(toks, end, typed):
        given = bounds.get((word, time.sort))
        if given and not any(time.agrees(g) for g in given):
            return word, describe(given[0]), describe(time)
    return None


def _figure_never_given(
    detail: list[str], cited: frozenset[float], counts: Callable[[], dict[str, set[float]]]
) -> str | None:
    """A count in digits typed in the detail after the value, of a thing the cited
    paragraphs count only with other figures (`380 terabytes on 23 servers` where the site
    had 14 servers), and none of theirs: a detail of the typist's own. A measure counts by
    its unit (`up 14 percent` where they give the rise as 9.5 percent and 14 only of
    tonnes)."""
    for m in scan(detail):
        if (
            m.kind != NUMBER
            or m.value is None
            or m.ordinal
            or not _DIGITS.fullmatch(detail[m.start])
            or m.end >= len(detail)
        ):
            continue
        measured = unit_at(detail, m.end)
        if measured is not None:
            unit, end = measured
            given = counts().get(_UNIT_KEY + unit.name)
            if given and not any(same_amount(m.value, n) for n in given):
                return " ".join(detail[m.start : end])
            continue
        if (
            any(same_amount(m.value, n) for n in cited)
            or "of" in detail[max(0, m.start - 2) : m.start]
        ):
            continue  # `18 of the 28 seats`: a whole
        noun = detail[m.end]
        if not noun.isalpha() or noun in FILLERS:
            continue
        given = counts().get(stem(noun))
        if given and not any(same_amount(m.value, n) for n in given):
            return f"{detail[m.start]} {noun}"
    return None


# Where `_counts_by_noun` keeps the figures of a unit of measure, apart from nouns.
_UNIT_KEY = "unit:"


_DIGITS = re.compile(r"\d[\d,.]*")
_OWNERS = frozenset({"the", "its", "their", "his", "her", "our", "all"})


def _whole_after(toks: list[str], end: int) -> float | None:
    """The whole a figure ending at `end` is given of (`64 of its 87 workers`: 87)."""
    if toks[end : end + 1] != ["of"]:
        return None
    at = end + 1
    while at < len(toks) and toks[at] in _OWNERS:
        at += 1
    found = _first_value(toks[at : at + 4])
    return found.value if found is not None and found.start == 0 else None


def _shown(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


_RATE_WORDS = frozenset({"a", "an", "per", "each", "every"})
# Words before a length of time that make it the span a figure runs over (`repayable over
# 18 months`, `for two years`); not `in`, which may say when (`in two years' time`).
_OVER = frozenset({"for", "over", "within", "across", "during"})


def _span_never_given(
    detail: list[str], spans: Callable[[], frozenset[float]], items: bool
) -> str | None:
    """A length of time typed as the span of the value in the detail after it (`30 million
    kip, repayable over 12 months`), where the cited paragraphs give lengths of time and
    none of them is it (over 18 months), or, with `items`, as an item of its own beside
    the value (`30 million rials and two years in prison`; a length of time itself may end
    a range so: `between 5 and 8 days`), where none of theirs is it: the typed length of
    time, else None."""
    for m in scan(detail):
        if (
            m.kind == DURATION
            and m.value is not None
            and m.start > 0
            and (
                (detail[m.start - 1] in _OVER and spans())
                or (items and detail[m.start - 1] == "and")
            )
            and not any(same_amount(m.value, s) for s in spans())
        ):
            return " ".join(detail[m.start : m.end])
    return None


def _counts_by_noun(sentences: list[list[str]]) -> dict[str, set[float]]:
    """The figures the sentences write straight before each noun (`14 servers`), and
    before each unit of measure (`9.5 percent`, under `_UNIT_KEY` and its name)."""
    found: dict[str, set[float]] = {}
    for words in sentences:
        for m in scan(words):
            if m.kind == NUMBER and m.value is not None and m.end < len(words):
                measured = unit_at(words, m.end)
                after = words[m.end]
                if measured is not None:
                    found.setdefault(_UNIT_KEY + measured[0].name, set()).add(m.value)
                elif after.isalpha() and after not in FILLERS:
                    found.setdefault(stem(after), set()).add(m.value)
    return found


def _first_value(toks: list[str]) -> Mention | None:
    return next((m for m in scan(toks) if m.value is not None), None)


def _words_beside_other_figures(
    names: ArticleNames, figure: Mention, asked: frozenset[str]
) -> frozenset[str]:
    """The words the article writes only in sentences that give another figure of the
    key's kind and not the key's (`The fish ladder alone is expected to cost about NOK 85
    million`): what those figures are for."""
    values: dict[tuple[str, ...], set[float]] = {}
    for value, mentions in figures_by_value(names).items():
        for sentence, m in mentions:
            if m.kind == figure.kind and value:
                values.setdefault(sentence, set()).add(value)
    own: set[str] = set()
    others: set[str] = set()
    for sentence, given in values.items():
        words = {w for w in sentence if w.isalpha() and len(w) > 3 and w not in FILLERS}
        (own if figure.value in given else others).update(words)
    # `prosecution` where the key's sentence writes `Prosecutors`: one word, another form
    kept = {w[:6] for w in own | asked if len(w) >= 6}
    return frozenset(w for w in others - own - asked if w[:6] not in kept)


def _purpose_of_another(toks: list[str], purposes: Callable[[], frozenset[str]]) -> str | None:
    """A word of what the answer says the figure is `for` (`NOK 25 million for the fish
    ladder`) that the article writes only beside its other figures."""
    if "for" not in toks:
        return None
    at = toks.index("for")
    if scan(toks[:at]):
        return None  # `two years, five for a second offence`: another figure's
    after = toks[at + 1 :]
    phrase = after[: after.index(",")] if "," in after else after
    return next((w for w in phrase if w in purposes()), None)


def _key_figure(ctx: Context) -> Mention | None:
    """The figure the main answer states."""
    return _first_value(tokenize(ctx.key_texts[0])) if ctx.key_texts else None


def _key_is_a_year(key: str) -> bool:
    """A key that is itself a year (`2016`): no figure given for a time."""
    return any(a_year_written(t) for t in tokenize(key))


def _value_end(toks: list[str]) -> int | None:
    """Where the first value typed ends."""
    found = _first_value(toks)
    return None if found is None else found.end


# Words that open a detail of a value: `in three instalments`, `to 23 firms`, `at 2:15 p.m.`
_OPENING = frozenset({"in", "to", "at", "for", "from", "until", "by", "over", "on", "with"})
_MOVES = frozenset({"to", "from", "by", "over"})


def _detail_written_after(
    toks: list[str], cited: list[tuple[list[str], list[Mention]]]
) -> int | None:
    """Where a detail begins that a cited paragraph writes word for word straight after a
    mention of the value typed before it, with the same words between (`41 people in 23
    days` where it says `interviewed 41 people in 23 days`), or None."""
    mentions = scan(toks)
    if not mentions or mentions[0].value is None:
        return None
    value = mentions[0].value
    cut = next((at for at in range(mentions[0].end, len(toks)) if toks[at] in _OPENING), None)
    if cut is None or cut == len(toks) - 1:
        return None
    detail = toks[cut:]
    after = scan(detail)
    if (
        toks[cut] in _MOVES
        and after
        and after[0].start == 1
        and (
            after[0].kind == mentions[0].kind
            or (mentions[0].kind == NUMBER and mentions[0].end == cut)  # a bare figure
        )
    ):
        return None  # `5 to 8 minutes`, `412 from 349`: a range or a change, not a detail
    # The words between the value and the detail as typed (`people` of `41 people in 23
    # days`) are the paragraph's there too: none it writes is left out (`a year` of `£2.4
    # million a year for four years`).
    written = toks[mentions[0].end :]
    for words, stated in cited:
        for m in stated:
            if (
                m.value is not None
                and same_amount(m.value, value)
                and words[m.end : m.end + len(written)] == written
            ):
                return cut
    return None


def _turned_around(head: list[str], detail: list[str]) -> bool:
    """`38.6 percent, up from 42.1 percent`: a rise from more, or a fall from less."""
    value = next((m.value for m in scan(head) if m.value is not None), None)
    if value is None or "from" not in detail:
        return False
    at = detail.index("from")
    before = next((m.value for m in scan(detail[at + 1 :]) if m.value is not None), None)
    if before is None:
        return False
    rising = not RISING.isdisjoint(detail[:at])
    falling = not FALLING.isdisjoint(detail[:at])
    return (rising and before >= value) or (falling and before <= value)


def _year_set_otherwise(detail: list[str], years_after: frozenset[tuple[str, float]]) -> bool:
    """`41 percent, after 1995` where the paragraph says `since 1995`."""
    return any(
        m.value is not None
        and could_be_year(m.value)
        and m.start > 0
        and detail[m.start - 1].isalpha()
        and (detail[m.start - 1], m.value) not in years_after
        for m in scan(detail)
    )


_CUTS = FALLING | {"cut", "cuts", "slashed"}


def _detail_after_value(toks: list[str]) -> int | None:
    """Where the words after the first value begin, where no comma follows it (a detail
    after a comma has its own rule)."""
    end = _value_end(toks)
    return None if end is None or "," in toks[end:] else end


def _other_than_asked(toks: list[str], start: int, known: frozenset[str]) -> tuple[str, str] | None:
    """A word typed after the value (from `start`) that turns a word of the
    question, its answers or its quote over (`eight months late` for brought forward, `a
    2.9% cut` for a rise) or names another month, weekday or season (`90 days each autumn`
    where it is each spring): the typed word and the article's."""
    antonyms = world().antonyms
    for at in range(start, len(toks)):
        word = toks[at]
        if not word.isalpha() or word in known:
            continue
        others = set(antonyms.get(word, ()))
        others |= RISING if word in _CUTS else _CUTS if word in RISING else set()
        if names_a_time(toks, at):
            others |= {o for siblings in SIBLINGS if word in siblings for o in siblings}
            others -= VERB_MONTHS
        opposite = min(others & known, default=None)
        if opposite is not None:
            return word, opposite
    return None
