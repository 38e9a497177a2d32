"""Each attribution and reported-speech rule on hand-written Italian, English and German."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extraction import extract_quotes
from tracker.extraction.lexicon import lexicon_for
from tracker.extraction.sentences import sentence_spans

PUB = dt.date(2024, 5, 10)


def quotes(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    return [(q.type, q.text, q.speaker) for q in extract_quotes(text, lang=lang, published=PUB)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Complementizer clauses, speaker before the cue.
        (
            "Il ministro Paolo Rossi ha detto che il governo non cadrà.",
            "it",
            [("indirect", "il governo non cadrà", "Paolo Rossi")],
        ),
        (
            "Senator Mary Hill said that the bill would pass next week.",
            "en",
            [("indirect", "the bill would pass next week", "Mary Hill")],
        ),
        (
            "Die Ministerin Anna Berg sagte, dass die Reform im Herbst komme.",
            "de",
            [("indirect", "die Reform im Herbst komme", "Anna Berg")],
        ),
        # English without "that"; German with a comma and the Konjunktiv.
        (
            "John Baker said the talks were over.",
            "en",
            [("indirect", "the talks were over", "John Baker")],
        ),
        (
            "Bürgermeister Karl Vogt sagte, die Brücke sei sicher.",
            "de",
            [("indirect", "die Brücke sei sicher", "Karl Vogt")],
        ),
        # Infinitive clause.
        (
            "Il sindaco Luca Neri ha affermato di essere pronto a dimettersi.",
            "it",
            [("indirect", "essere pronto a dimettersi", "Luca Neri")],
        ),
        # Cue after the clause, speaker inverted or before.
        (
            "Le trattative riprenderanno lunedì, ha detto il portavoce Marco Gallo.",
            "it",
            [("indirect", "Le trattative riprenderanno lunedì", "Marco Gallo")],
        ),
        (
            "The plant will close in June, the company said.",
            "en",
            [("indirect", "The plant will close in June", "company")],
        ),
        (
            "Die Lage sei unter Kontrolle, sagte Polizeisprecher Jan Roth.",
            "de",
            [("indirect", "Die Lage sei unter Kontrolle", "Jan Roth")],
        ),
        # According to.
        (
            "Secondo il Cremlino, le truppe resteranno in Bielorussia.",
            "it",
            [("indirect", "le truppe resteranno in Bielorussia", "Cremlino")],
        ),
        (
            "Prices rose by four percent, according to the central bank.",
            "en",
            [("indirect", "Prices rose by four percent", "central bank")],
        ),
        (
            "Laut Polizei wurde niemand verletzt.",
            "de",
            [("indirect", "wurde niemand verletzt", "Polizei")],
        ),
    ],
)
def test_reported_speech(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert quotes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # A role, then the holder's name set off by commas: the holder speaks.
        (
            "„Die Löhne sind zu niedrig“, erklärte der Vorsitzende der Gewerkschaft, "
            "Willi Dorn, in einer Mitteilung.",
            "de",
            "Willi Dorn",
        ),
        # A noun and a particle before a full name are not part of it.
        (
            "Die Jury tagte lange. Kommentar von Lena Hartmann dazu: „Wir hatten keine "
            "leichte Wahl unter so vielen Filmen.“",
            "de",
            "Lena Hartmann",
        ),
        # A title in the genitive before a name ("des Kanzlers Paul Weigand") gives the
        # title's holder; "der Kanzler der Hochschule" gives none.
        (
            "Das geht aus einem Schreiben des Kanzlers Paul Weigand hervor. Der Kanzler der "
            "Hochschule Nord lehnte ab. Viele Studenten seien befreit, so der Kanzler.",
            "de",
            "Paul Weigand",
        ),
        (
            "Das schrieb Präsident Karl Obi am Montag. Der Präsident von Cotonou lehnte ab. "
            "Die Lage sei ernst, so der Präsident.",
            "de",
            "Karl Obi",
        ),
        # An auxiliary, then an object, then the participle cue: the subject speaks.
        (
            "Die ägyptischen Behörden hatten die Flüchtlinge gewarnt, dass ihr Lager nicht "
            "geduldet werde.",
            "de",
            "ägyptischen Behörden",
        ),
        # A phrase opened by a contracted preposition is not the subject.
        (
            "Zur Urteilsbegründung sagte die Vorsitzende Richterin Anna Stock, dass die "
            "Zweifel nicht ausgeräumt seien.",
            "de",
            "Anna Stock",
        ),
        # A middle initial's full stop does not end the attribution.
        ('"We will appeal," said Mary K. Stone, the union leader.', "en", "Mary K. Stone"),
        (
            "Mark Lane, capo della polizia locale, ha detto che nessuno è stato ferito.",
            "it",
            "Mark Lane",
        ),
        (
            "Il portavoce dell'esercito, Karl Weiss, ha dichiarato che la base è chiusa.",
            "it",
            "Karl Weiss",
        ),
        # A person of an organisation.
        (
            "Anna Bell della Croce Rossa ha detto che mancano medicine negli ospedali.",
            "it",
            "Anna Bell",
        ),
        # An unnamed source, as written.
        (
            "Funzionari europei e diplomatici hanno detto che l'accordo è vicino.",
            "it",
            "Funzionari europei e diplomatici",
        ),
        ("A senior official said that the deal was close.", "en", "A senior official"),
        # Particles that belong to the name.
        ("«Serve unità», ha detto Ursula von der Leyen.", "it", "Ursula von der Leyen"),
        # A German role noun glued to the name.
        ("„Wir bleiben dabei“, sagte Parteisprecherin Eva Kühn.", "de", "Eva Kühn"),
        # A passive agent.
        ('The "total unity" announced by Ben Carter surprised many.', "en", "Ben Carter"),
        # An addressee and a time between the cue and the speaker.
        (
            "«Non ci sono rischi», ha detto ieri ai giornalisti il ministro Sara Conti.",
            "it",
            "Sara Conti",
        ),
    ],
)
def test_speaker_phrases(text: str, lang: str, speaker: str) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert found and found[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Laut eigenen Angaben": the speaker in context, not "eigenen Angaben".
        (
            "Die Ministerin Eva Roth sprach vor dem Rat. Laut eigenen Angaben werde sie im "
            "Herbst kandidieren.",
            [("indirect", "werde sie im Herbst kandidieren", "Eva Roth")],
        ),
        # The sentence's full stop is not part of an unnamed source.
        (
            "Der Zug sei entgleist, berichtete eine Sprecherin des Verkehrsamtes.",
            [("indirect", "Der Zug sei entgleist", "eine Sprecherin des Verkehrsamtes")],
        ),
        # An auxiliary before the subject is not part of it.
        (
            "Im Mai hatten dänische Diplomaten gewarnt, die Gespräche würden scheitern.",
            [("indirect", "die Gespräche würden scheitern", "dänische Diplomaten")],
        ),
        # A full name, then where the person works ("von der" after two names).
        (
            "Wie der Abgeordnete Paul Seidel von der Liberalen Partei erklärte, "
            "wolle man das Gesetz ändern.",
            [("indirect", "wolle man das Gesetz ändern", "Paul Seidel")],
        ),
        # A name written with an apostrophe is one word; a decimal comma ends no phrase.
        (
            "Nach Informationen von Ma'ariv wurden 2,5 Millionen Euro überwiesen.",
            [("indirect", "wurden 2,5 Millionen Euro überwiesen", "Ma'ariv")],
        ),
        # A decimal comma is no clause boundary before a cue either.
        (
            "Der Kandidat Karl Horn wurde bei den Wahlen in Neustadt mit 58,8 Prozent der "
            "Stimmen im Amt bestätigt.",
            [],
        ),
        # An apposition to the source is neither source nor statement.
        (
            "Viele Fragen seien laut Anna Weiß, Sprecherin der Kammer, weiterhin offen.",
            [
                ("indirect", "Viele Fragen seien", "Anna Weiß"),
                ("indirect", "weiterhin offen", "Anna Weiß"),
            ],
        ),
        # A role, then its holder's name alone at the end: the holder speaks.
        (
            "Die Erde bebe dort selten, so der Direktor des Landesamtes, Paul Ehrlich.",
            [("indirect", "Die Erde bebe dort selten", "Paul Ehrlich")],
        ),
    ],
    ids=[
        "own-statements",
        "full-stop",
        "auxiliary",
        "affiliation",
        "apostrophe-and-decimal-comma",
        "decimal-comma-before-cue",
        "apposition-to-source",
        "holder-after-role",
    ],
)
def test_german_source_phrase_boundaries(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert quotes(text, "de") == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Feminine genitive: the adjective loses its case ending, the noun keeps its form.
        (
            "Nach Angaben der Bayerischen Landesbank seien die Zinsen gestiegen.",
            "Bayerische Landesbank",
        ),
        # Masculine genitive: "-en" becomes "-er", the noun's "-es" goes.
        (
            "Nach Angaben des Deutschen Wetterdienstes werde es morgen schneien.",
            "Deutscher Wetterdienst",
        ),
        # Neuter genitive: "-en" becomes "-es" before a neuter noun; "-s" goes.
        (
            "Nach Angaben des französischen Außenministeriums sei der Botschafter abgereist.",
            "französisches Außenministerium",
        ),
        # A lone noun, and one whose "-es" ending follows a vowel (only the "s" goes).
        ("Nach Auskunft des Komitees werde der Preis im Mai verliehen.", "Komitee"),
        # The head noun is declined; the genitive after it stays as written.
        ("Nach Angaben des Rates der Stadt sei die Brücke sicher.", "Rat der Stadt"),
    ],
    ids=["feminine", "masculine", "neuter", "after-a-vowel", "head-then-genitive"],
)
def test_a_source_named_in_the_genitive_is_named_in_its_base_form(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text, lang="de", published=PUB)] == [speaker]


def test_a_far_comma_does_not_end_a_german_source() -> None:
    # The source is the capitalised phrase; the comma ends the statement's first clause.
    text = (
        "Nach Angaben der kroatischen Regierung hat man die Grenze am Abend geschlossen, "
        "die seit Wochen umstritten war."
    )
    assert [(q.speaker, q.text[:24]) for q in extract_quotes(text, lang="de", published=PUB)] == [
        ("kroatische Regierung", "hat man die Grenze am Ab")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Ministerin Lea Ayele hat zwar eingeräumt, dass die Region umstritten sei.",
            [("indirect", "die Region umstritten sei", "Lea Ayele")],
        ),
        (
            "Der Sprecher Jan Vogt trat vor die Presse. Nach dessen Angaben gab es keine "
            "Verletzten.",
            [("indirect", "gab es keine Verletzten", "Jan Vogt")],
        ),
        # An opinion or a finding with its content clause.
        (
            "Der Verband ist der Meinung, dass die Gebühren sinken müssten.",
            [("indirect", "die Gebühren sinken müssten", "Verband")],
        ),
        (
            "Die Geologen kamen zu dem Ergebnis, dass der Vulkan erloschen sei.",
            [("indirect", "der Vulkan erloschen sei", "Geologen")],
        ),
        # A participle cue placed last, its auxiliary and a time between it and the subject.
        (
            "Der Trainer Jonas Brandt hatte am Montag zugegeben, zwei Spieler bestraft zu haben.",
            [("indirect", "zwei Spieler bestraft zu haben", "Jonas Brandt")],
        ),
        # A possessive source points back to the speaker just named.
        (
            "Die Bürgermeisterin Eva Roth sprach vor dem Rat. Nach ihren Angaben "
            "werden im Sommer drei neue Schulen gebaut.",
            [("indirect", "werden im Sommer drei neue Schulen gebaut", "Eva Roth")],
        ),
        # A finding and an expectation as reports.
        (
            "Genetische Analysen haben ergeben, dass die beiden Arten nicht verwandt sind.",
            [("indirect", "die beiden Arten nicht verwandt sind", "Genetische Analysen")],
        ),
        (
            "Die Entwickler gehen davon aus, das drittgrößte System der Welt zu werden.",
            [("indirect", "das drittgrößte System der Welt zu werden", "Entwickler")],
        ),
        (
            "Der Angeklagte Paul Brenner hatte im Prozess darauf bestanden, unschuldig zu sein.",
            [("indirect", "unschuldig zu sein", "Paul Brenner")],
        ),
        (
            "Die Gutachter sind zu dem Ergebnis gekommen, dass die Brücke sicher sei.",
            [("indirect", "die Brücke sicher sei", "Gutachter")],
        ),
        # A present-plural cue.
        (
            "Viele Ärzte fürchten, dass die Wartezeiten weiter wachsen.",
            [("indirect", "die Wartezeiten weiter wachsen", "Viele Ärzte")],
        ),
        # More "according to" phrases, with or without an article after them.
        (
            "Der Schaden dürfte nach Schätzung der Polizei im Millionenbereich liegen.",
            [
                ("indirect", "Der Schaden dürfte", "Polizei"),
                ("indirect", "im Millionenbereich liegen", "Polizei"),
            ],
        ),
        (
            "Nach offiziellen Angaben wurden in 138 Fällen Strafen verhängt.",
            [("indirect", "wurden in 138 Fällen Strafen verhängt", "offiziellen Angaben")],
        ),
        # What is known so far, with nobody named as its source.
        (
            "Nach ersten Erkenntnissen hat ein Kurzschluss das Feuer ausgelöst.",
            [("indirect", "hat ein Kurzschluss das Feuer ausgelöst", "ersten Erkenntnissen")],
        ),
    ],
    ids=[
        "adverb-between-auxiliary-and-participle",
        "demonstrative-possessive-source",
        "opinion",
        "finding",
        "participle-after-auxiliary",
        "possessive-source",
        "finding-participle",
        "expectation",
        "insisted",
        "came-to-the-conclusion",
        "present-plural",
        "according-to-an-estimate",
        "official-figures",
        "first-findings",
    ],
)
def test_german_reporting_phrases_in_the_lexicon(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, "de") == expected


def test_von_der_after_one_given_name_stays_in_the_name() -> None:
    text = "Die Verhandlungen seien schwierig, sagte Ursula von der Heide."
    assert quotes(text, "de")[0][2] == "Ursula von der Heide"


def test_a_lone_title_is_its_holder_and_a_coordinated_verb_shares_its_subject() -> None:
    text = (
        "Il presidente francese Emmanuel Durand ha incontrato i sindacati.\n\n"
        "«Nessuno sarà lasciato indietro», ha detto il presidente."
    )
    assert quotes(text, "it")[0][2] == "Emmanuel Durand"


def test_reported_mood_continues_the_statement() -> None:
    text = (
        "Innenminister Paul Hahn sagte, die Polizei sei gut vorbereitet. "
        "Es gebe keine Hinweise auf eine Gefahr."
    )
    assert quotes(text, "de") == [
        ("indirect", "die Polizei sei gut vorbereitet", "Paul Hahn"),
        ("indirect", "Es gebe keine Hinweise auf eine Gefahr", "Paul Hahn"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # A subordinating "dopo che" / "after" is not a report.
        ("Ha scritto su Telegram, dopo che i droni hanno colpito la città.", "it"),
        # Titles and names in quotation marks.
        ("Die Erbauer streben einen Eintrag im „Guinessbuch der Rekorde“ an.", "de"),
        ("Die Szenezeitschrift „Radikal“ erschien monatlich.", "de"),
        # A naming verb introduces no content clause; a passive one has no source.
        ("It is not even said that the plan will work.", "en"),
        # Scare quotes in a sentence whose cue reports something else.
        (
            "The minister said on Monday that the so-called “reform package” had been "
            "delayed again because of the dispute over the budget for the coming year.",
            "en",
        ),
    ],
)
def test_not_reported_speech(text: str, lang: str) -> None:
    assert [q for q in quotes(text, lang) if q[0] != "indirect"] == []
    assert [q for q in quotes(text, lang) if "droni" in q[1] or "plan" in q[1]] == []


def test_a_clause_that_runs_into_a_quotation_is_left_to_the_quotation() -> None:
    text = "Il ministro Ugo Sala ha avvertito che le sanzioni sono «al limite massimo»."
    assert quotes(text, "it") == [("partial", "al limite massimo", "Ugo Sala")]


def test_embedded_post_with_its_author_line() -> None:
    text = (
        "The minister reacted online.\n"
        "We will rebuild every school destroyed by the flood. Every single one. "
        "pic.twitter.com/AbC123\n"
        "— Maria Lopez (@mlopez) March 3, 2024\n"
        "The government has not commented."
    )
    (q,) = extract_quotes(text, lang="en", published=PUB)
    assert q.text == ("We will rebuild every school destroyed by the flood. Every single one.")
    assert (q.type, q.speaker, q.medium, q.said_on) == (
        "direct",
        "Maria Lopez",
        "Twitter",
        dt.date(2024, 3, 3),
    )


def test_a_reported_clause_ends_at_a_colon_before_a_quotation() -> None:
    text = (
        "Secondo il ministro Paolo Rossi, la crisi durerà ancora a lungo: «Servono "
        "almeno due anni per uscirne»."
    )
    found = quotes(text, "it")
    assert ("indirect", "la crisi durerà ancora a lungo", "Paolo Rossi") in found
    assert ("direct", "Servono almeno due anni per uscirne", "Paolo Rossi") in found


def test_a_noun_phrase_before_the_subject_is_not_reported_speech() -> None:
    # "The Secretary-General, Anna Berg, said …": an apposition, not a reported clause.
    text = "The Secretary-General, Anna Berg, said the summit would open in June in Geneva."
    assert quotes(text, "en") == [
        ("indirect", "the summit would open in June in Geneva", "Anna Berg")
    ]


def test_a_fronted_phrase_before_a_long_statement_is_not_reported_speech() -> None:
    text = (
        "Di fronte a questa situazione, il sindaco Marco Riva ha lanciato un appello a "
        "tutti i cittadini della città per ridurre i consumi di acqua nelle prossime "
        "settimane."
    )
    assert [q for q in quotes(text, "it") if q[1].startswith("Di fronte")] == []


def test_di_opens_a_clause_only_before_an_infinitive() -> None:
    text = (
        "«Siamo pronti», ha detto il segretario di Stato Anna Ferri ai giornalisti "
        "prima di partire per Kiev."
    )
    assert [q for q in quotes(text, "it") if q[0] == "indirect"] == []
    assert quotes("La ministra Anna Ferri ha detto di voler partire subito per Kiev.", "it") == [
        ("indirect", "voler partire subito per Kiev", "Anna Ferri")
    ]


def test_a_coordinated_cue_shares_the_subject() -> None:
    text = (
        "Il generale Mark Dane ha detto che le truppe sono pronte e ha affermato che "
        "gli alleati restano uniti."
    )
    assert quotes(text, "it") == [
        ("indirect", "le truppe sono pronte", "Mark Dane"),
        ("indirect", "gli alleati restano uniti", "Mark Dane"),
    ]


def test_a_subject_less_cue_right_after_a_quotation_continues_its_speaker() -> None:
    text = (
        "«Il dialogo resta aperto», ha detto il Cremlino. «Ma la domanda chiave è stata "
        "ignorata dagli alleati», ha affermato. Il presidente Paul Marin era a Parigi."
    )
    assert [q[2] for q in quotes(text, "it")] == ["Cremlino", "Cremlino"]


def test_a_qualified_title_prefers_its_own_holder() -> None:
    text = (
        "Il presidente ucraino Ivan Koval ha incontrato il presidente francese Paul "
        "Marin a Parigi.\n\n«Abbiamo parlato di sicurezza», ha aggiunto il presidente "
        "ucraino."
    )
    assert quotes(text, "it")[-1] == ("direct", "Abbiamo parlato di sicurezza", "Ivan Koval")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # The source inside a compound: "nach Polizeiangaben" names the police.
        (
            "Nach Polizeiangaben wurden bei dem Unfall drei Menschen verletzt.",
            "de",
            [("indirect", "wurden bei dem Unfall drei Menschen verletzt", "Polizei")],
        ),
        # The source inside the statement: both parts are reported, the second continues.
        (
            "Grund für den Stau war nach Medienberichten ein liegengebliebener Lastwagen.",
            "de",
            [
                ("indirect", "Grund für den Stau war", "Medien"),
                ("indirect", "ein liegengebliebener Lastwagen", "Medien"),
            ],
        ),
        # A source after the statement with a marker: ", so X" / ", così X".
        (
            "Die Brücke müsse bis zum Winter gesperrt bleiben, so Stadtbaurat Jonas Weber.",
            "de",
            [("indirect", "Die Brücke müsse bis zum Winter gesperrt bleiben", "Jonas Weber")],
        ),
        (
            "Il ponte resterà chiuso fino all'inverno, così l'assessore Marta Galli.",
            "it",
            [("indirect", "Il ponte resterà chiuso fino all'inverno", "Marta Galli")],
        ),
        # "CLAUSE, as X said": the attribution after the statement, in three languages.
        (
            "Die Brücke werde im Mai wieder geöffnet, wie die Stadtverwaltung am Montag mitteilte.",
            "de",
            [("indirect", "Die Brücke werde im Mai wieder geöffnet", "Stadtverwaltung")],
        ),
        (
            "Il ponte riaprirà a maggio, come ha detto il sindaco Marco Bini.",
            "it",
            [("indirect", "Il ponte riaprirà a maggio", "Marco Bini")],
        ),
        (
            "The bridge will reopen in May, as Mayor Tom Hale said.",
            "en",
            [("indirect", "The bridge will reopen in May", "Tom Hale")],
        ),
        # Where the source works, after the marker and the name.
        (
            "Der Tipp sei von einem Zuschauer gekommen, so Alfred Hettmer vom "
            "Landeskriminalamt in Stuttgart.",
            "de",
            [("indirect", "Der Tipp sei von einem Zuschauer gekommen", "Alfred Hettmer")],
        ),
        # The marker inside the sentence, with an apposition to the source.
        (
            "Die Schule könne, so Lena Fuchs, die Direktorin, erst im Mai wieder öffnen.",
            "de",
            [
                ("indirect", "Die Schule könne", "Lena Fuchs"),
                ("indirect", "erst im Mai wieder öffnen", "Lena Fuchs"),
            ],
        ),
    ],
)
def test_a_source_named_after_or_inside_the_statement(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.type, q.text, q.speaker) for q in found] == expected
    for i, q in enumerate(found[1:], start=1):
        assert q.continues == i - 1


def test_an_inverted_verb_has_its_subject_after_it() -> None:
    # German word order puts the verb second: what stands before it is not the subject.
    text = "Über die Kosten der beiden Brücken sagte Bauleiterin Petra Lang, sie seien gestiegen."
    assert quotes(text, "de") == [("indirect", "sie seien gestiegen", "Petra Lang")]


def test_a_capitalised_noun_phrase_is_not_taken_for_a_person() -> None:
    # German capitalises nouns: "die Millionen Touristen" is nobody to resolve "er" to.
    text = (
        "Bürgermeister Hans Kohl ist besorgt. Der Fluss versorgt die Millionen Touristen "
        "der Stadt mit Wasser. Am Samstag sagte er, der Pegel sei so niedrig wie nie."
    )
    assert quotes(text, "de") == [("indirect", "der Pegel sei so niedrig wie nie", "Hans Kohl")]


def test_a_separable_particle_alone_is_no_cue() -> None:
    # "räumte … ein": the particle "ein" is also the article, never a cue by itself.
    text = "Ein Training, das für den Nachmittag angesetzt war, wurde abgesetzt."
    assert quotes(text, "de") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Seismologe Jan Peters sagte, das Beben sei schwach gewesen.", "Jan Peters"),
        ("„Wir sind bereit“, sagte Chef-Ankläger Omar Saleh.", "Omar Saleh"),
        ("Dr. Eva Roth erklärte, dass die Probe alt sei.", "Eva Roth"),
        # Two words stay a name, a hyphenated given name included.
        ("Karl-Heinz Brandt sagte, die Schule bleibe offen.", "Karl-Heinz Brandt"),
    ],
)
def test_a_role_noun_before_a_german_name_is_not_part_of_it(text: str, speaker: str) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert found and found[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "kind"),
    [
        # The head of "X of [adjectives] Y" is the source, not the institution after it.
        (
            "Ein Sprecher der thailändischen Armee sagte, die Angreifer seien geflohen.",
            "de",
            "Ein Sprecher der thailändischen Armee",
            "anonymous",
        ),
        (
            "Un portavoce dell'esercito thailandese ha detto che gli aggressori sono fuggiti.",
            "it",
            "Un portavoce dell'esercito thailandese",
            "anonymous",
        ),
        # A compound of a source word ("Presse" + "sprecher").
        (
            "Ein Pressesprecher des Hilfswerks sagte, dass die Lager voll seien.",
            "de",
            "Ein Pressesprecher des Hilfswerks",
            "anonymous",
        ),
        # A role whose holder the article never names stays an unnamed source.
        ("Am Sonntag sagte der Minister, er werde zurücktreten.", "de", "Minister", "anonymous"),
    ],
)
def test_unnamed_sources_as_written(text: str, lang: str, speaker: str, kind: str) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert found and (found[0].speaker, found[0].speaker_kind) == (speaker, kind)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A partial quotation in a clause that runs on before its cue and speaker.
        (
            'Se il fiume esonda, i danni sarebbero "enormi" e colpirebbero molte case, '
            "ha detto Luca Neri.",
            "it",
            [("partial", "enormi", "Luca Neri")],
        ),
        # A relative clause: the antecedent is the speaker; an imperfect cue.
        (
            'Un ingegnere, Paolo Sala, che diceva che il ponte doveva "essere chiuso subito".',
            "it",
            [("partial", "essere chiuso subito", "Paolo Sala")],
        ),
        (
            'An engineer, Mark Dale, who said the bridge had to be "closed at once".',
            "en",
            [("partial", "closed at once", "Mark Dale")],
        ),
        # An apposition between a quoted name and the cue: the name is no quotation.
        (
            "Der „Runde Tisch Nord“, ein Bündnis von Vereinen, kritisierte den Einsatz.",
            "de",
            [],
        ),
    ],
)
def test_cues_after_a_running_clause_and_relative_subjects(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, lang) == expected


def test_a_pronoun_goes_to_the_last_speaker_not_the_last_name() -> None:
    # Names of places, events and people merely mentioned come between the speaker's
    # quotations; "she said" is still the woman who has been speaking.
    text = (
        "«Ho vinto per la mia famiglia», ha detto Anna Serra dopo la finale.\n\n"
        "Il torneo, ospitato a Santa Cruz, è stato seguito dal cantante Marco Rea.\n\n"
        "«Ringrazio tutto il mio team per il lavoro di questi anni», ha aggiunto."
    )
    assert [q[2] for q in quotes(text, "it")] == ["Anna Serra", "Anna Serra"]
    english = (
        '"I won this for my family," Anna Serra said after the final.\n\n'
        "The tournament in Santa Cruz was watched by the singer Marco Rea.\n\n"
        '"I thank my whole team for the work of these years," she said.'
    )
    assert [q[2] for q in quotes(english, "en")] == ["Anna Serra", "Anna Serra"]


def test_without_an_earlier_speaker_the_last_named_person_speaks() -> None:
    text = (
        "La ministra Carla Bassi ha visitato il cantiere.\n\n"
        "«I lavori finiranno entro l'estate», ha detto."
    )
    assert quotes(text, "it") == [
        ("direct", "I lavori finiranno entro l'estate", "Carla Bassi"),
    ]


def test_a_quotation_without_attribution_belongs_to_whom_the_article_is_about() -> None:
    text = (
        "Giulia Rota ha vinto la maratona di Roma. Rota ha corso in 2 ore e 20 minuti.\n\n"
        "Alla partenza suonava una canzone di Lucio Sala.\n\n"
        "Poi il ringraziamento agli allenatori: «Senza di loro non sarei mai arrivata qui, "
        "grazie a tutti»."
    )
    assert [q[2] for q in quotes(text, "it")] == ["Giulia Rota"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Giulia Rota ha tagliato il traguardo per prima.\n\n"
            "Alla partenza suonava una canzone di Lucio Sala.\n\n"
            "Poi il ringraziamento agli allenatori: «Senza di loro non sarei mai arrivata "
            "qui, grazie a tutti».",
            "it",
            "Giulia Rota",
        ),
        (
            "Mark Dunn watched the final from the stands.\n\n"
            "Before the game the band played a song by Elton Price.\n\n"
            "“We never gave up, not for a single minute of this long season.”",
            "en",
            "Mark Dunn",
        ),
    ],
)
def test_a_name_after_a_preposition_weighs_less_in_whom_the_article_is_about(
    text: str, lang: str, speaker: str
) -> None:
    assert [q[2] for q in quotes(text, lang)] == [speaker]


def test_a_noun_before_a_colon_is_no_speaker() -> None:
    text = (
        "Il vescovo Carlo Neri ha parlato a lungo.\n\n"
        "Infine l'appello: «Non abbiate paura di cercare la pace tutti insieme»."
    )
    assert [q[2] for q in quotes(text, "it")] == ["Carlo Neri"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A quotation later in the sentence: the clause ends at the break before it.
        (
            "La portavoce Anna Riva ha detto che il piano è pronto, ma «servono altri fondi».",
            "it",
            [
                ("indirect", "il piano è pronto", "Anna Riva"),
                ("partial", "servono altri fondi", "Anna Riva"),
            ],
        ),
        (
            "The mayor, Tom Hale, said the bridge is safe: “We checked every single pillar.”",
            "en",
            [
                ("indirect", "the bridge is safe", "Tom Hale"),
                ("direct", "We checked every single pillar.", "Tom Hale"),
            ],
        ),
        # The attribution inside the statement: both parts, the second continuing the first.
        (
            "The main goal of the plan, the city council said, is to cut traffic by half.",
            "en",
            [
                ("indirect", "The main goal of the plan", "city council"),
                ("indirect", "is to cut traffic by half", "city council"),
            ],
        ),
        # The attribution runs to the next comma; the reporter's words go on after it.
        (
            "Le trattative potrebbero chiudersi a giugno, hanno detto fonti diplomatiche, "
            "anche se restano molti dubbi sul calendario dei lavori e sui costi del piano.",
            "it",
            [("indirect", "Le trattative potrebbero chiudersi a giugno", "fonti diplomatiche")],
        ),
        # A verb with an object reports no clause before it.
        (
            "Di fronte alla crisi, il segretario Marco Pini ha ripetuto i suoi appelli alla calma.",
            "it",
            [],
        ),
    ],
)
def test_where_a_reported_clause_ends(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, lang) == expected


def test_a_clause_breaker_before_a_later_quotation_ends_the_clause() -> None:
    text = (
        "Il ministro Luca Ferri ha detto che i prezzi scenderanno, provocando la reazione "
        "dei sindacati che parlano di «promesse vuote»."
    )
    assert ("indirect", "i prezzi scenderanno", "Luca Ferri") in quotes(text, "it")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A gerund or a coordinated cue shares the subject the sentence opens with.
        (
            "La Regione ha respinto le critiche, affermando di poterle superare entro l'estate.",
            "it",
            [("indirect", "poterle superare entro l'estate", "Regione")],
        ),
        (
            "La Regione nega i ritardi e dice di essere pronta a riaprire il cantiere.",
            "it",
            [("indirect", "essere pronta a riaprire il cantiere", "Regione")],
        ),
        # A gerund after a comma reports nothing before it.
        ("The mayor visited the site on Monday, announcing new funds for the school.", "en", []),
        # "di" after an object opens the noun's complement, not a reported clause.
        ("Il sindaco Ugo Berti ha criticato i tentativi di rinviare la gara d'appalto.", "it", []),
        # Coordinated subjects, an article before the second.
        (
            "Gli Stati Uniti e l'Unione Europea hanno avvertito la Russia che ci saranno sanzioni.",
            "it",
            [("indirect", "ci saranno sanzioni", "Stati Uniti e Unione Europea")],
        ),
    ],
)
def test_subjects_shared_and_clauses_not_reported(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # An adverbial phrase between the subject and the cue.
        (
            'Il ministro Dario Monti una volta ha descritto la riforma come "una svolta".',
            "it",
            [("partial", "una svolta", "Dario Monti")],
        ),
        (
            'Senator Ann Lee once described the plan as a "historic turn".',
            "en",
            [("partial", "historic turn", "Ann Lee")],
        ),
        # A gerund cue before a partial quotation: the sentence's subject speaks.
        (
            "Lee also met the union leaders on Monday, announcing at the end a "
            "“full agreement” on wages.",
            "en",
            [("partial", "full agreement", "Lee")],
        ),
    ],
)
def test_adverbials_and_gerunds_before_a_partial_quotation(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A described group keeps its adjectives; the article goes.
        (
            "Die zuständigen örtlichen Behörden erklärten, der Damm sei sicher.",
            "zuständigen örtlichen Behörden",
        ),
        # A long common noun before a name is its role.
        (
            "Wie die Nachrichtenagentur Nova berichtete, seien drei Menschen verletzt worden.",
            "Nova",
        ),
        # An Arabic name particle joined by a hyphen belongs to the name.
        (
            "Außenminister Omar Hadi al-Amin erklärte, dass die Grenze offen bleibe.",
            "Omar Hadi al-Amin",
        ),
        # The verb inverted after a phrase, before a colon.
        (
            "Die Sängerin Lea Brandt gab ein Konzert. In ihrem Blog schrieb sie: „Es war ein "
            "wunderbarer Abend mit euch allen.“",
            "Lea Brandt",
        ),
        # A possessive source points back to the speaker in context.
        (
            "„Wir haben nichts gewusst“, sagte Paul Kern. Seiner Aussage zufolge habe er die "
            "Firma schon vor Jahren verlassen.",
            "Paul Kern",
        ),
        # A capitalised noun after adjectives or a quantifier is described, not named.
        ("Der leitende Ingenieur erklärte, die Brücke sei sicher.", "leitende Ingenieur"),
        ("Einige Hersteller behaupten, die Preise seien zu niedrig.", "Einige Hersteller"),
        # A document's noun goes with its article: the institution in the genitive speaks.
        (
            "Laut einer Pressemitteilung der Feuerwehr sei niemand verletzt worden.",
            "Feuerwehr",
        ),
        # A modal opening a sentence is no part of a name.
        (
            "Die Sängerin Lea Brandt sprach mit Reportern. „Sollte Lea Brandt wieder auftreten, "
            "wären alle froh“, erklärte Tom Wolf. Brandt sagte, sie sei müde.",
            "Lea Brandt",
        ),
    ],
)
def test_german_speakers_through_lexicon_data(text: str, speaker: str) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert found and found[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A far comma is a complementizer when the clause after it is in the reported mood.
        (
            "Ministerin Eva Lang erklärte in ihrer langen Rede vor dem Landtag am Dienstag, "
            "die Schulen seien gut ausgestattet.",
            [("indirect", "die Schulen seien gut ausgestattet", "Eva Lang")],
        ),
        # ... and not when it is not.
        (
            "Ministerin Eva Lang sprach in ihrer langen Rede vor dem Landtag am Dienstag, "
            "der voll besetzt war.",
            [],
        ),
        # An article and adjectives before the source of "nach Angaben".
        (
            "Zwölf Menschen wurden nach Angaben des örtlichen Krankenhauses schwer verletzt.",
            [
                ("indirect", "Zwölf Menschen wurden", "örtliches Krankenhaus"),
                ("indirect", "schwer verletzt", "örtliches Krankenhaus"),
            ],
        ),
        # "demnach" points back to the source just named.
        (
            "Der Meteorologe Jan Berg warnte vor Sturm. Demnach werden in der Nacht "
            "Böen bis 120 Kilometer pro Stunde erwartet.",
            [
                (
                    "indirect",
                    "werden in der Nacht Böen bis 120 Kilometer pro Stunde erwartet",
                    "Jan Berg",
                )
            ],
        ),
    ],
)
def test_german_reported_speech_through_lexicon_data(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, "de") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An infinitive clause whose particle comes last is the content of the request.
        pytest.param(
            "Die Gewerkschaft Verdi forderte die Stadtverwaltung in einem offenen Brief am "
            "Montag auf, die Verhandlungen sofort wieder aufzunehmen.",
            [("indirect", "die Verhandlungen sofort wieder aufzunehmen", "Verdi")],
            id="infinitive-after-far-comma",
        ),
        pytest.param(
            "Der Innenminister Jan Frei warf den Demonstranten in seiner Rede am Abend vor, "
            "die Polizisten angegriffen zu haben.",
            [("indirect", "die Polizisten angegriffen zu haben", "Jan Frei")],
            id="zu-infinitive-after-far-comma",
        ),
        # After the speaker's name, an apposition is no reported clause.
        pytest.param(
            "„Wir brauchen mehr Geld“, sagte Max Lohr, ein Sprecher der Hilfsorganisation.",
            [("direct", "Wir brauchen mehr Geld", "Max Lohr")],
            id="apposition-is-no-clause",
        ),
        # A cue followed by a colon opens the quotation: the words before it are its subject.
        pytest.param(
            "Ein Sprecher des Senders, für den Lea Kraus zuletzt arbeitete, erklärte: „Wir "
            "sprechen gerne mit ihr über eine neue Sendung.“",
            [
                (
                    "direct",
                    "Wir sprechen gerne mit ihr über eine neue Sendung.",
                    "Ein Sprecher des Senders",
                )
            ],
            id="subject-before-colon-is-no-clause",
        ),
    ],
)
def test_german_clause_boundaries(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert quotes(text, "de") == expected


def test_a_day_written_as_an_ordinal_does_not_end_the_sentence() -> None:
    text = "Die Wahl findet am 7. September statt. Danach folgt die Auszählung."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Die Wahl findet am 7. September statt.",
        "Danach folgt die Auszählung.",
    ]
    assert len(sentence_spans("Il bilancio è del 2007. Poi arriva la crisi.")) == 2


def test_a_number_written_as_an_ordinal_does_not_end_the_german_sentence() -> None:
    text = (
        "In seiner Rede aus Anlass des 28. Jahrestages der Revolution sagte der Präsident, "
        "das Land sei stark. Das Tor fiel in der 17. Minute. Er wurde Dritter im Jahr 2007. "
        "Danach zog er um."
    )
    assert len(sentence_spans(text)) == 6  # a caller that gives no ordinal words
    german = lexicon_for("de")
    assert german is not None
    assert [text[a:b] for a, b in sentence_spans(text, german.ordinal_after)] == [
        "In seiner Rede aus Anlass des 28. Jahrestages der Revolution sagte der Präsident, "
        "das Land sei stark.",
        "Das Tor fiel in der 17. Minute.",
        "Er wurde Dritter im Jahr 2007.",
        "Danach zog er um.",
    ]
    assert [q.speaker for q in extract_quotes(text, lang="de", published=PUB)] == ["Präsident"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A role noun of the lexicon before a name.
        (
            "Im Blog der Studentin Ida Brandt heißt es: „Die Gebühren sind zu hoch für uns.“",
            "Ida Brandt",
        ),
        # "von der" before a surname stays in the name.
        ("„Wir handeln jetzt“, sagte Ursula von der Leyen.", "Ursula von der Leyen"),
    ],
)
def test_names_among_german_nouns(text: str, speaker: str) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert found and found[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "„Zuerst pumpen wir die Tanks leer“, sagte der Einsatzleiter der Feuerwehr.",
            "Einsatzleiter der Feuerwehr",
        ),
        ("„Wir prüfen das“, sagte ein Sprecher des Ministeriums.", "ein Sprecher des Ministeriums"),
        (
            "Der Vorsitzende der Gewerkschaft erklärte, die Löhne seien zu niedrig.",
            "Vorsitzende der Gewerkschaft",
        ),
    ],
)
def test_a_german_role_of_an_institution_is_an_unnamed_source(text: str, speaker: str) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert found and (found[0].speaker, found[0].speaker_kind) == (speaker, "anonymous")


def test_an_according_to_pattern_without_its_source_group_is_refused() -> None:
    from tracker.extraction.indirect import _pattern_regex

    with pytest.raises(ValueError, match="src"):
        _pattern_regex((r"nach\s+\w+angaben",))


def test_an_abbreviated_number_word_does_not_end_the_sentence() -> None:
    text = "Die Einnahmen lägen unter 500 Mio. Euro, sagte er. Das sei viel."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Die Einnahmen lägen unter 500 Mio. Euro, sagte er.",
        "Das sei viel.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Die Meldung wurde inzwischen dementiert, doch die Fans hoffen weiter auf den Verbleib.",
        "Der Tod wurde als Unfall festgestellt, während viele von einem Verbrechen sprachen.",
        # A subordinate clause before the verb is not what the verb reports.
        "Während die Hälfte der Befragten das Klima gut findet, berichten andere von Sorgen.",
    ],
)
def test_a_conjunction_after_a_cues_comma_opens_no_reported_clause(text: str) -> None:
    assert quotes(text, "de") == []


def test_a_reported_verb_after_a_long_gap_makes_the_clause_a_report() -> None:
    # Konjunktiv I ("lasse") after a long time-and-place phrase: the clause is reported,
    # and so is the next sentence in the same mood.
    text = (
        "Bundesfinanzminister Paul Stein erklärte am Mittwoch in seiner Rede vor dem Landtag "
        "in Mainz, die Verfassung lasse Ausnahmen von der Regel zu. Der geplante Haushalt "
        "sei nicht verfassungswidrig."
    )
    assert quotes(text, "de") == [
        ("indirect", "die Verfassung lasse Ausnahmen von der Regel zu", "Paul Stein"),
        ("indirect", "Der geplante Haushalt sei nicht verfassungswidrig", "Paul Stein"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A cue right before the quotation governs it, not a cue later in the sentence.
        (
            "Anna Weber spoke in Berlin. She said “a very long winter” lay ahead, while "
            "several economists warn that prices will fall by spring.",
            "en",
            [
                ("partial", "a very long winter", "Anna Weber"),
                ("indirect", "prices will fall by spring", "several economists"),
            ],
        ),
        # The English comma inside the closing mark sets off a verb the lexicon lacks.
        (
            "Mayor Tom Hale opened the bridge on Sunday. “The river is ours again. We waited "
            "ten years for this,” Hale beamed.",
            "en",
            [("direct", "The river is ours again. We waited ten years for this,", "Tom Hale")],
        ),
        # An institution and a role, then the person: the person speaks.
        (
            "World Bank chief Maria Lopez said the loans would double next year.",
            "en",
            [("indirect", "the loans would double next year", "Maria Lopez")],
        ),
        # A gerund cue before a direct quotation.
        (
            "Senator Ann Cole closed the debate declaring “this law will protect every "
            "family in the state.”",
            "en",
            [("partial", "this law will protect every family in the state.", "Ann Cole")],
        ),
        # A relative pronoun after a comma: its antecedent reports.
        (
            "The figures come from the National Weather Office, which said that March was "
            "the wettest month on record.",
            "en",
            [("indirect", "March was the wettest month on record", "National Weather Office")],
        ),
        # A source never runs back across a subordinating word.
        (
            "Many traders are worried, as economists warned that demand would fall by a third.",
            "en",
            [("indirect", "demand would fall by a third", "economists")],
        ),
        (
            "The Green Party is expected to win nine percent of the vote, pollsters said.",
            "en",
            [
                (
                    "indirect",
                    "The Green Party is expected to win nine percent of the vote",
                    "pollsters",
                )
            ],
        ),
        # A dateline's dash opens the sentence: the quotation stands on its own.
        (
            "Il capitano Luca Neri ha alzato la coppa.\n\n"
            "Milano, 3 marzo 2024 – \"Abbiamo lavorato tutto l'anno per questa vittoria”.",
            "it",
            [
                (
                    "direct",
                    "Abbiamo lavorato tutto l'anno per questa vittoria",
                    "Luca Neri",
                )
            ],
        ),
        # A noun of speech and its owner, before the quotation or opening the next sentence.
        (
            "Il ct Paolo Neri ha seguito la gara in tribuna. Neri era emozionato. "
            "Dalle dichiarazioni di Marta Bassi dopo la gara emerge la gioia: «Questa "
            "medaglia è per la mia famiglia e per tutta la squadra».",
            "it",
            [
                (
                    "direct",
                    "Questa medaglia è per la mia famiglia e per tutta la squadra",
                    "Marta Bassi",
                )
            ],
        ),
        (
            "“We will rebuild every house in this valley before winter.” These were the first "
            "words of Governor Ruth Adams after the flood.",
            "en",
            [("direct", "We will rebuild every house in this valley before winter.", "Ruth Adams")],
        ),
        (
            "The words of the old song ran through the crowd: “We shall overcome some day "
            "and we shall stand together.”",
            "en",
            [("direct", "We shall overcome some day and we shall stand together.", None)],
        ),
        # A document of an institution: the institution speaks (this once crashed).
        (
            "Die Preise würden im kommenden Jahr nicht sinken, heißt es im neuen "
            "Jahresbericht der Brüsseler Behörde.",
            "de",
            [("indirect", "Die Preise würden im kommenden Jahr nicht sinken", "Brüsseler Behörde")],
        ),
        (
            "Le scorte di gas basteranno fino a marzo, hanno detto gli economisti.",
            "it",
            [("indirect", "Le scorte di gas basteranno fino a marzo", "economisti")],
        ),
    ],
)
def test_cues_sources_and_roles_in_running_news_prose(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A bare clause whose subject is a noun phrase: an auxiliary shows where it begins.
        (
            "Giorgia Rossi said voters had given the party a clear mandate.",
            "en",
            [("indirect", "voters had given the party a clear mandate", "Giorgia Rossi")],
        ),
        (
            "Several economists estimate July 2024 would break every record for sales.",
            "en",
            [("indirect", "July 2024 would break every record for sales", "Several economists")],
        ),
        (
            "Mayor Tom Hale told reporters he would resign in June.",
            "en",
            [("indirect", "he would resign in June", "Tom Hale")],
        ),
        # A long apposition between the speaker and the cue.
        (
            "A smiling Laura Chen, leader of the Green Alliance party and on course to become "
            "the city's first woman mayor since the war, said the vote was a turning point.",
            "en",
            [("indirect", "the vote was a turning point", "Laura Chen")],
        ),
        # "A and that B": two statements with one source.
        (
            "Mayor Tom Hale said that the bridge would reopen in May and that the tolls "
            "would be cut.",
            "en",
            [
                ("indirect", "the bridge would reopen in May", "Tom Hale"),
                ("indirect", "the tolls would be cut", "Tom Hale"),
            ],
        ),
        # Subjects that name nobody report no one's statement.
        (
            "The debate is between those who say the plan is too costly and those who say "
            "it is overdue.",
            "en",
            [],
        ),
        (
            "C'è chi sostiene che la riforma arrivi troppo tardi per le famiglie.",
            "it",
            [],
        ),
    ],
)
def test_bare_clauses_long_appositions_and_subjects_that_name_nobody(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, lang) == expected


def test_an_attribution_between_dashes_inside_the_marks_splits_the_quotation() -> None:
    text = (
        "Il sindaco Marco Serra ha parlato in consiglio. La siccità porta con sé delle "
        "«perdite enormi – ha aggiunto Serra –. Gli agricoltori non possono aspettare "
        "un altro anno»."
    )
    found = extract_quotes(text, lang="it", published=PUB)
    assert [(q.type, q.text, q.speaker) for q in found] == [
        ("partial", "perdite enormi", "Marco Serra"),
        ("direct", "Gli agricoltori non possono aspettare un altro anno", "Marco Serra"),
    ]
    assert found[1].continues == 0


def test_a_dash_inside_a_quotation_without_a_cue_keeps_it_whole() -> None:
    text = "«Il ponte – quello vecchio – resterà chiuso fino a maggio», ha detto Marco Serra."
    assert quotes(text, "it") == [
        ("direct", "Il ponte – quello vecchio – resterà chiuso fino a maggio", "Marco Serra")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Secondo il ministro Paolo Rossi, «la riforma è una scelta coraggiosa e giusta».",
            "it",
            [("direct", "la riforma è una scelta coraggiosa e giusta", "Paolo Rossi")],
        ),
        (
            "According to Mayor Ann Kay, “the new bridge will change this town for good.”",
            "en",
            [("direct", "the new bridge will change this town for good.", "Ann Kay")],
        ),
    ],
)
def test_an_according_to_phrase_leading_into_a_quotation(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Il dato arriva dal Copernicus Climate Service secondo cui il mese di luglio sarà "
            "il più caldo mai registrato.",
            "it",
            [
                (
                    "indirect",
                    "il mese di luglio sarà il più caldo mai registrato",
                    "Copernicus Climate Service",
                )
            ],
        ),
        (
            "The figures come from the National Weather Office, according to which March was "
            "the wettest month on record.",
            "en",
            [("indirect", "March was the wettest month on record", "National Weather Office")],
        ),
        # The relative clause ends at its comma; a common noun before the genitive is no
        # person, the institution in the genitive speaks.
        (
            "Nach einer Entscheidung des Landesverfassungsgerichts, wonach das Gesetz "
            "unrechtmäßig ist, kündigten Studenten Proteste an.",
            "de",
            [("indirect", "das Gesetz unrechtmäßig ist", "Landesverfassungsgericht")],
        ),
    ],
)
def test_according_to_which_points_back_to_its_source(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, lang) == expected


def test_a_role_speaks_on_as_its_holder_and_no_institution_holds_a_role() -> None:
    text = (
        "Il segretario generale dell'Onu, Maria Lopez, ha aperto il vertice. Lopez, "
        "commentando lo studio del Global Weather Service secondo cui luglio sarà il mese "
        "più caldo di sempre, ha chiesto misure urgenti.\n\n"
        "Il segretario generale dell'Onu ha poi definito «terrificante» il caldo estremo e "
        "ha sottolineato che «i leader mondiali devono agire subito»."
    )
    found = extract_quotes(text, lang="it", published=PUB)
    assert [(q.type, q.text, q.speaker, q.speaker_kind) for q in found] == [
        (
            "indirect",
            "luglio sarà il mese più caldo di sempre",
            "Global Weather Service",
            "organization",
        ),
        ("partial", "terrificante", "Maria Lopez", "person"),
        ("partial", "i leader mondiali devono agire subito", "Maria Lopez", "person"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A document cited as the source: whose document it is speaks.
        (
            "Laut einem Bericht des Senders ist die Brücke bis Mai gesperrt.",
            "de",
            [("indirect", "ist die Brücke bis Mai gesperrt", "Sender")],
        ),
        (
            "Secondo un rapporto dell'Istat, la disoccupazione è scesa al sette per cento.",
            "it",
            [("indirect", "la disoccupazione è scesa al sette per cento", "Istat")],
        ),
        (
            "According to a report by the National Weather Office, March was the wettest month.",
            "en",
            [("indirect", "March was the wettest month", "National Weather Office")],
        ),
        # After the source's name a new noun phrase belongs to the statement.
        (
            "Für die Ermittlungen ist laut Westfalen-Blatt die Kriminalpolizei Gütersloh "
            "zuständig.",
            "de",
            [
                ("indirect", "Für die Ermittlungen ist", "Westfalen-Blatt"),
                ("indirect", "die Kriminalpolizei Gütersloh zuständig", "Westfalen-Blatt"),
            ],
        ),
    ],
)
def test_sources_named_through_a_document_or_followed_by_the_statement(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("The State Department said the talks would resume.", "en", "State Department"),
        ("The Defence Ministry said the troops would leave in May.", "en", "Defence Ministry"),
        (
            "Il Ministero della Difesa ha detto che le truppe partiranno.",
            "it",
            "Ministero della Difesa",
        ),
        (
            "Il Dipartimento di Stato ha detto che i colloqui riprenderanno.",
            "it",
            "Dipartimento di Stato",
        ),
        # A title before a person's name still goes.
        ("Foreign Minister Anna Lind said the talks would resume.", "en", "Anna Lind"),
    ],
)
def test_an_institutions_name_keeps_its_title_words_and_its_of_phrase(
    text: str, lang: str, speaker: str
) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [
        (speaker, "person" if speaker == "Anna Lind" else "organization")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A title, "of" and its institution, then the person, either side of the cue.
        (
            "Il ministro dell'Economia Giancarlo Giorgetti ha spiegato che la manovra sarà "
            "prudente.",
            "it",
            [("indirect", "la manovra sarà prudente", "Giancarlo Giorgetti")],
        ),
        (
            "«La manovra sarà prudente», ha detto il ministro dell'Economia Giancarlo Giorgetti.",
            "it",
            [("direct", "La manovra sarà prudente", "Giancarlo Giorgetti")],
        ),
        (
            "“The talks are over,” said the Secretary of State Antony Blinken.",
            "en",
            [("direct", "The talks are over,", "Antony Blinken")],
        ),
        # The sentence's full stop does not hide a role after the cue.
        (
            "«I colloqui sono finiti», ha detto il sindaco.",
            "it",
            [("direct", "I colloqui sono finiti", "il sindaco")],
        ),
        # An unnamed source with a phrase after it; a bare clause opening with "at least".
        (
            "Officials in Kyiv said at least 12 people were killed in the attack.",
            "en",
            [("indirect", "at least 12 people were killed in the attack", "Officials in Kyiv")],
        ),
        (
            "A spokesperson for the European Commission said the proposal would be "
            "published next week.",
            "en",
            [
                (
                    "indirect",
                    "the proposal would be published next week",
                    "A spokesperson for the European Commission",
                )
            ],
        ),
        # A role phrase stops at a reporting verb.
        (
            "The minister denied the claims, calling them “completely false”.",
            "en",
            [("partial", "completely false", "The minister")],
        ),
        # Made known, found.
        (
            "La Procura di Milano ha fatto sapere che le indagini proseguono.",
            "it",
            [("indirect", "le indagini proseguono", "Procura di Milano")],
        ),
        (
            "A study by the National Cancer Institute found that screening saves lives.",
            "en",
            [("indirect", "screening saves lives", "National Cancer Institute")],
        ),
    ],
)
def test_roles_institutions_and_unnamed_sources_in_common_news_phrasing(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Title words inside a capitalised run: the name follows the last of them.
        (
            "“This is unacceptable,” Health Secretary Wes Streeting told Sky News.",
            "en",
            [("direct", "This is unacceptable,", "Wes Streeting")],
        ),
        # Whom it was said to is no part of the speaker, before or after the speaker.
        (
            "«Non ho intenzione di dimettermi», ha risposto il ministro ai cronisti.",
            "it",
            [("direct", "Non ho intenzione di dimettermi", "il ministro")],
        ),
        (
            "Spiega a Repubblica il professor Mario Monti: «La situazione è grave».",
            "it",
            [("direct", "La situazione è grave", "Mario Monti")],
        ),
        # "According to what X reported": the agent is the source.
        (
            "Secondo quanto riferito dall'Ansa, l'incidente è avvenuto alle 8.",
            "it",
            [("indirect", "l'incidente è avvenuto alle 8", "Ansa")],
        ),
        (
            "According to what was said by the mayor, the bridge will reopen.",
            "en",
            [("indirect", "the bridge will reopen", "the mayor")],
        ),
        # A role's institution after a noun stays with the role.
        (
            "Laut einem Sprecher von Siemens sei die Fabrik sicher.",
            "de",
            [("indirect", "sei die Fabrik sicher", "einem Sprecher von Siemens")],
        ),
    ],
)
def test_title_runs_addressees_and_agents(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "“A,” he said. “B.”": B goes on with A, however short.
        (
            "Penny Wong arrived in Beijing. “There is no military solution,” she said. "
            "“We need talks.”",
            "en",
            [
                ("direct", "There is no military solution,", "Penny Wong"),
                ("direct", "We need talks.", "Penny Wong"),
            ],
        ),
        (
            "Il ministro Paolo Neri è arrivato a Roma. «Non c'è una soluzione militare», ha "
            "spiegato. «Serve il dialogo».",
            "it",
            [
                ("direct", "Non c'è una soluzione militare", "Paolo Neri"),
                ("direct", "Serve il dialogo", "Paolo Neri"),
            ],
        ),
        # A role noun the lexicon lacks, then a full name.
        (
            "“We’re not going anywhere,” said protester Jane Doe, 42, a teacher from Leeds.",
            "en",
            [("direct", "We’re not going anywhere,", "Jane Doe")],
        ),
        # A capitalised word that is also a time word belongs to a name.
        (
            "Lo scrive il Corriere della Sera, secondo cui la trattativa è ferma.",
            "it",
            [("indirect", "la trattativa è ferma", "Corriere della Sera")],
        ),
        # A bare clause after a time phrase.
        (
            "The IMF said on Tuesday it expected growth to slow.",
            "en",
            [("indirect", "it expected growth to slow", "IMF")],
        ),
        # More cues and roles.
        (
            "Labour leader Keir Starmer accused the government of “crashing the economy”.",
            "en",
            [("partial", "crashing the economy", "Keir Starmer")],
        ),
        (
            "Salvini attacca: «Il governo ha fallito su tutta la linea».",
            "it",
            [("direct", "Il governo ha fallito su tutta la linea", "Salvini")],
        ),
        (
            "«È finita», avrebbe detto il tecnico ai giocatori negli spogliatoi.",
            "it",
            [("direct", "È finita", "il tecnico")],
        ),
    ],
)
def test_follow_on_quotations_role_nouns_and_time_words(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, lang) == expected


def test_a_pronoun_goes_on_with_the_person_who_opens_the_sentence_before_it() -> None:
    text = (
        "“The picture is mixed,” said Paul Dales, an economist at a London bank.\n\n"
        "Rachel Reeves is due to speak to parliament later this month. She has said growth "
        "is her top priority."
    )
    assert quotes(text, "en") == [
        ("direct", "The picture is mixed,", "Paul Dales"),
        ("indirect", "growth is her top priority", "Rachel Reeves"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # An institution's name runs on after its institution word.
        (
            "According to the Office for Budget Responsibility, borrowing was higher than "
            "forecast.",
            "en",
            [
                (
                    "indirect",
                    "borrowing was higher than forecast",
                    "Office for Budget Responsibility",
                )
            ],
        ),
        (
            "The Bank of England said rates would stay where they are.",
            "en",
            [("indirect", "rates would stay where they are", "Bank of England")],
        ),
        # A participial phrase after the statement is the reporter's: it ends the clause
        # that would otherwise run into a quotation.
        (
            "Rachel Reeves said that the government would not raise income tax, dismissing "
            "the reports as “speculation”.",
            "en",
            [
                ("indirect", "the government would not raise income tax", "Rachel Reeves"),
                ("partial", "speculation", "Rachel Reeves"),
            ],
        ),
    ],
)
def test_institution_names_and_participial_phrases(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A sentence that points back with a reporting verb reports the one before it.
        (
            "Il governo non aumenterà le tasse. Lo ha assicurato il ministro Paolo Neri.",
            "it",
            [("indirect", "Il governo non aumenterà le tasse", "Paolo Neri")],
        ),
        (
            "Die Brücke bleibt bis Mai gesperrt. Das sagte Bürgermeisterin Anna Weiß.",
            "de",
            [("indirect", "Die Brücke bleibt bis Mai gesperrt", "Anna Weiß")],
        ),
        # A dateline opens no statement.
        (
            "LONDON, March 4 (Reuters) - The talks will resume next week, a government "
            "spokesman said.",
            "en",
            [("indirect", "The talks will resume next week", "a government spokesman")],
        ),
        (
            "WASHINGTON (AP) — President Joe Biden on Thursday urged Congress to act, calling "
            "the shooting “a national tragedy.”",
            "en",
            [("partial", "a national tragedy.", "Joe Biden")],
        ),
        # "che" right before a reporting verb is a relative, no clause of the cue before.
        (
            "«Non ci sarà nessuna patrimoniale», ha detto Paolo Neri, che ha poi aggiunto: "
            "«I conti sono in ordine».",
            "it",
            [
                ("direct", "Non ci sarà nessuna patrimoniale", "Paolo Neri"),
                ("direct", "I conti sono in ordine", "Paolo Neri"),
            ],
        ),
        # "d'" joins an institution's name.
        (
            "La Banca d'Italia avverte che la crescita resta debole.",
            "it",
            [("indirect", "la crescita resta debole", "Banca d'Italia")],
        ),
    ],
)
def test_back_references_datelines_and_relatives(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Per il leader del partito Giuseppe Neri, la manovra è «una presa in giro».",
            [("partial", "una presa in giro", "Giuseppe Neri")],
        ),
        # "Per" with no named source after it is no "according to".
        (
            "Per la prima volta, la squadra ha vissuto «una stagione difficile».",
            [],
        ),
    ],
)
def test_per_is_an_according_to_only_before_a_named_source(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, "it") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # The role's holder set off by commas, after the role's institution.
        (
            "«È una sfida enorme», ha spiegato l'assessore all'Urbanistica, Marco Rossi.",
            "it",
            [("direct", "È una sfida enorme", "Marco Rossi")],
        ),
        (
            "«Sono solo promesse», attacca il capogruppo di Forza Civica in consiglio "
            "comunale, Luca Bianchi.",
            "it",
            [("direct", "Sono solo promesse", "Luca Bianchi")],
        ),
        # "With these words" opening the next sentence names who said it.
        (
            "MILANO – «Non lasceremo nessuno indietro». Con queste parole il sindaco di "
            "Milano Giuseppe Sala ha presentato il piano.",
            "it",
            [("direct", "Non lasceremo nessuno indietro", "Giuseppe Sala")],
        ),
        (
            "“Nobody will be left behind.” With these words, Mayor Ann Kay opened the session.",
            "en",
            [("direct", "Nobody will be left behind.", "Ann Kay")],
        ),
    ],
)
def test_holders_after_a_role_and_with_these_words(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, lang) == expected


def test_a_nationality_after_an_article_stands_for_the_person_named_before() -> None:
    text = (
        "“It’s not over,” Pep Guardiola said after the defeat.\n\n"
        "Liverpool's Mohamed Salah, who scored the winner, was more cautious. “We take it "
        "game by game,” the Egyptian told Sky Sports."
    )
    assert quotes(text, "en") == [
        ("direct", "It’s not over,", "Pep Guardiola"),
        ("direct", "We take it game by game,", "Mohamed Salah"),
    ]


def test_a_possessive_is_no_part_of_a_name() -> None:
    text = (
        "Erling Haaland's injury worried the club. On social media, Haaland wrote that he "
        "would be back “stronger than ever”."
    )
    assert [q[2] for q in quotes(text, "en")] == ["Erling Haaland"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Netanyahu’s office said in a statement that the talks had collapsed.",
            "en",
            [("indirect", "the talks had collapsed", "Netanyahu’s office")],
        ),
        # An apposition of one token is no name of its own.
        (
            "“This will not stand,” Sen. Elizabeth Warren, D-Mass., wrote on X.",
            "en",
            [("direct", "This will not stand,", "Elizabeth Warren")],
        ),
        # Where it was said, then who said it.
        (
            "«Siamo pronti», ha scritto su Facebook il governatore Luca Zaia.",
            "it",
            [("direct", "Siamo pronti", "Luca Zaia")],
        ),
        # "si legge in una nota della Farnesina": the document's owner.
        (
            "«Nessuna decisione è stata presa», si legge in una nota della Farnesina.",
            "it",
            [("direct", "Nessuna decisione è stata presa", "Farnesina")],
        ),
        (
            "Fonti di governo riferiscono che il decreto arriverà in settimana.",
            "it",
            [("indirect", "il decreto arriverà in settimana", "Fonti di governo")],
        ),
        # The second part of a split direct quotation is direct, whatever its case.
        (
            "Anna Weber spoke in Berlin. “We are ready,” she added, “but we need more time.”",
            "en",
            [
                ("direct", "We are ready,", "Anna Weber"),
                ("direct", "but we need more time.", "Anna Weber"),
            ],
        ),
    ],
)
def test_offices_media_documents_and_split_quotations(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "medium"),
    [
        ("Laut Medienberichten soll der Minister zurücktreten.", "Medien", None),
        (
            "„Das ist ein Skandal“, schrieb die Politikerin Ricarda Lang auf X.",
            "Ricarda Lang",
            "X",
        ),
    ],
)
def test_german_sources_in_a_compound_and_media(
    text: str, speaker: str, medium: str | None
) -> None:
    (q,) = extract_quotes(text, lang="de", published=PUB)
    assert (q.speaker, q.medium) == (speaker, medium)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A cue word after an article is a noun: "by the reports" attributes nothing.
        (
            "The European Commission said it was “deeply concerned” by the reports.",
            "en",
            [("partial", "deeply concerned", "European Commission")],
        ),
        (
            "According to a statement from the White House, the president will travel to "
            "Kyiv next week.",
            "en",
            [("indirect", "the president will travel to Kyiv next week", "White House")],
        ),
        (
            "«Non è il momento delle polemiche», ha tagliato corto il ministro Crosetto.",
            "it",
            [("direct", "Non è il momento delle polemiche", "Crosetto")],
        ),
    ],
)
def test_cue_words_as_nouns_documents_from_and_multiword_participles(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A named person opening the sentence that leads into the quotation with a colon.
        (
            "«Nulla deve essere escluso», ha detto il presidente Emmanuel Macron. Il "
            "cancelliere tedesco Olaf Scholz ha escluso categoricamente l'ipotesi: «Non ci "
            "saranno soldati europei sul suolo ucraino».",
            "it",
            [
                ("direct", "Nulla deve essere escluso", "Emmanuel Macron"),
                ("direct", "Non ci saranno soldati europei sul suolo ucraino", "Olaf Scholz"),
            ],
        ),
        # A title after a colon is no quotation, whatever its language.
        (
            "Die Sängerin Anna Berg bereitete ihre neue Tournee vor: „Songs on a Warm Summer "
            "Night“.",
            "de",
            [],
        ),
    ],
)
def test_a_named_subject_before_a_colon_and_titles_after_one(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "Lo ha detto X" after a quotation names its speaker, held apart by commas.
        (
            "«Il salario minimo è una battaglia di civiltà». Lo ha detto la segretaria del "
            "partito, Anna Berti, a margine di un incontro.",
            "it",
            [("direct", "Il salario minimo è una battaglia di civiltà", "Anna Berti")],
        ),
        # A role "of" one word: the role speaks, held by the person named last, not the
        # institution; a coordinated verb after the quotation keeps the sentence's subject.
        (
            "«Il piano non basta», ha detto la premier Giulia Neri. Di parere opposto Marco "
            "Landi. Il segretario generale della Fiom ha definito la proposta «inaccettabile» "
            "e ha annunciato uno sciopero.",
            "it",
            [
                ("direct", "Il piano non basta", "Giulia Neri"),
                ("partial", "inaccettabile", "Marco Landi"),
            ],
        ),
        (
            "The mayor of Paris said the city was ready.",
            "en",
            [("indirect", "the city was ready", "The mayor of Paris")],
        ),
    ],
)
def test_back_references_after_quotations_and_roles_of_an_institution(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A gerund after the quotation reports for the sentence's subject, and its bare
        # clause is reported too.
        (
            "BERLIN (Reuters) - German Chancellor Friedrich Merz on Wednesday called for a "
            '"reset" of relations with Washington, saying Europe could no longer take U.S. '
            "support for granted.",
            [
                ("partial", "reset", "Friedrich Merz"),
                (
                    "indirect",
                    "Europe could no longer take U.S. support for granted",
                    "Friedrich Merz",
                ),
            ],
        ),
        # An auxiliary an adverb split off its cue is no part of the subject.
        (
            "Cole has repeatedly claimed the election was stolen.",
            [("indirect", "the election was stolen", "Cole")],
        ),
        # An institution and a role the lexicon lacks, then the person.
        (
            '"This is the wrong priority at the wrong time," said Greens co-leader Franziska '
            "Brantner.",
            [("direct", "This is the wrong priority at the wrong time,", "Franziska Brantner")],
        ),
    ],
)
def test_gerunds_after_a_quotation_and_roles_after_an_institution(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # A quotation opening the article, then the person who opens the next sentence.
        (
            "ROMA – «Non possiamo più aspettare, il clima sta cambiando sotto i nostri occhi». "
            "Il ministro dell'Ambiente Marta Bianchi ha aperto così la conferenza di Milano.",
            "it",
            "Marta Bianchi",
        ),
        (
            '"We cannot wait any longer, the climate is changing before our eyes." Environment '
            "Secretary Jane Doe opened the Leeds conference with those words on Monday.",
            "en",
            "Jane Doe",
        ),
        (
            "„Wir können nicht länger warten, das Klima verändert sich vor unseren Augen.“ "
            "Umweltministerin Steffi Lemke eröffnete am Montag die Konferenz in Leipzig.",
            "de",
            "Steffi Lemke",
        ),
        # The clause after a colon.
        (
            "«I salari non bastano più a fare la spesa nelle grandi città»: il segretario "
            "generale della Cgil, Marco Verdi, ha lanciato l'allarme a Bologna.",
            "it",
            "Marco Verdi",
        ),
        (
            '"The ocean is running out of breath in large parts of the world": UN '
            "Secretary-General Sarah Klein sounded the alarm in Lisbon.",
            "en",
            "Sarah Klein",
        ),
        # Not a clause about something else that names a person later.
        (
            "«I salari non bastano più a fare la spesa nelle grandi città». È l'allarme "
            "lanciato dal segretario generale della Cgil, Marco Verdi.",
            "it",
            None,
        ),
        # Not across another sentence, nor into the next paragraph.
        (
            '"We cannot wait any longer, the climate is changing before our eyes." The hall '
            "was full. Environment Secretary Jane Doe opened the conference.",
            "en",
            None,
        ),
        (
            '"We cannot wait any longer, the climate is changing before our eyes."\n\n'
            "Environment Secretary Jane Doe opened the conference.",
            "en",
            None,
        ),
    ],
)
def test_a_lone_quotation_opening_an_article_belongs_to_the_subject_after_it(
    text: str, lang: str, speaker: str | None
) -> None:
    first = extract_quotes(text, lang=lang, published=PUB)[0]
    assert (first.type, first.speaker) == ("direct", speaker)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # A noun of speech with an adjective after it, and its owner, before a quotation:
        # not the person named in the sentence before.
        (
            "Alla cerimonia c'era anche il ministro Carlo Nordio. Poi la dedica commossa di "
            "Jannik Sinner alla famiglia: «Vorrei che tutti avessero genitori come i miei».",
            "it",
            "Jannik Sinner",
        ),
        (
            "Bei der Feier war auch Bürgermeister Dieter Reiter anwesend. Dann folgte die "
            "Mahnung des Trainers Thomas Tuchel an die Spieler: „Niemand erinnert sich an den "
            "Zweiten.“",
            "de",
            "Thomas Tuchel",
        ),
        # A title in the genitive is no part of the name.
        (
            "Bei der Feier sprach auch Ministerin Anna Berg. Dann kamen die Worte des Kanzlers "
            "Frank Weber an die Bürger: „Wir halten "
            "zusammen, was auch kommen mag.“",
            "de",
            "Frank Weber",
        ),
    ],
)
def test_nouns_of_speech_with_an_adjective_and_titles_in_the_genitive(
    text: str, lang: str, speaker: str
) -> None:
    [q] = extract_quotes(text, lang=lang, published=PUB)
    assert (q.type, q.speaker) == ("direct", speaker)


def test_a_label_given_in_an_attribute_is_no_quotation() -> None:
    text = (
        "Die als „Morgenröte“ bezeichnete Operation umfasste 200 Beamte, sagte Frank Weber. "
        "Die als „Haus der offenen Tür“ genannte Initiative endet im Mai, sagte er."
    )
    assert [q.text for q in extract_quotes(text, lang="de") if q.type != "indirect"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "told" takes whom it tells: the bare clause comes after the addressee, if at all.
        (
            "The minister John Smith told the committee the plan would fail.",
            [("indirect", "the plan would fail", "John Smith")],
        ),
        ("John Smith told the BBC on Monday after the vote in parliament.", []),
        (
            '"We are ready," John Smith told the assembly on Monday after the vote.',
            [("direct", "We are ready,", "John Smith")],
        ),
        (
            "John Smith told the Guardian he would resign.",
            [("indirect", "he would resign", "John Smith")],
        ),
    ],
)
def test_the_addressee_of_told_is_no_clause(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Italian institutions in sentence case, before and after the cue.
        (
            "La Banca centrale europea ha detto che i tassi resteranno alti.",
            "it",
            ("i tassi resteranno alti", "Banca centrale europea", "organization"),
        ),
        (
            "Il Consiglio superiore della magistratura ha dichiarato che la riforma è "
            "incostituzionale.",
            "it",
            (
                "la riforma è incostituzionale",
                "Consiglio superiore della magistratura",
                "organization",
            ),
        ),
        (
            "Secondo la Camera di commercio, le imprese assumeranno nel secondo semestre.",
            "it",
            ("le imprese assumeranno nel secondo semestre", "Camera di commercio", "organization"),
        ),
        # A proper name followed by a verb is not one.
        (
            "La Russia respinge le accuse e dice di essere pronta a trattare.",
            "it",
            ("essere pronta a trattare", "Russia", "organization"),
        ),
        # A capitalised institution word and its joiner in English: an institution, not an
        # unnamed source's head ("his office").
        (
            "The Office for Budget Responsibility forecast that growth would slow next year.",
            "en",
            ("growth would slow next year", "Office for Budget Responsibility", "organization"),
        ),
        (
            "Netanyahu’s office said the talks would resume.",
            "en",
            ("the talks would resume", "Netanyahu’s office", "anonymous"),
        ),
        # Cues in the present, as headlines write them.
        (
            "Central bank governor Jane Roe insists the economy is strong.",
            "en",
            ("the economy is strong", "Jane Roe", "person"),
        ),
    ],
)
def test_institutions_in_sentence_case_and_cues_in_the_present(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    [q] = extract_quotes(text, lang=lang, published=PUB)
    assert (q.text, q.speaker, q.speaker_kind) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A sentence opening with no subject: the verb before the quotation has one.
        (
            "Di tutt'altro avviso la segretaria del Pd Elly Schlein, che ha definito la "
            "manovra «un'occasione persa» e ha accusato il governo di «tagliare la sanità "
            "pubblica».",
            "it",
            [
                ("partial", "un'occasione persa", "Elly Schlein"),
                ("partial", "tagliare la sanità pubblica", "Elly Schlein"),
            ],
        ),
        # The subject before the cue, a role with its institution; not the object after it.
        (
            "Il leader della Cgil Maurizio Landini ha annunciato uno sciopero generale: «Non "
            "possiamo accettare una manovra che impoverisce i lavoratori».",
            "it",
            [
                (
                    "direct",
                    "Non possiamo accettare una manovra che impoverisce i lavoratori",
                    "Maurizio Landini",
                )
            ],
        ),
        (
            "The leader of the Unite union Sharon Graham announced a national strike: "
            '"We cannot accept a budget that makes workers poorer."',
            "en",
            [("direct", "We cannot accept a budget that makes workers poorer.", "Sharon Graham")],
        ),
        # An inverted verb still takes the subject after it.
        (
            "In una nota ha spiegato un portavoce del ministero: «Non ci sono ritardi nei "
            "pagamenti».",
            "it",
            [("direct", "Non ci sono ritardi nei pagamenti", "un portavoce del ministero")],
        ),
    ],
)
def test_the_subject_of_the_verb_before_a_quotation(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A declined adjective in an institution's name is part of it.
        (
            "Nach Angaben des Statistischen Bundesamtes stieg die Zahl der Rentner auf 21 "
            "Millionen.",
            ("stieg die Zahl der Rentner auf 21 Millionen", "Statistisches Bundesamt"),
        ),
        # A long noun before a name still names its kind.
        (
            "Laut der Nachrichtenagentur Belga ist der Zug bei Lüttich entgleist.",
            ("ist der Zug bei Lüttich entgleist", "Belga"),
        ),
    ],
)
def test_german_adjectives_in_names_and_kinds_before_them(
    text: str, expected: tuple[str, str]
) -> None:
    [q] = extract_quotes(text, lang="de", published=PUB)
    assert (q.text, q.speaker) == expected


def test_groups_of_experts_are_unnamed_sources_in_german() -> None:
    [q] = extract_quotes(
        "Ökonomen warnten, das System werde ohne Reformen nicht tragfähig sein.", lang="de"
    )
    assert (q.speaker, q.speaker_kind) == ("Ökonomen", "anonymous")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will win," said House Speaker Mike Johnson.', "Mike Johnson"),
        ('Mike Johnson spoke first. "We will win," said Mr Johnson.', "Mike Johnson"),
        ('"We will win," said Dr. Anthony Fauci.', "Anthony Fauci"),
        ('"The court will decide," said Judge Juan Merchan.', "Juan Merchan"),
        (
            'Chinese Vice Premier He Lifeng said China wanted "healthy and stable" relations.',
            "He Lifeng",
        ),
        (
            '"This defendant betrayed hundreds of families," U.S. Attorney Damian Williams '
            "said in a statement.",
            "Damian Williams",
        ),
    ],
)
def test_english_titles_and_honorifics_are_no_part_of_the_name(text: str, speaker: str) -> None:
    assert extract_quotes(text, lang="en", published=PUB)[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # "Per X «…»" with no comma: the source runs up to the marks.
        (
            "Per il capogruppo di Fratelli d'Italia Riccardo De Corato «il sindaco vive in "
            "un'altra città».",
            "it",
            "Riccardo De Corato",
        ),
        ('According to the mayor Jane Doe "the city is safer than ever".', "en", "Jane Doe"),
        # Nobody named: no source.
        (
            "Per la prima volta «siamo davvero soddisfatti», ha detto Mario Rossi.",
            "it",
            "Mario Rossi",
        ),
    ],
)
def test_according_to_a_source_with_no_comma_before_the_quotation(
    text: str, lang: str, speaker: str
) -> None:
    [q] = extract_quotes(text, lang=lang, published=PUB)
    assert (q.type, q.speaker) == ("partial", speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Centers for Disease Control and Prevention said in a statement that the risk "
            "remained low.",
            "Centers for Disease Control and Prevention",
        ),
        (
            "WHO Director-General Tedros Adhanom Ghebreyesus told reporters that there was no "
            "evidence of transmission.",
            "Tedros Adhanom Ghebreyesus",
        ),
    ],
)
def test_english_institutions_joined_by_for_and_and_hyphenated_titles(
    text: str, speaker: str
) -> None:
    [q] = extract_quotes(text, lang="en", published=PUB)
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Scientists have warned for years that such viruses could mutate.", "en", "Scientists"),
        ("Testimoni hanno raccontato che il fuoco è partito dal tetto.", "it", "Testimoni"),
        ("Experten warnten, das System sei ohne Reformen nicht tragfähig.", "de", "Experten"),
    ],
)
def test_a_group_noun_opening_the_sentence_is_an_unnamed_source(
    text: str, lang: str, speaker: str
) -> None:
    [q] = extract_quotes(text, lang=lang, published=PUB)
    assert (q.speaker, q.speaker_kind) == (speaker, "anonymous")


def test_a_german_organisation_introduced_by_a_compound_of_its_kind() -> None:
    [q] = extract_quotes(
        "Laut dem Fahrgastverband Pro Bahn sind Millionen Pendler betroffen.", lang="de"
    )
    assert (q.speaker, q.speaker_kind) == ("Pro Bahn", "organization")


def test_german_compounds_headed_by_an_institution_noun_are_organizations() -> None:
    quotes_ = extract_quotes(
        "Nach Angaben der Feuerwehr wurde niemand verletzt. Die Bundesregierung erklärte, "
        "es bestehe keine Gefahr.",
        lang="de",
    )
    assert {(q.speaker, q.speaker_kind) for q in quotes_} == {
        ("Feuerwehr", "organization"),
        ("Bundesregierung", "organization"),
    }


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "Il ministro Carlo Nordio si è detto convinto che la riforma passerà presto.",
            "la riforma passerà presto",
            "Carlo Nordio",
        ),
        (
            "La ministra Marta Cartabia si è detta preoccupata che i tempi si allunghino ancora.",
            "i tempi si allunghino ancora",
            "Marta Cartabia",
        ),
        (
            "Il ministro Carlo Nordio ha fatto notare che i tempi sono molto stretti.",
            "i tempi sono molto stretti",
            "Carlo Nordio",
        ),
        (
            "Il ministro Carlo Nordio ha chiarito che il testo è pronto.",
            "il testo è pronto",
            "Carlo Nordio",
        ),
    ],
)
def test_more_italian_reporting_verbs(text: str, clause: str, speaker: str) -> None:
    assert quotes(text, "it") == [("indirect", clause, speaker)]


def test_a_speaker_who_limits_himself_to_saying() -> None:
    assert quotes("«Non commento», si è limitato a dire il ministro Carlo Nordio.", "it") == [
        ("direct", "Non commento", "Carlo Nordio")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "kind"),
    [
        # A verb of saying inside the source phrase: its subject after it speaks.
        (
            "Stando a quanto riferisce l'Ansa, il testo del decreto è pronto.",
            "it",
            "Ansa",
            "organization",
        ),
        (
            "Secondo quanto scrive il Corriere della Sera, il testo del decreto è pronto.",
            "it",
            "Corriere della Sera",
            "organization",
        ),
        # Newspapers are institutions.
        (
            "According to the Financial Times, the deal is done.",
            "en",
            "Financial Times",
            "organization",
        ),
    ],
)
def test_sources_that_report_and_newspapers(text: str, lang: str, speaker: str, kind: str) -> None:
    [q] = extract_quotes(text, lang=lang, published=PUB)
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "According to X" after the quotation names its source.
        (
            '"We will rebuild every house," according to Mayor Jane Doe.',
            "en",
            [("direct", "We will rebuild every house,", "Jane Doe")],
        ),
        (
            '"We will rebuild every house," according to a statement from the mayor\'s office.',
            "en",
            [("direct", "We will rebuild every house,", "mayor's office")],
        ),
        # ... and is no reported clause of its own.
        (
            "«Ricostruiremo tutte le case», secondo il sindaco Mario Rossi.",
            "it",
            [("direct", "Ricostruiremo tutte le case", "Mario Rossi")],
        ),
    ],
)
def test_according_to_after_a_quotation(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "According to Biden's spokesperson, the talks will resume on Monday.",
        '"The talks will resume on Monday," said Biden\'s spokesperson.',
    ],
)
def test_a_role_of_somebody_named_after_the_cue(text: str) -> None:
    [q] = extract_quotes(text, lang="en", published=PUB)
    assert (q.speaker, q.speaker_kind) == ("Biden's spokesperson", "anonymous")


def test_a_role_of_somebody_named_is_an_unnamed_source_and_goes_on() -> None:
    text = (
        "Prime Minister Keir Starmer met French President Emmanuel Macron in Paris.\n\n"
        "Starmer's spokesman later told reporters the two leaders had also discussed "
        'migration. "The prime minister was clear that we need to stop the boats," the '
        "spokesman said."
    )
    assert [(q.type, q.speaker, q.speaker_kind) for q in extract_quotes(text, lang="en")] == [
        ("indirect", "Starmer's spokesman", "anonymous"),
        ("direct", "Starmer's spokesman", "anonymous"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "clause"),
    [
        (
            "Meanwhile, the US envoy is expected to travel to Moscow next week, officials said.",
            "en",
            "the US envoy is expected to travel to Moscow next week",
        ),
        (
            "Intanto, il governo prepara un nuovo decreto, ha detto il ministro Carlo Nordio.",
            "it",
            "il governo prepara un nuovo decreto",
        ),
    ],
)
def test_a_connective_opening_the_sentence_is_no_part_of_the_statement(
    text: str, lang: str, clause: str
) -> None:
    [q] = extract_quotes(text, lang=lang, published=PUB)
    assert (q.type, q.text) == ("indirect", clause)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An elided pronoun glued to the cue, and a feminine naming participle.
        (
            "Il presidente di Confindustria Emanuele Orsini l'ha definita «una follia ideologica».",
            [("partial", "una follia ideologica", "Emanuele Orsini")],
        ),
        # "delle" is an "of" between a title and its institution.
        (
            "«Non siamo contrari alla transizione», ha commentato il ministro delle Imprese "
            "Adolfo Urso.",
            [("direct", "Non siamo contrari alla transizione", "Adolfo Urso")],
        ),
    ],
)
def test_clitics_before_the_cue_and_titles_of_a_plural_institution(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, "it") == expected


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "kind"),
    [
        # A kind of organisation, then its name.
        (
            "According to the rights group Amnesty International, at least 40 people were killed.",
            "en",
            "Amnesty International",
            "organization",
        ),
        (
            "The rights group Amnesty International said at least 40 people were killed.",
            "en",
            "Amnesty International",
            "organization",
        ),
        (
            "Secondo l'associazione dei costruttori Acea, la misura costerà migliaia di posti.",
            "it",
            "Acea",
            "organization",
        ),
        ("Il sindacato Cgil ha detto che lo sciopero è confermato.", "it", "Cgil", "organization"),
        # A role in one is a person's.
        (
            "Il leader del partito Carlo Calenda ha detto che il voto è libero.",
            "it",
            "Carlo Calenda",
            "person",
        ),
        (
            "A spokesman for the company John Doe said the plant would close.",
            "en",
            "John Doe",
            "person",
        ),
    ],
)
def test_organizations_introduced_by_their_kind(
    text: str, lang: str, speaker: str, kind: str
) -> None:
    [q] = extract_quotes(text, lang=lang, published=PUB)
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Olaf Scholz sprach am Mittwoch im Bundestag. Die Vorschläge seien unbezahlbar, "
            "sagte der SPD-Politiker.",
            "Olaf Scholz",
        ),
        (
            "Thomas Tuchel war nach dem Spiel enttäuscht. Man habe zu viele Chancen vergeben, "
            "sagte der 51-Jährige.",
            "Thomas Tuchel",
        ),
    ],
)
def test_german_epithets_stand_for_the_person_named_before(text: str, speaker: str) -> None:
    [q] = extract_quotes(text, lang="de", published=PUB)
    assert (q.type, q.speaker) == ("indirect", speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # An age standing for the person: whom the sentence before opened with, not the
        # tournament named after him.
        (
            "Jannik Sinner ha vinto gli Australian Open. «Sono felicissimo per la mia "
            "famiglia», ha detto il 22enne dopo la finale.",
            "Jannik Sinner",
        ),
        (
            "Jannik Sinner ha vinto gli Australian Open. Il 22enne ha detto che è felicissimo "
            "per la sua famiglia.",
            "Jannik Sinner",
        ),
    ],
)
def test_italian_ages_stand_for_the_person_opening_the_sentence_before(
    text: str, speaker: str
) -> None:
    [q] = extract_quotes(text, lang="it", published=PUB)
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # A document as the subject, its agent in an apposition.
        (
            "Guterres spoke as a separate analysis for the month, published Friday by climate "
            "scientist Karsten Haustein, estimated July could finish 0.2 degrees warmer.",
            "en",
            "Karsten Haustein",
        ),
        (
            "Ein Bericht, veröffentlicht vom Umweltbundesamt, schätzt, dass die Emissionen "
            "im nächsten Jahr sinken.",
            "de",
            "Umweltbundesamt",
        ),
    ],
)
def test_a_document_and_its_agent_in_an_apposition(text: str, lang: str, speaker: str) -> None:
    [q] = extract_quotes(text, lang=lang, published=PUB)
    assert (q.type, q.speaker) == ("indirect", speaker)


def test_an_epithet_in_man_a_boss_and_a_subject_with_a_phrase_in_it() -> None:
    text = (
        'Pep Guardiola was upset. "It is not over," Guardiola told BBC Sport.\n\n'
        'Liverpool boss Arne Slot praised his players. "The way we fought was outstanding," '
        "the Dutchman said.\n\n"
        "Mohamed Salah said that he wanted to stay, but said talks with the club had stalled."
    )
    assert [(q.type, q.text, q.speaker) for q in extract_quotes(text, lang="en")] == [
        ("direct", "It is not over,", "Pep Guardiola"),
        ("direct", "The way we fought was outstanding,", "Arne Slot"),
        ("indirect", "he wanted to stay", "Mohamed Salah"),
        ("indirect", "talks with the club had stalled", "Mohamed Salah"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Powell declined to say whether rates would be cut in June.", "en"),
        ("Il ministro si è rifiutato di dire se il decreto sarà ritirato.", "it"),
    ],
)
def test_a_refusal_to_say_reports_nothing(text: str, lang: str) -> None:
    assert extract_quotes(text, lang=lang, published=PUB) == []


def test_a_refusal_reported_is_still_reported() -> None:
    assert quotes("Powell said he declined the offer because the rates were too high.", "en") == [
        ("indirect", "he declined the offer because the rates were too high", "Powell")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Words woven into a relative "according to" clause are partial, not the second
        # part of the quotation before.
        (
            "«Le regole non si cambiano a partita in corso», ha replicato il capogruppo "
            "Tommaso Foti, secondo cui la proposta «non ha i numeri».",
            "it",
            [
                ("direct", "Le regole non si cambiano a partita in corso", "Tommaso Foti"),
                ("partial", "non ha i numeri", "Tommaso Foti"),
            ],
        ),
        # A cue and a colon announce words said, whatever their capitals.
        (
            "Il governatore Luca Zaia si è limitato a commentare: «Deciderà il Parlamento».",
            "it",
            [("direct", "Deciderà il Parlamento", "Luca Zaia")],
        ),
        # What is spoken of, in the speaker's words.
        (
            "La segretaria del Pd Elly Schlein parla di «teatrino della maggioranza».",
            "it",
            [("partial", "teatrino della maggioranza", "Elly Schlein")],
        ),
        (
            'Opposition leader Kemi Badenoch spoke of a "betrayal of working people".',
            "en",
            [("partial", "betrayal of working people", "Kemi Badenoch")],
        ),
    ],
)
def test_woven_words_announced_words_and_words_spoken_of(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Italian institutions by their seat, sources "from" an institution, "si apprende".
        ("«Nessun rinvio», fa sapere il Viminale.", ("Viminale", "organization")),
        (
            "«Il decreto arriverà giovedì», spiegano dal Ministero dell'Economia.",
            ("Ministero dell'Economia", "organization"),
        ),
        (
            "Si apprende da fonti di governo che il vertice è stato rinviato.",
            ("fonti di governo", "anonymous"),
        ),
        ("«L'accordo è vicino», trapela da Palazzo Chigi.", ("Palazzo Chigi", "organization")),
    ],
)
def test_italian_seats_of_power_and_sources_from_an_institution(
    text: str, expected: tuple[str, str]
) -> None:
    [q] = extract_quotes(text, lang="it", published=PUB)
    assert (q.speaker, q.speaker_kind) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # An apposition between dashes, naming a document's agent or a person's role.
        (
            "The report — published by the United Nations on Tuesday — says that emissions "
            "rose by 1.3%.",
            "United Nations",
        ),
        ("Mark Smith — a former minister — said the plan would fail.", "Mark Smith"),
        # An institution joined by "on", not into a weekday.
        (
            "The Committee on Climate Change said the target was achievable.",
            "Committee on Climate Change",
        ),
    ],
)
def test_appositions_between_dashes_and_institutions_joined_by_on(text: str, speaker: str) -> None:
    [q] = extract_quotes(text, lang="en", published=PUB)
    assert (q.type, q.speaker) == ("indirect", speaker)


def test_a_radio_station_named_after_its_medium() -> None:
    [q] = extract_quotes(
        "Intervenendo a Radio24, il ministro Giancarlo Giorgetti ha detto che i conti sono "
        "in ordine.",
        lang="it",
    )
    assert (q.speaker, q.medium) == ("Giancarlo Giorgetti", "radio")


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        ('"We will not back down," Trump wrote in a post on Truth Social.', "Truth Social"),
        ("Speaking on Fox News, Vance said the border was secure.", "television"),
        ('"We will not back down," Zelensky said in his nightly video address.', "video"),
        ("Musk said on a podcast that the company would cut costs.", "podcast"),
    ],
)
def test_more_english_media(text: str, medium: str) -> None:
    [q] = extract_quotes(text, lang="en", published=PUB)
    assert q.medium == medium


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A passive naming cue: its agent speaks; with none, nobody named speaks.
        (
            'The decision was described by the New York Times as a "big change" for the '
            "administration.",
            "en",
            [("partial", "big change", "New York Times")],
        ),
        (
            "La riforma è stata definita dal ministro Carlo Nordio «una svolta storica».",
            "it",
            [("partial", "una svolta storica", "Carlo Nordio")],
        ),
        ("La riforma è stata definita «una svolta storica».", "it", []),
        # An unnamed source starts at its quantifier, not at the verb before it.
        (
            "The decision has prompted several analysts to argue that the president is "
            "looking for a war.",
            "en",
            [("indirect", "the president is looking for a war", "several analysts")],
        ),
    ],
)
def test_passive_agents_and_sources_opened_by_a_quantifier(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert quotes(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("France said the summit would go ahead as planned.", "en", "France"),
        ("Russland erklärte, die Gespräche würden fortgesetzt.", "de", "Russland"),
    ],
)
def test_countries_speak_as_institutions(text: str, lang: str, speaker: str) -> None:
    [q] = extract_quotes(text, lang=lang, published=PUB)
    assert (q.speaker, q.speaker_kind) == (speaker, "organization")


def test_a_personal_pronoun_never_stands_for_an_institution() -> None:
    text = (
        "Minister Jane Roe met officials of the European Commission in Brussels. "
        '"There is no news," she said.'
    )
    [q] = extract_quotes(text, lang="en", published=PUB)
    assert (q.speaker, q.speaker_kind) == ("Jane Roe", "person")


def test_a_dateline_in_mixed_case_opens_no_statement() -> None:
    text = (
        "München – Der FC Bayern hat sich von Trainer Thomas Tuchel getrennt. Das teilte der "
        "Verein am Mittwoch mit."
    )
    [q] = extract_quotes(text, lang="de", published=PUB)
    assert (q.text, q.speaker_kind) == (
        "Der FC Bayern hat sich von Trainer Thomas Tuchel getrennt",
        "organization",
    )


def test_a_named_subject_leading_into_a_colon_is_the_speaker_not_its_clause() -> None:
    assert quotes('Carlo Ancelotti thanked the fans: "It was a special time."', "en") == [
        ("direct", "It was a special time.", "Carlo Ancelotti")
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        # An unnamed source's phrase opens at its article, not at an adverb before it.
        (
            "Later a spokesperson for the European Commission said the talks would resume.",
            "a spokesperson for the European Commission",
            "anonymous",
        ),
        # An article may stand after an institution's joiner.
        (
            "The Office for the Budget said that growth would slow.",
            "Office for the Budget",
            "organization",
        ),
    ],
)
def test_where_unnamed_sources_and_joined_institutions_start(
    text: str, speaker: str, kind: str
) -> None:
    [q] = extract_quotes(text, lang="en", published=PUB)
    assert (q.speaker, q.speaker_kind) == (speaker, kind)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # An institution named with where it serves keeps the place in its name ...
        (
            "Die Staatsanwaltschaft Gießen teilte mit, der Mann sei gefasst.",
            "Staatsanwaltschaft Gießen",
        ),
        (
            "Das Landgericht Frankfurt erklärte, das Urteil sei rechtskräftig.",
            "Landgericht Frankfurt",
        ),
        (
            "Der Verkehrsclub Deutschland erklärte, das Projekt sei zu teuer.",
            "Verkehrsclub Deutschland",
        ),
        # ... a kind of organisation before its own name does not.
        ("Die Nachrichtenagentur Belga berichtete, der Zug sei entgleist.", "Belga"),
        ("Der Konzern Siemens teilte mit, man werde Stellen streichen.", "Siemens"),
        ("Die Gewerkschaft Verdi kündigte an, die Streiks fortzusetzen.", "Verdi"),
    ],
)
def test_a_german_institution_and_its_place(text: str, speaker: str) -> None:
    (found,) = extract_quotes(text, lang="de", published=PUB)
    assert (found.speaker, found.speaker_kind) == (speaker, "organization")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Franzose Pierre Dupont erklärte, das Rennen sei hart gewesen.", "Pierre Dupont"),
        # A weak noun declined: "des Russen".
        (
            "Der Weg des 40 Jahre alten Russen Oleg Petrow war lang. „Ich bin zufrieden“, "
            "sagte er.",
            "Oleg Petrow",
        ),
    ],
)
def test_a_german_nationality_before_a_name_is_a_title(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text, lang="de", published=PUB)] == [speaker]


def test_a_german_number_noun_opens_no_name() -> None:
    # "Millionen Inder" is a number of people, not a person "he" could point back to.
    text = (
        "Der Dalai Lama ist besorgt. Die Flüsse versorgen so Millionen Inder mit Wasser. "
        "Am Samstag sagte er, die Gletscher würden schmelzen."
    )
    assert [q.speaker for q in extract_quotes(text, lang="de", published=PUB)] == ["Dalai Lama"]


def test_a_common_noun_after_a_german_verb_is_its_object_not_its_subject() -> None:
    text = "Anna Weber vom Hotel Seeblick kommentierte die Preiserhöhung: „Das ist zu viel.“"
    assert [q.speaker for q in extract_quotes(text, lang="de", published=PUB)] == ["Anna Weber"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An adverb between the auxiliary and "parlato di", as after any other cue.
        (
            'Rossi ha poi parlato di aria "irrespirabile" e di prezzi "insopportabili".',
            [
                ("Mario Rossi", "irrespirabile", "ha poi parlato di"),
                ("Mario Rossi", "insopportabili", "ha poi parlato di"),
            ],
        ),
        # A complaint introduces the speaker's words.
        (
            "«Nessuno ci ascolta», si lamenta il sindaco.",
            [("Mario Rossi", "Nessuno ci ascolta", "si lamenta")],
        ),
    ],
)
def test_more_italian_cue_forms(text: str, expected: list[tuple[str, str, str]]) -> None:
    text = "Mario Rossi è il sindaco di Pisa. " + text
    found = extract_quotes(text, lang="it", published=PUB)
    assert [(q.speaker, q.text, q.cue) for q in found] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He went on to say that the heat was terrible.", ("indirect", "the heat was terrible")),
        ("He went on to lament how “terrifying” it is.", ("partial", "terrifying")),
        ("She goes on to describe the plan as “reckless”.", ("partial", "reckless")),
    ],
)
def test_went_on_to_say(sentence: str, expected: tuple[str, str]) -> None:
    text = "Chris Hale spoke in Geneva on Thursday. " + sentence
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.speaker, q.type, q.text) for q in found] == [("Chris Hale", *expected)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "«Il debito è fuori controllo». È l’avvertimento lanciato dal governatore della "
            "Banca d'Italia, Fabio Conti, durante l'audizione.",
            "it",
        ),
        (
            "“Debt is out of control.” That was the warning issued by Governor Fabio Conti on "
            "Thursday.",
            "en",
        ),
    ],
)
def test_a_noun_of_speech_and_its_agent_after_a_lone_quotation(text: str, lang: str) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.speaker for q in found] == ["Fabio Conti"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "«Serve coraggio per trattare. Oggi si può ancora negoziare». Papa Leone ha parlato "
            "della guerra in un'intervista.",
            "it",
            "Leone",
        ),
        (
            "“We must act now. There is no more time to lose.” Pope Leo spoke at the summit on "
            "Monday.",
            "en",
            "Leo",
        ),
    ],
)
def test_a_title_and_one_name_mention_a_person(text: str, lang: str, speaker: str) -> None:
    # A lone quotation goes to the person who opens the next sentence.
    assert [q.speaker for q in extract_quotes(text, lang=lang, published=PUB)] == [speaker]


def test_an_inverted_cue_after_a_comma_attributes_the_clause_before_it() -> None:
    # "said the minister …" after a comma is no bare clause "said the plan would fail".
    text = "The plan will fail, says the minister John Hale."
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.speaker, q.text) for q in found] == [("John Hale", "The plan will fail")]
    text = "The minister said the plan would fail."
    found = extract_quotes(text, lang="en", published=PUB)
    assert [q.text for q in found] == ["the plan would fail"]


def test_a_reason_given_after_a_parenthetical_cue_is_another_statement() -> None:
    text = (
        "Anna Verdi ha parlato ai giornalisti. Ha lasciato intendere che cercherà un accordo "
        "con tutti perché, ha detto, il paese attraversa una crisi."
    )
    found = extract_quotes(text, lang="it", published=PUB)
    assert [q.text for q in found][:1] == ["cercherà un accordo con tutti"]
    # Without a conjunction it interrupts, the statement goes on after it.
    text = "Anna Verdi ha detto che il piano, ha aggiunto, non funzionerà."
    found = extract_quotes(text, lang="it", published=PUB)
    assert [q.text for q in found] == ["il piano, ha aggiunto, non funzionerà"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Mario Rossi accusa il presidente della Regione di averlo lasciato solo per mesi.",
            "averlo lasciato solo per mesi",
        ),
        (
            "Mario Rossi ha accusato il governo di aver mentito sui conti pubblici.",
            "aver mentito sui conti pubblici",
        ),
        # A noun's complement after another cue stays no statement.
        ("Mario Rossi ha criticato i tentativi di cambiare la legge elettorale in fretta.", None),
    ],
)
def test_an_accusation_reports_the_infinitive_after_its_object(
    text: str, content: str | None
) -> None:
    found = extract_quotes(text, lang="it", published=PUB)
    assert [q.text for q in found] == ([content] if content else [])


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # An institution's name goes on after its joiner, with no comma after the source.
        (
            "Laut dem Landesamt für Geologie lag das Epizentrum nahe der Stadt.",
            "Landesamt für Geologie",
            "lag das Epizentrum nahe der Stadt",
        ),
        # News agencies are written in lower case.
        (
            "Laut dpa wurde bei dem Unfall niemand verletzt.",
            "dpa",
            "wurde bei dem Unfall niemand verletzt",
        ),
        (
            "Nach Angaben der Nachrichtenagentur ddp nahmen bis zu 4.000 Menschen teil.",
            "ddp",
            "nahmen bis zu 4.000 Menschen teil",
        ),
    ],
)
def test_german_sources_without_a_comma(text: str, speaker: str, content: str) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.speaker_kind, q.text) for q in found] == [
        (speaker, "organization", content)
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Das Bundesministerium der Finanzen teilte mit, die Steuern würden sinken.",
            "Bundesministerium der Finanzen",
        ),
        (
            "Das Bundesministerium für Gesundheit teilte mit, die Zahl der Fälle sinke.",
            "Bundesministerium für Gesundheit",
        ),
    ],
)
def test_a_german_ministry_and_its_joined_name(text: str, speaker: str) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, "organization")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Maler Gerhard Klein sagte, das Bild sei verkauft.", "Gerhard Klein"),
        ("Die Sängerin Anna Berg erklärte, die Tournee falle aus.", "Anna Berg"),
        # An institution's words stay in its name.
        ("Die Deutsche Bank AG teilte mit, der Gewinn sei gestiegen.", "Deutsche Bank AG"),
    ],
)
def test_a_german_noun_after_the_article_is_no_part_of_the_name(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text, lang="de", published=PUB)] == [speaker]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A new clause, with its own subject, after a comma and a conjunction.
        (
            "Mario Rossi assicura di essersi chiarito con il sindaco, ma quando la giunta si "
            "riunisce emerge lo strappo.",
            "essersi chiarito con il sindaco",
        ),
        # The infinitive goes on.
        (
            "Mario Rossi ha detto di essere pronto a trattare, ma di non voler cedere su tutto.",
            "essere pronto a trattare, ma di non voler cedere su tutto",
        ),
        (
            "Mario Rossi ha detto di essere pronto a trattare con tutti, ma senza fretta.",
            "essere pronto a trattare con tutti, ma senza fretta",
        ),
    ],
)
def test_where_an_italian_infinitive_clause_ends(text: str, content: str) -> None:
    assert [q.text for q in extract_quotes(text, lang="it", published=PUB)] == [content]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Der Verein gab am Mittwoch bekannt, dass er sich vom Trainer getrennt habe.",
            "Verein",
            "er sich vom Trainer getrennt habe",
        ),
        (
            "Der Verein hat sich vom Trainer getrennt. Dies gab der Vorstand am Mittwoch bekannt.",
            "Vorstand",
            "Der Verein hat sich vom Trainer getrennt",
        ),
        (
            "Die Behörde gab als Grund an, die Kosten seien zu hoch.",
            "Behörde",
            "die Kosten seien zu hoch",
        ),
        # The particle must close the clause: here "zu" goes with "essen".
        ("Er gab dem Kind einen Apfel zu essen, sagte die Mutter.", None, None),
    ],
)
def test_german_separable_cues(text: str, speaker: str | None, content: str | None) -> None:
    found = [q for q in extract_quotes(text, lang="de", published=PUB) if q.cue != "sagte"]
    assert [(q.speaker, q.text) for q in found] == ([(speaker, content)] if content else [])


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # A noun of time opening the sentence is no subject.
        (
            "Hans Kohl ist Minister. Diese Woche sagte er, die Wirtschaft wachse.",
            "Hans Kohl",
            "die Wirtschaft wachse",
        ),
        # "Dieses sagte er": the sentence before is what he said.
        (
            "Der Minister Hans Kohl lehnt neue Schulden strikt ab. Dieses sagte er dem Radio.",
            "Hans Kohl",
            "Der Minister Hans Kohl lehnt neue Schulden strikt ab",
        ),
    ],
)
def test_german_demonstratives_and_nouns_of_time(text: str, speaker: str, content: str) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.text) for q in found] == [(speaker, content)]


def test_an_auxiliary_before_a_cue_phrase_is_its_perfect_not_a_passive() -> None:
    text = "Der Rechnungshof ist zu dem Ergebnis gekommen, dass die Kosten zu hoch seien."
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.text for q in found] == ["die Kosten zu hoch seien"]
    # A passive names nobody who said it.
    text = "Es ist gesagt worden, dass die Regierung die Kosten verschweige."
    assert extract_quotes(text, lang="de", published=PUB) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Anna Berg sagte, sie habe die ZDF-Sendung „Wetten, dass“ gesehen.", "de"),
        ("Mario Rossi ha detto di aver letto il libro «La lunga strada» in una notte.", "it"),
        ("John Hale said he had watched the show “Good Morning Britain” on Monday.", "en"),
    ],
)
def test_a_title_after_the_noun_of_its_work_is_no_quotation(text: str, lang: str) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q for q in found if q.type != "indirect"] == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Der Zeuge Joseph Massino, genannt „das Ohr“, sagte aus, er habe nichts gewusst.", "de"),
        ("The boxer John Smith, nicknamed “the Hammer”, said he would fight again.", "en"),
        ("L'attaccante Mario Rossi, soprannominato «il Cobra», ha segnato due gol.", "it"),
    ],
)
def test_a_nickname_is_no_quotation(text: str, lang: str) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.text for q in found if q.type != "indirect"] == []


def test_a_possessive_names_the_owner_of_a_noun_of_speech() -> None:
    text = (
        "Charles Michel has apologised. Critics reject Mr Michel’s excuse that the affair "
        "was a “protocol incident”, as the briefing war goes on."
    )
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.speaker, q.text, q.cue) for q in found] == [
        ("Charles Michel", "protocol incident", "excuse")
    ]
    # A noun after a possessive is no cue: "claim" here names nobody "Critics rejected".
    text = "Critics rejected the minister’s claim that the cuts were “modest”."
    assert all(
        q.speaker is None or "rejected" not in q.speaker
        for q in extract_quotes(text, lang="en", published=PUB)
    )


def test_a_place_and_a_title_compound_before_a_german_name_are_no_part_of_it() -> None:
    text = "Kassels Oberbürgermeister Bertram Hilgen sagte, der Preis werde im Mai verliehen."
    assert [q.speaker for q in extract_quotes(text, lang="de", published=PUB)] == ["Bertram Hilgen"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "«Non ci sono fondi», ha detto Anna Verdi. Il ministro Paolo Neri, titolare "
            "dell'Economia, questa settimana ha avvertito che i conti sono «in ordine».",
            "it",
        ),
        (
            "“There is no money,” said Anna Green. Minister Paul Black this week warned that "
            "the accounts were “in good order”.",
            "en",
        ),
    ],
)
def test_a_time_of_the_statement_before_the_cue_keeps_its_subject(text: str, lang: str) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert found[-1].speaker in ("Paolo Neri", "Paul Black")


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Mario Rossi e Anna Verdi, che dirige l'agenzia dell'ONU, il Programma alimentare, "
            "hanno dichiarato di aver concordato un piano comune.",
            "it",
            "Mario Rossi e Anna Verdi",
        ),
        (
            "John Hale, who runs the company, the largest in Wales, said the accounts were "
            "in order.",
            "en",
            "John Hale",
        ),
    ],
)
def test_an_apposition_inside_a_relative_clause_is_not_the_subject(
    text: str, lang: str, speaker: str
) -> None:
    assert [q.speaker for q in extract_quotes(text, lang=lang, published=PUB)] == [speaker]


def test_a_german_noun_after_a_possessive_is_no_name() -> None:
    # "Aussage zu Schmidt" reads like "Karl zu Guttenberg", but a possessive opens it.
    text = (
        "Der Reporter sprach Müller auf seine Aussage zu Schmidt an. Zuvor hatte Karl "
        "Schmidt die Pläne verteidigt. „Das ist ein guter Plan“, sagte Schmidt."
    )
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.speaker for q in found] == ["Karl Schmidt"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Der Verband hat dazu aufgerufen, das Unternehmen zu boykottieren.",
            "Verband",
            "das Unternehmen zu boykottieren",
        ),
        (
            "Der Minister hat darauf hingewiesen, dass die Kassen leer seien.",
            "Minister",
            "die Kassen leer seien",
        ),
        (
            "Der Verband rief am Montag dazu auf, das Unternehmen zu boykottieren.",
            "Verband",
            "das Unternehmen zu boykottieren",
        ),
        (
            "Die Partei schlug am Montag vor, die Steuern zu senken.",
            "Partei",
            "die Steuern zu senken",
        ),
    ],
)
def test_german_pronominal_adverbs_and_more_separable_cues(
    text: str, speaker: str, content: str
) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.text) for q in found] == [(speaker, content)]


@pytest.mark.parametrize(
    "text", ["Er rief die Polizei. Sie kam sofort auf den Hof.", "Die Partei schlug den Gegner."]
)
def test_a_german_verb_without_its_particle_reports_nothing(text: str) -> None:
    assert extract_quotes(text, lang="de", published=PUB) == []


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        # A source after the genitive indefinite "eines", with an adjective between.
        (
            "Nach Angaben eines hochrangigen Beamten war der Fahrer betrunken.",
            "eines hochrangigen Beamten",
            "anonymous",
        ),
        # "eines" joins a genitive to the subject, as "des" does.
        (
            "Der Sprecher eines großen Konzerns sagte, die Zahlen seien gut.",
            "Sprecher eines großen Konzerns",
            "anonymous",
        ),
        # A noun after an indefinite article is nobody's name.
        ("Nach Angaben eines Polizisten war der Fahrer betrunken.", "Polizisten", "anonymous"),
        ("Laut einem Anwohner war der Fahrer betrunken.", "Anwohner", "anonymous"),
        ("Nach Angaben von Peter Kern war der Fahrer betrunken.", "Peter Kern", "person"),
    ],
)
def test_german_sources_after_an_indefinite_article(text: str, speaker: str, kind: str) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, kind)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # After a declined adjective, a noun and a particle are no name: "Grenze zu
        # Kandalien" had become the fullest form of "Kandalien".
        (
            "Die Armee sichert die internationale Grenze zu Kandalien. Kandalien sagt, die "
            "Grenze sei sicher.",
            "Kandalien",
        ),
        # Without a particle, the capitalised run after the adjective stays a name.
        (
            "Das australische Shark Research Institute erklärte, die Zahl sei gestiegen.",
            "Shark Research Institute",
        ),
    ],
)
def test_a_german_noun_after_an_adjective_is_no_name(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text, lang="de", published=PUB)] == [speaker]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Amnesty International said the situation was serious.", "en"),
        ("Human Rights Watch ha detto che la situazione è grave.", "it"),
        ("Das australische Shark Research Institute erklärte, die Lage sei ernst.", "de"),
    ],
)
def test_institutions_named_in_english_are_organisations_in_any_language(
    text: str, lang: str
) -> None:
    assert [q.speaker_kind for q in extract_quotes(text, lang=lang, published=PUB)] == [
        "organization"
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Nach Aussage des Landesamtes für Statistik Sachsen lag die Zahl bei 300.",
            "Landesamt für Statistik Sachsen",
            "lag die Zahl bei 300",
        ),
        (
            "Nach Angaben des Bundesamtes für Migration kamen 300 Menschen.",
            "Bundesamt für Migration",
            "kamen 300 Menschen",
        ),
        (
            "Nach Angaben des Bundesministeriums der Finanzen sinken die Steuern.",
            "Bundesministerium der Finanzen",
            "sinken die Steuern",
        ),
    ],
)
def test_a_german_institution_in_the_genitive_keeps_its_field(
    text: str, speaker: str, content: str
) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.speaker_kind, q.text) for q in found] == [
        (speaker, "organization", content)
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # An institution's field may hold "und" (a joiner, not two speakers).
        (
            "Das Bundesamt für Migration und Flüchtlinge erklärte, es seien 300 Menschen gekommen.",
            "Bundesamt für Migration und Flüchtlinge",
        ),
        (
            "Das Zentrum für Forschung und Entwicklung erklärte, es seien 300 Menschen gekommen.",
            "Zentrum für Forschung und Entwicklung",
        ),
        (
            "Das Forschungszentrum Jülich erklärte, es seien 300 Menschen gekommen.",
            "Forschungszentrum Jülich",
        ),
        # Two subjects stay two.
        (
            "Die Regierung und die Opposition erklärten, es seien 300 Menschen gekommen.",
            "Regierung und Opposition",
        ),
    ],
)
def test_a_german_institution_whose_field_holds_und(text: str, speaker: str) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, "organization")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Der Seismologe Peter Kern von der Erdbebenwarte Bensberg bei Köln sagte: „Das "
            "Beben war stark.“",
            "de",
            "Peter Kern",
        ),
        (
            "Peter Kern von der Erdbebenwarte bei Köln sagte, das Beben sei stark gewesen.",
            "de",
            "Peter Kern",
        ),
        (
            "Anna Berg vom Institut für Geologie sagte, das Beben sei stark gewesen.",
            "de",
            "Anna Berg",
        ),
        ("Ursula von der Leyen sagte, das Beben sei stark gewesen.", "de", "Ursula von der Leyen"),
        # A person after a preposition is no subject: the cue's own subject follows it.
        (
            "Nach dem Treffen mit Anna Berg in Köln sagte Peter Kern, das Urteil sei falsch.",
            "de",
            "Peter Kern",
        ),
        (
            "Anna Berg from the Seehof hotel in Bonn said the price was too high.",
            "en",
            "Anna Berg",
        ),
    ],
)
def test_a_person_named_with_where_they_work_before_the_cue(
    text: str, lang: str, speaker: str
) -> None:
    assert [q.speaker for q in extract_quotes(text, lang=lang, published=PUB)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "beschrieb" introduces a quotation; the subject after the inverted verb speaks.
        (
            "Als riskanten Weg beschrieb Anna Berg vom Kultusministerium die Arbeit: „Die "
            "Betreuung ist schlecht.“",
            "Anna Berg",
        ),
        ("Am Montag beschrieb Anna Berg die Arbeit: „Die Betreuung ist schlecht.“", "Anna Berg"),
        # A capitalised adverb that only opens the sentence is nobody.
        ("Darauf erwiderte Anna Berg: „Das stimmt nicht.“", "Anna Berg"),
    ],
)
def test_german_cues_of_description_and_reply(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text, lang="de", published=PUB)] == [speaker]


def test_a_german_label_in_the_passive_is_still_no_quotation() -> None:
    text = "Die WM wird von vielen als die „stärkste“ aller Zeiten bezeichnet."
    assert extract_quotes(text, lang="de", published=PUB) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # After the inverted cue and the name, a subject and its verb open a clause.
        ("Am Montag sagte Anna Berg, das stimme nicht.", "das stimme nicht"),
        ("Am Montag sagte Anna Berg, die Zahlen stimmten nicht.", "die Zahlen stimmten nicht"),
        # An apposition first, then the clause after its closing comma.
        (
            "Am Montag sagte Anna Berg, die Chefin von Siemens, das stimme nicht.",
            "das stimme nicht",
        ),
        (
            "Am Montag erklärte Anna Berg, Chefin von Siemens, dass man sich geeinigt habe.",
            "man sich geeinigt habe",
        ),
    ],
)
def test_a_german_clause_after_the_inverted_speaker(text: str, content: str) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.text) for q in found] == [("Anna Berg", content)]


@pytest.mark.parametrize(
    "text",
    [
        "Am Montag sagte Anna Berg, die neue Chefin der Behörde.",
        "Das sagte Anna Berg, die Chefin von Siemens, bei einem Treffen in Berlin.",
    ],
)
def test_a_german_apposition_after_the_speaker_is_no_clause(text: str) -> None:
    assert extract_quotes(text, lang="de", published=PUB) == []


def test_a_statement_inside_one_its_speaker_reports_is_not_a_second_one() -> None:
    text = "Anna Berg erklärte, dass man sich darauf geeinigt habe, die Armee einzusetzen."
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.text for q in found] == ["man sich darauf geeinigt habe, die Armee einzusetzen"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "kind"),
    [
        # A role opening a sentence after the last speaker's words speaks next, unnamed.
        (
            "Secondo Anna Ferri, il governo «ha scelto di non scegliere».\n\nIl presidente di "
            "Confindustria ha invece accolto le misure. «È un primo passo», ha detto.",
            "it",
            "Il presidente di Confindustria",
            "anonymous",
        ),
        (
            "„Wir sind bereit“, sagte Anna Berg. Der Minister hat den Plan begrüßt. „Das ist "
            "ein erster Schritt“, sagte er.",
            "de",
            "Minister",
            "anonymous",
        ),
        # Named with the role, the person speaks.
        (
            "«Siamo pronti», ha detto Anna Verdi. Il ministro Paolo Neri ha accolto il piano. "
            "«È un primo passo», ha detto.",
            "it",
            "Paolo Neri",
            "person",
        ),
        # Sentences with no subject of their own go on with the role: every one is its.
        (
            "«Siamo pronti», ha detto Anna Verdi. Il presidente del Consiglio conferma la sua "
            "versione. Ripete che i servizi non avevano accesso alla sala. Ripete che ha "
            "preferito non fare nulla.",
            "it",
            "Il presidente del Consiglio",
            "anonymous",
        ),
        # A sentence with no role in between: the last speaker goes on.
        (
            "“We are ready,” said Anna Green. The weather was bad. “It is a first step,” she said.",
            "en",
            "Anna Green",
            "person",
        ),
    ],
)
def test_a_role_opening_a_sentence_speaks_the_next_subjectless_quotation(
    text: str, lang: str, speaker: str, kind: str
) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert (found[-1].speaker, found[-1].speaker_kind) == (speaker, kind)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # An institution word opening a name that is no person's keeps its place.
        (
            "The International Monetary Fund warned on Tuesday that growth would slow.",
            "en",
            "International Monetary Fund",
        ),
        (
            "The International Criminal Court said the warrant remained valid.",
            "en",
            "International Criminal Court",
        ),
        # Before a person's name, it is the person's institution.
        (
            "Secondo il portavoce della Casa Bianca Jen Psaki, la crescita rallenterà.",
            "it",
            "Jen Psaki",
        ),
    ],
)
def test_an_institution_word_before_a_name_that_is_no_persons(
    text: str, lang: str, speaker: str
) -> None:
    assert [q.speaker for q in extract_quotes(text, lang=lang, published=PUB)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        # A title, "of", then an institution: the title's holder, unnamed.
        (
            "The chief of the IMF warned that growth would slow.",
            "The chief of the IMF",
            "anonymous",
        ),
        (
            "The head of the International Monetary Fund warned that growth would slow.",
            "The head of the International Monetary Fund",
            "anonymous",
        ),
        # Named in an apposition, the holder speaks.
        (
            "The head of the IMF, Kristalina Georgieva, warned that growth would slow.",
            "Kristalina Georgieva",
            "person",
        ),
        # "International" ends an institution's name as well as opening one.
        (
            "Amnesty International said the arrests were arbitrary.",
            "Amnesty International",
            "organization",
        ),
    ],
)
def test_an_english_role_of_an_institution(text: str, speaker: str, kind: str) -> None:
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, kind)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Il direttore del Fondo monetario internazionale ha avvertito che la crescita "
            "rallenterà.",
            "Il direttore del Fondo monetario internazionale",
        ),
        (
            "Un portavoce della Banca centrale europea ha detto che i tassi resteranno fermi.",
            "Un portavoce della Banca centrale europea",
        ),
    ],
)
def test_a_role_of_an_institution_named_in_sentence_case(text: str, speaker: str) -> None:
    found = extract_quotes(text, lang="it", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, "anonymous")]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        # The person quoted last serves another institution: the role is someone else.
        (
            "«Siamo pronti», ha detto il segretario della Cgil, Marco Landi. Il leader della "
            "Lega ha detto che la mobilitazione è politica.",
            "Il leader della Lega",
            "anonymous",
        ),
        # Nothing says otherwise: the role is the person quoted last.
        (
            "«Siamo pronti», ha detto Jens Stoltenberg. Il segretario generale ha poi "
            "aggiunto che la Nato è unita.",
            "Jens Stoltenberg",
            "person",
        ),
    ],
)
def test_a_role_of_another_institution_is_not_the_person_quoted_last(
    text: str, speaker: str, kind: str
) -> None:
    found = extract_quotes(text, lang="it", published=PUB)
    assert (found[-1].speaker, found[-1].speaker_kind) == (speaker, kind)


@pytest.mark.parametrize(
    ("text", "lang", "fragments"),
    [
        # A short fragment after a cue whose subject is only left out is a quotation.
        (
            "Landi ha parlato di «tradimento» e ha definito il governo «incapace».",
            "it",
            ["tradimento", "incapace"],
        ),
        (
            "Landi ha parlato di «tradimento». Poi ha definito il governo «incapace».",
            "it",
            ["tradimento", "incapace"],
        ),
        (
            "Landi spoke of “betrayal” and called the government “incompetent”.",
            "en",
            ["betrayal", "incompetent"],
        ),
        # A participle with nobody behind it names, it reports nothing.
        ("Il decreto, definito «salva-Italia», è stato approvato.", "it", []),
    ],
)
def test_a_fragment_after_a_cue_whose_subject_is_left_out(
    text: str, lang: str, fragments: list[str]
) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.text for q in found] == fragments
    assert all(q.speaker == "Landi" for q in found)


def test_a_coordinated_cue_before_a_fragment_takes_the_sentences_subject() -> None:
    text = "Der Ausschuss kritisierte die Polizei und sprach von „Versuchen einer Eskalation“."
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.text, q.speaker) for q in found] == [("Versuchen einer Eskalation", "Ausschuss")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A cue spelt like a noun of speech, after an article: the noun, and its owner.
        (
            "Immediata la replica della ministra del Lavoro, Chiara Bassi: «Il tavolo resta "
            "aperto».",
            "Chiara Bassi",
        ),
        ("La replica della ministra Chiara Bassi: «Il tavolo resta aperto».", "Chiara Bassi"),
        # The verb it also is.
        ("Bassi replica: «Il tavolo resta aperto».", "Bassi"),
        # A role, then the name in an apposition before the colon.
        (
            "Le parole del ministro dell'Economia, Paolo Neri: «I conti sono in ordine».",
            "Paolo Neri",
        ),
    ],
)
def test_the_owner_of_a_noun_of_speech_spelt_like_a_cue(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text, lang="it", published=PUB)] == [speaker]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Paul Grant said the measures were sensible, while others warned they could push "
            "the economy into recession.",
            "en",
            [
                ("the measures were sensible", "Paul Grant"),
                ("they could push the economy into recession", "others"),
            ],
        ),
        (
            "Paolo Neri ha detto che le misure sono sensate, mentre altri hanno avvertito che "
            "la crescita rallenterà.",
            "it",
            [("le misure sono sensate", "Paolo Neri"), ("la crescita rallenterà", "altri")],
        ),
        (
            "Paul Kern sagte, die Maßnahmen seien sinnvoll, andere warnten dagegen, dass die "
            "Wirtschaft schrumpfe.",
            "de",
            [("die Maßnahmen seien sinnvoll", "Paul Kern"), ("die Wirtschaft schrumpfe", "andere")],
        ),
        # A cue set off by commas is an aside inside the statement, which goes on.
        (
            "Paul Grant said the plan, Anna Green warned, would fail.",
            "en",
            [("the plan, Anna Green warned, would fail", "Paul Grant")],
        ),
    ],
)
def test_others_after_a_comma_make_another_statement(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.text, q.speaker) for q in found] == expected


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # A title, a preposition and an institution before the cue: the role.
        (
            "The minister will resign on Monday, a spokesman for the Treasury said.",
            "en",
            "a spokesman for the Treasury",
        ),
        ("The ambassador to France said the talks would resume.", "en", "The ambassador to France"),
        # A role of a named institution is not the person the article is about.
        (
            "Marco Landi guida la Cgil. Landi ha annunciato lo sciopero. Secondo fonti di "
            "Palazzo Chigi, la premier segue la vicenda «con attenzione». Il leader della Lega "
            "ha invece definito la mobilitazione «politica».",
            "it",
            "Il leader della Lega",
        ),
    ],
)
def test_a_role_of_a_named_institution(text: str, lang: str, speaker: str) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert (found[-1].speaker, found[-1].speaker_kind) == (speaker, "anonymous")


@pytest.mark.parametrize(
    ("text", "lang", "content", "speaker"),
    [
        # The source of a clause-first "according to" ends at a comma; a dateline is no
        # part of the clause.
        (
            "WASHINGTON — The Pentagon is preparing to send more systems, according to two "
            "people familiar with the matter, who spoke on condition of anonymity because the "
            "plans are secret.",
            "en",
            "The Pentagon is preparing to send more systems",
            "two people familiar with the matter",
        ),
        (
            "Il Pentagono prepara l'invio di nuovi sistemi, secondo due fonti a conoscenza del "
            "dossier, che hanno chiesto l'anonimato.",
            "it",
            "Il Pentagono prepara l'invio di nuovi sistemi",
            "due fonti a conoscenza del dossier",
        ),
    ],
)
def test_a_clause_first_source_ends_at_its_comma(
    text: str, lang: str, content: str, speaker: str
) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.text, q.speaker) for q in found] == [(content, speaker)]


def test_the_rest_of_a_statement_was_said_when_its_first_part_was() -> None:
    text = (
        "“We don't comment on future operations,” he told reporters aboard his plane on "
        "Wednesday. “But we will always defend our forces.”"
    )
    found = extract_quotes(text, lang="en", published=dt.date(2025, 11, 20))
    assert [q.said_on for q in found] == [dt.date(2025, 11, 19)] * 2


def test_military_ranks_are_titles() -> None:
    found = extract_quotes("Gen. Mark Kimmel said the army was ready.", lang="en", published=PUB)
    assert [q.speaker for q in found] == ["Mark Kimmel"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("«Vedremo», taglia corto la premier Anna Verdi.", "it", "Anna Verdi"),
        ("Landi rincara la dose: «Il governo mente».", "it", "Landi"),
        # A noun of speech after the quotation names its owner.
        ("«Siamo soddisfatti» è il commento di Marco Landi.", "it", "Marco Landi"),
        (
            "«Siamo soddisfatti», il commento del ministro dell'Economia, Paolo Neri.",
            "it",
            "Paolo Neri",
        ),
        ("“We are satisfied” was the comment of Anna Green.", "en", "Anna Green"),
    ],
)
def test_italian_newsroom_cues_and_nouns_of_speech_after_the_quotation(
    text: str, lang: str, speaker: str
) -> None:
    assert [q.speaker for q in extract_quotes(text, lang=lang, published=PUB)] == [speaker]


def test_a_noun_of_speech_after_the_quotation_without_its_owner_names_nobody() -> None:
    text = "«Siamo soddisfatti» sono le parole con cui la squadra ha chiuso."
    assert extract_quotes(text, lang="it", published=PUB) == []


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # A relative clause whose verb follows an adverbial: the antecedent speaks.
        (
            "Più duro il capitano, Lautaro Mendez, che ai microfoni di Sky Sport ha parlato di "
            "«una serata da dimenticare».",
            "it",
            "Lautaro Mendez",
        ),
        (
            "Harder was the captain, Lautaro Mendez, who in an interview with Sky Sports spoke "
            "of “a night to forget”.",
            "en",
            "Lautaro Mendez",
        ),
    ],
)
def test_a_relative_clause_with_an_adverbial_before_its_cue(
    text: str, lang: str, speaker: str
) -> None:
    # After another speaker's quotation, whom context alone would give the words to.
    before = {"it": "«Male», ha detto Simone Ruggeri. ", "en": "“Badly,” said Simone Ruggeri. "}
    found = extract_quotes(before[lang] + text, lang=lang, published=PUB)
    assert [q.speaker for q in found] == ["Simone Ruggeri", speaker]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Il tecnico Simone Ruggeri ha ammesso che la squadra «non era pronta» e ha "
            "promesso una reazione.",
            "it",
            ("non era pronta", "ha ammesso"),
        ),
        # Words of time between the cue and its complementizer.
        (
            'Emmanuel Macron said on Thursday that Europe needed to "wake up" to the threat, '
            "urging allies to act.",
            "en",
            ("wake up", "said"),
        ),
    ],
)
def test_a_quotation_in_a_cues_content_clause_is_reported_by_that_cue(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.text, q.cue) for q in found] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "said_on"),
    [
        # A day after "da", "by", "ab" is a start or a deadline, not the day of speaking.
        (
            "Il tecnico Simone Ruggeri ha ammesso che la squadra «non era pronta» e ha "
            "promesso una reazione già da mercoledì.",
            "it",
            dt.date(2025, 11, 23),
        ),
        (
            "Anna Green said the team was “not ready” and promised a response by Friday.",
            "en",
            dt.date(2025, 11, 23),
        ),
        # The day of speaking itself.
        ("Anna Green said on Tuesday the team was “not ready”.", "en", dt.date(2025, 11, 18)),
    ],
)
def test_a_deadline_is_not_the_day_something_was_said(
    text: str, lang: str, said_on: dt.date
) -> None:
    found = extract_quotes(text, lang=lang, published=dt.date(2025, 11, 23))
    assert [q.said_on for q in found][-1:] == [said_on]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        # Where it was said, between the name and the cue.
        (
            "Anna Verdi ai microfoni di Radio Capital ha detto che «siamo pronti».",
            "Anna Verdi",
            "person",
        ),
        # A bare role is not the person the sentence mentions after a preposition.
        (
            "Dopo l'incontro con Anna Verdi al ministero di Roma il ministro ha detto che "
            "«siamo pronti».",
            "il ministro",
            "anonymous",
        ),
    ],
)
def test_a_phrase_of_place_before_the_cue(text: str, speaker: str, kind: str) -> None:
    found = extract_quotes(text, lang="it", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, kind)]


def test_a_broadcasters_microphones_are_an_interview() -> None:
    text = "Lautaro Mendez, ai microfoni di Sky Sport, ha parlato di «una serata da dimenticare»."
    assert [q.medium for q in extract_quotes(text, lang="it", published=PUB)] == ["interview"]


def test_a_german_expectation_is_reported() -> None:
    text = "Ökonomen rechnen damit, dass sich die Lage erst im Frühjahr bessert."
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.text) for q in found] == [
        ("Ökonomen", "sich die Lage erst im Frühjahr bessert")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A reflexive cue with its subject before it is no impersonal passive.
        (
            "Anna Verdi si è lamentata della campagna, che a suo dire è stata «violenta» e "
            "«aggressiva».",
            [("violenta", "Anna Verdi"), ("aggressiva", "Anna Verdi")],
        ),
        (
            "«Non commento», si è limitato a dire il ministro Paolo Neri.",
            [("Non commento", "Paolo Neri")],
        ),
    ],
)
def test_an_italian_reflexive_cue_and_its_subject(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = extract_quotes(text, lang="it", published=PUB)
    assert [(q.text, q.speaker) for q in found] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Anna Green used the word “catastrophe” to describe the situation.",
            "en",
            [("catastrophe", "Anna Green")],
        ),
        (
            "Anna Verdi ha usato il termine «catastrofe» per descrivere la situazione.",
            "it",
            [("catastrofe", "Anna Verdi")],
        ),
        # A term nobody is said to use stays out.
        ("The word “catastrophe” is overused.", "en", []),
    ],
)
def test_a_term_somebody_used(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.text, q.speaker) for q in found] == expected


def test_a_german_term_somebody_used() -> None:
    text = "Anna Berg benutzte den Begriff „schleichende Kapitulation“ für die Lage."
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.text, q.speaker) for q in found] == [("schleichende Kapitulation", "Anna Berg")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "invitare" reports the infinitive after its object, with "a".
        (
            "La Regione Campania ha invitato i cittadini a limitare gli spostamenti.",
            [("limitare gli spostamenti", "Regione Campania", "organization")],
        ),
        (
            "La Regione Campania ha invitato i cittadini a «limitare gli spostamenti».",
            [("limitare gli spostamenti", "Regione Campania", "organization")],
        ),
        # Not after an aspectual verb.
        ("Il ministro ha continuato a lavorare sul dossier per ore.", []),
        # Whence the words come, before an impersonal verb.
        (
            "Da Palazzo Chigi fanno sapere che i fondi arriveranno «nelle prossime ore».",
            [("nelle prossime ore", "Palazzo Chigi", "organization")],
        ),
        # An institution word in lower case opens the institution's name.
        (
            "Il ministero dell'Economia ha spiegato che i fondi arriveranno presto.",
            [("i fondi arriveranno presto", "ministero dell'Economia", "organization")],
        ),
        (
            "Secondo il ministero della Salute, i casi sono in calo.",
            [("i casi sono in calo", "ministero della Salute", "organization")],
        ),
    ],
)
def test_italian_institutions_invitations_and_impersonal_sources(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = extract_quotes(text, lang="it", published=PUB)
    assert [(q.text, q.speaker, q.speaker_kind) for q in found] == expected


def test_a_clause_first_source_ends_where_it_was_published() -> None:
    text = (
        "The coalition is expected to win a majority, according to a forecast by polling "
        "company Demopolis on the private TV channel Rete 9."
    )
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.text, q.speaker) for q in found] == [
        ("The coalition is expected to win a majority", "Demopolis")
    ]


def test_terms_such_as_are_the_words_of_who_used_them() -> None:
    text = (
        "Reuters reported that this was the first time Anna Green has used terms such as "
        '"white flag" or "defeated" in discussing the war.'
    )
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.text, q.speaker) for q in found if q.type == "partial"] == [
        ("white flag", "Anna Green"),
        ("defeated", "Anna Green"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A title of one institution is not held by whoever else holds the bare title.
        (
            "Il presidente turco Recep Erdogan ha ricevuto gli ospiti. «Benvenuti», ha detto "
            "Anna Verdi. Il presidente del Consiglio europeo conferma la sua versione. Ripete "
            "che i servizi non avevano accesso alla sala.",
            "Il presidente del Consiglio europeo",
        ),
        # The bare title is.
        (
            "Il presidente turco Recep Erdogan ha ricevuto gli ospiti. Il presidente ha detto "
            "che i servizi non avevano accesso alla sala.",
            "Recep Erdogan",
        ),
    ],
)
def test_a_title_of_one_institution_and_its_holder(text: str, speaker: str) -> None:
    found = extract_quotes(text, lang="it", published=PUB)
    assert found[-1].speaker == speaker


def test_a_name_in_the_genitive_mentions_the_person() -> None:
    # "Webers Ziel" is Weber's aim, no person of that name, and keeps Weber in mind for
    # the pronoun after it (not the guide, named last before).
    text = (
        "Der Forscher Tom Weber erreichte am Montag den Gipfel. Der Bergführer Jan Hofer "
        "begleitete ihn bis zuletzt. Webers Ziel war schon immer der Mount Everest. „Ich "
        "wollte es einfach wissen“, sagte er."
    )
    (found,) = extract_quotes(text, lang="de", published=PUB)
    assert found.speaker == "Tom Weber"


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # An impersonal cue, then the source it is read in: the document's owner speaks.
        (
            "de",
            "Anna Berg sprach am Morgen. „Die Fluglotsen hatten keine Schuld“, heißt es in "
            "dem Bericht der Kommission.",
            "Kommission",
        ),
        (
            "de",
            "Anna Berg sprach am Morgen. Die Lage sei ernst, hieß es in einer Mitteilung des "
            "Innenministeriums.",
            "Innenministerium",
        ),
        (
            "it",
            "Mario Rossi ha parlato. «Le regole sono state rispettate», si legge nella nota "
            "del ministero.",
            "ministero",
        ),
        # A document's owner after an "of" that is no article is named without it.
        (
            "it",
            "Secondo una nota della Farnesina, le regole sono state rispettate.",
            "Farnesina",
        ),
    ],
)
def test_a_source_read_in_a_document_is_its_owner(lang: str, text: str, speaker: str) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert found[-1].speaker == speaker


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Das Gericht sprach Andreas Türck frei. Dabei erklärte die Richterin Bärbel Stock, "
            "dass nicht geklärt werden konnte, „ob er schuldig war“.",
        ),
        (
            "it",
            "Il tribunale ha assolto Andreas Türck. Poi ha spiegato la giudice Bärbel Stock "
            "che non si poteva stabilire «se fosse colpevole».",
        ),
    ],
)
def test_a_partial_quotation_after_an_inverted_cue_is_its_subjects(lang: str, text: str) -> None:
    # Nobody before the verb: its subject follows it, not the person the article is about.
    (found,) = extract_quotes(text, lang=lang, published=PUB)
    assert (found.type, found.speaker) == ("partial", "Bärbel Stock")


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        # "nach" before a document is an according-to; its maker is the source.
        (
            "Nach einer Studie des DIW wird die Wirtschaft im nächsten Jahr um zwei Prozent "
            "wachsen.",
            "wird die Wirtschaft im nächsten Jahr um zwei Prozent wachsen",
            "DIW",
        ),
        # Before anything else it is "after": the cue's subject speaks.
        ("Nach der Wahl sagte der Kanzler, er sei zufrieden.", "er sei zufrieden", "Kanzler"),
        # A name ending in an institution's ending is whole; a kind before a listed name
        # is not part of it.
        (
            "Laut Transparency International hat Griechenland den höchsten Korruptionsgrad.",
            "hat Griechenland den höchsten Korruptionsgrad",
            "Transparency International",
        ),
        (
            "Nach Angaben der Nachrichtenagentur Reuters wurden drei Menschen verletzt.",
            "wurden drei Menschen verletzt",
            "Reuters",
        ),
    ],
)
def test_german_sources_of_documents_and_institutions(text: str, clause: str, speaker: str) -> None:
    (found,) = extract_quotes(text, lang="de", published=PUB)
    assert (found.text, found.speaker) == (clause, speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Il ponte riaprirà a maggio», ci ha detto Paolo Neri.", "Paolo Neri"),
        ("«Il ponte riaprirà a maggio», gli ha risposto Paolo Neri.", "Paolo Neri"),
        ("Paolo Neri mi ha detto che il ponte riaprirà a maggio.", "Paolo Neri"),
    ],
)
def test_the_listener_between_a_quotation_and_its_cue_is_not_the_speaker(
    text: str, speaker: str
) -> None:
    assert [q.speaker for q in extract_quotes(text, lang="it", published=PUB)] == [speaker]


@pytest.mark.parametrize(
    ("text", "lang", "inner", "speaker"),
    [
        (
            "Papa Francesco è a Roma. Il portavoce Matteo Bruni ha aggiunto: “Altrove "
            "nell’intervista il Papa ha affermato chiaramente: ‘Il negoziato non è mai una "
            "resa’”.",
            "it",
            "Il negoziato non è mai una resa",
            "Francesco",
        ),
        (
            "«Paolo Neri mi ha detto: ‘Non tornerò più a Roma’», ha raccontato Anna Verdi.",
            "it",
            "Non tornerò più a Roma",
            "Paolo Neri",
        ),
        (
            '"As the minister Paul Green said, ‘we will not pay for this’, and we agree," '
            "said John Smith.",
            "en",
            "we will not pay for this",
            "Paul Green",
        ),
    ],
)
def test_a_quotation_inside_a_quotation_with_its_own_attribution_is_its_speakers(
    text: str, lang: str, inner: str, speaker: str
) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.text, q.speaker) for q in found if q.text == inner] == [(inner, speaker)]
    assert len(found) == 2  # the outer quotation stays, its reporter's


@pytest.mark.parametrize(
    "text",
    [
        # A title, a term, a listener's own report: no attribution of their own.
        "«Abbiamo letto il libro ‘Guerra e pace’ in classe», ha detto Anna Verdi.",
        "«Mi ha detto: ‘Non tornerò più a Roma’», ha raccontato Anna Verdi.",
        '"The so-called ‘reform’ is a fraud," said John Smith.',
    ],
)
def test_marks_inside_a_quotation_without_an_attribution_stay_part_of_it(text: str) -> None:
    assert len(extract_quotes(text, published=PUB)) == 1


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Papa Francesco è arrivato a Roma. «La pace è possibile», ha detto il Papa. "
            "Il portavoce ha aggiunto: «Il viaggio è confermato fino a domenica».",
            "it",
            "Il portavoce",
        ),
        (
            "Joe Biden arrived in Rome. “Peace is possible,” Biden said. The spokesman "
            "added: “The trip is confirmed until Sunday.”",
            "en",
            "The spokesman",
        ),
        (
            "Olaf Scholz kam nach Rom. „Frieden ist möglich“, sagte Scholz. Der Sprecher "
            "fügte hinzu: „Die Reise ist bis Sonntag bestätigt.“",
            "de",
            "Sprecher",
        ),
        # Named with the role earlier, the spokesman is that person.
        (
            "Papa Francesco è arrivato a Roma. Il portavoce vaticano Matteo Bruni era con "
            "lui. «La pace è possibile», ha detto il Papa. Il portavoce ha aggiunto: «Il "
            "viaggio è confermato fino a domenica».",
            "it",
            "Matteo Bruni",
        ),
    ],
)
def test_a_spokesman_is_never_the_person_they_speak_for(text: str, lang: str, speaker: str) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert found[-1].speaker == speaker


def test_a_quotation_after_one_that_ended_a_sentence_opens_a_sentence() -> None:
    text = "Joe Biden arrived. “The trip is confirmed.” “It is final,” the spokesman said."
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.type, q.text) for q in found] == [("direct", "It is final,")]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "„Die Reise ist bis Sonntag bestätigt“, fügte der Minister Jan Frei hinzu.",
            "Jan Frei",
            "direct",
        ),
        (
            "Der Minister Jan Frei fügte hinzu: „Die Reise ist bis Sonntag bestätigt.“",
            "Jan Frei",
            "direct",
        ),
        (
            "Der Minister Jan Frei fügte hinzu, die Reise sei bis Sonntag bestätigt.",
            "Jan Frei",
            "indirect",
        ),
        ("Jan Frei räumte ein, dass die Reise abgesagt worden sei.", "Jan Frei", "indirect"),
        (
            "Anna Berg warf der Regierung vor, die Reise verschwiegen zu haben.",
            "Anna Berg",
            "indirect",
        ),
        ("Anna Berg kündigte an, die Reise im Mai nachzuholen.", "Anna Berg", "indirect"),
    ],
)
def test_german_separable_cues_with_their_particle_right_after_the_verb(
    text: str, speaker: str, kind: str
) -> None:
    assert [(q.speaker, q.type) for q in extract_quotes(text, lang="de", published=PUB)] == [
        (speaker, kind)
    ]


def test_words_between_a_quotation_and_an_unknown_verb_are_no_attribution() -> None:
    # "auf" closes "trat … auf" (appeared); "Zeuge" is a noun, not who said "Big Joe".
    text = (
        "Am Gericht trat Massino, genannt „das Ohr“ oder auch „Big Joe“, im Jogginganzug "
        "als Zeuge auf."
    )
    assert extract_quotes(text, lang="de", published=PUB) == []
    # The speaker's own phrase, a title leading it, still attributes.
    text = '"We are at the beginning," UN chief Antonio Guterres outlined.'
    assert [q.speaker for q in extract_quotes(text, lang="en", published=PUB)] == [
        "Antonio Guterres"
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A noun's capital inside the reporter's phrase: partial.
        (
            "Der Minister Jan Frei sprach von einem tragischen „Versagen der politischen "
            "Führung“ im Land.",
            "partial",
        ),
        # Right after the cue, or after a comma: a sentence of its own.
        ("Der Minister Jan Frei sagte „Wir sind bereit für die Reise“ und ging.", "direct"),
        ("Der Minister Jan Frei sagte am Montag, „Wir sind bereit für die Reise“.", "direct"),
    ],
)
def test_a_german_noun_capital_does_not_make_a_woven_quotation_direct(text: str, kind: str) -> None:
    assert [q.type for q in extract_quotes(text, lang="de", published=PUB)] == [kind]


def test_german_separable_cue_around_a_quotation_and_verb_second_after_one() -> None:
    text = (
        "Angela Merkel bezeichnete Wulff am Donnerstag als „einen wunderbaren Präsidenten“, "
        "Vizekanzler Guido Westerwelle strich Wulffs „klaren inneren Kompass“ hervor."
    )
    found = extract_quotes(text, lang="de", published=PUB)
    # "strich … hervor" reports the quotation inside it; after the first quotation its
    # subject comes first, so it opens a clause of its own and reports nothing before it.
    assert [(q.type, q.speaker) for q in found] == [
        ("partial", "Angela Merkel"),
        ("partial", "Guido Westerwelle"),
    ]
    text = "Der Sprecher Jan Frei wies den Bericht als „unverantwortliche Panikmache“ zurück."
    assert [q.speaker for q in extract_quotes(text, lang="de", published=PUB)] == ["Jan Frei"]


def test_an_infinitive_right_after_the_cue_in_a_relative_clause_is_reported() -> None:
    text = (
        "Il presidente Paolo Neri ha parlato giovedì dopo quella che ha detto essere una "
        "conversazione di 90 minuti con il sindaco."
    )
    found = extract_quotes(text, lang="it", published=PUB)
    assert [(q.type, q.speaker, q.text) for q in found] == [
        ("indirect", "Paolo Neri", "essere una conversazione di 90 minuti con il sindaco")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "clause"),
    [
        (
            "According to Andrew Roth, a journalist in Moscow, it has become difficult for "
            "the government to step back.",
            "en",
            "it has become difficult for the government to step back",
        ),
        (
            "Secondo Andrea Rossi, portavoce del governo, il piano partirà a maggio.",
            "it",
            "il piano partirà a maggio",
        ),
        # No role after the comma: the clause itself goes on.
        (
            "Secondo Rossi, il governo, come previsto, partirà a maggio.",
            "it",
            "il governo, come previsto, partirà a maggio",
        ),
    ],
)
def test_an_apposition_after_an_according_to_source_is_not_reported(
    text: str, lang: str, clause: str
) -> None:
    assert [q.text for q in extract_quotes(text, lang=lang, published=PUB)] == [clause]


@pytest.mark.parametrize(
    "text",
    [
        "According to Andrew Roth, a journalist in Moscow, it has become difficult for the "
        "government to step back: for Putin it would mean “losing face” in front of voters.",
        # However far the quotation stands from the phrase that opens its sentence.
        "According to Andrew Roth, a journalist in Moscow, it has become extremely difficult "
        "for the Russian government to step back and withdraw its troops from the border, "
        "especially after the latest announcements about sending weapons and soldiers to the "
        "eastern flank of the alliance: for Putin it would mean “losing face” in front of "
        "his opponents and his own voters.",
    ],
)
def test_an_according_to_opening_the_sentence_attributes_a_partial_in_it(text: str) -> None:
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.type, q.speaker) for q in found if q.text == "losing face"] == [
        ("partial", "Andrew Roth")
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "„Wir sind bereit“, sagte Klaus Berger. Probleme hat auch Peter Lindner. Er "
            "verwickelt sich in Widersprüche. So sagte er am Montag: „Ich bin der beste "
            "Kandidat.“",
            "de",
        ),
        (
            '"We are ready," said Klaus Berger. Trouble also found Peter Lindner this week. '
            'He told reporters: "I am the best candidate."',
            "en",
        ),
    ],
)
def test_a_pronoun_goes_to_a_person_named_after_the_last_speaker(text: str, lang: str) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.speaker for q in found] == ["Klaus Berger", "Peter Lindner"]


@pytest.mark.parametrize(
    "text",
    [
        # Named after a preposition: not whom the pronoun stands for.
        "„Wir sind bereit“, sagte Klaus Berger nach einem Treffen mit Peter Lindner. Er sagte "
        "auch: „Ich bin der beste Kandidat.“",
        # Named in the last speaker's own sentence.
        "„Wir sind bereit“, sagte Klaus Berger, nachdem Peter Lindner gegangen war. "
        "„Ich bin der beste Kandidat“, sagte er.",
    ],
)
def test_a_pronoun_stays_with_the_last_speaker(text: str) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.speaker for q in found] == ["Klaus Berger", "Klaus Berger"]


def test_a_possessive_name_is_not_whom_a_pronoun_continues() -> None:
    text = (
        "Anna Weber met Charles Moreau on Monday. “I felt alone,” Ms Weber told the "
        "parliament. She dismissed Mr Moreau’s excuse as an incident. “I am the first "
        "woman in this office,” she said."
    )
    found = extract_quotes(text, lang="en", published=PUB)
    assert [q.speaker for q in found] == ["Anna Weber", "Anna Weber"]


def test_two_surnames_side_by_side_are_the_subject_then_the_object() -> None:
    text = (
        "Peter Lindner und Klaus Berger kandidieren. Wörtlich bezeichnete Lindner Berger "
        "schon früher als „den schlechtesten Kandidaten im Land“."
    )
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.type, q.speaker) for q in found] == [("partial", "Peter Lindner")]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "Gestern beschloss die bayerische Staatsregierung, die Steuern zu senken.",
            "bayerische Staatsregierung",
            "organization",
        ),
        # A preposition opening the clause: its noun is no subject; the verb's follows it.
        (
            "Entgegen den Prognosen beschloss die bayerische Staatsregierung heute einstimmig, "
            "die Steuern zu senken.",
            "bayerische Staatsregierung",
            "organization",
        ),
        (
            "Am Montag erklärten die betroffenen Anwohner, sie seien nicht informiert worden.",
            "betroffenen Anwohner",
            "anonymous",
        ),
    ],
)
def test_a_german_subject_after_its_verb_keeps_its_adjectives(
    text: str, speaker: str, kind: str
) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.type, q.speaker, q.speaker_kind) for q in found] == [("indirect", speaker, kind)]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        # A department of an institution is an organisation in its own right.
        (
            "Der wissenschaftliche Dienst des Landtages ist zu dem Ergebnis gekommen, dass "
            "das Gesetz gegen die Verfassung verstößt.",
            "wissenschaftliche Dienst des Landtages",
            "organization",
        ),
        (
            "Die Mutter des Opfers sagte, sie habe nichts gewusst.",
            "Mutter des Opfers",
            "anonymous",
        ),
        # After an inverted auxiliary, with a coordinated genitive.
        (
            "Auf ihrem Treffen in Rom hatten die Regierungschefs der reichsten Staaten und "
            "Chinas beschlossen, einen neuen Fonds zu gründen.",
            "Regierungschefs der reichsten Staaten und Chinas",
            "anonymous",
        ),
        # The head names an institution.
        (
            "Die Regierung des Landes sagte, die Zahlen seien gut.",
            "Regierung des Landes",
            "organization",
        ),
        # A role keeps its own rule: an unnamed holder, or the holder named after it.
        (
            "Der Sprecher des Landtages erklärte, dass das Gesetz gegen die Verfassung verstößt.",
            "Sprecher des Landtages",
            "anonymous",
        ),
        (
            "Der Präsident des Vereins, Peter Kern, sagte, die Zahlen seien gut.",
            "Peter Kern",
            "person",
        ),
    ],
)
def test_a_german_subject_is_its_head_noun_with_the_genitive_after_it(
    text: str, speaker: str, kind: str
) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.type, q.speaker, q.speaker_kind) for q in found] == [("indirect", speaker, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "Das Gericht sprach das Urteil. „Ein Urteil kann sich nicht auf Spekulationen "
        "gründen“, so der Vorsitzende Richter. Die Angeklagten wurden freigesprochen.",
        "„Ein Urteil kann sich nicht auf Spekulationen gründen“, sagte der Vorsitzende Richter.",
    ],
)
def test_a_german_role_after_a_title_is_nobodys_name(text: str) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [("Vorsitzende Richter", "anonymous")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Seine Kunden gaben an, die Rechnungen bezahlt zu haben.", "de", "Seine Kunden"),
        (
            "Seine Kunden, von denen einige im Ausland lebten, gaben jeweils an, die "
            "Rechnungen bezahlt zu haben.",
            "de",
            "Seine Kunden",
        ),
        ("His lawyers said that the woman was innocent.", "en", "His lawyers"),
        ('"She is innocent," her lawyers said.', "en", "her lawyers"),
    ],
)
def test_a_source_after_a_possessive_is_unnamed_and_keeps_it(
    text: str, lang: str, speaker: str
) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, "anonymous")]


def test_a_listener_after_a_possessive_is_not_the_speaker() -> None:
    text = 'Anna Weber spoke on Monday. "She is innocent," she told her colleagues.'
    found = extract_quotes(text, lang="en", published=PUB)
    assert [q.speaker for q in found] == ["Anna Weber"]


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # "betont" as an adverb: no second statement.
        (
            "Laut Reuters gibt sich die Regierung aber betont gelassen.",
            ["gibt sich die Regierung aber betont gelassen"],
        ),
        # The cue with a clause of its own after the conjunction: a second statement.
        (
            "Laut Reuters gibt sich die Regierung gelassen und betonte, dass alles in Ordnung sei.",
            ["gibt sich die Regierung gelassen", "alles in Ordnung sei"],
        ),
    ],
)
def test_a_cue_after_a_conjunction_starts_a_statement_only_if_it_reports_one(
    text: str, clauses: list[str]
) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.text for q in found] == clauses


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        # A compound document noun; the date it is from names nobody.
        (
            "Nach einer Meinungsumfrage von Juli 2015 wollten 70 Prozent der Befragten "
            "keine neuen Steuern.",
            "Meinungsumfrage",
            "unknown",
        ),
        # The document's owner, then its date.
        (
            "Nach einer Studie des DIW von März 2015 wollten 70 Prozent der Befragten keine "
            "neuen Steuern.",
            "DIW",
            "organization",
        ),
    ],
)
def test_a_german_document_source_and_its_date(text: str, speaker: str, kind: str) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.text, q.speaker, q.speaker_kind) for q in found] == [
        ("wollten 70 Prozent der Befragten keine neuen Steuern", speaker, kind)
    ]


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # Far from the cue, past an apposition: a comma and a clause in the reported mood.
        (
            "So sagte der erste Astronaut Yang Liwei am 11. August auf einer Ausstellung über "
            "die Raumfahrt in Fuzhou, der Hauptstadt der Provinz Fujian, die Astronauten "
            "würden einen Weltraumspaziergang unternehmen.",
            ["die Astronauten würden einen Weltraumspaziergang unternehmen"],
        ),
        # Far from the cue, a clause that is not reported is nobody's statement.
        (
            "So sagte der erste Astronaut Yang Liwei am 11. August auf einer Ausstellung über "
            "die Raumfahrt in Fuzhou wenig, die Besucher hörten trotzdem zu.",
            [],
        ),
    ],
)
def test_a_german_reported_clause_far_after_its_cue(text: str, clauses: list[str]) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.text for q in found] == clauses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Verwaltungsgericht beurteilte die Lage jedoch anders. Von einem Notstand "
            "könne nicht ausgegangen werden.",
            [("Von einem Notstand könne nicht ausgegangen werden", "Verwaltungsgericht")],
        ),
        (
            "Der Betriebsrat Armin Schild relativierte diese Berichte. Es sei alles in Ordnung.",
            [("Es sei alles in Ordnung", "Armin Schild")],
        ),
        # A thing opens the sentence before: nobody's statement.
        ("Der Zug entgleiste bei Tempo 200. Es sei unklar, warum.", []),
        # A conditional is no reported speech by itself.
        ("Das Verwaltungsgericht tagte am Montag. Ein Urteil wäre eine Überraschung.", []),
    ],
)
def test_a_german_sentence_in_the_reported_mood_reports_the_source_before_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.text, q.speaker) for q in found] == expected
    assert all(q.type == "indirect" for q in found)


def test_a_german_role_of_an_institution_after_a_preposition_is_a_source() -> None:
    text = "Der Minister für Viehzucht sagte, dass die Tiere verteilt würden."
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [
        ("Der Minister für Viehzucht", "anonymous")
    ]
    # Its holder, when the article names one.
    found = extract_quotes(
        "Minister Paul Ndongo besuchte die Dörfer. Der Minister für Viehzucht sagte, dass "
        "die Tiere verteilt würden.",
        lang="de",
        published=PUB,
    )
    assert [(q.speaker, q.speaker_kind) for q in found] == [("Paul Ndongo", "person")]


@pytest.mark.parametrize("adverb", ["inzwischen", "mittlerweile", "unterdessen", "erneut"])
def test_a_german_adverb_between_auxiliary_and_participle_keeps_the_subject(adverb: str) -> None:
    text = f"Die führende Oppositionspartei hat {adverb} erklärt, sie sei jetzt bereit."
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.text) for q in found] == [
        ("führende Oppositionspartei", "sie sei jetzt bereit")
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The airline did not say whether the plane had landed.", "en"),
        ("The airline didn't say that the plane had landed.", "en"),
        ("La compagnia non ha detto che l'aereo è atterrato.", "it"),
        ("Die Fluggesellschaft gab nicht bekannt, wohin die Maschine geflogen ist.", "de"),
        ("Wohin die Maschine geflogen ist, gab die Fluggesellschaft nicht bekannt.", "de"),
        ("Die Fluggesellschaft sagte nicht, ob die Maschine gelandet sei.", "de"),
    ],
)
def test_a_negated_cue_reports_nothing(text: str, lang: str) -> None:
    assert extract_quotes(text, lang=lang, published=PUB) == []


@pytest.mark.parametrize(
    ("text", "lang", "clause"),
    [
        ("The airline said the plane had not landed.", "en", "the plane had not landed"),
        ("The airline not only said that the plane had landed.", "en", "the plane had landed"),
        (
            "La compagnia ha detto che l'aereo non è atterrato.",
            "it",
            "l'aereo non è atterrato",
        ),
        (
            "Die Fluggesellschaft sagte nicht nur, dass die Maschine gelandet sei.",
            "de",
            "die Maschine gelandet sei",
        ),
        (
            "Die Fluggesellschaft teilte mit, die Maschine sei nicht gelandet.",
            "de",
            "die Maschine sei nicht gelandet",
        ),
    ],
)
def test_a_negation_in_the_statement_or_not_only_still_reports(
    text: str, lang: str, clause: str
) -> None:
    assert [q.text for q in extract_quotes(text, lang=lang, published=PUB)] == [clause]


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "clause"),
    [
        (
            "Die „Süddeutsche Zeitung“ berichtete, die Regierung plane Steuererhöhungen.",
            "de",
            "Süddeutsche Zeitung",
            "die Regierung plane Steuererhöhungen",
        ),
        (
            "Die Nachrichtenagentur „Petra“ berichtet, die Bremsen hätten versagt.",
            "de",
            "Petra",
            "die Bremsen hätten versagt",
        ),
        (
            "Nach Berichten der „Mitteldeutschen Zeitung“ haben sich die Parteichefs geeinigt.",
            "de",
            "Mitteldeutsche Zeitung",
            "haben sich die Parteichefs geeinigt",
        ),
        (
            'The "New York Times" reported that the government plans tax rises.',
            "en",
            "New York Times",
            "the government plans tax rises",
        ),
        (
            "Il «Corriere della Sera» ha scritto che il governo prepara nuove tasse.",
            "it",
            "Corriere della Sera",
            "il governo prepara nuove tasse",
        ),
    ],
)
def test_a_source_named_in_quotation_marks(text: str, lang: str, speaker: str, clause: str) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.text) for q in found] == [(speaker, clause)]


def test_a_quotation_keeps_the_marks_of_a_name_inside_it() -> None:
    text = "Der „Spiegel“ berichtete, der Minister habe den „Stern“ gelobt."
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.text) for q in found] == [
        ("Spiegel", "der Minister habe den „Stern“ gelobt")
    ]


def test_a_name_in_marks_inside_a_compound_stays_whole() -> None:
    text = "Die „Firefox“-Entwickler empfahlen, die Funktion vorläufig abzuschalten."
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.speaker for q in found] != ["-Entwickler"]


def test_a_bare_german_plural_after_its_verb_is_the_source() -> None:
    text = "Am Samstag berichteten iranische Medien, dass Forscher ein Heilmittel gefunden hätten."
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [("iranische Medien", "anonymous")]


def test_the_reported_mood_goes_to_a_new_source_named_in_the_sentence_before() -> None:
    text = (
        "Die Zeitung berichtete, die Kanzlerin habe sich für Weber entschieden. Kreise der "
        "Partei verneinten diese Darstellung. Vielmehr sei sie lange unentschlossen gewesen."
    )
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.speaker for q in found] == ["Zeitung", "Kreise der Partei"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Die Wahl verlief ruhig. „Allen Beobachtungen zufolge sind die Wahlen frei und "
            "fair abgelaufen.“ (Konrad-Adenauer-Stiftung) Danach wurde gezählt.",
            "de",
            "Konrad-Adenauer-Stiftung",
        ),
        (
            'The vote was calm. "The elections were free and fair." (Carter Center) Counting '
            "followed.",
            "en",
            "Carter Center",
        ),
    ],
)
def test_a_source_in_brackets_after_a_quotation(text: str, lang: str, speaker: str) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.type, q.speaker, q.speaker_kind) for q in found] == [
        ("direct", speaker, "organization")
    ]


def test_a_name_in_marks_and_its_acronym_in_brackets_is_no_quotation() -> None:
    text = "Sie schlossen sich der „People's Alliance for Democracy“ (PAD) an."
    assert extract_quotes(text, lang="de", published=PUB) == []


def test_the_reported_mood_after_unnamed_circles() -> None:
    text = (
        "Die Zeitung berichtete, die Kanzlerin habe sich für Weber entschieden. CDU-Kreise "
        "verneinten diese Darstellung. Vielmehr habe sich die Kanzlerin früh für Wulff "
        "entschieden."
    )
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [
        ("Zeitung", "organization"),
        ("CDU-Kreise", "anonymous"),
    ]


def test_the_reported_rest_after_a_quotation_and_its_source() -> None:
    text = "„Nach sieben Jahren“, so die Nachrichtenagentur, habe man ein Mittel gefunden."
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.type, q.speaker, q.text) for q in found] == [
        ("direct", "Nachrichtenagentur", "Nach sieben Jahren"),
        ("indirect", "Nachrichtenagentur", "habe man ein Mittel gefunden"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # An article and a noun after the source's comma are the statement's rest.
        ("Massive Eingriffe wären, so die Grünen, die Folge.", "Grünen"),
        # A full name after it is the role's holder.
        ("Die Lage sei ernst, so der Direktor des Landesamtes, Paul Ehrlich.", "Paul Ehrlich"),
    ],
)
def test_after_a_so_source_a_name_or_the_rest(text: str, speaker: str) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert {q.speaker for q in found} == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker", "clause"),
    [
        # A source opening the sentence runs up to the verb, its describing phrase included.
        (
            "Laut einer Umfrage unter 384 Unternehmen der Industrie- und Handelskammer Aachen "
            "blickt die Wirtschaft positiv in das Jahr 2006.",
            "Umfrage",
            "blickt die Wirtschaft positiv in das Jahr 2006",
        ),
        (
            "Nach Aussage des Landesamtes für Geologie und Bergbau mit Sitz in Mainz lag das "
            "Epizentrum im nahe gelegenen Plaidt.",
            "Landesamt für Geologie und Bergbau",
            "lag das Epizentrum im nahe gelegenen Plaidt",
        ),
        # An institution's name with "und" after its joiner, the verb's subject after it.
        (
            "Am Montag teilte das Landesamt für Geologie und Bergbau mit, das Beben sei "
            "schwach gewesen.",
            "Landesamt für Geologie und Bergbau",
            "das Beben sei schwach gewesen",
        ),
    ],
)
def test_a_german_source_phrase_runs_to_its_verb(text: str, speaker: str, clause: str) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.text) for q in found] == [(speaker, clause)]


def test_a_source_inside_the_clause_takes_no_phrase_of_the_clause() -> None:
    text = "Der Schaden dürfte nach Schätzung der Polizei im Millionenbereich liegen."
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.text) for q in found] == [
        ("Polizei", "Der Schaden dürfte"),
        ("Polizei", "im Millionenbereich liegen"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "It" is never a person: not the chief executive quoted last.
        (
            'Acme Corp reported losses on Monday. "Sales fell," said John Smith, its chief '
            "executive. It said that it would cut 500 jobs.",
            [("John Smith", "person"), ("Acme Corp", "organization")],
        ),
        (
            "The European Commission met on Monday. It said that the rules would change.",
            [("European Commission", "organization")],
        ),
        (
            '"We will appeal," the airline said. It added that no passenger was hurt.',
            [("airline", "anonymous"), ("airline", "anonymous")],
        ),
    ],
)
def test_it_stands_for_an_institution(text: str, expected: list[tuple[str, str]]) -> None:
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == expected


def test_a_speech_noun_opening_the_sentence_is_the_object_not_the_speaker() -> None:
    text = "Die Kritik des Datenschützers wies die Landesregierung zurück: „Es geht um Sicherheit.“"
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [("Landesregierung", "organization")]


def test_a_german_noun_before_a_name_is_not_part_of_it() -> None:
    text = (
        "Ein Zuschauer rief an. Auch Zuschauer Ulrich Geiger aus Berlin scheiterte. Dabei "
        "stellte er fest, dass der Sender die Regeln ändert."
    )
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.speaker for q in found] == ["Ulrich Geiger"]


def test_a_given_name_never_used_after_an_article_stays_in_the_name() -> None:
    text = "Maria Anna Weber sagte, dass der Sender die Regeln ändert."
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.speaker for q in found] == ["Maria Anna Weber"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # An object after the cue: no statement before it.
        ("La Cgil, in una nota, ha annunciato uno sciopero generale per venerdì.", "it", []),
        # An unnamed source or a kind of organisation after the cue: the statement before.
        (
            "Il governo è pronto, ha detto un portavoce.",
            "it",
            [("Il governo è pronto", "un portavoce")],
        ),
        (
            "The plant will close in June, the company said.",
            "en",
            [("The plant will close in June", "company")],
        ),
    ],
)
def test_a_clause_before_a_cue_needs_a_source_after_it(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.text, q.speaker) for q in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Anna Weber nannte den Bericht eine „Verhöhnung Polens“.",
        "Anna Weber kritisierte den Bericht. Sie nannte ihn eine „Verhöhnung Polens“.",
        "Anna Weber bezeichnete den Bericht als „Verhöhnung des Landes“.",
    ],
)
def test_what_a_german_speaker_calls_something_is_a_partial_whatever_its_capitals(
    text: str,
) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.type, q.speaker) for q in found] == [("partial", "Anna Weber")]


def test_a_german_label_given_by_the_reporter_is_no_quotation() -> None:
    text = "Die als „Morgenröte“ bezeichnete Operation begann am Montag."
    assert extract_quotes(text, lang="de", published=PUB) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Feuerwehr löschte den Brand. Eigenen Angaben zufolge wusste der Fahrer Peter "
            "Kern nichts von der Gefährlichkeit seiner Ladung.",
            "Peter Kern",
        ),
        (
            "Die Feuerwehr löschte den Brand. Nach eigenen Angaben wusste der Fahrer Peter Kern "
            "nichts von der Gefährlichkeit seiner Ladung.",
            "Peter Kern",
        ),
    ],
)
def test_by_its_own_account_is_the_clauses_subject(text: str, speaker: str) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert {q.speaker for q in found} == {speaker}


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Anna Weber sprach in Bonn. Die Lage sei ernst, sagte die Ministerin, die Regierung "
            "werde handeln.",
            ["Die Lage sei ernst", "die Regierung werde handeln"],
        ),
        (
            "Anna Weber sprach in Bonn. Sie sorge nur für sich, sagt sie, nachdem ihre Eltern "
            "gestorben seien.",
            ["Sie sorge nur für sich", "nachdem ihre Eltern gestorben seien"],
        ),
        # Not in the reported mood: the words after the attribution are the reporter's.
        (
            "Anna Weber sprach in Bonn. Die Lage ist ernst, sagte die Ministerin, nachdem sie "
            "angekommen war.",
            ["Die Lage ist ernst"],
        ),
    ],
)
def test_a_german_statement_on_both_sides_of_its_attribution(text: str, parts: list[str]) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.text for q in found] == parts
    assert all(q.speaker == "Anna Weber" for q in found)
    assert all(q.continues == 0 for q in found[1:])


@pytest.mark.parametrize(
    "text",
    [
        "Ab Herbst wird das Auto – so der Firmenchef Julian Wilfordin – in Großbritannien "
        "verkauft, ab 2009 dann im übrigen Europa.",
        "Ab Herbst wird das Auto – so sagte der Mitbegründer der Firma, Julian Wilfordin – in "
        "Großbritannien verkauft, ab 2009 dann im übrigen Europa.",
        "Ab Herbst wird das Auto, so sagte Julian Wilfordin, in Großbritannien verkauft, ab "
        "2009 dann im übrigen Europa.",
    ],
)
def test_a_so_attribution_between_dashes_splits_the_statement(text: str) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.text, q.speaker) for q in found] == [
        ("Ab Herbst wird das Auto", "Julian Wilfordin"),
        ("in Großbritannien verkauft, ab 2009 dann im übrigen Europa", "Julian Wilfordin"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "clause"),
    [
        (
            "Die Verantwortlichen rechnen damit, dass die Zusammenarbeit im Mai läuft.",
            "Verantwortlichen",
            "die Zusammenarbeit im Mai läuft",
        ),
        (
            "Die Redaktion wollte wissen, warum die Spiele so intransparent seien.",
            "Redaktion",
            "warum die Spiele so intransparent seien",
        ),
        (
            "Die Forscher folgerten, dass die Art ausgestorben sei.",
            "Forscher",
            "die Art ausgestorben sei",
        ),
        (
            "Peter Kern fragte, ob die Regeln geändert würden.",
            "Peter Kern",
            "die Regeln geändert würden",
        ),
    ],
)
def test_german_cues_of_expectation_conclusion_and_question(
    text: str, speaker: str, clause: str
) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.text) for q in found] == [(speaker, clause)]


def test_schloss_joins_or_ends_and_reports_nothing() -> None:
    text = "Auch die FDP schloss sich dieser Meinung an. Der Film schließt mit einer Szene am Meer."
    assert extract_quotes(text, lang="de", published=PUB) == []


@pytest.mark.parametrize(
    ("text", "lang", "clause"),
    [
        ("Anna Weber asked whether the plan would work.", "en", "the plan would work"),
        ("Anna Weber asked reporters if they had seen the plan.", "en", "they had seen the plan"),
        ("Anna Neri ha chiesto se il piano funzionerà.", "it", "il piano funzionerà"),
        (
            "Anna Neri ha chiesto ai ministri perché il piano sia fallito.",
            "it",
            "perché il piano sia fallito",
        ),
        (
            "Anna Weber wollte wissen, warum die Spiele so intransparent seien.",
            "de",
            "warum die Spiele so intransparent seien",
        ),
    ],
)
def test_a_reported_question(text: str, lang: str, clause: str) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.type, q.text) for q in found] == [("indirect", clause)]
    assert found[0].speaker in ("Anna Weber", "Anna Neri")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # The question is the interviewer's; the answer is quoted.
        ('Asked if he was willing to mediate, he said "I am here."', "en"),
        ("Anna Weber asked for more time.", "en"),
        ("Anna Neri ha chiesto più tempo.", "it"),
    ],
)
def test_no_reported_question(text: str, lang: str) -> None:
    assert all(q.type != "indirect" for q in extract_quotes(text, lang=lang, published=PUB))


def test_a_noun_spelt_like_a_reported_form_is_no_reported_mood() -> None:
    text = (
        "Anna Weber sagte, der Preis werde im Februar verliehen. Der Autor, dem im Laufe seines "
        "Lebens viele Ehrungen zuteil wurden, ist auch Träger des Büchner-Preises. Die Folge "
        "war ein langer Streit."
    )
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.text for q in found] == ["der Preis werde im Februar verliehen"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A cue after a comma with no subject goes on with the clause's subject: no report.
        (
            "Die Hilfsorganisation Oxfam begrüßte die Entscheidung, fordert aber einen "
            "umfangreicheren Schuldenerlass.",
            [],
        ),
        # The impersonal "es" is a source of its own.
        (
            "Die Feuerwehr konnte den Brand schnell löschen, hieß es.",
            ["Die Feuerwehr konnte den Brand schnell löschen"],
        ),
        ("Die Lage ist ernst, sagte der Minister.", ["Die Lage ist ernst"]),
    ],
)
def test_a_german_cue_after_a_comma_needs_its_own_subject(text: str, expected: list[str]) -> None:
    assert [q.text for q in extract_quotes(text, lang="de", published=PUB)] == expected


def test_a_german_institution_named_by_its_noun_is_named_as_the_article_names_it() -> None:
    text = (
        "Das Bahnprojekt Stuttgart-Ulm schätzte die Dauer auf drei Monate. Nach Ansicht des "
        "Bahnprojekts nütze der Bahnhof dem ganzen Land."
    )
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [
        ("Bahnprojekt Stuttgart-Ulm", "organization")
    ]


def test_a_noun_two_names_start_with_stays_as_it_is() -> None:
    text = (
        "Die Polizei Berlin und die Polizei Hamburg ermittelten. Nach Angaben der Polizei "
        "wurde niemand verletzt."
    )
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.speaker for q in found] == ["Polizei"]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            '"We will not back down," said Ukraine\'s foreign minister, Dmytro Kuleba, in a post '
            "on X.",
            "Dmytro Kuleba",
            "person",
        ),
        (
            '"We will not back down," said Ukraine\'s foreign minister.',
            "Ukraine's foreign minister",
            "anonymous",
        ),
    ],
)
def test_a_role_of_somebody_named_in_the_genitive_and_its_holder(
    text: str, speaker: str, kind: str
) -> None:
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, kind)]


def test_a_role_an_adjective_and_its_holder_set_off_by_commas() -> None:
    text = "«Non ci arrenderemo», ha detto il ministro degli Esteri ucraino, Dmytro Kuleba, su X."
    found = extract_quotes(text, lang="it", published=PUB)
    assert [(q.speaker, q.description) for q in found] == [
        ("Dmytro Kuleba", "il ministro degli Esteri ucraino")
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ('Critics branded the plan "a disaster".', "Critics", "a disaster"),
        ('The agency labelled the drug "unsafe".', "agency", "unsafe"),
    ],
)
def test_what_an_english_speaker_brands_something(text: str, speaker: str, words: str) -> None:
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.type, q.speaker, q.text) for q in found] == [("partial", speaker, words)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Siamo pronti», assicurano dal ministero.", "ministero"),
        ("«Siamo pronti», fanno sapere dal governo.", "governo"),
    ],
)
def test_an_institution_in_lower_case_whence_the_words_come(text: str, speaker: str) -> None:
    found = extract_quotes(text, lang="it", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, "organization")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb before a cue spelt like a plural noun makes it the verb's object.
        ("The minister dismissed reports that he would resign.", []),
        ("Reuters reports that the deal is close.", [("Reuters", "the deal is close")]),
        ("The agency reports that the deal is close.", [("agency", "the deal is close")]),
    ],
)
def test_a_cue_spelt_like_a_noun_after_a_verb(text: str, expected: list[tuple[str, str]]) -> None:
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.speaker, q.text) for q in found] == expected


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "clause"),
    [
        (
            "Nach Einschätzung der Handels- und Entwicklungskonferenz der Vereinten Nationen "
            "(UNCTAD) steht die Wirtschaft kurz vor einem Kollaps.",
            "de",
            "UNCTAD",
            "steht die Wirtschaft kurz vor einem Kollaps",
        ),
        (
            "Nach Angaben der Weltgesundheitsorganisation (WHO) steigen die Fälle.",
            "de",
            "WHO",
            "steigen die Fälle",
        ),
        (
            "According to the World Health Organization (WHO), cases are rising.",
            "en",
            "WHO",
            "cases are rising",
        ),
        (
            "Secondo l'Organizzazione mondiale della sanità (Oms), i casi sono in aumento.",
            "it",
            "Oms",
            "i casi sono in aumento",
        ),
        # A person's party in brackets is not the source.
        ("Laut Angela Merkel (CDU) steigen die Steuern nicht.", "de", "Angela Merkel", None),
    ],
)
def test_an_institutions_short_name_in_brackets_names_the_source(
    text: str, lang: str, speaker: str, clause: str | None
) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.speaker for q in found] == [speaker]
    if clause is not None:
        assert found[0].text == clause


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Edelgard Bulmahn (SPD) nannte das Gerangel um die Reform „ein Stück aus dem "
            "Tollhaus“.",
            "de",
            "Edelgard Bulmahn",
        ),
        ("Bulmahn (SPD) sagte, die Reform sei gescheitert.", "de", "Bulmahn"),
        ("Matteo Renzi (Iv) ha detto che il governo cadrà.", "it", "Matteo Renzi"),
        ("Sen. John Cornyn (R-Texas) said the bill was dead.", "en", "John Cornyn"),
        ("Jane Doe (45) said she had been scared.", "en", "Jane Doe"),
    ],
)
def test_a_party_or_an_age_in_brackets_after_the_subject(
    text: str, lang: str, speaker: str
) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # A title word inside an institution's name.
        ("General Motors teilte mit, die Werke in Bochum blieben offen.", "de", "General Motors"),
        # An institution's name in apposition to a description of it.
        (
            "Der Mutterkonzern von Opel, General Motors, teilte mit, die Werke blieben offen.",
            "de",
            "General Motors",
        ),
        (
            "Opel's parent company, General Motors, said it would keep the plants open.",
            "en",
            "General Motors",
        ),
        # The subject before an auxiliary, then a prepositional phrase, then the participle.
        (
            "Der Konzern hat im Gespräch mit dem Minister zugesichert, offene Fragen zu klären.",
            "de",
            "Konzern",
        ),
        # A list is no description with its apposition.
        (
            "Frankreich, Deutschland, Italien und Spanien teilten mit, die Werke blieben offen.",
            "de",
            "Italien und Spanien",
        ),
    ],
)
def test_institution_names_with_a_title_word_or_in_apposition(
    text: str, lang: str, speaker: str
) -> None:
    assert [q.speaker for q in extract_quotes(text, lang=lang, published=PUB)] == [speaker]


def test_an_infinitive_after_an_auxiliary_has_no_subject_before_it() -> None:
    text = (
        "Der Vorschlag ist im Zusammenhang mit dem Feiertag zu sehen, wobei zu betonen sei, "
        "dass das Land noch immer nicht „vollständig“ sei."
    )
    assert all(q.speaker is None for q in extract_quotes(text, lang="de", published=PUB))


@pytest.mark.parametrize(
    ("second", "speaker", "kind"),
    [
        ("Im Innenministerium hieß es, die Lage sei unter Kontrolle.", "Innenministerium", None),
        (
            "Bei der Handwerksinnung geht man davon aus, dass viele Betriebe schließen müssen.",
            "Handwerksinnung",
            "organization",
        ),
        ("Aus dem Kanzleramt hieß es, die Lage sei unter Kontrolle.", "Kanzleramt", None),
        # A time opens the sentence: the words are the last speaker's.
        ("Im Jahr 2010 hieß es, die Lage sei unter Kontrolle.", "Peter Kern", "person"),
    ],
)
def test_where_an_impersonal_statement_comes_from(
    second: str, speaker: str, kind: str | None
) -> None:
    text = f"Peter Kern sagte, alles sei gut. {second}"
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.speaker for q in found] == ["Peter Kern", speaker]
    if kind is not None:
        assert found[1].speaker_kind == kind


def test_a_phrase_a_verb_governs_is_no_impersonal_source() -> None:
    text = (
        "Peter Kern sagte, alles sei gut. Von einem Scheitern der Gespräche wollte man nicht "
        "sprechen, sondern hofft auf die nächste Runde, die in Delhi stattfinden wird."
    )
    speakers = [q.speaker for q in extract_quotes(text, lang="de", published=PUB)]
    assert "Scheitern der Gespräche" not in " ".join(s or "" for s in speakers)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A reflexive between the auxiliary and the participle.
        (
            "Die Koalition hat sich darauf verständigt, den Ministerpräsidenten vorzuschlagen.",
            "Koalition",
        ),
        # An aside in brackets, quotation marks inside it, before an auxiliary.
        (
            "Die führende Oppositionspartei („Demokraten“) hat inzwischen erklärt, sie sei "
            "jetzt zur Wahl bereit.",
            "führende Oppositionspartei",
        ),
        ("Peter Kern (SPD) hat erklärt, er sei jetzt zur Wahl bereit.", "Peter Kern"),
        # A reflexive after a preposition is no subject's clitic: the subject follows.
        ("Über sich sagte Massino, er habe früh Tauben gestohlen.", "Massino"),
    ],
)
def test_german_middle_field_reflexives_and_asides(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(text, lang="de", published=PUB)] == [speaker]


@pytest.mark.parametrize(
    ("text", "lang", "speakers"),
    [
        (
            "Der Präsident Lech Kaczyński starb beim Absturz. Der Bericht führte seitens des "
            "Bruders des Präsidenten, Jarosław Kaczyński, zu einer heftigen Reaktion. Er "
            "nannte die Schlussfolgerungen des Berichts eine „Verhöhnung Polens“. Kaczyński "
            "sagte, die Russen seien schuld.",
            "de",
            ["Jarosław Kaczyński", "Jarosław Kaczyński"],
        ),
        (
            "Former president George Bush said the war had been necessary. His son Jeb Bush "
            "said on Monday that the economy was strong. Bush added that taxes would fall.",
            "en",
            ["George Bush", "Jeb Bush", "Jeb Bush"],
        ),
        (
            "L'ex presidente George Bush ha detto che la guerra era necessaria. Il figlio Jeb "
            "Bush ha detto lunedì che l'economia è forte. Bush ha aggiunto che le tasse "
            "scenderanno.",
            "it",
            ["George Bush", "Jeb Bush", "Jeb Bush"],
        ),
    ],
)
def test_a_surname_two_people_share_goes_to_the_one_named_last(
    text: str, lang: str, speakers: list[str]
) -> None:
    assert [q.speaker for q in extract_quotes(text, lang=lang, published=PUB)] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Sein Bruder Jarosław Kaczyński sagte, die Russen seien schuld.", ["Jarosław Kaczyński"]),
        ("Ihre Tochter Anna Berg sagte, das Haus sei verkauft.", ["Anna Berg"]),
        (
            "Der Präsident Lech Kaczyński starb beim Absturz. Sein Bruder Jarosław Kaczyński "
            "reagierte heftig. Er nannte die Schlussfolgerungen des Berichts eine „Verhöhnung "
            "Polens“.",
            ["Jarosław Kaczyński"],
        ),
    ],
)
def test_a_noun_after_a_possessive_is_no_part_of_the_name(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in extract_quotes(text, lang="de", published=PUB)] == speakers


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Toyota said sales fell sharply in the third quarter.",
            "sales fell sharply in the third quarter",
        ),
        (
            "Smith said inflation remained too high for comfort.",
            "inflation remained too high for comfort",
        ),
        ("Toyota said Monday sales climbed again.", "sales climbed again"),
        (
            "The ministry said Russia launched 40 drones overnight.",
            "Russia launched 40 drones overnight",
        ),
        (
            "Officials said Prime Minister Narendra Modi visited the site.",
            "Prime Minister Narendra Modi visited the site",
        ),
        # A name ending like a past tense is no verb.
        ("It was the editor who said Ahmed Reed.", None),
        # A phrase after the cue, not a clause: no report.
        ("The ministry said in a statement released today the suspect was armed.", None),
    ],
)
def test_a_bare_english_clause_with_a_past_tense_verb(text: str, clause: str | None) -> None:
    found = extract_quotes(text, lang="en", published=PUB)
    assert [q.text for q in found] == ([clause] if clause else [])


def test_a_leader_is_a_title_not_a_given_name() -> None:
    text = (
        "Nelson Mandela sprach in London. Der ANC, dessen Führer Mandela gewesen ist, gilt "
        "als Gefährder. Er sprach von einem tragischen „Versagen der politischen Führung“ in "
        "dem Nachbarland. Geschäftsführer Peter Kern sagte, die Firma sei gesund."
    )
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.speaker for q in found] == ["Nelson Mandela", "Peter Kern"]


@pytest.mark.parametrize(
    ("text", "speaker", "kind", "clause"),
    [
        (
            "Ein Sprecher wies einen Bericht der „Süddeutschen Zeitung“ als Panikmache zurück, "
            "wonach die Rücklagen der Kasse Ende 2026 aufgebraucht sein würden.",
            "Süddeutsche Zeitung",
            "organization",
            "die Rücklagen der Kasse Ende 2026 aufgebraucht sein würden",
        ),
        # Reports nobody owns: an unnamed source of this article, not one across articles.
        (
            "Für Irritationen hatten Berichte gesorgt, wonach die Patente verpfändet worden "
            "sein sollen.",
            "Berichte",
            "anonymous",
            "die Patente verpfändet worden sein sollen",
        ),
    ],
)
def test_according_to_which_points_back_to_a_report_past_the_verb(
    text: str, speaker: str, kind: str, clause: str
) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.speaker_kind, q.text) for q in found][-1] == (speaker, kind, clause)


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "clause"),
    [
        (
            "en",
            "The company said in a statement released on Monday that it would cut 3,000 jobs.",
            "company",
            "it would cut 3,000 jobs",
        ),
        (
            "en",
            "Angela Merkel said in an interview with the newspaper Bild that Germany would "
            "not pay.",
            "Angela Merkel",
            "Germany would not pay",
        ),
        (
            "it",
            "Il ministro Mario Rossi ha detto nel corso di una conferenza stampa a Bruxelles "
            "che il governo è pronto.",
            "Mario Rossi",
            "il governo è pronto",
        ),
        # No complementizer at all: the bare clause after the time phrase, commas and all.
        (
            "en",
            "Rachel Reeves said on Wednesday she would not raise income tax, whatever "
            "economists had said.",
            "Rachel Reeves",
            "she would not raise income tax, whatever economists had said",
        ),
        # The complementizer belongs to another verb, or opens a relative clause.
        (
            "en",
            "Smith spoke in London on Monday after the president told reporters that taxes "
            "would rise.",
            "the president",
            "taxes would rise",
        ),
        (
            "en",
            "The mayor said in a statement released late on Monday evening that was later deleted.",
            None,
            None,
        ),
    ],
)
def test_prepositional_phrases_may_separate_the_cue_from_its_complementizer(
    lang: str, text: str, speaker: str | None, clause: str | None
) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.text) for q in found] == ([(speaker, clause)] if clause else [])


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "kind"),
    [
        ("en", "Some argued that the plan was badly flawed.", "Some", "anonymous"),
        ("en", "Many Democrats warned that prices would rise.", "Many Democrats", "anonymous"),
        ("en", '"We will see what happens," another added.', "another", "anonymous"),
        ("it", "Alcuni hanno detto che il piano è sbagliato.", "Alcuni", "anonymous"),
        (
            "de",
            "Viele Experten befürchten, dass die Preise steigen.",
            "Viele Experten",
            "anonymous",
        ),
        ("de", "Einige sagten, der Plan sei falsch.", "Einige", "anonymous"),
        # Named people joined by "both" stay named.
        (
            "en",
            "Both Biden and Macron said the talks were useful.",
            "Both Biden and Macron",
            "person",
        ),
    ],
)
def test_a_quantifier_is_an_unnamed_group_not_a_person(
    lang: str, text: str, speaker: str, kind: str
) -> None:
    """A person called "Some" would be one speaker shared by every article."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, kind)]


@pytest.mark.parametrize(
    ("text", "speaker", "medium"),
    [
        (
            'The German chancellor Olaf Scholz spoke in Berlin. "We are not at war with '
            'Russia," the chancellor told ARD television on Sunday.',
            "Olaf Scholz",
            "television",
        ),
        ('"We are not at war," the spokesman told CNN.', "the spokesman", None),
    ],
)
def test_a_title_then_a_verb_is_no_title_of_the_name_after_the_verb(
    text: str, speaker: str, medium: str | None
) -> None:
    """ "the chancellor told ARD": ARD is whom the chancellor spoke to, not a chancellor."""
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.speaker, q.medium) for q in found] == [(speaker, medium)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Moskau habe keine Pläne, sagte Lawrow der Nachrichtenagentur Interfax.", "Lawrow"),
        ("Moskau habe keine Pläne, sagte Sergej Lawrow der Zeitung „Bild“.", "Sergej Lawrow"),
        (
            "„Wir haben keine Pläne“, sagte Außenminister Sergej Lawrow dem Sender RTL.",
            "Sergej Lawrow",
        ),
        # A role and its institution in the genitive stay one unnamed source.
        ("Das sei falsch, sagte der Sprecher der Regierung.", "Sprecher der Regierung"),
    ],
)
def test_an_indirect_object_after_the_named_speaker_is_no_speaker(text: str, speaker: str) -> None:
    """ "sagte Lawrow der Nachrichtenagentur Interfax": Lawrow spoke to the agency."""
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Nach Angaben des Kremls sollen die Truppen abgezogen werden.", "Kreml", "organization"),
        (
            "Nach Angaben des Deutschen Wetterdienstes werde es morgen schneien.",
            "Deutscher Wetterdienst",
            "organization",
        ),
        (
            "Die Krankenkasse teilte mit, die Beiträge würden steigen.",
            "Krankenkasse",
            "organization",
        ),
        ("Nach Angaben des Kanzlers Olaf Scholz sei das falsch.", "Olaf Scholz", "person"),
    ],
)
def test_an_institution_named_in_the_genitive_is_an_organisation(
    text: str, speaker: str, kind: str
) -> None:
    """The kind is judged on the base form ("Kreml"), not the genitive ("Kremls")."""
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, kind)]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "it",
            "La presidente del Consiglio Giorgia Meloni è a Bruxelles. «L'Italia non lascerà "
            "sola l'Ucraina», ha detto la premier durante il vertice di Bruxelles.",
            "Giorgia Meloni",
        ),
        ("it", "«Siamo pronti», ha detto il ministro durante il vertice.", "il ministro"),
        ("en", '"We will not leave," said the minister during a visit to Kyiv.', "the minister"),
    ],
)
def test_a_circumstance_after_the_speaker_is_no_part_of_the_description(
    lang: str, text: str, speaker: str
) -> None:
    """ "said the minister during a visit to Kyiv" is the minister's, not Kyiv's."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # A relative "according to" right before the quotation: the source it points to.
        (
            "it",
            "Di diverso avviso Giuseppe Conte, secondo il quale «serve una svolta diplomatica».",
            "Giuseppe Conte",
        ),
        ("en", 'Critics include John Smith, according to whom "the plan is doomed".', "John Smith"),
        (
            "de",
            "Anders sieht es die Gewerkschaft Verdi, der zufolge „die Reform scheitern wird“.",
            "Verdi",
        ),
        # No comma between the named source and the clause's subject.
        (
            "it",
            "Per il leader di Azione Carlo Calenda il piano «non affronta il vero problema».",
            "Carlo Calenda",
        ),
        ("it", "Secondo Carlo Calenda il piano «non affronta il vero problema».", "Carlo Calenda"),
        (
            "en",
            'According to Senator John Smith the plan "does not address the real problem".',
            "John Smith",
        ),
    ],
)
def test_an_according_to_source_right_before_a_quotation_names_its_speaker(
    lang: str, text: str, speaker: str
) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.type, q.speaker) for q in found] == [("partial", speaker)]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "Il titolare della Farnesina ha spiegato ai giornalisti che la situazione resta tesa.",
            "Il titolare della Farnesina",
            "anonymous",
        ),
        (
            "Il responsabile della Protezione civile ha detto che l'allerta resta in vigore.",
            "responsabile della Protezione civile",
            "anonymous",
        ),
    ],
)
def test_the_holder_of_an_italian_institution_is_a_role_not_the_institution(
    text: str, speaker: str, kind: str
) -> None:
    found = extract_quotes(text, lang="it", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, kind)]


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "clause"),
    [
        (
            "it",
            "Mario Rossi è preoccupato. A suo dire il governo ha sbagliato tutto sulla manovra.",
            "Mario Rossi",
            "il governo ha sbagliato tutto sulla manovra",
        ),
        (
            "it",
            "Mario Rossi è preoccupato. Secondo lui, il governo ha sbagliato tutto.",
            "Mario Rossi",
            "il governo ha sbagliato tutto",
        ),
        (
            "en",
            "John Smith was worried. According to him, the government had got it all wrong.",
            "John Smith",
            "the government had got it all wrong",
        ),
        (
            "de",
            "Peter Kern ist besorgt. Nach seinen Worten sei die Reform längst gescheitert.",
            "Peter Kern",
            "sei die Reform längst gescheitert",
        ),
        (
            "de",
            "Nach eigener Darstellung habe die Firma alle Auflagen erfüllt.",
            "Firma",
            "habe die Firma alle Auflagen erfüllt",
        ),
    ],
)
def test_according_to_him_points_back_to_the_person_named_before(
    lang: str, text: str, speaker: str, clause: str
) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.text) for q in found] == [(speaker, clause)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            '"We cannot walk away now," Biden said. "Putin is counting on us to walk away.'
            '\n\n"We will not."',
        ),
        (
            "it",
            "«Non possiamo andarcene ora», ha detto Draghi. «Putin conta su di noi."
            "\n\n«Non lo faremo.»",
        ),
    ],
)
def test_a_short_paragraph_going_on_with_an_open_quotation_is_kept(lang: str, text: str) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert len(found) == 3
    assert found[2].continues == 1 and found[2].speaker == found[0].speaker


def test_by_its_own_account_after_an_inverted_verb_names_the_subject_after_the_verb() -> None:
    """ "Gestern hat die Polizei nach eigenen Angaben …": the police's own account."""
    text = (
        "Der Bürgermeister Hans Berg lobte den Einsatz. Gestern hat die Polizei nach eigenen "
        "Angaben drei Männer in der Altstadt festgenommen."
    )
    found = extract_quotes(text, lang="de", published=PUB)
    assert {q.speaker for q in found} == {"Polizei"}


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "clause"),
    [
        (
            "it",
            "Il ministro Rossi ha detto che la cosiddetta «riforma» fallirà entro l'anno.",
            "Rossi",
            "la cosiddetta «riforma» fallirà entro l'anno",
        ),
        (
            "en",
            "‘Sofagate’ wouldn’t have happened if I was a man, says Ursula von der Leyen",
            "Ursula von der Leyen",
            "‘Sofagate’ wouldn’t have happened if I was a man",
        ),
        (
            "de",
            "Minister Peter Kern sagte, die sogenannte „Reform“ werde bis Jahresende scheitern.",
            "Peter Kern",
            "die sogenannte „Reform“ werde bis Jahresende scheitern",
        ),
    ],
)
def test_a_term_in_marks_inside_reported_speech_keeps_the_report(
    lang: str, text: str, speaker: str, clause: str
) -> None:
    """A scare quote is nobody's quotation: the clause around it is still reported."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.type, q.speaker, q.text) for q in found] == [("indirect", speaker, clause)]


def test_an_unattributed_quotation_lends_no_reporting_verb_to_the_reporter() -> None:
    """Only short terms are read without their marks: a quoted sentence that nobody is
    said to have spoken keeps its own verbs to itself."""
    text = "Sul muro c'era scritto: «Il sindaco ha detto che la piazza sarà chiusa per sempre»."
    found = extract_quotes(text, lang="it", published=PUB)
    assert all(q.type != "indirect" for q in found)


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("it", "Così Giorgetti in un'intervista: «I conti sono in ordine».", "Giorgetti"),
        (
            "it",
            "La premier Giorgia Meloni è a Roma. Così la premier in un'intervista al Corriere "
            "della Sera: «Non ci sarà nessun aumento delle tasse».",
            "Giorgia Meloni",
        ),
        (
            "de",
            "So Bundeskanzler Olaf Scholz in einem Interview mit der „Zeit“: „Wir werden das "
            "schaffen.“",
            "Olaf Scholz",
        ),
    ],
)
def test_a_source_marker_opening_the_sentence_then_a_colon(
    lang: str, text: str, speaker: str
) -> None:
    """ "Così X in un'intervista: «…»": the marker, the speaker, where it was said."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.speaker for q in found] == [speaker]


def test_a_marker_word_opening_the_sentence_names_nobody_by_itself() -> None:
    found = extract_quotes("So weit, so gut: „Wir werden das schaffen.“", lang="de", published=PUB)
    assert all(q.speaker is None for q in found)


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "clause"),
    [
        (
            "de",
            "Auch Bundesbank-Präsident Joachim Nagel mahnte zur Vorsicht: Man dürfe den Sieg "
            "über die Inflation nicht zu früh verkünden.",
            "Joachim Nagel",
            "Man dürfe den Sieg über die Inflation nicht zu früh verkünden",
        ),
        (
            "en",
            "Andrew Bailey warned: inflation could rise again next year.",
            "Andrew Bailey",
            "inflation could rise again next year",
        ),
        # A list after the colon is nobody's statement.
        (
            "en",
            "The ministry announced the winners: John Smith, Mary Jones and Ann Lee.",
            None,
            None,
        ),
    ],
)
def test_a_statement_without_marks_after_a_cue_and_a_colon(
    lang: str, text: str, speaker: str | None, clause: str | None
) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.text) for q in found] == ([(speaker, clause)] if clause else [])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Ukrainian military said the attack was carried out with missiles.",
            "Ukrainian military",
        ),
        ("Ukraine's military said the attack was carried out with missiles.", "Ukraine's military"),
        ("Russian forces said they had captured the village overnight.", "Russian forces"),
    ],
)
def test_armed_forces_are_unnamed_sources_in_english(text: str, speaker: str) -> None:
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, "anonymous")]


def test_a_place_of_several_words_between_the_cue_and_the_speaker() -> None:
    """ "ha detto a Porta a Porta il vicepremier X": where it was said, then who."""
    text = (
        "«Siamo pronti a tutto», ha detto ieri sera a Porta a Porta il vicepremier Matteo Salvini."
    )
    found = extract_quotes(text, lang="it", published=PUB)
    assert [q.speaker for q in found] == ["Matteo Salvini"]


@pytest.mark.parametrize(
    "text",
    [
        "Ein Sprecher der Regierung teilte mit, es seien drei Personen festgenommen worden.",
        "Wie ein Sprecher der Polizei mitteilte, wurden drei Personen festgenommen.",
    ],
)
def test_a_spokesman_of_an_institution_is_unnamed_not_the_institution(text: str) -> None:
    """Typed as an organisation, "Sprecher der Polizei" would be one speaker across every
    article; an unnamed source stays in its own."""
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.speaker_kind for q in found] == ["anonymous"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "L'assessore al Welfare Guido Bertolaso ha definito le parole del ministro "
            "«offensive».",
            "Guido Bertolaso",
        ),
        (
            "«Sono offensive», ha detto l'assessora alla Cultura Anna Maria Rossi.",
            "Anna Maria Rossi",
        ),
        (
            "L'assessora alla Cultura Anna Maria Rossi ha detto che i fondi arriveranno presto.",
            "Anna Maria Rossi",
        ),
    ],
)
def test_a_portfolio_after_a_title_is_no_part_of_the_name(text: str, speaker: str) -> None:
    """ "l'assessore al Welfare Guido Bertolaso": the portfolio, then the person."""
    found = extract_quotes(text, lang="it", published=PUB)
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "partial"),
    [
        (
            "en",
            '"There is no plan B," Kaja Kallas told reporters, adding that the bloc would '
            '"stand firm".',
            "Kaja Kallas",
            "stand firm",
        ),
        (
            "it",
            "«Non c'è un piano B», ha detto Kallas ai giornalisti, aggiungendo che l'Ue resterà "
            "«compatta».",
            "Kallas",
            "compatta",
        ),
    ],
)
def test_a_gerund_after_a_quotation_and_its_cue_shares_that_cue_s_subject(
    lang: str, text: str, speaker: str, partial: str
) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.type, q.speaker) for q in found][1:] == [("partial", speaker)]
    assert found[1].text == partial


@pytest.mark.parametrize(
    ("lang", "text", "clause"),
    [
        (
            "en",
            'The minister said the plan was only a so-called "reset".',
            'the plan was only a so-called "reset"',
        ),
        (
            "it",
            "Il ministro ha detto che il piano è solo il cosiddetto «reset».",
            "il piano è solo il cosiddetto «reset»",
        ),
    ],
)
def test_a_reported_clause_ending_with_a_term_keeps_its_closing_mark(
    lang: str, text: str, clause: str
) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.text for q in found] == [clause]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Die Lage sei ernst, hieß es aus Regierungskreisen.", "Regierungskreisen", "anonymous"),
        (
            "Die Bahn räumte ein, dass es im Winter zu Verspätungen kommen könne.",
            "Bahn",
            "organization",
        ),
    ],
)
def test_german_circles_are_unnamed_and_the_railway_an_organisation(
    text: str, speaker: str, kind: str
) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, kind)]


def test_a_question_before_the_cue_is_not_the_answer() -> None:
    """ "Auf die Frage, ob …, antwortete der Minister: „…“": the head is the question."""
    text = "Auf die Frage, ob er zurücktreten werde, antwortete der Minister: „Nein, niemals.“"
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.type, q.text) for q in found] == [("direct", "Nein, niemals.")]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("de", "Laut einem Bericht des „Spiegel“ plant die Regierung neue Schulden.", "Spiegel"),
        ("en", 'The "New York Times" reported that the talks had collapsed.', "New York Times"),
    ],
)
def test_a_source_named_in_quotation_marks_is_an_organisation(
    lang: str, text: str, speaker: str
) -> None:
    """A publication named in marks is no person that every article would share."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, "organization")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Prof. Jane Smith of Oxford University said the results were "striking".', "Jane Smith"),
        ("Sir Keir Starmer said the government would act at once.", "Keir Starmer"),
        ("Fed Chair Jerome Powell said rates would stay on hold.", "Jerome Powell"),
    ],
)
def test_english_honorifics_are_titles(text: str, speaker: str) -> None:
    found = extract_quotes(text, lang="en", published=PUB)
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Jannik Sinner ha battuto Daniil Medvedev. «È un sogno», ha detto l'altoatesino "
            "dopo la partita.",
            "Jannik Sinner",
        ),
        (
            "Emmanuel Macron ha incontrato Olaf Scholz. «Siamo uniti», ha detto il francese.",
            "Emmanuel Macron",
        ),
        # A title or a source noun is a role, not an epithet: never the person named.
        ("Mario Rossi ha parlato. «Siamo preoccupati», ha detto il portavoce.", "portavoce"),
    ],
)
def test_an_italian_demonym_in_lower_case_stands_for_the_person_named_before(
    text: str, speaker: str
) -> None:
    found = extract_quotes(text, lang="it", published=PUB)
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Wirkliche Reue zeigte Jürgen K., der sich auch als Opfer sah, während der "
            "Verhandlung nicht.",
            None,
        ),
        ("Das erklärte Peter Kern, der auch Vorsitzender des Vereins ist.", None),
        # An article and a reflexive participle, in the reported mood: a statement.
        (
            "Merkel sagte, der sich abzeichnende Streit sei unnötig.",
            "der sich abzeichnende Streit sei unnötig",
        ),
    ],
)
def test_a_relative_clause_after_the_speaker_reports_nothing(text: str, clause: str | None) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.text for q in found] == ([clause] if clause else [])


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Meloni promised to cut taxes within the year.", "cut taxes within the year"),
        ("Netanyahu vowed to continue the war until victory.", "continue the war until victory"),
        # "to" is a preposition after other cues.
        (
            "The minister said to reporters that the plan would work.",
            "the plan would work",
        ),
    ],
)
def test_an_english_promise_reports_its_infinitive(text: str, clause: str) -> None:
    """ "vowed to continue", as "ha promesso di" and "versprach, … zu senken" do."""
    found = extract_quotes(text, lang="en", published=PUB)
    assert [q.text for q in found] == [clause]


@pytest.mark.parametrize(
    ("text", "lang", "clauses"),
    [
        (
            "Finance minister Rachel Reeves, who has promised to keep tight control of "
            "borrowing, said the increase would be paid for by cutting aid.",
            "en",
            ["keep tight control of borrowing", "the increase would be paid for by cutting aid"],
        ),
        (
            "Rachel Reeves, who has said she will not raise taxes, told reporters the "
            "increase would be paid for by cutting aid.",
            "en",
            ["she will not raise taxes", "the increase would be paid for by cutting aid"],
        ),
        (
            "Il ministro Giorgetti, che aveva promesso di tagliare le tasse, ha detto che il "
            "piano è sbagliato.",
            "it",
            ["tagliare le tasse", "il piano è sbagliato"],
        ),
    ],
)
def test_a_clause_reported_in_a_relative_clause_ends_at_its_comma(
    text: str, lang: str, clauses: list[str]
) -> None:
    """The main clause's cue after the relative clause reports a statement of its own."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.text for q in found] == clauses
    assert len({q.speaker for q in found}) == 1


def test_a_parenthesis_inside_a_reported_clause_does_not_end_it() -> None:
    """Only a relative clause ends at its comma: "ha detto che Putin, nella sua telefonata,
    ha sottolineato che …" is one statement."""
    text = (
        "Un funzionario ha detto che Putin, nella sua telefonata con Macron, ha sottolineato "
        "che non vuole un'escalation."
    )
    found = extract_quotes(text, lang="it", published=PUB)
    assert found[0].text.startswith("Putin, nella sua telefonata con Macron, ha sottolineato")


@pytest.mark.parametrize(
    ("text", "speaker", "clause"),
    [
        # The antecedent of a German relative pronoun speaks, not a word inside the clause.
        (
            "Finanzminister Lindner, der versprochen hatte, die Steuern zu senken, sagte, "
            "der Plan sei falsch.",
            "Lindner",
            "der Plan sei falsch",
        ),
        # A relative clause whose verb is a cue, then the main clause's verb at once.
        (
            "Christian Lindner, der im Interview mit der Zeit sprach, sagte, der Plan sei falsch.",
            "Christian Lindner",
            "der Plan sei falsch",
        ),
    ],
)
def test_a_german_relative_clause_before_the_main_verb(
    text: str, speaker: str, clause: str
) -> None:
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.text) for q in found] == [(speaker, clause)]


def test_a_relative_clause_is_looked_for_in_its_own_sentence_only() -> None:
    """A full stop glued to the next word ends a sentence: the relative clause before it
    is not the speaker's."""
    text = (
        "Es gebe Verlockungen, die den Frieden gefährdeten.Die Kommission – mit acht "
        "Mitgliedstaaten in der Region – sagt, dass die Lage ernst sei."
    )
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.text) for q in found][-1] == ("Kommission", "die Lage ernst sei")


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "The Conservatives said the plan came too late. Their leader, Kemi Badenoch, "
            'accused the government of "playing catch-up" and said the money should have '
            "been found a year ago.",
            "en",
            "Kemi Badenoch",
        ),
        (
            "The company reported a loss. Its chief executive, Jane Fraser, warned of "
            '"difficult months" and said the plan would take time.',
            "en",
            "Jane Fraser",
        ),
    ],
)
def test_a_possessive_opening_the_sentence_is_no_name(text: str, lang: str, speaker: str) -> None:
    """A capitalised possessive opens a role, like an article: the name in apposition
    speaks, not "Their" or "Its"."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.speaker for q in found[-2:]] == [speaker, speaker]


@pytest.mark.parametrize(
    ("text", "lang", "reports"),
    [
        (
            "Meloni promised to cut taxes, her spokesman said.",
            "en",
            [("her spokesman", "Meloni promised to cut taxes")],
        ),
        (
            "Meloni promised to cut taxes, said her spokesman.",
            "en",
            [("her spokesman", "Meloni promised to cut taxes")],
        ),
        (
            "Meloni ha promesso di tagliare le tasse, ha detto il suo portavoce.",
            "it",
            [
                ("suo portavoce", "Meloni ha promesso di tagliare le tasse"),
                ("Meloni", "tagliare le tasse"),
            ],
        ),
    ],
)
def test_a_report_of_a_report_before_its_attribution(
    text: str, lang: str, reports: list[tuple[str, str]]
) -> None:
    """The source after the comma reports the whole clause before it, its reporting verb
    included; the clause of that verb ends at the comma."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.mention, q.text) for q in found] == reports


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("«Il ragazzo è morto», ha detto la polizia.", "polizia", "anonymous"),
        ("«Il ragazzo è morto», hanno detto i carabinieri.", "carabinieri", "anonymous"),
        ("«Il ragazzo è morto», ha detto il governo.", "governo", "anonymous"),
        ("«Il ragazzo è morto», ha detto il sindacato.", "sindacato", "anonymous"),
        (
            "«Il ragazzo è morto», ha spiegato la procura di Milano.",
            "procura di Milano",
            "organization",
        ),
        (
            "«Il ragazzo è morto», ha detto il ministero della Salute.",
            "ministero della Salute",
            "organization",
        ),
        # A kind of organisation and its name: the name speaks.
        ("«Il ragazzo è morto», ha detto il sindacato Cgil.", "Cgil", "organization"),
    ],
)
def test_an_unnamed_institution_after_an_inverted_cue_speaks(
    text: str, speaker: str, kind: str
) -> None:
    """As "La polizia ha detto che …" already had a speaker, the inverted order has one."""
    found = extract_quotes(text, lang="it", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, kind)]


def test_an_institution_after_an_inverted_cue_reports_the_clause_before_it() -> None:
    text = (
        "Il ragazzo ha riportato gravi ferite ed è stato portato in ospedale, ha detto la polizia."
    )
    found = extract_quotes(text, lang="it", published=PUB)
    assert [(q.speaker, q.type) for q in found] == [("polizia", "indirect")]
    assert found[0].text.endswith("portato in ospedale")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Landi ha parlato di «tradimento». Poi ha definito Salvini «incapace».", "it"),
        ("Landi ha parlato di «tradimento». Poi ha definito il governo «incapace».", "it"),
        ("Landi spoke of “betrayal”. Then called Johnson “incompetent”.", "en"),
    ],
)
def test_what_a_naming_verb_names_is_not_its_subject(text: str, lang: str) -> None:
    """After "ha definito" / "called" with no subject, what follows is what is named; the
    speaker goes on from the sentence before."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.speaker for q in found] == ["Landi", "Landi"]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Le regole non sono negoziabili, secondo quanto riporta Repubblica.",
            "Le regole non sono negoziabili",
        ),
        (
            "Secondo quanto riporta Repubblica, le regole non sono negoziabili.",
            "le regole non sono negoziabili",
        ),
        ("Le regole non sono negoziabili, riporta Repubblica.", "Le regole non sono negoziabili"),
        ("L'Ansa ha riportato che il governo è pronto a cadere.", "il governo è pronto a cadere"),
    ],
)
def test_riportare_reports(text: str, clause: str) -> None:
    """ "Riporta" is a verb of saying: the newspaper after it is the source."""
    found = extract_quotes(text, lang="it", published=PUB)
    assert [(q.text, q.speaker_kind) for q in found] == [(clause, "organization")]


def test_riportare_with_an_object_reports_nothing() -> None:
    """ "ha riportato gravi ferite" (suffered injuries) reports no statement."""
    assert extract_quotes("Il ragazzo ha riportato gravi ferite.", lang="it", published=PUB) == []


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "clause"),
    [
        (
            "Reeves insisted that the rules were not negotiable, according to the Financial Times.",
            "en",
            "Reeves",
            "the rules were not negotiable",
        ),
        (
            "Meloni ha detto che le regole non sono negoziabili, secondo Repubblica.",
            "it",
            "Meloni",
            "le regole non sono negoziabili",
        ),
        (
            "Scholz sagte, die Regeln seien nicht verhandelbar, laut Spiegel.",
            "de",
            "Scholz",
            "die Regeln seien nicht verhandelbar",
        ),
        # A source set off inside the clause stays part of it.
        (
            "Reeves said that the boy, according to police, had died in hospital.",
            "en",
            "Reeves",
            "the boy, according to police, had died in hospital",
        ),
    ],
)
def test_an_according_to_source_after_a_reported_clause_only_reports_it(
    text: str, lang: str, speaker: str, clause: str
) -> None:
    """The subject of the reporting verb said it; the newspaper after it is no speaker,
    and no part of the clause."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.text) for q in found] == [(speaker, clause)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Un dato che, secondo il viceministro Maurizio Leo, «conferma la bontà delle "
            "scelte del governo».",
            "it",
            [("partial", "Maurizio Leo", "conferma la bontà delle scelte del governo")],
        ),
        (
            "The figure, according to deputy minister Maurizio Leo, “confirms the government "
            "was right”.",
            "en",
            [("partial", "Maurizio Leo", "confirms the government was right")],
        ),
        # Opening the sentence (after a connective), the source introduces whole words.
        (
            "Poi, secondo Francesco, «la parola negoziare è coraggiosa».",
            "it",
            [("direct", "Francesco", "la parola negoziare è coraggiosa")],
        ),
    ],
)
def test_an_according_to_source_set_off_before_a_quotation(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    """The quotation after the source's closing comma is its words; the sentence's
    subject before the source ("Un dato che") is no statement."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.type, q.speaker, q.text) for q in found] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Schlein parla. «È pura propaganda», ha attaccato Conte in una nota.", "Conte"),
        ("Conte ha ironizzato sul governo: «Sono bravissimi a fare annunci».", "Conte"),
        ("«Il governo è finito», sentenzia Calenda.", "Calenda"),
        ("Schlein parla. «È pura propaganda», rimarca Conte.", "Conte"),
    ],
)
def test_more_italian_verbs_of_saying(text: str, speaker: str) -> None:
    found = extract_quotes(text, lang="it", published=PUB)
    assert [q.speaker for q in found] == [speaker]


def test_attaccare_with_an_object_reports_nothing() -> None:
    assert extract_quotes("Renzi ha attaccato il governo.", lang="it", published=PUB) == []


@pytest.mark.parametrize(
    ("text", "lang", "mention"),
    [
        (
            "Elly Schlein parla. «È pura propaganda», ha detto la leader dem in una nota.",
            "it",
            "la leader dem",
        ),
        (
            "Elly Schlein parla. «È pura propaganda», ha detto la segretaria con i giornalisti.",
            "it",
            "la segretaria",
        ),
        ('"We need time," said the minister in a statement.', "en", "the minister"),
        # A portfolio with a capital is part of the role.
        (
            "«Serve tempo», ha detto il ministro per la Pubblica amministrazione Paolo Zangrillo.",
            "it",
            "Paolo Zangrillo",
        ),
    ],
)
def test_where_it_was_said_is_no_part_of_the_speaker(text: str, lang: str, mention: str) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.mention for q in found] == [mention]


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "words"),
    [
        (
            "Di tutt’altro avviso la segretaria del Pd, Elly Schlein, secondo cui la manovra "
            "«taglia la sanità e la scuola».",
            "it",
            "Elly Schlein",
            "taglia la sanità e la scuola",
        ),
        # The verb after the quotation is the main clause's: its object is no speaker.
        (
            "La segretaria del Pd Elly Schlein, secondo cui la manovra «taglia la sanità e la "
            "scuola», ha chiesto un incontro.",
            "it",
            "Elly Schlein",
            "taglia la sanità e la scuola",
        ),
        (
            "John Smith, according to whom the plan “will fail”, left the room.",
            "en",
            "John Smith",
            "will fail",
        ),
    ],
)
def test_a_relative_according_to_and_the_clause_subject_before_a_quotation(
    text: str, lang: str, speaker: str, words: str
) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.type, q.speaker, q.text) for q in found] == [("partial", speaker, words)]


@pytest.mark.parametrize(
    ("text", "lang", "clause"),
    [
        (
            "Jens Spahn lobte den Plan, kritisierte aber, die Regierung habe zu lange gezögert.",
            "de",
            "die Regierung habe zu lange gezögert",
        ),
        (
            "Renzi ha detto però che il governo ha sbagliato tutto.",
            "it",
            "il governo ha sbagliato tutto",
        ),
    ],
)
def test_a_conjunction_right_after_the_cue_does_not_end_the_search(
    text: str, lang: str, clause: str
) -> None:
    """ "kritisierte aber, …", "ha detto però che …": the conjunction stands between the
    verb and its complementizer."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.text for q in found] == [clause]


def test_a_verb_after_a_quotation_with_no_subject_is_the_next_verb_of_the_subject() -> None:
    """Where the verb comes second, "„…“, kritisierte aber, …" names no subject after the
    verb: the sentence's subject said both ("„…“, kritisierte Spahn" still names him)."""
    text = (
        "Fraktionschef Jens Spahn sprach von einem „überfälligen Schritt“, kritisierte aber, "
        "die Regierung habe zu lange gezögert."
    )
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.type, q.speaker) for q in found] == [
        ("partial", "Jens Spahn"),
        ("indirect", "Jens Spahn"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "Der Sicherheitsexperte Carlo Masala von der Universität der Bundeswehr München "
            "sagte, die Bestände seien niedrig.",
            "Carlo Masala",
            "person",
        ),
        (
            "Die Universität der Bundeswehr München teilte mit, die Bestände seien niedrig.",
            "Universität der Bundeswehr München",
            "organization",
        ),
        (
            "Ursula von der Leyen sagte, die Bestände seien niedrig.",
            "Ursula von der Leyen",
            "person",
        ),
    ],
)
def test_a_person_at_an_institution_with_a_genitive_in_its_name(
    text: str, speaker: str, kind: str
) -> None:
    """ "von der" after a person is where they work, also when the institution's name
    holds a genitive ("Universität der Bundeswehr")."""
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, kind)]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "A spokesman for Prime Minister Keir Starmer said the plan would work.",
            "en",
            "A spokesman for Prime Minister Keir Starmer",
        ),
        (
            "A spokesperson for NATO Secretary General Mark Rutte said the plan would work.",
            "en",
            "A spokesperson for NATO Secretary General Mark Rutte",
        ),
        (
            '"The plan will work," said a spokesman for Prime Minister Keir Starmer.',
            "en",
            "a spokesman for Prime Minister Keir Starmer",
        ),
        (
            "Ein Sprecher von Finanzminister Lars Klingbeil sagte, man halte sich an die "
            "Schuldenbremse.",
            "de",
            "Ein Sprecher von Finanzminister Lars Klingbeil",
        ),
        (
            "Der Sprecher des Kanzlers Friedrich Merz sagte, man halte sich an die Schuldenbremse.",
            "de",
            "Sprecher des Kanzlers Friedrich Merz",
        ),
    ],
)
def test_a_spokesperson_for_a_titled_person_is_unnamed(text: str, lang: str, speaker: str) -> None:
    """Somebody who speaks for a person named with a title is an unnamed source, as
    "Starmer's spokesman" is; not the person."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, "anonymous")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Downing Street spokesman Dave Pares said the plan would work.", "Dave Pares"),
        ("The spokesman, Dave Pares, said the plan would work.", "Dave Pares"),
    ],
)
def test_a_named_spokesperson_speaks(text: str, speaker: str) -> None:
    found = extract_quotes(text, lang="en", published=PUB)
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        (
            "Trump has repeatedly said European countries must spend more on their own "
            "defence, and last month he threatened to withhold support from allies.",
            [
                ("Trump", "European countries must spend more on their own defence"),
                ("he", "withhold support from allies"),
            ],
        ),
        (
            "Trump said Europe must spend more, and last week Macron warned that it could not.",
            [("Trump", "Europe must spend more"), ("Macron", "it could not")],
        ),
        # "and that": the same speaker's second statement, as before.
        (
            "Trump said Europe and Canada must spend more and that Mexico will pay.",
            [("Trump", "Europe and Canada must spend more"), ("Trump", "Mexico will pay")],
        ),
    ],
)
def test_a_comma_a_conjunction_and_a_new_subject_end_the_clause(
    text: str, reports: list[tuple[str, str]]
) -> None:
    """ ", and last month he threatened to …" starts another statement, even with a time
    between the conjunction and the subject."""
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.mention, q.text) for q in found] == reports


def test_threaten_reports_its_infinitive() -> None:
    found = extract_quotes("Putin threatened to cut gas supplies.", lang="en", published=PUB)
    assert [q.text for q in found] == ["cut gas supplies"]
    assert extract_quotes("The storm threatened the city.", lang="en", published=PUB) == []


def test_a_nickname_in_marks_inside_a_name_is_no_fuller_name() -> None:
    """ "Jerome 'Too Late' Powell" in a quotation: "Powell" stays Jerome Powell."""
    text = (
        'Fed Chair Jerome Powell spoke on Wednesday. "We don\'t need to be in a hurry," '
        "Powell said. \"Jerome 'Too Late' Powell has done it again,\" Trump wrote."
    )
    found = extract_quotes(text, lang="en", published=PUB)
    assert [q.speaker for q in found] == ["Jerome Powell", "Trump"]


@pytest.mark.parametrize("name", ["Federal Reserve", "Fed", "Treasury"])
def test_english_financial_institutions_are_organisations(name: str) -> None:
    text = f"The {name} said it would carefully assess incoming data."
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(name, "organization")]


def test_a_german_noun_governed_by_the_cue_is_the_speakers_word() -> None:
    """ "sprach von „Wachsamkeit“", "warnte vor „Panikmache“": one capitalised noun after
    the cue's preposition is the speaker's word, not a name in marks; and the cue of a
    "während" clause after it is that clause's, whose subject stands after the conjunction."""
    text = "Tajani sprach von „Wachsamkeit“, während Parteikreise sagten, es gebe keinen Bruch."
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.type, q.speaker, q.text) for q in found] == [
        ("partial", "Tajani", "Wachsamkeit"),
        ("indirect", "Parteikreise", "es gebe keinen Bruch"),
    ]
    found = extract_quotes("Merz warnte vor „Panikmache“.", lang="de", published=PUB)
    assert [(q.type, q.speaker) for q in found] == [("partial", "Merz")]


def test_a_compound_with_a_name_in_marks_is_no_quotation() -> None:
    text = "Wegen einer Lücke empfahlen die „Firefox“-Entwickler, das Programm zu aktualisieren."
    found = extract_quotes(text, lang="de", published=PUB)
    assert all(q.type == "indirect" for q in found)


def test_an_infinitive_after_the_cue_keeps_the_quotation_in_its_clause() -> None:
    """ "ha detto di voler «vigilare» sull'attuazione, mentre fonti … assicurano": the
    quotation is the subject's of "ha detto", not of the later cue."""
    text = (
        "Il vicepremier Antonio Tajani ha detto di voler «vigilare» sull'attuazione, mentre "
        "fonti di Forza Italia assicurano che non ci saranno strappi."
    )
    found = extract_quotes(text, lang="it", published=PUB)
    assert [(q.type, q.speaker) for q in found] == [
        ("partial", "Antonio Tajani"),
        ("indirect", "fonti di Forza Italia"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Per il capogruppo del Pd alla Camera, Chiara Braga, si tratta di «una secessione "
            "dei ricchi».",
            "it",
            ("partial", "Chiara Braga", "una secessione dei ricchi"),
        ),
        (
            "Secondo il capogruppo del Pd, Chiara Braga, la riforma è una secessione dei ricchi.",
            "it",
            ("indirect", "Chiara Braga", "la riforma è una secessione dei ricchi"),
        ),
        (
            "According to the party leader in the Senate, Chiara Braga, it is “a secession of "
            "the rich”.",
            "en",
            ("partial", "Chiara Braga", "a secession of the rich"),
        ),
    ],
)
def test_an_according_to_role_and_its_holder_in_apposition(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    """ "Per il capogruppo del Pd alla Camera, Chiara Braga, …": the holder speaks (not
    "Camera"), and the name is no part of the statement."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.type, q.speaker, q.text) for q in found] == [expected]
    assert found[0].description is not None


@pytest.mark.parametrize(
    "text",
    [
        "Il presidente della Campania Vincenzo De Luca ha detto che il Sud verrà abbandonato.",
        "«Non permetteremo che il Sud venga abbandonato», ha detto il presidente della "
        "Campania Vincenzo De Luca.",
    ],
)
def test_a_surname_with_a_particle_after_a_title_and_its_institution(text: str) -> None:
    """The name after "il presidente della Campania" is "Vincenzo De Luca", not "De Luca"."""
    found = extract_quotes(text, lang="it", published=PUB)
    assert [q.speaker for q in found] == ["Vincenzo De Luca"]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "Russia's defence ministry said its forces had destroyed 30 drones.",
            "Russia's defence ministry",
            "organization",
        ),
        (
            "The Russian defence ministry said its forces had destroyed 30 drones.",
            "Russian defence ministry",
            "organization",
        ),
        (
            "Ukraine's air force said it had shot down 45 drones.",
            "Ukraine's air force",
            "organization",
        ),
        (
            "The local health ministry said the talks had failed.",
            "local health ministry",
            "anonymous",
        ),
        ('"We are ready," said the air force.', "air force", "anonymous"),
    ],
)
def test_an_institution_in_lower_case_with_its_description(
    text: str, speaker: str, kind: str
) -> None:
    """Wire copy's "Russia's defence ministry said" had no speaker at all (or the person
    quoted before); by its country it is an organisation, without one an unnamed source."""
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, kind)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Kremlin spokesman Dmitry Peskov told reporters that Moscow remained open to talks "
            "but that any agreement must take into account “the realities on the ground”.",
            "en",
            [
                ("indirect", "Moscow remained open to talks"),
                ("partial", "the realities on the ground"),
            ],
        ),
        (
            "Peskov ha detto che Mosca resta aperta al dialogo ma che ogni accordo deve tenere "
            "conto delle «realtà sul terreno».",
            "it",
            [("indirect", "Mosca resta aperta al dialogo"), ("partial", "realtà sul terreno")],
        ),
    ],
)
def test_a_second_statement_holding_a_quotation_leaves_the_first_reported(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    """ "that A but that B “…”": B's quotation does not take A with it."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.type, q.text) for q in found] == expected


def test_a_german_inverted_cue_with_a_conjunction_before_its_subject() -> None:
    """ "„…“, sagte aber der Minister": the subject follows the conjunction."""
    text = "Scholz sprach lange. „Das ist falsch“, sagte aber der Minister."
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.mention for q in found] == ["Minister"]


def test_the_platform_x_ends_its_sentence() -> None:
    """ "ha scritto su X. Il leghista …": X is no initial; the next sentence is its own (it
    took the medium X and the sentence before's context)."""
    text = (
        "Il ministro Roberto Calderoli ha rivendicato la riforma: «È una giornata storica», "
        "ha scritto su X. Il leghista ha poi spiegato ai cronisti che le prime intese "
        "arriveranno entro l'estate."
    )
    found = extract_quotes(text, lang="it", published=PUB)
    assert [(q.speaker, q.medium) for q in found] == [
        ("Roberto Calderoli", "X"),
        ("Roberto Calderoli", None),
    ]
    assert found[1].mention == "Il leghista"


def test_an_initial_still_does_not_end_a_sentence() -> None:
    text = "Il ministro J. Smith ha detto: «Siamo pronti a tutto»."
    found = extract_quotes(text, lang="it", published=PUB)
    assert [q.speaker for q in found] == ["J. Smith"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            'Mary Hill said the proposal was "legally sound" and that the bloc could not '
            "afford to wait until the spring.",
            "en",
            [
                ("partial", "legally sound"),
                ("indirect", "the bloc could not afford to wait until the spring"),
            ],
        ),
        (
            "Peter Kane warned that any seizure would be “theft” and that Moscow would respond.",
            "en",
            [("partial", "theft"), ("indirect", "Moscow would respond")],
        ),
        (
            "Anna Rossi ha detto che la proposta è «giuridicamente solida» e che l'Unione non "
            "può permettersi di aspettare.",
            "it",
            [
                ("partial", "giuridicamente solida"),
                ("indirect", "l'Unione non può permettersi di aspettare"),
            ],
        ),
        (
            "Anna Berg sagte, der Vorschlag sei „rechtlich solide“ und dass die Union nicht "
            "bis zum Frühjahr warten könne.",
            "de",
            [
                ("partial", "rechtlich solide"),
                ("indirect", "die Union nicht bis zum Frühjahr warten könne"),
            ],
        ),
    ],
)
def test_a_statement_after_a_quoted_fragment_and_and_that_is_reported(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    """ "said A was “…” and that B": the fragment is the first statement's quotation, B is
    the second statement (it was lost with the first)."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.type, q.text) for q in found] == expected
    assert len({q.speaker for q in found}) == 1


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Von der Leyen said the proposal was sound.", "en", "Von der Leyen"),
        ("Von der Leyen ha detto che la proposta è solida.", "it", "Von der Leyen"),
        ("Secondo von der Leyen, la proposta è giuridicamente solida.", "it", "von der Leyen"),
        ("According to van der Bellen, the proposal was sound.", "en", "van der Bellen"),
        ("Da Silva said the proposal was sound.", "en", "Da Silva"),
    ],
)
def test_a_name_opened_by_its_particles(text: str, lang: str, speaker: str) -> None:
    """ "Von der Leyen said": the particles are the name's; it is a person, not an
    institution named like "Corriere della Sera", nor "Leyen"."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, "person")]


def test_a_german_preposition_before_a_name_is_no_particle() -> None:
    text = "Die Kritik von Merz sei falsch, sagte Klingbeil."
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.text, q.speaker) for q in found] == [("Die Kritik von Merz sei falsch", "Klingbeil")]


def test_an_adverbial_clause_after_the_addressee_is_not_reported() -> None:
    """ "told reporters as he arrived at the summit": when it was said, not what."""
    text = (
        '"We will not sign a blank cheque," Prime Minister Bart De Wever told reporters as '
        "he arrived at the summit. Merz told reporters on Friday he was confident."
    )
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.type, q.text) for q in found] == [
        ("direct", "We will not sign a blank cheque,"),
        ("indirect", "he was confident"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Lilia Cavallari ha però avvertito che i rischi per la crescita restano elevati.",
        "Lilia Cavallari ha comunque ribadito che i rischi per la crescita restano elevati.",
        "Lilia Cavallari ha quindi spiegato che i rischi per la crescita restano elevati.",
    ],
)
def test_an_italian_adverb_between_auxiliary_and_participle(text: str) -> None:
    """ "ha però avvertito": the cue with a word between its parts (only some were listed)."""
    found = extract_quotes(text, lang="it", published=PUB)
    assert [(q.text, q.speaker) for q in found] == [
        ("i rischi per la crescita restano elevati", "Lilia Cavallari")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "kind"),
    [
        (
            "Il leader del Movimento 5 Stelle Giuseppe Conte ha scritto su Facebook che il "
            "governo ha tradito le promesse.",
            "it",
            "Giuseppe Conte",
            "person",
        ),
        (
            "Il Movimento 5 Stelle ha detto che il governo ha tradito le promesse.",
            "it",
            "Movimento 5 Stelle",
            "organization",
        ),
        ("Channel 4 News said the plan was dead.", "en", "Channel 4 News", "organization"),
        ("On March 3 Joe Biden said the plan was dead.", "en", "Joe Biden", "person"),
        ("On March 3 Biden said the plan was dead.", "en", "Biden", "person"),
    ],
)
def test_a_number_inside_an_institutions_name(
    text: str, lang: str, speaker: str, kind: str
) -> None:
    """ "Movimento 5 Stelle": the number is part of the name, which is an institution's
    (the person after it speaks); a date's day is not ("March 3 Biden")."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, kind)]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "Fratelli d’Italia ha detto che i rischi restano alti.",
            "Fratelli d’Italia",
            "organization",
        ),
        (
            "«Non possiamo permetterci incertezze», ha detto la leader di Fratelli d’Italia.",
            "la leader di Fratelli d’Italia",
            "anonymous",
        ),
        (
            "Il presidente della Costa d’Avorio Alassane Ouattara ha detto che i rischi restano.",
            "Alassane Ouattara",
            "person",
        ),
        ("Massimo D’Alema ha detto che i rischi restano alti.", "Massimo D’Alema", "person"),
    ],
)
def test_an_elided_of_inside_a_name(text: str, speaker: str, kind: str) -> None:
    """ "Fratelli d’Italia", "Costa d’Avorio": the elided "of" and its apostrophe (which is
    also a closing quotation mark) do not end the name."""
    found = extract_quotes(text, lang="it", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, kind)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Bundeskanzler Friedrich Merz rief zur Geschlossenheit auf. „Wir können uns keine "
            "Hängepartie leisten“, sagte der CDU-Vorsitzende am Samstag.",
            "Friedrich Merz",
        ),
        (
            "Friedrich Merz rief zur Geschlossenheit auf. „Wir können uns keine Hängepartie "
            "leisten“, sagte der Regierungschef.",
            "Friedrich Merz",
        ),
        (
            "Merz sprach lange. „Das ist falsch“, sagte der Vorsitzende der Jungen Union, "
            "Johannes Winkel.",
            "Johannes Winkel",
        ),
    ],
)
def test_a_german_role_epithet_stands_for_the_person_named_before(text: str, speaker: str) -> None:
    """ "sagte der CDU-Vorsitzende": German news names a person again by a role; the role
    of an institution with its holder after it is that holder's."""
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.speaker for q in found] == [speaker]


def test_a_cue_after_a_comma_and_while_is_another_clauses() -> None:
    """ "X said the plans would “…”, while Scope described them as “…”": the first fragment
    is X's, not Scope's."""
    text = (
        "Mind's chief executive, Sarah Hughes, said the proposals would “cause real harm”, "
        "while Scope described them as “a cruel betrayal”."
    )
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.text, q.speaker) for q in found] == [
        ("cause real harm", "Sarah Hughes"),
        ("a cruel betrayal", "Scope"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "“This is too important,” said their work and pensions spokesperson, Steve Darling.",
        "“This is too important,” said the party’s spokesperson, Steve Darling.",
        "“This is too important,” said their spokesperson, Steve Darling.",
    ],
)
def test_a_role_after_a_possessive_and_its_holder_after_a_comma(text: str) -> None:
    """ "said their spokesperson, X": a possessive opens the role after an inverted cue, and
    the possessive's apostrophe is no closing quotation mark."""
    found = extract_quotes(text, lang="en", published=PUB)
    assert [q.speaker for q in found] == ["Steve Darling"]


@pytest.mark.parametrize(
    "text",
    ["'This is wrong,' said the party's leader.", "‘This is wrong,’ said the party’s leader."],
)
def test_a_single_closing_mark_before_an_inverted_cue(text: str) -> None:
    """The cue after "…,'" attributes the quotation; what follows it is no bare clause."""
    found = extract_quotes(text, lang="en", published=PUB)
    assert [q.type for q in found] == ["direct"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "In a letter seen by the Guardian, more than 40 backbenchers said the cuts were "
            "“morally indefensible”.",
            "en",
            "more than 40 backbenchers",
        ),
        ("12 MPs said the cuts to benefits were wrong.", "en", "12 MPs"),
        (
            "Più di 40 deputati hanno scritto che la riforma va ritirata.",
            "it",
            "Più di 40 deputati",
        ),
        (
            "Mehr als 40 Abgeordnete erklärten, die Reform müsse gestoppt werden.",
            "de",
            "Mehr als 40 Abgeordnete",
        ),
    ],
)
def test_a_number_of_people_nobody_names(text: str, lang: str, speaker: str) -> None:
    """ "More than 40 backbenchers said": an unnamed group counted by a number (it had no
    speaker, so a fragment in its clause went to whoever the article named before)."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, "anonymous")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Scope criticised the plans. A poll by YouGov published on Sunday found that 52% of "
            "voters opposed the cuts.",
            "en",
            "YouGov",
        ),
        (
            "Scope criticised the plans. A YouGov poll found that 52% of voters opposed the cuts.",
            "en",
            "YouGov",
        ),
        ("A report from the IMF warned that growth would slow next year.", "en", "IMF"),
        (
            "Un sondaggio di Swg pubblicato lunedì ha rilevato che il 52% degli elettori è "
            "contrario.",
            "it",
            "Swg",
        ),
    ],
)
def test_the_maker_of_a_document_that_opens_the_clause(text: str, lang: str, speaker: str) -> None:
    """ "A poll by YouGov found": the pollster speaks through its poll (the clause went to
    the organisation named in the sentence before, or to nobody)."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, "organization")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "kind"),
    [
        (
            "Downing Street insisted the reforms would go ahead.",
            "en",
            "Downing Street",
            "organization",
        ),
        ("Labour MPs said the planned cuts were wrong.", "en", "Labour MPs", "anonymous"),
        ("Zwei Diplomaten sagten, die Einigung sei nah.", "de", "Zwei Diplomaten", "anonymous"),
    ],
)
def test_seats_of_government_and_unnamed_groups(
    text: str, lang: str, speaker: str, kind: str
) -> None:
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, kind)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "«Abbiamo lavorato senza sosta», ha spiegato in conferenza stampa il questore di "
            "Milano Bruno Megale.",
            "Bruno Megale",
        ),
        (
            "«Abbiamo lavorato senza sosta», ha detto in un’intervista il ministro Matteo "
            "Piantedosi.",
            "Matteo Piantedosi",
        ),
        (
            "«Abbiamo lavorato senza sosta», ha detto a margine dell’incontro il ministro "
            "Matteo Piantedosi.",
            "Matteo Piantedosi",
        ),
    ],
)
def test_where_it_was_said_between_an_inverted_cue_and_its_speaker(text: str, speaker: str) -> None:
    """ "ha spiegato in conferenza stampa il questore …": the circumstance is skipped (the
    quotation had no speaker), and an elided article's apostrophe ("un’intervista") is no
    closing quotation mark."""
    found = extract_quotes(text, lang="it", published=PUB)
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Il padre di Giulio Regeni ha detto che la verità arriverà.",
            "it",
            "padre di Giulio Regeni",
        ),
        (
            "«Voglio giustizia», ha detto la madre di Giulia Cecchettin.",
            "it",
            "madre di Giulia Cecchettin",
        ),
        (
            "The father of Giulio Regeni said the truth would come out.",
            "en",
            "father of Giulio Regeni",
        ),
        ("Il padre del giovane ha detto di non volere vendetta.", "it", "padre del giovane"),
    ],
)
def test_a_relative_of_a_named_person_is_not_that_person(
    text: str, lang: str, speaker: str
) -> None:
    """ "Il padre di Giulio Regeni ha detto": the father speaks, unnamed; the words went to
    the son named after "of"."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, "anonymous")]


def test_plural_kin_as_addressees_are_no_source() -> None:
    """ "il ringraziamento speciale ai genitori: «…»": whom it is addressed to (plural kin
    are left out of the source words for this reason)."""
    text = (
        "Jannik Sinner ha vinto a Melbourne. Poi il ringraziamento speciale ai genitori: "
        "«Ringrazio tutte le persone che mi seguono da casa»."
    )
    found = extract_quotes(text, lang="it", published=PUB)
    assert [q.speaker for q in found] == ["Jannik Sinner"]


@pytest.mark.parametrize(
    ("text", "lang", "clause", "speaker"),
    [
        (
            "Secondo gli investigatori il 34enne avrebbe colpito la vittima con una bottiglia.",
            "it",
            "il 34enne avrebbe colpito la vittima con una bottiglia",
            "investigatori",
        ),
        (
            "Si tratta di un 34enne, che secondo gli investigatori avrebbe colpito la vittima.",
            "it",
            "avrebbe colpito la vittima",
            "investigatori",
        ),
        (
            "According to the investigators the man had hit the victim with a bottle.",
            "en",
            "the man had hit the victim with a bottle",
            "investigators",
        ),
    ],
)
def test_an_unnamed_source_without_a_comma_after_it(
    text: str, lang: str, clause: str, speaker: str
) -> None:
    """ "Secondo gli investigatori il 34enne avrebbe …": the source is the article and its
    head noun (it was the article alone, the noun opening the clause); in a relative clause
    the words before the source are no part of the statement."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.text, q.speaker) for q in found] == [(clause, speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Analysts at Barclays said the profit warning was “the third in two years”.",
            "Analysts at Barclays",
        ),
        ("Officials said the new warning was “far too late” for savers.", "Officials"),
    ],
)
def test_a_gerund_after_an_article_and_a_word_is_a_noun(text: str, speaker: str) -> None:
    """ "the profit warning was “…”": a noun, no cue whose subject is the sentence's opening
    (the speaker was "Analysts at Barclays said the profit")."""
    found = extract_quotes(text, lang="en", published=PUB)
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "clause"),
    [
        (
            "Shares fell 12%, with the company warning that profits would be lower.",
            "company",
            "profits would be lower",
        ),
        (
            "Sales fell, with Tesla boss Elon Musk saying demand was weak in China.",
            "Elon Musk",
            "demand was weak in China",
        ),
        ("Prices rose again, with economists warning of “a long winter”.", "economists", None),
    ],
)
def test_a_gerund_after_with_has_its_own_subject(
    text: str, speaker: str, clause: str | None
) -> None:
    """ "Shares fell, with the company warning that …": the company warned; the shares (the
    sentence's subject) said nothing."""
    found = extract_quotes(text, lang="en", published=PUB)
    assert [q.speaker for q in found] == [speaker]
    if clause is not None:
        assert found[0].text == clause


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Sources told Reuters the firm was for sale. A Halden spokesperson declined to "
            "comment on what they called “market speculation”.",
            "en",
            "A Halden spokesperson",
        ),
        (
            "Reeves said the cuts were needed. Starmer attacked what he has repeatedly called "
            "“a reckless gamble”.",
            "en",
            "Starmer",
        ),
        (
            "Lo hanno detto fonti vicine al dossier. Il portavoce di Halden ha respinto "
            "quelle che ha definito «speculazioni di mercato».",
            "it",
            "Il portavoce di Halden",
        ),
        (
            "Lo hanno detto fonti vicine al dossier. Il portavoce di Halden ha respinto le "
            "voci, che ha definito «speculazioni di mercato».",
            "it",
            "Il portavoce di Halden",
        ),
    ],
)
def test_a_relative_that_is_the_cue_s_object_leaves_the_main_subject_speaking(
    text: str, lang: str, speaker: str
) -> None:
    """ "Starmer attacked what he called “…”": the subject of the main clause calls it so
    (the pronoun went to the person quoted before; "le voci, che ha definito" to "voci")."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert found[-1].speaker == speaker


def test_a_relative_that_is_the_subject_speaks_itself() -> None:
    """ "Meloni ha attaccato Schlein, che ha definito «…» la manovra": "che" is Schlein, who
    defines the budget so; an object after the quotation says so."""
    text = "Meloni ha attaccato Schlein, che ha definito «una vergogna» la manovra."
    found = extract_quotes(text, lang="it", published=PUB)
    assert [q.speaker for q in found] == ["Schlein"]


def test_a_name_before_a_role_opening_the_sentence_qualifies_the_role() -> None:
    """ "A Halden spokesperson declined to comment, saying “…”": the spokesperson, not a
    person called Halden."""
    text = "A Halden spokesperson declined to comment, saying “it is pure speculation”."
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [("A Halden spokesperson", "anonymous")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Il portavoce ha respinto le voci, che ha ripetutamente definito «speculazioni».",
            "it",
            "portavoce",
        ),
        (
            "A spokesperson rejected the reports, which she repeatedly described as “lies”.",
            "en",
            "A spokesperson",
        ),
        (
            "Officials briefed on the talks said “nothing was agreed”.",
            "en",
            "Officials briefed on the talks",
        ),
    ],
)
def test_an_unnamed_source_ends_before_its_verb(text: str, lang: str, speaker: str) -> None:
    """ "Il portavoce ha respinto le voci, che …": the source is "portavoce", not the
    phrase up to the comma ("portavoce ha respinto le voci"); a verb with an article after
    it ends the phrase ("A spokesperson | rejected the reports"), a participle with a
    preposition does not ("Officials briefed on the talks said")."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.speaker for q in found] == [speaker]


def test_a_weekday_in_the_possessive_is_an_event_s_day_not_the_words() -> None:
    """ "insisted … despite Sunday's defeat" was said on the publication day (Friday 10
    May), not on the Sunday of the match; "On Thursday" still dates the words."""
    text = (
        "Ruben Amorim insisted his side were “moving in the right direction” despite "
        "Sunday's 2-1 defeat at Brighton. On Thursday, the coach said “we will be fine”."
    )
    found = extract_quotes(text, lang="en", published=PUB)
    assert [q.said_on for q in found] == [PUB, dt.date(2024, 5, 9)]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("«Ho sempre agito bene», ha dichiarato l'imputato in aula.", "it", "imputato"),
        ("«Non ricordo nulla», ha detto la vittima ai giudici.", "it", "vittima"),
        (
            "Il legale della famiglia ha detto che la verità emergerà.",
            "it",
            "legale della famiglia",
        ),
        ("A lawyer for the family said the truth would come out.", "en", "A lawyer for the family"),
        ("„Ich bin unschuldig“, sagte der Angeklagte vor Gericht.", "de", "Angeklagte"),
    ],
)
def test_the_parties_of_a_case_are_unnamed_sources(text: str, lang: str, speaker: str) -> None:
    """ "ha dichiarato l'imputato in aula": the defendant, unnamed (there was no speaker in
    Italian; "A lawyer for the family" gave "family", German "der Angeklagte" a person);
    where it was said is no part of the source."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, "anonymous")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Cristian Chivu ha elogiato Lautaro Martinez: «È il nostro capitano».",
            "it",
            "Cristian Chivu",
        ),
        (
            "Il tecnico Cristian Chivu ha elogiato Lautaro Martinez: «È il nostro capitano».",
            "it",
            "Cristian Chivu",
        ),
        (
            "Cristian Chivu parla dopo la gara. Chivu ha elogiato Lautaro Martinez: «È il "
            "nostro capitano».",
            "it",
            "Cristian Chivu",
        ),
        (
            "Cristian Chivu spoke after the game. Chivu praised Lautaro Martinez: “He is our "
            "leader.”",
            "en",
            "Cristian Chivu",
        ),
        (
            "Così Cristian Chivu dopo la gara. L'allenatore nerazzurro ha elogiato Lautaro "
            "Martinez, autore di una doppietta: «Lautaro è il nostro capitano».",
            "it",
            "Cristian Chivu",
        ),
    ],
)
def test_the_object_of_the_verb_before_a_colon_is_not_the_speaker(
    text: str, lang: str, speaker: str
) -> None:
    """ "Cristian Chivu ha elogiato Lautaro Martinez: «…»": Chivu speaks of Martinez (the
    words went to Martinez, read as the holder of a role "ha elogiato")."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert found[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Di tutt'altro umore Antonio Conte, che in conferenza stampa non ha nascosto la "
            "delusione: «Abbiamo regalato il primo tempo»",
            "it",
            "Antonio Conte",
        ),
        (
            "Antonio Conte ha incontrato Chivu, che ha salutato i tifosi: «Grazie a tutti».",
            "it",
            "Chivu",
        ),
        (
            "A different mood for Antonio Conte, who did not hide his disappointment: “We "
            "gave away the first half.”",
            "en",
            "Antonio Conte",
        ),
    ],
)
def test_a_relative_clause_leading_into_a_quotation_names_its_speaker(
    text: str, lang: str, speaker: str
) -> None:
    """ "Antonio Conte, che … non ha nascosto la delusione: «…»": the person the relative
    clause describes (the quotation was lost, or went to whoever spoke before)."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.speaker for q in found] == [speaker]


def test_a_statement_reported_by_the_next_sentence_is_dated_by_that_sentence() -> None:
    """ "Il governo non aumenterà le tasse. Lo ha assicurato martedì il ministro … in
    un'intervista": said on Tuesday, in an interview (the day and medium were read from the
    statement's own sentence only)."""
    text = (
        "Il governo non aumenterà le tasse. Lo ha assicurato martedì il ministro Giancarlo "
        "Giorgetti in un'intervista al Corriere."
    )
    found = extract_quotes(text, lang="it", published=PUB)
    assert [(q.said_on, q.medium) for q in found] == [(dt.date(2024, 5, 7), "interview")]


def test_a_dpa_dateline_with_a_hyphen_is_no_part_of_the_statement() -> None:
    """ "Wolfsburg (dpa) - Der Autobauer … will … streichen. Das teilte das Unternehmen mit.":
    the dateline opens the article, the statement follows it."""
    text = (
        "Wolfsburg (dpa) - Der Autobauer Halden will in Deutschland bis zu 4000 Stellen "
        "streichen. Das teilte das Unternehmen am Mittwoch in Wolfsburg mit."
    )
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.text for q in found] == [
        "Der Autobauer Halden will in Deutschland bis zu 4000 Stellen streichen"
    ]
    assert found[0].said_on == dt.date(2024, 5, 8)


def test_a_qualified_title_holds_another_office() -> None:
    """ "Shadow chancellor Mel Stride", named after "the chancellor replied: “…”", is not the
    chancellor: the article's Rachel Reeves is (the words went to Stride)."""
    text = (
        "Rachel Reeves has refused to rule out raising income tax. Asked whether she would "
        "break the promise, the chancellor replied: “I am not going to speculate.” Shadow "
        "chancellor Mel Stride accused her of “a betrayal”."
    )
    found = extract_quotes(text, lang="en", published=PUB)
    assert [q.speaker for q in found] == ["Rachel Reeves", "Mel Stride"]


@pytest.mark.parametrize(
    "text",
    [
        "The Institute for Fiscal Studies (IFS), an influential think tank, said the "
        "government had “boxed itself in” with its fiscal rules.",
        "The IFS, a think tank, said the government had “boxed itself in”.",
    ],
)
def test_a_subject_with_an_apposition_is_no_statement_of_the_clause_after_the_cue(
    text: str,
) -> None:
    """ "The IFS, a think tank, said the government had “…”": the IFS said it; "The IFS, a
    think tank" was also reported as a statement of "the government" ("…, said the
    government" read as an inverted attribution)."""
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.type, q.speaker_kind) for q in found] == [("partial", "organization")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Sen. Rand Paul, R-Ky., who voted against the bill, said Congress was addicted "
            "to spending.",
            "en",
            "Rand Paul",
        ),
        ("Jane Doe, 64, who lives nearby, said the fire had started at night.", "en", "Jane Doe"),
        (
            "Mario Rossi, 45 anni, che abita nel palazzo, ha detto che l'incendio è partito di "
            "notte.",
            "it",
            "Mario Rossi",
        ),
    ],
)
def test_an_age_or_a_party_before_a_relative_clause_is_no_speaker(
    text: str, lang: str, speaker: str
) -> None:
    """ "Sen. Rand Paul, R-Ky., who …, said", "Mario Rossi, 45 anni, che …, ha detto": the
    person named before the age or the party and state (the speaker was "R-Ky", nobody, or
    the group "45 anni")."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe, a neighbour, said the fire started at night.",
        "Jane Doe, 64, said the fire started at night.",
    ],
)
def test_a_bare_clause_with_a_past_tense_after_an_apposition_is_reported(text: str) -> None:
    """ "Jane Doe, a neighbour, said the fire started at night": a subject with an
    apposition, then the cue and a clause with no "that" whose verb is known by its ending
    (nothing was reported: the comma before the cue read as an inverted attribution)."""
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.text, q.speaker) for q in found] == [("the fire started at night", "Jane Doe")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Officials at the briefing said the risk to the public was low.",
            "en",
            "Officials at the briefing",
        ),
        ("“The risk is low,” officials at the meeting said.", "en", "officials at the meeting"),
        (
            "Farmers in Texas and Idaho have complained that federal compensation is too slow.",
            "en",
            "Farmers in Texas and Idaho",
        ),
        (
            "Gli agricoltori della zona hanno denunciato che i risarcimenti arrivano tardi.",
            "it",
            "agricoltori della zona",
        ),
        (
            "Landwirte in Bayern beklagten, die Entschädigung komme viel zu spät.",
            "de",
            "Landwirte in Bayern",
        ),
    ],
)
def test_a_group_of_people_by_what_they_do_is_an_unnamed_source(
    text: str, lang: str, speaker: str
) -> None:
    """ "Officials at the briefing said": a noun in -ing after an article ends the source
    (there was no speaker); "Farmers in Texas and Idaho": the places joined are where the
    farmers are (the speaker was the person "Texas and Idaho"), and farmers, agricoltori,
    Landwirte are people nobody names."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, "anonymous")]


def test_a_group_after_a_preposition_is_whom_a_quotation_is_for() -> None:
    """ "Un ringraziamento speciale ai genitori: «…»": the parents are thanked, they do not
    speak."""
    text = "Un ringraziamento speciale ai genitori: «Grazie di tutto, senza di voi non sarei qui»."
    found = extract_quotes(text, lang="it", published=PUB)
    assert [q.speaker for q in found] == [None]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("The Labour party says that taxes will have to rise.", "en", "Labour"),
        (
            "The nationalist Brothers of Italy party says voters have given a ‘clear "
            "indication’ of what they want.",
            "en",
            "Brothers of Italy",
        ),
        ("The magazine Der Spiegel reported that the minister would resign.", "en", "Der Spiegel"),
        (
            "Secondo il settimanale Der Spiegel, il ministro si dimetterà entro marzo.",
            "it",
            "Der Spiegel",
        ),
    ],
)
def test_a_name_with_the_kind_of_organisation_it_is_names_an_organisation(
    text: str, lang: str, speaker: str
) -> None:
    """ "The Labour party says", "the magazine Der Spiegel": an organisation (nobody spoke,
    or the person "Der Spiegel"; "voters" after the cue was taken for the speaker)."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, "organization")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("“We are watching this closely,” Jane Doe told reporters at a briefing in Geneva.", "en"),
        ("«Siamo pronti», ha detto Mario Rossi durante un punto stampa in Comune.", "it"),
    ],
)
def test_a_briefing_is_a_press_conference(text: str, lang: str) -> None:
    """ "told reporters at a briefing", "durante un punto stampa": said at a press
    conference (no medium was given)."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.medium for q in found] == ["press conference"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Il comandante provinciale dei carabinieri, il colonnello Luca Ferrari, ha "
            "sottolineato che «la collaborazione dei cittadini è stata decisiva».",
            "it",
            "Luca Ferrari",
        ),
        (
            "Der Chef der Landespolizei, der Inspekteur Hans Weber, sagte, die Lage sei ruhig.",
            "de",
            "Hans Weber",
        ),
    ],
)
def test_an_apposition_of_a_title_and_a_name_names_the_speaker(
    text: str, lang: str, speaker: str
) -> None:
    """ "Il comandante …, il colonnello Luca Ferrari, ha sottolineato": the name after the
    title in the apposition (the role before it was left to be resolved in context)."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.mention) for q in found] == [(speaker, speaker)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Opel's parent company, General Motors, said that it would answer all questions.", "en"),
        (
            "Die Konzernmutter von Opel, General Motors, teilte mit, sie werde alle Fragen "
            "beantworten.",
            "de",
        ),
    ],
)
def test_a_capitalised_title_opening_a_name_in_apposition_stays_in_the_name(
    text: str, lang: str
) -> None:
    """ "…, General Motors, said": "General" opens the name here, no title before it."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.speaker for q in found] == ["General Motors"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ferrari ha aggiunto che molte vittime non avevano denunciato per vergogna: "
            "«Invito chiunque a farsi avanti».",
            "it",
        ),
        (
            "Ferrari added that the victims did not say a word: “I urge anyone to come forward.”",
            "en",
        ),
    ],
)
def test_a_negated_verb_of_saying_introduces_no_quotation(text: str, lang: str) -> None:
    """ "Ferrari ha aggiunto che molte vittime non avevano denunciato: «…»": Ferrari's, the
    cue before (the quotation was given to "molte vittime non")."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.type, q.speaker) for q in found] == [("indirect", "Ferrari"), ("direct", "Ferrari")]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "Andrew Bailey is the governor. The head of the Bank of England said that rates "
            "would fall.",
            "The head of the Bank of England",
            "anonymous",
        ),
        (
            "A spokesman for the Labour party said that taxes would have to rise.",
            "A spokesman for the Labour party",
            "anonymous",
        ),
        (
            "Giorgia Meloni said she was happy. The leader of Brothers of Italy says voters "
            "have given a ‘clear indication’ of what they want.",
            "Giorgia Meloni",
            "person",
        ),
        (
            "The chief executive of Halden Energy said that profits would fall this year.",
            "The chief executive of Halden Energy",
            "anonymous",
        ),
    ],
)
def test_a_role_of_an_institution_is_no_institution(text: str, speaker: str, kind: str) -> None:
    """ "The head of the Bank of England said", "The leader of Brothers of Italy says": a
    role of the institution, its holder where the article names one (the institution spoke,
    or "voters" after the cue)."""
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found][-1:] == [(speaker, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "Nach Angaben des Betreibers lagerten in der Halle vor allem Textilien und Geräte.",
        "Die Opposition warf dem Senat vor, den Hafen seit Jahren zu vernachlässigen.",
    ],
)
def test_a_german_noun_after_an_article_is_nobodys_name(text: str) -> None:
    """ "nach Angaben des Betreibers", "Die Opposition warf … vor": a common noun, an unnamed
    source (it was typed a person)."""
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.speaker_kind for q in found] == ["anonymous"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "kind"),
    [
        # A bare institution word is unnamed: every country has its police, and an
        # organisation is one speaker across articles.
        ("The police said that the man had been arrested.", "en", "police", "anonymous"),
        ("La polizia ha detto che l'uomo è stato arrestato.", "it", "polizia", "anonymous"),
        ("Die Polizei teilte mit, der Mann sei festgenommen worden.", "de", "Polizei", "anonymous"),
        # One that a name places is one institution.
        (
            "The US government said that the man had been arrested.",
            "en",
            "US government",
            "organization",
        ),
        (
            "The local health ministry said that the man had been arrested.",
            "en",
            "local health ministry",
            "anonymous",
        ),
        (
            "Die Behörden teilten mit, der Mann sei festgenommen worden.",
            "de",
            "Behörden",
            "anonymous",
        ),
        ("Medien berichteten, der Mann sei festgenommen worden.", "de", "Medien", "anonymous"),
        (
            "Die Deutsche Post teilte mit, die Briefe kämen später an.",
            "de",
            "Deutsche Post",
            "organization",
        ),
    ],
)
def test_an_institution_is_an_organisation_and_a_group_is_unnamed(
    text: str, lang: str, speaker: str, kind: str
) -> None:
    """ "the US government" is an institution (typed anonymous before), "Deutsche Post" one
    (a person); "die Behörden" and "Medien" are groups nobody names (an organisation, a
    person); "the local health ministry" is unnamed (which one?)."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, kind)]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Johnson himself told CNN that the chamber had “done its job” in September.",
            "en",
            "Johnson",
        ),
        ("Johnson himself said that the chamber had done its job in September.", "en", "Johnson"),
        ("Meloni stessa ha detto che il governo non cadrà prima del voto.", "it", "Meloni"),
        ("Merz selbst sagte, die Regierung werde nicht scheitern.", "de", "Merz"),
    ],
)
def test_a_word_that_stresses_the_subject_stands_between_it_and_the_cue(
    text: str, lang: str, speaker: str
) -> None:
    """ "Johnson himself told CNN": Johnson (nobody, or CNN, whom he told, was the speaker)."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.speaker for q in found] == [speaker]


def test_a_long_attribution_between_two_quotations_of_one_utterance() -> None:
    """ "“A,” said Sen. X of Alaska, who has voted …. “B.”": B goes on with A, however long
    the sentence that attributed A (B, four words, was dropped as unattributed)."""
    text = (
        "“I don't think this is sustainable,” said Sen. Lisa Murkowski of Alaska, who has "
        "voted with Democrats on several procedural votes. “People are missing paychecks.”"
    )
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.text, q.speaker) for q in found] == [
        ("I don't think this is sustainable,", "Lisa Murkowski"),
        ("People are missing paychecks.", "Lisa Murkowski"),
    ]


def test_a_party_named_by_its_members_is_an_organisation() -> None:
    found = extract_quotes(
        "Democrats have insisted that any deal include an extension of health subsidies.",
        lang="en",
        published=PUB,
    )
    assert [(q.speaker, q.speaker_kind) for q in found] == [("Democrats", "organization")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Secondo l'ultimo rapporto della Fondazione Gimbe, oltre 4 milioni di italiani hanno "
            "rinunciato a curarsi.",
            "it",
            "Fondazione Gimbe",
        ),
        (
            "Secondo un nuovo studio dell'Università di Padova, oltre 4 milioni di italiani "
            "hanno rinunciato a curarsi.",
            "it",
            "Università di Padova",
        ),
    ],
)
def test_a_document_with_an_adjective_is_its_owners(text: str, lang: str, speaker: str) -> None:
    """ "Secondo l'ultimo rapporto della Fondazione Gimbe": the foundation (the source was
    the report itself, unnamed)."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, "organization")]


def test_a_description_in_apposition_starts_after_a_colon() -> None:
    text = (
        "Filtra invece preoccupazione dalle Regioni: il presidente della Conferenza, "
        "Massimiliano Fedriga, ha avvertito che «senza personale i soldi non bastano»."
    )
    found = extract_quotes(text, lang="it", published=PUB)
    assert [(q.speaker, q.description) for q in found] == [
        ("Massimiliano Fedriga", "il presidente della Conferenza")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Zuvor hatte Ehrenpräsident Uli Hoeneß im „Kicker“ gefordert, die Mannschaft müsse "
        "endlich wieder mit Leidenschaft spielen.",
        "Am Montag hatte Uli Hoeneß der Zeitung gesagt, die Mannschaft müsse endlich wieder "
        "mit Leidenschaft spielen.",
    ],
)
def test_a_german_subject_after_an_auxiliary_in_second_place(text: str) -> None:
    """ "Zuvor hatte Ehrenpräsident Uli Hoeneß im „Kicker“ gefordert": the subject right
    after the auxiliary (it was left to context, or read as "Uli Hoeneß der Zeitung")."""
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.mention) for q in found] == [("Uli Hoeneß", "Uli Hoeneß")]


@pytest.mark.parametrize("role", ["Torhüter", "Kapitän"])
def test_a_german_team_role_stands_for_the_player_named_before(role: str) -> None:
    """ "Bayern-Kapitän Manuel Neuer … betonte der Torhüter": Neuer (an unnamed goalkeeper
    before); "Heidenheims Coach Frank Schmidt" is Frank Schmidt."""
    text = (
        "Heidenheims Coach Frank Schmidt war überglücklich. Bayern-Kapitän Manuel Neuer wollte "
        "von einer Krise nichts wissen. „Wir sind Tabellenführer, das sollte man nicht "
        f"vergessen“, betonte der {role}."
    )
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.speaker for q in found] == ["Manuel Neuer"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Fonti di Forza Italia, invece, frenano: «Prima bisogna mettere in sicurezza i conti».",
            "Fonti di Forza Italia",
        ),
        ("I sindacati insorgono: «Così si tagliano i salari dei lavoratori».", "sindacati"),
        (
            "«Salvini lo dice da dieci anni», ironizza il leader di Azione su X.",
            "il leader di Azione",
        ),
        (
            "Dalla Lega fanno sapere che il partito presenterà emendamenti sulla flat tax.",
            "Lega",
        ),
    ],
)
def test_italian_political_reporting(text: str, speaker: str) -> None:
    """The present of political reporting ("frenano", "insorgono": the quotation was lost
    or given to "Forza Italia"); "il leader di Azione su X" names no holder "X"; "Lega" is
    a party."""
    found = extract_quotes(text, lang="it", published=PUB)
    assert [q.speaker for q in found] == [speaker]
    assert found[-1].speaker_kind != "person"


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "The cuts will fall mostly on the sales teams, according to people familiar with the "
            "matter who asked not to be named because the plans are not public.",
            "en",
            "people familiar with the matter",
        ),
        (
            "I tagli riguarderanno soprattutto le vendite, secondo fonti vicine al dossier che "
            "chiedono l'anonimato.",
            "it",
            "fonti vicine al dossier",
        ),
    ],
)
def test_an_according_to_source_ends_before_its_relative_clause(
    text: str, lang: str, speaker: str
) -> None:
    """ "…, according to people familiar with the matter who asked not to be named …": the
    statement and its source (nothing was reported: the source ran to the sentence's end)."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, "anonymous")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "medium"),
    [
        (
            "On a call with analysts, Chief Financial Officer Ben Adler said the restructuring "
            "would cost more than expected.",
            "en",
            "Ben Adler",
            None,
        ),
        (
            "Its founder, Daniel Cho, wrote in a blog post that the industry was “entering a "
            "winter.”",
            "en",
            "Daniel Cho",
            "blog",
        ),
        (
            "Beppe Grillo ha scritto sul suo blog che il governo è ormai finito.",
            "it",
            "Beppe Grillo",
            "blog",
        ),
    ],
)
def test_officers_and_blogs(text: str, lang: str, speaker: str, medium: str | None) -> None:
    """ "Chief Financial Officer Ben Adler" is Ben Adler (it was "Financial Officer Ben
    Adler"); a blog post is a medium."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.medium) for q in found] == [(speaker, medium)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Aus Regierungskreisen hieß es, ein Gesetzentwurf solle noch vor der Sommerpause "
            "vorgelegt werden.",
            "Regierungskreisen",
        ),
        (
            "Aus Kreisen der Koalition hieß es, ein Gesetzentwurf solle noch vor der Sommerpause "
            "vorgelegt werden.",
            "Kreisen der Koalition",
        ),
    ],
)
def test_german_aus_opening_a_sentence_is_no_part_of_the_source(text: str, speaker: str) -> None:
    """ "Aus Regierungskreisen hieß es": where the words come from (the person "Aus
    Regierungskreisen" spoke)."""
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, "anonymous")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Gegenüber der Zeitung sagte Weber, die Lage sei sehr ernst.", "Weber"),
        ("Wegen der Lage warnte die Polizei, man solle zu Hause bleiben.", "Polizei"),
    ],
)
def test_a_german_preposition_opening_a_sentence_is_no_name(text: str, speaker: str) -> None:
    """ "Gegenüber der Zeitung sagte Weber": Weber (the organisation "Gegenüber der Zeitung"
    spoke); German prepositions are function words."""
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.speaker for q in found] == [speaker]


def test_a_german_prepositional_phrase_before_an_inverted_verb_is_no_statement() -> None:
    """ "Trotz der Anwesenheit der Truppe, die …, erklärte X den Notstand": the phrase and
    its relative clause are no statement of X's (they were reported once the preposition
    stopped reading as a name); "Für Kleinkinder ist …, schreibt X" has a verb and is."""
    text = (
        "Trotz der Anwesenheit der Eingreiftruppe, die unter der Führung Australiens agiert, "
        "erklärte Präsident Xanana Gusmão den Ausnahmezustand."
    )
    assert extract_quotes(text, lang="de", published=PUB) == []
    text = "Für Kleinkinder ist die Belastung ein besonderes Problem, schreibt die Stiftung."
    assert [q.text for q in extract_quotes(text, lang="de", published=PUB)] == [
        "Für Kleinkinder ist die Belastung ein besonderes Problem"
    ]


def test_an_attribution_of_two_sentences_leaves_the_next_quotation_alone() -> None:
    """A quotation goes on with the one before only across one sentence: "“A,” said Jane
    Doe. Her rival, John Smith, disagreed strongly and left. “B.”" is no part of Doe's."""
    text = (
        "“We are ready,” said Jane Doe. Her rival, John Smith, disagreed strongly and left. "
        "“Not true.”"
    )
    found = extract_quotes(text, lang="en", published=PUB)
    assert [q.speaker for q in found if q.text == "Not true."] in ([], [None], ["John Smith"])


def test_a_clause_and_a_coordinated_cue_is_no_inverted_attribution() -> None:
    """ "CLAUSE, and forecasters warned of …": the clause before is no statement (it was
    reported, its speaker taken from context)."""
    text = (
        "Hurricane Leona strengthened to a Category 4 storm on Thursday as it churned toward "
        "Florida's Gulf Coast, and forecasters warned of a storm surge of up to 15 feet."
    )
    assert extract_quotes(text, lang="en", published=PUB) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Federal Emergency Management Agency Administrator Deanne Criswell said her agency "
            "had moved food and water across the state.",
            "Deanne Criswell",
        ),
        (
            "The storm will hit on Friday, and forecasters warned that the surge could be high.",
            "forecasters",
        ),
    ],
)
def test_administrators_and_forecasters(text: str, speaker: str) -> None:
    found = extract_quotes(text, lang="en", published=PUB)
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    ("text", "lang", "said_on"),
    [
        (
            "«Siamo pronti», ha detto ieri il ministro Mario Rossi.",
            "it",
            PUB - dt.timedelta(days=1),
        ),
        ("“We are ready,” Jane Doe said yesterday.", "en", PUB - dt.timedelta(days=1)),
        ("„Wir sind bereit“, sagte Weber vorgestern.", "de", PUB - dt.timedelta(days=2)),
        # since yesterday: a start, not the day it was said
        ("“We have been ready since yesterday,” Jane Doe said.", "en", PUB),
        ("«Siamo pronti», ha detto Mario Rossi, in carica da ieri.", "it", PUB),
    ],
)
def test_yesterday_is_resolved_against_the_publication_date(
    text: str, lang: str, said_on: dt.date
) -> None:
    """ "ha detto ieri", "said yesterday", "sagte vorgestern": the day before the
    publication date, or two (it was the publication date)."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.said_on for q in found] == [said_on]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Le vendite in Europa sono calate del 12% nei primi nove mesi, secondo i dati "
            "dell'Acea.",
            "it",
            "Acea",
        ),
        (
            "Unemployment fell to 4 percent, according to figures from the Office for National "
            "Statistics.",
            "en",
            "Office for National Statistics",
        ),
        (
            "Unemployment fell to 4 percent, according to the Office for National Statistics.",
            "en",
            "Office for National Statistics",
        ),
    ],
)
def test_data_and_figures_are_their_owners(text: str, lang: str, speaker: str) -> None:
    """ "secondo i dati dell'Acea", "according to figures from the ONS": the owner of the
    data (the data themselves, unnamed); a name after "for" goes on ("Office for National
    Statistics" was "Office")."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.speaker for q in found] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Dall'azienda fanno sapere che la produzione riprenderà regolarmente a dicembre.",
            "azienda",
        ),
        (
            "Dal ministero fanno sapere che la produzione riprenderà regolarmente a dicembre.",
            "ministero",
        ),
    ],
)
def test_an_unnamed_institution_whence_the_words_come(text: str, speaker: str) -> None:
    """ "Dall'azienda fanno sapere che …": the company, unnamed (the organisation "Dall'",
    or nobody)."""
    found = extract_quotes(text, lang="it", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, "anonymous")]


def test_a_relative_clause_in_apposition_is_no_description() -> None:
    """ "Declan Rice, who scored the second goal, admitted …": Rice, with no role (the
    relative clause was his description); "Declan Rice, the England midfielder," keeps his."""
    found = extract_quotes(
        "Declan Rice, who scored the second goal, admitted the team had been “sloppy” in "
        "defence. Declan Rice, the England midfielder, said the team had been sloppy again.",
        lang="en",
        published=PUB,
    )
    assert [(q.speaker, q.description) for q in found] == [
        ("Declan Rice", None),
        ("Declan Rice", "the England midfielder"),
    ]


def test_a_cue_after_a_comma_and_a_conjunction_has_the_earlier_subject() -> None:
    """ "X ha riconosciuto che … «…» nei servizi, ma ha aggiunto che …": X both times (the
    second was "servizi, ma", an unnamed source, and the first had no cue)."""
    found = extract_quotes(
        "Christine Lagarde ha riconosciuto che il calo dei prezzi «procede lentamente» nei "
        "servizi, ma ha aggiunto che il consiglio è «fiducioso» sull'obiettivo.",
        lang="it",
        published=PUB,
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("procede lentamente", "Christine Lagarde"),
        ("fiducioso", "Christine Lagarde"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Il sindaco di Faenza Massimo Isola ha invitato i cittadini a non uscire di casa.",
            "it",
            "Massimo Isola",
        ),
        (
            "Der Sprecher des Ministeriums Jan Frei forderte die Bürger auf, zu Hause zu bleiben.",
            "de",
            "Jan Frei",
        ),
    ],
)
def test_a_role_of_a_place_before_the_name_opens_the_subject(
    text: str, lang: str, speaker: str
) -> None:
    """ "Il sindaco di Faenza X ha invitato i cittadini a …": X invites; the citizens after
    the verb are its object (they were the speaker once "di" stood in the role)."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.speaker for q in found] == [speaker]


def test_a_place_after_the_cue_is_no_reported_clause() -> None:
    """ "…,” Voss said on the stand last week.": the two quotations, and no indirect
    statement "the stand last week"; "said on Tuesday it expected …" still reports one."""
    found = quotes(
        "“I told him it was wrong,” Voss said on the stand last week. “He told me to stop "
        "worrying.” The bank said on Tuesday it expected the case to close soon.",
        "en",
    )
    assert found == [
        ("direct", "I told him it was wrong,", "Voss"),
        ("direct", "He told me to stop worrying.", "Voss"),
        ("indirect", "it expected the case to close soon", "bank"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "According to the Fed's latest projections, officials expect inflation to fall "
            "to 2.6% by the end of the year.",
            "Fed",
            "organization",
        ),
        (
            "Growth will slow to 2 percent next year, according to the IMF's latest report.",
            "IMF",
            "organization",
        ),
        (
            "In Washington, the International Monetary Fund's new forecast says growth will "
            "slow to 2 percent next year.",
            "International Monetary Fund",
            "organization",
        ),
        (
            "According to Mr Smith's statement, the contract was never signed by anyone.",
            "Smith",
            "person",
        ),
    ],
)
def test_a_document_in_the_possessive_is_its_owners(text: str, speaker: str, kind: str) -> None:
    """ "according to the Fed's latest projections": the Fed, an institution (it was the
    person "Fed's"); "the Fund's new forecast says": "forecast" after an adjective is the
    noun, not the verb (its clause was "says growth will slow")."""
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, kind)]
    assert not found[0].text.startswith("says")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Richter Thomas Brandl sprach das Urteil. Es gebe keinen Zweifel an der Schuld, "
            "sagte der Richter.",
            "Thomas Brandl",
        ),
        (
            "Das sagte der Vorsitzende Richter Thomas Brandl. Die Gelder seien in ein "
            "Schneeballsystem geflossen, so der Richter.",
            "Thomas Brandl",
        ),
        (
            "Verkehrsminister Volker Wissing war in Berlin. Die Lage sei sehr ernst, sagte "
            "der Minister der Zeitung.",
            "Volker Wissing",
        ),
        (
            "Der Maler Gerhard Richter stellt in Köln aus. Die Bilder seien alle neu, sagte "
            "Richter.",
            "Gerhard Richter",
        ),
    ],
)
def test_a_title_by_its_ending_is_resolved_to_its_holder(text: str, speaker: str) -> None:
    """ "so der Richter" after "Richter Thomas Brandl", "sagte der Minister der Zeitung"
    after "Verkehrsminister Volker Wissing": the person (they were unnamed sources "Richter",
    "Minister der Zeitung"); a surname spelt like a title stays the surname."""
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.speaker for q in found] == [speaker]


def test_a_party_members_role_goes_on_with_the_person_quoted() -> None:
    """ "X forderte …, zurückzukehren. „…“, sagte der FDP-Politiker der Zeitung": X (the
    role was an unnamed source "FDP-Politiker der Zeitung"; the paper is whom it was said
    to)."""
    found = extract_quotes(
        "Verkehrsminister Volker Wissing forderte beide Seiten auf, an den "
        "Verhandlungstisch zurückzukehren. „Ein Arbeitskampf darf nicht auf dem Rücken der "
        "Pendler ausgetragen werden“, sagte der FDP-Politiker der Zeitung.",
        lang="de",
        published=PUB,
    )
    assert [(q.type, q.speaker) for q in found] == [
        ("indirect", "Volker Wissing"),
        ("direct", "Volker Wissing"),
    ]
    assert found[1].mention == "der FDP-Politiker"


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Peter Haller sprach von einem Fehlurteil. Eine Rentnerin aus Augsburg sagte, "
            "sie habe 80.000 Euro verloren.",
            "de",
            "Eine Rentnerin aus Augsburg",
        ),
        (
            "Martin Okafor pleaded not guilty. A commuter from Potsdam said the trains had "
            "been late all week.",
            "en",
            "A commuter from Potsdam",
        ),
        (
            "Il sindaco Massimo Isola ha parlato ieri. Una pensionata di Faenza ha detto che "
            "l'acqua è entrata in casa di notte.",
            "it",
            "Una pensionata di Faenza",
        ),
    ],
)
def test_somebody_from_a_place_is_an_unnamed_source(text: str, lang: str, speaker: str) -> None:
    """ "Eine Rentnerin aus Augsburg sagte, …": an unnamed source (the place read as a name
    left no subject, and the person named before was given the words)."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found][-1:] == [(speaker, "anonymous")]


def test_a_noun_after_an_indefinite_article_is_nobodys_name() -> None:
    """ "„…“, sagte eine Pendlerin aus Potsdam": an unnamed source, not a person
    "Pendlerin"."""
    found = extract_quotes(
        "„Ich verstehe die Lokführer, aber so langsam reicht es“, sagte eine Pendlerin aus "
        "Potsdam.",
        lang="de",
        published=PUB,
    )
    assert [(q.speaker, q.speaker_kind) for q in found] == [("Pendlerin", "anonymous")]


def test_an_adjective_in_a_genitive_stays_in_the_according_source() -> None:
    """ "Laut dem Institut der deutschen Wirtschaft kostet ein Streiktag …": the statement
    starts at the verb (it was "deutschen Wirtschaft kostet …", the source cut at the
    lower-case adjective)."""
    found = extract_quotes(
        "Laut dem Institut der deutschen Wirtschaft kostet ein Streiktag die Volkswirtschaft "
        "bis zu 100 Millionen Euro.",
        lang="de",
        published=PUB,
    )
    assert [q.text for q in found] == [
        "kostet ein Streiktag die Volkswirtschaft bis zu 100 Millionen Euro"
    ]
    assert found[0].cue == "Laut"


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "A spokeswoman for Halvern Bank declined to comment. In a statement, the bank "
            "said it “continues to cooperate fully with the authorities.”",
            "en",
            "Halvern Bank",
        ),
        (
            "The Bank of England raised rates on Thursday. The bank said inflation would fall "
            "to 2 percent next year.",
            "en",
            "Bank of England",
        ),
        (
            "Banca Intesa ha chiuso il trimestre. La banca ha detto che gli utili sono "
            "cresciuti del 10 per cento.",
            "it",
            "Banca Intesa",
        ),
        (
            "Die Lokführergewerkschaft GDL hat zum Streik aufgerufen. Der Ausstand solle am "
            "Mittwoch beginnen, teilte die Gewerkschaft mit.",
            "de",
            "GDL",
        ),
    ],
)
def test_a_kind_of_organisation_is_the_one_the_article_named(
    text: str, lang: str, speaker: str
) -> None:
    """ "Halvern Bank … the bank said": Halvern Bank, an organisation (it was the unnamed
    source "bank", one per article in the database, where the bank is one speaker)."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, "organization")]


def test_a_kind_of_organisation_nobody_named_stays_unnamed() -> None:
    """ "the union said" with no union named before (a council is no union): unnamed. (A bank
    before "the company said" is that company: see the business tests.)"""
    found = extract_quotes(
        "Halvern Council reported a loss. The union said sales fell 5 percent in the quarter.",
        lang="en",
        published=PUB,
    )
    assert [(q.speaker, q.speaker_kind) for q in found] == [("union", "anonymous")]


def test_a_gerund_cue_after_a_comma_takes_a_bare_clause() -> None:
    """ "…, saying it respects the independence of the central bank": what the White House
    said (a comma before the cue read as an inverted attribution, which needs no clause)."""
    found = quotes(
        "The White House declined to comment on the decision, saying it respects the "
        "independence of the central bank.",
        "en",
    )
    assert found == [
        ("indirect", "it respects the independence of the central bank", "White House")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Il presidente ucraino Volodymyr Zelensky ha parlato a Kiev. Il presidente "
            "ucraino ha detto che la guerra continuerà a lungo.",
            "Volodymyr Zelensky",
        ),
        (
            "Simone Inzaghi ha parlato a Milano. Il tecnico nerazzurro ha detto che lo "
            "scudetto è ancora lontano.",
            "Simone Inzaghi",
        ),
    ],
)
def test_a_title_and_its_qualifier_opening_the_clause(text: str, speaker: str) -> None:
    """ "Il presidente ucraino ha detto …": the holder (it was the unnamed source
    "presidente ucraino")."""
    found = extract_quotes(text, lang="it", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, "person")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "medium"),
    [
        (
            "Superintendent Karen Whitfield said the district had no choice after enrollment fell.",
            "en",
            "Karen Whitfield",
            None,
        ),
        (
            "„Der Klimawandel ist keine ferne Bedrohung mehr“, schrieb Winfried Kretschmann "
            "auf der Plattform X.",
            "de",
            "Winfried Kretschmann",
            "X",
        ),
    ],
)
def test_more_titles_and_media(text: str, lang: str, speaker: str, medium: str | None) -> None:
    """ "Superintendent" is a title (it was part of the name); "auf der Plattform X" is X."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.medium) for q in found] == [(speaker, medium)]


def test_a_subject_after_a_title_and_its_qualifier_goes_on() -> None:
    """ "Il capitano nerazzurro Lautaro Martinez, …, ha dedicato … «…», ha detto": Lautaro
    Martinez, who opens the sentence before (the coach quoted before him was given it)."""
    found = extract_quotes(
        "«Penso solo alla prossima partita», ha detto Allegri. Il capitano nerazzurro "
        "Lautaro Martinez, autore del primo gol, ha dedicato la rete alla figlia appena nata. "
        "«Questo gol è per lei», ha detto emozionato a fine gara.",
        lang="it",
        published=PUB,
    )
    assert [q.speaker for q in found] == ["Allegri", "Lautaro Martinez"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "European Union lawmakers approved the rules, setting up a clash with tech "
            "companies that say the law could stifle innovation.",
            "en",
            "tech companies",
        ),
        (
            "The bill passed easily. Civil rights groups, meanwhile, argued that the law did "
            "not go far enough.",
            "en",
            "Civil rights groups",
        ),
        (
            "Papa Francesco ha ricordato le vittime. Un volontario racconta: «Abbiamo "
            "recuperato i corpi per tutta la notte».",
            "it",
            "Un volontario",
        ),
        (
            "Le Ong accusano il governo di aver ritardato i soccorsi in mare.",
            "it",
            "Ong",
        ),
    ],
)
def test_unnamed_groups_and_helpers(text: str, lang: str, speaker: str) -> None:
    """ "tech companies that say …" (a relative "that" without a comma), "Civil rights
    groups", "Un volontario racconta", "Le Ong accusano": unnamed sources (they were the
    person or the institution named before, or a person "Ong")."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found][-1:] == [(speaker, "anonymous")]


def test_a_board_member_described_by_a_foundation_is_a_person() -> None:
    """ "Der Vorstand der Deutschen Stiftung Patientenschutz, Eugen Brysch, sagte …": a
    person ("Vorstand" is a role; the foundation made him an organisation)."""
    found = extract_quotes(
        "Der Vorstand der Deutschen Stiftung Patientenschutz, Eugen Brysch, sagte der "
        "Zeitung, die Patienten dürften nicht länger leiden.",
        lang="de",
        published=PUB,
    )
    assert [(q.speaker, q.speaker_kind) for q in found] == [("Eugen Brysch", "person")]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Lakers coach Darvin Ham said Anthony Davis, who left in the third quarter with a "
            "sore ankle, would undergo an MRI on Sunday.",
            "Anthony Davis, who left in the third quarter with a sore ankle, would undergo an "
            "MRI on Sunday",
        ),
        (
            "The minister said Paris, which hosted the talks, had been a good choice.",
            "Paris, which hosted the talks, had been a good choice",
        ),
    ],
)
def test_a_bare_clause_whose_subject_has_a_relative_clause(text: str, clause: str) -> None:
    """ "said Anthony Davis, who left …, would undergo …": the clause, relative clause and
    all (nothing was reported: the verb stood too far from the cue)."""
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.type, q.text) for q in found] == [("indirect", clause)]


def test_a_phrase_with_for_before_a_name_is_no_one_from_a_place() -> None:
    """ "It was a victory for Jane Smith, who said …": Jane Smith (only a preposition of
    origin, "from", "aus", "di", makes "a … X" somebody from a place; "for" made the
    unnamed source "a victory for Jane Smith")."""
    found = extract_quotes(
        "It was a victory for Jane Smith, who said the vote was fair.", lang="en", published=PUB
    )
    assert [(q.speaker, q.speaker_kind) for q in found] == [("Jane Smith", "person")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            'Carlos Alcaraz lost in five sets. "I gave everything," the Spaniard told reporters.',
            "en",
            "Carlos Alcaraz",
        ),
        (
            "Jannik Sinner beat Carlos Alcaraz on Sunday. The Italian, who trailed by a break in "
            'the fourth set, described the match as "the hardest I have ever played."',
            "en",
            "Jannik Sinner",
        ),
        (
            "Tadej Pogacar ha staccato Geraint Thomas sul Blockhaus. «Oggi stavo bene», ha detto "
            "lo sloveno.",
            "it",
            "Tadej Pogacar",
        ),
        (
            "Charles Leclerc verlor die Führung in der Box. „Wir hätten früher reinkommen "
            "müssen“, räumte der Monegasse ein.",
            "de",
            "Charles Leclerc",
        ),
    ],
)
def test_a_nationality_stands_for_the_person_named_before(
    text: str, lang: str, speaker: str
) -> None:
    """ "the Spaniard told reporters", "ha detto lo sloveno", "räumte der Monegasse ein",
    and "The Italian, who …, described": the person named before (they were the person
    "Spaniard", the unnamed source "Monegasse", or the wrong person past a relative clause)."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, "person")]


@pytest.mark.parametrize(
    ("text", "lang", "cue"),
    [
        (
            'Speaking on court, Jannik Sinner joked that he would "sleep for a week."',
            "en",
            "joked",
        ),
        (
            "Il direttore sportivo, Matxin Fernandez, ha escluso che Pogacar corra il Tour.",
            "it",
            "ha escluso",
        ),
        (
            "„Ich hatte keinen Platz mehr“, schimpfte Nico Hülkenberg nach dem Rennen.",
            "de",
            "schimpfte",
        ),
    ],
)
def test_asides_and_outbursts_are_cues(text: str, lang: str, cue: str) -> None:
    """ "joked that", "ha escluso che", "schimpfte X": reporting verbs (the words were
    lost, or given to the person quoted before)."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert len(found) == 1 and found[0].cue == cue and found[0].speaker_kind == "person"


@pytest.mark.parametrize(
    "text",
    [
        "Il ct ha attaccato Rossi, che non giocherà domenica.",
        "Salvini ha criticato il ministro, che non ha risposto alle domande.",
    ],
)
def test_a_relative_clause_after_the_object_is_no_report(text: str) -> None:
    """ "ha attaccato Rossi, che non giocherà": "che" after the verb's object and a comma is
    a relative pronoun, no complementizer (it reported "non giocherà domenica")."""
    assert extract_quotes(text, lang="it", published=PUB) == []


def test_a_clause_set_off_after_the_cue_still_opens_with_che() -> None:
    found = extract_quotes(
        "Il ministro ha spiegato, durante la conferenza, che il piano è pronto.",
        lang="it",
        published=PUB,
    )
    assert [q.text for q in found] == ["il piano è pronto"]


def test_a_verb_before_the_name_is_no_role() -> None:
    """ "The coach criticized Smith, who said …": Smith, with no description (it was "The
    coach criticized")."""
    found = extract_quotes(
        "The coach criticized Smith, who said he will not play on Sunday.",
        lang="en",
        published=PUB,
    )
    assert [(q.speaker, q.description) for q in found] == [("Smith", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Man habe dem Auto vertraut, erklärte Frédéric Vasseur.",
        "Man habe mit den Daten gearbeitet, die man gehabt habe, erklärte Frédéric Vasseur.",
    ],
)
def test_a_german_clause_with_an_auxiliary_before_an_inverted_cue(text: str) -> None:
    """ "Man habe dem Auto vertraut, erklärte X": the clause is X's statement (its
    auxiliary and object were read as the subject "Man" of a participle cue, and nothing
    was reported)."""
    found = extract_quotes(text, lang="de", published=PUB)
    assert [(q.text, q.speaker) for q in found] == [
        (text.split(", erklärte")[0], "Frédéric Vasseur")
    ]


def test_a_full_name_after_a_german_preposition_is_a_name_when_named_again() -> None:
    """ "gewann vor Charles Leclerc … Leclerc führte lange. „…“, räumte er ein": Leclerc (a
    capitalised run after a preposition was always a noun phrase, so the pronoun went to
    the person quoted before)."""
    found = extract_quotes(
        "Max Verstappen gewann vor Charles Leclerc. „Das Auto war schnell“, sagte Verstappen "
        "nach dem Rennen. Leclerc führte lange. „Wir hätten früher reinkommen müssen“, "
        "räumte er ein.",
        lang="de",
        published=PUB,
    )
    assert [q.speaker for q in found] == ["Max Verstappen", "Charles Leclerc"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Rick Santorum sprach in Ohio. „Das ist falsch“, sagte Santorum. Als Jeff Zeleny, "
            "ein Reporter, ihn auf seine Aussage ansprach, reagierte er unwirsch. „Hört auf, "
            "unsere Worte zu verdrehen.“",
            "de",
        ),
        (
            'Rick Santorum spoke in Ohio. "This is wrong," Santorum said. When Jeff Zeleny, a '
            'reporter, asked him about the remark, he lost his temper. "Stop twisting our '
            'words."',
            "en",
        ),
        (
            "Rick Santorum ha parlato in Ohio. «È sbagliato», ha detto Santorum. Quando Jeff "
            "Zeleny, un cronista, gli ha chiesto della frase, ha perso la pazienza. «Smettetela "
            "di distorcere le nostre parole».",
            "it",
        ),
    ],
)
def test_a_name_in_a_clause_opening_the_sentence_is_not_its_subject(text: str, lang: str) -> None:
    """ "Als Jeff Zeleny … ihn … ansprach, reagierte er unwirsch. „…“": Santorum, quoted
    before (the reporter, named first in a "when" clause, was taken for the sentence's
    subject)."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.speaker for q in found] == ["Rick Santorum", "Rick Santorum"]


def test_a_day_before_a_name_is_not_part_of_it() -> None:
    """ "am Sonntag Santorum": Santorum, not a person "Sonntag Santorum"."""
    found = extract_quotes(
        "Rick Santorum sprach in Ohio. Am Sonntag traf Jeff Zeleny am Sonntag Santorum in "
        "Ohio. „Hört auf, unsere Worte zu verdrehen“, schrieb er.",
        lang="de",
        published=PUB,
    )
    assert [q.speaker for q in found] == ["Rick Santorum"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Jannik Sinner won the final. Speaking on court, he thanked his team and joked "
            'that he would "sleep for a week."',
            "en",
            "Jannik Sinner",
        ),
        (
            "Parlando ai giornalisti, Giorgia Meloni ha ringraziato i volontari e ha detto che "
            "il governo farà la sua parte.",
            "it",
            "Giorgia Meloni",
        ),
        (
            "Sterling, who left the club in May, thanked the fans and said that he would "
            "return one day.",
            "en",
            "Sterling",
        ),
    ],
)
def test_a_participial_phrase_opening_the_sentence_is_no_subject(
    text: str, lang: str, speaker: str
) -> None:
    """ "Speaking on court, he thanked … and joked that …": the person, not "Speaking" (nor
    "Parlando"); a surname ending like a gerund stays the subject."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.speaker for q in found] == [speaker]


def test_secondo_before_a_preposition_is_no_source() -> None:
    """ "Thomas, secondo al traguardo insieme a X, ha ammesso di …": "secondo" is second
    here, not "according to" (it reported "ha ammesso di …" by "al traguardo …")."""
    found = extract_quotes(
        "Thomas, secondo al traguardo insieme a Daniel Martinez, ha ammesso di non aver potuto "
        "fare nulla.",
        lang="it",
        published=PUB,
    )
    assert [(q.text, q.speaker) for q in found] == [("non aver potuto fare nulla", "Thomas")]


def test_a_cue_after_a_subordinator_without_a_subject_is_a_passive() -> None:
    """ "not to return until told it was safe": nobody's words (it reported "it was safe"
    by "residents not to return until")."""
    found = extract_quotes(
        "Officials urged residents not to return until told it was safe.", lang="en", published=PUB
    )
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "Sheriff Jim Fryhoff spoke to reporters. Some residents refused to leave, he said, "
        "adding that anyone who stays is putting firefighters at risk.",
        "Sheriff Jim Fryhoff spoke to reporters. Some residents refused to leave, he said, "
        'adding that "anyone who stays is putting firefighters at risk."',
    ],
)
def test_a_gerund_after_an_inverted_cue_has_its_subject(text: str) -> None:
    """ "Some residents refused to leave, he said, adding that …": both statements are the
    sheriff's (the first was lost, the "that" clause read as the first verb's, and the
    second given to "Some residents")."""
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.text[:20], q.speaker) for q in found] == [
        ("Some residents refus", "Jim Fryhoff"),
        ("anyone who stays is ", "Jim Fryhoff"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            'Meteorologist Kate Hirsch called the conditions "about as bad as it gets."',
            "Kate Hirsch",
            "person",
        ),
        ("An economist said growth would slow next year.", "An economist", "anonymous"),
    ],
)
def test_professions_are_english_titles(text: str, speaker: str, kind: str) -> None:
    """ "Meteorologist Kate Hirsch" (the whole was the name), "An economist" (no source)."""
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, kind)]


def test_a_day_in_another_statement_is_not_when_this_one_was_said() -> None:
    """ "said the winds would ease on Wednesday afternoon but warned that humidity …": the
    warning was dated to that Wednesday."""
    found = extract_quotes(
        "The National Weather Service said the winds were expected to ease on Wednesday "
        "afternoon but warned that humidity would stay below 10 percent.",
        lang="en",
        published=PUB,
    )
    assert [q.said_on for q in found] == [PUB, PUB]


def test_a_day_before_an_unnamed_source_is_not_part_of_it() -> None:
    """ "On Wednesday the agency said": the agency (the source was "Wednesday the agency"),
    said on that Wednesday."""
    found = extract_quotes(
        "On Wednesday the agency said the winds would ease.", lang="en", published=PUB
    )
    assert [(q.speaker, q.said_on) for q in found] == [("agency", dt.date(2024, 5, 8))]


def test_a_dateline_is_no_part_of_a_statement_split_by_its_source() -> None:
    """ "Berlin – Mieter … müssen sich nach Einschätzung des Deutschen Mieterbundes auf …
    einstellen": the statement's first part starts after the dateline, and a "-bund" is an
    organisation (it was a person)."""
    found = extract_quotes(
        "Berlin – Mieter in Deutschland müssen sich nach Einschätzung des Deutschen "
        "Mieterbundes auf deutlich höhere Heizkostenabrechnungen einstellen.",
        lang="de",
        published=PUB,
    )
    assert [(q.text, q.speaker, q.speaker_kind) for q in found] == [
        ("Mieter in Deutschland müssen sich", "Deutscher Mieterbund", "organization"),
        (
            "auf deutlich höhere Heizkostenabrechnungen einstellen",
            "Deutscher Mieterbund",
            "organization",
        ),
    ]


def test_a_kind_of_organisation_in_the_genitive_before_its_name() -> None:
    """ "Nach Angaben des Vergleichsportals Verivox …, teilte das Portal mit": Verivox both
    times (it was "Vergleichsportals Verivox", then the organisation "Portal")."""
    found = extract_quotes(
        "Nach Angaben des Vergleichsportals Verivox zahlt ein Musterhaushalt im Schnitt 2.180 "
        "Euro im Jahr für Gas. Das seien rund 12 Prozent mehr als vor einem Jahr, teilte das "
        "Portal mit.",
        lang="de",
        published=PUB,
    )
    assert [(q.speaker, q.speaker_kind) for q in found] == [("Verivox", "organization")] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Ein Sprecher der Gewerkschaft Verdi erklärte: „Wir reden gerne mit ihm.“",
        "Ein Sprecher des Fernsehsenders ProSieben erklärte: „Wir reden gerne mit ihm.“",
    ],
)
def test_a_spokesman_of_an_organisation_named_by_its_kind_is_unnamed(text: str) -> None:
    """ "Ein Sprecher der Gewerkschaft Verdi": an unnamed source of the union, not the union
    (the kind before the name hid the "der" that makes him the union's)."""
    found = extract_quotes(text, lang="de", published=PUB)
    assert [q.speaker_kind for q in found] == ["anonymous"]
    assert found[0].speaker is not None and found[0].speaker.startswith("Ein Sprecher")


def test_a_subject_with_a_relative_clause_is_no_statement_of_the_cue() -> None:
    """ "Il corridore abruzzese, che correva in casa, ha spiegato ai microfoni della Rai di
    aver sofferto il caldo": the rider's words, the infinitive after whom it was said to
    (the subject and its relative clause were reported, and the infinitive lost)."""
    found = extract_quotes(
        "Giulio Ciccone è crollato sull'ultima salita. Il corridore abruzzese, che correva "
        "in casa, ha spiegato ai microfoni della Rai di aver sofferto il caldo.",
        lang="it",
        published=PUB,
    )
    assert [(q.text, q.speaker) for q in found] == [("aver sofferto il caldo", "Giulio Ciccone")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Arsenal beat Chelsea. Striker Gabriel Jesus scored twice. The striker said the "
            "title race was open.",
            "en",
        ),
        (
            "L'Inter ha battuto il Milan. L'attaccante Gabriel Jesus ha segnato due gol. "
            "L'attaccante ha detto che il campionato è aperto.",
            "it",
        ),
    ],
)
def test_a_players_position_is_a_title(text: str, lang: str) -> None:
    """ "The striker said", "L'attaccante ha detto": the player named before."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.speaker for q in found] == ["Gabriel Jesus"]


def test_a_sentence_in_the_reported_mood_may_quote_a_few_words() -> None:
    """ "„…“, sagte Verstappen. Sein Team habe „einen perfekten Job“ gemacht.": the second
    sentence goes on reporting him, marks and all (it was left out)."""
    found = extract_quotes(
        "„Das Auto war schnell“, sagte Max Verstappen nach dem Rennen. Sein Team habe „einen "
        "perfekten Job“ gemacht.",
        lang="de",
        published=PUB,
    )
    assert [(q.type, q.text, q.speaker) for q in found] == [
        ("direct", "Das Auto war schnell", "Max Verstappen"),
        ("indirect", "Sein Team habe „einen perfekten Job“ gemacht", "Max Verstappen"),
    ]


def test_a_pronoun_opening_a_verb_final_clause_is_its_subject() -> None:
    """ "eine Rede, in der er die Regierung aufforderte, …": he, the minister, asked (it was
    the government, the object before the verb)."""
    found = extract_quotes(
        "Der Minister Hans Weber hielt am Montag eine Rede, in der er die Regierung "
        "aufforderte, die Steuern zu senken.",
        lang="de",
        published=PUB,
    )
    assert [(q.text, q.speaker) for q in found] == [("die Steuern zu senken", "Hans Weber")]


def test_a_place_in_the_genitive_after_a_title_is_no_holder() -> None:
    """ "dem ehemaligen Präsidenten Südafrikas": no person "Präsidenten Südafrikas" (a
    pronoun after it went to that name)."""
    found = extract_quotes(
        "Nelson Mandela kam nach London. Die Zuschauer jubelten dem ehemaligen Präsidenten "
        "Südafrikas zu, als er die Jugend aufforderte, die Verantwortung zu übernehmen.",
        lang="de",
        published=PUB,
    )
    assert [q.speaker for q in found] == ["Nelson Mandela"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Auf der Bühne stand die britische Rockband Queen. „Wir lieben London“, sagte die "
            "Band.",
            "de",
        ),
        ('The British band Queen played last. "We love London," the band said.', "en"),
    ],
)
def test_a_band_is_an_organisation_found_again_by_its_kind(text: str, lang: str) -> None:
    """ "die Rockband Queen … sagte die Band", "the band Queen … the band said": Queen (the
    unnamed source "Band", or "band")."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [("Queen", "organization")]


@pytest.mark.parametrize(
    ("text", "lang", "fragments"),
    [
        (
            "Elly Schlein ha accusato la maggioranza di «aver promesso in campagna elettorale "
            "l'abolizione della Fornero» e di presentare ora «una Fornero peggiorata».",
            "it",
            [
                "aver promesso in campagna elettorale l'abolizione della Fornero",
                "una Fornero peggiorata",
            ],
        ),
        (
            'Jane Smith accused the government of "breaking every promise it made to the '
            'voters" and of offering "a worse plan".',
            "en",
            ["breaking every promise it made to the voters", "a worse plan"],
        ),
    ],
)
def test_a_fragment_coordinated_with_a_governed_one(
    text: str, lang: str, fragments: list[str]
) -> None:
    """ "ha accusato … di «…» e di presentare ora «…»": the second fragment is the cue's too
    (it stood too far from the cue and was left out as a scare quote)."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.type, q.text) for q in found] == [("partial", f) for f in fragments]
    assert len({q.speaker for q in found}) == 1


@pytest.mark.parametrize(
    ("text", "lang", "description"),
    [
        (
            "Il presidente dell'Inps, Gabriele Fava, intervistato da Radio 24, ha ricordato che "
            "la spesa supera il 15% del Pil.",
            "it",
            "Il presidente dell'Inps",
        ),
        (
            "The head of the pension fund, Gabriel Fava, speaking to Radio 24, said spending "
            "was too high.",
            "en",
            "The head of the pension fund",
        ),
    ],
)
def test_a_role_before_the_name_is_the_description(text: str, lang: str, description: str) -> None:
    """ "Il presidente dell'Inps, Gabriele Fava, intervistato da Radio 24, ha ricordato": the
    role, not the apposition after the name ("intervistato da Radio 24")."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.description) for q in found] == [(found[0].speaker, description)]


def test_a_bare_clause_whose_subject_has_a_phrase_after_it() -> None:
    """ "X, a former inspector general at the Department of Transportation, said engine
    fires of this kind were rare": the clause (its verb stood past the words read)."""
    found = extract_quotes(
        "Mary Schiavo, a former inspector general at the Department of Transportation, said "
        "engine fires of this kind were rare.",
        lang="en",
        published=PUB,
    )
    assert [q.text for q in found] == ["engine fires of this kind were rare"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "In una delle intercettazioni agli atti, uno degli indagati si lamenta con un "
            "complice: «Ormai la gente non ha più paura, bisogna farsi rispettare».",
            "it",
        ),
        (
            'In the recording, one of the suspects complains to an accomplice: "People are not '
            'afraid of us any more."',
            "en",
        ),
    ],
)
def test_a_cue_and_its_listener_before_a_colon_open_the_quotation(text: str, lang: str) -> None:
    """ "In una delle intercettazioni, uno degli indagati si lamenta con un complice: «…»":
    the quotation only (the phrase before the comma was reported as the suspect's)."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.type, q.speaker_kind) for q in found] == [("direct", "anonymous")]


def test_who_the_person_is_before_a_full_name_is_no_part_of_it() -> None:
    """ "Passenger Rachel Lindqvist said": Rachel Lindqvist (the name held "Passenger")."""
    found = extract_quotes(
        'Passenger Rachel Lindqvist, who was seated in row 14, said she saw flames. "The '
        'whole cabin went quiet," she said.',
        lang="en",
        published=PUB,
    )
    assert [q.speaker for q in found] == ["Rachel Lindqvist", "Rachel Lindqvist"]


def test_an_organisation_found_by_its_kind_starts_after_a_sentence_end() -> None:
    """ "… erklärte GEW-Chefin Maike Finnern. Die Gewerkschaft kritisierte": the union, not
    "Maike Finnern. Die Gewerkschaft"."""
    found = extract_quotes(
        "„Wer Lehrer halten will, muss die Klassen verkleinern“, erklärte GEW-Chefin Maike "
        "Finnern. Die Gewerkschaft kritisierte zudem, dass Quereinsteiger oft ohne Vorbereitung "
        "unterrichten müssten.",
        lang="de",
        published=PUB,
    )
    assert [q.speaker for q in found] == ["Maike Finnern", "Gewerkschaft"]


@pytest.mark.parametrize(
    "text",
    [
        "«Senza i fondi europei metà delle aziende chiude», ha detto dal palco il presidente "
        "di Coldiretti, Ettore Prandini, accolto dagli applausi.",
        "«Senza i fondi europei metà delle aziende chiude», ha detto dalla tribuna Ettore "
        "Prandini.",
    ],
)
def test_whence_a_cue_was_said_is_no_agent(text: str) -> None:
    """ "ha detto dal palco il presidente …": "dal palco" is where the words came from, not
    a passive's agent (the speaker was lost, or described as "palco")."""
    found = extract_quotes(text, lang="it", published=PUB)
    assert [(q.speaker, q.description) for q in found] == [
        ("Ettore Prandini", "il presidente di Coldiretti" if "presidente" in text else None)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ('"We are not leaving," shouted Maria Lopez, a nurse.', "en", "Maria Lopez"),
        ("«Vergogna!», hanno urlato i manifestanti.", "it", "manifestanti"),
        (
            "„Wir werden mit immer neuen Vorschriften überzogen“, rief Landvolk-Präsident "
            "Holger Hennies den Demonstranten zu.",
            "de",
            "Holger Hennies",
        ),
    ],
)
def test_shouted_words_are_quoted(text: str, lang: str, speaker: str) -> None:
    """ "shouted X", "hanno urlato", "rief X den Demonstranten zu": cues (the German one
    gave the words to the police named in the sentence before)."""
    found = extract_quotes(
        f"Die Polizei war vor Ort. {text}" if lang == "de" else text, lang=lang, published=PUB
    )
    assert [(q.type, q.speaker) for q in found] == [("direct", speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Go home," a protester said.', "a protester"),
        ('"Go home," one protester said.', "one protester"),
        ('"Go home," an angry farmer said.', "an angry farmer"),
    ],
)
def test_an_indefinite_subject_before_the_cue_is_unnamed(text: str, speaker: str) -> None:
    """ "“…,” a protester said": an unnamed source (the words had no speaker, while "said a
    protester" had one)."""
    found = extract_quotes(text, lang="en", published=PUB)
    assert [(q.speaker_kind, q.speaker) for q in found] == [("anonymous", speaker)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Der Astronaut Jonas Hartwig soll 2027 zur Raumstation fliegen. Das teilte die "
            "Europäische Weltraumorganisation am Dienstag mit. „Das ist der Moment, auf den ich "
            "hingearbeitet habe“, sagte der 38-Jährige.",
            "de",
        ),
        (
            "Der Astronaut Jonas Hartwig soll 2027 zur Raumstation fliegen. Das teilte die "
            "Weltraumorganisation ESA mit. „Das ist der Moment, auf den ich hingearbeitet "
            "habe“, sagte er.",
            "de",
        ),
        (
            "Astronaut Jonas Hartwig will fly to the space station in 2027, the European Space "
            'Agency said on Tuesday. "This is the moment I have worked for," the 38-year-old '
            "told reporters.",
            "en",
        ),
    ],
)
def test_a_persons_pronoun_or_epithet_is_no_organisation(text: str, lang: str) -> None:
    """ "Das teilte die ESA mit. „…“, sagte der 38-Jährige": the astronaut named before, not
    the agency quoted last ("er", "the 38-year-old" likewise)."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.type, q.speaker, q.speaker_kind) for q in found][-1] == (
        "direct",
        "Jonas Hartwig",
        "person",
    )


@pytest.mark.parametrize("opener", ["Zugleich", "Dennoch", "Trotzdem"])
def test_a_pronoun_after_a_verb_second_cue_is_its_subject(opener: str) -> None:
    """ "Zugleich mahnte er, …": "er" is the subject, "Zugleich" no name."""
    found = extract_quotes(
        "ESA-Chef Josef Aschbacher sprach von einem großen Tag für die Raumfahrt. "
        f"{opener} mahnte er, die Mitgliedsstaaten müssten mehr Geld bereitstellen.",
        lang="de",
        published=PUB,
    )
    assert [(q.speaker, q.mention) for q in found] == [("Josef Aschbacher", "er")]


def test_an_impersonal_cue_and_an_adverb_before_its_source() -> None:
    """ "…, hieß es lediglich aus dem Rathaus": the town hall (the words went to the
    broadcaster named two sentences before)."""
    found = extract_quotes(
        "Nach Informationen des RBB handelt es sich um Erpressung. Die Stadt wollte das nicht "
        "kommentieren. Man werde auf keinen Fall zahlen, hieß es lediglich aus dem Rathaus.",
        lang="de",
        published=PUB,
    )
    assert [(q.text, q.speaker) for q in found][-1] == (
        "Man werde auf keinen Fall zahlen",
        "Rathaus",
    )


def test_an_according_to_phrase_alone_is_no_statement() -> None:
    """ "Secondo fonti diplomatiche, diversi governi del Nord Europa chiedono …": one
    statement; "Secondo fonti diplomatiche" was also reported, as said by "Nord Europa"."""
    found = extract_quotes(
        "Secondo fonti diplomatiche, diversi governi del Nord Europa chiedono invece tagli "
        "ancora più profondi.",
        lang="it",
        published=PUB,
    )
    assert [(q.speaker, q.text[:16]) for q in found] == [("fonti diplomatiche", "diversi governi ")]


def test_a_party_member_before_a_full_name_is_no_part_of_it() -> None:
    """ "Democrat Marisol Ruiz pulled ahead … “…,” she said": Marisol Ruiz; "a Republican
    said" is an unnamed source; "the Republican National Committee" stays one name."""
    found = extract_quotes(
        'Democrat Marisol Ruiz pulled ahead in the final count. "Tonight is not about me," '
        'she said. "We lost," a Republican said. The Republican National Committee said the '
        "count had been fair.",
        lang="en",
        published=PUB,
    )
    assert [(q.speaker, q.speaker_kind) for q in found] == [
        ("Marisol Ruiz", "person"),
        ("Republican", "anonymous"),
        ("Republican National Committee", "organization"),
    ]


@pytest.mark.parametrize(
    ("source", "speaker", "kind"),
    [
        ("the Trump administration", "Trump administration", "organization"),
        ("the French foreign ministry", "French foreign ministry", "organization"),
        ("the Ohio secretary of state's office", "Ohio secretary of state's office", "anonymous"),
        ("Ohio officials", "Ohio officials", "anonymous"),
        ("Mike DeWine, the Ohio governor", "Mike DeWine", "person"),
    ],
)
def test_a_name_modifying_a_noun_after_according_to(source: str, speaker: str, kind: str) -> None:
    """ "according to the Trump administration": the administration ("Trump", a person, was
    the source); "according to Ohio officials" likewise."""
    found = extract_quotes(
        f"Turnout reached 61 percent, according to {source}.", lang="en", published=PUB
    )
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, kind)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "«Non chiediamo privilegi», ha detto il presidente Ettore Prandini. Tra i "
            "manifestanti c'era anche Luca Ferri, allevatore di trentadue anni. «Mio padre "
            "faceva questo lavoro», ha raccontato.",
            "it",
        ),
        (
            "„Wir sind am Limit“, sagte Landvolk-Präsident Holger Hennies. Unter den "
            "Demonstranten war auch Luca Ferri aus Cuxhaven. „Wenn das so kommt, hören wir "
            "auf“, sagte der 56-Jährige.",
            "de",
        ),
        (
            '"We are at the limit," said Holger Hennies, the farmers\' leader. Among the '
            'protesters was Luca Ferri, a dairy farmer. "If this comes, we quit," the '
            "56-year-old said.",
            "en",
        ),
    ],
)
def test_a_person_brought_in_before_a_quotation_speaks_it(text: str, lang: str) -> None:
    """ "Tra i manifestanti c'era anche Luca Ferri, allevatore. «…», ha raccontato": Luca
    Ferri, not the leader quoted before him."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [q.speaker for q in found][-1] == "Luca Ferri"


def test_a_person_named_after_a_preposition_does_not_take_the_next_quotation() -> None:
    """ "… è stata criticata da Luca Ferri. «…», ha aggiunto": the speaker quoted before goes
    on; a person named after a preposition is no one brought in to speak."""
    found = extract_quotes(
        "«Siamo pronti», ha detto Massimiliano Giansanti. La sua posizione è stata criticata "
        "da Luca Ferri. «Non cambia nulla», ha aggiunto.",
        lang="it",
        published=PUB,
    )
    assert [q.speaker for q in found] == ["Massimiliano Giansanti"] * 2


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Halden Labs will cut 300 jobs. The company said on Wednesday that demand had fallen.",
            "en",
            "Halden Labs",
        ),
        (
            "Stellantis NV chiuderà lo stabilimento. L'azienda ha spiegato che la domanda è "
            "calata.",
            "it",
            "Stellantis NV",
        ),
        (
            "Die Nordwerk GmbH streicht Stellen. Der Konzern teilte mit, die Nachfrage sei "
            "eingebrochen.",
            "de",
            "Nordwerk GmbH",
        ),
    ],
)
def test_the_company_is_the_business_named_before(text: str, lang: str, speaker: str) -> None:
    """ "Halden Labs … the company said": the business (the unnamed "company" before), found
    by a name that says it is a business's."""
    found = extract_quotes(text, lang=lang, published=PUB)
    assert [(q.speaker, q.speaker_kind) for q in found] == [(speaker, "organization")]


def test_the_company_is_no_name_that_is_not_a_business() -> None:
    """ "Mayor Jane Doe … the company said": nobody the article names is a business."""
    found = extract_quotes(
        "Mayor Jane Doe criticised the plant. The company said it had followed every rule.",
        lang="en",
        published=PUB,
    )
    assert [(q.speaker, q.speaker_kind) for q in found] == [("company", "anonymous")]


@pytest.mark.parametrize(
    "text",
    [
        "Secondo il sismologo Carlo Doglioni, già presidente dell'Ingv, non è possibile "
        "escludere altre scosse.",
        "Secondo Carlo Doglioni, sismologo, non è possibile escludere altre scosse.",
    ],
)
def test_who_the_source_is_between_commas_is_no_statement(text: str) -> None:
    """ "Secondo X, già presidente dell'Ingv, …": "già" qualifies a title as "ex" does, and
    a profession is a title ("sismologo"); the apposition opened the statement."""
    found = extract_quotes(text, lang="it", published=PUB)
    assert [(q.speaker, q.text) for q in found] == [
        ("Carlo Doglioni", "non è possibile escludere altre scosse")
    ]


def test_a_profession_before_a_name_is_its_description() -> None:
    """ "l'economista Tito Boeri": the economist is Tito Boeri, described so."""
    found = extract_quotes(
        "«Serve prudenza», ha detto l'economista Tito Boeri.", lang="it", published=PUB
    )
    assert [(q.speaker, q.description) for q in found] == [("Tito Boeri", "l'economista")]
