"""Login, logout and roles: viewers read, annotators edit and review, admins manage."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

from flask import (
    Blueprint,
    Flask,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import LoginManager, current_user, login_required, login_user, logout_user
from werkzeug.wrappers import Response

from tracker.db.models import Role, User
from tracker.errors import InvalidInput, NotFound
from tracker.services.users import authenticate, create_token, list_tokens, revoke_token
from tracker.web.db import get_session
from tracker.web.forms import ConfirmForm, LoginForm, TokenForm

bp = Blueprint("auth", __name__)
login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = "Please log in to see this page."
F = TypeVar("F", bound=Callable[..., Any])


class AuthUser:
    """The logged-in user as Flask-Login sees it (models stay free of Flask)."""

    is_authenticated = True
    is_anonymous = False

    def __init__(self, row: User) -> None:
        self.row = row
        self.id = row.id
        self.username = row.username
        self.role = row.role

    @property
    def is_active(self) -> bool:
        return self.row.active

    def get_id(self) -> str:
        return str(self.id)

    @property
    def can_edit(self) -> bool:
        return self.role in (Role.ANNOTATOR, Role.ADMIN)

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN


@login_manager.user_loader
def _load(user_id: str) -> AuthUser | None:
    row = get_session().get(User, int(user_id)) if user_id.isdigit() else None
    return AuthUser(row) if row is not None and row.active else None


def init_app(app: Flask) -> None:
    login_manager.init_app(app)
    app.extensions["tracker.throttle"] = Throttle()
    app.register_blueprint(bp)

    @app.context_processor
    def inject() -> dict[str, Any]:
        return {"confirm_form": ConfirmForm()}


def roles_required(*roles: Role) -> Callable[[F], F]:
    """Only logged-in users with one of ``roles``; everyone else gets 403."""

    def decorate(fn: F) -> F:
        @wraps(fn)
        @login_required
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if current_user.role not in roles:
                abort(403)
            return fn(*args, **kwargs)

        return cast(F, wrapper)

    return decorate


editor_required = roles_required(Role.ANNOTATOR, Role.ADMIN)
admin_required = roles_required(Role.ADMIN)


class Throttle:
    """Failed logins per client and username in a sliding window (per process)."""

    def __init__(self) -> None:
        self._fails: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, str], window: float) -> deque[float]:
        q = self._fails.setdefault(key, deque())
        cutoff = time.monotonic() - window
        while q and q[0] < cutoff:
            q.popleft()
        return q

    def blocked(self, key: tuple[str, str], limit: int, window: float) -> bool:
        with self._lock:
            return len(self._recent(key, window)) >= limit

    def fail(self, key: tuple[str, str], window: float) -> None:
        with self._lock:
            self._recent(key, window).append(time.monotonic())

    def clear(self, key: tuple[str, str]) -> None:
        with self._lock:
            self._fails.pop(key, None)


@bp.route("/login", methods=["GET", "POST"])
def login() -> str | Response | tuple[str, int]:
    form = LoginForm()
    if form.validate_on_submit():
        cfg = current_app.config
        throttle: Throttle = current_app.extensions["tracker.throttle"]
        key = (request.remote_addr or "?", form.username.data.lower())
        if throttle.blocked(key, cfg["LOGIN_ATTEMPTS"], cfg["LOGIN_WINDOW_SECONDS"]):
            flash("Too many failed attempts: wait a few minutes and try again.", "error")
            return render_template("auth/login.html", form=form), 429
        user = authenticate(get_session(), form.username.data, form.password.data)
        if user is None:
            throttle.fail(key, cfg["LOGIN_WINDOW_SECONDS"])
            flash("Wrong username or password.", "error")
            return render_template("auth/login.html", form=form), 401
        throttle.clear(key)
        login_user(AuthUser(user))
        flash(f"Logged in as {user.username} ({user.role.value}).", "info")
        target = request.args.get("next", "")
        if not target.startswith("/") or target.startswith("//"):
            target = url_for("articles.index")
        return redirect(target)
    return render_template("auth/login.html", form=form)


@bp.route("/logout", methods=["POST"])
def logout() -> Response:
    form = ConfirmForm()
    if form.validate_on_submit():
        logout_user()
        flash("Logged out.", "info")
    return redirect(url_for("auth.login"))


@bp.route("/tokens", methods=["GET", "POST"])
@login_required
def tokens() -> str:
    """The user's own API tokens: create one (shown once), see and revoke them."""
    session = get_session()
    form = TokenForm()
    created = None
    if form.validate_on_submit():
        try:
            _row, created = create_token(session, current_user.username, form.name.data)
        except InvalidInput as exc:
            session.rollback()
            flash(str(exc), "error")
        else:
            session.commit()
            form.name.data = ""
    return render_template(
        "auth/tokens.html",
        form=form,
        created=created,
        tokens=list_tokens(session, current_user.username),
    )


@bp.post("/tokens/<int:token_id>/revoke")
@login_required
def revoke(token_id: int) -> Response:
    session = get_session()
    mine = {t.id for t in list_tokens(session, current_user.username)}
    if token_id not in mine and not current_user.is_admin:
        raise NotFound(f"no token {token_id}")
    if ConfirmForm().validate_on_submit():
        revoke_token(session, token_id)
        session.commit()
        flash(f"Token {token_id} revoked.", "info")
    return redirect(url_for("auth.tokens"))
