"""Check-worthiness signals on hand-written sentences in Italian, English and German."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.checkworthiness import score_claim


@pytest.mark.parametrize(
    ("lang", "checkable", "opinion"),
    [
        (
            "it",
            "La disoccupazione è scesa al 6,1%, il livello più basso dal 2008",
            "Siamo tutti molto contenti di essere qui oggi",
        ),
        (
            "en",
            "Inflation fell to 3 per cent, the lowest level since 2019, because energy got cheaper",
            "We are all very happy to be here today",
        ),
        (
            "de",
            "Die Arbeitslosigkeit ist auf 5 Prozent gesunken, weniger als im Vorjahr",
            "Wir freuen uns sehr, heute hier zu sein",
        ),
    ],
)
def test_a_statistic_outranks_a_pleasantry(lang: str, checkable: str, opinion: str) -> None:
    assert score_claim(checkable, lang=lang).total > score_claim(opinion, lang=lang).total + 20


def test_every_signal_shows_its_evidence() -> None:
    score = score_claim(
        "Berlino spende il doppio rispetto a Roma perché l'inflazione sarà al 4%",
        lang="it",
        mentions=5,
        outlets=3,
        last_seen=dt.date(2024, 3, 1),
        today=dt.date(2024, 3, 2),
        speaker_quotations=40,
        speaker_named=True,
    )
    signals = score.as_dict()
    assert signals["numbers"]["evidence"] == ["4%"]
    assert "doppio" in signals["comparison"]["evidence"]
    assert "perché" in signals["causal"]["evidence"]
    assert signals["entities"]["evidence"] == ["Roma"]  # "Berlino" opens the sentence
    assert signals["spread"]["evidence"] == ["5 mentions", "3 outlets"]
    assert signals["recency"]["evidence"] == ["last seen 1 days ago"]
    assert score.total == pytest.approx(sum(s["points"] for s in signals.values()), abs=0.5)


def test_spread_and_recency_raise_the_same_words() -> None:
    text = "Abbiamo speso 3 miliardi per la difesa"
    once = score_claim(text, lang="it", mentions=1, outlets=1)
    widely = score_claim(
        text, lang="it", mentions=8, outlets=5, last_seen=dt.date(2024, 1, 2),
        today=dt.date(2024, 1, 2),
    )  # fmt: skip
    assert widely.total > once.total + 15


def test_questions_and_fragments_count_for_less() -> None:
    statement = score_claim("The deficit doubled to 6 billion in 2023", lang="en")
    question = score_claim("Has the deficit doubled to 6 billion in 2023?", lang="en")
    assert question.total < statement.total
    assert score_claim("brain dead", lang="en").total < 5


def test_unknown_language_still_scores_numbers_and_names() -> None:
    score = score_claim("Warszawa wyda 12% budżetu na obronę, powiedział Tusk", lang="pl")
    assert score.as_dict()["numbers"]["evidence"] == ["12%"]
    assert "Tusk" in score.as_dict()["entities"]["evidence"]


def test_bad_counts_are_refused() -> None:
    with pytest.raises(ValueError, match="must be >= 0"):
        score_claim("x", mentions=-1)
