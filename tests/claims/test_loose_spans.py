"""Finding an answer's words in a sentence without compiling a pattern per answer finds
exactly what the pattern finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsquiz.claims.sentences import _loose_pattern, loose_spans

# Few letters, so the words of an answer often stand in the text; every symbol the
# pattern treats specially; curly quotes and dashes (read without the pattern), and letters
# that take the pattern's path, some of which its case folding takes for ASCII (ſ, K, İ).
_CHARS = "aAbBsSkKiI1_ $%-,.€£é“”’—ſ\u212a\u0130\u0131"
_texts = st.text(alphabet=_CHARS, max_size=40)
_words = st.text(alphabet=_CHARS, max_size=12)


@settings(max_examples=2000)
@given(words=_words, text=_texts)
def test_loose_spans_finds_what_the_pattern_finds(words: str, text: str) -> None:
    assert loose_spans(words, text) == [m.span() for m in _loose_pattern(words).finditer(text)]


@settings(max_examples=2000)
@given(text=_texts, data=st.data())
def test_a_stretch_of_the_text_is_found_where_the_pattern_finds_it(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    words = data.draw(st.sampled_from([text[start:end], text[start:end].upper()]))
    assert loose_spans(words, text) == [m.span() for m in _loose_pattern(words).finditer(text)]


def test_an_amount_is_found_with_its_symbols_and_not_inside_another() -> None:
    text = "The fund of $41 million grew 5%; US$41 million, not $415 million or 41,000 people."
    assert [text[s:e] for s, e in loose_spans("$41 million", text)] == [
        "$41 million",
        "$41 million",
    ]
    assert [text[s:e] for s, e in loose_spans("5 %", text)] == ["5%"]
    assert [text[s:e] for s, e in loose_spans("41", text)] == ["41"]
