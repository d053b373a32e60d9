"""`export --moodle-xml`: every bundled pack as a Moodle XML question bank that Moodle's
importer (question/format/xml) can read: each question with a name, its text, general
feedback and answers, every fraction a grade Moodle offers and the right one for its answer;
and scored answers survive a GIFT round trip too."""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from tests.authoring.conftest import RunCli
from tests.conftest import WritePack

from newsquiz.authoring.gift import export_gift
from newsquiz.authoring.gift_import import import_gift
from newsquiz.authoring.moodle_xml import MOODLE_FRACTIONS, export_moodle_xml, nearest_fraction
from newsquiz.grading import grade
from newsquiz.library import bundled_dir
from newsquiz.pack import Kind, Pack, Question, load_pack
from newsquiz.pack.model import PartialAnswer, answer_text

PACKS = sorted(p for p in bundled_dir().iterdir() if (p / "pack.yaml").is_file())
ALLOWED = {float(f) for f in MOODLE_FRACTIONS} | {-float(f) for f in MOODLE_FRACTIONS}
TYPES = {Kind.CLAIM: "truefalse", Kind.CHOICE: "multichoice"}


def _text(element: ET.Element | None, path: str) -> str:
    assert element is not None
    found = element.find(path)
    assert found is not None, path
    return found.text or ""


def _html_text(element: ET.Element, path: str) -> str:
    """HTML text as the player reads it."""
    return html.unescape(_text(element, path).replace("<br>", "\n"))


def _answers(element: ET.Element) -> dict[str, float]:
    found: dict[str, float] = {}
    for answer in element.findall("answer"):
        fraction = float(answer.attrib["fraction"])
        assert fraction in ALLOWED, fraction
        assert answer.find("feedback/text") is not None
        text = _text(answer, "text")
        if answer.attrib.get("format") == "html":
            text = html.unescape(text)
        found[text.replace("\\*", "*")] = fraction
    return found


def _check_question(element: ET.Element, question: Question) -> None:
    assert _text(element, "name/text") == question.id
    text = element.find("questiontext")
    assert text is not None and text.attrib["format"] == "html"
    assert _html_text(element, "questiontext/text") == question.question
    general = _html_text(element, "generalfeedback/text")
    for citation in question.citations:
        assert f"Line {citation.line}: “{citation.quote}”" in general
    answers = _answers(element)
    qtype = element.attrib["type"]
    if question.kind in TYPES:
        assert qtype == TYPES[question.kind]
    else:
        assert qtype in ("numerical", "shortanswer")
    if qtype == "truefalse":
        assert answers == {
            question.expected: 100.0,
            "false" if question.expected == "true" else "true": 0.0,
        }
    elif qtype == "multichoice":
        assert list(answers) == list(question.choices)
        assert [c for c, f in answers.items() if f == 100] == [question.expected]
        assert _text(element, "single") == "true"
        assert _text(element, "answernumbering") == "abc"
        assert element.find("shuffleanswers") is not None
    else:
        if qtype == "numerical":
            assert all(a.find("tolerance") is not None for a in element.findall("answer"))
        for key in (question.answer, *question.accept):
            assert answers[_written(key, answers)] == 100, key
        for key in question.reject:
            assert answers[_written(key, answers)] == 0, key
    for part in question.partial:
        written = _written(part.answer, answers)
        assert 0 < answers[written] < 100
        assert abs(answers[written] - part.score * 100) <= 5


def _written(key: str | tuple[str, ...], answers: dict[str, float]) -> str:
    """How the XML writes a key: as is, or (a number) as Moodle reads numbers."""
    text = answer_text(key)
    if text in answers:
        return text
    folded = {a.casefold(): a for a in answers}
    return folded.get(text.casefold(), text)


@pytest.mark.parametrize("folder", PACKS, ids=lambda p: p.name)
def test_every_bundled_pack_reads_back_with_every_question_and_fraction(folder: Path) -> None:
    pack = load_pack(folder)
    root = ET.fromstring(export_moodle_xml(pack))
    assert root.tag == "quiz"
    category, *questions = root.findall("question")
    assert category.attrib["type"] == "category"
    assert _text(category, "category/text") == f"$course$/top/newsquiz/{pack.id}"
    assert len(questions) == len(pack.questions)
    for element, question in zip(questions, pack.questions, strict=True):
        _check_question(element, question)


PARTIAL_PACK = """\
format: newsquiz/1
id: partly
title: "Partly <right> ]]> and more"
article: article.txt
questions:
  - id: length
    question: "How long did the call last? <b>Be exact</b> ]]> & then stop"
    answer: about an hour
    accept: [{answer: two hours, score: 0.3}]
    reject: [half an hour]
    kind: duration
    cite: The call lasted about an hour
  - id: who
    question: Who asked for the call?
    answer: Austin
    kind: choice
    choices: [Shoigu, Austin, Putin]
    accept: [{answer: Shoigu, score: 0.33}]
    reject: [Putin]
    cite: at the request of Austin
  - id: day
    question: On which day of March was the line set up?
    answer: 1
    accept: [{answer: 2, score: 0.55}]
    reject: [3]
    kind: number
    cite: On March 1
"""


@pytest.fixture
def partly(write_pack: WritePack) -> Pack:
    return load_pack(write_pack(PARTIAL_PACK))


def test_partial_credit_and_wrong_answers_with_feedback(partly: Pack) -> None:
    root = ET.fromstring(export_moodle_xml(partly))
    _, length, who, day = root.findall("question")
    for element, question in zip((length, who, day), partly.questions, strict=True):
        _check_question(element, question)
    assert _answers(length)["two hours"] == 30
    assert _answers(who) == {"Shoigu": 33.33333, "Austin": 100, "Putin": 0}
    assert day.attrib["type"] == "numerical"
    assert _answers(day) == {"1": 100, "2": 60, "3": 0}  # 55% is offered as 60% or 50%
    feedback = {_text(a, "text"): _html_text(a, "feedback/text") for a in length.findall("answer")}
    assert "half an hour is not what the article says" in feedback["half an hour"]
    assert "about an hour (line 2)" in feedback["half an hour"]


def test_text_that_would_end_cdata_or_read_as_html_stays_text(partly: Pack) -> None:
    root = ET.fromstring(export_moodle_xml(partly))
    length = root.findall("question")[1]
    assert _html_text(length, "questiontext/text") == partly.questions[0].question


@pytest.mark.parametrize(
    ("percent", "partly", "expected"),
    [(100, False, "100"), (34, True, "33.33333"), (99, True, "90"), (1, True, "5"), (-97, False, "-100"), (2, False, "0")],
)  # fmt: skip
def test_scores_round_to_a_grade_moodle_offers(percent: float, partly: bool, expected: str) -> None:
    assert nearest_fraction(percent, partly) == expected


def test_scored_answers_survive_gift_export_and_import(partly: Pack, tmp_path: Path) -> None:
    gift = tmp_path / "partly.gift"
    text = export_gift(partly)
    assert "\t~%33.33333%Shoigu\n" in text and "\t=%30%two hours\n" in text
    gift.write_text(text, encoding="utf-8")
    made = import_gift(gift, partly.folder / "article.txt", tmp_path, "again")
    again = load_pack(made.folder)
    for before, after in zip(partly.questions, again.questions, strict=True):
        assert after.partial == before.partial, before.id
        assert after.reject == before.reject, before.id
        for typed in ("two hours", "b", "a", "Shoigu", "1", "2", "3", "half an hour", "x"):
            assert grade(after, typed) == grade(before, typed), (before.id, typed)
    assert again.question("who").partial == (PartialAnswer("Shoigu", 0.33),)


def test_export_moodle_xml_from_the_cli(tmp_path: Path, cli: RunCli) -> None:
    out = tmp_path / "seed.xml"
    ran = cli("export", "austin-shoigu-call", "--moodle-xml", "-o", out)
    assert ran.status == 0, ran.err
    assert ET.parse(out).getroot().tag == "quiz"
    both = cli("export", "austin-shoigu-call", "--moodle-xml", "--gift")
    assert both.status == 2 and "not allowed with argument" in both.err
