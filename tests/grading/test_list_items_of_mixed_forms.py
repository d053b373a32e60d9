"""A list answer may write each item as any accepted form of the answer writes it, mixing
them (`Kenya, the WFP and the International Red Cross`), but never names an item twice in
two of its forms, nor takes an item that is a form of none of the key's."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.grading.helpers import cited_question

from newsquiz.grading import Outcome, grade
from newsquiz.grading.kinds.mixed_items import item_slots

C, P, X = Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT

PARAGRAPH = "The World Food Programme, Kenya and the International Red Cross paid for the clinic."


def _funders(typed: str) -> Outcome:
    question = cited_question(
        "list",
        "World Food Programme, Kenya, Red Cross",
        "Which three paid for the clinic?",
        PARAGRAPH,
        PARAGRAPH,
        accept=(
            "WFP, Kenya, Red Cross",
            "World Food Programme, Kenya, International Red Cross",
        ),
    )
    return grade(question, typed).outcome


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Kenya, the WFP and the International Red Cross", C),
        ("the International Red Cross, Kenya and WFP", C),
        ("WFP, Kenya, Red Cross", C),  # one accepted form, as before
        ("the WFP and Kenya", P),
        ("the WFP, Kenya and the Red Crescent", X),
        ("Kenya, the WFP but not the International Red Cross", X),
    ],
)
def test_items_written_as_different_accepted_forms_write_them(
    typed: str, expected: Outcome
) -> None:
    assert _funders(typed) is expected


@pytest.mark.parametrize(
    "typed",
    [
        "the WFP, the World Food Programme and Kenya",
        "Kenya, the Red Cross, International Red Cross",
    ],
)
def test_an_item_named_twice_in_two_of_its_forms_is_not_every_item(typed: str) -> None:
    assert _funders(typed) is not C


BANKS = "The European Union, the African Union and the World Bank lent the money."


def _lenders(typed: str) -> Outcome:
    question = cited_question(
        "list",
        "European Union, African Union, World Bank",
        "Who lent the money?",
        BANKS,
        BANKS,
        accept=("WB, AU, EU",),  # another order
    )
    return grade(question, typed).outcome


@pytest.mark.parametrize(
    "typed",
    ["the EU, the African Union and the WB", "World Bank, AU and European Union"],
)
def test_an_accepted_form_in_another_order_lends_each_item_its_own_way(typed: str) -> None:
    assert _lenders(typed) is C


@pytest.mark.parametrize(
    "typed", ["the EU, the European Union and the WB", "the AU, the EU and the AU"]
)
def test_an_item_twice_in_a_form_written_in_another_order_is_not_every_item(typed: str) -> None:
    assert _lenders(typed) is not C


def test_forms_are_paired_by_shared_words_and_initials_not_by_their_order() -> None:
    slots = item_slots("European Union, African Union", ("AU, EU",))
    assert slots == (("European Union", "EU"), ("African Union", "AU"))


def test_an_accepted_item_that_writes_no_key_item_lends_nothing() -> None:
    # `CSD` shares no word and no initials with any item: it pairs with none.
    assert item_slots("National Sports Council, town council", ("CSD, council",)) == (
        ("National Sports Council",),
        ("town council", "council"),
    )


def test_no_slots_where_no_form_has_as_many_items() -> None:
    assert item_slots("Kenya, Uganda", ("Kenya, Uganda and Tanzania", "Kenya")) is None


_ITEMS = st.lists(
    st.sampled_from(["alpha port", "beta dam", "gamma bridge", "delta road", "echo pier"]),
    min_size=2,
    max_size=4,
    unique=True,
)


@given(_ITEMS, st.randoms(use_true_random=False))
def test_every_slot_holds_forms_of_its_own_key_item_only(items: list[str], rng) -> None:  # type: ignore[no-untyped-def]
    shuffled = items[:]
    rng.shuffle(shuffled)
    short = [f"the {item.split()[0]}" for item in shuffled]  # `the alpha` for `alpha port`
    slots = item_slots(", ".join(items), (", ".join(short),))
    assert slots is not None
    for item, slot in zip(items, slots, strict=True):
        assert slot == (item, f"the {item.split()[0]}")
