"""Candidate pairs without scoring all n² pairs: an inverted index probed by prefix filtering.

Every indexed quotation's distinct tokens are posted; a probe looks up only its rarest
``len - ceil(t * len) + 1`` tokens. By the pigeonhole principle, any quotation sharing at
least a share ``t`` of the probe's tokens shares one of those, so no such pair is missed,
and rare tokens keep the posting lists short.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

from tracker.linking.scoring import LinkItem

MIN_TOKEN_OVERLAP = 0.5


class CandidateIndex:
    """An inverted index of quotation tokens; add items, then ask for a probe's candidates."""

    def __init__(self, *, min_overlap: float = MIN_TOKEN_OVERLAP) -> None:
        if not 0 < min_overlap <= 1:
            raise ValueError("min_overlap must be in (0, 1]")
        self.min_overlap = min_overlap
        self._postings: dict[str, list[int]] = defaultdict(list)
        self._sizes: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self._sizes)

    def add(self, item: LinkItem) -> None:
        toks = set(item.norm.split())
        self._sizes[item.id] = len(toks)
        for tok in toks:
            self._postings[tok].append(item.id)

    def extend(self, items: Iterable[LinkItem]) -> None:
        for item in items:
            self.add(item)

    def prefix(self, item: LinkItem) -> list[str]:
        """The probe tokens of ``item``: its rarest, as many as the pigeonhole bound needs."""
        toks = sorted(set(item.norm.split()), key=lambda t: (len(self._postings.get(t, ())), t))
        if not toks:
            return []
        keep = len(toks) - math.ceil(self.min_overlap * len(toks)) + 1
        return toks[:keep]

    def candidates(self, item: LinkItem) -> set[int]:
        """Ids of indexed quotations that may share a share ``min_overlap`` of item's tokens."""
        found: set[int] = set()
        for tok in self.prefix(item):
            found.update(self._postings.get(tok, ()))
        found.discard(item.id)
        return found

    def size_of(self, item_id: int) -> int:
        return self._sizes.get(item_id, 0)
