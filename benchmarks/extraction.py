"""Extraction and ingest speed on the synthetic corpus, and linear growth with text length.

    python -m benchmarks.extraction [--articles 3000]

Prints three figures:
  * extraction: articles per second on one core (pure extractor, no database);
  * ingest: articles per second into a fresh SQLite database, extraction included
    (stored with `tracker ingest --no-link`, whose extraction runs in worker processes
    beside the storing; linking has its own benchmark);
  * scaling: seconds for one article and for the same article ten times longer.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import generate
from tracker.config import sqlite_url
from tracker.db import migrate
from tracker.db.engine import make_engine, make_sessionmaker
from tracker.extraction import extract_quotes
from tracker.io import validate
from tracker.services.articles import ingest


def extraction_rate(articles: list[dict[str, object]]) -> tuple[float, float]:
    """Articles per second, and quotations found per article."""
    texts = [(str(a["text"]), str(a["lang"])) for a in articles]
    extract_quotes(texts[0][0], lang=texts[0][1])  # warm the lexicon caches
    found = 0
    start = time.perf_counter()
    for text, lang in texts:
        found += len(extract_quotes(text, lang=lang))
    return len(texts) / (time.perf_counter() - start), found / len(texts)


def ingest_rate(articles: list[dict[str, object]]) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(sqlite_url(Path(tmp) / "bench.sqlite"))
        migrate.upgrade(engine)
        factory = make_sessionmaker(engine)
        items = [
            validate(str(a["text"]), a, source=f"bench:{a['id']}", max_bytes=2_000_000)
            for a in articles
        ]
        start = time.perf_counter()
        report = ingest(factory, items, sources=["bench"], link=False)
        seconds = time.perf_counter() - start
        engine.dispose()
    assert report.count("stored") == len(articles), report.outcomes[:3]
    return len(articles) / seconds


def scaling(article: dict[str, object], factor: int = 10, repeat: int = 5) -> tuple[float, float]:
    text, lang = str(article["text"]), str(article["lang"])

    def best(t: str) -> float:
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            extract_quotes(t, lang=lang)
            times.append(time.perf_counter() - start)
        return min(times)

    return best(text), best("\n\n".join([text] * factor))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    articles = list(generate(args.articles, seed=7))
    size = sum(len(str(a["text"]).encode()) for a in articles) / len(articles)
    ex, per_article = extraction_rate(articles)
    ing = ingest_rate(articles)
    one, ten = scaling(articles[0])
    result = {
        "articles": len(articles),
        "mean_bytes": round(size),
        "quotations_per_article": round(per_article, 1),
        "extraction_articles_per_s": round(ex, 1),
        "ingest_articles_per_s": round(ing, 1),
        "scaling_1x_s": round(one, 5),
        "scaling_10x_s": round(ten, 5),
        "scaling_ratio": round(ten / one, 2),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k:>28}: {v}")


if __name__ == "__main__":
    main()
