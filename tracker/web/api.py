"""The JSON API under /api/v1: articles, quotations, speakers and claims.

Token authentication (``Authorization: Bearer trk_...``, tokens from ``tracker user
token``): every endpoint but the OpenAPI description needs one, and the write endpoints
need an annotator's or admin's token. Filters and cursor pagination are those of the
list pages. Errors are JSON ``{"error": {"status", "message"}}`` with the right status.
No cookies are read, so CSRF does not apply.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

from flask import Blueprint, Response, current_app, g, jsonify, request
from werkzeug.exceptions import HTTPException

from tracker.db.models import Role, User
from tracker.errors import Conflict, InvalidInput, NotFound, PermissionDenied, TrackerError
from tracker.io import validate
from tracker.services import browse, factcheck
from tracker.services.articles import get_article, store_article
from tracker.services.claims import get_claim
from tracker.services.exports import (
    article_record,
    claim_record,
    quotation_record,
    speaker_record,
)
from tracker.services.quotations import get_quotation, review_quotation
from tracker.services.speakers import get_speaker
from tracker.services.users import user_for_token
from tracker.web.db import get_session
from tracker.web.filters import claim_filter, quotation_filter
from tracker.web.openapi import spec

bp = Blueprint("api", __name__, url_prefix="/api/v1")
F = TypeVar("F", bound=Callable[..., Any])
STATUS = {InvalidInput: 400, PermissionDenied: 403, NotFound: 404, Conflict: 409}


def error(status: int, message: str) -> tuple[Response, int]:
    return jsonify({"error": {"status": status, "message": message}}), status


@bp.errorhandler(TrackerError)
def tracker_error(exc: TrackerError) -> tuple[Response, int]:
    get_session().rollback()
    status = next((code for cls, code in STATUS.items() if isinstance(exc, cls)), 400)
    return error(status, str(exc))


@bp.errorhandler(HTTPException)
def http_error(exc: HTTPException) -> tuple[Response, int]:
    return error(exc.code or 500, exc.description or exc.name)


def token_required(*roles: Role) -> Callable[[F], F]:
    """A valid bearer token; with ``roles``, its user must hold one of them."""

    def decorate(fn: F) -> F:
        @wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            header = request.headers.get("Authorization", "")
            scheme, _, token = header.partition(" ")
            if scheme.lower() != "bearer" or not token.strip():
                return error(401, "send a token: Authorization: Bearer <token>")
            session = get_session()
            user = user_for_token(session, token.strip())
            if user is None:
                return error(401, "the token is not valid (unknown, revoked, or its user is off)")
            session.commit()  # the token's last use
            if roles and user.role not in roles:
                return error(403, f"this needs the role {' or '.join(r.value for r in roles)}")
            g.api_user = user
            return fn(*args, **kwargs)

        return cast(F, wrapper)

    return decorate


EDITORS = (Role.ANNOTATOR, Role.ADMIN)


def _limit() -> int:
    raw = request.args.get("limit", "50")
    if not raw.isdigit() or not 1 <= int(raw) <= 500:
        raise InvalidInput(f"limit must be a whole number from 1 to 500, got {raw!r}")
    return int(raw)


def _page(page: browse.Page, record: Callable[[Any], dict[str, Any]]) -> Response:
    return jsonify({"items": [record(row) for row in page.rows], "next_cursor": page.next_cursor})


def _body() -> dict[str, Any]:
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise InvalidInput("the body must be a JSON object (Content-Type: application/json)")
    return data


def _user() -> User:
    return cast(User, g.api_user)


@bp.get("/openapi.json")
def openapi() -> Response:
    return jsonify(spec(request.url_root.rstrip("/") + bp.url_prefix))  # type: ignore[operator]


@bp.get("/articles")
@token_required()
def articles() -> Response:
    page = browse.list_articles(
        get_session(),
        cursor=request.args.get("after"),
        limit=_limit(),
        lang=request.args.get("lang") or None,
        outlet=request.args.get("outlet") or None,
    )
    return _page(page, lambda row: article_record(row[0], row[1]))


@bp.get("/articles/<int:article_id>")
@token_required()
def article(article_id: int) -> Response:
    a = get_article(get_session(), article_id)
    record = article_record(a)
    record["text"] = a.text
    record["quotation_ids"] = [q.id for q in a.quotations if q.deleted_at is None]
    return jsonify(record)


@bp.post("/articles")
@token_required(*EDITORS)
def submit_article() -> tuple[Response, int]:
    """Store an article, extract its quotations and link them."""
    data = _body()
    meta = {k: data.get(k) for k in ("title", "url", "outlet", "published", "lang")}
    item = validate(
        data.get("text"),  # type: ignore[arg-type]
        meta,
        source="api",
        max_bytes=current_app.config["MAX_ARTICLE_BYTES"],
    )
    session = get_session()
    stored, new_ids = store_article(session, item)
    session.commit()
    created = new_ids is not None
    record = article_record(stored)
    record["quotation_ids"] = [q.id for q in stored.quotations if q.deleted_at is None]
    record["created"] = created
    return jsonify(record), 201 if created else 200


@bp.get("/quotations")
@token_required()
def quotations() -> Response:
    page = browse.list_quotations(
        get_session(),
        quotation_filter(request.args),
        cursor=request.args.get("after"),
        limit=_limit(),
    )
    return _page(page, quotation_record)


@bp.get("/quotations/<int:quotation_id>")
@token_required()
def quotation(quotation_id: int) -> Response:
    q = get_quotation(get_session(), quotation_id)
    record = quotation_record(q)
    record.update(span_start=q.span_start, span_end=q.span_end, version=q.version)
    return jsonify(record)


@bp.post("/quotations/<int:quotation_id>/review")
@token_required(*EDITORS)
def review(quotation_id: int) -> Response:
    data = _body()
    status, version = data.get("status"), data.get("version")
    if not isinstance(status, str):
        raise InvalidInput("status must be one of unreviewed, confirmed, rejected")
    if version is not None and not isinstance(version, int):
        raise InvalidInput("version must be a whole number")
    session = get_session()
    q = review_quotation(session, quotation_id, status, user=_user(), expected_version=version)
    session.commit()
    record = quotation_record(q)
    record["version"] = q.version
    return jsonify(record)


@bp.get("/speakers")
@token_required()
def speakers() -> Response:
    page = browse.list_speakers(
        get_session(), cursor=request.args.get("after"), limit=_limit(), q=request.args.get("q")
    )
    return _page(page, lambda row: speaker_record(row[0], row[1]))


@bp.get("/speakers/<int:speaker_id>")
@token_required()
def speaker(speaker_id: int) -> Response:
    return jsonify(speaker_record(get_speaker(get_session(), speaker_id)))


@bp.get("/claims")
@token_required()
def claims() -> Response:
    page = browse.list_claims(
        get_session(), claim_filter(request.args), cursor=request.args.get("after"), limit=_limit()
    )
    return _page(page, claim_record)


@bp.get("/claims/<int:claim_id>")
@token_required()
def claim(claim_id: int) -> Response:
    c = get_claim(get_session(), claim_id)
    record = claim_record(c)
    record.update(
        version=c.version,
        factcheck_explanation=c.factcheck_explanation,
        checkworthiness_signals=c.checkworthiness_signals,
        mentions_detail=[quotation_record(q) for q in c.quotations if q.deleted_at is None],
    )
    return jsonify(record)


@bp.post("/claims/<int:claim_id>/factcheck")
@token_required(*EDITORS)
def set_factcheck(claim_id: int) -> Response:
    data = _body()
    for key in ("status", "assignee", "verdict", "url", "explanation"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise InvalidInput(f"{key} must be a string")
    if not data.get("status"):
        raise InvalidInput("status is required")
    version = data.get("version")
    if version is not None and not isinstance(version, int):
        raise InvalidInput("version must be a whole number")
    session = get_session()
    c = factcheck.set_factcheck(
        session,
        claim_id,
        factcheck.FactCheckUpdate(
            status=data["status"],
            assignee=data.get("assignee"),
            verdict=data.get("verdict"),
            explanation=data.get("explanation"),
            url=data.get("url"),
        ),
        user=_user(),
        expected_version=version,
    )
    session.commit()
    record = claim_record(c)
    record["version"] = c.version
    return jsonify(record)
