"""Link repeated quotations and keep claims (clusters of linked quotations) up to date.

Analysts have the last word: a confirmed link is never removed by a re-run, and a
rejected pair is never linked again, directly or through other quotations.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from typing import Any, cast

from sqlalchemy import Select, Table, bindparam, delete, func, insert, null, select, update
from sqlalchemy.orm import Session

from tracker.db.base import utcnow
from tracker.db.engine import refresh_statistics
from tracker.db.models import (
    Article,
    Claim,
    LinkStatus,
    Quotation,
    QuotationLink,
    QuoteType,
    ReviewStatus,
    Speaker,
    SpeakerKind,
    User,
)
from tracker.errors import InvalidInput, NotFound
from tracker.forking import forked
from tracker.linking import (
    Link,
    LinkItem,
    Thresholds,
    cluster_claims,
)
from tracker.linking.crosslang import cross_language_links
from tracker.linking.join import BACKGROUND_FROM
from tracker.linking.linker import find_all_links, verify_pairs
from tracker.services import audit
from tracker.services.candidates import (
    TokenTable,
    candidate_ids,
    in_chunks,
    index_missing,
    index_tokens,
)
from tracker.services.checkworthy import score_claims

DECIDED = (LinkStatus.CONFIRMED, LinkStatus.REJECTED)


NAMED = (SpeakerKind.PERSON, SpeakerKind.ORGANIZATION)


def _load_items(
    session: Session, ids: Iterable[int] | None = None, *, language: bool = True
) -> dict[int, LinkItem]:
    """Linkable quotations (all, or those of ``ids``); the speaker counts only when it is
    named (an unnamed source may well be the person another article names).

    Without ``language`` the items have none and their articles are not read: string
    similarity needs no language, and on a cold cache each article is one more page read.
    """
    stmt = (
        select(
            Quotation.id,
            Quotation.text,
            Quotation.speaker_id,
            Speaker.kind,
            Article.language if language else null(),
            Speaker.name,
        )
        .outerjoin(Speaker, Speaker.id == Quotation.speaker_id)
        .where(Quotation.deleted_at.is_(None), Quotation.review_status != ReviewStatus.REJECTED)
    )
    if language:
        stmt = stmt.join(Article, Article.id == Quotation.article_id)
    statements = (
        [stmt] if ids is None else [stmt.where(Quotation.id.in_(c)) for c in in_chunks(ids)]
    )
    return {
        qid: LinkItem.of(
            qid,
            text,
            str(sid) if kind in NAMED else None,
            lang,
            unnamed=kind == SpeakerKind.ANONYMOUS,
            name=name if kind in NAMED else None,
        )
        for statement in statements
        for qid, text, sid, kind, lang, name in session.execute(statement)
    }


class Linker:
    """Links new quotations against everything stored, through the database's token index.

    Nothing is loaded but the candidates, so an article costs the same against a hundred
    stored quotations or a million. ``linked`` collects what was linked in this run, whose
    claims the caller updates; if an article's transaction fails, ``forget`` drops its
    quotations again.
    """

    def __init__(self, thresholds: Thresholds | None = None) -> None:
        self.thresholds = thresholds or Thresholds()
        self.linked: set[int] = set()  # quotations linked in this run: their claims to update

    def link(self, session: Session, quotation_ids: list[int]) -> int:
        """Link new quotations (already flushed) against every stored one."""
        new = _load_items(session, quotation_ids)
        table = TokenTable(session)
        index_tokens(session, [(item.id, item.text) for item in new.values()], table)
        found = candidate_ids(table, list(new.values()))
        wanted = {c for cands in found.values() for c in cands} - new.keys()
        # The candidates are only compared as strings: no language needed.
        items = {**_load_items(session, wanted, language=False), **new} if wanted else new
        skip = _linked_pairs(session, quotation_ids)
        pairs = {
            (min(a, c), max(a, c))
            for a, cands in found.items()
            for c in cands
            if c in items and (min(a, c), max(a, c)) not in skip
        }
        links = verify_pairs(iter(sorted(pairs)), items, self.thresholds)
        links += _translations(session, new, skip | {(x.a, x.b) for x in links})
        _add_links(session, links)
        self.linked.update(quotation_ids)
        return len(links)

    def forget(self, quotation_ids: Iterable[int]) -> None:
        """Quotations whose transaction rolled back: their claims need no update."""
        self.linked.difference_update(quotation_ids)


TRANSLATION_PEERS = 1000  # a speaker's latest quotations a new one is compared with


def _translations(
    session: Session, new: dict[int, LinkItem], skip: set[tuple[int, int]]
) -> list[Link]:
    """Suggested translations and rewordings of new quotations: their speakers' latest
    quotations, compared concept by concept (never linked automatically)."""
    speakers = {int(i.speaker) for i in new.values() if i.speaker and i.lang}
    if not speakers:
        return []
    peers: set[int] = set()
    for sid in speakers:
        stmt = (
            select(Quotation.id)
            .where(Quotation.speaker_id == sid, Quotation.deleted_at.is_(None))
            .order_by(Quotation.id.desc())
            .limit(TRANSLATION_PEERS)
        )
        peers.update(session.scalars(stmt))
    items = {**_load_items(session, peers - new.keys()), **new} if peers else new
    return [
        x.as_link() for x in cross_language_links(items.values(), skip) if x.a in new or x.b in new
    ]


def _linked_pairs(session: Session, quotation_ids: list[int] | None) -> set[tuple[int, int]]:
    """Pairs that already have a link row (an analyst's decision above all), never remade."""
    stmt = select(QuotationLink.quotation_a_id, QuotationLink.quotation_b_id)
    if quotation_ids is not None and len(quotation_ids) <= 500:
        stmt = stmt.where(
            QuotationLink.quotation_a_id.in_(quotation_ids)
            | QuotationLink.quotation_b_id.in_(quotation_ids)
        )
    return {(a, b) for a, b in session.execute(stmt)}


INSERT_BATCH = 10_000


def _add_links(session: Session, links: list[Link]) -> None:
    """Insert link rows in batches of one executemany each."""
    now = utcnow()
    for start in range(0, len(links), INSERT_BATCH):
        rows = [
            {
                "quotation_a_id": link.a,
                "quotation_b_id": link.b,
                "score": link.score.score,
                "scores": link.score.as_dict(),
                "method": link.score.method,
                "status": LinkStatus(link.decision),
                "created_at": now,
            }
            for link in links[start : start + INSERT_BATCH]
        ]
        session.connection().execute(insert(cast(Table, QuotationLink.__table__)), rows)


def link_new_quotations(
    session: Session, quotation_ids: list[int], *, thresholds: Thresholds | None = None
) -> int:
    """Link new quotations against everything stored, then update the claims."""
    made = Linker(thresholds).link(session, quotation_ids)
    update_claims(session, quotation_ids)
    return made


def link_all(
    session: Session,
    *,
    thresholds: Thresholds | None = None,
    timings: dict[str, float] | None = None,
) -> int:
    """Rebuild every automatic and suggested link from scratch, keeping analysts' decisions.

    ``timings``, if given, receives the seconds each step took (load, join and score,
    store, claims). On a large corpus the cross-language pass runs in a forked process
    while the join's links are stored, so its time is part of the store's.
    """
    clock = _Clock(timings)
    session.execute(delete(QuotationLink).where(QuotationLink.status.not_in(DECIDED)))
    index_missing(session)  # quotations loaded around the services get their tokens
    items = list(_load_items(session).values())
    fragments = {item.id for item in items if item.is_fragment}
    clock.lap("load")
    decided = _linked_pairs(session, None)
    links = find_all_links(items, thresholds=thresholds or Thresholds(), skip=decided)
    found = decided | {(x.a, x.b) for x in links}
    clock.lap("join and score")
    translations = partial(_suggested_translations, items, found)
    # The translations are compared on the other core while the join's links are stored.
    with (
        forked(translations, background=len(items) >= BACKGROUND_FROM) as pending,
        _indexes_built_after(session, cast(Table, QuotationLink.__table__), len(links)),
    ):
        _add_links(session, links)
        made = len(links)
        del links
        suggested = pending.result()
        _add_links(session, suggested)
        made += len(suggested)
    del items, found, suggested, translations  # the corpus in memory is not needed for the claims
    clock.lap("store")
    rebuild_claims(session, fragments=fragments)
    refresh_statistics(session)
    clock.lap("claims")
    return made


def _suggested_translations(items: list[LinkItem], found: set[tuple[int, int]]) -> list[Link]:
    return [x.as_link() for x in cross_language_links(items, found)]


BULK_ROWS = 50_000  # rows from which a bulk insert builds the secondary indexes afterwards


@contextmanager
def _indexes_built_after(session: Session, table: Table, rows: int) -> Iterator[None]:
    """Insert many rows into a SQLite table without its secondary indexes, then build them.

    Each row inserted into an index is a look-up at a random place in it; building an
    index sorts the rows once, several times faster for a million links. All of it runs
    in the caller's transaction, so a failure rolls the indexes back with the rows, and
    SQLite's readers keep their snapshot meanwhile. PostgreSQL would lock the table for
    readers until the commit, so there the indexes stay.
    """
    bind = session.connection()
    if rows < BULK_ROWS or bind.dialect.name != "sqlite":
        yield
        return
    indexes = sorted(table.indexes, key=lambda ix: str(ix.name))
    for ix in indexes:
        ix.drop(bind)
    yield
    for ix in indexes:
        ix.create(bind)


class _Clock:
    def __init__(self, laps: dict[str, float] | None) -> None:
        self.laps = laps
        self.last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        if self.laps is not None:
            self.laps[name] = round(now - self.last, 1)
        self.last = now


ACCEPTED = (LinkStatus.AUTO, LinkStatus.CONFIRMED)


@dataclass(frozen=True, slots=True)
class _Member:
    id: int
    text: str
    type: QuoteType
    speaker_id: int | None
    claim_id: int | None
    date: dt.date | None
    outlet_id: int | None


def _member_query() -> Select[int, str, QuoteType, int | None, int | None, dt.date, int | None]:
    return (
        select(
            Quotation.id,
            Quotation.text,
            Quotation.type,
            Quotation.speaker_id,
            Quotation.claim_id,
            func.coalesce(Quotation.said_on, Article.published),
            Article.outlet_id,
        )
        .join(Article, Article.id == Quotation.article_id)
        .where(Quotation.deleted_at.is_(None), Quotation.review_status != ReviewStatus.REJECTED)
    )


def _member(row: Any) -> _Member:
    return _Member(*row)


def _linked_members(session: Session) -> dict[int, _Member]:
    """The live quotations that have an accepted link, with what a claim summary needs."""
    linked = (
        select(QuotationLink.quotation_a_id.label("qid"))
        .where(QuotationLink.status.in_(ACCEPTED))
        .union(select(QuotationLink.quotation_b_id).where(QuotationLink.status.in_(ACCEPTED)))
    )
    stmt = _member_query().where(Quotation.id.in_(linked.scalar_subquery()))
    return {row[0]: _member(row) for row in session.execute(stmt)}


def _component(session: Session, seeds: Iterable[int]) -> set[int]:
    """The quotations reachable from ``seeds`` through accepted links or a shared claim."""
    members = set(seeds)
    frontier = set(members)
    while frontier:
        found: set[int] = set()
        for chunk in in_chunks(frontier):
            for a, b in session.execute(
                select(QuotationLink.quotation_a_id, QuotationLink.quotation_b_id).where(
                    QuotationLink.status.in_(ACCEPTED),
                    QuotationLink.quotation_a_id.in_(chunk)
                    | QuotationLink.quotation_b_id.in_(chunk),
                )
            ):
                found.update((a, b))
            claims = select(Quotation.claim_id).where(
                Quotation.id.in_(chunk), Quotation.claim_id.is_not(None)
            )
            found.update(
                session.scalars(select(Quotation.id).where(Quotation.claim_id.in_(claims)))
            )
        frontier = found - members
        members |= frontier
    return members


def _summary(members: list[_Member]) -> dict[str, object]:
    direct = [q for q in members if q.type == QuoteType.DIRECT] or members
    speakers = Counter(q.speaker_id for q in members if q.speaker_id is not None)
    dates = [q.date for q in members if q.date is not None]
    return {
        "canonical_text": max(direct, key=lambda q: (len(q.text), -q.id)).text,
        "speaker_id": speakers.most_common(1)[0][0] if speakers else None,
        "first_seen": min(dates) if dates else None,
        "last_seen": max(dates) if dates else None,
        "mention_count": len(members),
        "outlet_count": len({q.outlet_id for q in members if q.outlet_id}),
        "deleted_at": None,
    }


def rebuild_claims(session: Session, *, fragments: set[int] | None = None) -> list[int]:
    """Recompute every cluster and map them onto claim rows, keeping claim ids stable.

    Works in bulk (a few queries and executemany updates whatever the corpus size);
    returns the live claims' ids. Every claim or quotation that changes gets a new version.
    ``fragments``: the ids of the short quotations, when the caller already knows them.
    """
    session.flush()
    links = session.execute(
        select(QuotationLink.quotation_a_id, QuotationLink.quotation_b_id, QuotationLink.status)
    ).all()
    rows = _linked_members(session) if links else {}
    held = session.execute(
        select(Quotation.id, Quotation.claim_id).where(Quotation.claim_id.is_not(None))
    ).all()
    live = session.scalars(select(Claim.id).where(Claim.deleted_at.is_(None))).all()
    return _apply_clusters(session, rows, links, held=held, live_claims=live, fragments=fragments)


def update_claims(session: Session, quotation_ids: Iterable[int]) -> list[int]:
    """Recompute only the clusters that hold ``quotation_ids`` (new, relinked or decided).

    The same result as :func:`rebuild_claims` for them, at the cost of their component:
    an ingest into a large corpus does not recluster the rest. Returns the ids of the
    live claims among them.
    """
    session.flush()
    scope = _component(session, quotation_ids)
    links: list[Any] = []
    held: list[Any] = []
    rows: dict[int, _Member] = {}
    for chunk in in_chunks(scope):
        links += session.execute(
            select(
                QuotationLink.quotation_a_id, QuotationLink.quotation_b_id, QuotationLink.status
            ).where(QuotationLink.quotation_a_id.in_(chunk))
        ).all()
        held += session.execute(
            select(Quotation.id, Quotation.claim_id).where(
                Quotation.id.in_(chunk), Quotation.claim_id.is_not(None)
            )
        ).all()
        rows.update(
            (row[0], _Member(*row))
            for row in session.execute(_member_query().where(Quotation.id.in_(chunk)))
        )
    links = [link for link in links if link[1] in scope]
    live = sorted({cid for _, cid in held})
    return _apply_clusters(session, rows, links, held=held, live_claims=live)


def _apply_clusters(
    session: Session,
    rows: dict[int, _Member],
    links: Sequence[Any],
    *,
    held: Sequence[Any],
    live_claims: Sequence[int],
    fragments: set[int] | None = None,
) -> list[int]:
    """Cluster ``rows`` by ``links`` and store it: ``held`` (quotation, claim) pairs and
    ``live_claims`` are what the scope held before, to move out and retire."""
    accepted = [(a, b) for a, b, s in links if s in ACCEPTED]
    rejected = [(a, b) for a, b, s in links if s == LinkStatus.REJECTED]
    if fragments is None:  # short quotations (a few words) never bridge two long ones
        fragments = {q.id for q in rows.values() if LinkItem.of(q.id, q.text).is_fragment}
    groups = cluster_claims(rows, accepted, cannot_link=rejected, fragments=fragments)
    used: set[int] = set()
    kept: list[tuple[int, list[_Member]]] = []
    fresh: list[list[_Member]] = []
    for group in groups:
        members = [rows[i] for i in group]
        votes = Counter(q.claim_id for q in members if q.claim_id is not None)
        for claim_id, _ in votes.most_common():
            if claim_id not in used:
                used.add(claim_id)
                kept.append((claim_id, members))
                break
        else:
            fresh.append(members)
    now = utcnow()
    claim_t, quotation_t = cast(Table, Claim.__table__), cast(Table, Quotation.__table__)
    # Kept claims that no longer exist (deleted under us) are made anew.
    live = set(session.scalars(select(Claim.id).where(Claim.id.in_(used)))) if used else set()
    fresh += [members for cid, members in kept if cid not in live]
    kept = [(cid, members) for cid, members in kept if cid in live]
    if kept:
        session.execute(
            update(claim_t)
            .where(claim_t.c.id == bindparam("cid"))
            .values(
                {k: bindparam(k) for k in _summary(kept[0][1])}
                | {"updated_at": now, "version": claim_t.c.version + 1}
            ),
            [{"cid": cid} | _summary(members) for cid, members in kept],
        )
    assignment = {q.id: cid for cid, members in kept for q in members}
    if fresh:
        new_ids = session.scalars(
            insert(Claim).returning(Claim.id, sort_by_parameter_order=True),
            [_summary(members) for members in fresh],
        ).all()
        for cid, members in zip(new_ids, fresh, strict=True):
            assignment.update((q.id, cid) for q in members)
    # Members whose claim changed, and quotations no longer in any cluster, are updated.
    moved: list[dict[str, int | None]] = [
        {"qid": q.id, "cid": assignment[q.id]}
        for q in rows.values()
        if q.id in assignment and q.claim_id != assignment[q.id]
    ]
    moved += [{"qid": qid, "cid": None} for qid, _ in held if qid not in assignment]
    if moved:
        session.execute(
            update(quotation_t)
            .where(quotation_t.c.id == bindparam("qid"))
            .values(claim_id=bindparam("cid"), version=quotation_t.c.version + 1),
            moved,
        )
    claim_ids = sorted(set(assignment.values()))
    still = set(claim_ids)
    retired = [{"cid": cid} for cid in set(live_claims) if cid not in still]
    if retired:
        session.execute(
            update(claim_t)
            .where(claim_t.c.id == bindparam("cid"))
            .values(deleted_at=now, mention_count=0, version=claim_t.c.version + 1),
            retired,
        )
    session.expire_all()
    score_claims(session, claim_ids)
    return claim_ids


def get_claim(session: Session, claim_id: int) -> Claim:
    claim = session.get(Claim, claim_id)
    if claim is None or claim.deleted_at is not None:
        raise NotFound(f"no claim {claim_id}")
    return claim


def decide_link(session: Session, link_id: int, status: str, *, user: User) -> QuotationLink:
    """An analyst confirms or rejects a link; claims follow the decision."""
    if status not in (LinkStatus.CONFIRMED, LinkStatus.REJECTED):
        raise InvalidInput("a link can be confirmed or rejected")
    link = session.get(QuotationLink, link_id)
    if link is None:
        raise NotFound(f"no link {link_id}")
    before = audit.snapshot(link)
    link.status = LinkStatus(status)
    link.decided_by_id = user.id
    link.decided_at = utcnow()
    session.flush()
    audit.record(session, user=user, obj=link, action=f"link:{status}", before=before)
    update_claims(session, [link.quotation_a_id, link.quotation_b_id])
    return link


def links_of_claim(session: Session, claim: Claim) -> list[QuotationLink]:
    ids = [q.id for q in claim.quotations]
    if not ids:
        return []
    stmt = (
        select(QuotationLink)
        .where(QuotationLink.quotation_a_id.in_(ids), QuotationLink.quotation_b_id.in_(ids))
        .order_by(QuotationLink.score.desc())
    )
    return list(session.scalars(stmt))
