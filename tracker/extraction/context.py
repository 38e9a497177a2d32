"""What an article says about its people: full names, surnames, titles, and who was last named.

Used to resolve a surname to the fullest name the article gives ("Blinken" -> "Antony
Blinken"), a title standing for a person ("il Papa" -> "Papa Francesco"), and a pronoun or
a missing subject to the person most recently named outside quotation marks.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache, lru_cache

from tracker.extraction.attribution import (
    OF_WORDS,
    declined,
    kind_of_name,
    lowered,
    name_after_particle,
    of_word,
    role_noun,
    trie_pattern,
    word_hits,
    words_of,
)
from tracker.extraction.lexicon import Lexicon
from tracker.extraction.speakers import normalize_name
from tracker.extraction.types import SpeakerKindName

_CAP_START = r"(?:[A-ZÀ-ÖØ-ÞА-ЯЁ]|(?:al|el|ad|an|as|ash|az|bin|ibn|abu|ben)-[A-ZÀ-Ý])"
_CAP = _CAP_START + r"[\w’'-]*"
_PARTICLES = (
    r"(?:(?:(?:von|van|de)(?:[ \t]+(?:der|den|dem|la|le))?|del|della|bin|al|el|zu|du|dos)[ \t]+)?"
)
# A short number may stand inside a run: "Movimento 5 Stelle Giuseppe Conte" (see _after_number).
_NUMBER_IN = r"(?:\d{1,2}[ \t]+)?"
# An elided "of" glued to a name's word: "Costa d’Avorio", "Fratelli d’Italia".
_ELIDED_OF = r"(?:d['’])?"
_NAME = re.compile(rf"\b{_CAP}(?:[ \t]+{_NUMBER_IN}{_PARTICLES}{_ELIDED_OF}{_CAP})+")
# The same without the particle names ("al-Assad") and the word boundary before the name:
# three times as quick, for the many articles with no hyphen before a capital (_names).
_PLAIN_CAP = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'-]*"
_PLAIN_NAME = re.compile(
    rf"{_PLAIN_CAP}(?:[ \t]+{_NUMBER_IN}{_PARTICLES}{_ELIDED_OF}{_PLAIN_CAP})+"
)
_HYPHEN_CAP = re.compile(r"-[A-ZÀ-Ý]")
_WORD = re.compile(rf"\b{_CAP}")
_NUMBER = re.compile(r"\d[\d.,]*")
# Capitalised words with their inner hyphens and apostrophes: "al-Din", "O'Neil", "Biden’s".
_SURNAME = re.compile(rf"\b{_CAP_START}\w*(?:[’'-]\w+)*")


@cache
def _titled_regex(lex: Lexicon) -> re.Pattern[str]:
    """A lower-case title followed by a name: "il presidente Emmanuel Macron"."""
    titles = trie_pattern(lex.titles)
    return re.compile(rf"\b({titles})(?:[ \t]+([^\W\d_A-ZÀ-Þ]+))?[ \t]+({_CAP}(?:[ \t]+{_CAP})*)")


@cache
def _governing(lex: Lexicon) -> frozenset[str]:
    """Prepositions (apostrophes dropped: "dell’" -> "dell"): a name right after one is
    what a sentence is about ("una canzone di Rino Gaetano"), seldom who speaks in it."""
    return frozenset(p.rstrip("'’") for p in lex.prepositions | OF_WORDS)


_SENTENCE_END = re.compile(r"[.!?][\"”»“’']*\s|\n")  # closing marks may follow the stop
_AFTER_QUOTE = " \t.!?:;,–—-«»“”„‘’\"'"  # what may close a quotation and its sentence
_ELIDED = re.compile(r"\w+['’](?=\w)")  # "dell'" in "dell'Ambiente"


def _opens_sentence(
    text: str,
    at: int,
    lead: frozenset[str],
    titles: frozenset[str] = frozenset(),
    openers: frozenset[str] = frozenset(),
) -> bool:
    """Whether only articles, titles, "of" and capitalised words ("British Finance
    Minister", "Il ministro dell'Ambiente") stand between the sentence's start and ``at``,
    a title's qualifier too ("Il capitano nerazzurro"), and the sentence opens with none of
    ``openers`` (a name after "Als", "When" is its own clause's subject)."""
    head = text[max(0, at - 80) : at]
    cut = -1
    for m in _SENTENCE_END.finditer(head):
        cut = m.end() - 1
    if cut < 0 and at > 80:
        return False
    words = head[cut + 1 :]
    first = words.split(None, 1)[0].lower() if words.strip() else ""
    return first not in openers and _lead_only(words, lead, titles)


def _lead_only(words: str, lead: frozenset[str], titles: frozenset[str] = frozenset()) -> bool:
    """Whether ``words`` are all articles, titles, "of" or capitalised words, or one word
    right after one of ``titles`` that qualifies it ("il capitano nerazzurro")."""
    prev = ""
    for w in words.replace(",", " ").split():
        if w[:1].isupper() or w.lower() in lead or _ELIDED.sub("", w, count=1)[:1].isupper():
            prev = w.lower()
        elif prev in titles and w.isalpha():
            prev = ""  # one qualifier only
        else:
            return False
    return True


def _governed(text: str, at: int, governing: frozenset[str], *, reach: int = 1) -> bool:
    """Whether a preposition stands before ``at``; with a ``reach`` of more than one word,
    maybe with lower-case words between ("watched by the singer Marco Rea")."""
    before = text[max(0, at - 40) : at]
    if not (before.endswith(("'", "’")) or before[-1:].isspace()):
        return False  # the name starts a line or the text
    words = before.split()[-reach:]
    for k in range(len(words) - 1, -1, -1):
        if words[k].lower().rstrip("'’") in governing:
            return True
        if not (words[k].islower() and words[k].isalpha()):
            return False
    return False


def _nouns_after_articles(text: str, lex: Lexicon) -> frozenset[str]:
    """Capitalised words the text has right after an article ("ein Zuschauer")."""
    articles = {a.lower() for a in lex.determiners + lex.indefinite}
    return frozenset(
        m.group(2) for m in _AFTER_WORD.finditer(text) if m.group(1).lower() in articles
    )


_AFTER_WORD = re.compile(r"\b(\w+)\s+([A-ZÄÖÜ]\w+)\b")


_ENGLISH_GENITIVE = re.compile(r"['’]s\b")


def _possessive(at: int, name: str, genitives: set[int]) -> bool:
    """Whether the mention of ``name`` at ``at`` (the name, or its surname alone) stands in
    the English genitive ("Michel’s excuse"), given where "'s" stands in the text."""
    return bool(genitives) and (
        at + len(name) in genitives or at + len(name.split()[-1]) in genitives
    )


def _after_title_of(text: str, at: int, lex: Lexicon, *, portfolio: bool = False) -> bool:
    """Whether a title and "of" stand right before ``at`` ("il ministro dell'|Economia");
    ``portfolio``: a title and "to" ("l'assessore al|Welfare")."""
    words = text[max(0, at - 40) : at].split()
    linkers = lex.addressee_markers if portfolio else OF_WORDS
    if len(words) < 2 or words[-1].lower() not in linkers:
        return False
    title = _ELIDED.sub("", words[-2].lower())  # "l'assessora" -> "assessora"
    return title in lex.titles or (bool(lex.title_suffixes) and title.endswith(lex.title_suffixes))


# A capitalised word of an organisation's name ("U.S.", "AT&T"), for named_kind.
_KIND_WORD = r"[A-ZÀ-ÞĀ-Ž][\w'’.&-]*"


@lru_cache(maxsize=256)
def _kind_patterns(noun: str, lex: Lexicon) -> tuple[re.Pattern[str], ...]:
    """An organisation's name with ``noun`` for its head: after its name ("Halvern Bank"),
    before it ("Banca Intesa", "Bank of England", "Bank für Sozialwirtschaft"), or ending a
    compound before it ("Lokführergewerkschaft GDL", "des Vergleichsportals Verivox")."""
    head = noun[:1].upper() + re.escape(noun[1:])
    # a kind in lower case before the name too: "the band Queen", "il sindacato Cgil"
    either = f"[{noun[:1].upper()}{noun[:1].lower()}]{re.escape(noun[1:])}"
    # "of" and the institution's joiners; not one that also opens a time ("on Monday")
    joiners = OF_WORDS | (
        frozenset(lex.institution_joiners) - frozenset(lex.conjunctions) - set(lex.skippable)
    )
    joiner = f"(?:{trie_pattern(joiners)})"
    # the endings the lexicon's declensions give the noun ("portals", "verbandes")
    forms = sorted((f[len(noun) :] for f in declined([noun], lex)), key=len, reverse=True)
    endings = f"(?:{'|'.join(map(re.escape, forms))})?" if forms else ""
    return (
        re.compile(rf"(?:{_KIND_WORD}\s+){{1,3}}{head}\b"),
        re.compile(rf"\b{either}(?:\s+{joiner}\s*|\s+){_KIND_WORD}(?:\s+{_KIND_WORD}){{0,2}}"),
        # declined too: "des Vergleichsportals Verivox"
        re.compile(rf"\b[A-ZÄÖÜ]\w+{re.escape(noun)}{endings}\s+(?P<compound>[A-ZÄÖÜ][\w-]+)"),
    )


@cache
def _skip_words(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """Words that never start a name, and the institution words."""
    skip = {w.lower() for w in lex.organization_words + lex.titles + lex.determiners}
    skip |= {w.lower() for w in lex.indefinite + lex.pronouns} | lex.function_words
    # "am Sonntag Santorum", "on Monday Smith": a day or a month before a name
    skip |= {w.lower() for w in lex.weekdays + lex.months}
    return frozenset(skip), frozenset(lex.organization_words)


def _title_of(word: str, lex: Lexicon) -> str | None:
    """The title a word is, in any case the lexicon declines ("Kanzlers" -> "kanzler")."""
    low = word.lower()
    if low in lex.titles:
        return low
    for rule in lex.declensions:
        if rule.noun_ending is not None:
            base = re.sub(rule.noun_ending, "", low)
            if base != low and base in lex.titles:
                return base
    return None


def _noun_phrase(text: str, start: int, words: list[str], lex: Lexicon) -> bool:
    """In a language that capitalises nouns, whether a capitalised run is a noun phrase:
    it follows an article, a possessive, a declined adjective, a preposition or a number
    ("600 Millionen Inder", "der Gelben Karte", "seine Aussage zu Romney", "die
    sudanesische Grenze zu Äthiopien"), or one of its words has a common noun's ending
    ("Deutsche Bahn Stiftung")."""
    if _title_of(words[0], lex) is not None:
        return False  # "(des) Präsidenten Mahmud Ahmadinedschad": a role, then the name
    if any(len(w) > 5 and w.lower().endswith(lex.noun_suffixes) for w in words):
        return True
    before = text[max(0, start - 30) : start].split()
    if not before:
        return False
    prev = before[-1].lower()
    return (
        prev in lex.determiners
        or prev in lex.indefinite
        or prev in lex.possessives
        # "die sudanesische Grenze zu Äthiopien": after a declined adjective, a noun and a
        # particle are no name ("das australische Shark Research Institute" is one)
        or (
            before[-1].islower()
            and prev.endswith(lex.adjective_suffixes)
            and any(w.islower() for w in words)
        )
        or (prev in lex.prepositions and not _named_again(text, words, lex))
        or _NUMBER.fullmatch(prev) is not None
    )


def _genitive_place(text: str, start: int, word: str, lex: Lexicon) -> bool:
    """Where nouns are capitalised, whether the one word after a title opening a run at
    ``start`` is a place in the genitive, not the holder: an article or a declined
    adjective before the title ("dem ehemaligen Präsidenten Südafrikas", "die frühere
    Gouverneurin Alaskas"), the word in "-s"."""
    if not lex.capitalized_nouns or not lex.name_genitives or len(word) < 4:
        return False
    if not word.endswith(lex.name_genitives):
        return False
    before = text[max(0, start - 30) : start].split()
    if not before:
        return False
    prev = before[-1].lower()
    return prev in lex.determiners or (
        before[-1].islower() and prev.endswith(_adjective_endings(lex) or ("\0",))
    )


@cache
def _adjective_endings(lex: Lexicon) -> tuple[str, ...]:
    """The endings the lexicon's declensions give adjectives ("ehemaligen", "frühere")."""
    endings = {e for d in lex.declensions for e in (*d.adjective, d.neuter_adjective) if e}
    return tuple(sorted(endings))


def _named_again(text: str, words: list[str], lex: Lexicon) -> bool:
    """Whether a person's full name the article has after a preposition is named by its
    last word again ("vor Charles Leclerc … Leclerc führte lange"): a name, not a noun."""
    return len(words) >= 2 and text.count(words[-1]) >= 2 and kind_of_name(words, lex) == "person"


_CONNECTORS = "-'’"


def _occurrences(
    text: str, surname: str, surnames: dict[str, str], genitives: tuple[str, ...] = ()
) -> Iterator[int]:
    """Where ``surname`` stands as a word of its own, or as the first part of one joined
    by a hyphen or an apostrophe ("Biden’s") that is no surname itself, or with one of
    ``genitives`` written solid ("Staffords"). ``str.find`` scans in C: an article's few
    surnames cost less than a look at each of its words."""
    at = text.find(surname)
    while at >= 0:
        end = at + len(surname)
        before = text[at - 1] if at else " "
        for ending in genitives:
            if text.startswith(ending, end):
                rest = end + len(ending)
                if rest == len(text) or not (text[rest].isalnum() or text[rest] == "_"):
                    end = rest  # the genitive ends the word
                    break
        after = text[end] if end < len(text) else " "
        inside = before in _CONNECTORS and at >= 2 and text[at - 2].isalnum()  # "O'Neil"
        if not (before.isalnum() or before == "_" or inside) and not (
            after.isalnum() or after == "_"
        ):
            if after not in _CONNECTORS:
                yield at
            else:
                word = _SURNAME.match(text, at)
                if word is None or word.group() not in surnames:
                    yield at
        at = text.find(surname, end)


@cache
def _title_heads(lex: Lexicon) -> frozenset[str] | None:
    """The first word of each title ("secretary" of "secretary-general"); None if a title
    does not start with a word."""
    heads = [re.match(r"\w+", t.lower()) for t in lex.titles]
    return None if None in heads else frozenset(h.group() for h in heads if h is not None)


def _titled(text: str, lex: Lexicon) -> Iterator[re.Match[str]]:
    """The matches of _titled_regex in ``text``. A match starts where a title's first word
    stands as a word, so the pattern is tried there only (found by attr.word_hits), not
    at every position of the text."""
    rx = _titled_regex(lex)
    heads = _title_heads(lex)
    if heads is None:
        yield from rx.finditer(text)
        return
    resume = 0
    for start, _, _ in word_hits(lowered(text), heads):
        if start >= resume and (m := rx.match(text, start)) is not None:
            yield m
            resume = m.end()


def _names(text: str) -> Iterator[re.Match[str]]:
    """The matches of _NAME in ``text``: runs of two or more capitalised words."""
    if _HYPHEN_CAP.search(text):
        yield from _NAME.finditer(text)  # a particle name may be there
        return
    m = _PLAIN_NAME.search(text)
    while m is not None:
        at = m.start()
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):
            yield m
            m = _PLAIN_NAME.search(text, m.end())
        else:
            m = _PLAIN_NAME.search(text, at + 1)  # inside a word: no name starts here


def _after_number(words: list[str], offset: int, lex: Lexicon) -> tuple[list[str], int]:
    """The words of a capitalised run after the number in it, and where they start: after
    a date's day ("March 3 | Joe Biden"), or after the institution whose name holds the
    number and one word more ("Movimento 5 Stelle | Giuseppe Conte")."""
    k = next(i for i, x in enumerate(words) if x.isdigit())
    calendar = k > 0 and (
        words[k - 1].lower() in lex.months or words[k - 1].lower() in lex.weekdays
    )
    cut = k + 1 if calendar else k + 2
    return words[cut:], offset + sum(len(x) + 1 for x in words[:cut])


def _qualified(text: str, at: int, lex: Lexicon) -> bool:
    """Whether a word that makes the title at ``at`` another office stands before it
    ("Shadow | chancellor", "l'ex | premier", "der ehemalige | Minister")."""
    if not lex.title_qualifiers:
        return False
    before = text[max(0, at - 25) : at].split()
    return bool(before) and before[-1].lower().replace("’", "'").rsplit("'", 1)[-1] in (
        lex.title_qualifiers
    )


class ArticleContext:
    def __init__(self, text: str, lex: Lexicon, quoted: list[tuple[int, int]]) -> None:
        self.lex = lex
        skip, orgs = _skip_words(lex)
        anon = frozenset(lex.anonymous_heads)
        self._fullest: dict[str, str] = {}
        starts = [a for a, _ in quoted]
        self._quoted = quoted
        self._starts = starts
        self.names: list[str] = []
        self.titled: dict[str, list[tuple[int, str]]] = {}
        mentions: list[tuple[int, str]] = []
        governing = _governing(lex)
        for m in _names(text):
            words = m.group().split()
            offset = m.start()
            while any(x.isdigit() for x in words):
                words, offset = _after_number(words, offset, lex)
            if len(words) < 2:
                continue
            if len(words) >= 3 and _after_title_of(text, m.start(), lex):
                # "il presidente della Repubblica Sergio Mattarella": the institution,
                # then the person.
                offset += sum(len(x) + 1 for x in words[:-2])
                words = words[-2:]
            elif len(words) >= 3 and _after_title_of(text, m.start(), lex, portfolio=True):
                # "l'assessora alla Cultura Anna Maria Rossi": a portfolio of one word,
                # then the person.
                offset += len(words[0]) + 1
                words = words[1:]
            if lex.capitalized_nouns and _noun_phrase(text, m.start(), words, lex):
                continue
            if len(words) == 2 and _genitive_place(text, m.start(), words[1], lex):
                continue  # "dem ehemaligen Präsidenten Südafrikas": a role and its place
            if self._genitive_of_known(words[0]):
                continue  # "Webers Ziel": the person named before, then a noun
            suffixes = lex.title_suffixes or ("\0",)
            titled = False
            after_article = False
            while (
                words
                and (
                    words[0].lower() in skip
                    or words[0] in orgs
                    or (len(words) > 2 and words[0].lower().endswith(suffixes))
                    # "Passenger Rachel Lindqvist": who the person is, before a full name
                    or (
                        len(words) > 2
                        and words[0].lower() in anon
                        and words[1][:1].isupper()
                        and words[2][:1].isupper()
                        and words[-1] not in orgs  # "Republican National Committee"
                    )
                    or _title_of(words[0], lex) is not None
                )
            ):
                title = _title_of(words[0], lex)
                if title is None and len(words) > 2 and words[0].lower().endswith(suffixes):
                    # "Verkehrsminister Volker Wissing", "der Vorsitzende Richter Thomas
                    # Brandl": a title by its ending holds the name too
                    title = words[0].lower()
                if (
                    title is not None
                    and len(words) >= 2
                    # "Kanzler der Hochschule": the title of an institution, no holder
                    and words[1].lower() not in lex.determiners + lex.name_particles
                    and not self._in_quote(offset)
                ):
                    holder = " ".join(w for w in words[1:] if w.lower() not in skip)
                    if len(holder.split()) >= 1 and holder.split()[0] not in orgs:
                        self.titled.setdefault(title, []).append((offset, holder))
                titled = titled or title is not None
                after_article = (
                    words[0].lower() in lex.determiners or words[0].lower() in lex.possessives
                )
                offset += len(words[0]) + 1
                words.pop(0)
            if titled and len(words) == 1 and not self._in_quote(offset):
                # "Papa Francesco", "King Charles": a title and one name mention a person.
                if words[0].endswith(("'s", "’s")):
                    words[0] = words[0][:-2]  # "Mr Michel’s excuse"
                mentions.append((offset, words[0]))
                continue
            # "British Prime Minister Boris Johnson": the name follows the last title word.
            k = max(
                (
                    i
                    for i, x in enumerate(words)
                    # "Kassels Oberbürgermeister Bertram Hilgen": a title compound too.
                    if x.lower() in lex.titles or x.lower().endswith(suffixes)
                ),
                default=-1,
            )
            if 0 <= k and len(words) - k - 1 >= 2:
                offset += sum(len(x) + 1 for x in words[: k + 1])
                words = words[k + 1 :]
            if lex.capitalized_nouns:
                first = name_after_particle(words, lex.name_particles)  # "Zitat von Max Raabe"
                offset += sum(len(x) + 1 for x in words[:first])
                words = words[first:]
                while len(words) > 2 and (
                    role_noun(words[0])
                    # "Der Künstler Gerhard Richter": a noun after the article, then a name.
                    or (after_article and kind_of_name(words, lex) == "person")
                ):
                    after_article = False
                    offset += len(words[0]) + 1
                    words.pop(0)
                if len(words) == 2 and len(words[0]) >= 12 and words[0].isalpha():
                    continue  # "Nachrichtenagentur Belga": an institution's kind and name
            while words and words[0].islower():  # "(Informationen) von Ha'aretz"
                offset += len(words[0]) + 1
                words.pop(0)
            if len(words) >= 3 and words[0].endswith(("'s", "’s")):
                offset += len(words[0]) + 1  # "Liverpool's Mohamed Salah": a club's player
                words.pop(0)
            if (
                len(words) < 2
                or all(w.isupper() for w in words)
                or "’" in words[0]
                or "'" in words[0]
                # "Jerome 'Too Late' Powell": a nickname's closing mark, no name's apostrophe
                or any(x.endswith(("'", "’")) for x in words)
            ):
                continue
            name = " ".join(words)
            if name.endswith(("'s", "’s")):
                name = name[:-2]  # "Erling Haaland's injury": the name is "Erling Haaland"
            self.names.append(name)
            if not self._in_quote(offset):
                mentions.append((offset, name))
        self.names = list(dict.fromkeys(self.names))
        if lex.capitalized_nouns:
            # "Ein Zuschauer rief an. … Zuschauer Ulrich Geiger": a word the article uses
            # after an article is a noun, not a given name; a name it opens is the rest.
            self._nouns = _nouns_after_articles(text, lex)
            self.names = list(dict.fromkeys(self._without_noun(n) for n in self.names))
            mentions = [(at, self._without_noun(n)) for at, n in mentions]
        else:
            self._nouns = frozenset()
        self._surnames: dict[str, str] = {}
        for name in self.names:
            self._surnames.setdefault(name.split()[-1], name)
        # "bezeichnete Santorum Romney als …": two people side by side, not one name.
        pairs = {name for name in self.names if self.juxtaposed(name) is not None}
        if pairs:
            self.names = [n for n in self.names if n not in pairs]
            mentions = [(at, n) for at, n in mentions if n not in pairs]
            self._surnames = {s: n for s, n in self._surnames.items() if n not in pairs}
        self._keys = [(name, normalize_name(name)) for name in self.names]
        by_surname = self._surnames
        # A full name's own surname is found again below: it is governed as the name is.
        inside: dict[int, int] = {}  # where a full name's surname stands: where it starts
        enclosing: dict[int, str] = {}  # and the full name
        bearers: dict[str, list[tuple[int, str]]] = {}  # a surname's full names, in order
        for at, name in sorted(mentions):
            surname = name.split()[-1]
            inside[at + len(name) - len(surname)] = at
            enclosing[at + len(name) - len(surname)] = name
            bearers.setdefault(surname, []).append((at, name))
        for surname, full in by_surname.items():
            for at in _occurrences(text, surname, by_surname, lex.name_genitives):
                if self._in_quote(at):
                    continue
                # "Lech Kaczyński … sein Bruder Jarosław Kaczyński … Kaczyński": the full
                # name the surname stands in, else the one of its bearers named last.
                named = enclosing.get(at) or next(
                    (n for p, n in reversed(bearers.get(surname, [])) if p < at), full
                )
                mentions.append((at, self.fullest(named)))
        self._bearers = {
            surname: names for surname, names in bearers.items() if len({n for _, n in names}) > 1
        }
        verbs = words_of(lex).verb_starts
        for m in _titled(text, lex):
            if (
                m.group(1).lower() in lex.titles
                and m.group(1).islower()
                and not self._in_quote(m.start())
            ):
                holder = m.group(3)
                if m.group(2) and m.group(2).lower() in OF_WORDS:
                    # "il sindaco di Roma": the institution, no holder (the name after it
                    # is known from the article's names).
                    continue
                if m.group(2) and m.group(2).lower() in verbs:
                    continue  # "the chancellor told ARD": whom the holder spoke to
                if (
                    m.group(2)
                    and m.group(2).lower() in lex.addressee_markers
                    and len(holder.split()) >= 3
                ):
                    # "l'assessore al Welfare Guido Bertolaso": the portfolio, then the name
                    holder = holder.split(None, 1)[1]
                if _qualified(text, m.start(), lex):
                    continue  # "Shadow chancellor Mel Stride": another office
                if holder.split()[0] not in orgs and holder.split()[0].lower() not in skip:
                    self.titled.setdefault(m.group(1), []).append((m.start(), holder))
                    if m.group(2):  # "il presidente ucraino Volodymyr Zelenskyy"
                        key = f"{m.group(1)} {m.group(2).lower()}"
                        self.titled.setdefault(key, []).append((m.start(), holder))
        for holders in self.titled.values():
            holders.sort()
        mentions.sort()
        self._positions = [p for p, _ in mentions]
        self._mentions = [n for _, n in mentions]
        genitives = {m.start() for m in _ENGLISH_GENITIVE.finditer(text)}
        # A mention after a preposition or in the genitive weighs half in deciding whom an
        # article is about.
        self._weights = [
            0.5
            if _governed(text, inside.get(p, p), governing)
            or _possessive(p, n, genitives)  # "Mr Michel’s excuse"
            else 1.0
            for p, n in mentions
        ]
        self._text, self._inside, self._governing = text, inside, governing
        lead = self._lead = frozenset(lex.determiners) | frozenset(lex.titles) | OF_WORDS
        titles = frozenset(lex.titles) - frozenset(lex.determiners)
        openers = lex.clause_openers
        self._subjects = [
            p for p in self._positions if _opens_sentence(text, p, lead, titles, openers)
        ]

    def institution(self, name: str) -> str:
        """An institution's one-word name as fully as the article gives it, when one name
        there starts with it ("des Bahnprojekts" -> "Bahnprojekt Stuttgart-Ulm")."""
        if " " in name or not name[:1].isupper():
            return name
        longer = {n for n in self.names if n.startswith(name + " ")}
        return longer.pop() if len(longer) == 1 else name

    def named_kind(self, noun: str, pos: int) -> str | None:
        """The organisation named last before ``pos`` whose name has ``noun``, a kind of
        organisation, for its head: "Halvern Bank … the bank said" -> "Halvern Bank",
        "Banca Intesa … la banca" -> "Banca Intesa", "the Bank of England … the bank",
        "die Lokführergewerkschaft GDL … die Gewerkschaft" -> "GDL"; None if none, or if
        ``noun`` is more than one word (a name of its own: "the Bank of England")."""
        if " " in noun or noun.lower() not in self.lex.organization_nouns:
            return None
        best: tuple[int, str] | None = None
        matches = (
            m
            for rx in _kind_patterns(noun.lower(), self.lex)
            for m in rx.finditer(self._text, 0, pos)
        )
        for m in matches:
            if "compound" in m.groupdict():
                words = [m.group("compound")]  # "Lokführergewerkschaft GDL": its name
            else:
                words = m.group().split()
                ends = [k for k, x in enumerate(words[:-1]) if x.endswith(".") and len(x) > 3]
                if ends:
                    words = words[ends[-1] + 1 :]  # "Maike Finnern. | Die Gewerkschaft"
                while words and words[0].lower() in self.lex.determiners:
                    words.pop(0)  # "The Halvern Bank"
                if words and words[0].islower():
                    # "the band Queen": the kind in lower case, then the name alone
                    words = words[1:]
                    if not words or not words[0][:1].isupper():
                        continue  # "the bank of England": no name of its own
                elif len(words) < 2:
                    continue
            if best is None or m.start() >= best[0]:
                best = (m.start(), " ".join(words))
        return best[1] if best is not None else None

    def named_business(self, noun: str, pos: int) -> str | None:
        """The business named last before ``pos`` when ``noun`` is what a business is called
        in place of its name ("Halden Labs … the company said" -> "Halden Labs"); only a
        name that says it is a business's ("Labs", "Airlines", "GmbH"), not any name."""
        if noun.lower() not in self.lex.business_nouns:
            return None
        i = bisect.bisect_left(self._positions, pos) - 1
        while i >= 0:
            name = self._mentions[i]
            if name.split()[-1] in self.lex.business_name_words:
                return name
            i -= 1
        return None

    def _without_noun(self, name: str) -> str:
        words = name.split()
        if len(words) >= 3 and words[0] in self._nouns:
            return " ".join(words[1:])
        return name

    def juxtaposed(self, name: str) -> list[str] | None:
        """The people a run of capitalised words names one after the other, when each word
        is the surname of a different person the article names in full ("Santorum Romney"
        -> ["Rick Santorum", "Mitt Romney"]): in a verb-second clause ("bezeichnete
        Santorum Romney als …") the subject, then the object. None for one person's name."""
        words = name.split()
        if len(words) < 2:
            return None
        owners = [self._surnames.get(w) for w in words]
        people = [o for o in owners if o is not None and len(o.split()) >= 2 and o != name]
        if len(people) != len(words) or len(set(people)) != len(people):
            return None
        return people

    def _object(self, i: int) -> bool:
        """Whether mention ``i`` is the object of a preposition, an article and a noun maybe
        between ("watched by the singer Marco Rea")."""
        if self._weights[i] < 1.0:
            return True
        at = self._positions[i]
        return _governed(self._text, self._inside.get(at, at), self._governing, reach=3)

    def _genitive_of_known(self, word: str) -> bool:
        """``word`` is the surname of a name found before, in the genitive ("Webers")."""
        return any(
            word.endswith(ending) and any(n.split()[-1] == word[: -len(ending)] for n in self.names)
            for ending in self.lex.name_genitives
        )

    def _in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and self._quoted[i][0] <= pos < self._quoted[i][1]

    def fullest(self, mention: str) -> str:
        """The longest name in the article ending with ``mention`` (a surname, a shorter form)."""
        known = self._fullest.get(mention)
        if known is not None:
            return known
        key = normalize_name(mention)
        best = mention
        if key:
            best_len = key.count(" ") + 1
            for name, nkey in self._keys:
                n = nkey.count(" ") + 1
                if n > best_len and nkey.endswith(" " + key):
                    best, best_len = name, n
        self._fullest[mention] = best
        return best

    def resolve(self, name: str, pos: int, phrase: str | None = None) -> str | None:
        """A person's name as fully as the article gives it; a lone title to its holder,
        preferring the holder of the same qualified title ("il presidente ucraino").

        None when a title has no holder in the article (the caller falls back to context).
        """
        words = name.split()
        if len(words) == 1 and words[0].lower() in self.lex.titles:
            title = words[0].lower()
            holders: list[tuple[int, str]] = []
            of_institution = False
            if phrase:
                after = phrase.lower().split(title, 1)[-1].split()
                if after:
                    holders = self.titled.get(f"{title} {after[0]}", [])
                    # "il presidente del Consiglio europeo": the title of one institution,
                    # not held by whoever else the article calls "presidente"
                    of_institution = of_word(after[0])
            if not holders and of_institution:
                return None
            holders = holders or self._holders(title)
            before = [h for p, h in holders if p < pos]
            holder = before[-1] if before else (holders[0][1] if holders else None)
            return self.fullest(holder) if holder else None
        if len(words) == 1 and self._compound_title(words[0]):
            # "so der Richter": a title by its ending, held by whom the article gave it, a
            # bare ending by whom it gave a title with that ending ("der Minister" after
            # "Verkehrsminister X"). "sagte der FDP-Politiker": a party's or a team's
            # member, the caller falls back to context when nobody holds it.
            title = words[0].lower()
            before = [h for p, h in self._holders(title) if p < pos]
            if before:
                return self.fullest(before[-1])
            if "-" in title and words[0][:1].isupper():
                return None
        people = self.juxtaposed(name)
        if people is not None:
            return self.fullest(people[0])
        bearers = self._bearers.get(name) if len(words) == 1 else None
        if bearers:
            # A surname two people of the article share: the one of them named last.
            latest = [n for p, n in bearers if p < pos]
            return self.fullest(latest[-1] if latest else bearers[0][1])
        return self.fullest(self._without_noun(name))

    def _holders(self, title: str) -> list[tuple[int, str]]:
        """Where the article gives ``title`` to somebody, and to whom; for a bare title
        ending, where it gives a compound with that ending ("der Minister" after
        "Verkehrsminister X")."""
        held = self.titled.get(title)
        if held or title not in self.lex.title_suffixes:
            return held or []
        return sorted(h for key, hs in self.titled.items() if key.endswith(title) for h in hs)

    def _compound_title(self, word: str) -> bool:
        """Whether ``word`` is a title by its ending ("Richter", "FDP-Politiker") and no
        name the article gives ("Gerhard Richter")."""
        suffixes = self.lex.title_suffixes
        return (
            bool(suffixes)
            and word.lower().endswith(suffixes)
            and word not in self._surnames
            and self.fullest(word) == word
        )

    def salient(self, pos: int, reach: int, *, free: bool = False) -> tuple[int, str] | None:
        """The person the article has named most often before ``pos``, among those named
        within ``reach`` of it (the latest of them on a tie): who a quotation with no
        attribution of its own most likely belongs to. ``free``: among those named at
        least once other than after a preposition."""
        i = bisect.bisect_left(self._positions, pos)
        counts: dict[str, float] = {}
        subjects: set[str] = set()  # named once at least other than after a preposition
        for name, weight in zip(self._mentions[:i], self._weights[:i], strict=True):
            counts[name] = counts.get(name, 0.0) + weight
            if weight >= 1.0:
                subjects.add(name)
        best: tuple[float, int, str] | None = None
        k = i - 1
        while k >= 0 and pos - self._positions[k] <= reach:
            name = self._mentions[k]
            key = (counts[name], self._positions[k], name)
            if (best is None or key[:2] > best[:2]) and (not free or name in subjects):
                best = key
            k -= 1
        return (best[1], best[2]) if best is not None else None

    def last_subject(self, pos: int) -> tuple[int, str] | None:
        """The person named last before ``pos`` at the opening of a sentence ("Reeves is
        due to speak. She has said …"): whom a pronoun or a missing subject continues."""
        k = bisect.bisect_left(self._subjects, pos) - 1
        if k < 0:
            return None
        i = bisect.bisect_left(self._positions, self._subjects[k])
        return self._positions[i], self._mentions[i]

    def subject_after(self, text: str, pos: int) -> tuple[int, str] | None:
        """The person named first after ``pos`` if only punctuation, articles, titles and
        capitalised words come between: who a quotation ending at ``pos``, with nobody
        named before it, belongs to ("«…». Il ministro X ha aperto così la conferenza",
        "«…»: il segretario generale dell'Onu, X, ha lanciato l'allarme")."""
        i = bisect.bisect_left(self._positions, pos)
        if i >= len(self._positions):
            return None
        at = self._positions[i]
        if not _lead_only(text[pos:at].lstrip(_AFTER_QUOTE), self._lead):
            return None
        return at, self._mentions[i]

    def last_free(self, pos: int) -> tuple[int, str] | None:
        """The person named last before ``pos`` other than after a preposition ("una
        conversazione con Biden" names no holder of a role)."""
        i = bisect.bisect_left(self._positions, pos) - 1
        while i >= 0 and self._weights[i] < 1.0:
            i -= 1
        return (self._positions[i], self._mentions[i]) if i >= 0 else None

    def introduced(self, pos: int) -> tuple[int, str] | None:
        """The person named last before ``pos``, if that is where the article first names
        them in full, other than after a preposition ("Tra i manifestanti c'era anche Luca
        Ferri"): somebody the article brings in, who may speak next."""
        i = bisect.bisect_left(self._positions, pos) - 1
        # not "criticata da Luca Ferri", "watched by the singer Marco Rea"
        if i < 0 or self._weights[i] < 1.0 or self._object(i):
            return None
        name = self._mentions[i]
        first = self._mentions.index(name)
        # the latest mention is the first, or its surname found again inside it
        if " " not in name or self._positions[i] >= self._positions[first] + len(name):
            return None
        if kind_of_name(name.split(), self.lex) != "person":
            return None
        return self._positions[i], name

    def last_named(
        self, pos: int, *, free: bool = False, kind: SpeakerKindName = "person"
    ) -> tuple[int, str] | None:
        """The person most recently named before ``pos`` outside quotation marks: what a
        personal pronoun stands for, so never an institution ("the European Commission");
        with ``kind="organization"``, the institution named last ("It said").
        ``free``: not named as the object of a preposition ("by the singer X")."""
        i = bisect.bisect_left(self._positions, pos) - 1
        while i >= 0 and (
            kind_of_name(self._mentions[i].split(), self.lex) != kind or (free and self._object(i))
        ):
            i -= 1
        if i < 0:
            return None
        return self._positions[i], self._mentions[i]
