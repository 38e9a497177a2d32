"""Quotations: store what the extractor found, and the analysts' edits and reviews."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from tracker.db.base import utcnow
from tracker.db.models import (
    Article,
    Origin,
    Quotation,
    QuoteType,
    ReviewStatus,
    Speaker,
    SpeakerKind,
    User,
)
from tracker.errors import Conflict, InvalidInput, NotFound
from tracker.extraction import Quote, extract_quotes
from tracker.services import audit
from tracker.services.candidates import index_tokens
from tracker.services.speakers import Mention, resolve_speaker, resolve_speakers


def store_extracted(
    session: Session, extracted: list[tuple[Article, list[Quote]]]
) -> list[list[int]]:
    """Save the extractor's quotations of several stored articles, speakers resolved:
    the ids of each article's quotations, in order.

    Ingest speed matters, so the work is done once for all of them: one look-up of the
    named speakers, one bulk INSERT of the quotations, one UPDATE of their continuations.
    """
    if not any(quotes for _, quotes in extracted):
        return [[] for _ in extracted]
    named = [
        Mention(q.speaker, q.speaker_kind, q.description, q.mention)
        for _, quotes in extracted
        for q in quotes
        if q.speaker and q.speaker_kind != "anonymous"
    ]
    speakers = resolve_speakers(session, named) if named else {}
    # An unnamed source is nobody across articles: one speaker per article and wording.
    anonymous: dict[tuple[int, str], Speaker] = {}
    for k, (_, quotes) in enumerate(extracted):
        for q in quotes:
            key = (k, (q.speaker or "").lower())
            if q.speaker and q.speaker_kind == "anonymous" and key not in anonymous:
                anonymous[key] = Speaker(name=q.speaker[:300], kind=SpeakerKind.ANONYMOUS)
                session.add(anonymous[key])
    session.flush()

    def speaker_id(k: int, q: Quote) -> int | None:
        if not q.speaker:
            return None
        if q.speaker_kind == "anonymous":
            return anonymous[k, q.speaker.lower()].id
        return speakers[q.speaker.strip()[:300]].id

    rows = [
        {
            "article_id": article.id,
            "span_start": q.start,
            "span_end": q.end,
            "text": q.text,
            "type": QuoteType(q.type),
            "speaker_id": speaker_id(k, q),
            "speaker_mention": (q.mention or q.speaker or None),
            "mention_start": q.mention_span.start if q.mention_span else None,
            "mention_end": q.mention_span.end if q.mention_span else None,
            "cue": q.cue[:200] if q.cue else None,
            "cue_start": q.cue_span.start if q.cue_span else None,
            "cue_end": q.cue_span.end if q.cue_span else None,
            "said_on": q.said_on,
            "medium": q.medium,
            "confidence": q.confidence,
            "origin": Origin.EXTRACTED,
        }
        for k, (article, quotes) in enumerate(extracted)
        for q in quotes
    ]
    # A Core INSERT: the rows are plain values, and the ORM's bulk path adds nothing here.
    # The new ids are matched to the quotations by article and span, which tell them
    # apart: RETURNING rows in input order would cost SQLite one INSERT per row.
    table = cast(Table, Quotation.__table__)
    spans = [(article.id, q.start, q.end) for article, quotes in extracted for q in quotes]
    connection = session.connection()
    if len(set(spans)) == len(spans):
        stmt = insert(table).returning(
            table.c.id, table.c.article_id, table.c.span_start, table.c.span_end
        )
        returned = connection.execute(stmt, rows)
        by_span = {(aid, start, end): qid for qid, aid, start, end in returned}
        flat = [by_span[span] for span in spans]
    else:
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        flat = list(connection.execute(stmt, rows).scalars())
    out: list[list[int]] = []
    links: list[dict[str, int]] = []
    at = 0
    for _, quotes in extracted:
        ids = flat[at : at + len(quotes)]
        at += len(quotes)
        out.append(ids)
        links += [
            {"qid": ids[i], "prev": ids[q.continues]}
            for i, q in enumerate(quotes)
            if q.continues is not None
        ]
    if links:
        session.execute(
            update(table)
            .where(table.c.id == bindparam("qid"))
            .values(continues_id=bindparam("prev")),
            links,
        )
    return out


def quotations_of(text: str, lang: str | None, published: dt.date | None) -> list[Quote]:
    """The extractor's quotations of an article's text; none in a language it has no
    lexicon for yet (the article is kept, unextracted). Pure: runs in worker processes."""
    try:
        return extract_quotes(text, lang=lang, published=published)
    except ValueError:
        return []


def get_quotation(session: Session, quotation_id: int) -> Quotation:
    q = session.get(Quotation, quotation_id)
    if q is None or q.deleted_at is not None:
        raise NotFound(f"no quotation {quotation_id}")
    return q


@dataclass(frozen=True, slots=True)
class QuotationEdit:
    """What an analyst may change on a quotation."""

    span_start: int
    span_end: int
    type: str
    speaker_name: str | None
    said_on: dt.date | None
    medium: str | None
    review_status: str


def _check_span(article: Article, start: int, end: int, expected_text: str | None = None) -> str:
    if not (0 <= start < end <= len(article.text)):
        raise InvalidInput(f"span {start}-{end} is outside the article (0-{len(article.text)})")
    text = article.text[start:end]
    if not text.strip():
        raise InvalidInput("the span holds only white space")
    if expected_text is not None and text != expected_text:
        raise InvalidInput("the selected text does not match the article at those offsets")
    return text


def _check_version(
    session: Session, q: Quotation, expected_version: int, attempted: dict[str, Any]
) -> None:
    """Refuse the change if the stored row moved past the version the analyst edited."""
    stored = session.scalar(select(Quotation.version).where(Quotation.id == q.id))
    if stored != q.version:
        session.refresh(q)
    audit.check_version(q, expected_version, attempted=attempted)


def update_quotation(
    session: Session,
    quotation_id: int,
    edit: QuotationEdit,
    *,
    expected_version: int,
    user: User,
) -> Quotation:
    """Apply an analyst's edit, refusing it if the quotation changed since it was read."""
    q = get_quotation(session, quotation_id)
    attempted = {
        "span_start": edit.span_start,
        "span_end": edit.span_end,
        "type": edit.type,
        "speaker": edit.speaker_name,
        "said_on": edit.said_on.isoformat() if edit.said_on else None,
        "medium": edit.medium,
        "review_status": edit.review_status,
    }
    _check_version(session, q, expected_version, attempted)
    if edit.type not in QuoteType._value2member_map_:
        raise InvalidInput(f"type must be one of {', '.join(QuoteType)}")
    if edit.review_status not in ReviewStatus._value2member_map_:
        raise InvalidInput(f"review status must be one of {', '.join(ReviewStatus)}")
    before = audit.snapshot(q, include_text=True)
    text = _check_span(q.article, edit.span_start, edit.span_end)
    q.span_start, q.span_end, q.text = edit.span_start, edit.span_end, text
    q.type = QuoteType(edit.type)
    name = (edit.speaker_name or "").strip()
    if not name:
        q.speaker = None
    elif q.speaker is None or q.speaker.name != name:
        q.speaker = resolve_speaker(session, name, kind="person")
        q.speaker_mention = q.speaker_mention or name
    q.said_on = edit.said_on
    q.medium = (edit.medium or "").strip() or None
    _set_status(q, ReviewStatus(edit.review_status), user)
    _flush_versioned(session, q, attempted)
    if before.get("text") != q.text:
        index_tokens(session, [(q.id, q.text)])  # the linker's index follows the new words
    audit.record(session, user=user, obj=q, action="edit", before=before)
    return q


def _flush_versioned(session: Session, q: Quotation, attempted: dict[str, Any]) -> None:
    """Flush; a concurrent commit between our check and our UPDATE is a Conflict too."""
    try:
        session.flush()
    except StaleDataError:
        raise Conflict(
            f"quotation {q.id} was changed by someone else while you were saving",
            attempted=attempted,
        ) from None


def _set_status(q: Quotation, status: ReviewStatus, user: User) -> None:
    if q.review_status != status:
        q.review_status = status
        q.reviewed_by_id = user.id if status != ReviewStatus.UNREVIEWED else None
        q.reviewed_at = utcnow() if status != ReviewStatus.UNREVIEWED else None


def review_quotation(
    session: Session,
    quotation_id: int,
    status: str,
    *,
    user: User,
    expected_version: int | None = None,
) -> Quotation:
    """Confirm or reject a quotation (or send it back to unreviewed)."""
    if status not in ReviewStatus._value2member_map_:
        raise InvalidInput(f"review status must be one of {', '.join(ReviewStatus)}")
    q = get_quotation(session, quotation_id)
    if expected_version is not None:
        _check_version(session, q, expected_version, {"review_status": status})
    before = audit.snapshot(q, include_text=True)
    _set_status(q, ReviewStatus(status), user)
    _flush_versioned(session, q, {"review_status": status})
    audit.record(session, user=user, obj=q, action=f"review:{status}", before=before)
    return q


def create_quotation(
    session: Session,
    article_id: int,
    *,
    start: int,
    end: int,
    type: str,
    user: User,
    speaker_name: str | None = None,
    expected_text: str | None = None,
) -> Quotation:
    """An analyst's quotation: the span must match the article's text at those offsets."""
    article = session.get(Article, article_id)
    if article is None:
        raise NotFound(f"no article {article_id}")
    if type not in QuoteType._value2member_map_:
        raise InvalidInput(f"type must be one of {', '.join(QuoteType)}")
    text = _check_span(article, start, end, expected_text)
    speaker = resolve_speaker(session, speaker_name, kind="person") if speaker_name else None
    q = Quotation(
        article=article,
        span_start=start,
        span_end=end,
        text=text,
        type=QuoteType(type),
        speaker=speaker,
        speaker_mention=speaker_name,
        said_on=article.published,
        origin=Origin.ANALYST,
        confidence=1.0,
        review_status=ReviewStatus.CONFIRMED,
        reviewed_by_id=user.id,
        reviewed_at=utcnow(),
    )
    session.add(q)
    session.flush()
    index_tokens(session, [(q.id, q.text)])
    audit.record(session, user=user, obj=q, action="create", before=None)
    return q


def quotations_of_article(session: Session, article_id: int) -> list[Quotation]:
    stmt = (
        select(Quotation)
        .where(Quotation.article_id == article_id, Quotation.deleted_at.is_(None))
        .order_by(Quotation.span_start)
    )
    return list(session.scalars(stmt))
