"""The game's start-up, without the cyclic garbage collector.

Starting the game allocates tens of thousands of objects that live as long as the
process: modules, classes, CSS rules, widgets. The collector would walk them again
and again before the first screen is drawn (about 20 ms, a tenth of start-up) and
free almost nothing. So it is held from the start of `play` until the first frame,
then what start-up made is frozen out of its way and it runs as usual.
"""

from __future__ import annotations

import gc

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
