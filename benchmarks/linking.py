"""Claim linking at scale: batch time and memory, incremental cost, blocking recall.

    python -m benchmarks.linking [--quotations 20000] [--recall-sample 20000]

Quotations draw their words from a Zipf-distributed vocabulary, as news text does; a third
reuse shared statements the way outlets reuse them (verbatim, truncated, ellipsis,
re-punctuated, insertion, typo, fragment: benchmarks.corpus.reuse), a few are near-misses,
the rest distinct. Figures:
  * batch: seconds to find and score every candidate pair by the similarity join and
    cluster the automatic links (what `tracker link --all` does in memory), peak memory,
    and candidate pairs per quotation;
  * incremental: seconds to link one new article of 10 quotations against the in-memory
    index (benchmarks.linkdb times the database path that ingest uses);
  * recall: on a sample, the share of the pairs that exact brute force finds at the same
    thresholds (every pair, by rapidfuzz cdist bounds in C, then the same scorer) that the
    join finds too.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import random
import resource
import time

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq
from rapidfuzz.process import cdist, cpdist

from benchmarks.corpus import reuse
from tracker.linking import CandidateIndex, LinkItem, Thresholds, cluster_claims, find_links, join
from tracker.linking.linker import find_all_links
from tracker.linking.scoring import SAME_SPEAKER_BONUS, score_pair


class Vocabulary:
    """Words drawn the way news text draws them: function words, then a Zipf tail."""

    FUNCTION = (
        "il la di che e non per un una in the of and to a is that we will not "
        "be for with on der die und das ist nicht"
    ).split()

    def __init__(self, rng: random.Random, size: int = 50_000) -> None:
        letters = "abcdefghilmnoprstuvz"
        self.words = list(
            dict.fromkeys("".join(rng.choices(letters, k=rng.randint(4, 11))) for _ in range(size))
        )
        weights = [1 / (r + 1) ** 1.07 for r in range(len(self.words))]
        total = sum(weights)
        self.cum = list(itertools.accumulate(w / total for w in weights))
        self.rng = rng

    def sentence(self, n: int) -> str:
        out = []
        for _ in range(n):
            if self.rng.random() < 0.35:
                out.append(self.rng.choice(self.FUNCTION))
            else:
                out.append(self.words[bisect.bisect(self.cum, self.rng.random()) - 1])
        return " ".join(out)


def vocabulary_size(n: int) -> int:
    """Distinct words in n quotations of ~25 words, by Heaps' law V = K * tokens^b with
    K = 40, b = 0.55 (English text has K in 10-100, b in 0.4-0.6): 55,000 words at 20,000
    quotations, 460,000 at a million. News keeps bringing new names and words; a fixed
    vocabulary would make every word common in a large corpus."""
    return max(1000, int(40 * (25 * n) ** 0.55))


def quotations(n: int, *, seed: int = 3, vocabulary: int | None = None) -> list[LinkItem]:
    """n quotations: a third reuse shared statements, a few are near-misses, the rest distinct."""
    rng = random.Random(seed)
    vocab = Vocabulary(rng, vocabulary_size(n) if vocabulary is None else vocabulary)
    pool = [(vocab.sentence(rng.randint(8, 40)), f"p{k}") for k in range(max(10, n // 30))]
    out: list[LinkItem] = []
    for i in range(n):
        r = rng.random()
        if r < 0.33:
            text, speaker = rng.choice(pool)
            _, text = reuse(rng, text)
        elif r < 0.38:
            # A near-miss: a statement's opening words, then something else.
            base, speaker = rng.choice(pool)
            words = base.split()
            text = " ".join(words[: len(words) // 3]) + " " + vocab.sentence(rng.randint(6, 20))
        else:
            text, speaker = vocab.sentence(rng.randint(5, 45)), f"q{rng.randint(1, n // 5 + 1)}"
        out.append(LinkItem.of(i, text, speaker, rng.choice(["it", "en"])))
    return out


def batch(items: list[LinkItem], th: Thresholds) -> dict[str, float]:
    """What `tracker link --all` does in memory: the join, the scoring, the clusters."""
    candidates = sum(len(left) for left, _ in join.candidate_pairs(items)) / len(items)
    start = time.perf_counter()
    links = find_all_links(items, thresholds=th)
    scored = time.perf_counter()
    auto = [(x.a, x.b) for x in links if x.decision == "auto"]
    fragments = [i.id for i in items if i.is_fragment]
    claims = cluster_claims([i.id for i in items], auto, fragments=fragments)
    done = time.perf_counter()
    return {
        "find_links_s": round(scored - start, 2),
        "cluster_s": round(done - scored, 2),
        "candidates_per_quotation": round(candidates, 1),
        "links": len(links),
        "auto_links": len(auto),
        "claims": len(claims),
    }


def incremental(items: list[LinkItem], th: Thresholds, new: int = 10) -> float:
    stored, fresh = items[:-new], items[-new:]
    by_id = {i.id: i for i in stored}
    index = CandidateIndex()
    index.extend(stored)
    start = time.perf_counter()
    for item in fresh:
        by_id[item.id] = item
        index.add(item)
    find_links(fresh, index=index, items=by_id, thresholds=th)
    return time.perf_counter() - start


def _brute_force_candidates(
    sample: list[LinkItem], need: float, rows: int = 1000
) -> set[tuple[int, int]]:
    """Every pair whose score_pair can reach ``need`` (before the same-speaker bonus).

    A variant scores at most max(ratio, mean of ratio and token-set ratio); an excerpt at
    most the partial ratio of the shorter text's first segment, and a partial ratio of 95
    or more needs 90% of that segment's characters in order in the longer text (their
    longest common subsequence). Ratio and LCS are computed for every pair by rapidfuzz's
    cdist in C (bit-parallel), the token-set ratio where ratio leaves it a chance.
    """
    norms = [i.norm for i in sample]
    firsts = [i.segs[0] if i.segs else i.norm for i in sample]
    lengths = np.array([len(n) for n in norms])
    first_lengths = np.array([len(f) for f in firsts])
    out: set[tuple[int, int]] = set()
    for start in range(0, len(sample), rows):
        stop = min(start + rows, len(sample))
        ratio = cdist(norms[start:stop], norms, scorer=fuzz.ratio, workers=-1, dtype=np.uint8)
        sure = ratio >= need
        maybe_r, maybe_c = np.nonzero((ratio >= 2 * need - 100) & ~sure)
        token_set = cpdist(
            [norms[start + r] for r in maybe_r],
            [norms[c] for c in maybe_c],
            scorer=fuzz.token_set_ratio,
            workers=-1,
        )
        mean_ok = (ratio[maybe_r, maybe_c] + token_set) / 2 >= need
        sure[maybe_r[mean_ok], maybe_c[mean_ok]] = True
        lcs = cdist(firsts[start:stop], norms, scorer=LCSseq.similarity, workers=-1, dtype=np.int32)
        shorter = lengths[start:stop, None] <= lengths[None, :]
        sure |= shorter & (lcs >= np.floor(0.9 * first_lengths[start:stop, None]))
        for r, c in zip(*np.nonzero(sure), strict=True):
            a = start + int(r)
            if a != c:
                out.add((min(a, int(c)), max(a, int(c))))
    return out


def recall(items: list[LinkItem], th: Thresholds) -> dict[str, float]:
    """Brute force (every pair) against the batch join, at the same thresholds."""
    sample = items
    index = CandidateIndex()
    index.extend(sample)
    # A link needs informative shared words (a fragment of common words is chance) and the
    # score: both are the definition of a link, applied to every pair.
    brute = set()
    for a, b in _brute_force_candidates(sample, th.suggest - SAME_SPEAKER_BONUS):
        x, y = sample[a], sample[b]
        if score_pair(x, y).score >= th.suggest and index.informative(x, y):
            brute.add((x.id, y.id))
    found = {(x.a, x.b) for x in find_all_links(sample, thresholds=th)}
    hit = len(brute & found)
    return {
        "sample": len(sample),
        "brute_force_pairs": len(brute),
        "blocking_found": hit,
        "recall": round(hit / len(brute), 4) if brute else 1.0,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quotations", type=int, default=20_000)
    ap.add_argument("--recall-sample", type=int, default=2000)
    args = ap.parse_args()
    th = Thresholds()
    items = quotations(args.quotations)
    result: dict[str, object] = {"quotations": len(items)}
    result["batch"] = batch(items, th)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    result["incremental_10_s"] = round(incremental(items, th), 4)
    if args.recall_sample:
        result["recall"] = recall(quotations(args.recall_sample, seed=5), th)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
