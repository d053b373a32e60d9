from __future__ import annotations

from tests.support.clock import FakeClock

from newsquiz.pack import Pack
from newsquiz.session import AnswerRecord, Session


def test_a_game_scores_answers_times_them_and_ends(seed_pack: Pack) -> None:
    clock = FakeClock()
    session = Session(seed_pack, seed_pack.questions[:2], clock=clock)
    heard: list[AnswerRecord] = []
    session.subscribe(heard.append)
    first, second = session.questions
    clock.now += 7
    record = session.submit(first.expected)
    assert record.verdict.correct and record.seconds == 7 and record.attempt == 1
    assert session.advance() is second
    clock.now += 3
    session.submit("something else entirely")
    assert session.advance() is None
    assert session.finished
    assert session.correct_count == 1 and session.score == 1.0
    assert session.elapsed == 10
    assert heard == session.records
    assert session.missed() == (second,)


def test_replaying_missed_questions_asks_only_those(seed_pack: Pack) -> None:
    session = Session(seed_pack, seed_pack.questions[:3], clock=FakeClock())
    for i, question in enumerate(session.questions):
        session.submit(question.expected if i != 1 else "no idea")
        session.advance()
    replay = session.replay_missed()
    assert replay.questions == (seed_pack.questions[1],)
    assert replay.current is seed_pack.questions[1]


def test_a_seed_fixes_the_order(seed_pack: Pack) -> None:
    one = Session(seed_pack, seed=7).questions
    assert one == Session(seed_pack, seed=7).questions
    assert sorted(q.id for q in one) == sorted(q.id for q in seed_pack.questions)
