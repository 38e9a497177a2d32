"""Users and roles: viewers read, annotators edit and review, admins manage users."""

from __future__ import annotations

import hashlib
import re
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from tracker.db.base import utcnow
from tracker.db.models import ApiToken, Role, User
from tracker.errors import InvalidInput, NotFound

MIN_PASSWORD = 8
_USERNAME = re.compile(r"^[A-Za-z0-9_.-]{2,80}$")
# Compared against when the user does not exist, so timing does not reveal usernames.
_DUMMY_HASH = generate_password_hash("not a real password")


def _role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise InvalidInput(f"role must be one of: {', '.join(Role)}") from None


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(f"password must have at least {MIN_PASSWORD} characters")


def create_user(session: Session, username: str, password: str, role: str = "viewer") -> User:
    if not _USERNAME.match(username):
        raise InvalidInput("username: 2-80 letters, digits, '.', '_' or '-'")
    _check_password(password)
    if session.scalar(select(User).where(User.username == username)) is not None:
        raise InvalidInput(f"user {username!r} already exists")
    user = User(username=username, password_hash=generate_password_hash(password), role=_role(role))
    session.add(user)
    session.flush()
    return user


def get_user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound(f"no user {username!r}")
    return user


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The active user with these credentials, else None."""
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        check_password_hash(_DUMMY_HASH, password)
        return None
    if not user.active or not check_password_hash(user.password_hash, password):
        return None
    return user


def set_role(session: Session, username: str, role: str) -> User:
    user = get_user(session, username)
    user.role = _role(role)
    session.flush()
    return user


def reset_password(session: Session, username: str, password: str) -> User:
    _check_password(password)
    user = get_user(session, username)
    user.password_hash = generate_password_hash(password)
    session.flush()
    return user


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.username)))


def can_edit(user: User | None) -> bool:
    return user is not None and user.active and user.role in (Role.ANNOTATOR, Role.ADMIN)


TOKEN_PREFIX = "trk_"


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(session: Session, username: str, name: str) -> tuple[ApiToken, str]:
    """A new API token for a user; the token itself is returned once and never stored."""
    user = get_user(session, username)
    name = name.strip()
    if not name or len(name) > 100:
        raise InvalidInput("a token needs a name of 1-100 characters (what it is for)")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(user=user, name=name, token_hash=_token_hash(token), prefix=token[:12])
    session.add(row)
    session.flush()
    return row, token


def user_for_token(session: Session, token: str) -> User | None:
    """The active user a live token belongs to, else None; the token's last use is noted."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
        return None
    row = session.scalar(select(ApiToken).where(ApiToken.token_hash == _token_hash(token)))
    if row is None or row.revoked_at is not None or not row.user.active:
        return None
    row.last_used_at = utcnow()
    return row.user


def list_tokens(session: Session, username: str | None = None) -> list[ApiToken]:
    stmt = select(ApiToken).order_by(ApiToken.id)
    if username is not None:
        stmt = stmt.where(ApiToken.user_id == get_user(session, username).id)
    return list(session.scalars(stmt))


def revoke_token(session: Session, token_id: int) -> ApiToken:
    row = session.get(ApiToken, token_id)
    if row is None:
        raise NotFound(f"no token {token_id}")
    row.revoked_at = row.revoked_at or utcnow()
    session.flush()
    return row
