"""The database's token index: capped document frequencies read in batches."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from tests.conftest import SEEDS
from tracker.db.models import QuotationToken
from tracker.services import candidates
from tracker.services.articles import ingest_paths
from tracker.services.candidates import TokenTable


def test_token_frequencies_are_counted_in_batches_and_capped(
    factory: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ingest_paths(factory, sorted(SEEDS.glob("*.txt")), max_bytes=2_000_000).ok
    monkeypatch.setattr(candidates, "FREQUENT", 3)  # a token in 3 quotations is frequent
    monkeypatch.setattr(candidates, "UNION_TERMS", 7)  # many statements, one of a single term
    with factory() as s:
        rows = s.execute(select(QuotationToken.token, func.count()).group_by(QuotationToken.token))
        counts = {token: n for token, n in rows}
        tokens = sorted(counts, key=lambda t: (-counts[t], t))[:49] + ["never-seen-token"]
        assert counts[tokens[0]] > 3 and len(tokens) % 7 == 1
        found = TokenTable(s).frequencies(tokens)
    expected = {t: min(counts.get(t, 0), 3) for t in tokens}
    assert {t: found[t] for t in tokens} == expected
