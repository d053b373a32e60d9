"""A PostgreSQL server for the store tests: one per test session, a fresh database per test.

The server comes from tests/support/pgserver.py (Debian's `postgresql` package); without its
binaries, or without psycopg, PostgreSQL tests are skipped with the reason.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

import pytest
from tests.support import pgserver

_numbers = itertools.count(1)


def running_server() -> Iterator[pgserver.PostgresServer]:
    """Start a throwaway server for the session (skipping if it cannot exist here)."""
    if not pgserver.available():
        pytest.skip(
            "PostgreSQL server binaries (initdb, pg_ctl) are not installed: "
            "install Debian's `postgresql` package to run the PostgreSQL store tests"
        )
    pytest.importorskip(
        "psycopg", reason="psycopg is not installed (pip install 'psycopg[binary]')"
    )
    server = pgserver.start()
    try:
        yield server
    finally:
        server.stop()


def with_database(url: str, name: str) -> str:
    """The same server URL, naming another database."""
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def fresh_database(server: pgserver.PostgresServer) -> str:
    """Create an empty database on the server; its URL."""
    import psycopg

    name = f"newsquiz_test_{next(_numbers)}"
    with psycopg.connect(server.url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    return with_database(server.url, name)
