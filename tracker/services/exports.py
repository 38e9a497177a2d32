"""Exports, complete and streamed: quotations and claims as CSV or JSON Lines (any list
filter applied), claims as schema.org ClaimReview JSON-LD, and the check-worthiness queue.

Every export is a generator of text chunks: rows are read in batches (``yield_per``) and
written as they come, so an export of a million rows never sits in memory.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func
from sqlalchemy.orm import Session, joinedload, selectinload

from tracker.checkworthiness import WEIGHTS
from tracker.db.models import (
    Article,
    Claim,
    FactCheckStatus,
    Quotation,
    Speaker,
    SpeakerKind,
)
from tracker.errors import InvalidInput
from tracker.services.browse import ClaimFilter, QuotationFilter, claim_query, quotation_query
from tracker.services.checkworthy import QUEUE_STATUSES

FORMATS = ("csv", "jsonl")
BATCH = 1000

QUOTATION_FIELDS = (
    "id", "article_id", "outlet", "article_url", "article_title", "published", "language",
    "type", "text", "speaker_id", "speaker", "speaker_kind", "speaker_mention", "cue",
    "said_on", "medium", "confidence", "origin", "review_status", "claim_id", "tags",
)  # fmt: skip
CLAIM_FIELDS = (
    "id", "canonical_text", "speaker_id", "speaker", "mentions", "first_seen", "last_seen",
    "factcheck_status", "assignee", "verdict", "factcheck_url", "checked_at",
    "attribution_status", "checkworthiness",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ReviewSettings:
    """Who publishes the ClaimReviews, and the rating scale, worst verdict first."""

    organization: str
    rating_scale: tuple[str, ...]
    organization_url: str | None = None


def _value(v: Any) -> Any:
    if isinstance(v, dt.datetime | dt.date):
        return v.isoformat()
    if hasattr(v, "value"):  # enums
        return v.value
    return v


def quotation_record(q: Quotation) -> dict[str, Any]:
    """One quotation as a flat, JSON-ready record (the export and API shape)."""
    a = q.article
    return {
        "id": q.id,
        "article_id": q.article_id,
        "outlet": a.outlet.name if a.outlet else None,
        "article_url": a.url,
        "article_title": a.title,
        "published": _value(a.published),
        "language": a.language,
        "type": q.type.value,
        "text": q.text,
        "speaker_id": q.speaker_id,
        "speaker": q.speaker.name if q.speaker else None,
        "speaker_kind": q.speaker.kind.value if q.speaker else None,
        "speaker_mention": q.speaker_mention,
        "cue": q.cue,
        "said_on": _value(q.said_on),
        "medium": q.medium,
        "confidence": q.confidence,
        "origin": q.origin.value,
        "review_status": q.review_status.value,
        "claim_id": q.claim_id,
        "tags": [t.name for t in q.tags],
    }


def claim_record(c: Claim) -> dict[str, Any]:
    """One claim as a flat, JSON-ready record (the export and API shape)."""
    return {
        "id": c.id,
        "canonical_text": c.canonical_text,
        "speaker_id": c.speaker_id,
        "speaker": c.speaker.name if c.speaker else None,
        "mentions": c.mention_count,
        "first_seen": _value(c.first_seen),
        "last_seen": _value(c.last_seen),
        "factcheck_status": c.factcheck_status.value,
        "assignee": c.assignee.username if c.assignee else None,
        "verdict": c.verdict,
        "factcheck_url": c.factcheck_url,
        "checked_at": _value(c.checked_at),
        "attribution_status": c.attribution_status.value,
        "checkworthiness": c.checkworthiness,
    }


def article_record(article: Article, quotations: int | None = None) -> dict[str, Any]:
    """One article's metadata as a JSON-ready record (the API shape), without its text."""
    record: dict[str, Any] = {
        "id": article.id,
        "title": article.title,
        "url": article.url,
        "outlet": article.outlet.name if article.outlet else None,
        "language": article.language,
        "published": _value(article.published),
        "ingested_at": _value(article.ingested_at),
    }
    if quotations is not None:
        record["quotations"] = quotations
    return record


def speaker_record(speaker: Speaker, quotations: int | None = None) -> dict[str, Any]:
    """One speaker with every spelling, as a JSON-ready record."""
    record: dict[str, Any] = {
        "id": speaker.id,
        "name": speaker.name,
        "kind": speaker.kind.value,
        "description": speaker.description,
        "aliases": [a.alias for a in speaker.aliases],
    }
    if quotations is not None:
        record["quotations"] = quotations
    return record


def _quotations(session: Session, f: QuotationFilter) -> Iterator[Quotation]:
    stmt = (
        quotation_query(f, dialect=session.get_bind().dialect.name)
        .options(
            joinedload(Quotation.article).joinedload(Article.outlet),
            joinedload(Quotation.speaker),
            selectinload(Quotation.tags),
        )
        .order_by(Quotation.id)
        .execution_options(yield_per=BATCH)
    )
    yield from session.scalars(stmt)


def _claims(session: Session, stmt: Select[Claim]) -> Iterator[Claim]:
    stmt = stmt.options(joinedload(Claim.speaker), joinedload(Claim.assignee)).execution_options(
        yield_per=BATCH
    )
    yield from session.scalars(stmt)


def csv_chunks(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> Iterator[str]:
    """CSV text in chunks of a few hundred rows: a header, then every row as it comes."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(columns)
    for n, row in enumerate(rows, 1):
        writer.writerow(row)
        if n % 500 == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def json_lines(objects: Iterable[Any]) -> Iterator[str]:
    for obj in objects:
        yield json.dumps(obj, ensure_ascii=False, default=str) + "\n"


def json_array_chunks(objects: Iterable[Any]) -> Iterator[str]:
    """One JSON array, written an element at a time."""
    yield "["
    for n, obj in enumerate(objects):
        yield ("," if n else "") + "\n" + json.dumps(obj, ensure_ascii=False, default=str)
    yield "\n]\n"


def _write(records: Iterable[dict[str, Any]], fields: tuple[str, ...], fmt: str) -> Iterator[str]:
    if fmt not in FORMATS:
        raise InvalidInput(f"format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    if fmt == "jsonl":
        return json_lines(records)

    def cell(value: Any) -> Any:
        return "|".join(value) if isinstance(value, list) else value

    return csv_chunks(fields, ([cell(r.get(k)) for k in fields] for r in records))


def export_quotations(session: Session, f: QuotationFilter, fmt: str = "csv") -> Iterator[str]:
    """Every quotation the filter selects, oldest first (tags joined by ``|`` in CSV)."""
    f.validate()
    return _write((quotation_record(q) for q in _quotations(session, f)), QUOTATION_FIELDS, fmt)


def export_claims(session: Session, f: ClaimFilter, fmt: str = "csv") -> Iterator[str]:
    """Every live claim the filter selects, by id."""
    f.validate()
    stmt = claim_query(f).order_by(Claim.id)
    return _write((claim_record(c) for c in _claims(session, stmt)), CLAIM_FIELDS, fmt)


def export_checkworthy(session: Session, f: ClaimFilter, fmt: str = "csv") -> Iterator[str]:
    """Claims not yet taken up, most check-worthy first, with every signal's points."""
    f.validate()
    stmt = (
        claim_query(f)
        .where(Claim.factcheck_status.in_(QUEUE_STATUSES))
        .order_by(func.coalesce(Claim.checkworthiness, -1.0).desc(), Claim.id)
    )
    fields = (*CLAIM_FIELDS, *(f"signal_{name}" for name in WEIGHTS), "evidence")

    def records() -> Iterator[dict[str, Any]]:
        for c in _claims(session, stmt):
            record = claim_record(c)
            signals = c.checkworthiness_signals or {}
            for name in WEIGHTS:
                record[f"signal_{name}"] = signals.get(name, {}).get("points")
            record["evidence"] = "; ".join(
                f"{name}: {', '.join(s.get('evidence', []))}"
                for name, s in signals.items()
                if s.get("points")
            )
            if fmt == "jsonl":
                record["signals"] = signals
            yield record

    return _write(records(), fields, fmt)


# ClaimReview ----------------------------------------------------------------------


def rating(verdict: str, scale: tuple[str, ...]) -> dict[str, Any]:
    """A schema.org Rating for ``verdict``: its place on the scale, the text as
    ``alternateName`` (a verdict off the scale keeps only the text)."""
    out: dict[str, Any] = {"@type": "Rating", "alternateName": verdict}
    positions = {label.lower(): i for i, label in enumerate(scale, 1)}
    if verdict.lower() in positions:
        out.update(ratingValue=positions[verdict.lower()], worstRating=1, bestRating=len(scale))
    return out


def _creative_work(q: Quotation) -> dict[str, Any]:
    a = q.article
    work: dict[str, Any] = {"@type": "CreativeWork", "headline": a.title}
    if a.url:
        work["url"] = a.url
    if a.published:
        work["datePublished"] = a.published.isoformat()
    if a.outlet:
        work["publisher"] = {"@type": "Organization", "name": a.outlet.name}
    return work


def claim_review(claim: Claim, settings: ReviewSettings) -> dict[str, Any]:
    """One checked claim as a ClaimReview (https://schema.org/ClaimReview)."""
    if claim.factcheck_status != FactCheckStatus.CHECKED or not claim.verdict:
        raise InvalidInput(f"claim {claim.id} has no verdict yet")
    mentions = sorted(
        (q for q in claim.quotations if q.deleted_at is None),
        key=lambda q: (q.said_on or q.article.published or dt.date.max, q.id),
    )
    item: dict[str, Any] = {"@type": "Claim"}
    if claim.speaker is not None:
        kind = "Organization" if claim.speaker.kind == SpeakerKind.ORGANIZATION else "Person"
        item["author"] = {"@type": kind, "name": claim.speaker.name}
        if claim.speaker.description:
            item["author"]["description"] = claim.speaker.description
    if claim.first_seen:
        item["datePublished"] = claim.first_seen.isoformat()
    if mentions:
        item["firstAppearance"] = _creative_work(mentions[0])
        articles = {q.article_id: q for q in reversed(mentions)}  # each article's first
        item["appearance"] = [_creative_work(q) for q in mentions if articles[q.article_id] is q]
    author: dict[str, Any] = {"@type": "Organization", "name": settings.organization}
    if settings.organization_url:
        author["url"] = settings.organization_url
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": claim.factcheck_url,
        "claimReviewed": claim.canonical_text,
        "datePublished": (claim.checked_at or claim.updated_at).date().isoformat(),
        "author": author,
        "reviewRating": rating(claim.verdict, settings.rating_scale),
        "itemReviewed": item,
    }
    if claim.factcheck_explanation:
        review["reviewBody"] = claim.factcheck_explanation
    return review


def export_claim_reviews(
    session: Session, f: ClaimFilter, settings: ReviewSettings, *, as_array: bool = False
) -> Iterator[str]:
    """Every checked claim the filter selects as ClaimReview JSON-LD: one object per line,
    or one JSON array (``as_array``)."""
    f.validate()
    stmt = (
        claim_query(f)
        .where(Claim.factcheck_status == FactCheckStatus.CHECKED, Claim.verdict.is_not(None))
        .order_by(Claim.id)
        .options(
            selectinload(Claim.quotations).joinedload(Quotation.article).joinedload(Article.outlet)
        )
    )
    reviews = (claim_review(claim, settings) for claim in _claims(session, stmt))
    return json_array_chunks(reviews) if as_array else json_lines(reviews)


__all__ = [
    "article_record",
    "speaker_record",
    "CLAIM_FIELDS",
    "FORMATS",
    "QUOTATION_FIELDS",
    "ReviewSettings",
    "claim_record",
    "claim_review",
    "csv_chunks",
    "export_checkworthy",
    "export_claim_reviews",
    "export_claims",
    "export_quotations",
    "json_array_chunks",
    "json_lines",
    "quotation_record",
    "rating",
]
