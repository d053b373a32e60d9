"""Store fixtures, parametrised over backends so each backend passes the same tests.

A new backend adds its name to store_helpers.BACKENDS and a branch in `backend`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.store.postgres_helpers import fresh_database, running_server
from tests.store.store_helpers import BACKENDS, Backend
from tests.support.pgserver import PostgresServer

from newsquiz.library import bundled_dir
from newsquiz.store import Store


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    if request.param == "sqlite":
        return Backend("sqlite", str(tmp_path / "results.sqlite3"))
    if request.param == "postgresql":
        return Backend("postgresql", fresh_database(request.getfixturevalue("postgres_server")))
    raise AssertionError(f"no fixture for backend {request.param}")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One throwaway PostgreSQL server for the session; each test gets its own database."""
    yield from running_server()


@pytest.fixture
def store(backend: Backend) -> Iterator[Store]:
    opened = backend.open()
    yield opened
    opened.close()


@pytest.fixture
def seed_pack_path() -> Path:
    return bundled_dir() / "austin-shoigu-call"
