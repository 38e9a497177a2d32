"""Word-level differences between two wordings of one statement, for the claim pages.

Pure: strings in, a list of (operation, words) out, operation one of ``equal``,
``delete`` (only in the first) and ``insert`` (only in the second).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_TOKEN = re.compile(r"\S+")


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """How ``new`` differs from ``old``, word by word (punctuation stays on its word)."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    out: list[tuple[str, str]] = []
    matcher = SequenceMatcher(a=[w.lower() for w in a], b=[w.lower() for w in b], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(("equal", " ".join(b[j1:j2])))
            continue
        if op in ("delete", "replace"):
            out.append(("delete", " ".join(a[i1:i2])))
        if op in ("insert", "replace"):
            out.append(("insert", " ".join(b[j1:j2])))
    return out


__all__ = ["word_diff"]
