"""Drafting candidate questions from an article, deterministically and offline.

Patterns, not a language model: dates, numbers, amounts of money, durations,
people with any post, who said a quotation, lists of countries, places or people,
places, causes (`due to …`), and true/false claims. The drafter overgenerates and
`draft_rank` scores, deduplicates and sorts the candidates, best first. Every
candidate cites the sentence it came from verbatim, states its `kind`, and passes
`newsquiz check` as it is; the author keeps the good ones and rewrites the wording.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from newsquiz.authoring.draft_people import (
    NAME_WORD,
    PARTICLE,
    SENTENCE_OPENERS,
    SPEECH,
    TITLE_BEFORE,
    People,
    article_people,
    is_name_word,
    is_post_word,
    lowercase_words,
    name_set_off_after,
    not_a_name,
    people_with_posts,
    quotation,
    ranked_people,
    without_nicknames,
)
from newsquiz.authoring.draft_rank import rank
from newsquiz.authoring.draft_values import (
    MONTHS,
    conversion_after,
    conversions,
    is_age,
    money_around,
    parted_values,
    restated_after,
    restatements,
    total_of_parts,
    without,
)
from newsquiz.authoring.places import COUNTRIES
from newsquiz.authoring.yamltext import QuestionText
from newsquiz.claims.perturb import bound_keeps_true
from newsquiz.facts.article import sentences_of
from newsquiz.facts.text import as_typed_letters, fold_text, tokenize
from newsquiz.facts.world import world

_MONTHS = MONTHS
_DATE = re.compile(
    rf"\b(?:{_MONTHS}\s\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s\d{{4}})?|\d{{1,2}}\s{_MONTHS}(?:\s\d{{4}})?"
    rf"|{_MONTHS}\s(?:of\s)?(?:1[89]|20)\d\d)"  # `July 2003`: a month of a year
    r"(?![\w-])"
)
_YEAR = re.compile(r"\b(?:in|since|by|until|from) (?P<year>1[89]\d\d|20\d\d)\b")
_DIGITS = r"\d(?:[\d,]*\d)?(?:\.\d+)?"  # never ends in the comma after it: `41,`
_MONEY = re.compile(
    rf"(?:US|C|A)?[$€£]\s?{_DIGITS}(?:\s?(?:trillion|billion|million|thousand|bn|m)\b)?"
    rf"|\b{_DIGITS}(?:\s(?:trillion|billion|million|thousand))?\s(?:dollars|euros|pounds)\b"
)
_WORD_NUMBER = (
    r"(?:an?|a few|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|hundred)"
)
_DURATION = re.compile(
    r"\b(?P<qual>(?:about|around|nearly|almost|roughly|more than|less than|over|under|"
    r"for|just|some|just over|just under) )?(?<![\d.,])"  # not `200 hours` of `4,200 hours`
    r"(?P<amount>" + _WORD_NUMBER + r"|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)[ -]"
    r"(?P<unit>second|minute|hour|day|week|month|year|decade|century)s?\b(?!-)",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    rf"(?<![\w.,:$€£–-]){_DIGITS}(?![\w:–-]|[.,]\d)"
    r"(?:\s?(?:percent|per cent|%)|\s(?:million|billion|thousand|trillion)\b)?"
)
# Clock times and scores are one fact each: never ask half of `22:30` or `1 – 0`.
_WHOLE_VALUES = re.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\b|\b\d+\s?[–-]\s?\d+\b(?!\s?(?:percent|%))"
)
# A clock or race time, asked whole: `at 02:21 local time`, `won in 8:51.07`, `2:11:45`
_TIME = re.compile(
    r"(?<![\d:.])\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?![\d:])(?:\s?(?:a\.m\.|p\.m\.|am|pm)\b)?"
)
_WEEKDAY = re.compile(
    r"\b(?:on|since|until|from) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_RANGE = re.compile(rf"\bfrom ({_DIGITS}) to ({_DIGITS})\b")
_CAUSE = re.compile(
    r"\b(?:due to|because of|owing to|as a result of)\s(?P<cause>(?:(?:the|a|an|its|his|her|their)\s)?"
    r"[\w’'-]+(?:\s[\w’'-]+){0,3}?)(?=[,.;:)]|\s(?:and|but|while|when|as|after)\b|$)"
)
# Words before a name that make it a place: `in West Holby`, `residents of West Holby`
_PLACE_BEFORE = (
    r"\b(?:in|near|into|(?:residents|people|town|city|village|county|district|streets)\sof)\s"
)
_PLACE_LEAD = re.compile(r"\b(?:in|at|to|near|from|of|into|across)\s$")
_PRONOUNS = {
    "it", "he", "she", "they", "this", "these", "those", "its", "his", "her", "their",
    "that", "which", "who", "we", "i", "them", "him",
}  # fmt: skip
_DANGLING = {"which", "and", "with", "while", "who", "but", "or", "where", "whom", "as", "to"}
# Words after a number that do not say what it counts.
_NOT_COUNTED = {
    "in", "on", "at", "to", "of", "and", "or", "for", "by", "with", "from", "the", "a",
    "was", "is", "were", "are", "has", "had", "have", "will", "which", "who", "that",
    "into", "than", "as",
}  # fmt: skip
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_WORDS_FOR = {1: "one", 2: "two", 3: "three", 4: "four", 6: "six", 8: "eight", 10: "ten"}
_ABBREVIATIONS = {
    "gen", "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "lt", "col", "adm", "rep", "sen", "gov", "u.s", "no",
    "vs", "inc", "corp", "jr", "sr", "prof", "capt", "cmdr", "sgt", "maj", "supt", "atty",
}  # fmt: skip
_GAP = "____"
_EXCERPT_FROM_START = 200  # an excerpt keeps the sentence's start up to this length
_HEAD_LONGEST = 80  # an opening clause short enough to stand before an elided middle
# An opening phrase, not a subject: `At a polling station …,`, `According to …,`
_OPENERS_RE = r"(?:At|In|On|After|Before|With|According|For|During|As|By|From|Since|When|While|If)"
_CLAIM_LONGEST = 160


@dataclass(frozen=True)
class Sentence:
    line: int  # 1-based article line
    text: str


@dataclass
class Candidate:
    kind: str
    question: str
    answer: str | tuple[str, ...]
    cite: str | tuple[str, ...]  # several quotes when one sentence alone does not say it
    line: int
    fact: tuple[str, ...]  # what is asked: one candidate per fact survives ranking
    accept: list[str | tuple[str, ...]] = field(default_factory=list)
    id: str = ""
    order: tuple[int, int] = (0, 0)
    what: str = ""  # the kind of fact, for ranking: `post`, `quote`, `counted`, ...
    flags: set[str] = field(default_factory=set)  # what is known to spoil it
    score: float = 0.0

    @property
    def answer_text(self) -> str:
        return ", ".join(self.answer) if isinstance(self.answer, tuple) else self.answer

    def as_text(self) -> QuestionText:
        return QuestionText(
            id=self.id,
            question=self.question,
            answer=self.answer,
            kind=self.kind,
            accept=self.accept,
            cite=self.cite,
        )


# -- reading the article ------------------------------------------------------


def sentences(paragraphs: Sequence[str]) -> list[Sentence]:
    """Each paragraph cut at sentence ends (not after `Gen.` or `Feb.`)."""
    found: list[Sentence] = []
    for number, paragraph in enumerate(paragraphs, start=1):
        start = 0
        for match in re.finditer(r"[.!?][”\"’')]*\s+(?=[“\"A-Z])", paragraph):
            word = re.search(r"([\w.]+)[.!?][”\"’')]*$", paragraph[start : match.end()].rstrip())
            if word and word.group(1).lower() in _ABBREVIATIONS:
                continue
            if word and len(word.group(1)) == 1 and word.group(1).isupper():
                continue  # an initial, as in `John F. Kennedy`
            if (
                word
                and word.group(1).lower() in ("a.m", "p.m")
                and re.match(r"(?:[A-Z]{2,5}\b|[A-Z]\w+ time\b)", paragraph[match.end() :])
            ):
                continue  # `at 9:37 p.m. Tokyo time`, `6 a.m. GMT`: the time goes on
            found.append(Sentence(number, paragraph[start : match.end()].strip()))
            start = match.end()
        rest = paragraph[start:].strip()
        if rest:
            found.append(Sentence(number, rest))
    return found


# -- spans of facts in a sentence ---------------------------------------------


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    kind: str  # money, date, duration, number, year
    answer: str
    what: str = ""  # for ranking: `counted`, `number`, `year`, ...
    flags: frozenset[str] = frozenset()
    fact: tuple[str, ...] = ()


def _number_flags(sentence: str, start: int, end: int) -> tuple[str, set[str]]:
    """What a number counts (`counted`) or that it counts nothing said (`number`)."""
    flags: set[str] = set()
    before = sentence[:start].rstrip()
    previous = before.split()[-1] if before.split() else ""
    if (
        previous[:1].isupper()
        and previous.rstrip(".,") not in ("The", "In", "On", "At")
        and not re.search(r"[,;:)]$", previous)  # `(05:21 UTC), 18 kilometers`
    ):
        flags.add("name_number")  # `Vostok 1`, `Group 3`
    if previous.lower() in ("no.", "number", "#"):
        flags.add("name_number")
    # `a magnitude of 4.1`, `a depth of 35`: what it counts stands before it
    measured = re.search(r"\b(?:a|an|the)\s([a-z]+)\sof$", before)
    if measured and measured.group(1) not in _NOT_COUNTED | {"one", "out", "lot", "number"}:
        return "counted", flags
    after = sentence[end:]
    following = re.match(r"\s([a-z][\w-]*)", after)
    if sentence[start:end].endswith(("%", "percent", "per cent")):
        return "counted", flags
    if following and following.group(1) not in _NOT_COUNTED:
        return "counted", flags
    return "number", flags


def _spans(sentence: str) -> list[_Span]:
    spans: list[_Span] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(span: _Span) -> None:
        if free(span.start, span.end):
            spans.append(span)
            taken.append((span.start, span.end))

    for bracket in conversions(sentence):
        taken.append((bracket.start, bracket.end))  # `(7.5 miles)`: the value beside it
    for restated in restatements(sentence):
        taken.append((restated.start, restated.end))  # `, or roughly 110 billion won a day`
    taken.extend(parted_values(sentence))  # `a week and a half`: no half of it alone
    for m in _TIME.finditer(sentence):
        if not re.search(r"\([^)]*$", sentence[: m.start()]):  # `(05:21 UTC)`: restated
            add(_Span(m.start(), m.end(), "time", m.group(0), "time"))
    for m in _WHOLE_VALUES.finditer(sentence):
        taken.append((m.start(), m.end()))
    for m in _WEEKDAY.finditer(sentence):
        add(_Span(m.start(1), m.end(1), "weekday", m.group(1), "weekday"))
    for m in _MONEY.finditer(sentence):
        add(_Span(m.start(), m.end(), "money", m.group(0), "money"))
    for m in _DATE.finditer(sentence):
        add(_Span(m.start(), m.end(), "date", m.group(0), "date"))
    for m in _YEAR.finditer(sentence):
        # `6.2% this year, 4.5% in 2026 and 3.8% in 2027`: the later years of a schedule
        later = {"schedule_year"} if re.search(r"\bthis year\b", sentence[: m.start()]) else set()
        add(_Span(m.start("year"), m.end("year"), "year", m.group("year"), "year",
                  frozenset(later)))  # fmt: skip
    for m in _DURATION.finditer(sentence):
        amount = m.group("amount").lower()
        if amount in ("a", "an", "a few", "several") and not m.group("qual"):
            continue  # `a day`: a way of speaking, not a length of time
        flags = set()
        if re.match(r"\s(?:later|earlier|ago)\b", sentence[m.end() :]):
            flags.add("relative")
        add(
            _Span(
                m.start("amount"),
                m.end(),
                "duration",
                sentence[m.start("amount") : m.end()],
                "duration",
                frozenset(flags),
            )
        )
    for m in _NUMBER.finditer(sentence):
        amount = money_around(sentence, m.start(), m.end())
        if amount is not None:  # `KSh 1.3 billion`, `9.5 million Norwegian kroner`
            add(_Span(*amount, "money", sentence[amount[0] : amount[1]], "money"))
            continue
        what, flags = _number_flags(sentence, m.start(), m.end())
        if is_age(sentence, m.start(), m.end()):
            what = "age"  # `Sven Aho, 34,`: asked or changed, it tests nothing of the story
        text = m.group(0)
        if what == "number" and re.fullmatch(r"(?:1[89]|20)\d\d", text):
            what = "year"
        add(_Span(m.start(), m.end(), "year" if what == "year" else "number", text, what,
                  frozenset(flags)))  # fmt: skip
    # `increased from 9 to 10`: one change, asked once.
    ranges = {
        (m.start(1), m.end(2)): ("range", fold_text(m.group(1)), fold_text(m.group(2)))
        for m in _RANGE.finditer(sentence)
    }
    found: list[_Span] = []
    ordered = sorted(spans, key=lambda s: s.start)
    for span in ordered:
        kind = _KIND_OF.get(span.kind, span.kind)
        fact = next(
            (f for (s, e), f in ranges.items() if s <= span.start and span.end <= e),
            _value_fact(kind, span.answer),
        )
        marks = span.flags
        if span.kind == "weekday":
            # `on Tuesday, June 17`: the weekday of the date beside it is the date's fact
            date = next((d for d in ordered if d.kind == "date" and
                         re.fullmatch(r",?\s", sentence[span.end : d.start])), None)  # fmt: skip
            if date is not None:
                fact = _value_fact("date", date.answer)
        if span.kind == "duration":
            # `followed up for 24 months, until October 2024`: a length the end date gives
            end_date = next((d for d in ordered if d.kind == "date" and
                             re.fullmatch(r",?\s(?:until|till|to|through)\s",
                                          sentence[span.end : d.start])), None)  # fmt: skip
            if end_date is not None:
                fact = _value_fact("date", end_date.answer)
        if span.kind == "duration" and re.search(r"-\w+$", span.answer):
            flags = flags | frozenset(
                {"adjective"}
            )  # `the six-day fair`: the length as a describing word
        found.append(_Span(span.start, span.end, span.kind, span.answer, span.what, marks, fact))
    return found


def _value_fact(kind: str, answer: str) -> tuple[str, ...]:
    """What a value asks, one form for all its spellings: `six days` and `six-day` are
    one length of time."""
    if kind == "duration":
        match = re.fullmatch(r"(\S+)[\s-](\w+?)s?", answer.strip(), re.IGNORECASE)
        if match:
            amount = match.group(1).lower()
            return ("duration", str(_NUMBER_WORDS.get(amount, amount)), match.group(2).lower())
    return (kind, fold_text(answer))


_CHUNK_CUT = re.compile(r"(?<=,)\s|(?<=;)\s|\s(?=—)|(?<=—)\s")


def _window(sentence: str, start: int, end: int, target: int = 60) -> tuple[int, int]:
    """Clause boundaries around a span, wide enough to make sense on its own."""
    cuts = [0, *(m.start() for m in _CHUNK_CUT.finditer(sentence)), len(sentence)]
    left = max(c for c in cuts if c <= start)
    right = min(c for c in cuts if c >= end)
    while right - left < target:
        wider_right = [c for c in cuts if c > right]
        wider_left = [c for c in cuts if c < left]
        if wider_right:
            right = wider_right[0]
        elif wider_left:
            left = wider_left[-1]
        else:
            break
    return left, right


def _excerpt(
    sentence: str, start: int, end: int, replacement: str, subject: Subjects | None = None
) -> tuple[str, set[str]]:
    """The clauses around a span with the span replaced, and what spoils them."""
    left, right = _window(sentence, start, end)
    if right > _EXCERPT_FROM_START:
        # the clause of the span alone, if that lets the excerpt start with the sentence
        right = min((m.start() for m in _CHUNK_CUT.finditer(sentence) if m.start() >= end),
                    default=len(sentence))  # fmt: skip
        if right > _EXCERPT_FROM_START or len((sentence[:start] + sentence[end:right]).split()) < 4:
            left, right = _window(sentence, start, end)  # `On ____…` says nothing
    if right <= _EXCERPT_FROM_START:
        left = 0  # the sentence's subject: which quake, which match, who
    head = ""
    if left > 0:
        # `A survey of 1709 schoolchildren … between ____ and December 2004`: the
        # sentence's opening clause says what the blank is about, the middle is left out
        first_cut = min((m.start() for m in _CHUNK_CUT.finditer(sentence)), default=left)
        clause = max((m.end() for m in _CHUNK_CUT.finditer(sentence[:start])), default=0)
        candidate_head = sentence[:first_cut].rstrip(" ,;—")
        if (
            first_cut < clause < start  # a blank opening its clause has lost what it is of
            and not re.match(r"[“\"(]*(?:[A-Z][a-z]+ing|" + _OPENERS_RE + r")\b", candidate_head)
            and len(candidate_head) <= _HEAD_LONGEST
            and not _in_quote(candidate_head)
            and len(candidate_head) + right - clause <= _EXCERPT_FROM_START
        ):
            head = _name_the_subject(candidate_head, subject)
            left = clause
    text = sentence[left:start] + replacement + sentence[end:right]
    text = text.strip()
    if left == 0:
        text = _name_the_subject(text, subject)
    flags = _opening_flags(text, cut=left > 0)
    if _in_quote(text) or "”" in text.split("“")[0]:
        flags.add("in_quote")  # a quotation cut in half
    if head:
        flags.discard("cut_left")
        first = re.match(r"[“\"(]*([\w’']+)", text)
        if not (first and first.group(1).lower() in _DANGLING | _PRONOUNS):
            flags.discard("dangling")  # `… between ____`: the head says what
        flags |= {"elided"} | (_opening_flags(head, cut=False) & {"pronoun"})
        text = f"{head} … {text}"
    elif left > 0:
        text = "…" + text
    if right < len(sentence):
        text = text.rstrip(" ,;—") + "…"
    return text, flags


@dataclass(frozen=True)
class Subjects:
    """What a pronoun opening a sentence stands for, read from the sentence before."""

    person: str | None = None  # `He`, `She`
    thing: str | None = None  # `It`: `the first shaking`
    things: str | None = None  # `They`: `the rescue teams`


# `With a magnitude of 4.3, it occurred …`: an opening phrase, then the subject
_OPENING = (
    r"(?:(?:According to|With|In|At|On|After|Before|For|During|As|Writing in)\b[^,]{0,60},\s)?"
)
_SUBJECT_PRONOUN = re.compile(rf"({_OPENING})(He|She|It|They|he|she|it|they)\s(?=[a-z])")


def _name_the_subject(text: str, subject: Subjects | None) -> str:
    """`He paid …` -> `[Lai] paid …`, `It occurred …` -> `[The first shaking] occurred …`,
    when the sentence before says unambiguously who or what it is."""
    match = _SUBJECT_PRONOUN.match(text)
    if subject is None or match is None:
        return text
    pronoun = match.group(2).lower()
    meant = {"he": subject.person, "she": subject.person, "it": subject.thing,
             "they": subject.things}[pronoun]  # fmt: skip
    if not meant:
        return text
    if pronoun in ("it", "they"):
        first = meant[:1].upper() if not match.group(1) else meant[:1].lower()
        meant = first + meant[1:]
    return f"{match.group(1)}[{meant}]" + text[match.end(2) :]


def _opening_flags(text: str, cut: bool) -> set[str]:
    flags: set[str] = set()
    first = re.match(r"[“\"(]*([\w’']+)", text)
    word = first.group(1).lower() if first else ""
    # `With a magnitude of 4.3, it occurred …`: the subject after an opening phrase
    # `Over the full 24 months, with the booster, it was …`: one or two opening phrases
    after_opening = re.match(
        r"(?:According to|With|In|At|On|After|Before|For|During|As|Over|Across|Under|Within|"
        r"Throughout|Since|Until|By)\b[^,]{0,60},\s(?:[a-z][^,]{0,40},\s)?([\w’']+)",
        text,
    )
    subject = after_opening.group(1).lower() if after_opening else word
    if cut:
        flags.add("cut_left")
        # `…____ after the last person…`: the blank itself has lost its subject
        if word in _DANGLING or word in _PRONOUNS or not text[:1].isupper():
            flags.add("dangling")
    elif word in _PRONOUNS or subject in _PRONOUNS:
        flags.add("pronoun")
    if _BACK_REFERENCE.match(text) or _names_a_post_only(text):
        flags.add("back_reference")  # `Both men were charged …`: which men?
    if _pronoun_before_its_referent(text):
        flags.add("pronoun")
    return flags


# Openings that point back to what an earlier sentence named: `Both men`, `Most of the
# money`, `More than half`, `The rest`.
_BACK_REFERENCE = re.compile(
    r"[“\"(]*(?:Both|Each|Neither|Either|Most of|More than half|Less than half|Half of|"
    r"Half|Many of|Some of|None of|All of|The two|The three|The rest|The remaining|"
    r"The latter|The former|The same|The other|Such|Others|Another|Most|If|Unless)\b"
)
# `The mayor said …`: a post alone, its holder named in an earlier sentence
_THE_POST = re.compile(r"[“\"(]*The\s([a-z]+)(?:[’']s)?\s(?!of\b)")


def _names_a_post_only(text: str) -> bool:
    match = _THE_POST.match(text)
    return match is not None and is_post_word(match.group(1))


_INNER_PRONOUN = re.compile(r"\b(?:it|its|him|his|her|they|their|them)\b")
_PERSONAL = {"him", "his", "her"}
_PLURAL = {"they", "their", "them"}
# What a person's pronoun may stand for: a name after the text's first word.
_PERSON_REFERENT = re.compile(r"(?<=\s)[A-ZÀ-ÖØ-Þ][a-zà-ÿ][\w’'-]*")
# What a plural pronoun may stand for: a plural noun phrase, a count, or two names joined.
_PLURAL_REFERENT = re.compile(
    r"\b(?!(?:was|has|does|goes|says|is|its|this|thus|his)\b)[a-z][a-z-]{2,}(?<![sui])s\b"
    r"|\band\s[A-Z]|____\s[a-z]"
)
# What a pronoun may point back to inside the same text: a capitalised word after the
# first, or a noun phrase with an article or a possessive.
_REFERENT = re.compile(r"(?<=\s)[A-Z][\w’'-]+|\b(?:the|a|an|[\w’']+[’']s)\s[\w-]+")


def _pronoun_before_its_referent(text: str) -> bool:
    """`Weeks after it opened, a fault in its pumps …`: an `it`, `its` or `him` outside
    any quotation that comes before anything in the text it could stand for."""
    plain = re.sub(r"[“\"][^”\"]*[”\"]", " ", text)
    # `Columbia was lost … when it disintegrated`: the subject opening the text; but not
    # `Weeks after it opened`, where a time phrase opens it, nor `Scholars believed it …`,
    # where the subject is plural
    subject = re.match(r"[“\"(\[]*([A-Z][\w’'-]*)\]?\s(\w+)", plain)
    opening = (
        subject.group(1)
        if subject
        and subject.group(1).lower() not in _PRONOUNS
        and subject.group(1) not in SENTENCE_OPENERS
        and subject.group(2) not in _SUBORDINATORS
        else None
    )
    for pronoun in _INNER_PRONOUN.finditer(plain, 1):
        before = plain[: pronoun.start()]
        word = pronoun.group(0)
        plural_opening = opening is not None and re.search(r"[^s’']s$", opening) is not None
        if word in _PLURAL:
            found = plural_opening or _PLURAL_REFERENT.search(before) is not None
        elif word in _PERSONAL:
            found = (opening is not None and not plural_opening) or bool(
                [w for w in _PERSON_REFERENT.findall(before) if w not in SENTENCE_OPENERS]
            )
        else:
            found = (opening is not None and not plural_opening) or bool(
                [m for m in _REFERENT.findall(before) if not re.search(r"[^s’']s$", m)]
            )
        if not found:
            return True
    return False


_SUBORDINATORS = {"after", "before", "since", "when", "while", "until", "once", "as", "if"}


def _quotes_open(paragraphs: Sequence[str], found: Sequence[Sentence]) -> list[str]:
    """For each sentence, the paragraph's text before it: to tell whether a span
    stands inside a quotation opened in an earlier sentence."""
    before: list[str] = []
    cursor: dict[int, int] = {}
    for sentence in found:
        paragraph = paragraphs[sentence.line - 1]
        at = paragraph.find(sentence.text, cursor.get(sentence.line, 0))
        at = max(at, 0)
        cursor[sentence.line] = at + len(sentence.text)
        before.append(paragraph[:at])
    return before


def _in_quote(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _sentence_flags(sentence: Sentence, headline: int, start: int, before: str) -> set[str]:
    text = sentence.text
    flags: set[str] = set()
    if sentence.line == headline:
        flags.add("headline")
    elif not re.search(r"[.!?…][”\"’')\]]*$", text):
        flags.add("truncated")
    if _in_quote(before + text[:start]):
        flags.add("in_quote")
    if not before and _DATELINE.match(text[:start]) and _DATELINE_END.search(text, start):
        flags.add("dateline")  # `TANA BRU, Norway, ____ –`: the report's date, no fact of it
    return flags


# A wire report's dateline before the blank: the place in capitals, then a comma (and a
# country); its end, a dash, after the blank.
_DATELINE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{2,},(?:\s[^,–—]{2,30},)?\s*$")
_DATELINE_END = re.compile(r"\s[–—-]\s")


_LEADS = {
    "date": "Which date is missing",
    "year": "Which year is missing",
    "number": "Which number is missing",
    "money": "What amount is missing",
    "duration": "How long a time is missing",
    "time": "Which time is missing",
    "weekday": "Which day is missing",
}
_KIND_OF = {
    "year": "number", "date": "date", "number": "number", "money": "money", "time": "text",
    "weekday": "text",
}  # fmt: skip


def _gap_question(lead: str, excerpt: str) -> str:
    return f"{lead} here: “{without_full_stop(excerpt)}”?"


_ABBREVIATED_END = re.compile(r"(?:\b[A-Za-z]\.){2,}$")


def without_full_stop(text: str) -> str:
    """The text without the full stop ending it, but not an abbreviation's (`11:30 p.m.`,
    `Washington, D.C.`), which ends the sentence too."""
    return text if _ABBREVIATED_END.search(text) else text.rstrip(".")


def _falsify(span: _Span, negative: bool = False) -> str | None:
    """A wrong value of the same shape, for a false claim. A value below zero (`−200 °C`)
    is made less extreme, never impossible (`−300 °C`, below absolute zero)."""
    text = span.answer
    if span.kind in ("number", "year", "money"):
        match = re.search(r"\d[\d,]*(?:\.\d+)?", text)
        if not match:
            return None
        value = float(match.group(0).replace(",", ""))
        if span.kind == "year":
            wrong = value - 2
        elif negative:
            wrong = round(value * 0.6) if value > 10 else value / 2
        elif value <= 10 and "." in match.group(0):
            # `a 4.7 magnitude`: a scale's value moved a little, never off the scale (10.4)
            wrong = round(value + 1.3, 1)
        elif value <= 10:
            wrong = value * 2 + 1
        else:
            wrong = round(value * 1.5)
        shown = f"{wrong:,.0f}" if "," in match.group(0) else f"{wrong:g}"
        places = len(match.group(0).partition(".")[2])
        if places and "." not in shown:
            shown = f"{wrong:.{places}f}"  # `4.7` -> `6.0`, not `6`
        return text[: match.start()] + shown + text[match.end() :]
    if span.kind == "date":
        match = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", text)
        if not match:
            return None
        day = int(match.group(1))
        wrong_day = day + 7 if day <= 21 else day - 7
        return text[: match.start()] + str(wrong_day) + text[match.end() :]
    if span.kind == "duration":
        match = re.search(r"\b(an?|one|two|three|four|six|eight|ten|\d+)\b", text, re.IGNORECASE)
        if not match:
            return None
        amount = match.group(1).lower()
        value = int(amount) if amount.isdecimal() else _NUMBER_WORDS.get(amount, 1)
        wrong = value * 2 if value < 5 else value + 2
        word = str(wrong) if amount.isdigit() else _WORDS_FOR.get(wrong, str(wrong))
        unit_fix = re.sub(r"\b(second|minute|hour|day|week|month|year)\b(?!s)", r"\1s", text)
        fixed = unit_fix[: match.start()] + word + unit_fix[match.end() :]
        return fixed
    return None


_BETWEEN = re.compile(rf"\b(?:between|from)\s({_DIGITS})\s(?:and|to)\s({_DIGITS})\b")


def _breaks_a_range(sentence: str, span: _Span, wrong: str) -> bool:
    """The changed value would put a range's ends the wrong way round."""
    for match in _BETWEEN.finditer(sentence):
        ends = [match.group(1), match.group(2)]
        for i in (1, 2):
            if match.start(i) <= span.start < match.end(i):
                figure = re.search(r"\d[\d,]*(?:\.\d+)?", wrong)
                if figure is None:
                    return True
                ends[i - 1] = figure.group(0)
                low, high = (float(e.replace(",", "")) for e in ends)
                return low >= high
    return False


def _claim_statement(sentence: str, span: _Span, value: str) -> str | None:
    """The whole sentence (or its clause up to a `;`) with `value` in place; None if
    that is too long or is not a sentence: a claim is a statement, never a fragment."""
    stop = sentence.find(";", span.end)
    right = len(sentence) if stop < 0 else stop
    text = (sentence[: span.start] + value + sentence[span.end : right]).strip(" ,;—")
    if len(text) > _CLAIM_LONGEST or not text[:1].isupper():
        return None
    text = re.sub(r"^(?:But|And|Meanwhile|Both)\s*,?\s+", "", text)
    return text[:1].upper() + text[1:].rstrip(".") + "."


def _known_place(text: str) -> bool:
    return tuple(tokenize(text)) in world().place_by_name


def _places_named(text: str) -> list[str]:
    """The places of the generic tables a text names, by name or demonym, once a mention."""
    tables = world()
    tokens = [t for t in tokenize(text) if t != ","]
    found: list[str] = []
    i = 0
    while i < len(tokens):
        for size in range(min(tables.longest_place, len(tokens) - i), 0, -1):
            places = tables.place_by_name.get(tuple(tokens[i : i + size]))
            if places:
                found += sorted({p.name for p in places})
                i += size
                break
        else:
            found += sorted({p.name for p in tables.place_by_demonym.get(tokens[i], ())})
            i += 1
    return found


def topic_places(paragraphs: Sequence[str], headline: int) -> set[str]:
    """The places the whole story is about, too easy to ask: those its headline names
    (`Australian children …`), and the one place it names far more often than any other."""
    topics = set(_places_named(paragraphs[headline - 1])) if headline else set()
    counts = Counter(name for p in paragraphs for name in set(_places_named(p)))
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= 3 and (len(ranked) < 2 or ranked[0][1] >= 2 * ranked[1][1]):
        topics.add(ranked[0][0])
    return topics


def _list_items(sentence: str, people: People) -> list[tuple[int, int, tuple[str, ...], str]]:
    """Runs like `Finland and Sweden` or `Austin and Shoigu`: (start, end, items, what)."""
    found: list[tuple[int, int, tuple[str, ...], str]] = []
    item = r"(?:the\s)?[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,2}"

    def known(text: str) -> bool:
        return text in COUNTRIES or people.is_known(text) or _known_place(text)

    for match in re.finditer(rf"{item}(?:,\s{item})*,?\s(?:and|or)\s{item}", sentence):
        items = tuple(
            re.sub(r"^the\s", "", part).strip()
            for part in re.split(r",\s(?:and\s|or\s)?|\s(?:and|or)\s", match.group(0))
        )
        end = match.end()
        if items and items[-1].endswith(".") and items[-1].count(".") == 1:
            items = (*items[:-1], items[-1][:-1])  # `ahead of Kenya and Botswana.`: the stop
            end -= 1
        start = match.start()
        # `Meanwhile, Finland and Sweden`: drop leading words that are not items.
        while items and not known(items[0]):
            skipped = items[0]
            items = items[1:]
            comma = sentence.find(",", start + len(skipped), end)
            if comma < 0:  # `Tuesday and Wednesday`: no list of ours at all
                items = ()
                break
            start = comma + 1
            start += len(sentence[start:]) - len(sentence[start:].lstrip())
        if len(items) < 2 or len(set(items)) != len(items):
            continue
        if all(i in COUNTRIES for i in items):
            found.append((start, end, items, "countries"))
        elif all(people.is_known(i) for i in items):
            found.append((start, end, items, "people"))
        elif all(_known_place(i) for i in items):
            found.append((start, end, items, "places"))
    return found


def _places(sentence: str) -> list[tuple[int, int, str]]:
    """Places of the generic tables named after `in`, `at`, `to`…: (start, end, name)."""
    found: list[tuple[int, int, str]] = []
    name = r"[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,2}"
    for match in re.finditer(name, sentence):
        if not _PLACE_LEAD.search(sentence[: match.start()]):
            continue
        text = match.group(0).rstrip(".")
        lead = sentence[: match.start()].split()
        # `University of Chile`, `Eden Hazard`: a place's name inside another name
        if len(lead) >= 2 and lead[-2][:1].isupper() and lead[-2] not in _OPENERS:
            continue
        if _known_place(text) and sentence.count(text) == 1:
            found.append((match.start(), match.start() + len(text), text))
    return found


_OPENERS = {"In", "At", "To", "From", "Near", "Of", "Into", "Across"}
_LIST_LEADS = {
    "countries": "Which countries are missing",
    "people": "Who is missing",
    "places": "Which places are missing",
}


# -- drafting -----------------------------------------------------------------


def slugify(text: str, limit: int = 40) -> str:
    # `ø`, `ł` and `ß` have no accent to drop: `Torbjørn` is `torbjorn`, not `torbjrn`.
    plain = as_typed_letters(text).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", plain.replace("’", "").replace("'", "")).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug or "question"


def draft_candidates(paragraphs: Sequence[str]) -> list[Candidate]:
    """Candidate questions for an article given one paragraph a line, best first."""
    return _finish(rank(_overgenerate(paragraphs)))


def _overgenerate(paragraphs: Sequence[str]) -> list[Candidate]:
    """Every question the patterns can ask, several per fact; ranking picks among them."""
    drafting = _Drafting(paragraphs)
    drafting.ask_posts()
    previous: Sentence | None = None
    subject = Subjects()
    for sentence in drafting.sentences:
        subject = _subject_of(previous, drafting.people, subject)
        if previous is not None and previous.line != sentence.line:
            # `It`, `They`: only the paragraph's own sentence before says what
            subject = Subjects(subject.person)
        previous = sentence
        drafting.ask_gaps_and_claims(sentence, subject)
        listed = drafting.ask_lists(sentence)
        drafting.ask_places(sentence, subject, listed)
        drafting.ask_causes(sentence)
        drafting.ask_speakers(sentence, subject)
    _mark_given_years(drafting.candidates, drafting.headline_words)
    _mark_shared_names(drafting.candidates, drafting.people.names)
    return drafting.candidates


def shared_names(names: Sequence[str]) -> set[str]:
    """The family or given names two people of the article share (`Park` of `Park Ji-hoon`
    and `Park Sung-min`): written alone, they do not say which of them is meant."""
    holders: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        if len(words) < 2:
            continue
        for word in {words[0], words[-1]}:
            holders.setdefault(word, set()).add(name)
    return {word for word, held in holders.items() if len(held) > 1}


def _mark_shared_names(candidates: list[Candidate], names: Sequence[str]) -> None:
    """A question naming someone only by a name two people share is not self-contained."""
    shared = shared_names(names)
    for candidate in candidates:
        if candidate.what == "quote":
            continue  # its answer, not its question, names the speaker
        text = without_nicknames(candidate.question)
        for word in shared:
            full = [n for n in names if word in n.split() and n in text]
            # `Sampaio's first task`: a possessive decorates, the blank does not hang on it
            alone = rf"(?<![\w-]){re.escape(word)}(?![\w-]|[’']s\b)"
            if re.search(alone, text) and not full:
                candidate.flags.add("shared_name")


def _mark_given_years(candidates: list[Candidate], headline_words: list[str]) -> None:
    """A number the headline gives, or a year of a date its paragraph asks (`2025` beside
    `June 17, 2025`), is trivial or the same fact: flagged, to rank below the rest."""
    date_years = {
        (c.line, token)
        for c in candidates
        if c.kind == "date"
        for token in tokenize(c.answer_text)
        if re.fullmatch(r"\d{4}", token)
    }
    headline_lengths = _headline_lengths(headline_words)
    for candidate in candidates:
        if candidate.fact[0] in ("money", "duration") and candidate.what != "claim":
            # `sells for £14.2 million`, `end 12-day strike`: the headline gives it
            if _within_words(tokenize(candidate.answer_text), headline_words) or (
                candidate.fact in headline_lengths
            ):
                candidate.flags.add("in_headline")
            continue
        if candidate.fact[0] != "number" or len(candidate.fact) != 2:
            continue
        value = candidate.fact[1]
        if value in headline_words and _same_count(candidate.question, value, headline_words):
            candidate.flags.add("in_headline")
        if (candidate.line, value) in date_years:
            # `… closed on June 22, 2025. In 2025, …`: the paragraph asks it already
            candidate.flags.add("year_of_date")


def _same_count(question: str, value: str, headline: Sequence[str]) -> bool:
    """The headline's number counts what the blank's does: `64` dead in both, but not the
    `12` of `12-day strike` for `____ knots`."""
    unit = re.search(r"____\s([a-z]+)", question)
    if unit is None:
        return True
    after = {b for a, b in pairwise(headline) if a == value}
    return any(word[:4] == unit.group(1)[:4] for word in after) or not after - {"and", "in"}


def _headline_lengths(words: Sequence[str]) -> set[tuple[str, ...]]:
    """The lengths of time a headline names (`Nine-day fair`), as duration facts."""
    return {
        _value_fact("duration", f"{amount} {unit}")
        for amount, unit in pairwise(words)
        if re.fullmatch(r"\d+|[a-z]+", amount) and re.fullmatch(_DURATION_UNIT, unit)
    }


_DURATION_UNIT = r"(?:second|minute|hour|day|week|month|year|decade|century)s?"


def _within_words(words: Sequence[str], headline: Sequence[str]) -> bool:
    """`words` stand in this order in the headline's words."""
    size = len(words)
    return size > 0 and any(
        list(headline[i : i + size]) == list(words) for i in range(len(headline) - size + 1)
    )


class _Drafting:
    """What every kind of candidate is drafted from (the article's sentences, its people,
    its headline), and the candidates drafted so far."""

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.paragraphs = paragraphs
        self.sentences = sentences(paragraphs)
        self.headline = next((n for n, p in enumerate(paragraphs, start=1) if p.strip()), 0)
        self.people = People()
        self.posts: list[tuple[str, str, Sentence]] = []
        lowercase = lowercase_words(paragraphs)
        for sentence in self.sentences:
            plain = without_nicknames(sentence.text)
            found = people_with_posts(plain, lowercase)
            named = {name for _, name in found}
            found += [(rank, name) for rank, name in ranked_people(plain) if name not in named]
            for post, name in found:
                self.people.add(name)
                self.posts.append((post, name, sentence))
        whole = "\n".join(paragraphs)
        # `Jörg von Ahlenfeld, 52,`: a name with a particle, which the reader of names skips
        for match in re.finditer(rf"{NAME_WORD}(?:\s{PARTICLE})+\s{NAME_WORD}(?=,)", whole):
            if is_name_word(match.group(0).split()[0]):
                self.people.add(match.group(0))
        try:
            for name in article_people(paragraphs):
                # `residents of South Ashford`, `in East Ashford`: a place, not a person
                if not re.search(_PLACE_BEFORE + rf"{re.escape(name)}(?![’'\w])", whole):
                    self.people.add(name)
        except (ValueError, IndexError, RecursionError):
            pass  # the names read from posts still serve
        self.candidates: list[Candidate] = []
        self.claims = 0
        self.before: dict[Sentence, str] = {}
        for sentence, text_before in zip(
            self.sentences, _quotes_open(paragraphs, self.sentences), strict=True
        ):
            self.before.setdefault(sentence, text_before)
        self.headline_words = tokenize(paragraphs[self.headline - 1]) if self.headline else []
        self.topics = topic_places(paragraphs, self.headline)

    def add(
        self, candidate: Candidate, sentence: Sentence, at: int, what: str, flags: set[str]
    ) -> None:
        candidate.order = (sentence.line, at)
        candidate.what = what
        candidate.flags = flags | _sentence_flags(
            sentence, self.headline, max(at, 0), self.before.get(sentence, "")
        )
        self.candidates.append(candidate)

    def ask_posts(self) -> None:
        """Who holds each post the article names beside a person."""
        holders: dict[str, set[str]] = {}
        for post, name, _ in self.posts:
            holders.setdefault(fold_text(post), set()).add(self.people.resolve(name) or name)
        for post, name, sentence in self.posts:
            # `Sevan Blue's director`: a name's possessive takes no `the`
            article = "" if _OWNED_BY_A_NAME.match(post) else "the "
            if " " not in post and not post.isupper():
                post = post.lower()  # `Judge Armen Petrosyan`: a title's capital, not the post's
            # `the Councillor` when two are named: no one answer
            vague = {"vague_post"} if len(holders[fold_text(post)]) > 1 else set()
            if re.search(r"\b[a-z]+[’']s\b", post):
                vague.add("back_reference")  # `head of the firm's sales`: which firm?
            at = sentence.text.find(name)
            self.add(
                Candidate(
                    "person",
                    f"Who is {article}{post}, according to the article?",
                    name,
                    sentence.text,
                    sentence.line,
                    ("person", fold_text(name)),
                ),
                sentence,
                at,
                "post",
                # a person's post is no speaker's claim, even inside a quotation's sentence
                vague,
            )

    def ask_gaps_and_claims(self, sentence: Sentence, subject: Subjects) -> None:
        """A blank for each value of the sentence, and a true-or-false claim on it."""
        text = sentence.text
        restated = restatements(text)
        total = total_of_parts(text)
        spans = _spans(text)
        for span in spans:
            kind = _KIND_OF.get(span.kind, span.kind)
            # `____ kilometres (7.5 miles)` would give the answer away in other units
            # `____ won, or roughly 110 billion won a day`: the restatement gives it away
            plain, start, end = without(
                text, restated_after(restated, text, span.end), span.start, span.end
            )
            plain, start, end = without(
                plain, conversion_after(conversions(plain), start, end, plain), start, end
            )
            excerpt, flags = _excerpt(plain, start, end, _GAP, subject)
            if total is not None and not (total[0] <= span.start < total[1]):
                flags.add("total_shown")  # `____ gold, nine silver …, 28 in all`
            lead = _LEADS["year" if span.what == "year" else span.kind]
            self.add(
                Candidate(
                    kind, _gap_question(lead, excerpt), span.answer, text, sentence.line, span.fact
                ),
                sentence,
                span.start,
                span.what,
                flags | set(span.flags),
            )
            # an age tests nothing of the story; a changed part contradicts the total
            negative = text[max(span.start - 1, 0) : span.start] in ("−", "-", "–")
            wrong = None if span.what == "age" or total is not None else _falsify(span, negative)
            if wrong is not None and _breaks_a_range(text, span, wrong):
                wrong = None  # `between 2014 and 2012`: contradicted by its own sentence
            if wrong is not None and bound_keeps_true(
                text[: span.start], text[span.start : span.end], wrong, text[span.end :]
            ):
                wrong = None  # `Eighteen were under 18` is true where 18 were under 12
            # a true claim restates its sentence, which asks another value already
            false_claim = len(spans) > 1 or bool(self.claims % 2)
            # a false value keeps no conversion of the true one: `20 million kroner
            # (about €810,000)` would contradict itself
            # (nor any other: a claim reads plainer without them)
            bare, bare_start, bare_end = plain, start, end
            for bracket in reversed(conversions(plain)):
                bare, bare_start, bare_end = without(bare, bracket, bare_start, bare_end)
            said = _Span(bare_start, bare_end, span.kind, span.answer) if false_claim else span
            statement = (
                _claim_statement(bare if false_claim else text, said,
                                 wrong if false_claim else span.answer)
                if wrong is not None
                else None
            )  # fmt: skip
            if statement is None:
                continue
            statement = _name_the_subject(statement, subject)
            self.claims += 1
            self.add(
                Candidate(
                    "claim",
                    f"True or false: {statement}",
                    "false" if false_claim else "true",
                    text,
                    sentence.line,
                    span.fact,  # the same fact as the gap question: one of them survives
                ),
                sentence,
                span.start + 1,
                "claim",
                _opening_flags(statement, cut=False)
                | (set(span.flags) & {"relative", "schedule_year"}),
            )

    def ask_lists(self, sentence: Sentence) -> list[tuple[int, int, tuple[str, ...]]]:
        """The lists of the sentence; where each stands, and the fact it is."""
        text = sentence.text
        listed: list[tuple[int, int, tuple[str, ...]]] = []
        for start, end, items, what in _list_items(text, self.people):
            accept: list[str | tuple[str, ...]] = []
            if what == "people":
                full = tuple(self.people.resolve(i) or i for i in items)
                if full != items:
                    accept.append(full)
            article_word = "the " if text[start:end].startswith("the ") else ""
            excerpt, flags = _excerpt(text, start + len(article_word), end, _GAP)
            list_fact = ("list", *sorted(fold_text(i) for i in items))
            listed.append((start, end, list_fact))
            self.add(
                Candidate(
                    "list",
                    _gap_question(_LIST_LEADS[what], excerpt),
                    items,
                    text,
                    sentence.line,
                    list_fact,
                    accept=accept,
                ),
                sentence,
                start,
                "list",
                flags,
            )
        return listed

    def ask_places(
        self, sentence: Sentence, subject: Subjects, listed: list[tuple[int, int, tuple[str, ...]]]
    ) -> None:
        text = sentence.text
        for start, end, place in _places(text):
            excerpt, flags = _excerpt(text, start, end, _GAP, subject)
            if (
                set(tokenize(place)) <= set(self.headline_words)
                or set(_places_named(place)) & self.topics
            ):
                flags.add("topic")  # the place the whole story is about: too easy
            # a place of a list already asked is the same fact: one question asks it
            fact = next(
                (f for s, e, f in listed if s <= start and end <= e),
                ("place", fold_text(place), str(sentence.line)),
            )
            self.add(
                Candidate(
                    "text",
                    _gap_question("Which place is missing", excerpt),
                    place,
                    text,
                    sentence.line,
                    fact,
                ),
                sentence,
                start,
                "place",
                flags,
            )

    def ask_causes(self, sentence: Sentence) -> None:
        text = sentence.text
        for match in _CAUSE.finditer(text):
            cause = match.group("cause").strip()
            start = match.start("cause")
            excerpt, flags = _excerpt(text, start, start + len(cause), _GAP)
            self.add(
                Candidate(
                    "text",
                    _gap_question("What cause is missing", excerpt),
                    cause,
                    text,
                    sentence.line,
                    ("cause", fold_text(cause)),
                ),
                sentence,
                start,
                "cause",
                flags,
            )

    def _naming_cite(self, sentence: Sentence, speaker: str) -> str | tuple[str, ...]:
        """The sentence, or, when only a `he said` names the speaker, the paragraph's text
        from the sentence before that names them (or, in the paragraph before, that
        sentence and this one): the cite shows who said it."""
        surname = speaker.split()[-1]
        if surname in shared_names(self.people.names):
            # `Agbayani told reporters`, two Agbayanis named: cite the one named in full
            surname = speaker
        if surname in without_nicknames(sentence.text):
            return sentence.text
        before = self.before.get(sentence, "")
        named = [
            s
            for s in self.sentences
            if s.line == sentence.line and surname in without_nicknames(s.text)
        ]
        at = max((before.rfind(s.text) for s in named), default=-1)
        if at >= 0:
            return (before[at:] + sentence.text).strip()
        earlier = [
            s
            for s in self.sentences
            if s.line == sentence.line - 1 and surname in without_nicknames(s.text)
        ]
        return (earlier[-1].text, sentence.text) if earlier else sentence.text

    def _said_as_accepted(self, said_as: str, speaker: str) -> list[str | tuple[str, ...]]:
        """The name as the quote's sentence gives it (`Aune said`), as an accepted answer;
        not a surname another person of the article bears too, which names neither."""
        if said_as == speaker or (
            len(said_as.split()) == 1 and len(self.people.sharing(said_as)) >= 2
        ):
            return []
        return [said_as]

    def ask_speakers(self, sentence: Sentence, subject: Subjects) -> None:
        """Who said a quotation: in the sentence, or named after a quote of sentences."""
        text = sentence.text

        def so_far() -> str:  # the article before this sentence, joined only if it is read
            return "\n".join([*self.paragraphs[: sentence.line - 1], self.before.get(sentence, "")])

        quote = quotation(text, self.people, subject.person, so_far)
        if quote is not None:
            words, speaker, said_as = quote
            accept: list[str | tuple[str, ...]] = self._said_as_accepted(said_as, speaker)
            quote_flags = {"few_words"} if len(words.split()) < 5 else set()
            if len(words) > 160:
                quote_flags.add("long")
            at = text.find(words)
            question = f"Who said “{words}”?"
            if words[:1].islower():
                # `said her client was "disappointed …"`: a fragment needs its lead-in
                lead = re.search(
                    rf"\b{SPEECH}\s(?:that\s)?([^“”\"]{{3,80}}?)\s?[“\"]{re.escape(words)}", text
                )
                if lead and len(lead.group(1).split()) <= 10:
                    question = f"Who said {lead.group(1).strip()} “{words}”?"
                else:
                    quote_flags.add("fragment")
            candidate = Candidate(
                "person",
                question,
                speaker,
                self._naming_cite(sentence, speaker),
                sentence.line,
                ("quote", fold_text(words)),
                accept=accept,
            )
            self.add(candidate, sentence, at, "quote", quote_flags)
            # asking who said it is no cut quotation, whatever its sentence holds
            candidate.flags.discard("in_quote")
        elif re.match(r"[“\"]", text):
            # a quotation of several sentences: its speaker is named after the last
            rest = self.paragraphs[sentence.line - 1][len(self.before.get(sentence, "")) :]
            found = _paragraph_quote(rest, self.people, subject.person)
            if found is not None:
                words, speaker, said_as, cite = found
                candidate = Candidate(
                    "person",
                    f"Who said “{words}”?",
                    speaker,
                    cite,
                    sentence.line,
                    ("quote", fold_text(words)),
                    accept=self._said_as_accepted(said_as, speaker),
                )
                self.add(candidate, sentence, 0, "quote", set())
                candidate.flags.discard("in_quote")


_OPENING_QUOTE = re.compile(r"[“\"]([^”\"]{3,})[”\"]")


def _paragraph_quote(
    paragraph: str, people: People, he_or_she: str | None
) -> tuple[str, str, str, str] | None:
    """A quotation of several sentences opening `paragraph` (the rest of one), its speaker
    named after it: (its first sentence, the speaker, the name as written, the cite up to
    the speaker)."""
    match = _OPENING_QUOTE.match(paragraph.strip())
    if match is None:
        return None
    quoted = match.group(1)
    first = re.match(r"(.+?[.!?])\s+(?=[A-Z])", quoted)
    if first is None:
        return None  # one sentence: the sentence's own quotation asks it
    words = first.group(1).strip(" ,.")
    if not 6 <= len(words.split()) <= 30 or re.search(r"[\[\]]", words):
        return None
    lead = paragraph[: len(paragraph) - len(paragraph.lstrip())]
    after = paragraph[len(lead) + match.end() :]
    said = re.match(r"[^.!?“”\"]*[.!?]", after)
    if said is None:
        return None
    # `said Rear Admiral Hernán J. Villca, who…`: the sentence runs on past an initial's
    # dot, as the article's sentences are read.
    pieces = sentences_of(after)
    at = after.find(pieces[0]) if pieces else -1
    said_end = max(said.end(), at + len(pieces[0])) if at >= 0 else said.end()
    found = quotation(f"“{words}”{after[:said_end]}", people, he_or_she)
    if found is None:
        return None
    cite = paragraph[len(lead) : len(lead) + match.end() + said_end]
    return words, found[1], found[2], cite


_THING = re.compile(
    rf"{_OPENING}((?:The|the)\s(?:[a-z][\w-]*\s(?:and\s)?){{0,3}}[a-z][\w-]*)\s"
    r"(?:took|occurred|had|has|was|is|struck|hit|happened|began|ended|followed|came|"
    r"lasted|killed|caused|left|measured|[a-z]+ed)\b"
)
_THINGS = re.compile(
    rf"{_OPENING}((?:The|the)\s(?:[a-z][\w-]*\s){{0,3}}[a-z][\w-]*s)\s"
    r"(?:had|have|were|are|took|came|said|[a-z]+ed)\b"
)


# A post that opens with a capitalised name's possessive (`Sevan Blue's`, `Finland's`).
_OWNED_BY_A_NAME = re.compile(r"(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*[’']s\b")
# After an opening name: its possessive and a post set off by a comma, before a name.
_OWNER_THEN_POST = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+")


def _subject_of(
    previous: Sentence | None, people: People, before: Subjects | None = None
) -> Subjects:
    """Who or what the sentence before is about, for a `He`, `It` or `They` opening the
    next: the person it starts with (after an opening phrase, without a title), or the
    noun phrase that is its subject (`The second tremor took place …`), in the same
    paragraph. A sentence that itself opens with a pronoun passes on what it stood for,
    unless it names someone else."""
    if previous is None:
        return Subjects()
    text = previous.text
    person: str | None = None
    match = re.match(rf"{_OPENING}{TITLE_BEFORE}({NAME_WORD}(?:\s{NAME_WORD}){{0,3}})", text)
    if match:
        words = match.group(1).split()
        while words and not_a_name(words[0]):
            words.pop(0)  # `Professor Eastman`, `The`
        owned = _OWNER_THEN_POST.match(text, match.end())
        if owned:
            # `Sevan Blue's director, Lilit Hakobyan, said`: the owner is no subject; the
            # name set off after the post is
            set_off = name_set_off_after(text[owned.end() :].split(), 0)
            person = set_off if set_off is not None and people.is_known(set_off) else None
        elif words and people.is_known(" ".join(words[:3])):
            person = " ".join(words[:3])
    carried = _SUBJECT_PRONOUN.match(text)
    if (
        person is None
        and before is not None
        and before.person
        and carried is not None
        and carried.group(2).lower() in ("he", "she")
    ):
        named = [n for n in people.names if n.split()[-1] in text]
        if all(before.person in n or n.split()[-1] in before.person for n in named):
            person = before.person
    thing = things = None
    noun = _THING.match(text)
    if noun and not noun.group(1).endswith("s"):
        thing = noun.group(1)
    plural = _THINGS.match(text)
    if plural and not plural.group(1).endswith("ss"):
        things = plural.group(1)
    if carried is not None and before is not None:
        thing = thing or (before.thing if carried.group(2).lower() == "it" else None)
        things = things or (before.things if carried.group(2).lower() == "they" else None)
    return Subjects(person, thing, things)


def _finish(candidates: list[Candidate]) -> list[Candidate]:
    """Ranked candidates with unique ids."""
    ids: set[str] = set()
    for candidate in candidates:
        answer = candidate.answer_text.replace(",", " ")
        base = slugify(f"{candidate.kind} {answer}")
        if candidate.kind == "claim":
            base = "claim-" + slugify(candidate.question.removeprefix("True or false: "), 30)
        if candidate.fact[0] == "quote":
            base = "quote-" + slugify(answer, 30)
        candidate.id = unique_id(base, ids)
    return candidates


def unique_id(base: str, taken: set[str]) -> str:
    chosen = base
    number = 2
    while chosen in taken:
        chosen = f"{base}-{number}"
        number += 1
    taken.add(chosen)
    return chosen


def without_asked(
    candidates: Iterable[Candidate], asked: Iterable[tuple[str, int]], taken_ids: set[str]
) -> list[Candidate]:
    """Candidates whose fact the pack does not already ask.

    `asked` holds (folded answer, cited line) for each question in the pack: the same
    answer drawn from the same line is the same fact, and so is one answer inside the
    other (`84` and `84 days`, `an hour` and `about an hour`).
    """
    asked_by_line: dict[int, list[str]] = {}
    for answer, line in asked:
        asked_by_line.setdefault(line, []).append(answer)
    fresh: list[Candidate] = []
    for candidate in candidates:
        folded = fold_text(candidate.answer_text)
        here = asked_by_line.get(candidate.line, [])
        if any(folded == a or _within(folded, a) or _within(a, folded) for a in here):
            continue
        if candidate.kind == "claim" and here:
            # A claim re-asks a fact of a line the pack already covers.
            continue
        candidate.id = unique_id(candidate.id, taken_ids)
        fresh.append(candidate)
    return fresh


def _within(part: str, whole: str) -> bool:
    return bool(part) and f" {part} " in f" {whole} "
