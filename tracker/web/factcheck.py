"""Fact-checking: the check-worthiness queue, and a claim's fact-check and attribution."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from tracker.checkworthiness import WEIGHTS
from tracker.services import checkworthy, factcheck
from tracker.services.claims import get_claim
from tracker.services.users import list_users
from tracker.web.actions import attempt, expired, form_version
from tracker.web.auth import editor_required
from tracker.web.db import get_session
from tracker.web.forms import AttributionForm, FactCheckForm

bp = Blueprint("factcheck", __name__, url_prefix="/factcheck")


@bp.get("/")
@login_required
def queue() -> str:
    page = checkworthy.checkworthy_queue(get_session(), cursor=request.args.get("after"))
    return render_template("factcheck/queue.html", page=page, signals=list(WEIGHTS))


def factcheck_form(claim_id: int) -> FactCheckForm:
    """The form for a claim's page, filled from the stored claim on GET."""
    session = get_session()
    claim = get_claim(session, claim_id)
    form = FactCheckForm()
    form.assignee.choices = ["", *(u.username for u in list_users(session) if u.active)]
    if request.method == "GET":
        form.status.data = claim.factcheck_status.value
        form.assignee.data = claim.assignee.username if claim.assignee else ""
        form.verdict.data = claim.verdict or ""
        form.url.data = claim.factcheck_url or ""
        form.explanation.data = claim.factcheck_explanation or ""
        form.version.data = str(claim.version)
    return form


def attribution_form(claim_id: int) -> AttributionForm:
    claim = get_claim(get_session(), claim_id)
    form = AttributionForm()
    if request.method == "GET":
        form.attribution.data = claim.attribution_status.value
        form.note.data = claim.attribution_note or ""
    return form


@bp.post("/claims/<int:claim_id>")
@editor_required
def update(claim_id: int) -> Response:
    form = factcheck_form(claim_id)
    if not form.validate_on_submit():
        flash("Fix the fact-check form: " + "; ".join(
            f"{getattr(form, k).label.text}: {' '.join(v)}" for k, v in form.errors.items()
        ), "error")  # fmt: skip
    else:
        change = factcheck.FactCheckUpdate(
            status=form.status.data,
            assignee=form.assignee.data or "",
            verdict=form.verdict.data,
            explanation=form.explanation.data,
            url=form.url.data,
        )
        attempt(
            lambda: factcheck.set_factcheck(
                get_session(), claim_id, change, user=current_user.row,
                expected_version=form_version(form.version.data),
            ),
            lambda _: f"Claim {claim_id}: fact-check {form.status.data.replace('_', ' ')}.",
        )  # fmt: skip
    return redirect(url_for("claims.detail", claim_id=claim_id) + "#fact-check")


@bp.post("/claims/<int:claim_id>/attribution")
@editor_required
def attribution(claim_id: int) -> Response:
    form = attribution_form(claim_id)
    if form.validate_on_submit():
        attempt(
            lambda: factcheck.set_attribution(
                get_session(), claim_id, form.attribution.data, user=current_user.row,
                note=form.note.data,
            ),
            lambda _: f"Claim {claim_id}: attribution {form.attribution.data}.",
        )  # fmt: skip
    else:
        expired()
    return redirect(url_for("claims.detail", claim_id=claim_id) + "#attribution-check")


@bp.app_context_processor
def scale() -> dict[str, object]:
    return {"rating_scale": current_app.config["RATING_SCALE"]}
