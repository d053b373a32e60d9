"""The teacher's live board: who is playing, how far, and which facts the class gets wrong.

A separate small Textual app (`newsquiz board`); `make_board_app()` builds it for the CLI and
the tests. `state.py` reads the store and imports nothing from Textual.
"""
