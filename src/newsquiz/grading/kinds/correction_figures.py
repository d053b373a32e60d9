"""The words a claim's correction sets beside each figure, against those the quotes do.

`true, €870 rent against a €990 minimum wage`, where the quote says the flat costs €990, more
than the minimum wage of €870: the correction gives €990 the words the quote gives €870,
and none of its own. Each figure of a text takes the telling words of its clause that stand
nearer to it than to any other; figures joined (`27 of the 31`, `19 to 2`) share theirs, a
difference (`eight fewer`) has none, and what a figure counts (`40 beds`) says no more than
a unit does.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from newsquiz.facts.numbers import number_word
from newsquiz.facts.text import singular
from newsquiz.facts.units import unit_at
from newsquiz.facts.values import DATE, DURATION, Mention, scan
from newsquiz.facts.words import (
    APPROXIMATE,
    COMPARATIVE,
    FILLERS,
    MONTHS,
    WEEKDAYS,
    could_be_year,
)
from newsquiz.grading.vocab import (
    AUXILIARIES,
    DETERMINERS,
    FALLING,
    NEGATIONS,
    PREPOSITIONS,
    RISING,
)

# Prepositions, determiners and auxiliaries: how a phrase is built, not what a figure is of.
_FUNCTION_WORDS = PREPOSITIONS | DETERMINERS | AUXILIARIES

# How far a word may stand from the figure it is read with.
_NEAR = 4
_FigureKey = tuple[str, float | None, int | None, int | None]
# Words that join two figures into one fact (`27 of the 31`, `19 to 2`, `from 22 to 37`,
# `5 of every 20`): a word beside either is the pair's.
_JOINING = frozenset({"of", "the", "to", "from", "out", "in", "every", "per", "-"})
# Words that end the stretch a figure's words are read in (`the council A$62 million, the
# club A$29 million`; `19 in favour and 11 against`; `40 percent against 60 percent`).
_CLAUSE_ENDS = frozenset({",", "and", "but", "or", "while", "whereas", "against", "than"})
# Words that set one figure against another (`higher than 2.6 percent`, `eight fewer`):
# neither's own, and a figure they follow is a difference, no figure of its own.
_DIFFERENCE_AFTER = COMPARATIVE | frozenset(
    {"higher", "lower", "bigger", "smaller", "larger", "greater", "cheaper", "dearer",
     "longer", "shorter", "older", "younger"}
)  # fmt: skip
# Words that say how figures stand to each other, or to the claim, not what one is of.
_SETTING_AGAINST = (
    _DIFFERENCE_AFTER
    | RISING
    | FALLING
    | frozenset(
        {"instead", "only", "just", "still", "total", "combined", "together", "each", "both",
         "all", "now", "then"}
    )
)  # fmt: skip


def _figure_key(m: Mention) -> _FigureKey:
    """A figure as compared across texts: `€870` and `870 euros` alike, a date by its day."""
    if m.kind == DATE:
        return (DATE, None, m.month, m.day if m.day is not None else m.year)
    year = m.value is not None and not m.ordinal and could_be_year(m.value)
    kind = "year" if year else m.kind
    return (kind, abs(m.value) if m.value is not None else None, None, None)


# The words of two letters that name nothing (others do: `PR`, `EU`, `Ng`).
_SHORT_WORDS = frozenset(
    {"am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my",
     "no", "of", "oh", "ok", "on", "or", "so", "to", "up", "us", "we"}
)  # fmt: skip


def _a_telling_word(word: str) -> bool:
    """A word that says what a figure is of (`wage`, `founded`, `PR`), not how it is
    written."""
    return (
        word.isalpha()
        and len(word) > 1
        and word not in _SHORT_WORDS
        and word not in FILLERS
        and word not in _FUNCTION_WORDS
        and word not in APPROXIMATE
        and word not in _SETTING_AGAINST
        and word not in _CLAUSE_ENDS
        and word not in NEGATIONS
        and word not in MONTHS
        and word not in WEEKDAYS
        and word not in ("nor", "said", "says", "cent")
        and number_word(word) is None
        and unit_at([word], 0) is None
    )


@dataclass(frozen=True)
class _FigureWords:
    """A figure of a text (with those joined to it: `27 of the 31`) and the telling words
    that stand nearest it; with the words any figure of the text counts (`40 beds`), which
    say no more than a unit does."""

    keys: frozenset[_FigureKey]
    words: frozenset[str]
    counted: frozenset[str]
    after: frozenset[str]  # the words straight after its figures


def _words_nearest(toks: list[str]) -> list[_FigureWords]:
    """Each figure of a text and the telling words of its clause that stand nearer to it
    than to any other, at most `_NEAR` away; a difference (`eight fewer`) has none."""
    found = scan(toks)
    # `a year ago` says when, as a word does: it is read with the figure it dates.
    ago = {
        m.end: f"{singular(toks[m.end - 1])} ago"
        for m in found
        if m.kind == DURATION and toks[m.end : m.end + 1] == ["ago"]
    }
    mentions = [
        m
        for m in found
        if not m.ordinal
        and m.end not in ago
        and not (toks[m.end : m.end + 1] and toks[m.end] in _DIFFERENCE_AFTER)
    ]
    group = list(range(len(mentions)))
    for n in range(1, len(mentions)):
        between = toks[mentions[n - 1].end : mentions[n].start]
        if len(between) <= 3 and all(w in _JOINING or unit_at([w], 0) for w in between):
            group[n] = group[n - 1]
    clause = [0] * len(toks)
    for at in range(1, len(toks)):
        clause[at] = clause[at - 1] + (toks[at - 1] in _CLAUSE_ENDS or toks[at] in _CLAUSE_ENDS)
    counted = {
        singular(toks[m.end])
        for m in found
        if m.end < len(toks) and toks[m.end].isalpha() and unit_at(toks, m.end) is None
    }
    words: dict[int, set[str]] = {g: set() for g in group}
    inside = {at for m in mentions for at in range(m.start, m.end)}
    for at, word in enumerate(toks):
        if at in ago:
            word = ago[at]
        elif at in inside or not _a_telling_word(word) or singular(word) in counted:
            continue
        else:
            word = singular(word)
        distances = sorted(
            (m.start - at if at < m.start else at - m.end + 1, group[n])
            for n, m in enumerate(mentions)
            if clause[m.start] == clause[at] == clause[m.end - 1]
        )
        if not distances or distances[0][0] > _NEAR:
            continue
        tied = len(distances) > 1 and distances[1][0] == distances[0][0]
        if tied and distances[1][1] != distances[0][1]:
            continue  # as near one figure as another: neither's
        words[distances[0][1]].add(word)
    return [
        _FigureWords(
            frozenset(_figure_key(m) for n, m in enumerate(mentions) if group[n] == g),
            frozenset(said),
            frozenset(counted),
            frozenset(
                singular(toks[m.end])
                for n, m in enumerate(mentions)
                if group[n] == g
                and m.end < len(toks)
                and _a_telling_word(toks[m.end])
                and unit_at(toks, m.end) is None
            ),
        )
        for g, said in words.items()
    ]


@dataclass(frozen=True)
class QuotedFigureWords:
    """Each telling word of the quotes with every figure it stands nearest, each figure
    with its own telling words, and every word a figure of theirs counts."""

    figures_of: dict[str, set[_FigureKey]]
    words_of: dict[_FigureKey, set[str]]  # with the words straight after it
    counted: frozenset[str]


def figures_near_words(texts: list[list[str]]) -> QuotedFigureWords:
    """The quotes' figures and the words they stand nearest, read both ways."""
    figures_of: dict[str, set[_FigureKey]] = {}
    words_of: dict[_FigureKey, set[str]] = {}
    counted: set[str] = set()
    for toks in texts:
        for figure in _words_nearest(toks):
            counted |= figure.counted
            for key in figure.keys:
                words_of.setdefault(key, set()).update(figure.words | figure.after)
            for word in figure.words:
                figures_of.setdefault(word, set()).update(figure.keys)
    return QuotedFigureWords(figures_of, words_of, frozenset(counted))


def set_beside_another_figures_words(toks: list[str], quoted: QuotedFigureWords) -> bool:
    """A figure of the quotes typed nearest a word they set beside another of their figures
    of its kind only, with none of its own words, where that other figure is not typed with
    its own words either (`€870 rent against a €990 minimum wage` where the rent is €990
    and the wage €870; not `she weighed 465 g and he weighed 510 g`)."""
    typed = _words_nearest(toks)

    def own_words(keys: Collection[_FigureKey]) -> set[str]:
        """The words the quotes write beside these figures and beside no other."""
        own = {word for key in keys for word in quoted.words_of.get(key, ())}
        return own - {
            word for key, words in quoted.words_of.items() if key not in keys for word in words
        }

    def typed_with_own_words(keys: set[_FigureKey]) -> bool:
        return any(
            not figure.keys.isdisjoint(keys)
            and not own_words(figure.keys).isdisjoint(figure.words | figure.after)
            for figure in typed
        )

    for figure in typed:
        own = own_words(figure.keys)
        beside = figure.words | figure.after
        if not figure.keys <= quoted.words_of.keys() or not own or not own.isdisjoint(beside):
            continue
        kinds = {key[0] for key in figure.keys}
        for word in figure.words - quoted.counted:
            others = quoted.figures_of.get(word)
            if (
                others
                and others.isdisjoint(figure.keys)
                and {key[0] for key in others} == kinds
                and not typed_with_own_words(others)
            ):
                return True
    return False
