"""Score extraction, attribution and claim linking against gold files (../shared/eval format).

Exactly as GUIDELINES.md says: a prediction matches a gold quotation when their spans
overlap by at least half their union (IoU >= 0.5), one to one; attribution compares
speakers case- and accent-insensitively against the gold name and its aliases (a gold
quotation without a speaker is left out of attribution accuracy, as the German gold's
README asks; "named_accuracy" counts persons and organisations only); linking
compares the pairs of quotations in the same claim. Pure: gold documents and
predictions in, numbers out. No database, no files.
"""

from __future__ import annotations

import datetime as dt
import itertools
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from tracker.extraction import Quote, extract_quotes
from tracker.extraction.speakers import SpeakerIndex, normalize_name
from tracker.linking import LinkItem, Thresholds, cluster_claims
from tracker.linking.crosslang import cross_language_links
from tracker.linking.linker import find_all_links

TYPES = ("direct", "partial", "indirect")
GROUPS: dict[str, tuple[str, ...]] = {
    "direct": ("direct",),
    "partial": ("partial",),
    "indirect": ("indirect",),
    "direct+partial": ("direct", "partial"),
    "all": TYPES,
}
MIN_IOU = 0.5
NAMED_KINDS = ("person", "organization")  # speakers that count for or against a link


@dataclass(frozen=True, slots=True)
class GoldQuote:
    id: str
    doc: str
    lang: str
    start: int
    end: int
    type: str
    speaker: str | None
    aliases: tuple[str, ...]
    claim: str | None
    kind: str = "unknown"


@dataclass(frozen=True, slots=True)
class Predicted:
    """One predicted quotation of a document (its index is its identity within the doc)."""

    doc: str
    index: int
    start: int
    end: int
    type: str
    speaker: str | None
    text: str = ""
    kind: str = "unknown"


@dataclass(slots=True)
class Counts:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def scores(self) -> dict[str, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(ch for ch in text if not unicodedata.combining(ch)).split())


def speaker_ok(predicted: str | None, gold: GoldQuote) -> bool:
    """The predicted speaker equals the gold name or an alias, ignoring case and accents."""
    if predicted is None:
        return gold.speaker is None
    names = {_fold(n) for n in (gold.speaker, *gold.aliases) if n}
    return _fold(predicted) in names


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def match(golds: Sequence[GoldQuote], preds: Sequence[Predicted]) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs with IoU >= 0.5, best overlaps first."""
    cands = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if p.doc == g.doc:
                o = iou((g.start, g.end), (p.start, p.end))
                if o >= MIN_IOU:
                    cands.append((-o, gi, pi))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def gold_quotes(doc: Mapping[str, Any]) -> list[GoldQuote]:
    return [
        GoldQuote(
            id=q["id"],
            doc=doc["doc_id"],
            lang=doc["lang"],
            start=q["start"],
            end=q["end"],
            type=q["type"],
            speaker=q.get("speaker"),
            aliases=tuple(q.get("speaker_aliases") or ()),
            claim=q.get("claim"),
            kind=q.get("speaker_kind") or "unknown",
        )
        for q in doc["quotes"]
    ]


@dataclass(slots=True)
class ExtractionScore:
    by_group: dict[str, dict[str, float]] = field(default_factory=dict)
    attribution: dict[str, float] = field(default_factory=dict)
    end_to_end: dict[str, float] = field(default_factory=dict)
    # gold id -> predicted (doc, index), for linking on extracted quotations
    matched: dict[str, tuple[str, int]] = field(default_factory=dict)
    misses: list[GoldQuote] = field(default_factory=list)
    false_alarms: list[Predicted] = field(default_factory=list)
    wrong_speaker: list[tuple[GoldQuote, Predicted]] = field(default_factory=list)


def score_extraction(golds: list[GoldQuote], preds: list[Predicted]) -> ExtractionScore:
    out = ExtractionScore()
    for group, types in GROUPS.items():
        g = [q for q in golds if q.type in types]
        p = [q for q in preds if q.type in types]
        pairs = match(g, p)
        exact = sum(1 for gi, pi in pairs if (g[gi].start, g[gi].end) == (p[pi].start, p[pi].end))
        scores = Counts(len(pairs), len(p), len(g)).scores()
        scores["exact_f1"] = Counts(exact, len(p), len(g)).scores()["f1"]
        out.by_group[group] = scores
    pairs = match(golds, preds)
    right = [(gi, pi) for gi, pi in pairs if speaker_ok(preds[pi].speaker, golds[gi])]
    # A gold quotation that names no speaker (the annotators found none) says nothing about
    # attribution: it counts for extraction and end to end, not for accuracy.
    scored = [(gi, pi) for gi, pi in pairs if golds[gi].speaker is not None]
    named = [(gi, pi) for gi, pi in scored if golds[gi].kind in ("person", "organization")]
    good = set(right)
    out.attribution = {
        "accuracy": round(sum(x in good for x in scored) / len(scored), 4) if scored else 0.0,
        "matched": len(scored),
        "unscored": len(pairs) - len(scored),
        "named_accuracy": round(sum(x in good for x in named) / len(named), 4) if named else 0.0,
        "named_matched": len(named),
    }
    out.end_to_end = Counts(len(right), len(preds), len(golds)).scores()
    out.matched = {golds[gi].id: (preds[pi].doc, preds[pi].index) for gi, pi in pairs}
    hit_g = {gi for gi, _ in pairs}
    hit_p = {pi for _, pi in pairs}
    out.misses = [g for i, g in enumerate(golds) if i not in hit_g]
    out.false_alarms = [p for i, p in enumerate(preds) if i not in hit_p]
    out.wrong_speaker = [(golds[gi], preds[pi]) for gi, pi in scored if (gi, pi) not in good]
    return out


def _pairs(clusters: Iterable[Iterable[str]]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for members in clusters:
        out.update(itertools.combinations(sorted(members), 2))
    return out


def score_linking(
    golds: list[GoldQuote], predicted_clusters: list[list[str]]
) -> dict[str, dict[str, float]]:
    """Pairwise P/R/F1 and B-cubed F1, for all, same-language and cross-language pairs.

    ``predicted_clusters`` hold gold ids (each prediction mapped to the gold quotation it
    matched; unmatched predictions cannot form gold pairs and are left out).
    """
    lang = {g.id: g.lang for g in golds}
    by_claim: dict[str, list[str]] = defaultdict(list)
    for g in golds:
        if g.claim:
            by_claim[g.claim].append(g.id)
    gold_pairs = _pairs(by_claim.values())
    pred_pairs = _pairs(predicted_clusters)
    out: dict[str, dict[str, float]] = {}
    splits: dict[str, Callable[[tuple[str, str]], bool]] = {
        "all": lambda p: True,
        "same_language": lambda p: lang[p[0]] == lang[p[1]],
        "cross_language": lambda p: lang[p[0]] != lang[p[1]],
    }
    gold_of = {gid: frozenset(m) for m in by_claim.values() for gid in m}
    pred_of = {gid: frozenset(m) for m in predicted_clusters for gid in m}
    for name, keep in splits.items():
        gold_split = {x for x in gold_pairs if keep(x)}
        pred_split = {x for x in pred_pairs if keep(x)}
        scores = Counts(len(gold_split & pred_split), len(pred_split), len(gold_split)).scores()
        scores["gold_pairs"] = len(gold_split)
        scores["predicted_pairs"] = len(pred_split)
        scores["b_cubed_f1"] = _b_cubed(golds, gold_of, pred_of, name, lang)
        out[name] = scores
    return out


def _b_cubed(
    golds: list[GoldQuote],
    gold_of: dict[str, frozenset[str]],
    pred_of: dict[str, frozenset[str]],
    split: str,
    lang: dict[str, str],
) -> float:
    """B-cubed F1 over gold quotations, each item's cluster limited to the split's languages."""
    precisions, recalls = [], []
    for g in golds:

        def limit(members: frozenset[str], me: str = g.id) -> frozenset[str]:
            if split == "same_language":
                return frozenset(m for m in members if lang[m] == lang[me]) | {me}
            if split == "cross_language":
                return frozenset(m for m in members if lang[m] != lang[me])
            return members | {me}

        gc = limit(gold_of.get(g.id, frozenset()))
        pc = limit(pred_of.get(g.id, frozenset()))
        if split == "cross_language" and not gc and not pc:
            continue
        inter = len(gc & pc)
        precisions.append(inter / len(pc) if pc else (1.0 if not gc else 0.0))
        recalls.append(inter / len(gc) if gc else (1.0 if not pc else 0.0))
    if not precisions:
        return 0.0
    p = sum(precisions) / len(precisions)
    r = sum(recalls) / len(recalls)
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def link_clusters(
    items: list[LinkItem], thresholds: Thresholds, *, translations: bool = False
) -> list[list[int]]:
    """Claims the tracker would form from these quotations: from its automatic links, and
    (``translations``) the translation and rewording suggestions an analyst would confirm."""
    by_id = {i.id: i for i in items}
    links = find_all_links(items, thresholds=thresholds)  # what `tracker link --all` does
    edges = [(x.a, x.b) for x in links if x.decision == "auto"]
    if translations:
        known = {(x.a, x.b) for x in links}
        edges += [(x.a, x.b) for x in cross_language_links(items, skip=known)]
    fragments = [i.id for i in items if i.is_fragment]
    return cluster_claims(by_id, edges, fragments=fragments)


def predict(doc: Mapping[str, Any]) -> list[Quote]:
    published = dt.date.fromisoformat(doc["published"]) if doc.get("published") else None
    return extract_quotes(doc["text"], lang=doc.get("lang"), published=published)


@dataclass(slots=True)
class Report:
    documents: int
    extraction: ExtractionScore
    linking: dict[str, dict[str, float]]
    linking_on_gold_spans: dict[str, dict[str, float]]
    predictions: list[Predicted]
    # The automatic links and every translation and rewording suggestion confirmed, on the
    # gold spans.
    linking_with_translations_on_gold_spans: dict[str, dict[str, float]] = field(
        default_factory=dict
    )

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "extraction": self.extraction.by_group,
            "attribution": self.extraction.attribution,
            "end_to_end": self.extraction.end_to_end,
            "linking": self.linking,
            "linking_on_gold_spans": self.linking_on_gold_spans,
            "linking_with_translations_on_gold_spans": self.linking_with_translations_on_gold_spans,
        }


def evaluate(docs: Sequence[Mapping[str, Any]], *, thresholds: Thresholds | None = None) -> Report:
    """Extract and link every gold document, and score it all."""
    th = thresholds or Thresholds()
    golds: list[GoldQuote] = []
    preds: list[Predicted] = []
    texts: dict[str, str] = {}
    for doc in docs:
        golds.extend(gold_quotes(doc))
        texts[doc["doc_id"]] = doc["text"]
        for i, q in enumerate(predict(doc)):
            preds.append(
                Predicted(
                    doc["doc_id"], i, q.start, q.end, q.type, q.speaker, q.text, q.speaker_kind
                )
            )
    extraction = score_extraction(golds, preds)
    lang = {d["doc_id"]: d["lang"] for d in docs}
    # End to end: link the predicted quotations, then name them by the gold they matched.
    key_of = {(p.doc, p.index): n for n, p in enumerate(preds)}
    gold_by_pred = {key_of[v]: gid for gid, v in extraction.matched.items()}
    # Speakers resolved across articles as ingest resolves them ("Олодимир Зеленський" in
    # one article's post is the "Volodymyr Zelenskyy" of another).
    speakers = SpeakerIndex()
    items = [
        LinkItem.of(
            n,
            p.text,
            _speaker_key(p.speaker, p.kind, speakers),
            lang[p.doc],
            unnamed=p.kind == "anonymous",
        )
        for n, p in enumerate(preds)
    ]
    e2e = [[gold_by_pred[i] for i in c if i in gold_by_pred] for c in link_clusters(items, th)]
    # On gold spans and gold speakers: linking judged apart from extraction.
    gold_items = [
        LinkItem.of(
            n,
            texts[g.doc][g.start : g.end],
            _speaker_key(g.speaker, g.kind),
            g.lang,
            unnamed=g.kind == "anonymous",
        )
        for n, g in enumerate(golds)
    ]
    on_gold = [[golds[i].id for i in c] for c in link_clusters(gold_items, th)]
    translated = [
        [golds[i].id for i in c] for c in link_clusters(gold_items, th, translations=True)
    ]
    return Report(
        documents=len(docs),
        extraction=extraction,
        linking=score_linking(golds, e2e),
        linking_on_gold_spans=score_linking(golds, on_gold),
        linking_with_translations_on_gold_spans=score_linking(golds, translated),
        predictions=preds,
    )


def _speaker_key(name: str | None, kind: str, speakers: SpeakerIndex | None = None) -> str | None:
    """Named speakers only: an unnamed source neither confirms nor contradicts a link.
    ``speakers`` resolves a name across articles; without it the name is taken as it is
    (the gold's names are canonical already)."""
    if not name or kind not in NAMED_KINDS:
        return None
    if speakers is not None:
        return speakers.key(name, kind)
    return normalize_name(name) or None
