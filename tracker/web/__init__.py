"""The review web app: ``create_app`` builds it; blueprints are thin layers over services.

May import tracker.services, tracker.db and tracker.errors; holds no business logic.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from flask import Flask, jsonify, render_template, request
from flask_wtf.csrf import CSRFProtect

from tracker.config import Settings, secret_key
from tracker.errors import Conflict, InvalidInput, NotFound, PermissionDenied

csrf = CSRFProtect()


def create_app(
    test_config: dict[str, Any] | None = None, *, settings: Settings | None = None
) -> Flask:
    """The app: defaults, then ``instance/config.py``, then ``test_config``."""
    settings = settings or Settings.load()
    app = Flask(__name__, instance_path=str(settings.instance_path), instance_relative_config=True)
    app.config.from_mapping(
        DATABASE_URL=settings.database_url,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        REMEMBER_COOKIE_HTTPONLY=True,
        REMEMBER_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=dt.timedelta(hours=12),
        WTF_CSRF_TIME_LIMIT=None,  # tokens live as long as the session
        LOGIN_ATTEMPTS=5,
        LOGIN_WINDOW_SECONDS=300,
        PAGE_SIZE=50,
        CONSOLE_DATABASE_URL=settings.console_database_url,
        MAX_ARTICLE_BYTES=settings.max_article_bytes,
        SQL_TIMEOUT_SECONDS=5.0,
        SQL_DOWNLOAD_TIMEOUT_SECONDS=120.0,
        SQL_ROW_LIMIT=500,
        RATING_SCALE=settings.rating_scale,
        ORGANIZATION=settings.organization,
        ORGANIZATION_URL=settings.organization_url,
    )
    app.config.from_pyfile("config.py", silent=True)
    if test_config:
        app.config.from_mapping(test_config)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = secret_key(Path(app.instance_path))

    from tracker.web import auth, db, views

    db.init_app(app)
    csrf.init_app(app)
    auth.init_app(app)
    views.register(app)
    _register_errors(app)
    return app


def _register_errors(app: Flask) -> None:
    def page(status: int, title: str, message: str) -> tuple[str, int]:
        return render_template(
            "errors/error.html", status=status, title=title, message=message
        ), status

    @app.errorhandler(NotFound)
    def not_found(exc: NotFound) -> tuple[str, int]:
        return page(404, "Not found", str(exc))

    @app.errorhandler(InvalidInput)
    def invalid(exc: InvalidInput) -> tuple[str, int]:
        return page(400, "Invalid input", str(exc))

    @app.errorhandler(Conflict)
    def conflict(exc: Conflict) -> tuple[str, int]:
        return page(409, "Conflict", str(exc))

    @app.errorhandler(PermissionDenied)
    def denied(exc: PermissionDenied) -> tuple[str, int]:
        return page(403, "Not allowed", str(exc))

    @app.errorhandler(404)
    def http_404(exc: Exception) -> Any:
        if request.path.startswith("/api/"):
            return jsonify({"error": {"status": 404, "message": "no such endpoint"}}), 404
        return page(404, "Not found", "There is no page at this address.")

    @app.errorhandler(405)
    def http_405(exc: Exception) -> Any:
        if request.path.startswith("/api/"):
            return jsonify({"error": {"status": 405, "message": "method not allowed"}}), 405
        return page(405, "Not allowed", "This address does not take that method.")

    @app.errorhandler(403)
    def http_403(exc: Exception) -> tuple[str, int]:
        return page(403, "Not allowed", "Your role does not allow this.")
