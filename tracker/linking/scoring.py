"""Score a candidate pair with rapidfuzz and say how one quotation reuses the other."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz

from tracker.linking.normalize import has_content, segments

Method = Literal["identical", "excerpt", "variant", "translation", "rewording", "none"]
SHORT_WORDS = 4  # a quotation of at most this many words is a fragment
EXCERPT_PARTIAL = 95.0  # partial ratio from which the shorter text is an excerpt of the longer
SAME_SPEAKER_BONUS = 3.0  # points a pair gains when both have the same named speaker
FRAGMENT_PENALTY = 3.5  # points an excerpt loses for each word it has fewer than six
ONE_WORD_LETTERS = 8  # a one-word fragment of this many letters may be an excerpt


@dataclass(frozen=True, slots=True)
class LinkItem:
    """A quotation as the linker sees it."""

    id: int
    text: str
    speaker: str | None = None  # canonical key of a named speaker; None otherwise
    lang: str | None = None
    unnamed: bool = False  # said by an unnamed source ("a fan", "un funzionario")
    norm: str = field(default="", compare=False)
    segs: tuple[str, ...] = field(default=(), compare=False)
    # The speaker's name as written, for comparing speakers across languages.
    name: str | None = field(default=None, compare=False)

    @classmethod
    def of(
        cls,
        id: int,
        text: str,
        speaker: str | None = None,
        lang: str | None = None,
        *,
        unnamed: bool = False,
        name: str | None = None,
    ) -> LinkItem:
        """An item with its normalised text and segments computed."""
        segs = tuple(segments(text))
        return cls(id, text, speaker, lang, unnamed, " ".join(segs), segs, name)

    @property
    def words(self) -> int:
        return len(self.norm.split())

    @property
    def is_fragment(self) -> bool:
        return self.words <= SHORT_WORDS


@dataclass(frozen=True, slots=True)
class PairScore:
    score: float  # 0-100, speaker evidence included
    method: Method
    ratio: float
    # How well the shorter text lies inside the longer one, from EXCERPT_PARTIAL (an
    # excerpt) to 100; None when it is no excerpt (too long, or contained less well).
    partial: float | None
    token_set: float
    same_speaker: bool | None  # None when either speaker is unknown
    # A translation or a rewording: the shorter side's words the other one carries.
    carried: tuple[str, ...] | None = None

    def as_dict(self) -> dict[str, float | str | bool | None]:
        if self.carried is not None:
            # Compared word by word, not as strings: what carried over is the evidence.
            return {
                "share": round(self.score / 100, 3),
                "carried": " ".join(self.carried),
                "same_speaker": self.same_speaker,
            }
        return {
            "ratio": round(self.ratio, 1),
            "partial": None if self.partial is None else round(self.partial, 1),
            "token_set": round(self.token_set, 1),
            "same_speaker": self.same_speaker,
        }


def _contained(short: LinkItem, long: LinkItem) -> float | None:
    """How well every ellipsis-separated segment of ``short`` appears inside ``long``, when
    each does at least EXCERPT_PARTIAL well (rapidfuzz stops early below it); else None."""
    if not short.segs:
        return None
    worst = 100.0
    for seg in short.segs:
        if len(seg) > len(long.norm) + 2:
            return None
        found = fuzz.partial_ratio(seg, long.norm, score_cutoff=EXCERPT_PARTIAL)
        if found < EXCERPT_PARTIAL:
            return None
        worst = min(worst, found)
    return worst


def _one_of_its_words(word: str, text: str) -> bool:
    """A single word, long enough to mean something on its own, that ``text`` holds."""
    return len(word) >= ONE_WORD_LETTERS and word in text.split()


def score_pair(a: LinkItem, b: LinkItem) -> PairScore:
    """Similarity of two quotations and the kind of reuse (identical, excerpt, variant)."""
    same: bool | None = None
    if a.speaker and b.speaker:
        same = a.speaker == b.speaker
    if not (a.norm and b.norm and has_content(a.norm) and has_content(b.norm)):
        # Function words alone ("una e a una") say nothing about which statement it is.
        return PairScore(0.0, "none", 0.0, 0.0, 0.0, same)
    short, long = (a, b) if len(a.norm) <= len(b.norm) else (b, a)
    if a.norm == b.norm:
        ratio = token_set = 100.0
        partial: float | None = 100.0
    else:
        ratio = fuzz.ratio(a.norm, b.norm)
        token_set = fuzz.token_set_ratio(a.norm, b.norm)
        # Only a text at most nine tenths as long as the other can be an excerpt of it,
        # and one word only when one named speaker said both and it is a word of the other
        # (Guterres called it "terrifying"), never a piece of one ("terra" in "terrible").
        can_excerpt = len(short.norm) <= 0.9 * len(long.norm) and (
            short.words >= 2 or (same is True and _one_of_its_words(short.norm, long.norm))
        )
        partial = _contained(short, long) if can_excerpt else None
    if same is None and (a.unnamed or b.unnamed) and (a.speaker or b.speaker):
        # A named speaker and an unnamed source: the source may be the same person only
        # when its words are part of the named speaker's; a longer quotation around them
        # is somebody quoting the speaker (a fan, an interviewer).
        source, named = (a, b) if a.unnamed else (b, a)
        if not (len(source.norm) < len(named.norm) and source.norm in named.norm):
            same = False
    if a.norm == b.norm:
        method: Method = "identical"
        score = 100.0
    elif partial is not None:
        method = "excerpt"
        # A fragment is weaker evidence than a long excerpt: a few words recur by chance.
        # Two words alone stay below the automatic threshold unless one named speaker said
        # both ("white flag" in an interviewer's question and in the Pope's answer).
        # One word of the speaker's own counts as two.
        score = partial - max(0, 6 - max(2, short.words)) * FRAGMENT_PENALTY
    else:
        method = "variant"
        score = max(ratio, (token_set + ratio) / 2)
    if same is True:
        score = min(100.0, score + SAME_SPEAKER_BONUS)
    return PairScore(round(score, 2), method, ratio, partial, token_set, same)
