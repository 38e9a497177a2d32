"""A statement and its translation: evidence that needs no network service.

Two quotations in different languages by compatible speakers are compared word by word
through a bilingual table of news vocabulary (:mod:`tracker.linking.bilingual`), numbers,
and names and cognates that survive translation ("Guterres", "globale" / "global"). The
score is the share of the shorter quotation's content that the other one carries. Such a
pair is only ever *suggested*: an analyst confirms a translation, the tracker never
merges one by itself.

Candidates are blocked by speaker, then by shared concepts, so that a speaker quoted
thousands of times is not compared with everything he said.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from tracker.linking.bilingual import MIN_STEM, TITLES, concepts, inflections
from tracker.linking.linker import Link
from tracker.linking.normalize import STOPWORDS, fold
from tracker.linking.scoring import LinkItem, PairScore

SUGGEST_SHARE = 0.7  # share of the shorter side's content the other must carry
# ... or this share, with at least MIN_CARRIED words covering COVER of the longer side.
PARTIAL_SHARE, MIN_CARRIED, COVER = 0.5, 3, 0.25
MIN_CONTENT = 2  # content words a quotation needs before a translation is judged
COGNATE_PREFIX = 5  # untranslated words sharing this many first letters are one word
FREQUENT = 64  # a concept in more of one speaker's quotations than this blocks nothing
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# Function words of both languages: they carry no statement across a translation.
_FUNCTION = frozenset(
    """
    about after again against all also although always am among an and another any are
    around as at away back be because been before being both but by can cannot could did
    do does doing done down during each either else even ever every few for from further
    get gets getting go goes going gone got had has have having he her here hers him his
    how however i if in into is it its just let like may me might more most much must my
    no nor not now of off on once one only or other others our out over own per perhaps
    rather same shall she should since so some still such than that the their them then
    there these they this those though through thus to too under until up upon us very
    was we were what whatever when where whether which while who whom whose why will with
    within without would yet you your
    abbia abbiamo abbiate ad agli ai al alla alle allo anche ancora avere avessero avete
    aveva avevano avuto c che chi ci cio ciò cioe coi col come con contro cui da dagli dai
    dal dalla dalle dallo degli dei del dell della delle dello di dopo dove e ecco ed era
    erano essere fa fino fra gli ha hai hanno ho i il in infatti io la le lei li lo loro lui
    ma me mi mia mie miei mio ne negli nei nel nell nella nelle nello no noi non nostra
    nostre nostri nostro o ogni oppure per perche perché piu più poi pure qual quale quali
    qualche quando quanto quante quanti quella quelle quelli quello questa queste questi
    questo qui se sei sempre senza si sia siamo siano sono sta stanno stata state stati
    stato su sua sue sui sul sull sulla sulle suo suoi te ti tra tu tua tue tuo tuoi tutti
    tutto un una uno vi voi vostro
    """.split()
)


@dataclass(frozen=True, slots=True)
class Bag:
    """What a quotation says in language-neutral terms."""

    concepts: frozenset[str]  # bilingual concepts and numbers
    words: frozenset[str]  # content words the table does not know (names, cognates)
    heads: frozenset[str]  # their first COGNATE_PREFIX letters, for cognate look-ups

    @property
    def size(self) -> int:
        return len(self.concepts) + len(self.words)


@lru_cache(maxsize=1 << 18)
def _concept(lang: str, word: str) -> str | None:
    """The concept a word names in ``lang``, directly or once an ending is stripped
    ("negotiates", "arrived"); None for a word the table does not know. Cached: a corpus
    repeats its words."""
    table = concepts(lang)
    concept = table.get(word)
    if concept is None:
        for end, replacements in inflections(lang):
            stem = word[: -len(end)]
            if word.endswith(end) and len(stem) >= MIN_STEM:
                for repl in replacements:
                    concept = table.get(stem + repl)
                    if concept is not None:
                        return concept
    return concept


def bag(item: LinkItem) -> Bag:
    """The content of a quotation: concepts where the table knows the word, else the word."""
    lang = item.lang or ""
    known: set[str] = set()
    other: set[str] = set()
    text = item.norm
    for num in _NUMBER.findall(item.text):
        known.add("#" + num.replace(",", "."))
    for word in text.split():
        if word in STOPWORDS or word in _FUNCTION or len(word) < 3 or word.isdigit():
            continue
        concept = _concept(lang, word)
        if concept is not None:
            known.add(concept)
        else:
            other.add(word)
    heads = frozenset(w[:COGNATE_PREFIX] for w in other if len(w) >= COGNATE_PREFIX)
    return Bag(frozenset(known), frozenset(other), heads)


def _word_found(word: str, other: Bag) -> bool:
    """The word itself, or a cognate sharing its first letters, is in the other bag."""
    if word in other.words:
        return True
    return len(word) >= COGNATE_PREFIX and word[:COGNATE_PREFIX] in other.heads


@dataclass(frozen=True, slots=True)
class Evidence:
    carried: int  # content words and numbers of the smaller bag the other one carries
    share: float  # ... as a share of the smaller bag
    cover: float  # ... as a share of the larger bag

    @property
    def suggests(self) -> bool:
        """Enough to put the pair before an analyst: most of the shorter quotation carries
        over, or half of it with three words at least, covering a quarter of the longer."""
        return self.share >= SUGGEST_SHARE or (
            self.share >= PARTIAL_SHARE and self.carried >= MIN_CARRIED and self.cover >= COVER
        )


def evidence(a: Bag, b: Bag) -> Evidence:
    """How much of one bag's content the other carries."""
    small, large = (a, b) if a.size <= b.size else (b, a)
    if small.size < MIN_CONTENT:
        return Evidence(0, 0.0, 0.0)
    found = len(small.concepts & large.concepts)
    found += sum(_word_found(w, large) for w in small.words)
    return Evidence(found, found / small.size, found / large.size)


def speaker_tokens(speaker: str) -> tuple[str, ...]:
    """A speaker's name without titles, folded: what survives translation."""
    return tuple(t for t in fold(speaker.lower()).split() if t not in TITLES)


def compatible(a: str | None, b: str | None) -> bool:
    """The same person named in two languages ("Papa Francesco" / "Pope Francis",
    "António Guterres" / "Antonio Guterres"): every remaining word has a close match."""
    if not a or not b:
        return False
    if any(ch.isdigit() for ch in a + b):
        return a == b  # a code, not a name: no spelling varies across languages
    x, y = speaker_tokens(a), speaker_tokens(b)
    if not x or not y:
        return False
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return all(max(fuzz.ratio(s, t) for t in long) >= 70 for s in short)


@dataclass(frozen=True, slots=True)
class CrossLink:
    a: int  # the smaller id
    b: int
    share: float

    def as_link(self) -> Link:
        """A suggested link, scored by the share of content that carries over."""
        score = PairScore(round(100 * self.share, 2), "translation", 0.0, 0.0, 0.0, True)
        return Link(self.a, self.b, "suggested", score)


def cross_language_links(
    items: Iterable[LinkItem], skip: set[tuple[int, int]] | None = None
) -> Iterator[CrossLink]:
    """Suggested translations among ``items``: pairs in different languages, by compatible
    named speakers, whose content mostly carries over. ``skip`` holds pairs already decided.
    """
    skip = skip or set()
    groups: dict[str, list[LinkItem]] = defaultdict(list)
    for item in items:
        if item.speaker and item.lang and not item.unnamed:
            tokens = speaker_tokens(item.name or item.speaker)
            if tokens:
                groups[tokens[-1][:COGNATE_PREFIX]].append(item)  # by (folded) surname
    for family in groups.values():
        for group in _people(family):
            yield from _translations_within(group, skip)


def _people(family: list[LinkItem]) -> list[list[LinkItem]]:
    """The items of one surname family, split by person: names that match (one speaker
    row, or spellings that differ across languages) are one person."""
    names = sorted({i.name or i.speaker or "" for i in family})
    parent = {n: n for n in names}

    def root(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    if len(names) <= 50:  # spellings to compare; a family larger than that stays apart
        for x, y in itertools.combinations(names, 2):
            if compatible(x, y):
                parent[root(x)] = root(y)
    people: dict[str, list[LinkItem]] = defaultdict(list)
    for item in family:
        people[root(item.name or item.speaker or "")].append(item)
    return [p for p in people.values() if len({i.lang for i in p}) >= 2]


def _translations_within(group: list[LinkItem], skip: set[tuple[int, int]]) -> Iterator[CrossLink]:
    """Suggested translations among one person's quotations."""
    bags = {i.id: bag(i) for i in group}
    postings: dict[str, list[LinkItem]] = defaultdict(list)
    for item in group:
        for key in bags[item.id].concepts | {w[:COGNATE_PREFIX] for w in bags[item.id].words}:
            postings[key].append(item)
    seen: set[tuple[int, int]] = set()
    for posting in postings.values():
        if len(posting) > FREQUENT:
            continue
        by_lang: dict[str | None, list[LinkItem]] = defaultdict(list)
        for item in posting:
            by_lang[item.lang].append(item)
        if len(by_lang) < 2:
            continue
        across = itertools.chain.from_iterable(
            itertools.product(xs, ys) for xs, ys in itertools.combinations(by_lang.values(), 2)
        )
        for x, y in across:
            pair = (min(x.id, y.id), max(x.id, y.id))
            if pair in seen or pair in skip:
                continue
            seen.add(pair)
            found = evidence(bags[x.id], bags[y.id])
            if found.suggests:
                yield CrossLink(pair[0], pair[1], round(found.share, 3))
