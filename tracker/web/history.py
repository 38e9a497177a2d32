"""The revision log: every change, who made it and what it was before."""

from __future__ import annotations

from flask import Blueprint, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from tracker.services import audit
from tracker.services import revert as revert_service
from tracker.web.actions import attempt, back, expired
from tracker.web.auth import editor_required
from tracker.web.db import get_session
from tracker.web.forms import ConfirmForm

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


@bp.post("/<int:revision_id>/revert")
@editor_required
def revert(revision_id: int) -> Response:
    if not ConfirmForm().validate_on_submit():
        expired()
    else:
        attempt(
            lambda: revert_service.revert(get_session(), revision_id, user=current_user.row),
            lambda new: f"Revision {revision_id} reverted (revision {new.id}).",
        )
    return redirect(back(url_for("history.index")))
