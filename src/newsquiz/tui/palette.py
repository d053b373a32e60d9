"""The game's own commands in the command palette (Ctrl+P): what the screen it was opened
from can do right now — Start, Article, Replay missed, Dispute, Help, New game… — each
with its key, so the palette also teaches the keys. A command that cannot act now (Dispute
before an answer, Replay missed when nothing was missed) is not offered at all.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

from textual.actions import parse as parse_action
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.dom import DOMNode
from textual.screen import Screen

# What each of the game's actions does, said a little more fully than on the key bar.
EXPLAINED = {
    "start": "Start the game with the name and mode chosen",
    "article": "Read the whole article, with line numbers",
    "replay": "Play again only what you missed",
    "dispute": "Say the verdict is wrong; your score does not change",
    "new_game": "Back to the start screen of this pack",
    "help": "How to play, and the keys of this screen",
    "give_up": "Count this question as missed and see the answer",
    "next": "Go on",
    "show_missed": "Show only the missed answers in the review, or all of them",
    "back": "Back to the list of packs",
    "skip_value": "Go on without the value the article gives",
    "call": "Call the claim true or false",
}
# Fuller names than the key bar has room for.
TITLES = {"article": "Read the article"}
# Textual's own palette commands already quit.
LEFT_TO_TEXTUAL = frozenset({"quit"})


@dataclass(frozen=True)
class GameCommand:
    title: str
    help: str
    run: Callable[[], Awaitable[bool]]


def own_bindings(node: DOMNode) -> Iterator[Binding]:
    """The bindings newsquiz's own classes give `node`, a subclass's after its base's
    (Textual's own, such as focus movement, are not this game's keys)."""
    for klass in reversed(type(node).__mro__):
        if klass.__module__.startswith("newsquiz.") and "BINDINGS" in vars(klass):
            for binding in vars(klass)["BINDINGS"]:
                if isinstance(binding, Binding):
                    yield binding


def is_active(node: DOMNode, binding: Binding) -> bool:
    """The binding's key does something now on `node` (Next before an answer does not)."""
    _namespace, name, parameters = parse_action(binding.action)
    return bool(node.check_action(name, parameters))


def game_commands(screen: Screen[Any]) -> list[GameCommand]:
    """What `screen` (and the app around it) can do now, one command per action."""
    app = screen.app
    commands: list[GameCommand] = []
    seen: set[str] = set()
    for node in (screen, app):
        for binding in own_bindings(node):
            _namespace, name, _parameters = parse_action(binding.action)
            if not binding.show or not binding.description or binding.description in seen:
                continue
            if name in LEFT_TO_TEXTUAL or not is_active(node, binding):
                continue
            seen.add(binding.description)
            key = app.get_key_display(Binding(binding.key.split(",")[0].strip(), binding.action))
            explained = EXPLAINED.get(name, binding.description)
            run = partial(app.run_action, binding.action, node)
            title = TITLES.get(name, binding.description)
            commands.append(GameCommand(title, f"{key}  {explained}", run))
    return commands


class GameCommands(Provider):
    """The palette's source of the game's commands for the screen it was opened from."""

    async def discover(self) -> Hits:
        for command in game_commands(self.screen):
            yield DiscoveryHit(command.title, command.run, help=command.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in game_commands(self.screen):
            score = matcher.match(command.title)
            if score > 0:
                yield Hit(score, matcher.highlight(command.title), command.run, help=command.help)


def keys_panel_open(screen: Screen[Any]) -> bool:
    """Textual's Keys panel (the palette's "Keys" command) is open on `screen`."""
    return bool(screen.query("HelpPanel"))
