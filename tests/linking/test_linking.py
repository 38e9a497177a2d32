"""Pure linking: normalisation, scoring methods, blocking recall, constrained clusters."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator

import numpy as np
import pytest

from tracker.linking import CandidateIndex, LinkItem, Thresholds, cluster_claims, find_links, join
from tracker.linking.blocking import MIN_SHARE, shared_weight
from tracker.linking.linker import decide, find_all_links
from tracker.linking.normalize import normalize, segments
from tracker.linking.scoring import score_pair

FULL = "We will defend every inch of allied territory with all the force at our disposal"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("«Non è così»", "non e cosi"),
        ("“We won’t,” he said…", "we won t he said"),
        ("They [Russia] will not... invade", "they will not invade"),
        ("Noi [...] difenderemo", "noi difenderemo"),
        ("  Spazi\n\ne  TABS\t", "spazi e tabs"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_ellipsis_splits_segments() -> None:
    assert segments("the first part … and the last part") == ["the first part", "and the last part"]


@pytest.mark.parametrize(
    ("a", "b", "method"),
    [
        (FULL, FULL.upper() + "!", "identical"),
        (FULL, "every inch of allied territory", "excerpt"),
        (FULL, "We will defend every inch … with all the force at our disposal", "excerpt"),
        (
            FULL,
            "We will defend each inch of allied territory with all the force at our disposal",
            "variant",
        ),
        ("Il Cremlino non vuole la guerra", "Il Cremlino non vuole la guera", "variant"),
    ],
)
def test_score_methods(a: str, b: str, method: str) -> None:
    s = score_pair(LinkItem.of(1, a), LinkItem.of(2, b))
    assert s.method == method
    assert s.score >= 88


def test_unrelated_quotations_score_low() -> None:
    s = score_pair(LinkItem.of(1, FULL), LinkItem.of(2, "Inflation will fall below two percent"))
    assert s.score < 50


def test_different_named_speakers_are_only_suggested() -> None:
    a, b = LinkItem.of(1, FULL, "putin"), LinkItem.of(2, FULL, "biden")
    items = {1: a, 2: b}
    index = CandidateIndex()
    index.extend(items.values())
    (link,) = find_links([a], index=index, items=items, thresholds=Thresholds())
    assert link.decision == "suggested"


def test_blocking_finds_every_pair_brute_force_finds() -> None:
    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = ["".join(rng.choices(letters, k=rng.randint(4, 9))) for _ in range(400)]
    base = [" ".join(rng.choices(words, k=rng.randint(5, 25))) for _ in range(150)]
    texts = base + [t.split(" ", 2)[-1] for t in base[:60]] + [t + " extra" for t in base[60:90]]
    items = {i: LinkItem.of(i, t) for i, t in enumerate(texts)}
    index = CandidateIndex()
    index.extend(items.values())
    found = {
        (min(x.a, x.b), max(x.a, x.b))
        for x in find_links(list(items.values()), index=index, items=items)
    }
    brute = set()
    for a, b in itertools.combinations(items, 2):
        s = score_pair(items[a], items[b])
        if s.score >= Thresholds().suggest and index.informative(items[a], items[b]):
            brute.add((a, b))
    assert brute and brute <= found
    # The batch join finds the very same links.
    batch = {(x.a, x.b) for x in find_all_links(list(items.values()))}
    assert batch == found


def _corpus(n: int, seed: int) -> list[LinkItem]:
    rng = random.Random(seed)
    words = ["".join(rng.choices("abcdefghilmnoprstuvz", k=rng.randint(3, 9))) for _ in range(300)]
    weights = [1 / (r + 1) for r in range(len(words))]  # Zipf: a few words everywhere
    texts = [" ".join(rng.choices(words, weights, k=rng.randint(2, 30))) for _ in range(n)]
    texts += [" ".join(t.split()[1:5]) for t in texts[: n // 5]]  # fragments
    return [LinkItem.of(i, t) for i, t in enumerate(texts)]


def test_the_bitmap_bound_never_falls_below_what_the_rest_tokens_share() -> None:
    """The join drops a pair on this bound, so it must hold for every pair, even when
    several tokens of one quotation fall on the same bit."""
    rng = np.random.default_rng(4)
    n, vocab = 60, 400  # 400 tokens on 128 bits: clashes within a quotation are common
    token_sets = [rng.choice(vocab, size=rng.integers(1, 40), replace=False) for _ in range(n)]
    weights = rng.uniform(0.1, 5.0, size=vocab)
    rows, cols, wts, in_prefix = [], [], [], []
    for r, toks in enumerate(token_sets):
        ranked = sorted(toks, key=lambda t: -weights[t])  # heaviest first, as the join has them
        cut = rng.integers(0, len(ranked) + 1)
        for k, t in enumerate(ranked):
            rows.append(r), cols.append(t), wts.append(weights[t]), in_prefix.append(k < cut)
    bitmaps = join._Bitmaps.of(
        np.array(rows), np.array(cols), np.array(wts), np.array(in_prefix), n
    )
    assert bitmaps.clashes.max() > 0
    left, right = np.array([(a, b) for a in range(n) for b in range(n) if a != b]).T
    bound = bitmaps.bound(left, right)
    pruned = 0
    for a, b, most in zip(left, right, bound, strict=True):
        rest = [c for c, r, p in zip(cols, rows, in_prefix, strict=True) if r == a and not p]
        exact = sum(weights[t] for t in rest if t in set(token_sets[b]))
        assert most >= exact - 1e-9
        pruned += most < sum(weights[t] for t in rest) - 1e-9
    assert pruned > len(left) // 2  # and it is a bound worth having


@pytest.mark.parametrize("block_hits", [join.BLOCK_HITS, 40])
def test_batch_join_finds_exactly_the_pairs_that_share_enough_weight(
    block_hits: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(join, "BLOCK_HITS", block_hits)  # 40: blocks of a row or a few
    items = _corpus(300, seed=11)
    index = CandidateIndex()
    index.extend(items)
    floor = index.evidence_floor
    expected = set()
    for x, y in itertools.combinations(items, 2):
        px, py = index.profile_of(x), index.profile_of(y)
        need = max(MIN_SHARE * min(px.total, py.total), floor)
        if shared_weight(px, py) >= need - 1e-9:
            expected.add((x.id, y.id))
    found = {
        (min(a, b), max(a, b))
        for left, right in join.candidate_pairs(items, block_rows=37)
        for a, b in zip(left.tolist(), right.tolist(), strict=True)
    }
    by_index = {(min(i.id, c), max(i.id, c)) for i in items for c in index.candidates(i)}
    assert expected and found == expected == by_index


def test_a_new_quotation_finds_stored_ones_lighter_and_heavier() -> None:
    long_text = "the minister promised sweeping reforms of the pension system before winter"
    index = CandidateIndex()
    items = _corpus(200, seed=3)
    index.extend(items)
    stored_long = LinkItem.of(1000, long_text)
    index.add(stored_long)
    fragment = LinkItem.of(1001, "sweeping reforms of the pension system")
    index.add(fragment)
    assert 1000 in index.candidates(fragment)  # the new one is the lighter side
    later_long = LinkItem.of(1002, long_text + " and spring")
    index.add(later_long)
    assert {1000, 1001} <= set(index.candidates(later_long))  # and the heavier side


def test_a_fragment_of_common_words_is_no_evidence() -> None:
    common = "the government said that"
    texts = [f"{common} {w} will rise sharply this year" for w in ("taxes", "prices", "rents")]
    items = [LinkItem.of(i, t) for i, t in enumerate(texts)]
    items.append(LinkItem.of(9, "una e a una"))  # function words only
    links = find_all_links(items)
    assert all(9 not in (x.a, x.b) for x in links)
    assert score_pair(items[3], LinkItem.of(11, "una e a una volta")).score == 0


def test_clusters_respect_rejections_and_fragments() -> None:
    # 1-2 linked, 2-3 linked, but 1-3 rejected: 3 stays out of 1's claim.
    assert cluster_claims([1, 2, 3], [(1, 2), (2, 3)], cannot_link=[(1, 3)]) == [[1, 2]]
    # Fragment 5 matches both long quotations 4 and 6: it joins one, never bridges both.
    groups = cluster_claims([4, 5, 6], [(4, 5), (5, 6)], fragments=[5])
    assert len(groups) == 1 and len(groups[0]) == 2
    # Two long quotations linked directly are joined, fragments attach to them.
    assert cluster_claims([7, 8, 9], [(7, 9), (8, 9)], fragments=[8]) == [[7, 8, 9]]


def test_bad_thresholds_are_refused() -> None:
    with pytest.raises(ValueError, match="suggest <= auto"):
        Thresholds(auto=50, suggest=80)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # fork beside threads, Python 3.12+
def test_the_join_run_in_a_background_process_finds_the_same_pairs() -> None:
    items = _corpus(300, seed=5)

    def pairs(background: bool) -> set[tuple[int, int]]:
        blocks = join.candidate_pairs(items, block_rows=50, background=background)
        return {
            (a, b)
            for left, right in blocks
            for a, b in zip(left.tolist(), right.tolist(), strict=True)
        }

    assert pairs(False) and pairs(True) == pairs(False)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # fork beside threads, Python 3.12+
def test_a_failure_in_the_background_join_is_raised_not_swallowed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(self: object, k: int) -> Iterator[tuple[object, object]]:
        raise MemoryError("out of memory")
        yield

    monkeypatch.setattr(join._Plan, "block", broken)
    with pytest.raises(RuntimeError, match="similarity join failed: MemoryError"):
        list(join.candidate_pairs(_corpus(100, seed=2), background=True))


def test_a_two_word_fragment_needs_one_named_speaker_to_be_linked_automatically() -> None:
    full = "The strongest one is the one who has the courage of the white flag"
    pope = LinkItem.of(1, full, "pope")
    named = LinkItem.of(2, "white flag", "pope")
    unnamed = LinkItem.of(3, "white flag", None, unnamed=True)
    assert decide(score_pair(named, pope), Thresholds()) == "auto"
    assert decide(score_pair(unnamed, pope), Thresholds()) == "suggested"
    # Three words are evidence enough on their own.
    three = LinkItem.of(4, "the white flag", None)
    assert decide(score_pair(three, pope), Thresholds()) == "auto"


def test_one_word_of_the_speakers_own_is_an_excerpt_of_what_he_said() -> None:
    full = "Quello che sta succedendo nei mercati è semplicemente inaccettabile, ha detto"
    said = LinkItem.of(1, full, "mario rossi")
    word = LinkItem.of(2, "inaccettabile", "mario rossi")
    score = score_pair(word, said)
    assert score.method == "excerpt" and decide(score, Thresholds()) == "auto"
    # The batch rebuild finds it among other quotations, and it joins the claim.
    other = LinkItem.of(
        3, "Il governo deve ridurre le tasse sul lavoro entro giugno", "mario rossi"
    )
    links = find_all_links([said, word, other])
    assert [(x.a, x.b, x.decision) for x in links] == [(1, 2, "auto")]


def test_one_word_is_no_evidence_without_its_speaker_or_as_a_piece_of_a_word() -> None:
    full = "Quello che sta succedendo nei mercati è semplicemente inaccettabile"
    said = LinkItem.of(1, full, "mario rossi")
    for word in (
        LinkItem.of(2, "inaccettabile", None, unnamed=True),  # nobody named
        LinkItem.of(3, "inaccettabile", "paolo neri"),  # somebody else
        LinkItem.of(4, "mercato", "mario rossi"),  # not one of its words
        LinkItem.of(5, "semplice", "mario rossi"),  # a piece of one
        LinkItem.of(6, "mercati", "mario rossi"),  # too short to mean much alone
    ):
        assert score_pair(word, said).method != "excerpt"
        assert decide(score_pair(word, said), Thresholds()) is None
