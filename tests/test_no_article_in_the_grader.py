"""The grader knows no article but the one it is given: its code (comments included) names
no person of any bundled article, and no place or body that the generic tables lack."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsquiz.facts.article import ORGANISATION_WORDS, describes
from newsquiz.facts.text import tokenize
from newsquiz.facts.units import UNITS_OF_MEASURE
from newsquiz.facts.words import AFFILIATIONS
from newsquiz.facts.world import world
from newsquiz.library import bundled_dir
from newsquiz.pack import Kind, load_pack
from newsquiz.pack.model import answer_text

SRC = Path(__file__).resolve().parents[1] / "src" / "newsquiz"
GRADER_CODE = sorted([*(SRC / "grading").rglob("*.py"), *(SRC / "facts").glob("*.py")])
PACKS = [
    load_pack(folder)
    for folder in sorted(bundled_dir().iterdir())
    if (folder / "pack.yaml").is_file()
]


def _answers(kinds: set[Kind]) -> list[str]:
    return [
        answer_text(key)
        for pack in PACKS
        for q in pack.questions
        if q.kind in kinds
        for key in (q.answer, *q.accept, *q.choices)
    ]


# Words the articles also write in lower case are words, not names (`museum`, `times`).
LOWER_CASE = {
    w.lower()
    for pack in PACKS
    for paragraph in pack.article.paragraphs
    for w in re.findall(r"\b[a-z][a-z'’-]+", paragraph)
}


def _proper_words(texts: list[str]) -> set[str]:
    """The capitalised words of the texts that are names, not posts or small words."""
    found: set[str] = set()
    for text in texts:
        for word in re.findall(r"[A-Z][A-Za-z'’-]+", text):
            for token in tokenize(word):
                if len(token) >= 4 and not describes(token) and token not in LOWER_CASE:
                    found.add(token)
    return found


# The people the bundled packs ask about, and the other names their answers use (less the
# generic words a name may hold: a unit, a political side, a post).
PEOPLE = _proper_words(_answers({Kind.PERSON}))
NAMES = (
    _proper_words(_answers({Kind.TEXT, Kind.LIST, Kind.CHOICE}))
    - PEOPLE
    - AFFILIATIONS
    - {w for form in UNITS_OF_MEASURE for w in form}
)


def _code_words(path: Path) -> set[str]:
    text = path.read_text(encoding="utf-8")
    return {t for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", text) for t in tokenize(w)}


@pytest.mark.parametrize("path", GRADER_CODE, ids=lambda p: str(p.relative_to(SRC)))
def test_the_grader_names_no_person_of_any_bundled_article(path: Path) -> None:
    # A word of a generic table may also be someone's name (`Park`): the table is not a name.
    named = (_code_words(path) & PEOPLE) - ORGANISATION_WORDS
    assert not named, f"{path.name} names {sorted(named)}"


@pytest.mark.parametrize("path", GRADER_CODE, ids=lambda p: str(p.relative_to(SRC)))
def test_the_places_and_bodies_the_grader_names_are_in_the_generic_tables(path: Path) -> None:
    tables = world()
    generic = (
        tables.place_words
        | tables.organisation_words
        | {w for name in tables.place_by_name for w in name}
        | {w for name in tables.organisations for w in name}
        | ORGANISATION_WORDS
    )
    outside = (_code_words(path) & NAMES) - generic
    assert not outside, f"{path.name} names {sorted(outside)}"


def test_the_probes_know_the_names_they_look_for() -> None:
    assert {"milley", "putin", "changxing", "cornyn"} <= PEOPLE
    assert {"yuanhua", "intrepid"} <= NAMES
