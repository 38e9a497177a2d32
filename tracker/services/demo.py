"""``tracker demo``: a fresh database holding the seed articles, extracted and linked.

Unlike the other services this one owns its database: it creates (or empties) the demo
file, migrates it, ingests the seeds and adds a demo admin.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from tracker.config import Settings
from tracker.db import migrate
from tracker.db.engine import make_engine, make_sessionmaker
from tracker.db.models import Article, Claim, Quotation, Speaker
from tracker.errors import InvalidInput
from tracker.services.articles import IngestReport, ingest_paths
from tracker.services.users import create_user

DEMO_ADMIN = "admin"


@dataclass(slots=True)
class DemoSummary:
    database: str
    report: IngestReport
    articles: int = 0
    quotations_by_type: dict[str, int] = field(default_factory=dict)
    speakers: int = 0
    claims: int = 0

    def render(self) -> str:
        types = ", ".join(f"{n} {t}" for t, n in sorted(self.quotations_by_type.items()))
        total = sum(self.quotations_by_type.values())
        lines = [
            f"Demo database: {self.database}",
            f"  articles:   {self.articles} ({self.report.count('stored')} stored, "
            f"{self.report.count('failed')} failed, {self.report.seconds:.2f} s)",
            f"  quotations: {total} ({types or 'none'})",
            f"  speakers:   {self.speakers}",
            f"  claims:     {self.claims}",
        ]
        return "\n".join(lines)


def _fresh_sqlite(url: str) -> None:
    db = make_url(url).database
    if db and db != ":memory:":
        for suffix in ("", "-wal", "-shm"):
            Path(db + suffix).unlink(missing_ok=True)


def build_demo(settings: Settings, seeds: Path, *, admin_password: str) -> DemoSummary:
    """Create the demo database from ``seeds`` and return what it holds."""
    url = settings.database_url
    if url.startswith("sqlite"):
        _fresh_sqlite(url)
    engine = make_engine(url)
    migrate.upgrade(engine)
    factory = make_sessionmaker(engine)
    with factory.begin() as session:
        if session.scalar(select(func.count()).select_from(Article)):
            raise InvalidInput("the demo needs an empty database; this one holds articles")
    if not seeds.is_dir():
        raise InvalidInput(f"seed folder not found: {seeds}")
    report = ingest_paths(factory, [seeds], max_bytes=settings.max_article_bytes)
    with factory.begin() as session:
        create_user(session, DEMO_ADMIN, admin_password, "admin")
        summary = DemoSummary(engine.url.render_as_string(hide_password=True), report)
        summary.articles = session.scalar(select(func.count()).select_from(Article)) or 0
        summary.quotations_by_type = dict(
            Counter(t.value for t in session.scalars(select(Quotation.type)))
        )
        summary.speakers = session.scalar(select(func.count()).select_from(Speaker)) or 0
        summary.claims = (
            session.scalar(
                select(func.count()).select_from(Claim).where(Claim.deleted_at.is_(None))
            )
            or 0
        )
    engine.dispose()
    return summary
