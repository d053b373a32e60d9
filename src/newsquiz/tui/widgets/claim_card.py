"""The claim being judged, with the value it states marked so the player knows what to check."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from newsquiz.claims import Claim

# Underlined rather than reversed: reverse is how the article's own (true) value is shown.
STATED_STYLE = "bold underline"


def claim_text(claim: Claim) -> Text:
    """The claim's sentence as plain text (never markup), its stated value marked."""
    text = Text(claim.sentence)
    start, end = claim.span
    if 0 <= start < end <= len(claim.sentence):
        text.stylize(STATED_STYLE, start, end)
    return text


class ClaimCard(Static):
    """One claim, quoted as a statement to judge."""

    def show(self, claim: Claim) -> None:
        self.update(claim_text(claim))
