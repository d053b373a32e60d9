"""Plain words (ASCII letters and single spaces) are tokenised by a short cut: the tokens
must be the tokeniser's own, and text just short of plain must still go through it."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from newsquiz.facts.text import fold, tokenize, tokens

plain_words = st.lists(
    st.text(alphabet=string.ascii_letters, min_size=1, max_size=12), min_size=1, max_size=6
).map(" ".join)


@given(plain_words)
def test_plain_words_are_the_tokenisers_tokens(text: str) -> None:
    assert tokenize(text) == tokens(fold(text))


@given(st.text(alphabet=string.ascii_letters + " '’-.,$0é\t", max_size=30))
def test_text_near_plain_words_is_tokenised_alike(text: str) -> None:
    assert tokenize(text) == tokens(fold(text))


def test_examples() -> None:
    assert tokenize("New York City") == ["new", "york", "city"]
    assert tokenize("Côte d'Ivoire") == tokens(fold("Côte d'Ivoire"))
    assert tokenize("U.S. Navy") == tokens(fold("U.S. Navy"))
