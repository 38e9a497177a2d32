"""Register the blueprints, one module per resource."""

from __future__ import annotations

from typing import Any

from flask import Flask, redirect, url_for
from werkzeug.wrappers import Response


def register(app: Flask) -> None:
    from tracker.web import (
        api,
        articles,
        claims,
        console,
        downloads,
        factcheck,
        history,
        quotations,
        speakers,
    )
    from tracker.web.filters import query_args

    for module in (
        articles,
        quotations,
        speakers,
        claims,
        factcheck,
        console,
        downloads,
        history,
        api,
    ):
        app.register_blueprint(module.bp)
    from tracker.web import csrf

    csrf.exempt(api.bp)  # token authentication, no cookies

    @app.context_processor
    def helpers() -> dict[str, Any]:
        return {"query_args": query_args}

    @app.route("/")
    def home() -> Response:
        return redirect(url_for("articles.index"))
