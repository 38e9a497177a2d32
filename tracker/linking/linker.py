"""find_links: candidate pairs from the index, scored and classified against two thresholds."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cpdist

from tracker.linking import join
from tracker.linking.blocking import CandidateIndex
from tracker.linking.scoring import (
    EXCERPT_PARTIAL,
    SAME_SPEAKER_BONUS,
    LinkItem,
    PairScore,
    score_pair,
)

Decision = Literal["auto", "suggested"]


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Scores (0-100): a link is made automatically at ``auto``, suggested from ``suggest``."""

    auto: float = 88.0
    suggest: float = 78.0

    def __post_init__(self) -> None:
        if not 0 <= self.suggest <= self.auto <= 100:
            raise ValueError("thresholds need 0 <= suggest <= auto <= 100")


@dataclass(frozen=True, slots=True)
class Link:
    a: int  # the smaller id
    b: int
    decision: Decision
    score: PairScore


def decide(score: PairScore, thresholds: Thresholds) -> Decision | None:
    """auto, suggested or None; two different named speakers are never linked automatically."""
    if score.score >= thresholds.auto and score.same_speaker is not False:
        return "auto"
    if score.score >= thresholds.suggest:
        return "suggested"
    return None


VERIFY_CHUNK = 20_000


def _worth_scoring(
    pairs: list[tuple[int, int]], items: dict[int, LinkItem], floor: float
) -> list[tuple[int, int]]:
    """The pairs whose score can reach ``floor`` (see :func:`_can_reach`)."""
    if not pairs:
        return []
    shorter, longer = [], []
    for a, b in pairs:
        x, y = items[a], items[b]
        if len(x.norm) > len(y.norm):
            x, y = y, x
        shorter.append(x)
        longer.append(y)
    reach = _can_reach(
        np.array([x.norm for x in shorter], dtype=object),
        np.array([y.norm for y in longer], dtype=object),
        np.array([x.segs[0] if x.segs else x.norm for x in shorter], dtype=object),
        floor,
    )
    return [pairs[k] for k in np.flatnonzero(reach)]


def _can_reach(
    shorter: np.ndarray, longer: np.ndarray, first: np.ndarray, floor: float
) -> np.ndarray:
    """Which pairs' scores can reach ``floor``, screened in bulk by rapidfuzz in C
    (the texts of each pair, in arrays of strings).

    ``score_pair`` gives a variant at most max(ratio, mean of ratio and token-set ratio),
    and an excerpt at most the partial ratio of the shorter text's first segment
    (``first``), which must be at least EXCERPT_PARTIAL; either may gain the same-speaker
    bonus. Pairs whose bound stays below ``floor`` never reach the full scorer, and each
    bound is computed only for the pairs the cheaper ones left below it.
    """
    need = floor - SAME_SPEAKER_BONUS
    ratio = cpdist(shorter, longer, scorer=fuzz.ratio, workers=-1)
    best = ratio.astype(np.float32)
    # Variant: (ratio + token-set) / 2 can reach the floor only where ratio >= 2 * need - 100.
    low = np.flatnonzero((best < need) & (ratio >= 2 * need - 100))
    if len(low):
        token_set = cpdist(
            shorter[low],
            longer[low],
            scorer=fuzz.token_set_ratio,
            workers=-1,
        )
        best[low] = np.maximum(best[low], (ratio[low] + token_set) / 2)
    low = np.flatnonzero(best < need)
    if len(low):
        partial = cpdist(
            first[low],
            longer[low],
            scorer=fuzz.partial_ratio,
            score_cutoff=EXCERPT_PARTIAL,
            workers=-1,
        )
        best[low] = np.maximum(best[low], partial)
    reach: np.ndarray = best >= need
    return reach


def _candidate_pairs(
    new: Sequence[LinkItem], index: CandidateIndex, skipped: set[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    seen: set[tuple[int, int]] = set()
    for item in new:
        for other in index.candidates(item):
            pair = (min(item.id, other), max(item.id, other))
            if pair not in seen and pair not in skipped:
                seen.add(pair)
                yield pair


def verify_pairs(
    pairs: Iterator[tuple[int, int]], items: dict[int, LinkItem], thresholds: Thresholds
) -> list[Link]:
    """Score candidate pairs (screened in bulk first) and keep those above ``suggest``."""
    out: list[Link] = []
    while chunk := list(itertools.islice(pairs, VERIFY_CHUNK)):
        for a, b in _worth_scoring(chunk, items, thresholds.suggest):
            if (link := _link(items[a], items[b], thresholds)) is not None:
                out.append(link)
    out.sort(key=lambda link: (link.a, link.b))
    return out


def _link(a: LinkItem, b: LinkItem, thresholds: Thresholds) -> Link | None:
    """The link two items (``a`` the smaller id) make, if their score reaches ``suggest``."""
    score = score_pair(a, b)
    decision = decide(score, thresholds)
    return None if decision is None else Link(a.id, b.id, decision, score)


def find_links(
    new: Sequence[LinkItem],
    *,
    index: CandidateIndex,
    items: dict[int, LinkItem],
    thresholds: Thresholds = Thresholds(),
    skip: Iterable[tuple[int, int]] = (),
) -> list[Link]:
    """Links between each item of ``new`` and the indexed items (``new`` must be indexed too).

    ``items`` maps every indexed id to its item; pairs in ``skip`` (already decided by
    an analyst) are neither scored nor returned.
    """
    skipped = {(min(a, b), max(a, b)) for a, b in skip}
    return verify_pairs(_candidate_pairs(new, index, skipped), items, thresholds)


def find_all_links(
    items: Sequence[LinkItem],
    *,
    thresholds: Thresholds = Thresholds(),
    skip: Iterable[tuple[int, int]] = (),
) -> list[Link]:
    """Every link among ``items`` (the batch rebuild), by the sparse similarity join.

    The join's blocks stay arrays of positions in ``items`` until the bulk screen has
    passed them: no Python object is made for a candidate pair that cannot link.
    """
    skipped = {(min(a, b), max(a, b)) for a, b in skip}
    norms = np.array([item.norm for item in items], dtype=object)
    firsts = np.array([item.segs[0] if item.segs else item.norm for item in items], dtype=object)
    lengths = np.fromiter((len(item.norm) for item in items), dtype=np.int64, count=len(items))
    out: list[Link] = []
    for left, right in join.candidate_pairs(items, positions=True):
        swap = lengths[left] > lengths[right]
        short, long = np.where(swap, right, left), np.where(swap, left, right)
        reach = _can_reach(norms[short], norms[long], firsts[short], thresholds.suggest)
        for s, t in zip(short[reach].tolist(), long[reach].tolist(), strict=True):
            x, y = items[s], items[t]
            a, b = (x, y) if x.id < y.id else (y, x)
            if (a.id, b.id) not in skipped and (link := _link(a, b, thresholds)) is not None:
                out.append(link)
    out.sort(key=lambda link: (link.a, link.b))
    return out
