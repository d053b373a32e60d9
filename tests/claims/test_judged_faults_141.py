"""Claims faults the blind judging of group 324 (141a) found, fixed in general; with an
invented article."""

from __future__ import annotations

from tests.claims.helpers import small_bank
from tests.conftest import WritePack

from newsquiz.claims.values import named_posts

RIVER = """\
Farmers dispute river release
Pavel Dorin, the water company's managing director, said 64 million cubic metres had reached the farms.
Irina Vasko, the agency's director in Tver province, said the flow had stopped short of the marsh.
Olga Brant, who represents Tver in parliament, said she would ask the minister to explain.
Tomas Leit, a farmer, said his canal had stayed dry. "We saw no water at all," Leit said.
"""

QUESTIONS = (
    "  - id: agency-director\n"
    "    question: Who is the agency's director in Tver province?\n"
    "    answer: Irina Vasko\n"
    "    kind: person\n"
    "    cite: Irina Vasko, the agency's director in Tver province\n"
    "    claim: The agency's director in Tver province is {answer}.\n"
)


def test_a_post_held_in_a_place_is_read_before_is() -> None:
    """`The DoE's director in Isfahan province is {answer}`: the post is `director`, as of
    `the director of` or `the director at`."""
    assert "director" in named_posts("The agency's director in Tver province is ", ".")
    assert "director" in named_posts("The agency's director of Tver province is ", ".")


def test_who_represents_a_place_holds_a_post() -> None:
    assert "representative" in named_posts(
        "", ", who represents Tver in parliament, said she would ask"
    )


def test_no_other_bodys_head_nor_a_member_of_parliament_for_a_director(
    write_pack: WritePack,
) -> None:
    """141a #14: `The DoE's director in Isfahan province is Hamid-Reza Tavakoli`, the water
    company's managing director, was judged a person of another role; so is the member of
    parliament. Only the farmer, whom the article gives no post, may stand there, or nobody."""
    (director,) = small_bank(write_pack, RIVER, QUESTIONS).by_question
    offered = {c.value for c in director.false_claims}
    assert offered <= {"Tomas Leit"}
    assert "Pavel Dorin" not in offered and "Olga Brant" not in offered
