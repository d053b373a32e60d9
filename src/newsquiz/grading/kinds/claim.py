"""True or false, in the usual words; a negated word means its opposite.

Only the first clause is the verdict: `false, it was Roe` is a correction. A figure the
correction writes in digits or with a scale (`five million`), or in words beside something
the quote counts (`three were taken to hospital`), must be one the cited quote or the
question gives where the quote counts the same thing: `true, up from 40%` where the quote
says up from 35% restates the claim wrongly (`true, 12 days against six` where the quote
gives no days is left alone). So must its shares of a whole (`about a third` where the
quote says two-thirds), lengths of time, years, and the names and points of the compass it
gives (`most came from the Harlow Trust`, `it lies west`); where the quote says no one, a
correction that counts someone is wrong. The author's `explain` states the article's
figures too. A figure the correction gives to someone (`true, she got 310`) must not be
one the quote and the explanation give only to another (`and Okafor 310`, `the quota of
9,650`); a vote or score (`six to one`) must be two figures one sentence states together.
A numbered thing (`match two`) must be one the quote numbers so; a multiple (`it triples`)
one it or its figures give; a unit one it names or converts to; a figure the quote names
the other of two things by (`the 48-hour stoppage`) is not the question's own thing's; and
where the quote says none, unchanged, or a bounded share (`fewer than half`), a count, a
direction, or the share unbounded (`about half`) or none says otherwise.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise, takewhile

from newsquiz.facts.article import PASTED_RUN, PASTED_SENTENCE, ArticleNames, holds, sentences_of
from newsquiz.facts.clock import HALVES, as_clock_times
from newsquiz.facts.currencies import same_currency
from newsquiz.facts.memo import last_by_identity
from newsquiz.facts.numbers import number_word, roman_value
from newsquiz.facts.shares import same_share, shares
from newsquiz.facts.text import singular, tokenize
from newsquiz.facts.truth import read_truth
from newsquiz.facts.units import Unit, convert, unit_at
from newsquiz.facts.values import DATE, DURATION, MONEY, NUMBER, Mention, month_of, scan
from newsquiz.facts.words import (
    APPROXIMATE,
    COMPARATIVE,
    FILLERS,
    MONTHS,
    NUMBER_WORDS,
    SCALES,
    SEASONS,
    WEEKDAYS,
    could_be_year,
    one_event,
)
from newsquiz.facts.world import Place, places_in, world
from newsquiz.grading.kinds import Matcher
from newsquiz.grading.kinds.common import Context, an_act_done, figures_by_value, scores_apart
from newsquiz.grading.kinds.correction_figures import (
    figures_near_words,
    set_beside_another_figures_words,
)
from newsquiz.grading.kinds.key_times import YEAR_OFFSETS
from newsquiz.grading.kinds.person import written_at
from newsquiz.grading.kinds.times_named import time_never_told
from newsquiz.grading.kinds.values import time_rate_in, time_rates
from newsquiz.grading.normalize import rewrite
from newsquiz.grading.verdict import Verdict, correct, incorrect
from newsquiz.grading.vocab import (
    AUXILIARIES,
    DETERMINERS,
    FALLING,
    MOTION_NOUNS,
    NEGATIONS,
    NEGATIVE_WORDS,
    POSITIONAL,
    PREPOSITIONS,
    RISING,
)


def compile_claim(key: str, ctx: Context) -> Matcher | None:
    key_truth = read_truth([key.strip().lower()])
    if key_truth is None:
        return None

    negated_claim = not _DENIALS.isdisjoint(ctx.words)
    # The days, parts of the day and other closed sets' words the quotes name (`on
    # Wednesday afternoon`, `a red warning`).
    quoted_times = frozenset(
        t
        for quote in ctx.quotes
        for t in tokenize(quote)
        if any(t in sort for sort in _CLOSED_SETS)
    )
    quoted_texts = [tokenize(text) for text in (*ctx.quotes, ctx.explain)]
    quote_texts = quoted_texts[: len(ctx.quotes)]
    # `a "moderate risk"`: the level the quotes rate a thing, by the thing rated.
    quoted_levels: dict[str, set[str]] = {}
    for quote_words in quote_texts:
        for level, rated in pairwise(quote_words):
            if level in _LEVELS and rated.isalpha():
                quoted_levels.setdefault(rated, set()).add(level)
    restatable = ctx.words | ({"yet"} if "already" in ctx.words else set())
    # The quotes leave the matter open (`has not said whether it will pay`, `has not yet
    # replied`): a correction that says it was refused decides what the article does not.
    left_open = any(_leaves_open(tokenize(quote)) for quote in ctx.quotes) and not any(
        _refuses(toks) for toks in (*map(tokenize, ctx.quotes), tokenize(ctx.explain or ""))
    )
    # The quotes judge a thing too much or too little (`said the fines were too low`): a
    # correction that judges it about right says what the article does not.
    judged_excess = any(
        first == "too" and second[0].isalpha() and second not in FILLERS
        for quote in ctx.quotes
        for first, second in pairwise(tokenize(quote))
    )
    # What the quotes state: each figure by what it counts; their ordinals (`false, it was
    # the third` where the quote says the second; the question's own `first` may still be
    # said of someone else); their dates and years (`true, in late 2027` where it says 2026).
    known: dict[str, set[float]] = {}
    ordinals: set[float] = set()
    quoted_dates: set[tuple[int | None, int | None]] = set()
    quoted_days: set[tuple[int, int]] = set()  # (month, day): `true, on March 6` for March 11
    # Its shares of a whole (`false, about a third` where it says two-thirds) and lengths
    # of time (`about an hour` where it says 40 minutes), beside the question's own.
    quoted_shares: list[float] = []
    durations: set[float] = set()
    # Every figure of each kind the quotes state: a figure typed in digits that counts
    # nothing they count must still be one of them. The author's explanation says what
    # the article means in other words (`it fell on move 39`): its figures are the
    # article's, whatever they count, like the question's own.
    explained_toks = tokenize(ctx.explain)  # read once: most rules below weigh it
    explained_words = frozenset(explained_toks)
    explained_mentions = scan(explained_toks)
    # Not its ordinals: `the first 30 minutes` gives no figure 1 (`false, they stay at NZ$1`).
    explained = {m.value for m in explained_mentions if m.value is not None and not m.ordinal}
    # The explanation's lengths of time are the article's too (`hotels had 90 days; traders
    # were given no grace period`): a correction's other length is none of them.
    # Not an age it gives (`it is now nine years old`): `false, it was nine years` of a
    # design life is another length of time.
    ages = {
        m.value for m in explained_mentions if m.kind == DURATION and _an_age(explained_toks, m)
    }
    durations.update(
        m.value
        for m in explained_mentions
        if m.kind == DURATION and m.value is not None and m.value not in ages
    )
    # Where the quotes state no share, the explanation's (`though it might move about 20
    # percent of its orders`): `false, they will move half of their orders` gives another.
    explained_shares = shares(explained_toks)
    claimed_share = key_truth is True and bool(ctx.shares)
    allowed = (ctx.values - ctx.ordinals) | (explained - ages)
    # The explanation's places in an order are the article's too (`it drops them from
    # fourth to ninth`): `false, they dropped to seventh` gives another.
    explained_ordinals = {m.value for m in explained_mentions if m.ordinal and m.value}
    by_kind: dict[str, set[float]] = {}
    # The quote's years by the word they follow (`built in 1998 and refitted in 2016`):
    # `built in 2016` gives the year of another event.
    years_after: dict[str | None, set[int]] = {}
    # The figures the quotes give only as a limit (`below the 80 km/h limit`), beside
    # another of their figures.
    bounds = _bounds_beside(ctx.quotes)
    # The years the quotes open and close a span with (`from 2019 until 2022`): `he left in
    # 2019` gives the start as the end.
    spans_of_years = _spans_of_years(ctx.quotes)
    # Each month the quotes state, with the content words of the quotes that state it:
    # `false, Ruritania set it in May` where May is when the other side acted.
    month_words: dict[int, set[str]] = {}
    # What the quotes count more than one of, by a plural noun (`two seasons`).
    counted_plurals: set[str] = set()
    for quote in ctx.quotes:
        quote_toks = scores_apart(tokenize(quote))
        quoted_shares.extend(shares(quote_toks))
        for m in scan(quote_toks):
            if m.value is not None and m.kind != DATE:
                by_kind.setdefault(m.kind, set(allowed)).add(m.value)
            if m.kind == DURATION and m.value is not None:
                durations.add(m.value)
            measure = _measure(quote_toks, m)
            if measure is not None and m.value is not None:
                known.setdefault(measure, set()).add(m.value)
                if m.kind == NUMBER and quote_toks[m.end : m.end + 1] == [measure + "s"]:
                    counted_plurals.add(measure)  # `two seasons`
            if m.ordinal and m.value:
                ordinals.add(m.value)
            year = _year_of(quote_toks, m)
            if m.kind == DATE or year is not None:
                quoted_dates.add((m.month, year))
                if m.kind == DATE and m.month is not None and m.day is not None:
                    quoted_days.add((m.month, m.day))
                if m.kind == DATE and m.month is not None:
                    month_words.setdefault(m.month, set()).update(_content_words(quote_toks))
                if year:
                    years_after.setdefault(_word_before(quote_toks, m.start), set()).add(year)
    if NUMBER in by_kind and any(not _ONE_WORDS.isdisjoint(words) for words in quote_texts):
        by_kind[NUMBER].add(1.0)  # `a single dose rather than the usual two`: one is a count
    if not quoted_dates:
        # Where the quotes date nothing, the explanation's dates are the article's (`the
        # panel is expected to decide by February 28, 2024`): `by February 28, 2025` is
        # another, and so is `in May` where it says in April.
        for m in explained_mentions:
            if m.kind == DATE and (m.year, m.day, m.month) != (None, None, None):
                quoted_dates.add((m.month, m.year))
                if m.month is not None and m.day is not None:
                    quoted_days.add((m.month, m.day))
    for figures in known.values():
        figures.update(allowed)
    # A true claim said true with the levels its sentence compares (`true, from 15,980 to
    # 14,230` where enrolment fell 11 percent from 15,980): the article's own detail.
    levels_compared = (
        frozenset(
            m.value
            for m in _figures_of_quoted_sentences(ctx)
            if m.value is not None and m.kind != DATE
        )
        if key_truth is True
        else frozenset()
    )
    # `no one had been hurt`: a correction that counts someone (`false, one crew member
    # was hurt`) says what the quote denies.
    nobody = any(_NOBODY.search(quote) for quote in ctx.quotes)
    # `nobody was inside`: a correction that puts someone there (`only the caretaker was
    # inside`) says what the quote denies.
    nobody_was = frozenset(
        match.group(1).lower() for quote in ctx.quotes for match in _NOBODY_WAS.finditer(quote)
    )
    # `did not order any floor closed`, of a claim that says one was: a correction that
    # counts some (`false, two floors were`, `only some of them`) affirms in part what the
    # quote denies. A count the quotes or the explanation give may be restated.
    denying = (
        key_truth is False
        and any(not NEGATIONS.isdisjoint(tokenize(quote)) for quote in ctx.quotes)
        and NEGATIONS.isdisjoint(ctx.words)
    )
    # `accepted the fine without challenge`, false, where the quote says only that the
    # company appealed: a correction says what it did in the article's words, not in its
    # own (`false, it has paid the fine`).
    affirming = (
        key_truth is False
        and not NEGATIONS.isdisjoint(ctx.asked_tokens)
        and all(NEGATIVE_WORDS.isdisjoint(tokenize(quote)) for quote in ctx.quotes)
    )
    counted_here = frozenset(explained).union(
        m.value for quote in ctx.quotes for m in scan(tokenize(quote)) if m.value is not None
    )
    # Those of the whole paragraphs around the quotes: a correction may give the rest of
    # what the quote's paragraph says (`it brought forward €6 million in payments instead`).
    paragraph_toks = [tokenize(text) for text in ctx.cited_paragraphs]
    paragraph_figures = frozenset(
        m.value for toks in paragraph_toks for m in scan(toks) if m.value is not None
    ) | {roman for toks in paragraph_toks for _, roman in _roman_labels(toks)}
    # The amounts the quotes and the explanation give, each in its currency: `false, they
    # were promised 290 dollars` where they give 290 pesos (about $7.25) is another amount.
    amounts = tuple(
        (m.value, m.currency)
        for text in (*ctx.quotes, ctx.explain)
        for m in scan(tokenize(text))
        if m.kind == MONEY and m.value is not None and m.currency is not None
    )
    # The times of day the quotes and the explanation give (`suspended at 8:45 p.m.`): a
    # correction's other time (`at 9:45 p.m.`) is another fact.
    clock_times = frozenset(
        t
        for text in (*ctx.quotes, ctx.explain)
        for t in as_clock_times(tokenize(text))
        if _CLOCK_TIME.fullmatch(t)
    ) | frozenset(
        # Race times (`2:10:55`) the article gives anywhere: a correction may set one
        # against another (`2:11:48 beat the old record of 2:13:05`).
        t
        for sentence in (*ctx.names.sentences, ctx.asked_tokens)
        for t in sentence
        if _RACE_TIME.fullmatch(t)
    )
    # `no relation to the minister`: a correction that makes them kin says what it denies.
    unrelated = any(_UNRELATED.search(quote) for quote in (*ctx.quotes, ctx.explain))
    # `his cousin`: a correction that makes them other kin (`she is his wife`) is wrong.
    asked_kin = frozenset(_kinship(list(ctx.asked_tokens)))
    kin_said = frozenset(
        relation for text in (*ctx.quotes, ctx.explain) for relation in _kinship(tokenize(text))
    )
    # The times of day the whole article and the explanation give: a correction's own (`at
    # 11:20 p.m.`) is a fact they never state.
    article_times = _article_times(ctx.names) | frozenset(
        time for text in (*ctx.quotes, ctx.explain) for time in _times_of(tokenize(text))
    )
    # and the claim's own, which a correction may name to deny (`not after 10pm`)
    article_times |= frozenset(_times_of(list(ctx.asked_tokens)))
    # `said the protest was peaceful`, of a claim about the protest: a correction that says
    # there was none (`false, there was no protest`) denies what both take as given.
    presumed = _presumed(ctx.quotes) & ctx.words
    # `carrying no passengers`: a correction that counts passengers says what it denies.
    denied = {
        word for quote in ctx.quotes for word in _denied_nouns(tokenize(quote))
    } | {  # `no worker was killed`: a correction that counts some killed says what it denies
        match.group(1).lower()
        for quote in ctx.quotes
        for pattern in (_NONE_WERE, _NONE_DID)
        for match in pattern.finditer(quote)
    }
    # The names the quotes say did not do something (`Kosgei earned the bonus, Kiplagat did
    # not`): a correction that has one do the claim's act (`only Kiplagat earned it`) says
    # what they deny.
    denied_names = (
        frozenset(m.group(1).lower() for quote in ctx.quotes for m in _DID_NOT.finditer(quote))
        & ctx.names.name_words
    )
    # Those the claim never names (`no herons or otters were seen`, of a claim that herons
    # were): a correction naming one (`only otters were`) says there were some.
    denied_unclaimed = frozenset(
        head
        for quote in ctx.quotes
        for head in _denied_heads(tokenize(quote))
        if not any(_same_act(word, head) for word in ctx.words)
    )
    # A name of the article (`the Whitcombe Foundation`) or a point of the compass (`it
    # lies west`) in a correction must be one the quotes, the question or the explanation
    # give: another is another fact.
    said_here = ctx.cited | ctx.words | explained_words | _named_by_description(ctx)
    # A country (`a Vietnamese company`) too, though the article never names it: it must be
    # one the quotes, the question or the explanation name, or where a place they name lies
    # (`Chinese` of `based in Kunming`).
    countries = _countries_named(ctx, said_here)
    naming = frozenset(
        w
        for w in (ctx.names.proper_words | POSITIONAL) - said_here - FILLERS
        if len(w) > 2 and not _names_only(w, countries)
    )
    # `false, it hit the right upright` where the quote says the left one; `false, she was
    # convicted of bribery` where it says she was acquitted: a word whose opposite the quote
    # writes, and the quote not the word itself (nor, by the synonyms, its like).
    # Only where the quote denies nothing (`wetsuits are not allowed`), and never a word of
    # comparison or of who beat whom, which a correction may say of the other side (`the
    # state paid less than half`, `he lost the second set`).
    antonyms = world().antonyms
    # What the quotes and the explanation write (`Huanca backed the cap`).
    said_words = ctx.cited | explained_words
    # Words of comparison the quotes write of a place, not a figure (`it lies 150 metres
    # above the gallery`): `false, it lies 150 metres below it` says the opposite.
    places_relative = frozenset(
        word
        for quote in ctx.quotes
        for word, following in pairwise((*tokenize(quote), ""))
        if word in _PLACED_RELATIVE and following in ("the", "a", "an", "its", "their", "sea")
    )
    nouns_of_motion = _nouns_of_motion(ctx.names)
    # The counts the quotes give (`38 boats … counts 57`), not their dates.
    quoted_counts = frozenset(
        m.value
        for words in quote_texts
        for m in scan(words)
        if m.kind == NUMBER and m.value is not None and not m.ordinal
    )
    # What the quotes and the explanation say was done, where they deny nothing.
    affirmed = said_words if NEGATIONS.isdisjoint(said_words) else frozenset()
    # Of the explanation's words, the deeds the claim writes too (`both backed the cap`,
    # where the explanation says Huanca backed it), save where it writes their opposite as
    # well (`born in Dolgellau but died in London`); its other words, and words of order
    # (`the first came in 1987`), may be of another thing.
    explained_opposites = frozenset(
        word
        for said in explained_words & ctx.words
        if said.endswith("ed")
        for word in antonyms.get(said, ())
        if word not in explained_words
    )
    opposed = (
        frozenset(
            word
            for quoted in ctx.cited - nouns_of_motion
            for word in antonyms.get(quoted, ())
            if word not in ctx.cited
            and word not in _RELATIVE
            and (word not in COMPARATIVE or quoted in places_relative)
            # `55 dB by day and 45 dB at night`: the quote writes the word itself, in
            # another form (`daytime` is its `day`)
            and not any(_compound_of(word, said) for said in ctx.cited)
        )
        | (explained_opposites - ctx.cited - _RELATIVE - COMPARATIVE)
        if NEGATIONS.isdisjoint(ctx.cited)
        else frozenset()
    )
    # `false, it matures three weeks later` where the quote says earlier and the claim said
    # later: a correction repeating the claim's own word of comparison, of nobody else,
    # restates what it calls false.
    restated_relative = frozenset(
        word
        for word in ctx.words
        if word in _RELATIVE
        and word not in ctx.cited
        and any(other in ctx.cited for other in antonyms.get(word, ()))
    )
    # `true, 20 percent more than in 2023` where the claim and the quote say less: a true
    # verdict that restates the claim's comparison the other way round.
    # (`more`, `less`, `fewer` only: `over` and `under` are as often places or spans.)
    turned_comparisons = frozenset(
        word
        for word in ("more", "less", "fewer")
        if word not in ctx.cited
        and word not in ctx.words
        and any(other in ctx.cited and other in ctx.words for other in antonyms.get(word, ()))
    )
    # `true, it doubled` where the herd tripled; `it triples it` where it more than
    # doubles, unless two of the figures are three times apart (`from 300 to 930`).
    quoted_multiples = {_MULTIPLES[w] for w in ctx.cited if w in _MULTIPLES} | {
        times for quote in ctx.quotes for times in _times(tokenize(quote))
    }  # `more than two and a half times the first estimate`: `false, it doubled` is another
    multiples = quoted_multiples | {_MULTIPLES[w] for w in ctx.words if w in _MULTIPLES}
    # `entries had risen by 22 percent`: a change the quotes give in percent, which a
    # multiple typed (`entries doubled`) must be.
    quoted_changes = set() if multiples else known.get("percent", set())
    ratios = _ratios(*ctx.quotes, ctx.explain)
    # `match four` of `sat out match four`: a correction's `match two` is another match.
    labels: dict[str, set[float]] = {}
    for text in (*ctx.quotes, ctx.explain):
        for word, figures in _labels(tokenize(text)).items():
            labels.setdefault(word, set()).update(figures)
    # `a 48-hour stoppage in March and a 72-hour stoppage in June`, where the question asks
    # of the 72-hour one: 48 hours is the other stoppage's.
    others = _the_others(ctx)
    # What the quotes and the explanation measure, in their units (`400 metres`): a
    # correction's figure with a unit must be one of them, in its unit or converted.
    quoted_modes = frozenset().union(*map(_modes, quoted_texts[: len(ctx.quotes)]))
    measured = [pair for toks in quoted_texts for pair in _measured(toks)]
    # `unchanged from 2024`: a correction that says which way it moved says otherwise.
    quoted_words = {t for toks in quoted_texts for t in toks} - nouns_of_motion
    # The claim denies or sets one thing against another (`no other conditions`, `unlucky
    # rather than overdue`): its own words may correct it.
    contrasted_claim = not (NEGATIVE_WORDS | _CONTRASTS).isdisjoint(ctx.asked_tokens)
    # `voted unanimously`: a correction giving the vote a side against (`by 9 votes to 4`)
    # says otherwise.
    unanimous = any(
        word in _UNANIMOUS and NEGATIONS.isdisjoint(toks[max(0, at - 3) : at])
        for toks in quoted_texts
        for at, word in enumerate(toks)
    )
    steady = (not _STEADY.isdisjoint(quoted_words) or any(map(_change_denied, quoted_texts))) and (
        RISING | FALLING
    ).isdisjoint(quoted_words)
    # `six fewer than the old hut`: a correction that says it is the same says otherwise.
    compared = any(map(_compares, quoted_texts))  # `lighter than when they went up`
    # A claim that compares (`tested more samples than the NFTC`, `cost less per megawatt-hour
    # than`) where the quotes give the two figures apart (`The NFTC tested 40 samples; the
    # laboratory tested 12.`) and call nothing the same: `false, they tested the same number`
    # says otherwise too.
    compared = compared or (
        _compares(ctx.asked_tokens, within=4)
        and not any(_SAME.search(quote.lower()) for quote in ctx.quotes)
        and len(
            {
                m.value
                for toks in quoted_texts[: len(ctx.quotes)]
                for m in scan(toks)
                if m.value is not None and not m.ordinal
            }
        )
        >= 2
    )
    # `up from nine`: a correction that says it fell says the opposite (and the reverse),
    # where the quotes move one way only and deny nothing.
    # A direction the explanation denies is no way it moved (`up 12 percent, not down`).
    moved_words = {
        t for toks in quoted_texts for t in _without_denied_directions(toks)
    } - nouns_of_motion
    rises, falls = not RISING.isdisjoint(moved_words), not FALLING.isdisjoint(moved_words)
    other_way = (
        _MOVED & (FALLING if rises else RISING)
        if rises != falls and NEGATIONS.isdisjoint(moved_words)
        else frozenset()
    )
    # Quotes that give a part (`half the cost`) and never the whole: a verdict that says
    # the whole (`it paid the whole US$14,000`, `true, it pays the entire cost`) gives
    # another share, whether it restates a false claim's word or adds it to a true one.
    part_quoted = _WHOLE.isdisjoint(quoted_words) and any(0 < s < 1 for s in quoted_shares)

    # `the same entry charge as the old pool`: a correction that says it is dearer, where
    # the quotes compare nothing, says otherwise.
    same_quoted = (
        any(_SAME.search(quote.lower()) for quote in ctx.quotes)
        and _UNEQUAL.isdisjoint(quoted_words)
        and "than" not in quoted_words
    )
    # `would be refunded in full`: a correction that gives a part (`half the fare back`),
    # where the quotes give no share and deny nothing, says otherwise.
    whole_quoted = (
        any(_IN_FULL.search(quote.lower()) for quote in ctx.quotes)
        and not quoted_shares
        and NEGATIONS.isdisjoint(quoted_words)
    )
    # `a single supervised visit`: what the quotes count as one, in the singular; a
    # correction that counts two or more of it (`she was allowed two visits`) gives another.
    single = frozenset(
        singular(word)
        for toks in quoted_texts[: len(ctx.quotes)]
        for at, token in enumerate(toks)
        if token in _ONE_ONLY and toks[at - 1 : at] in (["a"], ["an"], ["the"], ["one"])
        for word in toks[at + 1 : at + 5]
        if word.isalpha() and len(word) > 2  # `call` too, a filler players type around
    )
    # `fewer than half`: `about half` is not what the quote says, and none is less.
    bounded = [share for quote in ctx.quotes for share in _bounded_shares(tokenize(quote))]
    some = bool(quoted_shares) and not any(
        _NOBODY.search(quote) or not NEGATIONS.isdisjoint(tokenize(quote)) for quote in ctx.quotes
    )
    # A figure in digits that neither the quotes, the question, the explanation nor the rest
    # of the article gives is no correction of the article (`true, at -4.2 °C` where it
    # says -2.4 °C; `false, it was 15 years` where the bar is for life).
    stated_figures, article_amounts = _article_values(ctx.names)
    article_figures = stated_figures | {abs(v) for v in allowed}
    # The places in an order the article writes: `false, it is 12th` gives one it never does.
    article_ordinals = _article_ordinals(ctx.names) | ctx.ordinals
    # Where the quote states no share, a percentage typed in digits is weighed like any
    # figure (`by 4 percent` where it firmed 0.4 percent), and may still be a share the
    # article writes in words (`40 percent` for two-fifths). Percentages are no such
    # share: 0.4 and 1 percent are alike as shares of a whole.
    worded_shares = (
        *_worded_shares(ctx.names),
        *_worded_shares_of(explained_toks),
        *ctx.shares,
    )
    # The cited paragraphs, the explanation and the claim give no share, in words or in
    # percent: a correction that gives one (`false, it pays half` where the quote says the
    # railway pays the rest) makes it up.
    said_toks = [*paragraph_toks, explained_toks]
    no_share_said = not ctx.shares and not any(
        shares(toks) or not _PERCENT_WORDS.isdisjoint(toks) for toks in said_toks
    )
    # (A share two of their figures make is said: `only half of the NZ$240,000` where they
    # give NZ$120,000 of it.)
    figure_ratios = _ratios(*ctx.cited_paragraphs, ctx.explain) if no_share_said else frozenset()
    # The figures each sentence states together: a vote or a score (`five to two`) is
    # two figures of one sentence.
    together = (
        *_figures_together(ctx.names),
        *(_figures_of(tokenize(text)) for text in (*ctx.quotes, ctx.explain)),
        frozenset(ctx.values),
    )
    # Whose each figure of the quotes and the explanation is (`Okafor 310`; `the quota of
    # 9,650`): a correction that gives it to another (`she got 310`) is wrong.
    held = _Holding(ctx)
    sources = [scores_apart(tokenize(text)) for text in (*ctx.quotes, ctx.explain)]
    # The word straight before each figure of a quote that gives several (`the Government
    # A$95 million and the club A$29 million`): `the club gives A$95 million` swaps them.
    figure_words = [pairs for source in sources if len(pairs := _figure_words(source)) >= 2]
    # Each figure of the quotes written before `in` a year (`27 cases … in 2024, up from 19
    # in 2023`): `19 in 2024` gives a figure another year of theirs.
    figures_by_year = frozenset(pair for source in sources for pair in _figures_by_year(source))
    # The words each figure of the quotes stands nearest (`minimum wage of €870`): a
    # correction that sets another of their figures beside them (`a €990 minimum wage`)
    # gives that figure to another thing.
    figures_near = figures_near_words(
        [tokenize(said) for text in (*ctx.quotes, ctx.explain) for said in sentences_of(text)]
    )
    # The votes the quotes and the explanation write (`defeated by eight votes to five`):
    # where they write any, a correction's vote is one of them (`eight votes to four` is
    # none, though the article writes an 8 and a 4 elsewhere in one sentence).
    quoted_votes = {frozenset(vote) for source in sources for vote in _scores(source, scan(source))}
    # The figures the quotes give to now and to before, sentence by sentence (`Before the
    # burst I did four trips a day. Now I do one.`): `false, he now does four` gives the
    # earlier figure to now.
    figures_then = _figures_in_time(ctx.quotes)
    # Those written as votes, in their order (`approved by 17 votes to 12`): `12 votes to
    # 17` turns the result over.
    ordered_votes = frozenset(vote for source in sources for vote in _votes(source))
    # The sides of a vote the quotes give, where the claim is of a vote (`who voted in
    # favour`): a correction of whoever the claim names that gives another side (`false,
    # she abstained`) is wrong.
    sides_quoted = (
        frozenset(side for toks in sources[: len(ctx.quotes)] for side in _sides_taken(toks))
        if not _VOTING.isdisjoint(ctx.words)
        else frozenset()
    )
    # Those who abstained, by the counts the quotes and the cited paragraphs give them
    # (`with three abstentions`): `false, nine abstained` gives another.
    abstentions = frozenset(
        figure
        for toks in (*sources, *paragraph_toks)
        for figure, side in _side_counts(toks, scan(toks))
        if side is _ABSTAINED
    )
    # `asked for 2.1 million … granted 1.2 million`: the figures each act of the quotes and
    # the explanation is written with.
    acts = _acts(quoted_texts)
    # The acts the cited paragraphs write with figures beyond the quotes' (`Not every gate
    # opened.` quoted, `only 9 opened` beside it): `false, only 5 opened` gives another
    # figure for that act, as the article gives 5 to something else (`5 were jammed`).
    paragraph_acts = (
        {word: figures for word, figures in _acts(paragraph_toks).items() if word not in acts}
        if key_truth is False  # a correction's; `true, …` restates the claim
        else {}
    )
    # The figures the quotes and cited paragraphs give only as what another is set against
    # (`52 percent, down from 58 percent`, `against 58 percent in 2019`): a correction that
    # moves the figure to one of them (`false, it fell to 58 percent`) gives the level
    # before for the level now.
    levels_before = (
        _levels_before([*quoted_texts, *paragraph_toks]) if key_truth is False else frozenset()
    )
    # The figures a false claim gives, each to something of its own (`more than the cap of
    # 62,000 tonnes`): typed after an act the quotes write with another figure (`false,
    # they caught 62,000 tonnes` where they caught 58,400), one is given to another thing.
    claimed = frozenset(abs(v) for v in ctx.values) if key_truth is False else frozenset()
    # `students pay KSh 40`: the figures each word of the quotes and the explanation stands
    # straight before (`false, they pay KSh 80` gives another).
    words_before = _figures_by_word(quoted_texts, _plain_word_of)
    # A figure the quotes themselves state may be typed after their word for it by another
    # (`PR spent €210,000` where HL spent €85,000, less than PR's €210,000).
    stated_in_quotes = frozenset(
        abs(m.value)
        for text in quoted_texts[: len(ctx.quotes)]  # the quotes, not the explanation
        for m in scan(text)
        if m.value is not None
    )
    # `only 1,260 enumeration areas will be recounted`: what the quotes and the explanation
    # count, with the figures they count it with.
    counts = _counts(quoted_texts)
    # What a true claim counts, with its figures (`37 South Daito residents had missed`):
    # `true, 1,210 residents missed appointments` restates it with another figure, though
    # the quote writes `1,210 residents` too, as the whole the 37 are of.
    claim_counts = _counted_near(list(ctx.asked_tokens)) if key_truth is True else {}
    # `in four of the nine devils`: a true verdict that gives only the whole (`true, in all
    # nine`) says all of it did.
    wholes_of_parts = _wholes(quoted_texts) if key_truth is True else frozenset()
    wholes = wholes_of_parts if claim_counts else frozenset()
    # `1,911 responses, and 1,402 of them came from outside`: a true verdict's count of
    # those who did is the part, never the whole (`true, all 1,911 did`).
    wholes_before = (
        _wholes_before(quoted_texts) - _figures_of(list(ctx.asked_tokens))
        if key_truth is True
        else frozenset()
    )
    # What the cited paragraphs count beyond the quotes (`failing to report two approaches`
    # beside a quote on the matches he missed): `false, three approaches` gives another.
    paragraph_counts = (
        {word: figures for word, figures in _counts(paragraph_toks).items() if word not in counts}
        if key_truth is False  # a correction's; `true, five apiaries` restates the claim
        else {}
    )
    # The figures only the claim states, that the quotes and the explanation never affirm
    # (`more than 3,000 emails` where she had more than 300, `not 3,000`): a correction
    # giving one of them as the fact gives the claim's own.
    claims_own = (
        _figures_of(list(ctx.asked_tokens)) - _affirmed_figures(quoted_texts)
        if key_truth is False
        else frozenset()
    )
    # The ages the quotes and the explanation give (`a 58-year-old`, `she is 58`): a
    # correction's age is one of them, though the article may give her another, at another
    # time (`I was eleven when I took it out`).
    quoted_ages = frozenset(age for toks in quoted_texts for age in _ages(toks))
    # `true, weekly` where the quote says daily: the periods the article counts anything per.
    periods = time_rates(ctx.explain, ctx)

    # `She said she would not resign`: the acts the quotes deny, each with the words the
    # quote writes before the denial (of whom it denies it) and after the act.
    denied_acts = [act for quote in ctx.quotes for act in _denied_acts(tokenize(quote), quote=True)]
    # What a caveat after the verdict may say: the words of the question, the explanation
    # and the paragraphs the quotes stand in.
    supported = frozenset(t for toks in (*paragraph_toks, explained_toks) for t in toks) | ctx.words
    # `delayed because a landslide had blocked the road`, false: a correction gives the
    # cause in some word the article writes (`a lorry overturned`), never in words it
    # never uses (`a crash in the peloton held it up`).
    cause_claimed = key_truth is False and not _CAUSES.isdisjoint(ctx.asked_tokens)
    # The cited paragraphs' and the explanation's words through the synonyms: read only
    # for the two rules below that weigh a correction's own words.
    rewritten = (
        frozenset(word for toks in (*paragraph_toks, explained_toks) for word in rewrite(toks))
        if cause_claimed or denying or affirming
        else frozenset()
    )
    # Where the quote only denies what the claim says (`the trust would not sell the
    # boathouse`), the words a correction may say instead: those, and their synonyms.
    denial_support = supported | rewritten if denying or affirming else frozenset()
    # A cause may be given in any of the whole article's words.
    cause_words = supported | ctx.names.words | rewritten if cause_claimed else frozenset()

    # The quotes and the explanation deny nothing (no `not`, `no one`, `without`, `little`).
    affirms_only = NEGATIVE_WORDS.isdisjoint(quoted_words) and quoted_words.isdisjoint(
        ("cannot", "nobody", "zero")
    )

    def match(toks: list[str]) -> Verdict:
        if _pasted_from_the_start(toks, ctx):
            return incorrect("a sentence of the article, not a verdict")  # `No deaths had…`
        toks = scores_apart(toks)
        said = read_truth(toks)
        if said is None:
            said = _restated(toks, restatable, negated_claim)
        if said is None:
            return incorrect("answer true or false")
        if said != key_truth:
            return incorrect()
        if key_truth is False and not contrasted_claim and _restates_the_claim(toks, ctx):
            return incorrect("that is what the claim says")  # `false, he was killed`
        if cause_claimed and _own_words_unsaid(toks, ctx.words, cause_words):
            return incorrect("the article gives another cause")
        if _caveat_unsupported(toks, supported):
            return incorrect("the article does not say so")  # `true, but only by video link`
        if (known or by_kind) and _another_figure(
            toks, known, by_kind, levels_compared, counted_plurals
        ):
            return incorrect("the article gives another figure")
        if amounts and _in_another_currency(toks, amounts):
            return incorrect("the article gives that amount in another currency")
        if quoted_ages and not _ages(toks) <= quoted_ages:
            return incorrect("the article gives another age")  # `false, she is 11`
        if (
            not by_kind
            and not explained
            and not multiples
            and _figure_unsaid(toks, allowed | paragraph_figures)
        ):
            return incorrect("the article gives no such figure")  # `under two votes`
        if MONEY not in by_kind and _amount_unsaid(toks, article_amounts, allowed):
            return incorrect("the article gives no such amount")  # `false, they pay 50 birr`
        if clock_times and any(
            _CLOCK_TIME.fullmatch(t) and t not in clock_times for t in as_clock_times(toks)
        ):
            return incorrect("the article gives another time")  # `at 9:45 p.m.`
        other = _another_of_a_closed_set(toks, quoted_times, ctx.words | ctx.names.words)
        if other is not None:  # `true, on Thursday morning`, `false, it was an amber warning`
            return incorrect(f"the article says {other[1]}, not {other[0]}")
        level = _another_level(toks, quoted_levels, ctx.words) if quoted_levels else None
        if level is not None:  # `true, it was rated a high risk` where it says moderate
            return incorrect(f"the article says {level[1]}, not {level[0]}")
        if left_open and (_refuses(toks) or _decides(toks)):
            # `it refused to pay`, `the court found them lawful`
            return incorrect("the article says it is not decided yet")
        if judged_excess and _judged_fit(toks):
            return incorrect("the article says it is too much or too little")  # `about right`
        if quoted_modes and not _modes(toks) <= quoted_modes:
            return incorrect(f"the article says by {min(quoted_modes)}")  # `false, by rail`
        untold = time_never_told(toks, 1, ctx.names.words, ctx.words, explained_words)
        if untold is not None:  # `false, it will be inspected in December`
            return incorrect(f"the article names no {untold.capitalize()}")
        mentions = scan(toks)
        if (ordinals or explained_ordinals) and any(
            m.ordinal
            and m.value not in ordinals
            and m.value not in explained_ordinals
            and m.value not in ctx.ordinals
            for m in mentions
        ):
            return incorrect("the article gives another figure")
        if any(
            m.ordinal
            and m.value is not None
            and m.value >= 3
            and m.value not in article_ordinals
            and m.value not in explained_ordinals
            and not _a_share(toks, m)
            for m in mentions
        ):
            return incorrect("the article gives no such place")  # `false, it is 12th`
        if (
            not naming.isdisjoint(toks)
            or _another_country(toks, countries, said_here)
            or _another_city(toks, said_here | ctx.names.proper_words)
        ):
            return incorrect("the article says otherwise")
        if not opposed.isdisjoint(toks[1:]) and NEGATIONS.isdisjoint(toks):
            return incorrect("the article says the opposite")
        if "both" in toks and "both" not in said_words and _one_for_both(toks, quoted_counts):
            return incorrect("the article gives them different figures")  # `both count 38`
        if affirmed and (done := _denied_of_all(toks, affirmed)) is not None:
            return incorrect(f"the article says one {done}")  # `neither backed it`
        if (
            key_truth is True
            and not turned_comparisons.isdisjoint(toks[1:])
            and NEGATIONS.isdisjoint(toks)
            and not _MORE_OR_LESS.search(" ".join(toks))
        ):
            return incorrect("the article says the opposite")  # `true, 20 percent more`
        if (
            key_truth is False
            and not restated_relative.isdisjoint(toks[1:])
            and NEGATIONS.isdisjoint(toks)
            and ctx.names.proper_words.isdisjoint(toks)
        ):
            return incorrect("the article says the opposite")
        if (
            part_quoted
            and not _WHOLE.isdisjoint(toks[1:])
            and NEGATIONS.isdisjoint(toks)
            and not shares(toks)
        ):
            return incorrect("the article gives a part")
        typed_period = time_rate_in(toks)
        if periods and typed_period is not None and typed_period not in periods:
            return incorrect(f"the article says otherwise: not every {typed_period}")  # `weekly`
        typed_multiples = [_MULTIPLES[t] for t in toks if t in _MULTIPLES] + _times(toks)
        if multiples and any(
            m not in multiples and not any(abs(m - r) <= 0.05 * m for r in ratios)
            for m in typed_multiples
        ):
            return incorrect("the article gives another figure")
        if (
            not multiples
            and quoted_changes
            and any(
                not any(abs((_MULTIPLES[t] - 1) * 100 - p) <= 5 for p in quoted_changes)
                for t in toks
                if t in _MULTIPLES and t.endswith(("d", "s", "ing"))  # not `more than double`
            )
        ):
            return incorrect("the article gives another figure")  # `doubled` for up 22%
        if (
            key_truth is False
            and quoted_multiples
            and typed_multiples
            and _DENIALS.isdisjoint(toks)
            and quoted_multiples.isdisjoint(typed_multiples)
        ):
            return incorrect("the claim's own figure")  # `false, it would triple it`
        if labels and _another_label(toks, mentions, labels, ctx.values):
            return incorrect("the article gives another figure")
        if _another_times_figure(toks, mentions, figures_then):
            return incorrect("the article gives that figure to another time")
        if others and any(m.value in others and not _attributive(toks, m) for m in mentions):
            return incorrect("the article gives that figure to another")
        if bounds and _BOUND_TYPED.isdisjoint(toks) and any(m.value in bounds for m in mentions):
            # `false, it was doing exactly 80 km/h` where 80 km/h was the limit
            return incorrect("the article gives that figure to a limit")
        if measured and _another_unit(toks, mentions, measured):
            return incorrect("the article gives another unit")
        if steady and NEGATIONS.isdisjoint(toks) and not _MOVED.isdisjoint(toks):
            return incorrect("the article says it did not change")
        if other_way and NEGATIONS.isdisjoint(toks) and not other_way.isdisjoint(toks):
            return incorrect("the article says it moved the other way")  # `fell to 9`
        if other_way and not _STEADY.isdisjoint(toks) and NEGATIONS.isdisjoint(toks[1:]):
            return incorrect("the article says it moved")  # `false, they were unchanged`
        if same_quoted and NEGATIONS.isdisjoint(toks) and not _UNEQUAL.isdisjoint(toks[1:]):
            return incorrect("the article says they are the same")  # `it is dearer`
        if whole_quoted and NEGATIONS.isdisjoint(toks) and not _PART.isdisjoint(toks[1:]):
            return incorrect("the article says in full")  # `false, only half came back`
        if single and any(
            m.value is not None
            and m.value >= 2
            and not m.ordinal
            and m.kind == NUMBER
            and m.end < len(toks)
            and singular(toks[m.end]) in single
            and NEGATIONS.isdisjoint(toks[max(0, m.start - 2) : m.start])
            for m in mentions
        ):
            return incorrect("the article counts one")  # `two visits` for a single visit
        if any(word in _RANKS and word not in supported for word in toks[1:]):
            return incorrect("the article gives another rank")  # `an assistant head`
        if (
            _bound_turned(toks, quoted_texts)
            or _comparison_turned(toks, quoted_texts)
            or _difference_turned(toks, quoted_texts)
        ):
            return incorrect("the article says the opposite")  # `after 10 a.m.` for before
        if (
            (compared or other_way)
            and NEGATIONS.isdisjoint(toks[1:])
            and _SAME.search(" ".join(toks))
        ):
            return incorrect("the article says it differs")  # `the same number of beds`
        if any(
            m.kind in (NUMBER, MONEY, DURATION)
            and m.value is not None
            and not m.ordinal
            # a figure, or a number spelt out (`three voted against`), not `one` of them
            and (any(t[:1].isdigit() for t in toks[m.start : m.end]) or abs(m.value) >= 2)
            and abs(m.value) not in article_figures
            and abs(m.number or 0) not in article_figures  # `€45 million` of `€45m–€50m`
            and (
                _measure(toks, m) != "percent"
                or (  # where the quote states shares, they have their own rule
                    not quoted_shares
                    and not any(same_share(abs(m.value) / 100, s) for s in worded_shares)
                )
            )
            for m in mentions
        ):
            return incorrect("the article gives no such figure")
        if any(
            not any({first, second} <= figures for figures in together)
            for first, second in _scores(toks, mentions)
        ):
            return incorrect("the article gives no such vote")
        if (
            quoted_votes
            and any(frozenset(vote) not in quoted_votes for vote in _scores(toks, mentions))
            and _DENIALS.isdisjoint(toks)
        ):
            return incorrect("the article gives another vote")  # `eight votes to four`
        if ordered_votes and any(
            (second, first) in ordered_votes and (first, second) not in ordered_votes
            for first, second in _scores(toks, mentions)
        ):
            return incorrect("the article gives the vote the other way round")
        if unanimous and any(a and b for a, b in _scores(toks, mentions)):
            return incorrect("the article says the vote was unanimous")
        if quoted_votes and _another_side_count(toks, mentions, quoted_votes, abstentions):
            return incorrect("the article counts that side of the vote otherwise")
        if (
            sides_quoted
            and not _sides_taken(toks[1:]) <= sides_quoted
            and NEGATIONS.isdisjoint(toks)
            and ctx.names.proper_words.isdisjoint(toks)
        ):
            return incorrect("the article gives another side of the vote")  # `she abstained`
        if any(_swapped_figure(toks, mentions, pairs) for pairs in figure_words):
            return incorrect("the article gives that figure to another")
        if figures_by_year and _another_year(_figures_by_year(toks), figures_by_year):
            return incorrect("the article gives that figure for another year")
        if set_beside_another_figures_words(toks[_after_verdict(toks) :], figures_near):
            return incorrect("the article gives that figure to another")
        if held.another_holder(toks, mentions, sources) or _placed_elsewhere(
            toks, mentions, ctx.names
        ):
            return incorrect("the article gives that figure to another")
        if (
            claims_own
            # two figures set against each other (`31 in 2018 against 25 in 2017`) say
            # which is which, not that the claim's figure is the fact
            and len(
                [
                    m
                    for m in mentions
                    if not _a_year(toks, m) and not m.ordinal and toks[m.start] not in ("a", "an")
                ]
            )
            == 1
            and any(
                m.value in claims_own
                and not m.ordinal
                and not _a_year(toks, m)
                and _DENIALS.isdisjoint(toks[max(0, m.start - 3) : m.end + 3])
                for m in mentions
            )
        ):
            return incorrect("the claim's own figure")  # `false, more than 3,000`
        if wholes and _restated_otherwise(toks, mentions, claim_counts, wholes):
            return incorrect("the claim gives another figure")
        if wholes_before and any(
            m.value is not None and abs(m.value) in wholes_before and not _of_a_whole(toks, m)
            for m in mentions
        ):
            return incorrect("the article gives that as the whole")  # `true, all 1,911 did`
        if wholes_of_parts and _only_wholes(toks, mentions, wholes_of_parts):
            return incorrect("the article gives that as the whole")
        if counts and _another_count(
            toks,
            # `two councillors voted against` may be worked out from `9-2`: figures only
            [m for m in mentions if toks[m.start][:1].isdigit() and abs(m.value or 0) >= 10],
            counts,
            ctx.names,
        ):
            return incorrect("the article counts those with another figure")  # `1,190 areas`
        if paragraph_counts and _another_count(
            toks,
            # `11 of 18 worked`: the whole counts nothing after it
            [m for m in mentions if toks[m.start - 1 : m.start] != ["of"]],
            paragraph_counts,
            ctx.names,
        ):
            return incorrect("the article counts those with another figure")  # `three approaches`
        if acts and _another_act(toks, mentions, acts, ctx.names, claimed):
            return incorrect("the article gives another figure for that")  # `asked for 1.2m`
        if paragraph_acts and _another_act(
            toks,
            # `9 of the 14 opened`: the whole did not do the act
            [m for m in mentions if toks[m.start - 1 : m.start] != ["of"]],
            paragraph_acts,
            ctx.names,
            claimed,
        ):
            return incorrect("the article gives another figure for that")  # `only 5 opened`
        if levels_before and _moved_to_a_level_before(toks, mentions, levels_before):
            return incorrect("the article gives that as the level before")  # `fell to 58`
        if words_before and any(
            (word := _plain_word_of(toks, m)) is not None
            and word in words_before
            and m.value is not None
            and abs(m.value) not in words_before[word]
            and (abs(m.value) not in stated_in_quotes or not _names_a_subject(toks, m))
            for m in mentions
        ):
            return incorrect("the article gives another figure for that")  # `pay KSh 80`
        if _another_time(toks, article_times):
            return incorrect("the article gives no such time")  # `false, at 11:20 p.m.`
        # `no, he is the judge's brother`: the verdict's own `no` denies nothing after it
        stated = toks[2:] if toks[:1] in (["no"], ["yes"]) and toks[1:2] == [","] else toks
        # The claim's own relation is no correction of it, unless denied (`not her father`).
        if kin_said and not _kinship(stated) <= kin_said | (
            asked_kin if key_truth or not NEGATIONS.isdisjoint(stated[1:]) else frozenset()
        ):
            return incorrect("the article gives another relation")  # `she is his wife`
        if unrelated and not _KIN.isdisjoint(stated) and NEGATIONS.isdisjoint(stated):
            return incorrect("the article says they are not related")  # `he is her brother`
        if (
            denied
            and NEGATIVE_WORDS.isdisjoint(stated)
            and not _NOBODY.search(" ".join(stated))
            and ctx.names.proper_words.isdisjoint(stated)  # `the frost hit Arlen`: elsewhere
            and any(_same_act(t, w) for t in stated[1:] if t.isalpha() for w in denied_unclaimed)
        ):
            return incorrect("the article says none")  # `false, only the otters were seen`
        if (
            denied_names
            and NEGATIVE_WORDS.isdisjoint(stated)
            and not denied_names.isdisjoint(stated)
            and any(
                t in ctx.asked_tokens
                for t in stated[1:]
                if t.isalpha() and len(t) > 3 and t not in ctx.names.proper_words
            )
        ):
            return incorrect("the article says they did not")  # `only Kiplagat earned it`
        if denied and any(
            m.kind == NUMBER and m.value and not m.ordinal and toks[m.end : m.end + 1][0:1] == [w]
            for m in mentions
            for w in denied
        ):
            return incorrect("the article says none")  # `false, it carried 11 passengers`
        if (
            denied
            and NEGATIONS.isdisjoint(toks)
            and not _NOBODY.search(" ".join(toks))
            and any(
                m.kind == NUMBER and m.value and not m.ordinal and not _a_year(toks, m)
                for m in mentions
            )
            and any(_same_measure(t, w) for t in toks if t.isalpha() for w in denied)
        ):
            return incorrect("the article says none")  # `false, one person was injured`
        if denying and _another_act_instead(toks, ctx.words, denial_support):
            return incorrect("the article says only that it did not")  # `it will rent it`
        if (
            affirming
            and any(an_act_done(t) for t in toks[1:])
            and _another_act_instead(toks, ctx.words | _forms_of(toks, ctx.words), denial_support)
        ):
            return incorrect("the article says what was done otherwise")  # `it paid the fine`
        if denying and _counts_some(toks[1:], counted_here, said_here):
            return incorrect("the article says it did not")  # `false, two floors were`
        if (
            denying
            and NEGATIONS.isdisjoint(toks)
            and any(
                m.kind in (NUMBER, MONEY, DURATION)
                and m.value is not None
                and not m.ordinal
                and not _a_year(toks, m)
                and m.value not in counted_here
                and m.value not in ctx.values
                and m.value not in paragraph_figures
                for m in mentions
            )
        ):
            return incorrect("the article says it did not")  # `false, it cost US$1 million`
        if denied_acts and _affirms_a_denied_act(toks, denied_acts):
            return incorrect("the article says it did not")  # `false, she will resign in May`
        if _denies_an_affirmed_act(toks, quoted_texts):
            return incorrect("the article says it did")  # `false, he was never arrested`
        if presumed and any(before == "no" and word in presumed for before, word in pairwise(toks)):
            return incorrect("the article says there was one")
        if nobody and any(
            m.kind == NUMBER and m.value and not m.ordinal and m.value not in allowed
            for m in mentions
        ):
            return incorrect("the article says nobody")
        if (
            nobody_was
            and NEGATIONS.isdisjoint(toks)
            and not _NOBODY.search(" ".join(toks))
            and any(a in _BEING and b in nobody_was for a, b in pairwise(toks[1:]))
        ):
            return incorrect("the article says nobody")  # `false, only the caretaker was inside`
        if (
            nobody
            and NEGATIONS.isdisjoint(toks)
            and not _NOBODY.search(" ".join(toks))
            and shares(toks)
        ):
            return incorrect("the article says none")  # `it received half` of none
        if (
            _another_date(toks, quoted_dates, ctx, quoted_days)
            or _year_of_another_event(toks, mentions, years_after)
            or _month_of_another_event(toks, mentions, month_words)
            or _start_for_end(toks, mentions, spans_of_years)
        ):
            return incorrect("the article gives another date")
        if (
            no_share_said
            and key_truth is False
            and NEGATIONS.isdisjoint(toks)
            and "times" not in toks  # `two and a half times as likely` is a multiple
            and (typed := shares(toks))
            and not any(abs(share - r) <= _RATIO_SLACK for share in typed for r in figure_ratios)
        ):
            return incorrect("the article gives no share")
        # Where neither states one, a true claim's own share is the only one it allows
        # (`true, they get a third of it` of a claim of half).
        typed_shares = shares(toks) if quoted_shares or explained_shares or claimed_share else []
        if any(
            not any(
                same_share(typed, s) for s in (*(quoted_shares or explained_shares), *ctx.shares)
            )
            for typed in typed_shares
        ):
            return incorrect("the article gives another share")  # `half` for about 20 percent
        if (
            bounded
            and NEGATIONS.isdisjoint(toks)
            and any(same_share(typed, share) for typed in typed_shares for share in bounded)
            and _BOUNDED.isdisjoint(toks)
        ):
            # `about half` where fewer than half had; a bound either way may be of the rest
            # (`the state paid less than half` where more than half came from elsewhere).
            return incorrect("the article bounds that share")
        if some and (_NOBODY.search(" ".join(toks)) or "zero" in toks):
            return incorrect("the article says some")  # `none had` where fewer than half had
        if affirms_only and _NOTHING.search(" ".join(stated)):
            # `false, it met none of them` where it met two of the three criteria: where the
            # quotes and the explanation deny nothing, none is what they never say
            return incorrect("the article says some")
        if (
            key_truth is False
            and quoted_shares
            and typed_shares
            and _DENIALS.isdisjoint(toks)
            and not any(same_share(t, s) for t in typed_shares for s in quoted_shares)
        ):
            # `false, only about half` where the claim says more than half and the quote
            # less than a third: the claim's own share given as the correction.
            return incorrect("the article gives another share")
        if durations and any(
            m.kind == DURATION and m.value not in durations and m.value not in ctx.values
            for m in mentions
        ):
            return incorrect("the article gives another length of time")
        return correct()

    return match


_DENIALS = frozenset({"not", "never"})
# Words that deny an act typed after them as surely as `not` (`she refused to resign`).
_REFUSED = frozenset({"refused", "refuses", "declined", "declines", "rejected"})
# Words that refuse an act, written before `to` and the act (`refuses to pay`).
_REFUSING_TO = _REFUSED - {"rejected"} | {"refuse", "refusing", "decline", "declining"}
# Words that say a request or a claim was turned down, an act of its own.
_REFUSING = _REFUSED | {"refusing", "rejects", "vetoed"}
_REFUSALS = NEGATIONS | _REFUSED | {"denied"}
_DENIERS = _REFUSALS | {"nobody"}  # `Nobody was hurt.` denies the hurt of everyone


def _named_by_description(ctx: Context) -> frozenset[str]:
    """The names of the people the question names by their post (`CAPRO's president`),
    where the article writes those very words beside the name (`Héctor Benítez, CAPRO's
    president`): a correction naming them names whom the question means."""
    asked = list(ctx.asked_tokens)
    posts = world().posts
    at_posts = [at for at, word in enumerate(asked) if posts.get((word,)) not in _NOT_A_POST]
    if not at_posts:
        return frozenset()
    # Each run of the question's words round one of its posts, with a name of the article
    # in it (`capro 's president`, `president of capro`).
    runs = {
        tuple(asked[start:end])
        for at in at_posts
        for start in range(max(0, at - 3), at + 1)
        for end in range(at + 1, min(len(asked), at + 4) + 1)
        if end - start >= 2
        and any(w in ctx.names.proper_words and (w,) not in posts for w in asked[start:end])
    }
    return frozenset(
        word
        for person in ctx.names.people
        if any(_run_beside(run, person.name, ctx.names.sentences) for run in runs)
        for word in person.name
    )


# Classes of the posts table that name no post a person holds alone (`Mr`, `deputy`).
_NOT_A_POST = frozenset({None, "honorific", "qualifier"})


def _run_beside(
    run: tuple[str, ...], name: tuple[str, ...], sentences: tuple[tuple[str, ...], ...]
) -> bool:
    """The article writes the run of words, as the question does, within a few words of the
    whole name (`Héctor Benítez, CAPRO's president`)."""
    return any(
        holds(sentence[max(0, at - 5) : at + len(name) + 6], run)
        for sentence, at in written_at(name, sentences)
    )


def _another_act_instead(toks: list[str], claimed: frozenset[str], support: frozenset[str]) -> bool:
    """`false, it will rent it out`, where the quote says only that the trust would not sell
    the boathouse: after a plain verdict, a correction that denies nothing (in no word, nor
    in one that means as much: `unpaid`, `optional`, `it stays as it is`) and says in none
    of the words of the cited paragraphs, the explanation or the claim what was done
    instead."""
    if read_truth(toks[:1]) is None or (toks[0] in NEGATIONS and toks[1:2] != [","]):
        return False  # `not related`, `no relation`: the verdict is the denial itself
    stated = toks[1:]
    if not NEGATIVE_WORDS.isdisjoint(stated) or _NOBODY.search(" ".join(stated)):
        return False
    if any(_denies_in_itself(word) for word in stated) or not _HEDGES.isdisjoint(stated):
        return False  # `it may be inspected later` states no other act, only a chance
    return _own_words_unsaid(toks, claimed, support)


def _forms_of(toks: list[str], words: frozenset[str]) -> frozenset[str]:
    """The typed words that are another form of one of `words` (`challenged` of the
    claim's `challenge`)."""
    return frozenset(t for t in toks if len(t) >= 4 and any(_same_act(t, w) for w in words))


def _denies_in_itself(word: str) -> bool:
    """A word that says something is not so, not done or not changed: `unpaid`,
    `nonexistent`, `exempt`, `refused`, `remains`."""
    if word.startswith(("un", "non")) and len(word) > 5:
        return True
    return word in _REFUSALS or word in _DENYING_WORDS


_HEDGES = frozenset({"may", "might", "could", "perhaps", "possibly", "maybe"})
# Words that deny as a `not` does: what is left as it was or goes ahead as planned, left
# out, not required or restricted (`only`, `just`), or done by nobody before (`the first
# to try it`).
_DENYING_WORDS = frozenset(
    {"stay", "stays", "stayed", "staying", "remain", "remains", "remained", "remaining",
     "same", "still", "kept", "keeps", "keep", "excluded", "exempt", "exempted", "optional",
     "voluntary", "free", "fake", "false", "invalid", "absent", "lacks", "lacked", "failed",
     "fails", "refuse", "decline", "rejects", "reject", "denies", "deny",
     "waived", "dropped", "cancelled", "canceled", "scrapped", "halted", "only", "just",
     "surname", "namesake", "coincidence", "left", "first", "planned", "scheduled",
     "usual", "normal", "normally", "ahead"}
)  # fmt: skip


def _without_denied_directions(toks: list[str]) -> list[str]:
    """The words less a direction denied and its denial (`not down` in `it was up, not
    down`)."""
    out: list[str] = []
    for token in toks:
        if out and out[-1] in NEGATIONS and (token in RISING or token in FALLING):
            out.pop()
            continue
        out.append(token)
    return out


def _denied_acts(
    toks: list[str], quote: bool = False
) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """Each act a quote denies with a verb's `not` (`would not resign`, `will not be
    repeated`; not `wheat but not flour`), with the words it writes before the denial and
    those it writes just after the act (what it is denied of). Of a `quote`, also what it
    denies a thing is (`was not a case of fraud`, `are not on leave`), what cannot be
    done (`the board cannot borrow`) and what someone is asked not to do (`please not to
    feed them`). Whatever is said of `nobody` (`nobody was hurt`) is denied of all. Of a
    typed correction, also what it refuses (`it refuses to pay the fine`)."""
    found = []
    for at, token in enumerate(toks):
        subject_end = at  # the words before the denial say whom it is of
        no_one = token == "nobody" or (token == "one" and at > 0 and toks[at - 1] == "no")
        if no_one and toks[at + 1 : at + 2] and toks[at + 1] in _SAID_OF_NO_ONE:
            after = at + 1  # `nobody was hurt`, `no one was injured`: denied of everyone
            subject_end -= token == "one"
        elif not at:
            continue
        elif quote and token == "cannot":
            after = at + 1
        elif not quote and token in _REFUSING_TO and toks[at + 1 : at + 2] == ["to"]:
            refusal = toks[at + 2 : at + 3]  # `false, it refuses to pay the fine`
            if refusal and refusal[0].isalpha() and len(refusal[0]) > 2:
                found.append((refusal[0], frozenset(toks[:at]), frozenset(toks[at + 3 : at + 7])))
            continue
        elif token not in _DENIALS:
            continue
        elif quote and toks[at + 1 : at + 2] == ["to"]:
            after = at + 2  # `asked them not to feed the swans`
        # `never` denies the act after it with no auxiliary (`Police never questioned him`).
        elif toks[at - 1] not in AUXILIARIES and (token != "never" or not toks[at - 1].isalpha()):
            continue
        else:
            after = at + 1
        while after < len(toks) and after <= at + 3 and toks[after] in AUXILIARIES:
            after += 1
        if quote and after < len(toks) and toks[after] in _PREDICATE_OPENERS:
            after += 1
        act = toks[after] if after < len(toks) else ""
        if "until" in _clause_after(toks, after, 6):
            continue  # `did not tell residents until June 3` says when it did
        if act.isalpha() and len(act) > 3 and (act not in FILLERS or act in _FILLER_ACTS):
            found.append(
                (act, frozenset(toks[:subject_end]), frozenset(toks[after + 1 : after + 5]))
            )
    return found


# The auxiliaries after `nobody` that deny the act they open of everyone.
_SAID_OF_NO_ONE = frozenset({"was", "were", "is", "are", "has", "had", "will", "would"})
_PREDICATE_OPENERS = frozenset({"a", "an", "the", "on", "in", "at", "under"})
# Verbs the fillers hold, as players type them around an answer (`I think they met`), that
# a quote may still deny (`does not meet the league's rules`).
_FILLER_ACTS = frozenset(
    {"meet", "happen", "happened", "hold", "held", "reach", "reached", "speak", "spoke",
     "spoken", "talk", "talked", "call", "called", "request", "requested", "report",
     "reported", "initiate", "initiated", "phone", "phoned", "take", "took", "make", "made",
     "tell", "told", "want", "wanted", "know", "knew"}
)  # fmt: skip


def _restates_the_claim(toks: list[str], ctx: Context) -> bool:
    """`false, he was killed` of "…the tanker driver was killed…": a correction after the
    verdict in none but the claim's own words, in its order (pronouns and `was` apart),
    denying nothing and giving no figure, says what the claim says (not `false, she voted
    for it` of "…voted against…", nor `false, Jones beat Smith` of "Smith beat Jones")."""
    if len(toks) < 2 or read_truth(toks[:1]) is None:
        return False
    if toks[1] == ",":
        rest = toks[2:]
    elif toks[0] in ("false", "true"):
        rest = toks[1:]  # `False - he was killed.`: the dash is no token
    else:
        return False  # `no suspect was named`
    if any(not t.isalpha() for t in rest):
        return False  # a figure, or another clause
    asked = list(ctx.asked_tokens)
    words = [t for t in rest if t not in _STANDING_FOR]
    if _DAYS.isdisjoint(asked) and not any(month_of(t) for t in asked):
        # `false, she granted it on Monday` of a claim that says nothing of when: the day
        # added is no correction of it.
        words = _without_a_day(words)
    if (
        not words
        or not NEGATIVE_WORDS.isdisjoint(words)
        or read_truth(words) is not None
        or any(w not in asked for w in words)
    ):
        return False
    places = [asked.index(w) for w in words]
    return places == sorted(places)


# A day a correction may add to the claim's words (`on Monday`, `last week`).
_DAYS = WEEKDAYS | {"yesterday", "today", "tomorrow"}


def _without_a_day(words: list[str]) -> list[str]:
    """The words without a day they name (`on Monday`, `last Friday`, `yesterday`)."""
    kept: list[str] = []
    for word in words:
        if word in _DAYS:
            if kept and kept[-1] in ("on", "last", "this", "next") and word in WEEKDAYS:
                kept.pop()
            continue
        kept.append(word)
    return kept


# Words that stand for the claim's subject or link it to what is said of it.
_STANDING_FOR = frozenset(
    {"he", "she", "it", "they", "this", "that", "there", "was", "were", "is", "are"}
)


def _after_verdict(toks: list[str]) -> int:
    """Where the words after a leading verdict begin (`false, …`: 1), else 0."""
    return 1 if toks[:1] and read_truth(toks[:1]) is not None else 0


def _affirms_a_denied_act(
    toks: list[str], acts: list[tuple[str, frozenset[str], frozenset[str]]]
) -> bool:
    """`false, she will resign next year` where the quote says she would not resign: the
    correction says the act the quote denies, of no one but whom the quote denies it of,
    and of nothing else (`it only ordered the permit withdrawn` where it did not order the
    farm to close)."""
    start = _after_verdict(toks)
    for at in range(start, len(toks)):
        for act, before, denied_of in acts:
            if (
                not _same_act(toks[at], act)
                or not _DENIERS.isdisjoint(toks[max(0, at - 4) : at])
                or not _REFUSALS.isdisjoint(_clause_after(toks, at, 2))
                or not denied_of.issuperset(_object_of(toks, at))
            ):
                continue
            subject = [t for t in toks[start:at] if t[0].isalnum() and t not in _SUBJECT_SKIPPED]
            if all(t in before for t in subject):
                return True
    return False


def _clause_after(toks: list[str], at: int, size: int) -> list[str]:
    """Up to `size` words after `at`, short of a clause that sets another act against it
    (`consulted but refused the lease`: the refusal is another act's)."""
    after = toks[at + 1 : at + 1 + size]
    cut = next((n for n, t in enumerate(after) if t in _OTHER_CLAUSE), len(after))
    return after[:cut]


_WHOLE = frozenset({"full", "whole", "entire", "all", "complete", "entirely", "fully"})
_OTHER_CLAUSE = frozenset({"but", "although", "though", "while", "whereas", "yet"})


def _denied_after(quote: list[str], at: int, objects: frozenset[str]) -> bool:
    """The quote denies the act of what the correction denies it of, after affirming it of
    something else (`contest the length but not the findings`)."""
    clause = quote[at + 1 : at + 13]
    denial = next((i for i, t in enumerate(clause) if t in _DENIERS), None)
    return denial is not None and not (objects - _SMALL_WORDS).isdisjoint(clause[denial:])


# Words that set an act to come (`it will not contest`).
_TO_COME = frozenset({"will", "would"})
# Words before an act that leave it undone: `should publish`, `before deciding whether`.
_UNDONE = frozenset(
    {"should", "would", "could", "might", "may", "must", "shall", "before", "until",
     "whether", "if", "unless", "to"}
)  # fmt: skip


def _denies_an_affirmed_act(toks: list[str], quoted: list[list[str]]) -> bool:
    """`false, he was never arrested` where the quote says he was arrested at the scene:
    the correction denies an act that the quotes and the explanation state, and never deny,
    of no one but whom they state it of."""
    start = _after_verdict(toks)
    # A refusal denies an act to come as `will not` does (`it refuses to pay` where the
    # quote says it would pay under protest).
    refused = not _REFUSING_TO.isdisjoint(toks[start:])
    for act, before, objects in _denied_acts(toks[start:]):
        subject = [t for t in before if t[0].isalnum() and t not in _SMALL_WORDS]
        # `it will not contest` denies what the quote says it would do (`said it would
        # contest the length`): the same act to come, not one left undone.
        to_come = (
            frozenset({"would"}) if refused or not _TO_COME.isdisjoint(before) else frozenset()
        )
        stated = denied = False
        for quote in quoted:
            for at, word in enumerate(quote):
                if not _same_act(word, act):
                    continue
                if not _DENIERS.isdisjoint(quote[max(0, at - 12) : at]) or _denied_after(
                    quote, at, objects
                ):
                    denied = True  # `would not solve any problems or lead to a change`
                elif (_UNDONE & set(quote[max(0, at - 3) : at])) <= to_come and all(
                    t in quote[:at] for t in subject
                ):
                    stated = True
        if stated and not denied:
            return True
    return False


# `they were last raised in January`: words of when, which tell one act from another.
_SMALL_WORDS = FILLERS - {"last", "earlier", "before", "only"}
# The words of a correction's subject that name no one (`only Dunmere is affected` says it
# of Dunmere all the same).
_SUBJECT_SKIPPED = _SMALL_WORDS | {"only"}


def _object_of(toks: list[str], at: int) -> list[str]:
    """The noun an act is typed with (`released the video`: `video`), if any."""
    after = at + 1
    while after < len(toks) and toks[after] in DETERMINERS:
        after += 1
    word = toks[after] if after < len(toks) else ""
    return [word] if word.isalpha() and word not in FILLERS and word not in _WHEN else []


# `resign next year`: words of when an act is done, no thing it is done to.
_WHEN = (
    frozenset({"next", "year", "years", "month", "months", "week", "weeks", "day", "days",
               "today", "tomorrow", "soon", "later", "again", "now"})
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
)  # fmt: skip


def _same_act(typed: str, act: str) -> bool:
    """`released` of `release`, `resigning` of `resign`: one stem, its endings apart."""
    if typed == act:
        return True  # a short act (`refuses to pay`) is one where its word is
    common = 0
    while common < min(len(typed), len(act)) and typed[common] == act[common]:
        common += 1
    if common in (len(act), len(typed)):
        return common >= 4  # `resign` of `resigning`, `attend` of `attended`
    return common >= max(4, len(act) - 2, len(typed) - 3)  # `released` of `release`


def _own_words_unsaid(toks: list[str], claimed: frozenset[str], said: frozenset[str]) -> bool:
    """A correction after the verdict whose own words (not the claim's) are all words that
    `said` (what the article, the explanation and the question write, even rewritten)
    never holds: a cause, or an act, of its own."""
    own = [
        word
        for word in rewrite(toks[1:])
        if word[0].isalpha() and len(word) > 2 and word not in FILLERS and word not in claimed
    ]
    return bool(own) and all(word not in said for word in own)


_CAUSES = frozenset({"because", "caused"})


def _caveat_unsupported(toks: list[str], supported: frozenset[str]) -> bool:
    """`true, but only by video link`: after the verdict, a `but` that adds what the
    article's cited paragraphs, the explanation and the question never say."""
    if "but" not in toks[1:3]:  # straight after the verdict: `true, but`, `no but`
        return False
    caveat = toks[toks.index("but") + 1 :]
    return any(t[0].isalnum() and t not in FILLERS and t not in supported for t in caveat)


_CLOCK_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")  # `9:45`, a race time `2:10:55`
_RACE_TIME = re.compile(r"\d{1,2}:\d{2}:\d{2}")
_UNRELATED = re.compile(r"\b(?:no relation|not related|unrelated|no relative)\b", re.IGNORECASE)
_KIN = frozenset(
    {"son", "sons", "daughter", "daughters", "wife", "husband", "brother", "brothers",
     "sister", "sisters", "father", "mother", "parent", "parents", "cousin", "cousins",
     "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter", "grandfather",
     "grandmother", "sibling", "siblings", "twins", "twin", "married", "relatives", "relative"}
)  # fmt: skip


def _kinship(toks: list[str]) -> set[str]:
    """The relations the words name, each with the generations `great` adds to it
    (`great-grandfather` is no grandfather) and the marriage `in-law` does (a
    brother-in-law is no brother)."""
    relations = set()
    for at, token in enumerate(toks):
        if token in _KIN:
            greats = 0
            while at - greats > 0 and toks[at - greats - 1] == "great":
                greats += 1
            # `they are cousins` names the relation `cousin` names
            one = token[:-1] if token.endswith("s") and token[:-1] in _KIN else token
            in_law = " in law" if toks[at + 1 : at + 3] == ["in", "law"] else ""
            relations.add("great " * greats + one + in_law)
    return relations


_MULTIPLES = {
    form: size
    for size, forms in (
        (0.5, "halve halves halved halving"),
        (2.0, "double doubles doubled doubling twofold"),
        (3.0, "triple triples tripled tripling treble trebles trebled trebling threefold"),
        (4.0, "quadruple quadruples quadrupled quadrupling fourfold"),
    )
    for form in forms.split()
}
# Words that count some of a thing without a figure.
_SOME = frozenset({"some", "several", "few", "half", "once", "twice", "both"})


def _counts_some(toks: list[str], counted: frozenset[float], said: frozenset[str]) -> bool:
    """The correction, after its verdict, counts some of a thing in words (`two floors`, `only
    some`, `once before`) that neither the quotes nor the explanation count so, and denies
    nothing. Figures in digits and amounts (`€6 million`) are weighed by the other rules."""
    if not NEGATIONS.isdisjoint(toks) or _NOBODY.search(" ".join(toks)):
        return False
    if any(word in _SOME and word not in said for word in toks):
        return True
    return any(
        m.kind in (NUMBER, DURATION)
        and not m.ordinal
        and m.value not in counted
        and all(t.isalpha() for t in toks[m.start : m.end])
        and toks[m.start] not in ("a", "an")  # `€78 a month` is a rate
        and toks[m.end : m.end + 1] not in ([s] for s in SCALES)
        for m in scan(toks)
    )


# Words that say a figure stayed as it was.
# Words that set a figure as a bound from one side, with the other side's word.
_SIDES = {"before": "after", "after": "before", "over": "under", "under": "over",
          "above": "below", "below": "above"}  # fmt: skip


def _bound_turned(toks: list[str], quoted: list[list[str]]) -> bool:
    """`false, no trains after 10 a.m.` where the quote asks for none before 10 a.m.: the
    figure the quotes bound from one side, typed with the other side's word, and never
    with that word in the quotes."""
    for at in range(len(toks) - 1):
        side = _SIDES.get(toks[at])
        figure = toks[at + 1 : at + 3]
        if side is None or not figure[0][:1].isdigit():
            continue
        said = {
            quote[i]
            for quote in quoted
            for i in range(len(quote) - 1)
            if quote[i] in _SIDES and quote[i + 1 : i + 1 + len(figure)] == figure
        }
        if side in said and toks[at] not in said:
            return True
    return False


# The two sides a comparison may take (`above the estimate`, `fewer than half`).
_TURNED = {
    "above": {"below", "under"}, "below": {"above", "over"}, "over": {"under", "below"},
    "under": {"over", "above"}, "more": {"fewer", "less"}, "fewer": {"more"},
    "less": {"more"}, "higher": {"lower"}, "lower": {"higher"}, "earlier": {"later"},
    "later": {"earlier"}, "before": {"after"}, "after": {"before"},
}  # fmt: skip
_SHARE_WORDS = frozenset(
    {"half", "third", "quarter", "fifth", "tenth", "majority", "minority", "most", "all"}
)
# How many words after the side word say what is compared (`than half of them Chilean`).
_COMPARED_REACH = 5


def _compared_words(toks: list[str], at: int) -> set[str]:
    return {
        singular(w)
        for w in toks[at + 1 : at + 1 + _COMPARED_REACH]
        if w.isalpha() and w not in FILLERS and w not in AUXILIARIES and w != "than"
    }


def _comparison_turned(toks: list[str], quoted: list[list[str]]) -> bool:
    """`false, it was below the estimate` where the quote says above it; `fewer than half
    are Chilean` where it says more than half of them Chilean: what the quotes compare,
    typed with the other side's word, which they never write of it (not `fewer than half
    are Argentine`, of which they compare nothing)."""
    for at, word in enumerate(toks):
        others = _TURNED.get(word)
        if others is None:
            continue
        compared = _compared_words(toks, at)
        if compared <= _SHARE_WORDS or any(w[:1].isdigit() for w in toks[at + 1 : at + 3]):
            # a figure bounded is `_bound_turned`'s; a share alone (`the state paid less
            # than half`) compares whatever went before it
            continue
        turned = same = False
        for quote in quoted:
            for i, said in enumerate(quote):
                if said in others and compared <= _compared_words(quote, i):
                    turned = True
                elif said == word and compared <= _compared_words(quote, i):
                    same = True
        if turned and not same:
            return True
    return False


def _difference_turned(toks: list[str], quoted: list[list[str]]) -> bool:
    """`false, it has sixty fewer` where the quote says sixty more than the old one: a
    figure of a difference, typed with the other side's word, which the quotes never write
    after that figure."""
    for at in range(1, len(toks)):
        others = _TURNED.get(toks[at])
        figure = toks[at - 1]
        if others is None or not (figure[:1].isdigit() or figure in NUMBER_WORDS):
            continue
        said = {
            quote[i + 1] for quote in quoted for i in range(len(quote) - 1) if quote[i] == figure
        }
        if not others.isdisjoint(said) and toks[at] not in said:
            return True
    return False


_STEADY = frozenset({"unchanged", "unaltered", "steady", "flat", "stable", "static"})
_CHANGE = frozenset({"change", "changes", "changed", "changing"})


def _compound_of(word: str, other: str) -> bool:
    """One word is the other with a word of its own joined on (`day`, `daytime`), not an
    ending (`boy`, `boys`)."""
    short, long = sorted((word, other), key=len)
    return len(short) >= 3 and len(long) - len(short) >= 3 and long.startswith(short)


def _nouns_of_motion(names: ArticleNames) -> frozenset[str]:
    """`rose` in an article of `roses` or the `Rose Valley`: no direction there."""
    return frozenset(
        word
        for word, plural in MOTION_NOUNS.items()
        if plural in names.words or word in names.proper_words
    )


def _change_denied(toks: list[str]) -> bool:
    """`would not change`, `no change to`: the quote says it stays as it is."""
    return any(
        word in _CHANGE and not NEGATIONS.isdisjoint(toks[max(0, at - 2) : at])
        for at, word in enumerate(toks)
    )


def _compares(toks: Sequence[str], within: int = 1) -> bool:
    """Whether the words set one thing above another (`six fewer than`, `lighter than`):
    a word of comparison among the `within` words before `than` (`more samples than`
    needs 2)."""
    return any(
        word == "than"
        and any(
            w in _UNEQUAL or (w.endswith("er") and len(w) > 4 and w not in _NOT_COMPARING)
            for w in toks[max(0, at - within) : at]
        )
        for at, word in enumerate(toks)
    )


# Words ending in `-er` that set nothing above another (`rather than`).
_NOT_COMPARING = frozenset({"rather", "other", "whether", "either", "neither"})
# Words that set one figure above or below another (`six fewer than the old hut`).
_UNEQUAL = frozenset(
    {"fewer", "more", "less", "bigger", "smaller", "larger", "higher", "lower", "longer",
     "shorter", "greater", "cheaper", "dearer"}
)  # fmt: skip
# Words that set one post apart from another of the same name (`an assistant librarian`,
# `the deputy harbourmaster`): one the cited paragraphs, explanation and claim never write
# is another post.
_RANKS = frozenset(
    {"vice", "deputy", "acting", "junior", "senior", "assistant", "interim", "associate",
     "honorary", "lieutenant", "outgoing", "incoming"}
)  # fmt: skip
_ONE_ONLY = frozenset({"single", "sole", "lone"})
_IN_FULL = re.compile(r"\b(?:in full|full|whole|entire|entirely|fully|completely)\b")
# A part of a whole in words (`half the fare`, `only part of it`), not a measured share: a
# quote's `a full timetable` may be only planned, and `60 percent` is where it stands now.
_PART = frozenset(
    {"part", "parts", "partly", "partially", "partial", "some", "portion", "half", "third",
     "thirds", "quarter", "quarters"}
)  # fmt: skip
_SAME = re.compile(
    r"\b(?:the same(?! (?:day|night|morning|afternoon|evening|week|month|year|time))"
    r"|as many as|as much as|unchanged|equal to|stayed level)\b"
)  # not `turned it down the same day`
# Words that say which way a figure moved, and are nothing else (`set up`, `raised
# concerns`, `the lower house`).
_MOVED = (RISING | FALLING) - {"up", "down", "lower", "higher", "raise", "raised", "growth"}
# The words that bound a share, on one side or the other of what it is.
_BOUNDED = frozenset(
    {"fewer", "less", "under", "below", "nearly", "almost", "short", "barely", "more", "over",
     "above", "exceeding", "upwards", "beyond", "least", "most", "majority", "minority"}
)  # fmt: skip


@last_by_identity
def _article_times(names: ArticleNames) -> frozenset[tuple[str, str | None]]:
    """Every time of day the article writes, as the clock reads it, with its half of the day
    where it gives one. Read once per article."""
    return frozenset(time for sentence in names.sentences for time in _times_of(list(sentence)))


def _times_of(toks: list[str]) -> list[tuple[str, str | None]]:
    clock = as_clock_times(toks)
    # `6 am`: an hour with its half of the day is a time of day as `6:00 am` is
    clock = [
        f"{int(t)}:00"
        if t.isdigit() and 0 < int(t) <= 12 and clock[at + 1 : at + 2] in (["am"], ["pm"])
        else t
        for at, t in enumerate(clock)
    ]
    return [
        (t, clock[at + 1] if at + 1 < len(clock) and clock[at + 1] in HALVES else None)
        for at, t in enumerate(clock)
        if _CLOCK_TIME.fullmatch(t) and not _RACE_TIME.fullmatch(t)
    ]


def _another_time(toks: list[str], article: frozenset[tuple[str, str | None]]) -> bool:
    """A time of day typed as one (`11:20`, `9 p.m.`; not `five to two`) that the article
    never writes, or writes in the other half of the day only (`11:20 p.m.` where it says
    11:20 a.m.)."""
    if not any(":" in t for t in toks) and HALVES.isdisjoint(as_clock_times(toks)):
        return False
    for time, half in _times_of(toks):
        halves = {h for t, h in article if t == time}
        if not halves or (half is not None and None not in halves and half not in halves):
            return True
    return False


@last_by_identity
def _article_values(names: ArticleNames) -> tuple[frozenset[float], frozenset[float]]:
    """Every figure the article states, as a size (signs are written too many ways), and
    every amount of money it states (each as typed and as its value), read in one pass."""
    figures: set[float] = set()
    amounts: set[float] = set()
    for sentence in names.sentences:
        toks = scores_apart(list(sentence))
        for m in scan(toks):
            sizes = [abs(v) for v in (m.value, m.number) if v is not None]
            if not _misread(toks[m.start : m.end]):
                figures.update(sizes)
            if m.kind == MONEY:
                amounts.update(sizes)
        figures.update(roman for _, roman in _roman_labels(toks))  # `Grade II` is a 2
    return frozenset(figures), frozenset(amounts)


def _amount_unsaid(toks: list[str], amounts: frozenset[float], allowed: Collection[float]) -> bool:
    """The correction states an amount of money that neither the article nor the question
    gives (where the quotes give none: `false, they pay 50 birr` where residents are
    admitted free)."""
    return any(
        m.kind == MONEY
        and m.value is not None
        # in figures, or more than one in words (`one ngultrum equals one rupee` is a rate)
        and (any(t[:1].isdigit() for t in toks[m.start : m.end]) or abs(m.value) >= 2)
        and abs(m.value) not in amounts
        and m.value not in allowed
        for m in scan(toks)
    )


def _a_share(toks: list[str], m: Mention) -> bool:
    """`a third of them`, `two-fifths`: a share of a whole, not a place in an order."""
    before = toks[m.start - 1] if m.start else ""
    return (
        before in ("a", "an", "one", "every")
        or number_word(before) is not None
        or toks[m.end - 1].endswith("s")
    )


_NOW = frozenset({"now", "currently", "today", "nowadays"})
_BEFORE = frozenset({"before", "previously", "formerly", "earlier"})


def _figures_in_time(quotes: tuple[str, ...]) -> dict[bool, frozenset[float]]:
    """The figures of the quotes' sentences that say now (True) or before (False), each
    sentence only one of them."""
    found: dict[bool, set[float]] = {True: set(), False: set()}
    for quote in quotes:
        for sentence in sentences_of(quote):
            toks = tokenize(sentence)
            now, then = not _NOW.isdisjoint(toks), not _BEFORE.isdisjoint(toks)
            if now != then:
                found[now].update(m.value for m in scan(toks) if m.value is not None)
    return {when: frozenset(values) for when, values in found.items()}


def _another_times_figure(
    toks: list[str], mentions: list[Mention], figures_then: dict[bool, frozenset[float]]
) -> bool:
    """A correction that says now (or before) beside a figure the quotes give only to the
    other time."""
    now, then = not _NOW.isdisjoint(toks), not _BEFORE.isdisjoint(toks)
    if now == then:
        return False
    own, other = figures_then[now], figures_then[not now]
    return any(m.value in other and m.value not in own for m in mentions)


@last_by_identity
def _article_ordinals(names: ArticleNames) -> frozenset[float]:
    """Every place in an order the article writes (`11th in the 12-team league`)."""
    return frozenset(
        m.value
        for sentence in names.sentences
        for m in scan(list(sentence))
        if m.ordinal and m.value is not None
    )


def _misread(written: list[str]) -> bool:
    """`flour` read as a misspelt `four`: the article is edited, so its words are the
    words they are, never a number a letter away."""
    return any(t.isalpha() and number_word(t) not in (None, t) for t in written)


# Words of who did what to whom: a correction may say them of the other side.
_RELATIVE = frozenset(
    {"won", "lost", "win", "lose", "wins", "loses", "beat", "defeated", "ahead", "behind",
     "gave", "received", "bought", "sold", "before", "after", "earlier", "later"}
)  # fmt: skip
_NOT_FIGURES = frozenset({"one", "once"})
# Words that state a count of one without a figure (`a single dose`, `the sole bidder`).
_ONE_WORDS = frozenset({"single", "sole", "lone", "solitary"})
# Words that set a thing above or below another: of a place where `the` follows.
_PLACED_RELATIVE = frozenset({"above", "below", "beneath", "underneath"})
_MORE_OR_LESS = re.compile(r"\b(?:more or less|less or more)\b")
# `there were four`, `they get three`: a number word said as what there is, not elided
# after another figure (`12 days against six`).
_COUNTING = frozenset(
    {"was", "were", "is", "are", "be", "been", "had", "has", "have", "get", "gets", "got",
     "only", "just", "exactly", "all", "total", "of"}
)  # fmt: skip
_NOBODY = re.compile(r"\b(?:no one|nobody|none)\b", re.IGNORECASE)
# `nobody was inside`, `no one was aboard`: where the quote says nobody was.
_NOBODY_WAS = re.compile(
    r"\b(?:no one|nobody)\s+(?:was|were|is|are|has been|had been)\s+([a-z]{3,})\b",
    re.IGNORECASE,
)
_BEING = frozenset({"was", "were", "is", "are", "been"})
# A correction that says there was nothing of it at all.
_NOTHING = re.compile(r"\b(?:no one|nobody|none|nothing|zero)\b")
# A name, then a denial of what it did (`Kiplagat did not`, `Roe had not`, `Roe didn't`).
_DID_NOT = re.compile(
    r"\b([A-Z][\w'’-]+)\s+(?:did|does|do|was|were|had|has|is|could|would)\s*(?:not|n[’']t)\b"
)
# `no herders had died`, `no one drowned`: what the quote says nobody did.
_NONE_DID = re.compile(
    r"\b(?:no|no one|nobody|none)\s+(?:[a-z]+\s+)?(?:had\s+|has\s+|have\s+)?([a-z]{2,}ed)\b",
    re.IGNORECASE,
)
# Past participles that do not end in `-ed`, as news writes them after `was` or `were`
# (`no one was hurt`, `nothing was stolen`): general English, no article's words.
_IRREGULAR_PARTICIPLES = (
    "lost", "stolen", "taken", "hurt", "found", "seen", "broken", "sold", "paid", "given",
    "held", "kept", "shot", "struck", "hit", "thrown", "built", "made", "caught", "bought",
    "brought", "sent", "spent", "told", "won", "beaten", "bitten", "chosen", "driven",
    "eaten", "fallen", "frozen", "hidden", "known", "shown", "spoken", "torn", "written",
    "cut", "shut", "spread", "split", "dug", "fed", "heard", "laid", "led", "lent", "lit",
    "met", "sought", "sunk", "stuck", "stung", "swept", "taught", "withdrawn", "drawn",
    "flown", "grown", "blown", "done", "run", "rebuilt", "undertaken",
)  # fmt: skip
# `no worker was killed`, `no one has been hurt`, `not a single vase was lost`: the act the
# quote says befell nobody and nothing.
_NONE_WERE = re.compile(
    r"\b(?:no|no one|nobody|none|nothing|not a single|not one)\s+(?:[a-z]+\s+){0,3}"
    r"(?:was|were|has been|have been|had been)"
    rf"\s+([a-z]{{4,}}ed|{'|'.join(_IRREGULAR_PARTICIPLES)})\b",
    re.IGNORECASE,
)


_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "overnight", "midday"})
# The seasons, not `fall` (a verb as often): another season than the one the quote names.
_SEASONS = SEASONS - {"fall"}


# Closed sets of words, any other of which is another fact: the colours of a warning or a
# card, the oceans, the medals.
_COLOURS = frozenset(
    {"red", "orange", "amber", "yellow", "green", "blue", "purple", "black", "white", "grey",
     "brown", "pink"}
)  # fmt: skip
_OCEANS = frozenset({"atlantic", "pacific", "indian", "arctic"})
_MEDALS = frozenset({"gold", "silver", "bronze"})
# The parts of a region a name may be qualified by (`Mid Kerrin`, `West Kerrin`).
_QUARTERS = frozenset({"north", "south", "east", "west", "mid", "central"})
_CLOSED_SETS = (WEEKDAYS, _PARTS_OF_DAY, _SEASONS, _COLOURS, _OCEANS, _MEDALS, _QUARTERS)
# The ways a thing is carried, after `by` (`by road`, `by sea`).
_MODES = frozenset({"road", "rail", "sea", "air", "train", "ship", "lorry", "truck", "plane"})


def _modes(toks: list[str]) -> frozenset[str]:
    """The ways of carrying a thing the words name after `by`."""
    return frozenset(b for a, b in pairwise(toks) if a == "by" and b in _MODES)


def _refuses(toks: list[str]) -> bool:
    """The words say something was refused (`it refused to pay`, `turned down`, `decided
    not to appeal`)."""
    return not _REFUSING.isdisjoint(toks) or any(
        (first, second) in (("turned", "down"), ("decided", "not"), ("decided", "against"))
        for first, second in pairwise(toks)
    )


# Verbs that report a decision reached (`the court found them lawful`, `it ruled that`);
# not `held` nor `determined`, which say other things too (`it held a hearing`).
_DECIDING = frozenset({"found", "ruled", "decided", "declared", "judged", "concluded"})


def _decides(toks: list[str]) -> bool:
    """The words report a decision reached, with no denial before its verb (`the court
    found them lawful`, not `it has not ruled`)."""
    return any(
        word in _DECIDING and NEGATIONS.isdisjoint(toks[max(0, at - 3) : at])
        for at, word in enumerate(toks)
        if at > 0
    )


def _leaves_open(toks: list[str]) -> bool:
    """The quote leaves a decision open: `whether` (`has not said whether it will pay`),
    `not yet` or `yet to` (`has not yet replied`), `no commitment`, `undecided`."""
    return (
        "whether" in toks
        or "undecided" in toks
        or "pending" in toks
        or any(
            (first in NEGATIONS and second in ("yet", "commitment"))
            or (first, second) == ("yet", "to")
            for first, second in pairwise(toks)
        )
    )


# Words that judge a thing neither too much nor too little.
_FIT = frozenset({"reasonable", "adequate", "appropriate", "proportionate", "sufficient", "fair"})


def _judged_fit(toks: list[str]) -> bool:
    """The words judge a thing about right (`it said they were about right`, `fair`), and
    deny nothing (`not adequate` says it is too little)."""
    if not NEGATIONS.isdisjoint(toks):
        return False
    return not _FIT.isdisjoint(toks) or any(
        first in ("about", "just") and second == "right" for first, second in pairwise(toks)
    )


# The levels a thing is rated on a scale (`a moderate risk`, `a severe warning`).
_LEVELS = frozenset(
    {"low", "minimal", "moderate", "medium", "elevated", "high", "severe", "extreme",
     "critical", "substantial", "considerable"}
)  # fmt: skip


def _one_for_both(toks: list[str], quoted: frozenset[float]) -> bool:
    """One figure typed for both sides (`false, both count 38`), one of two or more counts
    the quotes give (38 and 57)."""
    typed = {m.value for m in scan(toks) if m.value is not None}
    return len(quoted) >= 2 and len(typed) == 1 and typed <= quoted


# Words between `neither` and the deed it denies (`neither of the two backed it`).
_OF_THEM = frozenset({"of", "them", "us", "the", "these", "those", "two", "three", "both", "one"})


def _denied_of_all(toks: list[str], affirmed: frozenset[str]) -> str | None:
    """A deed the answer denies of both of two (`false, neither backed it`) that the quotes
    or the explanation say one did (`Huanca backed the cap`): the deed."""
    for at, word in enumerate(toks):
        if word == "neither":
            rest = [w for w in toks[at + 1 : at + 6] if w not in _OF_THEM]
            if rest and rest[0] in affirmed and rest[0] not in FILLERS:
                return rest[0]
    return None


def _another_level(
    toks: list[str], quoted: dict[str, set[str]], asked: frozenset[str]
) -> tuple[str, str] | None:
    """A level typed of a thing the quotes rate at another level, and the question at none
    (`a high risk` where the slope was rated `a moderate risk`): the typed and the quote's."""
    for level, rated in pairwise(toks):
        said = quoted.get(rated)
        if level in _LEVELS and said and level not in said and level not in asked:
            return f"{level} {rated}", f"{min(said)} {rated}"
    return None


def _another_of_a_closed_set(
    toks: list[str], quoted: frozenset[str], asked: frozenset[str]
) -> tuple[str, str] | None:
    """A weekday, part of the day, season, colour, ocean or medal the correction names where
    the quotes name another of the same set and the question none such (`true, on Thursday
    morning` where it says Wednesday afternoon, `false, it was amber` where the warning was
    red; a Friday the article gives another event may be that one's): the typed word and
    the quote's."""
    for sort in _CLOSED_SETS:
        said = quoted & sort
        typed = {t for t in toks if t in sort} - asked
        if said and typed and not typed <= said:
            return min(typed - said), min(said)
    return None


def _countries_named(ctx: Context, said_here: frozenset[str]) -> frozenset[str]:
    """The countries the quotes, the question or the explanation name, or name a place in."""
    found: set[str] = set()
    for text in (*ctx.quotes, ctx.explain):
        for _, _, places in places_in(tokenize(text)):
            found |= _countries(places)
    for place in _world_countries():
        if not place.demonyms.isdisjoint(said_here) or any(
            said_here.issuperset(name) for name in place.names
        ):
            found.add(place.name)
    return frozenset(found)


@cache
def _world_countries() -> tuple[Place, ...]:
    """The countries among the world's places: every claim question asks of them."""
    return tuple(place for place in world().places if place.kind == "country")


def _countries(places: tuple[Place, ...]) -> set[str]:
    return {p.within or p.name for p in places}


def _names_only(word: str, countries: frozenset[str]) -> bool:
    """The word names a country (`Chinese`), and only one the quotes or question name: a
    city's name is another fact even in a country they name (`Sydney`, not Perth)."""
    found = places_in([word])
    return (
        bool(found)
        and all(p.kind == "country" for p in found[0][2])
        and _countries(found[0][2]) <= countries
    )


def _another_country(toks: list[str], countries: frozenset[str], said_here: frozenset[str]) -> bool:
    """`false, a Vietnamese company`: a country, by its name or people, no quote names."""
    for start, end, places in places_in(toks):
        written = toks[start:end]
        if (
            any(p.kind == "country" for p in places)
            and said_here.isdisjoint(written)
            and not FILLERS.issuperset(written)
            and (start == 0 or toks[start - 1] not in NEGATIONS)
            and countries.isdisjoint(_countries(places))
        ):
            return True
    return False


def _another_city(toks: list[str], known: frozenset[str]) -> bool:
    """`true, in Riga` where the quote says Kaunas: a city or region of the world that
    neither the article nor the question names, typed as where (`it was Florence` may name
    a person)."""
    return any(
        any(p.kind != "country" for p in places)
        and known.isdisjoint(toks[start:end])
        and not FILLERS.issuperset(toks[start:end])
        and start > 0
        and toks[start - 1] in _WHERE
        for start, end, places in places_in(toks)
    )


_WHERE = frozenset({"in", "at", "near", "from", "to", "outside", "into"})


_DEFINITE = frozenset({"the", "its", "their", "his", "her", "this", "that"})


def _presumed(quotes: tuple[str, ...]) -> frozenset[str]:
    """The things the quotes write as there (`the protest was peaceful`), and deny nothing
    of in the next words (`the dividend would not be paid` may mean there is none)."""
    found: set[str] = set()
    for quote in quotes:
        toks = tokenize(quote)
        for at in range(1, len(toks)):
            word = toks[at]
            if (
                toks[at - 1] in _DEFINITE
                and word.isalpha()
                and len(word) > 2
                and word not in FILLERS
                and NEGATIONS.isdisjoint(toks[at + 1 : at + 4])
            ):
                found.add(word)
    return frozenset(found)


def _restated(toks: list[str], question: frozenset[str] | set[str], negated: bool) -> bool | None:
    """`not related` for "…are related": the claim's own words, denied, deny it (and
    affirm a claim that itself says `not`); `not yet` denies `already`."""
    words = [t for t in toks if t[0].isalpha()]
    if len(words) < 2 or words[0] not in _DENIALS:
        return None
    stems = {q[:5] for q in question if len(q) >= 5}
    if all(w in question or (len(w) >= 5 and w[:5] in stems) for w in words[1:]):
        return negated  # (`not related` for "…is a relative of…": one stem)
    return None


def _another_date(
    toks: list[str],
    quoted: set[tuple[int | None, int | None]],
    ctx: Context,
    days: set[tuple[int, int]],
) -> bool:
    """A correction's month or year that no quoted date, nor the question, has; or a day
    of a month whose quoted days are others (`true, on March 6` where it says March 11)."""
    if not quoted:
        return False
    months = {month for month, _ in quoted if month} | {month for month, _ in ctx.dates if month}
    years = {year for _, year in quoted if year}
    asked = {int(v) for v in ctx.values if 1000 <= v <= 2999}
    days_of = {month for month, _ in days}
    for m in scan(toks):
        year = _year_of(toks, m)
        if m.kind == DATE and m.month is not None and months and m.month not in months:
            return True
        if (
            m.kind == DATE
            and m.month in days_of
            and m.day is not None
            and (m.month, m.day) not in days
            and (m.month, m.day) not in ctx.dates
        ):
            return True
        if (
            m.kind == DATE
            and m.year is not None
            and (m.month, m.year) not in quoted
            and any(month == m.month and y and y != m.year for month, y in quoted)
        ):
            return True  # `the cutoff is December 31, 2021` where it is December 31, 2019
        if (
            m.kind == DATE
            and m.month is not None
            and m.year is not None
            and (m.month, m.year) not in quoted
            and any(y == m.year and month and month != m.month for month, y in quoted)
        ):
            return True  # `they began in September 2025` where they began in March 2025
        if year is not None and years and year not in years and year not in asked:
            return True
    return False


def _pasted_from_the_start(toks: list[str], ctx: Context) -> bool:
    """A sentence of the article pasted whole, its first word read as the verdict (`No
    deaths had been reported…`); `false, no deaths had been reported` is a correction."""
    words = tuple(t for t in toks if t[0].isalnum())
    if len(words) < PASTED_SENTENCE:
        # `No deaths were reported.`: a short sentence of the article, typed whole.
        return len(words) >= _SHORT_SENTENCE and words in ctx.names.short_sentences
    return words in ctx.names.whole_sentences or words[:PASTED_RUN] in ctx.names.long_runs


_SHORT_SENTENCE = 3


def _word_before(toks: list[str], start: int) -> str | None:
    """The last word before a figure that is not a filler (`built` of `built in 1998`);
    None where that word is a figure's own noun (`138 tonnes in 2024`: the year dates the
    figure, which `_figures_by_year` reads, not an event called `tonnes`)."""
    for at in range(start - 1, -1, -1):
        token = toks[at]
        if token[0].isalpha() and token not in FILLERS:
            return None if at and toks[at - 1][0].isdigit() else token
    return None


def _year_of_another_event(
    toks: list[str], mentions: list[Mention], years_after: dict[str | None, set[int]]
) -> bool:
    for m in mentions:
        year = _year_of(toks, m)
        if year is None:
            continue
        before = _word_before(toks, m.start)
        if before is not None and before in years_after and year not in years_after[before]:
            return True
    return False


_BOUND_NOUNS = frozenset({"limit", "limits", "cap", "ceiling", "maximum", "minimum",
                          "threshold", "target"})  # fmt: skip
# Words that set a figure typed as a limit (`capped at 10%`, `up to 10%`).
_BOUND_TYPED = _BOUND_NOUNS | {"capped", "limited", "max", "most", "up", "within", "below", "under"}


def _bounds_beside(quotes: tuple[str, ...]) -> frozenset[float]:
    """The figures a quote gives as a limit within three words after them (`the 80 km/h
    limit`) or straight after one (`a ceiling of 16.5 microns`), where the same quote gives
    another figure that is none."""
    found: set[float] = set()
    for quote in quotes:
        toks = tokenize(quote)
        figures = [(m, m.value) for m in scan(toks) if m.value is not None and not m.ordinal]
        limits = {
            value
            for m, value in figures
            if not _BOUND_NOUNS.isdisjoint(toks[m.end : m.end + 4])
            or (m.start >= 2 and toks[m.start - 1] == "of" and toks[m.start - 2] in _BOUND_NOUNS)
        }
        if any(value not in limits for _, value in figures):
            found.update(limits)
    return frozenset(found)


_FROM = frozenset({"from", "since"})
_UNTIL = frozenset({"until", "till", "to"})
# Words that say a span ended, or began, before a year typed in a correction.
_ENDED = frozenset({"left", "quit", "ended", "stopped", "resigned", "retired", "departed",
                    "until", "till", "closed"})  # fmt: skip
_BEGAN = frozenset({"joined", "started", "began", "since", "from", "opened", "hired"})


def _spans_of_years(quotes: tuple[str, ...]) -> tuple[frozenset[int], frozenset[int]]:
    """The years the quotes write after `from`/`since` (starts) and `until`/`to` (ends)."""
    starts: set[int] = set()
    ends: set[int] = set()
    for quote in quotes:
        toks = tokenize(quote)
        for m in scan(toks):
            if _a_year(toks, m) and m.start > 0:
                if toks[m.start - 1] in _FROM:
                    starts.add(int(m.value or 0))
                elif toks[m.start - 1] in _UNTIL:
                    ends.add(int(m.value or 0))
    return frozenset(starts), frozenset(ends)


def _start_for_end(
    toks: list[str], mentions: list[Mention], spans: tuple[frozenset[int], frozenset[int]]
) -> bool:
    """`false, he left in 2019` where he worked there from 2019: the year a span began,
    typed as the one it ended (or the other way round)."""
    starts, ends = spans
    if not starts and not ends:
        return False
    for m in mentions:
        if not _a_year(toks, m):
            continue
        year = int(m.value or 0)
        said = set(toks[max(0, m.start - 3) : m.start])
        if year in starts and year not in ends and not _ENDED.isdisjoint(said):
            return True
        if year in ends and year not in starts and not _BEGAN.isdisjoint(said):
            return True
    return False


def _content_words(toks: list[str]) -> set[str]:
    return {
        t for t in toks if t.isalpha() and len(t) > 2 and t not in FILLERS and month_of(t) is None
    }


def _month_of_another_event(
    toks: list[str], mentions: list[Mention], month_words: dict[int, set[str]]
) -> bool:
    """A month typed with words only the quote of another month shares (`Ruritania set it
    in May`, where the quotes say Ruritania set it in March and the other side acted in
    May): the month of another event."""
    typed = _content_words(toks)
    for m in mentions:
        if m.kind != DATE or m.month not in month_words:
            continue
        own = month_words[m.month]
        if not typed.isdisjoint(own):
            continue
        if any(len(typed & words) >= 2 for month, words in month_words.items() if month != m.month):
            return True
    return False


def _figures_by_year(toks: list[str]) -> set[tuple[float, float]]:
    """(figure, year) for each figure a text writes before `in` a year, or before `last
    year`, `this year` or `next year` (a year counted from now: -1, 0, 1, never a calendar
    year), with no figure between (`27 cases of forgery in 2024`, `19 in 2023`, `11
    breeding pairs last year`)."""
    mentions = [m for m in scan(toks) if m.value is not None and not m.ordinal]
    found = {
        (figure.value, year.value)
        for figure, year in pairwise(mentions)
        if figure.value is not None
        and year.value is not None
        and not _a_year(toks, figure)
        and _a_year(toks, year)
        and year.start - figure.end <= 8
        and toks[year.start - 1] == "in"
    }
    for at_figure, figure in enumerate(mentions):
        if figure.value is None or _a_year(toks, figure):
            continue
        following = mentions[at_figure + 1 : at_figure + 2]
        stop = min(figure.end + 8, following[0].start if following else len(toks))
        for at in range(figure.end, stop - 1):
            if toks[at + 1] == "year" and toks[at] in YEAR_OFFSETS:
                found.add((figure.value, YEAR_OFFSETS[toks[at]]))
                break
    return found


def _another_year(typed: set[tuple[float, float]], quoted: frozenset[tuple[float, float]]) -> bool:
    """A figure typed for a year of the quotes where they give it for another of theirs."""
    figures = {f for f, _ in quoted}
    years = {y for _, y in quoted}
    return any(f in figures and y in years and (f, y) not in quoted for f, y in typed)


def _a_year(toks: list[str], m: Mention) -> bool:
    """A bare figure written as a year (`in late 2027`; `2,055` hotspots is a count, not
    the year 2055)."""
    return (
        m.kind != DATE
        and m.value is not None
        and not m.ordinal
        and could_be_year(m.value)
        and "," not in toks[m.start]
    )


def _year_of(toks: list[str], m: Mention) -> int | None:
    """The year a mention gives: a date's, or a bare figure's written as a year."""
    if m.kind == DATE:
        return m.year
    return int(m.value or 0) if _a_year(toks, m) else None


def _denied_nouns(toks: list[str]) -> list[str]:
    """The nouns a quote says there were none of: `no deaths`, and the nouns joined to it
    (`no deaths or injuries`)."""
    found: list[str] = []
    for at, before in enumerate(toks[:-1]):
        if before != "no":
            continue
        noun = at + 1
        while noun < len(toks) and toks[noun].isalpha() and toks[noun] not in FILLERS:
            found.append(toks[noun])
            if toks[noun + 1 : noun + 2] not in (["or"], ["nor"]):
                break
            noun += 2
    return found


def _denied_heads(toks: list[str]) -> list[str]:
    """The head nouns of what a quote says there was none of (`no large village will`:
    `village`; `no tickets or season passes were sold`: `tickets`, `passes`)."""
    heads: list[str] = []
    for at, before in enumerate(toks[:-1]):
        if before != "no":
            continue
        phrase: list[str] = []
        for word in toks[at + 1 :]:
            if word in ("or", "nor"):
                heads.extend(phrase[-1:])
                phrase = []
            elif word.isalpha() and word not in FILLERS and word not in AUXILIARIES:
                phrase.append(word)
            else:
                break
        heads.extend(phrase[-1:])
    return heads


def _same_measure(a: str, b: str) -> bool:
    """`started` and `starter`: what two figures count, by the stem they share, or by the
    family of words that count the same event (`died` and `deaths`)."""
    if one_event(a, b):
        return True
    size = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        size += 1
    return a == b or (size >= 5 and size >= min(len(a), len(b)) - 2)


def _measure(toks: list[str], m: Mention) -> str | None:
    """What a figure counts: its currency, or the word after it (`percent`, `seats`)."""
    if m.kind == DATE:
        return None
    if m.currency is not None:
        return m.currency
    if m.end + 1 < len(toks) and toks[m.end] == "per" and toks[m.end + 1] == "cent":
        return "percent"
    at = m.end
    if at < len(toks) and toks[at] == "of":
        # `12 of the 16 generators`, `9 of the council's 17 seats`: the part counts what
        # the whole does
        ahead = range(at + 1, min(at + 5, len(toks)))
        whole = next((j for j in ahead if not toks[j].isalpha()), 0)
        if whole and toks[whole][0].isdigit():
            at = whole + 1
    if (unit := unit_at(toks, at)) is not None:
        return unit[0].name  # `2.7 kg` and `2.9 kilograms` measure alike
    if at < len(toks) and toks[at][0].isalpha():
        return toks[at].removesuffix("s")
    return None


def _an_age(toks: list[str], m: Mention) -> bool:
    """A length of time stated as an age (`nine years old`)."""
    return toks[m.end : m.end + 1] == ["old"]


# Who an age is stated of, and how (`she is 58`, `he's only 11`, `she turned 40`).
_AGE_SUBJECTS = frozenset({"he", "she", "i", "they", "we"})
_AGE_VERBS = frozenset({"is", "was", "s", "turned", "turns", "are", "were", "m", "am"})
_AGE_ADVERBS = frozenset({"only", "just", "now", "actually", "really", "still", "already"})
_SECONDS_A_YEAR = 365.25 * 24 * 3600


def _ages(toks: list[str]) -> set[float]:
    """The ages a text states: `58 years old` (and `a 58-year-old`), `aged 58`, and a
    count straight after a pronoun and `is`, `was` or `turned` that ends its clause
    (`she is 58`, not `she is 58 kilometres away`)."""
    ages: set[float] = set()
    for m in scan(toks):
        if m.value is None or m.ordinal:
            continue
        after = toks[m.end] if m.end < len(toks) else None
        if m.kind == DURATION and _an_age(toks, m):
            ages.add(round(m.value / _SECONDS_A_YEAR, 6))
            continue
        if m.kind != NUMBER or (after is not None and after.isalnum() and after != "and"):
            continue
        before = list(takewhile(lambda t: t in _AGE_ADVERBS, reversed(toks[: m.start])))
        at = m.start - len(before)
        said = (
            (at >= 1 and toks[at - 1] == "aged")
            or (at >= 2 and toks[at - 1] in _AGE_VERBS and toks[at - 2] in _AGE_SUBJECTS)
            or (at >= 1 and toks[at - 1] in _AGE_SUBJECTS and not before)  # `she's 58`
        )
        if said:
            ages.add(m.value)
    return ages


def _figures_of_quoted_sentences(ctx: Context) -> list[Mention]:
    """The figures of each whole sentence of the cited paragraphs that holds a quote."""
    found: list[Mention] = []
    for quote, paragraph in zip(ctx.quotes, ctx.cited_paragraphs, strict=False):
        for sentence in sentences_of(paragraph):
            if quote and quote in sentence:
                found.extend(scan(tokenize(sentence)))
    return found


def _another_figure(
    toks: list[str],
    known: dict[str, set[float]],
    by_kind: dict[str, set[float]],
    compared: frozenset[float] = frozenset(),
    plurals: Collection[str] = (),
) -> bool:
    """The answer writes a figure in digits, or with a scale (`five million`), that the
    quote gives otherwise for the same thing it counts; a figure of a scale that counts
    nothing named is weighed against every figure the quote and question give, and one in
    digits or counting in words (`five were`) that counts nothing the quote counts against
    every figure of its kind (`by_kind`). One of `compared` set against another (`from 22
    to 37`, `6,400 against 5,000`) is none."""
    previous_end = -9
    for m in scan(toks):
        if m.value is None:
            continue
        # `three games to two`: the second figure of a score counts what the first does.
        second_of_score = m.start - previous_end in (1, 2) and toks[m.start - 1] == "to"
        first_figure = previous_end < 0
        previous_end = m.end
        written = toks[m.start : m.end]
        measure = _measure(toks, m)
        figures = known.get(measure) if measure is not None else None
        if (
            figures is None
            and measure is not None
            and any(_same_measure(k, measure) for k in known)
        ):
            # `13,987 started` where the quotes count 14,612 runners started: any figure of
            # theirs, none of another.
            figures = {f for fs in known.values() for f in fs}
        if figures is None and measure is None and not SCALES.keys().isdisjoint(written):
            figures = {f for fs in (*known.values(), *by_kind.values()) for f in fs}
        # `one` and `once` are often no figure (`one of them`, `at once`); another number
        # is one in digits, or in words when it counts something (`five were`, not `six`
        # alone after `12 days against`).
        digits = written[0][0].isdigit()
        worded = (
            not m.ordinal
            and (
                digits
                or second_of_score
                or (
                    # `only one season` where the quote counts two seasons: `one` before the
                    # very thing the quote counts is a figure
                    written == ["one"]
                    and toks[m.start - 1 : m.start] not in (["from"], ["between"])  # levels
                    and measure in plurals
                    and toks[m.end : m.end + 1] == [measure]
                )
                or (
                    # `only one came from Tajara Alta` where the quote says two did
                    written == ["one"]
                    and toks[m.start - 1 : m.start] in (["only"], ["just"], ["exactly"])
                    and toks[m.end : m.end + 1] != ["of"]
                )
                or (
                    written[0] not in _NOT_FIGURES
                    and (
                        measure is not None
                        or (m.start > 0 and toks[m.start - 1] in _COUNTING)
                        # `false, he now does three`: the one figure the correction ends on
                        or (
                            m.end == len(toks)
                            and m.start > 1
                            and toks[m.start - 1].isalpha()
                            and first_figure
                        )
                        # `one in every twelve`: a ratio's second figure
                        or _ratio_of(toks[max(0, m.start - 3) : m.start])
                    )
                )
            )
        )
        if figures is None and worded and measure != "percent":
            # `true, 37 died` where the quote counts 12 more; `defeated 22 to 24`;
            # `false, three people died` where it says one person had.
            figures = by_kind.get(m.kind)
        stated = any(t[0].isdigit() or t in SCALES for t in written) or worded
        if (
            figures
            and stated
            and not any(abs(m.value - k) <= 1e-9 * max(1.0, abs(k)) for k in figures)
            and not (
                m.value in compared
                and _a_compared_level(toks, m)
                and (measure is None or measure not in known)  # no other of a quoted measure
            )
        ):
            return True
    return False


def _ratio_of(before: list[str]) -> bool:
    """The words before a figure make it a ratio's second (`one in every`, `1 in`)."""
    if before[-1:] == ["every"]:
        before = before[:-1]
    return len(before) >= 2 and before[-1] == "in" and before[-2] in ("one", "1")


def _a_compared_level(toks: list[str], m: Mention) -> bool:
    """The figure stands in a comparison of two levels (`from 22 to 37`, `6,400 against
    5,000`): within three words after `_SET_AGAINST` or `to`, or straight before `to` or
    `against`."""
    before, after = toks[max(0, m.start - 3) : m.start], toks[m.end : m.end + 1]
    return not _LEVEL_BEFORE.isdisjoint(before) or after in (["against"], ["to"])


def _in_another_currency(toks: list[str], amounts: tuple[tuple[float, str], ...]) -> bool:
    """An amount typed in a currency (`290 dollars`) that the article gives only in others
    (`290 pesos`)."""
    for m in scan(toks):
        if m.kind != MONEY or m.value is None or m.currency is None:
            continue
        given = [c for v, c in amounts if abs(v - m.value) <= 1e-9 * max(1.0, abs(v))]
        if given and not any(same_currency(m.currency, c) for c in given):
            return True
    return False


def _figure_unsaid(toks: list[str], allowed: Collection[float]) -> bool:
    """Where the quotes and the explanation give no figure at all (`only when candidates
    are tied`), a figure the correction states, in digits or counting something (`under
    two votes`), that neither the question nor the quotes' paragraphs state. Not a share
    (`about 50% of the world's cork`), which the article may give of the whole elsewhere,
    nor a multiple (`three times`), which has its own rule."""
    for m in scan(toks):
        if m.value is None or m.ordinal or m.kind == DATE or _a_year(toks, m):
            continue
        measure = _measure(toks, m)
        if not toks[m.start][0].isdigit() and measure is None:
            continue  # `one of them`, `false, only two`: words that may count nothing
        shared = measure in ("percent", "time") or toks[m.end : m.end + 1] == ["%"]
        if m.value not in allowed and not shared:
            return True
    return False


# How near a share typed must be to one two figures make (`about a third` of 14 of 45).
_RATIO_SLACK = 0.04
# Words that write a share in percent (`per cent`, `a percentage`).
_PERCENT_WORDS = frozenset({"%", "percent", "cent", "percentage"})


def _worded_shares_of(toks: list[str]) -> list[float]:
    """The shares a text writes in words (`two-fifths`, `one in four`), not in percent."""
    return shares([t for t in toks if t not in ("%", "percent", "cent")])


@last_by_identity
def _worded_shares(names: ArticleNames) -> tuple[float, ...]:
    return tuple(s for sentence in names.sentences for s in _worded_shares_of(list(sentence)))


def _affirmed_figures(texts: list[list[str]]) -> frozenset[float]:
    """The figures the texts state as facts: not those they deny (`not 3,000`)."""
    found: set[float] = set()
    for toks in map(scores_apart, texts):
        for m in scan(toks):
            before = toks[max(0, m.start - 2) : m.start]
            if (
                m.value is not None
                and not m.denied  # `instead of rising to 245,000`
                and _DENIALS.isdisjoint(before)
                and before != ["rather", "than"]
            ):
                found.add(m.value)
    return frozenset(found)


def _figures_of(toks: list[str]) -> frozenset[float]:
    return frozenset(
        m.value
        for m in scan(scores_apart(toks))
        if m.value is not None and not m.ordinal and not _misread(toks[m.start : m.end])
    )


@last_by_identity
def _figures_together(names: ArticleNames) -> tuple[frozenset[float], ...]:
    return tuple(_figures_of(list(sentence)) for sentence in names.sentences)


# Words before a figure that make it one end of a range, not a side of a vote.
_RANGE = frozenset({"from", "between"})


def _scores(toks: list[str], mentions: list[Mention]) -> list[tuple[float, float]]:
    """The votes or scores a text writes (`six to one`, `5-2`, `six members to one`):
    two counts joined by `to`, neither a share nor a year, the first no range's start."""
    found: list[tuple[float, float]] = []
    for a, b in pairwise(mentions):
        between = toks[a.end : b.start]
        if between[-1:] != ["to"] or len(between) > 2 or not all(t.isalpha() for t in between):
            continue
        if a.kind != NUMBER or b.kind != NUMBER or a.ordinal or b.ordinal:
            continue
        if a.value is None or b.value is None or _a_year(toks, a) or _a_year(toks, b):
            continue
        if (a.start and toks[a.start - 1] in _RANGE) or "percent" in (
            _measure(toks, a),
            _measure(toks, b),
        ):
            continue
        found.append((a.value, b.value))
    return found


def _votes(toks: list[str]) -> list[tuple[float, float]]:
    """The scores a text writes as votes (`by 17 votes to 12`, `nine to four votes`)."""
    return [
        vote
        for a, b in pairwise(scan(toks))
        if not _VOTES.isdisjoint(toks[a.end : b.end + 2])
        for vote in _scores(toks, [a, b])
    ]


_VOTES = frozenset({"vote", "votes"})
_CONTRASTS = frozenset({"rather", "instead", "than", "but", "unlike"})
_UNANIMOUS = frozenset({"unanimous", "unanimously"})
_FOR, _AGAINST, _ABSTAINED = "for", "against", "abstained"
_SIDE_WORDS = {
    "against": _AGAINST, "opposed": _AGAINST, "no": _AGAINST, "nays": _AGAINST,
    "abstained": _ABSTAINED, "abstaining": _ABSTAINED, "abstention": _ABSTAINED,
    "abstentions": _ABSTAINED, "abstain": _ABSTAINED,
    "for": _FOR, "favour": _FOR, "favor": _FOR, "ayes": _FOR, "yes": _FOR,
}  # fmt: skip
_VOTING = frozenset({"vote", "voted", "votes", "abstained", "abstain"})


def _sides_taken(toks: list[str]) -> frozenset[str]:
    """The sides of a vote a text says someone took: `voted for`, `in favour`, `backed`;
    `against`, `opposed`; `abstained`."""
    sides: set[str] = set()
    for before, word in pairwise(["", *toks]):
        if word in ("against", "opposed"):
            sides.add(_AGAINST)
        elif word.startswith("abstain"):
            sides.add(_ABSTAINED)
        elif word in ("favour", "favor", "backed", "supported") or (
            word == "for" and before in ("voted", "vote")
        ):
            sides.add(_FOR)
    return frozenset(sides)


# Words a count of voters may stand before its side with (`one trustee voted against`).
_MOST_BEFORE_SIDE = 3


def _side_counts(toks: list[str], mentions: list[Mention]) -> list[tuple[float, str]]:
    """The counts a text gives a side of a vote (`three abstained`, `one trustee voted
    against`, `with nine abstentions`): each whole count with the side's word within a few
    words after it, no other figure between."""
    found: list[tuple[float, str]] = []
    for at, m in enumerate(mentions):
        if m.kind != NUMBER or m.value is None or m.ordinal or _a_year(toks, m):
            continue
        stop = mentions[at + 1].start if at + 1 < len(mentions) else len(toks)
        after = toks[m.end : min(stop, m.end + _MOST_BEFORE_SIDE + 1)]
        side = next((_SIDE_WORDS[w] for w in after if w in _SIDE_WORDS), None)
        if side is not None and (side is not _FOR or "voted" in after or "in" in after):
            found.append((m.value, side))
    return found


def _another_side_count(
    toks: list[str],
    mentions: list[Mention],
    votes: Collection[frozenset[float]],
    abstentions: frozenset[float],
) -> bool:
    """`false, one voted against` where the quote's vote is 19 to 2: a count given to a
    side of the vote that is neither of the vote's figures, or, for those who abstained,
    none the article gives them (`two members abstained` where two voted against)."""
    figures = {figure for vote in votes for figure in vote}
    for figure, side in _side_counts(toks, mentions):
        if side is _ABSTAINED:
            if figure not in abstentions:
                return True
        elif figure not in figures:
            return True
    return False


# The pronouns that say who is meant, by the sex they tell; the other pronouns (`it`,
# `they`, `which`) and a clause's edge end the search for a figure's holder.
_SHE = frozenset({"she", "her", "hers", "herself"})
_HE = frozenset({"he", "him", "his", "himself"})
_ENDS = frozenset(
    {"it", "its", "they", "them", "their", "which", "who", "whom", "whose", "that", "we",
     "our", "i", "my", "you", "your", "there", "while", "whereas", "but"}
)  # fmt: skip
_LOOK_BACK = 8
_LOOK_AHEAD = 6

Identity = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Holder:
    named: frozenset[Identity]  # the people or names it may be (`Lindqvist`: either)
    things: frozenset[str]  # `quota` of `the quota of 9,650`

    def agrees(self, other: _Holder) -> bool:
        return not self.things.isdisjoint(other.things) or any(
            set(a) <= set(b) or set(b) <= set(a) for a in self.named for b in other.named
        )


def _word_before_figure(toks: list[str], m: Mention) -> str | None:
    """The content word a figure is written straight after (`club` of `the club A$29
    million`), past any hedge (`about`, `more than`)."""
    at = m.start - 1
    while at >= 0 and toks[at] in APPROXIMATE | COMPARATIVE:
        at -= 1
    if at >= 1 and toks[at] == "of":
        at -= 1  # `a minimum of 2.7 kg`: the minimum's figure
    word = toks[at] if at >= 0 else ""
    if (
        not word.isalpha()
        or len(word) < 3
        or word in FILLERS
        or word in PREPOSITIONS
        or word in DETERMINERS
        or word in ("and", "or", "but", "nor")
    ):
        return None
    return word


def _figure_words(toks: list[str]) -> dict[str, float]:
    """Each content word a text writes straight before one figure, with that figure;
    only where it writes two or more figures so."""
    pairs: dict[str, float] = {}
    for m in scan(toks):
        if m.value is None or m.ordinal or m.kind == DATE or _a_year(toks, m):
            continue
        word = _word_before_figure(toks, m)
        if word is not None and pairs.setdefault(word, m.value) != m.value:
            return {}  # one word before two figures pairs neither
    return pairs if len(set(pairs.values())) >= 2 else {}


def _swapped_figure(toks: list[str], mentions: list[Mention], pairs: dict[str, float]) -> bool:
    """A figure typed beside a word the quote gives another figure to, and without the
    word the quote gives it to (`the club gives A$95 million` where the quote gives A$95
    million to the Government and A$29 million to the club)."""
    words = set(toks)
    values = set(pairs.values())
    for m in mentions:
        word = _word_before_figure(toks, m) if toks[m.start - 1 : m.start] == ["of"] else None
        if word in pairs and m.value in values and pairs[word] != m.value:
            return True  # `against a minimum of 2.9 kg` where the minimum is 2.7 kg
    if len({m.value for m in mentions if m.value in values}) > 1:
        return False  # `465 g and he weighed 510 g`: both figures, each given its own
    for m in mentions:
        if (
            m.value is None
            or m.ordinal
            or not _DENIALS.isdisjoint(toks[max(0, m.start - 3) : m.start])
        ):
            continue
        own = {w for w, value in pairs.items() if value == m.value}
        if (
            own
            and words.isdisjoint(own)
            and any(value != m.value and w in toks[: m.start] for w, value in pairs.items())
        ):
            return True
    return False


_WHEN = frozenset(MONTHS) | WEEKDAYS  # `in May` is when, not where


def _place_after(toks: Sequence[str], end: int, names: ArticleNames) -> tuple[str, ...] | None:
    """The name of the place a figure ending at `end` is put in, a few words after it (`40
    households in Lower Marsh`)."""
    for at in range(end, min(len(toks) - 1, end + _LOOK_AHEAD)):
        if toks[at] == "in":
            run = tuple(
                takewhile(lambda w: w in names.proper_words and w not in _WHEN, toks[at + 1 :])
            )
            return run or None
        if not toks[at].isalpha():
            return None
    return None


def _placed_elsewhere(toks: list[str], mentions: list[Mention], names: ArticleNames) -> bool:
    """`false, 40 households in Upper Marsh`, where the article puts its 40 households in
    Lower Marsh, and that figure in no other place of that name."""
    for m in mentions:
        if m.value is None or m.ordinal or m.kind == DATE or _a_year(toks, m):
            continue
        typed = _place_after(toks, m.end, names)
        if typed is None:
            continue
        given = {
            place
            for sentence, other in figures_by_value(names).get(m.value, ())
            if not other.ordinal
            for place in [_place_after(sentence, other.end, names)]
            if place is not None
        }
        # the same place's name with another qualifier (`South` for North), not any place
        if given and typed not in given and any(set(typed) & set(place) for place in given):
            return True
    return False


class _Holding:
    """Who holds each figure a text writes: the name or pronoun before it (`Okafor 310`,
    `she got 310`), the thing it is `of` (`the quota of 9,650`), or failing a name the one
    it went `to`. A pronoun is a person the question names whose sex the article tells
    by the pronouns it writes after their name, or does not tell."""

    def __init__(self, ctx: Context) -> None:
        self.names = ctx.names
        people = ctx.names.people
        surnames = Counter(p.surname for p in people)
        asked = [
            p
            for p in people
            if set(p.name) <= ctx.words or (p.surname in ctx.words and surnames[p.surname] == 1)
        ]
        sexes = _sexes(ctx.names)
        self.referents = {
            sex: frozenset(p.name for p in asked if sexes.get(p.name) in (None, sex))
            for sex in ("f", "m")
        }

    def another_holder(
        self, toks: list[str], mentions: list[Mention], sources: list[list[str]]
    ) -> bool:
        for m in mentions:
            if m.value is None or m.ordinal or m.kind == DATE:
                continue
            if _a_year(toks, m) and toks[m.start].isdigit():
                continue  # `elected in 2019` is when, not whose; `1,930` is a count
            typed = self.holder(toks, m, mentions)
            if typed is None or not typed.named:
                continue
            given = [h for source in sources for h in self.holders(source, m.value)]
            if not given or any(h is None or h.agrees(typed) for h in given):
                continue
            # The rest of the article may give it to the same one elsewhere.
            elsewhere = (h for s in self.names.sentences for h in self.holders(list(s), m.value))
            if not any(h is not None and h.agrees(typed) for h in elsewhere):
                return True
        return False

    def holders(self, toks: list[str], value: float) -> list[_Holder | None]:
        """Whose each mention of `value` in a text is, where the text tells."""
        mentions = scan(toks)
        return [
            self.holder(toks, m, mentions) for m in mentions if m.value == value and not m.ordinal
        ]

    def holder(self, toks: list[str], m: Mention, mentions: list[Mention]) -> _Holder | None:
        figures = {i for other in mentions if other is not m for i in range(other.start, other.end)}
        named: set[Identity] = set()
        things: set[str] = set()
        at = m.start - 1
        while at >= 0 and toks[at] in APPROXIMATE | COMPARATIVE:
            at -= 1
        if at > 0 and toks[at] == "of" and _a_noun(toks[at - 1], self.names):
            things.add(toks[at - 1])
        stop = max(-1, m.start - 1 - _LOOK_BACK)
        at = m.start - 1
        while at > stop:
            token = toks[at]
            if not token[0].isalnum() or at in figures or token in _ENDS:
                break
            pronoun = self._pronoun(token)
            if pronoun is not None:
                named |= pronoun
                break
            if self._a_name(token):
                start = at
                while start > 0 and self._a_name(toks[start - 1]):
                    start -= 1
                if start == 0 or toks[start - 1] not in PREPOSITIONS:
                    named |= self._people(tuple(toks[start : at + 1]))
                    break
                at = start
            at -= 1
        if not named:
            named |= self._went_to(toks, m.end, figures)
        if not named and not things:
            return None
        return _Holder(frozenset(named), frozenset(things))

    def _went_to(self, toks: list[str], end: int, figures: set[int]) -> set[Identity]:
        """`702 went to Okafor`: where no name comes before the figure, the one after."""
        for at in range(end, min(len(toks) - 1, end + _LOOK_AHEAD)):
            if not toks[at][0].isalnum() or at in figures or toks[at] in _ENDS:
                break
            if toks[at] in ("to", "for"):
                pronoun = self._pronoun(toks[at + 1])
                if pronoun is not None:
                    return set(pronoun)
                run = tuple(takewhile(self._a_name, toks[at + 1 :]))
                return set(self._people(run)) if run else set()
        return set()

    def _pronoun(self, token: str) -> frozenset[Identity] | None:
        if token in _SHE:
            return self.referents["f"]
        if token in _HE:
            return self.referents["m"]
        return None

    def _a_name(self, token: str) -> bool:
        return token in self.names.name_words and token not in FILLERS

    def _people(self, run: Identity) -> frozenset[Identity]:
        """The people a name may be (`Lindqvist` either Lindqvist), else the name."""
        found = frozenset(p.name for p in self.names.people if set(run) <= set(p.name))
        return found or frozenset({run})


def _a_noun(token: str, names: ArticleNames) -> bool:
    return token.isalpha() and token not in FILLERS and token not in names.name_words


@last_by_identity
def _sexes(names: ArticleNames) -> dict[Identity, str]:
    """The sex the article tells of each person by the `he` or `she` it writes after their
    name, the first its sentence gives (or the previous sentence's, where it names no one):
    only where it always writes the same, and never by a name two people share. Read once
    per article: every claim question of a pack asks it."""
    told: dict[Identity, set[str]] = {}
    last: Identity | None = None
    for sentence in names.sentences:
        named_here: Identity | None = None
        anyone = False
        run: list[str] = []
        for token in (*sentence, ""):
            if token in names.name_words and token not in FILLERS:
                run.append(token)
                continue
            if run and not anyone:
                found = [p.name for p in names.people if set(run) <= set(p.name)]
                named_here = found[0] if len(found) == 1 else None
                anyone = True
            run = []
            if token in ("she", "he"):
                who = named_here if anyone else last
                if who is not None:
                    told.setdefault(who, set()).add("f" if token == "she" else "m")
        if anyone:
            last = named_here
    return {who: next(iter(sexes)) for who, sexes in told.items() if len(sexes) == 1}


def _times(toks: list[str]) -> list[float]:
    """The figures written as so many times something (`two and a half times`, `3 times`)."""
    return [
        m.value
        for m in scan(toks)
        if m.kind == NUMBER and m.value is not None and toks[m.end : m.end + 1] == ["times"]
    ]


def _ratios(*texts: str) -> frozenset[float]:
    """How many times each figure the texts state is another (`from 300 to 930`: 3.1)."""
    figures = {
        abs(m.value)
        for text in texts
        for toks in [tokenize(text)]
        for m in scan(toks)
        if m.kind in (NUMBER, MONEY) and m.value and not m.ordinal and not _a_year(toks, m)
    }
    return frozenset(a / b for a in figures for b in figures if a != b)


# Words before a figure that say how much or how many, not which one (`only 24`).
_NO_LABEL = FILLERS | _COUNTING | APPROXIMATE | COMPARATIVE | NEGATIONS | set(SCALES)


def _labels(toks: list[str]) -> dict[str, set[float]]:
    """The figures a text writes straight after a word (`match four`, `scored 12`), in
    Roman numerals too (`Grade II`)."""
    found: dict[str, set[float]] = {}
    for m in scan(toks):
        if m.kind != NUMBER or m.value is None or m.ordinal or not m.start:
            continue
        word = toks[m.start - 1]
        if word.isalpha() and word not in _NO_LABEL:
            found.setdefault(word, set()).add(m.value)
    for word, roman in _roman_labels(toks):
        found.setdefault(word, set()).add(roman)
    return found


def _roman_labels(toks: list[str]) -> list[tuple[str, int]]:
    """`Grade II`, `Phase III`: a Roman numeral of two letters or more after a word."""
    return [
        (word, roman)
        for word, token in pairwise(toks)
        if word.isalpha() and word not in _NO_LABEL and (roman := roman_value(token)) is not None
    ]


def _another_label(
    toks: list[str],
    mentions: list[Mention],
    labels: dict[str, set[float]],
    asked: frozenset[float],
) -> bool:
    """`missed match two` where the quote says match four: a figure after a word the quote
    writes one before, that counts nothing after it, and is none the quote writes there."""
    for m in mentions:
        if m.kind != NUMBER or m.value is None or m.ordinal or not m.start:
            continue
        after = toks[m.end] if m.end < len(toks) else ""
        if after[:1].isalpha() and after not in FILLERS:
            continue  # `scored 12 points` counts points
        figures = labels.get(toks[m.start - 1])
        if figures is not None and m.value not in figures and m.value not in asked:
            return True
    # `false, Grade III` where the quote says Grade II
    return any(
        (figures := labels.get(word)) is not None and roman not in figures and roman not in asked
        for word, roman in _roman_labels(toks)
    )


def _unit_word(toks: list[str], m: Mention) -> int | None:
    """Where the unit a figure is measured in is (`hour` of `48-hour`)."""
    if m.kind == DURATION:
        return m.end - 1
    if m.kind == NUMBER and m.end < len(toks) and toks[m.end].isalpha():
        return m.end
    return None


def _attributive(toks: list[str], m: Mention) -> bool:
    """`a 48-hour stoppage`: a figure with its unit in the singular before a noun, which
    names a thing by its size rather than stating it."""
    at = _unit_word(toks, m)
    if at is None or at + 1 >= len(toks) or m.value is None or m.ordinal:
        return False
    unit, noun = toks[at], toks[at + 1]
    return (
        (m.number or m.value) != 1
        and unit not in FILLERS
        and unit not in ("percent", "cent")
        and not unit.endswith("s")
        and noun.isalpha()
        and noun not in FILLERS
    )


def _the_others(ctx: Context) -> frozenset[float]:
    """The figures the quotes name other things by (`a 48-hour stoppage`), where they name
    the question's own thing beside them by its figure (`a 72-hour stoppage`)."""
    named: dict[tuple[str, str], set[float]] = {}
    for quote in ctx.quotes:
        toks = tokenize(quote)
        for m in scan(toks):
            at = _unit_word(toks, m)
            if at is not None and m.value is not None and _attributive(toks, m):
                named.setdefault((toks[at], toks[at + 1]), set()).add(m.value)
    return frozenset(
        figure
        for figures in named.values()
        if len(figures) > 1 and not figures.isdisjoint(ctx.values)
        for figure in figures - ctx.values
    )


def _measured(toks: list[str]) -> list[tuple[float, Unit]]:
    """Each figure a text writes with a unit of measure (`400 metres`)."""
    found: list[tuple[float, Unit]] = []
    for m in scan(toks):
        hit = unit_at(toks, m.end) if m.kind == NUMBER and m.value is not None else None
        if hit is not None and m.value is not None:
            found.append((m.value, hit[0]))
    return found


def _another_unit(
    toks: list[str],
    mentions: list[Mention],
    measured: list[tuple[float, Unit]],
) -> bool:
    """`one watt-hour` where the quote says one kilowatt-hour, `55 miles` where it says 55
    kilometres (34 miles): a figure in a unit that is no figure of theirs in their units
    (`0.4 km` is 400 metres, `34 miles` is their own)."""
    for m in mentions:
        hit = unit_at(toks, m.end) if m.kind == NUMBER and m.value is not None else None
        if hit is None and toks[m.end : m.end + 1] in (["degrees"], ["degree"]):
            # a bare `degrees` is the quotes' own degree (`85 degrees` of `4 °C`)
            hit = next(((q, m.end + 1) for _, q in measured if q.name.startswith("degree")), None)
        if hit is None or m.value is None or hit[0].dimension == "ratio":
            continue
        unit = hit[0]
        alike = [(value, q) for value, q in measured if q.dimension == unit.dimension]
        if alike and not any(
            abs(convert(m.value, unit, q) - value) <= 0.1 * abs(value) for value, q in alike
        ):
            return True
    return False


def _bounded_shares(toks: list[str]) -> list[float]:
    """The shares a text bounds (`fewer than half`, `over a third`)."""
    found: list[float] = []
    for at, token in enumerate(toks):
        if token in ("fewer", "less", "under", "below", "more", "over", "above"):
            start = at + 2 if toks[at + 1 : at + 2] == ["than"] else at + 1
            found.extend(shares(toks[start : start + 4])[:1])
    return found


# Acts written in the past that a figure follows (`asked for 2.1 million`, `paid $40`):
# the regular ones end in `-ed`; these are the common irregular ones.
_IRREGULAR_ACTS = frozenset(
    {"paid", "spent", "sold", "bought", "won", "lost", "gave", "brought", "sent", "kept",
     "fell", "rose", "grew", "found", "built", "drew", "threw", "caught", "owed"}
)  # fmt: skip
# Past forms that tell of saying or naming, not of an act done with a figure.
_SAYING = frozenset({"called", "named", "reported", "stated", "claimed", "remembered", "quoted"})
# The words of a passive before its participle (`have not been found`).
_BEING = frozenset({"was", "were", "is", "are", "be", "been", "being"})
_PASSIVE = _BEING | frozenset(
    {"has", "have", "had", "will", "would", "could", "can", "may", "might", "not", "never"}
)
# Participles that are not the past form `_act` reads (`given`: gave).
_PARTICIPLES = {"given": "gave", "drawn": "drew", "thrown": "threw", "grown": "grew"}
# Words an act may stand apart from its figure by (`asked for about 2.1 million`).
_ACT_GAP = APPROXIMATE | frozenset({"for", "by", "at", "just", "only", "exactly", "some"})


def _act(word: str) -> str | None:
    """The stem of a past act (`granted`: grant), else None."""
    if word in _IRREGULAR_ACTS:
        return word
    if len(word) >= 5 and word.endswith("ed") and word.isalpha() and word not in _SAYING:
        return word[:-2]
    return None


def _act_before(toks: list[str], m: Mention) -> str | None:
    """The act a figure is written straight after, past a hedge (`asked for about 2.1
    million`: ask)."""
    word = _word_past_gap(toks, m)
    return _act(word) if word is not None else None


def _word_past_gap(toks: list[str], m: Mention) -> str | None:
    """The word before a figure, past a hedge or `for` (`asked for about 2.1 million`)."""
    at = m.start - 1
    while at >= 0 and toks[at] in _ACT_GAP:
        at -= 1
    return toks[at] if at >= 0 else None


def _plain_word_of(toks: list[str], m: Mention) -> str | None:
    """The word a counted figure is written straight after, past a hedge (`pay about KSh
    40`: pay), where it is a word of content."""
    if not _counted(toks, m):
        return None
    word = _word_past_gap(toks, m) or ""
    if len(word) < 3 or not word.isalpha() or word in FILLERS or word in _SAYING:
        return None
    return word


def _names_a_subject(toks: list[str], m: Mention) -> bool:
    """The correction names what its figure is of before its act (`PR spent €210,000`),
    rather than speaking of the claim's (`it closed at 15.08`), or sets the figure against
    another (`six cent below the offer`, `raised 118 percent of its target`)."""
    if not _DIFFERENCE.isdisjoint(toks[m.end : m.end + 3]):
        return True
    start = _after_verdict(toks)
    before = [t for t in toks[start : m.start] if t.isalpha() and t not in _ACT_GAP]
    return any(t not in FILLERS for t in before[:-1])


# Words after a figure that make it a difference (`six cent below the offer`), and those
# that make it a part, not the amount itself (`118 percent of its target`).
_COMPARED = frozenset(
    {"less", "more", "below", "above", "higher", "lower", "fewer", "under", "over"}
)
_DIFFERENCE = _COMPARED | {"percent", "cent", "of"}


def _counted(toks: list[str], m: Mention) -> bool:
    """A figure an act is done with: not a date, an ordinal or a year (`1,260` is none)."""
    return m.value is not None and not m.ordinal and m.kind != DATE and not _a_year(toks, m)


def _figures_by_word(
    texts: list[list[str]], word_of: Callable[[list[str], Mention], str | None]
) -> dict[str, frozenset[float]]:
    """Each word `word_of` reads beside a figure of the texts (an act before it, what it
    counts after it), with every figure the texts write beside that word."""
    found: dict[str, set[float]] = {}
    for toks in texts:
        mentions = scan(toks)
        for m, after in zip(mentions, [*mentions[1:], None], strict=False):
            word = word_of(toks, m)
            if word is not None and m.value is not None:
                found.setdefault(word, set()).add(abs(m.value))
                if after is not None and after.value is not None and _tallied(toks, m, after):
                    found[word].add(abs(after.value))  # `voted seven to four`: both voted
    return {word: frozenset(values) for word, values in found.items()}


# Words after which a figure is the one another is set against (`up from 12`, `against 58
# in 2019`, `compared with 4`, `more than 30 last year`).
_SET_AGAINST = frozenset({"from", "against", "compared", "versus", "vs", "than"})
_CHANGED = RISING | FALLING
# Words after which a figure is one of two levels compared (`from 22 to 37`).
_LEVEL_BEFORE = _SET_AGAINST | {"to"}


def _levels_before(texts: list[list[str]]) -> frozenset[float]:
    """The figures the texts write only within three words after `_SET_AGAINST`."""
    against: set[float] = set()
    plain: set[float] = set()
    for toks in texts:
        for m in scan(toks):
            if m.value is not None and not m.ordinal:
                (against if _set_against(toks, m) else plain).add(abs(m.value))
    return frozenset(against - plain)


def _set_against(toks: list[str], m: Mention) -> bool:
    """The figure stands within three words after `_SET_AGAINST` (`down from 58`)."""
    return not _SET_AGAINST.isdisjoint(toks[max(0, m.start - 3) : m.start])


def _moved_to_a_level_before(
    toks: list[str], mentions: list[Mention], levels: frozenset[float]
) -> bool:
    """`it fell to 58 percent`: a figure typed as where a rise or fall took it, that the
    article gives only as the level before, and that the correction sets against nothing."""
    if any(_set_against(toks, m) for m in mentions):
        return False  # `fell to 52 from 58`: both levels, each in its place
    return any(
        m.value is not None
        and not m.ordinal
        and abs(m.value) in levels
        and toks[m.start - 1 : m.start] == ["to"]
        and not _CHANGED.isdisjoint(toks[max(0, m.start - 3) : m.start - 1])
        for m in mentions
    )


def _tallied(toks: list[str], m: Mention, after: Mention) -> bool:
    """Two figures of one tally (`five to three`, `9-2`)."""
    return after.start == m.end + 1 and toks[m.end] in ("to", "-", "–")


def _act_of(toks: list[str], m: Mention) -> str | None:
    """The act a counted figure is written straight after (`asked for 2.1 million`), or
    the act done to it, written after it (`3 were recovered`, `two have not been found`:
    `not found`, another act than finding)."""
    if not _counted(toks, m):
        return None
    return _act_before(toks, m) or _act_done_to(toks, m) or _act_done_by(toks, m)


def _act_done_to(toks: list[str], m: Mention) -> str | None:
    """The passive act after a figure, past up to two words of what it counts (`11 collars
    were recovered`: recover); none for the part in `11 of the 14 collars` (the 14)."""
    if m.start >= 1 and toks[m.start - 1] in {"of", "the"}:
        return None
    at = m.end
    while at < len(toks) and at - m.end < 2 and toks[at].isalpha() and toks[at] not in _PASSIVE:
        at += 1
    chain = set()
    while at < len(toks) and toks[at] in _PASSIVE:
        chain.add(toks[at])
        at += 1
    if at >= len(toks) or not chain & _BEING:
        return None
    word = toks[at]
    act = _act(_PARTICIPLES.get(word, word))
    if act is None:
        return None
    return f"not {act}" if chain & {"not", "never"} else act


def _act_done_by(toks: list[str], m: Mention) -> str | None:
    """The act a counted figure does, written after it past its `percent` and up to two
    words of what it counts (`64 percent backed the bus gate`, `64 percent of residents
    backed`); none for the part in `11 of the 14 collars` or a size (`the eleven-member
    panel voted`)."""
    if (m.start >= 1 and toks[m.start - 1] in {"of", "the"}) or _attributive(toks, m):
        return None
    at = (
        m.end
        + (toks[m.end : m.end + 1] == ["percent"])
        + 2 * (toks[m.end : m.end + 2] == ["per", "cent"])
    )
    start = at
    while (
        at < len(toks)
        and at - start < 2
        and toks[at].isalpha()
        and toks[at] not in _PASSIVE
        and _act(toks[at]) is None
    ):
        at += 1
    return _act(toks[at]) if at < len(toks) else None


def _acts(texts: list[list[str]]) -> dict[str, frozenset[float]]:
    """Each act the texts write a figure straight after, with every such figure."""
    return _figures_by_word(texts, _act_of)


@last_by_identity
def _article_acts(names: ArticleNames) -> dict[str, frozenset[float]]:
    return _acts([list(sentence) for sentence in names.sentences])


def _another_act(
    toks: list[str],
    mentions: list[Mention],
    acts: dict[str, frozenset[float]],
    names: ArticleNames,
    claimed: frozenset[float] = frozenset(),
) -> bool:
    """A figure typed after an act that the quotes write only with other figures (`false,
    it asked for 1.2 million` where they say it asked for 2.1 million and was granted 1.2),
    or with a figure the false claim gives to something else."""
    elsewhere = {**_article_acts(names), _CLAIMED: claimed}
    # the figure must be another act's there: `PR spent €210,000` stays right where the
    # quote says HL spent €85,000, less than PR's €210,000
    return any(
        _given_to_another(m, _act_of(toks, m), acts, elsewhere)
        for m in mentions
        if _COMPARED.isdisjoint(toks[m.end : m.end + 3])  # `closed six cent below the offer`
    )


_CLAIMED = " claimed"  # no word: the figures of the claim itself, beside the acts


def _given_to_another(
    m: Mention,
    word: str | None,
    quoted: dict[str, frozenset[float]],
    elsewhere: dict[str, frozenset[float]],
) -> bool:
    """The quotes write this word only with other figures, and the quotes or the article
    give the typed figure to another word."""
    given = quoted.get(word) if word is not None else None
    return bool(
        given
        and m.value is not None
        and abs(m.value) not in given
        and any(
            abs(m.value) in figures
            for other, figures in (*quoted.items(), *elsewhere.items())
            if other != word
        )
    )


def _counted_near(toks: list[str]) -> dict[str, frozenset[float]]:
    """Each word in the few after a count of the text, before any punctuation (`37 South
    Daito residents`: south, daito, resident), with the counts it follows."""
    found: dict[str, set[float]] = {}
    for m in scan(toks):
        if m.kind != NUMBER or m.value is None or m.ordinal:
            continue
        for word in toks[m.end : m.end + 4]:
            if not word.isalpha():
                break
            found.setdefault(_act_stem(word), set()).add(abs(m.value))
    return {word: frozenset(values) for word, values in found.items()}


def _wholes(texts: list[list[str]]) -> frozenset[float]:
    """The figures the texts write as the whole another figure is a part of (`37 of the
    island's 1,210 residents`: 1,210)."""
    found: set[float] = set()
    for toks in texts:
        mentions = scan(toks)
        for part, whole in pairwise(mentions):
            between = toks[part.end : whole.start]
            if whole.value is not None and between[:1] == ["of"] and len(between) <= 4:
                found.add(abs(whole.value))
    return frozenset(found)


def _wholes_before(texts: list[list[str]]) -> frozenset[float]:
    """The figures the texts write as a whole before the part of it they go on to count
    (`drew 1,911 responses, and 1,402 of them came from outside`: 1,911)."""
    found: set[float] = set()
    for toks in texts:
        mentions = [m for m in scan(toks) if m.value is not None and not m.ordinal]
        for at, part in enumerate(mentions):
            if toks[part.end : part.end + 2] not in (["of", "them"], ["of", "those"]):
                continue
            earlier = [w for w in mentions[:at] if abs(w.value or 0) > abs(part.value or 0)]
            if earlier:
                found.add(abs(earlier[-1].value or 0))
    return frozenset(found)


def _restated_otherwise(
    toks: list[str],
    mentions: list[Mention],
    claimed: dict[str, frozenset[float]],
    wholes: frozenset[float],
) -> bool:
    """The whole the claim's count is of, typed as what the claim counts (`true, 1,210
    residents missed appointments` where 37 of the 1,210 did), not as a whole (`37 of the
    1,210 residents`)."""
    for m in mentions:
        word = _counted_after(toks, m)
        figures = claimed.get(word) if word is not None else None
        if (
            figures
            and m.value is not None
            and abs(m.value) in wholes
            and abs(m.value) not in figures
            and not _of_a_whole(toks, m)
        ):
            return True
    return False


def _only_wholes(toks: list[str], mentions: list[Mention], wholes: frozenset[float]) -> bool:
    """Every figure typed is a whole the quotes count a part of, none typed as the whole."""
    figures = [m for m in mentions if m.value is not None and not m.ordinal]
    return bool(figures) and all(
        abs(m.value or 0) in wholes and not _of_a_whole(toks, m) for m in figures
    )


def _of_a_whole(toks: list[str], m: Mention) -> bool:
    """The figure is typed as the whole of a part (`37 of the 1,210 residents`)."""
    return "of" in toks[max(0, m.start - 4) : m.start]


def _counted_after(toks: list[str], m: Mention) -> str | None:
    """The stem of what a bare count counts (`1,260 enumeration areas`: enumeration)."""
    if m.kind != NUMBER or not _counted(toks, m) or m.end >= len(toks):
        return None
    word = toks[m.end]
    if not word.isalpha() or word in FILLERS or word in _NOT_COUNTED:
        return None
    if unit_at(toks, m.end) is not None:
        return None  # `2,000 tonnes` measures; it counts nothing
    return _act_stem(word)


def _act_stem(word: str) -> str:
    for suffix in ("es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


# Words after a figure that count nothing of their own (`12 more`, `7 percent`).
_NOT_COUNTED = COMPARATIVE | SCALES.keys() | frozenset({"percent", "per", "cent", "cents", "times"})


def _counts(texts: list[list[str]]) -> dict[str, frozenset[float]]:
    """What the texts count after a figure, with every figure they count it with."""
    return _figures_by_word(texts, _counted_after)


@last_by_identity
def _article_counts(names: ArticleNames) -> dict[str, frozenset[float]]:
    return _counts([list(sentence) for sentence in names.sentences])


def _another_count(
    toks: list[str],
    mentions: list[Mention],
    counts: dict[str, frozenset[float]],
    names: ArticleNames,
) -> bool:
    """A count typed of a thing `counts` (the quotes', or the cited paragraphs' beyond them)
    gives only other figures, that the article gives to another thing (`false, only 1,190
    enumeration areas` where the explanation says 1,260 and the article counts 1,190
    tablets; `three approaches` where the paragraph says two approaches and three matches)."""
    elsewhere = _article_counts(names)
    return any(
        _given_to_another(m, _counted_after(toks, m), counts, elsewhere)
        for m in mentions
        if m.value is not None
    )
