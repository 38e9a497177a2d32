"""Link repeated quotations and keep claims (clusters of linked quotations) up to date.

Analysts have the last word: a confirmed link is never removed by a re-run, and a
rejected pair is never linked again, directly or through other quotations.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

from sqlalchemy import delete, select, update
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
from tracker.linking import (
    CandidateIndex,
    Link,
    LinkItem,
    Thresholds,
    cluster_claims,
    find_links,
)
from tracker.services import audit
from tracker.services.checkworthy import score_claims

DECIDED = (LinkStatus.CONFIRMED, LinkStatus.REJECTED)


NAMED = (SpeakerKind.PERSON, SpeakerKind.ORGANIZATION)


def _load_items(session: Session, ids: Iterable[int] | None = None) -> dict[int, LinkItem]:
    """Linkable quotations (all, or those of ``ids``); the speaker counts only when it is
    named (an unnamed source may well be the person another article names)."""
    stmt = (
        select(Quotation.id, Quotation.text, Quotation.speaker_id, Speaker.kind, Article.language)
        .join(Article, Article.id == Quotation.article_id)
        .outerjoin(Speaker, Speaker.id == Quotation.speaker_id)
        .where(Quotation.deleted_at.is_(None), Quotation.review_status != ReviewStatus.REJECTED)
    )
    if ids is not None:
        stmt = stmt.where(Quotation.id.in_(list(ids)))
    return {
        qid: LinkItem.of(
            qid,
            text,
            str(sid) if kind in NAMED else None,
            lang,
            unnamed=kind == SpeakerKind.ANONYMOUS,
        )
        for qid, text, sid, kind, lang in session.execute(stmt)
    }


class Linker:
    """The candidate index of the stored quotations, built once and kept for a whole run.

    An ingest run links each new article against everything stored without reloading it:
    the index grows as articles arrive. If an article's transaction fails, ``forget``
    drops its quotations again.
    """

    def __init__(self, thresholds: Thresholds | None = None) -> None:
        self.thresholds = thresholds or Thresholds()
        self.items: dict[int, LinkItem] = {}
        self.index = CandidateIndex()
        self._loaded = False

    def _load(self, session: Session) -> None:
        if not self._loaded:
            self.items = _load_items(session)
            self.index.extend(self.items.values())
            self._loaded = True

    def link(self, session: Session, quotation_ids: list[int] | None = None) -> int:
        """Link new quotations (already flushed) against everything indexed; with no ids,
        link every stored quotation with every other (the batch rebuild)."""
        self._load(session)  # on the first call this already holds the new quotations
        if quotation_ids is None:
            new = list(self.items.values())
            ids = list(self.items)
        else:
            new = list(_load_items(session, quotation_ids).values())
            ids = quotation_ids
            for item in new:
                if item.id not in self.items:
                    self.items[item.id] = item
                    self.index.add(item)
        links = find_links(
            new,
            index=self.index,
            items=self.items,
            thresholds=self.thresholds,
            skip=_linked_pairs(session, ids),
        )
        _add_links(session, links)
        return len(links)

    def forget(self, quotation_ids: Iterable[int]) -> None:
        """Quotations whose transaction rolled back: never offer them as candidates."""
        for qid in quotation_ids:
            if self.items.pop(qid, None) is not None:
                self.index.discard(qid)


def _linked_pairs(session: Session, quotation_ids: list[int]) -> set[tuple[int, int]]:
    """Pairs that already have a link row (an analyst's decision above all), never remade."""
    stmt = select(QuotationLink.quotation_a_id, QuotationLink.quotation_b_id)
    if len(quotation_ids) <= 500:
        stmt = stmt.where(
            QuotationLink.quotation_a_id.in_(quotation_ids)
            | QuotationLink.quotation_b_id.in_(quotation_ids)
        )
    return {(a, b) for a, b in session.execute(stmt)}


def _add_links(session: Session, links: list[Link]) -> None:
    for link in links:
        session.add(
            QuotationLink(
                quotation_a_id=link.a,
                quotation_b_id=link.b,
                score=link.score.score,
                scores=link.score.as_dict(),
                method=link.score.method,
                status=LinkStatus(link.decision),
            )
        )
    session.flush()


def link_new_quotations(
    session: Session, quotation_ids: list[int], *, thresholds: Thresholds | None = None
) -> int:
    """Link new quotations against everything stored, then update the claims."""
    made = Linker(thresholds).link(session, quotation_ids)
    rebuild_claims(session)
    return made


def link_all(session: Session, *, thresholds: Thresholds | None = None) -> int:
    """Rebuild every automatic and suggested link from scratch, keeping analysts' decisions."""
    session.execute(delete(QuotationLink).where(QuotationLink.status.not_in(DECIDED)))
    made = Linker(thresholds).link(session)
    rebuild_claims(session)
    refresh_statistics(session)
    return made


def rebuild_claims(session: Session) -> list[Claim]:
    """Recompute the clusters and map them onto claim rows, keeping claim ids stable."""
    links = session.execute(
        select(QuotationLink.quotation_a_id, QuotationLink.quotation_b_id, QuotationLink.status)
    ).all()
    accepted = [(a, b) for a, b, s in links if s in (LinkStatus.AUTO, LinkStatus.CONFIRMED)]
    rejected = [(a, b) for a, b, s in links if s == LinkStatus.REJECTED]
    ids = {x for pair in accepted for x in pair}
    rows = (
        {
            q.id: q
            for q in session.scalars(
                select(Quotation).where(
                    Quotation.id.in_(ids),
                    Quotation.deleted_at.is_(None),
                    Quotation.review_status != ReviewStatus.REJECTED,
                )
            )
        }
        if ids
        else {}
    )
    fragments = [q.id for q in rows.values() if LinkItem.of(q.id, q.text).is_fragment]
    groups = cluster_claims(rows, accepted, cannot_link=rejected, fragments=fragments)
    used: set[int] = set()
    claims: list[Claim] = []
    in_group: set[int] = set()
    for group in groups:
        members = [rows[i] for i in group]
        in_group.update(group)
        votes = Counter(
            q.claim_id for q in members if q.claim_id is not None and q.claim_id not in used
        )
        claim = session.get(Claim, votes.most_common(1)[0][0]) if votes else None
        if claim is None:
            claim = Claim(canonical_text="")
            session.add(claim)
        claim.deleted_at = None
        for q in members:
            q.claim = claim
        _summarise(claim, members)
        session.flush()
        used.add(claim.id)
        claims.append(claim)
    # Quotations no longer in any cluster leave their claim; emptied claims are retired.
    session.execute(
        update(Quotation)
        .where(Quotation.claim_id.is_not(None), Quotation.id.not_in(in_group or {-1}))
        .values(claim_id=None)
        .execution_options(synchronize_session="fetch")
    )
    session.execute(
        update(Claim)
        .where(Claim.deleted_at.is_(None), Claim.id.not_in(used or {-1}))
        .values(deleted_at=utcnow(), mention_count=0)
        .execution_options(synchronize_session="fetch")
    )
    session.flush()
    score_claims(session, [c.id for c in claims])
    return claims


def _summarise(claim: Claim, members: list[Quotation]) -> None:
    direct = [q for q in members if q.type == QuoteType.DIRECT] or members
    claim.canonical_text = max(direct, key=lambda q: (len(q.text), -q.id)).text
    speakers = Counter(q.speaker_id for q in members if q.speaker_id is not None)
    claim.speaker_id = speakers.most_common(1)[0][0] if speakers else None
    dates: list[dt.date] = [d for q in members if (d := q.said_on or q.article.published)]
    claim.first_seen = min(dates) if dates else None
    claim.last_seen = max(dates) if dates else None
    claim.mention_count = len(members)
    claim.outlet_count = len({q.article.outlet_id for q in members if q.article.outlet_id})


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
    rebuild_claims(session)
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
