"""Analysts' corrections of identity, respected by later ingests and re-runs, and undoable."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tests.corpus import STATEMENT, write
from tracker.db.models import Claim, LinkStatus, Quotation, QuotationLink, Revision, Speaker, User
from tracker.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from tracker.services import merging, revert
from tracker.services.articles import ingest_paths
from tracker.services.claims import link_all
from tracker.services.quotations import QuotationEdit, update_quotation
from tracker.services.users import create_user


@pytest.fixture
def loaded(ingested: sessionmaker[Session]) -> sessionmaker[Session]:
    with ingested.begin() as s:
        create_user(s, "ann", "correct horse", "annotator")
        create_user(s, "ada", "correct horse", "admin")
    return ingested


def user(s: Session, name: str = "ann") -> User:
    return s.scalars(select(User).where(User.username == name)).one()


def speaker(s: Session, name: str) -> Speaker:
    return s.scalars(select(Speaker).where(Speaker.name == name)).one()


def live_claims(s: Session) -> list[Claim]:
    return list(s.scalars(select(Claim).where(Claim.deleted_at.is_(None)).order_by(Claim.id)))


def test_merged_speakers_stay_merged_for_later_ingests(
    loaded: sessionmaker[Session], tmp_path: Path
) -> None:
    with loaded.begin() as s:
        rossi, verdi = speaker(s, "Mario Rossi"), speaker(s, "Anna Verdi")
        merging.merge_speakers(s, rossi.id, verdi.id, user=user(s))
        assert verdi.deleted_at is not None
        assert {a.alias for a in rossi.aliases} >= {"Anna Verdi", "Mario Rossi"}
        said = s.scalars(select(Quotation).where(Quotation.speaker_id == rossi.id)).all()
        assert len(said) == 4
    (tmp_path / "later").mkdir()
    write(
        tmp_path / "later", "e", "Nota.\n\n«Resteremo uniti», ha detto Anna Verdi.\n", "2024-04-01"
    )
    assert ingest_paths(loaded, [tmp_path / "later"], max_bytes=10**6).ok
    with loaded() as s:
        q = s.scalars(select(Quotation).where(Quotation.text == "Resteremo uniti")).one()
        assert q.speaker is not None and q.speaker.name == "Mario Rossi"


def test_a_split_spelling_keeps_its_quotations_and_later_ones(
    loaded: sessionmaker[Session], tmp_path: Path
) -> None:
    with loaded.begin() as s:
        rossi = speaker(s, "Mario Rossi")
        alias = next(a for a in rossi.aliases if a.alias == "Rossi")
        new = merging.split_alias(s, alias.id, user=user(s))
        assert new.name == "Rossi" and [a.alias for a in new.aliases] == ["Rossi"]
        moved = s.scalars(select(Quotation).where(Quotation.speaker_id == new.id)).all()
        assert moved and all(q.speaker_mention == "Rossi" for q in moved)
    (tmp_path / "later").mkdir()
    write(tmp_path / "later", "e", "Nota.\n\n«Andiamo avanti», ha detto Rossi.\n", "2024-04-01")
    assert ingest_paths(loaded, [tmp_path / "later"], max_bytes=10**6).ok
    with loaded() as s:
        q = s.scalars(select(Quotation).where(Quotation.text == "Andiamo avanti")).one()
        assert q.speaker is not None and q.speaker.id == new.id


def test_speaker_edit_checks_names_and_versions(loaded: sessionmaker[Session]) -> None:
    with loaded.begin() as s:
        rossi = speaker(s, "Mario Rossi")
        version = rossi.version
        merging.update_speaker(
            s, rossi.id, name="Mario Rossi", kind="person", description="sindaco",
            user=user(s), expected_version=version,
        )  # fmt: skip
    with loaded() as s:
        rossi = speaker(s, "Mario Rossi")
        with pytest.raises(Conflict):
            merging.update_speaker(
                s, rossi.id, name="M. Rossi", kind="person", description=None,
                user=user(s), expected_version=version,
            )  # fmt: skip
        with pytest.raises(InvalidInput, match="merge the two"):
            merging.update_speaker(
                s, rossi.id, name="Anna Verdi", kind="person", description=None, user=user(s)
            )
        with pytest.raises(InvalidInput, match="two different"):
            merging.merge_speakers(s, rossi.id, rossi.id, user=user(s))


def test_a_claim_split_survives_relinking(
    loaded: sessionmaker[Session],
) -> None:
    with loaded.begin() as s:
        (claim,) = live_claims(s)
        short = next(q for q in claim.quotations if not q.text.endswith("forza"))
        merging.split_claim(s, claim.id, [short.id], user=user(s))
        assert short.claim_id != claim.id
    with loaded.begin() as s:
        link_all(s)
        (claim,) = live_claims(s)
        assert short.id not in {q.id for q in claim.quotations}
        assert s.get(Quotation, short.id).claim_id != claim.id  # type: ignore[union-attr]


def test_two_claims_merge_into_one_that_relinking_keeps(
    loaded: sessionmaker[Session], tmp_path: Path
) -> None:
    other = "Abbiamo difeso i confini con coraggio e lo faremo ancora domani"
    (tmp_path / "more").mkdir()
    write(tmp_path / "more", "e", f"Uno.\n\n«{other}», ha detto Mario Rossi.\n", "2024-03-05")
    write(tmp_path / "more", "f", f"Due.\n\n«{other}», ha detto Rossi.\n", "2024-03-06")
    assert ingest_paths(loaded, [tmp_path / "more"], max_bytes=10**6).ok
    with loaded.begin() as s:
        first, second = live_claims(s)
        merged = merging.merge_claims(s, first.id, second.id, user=user(s))
        assert merged.mention_count == 5
    with loaded.begin() as s:
        link_all(s)
        (claim,) = live_claims(s)
        assert claim.mention_count == 5
        with pytest.raises(InvalidInput, match="two different"):
            merging.merge_claims(s, claim.id, claim.id, user=user(s))


def test_reverting_an_edit_restores_the_old_values(loaded: sessionmaker[Session]) -> None:
    with loaded.begin() as s:
        q = s.scalars(select(Quotation).where(Quotation.text.startswith("L'inflazione"))).one()
        old_end, old_text = q.span_end, q.text
        update_quotation(
            s, q.id,
            QuotationEdit(q.span_start, q.span_end - 8, "partial", "Anna Verdi", q.said_on,
                          "radio", "confirmed"),
            expected_version=q.version, user=user(s),
        )  # fmt: skip
        rev = s.scalars(select(Revision).where(Revision.row_id == q.id)).all()[-1]
    with loaded.begin() as s:
        undo = revert.revert(s, rev.id, user=user(s))
        assert undo.reverted_revision_id == rev.id
    with loaded() as s:
        q = s.get(Quotation, q.id)
        assert q is not None and (q.span_end, q.text) == (old_end, old_text)
        assert q.type.value == "direct" and q.medium is None
        with pytest.raises(InvalidInput, match="already reverted"):
            revert.revert(s, rev.id, user=user(s))


def test_a_revert_never_overwrites_a_later_change(loaded: sessionmaker[Session]) -> None:
    with loaded.begin() as s:
        q = s.scalars(select(Quotation).order_by(Quotation.id)).first()
        assert q is not None
        edit = QuotationEdit(
            q.span_start, q.span_end, q.type.value, None, q.said_on, "tv", "confirmed"
        )
        update_quotation(s, q.id, edit, expected_version=q.version, user=user(s))
        first = s.scalars(select(Revision).where(Revision.row_id == q.id)).all()[-1].id
        edit2 = QuotationEdit(
            q.span_start, q.span_end, q.type.value, None, q.said_on, "radio", "confirmed"
        )
        update_quotation(s, q.id, edit2, expected_version=q.version, user=user(s))
    with loaded() as s, pytest.raises(Conflict, match="revert the later change first"):
        revert.revert(s, first, user=user(s))


def test_reverting_a_speaker_merge_brings_the_speaker_back(
    loaded: sessionmaker[Session],
) -> None:
    with loaded.begin() as s:
        rossi, verdi = speaker(s, "Mario Rossi"), speaker(s, "Anna Verdi")
        merging.merge_speakers(s, rossi.id, verdi.id, user=user(s))
        rev = s.scalars(
            select(Revision).where(Revision.action == "merge", Revision.row_id == verdi.id)
        ).one()
    with loaded.begin() as s:
        revert.revert(s, rev.id, user=user(s))
    with loaded() as s:
        verdi = speaker(s, "Anna Verdi")
        assert verdi.deleted_at is None and [a.alias for a in verdi.aliases] == ["Anna Verdi"]
        q = s.scalars(select(Quotation).where(Quotation.text.startswith("L'inflazione"))).one()
        assert q.speaker_id == verdi.id


def test_reverting_a_claim_split_joins_the_mention_again(loaded: sessionmaker[Session]) -> None:
    with loaded.begin() as s:
        (claim,) = live_claims(s)
        members = sorted(q.id for q in claim.quotations)
        merging.split_claim(s, claim.id, [members[-1]], user=user(s))
        rev = s.scalars(select(Revision).where(Revision.action == "claim:split")).one()
    with loaded.begin() as s:
        revert.revert(s, rev.id, user=user(s))
    with loaded() as s:
        (claim,) = live_claims(s)
        assert sorted(q.id for q in claim.quotations) == members
        assert not s.scalars(
            select(QuotationLink).where(QuotationLink.status == LinkStatus.REJECTED)
        ).all()


def test_soft_delete_is_for_admins_and_restorable(loaded: sessionmaker[Session]) -> None:
    with loaded.begin() as s:
        (claim,) = live_claims(s)
        q = claim.quotations[0]
        with pytest.raises(PermissionDenied):
            revert.delete_quotation(s, q.id, user=user(s))
        revert.delete_quotation(s, q.id, user=user(s, "ada"))
        assert claim.mention_count == 2
        assert [d.id for d in revert.deleted_quotations(s)] == [q.id]
    with loaded.begin() as s:
        revert.restore_quotation(s, q.id, user=user(s, "ada"))
        (claim,) = live_claims(s)
        assert claim.mention_count == 3 and STATEMENT in claim.canonical_text


def test_claim_merges_and_splits_refuse_what_cannot_be(loaded: sessionmaker[Session]) -> None:
    with loaded.begin() as s:
        (claim,) = live_claims(s)
        members = sorted(q.id for q in claim.quotations)
        for moved, message in [
            ([], "choose mentions"),
            ([999_999], "choose mentions"),
            (members, "leave at least one"),
        ]:
            with pytest.raises(InvalidInput, match=message):
                merging.split_claim(s, claim.id, moved, user=user(s))
        merging.split_claim(s, claim.id, members[:1], user=user(s))
    with loaded() as s:
        (rest,) = live_claims(s)
        pair = s.scalars(select(Quotation).where(Quotation.id == members[0])).one()
        assert pair.claim_id is None  # a lone mention is in no claim
        with pytest.raises(InvalidInput, match="has no mentions"):
            other = Claim(canonical_text="empty")
            s.add(other)
            s.flush()
            merging.merge_claims(s, rest.id, other.id, user=user(s))


def test_merging_back_across_a_rejected_link_is_refused(
    loaded: sessionmaker[Session], tmp_path: Path
) -> None:
    (tmp_path / "more").mkdir()
    write(tmp_path / "more", "e", f"Ieri.\n\n«{STATEMENT}», ha detto Mario Rossi.\n", "2024-03-09")
    assert ingest_paths(loaded, [tmp_path / "more"], max_bytes=10**6).ok
    with loaded.begin() as s:
        (claim,) = live_claims(s)
        members = sorted(q.id for q in claim.quotations)
        merging.split_claim(s, claim.id, members[-2:], user=user(s))
        first, second = live_claims(s)
        with pytest.raises(InvalidInput, match="rejected the link"):
            merging.merge_claims(s, first.id, second.id, user=user(s))


def test_a_speakers_only_spelling_cannot_be_split_off(loaded: sessionmaker[Session]) -> None:
    with loaded() as s:
        verdi = speaker(s, "Anna Verdi")
        with pytest.raises(InvalidInput, match="only spelling"):
            merging.split_alias(s, verdi.aliases[0].id, user=user(s))


def test_reverts_that_need_an_admin_or_have_no_undo(loaded: sessionmaker[Session]) -> None:
    with loaded.begin() as s:
        q = s.scalars(select(Quotation).order_by(Quotation.id)).first()
        assert q is not None
        revert.delete_quotation(s, q.id, user=user(s, "ada"))
        deleted = s.scalars(select(Revision.id).where(Revision.action == "delete")).one()
        rossi, verdi = speaker(s, "Mario Rossi"), speaker(s, "Anna Verdi")
        merging.merge_speakers(s, rossi.id, verdi.id, user=user(s))
        kept = s.scalars(select(Revision.id).where(Revision.action == "merge:kept")).one()
    with loaded() as s:
        with pytest.raises(PermissionDenied):
            revert.revert(s, deleted, user=user(s))
        with pytest.raises(InvalidInput, match="has no undo"):
            revert.revert(s, kept, user=user(s))
        with pytest.raises(NotFound):
            revert.revert(s, 999_999, user=user(s))
