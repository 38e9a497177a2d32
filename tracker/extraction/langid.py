"""Language detection from function-word frequencies (the lexicons' stopword lists)."""

from __future__ import annotations

import re
from collections import Counter

from tracker.extraction.lexicon import DETECTION_ONLY_STOPWORDS, LEXICONS

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_CHARS = 20_000
_MIN_HITS = 3


def _profiles() -> dict[str, frozenset[str]]:
    profiles = {code: lex.stopwords for code, lex in LEXICONS.items()}
    profiles.update(DETECTION_ONLY_STOPWORDS)
    return profiles


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code whose function words the text uses most, or None if unsure."""
    words = Counter(w.lower() for w in _WORD.findall(text[:_SAMPLE_CHARS]))
    if not words:
        return None
    scores = {code: sum(words[w] for w in stop) for code, stop in _profiles().items()}
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    best, hits = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if hits < _MIN_HITS or hits < 1.2 * runner_up:
        return None
    return best
