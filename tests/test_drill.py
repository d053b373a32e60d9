"""Drill rules and question timers, on a fake clock."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.support.clock import FakeClock

from newsquiz.drill import DrillSession, comeback_index, plan_drill
from newsquiz.pack import Pack
from newsquiz.session import TIME_UP, Session


def answer_all(drill: DrillSession, wrong: dict[str, int]) -> list[str]:
    """Play a drill to the end, missing question q `wrong[q]` times; the ids asked, in order."""
    asked: list[str] = []
    while not drill.finished:
        question = drill.current
        assert question is not None
        asked.append(question.id)
        misses_left = wrong.get(question.id, 0)
        if misses_left:
            wrong[question.id] = misses_left - 1
            drill.submit("certainly not this")
        else:
            drill.submit(question.expected)
        drill.advance()
    return asked


def test_a_missed_question_comes_back_later_until_answered_right(seed_pack: Pack) -> None:
    drill = DrillSession(seed_pack, count=3, seed=1, clock=FakeClock(100))
    first, second, third = drill.questions
    asked = answer_all(drill, {first.id: 2})
    # back after `gap` (2) other questions, or last when fewer are left
    assert asked == [first.id, second.id, third.id, first.id, first.id]
    assert drill.mastered == [second, third, first] and drill.retired == []
    assert drill.remaining_facts == 0
    assert drill.right_first_time == 2 and drill.score == 2.0


def test_after_the_last_try_a_question_is_retired(seed_pack: Pack) -> None:
    drill = DrillSession(seed_pack, seed=1, tries=2, clock=FakeClock(100))
    first = drill.current
    assert first is not None
    record = drill.submit("certainly not this")
    assert drill.comes_back(record) and not drill.retires(record)
    drill.advance()
    asked = answer_all(drill, {first.id: 5})
    assert asked.count(first.id) == 1  # the second (last) try, then never again
    last_try = next(r for r in drill.records if r.question is first and r.attempt == 2)
    assert drill.retires(last_try) and not drill.comes_back(last_try)
    assert drill.retired == [first] and drill.finished and drill.remaining_facts == 0
    assert first.citations  # what the screen shows when a question retires


def test_count_and_seed_give_every_student_the_same_drill(seed_pack: Pack) -> None:
    one = DrillSession(seed_pack, count=2, seed=42).questions
    assert len(one) == 2 and len(set(one)) == 2
    assert DrillSession(seed_pack, count=2, seed=42).questions == one
    orders = {DrillSession(seed_pack, seed=s).questions for s in range(30)}
    assert len(orders) > 1  # the seed matters


@given(
    st.lists(st.integers(), min_size=1, max_size=30, unique=True),
    st.integers(1, 30),
    st.integers(),
)
def test_a_plan_is_a_subset_without_repeats_fixed_by_its_seed(
    items: list[int], count: int, seed: int
) -> None:
    # Plain numbers for questions: plan_drill only shuffles and slices what it is given.
    plan = plan_drill(items, count, seed)  # type: ignore[arg-type]
    assert len(plan) == min(count, len(items)) and len(set(plan)) == len(plan)
    assert set(plan) <= set(items)
    assert plan == plan_drill(items, count, seed)  # type: ignore[arg-type]  # as above


def test_comeback_index_never_leaves_the_queue() -> None:
    assert comeback_index(10, 3, 2) == 6
    assert comeback_index(5, 3, 2) == 5
    assert comeback_index(1, 0, 0) == 1


def test_bad_drill_settings_are_refused(seed_pack: Pack) -> None:
    with pytest.raises(ValueError):
        DrillSession(seed_pack, count=0)
    with pytest.raises(ValueError):
        DrillSession(seed_pack, tries=0)
    with pytest.raises(ValueError):
        Session(seed_pack, time_limit=0)


def test_an_unanswered_question_counts_as_missed_when_time_is_up(seed_pack: Pack) -> None:
    clock = FakeClock(100)
    drill = DrillSession(seed_pack, seed=1, time_limit=20, clock=clock)
    timed = drill.current
    assert drill.remaining() == 20
    clock.now += 12.5
    assert drill.remaining() == 7.5 and drill.expire() is None and not drill.expired
    clock.now += 7.5
    assert drill.remaining() == 0 and drill.expired
    record = drill.expire()
    assert record is not None and record.timed_out and record.question is timed
    assert not record.verdict.correct and record.verdict.reason == TIME_UP
    assert record.seconds == 20 and record.typed == ""
    assert drill.expire() is None  # counted once
    assert drill.comes_back(record) and timed in drill.questions[1:]
    drill.advance()
    assert drill.remaining() == 20  # a fresh countdown for the next question


def test_an_answer_typed_after_the_time_is_up_is_missed(seed_pack: Pack) -> None:
    clock = FakeClock(100)
    session = Session(seed_pack, time_limit=10, clock=clock)
    question = session.current
    assert question is not None
    clock.now += 11
    late = session.submit(question.expected)
    assert late.timed_out and not late.verdict.correct and late.typed == question.expected


def test_the_countdown_stops_when_the_player_answers(seed_pack: Pack) -> None:
    clock = FakeClock(100)
    session = Session(seed_pack, time_limit=30, clock=clock)
    clock.now += 4
    question = session.current
    assert question is not None
    record = session.submit(question.expected)
    assert record.verdict.correct and not record.timed_out
    clock.now += 100
    assert session.remaining() == 26 and not session.expired and session.expire() is None


def test_without_a_limit_there_is_no_countdown(seed_pack: Pack) -> None:
    clock = FakeClock(100)
    session = Session(seed_pack, clock=clock)
    clock.now += 10_000
    assert session.remaining() is None and session.expire() is None


def test_a_lone_missed_question_can_be_asked_again_at_once(seed_pack: Pack) -> None:
    drill = DrillSession(seed_pack, count=1, seed=5, clock=FakeClock(100))
    only = drill.current
    drill.submit("certainly not this")
    assert drill.advance() is only and not drill.answered_current
    assert drill.submit(only.expected if only else "").verdict.correct
    assert drill.attempts(only) == 2 if only else False
