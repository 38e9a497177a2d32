"""Language data for the extractor: cue verbs, titles, source words, dates, media.

Data only: a new language is a new :class:`Lexicon` entry, with no code path of its own.
Every multiword entry is matched on word boundaries, case-insensitively.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Declension:
    """How a noun phrase after one determiner is named in its base form, where a language
    declines it ("der Deutschen Post" -> "Deutsche Post", "des Innenministeriums" ->
    "Innenministerium"): the adjectives' ending replaced, the head noun's stripped."""

    determiner: str
    adjective: tuple[str, str] = ("", "")  # (ending, its replacement); "" for none
    # The replacement when the head noun has a neuter ending (neuter_suffixes).
    neuter_adjective: str | None = None
    # A regular expression for the head noun's ending, stripped ("es" after a consonant).
    noun_ending: str | None = None


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: a cache key
class Lexicon:
    lang: str
    # Reporting verbs as they appear in text, multiword forms included.
    cues: tuple[str, ...]
    # Reporting verbs that introduce a content clause with this word (che, that, dass).
    complementizers: tuple[str, ...]
    # "according to X" phrases: the source follows them.
    according_to: tuple[str, ...]
    # Verbs that report a question ("asked", "ha chiesto", "fragte", "wollte wissen"), and
    # the words that open the question they report: yes-no markers, left out of the span as
    # "that" is ("asked whether | …"), and question words, kept ("wollte wissen, | warum …").
    question_cues: tuple[str, ...] = ()
    question_markers: tuple[str, ...] = ()
    question_words: tuple[str, ...] = ()
    # "X zufolge": the source precedes them.
    according_to_post: tuple[str, ...] = ()
    # Regular expressions for "according to" phrases with the source inside a compound word
    # ("nach Polizeiangaben"): the group ``src`` is the source ("Polizei").
    according_to_patterns: tuple[str, ...] = ()
    # A word after the cue that opens an infinitive content clause ("ha detto di essere").
    infinitive_markers: tuple[str, ...] = ()
    # Where an infinitive marker is also a preposition ("to"), the cues after which it opens
    # an infinitive clause ("vowed to continue"; not "said to reporters"); empty: any cue.
    infinitive_cues: frozenset[str] = frozenset()
    # Endings of the infinitive that must follow such a marker (with clitics: "-arsi").
    infinitive_endings: tuple[str, ...] = ()
    # Infinitives that follow a cue with no marker, in a relative clause: "quella che ha
    # detto essere una conversazione" (what he said was a conversation).
    bare_infinitives: tuple[str, ...] = ()
    # Cues whose object stands between them and the infinitive marker: "accusa il governo
    # di aver mentito" (not a noun's complement, as in "ha criticato i tentativi di …").
    object_infinitive_cues: frozenset[str] = frozenset()
    # Markers of the infinitive after such a cue's object only ("invita i cittadini a
    # limitare …"; never after other cues: "ha continuato a lavorare").
    object_infinitive_markers: tuple[str, ...] = ()
    # Prepositions that tie a person to where they work, before a cue: "Anna Berg vom
    # Institut für Geologie sagte", "Jane Doe from the Seehof hotel said".
    affiliation_markers: frozenset[str] = frozenset()
    # "Come ha detto X, ...", "As X said, ...", "Wie X sagte, ...".
    as_markers: tuple[str, ...] = ()
    # Words that attribute what precedes them, with the source after ("…», così Bruni").
    post_markers: tuple[str, ...] = ()
    # Suffixes of words that open a trailing clause which is no longer reported speech.
    clause_breakers: tuple[str, ...] = ()
    # Endings of gerunds ("announcing", "affermando"): such a cue after a comma shares the
    # sentence's subject and reports nothing before it.
    gerund_suffixes: tuple[str, ...] = ()
    # Words that open an absolute construction whose gerund has its own subject: "Shares
    # fell, with the company warning that …" (the company warned, not the shares).
    absolute_markers: frozenset[str] = frozenset()
    # Relative pronouns that stand for a cue's object: "attacked what he called “…”",
    # "le voci, che ha definito «…»" (the subject is the main clause's).
    object_relatives: frozenset[str] = frozenset()
    # Endings of adverbs that may stand between a subject and its verb ("he repeatedly
    # called", "ha ripetutamente definito").
    adverb_suffixes: tuple[str, ...] = ()
    # Words before a title that make it another office: "Shadow chancellor Mel Stride" holds
    # no "chancellor" that a later "the chancellor" refers to, nor does "l'ex premier X".
    title_qualifiers: frozenset[str] = frozenset()
    # A party and state after a name set off by commas, as a regular expression ("Sen. Rand
    # Paul, R-Ky., said"): no name of its own.
    party_designation: str | None = None
    # Words after a number that make it an age in apposition ("Mario Rossi, 45 anni, che …").
    age_words: frozenset[str] = frozenset()
    # Regular expressions for cue forms too many to list (auxiliary + adverb + participle).
    cue_patterns: tuple[str, ...] = ()
    # Cues that name rather than report ("ha definito", "called"): quotes yes, clauses no.
    naming_cues: tuple[str, ...] = ()
    # (word before, start of the word after) a quotation that is the reporter's label for
    # what the sentence is about ("die als „Morgenröte“ bezeichnete Operation"): no quote.
    label_frames: tuple[tuple[str, str], ...] = ()
    # Nouns of a work whose title follows in marks ("die ZDF-Sendung „…“", "il libro «…»",
    # "the show “…”"): a title, nobody's words. A compound ending in one counts.
    work_nouns: tuple[str, ...] = ()
    # Cues that take a bare content clause ("said the war is over"), if bare_clause.
    bare_clause_cues: tuple[str, ...] = ()
    # Auxiliaries and modals that show such a bare clause has begun when one follows the
    # cue within a few words: "said voters had given …", "estimate July would …".
    bare_clause_verbs: frozenset[str] = frozenset()
    # Endings of a past-tense verb that shows a bare clause as well ("said sales slowed").
    bare_clause_endings: tuple[str, ...] = ()
    # Conjunctions that open an adverbial clause: after the cue's object one says when or
    # why it was said, not what ("told reporters as he arrived at the summit").
    adverbial_subordinators: frozenset[str] = frozenset()
    # Conjunctions that open a sentence with a clause of its own before the main one: a
    # name right after one is that clause's subject, no subject a later pronoun goes on
    # with ("Als Jeff Zeleny ihn darauf ansprach, reagierte er …").
    clause_openers: frozenset[str] = frozenset()
    # Words before the cue that make it passive or impersonal ("it is said").
    passive_aux: tuple[str, ...] = ()
    # Coordinating conjunctions: "... and announced" starts another statement. The first
    # is the plain "and": "said that A and that B" reports two statements.
    conjunctions: tuple[str, ...] = ()
    # Words that make a following complementizer a conjunction ("dopo che", "so that").
    complementizer_blockers: tuple[str, ...] = ()
    # Where a comma can stand for the complementizer ("sagte, er komme"): words that open
    # another kind of clause after that comma (a conjunction, a relative pronoun).
    not_after_comma: frozenset[str] = frozenset()
    # Passive agents: "announced by Biden", "annunciata da Biden".
    agent_markers: tuple[str, ...] = ()
    # Words that may stand between a cue and its speaker ("ha detto ieri Blinken").
    skippable: tuple[str, ...] = ()
    # Auxiliaries that may stand between a subject and a participle cue placed last
    # ("Paul Kern hatte am Montag zugegeben").
    auxiliaries: frozenset[str] = frozenset()
    # A participle cue stands last, after the object ("Die Behörden hatten die Flüchtlinge
    # gewarnt"): the subject may stand before an auxiliary and an object.
    participle_last: bool = False
    # The verb comes second and its subject may follow it ("Am Montag sagte ein Sprecher"):
    # a noun phrase right after a cue may be its subject, not its object.
    verb_second: bool = False
    # Adverbial phrases that may stand between a subject and its cue ("Macron una volta ha
    # descritto", "Biden once called").
    adverbials: tuple[str, ...] = ()
    # Words that open a sentence and link it to the one before, set off by a comma
    # ("Meanwhile, …", "Intanto, …"): no part of a statement reported by its sentence.
    connectives: tuple[str, ...] = ()
    # Verbs that refuse what an infinitive cue after them would report ("declined to say
    # whether …", "si è rifiutato di dire"): nothing is reported.
    refusals: tuple[str, ...] = ()
    # Pronouns that stand for an institution, never a person ("It said that …"): the
    # organisation quoted or named last.
    institution_pronouns: tuple[str, ...] = ()
    # Subjects of an impersonal verb ("hieß es", "man sagt"): the verb has its subject, but
    # names no speaker.
    impersonal_pronouns: tuple[str, ...] = ()
    # Prepositions that, opening a sentence whose verb has an impersonal subject, name
    # where the words come from: "Im Innenministerium hieß es", "Bei der Innung geht man
    # davon aus".
    impersonal_sources: frozenset[str] = frozenset()
    # Prepositions of a phrase describing a source that opens its sentence, up to the verb
    # where the verb comes second ("Laut einer Umfrage unter 384 Unternehmen | blickt").
    source_prepositions: frozenset[str] = frozenset()
    # Negations: a negated cue ("did not say whether", "non ha detto se", "gab nicht
    # bekannt, wohin") reports nothing, unless "not only" ("nicht nur", "non solo").
    negations: tuple[str, ...] = ()
    not_only: tuple[str, ...] = ()
    # Possessives: a source introduced by one ("Seiner Aussage zufolge", "according to his
    # spokesman") points back to the speaker in context.
    possessives: frozenset[str] = frozenset()
    # Endings a name takes, written solid, in the genitive ("Staffords Motivation",
    # "Merkels Sprecher"): a mention of the person all the same.
    name_genitives: tuple[str, ...] = ()
    # Words that attribute a clause to the source just named ("Demnach sei …"): the speaker
    # in context.
    anaphoric_sources: tuple[str, ...] = ()
    # Those of them that name the clause's own subject ("nach eigenen Angaben", "by its own
    # account"): "Eigenen Angaben zufolge wusste der Fahrer nichts" is the driver's.
    own_sources: tuple[str, ...] = ()
    # The particle of an infinitive clause that comes last ("…, die Polizei angegriffen zu
    # haben", also inside a separable verb: "abzuschalten"): such a clause after a
    # reporting verb is its content.
    final_infinitive: str | None = None
    # Verb forms that mark reported speech by themselves (German Konjunktiv I: "sei", "habe").
    reported_mood: frozenset[str] = frozenset()
    # Those of them that no other mood or person shares ("sei", "könne", not "würde" of a
    # conditional nor "glaube" of "ich glaube"): a sentence with one after a sentence that
    # opens with a named source reports that source ("Das Gericht sah das anders. Von
    # einem Notstand könne nicht die Rede sein.").
    reported_only: frozenset[str] = frozenset()
    # Endings of capitalised role nouns that are not part of a name ("Sänger", "Ministerin").
    title_suffixes: tuple[str, ...] = ()
    # Prepositions: a noun phrase governed by one is never the subject ("Vor dem Gericht").
    prepositions: frozenset[str] = frozenset()
    # Words right before a quotation that make it scare quotes ("so-called", "cosiddetto").
    scare_markers: tuple[str, ...] = ()
    # Capitalised words at a sentence start that are never part of a name.
    function_words: frozenset[str] = frozenset()
    pronouns: tuple[str, ...] = ()
    # The pronouns that stand for a person only ("he", "lei", "er"), never an organisation.
    personal_pronouns: frozenset[str] = frozenset()
    determiners: tuple[str, ...] = ()
    indefinite: tuple[str, ...] = ()
    # Lower-case words that may stand in a role before a name ("presidente", "minister").
    titles: tuple[str, ...] = ()
    # Heads of a description of an unnamed source ("funzionario", "official").
    anonymous_heads: tuple[str, ...] = ()
    # Quantifiers that stand for unnamed people, alone or before a noun: "Some argued",
    # "Viele Experten befürchten": a group nobody names, not a person called "Some".
    quantifiers: frozenset[str] = frozenset()
    # Words that make a capitalised name an institution.
    organization_words: tuple[str, ...] = ()
    # Endings that make a compound an institution ("Bundesregierung", "Feuerwehr").
    organization_suffixes: tuple[str, ...] = ()
    # Common nouns that describe an organisation named after them ("the rights group
    # Amnesty International", "l'agenzia di rating Moody's"), in lower case.
    organization_nouns: frozenset[str] = frozenset()
    # Nouns a business is called by in place of its name ("the company", "the carmaker",
    # "l'azienda", "der Konzern"), and words that make a name a business's ("Labs",
    # "Airlines", "SpA", "GmbH"): "Halden Labs … the company said" is Halden Labs.
    business_nouns: frozenset[str] = frozenset()
    business_name_words: frozenset[str] = frozenset()
    # Names written in lower case, as news agencies often are ("dpa", "afp").
    lower_case_names: frozenset[str] = frozenset()
    # Lower-case words allowed inside a name ("di", "von", "bin").
    name_particles: tuple[str, ...] = ()
    weekdays: tuple[str, ...] = ()  # Monday first
    # Days named by how far back they lie from the publication date: ("yesterday", 1).
    days_back: tuple[tuple[str, int], ...] = ()
    # Words opening a cue that make it impersonal ("si dice", "si è appreso") unless a
    # subject stands before it, whose reflexive verb it is then ("X si è lamentata").
    reflexive_markers: tuple[str, ...] = ()
    # Words before a day that make it no day of speaking: a deadline, a start, the next
    # one ("una reazione già da mercoledì", "by Friday", "ab Montag").
    date_range_words: frozenset[str] = frozenset()
    # Nouns of time that a language capitalises ("Diese Woche sagte er"): never a subject.
    time_nouns: frozenset[str] = frozenset()
    months: tuple[str, ...] = ()
    # Words after which a number and a full stop is an ordinal, not a sentence end: "des
    # 28. Jahrestages", "in der 17. Minute" (where ordinals are written with a stop).
    ordinal_after: frozenset[str] = frozenset()
    # (phrase, medium) pairs; the phrase must occur in the attribution's sentence.
    media: tuple[tuple[str, str], ...] = ()
    # Frequent function words, for language detection.
    stopwords: frozenset[str] = frozenset()
    # The language capitalises every noun (German): a capitalised run after an article, a
    # preposition or a number is a noun phrase ("der Gelben Karte"), not a person's name.
    capitalized_nouns: bool = False
    # A name may modify a common noun that follows it ("the Trump administration", "the
    # French foreign ministry"): the phrase is the source then, not the name alone.
    names_modify_nouns: bool = False
    # Endings of common nouns, never of a name ("Regierung", "Wirtschaft").
    noun_suffixes: tuple[str, ...] = ()
    # Endings of declined adjectives: a long capitalised word with one is part of a name
    # ("des Statistischen Bundesamtes"), not a noun naming what follows ("Nachrichtenagentur
    # Belga").
    adjective_suffixes: tuple[str, ...] = ()
    # Where noun phrases are declined: an organisation or an unnamed source right after
    # one of these determiners ("nach Angaben der Deutschen Post") is named in its base form.
    declensions: tuple[Declension, ...] = ()
    # Endings of neuter nouns, for the adjective before them ("ägyptisches Ministerium").
    neuter_suffixes: tuple[str, ...] = ()
    # "According to which": the statement that follows is the source's before the phrase
    # ("il Copernicus Service, secondo cui …", "die Entscheidung des Gerichts, wonach …").
    according_to_relative: tuple[str, ...] = ()
    # Words before a cue's first word that make it a noun ("by the reports", "la stima
    # dell'Istat"): no clitic pronoun that stands before verbs ("le ha detto").
    noun_markers: frozenset[str] = frozenset()
    # Cues spelt like plural nouns ("reports", "claims"), and the endings of a verb before
    # them that make them its object: "dismissed reports that …", "denied claims that …".
    noun_cues: frozenset[str] = frozenset()
    verb_endings: tuple[str, ...] = ()
    # Unstressed object pronouns that stand between a quotation and its cue: "«…», ci ha
    # detto il sindaco", "«…», gli ha risposto Rossi". They name the listener, not the speaker.
    object_clitics: frozenset[str] = frozenset()
    # Words that stress the subject, between it and its verb: "Johnson himself said",
    # "Meloni stessa ha detto", "Merz selbst sagte".
    intensifiers: frozenset[str] = frozenset()
    # Roles held to speak for somebody else ("il portavoce", "the spokesman"): unnamed, a
    # holder is never the person quoted last or the one the article is about.
    proxy_titles: frozenset[str] = frozenset()
    # Words before a number of people nobody names: "more than 40 backbenchers said", "più
    # di 40 deputati", "mehr als 40 Abgeordnete".
    quantity_leads: tuple[str, ...] = ()
    # Endings of nationalities, ages and (where nouns are compounded) roles that, after an
    # article, stand for a person named before: "the Egyptian told Sky Sports", "der
    # 64-Jährige", "sagte der CDU-Vorsitzende" (resolved in context like a pronoun).
    epithet_suffixes: tuple[str, ...] = ()
    # The same written in lower case where a language writes demonyms so ("l'altoatesino",
    # "il francese"): a person named before, unless the word is a title or a source noun.
    lower_epithet_suffixes: tuple[str, ...] = ()
    # Openings of the sentence after a quotation that name who said it next: "Con queste
    # parole il sindaco …", "With these words, the mayor …".
    these_words: tuple[str, ...] = ()
    # Words that are an "according to" only with a named source after them and a comma:
    # "Per il ministro Rossi, …" (not "Per la prima volta, …").
    according_to_named: tuple[str, ...] = ()
    # Pronouns that point back to the sentence before from the start of one that reports
    # it: "Lo ha assicurato il ministro", "Das sagte der Kanzler".
    back_references: tuple[str, ...] = ()
    # Words that go on with an institution's name after its institution word ("Office for
    # Budget Responsibility", "Bank of England", "Istituto per la Ricostruzione").
    institution_joiners: tuple[str, ...] = ()
    # Prepositions of whom something was said to, before the speaker after an inverted
    # cue: "Spiega a Repubblica il professor Monti".
    addressee_markers: tuple[str, ...] = ()
    # Cues whose object is whom they tell ("told the committee the plan would fail"): the
    # noun phrase right after one is the addressee, and a bare clause can only follow it.
    addressee_cues: tuple[str, ...] = ()
    # Adverbs between a subject and its cue ("it is not even said", "wird oft gesagt"),
    # skipped to see what stands before the verb.
    cue_adverbs: frozenset[str] = frozenset()
    # Relative pronouns: a clause after a comma that opens with one describes, it reports
    # nothing ("…, which officials said …").
    relative_pronouns: frozenset[str] = frozenset()
    # Words that end a speaker's description: a clause or a circumstance begins ("ha detto
    # la premier | durante il vertice", "said the minister | after the meeting").
    phrase_stops: frozenset[str] = frozenset()
    # Articles of an indirect object right after a speaker named after the verb: "sagte
    # Lawrow der Nachrichtenagentur Interfax" (to the agency), where no preposition shows it.
    addressee_articles: frozenset[str] = frozenset()
    # Endings of the nouns whom words are said to after such an article, the press: "sagte
    # der FDP-Politiker der Zeitung" (to the paper; not a politician of the paper).
    addressee_nouns: tuple[str, ...] = ()
    # Common nouns that head an institution's name written in sentence case, the rest in
    # lower case ("Banca centrale europea", "Corte dei conti"), unlike a proper name
    # ("Russia") that a lower-case verb follows.
    institution_nouns: tuple[str, ...] = ()
    # Documents whose owner is the source they are cited for: "laut einem Bericht des
    # Senders", "secondo un rapporto dell'Istat", "according to a statement by the army".
    document_nouns: tuple[str, ...] = ()
    # Subjects that name nobody: "those who say …", "chi sostiene che …" report no one's
    # statement (the phrase must end right before the cue).
    generic_subjects: tuple[str, ...] = ()
    # Nouns of speech whose owner speaks a quotation next to them: "le parole di X",
    # "the words of X" (the preposition after them is one of the attribution's "of" words).
    speech_nouns: tuple[str, ...] = ()


_IT_PARTICIPLES = (
    "detto dichiarato affermato aggiunto sottolineato spiegato avvertito scritto ribadito "
    "osservato commentato risposto concluso insistito precisato annunciato riferito "
    "assicurato ammesso promesso minacciato chiesto esortato ricordato replicato "
    "evidenziato raccontato confermato denunciato ammonito garantito suggerito notato "
    "rilevato lamentato puntualizzato proseguito continuato incalzato tuonato twittato "
    "postato definito chiamato descritto accusato annotato argomentato dichiarata detta "
    "sostenuto ventilato avvisato criticato ripetuto lanciato scritto negato smentito "
    "ipotizzato previsto suggerito chiarito comunicato rivendicato definita descritta "
    "bollato bollata stimato calcolato invitato sollecitato riportato attaccato ironizzato "
    "rimarcato sentenziato esordito polemizzato ribattuto protestato sbottato frenato "
    "confessato riconosciuto segnalato scherzato escluso gridato urlato"
).split()
_IT_PRESENT = (
    "dice dicono afferma affermano dichiara dichiarano aggiunge sottolinea spiega avverte "
    "scrive ribadisce osserva commenta risponde conclude insiste precisa annuncia riferisce "
    "assicura ammette ricorda replica evidenzia racconta conferma denuncia rileva lamenta "
    "prosegue incalza tuona sostiene sostengono ripete accusa chiede esorta avvisa "
    "rivela rivelano stima stimano attacca rilancia ammonisce chiosa invita invitano "
    "riferiscono spiegano sottolineano aggiungono precisano assicurano ricordano "
    "annunciano avvertono confermano denunciano osservano ribadiscono scrivono riporta "
    "riportano attaccano ironizza rimarca sentenzia esordisce polemizza "
    # the present of political reporting: "Fonti di Forza Italia frenano: «…»"
    "ribatte ribattono protesta protestano rivendica lamentano smentisce promette minaccia "
    "twitta frena frenano insorge insorgono incalzano sbotta rincara puntualizza confessa "
    "replicano commentano accusano chiedono riconosce riconoscono segnala segnalano "
    "scherza esclude"
).split()
# Participles of more than one word: "La Procura ha fatto sapere che …".
_IT_PARTICIPLE_PHRASES = (
    "fatto sapere",
    "reso noto",
    "tagliato corto",
    "fatto notare",
    "fatto presente",
    "rincarato la dose",
    "messo in guardia",
)
# "si è detto convinto che …": a reflexive "dirsi" and how the speaker says they feel.
_IT_SAID_FEELING = ("convint", "sicur", "cert", "fiducios", "preoccupat")
_IT_REMOTE = "disse dissero dichiarò affermò aggiunse sottolineò spiegò scrisse".split()
_IT_IMPERFECT = (
    "diceva dicevano affermava affermavano dichiarava dichiaravano sosteneva sostenevano "
    "spiegava spiegavano scriveva aggiungeva ribadiva avvertiva"
).split()
_IT_GERUNDS = (
    "dicendo affermando dichiarando sostenendo spiegando sottolineando aggiungendo "
    "avvertendo ribadendo annunciando osservando precisando ricordando"
).split()
# Words that stand between the auxiliary and the participle: "ha poi detto", "ha però
# avvertito", "ha comunque ribadito" (adverbs in -mente are a pattern of their own).
_IT_ADVERBS = (
    "",
    *(
        f"{adverb} "
        for adverb in (
            "poi anche inoltre invece ancora già però quindi comunque infatti pure sempre "
            "subito infine ieri oggi allora persino perfino addirittura tuttavia"
        ).split()
    ),
    "più volte ",
)
_IT_AUX = ("ha", "hanno", "aveva", "avevano", "avrebbe", "avrebbero", "avesse")

_EN_CUES = (
    "said says say told tells added warned argued stated noted wrote writes tweeted "
    "explained insisted claimed declared announced asked replied responded continued "
    "concluded stressed emphasized emphasised urged acknowledged admitted called described "
    "suggested observed remarked commented posted recalled contended maintained predicted "
    "promised vowed pledged complained cautioned conceded confirmed reiterated repeated "
    "revealed asserted underscored estimated estimate estimates reported reports "
    "expressed indicated hinted disclosed alleged threatened threatens "
    # What somebody calls something: "branded the plan “a disaster”" (not "dismissed":
    # "dismissed Mr Michel's excuse that it was a “…”" quotes the excuse's owner).
    "branded brands labelled labeled "
    "criticized criticised defined denied estimated predicted "
    "argue claim warn insist suggest stress note believe add explain "
    "saying adding arguing warning claiming insisting noting explaining stressing "
    "announcing describing declaring stating telling urging calling writing asserting "
    "found finds showed shows accused accusing "
    "lament lamented lamenting "
    # The present, as headlines and much news write it ("warns", "insists").
    "warns adds insists argues claims notes believes explains stresses suggests admits "
    "acknowledges confirms denies predicts promises vows urges "
    "forecast forecasts "
    # Asides and outbursts: "joked that he would …", "fumed that …".
    "joked jokes joking quipped quips fumed complains "
    # Shouted words: "“Go home!” a protester shouted."
    "shouted yelled"
).split()
_EN_AUX = ("", "has ", "had ", "have ", "also ", "later ", "previously ", "has also ", "had also ")

_DE_CUES = (
    (
        "zitiert zitierte gesagt erklärt betont mitgeteilt berichtet geschrieben kritisiert "
        "gewarnt gefordert "
        "geäußert bestätigt ergänzt behauptet versichert bekräftigt unterstrichen erläutert "
        "angekündigt eingeräumt vorgeworfen dementiert bestritten zugesichert argumentiert "
        "erklärten betonten meinten berichteten schrieben kritisierten warnten forderten "
        "äußerten bestätigten ergänzten behaupteten versicherten bekräftigten teilten "
        "kündigte kündigten bestritt bestritten dementierte räumte warf warfen bekräftigte "
        "versprach versprachen verwies verwiesen schätzte schätzten vermutete vermuteten "
        "glaubt glaubte hofft hoffte fürchtet fürchtete zeigte beklagte beklagten "
        "sagte sagt sagten sagen erklärte erklärt erklärten betonte betont betonten meinte meint "
        "berichtete berichtet schrieb schreibt kritisierte kritisiert warnte warnt forderte "
        "fordert äußerte äußert bestätigte bestätigt ergänzte ergänzt sprach spricht "
        "verkündete verkündet behauptete behauptet versicherte versichert bekräftigte "
        "unterstrich räumte erläuterte erläutert argumentierte antwortete antwortet "
        "kommentierte twitterte teilte hieß heißt nannte bezeichnete meldete "
        "meldet ergänzt bekannte sprach entgegnete entgegnet mitteilte mitteilten schilderte "
        "schildert vermutet vermuten behaupten beschloss beschlossen empfahl empfahlen mahnte "
        "appellierte drohte bestreitet schätzt bezweifeln bezweifelt formulierte aufgefordert "
        "aufforderte angegeben bekanntgegeben hinwies aufgerufen vorgeworfen wirft warf lobte "
        "lobt würdigte beschrieb beschreibt erwiderte erwidert "
        # asides and outbursts: "scherzte er", "schimpfte Hülkenberg"
        "scherzte witzelte schimpfte schimpft "
        # Conclusions and questions reported with their clause ("folgerte, dass …",
        # "fragte, ob …"); not "schloss", which also joins and ends ("schloss sich … an").
        "folgerte folgerten fragte fragten fragt"
    ).split()
    + [
        "wies darauf hin",
        "weist darauf hin",
        "stellte fest",
        "stellten fest",
        "stellt fest",
        "gab an",
        "gaben an",
        "gab bekannt",
        "gaben bekannt",
        "gab zu",
        "räumte ein",
        # Opinions and findings reported with a content clause ("ist der Meinung, dass").
        "ist der meinung",
        "sind der meinung",
        "war der meinung",
        "waren der meinung",
        "vertritt die ansicht",
        "vertreten die ansicht",
        "vertrat die ansicht",
        "vertraten die ansicht",
        "vertritt die meinung",
        "vertreten die meinung",
        "kam zu dem ergebnis",
        "kamen zu dem ergebnis",
        "kommt zu dem ergebnis",
        "kommen zu dem ergebnis",
        "kam zu dem schluss",
        "kamen zu dem schluss",
        "kommt zu dem schluss",
        "zog den schluss",
        "zogen den schluss",
        "ziehen den schluss",
        "zieht den schluss",
        "rechnet damit",
        "rechnen damit",
        "rechnete damit",
        "rechneten damit",
        "wollte wissen",
        "wollten wissen",
        "will wissen",
        "geht davon aus",
        "gehen davon aus",
        "ging davon aus",
        "gingen davon aus",
        "davon aus",  # "Bei der Innung geht man davon aus, dass …"
        "davon ausgegangen",
        "zu dem ergebnis gekommen",
        "zum ergebnis gekommen",
        "zu dem schluss gekommen",
        "zum schluss gekommen",
        "darauf bestanden",
        "bestand darauf",
        "besteht darauf",
        "bestanden darauf",
        "darauf verständigt",
        "darauf geeinigt",
        # "Sie benutzte den Begriff „Kapitulation“": a term, in the speaker's words
        *(
            f"{verb} {noun}"
            for verb in ("benutzte", "benutzt", "verwendete", "verwendet", "gebrauchte")
            for noun in ("den begriff", "das wort", "den ausdruck")
        ),
        # "Ökonomen rechnen damit, dass …": an expectation, reported as said
        "rechnet damit",
        "rechnen damit",
        "rechnete damit",
        "rechneten damit",
    ]
    + (
        "zugegeben eingestanden festgestellt angemerkt hingewiesen klargestellt bemängelt "
        "moniert befürchtet angedeutet signalisiert geschätzt gemutmaßt "
        # Present plural: "Viele Forscher hoffen, dass …".
        "hoffen glauben fürchten befürchten erwarten fordern warnen kritisieren betonen "
        "erklären meinen bestätigen berichten geklagt beteuert beteuerte "
        # Findings: "Die Untersuchungen haben ergeben, dass …".
        "ergeben"
    ).split()
)


# Auxiliaries: between a subject and a participle cue placed last, and no name's start.
_DE_AUXILIARIES = frozenset(
    "hat haben hatte hatten habe hätte hätten ist sind war waren sei wird werden wurde "
    "wurden "
    # Modals: never a name's first word ("Sollte Andreas Türck …" opens a sentence).
    "kann können konnte konnten könnte könnten muss müssen musste mussten müsste müssten "
    "soll sollen sollte sollten will wollen wollte wollten darf dürfen durfte dürfte "
    "dürften mag möchte möchten würde würden".split()
)


def _pairs(mapping: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(mapping.items())


def _it_cues() -> tuple[str, ...]:
    forms = [f"{aux} {adv}{p}" for aux in _IT_AUX for adv in _IT_ADVERBS for p in _IT_PARTICIPLES]
    forms += [f"è stato {p}" for p in ("detto", "dichiarato", "annunciato", "riferito")]
    # "La riforma è stata definita dal ministro «…»": a passive naming cue and its agent.
    forms += ["è stato definito", "è stata definita", "è stato descritto", "è stata descritta"]
    forms += [f"{aux} lasciato intendere" for aux in _IT_AUX] + ["lascia intendere"]
    # "La Procura ha fatto sapere che …", "L'Istat ha reso noto che …".
    forms += [
        f"{aux} {adv}{p}" for aux in _IT_AUX for adv in _IT_ADVERBS for p in _IT_PARTICIPLE_PHRASES
    ]
    forms += ["fa sapere", "fanno sapere", "rende noto", "rendono noto", "si legge"]
    # "«Vedremo», taglia corto la premier", "X rincara la dose: «…»".
    forms += ["taglia corto", "tagliano corto", "rincara la dose", "rincarano la dose"]
    # "Si apprende da fonti di governo che …", "«…», trapela da Palazzo Chigi".
    forms += ["si apprende", "si è appreso", "trapela", "filtra", "è trapelato"]
    # "parla di «teatrino»": what is spoken of, in the speaker's words.
    forms += ["parla di", "parlano di"] + [
        f"{aux} {adv}parlato di" for aux in _IT_AUX for adv in _IT_ADVERBS
    ]
    # "Si è lamentata della campagna, «violenta»": a complaint, in the speaker's words.
    forms += [
        f"si {aux} {adv}{participle}"
        for aux, participle in (
            ("è", "lamentato"),
            ("è", "lamentata"),
            ("sono", "lamentati"),
            ("sono", "lamentate"),
        )
        for adv in _IT_ADVERBS
    ] + ["si lamenta", "si lamentano"]
    forms += [
        f"{verb} {stem}{ending}"
        for verb, ending in (
            ("si è detto", "o"),
            ("si è detta", "a"),
            ("si sono detti", "i"),
            ("si sono dette", "e"),
            ("si dice", "o"),
            ("si dice", "a"),
            ("si dicono", "i"),
        )
        for stem in _IT_SAID_FEELING
    ]
    # "«Non commento», si è limitato a dire il ministro".
    forms += [
        f"{verb} a {say}"
        for verb in (
            "si è limitato",
            "si è limitata",
            "si sono limitati",
            "si limita",
            "si limitano",
        )
        for say in ("dire", "commentare", "osservare", "ribadire", "rispondere")
    ]
    # "Ha usato il termine «resa»": a term, in the speaker's words.
    forms += [
        f"{verb} {noun}"
        for verb in [f"{aux} {p}" for aux in _IT_AUX for p in ("usato", "utilizzato")]
        + ["usa", "usano", "utilizza"]
        for noun in ("il termine", "la parola", "le parole", "l'espressione", "l’espressione")
    ]
    return tuple(forms + _IT_PRESENT + _IT_REMOTE + _IT_IMPERFECT + _IT_GERUNDS)


def _en_cues() -> tuple[str, ...]:
    # "spoke of a «betrayal»": what is spoken of, in the speaker's words.
    spoke_of = ("spoke of", "speaks of", "talked of", "has spoken of")
    # "He went on to say that …", "She goes on to describe it as «…»".
    went_on = tuple(
        f"{go} on to {verb}"
        for go in ("went", "goes", "go")
        for verb in (
            "say add warn argue insist describe call lament note explain stress claim "
            "suggest urge accuse criticise criticize reveal admit ask predict"
        ).split()
    )
    # "The interviewer used the term “white flag”": a term, in the speaker's words.
    used_term = tuple(
        f"{verb} {noun}"
        for verb in ("used", "uses", "has used", "had used", "chose")
        for noun in (
            *(f"the {n}" for n in ("term", "word", "words", "expression", "phrase")),
            *(f"{n} {like}" for n in ("terms", "words") for like in ("such as", "like")),
        )
    )
    return tuple(f"{aux}{c}" for aux in _EN_AUX for c in _EN_CUES) + spoke_of + went_on + used_term


# Institutions named in English, as news in any language keeps them ("Human Rights Watch",
# "Amnesty International", "Shark Research Institute"): such a last word makes a name one.
# Last words of a business's name ("Halden Labs", "Delta Air Lines Inc"): institutions too.
_BUSINESS_ENDINGS = (
    "Corp Corp. Inc Inc. Ltd Ltd. Plc PLC LLC AG GmbH SpA S.p.A. Motors Airlines Airways "
    "Holdings Industries Technologies Energy Pharma Pharmaceuticals Capital Partners Systems "
    "Solutions Resources Foods Labs Networks Logistics Petroleum Telecom "
)
_ENGLISH_INSTITUTIONS = (
    "Institute Organization Organisation Foundation Agency Association Council Committee "
    "Service Fund Trust Watch Group Reuters Bloomberg " + _BUSINESS_ENDINGS
)
# Last words of a business's name, in any language's news ("Halden Labs", "Stellantis NV").
_BUSINESS_NAME_WORDS = frozenset(
    (_BUSINESS_ENDINGS + "Corporation SE Srl NV Group Gruppo Bank Banca").split()
)

# "Amnesty International": a last word that makes a name an institution's, but also opens
# one ("International Monetary Fund"), so it is no institution word of its own.
_ENGLISH_INSTITUTION_ENDINGS = ("international",)

# German separable verbs of reporting: the verb, then its particle at the end of the clause
# ("gab am Mittwoch bekannt, dass …", "stellte er nach dem Spiel fest."). The verb is the
# cue when its particle closes the clause within 60 characters, right after it ("fügte
# hinzu:") or past a quotation ("strich Wulffs „klaren inneren Kompass“ hervor").
_DE_SEPARABLE = {
    "bekannt": "gab gaben gibt geben",
    "an": "gab gaben gibt geben deutete deuteten deutet kündigte kündigten kündigt",
    "zu": "gab gaben gibt rief riefen ruft",  # "rief er den Demonstranten zu"
    "fest": "stellte stellten stellt",
    "hin": "wies wiesen weist",
    "deutlich": "machte machten macht",
    "aus": "führte führten führt",
    "auf": "rief riefen ruft",  # "rief die Bürger dazu auf, …"
    "vor": "schlug schlugen schlägt warf warfen wirft",  # "schlug am Montag vor, …"
    "hinzu": "fügte fügten fügt",  # "fügte er hinzu", "fügte hinzu: „…“"
    "ein": "räumte räumten räumt",  # "räumte ein, dass …"
    "zurück": "wies wiesen weist",  # "wies den Bericht als „Panikmache“ zurück"
    "hervor": "hob hoben hebt strich strichen streicht",  # "hob hervor, dass …"
}


# Documents that report what their makers say ("einem Bericht des Senders").
_DE_DETERMINERS = (
    *("der", "die", "das", "den", "dem", "des"),
    *("dieser", "diese", "dieses", "diesen", "diesem"),  # demonstratives
)
_DE_POSSESSIVES = frozenset(
    "sein seine seiner seinen seinem ihr ihre ihrer ihren ihrem eigene eigenen eigener".split()
)

# "By its own account": the clause's own subject speaks (also anaphoric sources).
_DE_OWN_SOURCES = (
    "nach eigenen angaben",
    "laut eigenen angaben",
    "eigenen angaben zufolge",
    "nach eigenen worten",
    "nach eigener darstellung",
    "eigener darstellung zufolge",
    "nach eigener aussage",
    "nach eigenem bekunden",
)

_DE_DOCUMENTS = (
    "bericht",
    "meldung",
    "mitteilung",
    "pressemitteilung",
    "erklärung",
    "studie",
    "umfrage",
    "schätzung",
    "analyse",
    "untersuchung",
    "prognose",
    "meinungsumfrage",
    "erhebung",
    "bestandsaufnahme",
    "statistik",
    "berichten",
    "recherchen",
    "ergebnissen",
    "daten",
    "zahlen",
    "berechnungen",
)


# Adverbs between an impersonal cue and its source: "hieß es lediglich aus dem Rathaus".
_DE_IMPERSONAL_ADVERBS = (
    "lediglich nur dazu dagegen zudem auch ebenfalls weiter bislang bisher dort hingegen "
    "wiederum jedoch allerdings"
).split()


def _de_cue_patterns() -> tuple[str, ...]:
    return tuple(
        rf"(?:{'|'.join(verbs.split())})"
        rf"(?=[^.,;:!?\n]{{0,60}}?\s{particle}(?:\s*[,.;:]|\s+dass\b))"
        for particle, verbs in _DE_SEPARABLE.items()
    )


LEXICONS: dict[str, Lexicon] = {
    "it": Lexicon(
        lang="it",
        cues=_it_cues(),
        complementizers=("che",),
        question_cues=("chiesto", "chiede", "chiedono", "domandato", "domanda", "chiedeva"),
        question_markers=("se",),
        question_words=("perché", "come", "quando", "dove", "chi", "quanto", "quanti", "quale"),
        according_to=(
            "secondo",
            "stando a",
            "a detta di",
            # "«…», si legge nella nota del ministero": an impersonal cue, then the source.
            *(f"si legge {p}" for p in ("in", "nel", "nella", "nei", "nelle", "sul", "sulla")),
        ),
        infinitive_markers=("di",),
        bare_infinitives=("essere",),
        object_infinitive_markers=("a",),
        object_infinitive_cues=frozenset(
            "accusa accusano accusato accusata accusati accusando invita invitano invitato "
            "invitata invitando esorta esortano esortato esortata sollecita sollecitato "
            "prega pregato".split()
        ),
        infinitive_endings=(
            "are",
            "ere",
            "ire",
            "rre",
            "arsi",
            "ersi",
            "irsi",
            "arlo",
            "erlo",
            "irlo",
            "arle",
            "erle",
            "irle",
            "arli",
            "erli",
            "irli",
            "arla",
            "erla",
            "irla",
            "arne",
            "erne",
            "irne",
            "arci",
            "erci",
            "irci",
            "aver",
            "esser",
            "averla",
            "averlo",
            "esserne",
            # apocope before another verb: voler, poter, dover, far, dir
            "ler",
            "ter",
            "ver",
            "far",
            "dir",
        ),
        as_markers=("come",),
        post_markers=("così",),
        speech_nouns=(
            "parole",
            "dichiarazioni",
            "affermazioni",
            "frase",
            "commento",
            "appello",
            "messaggio",
            "monito",
            "avvertimento",
            "dedica",
            "promessa",
            "replica",
            "risposta",
            "sfogo",
            "protesta",  # "La protesta dei sindacati: «…»"
            "accusa",
            "attacco",
        ),
        according_to_relative=("secondo cui", "secondo il quale", "secondo la quale"),
        # "according to him": the source is the person named before, found in context
        anaphoric_sources=(
            "secondo lui",
            "secondo lei",
            "secondo loro",
            "a suo dire",
            "a loro dire",
            "a suo avviso",
            "a loro avviso",
            "a suo giudizio",
        ),
        addressee_markers=("a", "al", "alla", "ai", "alle", "agli", "all'", "all’"),
        phrase_stops=frozenset("anche mentre dopo ma durante prima in su".split()),
        cue_adverbs=frozenset("non anche spesso mai".split()),
        relative_pronouns=frozenset({"che"}),
        object_relatives=frozenset({"che"}),
        adverb_suffixes=("mente",),
        title_qualifiers=frozenset("ex vice già".split()),
        age_words=frozenset({"anni"}),
        institution_nouns=tuple(
            "Banca Corte Consiglio Fondo Ufficio Camera Comune Regione Provincia Ministero "
            "Commissione Agenzia Autorità Istituto Comitato Tribunale Procura Federazione "
            "Confederazione Consorzio Associazione Servizio Fondazione Università Partito "
            "Dipartimento Garante Guardia Protezione Direzione Unione Ente".split()
        ),
        institution_joiners=(
            "di",
            "del",
            "della",
            "delle",
            "dello",
            "dei",
            "degli",
            "dell'",
            "dell’",
            "per",
            "e",
        ),
        back_references=("lo", "l'", "l’"),
        according_to_named=("per",),
        noun_markers=frozenset("il una un i sua sue suoi loro questa queste".split()),
        object_clitics=frozenset("mi ti ci vi gli le ce ve me te".split()),
        intensifiers=frozenset("stesso stessa stessi stesse".split()),
        proxy_titles=frozenset(("portavoce",)),
        quantity_leads=("più di", "oltre", "almeno", "circa", "quasi", "meno di", "fino a"),
        these_words=("con queste parole", "con quelle parole"),
        work_nouns=tuple(
            "trasmissione programma film libro romanzo giornale rivista serie canzone album "
            "campagna titolo slogan".split()
        ),
        document_nouns=(
            *("rapporto", "studio", "comunicato", "nota", "relazione", "stima", "sondaggio"),
            *("indagine", "ricerca", "dati", "numeri", "stime", "previsioni", "proiezioni"),
            *("calcoli", "statistiche"),
        ),
        generic_subjects=(
            "quelli che",
            "quelle che",
            "coloro che",
            "chi",
            "quanti",
            "tutti quelli che",
        ),
        clause_breakers=("ando", "endo"),
        gerund_suffixes=("ando", "endo"),
        adverbials=(
            "una volta",
            "ancora una volta",
            "più volte",
            "a sua volta",
            "in passato",
            "in seguito",
            "in precedenza",
            "nei giorni scorsi",
            # Times of the statement: "X, questa settimana, ha avvertito".
            "questa settimana",
            "la settimana scorsa",
            "la scorsa settimana",
            "questo mese",
            "il mese scorso",
            "quest'anno",
            "quest’anno",
            "l'anno scorso",
            "l’anno scorso",
            "stamattina",
            "stasera",
            "stanotte",
        ),
        # "il 22enne", "la 45enne": an age standing for the person named before.
        epithet_suffixes=("enne",),
        lower_epithet_suffixes=(
            *("enne", "ese", "ino", "ina", "ano", "ana", "ista"),
            # "lo sloveno", "lo spagnolo", "il tedesco", "il polacco", "il russo", "il greco",
            # "il croato", "il serbo", "il belga", "il turco", "il monegasco", "lo svizzero"
            *"eno ena gnolo gnola desco desca acco acca usso ussa eco eca oato oata".split(),
            *"serbo serba belga turco turca asco asca zzero zzera".split(),
        ),
        connectives=tuple(
            "intanto tuttavia inoltre invece infatti però comunque insomma quindi dunque "
            "ora oltretutto poi".split()
        ),
        refusals=("rifiutato", "rifiutata", "rifiuta", "evitato", "evitata", "evita"),
        negations=("non", "mai"),
        not_only=("solo", "soltanto"),
        organization_nouns=frozenset(
            "sindacato associazione agenzia società azienda gruppo partito banca "
            "organizzazione quotidiano giornale emittente ong fondazione istituto movimento "
            "federazione confederazione compagnia colosso settimanale mensile rivista "
            "testata sito canale casa club band orchestra".split()
        ),
        business_nouns=frozenset("azienda società compagnia colosso".split()),
        business_name_words=_BUSINESS_NAME_WORDS,
        cue_patterns=(
            r"(?:ha|hanno|aveva|avevano|avrebbe|avrebbero)\s+\w+mente\s+(?:"
            + "|".join(_IT_PARTICIPLES)
            + ")",
        ),
        naming_cues=(
            "definito",
            "chiamato",
            "descritto",
            "definisce",
            "chiama",
            "definita",
            "descritta",
            "bollato",
            "bollata",
        ),
        prepositions=frozenset(
            "di a da in con su per tra fra dopo prima durante contro verso presso nel nella "
            "nei negli nelle sul sulla sui sugli dal dalla dai dagli al alla ai agli".split()
        ),
        affiliation_markers=frozenset("di del della dello dei degli delle presso".split()),
        scare_markers=(
            "cosiddetto",
            "cosiddetta",
            "cosiddetti",
            "cosiddette",
            "presunto",
            "presunta",
            "sedicente",
            "sedicenti",
            # A nickname: "Mario Rossi, soprannominato «il Bomber»".
            "soprannominato",
            "soprannominata",
            "noto come",
            "nota come",
        ),
        passive_aux=("è", "era", "sono", "viene", "venne", "fu", "si"),
        conjunctions=("e", "ed", "ma", "però", "mentre"),
        clause_openers=frozenset(
            "quando mentre dopo appena perché poiché siccome sebbene benché se".split()
        ),
        complementizer_blockers=(
            "dopo",
            "prima",
            "senza",
            "finché",
            "affinché",
            "cosicché",
            "dato",
            "visto",
            "modo",
            "fatto",
            "prova",
            "poiché",
            "ora",
        ),
        agent_markers=("da", "dal", "dalla", "dai", "dagli", "dallo", "dall'", "dall’"),
        skippable=(
            "ieri",
            "oggi",
            "poi",
            "anche",
            "inoltre",
            "ancora",
            "infine",
            "precedenza",
            "stamani",
            "stamattina",
            "già",
            "invece",
            "però",
            "quindi",
            "lunedì",
            "martedì",
            "mercoledì",
            "giovedì",
            "venerdì",
            "sabato",
            "domenica",
            "sera",
            "mattina",
            "pomeriggio",
            "sempre",
            "successivamente",
            "ai",
            "giornalisti",
            "cronisti",
            "reporter",
            "alla",
            "stampa",
        ),
        function_words=frozenset(
            "sebbene se ma e però quando mentre dopo prima anche inoltre tuttavia oggi ieri "
            "secondo già poi così questo questa questi queste nonostante invece intanto "
            "infatti quindi perché come dove chi cosa in a da per con su tra fra nel nella "
            "nei negli al alla ai agli dal dalla del della dei degli il lo la i gli le un "
            "una uno non è ci si anzi pure durante contro verso".split()
        ),
        pronouns=("lui", "lei", "egli", "ella", "loro"),
        personal_pronouns=frozenset(("lui", "lei", "egli", "ella")),
        determiners=("il", "lo", "la", "l'", "l’", "i", "gli", "le"),
        indefinite=("un", "una", "uno", "un'", "un’", "alcuni", "alcune", "diversi", "fonti"),
        titles=tuple(
            "presidente premier ministro ministra segretario segretaria portavoce capo "
            "cancelliere ambasciatore ambasciatrice generale direttore direttrice leader "
            "consigliere consigliera senatore senatrice deputato deputata sindaco "
            "commissario commissaria vicepresidente viceministro sottosegretario ex "
            "primo prima alto alta rappresentante comandante governatore papa re regina "
            "funzionario funzionaria analista esperto esperta professore professoressa "
            "giornalista attivista avvocato avvocata ammiraglio colonnello assessore "
            "assessora questore prefetto procuratore procuratrice magistrato "
            # Shortened before a name: "il professor Mario Monti", "il dottor Rossi".
            "professor dottor dottoressa ingegner cardinale monsignor onorevole "
            "tecnico allenatore ct capitano capogruppo coordinatore coordinatrice titolare "
            # players: "Il corridore abruzzese ha spiegato", "l'attaccante Mario Rossi"
            "corridore tennista calciatore attaccante centrocampista difensore portiere "
            "astronauta "
            # professions: "il sismologo Carlo Doglioni", "l'economista Tito Boeri"
            "economista scienziato scienziata ricercatore ricercatrice sismologo sismologa "
            "geologo geologa virologo virologa epidemiologo epidemiologa meteorologo "
            "meteorologa politologo politologa sociologo sociologa analista".split()
        ),
        anonymous_heads=tuple(
            "funzionario funzionari funzionaria fonte fonti diplomatico diplomatici "
            "diplomatica ufficiale ufficiali politico politici esperto esperti analista "
            "analisti portavoce membro membri residente residenti testimone testimoni "
            "persona persone osservatore osservatori alleati agenzie agenzia servizi media "
            "giornali fonte autorità analista scienziati ricercatori economisti sondaggisti "
            "investigatori inquirenti medici attivisti manifestanti organizzatori altri "
            "volontario volontaria volontari soccorritore ong "
            "aziende imprese banche associazioni "
            # "il responsabile (della Protezione civile)": somebody in charge, seldom a title
            "responsabile "
            # The parties of a case: "ha dichiarato l'imputato in aula"
            "imputato imputata imputati indagato indagata indagati vittima vittime superstite "
            "superstiti sopravvissuto sopravvissuta sopravvissuti legale legali difensore "
            # Persone per ciò che fanno: "gli agricoltori della zona lamentano"
            "agricoltori allevatori lavoratori dipendenti operai infermieri insegnanti "
            "docenti genitori studenti pazienti passeggeri elettori consumatori commercianti "
            "abitanti cittadini soccorritori sindacalisti tifosi familiari parenti meteorologi "
            # Kin and friends: "il padre di Giulio Regeni" is not Giulio Regeni
            "padre madre fratello sorella moglie marito figlio figlia zio zia nonno nonna "
            "cugino cugina amico amica fidanzato fidanzata compagno compagna vicino "
            "vicina".split()
        ),
        quantifiers=frozenset(
            "alcuni alcune molti molte entrambi entrambe diversi diverse parecchi tanti".split()
        ),
        organization_words=tuple(
            (
                "Cremlino Casa Bianca Pentagono Nato NATO Onu ONU Ue UE Unione Ministero "
                "ministero governo Governo Commissione Consiglio Dipartimento Farnesina Eliseo "
                "Parlamento Stati Uniti Russia Cina Ucraina Mosca Kiev Kyiv Washington Pechino "
                "Bruxelles Italia Francia Germania Spagna Europa Israele Iran India Giappone Roma "
                "Parigi Berlino Londra Presidenza Ansa ANSA esercito Esercito Tass TASS Nazioni "
                "Istituto Agenzia Ufficio Servizio Fondazione Università Banca Partito Lega "
                "Associazione Autorità Comitato Tribunale Corte Polizia Procura Fondo Federazione "
                "Confederazione Consorzio Camera Senato Regione Comune Provincia Prefettura "
                "Questura Corriere Repubblica Gazzetta Messaggero Viminale Quirinale Chigi "
                "Montecitorio Palazzo polizia questura procura prefettura carabinieri "
                "magistratura " + _ENGLISH_INSTITUTIONS
            ).split()
        ),
        organization_suffixes=_ENGLISH_INSTITUTION_ENDINGS,
        name_particles=("de", "von", "van", "der", "bin", "al", "el"),
        weekdays=("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
        days_back=(("ieri", 1), ("l'altro ieri", 2), ("l’altro ieri", 2), ("altroieri", 2)),
        reflexive_markers=("si",),
        date_range_words=frozenset("da dal dalla entro fino prossimo prossima dopo".split()),
        months=tuple(
            "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
            "novembre dicembre".split()
        ),
        media=_pairs(
            {
                "su twitter": "Twitter",
                "un tweet": "Twitter",
                "ha twittato": "Twitter",
                "su x": "X",
                "su telegram": "Telegram",
                "canale telegram": "Telegram",
                "su facebook": "Facebook",
                "su instagram": "Instagram",
                "alla radio": "radio",
                "a radio": "radio",  # "intervenendo a Radio24"
                "ai microfoni di radio": "radio",
                "radiofonic": "radio",
                "in televisione": "television",
                "alla televisione": "television",
                "televisiv": "television",
                "in tv": "television",
                "conferenza stampa": "press conference",
                "punto stampa": "press conference",
                "sul suo blog": "blog",
                "intervista": "interview",
                # "ai microfoni di Sky Sport": speaking to a broadcaster's reporter
                "ai microfoni di": "interview",
                "in una dichiarazione": "statement",
                "in un comunicato": "statement",
                "nota": "statement",
            }
        ),
        stopwords=frozenset(
            "il lo la i gli le di da in con su per tra fra che non è un una del della dei "
            "delle al alla nel nella sono ha hanno anche come più ma se questo questa".split()
        ),
    ),
    "en": Lexicon(
        lang="en",
        cues=_en_cues(),
        complementizers=("that",),
        infinitive_markers=("to",),
        infinitive_cues=frozenset(
            "promised promises promise vowed vows vow pledged pledges pledge threatened "
            "threatens threaten".split()
        ),
        question_cues=("asked", "asks", "wondered", "wonders", "know"),  # "wanted to know"
        question_markers=("whether", "if"),
        question_words=("why", "how", "what", "when", "where", "who", "which"),
        according_to=("according to",),
        gerund_suffixes=("ing",),
        adverbials=(
            *("once", "in the past", "several times", "repeatedly", "last week"),
            *("this week", "earlier this week", "this month", "last month", "this year"),
            *("last year", "earlier this year", "this morning", "tonight", "last night"),
        ),
        connectives=tuple(
            "meanwhile however moreover still separately instead nevertheless indeed "
            "furthermore besides also now then".split()
        ),
        refusals=("declined", "declines", "refused", "refuses", "declining", "refusing"),
        negations=("not", "never", "didn't", "doesn't", "don't", "hasn't", "haven't", "won't"),
        not_only=("only", "just"),
        organization_nouns=frozenset(
            "group union company firm organisation organization charity association agency "
            "party bank consultancy newspaper broadcaster network watchdog regulator "
            "carmaker airline insurer retailer lender journal magazine daily weekly tabloid "
            "website outlet channel station publisher manufacturer supermarket band orchestra "
            "chain startup club".split()
        ),
        business_nouns=frozenset(
            "company firm carmaker automaker airline insurer retailer lender manufacturer "
            "chain startup".split()
        ),
        business_name_words=_BUSINESS_NAME_WORDS,
        as_markers=("as",),
        speech_nouns=(
            "words",
            "remarks",
            "comments",
            "comment",
            "statement",
            "appeal",
            "message",
            "warning",
            "tribute",
            "promise",
            "pledge",
            "reply",
            "response",
            "excuse",
            "claim",
            "description",
        ),
        according_to_relative=("according to which", "according to whom"),
        anaphoric_sources=(
            "according to him",
            "according to her",
            "according to them",
            "in his view",
            "in her view",
            "in their view",
        ),
        addressee_markers=("to",),
        phrase_stops=frozenset("while after but during before".split()),
        cue_adverbs=frozenset("not even also often widely never".split()),
        relative_pronouns=frozenset({"which", "who"}),
        addressee_cues=("told", "tell", "tells", "telling", "assured", "informed", "reminded"),
        institution_joiners=("of", "for", "and", "on"),
        these_words=("with these words", "with those words"),
        work_nouns=tuple(
            "show programme program film movie book novel newspaper magazine series song "
            "album campaign titled entitled slogan".split()
        ),
        epithet_suffixes=(
            *("ian", "ese", "ish", "ean", "man", "woman", "iard"),
            # an age: "the 38-year-old told reporters"
            "year-old",
            # demonyms of one syllable or so: "the Swede", "the Pole", "the Czech"
            *"swede pole dane finn scot brit turk greek czech serb croat slovak swiss thai".split(),
        ),
        noun_markers=frozenset("the a an his her their its these those".split()),
        names_modify_nouns=True,
        noun_cues=frozenset("reports claims estimates notes calls warnings".split()),
        absolute_markers=frozenset({"with"}),
        object_relatives=frozenset({"what", "which", "whom"}),
        adverb_suffixes=("ly",),
        title_qualifiers=frozenset(
            "shadow former ex ex- deputy vice acting outgoing interim junior".split()
        ),
        party_designation=r"[RDI]-[A-Z][A-Za-z.]*",
        age_words=frozenset({"years", "old"}),
        verb_endings=("ed",),
        proxy_titles=frozenset("spokesman spokeswoman spokesperson".split()),
        quantity_leads=(
            *("more than", "fewer than", "less than", "at least", "about", "around"),
            *("nearly", "almost", "over", "some", "up to", "roughly"),
        ),
        document_nouns=(
            *("report", "study", "statement", "survey", "estimate", "analysis", "poll"),
            *("research", "data", "figures", "estimates", "forecast", "forecasts"),
            *("projections", "calculations", "findings", "statistics", "polling"),
        ),
        generic_subjects=("those who", "people who", "anyone who", "everyone who", "whoever"),
        naming_cues=(
            "called",
            "described",
            "defined",
            "calls",
            "describes",
            "branded",
            "brands",
            "labelled",
            "labeled",
        ),
        prepositions=frozenset(
            "in at on by for from with of to after before during against about over under "
            "outside inside near".split()
        ),
        affiliation_markers=frozenset(("of", "from", "at")),
        scare_markers=(
            *("so-called", "so called", "self-styled", "alleged", "supposed"),
            # A nickname: "John Smith, nicknamed “the Hammer”".
            *("nicknamed", "dubbed", "known as", "a.k.a.", "aka"),
        ),
        bare_clause_cues=(
            # The present, as headlines write it.
            "insists",
            "argues",
            "claims",
            "warns",
            "suggests",
            "predicts",
            "admits",
            "acknowledges",
            "forecast",
            "forecasts",
            "said",
            "says",
            "say",
            "added",
            "warned",
            "argued",
            "insisted",
            "claimed",
            "stressed",
            "noted",
            "believes",
            "thinks",
            "told",
            "explained",
            "suggested",
            "predicted",
            "acknowledged",
            "admitted",
            "estimate",
            "estimated",
            "estimates",
            "believe",
            "think",
            "expect",
            "expects",
            "expected",
            "reported",
            "saying",
            "adding",
            "warning",
            "arguing",
        ),
        bare_clause_verbs=frozenset(
            "would will could can may might should must had has have was were is are did "
            "does "
            # Irregular past forms that report an event: "said sales fell sharply".
            "fell rose grew won lost left made came went took gave saw knew began broke "
            "caught fought held kept led met paid ran sent sold spent stood struck "
            "told thought understood".split()
        ),
        bare_clause_endings=("ed",),
        adverbial_subordinators=frozenset(
            "as when while whilst after before because since until once whenever".split()
        ),
        clause_openers=frozenset(
            "as when while whilst after before because since until once whenever although "
            "though if".split()
        ),
        # "Trump has repeatedly | claimed": the auxiliary of a cue an adverb split off.
        auxiliaries=frozenset("has have had".split()),
        passive_aux=("is", "was", "are", "were", "be", "been", "being"),
        conjunctions=("and", "but", "while"),
        complementizer_blockers=(
            "so",
            "now",
            "given",
            "such",
            "except",
            "provided",
            "after",
            "before",
            "despite",
            "fact",
            "evidence",
            "proof",
        ),
        agent_markers=("by", "from"),
        skippable=(
            "on",
            "yesterday",
            "today",
            "later",
            "also",
            "earlier",
            "then",
            "again",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "last",
            "week",
            "night",
            "morning",
            "afternoon",
            "evening",
            "reporters",
            "journalists",
        ),
        function_words=frozenset(
            "although but and when while after before if however meanwhile yesterday today "
            "despite this that these those in on at for as so the a an it he she they we i "
            "there then also still now even only with without from by to of".split()
        ),
        pronouns=("he", "she", "they", "it"),
        personal_pronouns=frozenset(("he", "she")),
        intensifiers=frozenset("himself herself themselves itself".split()),
        institution_pronouns=("it",),
        possessives=frozenset("his her their its our".split()),
        determiners=("the",),
        indefinite=("a", "an", "one", "another", "some", "several", "two", "three"),
        titles=tuple(
            "president prime minister secretary spokesman spokeswoman spokesperson chief "
            "chancellor ambassador general director leader adviser advisor senator "
            "representative rep. sen. gov. governor mayor commissioner deputy vice former "
            "foreign defense defence state high top senior official analyst expert pope "
            "professor journalist activist lawyer admiral colonel secretary-general "
            "press coach captain manager speaker judge chairman chairwoman congressman "
            "striker midfielder defender goalkeeper winger "
            "director-general attorney-general governor-general boss attorney premier "
            "congresswoman sheriff prosecutor ceo executive officer cfo coo administrator "
            "head superintendent principal councilman councilwoman councillor councilor "
            "treasurer meteorologist forecaster economist scientist researcher historian "
            "strategist umpire referee astronaut mr mr. mrs "
            "mrs. ms ms. dr dr. "
            "gen. lt. col. maj. capt. adm. sgt. cmdr. prof. sir dame lord chair chairperson".split()
        ),
        anonymous_heads=tuple(
            "official officials source sources diplomat diplomats spokesperson analyst "
            "analysts expert experts member members resident residents witness witnesses "
            "person people observer observers allies aide aides fan fans user users "
            "critic critics resident agencies agency media government scientists researchers "
            "economists pollsters investigators prosecutors doctors authorities officers police "
            "lawmakers campaigners activists protesters organisers organizers office others "
            "another military army navy troops forces mps meps backbenchers "
            # The parties of a case: "a lawyer for the family said"
            "lawyer lawyers defendant defendants suspect suspects victim victims survivor "
            "survivors "
            # A party's member: "a Republican said"; "Democrat Marisol Ruiz" is Marisol Ruiz
            "democrat republican "
            # People by what they do, and groups of them: "farmers in Idaho complained"
            "farmer farmers worker workers employee employees nurse nurses teacher teachers "
            "parent parents student students patient patients passenger passengers voters "
            "consumers customers shoppers traders investors executives engineers villagers "
            "locals relatives families mourners supporters opponents soldiers firefighters "
            "rescuers paramedics medics negotiators regulators inspectors delegates unions "
            "forecasters meteorologists volunteer volunteers rescuer "
            # Organisations nobody names: "tech companies that say …", "banks warned"
            "companies firms businesses groups banks lenders airlines carmakers retailers "
            "charities "
            # Kin and friends: "the father of Giulio Regeni" is not Giulio Regeni
            "father mother brother sister wife husband son daughter uncle aunt cousin "
            "grandfather grandmother friend neighbour neighbor partner girlfriend "
            "boyfriend".split()
        ),
        quantifiers=frozenset("another some many both several most few".split()),
        organization_words=tuple(
            (
                "Kremlin White House Pentagon NATO Nato UN EU Union Ministry ministry government "
                "Government Commission Department State Parliament Congress Senate United States "
                "Russia China Ukraine Moscow Kyiv Kiev Washington Beijing Brussels France Germany "
                "Italy Britain Denmark Poland Israel Iran India Japan Turkey Spain Canada Mexico "
                "Brazil Paris Berlin London Rome Tokyo AP Tass TASS army Army Nations Office "
                "Bureau Centre Center University Bank Party Authority Court Police Company "
                "Corporation Centers Centres Administration Board Federation Coalition Alliance "
                "Institution Programme Program Times Post Journal Herald Telegraph Guardian "
                "Tribune Gazette Economist Reserve Fed Treasury force navy "
                # Seats of government that stand for it: "Downing Street insisted"
                "Downing Whitehall Élysée Elysee "
                # Parties by their members: "Democrats have insisted"
                "Democrats Republicans Tories " + _ENGLISH_INSTITUTIONS
            ).split()
        ),
        organization_suffixes=_ENGLISH_INSTITUTION_ENDINGS,
        name_particles=("de", "da", "von", "van", "der", "bin", "al", "el", "la"),
        weekdays=("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        days_back=(("yesterday", 1),),
        date_range_words=frozenset("from by until till next before after since".split()),
        months=tuple(
            "january february march april may june july august september october november "
            "december".split()
        ),
        media=_pairs(
            {
                "on twitter": "Twitter",
                "a tweet": "Twitter",
                "tweeted": "Twitter",
                "on x": "X",
                "on telegram": "Telegram",
                "telegram channel": "Telegram",
                "on facebook": "Facebook",
                "on instagram": "Instagram",
                "radio": "radio",
                "on television": "television",
                "televised": "television",
                "television": "television",  # "told ARD television", "on state television"
                "on tv": "television",
                "press conference": "press conference",
                "news conference": "press conference",
                "briefing": "press conference",  # "told reporters at a briefing"
                "interview": "interview",
                "in a statement": "statement",
                "truth social": "Truth Social",
                "on fox news": "television",
                "on cnn": "television",
                "on msnbc": "television",
                "podcast": "podcast",
                "video address": "video",
                "blog post": "blog",  # "wrote in a blog post"
                "on his blog": "blog",
                "on her blog": "blog",
            }
        ),
        stopwords=frozenset(
            "the of and to in a is that for on with as was by it at from his her be are "
            "have has this which not but they their said".split()
        ),
    ),
    "de": Lexicon(
        lang="de",
        cues=tuple(_DE_CUES),
        cue_patterns=_de_cue_patterns(),
        complementizers=("dass", ","),
        question_cues=("fragte", "fragten", "fragt", "wissen"),  # "wollte wissen"
        question_markers=("ob",),
        question_words=("warum", "wieso", "weshalb", "wie", "wann", "wo", "wer", "was", "welche"),
        according_to=(
            "laut",
            "nach angaben von",
            "nach angaben des",
            "nach angaben der",
            "nach angaben",
            "nach berichten von",
            "nach berichten des",
            "nach berichten der",
            "nach informationen von",
            "nach informationen der",
            "nach informationen des",
            "nach auskunft von",
            "nach auskunft der",
            "nach auskunft des",
            "gemäß",
            "nach ansicht von",
            "nach ansicht des",
            "nach ansicht der",
            "nach den worten von",
            "nach den worten des",
            "nach den worten der",
            "nach darstellung von",
            "nach darstellung des",
            "nach darstellung der",
            "nach einschätzung von",
            "nach einschätzung des",
            "nach einschätzung der",
            "nach aussage von",
            "nach aussage des",
            "nach aussage der",
            "nach ansicht",
            "nach auffassung",
            "nach einschätzung",
            "nach darstellung",
            "nach aussage",
            "nach schätzung von",
            "nach schätzung des",
            "nach schätzung der",
            "nach schätzung",
            "nach den berechnungen von",
            "nach den berechnungen des",
            "nach den berechnungen der",
            "nach berechnungen von",
            "nach berechnungen des",
            "nach berechnungen der",
            # "Nach einer Studie des DIW …": "nach" is an according-to before a document.
            *(
                f"nach {det} {noun}"
                for det in ("einer", "einem", "der", "dem", "den", "jüngsten", "neuen")
                for noun in _DE_DOCUMENTS
            ),
            # "„…“, heißt es in dem Bericht": an impersonal cue, then the source.
            *(f"{v} es {p}" for v in ("heißt", "hieß") for p in ("in", "im", "von", "aus")),
            # "…, hieß es lediglich aus dem Rathaus": an adverb between
            *(
                f"{v} es {adverb} {p}"
                for v in ("heißt", "hieß")
                for adverb in _DE_IMPERSONAL_ADVERBS
                for p in ("in", "im", "von", "aus")
            ),
        ),
        according_to_patterns=(
            # "Nach ersten Erkenntnissen": what is known so far, nobody named.
            r"nach\s+(?P<src>(?:ersten|bisherigen|vorläufigen)\s+erkenntnissen)",
            r"nach\s+(?P<src>(?:offiziellen|amtlichen|inoffiziellen)\s+angaben)",
            r"nach\s+(?P<src>\w+?)(?:angaben|berichten|informationen)",
            r"laut\s+(?P<src>\w+?)(?:angaben|berichten|informationen)",
        ),
        as_markers=("wie",),
        post_markers=("so",),
        speech_nouns=(
            "worte",
            "äußerungen",
            "aussagen",
            "appell",
            "botschaft",
            "warnung",
            "mahnung",
            "antwort",
            "versprechen",
            "kritik",
            "vorwurf",
            "vorwürfe",
            "forderung",
            "forderungen",
        ),
        according_to_relative=("wonach", "denen zufolge", "dem zufolge", "der zufolge"),
        addressee_markers=("gegenüber",),
        phrase_stops=frozenset({"aber", "während"}),
        cue_adverbs=frozenset("nicht auch oft nie".split()),
        relative_pronouns=frozenset("der die das den dem".split()),
        addressee_articles=frozenset({"dem", "der", "den"}),
        addressee_nouns=(
            *("zeitung", "agentur", "sender", "magazin", "blatt", "fernsehen", "rundfunk"),
            *("funk", "radio", "portal", "zeitschrift"),
        ),
        institution_joiners=("für", "und", "der", "des"),
        back_references=("das", "dies", "dieses"),
        these_words=("mit diesen worten",),
        document_nouns=(*_DE_DOCUMENTS, "berichten", "angaben", "informationen"),
        generic_subjects=("diejenigen, die", "alle, die", "wer"),
        reported_only=frozenset(
            "sei seien könne müsse solle wolle dürfe gebe wisse liege stehe bestehe handle "
            # also the first person's, which news tells only inside quotation marks
            "gehe komme habe werde".split()
        ),
        reported_mood=frozenset(
            "sei seien habe werde könne müsse solle wolle dürfe gebe wisse liege stehe "
            "bestehe handle gehe komme hätten würden wären würde hätte wäre müssten könnten "
            "sollten dürften "
            # Konjunktiv I of verbs common in the news (third person singular).
            "lasse gelte fehle zeige brauche trage bleibe sehe nehme halte finde führe "
            "bringe erwarte plane drohe verfüge reiche betrage stamme beginne folge koste "
            "wachse sinke steige falle laufe arbeite lebe kenne glaube hoffe fürchte "
            "erhalte gewinne verliere entstehe geschehe passiere sterbe verhandle "
            "unterstütze lehne prüfe suche zahle liefere leide".split()
        ),
        title_suffixes=(
            "führer",  # "Geschäftsführer", "Oppositionsführer"
            "vorstand",  # "Personalvorstand X", "Der Vorstand der Stiftung, X,"
            "führerin",
            "kapitänin",  # "Bayern-Kapitänin" (-kapitän, -trainer are listed below)
            "minister",
            "ministerin",
            "präsident",
            "präsidentin",
            "sprecher",
            "sprecherin",
            "chef",
            "chefin",
            "leiter",
            "leiterin",
            "vorsitzende",
            "vorsitzender",
            "moderator",
            "moderatorin",
            "sänger",
            "sängerin",
            "professor",
            "professorin",
            "anwalt",
            "anwältin",
            "kanzler",
            "kanzlerin",
            "direktor",
            "direktorin",
            "experte",
            "expertin",
            "botschafter",
            "botschafterin",
            "kommissar",
            "kommissarin",
            "bürgermeister",
            "bürgermeisterin",
            "abgeordnete",
            "abgeordneter",
            "trainer",
            "trainerin",
            "autor",
            "autorin",
            "politiker",
            "politikerin",
            "forscher",
            "forscherin",
            "wissenschaftler",
            "wissenschaftlerin",
            "schauspieler",
            "schauspielerin",
            "träger",
            "trägerin",
            "sekretär",
            "sekretärin",
            "general",
            "richter",
            "richterin",
            "anwältin",
            "journalist",
            "journalistin",
            "analyst",
            "analystin",
            "manager",
            "managerin",
            "gründer",
            "gründerin",
            "schützer",
            "schützerin",
            "kandidat",
            "kandidatin",
            "senator",
            "kapitän",
            "regisseur",
            "pfarrer",
            "bischof",
            "sportler",
            "student",
            "studentin",
            "leiter",
            "leiterin",
            "rat",
            "rätin",
            "astronaut",
            "astronautin",
            "chefredakteur",
            "vize",
            "ex",
        ),
        naming_cues=("nannte", "bezeichnete", "beschrieb", "beschreibt"),
        label_frames=(("als", "bezeichnet"), ("als", "genannt"), ("als", "tituliert")),
        work_nouns=tuple(
            "sendung film buch roman zeitung magazin serie kampagne programm lied album "
            "titel motto slogan".split()
        ),
        prepositions=frozenset(
            "vor nach in im am an auf bei beim mit von vom zu zum zur seit aus über unter "
            "gegen für um durch während wegen trotz hinter neben zwischen entgegen gegenüber "
            "angesichts aufgrund dank gemäß infolge innerhalb außerhalb ohne statt anstatt "
            "binnen ins ans aufs anlässlich".split()
        ),
        affiliation_markers=frozenset(("von", "vom", "aus", "bei", "beim")),
        scare_markers=(
            "sogenannte",
            "sogenannten",
            "sogenannter",
            "sogenanntes",
            "so genannte",
            "so genannten",
            "angebliche",
            "angeblichen",
            # A nickname: "Joseph Massino, genannt „das Ohr“".
            "genannt",
            "alias",
        ),
        passive_aux=("ist", "wird", "wurde", "war", "werden", "wurden"),
        conjunctions=("und", "aber", "sowie", "doch"),
        complementizer_blockers=("so", "ohne", "statt", "anstatt", "damit"),
        clause_openers=frozenset(
            "als wenn während nachdem bevor weil obwohl seit seitdem sobald falls".split()
        ),
        not_after_comma=frozenset(
            "und aber doch sondern denn jedoch während als weil obwohl wenn bevor nachdem "
            "seit seitdem indem wozu womit wodurch worauf wovon was".split()
        ),
        agent_markers=("von", "vom"),
        skippable=(
            "am",
            "montag",
            "dienstag",
            "mittwoch",
            "donnerstag",
            "freitag",
            "samstag",
            "sonntag",
            "gestern",
            "heute",
            "auch",
            "weiter",
            "zudem",
            "außerdem",
            "ebenfalls",
            "jedoch",
            "dann",
            "später",
            "bereits",
            "inzwischen",
            "mittlerweile",
            "unterdessen",
            "zuvor",
            "erneut",
            "allerdings",
            "zunächst",
            "gegenüber",
            "journalisten",
            "reportern",
            # Pronominal adverbs before a participle: "hat dazu aufgerufen, …", "hat darauf
            # hingewiesen, dass …".
            "dazu",
            "darauf",
            "daran",
            "davor",
            "darüber",
            "dafür",
            "dagegen",
            "davon",
        ),
        function_words=frozenset(
            "aber und wenn als nach vor heute gestern doch auch so laut der die das im am um "
            "es er sie wir ich ein eine in an auf für mit von zu bei seit während dass wie "
            "auch noch nur schon dies diese dieser dieses zudem außerdem hier nun dort da "
            "dabei damit dazu deshalb daher darum trotzdem jedoch allerdings bereits "
            "inzwischen mittlerweile unterdessen später zuvor danach demnach zunächst zuletzt "
            "wörtlich zur zum beim vom ins "
            "ebenso ebenfalls weiter weiterhin seiner seinen seinem seine sein ihrer ihren "
            "ihrem ihre ihr eigenen eigener".split()
        )
        | _DE_AUXILIARIES,
        auxiliaries=_DE_AUXILIARIES,
        participle_last=True,
        verb_second=True,
        # "der 64-Jährige", "der SPD-Politiker", "die Niederländerin": the person named before.
        epithet_suffixes=(
            *("jährige", "jähriger", "politiker", "politikerin", "länder", "länderin"),
            # demonyms: "der Franzose", "der Monegasse", "der Italiener", "der Portugiese"
            *("zose", "zösin", "gasse", "gassin", "ener", "enerin", "iese", "iesin", "nese"),
            # "sagte der CDU-Vorsitzende", "der Regierungschef": a party or office role
            *("vorsitzende", "vorsitzender", "chef", "chefin"),
        ),
        connectives=tuple(
            "allerdings zudem außerdem unterdessen inzwischen dennoch jedoch indes trotzdem".split()
        ),
        refusals=("lehnte", "lehnten", "weigerte", "weigerten"),
        negations=("nicht", "nie", "niemals"),
        not_only=("nur", "bloß", "allein"),
        organization_nouns=frozenset(
            "gruppe gewerkschaft unternehmen firma organisation verband agentur partei bank "
            "zeitung sender konzern hilfsorganisation magazin nachrichtenmagazin "
            "wochenzeitung tageszeitung zeitschrift fachzeitschrift fernsehsender "
            "rundfunk verlag verein klub portal vergleichsportal onlineportal band rockband "
            "popband orchester".split()
        ),
        business_nouns=frozenset("unternehmen firma konzern hersteller autobauer".split()),
        business_name_words=_BUSINESS_NAME_WORDS,
        own_sources=_DE_OWN_SOURCES,
        impersonal_pronouns=("es", "man"),
        object_clitics=frozenset({"sich"}),  # "Die Koalition hat sich darauf verständigt"
        intensifiers=frozenset({"selbst"}),
        # not "von", which a verb may govern ("Von einem Scheitern wollte man nicht sprechen")
        impersonal_sources=frozenset("aus bei beim im in seitens".split()),
        # Not of a time ("am Montag", "seit Jahren"): those belong to the statement.
        source_prepositions=frozenset("unter mit in im auf aus bei beim".split()),
        anaphoric_sources=(
            "demnach",
            "nach seinen angaben",
            "nach ihren angaben",
            "nach dessen angaben",
            "nach deren angaben",
            "dessen angaben zufolge",
            "deren angaben zufolge",
            "seinen angaben zufolge",
            "ihren angaben zufolge",
            "nach seiner darstellung",
            "nach ihrer darstellung",
            "seiner ansicht nach",
            "ihrer ansicht nach",
            "seiner meinung nach",
            "ihrer meinung nach",
            "nach seinen worten",
            "nach ihren worten",
            *_DE_OWN_SOURCES,
        ),
        final_infinitive="zu",
        name_genitives=("s",),
        possessives=_DE_POSSESSIVES,
        title_qualifiers=frozenset(
            "ehemalige ehemaliger ehemaligen frühere früherer früheren stellvertretende "
            "stellvertretender stellvertretenden".split()
        ),
        age_words=frozenset({"jahre", "alt"}),
        according_to_post=("zufolge",),
        pronouns=("er", "sie"),  # "es" reports nobody: "hieß es"
        # "sie" may be she, they or a feminine noun ("die Behörde"): only "er" is a person's
        personal_pronouns=frozenset(("er",)),
        determiners=_DE_DETERMINERS,
        indefinite=(
            *("ein", "eine", "einer", "einem", "einen", "eines", "mehrere", "einige"),
            *("zwei", "drei", "vier", "fünf", "sechs", "zehn"),  # "Zwei Diplomaten sagten"
            # Numbers written as capitalised nouns: "Millionen Inder", "Tausende Menschen".
            *("dutzende", "hunderte", "tausende", "millionen", "milliarden"),
        ),
        quantity_leads=(
            *("mehr als", "über", "rund", "etwa", "mindestens", "fast", "knapp"),
            *("weniger als", "bis zu"),
        ),
        proxy_titles=frozenset(
            "sprecher sprecherin regierungssprecher regierungssprecherin".split()
        ),
        titles=tuple(
            "präsident präsidentin ministerpräsident ministerpräsidentin minister "
            "ministerin sprecher sprecherin chef chefin kanzler kanzlerin botschafter "
            "botschafterin general direktor direktorin vorsitzende vorsitzender "
            "bürgermeister bürgermeisterin abgeordnete abgeordneter senator experte "
            "expertin ex- ehemalige ehemaliger trainer trainerin professor professorin "
            # Roles in a team: "Bayern-Kapitän Manuel Neuer … betonte der Torhüter"
            "coach kapitän kapitänin torhüter torhüterin torwart stürmer stürmerin "
            "astronaut astronautin "
            "kommissar kommissarin generalsekretär generalsekretärin führer führerin "
            # Nationalities stand in a title's place: "des Briten Ed Stafford" (weak nouns
            # with their declined form).
            "brite briten britin franzose franzosen französin amerikaner amerikanerin russe "
            "russen russin italiener italienerin spanier spanierin chinese chinesen chinesin "
            "japaner japanerin österreicher österreicherin niederländer niederländerin "
            "belgier belgierin ukrainer ukrainerin türke türken türkin grieche griechen "
            "griechin iraner iranerin syrer "
            "syrerin kanadier kanadierin australier australierin brasilianer "
            "brasilianerin argentinier argentinierin mexikaner mexikanerin".split()
        ),
        anonymous_heads=tuple(
            "sprecher sprecherin beamter beamte diplomat diplomaten quelle quellen experte "
            "experten augenzeuge augenzeugen zeuge zeugen polizei behörden ökonomen analysten "
            "kritiker beobachter anwohner wissenschaftler forscher ermittler ärzte andere "
            # The parties of a case: "sagte der Angeklagte vor Gericht"
            "angeklagte angeklagter opfer zeugin "
            # Menschen nach ihrer Tätigkeit: "Landwirte in Bayern klagen"
            "landwirte bauern beschäftigte mitarbeiter mitarbeiterin pflegekräfte lehrer "
            "eltern schüler studierende patienten fahrgäste passagiere einwohner retter "
            "einsatzkräfte feuerwehrleute händler verbraucher wähler angehörige meteorologen "
            # "Regierungskreise", "CDU-Kreise": circles that are an unnamed source
            "kreise kreisen "
            # Groups nobody names: "Medien berichteten", "Unterstützer sagten"
            "medien unterstützer befürworter gegner helfer helferin freiwillige "
            "firmen konzerne banken verbände".split()
        ),
        quantifiers=frozenset("einige viele beide mehrere manche alle".split()),
        organization_words=tuple(
            (
                "Kreml Weißes Haus Pentagon Nato NATO UN EU Union Ministerium Regierung "
                "Deutschland Russland Frankreich Italien China Ukraine Polen Israel Iran Indien "
                "Japan Türkei Großbritannien USA Moskau Kiew Washington Peking Berlin Paris "
                "Bundesregierung Kommission Rat Polizei Bundestag Parlament Behörde Amt Anklage "
                "Bahn Gericht Vereinte Nationen Institut Agentur Stiftung Universität Bank Partei "
                "Verband Gewerkschaft Kammer Staatsanwaltschaft Deutsche " + _ENGLISH_INSTITUTIONS
            ).split()
        ),
        lower_case_names=frozenset("dpa ddp dapd afp apa sid epd kna".split()),
        organization_suffixes=tuple(
            "regierung ministerium polizei behörde gericht amt agentur stiftung universität "
            "partei verband gewerkschaft kammer anwaltschaft kommission institut feuerwehr "
            "bundeswehr verwaltung konzern bank zeitung blatt magazin sender rundfunk "
            "verein club ausschuss zentrum organisation konferenz dienst kasse versicherung "
            "unternehmen gruppe bündnis senat firma bund portal band orchester".split()
            + list(_ENGLISH_INSTITUTION_ENDINGS)
        ),
        name_particles=("von", "van", "der", "de", "zu", "bin", "al"),
        weekdays=("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
        days_back=(("gestern", 1), ("vorgestern", 2)),
        date_range_words=frozenset("ab bis nächsten kommenden seit vor nach".split()),
        time_nouns=frozenset(
            "jahr jahres woche monat monats wochenende tag tages abend morgen vormittag "
            "nachmittag nacht".split()
        ),
        months=tuple(
            "januar februar märz april mai juni juli august september oktober november "
            "dezember".split()
        ),
        ordinal_after=frozenset(
            (
                *_DE_DETERMINERS,
                *_DE_POSSESSIVES,
                # contractions, and the possessives' genitive and first person plural
                *"am im zum zur vom beim seines ihres unser unsere unserem unseren unserer "
                "unseres".split(),
            )
        ),
        media=_pairs(
            {
                "auf twitter": "Twitter",
                "auf x": "X",
                "plattform x": "X",  # "auf der Plattform X"
                "auf telegram": "Telegram",
                "auf facebook": "Facebook",
                "auf instagram": "Instagram",
                "im radio": "radio",
                "im fernsehen": "television",
                "pressekonferenz": "press conference",
                "blogeintrag": "blog",
                "in seinem blog": "blog",
                "in ihrem blog": "blog",
                "interview": "interview",
                "in einer erklärung": "statement",
                "mitteilung": "statement",
            }
        ),
        stopwords=frozenset(
            "der die das und ist nicht ein eine zu den von mit sich des auf für im dem "
            "auch es an als nach wie bei aus sie er".split()
        ),
        capitalized_nouns=True,
        declensions=(
            # Genitive feminine and plural: "der Deutschen Post", "der lokalen Behörden".
            Declension("der", adjective=("en", "e")),
            # Genitive masculine and neuter: "des Bundestages", "des neuen Instituts".
            Declension(
                "des",
                adjective=("en", "er"),
                neuter_adjective="es",
                noun_ending=r"(?<=[^aeiouäöüy])es$|(?<=[^s])s$",
            ),
        ),
        neuter_suffixes=tuple(
            "ium um amt ment chen lein tum institut gericht haus büro zentrum werk land "
            "projekt parlament unternehmen komitee kommando team blatt magazin portal "
            "kabinett militär volk bündnis netzwerk sekretariat kommissariat konsulat "
            "krankenhaus archiv labor museum theater orchester".split()
        ),
        adjective_suffixes=tuple(
            f"{stem}{ending}"
            for stem in ("isch", "lich", "ig", "isiert", "ell", "al")
            for ending in ("e", "en", "er", "es", "em")
        ),
        noun_suffixes=(
            "ung",
            "ungen",
            "heit",
            "keit",
            "schaft",
            "tion",
            "ität",
            "ismus",
            "nahme",
            "ierung",
        ),
    ),
}

# Languages recognised by language detection though the extractor has no lexicon for them.
DETECTION_ONLY_STOPWORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        "le la les de des du et est une un que qui dans pour pas sur au aux avec ce il "
        "elle ont sont".split()
    ),
    "es": frozenset(
        "el la los las de del y que en un una es por con para no se su al lo como más".split()
    ),
    "pt": frozenset(
        "o a os as de do da dos das e que em um uma é para com não se por ao na no".split()
    ),
    "nl": frozenset(
        "de het een en van in is dat op te zijn met voor niet aan er ook als bij door".split()
    ),
}

# ISO 639-1 codes accepted in article metadata.
ISO_639_1 = frozenset(
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu "
    "cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi "
    "ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks "
    "ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl "
    "nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl "
    "sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve "
    "vi vo wa wo xh yi yo za zh zu".split()
)


def lexicon_for(lang: str) -> Lexicon | None:
    """The lexicon of ``lang`` (ISO 639-1), or None when the extractor does not know it."""
    return LEXICONS.get(lang.lower())
