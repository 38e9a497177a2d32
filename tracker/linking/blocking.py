"""Candidate pairs without scoring all n² pairs: an inverted index probed by prefix filtering.

Every indexed quotation's distinct tokens are posted; a probe looks up only its rarest
``len - ceil(t * len) + 1`` tokens. By the pigeonhole principle, any quotation sharing at
least a share ``t`` of the probe's tokens shares one of those, so no such pair is missed,
and rare tokens keep the posting lists short.
"""

from __future__ import annotations

import math
import sys
from collections import defaultdict
from collections.abc import Iterable

from tracker.linking.normalize import content_tokens
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
        self._tokens: dict[int, tuple[str, ...]] = {}
        self._dead: set[int] = set()

    def __len__(self) -> int:
        return len(self._sizes)

    def add(self, item: LinkItem) -> None:
        toks = content_tokens(item.norm)
        self._sizes[item.id] = len(item.norm)
        self._tokens[item.id] = tuple(sys.intern(t) for t in toks)
        for tok in toks:
            self._postings[tok].append(item.id)

    def extend(self, items: Iterable[LinkItem]) -> None:
        for item in items:
            self.add(item)

    def prefix(self, item: LinkItem) -> list[str]:
        """The probe tokens of ``item``: its rarest, as many as the pigeonhole bound needs."""
        toks = sorted(content_tokens(item.norm), key=lambda t: (len(self._postings.get(t, ())), t))
        if not toks:
            return []
        keep = len(toks) - math.ceil(self.min_overlap * len(toks)) + 1
        return toks[:keep]

    def discard(self, item_id: int) -> None:
        """Stop offering ``item_id`` as a candidate (its postings are filtered lazily)."""
        if self._sizes.pop(item_id, None) is not None:
            self._tokens.pop(item_id, None)
            self._dead.add(item_id)

    def candidates(self, item: LinkItem, *, longer_only: bool = False) -> set[int]:
        """Ids of indexed quotations that may share a share ``min_overlap`` of item's tokens.

        ``longer_only``: only those at least as long as ``item`` (ties broken by id): every
        pair is found from its shorter side, so a batch run needs no more.
        """
        found: set[int] = set()
        for tok in self.prefix(item):
            found.update(self._postings.get(tok, ()))
        found.discard(item.id)
        if self._dead:
            found -= self._dead
        if longer_only:
            size, sizes = len(item.norm), self._sizes
            found = {c for c in found if (sizes[c], c) > (size, item.id)}
        # Overlap filter: a candidate must share the required share of the shorter text's
        # content tokens, checked by one set intersection before any string scoring.
        mine = content_tokens(item.norm)
        n, t, tokens = len(mine), self.min_overlap, self._tokens
        return {
            c
            for c in found
            if len(mine.intersection(tokens[c])) >= math.ceil(t * min(n, len(tokens[c])))
        }
