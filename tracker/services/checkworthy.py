"""Check-worthiness of claims: stored scores from the pure scorer, and the queue of what
to fact-check next. Claims call it whenever they are rebuilt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, joinedload

from tracker.checkworthiness import score_claim
from tracker.db.models import Article, Claim, FactCheckStatus, Quotation, Speaker, SpeakerKind
from tracker.errors import InvalidInput
from tracker.services.browse import Page, _page


def score_claims(session: Session, claim_ids: Iterable[int] | None = None) -> int:
    """Compute and store the check-worthiness of claims (all live ones by default).

    Recency is measured from the newest article stored, so an archive ranks the same
    whenever it is scored.
    """
    today = today_of(session)
    stats = (
        select(
            Quotation.claim_id,
            func.count(Quotation.id),
            func.count(func.distinct(Article.outlet_id)),
            func.min(Article.language),
        )
        .join(Article, Article.id == Quotation.article_id)
        .where(Quotation.deleted_at.is_(None), Quotation.claim_id.is_not(None))
        .group_by(Quotation.claim_id)
    )
    claims_stmt = select(Claim).where(Claim.deleted_at.is_(None))
    if claim_ids is not None:
        ids = list(claim_ids)
        stats = stats.where(Quotation.claim_id.in_(ids))
        claims_stmt = claims_stmt.where(Claim.id.in_(ids))
    per_claim = {cid: (n, outlets, lang) for cid, n, outlets, lang in session.execute(stats)}
    claims = list(session.scalars(claims_stmt.options(joinedload(Claim.speaker))))
    speaker_ids = {c.speaker_id for c in claims if c.speaker_id is not None}
    said: dict[int, int] = {}
    if speaker_ids:
        said = dict(
            session.execute(  # type: ignore[arg-type]
                select(Quotation.speaker_id, func.count())
                .where(Quotation.speaker_id.in_(speaker_ids), Quotation.deleted_at.is_(None))
                .group_by(Quotation.speaker_id)
            ).all()
        )
    for claim in claims:
        n, outlets, lang = per_claim.get(claim.id, (claim.mention_count, 1, None))
        speaker: Speaker | None = claim.speaker
        score = score_claim(
            claim.canonical_text,
            lang=lang,
            mentions=n,
            outlets=outlets,
            last_seen=claim.last_seen,
            today=today,
            speaker_quotations=said.get(claim.speaker_id or -1, 0),
            speaker_named=speaker is not None and speaker.kind != SpeakerKind.ANONYMOUS,
        )
        claim.checkworthiness = score.total
        claim.checkworthiness_signals = score.as_dict()
    session.flush()
    return len(claims)


def today_of(session: Session) -> dt.date | None:
    """The newest publication date stored: the 'today' recency is measured from."""
    return session.scalar(select(func.max(Article.published)))


QUEUE_STATUSES = (FactCheckStatus.NEW, FactCheckStatus.CHECK_WORTHY)


def checkworthy_queue(session: Session, *, cursor: str | None = None, limit: int = 50) -> Page:
    """Claims not yet taken up, most check-worthy first (keyset on score, then id)."""
    score = Claim.checkworthiness  # every live claim is scored when the claims are rebuilt
    stmt = (
        select(Claim)
        .where(
            Claim.deleted_at.is_(None),
            Claim.factcheck_status.in_(QUEUE_STATUSES),
            score.is_not(None),
        )
        .options(joinedload(Claim.speaker))
        .order_by(score.desc(), Claim.id.desc())
        .limit(limit + 1)
    )
    if cursor:
        try:
            value_s, id_s = cursor.split(":")
            value, cid = float(value_s), int(id_s)
        except ValueError:
            raise InvalidInput(f"bad page cursor {cursor!r}") from None
        stmt = stmt.where(or_(score < value, and_(score == value, Claim.id < cid)))
    rows = list(session.scalars(stmt))
    return _page(rows, limit, lambda c: f"{c.checkworthiness}:{c.id}")


__all__ = ["QUEUE_STATUSES", "checkworthy_queue", "score_claims", "today_of"]
