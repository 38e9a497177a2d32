"""Candidate pairs without scoring all n² pairs: a similarity join by weighted prefix filtering.

Each token weighs ``log(1 + N / df)``: rare words carry a statement, frequent ones recur by
chance. Two quotations are candidates when the tokens they share weigh at least a share
``min_share`` of the lighter one's (containment, so that a fragment finds the long
quotation it comes from). A quotation's *prefix* is its heaviest tokens, just enough that
the rest weigh less than that share: by the pigeonhole principle any candidate contains a
token of the lighter one's prefix, so looking up the prefix tokens' postings misses no
candidate, and as prefixes hold rare tokens their postings are short.

* When every quotation is indexed before any is probed, all share the same weights and
  each pair is found once, from its lighter side (``longer_only``). ``tracker link --all``
  computes this same join for a whole corpus in sparse-matrix algebra (``join``).
* Incrementally a new quotation may be the lighter or the heavier side: its prefix is
  looked up in the postings of every token, and its tokens in the postings of the stored
  quotations' prefixes (taken with the weights of the day they were added).
"""

from __future__ import annotations

import math
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from tracker.linking.normalize import content_tokens
from tracker.linking.scoring import LinkItem

MIN_SHARE = 0.6
# Shared tokens must weigh at least this share of what a token seen once weighs: a
# fragment of common words ("the government is") turns up inside unrelated quotations.
MIN_EVIDENCE = 0.5


def token_weight(df: int, n: int) -> float:
    """Weight of a token found in ``df`` of ``n`` quotations (an unseen token counts as once)."""
    return math.log1p(max(n, 1) / max(df, 1))


@dataclass(frozen=True, slots=True)
class Profile:
    """A quotation's content tokens, heaviest first, their weights and its prefix length."""

    tokens: tuple[str, ...]
    weights: tuple[float, ...]
    total: float
    prefix: int
    token_set: frozenset[str]

    @property
    def prefix_tokens(self) -> tuple[str, ...]:
        return self.tokens[: self.prefix]


def profile(
    tokens: Iterable[str], weight_of: dict[str, float], min_share: float, floor: float = 0.0
) -> Profile:
    """Order ``tokens`` by weight (ties by token) and cut the prefix the pigeonhole bound needs.

    A candidate must share ``max(min_share * total, floor)``; a quotation lighter than
    ``floor`` can have none, and its prefix is empty.
    """
    ranked = sorted(tokens, key=lambda t: (-weight_of[t], t))
    weights = tuple(weight_of[t] for t in ranked)
    total = math.fsum(weights)
    need = max(min_share * total, floor)
    if total < need - 1e-9:
        return Profile(tuple(ranked), weights, total, 0, frozenset(ranked))
    rest, k = total, 0
    # The smallest k whose remaining tokens weigh less than what a candidate must share.
    while k < len(ranked) and rest >= need:
        rest -= weights[k]
        k += 1
    return Profile(tuple(ranked), weights, total, max(k, 1) if ranked else 0, frozenset(ranked))


def shared_weight(a: Profile, b: Profile) -> float:
    """What the tokens both quotations have weigh."""
    other = b.token_set
    return math.fsum(w for t, w in zip(a.tokens, a.weights, strict=True) if t in other)


class CandidateIndex:
    """An inverted index of quotation tokens; add items, then ask for a probe's candidates."""

    def __init__(self, *, min_share: float = MIN_SHARE, min_evidence: float = MIN_EVIDENCE) -> None:
        if not 0 < min_share <= 1:
            raise ValueError("min_share must be in (0, 1]")
        if not 0 <= min_evidence <= 1:
            raise ValueError("min_evidence must be in [0, 1]")
        self.min_share = min_share
        self.min_evidence = min_evidence
        self._postings: dict[str, list[int]] = defaultdict(list)
        self._prefix_postings: dict[str, list[int]] = defaultdict(list)
        self._tokens: dict[int, tuple[str, ...]] = {}
        self._profiles: dict[int, Profile] = {}
        self._dead: set[int] = set()
        self._weights: dict[str, float] = {}
        self._weights_at = -1  # index size the cached weights were computed for

    def __len__(self) -> int:
        return len(self._tokens)

    # -- weights ------------------------------------------------------------------------

    def _weight_table(self) -> dict[str, float]:
        """Every known token's weight; recomputed when the index has grown by 1% or more."""
        n = len(self._tokens)
        if self._weights_at < 0 or n > self._weights_at * 1.01 + 10:
            self._weights = {tok: token_weight(len(ids), n) for tok, ids in self._postings.items()}
            self._weights_at = n
            self._profiles.clear()
        return self._weights

    @property
    def evidence_floor(self) -> float:
        """The weight two quotations must share: ``min_evidence`` of a token seen once."""
        self._weight_table()
        return self.min_evidence * token_weight(1, self._weights_at)

    def _weights_for(self, tokens: Iterable[str]) -> dict[str, float]:
        table = self._weight_table()
        n = max(self._weights_at, 1)
        return {t: table.get(t) or token_weight(0, n) for t in tokens}

    def profile_of(self, item: LinkItem) -> Profile:
        """The profile of an indexed or probing item under the index's current weights."""
        if item.id in self._tokens:
            return self._indexed_profile(item.id)
        toks = tuple(content_tokens(item.norm))
        return profile(toks, self._weights_for(toks), self.min_share, self.evidence_floor)

    def _indexed_profile(self, item_id: int) -> Profile:
        self._weight_table()  # may clear the cache
        cached = self._profiles.get(item_id)
        if cached is None:
            toks = self._tokens[item_id]
            cached = profile(toks, self._weights_for(toks), self.min_share, self.evidence_floor)
            self._profiles[item_id] = cached
        return cached

    # -- building -----------------------------------------------------------------------

    def _post(self, item: LinkItem) -> None:
        toks = tuple(sys.intern(t) for t in content_tokens(item.norm))
        self._tokens[item.id] = toks
        for tok in toks:
            self._postings[tok].append(item.id)

    def _post_prefix(self, item: LinkItem) -> None:
        for tok in self.profile_of(item).prefix_tokens:
            self._prefix_postings[tok].append(item.id)

    def add(self, item: LinkItem) -> None:
        self._post(item)
        self._post_prefix(item)

    def extend(self, items: Iterable[LinkItem]) -> None:
        """Index many items; their prefixes are taken with the weights of them all."""
        batch = list(items)
        for item in batch:
            self._post(item)
        for item in batch:
            self._post_prefix(item)

    def discard(self, item_id: int) -> None:
        """Stop offering ``item_id`` as a candidate (its postings are filtered lazily)."""
        if self._tokens.pop(item_id, None) is not None:
            self._profiles.pop(item_id, None)
            self._dead.add(item_id)

    # -- probing ------------------------------------------------------------------------

    def candidates(self, item: LinkItem, *, longer_only: bool = False) -> list[int]:
        """Ids of indexed quotations sharing enough token weight with ``item``.

        ``longer_only``: only those at least as heavy as ``item`` (ties broken by id). When
        every indexed item is probed, each pair is found from its lighter side.
        """
        mine = self.profile_of(item)
        if not mine.tokens:
            return []
        found: set[int] = set()
        postings = self._postings
        for tok in mine.prefix_tokens:
            found.update(postings.get(tok, ()))
        if not longer_only:
            prefixes = self._prefix_postings
            for tok in mine.tokens:
                found.update(prefixes.get(tok, ()))
        found.discard(item.id)
        if self._dead:
            found -= self._dead
        floor, share = self.evidence_floor, self.min_share
        profiles, indexed = self._profiles, self._indexed_profile
        weight = dict(zip(mine.tokens, mine.weights, strict=True)).__getitem__
        mine_set, mine_total, mine_id = mine.token_set, mine.total, item.id
        mine_need = max(share * mine_total, floor) - 1e-9
        out = []
        for c in found:
            other = profiles.get(c) or indexed(c)
            if other.total > mine_total or (other.total == mine_total and c > mine_id):
                need = mine_need  # the probe is the lighter side
            elif longer_only:
                continue
            else:
                need = max(share * other.total, floor) - 1e-9
            if math.fsum(map(weight, mine_set & other.token_set)) >= need:
                out.append(c)
        return out

    def informative(self, a: LinkItem, b: LinkItem) -> bool:
        """Do ``a`` and ``b`` share the evidence a link needs (``evidence_floor``)?"""
        return shared_weight(self.profile_of(a), self.profile_of(b)) >= self.evidence_floor - 1e-9
