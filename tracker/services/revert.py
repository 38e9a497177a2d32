"""Undo: revert any revision, and soft-delete or restore a quotation.

A revert appends a revision of its own (action ``revert``, pointing at the one it undid),
so the log stays append-only and a revert can itself be reverted. A revert is refused when
the row changed since the revision (revert the later change first): it never silently
overwrites someone's newer work.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tracker.db.base import Base, utcnow
from tracker.db.models import (
    Claim,
    LinkStatus,
    Quotation,
    QuotationLink,
    Revision,
    Role,
    Speaker,
    User,
)
from tracker.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from tracker.services import audit
from tracker.services.claims import rebuild_claims
from tracker.services.merging import undo_move

MODELS: dict[str, type[Base]] = {
    "quotation": Quotation,
    "speaker": Speaker,
    "claim": Claim,
    "quotation_link": QuotationLink,
}
# Never written back: identity, bookkeeping, and what merges record beside the columns.
FIXED = {"id", "version", "created_at", "updated_at", "merged", "split", "absorbed",
         "link_revisions", "moved"}  # fmt: skip


def delete_quotation(session: Session, quotation_id: int, *, user: User) -> Quotation:
    """Soft-delete a quotation (admins): it leaves lists, claims and exports, restorable."""
    return _set_deleted(session, quotation_id, deleted=True, user=user)


def restore_quotation(session: Session, quotation_id: int, *, user: User) -> Quotation:
    """Undo a soft delete (admins)."""
    return _set_deleted(session, quotation_id, deleted=False, user=user)


def _set_deleted(session: Session, quotation_id: int, *, deleted: bool, user: User) -> Quotation:
    _admin(user)
    q = session.get(Quotation, quotation_id)
    if q is None or (q.deleted_at is not None) == deleted:
        raise NotFound(f"no {'' if deleted else 'deleted '}quotation {quotation_id}")
    before = audit.snapshot(q, include_text=True)
    q.deleted_at = utcnow() if deleted else None
    session.flush()
    audit.record(
        session, user=user, obj=q, action="delete" if deleted else "restore", before=before
    )
    rebuild_claims(session)
    return q


def deleted_quotations(session: Session, *, limit: int = 200) -> list[Quotation]:
    stmt = (
        select(Quotation)
        .where(Quotation.deleted_at.is_not(None))
        .order_by(Quotation.deleted_at.desc())
        .limit(limit)
    )
    return list(session.scalars(stmt))


def _admin(user: User) -> None:
    if user.role != Role.ADMIN:
        raise PermissionDenied("only an admin can delete or restore")


def _coerce(obj: Base, key: str, value: Any) -> Any:
    """A snapshot value (JSON) back into the column's Python type."""
    if value is None:
        return None
    column_type = obj.__table__.columns[key].type
    enum_class = getattr(column_type, "enum_class", None)
    if enum_class is not None:
        return enum_class(value)
    try:
        python_type = column_type.python_type
    except NotImplementedError:
        return value
    if python_type in (dt.datetime, dt.date):
        return python_type.fromisoformat(value)
    return value


def revert(session: Session, revision_id: int, *, user: User) -> Revision:
    """Undo one revision; returns the new revision that records the undo."""
    rev = session.get(Revision, revision_id)
    if rev is None:
        raise NotFound(f"no revision {revision_id}")
    if session.scalar(select(Revision.id).where(Revision.reverted_revision_id == rev.id)):
        raise InvalidInput(f"revision {rev.id} was already reverted")
    if rev.action in ("delete", "restore") or (
        rev.table_name == "quotation" and rev.before is None
    ):
        _admin(user)
    if rev.table_name == "speaker" and rev.action in ("merge", "split"):
        speaker = undo_move(session, rev)
        return _record(session, user, speaker, rev, rev.after, None)
    if rev.table_name == "claim" and rev.action in ("claim:merge", "claim:split"):
        for link_rev_id in (rev.after or {}).get("link_revisions", []):
            _revert_link(session, session.get(Revision, link_rev_id), user)
        rebuild_claims(session)
        claim = session.get(Claim, rev.row_id)
        if claim is None:
            raise NotFound(f"no claim {rev.row_id}")
        return _record(session, user, claim, rev, rev.after, rev.before)
    if rev.table_name == "quotation_link":
        new = _revert_link(session, rev, user)
        rebuild_claims(session)
        return new
    model = MODELS.get(rev.table_name)
    if model is None or rev.action in ("merge:kept",):
        raise InvalidInput(f"revision {rev.id} ({rev.action} on {rev.table_name}) has no undo")
    obj = session.get(model, rev.row_id)
    if obj is None:
        raise NotFound(f"no {rev.table_name} {rev.row_id}")
    if rev.before is None:  # a creation: undoing it deletes, softly
        if not isinstance(obj, Quotation):
            raise InvalidInput(f"revision {rev.id} has no undo")
        before = audit.snapshot(obj, include_text=True)
        obj.deleted_at = utcnow()
        session.flush()
        rebuild_claims(session)
        return _record(session, user, obj, rev, before, None)
    before = audit.snapshot(obj, include_text=True)
    after = rev.after or {}
    changed = [k for k in rev.before if k not in FIXED and rev.before.get(k) != after.get(k)]
    moved_on = [k for k in changed if k in before and before[k] != after.get(k)]
    if moved_on:
        raise Conflict(
            f"{rev.table_name} {rev.row_id} changed again after revision {rev.id} "
            f"({', '.join(moved_on)}): revert the later change first",
            current=before,
        )
    for key in changed:
        setattr(obj, key, _coerce(obj, key, rev.before[key]))
    session.flush()
    if isinstance(obj, Quotation) and {"deleted_at", "review_status"} & set(changed):
        rebuild_claims(session)
    return _record(session, user, obj, rev, before, None)


def _revert_link(session: Session, rev: Revision | None, user: User) -> Revision:
    if rev is None or rev.table_name != "quotation_link":
        raise InvalidInput("not a link revision")
    link = session.get(QuotationLink, rev.row_id)
    if link is None:
        raise NotFound(f"no link {rev.row_id}")
    before = audit.snapshot(link)
    if rev.before is None:  # the analyst made this link: remove it
        new = _record(session, user, link, rev, before, None)
        session.execute(delete(QuotationLink).where(QuotationLink.id == link.id))
        session.expire_all()
        return new
    link.status = LinkStatus(rev.before["status"])
    link.decided_by_id = rev.before.get("decided_by_id")
    decided = rev.before.get("decided_at")
    link.decided_at = _coerce(link, "decided_at", decided)
    session.flush()
    return _record(session, user, link, rev, before, None)


def _record(
    session: Session,
    user: User,
    obj: Base,
    reverted: Revision,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> Revision:
    new = audit.record(session, user=user, obj=obj, action="revert", before=before, after=after)
    new.reverted_revision_id = reverted.id
    session.flush()
    return new


__all__ = ["delete_quotation", "deleted_quotations", "restore_quotation", "revert"]
