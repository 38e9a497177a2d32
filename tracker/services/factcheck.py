"""The fact-check workflow of claims, and, kept apart, the check of their attribution."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from tracker.db.base import utcnow
from tracker.db.models import (
    AttributionStatus,
    Claim,
    FactCheckStatus,
    User,
)
from tracker.errors import Conflict, InvalidInput
from tracker.services import audit
from tracker.services.claims import get_claim

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
    audit.check_version(claim, expected_version)
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


__all__ = ["TRANSITIONS", "FactCheckUpdate", "set_attribution", "set_factcheck"]
