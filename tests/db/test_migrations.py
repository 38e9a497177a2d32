"""The Alembic revisions build exactly the models' schema, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import make_url

from tests.conftest import _pg_server_url
from tracker.config import sqlite_url
from tracker.db import migrate
from tracker.db.engine import make_engine
from tracker.db.models import Base

VIEWS = {"quotations_flat", "claims_summary", "claim_occurrences", "speaker_stats"}


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A brand-new, empty database."""
    if request.param == "sqlite":
        engine = make_engine(sqlite_url(tmp_path / "empty.sqlite"))
        yield engine
        engine.dispose()
        return
    server = _pg_server_url()
    if server is None:
        pytest.skip("PostgreSQL not configured")
    base = make_url(server).set(drivername="postgresql+psycopg")
    name = f"tracker_mig_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = make_engine(base.set(database=name).render_as_string(hide_password=False))
    yield engine
    engine.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_upgrade_matches_models_and_downgrade_empties(empty_engine: Engine) -> None:
    migrate.upgrade(empty_engine)
    assert migrate.is_up_to_date(empty_engine)
    with empty_engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(
                conn, opts={"compare_type": True, "include_object": migrate.include_object}
            ),
            Base.metadata,
        )
    assert diff == []
    insp = inspect(empty_engine)
    assert set(Base.metadata.tables) <= set(insp.get_table_names())
    assert VIEWS <= set(insp.get_view_names())
    migrate.downgrade(empty_engine)
    insp = inspect(empty_engine)
    assert set(insp.get_table_names()) == {"alembic_version"}
    assert not VIEWS & set(insp.get_view_names())
    assert migrate.current_revision(empty_engine) is None


def test_upgrade_twice_is_a_no_op(empty_engine: Engine) -> None:
    migrate.upgrade(empty_engine)
    head = migrate.current_revision(empty_engine)
    migrate.upgrade(empty_engine)
    assert migrate.current_revision(empty_engine) == head == migrate.head_revision(empty_engine)


def test_sqlite_connections_use_wal_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "x" / "t.sqlite"))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    engine.dispose()
