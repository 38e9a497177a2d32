"""find_links: candidate pairs from the index, scored and classified against two thresholds."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from tracker.linking.blocking import CandidateIndex
from tracker.linking.scoring import LinkItem, PairScore, score_pair

Decision = Literal["auto", "suggested"]


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Scores (0-100): a link is made automatically at ``auto``, suggested from ``suggest``."""

    auto: float = 88.0
    suggest: float = 70.0

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
    seen: set[tuple[int, int]] = set()
    out: list[Link] = []
    # When every indexed item is also probed, each pair is found from its shorter side.
    all_probed = len(new) >= len(index)
    for item in new:
        for other_id in index.candidates(item, longer_only=all_probed):
            pair = (min(item.id, other_id), max(item.id, other_id))
            if pair in seen or pair in skipped:
                continue
            seen.add(pair)
            other = items[other_id]
            score = score_pair(item, other)
            decision = decide(score, thresholds)
            if decision is not None:
                out.append(Link(pair[0], pair[1], decision, score))
    out.sort(key=lambda link: (link.a, link.b))
    return out
