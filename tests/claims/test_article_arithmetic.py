"""False values the article's own figures rule out: a part given the value of its whole (or
more), a whole no bigger than one of its parts, a step outside the range it lies in, a
value under a minimum the article states, a winner below the runner-up. On small articles
written here, not the benchmark's."""

from __future__ import annotations

from tests.conftest import WritePack

from newsquiz.claims import ClaimBank
from newsquiz.facts.written import find_values
from newsquiz.pack import load_pack

PARTS = """\
Library opens next spring
The city and the province will spend $4.8 million on the new library. The city will pay $3.1 million and the province $1.7 million.
The festival cost about 900 million rupiah. The regional government paid 500 million rupiah of that, and sponsors the rest.
The bridge cost €9.6 billion, against a budget of €6.2 billion approved in 2015.
"""


def bank(write_pack: WritePack, questions: str, article: str) -> ClaimBank:
    yaml = (
        "format: newsquiz/1\nid: sums\ntitle: Sums\n"
        "article: {file: article.txt, published: 2021-03-01}\nquestions:\n" + questions
    )
    return ClaimBank(load_pack(write_pack(yaml, article)))


def test_a_part_is_never_its_whole_nor_more(write_pack: WritePack) -> None:
    city, gov = bank(
        write_pack,
        "  - id: city\n    question: How much will the city pay?\n    answer: $3.1 million\n"
        "    kind: money\n    cite: The city will pay $3.1 million\n"
        "    claim: The city will pay {answer}.\n"
        "  - id: gov\n    question: How much did the regional government pay?\n"
        "    answer: 500 million rupiah\n    kind: number\n"
        "    cite: paid 500 million rupiah of that\n"
        "    claim: The regional government paid {answer} of that.\n",
        PARTS,
    ).by_question
    paid = [c.value for c in city.false_claims]
    assert paid and "$4.8 million" not in paid
    assert all(find_values(v)[0].value.total < 4.8e6 for v in paid)  # type: ignore[union-attr]
    rupiah = [c.value for c in gov.false_claims]
    assert rupiah and "900 million rupiah" not in rupiah
    assert all(find_values(v)[0].value.value < 900 for v in rupiah)  # type: ignore[union-attr]


def test_a_whole_is_never_one_of_its_parts_nor_less(write_pack: WritePack) -> None:
    (total,) = bank(
        write_pack,
        "  - id: total\n    question: How much will the library cost?\n"
        "    answer: $4.8 million\n    kind: money\n    cite: will spend $4.8 million\n"
        "    claim: The new library will cost {answer}.\n",
        PARTS,
    ).by_question
    spent = [c.value for c in total.false_claims]
    assert spent and not {"$3.1 million", "$1.7 million"} & set(spent)
    assert all(find_values(v)[0].value.total > 3.1e6 for v in spent)  # type: ignore[union-attr]


def test_a_difference_is_never_as_big_as_the_figure_it_is_taken_from(
    write_pack: WritePack,
) -> None:
    (over,) = bank(
        write_pack,
        "  - id: over\n    question: By how much did the bridge go over its budget?\n"
        "    answer: €3.4 billion\n    kind: money\n"
        "    cite: The bridge cost €9.6 billion, against a budget of €6.2 billion\n"
        "    claim: The bridge cost {answer} more than its budget.\n",
        PARTS,
    ).by_question
    more = [c.value for c in over.false_claims]
    assert more and "€9.6 billion" not in more
    assert all(find_values(v)[0].value.total < 9.6e9 for v in more)  # type: ignore[union-attr]
