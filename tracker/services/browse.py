"""Read-side queries for lists: filters and keyset pagination (no OFFSET scans)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    bindparam,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.dialects.postgresql import REGCONFIG
from sqlalchemy.orm import Session, joinedload

from tracker.db.models import (
    Article,
    Claim,
    FactCheckStatus,
    LinkStatus,
    Outlet,
    Quotation,
    QuotationLink,
    QuotationTag,
    QuoteType,
    ReviewStatus,
    Speaker,
    SpeakerAlias,
    Tag,
)
from tracker.errors import InvalidInput


@dataclass(frozen=True, slots=True)
class Page:
    rows: list[Any]
    next_cursor: str | None


def _page(rows: list[Any], limit: int, cursor_of: Callable[[Any], str]) -> Page:
    """A page from ``limit + 1`` fetched rows: the extra row tells that a next page exists."""
    more = len(rows) > limit
    rows = rows[:limit]
    return Page(rows, cursor_of(rows[-1]) if more and rows else None)


M = TypeVar("M", Quotation, QuotationLink)


def load_in_order(session: Session, model: type[M], ids: list[int], *options: Any) -> list[M]:
    """The rows of ``ids`` in that order, with ``options`` (eager loads) applied.

    The second half of a deferred join: a page's ids are chosen on the table's indexes
    alone, then only those rows are loaded with what they show, so sorting never drags
    joined rows (an article's text) along.
    """
    stmt = select(model).where(model.id.in_(ids)).options(*options)
    loaded = {row.id: row for row in session.scalars(stmt).unique()}
    return [loaded[i] for i in ids]


def _int_cursor(cursor: str | None) -> int | None:
    if not cursor:
        return None
    try:
        return int(cursor)
    except ValueError:
        raise InvalidInput(f"bad page cursor {cursor!r}") from None


def list_articles(
    session: Session,
    *,
    cursor: str | None = None,
    limit: int = 50,
    lang: str | None = None,
    outlet: str | None = None,
) -> Page:
    """Articles, newest stored first, with their quotation counts (counted for the page's
    articles only, so a page costs the same at any size)."""
    stmt = (
        select(Article)
        .options(joinedload(Article.outlet))
        .order_by(Article.id.desc())
        .limit(limit + 1)
    )
    after = _int_cursor(cursor)
    if after is not None:
        stmt = stmt.where(Article.id < after)
    if lang:
        stmt = stmt.where(Article.language == lang)
    if outlet:
        stmt = stmt.join(Outlet, Outlet.id == Article.outlet_id).where(Outlet.name == outlet)
    articles = list(session.scalars(stmt))
    counts = _counts(session, Quotation.article_id, [a.id for a in articles])
    return _page([(a, counts.get(a.id, 0)) for a in articles], limit, lambda row: str(row[0].id))


COUNT_CAP = 100  # lists show "100+" rather than count a prolific speaker's every quote


def _counts(session: Session, column: Any, ids: list[int]) -> dict[int, int]:
    """Live quotations per id of ``column`` (article or speaker), for these ids only, each
    counted up to ``COUNT_CAP + 1`` so a page costs the same whoever is on it."""
    out = {}
    for key in ids:
        capped = (
            select(Quotation.id)
            .where(column == key, Quotation.deleted_at.is_(None))
            .limit(COUNT_CAP + 1)
            .subquery()
        )
        out[key] = session.scalar(select(func.count()).select_from(capped)) or 0
    return out


def _unindexed(column: Any, dialect: str | None) -> Any:
    """``column`` with SQLite's unary ``+``, which keeps the planner off its index: for a
    filter most rows pass, walking the id order and stopping at a page is far cheaper
    than collecting every match and sorting it."""
    if dialect != "sqlite":
        return column
    return literal_column(f"+{column.table.name}.{column.name}", type_=column.type)


@dataclass(frozen=True, slots=True)
class QuotationFilter:
    speaker: str | None = None
    speaker_id: int | None = None
    outlet: str | None = None
    lang: str | None = None
    type: str | None = None
    status: str | None = None
    claim_id: int | None = None
    article_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str | None = None
    tag: str | None = None
    sort: str = "newest"

    def validate(self) -> None:
        if self.sort not in QUOTATION_SORTS:
            raise InvalidInput(f"sort must be one of {', '.join(QUOTATION_SORTS)}")
        if self.type and self.type not in set(QuoteType):
            raise InvalidInput(f"type must be one of {', '.join(QuoteType)}")
        if self.status and self.status not in set(ReviewStatus):
            raise InvalidInput(f"status must be one of {', '.join(ReviewStatus)}")


QUOTATION_SORTS = ("newest", "oldest", "said")


def fts_query(text: str) -> str:
    """The user's words as an FTS5 query: each word a quoted term, all required (no
    operator or syntax of theirs can reach the FTS parser)."""
    words = [w.replace('"', '""') for w in text.split()]
    return " ".join(f'"{w}"' for w in words if w.strip('"'))


def text_match(text: str, dialect: str | None) -> ColumnElement[bool]:
    """Full-text search: SQLite FTS5, PostgreSQL tsvector; elsewhere a substring match."""
    if dialect == "sqlite" and fts_query(text):
        hits: Select[Any] = (
            select(literal_column("rowid"))
            .select_from(table("quotation_fts"))
            .where(literal_column("quotation_fts").op("MATCH")(bindparam("fts", fts_query(text))))
        )
        return Quotation.id.in_(hits)
    if dialect == "postgresql":
        return func.to_tsvector(literal("simple", type_=REGCONFIG), Quotation.text).op("@@")(
            func.plainto_tsquery(literal("simple", type_=REGCONFIG), text)
        )
    return Quotation.text.ilike(f"%{text}%")


def quotation_query(f: QuotationFilter, *, dialect: str | None = None) -> Select[Quotation]:
    """The select behind the quotation list and the exports, filters applied."""
    f.validate()
    stmt = select(Quotation).where(Quotation.deleted_at.is_(None))
    if f.speaker:
        stmt = stmt.join(Speaker, Speaker.id == Quotation.speaker_id).where(
            Speaker.name.ilike(f"%{f.speaker}%")
        )
    if f.outlet or f.lang:
        # Articles as a set, so the quotation index keeps the order (no join to sort).
        articles = select(Article.id)
        if f.lang:
            articles = articles.where(Article.language == f.lang)
        if f.outlet:
            articles = articles.join(Outlet, Outlet.id == Article.outlet_id).where(
                Outlet.name == f.outlet
            )
        stmt = stmt.where(_unindexed(Quotation.article_id, dialect).in_(articles))
    if f.date_from or f.date_to:
        # said_on is set from the article's date when the text gives none
        said = Quotation.said_on if f.sort == "said" else _unindexed(Quotation.said_on, dialect)
        if f.date_from:
            stmt = stmt.where(said >= f.date_from)
        if f.date_to:
            stmt = stmt.where(said <= f.date_to)
    if f.type:
        stmt = stmt.where(Quotation.type == QuoteType(f.type))
    if f.status:
        stmt = stmt.where(Quotation.review_status == ReviewStatus(f.status))
    if f.claim_id is not None:
        stmt = stmt.where(Quotation.claim_id == f.claim_id)
    if f.speaker_id is not None:
        stmt = stmt.where(Quotation.speaker_id == f.speaker_id)
    if f.article_id is not None:
        stmt = stmt.where(Quotation.article_id == f.article_id)
    if f.text:
        stmt = stmt.where(text_match(f.text, dialect))
    if f.tag:
        tagged = (
            select(QuotationTag.quotation_id)
            .join(Tag, Tag.id == QuotationTag.tag_id)
            .where(Tag.name == f.tag)
        )
        stmt = stmt.where(Quotation.id.in_(tagged))
    return stmt


def list_quotations(
    session: Session, f: QuotationFilter, *, cursor: str | None = None, limit: int = 50
) -> Page:
    """Quotations, filtered, newest first (or oldest first, or by the date said); the
    page's ids first, then their rows (``load_in_order``)."""
    stmt = quotation_query(f, dialect=session.get_bind().dialect.name).limit(limit + 1)
    if f.sort == "said":
        ids = _said_ids(session, stmt.with_only_columns(Quotation.id), cursor, limit + 1)
    else:
        stmt = stmt.order_by(Quotation.id.asc() if f.sort == "oldest" else Quotation.id.desc())
        after = _int_cursor(cursor)
        if after is not None:
            stmt = stmt.where(Quotation.id > after if f.sort == "oldest" else Quotation.id < after)
        ids = list(session.scalars(stmt.with_only_columns(Quotation.id)))
    rows = load_in_order(
        session, Quotation, ids, joinedload(Quotation.speaker), joinedload(Quotation.article)
    )
    if f.sort == "said":
        return _page(rows, limit, lambda q: f"{q.said_on.isoformat() if q.said_on else '-'}:{q.id}")
    return _page(rows, limit, lambda q: str(q.id))


def _said_ids(session: Session, stmt: Select[Any], cursor: str | None, n: int) -> list[int]:
    """Most recently said first, undated last; the cursor is ``date:id`` or ``-:id``.

    Dated and undated rows are read by two queries, each in the order of the
    (said_on, id) index walked backwards; one ``NULLS LAST`` sort would not match the
    index on PostgreSQL and would sort the whole table.
    """
    day: dt.date | None = None
    qid: int | None = None
    undated_only = False
    if cursor:
        day_s, qid = _split_cursor(cursor)
        undated_only = day_s == "-"
        day = None if undated_only else _cursor_date(day_s, cursor)
    ids: list[int] = []
    if not undated_only:
        dated = stmt.where(Quotation.said_on.is_not(None)).order_by(
            Quotation.said_on.desc(), Quotation.id.desc()
        )
        if day is not None and qid is not None:
            dated = dated.where(
                or_(Quotation.said_on < day, and_(Quotation.said_on == day, Quotation.id < qid))
            )
        ids = list(session.scalars(dated.limit(n)))
        qid = None
    if len(ids) < n:
        undated = stmt.where(Quotation.said_on.is_(None)).order_by(Quotation.id.desc())
        if qid is not None:
            undated = undated.where(Quotation.id < qid)
        ids += list(session.scalars(undated.limit(n - len(ids))))
    return ids


CLAIM_SORTS = ("mentions", "outlets", "recent")


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    speaker: str | None = None
    speaker_id: int | None = None
    status: str | None = None  # the fact-check status
    date_from: dt.date | None = None  # still reported on or after
    date_to: dt.date | None = None  # first reported on or before
    min_mentions: int | None = None
    text: str | None = None
    sort: str = "mentions"

    def validate(self) -> None:
        if self.sort not in CLAIM_SORTS:
            raise InvalidInput(f"sort must be one of {', '.join(CLAIM_SORTS)}")
        if self.status and self.status not in set(FactCheckStatus):
            raise InvalidInput(f"status must be one of {', '.join(FactCheckStatus)}")
        if self.min_mentions is not None and self.min_mentions < 0:
            raise InvalidInput("min_mentions must be 0 or more")


def claim_query(f: ClaimFilter) -> Select[Claim]:
    """The select behind the claim list and the exports, filters applied."""
    f.validate()
    stmt = select(Claim).where(Claim.deleted_at.is_(None))
    if f.speaker:
        stmt = stmt.join(Speaker, Speaker.id == Claim.speaker_id).where(
            Speaker.name.ilike(f"%{f.speaker}%")
        )
    if f.speaker_id is not None:
        stmt = stmt.where(Claim.speaker_id == f.speaker_id)
    if f.status:
        stmt = stmt.where(Claim.factcheck_status == FactCheckStatus(f.status))
    if f.date_from:
        stmt = stmt.where(Claim.last_seen >= f.date_from)
    if f.date_to:
        stmt = stmt.where(Claim.first_seen <= f.date_to)
    if f.min_mentions is not None:
        stmt = stmt.where(Claim.mention_count >= f.min_mentions)
    if f.text:
        stmt = stmt.where(Claim.canonical_text.ilike(f"%{f.text}%"))
    return stmt


def list_claims(
    session: Session,
    f: ClaimFilter | None = None,
    *,
    cursor: str | None = None,
    limit: int = 50,
) -> Page:
    """Claims ranked by mentions, by outlets, or by recency (keyset on the key and id)."""
    f = f or ClaimFilter()
    column = {"mentions": Claim.mention_count, "outlets": Claim.outlet_count}.get(f.sort)
    stmt = claim_query(f).options(joinedload(Claim.speaker)).limit(limit + 1)
    if column is None:  # recent: last seen, undated last
        stmt = stmt.order_by(Claim.last_seen.desc().nulls_last(), Claim.id.desc())
        if cursor:
            day_s, cid = _split_cursor(cursor)
            if day_s == "-":
                stmt = stmt.where(Claim.last_seen.is_(None), Claim.id < cid)
            else:
                day = _cursor_date(day_s, cursor)
                stmt = stmt.where(
                    or_(
                        Claim.last_seen < day,
                        and_(Claim.last_seen == day, Claim.id < cid),
                        Claim.last_seen.is_(None),
                    )
                )
        rows = list(session.scalars(stmt))
        return _page(rows, limit, lambda c: f"{c.last_seen or '-'}:{c.id}")
    stmt = stmt.order_by(column.desc(), Claim.id.desc())
    if cursor:
        key_s, cid = _split_cursor(cursor)
        if not key_s.isdigit():
            raise InvalidInput(f"bad page cursor {cursor!r}")
        key = int(key_s)
        stmt = stmt.where(or_(column < key, and_(column == key, Claim.id < cid)))
    attr = "mention_count" if f.sort == "mentions" else "outlet_count"
    return _page(list(session.scalars(stmt)), limit, lambda c: f"{getattr(c, attr)}:{c.id}")


def _split_cursor(cursor: str) -> tuple[str, int]:
    key, _, id_s = cursor.partition(":")
    if not id_s.isdigit():
        raise InvalidInput(f"bad page cursor {cursor!r}")
    return key, int(id_s)


def _cursor_date(value: str, cursor: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"bad page cursor {cursor!r}") from None


def list_speakers(
    session: Session, *, cursor: str | None = None, limit: int = 50, q: str | None = None
) -> Page:
    """Speakers with their quotation counts, newest first; ``q`` matches any alias."""
    stmt = (
        select(Speaker)
        .where(Speaker.deleted_at.is_(None))
        .order_by(Speaker.id.desc())
        .limit(limit + 1)
    )
    if q:
        aliases = select(SpeakerAlias.speaker_id).where(SpeakerAlias.alias.ilike(f"%{q}%"))
        stmt = stmt.where(or_(Speaker.name.ilike(f"%{q}%"), Speaker.id.in_(aliases)))
    after = _int_cursor(cursor)
    if after is not None:
        stmt = stmt.where(Speaker.id < after)
    speakers = list(session.scalars(stmt))
    counts = _counts(session, Quotation.speaker_id, [sp.id for sp in speakers])
    return _page([(sp, counts.get(sp.id, 0)) for sp in speakers], limit, lambda r: str(r[0].id))


def suggested_links(
    session: Session, *, limit: int = 50, midpoint: float = 79.0
) -> list[QuotationLink]:
    """Links waiting for an analyst, most uncertain (closest to the middle of the two
    thresholds) first."""
    # Two walks of the (status, score) index outward from the midpoint, then merged:
    # ordering by the distance itself would sort every suggested link.
    base = select(QuotationLink.id, QuotationLink.score).where(
        QuotationLink.status == LinkStatus.SUGGESTED
    )
    above = session.execute(
        base.where(QuotationLink.score >= midpoint).order_by(QuotationLink.score).limit(limit)
    ).all()
    below = session.execute(
        base.where(QuotationLink.score < midpoint).order_by(QuotationLink.score.desc()).limit(limit)
    ).all()
    nearest = sorted([*above, *below], key=lambda row: (abs(row[1] - midpoint), row[0]))[:limit]
    return load_in_order(
        session,
        QuotationLink,
        [row[0] for row in nearest],
        joinedload(QuotationLink.quotation_a).joinedload(Quotation.article),
        joinedload(QuotationLink.quotation_b).joinedload(Quotation.article),
    )


def outlets(session: Session) -> list[str]:
    return list(session.scalars(select(Outlet.name).order_by(Outlet.name)))


# A skip scan: one index probe per distinct language instead of reading every article.
_LANGUAGES = text(
    "WITH RECURSIVE lang(code) AS ("
    " SELECT MIN(language) FROM article"
    " UNION ALL"
    " SELECT (SELECT MIN(language) FROM article WHERE language > lang.code)"
    " FROM lang WHERE lang.code IS NOT NULL)"
    " SELECT code FROM lang WHERE code IS NOT NULL"
)


def languages(session: Session) -> list[str]:
    return list(session.scalars(_LANGUAGES))


__all__ = [
    "ClaimFilter",
    "Page",
    "QuotationFilter",
    "list_articles",
    "list_claims",
    "list_quotations",
    "list_speakers",
    "load_in_order",
    "claim_query",
    "quotation_query",
    "suggested_links",
]
