"""Downloads of the lists, with the page's filters applied: complete and streamed."""

from __future__ import annotations

from collections.abc import Iterator

from flask import Blueprint, Response, current_app, request, stream_with_context
from flask_login import login_required

from tracker.errors import InvalidInput
from tracker.services import exports
from tracker.web.db import get_session
from tracker.web.filters import claim_filter, quotation_filter

bp = Blueprint("downloads", __name__, url_prefix="/export")

MIMETYPES = {"csv": "text/csv", "jsonl": "application/x-ndjson", "json": "application/ld+json"}


def _send(chunks: Iterator[str], name: str, fmt: str) -> Response:
    first = next(chunks, "")  # bad filters fail here, as a 400 page, before streaming

    def body() -> Iterator[str]:
        yield first
        yield from chunks

    return Response(
        stream_with_context(body()),
        mimetype=MIMETYPES[fmt],
        headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'},
    )


def _fmt(fmt: str) -> str:
    if fmt not in exports.FORMATS:
        raise InvalidInput(f"format must be one of {', '.join(exports.FORMATS)}")
    return fmt


@bp.get("/quotations.<fmt>")
@login_required
def quotations(fmt: str) -> Response:
    f = quotation_filter(request.args)
    return _send(exports.export_quotations(get_session(), f, _fmt(fmt)), "quotations", fmt)


@bp.get("/claims.<fmt>")
@login_required
def claims(fmt: str) -> Response:
    f = claim_filter(request.args)
    return _send(exports.export_claims(get_session(), f, _fmt(fmt)), "claims", fmt)


@bp.get("/checkworthy.<fmt>")
@login_required
def checkworthy(fmt: str) -> Response:
    f = claim_filter(request.args)
    return _send(exports.export_checkworthy(get_session(), f, _fmt(fmt)), "checkworthy", fmt)


@bp.get("/claimreview.json")
@login_required
def claimreview() -> Response:
    cfg = current_app.config
    review = exports.ReviewSettings(
        cfg["ORGANIZATION"], cfg["RATING_SCALE"], cfg["ORGANIZATION_URL"]
    )
    f = claim_filter(request.args)
    chunks = exports.export_claim_reviews(get_session(), f, review, as_array=True)
    return _send(chunks, "claimreview", "json")
