"""Ingest: seeds stored once, each bad input reported with its reason, good files kept."""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from tests.conftest import SEEDS
from tracker.db.models import Article, IngestRun, Outlet, Quotation, Speaker
from tracker.errors import InvalidInput
from tracker.extraction import Quote, extract_quotes
from tracker.io import validate
from tracker.services import articles
from tracker.services.articles import ingest_paths

MAX = 2 * 1024 * 1024
GOOD_IT = (
    "Il ministro degli Esteri Mario Rossi ha parlato ai giornalisti.\n\n"
    "«Non accetteremo mai questa proposta», ha detto Rossi.\n"
)
GOOD_EN = 'The senator spoke on Monday.\n\n"We will not back down," said Jane Doe.\n'


def count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def write_article(folder: Path, name: str, text: str | bytes, meta: object | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.txt"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    if meta is not None:
        sidecar = folder / f"{name}.json"
        sidecar.write_text(meta if isinstance(meta, str) else json.dumps(meta), encoding="utf-8")
    return path


def test_seeds_ingested_twice_leave_five_articles(factory: sessionmaker[Session]) -> None:
    first = ingest_paths(factory, [SEEDS], max_bytes=MAX)
    second = ingest_paths(factory, [SEEDS], max_bytes=MAX)
    assert first.count("stored") == 5 and first.ok
    assert second.count("skipped") == 5 and second.count("stored") == 0
    assert all("same text as article" in (o.reason or "") for o in second.outcomes)
    with factory() as s:
        assert count(s, Article) == 5
        assert count(s, Quotation) == first.quotations > 20
        assert {o.name for o in s.scalars(select(Outlet))} == {"Reuters", "Al Jazeera", "Today"}
        runs = list(s.scalars(select(IngestRun).order_by(IngestRun.id)))
        assert [(r.stored, r.skipped, r.failed) for r in runs] == [(5, 0, 0), (0, 5, 0)]
        assert all(r.finished_at is not None and r.seconds is not None for r in runs)


def test_metadata_comes_from_the_sidecar(factory: sessionmaker[Session], tmp_path: Path) -> None:
    meta = {
        "title": "Titolo",
        "outlet": "ANSA",
        "url": "https://example.org/a",
        "published": "2024-03-05",
        "lang": "it",
    }
    write_article(tmp_path, "a", GOOD_IT, meta)
    assert ingest_paths(factory, [tmp_path], max_bytes=MAX).ok
    with factory() as s:
        a = s.scalars(select(Article)).one()
        assert (a.title, a.outlet.name, a.url, a.published.isoformat(), a.language) == (
            "Titolo",
            "ANSA",
            "https://example.org/a",
            "2024-03-05",
            "it",
        )
        assert a.source_path == str(tmp_path / "a.txt")


def test_missing_language_is_detected_and_title_taken_from_text(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    write_article(tmp_path, "it", GOOD_IT)
    write_article(tmp_path, "en", GOOD_EN, {"title": None, "lang": None})
    assert ingest_paths(factory, [tmp_path], max_bytes=MAX).ok
    with factory() as s:
        got = {a.language: a.title for a in s.scalars(select(Article))}
    assert got == {
        "en": "The senator spoke on Monday.",
        "it": "Il ministro degli Esteri Mario Rossi ha parlato ai giornalisti.",
    }


BAD_CASES = [
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), None, "binary file"),
    ("empty", "   \n\n  ", None, "empty text"),
    ("bad-date", GOOD_IT, {"published": "21/01/2022", "lang": "it"}, "'published' is not a date"),
    ("bad-lang", GOOD_IT, {"lang": "italian"}, "not an ISO 639-1 language code"),
    ("bad-type", GOOD_IT, {"title": 42, "lang": "it"}, "'title' must be a string"),
    ("bad-json", GOOD_IT, "{not json", "is not valid JSON"),
    ("not-object", GOOD_IT, "[1, 2]", "must be a JSON object"),
    ("undetectable", "12345 67890 ...", None, "language not given and not detected"),
]


@pytest.mark.parametrize(
    ("name", "text", "meta", "reason"), BAD_CASES, ids=[c[0] for c in BAD_CASES]
)
def test_bad_input_is_reported_and_good_files_are_stored(
    factory: sessionmaker[Session],
    tmp_path: Path,
    name: str,
    text: str | bytes,
    meta: object,
    reason: str,
) -> None:
    write_article(tmp_path, "0good", GOOD_IT, {"lang": "it"})
    write_article(tmp_path, name, text, meta)
    write_article(tmp_path, "zgood", GOOD_EN, {"lang": "en"})
    report = ingest_paths(factory, [tmp_path], max_bytes=MAX)
    failed = [o for o in report.outcomes if o.status == "failed"]
    assert len(failed) == 1 and failed[0].source.endswith(f"{name}.txt")
    assert reason in (failed[0].reason or "")
    assert "\n" not in (failed[0].reason or "")
    assert report.count("stored") == 2
    with factory() as s:
        assert count(s, Article) == 2
        run = s.scalars(select(IngestRun)).one()
        assert run.failed == 1 and run.errors[0]["reason"] == failed[0].reason


def test_text_over_the_size_limit_is_refused(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    write_article(tmp_path, "huge", "parola " * 2000, {"lang": "it"})
    write_article(tmp_path, "ok", GOOD_IT, {"lang": "it"})
    report = ingest_paths(factory, [tmp_path], max_bytes=10_000)
    (failed,) = [o for o in report.outcomes if o.status == "failed"]
    assert "over the limit of 10,000" in (failed.reason or "")
    assert report.count("stored") == 1


def test_legacy_encoding_is_detected_not_garbled(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    text = (
        "Il presidente della Repubblica è intervenuto più volte. «Non c'è più tempo da "
        "perdere, perché la città è in difficoltà», ha detto il sindaco Mario Bianchi. "
        "Però la società civile è già al lavoro.\n"
    )
    write_article(tmp_path, "latin", text.encode("cp1252"), {"lang": "it"})
    assert ingest_paths(factory, [tmp_path], max_bytes=MAX).ok
    with factory() as s:
        assert s.scalars(select(Article)).one().text == text


def test_jsonl_articles_with_a_bad_line(factory: sessionmaker[Session], tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": GOOD_IT, "lang": "it", "outlet": "ANSA"}),
        "{broken",
        json.dumps({"lang": "en"}),
        json.dumps({"text": GOOD_EN, "lang": "en", "published": "2024-01-02"}),
        "",
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    report = ingest_paths(factory, [path], max_bytes=MAX)
    assert report.count("stored") == 2
    reasons = {o.source.rsplit(":", 1)[1]: o.reason for o in report.outcomes if o.reason}
    assert "not valid JSON" in (reasons["2"] or "")
    assert "no 'text'" in (reasons["3"] or "")


def test_unsupported_and_missing_paths(factory: sessionmaker[Session], tmp_path: Path) -> None:
    other = tmp_path / "notes.pdf"
    other.write_bytes(b"%PDF-1.4")
    report = ingest_paths(factory, [other, tmp_path / "nope.txt"], max_bytes=MAX)
    assert [o.reason for o in report.outcomes] == [
        "unsupported file type '.pdf': expected .txt (with optional .json sidecar) or .jsonl",
        "no such file or folder",
    ]


def test_duplicate_text_in_one_batch_is_stored_once(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    shutil.copy(SEEDS / "000_cdff48cc737fe37b.txt", tmp_path / "a.txt")
    (tmp_path / "b.txt").write_text(
        (SEEDS / "000_cdff48cc737fe37b.txt").read_text(encoding="utf-8").replace("\n", "\r\n"),
        encoding="utf-8",
    )
    report = ingest_paths(factory, [tmp_path], max_bytes=MAX)
    assert [o.status for o in report.outcomes] == ["stored", "skipped"]


def _extract_recording_pid(item: object) -> object:
    """articles._quotations_of, noting which process ran it."""
    with open(os.environ["TRACKER_TEST_PIDS"], "a", encoding="utf-8") as out:
        out.write(f"{os.getpid()}\n")
    return _QUOTATIONS_OF(item)


_QUOTATIONS_OF = articles._quotations_of


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # fork beside threads, Python 3.12+
def test_a_long_run_extracts_in_worker_processes_and_stores_the_same(
    factory: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
        sidecar = seed.with_suffix(".json")
        if sidecar.exists():
            shutil.copy(sidecar, folder / sidecar.name)
    write_article(folder, "bad", "Testo.", "{not json")
    write_article(folder, "good_en", GOOD_EN, {"lang": "en"})
    shutil.copy(folder / "good_en.txt", folder / "zcopy.txt")  # the same text again
    pids = tmp_path / "pids"
    monkeypatch.setenv("TRACKER_TEST_PIDS", str(pids))
    monkeypatch.setattr(articles, "_quotations_of", _extract_recording_pid)
    monkeypatch.setattr(articles, "AHEAD", 2)  # batches of two: extraction runs ahead

    report = ingest_paths(factory, [folder], max_bytes=MAX)

    assert [o.status for o in report.outcomes].count("failed") == 1
    assert report.count("stored") == 6 and report.count("skipped") == 1
    workers = {int(line) for line in pids.read_text().split()}
    assert workers and os.getpid() not in workers
    with factory() as s:
        for article in s.scalars(select(Article)):
            stored = sorted(
                (q.span_start, q.span_end, q.type.value)
                for q in s.scalars(select(Quotation).where(Quotation.article_id == article.id))
            )
            expected = sorted(
                (q.start, q.end, q.type)
                for q in extract_quotes(
                    article.text, lang=article.language, published=article.published
                )
            )
            assert stored == expected
        assert count(s, Quotation) > 50


def _five_articles(folder: Path) -> None:
    for k in range(5):
        write_article(
            folder,
            f"a{k}",
            f"Il sindaco Marco Bini{k} ha parlato.\n\n"
            f"«Il ponte {k} riapre a maggio», ha detto Bini{k}.\n",
            {"lang": "it"},
        )


def _failing_on(source_end: str, error: Exception) -> object:
    """articles.store_articles, failing on any batch that holds one article."""
    real = articles.store_articles

    def store(session: Session, items: list[tuple[object, object]], **kw: object) -> object:
        if any(getattr(item, "source", "").endswith(source_end) for item, _ in items):
            real(session, items, **kw)  # type: ignore[arg-type]
            session.flush()
            raise error
        return real(session, items, **kw)  # type: ignore[arg-type]

    return store


def test_a_failure_inside_a_committed_batch_costs_only_its_article(
    factory: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _five_articles(tmp_path)
    monkeypatch.setattr(articles, "store_articles", _failing_on("a2.txt", InvalidInput("bad")))
    report = ingest_paths(factory, [tmp_path], max_bytes=MAX)
    assert [o.status for o in report.outcomes] == ["stored", "stored", "failed", "stored", "stored"]
    with factory() as s:
        assert count(s, Article) == 4
        assert s.scalars(select(IngestRun)).one().stored == 4


def test_an_unexpected_error_keeps_the_articles_stored_before_it(
    factory: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _five_articles(tmp_path)
    monkeypatch.setattr(articles, "store_articles", _failing_on("a2.txt", RuntimeError("bug")))
    with pytest.raises(RuntimeError, match="bug"):
        ingest_paths(factory, [tmp_path], max_bytes=MAX)
    with factory() as s:
        titles = sorted(a.source_path.rsplit("/", 1)[-1] for a in s.scalars(select(Article)))
        assert titles == ["a0.txt", "a1.txt"]


def test_quotations_sharing_a_span_are_stored_apart_with_their_continuations(
    session: Session,
) -> None:
    # The stored ids are matched to the quotations by span; two with one span (never made
    # by the extractor, but a caller may pass them) take the ordered path and stay apart.
    text = "«Non cederemo», ha detto Mario Rossi. «Mai», ha aggiunto."
    item = validate(text, {"lang": "it"}, source="same-span", max_bytes=MAX)
    quote = Quote(1, 13, "Non cederemo", "direct", "Mario Rossi", "person")
    quotes = [quote, replace(quote, type="partial"), replace(quote, start=39, end=42, continues=1)]
    article, ids = articles.store_article(session, item, link=False, quotes=quotes)
    assert ids is not None and len(set(ids)) == 3
    rows = {
        q.id: q
        for q in session.scalars(select(Quotation).where(Quotation.article_id == article.id))
    }
    assert [rows[i].type.value for i in ids] == ["direct", "partial", "direct"]
    assert rows[ids[2]].continues_id == ids[1]


def _extract_failing_on_b(item: object) -> object:
    """articles._quotations_of, failing in the worker for one article."""
    if getattr(item, "source", "").endswith("a1.txt"):
        raise RuntimeError("worker failure")
    return _QUOTATIONS_OF(item)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # fork beside threads, Python 3.12+
def test_a_worker_failure_falls_back_to_extracting_as_the_articles_are_stored(
    factory: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _five_articles(tmp_path)
    monkeypatch.setattr(articles, "_quotations_of", _extract_failing_on_b)
    monkeypatch.setattr(articles, "AHEAD", 2)
    report = ingest_paths(factory, [tmp_path], max_bytes=MAX)
    assert report.ok and report.count("stored") == 5
    with factory() as s:
        assert count(s, Quotation) == 5  # the failed batch extracted again, nothing lost


def test_every_spelling_of_a_speaker_in_one_run_is_kept_as_an_alias(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    write_article(
        tmp_path,
        "a1",
        "«Non cederemo», ha detto Mario Rossi ai cronisti.\n\n«Mai», ha aggiunto Rossi.\n",
        {"lang": "it"},
    )
    write_article(
        tmp_path, "a2", "«Il ponte riapre a maggio», ha detto Mario Rossi.\n", {"lang": "it"}
    )
    assert ingest_paths(factory, [tmp_path], max_bytes=MAX).count("stored") == 2
    with factory() as s:
        [rossi] = s.scalars(select(Speaker).where(Speaker.name.contains("Rossi"))).all()
        assert rossi.name == "Mario Rossi"
        assert {a.alias for a in rossi.aliases} == {"Mario Rossi", "Rossi"}
        said = s.scalars(select(Quotation).where(Quotation.speaker_id == rossi.id)).all()
        assert len(said) == 3
