"""Quotations: the filtered list, the edit form with optimistic locking, review actions."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from tracker.db.models import Quotation
from tracker.errors import Conflict, InvalidInput
from tracker.services import audit, browse, tagging
from tracker.services import revert as revert_service
from tracker.services.quotations import (
    QuotationEdit,
    get_quotation,
    review_quotation,
    update_quotation,
)
from tracker.web.actions import attempt, expired, form_version, local_target
from tracker.web.auth import admin_required, editor_required
from tracker.web.db import get_session
from tracker.web.filters import query_args, quotation_filter
from tracker.web.forms import BulkReviewForm, ConfirmForm, QuotationForm, ReviewForm

bp = Blueprint("quotations", __name__, url_prefix="/quotations")


def _filter_from_args() -> browse.QuotationFilter:
    return quotation_filter(request.args)


@bp.get("/")
@login_required
def index() -> str:
    session = get_session()
    f = _filter_from_args()
    page = browse.list_quotations(session, f, cursor=request.args.get("after"))
    args = query_args()
    return render_template(
        "quotations/list.html",
        page=page,
        f=f,
        args=args,
        outlets=browse.outlets(session),
        languages=browse.languages(session),
        tags=tagging.all_tags(session),
        bulk_form=BulkReviewForm(),
    )


@bp.route("/<int:quotation_id>", methods=["GET", "POST"])
@login_required
def edit(quotation_id: int) -> str | Response | tuple[str, int]:
    session = get_session()
    q = get_quotation(session, quotation_id)
    form = QuotationForm(obj=None)
    if request.method == "GET":
        form.span_start.data, form.span_end.data = q.span_start, q.span_end
        form.type.data = q.type.value
        form.speaker.data = q.speaker.name if q.speaker else ""
        form.said_on.data, form.medium.data = q.said_on, q.medium or ""
        form.review_status.data = q.review_status.value
        form.version.data = str(q.version)
        form.tags.data = ", ".join(t.name for t in q.tags)
    elif not current_user.can_edit:
        return render_template(
            "errors/error.html",
            status=403,
            title="Not allowed",
            message="Viewers cannot edit quotations.",
        ), 403
    elif form.validate_on_submit():
        edit_ = QuotationEdit(
            span_start=form.span_start.data,
            span_end=form.span_end.data,
            type=form.type.data,
            speaker_name=form.speaker.data,
            said_on=form.said_on.data,
            medium=form.medium.data,
            review_status=form.review_status.data,
        )
        try:
            tags = tagging.parse_tags(form.tags.data or "")
            update_quotation(
                session,
                quotation_id,
                edit_,
                user=current_user.row,
                expected_version=int(form.version.data),
            )
            tagging.set_tags(session, quotation_id, tags, user=current_user.row)
            if (form.note.data or "").strip():
                tagging.add_note(session, quotation_id, form.note.data, user=current_user.row)
        except Conflict as exc:
            session.rollback()
            current = get_quotation(session, quotation_id)
            return render_template(
                "quotations/conflict.html",
                q=current,
                error=str(exc),
                attempted=exc.attempted,
                current=exc.current,
            ), 409
        except InvalidInput as exc:
            session.rollback()
            flash(str(exc), "error")
            return render_template(
                "quotations/edit.html",
                q=q,
                form=form,
                history=audit.history(session, "quotation", q.id),
                notes=tagging.notes_of(session, q.id),
            ), 400
        session.commit()
        flash(f"Quotation {quotation_id} saved.", "info")
        return redirect(url_for("quotations.edit", quotation_id=quotation_id))
    status = 400 if request.method == "POST" else 200
    return render_template(
        "quotations/edit.html",
        q=q,
        form=form,
        history=audit.history(session, "quotation", q.id),
        notes=tagging.notes_of(session, q.id),
    ), status


@bp.post("/<int:quotation_id>/review")
@editor_required
def review(quotation_id: int) -> Response:
    session = get_session()
    form = ReviewForm()
    if form.validate_on_submit():
        review_quotation(
            session,
            quotation_id,
            form.status.data,
            user=current_user.row,
            expected_version=form_version(form.version.data),
        )
        session.commit()
        flash(f"Quotation {quotation_id} {form.status.data}.", "info")
    else:
        flash("The form expired; try again.", "error")
    return redirect(
        request.form.get("next") or url_for("quotations.edit", quotation_id=quotation_id)
    )


@bp.post("/<int:quotation_id>/delete")
@admin_required
def delete(quotation_id: int) -> Response:
    if ConfirmForm().validate_on_submit():
        attempt(
            lambda: revert_service.delete_quotation(
                get_session(), quotation_id, user=current_user.row
            ),
            lambda _: f"Quotation {quotation_id} deleted; an admin can restore it.",
        )
    return redirect(url_for("quotations.deleted"))


@bp.post("/<int:quotation_id>/restore")
@admin_required
def restore(quotation_id: int) -> Response:
    if ConfirmForm().validate_on_submit():
        attempt(
            lambda: revert_service.restore_quotation(
                get_session(), quotation_id, user=current_user.row
            ),
            lambda _: f"Quotation {quotation_id} restored.",
        )
    return redirect(url_for("quotations.edit", quotation_id=quotation_id))


@bp.get("/deleted")
@admin_required
def deleted() -> str:
    rows = revert_service.deleted_quotations(get_session())
    return render_template("quotations/deleted.html", rows=rows)


@bp.post("/bulk")
@editor_required
def bulk() -> Response:
    form = BulkReviewForm()
    ids = [int(x) for x in request.form.getlist("quotation") if x.isdigit()]
    if not form.validate_on_submit():
        expired()
    else:
        attempt(
            lambda: tagging.review_many(
                get_session(), ids, form.status.data, user=current_user.row
            ),
            lambda n: f"{n} quotation(s) {form.status.data}.",
        )
    return redirect(local_target(url_for("quotations.index")))


def _queue_after() -> tuple[int, int] | None:
    raw = request.args.get("after", "")
    a, _, b = raw.partition(":")
    return (int(a), int(b)) if a.isdigit() and b.isdigit() else None


@bp.get("/queue")
@login_required
def queue() -> str:
    session = get_session()
    after = _queue_after()
    items = tagging.review_queue(session, after=after, limit=20)
    current = request.args.get("current", "0")
    return render_template(
        "quotations/queue.html",
        items=items,
        after=request.args.get("after", ""),
        current=int(current) if current.isdigit() else 0,
        remaining=tagging.unreviewed_count(session),
        context=_context,
    )


def _context(q: Quotation) -> tuple[str, str, str]:
    """The quotation with up to 160 characters of article text on each side."""
    text, start, end = q.article.text, q.span_start, q.span_end
    return text[max(0, start - 160) : start], text[start:end], text[end : end + 160]


@bp.post("/queue/<int:quotation_id>")
@editor_required
def queue_review(quotation_id: int) -> Response:
    form = ReviewForm()
    if form.validate_on_submit():
        attempt(
            lambda: review_quotation(
                get_session(), quotation_id, form.status.data, user=current_user.row,
                expected_version=form_version(form.version.data),
            ),
            lambda _: f"Quotation {quotation_id} {form.status.data}.",
        )  # fmt: skip
    after, current = request.form.get("after") or None, request.form.get("current") or None
    return redirect(url_for("quotations.queue", after=after, current=current))
