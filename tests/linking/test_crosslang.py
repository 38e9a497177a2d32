"""A statement and its translation are suggested, never linked automatically."""

from __future__ import annotations

from tracker.linking.crosslang import (
    _concept,
    cognates,
    compatible,
    cross_language_links,
    skeleton,
)
from tracker.linking.scoring import LinkItem

IT = "Il governo deve fermare la guerra e aprire subito negoziati di pace"
EN = "The government must stop the war and open peace negotiations at once"


def item(id: int, text: str, lang: str, speaker: str = "Maria Rossi") -> LinkItem:
    return LinkItem.of(id, text, speaker, lang, name=speaker)


def test_a_translation_by_the_same_speaker_is_suggested() -> None:
    (link,) = cross_language_links([item(1, IT, "it"), item(2, EN, "en")])
    assert (link.a, link.b) == (1, 2) and link.share >= 0.7
    assert link.as_link().decision == "suggested"
    assert link.as_link().score.method == "translation"


def test_numbers_and_names_carry_over() -> None:
    it = item(1, "A Kiev sono arrivati 300 milioni di aiuti militari", "it")
    en = item(2, "300 million in military aid arrived in Kiev", "en")
    assert [(x.a, x.b) for x in cross_language_links([it, en])] == [(1, 2)]


def test_other_statements_and_other_speakers_are_not_suggested() -> None:
    other = item(3, "Le scuole resteranno chiuse fino a lunedì per la neve", "it")
    stranger = item(4, IT, "it", speaker="Paolo Neri")
    assert list(cross_language_links([other, stranger, item(2, EN, "en")])) == []


# One statement in one language, in other words: two outlets translating it each their way.
TAXES = (
    "Non aumenteremo le tasse sul lavoro: lo abbiamo promesso agli elettori e manterremo la parola"
)
REWORDED = "Le tasse sul lavoro non saliranno, è una promessa fatta agli elettori e la manterremo"


def test_a_rewording_in_one_language_is_suggested() -> None:
    (link,) = cross_language_links([item(1, TAXES, "it"), item(2, REWORDED, "it")])
    assert (link.a, link.b, link.method) == (1, 2, "rewording")
    assert link.as_link().decision == "suggested"
    assert link.as_link().score.method == "rewording"
    # What an analyst sees: the share and the words that carried over, no string scores.
    scores = link.as_link().score.as_dict()
    assert {"tasse", "lavoro", "elettori"} <= set(str(scores["carried"]).split())
    assert scores["share"] == link.share and "ratio" not in scores
    # Not by somebody else, and not once the fuzzy linker decided the pair.
    assert (
        list(cross_language_links([item(1, TAXES, "it"), item(2, REWORDED, "it", "Paolo Neri")]))
        == []
    )
    assert (
        list(cross_language_links([item(1, IT, "it"), item(5, IT + " adesso", "it")], {(1, 5)}))
        == []
    )


def test_a_speaker_coming_back_to_a_theme_in_one_language_is_no_rewording() -> None:
    # Three theme words of five carry over: across languages that would be suggested, in
    # one language the speaker's other statements share their themes' words.
    short = "Serve il coraggio di negoziare la pace adesso"
    theme = "La pace non arriverà da sola: servono coraggio, pazienza e fiducia"
    assert list(cross_language_links([item(1, short, "it"), item(2, theme, "it")])) == []
    # Two words only are never enough, however short the quotation.
    assert (
        list(cross_language_links([item(1, "Tasse più basse", "it"), item(2, TAXES, "it")])) == []
    )


def test_decided_pairs_are_skipped() -> None:
    assert list(cross_language_links([item(1, IT, "it"), item(2, EN, "en")], skip={(1, 2)})) == []


def test_one_person_named_in_two_languages() -> None:
    assert compatible("Papa Francesco", "Pope Francis")
    assert compatible("António Guterres", "Antonio Guterres")
    assert not compatible("Joe Biden", "Jill Biden")
    assert not compatible("Maria Rossi", None)


def test_half_of_a_statement_with_three_words_covering_a_quarter_is_suggested() -> None:
    # A free translation: "war", "peace" and "negotiations" carry over, not every word.
    it = item(1, "Serve coraggio: la guerra finirà solo con negoziati di pace veri", "it")
    en = item(2, "Only real peace negotiations will end this war, she said bravely", "en")
    assert [(x.a, x.b) for x in cross_language_links([it, en])] == [(1, 2)]
    # Two words in common are not enough for that.
    thin = item(3, "La guerra resta lontana e la pace vicina per tutti noi", "it")
    assert list(cross_language_links([thin, en])) == []


def test_inflected_forms_are_looked_up_in_their_base_forms() -> None:
    # Only the infinitive or the base noun is in the table; the statements inflect them.
    it = item(1, "Governeremo il paese dividendo le risorse tra le regioni sconfitte", "it")
    en = item(2, "We will govern the country, dividing resources among the defeated regions", "en")
    (link,) = cross_language_links([it, en])
    assert link.share >= 0.7
    assert _concept("it", "governeremo") == _concept("en", "governing") == {"govern"}
    assert _concept("it", "unito") == _concept("en", "uniting") == {"unite"}
    assert _concept("it", "zzz") is None


def test_cognates_the_table_does_not_list_meet_by_their_skeletons() -> None:
    for it, en in [
        ("inaccettabile", "unacceptable"),
        ("filosofia", "philosophy"),
        ("giustificazione", "justification"),
        ("catastrofica", "catastrophic"),
        ("profitti", "profits"),
        ("esperto", "expert"),
    ]:
        assert cognates(skeleton("it", it), skeleton("en", en)), (it, en)
    # Words that only begin alike are not one word.
    assert not cognates(skeleton("it", "internazionale"), skeleton("en", "intervention"))
    it = item(1, "Una riforma inaccettabile e catastrofica per la filosofia del sistema", "it")
    en = item(2, "An unacceptable reform, catastrophic for the philosophy of the system", "en")
    (link,) = cross_language_links([it, en])
    assert link.share == 1.0


def test_a_word_on_two_lines_of_the_table_names_both_concepts() -> None:
    # "global" translates "mondiale" and "globale": either carries it over.
    assert {"global", "world"} <= _concept("en", "global")  # type: ignore[operator]
    it = item(1, "Una crisi globale del clima", "it")
    en = item(2, "A global climate crisis", "en")
    (link,) = cross_language_links([it, en])
    assert link.share == 1.0


def test_irregular_forms_are_in_the_table() -> None:
    it = item(1, "Gli elettori hanno scelto il cambiamento e noi non li tradiremo", "it")
    en = item(2, "Voters chose change, and we will not betray them", "en")
    (link,) = cross_language_links([it, en])
    assert link.share == 1.0


def test_a_quotation_goes_to_the_statement_that_carries_most_of_it() -> None:
    en = item(1, "We need the courage to negotiate peace now", "en")
    same = item(2, "Serve il coraggio di negoziare la pace adesso", "it")
    # The speaker coming back to the theme: three of its four words, enough on its own.
    theme = item(3, "La pace non arriverà da sola: servono coraggio, pazienza e fiducia", "it")
    assert [(x.a, x.b) for x in cross_language_links([en, theme])] == [(1, 3)]
    assert [(x.a, x.b) for x in cross_language_links([en, same, theme])] == [(1, 2)]


# Translations written for this test, on everyday news topics, and statements of the same
# speaker on other topics.
TRANSLATIONS = [
    (
        "Non aumenteremo le tasse sul lavoro, lo abbiamo promesso agli elettori",
        "We will not raise taxes on work, we promised voters that",
    ),
    (
        "La riforma delle pensioni è necessaria per salvare i conti pubblici",
        "Pension reform is necessary to save public finances",
    ),
    (
        "Il vaccino è sicuro e i medici lo raccomandano a tutti gli anziani",
        "The vaccine is safe and doctors recommend it to all elderly people",
    ),
    (
        "Abbiamo perso la partita ma la squadra ha giocato con coraggio",
        "We lost the match but the team played with courage",
    ),
    (
        "I prezzi dell'energia continuano a salire e le famiglie soffrono",
        "Energy prices keep rising and families are suffering",
    ),
    (
        "Chiediamo un cessate il fuoco immediato e la liberazione degli ostaggi",
        "We call for an immediate ceasefire and the release of the hostages",
    ),
    (
        "La disoccupazione giovanile è un'emergenza nazionale",
        "Youth unemployment is a national emergency",
    ),
    (
        "Il tribunale ha respinto il ricorso del governo",
        "The court rejected the government's appeal",
    ),
    (
        "Questa legge protegge i diritti dei lavoratori e delle donne",
        "This law protects the rights of workers and women",
    ),
    (
        "Abbiamo inviato aiuti umanitari e medicine alla popolazione civile",
        "We have sent humanitarian aid and medicine to the civilian population",
    ),
    (
        "La polizia ha arrestato tre persone dopo l'esplosione",
        "Police arrested three people after the explosion",
    ),
    (
        "L'inflazione scenderà sotto il due per cento entro la fine dell'anno",
        "Inflation will fall below two percent by the end of the year",
    ),
    (
        "Non ci dimetteremo, il governo andrà avanti fino alla fine della legislatura",
        "We will not resign, the government will go on until the end of the legislature",
    ),
    (
        "Il cambiamento climatico minaccia le nostre città e le nostre coste",
        "Climate change threatens our cities and our coasts",
    ),
    (
        "Servono più investimenti nella scuola e nella ricerca",
        "We need more investment in schools and research",
    ),
    (
        "La Russia deve ritirare le sue truppe dal territorio ucraino",
        "Russia must withdraw its troops from Ukrainian territory",
    ),
    (
        "Ho incontrato il presidente e abbiamo parlato di sicurezza e commercio",
        "I met the president and we talked about security and trade",
    ),
    (
        "Sono orgoglioso dei nostri atleti, hanno vinto tre medaglie d'oro",
        "I am proud of our athletes, they won three gold medals",
    ),
    (
        "Il nuovo ospedale aprirà a marzo con cento posti letto",
        "The new hospital will open in March with a hundred beds",
    ),
    (
        "Le sanzioni hanno colpito duramente l'economia del paese",
        "Sanctions have hit the country's economy hard",
    ),
]
OTHER_TOPICS = [
    "Il turismo è cresciuto del dieci per cento quest'estate",
    "La nazionale giocherà la finale domenica sera a Roma",
    "Dobbiamo costruire nuove case popolari nelle periferie",
    "Il museo resterà chiuso per lavori fino a settembre",
]


def test_everyday_translations_are_suggested_and_other_statements_are_not() -> None:
    items = []
    for k, (it, en) in enumerate(TRANSLATIONS):
        items += [item(2 * k, it, "it"), item(2 * k + 1, en, "en")]
    items += [item(100 + k, text, "it") for k, text in enumerate(OTHER_TOPICS)]
    links = {(x.a, x.b) for x in cross_language_links(items)}
    assert links <= {(2 * k, 2 * k + 1) for k in range(len(TRANSLATIONS))}
    assert len(links) >= 18  # of 20
