"""What every editing view does around its service call: commit on success, or roll back
and tell the analyst why; and where to go back to afterwards."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from flask import flash, request

from tracker.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from tracker.web.db import get_session

T = TypeVar("T")
REFUSALS = (InvalidInput, NotFound, Conflict, PermissionDenied)


def attempt(change: Callable[[], T], done: Callable[[T], str]) -> T | None:
    """Run ``change`` and commit, flashing ``done(result)``; if the service refuses, roll
    back, flash its reason, and return None."""
    session = get_session()
    try:
        result = change()
    except REFUSALS as exc:
        session.rollback()
        flash(str(exc), "error")
        return None
    session.commit()
    flash(done(result), "info")
    return result


def local_target(default: str) -> str:
    """The form's ``next`` address when it stays on this site, else ``default``."""
    target = request.form.get("next") or request.args.get("next") or ""
    if not target.startswith("/") or target.startswith("//"):
        return default
    return target


def back(default: str) -> str:
    """The page the form was on (the Referer of this site), else ``default``."""
    referrer = request.referrer or ""
    if referrer.startswith(request.host_url):
        return "/" + referrer[len(request.host_url) :]
    return default


def expired() -> None:
    flash("The form expired; try again.", "error")


def form_version(raw: str | None) -> int | None:
    """The version a form was read at (a hidden field), if it sent one."""
    return int(raw) if raw and raw.isdigit() else None
