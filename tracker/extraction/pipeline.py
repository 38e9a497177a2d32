"""extract_quotes: quoted and reported speech, classified and attributed, in text order."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from tracker.extraction import attribution as attr
from tracker.extraction.context import ArticleContext
from tracker.extraction.dates import explicit_date, first_letters, said_on
from tracker.extraction.indirect import (
    Reported,
    according_phrases,
    according_phrases_relative,
    back_reference_cue,
    coordinated,
    find_reported,
    negated_cue,
    opening_subject,
    source_of,
    subject_of_verb_before,
)
from tracker.extraction.langid import detect_language
from tracker.extraction.lexicon import LEXICONS, Lexicon, lexicon_for
from tracker.extraction.marks import CLOSING_MARKS, OPENING_MARKS, Quoted, find_quoted, top_level
from tracker.extraction.posts import find_posts
from tracker.extraction.sentences import sentence_spans
from tracker.extraction.speakers import base_form
from tracker.extraction.types import Attribution, Quote, QuoteKind, Span, SpeakerKindName

_QUOTE_MARKS = '«»“”„‘’"'
_WINDOW = 240
_CONTEXT_REACH = 1500  # how far back a pronoun may find its person
# A sentence's end, then the next one's first word, between two quotations.
_BETWEEN_SENTENCES = re.compile(r"[.!?]\s+\w[^.!?]*\s\w")
_FOLLOW_ON = 300  # a subject-less quotation this close after another continues its speaker


@dataclass(frozen=True, slots=True)
class _Found:
    """A cue and its speaker for one quotation, and where the attribution lies."""

    who: Attribution
    after: bool  # the attribution follows the quotation


def _sentence_of(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The sentence bounds around text[start:end] (several sentences if it spans them)."""
    lo = _opening(spans, start)
    j = bisect.bisect_left(spans, (end, -1))
    hi = end
    for k in (j - 1, j):
        if 0 <= k < len(spans) and spans[k][0] <= end <= spans[k][1] + 1:
            hi = spans[k][1]
    return max(lo, start - _WINDOW), min(max(hi, end), end + _WINDOW)


def _opening(spans: list[tuple[int, int]], start: int) -> int:
    """Where the sentence holding ``start`` begins, however long it is."""
    i = bisect.bisect_right(spans, (start, 1 << 62)) - 1
    return spans[i][0] if i >= 0 and spans[i][1] + 1 >= start else start


def _apostrophe(text: str, i: int) -> bool:
    """Whether the mark at ``i``, after a letter, is an apostrophe, not a closing single
    quotation mark: before a capital ("d’Italia"), a possessive "s" ("party’s") or an
    elided article's word ("un’intervista"), not an English contraction ("wouldn’t")."""
    nxt = text[i + 1 : i + 4]
    return (
        nxt[:1].isupper()
        or (nxt[:1] == "s" and not nxt[1:2].isalpha())
        or (len(nxt) == 3 and nxt.isalpha())
    )


def _post_limit(text: str, pos: int, stop: int) -> int:
    """Where an attribution after a quotation ends: a sentence end or the next quotation."""
    for i in range(pos, stop):
        if text[i] in _QUOTE_MARKS or text[i] in "!?;:\n":
            if text[i] in "’'" and text[i - 1].isalpha() and _apostrophe(text, i):
                continue  # "Fratelli d’Italia", "O’Brien", "the party’s spokesperson"
            return i
    return stop


def _after_cue(text: str, cue: attr.Cue, start: int, end: int, lex: Lexicon) -> Attribution | None:
    """The subject between a quotation and its cue ("…," Blinken said) or right after it."""
    between = text[start : cue.start]
    words = between.strip(" ,–—-").split()
    # "«…», ci ha detto Rossi": only the cue's listener before it, its speaker after it.
    if words and not all(w.lower() in lex.object_clitics for w in words):
        who = attr.speaker_before(text, start, cue.start, lex)
        if who is None and between.rstrip().endswith(",") and not between.lstrip().startswith(","):
            # «…» e provocherebbe perdite, ha detto Milley: the clause goes on, then the cue.
            who = attr.speaker_after(text, cue.end, end, lex, strict=True)
        return who
    return attr.speaker_after(text, cue.end, end, lex, strict=True)


def _attribute(
    text: str, q: Quoted, s_start: int, s_end: int, lex: Lexicon, *, opening: int | None = None
) -> _Found | None:
    """The cue and speaker of a quotation in its sentence (``s_start``-``s_end``, a window
    of it when it is long); ``opening``: where a long sentence really starts, for an
    "according to" that governs all of it."""
    close = q.end + 1
    post_end = _post_limit(text, close, s_end)
    before = attr.find_cues(text, s_start, q.start - 1, lex)
    # "He said “…” over coming days, some scientists estimate …": a cue right before the
    # quotation governs it, whatever cue the sentence has after it.
    adjacent = bool(before) and (
        not text[before[-1].end : q.start - 1].strip(" :,")
        # "X ha ammesso che la squadra «non era pronta» e ha promesso …": the cue whose
        # clause the quotation stands in reports it, not the next verb.
        or _in_clause_of(text, before[-1], q.start, lex)
    )
    # 0. In a relative "according to" clause opened before it: "X, secondo cui la manovra
    # «…», ha chiesto un incontro" (the verb after it is the main clause's, X's).
    relative = _according_relative_before(text, s_start, q.start - 1, lex)
    if relative is not None:
        return _Found(relative, after=False)
    # 1. After the quotation: «...», ha detto X / "...," X said / "...," said X.
    for cue in attr.find_cues(text, close, post_end, lex)[:1]:
        if adjacent or _subordinate_between(text, close, cue.start, lex):
            break  # "X sprach von „…“, während Parteikreise sagten, …": another clause's
        if (
            text[close : cue.start].strip(" ,").lower() in lex.conjunctions
            or attr.is_gerund(cue, lex)
            or (before and _coordinated_after(text, cue, post_end, lex))
        ):
            # "X ha definito la proposta «…» e ha annunciato …", "called for a «reset»,
            # saying …": the next verb of the sentence's subject, who said it; or, when
            # the sentence opens with no subject ("Di tutt'altro avviso X, che ha definito
            # …"), of the verb before the quotation.
            who = opening_subject(text, s_start, q.start - 1, lex)
            if who is None and before:
                who = attr.speaker_before(text, s_start, before[-1].start, lex)
            return _Found(_with_cue(who, cue), after=True)
        if lex.verb_second and text[close : cue.start].strip(" ,–—-"):
            # "„…“, Vizekanzler X strich … hervor": after a quotation the verb comes first
            # ("„…“, sagte X"); a subject before it opens a clause of its own.
            break
        who = _after_cue(text, cue, close, post_end, lex)
        if who is None or who.speaker is None:
            # "„…“, heißt es in dem Bericht": an impersonal cue whose marker names the source.
            who = _according_after(text, close, post_end, lex) or who
        return _Found(_with_cue(who, cue), after=True)
    # 2. «...». Così X / »...«, so X / "…," according to X.
    marker = _post_marker(text, close, lex) or _according_after(text, close, post_end, lex)
    if marker is not None:
        return _Found(marker, after=True)
    # 2a. "„…“ (Konrad-Adenauer-Stiftung)", "“…” (Carter Center)": its source in brackets.
    content = text[q.start : q.end].rstrip()
    bracketed = (
        _bracketed_source(text, close, lex)
        # a statement, not a name and its acronym ("„People's Alliance for Democracy“ (PAD)")
        if content.endswith((".", "!", "?", "…")) or len(content.split()) >= 6
        else None
    )
    if bracketed is not None:
        return _Found(bracketed, after=True)
    # 2b. "«…» è il commento di X", "“…” were the words of X": a noun of speech after it.
    owner = _speech_owner(text, close, post_end, lex, opening=True)
    if owner is not None:
        return _Found(owner, after=True)
    # 3. Before it: X ha detto: «...» / X called it "..." (nearest cue first).
    for cue in reversed(before):
        if negated_cue(text, s_start, cue, lex) and cue is not before[0]:
            # "X ha aggiunto che molte vittime non avevano denunciato: «…»": nobody says
            # what follows a verb of saying negated; the cue before it does.
            continue
        main = _relative_object(text, s_start, cue, q, lex)
        if main is not None:
            return _Found(_with_cue(main, cue), after=False)
        passive, agent = _passive_agent(text, s_start, cue, q.start - 1, lex)
        if passive:
            # "The decision was defined by the New York Times a “big change”"; with no
            # agent the subject is what was defined, nobody who spoke.
            who = agent
        elif attr.is_gerund(cue, lex) or coordinated(text, s_start, cue.start, lex):
            # "Biden spoke …, announcing … a «total unanimity»", "X sprach von „…“ und
            # bezeichnete ihn als „…“": the sentence's subject.
            who = attr.absolute_subject(text, s_start, cue, lex) or opening_subject(
                text, s_start, cue.start, lex
            )
            earlier = [c for c in before if c.end <= cue.start]
            # "Some residents refused to leave, he said, adding that “…”": the subject of
            # the verb right before the gerund, not the sentence's first words.
            who = (
                subject_of_verb_before(text, s_start, earlier[-1] if earlier else None, cue, lex)
                or who
            )
            if (who is None or who.speaker is None) and earlier:
                # "“…,” Kallas told reporters, adding that … “…”": the subject of the
                # verb before, where a quotation opens the sentence.
                prior = attr.speaker_before(text, s_start, earlier[-1].start, lex)
                if prior is None or prior.speaker is None:
                    # "«…», ha detto Kallas ai giornalisti, aggiungendo che …": inverted
                    prior = attr.speaker_after(text, earlier[-1].end, cue.start, lex, strict=True)
                who = prior if prior is not None and prior.speaker is not None else who
        elif text[cue.end : q.start - 1].strip() and ":" not in text[cue.end : q.start]:
            who = attr.speaker_before(text, s_start, cue.start, lex)
            naming = cue.text.lower().split()[-1] in lex.naming_cues and not lex.verb_second
            if (who is None or who.speaker is None) and not naming:
                # "Dabei erklärte X, dass … „…“": the verb inverted, its subject after it.
                # (Not "Poi ha definito il governo «incapace»": what is named follows.)
                who = attr.subject_of(text, s_start, cue.start, cue.end, q.start - 1, lex) or who
        else:
            # "X schrieb: „…“", "In einer E-Mail schrieb er: „…“" (the verb inverted).
            who = attr.subject_of(text, s_start, cue.start, cue.end, q.start - 1, lex)
        if (who is None or who.speaker is None) and cue.text.lower() in lex.speech_nouns:
            # "Immediata la replica della ministra, X: «…»": the noun the verb is spelt
            # like, and its owner.
            owner = _speech_owner(text, cue.start, q.start - 1, lex)
            if owner is not None:
                return _Found(owner, after=False)
        return _Found(_with_cue(who, cue), after=False)
    # 4. "Secondo Francesco, «…»" / "According to the mayor, “…”".
    source = _according_before(text, s_start, q.start - 1, lex)
    if source is None and opening is not None and opening < s_start:
        source = _according_before(text, opening, q.start - 1, lex)
    if source is None:
        source = _according_set_off(text, s_start, q.start - 1, lex)
    if source is not None:
        return _Found(source, after=False)
    # 4b. "…le dichiarazioni di Jannik Sinner …: «…»": a noun of speech and its owner.
    owner = _speech_owner(text, s_start, q.start - 1, lex)
    if owner is not None:
        return _Found(owner, after=False)
    # 5. "…," Guterres outlined: a name and one verb the lexicon does not know.
    loose = _loose_post(text, close, post_end, lex, comma_inside=text[q.end - 1 : q.end] == ",")
    if loose is not None:
        return _Found(loose, after=True)
    # 6. A name and a colon: Blinken: «...».
    head = text[s_start : q.start - 1].rstrip()
    marked = _marker_and_colon(text, s_start, s_start + len(head), lex)
    if marked is not None:
        return _Found(marked, after=False)
    relative = _relative_to_colon(text, s_start, s_start + len(head) - 1, lex)
    if relative is not None:
        return _Found(relative, after=False)
    subject = (
        opening_subject(text, s_start, s_start + len(head) - 1, lex) if head.endswith(":") else None
    )
    if (
        subject is not None
        and subject.speaker is not None
        and subject.kind == "person"
        and (len(subject.speaker.split()) >= 2 or _verb_after(text, subject, lex))
    ):
        # "Il cancelliere Olaf Scholz ha escluso l'ipotesi: «…»", "Carlo Ancelotti thanked
        # the fans: “…”", "Chivu ha elogiato Lautaro Martinez: «…»": a person opening the
        # sentence that leads into the quotation with a colon (a surname or a role, with
        # its verb after it, is found in context).
        return _Found(subject, after=False)
    if head.endswith(":") and len(head.split()) <= 8:
        who = attr.speaker_before(text, s_start, s_start + len(head) - 1, lex)
        if (
            who is not None
            and who.speaker is not None
            and (who.kind != "anonymous" or attr.names_a_source(who.speaker, lex))
            and not who.speaker.lower().endswith(lex.noun_suffixes or ("\0",))
        ):
            # "Blinken: «…»", "Un portavoce: «…»"; not "Infine l'appello: «…»".
            return _Found(who, after=False)
    # 7. «…». Sono le prime parole di X / These were the words of X: the next sentence
    # opens by naming whose words they were.
    nxt = close
    while nxt < len(text) and text[nxt] in " .":
        nxt += 1
    lead = _NEXT_SENTENCE_LEAD.match(text, nxt)
    ended = text[close:nxt].strip() == "." or (
        not text[close:nxt].strip() and text[q.end - 1 : q.end] in (".", "!", "?")
    )
    if lead is not None and nxt > close and ended:
        owner = _speech_owner(text, nxt, min(len(text), lead.end() + 120), lex, opening=True)
        if owner is not None:
            return _Found(owner, after=True)
        # «…». Lo ha detto la segretaria del Pd, Elly Schlein, …
        back = back_reference_cue(text, nxt, min(len(text), nxt + 60), lex)
        if back is not None:
            who = attr.speaker_after(
                text, back.end, min(len(text), back.end + 120), lex, strict=True
            )
            if who is not None and who.speaker is not None:
                return _Found(_with_cue(who, back), after=True)
        # «…». Con queste parole il sindaco X ha presentato …
        next_words = text[nxt : nxt + 40].lower()
        phrase = next((p for p in lex.these_words if next_words.startswith(p)), None)
        if phrase is not None:
            cue_end = nxt + len(phrase)
            at = cue_end + 1 if text[cue_end : cue_end + 1] == "," else cue_end
            who = attr.speaker_after(text, at, min(len(text), at + 120), lex, strict=True)
            if who is not None and who.speaker is not None:
                span = Span(nxt, cue_end)
                return _Found(replace(who, cue=text[nxt:cue_end], cue_span=span), after=True)
    return None


def _passive_agent(
    text: str, s_start: int, cue: attr.Cue, end: int, lex: Lexicon
) -> tuple[bool, Attribution | None]:
    """Whether a cue is passive, and its agent ("was defined by the New York Times", "è
    stata definita dal ministro"), who is the speaker, if it names one."""
    # The auxiliary stands before the cue ("was | defined") or opens it ("è stata definita").
    aux = (text[max(s_start, cue.start - 20) : cue.start].split() or [""])[-1]
    first = cue.text.split()[0].lower()
    if aux.lower() not in lex.passive_aux and first not in lex.passive_aux:
        return False, None
    if first in lex.reflexive_markers and aux.lower() not in lex.passive_aux:
        subject = attr.speaker_before(text, s_start, cue.start, lex)
        if subject is not None and subject.speaker is not None:
            return False, None  # "Meloni si è lamentata …": a reflexive verb and its subject
    after = text[cue.end : end].split()
    if not after or after[0].lower() not in lex.agent_markers:
        return True, None
    start = text.find(after[0], cue.end) + len(after[0])
    who = attr.speaker_after(text, start, end, lex, strict=True)
    return True, (who if who is not None and who.speaker is not None else None)


def _according_after(text: str, close: int, end: int, lex: Lexicon) -> Attribution | None:
    """The source of an "according to" phrase right after a quotation ("“…,” according to
    a statement from the mayor's office")."""
    rx = according_phrases(lex)
    pos = close
    while pos < end and text[pos] in " ,":
        pos += 1
    m = rx.match(text, pos, end) if rx is not None else None
    if m is None:
        return None
    src = text[m.end() : end].strip().rstrip(".;")
    if not src or len(src.split()) > 10:
        return None
    who = source_of(src, m.start(), m.end(), text, lex)
    return who if who.speaker is not None else None


def _according_before(text: str, start: int, end: int, lex: Lexicon) -> Attribution | None:
    """The source of an "according to" phrase that opens the quotation's sentence and is
    set off by a comma: "Secondo Francesco, «…»", "Per il leader Giuseppe Conte, la
    manovra è «una presa in giro»". A phrase that is an "according to" only with a name
    after it ("per") counts only then."""
    rx = according_phrases(lex)
    if rx is None:
        return None
    lead = text[start:end]
    m = rx.match(lead.lstrip()) if lead.strip() else None
    offset = start + len(lead) - len(lead.lstrip())
    named_only = False
    if m is None:
        word = lead.split()[:1]
        if not word or word[0].lower() not in lex.according_to_named:
            return None
        named_only = True
        m_end = offset + len(word[0])
        m_start = offset
    else:
        m_start, m_end = offset + m.start(), offset + m.end()
    comma = text.find(",", m_end, end)
    if comma < 0:
        comma = len(text[:end].rstrip())  # "Per X «…»": the source runs up to the marks
    if len(text[m_end:comma].split()) > 8:
        return None
    apposed = attr.apposed_name(text, text[m_end:comma], comma, end, lex)
    if apposed is not None:
        # "Per il capogruppo del Pd alla Camera, Chiara Braga, si tratta di «…»"
        return replace(apposed[0], cue=text[m_start:m_end], cue_span=Span(m_start, m_end))
    who = attr.speaker_after(text, m_end, comma, lex, strict=True)
    if who is None or who.speaker is None or who.mention_span is None:
        return None
    rest = text[who.mention_span.end : comma].split()
    if rest and not (
        # "Per il leader X il piano «…»": no comma, and the clause's subject follows
        who.kind != "anonymous" and rest[0].lower() in attr.words_of(lex).dets and len(rest) <= 3
    ):
        return None  # the source phrase goes on: not a bare "according to X,"
    if named_only and (
        who.kind == "anonymous" or not any(w[:1].isupper() for w in who.speaker.split())
    ):
        return None  # "Per la prima volta, …": nobody named
    cue = text[m_start:m_end]
    return replace(who, cue=cue, cue_span=Span(m_start, m_end))


_WORD_AND_COMMA = re.compile(r"(\w+)\s*,\s*$")


def _opens_after_connective(text: str, at: int, lex: Lexicon) -> bool:
    """Whether ``at`` opens its sentence, maybe after a connective and its comma ("Poi,
    secondo Francesco, «…»")."""
    if attr.opens_sentence_at(text, at):
        return True
    m = _WORD_AND_COMMA.search(text, max(0, at - 30), at)
    return (
        m is not None
        and m.group(1).lower() in lex.connectives
        and attr.opens_sentence_at(text, m.start(1))
    )


_COMMA_WORD = re.compile(r",\s*(\w+)")


def _subordinate_between(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a comma and a word that opens a clause of its own ("während", "weil") stand
    between a quotation and a later cue: the cue is that clause's, not the quotation's."""
    for m in _COMMA_WORD.finditer(text, start, end):
        word = m.group(1).lower()
        if word in lex.not_after_comma or (
            # "…, while Scope described them as …" (not "…, as the minister said")
            word in lex.adverbial_subordinators and word not in lex.as_markers
        ):
            return True
    return False


def _coordinated_after(text: str, cue: attr.Cue, end: int, lex: Lexicon) -> bool:
    """Whether a cue after a quotation is the next verb of the sentence's subject where
    the verb comes second: no subject follows it, only a conjunction or a comma ("X sprach
    von einem „…“, kritisierte aber, …"); an inverted attribution names its subject
    ("„…“, kritisierte Spahn")."""
    if not lex.verb_second:
        return False
    nxt = attr.tokens_between(text, cue.end, end, 2)
    return bool(nxt) and (
        nxt[0].text == ","
        or (
            nxt[0].lower in lex.conjunctions
            # not "„…“, sagte aber der Minister": a subject after the conjunction
            and (len(nxt) < 2 or nxt[1].text == "," or nxt[1].lower in lex.complementizers)
        )
    )


def _according_set_off(text: str, start: int, end: int, lex: Lexicon) -> Attribution | None:
    """The source of an "according to" phrase set off by commas right before the
    quotation: "Il dato, secondo il viceministro Maurizio Leo, «conferma …»"."""
    head = text[start:end].rstrip()
    if not head.endswith(","):
        return None
    opening = head.rfind(",", 0, len(head) - 1)
    if opening < 0:
        return None
    return _according_before(text, start + opening + 1, start + len(head), lex)


def _marker_and_colon(text: str, start: int, end: int, lex: Lexicon) -> Attribution | None:
    """ "Così Giorgetti in un'intervista: «…»", "So Olaf Scholz im Interview: „…“": a source
    marker opening the sentence, then the speaker and where they spoke, then a colon."""
    if not lex.post_markers or not text[start:end].endswith(":"):
        return None
    first = attr.tokens_between(text, start, end, 1)
    if not first or first[0].lower not in lex.post_markers:
        return None
    tokens = attr.tokens_between(text, first[0].end, end - 1)
    w = attr.words_of(lex)
    stop = end - 1
    for k in range(1, len(tokens) - 2):
        if attr.circumstance_at(tokens, k, w, lex):
            stop = tokens[k].start  # "… in un'intervista al Corriere": where it was said
            break
    who = attr.speaker_after(text, first[0].end, stop, lex, strict=True)
    if who is None or who.speaker is None:
        return None
    return replace(who, cue=first[0].text, cue_span=Span(first[0].start, first[0].end))


def _according_relative_before(text: str, start: int, end: int, lex: Lexicon) -> Attribution | None:
    """The source a relative "according to" right before the quotation points back to:
    "Giuseppe Conte, secondo il quale «serve una svolta»", "John Smith, according to whom
    “…”"."""
    lead = text[start:end].rstrip()
    low = lead.lower()
    for phrase in lex.according_to_relative:
        at = low.rfind(phrase)
        if at <= 0 or low[at - 1].isalnum() or low[at - 1] == "_":
            continue
        rest = lead[at + len(phrase) :]
        if rest[:1].isalnum() or len(rest.split()) > _MAX_RELATIVE_SUBJECT or _PUNCT.search(rest):
            continue  # "secondo cui la manovra «…»": at most the clause's subject between
        who = attr.antecedent(text, start, start + len(lead[:at].rstrip(" ,")), lex)
        if who is None:
            return None
        return replace(
            who,
            cue=lead[at : at + len(phrase)],
            cue_span=Span(start + at, start + at + len(phrase)),
        )
    return None


_MAX_RELATIVE_SUBJECT = 5
_PUNCT = re.compile(r"[,;:.!?]")


# The next sentence's opening words, up to where its first line or sentence ends.
_NEXT_SENTENCE_LEAD = re.compile(r"[^\n.!?]{0,40}")


@cache
def _speech_regex(lex: Lexicon) -> re.Pattern[str] | None:
    if not lex.speech_nouns:
        return None
    nouns = "|".join(map(re.escape, lex.speech_nouns))
    # Its owner after "of", or after an agent marker ("l'avvertimento lanciato dal
    # segretario generale X", "the warning issued by X").
    of = "|".join(
        sorted(map(re.escape, attr.OF_WORDS | set(lex.agent_markers)), key=len, reverse=True)
    )
    # One adjective or participle may follow the noun ("la dedica speciale di X").
    adjective = r"(?:\s+(?-i:[^\W\d_A-ZÀ-Þ]+))?"  # in lower case, whatever the rest
    return re.compile(rf"(?<!\w)(?:{nouns}){adjective}\s+(?:{of})(?:\s+|(?<=['’]))", re.IGNORECASE)


def _speech_owner(
    text: str, start: int, end: int, lex: Lexicon, *, opening: bool = False
) -> Attribution | None:
    """The named owner of a noun of speech in ``text[start:end]`` (the last one), as the
    speaker: "le parole di Jannik Sinner", "the remarks of the minister". ``opening``: the
    phrase must come within a few words of ``start`` ("Sono le prime parole di X")."""
    rx = _speech_regex(lex)
    if rx is None:
        return None
    if not opening:
        owned = _possessed_speech(text, start, end, lex)
        if owned is not None:
            return owned
    found = None
    for m in rx.finditer(text, start, end):
        if opening and len(text[start : m.start()].split()) > 4:
            break
        found = m
    if found is None:
        return None
    # Before the quotation the phrase ends at it; a sentence opening after it may go on.
    limit = min(end + 120, len(text)) if opening else end
    while limit > found.end() and text[limit - 1] in " :":
        limit -= 1  # "…, Chiara Bassi: «…»": the colon leading into the quotation
    who = attr.speaker_after(text, found.end(), limit, lex, strict=True)
    if who is None or who.speaker is None or who.kind == "anonymous":
        return None
    cue = text[found.start() : found.end()].strip()
    return replace(who, cue=cue, cue_span=Span(found.start(), found.start() + len(cue)))


@cache
def _possessive_regex(lex: Lexicon) -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, lex.speech_nouns))
    return re.compile(rf"['’]s\s+(?:{nouns})\b", re.IGNORECASE)


def _possessed_speech(text: str, start: int, end: int, lex: Lexicon) -> Attribution | None:
    """A named owner before a noun of speech with the possessive "'s": "Mr Michel's excuse
    that sofagate was a “…”" (the last such noun in ``text[start:end]``)."""
    if "'" not in text[start:end] and "’" not in text[start:end]:
        return None
    found = None
    for m in _possessive_regex(lex).finditer(text, start, end):
        found = m
    if found is None:
        return None
    who = attr.speaker_before(text, start, found.start(), lex)
    if who is None or who.speaker is None or who.kind == "anonymous":
        return None
    if who.mention is not None and len(who.mention.split()) > 3:
        return None  # a clause before the possessive, no name
    cue = text[found.start() + 2 : found.end()].strip()
    cue_start = found.end() - len(cue)
    # The words are reported in the narrator's sentence, no turn of the owner's: a "she
    # said" after them goes on with whoever spoke before (no mention to go on with).
    return replace(
        who, mention=None, mention_span=None, cue=cue, cue_span=Span(cue_start, found.end())
    )


def _post_marker(text: str, close: int, lex: Lexicon) -> Attribution | None:
    if not lex.post_markers:
        return None
    m = re.match(
        r"[\s.,;]*(" + "|".join(map(re.escape, lex.post_markers)) + r")\s+",
        text[close : close + 40],
        re.IGNORECASE,
    )
    if m is None:
        return None
    start = close + m.end()
    who = attr.speaker_after(text, start, min(len(text), start + 120), lex, strict=True)
    if who is None or who.speaker is None:
        return None
    return replace(who, cue=m.group(1), cue_span=Span(close + m.start(1), close + m.end(1)))


def _loose_post(
    text: str, close: int, post_end: int, lex: Lexicon, *, comma_inside: bool = False
) -> Attribution | None:
    """``comma_inside``: the quotation's own last character is the comma that sets the
    attribution off ("…the beginning,” Guterres outlined", the English placing)."""
    window = text[close:post_end]
    if len(window) > 60 or not (
        comma_inside
        or window.startswith((",", " ,"))
        or window.lstrip().startswith(("–", "—", "-"))
    ):
        return None
    tokens = [t for t in attr.tokenize(window, close) if t.is_word]
    if len(tokens) < 2 or len(tokens) > 5:
        return None
    verb = tokens[-1]
    if verb.capitalized:
        return None
    who = attr.speaker_before(text, close, verb.start, lex)
    if who is None:
        return None
    if who.mention_span is not None:
        # Only the speaker's own phrase before the verb ("…,” UN chief Antonio Guterres
        # outlined"), never other words ("„…“, im Jogginganzug als Zeuge auf"): a title,
        # a determiner or a name may lead it.
        w = attr.words_of(lex)
        lead = [t for t in tokens if t.start < who.mention_span.start]
        if any(
            not (t.capitalized or t.lower in w.titles or t.lower in lex.determiners) for t in lead
        ):
            return None
    return replace(who, cue=verb.text, cue_span=Span(verb.start, verb.end))


def _relative_to_colon(text: str, s_start: int, colon: int, lex: Lexicon) -> Attribution | None:
    """The named person a relative clause that leads into the quotation with a colon
    describes: "Di tutt'altro umore Antonio Conte, che in conferenza stampa non ha nascosto
    la delusione: «…»", "… for Antonio Conte, who did not hide his disappointment: “…”".
    Nobody else may be named in the clause."""
    if text[colon : colon + 1] != ":" or not lex.relative_pronouns:
        return None
    tokens = attr.tokens_between(text, s_start, colon)
    for k in range(len(tokens) - 1, 0, -1):
        t = tokens[k]
        if t.lower in lex.relative_pronouns and tokens[k - 1].text == ",":
            who = attr.antecedent(text, s_start, tokens[k - 1].start, lex)
            return who if who is not None and who.kind == "person" else None
        if t.capitalized or t.text in ",;:":
            return None  # somebody else named in the clause, or another clause
    return None


def _verb_after(text: str, who: Attribution, lex: Lexicon) -> bool:
    """Whether a verb follows a subject phrase: an auxiliary or a cue's first word ("Chivu
    | ha elogiato"), or a word with a verb's ending ("Ancelotti | thanked")."""
    if who.mention_span is None:
        return False
    nxt = attr.tokens_between(text, who.mention_span.end, who.mention_span.end + 40, 1)
    return bool(nxt) and attr.verb_like(nxt[0], lex)


def _relative_object(
    text: str, s_start: int, cue: attr.Cue, q: Quoted, lex: Lexicon
) -> Attribution | None:
    """The subject of a cue in a relative clause whose relative pronoun is the cue's
    object: the main clause's ("Starmer attacked what he called “…”", "A spokesperson
    declined to comment on what they called “…”", "Il portavoce ha respinto le voci, che ha
    definito «…»."). Without a subject pronoun ("che ha definito") only a naming cue with
    the quotation as its complement and nothing after it has its object in the relative:
    "X, che ha definito «…» la riforma" has X speak."""
    if not lex.object_relatives:
        return None
    tokens = attr.tokens_between(text, max(s_start, cue.start - 40), cue.start)
    k = len(tokens) - 1
    while k >= 0 and (
        tokens[k].lower in lex.auxiliaries
        or tokens[k].lower in lex.cue_adverbs
        or (len(tokens[k].lower) > 5 and tokens[k].lower.endswith(lex.adverb_suffixes or "\0"))
    ):
        k -= 1  # "what he has repeatedly called", "che ha spesso definito"
    pronoun = k >= 0 and tokens[k].lower in lex.pronouns
    if pronoun:
        k -= 1  # "what | he | called"
    if k < 0 or tokens[k].lower not in lex.object_relatives:
        return None
    if not pronoun and (
        cue.text.lower().split()[-1] not in lex.naming_cues
        or text[cue.end : q.start - 1].strip()
        or text[q.end + 1 : q.end + 3].strip()[:1] not in ("", ".", ",", ";", "!", "?")
    ):
        return None
    who = opening_subject(text, s_start, tokens[k].start, lex)
    return who if who is not None and who.speaker is not None else None


def _with_cue(who: Attribution | None, cue: attr.Cue) -> Attribution:
    base = who or Attribution(None, "unknown")
    return replace(base, cue=cue.text, cue_span=Span(cue.start, cue.end))


_NEAR_CUE = 70  # a partial quotation's cue stands within this many characters


def _title_like(body: str, lex: Lexicon) -> bool:
    """Every word capitalised (function words and words of one or two letters aside, in
    any language: "Confessions on a Dance Floor"): a name or a title, not a quotation."""
    words = body.split()
    if not words or len(words) > 6 or body[-1:] in ".!?,;:":
        return False
    small = lex.function_words | set(lex.name_particles) | set(lex.determiners)
    return all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in small or len(w) <= 2 for w in words
    )


def _labels(text: str, q: Quoted, lex: Lexicon) -> bool:
    """Whether the words around a quotation's marks make it a label (lex.label_frames)."""
    before = text[max(0, q.start - 12) : q.start - 1].split()[-1:]
    after = text[q.end + 1 : q.end + 24].split()[:1]
    if not before or not after:
        return False
    word, next_word = before[0].lower(), after[0].lower()
    return any(word == b and next_word.startswith(a) for b, a in lex.label_frames)


# How long the attribution between two quotations of one utterance may be: "“A,” said Sen.
# Lisa Murkowski of Alaska, who has voted with Democrats on several procedural votes. “B.”"
_GOES_ON_CHARS = 160


def _goes_on(text: str, prev: tuple[Quoted, _Found | None, Quote], q: Quoted) -> bool:
    """ "“A,” he said. “B.”": a quotation right after the sentence that attributed the one
    before it, in the same paragraph, goes on with the same utterance."""
    p_quoted, p_found, _ = prev
    if p_found is None or not p_found.after:
        return False
    between = text[p_quoted.end + 1 : q.start - 1]
    return (
        len(between) <= _GOES_ON_CHARS
        and "\n" not in between
        and between.rstrip()[-1:] in (".", ":")
        and not _sentence_inside(between.rstrip()[:-1])
    )


def _sentence_inside(span: str) -> bool:
    """Whether a sentence ends inside ``span`` ("said Sen. Lisa Murkowski of Alaska, who …"
    ends none; "said Jane Doe. Her rival disagreed" does)."""
    return len(sentence_spans(span.strip())) > 1


def _kind(
    text: str, q: Quoted, found: _Found | None, lex: Lexicon, *, goes_on: bool = False
) -> QuoteKind | None:
    """direct, partial, or None for scare quotes, titles and other unattributed words."""
    body = text[q.start : q.end].strip(" .…")
    if not body:
        return None
    lead = text[max(0, q.start - 24) : q.start - 1].lower().rstrip()
    if any(lead.endswith(m) for m in lex.scare_markers):
        return None  # "the so-called «reform»": the reporter's distance, nobody's words
    if lex.label_frames and _labels(text, q, lex):
        return None  # "die als „Morgenröte“ bezeichnete Operation": a name given to it
    last_word = lead.split()[-1] if lead.split() else ""
    if lex.work_nouns and last_word.endswith(lex.work_nouns):
        return None  # "die ZDF-Sendung „Aktenzeichen XY“", "il libro «…»": a title
    words = len(body.split())
    before = text[max(0, q.start - 3) : q.start - 1].rstrip()
    if before[-1:] and before[-1] in _QUOTE_MARKS:
        # “The trip is confirmed.” “It is final,” …: a quotation that ended a sentence.
        before = text[max(0, q.start - 4) : q.start - 1].rstrip().rstrip(_QUOTE_MARKS)
    starts_upper = body[:1].isupper() or body[:1].isdigit()
    # A dash opens one too: a dateline's ("Roma, 28 gennaio – «…»") or an aside's.
    sentence_start = before == "" or before[-1:] in ".:!?\n–—" or q.continues_previous
    if found is None:
        # Unattributed: keep only a whole-sentence quotation that stands as its own sentence.
        enough = words >= 6 or (goes_on and words >= 2)
        return "direct" if starts_upper and enough and sentence_start else None
    cue = found.who.cue_span
    # "X si è limitato a commentare: «Deciderà il Parlamento»": a cue and a colon introduce
    # words said, whatever their capitals.
    announced = cue is not None and text[cue.end : q.start - 1].strip() == ":"
    according = cue is not None and text[cue.start : cue.end].lower().startswith(lex.according_to)
    # Where every noun is capitalised, what a named subject calls something is their words,
    # capitals or not: "Kaczyński nannte den Bericht eine „Verhöhnung Polens“".
    between_cue = text[cue.end : q.start - 1].split() if cue is not None else []
    named = (
        lex.capitalized_nouns
        and cue is not None
        and (found.who.speaker is not None or found.who.mention is not None)
        and (
            text[cue.start : cue.end].lower().split()[-1] in lex.naming_cues
            # "sprach von „Wachsamkeit“": the word the cue's preposition governs
            or (len(between_cue) == 1 and between_cue[0].lower() in lex.prepositions)
        )
    )
    title = not found.after and not announced and not named and _title_like(body, lex)
    if lex.capitalized_nouns and starts_upper and not (sentence_start or found.after or announced):
        # "Er sprach von einem tragischen „Versagen der Führung“": a noun's capital, not a
        # sentence's, unless the quotation follows its cue ("sagte „Wir …“") or a comma.
        right_after_cue = cue is not None and not text[cue.end : q.start - 1].strip(" ,")
        starts_upper = right_after_cue or before[-1:] == ","
    if starts_upper and (sentence_start or words >= 4) and not title:
        return "direct"
    if (
        not found.after
        and according
        and cue is not None
        and text[cue.start : q.start - 1].rstrip()[-1:] == ","
        and words >= 4
        # not set off inside the sentence: "Il dato, secondo X, «conferma …»" is partial
        and _opens_after_connective(text, cue.start, lex)
    ):
        return "direct"  # "Secondo Francesco, «la parola negoziare è coraggiosa»"
    if (
        found.who.speaker is None
        and found.who.mention is None
        and words <= 3
        # "… e ha definito il governo «incapace»": the cue before it, its subject left out
        and (found.after or not _subject_left_out(text, cue, lex))
    ):
        return None  # a cue but nobody saying it: more likely a term than a quotation
    if title or not (found.after or according or _governs(text, cue, q.start, lex)):
        # Scare quotes, a title or a name in a sentence about something else; an "according
        # to" that opens the sentence governs all of it.
        return None
    return "partial"


def _subject_left_out(text: str, cue: Span | None, lex: Lexicon) -> bool:
    """Whether a cue's subject is only left out, so the sentence has one: the cue follows
    a conjunction ("… e ha definito il governo «incapace»", "… and called it “a sham”") or
    opens its sentence after adverbs at most ("Poi ha definito il governo «incapace»")."""
    if cue is None:
        return False
    if coordinated(text, 0, cue.start, lex):
        return True
    parts = re.split(r"[.!?\n]", text[max(0, cue.start - 40) : cue.start])
    opens = len(parts) > 1 or cue.start <= 40  # the sentence starts within reach
    return opens and all(w.strip(",") in lex.skippable for w in parts[-1].lower().split())


def _in_clause_of(text: str, cue: attr.Cue, start: int, lex: Lexicon) -> bool:
    """Whether the quotation at ``start`` stands in the content clause the cue opens with a
    complementizer ("ha ammesso che la squadra «…»", "said on Thursday that Europe needed
    to “…”"), within its sentence part."""
    between = text[cue.end : start]
    if any(p in between for p in ".;:!?"):
        return False
    words = between.lower().split()[:4]  # "said on Thursday that …"
    # "ha detto di voler «vigilare»": an infinitive clause opened right after the cue
    return any(w in lex.complementizers for w in words) or (
        bool(words) and words[0] in lex.infinitive_markers
    )


def _governs(text: str, cue: Span | None, start: int, lex: Lexicon) -> bool:
    """The cue before a partial quotation reports it: it is close, or it opens the reported
    clause the quotation stands in ("Putin ha avvertito che … sono «linee rosse»")."""
    if cue is None or start < cue.end:
        return False
    if start - cue.end <= _NEAR_CUE:
        return True
    between = text[cue.end : start].lower().split()[:8]
    if any(w.strip(",") in lex.complementizers for w in between):
        return True
    # "ha accusato la maggioranza di «…» e di presentare ora «…»": a fragment coordinated
    # with one the cue governs
    close = max(text.rfind(m, cue.end, start - 1) for m in CLOSING_MARKS)
    if close < 0:
        return False
    opening = max(text.rfind(m, cue.end, close) for m in OPENING_MARKS)
    rest = text[close + 1 : start - 1].lower().split()
    return (
        opening >= 0
        and opening - cue.end <= _NEAR_CUE
        and 0 < len(rest) <= 6
        and rest[0] in lex.conjunctions
    )


def extract_quotes(
    text: str, *, lang: str | None = None, published: dt.date | None = None
) -> list[Quote]:
    """The quotations in an article, with speaker, cue, date and medium, in text order."""
    if lang is not None and not isinstance(lang, str):
        raise ValueError("lang must be an ISO 639-1 code such as 'it', 'en' or 'de'")
    code = (lang or detect_language(text) or "en").lower()
    lex = lexicon_for(code)
    if lex is None:
        raise ValueError(f"no lexicon for language {code!r}; known: {', '.join(sorted(LEXICONS))}")
    posts = find_posts(text)
    post_spans = [(p.start, p.end) for p in posts]
    every_quoted = find_quoted(text)
    quoted = _split_at_inserted_attributions(
        text,
        [q for q in top_level(every_quoted) if not any(a <= q.start < b for a, b in post_spans)],
        lex,
    )
    # A name in quotation marks ("die „Süddeutsche Zeitung“ berichtete", "il «Corriere»
    # ha scritto") is no quotation: the rest is read with its marks as spaces, so that it
    # can be a source; the quotations' own texts come from the article as it is.
    names = _quoted_names(text, quoted, lex)
    original = text
    if names:
        text = _without_marks(text, names)
        every_quoted = [q for q in every_quoted if (q.start, q.end) not in names]
        quoted = [q for q in quoted if (q.start, q.end) not in names]
    spans = sorted([(q.start, q.end) for q in quoted] + post_spans)
    sentences = sentence_spans(text, lex.ordinal_after)
    ctx = ArticleContext(text, lex, spans)
    found: list[tuple[int, Quote]] = []  # (order key, quote)
    pending: dict[int, tuple[int, Attribution]] = {}  # quotes whose speaker context decides
    prev: tuple[Quoted, _Found | None, Quote] | None = None
    continuations: list[tuple[Quote, Quote]] = []  # (later part, first part)
    for q in quoted:
        s_start, s_end = _sentence_of(sentences, q.start, q.end)
        hit = _attribute(text, q, s_start, s_end, lex, opening=_opening(sentences, q.start))
        goes_on = hit is None and prev is not None and _goes_on(text, prev, q)
        joined = prev is not None and (
            q.continues_previous or goes_on or _same_attribution(prev, hit, q, text, lex)
        )
        # A paragraph that goes on with the quotation the one before left open ("…away.¶
        # “We will not.”") is its speaker's, however short.
        kind = _kind(text, q, hit, lex, goes_on=goes_on or (joined and q.continues_previous))
        if kind is None:
            continue
        if joined and prev is not None and prev[2].type == "direct":
            kind = "direct"  # “We are ready,” he added, “but we need more time.”
        who = hit.who if hit else Attribution(None, "unknown")
        continues = None
        if joined and prev is not None:
            continues = prev[2]
            p = prev[2]
            who = Attribution(
                p.speaker,
                p.speaker_kind,
                p.mention,
                p.mention_span,
                p.description,
                p.cue,
                p.cue_span,
            )
        quote = _make(
            text,
            q.start,
            q.end,
            kind,
            who,
            ctx,
            lex,
            published,
            s_start,
            s_end,
            hit is not None,
            continues,
            # «…», ha affermato. — the cue follows and names nobody: the speaker goes on.
            prev[2]
            if prev is not None and hit is not None and hit.after and hit.who.mention is None
            else None,
            pending,
        )
        found.append((q.start, quote))
        if continues is not None:
            continuations.append((quote, continues))
        prev = (q, hit, quote)
    found.extend(
        (q.start, q)
        for q in _quotes_inside(text, quoted, every_quoted, sentences, ctx, lex, published)
    )
    for post in posts:
        who = Attribution(post.author, "person", post.author, None, f"@{post.handle}")
        quote = _make(
            text,
            post.start,
            post.end,
            "direct",
            who,
            ctx,
            lex,
            published,
            post.start,
            post.end,
            True,
            None,
        )
        when = explicit_date(post.date_text, lex, published) or quote.said_on
        found.append((post.start, replace(quote, said_on=when, medium=post.medium, confidence=0.9)))
    first_part: Quote | None = None
    # A term in marks that is nobody's quotation (a scare quote, a title) may stand inside
    # reported speech: "ha detto che la cosiddetta «riforma» fallirà". Reported speech is
    # read with its marks as spaces; the quotations' own texts come from the article.
    kept = {q.start for _, q in found}
    terms = {(q.start, q.end) for q in quoted if q.start not in kept and _term(text, q)}
    plain = _without_marks(text, terms) if terms else text
    for r in find_reported(plain, sentences, [s for s in spans if s not in terms], lex):
        r = _with_closing_marks(r, terms)
        # "X will cut 4,000 jobs. The company said so on Wednesday in a statement.": when
        # and where, from the cue's sentence too.
        s_start, s_end = _sentence_of(sentences, min(r.start, r.cue_start), max(r.end, r.cue_start))
        head = first_part if r.continues_previous else None
        quote = _make(
            plain,
            r.start,
            r.end,
            "indirect",
            r.who,
            ctx,
            lex,
            published,
            s_start,
            s_end,
            True,
            head,
            pending=pending,
            other=first_part,
        )
        if head is not None:
            quote = replace(quote, speaker=head.speaker, speaker_kind=head.speaker_kind)
            continuations.append((quote, head))
        found.append((r.start, quote))
        first_part = quote
    found.sort(key=lambda kq: kq[0])
    continuations = _resolve_in_context(text, found, pending, continuations, ctx, lex, sentences)
    found = _without_nested_reports(found, continuations)
    if lex.reported_mood:
        found.extend(_mood_continuations(text, sentences, found, lex, published, ctx))
        found.sort(key=lambda kq: kq[0])
    quotes = [q for _, q in found]
    # Continuations point at their first part by index, known only once all are sorted.
    index = {id(q): i for i, q in enumerate(quotes)}
    for part, first in continuations:
        i = index[id(part)]
        quotes[i] = replace(part, continues=index[id(first)])
    if names:
        # A source named in quotation marks ("laut einem Bericht des „Spiegel“", "il
        # «Corriere» scrive") is a publication or an organisation, not a person.
        quotes = [_published_name(q, names) for q in quotes]
    if names or terms:
        quotes = [_with_marks(q, original) for q in quotes]
    return quotes


def _published_name(q: Quote, names: set[tuple[int, int]]) -> Quote:
    """A person speaker whose mention stands inside a name in quotation marks is the
    organisation of that name."""
    span = q.mention_span
    if q.speaker_kind != "person" or span is None:
        return q
    if any(a <= span.start and span.end <= b for a, b in names):
        return replace(q, speaker_kind="organization")
    return q


_BRACKETED = re.compile(r"[ \t]*\(([^()\n]{2,60})\)")


def _bracketed_source(text: str, close: int, lex: Lexicon) -> Attribution | None:
    """A name in brackets right after a quotation: who it is from."""
    m = _BRACKETED.match(text, close)
    if m is None:
        return None
    words = m.group(1).split()
    function = attr.words_of(lex).function
    if not (
        1 <= len(words) <= 6
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w.lower() in function or w in attr.OF_WORDS for w in words)
    ):
        return None
    name = " ".join(words)
    span = Span(m.start(1), m.end(1))
    return Attribution(name, attr.kind_of_name(words, lex), name, span)


def _quoted_names(text: str, quoted: list[Quoted], lex: Lexicon) -> set[tuple[int, int]]:
    """The (start, end) of quoted spans that are a name standing in the sentence: a few
    capitalised words (function words between them) after an article, a preposition, an
    "according to" or a noun of the kind of organisation ("die Nachrichtenagentur
    „Petra“"), never opening a sentence."""
    out: set[tuple[int, int]] = set()
    w = attr.words_of(lex)
    for q in quoted:
        if q.start < 2 or q.end >= len(text) or not q.closed or q.continues_previous:
            continue
        if text[q.start - 1] not in _QUOTE_MARKS or text[q.end] not in _QUOTE_MARKS:
            continue
        if q.end + 1 < len(text) and (text[q.end + 1].isalnum() or text[q.end + 1] == "-"):
            continue  # "die „Firefox“-Entwickler": part of a compound
        content = text[q.start : q.end]
        words = content.split()
        if not 1 <= len(words) <= 5 or len(content) > 50 or _NOT_IN_A_NAME.search(content):
            continue
        if not all(x[:1].isupper() or x.lower() in w.function for x in words):
            continue
        if not words[-1][:1].isupper():
            continue
        before = text[max(0, q.start - 41) : q.start - 1].split()
        if not before or before[-1][-1:] in ".!?:,;" or before[-1][-1:] in _QUOTE_MARKS:
            continue
        prev = before[-1].lower()
        if not (
            prev in lex.determiners
            or prev in lex.prepositions
            or prev in attr.OF_WORDS
            or prev in lex.according_to
            or prev.rstrip("'’") in lex.organization_nouns
            or (lex.capitalized_nouns and before[-1][:1].isupper() and len(before) > 1)
        ):
            continue
        cues = attr.find_cues(text, max(0, q.start - 41), q.start - 1, lex)
        if cues and text[cues[-1].end : q.start - 1].split() == [before[-1]]:
            continue  # "sprach von „Wachsamkeit“", "warnte vor „Panik“": the speaker's word
        out.add((q.start, q.end))
    return out


_NOT_IN_A_NAME = re.compile(r"[.,;:!?«»“”„\"()\[\]]|\s-\s")


def _without_marks(text: str, names: set[tuple[int, int]]) -> str:
    """``text`` with the marks around the given spans as spaces (offsets unchanged)."""
    chars = list(text)
    for start, end in names:
        chars[start - 1] = " "
        chars[end] = " "
    return "".join(chars)


_TERM_WORDS = 5  # a longer unattributed quotation may hold reporting verbs of its own


def _with_closing_marks(r: Reported, terms: set[tuple[int, int]]) -> Reported:
    """A reported clause that ends with a term in marks, read without them, ends after
    the closing mark: "… il cosiddetto «reset»", not "… il cosiddetto «reset"."""
    for a, b in terms:
        if r.start < a <= r.end <= b + 1:
            return replace(r, end=b + 1)
    return r


def _term(text: str, q: Quoted) -> bool:
    """Whether quoted words are short and end no sentence: a term, not a statement; and
    not part of a compound ("die „Firefox“-Entwickler"), whose word the marks hold together."""
    body = text[q.start : q.end]
    after = text[q.end + 1 : q.end + 2]
    before = text[q.start - 2 : q.start - 1] if q.start >= 2 else ""
    return (
        len(body.split()) <= _TERM_WORDS
        and not any(ch in body for ch in ".!?:;")
        and not (after.isalnum() or after == "-")
        and not (before.isalnum() or before == "-")
    )


def _with_marks(q: Quote, text: str) -> Quote:
    """A quotation found in the text without its names' marks, as the article has it."""

    def tidy(value: str | None) -> str | None:
        return " ".join(value.split()) if value else value

    return replace(
        q,
        text=text[q.start : q.end],
        speaker=tidy(q.speaker),
        mention=tidy(q.mention),
        description=tidy(q.description),
    )


def _quotes_inside(
    text: str,
    quoted: list[Quoted],
    every_quoted: list[Quoted],
    sentences: list[tuple[int, int]],
    ctx: ArticleContext,
    lex: Lexicon,
    published: dt.date | None,
) -> Iterator[Quote]:
    """Quotations inside a quotation that name their own speaker and cue within it (“…, il
    Papa ha affermato chiaramente: ‘Il negoziato non è mai una resa’”): somebody else's
    words the speaker reports. Inner marks with no attribution of their own (a title, a
    term) stay part of the outer quotation."""
    starts = [q.start for q in quoted]
    titles = attr.words_of(lex).titles
    for inner in every_quoted:
        k = bisect.bisect_right(starts, inner.start) - 1
        if inner.depth == 0 or k < 0 or inner.end > quoted[k].end:
            continue
        outer = quoted[k]
        s_start, s_end = _sentence_of(sentences, inner.start, inner.end)
        s_start, s_end = max(s_start, outer.start), min(s_end, outer.end)
        hit = _attribute(text, inner, s_start, s_end, lex)
        if hit is None or hit.who.speaker is None or hit.who.cue is None:
            continue
        kind = _kind(text, inner, hit, lex)
        if kind is None:
            continue
        quote = _make(
            text,
            inner.start,
            inner.end,
            kind,
            hit.who,
            ctx,
            lex,
            published,
            s_start,
            s_end,
            True,
            None,
        )
        mention = hit.who.mention or ""
        title = mention.lower() in titles
        if len(mention.split()) < 2 and len((quote.speaker or "").split()) < 2 and not title:
            continue  # one word naming nobody the article knows ("Mi ha detto: ‘…’")
        if quote.speaker is None or (title and quote.speaker == mention):
            # A role whose holder the article does not name: an unnamed source.
            quote = replace(quote, speaker=mention, speaker_kind="anonymous")
        yield quote


def _without_nested_reports(
    found: list[tuple[int, Quote]], continuations: list[tuple[Quote, Quote]]
) -> list[tuple[int, Quote]]:
    """Without a reported statement inside another that its own speaker reports ("X
    erklärte, dass man sich geeinigt habe, die Armee einzusetzen": what was agreed is part
    of what X said, not a second statement). One by another speaker stays ("X said that Y
    had claimed …")."""
    linked = {id(q) for pair in continuations for q in pair}
    kept: list[tuple[int, Quote]] = []
    outer: Quote | None = None  # the reported statement reaching furthest so far
    for key, q in found:
        if q.type == "indirect":
            if (
                outer is not None
                and q.end <= outer.end
                and q.speaker == outer.speaker
                and id(q) not in linked
            ):
                continue
            if outer is None or q.end > outer.end:
                outer = q
        kept.append((key, q))
    return kept


# "«A – ha aggiunto Guterres –. B»": an attribution set between dashes inside the marks.
_INSERTED = re.compile(r"\s[–—-]\s+([^–—\n]{3,80}?)\s[–—-](?=[\s.,;])[.,;]?\s*")


def _split_at_inserted_attributions(text: str, quoted: list[Quoted], lex: Lexicon) -> list[Quoted]:
    """Quotations whose marks hold an attribution between dashes ("A – afferma subito
    dopo –. B"), as the part before it and the part after it, which continues the first."""
    out: list[Quoted] = []
    for q in quoted:
        m = _INSERTED.search(text, q.start, q.end)
        if (
            m is None
            or m.end() >= q.end
            or len(text[q.start : m.start()].split()) < 2
            or len(text[m.end() : q.end].split()) < 2
            or not attr.find_cues(text, m.start(1), m.end(1), lex)
        ):
            out.append(q)
            continue
        first = replace(q, end=m.start())
        out.append(first)
        out.append(replace(q, start=m.end(), continues_previous=True))
    return out


def _make(
    text: str,
    start: int,
    end: int,
    kind: QuoteKind,
    who: Attribution,
    ctx: ArticleContext,
    lex: Lexicon,
    published: dt.date | None,
    s_start: int,
    s_end: int,
    attributed: bool,
    continues: Quote | None,
    previous: Quote | None = None,
    pending: dict[int, tuple[int, Attribution]] | None = None,
    other: Quote | None = None,
) -> Quote:
    """``other``: another statement in the same sentence, before this one; its words say
    nothing of when or where this one was said."""
    speaker, speaker_kind, description = who.speaker, who.kind, who.description
    anchor = who.cue_span.start if who.cue_span else start
    if speaker is not None and speaker == who.mention:
        # "nach Angaben der Deutschen Post": a phrase after a determiner that declines it.
        at = who.mention_span.start if who.mention_span else text.find(speaker, anchor)
        based = base_form(text, at, speaker, lex) if at >= 0 else speaker
        if based != speaker and speaker_kind == "person":
            # "nach Angaben des Kremls": the base form may be a known institution's name
            speaker_kind = attr.kind_of_name(based.split(), lex)
        speaker = based
    if speaker is not None and speaker_kind == "person":
        speaker = ctx.resolve(speaker, anchor, who.description)
    elif (
        speaker is not None
        and speaker_kind in ("anonymous", "organization")
        and (
            (named := ctx.named_kind(speaker, anchor) or ctx.named_business(speaker, anchor))
            is not None
        )
    ):
        # "Halvern Bank … the bank said": the organisation of that kind the article named;
        # "Halden Labs … the company said": the business it named
        speaker, speaker_kind = named, "organization"
    elif (
        speaker is not None and speaker_kind == "anonymous" and attr.names_institution(speaker, lex)
    ):
        speaker_kind = "organization"  # "the US government", "the Russian defence ministry"
    if speaker is not None and speaker_kind != "anonymous" and lex.capitalized_nouns:
        # A noun standing for an institution ("des Bahnprojekts"): as the article names it.
        full = ctx.institution(speaker)
        if full != speaker:
            speaker, speaker_kind = full, "organization"
        elif speaker_kind == "person" and _noun_after_article(text, speaker, who, lex):
            # "nach Angaben des Betreibers", "die Opposition"; "die Rockband Queen … sagte
            # die Band": the organisation of that kind the article named
            named = ctx.named_kind(speaker, anchor)
            speaker, speaker_kind = (named, "organization") if named else (speaker, "anonymous")
    if (
        speaker is None
        and continues is None
        and previous is not None
        and previous.speaker is not None
        and 0 <= start - previous.end <= _FOLLOW_ON
        # not across a sentence of its own, whose subject may be the new speaker: that is
        # decided in context ("… «…». Il presidente di X ha accolto … «…», ha detto")
        and _BETWEEN_SENTENCES.search(text, previous.end, start) is None
    ):
        # «…», ha affermato. Right after another quotation: the same speaker goes on.
        speaker, speaker_kind = previous.speaker, previous.speaker_kind
    sentence = text[s_start:start] + " " + text[end:s_end]
    if other is not None and s_start <= other.start and other.end <= start:
        # "said the winds would ease on Wednesday but warned that humidity …": the first
        # statement's day is not when the second was said
        sentence = (
            text[s_start : other.start] + " " + text[other.end : start] + " " + text[end:s_end]
        )
    # "«A», he told reporters on Wednesday. «B»": the rest of one statement was said when
    # and where its first part was, unless its own sentence says otherwise.
    when = said_on(sentence, lex, published, continues.said_on if continues else None)
    medium = _medium(sentence, lex) or (continues.medium if continues else None)
    quote = Quote(
        start=start,
        end=end,
        text=text[start:end],
        type=kind,
        speaker=speaker,
        speaker_kind=speaker_kind if speaker else "unknown",
        mention=who.mention,
        mention_span=who.mention_span,
        description=description,
        cue=who.cue,
        cue_span=who.cue_span,
        said_on=when,
        medium=medium,
        confidence=_confidence(attributed, who),
        continues=None,  # set by extract_quotes once every quotation has its index
    )
    if speaker is None and continues is None and pending is not None:
        pending[id(quote)] = (anchor, who)  # resolved in context once all are found
    return quote


def _noun_after_article(text: str, speaker: str, who: Attribution, lex: Lexicon) -> bool:
    """A one-word speaker right after an article, where every noun is capitalised: a
    common noun ("des Betreibers", "die Opposition", "eine Pendlerin"), nobody's name."""
    if " " in speaker or who.mention_span is None or who.mention is None or " " in who.mention:
        return False
    # right after it: "des „Spiegel“" (its marks read as spaces) is a publication's name
    before = _WORD_AND_SPACE.search(
        text, max(0, who.mention_span.start - 12), who.mention_span.start
    )
    article = before.group(1).lower() if before is not None else ""
    return article in lex.determiners or article in lex.indefinite


_WORD_AND_SPACE = re.compile(r"(\w+) $")


def _next_sentence_subject(
    text: str, q: Quote, later: list[tuple[int, Quote]], ctx: ArticleContext
) -> str | None:
    """The person opening the sentence right after quotation ``q``, or the clause after a
    colon, in its paragraph, with no other quotation before it."""
    subject = ctx.subject_after(text, q.end)
    if subject is None or (later and later[0][1].start < subject[0]):
        return None
    between = text[q.end : subject[0]]
    # Only the stop that ends the quotation's sentence, inside the marks or after them.
    ends = sum(between.count(ch) for ch in ".!?") + (q.text.rstrip()[-1:] in (".", "!", "?"))
    if "\n" in between or ends > 1 or len(between) > _NEXT_SUBJECT_REACH:
        return None
    return subject[1]


_NEXT_SUBJECT_REACH = 120  # characters between a quotation and the subject after it


def _resolve_in_context(
    text: str,
    found: list[tuple[int, Quote]],
    pending: dict[int, tuple[int, Attribution]],
    continuations: list[tuple[Quote, Quote]],
    ctx: ArticleContext,
    lex: Lexicon,
    sentences: list[tuple[int, int]],
) -> list[tuple[Quote, Quote]]:
    """Speakers for quotations whose own sentence names nobody ("he said", "ha aggiunto",
    a quotation after a colon): the speaker of the latest quotation that named its speaker,
    or else the person last named in the article. A role whose holder is never named
    ("der Minister") stays an unnamed source. Continuations follow their first part."""
    starts = [a for a, _ in sentences]
    pronouns = {p.lower() for p in lex.pronouns}
    last: tuple[int, str, SpeakerKindName] | None = None
    last_desc: str | None = None  # how the person quoted last was described
    new: dict[int, Quote] = {}
    for k, (key, q) in enumerate(found):
        info = pending.get(id(q))
        if info is None:
            if q.speaker and q.mention and q.mention.lower() not in pronouns:
                said = q.mention_span.end if q.mention_span is not None else q.start
                last = (max(q.end, said), q.speaker, q.speaker_kind)
                last_desc = q.description
            continue
        anchor, who = info
        speaker: str | None = None
        kind: SpeakerKindName = "unknown"
        if who.speaker is None and (who.mention or "").lower() in lex.institution_pronouns:
            # "It said that …": the organisation quoted or named last, never a person.
            named = ctx.last_named(anchor, kind="organization")
            org: tuple[int, str, SpeakerKindName] | None = (
                (named[0], named[1], "organization") if named is not None else None
            )
            # the organisation quoted last, or an unnamed one ("the airline said")
            if (
                last is not None
                and (
                    last[2] == "organization"
                    or last[1].split()[-1].lower() in lex.organization_nouns
                )
                and (org is None or last[0] > org[0])
            ):
                org = last
            if org is not None and anchor - org[0] <= _CONTEXT_REACH:
                new[id(q)] = replace(q, speaker=org[1], speaker_kind=org[2])
                found[k] = (key, new[id(q)])
                last = (q.end, org[1], org[2])
            continue
        # A role whose holder the article never names ("il segretario generale") is a
        # person: an institution that spoke last is not its holder.
        role = who.speaker is not None
        # "The spokesman added": somebody speaking for another, never that other.
        proxy = role and any(
            x.lower() in lex.proxy_titles for x in (who.mention or who.speaker or "").split()
        )
        # "Reeves is due to speak. She has said …": a person opening a sentence after the
        # last speaker's words is whom a pronoun or a missing subject goes on with.
        # A role unnamed in its own sentence ("Il segretario generale della Cgil ha …") is
        # held by the person named last, if named after the last speaker's words.
        # Names inside the role's own phrase ("the head of the IMF") are not its holder.
        phrase = who.mention_span.start if role and who.mention_span is not None else anchor
        subject = ctx.last_free(phrase) if role else ctx.last_subject(anchor)
        if (
            who.speaker is None
            and who.mention is not None
            and who.mention.lower() in pronouns
            and who.mention_span is not None
        ):
            # "„…“, sagte Berger. Probleme hat auch Peter Lindner. Er verwickelt sich …
            # So sagte er: „…“": the person named last before the pronoun, in a sentence
            # after the last speaker's, wherever in that sentence it stands.
            named = ctx.last_named(who.mention_span.start, free=True)
            if (
                named is not None
                and (subject is None or named[0] > subject[0])
                and (last is None or _sentence_between(starts, last[0], named[0]))
            ):
                subject = named
        # An epithet ("il 22enne", "the Egyptian") with nobody quoted before it: whom the
        # sentence before opened with, not whom the article names most.
        epithet = (
            who.speaker is None
            and who.mention is not None
            and (
                (
                    len(who.mention.split()) == 2
                    and who.mention.split()[0].lower() in lex.determiners
                )
                # "l'altoatesino": an article elided onto its noun
                or (
                    len(who.mention.split()) == 1
                    and any(
                        who.mention.lower().startswith(d) and len(who.mention) > len(d)
                        for d in lex.determiners
                        if d[-1:] in "'’"
                    )
                )
            )
        )
        personal = epithet or (who.mention or "").lower() in lex.personal_pronouns
        if (
            who.speaker is None
            and who.cue is not None  # a bare quotation after a sentence goes on from it
            and (who.mention is None or epithet)
            and last is not None
        ):
            # "«…», ha detto Giansanti. Tra i manifestanti c'era anche Luca Ferri, allevatore.
            # «…», ha raccontato" (or "…, sagte der 56-Jährige"): a person brought in, in the
            # sentence right before the quotation's, after the last speaker's words, speaks
            # next.
            brought = ctx.introduced(anchor)
            if (
                brought is not None
                and brought[0] > last[0]
                and (subject is None or subject[0] < brought[0])
                and _sentences_between(starts, brought[0], q.start) == 1
            ):
                subject = brought
        # "Il presidente di Confindustria ha accolto le misure. «…», ha detto": a role
        # opening a sentence after the last speaker's words and after the person last
        # opening one, its holder unnamed there.
        after = max(last[0] if last is not None else -1, subject[0] if subject else -1)
        opener = (
            _role_opening(
                text, sentences, starts, after, q.start, lex, subjectless=who.cue is not None
            )
            if who.speaker is None and last is not None
            else None
        )
        if opener is not None:
            opening, title = opener
            holder = ctx.resolve(title, anchor, opening.mention)
            if holder is not None and holder.lower() != title.lower():
                speaker, kind = holder, "person"
            else:
                speaker, kind = opening.mention, "anonymous"
        elif (
            not proxy
            and subject is not None
            and (last is not None or epithet)
            and (last is None or last[0] < subject[0])
            and anchor - subject[0] <= _CONTEXT_REACH
        ):
            speaker, kind = subject[1], "person"
        elif (
            last is not None
            and anchor - last[0] <= _CONTEXT_REACH
            # "Das teilte die ESA mit. „…“, sagte der 38-Jährige": a person's pronoun or
            # epithet never stands for the organisation quoted last
            and not (last[2] != "person" and personal)
            and (
                not role
                # "Il segretario generale ha poi aggiunto": the person quoted last; not a
                # role of a named institution ("Il leader della Lega"), which the person
                # quoted last may well not hold, nor one speaking for another
                or (last[2] == "person" and not proxy and not _other_institution(who, last_desc))
                # "Starmer's spokesman told … «…», the spokesman said": the same role.
                or last[1].lower().endswith(" " + (who.speaker or "").lower())
            )
        ):
            _, speaker, kind = last
        # A role of a named institution is not whoever the article is about ("Il leader
        # della Lega" in an article about a union's strike): unnamed, unless held above.
        elif not proxy and not (
            role and _institution_of(who.description or who.mention) is not None
        ):
            # A pronoun points back to the latest person; a quotation with no subject at
            # all belongs to whom the article is about; a bare role ("il sindaco") to the
            # person it is about, named as a subject, not after a preposition ("dopo
            # l'incontro con X, il ministro ha detto").
            named = (
                ctx.last_named(anchor)
                if personal or (who.mention is not None and who.mention.lower() in pronouns)
                else ctx.salient(phrase, _CONTEXT_REACH, free=role)
            )
            if named is not None and anchor - named[0] <= _CONTEXT_REACH:
                speaker, kind = named[1], "person"
        if speaker is None and who.speaker is None and who.mention is None and who.cue is None:
            # Nobody named before a quotation that stands alone: the person opening the
            # next sentence ("«…». Il ministro X ha aperto così …").
            speaker = _next_sentence_subject(text, q, found[k + 1 :], ctx)
            kind = "person"
        if speaker is None and who.speaker is not None and who.mention:
            speaker, kind = who.mention, "anonymous"
        if speaker is not None:
            new[id(q)] = replace(q, speaker=speaker, speaker_kind=kind)
            found[k] = (key, new[id(q)])
            if who.mention is not None and kind != "anonymous":
                # "Il segretario generale ha definito «…» e ha sottolineato «…»": who the
                # role or pronoun turned out to be speaks on.
                last = (q.end, speaker, kind)
    if not new:
        return continuations
    at = {id(q): k for k, (_, q) in enumerate(found)}
    out = []
    for part, first in continuations:  # in text order: a chain A <- B <- C moves along
        head = new.get(id(first), first)
        if head is not first:
            moved = replace(part, speaker=head.speaker, speaker_kind=head.speaker_kind)
            k = at[id(part)]
            found[k] = (found[k][0], moved)
            new[id(part)] = moved
            part = moved
        out.append((part, head))
    return out


def _sentences_between(starts: list[int], a: int, b: int) -> int:
    """How many sentences start after ``a`` and at or before ``b``."""
    return bisect.bisect_right(starts, b) - bisect.bisect_right(starts, a)


def _sentence_between(starts: list[int], a: int, b: int) -> bool:
    """Whether a sentence starts after ``a`` and at or before ``b``."""
    return _sentences_between(starts, a, b) > 0


def _institution_of(phrase: str | None) -> str | None:
    """The institution a role phrase names after its "of" ("il leader della Lega" ->
    "lega", "the head of the IMF" -> "imf"), if any. An elided "of" glued to its noun
    ("il segretario generale dell'Onu") is not read: such a role stays unqualified."""
    words = (phrase or "").split()
    for k, word in enumerate(words[:-1]):
        if word.lower() in attr.OF_WORDS:
            rest = [w for w in words[k + 1 :] if w[:1].isupper()]
            if rest:
                return " ".join(rest).lower()
    return None


def _other_institution(who: Attribution, last_description: str | None) -> bool:
    """Whether a role serves another institution than the one the person quoted last was
    described with ("Il leader della Lega" after "il segretario della Cgil, X"): then that
    person does not hold it."""
    mine = _institution_of(who.description or who.mention)
    theirs = _institution_of(last_description)
    return mine is not None and theirs is not None and mine != theirs


def _role_opening(
    text: str,
    sentences: list[tuple[int, int]],
    starts: list[int],
    after: int,
    before: int,
    lex: Lexicon,
    *,
    subjectless: bool = False,
) -> tuple[Attribution, str] | None:
    """The unnamed role opening the latest sentence that starts after ``after`` and ends
    before ``before`` ("Il presidente di Confindustria ha accolto …", "Der Minister hat …"),
    and its title: its phrase ends where its verb starts. ``subjectless``: for a cue with
    no subject, which sentences opening with a verb ("Ripete che …") go on from."""
    w = attr.words_of(lex)
    k = bisect.bisect_left(starts, before) - 1
    while k >= 0 and sentences[k][1] > before:
        k -= 1  # the quotation's own sentence
    while k >= 0 and starts[k] > after:
        s_start, s_end = sentences[k]
        k -= 1
        tokens = attr.tokens_between(text, s_start, min(s_end, before), 12)
        if subjectless and tokens and tokens[0].lower in w.verb_starts:
            continue  # no subject of its own ("Ripete che …"): it goes on with the one before
        verb = next((t for t in tokens[1:] if t.lower in w.verb_starts), None)
        if verb is None:
            continue
        who = attr.speaker_before(text, s_start, verb.start, lex)
        title = (
            next((x for x in (who.mention or "").split() if x.lower() in w.titles), None)
            if who is not None
            else None
        )
        if (
            who is not None
            and (who.kind == "anonymous" or (who.speaker or "").lower() in w.titles)
            and title is not None
            and who.mention_span is not None
            and not text[s_start : who.mention_span.start].strip(" \n").split()[1:]
        ):
            return who, title
        return None  # the latest sentence opens with something else
    return None


_DOUBLE_MARKS = re.escape(OPENING_MARKS + CLOSING_MARKS)
_FRAGMENT_MARKS = re.compile(rf"[{_DOUBLE_MARKS}]([^{_DOUBLE_MARKS}\n]{{1,60}})[{_DOUBLE_MARKS}]")


def _fragment_marks(body: str) -> bool:
    """Whether every mark in a sentence encloses a few words of it, the rest of the clause
    unquoted: "Sein Team habe „einen perfekten Job“ gemacht"."""
    inner = sum(len(m.group(1)) for m in _FRAGMENT_MARKS.finditer(body))
    rest = _FRAGMENT_MARKS.sub("", body)
    return 0 < inner < len(body) / 2 and not any(ch in rest for ch in _QUOTE_MARKS)


def _mood_continuations(
    text: str,
    sentences: list[tuple[int, int]],
    found: list[tuple[int, Quote]],
    lex: Lexicon,
    published: dt.date | None,
    ctx: ArticleContext,
) -> list[tuple[int, Quote]]:
    """Sentences in the reported mood right after a statement go on reporting it
    (German: "Er sagte, er sei bereit. Die Lage *sei* ernst."), as do those after a
    sentence that opens with a named source ("Das Gericht sah das anders. Von einem
    Notstand *könne* keine Rede sein.")."""
    out: list[tuple[int, Quote]] = []
    taken = sorted((q.start, q.end) for _, q in found)
    last: Quote | None = None
    spans = iter(sorted(found, key=lambda kq: kq[1].end))
    pending = next(spans, None)
    prev_end = -1
    for i, (s_start, s_end) in enumerate(sentences):
        while pending is not None and pending[1].end <= s_start:
            last, prev_end = pending[1], pending[1].end
            pending = next(spans, None)
        body = text[s_start:s_end]
        if any(ch in body for ch in _QUOTE_MARKS) and not _fragment_marks(body):
            continue  # a quotation of its own, not a few words quoted in the clause
        if any(a < s_end and s_start < b for a, b in taken):
            continue
        # A verb's form, not a noun spelt like it ("im Laufe", "die Folge"): lower case.
        head = [w for w in re.findall(r"\w+", body)[:10] if w.islower()]
        if not any(w in lex.reported_mood for w in head):
            continue
        end = s_end
        while end > s_start and text[end - 1] in " .;:!?":
            end -= 1
        # "CDU-Kreise verneinten diese Darstellung. Vielmehr habe sich …": a source named
        # by the sentence before, after the last statement, reports this one.
        source = (
            _named_source(text, sentences[i - 1], lex, ctx)
            if i > 0
            and sentences[i - 1][0] >= prev_end
            and any(w in lex.reported_only for w in head)
            else None
        )
        if source is not None:
            made = _make(
                text,
                s_start,
                end,
                "indirect",
                source,
                ctx,
                lex,
                published,
                s_start,
                s_end,
                attributed=True,
                continues=None,
            )
            quote = replace(made, confidence=0.5)
        elif last is None or last.speaker is None or s_start - prev_end > 400:
            continue
        else:
            quote = replace(
                last,
                start=s_start,
                end=end,
                text=text[s_start:end],
                type="indirect",
                cue=None,
                cue_span=None,
                mention=None,
                mention_span=None,
                continues=None,
                confidence=0.5,
            )
        out.append((s_start, quote))
        last, prev_end = quote, end
    return out


def _named_source(
    text: str, sentence: tuple[int, int], lex: Lexicon, ctx: ArticleContext
) -> Attribution | None:
    """The source a sentence opens with, if it names one: an organisation, a person the
    article names in full, or an unnamed group; not a thing ("Der Zug")."""
    who = opening_subject(text, sentence[0], sentence[1], lex)
    if who is None or who.speaker is None:
        return None
    if who.kind == "organization" or who.kind == "anonymous":
        return who
    if attr.names_a_source(who.speaker, lex):
        return replace(who, kind="anonymous")  # "CDU-Kreise", "Die Ermittler"
    name = ctx.resolve(who.speaker, sentence[0]) if who.kind == "person" else None
    if name is not None and len(name.split()) >= 2 and name in ctx.names:
        return who
    return None


def _same_attribution(
    prev: tuple[Quoted, _Found | None, Quote],
    cur: _Found | None,
    q: Quoted,
    text: str,
    lex: Lexicon,
) -> bool:
    """ "A," he said, "B.": the second part shares the first part's attribution; not when
    a relative "according to" stands between ("«A», ha replicato X, secondo cui la
    proposta «B»": B is X's words woven into another clause)."""
    p_found = prev[1]
    if p_found is None or cur is None or not p_found.after or cur.after:
        return False
    if p_found.who.cue_span != cur.who.cue_span or prev[0].end >= q.start:
        return False
    rel = according_phrases_relative(lex)
    return rel is None or rel.search(text, prev[0].end, q.start) is None


@cache
def _media_regex(lex: Lexicon) -> re.Pattern[str] | None:
    if not lex.media:
        return None
    # The look-ahead names the letters a phrase can start with, so the engine skips to them
    # in C; one look-behind for all the phrases then keeps to word starts.
    phrases = "|".join(f"({re.escape(p)})" for p, _ in lex.media)
    return re.compile(f"{first_letters(p for p, _ in lex.media)}(?<!\\w)(?:{phrases})")


def _medium(sentence: str, lex: Lexicon) -> str | None:
    rx = _media_regex(lex)
    m = rx.search(sentence.lower()) if rx else None
    return lex.media[m.lastindex - 1][1] if m and m.lastindex else None


def _confidence(attributed: bool, who: Attribution) -> float:
    if not attributed:
        return 0.4
    score = 0.6 + (0.2 if who.cue else 0) + (0.15 if who.mention_span is not None else 0)
    return round(min(score, 0.95), 2)


__all__ = ["LEXICONS", "extract_quotes"]
