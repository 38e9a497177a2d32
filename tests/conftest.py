"""Shared fixtures: a database on SQLite and on PostgreSQL, sessions, the app, the CLI.

``db_url`` is parametrized: SQLite always, PostgreSQL when TRACKER_TEST_POSTGRES_URL is
set (CI always sets it; with CI=true an unreachable PostgreSQL fails instead of skipping).
Each PostgreSQL test run gets a fresh database of its own, dropped at the end.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from tracker.config import Settings, sqlite_url
from tracker.db import migrate
from tracker.db.engine import make_engine, make_sessionmaker
from tracker.db.models import Base, User
from tracker.services.users import create_user

pytest_plugins = ["tests.corpus"]

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
IN_CI = os.environ.get("CI", "").lower() == "true"
PG_ENV = "TRACKER_TEST_POSTGRES_URL"


def shared_path(*parts: str) -> Path:
    """A file of ../shared (the evaluation data), or skip when this checkout has none."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if IN_CI:
            pytest.fail(f"{path} is missing in CI")
        pytest.skip(f"{path} not present (a fresh clone has no ../shared)")
    return path


def _pg_server_url() -> str | None:
    url = os.environ.get(PG_ENV)
    if not url:
        if IN_CI:
            raise pytest.UsageError(f"CI=true but {PG_ENV} is not set")
        return None
    return url


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str | None]:
    """A fresh PostgreSQL database for this test run, migrated to head; dropped after."""
    server = _pg_server_url()
    if server is None:
        yield None
        return
    base = make_url(server).set(drivername="postgresql+psycopg")
    name = f"tracker_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        admin.dispose()
        if IN_CI:
            pytest.fail(f"PostgreSQL at {server} is unreachable: {exc}")
        yield None
        return
    url = base.set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file migrated to head once; each test copies it."""
    path = tmp_path_factory.mktemp("template") / "tracker.sqlite"
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


def _truncate_pg(url: str) -> None:
    engine = make_engine(url)
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> str:
    """An empty, migrated database: SQLite, then PostgreSQL."""
    if request.param == "sqlite":
        path = tmp_path / "tracker.sqlite"
        shutil.copy(sqlite_template, path)
        return sqlite_url(path)
    pg = request.getfixturevalue("pg_database")
    if pg is None:
        pytest.skip(f"PostgreSQL not configured ({PG_ENV} unset)")
    _truncate_pg(pg)
    return str(pg)


@pytest.fixture
def sqlite_db_url(tmp_path: Path, sqlite_template: Path) -> str:
    """An empty, migrated SQLite database (for tests of SQLite-only behaviour and the web)."""
    path = tmp_path / "tracker.sqlite"
    shutil.copy(sqlite_template, path)
    return sqlite_url(path)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def factory(engine: Engine) -> sessionmaker[Session]:
    return make_sessionmaker(engine)


@pytest.fixture
def session(factory: sessionmaker[Session]) -> Iterator[Session]:
    with factory() as s:
        yield s


@pytest.fixture
def analyst(session: Session) -> User:
    user = create_user(session, "ann", "correct horse", "annotator")
    session.commit()
    return user


@pytest.fixture
def settings(tmp_path: Path, sqlite_db_url: str) -> Settings:
    return Settings.load(database_url=sqlite_db_url, instance_path=tmp_path / "instance")


@pytest.fixture
def app(settings: Settings) -> Flask:
    return create_app_for(settings)


def create_app_for(settings: Settings, **config: object) -> Flask:
    from tracker.web import create_app

    return create_app({"TESTING": True, "SECRET_KEY": "test", **config}, settings=settings)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def cli_runner() -> CliRunner:
    return CliRunner()
