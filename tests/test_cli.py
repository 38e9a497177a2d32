"""The command line: every command, one-line errors, non-zero exits on failure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from tests.conftest import SEEDS
from tracker.cli import cli
from tracker.db.engine import make_engine, make_sessionmaker
from tracker.db.models import Article, User


def run(runner: CliRunner, url: str, *args: str, **kw: object) -> tuple[int, str, str]:
    result = runner.invoke(cli, ["--database-url", url, *args], catch_exceptions=False, **kw)
    return result.exit_code, result.stdout, result.stderr


def articles(url: str) -> int:
    engine = make_engine(url)
    with make_sessionmaker(engine)() as s:
        n = s.scalar(select(func.count()).select_from(Article)) or 0
    engine.dispose()
    return n


def test_init_then_ingest_seeds_twice(cli_runner: CliRunner, db_url: str, tmp_path: Path) -> None:
    code, out, _ = run(cli_runner, db_url, "init")
    assert code == 0 and "up to date" in out
    code, out, err = run(cli_runner, db_url, "ingest", str(SEEDS))
    assert code == 0 and out.startswith("5 stored, 0 skipped, 0 failed;")
    code, out, err = run(cli_runner, db_url, "ingest", str(SEEDS))
    assert code == 0 and out.startswith("0 stored, 5 skipped, 0 failed;")
    assert err.count("skipped: ") == 5
    assert articles(db_url) == 5
    code, out, _ = run(cli_runner, db_url, "link", "--all")
    assert code == 0 and "links made" in out


def test_ingest_with_a_bad_file_stores_the_rest_and_exits_1(
    cli_runner: CliRunner, db_url: str, tmp_path: Path
) -> None:
    (tmp_path / "good.txt").write_text("«Non ci arrenderemo», ha detto Anna Neri.", "utf-8")
    (tmp_path / "good.json").write_text(json.dumps({"lang": "it"}), "utf-8")
    (tmp_path / "bad.txt").write_text("«Ciao», ha detto Anna.", "utf-8")
    (tmp_path / "bad.json").write_text(json.dumps({"published": "yesterday"}), "utf-8")
    code, out, err = run(cli_runner, db_url, "ingest", str(tmp_path))
    assert code == 1
    assert out.startswith("1 stored, 0 skipped, 1 failed;")
    (line,) = [x for x in err.splitlines() if x.startswith("failed:")]
    assert line.endswith("bad.txt: metadata 'published' is not a date (YYYY-MM-DD): 'yesterday'")
    assert "Traceback" not in err
    assert articles(db_url) == 1


def test_uninitialised_database_is_a_one_line_error(cli_runner: CliRunner, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite'}"
    code, _, err = run(cli_runner, url, "ingest", str(SEEDS))
    assert code == 1
    assert err.strip().splitlines() == [
        f"Error: the database {url} is not initialised or is out of date: run `tracker init`"
    ]


def test_unreachable_database_is_a_one_line_error(cli_runner: CliRunner) -> None:
    code, _, err = run(cli_runner, "postgresql://nobody@127.0.0.1:1/none", "init")
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert err.startswith("Error: database error:")


def test_bad_database_url(cli_runner: CliRunner) -> None:
    code, _, err = run(cli_runner, "not a url", "init")
    assert code == 1 and "not a database URL" in err


def test_user_commands(cli_runner: CliRunner, db_url: str) -> None:
    env = {"TRACKER_PASSWORD": "s3cret-pass"}
    assert run(cli_runner, db_url, "user", "create", "ann", "--role", "annotator", env=env)[0] == 0
    code, _, err = run(cli_runner, db_url, "user", "create", "ann", env=env)
    assert code == 1 and "already exists" in err
    code, _, err = run(cli_runner, db_url, "user", "create", "bob", env={"TRACKER_PASSWORD": "x"})
    assert code == 1 and "at least 8 characters" in err
    assert run(cli_runner, db_url, "user", "set-role", "ann", "admin")[0] == 0
    assert run(cli_runner, db_url, "user", "list")[1] == "ann\tadmin\n"
    assert (
        run(
            cli_runner,
            db_url,
            "user",
            "reset-password",
            "ann",
            env={"TRACKER_PASSWORD": "another-pass"},
        )[0]
        == 0
    )
    code, _, err = run(cli_runner, db_url, "user", "set-role", "zed", "viewer")
    assert code == 1 and "no user 'zed'" in err
    engine = make_engine(db_url)
    from tracker.services.users import authenticate

    with make_sessionmaker(engine)() as s:
        assert authenticate(s, "ann", "another-pass") is not None
        assert authenticate(s, "ann", "s3cret-pass") is None
        assert s.scalars(select(User)).one().role.value == "admin"
    engine.dispose()


def test_demo_builds_the_seeded_database(
    cli_runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TRACKER_DATABASE_URL", raising=False)
    result = cli_runner.invoke(
        cli, ["--instance", str(tmp_path / "inst"), "demo", "--no-serve"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "articles:   5 (5 stored, 0 failed" in out
    assert "quotations: " in out and "direct" in out and "speakers:" in out and "claims:" in out
    password = out.rsplit("Log in as admin / ", 1)[1].strip()
    assert articles(f"sqlite:///{tmp_path / 'inst' / 'demo.sqlite'}") == 5
    # A second demo starts from a fresh database again.
    again = cli_runner.invoke(cli, ["--instance", str(tmp_path / "inst"), "demo", "--no-serve"])
    assert again.exit_code == 0 and "articles:   5 (5 stored" in again.stdout
    assert password not in again.stdout


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"doc_id": "x", "lang": "it"', "not valid JSON"),
        ('{"doc_id": "x", "lang": "it"}', "missing text, quotes"),
        ("\n\n", "holds no documents"),
    ],
)
def test_eval_refuses_a_bad_gold_file_in_one_line(
    cli_runner: CliRunner, tmp_path: Path, content: str, reason: str
) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(content, encoding="utf-8")
    result = cli_runner.invoke(cli, ["eval", str(path)])
    assert result.exit_code == 1
    assert reason in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_eval_scores_a_small_gold_file(cli_runner: CliRunner, tmp_path: Path) -> None:
    text = "«Non firmeremo questo accordo», ha detto il ministro Luigi Bianchi."
    doc = {
        "doc_id": "d1",
        "lang": "it",
        "published": "2024-05-10",
        "text": text,
        "quotes": [
            {
                "id": "q1",
                "type": "direct",
                "start": 1,
                "end": 29,
                "text": text[1:29],
                "speaker": "Luigi Bianchi",
                "speaker_aliases": [],
                "claim": None,
            }
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = cli_runner.invoke(cli, ["eval", str(path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["extraction"]["all"]["f1"] == 1.0
    assert report["attribution"]["accuracy"] == 1.0 and report["attribution"]["matched"] == 1


def test_extract_prints_quotations_and_refuses_bad_input(
    cli_runner: CliRunner, tmp_path: Path
) -> None:
    good = tmp_path / "a.txt"
    good.write_text("«Non firmeremo», ha detto il ministro Luigi Bianchi.", encoding="utf-8")
    result = cli_runner.invoke(cli, ["extract", str(good), "--lang", "it", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["speaker"] == "Luigi Bianchi"
    result = cli_runner.invoke(cli, ["extract", str(good), "--lang", "xx"])
    assert result.exit_code == 1 and "no lexicon for language 'xx'" in result.stderr
    empty = tmp_path / "b.txt"
    empty.write_text("  ", encoding="utf-8")
    result = cli_runner.invoke(cli, ["extract", str(empty)])
    assert result.exit_code == 1 and result.stderr.strip().endswith("empty text")


def test_a_bad_size_limit_setting_is_a_one_line_error(cli_runner: CliRunner) -> None:
    result = cli_runner.invoke(cli, ["init"], env={"TRACKER_MAX_ARTICLE_BYTES": "two MB"})
    assert result.exit_code == 1
    assert "TRACKER_MAX_ARTICLE_BYTES must be a whole number of bytes" in result.stderr


def test_export_of_the_demo_claims_as_claimreview(
    cli_runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.services.test_factcheck_exports import assert_valid_claim_review
    from tracker.db.models import Claim
    from tracker.services.factcheck import FactCheckUpdate, set_factcheck

    monkeypatch.delenv("TRACKER_DATABASE_URL", raising=False)
    monkeypatch.setenv("TRACKER_ORGANIZATION", "Pagella Desk")
    inst = tmp_path / "inst"
    assert cli_runner.invoke(cli, ["--instance", str(inst), "demo", "--no-serve"]).exit_code == 0
    url = f"sqlite:///{inst / 'demo.sqlite'}"
    engine = make_engine(url)
    with make_sessionmaker(engine).begin() as s:
        admin = s.scalars(select(User)).one()
        claims = s.scalars(select(Claim).where(Claim.deleted_at.is_(None))).all()
        assert claims
        for claim in claims:
            for step in (
                FactCheckUpdate("assigned", "admin"),
                FactCheckUpdate("in_review"),
                FactCheckUpdate("checked", verdict="Half true", url="https://x.org/c"),
            ):
                set_factcheck(s, claim.id, step, user=admin)
    engine.dispose()
    out = tmp_path / "reviews.jsonl"
    code, _, err = run(
        cli_runner, url, "export", "claims", "--format", "claimreview", "-o", str(out)
    )
    assert code == 0, err
    reviews = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(reviews) == len(claims)
    for review in reviews:
        assert_valid_claim_review(review)
        assert review["author"]["name"] == "Pagella Desk"
        assert review["reviewRating"]["ratingValue"] == 3
    code, stdout, _ = run(
        cli_runner, url, "export", "quotations", "--format", "jsonl", "--lang", "en"
    )
    assert code == 0 and {json.loads(x)["language"] for x in stdout.splitlines()} == {"en"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["quotations", "--type", "rumour"], "type must be one of"),
        (["quotations", "--format", "claimreview"], "are for claims"),
        (["claims", "--lang", "it"], "are for quotations"),
        (["claims", "--from", "yesterday"], "must be a date"),
        (["claims", "--status", "done"], "status must be one of"),
    ],
)
def test_export_refuses_bad_filters(
    cli_runner: CliRunner, db_url: str, args: list[str], message: str, tmp_path: Path
) -> None:
    out = tmp_path / "out.csv"
    code, _, err = run(cli_runner, db_url, "export", *args, "-o", str(out))
    assert code == 1 and message in err and not out.exists()


def test_api_tokens_are_created_listed_and_revoked(cli_runner: CliRunner, db_url: str) -> None:
    from tracker.services.users import user_for_token

    run(cli_runner, db_url, "user", "create", "ann", "--role", "annotator",
        env={"TRACKER_PASSWORD": "s3cret-pass"})  # fmt: skip
    code, out, _ = run(cli_runner, db_url, "user", "token", "ann", "--name", "newsroom bot")
    assert code == 0
    token = out.strip().splitlines()[-1]
    engine = make_engine(db_url)
    with make_sessionmaker(engine).begin() as s:
        user = user_for_token(s, token)
        assert user is not None and user.username == "ann"
    code, out, _ = run(cli_runner, db_url, "user", "tokens")
    assert "newsroom bot" in out and "live" in out and token not in out
    assert run(cli_runner, db_url, "user", "revoke-token", "1")[0] == 0
    with make_sessionmaker(engine)() as s:
        assert user_for_token(s, token) is None
    engine.dispose()
    code, _, err = run(cli_runner, db_url, "user", "token", "nobody", "--name", "x")
    assert code == 1 and "no user" in err
    code, _, err = run(cli_runner, db_url, "user", "token", "ann", "--name", " ")
    assert code == 1 and "needs a name" in err


@pytest.mark.parametrize("scale", ["Only one", "True|true", "|"])
def test_a_bad_rating_scale_is_a_one_line_error(
    cli_runner: CliRunner, scale: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRACKER_RATING_SCALE", scale)
    result = cli_runner.invoke(cli, ["init"])
    assert result.exit_code == 1
    assert "TRACKER_RATING_SCALE must list at least two different verdicts" in result.stderr


def test_the_rating_scale_is_read_worst_first(monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.config import Settings

    settings = Settings.load(environ={"TRACKER_RATING_SCALE": " False | Misleading|True "})
    assert settings.rating_scale == ("False", "Misleading", "True")
