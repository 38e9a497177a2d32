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
from tracker.services.quotations import quotations_of, store_extracted


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


def _outlets_named(session: Session, names: set[str]) -> dict[str, Outlet]:
    """The outlet of each name, created on first sight; one query for all."""
    if not names:
        return {}
    cut = {name[:200] for name in names}
    found = {o.name: o for o in session.scalars(select(Outlet).where(Outlet.name.in_(cut)))}
    for name in cut - found.keys():
        found[name] = Outlet(name=name)
        session.add(found[name])
    return {name: found[name[:200]] for name in names}


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
    return store_articles(session, [(item, quotes)], run_id=run_id, link=link, linker=linker)[0]


def store_articles(
    session: Session,
    items: list[tuple[ArticleInput, list[Quote] | None]],
    *,
    run_id: int | None = None,
    link: bool = True,
    linker: Linker | None = None,
) -> list[tuple[Article, list[int] | None]]:
    """Store articles with their quotations (and links), as :func:`store_article` stores
    one, each with the extractor's quotations if they are known (else None).

    The database work is done once for all of them (a look for duplicates, the outlets,
    one INSERT of the articles, one of the quotations, the speakers resolved together): a
    batch costs a few statements, not a few per article.
    """
    hashes = {item.content_hash for item, _ in items}
    stored = {
        a.content_hash: a
        for a in session.scalars(select(Article).where(Article.content_hash.in_(hashes)))
    }
    outlets = _outlets_named(session, {item.outlet for item, _ in items if item.outlet})
    out: list[tuple[Article, list[int] | None]] = []
    new: list[tuple[int, Article, list[Quote] | None]] = []
    for item, quotes in items:
        existing = stored.get(item.content_hash)
        if existing is not None:  # stored before, or earlier in this batch
            out.append((existing, None))
            continue
        article = Article(
            outlet=outlets[item.outlet] if item.outlet else None,
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
        stored[item.content_hash] = article
        new.append((len(out), article, quotes))
        out.append((article, []))
    if not new:
        return out
    try:
        session.flush()
    except IntegrityError:
        raise InvalidInput("an article with the same text was stored at the same time") from None
    extracted = [
        (
            article,
            quotes
            if quotes is not None
            else quotations_of(article.text, article.language, article.published),
        )
        for _, article, quotes in new
    ]
    ids = store_extracted(session, extracted)
    for (k, article, _), quotation_ids in zip(new, ids, strict=True):
        out[k] = (article, quotation_ids)
    everything = [qid for quotation_ids in ids for qid in quotation_ids]
    if linker is not None and everything:
        try:
            linker.link(session, everything)
        except Exception:
            linker.forget(everything)
            raise
    elif link and everything:
        link_new_quotations(session, everything)
    return out


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
    good = [(item, quotes) for item, quotes in batch if not isinstance(item, ReadError)]
    stored: list[tuple[Article, list[int] | None]] = []
    try:
        with factory.begin() as session:
            stored = store_articles(
                session, good, run_id=run_id, link=linker is not None, linker=linker
            )
            done = [_outcome(item, *d) for (item, _), d in zip(good, stored, strict=True)]
    except Exception:
        if linker is not None:
            linker.forget(qid for _, ids in stored for qid in ids or ())
        return [_ingest_one(factory, item, run_id, linker, quotes) for item, quotes in batch]
    outcomes = iter(done)
    return [
        Outcome(item.source, "failed", item.reason)
        if isinstance(item, ReadError)
        else next(outcomes)
        for item, _ in batch
    ]


def _outcome(item: ArticleInput, article: Article, quotation_ids: list[int] | None) -> Outcome:
    if quotation_ids is None:
        return Outcome(item.source, "skipped", f"same text as article {article.id}", article.id)
    return Outcome(item.source, "stored", None, article.id, len(quotation_ids))


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
            [(article, quotation_ids)] = store_articles(
                session, [(item, quotes)], run_id=run_id, link=linker is not None, linker=linker
            )
            return _outcome(item, article, quotation_ids)
    except InvalidInput as exc:
        return Outcome(item.source, "failed", str(exc))


AHEAD = 64  # articles a worker process extracts while the caller stores the ones before


def _extracted_ahead(
    items: Iterable[ArticleInput | ReadError],
) -> Iterator[tuple[ArticleInput | ReadError, list[Quote] | None]]:
    """Each item with its quotations, extracted in worker processes a batch ahead of the
    one being stored, so that extraction (pure computation) and storing (the database)
    run on different cores. Storing a batch costs less than extracting it, so there is a
    worker for every core: the caller's core extracts too while it waits for the next
    batch. A run of fewer than AHEAD articles, or a platform that cannot fork, extracts
    as it stores (None: the caller's extractor runs)."""
    source = iter(items)
    batches = iter(lambda: tuple(itertools.islice(source, AHEAD)), ())
    first = next(batches, ())
    if len(first) < AHEAD or not can_fork():
        yield from ((item, None) for batch in (first, *batches) for item in batch)
        return
    with frozen_heap():
        pool = fork_context().Pool(processes=os.cpu_count() or 2)
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
