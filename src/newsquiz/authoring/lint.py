"""Checking a pack beyond what the loader enforces.

The loader rejects what cannot be played (schema, quotes not in the article,
a choice answer not among the choices). The linter then plays each question
through the real grader and reads the cited lines as the grader would, so a
pack that passes plays as its author meant.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from newsquiz.facts.article import read_article
from newsquiz.facts.given_names import given_name_sex
from newsquiz.facts.infer import infer_kind
from newsquiz.facts.text import fold_text, tokenize, tokens
from newsquiz.facts.values import DATE, scan
from newsquiz.facts.words import WEEKDAYS
from newsquiz.facts.world import places_in, world
from newsquiz.grading import grade
from newsquiz.pack.model import Answer, Kind, Pack, Question, answer_text
from newsquiz.pack.problems import Finding, PackError, Problem, Severity
from newsquiz.startup import collector_held_for_batch

if TYPE_CHECKING:
    from newsquiz.authoring.kept_findings import KeptFindings
    from newsquiz.claims import ClaimBank

# How a question is worded hints at the kind of answer its author expects.
_WORDING_KINDS: tuple[tuple[re.Pattern[str], Kind], ...] = (
    (re.compile(r"^\s*(?:true or false|is it true|true\?|false\?)", re.I), Kind.CLAIM),
    (re.compile(r"\b(?:on what date|what date|which date|when did|when was|when were)\b", re.I),
     Kind.DATE),
    (re.compile(r"\bhow (?:long|many (?:days|weeks|months|years|hours|minutes))\b", re.I),
     Kind.DURATION),
    (re.compile(r"\bhow much (?:money|did|does|was|were|is|will)\b|\bwhat amount\b", re.I),
     Kind.MONEY),
    (re.compile(r"\bhow many\b|\bwhat number\b|\bwhich number\b", re.I), Kind.NUMBER),
    (re.compile(r"^\s*who\b", re.I), Kind.PERSON),
)  # fmt: skip
# Kinds that read a value out of the answer; a text question whose answer reads as
# one of these is probably mislabelled.
_VALUE_KINDS = {Kind.DATE, Kind.NUMBER, Kind.MONEY, Kind.DURATION}
# A year alone (`2021`).
_YEAR = re.compile(r"\d{4}")
# Kinds a question worded for `key` may reasonably have instead.
_COMPATIBLE = {
    Kind.DURATION: {Kind.NUMBER, Kind.DATE},
    Kind.NUMBER: {Kind.MONEY, Kind.DURATION, Kind.LIST},
    Kind.PERSON: {Kind.LIST, Kind.TEXT},
    Kind.DATE: {Kind.NUMBER},
    Kind.MONEY: {Kind.NUMBER},
    Kind.CLAIM: set(),
    Kind.TEXT: {Kind.PERSON, Kind.LIST, Kind.CHOICE, Kind.CLAIM},
}
_MAX_SPAN_WORDS = 8


@dataclass(frozen=True)
class CheckResult:
    path: Path
    pack: Pack | None
    problems: tuple[Problem, ...]


def check_pack(path: Path) -> CheckResult:
    """Load a pack and lint it; every problem sorted by position.

    Through the pack cache: a pack that checks clean then starts the game at once. And
    through the findings kept from the last check, so re-checking a long pack after an
    edit re-reads only the questions the edit could change.
    """
    from newsquiz.authoring.kept_findings import KeptFindings
    from newsquiz.pack.cache import load_pack_cached

    # Held from the load on: a pack's questions live to the end of the check as its graders
    # do, and a full pass during the load of a long pack, re-checked in a process that
    # checked it before, walked everything the first check kept (twice the load's time).
    with collector_held_for_batch():
        try:
            pack = load_pack_cached(path)
        except PackError as err:
            return CheckResult(path, None, tuple(sorted(err.problems, key=Problem.sort_key)))
        kept = KeptFindings.of(pack)
        problems = lint(pack, kept)
        kept.save()
    return CheckResult(path, pack, tuple(sorted(problems, key=Problem.sort_key)))


def lint(pack: Pack, kept: KeptFindings | None = None) -> list[Problem]:
    with collector_held_for_batch():  # a long pack's graders and claims all live to the end
        return _lint(pack, kept)


def _lint(pack: Pack, kept: KeptFindings | None) -> list[Problem]:
    from newsquiz.claims import ClaimBank

    bank = ClaimBank(pack, max_false=1)  # one false claim shows a question can be played
    answers = {q.id: fold_text(q.expected) for q in pack.questions}
    # Each folded answer with the questions it answers, in pack order: an accepted entry is
    # looked up, where reading every answer of the pack for each entry made a long pack
    # with accept lists quadratic to check.
    by_answer: dict[str, list[str]] = {}
    for question_id, folded in answers.items():
        by_answer.setdefault(folded, []).append(question_id)
    problems: list[Problem] = []
    for index, question in enumerate(pack.questions):
        findings = kept.get(question) if kept is not None else None
        if findings is None:
            findings = _findings_of(pack, bank, index)
            if kept is not None:
                kept.put(question, findings)
        # The one finding that reads the other questions is never kept: it is a lookup.
        findings = findings + _accepted_other_answers(question, by_answer)
        problems.extend(finding.located(pack, question) for finding in findings)
    return problems


def _findings_of(pack: Pack, bank: ClaimBank, index: int) -> list[Finding]:
    """What the question alone, with its article, shows: everything but other answers."""
    from newsquiz.claims.lint import unplayable_note

    question = pack.questions[index]
    note = unplayable_note(bank, index)
    findings: list[Finding] = [note] if note is not None else []
    lint = _QuestionLint(pack, question)
    lint.self_test()
    lint.choices()
    lint.support()
    lint.kind()
    lint.accept_of_another_kind()
    return findings + lint.findings


def _accepted_other_answers(question: Question, by_answer: dict[str, list[str]]) -> list[Finding]:
    findings: list[Finding] = []
    for entry in question.accept:
        folded = fold_text(answer_text(entry))
        for other_id in by_answer.get(folded, ()) if folded else ():
            if other_id != question.id:
                findings.append(
                    Finding(
                        "accept",
                        f"accepted answer `{answer_text(entry)}` is the answer to question "
                        f"`{other_id}`; a player answering that would score here too",
                        Severity.WARNING,
                    )
                )
                break
    return findings


@dataclass
class _QuestionLint:
    pack: Pack
    question: Question

    def __post_init__(self) -> None:
        self.findings: list[Finding] = []

    def report(self, field: str, message: str, severity: Severity = Severity.ERROR) -> None:
        self.findings.append(Finding(field, message, severity))

    # -- the grader plays the key -----------------------------------------------

    def self_test(self) -> None:
        question = self.question
        verdict = grade(question, question.expected)
        if not verdict.correct:
            self.report(
                "answer",
                f"the grader marks the answer itself `{question.expected}` as "
                f"{verdict.outcome}; check the answer and its `kind` ({question.kind})",
            )
        # Copied only where there are entries to grade it for (most questions have none).
        plain = replace(question, accept=()) if question.accept else question
        for entry in question.accept:
            typed = answer_text(entry)
            verdict = grade(question, typed)
            if not verdict.correct:
                self.report(
                    "accept",
                    f"accepted answer `{typed}` is graded {verdict.outcome}, not correct",
                )
            elif question.kind == Kind.CLAIM and not grade(plain, typed).correct:
                # A claim is true or false: an accepted `false` for a true claim contradicts it.
                self.report(
                    "accept",
                    f"accepted answer `{typed}` contradicts the claim's answer "
                    f"`{question.expected}`",
                )
            elif question.kind == Kind.CHOICE and fold_text(typed) not in {
                fold_text(c) for c in question.choices
            }:
                # Authors list a letter or a short form to be safe: say whether the
                # grader needs it, so that the fix is plain.
                already = grade(plain, typed).correct
                self.report(
                    "accept",
                    f"accepted answer `{typed}` is not one of the choices; "
                    + (
                        "the grader takes it already (a choice's letter and short forms "
                        "need no `accept`): remove it"
                        if already
                        else "a choice question is answered by a choice, its letter or a "
                        "short form of it: list it under `choices` or remove it"
                    ),
                )
            elif (namesake := _namesake_by_surname(question, typed)) is not None:
                # `accept: [Mamani]` where the article also names Sabina Mamani: teachers mark
                # a surname two people share wrong, whoever the article calls by it.
                self.report(
                    "accept",
                    f"accepted answer `{typed}` is also the surname of {namesake} in the "
                    "article; a player naming them would score here too (accept the name with "
                    "a given name or a post instead)",
                    Severity.WARNING,
                )
            elif _first_name_alone(question, typed) and not grade(plain, typed).correct:
                # `accept: [Bruce]` for Bruce Hallett: teachers mark a given name alone wrong
                # (anyone of that name would score), and the grader alone does too.
                self.report(
                    "accept",
                    f"accepted answer `{typed}` is a first name alone, which the format marks "
                    "wrong for a person; keep it only if the article itself calls them by it",
                    Severity.WARNING,
                )
        unguarded = replace(question, reject=()) if question.reject else question
        for entry in question.reject:
            typed = answer_text(entry)
            if grade(question, typed).correct:
                self.report(
                    "reject",
                    f"rejected answer `{typed}` is graded correct; it would never be rejected",
                )
            elif grade(unguarded, typed).correct:
                # The grader alone would accept it: the author may be refusing a right answer.
                self.report(
                    "reject",
                    f"rejected answer `{typed}` would be graded correct without `reject` "
                    f"(it reads as `{question.expected}`); make sure it is really wrong",
                    Severity.WARNING,
                )

    def choices(self) -> None:
        if self.question.kind != Kind.CHOICE:
            return
        seen: dict[str, str] = {}
        for choice in self.question.choices:
            folded = fold_text(choice)
            if folded in seen:
                self.report(
                    "choices",
                    f"choice `{choice}` is the same as `{seen[folded]}`; give each choice once",
                )
            seen[folded] = choice
        if fold_text(self.question.expected) not in seen:
            self.report("answer", f"answer `{self.question.expected}` is not among the choices")

    # -- the article backs the answer --------------------------------------------

    def support(self) -> None:
        """The answer (or an accepted one) must be readable in the cited lines."""
        question = self.question
        if question.kind in (Kind.CLAIM, Kind.CHOICE) or not question.citations:
            return
        cited = " ".join(self.pack.article.line(line) for line in question.cited_lines)
        keys: list[Answer] = [question.answer, *question.accept]
        if any(_appears(key, cited) for key in keys):
            return
        if question.kind in (Kind.LIST, Kind.TEXT):
            pass  # words must be there as written (folded); no spans to read
        elif _some_span_grades_correct(question, cited):
            return
        lines = ", ".join(str(n) for n in question.cited_lines)
        if question.explain:
            # Worked out from the quote (`on Tuesday`, the article's date): the author says
            # how, and no sentence could say it.
            self.report(
                "answer",
                f"the answer `{question.expected}` is worked out from the cited text (line "
                f"{lines}), not written there; the `explain` says how",
                Severity.NOTE,
            )
            return
        self.report(
            "answer",
            f"the cited text (line {lines}) does not contain the answer "
            f"`{question.expected}` or any accepted answer; cite the sentence that says it",
            Severity.WARNING,
        )

    # -- the kind the author meant -------------------------------------------------

    def kind(self) -> None:
        """A kind taken from the answer that the question's wording does not back."""
        question = self.question
        if not question.kind_inferred:
            return  # the author wrote `kind:`; that is what they meant
        worded = _worded_kind(question.question)
        if worded == question.kind or question.kind in _COMPATIBLE.get(worded or Kind.TEXT, set()):
            return
        if worded is None and question.kind not in _VALUE_KINDS:
            return
        meant = worded or Kind.TEXT
        self.report(
            "answer",
            f"`{question.expected}` was read as a {question.kind} answer, but the question "
            f"reads like a {meant} question; write `kind: {question.kind}` to confirm it "
            f"or `kind: {meant}` if that is what you meant",
            Severity.WARNING,
        )

    def accept_of_another_kind(self) -> None:
        """`accept: [Margaret Kerr, 67]` is two entries, the age a right answer for a person:
        an entry that reads as a person where the answer is a value, or as a value where it
        is a person or a date, is most likely half of one entry split at its comma."""
        asked = self.question.kind
        # A weekday answer (`On what day of the week…?`) rejects the other days on purpose.
        weekday_asked = not WEEKDAYS.isdisjoint(tokens(fold_text(self.question.expected)))
        for field in ("accept", "reject") if not weekday_asked else ():
            for entry in getattr(self.question, field):
                if isinstance(entry, str) and entry.strip().lower() in WEEKDAYS:
                    # `[Saturday, November 9]`: a weekday alone is the first half of a date.
                    self.report(
                        field,
                        f"{field}ed answer `{entry}` is a weekday alone; inside [ ] a comma "
                        'starts a new entry, so quote a date that holds one (`"Saturday, '
                        'November 9"`) or write the list one entry a line',
                        Severity.WARNING,
                    )
        for field in ("accept", "reject"):
            entries = getattr(self.question, field)
            for day, year in pairwise(entries):
                if (
                    isinstance(day, str)
                    and isinstance(year, str)
                    and _day_without_year(day)
                    and _YEAR.fullmatch(year.strip())
                    and not (field == "accept" and self._of_another_kind(year))
                ):
                    # `[November 9, 2021]`: a year alone after a day is the rest of its date.
                    self.report(
                        field,
                        f"{field}ed answers `{day}` and `{year}` look like one date split at "
                        'its comma; inside [ ] a comma starts a new entry, so quote it (`"'
                        f'{day}, {year}"`) or write the list one entry a line',
                        Severity.WARNING,
                    )
        for town, country in pairwise(self.question.accept):
            if (
                isinstance(town, str)
                and isinstance(country, str)
                and _a_country_or_region(country)
                and (not _a_country_or_region(town) or _lies_in(town, country))
                and not _one_place(town, country)
                and fold_text(country) != fold_text(answer_text(self.question.answer))
            ):
                # `[Esbjerg, Denmark]`: the country alone would take full marks for a town.
                self.report(
                    "accept",
                    f"accepted answers `{town}` and `{country}` look like one place split at "
                    f"its comma, and `{country}` alone takes full marks; inside [ ] a comma "
                    f'starts a new entry, so quote it (`"{town}, {country}"`) or write the '
                    "list one entry a line",
                    Severity.WARNING,
                )
        answer = self.question.answer
        if isinstance(answer, tuple) and len(answer) > 1:
            items = {fold_text(item) for item in answer}
            for entry in self.question.accept:
                named = {fold_text(item) for item in (entry if isinstance(entry, tuple) else ())}
                if named and named < items:
                    # `accept: [Corvo, Flores and Graciosa]` is two entries: `Corvo` alone
                    # then takes full marks for a list of three.
                    self.report(
                        "accept",
                        f"accepted answer `{answer_text(entry)}` names {len(named)} of the "
                        f"{len(items)} items, yet takes full marks; inside [ ] a comma starts a "
                        'new entry, so quote an entry that holds one (`"Corvo, Flores and '
                        'Graciosa"`) or write the list one entry a line; `partial` gives part '
                        "of the marks",
                        Severity.WARNING,
                    )
        named = set(tokens(fold_text(answer_text(self.question.answer))))
        for entry in self.question.accept:
            if not isinstance(entry, str) or not self._of_another_kind(entry):
                continue
            if named & set(tokens(fold_text(entry))):
                continue  # `"Kerr, 67"`, the form this warning asks for: a whole entry
            reads = Kind(infer_kind(entry))
            self.report(
                "accept",
                f"accepted answer `{entry}` reads as a {reads}, but the answer is a {asked}; "
                "inside [ ] a comma starts a new entry, so quote an entry that holds one "
                '(`"Kerr, 67"`) or write the list one entry a line',
                Severity.WARNING,
            )

    def _of_another_kind(self, entry: str) -> bool:
        """An accepted entry that reads as a value where the answer is a person or a date,
        or as a person where it is a value (reported as such)."""
        reads = Kind(infer_kind(entry))
        return reads != self.question.kind and _other_kind(self.question.kind, reads)


def _a_country_or_region(text: str) -> bool:
    """The whole text names a country or a region of one (`Denmark`, `New South Wales`,
    `the Netherlands`)."""
    toks = tokenize(text)
    if toks[:1] == ["the"]:
        toks = toks[1:]
    return any(
        start == 0 and end == len(toks) and any(p.kind in ("country", "subdivision") for p in found)
        for start, end, found in places_in(toks)
    )


def _lies_in(region: str, country: str) -> bool:
    """The first names a region of the country the second names (`Gujarat`, `India`)."""
    countries = {
        p.name for _, _, found in places_in(tokenize(country)) for p in found if p.kind == "country"
    }
    return any(p.within in countries for _, _, found in places_in(tokenize(region)) for p in found)


def _one_place(first: str, second: str) -> bool:
    """Two entries that name one place (`the Netherlands`, `Netherlands`; `in Manila`,
    `Metro Manila`; `a Swede`, `Sweden`), not a town and the country it lies in."""
    words = {w for w in tokens(fold_text(first)) if len(w) > 2}
    if words & {w for w in tokens(fold_text(second)) if len(w) > 2}:
        return True
    named = {p.name for _, _, found in places_in(tokenize(first)) for p in found}
    return any(p.name in named for _, _, found in places_in(tokenize(second)) for p in found)


def _namesake_by_surname(question: Question, typed: str) -> str | None:
    """Another person the article names with the one word an accepted entry of a person
    key is (`Mamani` for Hilarión Mamani, beside Sabina Mamani): that person's name."""
    if question.kind != Kind.PERSON or not isinstance(question.answer, str):
        return None
    entry = tokens(fold_text(typed))
    key = tokens(fold_text(question.answer))
    if len(entry) != 1 or entry[0] not in key:
        return None
    # Another person: given names of their own, none the key's (not the key's person with a
    # post written before the name, `Environmentalist Mark Lynas`).
    others = [
        person
        for person in read_article(question.article).people
        if person.surname == entry[0]
        and set(person.given).isdisjoint(key)
        and any(given_name_sex(word) is not None for word in person.given)  # not `CS Kiprono`
    ]
    return " ".join(w.capitalize() for w in (*others[0].given, entry[0])) if others else None


def _first_name_alone(question: Question, typed: str) -> bool:
    """One word, the first of a person key of several (`Bruce` for Bruce Hallett), where it
    is no family name written first (`Park`) and the article never calls them by it alone
    (writes it oftener than the whole name: `Pichet said`)."""
    if question.kind != Kind.PERSON or not isinstance(question.answer, str):
        return False
    key, entry = tokens(fold_text(question.answer)), tokens(fold_text(typed))
    if len(entry) != 1 or len(key) < 2 or entry[0] != key[0]:
        return False
    if key[0] in world().surname_first:
        return False
    words = [tokens(fold_text(line)) for line in question.article]
    alone = sum(line.count(key[0]) for line in words)
    whole = sum(1 for line in words for a, b in pairwise(line) if (a, b) == (key[0], key[1]))
    return alone <= whole


def _day_without_year(text: str) -> bool:
    """A month's day and nothing else, with no year (`November 9`, `Nov. 9th`), as the facts
    reader reads it."""
    toks = tokenize(text)
    mentions = scan(toks)
    return (
        len(mentions) == 1
        and mentions[0].kind == DATE
        and mentions[0].day is not None
        and mentions[0].year is None
        and mentions[0].start == 0
        and mentions[0].end == len(toks)
    )


def _other_kind(asked: Kind, reads: Kind) -> bool:
    if Kind.PERSON in (asked, reads):
        return (asked if reads == Kind.PERSON else reads) in _VALUE_KINDS
    return asked == Kind.DATE and reads in _VALUE_KINDS


def _worded_kind(text: str) -> Kind | None:
    for pattern, kind in _WORDING_KINDS:
        if pattern.search(text):
            return kind
    return None


def _appears(key: Answer, cited: str) -> bool:
    # `pilot and commander seats` writes `pilot seats` and `commander seats` as well
    spread = _SHARED_HEAD.sub(r"\1 \3 and \2 \3", cited)
    haystack = f" {fold_text(cited)} {fold_text(spread)} "
    items: Iterable[str] = key if isinstance(key, tuple) else (key,)
    return all(f" {fold_text(item)} " in haystack for item in items if fold_text(item))


# Two words sharing the noun after them: `pilot and commander seats`.
_SHARED_HEAD = re.compile(r"\b(\w+) and (\w+) (\w+)")
# `voted 9–7`: each side of a score or vote is a figure the text states.
_FIGURES_JOINED = re.compile(r"(?<=\d)[-\u2013\u2014](?=\d)")


def _some_span_grades_correct(question: Question, cited: str) -> bool:
    """Whether any run of words in the cited text is graded correct, as a player typing it."""
    words = _FIGURES_JOINED.sub(" ", cited).split()
    for size in range(1, _MAX_SPAN_WORDS + 1):
        for start in range(0, len(words) - size + 1):
            span = " ".join(words[start : start + size]).strip(",.;:“”\"'()")
            if span and grade(question, span).correct:
                return True
    return False
