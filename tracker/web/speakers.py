"""Speakers: the list (searchable by any alias) and each speaker with aliases and quotations."""

from __future__ import annotations

from flask import Blueprint, render_template, request
from flask_login import login_required

from tracker.services import browse
from tracker.services.speakers import get_speaker
from tracker.web.db import get_session

bp = Blueprint("speakers", __name__, url_prefix="/speakers")


@bp.get("/")
@login_required
def index() -> str:
    q = (request.args.get("q") or "").strip() or None
    page = browse.list_speakers(get_session(), cursor=request.args.get("after"), q=q)
    return render_template("speakers/list.html", page=page, q=q or "")


@bp.get("/<int:speaker_id>")
@login_required
def detail(speaker_id: int) -> str:
    session = get_session()
    speaker = get_speaker(session, speaker_id)
    page = browse.list_quotations(
        session, browse.QuotationFilter(speaker_id=speaker.id), cursor=request.args.get("after")
    )
    return render_template("speakers/detail.html", speaker=speaker, page=page)
