"""Claims: ranked list, detail with every mention and link, link decisions."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from tracker.services import audit, browse
from tracker.services.claims import decide_link, links_of_claim
from tracker.services.factcheck import get_claim
from tracker.web.auth import editor_required
from tracker.web.db import get_session
from tracker.web.factcheck import attribution_form, factcheck_form
from tracker.web.forms import LinkDecisionForm

bp = Blueprint("claims", __name__, url_prefix="/claims")


@bp.get("/")
@login_required
def index() -> str:
    session = get_session()
    page = browse.list_claims(session, cursor=request.args.get("after"))
    return render_template(
        "claims/list.html", page=page, suggested=browse.suggested_links(session, limit=20)
    )


@bp.get("/<int:claim_id>")
@login_required
def detail(claim_id: int) -> str:
    session = get_session()
    claim = get_claim(session, claim_id)
    mentions = sorted(claim.quotations, key=lambda q: (q.said_on or q.article.published or 0, q.id))
    return render_template(
        "claims/detail.html",
        claim=claim,
        mentions=mentions,
        links=links_of_claim(session, claim),
        factcheck_form=factcheck_form(claim_id),
        attribution_form=attribution_form(claim_id),
        history=audit.history(session, "claim", claim_id),
    )


@bp.post("/links/<int:link_id>")
@editor_required
def decide(link_id: int) -> Response:
    session = get_session()
    form = LinkDecisionForm()
    if form.validate_on_submit():
        link = decide_link(session, link_id, form.status.data, user=current_user.row)
        session.commit()
        flash(f"Link {link.id} {link.status.value}.", "info")
    else:
        flash("The form expired; try again.", "error")
    return redirect(request.form.get("next") or url_for("claims.index"))
