"""The fact-check workflow, the check-worthiness queue and the exports."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tracker.db.models import Claim, FactCheckStatus, Quotation, Revision, User
from tracker.errors import Conflict, InvalidInput
from tracker.services import checkworthy, exports, factcheck
from tracker.services.browse import ClaimFilter, QuotationFilter
from tracker.services.users import create_user

SCALE = exports.ReviewSettings(
    "Desk", ("False", "Mostly false", "Half true", "Mostly true", "True"), "https://desk.example"
)


@pytest.fixture
def loaded(ingested: sessionmaker[Session]) -> sessionmaker[Session]:
    with ingested.begin() as s:
        create_user(s, "ann", "correct horse", "annotator")
        create_user(s, "fred", "correct horse", "annotator")
    return ingested


def the_claim(s: Session) -> Claim:
    return s.scalars(select(Claim).where(Claim.deleted_at.is_(None))).one()


def user(s: Session, name: str = "ann") -> User:
    return s.scalars(select(User).where(User.username == name)).one()


def check(s: Session, claim: Claim, verdict: str = "Mostly true") -> None:
    ann = user(s)
    factcheck.set_factcheck(s, claim.id, factcheck.FactCheckUpdate("assigned", "fred"), user=ann)
    factcheck.set_factcheck(s, claim.id, factcheck.FactCheckUpdate("in_review"), user=ann)
    factcheck.set_factcheck(
        s,
        claim.id,
        factcheck.FactCheckUpdate(
            "checked", verdict=verdict, explanation="The border was redrawn.",
            url="https://desk.example/checks/1",
        ),
        user=ann,
    )  # fmt: skip


def test_a_claim_moves_through_the_workflow_with_every_step_logged(
    loaded: sessionmaker[Session],
) -> None:
    with loaded.begin() as s:
        claim = the_claim(s)
        check(s, claim)
        assert claim.factcheck_status == FactCheckStatus.CHECKED
        assert claim.assignee is not None and claim.assignee.username == "fred"
        assert claim.checked_at is not None
        actions = s.scalars(
            select(Revision.action)
            .where(Revision.table_name == "claim", Revision.row_id == claim.id)
            .order_by(Revision.id)
        ).all()
        assert actions == ["factcheck:assigned", "factcheck:in_review", "factcheck:checked"]


@pytest.mark.parametrize(
    ("steps", "message"),
    [
        ([factcheck.FactCheckUpdate("checked", verdict="True", url="https://x.org")], "can move"),
        ([factcheck.FactCheckUpdate("assigned")], "needs an assignee"),
        ([factcheck.FactCheckUpdate("assigned", "nobody")], "no user"),
        ([factcheck.FactCheckUpdate("published")], "must be one of"),
        (
            [
                factcheck.FactCheckUpdate("assigned", "fred"),
                factcheck.FactCheckUpdate("in_review"),
                factcheck.FactCheckUpdate("checked", url="https://x.org"),
            ],
            "needs a verdict",
        ),
        (
            [
                factcheck.FactCheckUpdate("assigned", "fred"),
                factcheck.FactCheckUpdate("in_review"),
                factcheck.FactCheckUpdate("checked", verdict="True", url="javascript:alert(1)"),
            ],
            "http",
        ),
    ],
)
def test_bad_workflow_steps_are_refused(
    loaded: sessionmaker[Session], steps: list[factcheck.FactCheckUpdate], message: str
) -> None:
    with loaded() as s:
        claim = the_claim(s)
        with pytest.raises(InvalidInput, match=message):
            for step in steps:
                factcheck.set_factcheck(s, claim.id, step, user=user(s))


def test_a_stale_fact_check_edit_is_a_conflict(loaded: sessionmaker[Session]) -> None:
    with loaded.begin() as s:
        claim = the_claim(s)
        version = claim.version
        factcheck.set_factcheck(
            s, claim.id, factcheck.FactCheckUpdate("check_worthy"), user=user(s)
        )
    with loaded() as s, pytest.raises(Conflict):
        factcheck.set_factcheck(
            s,
            claim.id,
            factcheck.FactCheckUpdate("not_checkable"),
            user=user(s),
            expected_version=version,
        )


def test_attribution_is_kept_apart_from_the_verdict(loaded: sessionmaker[Session]) -> None:
    with loaded.begin() as s:
        claim = the_claim(s)
        factcheck.set_attribution(s, claim.id, "verified", user=user(s), note="Video of the speech")
        assert claim.factcheck_status == FactCheckStatus.NEW
        assert claim.attribution_note == "Video of the speech"
        with pytest.raises(InvalidInput, match="must be one of"):
            factcheck.set_attribution(s, claim.id, "true", user=user(s))


def test_claims_carry_a_checkworthiness_with_signals(loaded: sessionmaker[Session]) -> None:
    with loaded() as s:
        claim = the_claim(s)
        assert claim.checkworthiness is not None and claim.checkworthiness > 0
        assert claim.checkworthiness_signals is not None
        assert claim.checkworthiness_signals["spread"]["evidence"] == ["3 mentions", "3 outlets"]
        page = checkworthy.checkworthy_queue(s)
        assert [c.id for c in page.rows] == [claim.id]
        check(s, claim)
        assert checkworthy.checkworthy_queue(s).rows == []  # taken up: out of the queue


def test_quotation_exports_are_complete_and_filtered(loaded: sessionmaker[Session]) -> None:
    with loaded() as s:
        total = len(s.scalars(select(Quotation)).all())
        rows = list(csv.DictReader(io.StringIO("".join(exports.export_quotations(
            s, QuotationFilter(), "csv")))))  # fmt: skip
        assert len(rows) == total and list(rows[0]) == list(exports.QUOTATION_FIELDS)
        lines = "".join(exports.export_quotations(s, QuotationFilter(speaker="Verdi"), "jsonl"))
        records = [json.loads(line) for line in lines.splitlines()]
        assert [r["speaker"] for r in records] == ["Anna Verdi"]
        assert records[0]["outlet"] == "D" and records[0]["published"] == "2024-03-03"
        with pytest.raises(InvalidInput, match="format"):
            list(exports.export_quotations(s, QuotationFilter(), "xml"))
        with pytest.raises(InvalidInput, match="type"):
            list(exports.export_quotations(s, QuotationFilter(type="rumour"), "csv"))


def test_claim_exports_and_the_checkworthy_queue(loaded: sessionmaker[Session]) -> None:
    with loaded() as s:
        (record,) = [json.loads(x) for x in exports.export_claims(s, ClaimFilter(), "jsonl")]
        assert record["mentions"] == 3 and record["speaker"] == "Mario Rossi"
        assert list(exports.export_claims(s, ClaimFilter(min_mentions=4), "jsonl")) == []
        rows = list(csv.DictReader(io.StringIO("".join(
            exports.export_checkworthy(s, ClaimFilter(), "csv")))))  # fmt: skip
        assert rows[0]["signal_spread"] and "spread: 3 mentions" in rows[0]["evidence"]


def test_claimreview_has_every_required_field(loaded: sessionmaker[Session]) -> None:
    with loaded.begin() as s:
        assert list(exports.export_claim_reviews(s, ClaimFilter(), SCALE)) == []  # none checked
        check(s, the_claim(s))
    with loaded() as s:
        (line,) = exports.export_claim_reviews(s, ClaimFilter(), SCALE)
        assert_valid_claim_review(json.loads(line))
        array = json.loads("".join(exports.export_claim_reviews(
            s, ClaimFilter(), SCALE, as_array=True)))  # fmt: skip
        assert len(array) == 1
        review = array[0]
        assert review["reviewRating"]["ratingValue"] == 4
        assert review["reviewRating"]["alternateName"] == "Mostly true"
        item = review["itemReviewed"]
        assert item["author"] == {"@type": "Person", "name": "Mario Rossi"}
        assert item["firstAppearance"]["datePublished"] == "2024-03-01"
        assert [a["publisher"]["name"] for a in item["appearance"]] == ["A", "B", "C"]


def test_a_verdict_off_the_scale_keeps_its_text(loaded: sessionmaker[Session]) -> None:
    with loaded.begin() as s:
        check(s, the_claim(s), verdict="Needs context")
    with loaded() as s:
        (line,) = exports.export_claim_reviews(s, ClaimFilter(), SCALE)
        assert json.loads(line)["reviewRating"] == {
            "@type": "Rating",
            "alternateName": "Needs context",
        }


def assert_valid_claim_review(obj: dict[str, object]) -> None:
    """The fields schema.org and search engines require, with the right types."""
    assert obj["@context"] == "https://schema.org" and obj["@type"] == "ClaimReview"
    for key in ("url", "claimReviewed", "datePublished"):
        assert isinstance(obj[key], str) and obj[key]
    assert str(obj["url"]).startswith(("http://", "https://"))
    assert len(str(obj["datePublished"])) == 10
    author = obj["author"]
    assert isinstance(author, dict) and author["@type"] == "Organization" and author["name"]
    rating = obj["reviewRating"]
    assert isinstance(rating, dict) and rating["@type"] == "Rating"
    assert isinstance(rating["alternateName"], str)
    if "ratingValue" in rating:
        assert isinstance(rating["ratingValue"], int)
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    item = obj["itemReviewed"]
    assert isinstance(item, dict) and item["@type"] == "Claim"
    assert item["author"]["@type"] in ("Person", "Organization") and item["author"]["name"]
    assert isinstance(item["datePublished"], str)
    assert item["firstAppearance"]["@type"] == "CreativeWork"
    assert all(a["@type"] == "CreativeWork" for a in item["appearance"])
