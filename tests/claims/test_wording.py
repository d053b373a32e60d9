"""False claims read like the true one: short clauses, quotes paired, the article's own
words kept around a changed list item, no country named twice."""

from __future__ import annotations

from functools import cache

from tests.conftest import SEED_PACK

from newsquiz.claims import ClaimBank, QuestionClaims, lint
from newsquiz.pack import load_pack


@cache
def seed_bank() -> ClaimBank:
    return ClaimBank(load_pack(SEED_PACK))


def by_id(question_id: str) -> QuestionClaims:
    return next(qc for qc in seed_bank().by_question if qc.question.id == question_id)


def sentences(question_id: str) -> dict[str, str]:
    return {c.value: c.sentence for c in by_id(question_id).claims}


def test_clauses_that_add_other_facts_are_left_out() -> None:
    claims = by_id("call-length")
    assert claims.true_claim is not None
    assert (
        claims.true_claim.sentence
        == "The call lasted about an hour and was at the request of Austin."
    )
    aid = by_id("aid-package").true_claim
    assert aid is not None
    assert aid.sentence == "The United States is set to approve another $40 billion aid package."
    tested = by_id("line-tested").true_claim
    assert tested is not None
    assert (
        tested.sentence
        == "The Pentagon said the line had been successfully tested once or twice a day."
    )
    # The longest left is line 4 (Kirby, Milley, Gerasimov in one clause); it was 298 before.
    assert all(len(c.sentence) <= 250 for qc in seed_bank().by_question for c in qc.claims)


def test_a_changed_upper_end_moves_the_lower_end_with_it() -> None:
    assert sentences("line-tests-most")["3"].endswith("tested two or three times a day.")


def test_a_country_the_sentence_names_by_its_adjective_is_never_the_swap() -> None:
    values = {c.value for c in by_id("us-troops-border").false_claims}
    assert "Russia" not in values and "Ukraine" not in values  # "Russian strikes in Ukraine"
    assert "Slovakia" in values and "the Czech Republic" in values


def test_a_swapped_list_item_keeps_the_articles_words_around_it() -> None:
    said = sentences("russian-threats")
    assert (
        "ground forces and air defenses near Scandinavia and more naval forces"
        in said["ground forces, air defenses and naval forces"]
    )
    assert (
        "air defenses near Scandinavia and more nuclear forces"
        in said["ground forces, air defenses and nuclear forces"]
    )


def test_quotes_stay_paired_when_the_value_opens_one() -> None:
    for sentence in sentences("drastic-change").values():
        assert sentence.count("“") == sentence.count("”") == 1
        assert sentence.startswith("Finland’s Ambassador")
    assert any("a “very gradual change" in s for s in sentences("drastic-change").values())


def test_an_ambassador_is_posted_to_another_body_the_articles_first() -> None:
    claims = by_id("korhonen-post")
    assert claims.false_claims[0].value == "the European Union"
    assert (
        "Finland’s Ambassador to the European Union Klaus Korhonen"
        in claims.false_claims[0].sentence
    )


def test_the_seed_pack_warns_only_where_no_honest_false_claim_exists() -> None:
    warned = {p.question_id: p.message for p in lint(load_pack(SEED_PACK))}
    # joint-chiefs-chairman: the article's other Americans are a secretary of defense and a
    # press secretary; neither is made the chairman (a person of another role).
    assert set(warned) == {"reznikov-plan", "finland-ambassador", "joint-chiefs-chairman"}
    assert "nobody else of the same side" in warned["finland-ambassador"]
