"""Classes of misses held-out groups 237 and 238 showed, each with invented examples: a
given name that is also a city's typed before another person's surname, a bound written
after the figure (`two years minimum`, `14 hours at most`), a word before the counted noun
(`9 new platforms`), a one-word item typed as two (`sand stone`), a rate in time typed
for a share the article gives per something else, and a correction that says none where
the article denies nothing."""

from __future__ import annotations

import pytest
from tests.grading.helpers import cite, cited_question, graded_claim, make_question

from newsquiz.grading import Outcome, grade

C, X = Outcome.CORRECT, Outcome.INCORRECT

# `Florence` and `Adelaide` are cities' names as well as given names.
_PEOPLE = (
    "Florence Okafor, the trust's finance director, said the bill had doubled.",
    "The trust's chair, Dr Adelaide Brennan, said a decision was due in May.",
    "Okafor said the trust would appeal. Brennan declined to comment further.",
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Adelaide Brennan", C),
        ("Dr Adelaide Brennan", C),
        ("Brennan", C),
        ("Florence Brennan", X),  # the finance director's given name
        ("Dr Florence Brennan", X),
        ("Florence Okafor", X),
    ],
)
def test_another_persons_given_name_that_is_also_a_city_is_no_place(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "person",
        "Adelaide Brennan",
        question="Who chairs the trust?",
        citations=(cite("Dr Adelaide Brennan", _PEOPLE[1], 2),),
        article=_PEOPLE,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("three years minimum", C),
        ("3 years at least", C),
        ("a minimum of three years", C),
        ("three years maximum", X),
        ("three years at most", X),
        ("two years minimum", X),
    ],
)
def test_a_floor_written_after_the_figure(typed: str, expected: Outcome) -> None:
    paragraph = "The council will lease the field to the club for at least three years."
    question = cited_question(
        "duration",
        "at least three years",
        "For how long will the council lease the field to the club?",
        "for at least three years",
        paragraph,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("10 hours at most", C),
        ("no more than 10 hours", C),
        ("10 hours maximum", C),
        ("up to 10 hours", C),
        ("10 hours at least", X),
        ("10 hours minimum", X),
        ("12 hours at most", X),
    ],
)
def test_a_ceiling_in_other_words(typed: str, expected: Outcome) -> None:
    paragraph = "Crews have been working shifts of up to 10 hours since the storm."
    question = cited_question(
        "duration",
        "up to 10 hours",
        "How long are the crews' shifts?",
        "shifts of up to 10 hours",
        paragraph,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("6 new platforms", C),
        ("six platforms", C),
        ("6", C),
        ("8 new platforms", X),
        ("6 new trains", X),  # another thing counted
    ],
)
def test_a_word_before_the_counted_noun_is_no_other_noun(typed: str, expected: Outcome) -> None:
    paragraph = "The rebuilt station has 6 platforms, and 14 new trains will call there daily."
    question = make_question(
        "number",
        "6",
        question="How many platforms does the rebuilt station have?",
        accept=("six platforms",),
        citations=(cite("6 platforms", paragraph),),
        article=(paragraph,),
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("sand stone and granite", C),
        ("granite, sand-stone", C),
        ("sandstone and granite", C),
        ("sand and granite", X),
        ("lime stone and granite", X),
    ],
)
def test_an_item_typed_as_two_words(typed: str, expected: Outcome) -> None:
    paragraph = "The old quay wall was built of sandstone and granite in 1851."
    question = cited_question(
        "list",
        ("sandstone", "granite"),
        "What two kinds of stone is the quay wall built of?",
        "sandstone and granite",
        paragraph,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("15%", C),
        ("15 percent per tonne", C),
        ("15% a year", X),
        ("15 percent annually", X),
    ],
)
def test_a_rate_in_time_for_a_share_given_per_something_else(typed: str, expected: Outcome) -> None:
    paragraph = "The mill says it has cut its energy use per tonne by 15% since 2018."
    question = cited_question(
        "number",
        "15%",
        "By how much has the mill cut its energy use per tonne since 2018?",
        "cut its energy use per tonne by 15% since 2018",
        paragraph,
    )
    assert grade(question, typed).outcome is expected


@pytest.mark.parametrize(
    ("quote", "typed", "expected"),
    [
        ("The review upheld five of the eight complaints.", "false, only five", C),
        ("The review upheld five of the eight complaints.", "false, it upheld none", X),
        ("The review upheld five of the eight complaints.", "false, none of them", X),
        ("The club repaid most of the loan in March.", "false, it repaid nothing", X),
        ("Three of the climbers were treated for frostbite.", "false, nobody was hurt", X),
        # where the article denies something, none may be the fact
        ("The review upheld none of the eight complaints.", "false, it upheld none", C),
        ("No complaint was upheld, the review said.", "false, none were upheld", C),
        ("Nobody was hurt when the wall fell.", "false, nobody was hurt", C),
    ],
)
def test_none_where_the_article_denies_nothing(quote: str, typed: str, expected: Outcome) -> None:
    claim = "True or false: the review upheld all eight complaints."
    assert graded_claim(claim, quote, typed) is expected


_ROADS = (
    "She named them as the A4120 between Oxley and North Penby, Kiln Lane in South Penby, "
    "Cooper's Hill in Arnton town centre and the B5010 through Dunmere."
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("A4120, Kiln Lane, Cooper's Hill, B5010", C),
        ("A4120, Kiln Lane in South Penby, Cooper's Hill, B5010", C),
        ("A4120, Kiln Lane in North Penby, Cooper's Hill, B5010", X),
        ("Kiln Lane in North Penby, A4120, Cooper's Hill, B5010", X),
    ],
)
def test_a_list_item_put_in_the_other_of_two_places_named_alike(
    typed: str, expected: Outcome
) -> None:
    question = make_question(
        "list",
        ("A4120", "Kiln Lane", "Cooper's Hill", "B5010"),
        question="Which four roads did she name as the worst damaged?",
        accept=(
            "the A4120 between Oxley and North Penby, Kiln Lane in South Penby, Cooper's Hill "
            "in Arnton and the B5010 through Dunmere",
        ),
        citations=(cite(_ROADS[13:], _ROADS),),
        article=(_ROADS,),
    )
    assert grade(question, typed).outcome is expected
