"""The answers table as the review log: a player's schedule rebuilt from it, on every backend."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from tests.store.store_helpers import T0, Backend, answer

from newsquiz.pack import Pack, Question, load_pack
from newsquiz.review import Schedule, due_counts, due_questions, schedule_of
from newsquiz.store import MODE_FACTCHECK, Store, VerdictChange

TINY = Path(__file__).parents[1] / "tui" / "packs" / "tiny"
PACK_ID = "tiny-lighthouse"  # questions vote, cost, material, mayor, solar


@pytest.fixture(scope="module")
def tiny() -> Pack:
    return load_pack(TINY)


def ids(questions: tuple[Question, ...]) -> list[str]:
    return [question.id for question in questions]


def test_due_and_new_facts_come_from_the_players_own_answers(store: Store, tiny: Pack) -> None:
    store.record_answers(
        [
            answer("ana", "vote", pack_id=PACK_ID, minutes=0),
            answer("ana", "cost", verdict="incorrect", pack_id=PACK_ID, minutes=1),
            answer("ana", "vote", pack_id="another-pack", minutes=2),
            # Bob's answers are his own: none of them is due or met for Ana.
            answer("bob", "material", verdict="incorrect", pack_id=PACK_ID, minutes=3),
            answer("bob", "mayor", pack_id=PACK_ID, minutes=4),
        ]
    )
    an_hour_on = T0 + timedelta(hours=1)
    assert ids(due_questions(store, "ana", tiny, an_hour_on)) == ["cost"]
    (standing,) = due_counts(store, "ana", [tiny], an_hour_on)
    assert (standing.due, standing.new, standing.scheduled) == (1, 3, 1)
    assert standing.next_due is not None and standing.next_due - T0 >= timedelta(days=1)
    three_days_on = T0 + timedelta(days=3)
    assert ids(due_questions(store, "ana", tiny, three_days_on)) == [
        "cost",
        "vote",
    ]  # most overdue first
    assert ids(due_questions(store, "bob", tiny, an_hour_on)) == ["material"]
    assert ids(due_questions(store, "cy", tiny, three_days_on)) == []


def test_a_fact_check_call_counts_for_the_question_its_claim_was_made_from(
    store: Store, tiny: Pack
) -> None:
    store.record_answer(
        replace(
            answer("ana", "mayor", typed="true", verdict="incorrect", pack_id=PACK_ID),
            mode=MODE_FACTCHECK,
        )
    )
    (standing,) = due_counts(store, "ana", [tiny], T0 + timedelta(hours=1))
    assert (standing.due, standing.new) == (1, len(tiny.questions) - 1)


def test_a_regrade_moves_the_fact_as_if_it_had_been_right(store: Store, tiny: Pack) -> None:
    wrong = store.record_answer(answer("ana", "vote", verdict="incorrect", pack_id=PACK_ID))
    an_hour_on = T0 + timedelta(hours=1)
    assert ids(due_questions(store, "ana", tiny, an_hour_on)) == ["vote"]
    store.apply_regrade([VerdictChange(wrong, "correct", 1.0, None)], pack_digest="digest-2")
    assert ids(due_questions(store, "ana", tiny, an_hour_on)) == []


def test_the_schedule_read_back_after_reopening_equals_the_one_kept_live(
    backend: Backend, tiny: Pack
) -> None:
    live = Schedule()
    with backend.open() as first:
        for days, (question_id, verdict) in enumerate(
            [("vote", "incorrect"), ("vote", "correct"), ("cost", "partial"), ("mayor", "correct")]
        ):
            sent = answer("ana", question_id, verdict=verdict, pack_id=PACK_ID)
            sent = replace(sent, answered_at=T0 + timedelta(days=days))
            first.record_answer(sent)
            (kept,) = [a for a in first.answers() if a.answered_at == sent.answered_at]
            live.record(kept)
    with backend.open() as again:
        rebuilt = schedule_of(again, "ana")
    for question in tiny.questions:
        assert rebuilt.card(PACK_ID, question.id) == live.card(PACK_ID, question.id)
