"""The ``tracker`` command line: a thin layer over the services.

Every error becomes a one-line message on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import secrets
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar, cast

import click
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from tracker import __version__
from tracker.config import Settings, sqlite_url
from tracker.errors import TrackerError

F = TypeVar("F", bound=Callable[..., Any])


class Context:
    """What every command shares: settings, and the engine made on first use."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from tracker.db.engine import make_engine

            self._engine = make_engine(self.settings.database_url)
        return self._engine

    def sessions(self, *, require_schema: bool = True) -> sessionmaker[Session]:
        from tracker.db import migrate
        from tracker.db.engine import make_sessionmaker

        if require_schema and not migrate.is_up_to_date(self.engine):
            raise TrackerError(
                f"the database {self.display_url} is not initialised or is out of date: "
                "run `tracker init`"
            )
        return make_sessionmaker(self.engine)

    @property
    def display_url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)


def friendly_errors(fn: F) -> F:
    """Turn tracker and database errors into a one-line message and exit status 1."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except TrackerError as exc:
            raise click.ClickException(str(exc)) from None
        except OperationalError as exc:
            reason = str(exc.orig).splitlines()[0] if exc.orig else str(exc)
            raise click.ClickException(f"database error: {reason}") from None
        except SQLAlchemyError as exc:
            raise click.ClickException(
                f"database error: {exc.__class__.__name__}: {str(exc).splitlines()[0]}"
            ) from None
        except OSError as exc:
            raise click.ClickException(f"{exc.strerror or exc}: {exc.filename or ''}") from None

    return cast(F, wrapper)


pass_ctx = click.make_pass_decorator(Context)


@click.group()
@click.version_option(__version__, prog_name="tracker")
@click.option(
    "--database-url",
    envvar="TRACKER_DATABASE_URL",
    default=None,
    help="SQLAlchemy URL [env TRACKER_DATABASE_URL; default instance/tracker.sqlite]",
)
@click.option(
    "--instance",
    "instance_path",
    envvar="TRACKER_INSTANCE_PATH",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="Instance folder for the SQLite file and the secret key [default ./instance]",
)
@click.pass_context
def cli(ctx: click.Context, database_url: str | None, instance_path: Path | None) -> None:
    """Track who said what in the news."""
    try:
        settings = Settings.load(database_url=database_url, instance_path=instance_path)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    ctx.obj = Context(settings)


@cli.command()
@pass_ctx
@friendly_errors
def init(c: Context) -> None:
    """Create the database, or upgrade it to the newest schema."""
    from tracker.db import migrate

    before = migrate.current_revision(c.engine)
    migrate.upgrade(c.engine)
    after = migrate.current_revision(c.engine)
    verb = "created" if before is None else ("upgraded" if before != after else "up to date")
    click.echo(f"Database {c.display_url}: {verb} (schema {after}).")


@contextmanager
def _progress(total: int, label: str) -> Iterator[Callable[[Any], None]]:
    if sys.stderr.isatty() and total > 1:
        with click.progressbar(length=total, label=label, file=sys.stderr) as bar:
            yield lambda _o: bar.update(1)
    else:
        yield lambda _o: None


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--no-link", is_flag=True, help="Store and extract only; link later with `tracker link`."
)
@pass_ctx
@friendly_errors
def ingest(c: Context, paths: tuple[Path, ...], no_link: bool) -> None:
    """Ingest .txt files (with .json sidecars), folders of them and .jsonl files."""
    from tracker.io import iter_articles
    from tracker.services.articles import ingest as ingest_items

    factory = c.sessions()
    items = list(iter_articles(list(paths), max_bytes=c.settings.max_article_bytes))
    with _progress(len(items), "Ingesting") as tick:
        report = ingest_items(
            factory, items, sources=[str(p) for p in paths], link=not no_link, progress=tick
        )
    for o in report.outcomes:
        if o.status == "failed":
            click.echo(f"failed: {o.source}: {o.reason}", err=True)
        elif o.status == "skipped":
            click.echo(f"skipped: {o.source}: {o.reason}", err=True)
    click.echo(
        f"{report.count('stored')} stored, {report.count('skipped')} skipped, "
        f"{report.count('failed')} failed; {report.quotations} quotations "
        f"in {report.seconds:.2f} s (run {report.run_id})."
    )
    if not report.ok:
        sys.exit(1)


@cli.command()
@click.option(
    "--all",
    "rebuild",
    is_flag=True,
    required=True,
    help="Rebuild every automatic link from scratch (analysts' decisions are kept).",
)
@pass_ctx
@friendly_errors
def link(c: Context, rebuild: bool) -> None:
    """Link repeated quotations into claims."""
    from tracker.db.models import Claim
    from tracker.linking import Thresholds
    from tracker.services.claims import link_all

    with c.sessions().begin() as session:
        timings: dict[str, float] = {}
        made = link_all(session, thresholds=Thresholds(), timings=timings)
        claims = session.scalar(
            select(func.count()).select_from(Claim).where(Claim.deleted_at.is_(None))
        )
    steps = ", ".join(f"{name} {seconds:g} s" for name, seconds in timings.items())
    click.echo(f"{made} links made; {claims} claims ({steps}).")


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@pass_ctx
@friendly_errors
def serve(c: Context, host: str, port: int) -> None:
    """Serve the review web app."""
    c.sessions()  # fail early on an uninitialised database
    _serve(c.settings, host, port)


def _serve(settings: Settings, host: str, port: int) -> None:
    from tracker.web import create_app

    app = create_app(settings=settings)
    click.echo(f"Serving {settings.database_url} on http://{host}:{port}/ (Ctrl+C to stop)")
    app.run(host=host, port=port, threaded=True, use_reloader=False)


@cli.group()
def user() -> None:
    """Manage users: create, list, set-role, reset-password."""


@user.command("create")
@click.argument("username")
@click.option(
    "--role",
    type=click.Choice(["viewer", "annotator", "admin"]),
    default="viewer",
    show_default=True,
)
@click.password_option(envvar="TRACKER_PASSWORD")
@pass_ctx
@friendly_errors
def user_create(c: Context, username: str, role: str, password: str) -> None:
    """Create a user (the password is asked for, or read from TRACKER_PASSWORD)."""
    from tracker.services.users import create_user

    with c.sessions().begin() as session:
        create_user(session, username, password, role)
    click.echo(f"User {username} created with role {role}.")


@user.command("list")
@pass_ctx
@friendly_errors
def user_list(c: Context) -> None:
    """List users and their roles."""
    from tracker.services.users import list_users

    with c.sessions().begin() as session:
        for u in list_users(session):
            state = "" if u.active else " (inactive)"
            click.echo(f"{u.username}\t{u.role.value}{state}")


@user.command("set-role")
@click.argument("username")
@click.argument("role", type=click.Choice(["viewer", "annotator", "admin"]))
@pass_ctx
@friendly_errors
def user_set_role(c: Context, username: str, role: str) -> None:
    """Change a user's role."""
    from tracker.services.users import set_role

    with c.sessions().begin() as session:
        set_role(session, username, role)
    click.echo(f"User {username} is now {role}.")


@user.command("reset-password")
@click.argument("username")
@click.password_option(envvar="TRACKER_PASSWORD")
@pass_ctx
@friendly_errors
def user_reset_password(c: Context, username: str, password: str) -> None:
    """Set a new password for a user."""
    from tracker.services.users import reset_password

    with c.sessions().begin() as session:
        reset_password(session, username, password)
    click.echo(f"Password of {username} changed.")


@user.command("token")
@click.argument("username")
@click.option("--name", required=True, help="What the token is for (shown in lists).")
@pass_ctx
@friendly_errors
def user_token(c: Context, username: str, name: str) -> None:
    """Create an API token acting with the user's role; it is printed once."""
    from tracker.services.users import create_token

    with c.sessions().begin() as session:
        row, token = create_token(session, username, name)
        click.echo(f"Token {row.id} for {username} ({row.user.role.value}), keep it secret:")
        click.echo(token)


@user.command("tokens")
@click.argument("username", required=False)
@pass_ctx
@friendly_errors
def user_tokens(c: Context, username: str | None) -> None:
    """List API tokens (never the tokens themselves)."""
    from tracker.services.users import list_tokens

    with c.sessions()() as session:
        for t in list_tokens(session, username):
            state = f"revoked {t.revoked_at:%Y-%m-%d}" if t.revoked_at else "live"
            used = f"{t.last_used_at:%Y-%m-%d %H:%M}" if t.last_used_at else "never"
            click.echo(
                f"{t.id:>4}  {t.user.username:<20} {t.prefix}…  {t.name:<30} {state}, used {used}"
            )


@user.command("revoke-token")
@click.argument("token_id", type=int)
@pass_ctx
@friendly_errors
def user_revoke_token(c: Context, token_id: int) -> None:
    """Revoke an API token by its number."""
    from tracker.services.users import revoke_token

    with c.sessions().begin() as session:
        revoke_token(session, token_id)
    click.echo(f"Token {token_id} revoked.")


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--errors", is_flag=True, help="List misses, false alarms and wrong speakers.")
@friendly_errors
def eval_(gold: Path, as_json: bool, errors: bool) -> None:
    """Score extraction, attribution and linking on a gold file (no database)."""
    import json

    from tracker.evaluation import evaluate
    from tracker.io import read_gold
    from tracker.report import error_listing, score_table

    docs = read_gold(gold)
    report = evaluate(docs)
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2))
    else:
        click.echo(score_table(report))
    if errors:
        click.echo(error_listing(report, {d["doc_id"]: d["text"] for d in docs}))


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--lang", default=None, help="ISO 639-1 code; default from the sidecar or detected.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines, one quotation a line.")
@pass_ctx
@friendly_errors
def extract(c: Context, file: Path, lang: str | None, as_json: bool) -> None:
    """Print the quotations of one article (.txt with optional .json sidecar)."""
    import json

    from tracker.extraction import extract_quotes
    from tracker.io import ReadError, iter_articles

    (item,) = list(iter_articles([file], max_bytes=c.settings.max_article_bytes))
    if isinstance(item, ReadError):
        raise TrackerError(f"{item.source}: {item.reason}")
    try:
        quotes = extract_quotes(item.text, lang=lang or item.lang, published=item.published)
    except ValueError as exc:
        raise TrackerError(str(exc)) from None
    for q in quotes:
        if as_json:
            click.echo(
                json.dumps(
                    {
                        "start": q.start,
                        "end": q.end,
                        "type": q.type,
                        "text": q.text,
                        "speaker": q.speaker,
                        "speaker_kind": q.speaker_kind,
                        "mention": q.mention,
                        "description": q.description,
                        "cue": q.cue,
                        "said_on": q.said_on.isoformat() if q.said_on else None,
                        "medium": q.medium,
                        "confidence": q.confidence,
                        "continues": q.continues,
                    },
                    ensure_ascii=False,
                )
            )
        else:
            who = q.speaker or "?"
            click.echo(f"{q.start:>6}-{q.end:<6} {q.type:<8} {who:<28} {q.text[:90]}")


@cli.command()
@click.argument("what", type=click.Choice(["quotations", "claims"]))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl", "claimreview"]),
    default="csv",
    show_default=True,
    help="claimreview: schema.org ClaimReview JSON-LD of the checked claims, one a line.",
)
@click.option("--checkworthy", is_flag=True, help="Claims not yet taken up, most worth first.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None)
@click.option("--speaker", default=None, help="Speaker name contains this.")
@click.option("--outlet", default=None)
@click.option("--lang", default=None)
@click.option("--type", "qtype", default=None, help="direct, partial or indirect.")
@click.option("--status", default=None, help="Review status (quotations) or fact-check status.")
@click.option("--claim", "claim_id", type=int, default=None)
@click.option("--from", "date_from", default=None, help="YYYY-MM-DD")
@click.option("--to", "date_to", default=None, help="YYYY-MM-DD")
@click.option("--min-mentions", type=int, default=None, help="Claims only.")
@click.option("--q", "text", default=None, help="Text contains this.")
@pass_ctx
@friendly_errors
def export(
    c: Context,
    what: str,
    fmt: str,
    checkworthy: bool,
    output: Path | None,
    speaker: str | None,
    outlet: str | None,
    lang: str | None,
    qtype: str | None,
    status: str | None,
    claim_id: int | None,
    date_from: str | None,
    date_to: str | None,
    min_mentions: int | None,
    text: str | None,
) -> None:
    """Export quotations or claims, filtered like the lists, streamed to a file or stdout."""
    from tracker.io import parse_date
    from tracker.services import exports
    from tracker.services.browse import ClaimFilter, QuotationFilter

    start, end = parse_date(date_from, "--from"), parse_date(date_to, "--to")
    if what == "quotations":
        if fmt == "claimreview" or checkworthy or min_mentions is not None:
            raise TrackerError(
                "--format claimreview, --checkworthy and --min-mentions are for claims"
            )
        qf = QuotationFilter(
            speaker=speaker, outlet=outlet, lang=lang, type=qtype, status=status,
            claim_id=claim_id, date_from=start, date_to=end, text=text,
        )  # fmt: skip
    else:
        if outlet or lang or qtype or claim_id is not None:
            raise TrackerError("--outlet, --lang, --type and --claim are for quotations")
        cf = ClaimFilter(
            speaker=speaker, status=status, date_from=start, date_to=end,
            min_mentions=min_mentions, text=text,
        )  # fmt: skip
    settings = c.settings
    review = exports.ReviewSettings(
        settings.organization, settings.rating_scale, settings.organization_url
    )
    with c.sessions()() as session:
        if what == "quotations":
            chunks = exports.export_quotations(session, qf, fmt)
        elif checkworthy:
            if fmt == "claimreview":
                raise TrackerError("--checkworthy exports csv or jsonl")
            chunks = exports.export_checkworthy(session, cf, fmt)
        elif fmt == "claimreview":
            chunks = exports.export_claim_reviews(session, cf, review)
        else:
            chunks = exports.export_claims(session, cf, fmt)
        first = next(chunks, "")  # bad filters fail here, before a file is created
        if output is None:
            click.echo(first, nl=False)
            for chunk in chunks:
                click.echo(chunk, nl=False)
            return
        tmp = output.with_name(output.name + ".part")
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            fh.write(first)
            for chunk in chunks:
                fh.write(chunk)
        tmp.replace(output)  # a partial file never takes the real name
        click.echo(f"Exported {what} to {output}.", err=True)


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--no-serve", is_flag=True, help="Build the demo database and stop.")
@pass_ctx
@friendly_errors
def demo(c: Context, host: str, port: int, no_serve: bool) -> None:
    """A fresh demo database from seeds/, a demo admin, and the app on 127.0.0.1:5000."""
    from tracker.services.demo import build_demo

    settings = c.settings
    if not _explicit_database():
        settings = settings.with_database(sqlite_url(settings.instance_path / "demo.sqlite"))
    password = secrets.token_urlsafe(9)
    summary = build_demo(settings, SEEDS, admin_password=password)
    click.echo(summary.render())
    click.echo(f"\nLog in as admin / {password}")
    if not no_serve:
        _serve(settings, host, port)


def _explicit_database() -> bool:
    ctx = click.get_current_context()
    root = ctx.find_root()
    return root.params.get("database_url") is not None


def main() -> None:
    cli(prog_name="tracker")
