"""Users and roles: viewers read, annotators edit and review, admins manage users."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from tracker.db.models import Role, User
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
