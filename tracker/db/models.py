"""The tracker's tables as SQLAlchemy 2.0 typed models.

The schema is designed for the whole mission (ingest, extraction, claim linking,
review, fact-checking, audit); later revisions extend it. Every foreign key is
indexed, and so is every column the web app filters or sorts on.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.db.base import Base, utcnow


class SpeakerKind(enum.StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    ANONYMOUS = "anonymous"
    UNKNOWN = "unknown"


class QuoteType(enum.StrEnum):
    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"


class Origin(enum.StrEnum):
    EXTRACTED = "extracted"
    ANALYST = "analyst"


class ReviewStatus(enum.StrEnum):
    UNREVIEWED = "unreviewed"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class LinkStatus(enum.StrEnum):
    AUTO = "auto"  # made by the linker above the upper threshold
    SUGGESTED = "suggested"  # between the thresholds: waits for an analyst
    CONFIRMED = "confirmed"  # an analyst said yes: kept by every re-run
    REJECTED = "rejected"  # an analyst said no: never made again


class FactCheckStatus(enum.StrEnum):
    NEW = "new"
    CHECK_WORTHY = "check_worthy"
    ASSIGNED = "assigned"
    IN_REVIEW = "in_review"
    CHECKED = "checked"
    NOT_CHECKABLE = "not_checkable"


class AttributionStatus(enum.StrEnum):
    """Whether the speaker really said it: checked apart from whether it is true."""

    UNVERIFIED = "unverified"
    VERIFIED = "verified"  # the original (video, transcript, post) was found
    DISPUTED = "disputed"  # denied by the speaker, or no original found
    MISATTRIBUTED = "misattributed"  # someone else said it


class Role(enum.StrEnum):
    VIEWER = "viewer"
    ANNOTATOR = "annotator"
    ADMIN = "admin"


def _enum(cls: type[enum.StrEnum], name: str) -> Enum:
    """A portable enum: VARCHAR plus a named CHECK constraint, the same on every database."""
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(m.value) for m in cls),
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Outlet(Base):
    __tablename__ = "outlet"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    articles: Mapped[list[Article]] = relationship(back_populates="outlet")


class IngestRun(Base):
    __tablename__ = "ingest_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[dt.datetime | None]
    sources: Mapped[list[str]] = mapped_column(JSON, default=list)
    stored: Mapped[int] = mapped_column(default=0)
    skipped: Mapped[int] = mapped_column(default=0)
    failed: Mapped[int] = mapped_column(default=0)
    quotations: Mapped[int] = mapped_column(default=0)
    errors: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    seconds: Mapped[float | None] = mapped_column(Float)


class Article(Base):
    __tablename__ = "article"
    __table_args__ = (Index("ix_article_published_id", "published", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlet.id"), index=True)
    url: Mapped[str | None] = mapped_column(String(2000))
    title: Mapped[str] = mapped_column(String(500))
    language: Mapped[str] = mapped_column(String(8), index=True)
    published: Mapped[dt.date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    source_path: Mapped[str | None] = mapped_column(String(2000))
    ingest_run_id: Mapped[int | None] = mapped_column(ForeignKey("ingest_run.id"), index=True)
    ingested_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    outlet: Mapped[Outlet | None] = relationship(back_populates="articles")
    quotations: Mapped[list[Quotation]] = relationship(
        back_populates="article", order_by="Quotation.span_start"
    )


class Speaker(Base):
    __tablename__ = "speaker"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[SpeakerKind] = mapped_column(_enum(SpeakerKind, "speaker_kind"))
    description: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[dt.datetime | None]
    version: Mapped[int] = mapped_column(default=1)

    aliases: Mapped[list[SpeakerAlias]] = relationship(
        back_populates="speaker", order_by="SpeakerAlias.alias"
    )
    quotations: Mapped[list[Quotation]] = relationship(back_populates="speaker")

    __mapper_args__ = {"version_id_col": version}


class SpeakerAlias(Base):
    __tablename__ = "speaker_alias"

    id: Mapped[int] = mapped_column(primary_key=True)
    speaker_id: Mapped[int] = mapped_column(ForeignKey("speaker.id"), index=True)
    alias: Mapped[str] = mapped_column(String(300), unique=True)  # the form as written
    normalized: Mapped[str] = mapped_column(String(300), index=True)  # the matching key
    surname: Mapped[str] = mapped_column(String(120), index=True, default="")  # its last word
    origin: Mapped[Origin] = mapped_column(_enum(Origin, "alias_origin"), default=Origin.EXTRACTED)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    speaker: Mapped[Speaker] = relationship(back_populates="aliases")


class Claim(Base):
    __tablename__ = "claim"

    id: Mapped[int] = mapped_column(primary_key=True)
    canonical_text: Mapped[str] = mapped_column(Text)
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speaker.id"), index=True)
    first_seen: Mapped[dt.date | None] = mapped_column(Date, index=True)
    last_seen: Mapped[dt.date | None] = mapped_column(Date, index=True)
    mention_count: Mapped[int] = mapped_column(default=0, index=True)
    outlet_count: Mapped[int] = mapped_column(default=0, index=True)
    factcheck_status: Mapped[FactCheckStatus] = mapped_column(
        _enum(FactCheckStatus, "factcheck_status"), default=FactCheckStatus.NEW, index=True
    )
    verdict: Mapped[str | None] = mapped_column(String(200))
    factcheck_url: Mapped[str | None] = mapped_column(String(2000))
    factcheck_explanation: Mapped[str | None] = mapped_column(Text)
    checked_at: Mapped[dt.datetime | None]
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    attribution_status: Mapped[AttributionStatus] = mapped_column(
        _enum(AttributionStatus, "attribution_status"), default=AttributionStatus.UNVERIFIED
    )
    attribution_note: Mapped[str | None] = mapped_column(Text)
    checkworthiness: Mapped[float | None] = mapped_column(Float, index=True)
    checkworthiness_signals: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[dt.datetime | None]
    version: Mapped[int] = mapped_column(default=1)

    speaker: Mapped[Speaker | None] = relationship()
    assignee: Mapped[User | None] = relationship()
    quotations: Mapped[list[Quotation]] = relationship(back_populates="claim")

    __mapper_args__ = {"version_id_col": version}


class Quotation(Base):
    __tablename__ = "quotation"
    __table_args__ = (
        CheckConstraint("span_start >= 0 AND span_end > span_start", name="span"),
        Index("ix_quotation_article_span", "article_id", "span_start"),
        Index("ix_quotation_status_id", "review_status", "id"),
        Index("ix_quotation_said_on_id", "said_on", "id"),
        # The linker reads candidates' weights by id: from this index, not the table.
        Index("ix_quotation_id_link_weight", "id", "link_weight"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id"), index=True)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    type: Mapped[QuoteType] = mapped_column(_enum(QuoteType, "quote_type"), index=True)
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speaker.id"), index=True)
    speaker_mention: Mapped[str | None] = mapped_column(String(300))
    mention_start: Mapped[int | None]
    mention_end: Mapped[int | None]
    cue: Mapped[str | None] = mapped_column(String(200))
    cue_start: Mapped[int | None]
    cue_end: Mapped[int | None]
    said_on: Mapped[dt.date | None] = mapped_column(Date)
    medium: Mapped[str | None] = mapped_column(String(100), index=True)
    confidence: Mapped[float | None] = mapped_column(Float)
    continues_id: Mapped[int | None] = mapped_column(ForeignKey("quotation.id"), index=True)
    origin: Mapped[Origin] = mapped_column(_enum(Origin, "quotation_origin"))
    review_status: Mapped[ReviewStatus] = mapped_column(
        _enum(ReviewStatus, "review_status"), default=ReviewStatus.UNREVIEWED
    )
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    reviewed_at: Mapped[dt.datetime | None]
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claim.id"), index=True)
    # What its content words weigh (linking.blocking.token_weight), kept by the linker.
    link_weight: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[dt.datetime | None]
    version: Mapped[int] = mapped_column(default=1)

    article: Mapped[Article] = relationship(back_populates="quotations")
    speaker: Mapped[Speaker | None] = relationship(back_populates="quotations")
    claim: Mapped[Claim | None] = relationship(back_populates="quotations")
    continues: Mapped[Quotation | None] = relationship(remote_side=[id])
    reviewed_by: Mapped[User | None] = relationship()
    tags: Mapped[list[Tag]] = relationship(secondary="quotation_tag", order_by="Tag.name")

    __mapper_args__ = {"version_id_col": version}


class QuotationToken(Base):
    """The linker's inverted index: each quotation's content words, as the linker
    normalises them, so a new article is linked without loading the corpus."""

    __tablename__ = "quotation_token"

    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    quotation_id: Mapped[int] = mapped_column(
        ForeignKey("quotation.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class QuotationLink(Base):
    """Two quotations judged to report the same statement: scores, method and decision."""

    __tablename__ = "quotation_link"
    __table_args__ = (
        UniqueConstraint("quotation_a_id", "quotation_b_id"),
        CheckConstraint("quotation_a_id < quotation_b_id", name="ordered_pair"),
        Index("ix_quotation_link_status_score", "status", "score"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    quotation_a_id: Mapped[int] = mapped_column(ForeignKey("quotation.id"), index=True)
    quotation_b_id: Mapped[int] = mapped_column(ForeignKey("quotation.id"), index=True)
    score: Mapped[float] = mapped_column(Float)
    scores: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    method: Mapped[str] = mapped_column(String(40))
    status: Mapped[LinkStatus] = mapped_column(_enum(LinkStatus, "link_status"))
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    decided_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    quotation_a: Mapped[Quotation] = relationship(foreign_keys=[quotation_a_id])
    quotation_b: Mapped[Quotation] = relationship(foreign_keys=[quotation_b_id])
    decided_by: Mapped[User | None] = relationship()


class Tag(Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class QuotationTag(Base):
    __tablename__ = "quotation_tag"

    quotation_id: Mapped[int] = mapped_column(ForeignKey("quotation.id"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id"), primary_key=True, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Note(Base):
    """An analyst's free-text note on a quotation or a claim."""

    __tablename__ = "note"
    __table_args__ = (
        CheckConstraint("(quotation_id IS NOT NULL) <> (claim_id IS NOT NULL)", name="one_target"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    quotation_id: Mapped[int | None] = mapped_column(ForeignKey("quotation.id"), index=True)
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claim.id"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[dt.datetime | None]

    author: Mapped[User | None] = relationship()


class User(Base):
    __tablename__ = "app_user"  # "user" is reserved in PostgreSQL SQL

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[Role] = mapped_column(_enum(Role, "user_role"), default=Role.VIEWER)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Revision(Base):
    """Append-only audit log: who changed which row, when, from what to what."""

    __tablename__ = "revision"
    __table_args__ = (Index("ix_revision_target", "table_name", "row_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(40))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reverted_revision_id: Mapped[int | None] = mapped_column(ForeignKey("revision.id"), index=True)

    user: Mapped[User | None] = relationship()


class SavedQuery(Base):
    """A named SQL query shared by everyone; ``:name`` parameters are filled from a form."""

    __tablename__ = "saved_query"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    sql: Mapped[str] = mapped_column(Text)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    created_by: Mapped[User | None] = relationship()


class ApiToken(Base):
    """A bearer token for the JSON API; only its SHA-256 is stored. It acts with its
    user's role."""

    __tablename__ = "api_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))  # shown in lists to tell tokens apart
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[dt.datetime | None]
    revoked_at: Mapped[dt.datetime | None]

    user: Mapped[User] = relationship()
