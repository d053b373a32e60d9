"""Drafting candidate questions from an article, deterministically and offline.

Patterns, not a language model: dates, numbers, amounts of money, durations,
people named with a post, who said a quotation, lists of countries or people,
and true/false claims. Every candidate cites the sentence it came from
verbatim, states its `kind`, and passes `newsquiz check` as it is; the
author keeps the good ones and rewrites the wording.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from newsquiz.authoring.places import COUNTRIES
from newsquiz.authoring.yamltext import QuestionText
from newsquiz.facts.article import describes
from newsquiz.facts.text import fold_text
from newsquiz.facts.world import world

_MONTHS = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_DATE = re.compile(
    rf"\b(?:{_MONTHS}\s\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s\d{{4}})?|\d{{1,2}}\s{_MONTHS}(?:\s\d{{4}})?)"
    r"(?![\w-])"
)
_YEAR = re.compile(r"\b(?:in|since|by|until|from) (?P<year>1[89]\d\d|20\d\d)\b")
_MONEY = re.compile(
    r"(?:US|C|A)?[$€£]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:trillion|billion|million|thousand|bn|m)\b)?"
    r"|\b\d[\d,]*(?:\.\d+)?(?:\s(?:trillion|billion|million|thousand))?\s(?:dollars|euros|pounds)\b"
)
_WORD_NUMBER = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few)"
_DURATION = re.compile(
    r"\b(?P<qual>(?:about|around|nearly|almost|roughly|more than|less than|over|under|"
    r"for|just|some) )?(?P<amount>" + _WORD_NUMBER + r"|\d+(?:\.\d+)?)[ -]"
    r"(?P<unit>second|minute|hour|day|week|month|year)s?\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(?<![\w.,$€£-])\d[\d,]*(?:\.\d+)?(?![\w-]|[.,]\d)(?:\s?(?:percent|%))?")
_QUOTE = re.compile(r"[“\"]([^”\"]{3,}?)[”\"]")
_SPEECH = (
    r"(?:said|says|told|insisted|added|warned|acknowledged|stressed|noted|wrote|"
    r"argued|explained|announced|claimed)"
)
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞŠŽČĆ][^\W\d_A-Z]+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)?"
_POST_WORDS = (
    r"(?:Secretary|secretary|Minister|minister|Ambassador|ambassador|President|president|"
    r"Chairman|chairman|Chairwoman|Chair|Chancellor|Prime Minister|Director|director|Governor|"
    r"governor|Senator|Mayor|mayor|Spokesman|spokesman|Spokeswoman|spokeswoman|spokesperson|"
    r"Commissioner|commissioner|Chief|chief|Leader|leader|Foreign Minister|CEO|King|Queen|"
    r"executive|Executive|CEO|Pope|General|Gen\.|Admiral|Colonel|Lieutenant|Senator|Representative|Rep\.|Sen\.|"
    r"Judge|Justice|Prosecutor|prosecutor|Premier|Defense Minister|Coach|coach|founder|Founder)"
)
_RANKS = {"Gen.", "General", "Adm.", "Admiral", "Col.", "Colonel", "Lt.", "Dr.", "Mr.", "Mrs."}
_ABBREVIATIONS = {
    "gen", "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "lt", "col", "adm", "rep", "sen", "gov", "u.s", "no",
    "vs", "inc", "corp", "jr", "sr",
}  # fmt: skip
# Capitalised words that open sentences without being names (generic English).
_SENTENCE_OPENERS = {
    "The", "A", "An", "On", "In", "At", "But", "And", "Following", "Despite", "Meanwhile",
    "Both", "This", "That", "Some", "Similar", "When", "While", "After", "Before", "Since",
    "He", "She", "They", "We", "It", "His", "Her", "Their", "Our", "To", "For", "If", "As",
    "Also", "However", "Although", "Yesterday", "Today", "Tomorrow", "Last", "Next", "Other",
    "Its", "These", "Those", "There", "Here", "According", "During", "From", "With", "By",
}  # fmt: skip


def _not_a_name(token: str) -> bool:
    """An opener, a weekday or month, an acronym, or a word the world tables know as a
    post, place, demonym or body."""
    word = token.strip(".,;:'’").lower()
    tables = world()
    return (
        token in _SENTENCE_OPENERS
        or (len(token) > 1 and token.isupper())
        # a post, demonym or body; a place's name may also be a surname (`Lloyd Austin`)
        or (describes(word) and (word not in tables.place_words or word in tables.place_by_demonym))
    )


_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_WORDS_FOR = {1: "one", 2: "two", 3: "three", 4: "four", 6: "six", 8: "eight", 10: "ten"}
_GAP = "____"


@dataclass(frozen=True)
class Sentence:
    line: int  # 1-based article line
    text: str


@dataclass
class Candidate:
    kind: str
    question: str
    answer: str | tuple[str, ...]
    cite: str
    line: int
    fact: tuple[str, ...]  # what is asked, to skip facts asked twice
    accept: list[str | tuple[str, ...]] = field(default_factory=list)
    id: str = ""
    order: tuple[int, int] = (0, 0)

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
            found.append(Sentence(number, paragraph[start : match.end()].strip()))
            start = match.end()
        rest = paragraph[start:].strip()
        if rest:
            found.append(Sentence(number, rest))
    return found


@dataclass
class _People:
    """Full names seen in the article, to turn `Reznikov said` into a full name."""

    names: list[str] = field(default_factory=list)

    def add(self, name: str) -> None:
        if name not in self.names:
            self.names.append(name)

    def resolve(self, name: str) -> str | None:
        if name in self.names:
            return name
        surname = name.split()[-1]
        for known in self.names:
            if known.split()[-1] == surname:
                return known
        return name if len(name.split()) >= 2 else None

    def is_known(self, text: str) -> bool:
        return any(text == n or text == n.split()[-1] for n in self.names)


_POST_KEYWORD = re.compile(rf"^{_POST_WORDS}$")
_POST_MODIFIERS = {
    "press", "deputy", "foreign", "defense", "defence", "former", "acting", "vice",
    "assistant", "senior", "chief", "prime", "general", "interior", "finance",
}  # fmt: skip
_CONNECTORS = {"of", "for", "the", "and"}


def _is_name_word(token: str) -> bool:
    return bool(re.fullmatch(_NAME_WORD, token)) and not _not_a_name(token)


def _people_with_posts(sentence: str) -> list[tuple[str, str]]:
    """(post, name) pairs: `Pentagon press secretary John Kirby`, `X, Russian Ambassador to Y`."""
    tokens = sentence.split()
    pairs: list[tuple[str, str]] = []
    for k, token in enumerate(tokens):
        if not _POST_KEYWORD.match(token.rstrip(",")) or token in _RANKS:
            continue
        # Leftwards: `Pentagon press`, `Finland’s`, `US`, stopping at a comma or a small word.
        left = k
        while left > 0 and k - left < 4:
            before = tokens[left - 1]
            if before.endswith(",") or before in _SENTENCE_OPENERS:
                break
            if before[:1].isupper() or before.lower() in _POST_MODIFIERS:
                left -= 1
                continue
            break
        # Rightwards: `of the Joint Chiefs of Staff Gen. Mark Milley`, `to NATO Klaus Korhonen`.
        run: list[str] = []
        i = k + 1
        ends_clause = token.endswith(",")
        while i < len(tokens) and not ends_clause:
            word = tokens[i]
            bare = word.rstrip(",;:")
            if (
                bare in _CONNECTORS
                or (bare in ("to", "at", "in") and not run)
                or (bare[:1].isupper() and re.fullmatch(r"[A-Z][\w’'.-]*", bare))
            ):
                run.append(bare)
            else:
                break
            i += 1
            if word != bare:
                ends_clause = True
        capitals = [w for w in run if w[:1].isupper()]
        name: str | None = None
        post_tail = run
        if run and run[0] in ("of", "to", "for", "at", "in"):
            # An organisation and then, if three or more capitals follow, the name.
            if len(capitals) >= 3 and _is_name_word(run[-1]) and _is_name_word(run[-2]):
                name = " ".join(run[-2:])
                post_tail = run[:-2]
        elif len(capitals) >= 2 and all(_is_name_word(w) for w in run[:2]):
            name = " ".join(
                run[: min(3, len(run))] if all(_is_name_word(w) for w in run[:3]) else run[:2]
            )
            post_tail = []
        while post_tail and (post_tail[-1] in _RANKS or post_tail[-1] in _CONNECTORS):
            post_tail = post_tail[:-1]
        if name is None:
            # An apposition: `Vladimir Chizhov, Russian Ambassador to the European Union`.
            head = " ".join(tokens[:left])
            apposition = re.search(rf"({_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}}),(?:\sthe)?$", head)
            if apposition and not _not_a_name(apposition.group(1).split()[0]):
                name = apposition.group(1)
        if name is None or name in COUNTRIES:
            continue
        post = " ".join([*tokens[left : k + 1], *post_tail]).strip(" ,")
        if post.split()[0] in ("The", "the", "A", "a"):
            post = post.split(" ", 1)[1] if " " in post else ""
        if (
            not post
            or post in _RANKS
            or (
                len(post.split()) < 2
                and post.lower() in {"general", "chief", "leader", "king", "queen"}
            )
        ):
            continue
        pairs.append((post, name))
    return pairs


# -- spans of facts in a sentence ---------------------------------------------


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    kind: str  # money, date, duration, number, year
    answer: str


def _spans(sentence: str) -> list[_Span]:
    spans: list[_Span] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(start: int, end: int, kind: str, answer: str) -> None:
        if free(start, end):
            spans.append(_Span(start, end, kind, answer))
            taken.append((start, end))

    for m in _MONEY.finditer(sentence):
        add(m.start(), m.end(), "money", m.group(0))
    for m in _DATE.finditer(sentence):
        add(m.start(), m.end(), "date", m.group(0))
    for m in _YEAR.finditer(sentence):
        add(m.start("year"), m.end("year"), "year", m.group("year"))
    for m in _DURATION.finditer(sentence):
        amount = m.group("amount").lower()
        if amount[0].isdigit():
            # `84 days`: ask for the number and keep the unit in the question.
            add(m.start("amount"), m.end("amount"), "number", m.group("amount"))
        elif amount not in ("a", "an") or m.group("qual"):
            add(m.start(), m.end(), "duration", m.group(0))
    for m in _NUMBER.finditer(sentence):
        add(m.start(), m.end(), "number", m.group(0))
    return sorted(spans, key=lambda s: s.start)


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


def _excerpt(sentence: str, start: int, end: int, replacement: str) -> str:
    left, right = _window(sentence, start, end)
    text = sentence[left:start] + replacement + sentence[end:right]
    text = text.strip()
    if left > 0:
        text = "…" + text
    if right < len(sentence):
        text = text.rstrip(" ,;—") + "…"
    return text


_LEADS = {
    "date": "Which date is missing",
    "year": "Which year is missing",
    "number": "Which number is missing",
    "money": "What amount is missing",
    "duration": "How long: what is missing",
}
_KIND_OF = {"year": "number", "date": "date", "number": "number", "money": "money"}


def _gap_question(lead: str, excerpt: str) -> str:
    return f"{lead} here: “{excerpt.rstrip('.')}”?"


def _falsify(span: _Span) -> str | None:
    """A wrong value of the same shape, for a false claim."""
    text = span.answer
    if span.kind in ("number", "year", "money"):
        match = re.search(r"\d[\d,]*(?:\.\d+)?", text)
        if not match:
            return None
        value = float(match.group(0).replace(",", ""))
        if span.kind == "year":
            wrong = value - 2
        elif value <= 10:
            wrong = value * 2 + 1
        else:
            wrong = round(value * 1.5)
        shown = f"{wrong:,.0f}" if "," in match.group(0) else f"{wrong:g}"
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
        value = int(amount) if amount.isdigit() else _NUMBER_WORDS.get(amount, 1)
        wrong = value * 2 if value < 5 else value + 2
        word = str(wrong) if amount.isdigit() else _WORDS_FOR.get(wrong, str(wrong))
        unit_fix = re.sub(r"\b(second|minute|hour|day|week|month|year)\b(?!s)", r"\1s", text)
        fixed = unit_fix[: match.start()] + word + unit_fix[match.end() :]
        return fixed
    return None


def _claim_statement(sentence: str, span: _Span, value: str) -> str | None:
    """The sentence's opening clauses up to the fact, with `value` in place; None if too long."""
    _, right = _window(sentence, 0, span.end, target=40)
    text = (sentence[: span.start] + value + sentence[span.end : right]).strip(" ,;—")
    if len(text) > 150:
        return None
    text = re.sub(r"^(?:But|And|Meanwhile|Both)\s*,?\s+", "", text)
    return text[:1].upper() + text[1:].rstrip(".") + "."


def _list_items(sentence: str, people: _People) -> list[tuple[int, int, tuple[str, ...], str]]:
    """Runs like `Finland and Sweden` or `Austin and Shoigu`: (start, end, items, what)."""
    found: list[tuple[int, int, tuple[str, ...], str]] = []
    item = r"(?:the\s)?[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,2}"
    for match in re.finditer(rf"{item}(?:,\s{item})*,?\s(?:and|or)\s{item}", sentence):
        items = tuple(
            re.sub(r"^the\s", "", part).strip()
            for part in re.split(r",\s(?:and\s|or\s)?|\s(?:and|or)\s", match.group(0))
        )
        start = match.start()
        # `Meanwhile, Finland and Sweden`: drop leading words that are not items.
        while items and not (items[0] in COUNTRIES or people.is_known(items[0])):
            skipped = items[0]
            items = items[1:]
            comma = sentence.find(",", start + len(skipped), match.end())
            if comma < 0:  # `Tuesday and Wednesday`: no list of ours at all
                items = ()
                break
            start = comma + 1
            start += len(sentence[start:]) - len(sentence[start:].lstrip())
        if len(items) < 2 or len(set(items)) != len(items):
            continue
        if all(i in COUNTRIES for i in items):
            found.append((start, match.end(), items, "countries"))
        elif all(people.is_known(i) for i in items):
            found.append((start, match.end(), items, "people"))
    return found


# -- drafting -----------------------------------------------------------------


def slugify(text: str, limit: int = 40) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", plain.replace("’", "").replace("'", "")).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug or "question"


def draft_candidates(paragraphs: Sequence[str]) -> list[Candidate]:
    """Candidate questions for an article given one paragraph a line."""
    all_sentences = sentences(paragraphs)
    people = _People()
    posts: list[tuple[str, str, Sentence]] = []
    for sentence in all_sentences:
        for post, name in _people_with_posts(sentence.text):
            people.add(name)
            posts.append((post, name, sentence))
    candidates: list[Candidate] = []
    claims = 0

    def add(candidate: Candidate, sentence: Sentence, at: int) -> None:
        candidate.order = (sentence.line, at)
        candidates.append(candidate)

    seen_people: set[str] = set()
    for index, (post, name, sentence) in enumerate(posts):
        if name in seen_people:
            continue
        seen_people.add(name)
        article = "" if re.search(r"[’']s\b", post.split()[0]) else "the "
        add(
            Candidate(
                "person",
                f"Who is {article}{post}, according to the article?",
                name,
                sentence.text,
                sentence.line,
                ("person", fold_text(name)),
            ),
            sentence,
            sentence.text.find(name),
        )
        # A true/false claim about the post: every other one swaps in someone else's post.
        others = [p for p in posts if p[1] != name and fold_text(p[0]) != fold_text(post)]
        false_claim = bool(len(seen_people) % 2 == 0) and bool(others)
        claimed_post = others[index % len(others)][0] if false_claim else post
        claimed_article = "" if re.search(r"[’']s\b", claimed_post.split()[0]) else "the "
        add(
            Candidate(
                "claim",
                f"True or false: {name} is {claimed_article}{claimed_post}.",
                "false" if false_claim else "true",
                sentence.text,
                sentence.line,
                ("claim-post", fold_text(name)),
            ),
            sentence,
            sentence.text.find(name) + 1,
        )

    for sentence in all_sentences:
        text = sentence.text
        for span in _spans(text):
            kind = _KIND_OF.get(span.kind, span.kind)
            question = _gap_question(_LEADS[span.kind], _excerpt(text, span.start, span.end, _GAP))
            add(
                Candidate(
                    kind,
                    question,
                    span.answer,
                    text,
                    sentence.line,
                    # The same value stated twice (headline and story) is one fact.
                    (kind, fold_text(span.answer)),
                ),
                sentence,
                span.start,
            )
            wrong = _falsify(span)
            false_claim = bool(claims % 2)
            statement = (
                _claim_statement(text, span, wrong if false_claim else span.answer)
                if wrong is not None
                else None
            )
            if statement is None:
                continue
            claims += 1
            add(
                Candidate(
                    "claim",
                    f"True or false: {statement}",
                    "false" if false_claim else "true",
                    text,
                    sentence.line,
                    ("claim", fold_text(statement)),
                ),
                sentence,
                span.start + 1,
            )
        for start, end, items, what in _list_items(text, people):
            accept: list[str | tuple[str, ...]] = []
            if what == "people":
                full = tuple(people.resolve(i) or i for i in items)
                if full != items:
                    accept.append(full)
            lead = "Which countries are missing" if what == "countries" else "Who is missing"
            article_word = "the " if text[start:end].startswith("the ") else ""
            excerpt = _excerpt(text, start + len(article_word), end, _GAP)
            add(
                Candidate(
                    "list",
                    _gap_question(lead, excerpt),
                    items,
                    text,
                    sentence.line,
                    ("list", *sorted(fold_text(i) for i in items)),
                    accept=accept,
                ),
                sentence,
                start,
            )
        quote = _quotation(text, people)
        if quote is not None:
            words, speaker, said_as = quote
            accept = [said_as] if said_as != speaker else []
            add(
                Candidate(
                    "person",
                    f"Who said “{words}”?",
                    speaker,
                    text,
                    sentence.line,
                    ("quote", fold_text(words)),
                    accept=accept,
                ),
                sentence,
                text.find(words),
            )
    return _finish(candidates)


def _quotation(sentence: str, people: _People) -> tuple[str, str, str] | None:
    """(quoted words, speaker's full name, the name as the sentence gives it)."""
    quotes = [m.group(1).strip(" ,.") for m in _QUOTE.finditer(sentence)]
    quotes = [q for q in quotes if len(q.split()) >= 4]
    if not quotes:
        return None
    words = max(quotes, key=len)
    named = rf"({_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}})"
    patterns = (
        rf"{named}(?:,[^,“”]{{3,80}},)?\s{_SPEECH}\b",
        rf"\b{_SPEECH}\s{named}",
    )
    for pattern in patterns:
        for match in re.finditer(pattern, sentence):
            said_as = match.group(1)
            parts = said_as.split()
            while parts and (_not_a_name(parts[0]) or parts[0] in COUNTRIES):
                parts.pop(0)
            said_as = " ".join(parts)
            if not said_as:
                continue
            speaker = people.resolve(said_as)
            if speaker is not None:
                return words, speaker, said_as
    return None


def _finish(candidates: list[Candidate]) -> list[Candidate]:
    """In article order, facts asked once, ids unique."""
    candidates.sort(key=lambda c: c.order)
    kept: list[Candidate] = []
    facts: set[tuple[str, ...]] = set()
    ids: set[str] = set()
    for candidate in candidates:
        if candidate.fact in facts:
            continue
        facts.add(candidate.fact)
        answer = (
            " ".join(candidate.answer) if isinstance(candidate.answer, tuple) else candidate.answer
        )
        base = slugify(f"{candidate.kind} {answer}" if candidate.kind != "claim" else "")
        if candidate.kind == "claim":
            base = "claim-" + slugify(candidate.question.removeprefix("True or false: "), 30)
        if candidate.fact[0] == "quote":
            base = "quote-" + slugify(answer, 30)
        candidate.id = unique_id(base, ids)
        kept.append(candidate)
    return kept


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

    `asked` holds (folded answer, cited line) for each question in the pack:
    the same answer drawn from the same line is the same fact.
    """
    asked_set = set(asked)
    fresh: list[Candidate] = []
    for candidate in candidates:
        answer = candidate.answer
        folded = fold_text(", ".join(answer) if isinstance(answer, tuple) else answer)
        if (folded, candidate.line) in asked_set:
            continue
        if candidate.kind == "claim" and any(line == candidate.line for _, line in asked_set):
            # A claim re-asks a fact of a line the pack already covers.
            continue
        candidate.id = unique_id(candidate.id, taken_ids)
        fresh.append(candidate)
    return fresh
