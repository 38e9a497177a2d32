"""The SQL console reads and cannot write, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from tracker.db.models import Article, Quotation, Tag, User
from tracker.errors import InvalidInput
from tracker.services import sql
from tracker.services.users import create_user

WRITES = {
    "insert": "INSERT INTO tag (name) VALUES ('sneaky')",
    "update": "UPDATE quotation SET text = 'changed'",
    "delete": "DELETE FROM quotation",
    "drop": "DROP TABLE tag",
    "create": "CREATE TABLE t (a INTEGER)",
    "cte write": "WITH d AS (DELETE FROM tag RETURNING id) SELECT * FROM d",
    "two statements": "SELECT 1; DELETE FROM quotation",
    "attach": "ATTACH DATABASE 'other.sqlite' AS other",
    "pragma write": "PRAGMA user_version = 7",
    "pragma journal": "PRAGMA journal_mode = DELETE",
    "transaction": "BEGIN",
    "lock": "SELECT * FROM tag FOR UPDATE",
}
# Functions with side effects: the sequence, large objects, extension loading.
SIDE_EFFECTS = {
    "sqlite": ["SELECT load_extension('libevil')"],
    "postgresql": [
        "SELECT nextval('tag_id_seq')",
        "SELECT lo_import('/etc/hostname')",
        "SELECT setval('quotation_id_seq', 1)",
    ],
}


@pytest.fixture
def loaded(ingested: sessionmaker[Session]) -> sessionmaker[Session]:
    with ingested.begin() as s:
        create_user(s, "ann", "correct horse", "annotator")
        s.add(Tag(name="economy"))
    return ingested


def counts(factory: sessionmaker[Session]) -> tuple[int, int, int, str]:
    with factory() as s:
        return (
            s.scalar(select(func.count()).select_from(Quotation)) or 0,
            s.scalar(select(func.count()).select_from(Tag)) or 0,
            s.scalar(select(func.count()).select_from(Article)) or 0,
            s.scalar(select(Quotation.text).order_by(Quotation.id).limit(1)) or "",
        )


@pytest.fixture
def tmp_chdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "cwd").mkdir()
    monkeypatch.chdir(tmp_path / "cwd")
    return tmp_path / "cwd"


def test_a_query_returns_columns_rows_and_time(db_url: str, loaded: sessionmaker[Session]) -> None:
    console = sql.ReadOnlyConsole(db_url)
    result = console.run(
        "SELECT speaker, COUNT(*) AS n FROM quotations_flat GROUP BY speaker ORDER BY n DESC"
    )
    assert result.columns == ["speaker", "n"]
    assert result.rows[0] == ("Mario Rossi", 3)
    assert not result.truncated and result.seconds >= 0


@pytest.mark.parametrize("name", sorted(WRITES))
def test_every_write_fails_and_changes_nothing(
    db_url: str, loaded: sessionmaker[Session], name: str, tmp_chdir: Path
) -> None:
    before = counts(loaded)
    console = sql.ReadOnlyConsole(db_url)
    with pytest.raises(sql.QueryError):
        console.run(WRITES[name])
    assert counts(loaded) == before
    assert not list(tmp_chdir.iterdir())  # ATTACH created no file either
    # the database still answers normally afterwards
    assert console.run("SELECT COUNT(*) FROM tag").rows == [(1,)]


def test_functions_with_side_effects_are_refused(
    db_url: str, loaded: sessionmaker[Session]
) -> None:
    console = sql.ReadOnlyConsole(db_url)
    backend = "sqlite" if db_url.startswith("sqlite") else "postgresql"
    for query in SIDE_EFFECTS[backend]:
        with pytest.raises(sql.QueryError, match="not allowed"):
            console.run(query)
    with loaded() as s:  # the sequence did not move: the next tag gets id 2
        s.add(tag := Tag(name="next"))
        s.flush()
        assert tag.id == 2


def test_secret_columns_stay_hidden(db_url: str, loaded: sessionmaker[Session]) -> None:
    console = sql.ReadOnlyConsole(db_url)
    assert console.run("SELECT username, role FROM app_user").rows == [("ann", "annotator")]
    if db_url.startswith("sqlite"):
        assert console.run("SELECT password_hash FROM app_user").rows == [(None,)]
    else:
        with pytest.raises(sql.QueryError, match="not allowed"):
            console.run("SELECT password_hash FROM app_user")


def test_screen_shows_a_limited_page_but_the_stream_has_every_row(
    db_url: str, loaded: sessionmaker[Session]
) -> None:
    console = sql.ReadOnlyConsole(db_url)
    query = "SELECT id FROM quotation ORDER BY id"
    shown = console.run(query, limit=2)
    assert len(shown.rows) == 2 and shown.truncated
    with console.stream(query) as (columns, rows):
        assert columns == ["id"]
        assert len(list(rows)) == counts(loaded)[0]


def test_named_parameters_are_bound_not_pasted(db_url: str, loaded: sessionmaker[Session]) -> None:
    console = sql.ReadOnlyConsole(db_url)
    query = "SELECT COUNT(*) FROM quotations_flat WHERE speaker = :speaker AND text LIKE '%:%'"
    assert sql.parameters(query) == ["speaker"]
    assert console.run(query, {"speaker": "Mario Rossi"}).rows == [(0,)]
    hostile = "x' OR '1'='1"
    assert console.run(query, {"speaker": hostile}).rows == [(0,)]
    with pytest.raises(InvalidInput, match=":speaker"):
        console.run(query, {})


def test_a_slow_query_is_stopped_at_the_time_limit(
    db_url: str, loaded: sessionmaker[Session]
) -> None:
    console = sql.ReadOnlyConsole(db_url, timeout_seconds=0.3)
    endless = (
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT COUNT(*) FROM n"
    )
    with pytest.raises(sql.QueryError, match="longer than"):
        console.run(endless)


def test_syntax_errors_are_reported_plainly(db_url: str, loaded: sessionmaker[Session]) -> None:
    with pytest.raises(sql.QueryError, match="refused"):
        sql.ReadOnlyConsole(db_url).run("SELECT FROM WHERE")
    with pytest.raises(InvalidInput, match="empty"):
        sql.ReadOnlyConsole(db_url).run("  ")


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("SELECT :a, :b, :a", ["a", "b"]),
        ("SELECT ':not' , \"x:y\" -- :comment\n", []),
        ("SELECT x::text FROM t WHERE y = :y", ["y"]),
        ("/* :c */ SELECT 1", []),
    ],
)
def test_parameters_are_found_outside_strings_and_comments(query: str, names: list[str]) -> None:
    assert sql.parameters(query) == names


def test_saved_queries_are_shared_and_named_uniquely(session: Session, analyst: User) -> None:
    saved = sql.save_query(
        session,
        name="By speaker",
        sql="SELECT * FROM quotations_flat WHERE speaker = :speaker",
        description="Everything one speaker said",
        user=analyst,
    )
    session.commit()
    assert [q.name for q in sql.list_saved(session)] == ["By speaker"]
    with pytest.raises(InvalidInput, match="already exists"):
        sql.save_query(session, name="By speaker", sql="SELECT 1", user=analyst)
    session.rollback()
    sql.save_query(session, name="Renamed", sql="SELECT 2", user=analyst, query_id=saved.id)
    session.commit()
    assert sql.get_saved(session, saved.id).sql == "SELECT 2"
    with pytest.raises(InvalidInput, match="needs a name"):
        sql.save_query(session, name=" ", sql="SELECT 1", user=analyst)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("sqlite://", "needs a SQLite database file"),
        ("sqlite:///:memory:", "needs a SQLite database file"),
        ("mysql://root@localhost/tracker", "does not support mysql"),
    ],
)
def test_the_console_refuses_databases_it_cannot_make_read_only(url: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        sql.ReadOnlyConsole(url)
