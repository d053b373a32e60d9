"""Wrong answers clustered with the grader (newsquiz.answer_clusters), on a bundled pack."""

from __future__ import annotations

import pytest

from newsquiz.answer_clusters import AnswerCluster, AnswerClusterer, Signature
from newsquiz.library import bundled_dir
from newsquiz.pack import Pack
from newsquiz.pack.cache import load_pack_cached


@pytest.fixture(scope="module")
def austin() -> Pack:
    return load_pack_cached(bundled_dir() / "austin-shoigu-call")


def test_a_number_with_or_without_its_unit_is_one_answer(austin: Pack) -> None:
    # How many days since the two last spoke? (84)
    clusters = AnswerClusterer().cluster(
        austin.question("days-since-last-call"),
        {"48": 3, "48 days": 2, "forty-eight": 1, "60": 2, "sixty days": 1, "": 2},
    )
    assert clusters == [
        AnswerCluster("48", 6, 3),
        AnswerCluster("60", 3, 2),
        AnswerCluster("", 2, 1),  # no answer (time ran out) is never merged with another
    ]


def test_typos_of_one_name_are_one_answer_and_other_names_stay_apart(austin: Pack) -> None:
    # Who requested the call? (Lloyd Austin)
    clusters = AnswerClusterer().cluster(
        austin.question("who-requested"),
        {"Shoigu": 3, "Sergei Shoigu": 2, "Shoygu": 1, "shoigu!": 1, "Putin": 2, "Puttin": 1},
    )
    assert clusters == [AnswerCluster("Shoigu", 7, 4), AnswerCluster("Putin", 3, 2)]


def test_a_duration_said_two_ways_is_one_answer(austin: Pack) -> None:
    # How long did the call last? (about an hour)
    clusters = AnswerClusterer().cluster(
        austin.question("call-length"),
        {"two hours": 3, "2 hours": 2, "2h": 1, "30 minutes": 1, "half an hour": 2},
    )
    assert clusters == [AnswerCluster("two hours", 6, 3), AnswerCluster("half an hour", 3, 2)]


def test_choice_answers_are_shown_as_the_choice_they_pick(austin: Pack) -> None:
    # Who will call next? a) Lloyd Austin b) Mark Milley (right) c) John Kirby d) Vladimir Putin
    clusters = AnswerClusterer().cluster(
        austin.question("who-calls-next"),
        {"a": 3, "Lloyd Austin": 2, "Austin": 1, "c)": 1, "Kirby": 2, "e": 1},
    )
    assert clusters == [
        AnswerCluster("a) Lloyd Austin", 6, 3),
        AnswerCluster("c) John Kirby", 3, 2),
        AnswerCluster("e", 1, 1),  # no such choice: shown as typed
    ]


def test_without_the_question_answers_are_grouped_by_their_text_only() -> None:
    clusters = AnswerClusterer().cluster(None, {"48": 3, "48 days": 2, "The 48.": 1, "a": 1})
    assert clusters == [
        AnswerCluster("48", 4, 2),
        AnswerCluster("48 days", 2, 1),
        AnswerCluster("a", 1, 1),  # all article, yet an answer (choice a), not a blank
    ]


def test_answers_that_share_no_word_value_or_near_word_never_reach_the_grader() -> None:
    assert Signature.of("48").could_match(Signature.of("48 days"))
    assert Signature.of("forty-eight").could_match(Signature.of("48"))
    assert Signature.of("Shoygu").could_match(Signature.of("Sergei Shoigu"))
    assert Signature.of("?").could_match(Signature.of("Putin"))  # nothing to go on
    assert not Signature.of("Putin").could_match(Signature.of("Shoigu"))
    assert not Signature.of("48").could_match(Signature.of("60"))
    assert not Signature.of("March 1").could_match(Signature.of("March 24"))  # both dates
    assert [Signature.of(t).letter for t in ("a", "(b)", "option c", "Austin")] == [
        True, True, True, False
    ]  # fmt: skip


def test_rare_answers_join_the_most_typed_but_are_not_compared_with_each_other(
    austin: Pack,
) -> None:
    asked = austin.question("who-requested")
    typed = {"Shoigu": 5, "Shoygu": 1, "Putin": 2, "Puttin": 1}
    assert AnswerClusterer().cluster(asked, typed, keys=1) == [
        AnswerCluster("Shoigu", 6, 2),  # the one key: its typo joins it
        AnswerCluster("Putin", 2, 1),  # not a key: the rarer typo is not compared with it
        AnswerCluster("Puttin", 1, 1),
    ]
    assert AnswerClusterer().cluster(asked, typed) == [
        AnswerCluster("Shoigu", 6, 2),
        AnswerCluster("Putin", 3, 2),
    ]


def test_each_key_is_compiled_once_for_many_questions(austin: Pack) -> None:
    clusterer = AnswerClusterer()
    asked = austin.question("who-requested")
    first = clusterer.cluster(asked, {"Shoigu": 2, "Shoygu": 1})
    again = clusterer.cluster(asked, {"Shoigu": 2, "Shoygu": 1})
    assert first == again == [AnswerCluster("Shoigu", 3, 2)]
    assert clusterer.compiled == 1
