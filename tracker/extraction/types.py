"""Value types produced by the extractor."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

QuoteKind = Literal["direct", "partial", "indirect"]
SpeakerKindName = Literal["person", "organization", "anonymous", "unknown"]


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character offsets into the article text (Python str indices)."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said a quotation, as the article gives it."""

    speaker: str | None  # fullest name the article gives, or the description of a source
    kind: SpeakerKindName
    mention: str | None = None  # as written next to the quotation ("Blinken", "he")
    mention_span: Span | None = None
    description: str | None = None  # role or title ("il segretario di Stato americano")
    cue: str | None = None
    cue_span: Span | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation found in an article."""

    start: int
    end: int
    text: str
    type: QuoteKind
    speaker: str | None
    speaker_kind: SpeakerKindName
    mention: str | None = None
    mention_span: Span | None = None
    description: str | None = None
    cue: str | None = None
    cue_span: Span | None = None
    said_on: dt.date | None = None
    medium: str | None = None
    confidence: float = 0.5
    continues: int | None = None  # index of the quote this one continues, in the same list
