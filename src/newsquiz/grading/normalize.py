"""Folding typed text into tokens, and deciding when two words are the same word.

Everything here works on lower-case ASCII-ish text so the kind graders compare
only what carries the fact. Word-level results are memoised: a batch of answers
repeats the same few hundred words, and the game grades one answer at a time.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from rapidfuzz.distance import OSA

from newsquiz.facts.numbers import number_spans, numbering_numeral
from newsquiz.facts.words import TIME_UNITS, VALUE_WORDS
from newsquiz.facts.world import world
from newsquiz.grading.vocab import ABBREVIATIONS, FILLER_PHRASES, GUARDED_WORDS, RATE_WORDS

_PHRASES_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in sorted(FILLER_PHRASES, key=len, reverse=True):  # longest first
    _PHRASES_BY_FIRST[_phrase[0]] = (*_PHRASES_BY_FIRST.get(_phrase[0], ()), _phrase)


_PHRASE_STARTS = frozenset(_PHRASES_BY_FIRST)


def strip_fillers(toks: list[str]) -> list[str]:
    """The tokens without filler phrases (`Roe, of course` → `Roe`).

    The same list is returned when there is none; an answer that is all filler
    is left as typed, for the kind to judge.
    """
    if _PHRASE_STARTS.isdisjoint(toks):
        return toks
    kept: list[str] = []
    i = 0
    count = len(toks)
    while i < count:
        for phrase in _PHRASES_BY_FIRST.get(toks[i], ()):
            if tuple(toks[i : i + len(phrase)]) == phrase:
                i += len(phrase)
                break
        else:
            if toks[i] != "," or (kept and kept[-1] != ","):
                kept.append(toks[i])
            i += 1
    while kept and kept[-1] == ",":
        kept.pop()
    return kept if any(t != "," for t in kept) else toks


_last_rewrite: tuple[list[str], list[str]] | None = None


def figure_restated(toks: list[str]) -> list[str]:
    """`ten (10) days`, `10 (ten) days`: a figure written in words and again in digits in
    brackets (read as commas), as contracts and laws write it, is one figure."""
    if "," not in toks:
        return toks
    spans = number_spans(toks)
    for first, second in pairwise(spans):
        closed = second.end == len(toks) or toks[second.end] == ","
        if (
            toks[first.end : second.start] == [","]
            and closed
            and first.value is not None
            and first.value == second.value
            and first.digits != second.digits
        ):
            return [*toks[: first.end], *toks[second.end + 1 :]]
    return toks


@cache
def equivalents() -> dict[str, tuple[str, ...]]:
    """One word for several that mean the same in a news answer: the abbreviations, and the
    generic synonym table (less any word that states a value, which readers must see)."""
    found = {
        word: head
        for word, head in world().synonyms.items()
        if word not in VALUE_WORDS and not VALUE_WORDS.intersection(head)
    }
    found.update(ABBREVIATIONS)
    return found


@cache
def _phrases() -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """Synonym phrases by their first word, longest first: `sex workers` → `prostitutes`."""
    by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for phrase, head in world().phrases.items():
        if VALUE_WORDS.isdisjoint(phrase) and VALUE_WORDS.isdisjoint(head):
            by_first.setdefault(phrase[0], []).append((phrase, head))
    return {
        first: tuple(sorted(found, key=lambda pair: -len(pair[0])))
        for first, found in by_first.items()
    }


@cache
def _rewritten() -> frozenset[str]:
    return frozenset(equivalents()) | RATE_WORDS | frozenset(_phrases())


def rewrite(toks: list[str]) -> list[str]:
    """Free-text tokens with synonyms made one word and abbreviations spelt out.

    `VP` → `vice president`, `truce` → `ceasefire`, `daily`/`per day`/`each day` → `a day`.
    The same list is returned when nothing changes.
    """
    global _last_rewrite
    if _rewritten().isdisjoint(toks):
        return toks
    last = _last_rewrite
    if last is not None and last[0] is toks:
        return last[1]  # every key of a question reads the same typed tokens
    out: list[str] = []
    phrases = _phrases()
    index = 0
    while index < len(toks):
        token = toks[index]
        for phrase, head in phrases.get(token, ()):
            if tuple(toks[index : index + len(phrase)]) == phrase:
                out.extend(head)
                index += len(phrase)
                break
        else:
            index += 1
            if token in RATE_WORDS:
                following = toks[index] if index < len(toks) else ""
                if len(following) > 1 and following in TIME_UNITS:
                    out.append("a")
                    continue
            out.extend(equivalents().get(token, (token,)))
    _last_rewrite = (toks, out)
    return out


def rewritten_words(toks: list[str]) -> frozenset[str]:
    """The words of a key that `rewrite` makes another word, alone (`head` → `boss`) or in a
    phrase (`high` of `high school`): a slip of one (`haed`, `hihg`) is mended before the
    rewrite, or it would be compared with the other."""
    gone = set(toks) - set(rewrite(toks))
    return frozenset(t for t in toks if t.isalpha() and (t in gone or rewrite([t]) != [t]))


# Words a `than` follows, which a `then` after them stands for (`more then five hours`).
_BEFORE_THAN = frozenset(
    {"more", "less", "fewer", "greater", "higher", "lower", "longer", "shorter", "older",
     "younger", "bigger", "smaller", "larger", "rather", "better", "worse", "other"}
)  # fmt: skip


def than_mended(toks: list[str]) -> list[str]:
    """The typed tokens with a `then` after a comparison read as the `than` it stands for:
    the commonest slip of English spelling, which no other reading makes sense of."""
    if "then" not in toks:
        return toks
    return [
        "than" if token == "then" and at and toks[at - 1] in _BEFORE_THAN else token
        for at, token in enumerate(toks)
    ]


def slips_mended(toks: list[str], words: frozenset[str]) -> list[str]:
    """The typed tokens with each slip of one of `words` (`Straits Inverted Haed` for the
    key's `Head`) written as that word, so that `rewrite` reads both alike."""
    if not words:
        return toks
    mended = []
    for token in toks:
        slip_of = (
            next((w for w in words if same_word(token, w) == CLOSE), None)
            if token not in words and token.isalpha()
            else None
        )
        mended.append(slip_of or token)
    return mended


_skeletons: dict[str, str] = {}
_HARD_C = re.compile(r"c(?![hiey])")
_SKELETON_RULES = (
    ("tch", "ch"),
    ("zh", "j"),  # French and English spellings of Russian names: Tchaikovsky, Chaykovsky
    ("sch", "sh"),
    ("kh", "h"),
    ("ck", "k"),
    ("q", "k"),  # Arabic qaf written either way: Qalamsha, Kalamsha; Iraq, Irak
    ("ph", "f"),
    ("w", "v"),
    ("j", "y"),
    ("ou", "u"),
    ("x", "ks"),
    ("y", "i"),
    ("ie", "i"),
    ("z", "s"),  # Zadornov, Sadornow
    ("oe", "o"),  # ö, ø and å written out: Hoefn for Höfn, Haakon for Håkon
    ("aa", "a"),
)


def skeleton(word: str) -> str:
    """A spelling-neutral form: transliterations of a name share one skeleton.

    `Tchaikovsky`, `Chaykovskiy` and `Chaikovski` all become `chaikovski`; `Volodimir`
    and `Volodymyr` become `volodimir`.
    """
    cached = _skeletons.get(word)
    if cached is not None:
        return cached
    result = _HARD_C.sub("k", word)  # Eric, Erik; but not Chekhov, cease, Cyprus
    for old, new in _SKELETON_RULES:
        result = result.replace(old, new)
    collapsed: list[str] = []
    for char in result:
        if not collapsed or collapsed[-1] != char:
            collapsed.append(char)
    result = "".join(collapsed)
    if len(_skeletons) < 200_000:
        _skeletons[word] = result
    return result


EXACT = 0
CLOSE = 1
# Australia → Australian(s), Syria → Syrian, Ukraine → Ukrainian, Kyiv → Kyivan.
_DEMONYM_ENDINGS = frozenset({"n", "ns", "an", "ans", "ian", "ians", "ean", "eans"})
_matches: dict[tuple[str, str], int | None] = {}


def allowed_typos(length: int) -> int:
    """Edits a teacher forgives in a word of this length: none in short words."""
    if length <= 4:
        return 0
    if length <= 9:
        return 1
    return 2


def same_word(typed: str, key: str) -> int | None:
    """EXACT, CLOSE (a typo or another spelling) or None (a different word).

    Words that carry a fact on their own (number words, negations, qualifiers
    such as `vice`) are never fuzzed: `sixteen` is not a typo of `sixty`.
    """
    if typed == key:
        return EXACT
    pair = (typed, key)
    if pair in _matches:
        return _matches[pair]
    result = _compare(typed, key)
    if len(_matches) < 200_000:
        _matches[pair] = result
    return result


_NEGATING_PREFIXES = ("in", "un", "non", "dis", "im", "il", "ir")


def negated_by_prefix(longer: str, shorter: str) -> bool:
    """`invertebrate` of `vertebrate`, `unpaid` of `paid`: a prefix that says the opposite."""
    return len(shorter) >= 4 and any(longer == prefix + shorter for prefix in _NEGATING_PREFIXES)


def _compare(typed: str, key: str) -> int | None:
    if typed.endswith("*") != key.endswith("*"):
        return None  # `II*` is another grade than `II`, not a slip of it
    if key in _POINTS and typed not in GUARDED_WORDS and _one_dropped(typed, key):
        return CLOSE  # `Nort` for North: no other point of the compass is a letter shorter
    if key in _POINTS and typed[-1:] != "s" and _one_dropped(key, typed):
        return CLOSE  # `Sourth` for South: nor is any a letter longer, but a plural
    if typed == key + "ern" and key in _COMPASS_FORMS:
        # `Northern Kinangop` for North Kinangop: one point, as a name may say it (not the
        # other way: `North East` is no `Northern` region)
        return CLOSE
    if key in _COMPASS_WORDS and _swapped(typed, key):
        return CLOSE  # `Lamu Esat`: two letters swapped make no other point
    if (
        key in GUARDED_WORDS
        and typed not in GUARDED_WORDS
        and len(key) >= _LONG_GUARDED
        and (_one_dropped(typed, key) or _swapped(typed, key))
        and (len(key) > _LONG_GUARDED or not _near_another_guarded(typed, key))
    ):
        # `actng mayor`, `retird judge`, `Marhc`: a letter left out or two swapped makes
        # no other word of the kind (`eigth` is as near `eighth` as `eight`)
        return CLOSE
    if typed in GUARDED_WORDS or key in GUARDED_WORDS:
        return None
    if any(c.isdigit() for c in typed) or any(c.isdigit() for c in key):
        return None  # a code (`Euro 6d`, `A321`): another letter or digit is another code
    if numbering_numeral(typed) and numbering_numeral(key):
        return None  # `Commission VII` for VIII: another numeral is another number
    if key in world().antonyms.get(typed, ()):
        return None  # `onshore` is no typo of `offshore`: it says the opposite
    if negated_by_prefix(typed, key) or negated_by_prefix(key, typed):
        return None  # `invertebrate` is no typo of `vertebrate`
    a, b = skeleton(typed), skeleton(key)
    if (
        a == b
        and ("ii" not in typed + key or len(key) > 4)
        # Each spelling rule takes or adds a letter or two; a word much longer that folds to
        # the same skeleton is other syllables run together (a surname and a given name typed
        # as one word, `zh`, `j`, `y` and `ou` folded away, can leave a short surname's).
        and abs(len(typed) - len(key)) <= 2 + len(key) // 6
    ) or demonym(typed, key):
        return CLOSE  # not `GI` for GII: in a short code, `ii` counts as a numeral does
    if known_name(typed):
        # a name of its own, not a misspelling, unless another name of the same place
        return CLOSE if same_place(typed, key) else None
    stem_a, stem_b = stem(a), stem(b)
    if len(stem_a) >= 4 and stem_a == stem_b:
        return CLOSE  # `planning` for `plan`, `forces` for `force`
    if a[:1] != b[:1] and len(b) < 10:
        return None
    budget = allowed_typos(len(key))
    if budget == 0:
        # In a short word only two letters swapped is a slip (`Rhoe` for `Hoer`).
        swapped = len(typed) == len(key) >= 4 and sorted(typed) == sorted(key)
        # Or a letter dropped from a word of four (`Koa` for Khoa, `dys` for days).
        dropped = len(key) == 4 and _one_dropped(typed, key)
        return CLOSE if (swapped and OSA.distance(typed, key) == 1) or dropped else None
    # The skeleton forgives other spellings, the typed letters plain typos: a swap
    # such as `presdient` is one edit as typed but two once `ie` is folded.
    for x, y in ((a, b), (typed, key)):
        if abs(len(x) - len(y)) <= budget and OSA.distance(x, y, score_cutoff=budget) <= budget:
            return CLOSE
    return None


_POINTS = frozenset({"north", "south", "northern", "southern", "eastern", "western"})
# Words that carry a fact are never fuzzed, but one of five letters or more with a letter
# left out or two swapped (`actng`, `retierd`, `Marhc`) is a slip where no other such word
# is that near (always from six letters).
_LONG_GUARDED = 5


def _near_another_guarded(typed: str, key: str) -> bool:
    return any(
        word != key and OSA.distance(typed, word, score_cutoff=1) <= 1 for word in GUARDED_WORDS
    )


_COMPASS_FORMS = frozenset({"north", "south", "east", "west"})
_COMPASS_WORDS = _COMPASS_FORMS | {point + "ern" for point in _COMPASS_FORMS}


def _swapped(typed: str, key: str) -> bool:
    """Two neighbouring letters of the key swapped."""
    return (
        len(typed) == len(key)
        and sorted(typed) == sorted(key)
        and OSA.distance(typed, key, score_cutoff=1) == 1
    )


def _one_dropped(typed: str, key: str) -> bool:
    """The typed word is the key with one letter after the first left out."""
    return len(typed) == len(key) - 1 and any(
        key[:at] + key[at + 1 :] == typed for at in range(1, len(key))
    )


def known_name(word: str) -> bool:
    """A place or a common surname: a word of its own, never a typo of another."""
    tables = world()
    return word in tables.place_words or word in tables.surnames


def same_place(typed: str, key: str) -> bool:
    """`Geneve` or `Genf` for `Geneva`: two names of one place."""
    places = world().place_by_name.get((key,), ())
    return any((typed,) in place.names for place in places)


def demonym(typed: str, key: str) -> bool:
    """`Polish` for `Poland`, `Australians` for `Australia`: the place's own adjective."""
    tables = world()
    for adjective, name in ((typed, key), (key, typed)):
        places = tables.place_by_demonym.get(adjective, ())
        if any((name,) in place.names for place in places):
            return True
    short, long = (typed, key) if len(typed) < len(key) else (key, typed)
    if (short,) not in tables.place_by_name or len(short) < 4:
        return False
    base = short[:-1] if short[-1] in "aeiouy" else short
    rest = long[len(base) :] if long.startswith(base) else None
    return rest in _DEMONYM_ENDINGS


_SUFFIXES = ("ing", "ed", "es", "li", "s")  # on skeletons: `-ly` is `-li`


def stem(word: str) -> str:
    """The word less a common ending (`planning` → `plann`), for comparing forms."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word
