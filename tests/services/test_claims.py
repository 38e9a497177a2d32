"""Claims in the database: linking on ingest, re-linking keeps analysts' decisions."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, inspect, select, update
from sqlalchemy.orm import Session, sessionmaker

from tests.conftest import SEEDS
from tests.corpus import STATEMENT, TRUNCATED, corpus, write
from tracker.db.models import Claim, LinkStatus, Quotation, QuotationLink, QuotationToken, User
from tracker.linking.normalize import link_tokens, normalize
from tracker.services import claims
from tracker.services.articles import ingest_paths
from tracker.services.claims import decide_link, link_all, rebuild_claims
from tracker.services.quotations import QuotationEdit, update_quotation


def test_repeated_statement_becomes_one_claim(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    assert ingest_paths(factory, [corpus(tmp_path)], max_bytes=10**6).ok
    with factory() as s:
        (claim,) = s.scalars(select(Claim).where(Claim.deleted_at.is_(None))).all()
        assert claim.mention_count == 3
        assert claim.canonical_text.startswith("Non permetteremo")
        assert claim.speaker is not None and claim.speaker.name == "Mario Rossi"
        assert (claim.first_seen.isoformat(), claim.last_seen.isoformat()) == (
            "2024-03-01",
            "2024-03-04",
        )
        methods = {link.method for link in s.scalars(select(QuotationLink))}
        assert "excerpt" in methods


def test_relinking_keeps_confirmed_and_never_remakes_rejected(
    factory: sessionmaker[Session], tmp_path: Path, analyst: User
) -> None:
    assert ingest_paths(factory, [corpus(tmp_path)], max_bytes=10**6).ok
    with factory.begin() as s:
        links = list(s.scalars(select(QuotationLink).order_by(QuotationLink.id)))
        assert len(links) == 3
        user = s.get_one(User, analyst.id)
        confirmed = decide_link(s, links[0].id, "confirmed", user=user)
        # Reject both links of the truncated quotation: it must leave the claim for good.
        short = s.scalars(select(Quotation).where(Quotation.text == TRUNCATED)).one()
        for link in links:
            if short.id in (link.quotation_a_id, link.quotation_b_id):
                decide_link(s, link.id, "rejected", user=user)
        confirmed_pair = (confirmed.quotation_a_id, confirmed.quotation_b_id)
    for _ in range(2):
        with factory.begin() as s:
            link_all(s)
    with factory() as s:
        statuses = {
            (x.quotation_a_id, x.quotation_b_id): x.status for x in s.scalars(select(QuotationLink))
        }
        assert statuses[confirmed_pair] == LinkStatus.CONFIRMED
        assert list(statuses.values()).count(LinkStatus.REJECTED) == 2
        assert len(statuses) == 3  # nothing new was made for the rejected pairs
        short = s.scalars(select(Quotation).where(Quotation.text == TRUNCATED)).one()
        assert short.claim_id is None
        (claim,) = s.scalars(select(Claim).where(Claim.deleted_at.is_(None))).all()
        assert claim.mention_count == 2


def test_a_fragment_and_its_full_quotation_in_the_first_article_form_a_claim(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    write(
        tmp_path,
        "a",
        "Un ex funzionario ha descritto «un senso comune di scopo» ritrovato.\n\n"
        f"«{STATEMENT}, e c'è un senso comune di scopo», ha detto Mario Rossi.\n",
        "2024-03-01",
    )
    assert ingest_paths(factory, [tmp_path], max_bytes=10**6).ok
    with factory() as s:
        (claim,) = s.scalars(select(Claim).where(Claim.deleted_at.is_(None))).all()
        assert claim.mention_count == 2
        assert {q.type.value for q in claim.quotations} == {"partial", "direct"}


def _partition(s: Session) -> dict[int, frozenset[int]]:
    claims: dict[int, set[int]] = {}
    for qid, cid in s.execute(select(Quotation.id, Quotation.claim_id)):
        if cid is not None:
            claims.setdefault(cid, set()).add(qid)
    return {cid: frozenset(members) for cid, members in claims.items()}


def test_claims_updated_article_by_article_equal_a_full_rebuild(
    factory: sessionmaker[Session], tmp_path: Path, analyst: User
) -> None:
    for path in sorted(corpus(tmp_path).glob("*.txt")):  # one run per article: updates only
        assert ingest_paths(factory, [path], max_bytes=10**6).ok
    with factory.begin() as s:
        link = s.scalars(select(QuotationLink).order_by(QuotationLink.id)).first()
        assert link is not None
        decide_link(s, link.id, "rejected", user=s.get_one(User, analyst.id))
        updated = _partition(s)
        live = set(s.scalars(select(Claim.id).where(Claim.deleted_at.is_(None))))
        assert updated and set(updated) == live
    with factory.begin() as s:
        rebuild_claims(s)
    with factory() as s:
        assert _partition(s) == updated  # the same clusters, under the same claim ids


def _links(s: Session) -> set[tuple[int, int, str]]:
    rows = s.execute(
        select(QuotationLink.quotation_a_id, QuotationLink.quotation_b_id, QuotationLink.status)
    )
    return {(a, b, str(status)) for a, b, status in rows}


def test_linking_article_by_article_through_the_token_index_equals_the_batch_join(
    factory: sessionmaker[Session],
) -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        assert ingest_paths(factory, [path], max_bytes=2_000_000).ok
    with factory() as s:
        incremental = _links(s)
    with factory.begin() as s:
        link_all(s)
    with factory() as s:
        assert incremental and _links(s) == incremental


def test_a_bulk_rebuild_on_sqlite_builds_the_link_indexes_again(
    factory: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        assert ingest_paths(factory, [path], max_bytes=2_000_000).ok
    with factory() as s:
        before = _links(s)
    monkeypatch.setattr(claims, "BULK_ROWS", 1)  # the seeds' few links count as a bulk
    with factory.begin() as s:
        link_all(s)
    with factory() as s:
        assert before and _links(s) == before
        names = {ix["name"] for ix in inspect(s.connection()).get_indexes("quotation_link")}
    assert {str(ix.name) for ix in QuotationLink.__table__.indexes} <= names


def test_a_bulk_rebuild_that_fails_loses_neither_links_nor_indexes(
    factory: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        assert ingest_paths(factory, [path], max_bytes=2_000_000).ok
    with factory() as s:
        before = _links(s)
        indexes = inspect(s.connection()).get_indexes("quotation_link")

    def broken(session: Session, links: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(claims, "BULK_ROWS", 1)
    monkeypatch.setattr(claims, "_add_links", broken)  # fails with the indexes dropped
    with pytest.raises(RuntimeError, match="disk full"), factory.begin() as s:
        link_all(s)
    with factory() as s:
        assert before and _links(s) == before
        assert inspect(s.connection()).get_indexes("quotation_link") == indexes


def test_an_edited_quotation_is_linked_by_its_new_words(
    factory: sessionmaker[Session], tmp_path: Path, analyst: User
) -> None:
    assert ingest_paths(factory, [corpus(tmp_path)], max_bytes=10**6).ok
    with factory.begin() as s:
        q = s.scalars(select(Quotation).where(Quotation.text == TRUNCATED)).one()
        start = q.span_start
        edit = QuotationEdit(
            span_start=start,
            span_end=start + len(" ".join(TRUNCATED.split()[:5])),  # "Non ... ridisegnare"
            type="partial",
            speaker_name=None,
            said_on=None,
            medium=None,
            review_status="confirmed",
        )
        q = update_quotation(
            s, q.id, edit, expected_version=q.version, user=s.get_one(User, analyst.id)
        )
        tokens = set(
            s.scalars(select(QuotationToken.token).where(QuotationToken.quotation_id == q.id))
        )
        assert tokens == set(link_tokens(normalize(q.text)))
        assert tokens < set(link_tokens(normalize(TRUNCATED)))


def test_link_all_indexes_quotations_stored_around_the_services(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    assert ingest_paths(factory, [corpus(tmp_path)], max_bytes=10**6).ok
    with factory.begin() as s:  # as a bulk load or an old database would leave them
        s.execute(delete(QuotationToken))
        s.execute(update(Quotation).values(link_weight=None))
    with factory.begin() as s:
        link_all(s)
    with factory() as s:
        indexed = set(s.scalars(select(QuotationToken.quotation_id)))
        assert indexed == set(s.scalars(select(Quotation.id)))
        assert None not in set(s.scalars(select(Quotation.link_weight)))
    later = tmp_path / "later"
    later.mkdir()
    write(later, "e", f"Ancora.\n\n«{TRUNCATED}», ha ripetuto Mario Rossi.\n", "2024-03-09")
    assert ingest_paths(factory, [later], max_bytes=10**6).ok
    with factory() as s:  # the new article found the stored quotations through the index
        (claim,) = s.scalars(select(Claim).where(Claim.deleted_at.is_(None))).all()
        assert claim.mention_count == 4


def _write_lang(folder: Path, name: str, body: str, lang: str) -> None:
    (folder / f"{name}.txt").write_text(body, encoding="utf-8")
    (folder / f"{name}.json").write_text(
        f'{{"lang": "{lang}", "published": "2024-03-01", "outlet": "{name.upper()}"}}',
        encoding="utf-8",
    )


def _write_translated_statement(folder: Path) -> None:
    """One statement by Mario Rossi, reported in Italian and in English."""
    _write_lang(
        folder,
        "it",
        "Il vertice.\n\n«Il governo deve fermare la guerra e aprire subito negoziati di "
        "pace», ha detto Mario Rossi.\n",
        "it",
    )
    _write_lang(
        folder,
        "en",
        "The summit.\n\n“The government must stop the war and open peace negotiations at "
        "once,” Mario Rossi said.\n",
        "en",
    )


def test_a_rewording_in_one_language_is_suggested_on_ingest_and_by_link_all(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    # Two Italian outlets putting one statement in their own words: too far apart for
    # string similarity, the same content word for word.
    _write_lang(
        tmp_path,
        "a",
        "Il bilancio.\n\n«Non aumenteremo le tasse sul lavoro: lo abbiamo promesso agli "
        "elettori e manterremo la parola», ha detto Mario Rossi.\n",
        "it",
    )
    _write_lang(
        tmp_path,
        "b",
        "La manovra.\n\n«Le tasse sul lavoro non saliranno, è una promessa fatta agli "
        "elettori e la manterremo», ha assicurato Mario Rossi.\n",
        "it",
    )
    assert ingest_paths(factory, [tmp_path], max_bytes=10**6).ok
    with factory.begin() as s:
        (link,) = s.scalars(select(QuotationLink)).all()
        assert (link.method, link.status) == ("rewording", LinkStatus.SUGGESTED)
        link_all(s)
        (again,) = s.scalars(select(QuotationLink)).all()
        assert (again.method, again.status) == ("rewording", LinkStatus.SUGGESTED)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # fork beside threads, Python 3.12+
def test_translations_compared_in_a_forked_process_give_the_same_links(
    factory: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write_translated_statement(tmp_path)
    (tmp_path / "c").mkdir()
    assert ingest_paths(factory, [tmp_path, corpus(tmp_path / "c")], max_bytes=10**6).ok

    def rebuilt() -> set[tuple[int, int, str, str]]:
        with factory.begin() as s:
            link_all(s)
            return {
                (x.quotation_a_id, x.quotation_b_id, x.method, x.status.value)
                for x in s.scalars(select(QuotationLink))
            }

    here = rebuilt()
    monkeypatch.setattr(claims, "BACKGROUND_FROM", 0)  # the translations in a child
    assert rebuilt() == here
    assert {m for _, _, m, _ in here} >= {"translation", "excerpt"}


def test_a_translation_is_suggested_on_ingest_and_by_link_all_and_never_merged(
    factory: sessionmaker[Session], tmp_path: Path, analyst: User
) -> None:
    _write_translated_statement(tmp_path)
    assert ingest_paths(factory, [tmp_path], max_bytes=10**6).ok
    with factory.begin() as s:
        (link,) = s.scalars(select(QuotationLink)).all()
        assert (link.method, link.status) == ("translation", LinkStatus.SUGGESTED)
        assert s.scalars(select(Claim).where(Claim.deleted_at.is_(None))).all() == []
        link_all(s)
        (again,) = s.scalars(select(QuotationLink)).all()
        assert (again.method, again.status) == ("translation", LinkStatus.SUGGESTED)
        decide_link(s, again.id, "rejected", user=analyst)
    with factory.begin() as s:
        link_all(s)
        (kept,) = s.scalars(select(QuotationLink)).all()
        assert kept.status == LinkStatus.REJECTED
