"""The Textual game: presents a Session, never keeps its own score.

Build the app with `newsquiz.tui.launch.make_app()`, as the CLI and the tests do.
"""
