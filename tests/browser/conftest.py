"""A live server in a thread and Debian's Chromium driven by Playwright.

With CI=true a missing Chromium fails the run; elsewhere the browser tests skip.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from tests.conftest import IN_CI, SEEDS, create_app_for
from tracker.config import Settings
from tracker.db.engine import make_engine, make_sessionmaker
from tracker.services.articles import ingest_paths
from tracker.services.users import create_user

PASSWORD = "correct horse battery"
CHROMIUM = os.environ.get("TRACKER_CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        if IN_CI:
            pytest.fail(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
        pytest.skip(f"Chromium not found at {CHROMIUM}")
    return CHROMIUM


@pytest.fixture
def live_server(tmp_path: Path, sqlite_db_url: str) -> Iterator[str]:
    settings = Settings.load(database_url=sqlite_db_url, instance_path=tmp_path / "instance")
    engine = make_engine(settings.database_url)
    factory = make_sessionmaker(engine)
    assert ingest_paths(factory, [SEEDS], max_bytes=2_000_000).ok
    with factory.begin() as s:
        create_user(s, "vera", PASSWORD, "viewer")
        create_user(s, "ann", PASSWORD, "annotator")
    engine.dispose()
    app = create_app_for(settings, TESTING=False)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture
def chrome(chromium_path: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=chromium_path, headless=True, args=FLAGS)
        yield b
        b.close()
