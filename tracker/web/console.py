"""The SQL console: read-only queries for annotators and admins, shared saved queries,
and complete downloads as CSV or JSON (streamed)."""

from __future__ import annotations

from collections.abc import Iterator

from flask import (
    Blueprint,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    stream_with_context,
    url_for,
)
from flask_login import current_user
from werkzeug.wrappers import Response

from tracker.errors import InvalidInput
from tracker.services import exports, sql
from tracker.web.actions import attempt
from tracker.web.auth import editor_required
from tracker.web.db import get_session
from tracker.web.forms import ConfirmForm, SavedQueryForm

bp = Blueprint("console", __name__, url_prefix="/sql")


def get_console() -> sql.ReadOnlyConsole:
    """One console per app, on the console URL if one is set, else the app's database."""
    console = current_app.extensions.get("tracker.console")
    if console is None:
        cfg = current_app.config
        console = sql.ReadOnlyConsole(
            cfg["CONSOLE_DATABASE_URL"] or cfg["DATABASE_URL"],
            timeout_seconds=cfg["SQL_TIMEOUT_SECONDS"],
        )
        current_app.extensions["tracker.console"] = console
    return console


def _query_from_args() -> tuple[str, dict[str, str]]:
    text = request.args.get("sql", "")
    if len(text) > 20000:
        raise InvalidInput("the query is longer than 20,000 characters")
    params = {name: request.args.get(f"p_{name}", "") for name in sql.parameters(text)}
    return text, params


@bp.get("/")
@editor_required
def index() -> tuple[str, int]:
    session = get_session()
    saved = None
    if (saved_id := request.args.get("saved", "")).isdigit():
        saved = sql.get_saved(session, int(saved_id))
    text, params = _query_from_args()
    if saved is not None and not text:
        text, params = (
            saved.sql,
            {n: request.args.get(f"p_{n}", "") for n in sql.parameters(saved.sql)},
        )
    result, error, status = None, None, 200
    ready = text.strip() and "sql" in request.args
    if ready:
        try:
            result = get_console().run(text, params, limit=current_app.config["SQL_ROW_LIMIT"])
        except InvalidInput as exc:
            error, status = str(exc), 400
    form = SavedQueryForm()
    form.sql.data = text
    if saved is not None:
        form.name.data, form.description.data = saved.name, saved.description or ""
    return render_template(
        "console/index.html",
        sql_text=text,
        params=params,
        result=result,
        error=error,
        saved=saved,
        saved_queries=sql.list_saved(session),
        tables=sql.queryable_tables(session),
        form=form,
        limit=current_app.config["SQL_ROW_LIMIT"],
    ), status


@bp.get("/download.<fmt>")
@editor_required
def download(fmt: str) -> Response:
    """Every row of the query (no screen limit), streamed as it is read."""
    if fmt not in ("csv", "json"):
        raise InvalidInput("download as csv or json")
    text, params = _query_from_args()
    console = get_console()
    timeout = current_app.config["SQL_DOWNLOAD_TIMEOUT_SECONDS"]
    # Run it once before answering, so a bad query is a clear 400, not a broken download.
    with console.stream(text, params, timeout_seconds=timeout) as (columns, _rows):
        pass

    def body() -> Iterator[str]:
        with console.stream(text, params, timeout_seconds=timeout) as (cols, rows):
            if fmt == "csv":
                yield from exports.csv_chunks(cols, rows)
            else:
                yield from exports.json_array_chunks(
                    dict(zip(cols, row, strict=True)) for row in rows
                )

    mimetype = "text/csv" if fmt == "csv" else "application/json"
    return Response(
        stream_with_context(body()),
        mimetype=mimetype,
        headers={"Content-Disposition": f'attachment; filename="query.{fmt}"'},
    )


@bp.post("/saved")
@editor_required
def save() -> Response:
    form = SavedQueryForm()
    query_id = request.form.get("query_id", "")
    if not form.validate_on_submit():
        flash("A saved query needs a name and SQL.", "error")
        return redirect(url_for("console.index", sql=form.sql.data or ""))
    saved = attempt(
        lambda: sql.save_query(
            get_session(),
            name=form.name.data,
            sql=form.sql.data,
            description=form.description.data,
            user=current_user.row,
            query_id=int(query_id) if query_id.isdigit() else None,
        ),
        lambda q: f"Saved query “{q.name}”.",
    )
    if saved is None:
        return redirect(url_for("console.index", sql=form.sql.data))
    return redirect(url_for("console.index", saved=saved.id))


@bp.post("/saved/<int:query_id>/delete")
@editor_required
def delete(query_id: int) -> Response:
    if ConfirmForm().validate_on_submit():
        session = get_session()
        name = sql.get_saved(session, query_id).name
        attempt(
            lambda: sql.delete_saved(session, query_id),
            lambda _: f"Deleted saved query “{name}”.",
        )
    return redirect(url_for("console.index"))
