"""The collector is held only while the game starts or a long batch runs, and always given back."""

from __future__ import annotations

import gc

from newsquiz.startup import collector_held_for_batch, hold_collector, release_collector


def test_the_collector_is_held_then_given_back() -> None:
    assert gc.isenabled()
    hold_collector()
    try:
        assert not gc.isenabled()
    finally:
        release_collector()
    assert gc.isenabled()
    gc.unfreeze()  # let this test process collect what the release froze


def test_releasing_what_was_never_held_changes_nothing() -> None:
    gc.disable()  # turned off by someone else: not ours to turn back on
    try:
        release_collector()
        assert not gc.isenabled()
        hold_collector()  # already off: nothing held, so nothing to release later
        release_collector()
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert gc.get_freeze_count() == 0


def test_a_batch_holds_the_collector_and_gives_it_back_once_the_last_ends() -> None:
    assert gc.isenabled()
    with collector_held_for_batch():
        assert not gc.isenabled()
        with collector_held_for_batch():  # a check's claims inside its lint
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_failing_batch_gives_the_collector_back() -> None:
    try:
        with collector_held_for_batch():
            raise ValueError("a bad pack")
    except ValueError:
        pass
    assert gc.isenabled()


def test_a_batch_leaves_a_collector_someone_else_turned_off_as_it_was() -> None:
    gc.disable()
    try:
        with collector_held_for_batch():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_batch_leaves_nothing_frozen_and_what_was_frozen_still_frozen() -> None:
    with collector_held_for_batch():
        kept = [[n] for n in range(100)]  # survivors of the batch, promoted at its end
    assert gc.get_freeze_count() == 0
    assert len(kept) == 100
    gc.freeze()  # as the game's start-up leaves it
    try:
        assert gc.get_freeze_count() > 0
        with collector_held_for_batch():
            pass
        # Unfreezing would leave nothing frozen. The count itself may drop by a few: a
        # frozen object is still freed when its last reference goes (pytest-xdist's threads).
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
