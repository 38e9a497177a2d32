"""Settings shared by the CLI and the web app. Stdlib only.

Precedence: explicit arguments, then environment variables, then defaults. The
default database is ``instance/tracker.sqlite`` below the working directory, the
same folder Flask uses as its instance folder.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, replace
from pathlib import Path

DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024
ENV_DATABASE_URL = "TRACKER_DATABASE_URL"
ENV_INSTANCE_PATH = "TRACKER_INSTANCE_PATH"
ENV_MAX_ARTICLE_BYTES = "TRACKER_MAX_ARTICLE_BYTES"


@dataclass(frozen=True, slots=True)
class Settings:
    """Where the data lives and the knobs every entry point shares."""

    instance_path: Path
    database_url: str
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES

    @classmethod
    def load(
        cls,
        *,
        database_url: str | None = None,
        instance_path: str | Path | None = None,
        environ: dict[str, str] | None = None,
    ) -> Settings:
        """Build settings from arguments, then the environment, then defaults."""
        env = os.environ if environ is None else environ
        inst = Path(instance_path or env.get(ENV_INSTANCE_PATH) or Path.cwd() / "instance")
        inst = inst.resolve()
        url = database_url or env.get(ENV_DATABASE_URL) or sqlite_url(inst / "tracker.sqlite")
        max_bytes_raw = env.get(ENV_MAX_ARTICLE_BYTES)
        max_bytes = DEFAULT_MAX_ARTICLE_BYTES
        if max_bytes_raw:
            try:
                max_bytes = int(max_bytes_raw)
            except ValueError:
                msg = f"{ENV_MAX_ARTICLE_BYTES} must be a whole number of bytes"
                raise ValueError(f"{msg}, got {max_bytes_raw!r}") from None
        return cls(instance_path=inst, database_url=url, max_article_bytes=max_bytes)

    def with_database(self, url: str) -> Settings:
        """A copy pointing at another database."""
        return replace(self, database_url=url)


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path}"


def secret_key(instance_path: Path) -> str:
    """The app's SECRET_KEY, generated into the instance folder on first use."""
    instance_path.mkdir(parents=True, exist_ok=True)
    key_file = instance_path / "secret_key"
    if key_file.exists():
        key = key_file.read_text(encoding="ascii").strip()
        if key:
            return key
    key = secrets.token_hex(32)
    fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key + "\n")
    return key
