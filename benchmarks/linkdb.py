"""`tracker link --all` on a database of N quotations, timed as the real command.

    python -m benchmarks.linkdb --quotations 1000000 [--database-url URL]

Loads benchmarks.linking's quotations (a Zipf vocabulary growing by Heaps' law, a third
reusing shared statements, near-misses) into a fresh database, ten to an article, with
their speakers, unless it already holds them (SQLite: ``benchmarks/out/link-N.sqlite``).
Then fills the linker's token index (what ingest does as it goes), runs ``tracker link
--all`` in a child process under ``/usr/bin/time`` and reports its wall time and peak
memory, with the links and claims it made. From 100,000 quotations the join runs in
worker processes forked from the command's: ``peak_rss_mb`` is the largest of them, and
``peak_pss_mb`` the peak of their summed proportional set sizes (each shared page counted
once), sampled every half second: the memory the command takes from the machine. Last, it
times linking one new article of 10 quotations against all of them
(``link_new_quotations``: candidates from the token index, scoring, links stored, claims
updated), 20 times, each rolled back. ``--incremental-only`` times that part alone,
against the database an earlier run left.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, insert, make_url, select
from sqlalchemy.exc import OperationalError

from benchmarks.corpus import reuse
from benchmarks.linking import quotations
from tracker.db import migrate
from tracker.db.engine import make_engine, make_sessionmaker
from tracker.db.models import (
    Article,
    Claim,
    Origin,
    Outlet,
    Quotation,
    QuotationLink,
    QuoteType,
    Speaker,
    SpeakerKind,
)
from tracker.linking import LinkItem
from tracker.services.candidates import index_missing
from tracker.services.claims import link_new_quotations

OUT = Path(__file__).parent / "out"
PER_ARTICLE = 10
REPEATED = 4  # of the new article's quotations, how many repeat stored statements


def load(url: str, n: int) -> None:
    engine = make_engine(url)
    migrate.upgrade(engine)
    with engine.connect() as conn:
        have = conn.scalar(select(func.count()).select_from(Quotation)) or 0
    if have >= n:
        print(f"database already holds {have:,} quotations", file=sys.stderr)
        return
    if have:
        raise SystemExit("the benchmark database is partly built: delete it and run again")
    started = time.perf_counter()
    items = quotations(n)
    with engine.begin() as conn:
        outlet = conn.execute(insert(Outlet).returning(Outlet.id), {"name": "Bench"}).scalar_one()
        names = sorted({i.speaker for i in items if i.speaker})
        speaker_ids = dict(
            zip(
                names,
                conn.scalars(
                    insert(Speaker).returning(Speaker.id, sort_by_parameter_order=True),
                    [{"name": name, "kind": SpeakerKind.PERSON} for name in names],
                ),
                strict=True,
            )
        )
        day = dt.date(2024, 1, 1)
        for start in range(0, n, 50_000):
            chunk = items[start : start + 50_000]
            articles = [
                {
                    "outlet_id": outlet,
                    "title": f"Bench article {start + k}",
                    "language": chunk[k].lang,
                    "published": day + dt.timedelta(days=(start + k) // 3000),
                    "text": " ".join(i.text for i in chunk[k : k + PER_ARTICLE]),
                    "content_hash": f"bench-{start + k}",
                }
                for k in range(0, len(chunk), PER_ARTICLE)
            ]
            article_ids = list(
                conn.scalars(
                    insert(Article).returning(Article.id, sort_by_parameter_order=True), articles
                )
            )
            conn.execute(
                insert(Quotation),
                [
                    {
                        "article_id": article_ids[k // PER_ARTICLE],
                        "span_start": 0,
                        "span_end": len(item.text),
                        "text": item.text,
                        "type": QuoteType.DIRECT,
                        "speaker_id": speaker_ids.get(item.speaker or ""),
                        "origin": Origin.EXTRACTED,
                    }
                    for k, item in enumerate(chunk)
                ],
            )
            print(f"\r{start + len(chunk):,} quotations", end="", file=sys.stderr)
    print(f"\nloaded in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    engine.dispose()


def fill_token_index(url: str) -> float:
    """What ingest does as it goes: the linker's token index of every quotation."""
    engine = make_engine(url)
    started = time.perf_counter()
    with make_sessionmaker(engine).begin() as session:
        done = index_missing(session)
    engine.dispose()
    print(f"indexed the tokens of {done:,} quotations", file=sys.stderr)
    return time.perf_counter() - started


def _require_linked(url: str, n: int) -> None:
    """Stop with a clear message unless ``url`` holds the ``n`` quotations a full run left
    (an SQLite file is not created for nothing)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and not Path(parsed.database or "").is_file():
        raise SystemExit(f"no database at {url}: run without --incremental-only first")
    db = make_engine(url)
    try:
        with db.connect() as conn:
            have = conn.scalar(select(func.count()).select_from(Quotation))
    except OperationalError:
        have = 0
    finally:
        db.dispose()
    if (have or 0) < n:
        raise SystemExit(
            f"{url} holds {have or 0:,} quotations, not {n:,}: run without --incremental-only first"
        )


def incremental(url: str, n: int, rounds: int = 20) -> dict[str, object]:
    """Store one new article of 10 quotations (some repeating stored statements), link it
    and update its claims, as an ingest does; each round is rolled back afterwards.

    The repeated statements keep their speakers; the new ones are said by the corpus's
    most quoted speaker and by others picked at random, so that the comparison with each
    speaker's latest quotations (translations and rewordings) is timed too."""
    engine = make_engine(url)
    factory = make_sessionmaker(engine)
    rng = random.Random(11)
    with factory() as session:
        outlet = session.scalar(select(Outlet.id))
        top = session.scalar(select(func.max(Quotation.id))) or 1
        stored = list(
            session.execute(
                select(Quotation.text, Quotation.speaker_id).where(
                    Quotation.id.in_(rng.sample(range(1, top + 1), rounds * REPEATED))
                )
            )
        )
        prolific = session.scalar(
            select(Quotation.speaker_id)
            .where(Quotation.speaker_id.is_not(None))
            .group_by(Quotation.speaker_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        speakers = list(session.scalars(select(Speaker.id).limit(10_000)))
    unrelated = quotations(rounds * PER_ARTICLE, seed=99)
    times, made = [], []
    for r in range(rounds):
        # Four stored statements reused as outlets reuse them, six new ones.
        sources = stored[r * REPEATED : (r + 1) * REPEATED]
        repeated = [reuse(rng, text)[1] for text, _ in sources]
        new = unrelated[r * PER_ARTICLE : r * PER_ARTICLE + PER_ARTICLE - len(repeated)]
        batch = [LinkItem.of(0, text) for text in repeated] + new
        said_by = [sid for _, sid in sources] + [
            prolific if k % 2 else rng.choice(speakers) for k in range(len(new))
        ]
        with factory() as session:
            article = Article(
                outlet_id=outlet,
                title="new",
                language="en",
                published=dt.date(2025, 1, 1),
                text=" ".join(i.text for i in batch),
                content_hash=f"new-{r}",
            )
            session.add(article)
            session.flush()
            rows = [
                Quotation(
                    article_id=article.id,
                    span_start=0,
                    span_end=len(i.text),
                    text=i.text,
                    type=QuoteType.DIRECT,
                    speaker_id=sid,
                    origin=Origin.EXTRACTED,
                )
                for i, sid in zip(batch, said_by, strict=True)
            ]
            session.add_all(rows)
            session.flush()
            started = time.perf_counter()
            made.append(link_new_quotations(session, [q.id for q in rows]))
            times.append(time.perf_counter() - started)
            session.rollback()
    engine.dispose()
    times.sort()
    return {
        "rounds": rounds,
        "median_s": round(times[len(times) // 2], 3),
        "max_s": round(times[-1], 3),
        "links_per_article": round(sum(made) / rounds, 1),
    }


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants, from /proc (Linux)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*/children"):
            try:
                todo += [int(c) for c in task.read_text().split()]
            except OSError:
                pass
    return out


def _pss_kib(pids: list[int]) -> int:
    """Proportional set size summed over ``pids``: each shared page counted once in all."""
    total = 0
    for p in pids:
        try:
            rollup = Path(f"/proc/{p}/smaps_rollup").read_text()
        except OSError:
            continue
        found = re.search(r"^Pss:\s+(\d+) kB", rollup, re.M)
        total += int(found.group(1)) if found else 0
    return total


def run_link_all(url: str) -> dict[str, object]:
    """Run the real command under /usr/bin/time, sampling the memory of it and its workers
    (summed proportional set size) every half second."""
    env = dict(os.environ, TRACKER_DATABASE_URL=url)
    tracker = shutil.which("tracker") or "tracker"
    cmd = ["/usr/bin/time", "-v", tracker, "link", "--all"]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak_pss = 0
    while proc.poll() is None:
        peak_pss = max(peak_pss, _pss_kib(_tree(proc.pid)))
        time.sleep(0.5)
    stdout, stderr = proc.communicate()
    seconds = time.perf_counter() - started
    if proc.returncode:
        raise SystemExit(f"tracker link --all failed:\n{stderr}")
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
    engine = make_engine(url)
    with engine.connect() as conn:
        links = conn.scalar(select(func.count()).select_from(QuotationLink))
        claims = conn.scalar(
            select(func.count()).select_from(Claim).where(Claim.deleted_at.is_(None))
        )
    engine.dispose()
    return {
        "seconds": round(seconds, 1),
        "peak_rss_mb": round(int(peak.group(1)) / 1024) if peak else None,
        "peak_pss_mb": round(peak_pss / 1024) if peak_pss else None,
        "links": links,
        "claims": claims,
        "output": stdout.strip().splitlines()[-1:],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quotations", type=int, default=100_000)
    ap.add_argument("--database-url")
    ap.add_argument(
        "--incremental-only",
        action="store_true",
        help="time only the incremental part, against a database an earlier run linked",
    )
    args = ap.parse_args()
    OUT.mkdir(exist_ok=True)
    url = args.database_url or f"sqlite:///{OUT / f'link-{args.quotations}.sqlite'}"
    result: dict[str, object] = {"quotations": args.quotations}
    if args.incremental_only:
        _require_linked(url, args.quotations)
    else:
        load(url, args.quotations)
        result["token_index_fill_s"] = round(fill_token_index(url), 1)
        result["link_all"] = run_link_all(url)
    result["incremental_article_of_10"] = incremental(url, args.quotations)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
