"""A statement and its translation or rewording: evidence that needs no network service.

Two quotations by compatible speakers are compared word by word
through a bilingual table of news vocabulary (:mod:`tracker.linking.bilingual`), numbers,
and names and cognates that survive translation ("Guterres", "inaccettabile" /
"unacceptable", compared by their skeletons). The score is the share of the shorter
quotation's content that the other one carries; of two statements by the speaker that
carry it, the one carrying clearly more is the one it translates. Such a pair is only ever
*suggested*: an analyst confirms a translation, the tracker never merges one by itself.

The same evidence finds *rewordings* in one language, which string similarity misses:
two outlets translating one foreign statement each in their own words, or a reporter's
indirect account of what the speaker said in the words of a direct quotation elsewhere.
They are suggested too, as ``rewording``; pairs in one language that the fuzzy linker
already decided are never looked at again.

Candidates are blocked by speaker, then by shared concepts, so that a speaker quoted
thousands of times is not compared with everything he said.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from tracker.linking.bilingual import (
    COGNATE_ENDINGS,
    COGNATE_ONSETS,
    COGNATE_SPELLINGS,
    MIN_STEM,
    TITLES,
    concepts,
    inflections,
)
from tracker.linking.linker import Link
from tracker.linking.normalize import STOPWORDS, fold
from tracker.linking.scoring import LinkItem, Method, PairScore

SUGGEST_SHARE = 0.7  # share of the shorter side's content the other must carry
# ... or this share, with at least MIN_CARRIED words covering COVER of the longer side.
PARTIAL_SHARE, MIN_CARRIED, COVER = 0.5, 3, 0.25
# In one language a speaker's quotations are many and share the words of their themes:
# a rewording needs MIN_CARRIED words carried at least, and twice as many for the above.
REWORDING_CARRIED = 2 * MIN_CARRIED
RIVAL_MARGIN = 0.2  # a translation carrying this much less than the best one is dropped
MIN_CONTENT = 2  # content words a quotation needs before a translation is judged
COGNATE_PREFIX = 5  # letters two cognates' skeletons share at least ...
COGNATE_SHARE = 0.75  # ... and this share of the shorter one
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
class Unit:
    """One content word (or number) in language-neutral terms."""

    senses: frozenset[str]  # the concepts it may name; empty when the table lacks it
    skeleton: str  # its spelling reduced for cognate look-ups (numbers as written)
    word: str = ""  # as written (folded), to show an analyst what carried over


@dataclass(frozen=True, slots=True)
class Bag:
    """What a quotation says in language-neutral terms."""

    units: tuple[Unit, ...]  # one per concept, or per unknown word
    senses: frozenset[str]  # every concept the units name
    skeletons: frozenset[str]  # every unit's skeleton ...
    heads: Mapping[str, list[str]]  # ... and the same by their first letters

    @property
    def size(self) -> int:
        return len(self.units)


def _concept(lang: str, word: str) -> frozenset[str] | None:
    """The concepts a word names in ``lang``, directly or once an ending is stripped
    ("negotiates", "arrived"); None for a word the table does not know."""
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


_DOUBLED = re.compile(r"(.)\1+")


def skeleton(lang: str, word: str) -> str:
    """A word reduced to what its cognates in other languages share (see
    :data:`~tracker.linking.bilingual.COGNATE_SPELLINGS`): "inaccettabili" and
    "unacceptable" both give "inacetab…"."""
    for end in COGNATE_ENDINGS.get(lang, ()):
        if word.endswith(end) and len(word) - len(end) >= COGNATE_PREFIX:
            word = word[: -len(end)]
            break
    for onset, repl in COGNATE_ONSETS:
        if word.startswith(onset):
            word = repl + word[len(onset) :]
            break
    for spelling, repl in COGNATE_SPELLINGS:
        word = word.replace(spelling, repl)
    return _DOUBLED.sub(r"\1", word).rstrip("aeiou") or word


def cognates(x: str, y: str) -> bool:
    """Two skeletons name one word: they share their first COGNATE_PREFIX letters at least,
    and three quarters of the shorter one ("climat" / "climatic", not "intern" / "interv")."""
    if x == y:
        return True
    shorter = min(len(x), len(y))
    common = next((k for k in range(shorter) if x[k] != y[k]), shorter)
    return common >= COGNATE_PREFIX and common >= COGNATE_SHARE * shorter


@lru_cache(maxsize=1 << 18)
def _unit(lang: str, word: str) -> Unit | None:
    """A content word's unit; None for a function word. Cached: a corpus repeats its
    words."""
    if word in STOPWORDS or word in _FUNCTION or len(word) < 3 or word.isdigit():
        return None
    return Unit(_concept(lang, word) or frozenset(), skeleton(lang, word), word)


def bag(item: LinkItem) -> Bag:
    """The content of a quotation: each word's concepts where the table knows it, and
    its skeleton; a concept named twice ("guerra", "guerre") is one unit."""
    lang = item.lang or ""
    units: dict[object, Unit] = {}
    for num in _NUMBER.findall(item.text):
        key = "#" + num.replace(",", ".")
        units[key] = Unit(frozenset((key,)), key, num)
    for word in item.norm.split():
        if (unit := _unit(lang, word)) is not None:
            units.setdefault(unit.senses or unit.skeleton, unit)
    heads: dict[str, list[str]] = defaultdict(list)
    for unit in units.values():
        heads[unit.skeleton[:COGNATE_PREFIX]].append(unit.skeleton)
    senses = frozenset(itertools.chain.from_iterable(u.senses for u in units.values()))
    skeletons = frozenset(u.skeleton for u in units.values())
    return Bag(tuple(units.values()), senses, skeletons, heads)


def _found(unit: Unit, other: Bag) -> bool:
    """The other bag names one of the unit's concepts, or holds its word or a cognate
    ("governo" / "government" where the table lists "governo" and "govern")."""
    if not unit.senses.isdisjoint(other.senses):
        return True
    word = unit.skeleton
    if word in other.skeletons:
        return True
    return len(word) >= COGNATE_PREFIX and any(
        cognates(word, w) for w in other.heads.get(word[:COGNATE_PREFIX], ())
    )


@dataclass(frozen=True, slots=True)
class Evidence:
    carried: int  # content words and numbers of the smaller bag the other one carries
    share: float  # ... as a share of the smaller bag
    cover: float  # ... as a share of the larger bag
    words: tuple[str, ...] = ()  # ... as written in the smaller one

    def suggests(self, *, one_language: bool = False) -> bool:
        """Enough to put the pair before an analyst: most of the shorter quotation carries
        over, or half of it with three words at least, covering a quarter of the longer.
        In one language, three words at least, and six for half of it."""
        if one_language:
            return self.carried >= MIN_CARRIED and (
                self.share >= SUGGEST_SHARE
                or (
                    self.share >= PARTIAL_SHARE
                    and self.carried >= REWORDING_CARRIED
                    and self.cover >= COVER
                )
            )
        return self.share >= SUGGEST_SHARE or (
            self.share >= PARTIAL_SHARE and self.carried >= MIN_CARRIED and self.cover >= COVER
        )


def evidence(a: Bag, b: Bag) -> Evidence:
    """How much of one bag's content the other carries."""
    small, large = (a, b) if a.size <= b.size else (b, a)
    if small.size < MIN_CONTENT:
        return Evidence(0, 0.0, 0.0)
    words = tuple(unit.word for unit in small.units if _found(unit, large))
    found = len(words)
    return Evidence(found, found / small.size, found / large.size, words)


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
    method: Method = "translation"  # or "rewording", in one language
    carried: tuple[str, ...] = ()  # the words that carry over, as the shorter side has them

    def as_link(self) -> Link:
        """A suggested link, scored by the share of content that carries over."""
        score = PairScore(
            round(100 * self.share, 2), self.method, 0.0, None, 0.0, True, self.carried
        )
        return Link(self.a, self.b, "suggested", score)


def cross_language_links(
    items: Iterable[LinkItem], skip: set[tuple[int, int]] | None = None
) -> Iterator[CrossLink]:
    """Suggested translations and rewordings among ``items``: pairs by compatible named
    speakers whose content mostly carries over, in different languages or (a rewording)
    in one. ``skip`` holds pairs already decided, by an analyst or the fuzzy linker.
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
    return [p for p in people.values() if len(p) >= 2]


def _translations_within(group: list[LinkItem], skip: set[tuple[int, int]]) -> Iterator[CrossLink]:
    """Suggested translations and rewordings among one person's quotations."""
    bags = {i.id: bag(i) for i in group}
    postings: dict[str, list[LinkItem]] = defaultdict(list)
    for item in group:
        for key in bags[item.id].senses | bags[item.id].heads.keys():
            postings[key].append(item)
    seen: set[tuple[int, int]] = set()
    # pair, smaller side(s), evidence, in one language
    found: list[tuple[int, int, tuple[int, ...], Evidence, bool]] = []
    for posting in postings.values():
        if len(posting) > FREQUENT:
            continue
        for x, y in itertools.combinations(posting, 2):
            pair = (min(x.id, y.id), max(x.id, y.id))
            if pair in seen or pair in skip:
                continue
            seen.add(pair)
            ev = evidence(bags[x.id], bags[y.id])
            one_language = x.lang == y.lang
            if ev.suggests(one_language=one_language):
                sx, sy = bags[x.id].size, bags[y.id].size
                small: tuple[int, ...] = (
                    (x.id, y.id) if sx == sy else (x.id,) if sx < sy else (y.id,)
                )
                found.append((*pair, small, ev, one_language))
    # A quotation is the translation of the statement that carries most of it: one that
    # carries clearly less is the speaker coming back to the theme, not the same words.
    best: dict[int, float] = defaultdict(float)
    for _, _, small, ev, _ in found:
        for side in small:
            best[side] = max(best[side], ev.share)
    for a, b, small, ev, one_language in sorted(found, key=lambda f: f[:2]):
        if any(ev.share >= best[side] - RIVAL_MARGIN for side in small):
            method: Method = "rewording" if one_language else "translation"
            yield CrossLink(a, b, round(ev.share, 3), method, ev.words)
