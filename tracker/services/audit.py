"""The append-only revision log: snapshots of rows before and after every change."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from tracker.db.base import Base
from tracker.db.models import Claim, Quotation, Revision, Speaker, User
from tracker.errors import Conflict

_SKIP = {"updated_at", "created_at", "text"}


def _jsonable(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def snapshot(obj: Base, *, include_text: bool = False) -> dict[str, Any]:
    """The column values of a row, JSON-ready (the article-length text only when asked)."""
    mapper = inspect(obj).mapper
    out = {}
    for attr in mapper.column_attrs:
        if attr.key in _SKIP and not (include_text and attr.key == "text"):
            continue
        out[attr.key] = _jsonable(getattr(obj, attr.key))
    return out


def check_version(
    obj: Quotation | Speaker | Claim,
    expected_version: int | None,
    *,
    attempted: dict[str, Any] | None = None,
) -> None:
    """Refuse a change made from an outdated read of ``obj`` (optimistic locking)."""
    if expected_version is None or obj.version == expected_version:
        return
    raise Conflict(
        f"{obj.__tablename__} {obj.id} was changed by someone else "
        f"(version {obj.version}, you edited version {expected_version})",
        current=snapshot(obj, include_text=True),
        attempted=attempted,
    )


def record(
    session: Session,
    *,
    user: User | None,
    obj: Base,
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None = None,
) -> Revision:
    """Append a revision for ``obj``; ``after`` defaults to its current snapshot."""
    session.flush()
    row_id = inspect(obj).identity
    if row_id is None:
        raise ValueError("record() needs a persisted object")
    rev = Revision(
        user_id=user.id if user else None,
        table_name=obj.__tablename__,
        row_id=int(row_id[0]),
        action=action,
        before=before,
        after=after if after is not None else snapshot(obj, include_text=True),
    )
    session.add(rev)
    session.flush()
    return rev


def history(session: Session, table_name: str, row_id: int) -> list[Revision]:
    """Every revision of one row, newest first."""
    stmt = (
        select(Revision)
        .where(Revision.table_name == table_name, Revision.row_id == row_id)
        .order_by(Revision.id.desc())
    )
    return list(session.scalars(stmt))


def recent(session: Session, *, limit: int = 50, before_id: int | None = None) -> list[Revision]:
    stmt = select(Revision).order_by(Revision.id.desc()).limit(limit)
    if before_id is not None:
        stmt = stmt.where(Revision.id < before_id)
    return list(session.scalars(stmt))
