"""Articles: the list, and the text with its quotations highlighted."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from tracker.services import browse
from tracker.services.articles import get_article
from tracker.services.quotations import create_quotation, quotations_of_article
from tracker.web.auth import editor_required
from tracker.web.db import get_session
from tracker.web.forms import NewQuotationForm
from tracker.web.highlight import pieces

bp = Blueprint("articles", __name__, url_prefix="/articles")


@bp.get("/")
@login_required
def index() -> str:
    session = get_session()
    page = browse.list_articles(
        session,
        cursor=request.args.get("after"),
        lang=request.args.get("lang") or None,
        outlet=request.args.get("outlet") or None,
    )
    return render_template(
        "articles/list.html",
        page=page,
        languages=browse.languages(session),
        outlets=browse.outlets(session),
    )


@bp.get("/<int:article_id>")
@login_required
def detail(article_id: int) -> str:
    session = get_session()
    article = get_article(session, article_id)
    quotations = quotations_of_article(session, article_id)
    form = NewQuotationForm() if current_user.can_edit else None
    return render_template(
        "articles/detail.html",
        article=article,
        quotations=quotations,
        pieces=pieces(article.text, quotations),
        form=form,
    )


@bp.post("/<int:article_id>/quotations")
@editor_required
def add_quotation(article_id: int) -> Response | tuple[str, int]:
    session = get_session()
    form = NewQuotationForm()
    if not form.validate_on_submit():
        flash("Select text in the article first: " + _errors(form), "error")
        return redirect(url_for("articles.detail", article_id=article_id))
    q = create_quotation(
        session,
        article_id,
        start=form.span_start.data,
        end=form.span_end.data,
        type=form.type.data,
        speaker_name=form.speaker.data or None,
        expected_text=form.selected.data or None,
        user=current_user.row,
    )
    session.commit()
    flash(f"Quotation {q.id} added.", "info")
    return redirect(url_for("articles.detail", article_id=article_id, _anchor=f"q{q.id}"))


def _errors(form: NewQuotationForm) -> str:
    return "; ".join(
        f"{getattr(form, k).label.text}: {', '.join(v)}" for k, v in form.errors.items()
    )
