"""Candidate pairs for new quotations from the database's token index (``quotation_token``).

The same filter as the in-memory :class:`~tracker.linking.CandidateIndex` (weighted
containment with an evidence floor, see ``tracker.linking.blocking``), answered by a few
indexed queries, so linking one article costs the same against a hundred quotations or a
million. Token weights come from document frequencies counted in the index, each count
capped at ``FREQUENT``: a token that common is never looked up (its postings would be a
scan); it still counts, at the cap's weight, towards what a pair shares. A pair whose
evidence rests on such tokens is missed here and found by ``tracker link --all``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TypeVar, cast

from sqlalchemy import Table, bindparam, delete, func, insert, literal, select, union_all, update
from sqlalchemy.orm import Session

from tracker.db.models import Quotation, QuotationToken
from tracker.linking.blocking import MIN_EVIDENCE, MIN_SHARE, Profile, profile, token_weight
from tracker.linking.normalize import link_tokens
from tracker.linking.scoring import LinkItem

FREQUENT = 2_000  # documents: tokens at least this common are not looked up
CHUNK = 500
UNION_TERMS = 200  # counts in one UNION ALL (SQLite allows 500 terms)


T = TypeVar("T", int, str)


def in_chunks(values: Iterable[T], size: int = CHUNK) -> list[list[T]]:
    """Sorted values in lists short enough for an ``IN (...)`` on any database."""
    items = sorted(values)
    return [items[i : i + size] for i in range(0, len(items), size)]


def _tokens_of(pairs: Iterable[tuple[int, str]]) -> dict[int, list[str]]:
    return {qid: link_tokens(LinkItem.of(qid, text).norm) for qid, text in pairs}


def _write_tokens(session: Session, tokens: dict[int, list[str]]) -> None:
    for chunk in in_chunks(tokens):
        session.execute(delete(QuotationToken).where(QuotationToken.quotation_id.in_(chunk)))
    rows = [{"token": tok, "quotation_id": qid} for qid, toks in tokens.items() for tok in toks]
    for start in range(0, len(rows), 10_000):
        session.execute(insert(QuotationToken), rows[start : start + 10_000])


def _write_weights(session: Session, table: TokenTable, tokens: dict[int, list[str]]) -> None:
    quotation_t = cast(Table, Quotation.__table__)
    session.execute(
        update(quotation_t)
        .where(quotation_t.c.id == bindparam("qid"))
        .values(link_weight=bindparam("weight")),
        [{"qid": qid, "weight": table.profile(toks).total} for qid, toks in tokens.items()],
    )


def index_tokens(
    session: Session, quotations: Iterable[tuple[int, str]], table: TokenTable | None = None
) -> None:
    """(Re)index the tokens and weight of ``(id, text)`` pairs: new quotations or new texts."""
    tokens = _tokens_of(quotations)
    if tokens:
        _write_tokens(session, tokens)
        _write_weights(session, table or TokenTable(session), tokens)


def index_missing(session: Session, batch: int = 20_000) -> int:
    """Index every quotation the token index lacks (rows loaded in bulk); returns how many.

    Tokens first, then the weights, once every frequency can be counted in one pass.
    """
    missing = select(Quotation.id, Quotation.text).where(
        ~select(literal(1)).where(QuotationToken.quotation_id == Quotation.id).exists()
    )
    pairs = [(qid, text) for qid, text in session.execute(missing)]
    for start in range(0, len(pairs), batch):
        _write_tokens(session, _tokens_of(pairs[start : start + batch]))
    table = TokenTable(session)
    if len(pairs) > 1_000:
        table.count_all()
    for start in range(0, len(pairs), batch):
        _write_weights(session, table, _tokens_of(pairs[start : start + batch]))
    return len(pairs)


class TokenTable:
    """Document frequencies and postings read from ``quotation_token`` for one linking step."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.n = max(session.scalar(select(func.max(Quotation.id))) or 1, 1)
        self._df: dict[str, int] = {}
        self.holders: dict[int, set[str]] = {}
        self.floor = MIN_EVIDENCE * token_weight(1, self.n)

    def frequencies(self, tokens: Iterable[str]) -> dict[str, int]:
        """Capped document frequencies (``FREQUENT`` at most): an indexed count of each
        token's first postings, all of a chunk's tokens in one statement (UNION ALL)."""
        for chunk in in_chunks({t for t in tokens if t not in self._df}, UNION_TERMS):
            counts = [
                select(literal(tok).label("token"), func.count().label("df")).select_from(
                    select(literal(1)).where(QuotationToken.token == tok).limit(FREQUENT).subquery()
                )
                for tok in chunk
            ]
            stmt = counts[0] if len(counts) == 1 else union_all(*counts)
            self._df.update((tok, n) for tok, n in self.session.execute(stmt))
        return self._df

    def count_all(self) -> None:
        """Every token's frequency (capped) in one pass over the index: for bulk work."""
        stmt = select(QuotationToken.token, func.count()).group_by(QuotationToken.token)
        self._df.update((tok, min(n, FREQUENT)) for tok, n in self.session.execute(stmt))

    def profile(self, tokens: Sequence[str]) -> Profile:
        df = self.frequencies(tokens)
        weights = {t: token_weight(df[t], self.n) for t in tokens}
        return profile(tokens, weights, MIN_SHARE, self.floor)

    def postings(self, tokens: Iterable[str]) -> dict[int, set[str]]:
        """Quotation id -> the given tokens it holds (frequent tokens are left out)."""
        tokens = set(tokens)
        df = self.frequencies(tokens)
        wanted = [t for t in tokens if df[t] < FREQUENT]
        holders: dict[int, set[str]] = defaultdict(set)
        for chunk in in_chunks(wanted):
            stmt = select(QuotationToken.quotation_id, QuotationToken.token).where(
                QuotationToken.token.in_(chunk)
            )
            for qid, tok in self.session.execute(stmt):
                holders[qid].add(tok)
        return holders


def candidate_ids(table: TokenTable, items: Sequence[LinkItem]) -> dict[int, set[int]]:
    """For each new item, the stored (or new) quotations that may share enough with it."""
    tokens = {item.id: link_tokens(item.norm) for item in items}
    profiles = {item.id: table.profile(tokens[item.id]) for item in items}
    holders = table.holders = table.postings(t for toks in tokens.values() for t in toks)
    df = table.frequencies(())
    weights: dict[int, dict[str, float]] = {}
    needs: dict[int, float] = {}
    by_token: dict[str, list[int]] = defaultdict(list)
    for item in items:
        mine = profiles[item.id]
        weights[item.id] = weight = dict(zip(mine.tokens, mine.weights, strict=True))
        frequent = sum(w for t, w in weight.items() if df[t] >= FREQUENT)
        # What the looked-up tokens must share for the pair to have a chance.
        needs[item.id] = max(MIN_SHARE * mine.total, table.floor) - frequent - 1e-9
        for tok in weight:
            by_token[tok].append(item.id)
    out: dict[int, set[int]] = {item.id: set() for item in items}
    unsure: dict[int, list[int]] = {}
    floor = table.floor - 1e-9
    for qid, held in holders.items():
        shared: dict[int, float] = defaultdict(float)
        for tok in held:
            for item_id in by_token[tok]:
                shared[item_id] += weights[item_id][tok]
        for item_id, have in shared.items():
            if item_id == qid or have < floor:
                continue
            if have >= needs[item_id]:
                out[item_id].add(qid)  # maybe enough of the new one's weight: scoring decides
            else:
                unsure.setdefault(item_id, []).append(qid)  # enough if the other is lighter
    if unsure:
        _settle(table, tokens, unsure, out)
    return out


def _settle(
    table: TokenTable,
    tokens: dict[int, list[str]],
    unsure: dict[int, list[int]],
    out: dict[int, set[int]],
) -> None:
    """Candidates that qualify only if lighter than the new item, judged by their stored
    weight (``quotation.link_weight``, taken when they were indexed)."""
    others = {qid for qids in unsure.values() for qid in qids}
    weight_of: dict[int, float | None] = {}
    for chunk in in_chunks(others):
        rows = table.session.execute(
            select(Quotation.id, Quotation.link_weight).where(Quotation.id.in_(chunk))
        )
        weight_of.update((qid, weight) for qid, weight in rows)
    for item_id, qids in unsure.items():
        mine = table.profile(tokens[item_id])
        weight = dict(zip(mine.tokens, mine.weights, strict=True))
        held = table.holders
        for qid in qids:
            theirs = weight_of.get(qid)
            if theirs is None or theirs >= mine.total:
                continue
            shared = sum(weight[t] for t in held[qid] if t in weight)
            if shared >= max(MIN_SHARE * theirs, table.floor) - 1e-9:
                out[item_id].add(qid)
