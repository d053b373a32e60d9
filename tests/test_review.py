"""Spaced review: when each fact comes back, rebuilt from the answers, on a clock set by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from itertools import pairwise
from pathlib import Path

import pytest
from fsrs import Rating
from hypothesis import given, settings
from hypothesis import strategies as st

from newsquiz.pack import Pack, load_pack
from newsquiz.review import Schedule, nothing_due, rating_of, when
from newsquiz.store import MODE_FACTCHECK, MODE_QUESTION, StoredAnswer

TINY = Path(__file__).parent / "tui" / "packs" / "tiny"  # questions vote, cost, material, ...
T0 = datetime(2024, 5, 13, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def tiny() -> Pack:
    return load_pack(TINY)


def stored(
    question_id: str = "vote",
    verdict: str = "correct",
    at: datetime = T0,
    *,
    typed: str = "7 to 2",
    reason: str | None = None,
    mode: str = MODE_QUESTION,
    pack_id: str = "tiny-lighthouse",
    answer_id: int = 0,
) -> StoredAnswer:
    return StoredAnswer(
        run_id="run",
        player="ana",
        group="",
        pack_id=pack_id,
        pack_digest="d",
        question_id=question_id,
        answer=typed,
        verdict=verdict,
        score=1.0 if verdict == "correct" else 0.0,
        reason=reason,
        seconds=3.0,
        attempt=1,
        answered_at=at,
        mode=mode,
        id=answer_id,
    )


def due_after(schedule: Schedule, answer: StoredAnswer) -> timedelta:
    """How long after this answer its fact is due again."""
    card = schedule.record(answer)
    return card.due - answer.answered_at


def test_a_fact_right_once_comes_back_days_later_not_at_once(tiny: Pack) -> None:
    schedule = Schedule()
    schedule.record(stored("vote", at=T0))
    assert schedule.due(tiny, T0 + timedelta(hours=1)) == ()
    assert schedule.due(tiny, T0 + timedelta(days=1)) == ()
    (back,) = schedule.due(tiny, T0 + timedelta(days=2))
    assert back.id == "vote"


def test_each_right_answer_spaces_the_next_review_further_out() -> None:
    schedule = Schedule()
    at, gaps = T0, []
    for _ in range(6):
        gap = due_after(schedule, stored(at=at))
        gaps.append(gap)
        at += gap  # answered right the moment it is due
    assert all(later > earlier for earlier, later in pairwise(gaps))
    assert gaps[0] >= timedelta(days=1) and gaps[-1] > timedelta(days=100)


def test_a_missed_fact_comes_back_soon_new_or_learned(tiny: Pack) -> None:
    schedule = Schedule()
    assert due_after(schedule, stored(verdict="incorrect", typed="3 to 6")) <= timedelta(hours=1)
    # Learned over two weeks, then missed: back within the hour again.
    at = T0 + timedelta(minutes=10)
    for _ in range(3):
        at += due_after(schedule, stored(at=at))
    assert due_after(schedule, stored(verdict="incorrect", at=at)) <= timedelta(hours=1)
    (back,) = schedule.due(tiny, at + timedelta(hours=1))
    assert back.id == "vote"


def test_close_enough_and_partly_right_come_back_sooner_than_right() -> None:
    def first_gap(answer: StoredAnswer) -> timedelta:
        return due_after(Schedule(), answer)

    right = first_gap(stored())
    assert first_gap(stored(reason="close: 7 to 2")) < right
    assert first_gap(stored(verdict="partial")) < right
    assert first_gap(stored(verdict="incorrect")) < first_gap(stored(verdict="partial"))


def test_how_each_verdict_and_call_rates_the_recall() -> None:
    assert rating_of(stored()) is Rating.Good
    assert rating_of(stored(reason="the article's own words")) is Rating.Good
    assert rating_of(stored(reason="close")) is Rating.Hard  # a list nearly right
    assert rating_of(stored(reason="close: Ines Carvalho")) is Rating.Hard
    assert rating_of(stored(verdict="partial")) is Rating.Hard
    assert rating_of(stored(verdict="incorrect", reason="time ran out")) is Rating.Again
    # Fact-check calls: recognising is weaker than recalling, a wrong call is a miss.
    call = MODE_FACTCHECK
    assert rating_of(stored(mode=call, typed="true")) is Rating.Hard
    assert rating_of(stored(mode=call, typed="false, 7 to 2")) is Rating.Good
    assert rating_of(stored(mode=call, typed="false", verdict="partial")) is Rating.Hard
    assert rating_of(stored(mode=call, typed="true", verdict="incorrect")) is Rating.Again


def test_due_facts_come_most_overdue_first_and_the_rest_are_new_or_later(tiny: Pack) -> None:
    schedule = Schedule()
    schedule.record(stored("cost", at=T0))  # due on day 2
    schedule.record(stored("vote", at=T0 + timedelta(hours=1)))  # due on day 2, an hour later
    schedule.record(stored("material", at=T0 + timedelta(days=3)))  # due on day 5
    schedule.record(stored("mayor", "incorrect", at=T0 + timedelta(days=3)))  # day 3, +10 min
    now = T0 + timedelta(days=4)
    assert [q.id for q in schedule.due(tiny, now)] == ["cost", "vote", "mayor"]
    standing = schedule.standing(tiny, now)
    assert (standing.due, standing.new, standing.scheduled) == (3, 1, 1)  # solar never answered
    assert standing.next_due == schedule.due_at("tiny-lighthouse", "material")
    assert standing.title == "A lighthouse comes back"


def test_answers_to_other_packs_or_to_questions_gone_are_left_out(tiny: Pack) -> None:
    schedule = Schedule.replay([stored("vote", pack_id="another-pack"), stored("removed-question")])
    later = T0 + timedelta(days=30)
    assert schedule.due(tiny, later) == ()
    assert schedule.standing(tiny, later).new == len(tiny.questions)


def test_a_replay_takes_the_answers_in_the_order_they_were_given() -> None:
    answers = [
        stored(verdict="incorrect", at=T0, answer_id=1),
        stored(at=T0 + timedelta(minutes=10), answer_id=2),
        stored(at=T0 + timedelta(days=1), answer_id=3),
    ]
    in_order = Schedule.replay(answers).card("tiny-lighthouse", "vote")
    shuffled = Schedule.replay([answers[2], answers[0], answers[1]]).card("tiny-lighthouse", "vote")
    assert in_order == shuffled


def test_any_clock_zone_gives_the_same_schedule() -> None:
    paris = timezone(timedelta(hours=2))
    here = Schedule.replay([stored(at=T0.astimezone(paris))]).card("tiny-lighthouse", "vote")
    there = Schedule.replay([stored(at=T0)]).card("tiny-lighthouse", "vote")
    assert here == there


VERDICTS = st.sampled_from(["correct", "partial", "incorrect"])
STEPS = st.lists(
    st.tuples(
        st.sampled_from(["vote", "cost", "mayor"]),
        VERDICTS,
        st.integers(min_value=0, max_value=60 * 24 * 20),  # minutes since the last answer
    ),
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(STEPS)
def test_a_schedule_rebuilt_from_the_log_equals_the_one_kept_answer_by_answer(
    steps: list[tuple[str, str, int]],
) -> None:
    live, log, at = Schedule(), [], T0
    for number, (question_id, verdict, minutes) in enumerate(steps):
        at += timedelta(minutes=minutes)
        answer = stored(question_id, verdict, at, answer_id=number)
        live.record(answer)
        log.append(answer)
    rebuilt = Schedule.replay(log)
    for question_id in ("vote", "cost", "mayor"):
        assert rebuilt.card("tiny-lighthouse", question_id) == live.card(
            "tiny-lighthouse", question_id
        )


def test_when_a_fact_is_due_reads_as_a_player_would_say_it() -> None:
    def said(later: timedelta) -> str:
        return when(T0 + later, T0, UTC)  # T0 is a Monday, 09:00

    assert said(timedelta(0)) == "now" and said(-timedelta(days=1)) == "now"
    assert said(timedelta(seconds=20)) == "in 1 minute"
    assert said(timedelta(minutes=10)) == "in 10 minutes"
    assert said(timedelta(hours=8, minutes=30)) == "today at 17:30"
    assert said(timedelta(days=1, minutes=10)) == "tomorrow at 09:10"
    assert said(timedelta(days=4)) == "on Friday at 09:00"
    assert said(timedelta(days=11)) == "on 24 May at 09:00"
    assert said(timedelta(days=365)) == "on 13 May 2025 at 09:00"


def test_with_nothing_due_the_player_is_told_when_or_to_play_first(tiny: Pack) -> None:
    never = Schedule().standing(tiny, T0)
    assert "play it first" in nothing_due(never, T0, UTC)
    schedule = Schedule()
    schedule.record(stored("vote", at=T0))
    later = schedule.standing(tiny, T0 + timedelta(hours=1))
    assert nothing_due(later, T0 + timedelta(hours=1), UTC) == (
        "Nothing to review now: the next fact is due on Wednesday at 09:00."
    )
