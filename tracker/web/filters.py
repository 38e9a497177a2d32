"""List filters read from query arguments: the same names on the pages, the downloads
and the JSON API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from tracker.errors import InvalidInput
from tracker.services.browse import ClaimFilter, QuotationFilter


def _date(args: Mapping[str, str], name: str) -> dt.date | None:
    raw = args.get(name) or ""
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise InvalidInput(f"{name} must be a date (YYYY-MM-DD), got {raw!r}") from None


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
        date_from=_date(args, "from"),
        date_to=_date(args, "to"),
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
        date_from=_date(args, "from"),
        date_to=_date(args, "to"),
        min_mentions=_int(args, "min_mentions"),
        text=args.get("q") or None,
        sort=args.get("sort") or "mentions",
    )
    f.validate()
    return f
