"""`accept` entries with a `score`: answers worth part of the marks (`{answer: Cat, score: 0.5}`),
as Moodle's `=%50%Cat` gives them."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import WritePack

from newsquiz.grading import Outcome, grade
from newsquiz.pack import PackError, load_pack
from newsquiz.pack.model import PartialAnswer
from newsquiz.pack.stored import pack_from_data, pack_to_data

ARTICLE = (
    "Frogs were voted the best animal in the school's poll, ahead of cats.\n"
    "Jesus was born in Bethlehem and grew up in Nazareth, in Galilee.\n"
    "The poll named Finland, Sweden and Norway the friendliest countries.\n"
)
HEAD = "format: newsquiz/1\nid: p\ntitle: P\narticle: article.txt\nquestions:\n"

ANIMAL = """\
  - id: animal
    question: Which animal was voted the best?
    answer: Frog
    accept: [Frogs, {answer: Cat, score: 0.5}]
    reject: [Dog]
    kind: text
    cite: Frogs were voted the best animal
"""
HOMETOWN = """\
  - id: hometown
    question: Where did Jesus grow up?
    answer: Nazareth
    kind: choice
    choices: [Jerusalem, Bethlehem, Galilee, Nazareth]
    accept:
      - {answer: galilee, score: 0.5}
      - answer: Bethlehem
        score: 0.25
    cite: grew up in Nazareth
"""
COUNTRIES = """\
  - id: countries
    question: Which countries did the poll name the friendliest?
    answer: [Finland, Sweden, Norway]
    accept: [{answer: [Finland, Sweden, Denmark], score: 0.3}]
    cite: Finland, Sweden and Norway
"""


@pytest.fixture
def pack_folder(write_pack: WritePack) -> Path:
    return write_pack(HEAD + ANIMAL + HOMETOWN + COUNTRIES, article=ARTICLE)


@pytest.mark.parametrize(
    ("question_id", "typed", "outcome", "score"),
    [
        ("animal", "Frog", Outcome.CORRECT, 1.0),
        ("animal", "frogs", Outcome.CORRECT, 1.0),
        ("animal", "Cat", Outcome.PARTIAL, 0.5),
        ("animal", "a cat", Outcome.PARTIAL, 0.5),
        ("animal", "Dog", Outcome.INCORRECT, 0.0),
        ("animal", "Horse", Outcome.INCORRECT, 0.0),
        ("hometown", "d", Outcome.CORRECT, 1.0),
        ("hometown", "Nazareth", Outcome.CORRECT, 1.0),
        ("hometown", "c", Outcome.PARTIAL, 0.5),
        ("hometown", "Galilee", Outcome.PARTIAL, 0.5),
        ("hometown", "b", Outcome.PARTIAL, 0.25),
        ("hometown", "a", Outcome.INCORRECT, 0.0),
        ("countries", "Finland, Sweden and Norway", Outcome.CORRECT, 1.0),
        ("countries", "Denmark, Finland, Sweden", Outcome.PARTIAL, 0.3),
    ],
)
def test_a_scored_accept_entry_earns_its_share_of_the_marks(
    pack_folder: Path, question_id: str, typed: str, outcome: Outcome, score: float
) -> None:
    question = load_pack(pack_folder).question(question_id)
    verdict = grade(question, typed)
    assert (verdict.outcome, verdict.score) == (outcome, score), typed


def test_a_misspelt_key_stays_right_when_a_scored_entry_is_a_misspelling(
    write_pack: WritePack,
) -> None:
    # Moodle's example: `=Nazareth =%75%Nazereth`: the exact misspelling earns 75%.
    folder = write_pack(
        HEAD + "  - id: t\n    question: Where did Jesus grow up?\n    answer: Nazareth\n"
        "    accept: [{answer: Nazereth, score: 0.75}]\n    kind: text\n"
        "    cite: grew up in Nazareth\n",
        article=ARTICLE,
    )
    question = load_pack(folder).question("t")
    assert grade(question, "Nazereth").score == 0.75
    assert grade(question, "nazareth").correct


def test_scored_entries_are_kept_apart_from_right_answers(pack_folder: Path) -> None:
    pack = load_pack(pack_folder)
    animal = pack.question("animal")
    assert animal.accept == ("Frogs",)
    assert animal.partial == (PartialAnswer("Cat", 0.5),)
    assert pack.question("countries").partial == (
        PartialAnswer(("Finland", "Sweden", "Denmark"), 0.3),
    )
    # The cache of loaded packs keeps them.
    assert pack_from_data(pack_to_data(pack)).question("hometown").partial == (
        PartialAnswer("Galilee", 0.5),
        PartialAnswer("Bethlehem", 0.25),
    )


@pytest.mark.parametrize(
    ("accept", "words", "line"),
    [
        ("[{answer: Cat, score: 1}]", "more than 0 and less than 1", 9),
        ("[{answer: Cat, score: 0}]", "more than 0 and less than 1", 9),
        ("[{answer: Cat, score: half}]", "found `half`", 9),
        ("[{answer: Cat}]", "needs `score`", 9),
        ("[{answer: Cat, score: 0.5, feedback: x}]", "unknown field `feedback`", 9),
        ("[{answer: Frog, score: 0.5}]", "also the answer", 9),
        ("[{answer: Dog, score: 0.5}]", "`reject` lists `Dog`", 10),
    ],
)
def test_a_bad_scored_entry_is_one_clear_error(
    write_pack: WritePack, accept: str, words: str, line: int
) -> None:
    folder = write_pack(
        HEAD + "  - id: animal\n    question: Which animal?\n    answer: Frog\n"
        f"    accept: {accept}\n    reject: [Dog]\n    cite: Frogs were voted\n",
        article=ARTICLE,
    )
    with pytest.raises(PackError) as caught:
        load_pack(folder)
    problems = caught.value.problems
    assert len(problems) == 1 and words in problems[0].message, problems
    assert problems[0].line == line  # the `accept` line, or `reject` for a clash with it


def test_the_schema_takes_scored_entries_and_refuses_unknown_fields(pack_folder: Path) -> None:
    import jsonschema
    import yaml

    from newsquiz.authoring.schema import pack_schema

    validator = jsonschema.Draft202012Validator(pack_schema())
    document = yaml.safe_load((pack_folder / "pack.yaml").read_text(encoding="utf-8"))
    validator.validate(document)
    document["questions"][0]["accept"][1]["feedback"] = "x"
    assert list(validator.iter_errors(document))
    document["questions"][0]["accept"][1] = {"answer": "Cat", "score": 1}
    assert list(validator.iter_errors(document))


def test_a_scored_choice_must_be_one_of_the_choices(write_pack: WritePack) -> None:
    folder = write_pack(HEAD + HOMETOWN.replace("answer: Bethlehem", "answer: Bethany"), ARTICLE)
    with pytest.raises(PackError) as caught:
        load_pack(folder)
    assert "`Bethany` a `score`, but it is not one of the `choices`" in str(caught.value)
