"""Reported (indirect) speech: a reporting verb with its content clause, or "according to X".

Patterns, all driven by the lexicon:
  X ha detto che CLAUSE / X said (that) CLAUSE / X sagte, CLAUSE   (cue, then the clause)
  X ha affermato di CLAUSE                                         (infinitive clause)
  CLAUSE, ha detto X / CLAUSE, X said / CLAUSE, sagte X            (cue after the clause)
  Come ha detto X, CLAUSE / Wie X berichtete, CLAUSE               (as-clause first)
  Secondo X, CLAUSE / CLAUSE, according to X / Laut X CLAUSE        (according to)
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache

from tracker.extraction import attribution as attr
from tracker.extraction.lexicon import Lexicon
from tracker.extraction.types import Attribution, Span, SpeakerKindName

_QUOTE_MARKS = '«»“”„‘"'
_TRAILING = " \t\n.;:!?,"
MIN_CLAUSE_WORDS = 3
_MAX_GAP_TOKENS = 12
_MAX_GAP_WORDS = 5
_APPOSITION_TOKENS = 12  # how long an apposition after the speaker's name may run
_MOOD_TOKENS = 25  # how far into a clause _in_reported_mood looks for its verb
# how far into a bare clause its verb may stand ("said engine fires of this kind were")
_BARE_VERB_REACH = 6
_URL = re.compile(r"\s*(?:https?://|www\.)\S+")
_CLAUSE_ENDS = frozenset(".;:?!")  # punctuation that ends the stretch a clause may open in


@dataclass(frozen=True, slots=True)
class Reported:
    start: int
    end: int
    who: Attribution  # speaker may be None: the caller resolves it in context
    cue_start: int
    # The second part of a statement split by its source ("Ursache war [laut Polizei] …").
    continues_previous: bool = False


@cache
def _phrase_regex(phrases: tuple[str, ...]) -> attr.PhraseSet | None:
    return attr.PhraseSet(phrases) if phrases else None


@cache
def _pattern_regex(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """One alternation of patterns that each name their source group ``src``."""
    if not patterns:
        return None
    for p in patterns:
        if "(?P<src>" not in p:
            raise ValueError(f"an according-to pattern needs a (?P<src>...) group: {p!r}")
    body = "|".join(p.replace("(?P<src>", f"(?P<src{k}>") for k, p in enumerate(patterns))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


@cache
def _post_regex(lex: Lexicon) -> re.Pattern[str] | None:
    """ ", so der BGH" / ", così Bruni": a marker after a comma or dash, the source after it."""
    if not lex.post_markers:
        return None
    body = "|".join(map(re.escape, lex.post_markers))
    return re.compile(rf"[,–—]\s*(?:{body})\s+", re.IGNORECASE)


def according_phrases_relative(lex: Lexicon) -> attr.PhraseSet | None:
    """The lexicon's relative "according to" phrases ("secondo cui", "wonach")."""
    return _phrase_regex(lex.according_to_relative)


def according_phrases(lex: Lexicon) -> attr.PhraseSet | None:
    """The lexicon's "according to" phrases ("secondo", "according to", "laut")."""
    return _phrase_regex(lex.according_to)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` falls within a quoted span or on its marks (spans sorted, disjoint)."""
    i = bisect.bisect_right(spans, (pos + 1, len(spans) and 1 << 62)) - 1
    return i >= 0 and spans[i][0] - 1 <= pos < spans[i][1] + 1


@cache
def _joiner_regex(lex: Lexicon) -> re.Pattern[str]:
    conj = "|".join(map(re.escape, lex.conjunctions)) or "(?!)"
    return re.compile(rf"(?:[;]|\s[-–—]|,?\s(?:{conj}))\s+(?:\w+\s+)?$", re.IGNORECASE)


@cache
def _breaker_regex(lex: Lexicon) -> re.Pattern[str] | None:
    if not lex.clause_breakers:
        return None
    return re.compile(r",\s+\w+(?:" + "|".join(lex.clause_breakers) + r")\b")


@cache
def _second_regex(lex: Lexicon) -> re.Pattern[str] | None:
    comps = [c for c in lex.complementizers if c.isalpha()]
    if not comps or not lex.conjunctions:
        return None
    # "A and that B" only: "A, but that B" qualifies A rather than adding a statement.
    conj = re.escape(lex.conjunctions[0])
    return re.compile(rf",?\s+{conj}\s+(?:{'|'.join(map(re.escape, comps))})\s+", re.I)


def _second_clause(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """(end of the first, start of the second) where a reported clause goes on with a
    conjunction and a complementizer of its own ("… in May and that the tolls …")."""
    rx = _second_regex(lex)
    m = rx.search(text, start, end) if rx is not None else None
    if m is None or _words(text, start, m.start()) < MIN_CLAUSE_WORDS:
        return None
    if _words(text, m.end(), end) < MIN_CLAUSE_WORDS:
        return None
    return m.start(), m.end()


@cache
def _generic_regex(lex: Lexicon) -> re.Pattern[str] | None:
    """A subject that names nobody, right before a cue."""
    if not lex.generic_subjects:
        return None
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in lex.generic_subjects)
    return re.compile(rf"(?<!\w)(?:{body})\s+$", re.IGNORECASE)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_left(spans, (start, -1))
    return (i > 0 and spans[i - 1][1] > start) or (i < len(spans) and spans[i][0] < end)


def _clause_end(text: str, start: int, end: int, lex: Lexicon) -> int | None:
    """Where a content clause starting at ``start`` stops within its sentence.

    A quotation inside the clause ends it at the colon, semicolon or ", but" before the
    quotation ("… peggiorare: «Per vaste parti …»", "che X, ma «Y»"); None when nothing
    stands between: the reported words are quoted then, and the quotation counts.
    """
    stop = end
    url = _URL.search(text, start, stop)
    if url:
        stop = url.start()
    # A new reporting verb after a conjunction or a dash starts another statement.
    for cue in attr.find_cues(text, start, stop, lex):
        before = text[max(start, cue.start - 14) : cue.start]
        m = _joiner_regex(lex).search(before)
        if m and _reports_again(text, cue, stop, lex):
            stop = max(start, cue.start - len(before) + m.start())
            break
        joined = _comma_conjunction_subject(text, start, cue.start, lex)
        if joined is not None and _reports_again(text, cue, stop, lex):
            # "…must spend more, and last month he threatened to …": a comma, a
            # conjunction, a time and a subject, then another statement's verb.
            stop = joined
            break
        if (
            text[start : cue.start].rstrip().endswith(",")
            and text[cue.end : cue.end + 1] != ","
            and (_in_relative_clause(text, start, lex) or _inverted_after(text, cue, stop, lex))
        ):
            # "Reeves, who has promised to keep control of borrowing, said the increase …":
            # a clause reported inside a relative clause ends at the comma that closes it,
            # before the main clause's own cue; and "…, ha detto il suo portavoce": at the
            # comma before an inverted cue and its speaker.
            stop = text.rfind(",", start, cue.start)
            break
        if text[cue.end : cue.end + 1] != "," and _subject_after_comma(text, start, cue.start, lex):
            # "…, andere warnten dagegen", "…, while others warned": another subject and
            # its own reporting verb after a comma start another statement.
            stop = text.rfind(",", start, cue.start)
            break
        if before.rstrip().endswith(",") and text[cue.end : cue.end + 1] == ",":
            # "… con tutti perché, ha detto, l'Italia …": a cue set off by commas after a
            # conjunction introduces another statement, the reason given.
            comma = text.rfind(",", start, cue.start)
            head = text[start:comma].split()
            if len(head) > 1 and head[-1].lower() in attr.words_of(lex).subordinators:
                stop = text.rfind(head[-1], start, comma)
                break
    breaker = _breaker_regex(lex)
    if breaker is not None:
        m = breaker.search(text, start, stop)
        if m:
            stop = m.start()
    stop = _before_closing_source(text, start, stop, lex)
    marker = text[max(0, start - 6) : start].split()
    if marker and marker[-1].lower() in lex.infinitive_markers:
        stop = _infinitive_end(text, start, stop, lex)
    for i in range(start + 1, stop):
        if text[i] in _QUOTE_MARKS:
            cut = _cut_before_quote(text, start, i, lex)
            if cut is None:
                return None
            stop = cut
            break
    while stop > start and text[stop - 1] in _TRAILING:
        stop -= 1
    return stop


def _inverted_after(text: str, cue: attr.Cue, stop: int, lex: Lexicon) -> bool:
    """Whether a cue and the speaker right after it, and nothing else, close the sentence
    or its part (up to the next comma): "Meloni ha promesso di tagliare le tasse, | ha
    detto il suo portavoce", "…, said a government source"."""
    comma = text.find(",", cue.end, stop)
    end = stop if comma < 0 else comma
    who = attr.speaker_after(text, cue.end, end, lex)
    if who is None or who.mention_span is None or (who.speaker is None and who.mention is None):
        return False
    return not text[who.mention_span.end : end].strip(" .,;")


def _before_closing_source(text: str, start: int, stop: int, lex: Lexicon) -> int:
    """Where a clause ends before an "according to" source after a comma that closes it
    ("said that the rules were not negotiable, according to the Financial Times"): the
    source reports the statement, it is no part of it. Not a source set off inside the
    clause ("that the boy, according to police, died")."""
    rx = _phrase_regex(lex.according_to)
    if rx is None:
        return stop
    for m in rx.finditer(text, start + 1, stop):
        comma = text[start : m.start()].rstrip()
        rest = text[m.end() : stop]
        if comma.endswith(",") and "," not in rest and len(rest.split()) <= 8:
            return start + len(comma) - 1
    return stop


_COMMA_AND = re.compile(r",\s+(\w+)\s+((?:[\w'’-]+\s+){1,5})$")


def _comma_conjunction_subject(text: str, start: int, cue_start: int, lex: Lexicon) -> int | None:
    """Where the comma is, when a comma, a conjunction, a few words of time and a subject
    (a pronoun or a name) stand right before a cue: ", and last month he | threatened";
    None otherwise."""
    m = _COMMA_AND.search(text, max(start, cue_start - 60), cue_start)
    if m is None or m.group(1).lower() not in lex.conjunctions:
        return None
    words = m.group(2).split()
    w = attr.words_of(lex)
    last = words[-1]
    if last.lower() in w.pronouns or (last[:1].isupper() and len(words) <= 4):
        return m.start()
    return None


def _in_relative_clause(text: str, start: int, lex: Lexicon) -> bool:
    """Whether the cue of a clause starting at ``start`` stands in a relative clause set off
    by a comma: ", who has promised to", ", che aveva promesso di", ", der versprochen hatte,"."""
    comma = text.rfind(",", max(0, start - 80), start)
    words = text[comma + 1 : start].split() if comma >= 0 else []
    return bool(words) and words[0].lower() in lex.relative_pronouns


def _source_part(tail: str, lex: Lexicon) -> str:
    """An "according to" source up to where it was published, if that follows its name: "a
    forecast by polling company SWG | on the private TV channel La 7"."""
    words = tail.split()
    named = False
    for k, word in enumerate(words):
        if (
            named
            and word.lower() in lex.prepositions
            and word.lower() not in attr.OF_WORDS
            # "the Office for | National Statistics": a name's joiner, a capital after it
            and not (k + 1 < len(words) and words[k + 1][:1].isupper())
        ):
            return " ".join(words[:k])
        named = named or (k > 0 and word[:1].isupper())
    return tail


def _subject_after_comma(text: str, start: int, cue_start: int, lex: Lexicon) -> bool:
    """Whether a comma, then a short subject (an unnamed group, a pronoun, an article and
    its noun, a name) and nothing else, stand right before a cue inside a clause; not a
    subject in the reported mood ("…, der Minister habe gewarnt"), still reported. (A cue
    set off by commas on both sides is an aside: "the plan, Anna Green warned, would …")."""
    comma = text.rfind(",", start, cue_start)
    if comma < 0:
        return False
    words = text[comma + 1 : cue_start].split()
    if not 1 <= len(words) <= 3 or any(x.lower() in lex.reported_mood for x in words):
        return False
    w = attr.words_of(lex)
    first = words[0].lower()
    return (
        first in w.anon
        or first in w.pronouns
        or (len(words) >= 2 and first in w.articles_or_possessives)  # "…, her spokesman said"
        or all(x[:1].isupper() for x in words)
    )


def _infinitive_end(text: str, start: int, stop: int, lex: Lexicon) -> int:
    """Where an infinitive clause ("assicura di essersi chiarito …") ends: before a comma
    and a conjunction that open a clause of their own, with a subordinator, an article or a
    name after them (", ma quando la presidente …"); not before one that goes on with the
    infinitive (", ma di non voler …", ", ma senza fretta")."""
    w = attr.words_of(lex)
    for m in _COMMA_CONJUNCTION.finditer(text, start, stop):
        if m.group(1).lower() not in w.conjunctions:
            continue
        nxt = m.group(2)
        if nxt.lower() in w.subordinators or nxt.lower() in lex.determiners or nxt[0].isupper():
            return m.start()
    return stop


_COMMA_CONJUNCTION = re.compile(r",\s+(\w+)\s+(\w+)")


def _question_start(text: str, cue: attr.Cue, tokens: list[attr.Token], lex: Lexicon) -> int | None:
    """Where the question a question verb reports starts: after "whether"/"se"/"ob", at a
    question word ("asked reporters why …", "wollte wissen, warum …"); whom it was asked
    may stand between. Not a participle opening the sentence ("Asked if he …, he said"):
    the question is the interviewer's."""
    if cue.text.lower().split()[-1] not in lex.question_cues:
        return None
    if attr.opens_sentence_at(text, cue.start):
        return None
    for k, tok in enumerate(tokens[:6]):
        if tok.text in ".;:!?" or tok.text in _QUOTE_MARKS:
            return None
        if tok.lower in lex.question_markers:
            return tok.end
        if tok.lower in lex.question_words and k + 1 < len(tokens) and tokens[k + 1].is_word:
            return tok.start
    return None


def _reports_again(text: str, cue: attr.Cue, end: int, lex: Lexicon) -> bool:
    """Whether a cue after a conjunction starts a statement of its own: something it
    reports follows it ("… und betonte, dass …", "… and warned: «…»"), not an adverb's
    sense of the same word ("gibt sich aber betont gelassen")."""
    rest = text[cue.end : min(end, cue.end + 200)]
    return bool(rest.strip()) and (
        _forward(text, cue, end, lex) is not None
        or any(mark in rest for mark in _QUOTE_MARKS)
        or ":" in rest
        or not rest.strip(" .;!?")  # the cue ends the clause: "…, as he added."
        or len(rest.split()) > 3  # an object after it: "… and announced new measures"
    )


def _cut_before_quote(text: str, start: int, mark: int, lex: Lexicon) -> int | None:
    """Where a clause that runs into a quotation ends: at a colon or semicolon before it, or
    at a comma followed by a conjunction ("…, ma «…»"); None if there is no such break."""
    cut = max(text.rfind(":", start, mark), text.rfind(";", start, mark))
    comma = text.rfind(",", start, mark)
    if comma > cut:
        between = text[comma + 1 : mark].lower().split()
        if between and between[0] in lex.conjunctions and len(between) <= 2:
            cut = comma
    for second in _CONJ_COMP.finditer(text, max(start, cut), mark):
        if (
            second.group(1).lower() in lex.conjunctions
            and second.group(2).lower() in lex.complementizers
        ):
            # "told reporters that Moscow remained open to talks but that any agreement
            # must take into account “…”": the second statement holds the quotation (the
            # last such pair before it counts).
            cut = second.start()
    gerund = _gerund_phrase(text, max(start, cut), mark, lex)
    if gerund is not None:
        cut = gerund  # "…income tax, dismissing reports as “speculation”"
    if cut <= start or _words(text, start, cut) < MIN_CLAUSE_WORDS:
        return None
    return cut


_CONJ_COMP = re.compile(r"(?=\s(\w+)\s+(\w+)\s)")


def _gerund_phrase(text: str, start: int, end: int, lex: Lexicon) -> int | None:
    """The comma that opens a participial phrase ("…, dismissing the reports") between
    ``start`` and ``end``: the reporter's words about the statement, not the statement."""
    if not lex.gerund_suffixes:
        return None
    for m in _PUNCTUATION_COMMA.finditer(text, start, end):
        nxt = text[m.end() : m.end() + 30].split()
        word = nxt[0].lower() if nxt else ""
        if len(word) > 5 and word.endswith(lex.gerund_suffixes) and word.isalpha():
            return m.start()
    return None


def _words(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


def _forward(text: str, cue: attr.Cue, s_end: int, lex: Lexicon) -> int | None:
    """The start of the content clause after ``cue``, if one follows it."""
    comps = lex.complementizers
    words = 0
    # A clause in the reported mood after a comma is evidence enough to look further:
    # "erklärte Steinbrück in seiner Rede im Deutschen Bundestag, das Gesetz lasse …".
    limit, max_words = _MAX_GAP_TOKENS, _MAX_GAP_WORDS
    mood = bool(lex.reported_mood) and "," in comps
    if mood:
        # Further still, a comma and a clause in the reported mood only: "So sagte X am
        # 11. August auf einer Ausstellung in Fuzhou, der Hauptstadt …, die Astronauten
        # würden …".
        limit, max_words = 4 * _MAX_GAP_TOKENS, 2 * _MAX_GAP_WORDS
    tokens = attr.tokens_between(text, cue.end, s_end, limit + 1)  # all the scan reads
    question = _question_start(text, cue, tokens, lex)
    if question is not None:
        return question
    # Prepositional phrases between the verb and its complementizer may run longer: "said
    # in a statement released on Monday that …", "ha detto nel corso di una conferenza
    # stampa a Bruxelles che …". Only a complementizer opens the clause that far on.
    phrase = not mood and bool(tokens) and tokens[0].lower in lex.prepositions
    if phrase:
        max_words = 2 * _MAX_GAP_WORDS
    for k, tok in enumerate(tokens[:limit]):
        if tok.text in _QUOTE_MARKS:
            return None
        low = tok.lower
        if phrase and words > _MAX_GAP_WORDS:
            # Only a complementizer may follow (the checks for one below apply).
            if low in attr.words_of(lex).cue_words or low in _CLAUSE_ENDS or low == ",":
                break  # another statement's verb, or a clause boundary: no complementizer
            nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
            if low in comps and (nxt in lex.auxiliaries or nxt in lex.passive_aux):
                return None  # "in a statement that was posted …": a relative clause
        if words > max_words:
            if low in _CLAUSE_ENDS or low in attr.words_of(lex).cue_words:
                return None  # another statement's verb: the clause is its own
            if low == "," and _in_reported_mood(
                attr.tokens_between(text, tok.end, s_end, _MOOD_TOKENS), lex
            ):
                return tok.end
            continue
        if k > 0 and tokens[k - 1].text == "," and low in attr.words_of(lex).cue_words:
            break  # "he said, adding that …": a complementizer after it is the second verb's
        if k == 0 and low in lex.bare_infinitives:
            return tok.start  # "quella che ha detto essere una conversazione di 90 minuti"
        if low in comps and low != ",":
            if k > 0 and tokens[k - 1].lower in lex.complementizer_blockers:
                return None  # "dopo che", "so that": a conjunction, not a report
            if k > 0 and tokens[k - 1].text == "," and _cue_next(text, tok.end, s_end, lex):
                return None  # "…, ha detto Giorgetti, che ha poi aggiunto": a relative
            if k > 1 and tokens[k - 1].text == "," and tokens[0].is_word and "," not in comps:
                # "ha attaccato Rossi, che non giocherà": after the verb's object and a
                # comma, a relative pronoun (a clause set off after the verb is opened by a
                # comma of its own: "ha spiegato, in conferenza, che …"; where a comma
                # always comes before the complementizer, "sagte X, dass", it tells nothing).
                return None
            return tok.end
        if "," in comps and low == ",":
            nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
            if nxt in comps:
                continue  # "sagte, dass": the complementizer follows the comma
            if _cue_next(text, tok.end, s_end, lex):
                # "Lindner, der im Interview mit der Zeit sprach, sagte, …": the verb of
                # the main clause follows, no clause of the first verb's.
                return None
            if nxt in lex.not_after_comma:
                return None  # "dementiert, doch …", "festgestellt, während …"
            after_nxt = tokens[k + 2].lower if k + 2 < len(tokens) else ""
            if (
                nxt in lex.relative_pronouns
                and (
                    after_nxt in lex.object_clitics
                    or after_nxt in lex.pronouns
                    or after_nxt in attr.words_of(lex).function
                )
                and not _in_reported_mood(
                    attr.tokens_between(text, tok.end, s_end, _MOOD_TOKENS), lex
                )
            ):
                return None  # "zeigte Jürgen K., der sich … sah": a relative clause
            # "sagte Max Lawson, ein Sprecher der Hilfsorganisation": after the speaker's
            # name, an apposition, not a clause, unless the words after it are reported.
            named = k > 0 and all(t.capitalized or t.lower in lex.determiners for t in tokens[:k])
            apposition = (
                named
                and k + 1 < len(tokens)
                and (
                    tokens[k + 1].lower in lex.determiners + lex.indefinite
                    or tokens[k + 1].capitalized
                )
            )
            after = attr.tokens_between(text, tok.end, s_end, _MOOD_TOKENS)
            if (
                (words <= _MAX_GAP_WORDS and not apposition)
                or _in_reported_mood(after, lex)
                or (apposition and lex.capitalized_nouns and _subject_and_verb(after, lex))
            ):
                return tok.end
            if apposition:
                # "sagte Anna Berg, die Chefin von Siemens, das stimme nicht": the clause
                # follows the apposition's closing comma.
                close = next(
                    (j for j, t in enumerate(after[:_APPOSITION_TOKENS]) if not t.is_word), -1
                )
                if close >= 0 and after[close].text == ",":
                    rest = after[close + 1 :]
                    if rest and rest[0].lower in comps:
                        return rest[0].end  # "…, Chef des Rates, dass …"
                    if _in_reported_mood(rest, lex) or (
                        lex.capitalized_nouns and _subject_and_verb(rest, lex)
                    ):
                        return after[close].end
            return None
        object_first = cue.text.lower().split()[-1] in lex.object_infinitive_cues
        # "ha spiegato ai microfoni della Rai di aver sofferto": whom it was said to first
        addressed = (
            k > 0
            and tokens[0].lower in lex.addressee_markers
            and k <= 6
            and all(t.is_word for t in tokens[:k])
            and (not lex.infinitive_cues or cue.text.lower().split()[-1] in lex.infinitive_cues)
        )
        if (
            (
                low in lex.infinitive_markers
                or (object_first and low in lex.object_infinitive_markers)
            )
            and (words <= 3 or object_first or addressed)
            and (
                object_first or addressed or not any(t.lower in lex.determiners for t in tokens[:k])
            )
            and (
                not lex.infinitive_cues
                or object_first
                or addressed
                or (k == 0 and cue.text.lower().split()[-1] in lex.infinitive_cues)
            )
        ):  # not "ha criticato i tentativi di …": a noun's complement, not a clause
            verb = next(
                (
                    t
                    for t in attr.iter_tokens(text, tok.end, s_end)
                    if t.lower not in ("non", "ne", "mai", "più", "not")
                ),
                None,  # "dicono di non poter considerare"
            )
            if (
                verb is not None
                and not verb.capitalized
                and (not lex.infinitive_endings or verb.lower.endswith(lex.infinitive_endings))
            ):
                return tok.end  # "ha affermato di essere pronto"
        if low == ":" and words <= _MAX_GAP_WORDS:
            colon = _after_colon(text, tok.end, s_end, lex)
            if colon is not None:
                return colon
        if (
            k == 0
            and low in lex.conjunctions
            and low not in comps
            and len(tokens) > 1
            and tokens[1].lower in comps
        ):
            continue  # "kritisierte aber, die Regierung habe …", "ha detto però che …"
        if low in _CLAUSE_ENDS or (
            low in lex.conjunctions
            # not inside a name: "das Landesamt für Geologie und Bergbau"
            and not (
                0 < k < len(tokens) - 1 and tokens[k - 1].capitalized and tokens[k + 1].capitalized
            )
        ):
            break  # no complementizer; a bare clause may still follow the cue (below)
        if tok.is_word:
            words += 1
            if words > max_words and not mood:
                break
    lead = text[max(0, cue.start - 3) : cue.start].rstrip(" ,")
    if lead[-1:] in _QUOTE_MARKS or (lead[-1:] in "'’" and lead[-2:-1] in ",.!?"):
        # "“…,” said the mayor", "'…,' said the party's leader": the cue attributes the
        # quotation before it (a single mark after punctuation closes one).
        return None
    last = cue.text.lower().split()[-1]
    if tokens and last in lex.bare_clause_cues:
        if any(t.lower in lex.relative_pronouns for t in tokens[1:5]):
            # "said Anthony Davis, who left …, would undergo": read past the relative clause
            tokens = attr.tokens_between(text, cue.end, s_end, _MOOD_TOKENS)
        k = 0
        while k < min(3, len(tokens) - 1) and tokens[k].lower in lex.skippable:
            k += 1  # "said on Tuesday it expected …"
        if k > 0 and tokens[k - 1].lower in lex.prepositions:
            return None  # "said on the stand last week": a place after the cue, no clause
        tokens = tokens[k:]
        first = tokens[0]
        if k > 0 and first.lower in lex.adverbial_subordinators:
            return None  # "told reporters as he arrived": when it was said, not what
        if k == 0 and last in lex.addressee_cues and first.lower in lex.determiners:
            # "told the committee the plan would fail": the addressee, then the clause;
            # "told the BBC on Monday after the vote": no clause at all.
            return _bare_subject(tokens[1:], lex) if len(tokens) > 1 else None
        if (
            first.lower in lex.pronouns
            or first.lower in lex.determiners
            or first.lower
            in ("i", "we", "you", "there", "this", "his", "her", "their", "its", "our")
        ):
            inverted = text[max(0, cue.start - 3) : cue.start].rstrip().endswith(
                ","
            ) and not attr.is_gerund(cue, lex)  # "…, saying it respects …": no inversion
            if (
                inverted
                and not any(t.lower in lex.bare_clause_verbs for t in tokens[:8])
                # "Jane Doe, a neighbour, said the fire started at night": a verb by its
                # ending after the subject
                and (len(tokens) < 2 or _bare_subject(tokens[1:], lex) is None)
            ):
                return None  # "…, said the minister John Hale": it attributes what is before
            return first.start
        return _bare_subject(tokens, lex)
    return None


def _after_colon(text: str, start: int, end: int, lex: Lexicon) -> int | None:
    """Where an unquoted statement starts after a reporting verb and a colon ("mahnte zur
    Vorsicht: Man dürfe …", "warned: inflation could rise again"): a clause in the
    reported mood, or one that opens with a pronoun, an article or a subject and its
    auxiliary. None for a quotation, a list or a phrase."""
    tokens = attr.tokens_between(text, start, end, _MOOD_TOKENS)
    if not tokens or tokens[0].text in _QUOTE_MARKS or len(tokens) < MIN_CLAUSE_WORDS:
        return None
    if lex.reported_mood:
        return tokens[0].start if _in_reported_mood(tokens, lex) else None
    first = tokens[0].lower
    if first in lex.pronouns or first in lex.determiners:
        return tokens[0].start if _bare_subject(tokens[1:], lex) is not None else None
    return _bare_subject(tokens, lex)


def _clause_after(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a bare clause (a subject, then its verb) opens ``text[start:end]``."""
    tokens = attr.tokens_between(text, start, end, 8)
    return bool(tokens) and _bare_subject(tokens, lex) is not None


def _bare_subject(tokens: list[attr.Token], lex: Lexicon) -> int | None:
    """Where a bare clause starts whose subject is a noun phrase ("said voters had given",
    "estimate July 2023 would"): an auxiliary follows within a few words. A pronoun or a
    determiner among those words starts it instead ("told reporters he would")."""
    first = tokens[0]
    if not lex.bare_clause_verbs or not first.is_word:
        return None
    tokens = _without_relative(tokens, lex)
    for k, tok in enumerate(tokens[1 : _BARE_VERB_REACH + 1], start=1):
        if not tok.is_word:
            return None
        if tok.lower in lex.bare_clause_verbs or (
            # "said sales slowed", "said Moscow remained": a past tense after a noun or a
            # name, not after "said in a statement", nor a name's word ("said Ahmed")
            tok.lower.endswith(lex.bare_clause_endings or ("\0",))
            and not tok.capitalized
            and len(tok.lower) > 4
            and first.lower not in lex.prepositions
            and (not first.capitalized or all(t.capitalized for t in tokens[:k]))
        ):
            if any(t.lower in lex.adverbial_subordinators for t in tokens[1:k]):
                return None  # "told reporters as he arrived": when it was said, not what
            for p in range(1, k):
                if tokens[p].lower in lex.pronouns or (
                    # not an article inside a phrase: "talks with the club had stalled"
                    tokens[p].lower in lex.determiners
                    and tokens[p - 1].lower not in lex.prepositions
                ):
                    return tokens[p].start
            return tokens[0].start
    return None


def _without_relative(tokens: list[attr.Token], lex: Lexicon) -> list[attr.Token]:
    """``tokens`` without a relative clause set off by commas after the first words ("said
    Anthony Davis, who left with a sore ankle, would undergo …"): the subject, then its verb."""
    for k in range(1, min(4, len(tokens) - 2)):
        if tokens[k].text == "," and tokens[k + 1].lower in lex.relative_pronouns:
            close = next(
                (j for j in range(k + 2, min(len(tokens), k + 25)) if tokens[j].text == ","),
                None,
            )
            if close is not None:
                return tokens[:k] + tokens[close + 1 :]
            return tokens
        if not tokens[k].is_word:
            return tokens
    return tokens


def back_reference_cue(text: str, start: int, end: int, lex: Lexicon) -> attr.Cue | None:
    """The reporting verb right after a pronoun pointing back that opens a sentence at
    ``start`` ("Lo ha detto …", "L'ha scritto …", "Das sagte …"), if there is one."""
    if not lex.back_references or not text[start : start + 5].lower().startswith(
        lex.back_references
    ):
        return None  # the common case, cheaply: no pointing word opens the sentence
    word = text[start : start + 12].split()[:1]
    low = word[0].lower() if word else ""
    ref = next(
        (r for r in lex.back_references if low == r or (r[-1] in "'’" and low.startswith(r))),
        None,
    )
    if ref is None:
        return None
    after = start + len(ref)
    cues = attr.find_cues(text, after, min(end, after + 40), lex)
    if not cues or text[after : cues[0].start].strip():
        return None
    return cues[0]


def _back_reference(
    text: str,
    before: tuple[int, int],
    sentence: tuple[int, int],
    quoted: list[tuple[int, int]],
    lex: Lexicon,
) -> Reported | None:
    """ "Il governo non aumenterà le tasse. Lo ha assicurato il ministro Giorgetti.": a
    sentence that opens by pointing back with a reporting verb reports the one before."""
    s_start, s_end = sentence
    cue = back_reference_cue(text, s_start, s_end, lex)
    if cue is None:
        return None
    who = attr.speaker_after(text, cue.end, s_end, lex, strict=True)
    if who is None or (who.speaker is None and who.mention is None):
        return None
    b_start, b_end = before
    if "\n\n" in text[b_end:s_start] or _overlaps(b_start, b_end, quoted):
        return None
    end = b_end
    while end > b_start and text[end - 1] in _TRAILING:
        end -= 1
    b_start = _after_dateline(text, b_start, end)
    if _words(text, b_start, end) < MIN_CLAUSE_WORDS:
        return None
    marker = Attribution(None, "unknown", cue=cue.text, cue_span=Span(cue.start, cue.end))
    return Reported(b_start, end, _merge(who, marker), cue.start)


# "ROMA - ", "LONDON, March 4 (Reuters) - ": where a news article's first sentence starts.
_DATELINE = re.compile(
    r"[A-ZÀ-Ý][A-ZÀ-Ý' .]+(?:,[^–—\n-]{1,40})?(?:\s*\([^()\n]{1,30}\))?\s[-–—]\s+"
)


# "München – ", "Berlin (Deutschland), 05.05.2024 – ": a place in mixed case, only where a
# paragraph opens.
# "Wolfsburg (dpa) - ": with an agency in brackets, a hyphen too.
_PARAGRAPH_DATELINE = re.compile(
    r"[A-ZÀ-Ý][\w'.]*(?: [A-ZÀ-Ý][\w'.]*){0,2}"
    r"(?:(?:\s*\([^()\n]{1,30}\))?(?:,[^–—\n-]{1,40})?\s[–—]|\s*\([^()\n]{1,30}\)\s-)\s+"
)


def _after_dateline(text: str, start: int, end: int) -> int:
    m = _DATELINE.match(text, start, end)
    if m is None and (start == 0 or text[start - 1] == "\n"):
        m = _PARAGRAPH_DATELINE.match(text, start, end)
    return m.end() if m is not None else start


def _cue_next(text: str, pos: int, end: int, lex: Lexicon) -> bool:
    """Whether a reporting verb follows ``pos`` at once ("che | ha poi aggiunto")."""
    cues = attr.find_cues(text, pos, min(end, pos + 40), lex)
    return bool(cues) and not text[pos : cues[0].start].strip()


def _subject_and_verb(tokens: list[attr.Token], lex: Lexicon) -> bool:
    """Where every noun is capitalised: whether these words open a clause, a subject and
    then a lower-case word that can only be its verb ("das stimme nicht", "die Zahlen
    stimmten nicht"), not an apposition ("die neue Chefin der Behörde")."""
    w = attr.words_of(lex)
    n = len(tokens)
    if not n or not tokens[0].is_word:
        return False
    k = 1  # a pronoun subject: "es", "er", or an article standing alone ("das stimme")
    if tokens[0].lower in w.articles:
        j = 1
        while j < n and tokens[j].is_word and tokens[j].text.islower():
            j += 1  # adjectives
        if j < n and tokens[j].capitalized and tokens[j].lower not in w.function:
            k = j + 1
            while k < n and tokens[k].capitalized:
                k += 1  # the noun, or a name
    elif not (tokens[0].lower in w.pronouns or tokens[0].lower in lex.impersonal_pronouns):
        return False
    if k >= n:
        return False
    verb = tokens[k]
    return (
        verb.is_word
        and verb.text.islower()
        and verb.lower not in w.articles_or_function
        and verb.lower not in lex.prepositions
        and verb.lower not in w.particles
    )


def _in_reported_mood(tokens: list[attr.Token], lex: Lexicon) -> bool:
    """Whether the clause these tokens open is reported: a verb in the reported mood, or
    an infinitive whose particle comes last ("…, die Polizisten angegriffen zu haben")."""
    words: list[str] = []
    for t in tokens[:_MOOD_TOKENS]:
        if t.text in ".;:!?,":
            break
        low = t.lower.rstrip(".")  # a token may carry the sentence's full stop
        if low in lex.reported_mood and not t.capitalized:  # not "die Folge", "im Laufe"
            return True
        words.append(low)
    zu = lex.final_infinitive
    if zu is None or len(words) < 3:
        return False
    last = words[-1]
    return (
        words[-2] == zu
        or (words[-3] == zu and last in ("haben", "sein", "werden"))
        or (
            zu in last[2:-3] and last.endswith("en")  # "abzuschalten", "herbeizuführen"
        )
    )


def opening_subject(text: str, s_start: int, end: int, lex: Lexicon) -> Attribution | None:
    """The subject a sentence opens with: "La Russia", "Il ministro", "Jens Stoltenberg",
    "Biden" (but a lone capitalised verb opens a sentence without a subject: "Chiede scusa",
    "Ha avvertito")."""
    s_start = _after_dateline(text, s_start, end)  # "WASHINGTON (AP) — President …"
    who = attr.speaker_after(text, s_start, end, lex, strict=True)
    if who is None or who.speaker is None or who.mention_span is None:
        return None
    comma = text.find(",", s_start, end)
    if (
        lex.gerund_suffixes
        and comma >= 0
        and who.mention_span.start == s_start
        and " " not in who.speaker
        and who.speaker.lower().endswith(lex.gerund_suffixes)
        # "Speaking on court,", not a surname ("Manning, who …,")
        and text[who.mention_span.end : who.mention_span.end + 2][-1:].islower()
    ):
        # "Speaking on court, Sinner thanked his team and said …", "Parlando ai giornalisti,
        # Meloni …": a participial phrase first; the subject follows its comma.
        return opening_subject(text, comma + 1, end, lex)
    who = _with_role_after(text, s_start, end, who, lex)
    if who.speaker is None:
        return None
    words = text[s_start:end].split()
    first = words[0].lower()
    if first in lex.determiners or first in lex.indefinite or len(who.speaker.split()) >= 2:
        return who
    verb_like = (
        first in lex.function_words
        or first in lex.prepositions  # "Di tutt'altro avviso la segretaria …": no subject
        or first in lex.passive_aux
        or bool(attr.find_cues(text, s_start, s_start + len(words[0]) + 1, lex))
        or first in ("ha", "hanno", "has", "have", "hat", "haben")
    )
    return None if verb_like else who


def _with_role_after(
    text: str, s_start: int, end: int, who: Attribution, lex: Lexicon
) -> Attribution:
    """A subject whose name qualifies the role after it: "A Halden spokesperson", "The
    Labour leader" (not "Halden", "Labour"); a name after the role is its holder's ("Biden
    spokesman Andrew Bates") and is kept."""
    assert who.mention_span is not None
    w = attr.words_of(lex)
    rest = attr.tokens_between(text, who.mention_span.end, end, 4)
    k = 0
    while (
        k < len(rest) and rest[k].is_word and (rest[k].lower in w.titles or rest[k].lower in w.anon)
    ):
        k += 1
    if k == 0 or (k < len(rest) and rest[k].capitalized):
        return who
    whole = attr.speaker_before(text, s_start, rest[k - 1].end, lex)
    return whole if whole is not None and whole.speaker is not None else who


def coordinated(text: str, s_start: int, cue_start: int, lex: Lexicon) -> bool:
    """The cue follows a conjunction ("… e | ha definito", "… und | sprach von"): it shares
    the subject of the verb before it."""
    before = text[max(s_start, cue_start - 12) : cue_start].lower().split()
    return bool(before) and before[-1] in lex.conjunctions


def _reporting(cue: attr.Cue, text: str, s_start: int, lex: Lexicon) -> bool:
    """A cue that can introduce reported speech: not a naming verb, not passive."""
    last = cue.text.lower().split()[-1]
    if last in lex.naming_cues:
        return False
    words = _clause_words_before(text, s_start, cue)
    if _negated(cue, words, text, lex):
        return False  # "did not say whether …", "gab nicht bekannt, wohin …"
    while words and words[-1] in lex.cue_adverbs:
        words.pop()  # "it is not even said"
    if lex.refusals and any(w in lex.refusals for w in words[-4:]):
        return False  # "declined to say whether …", "si è rifiutato di dire se …"
    if (
        words
        and words[-1] in lex.clause_openers
        and words[-1] not in lex.as_markers
        and " " not in cue.text
    ):
        return False  # "not to return until told it was safe": a passive, nobody's words
    # An auxiliary before a phrase is its perfect, not a passive: "ist zu dem Ergebnis
    # gekommen, dass …".
    return not (words and words[-1] in lex.passive_aux and " " not in cue.text)


_CLAUSE_PART = re.compile(r"[^,;:.!?«»“”„\"]*")


def _clause_words_before(text: str, s_start: int, cue: attr.Cue) -> list[str]:
    """The words of the cue's clause before it, in lower case (up to 40 characters)."""
    return re.split(r"[,;:.]", text[max(s_start, cue.start - 40) : cue.start].lower())[-1].split()


def negated_cue(text: str, s_start: int, cue: attr.Cue, lex: Lexicon) -> bool:
    """Whether the cue is negated: its subject did not say what follows ("le vittime non
    avevano denunciato: «…»", "did not say: “…”")."""
    return _negated(cue, _clause_words_before(text, s_start, cue), text, lex)


def _negated(cue: attr.Cue, before: list[str], text: str, lex: Lexicon) -> bool:
    """Whether a negation stands right before the cue ("did not say") or, where the verb
    comes second, after it in its clause ("gab nicht bekannt"), and is no "not only"."""
    if not lex.negations:
        return False
    # Where the verb comes second, a negation after it and before the clause's end negates
    # it: "sagte (er) nicht, ob …", "gab die JAT nicht bekannt."
    after: list[str] = []
    if lex.verb_second:
        rest = _CLAUSE_PART.match(text, cue.end)
        words = rest.group().lower().split() if rest else []
        after = words if len(words) <= 6 else []
    for words in (before[-2:], after):
        for k, word in enumerate(words):
            if word in lex.negations and not (k + 1 < len(words) and words[k + 1] in lex.not_only):
                return True
    return False


def find_reported(
    text: str, sentences: list[tuple[int, int]], quoted: list[tuple[int, int]], lex: Lexicon
) -> list[Reported]:
    """Every reported-speech clause outside the quoted spans, in text order."""
    out: list[Reported] = []
    taken: list[tuple[int, int]] = []
    by_verb: dict[int, int] = {}  # a clause reported by a verb's start: where the verb is

    def verb_reports_in(outer: Reported) -> set[int]:
        """The starts of clauses taken whose reporting verb stands inside ``outer``."""
        return {a for a, cue in by_verb.items() if outer.start <= cue < outer.end}

    exact: set[tuple[int, int]] = set()
    # One scan of the article for "according to" phrases; sentences with neither such a
    # phrase nor a cue cannot report anything and are skipped at once.
    marks = sorted(
        m.start()
        for rx in (
            _phrase_regex(lex.according_to),
            _phrase_regex(lex.according_to_post),
            _pattern_regex(lex.according_to_patterns),
            _post_regex(lex),
            _phrase_regex(lex.anaphoric_sources),
            _phrase_regex(lex.according_to_relative),
        )
        if rx is not None
        for m in rx.finditer(text)
    )
    for s_start, s_end in sentences:
        i = bisect.bisect_left(marks, s_start)
        has_mark = i < len(marks) and marks[i] < s_end
        if not has_mark and not attr.find_cues(text, s_start, s_end, lex):
            continue
        hits = _in_sentence(text, s_start, s_end, quoted, lex, has_mark)
        for k, found in enumerate(hits):
            parts = [found]
            if k + 1 < len(hits) and hits[k + 1].continues_previous:
                parts.append(hits[k + 1])  # a statement split by its source: judged whole
            elif found.continues_previous:
                continue
            if sum(_words(text, p.start, p.end) for p in parts) < MIN_CLAUSE_WORDS or (
                len(parts) == 1 and found.end - found.start < 8
            ):
                continue
            if (
                len(parts) == 2
                and _overlaps(parts[0].start, parts[0].end, quoted)
                and _in_reported_mood(
                    attr.tokens_between(text, parts[1].start, parts[1].end, _MOOD_TOKENS), lex
                )
            ):
                # "„A“, so die Agentur, B": the quotation is the statement's first part; the
                # clause after the source its reported rest.
                parts = [replace(parts[1], continues_previous=False)]
            if any(_overlaps(p.start, p.end, quoted) for p in parts):
                continue
            if _only_a_source(parts[0].start, parts[-1].end, hits):
                continue  # "Secondo fonti diplomatiche, | diversi governi chiedono …"
            if _words(text, parts[0].start, parts[-1].end) < MIN_CLAUSE_WORDS:
                continue
            if any(
                a < p.end
                and p.start < b
                and not (a <= p.start and p.end <= b)
                # "Meloni ha promesso di tagliare le tasse, ha detto il suo portavoce": a
                # statement may hold another's report whole, reporting verb and all.
                and not (p.start <= a and b <= p.end and a in verb_reports_in(p))
                for a, b in taken
                for p in parts
            ):
                continue
            if any((p.start, p.end) in exact for p in parts):
                continue  # the same clause found by another rule
            exact.update((p.start, p.end) for p in parts)
            taken.extend((p.start, p.end) for p in parts)
            by_verb.update(
                (p.start, p.who.cue_span.start)
                for p in parts
                if p.who is not None
                and p.who.cue_span is not None
                # a verb, not an "according to" ("wonach", "secondo cui")
                and attr.find_cues(text, p.who.cue_span.start, p.who.cue_span.end, lex)
            )
            out.extend(parts)
    for k in range(1, len(sentences)):
        back = _back_reference(text, sentences[k - 1], sentences[k], quoted, lex)
        if back is not None and not any(a < back.end and back.start < b for a, b in taken):
            out.append(back)
    out.sort(key=lambda r: r.start)
    return out


def _only_a_source(start: int, end: int, hits: list[Reported]) -> bool:
    """Whether ``start:end`` is nothing but the "according to" phrase and source of
    another statement of the sentence ("Secondo fonti diplomatiche,"): whose words, not
    words."""
    return any(
        h.who is not None
        and h.who.cue_span is not None
        and h.who.mention_span is not None
        and h.who.cue_span.start == start
        and h.who.mention_span.end >= end
        for h in hits
    )


def _names_the_quotation(text: str, start: int, end: int, s_start: int, s_end: int) -> bool:
    """Whether an "according to" phrase at ``text[start:end]`` follows a quotation's
    closing mark and a comma and ends its sentence with a short source: it names who said
    the quotation, and no clause of its own follows ("«…», secondo il sindaco X.")."""
    lead = text[max(s_start, start - 4) : start]
    if not lead.rstrip().endswith(",") or lead.rstrip(" ,")[-1:] not in _QUOTE_MARKS:
        return False
    rest = text[end:s_end].strip().rstrip(".!?;")
    return "," not in rest and len(rest.split()) <= 8


def _in_sentence(
    text: str,
    s_start: int,
    s_end: int,
    quoted: list[tuple[int, int]],
    lex: Lexicon,
    has_mark: bool = True,
) -> list[Reported]:
    found: list[Reported] = []
    # According to X; the patterns first: "laut Medienberichten" names "Medien", where the
    # plain phrase would name the whole word.
    prx = _pattern_regex(lex.according_to_patterns) if has_mark else None
    if prx is not None:
        for m in prx.finditer(text, s_start, s_end):
            named = next((g for g in m.groups() if g), None)
            if named and not _inside(m.start(), quoted):
                found.extend(_according(text, m.start(), m.end(), s_start, s_end, lex, named))
    rx = _phrase_regex(lex.according_to) if has_mark else None
    rel = _phrase_regex(lex.according_to_relative) if has_mark else None
    if rx is not None:
        for m in rx.finditer(text, s_start, s_end):
            if rel is not None and rel.match(text, m.start()):
                continue  # "according to which": the relative phrase, below
            if _names_the_quotation(text, m.start(), m.end(), s_start, s_end):
                continue  # "«…», secondo il sindaco X.": the quotation's source, no clause
            if not _inside(m.start(), quoted):
                found.extend(_according(text, m.start(), m.end(), s_start, s_end, lex))
    ana = _phrase_regex(lex.anaphoric_sources) if has_mark else None
    if ana is not None:
        for m in ana.finditer(text, s_start, s_end):
            if not _inside(m.start(), quoted):
                found.extend(
                    _according(text, m.start(), m.end(), s_start, s_end, lex, anaphoric=True)
                )
    if rel is not None:
        for m in rel.finditer(text, s_start, s_end):
            if not _inside(m.start(), quoted):
                found.extend(_according_relative(text, m, s_start, s_end, lex))
    post_rx = _post_regex(lex) if has_mark else None
    if post_rx is not None:
        for m in post_rx.finditer(text, s_start, s_end):
            if not _inside(m.start(), quoted):
                found.extend(_post_source(text, m, s_start, s_end, lex))
    post = _phrase_regex(lex.according_to_post) if has_mark else None
    if post is not None:
        for m in post.finditer(text, s_start, s_end):
            lead = text[s_start : m.start()].split()
            if lead and lead[0].lower() in lex.possessives:
                # "Seiner Aussage zufolge": his, hers: the speaker in context.
                phrase = " ".join(lead)
                src: Attribution | None = Attribution(None, "unknown", phrase, None, None)
            else:
                src = attr.speaker_before(text, s_start, m.start(), lex)
            post_start = m.end()
            while post_start < s_end and text[post_start] in " ,":
                post_start += 1
            end = _clause_end(text, post_start, s_end, lex)
            if src is not None and end is not None and end > post_start:
                found.append(Reported(post_start, end, src, m.start()))
    as_rx = _phrase_regex(lex.as_markers)
    as_start = as_rx is not None and as_rx.match(text, s_start) is not None
    last_who: Attribution | None = None
    generic = _generic_regex(lex)
    prev_cue: attr.Cue | None = None
    for cue in attr.find_cues(text, s_start, s_end, lex):
        before_cue, prev_cue = prev_cue, cue
        if _inside(cue.start, quoted) or not _reporting(cue, text, s_start, lex):
            continue
        if generic is not None and generic.search(text, max(s_start, cue.start - 30), cue.start):
            continue  # "those who say …": nobody's statement
        who_cue = Attribution(None, "unknown", cue=cue.text, cue_span=Span(cue.start, cue.end))
        head = text[s_start : cue.start]
        # Come ha detto X, CLAUSE / Wie X sagte, CLAUSE.
        if as_start and "," in text[cue.end : s_end]:
            comma = text.index(",", cue.end)
            if comma - cue.end < 80:
                who = attr.speaker_after(text, cue.end, comma, lex) or attr.speaker_before(
                    text, s_start, cue.start, lex
                )
                end = _clause_end(text, comma + 1, s_end, lex)
                if end is not None:
                    start = comma + 1
                    while start < end and text[start].isspace():
                        start += 1
                    found.append(Reported(start, end, _merge(who, who_cue), cue.start))
                continue
        # X ha detto che CLAUSE.
        c_start = _forward(text, cue, s_end, lex)
        later = _after_quoted_fragment(text, cue, s_end, quoted, lex)
        if c_start is None and later is not None:
            c_start = cue.end  # the fragment's clause has no complementizer before it
        if c_start is not None:
            while c_start < s_end and text[c_start].isspace():
                c_start += 1
            if c_start < s_end and text[c_start] in _QUOTE_MARKS and later is None:
                continue  # «...»: a quotation, not reported speech
            gerund = attr.is_gerund(cue, lex)
            if coordinated(text, s_start, cue.start, lex) or gerund:
                # "Milley ha detto che … e ha affermato che …", "La Russia nega … e dice di",
                # "La Russia ha respinto …, affermando di": the subject of the first verb.
                who = (
                    attr.absolute_subject(text, s_start, cue, lex)
                    or last_who
                    or subject_of_verb_before(text, s_start, before_cue, cue, lex)
                    or opening_subject(text, s_start, cue.start, lex)
                )
            else:
                who = attr.subject_of(text, s_start, cue.start, cue.end, c_start, lex)
            end = _clause_end(text, c_start, s_end, lex)
            if end is None and later is not None:
                # "said the plan was “legally sound” and that the bloc could not wait": the
                # first statement is the quotation's (the partial), the one after "and
                # that" is reported.
                c_start, end = later, _clause_end(text, later, s_end, lex)
            first = _reported_head(text, s_start, cue, who, lex)
            if end is not None and first is not None:
                # "Die Lage sei ernst, sagte der Minister, die Regierung werde handeln": the
                # statement stands on both sides of its inverted attribution.
                merged = _merge(who, who_cue)
                found.append(Reported(first[0], first[1], merged, cue.start))
                found.append(Reported(c_start, end, merged, cue.start, continues_previous=True))
                continue
            if end is not None:
                # "said that A and that B": two statements, one source.
                second = _second_clause(text, c_start, end, lex)
                first_end = end if second is None else second[0]
                found.append(Reported(c_start, first_end, _merge(who, who_cue), cue.start))
                if second is not None:
                    found.append(Reported(second[1], end, _merge(who, who_cue), cue.start))
                if who is not None and who.speaker is not None:
                    last_who = who
            continue
        # CLAUSE, ha detto X / CLAUSE, X said.
        comma = _last_comma(head)
        opener = head.split()[0].lower() if head.split() else ""
        if (
            comma > 0
            and not any(ch in _QUOTE_MARKS for ch in head)
            # "Während 33 Prozent …, berichten nur zwölf Prozent": a subordinate clause
            # before the verb is no statement reported by it.
            and opener not in lex.not_after_comma
            # "Trotz der Anwesenheit der Truppe, die …, erklärte X den Notstand": where the
            # verb comes second, a phrase opened by a preposition with no verb of its own
            # before the comma is the adverbial of the cue's clause ("Für Kleinkinder ist
            # die Belastung ein Problem, schreibt X" has one)
            and not (
                lex.verb_second
                and opener in lex.prepositions
                # the words after the preposition, up to the comma
                and not _content_words(" ".join(head.split(",", 1)[0].split()[1:]), lex)
            )
        ):
            segments = [part.split() for part in head[:comma].split(",")]
            if (
                len(segments) == 2
                and len(segments[0]) <= 5
                and segments[1][:1]
                and segments[1][0].lower() in lex.relative_pronouns
            ):
                # "Il corridore abruzzese, che correva in casa, ha spiegato …": a subject and
                # its relative clause, no statement.
                continue
            between = text[s_start + comma + 1 : cue.start]
            first_word = between.split()[0].lower() if between.split() else ""
            if first_word in lex.conjunctions:
                continue  # "CLAUSE, and forecasters warned of …": a clause of its own
            relative = first_word in lex.complementizers or first_word in lex.relative_pronouns
            # "CLAUSE, wie der Staatsanwalt mitteilte": an attribution, not a relative.
            as_after = first_word in lex.as_markers
            if text[cue.end : cue.end + 3].lstrip().startswith(":"):
                continue  # "X, für den …, erklärte: „…“": the cue opens what follows
            colon = text.find(":", cue.end, min(s_end, cue.end + 80))
            if (
                colon >= 0
                and "," not in text[cue.end : colon]
                and (
                    # "In una delle intercettazioni, uno degli indagati si lamenta con un
                    # complice: «…»": the cue and its listener open the quotation after them
                    (
                        colon < cue.end + 60
                        and text[colon + 1 : colon + 4].lstrip()[:1] in _QUOTE_MARKS
                    )
                    # "Auf die Frage, ob …, antwortete der Minister: „…“": the head is the
                    # question; the cue and its subject open what follows the colon.
                    or any(w.strip(",").lower() in lex.question_markers for w in head.split())
                )
            ):
                continue
            # The attribution runs to the next comma: "…, hanno detto diplomatici, anche se …".
            tail_end = text.find(",", cue.end, s_end)
            tail_end = s_end if tail_end < 0 else tail_end
            tail_words = len(text[cue.end : tail_end].split())
            clause_words = _content_words(head[:comma], lex)
            tail = [t.lower for t in attr.tokens_between(text, cue.end, tail_end) if t.is_word]
            # With the subject before the cue, what follows it up to the comma is a time, a
            # place or an addressee ("said on Monday", "ha detto ai giornalisti"), never an
            # object: "ha ripetuto i suoi appelli" reports no clause before it.
            takes_object = (
                bool(between.strip())
                and not as_after  # "…, come ha detto il sindaco": its subject follows
                and bool(tail)
                and (tail[0] not in lex.prepositions | set(lex.skippable))
            )
            # A head with its own reporting verb is the reporter's sentence.
            # "The mayor, Tom Hale, said …": the words before the cue are its subject.
            subject = attr.speaker_before(text, s_start, cue.start, lex)
            whole_subject = (
                subject is not None
                and subject.speaker is not None
                and subject.mention_span is not None
                and not text[s_start : subject.mention_span.start]
                .replace(subject.description or "\0", "")
                .strip(" ,")
            )
            # (Not when a subject of its own stands before the cue: "Meloni promised to cut
            # taxes, her spokesman said" reports what the spokesman said she promised.)
            own_cue = whole_subject or (
                not _subject_after_comma(text, s_start, cue.start, lex)
                and not (not between.strip() and _inverted_after(text, cue, s_end, lex))
                and any(
                    _reporting(c, text, s_start, lex)
                    for c in attr.find_cues(text, s_start, s_start + comma, lex)
                )
            )
            gerund = attr.is_gerund(cue, lex)
            if (
                len(between.split()) <= 6
                and not gerund
                and not relative
                and tail_words <= 12
                and clause_words
                and not takes_object
                and not own_cue
                # "The IFS, a think tank, said the government had …": a clause of its own
                # after the cue, whose subject is no inverted source
                and not _clause_after(text, cue.end, tail_end, lex)
            ):
                who = (
                    attr.speaker_before(text, s_start + comma + 1, cue.start, lex)
                    if between.strip()
                    else None
                ) or attr.speaker_after(text, cue.end, tail_end, lex)
                if (
                    lex.verb_second
                    and (who is None or (who.speaker is None and who.mention is None))
                    # "…, hieß es": the impersonal, a source of its own
                    and not (tail and tail[0].rstrip(".") in lex.impersonal_pronouns)
                ):
                    # "Oxfam begrüßte die Entscheidung, fordert aber …": where the verb comes
                    # second, a cue after a comma with no subject goes on with the clause's.
                    continue
                if (
                    who is not None
                    and who.kind == "anonymous"
                    and not _unnamed_source(who.mention or who.speaker or "", lex)
                ):
                    # "La Cgil, in una nota, ha annunciato uno sciopero": an object after the
                    # cue, no unnamed source ("ha detto un portavoce").
                    continue
                end = s_start + comma
                while end > s_start and text[end - 1] in _TRAILING:
                    end -= 1
                start = _after_connective(text, _after_dateline(text, s_start, end), end, lex)
                found.append(Reported(start, end, _merge(who, who_cue), cue.start))
                rest = (
                    _parenthetical_rest(text, tail_end, s_end, lex)
                    if between.strip()
                    else _reported_rest(text, tail_end, s_end, lex)
                )
                if rest is not None:
                    # "The main goal, the government said, is to reassure allies": the
                    # attribution stands inside the statement, which goes on after it.
                    found.append(
                        Reported(
                            rest[0],
                            rest[1],
                            _merge(who, who_cue),
                            cue.start,
                            continues_previous=True,
                        )
                    )
    return found


def subject_of_verb_before(
    text: str, s_start: int, before: attr.Cue | None, cue: attr.Cue, lex: Lexicon
) -> Attribution | None:
    """The subject of the verb right before a gerund cue, past a comma ("Some residents
    refused to leave, he said, adding that …": he, not "Some residents")."""
    if before is None or text[before.end : cue.start].strip() != ",":
        return None
    who = attr.speaker_before(text, s_start, before.start, lex)
    return who if who is not None and (who.speaker is not None or who.mention) else None


def _content_words(span: str, lex: Lexicon) -> list[str]:
    """The lower-case words of ``span`` that are no function words: what makes it a clause
    ("Für Kleinkinder ist die Belastung ein besonderes Problem"), not a bare phrase
    ("Trotz der Anwesenheit der Eingreiftruppe")."""
    return [w for w in span.split() if w[:1].islower() and w.lower() not in lex.function_words]


def _after_connective(text: str, start: int, end: int, lex: Lexicon) -> int:
    """Past a connective and its comma opening a clause ("Meanwhile, …", "Intanto, …")."""
    comma = text.find(",", start, min(end, start + 20))
    if comma < 0 or text[start:comma].strip().lower() not in lex.connectives:
        return start
    start = comma + 1
    while start < end and text[start].isspace():
        start += 1
    return start


def _after_quoted_fragment(
    text: str, cue: attr.Cue, s_end: int, quoted: list[tuple[int, int]], lex: Lexicon
) -> int | None:
    """Where a second statement starts when the cue's clause holds a quotation and goes on
    with a conjunction and a complementizer ("said the proposal was “legally sound” and
    that the bloc …", "ha detto che è «solida» e che …", "sagte, er sei „solide“ und dass
    …"); None if no quotation stands in the cue's clause or no such statement follows."""
    rx = _second_regex(lex)
    i = bisect.bisect_left(quoted, (cue.end, -1))
    if rx is None or i == len(quoted):
        return None
    q_start, q_end = quoted[i]
    if q_start >= s_end or q_start - cue.end > _MAX_FRAGMENT_GAP:
        return None
    m = rx.search(text, q_end, s_end)
    if m is None or any(ch in _QUOTE_MARKS for ch in text[q_end + 1 : m.start()]):
        return None
    # Nothing between belongs to another statement's verb.
    if attr.find_cues(text, cue.end, q_start, lex) or attr.find_cues(text, q_end, m.start(), lex):
        return None
    return m.end()


_MAX_FRAGMENT_GAP = 150  # characters between a cue and a quotation in its clause


def _reported_head(
    text: str, s_start: int, cue: attr.Cue, who: Attribution | None, lex: Lexicon
) -> tuple[int, int] | None:
    """The clause before an inverted attribution set off by commas (", sagte der Minister,"),
    when it is in the reported mood: the statement's first part."""
    head = text[s_start : cue.start].rstrip()
    if (
        not lex.reported_mood
        or not head.endswith(",")
        or who is None
        or who.mention_span is None
        or who.mention_span.start < cue.end
        or any(ch in head for ch in _QUOTE_MARKS)
    ):
        return None
    end = s_start + len(head) - 1
    while end > s_start and text[end - 1] in _TRAILING:
        end -= 1
    start = _after_connective(text, _after_dateline(text, s_start, end), end, lex)
    words = text[start:end].split()
    if len(words) < MIN_CLAUSE_WORDS or words[0].lower() in lex.not_after_comma:
        return None
    if not _in_reported_mood(attr.tokens_between(text, start, end, _MOOD_TOKENS), lex):
        return None
    return start, end


def _reported_rest(text: str, comma: int, s_end: int, lex: Lexicon) -> tuple[int, int] | None:
    """After ", sagt sie,": the rest of the sentence, when it is in the reported mood
    ("…, nachdem ihre Eltern gestorben seien")."""
    if comma >= s_end or not lex.reported_mood or text[comma : comma + 1] != ",":
        return None
    start = comma + 1
    while start < s_end and text[start].isspace():
        start += 1
    end = _clause_end(text, start, s_end, lex)
    if end is None or end <= start:
        return None
    if not _in_reported_mood(attr.tokens_between(text, start, end, 3 * _MOOD_TOKENS), lex):
        return None
    return start, end


def _parenthetical_rest(text: str, comma: int, s_end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The statement's second part after a parenthetical attribution, if the words after
    its closing comma carry on the statement (a verb, not "anche se", "while", "und")."""
    if comma >= s_end:
        return None
    start = comma + 1
    while start < s_end and text[start].isspace():
        start += 1
    words = text[start:s_end].split()
    if not words:
        return None
    first = words[0].lower().strip(",;")
    stop = set(lex.conjunctions) | set(lex.complementizers) | set(lex.skippable)
    if not words[0][:1].islower() or first in lex.function_words or first in stop:
        return None
    if attr.find_cues(text, start, start + len(words[0]), lex):
        return None  # "…, he said, adding that …": a statement of its own, not the rest
    end = _clause_end(text, start, s_end, lex)
    if end is None or end <= start:
        return None
    return start, end


def _according_relative(
    text: str, m: re.Match[str], s_start: int, s_end: int, lex: Lexicon
) -> list[Reported]:
    """ "… the National Weather Office, according to which CLAUSE": the office reports it."""
    src_end = m.start()
    while src_end > s_start and text[src_end - 1] in " ,":
        src_end -= 1
    who = attr.antecedent(text, s_start, src_end, lex) or _document_before(
        text, s_start, src_end, lex
    )
    c_start = m.end()
    while c_start < s_end and text[c_start] in " ,":
        c_start += 1
    # A relative clause is over at its first comma: the main clause goes on after it
    # ("…, wonach das Verbot unrechtmäßig ist, hatten Studenten Proteste angekündigt").
    comma = _comma(text, c_start, s_end)
    end = _clause_end(text, c_start, comma if comma > 0 else s_end, lex)
    if who is None or end is None or end <= c_start:
        return []
    cue = Attribution(
        None, "unknown", cue=text[m.start() : m.end()], cue_span=Span(m.start(), m.end())
    )
    return [Reported(c_start, end, _merge(who, cue), m.start())]


def _document_before(text: str, s_start: int, end: int, lex: Lexicon) -> Attribution | None:
    """The report a relative "according to which" points back to past its clause's verb
    ("wies einen Bericht der Süddeutschen Zeitung als Panikmache zurück, wonach …",
    "hatten Berichte gesorgt, wonach …"): whose report it is, else the report itself."""
    if not lex.document_nouns:
        return None
    tokens = attr.tokens_between(text, s_start, end)
    docs = lex.document_nouns
    k = next(
        (
            j
            for j in range(len(tokens) - 1, -1, -1)
            # "Berichte": a plural of the lexicon's singular
            if tokens[j].lower in docs or tokens[j].lower.removesuffix("e") in docs
        ),
        None,
    )
    if k is None or any(t.text in ",;:" for t in tokens[k:]):
        return None
    run = k + 2
    declining = {d.determiner for d in lex.declensions}
    if run < len(tokens) and tokens[k + 1].lower in declining:
        # "ein Bericht der Süddeutschen Zeitung": its owner
        while run < len(tokens) and tokens[run].capitalized:
            run += 1
        if run > k + 2:
            owner = attr.antecedent(text, tokens[k + 1].start, tokens[run - 1].end, lex)
            if owner is not None:
                return owner
    doc = tokens[k]  # "Berichte": unnamed, a source of this article only
    return Attribution(doc.text, "anonymous", doc.text, Span(doc.start, doc.end))


def _before_relative(source: str, lex: Lexicon) -> str:
    """A source up to a relative clause that describes it ("people familiar with the matter
    | who asked not to be named …"); a relative pronoun that is also an article ("der")
    is left alone."""
    words = source.split()
    for i, word in enumerate(words[1:], start=1):
        low = word.lower()
        if low in lex.relative_pronouns and low not in lex.determiners:
            return " ".join(words[:i])
    return source


def _according(
    text: str,
    m_start: int,
    m_end: int,
    s_start: int,
    s_end: int,
    lex: Lexicon,
    embedded: str | None = None,
    *,
    anaphoric: bool = False,
) -> list[Reported]:
    """ "Secondo X, CLAUSE" at the start of a sentence, ", CLAUSE, according to X" at its end,
    or the source inside the sentence ("Ursache war laut Polizei zu geringer Abstand"): then
    the words before it are the statement's first part and the clause its second.

    ``embedded``: the source named inside the phrase itself ("nach Polizeiangaben");
    ``anaphoric``: the phrase points back to the source in context ("demnach").
    """
    lead = text[s_start:m_start].strip(" ,")
    before_comma = text[s_start:m_start].rstrip().endswith(",")
    after = text[m_end : m_end + 30].split(None, 2)
    if (
        embedded is None
        and not anaphoric
        and after
        and after[0].lower() in lex.prepositions
        # a name's particle ("laut von der Leyen", "secondo al-Sisi")
        and not (
            after[0].lower() in lex.name_particles and len(after) > 1 and after[1][:1].isupper()
        )
    ):
        # "Thomas, secondo al traguardo, ha ammesso …": an ordinal or an adjective, no
        # source (a source is a noun phrase: "secondo il ministro", "laut Polizei").
        return []
    if anaphoric:
        c_start = m_end
        while c_start < s_end and text[c_start] in " ,":
            c_start += 1
        who: Attribution | None = Attribution(
            None, "unknown", text[m_start:m_end], Span(m_start, m_end), None
        )
        if text[m_start:m_end].lower() in lex.own_sources:
            # "Der Fahrer wusste nach eigenen Angaben …", "Eigenen Angaben zufolge wusste der
            # Fahrer …": the clause's own subject, before the phrase or after its verb.
            own = (
                (
                    opening_subject(text, s_start, m_start, lex)
                    or _subject_after_inverted_verb(text, s_start, m_start, lex)
                )
                if lead
                else _subject_after_verb(text, c_start, s_end, lex)
            )
            if own is not None and own.speaker is not None:
                who = replace(own, cue=text[m_start:m_end], cue_span=Span(m_start, m_end))
    elif embedded is None:
        tail = text[m_end:s_end].strip(_TRAILING)
        if lead and before_comma and len(lead.split()) > 2:
            # Clause first: "CLAUSE, according to X." The source ends at a comma: what
            # follows describes it ("…, according to two people familiar with the matter,
            # who spoke on condition of anonymity …").
            parts = tail.split(",", 1)
            if len(parts) > 1 and parts[1].lstrip()[:1] in _QUOTE_MARKS:
                # "Un dato che, secondo il viceministro X, «conferma …»": the source is set
                # off inside the sentence, and the quotation after it is the statement.
                return []
            tail = _before_relative(_source_part(parts[0].strip(_TRAILING), lex), lex)
            if not tail or len(tail.split()) > 8:
                return []
            if any(
                _reporting(c, text, s_start, lex) and _forward(text, c, m_start, lex) is not None
                for c in attr.find_cues(text, s_start, m_start, lex)
            ):
                # "Reeves insisted that the rules were not negotiable, according to the
                # Financial Times": the verb's subject said it; the source only reports it.
                return []
            end = m_start
            while end > s_start and text[end - 1] in _TRAILING:
                end -= 1
            first = _after_dateline(text, s_start, end)  # "WASHINGTON — CLAUSE, …"
            return [Reported(first, end, source_of(tail, m_start, m_end, text, lex), m_start)]
        # Source first: the clause follows the source phrase.
        named_source: Attribution | None = None
        comma = _comma(text, m_end, s_end)
        source_words = len(text[m_end:comma].split()) if comma >= 0 else 0
        if (
            0 <= comma - m_end < 90
            and not (lead and not before_comma)
            # Where nouns are capitalised the source is found by its capitals; a comma
            # this far away ends the statement's first clause ("Nach Angaben der Polizei
            # hat man die Straße gesperrt, die …").
            and not (lex.capitalized_nouns and source_words > _MAX_SOURCE_WORDS)
        ):
            src_end, c_start = comma, comma + 1
            nxt = _comma(text, c_start, s_end)
            apposed = attr.apposed_name(text, text[m_end:comma], comma, s_end, lex)
            if apposed is not None:
                # "Secondo il capogruppo del Pd, Chiara Braga, la riforma …": the role,
                # then the person who holds it, then the statement.
                named_source, close = apposed
                c_start = close + 1
            elif nxt > 0 and _apposition(text[c_start:nxt], lex):
                # "According to Andrew Roth, Russia's senior journalist …, it has become
                # …": who the source is, then the statement.
                c_start = nxt + 1
        else:
            # No comma (German "Laut Polizei wurde ..."): the source is the capitalised run,
            # with the article and adjectives before it ("des ägyptischen Ministeriums").
            tokens = attr.tokens_between(text, m_end, s_end)
            w = attr.words_of(lex)
            k = 0
            seen_cap = False
            # Opening the sentence where the verb comes second, the source runs up to the verb.
            opens = lex.verb_second and not lead
            while (
                k < len(tokens)
                and (
                    tokens[k].capitalized
                    # Agencies written in lower case: "laut dpa", "der Nachrichtenagentur ddp".
                    or tokens[k].text in w.lower_names
                    # An institution's name goes on after its joiner: "Landesamt für Geologie".
                    or (
                        k > 0
                        and tokens[k].lower in w.joiners
                        and attr.institution_word(tokens[k - 1], w)
                        and k + 1 < len(tokens)
                        and tokens[k + 1].capitalized
                    )
                    # After the source's name only an "of" goes on with it ("Angaben der
                    # Polizei"), not another noun phrase ("laut Westfalen-Blatt die Polizei").
                    or (
                        tokens[k].lower in lex.determiners + lex.indefinite
                        and (not seen_cap or tokens[k].lower in attr.OF_WORDS)
                    )
                    # "secondo gli investigatori | il 34enne avrebbe …": an unnamed source's
                    # head noun in lower case, right after its article
                    or (
                        not seen_cap
                        and not lex.capitalized_nouns
                        and k > 0
                        and tokens[k - 1].lower in w.articles
                        and tokens[k].lower in w.anon
                    )
                    # "von der Leyen", not "AFP zu hören": a particle before a capital only
                    or (
                        tokens[k].lower in lex.name_particles
                        and k + 1 < len(tokens)
                        and tokens[k + 1].capitalized
                    )
                    or (k > 0 and attr.glued(tokens[k - 1], tokens[k]))
                    # "Nach einer Umfrage von Juli 2015": when the document is from.
                    or (k > 0 and tokens[k].text.isdigit() and tokens[k - 1].lower in lex.months)
                    # "der Vereinten Nationen (UNCTAD)": the short name in brackets
                    or (
                        seen_cap
                        and tokens[k].text in "()"
                        and _acronym_at(tokens, k - 1 if tokens[k].text == ")" else k + 1)
                    )
                    or (seen_cap and _acronym_at(tokens, k))
                    # "Institut der | deutschen | Wirtschaft": an adjective between the
                    # article of a genitive and its noun
                    or (
                        seen_cap
                        and lex.capitalized_nouns
                        and tokens[k - 1].lower in attr.OF_WORDS
                        and tokens[k].text.isalpha()
                        and tokens[k].text.islower()
                        and tokens[k].lower not in lex.function_words
                        and k + 1 < len(tokens)
                        and tokens[k + 1].capitalized
                    )
                    # A phrase describing the source: "Laut einer Umfrage unter 384 Unternehmen
                    # der IHK | blickt", "Nach Aussage des Landesamtes mit Sitz in Mainz | lag".
                    or (
                        opens
                        and seen_cap
                        and tokens[k].lower in lex.source_prepositions
                        and k + 1 < len(tokens)
                        and tokens[k + 1].lower not in w.skippable
                        and (
                            tokens[k + 1].capitalized
                            or tokens[k + 1].text[:1].isdigit()
                            or tokens[k + 1].lower in lex.determiners + lex.indefinite
                        )
                    )
                    or (
                        opens
                        and k > 0
                        and tokens[k].text[:1].isdigit()
                        and tokens[k - 1].lower in lex.source_prepositions
                    )
                    # "Industrie- und Handelskammer", "Geologie und Bergbau": one name
                    or (
                        opens
                        and seen_cap
                        and (tokens[k].lower in w.conjunctions or tokens[k].text == "-")
                        and k + 1 < len(tokens)
                        and (tokens[k + 1].capitalized or tokens[k + 1].lower in w.conjunctions)
                    )
                    or (
                        lex.capitalized_nouns
                        and not seen_cap
                        and tokens[k].is_word
                        and k + 1 < len(tokens)
                        and (tokens[k + 1].capitalized or not tokens[k + 1].is_word)
                        and k < 3
                    )
                )
            ):
                # an unnamed source's head ends its phrase as a capital does
                seen_cap = seen_cap or tokens[k].capitalized or tokens[k].lower in w.anon
                k += 1
            if k == 0 or k >= len(tokens):
                return []
            src_end, c_start = tokens[k - 1].end, tokens[k].start
            if tokens[k].text == ",":
                # "laut Anna Weiß, Sprecherin der Kammer, weiterhin offen": an apposition
                # to the source, then the statement's rest.
                nxt = _comma(text, tokens[k].end, s_end)
                short = nxt > 0 and _words(text, tokens[k].end, nxt) <= _MAX_APPOSITION
                c_start = nxt + 1 if short else tokens[k].end
        src = text[m_end:src_end].strip()
        words = src.split()
        for k in range(1, len(words)):
            if _only_a_date(" ".join(words[k:]), lex) and not _only_a_date(src, lex):
                src = " ".join(words[:k])  # "des DIW von März 2015": the owner, then when
                break
        who = source_of(src, m_start, m_end, text, lex) if src else None
        if named_source is not None:
            who = replace(named_source, cue=text[m_start:m_end], cue_span=Span(m_start, m_end))
        if src and _only_a_date(src, lex):
            # "Nach einer Meinungsumfrage von Juli 2015": the document, no author named.
            noun = text[m_start:m_end].split()[-1]
            who = Attribution(noun, "unknown", noun, None, None, noun, Span(m_start, m_end))
    else:
        c_start = m_end
        while c_start < s_end and text[c_start] in " ,":
            c_start += 1
        who = source_of(embedded, m_start, m_end, text, lex)
    while c_start < s_end and text[c_start].isspace():
        c_start += 1
    clause_end = _clause_end(text, c_start, s_end, lex)
    if who is None or clause_end is None or clause_end <= c_start:
        return []
    last = lead.split()[-1].lower() if lead else ""
    if last in lex.relative_pronouns or last in lex.complementizers:
        # "…, che secondo gli investigatori avrebbe colpito …": the source opens a
        # relative clause; what comes before is no part of the statement.
        return [Reported(c_start, clause_end, who, m_start)]
    if lead and not before_comma and len(lead.split()) >= 2:
        # The source stands inside the statement: its first part is reported as well.
        first_end = m_start
        while first_end > s_start and text[first_end - 1] in _TRAILING:
            first_end -= 1
        return [
            # "Berlin – Mieter müssen sich nach Einschätzung des Verbands …": not the dateline
            Reported(_after_dateline(text, s_start, first_end), first_end, who, m_start),
            Reported(c_start, clause_end, who, m_start, continues_previous=True),
        ]
    return [Reported(c_start, clause_end, who, m_start)]


_MAX_SOURCE_WORDS = 7
_MAX_APPOSITION = 6  # words of an apposition to a source ("Sprecherin der Kammer")
_MAX_ROLE_APPOSITION = 12  # words of one that opens like a role ("a journalist in …")


def _apposition(part: str, lex: Lexicon) -> bool:
    """Whether the words between two commas after a source describe it: they open with an
    indefinite article, a possessive or a title ("a journalist in Moscow", "Russia's senior
    correspondent", "portavoce del governo")."""
    words = part.split()
    if not words or len(words) > _MAX_ROLE_APPOSITION:
        return False
    first = words[0].lower()
    titles = attr.words_of(lex).titles
    return (
        first in lex.indefinite
        or first.endswith(("'s", "’s"))
        or first in titles
        or (first in lex.determiners and len(words) > 1 and words[1].lower() in titles)
        # "già presidente dell'Ingv", "former head of …": a title with its qualifier
        or (first in lex.title_qualifiers and len(words) > 1 and words[1].lower() in titles)
    )


_WORDY = re.compile(r"\w")
# A comma that is punctuation, not a decimal comma ("1,3 Millionen").
_PUNCTUATION_COMMA = re.compile(r"(?<!\d),|,(?!\d)")


def _comma(text: str, start: int, end: int) -> int:
    """The first punctuation comma in ``text[start:end]``; -1 if none."""
    m = _PUNCTUATION_COMMA.search(text, start, end)
    return m.start() if m else -1


def _last_comma(text: str) -> int:
    """The last punctuation comma in ``text``; -1 if none."""
    return max((m.start() for m in _PUNCTUATION_COMMA.finditer(text)), default=-1)


def _post_source(
    text: str, m: re.Match[str], s_start: int, s_end: int, lex: Lexicon
) -> list[Reported]:
    """ "CLAUSE, so der BGH." / "A, so Astrid Stort, eine Sprecherin, B.": the source after a
    marker; the words before it are the statement, and those after it its second part."""
    who = attr.speaker_after(text, m.end(), s_end, lex, strict=True)
    if who is None:
        # "– so sagte der Firmenchef X –": the marker, then a verb of saying.
        verbs = attr.find_cues(text, m.end(), min(s_end, m.end() + 40), lex)
        if verbs and not text[m.end() : verbs[0].start].strip():
            who = attr.speaker_after(text, verbs[0].end, s_end, lex, strict=True)
    if who is None or who.mention_span is None or (who.speaker is None and who.mention is None):
        return []
    marker = text[m.start() : m.end()]
    kept = marker.lstrip(" ,–—")
    cue_start = m.start() + len(marker) - len(kept)
    kept = kept.rstrip()
    cue = Attribution(
        who.speaker,
        who.kind,
        who.mention,
        who.mention_span,
        who.description,
        kept,
        Span(cue_start, cue_start + len(kept)),
    )
    end = m.start()
    while end > s_start and text[end - 1] in _TRAILING:
        end -= 1
    if not _WORDY.search(text, s_start, end):
        return []  # "« « — so Mario —": marks, no statement
    first = Reported(s_start, end, cue, m.start())
    rest = text[who.mention_span.end : s_end]
    if not rest.strip(_TRAILING + "–—"):
        return [first]
    source_end = who.mention_span.end
    words = rest.split()
    if words and words[0].lower() in lex.agent_markers + lex.name_particles:
        # "so Alfred Hettmer vom Landeskriminalamt (in Stuttgart)": where the source works.
        comma = rest.find(",")
        if comma < 0:
            return [first] if len(words) <= _MAX_APPOSITION else []
        if _words(rest, 0, comma) <= _MAX_APPOSITION:
            source_end += comma
            rest = rest[comma:]
    dash = text[m.start()] in "–—"
    closer = rest.lstrip()[:1]
    if not (closer == "," or (dash and closer in "–—")):
        return []  # the source phrase runs on: not a bare attribution
    c_start = source_end + rest.index(closer) + 1
    name = _apposed_name(text, c_start, s_end, lex)
    if name is not None:
        # "…, so der Direktor des Landesamtes, Paul Ehrlich.": the role, then its holder.
        holder = Attribution(
            name.speaker,
            name.kind,
            name.mention,
            name.mention_span,
            who.mention,
            cue.cue,
            cue.cue_span,
        )
        return [Reported(s_start, end, holder, m.start())]
    # the attribution's closing dash found: the rest starts right after it
    closed = dash and closer in "–—"
    if dash and closer == ",":
        # "– so sagte der Mitbegründer der Firma, Julian Wilfordin –": the role's holder
        # between its comma and the closing dash, then the statement's rest.
        close = next((k for k in range(c_start, min(s_end, c_start + 80)) if text[k] in "–—"), -1)
        if close > 0:
            apposed = _apposed_name(text, c_start, close, lex)
            if apposed is not None:
                cue = replace(
                    cue,
                    speaker=apposed.speaker,
                    kind=apposed.kind,
                    mention=apposed.mention,
                    mention_span=apposed.mention_span,
                    description=who.mention,
                )
                first = Reported(s_start, end, cue, m.start())
            c_start, closed = close + 1, True
    nxt = text.find(",", c_start, min(s_end, c_start + 60))
    apposition = text[c_start:nxt].split() if nxt > 0 else []
    if (
        not closed
        and apposition
        and len(apposition) <= 5
        # a noun phrase ("eine UNHCR-Sprecherin"), not the statement's rest ("in Berlin …")
        and (
            apposition[0].lower() in lex.determiners + lex.indefinite or apposition[0][:1].isupper()
        )
    ):
        c_start = nxt + 1  # ", eine UNHCR-Sprecherin,": an apposition to the source
    while c_start < s_end and text[c_start].isspace():
        c_start += 1
    c_end = _clause_end(text, c_start, s_end, lex)
    if c_end is None or c_end <= c_start:
        return [first]
    return [first, Reported(c_start, c_end, cue, m.start(), continues_previous=True)]


def _apposed_name(text: str, start: int, s_end: int, lex: Lexicon) -> Attribution | None:
    """A person's name that alone ends the sentence after a comma, if that is all there is."""
    end = s_end
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    words = text[start:end].split()
    if not 2 <= len(words) <= 4:
        return None
    named = attr.speaker_after(text, start, end, lex, strict=True)
    if (
        named is None
        or named.speaker is None
        or named.kind != "person"
        or named.mention_span is None
        or text[named.mention_span.end : end].strip()
        # a name, not a noun after its article: "…, so die Grünen, die Folge."
        or (len(named.speaker.split()) < 2 and words[0].lower() in lex.determiners)
    ):
        return None
    return named


def _unnamed_source(phrase: str, lex: Lexicon) -> bool:
    """Whether a phrase names an unnamed source: a source word ("un portavoce",
    "officials") or a kind of organisation ("the company", "the city council")."""
    w = attr.words_of(lex)
    return any(
        t.lower in w.anon
        or t.lower in lex.organization_nouns
        or t.lower in w.institution_nouns
        or t.text.capitalize() in w.orgs  # "the city council"
        for t in attr.tokenize(phrase)
    )


def _subject_after_verb(text: str, start: int, end: int, lex: Lexicon) -> Attribution | None:
    """The subject right after the verb that opens ``text[start:end]`` ("wusste der Fahrer")."""
    first = attr.tokens_between(text, start, end, 1)
    if not first or first[0].capitalized:
        return None
    return attr.speaker_after(text, first[0].end, end, lex, strict=True)


def _subject_after_inverted_verb(
    text: str, start: int, end: int, lex: Lexicon
) -> Attribution | None:
    """The subject after the finite verb of ``text[start:end]`` when something else opens
    the sentence ("Gestern hat | die Polizei", "Am 15. Dezember wurden | die Streitkräfte")."""
    if not lex.verb_second:
        return None
    verbs = attr.words_of(lex).verb_starts
    tokens = attr.tokens_between(text, start, end, 12)
    for tok in tokens[1:]:
        if tok.lower in verbs and not tok.capitalized:
            found = attr.speaker_after(text, tok.end, end, lex, strict=True)
            return found if found is not None and found.speaker is not None else None
    return None


def _only_a_date(src: str, lex: Lexicon) -> bool:
    """Whether a source phrase only says when ("von Juli 2015", "vom 3. März")."""
    words = [x.strip(".").lower() for x in src.split()]
    return any(x in lex.months for x in words) and all(
        x in lex.months or x.isdigit() or x in lex.name_particles or x in lex.prepositions
        for x in words
    )


_SHORT_NAME = re.compile(r"\(([A-ZÀ-Þ][A-Za-zÀ-ÿ]{1,7})\)\s*$")


def _acronym_at(tokens: list[attr.Token], k: int) -> bool:
    """Whether token ``k`` is a short name in brackets ("(UNCTAD)", "(Oms)")."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k - 1].text == "("
        and tokens[k + 1].text == ")"
        and _SHORT_NAME.match(f"({tokens[k].text})") is not None
    )


def source_of(src: str, m_start: int, m_end: int, text: str, lex: Lexicon) -> Attribution:
    """Who an "according to" phrase at ``text[m_start:m_end]`` names in ``src``, the words
    after it: a document's owner, an agent, a subject after a verb, or a name."""
    cue = text[m_start:m_end]
    short = _SHORT_NAME.search(src)
    leading = (
        [x for x in src[: short.start()].split() if x.lower() not in lex.determiners]
        if short
        else []
    )
    if (
        short is not None
        and leading
        and (len(leading) >= 3 or attr.kind_of_name(leading, lex) == "organization")
    ):
        # "der Handels- und Entwicklungskonferenz der Vereinten Nationen (UNCTAD)": an
        # institution's short name in brackets names it (not a person's party: "Angela
        # Merkel (CDU)").
        name = short.group(1)
        at = text.find(f"({name})", m_end)
        span = Span(at + 1, at + 1 + len(name)) if at >= 0 else None
        return Attribution(name, "organization", name, span, None, cue, Span(m_start, m_end))
    ana = _phrase_regex(lex.anaphoric_sources)
    if ana is not None and ana.match(text, m_start):
        # "laut eigenen Angaben": the phrase points back to the speaker in context.
        return Attribution(None, "unknown", src, None, None, cue, Span(m_start, m_end))
    at = text.find(src, m_end)
    possessor = attr.possessor(src, lex)
    if possessor is not None:
        # "according to the Fed's latest projections": the owner of the document speaks
        src = src[: possessor[1]]
    owner = 0 if possessor is not None else _document_owner(src, lex) or _agent_after(src, lex)
    if at >= 0 and owner:
        # "laut einem Bericht des Senders", "according to a statement by the ministry":
        # whose document it is speaks.
        at += owner
        src = src[owner:]
    named = None
    if at >= 0:
        # "Stando a quanto riferisce l'Ansa": a verb of saying inside, its subject after it.
        inner = attr.find_cues(text, at, at + len(src), lex)
        if inner and inner[0].end < at + len(src):
            named = attr.speaker_after(text, inner[0].end, at + len(src), lex, strict=True)
        if named is None or named.speaker is None:
            named = attr.speaker_after(text, at, at + len(src), lex)
    if (
        named is not None
        and named.speaker is not None
        and named.mention_span is not None
        and possessor is None
        and (phrase := _modified_noun(text, named.mention_span, at + len(src), lex)) is not None
    ):
        # "according to the Trump administration": the administration, not Trump
        kind: SpeakerKindName = (
            "organization" if attr.names_institution(phrase, lex) else "anonymous"
        )
        span = Span(named.mention_span.start, named.mention_span.start + len(phrase))
        return Attribution(phrase, kind, phrase, span, None, cue, Span(m_start, m_end))
    if named is not None and named.speaker is not None:
        # "the IMF's report": the maker of a document, an institution if one word names it
        kind = attr.document_maker(named).kind if possessor is not None else named.kind
        opening = re.match(r"\s*(\w+)\s+", src)
        if (
            kind == "person"
            and opening is not None
            and opening.group(1).lower() in lex.indefinite
            and named.mention_span is not None
            and named.mention_span.start == at + opening.end()
            and len(named.speaker.split()) == 1
        ):
            kind = "anonymous"  # "nach Angaben eines Polizisten": nobody's name takes "a"
        return Attribution(
            named.speaker,
            kind,
            named.mention,
            named.mention_span,
            named.description,
            cue,
            Span(m_start, m_end),
        )
    words = src.split()
    indefinite = False  # "nach Angaben eines Polizisten": nobody's name takes "a"
    while words and words[0].lower() in lex.determiners + lex.indefinite:
        indefinite = indefinite or words[0].lower() in lex.indefinite
        words.pop(0)
    name = " ".join(words) or src
    capital = bool(words) and words[0][:1].isupper() and not indefinite
    # "il ministero della Salute": an institution word opens it, in lower case
    institution = bool(words) and words[0] in lex.organization_words and not indefinite
    kind = attr.kind_of_name(words, lex) if capital or institution else "anonymous"
    cue = text[m_start:m_end]
    return Attribution(name, kind, src, None, None, cue, Span(m_start, m_end))


_MODIFIED_NOUN_WORDS = 6  # words of a noun phrase a name may modify, for _modified_noun


def _modified_noun(text: str, name: Span, end: int, lex: Lexicon) -> str | None:
    """The phrase from a name up to ``end`` when the name modifies the common noun after it
    ("Ohio secretary of state's office", "French foreign ministry", "Trump
    administration"), where the lexicon says names do; else None."""
    if not lex.names_modify_nouns:
        return None
    w = attr.words_of(lex)
    rest = attr.tokens_between(text, name.end, end)
    if not rest or len(rest) > _MODIFIED_NOUN_WORDS or rest[0].start != name.end + 1:
        return None
    first = rest[0]
    if not (first.is_word and first.text.islower()) or (
        first.lower in w.function_or_skippable or first.lower in w.calendar
    ):
        return None  # "Smith on Tuesday", "Smith yesterday"
    if not all(t.is_word or t.text in ("'", "’") for t in rest):
        return None
    return text[name.start : rest[-1].end]


def _agent_after(src: str, lex: Lexicon) -> int:
    """Where the agent starts in a source phrase that reports by whom ("quanto riferito
    dall'Ansa" -> "Ansa", "what was said by the minister" -> "the minister"); 0 if none."""
    words = src.split()
    for k, word in enumerate(words[:5]):
        at = sum(len(w) + 1 for w in words[:k])
        if k == 0 or not words[k - 1].islower():
            continue  # after a participle only: "ein Sprecher von Siemens" stays whole
        if word.lower() in lex.agent_markers and k + 1 < len(words):
            return at + len(word) + 1
        cut = max(word.find("'"), word.find("’"))
        # "dall'Ansa": the agent marker with an elided article glued to the name
        if 0 < cut < len(word) - 2 and word[: cut - 1].lower() in lex.agent_markers:
            return at + cut + 1
    return 0


def _document_owner(src: str, lex: Lexicon) -> int:
    """Where the owner starts in a source that is a document of someone's ("einem Bericht
    des Senders" -> "des Senders"); 0 if the source is no such document."""
    words = src.split()
    k = 0
    while k < len(words) - 2 and words[k].lower() in lex.determiners + lex.indefinite:
        k += 1
    if (
        k + 2 < len(words)
        and words[k].islower()
        and words[k].lower() not in lex.document_nouns
        and words[k + 1].lower() in lex.document_nouns
    ):
        k += 1  # "l'ultimo rapporto della …", "einem neuen Bericht des …": one adjective
    if k + 1 >= len(words) or words[k].lower() not in lex.document_nouns:
        return 0
    of = words[k + 1].lower()
    elided = next((w for w in attr.OF_WORDS if w[-1] in "'’" and of.startswith(w)), None)
    if (
        of not in attr.OF_WORDS
        and of not in lex.agent_markers  # "a report by the office"
        and (elided is None or len(of) == len(elided))
    ):
        return 0
    at = src.index(words[k + 1], sum(len(w) + 1 for w in words[:k]))
    if elided is not None:
        return at + len(elided)  # "dell'Istat" -> "Istat"
    if of not in lex.determiners:
        return at + len(words[k + 1]) + 1  # "una nota della Farnesina" -> "Farnesina"
    return at  # "einem Bericht des Senders": the article declines the owner


def _merge(who: Attribution | None, cue: Attribution) -> Attribution:
    if who is None:
        return cue
    return Attribution(
        who.speaker, who.kind, who.mention, who.mention_span, who.description, cue.cue, cue.cue_span
    )
