"""Tags, notes and bulk review: what is kept, and what is refused with a reason."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tracker.db.models import Quotation, ReviewStatus, User
from tracker.errors import InvalidInput
from tracker.services import tagging
from tracker.services.users import create_user


@pytest.fixture
def ann(ingested: sessionmaker[Session]) -> User:
    with ingested.begin() as s:
        return create_user(s, "ann", "correct horse", "annotator")


def first_id(s: Session) -> int:
    return s.scalars(select(Quotation.id).order_by(Quotation.id)).first() or 0


def test_tags_are_trimmed_folded_and_unique() -> None:
    assert tagging.parse_tags(" Economy, russia ,economy,, ") == ["economy", "russia"]
    assert tagging.parse_tags("") == []


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("x" * 101, "at most 100 characters"),
        (",".join(f"t{i}" for i in range(21)), "at most 20 tags"),
    ],
)
def test_bad_tags_are_refused(raw: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        tagging.parse_tags(raw)


def test_tags_and_notes_are_kept_and_logged(ingested: sessionmaker[Session], ann: User) -> None:
    with ingested.begin() as s:
        qid = first_id(s)
        assert tagging.set_tags(s, qid, ["war", "energy"], user=ann) == ["energy", "war"]
        tagging.add_note(s, qid, "  Check the video.  ", user=ann)
    with ingested() as s:
        assert [t.name for t in s.get(Quotation, qid).tags] == ["energy", "war"]  # type: ignore[union-attr]
        assert [n.body for n in tagging.notes_of(s, qid)] == ["Check the video."]
        assert tagging.all_tags(s) == ["energy", "war"]


@pytest.mark.parametrize(
    ("body", "message"), [("   ", "the note is empty"), ("x" * 20001, "at most 20,000")]
)
def test_bad_notes_are_refused(
    ingested: sessionmaker[Session], ann: User, body: str, message: str
) -> None:
    with ingested() as s, pytest.raises(InvalidInput, match=message):
        tagging.add_note(s, first_id(s), body, user=ann)


def test_bulk_review_and_its_limits(ingested: sessionmaker[Session], ann: User) -> None:
    with ingested.begin() as s:
        ids = list(s.scalars(select(Quotation.id)))
        assert tagging.review_many(s, ids + ids[:1], "confirmed", user=ann) == len(ids)
        statuses = set(s.scalars(select(Quotation.review_status)))
        assert statuses == {ReviewStatus.CONFIRMED}
    with ingested() as s:
        for bad_ids, status, message in [
            (ids, "unreviewed", "confirms or rejects"),
            ([], "confirmed", "at least one"),
            (list(range(1, 502)), "rejected", "at most 500"),
        ]:
            with pytest.raises(InvalidInput, match=message):
                tagging.review_many(s, bad_ids, status, user=ann)
