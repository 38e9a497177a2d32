"""Latency of the review app's pages at scale, measured against the running app.

    python -m benchmarks.webapp --quotations 1000000
    python -m benchmarks.webapp --quotations 1000000 \
        --database-url postgresql://postgres@127.0.0.1/tracker_bench

Builds (once, then reuses) a database of articles from the corpus generator in
``benchmarks/corpus.py``, with the quotations the real extractor finds in them, their
speakers, claims grouped from the generator's planted repeated statements with links
between their mentions, tags, notes and review decisions. Bulk loading bypasses the
ingest pipeline (its speed is measured by ``benchmarks.extraction``), so a million
quotations load in minutes. Then it serves the app with a real HTTP server in a thread,
logs in, and times every list, filter, search and detail page over HTTP: p50, p95 and
max per page. The target is p95 <= 100 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.cookiejar
import multiprocessing
import random
import re
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, insert, select, text

from benchmarks.corpus import generate
from tracker.config import Settings, sqlite_url
from tracker.db import migrate
from tracker.db.engine import make_engine, make_sessionmaker, refresh_statistics
from tracker.db.models import (
    Article,
    Claim,
    LinkStatus,
    Note,
    Origin,
    Outlet,
    Quotation,
    QuotationLink,
    QuotationTag,
    QuoteType,
    ReviewStatus,
    Speaker,
    SpeakerAlias,
    SpeakerKind,
    Tag,
    User,
)
from tracker.extraction import extract_quotes
from tracker.extraction.speakers import normalize_name
from tracker.io import content_hash

OUT = Path(__file__).resolve().parent / "out"
PASSWORD = "benchmark password"
BATCH = 2000


def _extract(article: dict[str, Any]) -> tuple[dict[str, Any], list[Any]]:
    quotes = extract_quotes(str(article["text"]), lang=str(article["lang"]))
    return article, quotes


def _articles(n: int, seed: int) -> Iterator[dict[str, Any]]:
    yield from generate(n, seed=seed)


def build(engine: Engine, target: int, *, seed: int = 7) -> None:
    """Load articles until ``target`` quotations are stored (skipped if already there)."""
    migrate.upgrade(engine)
    factory = make_sessionmaker(engine)
    with factory() as s:
        have = s.scalar(select(func.count()).select_from(Quotation)) or 0
    if have >= target:
        print(f"database already holds {have:,} quotations", file=sys.stderr)
        return
    if have:
        raise SystemExit("the benchmark database is partly built: delete it and run again")
    rng = random.Random(seed)
    started = time.perf_counter()
    outlets: dict[str, int] = {}
    speakers: dict[str, int] = {}
    by_statement: dict[str, list[int]] = {}
    stored = 0
    n_articles = target // 11 + 200
    with engine.begin() as conn:
        conn.execute(insert(User), [{"username": "bench", "password_hash": "x", "role": "admin"}])
        tag_ids = [
            conn.execute(insert(Tag).returning(Tag.id), {"name": name}).scalar_one()
            for name in ("economy", "war", "energy", "health", "elections", "disputed")
        ]
    pool = multiprocessing.get_context("fork").Pool(2)
    try:
        articles = pool.imap(_extract, _articles(n_articles, seed), chunksize=50)
        chunk: list[tuple[dict[str, Any], list[Any]]] = []
        for item in articles:
            chunk.append(item)
            if len(chunk) == 200:
                stored += _store(engine, chunk, outlets, speakers, by_statement, tag_ids, rng)
                chunk = []
                print(f"\r{stored:,} quotations", end="", file=sys.stderr)
                if stored >= target:
                    break
        if chunk and stored < target:
            stored += _store(engine, chunk, outlets, speakers, by_statement, tag_ids, rng)
    finally:
        pool.terminate()
    _claims(engine, by_statement)
    from tracker.services.checkworthy import score_claims

    with factory.begin() as s:
        score_claims(s)
        refresh_statistics(s)  # as `tracker ingest` does after a large run
    print(f"\nloaded {stored:,} quotations in {time.perf_counter() - started:.0f} s",
          file=sys.stderr)  # fmt: skip


def _store(
    engine: Engine,
    chunk: list[tuple[dict[str, Any], list[Any]]],
    outlets: dict[str, int],
    speakers: dict[str, int],
    by_statement: dict[str, list[int]],
    tag_ids: list[int],
    rng: random.Random,
) -> int:
    with engine.begin() as conn:
        for a, _ in chunk:
            name = str(a["outlet"])
            if name not in outlets:
                outlets[name] = conn.execute(
                    insert(Outlet).returning(Outlet.id), {"name": name}
                ).scalar_one()
        article_rows = [
            {
                "outlet_id": outlets[str(a["outlet"])],
                "url": a["url"],
                "title": a["title"],
                "language": a["lang"],
                "published": dt.date.fromisoformat(str(a["published"])),
                "text": a["text"],
                "content_hash": content_hash(str(a["text"])),
            }
            for a, _ in chunk
        ]
        ids = list(
            conn.scalars(
                insert(Article).returning(Article.id, sort_by_parameter_order=True), article_rows
            )
        )
        new_speakers = {
            q.speaker: q.speaker_kind
            for _, quotes in chunk
            for q in quotes
            if q.speaker and q.speaker not in speakers
        }
        for sname, kind in new_speakers.items():
            kind_value = kind if kind in SpeakerKind._value2member_map_ else "unknown"
            sid = conn.execute(
                insert(Speaker).returning(Speaker.id), {"name": sname[:300], "kind": kind_value}
            ).scalar_one()
            speakers[sname] = sid
            key = normalize_name(sname)[:300] or sname.lower()[:300]
            conn.execute(
                insert(SpeakerAlias),
                {"speaker_id": sid, "alias": sname[:300], "normalized": key,
                 "surname": key.rsplit(" ", 1)[-1][:120]},
            )  # fmt: skip
        rows = []
        planted_of: list[str | None] = []
        for article_id, (a, quotes) in zip(ids, chunk, strict=True):
            planted = {p["text"]: p["statement"] for p in a.get("planted", [])}
            published = dt.date.fromisoformat(str(a["published"]))
            for q in quotes:
                status = rng.choices(
                    [ReviewStatus.UNREVIEWED, ReviewStatus.CONFIRMED, ReviewStatus.REJECTED],
                    [6, 3, 1],
                )[0]
                rows.append(
                    {
                        "article_id": article_id,
                        "span_start": q.start,
                        "span_end": q.end,
                        "text": q.text,
                        "type": QuoteType(q.type),
                        "speaker_id": speakers.get(q.speaker) if q.speaker else None,
                        "speaker_mention": q.mention or q.speaker,
                        "cue": q.cue[:200] if q.cue else None,
                        "said_on": q.said_on or published,
                        "medium": q.medium,
                        "confidence": q.confidence,
                        "origin": Origin.EXTRACTED,
                        "review_status": status,
                    }
                )
                planted_of.append(planted.get(q.text))
        qids = list(
            conn.scalars(
                insert(Quotation).returning(Quotation.id, sort_by_parameter_order=True), rows
            )
        )
        for qid, key in zip(qids, planted_of, strict=True):
            if key is not None:
                by_statement.setdefault(key, []).append(qid)
        tagged = [
            {"quotation_id": qid, "tag_id": rng.choice(tag_ids)}
            for qid in qids
            if rng.random() < 0.05
        ]
        if tagged:
            conn.execute(insert(QuotationTag), tagged)
        notes = [{"quotation_id": qid, "body": "checked"} for qid in qids if rng.random() < 0.01]
        if notes:
            conn.execute(insert(Note), notes)
    return len(qids)


def _claims(engine: Engine, by_statement: dict[str, list[int]]) -> None:
    """One claim per planted statement seen twice or more; its mentions linked in a chain."""
    with engine.begin() as conn:
        for members in by_statement.values():
            if len(members) < 2:
                continue
            first = conn.execute(
                select(Quotation.text, Quotation.speaker_id).where(Quotation.id == members[0])
            ).one()
            cid = conn.execute(
                insert(Claim).returning(Claim.id),
                {"canonical_text": first.text, "speaker_id": first.speaker_id,
                 "mention_count": len(members), "outlet_count": min(len(members), 40)},
            ).scalar_one()  # fmt: skip
            conn.execute(
                Quotation.__table__.update()  # type: ignore[attr-defined]
                .where(Quotation.id.in_(members))
                .values(claim_id=cid)
            )
            links = [
                {"quotation_a_id": a, "quotation_b_id": b, "score": 92.0, "scores": {},
                 "method": "variant", "status": LinkStatus.AUTO}
                for a, b in zip(members, members[1:], strict=False)
            ]  # fmt: skip
            conn.execute(insert(QuotationLink), links)
        conn.execute(
            text(
                "UPDATE claim SET first_seen = (SELECT MIN(said_on) FROM quotation "
                "WHERE claim_id = claim.id), last_seen = (SELECT MAX(said_on) FROM quotation "
                "WHERE claim_id = claim.id)"
            )
        )
        # a share of links waits for review, as after a real ingest
        conn.execute(
            text("UPDATE quotation_link SET status = 'suggested', score = 75 + (id % 12) "
                 "WHERE id % 10 = 0")
        )  # fmt: skip


# The measurement ------------------------------------------------------------------


class Client:
    def __init__(self, base: str) -> None:
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def get(self, path: str) -> tuple[int, str]:
        try:
            with self.opener.open(self.base + path, timeout=60) as r:
                return r.status, r.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode("utf-8", "replace")

    def login(self, username: str, password: str) -> None:
        _, page = self.get("/login")
        token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page)
        assert token, "no CSRF token on the login page"
        data = urllib.parse.urlencode(
            {"username": username, "password": password, "csrf_token": token.group(1)}
        ).encode()
        with self.opener.open(self.base + "/login", data=data, timeout=60) as r:
            assert r.status == 200


def pages(engine: Engine, rng: random.Random, n: int) -> dict[str, list[str]]:
    """Every list, filter, search and detail page, with ``n`` varied addresses each."""
    with engine.connect() as conn:

        def sample(stmt: Any) -> list[Any]:
            return [row[0] for row in conn.execute(stmt)]

        qids = sample(select(Quotation.id).order_by(func.random()).limit(n))
        aids = sample(select(Article.id).order_by(func.random()).limit(n))
        sids = sample(
            select(Quotation.speaker_id)
            .where(Quotation.speaker_id.is_not(None))
            .order_by(func.random())
            .limit(n)
        )
        names = sample(select(Speaker.name).order_by(func.random()).limit(n))
        cids = sample(select(Claim.id).order_by(func.random()).limit(n))
        outlets = sample(select(Outlet.name))
        words = ["governo", "government", "energia", "energy", "riforma", "reform", "guerra",
                 "prices", "crisi", "crisis"]  # fmt: skip

    def vary(make: Any) -> list[str]:
        return [make(i) for i in range(n)]

    q = urllib.parse.quote
    return {
        "articles list": vary(lambda i: "/articles/"),
        "article detail": vary(lambda i: f"/articles/{aids[i % len(aids)]}"),
        "quotations list": vary(lambda i: "/quotations/"),
        "quotations next page": vary(lambda i: f"/quotations/?after={qids[i % len(qids)]}"),
        "filter speaker": vary(lambda i: f"/quotations/?speaker={q(names[i % len(names)])}"),
        "filter outlet": vary(lambda i: f"/quotations/?outlet={q(rng.choice(outlets))}"),
        "filter language": vary(lambda i: f"/quotations/?lang={rng.choice(['it', 'en'])}"),
        "filter type": vary(lambda i: f"/quotations/?type={rng.choice(list(QuoteType)).value}"),
        "filter status": vary(
            lambda i: f"/quotations/?status={rng.choice(list(ReviewStatus)).value}"
        ),
        "filter dates": vary(
            lambda i: f"/quotations/?from=2024-0{rng.randint(1, 9)}-01&to=2024-12-31"
        ),
        "filter tag": vary(
            lambda i: f"/quotations/?tag={rng.choice(['economy', 'war', 'energy'])}"
        ),
        "filter claim": vary(lambda i: f"/quotations/?claim={cids[i % len(cids)]}"),
        "search": vary(lambda i: f"/quotations/?q={rng.choice(words)}"),
        "search + filter": vary(lambda i: f"/quotations/?q={rng.choice(words)}&type=direct"),
        "sort by date said": vary(lambda i: "/quotations/?sort=said"),
        "quotation detail": vary(lambda i: f"/quotations/{qids[i % len(qids)]}"),
        "review queue": vary(lambda i: "/quotations/queue"),
        "speakers list": vary(lambda i: "/speakers/"),
        "speakers search": vary(lambda i: f"/speakers/?q={q(names[i % len(names)][:5])}"),
        "speaker detail": vary(lambda i: f"/speakers/{sids[i % len(sids)]}"),
        "speaker suggest": vary(lambda i: f"/speakers/suggest?q={q(names[i % len(names)][:4])}"),
        "claims by mentions": vary(lambda i: "/claims/"),
        "claims by outlets": vary(lambda i: "/claims/?sort=outlets"),
        "claims by recency": vary(lambda i: "/claims/?sort=recent"),
        "claim detail": vary(lambda i: f"/claims/{cids[i % len(cids)]}"),
        "suggested links": vary(lambda i: "/claims/suggested"),
        "check-worthy queue": vary(lambda i: "/factcheck/"),
        "history": vary(lambda i: "/history/"),
    }


def measure(base: str, plan: dict[str, list[str]]) -> list[tuple[str, float, float, float]]:
    client = Client(base)
    client.login("bench", PASSWORD)
    results = []
    for name, urls in plan.items():
        for url in urls[:2]:  # warm the caches the way a working app has them
            client.get(url)
        times = []
        for url in urls:
            started = time.perf_counter()
            status, _ = client.get(url)
            times.append((time.perf_counter() - started) * 1000)
            if status != 200:
                raise SystemExit(f"{url}: HTTP {status}")
        times.sort()
        p95 = times[max(0, round(0.95 * len(times)) - 1)]
        results.append((name, statistics.median(times), p95, times[-1]))
    return results


def serve(settings: Settings) -> tuple[str, Any]:
    import logging

    from werkzeug.serving import make_server

    logging.getLogger("werkzeug").setLevel(logging.WARNING)

    from tracker.web import create_app

    app = create_app({"SECRET_KEY": "bench", "LOGIN_ATTEMPTS": 1000}, settings=settings)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}", server


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quotations", type=int, default=1_000_000)
    ap.add_argument("--database-url", default=None, help="default: benchmarks/out/web-N.sqlite")
    ap.add_argument("--requests", type=int, default=40, help="timed requests per page")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    url = args.database_url or sqlite_url(OUT / f"web-{args.quotations}.sqlite")
    OUT.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    build(engine, args.quotations, seed=args.seed)
    from werkzeug.security import generate_password_hash

    with engine.begin() as conn:
        conn.execute(
            User.__table__.update()  # type: ignore[attr-defined]
            .where(User.username == "bench")
            .values(password_hash=generate_password_hash(PASSWORD))
        )
        total = conn.scalar(select(func.count()).select_from(Quotation))
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(text("ANALYZE"))
    settings = Settings.load(database_url=url, instance_path=OUT / "instance")
    base, server = serve(settings)
    plan = pages(engine, random.Random(args.seed), args.requests)
    results = measure(base, plan)
    server.shutdown()
    print(f"\n{engine.dialect.name}, {total:,} quotations, {args.requests} requests per page")
    print(f"{'page':<24} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    slow = 0
    for name, p50, p95, worst in results:
        flag = "" if p95 <= 100 else "  over 100 ms"
        slow += p95 > 100
        print(f"{name:<24} {p50:8.1f} {p95:8.1f} {worst:8.1f}{flag}")
    print(f"\n{len(results) - slow} of {len(results)} pages at p95 <= 100 ms")


if __name__ == "__main__":
    main()
