"""Web fixtures: a seeded app and logged-in clients of each role (CSRF stays on)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.conftest import SEEDS
from tracker.config import Settings
from tracker.db.engine import make_engine, make_sessionmaker
from tracker.services.articles import ingest_paths
from tracker.services.users import create_user

PASSWORD = "correct horse battery"
_CSRF = re.compile(
    r'name="csrf_token" type="hidden" value="([^"]+)"|'
    r'name="csrf_token" value="([^"]+)"'
)


def csrf_of(html: str) -> str:
    m = _CSRF.search(html)
    assert m, "page has no CSRF token"
    return m.group(1) or m.group(2)


@pytest.fixture
def seeded_app(settings: Settings) -> Flask:
    engine = make_engine(settings.database_url)
    factory = make_sessionmaker(engine)
    assert ingest_paths(factory, [SEEDS], max_bytes=2_000_000).ok
    with factory.begin() as s:
        for name, role in [("vera", "viewer"), ("ann", "annotator"), ("ada", "admin")]:
            create_user(s, name, PASSWORD, role)
    engine.dispose()
    from tests.conftest import create_app_for

    return create_app_for(settings)


def login(client: FlaskClient, username: str, password: str = PASSWORD) -> int:
    page = client.get("/login").get_data(as_text=True)
    r = client.post(
        "/login", data={"username": username, "password": password, "csrf_token": csrf_of(page)}
    )
    return r.status_code


@pytest.fixture
def as_role(seeded_app: Flask) -> Callable[[str], FlaskClient]:
    def make(username: str) -> FlaskClient:
        client = seeded_app.test_client()
        assert login(client, username) == 302
        return client

    return make
