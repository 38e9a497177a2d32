"""One database session per request, on ``g``; closed (rolled back if uncommitted) on teardown."""

from __future__ import annotations

from flask import Flask, current_app, g
from sqlalchemy.orm import Session, sessionmaker

from tracker.db.engine import make_engine, make_sessionmaker

_KEY = "tracker.sessionmaker"


def init_app(app: Flask) -> None:
    engine = make_engine(app.config["DATABASE_URL"])
    app.extensions[_KEY] = make_sessionmaker(engine)
    app.extensions["tracker.engine"] = engine
    app.teardown_appcontext(close_session)


def get_session() -> Session:
    if "db" not in g:
        factory: sessionmaker[Session] = current_app.extensions[_KEY]
        g.db = factory()
    session: Session = g.db
    return session


def close_session(_exc: BaseException | None = None) -> None:
    session: Session | None = g.pop("db", None)
    if session is not None:
        session.close()
