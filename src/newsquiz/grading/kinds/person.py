"""People: the surname is enough; titles, posts and descriptions are ignored; spellings
and typos forgiven.

Which word is the surname is read from the article (`Lai said` makes `Lai` the surname
of `Lai Wenhua`), else from the generic table of family names written first, else it
is the last word. A first name alone is wrong, and so is any other name beside the right
one (`Roe and Doe`, `Joan Roe` for Jane Roe), or a qualifier the article does not give this
person (`former`, `vice`): the answer must name this person and no one else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise, takewhile
from typing import TypeVar, cast

from rapidfuzz.distance import OSA

from newsquiz.facts.article import (
    POST_NOMINALS,
    ArticleNames,
    Person,
    age_figure,
    named_as_kin_of,
    written_family_first,
)
from newsquiz.facts.given_names import given_name_sex, same_given_name
from newsquiz.facts.memo import last_by_identity, once
from newsquiz.facts.romanised import (
    is_romanised_family_name,
    romanised_sound,
    same_family_name,
)
from newsquiz.facts.text import tokenize
from newsquiz.facts.words import AFFILIATIONS, COMPASS, FILLERS, HONORIFICS
from newsquiz.facts.world import organisations_in, places_in, world
from newsquiz.grading.kinds import Matcher
from newsquiz.grading.kinds.common import DENIERS, Context, denied_positions, hedged, year_unsaid
from newsquiz.grading.normalize import CLOSE, EXACT, same_word
from newsquiz.grading.verdict import Verdict, correct, incorrect
from newsquiz.grading.vocab import ABBREVIATIONS, NAME_SUFFIXES, POSITIONAL

# `Gary Roe's son`: a name before a word of kinship describes the person, not names them.
_KINSHIP = frozenset(
    {"son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "widow",
     "widower", "nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter",
     "grandfather", "grandmother", "grandchild", "grandchildren", "stepfather", "stepmother",
     "stepson", "stepdaughter", "partner", "fiancee", "fiance", "child", "children"}
)  # fmt: skip
# Words that say whom a person is related to: `no relation to the minister`.
_RELATION = frozenset({"relation", "related", "unrelated", "relative"})
# Particles of a family name that are never a given name (`Ben`, `Ter` may be); with the
# Malay `binti` (`binte`, short `bte`) and the Arabic `bint`, `daughter of`, as `bin` is
# `son of`.
_PARTICLES = frozenset(
    {"de", "van", "von", "der", "al", "el", "bin", "da", "di", "le", "la", "du", "los", "las",
     "della", "dei", "degli", "zu", "bint", "binti", "binte", "bte"}
)  # fmt: skip

# Slavic surnames change their ending with gender: Kovalsky and Kovalska (Kovalskaya),
# Ivanov and Ivanova, Orlov and Orlova are two people, never a typo of each other.
_MASCULINE = re.compile(r"(.+(?:sk|ck|tsk))(?:iy|yy|yi|ii|ij|yj|y|i)$|(.+(?:ov|ev|in|yn))$")
_FEMININE = re.compile(r"(.+(?:sk|ck|tsk))(?:aya|aia|a)$|(.+(?:ov|ev|in|yn))a$")
# A father's name beside a full name (Ivan Petrovich Orlov, Olena Ivanivna
# Kovalska) is part of the name, not another person; alone it is not the surname.
_PATRONYMIC = re.compile(r".{3,}(?:ovich|evich|ovych|evych|ovna|evna|ivna|ichna)$")


def _stem_of(pattern: re.Pattern[str], word: str) -> str | None:
    found = pattern.match(word)
    return None if found is None else (found.group(1) or found.group(2))


_gendered: dict[tuple[str, str], bool] = {}


def gendered_form(typed: str, surname: str) -> bool:
    """`Kovalska` for `Kovalsky` (or the other way round): the same family, another person."""
    pair = (typed, surname)
    known = _gendered.get(pair)
    if known is None:
        known = _gendered_form(typed, surname)
        if len(_gendered) < 100_000:
            _gendered[pair] = known
    return known


def _gendered_form(typed: str, surname: str) -> bool:
    for masculine, feminine in ((typed, surname), (surname, typed)):
        stem_m, stem_f = _stem_of(_MASCULINE, masculine), _stem_of(_FEMININE, feminine)
        if stem_m and stem_f and same_word(stem_f, stem_m) is not None:
            return True
    return False


def patronymic(word: str) -> bool:
    return _PATRONYMIC.match(word) is not None


def _descriptive(word: str) -> bool:
    """A post, title, place or demonym: words that stand beside a name without being it."""
    tables = world()
    return (
        word in HONORIFICS
        or word in tables.post_words
        or word in tables.place_words
        or word in AFFILIATIONS
    )


_WHERE_FROM = frozenset({"of", "from"})


def name_parts(key: str, article_person: Person | None = None) -> tuple[str, list[str]]:
    """(surname, other names) of a key such as `Gen. Jane Roe`, `Roe, Jane` or
    `Xi Jinping`."""
    toks = [t for t in tokenize(key) if t[0].isalpha() or t == ","]
    if "," in toks:
        comma = toks.index(",")
        before, after = toks[:comma], toks[comma + 1 :]
        # `Roe, Jane` is surname-first; `Macron, the French president` is a description.
        toks = after + before if after and not all(_descriptive(t) for t in after) else before
    words = [t for t in toks if t != ","]
    # `Annika Berglund of Ekman Rydén`, `Sen. Jane Roe of Ohio`: after a name, `of` or `from`
    # says where the person works or comes from, and names no one (not after a post:
    # `the Bishop of York`).
    cut = next(
        (
            at
            for at, word in enumerate(words)
            if word in _WHERE_FROM and at > 0 and not _descriptive(words[at - 1])
        ),
        None,
    )
    words = words[:cut] if cut is not None else words
    qualifiers = world().post_qualifiers
    # `Deputy Governor Nur Roe`: a post, and a qualifier before one, are no given names;
    # a place is, where the article gives it the person as a name (`Milan Horvat`,
    # `Ishikawa Reiko`, family name first).
    named_here = article_person.name if article_person is not None else ()
    while (
        len(words) > 1
        and words[0] not in named_here
        and (_descriptive(words[0]) or (words[0] in qualifiers and _descriptive(words[1])))
        # `Gao Yiting`: a family name written first that is also a place (`Gao`, Mali)
        and not written_family_first(words, _descriptive)
    ):
        words = words[1:]
    words = [w for w in words if w not in NAME_SUFFIXES] or words
    if not words:
        return "", []  # `69`: no name at all
    if article_person is not None and article_person.surname in words:
        surname = article_person.surname
    elif len(words) in (2, 3) and words[0] in world().surname_first:
        surname = words[0]
    else:
        surname = words[-1]
    return surname, [w for w in words if w != surname and w not in _PARTICLES]


def display_surname(key: str, surname: str) -> str:
    pieces = [p.strip(".,") for p in key.replace(",", " ").split()]
    for piece in pieces:
        if tokenize(piece) == [surname]:
            return piece
    return pieces[-1] if pieces else key


def _given_name(token: str, given: list[str], romanised: bool = False) -> bool:
    """A given name as written, with one slip (`Ana` for `Anna`) or shortened (`Dan`);
    of a name written family first, in another romanisation (`Chi-hun` for Ji-hoon)."""
    if romanised and any(romanised_sound(token) == romanised_sound(n) for n in given):
        return True
    for name in given:
        if same_word(token, name) is not None or same_given_name(token, name):
            return True  # `Bob` for Robert, `Mikael` for Michael: a form of the name
        if len(token) >= 3 and len(name) > len(token) and name.startswith(token):
            return True
        if len(name) >= 3 and token[:1] == name[:1] and OSA.distance(token, name) <= 1:
            return True
    return False


def _a_relation_at(toks: list[str], index: int) -> bool:
    """`the pilot's cousin`, `cousin of the pilot`, `no relation to the minister`: the post
    at `index` says whose relation the person is (or is not), not the person's own post."""
    before = toks[max(0, index - 3) : index]
    return (
        not _KINSHIP.isdisjoint(toks[index + 1 : index + 2])
        or not _RELATION.isdisjoint(before)
        or any(kin in _KINSHIP and of == "of" for kin, of in pairwise(before))
    )


# Words that may follow an age written after a name (`Hugo Amoksi, 67, the captain`).
_AFTER_A_TYPED_AGE = frozenset({"the", "a", "an", "who", "of", "from", "and", "said"})


def _typed_ages(toks: list[str], name_words: Iterable[str]) -> list[int]:
    """The ages an answer gives the person: a figure straight after a word of the name
    (`Hugo Amoksi, 67`, `(67)`), or written as one (`aged 67`, `the 67-year-old`)."""
    names = set(name_words)
    words = [t for t in toks if t != ","]
    ages = []
    for at, word in enumerate(words):
        age = age_figure(word)
        if age is None:
            continue
        after = words[at + 1 : at + 3]
        before = words[at - 1] if at else ""
        if (
            before == "aged"
            or after in (["year", "old"], ["years", "old"])
            or (before in names and (not after or after[0] in _AFTER_A_TYPED_AGE))
        ):
            ages.append(age)
    return ages


def _of_an_age(toks: list[str], index: int) -> bool:
    """`year` or `old` of `62-year-old`, `62 years old`: the words of an age after a figure."""
    if toks[index] in ("year", "years"):
        return index > 0 and toks[index - 1][:1].isdigit()
    return (
        toks[index] == "old"
        and index > 1
        and toks[index - 1] in ("year", "years")
        and toks[index - 2][:1].isdigit()
    )


# Words that offer a second name beside the first: `Roe or Doe`, `Roe/Doe`.
_JOINING = frozenset({"or", "/", "nor"})


def _joined(toks: list[str], parts: set[str]) -> list[str]:
    """`Wen hua` or `Li Ming` typed for `Wenhua` or `Liming`: one name word."""
    out: list[str] = []
    index = 0
    while index < len(toks):
        if index + 1 < len(toks) and toks[index][0].isalpha() and toks[index + 1][0].isalpha():
            pair = toks[index] + toks[index + 1]
            if (
                toks[index] not in parts
                and toks[index + 1] not in parts  # `Dr Rakoto` is no `Drrakoto`
                and toks[index] not in HONORIFICS
                and toks[index] not in DENIERS  # `not Armando` is no `Colarmando`
                and _JOINING.isdisjoint(toks[index : index + 2])  # `Hakuunsho or`: no name
                and any(same_word(pair, p) is not None for p in parts)
            ):
                out.append(pair)
                index += 2
                continue
        out.append(toks[index])
        index += 1
    return out


def _split_joined(toks: Sequence[str], names: Iterable[tuple[str, ...]]) -> list[str]:
    """`O'Briain` (folded `obriain`) for the article's `Ó Briain`: a name's particle and
    surname typed as one word are those two words."""
    pairs = {a + b: (a, b) for name in names for a, b in pairwise(name)}
    out: list[str] = []
    for token in toks:
        out.extend(pairs.get(token, (token,)))
    return out


def _bears(person: Person, surname: str) -> bool:
    """The word is this person's surname, or a later word of the name that may be one of
    two surnames (`Rojas` of Carmen Rojas Vidal). A later word must be the very word: a
    close spelling of it (`Lobos` beside `Lobo`) is another name. A family name written
    first is borne too (`Nguyen` of Nguyen Thu Ha, whom the article calls Ha)."""
    return (
        same_word(person.surname, surname) is not None
        or surname in person.name[1:]
        or (person.name[:1] == (surname,) and surname in world().surname_first)
    )


def _name_half_from_a_name(
    toks: list[str], typed: list[str], surname: str, parts: set[str], ctx: Context
) -> bool:
    """Words typed as a name, the surname and straight after it words of another of the
    article's names, the first no person's, post, title, place or body (`Qiao Lintang`,
    where Qiao Ruoxi works for Lintang Aviation; `Danforth Heritage Hospitality`, the
    company of Robert Danforth): the typed name is not the person's. (Not before the
    surname: `Lintang's Qiao` is typed so too.)"""
    if len(typed) < 2 or typed[0] != surname:
        return False
    other = typed[1]
    at = toks.index(surname)
    if toks[at + 1 : at + len(typed)] != typed[1:]:
        return False
    tables = world()
    return (
        all(word in ctx.names.proper_words and word not in parts for word in typed[1:])
        and other not in ctx.names.name_words
        and other not in tables.post_words
        and other not in HONORIFICS
        and other not in tables.place_by_demonym
        and not places_in([other])
        and not organisations_in([other])
    )


def _shared_surname(surname: str, given: list[str], ctx: Context) -> bool:
    """The article names two people by this surname, and the surname alone does not name
    the key's: `Roe` for Linda Roe, when `Roe` is Dale Roe; `Rojas` for Carmen Rojas,
    when Pedro Rojas Soto is a Rojas too."""
    bearers, bearing = _bearers(surname, ctx.names)
    if not _two_named(bearers):
        if not _two_named(bearing):
            return False
        # Only later words of a name share it: the article may still write it alone for
        # its one bearer by surname, unless it writes it alone first just after naming
        # another who bears it (`Eng. Rosa Quispe Huamán … Quispe said`).
        if not bearers or surname not in ctx.names.alone:
            return True
        first = ctx.names.named_before_alone(surname, bearing)
        return first is not None and first is not bearers[0]
    owner = ctx.names.owner_of(bearers[0].surname)
    if owner is None:
        return True
    # `Abdul Qadir Mahar` beside the Abdul Ghani Mahar the article calls Mahar: a given name
    # they share (`Abdul`) does not make the key the surname's owner; all of them must.
    return bool(given) and not all(
        _given_name(word, _with_joined(list(owner.given))) for word in given
    )


def _two_named(people: tuple[Person, ...]) -> bool:
    """Two people or more of different names (a name read twice is one person)."""
    return len({p.name for p in people}) > 1


def _surname_the_pack_accepts(surname: str, given: list[str], ctx: Context) -> str | None:
    """The word of a name that `accept` lists alone, where the name was read with it as a
    given name: the pack says it is the surname (`Kheng` of Kheng Vanna, written family
    first; `Rennie` of Tam Rennie, where a table reads `Tam` as a family name). Not
    where a table knows the word as a given name (`Elena`), the article writes the other
    word alone, someone else of the article bears it, or an accepted form writes it
    without the accepted word."""
    if len(given) != 1 or surname in ctx.names.alone or given_name_sex(given[0]) is not None:
        return None
    if len(_bearers(surname, ctx.names)[1]) > 1:
        return None  # `Dale` of Dale Roe beside Ruth Roe: the first name tells them apart
    accepted = [[t for t in tokenize(text) if t[0].isalpha()] for text in ctx.key_texts[1:]]
    if any(surname in words and given[0] not in words for words in accepted):
        return None  # `Mr Hallett` beside `Bruce`: the author accepts the first name too
    alone = {words[0] for words in accepted if len(words) == 1}
    return given[0] if alone == {given[0]} else None


def _slip_of_surname(token: str, surname: str) -> bool:
    """A word a letter or two from a surname of five letters or more, or one letter from a
    shorter one, as a hurried hand writes it (`Sinclare`, `Halverson`, `Iyar`, `Reese`):
    weighed only beside the person's own given name. A short surname written family first
    is spelt only as the romanisations' table spells it: a letter out is another family
    (`Jang` for Jung)."""
    if len(surname) < 5 and (surname in world().surname_first or token in world().surname_first):
        return False
    return (
        len(surname) >= 3
        and token[:1] == surname[:1]
        and abs(len(token) - len(surname)) <= 1  # not a suffix of its own: `Begović`, `Begić`
        and OSA.distance(token, surname) <= (2 if len(surname) >= 5 else 1)
    )


def _bearers(surname: str, names: ArticleNames) -> tuple[tuple[Person, ...], tuple[Person, ...]]:
    """The article's people whose surname this is (or a close spelling of it), and those
    who `_bears` it, in the article's order: read once per surname, as every key of it
    asks."""
    return _of_person(
        f"bearers {surname}",
        None,
        names,
        lambda: (
            tuple(p for p in names.people if same_word(p.surname, surname) is not None),
            tuple(p for p in names.people if _bears(p, surname)),
        ),
    )


def _in_any_order(people: tuple[Person, ...], words: tuple[str, ...]) -> Person | None:
    """The article's person whose name these words are in another order (`Sung-min Park`
    for Park Sung-min): the article, not the order typed, says which is the surname."""
    found = {p for p in people if sorted(p.name) == sorted(words)}
    return found.pop() if len(found) == 1 else None


def _with_joined(given: list[str]) -> list[str]:
    """`Ji-hoon` is also written `Jihoon`: a given name of two words joined."""
    joined = ["".join(given[i : i + 2]) for i in range(len(given) - 1)]
    return given + [j for j in joined if j not in given]


# Ranks below a post: `Mayor Rocha` for the deputy mayor names the mayor.
_RANKS = frozenset({"deputy", "vice", "assistant", "associate", "under", "sub", "junior"})


@last_by_identity
def _sentences_holding(
    sentences: tuple[tuple[str, ...], ...],
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The article's sentences by each word they hold. Every question of a pack reads the
    same sentences: looking a surname up, rather than reading them all for each person,
    keeps a long pack's graders linear in its size."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for sentence in sentences:
        for word in set(sentence):
            index.setdefault(word, []).append(sentence)
    return {word: tuple(held) for word, held in index.items()}


@dataclass
class _ReadOnce:
    """What has been read of an article's sentences for a name, kept while they are the
    article graded: the same people come up in question after question of a pack."""

    near: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    posts_before: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    ranked: dict[str, frozenset[str]] = field(default_factory=dict)
    short_words_before: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    post_runs: dict[tuple[str, ...], frozenset[tuple[str, ...]]] = field(default_factory=dict)
    around_name: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    described_after: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    unranked_posts: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    ranks_before: dict[tuple[str, ...], frozenset[tuple[str, ...]]] = field(default_factory=dict)
    written: dict[tuple[str, ...], tuple[tuple[tuple[str, ...], int], ...]] = field(
        default_factory=dict
    )


@last_by_identity
def _read_once(sentences: tuple[tuple[str, ...], ...]) -> _ReadOnce:
    return _ReadOnce()


_Read = TypeVar("_Read")


@last_by_identity
def _people_read(names: ArticleNames) -> dict[tuple[str, int], tuple[Person | None, object]]:
    return {}


def _of_person(
    what: str, person: Person | None, names: ArticleNames, read: Callable[[], _Read]
) -> _Read:
    """`read()`, what the article says of (or around) one person, kept while `names` is the
    article graded: a long pack has many keys per person, and each key's reading the
    article's other people again made compiling its graders grow with keys times people
    (a namesake's gender alone made a long pack's `check` quadratic). By the person's
    identity, as whether they own their surname is."""
    memo = _people_read(names)
    known = memo.get((what, id(person)))
    if known is not None and known[0] is person:
        return cast(_Read, known[1])
    found = read()
    memo[what, id(person)] = (person, found)  # the person kept: its id is not reused
    return found


def _near(surname: str, sentences: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """The words within five of each mention of the surname: what the article calls them
    (`Morita Kenji, 61, executive vice-president of`), not the sentence's other posts."""
    read = _read_once(sentences).near
    if surname not in read:
        read[surname] = tuple(
            sentence[max(0, at - 5) : at + 6]
            for sentence in _sentences_holding(sentences).get(surname, ())
            for at in _places_of(surname, sentence)
        )
    return read[surname]


def _places_of(word: str, sentence: tuple[str, ...]) -> Iterator[int]:
    """Where `word` stands in the sentence, in order. `tuple.index` finds each place
    without a step of Python per word: a long pack's people are looked up in thousands of
    sentences of thirty words that name them once or twice."""
    at = -1
    while True:
        try:
            at = sentence.index(word, at + 1)
        except ValueError:
            return
        yield at


def written_at(
    name: tuple[str, ...], sentences: tuple[tuple[str, ...], ...]
) -> tuple[tuple[tuple[str, ...], int], ...]:
    """Every place the article writes this whole name: (the sentence, where it starts). Read
    once per name: the same people come up in question after question, and every person key
    asks it of everyone else (reading again for each made a long pack's `check` quadratic)."""
    read = _read_once(sentences).written
    if name not in read:
        size = len(name)
        read[name] = tuple(
            (sentence, at)
            for sentence in (_sentences_holding(sentences).get(name[-1], ()) if name else ())
            # Each place of the last word, then the whole name ending there: the name's
            # places in order, as reading every place of the sentence gave them.
            for end in _places_of(name[-1], sentence)
            if (at := end - size + 1) >= 0 and sentence[at : end + 1] == name
        )
    return read[name]


# The posts that are ranks, one above another: a soldier's or a police officer's.
_RANK_CLASSES = frozenset({"military", "police"})
# A rank's longest form, in words (`lieutenant colonel`, `lt col`).
_LONGEST_RANK = 3


def _rank_at(toks: tuple[str, ...], at: int) -> tuple[tuple[str, ...], int] | None:
    """The military or police rank whose form starts at `at` (its words as the posts table
    writes them, and where the form ends): the longest post there, if a rank (`Inspector
    General` is a post of its own, no inspector's)."""
    tables = world()
    for size in range(_LONGEST_RANK, 0, -1):
        post = tables.post_of.get(toks[at : at + size])
        if post is not None:
            return (post, at + size) if tables.posts.get(post) in _RANK_CLASSES else None
    return None


def _ranks_in_words(toks: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """Every military or police rank the words write."""
    ranks = set()
    at = 0
    while at < len(toks):
        found = _rank_at(toks, at)
        if found is None:
            at += 1
        else:
            ranks.add(found[0])
            at = found[1]
    return frozenset(ranks)


def _ranks_before(
    name: tuple[str, ...], sentences: tuple[tuple[str, ...], ...]
) -> frozenset[tuple[str, ...]]:
    """The military and police ranks the article writes straight before this whole name.
    Read once per name: every key naming a person asks it, and reading each place the name
    is written again for every such key made a long pack's graders quadratic (a generated
    pack of 10,000 questions read its 80 names' places 2,000 times)."""
    read = _read_once(sentences).ranks_before
    if name not in read:
        read[name] = frozenset(
            found[0]
            for sentence, at in written_at(name, sentences)
            for start in range(max(0, at - _LONGEST_RANK), at)
            if (found := _rank_at(sentence, start)) is not None and found[1] == at
        )
    return read[name]


def _another_rank(
    toks: tuple[str, ...], ranks: frozenset[tuple[str, ...]], name: tuple[str, ...]
) -> str | None:
    """A rank typed that is none of the person's, nor a word of one (`Colonel` for a
    lieutenant colonel is theirs; `Major` is not), nor a word of their name or a slip in one
    (`Marshal` for Marchal)."""
    words = {word for rank in ranks for word in rank}
    for typed in _ranks_in_words(toks):
        if (
            typed not in ranks
            and not set(typed) <= words
            and not any(same_word(w, part) is not None for w in typed for part in name)
        ):
            return " ".join(typed)
    return None


def _around_name(name: tuple[str, ...], sentences: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The words within eight of each place the article writes this whole name."""
    read = _read_once(sentences).around_name
    if name not in read:
        size = len(name)
        read[name] = frozenset(
            word
            for sentence, at in written_at(name, sentences)
            for word in sentence[max(0, at - 8) : at + size + 8]
            if word[0].isalpha()
        )
    return read[name]


def _ranked_posts(texts: tuple[str, ...], surname: str | None, ctx: Context) -> frozenset[str]:
    """The posts the key, its quotes or the article's words around the person's surname give
    a rank below (`deputy mayor`, `vice-president`)."""
    found = set(_ranks_in(tuple(tokenize(text)) for text in texts))
    if surname is not None:
        read = _read_once(ctx.names.sentences).ranked
        if surname not in read:  # the same surname comes up in question after question
            read[surname] = _ranks_in(_near(surname, ctx.names.sentences))
        found |= read[surname]
    return frozenset(found)


def _ranks_in(runs: Iterable[Sequence[str]]) -> frozenset[str]:
    posts = world().post_words
    return frozenset(
        toks[i + 1]
        for toks in runs
        for i in range(len(toks) - 1)
        if toks[i] in _RANKS and toks[i + 1] in posts
    )


def _describing_runs(
    toks: list[str], proper: frozenset[str], posts: frozenset[str], qualifiers: frozenset[str]
) -> set[int]:
    """Positions of the article's proper words after `of`/`at`/`from`/`in` (`of Lima &
    Costa`, `from Nové Mesto`), or before a post."""
    found: set[int] = set()
    for index, token in enumerate(toks):
        if token in ("of", "at", "from", "in"):
            after = index + 1
            if after < len(toks) and toks[after] == "the":
                after += 1
            while after < len(toks) and (
                toks[after] in proper
                or (
                    toks[after] == "&" and toks[after + 1 : after + 2] and toks[after + 1] in proper
                )
            ):
                found.add(after)
                after += 1
        elif token in posts:
            before = index - 1
            while before >= 0 and (toks[before] in posts or toks[before] in qualifiers):
                before -= 1  # `executive vice-president`
            while before >= 0 and toks[before] in proper and toks[before] not in posts:
                found.add(before)
                before -= 1
    return found


def _posts_before(
    name: tuple[str, ...], sentences: tuple[tuple[str, ...], ...], posts: frozenset[str]
) -> frozenset[str]:
    """The posts the article writes just before this full name (`City Mayor Ben Roe`, and
    `Minister of Public Works, Ana Roe`, whose post runs over an `of`)."""
    read = _read_once(sentences).posts_before
    qualifiers = world().post_qualifiers  # `Deputy` before another bearer's name
    if name not in read:
        read[name] = frozenset(
            w
            for sentence, at in written_at(name, sentences)
            for w in _before_name(sentence, at)
            if (w in posts or w in qualifiers) and w not in FILLERS
        )
    return read[name]


def _posts_beside(
    name: tuple[str, ...], sentences: tuple[tuple[str, ...], ...], posts: frozenset[str]
) -> frozenset[str]:
    """The posts the article writes just before or just after this full name."""
    return _posts_before(name, sentences, posts) | _posts_after(name, sentences, posts)


def _before_name(sentence: tuple[str, ...], at: int) -> tuple[str, ...]:
    near = sentence[max(0, at - 3) : at]
    # `Minister of Food, Agriculture and Light Industry Ganzorig Batbayar`, `the Speaker of
    # the House of Representatives, Graham Roe`: a post whose portfolio runs over several
    # words before the name.
    posts = world().post_words
    for start in range(at - 4, max(0, at - 9), -1):
        if sentence[start] in _PORTFOLIO_LINKS and sentence[start - 1] in posts:
            return sentence[start - 1 : at]
    if "of" in near or "for" in near:  # `Commissioner for Agriculture, Dr. Fatima Bukar`
        return sentence[max(0, at - 5) : at]
    # `judges Albert Mbuyi and Grace Numbi`: a post in the plural before a list of names is
    # each one's.
    if at and sentence[at - 1] == "and":
        for start in range(at - 2, max(-1, at - 8), -1):
            word = sentence[start]
            if word in posts and word.endswith("s") and word[:-1] in posts:
                return (*sentence[start:at], word[:-1])
            if word in FILLERS and word != "and":
                break
    return near


_PORTFOLIO_LINKS = frozenset({"of", "for"})


def _post_run_at(toks: list[str], index: int, parts: set[str]) -> tuple[str, ...] | None:
    """The posts written from `index` straight up to the name (`chief judge` of `Chief Judge
    Marsh`), or None."""
    posts = world().post_words
    at = index
    while at < len(toks) and toks[at] in posts:
        at += 1
    return tuple(toks[index:at]) if at > index and at < len(toks) and toks[at] in parts else None


def _a_post_above(run: tuple[str, ...] | None, described: set[str] | frozenset[str]) -> bool:
    """`Chief Inspector Roe` for the article's Insp. Roe: a post of several words typed,
    ending in the post the article gives, the words before it making it another post (not
    `Chief Executive Officer` for a chief executive, which ends elsewhere)."""
    if run is None or len(run) < 2 or described.issuperset(run):
        return False
    full = world().post_of.get(run)
    if full is None or len(full) < 2 or described.issuperset(full):
        return False
    return run[-1] in described or full[-1] in described


def _post_runs(
    name: tuple[str, ...], sentences: tuple[tuple[str, ...], ...]
) -> frozenset[tuple[str, ...]]:
    """The runs of post words the article writes straight before this whole name. Read once
    per name: every person key of a pack asks it of everyone else."""
    read = _read_once(sentences).post_runs
    if name in read:
        return read[name]
    posts = world().post_words
    runs: set[tuple[str, ...]] = set()
    for sentence, at in written_at(name, sentences):
        start = _post_run_start(sentence, at, posts)
        if start < at:
            runs.add(tuple(sentence[start:at]))
    read[name] = frozenset(runs)
    return read[name]


def _unranked_posts(
    name: tuple[str, ...], sentences: tuple[tuple[str, ...], ...]
) -> frozenset[str]:
    """The posts the article writes straight before this whole name with no rank below
    before them (`Governor` of `Governor Balázs Kerekes`, not of `Deputy Governor …`)."""
    read = _read_once(sentences).unranked_posts
    if name in read:  # every person key of a pack asks it of the same few names
        return read[name]
    posts = world().post_words
    found: set[str] = set()
    for sentence, at in written_at(name, sentences):
        start = _post_run_start(sentence, at, posts)
        if start < at and (start == 0 or sentence[start - 1] not in _RANKS):
            found.update(sentence[start:at])
    read[name] = frozenset(found)
    return read[name]


def _post_run_start(sentence: tuple[str, ...], at: int, posts: frozenset[str]) -> int:
    """Where the run of up to three post words straight before `at` begins (`at` if none)."""
    start = at
    while start > 0 and sentence[start - 1] in posts and at - start < 3:
        start -= 1
    return start


def _post_nominals_of_namesakes(person: Person, ctx: Context) -> frozenset[str]:
    """The letters the article writes after a namesake's whole name (`Sipho Dlamini SC`)
    and never after this person's."""

    def after(name: tuple[str, ...]) -> set[str]:
        return {
            sentence[at + len(name)]
            for sentence, at in written_at(name, ctx.names.sentences)
            if at + len(name) < len(sentence) and sentence[at + len(name)] in POST_NOMINALS
        }

    theirs = {w for p in _namesakes(person, ctx.names) for w in after(p.name)}
    return frozenset(theirs - after(person.name)) if theirs else frozenset()


def _short_words_before(
    name: tuple[str, ...], sentences: tuple[tuple[str, ...], ...]
) -> frozenset[str]:
    """The short words (two to four letters) the article writes straight before this whole
    name."""
    read = _read_once(sentences).short_words_before
    if name not in read:
        read[name] = frozenset(
            word
            for sentence, at in written_at(name, sentences)
            if at > 0
            for word in (sentence[at - 1],)
            if 2 <= len(word) <= 4 and word.isalpha() and word not in FILLERS
        )
    return read[name]


@last_by_identity
def _named_words(names: ArticleNames) -> frozenset[str]:
    """The article's name words that name somebody: the same for every person key of a pack,
    so read once per article rather than over all its people for each key. A post the
    article's reader took for a name (`Health Minister`) names no one else."""
    posts = world().post_words
    real_names = {
        w
        for p in names.people
        if p.surname not in posts and not _a_place_by_its_name(p.name)
        for w in p.name
        if w not in posts
    }
    return frozenset(names.name_words & real_names)


def _a_place_by_its_name(name: tuple[str, ...]) -> bool:
    """Two words the article's reader took for a person that name a place: a point of the
    compass after a word no given name (`Ayawaso North`), or a place's qualifier first
    (`Upper West`, `North Canterbury`)."""
    if len(name) != 2:
        return False
    first, last = name
    return first in POSITIONAL or (last in COMPASS and given_name_sex(first) is None)


_KEPT_AFTER_SERVICE = frozenset({"military", "honorific"})


def _same_stem(one: str, other: str) -> bool:
    """Two words of one stem (`leader`, `leads`; `governor`, `governs`)."""
    shared = next(
        (at for at, (a, b) in enumerate(zip(one, other, strict=False)) if a != b),
        min(len(one), len(other)),
    )
    return shared >= max(4, min(len(one), len(other)) - 2)


def _posts_straight_before_others(person: Person, names: ArticleNames) -> frozenset[str]:
    """The posts the article writes straight before other people's whole names
    (`Professor Henrik Aagaard`), abbreviations by their full forms. Read once per person."""

    def read() -> frozenset[str]:
        found: set[str] = set()
        for other in names.people:
            if other is person or len(other.name) < 2:
                continue
            found |= _posts_straight_before(other, names)
        return frozenset(found - world().post_qualifiers)

    return _of_person("posts straight before others", person, names, read)


def _posts_straight_before(person: Person, names: ArticleNames) -> frozenset[str]:
    """The posts the article writes straight before this person's whole name, abbreviations
    by their full forms. Read once per person: each other person's reading of the posts
    before everyone else's name unites these, where reading every other person's places
    again for each person grew with people times the article's length."""

    def read() -> frozenset[str]:
        tables = world()
        found: set[str] = set()
        for sentence, at in written_at(person.name, names.sentences):
            word = sentence[at - 1] if at else ""
            # A title, as the article capitalises it (not `UP leader Jordi Vidal`).
            # (A rank is kept after service: `Gen. Roe` of a retired general.)
            if (
                word in tables.post_words
                and word in names.proper_words
                and word not in HONORIFICS
                and tables.posts.get(tables.post_of.get((word,), (word,)))
                not in _KEPT_AFTER_SERVICE
            ):
                found.update((word, *tables.post_of.get((word,), ())))
            post = _post_of_place_before(sentence, at, names.proper_words)
            if post is not None and post not in HONORIFICS:
                found.add(post)  # `The Mayor of Wexcombe, Councillor Daniel Reeve`
        return frozenset(found)

    return _of_person("posts straight before", person, names, read)


def _post_of_place_before(sentence: tuple[str, ...], at: int, proper: frozenset[str]) -> str | None:
    """The post of `The Mayor of Wexcombe, Councillor Daniel Reeve`: a capitalised post,
    then `of` and names up to the whole name at `at`."""
    posts = world().post_words
    start = at
    while start > 0 and at - start < 4 and sentence[start - 1] in proper:
        start -= 1
    if start >= 2 and sentence[start - 1] == "of":
        word = sentence[start - 2]
        if word in posts and word in proper:
            return word
    return None


def _titles_of_others(person: Person, ctx: Context) -> frozenset[str]:
    """The titles the article writes in capitals straight before other people's whole names
    (`GM`, `WGM`, `MCA`)."""
    return _of_person("titles", person, ctx.names, lambda: _read_titles_of_others(person, ctx))


def _read_titles_of_others(person: Person, ctx: Context) -> frozenset[str]:
    found: set[str] = set()
    for other in ctx.names.people:
        if other is person or len(other.name) < 2:
            continue
        found |= _short_words_before(other.name, ctx.names.sentences)
    return frozenset(w for w in found if w in ctx.names.capitals and w not in HONORIFICS)


def _posts_of_namesakes(
    person: Person, ctx: Context, posts: frozenset[str], own: bool = False
) -> frozenset[str]:
    """Posts the article gives another bearer of the surname and not this person: `Mayor
    Roe` names the mayor, not the governor Roe. With `own`, the other way round: the posts
    that tell this person from the namesakes (`Commissioner Roe`)."""
    namesakes = _namesakes(person, ctx.names)
    if not namesakes:
        if own:
            return frozenset()
        return _of_person(
            "bare namesake posts",
            person,
            ctx.names,
            lambda: _posts_of_a_bare_namesake(person, ctx, posts),
        )
    sentences = ctx.names.sentences
    theirs = set().union(*(_posts_beside(p.name, sentences, posts) for p in namesakes))
    mine = _posts_beside(person.name, sentences, posts)
    return frozenset(mine - theirs if own else theirs - mine)


def _posts_of_a_bare_namesake(
    person: Person, ctx: Context, posts: frozenset[str]
) -> frozenset[str]:
    """`Senator Roe did not vote`, where the article's Dana Roe is a representative: a post
    written only before the bare surname, never beside this person's whole name, where the
    article gives them another, names someone else."""
    sentences = ctx.names.sentences
    mine = _posts_beside(person.name, sentences, posts)
    if not mine:
        return frozenset()
    surname = person.surname
    post_of = world().post_of
    bare = {
        sentence[at - 1]
        for sentence in _sentences_holding(sentences).get(surname, ())
        for at, word in enumerate(sentence)
        if word == surname
        and at > 0
        and sentence[at - 1] in posts
        and sentence[at - 1] not in FILLERS
        and sentence[at - 1] not in HONORIFICS  # `Ms Bevan`: how anyone may be called
        # a post of its own (`Senator`), not a word of a longer one (`Group` of Group
        # Captain, in `head of the Acme Group, Roe said…`, commas dropped)
        and (sentence[at - 1],) in post_of
        # not the whole name written family name first (`Chairman Kim Dong-hyun`)
        and tuple(sentence[at : at + len(person.name)]) != person.name
    }
    owned = mine | {full for w in mine for full in post_of.get((w,), ())}
    return frozenset(w for w in bare - owned if not set(post_of.get((w,), ())) & owned)


def _namesakes(person: Person, names: ArticleNames) -> list[Person]:
    """The article's other people of this person's surname."""
    return [p for p in names.people if p is not person and p.surname == person.surname]


def _qualifiers_of_others(person: Person, ctx: Context, posts: frozenset[str]) -> frozenset[str]:
    """The post qualifiers (`deputy`, `vice`) the article writes just before other people's
    whole names and never beside this person's, where it gives this person a post."""
    sentences = ctx.names.sentences
    qualifiers = world().post_qualifiers
    # The posts and qualifiers after the name, without joining the two tables for each key.
    after = _described_after(person.name, sentences)
    own = _posts_before(person.name, sentences, posts) | (after & posts) | (after & qualifiers)
    # `Morita Kenji, 61, executive vice-president`; `a former provincial administrator`
    if own <= qualifiers:
        return frozenset()
    theirs = _of_person(
        "qualifiers",
        person,
        ctx.names,
        lambda: {
            w
            for p in ctx.names.people
            if p is not person and len(p.name) >= 2
            # Read once per name whatever `posts` (always the table's post words).
            for w in _posts_before(p.name, sentences, posts)
            if w in qualifiers
        },
    )
    return frozenset(theirs - own)


def _honorifics_alone(surname: str, names: ArticleNames) -> dict[tuple[str, ...], frozenset[str]]:
    """The honorifics the article writes before the surname alone (`Ms Naidu said`), by the
    bearer it named whole last before them: whom `Ms Naidu` means. Read once per surname."""

    def read() -> dict[tuple[str, ...], frozenset[str]]:
        bearers = [p for p in _bearers(surname, names)[0] if len(p.name) >= 2]
        found: dict[tuple[str, ...], set[str]] = {}
        ends = {p.name[-1] for p in bearers}
        last: tuple[str, ...] | None = None
        for sentence in _sentences_holding(names.sentences).get(surname, ()):
            for at, word in enumerate(sentence):
                whole = (
                    next((p.name for p in bearers if _whole_at(sentence, at, p.name)), None)
                    if word in ends
                    else None
                )
                if whole is not None:
                    last = whole
                elif word == surname and at and sentence[at - 1] in HONORIFICS and last:
                    found.setdefault(last, set()).add(sentence[at - 1])
        return {name: frozenset(words) for name, words in found.items()}

    return _of_person(f"honorifics alone {surname}", None, names, read)


def _portfolio_words_of_others(person: Person, ctx: Context) -> frozenset[str]:
    """The words of a post's portfolio (`transport` of `Transport Minister Miguel Pereira`)
    the article writes in the few words before a namesake's whole name, or straight before
    anyone's post of the kind this person holds, and never before this person's name."""
    names = ctx.names

    def read() -> frozenset[str]:
        namesakes = _namesakes(person, names)

        post_words = world().post_words

        def before(name: tuple[str, ...]) -> set[str]:
            # A name's word, or any word straight before a post (`launch director`).
            return {
                sentence[i]
                for sentence, at in written_at(name, names.sentences)
                for i in range(max(0, at - 4), at)
                if sentence[i] not in FILLERS
                and (sentence[i] in names.proper_words or sentence[i + 1] in post_words)
            }

        theirs = set().union(*(before(p.name) for p in namesakes if len(p.name) >= 2))
        # Anyone's portfolio straight before their post (`Environment Minister Arunas Roe`),
        # where this person holds another post of that kind (`Transport Minister Grigas`).
        own_posts = {s[at - 1] for s, at in written_at(person.name, names.sentences) if at}
        theirs |= {
            portfolio
            for other in names.people
            if other is not person and len(other.name) >= 2
            for post, portfolio in _portfolios_before(other, names)
            if post in own_posts
        }
        return frozenset(theirs - before(person.name) - post_words - set(person.name))

    # Read once per person: every key naming them asks it (see `_of_person`).
    return _of_person("portfolio words of others", person, names, read)


def _portfolios_before(person: Person, names: ArticleNames) -> frozenset[tuple[str, str]]:
    """Each post the article writes straight before this person's whole name with the
    capitalised word before it (`minister`, `transport` of `Transport Minister Miguel
    Pereira`). Read once per person: every other person's portfolio words look these up,
    where reading each name's places again for each person grew with people times the
    article's length."""
    post_words = world().post_words

    def read() -> frozenset[tuple[str, str]]:
        return frozenset(
            (sentence[at - 1], sentence[at - 2])
            for sentence, at in written_at(person.name, names.sentences)
            if at >= 2
            and sentence[at - 1] in post_words
            and sentence[at - 2] in names.proper_words
            and sentence[at - 2] not in FILLERS
        )

    return _of_person("portfolios before", person, names, read)


def _whole_at(sentence: tuple[str, ...], at: int, name: tuple[str, ...]) -> bool:
    """The whole name ends at `at` (where its surname is)."""
    start = at - len(name) + 1
    return start >= 0 and sentence[start : at + 1] == name


def _honorifics_of_namesakes(
    person: Person, ctx: Context, not_theirs: frozenset[str], own: bool = False
) -> frozenset[str]:
    """The honorifics that name another bearer of this surname: those the article writes
    before a namesake's whole name and never before this one's (`Dr.`), and those of a
    namesake's gender where the article says theirs and not this person's (`Mr`). With
    `own`, the other way round: the honorifics that tell this person from the namesakes."""
    namesakes = _namesakes(person, ctx.names)
    if not namesakes:
        return frozenset()
    sentences = ctx.names.sentences
    alone = _honorifics_alone(person.surname, ctx.names)
    mine = _short_words_before(person.name, sentences) | alone.get(person.name, frozenset())
    theirs = {
        w
        for p in namesakes
        for w in _short_words_before(p.name, sentences) | alone.get(p.name, frozenset())
    }
    if own:
        # `Dr Castell` where only she is Dr.; `Ms Castell` where the other Castell is a man.
        telling = {w for w in mine - theirs if w in HONORIFICS}
        unlike = [_not_of_their_gender(p, ctx) for p in namesakes]
        if all(unlike):
            telling |= frozenset.intersection(*unlike) - not_theirs
        return frozenset(telling)
    found = {w for w in theirs - mine if w in HONORIFICS}
    if not not_theirs:  # this person's gender unknown: a namesake's own honorifics name them
        for p in namesakes:
            other_not = _not_of_their_gender(p, ctx)
            if other_not:  # the namesake's gender is known
                found |= (_FEMININE_HONORIFICS | _MASCULINE_HONORIFICS) - other_not
    return frozenset(found - not_theirs)


def _shared_honorifics(person: Person, ctx: Context, not_theirs: frozenset[str]) -> frozenset[str]:
    """The honorifics of this person's sex that fit a namesake the article shows to be of
    the same sex."""
    fitting = (_FEMININE_HONORIFICS | _MASCULINE_HONORIFICS) - not_theirs
    shared: set[str] = set()
    for namesake in _namesakes(person, ctx.names):
        if not HONORIFICS.isdisjoint(_short_words_before(namesake.name, ctx.names.sentences)):
            continue  # `Dr Sara Lund`: the article's title for her, so `Ms Lund` is the other
        theirs_not = _not_of_their_gender(namesake, ctx)
        if theirs_not and not _named_otherwise(namesake, theirs_not):
            shared |= fitting - theirs_not
    return frozenset(shared)


def _named_otherwise(person: Person, not_theirs: frozenset[str]) -> bool:
    """The person's given name is nearly always borne by the other sex than the article's
    pronouns read (`Dr Grace Osei, … who is his wife`: `his` is her husband's)."""
    sex = given_name_sex(person.given[0]) if person.given else None
    return (sex == "f" and not_theirs <= _FEMININE_HONORIFICS) or (
        sex == "m" and not_theirs <= _MASCULINE_HONORIFICS
    )


# Words that end the description written after a name (`Eva Mulder, 29, a PR councillor`).
_END_OF_APPOSITION = frozenset({"said", "says", "told", "who", "which", "and", "but", "was", "is"})


def _posts_after(
    name: tuple[str, ...], sentences: tuple[tuple[str, ...], ...], posts: frozenset[str]
) -> frozenset[str]:
    """The posts the article writes in the few words after this full name, before any verb
    (`Eva Mulder, 29, a PR councillor, …`)."""
    return _described_after(name, sentences) & posts


def _described_after(
    name: tuple[str, ...], sentences: tuple[tuple[str, ...], ...]
) -> frozenset[str]:
    """The words, fillers apart, of the few after each place the article writes this full
    name, before any verb: what `_posts_after` keeps the posts of. Read once per name, as
    callers ask with different posts: every person key asks it of each namesake."""
    read = _read_once(sentences).described_after
    if name not in read:
        found: set[str] = set()
        for after in _words_after(name, sentences):
            for word, following in pairwise((*after, "")):
                # `the skipper's uncle` (its `'s` dropped): the skipper is someone else.
                if word not in FILLERS and following not in _KINSHIP:
                    found.add(word)
        read[name] = frozenset(found)
    return read[name]


def _words_after(
    name: tuple[str, ...], sentences: tuple[tuple[str, ...], ...]
) -> Iterator[tuple[str, ...]]:
    """The few words after each place the article writes this full name, before any verb
    (`Rosendo Apaza, 71, the skipper's uncle, was fined`: 71, the, skipper, uncle)."""
    for sentence, at in written_at(name, sentences):
        after = sentence[at + len(name) : at + len(name) + 6]
        yield tuple(takewhile(lambda word: word not in _END_OF_APPOSITION, after))


def _kin_after(
    name: tuple[str, ...], sentences: tuple[tuple[str, ...], ...]
) -> dict[str, frozenset[str]]:
    """Whose relative the article says this person is, in the few words after the full name
    (`Rosendo Apaza, 71, the skipper's uncle`: skipper, {uncle})."""
    found: dict[str, set[str]] = {}
    for after in _words_after(name, sentences):
        for word, kin in pairwise(after):
            if kin in _KINSHIP and word not in FILLERS:
                found.setdefault(word, set()).add(kin)
    return {word: frozenset(kins) for word, kins in found.items()}


def _another_kin(toks: list[str], own: dict[str, frozenset[str]]) -> str | None:
    """A relation typed of someone the article makes this person another relative of
    (`the skipper's brother` where it says uncle): the article's, as it writes it."""
    plain = [t for t in toks if t not in _ARTICLES]
    typed = [
        *pairwise(plain),
        *((w, k) for k, of, w in zip(plain, plain[1:], plain[2:], strict=False) if of == "of"),
    ]
    for word, kin in typed:  # `the skipper's brother`, `brother of the skipper`
        kins = own.get(word)
        if kin in _KINSHIP and kins and kin not in kins:
            return f"{word}'s {min(kins)}"
    return None


_ARTICLES = frozenset({"the", "a", "an"})


@cache
def _post_forms_by_first_word() -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """Every form of every post (`lt col`) with the post's words, by the form's first word:
    a person is described by a few words, and only the forms they begin are read."""
    by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for form, full in world().post_of.items():
        by_first.setdefault(form[0], []).append((form, full))
    return {first: tuple(forms) for first, forms in by_first.items()}


# Honorifics and pronouns by gender: `Mr Hollis` is not the Mrs Hollis the key names, nor
# the speaker of `Who said … in her corridor?`.
_FEMININE_HONORIFICS = frozenset({"mrs", "ms", "miss", "madam", "madame", "mme", "lady", "dame"})
_MASCULINE_HONORIFICS = frozenset({"mr", "mister", "sir", "lord", "monsieur"})
_FEMININE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
_MASCULINE_PRONOUNS = frozenset({"he", "him", "his", "himself"})


# Nouns that say a person's sex (`A spokeswoman, Laura Bentley`); words used of anyone
# (`chairman`, `actor`, `host`) are left out. Not read from the question: its words come
# with their synonyms (`spokeswoman`, `spokesman`), so they would say both.
_FEMININE_NOUNS = frozenset(
    {"spokeswoman", "chairwoman", "businesswoman", "congresswoman", "councilwoman",
     "sportswoman", "policewoman", "servicewoman", "horsewoman", "frontwoman", "actress",
     "waitress", "stewardess", "headmistress", "widow", "mother", "wife", "daughter",
     "sister", "grandmother", "granddaughter", "aunt", "niece", "queen", "princess",
     "duchess", "countess", "baroness", "nun", "girl", "woman"}
)  # fmt: skip
_MASCULINE_NOUNS = frozenset(
    {"spokesman", "businessman", "congressman", "councilman", "sportsman", "policeman",
     "serviceman", "horseman", "frontman", "headmaster", "widower", "father", "husband",
     "son", "grandfather", "grandson", "uncle", "nephew", "king", "prince", "duke",
     "baron", "monk", "boy", "man"}
)  # fmt: skip


_REGNAL = frozenset({"ii", "iii", "iv", "vi", "vii", "viii", "jr", "sr"})


def _before_a_name(toks: list[str], honorifics: frozenset[str]) -> bool:
    """One of these honorifics typed before a name (`Mr Hollis`), not after it: `the
    Conservative MS` is a member of the Senedd."""
    return any(
        token in honorifics and at + 1 < len(toks) and toks[at + 1][0].isalpha()
        for at, token in enumerate(toks)
    )


def _not_of_their_gender(person: Person | None, ctx: Context) -> frozenset[str]:
    """The honorifics of the other gender, where the article's pronouns after this person's
    whole name (`Kessler, who grew up in Leoben, said she would…`) all say one gender; none
    where they say nothing, or both."""
    if person is None or len(person.name) < 2:
        return frozenset()
    return _of_person("gender", person, ctx.names, lambda: _read_gender(person, ctx.names))


def _read_gender(person: Person, names: ArticleNames) -> frozenset[str]:
    """`_not_of_their_gender`, read from the article's sentences."""
    people = _named_words(names)
    said = _pronouns_after(person.name, names.sentences, names.name_words, people=people)
    posts = world().post_words
    if names.owner_of(person.surname) is person:
        # `Bello said he…`: the surname alone is theirs, unless another bearer's given name
        # stands before it.
        # (or a title written before another bearer's name: `Gov. Choque said she…`)
        # (or a post only another's: `Judge Jacobs wrote in her judgment`, of Judge
        # Thandeka Jacobs)
        own_posts = _posts_before(person.name, names.sentences, posts)
        others = {
            w
            for p in names.bearers(person.surname)
            if p is not person
            for w in (
                *p.given,
                *_short_words_before(p.name, names.sentences),
                *(_posts_before(p.name, names.sentences, posts) - own_posts),
            )
        }
        said |= _pronouns_after(
            (person.surname,), names.sentences, names.name_words, frozenset(others), people
        )
    # `Judge Thandeka Jacobs …` then `Judge Jacobs wrote in her judgment`: a title written
    # before this whole name and no other bearer's names this person before the surname.
    bearers = [p for p in names.bearers(person.surname) if p is not person]
    if bearers:
        theirs = {
            w
            for p in bearers
            for w in (
                *_short_words_before(p.name, names.sentences),
                *_posts_before(p.name, names.sentences, posts),
            )
        }
        mine = set(_short_words_before(person.name, names.sentences)) | set(
            _posts_before(person.name, names.sentences, posts)
        )
        # (not `Vice Minister Delgado`, where the minister's own title is `Minister`)
        not_after = frozenset(theirs) | world().post_qualifiers
        for title in mine - theirs:
            said |= _pronouns_after(
                (title, person.surname), names.sentences, names.name_words, not_after, people
            )
    said |= _sex_nouns_before(person.name, names.sentences)
    said |= _sex_nouns_after(person.name, names.sentences)
    sex = given_name_sex(person.given[0]) if person.given else None
    if not said:
        # Where the article says nothing, the given name may (`Maeve`, `Sjoerd`).
        said = {sex} if sex else said
    elif sex and sex not in said:
        # `Maurice` said to be `she`: a pronoun after a surname two people share, read as
        # this one's, against the given name: the name is surer.
        said = {sex}
    if said == {"f"}:
        return _MASCULINE_HONORIFICS
    if said == {"m"}:
        return _FEMININE_HONORIFICS
    return frozenset()


def _sex_nouns_before(name: tuple[str, ...], sentences: tuple[tuple[str, ...], ...]) -> set[str]:
    """The sex the nouns just before this whole name say (`A spokeswoman, Laura Bentley`)."""
    found: set[str] = set()
    for sentence, at in written_at(name, sentences):
        before = set(sentence[max(0, at - 3) : at])
        if not before.isdisjoint(_FEMININE_NOUNS):
            found.add("f")
        if not before.isdisjoint(_MASCULINE_NOUNS):
            found.add("m")
    return found


# Words that end the head of a description set after a name (`the mother of three`), and
# those that may follow it (`the cooperative's chairwoman, told reporters`): the article's
# sentences are read without their commas.
_DESCRIPTION_ENDS = frozenset({"of", "to", "for", "with", "at", "in", "from", "on", "by"})
_AFTER_A_DESCRIPTION = frozenset(
    {"said", "says", "told", "added", "who", "and", "has", "had", "was", "is", "will",
     "would", "wrote", "asked", "explained"}
)  # fmt: skip


def _sex_nouns_after(name: tuple[str, ...], sentences: tuple[tuple[str, ...], ...]) -> set[str]:
    """The sex the noun of a description set after this whole name says (`Rehema Saidi,
    54, the cooperative's chairwoman, told…`): the description's last word, past an age,
    before a preposition (not `Roe, a friend of the widow`) or what follows a description."""
    found: set[str] = set()
    for sentence, at in written_at(name, sentences):
        start = at + len(name)
        if start < len(sentence) and sentence[start].isdigit():
            start += 1  # `, 54,`: the age
        if start >= len(sentence) or sentence[start] not in {"the", "a", "an"}:
            continue  # (`Roe, whose husband…`)
        head = sentence[start + 1 : start + 6]
        for at_word, word in enumerate(head):
            after = head[at_word + 1] if at_word + 1 < len(head) else None
            if word in _DESCRIPTION_ENDS:
                break
            if after is not None and after not in _AFTER_A_DESCRIPTION | _DESCRIPTION_ENDS:
                continue
            if word in _FEMININE_NOUNS:
                found.add("f")
            if word in _MASCULINE_NOUNS:
                found.add("m")
            break
    return found


@last_by_identity
def _following(sentences: tuple[tuple[str, ...], ...]) -> dict[int, tuple[str, ...]]:
    """Each sentence's next one, by identity: read once per article, not per person."""
    return {id(one): after for one, after in pairwise(sentences)}


# How far after a name its pronoun is read (20 made as many mistakes as it mended).
_PRONOUN_REACH = 16


def _pronouns_after(
    name: tuple[str, ...],
    sentences: tuple[tuple[str, ...], ...],
    name_words: frozenset[str],
    not_after: frozenset[str] = frozenset(),
    people: frozenset[str] = frozenset(),
) -> set[str]:
    """The gender of the first pronoun after each place the article writes this name (not
    after a word of `not_after`), in the same sentence and before any other person's name;
    not where a word of another person's name (of `people`) stands before it in the sentence:
    `Doe's solicitor, Jane Roe, said he…` and `Doe asked Roe … she` speak of the
    first."""
    found: set[str] = set()
    following = _following(sentences)
    post_words = world().post_words
    for sentence, at in written_at(name, sentences):
        if at and sentence[at - 1] in not_after:
            continue
        if any(w in people and w not in name for w in sentence[:at]) or not _OWNERS.isdisjoint(
            sentence[max(0, at - 6) : at]
        ):
            continue  # (`His solicitor, Jane Roe, said he…`: the owner's pronoun)
        if named_as_kin_of(sentence[: at + len(name)], name):
            continue  # `Huw Roe, no relation to the trust's Sioned Roe, … He said`: his
        # The rest of the sentence, then the next one's opening word (`… Bello said. He…`).
        after = sentence[at + len(name) : at + len(name) + _PRONOUN_REACH]
        if "who" in after:
            # `Ernesto Roe, a 58-year-old farmer who climbed onto the roof … with his wife`:
            # the clause that describes them runs to the end of the sentence.
            after = sentence[at + len(name) :]
        next_one = following.get(id(sentence), ())
        # (not a quote's opening pronoun: `"She is not going anywhere," Castillo said`)
        opening = () if _a_quote_given_to_a_name(next_one, name_words) else next_one[:1]
        gender = _first_gender((*after, *opening), name, name_words)
        if gender is None:
            gender = _possessive_opening(sentence, at, len(name), name_words)
        # (`said Dr. Choi Mi-rae`: the verb of speech before the name's title too)
        titled_from = at
        while titled_from > 0 and (
            sentence[titled_from - 1] in HONORIFICS or sentence[titled_from - 1] in post_words
        ):
            titled_from -= 1
        speaks = not _SPEECH.isdisjoint(after) or (
            titled_from > 0 and sentence[titled_from - 1] in _SPEECH
        )
        if gender is None and speaks and not any(w in name_words for w in after):
            # `Vámos, 47, said the dissenters had argued "…". "That is fair," she said.`:
            # a quote the next sentence gives to a pronoun is the speaker's just named.
            gender = _speaker_gender(next_one, name, name_words)
        if gender is not None:
            found.add(gender)
    return found


# Possessive pronouns: a name described as someone's (`his solicitor, Jane Roe`).
_OWNERS = frozenset({"his", "her"})


def _a_quote_given_to_a_name(sentence: tuple[str, ...], name_words: frozenset[str]) -> bool:
    """A sentence ending `… Castillo said`: the words before are a quote, whose pronouns
    are of whatever the speaker speaks of."""
    return len(sentence) > 4 and sentence[-1] in _SPEECH and sentence[-2] in name_words


def _possessive_opening(
    sentence: tuple[str, ...], at: int, length: int, name_words: frozenset[str]
) -> str | None:
    """The gender of the possessive in a short opening phrase that the name, as the one who
    speaks or finds, straight follows (`In her 112-page judgment, Kamau found…`): a writer
    names the subject after the phrase that looks ahead to them."""
    opening = sentence[1:at]
    if (
        not 2 <= at <= 7
        or sentence[0] not in _OPENING_PREPOSITIONS
        or any(w in name_words for w in opening)
    ):
        return None
    if sentence[at + length : at + length + 1] and sentence[at + length] not in _REPORTING:
        return None
    feminine, masculine = "her" in opening, "his" in opening
    if feminine == masculine:
        return None
    return "f" if feminine else "m"


_OPENING_PREPOSITIONS = frozenset(
    {"in", "during", "after", "at", "on", "throughout", "with", "through"}
)
_REPORTING = frozenset(
    {"said", "says", "found", "finds", "wrote", "writes", "ruled", "rules", "told", "added",
     "argued", "argues", "noted", "notes", "warned", "warns", "stated", "states", "concluded",
     "described", "called", "calls", "urged", "urges", "asked", "accepted", "rejected"}
)  # fmt: skip
_PREPOSITIONS = frozenset(
    {"to", "with", "for", "about", "against", "by", "from", "of", "on", "at", "beside", "than"}
)
_SPEECH = frozenset({"said", "says", "added", "told", "asked", "replied"})


def _first_gender(
    words: Sequence[str], name: tuple[str, ...], name_words: frozenset[str]
) -> str | None:
    """The gender of the first pronoun, unless another person's name comes first."""
    padded = ("", *words, "")
    for at in range(1, len(padded) - 1):
        before, word, after = padded[at - 1], padded[at], padded[at + 1]
        if word in name_words and word not in name:
            return None  # another person's name: a pronoun past it may be theirs
        if (
            word == "him"
            or (
                word == "her"
                and before in _PREPOSITIONS
                # `left with her two dogs`: a possessive, the subject's own
                and not (after[:1].isdigit() or (after.isalpha() and after not in FILLERS))
            )
        ):
            continue  # `who is not related to him`: an object is mostly someone else
        if word in _FEMININE_PRONOUNS:
            return "f"
        if word in _MASCULINE_PRONOUNS:
            return "m"
    return None


def _speaker_gender(
    sentence: tuple[str, ...], name: tuple[str, ...], name_words: frozenset[str]
) -> str | None:
    """The gender of the pronoun a sentence naming nobody else says `said` beside."""
    if any(w in name_words and w not in name for w in sentence):
        return None
    for before, after in pairwise(sentence):
        pronoun = before if after in _SPEECH else after if before in _SPEECH else None
        if pronoun in _FEMININE_PRONOUNS:
            return "f"
        if pronoun in _MASCULINE_PRONOUNS:
            return "m"
    return None


def _other_gender_honorifics(ctx: Context) -> frozenset[str]:
    """The honorifics of the gender the key's own honorifics, or else the question's
    pronouns, say the person is not; none when they say nothing or both."""
    feminine = not _FEMININE_HONORIFICS.isdisjoint(ctx.keys)
    masculine = not _MASCULINE_HONORIFICS.isdisjoint(ctx.keys)
    if not feminine and not masculine and _named_words(ctx.names).isdisjoint(ctx.asked_tokens):
        # (`Who asked Roe whether she could go on?`: a pronoun past a name the question
        # gives may be that one's)
        feminine = not _FEMININE_PRONOUNS.isdisjoint(ctx.words)
        masculine = not _MASCULINE_PRONOUNS.isdisjoint(ctx.words)
    if feminine == masculine:
        return frozenset()
    return _MASCULINE_HONORIFICS if feminine else _FEMININE_HONORIFICS


def compile_person(key: str, ctx: Context, answer: str | None = None) -> Matcher | None:
    """A matcher for `key`; `answer` is the question's answer when `key` is a shorter
    accepted form of it (`Dr. Soomro` for Nasreen Soomro), which names that person even
    where the article gives the surname to someone else too."""
    key_words = tuple(t for t in tokenize(key) if t[0].isalpha())
    if not key_words:
        return None
    named = tuple(t for t in tokenize(answer) if t[0].isalpha()) if answer else ()
    person = (
        (ctx.names.person(named) if named else None)
        or ctx.names.person(key_words)
        or _in_any_order(ctx.names.people, key_words)
    )
    if person is None:
        split = tuple(_split_joined(key_words, (p.name for p in ctx.names.people)))
        if split != key_words:
            key, key_words = " ".join(split), split
            person = ctx.names.person(key_words)
    tables = world()
    # A post's abbreviation may be a given name's syllable (`Min` in Park Sung-min).
    # An honorific (`Mr Bukar`) names no post, so never another person of that name.
    unaccounted: set[str] = set()
    if person is not None:
        accounted = (
            person.around
            | set(person.name)
            # `Admiral Hassan` where the article writes `Adm. Karim Hassan`
            | {full for w in person.around for full in tables.post_of.get((w,), ())}
            # `Minister Numbi` where it writes `Environment Minister, Sylvie Numbi` (a post
            # written with capitals is no word `around` the name)
            | _posts_beside(person.name, ctx.names.sentences, tables.post_words)
        )
        unaccounted = {
            w
            for w in key_words
            if w in tables.post_words
            and w not in HONORIFICS
            and w not in accounted
            # `Lt. Gen. Kyriakou` where it writes `Lieutenant General Petros Kyriakou`
            and not set(tables.post_of.get((w,), ())) & accounted
        }
    if unaccounted and not (named and person is ctx.names.person(named)):
        # `Senator Roe` where the article's Roe is a representative: another person
        # of the same name, whose given name is not this key's. An accepted form of the
        # answer (`GM Levon Roe` of the grandmaster) still names the answer's person.
        person = None
    surname, own_given = name_parts(key, person)
    accepted_surname = _surname_the_pack_accepts(surname, own_given, ctx)
    if accepted_surname is not None:
        # `Kheng` accepted for Kheng Vanna: the family name is written first, and `Vanna`
        # alone is the given name (and the other way round for Tam Rennie).
        own_given = [surname, *(w for w in own_given if w != accepted_surname)]
        surname = accepted_surname
    given = _with_joined(own_given)
    # A family name written first may be romanised another way (`Pak` for Park), unless
    # that spelling is the surname of someone else the article names.
    romanised = is_romanised_family_name(surname)
    other_surnames = _of_person(
        "surnames",
        person,
        ctx.names,
        lambda: frozenset(p.surname for p in ctx.names.people if p is not person),
    ) - {surname}
    shown = display_surname(key, surname)
    parts = {surname, *given}
    if person is not None:
        parts.update(person.name)
    # The words the article writes beside this person describe them; the cited quote's
    # other words may name someone else (`Senator Roe` beside `Jane Roe`).
    namesake = person is not None and _of_person(
        "namesake",
        person,
        ctx.names,
        lambda: bool(_namesakes(person, ctx.names)),
    )
    # What is written around a shared surname may describe the other bearer (`Mette Holm,
    # NVG's former head of sales`): read around this person's whole name instead.
    around = (
        _around_name(person.name, ctx.names.sentences)
        if person is not None and namesake
        else person.around
        if person
        else frozenset()
    )
    described = around | set(key_words)
    # `Lt. Col.` in the article is `Lieutenant Colonel` typed out, and the other way round.
    by_first = _post_forms_by_first_word()
    described |= {
        w
        for first in described
        for form, full in by_first.get(first, ())
        if described.issuperset(form)
        for w in (*full, *form)
    }
    plain = (FILLERS | HONORIFICS | _PARTICLES | NAME_SUFFIXES | AFFILIATIONS) - parts
    others_named = _named_words(ctx.names) - parts
    echoes = ctx.words - plain - parts - others_named
    # What the quotes and the question say of the person, by stem (`export`).
    described_stems = tuple(
        w
        for w in (described | ctx.cited | ctx.words)
        if len(w) > 4 and w.isalpha() and w not in ctx.names.proper_words
    )

    initials = [t for t in tokenize(key) if len(t) == 1 and t.isalpha()]
    if not initials and person is not None:
        initials = [w for w in person.name if len(w) == 1]  # `T. Okonkwo` behind `Okonkwo`
    # The first letters of every name before the surname, the first given name's first:
    # `C. Zegarra` and `C. M. Zegarra` are Carlos M. Zegarra written with initials.
    given_initials = (
        [w[0] for w in person.name[: person.name.index(surname)] if w[0].isalpha()]
        if person is not None and surname in person.name
        else []
    )
    if person is not None and namesake:
        # Another bearer's rank (`Deputy Governor Derya Roe`) is not this one's: read the
        # words the article writes before this very name.
        posts_before = _posts_before(person.name, ctx.names.sentences, tables.post_words)
        ranked = _ranked_posts((key,), None, ctx) | frozenset(
            w for w in posts_before if w in tables.post_words and posts_before & _RANKS
        )
    else:
        ranked = _ranked_posts((key, *ctx.quotes), surname if person is not None else None, ctx)
    if person is not None:
        # `Governor Kerekes` where the article writes it so, though a deputy governor
        # stands near his name.
        ranked -= _unranked_posts(person.name, ctx.names.sentences)
    # Two people of the article share the surname: it alone may name the other one.
    shared = _shared_surname(surname, given, ctx)
    # A shorter accepted form (`Dr. Soomro`) is the answer's person: the surname typed
    # alone names them only if it would for the answer (not where it is Tariq Soomro's).
    # Given names this person shares with someone else the article names (`Josefa` of Ratu
    # Josefa Rokotuni and of the diver Josefa Waqa): typed alone they name neither.
    others_given = (
        _of_person(
            "given",
            person,
            ctx.names,
            lambda: (
                frozenset(person.given)
                & {g for p in ctx.names.people if p is not person for g in p.given}
            ),
        )
        if person is not None
        else frozenset()
    )
    # Two people of the article bear the surname: typed bare, it says neither, whichever
    # the article itself calls by it alone (`Price` beside Gerald Price).
    surname_of_two = _two_named(_bearers(surname, ctx.names)[0])
    bare_names_another = answer is not None and _shared_surname(
        surname, _with_joined(name_parts(answer, person)[1]), ctx
    )
    # Only given words the namesakes lack tell them apart: `Bat` of G. Bat-Erdene and
    # D. Bat-Erdene is the surname's first half, and names neither.
    namesakes = [p.given for p in _bearers(surname, ctx.names)[1] if p is not person]
    telling = (
        _with_joined([g for g in own_given if not any(g in other for other in namesakes)])
        if shared
        else given
    )
    namesakes_posts = (
        _posts_of_namesakes(person, ctx, tables.post_words) if person is not None else frozenset()
    )
    # `Transport Minister Pereira` where the finance minister is Rosa Pereira: a word of the
    # post the article writes before a namesake's name, or before anyone's post of this
    # person's kind, and never before this one's.
    others_portfolio = (
        _portfolio_words_of_others(person, ctx) if person is not None else frozenset()
    )
    own_posts = (
        _posts_of_namesakes(person, ctx, tables.post_words, own=True)
        if person is not None and shared
        else frozenset()
    )
    # A post of two words or more the article writes before another person's name, where it
    # writes another before this one's (`Chief Judge Marsh` for District Judge Alvin Marsh).
    own_runs = _post_runs(person.name, ctx.names.sentences) if person is not None else frozenset()
    others_runs: frozenset[tuple[str, ...]] = (
        _of_person(
            "runs",
            person,
            ctx.names,
            lambda: frozenset(
                run
                for p in ctx.names.people
                if p is not person
                for run in _post_runs(p.name, ctx.names.sentences)
                if len(run) >= 2
            ),
        )
        - own_runs
        if own_runs
        else frozenset()
    )
    # Titles the article writes straight before other people's names and never near this
    # one's (`GM Vikram Rao` beside `IM Rachel Feld`): typed for this person, another fact.
    others_titles = (
        frozenset(
            w
            for w in _titles_of_others(person, ctx) - described - parts
            # `Capt.` for the captain the article describes, `Gen.` for a retired general
            if not described.issuperset(tables.post_of.get((w,), (w,)))
        )
        if person is not None
        else frozenset()
    )

    accounted_posts = (
        frozenset(full for w in described for full in (w, *tables.post_of.get((w,), ())))
        | _posts_beside(person.name, ctx.names.sentences, tables.post_words)
        if person is not None
        else frozenset()
    )
    # `Professor Henrik Dalsgaard` for the mayor, where the article writes `Professor`
    # straight before another person's name and gives this one no such post.
    others_posts = (
        _posts_straight_before_others(person, ctx.names) - described - accounted_posts - ctx.words
        if person is not None
        else frozenset()
    )
    # `Deputy Governor Kerekes` for the governor, where the article writes `Deputy` before
    # other people's names and never beside this one's: a deputy and their chief.
    others_qualifiers = (
        _qualifiers_of_others(person, ctx, tables.post_words) - set(key_words)
        if person is not None
        else frozenset()
    )
    wrong_honorifics = _other_gender_honorifics(ctx) or _not_of_their_gender(person, ctx)
    # `Lt. Col. Bikash Roe`: the ranks the article (or the key) writes before this name.
    ranks = (
        _ranks_before(person.name, ctx.names.sentences) | _ranks_in_words(tuple(tokenize(key)))
        if person is not None
        else frozenset()
    )
    bearers_given = frozenset(g for p in _bearers(surname, ctx.names)[0] for g in p.given)
    # `Dr Hassan` where the article calls only the other Hassan Dr; `Mr Thomas` where the
    # other Thomas is the one the article says is a man: that names the other bearer.
    own_honorifics = (
        _honorifics_of_namesakes(person, ctx, wrong_honorifics, own=True)
        if person is not None
        else frozenset()
    )
    # `Mr Ivančić` where the article's other Ivančić is a man too: an honorific that fits
    # this person and a namesake of known sex alike tells neither apart.
    shared_honorifics = (
        _shared_honorifics(person, ctx, wrong_honorifics)
        if person is not None and wrong_honorifics
        else frozenset()
    )
    namesakes_honorifics = (
        _honorifics_of_namesakes(person, ctx, wrong_honorifics) - set(key_words) - set(named)
        if person is not None
        else frozenset()
    )
    # `Dlamini SC` where the article writes SC only after the other Dlamini, the advocate.
    namesakes_letters = (
        _of_person(
            "post-nominals", person, ctx.names, lambda: _post_nominals_of_namesakes(person, ctx)
        )
        - set(key_words)
        if person is not None
        else frozenset()
    )
    # `II`, `Jr.`: which of a family's bearers of one name; the key's, or the article's.
    own_numbers = {
        w for w in (*key_words, *named, *(person.name if person else ())) if w in _REGNAL
    }
    # `Captain Hugo Amoksi, 49`: the age the article writes after the whole name, and the
    # ages it gives everyone else; read only when an answer first types an age.
    own_age = once(lambda: ctx.names.age_of(person) if person is not None else None)
    # `the skipper's uncle`: whose relative the article says this person is, read only when
    # an answer first types a relation.
    own_kin = once(
        lambda: _kin_after(person.name, ctx.names.sentences) if person is not None else {}
    )
    others_ages = once(
        lambda: frozenset(
            age for p in ctx.names.people if p != person and (age := ctx.names.age_of(p))
        )
    )

    # `Sang-woo` of Lee Sang-woo: a given name of joined syllables, whose first typed with
    # another second (`Lee Sang-min`) is another person's.
    # An accepted short form (`Kim`) keeps the answer's given name (`Kim Hye-min` is not
    # Kim Hye-won).
    syllables = {**_joined_syllables(answer or "", surname), **_joined_syllables(key, surname)}
    swapped = {second: first for first, second in syllables.items()}
    # `Fairley` of a double-barrelled `Fairley-Koh` the article never shortens to `Koh`.
    barrel_first = (
        _barrel_before(key, surname, person, ctx.names) if surname not in ctx.names.alone else None
    )

    # `Pham` of Pham Thi Lan, where the article calls her `Lan`: a family name written
    # first (the Vietnamese order) still names her, as long as nobody else bears it.
    family_word = (
        person.name[0]
        if person is not None
        and len(person.name) >= 3
        and person.name[0] != surname
        and person.name[0] in tables.surname_first
        and _bearers(person.name[0], ctx.names)[1] == (person,)
        else None
    )

    def match(toks: list[str]) -> Verdict:
        if _before_a_name(toks, wrong_honorifics) or not namesakes_letters.isdisjoint(toks):
            return incorrect("another person")  # `Mr Hollis` for Mrs Hollis
        if (
            ranks
            and (other := _another_rank(tuple(toks), ranks, person.name if person else ()))
            is not None
        ):
            return incorrect(f"the article does not call {shown} {other}")
        if not _KINSHIP.isdisjoint(toks) and (relation := _another_kin(toks, own_kin())):
            # `Rosendo Apaza, the skipper's brother`, where he is the skipper's uncle
            return incorrect(f"the article calls {shown} the {relation}")
        typed_ages = _typed_ages(toks, parts)
        if typed_ages and (age := own_age()) is not None and any(a != age for a in typed_ages):
            return incorrect(f"the article gives {shown}'s age as {age}")
        if typed_ages and own_age() is None and not others_ages().isdisjoint(typed_ages):
            return incorrect("the article gives that age to someone else")  # the captain's 44
        typed_numbers = {t for t in toks if t in _REGNAL}
        if own_numbers and typed_numbers and typed_numbers != own_numbers:
            return incorrect("another of that name")  # `Agyemang III` for Agyemang II
        typed_names = [t for t in toks if t[0].isalpha() and t not in FILLERS]
        if any(
            (a in syllables and b not in parts and _another_syllable(b, syllables[a]))
            or (a in swapped and b == swapped[a] and a != b)
            for a, b in pairwise(typed_names)
        ):
            return incorrect("another given name")  # `Lee Sang-min`, `Lee Woo-sang`
        # `Mr Ivančić` where both Ivančić are men: an honorific that tells nobody apart
        # leaves the surname as bare as it was.
        told_apart = [t for t in toks if t not in shared_honorifics]
        if (
            [t for t in typed_names if t not in shared_honorifics] == [surname]
            and (bare_names_another or (surname_of_two and _only(told_apart, surname)))
            and not (typed_ages and own_age() in typed_ages)  # `Amoksi, 49`: the age tells which
        ):
            return incorrect(f"the article names two people {shown}: which one?")
        if person is not None and _name_half_from_a_name(toks, typed_names, surname, parts, ctx):
            return incorrect("that is not their name")  # `Qiao Lintang` of Lintang Aviation
        if answer is not None and typed_names and set(typed_names) <= others_given:
            return incorrect("the article gives that name to someone else too")  # `Josefa`
        # `a retired judge`: `a` and `I` are words unless a name follows.
        typed_initials = [
            t
            for i, t in enumerate(toks)
            if len(t) == 1
            and t.isalpha()
            and (t not in ("a", "i") or (i + 1 < len(toks) and toks[i + 1] in parts))
        ]
        if (
            initials
            and typed_initials
            and typed_initials != initials
            and not _in_order(typed_initials, given_initials)  # `C. Zegarra` of Carlos M.
        ):
            return incorrect("other initials: another person")  # `K. J. Roe` for `J. K. Roe`
        toks = _joined(_split_joined(toks, [person.name] if person else ()), parts)
        denied = denied_positions(toks)
        # `Sen. Schumer of New York`: a place beside the name describes it; a city's name
        # the article gives a bearer of the surname (`Milan Horvat`) is that one's name.
        # So is one the article gives anyone as a given name, written straight before the
        # surname (`Siân Jenkins`, where Siân is Siân Morgan's and Sian also Xi'an's).
        placed = {
            i
            for start, end, _ in places_in(toks)
            for i in range(start, end)
            if toks[i] not in bearers_given
            and not (toks[i] in others_named and toks[i + 1 : i + 2] == [surname])
        }
        # `Ambassador to the EU`: a body the article names, by any of its names.
        placed |= {
            i
            for start, end, body in organisations_in(toks)
            if body in ctx.names.organisations
            # `Kari` of Kari Lunde is a name where the article writes it as one, not KARI
            and not (end - start == 1 and toks[start] in others_named)
            for i in range(start, end)
        }
        # `Morita of Nankai Kisen`, `Nankai Kisen's vice-president Morita`: the article's
        # proper words after `of`, or before a post, say where the person works.
        placed |= _describing_runs(
            toks, ctx.names.proper_words, tables.post_words, tables.post_qualifiers
        )
        # `Gary Roe's son`: the names before a word of kinship say whose son.
        kin: set[int] = set()
        kinship: str | None = None
        for index, token in enumerate(toks):
            if token in _KINSHIP:
                if index and toks[index - 1] in parts and token not in key_words:
                    kinship = token
                before = index - 1
                while before >= 0 and toks[before] in ctx.names.name_words:
                    placed.add(before)
                    kin.add(before)
                    before -= 1
        if kinship is not None and all(
            i in kin for i, t in enumerate(toks) if same_word(t, surname) is not None
        ):
            # `Gary Roe's son` names the son, not Gary Roe (`Dan Roe, Gary Roe's son` is Dan).
            return incorrect(f"that is {shown}'s {kinship}, not {shown}")
        surname_hit: int | None = None
        given_hit = False
        told = False  # a given name the article's namesakes of this surname lack
        others = 0
        echoed = 0
        relative: str | None = None
        slipped = 0  # words a letter or two from the surname, nobody else's
        for index, token in enumerate(toks):
            if not token[0].isalpha():
                continue
            if _of_an_age(toks, index):
                continue  # `the 62-year-old farmer`: an age, as a bare `62` is
            if (
                patronymic(token)
                and not patronymic(surname)
                and not _slip_of_surname(token, surname)  # `Novakovich` for Novaković
            ):
                continue
            if gendered_form(token, surname):
                if index not in denied:
                    relative = token  # another member of the family
                continue
            hit = same_word(token, surname)
            if hit is not None and token in others_named:
                hit = None
            if hit == CLOSE and (token in given or (person is not None and token in person.given)):
                hit = None  # `Seo-yeon` of Yoon Seo-yeon: the given name, no slip of `Yoon`
            if (
                hit is None
                and romanised
                and same_family_name(token, surname)
                and token not in other_surnames
            ):
                hit = CLOSE
            if hit is not None:
                if index not in denied and (surname_hit is None or hit < surname_hit):
                    surname_hit = hit
                continue
            if token not in others_named and _given_name(token, given, romanised):
                given_hit = True
                told = told or _given_name(token, telling, romanised)
                continue
            if shared and token in own_honorifics:
                given_hit = told = True  # `Dr Castell` where only she is Dr.
                continue
            if token in own_posts:
                given_hit = told = True  # `Commissioner Castell` where only she is one
                continue
            if shared and len(token) == 1 and any(g[0] == token for g in telling):
                given_hit = told = True  # `B. Roe` tells Beth Roe from Dale Roe
                continue
            if (
                person is not None
                and len(token) > 1
                and token not in key_words
                and _just_before(toks, index, surname)  # `Graham J. Fenwick` too
                and not _given_name(token, list(person.given), romanised)
                and any(token in g for g in namesakes)
                and _KINSHIP.isdisjoint(toks[index + 2 : index + 4])  # `Gary Roe's son`
            ):
                # `Karen Grech of the ASA` for Joseph Grech: the namesake's given name.
                return incorrect(f"{token.capitalize()} {shown} is the article's other {shown}")
            if (
                person is not None
                and person.given
                and token in ctx.names.alone
                and token not in ctx.names.capitals  # `ANC's Roe`: a body's letters
                and token not in key_words
                and toks[index + 1 : index + 2] == [surname]
                and not _given_name(token, list(person.given), romanised)
                and not any(token in g for g in namesakes)  # the namesake's rule below
                and _KINSHIP.isdisjoint(toks[index + 2 : index + 4])  # `Walter Roe's son`
                and token not in tables.place_words
                and token not in tables.post_words
            ):
                # `Brenda Roe` for Dana Roe, where the article calls the owner's wife Brenda:
                # a name it writes on its own, given to this surname, is another person.
                return incorrect(f"{token.capitalize()} {shown} is another person")
            if (
                len(token) == 1
                and person is not None
                and _just_before(toks, index, surname)
                and not any(g[:1] == token for g in person.given)
                and any(g and g[0][:1] == token for g in namesakes)
            ):
                return incorrect(f"{token.upper()}. {shown} is the article's other {shown}")
            if token in namesakes_honorifics and toks[index + 1 : index + 2] == [surname]:
                return incorrect(f"{token.capitalize()} {shown} is the article's other {shown}")
            # `Prof.` is the article's professor too
            post = next(
                (w for w in (token, *ABBREVIATIONS.get(token, ())) if w in namesakes_posts), None
            )
            if post is not None and token not in key_words and not _a_relation_at(toks, index):
                return incorrect(f"the article's {post} is another {shown}")
            if (
                token in others_portfolio
                and token not in key_words
                and any(t in tables.post_words for t in toks[index + 1 : index + 4])
                and surname in toks[index + 2 : index + 5]  # before the name, not after it
            ):
                return incorrect(f"the article's {token} post is another person's")
            if token in others_titles and (index + 1 < len(toks) and toks[index + 1] in parts):
                return incorrect(f"the article does not call {shown} {token.upper()}")
            if others_runs:
                run = _post_run_at(toks, index, parts)
                if run in others_runs and not described.issuperset(run):
                    return incorrect(f"the article gives {shown} another post")
            if (index == 0 or toks[index - 1] not in tables.post_words) and _a_post_above(
                _post_run_at(toks, index, parts), described
            ):
                return incorrect(f"the article gives {shown} another post")
            if token in ranked and (index == 0 or toks[index - 1] not in _RANKS):
                return incorrect(f"the article gives {shown} a rank below {token}")
            if token in others_qualifiers:
                return incorrect(f"the article does not call {shown} {token}")
            if (
                token in others_posts
                and toks[index + 1 : index + 2]
                and toks[index + 1] in parts
                and accounted_posts.isdisjoint(tables.post_of.get((token,), ()))
                and not any(_same_stem(token, w) for w in described)  # `leads` the party
            ):
                return incorrect(f"the article's {token} is another person")
            if token in tables.post_qualifiers and token not in described:
                if not described.issuperset(tables.post_of.get((token,), (token,))):
                    return incorrect(f"the article does not call {shown} {token}")
                continue  # `Dep.` for the deputy the article calls them
            if token in plain or index in denied or index in placed or len(token) == 1:
                continue
            if (
                not _JOINING.isdisjoint(toks[max(0, index - 1) : index + 2])
                and token in ctx.names.alone
                and token not in described
                and token not in tables.place_words
                and token not in tables.post_words
                and token not in tables.organisation_words
            ):
                others += 1  # `Hakuunsho or Kurokumo`: a name the article writes alone
                continue
            if token not in others_named and (
                token in described
                or token in ctx.names.proper_words  # `of ADPL`, `New Territories West`
                or token in ctx.names.spelled_out  # `FMCS mediator` where it is spelt out
                or token in tables.post_words
                or token in tables.place_words
                or (token in tables.organisation_words and token in ctx.names.words)
            ):
                continue
            if token in echoes:
                echoed += 1
                continue
            if _slip_of_surname(token, surname) and token not in other_surnames:
                slipped += 1
                continue
            if len(token) > 4 and any(_same_stem(token, w) for w in described_stems):
                continue  # `timber exporter` of the article's `runs a timber export company`
            others += 1
        if relative is not None:
            return incorrect(f"{relative.capitalize()} is another person")
        if surname_hit is None and slipped == 1 and given_hit and told:
            surname_hit = CLOSE  # `Morag Sinclare`: her given name, and her surname misspelt
        else:
            others += slipped
        if (
            surname_hit is None
            and given_hit
            and barrel_first is not None
            and barrel_first in toks
            and barrel_first not in other_surnames
            and len(barrel_first) > 2  # `Al` of Al-Dosari is no name alone
            and typed_names[-1:] == [barrel_first]  # not `Maryam Al-Mannai` for Al-Dosari
            and any(
                t != barrel_first and t[0].isalpha() and _given_name(t, given, romanised)
                for t in toks
            )
        ):
            surname_hit = EXACT  # `Elif Yavuz` of Elif Yavuz-Tekin: her name, the first half
        if (
            surname_hit is None
            and family_word is not None
            and [
                t
                for t in typed_names
                if t not in HONORIFICS
                and t not in tables.post_words
                and t not in tables.post_qualifiers
            ]
            == [family_word]
        ):
            surname_hit = EXACT  # `Ms Pham` of Pham Thi Lan, whom the article calls Lan
        if surname_hit is None:
            return incorrect("the surname is needed" if given_hit else None)
        if shared and not told and not (typed_ages and own_age() in typed_ages):
            return incorrect(f"the article names two people {shown}: which one?")
        if others or (echoed and hedged(toks)):
            return incorrect("name one person")
        if (year := year_unsaid(toks, ctx)) is not None:
            return incorrect(f"the article gives no date in {year}")  # `Roe, in 2017`
        if barrel_first is not None and not given_hit and barrel_first not in toks:
            return incorrect("the whole surname is needed")  # `Koh` of Fairley-Koh
        if surname_hit == CLOSE:
            return correct(f"close: {shown}", close=True)
        assert surname_hit == EXACT
        return correct()

    return match


def _in_order(typed: list[str], initials: list[str]) -> bool:
    """The typed initials are the first of these initials and others after it, in their
    order: `C.` or `C. M.` of Carlos M.; not `M. C.`, nor `M.` alone."""
    if not typed or not initials or typed[0] != initials[0]:
        return False
    rest = iter(initials[1:])
    return all(letter in rest for letter in typed[1:])


def _only(toks: list[str], surname: str) -> bool:
    """The answer is the surname and nothing else: no initial, honorific or age (`Calderón,
    58` tells a namesake of another age apart)."""
    return [t for t in toks if t[0].isalnum()] == [surname]


def _just_before(toks: list[str], index: int, surname: str) -> bool:
    """The word at `index` comes straight before the surname, or before it and initials
    or particles only (`Graham J. Fenwick`, `Hamood al-Riyami`)."""
    at = index + 1
    while at < len(toks) and (
        (len(toks[at]) == 1 and toks[at].isalpha()) or toks[at] in _PARTICLES or toks[at] == "."
    ):
        at += 1
    return toks[at : at + 1] == [surname]


_JOINED = r"([^\W\d_]+)-([^\W\d_]+)"  # two words joined by a hyphen
_JOINED_SYLLABLES = re.compile(_JOINED)


def _another_syllable(typed: str, key: str) -> bool:
    """Neither the syllable, a slip of it, nor it romanised another way (`hyn`, `hon` for
    `hyun`, `hoon`)."""
    return (
        same_word(typed, key) is None
        and romanised_sound(typed) != romanised_sound(key)
        and OSA.distance(typed, key) > 1
    )


def _joined_syllables(key: str, surname: str) -> dict[str, str]:
    """Each first syllable of a joined given name the key writes, with its second."""
    found: dict[str, str] = {}
    for first, second in _JOINED_SYLLABLES.findall(key):
        a, b = tokenize(first), tokenize(second)
        if len(a) == len(b) == 1 and b[0] != surname:
            found[a[0]] = b[0]
    return found


_BARRELLED_LAST = re.compile(_JOINED + r"\W*$")


def _barrel_before(
    key: str, surname: str, person: Person | None, names: ArticleNames
) -> str | None:
    """The first half of a double-barrelled surname (`Waqanivalu` of Anaseini
    Waqanivalu-Reddy), as the key or the article joins it, which the surname read alone
    (`Reddy`) leaves out."""
    found = _BARRELLED_LAST.search(key)
    if found is not None and tokenize(found.group(2)) == [surname]:
        first = tokenize(found.group(1))
        return first[0] if len(first) == 1 else None
    if person is None or surname not in person.name[1:]:
        return None
    before = person.name[person.name.index(surname, 1) - 1]
    return before if before in names.barrelled.get(surname, ()) else None
