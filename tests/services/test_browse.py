"""Lists page through everything once, in order, with keyset cursors."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from tests.conftest import SEEDS
from tracker.db.models import Quotation, Speaker
from tracker.services import browse
from tracker.services.articles import ingest_paths


def test_keyset_pages_cover_every_row_once(factory: sessionmaker[Session]) -> None:
    assert ingest_paths(factory, [SEEDS], max_bytes=2_000_000).ok
    with factory() as s:
        seen: list[int] = []
        cursor = None
        while True:
            page = browse.list_quotations(s, browse.QuotationFilter(), cursor=cursor, limit=7)
            seen += [q.id for q in page.rows]
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
        total = s.scalar(select(func.count()).select_from(Quotation))
        assert len(seen) == len(set(seen)) == total and seen == sorted(seen, reverse=True)
        speakers = browse.list_speakers(s, limit=1000).rows
        assert len(speakers) == s.scalar(select(func.count()).select_from(Speaker))
        articles = browse.list_articles(s, limit=2)
        assert len(articles.rows) == 2 and articles.next_cursor is not None
