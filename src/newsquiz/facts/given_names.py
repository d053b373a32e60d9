"""The sex a given name is borne by, from a generic table (`data/given-names-sex.tsv`, with
its source): read only where an article's own words say nothing of a person's sex."""

from __future__ import annotations

from functools import cache
from importlib import resources

from newsquiz.facts.text import fold_text


@cache
def _sex_by_name() -> dict[str, str]:
    text = (
        resources.files("newsquiz.facts")
        .joinpath("data", "given-names-sex.tsv")
        .read_text(encoding="utf-8")
    )
    pairs = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {name: sex for name, sex in pairs}


def given_name_sex(word: str) -> str | None:
    """`f` or `m` where nearly every bearer of this folded given name (`maeve`) is a woman or
    a man; None where bearers are of both (`jean`) or the table does not know it."""
    return _sex_by_name().get(word)


@cache
def _forms_by_name() -> dict[str, frozenset[int]]:
    text = (
        resources.files("newsquiz.facts")
        .joinpath("data", "given-name-forms.tsv")
        .read_text(encoding="utf-8")
    )
    forms: dict[str, set[int]] = {}
    lines = (line for line in text.splitlines() if line and not line.startswith("#"))
    for row, line in enumerate(lines):
        for name in line.split(";"):
            forms.setdefault(fold_text(name.strip()), set()).add(row)
    return {name: frozenset(rows) for name, rows in forms.items()}


def same_given_name(typed: str, given: str) -> bool:
    """Whether two folded given names are forms of one (`bob`, `robert`; `mikael`,
    `michael`), by the generic table of given names' forms."""
    forms = _forms_by_name()
    return not forms.get(typed, frozenset()).isdisjoint(forms.get(given, frozenset()))
