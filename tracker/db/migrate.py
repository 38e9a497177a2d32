"""Run the Alembic migrations in ``migrations/`` programmatically (``tracker init``)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

import tracker
from tracker.errors import TrackerError

MIGRATIONS = Path(tracker.__file__).resolve().parent.parent / "migrations"


# Full-text search lives outside the models: SQLite's FTS5 table (and its shadow tables)
# and PostgreSQL's expression index. Autogenerate must not try to drop them.
FTS_OBJECTS = ("quotation_fts", "ix_quotation_text_fts")


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Alembic's filter: everything but the full-text search objects."""
    return not (name or "").startswith(FTS_OBJECTS)


def alembic_config(engine: Engine) -> Config:
    """An Alembic config that runs on ``engine`` (shared connection, see Alembic's cookbook)."""
    if not (MIGRATIONS / "env.py").exists():
        raise TrackerError(
            f"migrations not found at {MIGRATIONS}: install the tracker from its source "
            "checkout (pip install -e .)"
        )
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Create or upgrade the database behind ``engine`` to ``revision``."""
    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str = "base") -> None:
    command.downgrade(alembic_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def is_up_to_date(engine: Engine) -> bool:
    return current_revision(engine) == head_revision(engine)
