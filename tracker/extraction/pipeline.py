"""extract_quotes: quoted spans, classified and attributed, in order of appearance."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from tracker.extraction import attribution as attr
from tracker.extraction.dates import said_on
from tracker.extraction.langid import detect_language
from tracker.extraction.lexicon import LEXICONS, Lexicon, lexicon_for
from tracker.extraction.marks import Quoted, find_quoted, top_level
from tracker.extraction.speakers import fullest_name
from tracker.extraction.types import Attribution, Quote, QuoteKind, Span

_SENTENCE_END = re.compile(r"[.!?](?=\s+[\"«“„‘A-ZÀ-ÖØ-Þ])|\n")
_QUOTE_MARKS = '«»“”„‘’"'
_WINDOW = 240
_NAME = re.compile(
    r"\b[A-ZÀ-ÖØ-Þ][\w’'-]+(?:[ \t]+(?:(?:de|di|da|von|van|der|bin|al)[ \t]+)?[A-ZÀ-ÖØ-Þ][\w’'-]+)+"
)


@dataclass(frozen=True, slots=True)
class _Found:
    """A cue and its speaker for one quotation, and where the attribution lies."""

    who: Attribution
    sentence_start: int
    sentence_end: int
    after: bool  # the attribution follows the quotation


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end], at most _WINDOW characters either side."""
    lo = max(0, start - _WINDOW)
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        left = m.end()
    hi = min(len(text), end + _WINDOW)
    found = _SENTENCE_END.search(text, end, hi)
    right = found.start() if found else hi
    return left, right


def _post_limit(text: str, pos: int, stop: int) -> int:
    """Where an attribution after a quotation ends: a sentence end or the next quotation."""
    for i in range(pos, stop):
        if text[i] in _QUOTE_MARKS or text[i] in ".!?;:\n":
            return i
    return stop


def _attribute(text: str, q: Quoted, lex: Lexicon) -> _Found | None:
    s_start, s_end = _sentence_bounds(text, q.start, q.end)
    close = q.end + 1
    post_end = _post_limit(text, close, s_end)
    # 1. After the quotation: «...», ha detto X / "...," X said / "...," said X.
    for cue in attr.find_cues(text, close, post_end, lex)[:1]:
        who = attr.speaker_after(text, cue.end, post_end, lex) or attr.speaker_before(
            text, close, cue.start, lex
        )
        return _Found(_with_cue(who, cue), s_start, s_end, after=True)
    # 2. Before it: X ha detto: «...» / X called it "..." (nearest cue first).
    pre = attr.find_cues(text, s_start, q.start - 1, lex)
    for cue in reversed(pre):
        who = attr.speaker_before(text, s_start, cue.start, lex) or attr.speaker_after(
            text, cue.end, q.start - 1, lex
        )
        return _Found(_with_cue(who, cue), s_start, s_end, after=False)
    # 3. A name and a colon: Blinken: «...».
    head = text[s_start : q.start - 1].rstrip()
    if head.endswith(":"):
        who = attr.speaker_before(text, s_start, s_start + len(head) - 1, lex)
        if who is not None and who.speaker is not None:
            return _Found(who, s_start, s_end, after=False)
    return None


def _with_cue(who: Attribution | None, cue: attr.Cue) -> Attribution:
    base = who or Attribution(None, "unknown")
    return replace(base, cue=cue.text, cue_span=Span(cue.start, cue.end))


def _kind(text: str, q: Quoted, found: _Found | None) -> QuoteKind | None:
    """direct, partial, or None for scare quotes, titles and other unattributed words."""
    body = text[q.start : q.end].strip(" .…")
    if not body:
        return None
    words = len(body.split())
    before = text[max(0, q.start - 3) : q.start - 1].rstrip()
    starts_upper = body[:1].isupper() or body[:1].isdigit()
    sentence_start = before == "" or before[-1:] in ".:!?\n" or q.continues_previous
    if found is None:
        # Unattributed: keep only a whole-sentence quotation that stands as its own paragraph.
        return "direct" if starts_upper and words >= 6 and sentence_start else None
    if starts_upper and (sentence_start or words >= 4):
        return "direct"
    return "partial" if words >= 1 else None


def _article_names(text: str, lex: Lexicon) -> list[str]:
    """Multi-word capitalised names in the article, without leading titles or institutions."""
    skip = {w.lower() for w in lex.organization_words + lex.titles + lex.determiners}
    names = []
    for m in _NAME.finditer(text):
        words = m.group().split()
        while words and words[0].lower() in skip:
            words.pop(0)
        if len(words) >= 2 and not all(w.isupper() for w in words):
            names.append(" ".join(words))
    return list(dict.fromkeys(names))


def extract_quotes(
    text: str, *, lang: str | None = None, published: dt.date | None = None
) -> list[Quote]:
    """The quotations in an article, with speaker, cue, date and medium, in text order."""
    if lang is not None and not isinstance(lang, str):
        raise ValueError("lang must be an ISO 639-1 code such as 'it', 'en' or 'de'")
    code = (lang or detect_language(text) or "en").lower()
    lex = lexicon_for(code)
    if lex is None:
        raise ValueError(f"no lexicon for language {code!r}; known: {', '.join(sorted(LEXICONS))}")
    names = _article_names(text, lex)
    quotes: list[Quote] = []
    last_speaker: Quote | None = None
    prev_found: _Found | None = None
    for q in top_level(find_quoted(text)):
        found = _attribute(text, q, lex)
        kind = _kind(text, q, found)
        if kind is None:
            continue
        continues: int | None = None
        who = found.who if found else Attribution(None, "unknown")
        if quotes and (q.continues_previous or _same_attribution(prev_found, found, quotes, q)):
            continues = len(quotes) - 1
            prev = quotes[-1]
            who = Attribution(
                prev.speaker,
                prev.speaker_kind,
                prev.mention,
                prev.mention_span,
                prev.description,
                prev.cue,
                prev.cue_span,
            )
        elif who.speaker is None and last_speaker is not None:
            # "he said", "ha aggiunto": the speaker in context.
            who = replace(
                who,
                speaker=last_speaker.speaker,
                kind=last_speaker.speaker_kind,
                description=who.description or last_speaker.description,
            )
        speaker = who.speaker
        if speaker is not None and who.kind == "person":
            speaker = fullest_name(speaker, names)
        s_start, s_end = (found.sentence_start, found.sentence_end) if found else (q.start, q.end)
        sentence = text[s_start:s_end]
        quote = Quote(
            start=q.start,
            end=q.end,
            text=text[q.start : q.end],
            type=kind,
            speaker=speaker,
            speaker_kind=who.kind if speaker else "unknown",
            mention=who.mention,
            mention_span=who.mention_span,
            description=who.description,
            cue=who.cue,
            cue_span=who.cue_span,
            said_on=said_on(_outside(sentence, q, s_start), lex, published),
            medium=_medium(sentence, lex),
            confidence=_confidence(found, who, kind),
            continues=continues,
        )
        quotes.append(quote)
        prev_found = found
        if quote.speaker is not None:
            last_speaker = quote
    return quotes


def _same_attribution(
    prev: _Found | None, cur: _Found | None, quotes: list[Quote], q: Quoted
) -> bool:
    """ "A," he said, "B.": the second part shares the first part's attribution."""
    if prev is None or cur is None or not prev.after or cur.after:
        return False
    return prev.who.cue_span == cur.who.cue_span and quotes[-1].end < q.start


def _outside(sentence: str, q: Quoted, s_start: int) -> str:
    """The sentence without the quoted words: a date inside a quotation is not when it was said."""
    a, b = q.start - s_start, q.end - s_start
    if 0 <= a <= b <= len(sentence):
        return sentence[:a] + " " + sentence[b:]
    return sentence


def _medium(sentence: str, lex: Lexicon) -> str | None:
    low = sentence.lower()
    for phrase, medium in lex.media:
        if re.search(rf"(?<!\w){re.escape(phrase)}", low):
            return medium
    return None


def _confidence(found: _Found | None, who: Attribution, kind: QuoteKind) -> float:
    if found is None:
        return 0.4
    score = 0.6
    if who.cue:
        score += 0.2
    if who.mention_span is not None:
        score += 0.15
    return round(min(score, 0.95), 2)


__all__ = ["LEXICONS", "extract_quotes"]
