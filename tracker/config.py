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
ENV_CONSOLE_DATABASE_URL = "TRACKER_CONSOLE_DATABASE_URL"
ENV_RATING_SCALE = "TRACKER_RATING_SCALE"
ENV_ORGANIZATION = "TRACKER_ORGANIZATION"
ENV_ORGANIZATION_URL = "TRACKER_ORGANIZATION_URL"
# ClaimReview ratings, worst first: a verdict's position is its ratingValue.
DEFAULT_RATING_SCALE = ("False", "Mostly false", "Half true", "Mostly true", "True")


@dataclass(frozen=True, slots=True)
class Settings:
    """Where the data lives and the knobs every entry point shares."""

    instance_path: Path
    database_url: str
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES
    # The SQL console may connect as another (read-only) user; by default the same URL.
    console_database_url: str | None = None
    rating_scale: tuple[str, ...] = DEFAULT_RATING_SCALE
    organization: str = "Fact-check desk"  # the ClaimReview author
    organization_url: str | None = None

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
        return cls(
            instance_path=inst,
            database_url=url,
            max_article_bytes=max_bytes,
            console_database_url=env.get(ENV_CONSOLE_DATABASE_URL) or None,
            rating_scale=_rating_scale(env.get(ENV_RATING_SCALE)),
            organization=env.get(ENV_ORGANIZATION) or "Fact-check desk",
            organization_url=env.get(ENV_ORGANIZATION_URL) or None,
        )

    def with_database(self, url: str) -> Settings:
        """A copy pointing at another database."""
        return replace(self, database_url=url)


def _rating_scale(raw: str | None) -> tuple[str, ...]:
    """``"False|Misleading|True"``: labels worst to best, at least two, no repeats."""
    if not raw:
        return DEFAULT_RATING_SCALE
    labels = tuple(label.strip() for label in raw.split("|") if label.strip())
    if len(labels) < 2 or len({label.lower() for label in labels}) != len(labels):
        raise ValueError(
            f"{ENV_RATING_SCALE} must list at least two different verdicts separated by '|', "
            f"worst first, got {raw!r}"
        )
    return labels


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
