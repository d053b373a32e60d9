"""A round moves a second true claim about one sentence to the same place however it looks
for that place: the first false place after it (then before it) whose sentence is unsaid."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from hypothesis import given, settings
from hypothesis import strategies as st

from newsquiz.claims.generate import QuestionClaims, _one_true_claim_per_sentence


@dataclass(frozen=True)
class _Claim:
    sentence: str


@dataclass(frozen=True)
class _Claims:
    name: int
    true_claim: _Claim | None


def _reference(chosen: list[_Claims], pattern: list[bool]) -> None:
    """The rule as first written: every place tried in turn for each repeat."""
    said: set[str] = set()
    for index, truth in enumerate(pattern):
        claim = chosen[index].true_claim
        if not truth or claim is None:
            continue
        if claim.sentence in said:
            order = (*range(index + 1, len(chosen)), *range(index))
            swap = next(
                (
                    j
                    for j in order
                    if not pattern[j]
                    and (other := chosen[j].true_claim) is not None
                    and other.sentence not in said
                    and other.sentence != claim.sentence
                ),
                None,
            )
            if swap is None:
                continue
            chosen[index], chosen[swap] = chosen[swap], chosen[index]
            claim = chosen[index].true_claim
            assert claim is not None
        said.add(claim.sentence)


_rounds = st.lists(
    st.tuples(st.one_of(st.none(), st.sampled_from("abcd")), st.booleans()), max_size=30
)


@settings(max_examples=1000)
@given(round_=_rounds)
def test_repeats_move_where_trying_every_place_in_turn_moves_them(
    round_: list[tuple[str | None, bool]],
) -> None:
    chosen = [_Claims(i, None if s is None else _Claim(s)) for i, (s, _) in enumerate(round_)]
    pattern = [truth for _, truth in round_]
    expected = list(chosen)
    _reference(expected, pattern)
    moved = list(chosen)
    _one_true_claim_per_sentence(cast(list[QuestionClaims], moved), pattern)
    assert [c.name for c in moved] == [c.name for c in expected]
