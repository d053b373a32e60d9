"""A question whose referent is in an earlier sentence ranks below every question that
stands alone: a pronoun inside the sentence (`they counted`, `his niece`, `it was
____`), an opening that points back (`Others`, `Another`, `Most`, `If …`, `The mayor`),
a post held by `the firm's` someone, and a name two people of the article share."""

from __future__ import annotations

from newsquiz.authoring.draft import Candidate, draft_candidates

_CLEAN = [
    "The Orvale bridge reopened on May 9, 2024 after repairs costing $4.2 million.",
    "Engineer Tomas Reyko said the deck was replaced in 11 weeks.",
    "The county council approved a further $600,000 for lighting on June 2, 2024.",
]


def _draft(*flawed: str) -> list[Candidate]:
    return draft_candidates(["Orvale bridge reopens", *_CLEAN, *flawed])


def _below_every_clean(drafted: list[Candidate], answer: str) -> None:
    clean = [i for i, c in enumerate(drafted) if c.line <= 1 + len(_CLEAN)]
    flawed = [i for i, c in enumerate(drafted) if c.answer_text == answer]
    assert clean
    for at in flawed:
        assert at > max(clean), [c.question for c in drafted]


def test_a_plural_pronoun_with_no_plural_before_it_ranks_low() -> None:
    drafted = _draft("Across the county they counted more than 3,400 crossings on the first day.")
    _below_every_clean(drafted, "3,400")


def test_a_persons_pronoun_with_no_name_before_it_ranks_low() -> None:
    drafted = _draft(
        "The savings will be shared by four towns, among them his home town of Bellmark, "
        "which gets $250,000."
    )
    _below_every_clean(drafted, "$250,000")


def test_an_it_after_two_opening_phrases_ranks_low() -> None:
    drafted = _draft(
        "Over the full 18 months, with the new deck, it carried 52,000 vehicles a day."
    )
    _below_every_clean(drafted, "52,000")


def test_a_plural_subject_is_no_referent_for_it() -> None:
    drafted = _draft("Historians had believed it was first built in 1887.")
    _below_every_clean(drafted, "1887")


def test_openings_that_point_back_rank_low() -> None:
    drafted = _draft(
        "Others crossed by ferry and paid $14 a trip.",
        "Another 230 drivers used the ring road.",
        "Most lasted less than nine minutes, Reyko said.",
        "If the tolls are approved, drivers would pay from March 3, 2025.",
        "The mayor said 5,800 households had signed the petition.",
    )
    for answer in ("$14", "230", "nine minutes", "March 3, 2025", "5,800"):
        _below_every_clean(drafted, answer)


def test_a_named_subject_and_a_plural_referent_still_stand_alone() -> None:
    drafted = _draft(
        "The inspectors said nearly 1,700 rivets had been replaced, most of them near the piers.",
        "Ilse Varga, 44, said her crew worked 16 days in a row.",
    )
    ranks = {c.answer_text: i for i, c in enumerate(drafted)}
    clean = [i for i, c in enumerate(drafted) if c.line <= 1 + len(_CLEAN)]
    assert ranks["1,700"] < max(clean)
    assert ranks["16 days"] < max(clean)


def test_a_post_of_the_firms_someone_ranks_low() -> None:
    drafted = _draft(
        "Brenna & Colt, the contractor, was paid on time.",
        "Marit Solberg, head of the firm's bridge division, said the work ended on May 1, 2024.",
    )
    posts = [i for i, c in enumerate(drafted) if c.question.startswith("Who is the head")]
    assert posts
    _below_every_clean(drafted, "Marit Solberg")


def test_a_name_two_people_share_written_alone_ranks_low() -> None:
    drafted = _draft(
        "Union leader Anna Kessel said the strike would end.",
        "Driver Jonas Kessel, no relation, lost $2,300 in wages.",
        "Kessel, who joined the union in 1998, signed the deal.",
    )
    _below_every_clean(drafted, "1998")
