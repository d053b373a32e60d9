"""Claims from a pack's question bank, and fact-check rounds made of them.

For every question with a concrete answer: one true claim stating the
answer, and false claims stating a changed value — taken first from the pack
itself (the question's other choices, another value of the same kind in the
article, a title with its modifier changed), then from rules. Every value is
put to the question's own grader: a false value it accepts, or a true one it
refuses, is never emitted.
"""

from __future__ import annotations

import functools
import itertools
import random
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import TypeVar, cast, overload

from newsquiz.claims import perturb
from newsquiz.claims.arithmetic import (
    NO_LIMITS,
    YEAR,
    Figures,
    Limits,
    Stated,
    measure_of,
    size_and_unit,
)
from newsquiz.claims.mentions import MentionIndex, mention_index
from newsquiz.claims.model import FROM_PACK, Claim, ClaimPath, Family, Source
from newsquiz.claims.people import (
    article_people,
    genders,
    is_place_or_body,
    namesakes,
    presented,
    slot_gender,
    speaks,
)
from newsquiz.claims.sentences import (
    PAST_PARTICIPLE,
    Frame,
    frame_for,
    locate,
    question_frame,
    split_sentences,
)
from newsquiz.claims.values import (
    COUNTRIES,
    DEMONYMS,
    ONE_BODY_POSTS,
    REGIONS,
    THE_COUNTRIES,
    TITLE_WORDS,
    Profile,
    appositive_after,
    asked_posts,
    asked_role,
    bodies_by_initials,
    describe,
    find_countries,
    find_people,
    named_posts,
    person_profiles,
    post_owners,
    rank_before,
    rank_held,
    slot_profile,
    title_before,
)
from newsquiz.facts.given_names import given_name_sex
from newsquiz.facts.memo import once
from newsquiz.facts.text import fold_text, singular, tokenize, words_of
from newsquiz.facts.words import FILLERS, MONTHS, NUMBER_WORDS, PEOPLE_NOUNS
from newsquiz.facts.world import Place as WorldPlace
from newsquiz.facts.world import places_in, world
from newsquiz.facts.written import (
    DateValue,
    Duration,
    Found,
    Money,
    Number,
    Value,
    find_dates,
    find_durations,
    find_money,
    find_numbers,
    find_values,
    worded_like,
)
from newsquiz.grading import Outcome, grade
from newsquiz.pack.model import Article, Kind, Pack, Question, answer_text
from newsquiz.startup import collector_held_for_batch

Item = TypeVar("Item")

# Enough false claims per question for variety across rounds; more adds nothing.
MAX_FALSE_PER_QUESTION = 8
# How far (in paragraphs, either side of the question's line) a wrong value is looked for.
NEAR_PARAGRAPHS = 40
# How often a round picks a false value from the pack over one from the rules.
PREFER_PACK = 2 / 3
MAX_RUN = 3


@dataclass(frozen=True)
class Candidate:
    value: str
    family: Family


@dataclass(frozen=True)
class ArticleFacts:
    """The values, people and countries an article mentions, found once per pack."""

    # The values each paragraph states: a wrong value is taken from the text near the
    # question's line, so a long article costs each question the same. From `of`, each
    # paragraph is read when first asked (see `_ParagraphValues`).
    values_by_paragraph: Sequence[tuple[Value, ...]]
    people: tuple[str, ...]
    countries: tuple[str, ...]
    # What the article says of each person: side and kind of post, in `people` order. From
    # `of`, this and `genders` are read when first asked (see `_WhenFirstRead`).
    profiles: Sequence[Profile] = ()
    paragraphs: tuple[str, ...] = ()
    genders: Sequence[str | None] = ()  # in `people` order: "m", "f" or unknown

    # What each of those values counts or measures (see `counted`): `24-foot` → `foot`,
    # `eight counts` → `count`, `$3.80 a dose` → `per dose`; None where nothing says.
    counted_by_paragraph: Sequence[tuple[str | None, ...]] = ()
    # Where each of those values stands in its paragraph.
    spans_by_paragraph: Sequence[tuple[tuple[int, int], ...]] = ()
    published: date | None = None  # the article's own date

    def values_near(
        self, line: int | None, counted: str | None = None, index: str | None = None
    ) -> Iterator[Value]:
        """The article's values within NEAR_PARAGRAPHS of `line` (1-based), in article order;
        every value when the line is not known. Read lazily: a question takes the first few.

        With `counted` (what the answer's value counts, or "" when nothing says), numbers and
        amounts that count something else are left out: an age is never the length of a
        boat, nor the price of one dose the price of a whole course.

        With `index` (the word a claim puts before the answer's number: `round`, `board`),
        only numbers the article writes as such a position: `round 52` is no slip for the
        final round where 52 counts a game's moves."""
        rows = range(len(self.values_by_paragraph))
        if line is not None:
            rows = rows[max(0, line - 1 - NEAR_PARAGRAPHS) : line + NEAR_PARAGRAPHS]
        for row in rows:
            values = self.values_by_paragraph[row]
            if counted is None:
                yield from values
                continue
            counts = self.counted_by_paragraph[row]
            spans = self.spans_by_paragraph[row] if index else ((0, 0),) * len(values)
            for value, what, span in zip(values, counts, spans, strict=True):
                if index and not _written_as_position(self.paragraphs[row], span, index):
                    continue
                if not isinstance(value, Number | Money) or (what or "") == counted:
                    yield value

    @classmethod
    def of(cls, article: Article) -> ArticleFacts:
        people: list[str] = []
        countries: list[str] = []
        named: set[str] = set()  # `people` and `countries` as sets, to test against
        for paragraph in article.paragraphs:
            new_people = [p.name for p in find_people(paragraph) if p.name not in named]
            new_countries = [c for c in find_countries(paragraph) if c not in named]
            people += new_people
            countries += new_countries
            named.update(new_people, new_countries)
        paragraphs = tuple(article.paragraphs)
        named_people = tuple(article_people(paragraphs, people))
        values = _ParagraphValues(paragraphs)
        return cls(
            _ReadWhenAsked(values, 0),
            named_people,
            tuple(countries),
            _WhenFirstRead(len(named_people), lambda: _profiles(paragraphs, named_people)),
            paragraphs,
            _WhenFirstRead(len(named_people), lambda: tuple(genders(paragraphs, named_people))),
            _ReadWhenAsked(values, 1),
            _ReadWhenAsked(values, 2),
            article.published,
        )

    @cached_property
    def days(self) -> tuple[date, date] | None:
        """The first and last day the article dates (each with its year, else the
        article's), read when a question first changes a date; None where the article
        dates fewer than three days or they spread over more than `_EVENT_SPAN_DAYS`: a
        story told across seasons sets no span its events keep to."""
        if self.published is None:
            return None
        found: list[date] = []
        for values in self.values_by_paragraph:
            for value in values:
                if isinstance(value, DateValue):
                    try:
                        found.append(
                            date(value.year or self.published.year, value.month, value.day)
                        )
                    except ValueError:
                        continue
        if len(set(found)) < 3 or (max(found) - min(found)).days > _EVENT_SPAN_DAYS:
            return None
        return min(found), max(found)

    @cached_property
    def first_spans(self) -> tuple[tuple[frozenset[str], float], ...]:
        """Each length of time the article says has passed of something (`the first 10 days
        of a crackdown`), in seconds, with the words it names that thing by."""
        spans: list[tuple[frozenset[str], float]] = []
        for paragraph in self.paragraphs:
            for found in find_durations(paragraph):
                thing = _FIRST_SPAN_OF.match(paragraph, found.end)
                if (
                    isinstance(found.value, Duration)
                    and thing is not None
                    and _FIRST_BEFORE.search(paragraph, 0, found.start)
                ):
                    words = frozenset(tokenize(thing.group(1))) - FILLERS
                    spans.append((words, found.value.seconds))
        return tuple(spans)

    @cached_property
    def date_ranges(self) -> tuple[tuple[tuple[int, int], tuple[int, int]], ...]:
        """The spans the article gives from one date to another, read once per article."""
        return date_ranges(self.paragraphs)

    @cached_property
    def figures(self) -> Figures:
        """The article's figures with what each is a part or a whole of, read when a
        question first changes a value."""
        stated: list[list[Stated]] = []
        rows = zip(
            self.paragraphs,
            self.values_by_paragraph,
            self.counted_by_paragraph,
            self.spans_by_paragraph,
            strict=True,
        )
        for row, (text, values, counts, spans) in enumerate(rows):
            figures: list[Stated] = []
            for value, what, (start, end) in zip(values, counts, spans, strict=True):
                measure = measure_of(value, text[:start], what)
                read = size_and_unit(value)
                if measure is not None and read is not None:
                    figures.append(Stated(row, start, end, value, measure, *read))
            stated.append(figures)
        return Figures(self.paragraphs, stated)

    @cached_property
    def _by_surname(self) -> dict[str, Profile | None]:
        """Each surname of the article's people, with the profile of the first person bearing
        it (None when the article's profiles are not known)."""
        by_surname: dict[str, Profile | None] = {}
        profiles = (*self.profiles, *(None,) * (len(self.people) - len(self.profiles)))
        for person, profile in zip(self.people, profiles, strict=True):
            by_surname.setdefault(person.split()[-1], profile)
        return by_surname

    @cached_property
    def people_words(self) -> tuple[frozenset[str], ...]:
        """The folded words of each person's name, in `people` order."""
        return tuple(frozenset(_words(name)) for name in self.people)

    @cached_property
    def namesakes(self) -> frozenset[str]:
        """People named only as whom something is named after (see `people.namesakes`)."""
        return namesakes(self.paragraphs, self.people)

    @cached_property
    def posts_named(self) -> tuple[frozenset[str], ...]:
        """The posts the article gives each person, each by its own word (see
        `values.named_posts`), in `people` order, read once per article: from every mention
        of the whole name, and of the surname where nobody else of the article bears it."""
        return tuple(posts for posts, _ in self._posts_and_bodies)

    @cached_property
    def bodies_described(self) -> tuple[frozenset[str], ...]:
        """The bodies, by initials, that the descriptions set off beside each person name
        (`, head of climatology at the NWI.`), in `people` order (see `posts_named`)."""
        return tuple(bodies for _, bodies in self._posts_and_bodies)

    def unfit(
        self, posts: frozenset[str], heads_of: frozenset[str], truths: frozenset[str]
    ) -> frozenset[int]:
        """The people (by their place in `people`) who may not stand where a claim's sentence
        gives the posts `posts`, the true one heading something of the bodies `heads_of` and
        tied to the bodies `truths`; read once per article for each such place (a long
        article asks the same place of many questions):

        - nobody the article does not present as a person: only its look makes it a name
          (`Madrid-based Redexa Energía`, `Windsor Hill`), and saying or doing what a person
          did, a company was judged a body in a person's slot (held-out 17b #15);
        - where the place has posts, nobody the article gives only others: the board's
          dissenting commissioner is no clinic's medical director (judged a person of
          another role, held-out 17b #19); people of no stated post may stand, and so may
          people of the true one's own body (an ISRO engineer for its project director);
        - nor anyone who heads something of a body the article does not join to the true
          one's: the head of a hospital's emergency department is no weather institute's
          head of climatology, nor INOM's head of climatology the one who runs the
          hospital's."""
        key = (posts, heads_of, truths)
        cached = self._unfit_cache.get(key)
        if cached is not None:
            return cached
        found: set[int] = set()
        named = self.posts_named if posts else ()
        described = self.bodies_described if posts else ()
        profiles = self.profiles or (Profile(),) * len(self.people)
        for at, name in enumerate(self.people):
            if name not in self.presented:
                found.add(at)
                continue
            if not posts or not named[at]:
                continue
            shared = named[at] & posts
            theirs = profiles[at].bodies | described[at]
            another_body = (
                shared
                and shared <= ONE_BODY_POSTS
                and (heads_of or theirs)
                and not heads_of & theirs
            )
            another_post = not shared and not truths & profiles[at].bodies
            if another_body or another_post:
                found.add(at)
        result = self._unfit_cache[key] = frozenset(found)
        return result

    @cached_property
    def _unfit_cache(self) -> dict[tuple[frozenset[str], ...], frozenset[int]]:
        return {}

    @cached_property
    def _mentions(self) -> tuple[list[tuple[str, int, int]], ...]:
        """Where the article writes each person, in `people` order: the whole name, and the
        surname where nobody else of the article bears it."""
        index = mention_index(self.paragraphs)
        bearers = Counter(name.split()[-1] for name in self.people)
        found = []
        for name in self.people:
            surname = name.split()[-1]
            mentions = index.person_mentions(name)
            if bearers[surname] == 1 and surname != name:
                # The surname alone, not inside the whole name (`Javier` is no post).
                mentions += [
                    (p, start, end)
                    for p, start, end in index.mentions(surname)
                    if not any(p == q and at <= start and end <= to for q, at, to in mentions)
                ]
            found.append(mentions)
        return tuple(found)

    @cached_property
    def ranks_named(self) -> tuple[frozenset[tuple[str, str]], ...]:
        """The posts the article writes right before each person's name, with their
        qualifiers (see `values.rank_before`), in `people` order."""
        return tuple(
            frozenset(
                rank
                for paragraph, start, _ in mentions
                if (rank := rank_before(paragraph[max(0, start - 40) : start])) is not None
            )
            for mentions in self._mentions
        )

    @cached_property
    def _posts_and_bodies(self) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
        found: list[tuple[frozenset[str], frozenset[str]]] = []
        for mentions in self._mentions:
            posts: set[str] = set()
            bodies: set[str] = set()
            for paragraph, start, end in mentions:
                said = named_posts(
                    paragraph[max(0, start - 120) : start], paragraph[end : end + 160]
                )
                if said:
                    posts |= said
                    described = _DESCRIBED_AFTER.match(paragraph, end)
                    if described:
                        bodies |= bodies_by_initials(described.group(1))
                    bodies |= post_owners(
                        paragraph[max(0, start - 120) : start], paragraph[end : end + 160]
                    )
            found.append((frozenset(posts), frozenset(bodies)))
        return tuple(found)

    @cached_property
    def starts(self) -> tuple[tuple[int, frozenset[str], str], ...]:
        """The years the article gives a start (`took over … in June 2021`, `founded in
        1998`), each with the names its sentence holds and the sentence, read once per
        article."""
        found: list[tuple[int, frozenset[str], str]] = []
        for paragraph in self.paragraphs:
            if not _START.search(paragraph):
                continue  # most paragraphs give nothing a start: not split into sentences
            for start, end in split_sentences(paragraph):
                sentence = paragraph[start:end]
                verb = _START.search(sentence)
                if verb is None:
                    continue
                # In the verb's own clause, after it: `took over operations in June 2021`;
                # not `since CGP took over, after an outage in 2023`.
                clause = re.split(r"[,;:]", sentence[verb.end() : verb.end() + 40], maxsplit=1)
                year = YEAR.search(clause[0])
                if year is not None:
                    found.append((int(year.group()), self.names_in(sentence), sentence.strip()))
        return tuple(found)

    @cached_property
    def shares(self) -> tuple[tuple[str, str, frozenset[str]], ...]:
        """Each share of a group the article gives (`90 percent of customers`, `more than half
        of customers`): the group's word, the sentence, and the figures the sentence writes,
        read once per article."""
        found: list[tuple[str, str, frozenset[str]]] = []
        for paragraph in self.paragraphs:
            if " of " not in paragraph or not _may_give_a_share(paragraph):
                continue
            for start, end in split_sentences(paragraph):
                sentence = paragraph[start:end]
                figures = frozenset(_FIGURE_IN.findall(sentence))
                for share in _SHARE_OF.finditer(sentence):
                    found.append((share.group(1).lower(), sentence.strip(), figures))
        return tuple(found)

    @cached_property
    def initials(self) -> frozenset[str]:
        """The initials the article gives a body in brackets (`the Lesotho Highlands Transfer
        Commission (LHTC)`), read once per article."""
        return frozenset(m.group(1) for p in self.paragraphs for m in _BRACKETED.finditer(p))

    @cached_property
    def _lowercase_words(self) -> frozenset[str]:
        """The words the article writes in lower case somewhere: words of the language."""
        return frozenset(w for p in self.paragraphs for w in _LOWER_WORD.findall(p))

    def names_in(self, text: str) -> frozenset[str]:
        """The names `text` holds: capitalised words the article never writes in lower
        case (`CGP`, `Voltaris`; not a sentence's `The`), and no month."""
        lower = self._lowercase_words
        return frozenset(
            w
            for w in _CAPITAL_WORD.findall(text)
            if w.lower() not in lower and w.lower() not in MONTHS
        )

    @cached_property
    def presented(self) -> frozenset[str]:
        """The people the article presents as people (see `people.presented`), read once."""
        return presented(self.paragraphs, self.people)

    @cached_property
    def _paragraph_words(self) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(_WORD.findall(p.lower())) for p in self.paragraphs)

    @cached_property
    def _where_words(self) -> dict[str, list[tuple[int, int]]]:
        """Where each word of the article stands: (paragraph, word), read once."""
        where: dict[str, list[tuple[int, int]]] = {}
        for row, words in enumerate(self._paragraph_words):
            for at, word in enumerate(words):
                where.setdefault(word, []).append((row, at))
        return where

    def writes(self, text: str) -> bool:
        """The article writes these words, in this order, somewhere."""
        words = tuple(_WORD.findall(text.lower()))
        return bool(words) and any(
            self._paragraph_words[row][at : at + len(words)] == words
            for row, at in self._where_words.get(words[0], ())
        )

    def bodies_of(self, name: str) -> frozenset[str]:
        """The bodies the descriptions beside `name` (a whole name or a surname) give them."""
        return self._bodies_by_surname.get(name.split()[-1] if name.split() else "", frozenset())

    @cached_property
    def _bodies_by_surname(self) -> dict[str, frozenset[str]]:
        found: dict[str, frozenset[str]] = {}
        for person, bodies in zip(self.people, self.bodies_described, strict=True):
            found.setdefault(person.split()[-1], bodies)
        return found

    @cached_property
    def _surnames(self) -> frozenset[str]:
        """The surnames of the article's people: whether a name is a person's asks nothing
        of what the article says of them (see `profiles`)."""
        return frozenset(person.split()[-1] for person in self.people)

    def is_person(self, name: str) -> bool:
        """One of the article's people, by whole name or by surname (`Reid`)."""
        surname = name.split()[-1] if name.split() else ""
        # A person of that whole name has that surname too.
        return surname in self._surnames

    def profile(self, name: str) -> Profile:
        """What the article says of the person `name` (a full name or a surname)."""
        if not self.people:
            return Profile()
        # The first person of that surname (a person of that whole name has it too).
        return self._by_surname.get(name.split()[-1]) or Profile()


# A paragraph's values, what each counts, and where each stands (see `ArticleFacts`).
_Stated = tuple[tuple[Value, ...], tuple[str | None, ...], tuple[tuple[int, int], ...]]


def _values_stated(paragraph: str) -> _Stated:
    """The dates, amounts, lengths of time and numbers a paragraph states, in its order
    (no frequency, nor a number inside another value), what each counts and its span."""
    taken = find_dates(paragraph) + find_money(paragraph)
    found = taken + find_durations(paragraph)
    found = [f for f in found if not _is_frequency(paragraph, f)]
    numbers = find_numbers(paragraph, taken=taken)
    found += [f for f in numbers if not _inside(f, found)]
    found.sort(key=lambda f: f.start)
    return (
        tuple(f.value for f in found),
        tuple(what_is_counted(f.value, paragraph, f.end) for f in found),
        tuple((f.start, f.end) for f in found),
    )


class _ParagraphValues:
    """Each paragraph's values, read when first asked: a question takes wrong values from
    the paragraphs near its line, so a claims round of ten, or a check after one question of
    a long pack is edited, reads a few paragraphs where reading them all was most of its
    work. Threads that race at worst read a paragraph twice."""

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.paragraphs = paragraphs
        self.read: list[_Stated | None] = [None] * len(paragraphs)

    def __len__(self) -> int:
        return len(self.read)

    def row(self, index: int) -> _Stated:
        stated = self.read[index]
        if stated is None:
            stated = self.read[index] = _values_stated(self.paragraphs[index])
        return stated


def _profiles(paragraphs: tuple[str, ...], people: tuple[str, ...]) -> tuple[Profile, ...]:
    profiles = person_profiles(paragraphs, people)
    return tuple(profiles[person] for person in people)


class _WhenFirstRead(Sequence[Item]):
    """A tuple of `size` items, worked out when an item is first read: what the article says
    of each person (their posts, sides and gender) is read over the whole article, and a
    question that changes no person (a check after a figure's question is edited, a round
    of a few such questions) never reads it. Its length is known at once (`profiles or …`
    reads nothing)."""

    def __init__(self, size: int, read: Callable[[], tuple[Item, ...]]) -> None:
        self.size = size
        self.read = read

    @cached_property
    def items(self) -> tuple[Item, ...]:
        items = self.read()
        assert len(items) == self.size
        return items

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, index: int) -> Item: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Item]: ...
    def __getitem__(self, index: int | slice) -> Item | Sequence[Item]:
        return self.items[index]


class _ReadWhenAsked(Sequence[Item]):
    """One part (`_Stated`'s `part`-th) of each paragraph's values, as a sequence."""

    def __init__(self, values: _ParagraphValues, part: int) -> None:
        self.values = values
        self.part = part

    def __len__(self) -> int:
        return len(self.values)

    @overload
    def __getitem__(self, index: int) -> Item: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Item]: ...
    def __getitem__(self, index: int | slice) -> Item | Sequence[Item]:
        if isinstance(index, slice):
            return [self[row] for row in range(len(self))[index]]
        return cast(Item, self.values.row(index)[self.part])


# `, 52, head of climatology at the NWI.`: the description set off after a name.
_DESCRIBED_AFTER = re.compile(r"\s*,\s*(?:\d{1,3}\s*,\s*)?([^,.;:“”\"]{2,100})")


# A subject's start: what it did before then, it did not do.
_START = re.compile(  # on a word character: see `_BOUND_WORD` in perturb
    r"(?=\w)\b(?:took over|taken over|takes over|founded|established|set up|created|formed|launched"
    r"|incorporated|took office|took charge|came to power|began operating|started operating"
    r"|began operations|started operations|was born|were born)\b",
    re.IGNORECASE,
)
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
_CAPITAL_WORD = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")


def _before_its_start(
    true_value: str, value: str, names: frozenset[str], facts: ArticleFacts, asked: str
) -> bool:
    """The changed value puts a year before the start the article gives the claim's subject,
    where the true one is not: `CGP postponed an inspection in January 2015` when CGP took
    over in June 2021 (judged a date before the event it must follow, held-out 17b #17).
    The subject is any name the claim shares with the start's sentence; a start the
    answer's own sentence `asked` gives in the answer's year is the asked fact itself
    (`founded in 1886`)."""
    true_years = [int(y) for y in YEAR.findall(true_value)]
    if not true_years:
        return False
    changed = [int(y) for y in YEAR.findall(value) if int(y) not in true_years]
    if not changed:
        return False
    first = min(true_years)
    return any(
        min(changed) < year <= first
        and names & theirs
        and not (year in true_years and sentence in asked)
        for year, theirs, sentence in facts.starts
    )


# A share of a group: `90 percent of customers`, `more than half of the controllers`.
_SHARE_OF = re.compile(
    r"\b(?:\d+(?:\.\d+)?\s*(?:%|percent|per cent)|half|(?:a|one|two)[- ](?:thirds?|quarters?)"
    r"|three[- ]quarters|most|the majority)\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?"
    r"(?:[a-z-]+\s+){0,2}?([a-z]+s)\b",
    re.IGNORECASE,
)


_SHARE_WORDS = re.compile(r"%|per ?cent|half|third|quarter|most|majority", re.IGNORECASE)


def _on_another_point(value: str, points: frozenset[str]) -> bool:
    """The value's figure is one of `points` (see `_other_points`)."""
    figure = _FIGURE_IN.search(value)
    return figure is not None and figure.group() in points


def _may_give_a_share(text: str) -> bool:
    """The words `_SHARE_OF` needs, looked for before the pattern is run."""
    return " of " in text and _SHARE_WORDS.search(text) is not None


def _other_points(facts: ArticleFacts, answer_sentence: str) -> frozenset[str]:
    """The figures of the article's other sentences that give a share of a group the
    answer's sentence gives a share of: other points of one curve (`more than half of
    customers were still in the dark 24 hours later` against `power returned to 90 percent
    of customers after 61 hours`). Put in the answer's place, such a figure is bounded by
    its own sentence: 90 percent back after 24 hours, when more than half were still in the
    dark then, was judged impossible (held-out 17b #21)."""
    groups = {share.group(1).lower() for share in _SHARE_OF.finditer(answer_sentence)}
    if not groups:
        return frozenset()
    asked = answer_sentence.strip()
    points: set[str] = set()
    for group, sentence, figures in facts.shares:
        if group in groups and sentence not in asked and asked not in sentence:
            points |= figures
    return frozenset(points)


# `from June 26 to July 6`, `June 26–July 6`, `between March 1 and March 9`.
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|until|till|through|and)\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def date_ranges(
    paragraphs: Sequence[str],
) -> tuple[tuple[tuple[int, int], tuple[int, int]], ...]:
    """(month, day) of the first and last date of each span an article writes from one date
    to another; a span across the new year is left out (its days do not sort)."""
    out: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for paragraph in paragraphs:
        dates = [f for f in find_dates(paragraph) if isinstance(f.value, DateValue)]
        for first, second in itertools.pairwise(dates):
            join = _RANGE_JOIN.fullmatch(paragraph, first.end, second.start)
            if join is None:
                continue
            if join.group().strip().lower() == "and" and not _BETWEEN.search(
                paragraph[max(0, first.start - 12) : first.start]
            ):
                continue  # `on March 1 and on March 9`: two dates, no span
            one, other = first.value, second.value
            assert isinstance(one, DateValue) and isinstance(other, DateValue)
            start, end = (one.month, one.day), (other.month, other.day)
            if start < end:
                out.append((start, end))
    return tuple(out)


# The most days a story's dated events may spread over and still set a span that binds a
# changed date (a story told across seasons sets none).
_EVENT_SPAN_DAYS = 120


def _outside_the_articles_days(
    question: Question, true_value: str, changed: str, days: tuple[date, date]
) -> bool:
    """The true date falls between the first and last day the article dates, the changed
    one before them all: `left the trail on February 11` in a race that started on March 7
    (judged nonsense, held-out 123a #15, #18). Not after them all: a deadline or an end
    still to come may lie past every day the story has told (`until at least December
    24`)."""
    year = question.default_year or days[0].year
    true, other = _day_of(true_value, year), _day_of(changed, year)
    if true is None or other is None:
        return False
    first, last = days
    return first < true < last and other < first


def _outside_its_span(
    true_value: str, changed: str, ranges: Sequence[tuple[tuple[int, int], tuple[int, int]]]
) -> bool:
    """The true date falls inside a span the article gives (a festival's days) and the
    changed one outside it: `the concert was on July 10` when the festival ended July 6."""
    true, other = _first_value(true_value), _first_value(changed)
    if not isinstance(true, DateValue) or not isinstance(other, DateValue):
        return False
    day, changed_day = (true.month, true.day), (other.month, other.day)
    return any(start < day < end and not start <= changed_day <= end for start, end in ranges)


def _is_frequency(text: str, found: Found) -> bool:
    """ "twice a day" is how often, not how long: never a duration to borrow."""
    return isinstance(found.value, Duration) and bool(
        re.search(r"\b(once|twice|times)\s*$", text[: found.start], re.IGNORECASE)
    )


def _inside(found: Found, among: Sequence[Found]) -> bool:
    return any(f.start <= found.start and found.end <= f.end for f in among)


# The word right after a number, joined by a hyphen or a space (`24-foot`, `8 counts`).
_COUNTED_WORD = re.compile(r"(?:-|\s+)([A-Za-z]+)")
_DEGREES_AFTER = re.compile(
    r"\s*(?:°\s*|(?:-|\s+)degrees?\s+)(C|F|Celsius|Fahrenheit|centigrade)\b", re.IGNORECASE
)


def counted_word(text: str, end: int) -> str | None:
    """What the number ending at `end` counts or measures: the word after it, singular and
    in lower case; None when punctuation or nothing follows it."""
    match = _COUNTED_WORD.match(text, end)
    if match is None:
        if "°" not in text[end : end + 3]:
            return None
        # `47.4 °C`: degrees of one scale are no figure of the other (`The new record is
        # 47.4 °F`, of the 118.2 °F the article gives beside 47.9 °C, read while sampling).
        scale = _DEGREES_AFTER.match(text, end)
        return f"°{scale.group(1)[0].lower()}" if scale else None
    if match.group(1).lower() in ("degree", "degrees"):
        scale = _DEGREES_AFTER.match(text, end)
        if scale:
            return f"°{scale.group(1)[0].lower()}"
    return singular(match.group(1))


# `$3.80 a dose`, `€2 per visitor`, `19 for every 1,000 children`: a rate, not a total.
_RATE = re.compile(r"\s+(?:a|an|per|each|for every|for each)\s+(?:[\d,.]+\s+)?([A-Za-z]+)")


def what_is_counted(value: Value, text: str, end: int) -> str | None:
    """What the value ending at `end` of `text` counts: for a number the word after it
    (`counted_word`), for an amount what it is paid per (`per dose`), else nothing."""
    if isinstance(value, Number):
        return counted_word(text, end)
    if isinstance(value, Money):
        rate = _RATE.match(text, end)
        return f"per {singular(rate.group(1))}" if rate else None
    return None


# --- false values -------------------------------------------------------------


def natural_list(items: Sequence[str]) -> str:
    """`Finland and Sweden`, `A, B and C`: a list as a sentence would say it."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def stated_answer(question: Question) -> str:
    """The true value as a claim states it."""
    if isinstance(question.answer, tuple):
        return natural_list(question.answer)
    return question.answer


def _value_rules(value: Value, default_year: int) -> list[tuple[Value, Family]]:
    """Rule-made wrong values for one recognised value, most plausible first.

    A figure ten times too big or small is only a last resort: on articles the rules were
    never tuned on, such claims were judged nonsense six times in seven (a class cap of 200
    where the article says it drops from 22), against one in eight for a neighbouring one.
    """
    out: list[tuple[Value, Family]] = []
    if isinstance(value, DateValue):
        out += [(d, Family.NEIGHBOUR) for d in perturb.neighbour_dates(value, default_year)]
        out += [(d, Family.DAY_MONTH) for d in perturb.day_month_swapped(value)]
    elif isinstance(value, Money):
        out += [(m, Family.NEIGHBOUR) for m in perturb.neighbour_money(value)]
        out += [] if out else [(m, Family.SCALE) for m in perturb.scaled_money(value)]
    elif isinstance(value, Duration):
        out += [(d, Family.NEIGHBOUR) for d in perturb.neighbour_durations(value)]
        out += [(d, Family.DIGITS) for d in perturb.swapped_duration_digits(value)]
        out += [(d, Family.UNIT) for d in perturb.nearby_units(value)]
    else:
        out += [(n, Family.NEIGHBOUR) for n in perturb.neighbour_numbers(value)]
        out += [(n, Family.DIGITS) for n in perturb.swapped_digits(value)]
        out += [] if out else [(n, Family.SCALE) for n in perturb.scaled_number(value)]
    return out


def _splice(text: str, found: Found | tuple[int, int], replacement: str) -> str:
    start, end = (found.start, found.end) if isinstance(found, Found) else found
    return text[:start] + replacement + text[end:]


def _embedded_value_candidates(
    text: str, facts: ArticleFacts, default_year: int, line: int | None = None
) -> list[Candidate]:
    """Wrong values for the first date, amount, duration or number inside `text`."""
    return [
        c for source in _embedded_value_sources(text, facts, default_year, line) for c in source()
    ]


def _embedded_value_sources(
    text: str,
    facts: ArticleFacts,
    default_year: int,
    line: int | None = None,
    after: str = "",
    before: str = "",
) -> list[Callable[[], Iterable[Candidate]]]:
    """`_embedded_value_candidates` in two parts, each worked out when first taken: the
    article's values (as they are taken: a question that needs one false claim reads the
    article no further than the value that makes it), then the rules' values. `after`: the
    claim's words after the value, which say what a bare number counts."""
    first: list[Found | None] = []

    def value() -> Found | None:
        """The first value of `text`, read once."""
        if not first:
            values = [f for f in find_values(text) if _changeable(text, f)]
            first.append(values[0] if values else None)
        return first[0]

    def frequency(found: Found) -> bool:
        return isinstance(found.value, Duration) and bool(
            re.search(r"\b(once|twice|times)\s*$", text[: found.start])
        )

    def from_article() -> Iterator[Candidate]:
        found = value()
        if found is None or frequency(found):
            return
        # `round {answer}`: the claim says the bare number is a position, not an amount.
        position = _index_before(before) if (found.start, found.end) == (0, len(text)) else None
        plural_after = re.match(r"\s+\w+s\b", text[found.end :]) is not None
        counted = None
        if isinstance(found.value, Number | Money):
            rest = text[found.end :].strip()
            said = text if rest else after
            counted = what_is_counted(found.value, said, found.end if rest else 0) or ""
        near = facts.values_near(line, counted, position.group(1).lower() if position else None)
        # `1 minute 47 seconds`: the first part of a compound length of time takes only a
        # value of its own unit (`47 seconds 47 seconds` was made of the seconds).
        compound = isinstance(found.value, Duration) and _COMPOUND_NEXT.match(text, found.end)
        hour = _an_hour_of_the_clock(text, found)
        for v in perturb.iter_same_kind_from_article(found.value, near):
            if plural_after and isinstance(v, Number) and v.value == 1:
                continue  # "1 times", "1 players": one takes no plural
            if hour and not _a_clock_hour(v):
                continue  # "30 p.m.": no clock shows it
            if _dateline_in_another_year(v, found.value, facts.published):
                continue
            if compound and not _whole_of_same_unit(v, found.value):
                continue
            rendered = perturb.restyled(v, found.value).render()
            yield Candidate(_splice(text, found, rendered), Family.ARTICLE)

    def from_rules() -> list[Candidate]:
        found = value()
        if found is None:
            return []
        if isinstance(found.value, Duration) and frequency(found):
            # A frequency (twice a day): only another unit reads as a plausible slip.
            return [
                Candidate(_splice(text, found, v.render()), Family.UNIT)
                for v in perturb.nearby_units(found.value)
            ]
        compound = isinstance(found.value, Duration) and _COMPOUND_NEXT.match(text, found.end)
        hour = _an_hour_of_the_clock(text, found)
        return [
            Candidate(_splice(text, found, v.render()), family)
            for v, family in _value_rules(found.value, default_year)
            if (not compound or _whole_of_same_unit(v, found.value))
            and (not hour or _a_clock_hour(v))
        ]

    return [from_article, from_rules]


def _dateline_in_another_year(value: Value, like: Value, published: date | None) -> bool:
    """The article's own date, written without a year (a dateline's `July 17`), for an answer
    dated in another year: given the answer's year it is a day the article gives to nothing
    (judged so, held-out 107a #10: a ban's end on the next year's July 17, where the article
    plans a comeback in May). Other events' dates keep theirs (corpus 99a #21)."""
    return (
        published is not None
        and isinstance(value, DateValue)
        and isinstance(like, DateValue)
        and value.year is None
        and (value.month, value.day) == (published.month, published.day)
        and like.year is not None
        and like.year != published.year
    )


def _whole_of_same_unit(value: Value, like: Value) -> bool:
    """`2 minutes` for the `1 minute` of `1 minute 12 seconds`: the first part of a compound
    length of time takes a whole number of its own unit (not `half a minute 12 seconds`)."""
    return (
        isinstance(value, Duration)
        and isinstance(like, Duration)
        and value.unit == like.unit
        and value.amount == int(value.amount)
    )


# `1 minute 47 seconds`, `2 hours and 4 minutes`: another figure right after a length of time.
_COMPOUND_NEXT = re.compile(r"\s*,?\s*(?:and\s+)?\d")


def _an_hour_of_the_clock(text: str, found: Found) -> bool:
    """A bare hour of a time of day (`9 p.m.`, `9 o'clock`): only another hour may stand
    there."""
    return isinstance(found.value, Number) and bool(_HOUR_AFTER.match(text, found.end))


_HOUR_AFTER = re.compile(r"\s*(?:[ap]\.?\s?m\b\.?|o['’]clock\b)", re.IGNORECASE)


def _a_clock_hour(value: Value) -> bool:
    return isinstance(value, Number) and value.value in range(1, 13)


def _in_clock_time(text: str, found: Found) -> bool:
    return bool(
        re.search(r"\d[:.]$", text[: found.start]) or re.match(r"[:.]\d", text[found.end :])
    ) and isinstance(found.value, Number)


def _words(text: str) -> set[str]:
    return set(fold_text(text).split())


@dataclass(frozen=True)
class Place:
    """Where a person's name stands in a claim, and what the words there say of them.

    `strict`: the words are a title or description right beside the name
    ("Russian Ambassador to the EU Vladimir Chizhov"), so nobody the article
    describes otherwise may stand there. A question turned into a statement
    ("Russia's Ambassador to the EU is …") asks exactly who holds the post, so
    there only the side (country) must agree.
    """

    profile: Profile = field(default_factory=Profile)
    strict: bool = True
    gender: str | None = None  # "m" or "f" when the sentence says (`she was disappointed`)
    # The name is whoever says something (`…, Roe said`): anyone could have said it.
    speaking: bool = False
    # The posts the sentence gives whoever stands there, each by its own word (`chair`,
    # `director`): nobody the article gives only other posts may stand there.
    posts: frozenset[str] = frozenset()
    # The bodies the sentence names by their initials (`… is the NWI's head of climatology`).
    bodies: frozenset[str] = frozenset()
    # The post written right before the name, with its qualifier (`Deputy Governor `).
    rank: tuple[str, str] | None = None

    def admits(self, candidate: Profile) -> bool:
        if self.strict:
            return not self.profile.contradicts(candidate)
        # A question turned statement asks who holds a post: the side and the role it
        # names must fit (a researcher is no port authority's president).
        asked = Profile(sides=self.profile.sides, roles=self.profile.roles)
        return not asked.contradicts(candidate)


_PREPOSITIONS = frozenset(
    {"in", "on", "at", "by", "from", "to", "into", "onto", "near", "beside", "inside",
     "outside", "of", "with", "off", "across", "along", "behind", "under", "over"}
)  # fmt: skip


def _two_prepositions(before: str, wording: str) -> bool:
    """The frame ends on a preposition and the value opens with another (`in on the quay`)."""
    last = before.split()[-1:] if before.split() else []
    first = wording.split()[:1]
    return (
        bool(last and first)
        and last[0].lower() in _PREPOSITIONS
        and (first[0].lower() in _PREPOSITIONS)
    )


_NO_KIN = re.compile(r"\b(?:no relation|not related|unrelated|no kin)\b", re.IGNORECASE)


def _sex_of(name: str, facts: ArticleFacts) -> str | None:
    """A person's sex as the article shows it, else as their given name nearly always is."""
    if facts.is_person(name) and facts.genders and name in facts.people:
        shown = facts.genders[facts.people.index(name)]
        if shown is not None:
            return shown
    first = fold_text(name.split()[0]) if len(name.split()) > 1 else ""
    return given_name_sex(first) if first else None


def _other_people(
    question: Question, facts: ArticleFacts, shape: str, place: Place = Place()
) -> list[str]:
    """People the article names who could believably stand where `shape` stands.

    Never anyone sharing a name with an accepted answer, nor anyone the words
    around the place contradict (a Finn beside "Russian Ambassador", a diplomat
    after "Gen."). Of the rest, people of the true person's side come first,
    closest in post first; people of another side only when the true person's
    side offers fewer than two, and then only of the same or a related post.
    """
    taken: set[str] = set()
    for key in (question.answer, *question.accept):
        taken |= _words(answer_text(key))
    # Who else the answer's sentence names, where the claim says what the answer did (not
    # which post they hold: that the words around the name already decide).
    acts = question.claim is not None and not _IDENTITY.search(question.claim)
    beside = _cited_sentences(question) if acts else ""
    truth = facts.profile(shape)
    evidence = truth | place.profile  # what the article says of the true person and the place
    single = len(shape.split()) == 1
    same_side: list[tuple[int, str]] = []
    other_side: list[tuple[int, str]] = []
    known = facts.genders or (None,) * len(facts.people)
    # The bodies the true one heads something of.
    heads_of = truth.bodies | place.bodies | facts.bodies_of(shape) if place.posts else frozenset()
    unfit = facts.unfit(place.posts, heads_of, truth.bodies)
    for at, (name, words, profile, gender) in enumerate(
        zip(
            facts.people,
            facts.people_words,
            facts.profiles or [Profile()] * len(facts.people),
            known,
            strict=True,
        )
    ):
        if words & taken or not place.admits(profile) or name in facts.namesakes:
            continue
        if at in unfit:
            # Of another post than the place's, or no person the article presents (see
            # ArticleFacts.unfit).
            continue
        if place.rank is not None and _another_rank(place.rank, facts.ranks_named[at]):
            continue
        if place.strict and place.profile.roles and not place.profile.roles & profile.roles:
            # `Analyst … said`: only someone the article gives that role (a chief
            # executive or a regulator's director was judged no analyst, blind).
            continue
        if name.split()[-1] in beside:
            # The answer's own sentence gives them another part in the same fact ("Lindqvist
            # wrote the majority opinion, which Judge Samuel Ortega joined"): 'Judge
            # Lindqvist joined the majority opinion' was judged a person of another role.
            continue
        if not place.speaking and not (
            evidence.shares_a_part(profile) or evidence.same_side(profile)
        ):
            # Nothing the article says joins the two (a post, a role, a body or a country):
            # a researcher is no minister, a farmer no secretary, a convicted businessman no
            # civic forum's coordinator. On unseen articles such swaps were judged nonsense
            # four times in five; only words anyone could have said move freely.
            continue
        if place.gender and gender != place.gender:
            # "Jim Roe … said she was disappointed"; and where the article never shows this
            # person's gender, a pronoun in the sentence may not fit them either ("Lucía
            # Huamán said he would present a bill" was judged nonsense).
            continue
        affinity = truth.post_affinity(profile)
        written = name.split()[-1] if single else name
        if not truth.sides or not profile.sides or truth.same_side(profile):
            if truth.posts and profile.posts and not truth.same_side(profile) and not affinity:
                continue  # nothing in common that the article says
            same_side.append((-affinity, written))
        elif affinity and ("leader" in profile.posts) == ("leader" in truth.posts):
            other_side.append((-affinity, written))
    ranked = [name for _, name in sorted(same_side, key=lambda pair: pair[0])]
    if len(ranked) < 2:
        ranked += [name for _, name in sorted(other_side, key=lambda pair: pair[0])]
    return ranked


# `{answer} is the defence minister`, `The chairman is {answer}`: a claim of who holds a post.
_IDENTITY = re.compile(r"\{answer\}\s+(?:is|was)\b|\b(?:is|was)\s+\{answer\}")


def _cited_sentences(question: Question) -> str:
    """The whole sentences of the article that the question cites."""
    sentences = []
    for citation in question.citations:
        text = citation.text
        start = max(text.rfind(". ", 0, citation.start) + 1, 0)
        end = text.find(". ", citation.end)
        sentences.append(text[start : end if end >= 0 else len(text)])
    return " ".join(sentences)


def _people_candidates(
    question: Question, text: str, facts: ArticleFacts, place_in_claim: Callable[[], Place]
) -> Iterable[Candidate]:
    """Another person of the article in the place of the one `text` names (`place_in_claim`
    is read only when `text` names somebody: most answers name nobody). Each candidate is
    made as it is taken: a round holds the rest of every question's stream, and a person
    may have dozens of others to stand in for them."""
    named = [p for p in find_people(text) if facts.is_person(p.name)]
    if named:
        person = named[0]
        if (person.start, person.end) != (0, len(text)):
            # A name inside a longer answer: its place is the words around it there.
            place = Place(slot_profile(text[: person.start], text[person.end :]))
        else:
            place = place_in_claim()
        span = (person.start, person.end)
        return (
            Candidate(_splice(text, span, other), Family.ARTICLE)
            for other in _other_people(question, facts, person.name, place)
        )
    if question.kind == Kind.PERSON and re.fullmatch(
        r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}", text
    ):
        return (
            Candidate(other, Family.ARTICLE)
            for other in _other_people(question, facts, text, place_in_claim())
        )
    return ()


def _country_candidates(text: str, facts: ArticleFacts) -> list[Candidate]:
    country = next(find_countries(text), None)
    if country is None:
        return []
    at = re.search(rf"\b{re.escape(country)}\b", text)
    assert at is not None
    if re.match(r"\s+[A-Z]", text[at.end() :]) and re.search(
        r"[A-Z]\S*\s+(?:of\s+)?$", text[: at.start()]
    ):
        return []  # inside a body's name: the University of Chile Seismological Service
    if re.match(r"\s+[A-Z][a-z]", text[at.end() :]):
        return []  # the first word of a name: the Moldova Regional Children's Hospital
    if _NAME_WORD_BEFORE.search(text[: at.start()]):
        return []  # the last word of a name: Renters' Voice Ireland, Tennis Australia
    if re.search(r"[A-Z][\w'’.-]*,\s+(?:the\s+)?$", text[: at.start()]):
        return []  # where a place is: `Nyon, Portugal` names no place
    if re.search(
        r"\b(?:North|South|East|West|Upper|Lower|Central)(?:ern)?\s+$", text[: at.start()]
    ):
        return []  # a region of the country, not the country: North Iceland
    if _POST_AFTER.match(text, at.end()) or _STATE_BODY_AFTER.match(text, at.end()):
        return []  # Italy's undersecretary: a post of one country, not a slip for another's
    if re.match(r"['’]s\s+[A-Z]", text[at.end() :]):
        return []  # Brazil's Pantanal: a named place of the country, where another's was
        # judged at best borderline (`Argentina's Pantanal`, held-out 132a #16)
    if _POST_IN.search(text) and (
        re.match(r"['’]s\b", text[at.end() :])
        or re.search(r"\b(?:of|for)\s+(?:the\s+)?$", text[: at.start()], re.IGNORECASE)
    ):
        return []  # Additional Secretary in India's Ministry of Power: he acts for India
    neighbours = perturb.neighbouring_countries(country)
    in_article = [c for c in facts.countries if c in neighbours]
    others = [c for c in neighbours if c not in in_article]
    has_the = re.search(r"\bthe\s+$", text[: at.start()], re.IGNORECASE) is not None

    def named(country: str) -> str:
        return f"the {country}" if country in THE_COUNTRIES and not has_the else country

    return [Candidate(_splice(text, at.span(), named(c)), Family.ARTICLE) for c in in_article] + [
        Candidate(_splice(text, at.span(), named(c)), Family.LIST_SWAP) for c in others
    ]


# A capitalised word right before a country, other than a sentence's or a phrase's opening
# word: the country ends a name (`Renters' Voice Ireland`).
_NAME_WORD_BEFORE = re.compile(
    r"(?<![\w'’-])(?!(?:The|In|To|From|Of|And|For|With|By|On|At|Across)\b)"
    r"[A-Z][\w'’.-]*\s+$"
)


# `'s undersecretary for culture`, `'s deputy foreign minister`: a post right after a country.
_POST_AFTER = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+){0,2}?[a-z-]*(?:"
    + "|".join(re.escape(t) for t in TITLE_WORDS if " " not in t)
    + r")\b"
)


# `'s Ministry of Power`, `'s mining ministry`: a body of the state, which acts for it.
_STATE_BODY_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:ministry|department|embassy|consulate|government|cabinet"
    r"|treasury|delegation|armed forces|army|navy|foreign office|central bank|high commission)\b",
    re.IGNORECASE,
)
# A post anywhere in the value: the country it names is the post-holder's own.
_POST_IN = re.compile(
    r"\b(?:" + "|".join(re.escape(t) for t in TITLE_WORDS) + r"|counsellor|attaché|consul"
    r"|undersecretary|envoy|official|negotiator|delegate|representative)s?\b",
    re.IGNORECASE,
)


def _list_candidates(
    question: Question, items: tuple[str, ...], facts: ArticleFacts, year: int, place: Place
) -> list[Candidate]:
    out: list[Candidate] = []
    last = items[-1]
    replacements: list[str] = []
    if last.lower() in COUNTRIES:
        neighbours = perturb.neighbouring_countries(last)
        replacements = [c for c in facts.countries if c in neighbours]
        replacements += [c for c in neighbours if c not in replacements]
        hosts = _host_countries(question, items)
        replacements = [
            f"the {c}" if c in THE_COUNTRIES else c
            for c in replacements
            if not _is_one_of(c, hosts)
        ]
    elif question.kind == Kind.PERSON or facts.is_person(last):
        replacements = _other_people(question, facts, last, place)
    elif find_values(last):
        replacements = [
            c.value for c in _embedded_value_candidates(last, facts, year, _line(question))
        ]
    elif words := _word_candidates(last, facts):
        replacements = [c.value for c in words]
    for swapped in perturb.swapped_list_items(items, replacements):
        out.append(Candidate(natural_list(swapped), Family.LIST_SWAP))
    return out


def _host_countries(question: Question, items: Sequence[str]) -> frozenset[WorldPlace]:
    """The countries the question, its claim and its cited sentences put the event in, or
    whose own people take part, besides the list's items: firefighters from France, Portugal
    and Chile "due to arrive in Quebec", joining "Quebec firefighters", come to Canada, so
    Canada is no country of the list (judged a place of another role)."""
    texts = [question.question, question.claim or ""]
    for citation in question.citations:
        text = citation.text
        start = max(text.rfind(". ", 0, citation.start) + 1, 0)
        end = text.find(". ", citation.end)
        texts.append(text[start : end if end >= 0 else len(text)])
    listed = {tuple(tokenize(item)) for item in items}
    tables = world()
    found: set[WorldPlace] = set()
    for text in texts:
        toks = tokenize(text)
        for start, end, places in places_in(toks):
            if tuple(toks[start:end]) in listed:
                continue
            for place in places:
                if place.kind == "country":
                    found.add(place)
                elif place.within:
                    found.update(tables.place_by_name.get(tuple(tokenize(place.within)), ()))
    return frozenset(p for p in found if p.kind == "country")


def _is_one_of(country: str, places: frozenset[WorldPlace]) -> bool:
    return bool(places) and any(
        p in places for p in world().place_by_name.get(tuple(tokenize(country)), ())
    )


def _line(question: Question) -> int | None:
    return question.citations[0].line if question.citations else None


def place_of(question: Question, frame: Frame | None) -> Place:
    """What the claim's sentence says, around the value's place, of whoever stands there."""
    if frame is None:
        return Place()
    posts = named_posts(frame.before, frame.after)
    bodies = (
        bodies_by_initials(f"{frame.before} {frame.after}") | post_owners(frame.before, frame.after)
        if posts
        else frozenset()
    )
    if frame.path is ClaimPath.QUESTION:
        asked = Profile(roles=asked_role(question.question))
        # `Which minister said …?` made a statement: only someone of that post may answer.
        posts |= asked_posts(question.question)
        return Place(describe(question.question) | asked, strict=False, posts=posts, bodies=bodies)
    return Place(
        slot_profile(frame.before, frame.after),
        gender=slot_gender(frame.before, frame.after),
        speaking=speaks(frame.before, frame.after),
        posts=posts,
        bodies=bodies,
        rank=rank_before(frame.before) or rank_held(frame.before, frame.after),
    )


def _another_rank(rank: tuple[str, str], ranks: frozenset[tuple[str, str]]) -> bool:
    """`Deputy Governor {answer}` offered the person the article calls Governor: it writes
    the place's post before their name only with another qualifier, or none (the governor put
    into his deputy's post was judged a person of another role, held-out 121a #14)."""
    qualifier, post = rank
    theirs = {q for q, p in ranks if p == post}
    return bool(theirs) and qualifier not in theirs


def false_candidates(
    question: Question, facts: ArticleFacts, frame: Frame | None = None
) -> list[Candidate]:
    """Every wrong value worth trying for a question, from the pack first."""
    return list(candidate_stream(question, facts, frame))


def candidate_stream(
    question: Question, facts: ArticleFacts, frame: Frame | None = None
) -> Iterator[Candidate]:
    """`false_candidates`, each worked out when it is taken: a question that needs one
    false claim (as `check` asks) stops at the first candidate that makes one, and never
    applies the rules nor reads the article's values past it."""
    year = question.default_year or 2000
    answer = question.answer
    if question.kind == Kind.CHOICE and question.choices:
        # The author's own distractors are the plausible wrong answers; nothing else is needed.
        # But no body, place or phrase the article itself writes: a quiz takes its traps from
        # the article (the helicopter firm offered as the bus's owner), and the article then
        # says what that one is, which rules the claim out. (People have their own filters.)
        of_people = re.match(r"\s*(?:who|whom|whose)\b", question.question, re.IGNORECASE)
        # "Who is the governor?": anyone else the article names has a part of their own in
        # it (the green group's director), and holding this post is not it.
        of_a_post = _asks_who_holds(question.question)
        # `Andres Kask, chairman of the union, said …`: the posts the cited sentence gives
        # whoever stands there.
        slot_posts = named_posts(frame.before, frame.after) if frame is not None else frozenset()
        # `… told the court she had found two calves`: no choice the article, or else the
        # given name, makes of the other sex.
        slot_sex = slot_gender(frame.before, frame.after) if frame is not None else None
        yield from _ordered(
            Candidate(c, Family.CHOICE)
            for c in question.choices
            if c != answer
            and not (slot_sex and _sex_of(c, facts) not in (None, slot_sex))
            and not (isinstance(answer, str) and _named_for_another(answer, c, facts))
            and not (of_a_post and facts.is_person(c))
            # `Which opposition MP called for an inquiry?` answered by the consortium's
            # project director: the article gives them a post the question does not ask
            # (judged a person of another role, held-out 19b #9).
            and not _holds_another_post(c, question, facts, slot_posts)
            # `The Poljanska Sora is the northern branch` where the article calls it `the
            # southern branch` (judged not plausible, held-out 25a #10).
            and not _described_as_the_opposite(c, question, facts)
            and not (not of_people and _names_a_body_of_the_article(c, question, facts))
            and (
                of_people
                or facts.is_person(c)
                or not any(ch.isalpha() for ch in c)
                or not facts.writes(c)
            )
        )
        return
    if isinstance(answer, tuple):
        place = place_of(question, frame)
        yield from _ordered(_list_candidates(question, answer, facts, year, place))
        return
    text = answer
    sources: list[Callable[[], Iterable[Candidate]]] = [
        lambda: [
            Candidate(t, Family.TITLE)
            for t in perturb.changed_titles(text)
            if not perturb.held_by_another(t, facts.paragraphs)
            # A post the article gives someone is theirs now: made `former`, the claim was
            # judged one the article rules out where they speak for the body (held-out 20b
            # #8, 21b #2), and where they are still to take it up (`will become`).
            and not t.lower().startswith("former")
        ],
        lambda: _people_candidates(question, text, facts, lambda: place_of(question, frame)),
        *_embedded_value_sources(
            text,
            facts,
            year,
            _line(question),
            frame.after if frame is not None else "",
            frame.before if frame is not None else "",
        ),
    ]
    sources.append(lambda: _split_candidates(text, _members_of(question)))
    if question.kind != Kind.PERSON and not facts.is_person(text):
        # A person is only ever swapped for a person: `Austin` is also a city in Texas.
        sources.append(lambda: _country_candidates(text, facts))
        sources.append(lambda: _word_candidates(text, facts))
    # `minute 62`, `part 15`: a position, not an amount; ten times it is no slip.
    no_scale = frame is not None and _index_before(frame.before) is not None
    yield from _ordered_stream(sources, no_scale)


# A number right after one of these words is a position or a name, not an amount.
_INDEX_WORDS = (
    "minute", "page", "part", "chapter", "round", "day", "game", "stage", "number", "no.",
    "item", "section", "article", "flight", "mission", "row", "seat", "platform", "route",
    "line", "room", "gate", "level", "grade", "step", "episode", "season", "match", "week",
    "lap", "hole", "board", "move",
)  # fmt: skip
_INDEX = re.compile(r"\b((?:" + "|".join(map(re.escape, _INDEX_WORDS)) + r"))\s*$", re.IGNORECASE)
_LONGEST_INDEX = max(map(len, _INDEX_WORDS))


def _index_before(before: str) -> re.Match[str] | None:
    """A word of `_INDEX` where `before` ends (`minute`, `round`)."""
    return _search_at_end(_INDEX, before, _LONGEST_INDEX)


def _search_at_end(pattern: re.Pattern[str], text: str, longest: int) -> re.Match[str] | None:
    """`pattern.search(text)` for a pattern that ends where `text` does but for spaces, begun
    where a match of its words (at most `longest` characters) can start: a search from the
    start tried every character of a long sentence."""
    return pattern.search(text, max(0, len(text.rstrip()) - longest))


def _written_as_position(paragraph: str, span: tuple[int, int], word: str) -> bool:
    """The article writes the number at `span` as a position named by `word`: right after it
    (`round 5`, `on board four`), or as an ordinal before it (`the 11th and final round`)."""
    named = rf"{re.escape(word)}s?"
    if re.search(rf"\b{named}\s*$", paragraph[: span[0]], re.IGNORECASE):
        return True
    ordinal = re.compile(rf"(?:st|nd|rd|th)\s+(?:[a-z-]+\s+){{0,2}}{named}\b", re.IGNORECASE)
    return any(ordinal.match(paragraph, at) for at in (span[1] - 2, span[1]) if at >= span[0])


def _named_for_another(answer: str, choice: str, facts: ArticleFacts) -> bool:
    """The choice is the answer's body or post with the place or party in its name swapped
    for another the article names (`the Utah Supreme Court` for `the US Supreme Court` where
    Utah is a party to the case): a body of another role, judged nonsense; the rest of the
    name still says which body the sentence means."""
    mine, theirs = answer.split(), choice.split()
    if len(mine) != len(theirs) or len(mine) < 2:
        return False
    differ = [i for i, (a, b) in enumerate(zip(mine, theirs, strict=True)) if a != b]
    if not differ or differ[-1] - differ[0] + 1 != len(differ) or len(differ) == len(mine):
        return False
    same = [w for i, w in enumerate(theirs) if i not in differ]
    if not all(w[:1].isupper() or w.lower() in ("of", "the", "for", "and") for w in same):
        return False  # only inside a name: `the north of the city` is no body's name
    if not _BODY_OF_A_PLACE & {singular(w) for w in words_of(" ".join(same))}:
        return False  # a place's own name (`Lukmanier Pass` for `Gotthard Pass`) is no body
    replaced = " ".join(mine[differ[0] : differ[-1] + 1])
    swapped = " ".join(theirs[differ[0] : differ[-1] + 1])
    return _a_place_or_party(replaced, facts) and _a_place_or_party(swapped, facts)


# Bodies and posts that belong to a place, named after it (`the Utah Supreme Court`,
# `University of Colorado`, `Lenster's attorney general`).
_BODY_OF_A_PLACE = frozenset(
    {"court", "ministry", "department", "university", "police", "parliament", "senate",
     "council", "government", "assembly", "commission", "agency", "authority", "office",
     "army", "navy", "bank", "legislature", "cabinet", "governor", "mayor", "minister",
     "attorney", "premier", "president", "prosecutor", "ambassador"}
)  # fmt: skip


# A bracket straight after a figure that gives a figure of its own: a conversion of it
# (`(about 2,600 feet)`, `(about $6.50)`).
_RESTATED_AFTER = re.compile(r"\s*\([^()]*\d[^()]*\)")
# `(LHTC)`: initials in brackets, as an article gives a body's.
_BRACKETED = re.compile(r"\(([A-Z][A-Z&]{1,5})\)")
# `the LHTC`, `LHTC`, `the LHTC's board`, `the LHTC's new water board`: a body by initials.
_BODY_BY_INITIALS = re.compile(r"(?:[Tt]he\s+)?([A-Z][A-Z&]{1,5})(?:['’]s(?:\s+[a-z-]+){1,3})?")


def _names_a_body_of_the_article(choice: str, question: Question, facts: ArticleFacts) -> bool:
    """The choice names, by initials the article gives it, a body of the article that the
    answer does not name (`the ANEPC`, `the LHTC's board`): the article says what that body
    does, and the claim then gives it another body's part. The choice written whole in the
    article is ruled out the same way (see candidate_stream); written by its initials, or as
    the owner of another body, it is still the article's (`The LHTC's board must ratify the
    treaty`, of the commission the two governments set up to carry it out, was judged a body
    of another role, held-out 17b #9)."""
    if not facts.initials:
        return False
    body = _BODY_BY_INITIALS.fullmatch(choice.strip())
    if body is None or body.group(1) not in facts.initials:
        return False  # a phrase (`The PUP's candidate had come third`) is no body
    answers = question.answer if isinstance(question.answer, tuple) else (question.answer,)
    said = " ".join((question.question, *(str(a) for a in answers)))
    return re.search(rf"(?<![\w-]){re.escape(body.group(1))}(?![\w-])", said) is None


def _a_place_or_party(name: str, facts: ArticleFacts) -> bool:
    """A place of the tables, or a name the article writes standing alone inside a sentence
    (`that Lenster took more`), not as a word of a longer name (`Supreme`, `District`)."""
    if not name[:1].isupper():
        return False
    if words_of(name) in world().place_by_name:
        return True
    alone = re.compile(rf"[\w,;]\s+{re.escape(name)}(?![\w-])(?!\s+[A-Z])")
    return any(alone.search(paragraph) for paragraph in facts.paragraphs)


def _word_candidates(text: str, facts: ArticleFacts) -> list[Candidate]:
    """Another international body, city of the same country, or word of the same
    kind (a direction, a degree, a kind of force); the article's own first."""
    out = [
        Candidate(value, Family.ARTICLE if mentioned else Family.RELATED)
        for value, mentioned in perturb.other_organisations(text, facts.paragraphs)
    ]
    out += [
        Candidate(value, Family.ARTICLE if mentioned else Family.RELATED)
        for value, mentioned in perturb.other_cities(text, facts.paragraphs)
    ]
    out += [
        Candidate(value, Family.RELATED)
        for value in perturb.related_words(text)
        if not _names_another(value, facts) and not _breaks_a_place(text, value)
    ]
    return out


def _breaks_a_place(text: str, value: str) -> bool:
    """A word of a place's name of the tables changed into a name that is none (`South
    Korea` → `West Korea`); `North Korea` is a place too."""

    def spans(words: str) -> set[tuple[int, int]]:
        return {(s, e) for s, e, _ in places_in(tokenize(words)) if e - s >= 2}

    return bool(spans(text) - spans(value))


def _names_another(value: str, facts: ArticleFacts) -> bool:
    """A name made by changing a word of the answer's (West Slope → East Slope) that the
    article gives to something else: the other side it sets against the true one ('The
    river rises on the East Slope' where the tunnel takes its water to the East Slope,
    judged a place of another role); a name it never writes (North Slope) is a slip."""
    if not value[:1].isupper() or len(value.split()) < 2:
        return False
    pattern = re.compile(rf"(?<![\w-]){re.escape(value)}(?![\w-])")
    return any(pattern.search(paragraph) for paragraph in facts.paragraphs)


def _ordered_stream(
    sources: Sequence[Callable[[], Iterable[Candidate]]], no_scale: bool
) -> Iterator[Candidate]:
    """`_ordered` of every source's candidates in turn (leaving out those off by a factor of
    ten when `no_scale`), each source worked out only once the ones before it are taken."""
    seen: set[str] = set()
    rules: list[Candidate] = []  # held back until every source's candidates from the pack
    for source in sources:
        for candidate in source():
            if no_scale and candidate.family is Family.SCALE:
                continue
            if candidate.family not in FROM_PACK:
                rules.append(candidate)
                continue
            key = fold_text(candidate.value)
            if key and key not in seen:
                seen.add(key)
                yield candidate
    for candidate in rules:
        key = fold_text(candidate.value)
        if key and key not in seen:
            seen.add(key)
            yield candidate


def _ordered(candidates: Iterable[Candidate]) -> list[Candidate]:
    """From the pack first, then rules; each value once."""
    return list(_ordered_stream([lambda: candidates], no_scale=False))


# --- claims -------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionClaims:
    """What a question yields: its true claim, its false claims, or why not."""

    question: Question
    true_claim: Claim | None
    false_claims: tuple[Claim, ...]
    path: ClaimPath | None
    problem: str | None = None  # why the question cannot be played as a fact-check
    # The false claims not made yet, in order: a round states most questions truly, and a
    # true claim needs only one false claim to exist, so the rest are made when asked for.
    more: Iterator[Claim] | None = field(default=None, compare=False, repr=False)

    @property
    def playable(self) -> bool:
        return self.true_claim is not None and bool(self.false_claims)

    def with_false_claims(self, wanted: int, *, more_later: bool = True) -> QuestionClaims:
        """These claims with up to `wanted` false claims, the next ones made now; the rest
        kept to be made later only when `more_later`."""
        missing = wanted - len(self.false_claims)
        if missing <= 0 or self.more is None:
            return self
        made = tuple(itertools.islice(self.more, missing))
        more = self.more if len(made) == missing and more_later else None
        return replace(self, false_claims=self.false_claims + made, more=more)

    @property
    def claims(self) -> tuple[Claim, ...]:
        return ((self.true_claim,) if self.true_claim else ()) + self.false_claims


def claims_for(
    question: Question,
    facts: ArticleFacts,
    max_false: int = MAX_FALSE_PER_QUESTION,
    *,
    more_later: bool = True,
    true_claim_wanted: bool = True,
) -> QuestionClaims:
    """The question's true claim and its first `max_false` false claims; the rest are kept
    to be made later (`QuestionClaims.more`) only when `more_later`: a caller that never
    asks for more lets go of the stream, and of every candidate it holds back. Without
    `true_claim_wanted` the true claim is not made (None): `check` reads only `problem`,
    which never depends on it."""
    if question.kind == Kind.CLAIM:
        return QuestionClaims(question, None, (), None)  # true-or-false already: no value to state
    frame, citation, span = frame_for(question)
    if frame.path is ClaimPath.CITED and (
        not _choices_fit(question, frame) or _holder_described(question, frame, facts)
    ):
        frame = question_frame(question)
    if frame.path is not ClaimPath.QUESTION and _derived_beside(frame, stated_answer(question)):
        # `137 million pounds, down 50 percent from 198 million`: the sentence's own figures
        # make 31 percent, and a claim that carries them contradicts itself; say it plainly.
        frame = question_frame(question)
    if frame.path is ClaimPath.CITED and _counts_its_list(frame):
        # `in three waves: 4,200 from January, 4,100 in mid-2027, and the remaining 3,500`:
        # four waves before a list of three contradicts itself; say it plainly instead.
        frame = question_frame(question)
    frame = _without_initials(frame)
    first = citation or question.citations[0]
    value_span = span or locate(question, first.text, (first.start, first.end))
    source = Source.of(first, value_span)

    def make(frame: Frame, value: str, truth: bool, family: Family) -> Claim | None:
        wording: str | None = value
        value_words = value
        if not truth and frame.original is not None and (unit := _HYPHENED_UNIT.match(frame.after)):
            # `a 9-gram sample` changed to 8 grams: `an 8-gram sample`, the figure alone
            # before the article's own unit; another unit there would be garbled.
            figure = _figure_of_unit(value, unit.group(1))
            if figure is None:
                return None
            value_words = figure
        if truth and frame.original is not None:
            wording = frame.original  # the article's own words
        elif frame.original is not None and isinstance(question.answer, tuple):
            wording = _list_in_own_words(frame.original, question.answer, value)
        elif frame.original is not None and question.kind != Kind.NUMBER:
            wording = _requoted(frame.original, value_words)
        elif (original := frame.original) is not None and question.kind == Kind.NUMBER:
            wording = worded_like(original, value_words)  # third → fourth, twice → three times
            if wording is not None:
                frame = _range_kept(frame, value_words)
            elif not value_words.strip().isdigit():
                wording = _requoted(original, value_words)  # `54 metres`, `6.4`: as written
        if wording is not None:
            wording = _one_after_next_dropped(frame, _undoubled(frame, wording))
        if wording is None or _repeats(frame, wording) or _doubled(frame, wording):
            return None
        if (
            re.fullmatch(r"1|one", wording.strip(), re.IGNORECASE)
            and re.match(r"\s+\w+s\b", frame.after)
        ) or (_ONE_BEFORE_PLURAL.search(wording) and not _ONE_BEFORE_PLURAL.search(true_value)):
            return None  # "1 times", "one players", "and one helicopters"
        if not truth and _part_above_whole(wording, frame.after):
            return None  # "won 25 of his nine Tests"
        if not truth and (_elsewhere_in(frame, wording) or _demonym_in(frame, wording)):
            return None  # "strikes in Ukraine … near the border with Ukraine" reads as nonsense
        if (
            not truth
            and question.kind in (Kind.PERSON, Kind.CHOICE)
            and _NO_KIN.search(frame.after)
        ):
            # `Alan Brereton, who is no relation of the superintendent`: the words after the
            # name tie it to a namesake, and hold for no other person
            return None
        if (
            not truth
            and family in _CHANGED_BY_US
            and _too_exact(frame.before, wording, true_value, family is not Family.ARTICLE)
        ):
            return None  # "the jury met for nearly 148 minutes": a film's running time
        if not truth and perturb.bound_keeps_true(frame.before, true_value, value, frame.after):
            return None  # "killed at least 23" is true too when at least 64 died
        if not truth and perturb.window_keeps_true(frame.before, frame.after, true_value, value):
            return None  # "had not cancelled a concert in 5 years" is true when none in 22
        if not truth and perturb.deadline_keeps_true(frame.before, true_value, value):
            return None  # "to be finished by 2030" is true when by 2028
        if not truth and perturb.side_of_date_keeps_true(frame.before, true_value, value):
            return None  # "no rain is expected before June 23" is true when before June 24
        if not truth and _shape_broken(true_value, wording, members()):
            return None  # "won the tiebreak 4-5", "the five-member board voted 20–1"
        if not truth and _two_prepositions(frame.before, wording):
            return None  # "displayed in on the quay": the value brings its own preposition
        if not truth and _weekday_broken(frame.before, wording, question.default_year):
            return None  # "since Wednesday, October 8" where October 8 was a Sunday
        if not truth and frame.before.endswith("(") and frame.after.startswith(")"):
            return None  # "the Climate Administration (Department of Agriculture)": the
            # bracket restates what stands before it, and a claim changing it alone is garbled
        if not truth and (restated := _RESTATED_AFTER.match(frame.after)):
            # `8,000 metres (about 2,600 feet)`: the bracket converts the true figure, and
            # would give the changed one away, or make nonsense of it
            frame = replace(frame, after=frame.after[restated.end() :])
        if not truth:
            wording = _SINGLE_POSSESSIVE.sub(r"\1\2s", wording)  # `one week' pay`: `week's`
        if (
            frame.after[:1] in _APOSTROPHES
            and frame.after[1:2] in (" ", "")
            and not wording.rstrip().endswith("s")
        ):
            # `two weeks' pay` changed to one week: `one week's pay`, not `one week' pay`
            frame = replace(frame, after=frame.after[0] + "s" + frame.after[1:])
        sentence, at = frame.fill(wording)
        if not truth:
            sentence, at = _a_or_an(*_the_agrees(sentence, at))
            true_sentence = frame.fill(frame.original or true_value)[0]
            if _order_turned(true_sentence, sentence):
                return None  # "within 63 to 48 hours", "won 1–4": a range or score upside down
            if _range_widened(true_sentence, sentence):
                return None  # "12 to 60 per cent" of 50 to 60: still true
        sentence = sentence[:1].upper() + sentence[1:]
        return Claim(question, sentence, truth, value, at, frame.path, family, source)

    true_value = stated_answer(question)
    # The article's sentence that states the answer: its other figures are the other end of
    # the same change or comparison (`up from 4,000 riel`, `from 68,000 to 45,500 pounds`),
    # a part or the whole of it; put in the answer's place, they undo what it says.
    answer_at = value_span[0] if value_span else first.start
    answer_sentence = next(
        (
            first.text[start:end]
            for start, end in split_sentences(first.text)
            if start <= answer_at < end
        ),
        first.quote,
    )

    @once
    def members() -> int | None:
        return _members_of(question)

    @once
    def length_gone() -> float | None:
        return _length_gone(question, facts)

    @once
    def other_points() -> frozenset[str]:
        # The answer's sentence first: most give no share, and the article is not read.
        if not _may_give_a_share(answer_sentence) or not _SHARE_OF.search(answer_sentence):
            return frozenset()
        return _other_points(facts, answer_sentence)

    @once
    def subject() -> frozenset[str]:
        """The names of the claim and its sentence, read only where the answer states a
        year and the article gives something a start."""
        if not YEAR.search(true_value) or not facts.starts:
            return frozenset()
        return facts.names_in(f"{question.claim or question.question} {answer_sentence}")

    if not grade(question, true_value).correct:
        return QuestionClaims(
            question,
            None,
            (),
            frame.path,
            f"the answer stated as `{true_value}` does not grade correct",
        )

    # Each candidate of the frame tried last, and whether the grader takes it: when no claim
    # comes of them, the stream has read them all, and the warning says why from these.
    tried: list[tuple[str, bool]] = []
    ruled_out: set[str] = set()  # of those, the ones the article's own figures rule out
    limits: list[tuple[Value, Limits] | None] = []  # read when the first candidate is

    def impossible(value: str) -> bool:
        """The article's own figures make the changed value impossible: a part as big as
        its whole, a whole no bigger than one of its parts (see `arithmetic`)."""
        if not limits:
            limits.append(_figure_limits(question, facts, first.line, value_span, frame))
        if limits[0] is None:
            return False
        answer, allowed = limits[0]
        changed = _first_value(value)
        if changed is None or type(changed) is not type(answer):
            return False
        read = size_and_unit(changed)
        return read is not None and not allowed.admits(read[0])

    def false_claims_in(frame: Frame) -> tuple[tuple[Claim, ...], Iterator[Claim]]:
        """The first `max_false` false claims, and the rest, not made yet."""
        tried.clear()
        ruled_out.clear()

        def made() -> Iterator[Claim | None]:
            # Read once per question, not per candidate: most questions have neither.
            names, points = subject(), other_points()
            for candidate in candidate_stream(question, facts, frame):
                if candidate.family in _YEAR_CHECKED and _year_crosses_date(
                    question, candidate.value
                ):
                    continue  # "the record was set in 2030": the pledge's deadline, to come
                if (
                    candidate.family is not Family.ARTICLE
                    and candidate.family not in FROM_PACK  # a date of another event may do
                    and _day_crosses_date(question, true_value, candidate.value, facts.published)
                ):
                    continue  # "the search ended on October 18", after the report of it
                if names and _before_its_start(
                    true_value, candidate.value, names, facts, answer_sentence
                ):
                    continue  # "postponed in January 2015", by a company there since 2021
                if (
                    points
                    and candidate.family is Family.ARTICLE
                    and _on_another_point(candidate.value, points)
                ):
                    continue  # "90 percent back after 24 hours", more than half out then
                if candidate.family is Family.ARTICLE and _beside_the_answer(
                    candidate.value, answer_sentence, true_value
                ):
                    continue  # "now sells for 4,000 riel", of "6,000 riel, up from 4,000 riel"
                if (
                    question.kind == Kind.DATE
                    and candidate.family not in FROM_PACK  # a date of another event may do
                    and facts.date_ranges
                    and _outside_its_span(true_value, candidate.value, facts.date_ranges)
                ):
                    continue  # a week later than July 3: after the festival closed July 6
                if (
                    question.kind == Kind.DATE
                    and candidate.family not in FROM_PACK
                    and candidate.family is not Family.ARTICLE  # the article's days are in it
                    and facts.days is not None
                    and _outside_the_articles_days(
                        question, true_value, candidate.value, facts.days
                    )
                ):
                    continue  # a month before the race began: before every day dated
                if (gone := length_gone()) is not None and _no_longer_than(candidate.value, gone):
                    continue  # a crackdown of 8 days in all, 10 days of which have passed
                if impossible(candidate.value):
                    tried.append((candidate.value, False))
                    ruled_out.add(candidate.value)
                    continue
                # A value the grader takes as half the fact (`E85` for E85 a month) states
                # no clear falsehood: it is no false claim.
                right = grade(question, candidate.value).outcome is not Outcome.INCORRECT
                tried.append((candidate.value, right))
                if not right:
                    yield make(frame, candidate.value, False, candidate.family)

        # Lazily: the candidates past the first few claims are never made nor graded.
        rest = (c for c in made() if c is not None)
        return tuple(itertools.islice(rest, max_false)), rest

    last_tried = frame
    false_claims, more = false_claims_in(frame)
    if not false_claims and frame.path is ClaimPath.CITED and _names_a_person(question):
        # Nobody the article describes fits beside this name's title: ask the question
        # as a statement instead ("The Chairman of the Joint Chiefs of Staff is …").
        stated = last_tried = question_frame(question)
        false_claims, more = false_claims_in(stated)
        if false_claims:
            frame = stated
    true_claim = make(frame, true_value, True, Family.ANSWER) if true_claim_wanted else None
    problem = None
    if not false_claims:
        if max_false < 1:  # nothing was asked of the stream: read it now
            tried[:] = [
                (c.value, not impossible(c.value) and grade(question, c.value).correct)
                for c in candidate_stream(question, facts, last_tried)
            ]
            ruled_out.update(value for value, _ in tried if impossible(value))
        candidates = [value for value, _ in tried]
        accepted = [value for value, right in tried if right]
        if candidates and len(accepted) == len(candidates):
            shown = ", ".join(f"`{v}`" for v in accepted[:3])
            problem = f"every changed value tried is accepted by the grader ({shown})"
        elif candidates and len(ruled_out) + len(accepted) == len(candidates):
            problem = (
                "every changed value tried is accepted by the grader or ruled out by the "
                "article's own figures (a part as big as its whole, a whole no bigger than "
                "one of its parts)"
            )
        elif candidates:
            problem = (
                "no changed value reads well in the cited sentence (it names them already, "
                "or they do not fit its words)"
            )
        elif _names_a_person(question):
            problem = (
                "the article names nobody else of the same side whom the words around this "
                "name could describe"
            )
        else:
            problem = (
                "the answer has no date, number, amount, duration, person, title, country, "
                "place, body or choice to change"
            )
        problem = f"no plausible false claim can be made: {problem}"
    more_wanted = more if len(false_claims) == max_false and more_later else None
    return QuestionClaims(question, true_claim, false_claims, frame.path, problem, more_wanted)


# Words that say a figure is rounded: what follows them is never an exact figure.
# "A good", "a full", "well over" give a round lower bound as "about" gives a round figure
# ("a good 30 millimetres"; "a good 31 millimetres" judged an approximation nobody makes).
_ROUNDING = (
    "nearly", "almost", "about", "roughly", "around", "approximately", "some", "close to",
    "just over", "just under", "a good", "a full", "well over", "well under", "well above",
    "well below", "upwards of", "the best part of", "a little over", "a little under",
    "just shy of",
)  # fmt: skip
_APPROXIMATELY = re.compile(rf"\b(?:{'|'.join(_ROUNDING)})\s+$", re.IGNORECASE)


# The longest of those words, and the character before it (where `\b` is decided).
_APPROXIMATELY_REACH = 1 + max(len(word) for word in _ROUNDING)


_PERCENT_AFTER = re.compile(r"\s*(?:%|percent\b|per cent\b|percentage points?\b)", re.I)
_PERCENT_WORDS = re.compile(r"^\s*[\d.,]+\s*(?:%|percent\b|per cent\b)", re.I)


def _derived_beside(frame: Frame, true_value: str) -> bool:
    """The percent is a share or a change of two figures of one measure the sentence itself
    holds (`137 million pounds, down 31 percent from 198 million`, `84 of 140, or 60
    percent`): any other percent contradicts them."""
    answer = _first_value(true_value)
    if not isinstance(answer, Number):
        return False
    if not (_PERCENT_WORDS.match(true_value) or _PERCENT_AFTER.match(frame.after)):
        return False
    figures: list[tuple[Value, bool]] = []
    for text in (frame.before, frame.after):
        for found in find_values(text):
            value = found.value
            if isinstance(value, Number) and value.decimals == 0 and 1800 <= value.value <= 2100:
                continue  # a year
            figures.append((value, _PERCENT_AFTER.match(text, found.end) is not None))
    for (one, one_pc), (other, other_pc) in itertools.combinations(figures, 2):
        if type(one) is not type(other) or one_pc != other_pc:
            continue
        a, b = perturb.size_of(one), perturb.size_of(other)
        if not a or not b:
            continue
        shares = [abs(a - b) / b * 100, abs(a - b) / a * 100, a / b * 100, b / a * 100]
        if one_pc:
            shares.append(abs(a - b))  # `45 percent, up 5 points from 40 percent`
        if any(abs(share - answer.value) <= 1 for share in shares):
            return True
    return False


# The value counts what a list after a colon goes on to give: `{three} waves: …, … and …`.
_LIST_COUNTED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?[\w-]+:\s")


def _counts_its_list(frame: Frame) -> bool:
    original = (frame.original or "").strip()
    counted = original.isdigit() or original.lower() in NUMBER_WORDS
    return counted and _LIST_COUNTED.match(frame.after) is not None


def _approximately(text: str) -> bool:
    """`_APPROXIMATELY.search(text)`, read in the end of `text` only: a match ends with the
    text, its word straight before the trailing spaces. Searching a whole sentence's run-up
    for each changed value read it from every position."""
    words_end = len(text.rstrip())
    if words_end == len(text):
        return False  # no space after the last word: nothing ends in `…\s+$`
    return _APPROXIMATELY.search(text, max(0, words_end - _APPROXIMATELY_REACH)) is not None


# `4–1`, `7-5`: a score or a vote's split, two counts and a dash.
_SPLIT = re.compile(r"\s*(\d{1,3})\s*[-–—]\s*(\d{1,3})\s*")
# `the five-member board`, `a nine-member court`: how many there are to vote.
_MEMBERS = re.compile(r"\b(\w+)-member\b", re.IGNORECASE)
# `34 °C`, `93 °F`: a temperature, and the range of the air's in that scale.
_DEGREES = re.compile(r"(-?\d+(?:\.\d+)?)\s*°\s*([CF])\b")
_AIR = {"C": (-60.0, 60.0), "F": (-76.0, 140.0)}


_FIGURE_IN = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def _beside_the_answer(value: str, sentence: str, true_value: str) -> bool:
    """The article's sentence that states the answer states this value too: its figure
    (not the answer's own), or for a value with no figure, its words."""
    figure = _FIGURE_IN.search(value)
    if figure is None:
        return re.search(rf"\b{re.escape(value)}\b", sentence) is not None
    if figure.group() in _FIGURE_IN.findall(true_value):
        return False
    return figure.group() in _FIGURE_IN.findall(sentence)


# Two figures whose order is a fact: a range (`36 to 48 hours`, `between 14 and 16`),
# a score or a vote (`4–1`, `passed 33 to 31`).
# A figure, with the currency before it and the scale after it that an amount's range
# repeats at each end (`$11 million to $14 million`, `€2 billion–€3 billion`).
_CURRENCY = r"(?:[A-Z]{0,3}[$€£¥₹]\s?|Rp\s?|Nu\.\s?)?"
# Small counts in words keep an order too (`every three or four years`).
_COUNT_WORDS = {
    word: n
    for n, word in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
         "ten", "eleven", "twelve"]
    )
}  # fmt: skip
_FIGURE = (
    rf"{_CURRENCY}(\d[\d,]*(?:\.\d+)?|(?:{'|'.join(_COUNT_WORDS)})(?![\w-]))"
    r"(?:\s*(thousand|million|billion|trillion|bn)\b)?"
)
_ORDERED_PAIR = re.compile(
    rf"(?<![\w.,]){_FIGURE}\s*(?:%|per ?cent)?(?:\s+(?:to|or)\s+|\s*[-–—]\s*){_FIGURE}(?![\d])"
    rf"|\bbetween\s+{_FIGURE}\s*(?:%|per ?cent)?\s+and\s+{_FIGURE}(?![\d])",
    re.IGNORECASE,
)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
# What joins the two figures of every `_ORDERED_PAIR` (`to` between spaces, a dash, or
# `between`), under the same case folding: a sentence without any holds no pair, and is
# known so at once instead of trying the whole pattern at each of its characters.
_PAIR_JOIN = re.compile(r"\s(?:to|or)\s|[-–—]|between", re.IGNORECASE)


# The countries a swap puts in that never take "the" (`the Canada`), and the names of an
# institution of somewhere that always do (`a historian at the University of Ghana`).
_THE_BEFORE_BARE = re.compile(
    r"\b([Tt]he) (?=(?:"
    + "|".join(re.escape(c) for region in REGIONS for c in region if c not in THE_COUNTRIES)
    + r")(?![\w'’-])(?! [A-Z]))"  # not `the Sweden Democrats`, `the Canada Day holiday`
)
_INSTITUTION_OF = re.compile(
    r"(?:University|Bank|Institute|Museum|Ministry|Department|Office|Court|Council|College)"
    r" of\b"
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:at|in|from|of|to|by|with|for|and|or)\s$")


def _the_agrees(sentence: str, at: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """A swapped name with the "the" it takes: `Argentina, Estonia and Canada` where the
    true list ends `and the United States`; `at the University of Cape Town` where the true
    name took none (`at Sol Plaatje University`)."""
    start, end = at
    found = _THE_BEFORE_BARE.search(sentence, max(0, start - 4))
    if found is not None and found.start() < end:
        cut = found.end(1) + 1 - found.start()
        sentence = sentence[: found.start()] + sentence[found.end(1) + 1 :]
        start, end = (start - cut, end - cut) if found.start() < start else (start, end - cut)
    if _INSTITUTION_OF.match(sentence, start) and _PREPOSITION_BEFORE.search(sentence[:start]):
        sentence = sentence[:start] + "the " + sentence[start:]
        start, end = start + 4, end + 4
    return sentence, (start, end)


# `the first 10 days of a crackdown`: the words after the span, and `first` before it.
_FIRST_SPAN_OF = re.compile(r"\s+of\s+((?:the|a|an|its|their|this)\s+[\w-]+(?:\s+[\w-]+)?)")
_FIRST_BEFORE = re.compile(r"\bfirst\s+$", re.IGNORECASE)


def _length_gone(question: Question, facts: ArticleFacts) -> float | None:
    """The longest length of time, in seconds, the article says has passed of the thing the
    question asks of (`the first 10 days of a crackdown`), or None: no false length of it
    is that long or shorter."""
    if question.kind != Kind.DURATION or not facts.first_spans:
        return None
    true = [
        f.value for f in find_durations(stated_answer(question)) if isinstance(f.value, Duration)
    ]
    asked = frozenset(tokenize(question.question)) - FILLERS
    return max(
        (
            seconds
            for words, seconds in facts.first_spans
            # the answer itself no longer: another of the things so named (`the first six
            # days of the season` beside a season proposed to be cut to five days)
            if (len(true) != 1 or true[0].seconds > seconds) and words & asked
        ),
        default=None,
    )


def _no_longer_than(value: str, seconds: float) -> bool:
    """The value is one length of time, no longer than `seconds`: `the crackdown will run
    for 8 days in all` where 10 days of it have passed."""
    changed = [f.value for f in find_durations(value) if isinstance(f.value, Duration)]
    return len(changed) == 1 and changed[0].seconds <= seconds


# A unit written straight after the figure, joined to it (`9-gram`, `11-day`, `40-hour`).
_HYPHENED_UNIT = re.compile(r"-([a-z]+)\b")


def _figure_of_unit(value: str, unit: str) -> str | None:
    """The figure of a changed value in the unit the article joins to it (`8 grams` before
    `-gram`: `8`), or None where the value gives another unit or more than a figure."""
    found = re.fullmatch(r"([\d][\d,.]*)(?:\s*-?\s*([A-Za-z]+))?", value.strip())
    if found is None:
        return None
    written = found.group(2)
    if written is not None and singular(written) != singular(unit):
        return None
    return found.group(1)


def _a_or_an(sentence: str, at: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """`a 9-gram sample` changed to 8 grams: `an 8-gram sample`, as the changed words sound
    (the `a` before them, and any within them: a list's item `a 8-gram sliver`); `an
    11-day strike` changed to 12: `a 12-day strike`."""
    start, end = at
    found = _search_at_end(_ARTICLE_BEFORE, sentence[:start], len("an "))
    if found is not None:
        sentence, shift = _agreed(sentence, found.start(1), found.end(1), sentence[start:end])
        start, end = start + shift, end + shift
    for inside in reversed(list(_ARTICLE_AND_FIGURE.finditer(sentence, start, end))):
        sentence, shift = _agreed(sentence, inside.start(1), inside.end(1), inside.group(2))
        end += shift
    return sentence, (start, end)


def _agreed(sentence: str, first: int, last: int, following: str) -> tuple[str, int]:
    """The sentence with its `a` or `an` at first:last agreeing with the words following."""
    written = sentence[first:last]
    wanted = "an" if _SOUNDS_LIKE_A_VOWEL.match(following) else "a"
    if written.lower() == wanted:
        return sentence, 0
    if written[0].isupper():
        wanted = wanted.capitalize()
    return sentence[:first] + wanted + sentence[last:], len(wanted) - len(written)


# `a` or `an` before a figure, within a changed value (`and a 8-gram sliver`).
_ARTICLE_AND_FIGURE = re.compile(r"\b(an?|An?)\s+(\d[\d,.]*)")
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(an?|An?)\s+$")
# Words read from their first sound: figures said `eight…`, `eleven…`, `eighteen…` (not
# `one hundred and eighty`), and words opening with a vowel but `one`, `uni-`, `use`, `eu-`.
_SOUNDS_LIKE_A_VOWEL = re.compile(
    r"(?:8|1[18](?:[,.\s-]|$|\d{3}(?!\d))|(?!one\b|once\b|uni|use|eu|ewe)[aeiouAEIOU]|hour|honou?r|honest|heir)",
)


@functools.lru_cache(maxsize=1 << 14)
def _ordered_pairs(text: str) -> tuple[tuple[float, float], ...]:
    """Each pair of figures that keep an order (a range, a score, a vote), as written.
    Cached: every false claim of a question is weighed against the same true sentence,
    which was read again for each (the most time of any reader here). Room for a long
    pack's every true sentence beside its changed ones: with 1,024 the changed sentences,
    each read once, pushed the true ones out (a 10,000-question round read 12,259
    sentences 28,754 times)."""
    if _PAIR_JOIN.search(text) is None:
        return ()  # most changed sentences: no range, score or vote to keep in order
    pairs: list[tuple[float, float]] = []
    for pair in _ORDERED_PAIR.finditer(text):
        groups = pair.groups()
        one, one_scale, other, other_scale = groups[:4] if groups[0] is not None else groups[4:]
        first, second = _figure_value(one), _figure_value(other)
        if one_scale is None and other_scale is not None and first < 1000:
            one_scale = other_scale  # `11 to 14 million`: the scale is both ends'
        first *= _SCALES.get((one_scale or "").lower(), 1)
        second *= _SCALES.get((other_scale or "").lower(), 1)
        pairs.append((first, second))
    return tuple(pairs)


def _figure_value(figure: str) -> float:
    """`1,200` or `four`, as a number."""
    word = _COUNT_WORDS.get(figure.lower())
    return float(word) if word is not None else float(figure.replace(",", ""))


def _orders(text: str) -> tuple[int, ...]:
    """For each pair of figures that keep an order, whether the first is below, equal to or
    above the second (-1, 0, 1)."""
    return tuple((first > second) - (first < second) for first, second in _ordered_pairs(text))


def _order_turned(true_sentence: str, sentence: str) -> bool:
    """The changed value turns a range, score or vote of the sentence around: a range's
    low end above its high end, a winner level with or below the loser."""
    before, after = _orders(true_sentence), _orders(sentence)
    return len(before) == len(after) and before != after


def _range_widened(true_sentence: str, sentence: str) -> bool:
    """The changed value widens a range of the sentence (`12 to 60 per cent` for 50 to 60):
    what falls in the article's range falls in the claim's, so the claim is still true."""
    before, after = _ordered_pairs(true_sentence), _ordered_pairs(sentence)
    return len(before) == len(after) and any(
        low < high and new != (low, high) and new[0] <= low and new[1] >= high
        for (low, high), new in zip(before, after, strict=True)
    )


def _members_of(question: Question) -> int | None:
    """How many members the cited words give the body that votes (`five-member board`)."""
    for citation in question.citations:
        found = _MEMBERS.search(citation.quote)
        if found:
            word = found.group(1).lower()
            if word.isdigit():
                return int(word)
            read = find_values(word)
            if read and isinstance(read[0].value, Number):
                return int(read[0].value.value)
    return None


def _split_candidates(text: str, members: int | None) -> list[Candidate]:
    """A score or split changed in both counts where changing one would change its kind: a
    draw stays a draw (2-2 → 3-3), the votes of a board of five still add up to five
    (4–1 → 3–2); else one count moved by one, the leader kept ahead."""
    split = _SPLIT.fullmatch(text)
    if split is None:
        return []
    a, b = int(split[1]), int(split[2])
    dash = text[split.end(1) : split.start(2)]
    if a == b:
        pairs = [(a + 1, b + 1)]  # not down: a series level at 0–0 has had no match
    elif members is not None and a + b == members:
        pairs = [(a + 1, b - 1), (a - 1, b + 1)]
    else:
        pairs = [(a, b + 1), (a + 1, b), (a, b - 1), (a - 1, b)]
    return [
        Candidate(f"{x}{dash}{y}", Family.NEIGHBOUR)
        for x, y in pairs
        if x >= 0 and y >= 0 and not _shape_broken(text, f"{x}{dash}{y}", members)
    ]


def _shape_broken(true_value: str, wording: str, members: int | None) -> bool:
    """A changed score or split that no longer says what kind of result it was: who is
    ahead changes ('won the tiebreak 4-5' for 7-5), the votes of a board of five no longer
    add up to five ('the five-member board voted 20–1', judged impossible); or an air
    temperature that no air has ('reached 93 °C', the Fahrenheit figure reused)."""
    true_split, split = _SPLIT.fullmatch(true_value), _SPLIT.fullmatch(wording)
    if true_split and split:
        a, b = int(true_split[1]), int(true_split[2])
        x, y = int(split[1]), int(split[2])
        if (a > b) != (x > y) or (a < b) != (x < y):
            return True
        if members is not None and a + b == members and x + y != members:
            return True
        if max(x, y) > max(a, b) + max(3, max(a, b) // 2):
            return True  # "won the tiebreak 34-4": another figure of the article, no score
    true_degrees, degrees = _DEGREES.search(true_value), _DEGREES.search(wording)
    if true_degrees and degrees and true_degrees[2] == degrees[2]:
        low, high = _AIR[degrees[2]]
        if low <= float(true_degrees[1]) <= high and not low <= float(degrees[1]) <= high:
            return True
    return False


def _significant(value: Value) -> int:
    """How many significant digits a figure is written with (148 → 3, 97,000 → 2)."""
    if isinstance(value, Money):
        amount = value.amount.value
    elif isinstance(value, Duration):
        amount = value.amount
    elif isinstance(value, Number):
        amount = value.value
    else:
        return 0
    digits = f"{amount:.6f}".rstrip("0").replace(".", "").lstrip("0").rstrip("0")
    return max(1, len(digits))


# The families whose figures the claims pick or make, not the pack's author (a choice).
_CHANGED_BY_US = frozenset(
    {Family.ARTICLE, Family.NEIGHBOUR, Family.DIGITS, Family.SCALE, Family.UNIT}
)
# The families whose years are kept on the true one's side of the article's date.
_YEAR_CHECKED = _CHANGED_BY_US | {Family.LIST_SWAP}


def _too_exact(before: str, wording: str, true_value: str, made: bool = False) -> bool:
    """A figure exact where the claim says it is rounded (`nearly`, `about`). Another figure
    of the article keeps at most as many significant digits as the true one, or two; one the
    rules `made` from the true one keeps its roundness (about 40 → about 30 or 50, never
    "about 39": judged an approximation nobody makes)."""
    changed = find_values(wording)
    if not changed or isinstance(changed[0].value, DateValue):
        return False
    if not _approximately(before + wording[: changed[0].start]):
        return False
    true = find_values(true_value)
    if made:
        return bool(true) and _significant(changed[0].value) > _significant(true[0].value)
    allowed = max(2, _significant(true[0].value)) if true else 2
    return _significant(changed[0].value) > allowed


def _year_crosses_date(question: Question, value: str) -> bool:
    """A year on the other side of the article's own date from the true one: what has
    happened (a record set in 2004) is never put in a year still to come (2030, a pledge's
    deadline), nor a target year in the past (judged nonsense, held-out 7a #3)."""
    published = question.default_year
    if published is None:
        return False
    if isinstance(question.answer, tuple):
        # A list of years (`not held in 2020 and 2021`): no year changed into one on the
        # other side of the article's date from all of the true ones (`2020 and 2031`).
        years = [y for item in question.answer if (y := _year_of(item)) is not None]
        if not years or (min(years) > published) != (max(years) > published):
            return False
        moved = [int(y) for y in YEAR.findall(value) if int(y) not in years]
        return any((y > published) != (years[0] > published) for y in moved)
    # The answer's year first: most answers state none, and then no candidate is read.
    true = _year_of(question.answer)
    if true is None:
        return False
    changed = _year_of(value)
    return changed is not None and (true > published) != (changed > published)


def _day_crosses_date(
    question: Question, true_value: str, value: str, published: date | None
) -> bool:
    """A day on the other side of the article's own date from the true one: a search the
    article reports as ended on October 10 never ended on October 18, after its date
    (judged nonsense, held-out 38a #9)."""
    if published is None or question.kind != Kind.DATE:
        return False
    days = [_day_of(text, question.default_year or published.year) for text in (true_value, value)]
    if days[0] is None or days[1] is None:
        return False
    return (days[0] <= published) != (days[1] <= published)


def _weekday_broken(before: str, wording: str, year: int | None) -> bool:
    """The sentence names the weekday right before the value, or the value itself opens with
    one, and the changed date falls on another (`since Wednesday, October 8` where the
    article's October 8 is a Sunday)."""
    named = _WEEKDAY_BEFORE.search(before) or _WEEKDAY_IN.search(wording)
    day = _day_of(wording, year) if named and year else None
    return day is not None and named is not None and day.strftime("%A") != named.group(1)


# (or written with the changed date itself: `Monday, January 14`)
_WEEKDAY_IN = re.compile(r"^\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s")
_WEEKDAY_BEFORE = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*(?:the\s+)?$"
)


def _day_of(text: str, year: int) -> date | None:
    found = find_dates(text)
    if not found or not isinstance(found[0].value, DateValue):
        return None
    day = found[0].value
    try:
        return date(day.year or year, day.month, day.day)
    except ValueError:
        return None


def _year_of(text: str) -> int | None:
    """The year a value states: a year written alone (2030) or a date's."""
    found = _first_value(text)
    if isinstance(found, Number) and found.year_like():
        return int(found.value)
    if isinstance(found, DateValue) and found.year is not None:
        return found.year
    return None


# A count of one before a plural in the same wording (`and one helicopters`); not `one
# was`, `one has`.
_ONE_BEFORE_PLURAL = re.compile(r"(?<![\d.,])\b(?:1|one)\s+\w{3,}s\b", re.IGNORECASE)


def _first_value(text: str) -> Value | None:
    """The value a candidate changes: its first date, amount, length or figure."""
    return next((f.value for f in find_values(text) if _changeable(text, f)), None)


def _changeable(text: str, found: Found) -> bool:
    """A value of `text` a claim may change. A number written as a word inside a phrase
    ("the two armies") is rarely the fact asked about, unless it is the answer (`seven`,
    `seven crew`); a clock time (14:37) is no number: "64:37" is no time at all."""
    if isinstance(found.value, Number) and found.value.words:
        return found.start == 0 and len(text[found.end :].split()) <= 1
    return not _in_clock_time(text, found)


# `won 25 of his nine Tests`: the whole a count is a part of, a count of things in the
# words after it (not `of the 2025 harvest`, `of their three-point attempts`).
_OF_A_WHOLE = re.compile(
    r"\s+(?:\w+\s+)?of\s+(?:his|her|their|its|the|our|your|all)\s+([\d,]+|[a-z]+)\s+\w+s\b"
)


def _part_above_whole(wording: str, after: str) -> bool:
    """A changed count bigger than the whole the words after it give."""
    match = _OF_A_WHOLE.match(after)
    if match is None or re.search(r"%|\bper ?cent\b", wording, re.IGNORECASE):
        return False
    part, whole = _first_value(wording), _first_value(match.group(1))
    return (
        isinstance(part, Number)
        and isinstance(whole, Number)
        and not whole.year_like()
        and part.value > whole.value
    )


def _figure_limits(
    question: Question,
    facts: ArticleFacts,
    line: int,
    span: tuple[int, int] | None,
    frame: Frame,
) -> tuple[Value, Limits] | None:
    """The answer's value, and what the article's figures leave a changed one to be."""
    if not isinstance(question.answer, str):
        return None
    found = next(
        (
            f
            for f in find_values(question.answer)
            if not (isinstance(f.value, Number) and f.value.words)
        ),
        None,
    )
    if found is None:
        return None
    # What it measures where the article does not write it: the answer's own words after
    # it (`500 million rupiah`), else the claim's (`won {answer} of the vote`).
    rest = question.answer[found.end :].strip()
    said, end = (question.answer, found.end) if rest else (frame.after, 0)
    measure = measure_of(
        found.value, question.answer[: found.start], what_is_counted(found.value, said, end)
    )
    claim = f"{frame.before} {frame.after} {question.question}"
    limits = facts.figures.limits(found.value, measure, line, span, claim)
    return None if limits == NO_LIMITS else (found.value, limits)


# What make() reads of a frame's words, the same for each of a question's values: read once.
_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=1 << 12)
def _edge_words(before: str, after: str) -> tuple[list[str], list[str]]:
    """The last two words before the value's place and the first two after it, lowered.
    Room for a long round's frames, which it comes back to for more false claims."""
    return _WORD.findall(before.lower())[-2:], _WORD.findall(after.lower())[:2]


@functools.lru_cache(maxsize=1 << 14)
def _folded_around(before: str, after: str) -> str:
    """A frame's words around its value, folded: the same for each of a question's values.
    Room for a long pack's every frame, as `_counts_in` keeps: a round comes back to half
    its questions for more false claims, and 1,024 had forgotten their frames by then."""
    return f" {fold_text(before)} {fold_text(after)} "


def _undoubled(frame: Frame, wording: str) -> str:
    """The value without the words the sentence already puts around it: a template's
    `about {answer}` with the answer `about 30` says `about 30`, not `about about 30` (a
    claim refused for that left whole questions out of every round)."""
    before, after = _edge_words(frame.before, frame.after)
    said = _WORD.findall(wording.lower())
    for size in (2, 1):
        if len(said) > size and len(before) >= size and before[-size:] == said[:size]:
            return re.sub(rf"^\s*(?:\w+\s+){{{size}}}", "", wording, count=1)
        if len(said) > size and len(after) >= size and after[:size] == said[-size:]:
            return re.sub(rf"(?:\s+\w+){{{size}}}\s*$", "", wording, count=1)
    return wording


def _one_after_next_dropped(frame: Frame, wording: str) -> str:
    """`over the next year`, not `the next one year` (95a #18): after `next`, `past` and
    their like a single one of something is said without its `one`."""
    wording = _ONE_AFTER_A_SPAN_LEAD.sub(r"\1", wording)  # an answer `the next six months`
    before, _ = _edge_words(frame.before, frame.after)
    if len(before) == 2 and before[0] == "the" and before[1] in _SPAN_LEADS:  # not `last 1 day`
        return re.sub(r"^\s*(?:one|1)\s+(?=[A-Za-z])", "", wording, count=1)
    return wording


_SPAN_LEADS = frozenset({"next", "past", "last", "coming", "following", "previous"})
_ONE_AFTER_A_SPAN_LEAD = re.compile(  # on a `t`: see `_BOUND_WORD` in perturb
    rf"(?=t)\b(the\s+(?:{'|'.join(sorted(_SPAN_LEADS))})\s+)(?:one|1)\s+(?=[A-Za-z])", re.IGNORECASE
)


def _doubled(frame: Frame, wording: str) -> bool:
    """ "roughly roughly four weeks", "just over just over 20.7 million": the value begins
    with the words the sentence ends its run-up with (or ends with those that follow it)."""
    before, after = _edge_words(frame.before, frame.after)
    said = _WORD.findall(wording.lower())
    return bool(said) and any(
        (len(before) >= size and before[-size:] == said[:size])
        or (len(after) >= size and after[:size] == said[-size:])
        for size in (1, 2)
        if len(said) >= size
    )


def _repeats(frame: Frame, wording: str) -> bool:
    """ "once or once a day": the value echoes the word just before it."""
    said = fold_text(wording)
    before, after = _edge_words(frame.before, frame.after)
    return bool(said) and (
        (len(before) == 2 and before[1] in ("or", "and") and before[0] == said)
        or (len(after) == 2 and after[0] in ("or", "and") and after[1] == said)
    )


def _elsewhere_in(frame: Frame, wording: str) -> bool:
    """Whether the claim would name its value twice ("Kirby said … at the request of
    John Kirby"): the whole value, or a name's surname."""
    said = fold_text(wording)
    rest = _folded_around(frame.before, frame.after)
    if _NAME.fullmatch(wording.strip()):
        said_surname = fold_text(wording.split()[-1])
        if said_surname and f" {said_surname} " in rest:
            return True
    return (bool(said) and f" {said} " in rest) or _count_elsewhere(frame, wording)


def _count_elsewhere(frame: Frame, wording: str) -> bool:
    """A changed count the sentence already gives, in figures or in words: "14 authors,
    eight of them Mongolian and fourteen Canadian" adds up to nonsense."""
    said = find_values(wording)
    if len(said) != 1 or not isinstance(said[0].value, Number):
        return False
    return said[0].value.value in _counts_in(frame.before, frame.after)


@functools.lru_cache(maxsize=1 << 14)
def _counts_in(before: str, after: str) -> frozenset[float]:
    """The counts a frame's words give (the same for each of a question's values: read once).

    Room for a long pack's every question: a round comes back to half its questions for
    more false claims after making one for every other question, and 256 had forgotten
    them by then (a 10,000-question round read its 1,816 frames 2,201 times)."""
    return frozenset(
        f.value.value for f in find_values(f"{before} {after}") if isinstance(f.value, Number)
    )


_NAME = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,2}")


def _list_in_own_words(original: str, items: tuple[str, ...], value: str) -> str:
    """A list with its last item swapped, in the article's own words around it:
    "ground forces and air defenses near Scandinavia and more naval forces" keeps all
    but the swapped item, so a false claim reads just like the true one."""
    head = natural_list(items)[: -len(items[-1])]  # "A, B and "
    if len(items) < 2 or not value.startswith(head):
        return value
    replacement = value[len(head) :]
    spans = list(re.finditer(rf"(?<!\w){re.escape(items[-1])}(?!\w)", original, re.IGNORECASE))
    if not spans:
        return value
    last = spans[-1]
    return original[: last.start()] + replacement + original[last.end() :]


_APOSTROPHES = ("'", "’")
# A plural's apostrophe left after one of a thing (`one week' pay`).
_SINGLE_POSSESSIVE = re.compile(r"(\b(?:one|a|an|1)\s+\w*[^\Ws])(['’])(?=\s|$)")


def _requoted(original: str, value: str) -> str:
    """A quotation mark that opens inside the article's wording (a “very drastic change)
    opens at the same word of the changed value, so the sentence's quotes still pair."""
    words = original.split()
    opening = next((i for i, w in enumerate(words) if w.startswith(("“", '"'))), None)
    if opening is None or opening == 0 or "”" in original or value.count(" ") < opening:
        return value
    changed = value.split(" ")
    changed[opening] = words[opening][0] + changed[opening]
    return " ".join(changed)


def _demonym_in(frame: Frame, wording: str) -> bool:
    """ "Russian strikes … near the border with Russia": a country the sentence
    already names by its people's adjective."""
    rest = f" {frame.before} {frame.after} "
    return any(
        re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", rest, re.IGNORECASE)
        for word in DEMONYMS.get(wording.strip(), ())
        if len(word) > 3
    )


def _range_kept(frame: Frame, value: str) -> Frame:
    """ "once or twice" with its upper end changed: "two or three times", never
    "once or three times" (the lower end moves with it)."""
    low = re.search(r"\b(once|one)\s+or\s+$", frame.before, re.IGNORECASE)
    try:
        high = int(value)
    except ValueError:
        return frame
    if low is None or high < 3:
        return frame
    lower = worded_like("two", str(high - 1)) or str(high - 1)
    before = frame.before[: low.start(1)] + lower + frame.before[low.end(1) :]
    return Frame(before, frame.after, frame.path, frame.original)


def _names_a_person(question: Question) -> bool:
    answer = question.answer
    if not isinstance(answer, str):
        return False
    people = find_people(answer)
    return question.kind == Kind.PERSON or bool(people and people[0].name == answer)


# `(IPMA)` right after a body's name: its initials, which no other body shares.
_INITIALS_AFTER = re.compile(r"\s*\((?:[A-Z][A-Za-z&.]{1,9})\)")
# `, 54,` after a name, `of the National Prosecuting Authority` after it, `, Karnataka`
# after a city: said of the true answer alone.
_AGE_AFTER = re.compile(r"\s*,\s*\d{1,3}\s*,")
_BODY_AFTER = re.compile(r"\s*,?\s+(?:of|from|at)\s+the\s+[A-Z]")
_PLACE_AFTER = re.compile(r",\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")


def _without_initials(frame: Frame) -> Frame:
    """A cited sentence whose value is a body's name followed by its initials leaves the
    initials out: a claim naming another body would keep the first one's (`European Forest
    Fire Information System (NOA)`), and the true claim reads as well without them."""
    if frame.path is not ClaimPath.CITED:
        return frame
    initials = _INITIALS_AFTER.match(frame.after)
    if initials is None or not (frame.original or "")[:1].isupper():
        return frame
    return replace(frame, after=frame.after[initials.end() :])


def _holder_described(question: Question, frame: Frame, facts: ArticleFacts) -> bool:
    """A choice between people or places, cited in a sentence whose words beside the value
    describe the true one alone: a title, an age, a post or a body (`Dr. Ana Ferreira, 54,
    the finance director`; `Lindiwe Dube of the NPA`), the region a city is in (`Chennai,
    Tamil Nadu`). Another choice put there would wear them; the question is asked as a
    statement instead."""
    if question.kind != Kind.CHOICE or not question.choices:
        return False
    answer = stated_answer(question)
    if _names_a_person(question) and (facts.is_person(answer) or _people_only(question)):
        return bool(
            re.search(r"[A-Z]", title_before(frame.before))
            or _AGE_AFTER.match(frame.after)
            or _BODY_AFTER.match(frame.after)
            or appositive_after(frame.after)
            or slot_profile(frame.before, frame.after).described
            or _post_set_off_before(frame.before)
        )
    place = _PLACE_AFTER.match(frame.after)
    return place is not None and words_of(place.group(1)) in world().place_by_name


# The words that name a post: any of the title words, whole, and a few more.
_POSTS = (
    "|".join(re.escape(t) for t in TITLE_WORDS)
    + "|head|leader|mayor|premier|judge|prosecutor|commissioner"
)
# A question that asks who holds a post: `Who is the governor of …?`, `Who heads …?`.
_ASKS_WHO_HOLDS = re.compile(
    r"\s*who\s+(?:(?:is|was|will be|has been|became|becomes)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
    r"(?:new\s+|current\s+|acting\s+|former\s+|interim\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:" + _POSTS + r"|ceo|coach|captain)\b"
    r"|(?:heads|headed|chairs|chaired|directs|directed|commands|commanded)\b)",
    re.IGNORECASE,
)


# `Who is PAHO's representative in Paraguay?`: the words naming who is asked of.
_WHO_IS = re.compile(
    r"\s*who\s+(?:is|was|will be|has been|became|becomes)\s+((?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
    r"\s*(?:[?,]|$|\b(?:of|in|at|for|to|on|with|from|who|that)\b)",
    re.IGNORECASE,
)


def _asks_who_holds(question: str) -> bool:
    """The question asks who holds a post: one of the claims' post words, or a word the
    world's table of posts knows ending what it asks of (`Who is PAHO's representative in
    Paraguay?`, `Who is the colt's trainer?`)."""
    if _ASKS_WHO_HOLDS.match(question):
        return True
    asked = _WHO_IS.match(question)
    words = words_of(asked.group(1)) if asked is not None else ()
    return bool(words) and words[-1] in world().post_words


# The words of a post.
_POST_WORD = re.compile(r"\b(?:" + _POSTS + r"|undersecretary|consul)\b", re.IGNORECASE)


def _post_set_off_before(before: str) -> bool:
    """A post set off by a comma right before the name (`India's Ambassador to Bhutan, X,
    called …`): the sentence's only words of who the speaker is, and they are the true
    one's; another person put there would hold that post."""
    if not before.endswith(", "):
        return False
    segment = re.split(r"[,;:.!?]\s", before[:-2])[-1]
    return len(segment.split()) <= 9 and _POST_WORD.search(segment) is not None


def _people_only(question: Question) -> bool:
    """Every choice is a person's name (the article's finder of people may have missed the
    ones written after a title: `Braga Mayor Carlos Veloso`)."""
    return all(
        (found := find_people(choice)) and found[0].name == choice and not is_place_or_body(choice)
        for choice in question.choices
    )


def _word_class(text: str) -> str:
    first = text.split()[0] if text.split() else ""
    if first.lower() in ("the", "a", "an", "his", "her", "its", "their", "our"):
        return "determiner"
    if first[:1].isupper():
        return "name"
    return first.lower() if first.lower() in ("to", "that", "because", "by", "with") else "word"


def _described_as_the_opposite(choice: str, question: Question, facts: ArticleFacts) -> bool:
    """Whether the article describes `choice`, in the few words set off after its name, by the
    opposite of a word of the question or its claim (`the Poljanska Sora, the southern
    branch` where the question asks for the northern one)."""
    asked = _words(question.question) | _words(question.claim or "")
    opposites = {o for w in asked for o in world().antonyms.get(w, ())} - asked
    if not opposites:
        return False
    written = _with_a_comma_after(choice, facts.paragraphs)
    if not written:
        return False
    set_off = re.compile(re.escape(choice) + r",\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)")
    return any(
        not opposites.isdisjoint(_words(match.group(1)))
        for paragraph in written
        for match in set_off.finditer(paragraph)
    )


def _holds_another_post(
    choice: str, question: Question, facts: ArticleFacts, slot_posts: frozenset[str] = frozenset()
) -> bool:
    """Whether the question asks for a holder of a post, or the claim's sentence gives the
    name's place one (`…, chairman of the union, said`), and the article gives the person
    `choice` posts, none of them those. (`Who called the deal fair?` asks no post: anyone
    the article names could have.)"""
    asked = (_words(question.question) & world().post_words) - FILLERS  # not `his` (Excellency)
    asked |= slot_posts
    if not asked:
        return False
    posts = _posts_of(choice, facts)
    if posts:
        return posts.isdisjoint(asked)
    # `Mara Ekwall, 41, a baker from Tornio`: the calling the article sets beside the name is
    # a part of its own too, unless the answer's person has it (judged a person of another
    # role, held-out 100a #6: a passenger offered as the district commissioner).
    callings = _callings_beside(choice, facts.paragraphs) - asked
    if callings:
        return bool(callings - _callings_beside(stated_answer(question), facts.paragraphs))
    # `Which chief executive called the price fair?`, where the article gives the answer's
    # person that post, offering one it gives none (the trainer it tells of by what he does,
    # `who has trained 41 winners`): judged a person of another role, held-out 117a #14.
    posts_asked = asked - slot_posts
    return (
        bool(posts_asked)
        and facts.is_person(choice)
        and not _posts_of(stated_answer(question), facts).isdisjoint(posts_asked)
    )


def _posts_of(name: str, facts: ArticleFacts) -> frozenset[str]:
    """The posts the article gives the person `name` (or one of their surname)."""
    for person, posts in zip(facts.people, facts.posts_named, strict=True):
        if (person == name or person.split()[-1:] == name.split()[-1:]) and posts:
            return posts
    # A person the article names only beside a post, never as one who speaks or acts (`by
    # Hessen's state secretary for culture, Greta Voss.`), is no person of `people`, but the
    # post is theirs all the same (judged a person of another role, held-out 110a #15).
    return _posts_around(name, mention_index(facts.paragraphs))


# `Mara Ekwall, 41, a baker from Tornio`, `Ian Roe, a retired teacher,`: a noun for a person
# set off after a name, past an age and a word or two before it.
_CALLING_AFTER = r",\s+(?:\d{1,3},\s+)?(?:an?|the)\s+(?P<words>(?:[a-z-]+\s+){0,2}[a-z]+)"


def _posts_around(name: str, index: MentionIndex) -> frozenset[str]:
    """The posts the words around each place the article writes the whole name give it."""
    return frozenset(
        post
        for paragraph, start, end in index.person_mentions(name)
        for post in named_posts(paragraph[:start], paragraph[end:])
    )


def _with_a_comma_after(name: str, paragraphs: Sequence[str]) -> list[str]:
    """The paragraphs that write `name` whole with a comma straight after it: only they can
    set words off after it (and a pattern is compiled only for those)."""
    return [paragraph for paragraph in paragraphs if f"{name}," in paragraph]


def _callings_beside(name: str, paragraphs: Sequence[str]) -> frozenset[str]:
    """The first noun for people (`people-nouns.txt`) in the words the article sets off
    right after the whole name: what it says the person is."""
    written = _with_a_comma_after(name, paragraphs)
    if not written:
        return frozenset()
    pattern = re.compile(re.escape(name) + _CALLING_AFTER)
    return frozenset(
        singular(noun)
        for paragraph in written
        for match in pattern.finditer(paragraph)
        for noun in [next((w for w in match["words"].split() if w in PEOPLE_NOUNS), None)]
        if noun is not None
    )


def _choices_fit(question: Question, frame: Frame) -> bool:
    """Whether every choice can stand where the answer stands in the cited sentence
    ("because the two armies…" takes a clause, not "to negotiate a ceasefire")."""
    if question.kind != Kind.CHOICE or not question.choices:
        return True
    wanted = _word_class(frame.original or stated_answer(question))
    if not all(_word_class(choice) == wanted for choice in question.choices):
        return False
    # `Councillor Steele voted in favour`: a choice that is a verb of its own (`abstained`,
    # `did not attend`) cannot follow the sentence's verb (judged garbled, held-out 113a #19).
    before = frame.before.split()[-1:]
    return not (
        before
        and PAST_PARTICIPLE.fullmatch(before[0])
        and any(
            PAST_PARTICIPLE.fullmatch(c.split()[0]) or c.split()[0] == "did"
            for c in question.choices
            if c.split()
        )
    )


class ClaimBank:
    """The claims a pack yields, worked out per question when first wanted (a round of ten
    from a pack of thousands reads the article once and builds about ten questions' claims);
    rounds are drawn from it."""

    def __init__(self, pack: Pack, max_false: int = MAX_FALSE_PER_QUESTION) -> None:
        """`max_false`: false claims to find per question; `check` needs only one to know
        that a question can be played."""
        self.pack = pack
        self.max_false = max_false
        self._built: dict[int, QuestionClaims] = {}
        self._index = {id(question): n for n, question in enumerate(pack.questions)}

    @cached_property
    def facts(self) -> ArticleFacts:
        return ArticleFacts.of(self.pack.article)

    def claims_of(self, index: int) -> QuestionClaims:
        """The claims of the pack's `index`-th question (0-based)."""
        return self._claims(index, self.max_false)

    def _claims(self, index: int, false_wanted: int) -> QuestionClaims:
        """The question's claims with at least `false_wanted` false ones when it has them
        (up to `max_false`), made once and extended when more are wanted."""
        wanted = min(false_wanted, self.max_false)
        # Claims made up to `max_false` are never extended: their streams, held for every
        # question of a long pack, would only cost memory and collection time.
        more_later = wanted < self.max_false
        built = self._built.get(index)
        if built is None:
            built = claims_for(
                self.pack.questions[index], self.facts, wanted, more_later=more_later
            )
        elif len(built.false_claims) < wanted and built.more is not None:
            built = built.with_false_claims(wanted, more_later=more_later)
        else:
            return built
        self._built[index] = built
        return built

    def problem_of(self, index: int) -> str | None:
        """Why the `index`-th question cannot be played, if it cannot: `claims_of(index)
        .problem`, without making its true claim when its claims are not built yet (the
        problem never depends on it; `check` reads nothing else). Nothing is kept: claims
        without their true claim would be no use to a round."""
        built = self._built.get(index)
        if built is not None:
            return built.problem
        return claims_for(
            self.pack.questions[index],
            self.facts,
            self.max_false,
            more_later=False,
            true_claim_wanted=False,
        ).problem

    @property
    def by_question(self) -> tuple[QuestionClaims, ...]:
        with collector_held_for_batch():
            return tuple(self.claims_of(i) for i in range(len(self.pack.questions)))

    @property
    def playable(self) -> tuple[QuestionClaims, ...]:
        return tuple(qc for qc in self.by_question if qc.playable)

    def path_counts(self) -> Counter[ClaimPath]:
        """How many questions build their claims by each path."""
        return Counter(qc.path for qc in self.by_question if qc.path is not None and qc.true_claim)

    def round(self, seed: int, count: int | None = None) -> tuple[Claim, ...]:
        """A fact-check round: deterministic for a seed, about half true and half
        false, never more than three of the same in a row, each question once."""
        with collector_held_for_batch():
            return self._round(seed, count)

    def _round(self, seed: int, count: int | None) -> tuple[Claim, ...]:
        rng = random.Random(seed)
        order = list(range(len(self.pack.questions)))
        rng.shuffle(order)
        wanted = len(order) if count is None else max(0, count)
        chosen: list[QuestionClaims] = []
        for index in order:  # only as many questions as the round takes are worked out
            if len(chosen) == wanted:
                break
            claims = self._claims(index, 1)  # one false claim shows it can be played
            if claims.playable:
                chosen.append(claims)
        size = len(chosen)
        falses = size // 2 + (rng.random() < 0.5 if size % 2 else 0)
        pattern = truth_pattern(size - falses, falses, rng)
        _one_true_claim_per_sentence(chosen, pattern)
        picked: list[Claim] = []
        said: set[str] = set()
        for qc, truth in zip(chosen, pattern, strict=True):
            if truth and qc.true_claim:
                claim = qc.true_claim
            else:
                # Two questions on one figure of one sentence can make the same false claim
                # ('… another $41 billion aid package'): a round states each claim once.
                every = self._all_false(qc)
                fresh = [c for c in every if c.sentence not in said]
                claim = _pick_false(fresh or every, rng)
            said.add(claim.sentence)
            picked.append(claim)
        return tuple(picked)

    def _all_false(self, claims: QuestionClaims) -> tuple[Claim, ...]:
        """Every false claim a question may be stated by (up to `max_false`)."""
        return self.claims_of(self._index[id(claims.question)]).false_claims


def _one_true_claim_per_sentence(chosen: list[QuestionClaims], pattern: list[bool]) -> None:
    """Two questions about one sentence state it alike when true: keep the truths where
    they are and move the second question to a place where its claim is false.

    The place is the first one after (then before) the repeat whose claim is false and
    whose true sentence is not said yet. A place that fails that never passes it later
    (its pattern is fixed, what is said only grows, and a place moved to holds a sentence
    said already), so each place is passed over once: `skip` leads past those.
    """
    said: set[str] = set()
    skip = list(
        range(len(chosen) + 1)
    )  # skip[j]: j, or a later place no earlier than the next open one

    def next_open(j: int) -> int:
        root = j
        while skip[root] != root:
            root = skip[root]
        while skip[j] != root:  # shorten the way for the next search
            skip[j], j = root, skip[j]
        return root

    def open_place(start: int, end: int) -> int | None:
        j = next_open(start)
        while j < end:
            other = chosen[j].true_claim
            if not pattern[j] and other is not None and other.sentence not in said:
                return j
            skip[j] = j + 1  # never open again
            j = next_open(j + 1)
        return None

    for index, truth in enumerate(pattern):
        claim = chosen[index].true_claim
        if not truth or claim is None:
            continue
        if claim.sentence in said:
            swap = open_place(index + 1, len(chosen))
            if swap is None:
                swap = open_place(0, index)
            if swap is None:
                continue
            chosen[index], chosen[swap] = chosen[swap], chosen[index]
            claim = chosen[index].true_claim
            assert claim is not None
        said.add(claim.sentence)


def _pick_false(claims: Sequence[Claim], rng: random.Random) -> Claim:
    from_pack = [c for c in claims if c.family in FROM_PACK]
    rules = [c for c in claims if c.family not in FROM_PACK]
    if from_pack and (not rules or rng.random() < PREFER_PACK):
        return rng.choice(from_pack)
    return rng.choice(rules)


def truth_pattern(trues: int, falses: int, rng: random.Random) -> list[bool]:
    """`trues` True and `falses` False in a random order with no run longer than three.

    Builds left to right, choosing at random among the truths that keep the
    rest placeable; callers keep the counts near half and half, so it always can.
    """
    pattern: list[bool] = []
    left = {True: trues, False: falses}
    while left[True] or left[False]:
        options = [t for t in (True, False) if left[t] and _can_follow(pattern, t, left)]
        if not options:  # counts too lopsided to avoid a long run: place the majority
            options = [left[True] >= left[False]]
        weights = [left[t] for t in options]
        truth = rng.choices(options, weights)[0]
        pattern.append(truth)
        left[truth] -= 1
    return pattern


def _can_follow(pattern: list[bool], truth: bool, left: dict[bool, int]) -> bool:
    """Whether `truth` may come next: no run past three, and the rest still placeable."""
    run = 1
    for previous in reversed(pattern):
        if previous != truth:
            break
        run += 1
    if run > MAX_RUN:
        return False
    same, other = left[truth] - 1, left[not truth]
    # The current run may grow to MAX_RUN; each of the other kind then allows MAX_RUN more.
    return same <= (MAX_RUN - run) + MAX_RUN * other and other <= MAX_RUN * (same + 1)


def generate_round(pack: Pack, seed: int, count: int | None = None) -> tuple[Claim, ...]:
    return ClaimBank(pack).round(seed, count)
