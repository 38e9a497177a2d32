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


def test_same_language_pairs_are_left_to_the_linker() -> None:
    assert list(cross_language_links([item(1, IT, "it"), item(5, IT + " adesso", "it")])) == []


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
