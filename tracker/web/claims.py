"""Claims: ranked list, detail with every mention and link, link decisions."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from tracker.db.models import Claim
from tracker.linking.diff import word_diff
from tracker.services import audit, browse, merging
from tracker.services.claims import decide_link, get_claim, links_of_claim
from tracker.web.actions import attempt, expired, local_target
from tracker.web.auth import editor_required
from tracker.web.charts import Point, timeline_svg
from tracker.web.db import get_session
from tracker.web.factcheck import attribution_form, factcheck_form
from tracker.web.filters import claim_filter, query_args
from tracker.web.forms import ConfirmForm, LinkDecisionForm, MergeClaimForm

bp = Blueprint("claims", __name__, url_prefix="/claims")


@bp.get("/")
@login_required
def index() -> str:
    session = get_session()
    f = claim_filter(request.args)
    page = browse.list_claims(session, f, cursor=request.args.get("after"))
    args = query_args()
    return render_template(
        "claims/list.html",
        page=page,
        f=f,
        args=args,
        suggested=browse.suggested_links(session, limit=5),
    )


@bp.get("/suggested")
@login_required
def suggested() -> str:
    """The queue of suggested links, most uncertain first, decided from the keyboard."""
    session = get_session()
    links = browse.suggested_links(session, limit=30)
    diffs = {link.id: word_diff(link.quotation_a.text, link.quotation_b.text) for link in links}
    current = request.args.get("current", "0")
    return render_template(
        "claims/suggested.html",
        links=links,
        diffs=diffs,
        current=int(current) if current.isdigit() else 0,
    )


@bp.get("/<int:claim_id>")
@login_required
def detail(claim_id: int) -> str:
    session = get_session()
    claim = get_claim(session, claim_id)
    mentions = sorted(
        (q for q in claim.quotations if q.deleted_at is None),
        key=lambda q: (q.said_on or q.article.published or dt.date.min, q.id),
    )
    points = [
        Point(
            day,
            q.article.outlet.name if q.article.outlet else "(no outlet)",
            q.text,
            url_for("quotations.edit", quotation_id=q.id),
        )
        for q in mentions
        if (day := q.said_on or q.article.published)
    ]
    diffs = {q.id: word_diff(claim.canonical_text, q.text) for q in mentions}
    return render_template(
        "claims/detail.html",
        claim=claim,
        mentions=mentions,
        links=links_of_claim(session, claim),
        factcheck_form=factcheck_form(claim_id),
        attribution_form=attribution_form(claim_id),
        history=audit.history(session, "claim", claim_id),
        merge_form=MergeClaimForm(),
        timeline=timeline_svg(points),
        diffs=diffs,
    )


@bp.post("/links/<int:link_id>")
@editor_required
def decide(link_id: int) -> Response:
    form = LinkDecisionForm()
    if form.validate_on_submit():
        attempt(
            lambda: decide_link(get_session(), link_id, form.status.data, user=current_user.row),
            lambda link: f"Link {link.id} {link.status.value}.",
        )
    else:
        expired()
    return redirect(local_target(url_for("claims.index")))


@bp.post("/<int:claim_id>/merge")
@editor_required
def merge(claim_id: int) -> Response:
    form = MergeClaimForm()
    if not form.validate_on_submit():
        flash("Give the number of the claim to merge with.", "error")
        return redirect(url_for("claims.detail", claim_id=claim_id))
    merged = attempt(
        lambda: merging.merge_claims(
            get_session(), claim_id, form.other.data, user=current_user.row
        ),
        lambda c: f"Claims {claim_id} and {form.other.data} are now claim {c.id}.",
    )
    return redirect(url_for("claims.detail", claim_id=merged.id if merged else claim_id))


@bp.post("/<int:claim_id>/split")
@editor_required
def split(claim_id: int) -> Response:
    moved = [int(x) for x in request.form.getlist("mention") if x.isdigit()]
    if not ConfirmForm().validate_on_submit():
        expired()
    else:
        attempt(
            lambda: merging.split_claim(get_session(), claim_id, moved, user=current_user.row),
            lambda _: f"{len(moved)} mention(s) split off claim {claim_id}.",
        )
    claim = get_session().get(Claim, claim_id)
    if claim is None or claim.deleted_at is not None:  # every mention left: it retired
        return redirect(url_for("claims.index"))
    return redirect(url_for("claims.detail", claim_id=claim_id))
