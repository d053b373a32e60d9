"""The collector is held only while the game starts, and always given back."""

from __future__ import annotations

import gc

from newsquiz.startup import hold_collector, release_collector


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
