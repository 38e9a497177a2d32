"""The batch similarity join: every candidate pair of a whole corpus, in sparse-matrix algebra.

The same filter as :class:`~tracker.linking.blocking.CandidateIndex` (weighted containment:
shared tokens weigh ``min_share`` of the lighter quotation's and at least the evidence
floor), computed for all quotations at once. Each quotation's tokens are ordered heaviest
first; its *probe* is its prefix (see ``blocking``) and a few tokens more. One sparse
product of the probes with the token postings gives, for every pair that shares a probe
token, the weight of the probe tokens it shares; the pair survives only if that, plus all
the probe side's tokens after its probe, reaches what it must share. Only the survivors
get an exact check. Rows are processed in blocks, so memory stays bounded; scipy does the
heavy lifting in C.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence

import numpy as np
import scipy.sparse as sp

from tracker.linking.blocking import MIN_EVIDENCE, MIN_SHARE, token_weight
from tracker.linking.normalize import content_tokens
from tracker.linking.scoring import LinkItem

EXTRA_PROBE = 0  # tokens probed beyond the prefix, to tighten the bound on what is shared
BLOCK_ROWS = 5_000


def candidate_pairs(
    items: Sequence[LinkItem],
    *,
    min_share: float = MIN_SHARE,
    min_evidence: float = MIN_EVIDENCE,
    block_rows: int = BLOCK_ROWS,
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Blocks of candidate pairs ``(left_ids, right_ids)``, each pair once, lighter side left."""
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
    cols = (
        np.frombuffer(token_ids, dtype=np.int64)
        if token_ids.itemsize == 8
        else np.asarray(token_ids, dtype=np.int64)
    )
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
    prefix_len = np.bincount(rows, weights=in_prefix, minlength=n).astype(np.int64)
    rank = np.arange(len(rows)) - starts[rows]
    probe_len = np.where(prefix_len > 0, np.minimum(prefix_len + EXTRA_PROBE, lengths), 0)
    in_probe = rank < probe_len[rows]
    after_probe = np.bincount(rows, weights=np.where(in_probe, 0.0, wts), minlength=n)

    ones = np.ones(len(rows), dtype=np.float32)
    postings = sp.csr_matrix((ones, (cols, rows)), shape=(len(vocab), n))
    probes = sp.csr_matrix((wts[in_probe], (rows[in_probe], cols[in_probe])), shape=(n, len(vocab)))
    rest = sp.csr_matrix(
        (wts[~in_probe], (rows[~in_probe], cols[~in_probe])), shape=(n, len(vocab))
    )
    full = sp.csr_matrix((ones, (rows, cols)), shape=(n, len(vocab)))
    ids = np.fromiter((item.id for item in items), dtype=np.int64, count=n)
    del rows, cols, wts, order, ones, ahead, before, rest_before, in_prefix, rank, in_probe
    del vocab

    for start in range(0, n, block_rows):
        hits = (probes[start : start + block_rows] @ postings).tocoo()
        left, right, shared = hits.row + start, hits.col, hits.data
        # Each pair once, from its lighter side (ties: the smaller index probes).
        heavier = (total[right] > total[left]) | ((total[right] == total[left]) & (right > left))
        hopeful = heavier & (shared + after_probe[left] >= need[left] - 1e-9)
        left, right, shared = left[hopeful], right[hopeful], shared[hopeful]
        if len(left):
            # What the tokens after the probe add, for the survivors only.
            more = np.asarray(rest[left].multiply(full[right]).sum(axis=1)).ravel()
            keep = shared + more >= need[left] - 1e-9
            left, right = left[keep], right[keep]
        if len(left):
            yield ids[left], ids[right]
