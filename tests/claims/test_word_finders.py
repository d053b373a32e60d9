"""The finders of bodies, cities and related words read a text through one pattern (and skip
a text holding none of the names' first words): they find what reading it word by word finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsquiz.claims.values import (
    RELATED_WORDS,
    _bodies,
    _cities,
    find_city,
    find_organisation,
    find_related_word,
)


def related_word_one_by_one(text: str) -> tuple[int, int, tuple[str, ...]] | None:
    """The first word with kin, the longest where two start at one place: each word sought
    on its own, as the finder once did."""
    found = [
        (m, group)
        for group in RELATED_WORDS
        for word in group
        if (m := re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE))
    ]
    if not found:
        return None
    match, group = min(found, key=lambda pair: (pair[0].start(), -len(pair[0].group())))
    return match.start(), match.end(), group


_KIN = sorted({w for group in RELATED_WORDS for w in group})
_PIECES = [*_KIN, *(w.upper() for w in _KIN), "air", "forces", "-", " ", ", ", "x", "North-"]
_sentences = st.lists(st.sampled_from(_PIECES), max_size=8).map(" ".join)


@settings(max_examples=500)
@given(text=st.one_of(_sentences, st.lists(st.sampled_from(_PIECES), max_size=8).map("".join)))
def test_the_related_word_is_the_one_read_word_by_word(text: str) -> None:
    found = find_related_word(text)
    expected = related_word_one_by_one(text)
    assert (None if found is None else (found[0].start(), found[0].end(), found[1])) == expected


def test_hundreds_is_kin_of_the_first_group_that_lists_it() -> None:
    found = find_related_word("Hundreds of people")
    assert found is not None
    assert found[1] == ("dozens", "hundreds", "thousands")


_NAMES = ["NATO", "European Union", "United Nations", "Paris", "Lyon", "New York", "Union"]
_words = st.sampled_from([*_NAMES, "the", "of", "Nations-", "-Paris", "Yorkshire", "x", ","])


@given(text=st.lists(_words, max_size=6).map(" ".join))
def test_bodies_and_cities_are_found_as_their_whole_patterns_find_them(text: str) -> None:
    pattern, written, _ = _bodies()
    match = pattern.search(text)
    found = find_organisation(text)
    assert (None if found is None else (found[0].span(), found[1])) == (
        None if match is None else (match.span(), written[match.group(1)])
    )
    cities, group_of, _ = _cities()
    expected = next(
        (
            (m.span(), group_of[m.group(1)])
            for m in cities.finditer(text)
            if not re.search(r"[A-Z][\w'’.-]*\s+$", text[: m.start()])
        ),
        None,
    )
    city = find_city(text)
    assert (None if city is None else (city[0].span(), city[1])) == expected
