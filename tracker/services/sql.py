"""The read-only SQL console: analysts' own queries, and the saved queries they share.

Read-only by construction, whatever the SQL says:

- SQLite: a separate connection opened with ``mode=ro`` (the library refuses every
  write), and an authorizer that allows only reading and selecting (no ATTACH, no
  PRAGMA but a few introspective ones, no transaction control) and blanks the secret
  columns. ``sqlite3`` runs one statement per call.
- PostgreSQL: the query runs as a server-side cursor (``DECLARE ... CURSOR FOR``, which
  only accepts a query, one statement, no data-modifying ``WITH``), in a ``READ ONLY``
  transaction under the role ``tracker_reader`` that may only SELECT, and with a
  statement timeout. The transaction is always rolled back.

Both stop a query at the time limit; the screen shows at most ``limit`` rows and says
so, and downloads stream every row.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Generator, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from tracker.db.models import SavedQuery, User
from tracker.errors import InvalidInput, NotFound

READER_ROLE = "tracker_reader"
SECRET_COLUMNS = {("app_user", "password_hash"), ("api_token", "token_hash")}
# PRAGMAs that only describe the schema; every other one is refused.
READ_PRAGMAS = {
    "table_info",
    "table_xinfo",
    "table_list",
    "index_list",
    "index_info",
    "index_xinfo",
    "foreign_key_list",
    "collation_list",
    "function_list",
    "compile_options",
}
_SQLITE_ALLOWED = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_RECURSIVE}
_SQLITE_FORBIDDEN_FUNCTIONS = {"load_extension", "fts3_tokenizer", "readfile", "writefile"}


class QueryError(InvalidInput):
    """The database refused the query (syntax, a write attempt, the time limit...)."""


@dataclass(frozen=True, slots=True)
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]
    truncated: bool  # more rows exist than were fetched for the screen
    seconds: float


_TOKENS = re.compile(
    r"""(?P<skip>'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|/\*.*?\*/|::)"""
    r"""|(?P<param>(?<![:\w]):(?P<name>[A-Za-z_]\w*))|(?P<pct>%)""",
    re.S,
)


def parameters(sql: str) -> list[str]:
    """The ``:name`` parameters of a query, in order of first use (not those inside
    strings, quoted names or comments, nor PostgreSQL ``::type`` casts)."""
    names: list[str] = []
    for m in _TOKENS.finditer(sql):
        if m.group("name") and m.group("name") not in names:
            names.append(m.group("name"))
    return names


def _pyformat(sql: str) -> str:
    """``:name`` to psycopg's ``%(name)s``, and every ``%`` doubled as psycopg wants."""

    def sub(m: re.Match[str]) -> str:
        if m.group("name"):
            return f"%({m.group('name')})s"
        if m.group("pct"):
            return "%%"
        return m.group().replace("%", "%%")

    return _TOKENS.sub(sub, sql)


def _check(sql: str, params: dict[str, Any]) -> dict[str, Any]:
    if not sql.strip():
        raise InvalidInput("the query is empty")
    missing = [p for p in parameters(sql) if p not in params]
    if missing:
        raise InvalidInput(f"the query needs a value for {', '.join(':' + p for p in missing)}")
    return {k: params[k] for k in parameters(sql)}


class ReadOnlyConsole:
    """Runs analysts' SQL against the tracker's database, unable to change it."""

    def __init__(self, database_url: str, *, timeout_seconds: float = 5.0) -> None:
        url = make_url(database_url)
        self.backend = url.get_backend_name()
        self.timeout_seconds = timeout_seconds
        self._engine: Engine | None = None
        if self.backend == "sqlite":
            path = url.database or ""
            if not path or path == ":memory:" or path.startswith("file:"):
                raise InvalidInput("the SQL console needs a SQLite database file")
            self._sqlite_uri = f"file:{quote(path)}?mode=ro"
        elif self.backend == "postgresql":
            if url.get_driver_name() in ("", "psycopg2"):
                url = url.set(drivername="postgresql+psycopg")
            self._engine = create_engine(url, poolclass=NullPool)
        else:
            raise InvalidInput(f"the SQL console does not support {self.backend}")

    def run(
        self, sql: str, params: dict[str, Any] | None = None, *, limit: int = 500
    ) -> QueryResult:
        """Run a query and fetch at most ``limit`` rows for the screen."""
        started = time.perf_counter()
        with self.stream(sql, params) as (columns, rows):
            fetched: list[tuple[Any, ...]] = []
            for row in rows:
                if len(fetched) == limit:
                    return QueryResult(columns, fetched, True, time.perf_counter() - started)
                fetched.append(row)
        return QueryResult(columns, fetched, False, time.perf_counter() - started)

    @contextmanager
    def stream(
        self,
        sql: str,
        params: dict[str, Any] | None = None,
        *,
        timeout_seconds: float | None = None,
    ) -> Iterator[tuple[list[str], Iterator[tuple[Any, ...]]]]:
        """The columns and an iterator over every row, valid inside the ``with``."""
        values = _check(sql, params or {})
        timeout = timeout_seconds or self.timeout_seconds
        if self.backend == "sqlite":
            with self._sqlite(sql, values, timeout) as result:
                yield result
        else:
            with self._postgresql(sql, values, timeout) as result:
                yield result

    # SQLite -------------------------------------------------------------------

    @contextmanager
    def _sqlite(
        self, sql: str, values: dict[str, Any], timeout: float
    ) -> Iterator[tuple[list[str], Iterator[tuple[Any, ...]]]]:
        try:
            conn = sqlite3.connect(self._sqlite_uri, uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            raise QueryError(f"cannot open the database read-only: {exc}") from None
        deadline = time.monotonic() + timeout
        conn.set_authorizer(_sqlite_authorizer)
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
        try:
            try:
                cur = conn.execute(sql, values)
            except (sqlite3.Error, sqlite3.Warning) as exc:
                raise QueryError(_sqlite_message(exc, timeout, deadline)) from None
            columns = [d[0] for d in cur.description or ()]

            def rows() -> Generator[tuple[Any, ...], None, None]:
                try:
                    yield from cur
                except sqlite3.Error as exc:
                    raise QueryError(_sqlite_message(exc, timeout, deadline)) from None

            gen = rows()
            try:
                yield columns, gen
            finally:
                gen.close()  # before the connection it reads from
        finally:
            conn.close()

    # PostgreSQL ---------------------------------------------------------------

    @contextmanager
    def _postgresql(
        self, sql: str, values: dict[str, Any], timeout: float
    ) -> Iterator[tuple[list[str], Iterator[tuple[Any, ...]]]]:
        import psycopg

        assert self._engine is not None
        with self._engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert isinstance(raw, psycopg.Connection)
            try:
                with raw.cursor() as setup:
                    setup.execute("SET TRANSACTION READ ONLY")
                    setup.execute(f"SET LOCAL statement_timeout = {int(timeout * 1000)}")
                    setup.execute(f"SET LOCAL ROLE {READER_ROLE}")
            except psycopg.Error as exc:
                raw.rollback()
                raise QueryError(
                    f"the SQL console runs as the PostgreSQL role {READER_ROLE}, which "
                    f"`tracker init` creates when its user may create roles ({exc})"
                ) from None
            cur = raw.cursor(name="tracker_console")
            try:
                try:
                    cur.execute(_pyformat(sql), values)
                    columns = [d.name for d in cur.description or ()]
                except psycopg.Error as exc:
                    raise QueryError(_pg_message(exc, sql)) from None

                def rows() -> Generator[tuple[Any, ...], None, None]:
                    try:
                        while batch := cur.fetchmany(1000):
                            yield from batch
                    except psycopg.Error as exc:
                        raise QueryError(_pg_message(exc, sql)) from None

                gen = rows()
                try:
                    yield columns, gen
                finally:
                    gen.close()
            finally:
                try:
                    cur.close()
                except psycopg.Error:
                    pass
                raw.rollback()

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


def _sqlite_authorizer(action: int, arg1: Any, arg2: Any, _db: Any, _trigger: Any) -> int:
    if action == sqlite3.SQLITE_READ and (arg1, arg2) in SECRET_COLUMNS:
        return sqlite3.SQLITE_IGNORE  # read as NULL
    if action in _SQLITE_ALLOWED:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_FUNCTION:
        ok = str(arg2).lower() not in _SQLITE_FORBIDDEN_FUNCTIONS
        return sqlite3.SQLITE_OK if ok else sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_PRAGMA and str(arg1).lower() in READ_PRAGMAS:
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def _sqlite_message(exc: Exception, timeout: float, deadline: float) -> str:
    if "interrupted" in str(exc) and time.monotonic() > deadline:
        return f"the query ran longer than {timeout:g} s and was stopped"
    if "not authorized" in str(exc) or "authorization denied" in str(exc):
        return "not allowed: the console only reads (SELECT)"
    return f"the database refused the query: {exc}"


def _pg_message(exc: Exception, sql: str = "") -> str:
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    opening = sql.split(None, 1)[0].lower() if sql.strip() else ""
    if opening and f'syntax error at or near "{opening}"' in first.lower():
        return "not allowed: the console only runs queries (SELECT, WITH, VALUES, TABLE)"
    if "statement timeout" in first:
        return "the query ran longer than the time limit and was stopped"
    if "read-only transaction" in first or "permission denied" in first:
        return f"not allowed: the console only reads (SELECT) ({first})"
    return f"the database refused the query: {first}"


# Saved queries ------------------------------------------------------------------


def list_saved(session: Session) -> list[SavedQuery]:
    return list(session.scalars(select(SavedQuery).order_by(SavedQuery.name)))


def get_saved(session: Session, query_id: int) -> SavedQuery:
    saved = session.get(SavedQuery, query_id)
    if saved is None:
        raise NotFound(f"no saved query {query_id}")
    return saved


def save_query(
    session: Session,
    *,
    name: str,
    sql: str,
    user: User,
    description: str | None = None,
    query_id: int | None = None,
) -> SavedQuery:
    """Create a saved query, or update ``query_id``; names are unique."""
    name = name.strip()
    if not name:
        raise InvalidInput("a saved query needs a name")
    if not sql.strip():
        raise InvalidInput("a saved query needs SQL")
    saved = get_saved(session, query_id) if query_id is not None else SavedQuery(created_by=user)
    saved.name, saved.sql = name[:200], sql.strip()
    saved.description = (description or "").strip() or None
    session.add(saved)
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError:
        raise InvalidInput(f"a saved query named {name!r} already exists") from None
    return saved


def delete_saved(session: Session, query_id: int) -> None:
    session.delete(get_saved(session, query_id))
    session.flush()


def queryable_tables(session: Session) -> Sequence[str]:
    """Names of the tables and views an analyst may query (for the console's sidebar)."""
    bind = session.get_bind()
    if bind.dialect.name == "sqlite":
        stmt = text(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY type, name"
        )
    else:
        stmt = text(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
            "AND table_name != 'alembic_version' ORDER BY table_type, table_name"
        )
    return list(session.scalars(stmt))


__all__ = [
    "QueryError",
    "QueryResult",
    "ReadOnlyConsole",
    "delete_saved",
    "queryable_tables",
    "get_saved",
    "list_saved",
    "parameters",
    "save_query",
]
