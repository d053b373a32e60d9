"""The footer of every screen: Textual's, drawn with the screen's first frame.

Textual's Footer starts empty and fills itself only once the screen announces its
bindings, a refresh or two later; on the start screen that left the keys missing
for the first 50 ms. This one composes them at once (the later announcement still
recomposes it, so it follows the bindings as they change).
"""

from __future__ import annotations

from textual.widgets import Footer


class KeyFooter(Footer):
    def __init__(self) -> None:
        super().__init__()
        # Footer's own flag for "the screen's bindings are known": they are, as soon as
        # this footer is composed inside its screen. (A private name: Textual is pinned.)
        self.set_reactive(Footer._bindings_ready, True)
