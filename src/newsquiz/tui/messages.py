"""Messages screens send up to the app, which owns the flow between screens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from newsquiz.claims import FactCheckSession
    from newsquiz.pack import Pack
    from newsquiz.session import Session
    from newsquiz.tui.options import GameOptions


class PackChosen(Message):
    """The player picked a pack to play."""

    def __init__(self, pack: Pack) -> None:
        super().__init__()
        self.pack = pack


class StartRequested(Message):
    """The start screen asks for a new game with these options."""

    def __init__(self, options: GameOptions) -> None:
        super().__init__()
        self.options = options


class RoundFinished(Message):
    """The last question (or claim) of a round has been answered and seen."""

    def __init__(self, session: Session | FactCheckSession) -> None:
        super().__init__()
        self.session = session


class ReplayRequested(Message):
    """Play a round again (for instance only the missed questions or claims)."""

    def __init__(self, session: Session | FactCheckSession) -> None:
        super().__init__()
        self.session = session


class NewGameRequested(Message):
    """Back to the start screen of the same pack."""
