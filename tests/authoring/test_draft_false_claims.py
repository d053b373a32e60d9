"""A false claim tests a fact worth testing and does not contradict its own sentence: it
never changes only a person's age (`Sven Aho, 34,`), nor one part of a sentence whose
total it then contradicts (`12 gold, seven silver and five bronze medals, 24 in all`); and
a blank on one part of such a sentence is given away by the total, so it ranks low."""

from __future__ import annotations

import re

from newsquiz.authoring.draft import Candidate, draft_candidates

_AGES = {
    "Sven Aho": "34",
    "Lina Berg": "27",
    "Oskar Dahl": "61",
    "Maja Ek": "19",
    "Jon Falk": "45",
    "Per Lind": "33",
    "Åsa Öberg": "52",
}
_ARTICLE = [
    "Lakeby club ends the season on top",
    "Goalkeeper Sven Aho, 34, saved two penalties in the final on May 3, 2024.",
    "Lina Berg, 27, scored 14 goals this season, a club record.",
    "The coach, Oskar Dahl, 61, signed a contract until 2027 worth $400,000 a year.",
    "Maja Ek, 19, ran 42 kilometres for charity in June 2024 and raised $8,000.",
    "Defender Jon Falk, 45, retired after 612 games over 20 years.",
    "The club won 12 gold, seven silver and five bronze medals, 24 in all.",
    "The cup final was won by the visitors, ahead of the hosts led by Per Lind, 33.",
    "Åsa Öberg, 52, an engineer of the club, laid 340 metres of new track.",
    "The stadium, which holds 18,000 people, was sold out for 9 home games.",
]


def _draft() -> list[Candidate]:
    return draft_candidates(_ARTICLE)


def test_no_claim_changes_an_age() -> None:
    claims = [c for c in _draft() if c.kind == "claim"]
    for claim in claims:
        for name, age in _AGES.items():
            if name in claim.question:
                assert re.search(rf"{name}, {age},", claim.question), claim.question


def test_no_claim_is_made_from_an_age() -> None:
    ages = {f"number {age}" for age in _AGES.values()}
    for candidate in _draft():
        assert " ".join(candidate.fact) not in ages, candidate.question


def test_no_false_claim_contradicts_the_total_of_its_sentence() -> None:
    for claim in (c for c in _draft() if c.kind == "claim" and c.answer == "false"):
        assert "in all" not in claim.question, claim.question


def test_a_blank_the_total_gives_away_ranks_low() -> None:
    drafted = _draft()
    parts = [c for c in drafted if c.kind != "claim" and "24 in all" in c.question]
    clean = [c for c in drafted if c.answer_text in ("May 3, 2024", "$400,000", "$8,000")]
    assert clean
    assert all(p.score < min(c.score for c in clean) - 0.5 for p in parts), [
        (p.question, p.score) for p in parts
    ]


def test_no_false_claim_turns_a_range_the_wrong_way_round() -> None:
    drafted = draft_candidates(
        [
            "Piers of Lakeby rebuilt",
            *(
                f"The pier on route {n} was rebuilt between {2000 + n} and {2002 + n} by "
                f"{n * 10} workers."
                for n in range(2, 14)
            ),
        ]
    )
    claims = [c for c in drafted if c.kind == "claim"]
    assert any(c.answer == "false" for c in claims)
    for claim in claims:
        years = re.search(r"between (\d+) and (\d+)", claim.question)
        assert years, claim.question
        assert int(years.group(1)) < int(years.group(2)), claim.question


def test_no_false_claim_is_true_by_its_own_bound() -> None:
    """`Eighteen of the passengers were under 18` where eighteen were under 12, `up to 60`
    where up to 40: a changed figure beside a bound the true one meets is true as well."""
    lakes = ["Sevan", "Ohrid", "Prespa", "Bled", "Balaton", "Garda", "Como", "Inari"]
    drafted = draft_candidates(
        [
            "Ferries inspected",
            *(
                f"On Lake {lake}, {n + 14} of the passengers were under 12, the court heard."
                for n, lake in enumerate(lakes)
            ),
            *(f"The {lake} boat may carry up to 40 people." for lake in lakes),
        ]
    )
    claims = [c.question for c in drafted if c.kind == "claim" and c.answer == "false"]
    assert claims
    for claim in claims:
        under = re.search(r"were under (\d+)", claim)
        up_to = re.search(r"up to (\d+)", claim)
        assert under is None or int(under.group(1)) <= 12, claim
        assert up_to is None or int(up_to.group(1)) <= 40, claim
