"""The extractor on hand-written Italian and English sentences (never the gold texts)."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extraction import extract_quotes
from tracker.extraction.marks import find_quoted, top_level

PUB = dt.date(2024, 5, 10)  # a Friday


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Disse «non ora» e uscì.", ["non ora"]),
        ("He said “not now” and left.", ["not now"]),
        ('He said "not now" and left.', ["not now"]),
        ("Er sagte „nicht jetzt“ und ging.", ["nicht jetzt"]),
        ("Er sagte »nicht jetzt« und ging.", ["nicht jetzt"]),
        ("She said ‘not now’ and left, didn’t she?", ["not now"]),
        ("«Ha detto “basta” ieri», spiegò.", ["Ha detto “basta” ieri"]),
        ("Un « solo segno. Poi «una citazione» intera.", ["una citazione"]),
        ("Stray ” closing and “ opening marks. Then “a real one” here.", ["a real one"]),
        # A straight mark and a curly one paired: text pasted from two sources.
        ('Disse "non ora” e uscì. Poi “basta" e chiuse.', ["non ora", "basta"]),
        # Straight single marks, as headlines write them; apostrophes stay apostrophes.
        ("Leader: 'We didn't lose' after the vote", ["We didn't lose"]),
        ("L'Italia ha detto 'non ora' ieri.", ["non ora"]),
        ("Disse ('non ora') e uscì.", ["non ora"]),
        ("Italy's players' union won't agree in the '90s style.", []),
    ],
)
def test_quoted_spans_in_every_mark_style(text: str, quoted: list[str]) -> None:
    assert [text[q.start : q.end] for q in top_level(find_quoted(text))] == quoted


def test_multi_paragraph_quotation_continues() -> None:
    text = "“The first paragraph goes on.\n\n“And the second ends here,” she said."
    spans = top_level(find_quoted(text))
    assert [text[q.start : q.end] for q in spans] == [
        "The first paragraph goes on.",
        "And the second ends here,",
    ]
    assert spans[1].continues_previous


def one(text: str, lang: str) -> tuple[str, str | None, str | None]:
    (q,) = extract_quotes(text, lang=lang, published=PUB)
    return q.type, q.speaker, q.text


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Speaker after the quotation, Italian inversion.
        (
            "«Non firmeremo questo accordo», ha detto il ministro Luigi Bianchi.",
            "it",
            ("direct", "Luigi Bianchi", "Non firmeremo questo accordo"),
        ),
        # Speaker and cue before the quotation.
        (
            "Il portavoce Marco Neri ha dichiarato: «Le truppe resteranno al confine».",
            "it",
            ("direct", "Marco Neri", "Le truppe resteranno al confine"),
        ),
        # English, both orders.
        (
            '"We are ready to talk," said Foreign Minister Anna Lind.',
            "en",
            ("direct", "Anna Lind", "We are ready to talk,"),
        ),
        (
            "John Carter told reporters: “The deal is dead.”",
            "en",
            ("direct", "John Carter", "The deal is dead."),
        ),
        (
            '"Prices will fall next year," Maria Lopez said.',
            "en",
            ("direct", "Maria Lopez", "Prices will fall next year,"),
        ),
        # A partial quotation woven into the reporter's sentence.
        (
            "Il premier Carlo Verdi ha definito la proposta «una provocazione inaccettabile».",
            "it",
            ("partial", "Carlo Verdi", "una provocazione inaccettabile"),
        ),
        (
            "Senator Paul Ward called the plan “a reckless gamble” on Tuesday.",
            "en",
            ("partial", "Paul Ward", "a reckless gamble"),
        ),
        # Institutions.
        (
            "«Non ci sono piani di invasione», ha detto il Cremlino.",
            "it",
            ("direct", "Cremlino", "Non ci sono piani di invasione"),
        ),
    ],
)
def test_speaker_from_the_reporting_verb(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert one(text, lang) == expected


def test_surname_resolves_to_the_fullest_name_and_pronouns_to_context() -> None:
    text = (
        "Il segretario generale Jens Olsen è arrivato a Roma.\n\n"
        "«Siamo uniti come mai prima d'ora», ha detto Olsen.\n\n"
        "«Nessuno ci dividerà», ha aggiunto."
    )
    quotes = extract_quotes(text, lang="it", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [
        ("Jens Olsen", "person"),
        ("Jens Olsen", "person"),
    ]
    assert quotes[0].mention == "Olsen" and quotes[1].cue == "ha aggiunto"


def test_quotation_split_by_its_attribution_is_one_utterance() -> None:
    text = '"The talks failed," she said, "and we will not return to them."'
    text = "Minister Helen Park spoke in Oslo.\n\n" + text.replace("she", "Park")
    quotes = extract_quotes(text, lang="en", published=PUB)
    assert [q.text for q in quotes] == ["The talks failed,", "and we will not return to them."]
    assert quotes[1].continues == 0 and quotes[1].speaker == quotes[0].speaker == "Helen Park"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Il cosiddetto «decreto sicurezza» è stato approvato ieri.", "it"),
        ("The so-called “special operation” entered its third year.", "en"),
        ("Il film «La grande bellezza» ha vinto l'Oscar.", "it"),
    ],
)
def test_scare_quotes_and_titles_are_not_quotations(text: str, lang: str) -> None:
    assert extract_quotes(text, lang=lang, published=PUB) == []


def test_weekday_and_explicit_date_and_medium() -> None:
    text = (
        "«Il cessate il fuoco è finito», ha scritto mercoledì su Telegram Ivan Petrov.\n\n"
        "«Risponderemo», ha dichiarato il 9 dicembre 2021 in conferenza stampa Petrov."
    )
    q1, q2 = extract_quotes(text, lang="it", published=PUB)
    assert (q1.said_on, q1.medium) == (dt.date(2024, 5, 8), "Telegram")
    assert (q2.said_on, q2.medium) == (dt.date(2021, 12, 9), "press conference")


def test_spans_always_equal_their_slice() -> None:
    text = "«Primo», ha detto Anna Rossi. “Second,” said Bob Stone. «Unbalanced ” marks «here"
    for q in extract_quotes(text, lang="it", published=None):
        assert text[q.start : q.end] == q.text


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no lexicon for language 'xx'"):
        extract_quotes("«Ciao», ha detto Anna.", lang="xx")


def test_a_quotation_opened_after_a_colon_may_close_paragraphs_later() -> None:
    text = (
        "Il ministro Paolo Neri ha detto:\n\n«Il piano è pronto e partirà a marzo.\n\n"
        "Ci saranno fondi per tutti i comuni della regione».\n\nPoi è ripartito per Roma."
    )
    found = extract_quotes(text, lang="it", published=PUB)
    # One utterance between two marks: one quotation, paragraph break included.
    said = (
        "Il piano è pronto e partirà a marzo.\n\nCi saranno fondi per tutti i comuni della regione"
    )
    assert [(q.type, q.text, q.speaker, q.continues) for q in found] == [
        ("direct", said, "Paolo Neri", None)
    ]
    # The same in German marks, over three paragraphs.
    german = (
        "Die Ministerin Anna Weber sagte:\n\n„Wir sind bereit.\n\nDer Plan steht.\n\n"
        "Er gilt ab Mai.“"
    )
    (q,) = extract_quotes(german, lang="de", published=PUB)
    assert (q.text, q.speaker) == (
        "Wir sind bereit.\n\nDer Plan steht.\n\nEr gilt ab Mai.",
        "Anna Weber",
    )
    # An opening mark left open in running text still closes nothing later.
    stray = "Il titolo era «Domani.\n\nUn altro paragrafo senza chiusura."
    assert extract_quotes(stray, lang="it", published=PUB) == []
