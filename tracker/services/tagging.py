"""Tags and notes on quotations, and review in bulk or in article order."""

from __future__ import annotations

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.orm import Session, joinedload

from tracker.db.models import Note, Quotation, QuotationTag, ReviewStatus, Tag, User
from tracker.errors import InvalidInput
from tracker.services import audit
from tracker.services.browse import load_in_order
from tracker.services.quotations import get_quotation, review_quotation

MAX_TAGS = 20


def parse_tags(raw: str) -> list[str]:
    """``"economy, Russia ,economy"`` -> ``["economy", "russia"]``: trimmed, lower case,
    unique, in order."""
    names: list[str] = []
    for part in raw.split(","):
        name = " ".join(part.split()).lower()
        if not name:
            continue
        if len(name) > 100:
            raise InvalidInput(f"a tag is at most 100 characters: {name[:20]!r}…")
        if name not in names:
            names.append(name)
    if len(names) > MAX_TAGS:
        raise InvalidInput(f"at most {MAX_TAGS} tags per quotation")
    return names


def set_tags(session: Session, quotation_id: int, names: list[str], *, user: User) -> list[str]:
    """Make ``names`` the quotation's tags (creating new tags); recorded when they change."""
    q = get_quotation(session, quotation_id)
    old = sorted(t.name for t in q.tags)
    if sorted(names) == old:
        return old
    existing = {t.name: t for t in session.scalars(select(Tag).where(Tag.name.in_(names)))}
    for name in names:
        if name not in existing:
            existing[name] = Tag(name=name)
            session.add(existing[name])
    session.flush()
    session.execute(delete(QuotationTag).where(QuotationTag.quotation_id == q.id))
    session.add_all(QuotationTag(quotation_id=q.id, tag_id=existing[n].id) for n in names)
    session.flush()
    session.expire(q, ["tags"])
    audit.record(
        session, user=user, obj=q, action="tags", before={"tags": old},
        after={"tags": sorted(names)},
    )  # fmt: skip
    return sorted(names)


def add_note(session: Session, quotation_id: int, body: str, *, user: User) -> Note:
    body = body.strip()
    if not body:
        raise InvalidInput("the note is empty")
    if len(body) > 20000:
        raise InvalidInput("a note is at most 20,000 characters")
    get_quotation(session, quotation_id)
    note = Note(quotation_id=quotation_id, author_id=user.id, body=body)
    session.add(note)
    session.flush()
    audit.record(session, user=user, obj=note, action="note", before=None)
    return note


def notes_of(session: Session, quotation_id: int) -> list[Note]:
    stmt = (
        select(Note)
        .where(Note.quotation_id == quotation_id, Note.deleted_at.is_(None))
        .options(joinedload(Note.author))
        .order_by(Note.id)
    )
    return list(session.scalars(stmt))


def all_tags(session: Session) -> list[str]:
    return list(session.scalars(select(Tag.name).order_by(Tag.name)))


def review_many(session: Session, ids: list[int], status: str, *, user: User) -> int:
    """Confirm or reject many quotations at once; each gets its own revision."""
    if status not in (ReviewStatus.CONFIRMED, ReviewStatus.REJECTED):
        raise InvalidInput("bulk review confirms or rejects")
    unique = sorted(set(ids))
    if not unique:
        raise InvalidInput("select at least one quotation")
    if len(unique) > 500:
        raise InvalidInput("at most 500 quotations at once")
    for qid in unique:
        review_quotation(session, qid, status, user=user)
    return len(unique)


def review_queue(
    session: Session, *, after: tuple[int, int] | None = None, limit: int = 20
) -> list[Quotation]:
    """Unreviewed quotations in article order (article, then position), from ``after``."""
    stmt = (
        select(Quotation.id)
        .where(Quotation.deleted_at.is_(None), Quotation.review_status == ReviewStatus.UNREVIEWED)
        .order_by(Quotation.article_id, Quotation.span_start, Quotation.id)
        .limit(limit)
    )
    if after is not None:
        article_id, span_start = after
        stmt = stmt.where(
            or_(
                Quotation.article_id > article_id,
                and_(Quotation.article_id == article_id, Quotation.span_start >= span_start),
            )
        )
    ids = list(session.scalars(stmt))  # the page first, then its rows with their articles
    return load_in_order(
        session, Quotation, ids, joinedload(Quotation.article), joinedload(Quotation.speaker)
    )


def unreviewed_count(session: Session, *, cap: int = 10_000) -> int:
    """How many wait for review, counted up to ``cap`` (the page says "10000+")."""
    waiting = (
        select(Quotation.id)
        .where(Quotation.review_status == ReviewStatus.UNREVIEWED, Quotation.deleted_at.is_(None))
        .limit(cap + 1)
        .subquery()
    )
    return session.scalar(select(func.count()).select_from(waiting)) or 0


__all__ = [
    "add_note",
    "all_tags",
    "notes_of",
    "parse_tags",
    "review_many",
    "review_queue",
    "set_tags",
    "unreviewed_count",
]
