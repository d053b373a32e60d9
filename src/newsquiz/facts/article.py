"""What one article names: its people (and how it shortens them, and the words it uses
around them), its other proper names, and its sentences.

Read from the article's own text when a question is first graded, so the grader knows
no article but the one it is given: `Lai` is the surname of `Lai Wenhua` because the
article writes `Lai said`; `Acme Group` describes him because the article says so.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import pairwise, takewhile

from newsquiz.facts.given_names import given_name_sex
from newsquiz.facts.memo import last_by_identity
from newsquiz.facts.numbers import number_spans
from newsquiz.facts.text import fold, tokenize
from newsquiz.facts.words import (
    COMPASS,
    FILLERS,
    HONORIFICS,
    MONTHS,
    PEOPLE_NOUNS,
    WEEKDAYS,
    could_be_year,
)
from newsquiz.facts.world import Place, organisations_in, places_in, world

# A word as written, capitals kept: `Wen-hua`, `O'Brien`, `J.`, `McConnell`.
_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s$")
# Before any letter or figure: one in lower case starts no sentence (`sentences_of`).
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[^\W_])")
_OPENING = re.compile(r"[\"'“‘(]*([^\W_])")
# Words that make a capitalised run a body or a place, not a person.
# An age written straight after a name: `Ciarán Power, 29, of Knockanore`.
_AGE_AFTER = re.compile(r",\s+\d{2,3},")
ORGANISATION_WORDS = frozenset(
    {"group", "company", "corporation", "corp", "inc", "ltd", "plc", "co", "bank",
     "center", "centre", "museum", "university", "college", "school", "institute",
     "academy", "agency", "administration", "authority", "board", "bureau", "commission",
     "committee", "council", "court", "department", "ministry", "office", "service",
     "party", "union", "association", "federation", "league", "club", "team", "church",
     "foundation", "fund", "trust", "society", "organisation", "organization", "alliance",
     "coalition", "movement", "front", "army", "navy", "force", "forces", "police",
     "guard", "house", "senate", "parliament", "congress", "assembly", "times", "post", "news", "journal", "herald", "tribune", "press", "radio",
     "television", "tv", "network", "airport", "station", "street", "avenue", "road",
     "square", "park", "bridge", "river", "lake", "sea", "ocean", "island", "islands",
     "mountain", "mountains", "valley", "bay", "gulf", "coast", "province", "state",
     "county", "district", "region", "city", "town", "village", "republic", "kingdom",
     "empire", "planetarium", "hospital", "prison", "stadium", "arena", "hall", "tower",
     "palace", "building", "project", "program", "programme", "mission", "operation",
     "act", "bill", "law", "treaty", "agreement", "plan", "cup", "games", "championship",
     "olympics", "festival", "award", "prize", "day", "week", "war", "revolution",
     "mansion", "hotel", "restaurant", "market", "exchange", "industries", "systems",
     "technologies", "laboratory", "laboratories", "lab", "labs", "shuttle", "space",
     "aviation", "aerospace", "science", "sciences", "research", "media", "capital",
     "gallery", "theatre", "theater", "cathedral", "temple", "mosque", "zoo", "garden",
     "gardens", "library", "studio", "studios", "records", "airlines", "airways",
     "directorate", "secretariat", "inspectorate", "commissariat",
     "motors", "holdings", "partners", "ventures", "foods", "pharmaceuticals",
     "energy", "oil", "gas", "power", "electric", "telecom", "communications", "canal", "dam", "port", "harbour", "harbor", "base", "camp", "trophy",
     "shipping", "lines", "line", "marine", "logistics", "freight", "transport", "rail",
     "railway", "railways", "shipyard", "shipyards", "mining", "steel", "chemicals",
     "electronics", "engineering", "construction", "insurance", "securities", "bancorp",
     "enterprises", "trading", "petroleum", "brewery", "brewing", "publishing",
     "consulting", "solutions", "pharma", "healthcare", "textiles", "mutual"}
)  # fmt: skip
# Words a place's name opens with and a person's never does (`Mount Kalabaw`, `San
# Gregorio`, `Fort William`); `Santo` and `Monte` are family names too.
PLACE_FIRST_WORDS = frozenset(
    {"mount", "mt", "san", "sao", "são", "saint", "st", "ste", "fort", "port", "cape",
     "lake", "isla", "puerto", "ciudad", "county"}
)  # fmt: skip
# Words that begin a body's name in Spanish, Portuguese, French and Italian (`Banco
# Pichincha`, `Transportes Santa Rosa`, `Groupe Dupont`), where English puts them last.
ORGANISATION_FIRST_WORDS = frozenset(
    {"banco", "banca", "banque", "grupo", "groupe", "gruppo", "transportes", "transports",
     "trasporti", "compania", "companhia", "compagnie", "compagnia", "consorcio", "empresa",
     "empresas", "sociedad", "sociedade", "societe", "societa", "industrias", "industries",
     "corporacion", "constructora", "construtora", "minera", "mineradora", "universidad",
     "universidade", "universite", "universita", "museo", "musee", "museu", "instituto",
     "institut", "istituto", "clinica", "clinique", "fundacion", "fundacao", "fondation",
     "fondazione", "asociacion", "associacao", "federacion", "partido", "parti", "partito",
     "colegio", "escuela", "escola", "ecole", "teatro", "theatre", "editorial", "editora",
     "editions", "laboratorios", "laboratoires", "farmaceutica", "aerolineas", "linhas",
     "cooperative", "caja", "caixa", "hospital", "hopital", "ospedale"}
)  # fmt: skip
# The small words inside family names (`de las Casas`, `van der Berg`, `della Rovere`).
PARTICLES = frozenset({"de", "van", "von", "der", "den", "al", "el", "bin", "bint", "da",
                       "di", "le", "la", "du", "dos", "das", "del", "ibn", "ben", "ter", "los",
                       "las", "della", "dei", "degli", "ten", "zu", "af",
                       # Welsh and Gaelic patronymics, Malay `binti` (`Delyth ap Rhys`)
                       "ap", "ab", "verch", "ferch", "nic", "binti", "bte",
                       # and inside place names (`Frankfurt am Main`, `Newcastle upon Tyne`)
                       "am", "im", "upon"})  # fmt: skip
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Letters written after a name for a rank, an honour or a seat (`Grace Mensah SC`,
# `Jane Roe MP`, `Dame Ann Roe DBE`): no part of it. Read only where the article writes
# them in capitals, as `Am` and `Ms` are words and names too.
POST_NOMINALS = frozenset(
    {"qc", "kc", "sc", "mp", "mep", "msp", "ms", "mla", "mlc", "mpp", "mna", "mha", "td",
     "mhk", "obe", "mbe", "cbe", "kbe", "dbe", "gbe", "ch", "om", "kg", "kt", "ao", "ac",
     "am", "oam", "cnzm", "onzm", "mnzm", "qso", "oc", "cm", "pc", "frs", "phd", "md",
     "dphil", "jp", "rn", "cpa"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Person:
    name: tuple[str, ...]  # folded, the fullest form the article gives
    surname: str  # the word the article shortens the name to (else the usual one)
    given: tuple[str, ...]
    around: frozenset[str]  # the words the article writes beside the name


_BESIDE_AFTER = 6
# The words read of a `who` clause after a surname (`Roe, who sponsored the motion, said`),
# up to a verb of saying: a sentence keeps no commas to end it.
_CLAUSE = 12
_SAYING = frozenset({"said", "says", "told", "added", "argued", "warned", "wrote"})
_BESIDE_BEFORE = 3
_LIST_JOINERS = frozenset({"and", "&", "or", "+", "plus"})
# A copied sentence of this many words or more, or a copied run this long, is pasted.
PASTED_SENTENCE = 5
PASTED_RUN = 8


@dataclass(frozen=True)
class ArticleNames:
    people: tuple[Person, ...]
    name_words: frozenset[str]  # every word of every person's name
    proper_words: frozenset[str]
    sentences: tuple[tuple[str, ...], ...]  # each sentence's words, folded, commas dropped
    words: frozenset[str]  # every word of the article
    alone: frozenset[str] = frozenset()  # name words the article also writes on their own
    capitals: frozenset[str] = frozenset()  # words it writes in capitals (`GM`, `NATO`)
    paragraph_of: tuple[int, ...] = ()  # each sentence's paragraph, by its index
    # The halves of names the article writes joined by a hyphen (`Fairley-Koh`), by the
    # second half: a surname of two halves, which the second alone does not name.
    barrelled: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)
    # Names of two words or more the article writes (`Central Business District`), by each
    # of their words: what another name holding an answer's words is looked up in.
    names_by_word: dict[str, frozenset[tuple[str, ...]]] = field(
        default_factory=dict, compare=False
    )
    # The letters of the names the article spells out (`Harbour Pilots and Tugmen's Guild`:
    # `hptg`): a reader may write a body by its letters though the article never does.
    spelled_out: frozenset[str] = frozenset()

    @cached_property
    def places(self) -> frozenset[Place]:
        """Every place the article names, by any of its names or its demonym."""
        return frozenset(
            place
            for sentence in self.sentences
            for _, _, found in places_in(sentence)
            for place in found
        )

    @cached_property
    def pairs(self) -> frozenset[tuple[str, str]]:
        """Every two words the article writes one after the other (`palmerston north`)."""
        return frozenset(pair for sentence in self.sentences for pair in pairwise(sentence))

    @cached_property
    def organisations(self) -> frozenset[str]:
        """Every body of the generic table the article names, by any of its names."""
        return frozenset(
            name for sentence in self.sentences for _, _, name in organisations_in(sentence)
        )

    @cached_property
    def years(self) -> frozenset[int]:
        """The figures the article writes that could be years (`2019`, `1658`)."""
        return frozenset(int(v) for v in self.numbers if could_be_year(v))

    @cached_property
    def _numbers_and_counted(
        self,
    ) -> tuple[frozenset[float], frozenset[str], dict[float, frozenset[str]]]:
        """`numbers`, `counted` and `counted_with`, read in one pass over the article's
        numbers: a number's grader wants them all, and reading a long article's numbers
        costs more than the rest."""
        numbers: set[float] = set()
        found: set[str] = set()
        by_value: dict[float, set[str]] = {}
        for sentence in self.sentences:
            toks = list(sentence)
            for span in number_spans(toks):
                if span.value is not None:
                    numbers.add(span.value)
                if span.end < len(toks) and toks[span.end][0].isalpha():
                    found.add(toks[span.end])
                    if span.value is not None:
                        by_value.setdefault(span.value, set()).add(toks[span.end])
        counted = frozenset(found - FILLERS)
        return (
            frozenset(numbers),
            counted,
            {value: frozenset(words & counted) for value, words in by_value.items()},
        )

    @property
    def counted(self) -> frozenset[str]:
        """Words the article writes straight after a number: what its numbers count."""
        return self._numbers_and_counted[1]

    def counted_with(self, value: float) -> frozenset[str]:
        """Words the article writes straight after this number (`men` of `eleven men`):
        what it counts with this very figure."""
        return self._numbers_and_counted[2].get(value, frozenset())

    @property
    def numbers(self) -> frozenset[float]:
        """Every number the article writes: a second value typed beside the answer may be
        one it states with it (`nine of the 17` seats)."""
        return self._numbers_and_counted[0]

    @cached_property
    def _telling_titles(self) -> dict[str, dict[str, Person]]:
        """By surname, the honorifics and posts the article writes straight before the
        whole name of one bearer only (`Dr` of `Dr Mette Lindholm`): `Dr Lindholm` later
        names her, as the surname alone after it does."""
        by_first: dict[str, list[Person]] = {}
        for p in self.people:
            if len(p.name) >= 2:
                by_first.setdefault(p.name[0], []).append(p)
        seen: dict[str, dict[str, list[Person]]] = {}
        for sentence in self.sentences:
            for at in range(1, len(sentence)):
                for p in by_first.get(sentence[at], ()):
                    if sentence[at : at + len(p.name)] == p.name and _titled(sentence, at):
                        title = _title_of(sentence[at - 1])
                        titled = seen.setdefault(p.surname, {}).setdefault(title, [])
                        if all(other is not p for other in titled):
                            titled.append(p)
        return {
            surname: {title: ps[0] for title, ps in titles.items() if len(ps) == 1}
            for surname, titles in seen.items()
        }

    def _titled_bearer(self, sentence: tuple[str, ...], at: int) -> Person | None:
        """The one bearer a title before the surname at `at` names (`Dr Lindholm`)."""
        if not at or (sentence[at + 1 : at + 2] and sentence[at + 1] in self.name_words):
            return None  # `site manager Park Eun-ji`: a whole name, written surname first
        return self._telling_titles.get(sentence[at], {}).get(_title_of(sentence[at - 1]))

    @cached_property
    def whole_sentences(self) -> frozenset[tuple[str, ...]]:
        return frozenset(s for s in self.sentences if len(s) >= PASTED_SENTENCE)

    @cached_property
    def short_sentences(self) -> frozenset[tuple[str, ...]]:
        """Sentences too short to be pasted anywhere but where a verdict is asked."""
        return frozenset(s for s in self.sentences if len(s) < PASTED_SENTENCE)

    @cached_property
    def _sentence_sizes(self) -> frozenset[int]:
        return frozenset(len(s) for s in self.whole_sentences)

    @cached_property
    def long_runs(self) -> frozenset[tuple[str, ...]]:
        return frozenset(
            s[i : i + PASTED_RUN] for s in self.sentences for i in range(len(s) - PASTED_RUN + 1)
        )

    def pasted(self, words: list[str]) -> bool:
        """The words are a whole sentence of the article, or hold a long run of one:
        copied, not answered."""
        if len(words) < PASTED_SENTENCE:
            return False
        if tuple(words) in self.whole_sentences:
            return True
        # A whole sentence with more after or before it (`The shootout lasted 19 minutes.
        # Hansen saved…`): the typed words keep no full stop to tell the two apart.
        wholes = self.whole_sentences
        if any(
            tuple(words[i : i + size]) in wholes
            for size in self._sentence_sizes
            if size < len(words)
            for i in range(len(words) - size + 1)
        ):
            return True
        runs = self.long_runs
        return any(
            tuple(words[i : i + PASTED_RUN]) in runs for i in range(len(words) - PASTED_RUN + 1)
        )

    def words_beside(self, words: tuple[str, ...]) -> frozenset[str]:
        """The words the article writes just around these (`the Field Museum in
        Chicago, Illinois`), not reaching past an `and` to the next thing it lists."""
        if not words:
            return frozenset()
        found: set[str] = set()
        first, last = words[0], words[-1]
        for sentence in self.sentences:
            if first not in sentence or last not in sentence:
                continue
            for index, token in enumerate(sentence):
                if token == last:
                    for after in sentence[index + 1 : index + 1 + _BESIDE_AFTER]:
                        if after in _LIST_JOINERS:
                            break
                        found.add(after)
                if token == first:
                    for before in reversed(sentence[max(0, index - _BESIDE_BEFORE) : index]):
                        if before in _LIST_JOINERS:
                            break
                        found.add(before)
        return frozenset(found)

    def bearers(self, surname: str) -> tuple[Person, ...]:
        """The people of the article with this surname, in the order it names them."""
        return tuple(p for p in self.people if p.surname == surname)

    def owner_of(self, surname: str) -> Person | None:
        """Whom the surname alone names (see `_owner_of`), worked out once per surname: every
        question of the article asks it again."""
        owners = self._owners
        if surname not in owners:
            owners[surname] = self._owner_of(surname)
        return owners[surname]

    @cached_property
    def _owners(self) -> dict[str, Person | None]:
        return {}

    def _owner_of(self, surname: str) -> Person | None:
        """Whom the surname alone names: its only bearer, or when the article names two and
        itself writes the surname alone, the bearer it named last before it first does
        (`Rourke said` after `Dale Rourke`, before `his wife, Linda Rourke`; `Verhaeghe said`
        after the alderman Sofie Verhaeghe, not the museum's founder named before her);
        else no one."""
        bearers = self.bearers(surname)
        if len(bearers) == 1:
            return bearers[0]
        if not bearers or surname not in self.alone:
            return None
        aged = self._aged_alone(surname, bearers)
        if aged is not None:
            return aged
        anchor = self._kin_named_alone(surname, bearers) or self._not_the_kin(bearers)
        if anchor is not None:
            return anchor
        described = self._described_alone(surname, bearers)
        if described is not None:
            return described
        # `Bruno Mele, 61, … is not related to the suspect`: the namesake the article sets
        # apart as no kin is not the one it goes on to call by the surname alone.
        # Unless the article writes the surname alone first in the paragraph that names
        # that namesake, or the next (`Sofie Verhaeghe, no relation of the founder, …
        # "Small museums cannot pay," Verhaeghe said`), and there speaks of nothing named
        # only beside the other (`Morel said the CGT had voted`, of the CGT's delegate).
        kin = [p for p in bearers if not self._said_unrelated(p, bearers)]
        # (unless the article shortens that one with a title, `Dr Tamm`, and never so the
        # namesake: the surname alone, untitled, is then the namesake's)
        if len(kin) == 1 and not self._shortened_with_title(kin[0]):
            if self._alone_as_the_kin(surname, bearers):
                return kin[0]
            alone = self._first_alone(surname, bearers)
            near = (
                self._named_in(alone, bearers) | self._named_in(alone - 1, bearers)
                if alone is not None
                else set()
            )
            if not any(p in near for p in bearers if p is not kin[0]) or (
                self._alone_speaks_of(surname, bearers, kin[0])
                and not self._shortened_with_title(kin[0])
            ):
                return kin[0]
        return self.named_before_alone(surname, bearers) or bearers[0]

    def _kin_named_alone(self, surname: str, bearers: tuple[Person, ...]) -> Person | None:
        """`Ifan Price, 19, the nephew of manager Steffan Price`, then `Price said he was proud
        of his nephew`: the surname alone, in a sentence that speaks of the kin the article
        makes one bearer of another, is that other."""
        anchors: dict[str, set[int]] = {}  # kin word -> the bearers others are that kin of
        for sentence in self.sentences:
            for at in range(len(sentence) - 2):
                kin = sentence[at + 1]
                if sentence[at] != "the" or kin not in _KIN_WORDS or sentence[at + 2] != "of":
                    continue
                after = sentence[at + 3 : at + 3 + _KIN_REACH]
                before = sentence[max(0, at - _KIN_REACH) : at]
                for index, person in enumerate(bearers):
                    others = [q for q in bearers if q is not person]
                    if holds(after, person.name) and any(holds(before, q.name) for q in others):
                        anchors.setdefault(kin, set()).add(index)
        if not anchors:
            return None
        given = {g for p in bearers for g in p.given}
        found: set[int] = set()
        for sentence in self.sentences:
            alone = any(
                word == surname and (at == 0 or sentence[at - 1] not in given)
                for at, word in enumerate(sentence)
            )
            if not alone:
                continue
            for first, second in pairwise(sentence):
                if first in ("his", "her") and second in anchors:
                    found |= anchors[second]
        return bearers[found.pop()] if len(found) == 1 else None

    def _not_the_kin(self, bearers: tuple[Person, ...]) -> Person | None:
        """`Marte Haugen, … a niece of the association's chairman`: of two bearers, the one
        the article sets out as another's kin after the whole name is not whom the surname
        alone names."""
        if len(bearers) != 2:
            return None
        kin = [p for p in bearers if self._set_out_as_kin(p)]
        return next(p for p in bearers if p is not kin[0]) if len(kin) == 1 else None

    def _set_out_as_kin(self, person: Person) -> bool:
        """The words after this whole name, up to a verb of saying, hold `a/the <kin> of`."""
        size = len(person.name)
        for sentence in self.sentences:
            for at in range(len(sentence) - size + 1):
                if sentence[at : at + size] != person.name:
                    continue
                after = tuple(takewhile(lambda w: w not in _SAYING, sentence[at + size :]))
                if any(
                    after[k] in ("a", "the") and after[k + 1] in _KIN_WORDS and after[k + 2] == "of"
                    for k in range(min(len(after) - 2, _APPOSITION))
                ):
                    return True
        return False

    def _described_alone(self, surname: str, bearers: tuple[Person, ...]) -> Person | None:
        """`Roe, who sponsored the motion, said`: the surname alone, first written with a
        `who` clause whose words only one bearer's whole-name sentences share (`Ann Roe, who
        moved the motion`), is that bearer, whoever was named last."""
        at_sentence = self._first_alone_sentence(surname, bearers)
        if at_sentence is None:
            return None
        sentence = self.sentences[at_sentence]
        at = sentence.index(surname)
        if sentence[at + 1 : at + 2] != ("who",):
            return None
        clause = tuple(takewhile(lambda w: w not in _SAYING, sentence[at + 2 : at + 2 + _CLAUSE]))
        if _UNRELATED.search(" ".join(clause)):
            return None  # `who is no relation of the substitute`: says who they are not
        described = {w for w in clause if w.isalpha() and len(w) > 3 and w not in FILLERS}
        if not described:
            return None

        def beside(person: Person) -> set[str]:
            return {
                w
                for index, whole in enumerate(self.sentences)
                if index != at_sentence and len(person.name) >= 2 and holds(whole, person.name)
                for w in _words_of_bearer(_up_to_saying(whole, person), person, bearers)
            }

        described -= _LINKING
        sharing = [p for p in bearers if any(_one_stem(w, v) for w in described for v in beside(p))]
        return sharing[0] if len(sharing) == 1 else None

    def _aged_alone(self, surname: str, bearers: tuple[Person, ...]) -> Person | None:
        """`Whitcombe, 26, said` where the article writes `Liam Whitcombe, 21`: the surname
        alone, written with an age that only one bearer's whole name is not given otherwise,
        is that bearer."""
        given = {g for p in bearers for g in p.given}
        alone_ages = {
            age
            for sentence in self.sentences
            for at, word in enumerate(sentence)
            if word == surname
            and (at == 0 or sentence[at - 1] not in given)
            and (age := _age_at(sentence, at + 1)) is not None
        }
        if not alone_ages:
            return None
        ages = {p: self.age_of(p) for p in bearers}
        fitting = [p for p in bearers if ages[p] is None or ages[p] in alone_ages]
        if len(fitting) == 1 and any(a is not None and a not in alone_ages for a in ages.values()):
            return fitting[0]
        return None

    def age_of(self, person: Person) -> int | None:
        """The age the article writes straight after this whole name (`Liam Roe, 21`, `Liam
        Roe, the 23-year-old son of …`)."""
        size = len(person.name)
        for sentence in self.sentences:
            for at in range(len(sentence) - size):
                if sentence[at : at + size] == person.name:
                    age = _age_at(sentence, at + size) or _aged_the(sentence, at + size)
                    if age is not None:
                        return age
        return None

    def _shortened_with_title(self, person: Person) -> bool:
        """`Dr Helen Marsh`, then `Dr Marsh said`: the article shortens this bearer's name
        with the title it writes before the whole name, so the surname alone is another's."""

        title_words = HONORIFICS | world().post_words

        def shortened(one: Person) -> bool:
            titles = {
                sentence[at - 1]
                for sentence in self.sentences
                for at in range(1, len(sentence) - len(one.name) + 1)
                if sentence[at : at + len(one.name)] == one.name and sentence[at - 1] in title_words
            }
            return any((title, one.surname) in self.pairs for title in titles)

        # (where the others are shortened with their titles too, that says nothing)
        others = [p for p in self.bearers(person.surname) if p is not person]
        return shortened(person) and not any(shortened(p) for p in others)

    def _alone_speaks_of(self, surname: str, bearers: tuple[Person, ...], one: Person) -> bool:
        """The sentence that first writes the surname alone names something (`the CGT`)
        that the sentences naming this bearer whole name and those naming the others do not."""
        at = self._first_alone_sentence(surname, bearers)
        if at is None:
            return False
        # (small words are no names, though a sentence may open with one: `In`, `The`)
        named = {w for w in self.sentences[at] if w in self.proper_words and w not in FILLERS} - {
            surname
        }

        def beside(person: Person) -> set[str]:
            return {
                w
                for sentence in self.sentences
                if len(person.name) >= 2 and holds(sentence, person.name)
                for w in sentence
            }

        others = set().union(*(beside(p) for p in bearers if p is not one))
        return bool(named & beside(one) - others - set(one.name))

    def _alone_as_the_kin(self, surname: str, bearers: tuple[Person, ...]) -> bool:
        """`Fatima Bukar, who is not related to the fisherman`, then `Bukar, the fisherman,
        said`: the surname alone, described as the one a bearer is said to be no kin of."""
        described: set[str] = set()
        for sentence in self.sentences:
            if not any(holds(sentence, p.name) for p in bearers if len(p.name) >= 2):
                continue
            for at in range(len(sentence) - 3):
                if " ".join(sentence[at : at + 2]) in _NO_KIN_OF and sentence[at + 2] == "the":
                    described.add(sentence[at + 3])
        described -= FILLERS
        given = {g for p in bearers for g in p.given}
        return bool(described) and any(
            sentence[at : at + 2] == (surname, "the")
            and sentence[at + 2] in described
            and (at == 0 or sentence[at - 1] not in given)
            for sentence in self.sentences
            for at in range(len(sentence) - 2)
        )

    def _paragraph(self, index: int) -> int:
        """The paragraph of the `index`-th sentence (itself where none is recorded)."""
        return self.paragraph_of[index] if index < len(self.paragraph_of) else index

    def _first_alone(self, surname: str, bearers: tuple[Person, ...]) -> int | None:
        """The paragraph where the article first writes the surname with no given name."""
        at = self._first_alone_sentence(surname, bearers)
        return None if at is None else self._paragraph(at)

    def _first_alone_sentence(self, surname: str, bearers: tuple[Person, ...]) -> int | None:
        """The sentence where the article first writes the surname with no given name."""
        given = {g for p in bearers for g in p.given}
        for index, sentence in enumerate(self.sentences):
            for at, word in enumerate(sentence):
                if (
                    word == surname
                    and given.isdisjoint(sentence[max(0, at - 3) : at])
                    # `Dr. Rasoa said`, `Vice Minister Rasoa said` tell the bearers apart as
                    # `Rasoa said` does not
                    and not _titled(sentence, at)
                    # `the Verhaeghe Numismatic Museum` names a body, not the person
                    and not (at + 1 < len(sentence) and sentence[at + 1] in self.proper_words)
                ):
                    return index
        return None

    def _named_in(self, paragraph: int, bearers: tuple[Person, ...]) -> set[Person]:
        """The bearers a paragraph names whole, or by a title only one of them bears."""
        named: set[Person] = set()
        for index, sentence in enumerate(self.sentences):
            if self._paragraph(index) != paragraph:
                continue
            named.update(p for p in bearers if len(p.name) >= 2 and holds(sentence, p.name))
            named.update(
                titled
                for at in range(1, len(sentence))
                if (titled := self._titled_bearer(sentence, at)) is not None
                and any(titled is p for p in bearers)
            )
        return named

    def _said_unrelated(self, person: Person, bearers: tuple[Person, ...]) -> bool:
        """Whether the sentence that first names this person whole, the rest of its
        paragraph or the next sentence says they are no relation, and names no other bearer
        whole (`Harald Solheim … said. "…," he said. He is not related to the councillor.`)."""
        if len(person.name) < 2:
            return False
        others = [p.name for p in bearers if p is not person and len(p.name) >= 2]
        for index, sentence in enumerate(self.sentences):
            if not holds(sentence, person.name):
                continue
            end = index + 2
            while end < len(self.sentences) and self._paragraph(end) == self._paragraph(index):
                end += 1
            told = self.sentences[index:end]
            if any(
                holds(words, name) and not named_as_kin_of(words, name)
                for words in told
                for name in others
            ):
                return False
            given = {g for p in bearers for g in p.given}
            return any(
                _UNRELATED.search(" ".join(words))
                # `She is no relation of Marc Casals Pujol`: he is whom another is set apart
                # from, not the one set apart.
                and not named_as_kin_of(words, person.name)
                # `Power, who is no relation of the substitute, …`: said of the one the
                # sentence calls by the surname alone, who is the surname's owner then.
                and not any(
                    word == person.surname
                    and (at == 0 or words[at - 1] not in given)
                    # `no relation of Dr Marsh`: the namesake set apart, not this one
                    and not named_as_kin_of(words[: at + 1], (person.surname,))
                    for at, word in enumerate(words)
                )
                for words in told
            )
        return False

    def named_before_alone(self, surname: str, bearers: tuple[Person, ...]) -> Person | None:
        """The first bearer named in the last paragraph naming one, before the surname is
        first written alone (`Lerato Dlamini … and her brother Sipho Dlamini` then `Dlamini
        said` is Lerato)."""
        last: Person | None = None
        first_here: Person | None = None
        paragraph = -1
        for index, sentence in enumerate(self.sentences):
            here = self._paragraph(index)
            if here != paragraph:
                last, first_here, paragraph = first_here or last, None, here
            in_sentence: list[Person] = []
            for at, word in enumerate(sentence):
                if word != surname:
                    continue
                if _titled(sentence, at):  # `Dr. Rasoa said` is no use of the surname alone,
                    titled = self._titled_bearer(sentence, at)  # but may name one bearer
                    if titled is not None and any(titled is p for p in bearers):
                        first_here = first_here or titled
                        in_sentence.append(titled)
                    continue
                before = sentence[max(0, at - 3) : at]
                named = next((p for p in bearers if set(p.given) & set(before)), None)
                if named is not None:
                    first_here = first_here or named
                    in_sentence.append(named)
                    continue
                # `Josefa Ratu's try, converted by Ratu`: a writer repeats no one's name in
                # one sentence (a pronoun would do), so the bare surname is the other bearer.
                # (`Gary Pennant, owner of Pennant Water Systems`: a name's word inside a
                # body's is no mention of anyone.)
                others = [p for p in bearers if p not in in_sentence]
                inside_a_name = at + 1 < len(sentence) and sentence[at + 1] in self.proper_words
                if in_sentence and len(others) == 1 and not inside_a_name:
                    return others[0]
                if (first_here or last) is not None:
                    return first_here or last
        return None

    def person(self, key_words: tuple[str, ...]) -> Person | None:
        """The person of the article a key such as `Lai Wenhua` or `Gen. Roe` names."""
        wanted = set(key_words)
        # The whole name in the key names that person, whatever else bears one of its words
        # (`Rosa Quispe Mamani`, beside a bus company read as `Transportes Santa Rosa`).
        whole = [p for p in self.people if len(p.name) >= 2 and wanted.issuperset(p.name)]
        if whole:
            return max(whole, key=lambda p: len(p.name))
        # Else whoever bears a key word as surname, or shares two words with it (`Rosa
        # Quispe` of Rosa Quispe Mamani): the one sharing most, then the longest name.
        found = [
            p for p in self.people if p.surname in wanted or len(wanted.intersection(p.name)) >= 2
        ]
        if not found:
            return None
        return max(found, key=lambda p: (len(wanted.intersection(p.name)), len(p.name)))


EMPTY = ArticleNames((), frozenset(), frozenset(), (), frozenset())


_UNRELATED = re.compile(r"\b(?:not related|no relation|unrelated|not a relative|no relative)\b")
# The words before the one a person is said to be no kin of (`not related to the farmer`).
_NO_KIN_OF = frozenset({"related to", "relation to", "relation of", "relative of"})
# Kin a report makes one bearer of a surname of another (`the nephew of Steffan Price`).
_KIN_WORDS = frozenset(
    {"son", "daughter", "brother", "sister", "nephew", "niece", "cousin", "father", "mother",
     "uncle", "aunt", "wife", "husband", "grandson", "granddaughter", "grandfather",
     "grandmother", "widow", "widower"}
)  # fmt: skip
_KIN_REACH = 5  # words between the kin word's `of` and the name, or the name and `the`
_APPOSITION = 15  # words after a whole name read as what the article says of that person


# What follows an age written after a name (`Whitcombe, 26, said`; `Liam Roe, 21, grew up`).
_AFTER_AN_AGE = frozenset(
    {"said", "says", "who", "is", "was", "a", "an", "the", "from", "of", "has", "had", "and",
     "told", "added", "grew", "lives", "whose", "now"}
)  # fmt: skip


def _words_of_bearer(
    sentence: tuple[str, ...], person: Person, bearers: tuple[Person, ...]
) -> tuple[str, ...]:
    """The words a sentence says of this bearer: all of them where it names no other bearer
    whole; where it does (`Ann Roe, the daughter of head coach Jo Roe, scored`), a later
    bearer has the words straight before their name (`head coach`), and the first the rest."""
    named = sorted(
        (
            (at, p)
            for p in bearers
            if len(p.name) >= 2
            for at in range(len(sentence) - len(p.name) + 1)
            if sentence[at : at + len(p.name)] == p.name
        ),
        key=lambda found: found[0],
    )
    if len({id(p) for _, p in named}) < 2:
        return sentence
    posts = {
        (at - back, p)
        for at, p in named[1:]
        for back in range(1, _POST_REACH + 1)
        if at - back >= 0
    }
    if named[0][1] is person:
        before_others = {i for i, _ in posts}
        return tuple(w for at, w in enumerate(sentence) if at not in before_others)
    return tuple(sentence[i] for i, p in posts if p is person)


def _up_to_saying(sentence: tuple[str, ...], person: Person) -> tuple[str, ...]:
    """The sentence up to the verb of saying after the person's name: what it says of them,
    not what they said (`Davit Roe, an MP, said the railway…`)."""
    size = len(person.name)
    start = next(
        (at for at in range(len(sentence) - size + 1) if sentence[at : at + size] == person.name),
        0,
    )
    end = next((at for at in range(start, len(sentence)) if sentence[at] in _SAYING), None)
    return sentence if end is None else sentence[:end]


def _one_stem(a: str, b: str) -> bool:
    """One word, or one the start of the other (`coach`, `coaching`)."""
    return a == b or (min(len(a), len(b)) >= 5 and (a.startswith(b) or b.startswith(a)))


# Words that join a clause to others and say nothing of the one it describes.
_LINKING = frozenset({"after", "before", "since", "until", "while", "about", "over", "under",
                      "against", "during", "through", "between", "among", "without"})  # fmt: skip

# How many words before a name may say its post (`NÍF head coach`).
_POST_REACH = 3


def age_figure(word: str) -> int | None:
    """The word as a grown person's age (10 to 110), if it is one; the length is read
    first, as Python reads no figure of over 4,300 digits as a number."""
    return int(word) if word.isdecimal() and len(word) <= 3 and 10 <= int(word) <= 110 else None


def _age_at(sentence: tuple[str, ...], at: int) -> int | None:
    """An age written at this place of a sentence (commas dropped), if it is one."""
    age = age_figure(sentence[at]) if at < len(sentence) else None
    after = sentence[at + 1] if at + 1 < len(sentence) else ""
    return age if after in _AFTER_AN_AGE else None


def _aged_the(sentence: tuple[str, ...], at: int) -> int | None:
    """`the 23-year-old` at this place of a sentence: that age."""
    words = sentence[at : at + 4]
    if len(words) < 4 or words[0] != "the" or words[2:4] != ("year", "old"):
        return None
    return age_figure(words[1])


def named_as_kin_of(words: Sequence[str], name: tuple[str, ...]) -> bool:
    """The name written as the one someone is said to be no kin of (`no relation of Marc
    Casals Pujol`)."""
    return any(
        tuple(words[at : at + len(name)]) == name
        and (
            " ".join(words[at - 2 : at]) in _NO_KIN_OF
            # `no relation to the trust's Sioned Evans`: a description between
            or any(" ".join(words[k : k + 2]) in _NO_KIN_OF for k in range(max(0, at - 5), at - 2))
        )
        for at in range(2, len(words))
    )


def _said_unrelated_after(
    words: Sequence[str], name: tuple[str, ...], names: Sequence[tuple[str, ...]]
) -> bool:
    """The sentence names `name`, then says it is no relation before naming anyone else
    (`Higa Shinji, 72, … who is no relation to the mayor`; not `Daniel Okafor … seconded by
    Peter Marsh, who is not related to the mayor`)."""
    size = len(name)
    for at in range(len(words) - size + 1):
        if tuple(words[at : at + size]) != name:
            continue
        after = list(words[at + size : at + size + 16])
        found = _UNRELATED.search(" ".join(after))
        if found is None:
            continue
        before = after[: len(" ".join(after)[: found.start()].split())]
        return not any(other != name and holds(before, other) for other in names)
    return False


def holds(words: Sequence[str], name: tuple[str, ...]) -> bool:
    """The words hold this run of words (a name) somewhere, in order."""
    return any(tuple(words[at : at + len(name)]) == name for at in range(len(words)))


_LAST_WORD = re.compile(r"([A-Za-z]{2,})\.\W*$")
_INITIAL = re.compile(r"(?:^|[\s(])([^\W\d_])\.$")
# Abbreviations of posts that are also words or units a sentence may end with.
_ENDS_SENTENCES = frozenset(
    {"can", "card", "del", "ed", "min", "sec", "hr", "km", "ret", "dep", "det", "dir", "pr",
     "ch", "comm", "const", "jt", "br", "bt", "sig", "ens", "pres", "prem", "emer", "treas"}
)  # fmt: skip


def _ends_with_initial(text: str) -> bool:
    """`Dr. R. Meenakshi found…`, `Sigríður Á. Jónsdóttir`: a capital letter of any
    alphabet alone is an initial, not a sentence's end."""
    found = _INITIAL.search(text)
    return found is not None and found.group(1).isupper()


def dot_before_a_figure(word: str, following: str) -> bool:
    """`Rs. 86 million`, `No. 4`: a short word's dot before a figure ends no sentence."""
    return len(word) <= 3 and word.isalpha() and following.lstrip()[:1].isdigit()


def sentences_of(paragraph: str) -> list[str]:
    """The paragraph's sentences; a post's abbreviation (`Lt. Col. Rui Neves`, `Dr. Han`)
    ends none."""
    pieces = [s for s in _SENTENCE_END.split(paragraph) if s.strip()]
    if len(pieces) < 2:
        return pieces
    dotted = world().dotted - _ENDS_SENTENCES
    joined = [pieces[0]]
    for piece in pieces[1:]:
        last = _LAST_WORD.search(joined[-1])
        opening = _OPENING.match(piece)
        if (
            (opening is not None and opening.group(1).islower())  # `approx. three`
            or _ends_with_initial(joined[-1])
            or (last is not None and last.group(1).lower() in dotted)
            or (last is not None and dot_before_a_figure(last.group(1), piece))
        ):
            joined[-1] = f"{joined[-1]} {piece}"
        else:
            joined.append(piece)
    return joined


# Punctuation between two capitalised words that ends a run of them.
_BREAKS_A_RUN = frozenset(',;:()"“”!?—')


# A nickname quoted inside a name (`Josephine "Jo" March`): the name runs on around it.
_NICKNAME = re.compile(r"(?<=[^\W\d_])\s+[\"“‘'][^\W\d_][\w’'.-]*[\"”’']\s+(?=[^\W\d_])")


def _said_apart(
    name: tuple[str, ...], longer: tuple[str, ...], sentences: list[tuple[str, ...]]
) -> bool:
    """`Maria Ximenes, a fish seller and no relation to the ports president` beside the
    president Ana Maria Ximenes: a name inside a longer one is its own person where the
    article writes it alone in a sentence that says the two are not related."""
    if len(longer) <= len(name) or longer[-len(name) :] != name:
        return False  # only a name the longer one ends with (`Maria Ximenes`)
    extra = longer[: len(longer) - len(name)]
    return any(
        sentence[at : at + len(name)] == name and sentence[max(0, at - len(extra)) : at] != extra
        for sentence in sentences
        if _UNRELATED.search(" ".join(sentence))
        for at in range(len(sentence) - len(name) + 1)
    )


def _titled(sentence: tuple[str, ...], at: int) -> bool:
    """The word at `at` follows an honorific or a post (`Dr. Rasoa`, `Vice Minister Rasoa`),
    which tell the bearers of a surname apart as the surname alone does not."""
    if not at:
        return False
    before = sentence[at - 1]
    tables = world()
    # A post of its own (`Minister`), not a word only of a longer one (`second` of second
    # lieutenant, which ends a quote in `…of a second," Brandt said`).
    post = (before,) in tables.posts or (before,) in tables.post_of
    return before in HONORIFICS or (post and before not in FILLERS)


_FAMILY = frozenset({"family", "families", "clan", "household", "brothers", "sisters"})
# A lower-case particle joined to a capitalised name, as Arabic names write theirs (`Maryam
# al-Riyami`, `el-Sisi`, `Zia ul-Haq`, `Salah ad-Din`, the article assimilated to the letter
# after it): a word of the name, wherever it stands.
_JOINED_PARTICLES = frozenset(
    {"al", "el", "ul", "ad", "ed", "ar", "er", "as", "es", "ash", "esh", "at", "et", "az", "ez",
     "an", "en", "bin", "bint", "ibn", "abu", "abd", "bel", "ben", "ag", "ould"}
)  # fmt: skip


def _joined_particle(word: str) -> bool:
    particle, joined, rest = word.partition("-")
    return bool(joined) and rest[:1].isupper() and particle in _JOINED_PARTICLES


def _capitalised_runs(sentence: str) -> list[tuple[bool, list[str]]]:
    """Runs of capitalised words as written: (starts the sentence, words)."""
    if '"' in sentence or "“" in sentence or "‘" in sentence or "'" in sentence:
        sentence = _NICKNAME.sub(" ", sentence)
    runs: list[tuple[bool, list[str]]] = []
    current: list[str] = []
    first_word = True
    start = True
    previous_end = 0
    owner: tuple[bool, list[str]] | None = None  # a possessive's owner, kept until the next word
    for match in _WORD.finditer(sentence):
        word = match.group().rstrip(".'’-")
        gap = sentence[previous_end : match.start()]
        previous_end = match.end()
        broken = not _BREAKS_A_RUN.isdisjoint(gap)
        capital = (
            word[:1].isupper() or (current and word.lower() in PARTICLES) or _joined_particle(word)
        )
        if owner is not None:
            # `Furlong's Centra`, `Hogan's Bakery`: a one-word owner before a capitalised
            # name is the business's name, no use of a person's surname alone
            if broken or not capital or len(owner[1]) > 1 or owner[1][0].isupper():
                runs.append(owner)
            owner = None
        if current and (broken or not capital):
            if not (len(current) == 1 and word.lower() in _FAMILY and not broken):
                runs.append((start, current))  # not `the Furlong family`: no one person
            current = []
        if capital and word:
            if not current:
                start = first_word
            if _POSSESSIVE.search(word):
                # `DAB's Ben Chan`: the owner is a run of its own, not part of the name.
                owner = (start, [*current, _POSSESSIVE.sub("", word)])
                current = []
                start = False
            else:
                current.append(word)
        first_word = False
    if owner is not None:
        runs.append(owner)
    if current:
        runs.append((start, current))
    return runs


def _folded(words: list[str]) -> tuple[str, ...]:
    return tuple(t for w in words for t in tokenize(w) if t[0].isalpha())


def _a_body(word: str, capitals: frozenset[str] | None) -> bool:
    """The word names a body; an acronym only where written in capitals (`KARI`, not
    `Kári`), when `capitals` says which words were."""
    tables = world()
    if word not in tables.organisation_words:
        return False
    return capitals is None or word not in tables.organisation_acronyms or word in capitals


# Qualifiers that are prefixes (`non-executive`, `co-chair`): written as a word of their own
# before a name rather than a post, they are a given name (`Non Davies`).
_PREFIXES_ALONE = frozenset({"non", "co", "sub", "anti", "semi", "quasi", "pseudo"})


# Prepositions and linking words that open a sentence with a capital (`Besides Herrera, 34,
# …`) and never begin a name.
_OPENERS = frozenset(
    {"besides", "beside", "despite", "unlike", "although", "though", "meanwhile", "however",
     "beyond", "amid", "amidst", "among", "following", "including", "except", "until",
     "unless", "whereas", "while", "during", "without", "within", "against", "toward",
     "towards", "across", "via", "moreover", "furthermore", "nevertheless", "thus", "hence",
     "therefore"}
)  # fmt: skip


def describes(word: str, capitals: frozenset[str] | None = None) -> bool:
    """A word that stands in front of a name without being part of it: a post, a place, a
    demonym, a body's abbreviation, a qualifier, a small word."""
    tables = world()
    return (
        word in FILLERS
        or word in _OPENERS
        or word in tables.post_words
        or word in tables.post_qualifiers
        or word in tables.place_words
        or _a_body(word, capitals)
        or word in MONTHS
        or word in WEEKDAYS
        # `Conservationist Ana Mirel said`: a noun for what a person does, never a name
        # (nouns ending otherwise may be one: `Hunter`, `Baker`)
        or (word.endswith("ist") and word in PEOPLE_NOUNS)
    )


def is_name_word(word: str, capitals: frozenset[str] | None = None) -> bool:
    """A word that may be part of a person's name once the name has begun (`Jane Houston`,
    `Martin Luther King`, `Park Ji-sung`, `Ann To`): anything but a month, a day or the
    abbreviation of a body. (A small word written with a capital inside a name is a name.)"""
    return not (_a_body(word, capitals) or word in MONTHS or word in WEEKDAYS)


def written_family_first(words: Sequence[str], describing: Callable[[str], bool]) -> bool:
    """`Oh Ji-hoon`, `Gao Yiting`, `Do Van Hung`: a family name of the table of those written
    first, before one or two words none of which `describing` takes for a description: a
    name, though the family name is also a word (`oh`), a filler or a place (`Gao`)."""
    return (
        2 <= len(words) <= 3
        and words[0] in world().surname_first
        and not any(describing(w) for w in words[1:])
    )


def _family_name_first(words: Sequence[str]) -> bool:
    """Two words, the first a family name of the tables and no given name, the second
    neither: `Hasegawa Chiharu`, not `Thomas Moore` nor `Daniel Rotich`."""
    surnames = world().surnames
    return (
        len(words) == 2
        and words[0] in surnames
        and given_name_sex(words[0]) is None
        and words[1] not in surnames
    )


def given_named_for_a_city(words: list[str] | tuple[str, ...]) -> bool:
    """`Sofia Quintela`, `Florence Njeri`: a given name that is also a city's, before one
    word that is no place, post or body."""
    if len(words) != 2 or describes(words[1]) or words[1] in ORGANISATION_WORDS:
        return False
    tables = world()
    first = words[0]
    places = tables.place_by_name.get((first,), ())
    return (
        bool(places)
        # A region's name too (`Victoria Munteanu`), unless it is a family name as well
        # (`Ishikawa Ren`, family name first).
        and all(
            p.kind == "city" or (p.kind == "subdivision" and first not in tables.surnames)
            for p in places
        )
        and first not in tables.place_by_demonym
        and first not in tables.post_words
        and first not in FILLERS
    )


def person_words(
    run: tuple[str, ...],
    initials: bool = False,
    capitals: frozenset[str] | None = None,
    aged: bool = False,
) -> tuple[str, ...] | None:
    """The name in a run such as `US Secretary of Defense Jane Houston`, if it is a person's;
    with `initials`, the run wrote a letter as a word of its own (`R. Meenakshi`, not
    `X-ray`), which may begin the name; `capitals`, the words it wrote in capitals; `aged`,
    the article wrote an age after it (`Ciarán Power, 29,`): a person's, whatever its last
    word also names."""
    tables = world()
    if run in tables.place_by_name or run in tables.organisations:
        return None
    words = list(run)
    # Posts, places and demonyms in front are the name's description, not the name; after
    # a title or post, a city's name before one surname is a given name (`Dr. Sofia
    # Papadakis`; `Lisboa Comum` stays a list's name).
    titled = False
    while words and describes(words[0], capitals):
        if titled and given_named_for_a_city(words):
            break
        if written_family_first(words, lambda w: describes(w, capitals)):
            break  # `Oh Ji-hoon`, `Gao Yiting`: a family name, though a word or a place too
        if titled and len(words) == 2 and given_name_sex(words[0]) is not None:
            break  # `Superintendent Dean Fitzroy`, after a post: a given name, not a second post
        if len(words) > 1 and words[0] in _PREFIXES_ALONE and not describes(words[1], capitals):
            break  # `Dr. Non Davies`: a prefix written as a word before no post is a name
        titled = words[0] in tables.post_words
        words.pop(0)
    while words and (
        words[-1] in _SUFFIXES
        or (words[-1] in POST_NOMINALS and capitals is not None and words[-1] in capitals)
    ):
        words.pop()
    # `Riverton City Mayor Ana Ruiz`: the name is what follows the last post.
    posts = [i for i, w in enumerate(words[:-1]) if w in tables.post_words]
    if posts and len(words) - posts[-1] - 1 >= 2:
        words = words[posts[-1] + 1 :]
    named = [w for w in words if w not in PARTICLES]
    if not named or len(named) > 4 or any(not is_name_word(w, capitals) for w in words):
        return None
    if len(words[-1]) < 2 or (len(words[0]) < 2 and not initials):
        return None
    if tuple(words) in tables.place_by_name:
        return None
    if (words[-1] in ORGANISATION_WORDS and not aged) or words[0] in ORGANISATION_FIRST_WORDS:
        return None  # `Gorky Park`, `Acme Group`, `Transportes Santa Rosa`: a place or a body
    if words[0] in PLACE_FIRST_WORDS:
        return None  # `Mount Kalabaw`, `San Gregorio`: a place
    if all(w in tables.place_words for w in words):
        return None
    return tuple(words)


def _title_of(word: str) -> str:
    """A title as one form, however written: `Cr` and `Councillor` are one title."""
    post = world().post_of.get((word,))
    return " ".join(post) if post else word


_TOLD_APART_BEFORE = re.compile(r"\b(?:elder|younger|older)\s+$", re.IGNORECASE)


@last_by_identity
def read_article(paragraphs: tuple[str, ...]) -> ArticleNames:
    """What the article names; computed once per article.

    Every question of a pack holds the same paragraphs: the last article read is known by
    identity, without hashing its paragraphs again for each question (which made compiling
    a long pack's graders quadratic).
    """
    return _read_article(paragraphs)


@lru_cache(maxsize=64)
def _read_article(paragraphs: tuple[str, ...]) -> ArticleNames:
    tables = world()
    sentences: list[tuple[str, ...]] = []
    runs: list[tuple[bool, tuple[str, ...]]] = []
    with_initials: set[tuple[str, ...]] = set()
    # Runs written as one word of several parts (`Saint-Georges`, `Rivière-du-Loup`): a
    # place's name, where a person's whole name is written in words apart.
    one_word: set[tuple[str, ...]] = set()
    apart: set[tuple[str, ...]] = set()
    capitals: dict[tuple[str, ...], set[str]] = {}  # the words each run writes in capitals
    aged: set[tuple[str, ...]] = set()  # runs the article writes an age after
    lowercase: set[str] = set()
    paragraph_of: list[int] = []
    # `the younger Popescu`: a surname written with what tells two bearers apart names
    # neither by the surname alone.
    told_apart: dict[str, int] = {}
    # The words already read for `lowercase`: a long article writes the same few thousand
    # words again and again, and reading one again adds nothing.
    read_words: set[str] = set()
    for number, paragraph in enumerate(paragraphs):
        # Of a compound (`semi-finals`, `co-founder`) only its head is a word written in lower
        # case: its prefix is no reason to read `Semi Ratu` as a description of `Ratu`.
        for word in _WORD.findall(paragraph):
            if word in read_words:
                continue
            read_words.add(word)
            if word[:1].islower() and not _joined_particle(word):
                tokens = tokenize(word)
                lowercase.update(tokens[-1:] if "-" in word else tokens)
        for sentence in sentences_of(paragraph):
            sentences.append(tuple(t for t in tokenize(sentence) if t != ","))
            paragraph_of.append(number)
            for starts, raw in _capitalised_runs(sentence):
                folded = _folded(raw)
                runs.append((starts, folded))
                written = " ".join(raw)
                at = sentence.find(written)
                if len(raw) == 1 and at >= 0 and _TOLD_APART_BEFORE.search(sentence, 0, at):
                    told_apart[folded[0]] = told_apart.get(folded[0], 0) + 1
                if at >= 0 and _AGE_AFTER.match(sentence, at + len(written)):
                    aged.add(folded)
                if len(raw) >= 2 and any(len(w) == 1 for w in raw):
                    with_initials.add(folded)
                (one_word if len(raw) == 1 else apart).add(folded)
                capitals.setdefault(folded, set()).update(
                    _folded([w for w in raw if len(w) > 1 and w.isupper()])
                )
    proper = {run for starts, run in runs if run and not (starts and len(run) == 1)}
    # People: runs of two to four name words, and single words the article also uses alone.
    full_names: list[tuple[str, ...]] = []
    alone: dict[str, int] = {}
    written_alone: set[str] = set()  # `Roe said.` at a sentence's start too, no `Ms` before
    titles_alone: dict[str, int] = {}  # single capitalised words read as no name
    bare: dict[str, int] = {}  # how often each is written bare
    # `Ms Power`, `Cllr Power`: a word written right after a title or post is a surname,
    # whatever else it names (`power`, `group`): a name ending in it is a person's, as one
    # with an age after it is.
    titled = {run[-1] for _, run in runs if len(run) >= 2 and (run[-2],) in tables.post_of}
    # Words the article writes with a capital on their own (`Hartley said`).
    alone_words = {run[0] for _, run in runs if len(run) == 1}
    for starts, run in runs:
        name = person_words(
            run,
            run in with_initials,
            frozenset(capitals.get(run, ())),
            run in aged or run[-1] in titled,
        )
        if name and len(name) == 1 and run == name:
            # Bare: `Ms Tan said` and `Mr Tan said` tell two Tans apart; `Tan said` would not.
            written_alone.add(name[0])
            bare[name[0]] = bare.get(name[0], 0) + 1
        if name and len(name) == 1 and not (starts and len(run) == 1):
            alone[name[0]] = alone.get(name[0], 0) + 1
        elif name is None and len(run) == 1 and not starts:
            titles_alone[run[0]] = titles_alone.get(run[0], 0) + 1
        # `Nonpartisan Paul Tse`: a word in front that the article also writes in lower case
        # describes the name; `Common Sense`, `Tax Extenders`: such words are no one's name.
        # (But `Rose Hartley`, then `Hartley said`: a given name that is also a word.)
        given_a_word = (
            name is not None
            and len(name) == 2
            and name[1] in alone_words
            and name[1] not in lowercase
            and not places_in(name[1:])
        )
        # `Park Ji-hoon`, then `Park said`, where a `business park` is written too: a family
        # name written first that is also a word.
        family_first_a_word = (
            name is not None
            and len(name) >= 2
            and name[0] in tables.surname_first
            and name[0] in alone_words
            and lowercase.isdisjoint(name[1:])
        )
        while name and name[0] in lowercase and not (given_a_word or family_first_a_word):
            name = name[1:]
        if (
            name
            and len(name) >= 2
            and name not in full_names
            and (run not in one_word or run in apart)
            and (
                given_a_word
                or family_first_a_word
                or lowercase.isdisjoint(w for w in name if w not in PARTICLES)
            )
        ):
            full_names.append(name)
    # `Milan Horvat` beside `Peter Horvat` (or `Horvat said`): a city's name before a word
    # the article gives a person as a surname is a given name, with no post before it too.
    surnames = {name[-1] for name in full_names} | written_alone
    for _, run in runs:
        if (
            len(run) == 2
            and run[1] in surnames
            and run not in full_names
            and run not in tables.place_by_name
            and given_named_for_a_city(run)
        ):
            full_names.append(run)
    # `Ishikawa Reiko`, then `Ishikawa said`: a family name that is also a place's (a
    # prefecture), where the article writes it alone as a name too, is written first, not a
    # place before a one-word name; the word after it is a given name only there (no table's
    # family name, no place, nothing the article writes in lower case or alone elsewhere).
    for _, run in runs:
        if (
            len(run) == 2
            and run not in full_names
            and run[0] in titles_alone
            and run[0] in tables.place_words
            and run[0] in tables.surnames
            and run not in tables.place_by_name
            and not describes(run[1])
            and run[1] not in ORGANISATION_WORDS
            and run[1] not in tables.surnames
            and run[1] not in lowercase
            and run[1] not in COMPASS
            and alone.get(run[1], 0) == sum(r == run for _, r in runs)
        ):
            full_names.append(run)
            alone[run[0]] = alone.get(run[0], 0) + titles_alone[run[0]]
            written_alone.add(run[0])
            del alone[run[1]]  # read as a name alone where the run was written
    # `Sao Bunthoeun`, then `Sao said`: a word that begins places' names (`Sao`, `San`) is a
    # family name written first where the article has it say something alone, and the run
    # is no place it knows; the word after it is a given name only there.
    spoken = {
        toks[at - 1] for toks in sentences for at in range(1, len(toks)) if toks[at] in _SAYING
    }
    for _, run in runs:
        if (
            len(run) == 2
            and run not in full_names
            and run[0] in PLACE_FIRST_WORDS
            and run[0] in titles_alone
            and run[0] in spoken
            and run not in tables.place_by_name
            and is_name_word(run[1], None)
            and not describes(run[1])
            and run[1] not in tables.place_words
            and run[1] not in ORGANISATION_WORDS
            and run[1] not in lowercase
            and run[1] not in COMPASS
            and run[1] not in alone
            and run[1] not in titles_alone
        ):
            full_names.append(run)
            alone[run[0]] = alone.get(run[0], 0) + titles_alone[run[0]]
            written_alone.add(run[0])
    # `Ang Dorje Lama`, then `Lama said`: a word that is also a title (`lama`, `bishop`)
    # stands alone for the name it ends.
    for word, times in titles_alone.items():
        if any(
            len(name) >= 2
            and (name[-1] == word or (name[0] == word and word in tables.surname_first))
            for name in full_names
        ):  # `Park said` after `Park Ji-hoon`: a family name written first, as `park` is a word
            alone[word] = alone.get(word, 0) + times
            written_alone.add(word)
    for word, times in told_apart.items():
        if word in alone:
            alone[word] -= times
            if alone[word] <= 0:
                del alone[word]
        if bare.get(word, 0) <= times:
            written_alone.discard(word)
    # `The Smiths`: a family named in the plural is named by its surname.
    for word, times in list(alone.items()):
        if word.endswith("s") and any(name[-1] == word[:-1] for name in full_names):
            alone[word[:-1]] = alone.get(word[:-1], 0) + times
    # A word that begins two names with other endings (`Mary Jones`, `Mary Smith`) is a
    # shared given name: `Mary` alone says nothing of which word is the surname.
    ends_by_first: dict[str, set[str]] = defaultdict(set)
    for name in full_names:
        ends_by_first[name[0]].add(name[-1])
    # Unless the article writes family names first (`Fujii said` of Fujii Sachiko, a first
    # word no other name shares): then `Kuroda said` of Kuroda Masayuki and Kuroda Emi is the
    # family name the two share.
    family_first = any(
        alone.get(name[0], 0) > 0 and len(ends_by_first[name[0]]) == 1 and name[-1] not in alone
        for name in full_names
        if len(name) == 2
    )
    # `Chau said` of Le Thi Minh Chau: the article calls people whose family name comes first
    # in three words or more (the Vietnamese order) by the last word; one it never
    # shortens (`Vo Quang Hieu`) is called so too.
    called_last = any(
        len(name) >= 3
        and name[0] in tables.surname_first
        and name[-1] in written_alone
        and name[0] not in written_alone
        for name in full_names
    )
    # `Higa Tomoko … Higa Shinji, who is no relation to the mayor`: two names that begin
    # alike, one said to be no kin, and sharing no later word with anyone (`Beatriz Ferrer
    # Andrade, not related to the minister` shares Ferrer with him), share a family name
    # written first (a given name shared needs no such word).
    later_words = Counter(w for name in set(full_names) for w in set(name[1:]))
    # Who a no-relation may be said of: not a place named like a person (`South Daito`).
    bearers = [
        n
        for n in full_names
        if len(n) >= 2 and COMPASS.isdisjoint(n) and n not in tables.place_by_name
    ]
    unrelated_first = {
        word
        for word, ends in ends_by_first.items()
        if len(ends) > 1
        and any(
            name[0] == word
            and all(later_words[w] == 1 for w in name[1:])
            and any(_said_unrelated_after(words, name, bearers) for words in sentences)
            for name in full_names
        )
    }
    shared = {word for word, ends in ends_by_first.items() if len(ends) > 1}
    opens_saying = {
        toks[0] for toks in sentences if toks[1:2] and toks[1] in _SAYING and toks[0] in bare
    } - lowercase
    for word, ends in ends_by_first.items():
        if (
            len(ends) > 1
            and word not in tables.surname_first
            and not family_first
            and word not in unrelated_first
        ):
            alone.pop(word, None)
    people: list[Person] = []
    written_names = frozenset(full_names)
    for name in full_names:
        if any(
            set(name) <= set(other.name) and not _said_apart(name, other.name, sentences)
            for other in people
        ):
            continue
        given_and_family = [w for w in name if w not in PARTICLES]
        # Ties go to the last word, the usual place of a surname; then to a word that says
        # something alone only at a sentence's start (`Pen said the traps…` of Pen Sreymom),
        # which no other name begins with, no table knows as a given name (`"Brian was…`,
        # a friend's word) and the article never writes in lower case.
        counts = [
            (alone.get(w, 0), w in opens_saying and w not in shared and not given_name_sex(w), i)
            for i, w in enumerate(given_and_family)
        ]
        best = max(range(len(counts)), key=counts.__getitem__)
        both_ways = tuple(reversed(name)) in written_names  # `Ishida Noboru`, `Noboru Ishida`
        if counts[best][0] > 0 or counts[best][1] > 0:
            surname = given_and_family[best]
        elif (
            called_last
            and len(given_and_family) >= 3
            and given_and_family[0] in tables.surname_first
        ):
            surname = given_and_family[-1]
        elif (
            given_and_family[0] in tables.surname_first or given_and_family[0] in unrelated_first
        ) and len(given_and_family) <= 3:
            surname = given_and_family[0]
        elif family_first and _family_name_first(given_and_family):
            # The article writes family names first (`Morikawa said` of Morikawa Aya): a
            # name it never shortens is read in that order too (`Hasegawa Chiharu`).
            surname = given_and_family[0]
        elif (
            both_ways
            and len(name) == 2
            and (name[0] in tables.surnames) != (name[1] in tables.surnames)
        ):
            # Written in both orders, the word the table knows as a family name is it.
            surname = name[0] if name[0] in tables.surnames else name[1]
        else:
            surname = given_and_family[-1]
        given = tuple(w for w in given_and_family if w != surname)
        people.append(Person(name, surname, given, frozenset()))
    name_words = frozenset(w for p in people for w in p.name)
    naming: dict[str, list[tuple[str, ...]]] = defaultdict(list)  # surname → its sentences
    surnames = {p.surname for p in people}
    for toks in sentences:
        for word in surnames.intersection(toks):
            naming[word].append(toks)
    # What stands around a surname is the same for everyone bearing it: read once.
    around = {surname: _words_around(surname, naming[surname], name_words) for surname in surnames}
    people = [Person(p.name, p.surname, p.given, around[p.surname]) for p in people]
    return ArticleNames(
        people=tuple(people),
        name_words=name_words,
        proper_words=frozenset(w for run in proper for w in run),
        sentences=tuple(sentences),
        words=frozenset(w for s in sentences for w in s),
        alone=frozenset(written_alone),
        capitals=frozenset(w for ws in capitals.values() for w in ws),
        paragraph_of=tuple(paragraph_of),
        names_by_word=_by_word(run for run in proper if len(run) >= 2),
        barrelled=_barrelled(paragraphs),
        # Not letters that make a word the article writes in lower case, or a denial (`the
        # National Office of Tourism`): those are read as words.
        spelled_out=_spelled_out(paragraphs) - lowercase - FILLERS - _DENIALS,
    )


# A name of capitalised words, a short joining word allowed between two of them
# (`Growers' Union of Upper Kessel`, `Harbour Pilots and Tugmen's Guild`).
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[^\W\d_][\w'’]*)*"
_SPELLABLE = re.compile(
    rf"{_CAPITALISED}(?:(?:\s+(?:of|and|for|on|de|&))?\s+{_CAPITALISED})+", re.UNICODE
)
_LEADING_ARTICLE = re.compile(r"^(?:The|A|An)\s+")
_DENIALS = frozenset({"no", "not", "nor", "non", "never"})
_FEWEST_LETTERS = 3  # `US`, `or`, `it`: two letters are too often a word of their own


def _spelled_out(paragraphs: tuple[str, ...]) -> frozenset[str]:
    """The initials of each name of two capitalised words or more, in lower case: those of
    every capitalised word, and of every part of a hyphenated one (`Anti-Fraud Bureau`:
    `afb`), the joining words and a leading `The` left out."""
    found: set[str] = set()
    for paragraph in paragraphs:
        for match in _SPELLABLE.finditer(paragraph):
            # `the Anti-Fraud Bureau and Østre Kraft`: two names, or one name of both
            whole = match.group()
            for name in (whole, *_JOINED_NAMES.split(whole)):
                name = _LEADING_ARTICLE.sub("", name)
                letters = "".join(
                    part[0]
                    for word in name.split()
                    for part in word.split("-")
                    if part[:1].isupper()
                )
                if len(letters) >= _FEWEST_LETTERS:
                    found.add(fold(letters))  # `Østre Kraft Selskap`: `oks`
    return frozenset(found)


_JOINED_NAMES = re.compile(r"\s+(?:and|&)\s+")


_BARRELLED = re.compile(r"\b([^\W\d_][^\W\d_]+)-([^\W\d_]{2,})\b")


def _barrelled(paragraphs: tuple[str, ...]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for paragraph in paragraphs:
        for first, second in _BARRELLED.findall(paragraph):
            halves = tokenize(first), tokenize(second)
            if first[0].isupper() and second[0].isupper() and all(len(h) == 1 for h in halves):
                found[halves[1][0]].add(halves[0][0])
    return {second: frozenset(firsts) for second, firsts in found.items()}


def _by_word(names: Iterable[tuple[str, ...]]) -> dict[str, frozenset[tuple[str, ...]]]:
    found: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for name in names:
        for word in name:
            found[word].add(name)
    return {word: frozenset(named) for word, named in found.items()}


_AROUND = 8


def _words_around(
    surname: str, sentences: list[tuple[str, ...]], name_words: frozenset[str]
) -> frozenset[str]:
    """The words within a few of a surname, in the sentences that name it, that are no word
    of a person's name (so none of the person's own)."""
    found: set[str] = set()
    for toks in sentences:  # already read, commas dropped
        for index, token in enumerate(toks):
            if token != surname:
                continue
            window = toks[max(0, index - _AROUND) : index + _AROUND + 1]
            found.update(t for t in window if t[0].isalpha() and t not in name_words)
    return frozenset(found)
