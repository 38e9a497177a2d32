"""Normalise quotations before comparing them: case, accents, marks, ellipses, insertions."""

from __future__ import annotations

import re
import unicodedata

# No surrounding whitespace in the pattern: each part's is dropped anyway, and a pattern
# that opens with its marks lets the regex engine skip ahead to them.
_ELLIPSIS = re.compile(r"\[\s*(?:\.\s*){2,}\]|\(\s*(?:\.\s*){2,}\)|\.{3,}|…")
_INSERTION = re.compile(r"\[[^\]\n]{0,60}\]|\((?:[^()\n]{0,40})\)")
_NON_WORD = re.compile(r"[^\w]+")


# Every combining mark of the Basic Multilingual Plane, as one character class.
_COMBINING = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in range(0x10000) if unicodedata.combining(chr(c))) + "]"
)


def fold(text: str) -> str:
    """Lower case without accents."""
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))


def segments(text: str) -> list[str]:
    """The normalised pieces of a quotation split at its ellipses ("A ... B" -> ["a", "b"])."""
    parts = _ELLIPSIS.split(text)
    out = []
    for part in parts:
        part = _INSERTION.sub(" ", part)
        norm = " ".join(_NON_WORD.sub(" ", fold(part)).split())
        if norm:
            out.append(norm)
    return out


def normalize(text: str) -> str:
    """One comparable string: segments joined by a space."""
    return " ".join(segments(text))


# Function words of the languages the tracker reads: too common to block on. Data only.
STOPWORDS = frozenset(
    """
    a ad al alla alle ai agli all anche che chi ci come con da dal dalla dei del della delle
    di e ed gli ha hanno ho i il in la le lo ma mi ne nel nella non per più se si sono su
    sua suo tra un una uno è
    an and are as at be been but by for from had has have he her his i in is it its of on
    or our she that the their them they this to was we were which who will with you
    aber auch auf aus bei das dass dem den der des die ein eine einer es für hat ich im in
    ist mit nicht sich sie und von wir wird zu zum zur
    """.split()
)


def content_tokens(norm: str) -> set[str]:
    """The distinct tokens of a normalised text worth blocking on (no function words);
    all of them when a text has nothing else ("non è così")."""
    toks = set(norm.split())
    content = {t for t in toks if t not in STOPWORDS}
    return content or toks


def has_content(norm: str) -> bool:
    """Does a normalised text hold any word besides function words?"""
    return any(t not in STOPWORDS for t in norm.split())


TOKEN_CHARS = 64  # longest token the database's token index keeps


def link_tokens(norm: str) -> list[str]:
    """The distinct blocking tokens of a normalised text, cut to what the index stores."""
    return sorted({t[:TOKEN_CHARS] for t in content_tokens(norm)})
