"""The batch similarity join: every candidate pair of a whole corpus, in sparse-matrix algebra.

The same filter as :class:`~tracker.linking.blocking.CandidateIndex` (weighted containment:
shared tokens weigh ``min_share`` of the lighter quotation's and at least the evidence
floor), computed for all quotations at once. Each quotation's tokens are ordered heaviest
first and its *prefix* cut as in ``blocking``. One sparse product of the prefixes with the
token postings gives, for every pair that shares a prefix token, the weight of the prefix
tokens it shares; the pairs taken from their lighter side then get an exact check of what
the rest of the lighter one's tokens add. Before that count, each pair's 128-bit token
bitmaps bound what the rest can add (:class:`_Bitmaps`), which rules out most pairs with a
few bitwise operations. Rows are numbered lightest first and processed in blocks sized by
the postings they look up, so memory stays bounded; on a large corpus two worker processes
compute the blocks while the caller scores what they find; scipy and numpy do the heavy
lifting in C.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp

from tracker.forking import can_fork, fork_context, frozen_heap
from tracker.linking.blocking import MIN_EVIDENCE, MIN_SHARE, token_weight
from tracker.linking.normalize import content_tokens
from tracker.linking.scoring import LinkItem

BACKGROUND_FROM = 100_000  # quotations: from here the join runs beside the scoring
BLOCK_ROWS = 5_000
# Postings a block may look up (its prefix tokens' document frequencies summed): what its
# arrays hold grows with them, some 80 bytes each, so blocks shrink as the corpus grows.
BLOCK_HITS = 2_000_000
WORKERS = 2  # background processes computing blocks beside the caller


def candidate_pairs(
    items: Sequence[LinkItem],
    *,
    min_share: float = MIN_SHARE,
    min_evidence: float = MIN_EVIDENCE,
    block_rows: int = BLOCK_ROWS,
    background: bool | None = None,
    positions: bool = False,
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Blocks of candidate pairs ``(left_ids, right_ids)``, each pair once, lighter side left
    (``positions``: the items' positions in ``items`` instead of their ids).

    ``background``: compute the blocks in WORKERS forked processes while the caller
    consumes them (in any order); by default from ``BACKGROUND_FROM`` quotations, where
    the platform can fork.
    """
    n = len(items)
    if n < 2:
        return
    vocab: dict[str, int] = {}
    token_ids = array("l")  # a C array: a million quotations hold some 15 million tokens
    lengths = np.empty(n, dtype=np.int64)
    for k, item in enumerate(items):
        toks = content_tokens(item.norm)
        lengths[k] = len(toks)
        token_ids.extend(vocab.setdefault(t, len(vocab)) for t in sorted(toks))
    if not token_ids:
        return
    cols = np.asarray(token_ids, dtype=np.int64)  # through the buffer, no Python ints
    del token_ids
    rows = np.repeat(np.arange(n, dtype=np.int64), lengths)
    df = np.bincount(cols, minlength=len(vocab))
    weight = np.log1p(n / np.maximum(df, 1))
    floor = min_evidence * token_weight(1, n)

    # Heaviest first within each row (ties by token id: first seen in the corpus).
    wts = weight[cols]
    order = np.lexsort((cols, -wts, rows))
    rows, cols, wts = rows[order], cols[order], wts[order]
    total = np.bincount(rows, weights=wts, minlength=n)
    need = np.maximum(min_share * total, floor)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    ahead = np.cumsum(wts) - wts  # weight of the corpus's tokens before each one
    before = ahead - ahead[np.minimum(starts, len(ahead) - 1)][rows]  # ... within its row
    rest_before = total[rows] - before
    in_prefix = (rest_before >= need[rows] - 1e-9) & (total[rows] >= need[rows] - 1e-9)
    del ahead, before, rest_before

    # Rows renumbered lightest first (ties by position), so that of two quotations the
    # lighter is simply the lower row: each pair is taken from that side.
    by_weight = np.lexsort((np.arange(n), total))
    rank = np.empty(n, dtype=np.int64)
    rank[by_weight] = np.arange(n)
    order = np.argsort(rank[rows], kind="stable")  # still heaviest first within a row
    rows, cols, wts, in_prefix = rank[rows][order], cols[order], wts[order], in_prefix[order]
    total, need = total[by_weight], need[by_weight]
    # Blocks of at most ``block_rows`` rows and about BLOCK_HITS postings looked up.
    work = np.cumsum(np.bincount(rows[in_prefix], weights=df[cols[in_prefix]], minlength=n))
    cuts = np.searchsorted(work, np.arange(BLOCK_HITS, work[-1], BLOCK_HITS), side="right")
    bounds = np.unique(np.concatenate((np.arange(0, n, block_rows), cuts, [n])))

    ones = np.ones(len(rows), dtype=np.float32)
    postings = sp.csr_matrix((ones, (cols, rows)), shape=(len(vocab), n))
    probes = sp.csr_matrix(
        (wts[in_prefix], (rows[in_prefix], cols[in_prefix])), shape=(n, len(vocab))
    )
    rest = sp.csr_matrix(
        (wts[~in_prefix], (rows[~in_prefix], cols[~in_prefix])), shape=(n, len(vocab))
    )
    full = sp.csr_matrix((ones, (rows, cols)), shape=(n, len(vocab)))
    ids = (
        np.arange(n, dtype=np.int64)
        if positions
        else np.fromiter((item.id for item in items), dtype=np.int64, count=n)
    )[by_weight]
    bitmaps = _Bitmaps.of(rows, cols, wts, in_prefix, n)
    del rows, cols, wts, order, ones, in_prefix, rank, by_weight
    del vocab

    plan = _Plan(ids, need, probes, postings, rest, full, bitmaps, bounds)
    if background is None:
        background = n >= BACKGROUND_FROM and can_fork()
    if background:
        yield from _in_background(plan, WORKERS)
    else:
        for k in range(plan.blocks):
            yield from plan.block(k)


BITS = 128  # bits of each quotation's token bitmaps (two machine words)


@dataclass(frozen=True, slots=True)
class _Bitmaps:
    """Each quotation's tokens hashed into BITS bits: a cheap bound on what two share.

    The bitmap filter of Sandes, Teodoro and Melo ("Bitmap filter: speeding up exact set
    similarity joins with bitwise operations", Information Systems 88, 2020): a token of
    one quotation can be in another only if its bit is set in the other's bitmap, so the
    bits the two share (plus the tokens that share a bit within the first) bound how many
    of its tokens the other has, and the heaviest that many bound their weight.
    """

    full_lo: np.ndarray  # uint64 per row: the bits of every token (two words)
    full_hi: np.ndarray
    rest_lo: np.ndarray  # ... of the tokens after the prefix
    rest_hi: np.ndarray
    clashes: np.ndarray  # per row: rest tokens minus distinct rest bits
    rest_count: np.ndarray  # per row: rest tokens
    base: np.ndarray  # per row: where its sums start in ``sums``
    sums: np.ndarray  # per row: 0, then its rest weights summed heaviest first

    @classmethod
    def of(
        cls,
        rows: np.ndarray,
        cols: np.ndarray,
        wts: np.ndarray,
        in_prefix: np.ndarray,
        n: int,
    ) -> _Bitmaps:
        """``rows``, ``cols``, ``wts``: the corpus's tokens, by row and heaviest first."""
        bit = (cols % BITS).astype(np.uint64)
        high = bit >= 64
        mask = np.left_shift(np.uint64(1), bit & np.uint64(63))
        after = ~in_prefix

        def bitmap(select: np.ndarray) -> np.ndarray:
            out = np.zeros(n, dtype=np.uint64)
            np.bitwise_or.at(out, rows[select], mask[select])
            return out

        full_lo, full_hi = bitmap(~high), bitmap(high)
        rest_lo, rest_hi = bitmap(after & ~high), bitmap(after & high)
        rest_rows, rest_wts = rows[after], wts[after]
        rest_count = np.bincount(rest_rows, minlength=n)
        starts = np.concatenate(([0], np.cumsum(rest_count)[:-1]))
        cum = np.cumsum(rest_wts)
        within = cum - (cum - rest_wts)[starts[rest_rows]] if len(cum) else cum
        base = starts + np.arange(n)  # each row's sums begin with a 0
        sums = np.zeros(len(rest_wts) + n, dtype=np.float64)
        sums[np.arange(len(rest_wts)) + rest_rows + 1] = within
        distinct = np.bitwise_count(rest_lo).astype(np.int64) + np.bitwise_count(rest_hi)
        return cls(
            full_lo, full_hi, rest_lo, rest_hi, rest_count - distinct, rest_count, base, sums
        )

    def bound(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """An upper bound on what ``left``'s rest tokens found in ``right`` weigh."""
        both = np.bitwise_count(self.rest_lo[left] & self.full_lo[right]).astype(np.int64)
        both += np.bitwise_count(self.rest_hi[left] & self.full_hi[right])
        both += self.clashes[left]
        np.minimum(both, self.rest_count[left], out=both)
        both += self.base[left]
        bound: np.ndarray = self.sums[both]
        return bound


@dataclass(frozen=True, slots=True)
class _Plan:
    """Everything a block needs: arrays and sparse matrices, no Python object per quotation."""

    ids: np.ndarray
    need: np.ndarray
    probes: sp.csr_matrix
    postings: sp.csr_matrix
    rest: sp.csr_matrix
    full: sp.csr_matrix
    bitmaps: _Bitmaps
    bounds: np.ndarray  # the rows where each block starts, and the number of rows last

    @property
    def blocks(self) -> int:
        return len(self.bounds) - 1

    def block(self, k: int) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """The candidate pairs whose lighter side is a row of block ``k``."""
        need = self.need
        start, stop = int(self.bounds[k]), int(self.bounds[k + 1])
        hits = (self.probes[start:stop] @ self.postings).tocoo()
        left, right, shared = hits.row + start, hits.col, hits.data
        heavier = right > left  # each pair once, from its lighter side (rows: lightest first)
        left, right, shared = left[heavier], right[heavier], shared[heavier]
        # Pairs whose prefix tokens already share enough are in; of the others, those
        # the bitmaps cannot rule out get an exact count of what the rest of ``left`` adds.
        need_left = need[left] - 1e-9
        sure = shared >= need_left
        maybe = np.flatnonzero(~sure)
        maybe = maybe[
            shared[maybe] + self.bitmaps.bound(left[maybe], right[maybe]) >= need_left[maybe]
        ]
        if len(maybe):
            a, b = left[maybe], right[maybe]
            more = np.asarray(self.rest[a].multiply(self.full[b]).sum(axis=1)).ravel()
            sure[maybe[shared[maybe] + more >= need_left[maybe]]] = True
        left, right = left[sure], right[sure]
        if len(left):
            yield self.ids[left], self.ids[right]


def _produce(plan: _Plan, worker: int, workers: int, queue: Any) -> None:
    try:
        for k in range(worker, plan.blocks, workers):
            for pair_block in plan.block(k):
                queue.put(pair_block)
        queue.put(None)
    except BaseException as exc:  # reported to the parent, which raises it
        queue.put(RuntimeError(f"similarity join failed: {exc!r}"))


def _in_background(plan: _Plan, workers: int) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Run the blocks in forked children, each taking every ``workers``-th block. Python
    objects are frozen out of the garbage collector first, so the children's collections
    do not copy the parent's memory."""
    context = fork_context()
    queue = context.Queue(maxsize=16)
    with frozen_heap():
        children = [
            context.Process(target=_produce, args=(plan, k, workers, queue), daemon=True)
            for k in range(workers)
        ]
        for child in children:
            child.start()
        try:
            running = workers
            while running:
                got = queue.get()
                if got is None:
                    running -= 1
                elif isinstance(got, BaseException):
                    raise got
                else:
                    yield got
        finally:
            for child in children:
                if child.is_alive():
                    child.terminate()
                child.join()
