"""Sentence boundaries in linear time: end punctuation before a capital, a quotation mark or a
digit, and line breaks; abbreviations and initials do not end a sentence."""

from __future__ import annotations

import re

_END = re.compile(r"[.!?…]+[\"”»“’']*(?=\s+[\"«“„‘(\[A-ZÀ-ÖØ-ÞА-Я0-9])|\n+")
_LAST_WORD = re.compile(r"(\w+)\W*\Z")
_ABBREV = frozenset(
    "dr mr mrs ms prof sen rep gov gen col lt sgt st jr sr inc ltd co corp no nr vol vs etc "
    "ca bzw usw z b d h u a v chr ggf sog jan feb mar apr jun jul aug sep sept oct nov dec "
    "on sig sigg dott avv ing mons p s".split()
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trailing white space excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if m.group()[0] != "\n":
            word = _LAST_WORD.search(text, max(start, m.start() - 12), m.start())
            token = word.group(1).lower() if word else ""
            if token in _ABBREV or (len(token) == 1 and token.isalpha()):
                continue  # "Dr. Smith", "J. Blinken", "z. B."
            end = m.end()
        else:
            end = m.start()
        _add(text, spans, start, end)
        start = m.end()
    _add(text, spans, start, len(text))
    return spans


MAX_SENTENCE = 1500  # longer runs (lists, markup, one-line dumps) are cut into pieces
_CLAUSE = re.compile(r"[;,]\s")


def _add(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        # Cut at the last clause boundary within the limit, else hard: every piece of work
        # done per sentence stays bounded, so the whole pass stays linear.
        cut = None
        for m in _CLAUSE.finditer(text, start + MAX_SENTENCE // 2, start + MAX_SENTENCE):
            cut = m.end()
        cut = cut or start + MAX_SENTENCE
        spans.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))
