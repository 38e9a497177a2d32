"""Split an article's text into pieces for highlighting quotations, speakers and cues."""

from __future__ import annotations

from dataclasses import dataclass

from tracker.db.models import Quotation


@dataclass(frozen=True, slots=True)
class Piece:
    start: int
    text: str
    quotation: Quotation | None  # innermost quotation covering the piece
    role: str | None  # "mention" or "cue" when the piece is an attribution


def pieces(text: str, quotations: list[Quotation]) -> list[Piece]:
    """Consecutive pieces of ``text``; each knows the quotation and attribution it belongs to."""
    bounds = {0, len(text)}
    marks: list[tuple[int, int, str, Quotation]] = []
    for q in quotations:
        marks.append((q.span_start, q.span_end, "quote", q))
        if q.mention_start is not None and q.mention_end is not None:
            marks.append((q.mention_start, q.mention_end, "mention", q))
        if q.cue_start is not None and q.cue_end is not None:
            marks.append((q.cue_start, q.cue_end, "cue", q))
    for start, end, _, _ in marks:
        if 0 <= start < end <= len(text):
            bounds.update((start, end))
    cuts = sorted(bounds)
    out: list[Piece] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        quote: Quotation | None = None
        role: str | None = None
        best = len(text) + 1
        for start, end, kind, q in marks:
            if start <= a and b <= end:
                if kind == "quote" and end - start < best:
                    quote, best = q, end - start
                elif kind != "quote":
                    role = kind
                    if quote is None:
                        quote = q
        out.append(Piece(a, text[a:b], quote, role))
    return out
