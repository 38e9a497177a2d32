"""Speaker names: normalisation for matching across articles, and within-article resolution.

``normalize_name`` folds case, accents, Cyrillic script and common transliteration
variants (Zelensky / Zelenskyy / Zelenskiy, Sergei / Sergey) to one key, so the
database can keep every form as an alias of one speaker.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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
