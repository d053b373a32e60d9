from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from tests.authoring.conftest import SEED_RAW_ARTICLE
from tests.conftest import SEED_PACK

from newsquiz.authoring.article_text import normalise_article


def test_raw_seed_article_normalises_to_the_bundled_article() -> None:
    raw = SEED_RAW_ARTICLE.read_text(encoding="utf-8")
    normalised = normalise_article(raw)
    assert normalised.text == (SEED_PACK / "article.txt").read_text(encoding="utf-8")
    assert normalised.dropped == ("Leave a Comment", "%d bloggers like this:")


def test_wrapped_lines_are_joined_and_paragraphs_kept() -> None:
    text = (
        "Headline here\n\nThe minister said the plan\nwould cost “a lot” of money.\n\n"
        "A second\nparagraph.\n\nShare this:\nTwitter\nFacebook\n\n12 bloggers like this:\n"
    )
    normalised = normalise_article(text)
    assert normalised.paragraphs == (
        "Headline here",
        "The minister said the plan would cost “a lot” of money.",
        "A second paragraph.",
    )
    assert normalised.dropped == ("Share this:", "Twitter", "Facebook", "12 bloggers like this:")


def test_one_paragraph_a_line_is_kept_but_hard_wraps_are_joined() -> None:
    text = (
        "Title of the story\nThe first paragraph of the story ends here.\n"
        "The second one is a little longer and\nwrapped in the middle of a sentence.\n"
    )
    assert normalise_article(text).paragraphs == (
        "Title of the story",
        "The first paragraph of the story ends here.",
        "The second one is a little longer and wrapped in the middle of a sentence.",
    )
    # A normalised article (one long paragraph a line) is left as it is.
    seed = (SEED_PACK / "article.txt").read_text(encoding="utf-8")
    assert normalise_article(seed).text == seed


def test_boilerplate_inside_the_story_is_kept() -> None:
    text = "Title\n\nLeave a Comment\n\nThe real last paragraph.\n"
    assert "Leave a Comment" in normalise_article(text).paragraphs


@given(st.lists(st.text(alphabet="abc “”’ ", min_size=1, max_size=60), max_size=8))
def test_normalising_twice_changes_nothing(parts: list[str]) -> None:
    once = normalise_article("\n\n".join(p + "." for p in parts))
    assert normalise_article(once.text).paragraphs == once.paragraphs
