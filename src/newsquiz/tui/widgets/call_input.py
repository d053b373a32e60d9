"""Keys t and f make a fact-check call at once; a player may still type the whole word.

`TypedCall` remembers the rest of the word after `t` or `f` (`rue`, `alse`)
and the Enter after it, so those keys are taken as part of the call instead of
landing in the next input or moving on past the feedback. Letters taken before
the word is whole are given back if the player was in fact typing a value
(`f`, then `about an hour`).
"""

from __future__ import annotations

from textual import events

from newsquiz.tui.widgets.answer_input import AnswerInput

ENTER = "enter"


class TypedCall:
    def __init__(self) -> None:
        self.rest: list[str] = []  # keys still expected: letters, then `enter`
        self.taken = ""  # letters taken while the word is not yet whole

    def start(self, says_true: bool) -> None:
        self.rest = [*("rue" if says_true else "alse"), ENTER]
        self.taken = ""

    def expects(self, key: str) -> bool:
        return bool(self.rest) and self.rest[0] == key

    def take(self, key: str) -> bool:
        """True if `key` continues the word (and is used up); else the word is over."""
        if not self.expects(key):
            self.rest = []
            return False
        self.rest.pop(0)
        whole = self.rest in ([], [ENTER])
        self.taken = "" if whole else self.taken + key
        return True

    def give_back(self) -> str:
        """The letters taken from what turned out to be a value, once."""
        taken, self.taken = self.taken, ""
        return taken

    def clear(self) -> None:
        self.rest = []
        self.taken = ""


class ValueInput(AnswerInput):
    """Where the player types the value the article really gives, after calling a claim false."""

    def __init__(
        self,
        typed_call: TypedCall,
        *,
        placeholder: str = "",
        max_length: int = 0,
        id: str | None = None,
    ) -> None:
        super().__init__(placeholder=placeholder, max_length=max_length, id=id)
        self.typed_call = typed_call

    async def _on_key(self, event: events.Key) -> None:
        # Runs before Input's own handler (and its Enter binding), which then see the key as usual.
        if self.typed_call.take(event.key):
            event.stop()
            event.prevent_default()
            return
        taken = self.typed_call.give_back()
        if taken:
            self.insert_text_at_cursor(taken)
