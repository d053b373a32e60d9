"""The sex a given name is borne by, from a generic table (`data/given-names-sex.tsv`, with
its source): read only where an article's own words say nothing of a person's sex."""

from __future__ import annotations

from functools import cache

from newsquiz.facts.text import fold_text
from newsquiz.facts.world import cell_parts, table_rows


@cache
def _sex_by_name() -> dict[str, str]:
    return {name: sex for name, sex in table_rows("given-names-sex.tsv", 2)}


def given_name_sex(word: str) -> str | None:
    """`f` or `m` where nearly every bearer of this folded given name (`maeve`) is a woman or
    a man; None where bearers are of both (`jean`) or the table does not know it."""
    return _sex_by_name().get(word)


@cache
def _forms_by_name() -> dict[str, frozenset[int]]:
    forms: dict[str, set[int]] = {}
    for row, (line,) in enumerate(table_rows("given-name-forms.tsv", 1)):
        for name in cell_parts(line):
            forms.setdefault(fold_text(name), set()).add(row)
    return {name: frozenset(rows) for name, rows in forms.items()}


def same_given_name(typed: str, given: str) -> bool:
    """Whether two folded given names are forms of one (`bob`, `robert`; `mikael`,
    `michael`), by the generic table of given names' forms."""
    forms = _forms_by_name()
    return not forms.get(typed, frozenset()).isdisjoint(forms.get(given, frozenset()))
