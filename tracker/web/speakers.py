"""Speakers: the list (searchable by any alias), each speaker with aliases and quotations;
edit, merge two speakers, split a spelling out; suggestions for search-as-you-type."""

from __future__ import annotations

from flask import Blueprint, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from tracker.db.models import Speaker
from tracker.errors import Conflict, InvalidInput
from tracker.services import audit, browse, merging
from tracker.services.speakers import get_speaker, speaker_by_reference, suggest_speakers
from tracker.web.actions import attempt, back, expired, form_version
from tracker.web.auth import editor_required
from tracker.web.db import get_session
from tracker.web.forms import ConfirmForm, MergeSpeakerForm, SpeakerForm

bp = Blueprint("speakers", __name__, url_prefix="/speakers")


@bp.get("/")
@login_required
def index() -> str:
    q = (request.args.get("q") or "").strip() or None
    page = browse.list_speakers(get_session(), cursor=request.args.get("after"), q=q)
    return render_template("speakers/list.html", page=page, q=q or "")


@bp.get("/suggest")
@login_required
def suggest() -> Response:
    """Speakers whose name or a spelling starts like ``q``, as JSON."""
    q = (request.args.get("q") or "")[:100]
    rows = suggest_speakers(get_session(), q)
    return jsonify([{"id": i, "name": n, "alias": a} for i, n, a in rows])


def _render(speaker_id: int, form: SpeakerForm | None = None, status: int = 200) -> tuple[str, int]:
    session = get_session()
    speaker = get_speaker(session, speaker_id)
    page = browse.list_quotations(
        session, browse.QuotationFilter(speaker_id=speaker.id), cursor=request.args.get("after")
    )
    if form is None:
        form = SpeakerForm()
        form.name.data, form.kind.data = speaker.name, speaker.kind.value
        form.description.data = speaker.description or ""
        form.version.data = str(speaker.version)
    return render_template(
        "speakers/detail.html",
        speaker=speaker,
        page=page,
        form=form,
        merge_form=MergeSpeakerForm(),
        history=audit.history(session, "speaker", speaker.id),
    ), status


@bp.get("/<int:speaker_id>")
@login_required
def detail(speaker_id: int) -> tuple[str, int]:
    return _render(speaker_id)


@bp.post("/<int:speaker_id>")
@editor_required
def edit(speaker_id: int) -> Response | tuple[str, int]:
    session = get_session()
    form = SpeakerForm()
    if not form.validate_on_submit():
        return _render(speaker_id, form, 400)
    try:
        merging.update_speaker(
            session,
            speaker_id,
            name=form.name.data,
            kind=form.kind.data,
            description=form.description.data,
            user=current_user.row,
            expected_version=form_version(form.version.data),
        )
    except (InvalidInput, Conflict) as exc:
        session.rollback()
        flash(str(exc), "error")
        return _render(speaker_id, form, 409 if isinstance(exc, Conflict) else 400)
    session.commit()
    flash("Speaker saved.", "info")
    return redirect(url_for("speakers.detail", speaker_id=speaker_id))


@bp.post("/<int:speaker_id>/merge")
@editor_required
def merge(speaker_id: int) -> Response:
    form = MergeSpeakerForm()
    if not form.validate_on_submit():
        flash("Name the speaker to merge.", "error")
    else:

        def change() -> tuple[str, Speaker]:
            session = get_session()
            other = speaker_by_reference(session, form.other.data)
            kept = merging.merge_speakers(session, speaker_id, other.id, user=current_user.row)
            return other.name, kept

        attempt(change, lambda done: f"Merged “{done[0]}” into {done[1].name}.")
    return redirect(url_for("speakers.detail", speaker_id=speaker_id))


@bp.post("/aliases/<int:alias_id>/split")
@editor_required
def split(alias_id: int) -> Response:
    if not ConfirmForm().validate_on_submit():
        expired()
        return redirect(back(url_for("speakers.index")))
    new = attempt(
        lambda: merging.split_alias(get_session(), alias_id, user=current_user.row),
        lambda s: f"“{s.name}” is now a speaker of its own.",
    )
    if new is None:
        return redirect(back(url_for("speakers.index")))
    return redirect(url_for("speakers.detail", speaker_id=new.id))
