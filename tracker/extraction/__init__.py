"""Pure quotation extraction: str in, frozen dataclasses out.

Never imports tracker.db, tracker.services, tracker.web, Flask or SQLAlchemy, and never
reads files or the environment. The entry point is :func:`extract_quotes`.
"""

from tracker.extraction.pipeline import extract_quotes
from tracker.extraction.types import Quote, QuoteKind, SpeakerKindName

__all__ = ["Quote", "QuoteKind", "SpeakerKindName", "extract_quotes"]
