"""Generic world tables: countries, regions, cities, posts, organisations, surnames, and
the words that mean the same or the opposite in a news answer.

Every table is complete within what it says it covers (every country, every US state,
every city of about a million people, …) and read from `facts/data/*.tsv`, once, on
first use. Nothing here comes from any one article: what an article names is read from
that article (`facts.article`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TypeVar

from newsquiz.facts.text import plain_words, words_of
from newsquiz.facts.words import FILLERS

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: str  # country, subdivision, city or region (a continent or group of countries)
    names: tuple[tuple[str, ...], ...]  # every name and short form, as tokens
    demonyms: frozenset[str]  # folded single words: `french`, `frenchmen`
    within: str  # the country a region or city is in ("" for a country)
    # The constituent country or territory of the tables it is in as well (`England` for
    # London), where one applies.
    part_of: str = ""


@dataclass(frozen=True)
class World:
    places: tuple[Place, ...]
    place_by_name: dict[tuple[str, ...], tuple[Place, ...]]
    place_by_demonym: dict[str, tuple[Place, ...]]
    place_words: frozenset[str]  # every one-word place name, and every demonym
    longest_place: int
    posts: dict[tuple[str, ...], str]  # a post's words -> its class
    post_of: dict[tuple[str, ...], tuple[str, ...]]  # any form (`lt col`) -> the post's words
    dotted: frozenset[str]  # post abbreviations written with a full stop (`Lt.`, `Gen.`)
    post_words: frozenset[str]  # every word of every post (qualifiers apart)
    post_qualifiers: frozenset[str]  # `vice`, `deputy`, `former`: they change who is meant
    organisations: dict[tuple[str, ...], str]  # every name and abbreviation -> its kind
    organisation_of: dict[tuple[str, ...], str]  # every name and abbreviation -> its name
    longest_organisation: int
    organisation_words: frozenset[str]
    # One-word names the table writes in capitals (`KARI`, `NATO`): written otherwise
    # (`Kári`) the word is a name.
    organisation_acronyms: frozenset[str]
    surnames: frozenset[str]
    surname_first: frozenset[str]  # family names written first (Chinese, Korean, Vietnamese)
    synonyms: dict[str, tuple[str, ...]]  # a word -> the set's first member
    phrases: dict[tuple[str, ...], tuple[str, ...]]  # a phrase of words -> the first member
    antonyms: dict[str, frozenset[str]] = field(default_factory=dict)
    # Opposite phrases, both ways round (`voted for`, `voted against`): where every word of
    # one is said, the other's own words state the opposite.
    phrase_antonyms: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    # A count noun (singular) -> (its set, its class): nouns of one set in other classes
    # count different things (`pages`, `chapters`).
    counted_apart: dict[str, tuple[int, int]] = field(default_factory=dict)


def _s_form(word: str) -> str:
    """A word's form with the ending `-s` (`succeeds`, `applies`, `passes`)."""
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def _with_s_forms(antonyms: dict[str, set[str]]) -> None:
    """Each pair of the table also as its `-s` forms (`succeeds`, `fails` of `succeed`,
    `fail`): the table lists the words, and news writes the verbs' third person and the
    nouns' plurals as often. A form the table lists itself keeps only its own pairs."""
    listed = set(antonyms)
    for word, others in list(antonyms.items()):
        if not word.isalpha() or word.endswith("s"):
            continue
        form = _s_form(word)
        if form in listed:
            continue
        for other in others:
            if other.isalpha() and not other.endswith("s") and _s_form(other) not in listed:
                antonyms.setdefault(form, set()).add(_s_form(other))


def _name_words(text: str) -> tuple[str, ...]:
    """`words_of(text)`, a table's plain names (`Burkina Faso`, most of its 17,000) read
    straight: their words are their lowered words (see `text._tokenized`), and a name read
    once a process is of no use in the tokeniser's cache. Building the tables is about a
    quarter of a first 100-question check."""
    return plain_words(text) or words_of(text)


def table_rows(name: str, columns: int) -> Iterator[list[str]]:
    """The rows of a table in `data/` (tab-separated, `#` lines are comments), each padded
    to `columns` cells."""
    text = resources.files("newsquiz.facts").joinpath("data", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) != columns:  # most rows have their cells: no padding nor copy
            cells = (cells + [""] * (columns - len(cells)))[:columns]
        yield cells


def cell_parts(cell: str) -> list[str]:
    """The entries of a table cell, separated by `;`."""
    return [part.strip() for part in cell.split(";") if part.strip()]


# Words of the qualifier rows that name a post rather than change it (`chief of staff`).
_NOT_QUALIFIERS = frozenset({"chief", "elected", "designated"})


def _usable_short_form(words: tuple[str, ...], kind: str) -> bool:
    """Short forms that are not also everyday words or surnames once folded: `IN` and `OR`
    (US postal codes) and `Hu` (an old name of Shanghai) are left out; `US` and `UK` stay."""
    if len(words) != 1:
        return True
    word = words[0]
    if word in FILLERS or word in _SURNAME_WORDS():
        return False
    if kind == "subdivision":
        return len(word) > 4  # postal codes and `Tex.`, `Ala.`: words of their own
    return len(word) > 2 or kind == "country"


@cache
def _SURNAME_WORDS() -> frozenset[str]:
    return _name_list("surnames.txt") | _name_list("surnames-family-first.txt")


def _name_list(name: str) -> frozenset[str]:
    text = resources.files("newsquiz.facts").joinpath("data", name).read_text(encoding="utf-8")
    words = (_name_words(line) for line in text.splitlines() if not line.startswith("#"))
    return frozenset(w[0] for w in words if len(w) == 1)


@cache
def world() -> World:
    places: list[Place] = []
    for kind, file, columns in (
        ("country", "countries.tsv", 4),
        ("subdivision", "subdivisions.tsv", 4),
        ("city", "cities.tsv", 4),
        ("region", "regions.tsv", 4),
    ):
        for cells in table_rows(file, columns):
            name, others, demonyms, last = cells
            forms = [_name_words(name)] + [
                w
                for w in (_name_words(n) for n in cell_parts(others))
                if _usable_short_form(w, kind)
            ]
            names = tuple(w for w in forms if w)
            adjectives = frozenset(
                words[0] for words in map(_name_words, cell_parts(demonyms)) if len(words) == 1
            )
            homes = cell_parts(last) if last and kind not in ("country", "region") else []
            within = homes[0] if homes else ""
            part_of = homes[1] if len(homes) > 1 else ""
            places.append(Place(name, kind, names, adjectives, within, part_of))
    by_name: dict[tuple[str, ...], tuple[Place, ...]] = {}
    by_demonym: dict[str, tuple[Place, ...]] = {}
    for place in places:
        for words in place.names:
            if place not in by_name.get(words, ()):
                by_name[words] = (*by_name.get(words, ()), place)
        for word in place.demonyms:
            by_demonym[word] = (*by_demonym.get(word, ()), place)
    # Single words only: a word of a longer name (`New`, `Saint`) is no place on its own.
    place_words = frozenset(w[0] for w in by_name if len(w) == 1) | frozenset(by_demonym)

    posts: dict[tuple[str, ...], str] = {}
    post_of: dict[tuple[str, ...], tuple[str, ...]] = {}
    dotted: set[str] = set()
    qualifiers: set[str] = set()
    for post, others, kind in table_rows("posts.tsv", 3):
        for form in [post, *cell_parts(others)]:
            words = _name_words(form)
            if not words:
                continue
            post_of.setdefault(words, _name_words(post))
            dotted.update(w.lower() for w in re.findall(r"([A-Za-z]+)\.", form))
            if kind == "qualifier":
                if len(words) == 1 and words[0] not in FILLERS and words[0] not in _NOT_QUALIFIERS:
                    qualifiers.add(words[0])
            else:
                posts[words] = kind
    first = _name_list("surnames-family-first.txt")
    # A word of a longer post that is also a family name (`Tan` of Tan Sri) stays a name:
    # `Tan Li Ting` is a person; the post itself is still read whole (`Tan Sri Ali`).
    post_words = (
        frozenset(w for words in posts for w in words if len(words) == 1 or w not in first)
        - qualifiers
    )

    organisations: dict[tuple[str, ...], str] = {}
    organisation_of: dict[tuple[str, ...], str] = {}
    acronyms: set[str] = set()
    for name, others, kind in table_rows("organisations.tsv", 3):
        for form in [name, *cell_parts(others)]:
            words = _name_words(form)
            if words and words not in organisations:
                organisations[words] = kind
                organisation_of[words] = name
            if len(words) == 1 and form.isupper():
                acronyms.add(words[0])

    surnames = _SURNAME_WORDS()
    synonyms: dict[str, tuple[str, ...]] = {}
    phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
    lines = [cell_parts(line) for (line,) in table_rows("synonyms.tsv", 1)]
    sets = [[f for f in (_name_words(m) for m in members) if f] for members in lines]
    # A word that is also part of a hyphenated compound (`cease` of `cease-fire`) is left as
    # it is: tokens split compounds, and `stop-fire` is no ceasefire.
    in_compounds = {w for members in lines for m in members if "-" in m for w in _name_words(m)}
    for forms in sets:
        if len(forms) < 2:
            continue
        head = forms[0]
        for member in forms[1:]:
            word = member[0]
            if len(member) == 1 and word not in synonyms and word not in in_compounds:
                synonyms[word] = head
            elif len(member) > 1 and member not in phrases:
                phrases[member] = head
    antonyms: dict[str, set[str]] = {}
    phrase_antonyms: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    for word, opposite in table_rows("antonyms.tsv", 2):
        a, b = _name_words(word), _name_words(opposite)
        if len(a) == 1 and len(b) == 1:
            antonyms.setdefault(a[0], set()).add(b[0])
            antonyms.setdefault(b[0], set()).add(a[0])
        else:
            phrase_antonyms.extend(((tuple(a), tuple(b)), (tuple(b), tuple(a))))
    _with_s_forms(antonyms)
    return World(
        places=tuple(places),
        place_by_name=by_name,
        place_by_demonym=by_demonym,
        place_words=place_words,
        longest_place=max((len(words) for words in by_name), default=1),
        posts=posts,
        post_of=post_of,
        dotted=frozenset(dotted),
        post_words=post_words,
        post_qualifiers=frozenset(qualifiers),
        organisations=organisations,
        organisation_of=organisation_of,
        longest_organisation=max((len(words) for words in organisations), default=1),
        # One-word names only (`NATO`, `UNICEF`): `Ford Motor` makes no Harrison Ford a body.
        organisation_words=frozenset(w[0] for w in organisations if len(w) == 1) - FILLERS,
        organisation_acronyms=frozenset(acronyms),
        surnames=surnames,
        surname_first=first,
        synonyms=synonyms,
        phrases=phrases,
        antonyms={word: frozenset(others) for word, others in antonyms.items()},
        counted_apart={
            word: (row, column)
            for row, (line,) in enumerate(table_rows("counted-apart.tsv", 1))
            for column, words in enumerate(cell_parts(line))
            for word in words.split("|")
        },
        phrase_antonyms=tuple(phrase_antonyms),
    )


@cache
def _first_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words a place's name (or demonym), and a body's name, can begin with; a leading
    small word starts no look-up (`the Gambia` is also found as `Gambia`)."""
    tables = world()
    places = frozenset(name[0] for name in tables.place_by_name)
    bodies = frozenset(name[0] for name in tables.organisation_of)
    return (places | frozenset(tables.place_by_demonym)) - FILLERS, bodies - FILLERS


def _longest_matches(
    toks: list[str] | tuple[str, ...],
    first: frozenset[str],
    longest: int,
    look_up: Callable[[tuple[str, ...]], T | None],
) -> list[tuple[int, int, T]]:
    """Every name `look_up` knows in the tokens, the longest at each position first; a
    name is tried only where a word it can begin with stands."""
    found: list[tuple[int, int, T]] = []
    if first.isdisjoint(toks):
        return found  # most answers name nothing: one set test, not a look-up per word
    index = 0
    count = len(toks)
    while index < count:
        if toks[index] in first:
            for size in range(min(longest, count - index), 0, -1):
                named = look_up(tuple(toks[index : index + size]))
                if named is not None:
                    found.append((index, index + size, named))
                    index += size
                    break
            else:
                index += 1
        else:
            index += 1
    return found


def counted_class(word: str) -> tuple[int, int] | None:
    """The set and class of things a count noun counts (`chapters`, `fatalities`), if any."""
    table = world().counted_apart
    for form in _singulars(word):
        if (found := table.get(form)) is not None:
            return found
    return None


def _singulars(word: str) -> tuple[str, ...]:
    """The word and the singulars its plural ending may stand for (`boxes`, `cities`,
    `shelves`); no other ending is cut (`officers` is no `office`, `villagers` no
    `village`)."""
    forms = [word]
    if word.endswith("s"):
        forms.append(word[:-1])
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("ves"):
        forms.append(word[:-3] + "f")
    return tuple(forms)


def places_in(toks: list[str] | tuple[str, ...]) -> list[tuple[int, int, tuple[Place, ...]]]:
    """Every place named in the tokens, longest name first at each position:
    (start, end, the places it may be)."""
    tables = world()

    def look_up(words: tuple[str, ...]) -> tuple[Place, ...] | None:
        places = tables.place_by_name.get(words)
        if places is None and len(words) == 1:
            places = tables.place_by_demonym.get(words[0])
        return places or None

    return _longest_matches(toks, _first_words()[0], tables.longest_place, look_up)


def organisations_in(toks: list[str] | tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Every body named in the tokens, longest name first: (start, end, its name)."""
    tables = world()
    return _longest_matches(
        toks, _first_words()[1], tables.longest_organisation, tables.organisation_of.get
    )


@dataclass(frozen=True)
class Body:
    """A body of the generic table as it is written: its name, its other names and
    abbreviations, and its kinds (intergovernmental, court, party…)."""

    name: str
    forms: tuple[str, ...]
    kinds: frozenset[str]


@cache
def bodies() -> tuple[Body, ...]:
    return tuple(
        Body(name, tuple(cell_parts(others)), frozenset(cell_parts(kind)))
        for name, others, kind in table_rows("organisations.tsv", 3)
    )
