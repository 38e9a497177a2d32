"""Normalise quotations before comparing them: case, accents, marks, ellipses, insertions."""

from __future__ import annotations

import re
import unicodedata

_ELLIPSIS = re.compile(r"\s*(?:\[\s*(?:\.\s*){2,}\]|\(\s*(?:\.\s*){2,}\)|\.{3,}|…)\s*")
_INSERTION = re.compile(r"\[[^\]\n]{0,60}\]|\((?:[^()\n]{0,40})\)")
_NON_WORD = re.compile(r"[^\w]+")
ELLIPSIS_TOKEN = "\x00"


def fold(text: str) -> str:
    """Lower case without accents."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


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


def tokens(text: str) -> list[str]:
    return normalize(text).split()
