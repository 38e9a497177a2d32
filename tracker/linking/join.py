"""The batch similarity join: every candidate pair of a whole corpus, in sparse-matrix algebra.

The same filter as :class:`~tracker.linking.blocking.CandidateIndex` (weighted containment:
shared tokens weigh ``min_share`` of the lighter quotation's and at least the evidence
floor), computed for all quotations at once. Each quotation's tokens are ordered heaviest
first and its *prefix* cut as in ``blocking``. One sparse product of the prefixes with the
token postings gives, for every pair that shares a prefix token, the weight of the prefix
tokens it shares; the pairs taken from their lighter side then get an exact check of what
the rest of the lighter one's tokens add. Rows are processed in blocks, so memory stays
bounded; scipy does the heavy lifting in C.
"""

from __future__ import annotations

import gc
import multiprocessing
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp

from tracker.linking.blocking import MIN_EVIDENCE, MIN_SHARE, token_weight
from tracker.linking.normalize import content_tokens
from tracker.linking.scoring import LinkItem

BACKGROUND_FROM = 100_000  # quotations: from here the join runs beside the scoring
BLOCK_ROWS = 5_000


def candidate_pairs(
    items: Sequence[LinkItem],
    *,
    min_share: float = MIN_SHARE,
    min_evidence: float = MIN_EVIDENCE,
    block_rows: int = BLOCK_ROWS,
    background: bool | None = None,
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Blocks of candidate pairs ``(left_ids, right_ids)``, each pair once, lighter side left.

    ``background``: compute the blocks in a forked process while the caller consumes them
    (the caller's scoring then runs on the other core); by default from
    ``BACKGROUND_FROM`` quotations, where the platform can fork.
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

    ones = np.ones(len(rows), dtype=np.float32)
    postings = sp.csr_matrix((ones, (cols, rows)), shape=(len(vocab), n))
    probes = sp.csr_matrix(
        (wts[in_prefix], (rows[in_prefix], cols[in_prefix])), shape=(n, len(vocab))
    )
    rest = sp.csr_matrix(
        (wts[~in_prefix], (rows[~in_prefix], cols[~in_prefix])), shape=(n, len(vocab))
    )
    full = sp.csr_matrix((ones, (rows, cols)), shape=(n, len(vocab)))
    ids = np.fromiter((item.id for item in items), dtype=np.int64, count=n)
    bitmaps = _Bitmaps.of(rows, cols, wts, in_prefix, n)
    del rows, cols, wts, order, ones, ahead, before, rest_before, in_prefix
    del vocab

    plan = _Plan(ids, total, need, probes, postings, rest, full, bitmaps)
    if background is None:
        background = n >= BACKGROUND_FROM and "fork" in multiprocessing.get_all_start_methods()
    if background:
        yield from _in_background(plan, block_rows)
    else:
        for start in range(0, n, block_rows):
            yield from plan.block(start, block_rows)


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

    full: np.ndarray  # (n, 2) uint64: every token's bit
    rest: np.ndarray  # (n, 2) uint64: the bits of the tokens after the prefix
    clashes: np.ndarray  # per row: rest tokens minus distinct rest bits
    rest_start: np.ndarray  # per row: where its rest weights start in ``rest_cum``
    rest_count: np.ndarray
    rest_cum: np.ndarray  # within each row, the rest weights summed heaviest first

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
        word = (bit >> np.uint64(6)).astype(np.int64)
        mask = np.left_shift(np.uint64(1), bit & np.uint64(63))
        full = np.zeros((n, 2), dtype=np.uint64)
        np.bitwise_or.at(full, (rows, word), mask)
        after = ~in_prefix
        rest = np.zeros((n, 2), dtype=np.uint64)
        np.bitwise_or.at(rest, (rows[after], word[after]), mask[after])
        rest_rows, rest_wts = rows[after], wts[after]
        rest_count = np.bincount(rest_rows, minlength=n)
        rest_start = np.concatenate(([0], np.cumsum(rest_count)[:-1]))
        cum = np.cumsum(rest_wts)
        rest_cum = cum - (cum - rest_wts)[rest_start[rest_rows]] if len(cum) else cum
        distinct = np.bitwise_count(rest).sum(axis=1, dtype=np.int64)
        return cls(full, rest, rest_count - distinct, rest_start, rest_count, rest_cum)

    def bound(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """An upper bound on what ``left``'s rest tokens found in ``right`` weigh."""
        both = np.bitwise_count(self.rest[left] & self.full[right]).sum(axis=1, dtype=np.int64)
        k = np.minimum(both + self.clashes[left], self.rest_count[left])
        out = np.zeros(len(left), dtype=np.float64)
        some = k > 0
        out[some] = self.rest_cum[self.rest_start[left[some]] + k[some] - 1]
        return out


@dataclass(frozen=True, slots=True)
class _Plan:
    """Everything a block needs: arrays and sparse matrices, no Python object per quotation."""

    ids: np.ndarray
    total: np.ndarray
    need: np.ndarray
    probes: sp.csr_matrix
    postings: sp.csr_matrix
    rest: sp.csr_matrix
    full: sp.csr_matrix
    bitmaps: _Bitmaps

    def block(self, start: int, rows: int) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        total, need = self.total, self.need
        hits = (self.probes[start : start + rows] @ self.postings).tocoo()
        left, right, shared = hits.row + start, hits.col, hits.data
        # Each pair once, from its lighter side (ties: the smaller index probes).
        heavier = (total[right] > total[left]) | ((total[right] == total[left]) & (right > left))
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


def _produce(plan: _Plan, rows: int, queue: Any) -> None:
    try:
        for start in range(0, len(plan.ids), rows):
            for pair_block in plan.block(start, rows):
                queue.put(pair_block)
        queue.put(None)
    except BaseException as exc:  # reported to the parent, which raises it
        queue.put(RuntimeError(f"similarity join failed: {exc!r}"))


def _in_background(plan: _Plan, rows: int) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Run the blocks in a forked child. Python objects are frozen out of the garbage
    collector first, so the child's collections do not copy the parent's memory."""
    context = multiprocessing.get_context("fork")
    queue = context.Queue(maxsize=16)
    gc.freeze()
    child = context.Process(target=_produce, args=(plan, rows, queue), daemon=True)
    child.start()
    try:
        while (got := queue.get()) is not None:
            if isinstance(got, BaseException):
                raise got
            yield got
    finally:
        if child.is_alive():
            child.terminate()
        child.join()
        gc.unfreeze()
