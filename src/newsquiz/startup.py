"""The game's start-up, and long batches, without the cyclic garbage collector.

Starting the game allocates tens of thousands of objects that live as long as the
process: modules, classes, CSS rules, widgets. The collector would walk them again
and again before the first screen is drawn (about 20 ms, a tenth of start-up) and
free almost nothing. So it is held from the start of `play` until the first frame,
then what start-up made is frozen out of its way and it runs as usual.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_held = False


def hold_collector() -> None:
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release_collector() -> None:
    """Turn the collector back on, if `hold_collector` turned it off; else do nothing."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()


# Batches held at once (a check's claims inside its lint, claims made on two threads): the
# collector comes back when the last of them ends, and only if the first turned it off.
_batches = 0
_batches_lock = threading.Lock()
_batch_held = False


@contextmanager
def collector_held_for_batch() -> Iterator[None]:
    """The collector held while a batch runs that makes many objects living to its end and
    almost no cyclic garbage: a long pack's graders and claims (`check`, a claims round).
    Each full pass walks everything the batch has made so far, and the passes come more
    often as it grows: on 10,000 questions they were a quarter to a third of the work, and
    freed nothing. Turned back on as it was when the batch ends, or fails."""
    global _batches, _batch_held
    with _batches_lock:
        if _batches == 0 and gc.isenabled():
            gc.disable()
            _batch_held = True
        _batches += 1
    try:
        yield
    finally:
        with _batches_lock:
            _batches -= 1
            if _batches == 0 and _batch_held:
                _batch_held = False
                _promote_survivors()
                gc.enable()


def _promote_survivors() -> None:
    """Move everything the batch made and kept straight to the oldest generation.

    Turned back on, the collector would first walk all of it as its youngest generation
    (about a second after a claims round on 10,000 questions, for almost nothing freed:
    a batch's objects live to its end, and beyond), then again as the middle one. Freezing
    and at once unfreezing moves every object to the oldest generation without walking any,
    where a full collection reads it as it reads any long-lived object. Not when something
    is frozen already (the game's start-up): unfreezing would give that back as well."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
