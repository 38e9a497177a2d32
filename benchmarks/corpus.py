"""A realistic synthetic news corpus for the benchmarks, with planted repeated quotations.

Articles are Italian and English, about 5 KB each: background paragraphs, direct
quotations with the attribution before or after, partial quotations, reported speech and
"according to" sentences. A pool of statements is reported by several articles each, the
way outlets reuse quotations: verbatim, truncated, joined with an ellipsis, re-punctuated,
with a bracketed insertion, with a typo, or as a short fragment; a share of near-miss
statements (same words, different claim) keeps the linker honest.

    python -m benchmarks.corpus --articles 5000 --out benchmarks/out/corpus.jsonl

Deterministic for a given --seed. Standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

FIRST = [
    "Marco",
    "Giulia",
    "Anna",
    "Paolo",
    "Elena",
    "Luca",
    "Sara",
    "John",
    "Mary",
    "David",
    "Laura",
    "Peter",
    "Olga",
    "Ivan",
    "Sophie",
    "Karl",
    "Helen",
    "Ahmed",
    "Lina",
    "Tomas",
]
LAST = [
    "Rossi",
    "Bianchi",
    "Ferrari",
    "Conti",
    "Ricci",
    "Smith",
    "Carter",
    "Novak",
    "Weber",
    "Kovacs",
    "Moreau",
    "Lindqvist",
    "Petrov",
    "Haddad",
    "Silva",
    "Nakamura",
    "Brennan",
    "Duarte",
    "Okafor",
    "Varga",
    "Esposito",
    "Marino",
    "Greco",
    "Bruno",
    "Gallo",
]
ROLES = {
    "it": [
        "il ministro degli Esteri",
        "la portavoce del governo",
        "il segretario generale",
        "il presidente della commissione",
        "l'ambasciatrice",
        "il sindaco",
    ],
    "en": [
        "Foreign Minister",
        "government spokeswoman",
        "Secretary-General",
        "committee chairman",
        "Ambassador",
        "Mayor",
    ],
}
ORGS = {
    "it": ["il Cremlino", "la Casa Bianca", "il Pentagono", "la Commissione europea"],
    "en": ["the Kremlin", "the White House", "the Pentagon", "the European Commission"],
}
TOPICS = [
    "energy",
    "border",
    "sanctions",
    "elections",
    "inflation",
    "migration",
    "climate",
    "defence",
    "trade",
    "health",
]
NOUNS = {
    "it": [
        "il gas",
        "le frontiere",
        "le sanzioni",
        "le elezioni",
        "i prezzi",
        "i migranti",
        "il clima",
        "la difesa",
        "il commercio",
        "la sanità",
        "il bilancio",
        "le truppe",
    ],
    "en": [
        "gas supplies",
        "the border",
        "sanctions",
        "the elections",
        "prices",
        "migrants",
        "the climate",
        "defence spending",
        "trade",
        "health care",
        "the budget",
        "troops",
    ],
}
VERBS = {
    "it": [
        "aumenteranno",
        "resteranno stabili",
        "saranno discussi",
        "non cambieranno",
        "cresceranno del dieci per cento",
        "saranno rivisti entro giugno",
    ],
    "en": [
        "will rise",
        "will remain stable",
        "will be discussed",
        "will not change",
        "will grow by ten percent",
        "will be reviewed by June",
    ],
}
FILLER = {
    "it": [
        "La riunione si è svolta a porte chiuse nella capitale.",
        "Negli ultimi mesi la tensione è aumentata in tutta la regione.",
        "I dati pubblicati martedì mostrano un quadro in rapido cambiamento.",
        "Il dossier sarà discusso di nuovo al vertice della prossima settimana.",
        "Gli osservatori seguono con attenzione l'evoluzione della situazione.",
        "La proposta era stata presentata per la prima volta lo scorso anno.",
    ],
    "en": [
        "The meeting was held behind closed doors in the capital.",
        "Tensions have risen across the region in recent months.",
        "Figures published on Tuesday show a rapidly changing picture.",
        "The file will be discussed again at next week's summit.",
        "Observers are closely following developments.",
        "The proposal was first presented last year.",
    ],
}
CUES = {
    "it": ["ha detto", "ha dichiarato", "ha affermato", "ha sottolineato", "ha aggiunto"],
    "en": ["said", "told reporters", "added", "warned", "stressed"],
}


@dataclass(frozen=True, slots=True)
class Statement:
    """A statement that several articles report."""

    key: str
    lang: str
    speaker: str
    text: str


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _sentence(rng: random.Random, lang: str) -> str:
    noun, verb = rng.choice(NOUNS[lang]), rng.choice(VERBS[lang])
    extra = rng.choice(FILLER[lang]).rstrip(".").lower()
    if lang == "it":
        return f"Noi crediamo che {noun} {verb}, e {extra}"
    return f"We believe {noun} {verb}, and {extra}"


def statements(rng: random.Random, n: int) -> list[Statement]:
    out = []
    for i in range(n):
        lang = rng.choice(["it", "en"])
        words = " ".join(_sentence(rng, lang) for _ in range(rng.randint(1, 2)))
        out.append(Statement(f"s{i}", lang, _person(rng), words[0].upper() + words[1:]))
    return out


def reuse(rng: random.Random, text: str) -> tuple[str, str]:
    """How an outlet reuses a quotation: (kind, new text)."""
    words = text.split()
    kind = rng.choices(
        ["verbatim", "truncated", "ellipsis", "repunct", "insertion", "typo", "fragment"],
        weights=[4, 2, 1, 2, 1, 1, 1],
    )[0]
    if kind == "truncated" and len(words) > 8:
        return kind, " ".join(words[: rng.randint(len(words) // 2, len(words) - 2)])
    if kind == "ellipsis" and len(words) > 10:
        cut = len(words) // 3
        return kind, " ".join(words[:cut]) + " ... " + " ".join(words[-cut:])
    if kind == "repunct":
        return kind, text.replace(",", ";").rstrip(".") + "!"
    if kind == "insertion" and len(words) > 4:
        i = rng.randint(1, len(words) - 2)
        return kind, " ".join(
            words[:i] + ["[il governo]" if "il" in words else "[the government]"] + words[i:]
        )
    if kind == "typo":
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 4:
            words[i] = w[:2] + w[3:]
        return kind, " ".join(words)
    if kind == "fragment" and len(words) > 6:
        i = rng.randint(1, len(words) - 4)
        return kind, " ".join(words[i : i + 4]).strip(",.")
    return "verbatim", text


def article(
    rng: random.Random, i: int, pool: list[Statement], size: int = 5000
) -> dict[str, object]:
    lang = rng.choice(["it", "en"])
    published = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(365))
    people = [_person(rng) for _ in range(3)]
    paras: list[str] = []
    planted: list[dict[str, str]] = []
    same_lang = [s for s in pool if s.lang == lang]
    while sum(len(p) + 2 for p in paras) < size:
        choice = rng.random()
        who, role = rng.choice(people), rng.choice(ROLES[lang])
        cue = rng.choice(CUES[lang])
        if choice < 0.55:
            # Background: most of a news article is the reporter's own prose.
            paras.append(" ".join(rng.sample(FILLER[lang], rng.randint(3, 5))))
        elif choice < 0.7 and same_lang:
            st = rng.choice(same_lang)
            kind, text = reuse(rng, st.text)
            planted.append({"statement": st.key, "kind": kind, "text": text})
            if kind == "fragment":
                verb = "ha definito la proposta" if lang == "it" else "called the proposal"
                paras.append(
                    f"{st.speaker} {verb} «{text}»."
                    if lang == "it"
                    else f'{st.speaker} {verb} "{text}".'
                )
            elif lang == "it":
                paras.append(f"«{text}», {cue} {st.speaker}.")
            else:
                paras.append(f'"{text}," {st.speaker} {cue}.')
        elif choice < 0.8:
            text = _sentence(rng, lang)
            paras.append(
                f"{role.capitalize()} {who} {cue}: «{text}»."
                if lang == "it"
                else f'{role} {who} {cue}: "{text}."'
            )
        elif choice < 0.9:
            noun, verb = rng.choice(NOUNS[lang]), rng.choice(VERBS[lang])
            paras.append(
                f"{who} {cue} che {noun} {verb}."
                if lang == "it"
                else f"{who} said that {noun} {verb}."
            )
        else:
            org = rng.choice(ORGS[lang])
            noun, verb = rng.choice(NOUNS[lang]), rng.choice(VERBS[lang])
            paras.append(
                f"Secondo {org.split(' ', 1)[1]}, {noun} {verb}."
                if lang == "it"
                else f"According to {org}, {noun} {verb}."
            )
    topic = rng.choice(TOPICS)
    return {
        "id": f"a{i}",
        "lang": lang,
        "outlet": f"Outlet {rng.randint(1, 40)}",
        "url": f"https://example.org/{topic}/{i}",
        "published": published.isoformat(),
        "title": f"{topic.capitalize()} {i}",
        "text": "\n\n".join(paras),
        "planted": planted,
    }


def generate(
    n: int, *, seed: int = 1, statements_per_100: int = 20, size: int = 5000
) -> Iterator[dict[str, object]]:
    rng = random.Random(seed)
    pool = statements(rng, max(5, n * statements_per_100 // 100))
    for i in range(n):
        yield article(rng, i, pool, size)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--size", type=int, default=5000, help="approximate bytes per article")
    ap.add_argument("--out", type=Path, default=Path("benchmarks/out/corpus.jsonl"))
    args = ap.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for a in generate(args.articles, seed=args.seed, size=args.size):
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    print(f"wrote {args.articles} articles to {args.out}")


if __name__ == "__main__":
    main()
