"""Lists page through everything once, in order, with keyset cursors."""

from __future__ import annotations

from pathlib import Path

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


def _all_pages(fetch: object, limit: int = 5) -> list[object]:
    rows: list[object] = []
    cursor = None
    while True:
        page = fetch(cursor, limit)  # type: ignore[operator]
        rows += page.rows
        if page.next_cursor is None:
            return rows
        cursor = page.next_cursor


def test_every_sort_pages_through_every_row_once(factory: sessionmaker[Session]) -> None:
    assert ingest_paths(factory, [SEEDS], max_bytes=2_000_000).ok
    with factory() as s:
        total = s.scalar(select(func.count()).select_from(Quotation))
        oldest = _all_pages(
            lambda c, n: browse.list_quotations(
                s, browse.QuotationFilter(sort="oldest"), cursor=c, limit=n
            )
        )
        ids = [q.id for q in oldest]  # type: ignore[attr-defined]
        assert ids == sorted(ids) and len(ids) == total
        said = _all_pages(
            lambda c, n: browse.list_quotations(
                s, browse.QuotationFilter(sort="said"), cursor=c, limit=n
            )
        )
        keys = [(q.said_on, q.id) for q in said]  # type: ignore[attr-defined]
        assert len({k[1] for k in keys}) == total
        dated = [k for k in keys if k[0] is not None]
        assert dated == sorted(dated, reverse=True) and keys[: len(dated)] == dated
        for sort in ("mentions", "outlets", "recent"):
            claims = _all_pages(
                lambda c, n, sort=sort: browse.list_claims(
                    s, browse.ClaimFilter(sort=sort), cursor=c, limit=n
                ),
                limit=1,
            )
            assert len(claims) == len({c.id for c in claims}) >= 2  # type: ignore[attr-defined]


def test_full_text_search_finds_words_in_any_case(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(
        "Il vertice.\n\n«La libertà è più forte della paura», ha detto Mario Rossi.\n\n"
        "«Serve un piano per la Libertà di stampa», ha aggiunto Rossi.\n",
        encoding="utf-8",
    )
    (tmp_path / "a.json").write_text('{"lang": "it", "published": "2024-03-01"}', "utf-8")
    assert ingest_paths(factory, [tmp_path], max_bytes=2_000_000).ok
    with factory() as s:

        def search(words: str) -> list[str]:
            page = browse.list_quotations(s, browse.QuotationFilter(text=words), limit=500)
            return sorted(q.text for q in page.rows)

        assert len(search("LIBERTÀ")) == 2
        assert search("libertà paura") == ["La libertà è più forte della paura"]
        assert search("libertà elefante") == []
        assert search('"unbalanced (quote* OR') == []  # user syntax is only words
        if s.get_bind().dialect.name == "sqlite":
            assert search("liberta piu") == ["La libertà è più forte della paura"]  # accents folded
