"""Scoring a fact-check round: the call, then the corrected value."""

from __future__ import annotations

import pytest
from tests.support.clock import FakeClock

from newsquiz.claims import Claim, ClaimBank, FactCheckRecord, FactCheckSession, Phase
from newsquiz.pack import Pack


def claims_of(pack: Pack, question_id: str) -> tuple[Claim, Claim]:
    qc = next(q for q in ClaimBank(pack).by_question if q.question.id == question_id)
    assert qc.true_claim is not None
    return qc.true_claim, qc.false_claims[0]


def phase(session: FactCheckSession) -> Phase:
    """The phase read anew (mypy would keep an earlier assert's narrowing of `session.phase`)."""
    return session.phase


def test_full_marks_for_a_right_call_and_the_right_value(seed_pack: Pack) -> None:
    true_claim, false_claim = claims_of(seed_pack, "days-since-last-call")
    clock = FakeClock(500)
    session = FactCheckSession(seed_pack, [false_claim, true_claim], clock=clock)
    heard: list[FactCheckRecord] = []
    session.subscribe(heard.append)
    assert session.phase is Phase.JUDGE and session.current is false_claim
    clock.now += 4
    assert session.judge(False) is None
    assert phase(session) is Phase.CORRECT
    record = session.correct("84")
    assert record.verdict.correct and record.verdict.score == 1.0
    assert record.typed == "false, 84" and record.seconds == 4 and record.call_right
    assert phase(session) is Phase.ANSWERED
    assert session.advance() is true_claim
    settled = session.judge(True)
    assert settled is not None and settled.verdict.correct
    assert session.advance() is None and session.finished and phase(session) is Phase.OVER
    assert session.score == 2.0 and session.correct_count == 2
    assert heard == session.records


def test_spotting_a_false_claim_without_the_right_value_earns_half(seed_pack: Pack) -> None:
    _, false_claim = claims_of(seed_pack, "days-since-last-call")
    for typed in ("83", ""):
        session = FactCheckSession(seed_pack, [false_claim], clock=FakeClock(500))
        session.judge(False)
        record = session.correct(typed)
        assert record.verdict.outcome == "partial" and record.verdict.score == 0.5
        assert "84" in (record.verdict.reason or "")
    assert session.missed() == (false_claim,)
    assert session.replay_missed().claims == (false_claim,)


def test_a_wrong_call_scores_nothing_either_way(seed_pack: Pack) -> None:
    true_claim, false_claim = claims_of(seed_pack, "previous-call-date")
    session = FactCheckSession(seed_pack, [true_claim, false_claim], clock=FakeClock(500))
    called_false = session.judge(False)  # a true claim called false: settled, no value asked
    assert called_false is not None and not called_false.verdict.correct
    assert called_false.verdict.score == 0
    session.advance()
    called_true = session.judge(True)
    assert called_true is not None and called_true.verdict.score == 0
    assert session.score == 0


def test_steps_out_of_turn_are_refused(seed_pack: Pack) -> None:
    true_claim, _ = claims_of(seed_pack, "call-length")
    session = FactCheckSession(seed_pack, [true_claim], clock=FakeClock(500))
    with pytest.raises(RuntimeError):
        session.correct("about an hour")  # nobody said false
    with pytest.raises(RuntimeError):
        session.advance()  # not settled yet
    session.judge(True)
    with pytest.raises(RuntimeError):
        session.judge(True)  # already settled
