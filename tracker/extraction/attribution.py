"""Who said it: the reporting verb (cue) near a quotation and the speaker phrase around it.

The speaker may stand before the cue ("Il presidente Macron ha detto", "Milley, capo di
Stato maggiore, ha detto", "funzionari occidentali dicono") or after it ("ha detto
Blinken", "said a senior official", "announced by Biden", "ha detto ieri il ministro").
A name's role is kept as its description; a lone title ("il presidente") stands for its
holder, and a pronoun or a missing subject is left to the caller, which knows the context.
"""

from __future__ import annotations

import bisect
import itertools
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import NamedTuple

from tracker.extraction.lexicon import Lexicon
from tracker.extraction.types import Attribution, Span, SpeakerKindName

# Words (with Italian elision kept on the article: l', un', dell'), or one punctuation mark.
_TOKEN = re.compile(r"\w+['’]|\w+(?:[-.]\w+)*\.?|[^\w\s]")
_NAME_CONNECTORS = frozenset({"-", "'", "’"})
# "of" and its Italian and German forms: what joins a role or a noun to its owner.
OF_WORDS = _OF = frozenset(
    {
        "di",
        "d'",
        "d’",
        "del",
        "della",
        "delle",
        "dei",
        "degli",
        "dello",
        "dell'",
        "dell’",
        "of",
        "des",
        "der",
        "eines",
        "von",
    }
)
_ELIDED_OF = tuple(sorted(w for w in _OF if w[-1] in "'’"))


def of_word(word: str) -> bool:
    """An "of" word, also one elided and glued to its noun ("dell'Onu")."""
    low = word.lower()
    return low in _OF or low.startswith(_ELIDED_OF)


_MAX_PHRASE = 10
# How far back the comma opening an apposition before a cue may stand ("Giorgia Meloni,
# leader of the far-right Brothers of Italy party and on course to become …, said").
_MAX_APPOSITION_TOKENS = 30
_MAX_BRACKETED_TOKENS = 6  # "(SPD)", "(45)", "(R-Texas)", "(Forza Italia)"
_IN_BRACKETS = "-/.,„“”«»\"'"  # besides words, what a short aside may hold: "(„Demokraten“)"
_GENITIVE = frozenset({"der", "des"})
_DEFINITE = frozenset(
    {
        "the",
        "il",
        "lo",
        "la",
        "l'",
        "l’",
        "i",
        "gli",
        "le",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
    }
)


class Token(NamedTuple):
    """A word or a punctuation mark, with what the rules ask of it worked out once: tokens
    are looked at far more often than made (a tuple is also quicker to make than a frozen
    dataclass, which sets each field through object.__setattr__)."""

    text: str
    start: int
    end: int
    lower: str
    capitalized: bool
    is_word: bool


def glued(before: Token, word: Token) -> bool:
    """A word glued on by an apostrophe ("Ma'ariv"): part of the same name."""
    return word.is_word and before.text[-1] in "'’" and before.end == word.start


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return tokens_between(text, 0, len(text), offset=offset)


def tokens_between(
    text: str, start: int, end: int, limit: int | None = None, *, offset: int = 0
) -> list[Token]:
    """The tokens of ``text[start:end]`` with their offsets in ``text`` (plus ``offset``),
    the first ``limit`` of them if given: no copy of the text, and no more tokens made
    than the caller looks at."""
    return list(itertools.islice(iter_tokens(text, start, end, offset=offset), limit))


def iter_tokens(text: str, start: int, end: int, *, offset: int = 0) -> Iterator[Token]:
    """The tokens of ``text[start:end]`` one by one, made only as they are asked for."""
    for m in _TOKEN.finditer(text, start, end):
        g = m.group()
        yield Token(
            g, m.start() + offset, m.end() + offset, g.lower(), g[:1].isupper(), g[:1].isalnum()
        )


def _starts_word(text: str, at: int) -> bool:
    """Whether nothing of a word, and no hyphen, stands right before ``at``."""
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_-")


@lru_cache(maxsize=8)
def lowered(text: str) -> str:
    """``text`` in lower case, letter for letter: every offset stays valid ("İ" lowers to
    two characters, so it is kept as it is)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return low


class PhraseSet:
    """Finds whole words and phrases of the lexicon ("according to", "secondo", "a detta
    di"), in any case and with any white space between their words: no match starts inside
    a word or right after a hyphen, or ends before one.

    The phrases are matched in the article's lower-cased text (made once per article), so
    the regex engine jumps in C to the letters a phrase can begin with; a case-blind
    pattern opened by a look-behind tries every position instead (five times slower).
    Match offsets are the text's own; take the matched words from the text, not the match.
    """

    __slots__ = ("_rx",)

    def __init__(self, phrases: Iterable[str]) -> None:
        body = "|".join(
            re.escape(p.lower()).replace(r"\ ", r"\s+")
            for p in sorted(phrases, key=len, reverse=True)
        )
        self._rx = re.compile(rf"(?:{body})(?![\w-])")

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        search = self._rx.search
        low = lowered(text)
        m = search(low, pos, endpos)
        while m is not None:
            if _starts_word(text, m.start()):
                yield m
                m = search(low, max(m.end(), m.start() + 1), endpos)
            else:
                m = search(low, m.start() + 1, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        m = self._rx.match(lowered(text), pos, endpos)
        return m if m is not None and _starts_word(text, pos) else None


@dataclass(frozen=True, slots=True)
class Cue:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Words:
    """The lexicon's word classes as sets."""

    dets: frozenset[str]
    indef: frozenset[str]
    titles: frozenset[str]
    anon: frozenset[str]
    orgs: frozenset[str]
    pronouns: frozenset[str]
    particles: frozenset[str]
    function: frozenset[str]
    skippable: frozenset[str]
    agents: frozenset[str]
    complementizers: frozenset[str]
    title_suffixes: tuple[str, ...]
    capitalized_nouns: bool = False
    anon_suffixes: tuple[str, ...] = ()
    # Function words that join no noun phrase ("as", "when", "however"): a source never
    # runs back across one.
    subordinators: frozenset[str] = frozenset()
    # One-word reporting verbs ("denied", "sagte"): no role phrase runs across one.
    cue_words: frozenset[str] = frozenset()
    # Words inside an institution's name after its institution word ("Bank of England").
    joiners: frozenset[str] = frozenset()
    gerund_suffixes: tuple[str, ...] = ()
    epithet_suffixes: tuple[str, ...] = ()
    lower_epithets: tuple[str, ...] = ()  # lexicon.lower_epithet_suffixes
    institution_nouns: frozenset[str] = frozenset()
    adjective_suffixes: tuple[str, ...] = ()
    # Words a verb phrase can start with: a cue's first word, an auxiliary ("ha", "è").
    verb_starts: frozenset[str] = frozenset()
    calendar: frozenset[str] = frozenset()  # weekdays and months
    org_suffixes: tuple[str, ...] = ()  # lexicon.organization_suffixes
    org_kinds: tuple[str, ...] = ()  # lexicon.organization_nouns
    orgs_lower: frozenset[str] = frozenset()  # the institution words in lower case
    preps: frozenset[str] = frozenset()  # lexicon.prepositions
    lower_names: frozenset[str] = frozenset()  # lexicon.lower_case_names
    quantifiers: frozenset[str] = frozenset()  # lexicon.quantifiers
    addressees: frozenset[str] = frozenset()  # lexicon.addressee_markers
    # Unions of the classes above, made once: a union spelt out where a word is looked up
    # would build a new set on every call.
    articles: frozenset[str] = frozenset()  # dets | indef
    conjunctions: frozenset[str] = frozenset()
    skippable_or_agents: frozenset[str] = frozenset()
    function_or_cues: frozenset[str] = frozenset()
    function_or_skippable: frozenset[str] = frozenset()
    articles_or_function: frozenset[str] = frozenset()
    articles_or_possessives: frozenset[str] = frozenset()
    possessives: frozenset[str] = frozenset()
    name_openers: frozenset[str] = frozenset()  # articles, titles, particles, anonymous heads
    lead_words: frozenset[str] = frozenset()  # articles, function words, skippable, titles
    phrase_stops: frozenset[str] = frozenset()  # complementizers and clause openers


@cache
def words_of(lex: Lexicon) -> Words:
    w = _words_of(lex)
    articles = w.dets | w.indef
    return replace(
        w,
        articles=articles,
        conjunctions=frozenset(c.lower() for c in lex.conjunctions),
        skippable_or_agents=w.skippable | w.agents,
        function_or_cues=w.function | w.cue_words,
        function_or_skippable=w.function | w.skippable,
        articles_or_function=articles | w.function,
        articles_or_possessives=articles | frozenset(lex.possessives),
        possessives=frozenset(lex.possessives),
        name_openers=articles | w.titles | w.particles | w.anon,
        lead_words=articles | w.function | w.skippable | w.titles,
        phrase_stops=w.complementizers | lex.phrase_stops,
        institution_nouns=frozenset(lex.institution_nouns),
        adjective_suffixes=lex.adjective_suffixes,
        verb_starts=_first_word_set(lex) | lex.auxiliaries | frozenset(lex.passive_aux),
        calendar=frozenset(lex.weekdays) | frozenset(lex.months),
        quantifiers=lex.quantifiers,
        lower_epithets=lex.lower_epithet_suffixes,
        addressees=frozenset(lex.addressee_markers),
        # "des Landesamtes für Geologie": an institution in the genitive too.
        org_suffixes=lex.organization_suffixes
        + tuple(sorted(declined(lex.organization_suffixes, lex))),
        # "des Nachrichtenmagazins Spiegel": a kind in the genitive too.
        org_kinds=tuple(sorted(lex.organization_nouns | declined(lex.organization_nouns, lex))),
        orgs_lower=frozenset(o.lower() for o in lex.organization_words),
        preps=frozenset(lex.prepositions),
        lower_names=lex.lower_case_names,
    )


_ENDINGS = ("s", "es", "n", "en", "ns", "ens")  # endings a declension may add to a noun


def declined(words: Iterable[str], lex: Lexicon) -> set[str]:
    """The forms the lexicon's declensions give ``words``: each word with an ending the
    lexicon strips back to the word ("kanzlers" for "kanzler", "amtes" for "amt")."""
    rules = [re.compile(r.noun_ending) for r in lex.declensions if r.noun_ending]
    return {
        x + end for x in words for end in _ENDINGS for rule in rules if rule.sub("", x + end) == x
    }


def declined_titles(lex: Lexicon) -> frozenset[str]:
    """The titles with the forms the lexicon's declensions give them ("kanzlers",
    "präsidenten" for "kanzler", "präsident")."""
    return frozenset(lex.titles) | declined(lex.titles, lex)


def _words_of(lex: Lexicon) -> Words:
    return Words(
        frozenset(lex.determiners),
        frozenset(lex.indefinite),
        declined_titles(lex),
        frozenset(lex.anonymous_heads),
        frozenset(lex.organization_words),
        frozenset(lex.pronouns),
        frozenset(lex.name_particles),
        lex.function_words,
        frozenset(lex.skippable),
        frozenset(lex.agent_markers),
        frozenset(lex.complementizers),
        lex.title_suffixes,
        lex.capitalized_nouns,
        tuple(h for h in lex.anonymous_heads if len(h) >= 5),
        lex.function_words
        - frozenset(lex.determiners)
        - frozenset(lex.indefinite)
        - lex.prepositions
        - frozenset(c.lower() for c in lex.conjunctions)
        - frozenset(lex.possessives)
        - _OF,
        frozenset(c for c in lex.cues if " " not in c),
        frozenset(lex.institution_joiners),
        lex.gerund_suffixes,
        lex.epithet_suffixes,
    )


_WORD = re.compile(r"\w+")


_END = ""  # trie key marking the end of a cue form


@cache
def _cue_trie(lex: Lexicon) -> dict[str, object]:
    """Cue forms as a trie of lower-case words: each match costs its own length."""
    root: dict[str, object] = {}
    for form in lex.cues:
        node = root
        for word in _WORD.findall(form.lower()):
            node = node.setdefault(word, {})  # type: ignore[assignment]
        node[_END] = True
    return root


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching exactly ``words``, shaped as a trie ("sa(?:id|ys)"):
    the engine tries each letter once instead of every word at every position."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch != _END]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if _END in node else body

    return build(root)


@cache
def _cue_patterns(lex: Lexicon) -> re.Pattern[str] | None:
    if not lex.cue_patterns:
        return None
    return re.compile(rf"(?<![\w-])(?:{'|'.join(lex.cue_patterns)})(?![\w-])", re.IGNORECASE)


@cache
def _first_word_set(lex: Lexicon) -> frozenset[str]:
    return frozenset(w for w in _cue_trie(lex) if w != _END)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \\w matches


@lru_cache(maxsize=8)
def article_words(low: str) -> frozenset[str]:
    """The words of a lower-cased article, listed once in C: which words of a lexicon's
    list the article holds is then a set intersection."""
    return frozenset(_WORD.findall(low))


def word_hits(low: str, words: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, word) of every whole word of ``low`` in ``words``, in text order: what
    a pattern of those words between word boundaries finds, found faster. Only the few
    listed words the article holds are looked for, each with ``str.find``; a pattern of
    all of them would try their letters at every position of the text."""
    hits = []
    for word in words & article_words(low):
        at = low.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not _is_word_char(low[at - 1])) and (
                end == len(low) or not _is_word_char(low[end])
            ):
                hits.append((at, end, word))
            at = low.find(word, at + 1)
    hits.sort()
    return hits


@lru_cache(maxsize=16)
def _article_cues(text: str, lex: Lexicon) -> tuple[tuple[int, ...], tuple[Cue, ...]]:
    """Every cue in ``text``, leftmost-longest and non-overlapping, in one linear pass."""
    trie = _cue_trie(lex)
    low = lowered(text)
    found: dict[int, Cue] = {}
    resume = 0  # where the next cue may start
    for start, end, first in word_hits(low, _first_word_set(lex)):
        if start < resume:
            continue
        node = trie.get(first)
        best_end = -1
        cur_end = end
        while isinstance(node, dict):
            if _END in node:
                best_end = cur_end
            nxt = _WORD.search(low, cur_end)
            if nxt is None or not low[cur_end : nxt.start()].isspace():
                break
            node = node.get(nxt.group())
            cur_end = nxt.end()
        if best_end > 0 and _bounded(text, start, best_end) and not _after_article(low, start, lex):
            found[start] = Cue(text[start:best_end], start, best_end)
            resume = best_end
        else:
            resume = end
    rx = _cue_patterns(lex)
    if rx is not None:
        for m in rx.finditer(text):
            old = found.get(m.start())
            if old is None or old.end < m.end():
                found[m.start()] = Cue(m.group(), m.start(), m.end())
    cues = tuple(found[k] for k in sorted(found))
    return tuple(c.start for c in cues), cues


def _after_article(low: str, start: int, lex: Lexicon) -> bool:
    """Whether an article stands right before ``start``: "by the reports", "his comments",
    a noun, not the reporting verb it is spelt like."""
    if start < 2 or low[start - 1] != " ":
        return False
    k = low.rfind(" ", max(0, start - 40), start - 1)  # a possessive may be a long word
    before = low[k + 1 : start - 1]
    word = low[start : start + 16].split(" ", 1)[0]
    # A possessive makes it a noun too: "the minister's claim that …"; so does a verb
    # before a cue spelt like a plural noun: "dismissed reports that …".
    if before and lex.verb_endings and before.endswith(lex.verb_endings):
        if word in lex.noun_cues:
            return True
    if _marks_noun(before, lex):
        return True
    if k > 0 and before.isalpha() and (word in lex.noun_cues or word in lex.document_nouns):
        # "the IMF's new forecast says", "its latest estimates show": an adjective between
        # a possessive and a cue spelt like a noun of documents or speech (after an
        # article it may be the subject: "the agency reports that …")
        owner = low[low.rfind(" ", max(0, k - 40), k) + 1 : k]
        if _possessive(owner) or owner in lex.possessives:
            return True
    return _gerund_noun(low, k, word, before, lex)


def _possessive(word: str) -> bool:
    """A word in the English genitive ("the minister's", "Fund's")."""
    return word.endswith(("'s", "’s"))


def _marks_noun(word: str, lex: Lexicon) -> bool:
    """An article or a possessive ("the", "his", "the minister's"): a noun follows."""
    return bool(word) and (word in lex.noun_markers or _possessive(word))


def _gerund_noun(low: str, k: int, word: str, before: str, lex: Lexicon) -> bool:
    """A gerund ``word`` that is also a noun of speech, after an article and one word, is
    the noun: "the profit warning was", "a stark warning"; not in an absolute construction
    ("with the company warning that …"), and no other gerund ("closed the debate declaring
    …")."""
    if not lex.gerund_suffixes or k < 0 or not before.isalpha():
        return False
    if not word.endswith(lex.gerund_suffixes) or word not in lex.speech_nouns:
        return False
    words = low[max(0, k - 30) : k].split()
    return (
        bool(words)
        and _marks_noun(words[-1], lex)
        and not (len(words) > 1 and words[-2] in lex.absolute_markers)
    )


def _bounded(text: str, start: int, end: int) -> bool:
    """Not part of a hyphenated word ("so-called" holds no cue)."""
    return (start == 0 or text[start - 1] != "-") and (end >= len(text) or text[end] != "-")


def is_gerund(cue: Cue, lex: Lexicon) -> bool:
    """A cue in the gerund ("announcing", "affermando"): it shares its sentence's subject."""
    return bool(lex.gerund_suffixes) and cue.text.lower().endswith(lex.gerund_suffixes)


def verb_like(t: Token, lex: Lexicon) -> bool:
    """A lower-case word that can only be a verb here: an auxiliary or a cue's first word
    ("ha elogiato"), or a word with a verb's ending ("praised")."""
    return t.text.islower() and (
        t.lower in words_of(lex).verb_starts
        or (bool(lex.verb_endings) and t.lower.endswith(lex.verb_endings))
    )


def absolute_subject(text: str, s_start: int, cue: Cue, lex: Lexicon) -> Attribution | None:
    """The own subject of a gerund cue in an absolute construction: "Shares fell, with the
    company | warning that …" (the company warned, not the shares)."""
    if not lex.absolute_markers or not is_gerund(cue, lex):
        return None
    tokens = tokens_between(text, max(s_start, cue.start - 80), cue.start)
    for k in range(len(tokens) - 1, max(-1, len(tokens) - 8), -1):
        if not tokens[k].is_word:
            return None  # another clause: "…, with costs rising, warning that"
        if tokens[k].lower in lex.absolute_markers:
            if k == len(tokens) - 1:
                return None
            who = speaker_before(text, tokens[k + 1].start, cue.start, lex)
            return who if who is not None and who.speaker is not None else None
    return None


def find_cues(text: str, start: int, end: int, lex: Lexicon) -> list[Cue]:
    """Every reporting verb in ``text[start:end]``, with absolute offsets."""
    starts, cues = _article_cues(text, lex)
    i = bisect.bisect_left(starts, start)
    out = []
    while i < len(cues) and cues[i].start < end:
        if cues[i].end <= end:
            out.append(cues[i])
        i += 1
    return out


def kind_of_name(words: list[str], lex: Lexicon) -> SpeakerKindName:
    return _kind_of_name(words, words_of(lex))


def _kind_of_name(words: list[str], w_: Words) -> SpeakerKindName:
    if (
        len(words) >= 3
        and words[0].lower() in w_.anon
        and words[0] not in w_.orgs
        and (words[1].lower() in _OF or words[1].lower() in w_.dets)
    ):
        return "anonymous"  # "Sprecher der Regierung": somebody of the institution
    if words and words[0].lower() in w_.quantifiers and not w_.conjunctions.intersection(words):
        return "anonymous"  # "Some argued", "Many Democrats": not "Both Biden and Macron"
    if any(w in w_.orgs or w in w_.lower_names or w.isdigit() for w in words):
        return "organization"  # a number too: "Movimento 5 Stelle", "Channel 4"
    if len(words) == 2 and words[1][:2] in ("d'", "d’") and words[1][2:3].isupper():
        return "organization"  # one word, an elided "of", one word: "Fratelli d’Italia"
    if w_.org_suffixes and any(
        w[:1].isupper() and w.lower().endswith(w_.org_suffixes) for w in words
    ):
        return "organization"  # "Bundesregierung", "Statistisches Bundesamt"
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
        return "organization"  # an acronym: NATO, ONU, AP
    if len(words) == 1 and words[0].lower() in w_.anon:
        return "anonymous"  # "Scientists have warned": a capital opening the sentence
    if len(words) == 2 and words[1].lower() in w_.anon and words[1].endswith("s"):
        return "anonymous"  # "Labour MPs", "Conservative MPs": a group, nobody named
    if (
        len(words) == 1
        and w_.capitalized_nouns
        and w_.anon_suffixes
        and words[0].lower().endswith(w_.anon_suffixes)
        and not words[0].lower().endswith(w_.title_suffixes or ("\0",))
    ):
        return "anonymous"  # "hieß es aus Regierungskreisen"; a role keeps its own kind
    return "person"


_PARTICLE_NAME = re.compile(r"(?:al|el|ad|an|as|ash|az|bin|ibn|abu|ben)-[A-ZÀ-Ý]")


def _is_cap_word(t: Token, w: Words, prev: Token | None = None) -> bool:
    """A capitalised word that may be part of a name ("al-Din" counts). A capitalised
    function word ("Al", "La", "Der") is one only mid-sentence, after a lower-case word
    ("di Al Jazeera")."""
    if t.is_word and _PARTICLE_NAME.match(t.text):
        return True
    if t.text in w.lower_names:
        return True  # "dpa"
    if not (t.is_word and t.capitalized):
        return False
    if t.lower not in w.function and not (w.capitalized_nouns and t.lower in w.preps):
        return True  # (where every noun is capitalised, a preposition opens no name)
    return prev is not None and prev.is_word and not prev.capitalized


def _joins_name(tokens: list[Token], k: int, w: Words) -> bool:
    """Whether token ``k`` holds two capitalised words together as one name: a short
    number ("Movimento 5 Stelle", "Channel 4 News"; not a date's day, "On March 3 Biden")
    or an elided "of" glued to the word after it ("Fratelli d’Italia", "Costa d'Avorio")."""
    if not (
        0 < k < len(tokens) - 1
        and _is_cap_word(tokens[k - 1], w)
        and _is_cap_word(tokens[k + 1], w)
    ):
        return False
    t = tokens[k]
    if t.text.isdigit():
        return (
            len(t.text) <= 2
            and tokens[k - 1].end + 1 == t.start
            and t.end + 1 == tokens[k + 1].start
            and tokens[k - 1].lower not in w.calendar
        )
    return t.lower in _OF and t.text[-1] in "'’" and t.end == tokens[k + 1].start


def _case_article(tokens: list[Token], k: int, w: Words) -> bool:
    """Whether token ``k`` is an article that only looks like a name's particle, where
    every noun is capitalised: "der" after a name and no "von" ("Uli Hoeneß | der Zeitung
    gesagt" is said to the paper; "Ursula von der Leyen" keeps hers)."""
    return (
        w.capitalized_nouns
        and tokens[k].lower in w.dets
        and k > 0
        and tokens[k - 1].lower not in w.particles
        and tokens[k - 1].capitalized
    )


def _run_back(tokens: list[Token], last: int, w: Words) -> tuple[int, int] | None:
    """[a, b) of the capitalised name ending at token ``last``."""

    def cap(k: int) -> bool:
        return _is_cap_word(tokens[k], w, tokens[k - 1] if k > 0 else None)

    if not (0 <= last < len(tokens)) or not cap(last):
        return None
    a = last
    while a - 1 >= 0 and a > last - 6:
        t = tokens[a - 1]
        if cap(a - 1):
            a -= 1
        elif _joins_name(tokens, a - 1, w):
            a -= 2  # "Movimento 5 Stelle", "Fratelli d’Italia"
        elif t.lower in w.particles or t.text in _NAME_CONNECTORS:
            k = a - 1
            while k - 1 >= 0 and a - k < 3 and tokens[k - 1].lower in w.particles:
                k -= 1
            if k - 1 >= 0 and cap(k - 1):
                a = k - 1
            elif (
                (tokens[k].capitalized or tokens[k].lower not in w.function)
                and not w.capitalized_nouns
                and t.text not in _NAME_CONNECTORS
            ):
                # "Von der Leyen said", "secondo von der Leyen": a particle that is no
                # word of the language opens the name, as does a capitalised one ("Da
                # Silva"); where every noun is capitalised, "Von der Regierung" is a
                # preposition's phrase.
                a = k
                break
            else:
                break
        else:
            break
    return _trim(tokens, a, last + 1, w)


def _run_forward(tokens: list[Token], i: int, w: Words) -> tuple[int, int] | None:
    """[a, b) of the capitalised name starting at token ``i`` (a leading "von der" included)."""
    a = i
    while i < len(tokens) and tokens[i].lower in w.particles and i - a < 2:
        i += 1
    if i >= len(tokens) or not _is_cap_word(tokens[i], w):
        return None
    b = i + 1
    joined = False  # after an institution's joiner: "Landesamt für …"
    while b < len(tokens) and b - a < 7:
        t = tokens[b]
        if _is_cap_word(t, w) or glued(tokens[b - 1], t):
            b += 1
        elif _joins_name(tokens, b, w):
            b += 2  # "Movimento 5 Stelle", "Channel 4 News", "Fratelli d’Italia"
        elif (
            joined
            and t.lower in w.conjunctions
            and b + 1 < len(tokens)
            and _is_cap_word(tokens[b + 1], w)
        ):
            b += 1  # "Landesamt für Geologie und Bergbau", "… Disease Control and Prevention"
        elif b - a >= 2 and _case_article(tokens, b, w):
            # "Uli Hoeneß | der Zeitung": after a full name, an object in the dative; not
            # "Jahresbericht der Brüsseler Behörde", a document and its owner
            break
        elif t.lower in w.particles or t.text in _NAME_CONNECTORS:
            k = b + 1
            while k < len(tokens) and k - b < 2 and tokens[k].lower in w.particles:
                k += 1
            if k < len(tokens) and _is_cap_word(tokens[k], w):
                b = k  # "von der Leyen"
            else:
                break
        elif (
            t.lower in w.joiners
            and institution_word(tokens[b - 1], w)
            and b + 1 < len(tokens)
            and _is_cap_word(tokens[b + 1], w)
            and tokens[b + 1].lower not in w.calendar  # not "the UN on Tuesday"
        ):
            b += 1  # "Office for Budget Responsibility", "Bank of England"
            joined = True
        else:
            break
    return _trim(tokens, a, b, w)


def _document_agent(
    text: str, tokens: list[Token], comma: int, last: int, lex: Lexicon
) -> Attribution | None:
    """Who made the document that is a cue's subject, from an apposition naming its agent:
    "a separate analysis for the month, published Friday by climate scientist Karsten
    Haustein, estimated …" -> Karsten Haustein. None without a document noun before the
    comma or an agent marker and a name inside the apposition."""
    w = words_of(lex)
    head = tokens[max(0, comma - 6) : comma]
    if not any(t.lower in lex.document_nouns for t in head):
        return None
    for m in range(comma + 1, last):
        if tokens[m].lower in w.agents:
            found = speaker_after(text, tokens[m].end, tokens[last].start, lex)
            if found is not None and found.speaker is not None and found.kind != "anonymous":
                return found
            return None
    return None


def _joined_institution(tokens: list[Token], run: tuple[int, int], w: Words) -> int | None:
    """Where an institution's name starts whose last capitalised run is ``run``, if joined
    words go back to an institution word and the "for" or "of" after it ("The Centers for
    Disease Control and Prevention", "Institute for Fiscal Studies"); None if not ("Jane
    Doe and John Smith", "the UN and Russia"). Where every noun is capitalised, a compound
    ending in an institution word counts as one ("Bundesamt für Migration und
    Flüchtlinge")."""
    a = run[0]
    while True:
        while a > 0 and tokens[a - 1].lower in w.articles:
            a -= 1  # "Office for | the Budget"
        if not (a >= 2 and tokens[a - 1].lower in w.joiners and tokens[a - 2].capitalized):
            return None
        prev = _run_back(tokens, a - 2, w)
        if prev is None or prev[1] != a - 1:
            return None
        if institution_word(tokens[a - 2], w) and tokens[a - 1].lower not in w.conjunctions:
            return prev[0]
        a = prev[0]


def _sentence_case_institution(tokens: list[Token], last: int, w: Words) -> int | None:
    """Where an institution's name written in sentence case starts, if one ends at token
    ``last`` ("la Banca centrale europea", "la Corte dei conti", "il Fondo monetario
    internazionale"): an institution noun after an article or at the start, then only
    lower-case words and "of" words. Not where every noun is capitalised."""
    if w.capitalized_nouns or not tokens[last].is_word or tokens[last].capitalized:
        return None
    for k in range(last, max(-1, last - _MAX_INSTITUTION_WORDS), -1):
        t = tokens[k]
        if t.text in w.institution_nouns:
            opens = (
                k == 0
                or tokens[k - 1].lower in w.articles
                or not tokens[k - 1].is_word
                or tokens[k - 1].lower in _OF  # "(il direttore) del Fondo monetario …"
            )
            return k if opens and k < last else None
        if (
            not t.is_word
            or t.capitalized
            or t.lower in w.verb_starts
            or (t.lower in w.function and t.lower not in w.joiners and t.lower not in _OF)
        ):
            return None
    return None


_MAX_INSTITUTION_WORDS = 6


def _sentence_case_tail(tokens: list[Token], end: int, w: Words) -> int | None:
    """Where an institution's name in sentence case ends, when a capitalised run ending
    with an institution noun at token ``end`` goes on in lower case ("la Camera | di
    commercio, …"): past its lower-case words and "of" words, up to a punctuation mark or
    the phrase's end. None if it does not go on so: a verb may follow a subject ("la
    Regione | nega i ritardi"), a role a name ("United Nations | chief Antonio Guterres")."""
    if w.capitalized_nouns or end == 0 or tokens[end - 1].text not in w.institution_nouns:
        return None
    k = end
    while k < len(tokens) and k - end < _MAX_INSTITUTION_WORDS:
        t = tokens[k]
        joiner = t.lower in w.joiners or t.lower in _OF
        if (
            not t.is_word
            or t.capitalized
            or t.lower in w.verb_starts
            or (t.lower in w.function and not joiner)
        ):
            break
        if _is_role(t, w) or t.lower in w.skippable or t.lower in w.cue_words:
            return None
        k += 1
    if k == end or (k < len(tokens) and tokens[k].is_word):
        return None  # only a name set off by a mark or the phrase's end: "la Regione nega i …"
    return k


def _circumstance_then_speaker(tokens: list[Token], i: int, w: Words, lex: Lexicon) -> int | None:
    """Where the speaker starts after a phrase of where or how it was said that follows an
    inverted cue: "(ha spiegato) in conferenza stampa | il questore", "(ha detto) in
    un'intervista | il ministro", "(said) at a news conference | Foreign Minister X": a
    preposition other than "of", maybe an article, one or two lower-case nouns, then an
    article, a title or a capitalised name. None if the words are not like that."""
    if (
        w.capitalized_nouns  # lower-case words there are adjectives, not the noun
        or i >= len(tokens)
        or not (tokens[i].lower in lex.prepositions or tokens[i].lower in w.addressees)
        or tokens[i].lower in _OF
    ):
        return None
    j = i + 1
    if j < len(tokens) and tokens[j].lower in w.articles:
        j += 1
    k = j
    while (
        k < len(tokens)
        and k - j < 2
        and tokens[k].text.isalpha()
        and tokens[k].text.islower()
        and tokens[k].lower not in w.function_or_cues
        and tokens[k].lower not in w.titles
        and tokens[k].lower not in _OF
    ):
        k += 1
    if k == j or k >= len(tokens):
        return None
    if tokens[k].lower in _OF and k + 2 < len(tokens):
        # "a margine dell'incontro", "al termine della riunione": one noun of another
        m = k + 1 + (tokens[k + 1].lower in w.dets)
        if m + 1 < len(tokens) and tokens[m].text.islower() and tokens[m].is_word:
            k = m + 1
    nxt = tokens[k]
    if nxt.lower in w.articles or nxt.lower in w.titles or _is_cap_word(nxt, w):
        return k
    return None


def _place_then_article(tokens: list[Token], i: int, w: Words) -> int | None:
    """The index of the article after a name of two to five words starting at ``i``
    (lower-case function words inside it: "Porta a Porta", "Che tempo che fa"), if an
    article follows it; None otherwise."""
    j = i
    while j < len(tokens) and j - i < 5 and tokens[j].is_word:
        if _is_cap_word(tokens[j], w):
            j += 1
        elif (
            j > i
            and tokens[j].lower in w.function
            and j + 1 < len(tokens)
            and _is_cap_word(tokens[j + 1], w)
        ):
            j += 1
        else:
            break
    if j - i >= 2 and j < len(tokens) and tokens[j].lower in w.articles:
        return j
    return None


def _before_addressee(
    text: str, tokens: list[Token], i: int, w: Words, lex: Lexicon
) -> tuple[int, int] | None:
    """[a, b) of a name at ``tokens[i]`` (after at most two title words) that an indirect
    object follows: "sagte (Außenminister) Lawrow der Nachrichtenagentur Interfax" is
    Lawrow's, not the agency's; None unless an addressee's article follows the name, or
    when an article or a preposition governs the phrase ("nach Angaben des Rates der
    Stadt": a noun and its genitive)."""
    if not lex.addressee_articles:
        return None
    before = text[max(0, tokens[i].start - 24) : tokens[i].start].split()
    if before and (before[-1].lower() in w.articles or before[-1].lower() in lex.prepositions):
        return None
    a = i
    while a < len(tokens) and a - i < 2 and _is_role(tokens[a], w):
        a += 1

    def plain(t: Token) -> bool:
        # a word of a person's name: no role, source, institution or article
        return (
            _is_cap_word(t, w)
            and not _is_role(t, w)
            and not _is_anon(t, w)
            and not institution_word(t, w)
            and t.lower not in w.articles
        )

    b = a
    while b < len(tokens) and b - a < 3 and plain(tokens[b]):
        b += 1
    if (
        b == a
        or b + 1 >= len(tokens)
        or tokens[b].lower not in lex.addressee_articles
        or not tokens[b + 1].capitalized
    ):
        return None
    return a, b


def _is_anon(t: Token, w: Words) -> bool:
    """A head noun of an unnamed source; where nouns are capitalised, compounds too
    ("Pressesprecher", "Regierungssprecher")."""
    if t.lower in w.anon:
        return True
    return w.capitalized_nouns and t.capitalized and t.lower.endswith(w.anon_suffixes)


@cache
def _adverbial_end(lex: Lexicon) -> re.Pattern[str]:
    """An adverbial phrase at the end of a stretch of text (never matches without any)."""
    if not lex.adverbials:
        return re.compile(r"(?!)")
    body = "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(lex.adverbials, key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)(?:{body})\s*$", re.IGNORECASE)


def _is_role(t: Token, w: Words) -> bool:
    """A role noun: a title, or a word ending like one ("Einsatzleiter", "Vorsitzende")."""
    return t.lower in w.titles or (bool(w.title_suffixes) and t.lower.endswith(w.title_suffixes))


def names_a_source(phrase: str, lex: Lexicon) -> bool:
    """Whether a phrase has a source word in it ("un portavoce", "ein Pressesprecher")."""
    w = words_of(lex)
    return any(_is_anon(t, w) or t.lower in w.titles for t in tokenize(phrase))


def institution_word(t: Token, w: Words) -> bool:
    """An institution word, or where nouns are capitalised a compound ending in one
    ("Landesamt für Geologie", "Bundesministerium der Finanzen")."""
    if t.text in w.orgs:
        return True
    return w.capitalized_nouns and t.capitalized and t.lower.endswith(w.org_suffixes or ("\0",))


@lru_cache(maxsize=4096)
def names_institution(phrase: str, lex: Lexicon) -> bool:
    """Whether an unnamed source's words name one institution: an institution word after
    words of which one is a name ("the US government", "the Russian defence ministry").
    Not a bare one ("the police", "la polizia", "die Polizei": every country has one, and
    an organisation is one speaker across articles, so these stay unnamed, one per
    article), nor a described one ("the local health ministry"), nor a role of one ("a
    spokesman for the Treasury")."""
    w = words_of(lex)
    words = tokenize(phrase)
    while words and words[0].lower in w.dets:
        words.pop(0)
    if not words or not all(
        t.is_word and t.lower not in w.function and t.lower not in w.articles for t in words
    ):
        return False  # "Einsatzleiter der Feuerwehr": a role of the institution
    if words[0].lower in w.quantifiers:
        return False  # "Many Democrats": some of them
    if re.search(r"\w['’]s\b", phrase):
        return False  # "Netanyahu’s office": somebody's office, unnamed
    head = words[-1]
    return (
        (head.lower in w.orgs_lower or institution_word(head, w))
        and len(words) > 1
        and any(t.capitalized for t in words[:-1])
    )


def _named_by_place(t: Token, w: Words) -> bool:
    """An institution whose name goes on with where it serves ("Staatsanwaltschaft Gießen",
    "Landgericht Frankfurt", "Verkehrsclub Deutschland"), unlike a kind of organisation
    before its own name ("Nachrichtenagentur Belga", "Gewerkschaft Verdi")."""
    return t.lower.endswith(w.org_suffixes or ("\0",)) and not t.lower.endswith(
        w.org_kinds or ("\0",)
    )


def _long_noun(word: str) -> bool:
    """A capitalised word too long to be a given name ("Nachrichtenagentur")."""
    return len(word) >= 12 and word.isalpha()


def name_after_particle(words: Sequence[str], particles: Iterable[str]) -> int:
    """Where a full name starts after a particle in a capitalised run ("Zitat von Max
    Raabe" -> 2): a noun stands before it, not a part of the name; 0 if there is none."""
    for p in range(1, len(words) - 2):
        if words[p].lower() in particles and all(
            x[:1].isupper() and x.lower() not in particles for x in words[p + 1 :]
        ):
            return p + 1
    return 0


def role_noun(word: str) -> bool:
    """A capitalised noun too long, or too compound, to be a given name ("Seismologe",
    "Chef-Ankläger", "Dr."): used only where every noun is capitalised."""
    return len(word) >= 10 or word.endswith(".") or ("-" in word and word[-1].islower())


def _trim(tokens: list[Token], a: int, b: int, w: Words) -> tuple[int, int] | None:
    # Capitalised determiners and titles ("Il Presidente Zelensky") are not the name; in
    # an institution's name they are ("State Department", "Defence Ministry").
    institution = tokens[b - 1].text in w.orgs
    while b - a > 1 and (
        tokens[a].lower in w.articles
        or (tokens[a].lower in w.titles and not institution)
        # "von Merz" (German "by"), not "secondo von der Leyen"
        or (tokens[a].text in w.particles and tokens[a].lower in w.function)
        # "Passenger Rachel Lindqvist": who the person is, before a full name
        or (
            b - a >= 3
            and tokens[a].lower in w.anon
            and not institution
            and tokens[a + 1].capitalized
            and tokens[a + 2].capitalized
        )
    ):
        a += 1
    # "Health Secretary Wes Streeting": the name follows the run's last title word.
    if not institution:
        k = max((m for m in range(a, b) if tokens[m].lower in w.titles), default=-1)
        if k >= a and b - k - 1 >= 2:
            a = k + 1
    # "TV-Moderator Andreas Türck", "Freiburger Pädagogik-Professor Manfred Pelz": role nouns.
    if w.title_suffixes and not institution:  # "General Motors" is one name
        for k in range(b - 2, a - 1, -1):
            if tokens[k].lower.endswith(w.title_suffixes):
                a = k + 1
                break
    # "Fußballprofi Gonzalo Castro": where every noun is capitalised, a long word or a
    # compound opening a run of three or more is a role, not a given name.
    if w.capitalized_nouns:
        # "Anna Berg von der Universität Wien": a full name, then where she works ("von
        # der Leyen" follows one given name).
        for p in range(a + 2, b - 1):
            if tokens[p].lower in w.particles and tokens[p + 1].lower in w.particles:
                if all(tokens[k].capitalized for k in range(a, p)):
                    b = p
                break
        a += name_after_particle([t.text for t in tokens[a:b]], w.particles)
        while (
            b - a > 2
            # "Landesamt für Statistik Sachsen": an institution's name goes on after its joiner
            and not (institution_word(tokens[a], w) and tokens[a + 1].lower in w.joiners)
            and (
                role_noun(tokens[a].text)
                # "Der Künstler Gerhard Richter", "Sein Bruder Jarosław Kaczyński": after
                # an article or a possessive, a noun before a full name.
                or (
                    a > 0
                    and (tokens[a - 1].lower in w.dets or tokens[a - 1].lower in w.possessives)
                    and not any(institution_word(t, w) for t in tokens[a:b])
                )
            )
        ):
            a += 1
        while b - a > 2 and tokens[a].lower in w.dets:
            a += 1  # "(nach Angaben) des Vergleichsportals Verivox"
        if (
            b - a == 2
            and (_long_noun(tokens[a].text) or tokens[a].lower in w.org_kinds)
            and not tokens[a].lower.endswith(w.adjective_suffixes)
            and not _named_by_place(tokens[a], w)
            # "Transparency International": a name that ends in an institution's ending is
            # whole (unlike a kind before a listed name: "Nachrichtenagentur Reuters").
            and (tokens[b - 1].text in w.orgs or not institution_word(tokens[b - 1], w))
        ):
            a += 1  # "Nachrichtenagentur Belga", "Fernsehsender BBC", "Konzern Siemens"
        while b - a > 1 and tokens[a].lower in w.dets:
            a += 1  # "(Pressemitteilung) der Polizei": the role noun went, its article too
    # "della Casa Bianca Jen Psaki": an institution glued before a person's name.
    k = a
    while k < b and (tokens[k].text in w.orgs or tokens[k].text in w.particles):
        k += 1
    if (
        a < k < b - 1
        and tokens[k].lower not in w.joiners  # "Office for Budget Responsibility" is one
        and any(tokens[m].text not in w.orgs for m in range(k, b))
        # "International Monetary Fund" is one: what follows is no person's name
        and _kind_of_name([t.text for t in tokens[k:b]], w) == "person"
    ):
        a = k  # (a person's name has two words at least: "Unione Europea" stays whole)
    return (a, b) if a < b else None


def _named(
    text: str, tokens: list[Token], a: int, b: int, lex: Lexicon, desc: str | None = None
) -> Attribution:
    w = words_of(lex)
    if (
        w.capitalized_nouns
        and b - a == 1
        and a > 0
        and _is_role(tokens[a]._replace(lower=tokens[a].lower.rstrip(".")), w)
        and _is_role(tokens[a - 1], w)
        and tokens[a - 1].capitalized
    ):
        # "so der Vorsitzende Richter": a role after a title, nobody's name.
        return _anonymous(text, tokens, a - 1, b)
    start, end = tokens[a].start, _name_end(text, tokens[a], tokens[b - 1])
    name = text[start:end]
    kind = kind_of_name(name.split(), lex)
    if desc and kind == "person" and _describes_organization(desc, lex):
        kind = "organization"  # "the rights group Amnesty International"
    if kind == "person" and a > 0 and w.capitalized_nouns and tokens[a - 1].capitalized:
        before = tokens[a - 1].lower
        if before.endswith(w.org_kinds or ("\0",)) or before.endswith(w.org_suffixes or ("\0",)):
            kind = "organization"  # "die Nachrichtenagentur Belga", "die Gewerkschaft Verdi"
    return Attribution(name, kind, name, Span(start, end), desc)


def _role_before(text: str, start: int, found: Attribution, w: Words) -> str | None:
    """A role set off before the speaker's name ("Il presidente dell'Inps, | Gabriele Fava,
    intervistato da …"): the description, rather than the apposition after the name."""
    if found.mention_span is None:
        return None
    lead = text[start : found.mention_span.start].strip()
    if not lead.endswith(",") or "," in lead[:-1]:
        return None
    words = lead[:-1].lower().replace("'", " ").replace("’", " ").split()
    return lead[:-1].strip() if any(x in w.titles for x in words) else None


_BRACKETED = re.compile(r"\([^()]*\)")


def _ends_at(text: str, found: Attribution, end: int) -> bool:
    """Whether the speaker's mention runs up to ``end``, past a bracket ("Rossi (Lega)") or
    its description ("Charles Stratford di Al Jazeera", "Wang Shuai, Sprecher von X")."""
    if found.mention_span is None:
        return True
    rest = text[found.mention_span.end : end]
    if found.description:
        rest = rest.replace(found.description, "")
    return not _BRACKETED.sub("", rest).strip(" ,.")


def _describes_organization(desc: str, lex: Lexicon) -> bool:
    """Whether a description's words name a kind of organisation ("the rights group"),
    and no role a person holds in one ("il leader del partito")."""
    w = words_of(lex)
    words = [word.lower().split("'")[-1].split("’")[-1] for word in desc.split()]
    suffixes = lex.organization_suffixes or ("\0",)
    return any(x in lex.organization_nouns or x.endswith(suffixes) for x in words) and not any(
        x in w.titles or x in w.anon or x.endswith(w.title_suffixes or ("\0",)) for x in words
    )


def _name_end(text: str, first: Token, last: Token) -> int:
    """Where a phrase from ``first`` to ``last`` ends: a sentence's full stop, taken into
    the last word by the tokenizer ("John Kirby.", "des Ministeriums."), is not part of
    it; an initial's or an abbreviation's ("Dr.") is."""
    end = last.end
    if text[end - 1] == "." and end - first.start > 2 and last.end - last.start > 2:
        end -= 1
    return end


def _title(text: str, first: Token, last: Token, title: Token) -> Attribution:
    """A role without a name ("il presidente ha detto"): the caller resolves its holder."""
    end = _name_end(text, first, last)
    phrase = text[first.start : end]
    return Attribution(title.text.rstrip("."), "person", phrase, Span(first.start, end), phrase)


def _anonymous(
    text: str, tokens: list[Token], a: int, b: int, dets: frozenset[str] = frozenset()
) -> Attribution:
    """An unnamed source as written; a leading definite article is not part of it."""
    if b - a > 1 and tokens[a].lower in _DEFINITE:
        a += 1
    start, end = tokens[a].start, _name_end(text, tokens[a], tokens[b - 1])
    phrase = text[start:end]
    return Attribution(phrase, "anonymous", phrase, Span(start, end))


def _verb_with_object(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """A verb by its ending with an article or "to" after it: "rejected the", "declined
    to" (not the participle of "officials briefed on the talks")."""
    return (
        bool(lex.verb_endings)
        and tokens[j].lower.endswith(lex.verb_endings)
        and j + 1 < len(tokens)
        and (
            tokens[j + 1].lower in lex.noun_markers or tokens[j + 1].lower in lex.infinitive_markers
        )
    )


def _phrase_end(tokens: list[Token], i: int, w: Words, lex: Lexicon) -> int:
    """Where a descriptive noun phrase starting at token i ends (punctuation, clause words)."""
    j = i
    stops = w.phrase_stops
    while j < len(tokens) and j - i < _MAX_PHRASE:
        t = tokens[j]
        if not t.is_word and t.text not in ("'", "’", "-"):
            break
        if j > i and (t.lower in stops or t.lower in w.skippable):
            break
        if (
            j > i
            and not t.capitalized
            and (t.lower in w.verb_starts or _verb_with_object(tokens, j, lex))
        ):
            break  # "il portavoce | ha respinto", "A spokesperson | rejected the reports"
        if (
            w.capitalized_nouns
            and j > i
            and t.text.islower()
            and tokens[j - 1].capitalized
            and t.lower not in w.function
            and t.lower not in w.articles
            and t.lower not in w.conjunctions
        ):
            break  # "Kreise der Partei | verneinten": after a noun, a verb ends the phrase
        if j > i and t.lower in lex.addressee_articles and _press_after(tokens, j + 1, lex):
            break  # "sagte der FDP-Politiker | der („Bild“-)Zeitung": whom it was said to
        j += 1
    return j


def _press_after(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether a newspaper, an agency or a broadcaster is named at ``tokens[k]``, after
    at most a quotation mark, a name and a hyphen ("Zeitung", "„Bild“-Zeitung")."""
    if not lex.addressee_nouns:
        return False
    for t in tokens[k : k + 5]:
        if t.is_word and t.lower.endswith(lex.addressee_nouns):
            return t.capitalized
        if t.is_word and not t.capitalized:
            return False
    return False


def speaker_after(
    text: str, start: int, end: int, lex: Lexicon, *, strict: bool = False
) -> Attribution | None:
    """The speaker phrase at the start of ``text[start:end]`` ("ha detto ieri Blinken").

    ``strict``: the phrase must begin right there (after adverbs of time and a passive
    "by"), with a determiner, a title, a source word, a pronoun or a capital.
    """
    found = _speaker_after(text, start, end, lex, strict=strict)
    if found is None:
        return None
    return _spokesperson_of(text, start, found, lex) or found


def _speaker_after(
    text: str, start: int, end: int, lex: Lexicon, *, strict: bool = False
) -> Attribution | None:
    w = words_of(lex)
    while end - start > 1 and text[end - 1] in ".;!?" and text[end - 2].islower():
        end -= 1  # "…, said the mayor.": the sentence's full stop is no part of a word
    tokens = tokens_between(text, start, end)
    i = 0
    while i < len(tokens) and i < 4:
        if (
            tokens[i].lower in w.agents
            and (skip := _circumstance_then_speaker(tokens, i, w, lex)) is not None
        ):
            i = skip  # "ha detto dal palco | il presidente": whence, not by whom
        elif tokens[i].lower in w.skippable_or_agents:
            i += 1
        elif i == 0 and lex.verb_second and tokens[i].lower in w.conjunctions:
            i += 1  # "„…“, sagte aber der Minister": the subject after the conjunction
        elif (
            i + 1 < len(tokens)
            and tokens[i + 1].lower in w.skippable
            and not tokens[i + 1].capitalized
            and tokens[i].lower in ("in", "on", "am", "al")
        ):
            i += 2  # "in precedenza", "on Tuesday" (lower-cased days only in Romance)
        elif (
            (tokens[i].lower in lex.addressee_markers or tokens[i].lower in lex.prepositions)
            and i + 1 < len(tokens)
            and _is_cap_word(tokens[i + 1], w)
            and i + 2 < len(tokens)
            and tokens[i + 2].lower in w.articles
        ):
            # "Spiega a Repubblica il professor …", "ha scritto su Facebook il governatore":
            # whom it was said to, or where.
            i += 2
        elif (tokens[i].lower in w.addressees or tokens[i].lower in lex.prepositions) and (
            skip := _place_then_article(tokens, i + 1, w)
        ) is not None:
            i = skip  # "ha detto a Porta a Porta il vicepremier …": a name of several words
        elif (skip := _circumstance_then_speaker(tokens, i, w, lex)) is not None:
            i = skip  # "ha spiegato in conferenza stampa il questore …"
        elif (
            i + 3 < len(tokens)
            and tokens[i].lower in lex.prepositions
            and tokens[i + 1].lower in w.articles
            and tokens[i + 2].lower in lex.document_nouns
            and tokens[i + 3].lower in _OF
        ):
            i += 4  # "si legge in una nota della Farnesina": the document's owner
        else:
            break
    if i >= len(tokens):
        return None
    first = tokens[i]
    if first.lower in w.pronouns:
        return Attribution(None, "unknown", first.text, Span(first.start, first.end))
    if _epithet(tokens, i, i + 2, w):
        # "“…,” the Egyptian told Sky Sports": a nationality standing for a person named
        # before, found in context like a pronoun.
        phrase = text[first.start : tokens[i + 1].end]
        return Attribution(None, "unknown", phrase, Span(first.start, tokens[i + 1].end))
    if strict and not (
        _is_cap_word(first, w)
        or first.lower in w.name_openers
        or first.lower in w.articles_or_possessives  # "said their spokesperson, X"
        # "assicurano dal ministero": whence the words come, an institution in lower case
        or (i > 0 and tokens[i - 1].lower in w.agents and first.text in w.orgs)
        # "berichteten iranische Medien": where nouns are capitalised, an adjective and
        # its noun, with no article
        or (
            w.capitalized_nouns
            and first.is_word
            and first.text.islower()
            and first.lower not in w.function_or_cues
            and i + 1 < len(tokens)
            and tokens[i + 1].capitalized
            and tokens[i + 1].is_word
        )
        # "said protester Jane Doe": a role noun the lexicon lacks, then a full name
        or (
            not w.capitalized_nouns
            and first.is_word
            and first.lower not in w.function
            and i + 2 < len(tokens)
            and _is_cap_word(tokens[i + 1], w)
            and _is_cap_word(tokens[i + 2], w)
        )
    ):
        return None
    if i > 0 and tokens[i - 1].lower in w.agents and first.text in w.orgs and first.text.islower():
        # "assicurano dal ministero", "fanno sapere dal governo": the institution speaks.
        return replace(_named(text, tokens, i, i + 1, lex), kind="organization")
    addressed = _before_addressee(text, tokens, i, w, lex)
    if addressed is not None:
        a, b = addressed
        desc = text[tokens[i].start : tokens[a - 1].end] if a > i else None
        return _named(text, tokens, a, b, lex, desc)
    if first.lower in w.anon:  # "hanno detto diplomatici e funzionari"
        return _anonymous(text, tokens, i, _phrase_end(tokens, i, w, lex))
    # "The party leader, X", "Their leader, X": an article or a possessive opens the role.
    lead = i + 1 if first.lower in w.articles_or_possessives else i
    # Role words up to the name: "il segretario di Stato americano Antony Blinken".
    j = lead
    while (
        j < len(tokens)
        and j - lead < 9
        and tokens[j].is_word
        and not _is_cap_word(tokens[j], w)
        and tokens[j].lower not in w.phrase_stops  # "la premier | durante il vertice"
        and tokens[j].lower not in w.cue_words  # "The minister denied the claims"
        and tokens[j].lower not in w.verb_starts  # "L'allenatore | ha elogiato X"
        and not circumstance_at(tokens, j, w, lex)  # "la leader dem | in una nota"
        # "il ministro | ai cronisti" (but "l'assessore all'Urbanistica" is one role)
        and not (
            tokens[j].lower in lex.addressee_markers
            and j + 1 < len(tokens)
            and not tokens[j + 1].capitalized
        )
    ):
        j += 1
    if (
        w.capitalized_nouns
        and j < len(tokens) - 2
        and (_is_role(tokens[j], w) or _is_anon(tokens[j], w))
        and tokens[j + 1].lower in _GENITIVE
    ):
        # "der Einsatzleiter der Feuerwehr", "ein Sprecher des Ministeriums": a role of an
        # institution, nobody's name, unless the name follows it as an apposition.
        end = _phrase_end(tokens, i, w, lex)
        if end == j + 1 and not _is_anon(tokens[j], w) and tokens[i].lower not in w.indef:
            # "sagte der FDP-Politiker | der Zeitung": a title, the paper it was said to
            return _title(text, tokens[i], tokens[j], tokens[j])
        return _holder_after(text, tokens, i, end, w, lex) or _anonymous(text, tokens, i, end)
    run = _run_forward(tokens, j, w) if j < len(tokens) else None
    if run is not None and j > lead and tokens[j - 1].lower in w.particles:
        k = j - 1
        while k > lead and j - k < 2 and tokens[k - 1].lower in w.particles:
            k -= 1  # "secondo von der Leyen": both particles
        run = _run_forward(tokens, k, w) or run
    if (
        run is not None
        and run[1] < len(tokens)
        and tokens[run[1] - 1].lower in ("s", "'s", "’s")
        and (_is_role(tokens[run[1]], w) or tokens[run[1]].lower in w.anon)
    ):
        # "According to Biden's spokesperson": somebody of Biden's, unnamed; not Biden.
        k = run[1] + 1
        while (
            k < len(tokens)
            and k - run[1] < 4
            and tokens[k].is_word
            and (_is_role(tokens[k], w) or tokens[k].lower in w.anon)
        ):
            k += 1  # "Ukraine's foreign minister"
        # "Ukraine's foreign minister, Dmytro Kuleba,": the role's holder named after it.
        return _holder_after(text, tokens, i, k, w, lex) or _anonymous(text, tokens, run[0], k)
    if run is not None:
        tail = _sentence_case_tail(tokens, run[1], w)
        if tail is not None:
            return _named(text, tokens, run[0], tail, lex)  # "la Camera di commercio"
        split = _institution_then_name(tokens, run[0], run[1], w)
        if split is not None:
            # "ha detto il ministro dell'Economia Giancarlo Giorgetti"
            role_desc = text[tokens[i].start : tokens[split - 1].end]
            return _named(text, tokens, split, run[1], lex, role_desc)
    if (
        run is not None
        and run[1] - run[0] == 1
        and tokens[run[0]].lower in w.titles
        and run[1] + 1 < len(tokens)
        and tokens[run[1]].lower in _OF
    ):
        # "said the Secretary of State Antony Blinken": a capitalised title and its "of".
        later = _run_forward(tokens, run[1] + 1, w)
        if later is not None:
            # The institution may have gone with the run's title words ("State").
            split = _institution_then_name(tokens, later[0], later[1], w) or (
                later[0] if later[0] > run[1] + 1 and later[1] - later[0] >= 2 else None
            )
            if split is not None:
                role_desc = text[tokens[i].start : tokens[split - 1].end]
                return _named(text, tokens, split, later[1], lex, role_desc)
    if (
        run is not None
        and run[1] < len(tokens)
        and (
            tokens[run[1]].lower in w.titles
            or (
                not w.capitalized_nouns
                and tokens[run[1]].is_word
                and tokens[run[1]].text.islower()
                and tokens[run[1]].lower not in w.function_or_cues
                and not verb_like(tokens[run[1]], lex)  # "X | ha elogiato Y", "X | praised Y"
            )
        )
    ):
        # "United Nations chief Antonio Guterres", "White House spokesman John Kirby",
        # "Greens co-leader Franziska Brantner": an institution and a role, then the name.
        k = _after_lower_words(tokens, run[1], w)
        holder = _run_forward(tokens, k, w) if k < len(tokens) else None
        if (
            holder is not None
            and holder[0] == k
            and holder[1] - holder[0] >= 2
            and kind_of_name([t.text for t in tokens[holder[0] : holder[1]]], lex) == "person"
        ):
            role_desc = text[tokens[i].start : tokens[k - 1].end]
            return _named(text, tokens, holder[0], holder[1], lex, role_desc)
    role = tokens[lead : run[0]] if run else tokens[lead:j]
    has_title = any(
        t.lower in w.titles
        or t.lower.endswith(w.title_suffixes or ("\0",))
        or (run is not None and k >= j and t.capitalized)
        for k, t in enumerate(role, start=lead)
    )
    if run is not None and role and (tokens[run[0] - 1].lower in _OF):
        # "il presidente degli Stati Uniti (Joe Biden)": a name may follow the institution.
        k = run[1]
        while (
            k < len(tokens)
            and k - run[1] < 3
            and tokens[k].is_word
            and not _is_cap_word(tokens[k], w)
            # "il leader di Azione | su X": where it was said, no name of the holder
            and tokens[k].lower not in lex.prepositions
            and tokens[k].lower not in w.phrase_stops
        ):
            k += 1
        later = (
            _run_forward(tokens, k, w) if k < len(tokens) and _is_cap_word(tokens[k], w) else None
        )
        if later is not None:
            run = later
        elif has_title and (
            kind_of_name([t.text for t in tokens[run[0] : run[1]]], lex) == "organization"
            # "il segretario generale della Cgil": one word after "of" is the role's
            # institution, not a person's name
            or (run[1] - run[0] == 1 and not w.capitalized_nouns)
        ):
            role_title = _title_word(role, w)
            if role_title is None:
                # "heißt es im Jahresbericht der Brüsseler Behörde": a document of the
                # institution, which speaks through it.
                return _named(text, tokens, run[0], run[1], lex)
            # "la segretaria del Pd, Elly Schlein, …": the holder set off by commas, maybe
            # after an adjective ("il ministro degli Esteri ucraino, Dmytro Kuleba, …").
            k = _after_lower_words(tokens, run[1], w)
            apposed = _holder_after(text, tokens, i, k, w, lex)
            return apposed or _title(text, tokens[i], tokens[run[1] - 1], role_title)
    if run is not None and role and has_title:
        # "l'assessore all'Urbanistica, Marco Rossi", "il capogruppo di X in consiglio
        # comunale, Luca Bianchi": the role's holder set off by commas.
        k = run[1]
        while (
            k < len(tokens) and k - run[1] < 4 and tokens[k].is_word and not tokens[k].capitalized
        ):
            k += 1
        apposed = _holder_after(text, tokens, i, k, w, lex)
        if apposed is not None:
            return apposed
    if run is not None and tokens[i].lower in w.indef and any(t.lower in w.anon for t in role):
        # "un alto funzionario dell'amministrazione Biden": somebody of Biden's, not Biden.
        return _anonymous(text, tokens, i, run[1])
    if (
        run is not None
        and not w.capitalized_nouns
        and 0 < len(role) <= 2
        and run[1] - run[0] >= 2
        and all(t.is_word and t.lower not in w.function for t in role)
        and kind_of_name([t.text for t in tokens[run[0] : run[1]]], lex) == "person"
    ):
        # "said protester Jane Doe", "ha detto l'attivista Anna Rossi": a role noun the
        # lexicon does not list, then a full name.
        has_title = True
    if (
        run is not None
        and w.capitalized_nouns
        and not has_title
        and run[1] - run[0] == 1
        and tokens[i].lower not in w.indef  # "eines hochrangigen Beamten": somebody
        and 0 < len(role) <= 2
        and all(t.is_word and t.text.islower() and t.lower not in w.function_or_cues for t in role)
    ):
        # "die bayerische Staatsregierung": where nouns are capitalised, lower-case words
        # between the article and the noun are its adjectives, part of the phrase.
        found = _named(text, tokens, lead, run[1], lex)
        noun = kind_of_name([t.text for t in tokens[run[0] : run[1]]], lex)
        if noun == "person":
            return replace(found, kind="anonymous")  # "die betroffenen Anwohner"
        return replace(found, kind=noun)
    if (
        run is not None
        and len(role) == 2
        and role[0].lower in w.anon
        and role[0].lower not in w.titles
        and role[1].lower in _OF
    ):
        # "ha detto la madre di Giulia Cecchettin": somebody of the person's, unnamed.
        return _anonymous(text, tokens, i, run[1])
    if run is not None and (not role or has_title or all(t.lower in w.particles for t in role)):
        desc = text[tokens[i].start : tokens[run[0] - 1].end] if role and has_title else None
        return _named(text, tokens, run[0], run[1], lex, desc)
    if (
        run is None
        and role
        and tokens[i].lower not in w.indef
        and (has_title or any(t.lower in w.anon for t in role))
    ):
        # "said their spokesperson, Steve Darling", "said the party's spokesperson, X":
        # the role's holder set off by a comma after it.
        apposed = _holder_after(text, tokens, i, lead + len(role), w, lex)
        if apposed is not None:
            return apposed
    if role and (tokens[i].lower in w.indef or any(t.lower in w.anon for t in role)):
        return _anonymous(text, tokens, i, _phrase_end(tokens, i, w, lex))
    if (
        role
        and (run is None or tokens[run[0] - 1].lower in _OF)
        and role[0].text.islower()
        and (
            role[0].text in w.orgs
            or role[0].lower in lex.organization_nouns
            # "said the air force": lower-case words that say which, then the institution
            or (
                len(role) <= 3
                and all(t.text.islower() and t.lower not in w.function for t in role)
                and role[-1].text in w.orgs
            )
        )
    ):
        # "«…», ha detto la polizia", "hanno detto i carabinieri", "ha spiegato la procura
        # di Milano": an institution that the article does not name.
        if run is not None:  # "il ministero della Salute": an institution by its name
            return replace(_anonymous(text, tokens, i, run[1]), kind="organization")
        return _anonymous(text, tokens, i, _phrase_end(tokens, i, w, lex))
    if (
        run is not None
        and role
        and _describes_organization(text[tokens[i].start : tokens[run[0] - 1].end], lex)
    ):
        # "l'agenzia di rating Moody's": a kind of organisation, then its name.
        desc = text[tokens[i].start : tokens[run[0] - 1].end]
        return _named(text, tokens, run[0], run[1], lex, desc)
    title = _title_word(role, w) if role and has_title else None
    if title is not None:
        # "la segretaria del partito, Anna Berti, …": the holder set off by commas.
        apposed = _holder_after(text, tokens, i, lead + len(role), w, lex)
        return apposed or _title(text, tokens[i], role[-1], title)
    return None


def _after_lower_words(tokens: list[Token], k: int, w: Words, most: int = 2) -> int:
    """Past up to ``most`` lower-case words from token ``k`` that are neither function
    words nor cues: a role's or an institution's adjectives ("ucraino", "chief")."""
    start = k
    while (
        k < len(tokens)
        and k - start < most
        and tokens[k].is_word
        and tokens[k].text.islower()
        and tokens[k].lower not in w.function_or_cues
    ):
        k += 1
    return k


def _title_word(role: Sequence[Token], w: Words) -> Token | None:
    """The title among a role's words ("segretario", "Pressesprecher"), if there is one."""
    return next(
        (t for t in role if t.lower in w.titles or t.lower.endswith(w.title_suffixes or ("\0",))),
        None,
    )


def _holder_after(
    text: str, tokens: list[Token], i: int, end: int, w: Words, lex: Lexicon
) -> Attribution | None:
    """ "der Vorsitzende der Gewerkschaft, William R. Dougan, …": the person's name set off
    by commas after a role; the role is their description."""
    if end >= len(tokens) or tokens[end].text != ",":
        return None
    run = _run_forward(tokens, end + 1, w)
    if run is None or run[0] != end + 1 or run[1] - run[0] < 2:
        return None
    if run[1] < len(tokens) and tokens[run[1]].text not in (",", ".", ";"):
        return None
    name = [t.text for t in tokens[run[0] : run[1]]]
    if kind_of_name(name, lex) != "person":
        return None
    description = text[tokens[i].start : tokens[end - 1].end]
    return _named(text, tokens, run[0], run[1], lex, description)


def speaker_before(text: str, start: int, end: int, lex: Lexicon) -> Attribution | None:
    """The subject phrase ending right at ``end`` ("Il presidente Macron | ha detto").

    Where a participle cue comes last, an auxiliary may stand between the subject and an
    object: "Die Behörden hatten die Flüchtlinge | gewarnt" has the authorities speak."""
    if lex.auxiliaries and lex.participle_last:
        tokens = tokens_between(text, start, end)
        if tokens and (tokens[-1].lower == lex.final_infinitive or tokens[-1].text == ","):
            # "Der Vorschlag ist im Zusammenhang … zu sehen, wobei zu betonen sei": an
            # infinitive, no participle after its auxiliary; "Man habe dem Team vertraut,
            # erklärte X": a clause of its own before the cue, no subject.
            tokens = []
        for k in range(len(tokens) - 2, 0, -1):
            if tokens[k].lower in lex.auxiliaries and (
                tokens[k + 1].lower in lex.determiners
                # "General Motors hat im Gespräch mit dem Minister | zugesichert"
                or tokens[k + 1].lower in lex.prepositions
                # "Die Koalition hat sich darauf | verständigt"
                or tokens[k + 1].lower in lex.object_clitics
            ):
                subject = _speaker_before(text, start, tokens[k].start, lex)
                if subject is not None and subject.speaker is not None:
                    return _organization_by_description(text, start, subject, lex)
                break
        inverted = _after_second_auxiliary(text, start, end, tokens, lex)
        if inverted is not None:
            return inverted
        pronoun = _pronoun_after_opener(tokens, lex)
        if pronoun is not None:
            return pronoun
    counted = _counted_group(text, start, end, lex) or _document_maker(text, start, end, lex)
    if counted is not None:
        return counted
    found = _speaker_before(text, start, end, lex)
    if found is None:
        return None
    return _spokesperson_of(text, start, found, lex) or _organization_by_description(
        text, start, found, lex
    )


def _pronoun_after_opener(tokens: list[Token], lex: Lexicon) -> Attribution | None:
    """Where the verb comes last in a clause opened by a relative pronoun, a complementizer
    or a subordinator, a personal pronoun right after the opener is the verb's subject, not
    the object before the verb: "eine Rede, in der er die junge Generation | aufforderte",
    "als er die Jugend | aufforderte"."""
    pronouns = words_of(lex).pronouns
    for k in range(len(tokens) - 3, -1, -1):
        if not tokens[k].is_word:
            return None  # the clause's start is past a comma or a mark: not this one
        opener = (
            tokens[k].lower in lex.complementizers or tokens[k].lower in lex.clause_openers
        ) or (
            tokens[k].lower in lex.relative_pronouns
            and k > 0
            and (tokens[k - 1].text == "," or tokens[k - 1].lower in lex.prepositions)
        )
        if opener:
            nxt = tokens[k + 1]
            if nxt.lower in pronouns and all(t.is_word for t in tokens[k + 2 :]):
                return Attribution(None, "unknown", nxt.text, Span(nxt.start, nxt.end))
            return None
    return None


_POSSESSIVE = re.compile(r"['’]s?\Z")
_NON_SPACE = re.compile(r"\S+")


def possessor(src: str, lex: Lexicon) -> tuple[int, int] | None:
    """Where the owner starts and ends in a phrase that ends with a document of its owner's,
    named in the possessive ("the Fed's latest projections" -> "the Fed", "Halvern's own
    figures" -> "Halvern"); None if it is no such document."""
    spans = [(m.start(), m.group()) for m in _NON_SPACE.finditer(src)]
    words = [word for _, word in spans]
    if len(words) < 2 or words[-1].lower() not in lex.document_nouns:
        return None
    for k in range(len(words) - 2, max(-1, len(words) - 5), -1):
        m = _POSSESSIVE.search(words[k])
        if m is not None and m.start() > 0 and words[k][0].isupper():
            # at most two words between the owner and the document ("own", "latest")
            first = k
            while first > 0 and words[first - 1][:1].isupper() and k - first < 4:
                first -= 1  # "the International Monetary Fund's"
            if first > 0 and words[first - 1].lower() in lex.determiners:
                first -= 1
            return spans[first][0], spans[k][0] + m.start()
        if not words[k].islower():
            return None
    return None


def _document_maker(text: str, start: int, end: int, lex: Lexicon) -> Attribution | None:
    """Who made the document that opens a cue's clause as its subject: "A poll by YouGov
    published on Sunday | found", "A report from the IMF | warned", "Un sondaggio di Swg |
    ha rilevato", "Eine Umfrage von Forsa | zeigte", "A YouGov poll | found"."""
    nouns = _document_regex(lex)
    if nouns is None:
        return None
    near = max(start, end - 60)
    if "'" in text[near:end] or "’" in text[near:end]:
        comma = text.rfind(",", start, end) + 1 or start
        owner = possessor(text[comma:end], lex)
        if owner is not None:
            # "The IMF's latest report | says", "In Washington, the Fund's new forecast
            # | says": the owner of the document
            found = speaker_after(text, comma + owner[0], comma + owner[1], lex)
            if found is not None and found.speaker is not None and found.kind != "anonymous":
                return document_maker(found)
            return None
    if nouns.search(text, start, min(end, start + 60)) is None:
        return None  # the common case, cheaply: no document noun opens the clause
    w = words_of(lex)
    tokens = tokens_between(text, start, end, 4)
    i = 1 if tokens and tokens[0].lower in w.articles else 0
    if i + 1 >= len(tokens):
        return None
    if tokens[i].lower in lex.document_nouns:
        marker = tokens[i + 1]
        if marker.lower in w.agents or marker.lower in _OF:
            found = speaker_after(text, marker.end, end, lex)
            if found is not None and found.speaker is not None and found.kind != "anonymous":
                return document_maker(found)
        return None
    if (
        _is_cap_word(tokens[i], w)
        and tokens[i + 1].lower in lex.document_nouns
        and not text[tokens[i + 1].end : end].strip()
    ):
        return document_maker(_named(text, tokens, i, i + 1, lex))  # "A YouGov poll | found"
    return None


@cache
def _document_regex(lex: Lexicon) -> re.Pattern[str] | None:
    if not lex.document_nouns:
        return None
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, lex.document_nouns))})\b", re.IGNORECASE)


def document_maker(found: Attribution) -> Attribution:
    """A document's maker named by one word is an institution ("YouGov", "Swg"); a person
    has a given name and a surname ("a study by economist John Smith")."""
    if (
        found.kind == "person"
        and found.speaker is not None
        and " " not in found.speaker
        and found.description is None  # "Mr Smith's statement": a person by a title
    ):
        return replace(found, kind="organization")
    return found


_DIGIT = re.compile(r"\d")
_MAX_COUNTED_WORDS = 3  # "40 Labour backbenchers"


def _counted_group(text: str, start: int, end: int, lex: Lexicon) -> Attribution | None:
    """A number of people nobody names, opening the clause right before a cue: "More than 40
    backbenchers | said", "Più di 40 deputati | hanno scritto", "12 MPs | said"."""
    near = max(start, end - 80)
    if _DIGIT.search(text, near, end) is None:
        return None  # the common case, cheaply
    w = words_of(lex)
    tokens = tokens_between(text, near, end)
    k = len(tokens) - 1
    while (
        k >= 0
        and len(tokens) - 1 - k < _MAX_COUNTED_WORDS
        and tokens[k].is_word
        and not tokens[k].text[:1].isdigit()
        and tokens[k].lower not in w.function_or_cues
        and tokens[k].lower not in w.calendar
    ):
        k -= 1
    if k < 0 or k == len(tokens) - 1 or not tokens[k].text.isdigit():
        return None
    if tokens[k + 1].lower in lex.age_words:
        return None  # "Mario Rossi, 45 anni": an age, no group
    a = k
    for lead in lex.quantity_leads:
        words = lead.split()
        if a >= len(words) and [t.lower for t in tokens[a - len(words) : a]] == words:
            a -= len(words)
            break
    opens = (a == 0 and not text[start : tokens[0].start].strip()) or (
        a > 0 and tokens[a - 1].text in (",", ";", ":")
    )
    if not opens:
        return None
    return _anonymous(text, tokens, a, len(tokens))


def _spokesperson_of(text: str, start: int, found: Attribution, lex: Lexicon) -> Attribution | None:
    """An unnamed source that speaks for the person found, when the person's name and
    titles follow its head and a preposition or a genitive article: "A spokesman for Prime
    Minister Keir Starmer", "Ein Sprecher von Finanzminister Lars Klingbeil", "Ein Sprecher
    des Finanzministers Lars Klingbeil". Somebody of the person's, unnamed; not the person."""
    if found.kind != "person" or found.mention_span is None:
        return None
    w = words_of(lex)
    tokens = tokens_between(
        text, max(start, found.mention_span.start - 80), found.mention_span.start
    )
    k = len(tokens) - 1
    while (
        k >= 0
        and tokens[k].is_word
        and (_role_in_any_case(tokens[k], w, lex) or tokens[k].text in w.orgs)
    ):
        k -= 1  # "Prime Minister", "NATO Secretary General", "des Finanzministers"
    if k < 1 or not (tokens[k].lower in lex.prepositions or tokens[k].lower in _GENITIVE):
        return None
    head = tokens[k - 1].lower
    proxies = lex.proxy_titles
    if not (head in proxies or (w.capitalized_nouns and head.endswith(tuple(proxies)))):
        return None  # "Pressesprecher" too, where nouns are compounded
    head_at = k - 1
    first = _np_start(tokens, head_at, w, w.conjunctions)
    if tokens[first].lower in _DEFINITE:
        first += 1  # as an unnamed source is written elsewhere: "Sprecher des Kanzlers X"
    a = tokens[first].start
    phrase = text[a : found.mention_span.end]
    return Attribution(phrase, "anonymous", phrase, Span(a, found.mention_span.end))


def _role_in_any_case(t: Token, w: Words, lex: Lexicon) -> bool:
    """A role noun, also in a case the lexicon declines ("des Finanzministers")."""
    return _is_role(t, w) or any(
        _is_role(t._replace(lower=re.sub(r.noun_ending, "", t.lower)), w)
        for r in lex.declensions
        if r.noun_ending
    )


def _organization_by_description(
    text: str, start: int, found: Attribution, lex: Lexicon
) -> Attribution:
    """A name after lower-case words that describe a kind of organisation ("The rights
    group Amnesty International said", "Il sindacato Cgil ha detto") is an organisation's."""
    if found.kind != "person" or found.mention_span is None or not lex.organization_nouns:
        return found
    before = text[max(start, found.mention_span.start - 80) : found.mention_span.start]
    words = before.split(",")[-1].split()[-8:]
    described = [x for x in words[-3:] if x.islower() or "'" in x or "’" in x]
    # The whole phrase judges: "A spokesman for the company X" is a person's role.
    if described and _describes_organization(" ".join(words), lex):
        return replace(found, kind="organization")
    return found


def antecedent(text: str, start: int, end: int, lex: Lexicon) -> Attribution | None:
    """The named source ending right at ``end``, even in a prepositional phrase: what a
    relative "according to which" points back to ("dal Copernicus Service secondo cui",
    "der Entscheidung des Bundesverfassungsgerichts, wonach")."""
    found = _speaker_before(text, start, end, lex, governed=True)
    if found is None or found.speaker is None or found.kind == "anonymous":
        return None
    return found


def _relative_before_adverbial(tokens: list[Token], last: int, lex: Lexicon) -> int | None:
    """The index of a relative pronoun after a comma that only an adverbial phrase
    separates from the end (a preposition first, no comma, no verb of speech): "…, che |
    ai microfoni di Sky Sport"; None if there is none."""
    w = words_of(lex)
    for k in range(last, max(0, last - 12), -1):
        t = tokens[k]
        if t.text in ",;:" or t.lower in w.cue_words:
            return None
        if t.lower in lex.relative_pronouns and tokens[k - 1].text == ",":
            after = tokens[k + 1] if k < last else None
            if after is not None and (
                after.lower in lex.prepositions or after.lower in w.skippable
            ):
                return k
            return None
    return None


_GLUED_STOP = re.compile(r"[^\W\d_]{2}[.!?][A-ZÀ-ÖØ-Þ]")


def circumstance_at(tokens: list[Token], j: int, w: Words, lex: Lexicon) -> bool:
    """Whether a phrase of where or how it was said starts at ``tokens[j]``: a preposition
    other than "of", an article and a lower-case noun ("in una nota", "con i
    giornalisti", "in a statement"); not a portfolio ("il ministro per la Pubblica
    amministrazione")."""
    return (
        j + 2 < len(tokens)
        and tokens[j].lower in lex.prepositions
        and tokens[j].lower not in _OF
        and tokens[j + 1].lower in w.articles
        and tokens[j + 2].is_word
        and not tokens[j + 2].capitalized
    )


def apposed_name(
    text: str, role: str, comma: int, end: int, lex: Lexicon
) -> tuple[Attribution, int] | None:
    """The person a role is given to, named between the comma at ``comma`` and the next:
    "Per il capogruppo del Pd alla Camera, Chiara Braga, …", "According to the party
    leader, Jane Doe, …". The role must hold a title; returns the person and where the
    closing comma stands."""
    w = words_of(lex)
    if not any(_is_role(t, w) for t in tokenize(role)):
        return None
    close = text.find(",", comma + 1, end)
    if close < 0:
        return None
    tokens = tokens_between(text, comma + 1, close)
    run = _run_forward(tokens, 0, w) if tokens else None
    if run != (0, len(tokens)) or len(tokens) < 2:
        return None
    if kind_of_name([t.text for t in tokens], lex) != "person":
        return None
    return _named(text, tokens, 0, len(tokens), lex, role.strip() or None), close


def _relative_start(tokens: list[Token], k: int, lex: Lexicon) -> int | None:
    """The index of the relative pronoun after a comma that opens the clause in which
    ``tokens[k]`` stands, in its sentence (a full stop glued to the next word, "…
    brächten.Die Kommission – …", ends a sentence too); None if there is none."""
    for j in range(k - 1, 0, -1):
        if tokens[j].text in (".", "!", "?") or _GLUED_STOP.search(tokens[j].text):
            return None
        if tokens[j].lower in lex.relative_pronouns and tokens[j - 1].text == ",":
            return j
    return None


def opens_sentence_at(text: str, at: int) -> bool:
    """Whether ``at`` opens a sentence: only spaces, and before them a sentence's end, a
    paragraph break or the start of the text."""
    k = at
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k == 0 or text[k - 1] in '.!?\n:“”"»«„'


def _speaker_before(
    text: str, start: int, end: int, lex: Lexicon, *, governed: bool = False
) -> Attribution | None:
    """``governed``: the phrase may follow a preposition (it is no verb's subject then)."""
    w = words_of(lex)
    m = _adverbial_end(lex).search(text, start, end)
    if m is not None:
        end = m.start()  # "Macron una volta | ha descritto"
    tokens = tokens_between(text, start, end)
    while (
        tokens
        and (
            # A time word, not a name that looks like one ("il Corriere della Sera").
            (
                tokens[-1].lower in w.skippable
                and (
                    not tokens[-1].capitalized
                    or tokens[-1].lower in lex.weekdays
                    # "Darauf erwiderte X": a capital that only opens the sentence
                    or (len(tokens) == 1 and opens_sentence_at(text, tokens[0].start))
                )
            )
            # "Diese Woche | sagte er": a noun of time, and its determiner.
            or tokens[-1].lower in lex.time_nouns
            or (len(tokens) == 1 and tokens[-1].lower in w.dets)
            or tokens[-1].lower in ("to", "zu")
            # "X l'|ha definita": an elided pronoun glued to the cue is its object.
            or (tokens[-1].text[-1:] in "'’" and tokens[-1].end == end and len(tokens) > 1)
            # "Paul Kern hatte am Montag | zugegeben": the auxiliary of a participle cue.
            or (
                tokens[-1].lower in lex.auxiliaries
                and len(tokens) > 1
                and (tokens[-2].is_word or tokens[-2].text == ")")  # "X (SPD) hat gesagt"
            )
            # "Johnson himself | said": a word that stresses the subject.
            or (tokens[-1].lower in lex.intensifiers and len(tokens) > 1)
            # "Paolo Neri ci | ha detto": the listener, between the subject and its verb.
            or (
                tokens[-1].lower in lex.object_clitics
                and len(tokens) > 1
                and tokens[-2].is_word
                and tokens[-2].lower not in lex.prepositions  # "Über sich sagte X"
            )
        )
    ):
        tokens.pop()
    if not tokens or tokens[-1].lower in w.conjunctions or tokens[-1].lower in lex.clause_openers:
        # "…, ma | ha aggiunto", "…, but | added": the subject is the earlier clause's,
        # left unsaid; nothing in the words before the conjunction is this verb's subject
        # ("not to return until | told it was safe": nor before a subordinator).
        return None
    last = len(tokens) - 1
    comma = _apposed_age_or_party(tokens, lex)
    if comma is not None:
        # "Sen. Rand Paul, R-Ky.(, who …,)", "Mario Rossi, 45 anni(, che …,)": the
        # person, not the party and state or the age
        return _speaker_before(text, start, tokens[comma].start, lex, governed=governed)
    bracket = _bracket_opening(tokens, last)
    if bracket is not None:
        # "Edelgard Bulmahn (SPD) nannte", "Matteo Renzi (Iv) ha detto", "Jane Doe (45)
        # said": a party, an age or a short name in brackets after the subject.
        tokens = tokens[:bracket]
        last = bracket - 1
    if tokens[last].text in (",", "—", "–"):
        # An appositive: "Mark Milley, capo di Stato maggiore, ha detto", "The report —
        # published by the UN — says".
        opener = (",", "(") if tokens[last].text == "," else (tokens[last].text,)
        for k in range(last - 1, max(-1, last - _MAX_APPOSITION_TOKENS), -1):
            if tokens[k].text in opener:
                inner = _run_forward(tokens[k + 1 : last], _titles_at(tokens, k + 1, last, w), w)
                inner_kind = (
                    kind_of_name([x.text for x in tokens[k + 1 + inner[0] : last]], lex)
                    if inner is not None and inner[1] == last - k - 1
                    else None
                )
                if (
                    inner is not None
                    and (
                        (inner_kind == "person" and inner[1] - inner[0] >= 2)  # not "D-Mass."
                        # "Der Mutterkonzern von Opel, General Motors, hat zugesichert"
                        # (a description before it, not a list: "Frankreich, Deutschland,")
                        or (
                            inner_kind == "organization"
                            and any(t.lower in w.articles or t.text[-1] in "'’" for t in tokens[:k])
                        )
                    )
                ):
                    # "Il Segretario Generale della NATO, Jens Stoltenberg, ha dichiarato"
                    # "Filtra preoccupazione dalle Regioni: il presidente della Conferenza,
                    # X, ha avvertito": the description starts after a colon
                    lead = next((x + 1 for x in range(k - 1, -1, -1) if tokens[x].text in ":;"), 0)
                    desc = text[tokens[lead].start : tokens[k].start].strip() if lead < k else ""
                    return _named(text, tokens, k + 1 + inner[0], last, lex, desc or None)
                agent = _document_agent(text, tokens, k, last, lex)
                if agent is not None:
                    return agent
                # "X e Y, che dirige l'esecutivo dell'UE, la Commissione, hanno
                # dichiarato": the apposition belongs to a relative clause; the subject
                # stands before it.
                rel = _relative_start(tokens, k, lex)
                cut = tokens[rel - 1].start if rel is not None else tokens[k].start
                found = speaker_before(text, start, cut, lex)
                # "The Italian, who trailed by a break, described …": an epithet, resolved
                # in context like a pronoun.
                if (
                    found is not None
                    and (found.speaker is not None or found.mention)
                    # the subject ends where the apposition starts, not "Man habe mit
                    # dem Team gearbeitet, die …, erklärte X" (a clause of its own)
                    and _ends_at(text, found, cut)
                ):
                    desc = text[tokens[k].end : tokens[last].start].strip()
                    if tokens[k + 1].lower in lex.relative_pronouns:
                        desc = ""  # "Declan Rice, who scored …, admitted": no role
                    return Attribution(
                        found.speaker,
                        found.kind,
                        found.mention,
                        found.mention_span,
                        found.description or _role_before(text, start, found, w) or desc or None,
                    )
                break
        return None
    t = tokens[last]
    if t.lower in w.pronouns:
        return Attribution(None, "unknown", t.text, Span(t.start, t.end))
    genitive = _genitive_subject(text, tokens, last, w, lex) if w.capitalized_nouns else None
    if genitive is not None:
        return genitive
    if last >= 1 and _epithet(tokens, last - 1, last + 1, w):
        phrase = text[tokens[last - 1].start : t.end]
        return Attribution(None, "unknown", phrase, Span(tokens[last - 1].start, t.end))
    if t.lower in lex.relative_pronouns and last > 0 and tokens[last - 1].text == ",":
        # "Richard Lugar, che diceva …" / "Lugar, who said …": the antecedent speaks.
        return speaker_before(text, start, tokens[last - 1].start, lex)
    if (
        # "that" right before the verb is a relative pronoun too
        (t.lower in lex.relative_pronouns or t.lower in w.complementizers)
        and not w.capitalized_nouns  # German relatives are articles too
        and last > 0
        and tokens[last - 1].is_word
        and tokens[last - 1].lower not in w.function
    ):
        # "a clash with tech companies that say …": the antecedent speaks, whatever
        # governs it.
        prep = next(
            (k for k in range(last - 1, -1, -1) if tokens[k].lower in lex.prepositions), None
        )
        begin = tokens[prep].end if prep is not None else start
        return _speaker_before(text, begin, t.start, lex, governed=True)
    rel = _relative_before_adverbial(tokens, last, lex)
    if rel is not None:
        # "X, che ai microfoni di Sky Sport ha parlato di …", "X, who in an interview with
        # the BBC spoke of …": the antecedent, past where and to whom it was said.
        return speaker_before(text, start, tokens[rel - 1].start, lex)
    first = _sentence_case_institution(tokens, last, w)
    if first is not None and first >= 2 and tokens[first - 1].lower in _OF:
        # "Il direttore del Fondo monetario internazionale", "un portavoce della Banca
        # centrale europea": a role of the institution, or an unnamed source of it.
        role_word = tokens[first - 2]
        conj = w.conjunctions
        if role_word.lower in w.titles:
            opening = tokens[_np_start(tokens, first - 2, w, conj)]
            return _title(text, opening, tokens[last], role_word)
        if _is_anon(role_word, w):
            return _anonymous(text, tokens, _np_start(tokens, first - 2, w, conj), last + 1)
        return None
    if first is not None:
        return _named(text, tokens, first, last + 1, lex)
    conj = w.conjunctions
    run = _run_back(tokens, last, w)
    joined = _joined_institution(tokens, run, w) if run is not None else None
    if run is not None and joined is not None:
        # "The Centers for Disease Control and Prevention said": one institution's name,
        # unless it is where the person before it works ("Anna Berg vom Institut für …").
        if not governed and (role := _role_of(text, tokens, joined, last, w, lex)) is not None:
            return role  # "The head of the Bank of England said"
        person = None if governed else _affiliated(text, tokens, joined, w, conj, lex)
        return person or _named(text, tokens, joined, run[1], lex)
    if run is not None:
        a = _over_of(tokens, run[0], w)
        if (
            a != run[0]
            and not governed
            and (role := _role_of(text, tokens, a, last, w, lex)) is not None
        ):
            return role  # "The leader of Brothers of Italy says"
        head = run[0] - 1
        while head >= 0 and tokens[head].lower in w.articles_or_possessives:
            head -= 1
        place = _over_coordinated(tokens, head, w)
        if (
            not governed
            and place != head
            and place > 0
            and tokens[place].lower in lex.prepositions
            and _is_anon(tokens[place - 1], w)
        ):
            # "Officials in Texas and Idaho said": the places the source is in, two names
            # joined, not two people.
            return _anonymous(text, tokens, _np_start(tokens, place - 1, w, conj), last + 1)
        if (
            not governed
            and head >= 0
            and tokens[head].lower in lex.prepositions
            and not (tokens[head].lower in _OF and head > 0 and tokens[head - 1].capitalized)
            # "…, während Diplomaten sagten": a conjunction after a comma, no preposition
            and not (
                tokens[head].lower in lex.not_after_comma
                and head > 0
                and tokens[head - 1].text == ","
            )
            # "Das Bundesministerium für Gesundheit": an institution's joiner, no preposition
            and not (
                tokens[head].lower in w.joiners
                and head > 0
                and institution_word(tokens[head - 1], w)
            )
        ):
            if head > 0 and tokens[head].lower in _OF and tokens[head - 1].lower in w.titles:
                return _before_name(text, tokens, run, w, conj, lex)  # "Il sindaco di Roma"
            if head == 0 and tokens[head].lower in w.agents:
                # "Da Palazzo Chigi fanno sapere che …": whence the words come, opening the
                # sentence before an impersonal verb.
                return _before_name(text, tokens, run, w, conj, lex)
            np_open = _np_start(tokens, head - 1, w, conj) if head > 0 else head
            if head > 0 and _is_anon(tokens[head - 1], w):
                # "Officials in Kyiv said", "a spokesperson for the European Commission":
                # the unnamed source the phrase belongs to.
                return _anonymous(text, tokens, np_open, last + 1)
            if (
                head > 0
                and _is_role(tokens[head - 1], w)
                # "Der Minister für Viehzucht": where every noun is capitalised, so is a role
                and (w.capitalized_nouns or not tokens[head - 1].capitalized)
            ):
                # "a spokesman for the Treasury said", "the ambassador to France said": a
                # role of the institution; its holder, if the article names one.
                return _title(text, tokens[np_open], tokens[last], tokens[head - 1])
            if (
                head > 0
                and tokens[head].lower in lex.affiliation_markers  # not "a victory for X"
                and tokens[head - 1].is_word
                and tokens[np_open].lower in w.indef
                and tokens[np_open].lower in lex.function_words  # an article, no number
                and head - np_open <= 6
            ):
                # "Eine Rentnerin aus Augsburg sagte", "A commuter from Potsdam said":
                # somebody from a place, unnamed.
                return _anonymous(text, tokens, np_open, last + 1)
            # "Peter Kern von der Erdbebenwarte Bensberg bei Köln sagte": where the person
            # works, and where that is; else "Vor dem Gerichtsgebäude sagte X": no subject.
            return _affiliated(text, tokens, run[0], w, conj, lex)
        return _before_name(text, tokens, run, w, conj, lex)
    if t.lower in w.titles:
        j = _back_over_words(tokens, last, 4, w)
        if j > 0 and tokens[j - 1].lower in w.articles:
            j -= 1
        if tokens[j].lower in w.indef:  # "a senior official": somebody, not a known holder
            return _anonymous(text, tokens, j, last + 1)
        if re.search(r"\w['’]s\s", text[tokens[j].start : t.start]):
            # "Starmer's spokesman": somebody of Starmer's, unnamed; not Starmer.
            return _anonymous(text, tokens, j, last + 1)
        return _title(text, tokens[j], t, t)
    if (
        not w.capitalized_nouns
        and last >= 1
        and t.is_word
        and t.text.islower()
        and t.lower not in w.function
        and tokens[last - 1].lower in w.titles
        and tokens[last - 1].lower not in w.anon  # "il portavoce ufficiale": unnamed
        and (last == 1 or (last == 2 and tokens[0].lower in w.articles))
    ):
        # "Il presidente ucraino ha detto", "Il tecnico nerazzurro ha aggiunto": a title
        # and its qualifier opening the clause; its holder, if the article names one.
        return _title(text, tokens[0], t, tokens[last - 1])
    return _unnamed_before(text, tokens, last, w, conj, lex)


def _apposed_age_or_party(tokens: list[Token], lex: Lexicon) -> int | None:
    """The index of the comma before an age or a party and state that ends ``tokens``
    ("…, 64", "…, 45 anni", "…, R-Ky."), if they end so after a name."""
    k = len(tokens) - 1
    while k > 0 and tokens[k].lower in lex.age_words:
        k -= 1
    word = tokens[k].text
    party = lex.party_designation is not None and re.fullmatch(lex.party_designation, word)
    age = word.isdigit() and len(word) <= 3
    if k >= 2 and tokens[k - 1].text == "," and (party or age) and tokens[k - 2].capitalized:
        return k - 1
    return None


def _bracket_opening(tokens: list[Token], last: int) -> int | None:
    """Where a short bracketed aside that ends the phrase opens, if something stands
    before it: "Edelgard Bulmahn (SPD)" gives the "(" after "Bulmahn"."""
    if tokens[last].text != ")":
        return None
    for k in range(last - 1, max(0, last - _MAX_BRACKETED_TOKENS - 1), -1):
        if tokens[k].text == "(":
            return k if k > 0 and tokens[k - 1].is_word and k < last - 1 else None
        if not (tokens[k].is_word or tokens[k].text in _IN_BRACKETS):
            return None
    return None


def _genitive_subject(
    text: str, tokens: list[Token], last: int, w: Words, lex: Lexicon
) -> Attribution | None:
    """A subject whose head noun has a genitive after it, where nouns are capitalised:
    "Der wissenschaftliche Dienst des Landtages", "die Regierungschefs der reichsten
    Staaten und Chinas" (an unnamed group, or an institution when the head names one).
    Roles ("Der Sprecher des Ministeriums") and names are left to the other rules."""

    def noun(k: int) -> bool:
        t = tokens[k]
        return (
            t.is_word
            and t.capitalized
            and t.lower not in w.function
            and t.lower not in lex.prepositions  # "Anlässlich der Feier sagte X"
        )

    def adjectives(k: int) -> int:  # the first of the adjectives ending at k
        while (
            k >= 0
            and last - k < 12
            and tokens[k].is_word
            and tokens[k].text.islower()
            and tokens[k].lower not in w.function_or_cues
            and tokens[k].lower not in w.dets
            and tokens[k].lower not in _GENITIVE
        ):
            k -= 1
        return k + 1

    k = last
    if not noun(k):
        return None
    seen_genitive = False
    while True:
        # the genitive: "der reichsten Staaten (und Chinas)"
        a = k
        if a >= 2 and tokens[a - 1].lower in w.conjunctions and noun(a - 2):
            a -= 2
        j = adjectives(a - 1)
        if j < 1 or tokens[j - 1].lower not in _GENITIVE:
            break
        head = j - 2
        if head < 0 or not noun(head):
            break
        seen_genitive = True
        k = head
    if not seen_genitive:
        return None
    if _is_role(tokens[k], w) or _is_anon(tokens[k], w):
        return None
    first = adjectives(k - 1)
    opening = first
    if first > 0 and tokens[first - 1].lower in w.dets:
        opening = first - 1
    before = tokens[opening - 1] if opening > 0 else None
    # The phrase opens its clause, or follows an inverted verb ("hatten die … beschlossen").
    if before is not None and not (
        before.text == "," or before.lower in lex.auxiliaries or before.lower in w.cue_words
    ):
        return None
    start, end = tokens[first].start, _name_end(text, tokens[first], tokens[last])
    phrase = text[start:end]
    kind: SpeakerKindName = "organization" if institution_word(tokens[k], w) else "anonymous"
    return Attribution(phrase, kind, phrase, Span(start, end))


def subject_of(
    text: str, s_start: int, cue_start: int, cue_end: int, end: int, lex: Lexicon
) -> Attribution | None:
    """Who a cue's verb has as subject: the phrase before it, or the one right after it.

    The phrase before wins when it opens its clause ("Biden said …"). When words come
    first ("Über die Unterschiede der Raumschiffe sagte Liwei, …", "Am Samstag sagte er"),
    the verb is inverted and its subject follows it.
    """
    if lex.verb_second:
        following = tokens_between(text, cue_end, end, 1)
        if following and following[0].lower in lex.personal_pronouns:
            # "Zugleich mahnte er": a pronoun only a subject can be, after the verb; what
            # stands before the verb is no subject ("Zugleich" was taken for a name)
            return speaker_after(text, cue_end, end, lex, strict=True)
    before = speaker_before(text, s_start, cue_start, lex)
    if (
        before is not None
        and before.speaker is not None
        and before.speaker.split()[0].lower() in lex.speech_nouns
    ):
        # "Die Kritik des X wies die Landesregierung zurück": what was said, its object,
        # not who speaks; the subject follows the verb.
        after = speaker_after(text, cue_end, end, lex, strict=True)
        if after is not None and (after.speaker is not None or after.mention is not None):
            return after
    if before is not None and before.mention_span is not None:
        lead = text[s_start : before.mention_span.start]
        lead = lead[lead.rfind(",") + 1 :] if "," in lead else lead
        w = words_of(lex)
        if all(
            (
                t.lower in w.lead_words
                or t.lower in _OF  # "Il sindaco di Faenza X ha invitato i cittadini a"
                or t.lower.endswith(w.title_suffixes or ("\0",))
                or t.capitalized  # "Die Gewerkschaft Verdi", "Il leader della Cgil X"
                or not t.is_word
            )
            # An "of" within a role ("della Cgil"), but no preposition opening the clause
            and (t.lower not in lex.prepositions or t.lower in _OF)
            for t in tokenize(lead)
        ):
            return before  # "Der Innenminister Jan Frei warf … vor"
    after = speaker_after(text, cue_end, end, lex, strict=True)
    if after is not None and _common_noun(after.speaker, lex):
        after = None  # "X kommentierte die Provisionserhöhung: „…“": the object
    after_first = (after.mention or "").split()[:1] if after is not None else []
    if (
        not lex.verb_second
        and after_first
        and after_first[0].lower() in lex.indefinite
        and before is not None
        and before.speaker is not None
        and before.kind != "anonymous"
    ):
        return before  # "X ha annunciato uno sciopero: «…»": the object follows the verb
    if after is not None and (after.speaker is not None or after.mention is not None):
        return after
    if before is None or (before.speaker is None and before.mention is None):
        return _impersonal_source(text, s_start, cue_start, cue_end, lex) or before
    return before


def _impersonal_source(
    text: str, s_start: int, cue_start: int, cue_end: int, lex: Lexicon
) -> Attribution | None:
    """Where the words come from when the verb's subject is impersonal and a preposition
    opens the sentence: "Im Innenministerium hieß es", "Bei der Fahrzeuginnung geht man
    davon aus"; an institution, unless a person is named there."""
    if not lex.impersonal_sources:
        return None
    tokens = tokens_between(text, s_start, cue_start, 16)
    if len(tokens) < 2 or tokens[0].lower not in lex.impersonal_sources:
        return None
    verb = next(
        (k - 1 for k in range(2, len(tokens)) if tokens[k].lower in lex.impersonal_pronouns),
        None,
    )
    if verb is not None:
        end = tokens[verb].start
    else:
        after = tokens_between(text, cue_end, min(len(text), cue_end + 8), 1)
        if not after or after[0].lower not in lex.impersonal_pronouns:
            return None
        end = cue_start
    found = _speaker_before(text, tokens[0].end, end, lex, governed=True)
    if found is None or found.speaker is None or found.mention_span is None:
        return None
    if found.kind == "person" and " " not in found.speaker:
        # "Bei Siemens", "bei der Fahrzeuginnung": one word, a place of work, nobody's name
        found = replace(found, kind="organization")
    return found


def _common_noun(name: str | None, lex: Lexicon) -> bool:
    """One word with a common noun's ending ("Provisionserhöhung"): nobody's name."""
    return (
        name is not None and " " not in name and name.lower().endswith(lex.noun_suffixes or ("\0",))
    )


def _affiliated(
    text: str, tokens: list[Token], a: int, w: Words, conj: frozenset[str], lex: Lexicon
) -> Attribution | None:
    """The person whose affiliation is the phrase starting at token ``a``, named at the
    start of the clause: "Anna Berg vom Institut für Geologie", "Peter Kern von der
    Erdbebenwarte Bensberg bei Köln" (a place may follow the affiliation), "Jane Doe from
    the Seehof hotel in Bonn". None if the phrase is no person's affiliation."""
    for _ in range(3):  # the affiliation, and up to two places after it
        k = a - 1
        while k >= 0 and tokens[k].lower in w.articles:
            k -= 1
        if k < 1 or tokens[k].lower not in lex.prepositions:
            return None
        j = k - 1
        hopped = False
        while j > k - 4 and j > 0 and tokens[j].is_word and tokens[j].text.islower():
            if tokens[j].lower in lex.prepositions:
                # "Anna Verdi | ai microfoni di Radio Capital | ha detto": where it was said
                k, hopped = j, True
                break
            j -= 1
        run = _run_back(tokens, k - 1, w)
        if run is None:
            return None
        # A run may end before the preposition where it holds the person's own affiliation:
        # "Peter Kern | von der Erdbebenwarte Bensberg | bei Köln".
        held = run[1] < k and tokens[run[1]].lower in w.particles
        if (tokens[k].lower in lex.affiliation_markers or held or hopped) and run[1] - run[0] >= 2:
            opens = run[0] == 0 or tokens[run[0] - 1].lower not in lex.prepositions
            words = [t.text for t in tokens[run[0] : run[1]]]
            if opens and kind_of_name(words, lex) == "person":
                return _before_name(text, tokens, run, w, conj, lex)
        if run[1] != k:
            return None
        a = run[0]
    return None


def _before_name(
    text: str,
    tokens: list[Token],
    run: tuple[int, int],
    w: Words,
    conj: frozenset[str],
    lex: Lexicon,
) -> Attribution:
    """The subject whose last word is the name ``run``: a name, or a phrase ending in one."""
    a, b = run
    split = _institution_then_name(tokens, a, b, w)
    if split is not None:
        # "Il ministro dell'Economia Giancarlo Giorgetti": the role's institution, then
        # the person.
        k = a - 2
        if k > 0 and tokens[k - 1].lower in w.articles:
            k -= 1
        return _named(text, tokens, split, b, lex, text[tokens[k].start : tokens[split - 1].end])
    if b - a == 1 and w.capitalized_nouns and a > 0 and tokens[a - 1].lower in w.possessives:
        # "Seine Kunden gaben an": somebody of the person in context's, as written.
        return _anonymous(text, tokens, a - 1, b)
    if b - a == 1 and w.capitalized_nouns and _is_anon(tokens[a], w):
        # "Die zuständigen griechischen Behörden", "polnische Experten": a described group.
        return _anonymous(text, tokens, _np_start(tokens, a, w, conj), b)
    # "Giuseppe Cavo Dragone, presidente del Comitato militare della Nato ha detto": an
    # apposition left open; the person before it speaks.
    for k in range(a - 1, max(-1, a - 12), -1):
        if tokens[k].text != ",":
            continue
        first = k + 1
        while first < a and tokens[first].lower in w.articles:
            first += 1
        if first < a and tokens[first].lower in w.titles:
            person = _run_back(tokens, k - 1, w) if k > 0 else None
            if (
                person is not None
                and person[1] - person[0] >= 2
                and kind_of_name([x.text for x in tokens[person[0] : person[1]]], lex) == "person"
            ):
                desc = text[tokens[k + 1].start : tokens[b - 1].end]
                return _named(text, tokens, person[0], person[1], lex, desc)
        break
    # The head of "X of [adjectives] Y": "ein Sprecher der thailändischen Armee".
    of = a - 1
    while (
        of > 0
        and a - of < 3
        and tokens[of].is_word
        # "Ein Sprecher der Gewerkschaft | Verdi": the kind of the named organisation too
        and (
            not tokens[of].capitalized
            or (of == a - 1 and tokens[of].lower.endswith(w.org_kinds or ("\0",)))
        )
    ):
        if tokens[of].lower in _OF:
            break
        of -= 1
    if of >= 1 and tokens[of].lower in _OF:
        h = of - 1
        while h > 0 and of - h < 3 and not tokens[h].capitalized and tokens[h].is_word:
            if _is_anon(tokens[h], w):
                break
            h -= 1
        if _is_anon(tokens[h], w) or (w.capitalized_nouns and _is_role(tokens[h], w)):
            # "attuali ed ex funzionari degli Stati Uniti", "Der Vorsitzende der Gewerkschaft"
            return _anonymous(text, tokens, _np_start(tokens, h, w, conj), b)
    of = a - 1
    while of >= 2 and tokens[of].lower in w.articles:
        of -= 1  # "the chief of | the IMF"
    if of >= 1 and tokens[of].lower in _OF and not tokens[of - 1].capitalized:
        head = tokens[of - 1]
        if (
            head.lower in w.titles
            and kind_of_name([x.text for x in tokens[a:b]], lex) == "organization"
        ):
            return _title(text, tokens[_np_start(tokens, of - 1, w, conj)], tokens[b - 1], head)
    if (
        a >= 2
        and (tokens[a - 1].lower in _OF or tokens[a - 1].lower in w.joiners)
        and institution_word(tokens[a - 2], w)
    ):
        # "Il Ministero della Difesa", "Dipartimento di Stato", "Bundesministerium für
        # Gesundheit": one institution's name.
        institution = _run_back(tokens, a - 2, w)
        if institution is not None and institution[1] == a - 1:
            return _named(text, tokens, institution[0], b, lex)
        if institution is not None:
            # "Anna Berg von der Universität der Bundeswehr": the run back stops at a
            # person and the particles of a name ("von der Leyen"); where they work.
            affiliated = _affiliated(text, tokens, a - 2, w, conj, lex)
            if affiliated is not None:
                return affiliated
        # "il ministero dell'Economia": the institution word in lower case
        return _named(text, tokens, a - 2, b, lex)
    if (
        a >= 2
        and tokens[a - 1].lower in _OF
        and tokens[a - 2].capitalized
        and tokens[a - 2].lower not in w.particles  # "Von der Leyen" is a person's name
    ):
        person = _run_back(tokens, a - 2, w)
        if (
            person is not None
            and not w.capitalized_nouns
            and person[1] - person[0] == 1
            and kind_of_name([x.text for x in tokens[person[0] : person[1]]], lex) == "person"
        ):
            # "il Corriere della Sera", "Banca d'Italia": one word, "of", a name: an
            # institution's name (a person has a given name and a surname).
            return replace(_named(text, tokens, person[0], b, lex), kind="organization")
        if (
            person is not None
            and kind_of_name([x.text for x in tokens[person[0] : person[1]]], lex) == "person"
            # "Entscheidung des Bundesverfassungsgerichts": a common noun, nobody's name.
            and not (
                person[1] - person[0] == 1
                and tokens[person[0]].lower.endswith(lex.noun_suffixes or ("\0",))
            )
        ):
            # "Charles Stratford di Al Jazeera": a person of an organisation
            desc = text[tokens[a - 1].start : tokens[b - 1].end]
            return _named(text, tokens, person[0], person[1], lex, desc)
    c = a - 1
    if c >= 1 and tokens[c].lower in w.articles:
        c -= 1  # "Gli Stati Uniti e l'Unione Europea"
    if c >= 1 and tokens[c].lower in conj:
        other = _run_back(tokens, c - 1, w)
        if other is not None:  # "Stati Uniti e Unione Europea hanno avvertito"
            start, end = tokens[other[0]].start, tokens[b - 1].end
            # The name without the article before its second part.
            name = f"{text[start : tokens[c].end]} {text[tokens[a].start : end]}"
            mention = text[start:end]
            return Attribution(name, kind_of_name(name.split(), lex), mention, Span(start, end))
    if (
        b - a == 1
        and a >= 2
        and not w.capitalized_nouns
        and tokens[a - 1].lower in _OF
        and tokens[a - 2].lower in w.titles
        and not tokens[a - 2].capitalized
    ):
        # "il segretario generale della Cgil", "il portavoce di Putin", "the mayor of
        # Paris": the role speaks (its holder is found in context), not the institution.
        return _title(text, tokens[_np_start(tokens, a - 2, w, conj)], tokens[b - 1], tokens[a - 2])
    if b - a == 1 and w.capitalized_nouns and _described(tokens, a, w):
        # "der leitende Angestellte", "einige Hersteller": a described noun, no name.
        return _anonymous(text, tokens, _np_start(tokens, a, w, conj), b)
    return _named(text, tokens, a, b, lex, _description_before(text, tokens, a, w))


def _institution_then_name(tokens: list[Token], a: int, b: int, w: Words) -> int | None:
    """Where a person's name starts in a capitalised run that follows a title and "of" and
    opens with the title's institution: "(il presidente della) Repubblica Sergio Mattarella"
    -> at "Sergio" (the name is its last two words), or a title and "to" and opens with a
    portfolio of one word: "(l'assessora alla) Cultura Anna Maria Rossi" -> at "Anna";
    None when the run is not like that."""
    if b - a < 3 or a < 2:
        return None
    if _joins_name(tokens, b - 2, w):
        return None  # "Fratelli d’Italia", "Movimento 5 Stelle": one institution's name
    if tokens[a - 1].lower not in _OF and tokens[a - 1].lower not in w.addressees:
        return None  # "(il ministro dell')Economia X", "(l'assessore al) Welfare X"
    title = tokens[a - 2]
    if title.capitalized and title.lower not in w.titles:
        return None
    if title.lower not in w.titles and not title.lower.endswith(w.title_suffixes or ("\0",)):
        return None
    if tokens[a - 1].lower not in _OF:
        return a + 1  # a portfolio is one word: "l'assessora alla Cultura Anna Maria Rossi"
    if b - a >= 4 and tokens[b - 2].lower in w.particles:
        return b - 3  # "(il presidente della) Campania Vincenzo De Luca": a surname's particle
    return b - 2


def _described(tokens: list[Token], a: int, w: Words) -> bool:
    """Where every noun is capitalised, whether the word at ``a`` is a common noun by its
    company: a quantifier right before it ("einige Hersteller"), or lower-case adjectives
    after an article ("der leitende Angestellte", "die 41-jährige Fahrerin")."""
    if a == 0:
        return False
    if tokens[a - 1].lower in w.indef:
        return True
    k = a - 1
    while k >= 0 and a - k <= 3 and tokens[k].is_word and not tokens[k].capitalized:
        if tokens[k].lower in w.articles_or_function:
            break
        k -= 1
    return k < a - 1 and k >= 0 and tokens[k].lower in w.articles


def _after_second_auxiliary(
    text: str, start: int, end: int, tokens: list[Token], lex: Lexicon
) -> Attribution | None:
    """The subject right after an auxiliary in second place, before a participle cue
    placed last: "Zuvor hatte Ehrenpräsident Uli Hoeneß im „Kicker“ | gefordert", "Am
    Montag hatte Uli Hoeneß der Zeitung | gesagt" (what opens the sentence is no subject)."""
    w = words_of(lex)
    k = next((i for i, t in enumerate(tokens[:5]) if t.lower in lex.auxiliaries), None)
    if k is None or k == 0 or k + 1 >= len(tokens):
        return None
    if not (_is_cap_word(tokens[k + 1], w) or tokens[k + 1].lower in w.titles):
        return None  # "Die Behörden hatten | die Flüchtlinge gewarnt": the object
    opener = _speaker_before(text, start, tokens[k].start, lex)
    if opener is not None and opener.speaker is not None:
        return None  # "Die Behörden hatten …": the subject before the auxiliary
    run = _run_forward(tokens, k + 1 + _titles_at(tokens, k + 1, len(tokens), w), w)
    if run is None or kind_of_name([t.text for t in tokens[run[0] : run[1]]], lex) != "person":
        return None
    desc = text[tokens[k + 1].start : tokens[run[0]].start].strip() or None
    return _named(text, tokens, run[0], run[1], lex, desc)


def _over_of(tokens: list[Token], a: int, w: Words) -> int:
    """Where a name that runs back over "of" from token ``a`` starts ("Brothers of |
    Italy", "Bank of | England"), or ``a``."""
    while (
        a >= 2
        and tokens[a - 1].lower in _OF
        and (more := _run_back(tokens, a - 2, w)) is not None
        and more[1] == a - 1
    ):
        a = more[0]
    return a


def _role_of(
    text: str, tokens: list[Token], a: int, last: int, w: Words, lex: Lexicon
) -> Attribution | None:
    """A role of the institution named at tokens ``a``..``last``, or an unnamed source of
    it, before its preposition: "the head of | the Bank of England", "a spokesman for |
    the Labour party" (a title to be resolved, or somebody unnamed; not the institution)."""
    op = a
    while op > 0 and tokens[op - 1].lower in w.articles_or_possessives:
        op -= 1
    if op < 2 or tokens[op - 1].lower not in lex.prepositions:
        return None
    role = tokens[op - 2]
    if role.capitalized and not w.capitalized_nouns and op - 2 > 0:
        return None  # "Anna Berg | of the Bank of England"
    conj = w.conjunctions
    if role.lower in w.titles:
        return _title(text, tokens[_np_start(tokens, op - 2, w, conj)], tokens[last], role)
    if _is_anon(role, w):
        return _anonymous(text, tokens, _np_start(tokens, op - 2, w, conj), last + 1)
    return None


def _titles_at(tokens: list[Token], a: int, b: int, w: Words) -> int:
    """How many words open ``tokens[a:b]`` with an article and titles before a name ("il
    colonnello | Luca Ferrari"); none unless a title is among them, and none where a
    capitalised title opens a name ("General Motors")."""
    k = a
    while k < b and (tokens[k].lower in w.dets or tokens[k].lower in w.titles):
        k += 1
    if not any(tokens[x].lower in w.titles for x in range(a, k)):
        return 0
    return k - a if tokens[a].lower in w.dets or not tokens[a].capitalized else 0


def _over_coordinated(tokens: list[Token], head: int, w: Words) -> int:
    """The token before a run of capitalised words joined to the one after ``head`` by a
    conjunction at ``head`` ("in | Texas and | Idaho"), and ``head`` itself if none is."""
    while head > 0 and tokens[head].lower in w.conjunctions:
        run = _run_back(tokens, head - 1, w)
        if run is None:
            break
        head = run[0] - 1
        while head >= 0 and tokens[head].lower in w.articles_or_possessives:
            head -= 1
    return head


def _opens_noun_phrase(tokens: list[Token], k: int, w: Words) -> bool:
    """Whether ``tokens[k]`` opens a short noun phrase of an unnamed source: an article or a
    possessive ("the company", "his lawyers"), or an indefinite article or number that is
    the first word or the first after a comma ("“Go home,” a protester said")."""
    low = tokens[k].lower
    return (
        low in w.dets
        or low in w.possessives
        or (low in w.indef and (k == 0 or tokens[k - 1].text == ","))
    )


def _unnamed_before(
    text: str, tokens: list[Token], last: int, w: Words, conj: frozenset[str], lex: Lexicon
) -> Attribution | None:
    """An unnamed source ending at ``last``: "funzionari occidentali, diplomatici ed ex
    funzionari", "un alto funzionario dell'amministrazione"."""
    if _gerund(tokens[last], w) and not (last > 0 and _marks_noun(tokens[last - 1].lower, lex)):
        # "…, dismissing | reports as": a verb ends no source; "officials at the meeting"
        # end with a noun, an article before it.
        return None
    j = last
    while (
        j > 0
        and last - j < _MAX_PHRASE
        and (tokens[j - 1].is_word or tokens[j - 1].text in (",", "'", "’"))
    ):
        prev = tokens[j - 1]
        if prev.lower in w.complementizers or prev.lower in ("che", "that"):
            break
        if prev.lower in w.subordinators:
            break  # "Many agree, as economists said that": the source starts after "as"
        if prev.lower in w.calendar:
            break  # "On Wednesday | the agency said": a day opens no source
        if _gerund(prev, w):
            break  # "…, dismissing reports": a verb, no part of a source
        if prev.lower in w.verb_starts:
            break  # "… has | funzionari …": a verb phrase before the source
        if tokens[j].lower in w.indef and prev.lower not in conj:
            break  # "has prompted | several analysts": a quantifier opens the phrase
        if (
            prev.text == ","
            and any(x.lower in w.anon for x in tokens[j : last + 1])
            and not any(tokens[k].lower in w.anon for k in range(max(0, j - 4), j - 1))
        ):
            break
        j -= 1
    # "Invece, funzionari ...": a sentence adverb and its comma are not the source.
    if (
        j + 1 <= last
        and tokens[j + 1].text == ","
        and (tokens[j].lower in w.function_or_skippable or (j == 0 and tokens[j].capitalized))
    ):
        j += 2
    while j <= last and tokens[j].lower in w.function - w.dets - w.indef:
        j += 1
    phrase = tokens[j : last + 1]
    head = next((k for k, x in enumerate(phrase) if x.lower in w.anon), None)
    if (
        phrase
        and phrase[0].is_word
        and head is not None
        # "Un ringraziamento speciale ai genitori:": whom it is for, not who speaks
        and not any(x.lower in lex.prepositions for x in phrase[:head])
    ):
        return _anonymous(text, tokens, j, last + 1)
    # "the company said", "la polizia ha detto": a short definite noun phrase.
    k = last
    while (
        k > 0
        and last - k < 3
        and tokens[k - 1].is_word
        and not tokens[k - 1].capitalized
        and not _opens_noun_phrase(tokens, k - 1, w)
    ):
        k -= 1
    if (
        k > 0
        # "his lawyers said": the possessive stays in the description
        and _opens_noun_phrase(tokens, k - 1, w)
        and all(
            x.is_word and not x.capitalized and x.lower not in w.function
            for x in tokens[k : last + 1]
        )
    ):
        return _anonymous(text, tokens, k - 1, last + 1)
    return _described_institution(text, tokens, last, w, lex)


def _described_institution(
    text: str, tokens: list[Token], last: int, w: Words, lex: Lexicon
) -> Attribution | None:
    """An institution in lower case after the words that say whose and which it is:
    "Russia's defence ministry", "the Russian defence ministry" (an organisation, by its
    country), "the local health ministry" (unnamed); an organisation's name before the kind of
    organisation it is: "the Brothers of Italy party", "the Halden group"."""
    if (
        last >= 1
        and tokens[last].text.islower()
        and (tokens[last].text in w.orgs or tokens[last].text in w.org_kinds)
        and tokens[last - 1].lower in w.agents
        and (last == 1 or not tokens[last - 2].is_word)
    ):
        # "Dall'azienda fanno sapere che …", "Dal ministero fanno sapere": whence the words
        # come, an institution nobody names
        return _anonymous(text, tokens, last, last + 1)
    if tokens[last].text.islower() and tokens[last].text in w.org_kinds and last > 0:
        run = _run_back(tokens, last - 1, w)
        if run is not None and run[1] == last and not tokens[last - 1].text.endswith(("'", "’")):
            a = k = _over_of(tokens, run[0], w)  # "Brothers of | Italy"
            role = _role_of(text, tokens, a, last, w, lex)
            if role is not None:
                return role  # "A spokesman for the Labour party said"
            while k > 0 and last - k < 8 and tokens[k - 1].text.islower():
                if tokens[k - 1].lower in w.dets:
                    break
                if tokens[k - 1].lower in w.function:
                    # "Leader of nationalist Brothers of Italy party"
                    return _role_of(text, tokens, k, last, w, lex)
                k -= 1  # "the nationalist | Brothers of Italy party"
            if k == 0 or tokens[k - 1].lower in w.dets:
                found = _named(text, tokens, a, run[1], lex)
                return replace(found, kind="organization", description=tokens[last].text)
    if not (tokens[last].text.islower() and tokens[last].text in w.orgs):
        return None
    k = _back_over_words(tokens, last, 3, w, also=w.cue_words)
    if k == last:
        return None
    opens = k == 0 or tokens[k - 1].lower in w.dets or not tokens[k - 1].is_word
    if not opens:
        return None
    found = _anonymous(text, tokens, k, last + 1)
    if any(t.capitalized for t in tokens[k : last + 1]):
        return replace(found, kind="organization")
    return found


def _back_over_words(
    tokens: list[Token], last: int, most: int, w: Words, also: frozenset[str] = frozenset()
) -> int:
    """The first of the words, at most ``most`` of them counting ``tokens[last]``, that
    run back from ``last`` up to a function word, a mark or one of ``also``."""
    k = last
    while (
        k > 0
        and last - k < most
        and tokens[k - 1].is_word
        and tokens[k - 1].lower not in w.function
        and tokens[k - 1].lower not in also
    ):
        k -= 1
    return k


def _epithet(tokens: list[Token], a: int, b: int, w: Words) -> bool:
    """Whether tokens[a:b] are an article and a nationality or an age standing for a person
    ("the Egyptian", "il 22enne"; in lower case where demonyms are written so:
    "l'altoatesino"), by the lexicon's endings; never a title or a source noun."""
    if b != a + 2 or b > len(tokens) or not (w.epithet_suffixes or w.lower_epithets):
        return False
    det, noun = tokens[a], tokens[a + 1]
    low = noun.lower.rstrip(".")
    lower = (
        bool(w.lower_epithets)
        and noun.text.islower()
        and low.endswith(w.lower_epithets)
        and low not in w.titles
        and low not in w.anon
        and low not in w.function
    )
    return (
        det.lower in w.dets
        and (
            # "the Egyptian", "il 22enne"; "l'altoatesino" where demonyms are lower case
            ((noun.capitalized or noun.text[:1].isdigit()) and low.endswith(w.epithet_suffixes))
            or lower
        )
        and noun.text not in w.orgs
        and (b == len(tokens) or not tokens[b].capitalized)
        # "der Vorsitzende der Gewerkschaft, X": a role of an institution, maybe held by a
        # name that follows; "der CDU-Vorsitzende" alone stands for the person named before.
        and not (b < len(tokens) and tokens[b].lower in _OF and _is_role(noun, w))
    )


def _gerund(t: Token, w: Words) -> bool:
    return bool(w.gerund_suffixes) and len(t.lower) > 5 and t.lower.endswith(w.gerund_suffixes)


def _np_start(tokens: list[Token], i: int, w: Words, conj: frozenset[str]) -> int:
    """The first token of the noun phrase headed by token i: its adjectives and determiner,
    and a coordinated phrase before it ("Stati Uniti e i suoi alleati")."""
    j = i
    while j > 0 and i - j < 8:
        prev = tokens[j - 1]
        if not prev.is_word or prev.lower in w.complementizers or prev.lower == "che":
            break
        if j < i and tokens[j].lower in w.articles and prev.lower not in conj:
            break  # "Later | a spokesperson for …": the article opens the phrase
        if prev.capitalized:
            if prev.lower in w.articles:
                j -= 1  # "Ein Sprecher": the article opens the phrase
                break
            if j - 1 == 0 and not tokens[j].capitalized:
                j -= 1  # "Attuali ed ex funzionari": capitalised only as the first word
                continue
            if tokens[j].lower in conj:
                run = _run_back(tokens, j - 1, w)
                if run is not None:
                    j = run[0]
                    continue
            break
        j -= 1
    while j < i and tokens[j].lower in w.function - w.dets - w.indef:
        j += 1
    return j


def _description_before(text: str, tokens: list[Token], a: int, w: Words) -> str | None:
    """Role words right before a name ("il segretario di Stato americano"), if a title is there."""
    j = a - 1
    seen_title = False
    while j >= 0 and a - j <= 8:
        t = tokens[j]
        if not t.is_word or t.lower in w.dets or t.lower in w.indef or t.lower in w.cue_words:
            break  # "The coach criticized | Smith, who said": a verb ends the role
        if t.lower in w.titles:
            seen_title = True
        j -= 1
    start = j + 1
    if not seen_title or start >= a:
        return None
    if j >= 0 and tokens[j].is_word and (tokens[j].lower in w.dets or tokens[j].lower in w.indef):
        start = j
    return text[tokens[start].start : tokens[a - 1].end]
