"""Ingest: store articles, extract their quotations, link them, and keep a record of the run."""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from tracker.db.base import utcnow
from tracker.db.engine import refresh_statistics
from tracker.db.models import Article, IngestRun, Outlet
from tracker.errors import InvalidInput, NotFound
from tracker.extraction import Quote
from tracker.forking import can_fork, fork_context, frozen_heap
from tracker.io import ArticleInput, ReadError, iter_articles
from tracker.services.claims import Linker, link_new_quotations, update_claims
from tracker.services.quotations import extract_article, quotations_of


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
    quotes: list[Quote] | None = None,
) -> tuple[Article, list[int] | None]:
    """Store one article with its quotations (and links); returns the article and its
    quotations' ids, or None for them when the same text was stored before.

    ``quotes``: the extractor's quotations of ``item.text``, if it already ran on it.

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
    quotation_ids = extract_article(session, article, quotes)
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
    """Store every article and record the run.

    Owns its transactions (the exception to the services rule). Articles are committed
    COMMIT_EVERY at a time; if one of them fails, that transaction is rolled back and its
    articles are stored again one per transaction, so a failure costs only the article
    it happened in, and the good ones are kept.
    """
    started = time.perf_counter()
    report = IngestReport()
    with factory.begin() as session:
        run = IngestRun(sources=sources)
        session.add(run)
        session.flush()
        report.run_id = run.id
    linker = Linker() if link else None
    source = _extracted_ahead(items)
    while batch := list(itertools.islice(source, COMMIT_EVERY)):
        for outcome in _store_batch(factory, batch, report.run_id, linker):
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


COMMIT_EVERY = 32  # articles stored in one transaction


def _store_batch(
    factory: sessionmaker[Session],
    batch: list[tuple[ArticleInput | ReadError, list[Quote] | None]],
    run_id: int | None,
    linker: Linker | None,
) -> list[Outcome]:
    """Store a batch of articles in one transaction. If any of them fails, the transaction
    is rolled back and each is stored again in a transaction of its own: the bad one
    fails alone (or raises, as it would have alone), the others are kept."""
    outcomes: list[Outcome] = []
    linked: list[int] = []
    try:
        with factory.begin() as session:
            for item, quotes in batch:
                if isinstance(item, ReadError):
                    outcomes.append(Outcome(item.source, "failed", item.reason))
                    continue
                outcome, quotation_ids = _store(session, item, run_id, linker, quotes)
                outcomes.append(outcome)
                linked.extend(quotation_ids)
    except Exception:
        if linker is not None:
            linker.forget(linked)
        return [_ingest_one(factory, item, run_id, linker, quotes) for item, quotes in batch]
    return outcomes


def _store(
    session: Session,
    item: ArticleInput,
    run_id: int | None,
    linker: Linker | None,
    quotes: list[Quote] | None,
) -> tuple[Outcome, list[int]]:
    article, quotation_ids = store_article(
        session, item, run_id=run_id, link=linker is not None, linker=linker, quotes=quotes
    )
    if quotation_ids is None:
        return Outcome(item.source, "skipped", f"same text as article {article.id}", article.id), []
    return Outcome(item.source, "stored", None, article.id, len(quotation_ids)), quotation_ids


def _ingest_one(
    factory: sessionmaker[Session],
    item: ArticleInput | ReadError,
    run_id: int | None,
    linker: Linker | None,
    quotes: list[Quote] | None,
) -> Outcome:
    if isinstance(item, ReadError):
        return Outcome(item.source, "failed", item.reason)
    try:
        with factory.begin() as session:
            return _store(session, item, run_id, linker, quotes)[0]
    except InvalidInput as exc:
        return Outcome(item.source, "failed", str(exc))


AHEAD = 64  # articles a worker process extracts while the caller stores the ones before


def _extracted_ahead(
    items: Iterable[ArticleInput | ReadError],
) -> Iterator[tuple[ArticleInput | ReadError, list[Quote] | None]]:
    """Each item with its quotations, extracted in worker processes a batch ahead of the
    one being stored, so that extraction (pure computation) and storing (the database)
    run on different cores. A run of fewer than AHEAD articles, or a platform that cannot
    fork, extracts as it stores (None: the caller's extractor runs)."""
    source = iter(items)
    batches = iter(lambda: tuple(itertools.islice(source, AHEAD)), ())
    first = next(batches, ())
    if len(first) < AHEAD or not can_fork():
        yield from ((item, None) for batch in (first, *batches) for item in batch)
        return
    with frozen_heap():
        pool = fork_context().Pool(processes=max(1, (os.cpu_count() or 2) - 1))
    with pool:
        batch: tuple[ArticleInput | ReadError, ...] = first
        pending = pool.map_async(_quotations_of, batch)
        for following in batches:
            ahead = pool.map_async(_quotations_of, following)
            yield from _with_results(batch, pending)
            batch, pending = following, ahead
        yield from _with_results(batch, pending)


def _with_results(
    batch: tuple[ArticleInput | ReadError, ...], pending: AsyncResult[list[list[Quote] | None]]
) -> Iterator[tuple[ArticleInput | ReadError, list[Quote] | None]]:
    """A batch with its workers' quotations; if the workers failed, with None, so that each
    article is extracted again as it is stored and a failure costs what it would alone."""
    try:
        results: list[list[Quote] | None] = pending.get()
    except Exception:
        results = [None] * len(batch)
    return zip(batch, results, strict=True)


def _quotations_of(item: ArticleInput | ReadError) -> list[Quote] | None:
    if isinstance(item, ReadError):
        return None
    return quotations_of(item.text, item.lang, item.published)


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
