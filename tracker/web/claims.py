"""Claims: ranked list, detail with every mention and link, link decisions."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from tracker.errors import InvalidInput, NotFound
from tracker.linking.diff import word_diff
from tracker.services import audit, browse, merging
from tracker.services.claims import decide_link, get_claim, links_of_claim
from tracker.web.auth import editor_required
from tracker.web.charts import Point, timeline_svg
from tracker.web.db import get_session
from tracker.web.factcheck import attribution_form, factcheck_form
from tracker.web.filters import claim_filter
from tracker.web.forms import ConfirmForm, LinkDecisionForm, MergeClaimForm

bp = Blueprint("claims", __name__, url_prefix="/claims")


@bp.get("/")
@login_required
def index() -> str:
    session = get_session()
    f = claim_filter(request.args)
    page = browse.list_claims(session, f, cursor=request.args.get("after"))
    args = {k: v for k, v in request.args.items() if k != "after" and v}
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
    session = get_session()
    form = LinkDecisionForm()
    if form.validate_on_submit():
        link = decide_link(session, link_id, form.status.data, user=current_user.row)
        session.commit()
        flash(f"Link {link.id} {link.status.value}.", "info")
    else:
        flash("The form expired; try again.", "error")
    target = request.form.get("next") or ""
    if not target.startswith("/") or target.startswith("//"):
        target = url_for("claims.index")
    return redirect(target)


@bp.post("/<int:claim_id>/merge")
@editor_required
def merge(claim_id: int) -> Response:
    session = get_session()
    form = MergeClaimForm()
    if not form.validate_on_submit():
        flash("Give the number of the claim to merge with.", "error")
        return redirect(url_for("claims.detail", claim_id=claim_id))
    try:
        merged = merging.merge_claims(session, claim_id, form.other.data, user=current_user.row)
    except (InvalidInput, NotFound) as exc:
        session.rollback()
        flash(str(exc), "error")
        return redirect(url_for("claims.detail", claim_id=claim_id))
    session.commit()
    flash(f"Claims {claim_id} and {form.other.data} are now claim {merged.id}.", "info")
    return redirect(url_for("claims.detail", claim_id=merged.id))


@bp.post("/<int:claim_id>/split")
@editor_required
def split(claim_id: int) -> Response:
    session = get_session()
    moved = [int(x) for x in request.form.getlist("mention") if x.isdigit()]
    if not ConfirmForm().validate_on_submit():
        flash("The form expired; try again.", "error")
        return redirect(url_for("claims.detail", claim_id=claim_id))
    try:
        merging.split_claim(session, claim_id, moved, user=current_user.row)
    except (InvalidInput, NotFound) as exc:
        session.rollback()
        flash(str(exc), "error")
        return redirect(url_for("claims.detail", claim_id=claim_id))
    session.commit()
    flash(f"{len(moved)} mention(s) split off claim {claim_id}.", "info")
    alive = get_claim_or_none(claim_id)
    return redirect(
        url_for("claims.detail", claim_id=claim_id) if alive else url_for("claims.index")
    )


def get_claim_or_none(claim_id: int) -> bool:
    try:
        get_claim(get_session(), claim_id)
    except NotFound:
        return False
    return True
