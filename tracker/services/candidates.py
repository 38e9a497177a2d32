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
from typing import TypeVar

from sqlalchemy import delete, func, insert, literal, select
from sqlalchemy.orm import Session

from tracker.db.models import Quotation, QuotationToken
from tracker.linking.blocking import MIN_EVIDENCE, MIN_SHARE, Profile, profile, token_weight
from tracker.linking.normalize import TOKEN_CHARS, link_tokens
from tracker.linking.scoring import LinkItem

FREQUENT = 5_000  # documents: tokens at least this common are not looked up
CHUNK = 500


T = TypeVar("T", int, str)


def _chunks(values: Iterable[T], size: int = CHUNK) -> list[list[T]]:
    items = sorted(values)
    return [items[i : i + size] for i in range(0, len(items), size)]


def index_tokens(session: Session, quotations: Iterable[tuple[int, str]]) -> None:
    """(Re)index the tokens of ``(id, text)`` pairs: new quotations or edited texts."""
    pairs = list(quotations)
    for chunk in _chunks(qid for qid, _ in pairs):
        session.execute(delete(QuotationToken).where(QuotationToken.quotation_id.in_(chunk)))
    rows = [
        {"token": tok, "quotation_id": qid}
        for qid, text in pairs
        for tok in link_tokens(LinkItem.of(qid, text).norm)
    ]
    for start in range(0, len(rows), 10_000):
        session.execute(insert(QuotationToken), rows[start : start + 10_000])


def index_missing(session: Session) -> int:
    """Index every quotation the token index lacks (rows loaded in bulk); returns how many."""
    missing = select(Quotation.id, Quotation.text).where(
        ~select(literal(1)).where(QuotationToken.quotation_id == Quotation.id).exists()
    )
    done = 0
    result = session.execute(missing.execution_options(yield_per=20_000))
    for batch in result.partitions():
        index_tokens(session, [(qid, text) for qid, text in batch])
        done += len(batch)
    return done


class TokenTable:
    """Document frequencies and postings read from ``quotation_token`` for one linking step."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.n = max(session.scalar(select(func.max(Quotation.id))) or 1, 1)
        self._df: dict[str, int] = {}
        self.floor = MIN_EVIDENCE * token_weight(1, self.n)

    def frequencies(self, tokens: Iterable[str]) -> dict[str, int]:
        """Capped document frequencies (``FREQUENT`` at most), one indexed query each."""
        for tok in set(tokens) - self._df.keys():
            capped = (
                select(literal(1)).where(QuotationToken.token == tok).limit(FREQUENT).subquery()
            )
            self._df[tok] = self.session.scalar(select(func.count()).select_from(capped)) or 0
        return self._df

    def profile(self, tokens: Sequence[str]) -> Profile:
        df = self.frequencies(tokens)
        weights = {t: token_weight(df[t], self.n) for t in tokens}
        return profile(tokens, weights, MIN_SHARE, self.floor)

    def postings(self, tokens: Iterable[str]) -> dict[int, set[str]]:
        """Quotation id -> the given tokens it holds (frequent tokens are left out)."""
        tokens = set(tokens)
        df = self.frequencies(tokens)
        wanted = [t for t in set(tokens) if df[t] < FREQUENT]
        holders: dict[int, set[str]] = defaultdict(set)
        for chunk in _chunks(wanted):
            stmt = select(QuotationToken.quotation_id, QuotationToken.token).where(
                QuotationToken.token.in_(chunk)
            )
            for qid, tok in self.session.execute(stmt):
                holders[qid].add(tok)
        return holders


def candidate_ids(table: TokenTable, items: Sequence[LinkItem]) -> dict[int, set[int]]:
    """For each new item, the stored (or new) quotations that may share enough with it."""
    tokens = {item.id: [t[:TOKEN_CHARS] for t in link_tokens(item.norm)] for item in items}
    holders = table.postings(t for toks in tokens.values() for t in toks)
    df = table.frequencies(())
    out: dict[int, set[int]] = {}
    unsure: dict[int, list[int]] = {}
    for item in items:
        mine = table.profile(tokens[item.id])
        weight = dict(zip(mine.tokens, mine.weights, strict=True))
        frequent = sum(w for t, w in weight.items() if df[t] >= FREQUENT)
        need = max(MIN_SHARE * mine.total, table.floor) - 1e-9
        found: set[int] = set()
        for qid, held in holders.items():
            if qid == item.id:
                continue
            shared = sum(weight[t] for t in held if t in weight)
            if shared < table.floor - 1e-9:
                continue
            if shared + frequent >= need:
                found.add(qid)  # maybe enough of the new one's weight: the scorer decides
            else:
                unsure.setdefault(item.id, []).append(qid)  # enough if the other is lighter
        out[item.id] = found
    if unsure:
        _settle(table, tokens, unsure, out)
    return out


def _settle(
    table: TokenTable,
    tokens: dict[int, list[str]],
    unsure: dict[int, list[int]],
    out: dict[int, set[int]],
) -> None:
    """Candidates that qualify only if lighter than the new item: weigh their tokens."""
    others = {qid for qids in unsure.values() for qid in qids}
    theirs: dict[int, list[str]] = defaultdict(list)
    for chunk in _chunks(others):
        stmt = select(QuotationToken.quotation_id, QuotationToken.token).where(
            QuotationToken.quotation_id.in_(chunk)
        )
        for qid, tok in table.session.execute(stmt):
            theirs[qid].append(tok)
    lightest = token_weight(table.n, table.n)  # no token weighs less than one in every text
    for item_id, qids in unsure.items():
        mine = table.profile(tokens[item_id])
        weight = dict(zip(mine.tokens, mine.weights, strict=True))
        for qid in qids:
            held = theirs[qid]
            shared = sum(weight.get(t, 0.0) for t in held)
            at_least = shared + lightest * sum(t not in weight for t in held)
            if shared < MIN_SHARE * at_least - 1e-9:
                continue  # its other words weigh too much for this to be its bulk
            other = table.profile(held)
            if other.total >= mine.total:
                continue
            shared = sum(
                w for t, w in zip(other.tokens, other.weights, strict=True) if t in mine.token_set
            )
            if shared >= max(MIN_SHARE * other.total, table.floor) - 1e-9:
                out[item_id].add(qid)
