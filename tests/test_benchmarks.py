"""The benchmark scripts refuse what they cannot measure, with a message that says why."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from benchmarks import linkdb
from tracker.config import sqlite_url
from tracker.db import migrate
from tracker.db.engine import make_engine


def _run(monkeypatch: pytest.MonkeyPatch, *args: str) -> None:
    monkeypatch.setattr(sys, "argv", ["linkdb", *args])
    linkdb.main()


def test_incremental_only_needs_a_database_a_full_run_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "none.sqlite"
    url = sqlite_url(missing)
    with pytest.raises(SystemExit, match="no database at .*run without --incremental-only"):
        _run(monkeypatch, "--quotations", "1000", "--database-url", url, "--incremental-only")
    assert not missing.exists()  # nothing created for nothing


def test_incremental_only_refuses_a_database_too_small(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = sqlite_url(tmp_path / "empty.sqlite")
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    with pytest.raises(SystemExit, match="holds 0 quotations, not 1,000"):
        _run(monkeypatch, "--quotations", "1000", "--database-url", url, "--incremental-only")


def test_incremental_links_a_new_article_with_its_speakers(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "small.sqlite")
    linkdb.load(url, 2_000)
    result = linkdb.incremental(url, 2_000, rounds=2)
    assert result["rounds"] == 2
    # Four of the ten quotations repeat stored statements: they are linked.
    assert isinstance(result["links_per_article"], float) and result["links_per_article"] >= 3
