"""Claims faults the blind judging of group 293 (110a) found, fixed in general; with an
invented article."""

from __future__ import annotations

from tests.claims.helpers import small_bank
from tests.conftest import WritePack

from newsquiz.claims.perturb import related_words
from newsquiz.claims.values import named_posts

MUSEUM = """\
Carvings return to the valley
The handover was attended by a delegation of 16 people and by Hessen's state secretary for culture, Greta Voss.
"We waited a century," said the museum's director, Mere Tapsell.
Tapsell said the carvings would go on show in May.
"""


def test_a_choice_named_only_beside_another_post_is_not_put_in_the_asked_one(
    write_pack: WritePack,
) -> None:
    """110a #15: a choice the article names only after its post (`by Hessen's state secretary
    for culture, Greta Voss.`), never as one who speaks, is no director of the museum."""
    (director,) = small_bank(
        write_pack,
        MUSEUM,
        "  - id: director\n    question: Who is the director of the valley museum?\n"
        "    answer: Mere Tapsell\n"
        "    choices: [Mere Tapsell, Greta Voss, Ana Kora, Rua Hetet]\n"
        "    kind: choice\n    cite: the museum's director, Mere Tapsell\n"
        "    claim: The director of the valley museum is {answer}.\n",
    ).by_question
    values = [c.value for c in director.false_claims]
    assert values
    assert "Greta Voss" not in values, values


def test_a_post_set_off_before_a_name_with_its_portfolio_in_lower_case() -> None:
    assert named_posts("by Hessen's state secretary for culture, ", ".") == {"secretary"}
    assert named_posts("the minister for culture and sport, ", ", said") == {"minister"}
    assert named_posts("a friend of the family, ", ", said") == frozenset()


def test_a_places_level_is_upper_or_lower_never_higher() -> None:
    """110a #16 (borderline three times): `Higher Waituna` made from Lower Waituna, a name no
    place takes; a level in a capitalised name changes only to the other level."""
    assert related_words("Lower Kaiwaka") == ["Upper Kaiwaka"]
    assert related_words("prices were lower") == ["prices were higher"]
