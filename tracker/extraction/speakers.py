"""Speaker names: normalisation for matching across articles, and within-article resolution.

``normalize_name`` folds case, accents, Cyrillic script and common transliteration
variants (Zelensky / Zelenskyy / Zelenskiy, Sergei / Sergey) to one key, so the
database can keep every form as an alias of one speaker.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import TypeVar

from rapidfuzz import fuzz

from tracker.extraction.lexicon import Lexicon

_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        (
            "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya i yi ye g"
        ).split(),
        strict=True,
    )
)
_CYRILLIC["ъ"] = _CYRILLIC["ь"] = ""
_TOKEN_FOLDS = (
    (re.compile(r"(?:iy|yy|ij|yi|ii)$"), "y"),  # Zelenskiy, Zelenskyy -> zelensky
    (re.compile(r"ey$"), "ei"),  # Sergey -> sergei
    (re.compile(r"kh"), "h"),  # Kharkiv / Harkiv
    (re.compile(r"(.)\1"), r"\1"),  # double letters: Anussauskas, Shoigu
    (re.compile(r"w"), "v"),  # Wolodymyr / Volodymyr
    (re.compile(r"j(?=[aeiou])"), "y"),  # Jermak / Yermak
)
_NON_WORD = re.compile(r"[^\w\s-]+")
T = TypeVar("T")


def strip_accents(text: str) -> str:
    """Remove diacritics (é -> e, š -> s), keeping the base letters."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def transliterate(text: str) -> str:
    """Latin letters for Cyrillic ones (a simple, reversible-enough scheme for matching)."""
    return "".join(
        _CYRILLIC.get(ch, ch) if ch.lower() == ch else _CYRILLIC.get(ch.lower(), ch).capitalize()
        for ch in text
    )


def fold_token(token: str) -> str:
    for pattern, repl in _TOKEN_FOLDS:
        token = pattern.sub(repl, token)
    return token


@lru_cache(maxsize=65536)
def normalize_name(name: str) -> str:
    """The matching key of a name: lower case, no accents, Latin script, folded spelling."""
    text = strip_accents(transliterate(name.strip())).lower()
    text = _NON_WORD.sub(" ", text).replace("-", " ")
    return " ".join(fold_token(t) for t in text.split())


def surname_key(name: str) -> str:
    """The normalised last word of a name."""
    key = normalize_name(name)
    return key.rsplit(" ", 1)[-1] if key else ""


def compatible_first_names(a: str, b: str) -> bool:
    """First names (normalised) that can be one person's: an initial, or a close spelling."""
    a, b = a.rstrip("."), b.rstrip(".")
    if len(a) == 1 or len(b) == 1:
        return a[:1] == b[:1]
    return fuzz.ratio(a, b) >= 70


def person_by_surname(key: str, known: Iterable[tuple[str, T]]) -> T | None:
    """The one known person a name (its normalised ``key``) can be, by surname.

    ``known`` holds the normalised forms of people sharing the surname, each with its
    person. "Blinken" is "Antony Blinken" when only one Blinken is known; "Sergey Lavrov"
    is "Sergei Lavrov"; "Олодимир Зеленський" is "Volodymyr Zelenskyy" (a truncated first
    name still resembles); "Hunter Biden" is not "Joe Biden", even once "Biden" alone has
    named Joe; two known Bidens leave "Biden" unresolved.
    """
    words = key.split()
    if not words:
        return None
    forms = [(form, who) for form, who in known if form.rsplit(" ", 1)[-1] == words[-1]]
    if len({id(who) for _, who in forms}) != 1:
        return None
    who = forms[0][1]
    if len(words) == 1:
        return who
    # A first name must fit one the person is known by; known by surname alone, any fits.
    firsts = [form.split()[0] for form, _ in forms if " " in form]
    if not firsts or any(compatible_first_names(words[0], f) for f in firsts):
        return who
    return None


class SpeakerIndex:
    """Speakers across articles without a database, resolved as ingest resolves them.

    Each name gets the key of the speaker it is: one already seen with the same normalised
    form, else the one person its surname and first name fit, else a new speaker (keyed by
    its own form). ``tracker eval`` links quotations by these keys, as the tracker links
    them by speaker rows.
    """

    def __init__(self) -> None:
        self._key_of: dict[str, str] = {}
        self._people: dict[str, list[tuple[str, str]]] = {}

    def key(self, name: str, kind: str = "unknown") -> str | None:
        form = normalize_name(name)
        if not form:
            return None
        if form in self._key_of:
            return self._key_of[form]
        surname = form.rsplit(" ", 1)[-1]
        found = person_by_surname(form, self._people.get(surname, ())) if kind == "person" else None
        key = found if found is not None else form
        self._key_of[form] = key
        if kind == "person":
            self._people.setdefault(surname, []).append((form, key))
        return key


_LAST_WORD = re.compile(r"(\w+)\s+$")


def base_form(text: str, start: int, name: str, lex: Lexicon) -> str:
    """A noun phrase named at ``text[start:]`` after a determiner that declines it, in
    its base form: "(nach Angaben der) Deutschen Post" -> "Deutsche Post", "(des)
    ägyptischen Innenministeriums" -> "ägyptisches Innenministerium". Only a run of
    adjectives and one head noun is declined, and what follows the head after a lower-case
    word stays as written ("des Landesamtes für Statistik" -> "Landesamt für Statistik");
    anything else stays as written."""
    before = _LAST_WORD.search(text, max(0, start - 20), start)
    if before is None or not lex.declensions:
        return name
    det = before.group(1).lower()
    rule = next((d for d in lex.declensions if d.determiner == det), None)
    words = name.split()
    if rule is None or not words:
        return name
    rest: list[str] = []
    joined = next((k for k, x in enumerate(words) if k and x.islower()), None)
    if joined is not None and words[joined - 1][:1].isupper():
        words, rest = words[:joined], words[joined:]  # "Landesamtes | für Statistik"
    end, repl = rule.adjective
    if not all(w.endswith(end) and len(w) > len(end) + 2 for w in words[:-1]):
        return name
    head = words[-1]
    if rule.noun_ending is not None:
        head = re.sub(rule.noun_ending, "", head)
    if len(head) < 3:
        return name
    if rule.neuter_adjective is not None and head.lower().endswith(lex.neuter_suffixes):
        repl = rule.neuter_adjective
    adjectives = [w[: len(w) - len(end)] + repl for w in words[:-1]]
    return " ".join([*adjectives, head, *rest])
