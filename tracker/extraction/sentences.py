"""Sentence boundaries in linear time: end punctuation before a capital, a quotation mark or a
digit, and line breaks; abbreviations and initials do not end a sentence."""

from __future__ import annotations

import re

from tracker.extraction.lexicon import LEXICONS

# The look-ahead first names the characters a sentence end can start with: the engine then
# skips to them in C instead of trying both branches at every character (three times as
# quick on an article).
_END = re.compile(r"(?=[.!?…\n])(?:[.!?…]+[\"”»“’']*(?=\s+[\"«“„‘(\[A-ZÀ-ÖØ-ÞА-Я0-9])|\n+)")
_ABBREV = frozenset(
    "dr mr mrs ms prof sen rep gov gen col lt sgt st jr sr inc ltd co corp no nr vol vs etc "
    "ca bzw usw z b d h u a v chr ggf sog jan feb mar apr jun jul aug sep sept oct nov dec "
    "on sig sigg dott avv ing mons p s mio mrd tsd mln mld".split()
)


def sentence_spans(text: str, ordinal_after: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trailing white space excluded. A number and a full
    stop after one of ``ordinal_after`` is an ordinal ("des 28. Jahrestages")."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        first = m.group()[0]
        if first != "\n":
            if first == "." and (
                (_abbreviation(text, start, m.start()) and not _platform_end(text, m))
                or _ordinal(text, m.start(), m.end(), ordinal_after)
            ):
                continue  # "Dr. Smith", "J. Blinken", "z. B.", "am 7. September"
            end = m.end()
        else:
            end = m.start()
        _add(text, spans, start, end)
        start = m.end()
    _add(text, spans, start, len(text))
    return spans


_ABBREV_LEN = max(map(len, _ABBREV))


def _abbreviation(text: str, start: int, dot: int) -> bool:
    """Whether the word right before a full stop is an abbreviation or an initial."""
    if dot - start > _ABBREV_LEN and text[dot - _ABBREV_LEN - 1 : dot].isalnum():
        return False  # the common case: a word longer than any abbreviation
    i = dot
    while i > start and dot - i < 3 and not text[i - 1].isalnum():
        i -= 1  # "etc.)" — closing marks between the word and the stop
    j = i
    while j > start and i - j <= _ABBREV_LEN and (text[j - 1].isalnum() or text[j - 1] == "_"):
        j -= 1
    token = text[j:i].lower()
    if not token or i - j > _ABBREV_LEN:
        return False
    return token in _ABBREV or (len(token) == 1 and token.isalpha())


_MONTHS = frozenset(m for lex in LEXICONS.values() for m in lex.months)
_NEXT_WORD = re.compile(r"\s+(\w+)")
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
# Words that open a sentence and never follow an initial: "… ha scritto su X. Il leghista"
_OPENERS = frozenset(
    w for lex in LEXICONS.values() for w in (*lex.determiners, *lex.pronouns, *lex.indefinite)
)


def _platform_end(text: str, m: re.Match[str]) -> bool:
    """A capital letter alone before the full stop, then an article or a pronoun: no
    initial but a word such as the platform X ending the sentence."""
    dot = m.start()
    if dot < 1 or not text[dot - 1].isupper() or (dot > 1 and text[dot - 2].isalnum()):
        return False
    nxt = _NEXT_WORD.match(text, m.end())
    return nxt is not None and nxt.group(1).lower() in _OPENERS


def _ordinal(text: str, dot: int, after: int, ordinal_after: frozenset[str]) -> bool:
    """A number written as an ordinal: a day before a month ("am 7. September"), or any
    after a word that an ordinal follows ("des 28. Jahrestages"): no sentence end."""
    if dot == 0 or not text[dot - 1].isdigit():
        return False
    i = dot
    while i > 0 and dot - i < 4 and text[i - 1].isdigit():
        i -= 1
    if dot - i > 3 or (i > 0 and text[i - 1].isalnum()):
        return False
    if ordinal_after:
        m = _WORD_BEFORE.search(text, max(0, i - 20), i)
        if m is not None and m.group(1).lower() in ordinal_after:
            return True
    if dot - i > 2:
        return False
    m = _NEXT_WORD.match(text, after)
    return m is not None and m.group(1).lower() in _MONTHS


MAX_SENTENCE = 1500  # longer runs (lists, markup, one-line dumps) are cut into pieces
_CLAUSE = re.compile(r"[;,]\s")


def _add(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    piece = text[start:end]
    kept = piece.lstrip()
    start += len(piece) - len(kept)
    end = start + len(kept.rstrip())
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
