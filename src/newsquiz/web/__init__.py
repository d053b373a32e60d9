"""Serving the game to web browsers with textual-serve, fully offline."""
