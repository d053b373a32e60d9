"""Reading numbers in digits and words, forgiving misspelt number words.

`eighty-four`, `84`, `1,000`, `1.5`, `3rd`, `the thirteenth`, `a hundred and
twelve`, `two and a half`, and misspellings such as `fourty`, `ninty` or
`twelth`. A misspelling that is itself another number word (`sixteen` for
`sixty`) is that other number: number words are never fuzzed into each other.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from rapidfuzz.distance import OSA, Indel

from newsquiz.facts.memo import recent_by_content
from newsquiz.facts.units import unit_at
from newsquiz.facts.words import (
    APPROXIMATE,
    COMPARATIVE,
    FILLERS,
    NUMBER_WORDS,
    ORDINAL_TENS,
    ORDINAL_UNITS,
    SCALES,
    TENS,
    TIME_UNITS,
    UNITS,
)


@dataclass(slots=True)
class NumberSpan:
    """A number found at tokens[start:end]; `value` is None for `5/13`, `10-15`..."""

    start: int
    end: int
    value: float | None
    ordinal: bool = False
    digits: bool = False
    raw: str = ""


# Words a few letters from a number word that are not misspelt numbers.
_NOT_NUMBERS = frozenset(
    {"there", "these", "those", "three's", "seconds", "thirds", "fourths", "fifths", "tenths",
     "tens", "hundreds", "thousands", "millions", "billions", "trillions", "dozens",
     "thirsty", "often", "ninja", "tense", "tenet", "forte", "fortune", "forth",
     "sixes", "sevens", "nines", "fives", "fours", "eights", "ones", "twos", "ninth's",
     "forthy", "fiftyfifty", "tenth's", "eleventh's", "seventies", "sixties", "eighties",
     "nineties", "twenties", "thirties", "forties", "fifties", "minion", "billing",
     "thousandth", "tenant", "fifteens", "fourier", "sighted", "weighty", "secondly",
     "seconded", "thirdly", "fourthly", "fifthly", "firstly", "thrifty", "throne", "nicety",
     "fought", "thirst", "elven", "twelves", "sevenths", "severe"}
)  # fmt: skip
_CANDIDATES: dict[str, tuple[str, ...]] = {}
for _word in NUMBER_WORDS:
    _CANDIDATES.setdefault(_word[0], ())
    _CANDIDATES[_word[0]] = (*_CANDIDATES[_word[0]], _word)

_corrections: dict[str, str | None] = {}


def number_word(word: str) -> str | None:
    """The number word `word` is, or is a misspelling of (`fourty` → `forty`)."""
    if word in NUMBER_WORDS:
        return word
    if len(word) < 5 or word in FILLERS or word in _NOT_NUMBERS or word in TIME_UNITS:
        return None
    if word in _corrections:
        return _corrections[word]
    found: list[tuple[int, str]] = []
    for candidate in _CANDIDATES.get(word[0], ()):
        if abs(len(candidate) - len(word)) <= 1 and OSA.distance(word, candidate) <= 1:
            # A dropped or doubled letter is likelier than a changed one: `fourty` is forty.
            found.append((Indel.distance(word, candidate), candidate))
    if not found and len(word) >= 6:
        found = _two_edits_away(word)
    found.sort()
    ambiguous = len(found) > 1 and found[0][0] == found[1][0]
    result = found[0][1] if found and not ambiguous else None
    if len(_corrections) < 100_000:
        _corrections[word] = result
    return result


# Counting words long enough that two slips still leave them recognisable (`nighty`,
# `fiveteen`); never the scale words, which sit two letters from real words (`mission`).
# Not the ordinals of units: a name two letters from one (`Foulah`, `fourth`) is likelier
# than so bad a slip of so short a word.
_LONG_COUNTING_WORDS = tuple(w for w in (*UNITS, *TENS, *ORDINAL_TENS) if len(w) >= 6)


def _two_edits_away(word: str) -> list[tuple[int, str]]:
    """Counting words two edits from `word` that begin with its first two letters and end
    with its last: how misspellings keep a word's shape (`nighty` → `ninety`)."""
    return [
        (Indel.distance(word, w), w)
        for w in _LONG_COUNTING_WORDS
        if w[:2] == word[:2]
        and w[-1] == word[-1]
        and abs(len(w) - len(word)) <= 2
        and OSA.distance(word, w, score_cutoff=2) <= 2
    ]


def _misspelt_unit(word: str) -> str | None:
    """After a tens word only a unit can follow, so `for` there is `four`."""
    if len(word) < 3 or not word.isalpha():
        return None
    found = [u for u in UNITS if u[0] == word[0] and OSA.distance(word, u) <= 1 and u != "zero"]
    return found[0] if len(found) == 1 else None


def read_digits(token: str) -> tuple[float | None, bool]:
    """(value, ordinal) of a digit token; value None for dates and ranges like `5/13`."""
    ordinal = token[-2:] in ("st", "nd", "rd", "th")
    if ordinal:
        token = token[:-2]
    if "/" in token or ":" in token or "-" in token or token.count(".") > 1:
        return None, ordinal
    if "," in token:
        groups = token.split(",")
        if all(len(g) == 3 for g in groups[1:]) and "." not in groups[-1][:0]:
            token = token.replace(",", "")
        elif len(groups) == 2 and "." not in token:
            token = token.replace(",", ".")  # 1,5 written the European way
        else:
            token = token.replace(",", "")
    try:
        value = float(token)
    except ValueError:
        return None, ordinal
    # A number too big for a float is no number an article states: never infinity.
    return (value if math.isfinite(value) and value < MAX_NUMBER else None), ordinal


# Beyond any count, amount or year a news article states (a googol is 1e100).
MAX_NUMBER = 1e30

_SMALL = "small"


# Remembered by content: a long article's sentences are read for their numbers by several
# readers (what it counts, the figures before each, the values `scan` finds), each on its
# own copy of the same tokens. Callers never mutate the tokens, the list or its spans.
@recent_by_content(1 << 14)
def number_spans(toks: list[str]) -> list[NumberSpan]:
    """Every number the tokens state, in order."""
    return _number_spans(toks)


def _number_spans(toks: list[str]) -> list[NumberSpan]:
    spans: list[NumberSpan] = []
    i = 0
    count = len(toks)
    while i < count:
        token = toks[i]
        first = token[0]
        span: NumberSpan | None = None
        if first.isdigit():
            span = _fraction_of(toks, i) if token.isdigit() else None
            span = span or _digit_span(toks, i)
        elif token == "minus" and i + 1 < count:
            span = _negative(toks, i)
        elif first.isalpha() and not _once_only(toks, i):
            span = _fraction_of(toks, i) or _point_alone(toks, i) or _word_span(toks, i)
        if span is None:
            i += 1
        else:
            if spans and _year_in_words(spans[-1], span):
                century = spans.pop()
                year = (century.value or 0) * 100 + (span.value or 0)
                span = NumberSpan(century.start, span.end, year, False, False, century.raw)
            spans.append(span)
            i = span.end
    return spans


# `a one-off payment`, `a one-time fee`: a payment made once, no count of anything; `3,000
# yen one way`: a fare in one direction.
_ONCE = frozenset({"off", "time", "way"})


def _once_only(toks: list[str], i: int) -> bool:
    """`one-off`, `a one-time grant`, `one way`: `one` that says once or in one direction,
    before a noun it describes or after a fare."""
    if toks[i] != "one" or i + 1 >= len(toks) or toks[i + 1] not in _ONCE:
        return False
    if toks[i + 1] in ("off", "way"):
        return True
    following = toks[i + 2] if i + 2 < len(toks) else ""
    return i > 0 and toks[i - 1] in ("a", "an", "the") and following.isalpha()


def _negative(toks: list[str], i: int) -> NumberSpan | None:
    """`minus 200`, `-200` (folded to `minus 200`): a number below zero."""
    after = toks[i + 1]
    span = _digit_span(toks, i + 1) if after[0].isdigit() else _word_span(toks, i + 1)
    if span is None or span.value is None or span.ordinal:
        return None
    return NumberSpan(i, span.end, -span.value, False, span.digits, span.raw)


def _year_in_words(first: NumberSpan, second: NumberSpan) -> bool:
    """`nineteen ninety-nine`, `twenty eighteen`: a year said as two two-digit numbers."""
    return (
        not first.digits
        and not second.digits
        and first.end == second.start
        and not first.ordinal
        and not second.ordinal
        and first.value is not None
        and second.value is not None
        and 10 <= first.value <= 20
        and first.value == int(first.value)
        and 10 <= second.value <= 99
        and second.value == int(second.value)
    )


_FRACTIONS = {
    "half": 0.5, "quarter": 0.25, "quarters": 0.25, "third": 1 / 3, "thirds": 1 / 3,
    "fourth": 0.25, "fourths": 0.25, "fifth": 0.2, "fifths": 0.2, "sixth": 1 / 6,
    "sixths": 1 / 6, "seventh": 1 / 7, "sevenths": 1 / 7, "eighth": 0.125, "eighths": 0.125,
    "ninth": 1 / 9, "ninths": 1 / 9, "tenth": 0.1, "tenths": 0.1,
    # `four thousandths of a second`: a count of them is the figure, not `4` (nor `400`)
    "hundredth": 0.01, "hundredths": 0.01, "thousandth": 0.001, "thousandths": 0.001,
    "millionth": 1e-6, "millionths": 1e-6,
}  # fmt: skip


def _fraction_of(toks: list[str], i: int) -> NumberSpan | None:
    """`half a billion`, `a quarter of a million`, `three quarters of a million`."""
    j = i
    count = 1.0
    if toks[j] in ("a", "an") and j + 1 < len(toks) and toks[j + 1] in _FRACTIONS:
        j += 1
    elif toks[j] in UNITS and j + 1 < len(toks) and toks[j + 1] in _FRACTIONS:
        count = UNITS[toks[j]]
        j += 1
    elif toks[j].isdigit() and j + 1 < len(toks) and toks[j + 1] in _FRACTIONS:
        count = float(toks[j])  # `4 thousandths of a second`
        j += 1
    if toks[j] not in _FRACTIONS:
        return None
    share = _FRACTIONS[toks[j]] * count
    j += 1
    if j < len(toks) and toks[j] == "of":
        j += 1
    if j + 1 >= len(toks) or toks[j] not in ("a", "an"):
        return None
    if unit_at(toks, j + 1) is not None or toks[j + 1] in TIME_UNITS:
        # `half a square mile`, `a tenth of an hour`: the unit reads on from here.
        return NumberSpan(i, j + 1, share, False, False, toks[i])
    scale = number_word(toks[j + 1])
    if scale in SCALES:
        size = SCALES[scale]
    elif scale == "hundred":
        size = 100.0
    elif scale == "dozen":
        size = 12.0
    elif scale is None and _counted_noun(toks[j + 1]) and toks[i] == "half":
        # `half a length`: what it counts reads on from here, as after a unit
        return NumberSpan(i, j + 1, share, False, False, toks[i])
    else:
        return None
    return NumberSpan(i, j + 2, share * size, False, False, toks[i])


def _counted_noun(word: str) -> bool:
    """A word that may be what a figure counts (`length`), not one that leads elsewhere."""
    return word.isalpha() and len(word) > 2 and word not in _NOT_COUNTED


# Words after `a` that are no thing counted: `half a dozen` is read above; `half a mile
# further` counts miles; `half a second` is a duration's.
_NOT_COUNTED = frozenset({"few", "lot", "bit", "little", "couple", "number", "whole", "further"})


_GROUP = re.compile(r"\d{3}")
_FRACTION = re.compile(r"([1-9])/([2-9]|1[0-6])")


def _digit_span(toks: list[str], i: int) -> NumberSpan:
    value, ordinal = read_digits(toks[i])
    end = i + 1
    raw = toks[i]
    if value is not None and not ordinal and raw.isdigit() and len(raw) <= 3:
        # `40 000 000 000`: thousands grouped with spaces
        while end < len(toks) and _GROUP.fullmatch(toks[end]):
            raw += toks[end]
            end += 1
        value = float(raw)
        if end == i + 1 and end < len(toks):
            fraction = _FRACTION.fullmatch(toks[end])  # `1 1/2 hours`
            if fraction is not None and int(fraction[1]) < int(fraction[2]):
                value += int(fraction[1]) / int(fraction[2])
                end += 1
    if value is not None and not ordinal and end < len(toks):
        following = number_word(toks[end])
        if following == "hundred":
            value *= 100
            end += 1
            following = number_word(toks[end]) if end < len(toks) else None
        if following is None and end < len(toks) and toks[end][-1:] == "s":
            following = number_word(toks[end][:-1])  # `40 billions`
        if following in SCALES:
            value *= SCALES[following]
            end += 1
        end, value = _and_a_part(toks, end, value)
    return NumberSpan(i, end, value, ordinal, True, raw)


# The count before a fraction that makes one part of a whole (`and a third`).
_ONE_PART = frozenset({"a", "an", "one"})


def _part_at(toks: list[str], at: int) -> tuple[int, float]:
    """The part of one that `and …` from `at` adds to a whole (`and a half`, `and a
    third`, `and two thirds`, `and three quarters`, `and 2/3`), with where it ends; `(at,
    0.0)` where none is written, or where the part is a whole or more (`2 and 5 quarters`)."""
    if at + 1 >= len(toks) or toks[at] != "and":
        return at, 0.0
    word = toks[at + 1]
    if at + 2 < len(toks) and toks[at + 2] in _FRACTIONS:
        count = 1.0 if word in _ONE_PART else UNITS.get(word)
        if count is None and word.isdigit():
            count = float(word)
        if count is not None and 0 < count * _FRACTIONS[toks[at + 2]] < 1:
            return at + 3, count * _FRACTIONS[toks[at + 2]]
    fraction = _FRACTION.fullmatch(word)
    if fraction is not None and int(fraction[1]) < int(fraction[2]):
        return at + 2, int(fraction[1]) / int(fraction[2])
    return at, 0.0


def _and_a_part(toks: list[str], end: int, value: float) -> tuple[int, float]:
    """`two and a half`, `twelve and two thirds`: only when no unit sits between (`an hour
    and a half` is a duration's); a scale after it scales the whole (`nine and a half
    million`)."""
    after, added = _part_at(toks, end)
    if added:
        end, value = after, value + added
        scale = SCALES.get(toks[end]) if end < len(toks) else None
        if scale is not None:
            return end + 1, value * scale
    return end, value


def _part_after(toks: list[str], at: int) -> float:
    """The part `and a half` adds after the one-word or unit's thing counted at `at`."""
    hit = unit_at(toks, at)
    end = hit[1] if hit is not None else at + 1
    return _part_at(toks, end)[1]


_POINTERS = frozenset({"the", "this", "that", "which", "a", "an"})


# `no one was hurt`, `any one of them`: `one` that counts nobody in particular.
_NOBODY_IN_PARTICULAR = frozenset({"no", "any", "every"})


def _pronoun_one(toks: list[str], i: int) -> bool:
    """`the Syrian one`, `that one`: `one` standing for a thing already named, not a count."""
    if toks[i] == "one" and i >= 1 and toks[i - 1] in _NOBODY_IN_PARTICULAR:
        return True
    if toks[i] != "one" or (i + 1 < len(toks) and toks[i + 1] != ","):
        return False
    if i >= 1 and toks[i - 1] in _POINTERS:
        return True
    return (
        i >= 2
        and toks[i - 2] in _POINTERS
        and toks[i - 1].isalpha()
        and number_word(toks[i - 1]) is None
    )


# Units whose names are also everyday words (`a degree in law`, `a foot soldier`, `a ton
# of work`): `a` before them is no measurement.
_LEADS_TO_A_FIGURE = APPROXIMATE | COMPARATIVE | frozenset(
    {"than", "of", "by", "is", "was", "were", "to", "within", "just", "only", "exactly", "some",
     "below", "under", "over", "above", "at", "about", "nearly", "almost", "roughly"}
)  # fmt: skip
_EVERYDAY_UNIT_WORDS = frozenset({"degree", "foot", "ton", "pound", "point"})


def _one_of_a_unit(toks: list[str], at: int) -> bool:
    """`a percentage point`, `about a kilometre`: one of a unit of measure, at the start
    or after a word that leads to a figure; elsewhere (`€1.90 a litre`, `11.9 centners a
    hectare`) `a` makes a rate, not a figure."""
    if at >= len(toks) or toks[at] in _EVERYDAY_UNIT_WORDS or unit_at(toks, at) is None:
        return False
    return at < 2 or toks[at - 2] in _LEADS_TO_A_FIGURE


def _word_span(toks: list[str], i: int) -> NumberSpan | None:
    count = len(toks)
    if _pronoun_one(toks, i):
        return None
    total = 0.0
    current = 0.0
    last: str | None = None
    j = i
    ordinal = False
    if toks[i] in ("a", "an"):
        following = number_word(toks[i + 1]) if i + 1 < count else None
        if following is None and _one_of_a_unit(toks, i + 1):
            # `a percentage point`; `a kilometre and a half`
            return NumberSpan(i, i + 1, 1.0 + _part_after(toks, i + 1), False, False, toks[i])
        if following is None and i + 1 < count and _counted_noun(toks[i + 1]):
            # `a length and a half` (`an hour and a half` is a duration's)
            part = _part_after(toks, i + 1)
            if part and toks[i + 1] not in TIME_UNITS:
                return NumberSpan(i, i + 1, 1.0 + part, False, False, toks[i])
        if following not in ("hundred", "dozen", *SCALES):
            return None
        current = 1.0
        last = _SMALL
        j = i + 1
    while j < count:
        word = number_word(toks[j])
        if word is not None and word != toks[j] and j + 1 < count:
            word = _count_before_a_plural(toks[j], word, toks[j + 1])
        if word is None and last == "ten":
            word = _misspelt_unit(toks[j])  # `eighty-for`
        if word is None:
            if (
                toks[j] == "and"
                and last in ("hundred", "scale")
                and j + 1 < count
                and number_word(toks[j + 1]) in (*UNITS, *TENS, *ORDINAL_UNITS, *ORDINAL_TENS)
            ):
                j += 1
                continue
            break
        if word in UNITS or word in ORDINAL_UNITS:
            small = UNITS[word] if word in UNITS else ORDINAL_UNITS[word]
            if last == _SMALL or (last == "ten" and small >= 10):
                break
            current += small
            ordinal = word in ORDINAL_UNITS
            last = _SMALL
        elif word in TENS or word in ORDINAL_TENS:
            if last in (_SMALL, "ten"):
                break
            current += TENS[word] if word in TENS else ORDINAL_TENS[word]
            ordinal = word in ORDINAL_TENS
            last = "ten"
        elif word in ("hundred", "hundredth"):
            if last not in (_SMALL, "ten") or current >= 100:
                break
            current = (current or 1) * 100
            ordinal = word == "hundredth"
            last = "hundred"
        elif word == "dozen":
            if last not in (None, _SMALL):
                break
            current = (current or 1) * 12
            last = _SMALL
        else:  # thousand, million...
            if last is None:
                break
            total += (current or 1) * SCALES[word]
            current = 0.0
            last = "scale"
        j += 1
        if ordinal:
            break
    if last is None:
        return None
    value = total + current
    if not ordinal:
        whole_end = j
        j, value = _point(toks, j, value)
        if j > whole_end and not total and j < count and number_word(toks[j]) in SCALES:
            value *= SCALES[number_word(toks[j]) or ""]  # `four point three million`
            j += 1
        j, value = _and_a_part(toks, j, value)
    return NumberSpan(i, j, value, ordinal, False, toks[i])


_DIGIT_WORDS = {
    "zero": 0, "nought": 0, "naught": 0, "oh": 0, "o": 0, "one": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip


def _point(toks: list[str], end: int, value: float) -> tuple[int, float]:
    """`one point two`, `nought point one nine`: decimals said digit by digit."""
    if end + 1 >= len(toks) or toks[end] != "point" or toks[end + 1] not in _DIGIT_WORDS:
        return end, value
    digits = ""
    j = end + 1
    while j < len(toks) and toks[j] in _DIGIT_WORDS:
        digits += str(_DIGIT_WORDS[toks[j]])
        j += 1
    return j, value + float(f"0.{digits}")


def _point_alone(toks: list[str], i: int) -> NumberSpan | None:
    """`point nine percent`: a decimal said without its nought, where a unit or nothing
    follows (at that `point two` men left, `point` is a noun)."""
    if toks[i] != "point" or i + 1 >= len(toks) or toks[i + 1] not in _DIGIT_WORDS:
        return None
    end, value = _point(toks, i, 0.0)
    if end < len(toks) and unit_at(toks, end) is None:
        return None
    return NumberSpan(i, end, value, False, False, toks[i])


_ROMAN = re.compile(r"m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})")
_ROMAN_DIGITS = {"m": 1000, "d": 500, "c": 100, "l": 50, "x": 10, "v": 5, "i": 1}


def roman_value(token: str) -> int | None:
    """`xvii` is 17: a Roman numeral of two letters or more, in its strict form."""
    if len(token) < 2 or not _ROMAN.fullmatch(token):
        return None
    total = 0
    for here, after in zip(token, [*token[1:], ""], strict=True):
        value = _ROMAN_DIGITS[here]
        total += -value if after and _ROMAN_DIGITS[after] > value else value
    return total


def numbering_numeral(word: str) -> bool:
    """A Roman numeral of the letters that number names and bodies (`VII`, `XIV`): never
    a slip or a short form of another (`Commission VII` is not VIII)."""
    return set(word) <= _NUMBERING_LETTERS and roman_value(word) is not None


_NUMBERING_LETTERS = frozenset("ivxl")

# Words one slip from a number word that are words of their own: `none` is no `nine`.
_WORDS_OF_THEIR_OWN = frozenset({"none", "tree", "trees", "sever"})


_CARDINAL_OF = {
    ordinal: next(w for w, n in (*UNITS.items(), *TENS.items()) if n == value)
    for ordinal, value in (*ORDINAL_UNITS.items(), *ORDINAL_TENS.items())
}


def _count_before_a_plural(typed: str, read: str, following: str) -> str:
    """`eigth weeks`: a slip read as an ordinal (eighth) that is one slip from its count
    too (eight) is the count before a unit in the plural, where no ordinal stands."""
    cardinal = _CARDINAL_OF.get(read)
    if (
        cardinal is not None
        and following.endswith("s")
        and (following in TIME_UNITS or unit_at([following], 0) is not None)
        and OSA.distance(typed, cardinal, score_cutoff=1) <= 1
    ):
        return cardinal
    return read


def number_word_slips_mended(toks: list[str]) -> list[str]:
    """`fiev days`, `the sixht minute`, `thre`: a word one slip from exactly one number word,
    where a number stands (the whole answer, or before a unit), read as that word. Words
    this reader reads already, and units (`a 35-hour week`), stay as typed."""
    out = toks
    for at, word in enumerate(toks):
        if (
            len(word) < 4
            or not word.isalpha()
            or word in NUMBER_WORDS
            or word in FILLERS
            or word in _WORDS_OF_THEIR_OWN
            or word in TIME_UNITS
            or unit_at([word], 0) is not None
            or number_spans([word])
        ):
            continue
        following = toks[at + 1 : at + 2]
        if not (
            len(toks) == 1
            or (following and (following[0] in TIME_UNITS or unit_at(following, 0) is not None))
        ):
            continue
        near = {
            number
            for number in NUMBER_WORDS
            if len(number) >= 4
            and abs(len(number) - len(word)) <= 1
            and OSA.distance(word, number, score_cutoff=1) <= 1
        }
        if len(near) == 2 and following and following[0].endswith("s"):
            # `eigth weeks`: one slip from eight and from eighth, but only a count stands
            # before a plural
            near -= ORDINAL_UNITS.keys() | ORDINAL_TENS.keys()
        if len(near) == 1:
            out = [*out[:at], near.pop(), *out[at + 1 :]]
    return out
