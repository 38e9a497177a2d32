"""Ingest: store articles, extract their quotations, link them, and keep a record of the run."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from tracker.db.base import utcnow
from tracker.db.engine import refresh_statistics
from tracker.db.models import Article, IngestRun, Outlet
from tracker.errors import InvalidInput, NotFound
from tracker.io import ArticleInput, ReadError, iter_articles
from tracker.services.claims import Linker, link_new_quotations, update_claims
from tracker.services.quotations import extract_article


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one input: stored, skipped (duplicate) or failed."""

    source: str
    status: str  # "stored" | "skipped" | "failed"
    reason: str | None = None
    article_id: int | None = None
    quotations: int = 0


@dataclass(slots=True)
class IngestReport:
    run_id: int | None = None
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def quotations(self) -> int:
        return sum(o.quotations for o in self.outcomes)

    @property
    def ok(self) -> bool:
        return self.count("failed") == 0


def outlet_named(session: Session, name: str | None) -> Outlet | None:
    if not name:
        return None
    outlet = session.scalar(select(Outlet).where(Outlet.name == name))
    if outlet is None:
        outlet = Outlet(name=name[:200])
        session.add(outlet)
        session.flush()
    return outlet


def find_duplicate(session: Session, content_hash: str) -> Article | None:
    return session.scalar(select(Article).where(Article.content_hash == content_hash))


def store_article(
    session: Session,
    item: ArticleInput,
    *,
    run_id: int | None = None,
    link: bool = True,
    linker: Linker | None = None,
) -> tuple[Article, list[int] | None]:
    """Store one article with its quotations (and links); returns the article and its
    quotations' ids, or None for them when the same text was stored before.

    With a ``linker`` the quotations are linked through it and the caller rebuilds the
    claims once at the end; without one they are linked and the claims updated now.
    """
    existing = find_duplicate(session, item.content_hash)
    if existing is not None:
        return existing, None
    article = Article(
        outlet=outlet_named(session, item.outlet),
        url=item.url,
        title=item.title,
        language=item.lang,
        published=item.published,
        text=item.text,
        content_hash=item.content_hash,
        source_path=item.source,
        ingest_run_id=run_id,
    )
    session.add(article)
    try:
        session.flush()
    except IntegrityError:
        raise InvalidInput("an article with the same text was stored at the same time") from None
    quotation_ids = extract_article(session, article)
    if linker is not None and quotation_ids:
        try:
            linker.link(session, quotation_ids)
        except Exception:
            linker.forget(quotation_ids)
            raise
    elif link and quotation_ids:
        link_new_quotations(session, quotation_ids)
    return article, quotation_ids


STATISTICS_AFTER = 500  # articles: a run this large refreshes the planner's statistics


def ingest(
    factory: sessionmaker[Session],
    items: Iterable[ArticleInput | ReadError],
    *,
    sources: list[str],
    link: bool = True,
    progress: Callable[[Outcome], None] | None = None,
) -> IngestReport:
    """Store every article, each in its own transaction, and record the run.

    Owns its transactions (the exception to the services rule): a failure rolls back
    only the article it happened in, and the good ones are kept.
    """
    started = time.perf_counter()
    report = IngestReport()
    with factory.begin() as session:
        run = IngestRun(sources=sources)
        session.add(run)
        session.flush()
        report.run_id = run.id
    linker = Linker() if link else None
    for item in items:
        outcome = _ingest_one(factory, item, report.run_id, linker)
        report.outcomes.append(outcome)
        if progress:
            progress(outcome)
    if linker is not None and linker.linked:
        with factory.begin() as session:
            update_claims(session, linker.linked)
    if report.count("stored") >= STATISTICS_AFTER:
        with factory.begin() as session:
            refresh_statistics(session)
    report.seconds = time.perf_counter() - started
    with factory.begin() as session:
        run = session.get_one(IngestRun, report.run_id)
        run.finished_at = utcnow()
        run.stored = report.count("stored")
        run.skipped = report.count("skipped")
        run.failed = report.count("failed")
        run.quotations = report.quotations
        run.errors = [
            {"source": o.source, "reason": o.reason or ""}
            for o in report.outcomes
            if o.status == "failed"
        ]
        run.seconds = round(report.seconds, 3)
    return report


def _ingest_one(
    factory: sessionmaker[Session],
    item: ArticleInput | ReadError,
    run_id: int | None,
    linker: Linker | None,
) -> Outcome:
    if isinstance(item, ReadError):
        return Outcome(item.source, "failed", item.reason)
    try:
        with factory.begin() as session:
            article, quotation_ids = store_article(
                session, item, run_id=run_id, link=linker is not None, linker=linker
            )
            if quotation_ids is None:
                return Outcome(
                    item.source, "skipped", f"same text as article {article.id}", article.id
                )
            return Outcome(item.source, "stored", None, article.id, len(quotation_ids))
    except InvalidInput as exc:
        return Outcome(item.source, "failed", str(exc))


def ingest_paths(
    factory: sessionmaker[Session],
    paths: list[Path],
    *,
    max_bytes: int,
    link: bool = True,
    progress: Callable[[Outcome], None] | None = None,
) -> IngestReport:
    """Ingest ``.txt`` files (with ``.json`` sidecars), folders of them and ``.jsonl`` files."""
    return ingest(
        factory,
        iter_articles(paths, max_bytes=max_bytes),
        sources=[str(p) for p in paths],
        link=link,
        progress=progress,
    )


def get_article(session: Session, article_id: int) -> Article:
    article = session.get(Article, article_id)
    if article is None:
        raise NotFound(f"no article {article_id}")
    return article
