"""Moodle XML: a pack as a Moodle question bank, with feedback on every answer.

Moodle's richer import format (question/format/xml): each question has a name, the
question text (HTML), its answers with the share of the marks each earns (`fraction`, in
percent, one of the grades Moodle offers) and feedback per answer, and general feedback,
where the cited article line goes. newsquiz kinds map to Moodle types as GIFT does:

- `claim` → `truefalse`; `choice` → `multichoice` with one right answer, other choices
  worth part of the marks where an `accept` entry gives them a score;
- `number` (a plain number) → `numerical` with the tolerance;
- every other kind → `shortanswer` (case-insensitive): the answer, `accept` entries,
  scored entries at their share and `reject` entries at 0 with feedback saying why.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsquiz.pack.model import Answer, Kind, Pack, Question, answer_text

# The grades Moodle offers for an answer, in percent (question_bank::fraction_options_full),
# written as Moodle writes them. A partial score is rounded to the nearest of them.
MOODLE_FRACTIONS: tuple[str, ...] = (
    "100",
    "90",
    "83.33333",
    "80",
    "75",
    "70",
    "66.66667",
    "60",
    "50",
    "40",
    "33.33333",
    "30",
    "25",
    "20",
    "16.66667",
    "14.28571",
    "12.5",
    "11.11111",
    "10",
    "5",
    "0",
)
_PARTLY = tuple(f for f in MOODLE_FRACTIONS if 0 < float(f) < 100)
# XML 1.0 has no place for these characters, not even in CDATA.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
# Lists of up to this many items are given in every order (Moodle's short answer is ordered).
_ORDERED_UP_TO = 3


def nearest_fraction(percent: float, partly: bool = False) -> str:
    """The Moodle grade nearest to `percent`; with `partly`, never all or nothing."""
    options = _PARTLY if partly else MOODLE_FRACTIONS
    sign = "-" if percent < 0 and not partly else ""
    size = abs(percent)
    best = min(options, key=lambda f: abs(float(f) - size))
    return f"{sign}{best}" if best != "0" else "0"


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _cdata(text: str) -> str:
    """Text in a CDATA section that `]]>` inside it cannot end early."""
    return "<![CDATA[" + _clean(text).replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _html(text: str) -> str:
    """Plain text as HTML (in CDATA): `<` stays a character, line breaks stay."""
    return _cdata(html.escape(text, quote=False).replace("\n", "<br>"))


def _plain(text: str) -> str:
    return html.escape(_clean(text), quote=False)


@dataclass(frozen=True)
class _Answer:
    text: str
    fraction: str
    feedback: str


def _answer_xml(answer: _Answer, fmt: str, extra: str = "") -> str:
    body = _html(answer.text) if fmt == "html" else _plain(answer.text)
    return (
        f'    <answer fraction="{answer.fraction}" format="{fmt}">\n'
        f"      <text>{body}</text>\n{extra}"
        f'      <feedback format="html"><text>{_html(answer.feedback)}</text></feedback>\n'
        "    </answer>\n"
    )


def _general_feedback(question: Question) -> str:
    parts = [f"Line {c.line}: “{c.quote}”" for c in question.citations]
    if question.explain:
        parts.append(question.explain)
    return "\n".join(parts)


def _head(question: Question, qtype: str) -> str:
    return (
        f'  <question type="{qtype}">\n'
        f"    <name><text>{_plain(question.id)}</text></name>\n"
        f'    <questiontext format="html"><text>{_html(question.question)}</text></questiontext>\n'
        f'    <generalfeedback format="html"><text>{_html(_general_feedback(question))}'
        "</text></generalfeedback>\n"
        "    <defaultgrade>1</defaultgrade>\n"
        "    <penalty>0.3333333</penalty>\n"
        "    <hidden>0</hidden>\n"
        f"    <idnumber>{_plain(question.id)}</idnumber>\n"
    )


def _says(question: Question) -> str:
    lines = ", ".join(str(n) for n in question.cited_lines)
    where = f" (line {lines})" if lines else ""
    if question.kind == Kind.CLAIM:
        return f"the article shows it is {question.expected}{where}"
    return f"the article says {question.expected}{where}"


def _right(question: Question) -> str:
    return f"Right: {_says(question)}."


def _claim(question: Question) -> str:
    truth = question.expected == "true"
    answers = [
        _Answer("true", "100" if truth else "0", _right(question) if truth else "Wrong."),
        _Answer("false", "0" if truth else "100", "Wrong." if truth else _right(question)),
    ]
    body = "".join(_answer_xml(a, "moodle_auto_format") for a in answers)
    return _head(question, "truefalse") + body + "  </question>\n"


def _choice(question: Question) -> str:
    shares = {answer_text(p.answer): p.score for p in question.partial}
    rejected = {answer_text(r) for r in question.reject}
    answers: list[_Answer] = []
    for choice in question.choices:
        if choice == question.expected:
            answers.append(_Answer(choice, "100", _right(question)))
        elif choice in shares:
            fraction = nearest_fraction(shares[choice] * 100, partly=True)
            answers.append(_Answer(choice, fraction, f"Partly right: {_says(question)}."))
        else:
            why = f"Wrong: {_says(question)}." if choice in rejected else "Wrong."
            answers.append(_Answer(choice, "0", why))
    body = "".join(_answer_xml(a, "html") for a in answers)
    options = (
        "    <single>true</single>\n"
        "    <shuffleanswers>false</shuffleanswers>\n"
        "    <answernumbering>abc</answernumbering>\n"
        "    <showstandardinstruction>0</showstandardinstruction>\n"
        '    <correctfeedback format="html"><text></text></correctfeedback>\n'
        '    <partiallycorrectfeedback format="html"><text></text></partiallycorrectfeedback>\n'
        '    <incorrectfeedback format="html"><text></text></incorrectfeedback>\n'
    )
    return _head(question, "multichoice") + options + body + "  </question>\n"


def _numbers(question: Question) -> list[str] | None:
    """Every key, scored and rejected entry as a plain number, else None."""
    keys = (question.answer, *question.accept, *(p.answer for p in question.partial))
    texts = [answer_text(k) for k in (*keys, *question.reject)]
    return texts if all(_NUMBER.fullmatch(t.strip()) for t in texts) else None


def _numerical(question: Question) -> str:
    tolerance = f"{question.tolerance or 0:g}"
    answers: list[tuple[_Answer, str]] = [
        (_Answer(answer_text(k), "100", _right(question)), tolerance)
        for k in (question.answer, *question.accept)
    ]
    for part in question.partial:
        fraction = nearest_fraction(part.score * 100, partly=True)
        answers.append((_Answer(answer_text(part.answer), fraction, _partly(question)), tolerance))
    for wrong in question.reject:
        answers.append((_Answer(answer_text(wrong), "0", _wrong(question, wrong)), "0"))
    body = "".join(
        _answer_xml(a, "moodle_auto_format", f"      <tolerance>{tol}</tolerance>\n")
        for a, tol in answers
    )
    return _head(question, "numerical") + body + "  </question>\n"


def _partly(question: Question) -> str:
    return f"Partly right: {_says(question)}."


def _wrong(question: Question, wrong: Answer) -> str:
    return f"Wrong: {answer_text(wrong)} is not what the article says; {_says(question)}."


def _orders(key: Answer) -> Iterable[str]:
    """A key as Moodle's short answer must see it: a short list in every order."""
    if isinstance(key, tuple) and 1 < len(key) <= _ORDERED_UP_TO:
        return dict.fromkeys(", ".join(p) for p in itertools.permutations(key))
    return (answer_text(key),)


def _wildcard_safe(text: str) -> str:
    """Moodle reads `*` in a short answer as "anything"; `\\*` is the character."""
    return text.replace("*", "\\*")


def _shortanswer(question: Question) -> str:
    answers: list[_Answer] = []
    seen: set[str] = set()

    def add(texts: Iterable[str], fraction: str, feedback: str) -> None:
        for text in texts:
            folded = text.casefold()
            if folded not in seen:
                seen.add(folded)
                answers.append(_Answer(_wildcard_safe(text), fraction, feedback))

    for key in (question.answer, *question.accept):
        add(_orders(key), "100", _right(question))
    for part in question.partial:
        add(_orders(part.answer), nearest_fraction(part.score * 100, True), _partly(question))
    for wrong in question.reject:
        add(_orders(wrong), "0", _wrong(question, wrong))
    body = "".join(_answer_xml(a, "moodle_auto_format") for a in answers)
    return _head(question, "shortanswer") + "    <usecase>0</usecase>\n" + body + "  </question>\n"


def _question_xml(question: Question) -> str:
    if question.kind == Kind.CLAIM:
        return _claim(question)
    if question.kind == Kind.CHOICE:
        return _choice(question)
    if question.kind == Kind.NUMBER and _numbers(question) is not None:
        return _numerical(question)
    return _shortanswer(question)


def export_moodle_xml(pack: Pack) -> str:
    category = _plain(f"$course$/top/newsquiz/{pack.id}")
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        "<quiz>\n",
        '  <question type="category">\n',
        f"    <category><text>{category}</text></category>\n",
        f'    <info format="html"><text>{_html(_info(pack))}</text></info>\n',
        "  </question>\n",
    ]
    parts.extend(_question_xml(q) for q in pack.questions)
    parts.append("</quiz>\n")
    return "".join(parts)


def _info(pack: Pack) -> str:
    article = pack.article
    lines = [pack.title, f"About: {article.headline}"]
    for label, value in (
        ("Outlet", article.outlet),
        ("Address", article.url),
        ("Published", article.published.isoformat() if article.published else None),
        ("Licence", article.license),
        ("Credit", article.credit),
    ):
        if value:
            lines.append(f"{label}: {value}")
    return "\n".join(lines)
