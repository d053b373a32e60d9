"""Quotes resolve to article lines, forgiving whitespace, case and curly quotes only."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsquiz.pack import citations
from newsquiz.pack.citations import CitationIndex, fold, fold_each

PARAGRAPHS = (
    "Austin speaks with Shoigu",
    "",
    "The call lasted about an hour and was at the request of Austin, which used the "
    "first call between the two in 84 days to urge Shoigu to implement a "
    "\u201ccease- immediate fire,\u201d according to a brief reading of the call.",
    "The two haven\u2019t spoken since Feb. 11, a week before the last call.",
    "Kirby said the Russians \u201cso far have refused to engage.\u201d",
)


@pytest.fixture
def index() -> CitationIndex:
    return CitationIndex(PARAGRAPHS)


def highlighted(index: CitationIndex, quote: str) -> tuple[int, str]:
    citation = index.find(quote)
    assert citation is not None, quote
    return citation.line, citation.text[citation.start : citation.end]


def test_an_exact_quote_resolves_to_its_line_and_span(index: CitationIndex) -> None:
    assert highlighted(index, "The call lasted about an hour") == (
        3,
        "The call lasted about an hour",
    )


@pytest.mark.parametrize(
    ("quote", "span"),
    [
        # straight quotes for curly ones, and the reverse
        ("haven't spoken since Feb. 11", "haven\u2019t spoken since Feb. 11"),
        ('refused to engage."', "refused to engage.\u201d"),
        ('a "cease- immediate fire,"', "a \u201ccease- immediate fire,\u201d"),
        # letter case
        ("THE CALL LASTED", "The call lasted"),
        # whitespace: runs, line breaks, tabs, and a space lost around a hyphen
        ("about  an\n hour", "about an hour"),
        ("\tthe request   of Austin ", "the request of Austin"),
        ("cease-immediate fire", "cease- immediate fire"),
    ],
)
def test_whitespace_case_and_curly_quotes_are_forgiven(
    index: CitationIndex, quote: str, span: str
) -> None:
    line, text = highlighted(index, quote)
    assert text == span
    assert line == PARAGRAPHS.index(next(p for p in PARAGRAPHS if span in p)) + 1


@pytest.mark.parametrize(
    "quote",
    [
        "The call lasted about two hours",  # a changed word
        "the call lasted about an hour, and was",  # an added comma
        "the request of Austin which used",  # a dropped comma
        "Feb 11",  # a dropped full stop
        "the first call between the two in 48 days",  # a changed number
        "urge Shoigu to implement a cease- immediate fire",  # dropped quotation marks
        "Austin speaks with Shoigu The call lasted",  # across two lines
        "",
        "   ",
    ],
)
def test_anything_else_is_not_found(index: CitationIndex, quote: str) -> None:
    assert index.find(quote) is None


def test_the_first_line_holding_the_quote_wins() -> None:
    index = CitationIndex(["nothing here", "the same words", "the same words again"])
    assert highlighted(index, "THE SAME WORDS") == (2, "the same words")


def test_a_quote_stands_on_whole_words_where_it_can() -> None:
    """`May 2` is not the start of `May 26`; a quote that only ever cuts a word still
    resolves (`40 metre` of `40 metres`)."""
    index = CitationIndex(
        [
            "On May 26, the council met (item 12).",
            "On May 2, the vote was held.",
            "It ran 40 metres.",
        ]
    )
    assert highlighted(index, "May 2") == (2, "May 2")
    assert highlighted(index, "May 26") == (1, "May 26")
    assert highlighted(index, "40 metre") == (3, "40 metre")


def test_a_quote_not_found_gets_a_hint_at_the_closest_stretch(index: CitationIndex) -> None:
    hint = index.closest("The call lasted about two hours")
    assert hint is not None
    assert hint.line == 3
    assert hint.excerpt.startswith("The call lasted about")
    assert hint.excerpt in PARAGRAPHS[2]


def test_no_hint_when_nothing_is_alike(index: CitationIndex) -> None:
    assert index.closest("zzzz qqqq xxxx") is None


def test_fold_maps_every_folded_character_back_to_the_original() -> None:
    text = "It\u2019s  \u201cDONE\u201d\n now"
    folded = fold(text)
    assert folded.text == 'it\'s"done"now'
    assert [text[i] for i in folded.origin] == list("It\u2019s\u201cDONE\u201dnow")


# -- property: any stretch of a paragraph, disguised, is found where it stands ----

_PARAGRAPH_TEXT = st.text(
    alphabet=st.sampled_from(
        [
            *"abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789 .,;-'\"",
            *"\u2018\u2019\u201c\u201d\u00e9\u0130",
        ]
    ),
    min_size=1,
    max_size=80,
)
_STRAIGHT = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def _disguise(text: str, upper: list[bool], spaces: list[str]) -> str:
    """Straighten quotes, flip case and vary whitespace between characters."""
    out: list[str] = []
    for i, char in enumerate(text.translate(_STRAIGHT)):
        if char.isspace():
            out.append(spaces[i % len(spaces)] or " ")
            continue
        out.append(char.upper() if upper[i % len(upper)] else char.lower())
        out.append(spaces[(i * 7) % len(spaces)] if i % 3 == 0 else "")
    return "".join(out)


@settings(max_examples=150, deadline=None)
@given(
    paragraphs=st.lists(_PARAGRAPH_TEXT, min_size=1, max_size=5),
    pick=st.data(),
    upper=st.lists(st.booleans(), min_size=1, max_size=8),
    spaces=st.lists(st.sampled_from(["", " ", "  ", "\t", "\n", "\u00a0"]), min_size=1),
)
def test_any_disguised_stretch_of_a_paragraph_is_found_at_the_right_line(
    paragraphs: list[str],
    pick: st.DataObject,
    upper: list[bool],
    spaces: list[str],
) -> None:
    number = pick.draw(st.integers(1, len(paragraphs)), label="line")
    paragraph = paragraphs[number - 1]
    start = pick.draw(st.integers(0, len(paragraph) - 1), label="start")
    end = pick.draw(st.integers(start + 1, len(paragraph)), label="end")
    stretch = paragraph[start:end]
    if not stretch.strip():
        return  # only whitespace: nothing to cite
    quote = _disguise(stretch, upper, spaces)

    citation = CitationIndex(paragraphs).find(quote)

    assert citation is not None
    # The same folded text may stand earlier in the article; it must be the first such place
    # on whole words, else the first on whole characters.
    needle = fold(stretch).text
    expected = _first_place_paragraph_by_paragraph(paragraphs, quote)
    assert expected is not None
    assert citation.line == expected[0]
    span = citation.text[citation.start : citation.end]
    assert fold(span).text == needle
    assert span == span.strip()  # the highlight never starts or ends on whitespace


@settings(max_examples=500)
@given(
    text=st.text(
        alphabet=st.one_of(
            st.characters(),
            st.sampled_from("ΣΟΔΟΣ İI \u2019\u201c\u201d\u00a0\t\n\x1c"),
        )
    )
)
def test_folding_a_whole_text_at_once_is_folding_it_a_character_at_a_time(text: str) -> None:
    assert fold(text) == fold_each(text)


def _first_place_paragraph_by_paragraph(
    paragraphs: list[str], quote: str
) -> tuple[int, str] | None:
    """Where a quote resolves, reading each paragraph in turn (the index must agree): the
    first place it stands on whole words, else the first on whole characters."""
    needle = fold(quote).text
    inside_a_word: tuple[int, str] | None = None
    for number, paragraph in enumerate(paragraphs, start=1):
        folded = fold(paragraph)
        at = folded.text.find(needle)
        while needle and at >= 0:
            if folded.whole_characters(at, at + len(needle)):
                start, end = folded.span(at, at + len(needle))
                if not (
                    (
                        paragraph[start : start + 1].isalnum()
                        and paragraph[start - 1 : start].isalnum()
                    )
                    or (paragraph[end - 1 : end].isalnum() and paragraph[end : end + 1].isalnum())
                ):
                    return number, paragraph[start:end]
                if inside_a_word is None:
                    inside_a_word = number, paragraph[start:end]
            at = folded.text.find(needle, at + 1)
    return inside_a_word


_REPEATING = st.lists(
    st.sampled_from(
        ["the fund ", "of item ", "41 ", "\u0130", "I", "\u201cdone\u201d ", "  ", "x"]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(
    paragraphs=st.lists(_REPEATING, min_size=1, max_size=6),
    pick=st.data(),
    indexed=st.booleans(),
)
def test_a_quote_resolves_where_reading_paragraph_by_paragraph_finds_it_first(
    paragraphs: list[str], pick: st.DataObject, indexed: bool
) -> None:
    """Short texts of few words, so a quote stands in several places; `indexed` looks long
    quotes up through the index of stretches, as in a long article."""
    source = pick.draw(st.sampled_from(paragraphs))
    start = pick.draw(st.integers(0, len(source)))
    quote = pick.draw(st.one_of(st.just(source[start:]), _REPEATING))
    with pytest.MonkeyPatch.context() as patch:
        if indexed:
            patch.setattr(citations, "_INDEXED_LENGTH", 0)
        citation = CitationIndex(paragraphs).find(quote)
    found = (
        None if citation is None else (citation.line, citation.text[citation.start : citation.end])
    )
    assert found == _first_place_paragraph_by_paragraph(paragraphs, quote)


def test_a_long_quote_in_a_long_article_resolves_to_its_own_line() -> None:
    paragraphs = [
        f"Item {n}: the fund of ${n} million is shared by {n * 7} workers." for n in range(3000)
    ]
    index = CitationIndex(paragraphs)
    assert index.find("the fund of $2999 million is shared by 20993 workers") is not None
    citation = index.find("Item 2500: the fund of $2500 million")
    assert citation is not None and citation.line == 2501
    assert index.find("the fund of $3001 million") is None


def test_the_hint_is_shown_in_whole_words() -> None:
    """A quote with a letter missing is one letter shorter than the article's words: the
    hint still ends on a whole word (`Thursday`, not `Thursda`)."""
    paragraph = "Rashid al-Balushi was discharged on Thursday; Yusuf remains in hospital."
    hint = CitationIndex([paragraph]).closest("Rashid al-Balushi was dischargd on Thursday")
    assert hint is not None
    assert hint.excerpt == "Rashid al-Balushi was discharged on Thursday"
