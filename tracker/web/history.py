"""The revision log: every change, who made it and what it was before."""

from __future__ import annotations

from flask import Blueprint, render_template, request
from flask_login import login_required

from tracker.services import audit
from tracker.web.db import get_session

bp = Blueprint("history", __name__, url_prefix="/history")


@bp.get("/")
@login_required
def index() -> str:
    before = request.args.get("before")
    revisions = audit.recent(
        get_session(), before_id=int(before) if before and before.isdigit() else None
    )
    return render_template("history/list.html", revisions=revisions, title="Recent changes")


@bp.get("/<string:table>/<int:row_id>")
@login_required
def of_row(table: str, row_id: int) -> str:
    revisions = audit.history(get_session(), table, row_id)
    return render_template(
        "history/list.html", revisions=revisions, title=f"History of {table} {row_id}"
    )
