"""The fact-check workflow of claims, apart from the check of their attribution, and the
check-worthiness queue that says which claim to check next."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.orm.exc import StaleDataError

from tracker.checkworthiness import score_claim
from tracker.db.base import utcnow
from tracker.db.models import (
    Article,
    AttributionStatus,
    Claim,
    FactCheckStatus,
    Quotation,
    Speaker,
    SpeakerKind,
    User,
)
from tracker.errors import Conflict, InvalidInput, NotFound
from tracker.services import audit
from tracker.services.browse import Page, _page

# Where a claim may go from each status. Any status may return to "new" (a mistake undone).
TRANSITIONS: dict[FactCheckStatus, set[FactCheckStatus]] = {
    FactCheckStatus.NEW: {
        FactCheckStatus.CHECK_WORTHY,
        FactCheckStatus.ASSIGNED,
        FactCheckStatus.NOT_CHECKABLE,
    },
    FactCheckStatus.CHECK_WORTHY: {FactCheckStatus.ASSIGNED, FactCheckStatus.NOT_CHECKABLE},
    FactCheckStatus.ASSIGNED: {
        FactCheckStatus.ASSIGNED,  # reassigned
        FactCheckStatus.IN_REVIEW,
        FactCheckStatus.NOT_CHECKABLE,
    },
    FactCheckStatus.IN_REVIEW: {
        FactCheckStatus.ASSIGNED,
        FactCheckStatus.CHECKED,
        FactCheckStatus.NOT_CHECKABLE,
    },
    FactCheckStatus.CHECKED: {FactCheckStatus.CHECKED, FactCheckStatus.IN_REVIEW},
    FactCheckStatus.NOT_CHECKABLE: {FactCheckStatus.CHECK_WORTHY},
}


def get_claim(session: Session, claim_id: int) -> Claim:
    claim = session.get(Claim, claim_id)
    if claim is None or claim.deleted_at is not None:
        raise NotFound(f"no claim {claim_id}")
    return claim


@dataclass(frozen=True, slots=True)
class FactCheckUpdate:
    status: str
    assignee: str | None = None  # a username
    verdict: str | None = None
    explanation: str | None = None
    url: str | None = None


def _valid_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidInput(f"the fact-check URL must be an http(s) address, got {url!r}")
    return url


def set_factcheck(
    session: Session,
    claim_id: int,
    change: FactCheckUpdate,
    *,
    user: User,
    expected_version: int | None = None,
) -> Claim:
    """Move a claim through the fact-check workflow; every change is a revision."""
    try:
        status = FactCheckStatus(change.status)
    except ValueError:
        raise InvalidInput(
            f"fact-check status must be one of {', '.join(FactCheckStatus)}"
        ) from None
    claim = get_claim(session, claim_id)
    if expected_version is not None and claim.version != expected_version:
        raise Conflict(
            f"claim {claim.id} was changed by someone else (version {claim.version}, "
            f"you edited version {expected_version})",
            current=audit.snapshot(claim),
        )
    allowed = TRANSITIONS[claim.factcheck_status] | {FactCheckStatus.NEW}
    if status != claim.factcheck_status and status not in allowed:
        raise InvalidInput(
            f"a claim that is {claim.factcheck_status.value} can move to "
            f"{', '.join(sorted(s.value for s in allowed))}, not {status.value}"
        )
    before = audit.snapshot(claim)
    assignee = claim.assignee
    if change.assignee is not None:
        name = change.assignee.strip()
        assignee = session.scalar(select(User).where(User.username == name)) if name else None
        if name and assignee is None:
            raise InvalidInput(f"no user {name!r} to assign")
    if status in (FactCheckStatus.ASSIGNED, FactCheckStatus.IN_REVIEW) and assignee is None:
        raise InvalidInput(f"a claim {status.value.replace('_', ' ')} needs an assignee")
    verdict = (change.verdict or "").strip() or None
    explanation = (change.explanation or "").strip() or None
    url = (change.url or "").strip() or None
    if status == FactCheckStatus.CHECKED:
        if verdict is None:
            raise InvalidInput("a checked claim needs a verdict")
        if url is None:
            raise InvalidInput("a checked claim needs the URL of the published fact-check")
    if url is not None:
        _valid_url(url)
    if verdict is not None and len(verdict) > 200:
        raise InvalidInput("the verdict is at most 200 characters")
    claim.factcheck_status = status
    claim.assignee = assignee
    if status == FactCheckStatus.CHECKED:
        claim.verdict, claim.factcheck_explanation, claim.factcheck_url = verdict, explanation, url
        claim.checked_at = utcnow()
    elif status == FactCheckStatus.NEW:
        claim.verdict = claim.factcheck_explanation = claim.factcheck_url = None
        claim.checked_at = None
        claim.assignee = None
    try:
        session.flush()
    except StaleDataError:
        raise Conflict(f"claim {claim.id} was changed by someone else while saving") from None
    audit.record(session, user=user, obj=claim, action=f"factcheck:{status.value}", before=before)
    return claim


def set_attribution(
    session: Session, claim_id: int, status: str, *, user: User, note: str | None = None
) -> Claim:
    """Record whether the speaker really said it (apart from whether it is true)."""
    try:
        value = AttributionStatus(status)
    except ValueError:
        raise InvalidInput(
            f"attribution status must be one of {', '.join(AttributionStatus)}"
        ) from None
    claim = get_claim(session, claim_id)
    before = audit.snapshot(claim)
    claim.attribution_status = value
    claim.attribution_note = (note or "").strip() or None
    session.flush()
    audit.record(session, user=user, obj=claim, action=f"attribution:{value.value}", before=before)
    return claim


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


def users_to_assign(session: Session) -> list[str]:
    return list(session.scalars(select(User.username).where(User.active).order_by(User.username)))


__all__ = [
    "FactCheckUpdate",
    "TRANSITIONS",
    "checkworthy_queue",
    "score_claims",
    "set_attribution",
    "set_factcheck",
    "today_of",
    "users_to_assign",
]
