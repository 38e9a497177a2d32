"""List filters read from query arguments: the same names on the pages, the downloads
and the JSON API."""

from __future__ import annotations

from collections.abc import Mapping

from flask import request

from tracker.errors import InvalidInput
from tracker.io import parse_date
from tracker.services.browse import ClaimFilter, QuotationFilter


def query_args() -> dict[str, str]:
    """The current request's filters, without the page cursor (for links to other pages
    of the same list, and downloads of it)."""
    return {k: v for k, v in request.args.items() if k != "after" and v}


def _int(args: Mapping[str, str], name: str) -> int | None:
    raw = (args.get(name) or "").strip()
    if not raw:
        return None
    if not raw.isdigit():
        raise InvalidInput(f"{name} must be a whole number, got {raw!r}")
    return int(raw)


def quotation_filter(args: Mapping[str, str]) -> QuotationFilter:
    f = QuotationFilter(
        speaker=args.get("speaker") or None,
        speaker_id=_int(args, "speaker_id"),
        outlet=args.get("outlet") or None,
        lang=args.get("lang") or None,
        type=args.get("type") or None,
        status=args.get("status") or None,
        claim_id=_int(args, "claim"),
        article_id=_int(args, "article"),
        date_from=parse_date(args.get("from"), "from"),
        date_to=parse_date(args.get("to"), "to"),
        text=args.get("q") or None,
        tag=args.get("tag") or None,
        sort=args.get("sort") or "newest",
    )
    f.validate()
    return f


def claim_filter(args: Mapping[str, str]) -> ClaimFilter:
    f = ClaimFilter(
        speaker=args.get("speaker") or None,
        speaker_id=_int(args, "speaker_id"),
        status=args.get("status") or None,
        date_from=parse_date(args.get("from"), "from"),
        date_to=parse_date(args.get("to"), "to"),
        min_mentions=_int(args, "min_mentions"),
        text=args.get("q") or None,
        sort=args.get("sort") or "mentions",
    )
    f.validate()
    return f
