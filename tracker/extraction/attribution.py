"""Who said it: the reporting verb (cue) near a quotation and the speaker phrase around it.

Handles the speaker before or after the cue ("Blinken ha detto", "ha detto Blinken",
"said Blinken", "he said"), a role before the name kept as description, institutions
and unnamed sources. Pronouns and a missing subject are left to the caller, which
knows the speaker in context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tracker.extraction.lexicon import Lexicon
from tracker.extraction.types import Attribution, Span, SpeakerKindName

# Words (with Italian elision kept on the article: l', un', dell'), or one punctuation mark.
_TOKEN = re.compile(r"\w+['’]|\w+(?:[-.]\w+)*\.?|[^\w\s]")
_NAME_CONNECTORS = frozenset({"-", "'", "’"})


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]


@dataclass(frozen=True, slots=True)
class Cue:
    text: str
    start: int
    end: int


@cache
def _cue_regex(lex: Lexicon) -> re.Pattern[str]:
    forms = sorted(set(lex.cues), key=len, reverse=True)
    body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


@cache
def _word_sets(lex: Lexicon) -> tuple[frozenset[str], ...]:
    org_single = frozenset(w for w in lex.organization_words)
    return (
        frozenset(lex.determiners),
        frozenset(lex.indefinite),
        frozenset(lex.titles),
        frozenset(lex.anonymous_heads),
        org_single,
        frozenset(lex.pronouns),
        frozenset(lex.name_particles),
    )


def find_cues(text: str, start: int, end: int, lex: Lexicon) -> list[Cue]:
    """Every reporting verb in ``text[start:end]``, with absolute offsets."""
    rx = _cue_regex(lex)
    return [Cue(m.group(), m.start(), m.end()) for m in rx.finditer(text, start, end)]


def _name_run(tokens: list[Token], i: int, step: int, lex: Lexicon) -> tuple[int, int] | None:
    """Indices [a, b) of a capitalised name run starting at token i, walking by ``step``."""
    particles = _word_sets(lex)[6]
    if not (0 <= i < len(tokens)) or not tokens[i].capitalized or not tokens[i].is_word:
        return None
    j = i
    last_cap = i
    while 0 <= j + step < len(tokens):
        nxt = tokens[j + step]
        if nxt.capitalized and nxt.is_word:
            j += step
            last_cap = j
        elif nxt.lower in particles or nxt.text in _NAME_CONNECTORS:
            j += step
        else:
            break
        if abs(j - i) > 6:
            break
    a, b = sorted((i, last_cap))
    return a, b + 1


def kind_of_name(words: list[str], lex: Lexicon) -> SpeakerKindName:
    orgs = _word_sets(lex)[4]
    if any(w in orgs for w in words):
        return "organization"
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
        return "organization"  # an acronym: NATO, ONU, AP
    return "person"


def _description_before(tokens: list[Token], a: int, lex: Lexicon) -> tuple[str | None, int]:
    """Role words right before a name ("il segretario di Stato americano"), and where they start."""
    dets, indef, titles = _word_sets(lex)[0:3]
    j = a - 1
    seen_title = False
    while j >= 0 and a - j <= 8:
        t = tokens[j]
        if not t.is_word:
            break
        if t.lower in dets or t.lower in indef:
            break
        if t.lower in titles:
            seen_title = True
        j -= 1
    start = j + 1
    if not seen_title or start >= a:
        return None, a
    if j >= 0 and (tokens[j].lower in dets or tokens[j].lower in indef):
        start = j
    words = tokens[start:a]
    return " ".join(t.text for t in words), start


def _source_phrase(text: str, tokens: list[Token], i: int, lex: Lexicon) -> Attribution | None:
    """A speaker phrase starting at token i: a name (with its role) or an unnamed source."""
    dets, indef, titles, anon, orgs, pronouns, _ = _word_sets(lex)
    if i >= len(tokens):
        return None
    first = tokens[i]
    if first.lower in pronouns:
        return Attribution(None, "unknown", first.text, Span(first.start, first.end))
    # Skip a determiner and role words to the name: "il presidente francese Emmanuel Macron".
    if first.lower in dets | indef and i + 1 < len(tokens):
        i += 1
        first = tokens[i]
    j = i
    while j < len(tokens) and j - i < 9 and tokens[j].is_word and not tokens[j].capitalized:
        j += 1
    run = _name_run(tokens, j, 1, lex) if j < len(tokens) else None
    particles = _word_sets(lex)[6]
    if run is not None and j > i and tokens[j - 1].lower in particles:
        k = j - 1
        while k > i and tokens[k - 1].lower in particles:
            k -= 1
        if k == i:  # "von der Leyen": the particles belong to the name
            run = (k, run[1])
            j = k
    # "segretario di Stato americano Antony Blinken": a capitalised word inside the role.
    if run is not None and j > i and tokens[j - 1].lower in ("di", "of", "degli", "della", "dei"):
        k = run[1]
        while (
            k < len(tokens) and k - run[1] < 3 and tokens[k].is_word and not tokens[k].capitalized
        ):
            k += 1
        later = _name_run(tokens, k, 1, lex) if k > run[1] else None
        if later is not None:
            j, run = k, later
    if run is not None and (j == i or any(tokens[k].lower in titles | dets for k in range(i, j))):
        a, b = run
        words = [t.text for t in tokens[a:b]]
        desc = " ".join(t.text for t in tokens[i:a]) if a > i else None
        if desc and not any(tokens[k].lower in titles for k in range(i, a)):
            desc = None
        return _named(text, tokens, a, b, words, desc, lex)
    # An unnamed source: "un funzionario della Presidenza francese", "a senior official".
    if i > 0 and (tokens[i - 1].lower in indef or tokens[i - 1].lower in dets):
        first = tokens[i - 1]
        i -= 1
    if first.lower in indef or first.lower in dets:
        j = i + 1
        has_head = False
        while j < len(tokens) and j - i < 10 and tokens[j].is_word:
            if tokens[j].lower in anon:
                has_head = True
            j += 1
        if has_head:
            phrase = text[first.start : tokens[j - 1].end]
            kind: SpeakerKindName = "anonymous"
            return Attribution(phrase, kind, phrase, Span(first.start, tokens[j - 1].end))
    return None


def _named(
    text: str, tokens: list[Token], a: int, b: int, words: list[str], desc: str | None, lex: Lexicon
) -> Attribution:
    dets, indef, titles, _, orgs, _, particles = _word_sets(lex)
    # "Il Presidente Zelensky": capitalised determiners and titles are not the name.
    while b - a > 1 and (tokens[a].lower in dets | indef | titles):
        a += 1
    # "della Casa Bianca Jen Psaki": an institution glued before a person's name.
    k = a
    while k < b and (tokens[k].text in orgs or tokens[k].lower in particles):
        k += 1
    if a < k < b and any(tokens[m].text not in orgs for m in range(k, b)):
        a = k
    words = [t.text for t in tokens[a:b]]
    span = Span(tokens[a].start, tokens[b - 1].end)
    name = text[span.start : span.end]
    return Attribution(name, kind_of_name(words, lex), name, span, desc)


def speaker_after(
    text: str, start: int, end: int, lex: Lexicon, *, strict: bool = False
) -> Attribution | None:
    """The speaker phrase at the start of ``text[start:end]`` ("ha detto Blinken").

    ``strict``: the phrase must begin right there, with a determiner, a title, a name
    particle or a capital ("said during a visit to the UN" names nobody).
    """
    tokens = tokenize(text[start:end], start)
    if strict and tokens:
        dets, indef, titles, _, _, pronouns, particles = _word_sets(lex)
        first = tokens[0]
        if not (first.capitalized or first.lower in dets | indef | titles | particles | pronouns):
            return None
    return _source_phrase(text, tokens, 0, lex)


def speaker_before(text: str, start: int, end: int, lex: Lexicon) -> Attribution | None:
    """The speaker phrase ending right at ``end`` ("Il presidente Macron | ha detto")."""
    tokens = tokenize(text[start:end], start)
    if not tokens:
        return None
    dets, indef, titles, anon, orgs, pronouns, _ = _word_sets(lex)
    last = len(tokens) - 1
    if tokens[last].lower in pronouns:
        t = tokens[last]
        return Attribution(None, "unknown", t.text, Span(t.start, t.end))
    run = _name_run(tokens, last, -1, lex)
    if run is not None:
        a, b = run
        # A name right after a sentence start is still a name; "Il" is a determiner though.
        while a < b and tokens[a].lower in dets | indef:
            a += 1
        if a < b:
            desc, _ = _description_before(tokens, a, lex)
            return _named(text, tokens, a, b, [t.text for t in tokens[a:b]], desc, lex)
    # A phrase ending in a source word: "un funzionario della Presidenza francese ha detto".
    j = last
    while j >= 0 and last - j < 10 and tokens[j].is_word:
        if tokens[j].lower in dets | indef:
            found = _source_phrase(text, tokens, j, lex)
            if found is not None:
                return found
        j -= 1
    return None
