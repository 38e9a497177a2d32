"""Check-worthiness: which claims deserve a fact-check first, from explainable signals.

Pure: plain values in, a frozen ``Score`` out, with every signal's value, weight and the
words that triggered it, so an analyst sees why a claim ranks where it does. The word
lists are data per language; a language without its own list still gets the
language-independent signals (digits, percentages, names, spread, recency, speaker).
May import the standard library only.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from functools import cache

# Words that mark a comparison or a superlative ("more than", "il più alto").
COMPARISON = {
    "en": (
        "more than", "less than", "fewer than", "higher than", "lower than", "as much as",
        "the most", "the least", "highest", "lowest", "largest", "smallest", "biggest",
        "record", "doubled", "tripled", "twice", "half", "compared", "increase", "decrease",
        "rise", "fall", "fell", "grew", "dropped", "best", "worst", "first time", "never",
    ),
    "it": (
        "più di", "meno di", "più alto", "più basso", "il più", "la più", "maggiore",
        "minore", "record", "doppio", "raddoppiato", "triplicato", "metà", "rispetto a",
        "aumento", "aumentato", "calo", "calato", "crescita", "cresciuto", "diminuito",
        "migliore", "peggiore", "prima volta", "mai",
    ),
    "de": (
        "mehr als", "weniger als", "höher als", "niedriger als", "am meisten", "höchste",
        "niedrigste", "größte", "kleinste", "rekord", "verdoppelt", "doppelt", "hälfte",
        "im vergleich", "anstieg", "gestiegen", "rückgang", "gesunken", "beste",
        "schlechteste", "erstmals", "nie",
    ),
}  # fmt: skip

# Words that state a cause or predict an outcome: checkable once the facts are in.
CAUSAL = {
    "en": (
        "because", "due to", "caused", "causes", "led to", "leads to", "result of",
        "as a result", "thanks to", "will", "won't", "going to", "would lead",
        "expected to", "by 20", "next year",
    ),
    "it": (
        "perché", "a causa", "causato", "provocato", "porterà", "porta a", "grazie a",
        "di conseguenza", "sarà", "saranno", "entro il", "entro il 20", "il prossimo anno",
        "prevede", "previsto",
    ),
    "de": (
        "weil", "wegen", "aufgrund", "verursacht", "führt zu", "führte zu", "dank",
        "infolge", "wird", "werden", "bis 20", "nächstes jahr", "erwartet",
    ),
}  # fmt: skip

# Number words and units that signal a statistic even without digits.
QUANTITY = {
    "en": ("million", "billion", "thousand", "hundred", "per cent", "percent", "dozen"),
    "it": ("milioni", "milione", "miliardi", "miliardo", "mila", "cento", "per cento"),
    "de": ("millionen", "million", "milliarden", "milliarde", "tausend", "prozent"),
}

WEIGHTS = {
    "numbers": 25.0,
    "comparison": 15.0,
    "causal": 10.0,
    "entities": 10.0,
    "spread": 20.0,
    "recency": 10.0,
    "speaker": 10.0,
}

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*\s*(?:%|‰)?")
_CAPITALIZED = re.compile(r"\b[^\W\d_][\w-]+")
_SENTENCE_END = '.!?:«“"„‘('
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Signal:
    name: str
    value: float  # 0..1
    weight: float
    evidence: tuple[str, ...] = ()

    @property
    def points(self) -> float:
        return round(self.value * self.weight, 1)


@dataclass(frozen=True, slots=True)
class Score:
    total: float  # 0..100
    signals: tuple[Signal, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict[str, dict[str, object]]:
        return {
            s.name: {
                "value": round(s.value, 3),
                "weight": s.weight,
                "points": s.points,
                "evidence": list(s.evidence),
            }
            for s in self.signals
        }


@cache
def _phrase_patterns(phrases: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((p, re.compile(rf"(?<!\w){re.escape(p)}(?!\w)")) for p in phrases)


def _phrases(text: str, phrases: tuple[str, ...]) -> list[str]:
    low = text.lower()
    # A plain substring test first: most phrases are not in the text at all.
    return [p for p, pattern in _phrase_patterns(phrases) if p in low and pattern.search(low)]


def _names(text: str) -> list[str]:
    """Capitalized words that do not open a sentence (runs of them joined: "Stati Uniti"):
    names, places, institutions."""
    found: list[str] = []
    run: list[str] = []
    last_end = -1
    for m in _CAPITALIZED.finditer(text):
        word = m.group()
        before = text[: m.start()].rstrip()
        named = word[0].isupper() and bool(before) and before[-1] not in _SENTENCE_END
        if named and run and text[last_end : m.start()] == " ":
            run.append(word)
        else:
            if run:
                found.append(" ".join(run))
            run = [word] if named else []
        last_end = m.end()
    if run:
        found.append(" ".join(run))
    return sorted(set(found))


def _saturating(count: float, half: float) -> float:
    """0 for nothing, 0.5 at ``half``, tending to 1."""
    return count / (count + half) if count > 0 else 0.0


def score_claim(
    text: str,
    *,
    lang: str | None = None,
    mentions: int = 1,
    outlets: int = 1,
    last_seen: dt.date | None = None,
    today: dt.date | None = None,
    speaker_quotations: int = 0,
    speaker_named: bool = False,
) -> Score:
    """Score one claim from its wording and how it travelled; ``today`` anchors recency."""
    if mentions < 0 or outlets < 0 or speaker_quotations < 0:
        raise ValueError("mentions, outlets and speaker_quotations must be >= 0")
    lang = (lang or "").lower()[:2]
    words = _WORD.findall(text)
    numbers = [m.group().strip() for m in _NUMBER.finditer(text)]
    quantities = _phrases(text, QUANTITY.get(lang, ()))
    comparisons = _phrases(text, COMPARISON.get(lang, ()))
    causal = _phrases(text, CAUSAL.get(lang, ()))
    entities = _names(text)
    signals = [
        Signal("numbers", min(1.0, (len(numbers) + len(quantities)) / 2), WEIGHTS["numbers"],
               tuple(numbers + quantities)[:6]),
        Signal("comparison", min(1.0, len(comparisons) / 2), WEIGHTS["comparison"],
               tuple(comparisons[:6])),
        Signal("causal", min(1.0, len(causal) / 2), WEIGHTS["causal"], tuple(causal[:6])),
        Signal("entities", min(1.0, len(entities) / 3), WEIGHTS["entities"],
               tuple(entities[:6])),
    ]  # fmt: skip
    spread = 0.5 * _saturating(mentions - 1, 3) + 0.5 * _saturating(outlets - 1, 2)
    signals.append(
        Signal("spread", spread, WEIGHTS["spread"], (f"{mentions} mentions", f"{outlets} outlets"))
    )
    if last_seen is not None and today is not None:
        age = max(0, (today - last_seen).days)
        recency = math.exp(-age / 30)  # a month-old claim counts a third as much
        signals.append(
            Signal("recency", recency, WEIGHTS["recency"], (f"last seen {age} days ago",))
        )
    else:
        signals.append(Signal("recency", 0.0, WEIGHTS["recency"], ("date unknown",)))
    prominence = _saturating(speaker_quotations, 10) if speaker_named else 0.0
    signals.append(
        Signal(
            "speaker",
            prominence,
            WEIGHTS["speaker"],
            (f"{speaker_quotations} quotations" if speaker_named else "unnamed or unknown",),
        )
    )
    total = sum(s.value * s.weight for s in signals)
    if len(words) < 4:  # a fragment says too little to check on its own
        total *= 0.5
    if text.rstrip().endswith("?"):  # a question asserts nothing
        total *= 0.5
    return Score(round(min(100.0, total), 1), tuple(signals))


__all__ = ["WEIGHTS", "Score", "Signal", "score_claim"]
