"""The scorer computes exactly what GUIDELINES.md defines, on hand-made documents."""

from __future__ import annotations

import pytest

from tracker.evaluation import (
    GoldQuote,
    Predicted,
    evaluate,
    iou,
    score_extraction,
    score_linking,
    speaker_ok,
)
from tracker.extraction.speakers import SpeakerIndex


def gold(
    id: str,
    start: int,
    end: int,
    type: str = "direct",
    speaker: str | None = "Anna Rossi",
    aliases: tuple[str, ...] = (),
    claim: str | None = None,
    lang: str = "it",
    doc: str = "d1",
) -> GoldQuote:
    return GoldQuote(id, doc, lang, start, end, type, speaker, aliases, claim)


def pred(
    index: int,
    start: int,
    end: int,
    type: str = "direct",
    speaker: str | None = "Anna Rossi",
    doc: str = "d1",
) -> Predicted:
    return Predicted(doc, index, start, end, type, speaker)


def test_iou() -> None:
    assert iou((0, 10), (0, 10)) == 1.0
    assert iou((0, 10), (5, 15)) == pytest.approx(5 / 15)
    assert iou((0, 10), (10, 20)) == 0.0


def test_speaker_match_ignores_case_and_accents_and_accepts_aliases() -> None:
    g = gold("q", 0, 5, speaker="Arvydas Anušauskas", aliases=("Anusauskas",))
    assert speaker_ok("arvydas anusauskas", g)
    assert speaker_ok("ANUŠAUSKAS", g)
    assert not speaker_ok("Arvydas", g)


def test_extraction_scores() -> None:
    golds = [gold("a", 0, 100), gold("b", 200, 240, "partial"), gold("c", 300, 400, "indirect")]
    preds = [
        pred(0, 0, 100),  # exact, right speaker
        pred(1, 205, 240, "partial", "Luca"),  # IoU 0.875, wrong speaker
        pred(2, 300, 340, "indirect"),  # IoU 0.4: no match
        pred(3, 500, 520),  # false alarm
    ]
    s = score_extraction(golds, preds)
    assert s.by_group["all"] == {
        "precision": 0.5,
        "recall": pytest.approx(0.6667),
        "f1": pytest.approx(0.5714),
        "exact_f1": pytest.approx(0.2857),
    }
    assert s.by_group["direct"]["precision"] == 0.5 and s.by_group["direct"]["recall"] == 1.0
    assert s.by_group["partial"]["f1"] == 1.0 and s.by_group["partial"]["exact_f1"] == 0.0
    assert s.by_group["indirect"]["recall"] == 0.0
    assert s.attribution == {
        "accuracy": 0.5,
        "matched": 2,
        "unscored": 0,
        "named_accuracy": 0.0,  # the gold's kind is unknown: neither person nor organisation
        "named_matched": 0,
    }
    assert s.end_to_end == {
        "precision": 0.25,
        "recall": pytest.approx(0.3333),
        "f1": pytest.approx(0.2857),
    }
    assert [g.id for g in s.misses] == ["c"] and len(s.false_alarms) == 2


def test_each_gold_matches_one_prediction_at_most() -> None:
    s = score_extraction([gold("a", 0, 100)], [pred(0, 0, 100), pred(1, 0, 90)])
    assert s.by_group["all"]["precision"] == 0.5 and s.by_group["all"]["recall"] == 1.0


def test_linking_pairs_and_b_cubed_by_language() -> None:
    golds = [
        gold("a", 0, 5, claim="k", lang="it"),
        gold("b", 0, 5, claim="k", lang="it", doc="d2"),
        gold("c", 0, 5, claim="k", lang="en", doc="d3"),
        gold("d", 0, 5, lang="en", doc="d4"),
    ]
    # Predicted: a-b together (same language), c alone, d wrongly with c.
    scores = score_linking(golds, [["a", "b"], ["c", "d"]])
    assert scores["same_language"]["gold_pairs"] == 1  # a-b
    assert scores["same_language"]["precision"] == 0.5  # a-b right, c-d wrong
    assert scores["same_language"]["recall"] == 1.0
    assert scores["cross_language"]["gold_pairs"] == 2  # a-c, b-c
    assert scores["cross_language"]["recall"] == 0.0
    assert scores["all"]["f1"] == pytest.approx(2 * 0.5 * (1 / 3) / (0.5 + 1 / 3))
    assert 0 < scores["all"]["b_cubed_f1"] < 1


def test_a_gold_quotation_without_a_speaker_is_left_out_of_attribution() -> None:
    golds = [gold("a", 0, 100, speaker=None), gold("b", 200, 300)]
    preds = [pred(0, 0, 100, speaker="Someone"), pred(1, 200, 300, speaker="Luca")]
    s = score_extraction(golds, preds)
    assert s.attribution["accuracy"] == 0.0 and s.attribution["matched"] == 1
    assert s.attribution["unscored"] == 1
    # End to end still asks for the right speaker: none was named, "Someone" was predicted.
    assert s.end_to_end["precision"] == 0.0
    assert [g.id for g, _ in s.wrong_speaker] == ["b"]


def _doc(doc_id: str, lang: str, quote: str, cue: str) -> dict[str, object]:
    text = f"Il vertice.\n\n«{quote}», {cue} Maria Rossi.\n"
    start = text.index(quote)
    return {
        "doc_id": doc_id,
        "lang": lang,
        "published": "2024-03-01",
        "text": text,
        "quotes": [
            {
                "id": f"{doc_id}-q0",
                "type": "direct",
                "start": start,
                "end": start + len(quote),
                "text": quote,
                "speaker": "Maria Rossi",
                "speaker_aliases": [],
                "speaker_kind": "person",
                "claim": "peace-talks",
            }
        ],
    }


def test_a_confirmed_translation_counts_only_in_its_own_linking_figures() -> None:
    docs = [
        _doc(
            "it1", "it", "Il governo deve fermare la guerra e aprire negoziati di pace", "ha detto"
        ),
        _doc("en1", "en", "The government must stop the war and open peace negotiations", "said"),
    ]
    report = evaluate(docs).as_dict()
    assert report["linking_on_gold_spans"]["cross_language"]["recall"] == 0.0
    translated = report["linking_with_translations_on_gold_spans"]["cross_language"]
    assert (translated["precision"], translated["recall"]) == (1.0, 1.0)


def test_end_to_end_linking_resolves_speakers_across_articles_as_ingest_does() -> None:
    # "Rossi" in the second article is the "Maria Rossi" of the first: ingest makes them
    # one speaker, so the identical quotation is one claim, not two speakers' words.
    quote = "Il governo deve fermare la guerra e aprire negoziati di pace"
    first = _doc("it1", "it", quote, "ha detto")
    second = _doc("it2", "it", quote, "ha detto")
    second["text"] = str(second["text"]).replace("Maria Rossi", "Rossi")
    report = evaluate([first, second]).as_dict()
    assert report["linking"]["all"]["recall"] == 1.0


def test_speaker_index_keys_one_person_by_every_form() -> None:
    index = SpeakerIndex()
    key = index.key("Volodymyr Zelenskyy", "person")
    assert index.key("Zelenskiy", "person") == key
    assert index.key("Олодимир Зеленський", "person") == key  # a truncated first name
    assert index.key("Oleksandr Zelensky", "person") != key  # another first name
    joe = index.key("Joe Biden", "person")
    assert index.key("Hunter Biden", "person") != joe
    # Two people now share the surname: the surname alone names neither.
    assert index.key("Biden", "person") not in (joe, index.key("Hunter Biden", "person"))
    # Institutions are matched by their whole name only.
    assert index.key("Casa Bianca", "organization") != index.key("Bianca", "organization")
