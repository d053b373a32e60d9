"""Building the sentence a claim reads as, and finding the answer's span in text.

Three paths, tried in order: the question's `claim:` template; the cited
sentence with the answer's span replaced; the question turned into a statement.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from newsquiz.claims.model import ClaimPath
from newsquiz.claims.values import find_people
from newsquiz.facts.article import dot_before_a_figure
from newsquiz.facts.words import IRREGULAR_PAST, PAST_FORMS
from newsquiz.facts.written import find_values, same_value
from newsquiz.pack.model import Citation, Kind, Question, answer_text

PLACEHOLDER = "{answer}"

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "adm",
        "sen",
        "rep",
        "gov",
        "adv",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "no",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "ltd",
        "inc",
        "corp",
        "co",
        "bros",
    ]
)
# A frame that ends on its own determiner (`pay for a new `) takes a value without one.
_DETERMINER_BEFORE = re.compile(r"\b(?:(?:a|an)(?: \w+)?|the) $", re.IGNORECASE)
_THE_OPENING = re.compile(r"^the ", re.IGNORECASE)
# Before a letter or figure; one in lower case starts no sentence (`split_sentences`).
_BOUNDARY = re.compile(r"[.!?]([”\"’')]*)\s+(?=[“\"‘'(]?([^\W_]))")


@dataclass(frozen=True)
class Frame:
    """A sentence with a hole where the value goes."""

    before: str
    after: str
    path: ClaimPath
    # The value as the article's own sentence words it (a true claim keeps it).
    original: str | None = None
    # The value stands as a sentence of its own, after the question asked (`Why…? A storm
    # was forecast…`): it opens with a capital whatever the author's case.
    own_sentence: bool = False

    def fill(self, value: str) -> tuple[str, tuple[int, int]]:
        after = self.after
        if self.own_sentence:
            value = value[:1].upper() + value[1:]
        # The value's `the` first: rarely there, where the search reads the whole run-up.
        if _THE_OPENING.match(value) and _DETERMINER_BEFORE.search(self.before):
            value = _THE_OPENING.sub("", value, count=1)  # `a new the North Stand`
        sign = value[:1]
        if sign and unicodedata.category(sign) == "Sc" and self.before.endswith(sign):
            value = value[1:]  # `cost ₲` before `₲180,000`: one sign, not `₲₲180,000`
        if value.endswith(".") and after.startswith("."):
            after = after[1:]  # `recorded at {answer}.` with `6 a.m.`: one stop, not two
        elif value.endswith("s") and after[:2] in ("'s", "’s"):
            after = after[0] + after[2:]  # `the Social Democrats' group`, not `Democrats's`
        sentence = self.before + value + after
        start = len(self.before)
        return sentence, (start, start + len(value))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of a paragraph."""
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        word = re.search(r"([\w.]+)$", text[start : boundary.start()])
        last = word.group(1).lower() if word else ""
        if boundary.group(2).islower():
            continue  # `approx. three`
        if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):  # an initial: `Á.`
            continue
        if dot_before_a_figure(last, text[boundary.end() :]):
            continue
        spans.append((start, boundary.end(1)))  # the closing quotes are the sentence's
        start = boundary.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


# --- where the answer stands in a text -----------------------------------------


def _loose_pattern(text: str) -> re.Pattern[str]:
    """The words of `text` with any spacing or punctuation between them; a leading
    symbol ($, €) or trailing one (%) stays part of the match."""
    words = [re.escape(w) for w in re.findall(r"\w+", text)]
    lead = _LEAD.match(text)
    trail = _TRAIL.search(text)
    prefix = re.escape(lead.group(1)) if lead else ""
    suffix = re.escape(trail.group(1)) if trail else ""
    return re.compile(
        prefix + r"(?<![\w$€£])" * (not prefix) + r"\W+".join(words) + suffix + r"(?!\w)",
        re.IGNORECASE,
    )


_LEAD = re.compile(r"\s*([$€£]?)")
_TRAIL = re.compile(r"(%?)\s*$")
_WORD_RUN = re.compile(r"\w+")


def loose_spans(words: str, text: str) -> list[tuple[int, int]]:
    """The spans `_loose_pattern(words).finditer(text)` finds, left to right.

    When the words and every word of the text are ASCII (the text's punctuation may be
    anything: curly quotes, dashes) they are read off the text's runs of word characters,
    compiling nothing (a pack of thousands of answers compiled a pattern for each); other
    text goes through the pattern, whose case folding is Unicode's (`ſ` is an `s` to it).
    """
    wanted = _WORD_RUN.findall(words)
    read = _runs(text)
    if not (wanted and read.ascii and words.isascii()):
        return [m.span() for m in _loose_pattern(words).finditer(text)]
    lead = _LEAD.match(words)
    trail = _TRAIL.search(words)
    prefix = lead.group(1) if lead else ""
    suffix = trail.group(1) if trail else ""
    wanted_words = tuple(w.lower() for w in wanted)
    runs, size = read.runs, len(wanted_words)
    spans: list[tuple[int, int]] = []
    last_end = 0
    for i in read.starts.get(wanted_words[0], ()):
        if read.words[i : i + size] != wanted_words:
            continue
        start, end = runs[i][0], runs[i + size - 1][1]
        if prefix:
            if start == 0 or text[start - 1] != prefix:
                continue
            start -= 1
        elif start and text[start - 1] in "$€£":  # (?<![\w$€£]), a word being whole
            continue
        if suffix:
            if text[end : end + 1] != suffix or _WORD_RUN.match(text, end + 1):
                continue
            end += 1
        if start < last_end:
            continue  # overlaps the span found before it: finditer moves past that one
        spans.append((start, end))
        last_end = end
    return spans


@dataclass(frozen=True, slots=True)
class _Runs:
    """The runs of word characters of a text."""

    runs: tuple[tuple[int, int, str], ...]  # start, end and the run in lower case
    words: tuple[str, ...]  # the runs in lower case alone, to compare a slice at once
    starts: dict[str, list[int]]  # where each word stands: a search tries only those
    ascii: bool  # every run is ASCII


# Room for a long round's cited paragraphs: a round comes back to half its questions for
# more false claims, and with 64 a 10,000-question round read 2,103 paragraphs 7,045 times.
@lru_cache(maxsize=1 << 12)
def _runs(text: str) -> _Runs:
    runs = tuple((m.start(), m.end(), m.group().lower()) for m in _WORD_RUN.finditer(text))
    starts: dict[str, list[int]] = {}
    for index, (_, _, word) in enumerate(runs):
        starts.setdefault(word, []).append(index)
    return _Runs(runs, tuple(r[2] for r in runs), starts, all(run.isascii() for _, _, run in runs))


def locate(
    question: Question, text: str, within: tuple[int, int] | None = None
) -> tuple[int, int] | None:
    """The span of the answer's value in `text`, preferring one inside `within`."""
    spans = answer_spans(question, text)
    if not spans:
        return None
    if within:
        inside = [s for s in spans if within[0] <= s[0] and s[1] <= within[1]]
        overlapping = [s for s in spans if s[0] < within[1] and within[0] < s[1]]
        spans = inside or overlapping or spans
    return spans[0]


def _of_another_year(question: Question, text: str, span: tuple[int, int]) -> bool:
    """A day found without its year (`December 4`) that the text dates to another year
    than the answer's (`December 4, 2009` for December 4, 2019): another event's day."""
    if question.kind != Kind.DATE or isinstance(question.answer, tuple):
        return False
    key_year = _YEAR_IN.search(question.answer)
    after = _YEAR_AFTER.match(text, span[1])
    return key_year is not None and after is not None and after.group(1) != key_year.group(0)


_YEAR_IN = re.compile(r"\b(?:1[89]|20)\d\d\b")
_YEAR_AFTER = re.compile(r",?\s*((?:1[89]|20)\d\d)\b")


def answer_spans(question: Question, text: str) -> list[tuple[int, int]]:
    keys = [question.answer, *question.accept]
    # The words as written, the answer first, then accepted alternatives.
    for key in keys:
        words = answer_text(key) if not isinstance(key, tuple) else None
        if isinstance(key, tuple) and len(key) > 1:
            span = _list_span(key, text)
            if span:
                return [span]
            continue
        if words and re.search(r"\w", words):
            found = [s for s in loose_spans(words, text) if not _of_another_year(question, text, s)]
            if found:
                return found
    # The same value written another way (Feb. 11 for February 11).
    expected = [f.value for f in find_values(question.expected)]
    if expected and question.kind in (Kind.DATE, Kind.NUMBER, Kind.MONEY, Kind.DURATION):
        found = [(f.start, f.end) for f in find_values(text) if same_value(f.value, expected[0])]
        if found:
            return found
    # A person named by surname only (Lloyd Austin → Austin).
    if question.kind == Kind.PERSON and isinstance(question.answer, str) and " " in question.answer:
        surname = question.answer.split()[-1]
        people = [
            (p.start, p.end) for p in find_people(text) if p.name.lower() == question.answer.lower()
        ]
        lone = [m.span() for m in re.finditer(rf"\b{re.escape(surname)}\b", text)]
        return people or lone
    return []


def _list_span(items: tuple[str, ...], text: str) -> tuple[int, int] | None:
    spans = []
    for item in items:
        found = loose_spans(item, text)
        if not found:
            return None
        spans.append(found[0])
    start, end = min(s[0] for s in spans), max(s[1] for s in spans)
    # Only a compact mention: "Finland and Sweden", not two far-apart words.
    between = text[start:end]
    if len(between) > sum(e - s for s, e in spans) + 12 * len(items):
        return None
    return start, end


# --- the three paths -----------------------------------------------------------


def template_frame(question: Question) -> Frame | None:
    template = question.claim
    if not template or PLACEHOLDER not in template:
        return None
    before, _, after = template.partition(PLACEHOLDER)
    # Only the first placeholder is the value; any others are filled the same way by the caller.
    return Frame(before, after, ClaimPath.TEMPLATE)


def cited_frame(question: Question) -> tuple[Frame, Citation, tuple[int, int]] | None:
    """The sentence of a citation that holds the answer, with a hole at the answer."""
    for citation in question.citations:
        span = locate(question, citation.text, (citation.start, citation.end))
        if span is None:
            continue
        sentences = split_sentences(citation.text)
        holding = [s for s in sentences if s[0] <= span[0] and span[1] <= s[1]]
        if not holding:
            continue
        if citation.text[span[0] : span[1]].count("(") > citation.text[span[0] : span[1]].count(
            ")"
        ) and citation.text.startswith(")", span[1]):
            span = (span[0], span[1] + 1)  # `Frankfurt (Oder)`: the bracket is the answer's
        if citation.text.startswith(".", span[1]) and (
            _abbreviated(citation.text[: span[1]]) or _HALF_OF_DAY.search(citation.text[: span[1]])
        ):
            # `Scotia Ferries Ltd.`, `to 8 p.m.`: the stop is the answer's
            span = (span[0], span[1] + 1)
        start, end = _clause(citation.text, holding[0], span)
        before = _tidy_start(citation.text[start : span[0]])
        after = _tidy_end(citation.text[span[1] : end])
        original = citation.text[span[0] : span[1]]
        # Quotes inside the value count too: "was a “very drastic change…”" is balanced.
        opened = before.count("“") + original.count("“") + after.count("“")
        closed = before.count("”") + original.count("”") + after.count("”")
        if opened > closed:
            after = _balanced(after)
        elif closed > opened:
            before = "“" + before
        before, after = _straight_quotes_paired(before, citation.text[span[0] : span[1]], after)
        original = citation.text[span[0] : span[1]]
        if original.endswith(".") and not after.strip():
            after = "."  # the value's stop ended the sentence too: another value needs one
        return Frame(before, after, ClaimPath.CITED, original), citation, span
    return None


# A value ending on a time of day's `a.m` or `p.m`, whose stop is its own (the sentence may
# end there too, so the splitter does not take the stop as the abbreviation's).
_HALF_OF_DAY = re.compile(r"\b[ap]\.m$", re.IGNORECASE)


def _abbreviated(text: str) -> bool:
    """The text ends on an abbreviation (`Ltd`, `Jr`) that a stop belongs to."""
    last = re.search(r"([\w.]+)$", text)
    return last is not None and last.group(1).lower() in _ABBREVIATIONS


def _straight_quotes_paired(before: str, value: str, after: str) -> tuple[str, str]:
    """A sentence that starts inside a quotation written with straight marks (`Ready,"
    the master said …`) opens it again; one that ends inside it closes it."""
    marks = [m.start() for m in re.finditer('"', before + value + after)]
    if len(marks) % 2 == 0:
        return before, after
    text = before + value + after
    first = marks[0]
    closes = first > 0 and not text[first - 1].isspace() and text[first + 1 : first + 2] in " ,."
    if closes or not text[first + 1 : first + 2]:
        return '"' + before, after
    return before, (after[:-1] if after.endswith(".") else after) + '".'


# Where a sentence may be cut after the value: a clause that adds another fact
# (", which used…", ", but the Russians…", ", according to…", ", and the United States…").
_TRAILING_CUT = re.compile(
    r"(?:,[”\"’]?|;)\s+(?=(?:which|who|but|although|though|while|whereas|defying|according to"
    r"|perhaps|saying|and (?:the|a|an|[A-Z]))\b)"
)
# Where the value's own clause may open, before it (", while Sen. Roe, who…, called…").
_CLAUSE_OPENS = re.compile(r"(?:,[”\"’]?|;)\s+(?:while|whereas|but|although|though)\s+")
# Where it may be cut before the value: a new main clause (", and the United States is…").
_LEADING_CUT = re.compile(r"(?:,|;)\s+(?:and|but)\s+(?=(?:the|a|an)\s|[A-Z])")
# A sentence that opens with a subordinate clause: "But even though X, Y."
_SUBORDINATE = re.compile(r"(?:But\s+|And\s+)?(?:even though|although|though|while)\s+", re.I)


# `, officials said.` at a sentence's end: the whole sentence's, not the clause's.
_ATTRIBUTION = re.compile(r",[”\"’]?\s+(?:[\w.'’-]+\s+){1,4}(?:said|says|added|told \w+)\.?$")
_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
     "could", "may", "might", "must", "shall", "should", "do", "does", "did"}
)  # fmt: skip
PAST_PARTICIPLE = re.compile(r"[a-z]{3,}(?<!e)ed")  # `opened`, `voted`; not `need`, `speed`


def _has_verb(clause: str) -> bool:
    """Whether a clause has a verb of its own, as far as words alone show: `and the final
    arrears were cleared on…` has; `, and a strip over a tropical cyclone every five
    minutes` (one more object of the sentence's `photograph`) has none."""
    for word in re.findall(r"[a-z]+", clause.lower()):
        if (
            word in _AUXILIARIES
            or word in PAST_FORMS
            or (word.endswith("s") and word[:-1] in _KNOWN_VERBS)  # `expects`
            or (PAST_PARTICIPLE.fullmatch(word) and word != "hundred")
        ):
            return True
    return False


def _balanced_quotes(text: str) -> bool:
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0


def _clause(text: str, sentence: tuple[int, int], span: tuple[int, int]) -> tuple[int, int]:
    """The part of a sentence that says the value: clauses before and after that add
    other facts are left out, so a claim stays short enough to read at a glance."""
    start, end = sentence
    opener = _SUBORDINATE.match(text, start)
    if opener:
        comma = text.find(", ", span[1], end)
        if comma != -1 and _balanced_quotes(text[opener.end() : comma]):
            return opener.end(), comma
    for cut in _LEADING_CUT.finditer(text, start, span[0]):
        if _balanced_quotes(text[start : cut.start()]) and _has_verb(
            text[cut.end() : span[0]] + " " + _ATTRIBUTION.sub("", text[span[1] : end])
        ):
            start = cut.end()  # a clause of its own, not one more object of the verb before
    listed = ":" in text[start : span[0]]
    # The value's own clause opens after the last `, while`/`, but` before it: a cut must
    # leave it saying something ("…, while Lena Dorn." says nothing of her).
    own = max((m.end() for m in _CLAUSE_OPENS.finditer(text, start, span[0])), default=start)
    for cut in _TRAILING_CUT.finditer(text, span[1], end):
        if not _says_something(text[own : span[0]] + text[span[1] : cut.start()]):
            continue  # "Dr. Roe, 44, who led the sites, said…" cut at "who" says nothing
        if not _has_verb(text[start : cut.start()]):
            # "Boats from Taiwan, South Korea and Japan, which usually buy…, stayed away":
            # cut at "which", the sentence loses its verb (judged not whole, 148a #7).
            continue
        if listed and ";" in text[cut.start() : end]:
            # Inside the list a colon opens ("Three champions watched: A; B, who won; and
            # C"): cut there, it announces three and lists two (judged a mangled sentence).
            continue
        if _OPEN_THAT.search(text, span[1], cut.start()):
            # "…, Karin Ek, said on Tuesday that the bans, which took effect…": cut there,
            # the that-clause loses its verb.
            continue
        if _LIST_OPENS.search(text, span[1], cut.start()):
            # The value announces a list ("in three waves: 4,200 from January, 4,100 in
            # mid-2027, and the remaining 3,500 …"): cut at its `and`, it lists two.
            continue
        if _balanced_quotes(text[start : cut.start()]) or text[cut.start() + 1] in '”"’':
            return start, cut.start()
    return start, end


# A that-clause of three words or fewer before a cut: its subject, not yet its verb (a
# word may hold a point or comma: `the 14.2-kilometre line`, `its 1,500 staff`).
_OPEN_THAT = re.compile(r"\bthat(?:\s+[\w'’-]+(?:[.,][\w'’-]+)*){1,3}$")
# A colon that opens a list (not a clock's `10:30`).
_LIST_OPENS = re.compile(r":\s")


# A word of the language (not a name, title or figure) around the value: a cut sentence
# without one ("Dr. Roe, 44.") is no statement at all.
_PLAIN_WORD = re.compile(r"(?<![\w.'’-])[a-z][a-z'’-]+\b")


def _says_something(around: str) -> bool:
    return _PLAIN_WORD.search(around) is not None


def _tidy_start(text: str) -> str:
    text = text.lstrip()
    lead = len(text) - len(text.lstrip("“\"‘'"))
    return text[:lead] + text[lead : lead + 1].upper() + text[lead + 1 :]


def _tidy_end(text: str) -> str:
    text = text.rstrip()
    if not text.rstrip("”\"’')").endswith((".", "!", "?")):
        text += "."  # `said “no”` → `said “no”.`; `seasonal.”` and `(…left.)` end already
    return text


def _balanced(text: str) -> str:
    """Close a quotation the sentence split left open."""
    closed = text[:-1] if text.endswith(".") else text
    return closed + "”."


_ADVERBS = frozenset(["last", "first", "ever", "really", "actually", "finally", "still", "also", "recently", "previously", "already", "just", "not", "never", "again", "once"])  # fmt: skip
# Verbs common in news questions, so "the Russian strikes take place" finds "take".
_KNOWN_VERBS = frozenset(IRREGULAR_PAST) | frozenset(
    [
        "last",
        "establish",
        "request",
        "approve",
        "launch",
        "invade",
        "urge",
        "refuse",
        "join",
        "announce",
        "sign",
        "test",
        "kill",
        "attack",
        "accuse",
        "happen",
        "want",
        "try",
        "plan",
        "insist",
        "acknowledge",
        "temper",
        "warn",
        "describe",
        "deliver",
        "order",
        "vote",
        "report",
        "propose",
        "reject",
        "demand",
        "offer",
        "receive",
        "claim",
        "deny",
        "admit",
        "travel",
        "visit",
        "use",
        # (`Which four things does the relief package cover?`: not `the relief packages`)
        "cover",
        "include",
        "require",
        "affect",
        "replace",
        "contain",
        "serve",
        "provide",
        "produce",
        "carry",
        "expect",
        "allow",
        "suffer",
        "protect",
        "oppose",
        "ask",
    ]
)
_NOUN_PHRASE_LINKS = frozenset(["the", "a", "an", "of", "and", "between", "with", "to", "in", "on", "for", "his", "her", "its", "their", "this", "that", "these", "those", "two", "three", "both"])  # fmt: skip


def _past(verb: str) -> str:
    if verb in IRREGULAR_PAST:
        return IRREGULAR_PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ied"
    return verb + "ed"


def _third_person(verb: str) -> str:
    if verb == "have":
        return "has"
    if re.search(r"(s|sh|ch|x|z|o)$", verb):
        return verb + "es"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ies"
    return verb + "s"


def _split_subject(words: list[str]) -> tuple[list[str], list[str], str, list[str]] | None:
    """`the two last speak about X` → subject, adverbs, verb, the rest.

    The verb is the first lowercase word that does not continue a noun
    phrase (after "the", "of", "and"…); an adverb like "last" counts as the
    verb only when nothing follows it ("How long did the call last?").
    """
    known = [
        i
        for i, w in enumerate(words)
        if i
        and w.lower() in _KNOWN_VERBS
        and (w.lower() not in _ADVERBS or i == len(words) - 1)
        and words[i - 1].lower() not in _DETERMINERS
    ]
    if known:
        i = known[0]
        subject = words[:i]
        adverbs: list[str] = []
        while len(subject) > 1 and subject[-1].lower() in _ADVERBS:
            adverbs.insert(0, subject.pop())
        return subject, adverbs, words[i].lower(), words[i + 1 :]
    for i, word in enumerate(words):
        lower = word.lower()
        if i == 0 or word[:1].isupper() or lower in _NOUN_PHRASE_LINKS:
            continue
        if lower in _ADVERBS and i < len(words) - 1:
            continue
        if words[i - 1].lower() in _NOUN_PHRASE_LINKS - {"two", "three", "both"}:
            continue  # a noun after "the", "of"…
        subject = words[:i]
        adverbs = []
        while len(subject) > 1 and subject[-1].lower() in _ADVERBS:
            adverbs.insert(0, subject.pop())
        return subject, adverbs, lower, words[i + 1 :]
    return None


_AUX = frozenset({"did", "does", "do"})
_BE = frozenset({"is", "was", "are", "were"})
_FINITE = _BE | {"has", "had", "have", "will", "would", "can", "could", "should", "might"}


def _inflect(aux: str, verb: str) -> str:
    if aux == "did":
        return _past(verb)
    if aux == "does":
        return _third_person(verb)
    return verb


def _inverted(aux: str, words: list[str]) -> tuple[str, list[str]] | None:
    """`did the two last speak about X` → ("the two last spoke", ["about", "X"])."""
    parts = _split_subject(words)
    if parts is None:
        return None
    subject, adverbs, verb, rest = parts
    return " ".join([*subject, *adverbs, _inflect(aux, verb)]), rest


def _tail(rest: list[str]) -> str:
    return (" " + " ".join(rest)) if rest else ""


_WHY = re.compile(r"why\b", re.IGNORECASE)


def question_frame(question: Question) -> Frame:
    """The question turned into a statement with a hole for the value."""
    text = question.question.strip().rstrip("?").strip()
    if _WHY.match(text):
        # `Why did the north gate close?`: a cause is a clause (`a storm was forecast…`),
        # which reads as the answer given after the question, never inside `The answer to
        # … is`; the question is no statement to turn without knowing its verb.
        return Frame(f"{text}? ", ".", ClaimPath.QUESTION, own_sentence=True)
    frame = _statement(text.split())
    if frame is None or _garbled(*frame):
        # `Name the four items … confiscated.`: a request asked as a question keeps its own
        # stop, never `.?`.
        asked = text if text.endswith((".", "!")) else f"{text}?"
        return Frame(f"The answer to “{asked}” is ", ".", ClaimPath.QUESTION)
    before, after = frame
    if before:
        before = before[:1].upper() + before[1:]
    return Frame(before, after.rstrip() + ".", ClaimPath.QUESTION)


# A statement left ending on a preposition ("… is Matthew Ingram from") or with its verb
# still inverted after the value ("Twelve years has Lai been given") reads as nonsense.
_DANGLING = re.compile(r"\b(?:from|to|of|in|at|by|with|for|about|on|into)\s*$", re.IGNORECASE)
_INVERTED = re.compile(
    r"^\s*(?:has|have|had|did|does|do|was|were|is|are|will|would|can|could|should)\s+"
    r"(?:[A-Z]|he\b|she\b|they\b|it\b|we\b|you\b)",
)


def _garbled(before: str, after: str) -> bool:
    return bool(_DANGLING.search(after) or (not before.strip() and _INVERTED.match(after)))


_SAYS_ABOUT = re.compile(
    r"(?:which|what)(?: one| of these)? (?:is|comes) (?:closest to|nearest to|the best summary of) "
    r"what the article says(?: about (?P<topic>.+))?",
    re.IGNORECASE,
)
_MID_WH = re.compile(
    r"\b(?:which|what) (?P<noun>[a-z]+)\b(?P<after>(?:(?!\b(?:did|does|do)\b).)*)$"
)


def _statement(words: list[str]) -> tuple[str, str] | None:
    """(before, after) around the value, for the question shapes news quizzes use."""
    if len(words) < 3:
        return None
    text = " ".join(words)
    says = _SAYS_ABOUT.fullmatch(text)
    if says:
        # Which is closest to what the article says about X? → About X, the article says VALUE.
        topic = says["topic"]
        return (f"about {topic}, the article says " if topic else "the article says "), ""
    lead = re.match(r"(?P<lead>[^,]+), (?P<rest>(?:who|what|which|when|where|how) .+)", text)
    if lead and not _QUESTION_WORDS & set(lead["lead"].lower().split()):
        # Following the call, who should…? → Following the call, VALUE should…
        inner = _statement(lead["rest"].split())
        if inner is None:
            return None
        before, after = inner
        clause = lead["lead"] + ", "
        return (clause + before, after) if before or not after.startswith(" ") else (clause, after)
    mid = _MID_WH.search(text)
    inverted_after = mid and set(mid["after"].lower().split()[:3]) & (_FINITE | _AUX)
    if mid and mid.start() > 0 and words[0].lower() not in _QUESTION_WORDS and not inverted_after:
        # …near the border with which country, where…? → …near the border with VALUE, where…
        return text[: mid.start()], mid["after"]
    return _wh_statement(words)


_QUESTION_WORDS = frozenset(["who", "what", "which", "when", "where", "how", "why", "whose"])


def _wh_statement(words: list[str]) -> tuple[str, str] | None:
    first, second = words[0].lower(), words[1].lower()
    pair = f"{first} {second}"
    if pair == "how long" and words[2].lower() in _AUX:
        return _how_long(words[2].lower(), words[3:])
    if pair in ("how many", "how much"):
        return _how_many(pair, words[2], words[3:])
    if first in ("when", "where"):
        return _when_where(first, second, words)
    if first in ("who", "what", "which"):
        return _who_what(first, second, words)
    return None


def _how_long(aux: str, words: list[str]) -> tuple[str, str] | None:
    # How long did the call last? → The call lasted VALUE.
    inverted = _inverted(aux, words)
    if inverted is None:
        return None
    clause, rest = inverted
    link = (
        " "
        if clause.split()[-1] in ("lasted", "took", "lasts", "takes", "last", "take")
        else " for "
    )
    return clause + link, _tail(rest)


def _how_many(pair: str, noun: str, after: list[str]) -> tuple[str, str] | None:
    if not after:
        return None
    head = after[0].lower()
    if head in _AUX:
        # How many troops did Russia send? → Russia sent VALUE troops.
        inverted = _inverted(head, after[1:])
        if inverted is None:
            return None
        clause, rest = inverted
        if pair == "how much":
            noun_part = "" if noun.lower() == "money" else f" in {noun}"
        else:
            noun_part = f" {noun}"
        return clause + " ", noun_part + _tail(rest)
    finite = head in _FINITE and len(after) > 1 and after[1][:1].islower()
    if (finite and after[1].lower() not in _NOUN_PHRASE_LINKS) or head.endswith("ed"):
        # How many days had passed since…? → VALUE days had passed since…
        return "", f" {noun} " + " ".join(after)
    return None


def _when_where(first: str, second: str, words: list[str]) -> tuple[str, str] | None:
    link = " on " if first == "when" else " in "
    if second in _AUX:
        # When did the two last speak? → The two last spoke on VALUE.
        inverted = _inverted(second, words[2:])
        if inverted is None:
            return None
        clause, rest = inverted
        return clause + _tail(rest) + link, ""
    if second in _BE and words[-1].lower().endswith(("ed", "en", "wn", "ne")) and len(words) > 3:
        # When was the line set up? → The line was set up on VALUE.
        return " ".join(words[2:-1]) + f" {second} {words[-1]}" + link, ""
    return None


_STRANDED = frozenset(["with", "to", "for", "about", "on", "at", "from", "of", "by", "into"])


def _object_frame(clause: str, rest: list[str]) -> tuple[str, str]:
    """Put the value where the object goes: after the verb, or at the end when
    the rest leaves it dangling ("…said the country was entering", "…spoke with")."""
    dangling = rest and (
        rest[-1].lower() in _STRANDED
        or rest[-1].lower().endswith("ing")
        or (len(rest) > 1 and rest[-2].lower() == "to")
    )
    if dangling:
        return clause + _tail(rest) + " ", ""
    *subject, verb = clause.split()
    if verb.lower() in ("did", "does") and subject and not rest:
        return " ".join(subject) + " ", ""  # What did the firm do? → The firm VALUE.
    done = _done_at(rest)
    if done is not None:
        # What did the ministry say it would do about prices? → The ministry said it would
        # VALUE: the value is what is done, and says what it is done about itself.
        after = rest[done + 1 :]
        kept = [] if after and after[0].lower() in ("about", "with") else after
        return clause + _tail(rest[:done]) + " ", _tail(kept)
    gap = _infinitive_gap(clause.split()[-1].lower(), [w.lower() for w in rest])
    if gap is not None:
        # What did both sign an agreement to accept before the toss? → Both signed an
        # agreement to accept VALUE before the toss.
        return clause + _tail(rest[:gap]) + " ", _tail(rest[gap:])
    if (
        clause.split()[-1].lower() in _GIVING
        and 1 < len(rest) <= 3
        and rest[0].lower() in _DETERMINERS
    ):
        # Which class did the tests give the stone? → The tests gave the stone VALUE.
        return clause + " " + " ".join(rest) + " ", ""
    return clause + " ", _tail(rest)


def _done_at(rest: list[str]) -> int | None:
    """Where `do` stands for the asked act (`it would do about prices`, `voted to do`)."""
    lowered = [w.lower() for w in rest]
    for at in range(1, len(lowered)):
        if lowered[at] == "do" and lowered[at - 1] in _BEFORE_DO:
            return at
    return None


_BEFORE_DO = frozenset(
    ["would", "will", "to", "should", "could", "must", "might", "can", "shall", "not"]
)


# Verbs and nouns whose infinitive the asked value is the object of (`agreed to pay`, `an
# agreement to accept`), not the verb's own object.
_TAKING_INFINITIVES = frozenset(
    ["agreed", "voted", "decided", "planned", "promised", "wanted", "refused", "chose",
     "pledged", "vowed", "threatened", "intended", "sought", "proposed", "hoped", "agrees",
     "votes", "decides", "plans", "promises", "wants", "refuses", "chooses", "pledges",
     "vows", "threatens", "intends", "seeks", "proposes", "hopes"]
)  # fmt: skip
_NOUNS_TAKING_INFINITIVES = frozenset(
    ["agreement", "plan", "decision", "promise", "pledge", "offer", "bid", "deal",
     "proposal", "vote", "order", "motion", "attempt", "commitment", "permission", "licence",
     "license", "right"]
)  # fmt: skip
# Words that may follow a verb whose object was asked (`to accept before the toss`).
_AFTER_AN_OBJECT = frozenset(
    ["before", "after", "by", "in", "on", "at", "for", "from", "until", "during", "within",
     "if", "when", "unless", "rather", "instead", "as"]
)  # fmt: skip


def _infinitive_gap(verb: str, rest: list[str]) -> int | None:
    """Where the asked object stands in `rest`: after the infinitive the verb, or a noun
    straight after it, takes (`agreed to pay | by March`, `signed an agreement to accept |
    before the toss`), where nothing stands after that infinitive but a phrase an object
    may precede; None where the verb takes the value itself."""
    at = 0
    if verb not in _TAKING_INFINITIVES:
        if rest[:1] and rest[0] in _DETERMINERS:
            at = 1
        if not (rest[at : at + 1] and rest[at] in _NOUNS_TAKING_INFINITIVES):
            return None
        at += 1
    if rest[at : at + 1] != ["to"] or len(rest) < at + 2 or not rest[at + 1].isalpha():
        return None
    gap = at + 2
    if gap < len(rest) and rest[gap] not in _AFTER_AN_OBJECT:
        return None
    return gap


# Verbs of giving, whose first object is who or what receives the asked value.
_GIVING = frozenset(
    ["gave", "awarded", "granted", "offered", "handed", "assigned", "allotted", "lent", "sent"]
)
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "this", "that"])


# Adjectives that take a preposition the way a participle does (`aware of`, `famous for`).
_PREDICATE_ADJECTIVES = frozenset(["afraid", "aware", "capable", "eligible", "famous", "fond", "guilty", "liable", "proud", "responsible", "sure", "unaware"])  # fmt: skip


def _stranded_predicate(words: list[str]) -> tuple[str, str] | None:
    """`the mayor worried about` → ("the mayor", "worried about"): a subject, then a
    participle or adjective whose preposition the asked value completes."""
    if len(words) < 3 or words[-1].lower() not in _STRANDED:
        return None
    predicate = words[-2]
    lower = predicate.lower()
    if not predicate.islower() or not (
        lower.endswith(("ed", "en", "wn")) or lower in _PREDICATE_ADJECTIVES
    ):
        return None
    subject = words[:-2]
    if subject[-1].lower() in _NOUN_PHRASE_LINKS:
        return None  # `the cost of the rebuilt for`: no subject ends on a link word
    return " ".join(subject), f"{predicate} {words[-1]}"


def _who_what(first: str, second: str, words: list[str]) -> tuple[str, str] | None:
    if second in _AUX:
        # What did X establish on March 1? → X established VALUE on March 1.
        inverted = _inverted(second, words[2:])
        if inverted is None:
            return None
        return _object_frame(*inverted)
    if second in _BE:
        if words[2][:1].islower() and words[2].lower().endswith("ing"):
            return "", " " + " ".join(words[1:])  # Who is leading X? → VALUE is leading X.
        stranded = _stranded_predicate(words[2:])
        if stranded is not None:
            # What was the mayor worried about? → The mayor was worried about VALUE.
            subject, predicate = stranded
            return f"{subject} {second} {predicate} ", ""
        # Who is the Pentagon press secretary? → The Pentagon press secretary is VALUE.
        return " ".join(words[2:]) + f" {second} ", ""
    if first == "who":
        if words[1][:1].isupper() or second in _AUX:
            return None
        return "", " " + " ".join(words[1:])  # Who asked for the call? → VALUE asked for the call.
    if second == "of":
        # Which of these buried survivors is the oldest? → VALUE is the oldest.
        be = next((at for at in range(3, len(words)) if words[at].lower() in _BE), None)
        return None if be is None or be + 1 == len(words) else ("", " " + " ".join(words[be:]))
    # Which two countries are moving closer? → VALUE are moving closer.
    # Which country did Russia invade? → Russia invaded VALUE.
    for at in (2, 3):
        if at >= len(words):
            break
        word = words[at].lower()
        if word in _AUX:
            inverted = _inverted(word, words[at + 1 :])
            return None if inverted is None else _object_frame(*inverted)
        if word in _FINITE and _inverted_subject(words[at + 1 :]):
            return None  # `What limit has the bridge had since 2011?`: no `VALUE has the…`
        if word in _FINITE or word.endswith("ed"):
            return "", " " + " ".join(words[at:])
    return None


def _inverted_subject(rest: list[str]) -> bool:
    """`the bridge had since 2011` after `has`: a subject, then a verb of its own, which
    the question inverted (`Which party has the most seats?` has no verb after)."""
    if not rest or (rest[0].lower() not in _DETERMINERS and not rest[0][:1].isupper()):
        return False
    return any(
        w.lower() in ("had", "been", "done", "got", "made", "paid", "won", "set")
        or (w.islower() and w.endswith(("ed", "ing")))
        for w in rest[1:]
    )


def frame_for(question: Question) -> tuple[Frame, Citation | None, tuple[int, int] | None]:
    """The sentence frame to use for a question, the first path that works."""
    template = template_frame(question)
    cited = cited_frame(question)
    if template is not None:
        citation = cited[1] if cited else None
        span = cited[2] if cited else None
        return template, citation, span
    if cited is not None:
        return cited
    return question_frame(question), None, None
