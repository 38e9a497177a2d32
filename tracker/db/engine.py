"""Engine and session factory for any SQLAlchemy URL.

SQLite connections get WAL journaling, enforced foreign keys and a busy timeout,
so the web app and a CLI ingest can share one file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from tracker.errors import InvalidInput

SQLITE_BUSY_TIMEOUT_MS = 10_000
# Page cache per connection (SQLite's default is 2 MiB): a bulk insert of links or a
# rebuild of claims updates indexes in no particular order, and with a small cache every
# page of a large index is read again and again. Pages are taken only as they are used.
SQLITE_CACHE_KIB = 128 * 1024


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    cur = dbapi_connection.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA journal_mode = WAL")
    finally:
        cur.close()


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for ``url``; SQLite files get their folder created and the pragmas set."""
    try:
        parsed = make_url(url)
    except Exception as exc:  # sqlalchemy raises ArgumentError with a terse message
        raise InvalidInput(f"not a database URL: {url!r} ({exc})") from None
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:" and not db.startswith("file:"):
            Path(db).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("", "psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed, pool_pre_ping=True, **kwargs)


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    """One factory per app or CLI run; objects stay readable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


def refresh_statistics(session: Session) -> None:
    """Let the query planner see the data as it now is (after a large ingest or rebuild).

    SQLite keeps no statistics by itself: without them it may sort a million rows to page
    through a filter an index could serve in order. A full ANALYZE of a million
    quotations takes about a second; sampled statistics misled the planner.
    """
    session.execute(text("ANALYZE"))
